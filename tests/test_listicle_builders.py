"""Listicle entries as page builders and CMS templates write them (round 6): short title
boxes without a title class, unnumbered ``<dt>`` terms, product tables without numbers,
and two headings per entry. Each shape in several vendors' markup, read end to end
through ``audit``, with look-alikes that must not become items (news stories, datelines
and credits, FAQ and spec ``<dl>``s, spec tables)."""

from __future__ import annotations

import pytest

from auditor.api import Settings, audit
from auditor.config import CliRuleOptions, Config, effective_rules
from auditor.model import Document

DEFAULT = Settings(rules=effective_rules(Config(), None, CliRuleOptions()))
BODY = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore "
        "et dolore magna aliqua, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo.")
INTRO = "Winter is long, so we tried the places our readers liked best this year and wrote down what we found."
NAMES = ["Paris", "Rome", "Lisbon", "Vienna", "Prague", "Berlin", "Madrid"]
SPAS = [f"{n} Spa" for n in NAMES[:6]]
LISTY = "6 Wellness Oases for a Winter Weekend"


def doc_of(html: str) -> Document:
    result = audit(html.encode(), "page.html", DEFAULT)
    assert result.error is None and result.document is not None and result.document.listicle is not None
    return result.document


def page(h1: str, body: str, wrap: str = "<article>{}</article>") -> str:
    return (f"<html lang=en><head><title>{h1}</title></head><body>"
            + wrap.format(f"<h1>{h1}</h1><p>{INTRO}</p>{body}") + "</body></html>")


def rules(doc_html: str) -> set[str]:
    result = audit(doc_html.encode(), "page.html", DEFAULT)
    return {f.rule for f in result.findings}


def titles(doc: Document) -> list[str]:
    return [i.title for i in doc.items]


# ---------------------------------------------------------------- short title boxes, no title class

def _elementor(name: str, k: int) -> str:
    # Each text-editor widget carries an id class of its own ("elementor-element-3f2a1b").
    return (f"<div class='elementor-element elementor-element-{k:04x}a elementor-widget elementor-widget-text-editor'"
            f" data-widget_type='text-editor.default'><div class='elementor-widget-container'>{name}</div></div>"
            f"<div class='elementor-element elementor-element-{k:04x}b elementor-widget elementor-widget-text-editor'"
            f" data-widget_type='text-editor.default'><div class='elementor-widget-container'><p>{BODY}</p></div></div>")


def _divi(name: str, k: int) -> str:
    return (f"<div class='et_pb_module et_pb_text et_pb_text_{2 * k}'><div class='et_pb_text_inner'>{name}</div></div>"
            f"<div class='et_pb_module et_pb_text et_pb_text_{2 * k + 1}'><div class='et_pb_text_inner'>"
            f"<p>{BODY}</p></div></div>")


def _blogger(name: str, k: int) -> str:
    return f"<div>{name}</div><div>{BODY}</div><div><br></div>"


def _blogger_bold(name: str, k: int) -> str:
    return f"<div><span style='font-weight: bold;'>{name}</span></div><div>{BODY}<br></div>"


def _shopify(name: str, k: int) -> str:
    return f"<div><strong>{name}</strong></div><div>{BODY}</div>"


BOX_BUILDERS = {
    "elementor": (_elementor, "<article class='post'><div class='elementor elementor-1234'>"
                              "<div class='elementor-widget-wrap'>{}</div></div></article>"),
    "divi": (_divi, "<article class='post'><div class='entry-content'><div class='et_pb_row'>"
                    "<div class='et_pb_column'>{}</div></div></div></article>"),
    "blogger": (_blogger, "<div class='post-body entry-content'>{}</div>"),
    "blogger-bold": (_blogger_bold, "<div class='post-body entry-content'>{}</div>"),
    "shopify": (_shopify, "<div class='rte'>{}</div>"),
}


@pytest.mark.parametrize("builder", sorted(BOX_BUILDERS))
def test_short_title_boxes_without_a_title_class_are_entries(builder: str) -> None:
    entry, wrap = BOX_BUILDERS[builder]
    body = "".join(entry(n, k) for k, n in enumerate(SPAS))
    doc = doc_of(page(LISTY, body, wrap))
    assert titles(doc) == SPAS
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


@pytest.mark.parametrize("builder", ["blogger", "elementor"])
def test_a_short_box_over_prose_in_a_news_story_is_no_entry(builder: str) -> None:
    # A dateline, a byline and a credit, each a short box over prose: a story's furniture.
    entry, wrap = BOX_BUILDERS[builder]
    body = "".join(entry(n, k) for k, n in enumerate(["WASHINGTON", "By Jane Doe", "Photo: Getty Images"]))
    html = page("Two more gunned down in Chicago overnight", body, wrap)
    doc = doc_of(html)
    assert doc.items == ()
    assert not {r for r in rules(html) if r.startswith("LS")}


def test_the_same_short_line_over_each_block_is_a_label_not_entries() -> None:
    # "Advertisement" over every block of prose: one label repeated, not six entries.
    body = "".join(_blogger("Advertisement", k) for k in range(6))
    assert doc_of(page(LISTY, body, BOX_BUILDERS["blogger"][1])).items == ()


# ---------------------------------------------------------------- unnumbered <dt> terms

def _dl_plain(names: list[str]) -> str:
    return "<dl>" + "".join(f"<dt>{n}</dt><dd>{BODY}</dd>" for n in names) + "</dl>"


def _dl_paragraphs(names: list[str]) -> str:  # Gutenberg / Ghost: <dd><p>
    return "<dl class='wp-block-list'>" + "".join(f"<dt>{n}</dt><dd><p>{BODY}</p></dd>" for n in names) + "</dl>"


def _dl_strong(names: list[str]) -> str:
    return "<dl>" + "".join(f"<dt><strong>{n}</strong></dt>\n<dd>{BODY} {BODY}</dd>\n" for n in names) + "</dl>"


def _dl_each(names: list[str]) -> str:  # one <dl> per entry, as a repeated block writes it
    return "".join(f"<dl class='entry'><dt>{n}</dt><dd>{BODY}</dd></dl>" for n in names)


@pytest.mark.parametrize("shape", [_dl_plain, _dl_paragraphs, _dl_strong, _dl_each])
def test_unnumbered_terms_of_a_definition_list_are_entries(shape: object) -> None:
    assert callable(shape)
    doc = doc_of(page(LISTY, shape(SPAS)))
    assert titles(doc) == SPAS
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


def test_a_faq_definition_list_in_a_story_is_no_list() -> None:
    questions = [f"When does the new rule start in {n}?" for n in NAMES[:6]]
    html = page("City council approves new parking rules", f"<p>{BODY}</p>" + _dl_plain(questions))
    doc = doc_of(html)
    assert doc.items == ()
    assert not {r for r in rules(html) if r.startswith("LS")}


def test_a_spec_definition_list_beside_the_entries_is_not_counted() -> None:
    specs = "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in
                             [("Weight", "1.2 kg"), ("Battery", "10 hours"), ("Colour", "Black"), ("Price", "$49")]) + "</dl>"
    entries = "".join(f"<h3>{n}</h3><p>{BODY}</p>" for n in SPAS)
    doc = doc_of(page(LISTY, entries + specs))
    assert titles(doc) == SPAS


# ---------------------------------------------------------------- product tables without numbers

KETTLES = [f"{n} Kettle" for n in NAMES[:5]]
KETTLE_H1 = "The 5 Best Kettles for a Small Kitchen"


def _rows_image_name_prose(names: list[str]) -> str:  # Shopify / classic editor
    return "<table><tbody>" + "".join(
        f"<tr><td><img src='{n}.jpg' alt='{n}' width='80'></td><td><strong>{n}</strong></td><td>{BODY}</td></tr>"
        for n in names) + "</tbody></table>"


def _rows_with_header(names: list[str]) -> str:  # Gutenberg table block with a header row
    return ("<figure class='wp-block-table'><table><thead><tr><th>Product</th><th>Why we like it</th><th>Price</th>"
            "</tr></thead><tbody>" + "".join(f"<tr><td>{n}</td><td>{BODY}</td><td>$49</td></tr>" for n in names)
            + "</tbody></table></figure>")


def _rows_name_price_link(names: list[str]) -> str:  # a shopping table: no prose at all
    return "<table><tbody>" + "".join(
        f"<tr><td>{n}</td><td>$49.99</td><td><a href='https://shop.example/{n}'>Buy now</a></td></tr>"
        for n in names) + "</tbody></table>"


def _cells_per_product(names: list[str]) -> str:  # a grid: two products a row, each cell one product
    cells = [f"<td><img src='{n}.jpg' alt='{n}'><br><strong>{n}</strong><br>{BODY}</td>" for n in names]
    rows = ["".join(cells[k:k + 2]) for k in range(0, len(cells), 2)]
    return "<table>" + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>"


@pytest.mark.parametrize("shape", [_rows_image_name_prose, _rows_with_header, _rows_name_price_link,
                                   _cells_per_product])
def test_a_product_table_without_numbers_lists_the_entries(shape: object) -> None:
    assert callable(shape)
    doc = doc_of(page(KETTLE_H1, shape(KETTLES) + f"<p>{BODY}</p>"))
    assert titles(doc) == KETTLES
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


def _spec_table() -> str:
    rows = [("Weight", "1.2 kg"), ("Capacity", "1.7 litres"), ("Power", "3 kW"), ("Colour", "Black"),
            ("Warranty", "2 years")]
    return "<table><tbody>" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</tbody></table>"


def test_a_spec_table_is_no_list_of_entries() -> None:
    html = page(KETTLE_H1, f"<p>{BODY}</p>" + _spec_table() + f"<p>{BODY}</p>")
    assert doc_of(html).items == ()


def test_a_results_table_in_a_news_story_is_no_list() -> None:
    rows = "".join(f"<tr><td>{n} United</td><td>{k}</td><td><a href='/t/{n}'>Report</a></td></tr>"
                   for k, n in enumerate(NAMES[:5]))
    html = page("Two more goals in the final minute stun the league", f"<p>{BODY}</p><table>{rows}</table><p>{BODY}</p>")
    doc = doc_of(html)
    assert doc.items == ()
    assert not {r for r in rules(html) if r.startswith("LS")}


# ---------------------------------------------------------------- two headings per entry

TAGLINES = ["Boils a litre in ninety seconds flat", "Quiet enough for a sleeping baby next door",
            "The one our tester took home", "A spout that never drips on the counter",
            "Keeps water warm for an hour after"]


def test_a_name_and_a_tagline_heading_count_once_without_a_promise() -> None:
    # Medium writes a product name as h3 and its tagline as h4, straight under it.
    body = "".join(f"<h3 class='graf graf--h3'>{n}</h3><h4 class='graf graf--h4'>{t}</h4>"
                   f"<p class='graf graf--p'>{BODY}</p>" for n, t in zip(KETTLES, TAGLINES))
    doc = doc_of(page("The best kettles for a small kitchen", body))
    assert titles(doc) == KETTLES


def test_a_linked_name_then_a_tagline_at_the_same_level_with_text_under_each_count_once() -> None:
    # Gutenberg: the name links to the shop, the tagline does not; both have a paragraph.
    body = "".join(f"<h3 class='wp-block-heading'><a href='https://shop.example/{n}'>{n}</a></h3><p>{BODY}</p>"
                   f"<h3 class='wp-block-heading'>{t}</h3><p>{BODY}</p>" for n, t in zip(KETTLES, TAGLINES))
    doc = doc_of(page(KETTLE_H1, body))
    assert titles(doc) == KETTLES
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


def test_numbered_group_headings_with_a_title_heading_each_count_once() -> None:
    # Elementor: h2 "Idea #3", then h3 with its title, then its text.
    body = "".join(f"<h2>Idea #{k}</h2><h3>{n}</h3><p>{BODY}</p>" for k, n in enumerate(KETTLES, 1))
    doc = doc_of(page("5 Gift Ideas for the Tea Lover", body))
    assert doc.listicle is not None and (doc.listicle.found, doc.listicle.verdict) == (5, "kept")


def test_ten_sections_of_a_feature_with_unrelated_headings_stay_ten() -> None:
    # Ten same-level headings, linked and unlinked at random: no pairing to read.
    heads = [f"<h3><a href='/x/{k}'>Part {n}</a></h3>" if k in (0, 3, 4, 7) else f"<h3>Part {n} of the story</h3>"
             for k, n in enumerate(NAMES * 2)][:10]
    body = "".join(f"{h}<p>{BODY}</p>" for h in heads)
    doc = doc_of(page(KETTLE_H1, body))
    assert len(doc.items) != 5


# ---------------------------------------------------------------- more of each shape

def test_a_title_box_then_a_picture_then_its_text() -> None:
    # Elementor: a text widget with the name, an image widget, then the text widget.
    body = "".join(
        f"<div class='elementor-element elementor-element-{k}a elementor-widget elementor-widget-text-editor'>"
        f"<div class='elementor-widget-container'>{n}</div></div>"
        f"<div class='elementor-element elementor-element-{k}b elementor-widget elementor-widget-image'>"
        f"<div class='elementor-widget-container'><img src='{k}.jpg' alt='{n}' width='600'></div></div>"
        f"<div class='elementor-element elementor-element-{k}c elementor-widget elementor-widget-text-editor'>"
        f"<div class='elementor-widget-container'><p>{BODY}</p></div></div>" for k, n in enumerate(SPAS))
    doc = doc_of(page(LISTY, body, BOX_BUILDERS["elementor"][1]))
    assert titles(doc) == SPAS


def test_a_term_then_a_picture_then_its_definition() -> None:
    body = "<dl>" + "".join(f"<dt>{n}</dt><dd><img src='{k}.jpg' alt='{n}'></dd><dd>{BODY}</dd>"
                            for k, n in enumerate(SPAS)) + "</dl>"
    assert titles(doc_of(page(LISTY, body))) == SPAS


def _rows_grouped(names: list[str]) -> str:  # a picture over two rows: the name row, then the text row
    return "<table><tbody>" + "".join(
        f"<tr><td rowspan='2'><img src='{n}.jpg' alt='{n}'></td><td><strong>{n}</strong></td></tr>"
        f"<tr><td>{BODY}</td></tr>" for n in names) + "</tbody></table>"


def _rows_linked_name(names: list[str]) -> str:  # the name links to the shop
    return "<table><tbody>" + "".join(
        f"<tr><td><a href='https://shop.example/{n}'>{n}</a></td><td>{BODY}</td><td>$49</td></tr>"
        for n in names) + "</tbody></table>"


def _one_column(names: list[str]) -> str:  # one product after another down one column
    return "<table><tbody>" + "".join(
        f"<tr><td>{n}</td></tr><tr><td><img src='{n}.jpg' alt='{n}'></td></tr><tr><td>{BODY}</td></tr>"
        for n in names) + "</tbody></table>"


@pytest.mark.parametrize("shape", [_rows_grouped, _rows_linked_name, _one_column])
def test_a_product_table_of_cell_groups_lists_the_entries(shape: object) -> None:
    assert callable(shape)
    doc = doc_of(page(KETTLE_H1, shape(KETTLES) + f"<p>{BODY}</p>"))
    assert titles(doc) == KETTLES


def test_a_product_table_under_a_headline_that_names_a_list() -> None:
    doc = doc_of(page("Gift ideas for the tea lover in your life", _rows_image_name_prose(KETTLES)))
    assert titles(doc) == KETTLES


def _pairs(name: str, tagline: str, k: int, how: str) -> str:
    if how == "picture":  # each entry opens with its picture
        return (f"<figure class='wp-block-image'><img src='{k}.jpg' alt='{name}'></figure>"
                f"<h3>{name}</h3><p>{BODY}</p><h3>{tagline}</h3><p>{BODY}</p>")
    if how == "class":  # the template's name heading and the writer's own
        return (f"<h3 class='product-name'>{name}</h3><p>{BODY}</p>"
                f"<h3 class='wp-block-heading'>{tagline}</h3><p>{BODY}</p>")
    return f"<h3>{name}</h3><p>{BODY}</p><h3>{tagline}</h3><p>{BODY}</p>"  # short names, long taglines


@pytest.mark.parametrize("how", ["picture", "class", "length"])
def test_a_name_and_a_tagline_heading_each_with_text_count_once(how: str) -> None:
    body = "".join(_pairs(n, t, k, how) for k, (n, t) in enumerate(zip(KETTLES, TAGLINES)))
    doc = doc_of(page(KETTLE_H1, body))
    assert titles(doc) == KETTLES
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


def test_ten_entries_alike_under_a_promise_of_five_stay_ten() -> None:
    # Ten kettles of one shape each (picture, heading, text) under "5 best": a mismatch to report.
    body = "".join(_pairs(n, f"{n} Kettle Mini", k, "picture").split("<h3>")[0]
                   + f"<h3>{n}</h3><p>{BODY}</p>" for k, n in enumerate(KETTLES + [f"{x} Pot" for x in NAMES[:5]]))
    doc = doc_of(page(KETTLE_H1, body))
    assert len(doc.items) == 10


@pytest.mark.parametrize("between", ["<div><br /></div>", "<br />", "<div class='separator'><a href='x.jpg'>"
                                     "<img src='x.jpg' alt='a spa'></a></div>"])
def test_blogger_title_boxes_with_spacers_or_pictures_before_the_text(between: str) -> None:
    body = "".join(f"<div><b>{n}</b></div>{between}<div>{BODY}</div>" for n in SPAS)
    doc = doc_of(page(LISTY, body, BOX_BUILDERS["blogger"][1]))
    assert titles(doc) == SPAS


def test_title_boxes_over_text_written_loose_in_the_post() -> None:
    body = "".join(f"<div>{n}</div>{BODY}<br />" for n in SPAS)
    assert titles(doc_of(page(LISTY, body, BOX_BUILDERS["blogger"][1]))) == SPAS


@pytest.mark.parametrize(("headline", "lang"), [("Hochzeit: Beauty-Tipps für die Braut", "de"),
                                                ("Holiday gift guide: what to buy the tea lover", "en")])
def test_a_compound_or_a_gift_guide_names_a_list(headline: str, lang: str) -> None:
    entries = "".join(f"<h3>{n}</h3><p>{BODY}</p>" for n in KETTLES[:3])
    html = page(headline, entries).replace("lang=en", f"lang={lang}")
    assert titles(doc_of(html)) == KETTLES[:3]


@pytest.mark.parametrize("bold", ["<b>{}</b>", "<span style='font-weight: bold;'>{}</span>",
                                  "<strong><span style='font-size: large;'>{}</span></strong>"])
def test_bold_title_lines_between_blank_lines_in_text_without_paragraphs(bold: str) -> None:
    # Blogger's compose mode: no <p>, entries set apart by <br /><br />.
    body = "".join(bold.format(n) + f"<br /><br />{BODY}<br /><br />" for n in SPAS)
    doc = doc_of(page(LISTY, body, BOX_BUILDERS["blogger"][1]))
    assert titles(doc) == SPAS
    assert [i.words for i in doc.items] == [30] * 6


def test_a_bold_label_over_a_link_list_is_no_title_line() -> None:
    # "Share this:" and a bold line over a short line are no entry titles.
    body = f"{BODY}<br /><br /><b>Share this:</b><br /><br />Twitter Facebook<br /><br /><b>Related</b><br /><br />More"
    doc = doc_of(page("A winter weekend in the mountains", body, BOX_BUILDERS["blogger"][1]))
    assert [p.text for p in doc.paragraphs if p.text in ("Share this:", "Related")] == []


@pytest.mark.parametrize("builder", ["blogger", "elementor", "divi"])
def test_title_boxes_without_bold_make_a_list_without_a_promise(builder: str) -> None:
    # Six entries alike, each a plain title line over its text, under a headline without a count.
    entry, wrap = BOX_BUILDERS[builder]
    body = "".join(entry(n, k) for k, n in enumerate(SPAS))
    assert titles(doc_of(page("Wellness oases for a winter weekend", body, wrap))) == SPAS


def test_a_storys_plain_subheads_over_sections_of_its_own_are_no_list() -> None:
    # Short plain lines over sections of one to four paragraphs: a feature's subheads.
    sections = [1, 4, 2, 1, 3, 1]
    body = "".join(f"<p>{n} in winter</p>" + f"<p>{BODY}</p>" * k for n, k in zip(NAMES, sections))
    assert doc_of(page("A winter weekend in the Alps", body)).items == ()


SHOPS = ["https://www.amazon.com/dp/B07XJ8C8F5?tag=site-20", "https://amzn.to/3abcDEF", "https://www.etsy.com/listing/123",
         "https://go.skimresources.com/?id=1X2&url=https%3A%2F%2Fshop.example", "https://shop.example/products/kettle",
         "https://www.ebay.de/itm/1234"]


@pytest.mark.parametrize("shape", ["box", "bold-box", "term"])
def test_a_products_name_linked_to_its_shop_still_titles_its_entry(shape: str) -> None:
    if shape == "term":
        body = "<dl>" + "".join(f"<dt><a href='{u}'>{n}</a></dt><dd>{BODY}</dd>" for n, u in zip(SPAS, SHOPS)) + "</dl>"
    else:
        name = "<b><a href='{u}'>{n}</a></b>" if shape == "bold-box" else "<a href='{u}' rel='sponsored'>{n}</a>"
        body = "".join("<div>" + name.format(u=u, n=n) + f"</div><div>{BODY}</div>" for n, u in zip(SPAS, SHOPS))
    assert titles(doc_of(page(LISTY, body, BOX_BUILDERS["blogger"][1]))) == SPAS


def test_teaser_titles_linked_to_the_sites_own_stories_are_no_entries() -> None:
    body = "".join(f"<div><a href='/2021/01/{k}/story'>{n}</a></div><div>{BODY}</div>" for k, n in enumerate(SPAS))
    assert doc_of(page("A winter weekend in the Alps", f"<p>{BODY}</p>" + body, BOX_BUILDERS["blogger"][1])).items == ()


@pytest.mark.parametrize("how", ["address", "picture-after"])
def test_more_marks_of_a_name_and_tagline_pair(how: str) -> None:
    if how == "address":  # the name over its address line, the tagline over the entry's text
        body = "".join(f"<h3>{n} Hotel Spa</h3><p>Hauptstraße {k}, {n}</p><h3>Ruhe am {n}</h3><p>{BODY} {BODY}</p>"
                       for k, n in enumerate(NAMES[:6]))
        want = [f"{n} Hotel Spa" for n in NAMES[:6]]
    else:  # the picture right under the name
        body = "".join(f"<h3>{n} Hotel Spa</h3><img src='{k}.jpg' alt='{n}' width='600'><p>{BODY}</p>"
                       f"<h3>Ruhe am {n}</h3><p>{BODY}</p>" for k, n in enumerate(NAMES[:6]))
        want = [f"{n} Hotel Spa" for n in NAMES[:6]]
    doc = doc_of(page(LISTY, body))
    assert titles(doc) == want


STREETS = ["Dorfstraße", "Seeweg", "Am Markt", "Bergstraße", "Kirchgasse", "Talweg"]
SAYINGS = ["Ruhe findet man hier sofort!", "Wer kommt mit zum Baden?", "Ein Tag reicht kaum aus.",
           "Sauna und Blick zugleich!", "Morgens zuerst ins Wasser.", "Abends leuchtet der Pool!"]


@pytest.mark.parametrize("second", ["address", "sentence"])
def test_a_name_heading_then_an_address_or_sentence_heading_count_once(second: str) -> None:
    # Names as long as the second headings, no label shared: only the digit or the sentence's
    # end tells the two apart.
    seconds = [f"{st} {k + 1}, 6290 {n}" for k, (st, n) in enumerate(zip(STREETS, NAMES))] \
        if second == "address" else SAYINGS
    body = "".join(f"<h2>{n} Spa Resort am See</h2><p>{BODY}</p><h2>{t}</h2><p>{BODY}</p>"
                   for n, t in zip(NAMES[:6], seconds))
    assert titles(doc_of(page(LISTY, body))) == [f"{n} Spa Resort am See" for n in NAMES[:6]]


def test_twelve_entries_with_marks_at_random_stay_twelve() -> None:
    # Twelve headings under "6 …", a digit in some, not alternating: twelve entries, a mismatch.
    places = NAMES + ["Oslo", "Bern", "Riga", "Sofia", "Athens"]
    names = [f"{n} Spa {k}" if k % 3 == 0 else f"{n} Spa" for k, n in enumerate(places)]
    body = "".join(f"<h2>{n} Resort</h2><p>{BODY}</p>" for n in names)
    assert len(doc_of(page(LISTY, body)).items) == 12


@pytest.mark.parametrize("headline", [LISTY, "Wellness oases for a winter weekend"])
def test_a_title_line_over_its_text_in_one_paragraph(headline: str) -> None:
    # The classic editor's Shift+Enter: "<p>Paris Spa<br />Lorem…</p>", no bold.
    body = "".join(f"<p>{n}<br />\n{BODY}</p>" for n in SPAS)
    doc = doc_of(page(headline, body))
    assert titles(doc) == SPAS
    assert [i.words for i in doc.items] == [30] * 6


def test_a_sentence_wrapped_in_the_source_has_no_title_line() -> None:
    # The source wraps each sentence: the first line goes on in lower case on the next.
    from auditor.structure.blocks import blocks
    from auditor.structure.entries import line_titles

    body = "".join(f"<p>The spa in {n} is\nlocated by the lake. {BODY}</p>" for n in SPAS)
    assert line_titles(blocks(doc_of(page(LISTY, body))), 0, set()) == []


# ---------------------------------------------------------------- run-in titles

@pytest.mark.parametrize("sep", [":", " –", " -", " —"])
def test_run_in_titles_with_a_colon_or_a_dash_are_entries(sep: str) -> None:
    body = "".join(f"<p>{n} Decals{sep} {BODY}</p>" for n in NAMES[:5])
    doc = doc_of(page("5 Nail Decals for a Festive Manicure", body))
    assert titles(doc) == [f"{n} Decals" for n in NAMES[:5]]


@pytest.mark.parametrize("labels", [["Smith", "Jones"] * 3, ["Update", "Note", "Disclosure", "Photo", "Tip"]])
def test_speakers_taking_turns_and_note_labels_are_no_run_in_titles(labels: list[str]) -> None:
    body = "".join(f"<p>{label}: {BODY}</p>" for label in labels)
    assert doc_of(page("5 Nail Decals for a Festive Manicure", body)).items == ()


def test_a_linked_name_and_a_tagline_heading_each_with_text_count_once_without_a_promise() -> None:
    # Five entries alike, each a linked name heading and a tagline heading at the same level.
    body = "".join(f"<h3><a href='https://shop.example/products/{k}'>{n}</a></h3><p>{BODY}</p><h3>{t}</h3><p>{BODY}</p>"
                   for k, (n, t) in enumerate(zip(KETTLES, TAGLINES)))
    assert titles(doc_of(page("The best kettles for a small kitchen", body))) == KETTLES
    # Ten alike entries with nothing alternating stay ten.
    plain = "".join(f"<h3>{n}</h3><p>{BODY}</p><h3>{n} Mini</h3><p>{BODY}</p>" for n in KETTLES)
    assert len(doc_of(page("The best kettles for a small kitchen", plain)).items) == 10


# ---------------------------------------------------------------- entries led by their picture

DECALS = [f"{n} nail decals" for n in NAMES[:5]]


@pytest.mark.parametrize("lead_picture", [False, True])
def test_entries_led_by_their_picture_without_a_title(lead_picture: bool) -> None:
    # A shopping slideshow flattened: each decal's picture (its name in the alt), then its text.
    hero = "<img src='hero.jpg' alt='Painted nails' width='1200'>" if lead_picture else ""
    body = "".join(f"<figure class='wp-block-image'><img src='{k}.jpg' alt='{d}' width='600'></figure>"
                   f"<p>{BODY}</p>" for k, d in enumerate(DECALS))
    html = page("5 Nail Decals for a Festive Manicure", body).replace("<h1>5 Nail Decals for a Festive Manicure</h1>",
                                                                   f"<h1>5 Nail Decals for a Festive Manicure</h1>{hero}")
    doc = doc_of(html)
    assert titles(doc) == DECALS
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


def test_a_gallery_strip_or_a_story_with_other_pictures_is_no_picture_list() -> None:
    strip = "".join(f"<img src='{k}.jpg' alt='{d}' width='600'>" for k, d in enumerate(DECALS)) + f"<p>{BODY}</p>"
    assert doc_of(page("5 Nail Decals for a Festive Manicure", strip)).items == ()
    six = "".join(f"<img src='{k}.jpg' alt='{d}' width='600'><p>{BODY}</p>" for k, d in enumerate(DECALS + ["Extra"]))
    assert doc_of(page("5 Nail Decals for a Festive Manicure", f"<p>{BODY}</p>" + six)).items == ()


# ---------------------------------------------------------------- product boxes

GIFTS = ["Paris Kettle", "Rome Teapot", "Lisbon Mug", "Vienna Tea Set", "Prague Infuser", "Berlin Scale", "Madrid Timer"]


def _product_box(name: str, k: int, href: str) -> str:
    # An affiliate plugin's box (AAWP and the like): picture, linked title class, features, price, button.
    return (f"<p>{BODY}</p><div class='aawp'><div class='aawp-product aawp-product--horizontal'>"
            f"<div class='aawp-product__thumb'><a href='{href}'><img src='{k}.jpg' alt='{name}'></a></div>"
            f"<div class='aawp-product__content'><a class='aawp-product__title' href='{href}'>{name}</a>"
            "<div class='aawp-product__description'><ul><li>Boils fast and quietly for the whole family</li>"
            "<li>Keeps tea warm for an hour</li></ul></div></div><div class='aawp-product__footer'>"
            f"<span class='aawp-product__price'>$49</span><a class='aawp-button' href='{href}'>Buy on Amazon</a>"
            "</div></div></div>")


def test_product_boxes_with_a_title_class_title_their_entries() -> None:
    body = "".join(_product_box(n, k, f"https://www.amazon.com/dp/B0{k}") for k, n in enumerate(GIFTS))
    doc = doc_of(page("Holiday gift guide: what to buy the tea lover who has everything", body))
    assert titles(doc) == GIFTS


def test_teaser_cards_linking_to_the_sites_stories_keep_their_titles_out() -> None:
    body = "".join(_product_box(n, k, f"/2021/12/{k}/story") for k, n in enumerate(GIFTS))
    doc = doc_of(page("Holiday gift guide: what to buy the tea lover who has everything", body))
    assert not any(p.text in GIFTS for p in doc.paragraphs)


# ---------------------------------------------------------------- more vendors' markup (guards)

def _ghost(n: str, k: int) -> str:  # Ghost's product card
    return (f"<div class='kg-card kg-product-card'><div class='kg-product-card-container'>"
            f"<img src='{k}.jpg' class='kg-product-card-image' alt=''><div class='kg-product-card-title-container'>"
            f"<h4 class='kg-product-card-title'>{n}</h4></div><div class='kg-product-card-description'><p>{BODY}</p>"
            f"</div><a href='https://shop.example/products/{k}' class='kg-product-card-button'><span>Buy</span></a></div></div>")


def _wix(n: str, k: int) -> str:  # Wix rich-text elements: a short <p> over a <p> of text
    return (f"<div data-testid='richTextElement' class='wixui-rich-text'><p class='font_6 wixui-rich-text__text'>"
            f"<span>{n}</span></p></div><div data-testid='richTextElement' class='wixui-rich-text'>"
            f"<p class='font_8 wixui-rich-text__text'><span>{BODY}</span></p></div>")


def _squarespace(n: str, k: int) -> str:  # a text block per entry, the name in bold
    return (f"<div class='sqs-block html-block sqs-block-html' data-block-type='2' id='block-yui_3_17_{k}'>"
            f"<div class='sqs-block-content'><div class='sqs-html-content'><p><strong>{n}</strong></p>"
            f"<p>{BODY}</p></div></div></div>")


def _substack(n: str, k: int) -> str:  # an anchored heading and a captioned picture per entry
    return (f"<h3 class='header-anchor-post'>{n}<div class='pencraft'><div class='header-anchor-parent'></div></div>"
            f"</h3><div class='captioned-image-container'><figure><img src='{k}.jpg' alt='{n}'>"
            f"<figcaption class='image-caption'>Photo: Jane Doe</figcaption></figure></div><p>{BODY}</p>")


@pytest.mark.parametrize("vendor", [_ghost, _wix, _squarespace, _substack])
def test_entries_as_other_vendors_write_them(vendor: object) -> None:
    assert callable(vendor)
    body = "".join(vendor(n, k) for k, n in enumerate(SPAS))
    assert titles(doc_of(page(LISTY, body))) == SPAS


def test_a_name_with_a_line_of_its_own_then_a_tagline_heading_count_once_without_a_promise() -> None:
    body = "".join(f"<h3>{n}</h3><p>From $49 at most shops.</p><h4>{t}</h4><p>{BODY}</p>"
                   for n, t in zip(KETTLES, TAGLINES))
    assert titles(doc_of(page("The best kettles for a small kitchen", body))) == KETTLES


# ---------------------------------------------------------------- captioned pictures without a count

def _slides(captions: list[str]) -> str:
    return "".join(f"<figure><img src='{k}.jpg' alt='slide {k}' width='800'><figcaption>{c} {BODY}</figcaption>"
                   f"</figure>" for k, c in enumerate(captions))


def test_captioned_slides_under_a_headline_that_names_a_list() -> None:
    # A slideshow flattened into the story: each slide's caption is an entry.
    caps = ["Taking the easy way out.", "Settling for hand-me-downs.", "Being a design wuss.", "Starting wrong."]
    doc = doc_of(page("Millennial Decorating Mistakes", _slides(caps)))
    assert titles(doc) == caps


def test_captioned_photos_of_a_news_story_are_no_list() -> None:
    caps = ["Firefighters at the scene.", "Residents wait outside.", "The mayor speaks to reporters."]
    assert doc_of(page("Fire closes the old town hall", _slides(caps))).items == ()


def test_captioned_pictures_in_a_story_of_its_own_under_a_listy_headline_are_no_list() -> None:
    # "These weeks in …": a newsletter with a few captioned screenshots in much more text.
    caps = ["The new toolbar.", "Settings, reordered.", "A faster start page."]
    body = f"<p>{BODY}</p>" * 6 + _slides(caps) + f"<p>{BODY}</p>" * 6
    assert doc_of(page("These Weeks in the Browser: Issue 85", body)).items == ()


def test_the_body_is_read_once_per_document_and_afresh_for_another() -> None:
    # read_body hands item detection and the listicle facts the same blocks; a document
    # with other paragraphs (same headings) gets its own, and "Also read" zones with them.
    from dataclasses import replace

    from auditor.model import Paragraph
    from auditor.structure.blocks import blocks, read_body, related_zones

    doc = doc_of(page(LISTY, "".join(f"<h2>{n}. {s}</h2><p>{BODY}</p>" for n, s in enumerate(SPAS, 1))))
    other = replace(doc, paragraphs=(*doc.paragraphs, Paragraph("Also read:", 90, 1)))
    first = read_body(doc)
    assert read_body(doc) is not first and read_body(doc)[0] is first[0]
    for d in (other, doc, other):
        bl, skip = read_body(d)
        assert (bl, skip) == (blocks(d), related_zones(blocks(d)))
    assert read_body(other)[1] != read_body(doc)[1]
