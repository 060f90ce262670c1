"""What a cache hit costs: no parse, one read of each result, no site stage re-run.

Counted, not timed: the speed-up itself is measured by bench/ (bench/RESULTS.md)."""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import auditor.sitewide.stage
import auditor.sources.load
import auditor.spool
from auditor.cache import ResultCache
from auditor.cli import main
from auditor.rulepacks import load_rules


def _pages(corpus_dir: Path, folder: Path) -> list[Path]:
    """Six real pages, each twice under another name: the site stage has duplicates to report."""
    folder.mkdir()
    copies = []
    for page in sorted(corpus_dir.glob("*.html"))[:6]:
        for name in (page.name, f"copy-{page.name}"):
            shutil.copy(page, folder / name)
            copies.append(folder / name)
    return copies


def _check(folder: Path, cache: Path, out: Path, *more: str) -> bytes:
    result = CliRunner().invoke(
        main, ["check", str(folder), "--no-config", "--cache-dir", str(cache), "--jobs", "1",
               "--format", f"json={out}", *more],
        catch_exceptions=False,
    )
    assert result.exit_code in (0, 1), result.output
    return out.read_bytes()


class _Counts:
    """Calls to the parser, the site stage, result loads and cache reads."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.parses = 0
        self.stages = 0
        self.loads = 0
        self.reads: Counter[tuple[str, str]] = Counter()
        load, stage, load_blob, read = (auditor.sources.load.load, auditor.sitewide.stage.site_changes,
                                        auditor.spool.load_blob, ResultCache._read)

        def counted_load(*args: Any, **kwargs: Any) -> Any:
            self.parses += 1
            return load(*args, **kwargs)

        def counted_stage(*args: Any, **kwargs: Any) -> Any:
            self.stages += 1
            return stage(*args, **kwargs)

        def counted_load_blob(blob: bytes) -> Any:
            self.loads += 1
            return load_blob(blob)

        def counted_read(cache: ResultCache, keys: Any, table: str) -> Any:
            for key in keys:
                self.reads[(table, key)] += 1
            return read(cache, keys, table)

        monkeypatch.setattr(auditor.sources.load, "load", counted_load)
        monkeypatch.setattr(auditor.sitewide.stage, "site_changes", counted_stage)
        monkeypatch.setattr(auditor.spool, "load_blob", counted_load_blob)
        monkeypatch.setattr(ResultCache, "_read", counted_read)


def test_a_warm_run_parses_nothing_and_unpickles_no_result(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = _pages(corpus_dir, tmp_path / "pages")
    cache = tmp_path / "cache"
    cold = _check(tmp_path / "pages", cache, tmp_path / "cold.json")

    counts = _Counts(monkeypatch)
    warm = _check(tmp_path / "pages", cache, tmp_path / "warm.json")

    assert warm == cold
    assert counts.parses == 0
    assert counts.stages == 0  # the site stage's findings come from the cache too
    results_read = Counter(key for (table, key), n in counts.reads.items() if table == "results" for _ in range(n))
    assert len(results_read) == len(pages) and set(results_read.values()) == {1}
    assert sum(n for (table, _key), n in counts.reads.items() if table == "stages") == 1
    # never unpickled: the cache keeps each result's verdict (exit code, summary) beside
    # it, and the JSON entries are kept fragments
    assert counts.loads == 0
    # the cached site stage still reports the duplicates (every page has a twin)
    site_ids = {rule.id for rule in load_rules(()) if rule.check.startswith("site.")}
    for file in json.loads(warm)["files"]:
        assert site_ids & {f["rule"] for f in file["findings"]}, file["path"]


def test_one_changed_page_audits_that_page_and_reruns_the_site_stage(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = _pages(corpus_dir, tmp_path / "pages")
    cache = tmp_path / "cache"
    _check(tmp_path / "pages", cache, tmp_path / "cold.json")
    pages[0].write_bytes(pages[0].read_bytes().replace(b"<title>", b"<title>Changed: ", 1))

    counts = _Counts(monkeypatch)
    warm = _check(tmp_path / "pages", cache, tmp_path / "warm.json")
    fresh = _check(tmp_path / "pages", tmp_path / "other-cache", tmp_path / "fresh.json", "--no-cache")

    assert counts.parses == 1 + len(pages)  # the changed page here, every page in the --no-cache run
    assert counts.stages == 2  # the batch is new: its stage ran, and once more without the cache
    assert warm == fresh


def test_the_size_cap_evicts_site_stage_entries_with_results(tmp_path: Path) -> None:
    from auditor.model import FileResult

    cache = ResultCache(tmp_path, max_mb=1)
    cache.put_blob("stage-old", os.urandom(400_000), "stages")
    cache.flush()
    for i in range(300):  # incompressible: ~3 KB each, 1 MB cap crossed
        cache.put(f"k{i}", FileResult(path=f"p{i}", headline=os.urandom(3000).hex() + str(i)))
    cache.flush()
    assert cache.evict() > 0
    assert cache.get_blob("stage-old", "stages") is None  # the oldest entry of either table went first
    assert cache.get("k299") is not None
    cache.close()


def test_a_changed_spool_keeps_verdicts_in_step_with_its_results(corpus_dir: Path, tmp_path: Path) -> None:
    from dataclasses import replace

    from auditor.api import BatchOptions, audit_many
    from auditor.config import Config
    from auditor.spool import SpooledResults, Verdict

    pages = _pages(corpus_dir, tmp_path / "pages")[:4]
    spool = SpooledResults(audit_many([str(p) for p in pages], BatchOptions(config=Config(), jobs=1)), in_memory=1)
    first = spool[0]
    changes = {0: {"findings": first.findings[:1], "score": 3, "scores": {"links": 3}},
               2: {"findings": ()}}
    view = spool.with_changes(changes)
    assert [Verdict.of(r) for r in view] == view.verdicts()  # type: ignore[attr-defined]
    assert view[0] == replace(first, **changes[0])
    assert [r.path for r in view.in_path_order()] == sorted(str(p) for p in pages)  # type: ignore[attr-defined]


def _site_links_article(folder: Path) -> None:
    """Two articles, one linking to a page that is not there yet."""
    folder.mkdir()
    body = "<p>" + "Plain words make a readable article about gardens and soil. " * 12 + "</p>"
    (folder / "a.html").write_text(
        f'<html lang="en"><head><title>Garden soil</title></head><body><h1>Garden soil</h1>{body}'
        '<p>See <a href="later.html">the later guide</a> for more.</p></body></html>', encoding="utf-8")
    (folder / "b.html").write_text(
        f'<html lang="en"><head><title>Garden beds</title></head><body><h1>Garden beds</h1>{body}'
        '<p>See <a href="a.html">the soil guide</a> too.</p></body></html>', encoding="utf-8")


def _broken_links(out: bytes) -> list[str]:
    return [f"{Path(file['path']).name}:{f['line']}" for file in json.loads(out)["files"]
            for f in file["findings"] if f["rule"] == "LK051"]


def test_a_cached_run_sees_a_link_target_written_or_deleted_since(tmp_path: Path) -> None:
    """Whether a linked file exists is asked when the site stage runs, so neither a
    cached result nor a cached stage remembers a file that has changed on disk."""
    pages, cache = tmp_path / "pages", tmp_path / "cache"
    _site_links_article(pages)
    assert _broken_links(_check(pages, cache, tmp_path / "1.json")) == ["a.html:1"]

    outside = pages / "later.html"  # the target appears beside them, outside the audited batch
    outside.write_text("<p>later</p>", encoding="utf-8")
    audited = [str(pages / "a.html"), str(pages / "b.html")]
    result = CliRunner().invoke(main, ["check", *audited, "--no-config", "--cache-dir", str(cache), "--jobs", "1",
                                       "--format", f"json={tmp_path / '2.json'}"], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    assert _broken_links((tmp_path / "2.json").read_bytes()) == []

    outside.unlink()
    result = CliRunner().invoke(main, ["check", *audited, "--no-config", "--cache-dir", str(cache), "--jobs", "1",
                                       "--format", f"json={tmp_path / '3.json'}"], catch_exceptions=False)
    assert _broken_links((tmp_path / "3.json").read_bytes()) == ["a.html:1"]


def _run(folder: Path, cache: Path | None, *more: str) -> None:
    args = ["check", str(folder), "--no-config", "--jobs", "1", *more]
    args += ["--cache-dir", str(cache)] if cache is not None else ["--no-cache"]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output


def test_a_warm_run_writes_json_and_text_from_kept_fragments(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the JSON and text writers rendered from a result is kept by the result's
    content: a warm run writes both without loading any result a second time, byte for
    byte what a run without the cache writes; a changed page and changed text options
    are rendered anew."""
    pages = _pages(corpus_dir, tmp_path / "pages")
    cache = tmp_path / "cache"
    outputs = ("--format", f"json={tmp_path / 'warm.json'}", "--format", f"text={tmp_path / 'warm.txt'}")
    _run(tmp_path / "pages", cache, *outputs)

    counts = _Counts(monkeypatch)
    _run(tmp_path / "pages", cache, *outputs)
    assert counts.parses == 0 and counts.loads == 0  # verdicts and fragments come from the cache
    assert sum(n for (table, _k), n in counts.reads.items() if table == "fragments") == 2 * len(pages)

    _run(tmp_path / "pages", None, "--format", f"json={tmp_path / 'cold.json'}", "--format", f"text={tmp_path / 'cold.txt'}")
    for name in ("json", "txt"):
        assert (tmp_path / f"warm.{name}").read_bytes() == (tmp_path / f"cold.{name}").read_bytes()

    pages[0].write_bytes(pages[0].read_bytes().replace(b"<title>", b"<title>Changed: ", 1))
    _run(tmp_path / "pages", cache, *outputs, "--no-excerpt")
    _run(tmp_path / "pages", None, "--format", f"json={tmp_path / 'cold.json'}",
         "--format", f"text={tmp_path / 'cold.txt'}", "--no-excerpt")
    for name in ("json", "txt"):
        assert (tmp_path / f"warm.{name}").read_bytes() == (tmp_path / f"cold.{name}").read_bytes()


def test_a_large_value_is_pickled_and_unpickled_through_zlib_in_pieces() -> None:
    """The site stage's changes to a big batch are compressed while pickled and
    decompressed while unpickled: the same value, readable either way."""
    import random

    from auditor.spool import dump_blob, dump_large, load_blob, load_large

    rng = random.Random(3)
    value = {i: {"added": tuple(str(rng.random()) * rng.randrange(40) for _ in range(rng.randrange(12))),
                 "raw": os.urandom(rng.randrange(3000))} for i in range(2000)}
    stored = dump_large(value)
    assert load_large(stored) == value and load_blob(stored) == value  # type: ignore[comparison-overlap]
    assert load_large(dump_blob(value)) == value


def test_a_warm_quiet_run_counts_fixes_from_kept_fragments(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """-q prints only the closing lines, which count what --fix would fix: a warm run
    reads those counts back instead of loading every result."""
    _pages(corpus_dir, tmp_path / "pages")
    (tmp_path / "pages" / "list.md").write_text("# 3 Ways  to Test\n\n1. One  two\n2. Two\n3. Three\n")
    cache = tmp_path / "cache"
    outputs = ("-q", "--format", f"text={tmp_path / 'warm.txt'}")
    _run(tmp_path / "pages", cache, *outputs)
    counts = _Counts(monkeypatch)
    _run(tmp_path / "pages", cache, *outputs)
    assert counts.parses == 0 and counts.loads == 0
    _run(tmp_path / "pages", None, "-q", "--format", f"text={tmp_path / 'cold.txt'}")
    warm = (tmp_path / "warm.txt").read_text()
    assert warm == (tmp_path / "cold.txt").read_text() and "fixable" in warm


def test_a_hit_re_dates_its_entry_only_when_the_date_is_old(tmp_path: Path) -> None:
    """The eviction order is kept to the day: re-dating every hit rewrote the whole
    file on each warm run."""
    import time

    from auditor.cache import REDATE_AFTER_S
    from auditor.model import FileResult

    cache = ResultCache(tmp_path)
    cache.put("new", FileResult(path="a"))
    cache.put("old", FileResult(path="b"))
    cache.flush()
    long_ago = time.time() - REDATE_AFTER_S - 60
    cache._db.execute("UPDATE results SET used = ? WHERE key = 'old'", (long_ago,))
    dated = dict(cache._db.execute("SELECT key, used FROM results").fetchall())
    found = cache.get_stored(["new", "old", "missing"])
    assert sorted(found) == ["new", "old"] and found["old"].verdict.path == "b"
    assert found["new"].load() == FileResult(path="a")
    cache.flush()
    now = dict(cache._db.execute("SELECT key, used FROM results").fetchall())
    assert now["new"] == dated["new"] and now["old"] > long_ago + REDATE_AFTER_S
    cache.close()


def test_an_unreadable_entry_is_a_miss(tmp_path: Path) -> None:
    from auditor.model import FileResult

    cache = ResultCache(tmp_path)
    cache.put("good", FileResult(path="a"))
    cache.put_blob("bad", b"\x00\x00\x00\x09garbage", "results")
    cache.flush()
    assert sorted(cache.get_stored(["good", "bad"])) == ["good"]
    assert cache.get("bad") is None and cache.get("good") == FileResult(path="a")
    cache.close()


def test_closing_checks_the_cap_only_when_entries_were_added(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Adding up every entry's size reads the whole file: a run of hits skips it."""
    import sqlite3

    from auditor.model import FileResult

    cache = ResultCache(tmp_path, max_mb=1)
    for i in range(300):  # incompressible: ~1.8 MB in all
        cache.put(f"k{i}", FileResult(path=f"p{i}", headline=os.urandom(3000).hex()))
    cache.close()  # it grew: the cap is enforced
    db = sqlite3.connect(tmp_path / "results.sqlite")
    assert db.execute("SELECT SUM(size) FROM results").fetchone()[0] <= 1024 * 1024
    db.close()

    evictions = []
    monkeypatch.setattr(ResultCache, "evict", lambda self: evictions.append(1) or 0)
    reader = ResultCache(tmp_path, max_mb=1)
    assert reader.get_stored(["k299"]) and not reader.get_stored(["k0"])
    reader.close()
    assert evictions == []


def test_the_api_gives_cache_hits_as_results(corpus_dir: Path, tmp_path: Path) -> None:
    """audit_many's callers get results, hits included; only a spool takes a hit as stored."""
    from auditor.api import BatchOptions, audit_many
    from auditor.config import Config
    from auditor.model import FileResult

    pages = [str(p) for p in sorted(corpus_dir.glob("*.html"))[:3]]
    options = BatchOptions(config=Config(), cache=True, cache_dir=tmp_path / "c", jobs=1)
    first = list(audit_many(pages, options))
    second = list(audit_many(pages, options))
    assert all(type(r) is FileResult for r in second) and second == first


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_key_hands_the_audit_its_content_hash(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    """With the cache on, the key's pass over the bytes gives the result's content hash:
    the audit hashes nothing again, and the hash is the bytes' SHA-256 as without it."""
    import hashlib

    import auditor.api
    from auditor.api import BatchOptions, audit_many
    from auditor.config import Config

    pages = [str(p) for p in sorted(corpus_dir.glob("*.html"))[:3]]
    plain = list(audit_many(pages, BatchOptions(config=Config(), cache=False, jobs=1)))

    def refused(data: bytes) -> str:
        raise AssertionError("hashed twice")

    monkeypatch.setattr(auditor.api, "sha256_hexdigest", refused)  # the in-process audit (jobs=1)
    cached = list(audit_many(pages, BatchOptions(config=Config(), cache=True, cache_dir=tmp_path / "c", jobs=jobs)))
    assert [r.content_hash for r in cached] == [hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in pages]
    assert cached == plain
