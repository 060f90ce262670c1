"""Visible text of HTML elements: text_of (words only) and TextBuilder (words, source line
breaks, <br> offsets) walk the tree separately and must read the same words."""

from __future__ import annotations

import lxml.html
import pytest

from auditor.sources.html.text import TextBuilder, text_of

_CASES = [
    "<p>One  two\tthree</p>",
    "<p>\n  Wrapped\n  over three\n  lines\n</p>",
    "<p>Bold<b>joined</b>on <i>one</i> line</p>",
    "<p>A line<br>and the next<br><br>after a blank line</p>",
    "<div>Loose <p>a block</p>tail text<ul><li>item</li></ul>end</div>",
    "<p>Before<!-- a comment\nover lines -->after</p>",
    "<p>Text <script>var x = 'no\ntext';</script>goes on<style>p{}</style></p>",
    "<p>A <a\nhref='#'>link whose tag spans lines</a> here</p>",
    "<p>\u00a0Non-breaking\u00a0spaces\u2003and an em space</p>",
    "<li>Item <ul><li>nested</li></ul> rest</li>",
]


def _element(html: str) -> lxml.html.HtmlElement:
    root = lxml.html.document_fromstring(f"<html><body>\n{html}\n</body></html>")
    return root.find("body")[0]


@pytest.mark.parametrize("html", _CASES)
def test_text_of_reads_the_words_text_builder_reads(html: str) -> None:
    el = _element(html)
    builder = TextBuilder(el.sourceline or 1)
    builder.add_tree(el)
    assert text_of(el) == builder.value
    skip = frozenset({"ul", "p"})
    builder = TextBuilder(el.sourceline or 1)
    builder.add_tree(el, skip)
    assert text_of(el, skip) == builder.value


def test_line_breaks_fall_on_the_next_word_and_br_offsets_are_kept() -> None:
    el = _element("<p>one\ntwo<br>three\n\nfour</p>")
    builder = TextBuilder(el.sourceline or 1)
    builder.add_tree(el)
    assert builder.value == "one two three four"
    assert builder.breaks == [4, 14, 14]  # "two", then "four" after a blank line
    assert builder.brs == [7]
    assert builder.line == (el.sourceline or 1) + 3


def test_a_tag_spanning_lines_moves_the_line_without_a_space() -> None:
    el = _element("<p>ab<b\n>cd</b></p>")
    builder = TextBuilder(el.sourceline or 1)
    builder.add_tree(el)
    assert builder.value == "abcd"
    assert builder.breaks == [2]


def test_pieces_added_one_by_one_read_as_one_tree() -> None:
    el = _element("<p>Intro <b>bold</b>\nmore<br>last</p>")
    whole = TextBuilder(el.sourceline or 1)
    whole.add_tree(el)
    parts = TextBuilder(el.sourceline or 1)
    parts.add(el.text)
    for child in el:
        parts.sync(child.sourceline)
        if child.tag == "br":
            parts.br()
        else:
            parts.add_tree(child)
            parts.space = child.tag in ("p", "div")
        parts.add(child.tail)
    assert (parts.value, parts.breaks, parts.brs) == (whole.value, whole.breaks, whole.brs)
