"""Benchmark the HTML report: N synthetic articles → report in a temp folder.

    python bench/bench_report.py            # 10,000 articles
    python bench/bench_report.py --n 100000 --keep /tmp/big-report

Prints N, seconds, the sizes of index.html, data.js and the whole folder, and the
process's peak RSS (which should stay flat as N grows: pages are streamed to disk).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from auditor.report import write_report  # noqa: E402
from auditor.report.demo import demo_rules, synthetic_results  # noqa: E402


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.2f} MB"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles (default 10,000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="write here and keep it, instead of a temp folder")
    args = parser.parse_args(argv)

    tmp = None
    out = args.keep
    if out is None:
        tmp = tempfile.mkdtemp(prefix="auditor-bench-report-")
        out = Path(tmp) / "report"
    try:
        start = time.perf_counter()
        index = write_report(synthetic_results(args.n, args.seed), out, rules=demo_rules(), version="bench", clean=True)
        seconds = time.perf_counter() - start
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
        rows = [
            ("N", f"{args.n:,}"),
            ("seconds", f"{seconds:.2f}"),
            ("articles/s", f"{args.n / seconds:,.0f}" if seconds else "-"),
            ("index.html", _mb(index.stat().st_size)),
            ("data.js", _mb((out / "data.js").stat().st_size)),
            ("total", _mb(folder_size(out))),
            ("peak RSS", f"{peak_kb / 1024:.0f} MB"),
        ]
        width = max(len(k) for k, _ in rows)
        for key, value in rows:
            print(f"{key:<{width}}  {value:>12}")
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
