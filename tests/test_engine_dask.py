"""--engine dask: a LocalCluster of 2 worker processes gives the local engine's outputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main

from conftest import ROOT

pytest.importorskip("distributed")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_dask_local_cluster_matches_the_local_engine_in_every_output(corpus_dir: Path, tmp_path: Path) -> None:
    outs = {}
    for engine in ("local", "dask"):
        folder = tmp_path / engine
        code, text, err = run("check", str(corpus_dir), "--no-config", "--no-cache", "--engine", engine,
                              "--jobs", "2", "--format", "text", "--format", f"json={folder}/a.json",
                              "--format", f"sarif={folder}/a.sarif", "--format", f"junit={folder}/a.xml",
                              "--format", f"html={folder}/report")
        assert code == 1, err
        outs[engine] = (text, *((folder / n).read_bytes() for n in ("a.json", "a.sarif", "a.xml",
                                                                   "report/data.js", "report/index.html")))
    assert outs["dask"] == outs["local"]
    assert len(json.loads(outs["dask"][1])["files"]) == len(list(corpus_dir.glob("*.html")))


def test_dask_workers_read_fsspec_urls(corpus_dir: Path) -> None:
    pages = sorted(corpus_dir.glob("*.html"))[:3]
    local = json.loads(run("check", *map(str, pages), "--no-config", "--no-cache", "--format", "json")[1])
    urls = [p.resolve().as_uri() for p in pages]  # file://… through fsspec
    code, out, err = run("check", *urls, "--no-config", "--no-cache", "--engine", "dask", "--jobs", "2",
                         "--format", "json")
    remote = json.loads(out)
    assert [f["path"] for f in remote["files"]] == sorted(urls)
    assert [f["findings"] for f in remote["files"]] == [f["findings"] for f in local["files"]]


def test_a_url_glob_expands_through_fsspec(corpus_dir: Path) -> None:
    url = corpus_dir.resolve().as_uri() + "/a*.html"
    code, out, _err = run("check", url, "--no-config", "--no-cache", "--jobs", "1", "--format", "json")
    paths = [f["path"] for f in json.loads(out)["files"]]
    assert paths and all(p.startswith("file://") and "/a" in p for p in paths)
    assert len(paths) == len(list(corpus_dir.glob("a*.html")))


def test_plain_runs_never_import_dask(tmp_path: Path) -> None:
    page = tmp_path / "a.md"
    page.write_text("# Title\n\nText.\n")
    code = ("import sys\nfrom auditor.cli import main\n"
            f"try:\n    main(['check', {str(page)!r}, '--no-cache'])\nexcept SystemExit:\n    pass\n"
            "assert 'distributed' not in sys.modules and 'dask' not in sys.modules, 'dask imported'\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_an_unreachable_scheduler_is_one_error_line() -> None:
    code, _out, err = run("check", str(ROOT / "examples"), "--no-cache", "--scheduler", "tcp://127.0.0.1:9")
    assert code == 2 and err.startswith("auditor: error:") and "Traceback" not in err
