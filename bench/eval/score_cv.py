"""Cross-validate the score model on the tuning pages of scores.tsv (never the holdout).

    python bench/eval/score_cv.py               # 5 folds × 10 shuffles
    python bench/eval/score_cv.py --folds 4 --repeats 20

Audits every tuning page with an editor score in-process, then prints
- the Spearman correlation of today's model with the editor on all tuning pages, and its
  mean over the k folds (what one unseen fold of pages can expect);
- a nested k-fold estimate for the grid of constants below: on each fold the constants
  that rank the *other* folds best are chosen, and only the held-out fold is scored. If
  this is far under the all-pages figure, the constants are fitted to a handful of pages;
- each step of the model against the one before it (which change earns what).

Holdout pages are skipped by name before anything is read, so running this never looks at
them. The constants are patched on ``auditor.engine.scoring`` for the run and restored.
"""
from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from run_eval import SHARED, read_holdout, read_tsv, spearman  # noqa: E402

from auditor.api import audit, default_settings  # noqa: E402
from auditor.engine import scoring  # noqa: E402
from auditor.model import Document, Finding  # noqa: E402

Page = tuple[str, int, Document, list[Finding]]  # name, editor score, document, findings

# The constants searched, each with the values tried; the first value is today's.
GRID: dict[str, tuple[Any, ...]] = {
    "error": (30.0, 20.0),
    "info": (10.0, 3.0),
    "ERROR_POINTS": (3.0, 6.0),
    "THIN_POINTS": (50.0, 40.0),
    "THIN_WORDS": (800, 1000),
    "FRAGMENT_POINTS": (40.0, 20.0),
    "FRAGMENT_FREE": (0.10, 0.20),
    "FRAGMENT_WORDS": (12, 16),
    "LINK_POINTS": (40.0, 20.0),
    "LINK_FREE": (0.15, 0.30),
}
# Earlier models, to show what each step earns (thin text as a cap is the 0.1.x model).
_ROUND7 = {"FRAGMENT_POINTS": 0.0, "LINK_POINTS": 0.0}  # the text terms of round 8 off
STEPS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("round-5 model (error 30, info 3, error points 6, thin cap, CJK unmeasured)",
     {**_ROUND7, "info": 3.0, "ERROR_POINTS": 6.0, "thin": "cap", "CHARS_PER_WORD": {}}),
    ("+ Chinese and Japanese measured in characters", {**_ROUND7, "info": 3.0, "ERROR_POINTS": 6.0, "thin": "cap"}),
    ("+ thin text a loss, not a cap", {**_ROUND7, "info": 3.0, "ERROR_POINTS": 6.0}),
    ("+ an info costs what a warning costs", {**_ROUND7, "ERROR_POINTS": 6.0}),
    ("+ 3 error points per doubling (round 7)", _ROUND7),
    ("+ fragmented text a loss (bare lines past 10 % of paragraphs)", {"LINK_POINTS": 0.0}),
    ("+ link-heavy text a loss (link words past 15 %) (today)", {}),
)
# The other order: what the link-heavy term earns on its own.
ALONE: tuple[tuple[str, dict[str, Any]], ...] = (
    ("round 7 + link-heavy text only", {"FRAGMENT_POINTS": 0.0}),
)


def load_pages() -> list[Page]:
    hold = read_holdout(HERE / "holdout.txt")
    settings = default_settings()
    pages: list[Page] = []
    for row in read_tsv(HERE / "scores.tsv"):
        if row["page"] in hold or row["split"] != "tuning":
            continue
        raw = (SHARED / row["corpus"] / "pages" / row["page"]).read_bytes()
        result = audit(raw, row["page"], settings)
        if result.error or result.document is None:
            print(f"score_cv: skipped {row['page']}: {result.error}", file=sys.stderr)
            continue
        pages.append((row["page"], int(row["score"]), result.document, list(result.findings)))
    return pages


def _thin_cap(doc: Document, findings: Sequence[Finding]) -> list[int]:
    """The round-5 thin rule, for the comparison: a cap of 50 + 50 × words / 800."""
    caps = [scoring.NOINDEX_CAP] if any(f.rule in scoring.NOINDEX_RULES for f in findings) else []
    words = scoring.body_length(doc)
    if words is not None and words < 800:
        caps.append(int(50 + 50 * words / 800 + 0.5))
    return caps


@contextmanager
def constants(**values: Any) -> Iterator[None]:
    """Patch scoring's constants (``error``/``warning``/``info`` are level weights;
    ``thin="cap"`` swaps in the round-5 cap) and restore them afterwards."""
    saved_weights = dict(scoring.LEVEL_WEIGHTS)
    saved = {k: getattr(scoring, k) for k in ("ERROR_POINTS", "THIN_POINTS", "THIN_WORDS", "CHARS_PER_WORD",
                                                "FRAGMENT_POINTS", "FRAGMENT_FREE", "FRAGMENT_WORDS",
                                                "LINK_POINTS", "LINK_FREE", "caps", "thin_penalty")}
    try:
        for key, value in values.items():
            if key in scoring.LEVEL_WEIGHTS:
                scoring.LEVEL_WEIGHTS[key] = value
            elif key == "thin" and value == "cap":
                scoring.caps = _thin_cap  # type: ignore[assignment]
                scoring.thin_penalty = lambda doc: 0.0  # type: ignore[assignment]
            else:
                setattr(scoring, key, value)
        yield
    finally:
        scoring.LEVEL_WEIGHTS.clear()
        scoring.LEVEL_WEIGHTS.update(saved_weights)
        for key, value in saved.items():
            setattr(scoring, key, value)


def scores_of(pages: Sequence[Page], **values: Any) -> dict[str, int]:
    with constants(**values):
        return {name: scoring.score(doc, found)[1] for name, _, doc, found in pages}


def rho(pages: Sequence[Page], scores: dict[str, int]) -> float:
    return spearman([float(e) for _, e, _, _ in pages], [float(scores[n]) for n, _, _, _ in pages]) or 0.0


def folds(pages: Sequence[Page], k: int, repeats: int) -> Iterator[tuple[list[Page], list[Page]]]:
    for seed in range(repeats):
        order = list(pages)
        random.Random(seed).shuffle(order)
        for i in range(k):
            test = order[i::k]
            names = {n for n, _, _, _ in test}
            yield [p for p in pages if p[0] not in names], test


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=10)
    args = ap.parse_args()
    pages = load_pages()
    today = scores_of(pages)
    split = list(folds(pages, args.folds, args.repeats))
    print(f"tuning pages with an editor score: {len(pages)}")
    print(f"Spearman, today's model: all {rho(pages, today):+.3f}, "
          f"{args.folds}-fold mean {sum(rho(t, today) for _, t in split) / len(split):+.3f}")
    grid = [dict(zip(GRID, values)) for values in itertools.product(*GRID.values())]
    scored = [scores_of(pages, **point) for point in grid]
    nested = []
    for train, test in split:
        best = max(range(len(grid)), key=lambda i: rho(train, scored[i]))
        nested.append(rho(test, scored[best]))
    best_all = max(range(len(grid)), key=lambda i: rho(pages, scored[i]))
    print(f"nested {args.folds}-fold over {len(grid)} settings of {', '.join(GRID)}: "
          f"{sum(nested) / len(nested):+.3f}; best on all pages {grid[best_all]} {rho(pages, scored[best_all]):+.3f}")
    print("steps:")
    for label, values in (*STEPS, *ALONE):
        s = scores_of(pages, **values)
        print(f"  {label:78s} all {rho(pages, s):+.3f}  {args.folds}-fold mean "
              f"{sum(rho(t, s) for _, t in split) / len(split):+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
