"""CPU time of ``find_body`` alone (body choice and the chrome judge), trees side by side.

    .venv/bin/python bench/bench_find_body.py TREE_A TREE_B --pairs 5     # A and B alternating
    .venv/bin/python bench/bench_find_body.py TREE --stub overlays:_player_still --pairs 4

Each tree runs in its own process (PYTHONPATH=TREE): the pages of corpus/pages and
corpus-more/pages are parsed as an audit parses them, each tree captured right before
``find_body`` (a deep copy), then ``find_body`` runs over fresh copies, ``--passes``
times, timed with ``time.process_time`` (the copies are made outside the timing, the
cyclic collector off). The processes alternate A, B, A, B…: on a shared machine only
interleaved medians compare.

``--stub module:function,…`` (modules of ``auditor.sources``) times one tree with those
rules answering None against the same tree intact, alternating passes in one process:
an upper bound on what any shortcut of those rules can give back (the stubbed run may
keep what the rule would drop, so it is a bound, not an equal). Nothing here asserts a
time; numbers go to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import copy
import gc
import importlib
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT.parent / "shared" / "corpus" / "pages", ROOT.parent / "shared" / "corpus-more" / "pages"]


def captured_trees() -> list[Any]:
    """Every page's tree as ``find_body`` receives it (in the tree on sys.path)."""
    import auditor.sources.html as html
    from auditor.sources import SourceOptions

    trees: list[Any] = []
    find_body = getattr(html, "find_body")  # the name parse_html calls, replaced for the run

    def capture(root: Any, *args: Any, **kwargs: Any) -> Any:
        trees.append(copy.deepcopy(root))
        return find_body(root, *args, **kwargs)

    setattr(html, "find_body", capture)
    try:
        for folder in PAGES:
            for page in sorted(folder.glob("*.htm*")):
                html.parse_html(page.read_text(errors="replace"), str(page), SourceOptions())
    finally:
        setattr(html, "find_body", find_body)
    return trees


def timed_pass(trees: list[Any]) -> float:
    """ms of CPU a page for one ``find_body`` over fresh copies of ``trees``."""
    from auditor.sources.body import find_body

    copies = [copy.deepcopy(tree) for tree in trees]
    gc.collect()
    gc.disable()
    start = time.process_time()
    for tree in copies:
        find_body(tree, None)
    spent = time.process_time() - start
    gc.enable()
    return spent / len(trees) * 1000


def _stubbed(names: list[str], on: bool, saved: dict[tuple[Any, str], Any]) -> None:
    for name in names:
        module_name, function = name.split(":")
        module = importlib.import_module(f"auditor.sources.{module_name}")
        saved.setdefault((module, function), getattr(module, function))
        setattr(module, function, (lambda *a, **k: None) if on else saved[(module, function)])


def child(passes: int, stub: list[str]) -> None:
    trees = captured_trees()
    if not stub:
        times = [timed_pass(trees) for _ in range(passes)]
        print(" ".join(f"{t:.3f}" for t in times))
        return
    saved: dict[tuple[Any, str], Any] = {}
    intact, stubbed = [], []
    for _ in range(passes):
        _stubbed(stub, False, saved)
        intact.append(timed_pass(trees))
        _stubbed(stub, True, saved)
        stubbed.append(timed_pass(trees))
    print(f"intact {statistics.median(intact):.3f} stubbed {statistics.median(stubbed):.3f} "
          f"bound {statistics.median(intact) - statistics.median(stubbed):.3f} ms/page")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--pairs", type=int, default=5, help="rounds of one process per tree")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--stub", default="", help="module:function,… answering None (see above)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    stub = [s for s in args.stub.split(",") if s]
    if args.child:
        child(args.passes, stub)
        return
    medians: dict[Path, list[float]] = {tree: [] for tree in args.trees}
    for _ in range(args.pairs):
        for tree in args.trees:
            command = [sys.executable, __file__, str(tree), "--child", "--passes", str(args.passes), "--stub", args.stub]
            out = subprocess.run(command, env={**os.environ, "PYTHONPATH": str(tree.resolve())},
                                 capture_output=True, text=True, check=True).stdout.strip()
            print(f"{tree}: {out}", flush=True)
            if not stub:
                medians[tree].append(statistics.median(float(x) for x in out.split()))
    for tree, values in medians.items():
        if values:
            print(f"{tree}: median {statistics.median(values):.3f}, min {min(values):.3f} ms/page over {len(values)} processes")


if __name__ == "__main__":
    main()
