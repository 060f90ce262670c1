"""GitHub annotations: one workflow command per finding, escaped like the runner."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

from auditor.model import FileResult
from auditor.output import RenderContext, get_writer
from auditor.output.github import command, escape_data, escape_property, render
from resultkit import finding

CTX = RenderContext(version="0.1.0")


RESULTS = [
    FileResult(
        path="posts/b.md",
        findings=(
            finding("LK003", "warning", 9, "Say where the link goes."),
            finding("HL001", "error", 1, "Headline promises 10 items; the article has 8.", column=3),
            finding("RD001", "info", 4, "Consider a shorter sentence."),
        ),
    ),
    FileResult(path="a.html", error="cannot read: Permission denied"),
    FileResult(path="clean.md"),
]


def test_github_lines_per_level() -> None:
    assert render(RESULTS, CTX).splitlines() == [
        "::error file=a.html,title=auditor::cannot read: Permission denied",
        "::error file=posts/b.md,line=1,col=3,title=HL001 hl001-rule::"
        "Headline promises 10 items; the article has 8.",
        "::notice file=posts/b.md,line=4,col=1,title=RD001 rd001-rule::Consider a shorter sentence.",
        "::warning file=posts/b.md,line=9,col=1,title=LK003 lk003-rule::Say where the link goes.",
    ]


def test_github_escape_data() -> None:
    assert escape_data("100% sure\r\nnext: a,b") == "100%25 sure%0D%0Anext: a,b"


def test_github_escape_property() -> None:
    assert escape_property("C:\\dir,x%\n") == "C%3A\\dir%2Cx%25%0A"
    # % first, so an existing escape is not decoded by the runner.
    assert escape_property("%3A") == "%253A"


def test_github_escaping_round_trips_like_the_runner() -> None:
    # The runner splits the properties at ',' and each at the first '=', then
    # unescapes; percent-decoding is equivalent for these five escapes.
    nasty_path = "dir,with:odd/100%.md"
    nasty_msg = "Line one\nline two: 50% off, really\r"
    line = command("warning", {"file": nasty_path, "title": "X1 a,b:c"}, nasty_msg)
    match = re.fullmatch(r"::(\w+) (.*?)::(.*)", line)
    assert match is not None and "\n" not in line and "\r" not in line
    props = dict(p.split("=", 1) for p in match.group(2).split(","))
    assert {k: unquote(v) for k, v in props.items()} == {"file": nasty_path, "title": "X1 a,b:c"}
    assert unquote(match.group(3)) == nasty_msg


def test_github_paths_relative_to_root(tmp_path: Path) -> None:
    result = FileResult(path=str(tmp_path / "art" / "x.md"), findings=(finding("HL001", "error", 2),))
    out = render([result], RenderContext(version="0", extra={"root": tmp_path}))
    assert out.startswith("::error file=art/x.md,line=2,col=1,")


def test_github_empty_output_when_clean() -> None:
    assert render([FileResult(path="a.md")], CTX) == ""


def test_github_render_is_deterministic() -> None:
    assert render(RESULTS, CTX) == render(list(reversed(RESULTS)), CTX)


def test_github_is_registered_as_writer() -> None:
    assert get_writer("github") is render
