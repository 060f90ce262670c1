"""Listicle reading measured against hand-judged truth; prints a table and the misses.

    python bench/listicle_accuracy.py [TRUTH.tsv] [--holdout] [--misses]

TRUTH.tsv is bench/eval/listicles.tsv (judged by reading each page, never from auditor's
output). Only the ``tuning`` split is measured unless ``--holdout`` is given: holdout pages
are for the final measurement, never for tuning.

Columns measured, per page:
- promise: auditor reads a promise (a headline count) exactly when the judge did;
- items: auditor's item count equals the judged count (pages whose items are judged);
- verdict: kept / mismatch / not-a-listicle agree (pages whose verdict is not "unknown");
- news told list missing: pages judged "no promise" that get LS001 or LS002.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = {"corpus": ROOT.parent / "shared" / "corpus" / "pages", "corpus-more": ROOT.parent / "shared" / "corpus-more" / "pages"}
DEFAULT_TRUTH = [ROOT / "bench" / "eval" / "listicles.tsv", Path("/work/wt-eval/bench/eval/listicles.tsv")]


def _rows(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _verdict(doc: object) -> str:
    from auditor.model import Document

    assert isinstance(doc, Document)
    facts = getattr(doc, "listicle", None)
    if facts is not None:
        return str(facts.verdict)
    if doc.headline_number is None:  # before the listicle facts existed on the model
        return "not-a-listicle"
    found = len(doc.items)
    ok = found >= doc.headline_number if doc.headline_number_at_least else found == doc.headline_number
    return "kept" if ok else "mismatch"


def main(argv: list[str]) -> int:
    from auditor.api import audit, default_settings

    args = [a for a in argv if not a.startswith("--")]
    truth = Path(args[0]) if args else next(p for p in DEFAULT_TRUTH if p.exists())
    split = "holdout" if "--holdout" in argv else "tuning"
    settings = default_settings()
    stats = {k: [0, 0] for k in ("promise", "listicle items", "listicle verdict", "all items", "all verdict")}
    news_missing: list[str] = []
    misses: list[str] = []
    for row in _rows(truth):
        if row["split"] != split:
            continue
        page = CORPORA[row["corpus"]] / row["page"]
        result = audit(page.read_bytes(), str(page), settings)
        doc = result.document
        if doc is None:
            misses.append(f"{row['page']}: {result.error}")
            continue
        promise = row["promise"] == "yes"
        said = doc.headline_number is not None
        got_items = len(doc.items)
        got_verdict = _verdict(doc)
        checks: list[tuple[str, bool, str]] = [("promise", said == promise, f"promise {said} want {promise}")]
        if row["items"] and row["verdict"] != "unknown":
            ok = got_items == int(row["items"])
            checks.append(("all items", ok, f"items {got_items} want {row['items']}"))
            if promise:
                checks.append(("listicle items", ok, ""))
        if row["verdict"] != "unknown":
            ok = got_verdict == row["verdict"]
            checks.append(("all verdict", ok, f"verdict {got_verdict} want {row['verdict']}"))
            if promise:
                checks.append(("listicle verdict", ok, ""))
        for key, ok, why in checks:
            stats[key][0] += ok
            stats[key][1] += 1
            if not ok and why:
                misses.append(f"{row['page']}: {why}")
        if not promise and any(f.rule in ("LS001", "LS002") for f in result.findings):
            news_missing.append(row["page"])
    print(f"listicle accuracy on the {split} split of {truth}")
    print(f"{'measure':<20} {'right':>5} {'of':>4} {'%':>6}")
    for key, (right, total) in stats.items():
        pct = 100.0 * right / total if total else 0.0
        print(f"{key:<20} {right:>5} {total:>4} {pct:>6.1f}")
    print(f"{'news told list missing':<20} {len(news_missing):>5}  {' '.join(news_missing)}")
    if "--misses" in argv:
        print("\n".join(sorted(set(misses))))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
