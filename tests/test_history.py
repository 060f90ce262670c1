"""History store: runs recorded on SQLite and on a real PostgreSQL, listed, found,
complete-or-invisible, safe under concurrent writers, migrated once."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor import baseline
from auditor.api import BatchOptions, audit_many
from auditor.cli import main
from auditor.history.errors import HistoryError
from auditor.history.record import RunMeta, config_hash, git_commit, record, Recorder
from auditor.history.store import find_run, iter_articles, list_runs, open_store
from historykit import postgres_url, store_target  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

SHORT = """# Five simple ways to water your garden

Water early in the morning. [Click here](https://example.com/tips) for more tips.
"""
FIXED = """# Five simple ways to water your garden

Water early in the morning. Read [our watering guide](https://example.com/tips) for more tips.
"""
META = RunMeta(command="check", auditor_version="0.1.0", config_hash="abc", git_commit=None)


def run_cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def results_of(*paths: Path) -> list:
    return list(audit_many([str(p) for p in paths], BatchOptions(use_config=False)))


def test_record_and_read_back(store_target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "garden.md"
    article.write_text(SHORT, encoding="utf-8")
    results = results_of(article)
    with open_store(store_target) as store:
        run_id = record(store, META, results)
        (run,) = list_runs(store)
        assert run.id == run_id and run.articles == 1 and run.failed == 0
        assert run.warnings == results[0].count("warning") and run.score == results[0].score
        assert run.scores == {k: float(v) for k, v in results[0].scores.items()}
        (stored,) = iter_articles(store, run_id)
    assert stored.path == "garden.md"
    assert stored.content_hash == hashlib.sha256(article.read_bytes()).hexdigest()
    assert stored.score == results[0].score and stored.metrics["words"] == results[0].metrics["words"]
    # Every finding kept, with the fingerprint a baseline would give it.
    assert sorted((f.rule, f.line) for f in stored.findings) == sorted((f.rule, f.line) for f in results[0].findings)
    assert {f.fingerprint for f in stored.findings} == {baseline.fingerprint("garden.md", f) for f in results[0].findings}
    assert any(f.rule == "LK001" for f in stored.findings)


def test_failed_inputs_are_recorded_with_their_error(store_target: str, tmp_path: Path) -> None:
    missing = tmp_path / "gone.md"
    results = results_of(missing)
    with open_store(store_target) as store:
        run_id = record(store, META, results, root=tmp_path)
        (stored,) = iter_articles(store, run_id)
        (run,) = list_runs(store)
    assert stored.error and "no such file" in stored.error
    assert run.failed == 1 and run.score is None


def test_unfinished_run_is_invisible(store_target: str, tmp_path: Path) -> None:
    article = tmp_path / "garden.md"
    article.write_text(SHORT, encoding="utf-8")
    with open_store(store_target) as store:
        done = record(store, META, results_of(article), root=tmp_path)
        half = Recorder(store, META, root=tmp_path)
        for result in results_of(article, EXAMPLES):
            half.add(result)
        half._flush()  # rows are in the store, the run is not complete
        assert [r.id for r in list_runs(store)] == [done]
        assert find_run(store, "-1").id == done
        with pytest.raises(HistoryError, match="no complete run"):
            find_run(store, str(half.run_id))


KILLED = textwrap.dedent("""
    import sys, time
    from auditor.api import BatchOptions, audit_many
    from auditor.history.record import Recorder, RunMeta
    from auditor.history.store import open_store
    store = open_store(sys.argv[1])
    rec = Recorder(store, RunMeta("check", "0.1.0", "abc", None))
    for result in audit_many([sys.argv[2]], BatchOptions(use_config=False)):
        rec.add(result)
    rec._flush()
    print("flushed", flush=True)
    time.sleep(60)
""")


def test_killed_run_leaves_no_half_run(store_target: str) -> None:
    proc = subprocess.Popen([sys.executable, "-c", KILLED, store_target, str(EXAMPLES)],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "flushed"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    with open_store(store_target) as store:
        assert list_runs(store) == []
        # The killed run's rows are there, marked running, and prunable.
        from auditor.history.store import delete_incomplete
        import datetime as dt

        assert delete_incomplete(store, dt.timedelta(0)) == 1


def _writer(target: str, paths: list[str], runs: int) -> None:
    results = list(audit_many(paths, BatchOptions(use_config=False)))
    with open_store(target) as store:
        for _ in range(runs):
            record(store, META, results)


def test_concurrent_writers_do_not_corrupt(store_target: str, tmp_path: Path) -> None:
    paths = [str(p) for p in sorted((EXAMPLES / "bad").iterdir())]
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_writer, args=(store_target, paths, 3)) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
        assert w.exitcode == 0
    with open_store(store_target) as store:
        runs = list_runs(store)
        assert len(runs) == 9 and len({r.uid for r in runs}) == 9
        expected = sum(len(r.findings) for r in results_of(*map(Path, paths)))
        for run in runs:
            articles = list(iter_articles(store, run.id))
            assert len(articles) == len(paths) == run.articles
            assert sum(len(a.findings) for a in articles) == expected
        if store.engine.dialect.name == "sqlite":
            with store.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_migrations_apply_once_and_refuse_newer_stores(store_target: str) -> None:
    from sqlalchemy import insert, select

    from auditor.history import schema

    with open_store(store_target) as store:
        pass
    with open_store(store_target) as store:
        with store.engine.connect() as conn:
            assert conn.execute(select(schema.schema_version.c.version)).scalars().all() == [schema.LATEST]
        with store.begin() as conn:
            conn.execute(insert(schema.schema_version).values(version=schema.LATEST + 1, applied_at=schema_now()))
    with pytest.raises(HistoryError, match="newer than this auditor"):
        open_store(store_target)


def schema_now():  # type: ignore[no-untyped-def]
    from auditor.history.store import utcnow

    return utcnow()


def test_config_hash_follows_rules() -> None:
    from auditor.api import default_settings
    from dataclasses import replace

    rules = default_settings().rules
    assert config_hash(rules) == config_hash(tuple(reversed(rules)))
    changed = (replace(rules[0], level="info" if rules[0].level != "info" else "error"), *rules[1:])
    assert config_hash(changed) != config_hash(rules)
    assert config_hash(rules, {"site_url": "https://a.example"}) != config_hash(rules)


def test_git_commit_inside_and_outside_a_repo(tmp_path: Path) -> None:
    assert git_commit(tmp_path) is None
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t.invalid"}
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    (tmp_path / "a.md").write_text(SHORT, encoding="utf-8")
    subprocess.run(["git", "add", "a.md"], cwd=tmp_path, check=True)
    subprocess.run(["git", "commit", "-qm", "a"], cwd=tmp_path, check=True, env=env)
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=tmp_path, capture_output=True, text=True).stdout.strip()
    assert git_commit(tmp_path) == head


# ---------------------------------------------------------------- CLI


def test_cli_records_lists_and_diffs(store_target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    monkeypatch.chdir(tmp_path)
    site = tmp_path / "site"
    site.mkdir()
    (site / "garden.md").write_text(SHORT, encoding="utf-8")
    (site / "old.md").write_text(SHORT.replace("garden", "lawn"), encoding="utf-8")
    code, _, err = run_cli("check", "site", "--no-config", "-q", "--history", store_target)
    assert code in (0, 1) and "Run 1 recorded" in err
    (site / "garden.md").write_text(FIXED, encoding="utf-8")
    (site / "old.md").unlink()
    (site / "new.md").write_text(SHORT.replace("garden", "balcony"), encoding="utf-8")
    code, _, err = run_cli("check", "site", "--no-config", "-q", "--history", store_target)
    assert "Run 2 recorded" in err

    code, out, _ = run_cli("history", "--history", store_target)
    assert code == 0 and out.splitlines()[1].split()[0] == "2" and out.splitlines()[2].split()[0] == "1"

    code, out, _ = run_cli("diff", "--history", store_target, "--format", "json")
    assert code == 0
    diff = json.loads(out)
    assert (diff["old"]["id"], diff["new"]["id"]) == (1, 2)
    assert diff["articles_added"] == ["site/new.md"] and diff["articles_gone"] == ["site/old.md"]
    fixed = [(f["path"], f["rule"]) for f in diff["fixed_findings"]]
    assert ("site/garden.md", "LK001") in fixed
    assert all(path == "site/garden.md" for path, _ in fixed)  # gone articles' findings are not "fixed"
    assert any(f["path"] == "site/new.md" and f["rule"] == "LK001" for f in diff["new_findings"])
    (change,) = [c for c in diff["score_changes"] if c["path"] == "site/garden.md"]
    # The link category gains; the overall score of this short draft is held by the thin-text cap.
    assert change["new"] >= change["old"] and change["categories"]["links"]["new"] > change["categories"]["links"]["old"]

    code, md, _ = run_cli("diff", "1", "2", "--history", store_target, "--format", "md")
    assert md.startswith("### auditor: run 1") and "| **mean score** |" in md
    assert "#### Fixed findings" in md and "`site/garden.md`" in md and "- gone `site/old.md`" in md
    code, text, _ = run_cli("diff", "--history", store_target)
    assert "Fixed findings: 1" in text and "site/garden.md" in text and "Articles: 2 → 2 (1 added, 1 gone)" in text


def test_cli_report_records_a_run(tmp_path: Path) -> None:
    store = tmp_path / "h.sqlite"
    code, _, err = run_cli("report", str(EXAMPLES / "bad"), "--no-config", "-o", str(tmp_path / "r"),
                           "--history", str(store))
    assert code == 0, err
    with open_store(str(store)) as opened:
        (run,) = list_runs(opened)
    assert run.command == "report" and run.articles == len(list((EXAMPLES / "bad").iterdir()))


def test_cli_history_from_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".auditor.toml").write_text('history = "db/runs.sqlite"\n', encoding="utf-8")
    (tmp_path / "a.md").write_text(SHORT, encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    monkeypatch.chdir(sub)  # the path is relative to the config file, not the cwd
    run_cli("check", str(tmp_path / "a.md"), "-q")
    assert (tmp_path / "db" / "runs.sqlite").is_file()
    code, out, _ = run_cli("history", "--format", "json")
    assert code == 0 and '"articles": 1' in out


def test_cli_history_errors_are_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli("history", "--no-config")
    assert code == 2 and err.strip() == "auditor: error: .auditor/history.sqlite: no history recorded yet (record runs with --history)"
    (tmp_path / "a.md").write_text(SHORT, encoding="utf-8")
    run_cli("check", "a.md", "--no-config", "-q", "--history", "h.sqlite")
    code, _, err = run_cli("diff", "--history", "h.sqlite")
    assert code == 2 and "diff needs two recorded runs, found 1" in err
    code, _, err = run_cli("diff", "7", "--history", "h.sqlite")
    assert code == 2 and "no complete run '7'" in err
    code, _, err = run_cli("check", "a.md", "--no-config", "--history", "postgresql://nobody@127.0.0.1:1/none")
    assert code == 2 and err.startswith("auditor: error: postgresql://nobody@127.0.0.1:1/none: cannot open history store")
    code, _, err = run_cli("check", "a.md", "--no-config", "--history", "mysql://x/y")
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_cli_stays_light_without_history() -> None:
    code = "import sys, auditor.cli; print([m for m in ('sqlalchemy', 'psycopg', 'extruct') if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"
