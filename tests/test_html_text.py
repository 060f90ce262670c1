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
    '<h2><span class="d-block">Transport</span><span>City <b>Council</b></span></h2>',
    '<h2><span style="display: block">Kicker</span><em style="color:red">Title</em>tail</h2>',
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


# A kicker and a title the markup sets apart read as two parts; a word split over inline
# tags stays one word. (Framework classes: Bootstrap's d-block/d-flex, Tailwind's block/
# flex/grid, Bulma's is-block, Tachyons' db; the display values of CSS Display 3.)
@pytest.mark.parametrize("html, text", [
    ('<h2><span class="d-block">Transport</span><span>City Council votes</span></h2>',
     "Transport City Council votes"),
    ('<h2><span class="kicker block">Transport</span><span>City Council votes</span></h2>',
     "Transport City Council votes"),
    ('<h2><span style="font-weight:700;display:block">Transport</span><span>City Council</span></h2>',
     "Transport City Council"),
    ('<h2><a href="/t" style="display:flex">Transport</a>City Council</h2>', "Transport City Council"),
    ('<div>Open<dialog>Sign up</dialog></div>', "Open Sign up"),
    # The children of a flex or grid container are boxes of their own.
    ('<h2 class="d-flex align-items-center"><span>Transport</span><span>City Council</span></h2>',
     "Transport City Council"),
    ('<h3><a href="/x" style="display: inline-flex"><span>Kicker</span><span>Title</span></a></h3>',
     "Kicker Title"),
    ('<fieldset><legend>Vote</legend>Yes</fieldset>', "Vote Yes"),
    # Inline pieces of one word stay glued: <b>Hel</b>lo, two <strong>s a CMS split a word
    # over (a real heading: "Game D" + "ay Parties"), a drop cap, an inline-block, a
    # breakpoint-only block class.
    ("<h2><b>Hel</b>lo</h2>", "Hello"),
    ("<h2><strong>Enjoy Game D</strong><strong>ay Parties</strong></h2>", "Enjoy Game Day Parties"),
    ('<p><span class="dropcap">T</span>he start</p>', "The start"),
    # A floated drop cap (a real one: Slate France's "<span style=…display:block;float:left…>E</span>xercice").
    ('<p><span style="color:#670133;display:block;float:left;font-size:100px">E</span>xercice: après</p>',
     "Exercice: après"),
    ('<p><span class="block float-left text-6xl">T</span>he start</p>', "The start"),
    ('<h2><span style="display:inline-block">Hel</span>lo</h2>', "Hello"),
    ('<h2><span class="d-none d-md-block">Hel</span>lo</h2>', "Hello"),
    ('<h2><span style="display: inline">Hel</span>lo</h2>', "Hello"),
])
def test_parts_the_markup_sets_apart_read_apart(html: str, text: str) -> None:
    el = _element(html)
    builder = TextBuilder(el.sourceline or 1)
    builder.add_tree(el)
    assert (text_of(el), builder.value) == (text, text)


def test_a_heading_of_two_block_spans_is_read_as_two_words() -> None:
    from auditor.api import audit

    doc = audit('<html lang="en"><body><article><h1>Story</h1><p>Some words of the story here.</p>'
                '<h2><span class="d-block">Transport</span><span>City Council votes on the tram</span></h2>'
                '<p>More words of the story.</p></article></body></html>', path="t.html").document
    assert [h.text for h in doc.headings][-1] == "Transport City Council votes on the tram"
