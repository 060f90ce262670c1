"""Issue 14: hostile front matter and configuration. Every row of the issue's table,
with its exact input: a one-line error (exit 2) or a clean result, never a traceback,
no runaway memory, no lost output."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from auditor.cli import main

ARTICLE = "# 7 Ways to Sleep Better Tonight and Every Night\n\nSleep well. Rest is good for you.\n"
BOMB = (
    'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(f"a{i}: &a{i} [{','.join(['*a' + str(i - 1)] * 9)}]\n" for i in range(1, 8))
)


def _run(args: list[str], cwd: Path) -> Result:
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, args, catch_exceptions=False)
    finally:
        os.chdir(old)


def _one_line_error(result: Result, *parts: str) -> str:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("auditor: error:")]
    assert lines, result.stderr
    for part in parts:
        assert part in lines[0], lines[0]
    return lines[0]


def _limited_cli(args: list[str], cwd: Path, memory_mb: int = 1024, cpu_s: int = 60) -> subprocess.CompletedProcess[str]:
    """The CLI in a subprocess under an address-space ceiling: the assertion is on
    the audit, not on the test process's memory."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 2**20, memory_mb * 2**20))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s))

    return subprocess.run(
        [sys.executable, "-m", "auditor.cli", *args], cwd=cwd, capture_output=True, text=True,
        preexec_fn=limit, timeout=cpu_s * 2, check=False,
    )


# --- front matter --------------------------------------------------------------------


def test_lone_surrogate_title_loses_no_output(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text('---\ntitle: "\\ud800x"\n---\n\nSome text.\n', encoding="utf-8")
    (tmp_path / "b.md").write_text(ARTICLE, encoding="utf-8")
    result = _run(["check", "--no-config", "a.md", "b.md", "--format", "json", "-o", "out.json"], tmp_path)
    _one_line_error(result, "a.md: invalid YAML front matter: \\ud800 is a lone surrogate")
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [f["path"] for f in data["files"]] == ["a.md", "b.md"]
    assert data["files"][1]["error"] is None and data["files"][1]["headline"] == "7 Ways to Sleep Better Tonight and Every Night"


@pytest.mark.parametrize("key", ["title", "keywords"])
def test_alias_bomb_is_refused_fast_and_small(tmp_path: Path, key: str) -> None:
    (tmp_path / "bomb.md").write_text(f"---\n{BOMB}{key}: *a7\n---\n\n# Title\n\nText.\n", encoding="utf-8")
    # Fast means within a CPU-time ceiling (the process is killed past it), not a wall
    # clock that measures the machine's other jobs.
    proc = _limited_cli(["check", "--no-config", "bomb.md", "--format", "json", "-o", "out.json"], tmp_path,
                        memory_mb=1024, cpu_s=20)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and "MemoryError" not in proc.stderr
    assert "bomb.md: invalid YAML front matter: aliases (*a0) are not allowed (line 3)" in proc.stderr
    assert json.loads((tmp_path / "out.json").read_text())["files"][0]["error"]


def test_python_tags_build_no_objects(tmp_path: Path) -> None:
    (tmp_path / "t.md").write_text(
        "---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\n\nText.\n", encoding="utf-8"
    )
    result = _run(["check", "--no-config", "t.md"], tmp_path)
    _one_line_error(result, "t.md: invalid YAML front matter", "python/object/apply")


# --- configuration files -------------------------------------------------------------


def _config(tmp_path: Path, name: str, body: str | bytes) -> Result:
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    target = tmp_path / name
    if isinstance(body, bytes):
        target.write_bytes(body)
    else:
        target.write_text(body, encoding="utf-8")
    return _run(["check", "a.md"], tmp_path)


def test_auditor_toml_that_is_not_utf8(tmp_path: Path) -> None:
    result = _config(tmp_path, ".auditor.toml", b'lang = "en"\n# caf\xff\n')
    _one_line_error(result, ".auditor.toml: not UTF-8 text (byte 17)")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("overrides = 5\n", "overrides: expected an array of tables ([[...]]), got 5"),
        ("tool = 5\n", "tool: expected a [tool.auditor] table, got 5"),
        ('tool = "auditor"\n', 'tool: expected a [tool.auditor] table, got "auditor"'),
    ],
)
def test_dot_auditor_toml_wrong_shapes(tmp_path: Path, body: str, expected: str) -> None:
    _one_line_error(_config(tmp_path, ".auditor.toml", body), ".auditor.toml: " + expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("[tool]\nauditor = 5\n", "tool.auditor: expected a table, got 5"),
        ("[tool]\nauditor = [1, 2]\n", "tool.auditor: expected a table, got a list"),
    ],
)
def test_pyproject_wrong_shapes(tmp_path: Path, body: str, expected: str) -> None:
    _one_line_error(_config(tmp_path, "pyproject.toml", body), "pyproject.toml: " + expected)


def test_pyproject_with_tool_string(tmp_path: Path) -> None:
    # Found upward, someone else's pyproject without [tool.auditor] is not ours: audited.
    result = _config(tmp_path, "pyproject.toml", 'tool = "x"\n')
    assert result.exit_code in (0, 1) and "Traceback" not in result.stderr
    # Named with --config it must be an auditor config: a clear error.
    named = _run(["check", "--config", "pyproject.toml", "a.md"], tmp_path)
    _one_line_error(named, 'pyproject.toml: tool: expected a [tool.auditor] table, got "x"')


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('[rules.HL002]\nmessage = "{max:>1000000000}"\n', "rules.HL002.message: placeholder {max:>1000000000}: format spec not allowed"),
        ('[rules.HL002]\nmessage = "{length.__class__.__mro__}"\n', "rules.HL002.message: placeholder {length.__class__.__mro__}: only plain names"),
        ('[rules.HL002]\nmessage = "{length[0]}"\n', "rules.HL002.message: placeholder {length[0]}: only plain names"),
        ('[rules.HL002]\nmessage = "{length!r}"\n', "rules.HL002.message: placeholder {length!r}: conversions are not allowed"),
        ('[rules.headline-length]\nmax = "seventy"\n', 'rules.headline-length.max: expected an integer of at least 1, got "seventy"'),
        ("selector = 5\n", "selector: expected a string, got 5"),
        ('selector = "p[["\n', 'selector: invalid CSS selector "p[["'),
        ("site-url = 5\n", "site-url: expected an http:// or https:// URL, got 5"),
        ('site-url = ["a"]\n', "site-url: expected an http:// or https:// URL, got a list"),
        ("min-score = true\n", "min-score: expected an integer from 0 to 100, got true"),
        ("min-score = 101\n", "min-score: expected an integer from 0 to 100, got 101"),
        ('[rules.HL002]\nenabled = "false"\n', 'rules.HL002.enabled: expected true or false, got "false"'),
        ('[rules.HL002]\nlevel = "fatal"\n', 'rules.HL002.level: expected one of error, warning, info, got "fatal"'),
        ('[rules.headline-lenght]\nmax = 3\n', 'rules.headline-lenght: unknown rule (did you mean "headline-length"?)'),
        ('fail-on = "sometimes"\n', 'fail-on: expected one of "error", "warning", "info", "never", got "sometimes"'),
        ('lang = "english please"\n', "lang: expected a string matching"),
        ('colour = "red"\n', "colour: unknown key"),
        ('[[overrides]]\nignore = ["LK011"]\n', "overrides[0].paths: required"),
        ('[[overrides]]\npaths = ["[z-a]"]\n', 'overrides[0].paths: invalid glob "[z-a]"'),
        ('exclude = ["[z-a]"]\n', 'exclude: invalid glob "[z-a]"'),
        ('rule-docs-url = "https://x.test/{id.__class__}"\n', "rule-docs-url: placeholder {id.__class__}: only plain names"),
        ('rule-docs-url = "https://x.test/{id:>999999}"\n', "rule-docs-url: placeholder {id:>999999}"),
        ('rule-docs-url = "https://x.test/{path}"\n', "rule-docs-url: placeholder {path}: use {id} or {name}"),
        ('[[overrides]]\npaths = ["x/**"]\n[overrides.rules.HL002]\nmaxx = 3\n', 'overrides[0].rules.HL002.maxx: unknown key (did you mean "max"?)'),
    ],
)
def test_bad_settings_are_one_line_errors(tmp_path: Path, body: str, expected: str) -> None:
    _one_line_error(_config(tmp_path, ".auditor.toml", body), ".auditor.toml: " + expected)


def test_pyproject_errors_name_the_full_key_path(tmp_path: Path) -> None:
    result = _config(tmp_path, "pyproject.toml", "[tool.auditor.rules.HL002]\nmax = 1.5\n")
    _one_line_error(result, "pyproject.toml: tool.auditor.rules.HL002.max: expected an integer of at least 1, got 1.5")


def test_config_error_comes_before_any_article(tmp_path: Path) -> None:
    (tmp_path / "bad.md").write_bytes(b"")  # would be an error of its own if it were read
    result = _config(tmp_path, ".auditor.toml", "min-score = true\n")
    assert "a.md" not in result.stderr and "bad.md" not in result.stderr
    assert result.stdout == ""


# --- rule packs ----------------------------------------------------------------------

HOUSE = """[[rule]]
id = "HL901"
name = "house-banned"
category = "headline"
level = "warning"
check = "text.phrases"
message = "Avoid {phrase}."
"""


def _pack(tmp_path: Path, body: str | bytes) -> Result:
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    pack = tmp_path / "house"
    pack.mkdir(exist_ok=True)
    target = pack / "rules.toml"
    if isinstance(body, bytes):
        target.write_bytes(body)
    else:
        target.write_text(body, encoding="utf-8")
    return _run(["check", "--no-config", "--rules", "house", "a.md"], tmp_path)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (HOUSE.encode() + b"# \xff\n", "rules.toml: not UTF-8 text"),
        ("rule = [1, 2]\n", "rules.toml: rule[0]: expected a [[rule]] table, got 1"),
        ('rule = ["a", "b"]\n', 'rules.toml: rule[0]: expected a [[rule]] table, got "a"'),
        (HOUSE + 'params = "x"\n', 'rule HL901: params: expected a table, got "x"'),
        (HOUSE + "params = [1]\n", "rule HL901: params: expected a table, got a list"),
        (HOUSE + "params = 5\n", "rule HL901: params: expected a table, got 5"),
        (HOUSE + 'doc = "x"\n', 'rule HL901: doc: expected a [rule.doc] table, got "x"'),
        (HOUSE + "doc = [1]\n", "rule HL901: doc: expected a [rule.doc] table, got a list"),
        (HOUSE + "doc = 5\n", "rule HL901: doc: expected a [rule.doc] table, got 5"),
        (HOUSE + '[rule.params]\nphrase = ["slams"]\n', 'rule HL901: params.phrase: unknown key (did you mean "phrases"?)'),
        (HOUSE + '[rule.params]\nscope = "headlines"\n', 'rule HL901: params.scope: expected one of "headline",'),
        (HOUSE.replace('"text.phrases"', '"text.phrase"'), 'rule HL901: check: unknown check kind "text.phrase" (did you mean "text.phrases"?)'),
        (HOUSE + '[rule.params]\nphrases = ["(a"]\nregex = true\n', 'rule HL901: params.phrases: invalid regular expression "(a"'),
        (HOUSE + '[rule.params]\nphrases = ["(a"]\n', ""),  # a literal phrase: no regex to check
        (HOUSE.replace('level = "warning"', 'level = "fatal"'), 'rule HL901: level: expected one of error, warning, info, got "fatal"'),
        (HOUSE + "colour = 1\n", "rule HL901: colour: unknown key"),
        (HOUSE.replace('id = "HL901"', 'id = "HL 901\\n::error"'), "id: expected letters then digits"),
        (HOUSE.replace('name = "house-banned"', 'name = "House Banned"'), 'name: expected a kebab-case name such as house-banned-words, got "House Banned"'),
    ],
)
def test_bad_packs_are_one_line_errors(tmp_path: Path, body: str | bytes, expected: str) -> None:
    result = _pack(tmp_path, body)
    if expected:
        _one_line_error(result, expected)
    else:
        assert result.exit_code in (0, 1) and "Traceback" not in result.stderr


def test_invalid_regex_in_pack_is_a_load_error(tmp_path: Path) -> None:
    body = HOUSE.replace('"text.phrases"', '"images.alt_filename"') + '[rule.params]\npatterns = ["(unclosed"]\n'
    _one_line_error(_pack(tmp_path, body), 'rule HL901: params.patterns: invalid regular expression "(unclosed"')


def test_nested_quantifier_regex_is_stopped_with_a_finding(tmp_path: Path) -> None:
    body = HOUSE + '[rule.params]\nphrases = ["(a|aa)+$"]\nregex = true\nwhole_word = false\nscope = "paragraphs"\n'
    (tmp_path / "a.md").write_text("# Title here\n\n" + "a" * 40 + "!\n", encoding="utf-8")
    pack = tmp_path / "house"
    pack.mkdir()
    (pack / "rules.toml").write_text(body, encoding="utf-8")
    proc = _limited_cli(["check", "--no-config", "--rules", "house", "a.md", "--format", "json", "--select", "HL901"],
                        tmp_path, cpu_s=15)
    (finding,) = json.loads(proc.stdout)["files"][0]["findings"]
    assert finding["rule"] == "HL901" and finding["level"] == "error"
    assert "pattern took over 1 s on this article and was stopped" in finding["message"]
    assert finding["excerpt"].endswith("(a|aa)+$))(?!\\w))") or "(a|aa)+$" in finding["excerpt"]


def test_simple_nested_quantifier_on_an_ordinary_article_finishes(tmp_path: Path) -> None:
    body = HOUSE + '[rule.params]\nphrases = ["(a+)+$"]\nregex = true\n'
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "rules.toml").write_text(body, encoding="utf-8")
    proc = _limited_cli(["check", "--no-config", "--rules", "house", "a.md"], tmp_path, cpu_s=15)
    assert proc.returncode in (0, 1), proc.stderr


# --- every writer survives a string UTF-8 cannot carry ---------------------------------


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github"])
def test_every_writer_survives_an_undecodable_file_name(tmp_path: Path, fmt: str) -> None:
    # A file name with a byte that is not UTF-8 reaches Python as a lone surrogate.
    (tmp_path / os.fsdecode(b"bad\xff.md")).write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.md").write_text(ARTICLE, encoding="utf-8")
    result = _run(["check", "--no-config", ".", "--format", f"{fmt}=out.{fmt}", "--format", "text"], tmp_path)
    assert result.exit_code in (0, 1), result.output
    written = (tmp_path / f"out.{fmt}").read_bytes()
    written.decode("utf-8")  # valid UTF-8
    assert b"b.md" in written and b"bad" in written
    assert "bad\ufffd.md" in result.stdout


def test_baseline_round_trips_an_undecodable_file_name(tmp_path: Path) -> None:
    (tmp_path / os.fsdecode(b"bad\xff.md")).write_text(ARTICLE, encoding="utf-8")
    created = _run(["baseline", "create", "--no-config", ".", "-o", "base.json"], tmp_path)
    assert created.exit_code == 0, created.output
    json.loads((tmp_path / "base.json").read_bytes())
    again = _run(["check", "--no-config", ".", "--baseline", "base.json", "--format", "json"], tmp_path)
    assert json.loads(again.stdout)["summary"]["warnings"] == 0


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('profile = "strikt"\n', ".auditor.toml: profile: unknown profile 'strikt': choose one of default,"),
        ('ignore = ["ZZ999"]\n', ".auditor.toml: ignore: unknown rule, category or prefix 'ZZ999'"),
        ('select = ["headlines"]\n', ".auditor.toml: select: unknown rule, category or prefix 'headlines'"),
    ],
)
def test_selectors_and_profiles_name_the_file_and_key(tmp_path: Path, body: str, expected: str) -> None:
    _one_line_error(_config(tmp_path, ".auditor.toml", body), expected)


def test_cli_selectors_name_the_option(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    _one_line_error(_run(["check", "--no-config", "--ignore", "ZZ999", "a.md"], tmp_path),
                    "auditor: error: --ignore: unknown rule, category or prefix 'ZZ999'")


def test_a_key_with_a_line_break_keeps_the_error_on_one_line(tmp_path: Path) -> None:
    result = _config(tmp_path, ".auditor.toml", '[rules."HL\\n002"]\nmax = 3\n')
    line = _one_line_error(result, 'rules.HL\\n002: unknown rule (did you mean "HL002"?)')
    assert result.stderr.count("\n") == 1 and line.endswith('"HL002"?)')


def test_broken_pyproject_is_an_error_only_when_it_is_ours(tmp_path: Path) -> None:
    (tmp_path / "theirs").mkdir()
    (tmp_path / "ours").mkdir()
    theirs = _config(tmp_path / "theirs", "pyproject.toml", b"[project]\nname = 'caf\xff'\n")
    assert theirs.exit_code in (0, 1) and "Traceback" not in theirs.stderr
    ours = _config(tmp_path / "ours", "pyproject.toml", b"[tool.auditor]\nlang = 'caf\xff'\n")
    _one_line_error(ours, "pyproject.toml: not UTF-8 text (byte 26)")
