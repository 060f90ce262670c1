"""CPU time of ``find_body`` alone (body choice and the chrome judge), trees side by side.

    .venv/bin/python bench/bench_find_body.py TREE_A TREE_B --pairs 5     # A and B alternating
    .venv/bin/python bench/bench_find_body.py TREE --stub overlays:_player_still --pairs 4

Each tree runs in its own process (PYTHONPATH=TREE): the pages of corpus/pages and
corpus-more/pages are parsed as an audit parses them, each tree captured right before
``find_body`` (a deep copy), then ``find_body`` runs over fresh copies, ``--passes``
times, timed with ``time.process_time`` (the copies are made outside the timing, each
holding its elements' proxies as ``parse_html`` does, the cyclic collector off). The processes alternate A, B, A, B…: on a shared machine only
interleaved medians compare.

``--paths`` splits the judge's time (one tree, one process) by the path ``chrome.judge`` takes
(no attributes; attributes and no picture or form; a link; a picture; a box holding a picture
or a form) and by classes of elements whose verdict matters little (the headline's ancestors,
boxes holding 40 % of the body's text, wrappers whose sizes and contents equal their parent's,
elements holding nothing a reader meets, elements inside a paragraph):
calls, verdicts and µs a call (CPU time per call, its clock's reading included).

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
    # parse_html holds a proxy for every element while it works (see _HOLD_PROXIES_CHARS):
    # without them the first touch of each element would build one inside the timing.
    held = [list(tree.iter()) for tree in copies]
    gc.collect()
    gc.disable()
    start = time.process_time()
    for tree in copies:
        find_body(tree, None)
    spent = time.process_time() - start
    gc.enable()
    del held
    return spent / len(trees) * 1000


def _stubbed(names: list[str], on: bool, saved: dict[tuple[Any, str], Any]) -> None:
    for name in names:
        module_name, function = name.split(":")
        module = importlib.import_module(f"auditor.sources.{module_name}")
        saved.setdefault((module, function), getattr(module, function))
        setattr(module, function, (lambda *a, **k: None) if on else saved[(module, function)])


def _path(el: Any, facts: Any) -> str:
    """The path ``chrome.judge`` takes for ``el`` (see its three entry branches)."""
    from auditor.sources.chrome import _PICTURES_OR_FORMS

    if not el.attrib:
        return "no attributes"
    if el.tag in ("img", "amp-img"):
        return "picture"
    if el.tag == "a":
        return "link"
    return "box with a picture or form" if facts.contents.get(el, 0) & _PICTURES_OR_FORMS else "attributes only"


def _classes(el: Any, facts: Any) -> list[str]:
    """Classes of ``el`` whose verdict can matter little (see --paths)."""
    from auditor.sources.chrome_facts import PROTECT_SHARE

    found = []
    body = facts.nodes[0]
    if facts.h1 is not None and any(a is el for a in facts.h1.iterancestors()):
        found.append("headline's ancestor")
    if facts.text.get(el, 0) >= PROTECT_SHARE * facts.text.get(body, 0) > 0:
        found.append("holds 40 % of the body's text")
    if not facts.text.get(el, 0) and not facts.contents.get(el, 0):
        found.append("holds nothing: no text, picture, link, heading or form")
    if next(el.iterancestors("p"), None) is not None:
        found.append("inside a paragraph")
    parent = el.getparent()
    if parent is not None and facts.text.get(el, 0) and all(
            d.get(parent, 0) == d.get(el, 0) for d in (facts.text, facts.link_text, facts.contents)):
        found.append("wrapper: sizes and contents of its parent")
    return found


def paths(trees: list[Any]) -> None:
    """Print the judge's calls, verdicts and time by path and by class (see --paths)."""
    import auditor.sources.body as body

    judge = getattr(body, "judge")  # the name drop_chrome calls, replaced for the run
    rows: dict[str, list[float]] = {}

    def timed(el: Any, facts: Any) -> Any:
        start = time.process_time()  # CPU: a call preempted by another job costs nothing more
        verdict = judge(el, facts)
        spent = time.process_time() - start
        if isinstance(el.tag, str):
            for key in [_path(el, facts)] + [f"· {c}" for c in _classes(el, facts)]:
                row = rows.setdefault(key, [0, 0, 0.0])
                row[0] += 1
                row[1] += verdict is not None
                row[2] += spent
        return verdict

    setattr(body, "judge", timed)
    timed_pass(trees)
    setattr(body, "judge", judge)
    n = len(trees)
    for key, (calls, verdicts, spent) in sorted(rows.items(), key=lambda kv: (kv[0].startswith("·"), -kv[1][2])):
        print(f"{key:45s} {calls / n:6.1f} calls/page {verdicts / n:5.2f} verdicts/page "
              f"{spent / calls * 1e6:6.1f} µs each {spent / n * 1000:6.3f} ms/page")


def child(passes: int, stub: list[str]) -> None:
    trees = captured_trees()
    if passes == 0:
        paths(trees)
        return
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
    parser.add_argument("--paths", action="store_true", help="the judge's time by path and class (see above)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    stub = [s for s in args.stub.split(",") if s]
    if args.child:
        child(args.passes, stub)
        return
    if args.paths:
        tree = args.trees[0].resolve()
        command = [sys.executable, __file__, str(tree), "--child", "--passes", "0"]
        subprocess.run(command, env={**os.environ, "PYTHONPATH": str(tree)}, check=True)
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
