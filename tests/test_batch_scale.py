"""Batches at scale: all cores, input order, the results cache, spooling, progress."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor import parallel
from auditor.api import BatchOptions, audit_many
from auditor.cache import ResultCache, result_key
from auditor.cli import main
from auditor.config import Config
from auditor.spool import SpooledResults

from conftest import EXAMPLES, ROOT


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


# ---------------------------------------------------------------- cores


def test_cgroup_quota_caps_the_cores(tmp_path: Path) -> None:
    (tmp_path / "cpu.max").write_text("150000 100000\n")
    assert parallel._cgroup_cpus(tmp_path) == 1.5
    (tmp_path / "cpu.max").write_text("max 100000\n")
    assert parallel._cgroup_cpus(tmp_path) is None
    v1 = tmp_path / "v1"
    (v1 / "cpu").mkdir(parents=True)
    (v1 / "cpu" / "cpu.cfs_quota_us").write_text("200000\n")
    (v1 / "cpu" / "cpu.cfs_period_us").write_text("100000\n")
    assert parallel._cgroup_cpus(v1) == 2.0


def test_available_cpus_respects_affinity_and_quota(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1, 2, 3})
    monkeypatch.setattr(parallel, "_cgroup_cpus", lambda: 1.5)
    assert parallel.available_cpus() == 2
    monkeypatch.setattr(parallel, "_cgroup_cpus", lambda: None)
    assert parallel.available_cpus() == 4


def _square(n: int) -> int:
    return n * n


def test_ordered_map_keeps_input_order_and_done_items() -> None:
    items = [parallel.Done(-1) if i % 7 == 0 else i for i in range(100)]
    expected = [-1 if i % 7 == 0 else i * i for i in range(100)]
    assert list(parallel.ordered_map(_square, items, 2, total=100, chunk=3)) == expected
    assert list(parallel.ordered_map(_square, items, 1)) == expected


def test_small_batches_never_start_a_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    import concurrent.futures

    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("a pool was started for a small batch")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    assert list(parallel.ordered_map(_square, [1, 2, 3], 8, total=3)) == [1, 4, 9]
    # all known already (cache hits): no pool either, whatever the size
    done = [parallel.Done(i) for i in range(50)]
    assert list(parallel.ordered_map(_square, done, 8, total=50)) == list(range(50))


def test_jobs_do_not_change_any_output(corpus_dir: Path, tmp_path: Path) -> None:
    outputs = {}
    for jobs in ("1", "2", "3"):
        target = tmp_path / f"j{jobs}.json"
        code, _out, _err = run("check", str(corpus_dir), "--no-config", "--no-cache", "--jobs", jobs,
                               "--format", f"json={target}", "--format", "text")
        assert code in (0, 1)
        outputs[jobs] = target.read_bytes()
    assert outputs["1"] == outputs["2"] == outputs["3"]
    files = json.loads(outputs["1"])["files"]
    assert len(files) == len(list(corpus_dir.glob("*.html")))


def test_api_streams_results_in_input_order(corpus_dir: Path) -> None:
    pages = sorted(str(p) for p in corpus_dir.glob("*.html"))[:20]
    shuffled = pages[::-1]
    got = [r.path for r in audit_many(shuffled, BatchOptions(config=Config(), jobs=2))]
    assert [Path(p).name for p in got] == [Path(p).name for p in shuffled]


# ---------------------------------------------------------------- cache


def test_second_run_is_served_from_the_cache_byte_identical(corpus_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    outs = []
    for _ in range(2):
        code, out, _err = run("check", str(corpus_dir), "--no-config", "--cache-dir", str(cache),
                              "--format", "json", "--jobs", "1")
        outs.append(out)
    assert outs[0] == outs[1]
    fresh = run("check", str(corpus_dir), "--no-config", "--no-cache", "--format", "json")[1]
    assert fresh == outs[0]
    db = sqlite3.connect(cache / "results.sqlite")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT COUNT(*) FROM results").fetchone()[0] == len(list(corpus_dir.glob("*.html")))
    assert (cache / ".gitignore").read_text().strip().endswith("*")


def test_cache_hits_and_misses_follow_content_and_settings(tmp_path: Path) -> None:
    page = tmp_path / "a.md"
    page.write_text("# 3 Ways to Test\n\n1. One\n2. Two\n3. Three\n")
    options = BatchOptions(config=Config(), cache=True, cache_dir=tmp_path / "c", jobs=1)
    first = list(audit_many([str(page)], options))
    cache = ResultCache(tmp_path / "c")
    from auditor.api import settings_for

    settings = settings_for(str(page), options)
    key = result_key(str(page), page.read_bytes(), settings)
    assert cache.get(key) == first[0]
    # other bytes, other rules: other keys
    assert result_key(str(page), page.read_bytes() + b"\n", settings) != key
    fewer = settings_for(str(page), BatchOptions(config=Config(ignore=("HL001",))))
    assert result_key(str(page), page.read_bytes(), fewer) != key
    cache.close()


def test_no_cache_writes_nothing(tmp_path: Path) -> None:
    page = tmp_path / "a.md"
    page.write_text("# Title\n\nText.\n")
    os.chdir(tmp_path)
    try:
        run("check", str(page), "--no-config", "--no-cache")
        assert not (tmp_path / ".auditor_cache").exists()
        run("check", str(page), "--no-config")
        assert (tmp_path / ".auditor_cache" / "results.sqlite").exists()
    finally:
        os.chdir(ROOT)


def test_cache_evicts_least_recently_used_over_its_cap(tmp_path: Path) -> None:
    from auditor.model import FileResult

    cache = ResultCache(tmp_path, max_mb=1)
    for i in range(300):
        cache.put(f"k{i}", FileResult(path=f"p{i}", headline=os.urandom(3000).hex() + str(i)))
    cache.flush()
    assert cache.evict() > 0
    left = cache._db.execute("SELECT SUM(size), MIN(key) FROM results").fetchone()
    assert left[0] <= 1024 * 1024
    assert cache.get("k299") is not None and cache.get("k0") is None  # the oldest went first
    cache.close()


def test_cache_survives_kill_9_mid_write(tmp_path: Path) -> None:
    script = (
        "import sys, os\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from auditor.cache import ResultCache\n"
        "from auditor.model import FileResult\n"
        f"c = ResultCache({str(tmp_path)!r})\n"
        "i = 0\n"
        "while True:\n"
        "    c.put(f'k{i}', FileResult(path=f'p{i}', headline='x' * 2000)); i += 1\n"
        "    if i == 600: print('ready', flush=True)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    db = sqlite3.connect(tmp_path / "results.sqlite")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT COUNT(*) FROM results").fetchone()[0] >= 512  # flushed batches kept


# ---------------------------------------------------------------- spool, progress


def test_spooled_results_round_trip_and_sort_like_sorted() -> None:
    results = list(audit_many([str(EXAMPLES)], BatchOptions(config=Config(), jobs=1)))
    spool = SpooledResults(reversed(results), in_memory=2)
    assert len(spool) == len(results) and spool[0] == results[-1]
    assert list(spool.in_path_order()) == sorted(reversed(results), key=lambda r: r.path)
    assert list(spool) == list(reversed(results))


def test_progress_only_on_a_tty_unless_asked(tmp_path: Path) -> None:
    from auditor.progress import wanted

    assert wanted(True) is True and wanted(False) is False
    code, out, err = run("check", str(EXAMPLES), "--no-config", "--no-cache", "--format", "json", "--progress")
    assert "page" in err and "it/s" not in out
    json.loads(out)  # the bar never reaches the machine output
    code, out, err = run("check", str(EXAMPLES), "--no-config", "--no-cache", "--format", "json")
    assert "page/s" not in err and "auditing" not in err  # not a TTY here


# ---------------------------------------------------------------- web archives


def _write_warc(target: Path, pages: list[Path], gzip: bool) -> list[str]:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    urls = []
    with target.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        for i, page in enumerate(pages):
            url = f"https://news.example/{i}/{page.stem}"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(page.read_bytes()),
                                                          http_headers=headers))
            urls.append(url)
        # not articles: a 404 page, an image and a request record
        missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://news.example/gone", "response",
                                                      payload=BytesIO(b"<p>gone</p>"), http_headers=missing))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://news.example/a.png", "response",
                                                      payload=BytesIO(b"\x89PNG"), http_headers=image))
    return urls


@pytest.mark.parametrize("gzip", [True, False])
def test_a_web_archive_audits_each_html_response_as_its_url(corpus_dir: Path, tmp_path: Path, gzip: bool) -> None:
    pages = sorted(corpus_dir.glob("*.html"))[:5]
    archive = tmp_path / ("site.warc.gz" if gzip else "site.warc")
    urls = _write_warc(archive, pages, gzip)
    code, out, err = run("check", str(archive), "--no-config", "--no-cache", "--format", "json")
    assert code in (0, 1), err
    files = json.loads(out)["files"]
    assert sorted(f["path"] for f in files) == sorted(urls)
    # the same findings as auditing the page itself, only the path differs
    direct = json.loads(run("check", str(pages[0]), "--no-config", "--no-cache", "--format", "json")[1])["files"][0]
    from_archive = next(f for f in files if f["path"] == urls[0])
    assert from_archive["findings"] == direct["findings"] and from_archive["score"] == direct["score"]
    text = run("check", str(archive), "--no-config", "--no-cache")[1]
    assert f"{urls[0]}:" in text


def test_a_damaged_web_archive_is_one_error_and_the_batch_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00 definitely not a gzip stream")
    good = tmp_path / "a.md"
    good.write_text("# Title\n\nText.\n")
    code, out, err = run("check", str(bad), str(good), "--no-config", "--no-cache", "--format", "json")
    assert code == 2
    assert err.count("auditor: error:") == 1 and "bad.warc.gz" in err and "Traceback" not in err
    assert any(f["path"].endswith("a.md") and f["error"] is None for f in json.loads(out)["files"])


def test_an_output_to_a_device_writes_through_it_and_never_replaces_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    import threading

    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    code, _out, _err = run("check", str(EXAMPLES), "--no-config", "--no-cache", "--format", f"json={fifo}")
    reader.join(timeout=30)
    assert code in (0, 1)
    assert json.loads(got[0])["files"] and fifo.is_fifo()  # still the FIFO, not a file
