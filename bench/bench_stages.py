"""Where one core's audit time goes, stage by stage, without a profiler (CPU time).

    .venv/bin/python bench/bench_stages.py TREE [TREE …] [--pages 207|x4] [--passes 3] [--pairs 2]

Each tree runs in its own process (PYTHONPATH=TREE), trees alternating, ``--pairs`` rounds:
the pages are audited once to warm up, then ``--passes`` times with a timer
(``time.process_time``) around each stage function named in ``STAGES`` (module, function or
``Class.method``). cProfile runs the audit ~3× slower and inflates small calls, which is why
the stage tables in bench/RESULTS.md come from timers; a timer costs ~0.5 µs a call, so the
judge's row (~160 calls a page) reads ~0.1 ms high. Nested stages are inclusive (``find_body``
holds ``drop_chrome``, which holds ``judge``). A stage a tree does not have is left out.
``--pages 207``: corpus/pages and corpus-more/pages; ``x4``: corpus/pages four times over, as
``make bench``'s one-core row. Prints ms a page and calls a page per stage, medians over the
rounds. Nothing here asserts a time; numbers go to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import collections
import importlib
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# (label, module, attribute): an attribute "Class.method" times a method (or a classmethod).
STAGES: list[tuple[str, str, str]] = [
    ("load (decode, parse, finish)", "auditor.sources.load", "load"),
    ("· decode", "auditor.sources.encoding", "decode"),
    ("· parse_html", "auditor.sources.html", "_parse_html"),
    ("· · lxml parse", "auditor.sources.html", "_parse"),
    ("· · structured data", "auditor.structured.extract", "from_html"),
    ("· · locator", "auditor.sources.html", "Locator"),
    ("· · read_meta", "auditor.sources.html", "read_meta"),
    ("· · find_body", "auditor.sources.html", "find_body"),
    ("· · · drop_invisible", "auditor.sources.body", "drop_invisible"),
    ("· · · _choose", "auditor.sources.body", "_choose"),
    ("· · · drop_chrome", "auditor.sources.body", "drop_chrome"),
    ("· · · · Facts.of", "auditor.sources.chrome_facts", "Facts.of"),
    ("· · · · judge", "auditor.sources.body", "judge"),
    ("· · walk", "auditor.sources.html.walk", "Walker.run"),
    ("· · find_headline", "auditor.sources.html", "find_headline"),
    ("· finish", "auditor.structure.finish", "finish"),
    ("· · language", "auditor.text.langid", "identify"),
    ("· · split_sentences", "auditor.text.segment", "split_sentences"),
    ("· · detect_items", "auditor.structure.listicle", "detect_items"),
    ("space runs", "auditor.sources.spacing", "with_space_runs"),
    ("rules", "auditor.engine.run", "run_rules"),
    ("readability", "auditor.text.readability", "measure"),
    ("scoring", "auditor.engine.scoring", "breakdown"),
    ("site facts", "auditor.api", "_site_facts"),
]


def _pages(which: str) -> list[tuple[bytes, str]]:
    corpus = sorted((SHARED / "corpus" / "pages").glob("*.html"))
    if which == "x4":
        return [(p.read_bytes(), f"x4/{i}/{p.name}") for i in range(4) for p in corpus]
    more = sorted((SHARED / "corpus-more" / "pages").glob("*.html"))
    return [(p.read_bytes(), str(p)) for p in corpus + more]


def _timed(fn: Callable[..., Any], label: str, spent: dict[str, float], calls: dict[str, int]) -> Callable[..., Any]:
    clock = time.process_time

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[label] += clock() - start
            calls[label] += 1

    return timed


def _install(spent: dict[str, float], calls: dict[str, int]) -> list[str]:
    """Wrap every stage the tree has; the labels wrapped, in STAGES' order."""
    wrapped = []
    for label, module_name, attribute in STAGES:
        try:
            owner: Any = importlib.import_module(module_name)
        except ImportError:
            continue
        name = attribute
        if "." in attribute:
            class_name, name = attribute.split(".")
            owner = getattr(owner, class_name, None)
        found = owner.__dict__.get(name) if owner is not None else None
        if found is None:
            continue
        if isinstance(found, classmethod):
            setattr(owner, name, classmethod(_timed(found.__func__, label, spent, calls)))
        else:
            setattr(owner, name, _timed(found, label, spent, calls))
        wrapped.append(label)
    return wrapped


def child(which: str, passes: int) -> None:
    from auditor.api import audit, default_settings

    spent: dict[str, float] = collections.defaultdict(float)
    calls: dict[str, int] = collections.defaultdict(int)
    labels = _install(spent, calls)
    pages = _pages(which)
    settings = default_settings()
    for data, path in pages:  # warm: modules, patterns, dictionaries
        audit(data, path, settings)
    spent.clear()
    calls.clear()
    start = time.process_time()
    for _ in range(passes):
        for data, path in pages:
            audit(data, path, settings)
    n = len(pages) * passes
    rows = {"whole audit": [(time.process_time() - start) / n * 1000, 1.0]}
    rows.update({label: [spent[label] / n * 1000, calls[label] / n] for label in labels})
    print(json.dumps(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--pages", choices=("207", "x4"), default="207")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--pairs", type=int, default=2, help="rounds of one process per tree")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.pages, args.passes)
        return
    runs: dict[Path, list[dict[str, list[float]]]] = {tree: [] for tree in args.trees}
    for _ in range(args.pairs):
        for tree in args.trees:
            command = [sys.executable, __file__, str(tree), "--child", "--pages", args.pages,
                       "--passes", str(args.passes)]
            out = subprocess.run(command, env={**os.environ, "PYTHONPATH": str(tree.resolve())},
                                 capture_output=True, text=True, check=True).stdout
            runs[tree].append(json.loads(out.strip().splitlines()[-1]))
            print(f"{tree}: {runs[tree][-1]['whole audit'][0]:.2f} ms/page", file=sys.stderr, flush=True)
    labels = list(dict.fromkeys(label for rounds in runs.values() for row in rounds for label in row))
    print(f"{'ms a page (calls a page), medians':36s}" + "".join(f"{str(tree):>24s}" for tree in args.trees))
    for label in labels:
        cells = []
        for tree in args.trees:
            rows = [row[label] for row in runs[tree] if label in row]
            cells.append(f"{statistics.median(r[0] for r in rows):8.2f} ({statistics.median(r[1] for r in rows):6.1f})"
                         if rows else "—")
        print(f"{label:36s}" + "".join(f"{c:>24s}" for c in cells))


if __name__ == "__main__":
    main()
