"""Speed and memory of the history store and the site-wide stage at archive scale.

Prints a table; run with `python bench/bench_history.py [--articles N] [--store URL]`
(default: 100,000 synthetic articles with 8 findings each, into a temporary SQLite
file; pass a postgresql:// URL to measure a server). Three runs are recorded (the
second and third change 5 % of the articles), then listed, diffed and trended.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditor.history.diff import diff_runs  # noqa: E402
from auditor.history.record import RunMeta, record  # noqa: E402
from auditor.history.store import find_run, list_runs, open_store  # noqa: E402
from auditor.history.trends import load_trends, render_trends  # noqa: E402
from auditor.model import FileResult, Finding  # noqa: E402
from auditor.sitewide.checks import credit_key  # noqa: E402,F401 - imported for the stage below
from auditor.sitewide.facts import ImageFact, LinkFact, Located, SiteFacts  # noqa: E402

RULES = [("LK001", "links", "warning"), ("IM002", "images", "warning"), ("RD001", "readability", "info"),
         ("HL002", "headline", "warning"), ("LS001", "listicle", "error")]


def results(n: int, findings: int, seed: int, changed: float) -> Iterator[FileResult]:
    rng = random.Random(seed)
    for i in range(n):
        touched = rng.random() < changed
        fs = tuple(
            Finding(rule=r, name=r.lower(), category=c, level=lv, message=f"{r} says fix {j}",  # type: ignore[arg-type]
                    line=10 + j, excerpt=f"text {i} {j}{'!' if touched and j == 0 else ''}")
            for j, (r, c, lv) in enumerate(RULES[k % len(RULES)] for k in range(findings))
        )
        score = 60 + (i * 7 + (seed if touched else 0)) % 40
        yield FileResult(path=f"archive/{i // 1000:03d}/article-{i}.html", format="html", headline=f"Story {i}",
                         score=score, scores={"links": score, "images": 90}, metrics={"words": 800},
                         findings=fs, content_hash=f"{i:064x}")


def timed(label: str, fn, rows: list) -> object:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = fn()
    rows.append((label, time.perf_counter() - start))
    return value


def site_facts(n: int) -> list[SiteFacts]:
    return [SiteFacts(path=f"/a/{i}.html", keys=(f"file:/a/{i}",), title=Located(f"Title number {i} about {i % 977}", 3),
                      description=Located(f"Description {i % 50_000}", 4), headline=Located(f"Headline {i}", 9),
                      keyphrase=None, links=(LinkFact(f"file:/a/{(i + 1) % n}", 20, f"{(i + 1) % n}.html", True, True),),
                      images=(ImageFact(f"img/{i % 5000}.jpg", f"alt {i % 3}", 30),),
                      credits=(Located("Getty Images" if i % 7 else "getty images", 31),),
                      site_rules=("MT050", "MT051", "HL050", "LK050", "LK051", "IM050", "IM051"), directives=())
            for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--findings", type=int, default=8)
    parser.add_argument("--store", help="a SQLite path or postgresql:// URL (default: a temporary file)")
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    target = args.store or str(Path(tmp.name) / "bench.sqlite")
    rows: list[tuple[str, float]] = []
    meta = RunMeta("report", "bench", "x", None)
    n = args.articles
    with open_store(target) as store:
        for run, (seed, changed) in enumerate(((1, 0.0), (2, 0.05), (3, 0.05)), 1):
            timed(f"record run {run} ({n:,} articles × {args.findings} findings)",
                  lambda: record(store, meta, results(n, args.findings, seed, changed)), rows)
        timed("list runs", lambda: list_runs(store), rows)
        old, new = find_run(store, "-2"), find_run(store, "-1")
        d = timed("diff last two runs", lambda: diff_runs(store, old, new), rows)
        trends = timed("trends: load last 20 runs", lambda: load_trends(store, 20), rows)
        timed("trends: render page", lambda: render_trends(trends, version="bench"), rows)  # type: ignore[arg-type]
    from auditor.rulepacks import load_rules
    from auditor.sitewide.checks import get_site_check
    from auditor.sitewide.stage import site_rules

    facts = timed(f"site facts for {n:,} articles (synthetic)", lambda: site_facts(n), rows)
    for rule in site_rules(load_rules()):
        timed(f"site rule {rule.id} ({rule.check})", lambda: sum(1 for _ in get_site_check(rule.check)(facts, rule.params)), rows)  # type: ignore[arg-type]
    width = max(len(label) for label, _ in rows)
    print(f"{'step':<{width}}  seconds")
    for label, seconds in rows:
        print(f"{label:<{width}}  {seconds:7.2f}")
    print(f"diff: {len(d.new_findings):,} new, {len(d.fixed_findings):,} fixed findings")  # type: ignore[attr-defined]
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
