"""`auditor check --fix / --diff / --unsafe-fixes`: safe fixes, byte for byte."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from auditor.api import default_settings
from auditor.fix.edits import Edit, FixOptions, apply_edits
from auditor.fix.run import fix_text
from auditor.rulepacks import RulePackError, _rule_from_table, load_rules

GAP = (
    "# 4 Ways to Save Water at Home This Summer\r\n"
    "\r\n"
    "Water bills rise every summer, and most households waste more than they think.\r\n"
    "\r\n"
    "## 1. Fix leaks\r\n"
    "\r\n"
    "A dripping tap wastes litres   every day.\r\n"
    "\r\n"
    "## 2. Take shorter showers\r\n"
    "\r\n"
    "Four minutes is enough.\r\n"
    "\r\n"
    "## 4. Water at night\r\n"
    "\r\n"
    "Evaporation is lowest after dark.\r\n"
    "\r\n"
    "## 4. Collect rain\r\n"
    "\r\n"
    "A barrel fills after one storm.\r\n"
)


# GAP once fixed: renumbered, and its one double space (RD012) collapsed.
FIXED = GAP.replace("## 4. Water", "## 3. Water").replace("litres   every", "litres every")


def _without(*rule_ids: str) -> object:
    settings = default_settings()
    return replace(settings, rules=tuple(r for r in settings.rules if r.id not in rule_ids))


def _fix(text: str, path: str = "a.md", settings: object = None, **options: object) -> str:
    outcome = fix_text(text, path, settings or default_settings(), FixOptions(**options))  # type: ignore[arg-type]
    assert outcome.error is None
    return outcome.fixed


def test_renumbering_changes_only_the_numbers() -> None:
    fixed = _fix(GAP, settings=_without("RD012"))
    assert fixed == GAP.replace("## 4. Water", "## 3. Water")  # CRLF, spacing: all kept
    assert _fix(fixed, settings=_without("RD012")) == fixed  # nothing left to do
    assert _fix(GAP) == FIXED  # with RD012 on, the double space goes too


def test_countdown_and_section_restarts_are_left_alone() -> None:
    countdown = "# 3 Best Films of the Year Ranked\n\nOur critics ranked the year's films.\n\n## 3. Alpha\n\nGood.\n\n## 2. Beta\n\nBetter.\n\n## 1. Gamma\n\nBest.\n"
    assert _fix(countdown) == countdown
    slipped = countdown.replace("## 3. Alpha", "## 5. Alpha")  # 5, 2, 1: a countdown with a gap
    assert _fix(slipped) == countdown  # renumbered as a countdown, 3, 2, 1
    sections = ("# 4 Toys for Babies and Toddlers This Year\n\nToys we tested with families.\n\n"
                "## For babies\n\n### 1. Rattle\n\nLoud.\n\n### 2. Blocks\n\nSoft.\n\n"
                "## For toddlers\n\n### 1. Bike\n\nFast.\n\n### 2. Puzzle\n\nHard.\n")
    assert _fix(sections) == sections  # numbering restarts under a new section: fine


def test_html_rel_and_punctuation_fixes() -> None:
    page = (
        '<html lang="en"><head><title>Tips</title></head><body><article>\n'
        "<h1>Three Tips for Better Sleep at Home.</h1>\n"
        "<p>Sleep matters more than most people think, and small habits help.</p>\n"
        '<p>See <a href="https://example.com/report" target="_blank">the report</a> and\n'
        '<a href="https://example.com/other" target="_blank" rel="external">the other one</a>.</p>\n'
        '<p>Buy <a href="https://www.amazon.com/dp/B0C1234567?tag=mysite-20">AirPods</a>.</p>\n'
        "<h2>Conclusion: what helps.</h2>\n<p>Sleep.</p>\n"
        "</article></body></html>\n"
    )
    # LK008 is off by default (browsers imply noopener): a newsroom that wants it turns it on.
    lk008 = next(r for r in load_rules() if r.id == "LK008")
    settings = replace(default_settings(), rules=(*default_settings().rules, replace(lk008, enabled=True)))
    fixed = fix_text(page, "a.html", settings, FixOptions()).fixed
    assert "<h1>Three Tips for Better Sleep at Home</h1>" in fixed
    assert '<a href="https://example.com/report" target="_blank" rel="noopener">' in fixed
    assert 'rel="external noopener"' in fixed
    assert '<a href="https://www.amazon.com/dp/B0C1234567?tag=mysite-20" rel="sponsored">' in fixed
    assert "<h2>Conclusion: what helps</h2>" in fixed
    # Every other character is where it was.
    restored = (fixed.replace(' rel="noopener"', "").replace(" noopener", "").replace(' rel="sponsored"', "")
                .replace("at Home</h1>", "at Home.</h1>").replace("helps</h2>", "helps.</h2>"))
    assert restored == page


def test_https_only_for_configured_hosts() -> None:
    text = ("# A Short Guide to Our Water Partners Today\n\nRead [the guide](http://www.example.com/guide) "
            "and [the other](http://other.org/x) before you start.\n")
    assert _fix(text) == text  # no hosts configured: nothing changes
    fixed = _fix(text, https_hosts=("example.com",))
    assert "(https://www.example.com/guide)" in fixed and "(http://other.org/x)" in fixed


def test_headline_number_only_with_unsafe_fixes() -> None:
    text = GAP.replace("# 4 Ways", "# 5 Ways")
    assert _fix(text).startswith("# 5 Ways")
    assert _fix(text, unsafe=True).startswith("# 4 Ways")


def test_overlapping_edits_wait_for_the_next_pass() -> None:
    edits = [Edit(0, 3, "x", "R1", 1, ""), Edit(1, 2, "y", "R2", 1, ""), Edit(5, 5, "a", "R3", 1, ""),
             Edit(5, 5, "b", "R4", 1, "")]
    assert apply_edits("abcdefg", edits) == "xdeafg"


def test_plain_text_gets_only_the_markup_free_fixes_and_parse_errors_none() -> None:
    settings = default_settings()
    gap = "4 Ways to Save\n\n1. A\n\n3. B  and C\n"
    outcome = fix_text(gap, "a.txt", settings, FixOptions())
    assert outcome.fixed == gap.replace("B  and", "B and")  # the spaces, not the numbering
    assert fix_text(gap, "a.txt", _without("RD012"), FixOptions()).error  # nothing that applies to text
    broken = "---\ntitle: [unclosed\n---\n" + GAP
    outcome = fix_text(broken, "a.md", settings, FixOptions())
    assert outcome.error and "YAML" in outcome.error and not outcome.changed


def test_rules_declare_fixability() -> None:
    by_id = {r.id: r for r in load_rules()}
    assert {i for i, r in by_id.items() if r.fix == "safe"} == {
        "LS003", "LS004", "LS005", "LK005", "LK008", "LK011", "HD006", "HL009", "RD012"}
    assert by_id["LS001"].fix == "unsafe" and by_id["LK001"].fix is None
    table = {"id": "XX001", "name": "x", "category": "links", "level": "info", "check": "links.insecure",
             "message": "m", "fix": "maybe"}
    with pytest.raises(RulePackError, match="fix: expected one of safe, unsafe"):
        _rule_from_table(table, Path("house.toml"), 0)


# ---------------------------------------------------------------- the command line


def _cli(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "auditor.cli", *args], capture_output=True, cwd=cwd,
                          input=stdin, timeout=120)


def test_cli_fix_rewrites_the_named_file_and_reports_what_remains(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_bytes(GAP.encode())
    (tmp_path / "sibling.md").write_bytes(GAP.encode())
    run = _cli("check", "a.md", "--fix", "--no-color", cwd=tmp_path)
    assert (tmp_path / "a.md").read_bytes() == FIXED.encode()
    assert (tmp_path / "sibling.md").read_bytes() == GAP.encode()  # not named: not touched
    assert b"Fixed a.md: LS003, RD012" in run.stderr
    assert b"LS003" not in run.stdout and b"LS004" not in run.stdout  # re-audited after the fix
    assert b"Checked 1 file" in run.stdout


def test_cli_diff_shows_and_does_not_write(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_bytes(GAP.encode())
    run = _cli("check", "a.md", "--diff", cwd=tmp_path)
    assert run.returncode == 1
    assert b"-## 4. Water at night\r\n+## 3. Water at night\r\n" in run.stdout
    assert (tmp_path / "a.md").read_bytes() == GAP.encode()
    assert b"-A dripping tap wastes litres   every day.\r\n+A dripping tap wastes litres every day.\r\n" in run.stdout
    (tmp_path / "a.md").write_bytes(FIXED.encode())
    clean = _cli("check", "a.md", "--diff", cwd=tmp_path)
    assert clean.returncode == 0 and clean.stdout == b""


def test_cli_never_writes_stdin_or_a_file_that_does_not_parse(tmp_path: Path) -> None:
    broken = ("---\ntitle: [unclosed\n---\n" + GAP).encode()
    (tmp_path / "broken.md").write_bytes(broken)
    run = _cli("check", "broken.md", "--fix", cwd=tmp_path)
    assert run.returncode == 2 and (tmp_path / "broken.md").read_bytes() == broken
    assert b"invalid YAML front matter" in run.stderr and b"Traceback" not in run.stderr
    piped = _cli("check", "-", "--fix", "--format-in", "markdown", cwd=tmp_path, stdin=GAP.encode())
    assert b"standard input is never fixed" in piped.stderr
    assert b"LS003" in piped.stdout  # still audited


def test_cli_https_hosts_from_config(tmp_path: Path) -> None:
    (tmp_path / ".auditor.toml").write_text('https-hosts = ["example.com"]\n', encoding="utf-8")
    text = "# A Short Guide to Our Water Partners Today\n\nRead [the guide](http://example.com/guide) first.\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    _cli("check", "a.md", "--fix", cwd=tmp_path)
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == text.replace("http://", "https://")


def test_rules_command_shows_fixability(tmp_path: Path) -> None:
    out = _cli("rules", cwd=tmp_path).stdout.decode()
    ls003 = next(line for line in out.splitlines() if line.startswith("LS003"))
    ls001 = next(line for line in out.splitlines() if line.startswith("LS001"))
    assert ls003.rstrip().endswith("fix") and ls001.rstrip().endswith("fix*")


# ---------------------------------------------------------------- double spaces (RD012)


def test_double_spaces_collapse_in_markdown_keeping_code_breaks_and_alignment() -> None:
    text = ("# Seven  Ways to Save Water\r\n\r\nFix taps first.  A drip wastes   water.  \r\n"
            "Then `x  y` and [a  link](https://example.com \"t  t\").\r\n\r\n"
            "- one  item\r\n\r\n```\r\ncode   block\r\n```\r\n\r\n| a  | b |\r\n|---|---|\r\n")
    fixed = _fix(text)
    assert fixed == (text.replace("Seven  Ways", "Seven Ways").replace("first.  A", "first. A")
                     .replace("wastes   water", "wastes water").replace("[a  link]", "[a link]")
                     .replace("one  item", "one item"))
    assert "water.  \r\n" in fixed  # Markdown's hard line break stays


def test_double_spaces_in_html_drop_only_non_breaking_spaces() -> None:
    page = ('<html lang="en"><head><title>Tips</title></head><body><article>\n'
            "<h1>Five ways   to save water</h1>\n"
            '<p data-x="a&nbsp;&nbsp;b">Fix the taps first.&nbsp; A slow   drip <b>wastes</b> &#160;water\n'
            "   every week.&nbsp;&nbsp;Plumbers say it takes ten minutes.</p>\n"
            "<pre>code&nbsp;&nbsp; here</pre>\n"
            "<p>Ten&nbsp;\u00a0km away, <code>x&nbsp; y</code>, end &nbsp;<br>&nbsp; indented.</p>\n"
            "</article></body></html>\n")
    fixed = _fix(page, "a.html")
    assert fixed == (page.replace("first.&nbsp; A", "first. A").replace("</b> &#160;water", "</b> water")
                     .replace("week.&nbsp;&nbsp;Plumbers", "week.&nbsp;Plumbers")
                     .replace("Ten&nbsp;\u00a0km", "Ten&nbsp;km"))


def test_cli_fix_and_diff_collapse_double_spaces_in_text(tmp_path: Path) -> None:
    text = "Seven ways to save water\n\nFix taps first.  A drip wastes   water.\n\nName    Age\nBob     12\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    diff = _cli("check", "a.txt", "--diff", cwd=tmp_path)
    assert b"-Fix taps first.  A drip wastes   water.\n+Fix taps first. A drip wastes water.\n" in diff.stdout
    assert b"-Name" not in diff.stdout and b"-Bob" not in diff.stdout  # a table typed with spaces is alignment
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == text
    run = _cli("check", "a.txt", "--fix", cwd=tmp_path)
    assert b"Fixed a.txt: RD012 \xc3\x972" in run.stderr and b"RD012" not in run.stdout
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == text.replace("first.  A drip wastes   water",
                                                                            "first. A drip wastes water")


# ---------------------------------------------------------------- fixability shown


def test_text_output_marks_fixable_findings_and_counts_them(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_bytes(GAP.replace("# 4 Ways", "# 5 Ways").encode())
    out = _cli("check", "a.md", "--no-color", cwd=tmp_path).stdout.decode()
    lines = out.splitlines()
    assert any(line.startswith("a.md:13:1 error   LS003 [*] ") for line in lines)
    assert any(line.startswith("a.md:7:29 info    RD012 [*] 3 spaces") for line in lines)
    ls001 = next(line for line in lines if " LS001 " in line)
    assert "[*]" not in ls001  # unsafe: not marked, counted apart
    assert lines[-1] == "[*] 3 fixable with `auditor check --fix` · 1 more with `--fix --unsafe-fixes`."
    fixed = _cli("check", "a.md", "--fix", "--unsafe-fixes", "--no-color", cwd=tmp_path).stdout.decode()
    assert "[*]" not in fixed and "fixable" not in fixed


def test_fix_mode_follows_format_and_configuration() -> None:
    from auditor.fix import fix_mode

    by_id = {r.id: r for r in load_rules()}
    assert fix_mode(by_id["LS003"], "markdown") == "safe" and fix_mode(by_id["LS003"], "text") is None
    assert fix_mode(by_id["RD012"], "text") == "safe" and fix_mode(by_id["RD012"], "docx") is None
    assert fix_mode(by_id["LS001"], "html") == "unsafe"
    assert fix_mode(by_id["LK005"], "html") is None  # only for hosts listed in https-hosts
    assert fix_mode(by_id["LK001"], "html") is None


def test_explain_and_report_show_the_fix(tmp_path: Path) -> None:
    explained = _cli("explain", "RD012", cwd=tmp_path).stdout.decode()
    assert "Automatic fix\n    `auditor check --fix` collapses the run to one space" in explained
    assert "(safe: it cannot change the meaning)" in explained
    assert "needs --unsafe-fixes" in _cli("explain", "LS001", cwd=tmp_path).stdout.decode()
    assert "Automatic fix" not in _cli("explain", "LK001", cwd=tmp_path).stdout.decode()
    (tmp_path / "a.md").write_bytes(GAP.replace("# 4 Ways", "# 5 Ways").encode())
    _cli("report", "a.md", "-o", "out", cwd=tmp_path)
    page = next((tmp_path / "out" / "articles").glob("a*.html")).read_text(encoding="utf-8")
    assert page.count('title="auditor check --fix fixes this">fixable</span>') == 3  # LS003, LS004, RD012
    assert page.count(">fixable with --unsafe-fixes</span>") == 1  # LS001
    rules_page = (tmp_path / "out" / "rules.html").read_text(encoding="utf-8")
    assert rules_page.count("badge--fix") >= 9
