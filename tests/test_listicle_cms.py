"""Listicle shapes as CMSs, themes and plugins write them (round 9), each read end to end
through ``audit``: where the markup comes from is named above each builder (read in the
public source of the plugin, theme or CMS, never copied from a saved article). Each test
fails without the change it covers; look-alikes that must not become items sit beside."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from auditor.api import Settings, audit
from auditor.config import CliRuleOptions, Config, effective_rules
from auditor.model import Document

DEFAULT = Settings(rules=effective_rules(Config(), None, CliRuleOptions()))
INTRO = ("We asked our travel desk where they would go next year if the budget allowed only one long weekend, "
         "and these are the places they named again and again.")
PLACES = ["Lisbon", "Kyoto", "Cape Town", "Reykjavik", "Oaxaca", "Hoi An", "Tbilisi", "Valparaiso", "Ljubljana",
          "Hobart", "Porto", "Seville"]


def blurb(k: int) -> str:
    return (f"{PLACES[k]} rewards a slow visit: walk the old quarter early, eat where the locals queue at lunch and "
            f"leave an afternoon free for the view from the hill above the harbour. Prices stay fair outside the "
            f"summer weeks, and the trains from the airport run late enough for an evening arrival.")


def page(h1: str, body: str, lang: str = "en") -> str:
    return (f"<html lang={lang}><head><title>{h1}</title></head><body><article class='post'>"
            f"<h1>{h1}</h1><p>{INTRO}</p>{body}</article></body></html>")


def entries(build: Callable[[int], str], n: int) -> str:
    return "".join(build(k) for k in range(n))


def doc_of(html: str) -> Document:
    result = audit(html.encode(), "page.html", DEFAULT)
    assert result.error is None and result.document is not None and result.document.listicle is not None
    return result.document


def rules(html: str) -> set[str]:
    result = audit(html.encode(), "page.html", DEFAULT)
    return {f.rule for f in result.findings}


# ---------------------------------------------------------------- a count the page does not keep

def _slide(k: int) -> str:
    # A gallery template's slide: the picture and its text in <figcaption> (WordPress's
    # core/gallery and core/image blocks, Hearst/Dotdash slides), no heading of its own.
    return (f"<figure class='wp-block-image'><img src='/i/{k}.jpg' alt='{PLACES[k]}'>"
            f"<figcaption><strong>{PLACES[k]}</strong> — {blurb(k)}</figcaption></figure>")


def _div_hed(k: int) -> str:
    # A slide whose title is a <div>, its number a span (listicle-slide-hed / -hed-number /
    # -hed-text, as Hearst's slideshow templates class them).
    return (f"<div class='listicle-slide'><div class='listicle-slide-media'><img src='/h/{k}.jpg' alt=''></div>"
            f"<div class='listicle-slide-hed'><span class='listicle-slide-hed-text'>{PLACES[k]}</span></div>"
            f"<div class='listicle-slide-dek'><p>{blurb(k)}</p></div></div>")


def _bold_then_faq(k: int) -> str:
    return f"<p><strong>{PLACES[k]}</strong></p><p>{blurb(k)}</p>"


# Yoast SEO's FAQ block (blocks/faq: div.schema-faq-section, strong.schema-faq-question,
# p.schema-faq-answer) closing the article: its questions are bold lines too.
YOAST_FAQ = ("<h2>FAQ</h2><div class='schema-faq wp-block-yoast-faq-block'>" + "".join(
    f"<div class='schema-faq-section' id='faq-question-{j}'><strong class='schema-faq-question'>"
    f"Is {PLACES[j]} expensive in winter?</strong> <p class='schema-faq-answer'>Not really; hotels drop prices "
    f"after the holidays and flights are cheap midweek.</p> </div>" for j in range(4)) + "</div>")


@pytest.mark.parametrize("shape,tail", [(_slide, ""), (_div_hed, ""), (_bold_then_faq, YOAST_FAQ)])
def test_seven_entries_under_a_headline_promising_nine_are_seven(shape: Callable[[int], str], tail: str) -> None:
    # Without a count to match, these read as seven entries; a promise of nine used to
    # leave none (no shape counting nine), so the page was "no list found".
    doc = doc_of(page("9 Cities to Visit This Winter", entries(shape, 7) + tail))
    assert [i.title.split(' —')[0] for i in doc.items] == PLACES[:7]
    assert doc.listicle is not None and doc.listicle.verdict == "unknown"  # unnumbered: not a certain count
    assert doc_of(page("7 Cities to Visit This Winter", entries(shape, 7) + tail)).listicle.verdict == "kept"


def test_a_story_under_a_counted_headline_gains_no_entries() -> None:
    # The fallback reads entries as a named list would: a story's paragraphs are none.
    story = "".join(f"<p>{blurb(k)}</p>" for k in range(6))
    doc = doc_of(page("9 Cities to Visit This Winter", story))
    assert doc.items == ()


# ---------------------------------------------------------------- every title shown twice

def _carousel(n: int, numbered: bool = False) -> str:
    # A featured-image carousel over the article (Swiper/Slick slides, as magazine themes
    # put one at the top of a list post), each slide a picture and the entry's title as <h3>.
    return "<div class='swiper-wrapper'>" + entries(
        lambda k: f"<div class='swiper-slide'><img src='/c/{k}.jpg' alt=''><h3>{'#' if numbered else ''}{PLACES[k]}</h3></div>",
        n) + "</div>"


def test_a_carousel_of_the_titles_over_the_entries_leaves_the_entries() -> None:
    # Every title twice (an <h3> in the carousel, an <h2> over the entry) read as a
    # template's label repeated under each entry: all fourteen were set aside, none counted.
    body = _carousel(7) + entries(lambda k: f"<h2>{PLACES[k]}</h2><p>{blurb(k)}</p>", 7)
    doc = doc_of(page("7 Cities to Visit This Winter", body))
    assert [i.title for i in doc.items] == PLACES[:7] and all(i.level == 2 for i in doc.items)
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


@pytest.mark.parametrize("n", [3, 7])
def test_labels_repeated_under_every_entry_are_still_labels(n: int) -> None:
    # "Why we love it" / "Good to know" under each entry: two texts, each n times.
    body = entries(lambda k: f"<h2>{PLACES[k]}</h2><h3>Why we love it</h3><p>{blurb(k)}</p>"
                             f"<h3>Good to know</h3><p>{blurb(k + 1)}</p>", n)
    doc = doc_of(page(f"{n} Cities to Visit This Winter", body))
    assert [i.title for i in doc.items] == PLACES[:n]


def test_pros_and_cons_under_two_entries_stay_labels() -> None:
    # Two texts doubled are a template's labels under two entries, not titles shown twice.
    body = entries(lambda k: f"<h3>{PLACES[k]}</h3><p>{blurb(k)}</p><h3>Pros</h3><p>Cheap.</p><h3>Cons</h3><p>Cold.</p>", 2)
    doc = doc_of(page("2 Cities to Visit This Winter", body))
    assert [i.title for i in doc.items] == PLACES[:2]


# ---------------------------------------------------------------- a number in its own element

# Lullabot's listicle_heading for Drupal writes <span class="number">1</span><span
# class="separator">. </span><span class="title">…</span>; themes that drop the separator
# and style the number as a badge leave it glued to the title in the text: "1Lisbon".
@pytest.mark.parametrize("build", [
    lambda k: f"<h2><span class='number'>{k + 1}</span>{PLACES[k]}</h2><p>{blurb(k)}</p>",
    lambda k: f"<h2><span class='number'>{k + 1}</span><span class='title'>{PLACES[k]}</span></h2><p>{blurb(k)}</p>",
    lambda k: f"<p><strong><span class='number'>{k + 1}</span>{PLACES[k]}</strong></p><p>{blurb(k)}</p>",
    lambda k: f"<h3>{k + 1} {PLACES[k]}</h3><p>{blurb(k)}</p>",
])
def test_a_number_badge_glued_to_the_title_is_the_items_number(build: Callable[[int], str]) -> None:
    doc = doc_of(page("9 Cities to Visit This Winter", entries(build, 7)))
    assert [i.number for i in doc.items] == list(range(1, 8))
    assert [i.title for i in doc.items] == PLACES[:7]
    # Numbered, seven under a promise of nine is a certain mismatch, not a guess.
    assert doc.listicle is not None and doc.listicle.verdict == "mismatch"


@pytest.mark.parametrize("titles", [
    ["3D Printers", "4K Televisions", "5G Phones"],  # a capital after the digit, not counting 1..N
    ["1password", "2fa apps", "3dsmax"],  # lower case goes on: a name
    ["1 Lisbon", "3 Kyoto", "2 Cape Town"],  # not counting
])
def test_titles_opening_with_digits_that_do_not_count_get_no_numbers(titles: list[str]) -> None:
    body = "".join(f"<h2>{t}</h2><p>{blurb(k)}</p>" for k, t in enumerate(titles))
    doc = doc_of(page("The Best Gadgets to Buy This Winter", body))
    assert len(doc.items) == 3 and all(i.number is None for i in doc.items)


def _slide_hed(k: int, space: str) -> str:
    # A slideshow template's title box: a <div>, not a heading, the number and the title
    # each in a span (listicle-slide-hed / -hed-number / -hed-text in Hearst's templates).
    return (f"<div class='listicle-slide'><div class='listicle-slide-media'><img src='/h/{k}.jpg' alt=''></div>"
            f"<div class='listicle-slide-hed'><span class='listicle-slide-hed-number'>{k + 1}</span>{space}"
            f"<span class='listicle-slide-hed-text'>{PLACES[k]}</span></div>"
            f"<div class='listicle-slide-dek'><p>{blurb(k)}</p></div></div>")


@pytest.mark.parametrize("space", ["", " "])
def test_title_boxes_split_by_markup_stand_where_they_are(space: str) -> None:
    # The text "1Lisbon" is not in the source as written: it was placed at column 1 of its
    # line, before the headline on a one-line page, and so outside the article's entries.
    doc = doc_of(page("9 Cities to Visit This Winter", entries(lambda k: _slide_hed(k, space), 7)))
    assert [(i.number, i.title) for i in doc.items] == list(zip(range(1, 8), PLACES[:7]))
    assert doc.listicle is not None and doc.listicle.verdict == "mismatch"
    hed = next(p for p in doc.paragraphs if p.text == f"1{space}Lisbon")  # the space between the spans kept
    assert hed.column > doc.headline_column


# ---------------------------------------------------------------- gift guides with short entries

PRODUCTS = ["Ember Mug 2", "Kindle Paperwhite", "Bose QuietComfort Earbuds", "Theragun Mini", "Instant Pot Duo",
            "Yeti Rambler Tumbler", "Lego Botanical Bouquet"]
ONE_LINERS = ["Keeps coffee hot for ninety minutes and reminds you when it is ready.",
              "A waterproof reader with a warm light for late nights.", "Great noise cancelling in a small earbud.",
              "Works out knots after a long day at the desk.", "Seven cookers in one pot.",
              "Keeps drinks cold all day at the beach.", "Flowers that never wilt, built over a weekend."]


def _shopify_card(k: int) -> str:
    # A Shopify blog post's product card (the theme's card-product snippet set in the
    # article): the store's own products linked without the host, "/products/<handle>".
    return (f"<div class='product-card'><a href='/products/p{k}'><img src='/s/{k}.jpg' alt=''></a>"
            f"<a class='product-card__title' href='/products/p{k}'>{PRODUCTS[k]}</a>"
            f"<span class='price'>${20 + 5 * k}.00</span><p>{ONE_LINERS[k]}</p></div>")


@pytest.mark.parametrize("headline", ["7 Gifts for the Person Who Has Everything",
                                      "Gift Guide: What to Buy for the Person Who Has Everything"])
def test_a_store_blogs_product_cards_are_the_entries(headline: str) -> None:
    # A relative link to the store's product page is a shop's link: the card's name is
    # the entry's title, as an absolute https://…/products/… link already made it.
    doc = doc_of(page(headline, "<div class='rte'>" + entries(_shopify_card, 7) + "</div>"))
    assert [i.title for i in doc.items] == PRODUCTS


def test_one_line_entries_under_bold_names_are_a_list_without_a_count() -> None:
    # Seven bold names, each over one short sentence, under a 27-word intro: the entries
    # are most of the page once their titles' words count as theirs (they were left out,
    # and the names' own words counted against the entries).
    body = entries(lambda k: f"<p><strong>{PRODUCTS[k]}</strong></p><p>{ONE_LINERS[k]}</p>", 7)
    doc = doc_of(page("Gift Guide: What to Buy for the Person Who Has Everything", body))
    assert [i.title for i in doc.items] == PRODUCTS


def test_a_storys_bold_subtitles_over_long_text_stay_no_list() -> None:
    story = entries(lambda k: f"<p><strong>{PRODUCTS[k]} maker warns</strong></p>"
                              f"<p>{blurb(k)} {blurb(k + 1) if k % 2 else ''}</p>", 5)
    assert doc_of(page("What the holiday season means for small shops", story)).items == ()


def _media_text(k: int) -> str:
    # Gutenberg's Media & Text block (core/media-text: figure.wp-block-media-text__media
    # beside div.wp-block-media-text__content), the name in a large-type paragraph, one
    # sentence, then the shop's line.
    return (f"<div class='wp-block-media-text alignwide is-stacked-on-mobile'><figure class='wp-block-media-text__media'>"
            f"<img src='/m/{k}.jpg' alt=''></figure><div class='wp-block-media-text__content'>"
            f"<p class='has-large-font-size'>{PRODUCTS[k]}</p><p>{ONE_LINERS[k]}</p>"
            f"<p><a href='https://amzn.to/x{k}'>${20 + 5 * k} at Amazon</a></p></div></div>")


@pytest.mark.parametrize("headline", ["7 Gifts for the Person Who Has Everything",
                                      "Gift Guide: What to Buy for the Person Who Has Everything"])
def test_names_over_one_short_sentence_and_a_shop_line_are_entries(headline: str) -> None:
    # Under ten words of text each ("Seven cookers in one pot."): too little for a title
    # paragraph's entry unless a shop's line says it is a product's.
    doc = doc_of(page(headline, entries(_media_text, 7)))
    assert [i.title for i in doc.items] == PRODUCTS



def _column(k: int) -> str:
    # Gutenberg's Columns block (core/columns > core/column), three products a row: the
    # picture, the name in bold, the price and a Buttons block; no description.
    return (f"<div class='wp-block-column'><figure class='wp-block-image'><img src='/c/{k}.jpg' alt=''></figure>"
            f"<p class='has-text-align-center'><strong>{PRODUCTS[k]}</strong></p><p class='has-text-align-center'>"
            f"${20 + 5 * k}</p><div class='wp-block-buttons'><div class='wp-block-button'><a class='wp-block-button__link'"
            f" href='https://amzn.to/x{k}'>Shop now</a></div></div></div>")


def _columns(ks: range) -> str:
    return "".join("<div class='wp-block-columns'>" + "".join(_column(k) for k in ks[r:r + 3]) + "</div>"
                   for r in range(0, len(ks), 3))


@pytest.mark.parametrize("headline", ["Gift Guide: What to Buy for the Person Who Has Everything",
                                      "9 Gifts for the Person Who Has Everything"])
def test_a_grid_of_names_and_prices_is_a_gift_list(headline: str) -> None:
    doc = doc_of(page(headline, _columns(range(7))))
    assert [i.title for i in doc.items] == PRODUCTS


def test_a_shop_the_story_grid_under_a_story_is_no_list() -> None:
    story = "".join(f"<p>{blurb(k)}</p>" for k in range(8))
    doc = doc_of(page("Gift Guide: What to Buy for the Person Who Has Everything", story + _columns(range(4))))
    assert doc.items == ()


def _bullets(n: int) -> str:
    # The classic editor's or Gutenberg's List block (core/list, ul.wp-block-list): one
    # bullet a product, the name linked in bold, a dash, its line.
    return "<ul class='wp-block-list'>" + entries(
        lambda k: f"<li><a href='https://shop.example/{k}'><strong>{PRODUCTS[k]}</strong></a> – {ONE_LINERS[k]}</li>", n
    ) + "</ul>"


@pytest.mark.parametrize("headline", ["Gift Guide: What to Buy for the Person Who Has Everything",
                                      "9 Gifts for the Person Who Has Everything"])
def test_the_one_bulleted_list_that_is_the_article_is_its_entries(headline: str) -> None:
    doc = doc_of(page(headline, _bullets(7)))
    assert [i.title.split(" –")[0] for i in doc.items] == PRODUCTS


def test_a_storys_bulleted_points_under_a_named_headline_are_no_entries() -> None:
    story = "".join(f"<p>{blurb(k)}</p>" for k in range(5))
    doc = doc_of(page("Gift Guide: What to Buy for the Person Who Has Everything", story + _bullets(4)))
    assert doc.items == ()


def _priced_line(k: int) -> str:
    # The classic editor's gift guide: a picture, the name linked with its price on one
    # line ("Ember Mug 2 ($20)"), one or two sentences.
    return (f"<p><img src='/l/{k}.jpg' alt=''></p><p><a href='https://shop.example/{k}'>{PRODUCTS[k]}</a>"
            f" (${20 + 5 * k})</p><p>{ONE_LINERS[k]} {ONE_LINERS[k]}</p>")


@pytest.mark.parametrize("headline", ["7 Gifts for the Person Who Has Everything",
                                      "9 Gifts for the Person Who Has Everything"])
def test_a_name_and_its_price_on_one_line_titles_the_entry(headline: str) -> None:
    # The line was read as a shop's line only: no title (entries titled by their text's
    # first words), and under a count the page does not keep, no entries at all.
    doc = doc_of(page(headline, entries(_priced_line, 7)))
    assert [i.title for i in doc.items] == PRODUCTS


@pytest.mark.parametrize("line,name", [
    ("Ember Mug 2, $130", "Ember Mug 2"), ("Kindle Paperwhite ($25)", "Kindle Paperwhite"),
    ("Theragun Mini – 199 € bei Otto", "Theragun Mini"), ("$29.99 at Amazon", None), ("Price: $20", None),
    ("Only $20 at Amazon", None), ("Buy now, $20", None), ("Now: $15", None),
])
def test_the_name_of_a_priced_line(line: str, name: str | None) -> None:
    from auditor.structure.labels import priced_name

    assert priced_name(line) == name


# ---------------------------------------------------------------- lists inside the entries

@pytest.mark.parametrize("promised", [3, 7, 9])
def test_steps_in_every_entry_are_not_the_list(promised: int) -> None:
    # Seven unnumbered <h2> entries, each holding a three-step <ol> (a how-to plugin's or
    # an editor's steps): the first <ol> was taken for the list, "3 of 7", a certain
    # mismatch; under "3 Cities…" the steps even kept the promise.
    steps = "<ol><li>Go early in the morning</li><li>Eat at the market</li><li>Take the tram up the hill</li></ol>"
    doc = doc_of(page(f"{promised} Cities to Visit This Winter",
                      entries(lambda k: f"<h2>{PLACES[k]}</h2><p>{blurb(k)}</p>{steps}", 7)))
    assert [i.title for i in doc.items] == PLACES[:7]
    assert "LS001" not in rules(page(f"{promised} Cities to Visit This Winter",
                                     entries(lambda k: f"<h2>{PLACES[k]}</h2><p>{blurb(k)}</p>{steps}", 7)))


def test_an_ordered_list_after_a_storys_sections_is_still_the_list() -> None:
    # Three framing sections, then the list itself as one <ol> of seven: the list.
    sections = entries(lambda k: f"<h2>{['Why go now', 'How we chose', 'Getting there'][k]}</h2><p>{blurb(k)}</p>", 3)
    items = "<ol>" + entries(lambda k: f"<li>{PLACES[k]}: {blurb(k)}</li>", 7) + "</ol>"
    doc = doc_of(page("7 Cities to Visit This Winter", sections + items))
    assert [i.number for i in doc.items] == list(range(1, 8))


# ---------------------------------------------------------------- the promise

@pytest.mark.parametrize("headline,lang,number", [
    ("Топ-10 фильмов 2023 года", "ru", 10),  # "Top-10" in Cyrillic, as "Top-10" already read
    ("睡眠の質を上げる10の方法", "ja", 10),  # "N の" + a list noun: ten ways
    ("The Best Laptops for Students (Top 9)", "en", 9),
    ("Every Pixar Movie, Ranked (All 27)", "en", 27),
    ("1001 Books You Must Read Before You Die", "en", 1001),
    ("Meet Our 10 favorite chefs", "en", 10),
])
def test_list_headlines_promise_their_count(headline: str, lang: str, number: int) -> None:
    from auditor.structure.numbers import headline_number

    assert headline_number(headline, lang)[0] == number


@pytest.mark.parametrize("headline", [
    "Covid-19: 10,000 new cases",  # no list runs to ten thousand
    "Fans mourn as Maroon 5 cancels shows",  # a name's number
    "Why Apollo 13 astronauts still matter",
    "Plane crash kills all 27 on board",
    "Federer back in top 10 after win",
])
def test_news_numbers_promise_nothing(headline: str) -> None:
    from auditor.structure.numbers import headline_number

    assert headline_number(headline, "en")[0] is None
    story = "".join(f"<p>{blurb(k)}</p>" for k in range(4))
    assert not rules(page(headline, story)) & {"LS001", "LS002"}


@pytest.mark.parametrize("headline,lang", [
    ("Brand in Hamburg: 30 Menschen evakuiert", "de"), ("Tre arresti a Napoli", "it"),
    ("Incendie: 50 hectares brûlés", "fr"), ("Wildfire burns 3,000 acres", "en"),
])
def test_news_of_evacuations_arrests_and_areas_promises_nothing(headline: str, lang: str) -> None:
    from auditor.structure.numbers import headline_number

    assert headline_number(headline, lang)[0] is None


def test_a_list_of_famous_deaths_still_promises() -> None:
    from auditor.structure.numbers import headline_number

    assert headline_number("10 Celebrity Deaths That Shocked the World", "en")[0] == 10


def test_a_clause_ending_in_a_colon_after_a_bold_title_is_no_run_in_title() -> None:
    # "<strong>Lisbon</strong><br>Lisbon rewards a slow visit: …" seven times under a
    # promise of five: the clause before the colon was read as a run-in title where it
    # had six words or fewer, five of the seven, so five "entries" kept a promise the
    # page does not keep.
    body = entries(lambda k: f"<p><strong>{PLACES[k]}</strong><br>{blurb(k)}</p>", 7)
    doc = doc_of(page("5 Cities to Visit This Winter", body))
    assert [i.title for i in doc.items] == PLACES[:7]
    assert doc.listicle is not None and doc.listicle.verdict != "kept"


def test_label_subheadings_in_every_entry_are_no_blocks_of_its_body() -> None:
    # A destination template: each <h2> entry with "Where to stay" and "Where to eat" <h3>
    # labels over its three paragraphs. The labels counted as two more blocks, five in
    # all, past what an entry holds, so without a count no list was read.
    body = entries(lambda k: f"<h2>{PLACES[k]}</h2><p>{blurb(k)}</p><h3>Where to stay</h3><p>{blurb(k)}</p>"
                             f"<h3>Where to eat</h3><p>{blurb(k)}</p>", 7)
    doc = doc_of(page("The Best Cities to Visit This Winter", body))
    assert [i.title for i in doc.items] == PLACES[:7]


@pytest.mark.parametrize("headline,lang,number", [
    ("中国十大旅游城市", "zh", 10), ("三个方法帮你睡好觉", "zh", 3), ("二十个必吃的小吃", "zh", 20),
    ("この冬に訪れたい七つの都市", "ja", 7), ("五つの理由", "ja", 5),
    ("이번 겨울 가볼 만한 도시 일곱 곳", "ko", 7), ("잠을 잘 자는 다섯 가지 방법", "ko", 5),
    ("三人死亡", "zh", None), ("三家银行被罚款", "zh", None), ("一つの答え", "ja", None),
])
def test_counts_spelled_out_in_chinese_japanese_and_korean(headline: str, lang: str, number: int | None) -> None:
    # A numeral before a counter for kinds or picks promises as the digits did ("10大",
    # "7つ", "5가지"); counters for people or firms do not.
    from auditor.structure.numbers import headline_number

    assert headline_number(headline, lang)[0] == number


def test_a_web_storys_pages_are_its_article() -> None:
    # An AMP Web Story (amp-story > amp-story-page > amp-story-grid-layer, as the AMP
    # project's story format and WordPress's Web Stories plugin write it): one page per
    # entry. The body chooser took the densest single page, so one entry of seven.
    pages = entries(lambda k: f"<amp-story-page id='p{k}'><amp-story-grid-layer template='fill'><amp-img src='/s/{k}.jpg'"
                              f" width='720' height='1280' layout='responsive' alt=''></amp-img></amp-story-grid-layer>"
                              f"<amp-story-grid-layer template='vertical'><h2>{k + 1}. {PLACES[k]}</h2><p>{blurb(k)}</p>"
                              f"</amp-story-grid-layer></amp-story-page>", 7)
    h1 = "7 Cities to Visit This Winter"
    html = (f"<html lang=en><head><title>{h1}</title></head><body><amp-story standalone title='{h1}'>"
            f"<amp-story-page id='cover'><amp-story-grid-layer template='vertical'><h1>{h1}</h1><p>{INTRO}</p>"
            f"</amp-story-grid-layer></amp-story-page>{pages}</amp-story></body></html>")
    doc = doc_of(html)
    assert [i.title for i in doc.items] == PLACES[:7]
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


# ---------------------------------------------------------------- posts as the entries

POSTS = ["Nobody warned me that the airport would be colder than the destination.",
         "My suitcase weighs more in winter and I refuse to explain why.",
         "Booked a ski trip, learned I hate snow, now I just drink cocoa in the lodge.",
         "The plane was delayed by ice and so was my will to live.",
         "Packed six sweaters and wore the same hoodie for five days straight.",
         "Me: I love winter. Also me: wearing three coats at the bus stop.",
         "Winter travel tip: the heated seats are the destination."]


def _tweet(k: int) -> str:
    # Twitter's embed markup (publish.twitter.com): blockquote.twitter-tweet > p, then
    # "— Name (@handle) <a>date</a>"; widgets.js turns it into the card.
    return (f"<blockquote class='twitter-tweet'><p lang='en' dir='ltr'>{POSTS[k]}</p>&mdash; Traveller {k} (@trav{k})"
            f" <a href='https://twitter.com/trav{k}/status/{k}'>January {k + 1}, 2023</a></blockquote>")


@pytest.mark.parametrize("commentary", [False, True])
def test_embedded_posts_under_a_count_they_do_not_keep_are_the_entries(commentary: bool) -> None:
    body = entries(lambda k: _tweet(k) + (f"<p>Honestly, same. We have all been there at least once.</p>"
                                          if commentary else ""), 7)
    doc = doc_of(page("9 Tweets That Perfectly Sum Up Winter Travel", body))
    assert len(doc.items) == 7 and doc.items[0].title.startswith("Nobody warned me")


def test_a_features_quoted_answers_are_no_list() -> None:
    # Four long quoted answers in an interview under a headline naming "strategies".
    answer = " ".join([blurb(1)] * 2)
    body = entries(lambda k: f"<p>{blurb(k)}</p><blockquote><p>{answer}</p></blockquote>", 4)
    assert doc_of(page("Zuckerberg offers a peek at his acquisition strategies", body)).items == ()


@pytest.mark.parametrize("headline", ["The Funniest Tweets About Winter Travel", "The Cutest Dogs of the Winter Olympics",
                                      "The craziest things people packed this winter"])
def test_playful_superlatives_name_a_list(headline: str) -> None:
    from auditor.structure.numbers import names_list

    assert names_list(headline, "en")


def test_posts_under_a_playful_superlative_are_the_entries() -> None:
    doc = doc_of(page("The Funniest Tweets About Winter Travel", entries(_tweet, 7)))
    assert len(doc.items) == 7


# ---------------------------------------------------------------- the list shown twice

def _full(k: int, numbered: bool) -> str:
    return f"<h2>{f'{k + 1}. ' if numbered else ''}{PLACES[k]}</h2><p>{blurb(k)}</p><p>{blurb(k + 1)}</p>"


def _glance(k: int, numbered: bool) -> str:
    # A roundup's "at a glance" summary: each title again, at the entries' level, one line.
    return f"<h2>{f'{k + 1}. ' if numbered else ''}{PLACES[k]}</h2><p>Best for a long weekend in January.</p>"


@pytest.mark.parametrize("numbered", [True, False])
@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize("headline", ["9 Cities to Visit This Winter", "The Best Cities to Visit This Winter",
                                      "7 Cities to Visit This Winter"])
def test_a_summary_repeating_the_titles_at_their_level_counts_once(numbered: bool, where: str, headline: str) -> None:
    full = entries(lambda k: _full(k, numbered), 7)
    glance = entries(lambda k: _glance(k, numbered), 7)
    doc = doc_of(page(headline, glance + full if where == "before" else full + glance))
    assert [i.title for i in doc.items] == PLACES[:7]
    assert min(i.words for i in doc.items) > 50  # the entries, not the summary's lines


def test_a_mobile_copy_with_shorter_text_counts_once() -> None:
    full = entries(lambda k: _full(k, True), 7)
    copy = "<div class='mobile-version'>" + entries(lambda k: f"<h2>{k + 1}. {PLACES[k]}</h2><p>{blurb(k)}</p>", 7) + "</div>"
    doc = doc_of(page("9 Cities to Visit This Winter", full + copy))
    assert [i.number for i in doc.items] == list(range(1, 8))
    assert doc.listicle is not None and doc.listicle.verdict == "mismatch" and not doc.listicle.problems


# ---------------------------------------------------------------- sections framing the entries

WHY = f"<h2>Why go in winter?</h2><p>{blurb(8)} {blurb(9)}</p>"
FAQ_H2 = "".join(f"<h2>Is {PLACES[j]} cold in January?</h2><p>Yes, but rarely below freezing.</p>" for j in range(3))


@pytest.mark.parametrize("headline", ["9 Cities to Visit This Winter", "The Best Cities to Visit This Winter",
                                      "5 Cities to Visit This Winter"])
@pytest.mark.parametrize("frame", ["intro", "faq", "both"])
def test_questions_framing_unnumbered_entries_are_not_entries(headline: str, frame: str) -> None:
    # A question heading over the introduction and FAQ questions after the places, at the
    # entries' level: they were read as an eighth entry, or a ninth and tenth.
    places = entries(lambda k: f"<h2>{PLACES[k]}</h2><p>{blurb(k)}</p>", 7)
    body = (WHY if frame != "faq" else "") + places + (FAQ_H2 if frame != "intro" else "")
    assert [i.title for i in doc_of(page(headline, body)).items] == PLACES[:7]


def test_a_list_of_questions_keeps_its_questions() -> None:
    asks = [f"Is {p} worth it in winter?" for p in PLACES[:7]]
    body = "".join(f"<h2>{a}</h2><p>{blurb(k)}</p>" for k, a in enumerate(asks))
    assert [i.title for i in doc_of(page("The Questions Every Winter Traveller Asks", body)).items] == asks


WHEN = f"<h2>When to go</h2><p>{blurb(8)}</p><p>{blurb(9)}</p>"
GETTING = f"<h2>Getting there</h2><p>{blurb(10)}</p><p>{blurb(11)}</p><p>{blurb(7)}</p>"


@pytest.mark.parametrize("headline", ["9 Cities to Visit This Winter", "The Best Cities to Visit This Winter",
                                      "5 Cities to Visit This Winter"])
@pytest.mark.parametrize("where", ["before", "after"])
def test_a_longer_section_framing_unnumbered_entries_is_not_one(headline: str, where: str) -> None:
    # "When to go" (two paragraphs) over seven places of one paragraph each, or "Getting
    # there" (three) after them, before the sources: counted as an eighth entry.
    places = entries(lambda k: f"<h2>{PLACES[k]}</h2><p>{blurb(k)}</p>", 7)
    sources = "<h2>Sources</h2><p>Tourism boards of each city, 2023.</p>"
    body = WHEN + places if where == "before" else places + GETTING + sources
    assert [i.title for i in doc_of(page(headline, body)).items] == PLACES[:7]


def test_closing_text_after_the_last_entry_leaves_it_an_entry() -> None:
    # Numbered footnotes after the last place: its section runs to the end of the body,
    # so it may be the last entry with the page's closing text; it stays an entry.
    notes = "<hr>" + entries(lambda k: f"<p>[{k + 1}] Tourism board of {PLACES[k]}, 2023 report.</p>", 7)
    body = entries(lambda k: f"<h2>{PLACES[k]}</h2><p>{blurb(k)}</p>", 7) + notes
    assert [i.title for i in doc_of(page("The Best Cities to Visit This Winter", body)).items] == PLACES[:7]


def test_entries_of_uneven_length_keep_their_ends() -> None:
    # One to three paragraphs each, the first and last entries among the short ones.
    body = entries(lambda k: f"<h2>{PLACES[k]}</h2>" + f"<p>{blurb(k)}</p>" * (1 + k % 3), 7)
    assert [i.title for i in doc_of(page("The Best Cities to Visit This Winter", body)).items] == PLACES[:7]


# ---------------------------------------------------------------- shapes already read, held

def _toc(numbered: bool) -> str:
    # Easy Table of Contents / LuckyWP / Rank Math TOC blocks: every entry's title again, linked.
    return ("<div class='ez-toc-container'><p class='ez-toc-title'>Table of Contents</p><nav><ul class='ez-toc-list'>"
            + entries(lambda k: f"<li><a class='ez-toc-link' href='#t{k}'>{f'{k + 1}. ' if numbered else ''}"
                                f"{PLACES[k]}</a></li>", 7) + "</ul></nav></div>")


_RAIL = ("<div class='more-lists'><h2>More lists like this</h2>"
         + "".join(f"<div class='card'><h3><a href='/l/{j}'>{j + 5} Best Beaches in {PLACES[j]}</a></h3></div>"
                   for j in range(6)) + "</div>")

HELD = {
    # A number badge in its own box before the heading (wacoal's block pattern: <p>1</p><h2>).
    "number-box-before-heading": lambda k: f"<div class='list-box--number'><p>{k + 1}</p><h2>{PLACES[k]}</h2></div>"
                                           f"<p>{blurb(k)}</p>",
    # Numbers drawn by a CSS counter: nothing printed.
    "css-counter": lambda k: f"<h2 class='counted'><span class='counter' aria-hidden='true'></span>{PLACES[k]}</h2>"
                             f"<p>{blurb(k)}</p>",
    # Dotdash-style structured content: <ol> of entries, each an <h3> in a span, a picture, text.
    "ol-of-headed-entries": lambda k: f"<li class='mntl-sc-list-item'><h3><span class='mntl-sc-block-heading__text'>"
                                      f"{PLACES[k]}</span></h3><figure><img src='/d/{k}.jpg' alt=''></figure>"
                                      f"<p>{blurb(k)}</p></li>",
    # Substack: the heading carries its anchor widget.
    "substack-anchor": lambda k: f"<h3 class='header-anchor-post'>{k + 1}. {PLACES[k]}<div class='header-anchor-parent'>"
                                 f"<button aria-label='Link'></button></div></h3><p>{blurb(k)}</p>",
    # Yoast's How-to block: ol.schema-how-to-steps > li > strong.schema-how-to-step-name + p.
    "yoast-how-to": lambda k: f"<li class='schema-how-to-step'><strong class='schema-how-to-step-name'>{PLACES[k]}"
                              f"</strong> <p class='schema-how-to-step-text'>{blurb(k)}</p></li>",
    # Each entry a figure whose caption holds its title and text.
    "captioned-figures": lambda k: f"<figure><img src='/f/{k}.jpg' alt=''><figcaption>{k + 1}. {PLACES[k]}: "
                                   f"{blurb(k)}</figcaption></figure>",
}
_WRAP = {"ol-of-headed-entries": "<ol class='mntl-sc-list'>{}</ol>", "yoast-how-to": "<ol class='schema-how-to-steps'>{}</ol>"}


def _held_body(shape: str, around: str) -> str:
    items = [HELD[shape](k) for k in range(7)]
    wrap = _WRAP.get(shape, "{}")
    if around == "split":  # entries 1-4 and 5-7 in two boxes, an ad slot between
        return (f"<div class='entry-content'>{wrap.format(''.join(items[:4]))}</div><div class='ad-slot'>"
                f"<p>Advertisement</p></div><div class='entry-content'>{wrap.format(''.join(items[4:]))}</div>")
    return (_toc(shape != "css-counter") if around == "toc" else "") + wrap.format("".join(items)) \
        + (_RAIL if around == "rail" else "")


@pytest.mark.parametrize("shape", sorted(HELD))
@pytest.mark.parametrize("around", ["plain", "toc", "rail", "split"])
def test_shapes_already_read_hold_with_contents_rails_and_split_containers(shape: str, around: str) -> None:
    doc = doc_of(page("7 Cities to Visit This Winter", _held_body(shape, around)))
    assert len(doc.items) == 7 and doc.items[0].title.startswith(PLACES[0]) and doc.items[-1].title.startswith(PLACES[6])
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


@pytest.mark.parametrize("shape", sorted(HELD))
@pytest.mark.parametrize("around", ["plain", "toc", "rail", "split"])
@pytest.mark.parametrize("headline", ["9 Cities to Visit This Winter", "5 Cities to Visit This Winter",
                                      "The Best Cities to Visit This Winter"])
def test_shapes_already_read_count_their_entries_under_any_headline(shape: str, around: str, headline: str) -> None:
    # A count the page does not keep, or none: the seven entries are counted all the same.
    doc = doc_of(page(headline, _held_body(shape, around)))
    assert len(doc.items) == 7 and doc.items[0].title.startswith(PLACES[0])


@pytest.mark.parametrize("headline", ["7 Cities to Visit This Winter", "9 Cities to Visit This Winter",
                                      "The Best Cities to Visit This Winter"])
def test_an_ordered_list_split_by_an_ad_slot_is_one_list_restarting(headline: str) -> None:
    # Four entries, the CMS's ad slot, three entries: two <ol>s that a browser numbers 1-4
    # and 1-3. Seven entries (the first four were taken alone, or under a headline naming
    # the list none: two lists), the restart reported.
    first = "<ol>" + entries(lambda k: f"<li><strong>{PLACES[k]}</strong> <p>{blurb(k)}</p></li>", 4) + "</ol>"
    second = "<ol>" + "".join(f"<li><strong>{PLACES[k]}</strong> <p>{blurb(k)}</p></li>" for k in range(4, 7)) + "</ol>"
    html = page(headline, first + "<div class='ad-slot'><p>Advertisement</p></div>" + second)
    doc = doc_of(html)
    assert [i.number for i in doc.items] == [1, 2, 3, 4, 1, 2, 3]
    assert "LS005" in rules(html)


def test_two_ordered_lists_under_their_own_headings_stay_two() -> None:
    ingredients = "<h2>Ingredients</h2><ol>" + entries(lambda k: f"<li>{PLACES[k]} salt, a pinch</li>", 3) + "</ol>"
    steps = "<h2>Steps</h2><ol>" + entries(lambda k: f"<li>{blurb(k)}</li>", 4) + "</ol>"
    doc = doc_of(page("7 Steps to the Perfect Winter Soup", ingredients + steps))
    assert len(doc.items) != 7


@pytest.mark.parametrize("rail_title", ["More lists like this", "More Travel Guides Like This", "If you liked this"])
def test_a_closing_rail_of_more_lists_is_no_entry(rail_title: str) -> None:
    # The rail's heading at the entries' level (its cards as <h3>s under it) was read as an
    # eighth entry under a count the page does not keep.
    rail = (f"<div class='more-lists'><h2>{rail_title}</h2>"
            + "".join(f"<div class='card'><h3><a href='/l/{j}'>{j + 5} Best Beaches in {PLACES[j]}</a></h3></div>"
                      for j in range(6)) + "</div>")
    body = entries(lambda k: f"<h2>{PLACES[k]}</h2><p>{blurb(k)}</p>", 7) + rail
    assert [i.title for i in doc_of(page("9 Cities to Visit This Winter", body)).items] == PLACES[:7]


@pytest.mark.parametrize("headline,number", [
    ("Best books of 2023: 10 we loved", 10), ("Best gifts for dad: 25 you can still get", 25),
    ("Our favourite podcasts of 2023 — all 12 of them", 12),
    ("Flood: 10 we know died", None), ("The storm killed all 12 of them", None),
])
def test_a_count_without_a_noun_counts_the_list_named_before_it(headline: str, number: int | None) -> None:
    from auditor.structure.numbers import headline_number

    assert headline_number(headline, "en")[0] == number


@pytest.mark.parametrize("headline,number", [
    ("美股三大股指收跌", None),  # the three major indexes close lower: news
    ("五大银行公布业绩", None), ("3个月后房价上涨", None), ("三个月后房价上涨", None), ("CPI上涨3个百分点", None),
    ("中国十大旅游城市", 10), ("5个方法帮你睡好觉", 5),
])
def test_chinese_durations_points_and_major_players_promise_nothing(headline: str, number: int | None) -> None:
    from auditor.structure.numbers import headline_number

    assert headline_number(headline, "zh")[0] == number


# ---------------------------------------------------------------- accordions

@pytest.mark.parametrize("numbered", [False, True])
@pytest.mark.parametrize("headline", ["9 Cities to Visit This Winter", "The Best Cities to Visit This Winter"])
def test_a_details_boxs_summary_titles_its_entry(numbered: bool, headline: str) -> None:
    # Gutenberg's Details block (core/details, WordPress 6.3): <details><summary>title</summary>
    # then the entry's text. The summary line was not read at all: no titles, no list.
    body = entries(lambda k: f"<details class='wp-block-details'><summary>{f'{k + 1}. ' if numbered else ''}"
                             f"{PLACES[k]}</summary><p>{blurb(k)}</p></details>", 7)
    doc = doc_of(page(headline, body))
    assert [i.title for i in doc.items] == PLACES[:7]


def test_an_faq_accordion_after_the_entries_is_no_entry() -> None:
    faq = entries(lambda k: f"<details><summary>Is {PLACES[k]} cold in January?</summary>"
                            f"<p>Yes, but rarely below freezing.</p></details>", 3)
    body = entries(lambda k: f"<h2>{PLACES[k]}</h2><p>{blurb(k)}</p>", 7) + faq
    assert [i.title for i in doc_of(page("The Best Cities to Visit This Winter", body)).items] == PLACES[:7]


# ---------------------------------------------------------------- gifts grouped by recipient

_GROUPS = [("For the coffee lover", [0]), ("For the reader", [1]), ("For the music fan", [2]), ("For the athlete", [3]),
           ("For the cook", [4, 5]), ("For the builder", [6])]


@pytest.mark.parametrize("title", ["h3", "bold"])
def test_gifts_grouped_one_or_two_to_a_recipient_are_one_list(title: str) -> None:
    # A gift guide's recipient headings over one or two gifts each: groups of one were no
    # groups, so without a count none of the seven gifts was read.
    def gift(k: int) -> str:
        name = f"<h3>{PRODUCTS[k]}</h3>" if title == "h3" else f"<p><strong>{PRODUCTS[k]}</strong></p>"
        return f"{name}<p>{ONE_LINERS[k]} {ONE_LINERS[k]}</p><p><a href='https://amzn.to/{k}'>${20 + k} at Amazon</a></p>"
    body = "".join(f"<h2>{g}</h2>" + "".join(gift(k) for k in ks) for g, ks in _GROUPS)
    doc = doc_of(page("Gift Guide: What to Buy for the Person Who Has Everything", body))
    assert [i.title for i in doc.items] == PRODUCTS


def test_a_gift_of_one_short_sentence_among_longer_ones_is_an_entry() -> None:
    # Names linked through the site's own affiliate redirect ("/go/…", as Pretty Links or
    # ThirstyAffiliates cloak them), each over its text; the fifth's text is ten words
    # ("Seven cookers in one pot." twice) and was too short for an entry's: six of seven.
    body = entries(lambda k: f"<p><img src='/i/{k}.jpg' alt=''></p><p><a href='/go/p{k}' rel='nofollow sponsored'>"
                             f"{PRODUCTS[k]}</a></p><p>{ONE_LINERS[k]} {ONE_LINERS[k]}</p>", 7)
    doc = doc_of(page("Gift Guide: What to Buy for the Person Who Has Everything", body))
    assert [i.title for i in doc.items] == PRODUCTS


def test_the_portuguese_numero_sign_marks_an_item() -> None:
    from auditor.structure.markers import parse_marker

    found = parse_marker("N.º 1 Lisboa", plain=True)
    assert found is not None and found.number == 1 and found.title == "Lisboa"


@pytest.mark.parametrize("headline", ["7 Cities to Visit This Winter", "Seven Cities to Visit This Winter"])
def test_unrendered_markdown_bold_run_in_titles_are_titles(headline: str) -> None:
    # Text pasted from a Markdown editor or a chat tool that the CMS printed as is:
    # "<p>**Lisbon**: Lisbon rewards…</p>". The asterisks hid the run-in title.
    body = entries(lambda k: f"<p>**{PLACES[k]}**: {blurb(k)}</p>", 7)
    assert [i.title for i in doc_of(page(headline, body)).items] == PLACES[:7]
