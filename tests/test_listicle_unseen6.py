"""Listicle shapes real page builders, CMSs and newsrooms write that auditor misread after round 13's
start (388c63c), found by re-dressing the tuning listicles (bench/eval/redress.py) and by the gaps
note24 left: a ranking table whose rows each hold an entry's heading, a table of contents of jump
links, titles a template classes as an entry's title written as a sentence, two entries in title
boxes. Each case fails on 388c63c unless it says it is a guard. Small articles read end to end through
``audit``; the markup's source is cited beside each."""

from __future__ import annotations

import pytest

from auditor.api import audit, default_settings
from test_listicle_languages import BODY, NAMES, audited
from test_listicle_unseen5 import bare_page

DEFAULT = default_settings()


def items_of(headline: str, body: str) -> list[str]:
    """The titles of the entries read on a small page with an <article> (``audited``)."""
    document = audited(headline, body).document
    assert document is not None
    return [item.heading for item in document.items]


# ---------------------------------------------------------------- a ranking table of headed rows

# A ranking or comparison table whose rows each hold an entry (its heading and its text in a cell:
# TablePress and Ninja Tables rows holding a heading block, old newsroom "top 10" tables,
# `<table class="ranking"><tr><td><h2>Lisbon</h2><p>…</p></td></tr>`). On a page found by paragraph
# density the densest box was one row's cell: the list read one entry. Rows are alike by their tag
# when each holds a heading.
@pytest.mark.parametrize("row", [
    "<tr><td>{title}{body}</td></tr>",
    "<tr><td><img src='/p/{n}.jpg' alt='A view of {name}'></td><td>{title}{body}</td></tr>",
])
def test_table_rows_each_holding_an_entry_heading(row: str) -> None:
    rows = "".join(row.format(n=k + 1, name=NAMES[k], title=f"<h2>{k + 1}. {NAMES[k]} plan</h2>",
                              body=f"<p>{BODY} {BODY}</p><p>{BODY * (k + 1)}</p>") for k in range(5))
    body = f"<table><thead><tr><th>Plan</th><th>Why</th></tr></thead><tbody>{rows}</tbody></table>"
    assert bare_page("5 plans for a weekend", body) == [1, 2, 3, 4, 5]


def test_one_table_per_entry_each_holding_its_heading() -> None:
    # An old CMS's entry template, one table per entry (`<table><tr><td><h3>…</h3><p>…`): the
    # densest box was one entry's cell.
    tables = "".join(f"<table><tr><td><h3>{k + 1}. {NAMES[k]} plan</h3><p>{BODY} {BODY}</p><p>{BODY * (k + 1)}</p>"
                     "</td></tr></table>" for k in range(4))
    assert bare_page("4 plans for a weekend", tables) == [1, 2, 3, 4]


def test_layout_tables_around_the_story_stay_apart() -> None:
    # A guard: the story in one layout table (under its headline), the site's blurbs in tables of
    # prose without a heading beside it: the body stays the story's table.
    story = "".join(f"<p>{BODY} {BODY}</p>" for _ in range(3))
    blurb = f"<table><tr><td><p>{BODY} {BODY} {BODY}</p><p>{BODY} {BODY} {BODY}</p></td></tr></table>"
    html = (f"<html lang=en><head><title>t</title></head><body><div><a href=/>Home</a></div><div><table><tr><td>"
            f"<h1>A walk through the old town</h1>{story}</td></tr></table>{blurb}{blurb}</div></body></html>")
    result = audit(html.encode(), "page.html", DEFAULT)
    assert result.document is not None
    assert len(result.document.paragraphs) == 3


def test_layout_table_with_the_story_in_one_row_stays_the_story() -> None:
    # A guard: an old layout table, the story (its headline and paragraphs) in one row, the site's
    # blurbs in rows of prose without a heading below it (as much text as the story): rows are no
    # entries, the body stays the story's row (widened over all rows, it read 7 paragraphs for 3).
    story = "".join(f"<p>{BODY} {BODY}</p>" for _ in range(3))
    blurb = f"<p>{BODY} {BODY} {BODY}</p>"
    rows = "".join(f"<tr><td>{blurb}{blurb}</td></tr>" for _ in range(2))
    html = (f"<html lang=en><head><title>t</title></head><body><div><a href=/>Home</a></div><table><tr><td>"
            f"<h1>A walk through the old town</h1>{story}</td></tr>{rows}</table></body></html>")
    result = audit(html.encode(), "page.html", DEFAULT)
    assert result.document is not None
    assert len(result.document.paragraphs) == 3


def test_one_headed_row_among_rows_of_prose_is_no_list_of_rows() -> None:
    # A guard: a data table in a news story with one heading row (a caption set as <h3>) and rows
    # of figures is no ranking; nothing of it becomes entries.
    rows = "".join(f"<tr><td>{NAMES[k]}</td><td>{k * 1000}</td><td>{k * 3}%</td></tr>" for k in range(5))
    body = (f"<p>{BODY} {BODY}</p><table><tr><td colspan=3><h3>Rents by district</h3></td></tr>{rows}</table>"
            f"<p>{BODY} {BODY}</p>")
    assert bare_page("Five districts report rising rents", body) == []


def test_spec_table_inside_one_entry_is_no_list() -> None:
    # A guard: a spec sheet inside an entry ("Weight | 1.2 kg") adds no entries to a list of headings.
    specs = "<table><tr><th>Spec</th><th>Value</th></tr>" + "".join(
        f"<tr><td>{k}</td><td>{k}.2 kg</td></tr>" for k in ("Weight", "Height", "Depth", "Width")) + "</table>"
    body = "".join(f"<h2>{k + 1}. {NAMES[k]} phone</h2><p>{BODY} {BODY}</p>{specs if k == 1 else ''}"
                   for k in range(4))
    assert len(items_of("4 phones worth their price", body)) == 4


# ---------------------------------------------------------------- a table of contents of jump links

# A table of contents (Easy Table of Contents' `<div id="ez-toc-container"><ol class="ez-toc-list">`,
# Rank Math's and LuckyWP's boxes, familie.de's `toc-box`, a Notion or Google Docs export's outline):
# an <ol> whose every entry is a link to an anchor on the page, its number before it at most. It
# repeats the titles of the sections it jumps to; counted as the list it doubled or replaced the
# entries (the re-dressed Montessori guide: 21 for 13).
def _toc(titles: list[str], numbered: bool = True) -> str:
    rows = "".join(f"<li>{f'<span class=toc-number>{k + 1}.</span>' if numbered else ''}"
                   f"<a href='#s{k}'>{t}</a></li>" for k, t in enumerate(titles))
    return f"<div class='toc-box'><p class='toc-title'>Contents</p><ol>{rows}</ol></div>"


def _section(k: int, tag: str = "h2") -> str:
    return f"<{tag} id='s{k + 1}'>{NAMES[k]} plan</{tag}><p>{BODY} {BODY}</p><p>{BODY}</p>"


_PLANS = [f"{NAMES[k]} plan" for k in range(5)]


def test_contents_list_of_every_section_does_not_replace_the_entries() -> None:
    # The contents list links to the intro and closing sections too (7 for 5 entries): it was read
    # as the list, 7 entries for 5.
    titles = ["Why plan at all", *_PLANS, "Our verdict"]
    body = (f"{_toc(titles)}<h2 id='s0'>Why plan at all</h2><p>{BODY}</p>{''.join(_section(k) for k in range(5))}"
            f"<h2 id='s6'>Our verdict</h2><p>{BODY}</p>")
    assert items_of("5 plans for a weekend", body) == _PLANS


@pytest.mark.parametrize("entry", [
    "<h2 id='s{n}'>{name} plan</h2><p>{body}</p>",
    "<p id='s{n}'><strong>{name} plan</strong></p><p>{body}</p>",
    "<div class='item-title' id='s{n}'>{name} plan</div><p>{body}</p>",
])
def test_contents_list_of_the_entries_is_not_where_they_stand(entry: str) -> None:
    # The contents list holds the promised count itself: the entries were counted in it, at its
    # place, each with no words of its own; they are the headings and titles it jumps to.
    body = _toc(_PLANS) + "".join(entry.format(n=k + 1, name=NAMES[k], body=f"{BODY} {BODY}") for k in range(5))
    document = audited("5 plans for a weekend", body).document
    assert document is not None
    assert [item.heading for item in document.items] == _PLANS
    assert all(item.style != "ordered-list" for item in document.items)


def test_ordered_list_of_links_to_other_pages_is_still_a_list() -> None:
    # A guard: an <ol> of links to other pages ("1. <a href='/lisbon'>Lisbon</a>") is no table of
    # contents: when it is what the headline counts, it stays the list.
    rows = "".join(f"<li><a href='/plans/{NAMES[k].lower()}'>{NAMES[k]} plan</a></li>" for k in range(5))
    assert len(items_of("5 plans for a weekend", f"<ol>{rows}</ol><p>{BODY}</p>")) == 5


# ---------------------------------------------------------------- titles written as sentences

# Condé Nast's slideshow template (`<section><p class="listicle__item-title">…</p><div
# class="ssw-content-slide-content"><p>…`) and Naver SmartEditor ONE's section title component
# (`se-component se-sectionTitle` … `<p class="se-text-paragraph">`): the box says it is an entry's
# title, and an editor may write one as a sentence ("Ryanair turned on the charm."). Those were no
# titles, so the entry and the list were lost (2 of 9 such titles: 7 bold titles, no list).
def test_entry_title_class_titles_a_sentence_too() -> None:
    titles = ["U.S. airlines competed for passengers", "Dated interiors were upcycled",
              "Ryanair turned on the charm.", "Lounges ditched the corporate look",
              "American Airlines highlighted classic glamour.", "Gates eased the boarding crush"]
    body = "".join(f"<section><p class='listicle__item-title'>{t}</p><div class='slide-content'><p>{BODY} "
                   f"{BODY}</p></div></section>" for t in titles)
    assert items_of("What the airlines did well this year", body) == titles


def test_naver_section_title_component_titles_a_sentence_too() -> None:
    titles = ["Start with the old town", "Take the tram up the hill.", "Eat where the locals eat",
              "Walk the river at dusk.", "Leave a day for the coast"]
    component = ('<div class="se-component se-sectionTitle se-l-default"><div class="se-component-content">'
                 '<div class="se-section se-section-sectionTitle se-l-default"><div class="se-module se-module-text">'
                 '<p class="se-text-paragraph se-text-paragraph-align-"><span class="se-fs- se-ff-">{t}</span></p>'
                 '</div></div></div></div>')
    text = ('<div class="se-component se-text se-l-default"><div class="se-component-content"><div class="se-section '
            f'se-section-text se-l-default"><div class="se-module se-module-text"><p>{BODY} {BODY}</p></div></div>'
            '</div></div>')
    body = "".join(component.format(t=t) + text for t in titles)
    assert items_of("5 ways to spend a day in Lisbon", body) == titles


def test_section_title_components_of_sentences_stay_no_titles() -> None:
    # A guard: where most of the editor's title components end in a full stop, they are the
    # writer's sentences set large, no entries' titles.
    sentences = ["We started in the old town.", "Then we took the tram up the hill.", "We ate where the locals eat.",
                 "The river was lovely at dusk.", "We left a day for the coast"]
    component = ('<div class="se-component se-sectionTitle"><div class="se-component-content"><div class="se-section '
                 'se-section-sectionTitle"><div class="se-module se-module-text"><p class="se-text-paragraph">{t}</p>'
                 '</div></div></div></div>')
    body = "".join(component.format(t=t) + f"<p>{BODY} {BODY}</p>" for t in sentences)
    assert items_of("A day in Lisbon", body) == []


def test_sentences_in_a_plain_title_class_stay_no_titles() -> None:
    # A guard: a paragraph classed only "title" among the writer's paragraphs, ending in ".",
    # is a sentence of the story (the class names no list entry): no entries are read.
    body = "".join(f"<div><p class='title'>The {NAMES[k]} team met on Monday.</p></div><p>{BODY} {BODY}</p>"
                   for k in range(5))
    assert items_of("How the council spent its week", body) == []


# ---------------------------------------------------------------- two entries in title boxes

# A template's title boxes (`<div class="entry-title">`, a card's `…__title`) over each entry's prose:
# three of a class were needed to read them as titles, so a list of two ("The two measures that…")
# read no entries.
def test_two_title_boxes_under_a_promise_of_two() -> None:
    body = "".join(f"<div class='entry-title'>{NAMES[k]} measure</div><p>{BODY} {BODY}</p><p>{BODY}</p>"
                   for k in range(2))
    assert items_of("The two measures that could never work here", body) == ["Alpha measure", "Bravo measure"]


def test_two_title_boxes_without_a_promise_make_no_list() -> None:
    # A guard: two titled sections under a headline that counts nothing are no listicle.
    body = "".join(f"<div class='entry-title'>{NAMES[k]} measure</div><p>{BODY} {BODY}</p>" for k in range(2))
    assert items_of("How the city handled the lockdown", body) == []


def test_two_repeated_title_boxes_are_a_label() -> None:
    # A guard: one label repeated in two title boxes ("Our verdict") titles nothing.
    body = "".join(f"<h2>{NAMES[k]} measure</h2><div class='box-title'>Our verdict</div><p>{BODY} {BODY}</p>"
                   for k in range(2))
    assert items_of("The two measures that could never work here", body) == ["Alpha measure", "Bravo measure"]


# ---------------------------------------------------------------- a product card before the story's text

# A roundup's product card whose one link wraps the picture and the heading (`<a class="product-card"
# href="https://www.amazon.com/dp/…"><img …><h2 class="product-card__title">…</h2></a>`, as shop-card
# blocks and slideshow templates write each slide): the first one, standing before any of the story's
# prose, was judged a "read next" link card and dropped, its entry with it.
_CARD = ("<li class='slide'><a class='product-card' href='https://www.amazon.com/dp/B0{n}'><img src='/p/{n}.jpg' "
         "alt='{name} lamp'><h2 class='product-card__title'>{name} lamp</h2></a><p>{body}</p><p>{body}</p></li>")


def test_first_product_card_before_the_text_is_an_entry() -> None:
    cards = "".join(_CARD.format(n=k + 1, name=NAMES[k], body=BODY) for k in range(5))
    html = (f"<html lang=en><head><title>t</title></head><body><article><h1>5 lamps for a cosy autumn</h1>"
            f"<ul class='slides'>{cards}</ul></article></body></html>")
    document = audit(html.encode(), "page.html", DEFAULT).document
    assert document is not None
    assert [item.heading for item in document.items] == [f"{NAMES[k]} lamp" for k in range(5)]
    assert bare_page("5 lamps for a cosy autumn", f"<ul class='slides'>{cards}</ul>") == [None] * 5


def test_read_next_card_to_the_site_before_the_text_stays_chrome() -> None:
    # A guard: one link wrapping a picture and a heading that leads to another of the site's stories,
    # before the story's text, is still a "read next" card.
    card = "<a href='/2026/12/next-story'><img src='/p/next.jpg' alt='A tram'><h2>Why the trams run late</h2></a>"
    html = (f"<html lang=en><head><title>t</title></head><body><article><h1>A walk through the old town</h1>"
            f"{card}<p>{BODY} {BODY}</p><p>{BODY}</p></article></body></html>")
    document = audit(html.encode(), "page.html", DEFAULT).document
    assert document is not None
    assert [h.text for h in document.headings if h.level == 2] == []


# ---------------------------------------------------------------- a summary of the headed entries

# A ranking table or an "at a glance" list over the entries (Wirecutter's and affiliate roundups'
# "Our picks" table: `<tr><td>1</td><td>Alpha lamp</td><td>$20</td></tr>`, TablePress comparison
# tables, a `<ol>` of the picks' names), each of its titles then a heading over the entry's text:
# the numbered summary won, the entries were placed in the table and given no words.
_LAMPS = [f"{NAMES[k]} lamp" for k in range(5)]
_SECTIONS = "".join(f"<h2>{name}</h2><p>{BODY} {BODY}</p><p>{BODY}</p>" for name in _LAMPS)


@pytest.mark.parametrize("summary", [
    "<table><tr><th>#</th><th>Lamp</th><th>Price</th></tr>"
    + "".join(f"<tr><td>{k + 1}</td><td>{name}</td><td>${k * 10 + 20}</td></tr>" for k, name in enumerate(_LAMPS))
    + "</table>",
    # A guard (holds on 388c63c: the headings beside an <ol> of names keep the count).
    "<p><strong>Our picks at a glance:</strong></p><ol>" + "".join(f"<li>{name}</li>" for name in _LAMPS) + "</ol>",
])
def test_summary_of_the_entries_is_not_where_they_stand(summary: str) -> None:
    document = audited("The 5 best lamps for autumn", f"<p>{BODY}</p>{summary}<p>{BODY}</p>{_SECTIONS}").document
    assert document is not None
    assert [(item.style, item.heading) for item in document.items] == [("heading", name) for name in _LAMPS]
    assert all(item.words >= 50 for item in document.items)


def test_ranking_table_over_sections_of_other_titles_stays_the_list() -> None:
    # A guard: a ranking table whose names are not the headings after it (the sections are the
    # article's own: how we tested, what to look for) stays the list.
    table = "<table><tr><th>#</th><th>Lamp</th></tr>" + "".join(
        f"<tr><td>{k + 1}</td><td>{name}</td></tr>" for k, name in enumerate(_LAMPS)) + "</table>"
    sections = "".join(f"<h2>{t}</h2><p>{BODY} {BODY}</p>" for t in ("How we tested", "What to look for"))
    document = audited("The 5 best lamps for autumn", f"<p>{BODY}</p>{table}{sections}").document
    assert document is not None
    assert [item.number for item in document.items] == [1, 2, 3, 4, 5]


# ---------------------------------------------------------------- full-width numbers before a digit

# Japanese and Chinese text write the item number with a full-width stop or bracket and no space
# ("９．3-D Body Scanners", "２）3つのコツ"): a digit right after the stop was read as a decimal, the
# entry lost its number (the re-dressed body-fat guide read 9 of 10). A full-width stop before a
# full-width digit is one ("１．５倍"); the ideographic comma lists numbers ("3、4月").
def test_full_width_stop_before_an_ascii_digit_numbers_the_title() -> None:
    titles = ["Skinfold calipers", "Body scans", "3-D body scanners", "Hydrostatic weighing", "4K photos"]
    body = "".join(f"<h2>{chr(0xFF11 + k)}．{t}</h2><p>{BODY} {BODY}</p>" for k, t in enumerate(titles))
    document = audited("5 ways to measure body fat", body).document
    assert document is not None
    assert [item.number for item in document.items] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("text", ["１．５倍の効果", "3、4月の旅行", "1、2、3の順に"])
def test_decimals_and_listed_numbers_in_cjk_are_no_markers(text: str) -> None:
    # A guard: a full-width decimal and numbers listed with the ideographic comma number nothing.
    from auditor.structure.markers import parse_marker

    assert parse_marker(text) is None


# ---------------------------------------------------------------- one name met again in title boxes

# A guide by age group names one toy under two groups ("Rainbow stacker" for babies and for toddlers):
# its title boxes were not all distinct, so none was read as a title and the list was lost. Four in
# five distinct are enough; one label repeated in every box still titles nothing (guard above).
def test_title_boxes_with_a_name_met_again_under_another_section() -> None:
    titles = ["Rainbow stacker", "Wooden puppet", "Shape sorter", "Rainbow stacker", "Memory cards", "Letter puzzle"]
    boxes = [f"<div class='entry-title'>{t}</div><p>{BODY} {BODY}</p>" for t in titles]
    body = "<h2>For babies</h2>" + "".join(boxes[:3]) + "<h2>For toddlers</h2>" + "".join(boxes[3:])
    assert items_of("6 Montessori toys for little hands", body) == titles


# ---------------------------------------------------------------- Google Docs' one-item numbered lists

# Google Docs' "Download as web page" (and CMS imports of it) writes a numbered title as a list of
# one item that goes on with the count, the entry's text in paragraphs after it:
# `<ol class="lst-kix_list_1-0" start="3"><li class="c2 li-bullet-0"><span class="c5">Title</span></li></ol>`,
# bold only by the class's style rule. Under a headline without a count, an ordered list is no list,
# so the entries were lost (re-dressed so, 16 of 33 tuning listicles read no entries).
def _docs_entry(n: int, title: str, body: str) -> str:
    return (f"<ol class='lst-kix_list_1-0{' start' if n == 1 else ''}' start='{n}'><li class='c2 li-bullet-0'>"
            f"<span class='c5'>{title}</span></li></ol><p class='c1'><span class='c0'>{body}</span></p>")


def test_google_docs_numbered_titles_over_their_text() -> None:
    body = "".join(_docs_entry(k + 1, f"{NAMES[k]} plan", f"{BODY} {BODY}") for k in range(6))
    document = audited("How to plan a weekend away", body).document
    assert document is not None
    assert [(item.number, item.heading) for item in document.items] == [(k + 1, f"{NAMES[k]} plan") for k in range(6)]


def test_one_item_lists_all_starting_at_one_number_nothing() -> None:
    # A guard: one-item lists that each start at 1 (an editor's stray list formatting) give no numbers
    # to read as titles; the page reads no list.
    body = "".join(f"<ol><li>{NAMES[k]} plan</li></ol><p>{BODY} {BODY}</p>" for k in range(6))
    document = audited("How to plan a weekend away", body).document
    assert document is not None
    assert [item.number for item in document.items if item.number is not None] == []


def test_one_item_lists_without_text_after_them_are_no_titles() -> None:
    # A guard: numbered one-item lists one after another (no paragraph after each) are no titles.
    body = "".join(f"<ol start='{k + 1}'><li>{NAMES[k]} plan</li></ol>" for k in range(6)) + f"<p>{BODY}</p>"
    document = audited("How to plan a weekend away", body).document
    assert document is not None
    assert document.items == ()


# ---------------------------------------------------------------- a listicle written out as a slideshow

# A slideshow's slides written out in one page (gallery plugins, Meredith's and Hearst's slideshow
# templates: `<div class="gallery slideshow"><div class="gallery-slide"><h2>…</h2><img …><p>…`), the
# first slide's heading before its picture: it was judged an embedded slideshow "unlike the
# headline" and dropped with every entry. Slides each titled at one level over prose of their own,
# or as many as the headline counts, are the listicle.
def _gallery(slide: str, count: int = 5) -> str:
    slides = "".join(slide.format(n=k + 1, name=NAMES[k]) for k in range(count))
    return f"<div class='gallery slideshow'>{slides}</div>"


@pytest.mark.parametrize("slide", [
    "<div class='gallery-slide'><h2>{name} lamp</h2><img src='/p/{n}.jpg' alt='The {name} lamp'>"
    f"<p>{BODY}</p></div>",
    # Titles over a spec list and a label heading each ("Pros and cons"): as many titles as the headline counts.
    "<div class='gallery-slide'><h2>{name} lamp</h2><img src='/p/{n}.jpg' alt='The {name} lamp'>"
    "<h3>Pros and cons</h3><ul><li>Warm light</li><li>Heavy base</li></ul></div>",
])
def test_listicle_told_as_a_slideshow_is_kept(slide: str) -> None:
    body = f"<p>{BODY} {BODY}</p>{_gallery(slide)}<p>{BODY} {BODY}</p>"
    assert items_of("5 lamps for a cosy autumn", body) == [f"{NAMES[k]} lamp" for k in range(5)]


def test_embedded_slideshow_of_captions_stays_dropped() -> None:
    # A guard: a story's embedded slideshow under a title of its own ("Business news in pictures"),
    # its slides captioned pictures, stays chrome: its title is no heading of the story.
    slide = "<div class='gallery-slide'><img src='/p/{n}.jpg' alt='Traders'><p class='caption'>Traders at work.</p></div>"
    body = f"<p>{BODY} {BODY}</p><div class='gallery slideshow'><h2>Business news in pictures</h2>" \
           f"{''.join(slide.format(n=k) for k in range(6))}</div><p>{BODY} {BODY}</p>"
    document = audited("Markets close higher after a quiet week", body).document
    assert document is not None
    assert [h.text for h in document.headings if h.level == 2] == []


# ---------------------------------------------------------------- two entries as terms or an accordion

# A list of two set as definition terms or an accordion's boxes (`<dl><dt>…</dt><dd>…</dd></dl>`,
# `<details open><summary>…</summary>…`): three terms were needed to read them as titles.
@pytest.mark.parametrize("entry", [
    "<dl><dt>{name} measure</dt><dd><p>{body}</p></dd></dl>",
    "<details open><summary>{name} measure</summary><p>{body}</p></details>",
])
def test_two_terms_under_a_promise_of_two(entry: str) -> None:
    body = "".join(entry.format(name=NAMES[k], body=f"{BODY} {BODY}") for k in range(2))
    assert items_of("The two measures that could never work here", body) == ["Alpha measure", "Bravo measure"]


def test_two_titled_terms_among_others_title_nothing() -> None:
    # A guard: two terms over prose among a spec sheet's terms over short values are no list of two.
    terms = "".join(f"<dt>{NAMES[k]} measure</dt><dd><p>{BODY} {BODY}</p></dd>" for k in range(2))
    specs = "<dt>Weight</dt><dd>1.2 kg</dd><dt>Height</dt><dd>30 cm</dd>"
    assert items_of("The two measures that could never work here", f"<dl>{terms}{specs}</dl>") == []
