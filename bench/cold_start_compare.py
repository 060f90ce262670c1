"""Cold start of several checkouts side by side: ``auditor check ARTICLE --no-cache
--no-config`` run alternately from each tree, so every tree sees the same machine load.

    python bench/cold_start_compare.py --runs 31 /tmp/wt-base /path/to/branch-tree

Each tree gets its own ``XDG_CACHE_HOME`` (the built-in pack's pickled copy keeps one
copy per cache folder: two trees sharing one would re-parse the TOML on every run) and
is byte-compiled first (the environment may set PYTHONDONTWRITEBYTECODE, and a stale
.pyc means a compile per run). Prints wall and CPU medians per tree next to
``python -c pass``; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_2d0378ee95c0cbdd.txt"
# What the console script runs, with each tree first on the path.
ENTRY = "import sys; from auditor.cli import main; sys.exit(main())"


def timed(cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one run of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("trees", nargs="+", type=Path, help="checkouts to compare (folders holding auditor/)")
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--article", type=Path, default=SEED)
    args = parser.parse_args()
    args.trees = [tree.resolve() for tree in args.trees]  # the runs start elsewhere (below)
    args.article = args.article.resolve()
    # Every run starts in this folder: ``python -c`` puts the working folder first on
    # sys.path, so run from a checkout every tree would import that checkout's auditor.
    caches = Path(tempfile.mkdtemp(prefix="auditor-cold-"))
    envs = {}
    for i, tree in enumerate(args.trees):
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "auditor")], capture_output=True, check=False)
        envs[tree] = dict(os.environ, PYTHONPATH=str(tree), XDG_CACHE_HOME=str(caches / str(i)))
    check = [sys.executable, "-c", ENTRY, "check", str(args.article), "--no-cache", "--no-config"]
    for tree in args.trees:  # writes each tree's pickled pack
        subprocess.run(check, env=envs[tree], cwd=caches, capture_output=True, check=False)
    runs: dict[Path | None, list[tuple[float, float]]] = {tree: [] for tree in [None, *args.trees]}
    for n in range(args.runs):
        runs[None].append(timed([sys.executable, "-c", "pass"]))
        for tree in args.trees if n % 2 == 0 else args.trees[::-1]:
            runs[tree].append(timed(check, envs[tree], caches))
    print(f"{args.runs} runs each, alternating; load average {os.getloadavg()[0]:.1f}")
    for tree, times in runs.items():
        wall = [w for w, _ in times]
        cpu = [c for _, c in times]
        name = "python -c pass" if tree is None else str(tree)
        print(f"{name}: wall median {statistics.median(wall):.4f} s (best {min(wall):.4f}), "
              f"CPU median {statistics.median(cpu):.4f} s")


if __name__ == "__main__":
    main()
