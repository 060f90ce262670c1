"""CI gating from the command line: gates, baselines, changed files, formats, verbosity."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main

BAD = """# Ten easy ways to save water

Save water every day with these tips, and [click here](https://example.com/a) for more.

## 1. Fix leaks

A dripping tap wastes a lot of water every single day of the year.

## 2. Shorter showers

Five minutes is plenty for most people on most days of the week.
"""


def run(*args: str, cwd: Path | None = None) -> tuple[int, str, str]:
    old = Path.cwd()
    if cwd:
        os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "water.md"
    path.write_text(BAD, encoding="utf-8")
    return path


def _findings(out: str) -> list[dict]:  # type: ignore[type-arg]
    return json.loads(out)["files"][0]["findings"]


def test_count_mismatch_is_an_error_and_fails_the_default_gate(article: Path) -> None:
    code, out, _ = run("check", str(article), "--no-config", "--format", "json")
    assert code == 1
    assert any(f["rule"] == "LS001" and f["level"] == "error" for f in _findings(out))


def test_per_category_min_score(article: Path) -> None:
    assert run("check", str(article), "--no-config", "--fail-on", "never", "--min-score", "meta=0")[0] == 0
    assert run("check", str(article), "--no-config", "--fail-on", "never", "--min-score", "listicle=90")[0] == 1


def test_max_warnings(article: Path) -> None:
    _, out, _ = run("check", str(article), "--no-config", "--format", "json")
    warnings = sum(f["level"] == "warning" for f in _findings(out))
    assert warnings >= 1
    base = ("check", str(article), "--no-config", "--fail-on", "never")
    assert run(*base, "--max-warnings", str(warnings))[0] == 0
    assert run(*base, "--max-warnings", str(warnings - 1))[0] == 1


def test_baseline_reports_only_new_findings(tmp_path: Path, article: Path) -> None:
    baseline = tmp_path / "auditor-baseline.json"
    code, out, _ = run("baseline", "create", "water.md", "--no-config", "--baseline", str(baseline), cwd=tmp_path)
    assert code == 0 and baseline.exists() and "Baseline of" in out
    code, out, _ = run("check", "water.md", "--no-config", "--baseline", str(baseline), "--format", "json", cwd=tmp_path)
    assert code == 0 and _findings(out) == []
    # Editing elsewhere moves lines but keeps old findings baselined; a new problem shows.
    article.write_text("Intro line added at the top.\n\n" + BAD + "\n<img src=\"chart.png\">\n", encoding="utf-8")
    code, out, _ = run("check", "water.md", "--no-config", "--baseline", str(baseline), "--format", "json", cwd=tmp_path)
    rules = {f["rule"] for f in _findings(out)}
    assert "LS001" not in rules and "IM001" in rules and code == 1
    # Fixing the count and updating prunes the fixed finding from the baseline.
    article.write_text(BAD.replace("Ten easy", "Two easy"), encoding="utf-8")
    code, out, _ = run("baseline", "update", "water.md", "--no-config", "--baseline", str(baseline), cwd=tmp_path)
    assert code == 0 and "pruned" in out
    assert "LS001" not in baseline.read_text()


def test_broken_baseline_is_one_line_exit_2(tmp_path: Path, article: Path) -> None:
    bad = tmp_path / "b.json"
    bad.write_text("{nope")
    code, _, err = run("check", str(article), "--baseline", str(bad))
    assert code == 2 and err.startswith("auditor: error:") and err.count("\n") == 1


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@e"})


def test_changed_audits_only_changed_articles(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    (repo / "old.md").write_text(BAD, encoding="utf-8")
    (repo / "notes.py").write_text("x = 1\n")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "first")
    (repo / "new.md").write_text(BAD, encoding="utf-8")
    code, out, _ = run("check", "--changed", "--base", "HEAD", "--no-config", "--format", "json", cwd=repo)
    paths = [f["path"] for f in json.loads(out)["files"]]
    assert paths == ["new.md"] and code == 1
    code, _, err = run("check", "--changed", "--base", "no-such-ref", "--no-config", cwd=repo)
    assert code == 2 and err.startswith("auditor: error:")


def test_quiet_and_statistics(article: Path) -> None:
    _, out, _ = run("check", str(article), "--no-config", "--quiet")
    assert out.strip().startswith("Checked 1 file") and "LS001" not in out
    _, out, _ = run("check", str(article), "--no-config", "--quiet", "--statistics")
    assert any(line.split()[1] == "LS001" for line in out.splitlines() if line.strip() and line.split()[0].isdigit())


def test_verbose_shows_metrics(article: Path) -> None:
    _, out, _ = run("check", str(article), "--no-config", "--verbose")
    assert "flesch_reading_ease:" in out and "headline_number: 10" in out


def test_every_format_is_byte_for_byte_deterministic(tmp_path: Path, article: Path) -> None:
    for fmt in ("text", "json", "sarif", "junit", "github"):
        first = run("check", "water.md", "--no-config", "--format", fmt, cwd=tmp_path)[1]
        second = run("check", "water.md", "--no-config", "--format", fmt, cwd=tmp_path)[1]
        assert first == second and first, fmt


def test_github_annotations(tmp_path: Path, article: Path) -> None:
    _, out, _ = run("check", "water.md", "--no-config", "--format", "github", cwd=tmp_path)
    assert any(line.startswith("::error file=water.md,line=") and "title=LS001" in line for line in out.splitlines())
