"""Markdown source: markdown-it tokens + front matter → Document."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from auditor.sources import SourceError, SourceOptions
from auditor.sources.markdown import parse_markdown

FIXTURES = Path(__file__).parent / "fixtures" / "md"
OPTIONS = SourceOptions()


def parse(text: str, options: SourceOptions = OPTIONS):
    return parse_markdown(text, "article.md", options)


def fixture(name: str):
    return parse((FIXTURES / name).read_text(encoding="utf-8"))


# --- front matter -------------------------------------------------------------


def test_yaml_front_matter_fills_meta_with_real_lines():
    doc = fixture("front-matter.md")
    meta = doc.meta
    assert meta.title == "Nine Garden Watering Methods, Compared"  # seo_title
    assert meta.description.startswith("Hoses, cans, drips")
    assert meta.slug == "nine-ways-to-water-a-garden"
    assert meta.keyphrase == "water a garden"
    assert meta.canonical == "https://example.org/garden/nine-ways-to-water"
    assert meta.lang == "en-GB" and doc.lang == "en-GB"
    assert meta.robots == "index, follow"
    assert meta.keywords == "garden, watering"
    assert meta.og == {"og:image": "https://example.org/img/watering.jpg"}
    assert meta.lines["description"] == 4
    assert meta.lines["title"] == 3  # where the SEO title came from
    assert meta.lines["keywords"] == 11
    assert meta.lines["tags"] == 15
    assert meta.front_matter["date"] == "2024-06-01"
    json.dumps(meta.front_matter)  # JSON-able


def test_front_matter_title_is_headline_when_body_has_no_h1():
    doc = fixture("front-matter.md")
    assert doc.headline == "Nine Ways to Water a Garden"
    assert doc.headline_line == 2
    assert all(h.level == 2 for h in doc.headings)


def test_body_h1_wins_over_front_matter_title():
    doc = parse("---\ntitle: From Front Matter\n---\n\n# From The Body\n\nText.\n")
    assert doc.headline == "From The Body"
    assert doc.headline_line == 5
    assert doc.meta.title == "From Front Matter"  # generators put it in <title>


def test_lines_after_yaml_front_matter_are_file_lines():
    doc = fixture("front-matter.md")
    assert [(h.text, h.line) for h in doc.headings] == [("1. The Watering Can", 21), ("2. The Soaker Hose", 25)]
    first = doc.paragraphs[0]
    assert first.line == 18
    assert first.breaks == (61,)
    assert first.text[61:65] == "Most"


def test_toml_front_matter():
    doc = fixture("toml.md")
    assert doc.headline == "Six Herbs for a Windowsill"
    assert doc.meta.slug == "six-herbs"
    assert doc.meta.keyphrase is None  # keys inside [params] are not top-level
    assert doc.meta.lines == {"title": 2, "slug": 3, "date": 4, "front_matter": 1}
    assert doc.meta.front_matter["params"] == {"keyphrase": "ignored: inside a table"}
    assert doc.paragraphs[0].line == 10


def test_invalid_yaml_front_matter_names_reason_and_line():
    with pytest.raises(SourceError, match=r"^invalid YAML front matter: .*quoted scalar.* \(line 3\)$"):
        fixture("bad-yaml.md")
    with pytest.raises(SourceError, match=r"mapping values are not allowed here \(line 3\)"):
        parse("---\ntitle: x\n  bad: indent\n---\n# H\n")


def test_unclosed_or_scalar_front_matter_is_an_error():
    with pytest.raises(SourceError, match=r"no closing '---' \(line 1\)"):
        parse("---\ntitle: x\n\n# H\n")
    with pytest.raises(SourceError, match="expected key: value pairs"):
        parse("---\njust a sentence\n---\n# H\n")


def test_invalid_toml_front_matter():
    with pytest.raises(SourceError, match=r"^invalid TOML front matter: .*\(line 3\)$"):
        parse('+++\ntitle = "T"\nslug = \n+++\n')
    with pytest.raises(SourceError, match="no closing"):
        parse('+++\ntitle = "T"\n')


def test_byte_order_mark_before_front_matter():
    doc = parse("\ufeff---\ntitle: T\n---\nText\n")
    assert doc.headline == "T" and doc.meta.lines["title"] == 2


def test_leading_thematic_break_is_not_front_matter():
    doc = parse("---\n\nJust text.\n")
    assert doc.meta.front_matter == {}
    assert doc.paragraphs[0].text == "Just text."


def test_forced_language_wins():
    assert parse("---\nlang: de\n---\nText", SourceOptions(lang="fr")).lang == "fr"
    assert parse("Text").lang == "en"


# --- body ---------------------------------------------------------------------


def test_blockquote_paragraphs_are_quotes():
    doc = fixture("front-matter.md")
    quote = [p for p in doc.paragraphs if p.quote]
    assert len(quote) == 1 and quote[0].line == 27 and quote[0].column == 3


def test_ordered_list_numbers_include_start():
    doc = fixture("front-matter.md")
    assert [(i.text, i.number, i.ordered, i.line) for i in doc.list_items] == [
        ("Rain first", 3, True, 30),
        ("Then the tap", 4, True, 31),
    ]
    assert doc.paragraphs[-1].text.startswith("A soaker hose")  # list items are not paragraphs


def test_nested_lists_have_depth_and_their_own_index():
    doc = parse("1. one\n2. two\n   - inner\n\n7) seven\n")
    assert [(i.text, i.number, i.list_index, i.depth) for i in doc.list_items] == [
        ("one", 1, 0, 1),
        ("two", 2, 0, 1),
        ("inner", None, 1, 2),
        ("seven", 7, 2, 1),
    ]


def test_heading_links_and_link_only():
    doc = fixture("front-matter.md")
    soaker = doc.headings[1]
    assert soaker.has_link and not soaker.link_only  # "2. " sits outside the link
    assert not doc.headings[0].has_link
    [link] = doc.links
    assert link.in_heading and link.href == "https://example.org/soaker" and link.text == "The Soaker Hose"
    partly = parse("## See [this](https://x.org) now\n").headings[0]
    assert partly.has_link and not partly.link_only
    whole = parse("## [All of it](https://x.org)\n").headings[0]
    assert whole.has_link and whole.link_only


def test_image_with_italic_caption_line_in_same_paragraph():
    doc = fixture("captions.md")
    arch = doc.images[0]
    assert arch.src == "img/arch.jpg" and arch.title == "The Old Arch" and arch.line == 3
    assert arch.caption == "The Old Arch at dawn." and arch.credit == "Lena Kov"


def test_empty_alt_and_credit_paragraph_after_image():
    doc = fixture("captions.md")
    blank = doc.images[1]
    assert blank.alt == "" and blank.credit == "City Archive" and blank.caption is None
    assert not any("City Archive" in p.text for p in doc.paragraphs)


def test_body_paragraph_after_image_is_not_a_caption():
    doc = fixture("captions.md")
    rope = doc.images[2]
    assert rope.caption is None and rope.credit is None
    assert "This paragraph is body text and must stay a paragraph." in [p.text for p in doc.paragraphs]


def test_raw_html_figure_and_inline_img():
    doc = fixture("captions.md")
    iron = doc.images[3]
    # lazy means "found via data-src/srcset/noscript", as in HTML pages: loading="lazy"
    # keeps the real src.
    assert (iron.src, iron.alt, iron.line, iron.width, iron.height, iron.lazy) == (
        "img/iron.jpg", "An iron bridge", 15, "800", "600", False,
    )
    assert iron.caption == "The iron bridge in winter." and iron.credit == "Tom Reyes"
    tiny = doc.images[4]
    assert tiny.src == "img/tiny.png" and tiny.alt is None and tiny.line == 19


def test_links_javascript_raw_html_autolink_and_image_links():
    doc = fixture("captions.md")
    by_href = {link.href: link for link in doc.links}
    assert by_href["javascript:void(0)"].text == "a link"
    ferry = by_href["https://example.org/ferry"]
    assert ferry.has_image and ferry.text == "Linked photo of a ferry"
    partner = by_href["https://example.org/partner"]
    assert partner.rel == ("sponsored", "nofollow") and partner.target == "_blank" and partner.text == "Partner tours"
    auto = by_href["https://example.org/maps"]
    assert auto.text == "https://example.org/maps" and auto.line == 25 and auto.column == 5


def test_link_lines_follow_soft_breaks_and_columns():
    doc = parse("First line\nsecond [one](/a) and [two](/b)\n")
    assert [(l.href, l.line, l.column) for l in doc.links] == [("/a", 2, 8), ("/b", 2, 22)]


def test_table_cells_give_links_but_no_paragraphs():
    doc = parse("| a | b |\n|---|---|\n| [cell](https://c.org) | x |\n")
    assert doc.paragraphs == ()
    assert doc.links[0].href == "https://c.org" and doc.links[0].line == 3


def test_directives_are_found():
    doc = parse("# T\n\n<!-- auditor-disable HL001 -->\n\nText.\n")
    assert [(d.action, d.rules, d.line) for d in doc.directives] == [("disable", ("HL001",), 3)]
    assert [p.text for p in doc.paragraphs] == ["Text."]


def test_raw_html_block_headings_and_paragraphs():
    doc = parse("# T\n\n<div>\n<h2>Raw <a href='/x'>heading</a></h2>\n<p>Raw paragraph.</p>\n</div>\n")
    assert [(h.level, h.text, h.line, h.has_link) for h in doc.headings] == [(1, "T", 1, False), (2, "Raw heading", 4, True)]
    assert [(p.text, p.line) for p in doc.paragraphs] == [("Raw paragraph.", 5)]
    assert doc.links[0].in_heading


# --- robustness ---------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings(newline):
    text = newline.join(["---", "title: T", "---", "", "# Head", "", "para", "line [x](/y)", ""])
    doc = parse(text)
    assert doc.meta.lines["title"] == 2
    assert doc.headings[0].line == 5
    assert doc.paragraphs[0].line == 7
    assert doc.links[0].line == 8


def test_odd_input_does_not_crash():
    for text in ["", "   \n", "#", "# \n", "- ", "1.", "> ", "![]()", "[]()", "<img>", "<a>", "\t#\tTab", "```\nunclosed"]:
        parse(text)


def test_only_headings():
    doc = parse("# A\n## B\n### C\n")
    assert doc.headline == "A"
    assert [(h.level, h.line) for h in doc.headings] == [(1, 1), (2, 2), (3, 3)]
    assert doc.paragraphs == ()


def test_large_file_is_linear():
    section = "## {i}. Heading\n\nA paragraph with [a link](https://x.org/{i}) and ![img](a.png) text.\n\n"
    small = "".join(section.format(i=i) for i in range(1_000))
    big = "".join(section.format(i=i) for i in range(10_000))
    doc = parse(big)
    assert len(doc.headings) == 10_000 and len(doc.links) == 10_000
    # A ratio of best-of-three runs, not a time: 10× the input costs about 10× (quadratic
    # would be 100×), whatever else loads the machine. Speed itself is bench/'s job.
    small_time = min(_timed(parse, small) for _ in range(3))
    big_time = min(_timed(parse, big) for _ in range(3))
    assert big_time < small_time * 40


def _timed(fn, arg) -> float:
    start = time.perf_counter()
    fn(arg)
    return time.perf_counter() - start


# --- one HTML mapping: raw HTML in Markdown reads as it does in an HTML page ------------

FIGURE = ('<figure><img src="data:image/gif;base64,R0lGOD" data-src="/img/bridge.jpg" alt="A bridge">'
          '<figcaption>The bridge at dawn. <span class="credit">Jane Doe/Getty Images</span>'
          '</figcaption></figure>')


def test_raw_html_block_maps_like_an_html_page():
    from auditor.sources import SourceOptions
    from auditor.sources.html import parse_html
    from auditor.sources.markdown import parse_markdown

    md = parse_markdown(f"# Title\n\nSome text here.\n\n{FIGURE}\n", "a.md", SourceOptions())
    html = parse_html(f"<article><h1>Title</h1><p>Some text here.</p>{FIGURE}</article>", "a.html",
                      SourceOptions())
    (m,), (h,) = md.images, html.images
    assert (m.src, m.lazy, m.alt, m.caption, m.credit) == (h.src, h.lazy, h.alt, h.caption, h.credit)
    assert m.src == "/img/bridge.jpg" and m.credit == "Jane Doe/Getty Images"
    assert m.line == 5


def test_raw_inline_img_with_placeholder_src_takes_the_lazy_source():
    from auditor.sources import SourceOptions
    from auditor.sources.markdown import parse_markdown

    doc = parse_markdown('Look: <img src="/blank.gif" data-srcset="/a-400.jpg 400w, /a-800.jpg 800w" '
                         'alt="A cat"> here.\n', "a.md", SourceOptions())
    (img,) = doc.images
    assert (img.src, img.lazy, img.alt) == ("/a-800.jpg", True, "A cat")


def test_raw_html_that_lxml_refuses_as_a_fragment_is_skipped():
    # A whole page pasted into Markdown: lxml asserts "too many bodies".
    doc = parse("# T\n\n<html><body><p>x</p></body></html>\n<body><p>y</p></body>\n")
    assert doc.headline == "T"


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("**Apple AirPods** — noise cancelling at last.", "Apple AirPods"),
        ("***Both*** bold and italic.", "Both"),
        ("**[Linked](https://example.com)** text after.", "Linked"),
        ("*Italic* then **bold**.", ""),
        ("Plain then **bold**.", ""),
    ],
)
def test_a_paragraph_opening_in_bold_carries_its_lead(text: str, lead: str) -> None:
    (para,) = parse(f"# T\n\n{text}\n").paragraphs
    assert para.text[: para.lead] == lead
