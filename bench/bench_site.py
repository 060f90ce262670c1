"""Memory and time of the site-wide stage alone (auditor.sitewide.stage.site_changes).

    python bench/bench_site.py prepare OUT.results N   # audit N generated pages once, keep the results
    python bench/bench_site.py measure OUT.results [--times K] [--repeat R]

``prepare`` audits bench/gen_pages.py's pages (with duplicate titles, descriptions
and headlines, as generated pages have) and writes each result in its stored form
(auditor.spool.Stored, with the packed site facts a worker sends). ``measure`` loads
them into a spool, as the CLI holds a batch, and runs the stage under tracemalloc:
the stage's held memory (tracemalloc peak above what the spool held before), what its
changes keep after it, its CPU time, and the process's peak RSS before and after it.
``--times K`` repeats the set K times under other paths (pages of other folders, same
facts otherwise) to measure a K-times larger set without auditing it; ``--unique``
gives each page a title, description and headline of its own (generated pages share
them by design: every page is in a group, the stage's worst case). Run it with
PYTHONPATH set to each tree to compare them on the same results.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def prepare(out: Path, count: int, jobs: int) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from gen_pages import generate

    from auditor.api import BatchOptions, audit_many
    from auditor.spool import Stored, packed

    pages = generate(out.parent / f"gen-site-{count}", count)
    options = BatchOptions(use_config=False, jobs=jobs, cache=False)
    with out.open("wb") as sink:
        for item in audit_many([str(p) for p in pages], options).entries():
            stored = item if isinstance(item, Stored) else packed(item)
            pickle.dump(tuple(stored), sink, protocol=pickle.HIGHEST_PROTOCOL)


def _renamed(stored: tuple[object, bytes, bytes | None], copy: int, unique: int | None) -> tuple[object, bytes, bytes | None]:
    """A copy of a stored result under another folder: its path, its facts' path and
    keys; with ``unique`` (a page number), its title, description and headline made
    its own, as on a site where few pages share them."""
    from dataclasses import replace

    from auditor.spool import dump_blob, load_value

    verdict, blob, facts = stored
    if (copy == 0 and unique is None) or facts is None:
        return stored
    site, basis = load_value(facts)
    if unique is not None:
        site = replace(site, **{name: replace(value, text=f"{value.text} edition{unique}")
                                for name in ("title", "description", "headline")
                                if (value := getattr(site, name)) is not None})
    if copy == 0:
        return verdict, blob, dump_blob((site, basis))
    path = site.path.replace("/gen-site-", f"/copy{copy}/gen-site-")
    keys = tuple(k.replace("/gen-site-", f"/copy{copy}/gen-site-") if k.startswith("file:") else f"{k}/c{copy}"
                 for k in site.keys)
    return verdict._replace(path=path), blob, dump_blob((replace(site, path=path, keys=keys), basis))  # type: ignore[attr-defined]


def measure(source: Path, times: int, repeat: int, unique: bool) -> None:
    from auditor.api import default_settings
    from auditor.sitewide.stage import site_changes
    from auditor.spool import SpooledResults, Stored, Verdict

    spool = SpooledResults()
    for copy in range(times):
        with source.open("rb") as feed:
            while True:
                try:
                    verdict, blob, facts = pickle.load(feed)
                except EOFError:
                    break
                v, b, f = _renamed((Verdict(*verdict), blob, facts), copy, len(spool) if unique else None)
                spool.append_stored(Stored(v, b, f))  # type: ignore[arg-type]
    rules = default_settings().rules
    loaded = _rss_mb()
    for _ in range(repeat):
        start = time.process_time()
        site_changes(spool, rules)
        bare = time.process_time() - start
        rss = _rss_mb()  # before tracemalloc, which holds a trace per allocation
        tracemalloc.start()
        base, _peak = tracemalloc.get_traced_memory()
        changes = site_changes(spool, rules)
        now, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"pages={len(spool)} changed={len(changes.updates)} probes={len(changes.probes)} "
              f"held_peak_MB={(peak - base) / 1e6:.1f} changes_MB={(now - base) / 1e6:.1f} cpu_s={bare:.2f} "
              f"rss_loaded_MB={loaded:.0f} rss_peak_MB={rss:.0f}", flush=True)
        del changes


def _rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    prep = sub.add_parser("prepare")
    prep.add_argument("out", type=Path)
    prep.add_argument("count", type=int)
    prep.add_argument("--jobs", type=int, default=2)
    meas = sub.add_parser("measure")
    meas.add_argument("source", type=Path)
    meas.add_argument("--times", type=int, default=1)
    meas.add_argument("--repeat", type=int, default=1)
    meas.add_argument("--unique", action="store_true", help="no two pages share a title, description or headline")
    args = parser.parse_args()
    if args.what == "prepare":
        prepare(args.out, args.count, args.jobs)
    else:
        measure(args.source, args.times, args.repeat, args.unique)


if __name__ == "__main__":
    main()
