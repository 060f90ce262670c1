"""Fuzz targets for every parser and the whole engine (hypothesis).

A bounded run here, in every `make test`; `make fuzz` runs the same targets far
longer (HYPOTHESIS_PROFILE=fuzz) and bench/fuzz_inputs.py mutates real pages.
Properties: ``audit`` never raises, never reports an internal error, and every
finding points inside the file (a line that exists, a column within it or one past).
"""

from __future__ import annotations

import re

import os

from hypothesis import HealthCheck, example, given, settings, strategies as st

from auditor.api import audit

settings.register_profile("ci", max_examples=60, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=20_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

HTML_BITS = ["<h1>", "</h1>", "<h2>", "</h2>", "<p>", "</p>", "<article>", "</article>", "<img src=a.jpg>",
             "<img alt=''>", "<a href='http://x'>", "<a href='javascript:x'>", "</a>", "<ol>", "<li>", "</ol>",
             "<br>", "<figure>", "<figcaption>Photo: AP</figcaption>", "</figure>", "<!-- auditor-disable -->",
             "<script>x</script>", "<meta name=robots content=noindex>", "<title>t</title>", "&amp;", "&#0;",
             "\x00", "\ud7ff", "1. ", "10 Ways to ", "\n", " ", "word ", "Sentence. ", "<b>1. Lead</b>",
             "<div class=share>", "</div>", "<h3>#2</h3>", "\u200b", "<", ">", "\"", "'", "=", "é"]
MD_BITS = ["# ", "## ", "1. ", "2) ", "- ", "* ", "**", "_", "[link](", "http://x", ")", "![alt](a.png)",
           "![](b.png)", "---\n", "title: x\n", "<!-- auditor-disable-next-line LK001 -->", "```", "> ", "\n",
           "\n\n", " ", "word ", "Sentence. ", "<img data-src=x.jpg>", "|a|b|\n|-|-|\n", "7 Ways to ", "\t",
           "\\", "[^1]", "é", "\ufeff"]
TEXT_BITS = ["1. ", "2) ", "#3 ", "No. 4 ", "Step 5: ", "\n", "\n\n", "word ", "Sentence. ", "Photo: AP\n",
             "http://x.example ", "10 Ways to ", "CLICK HERE", "  ", "\r\n", "é", "\x0c", "One:", "First,"]


def text_from(bits: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(st.sampled_from(bits), st.text(max_size=8)), max_size=120).map("".join)


def check_result(data: str, path: str) -> None:
    raw = data.encode("utf-8", "surrogatepass")
    result = audit(raw, path)
    assert not (result.error or "").startswith("internal error"), result.error
    # Markdown and plain text count a lone CR as a line break, as editors (and LSP) do;
    # HTML positions follow the source's LF lines, as libxml2 reports them.
    lines = raw.split(b"\n") if path.endswith(".html") else re.split(rb"\r\n|\r|\n", raw)
    for finding in result.findings:
        assert 1 <= finding.line <= len(lines) + 1, (finding.rule, finding.line, len(lines))
        if finding.line <= len(lines):
            width = len(lines[finding.line - 1].decode("utf-8", "replace"))
            assert 1 <= finding.column <= width + 2, (finding.rule, finding.line, finding.column, width)


@given(text_from(HTML_BITS))
def test_html_parser_and_engine(data: str) -> None:
    check_result(data, "fuzz.html")


@given(text_from(MD_BITS))
def test_markdown_parser_and_engine(data: str) -> None:
    check_result(data, "fuzz.md")


@given(text_from(TEXT_BITS))
@example("1. \r0  1. ")  # a double space after a lone CR: RD012 counted lines at LF only
def test_text_parser_and_engine(data: str) -> None:
    check_result(data, "fuzz.txt")


@given(st.binary(max_size=600), st.sampled_from(["f.html", "f.md", "f.txt", "f"]))
def test_any_bytes_under_any_name(data: bytes, path: str) -> None:
    result = audit(data, path)
    assert not (result.error or "").startswith("internal error"), result.error
