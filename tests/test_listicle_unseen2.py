"""Listicle shapes read from how list templates, galleries and newsrooms print an entry's
number and title (issue 9, round 11: the holdout's unseen pages are dressed in ways the
tuning set does not show). Each case fails on 1d30ea5; sources of the markup are cited
where the shape comes from a template. Small articles read end to end through ``audit``."""

from __future__ import annotations

import pytest

from auditor.structure.markers import bare_number, parse_marker

from test_listicle_languages import BODY, NAMES
from test_listicle_languages import listicle_facts as facts
from test_listicle_languages import audited


def entries(count: int, head: str) -> str:
    """``count`` entries, each a heading ``head`` formats with its number, total and name, over prose."""
    return "".join(f"<h2>{head.format(n=n, total=count, name=NAMES[n - 1])}</h2><p>{BODY} {BODY}</p>"
                   for n in range(1, count + 1))


def titles(headline: str, body: str) -> list[str]:
    document = audited(headline, body).document
    assert document is not None
    return [item.title for item in document.items]


# ---------------------------------------------------------------- an entry's place: "1/10", "1 of 10"

# A slideshow flattened into one page prints each slide's place in the show: ZEIT ONLINE's
# gallery template sets `<span class="figure__index">{{ image_loop.index }}/{{ image_loop.length }}</span>`
# before the caption (ZeitOnline/test_visual_regression, zeit/web/site/templates/inc/asset/
# image_gallery.tpl); a WordPress slideshow plugin prints "$index/$count" in its "numbertext" box
# (papi-knomic/wpcs-papi-knomic, views/slideshow-frontend.php); React galleries "Slide {current}
# of {total}".
PLACES = ["{n}/{total} {name}", "{n} / {total}: {name}", "{n} of {total}: {name}", "{n} of {total} – {name}",
          "{n} von {total}: {name}", "{n} de {total} – {name}"]


@pytest.mark.parametrize("head", PLACES)
def test_an_entry_s_place_in_the_show_numbers_it(head: str) -> None:
    assert facts("7 places to see in spring", entries(7, head))[:3] == (7, 7, "kept")
    assert titles("7 places to see in spring", entries(7, head))[:2] == NAMES[:2]


@pytest.mark.parametrize("head", PLACES)
def test_a_show_longer_than_its_promise_is_a_counted_mismatch(head: str) -> None:
    # Numbered, the count is certain: nine slides under "7 places" are a broken promise (LS001),
    # where unnumbered entries would only be a guess.
    promised, found, verdict, rules = facts("7 places to see in spring", entries(9, head))
    assert (promised, found, verdict) == (7, 9, "mismatch")
    assert "LS001" in rules
    assert titles("7 places to see in spring", entries(9, head))[-1] == NAMES[8]  # "1 of 9: " is no title


@pytest.mark.parametrize(("text", "title"), [("1/50 United goin down", "United goin down"),
                                             ("3 of 10: Lisbon", "Lisbon"), ("3 sur 10 – Lisbonne", "Lisbonne")])
def test_places_read(text: str, title: str) -> None:
    found = parse_marker(text, plain=True)
    assert found is not None and found.title == title


# Guards (they hold on 1d30ea5 too): what the place grammar must not take.
@pytest.mark.parametrize("text", ["1/2 cup of sugar", "1/4 cup flour", "24/7 Support", "3/2 Split", "1 of 2020 Alpha"])
def test_fractions_and_dates_are_no_places(text: str) -> None:
    assert parse_marker(text, plain=True) is None


def test_a_fraction_in_running_text_is_no_entry() -> None:
    assert parse_marker("1/4 cup of sugar goes in first, then the eggs.") is None
    assert parse_marker("1/3: the share of voters who stayed home") is not None  # a separator makes it a place


def test_a_counter_alone_over_the_title_numbers_it() -> None:
    # "<h2>1/7</h2><h3>Lisbon</h3>": the counter set in its own box over each slide's title.
    body = "".join(f"<h2>{n}/9</h2><h3>{NAMES[n - 1]}</h3><p>{BODY} {BODY}</p>" for n in range(1, 10))
    promised, found, verdict, rules = facts("7 places to see in spring", body)
    assert (promised, found, verdict) == (7, 9, "mismatch") and "LS001" in rules
    assert [bare_number(t) for t in ("1 / 10", "Slide 2 of 10", "Foto 3 de 10", "1/2", "2020")] == [1, 2, 3, None, None]


# ---------------------------------------------------------------- Roman numerals, CJK and Korean ranks

@pytest.mark.parametrize("head", ["{roman}. {name}", "{roman}) {name}", "{roman} – {name}", "{roman}: {name}"])
def test_roman_numerals_number_entries(head: str) -> None:
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
    body = "".join(f"<h2>{head.format(roman=roman[n - 1], name=NAMES[n - 1])}</h2><p>{BODY} {BODY}</p>"
                   for n in range(1, 10))
    promised, found, verdict, rules = facts("7 reasons to go by train", body)
    assert (promised, found, verdict) == (7, 9, "mismatch") and "LS001" in rules
    assert titles("7 reasons to go by train", body)[:4] == NAMES[:4]


@pytest.mark.parametrize(("text", "number"), [("IV. Alpha", 4), ("XII) Bravo", 12), ("XIX – Charlie", 19),
                                              ("XXXIX. Delta", 39), ("IX: Echo", 9)])
def test_roman_values(text: str, number: int) -> None:
    found = parse_marker(text, plain=True)
    assert found is not None and found.number == number


# Guards, as above.
@pytest.mark.parametrize("text", ["I love Paris", "Iv. Alpha", "iv. alpha", "MIX. Alpha", "VX. Alpha"])
def test_words_and_lower_case_are_no_roman_numerals(text: str) -> None:
    found = parse_marker(text, plain=True)
    assert found is None or found.number not in (4, 5)


@pytest.mark.parametrize("head", ["第{n}名：{name}", "第{n}名 {name}", "{n}위. {name}", "{n}위 {name}", "제{n}위 {name}",
                                  "{n}번. {name}"])
def test_cjk_and_korean_ranks_keep_their_titles(head: str) -> None:
    body = entries(9, head)
    promised, found, verdict, rules = facts("7 places to see in spring", body)
    assert (promised, found, verdict) == (7, 9, "mismatch") and "LS001" in rules
    assert titles("7 places to see in spring", body)[:2] == NAMES[:2]


def test_chinese_numeral_ranks() -> None:
    found = parse_marker("第三名：Charlie", plain=True)
    assert found is not None and (found.number, found.title) == (3, "Charlie")


# ---------------------------------------------------------------- unnumbered title boxes (note22's leftovers)

def slide(title: str, cls: str = "slide-title") -> str:
    """A gallery template's slide: its title box, a picture's box with its credit, the prose
    (the shape of the tuning page thelist-multivitamin-effects, its h2s set as title boxes)."""
    return (f'<div class="{cls}">{title}</div><div class="image-holder"><img src="/i.jpg" alt="A couple">'
            f'<span class="credit">Shutterstock</span></div><p>{BODY} {BODY}</p>')


LONG = ["If you're vegan or vegetarian, you could fill in the gaps of your diet when you take a {name} every day",
        "Want to boost your intake of folic acid? Take a {name} every day", "Your eyes may thank you for {name}",
        "Taking {name} every day can promote healthy aging", "You may be more nourished with {name}"]


def test_a_title_box_of_twenty_one_words_is_a_title() -> None:
    body = "".join(slide(t.format(name=NAMES[n])) for n, t in enumerate(LONG))
    promised, found, verdict, _rules = facts("5 things that happen when you take a multivitamin", body)
    assert (promised, found, verdict) == (5, 5, "kept")
    assert titles("5 things that happen when you take a multivitamin", body)[0].startswith("If you're vegan")


def test_title_boxes_ending_in_a_full_stop() -> None:
    # Titles written as sentences, some with a full stop (the tuning page cntraveler-airlines-2014:
    # "Ryanair turned on the charm to attract more traveling families."), set in a template's title box.
    heads = ["Ryanair turned on the charm to attract more families.", "Dallas's smaller airport opened up",
             "American Airlines highlighted classic Hollywood glamour.", "Airlines partnered with craft breweries",
             "Dated airplane interiors were upcycled", "Wi-Fi use was approved during all stages of a flight."]
    body = "".join(slide(h, "c-slide__title") for h in heads)
    assert facts("6 things airlines did well in 2014", body)[:3] == (6, 6, "kept")
    assert titles("6 things airlines did well in 2014", body)[0] == heads[0]


def test_a_plain_box_ending_in_a_full_stop_stays_prose() -> None:
    # A guard (holds on 1d30ea5): without a title class a short sentence in a box is the writer's text.
    body = "".join(f"<div>{NAMES[n]} was the best.</div><p>{BODY} {BODY}</p>" for n in range(6))
    assert facts("Notes from a long trip", body)[1] == 0


@pytest.mark.parametrize("cls", ["gb-headline gb-headline-{uid} gb-headline-text", "uagb-heading-text uagb-block-{uid}",
                                 "kt-adv-heading{uid} wp-block-kadence-advancedheading title"])
def test_title_boxes_carrying_each_block_s_own_id(cls: str) -> None:
    # Block plugins give every block a class of its own id (GenerateBlocks' "gb-headline-<uniqueId>",
    # Spectra's "uagb-block-<block_id>", Kadence's "kt-adv-heading<uniqueID>"): one kind of box all the same.
    body = "".join(f'<div class="{cls.format(uid=f"{n}f3a9c{n}")}">{NAMES[n]}</div><p>{BODY} {BODY}</p>'
                   for n in range(7))
    assert facts("The 7 best places to visit this year", body)[:3] == (7, 7, "kept")


# ---------------------------------------------------------------- product roundups

def product_card(n: int, pros: str = "Pros", cons: str = "Cons") -> str:
    """An affiliate "best X" card: the product's name box, its picture, its pros and cons lists
    and a buy button, the writer's text after the card (AffiliateX's Single Product, Pros and
    Cons and Button blocks, common-repository/affiliatex readme.txt; AAWP's product boxes)."""
    return (f'<div class="product-box"><div class="product-box__name">{NAMES[n]} Blender</div>'
            f'<img src="/p/{n}.jpg" alt="The {NAMES[n]} blender">'
            f'<div class="pros"><strong>{pros}</strong><ul><li>Fast</li><li>Quiet</li></ul></div>'
            f'<div class="cons"><strong>{cons}</strong><ul><li>Pricey</li></ul></div>'
            f'<a class="button" href="https://www.amazon.com/dp/B0{n}">Buy on Amazon</a></div><p>{BODY} {BODY}</p>')


@pytest.mark.parametrize(("pros", "cons"), [("Pros", "Cons"), ("What we like", "What we don't like"),
                                            ("Vorteile", "Nachteile"), ("Ventajas", "Desventajas"),
                                            ("Avantages", "Inconvénients"), ("メリット", "デメリット")])
def test_a_product_card_with_pros_and_cons_before_its_text(pros: str, cons: str) -> None:
    body = "".join(product_card(n, pros, cons) for n in range(7))
    assert facts("The 7 best blenders of the year", body)[:3] == (7, 7, "kept")
    assert titles("The 7 best blenders of the year", body)[0] == "Alpha Blender"


def test_a_card_without_text_after_it_titles_nothing() -> None:
    # A guard (holds on 1d30ea5): cards standing one after another, no prose of the writer's.
    cards = "".join(product_card(n).split("<p>")[0] for n in range(7))
    assert facts("Blenders we tested", cards)[1] == 0


# ---------------------------------------------------------------- slideshows flattened into one page

def counted_slide(n: int, total: int) -> str:
    """A slide: its counter in a box of its own, the picture, the title in bold, the text
    (React galleries' "{current} / {total}" counter box; Brightspot-style slide templates)."""
    return (f'<div class="slide"><div class="slide-count">{n} / {total}</div><img src="/i/{n}.jpg" alt="A view">'
            f"<p><strong>{NAMES[n - 1]}</strong></p><p>{BODY} {BODY}</p></div>")


def test_a_slide_counter_in_its_own_box_numbers_the_slide() -> None:
    body = "".join(counted_slide(n, 9) for n in range(1, 10))
    promised, found, verdict, rules = facts("7 places to see in spring", body)
    assert (promised, found, verdict) == (7, 9, "mismatch") and "LS001" in rules
    assert facts("9 places to see in spring", body)[:3] == (9, 9, "kept")


def captioned_slide(n: int, total: int) -> str:
    """ZEIT ONLINE's gallery caption: "<span class=figure__index>1/9</span>" before the caption's text."""
    return (f'<figure><img src="/i/{n}.jpg" alt="A view"><figcaption><span class="figure__index">{n}/{total}</span> '
            f"<strong>{NAMES[n - 1]}</strong> {BODY} {BODY}</figcaption></figure>")


def test_a_caption_s_place_numbers_its_slide() -> None:
    body = "".join(captioned_slide(n, 9) for n in range(1, 10))
    promised, found, verdict, rules = facts("7 places to see in spring", body)
    assert (promised, found, verdict) == (7, 9, "mismatch") and "LS001" in rules
    document = audited("7 places to see in spring", body).document
    assert document is not None and [i.number for i in document.items] == list(range(1, 10))


# ---------------------------------------------------------------- numbers drawn as pictures

# A theme draws each entry's number as a picture: a Smarty template's "hfcNumber" box holds
# `<p><img src=".../im-box-no1.gif" alt="No.1"></p>` before each `<h2>` (found in the code
# corpus by its alt); ranking pages put `<img src="ico_word01.gif" alt="No.1">` before a name.
@pytest.mark.parametrize("alt", ["{n}", "No.{n}", "#{n}", "Number {n}", "Nummer {n}"])
def test_a_number_drawn_as_a_picture_numbers_the_entry(alt: str) -> None:
    def entry(n: int) -> str:
        return (f'<div class="number"><p><img src="/img/im-box-no{n}.gif" width="38" height="38" '
                f'alt="{alt.format(n=n)}"></p></div><h2>{NAMES[n - 1]}</h2><p>{BODY} {BODY}</p>')

    body = "".join(entry(n) for n in range(1, 10))
    promised, found, verdict, rules = facts("7 places to see in spring", body)
    assert (promised, found, verdict) == (7, 9, "mismatch") and "LS001" in rules


def test_a_number_picture_inside_the_title() -> None:
    body = "".join(f'<h3><img src="/n/{n}.png" alt="{n}"> {NAMES[n - 1]}</h3><p>{BODY} {BODY}</p>'
                   for n in range(9, 0, -1))  # a countdown
    document = audited("The 9 best places to see in spring", body).document
    assert document is not None and [i.number for i in document.items] == list(range(9, 0, -1))
    assert document.listicle is not None and document.listicle.verdict == "kept"


def test_pictures_whose_alts_do_not_count_number_nothing() -> None:
    # A guard: product shots an editor gave alts "1", "1", "2"… are no numbering.
    body = "".join(f'<h3>{NAMES[n]}</h3><img src="/p/{n}.jpg" alt="{max(1, n)}"><p>{BODY} {BODY}</p>' for n in range(7))
    document = audited("The 7 best places to see in spring", body).document
    assert document is not None and all(i.number is None for i in document.items)


# ---------------------------------------------------------------- number badges inline before the title

# A rank badge set as a span in the entry's box, the heading right after it (ranking themes'
# `<span class="article_ranking ranking-one">1</span>`, fudosan-king/front_design
# src/fudosan-king-7462/ranking_post.php; list templates' "list-item-number").
@pytest.mark.parametrize("badge", ['<span class="list-item-number">{n}</span>', '<b class="rank">{n}</b>',
                                   '<span class="article_ranking">{n}</span> '])
def test_a_badge_inline_before_the_heading_numbers_it(badge: str) -> None:
    body = "".join(f'<div class="list-item">{badge.format(n=n)}<h2>{NAMES[n - 1]}</h2></div><p>{BODY} {BODY}</p>'
                   for n in range(1, 10))
    promised, found, verdict, rules = facts("7 places to see in spring", body)
    assert (promised, found, verdict) == (7, 9, "mismatch") and "LS001" in rules
    assert titles("7 places to see in spring", body)[:2] == NAMES[:2]


# ---------------------------------------------------------------- a ranking's place, Iberian ordinals

# German, Spanish, Polish, Turkish, Swedish places; Portuguese and Spanish ordinals ("1.º", "1.ª").
@pytest.mark.parametrize("head", ["Platz {n} – {name}", "Puesto {n} - {name}", "Miejsce {n} – {name}",
                                  "Sıra {n} – {name}", "Plats {n} – {name}", "{n}.º {name}", "{n}.ª {name}"])
def test_a_ranking_s_place_numbers_the_entry(head: str) -> None:
    body = entries(9, head)
    promised, found, verdict, rules = facts("7 places to see in spring", body)
    assert (promised, found, verdict) == (7, 9, "mismatch") and "LS001" in rules
    assert titles("7 places to see in spring", body)[:2] == NAMES[:2]


PRODUCTS = ["Bender-Shaped Covers For Smart Speakers", "Repurposed Piano Bookshelves", "Remote Controls With A Plug",
            "Hug-Shaped Rings", "Toaster-Shaped USB Hubs", "Cat Keyboard Shields"]


@pytest.mark.parametrize("badge", ['<span class="num">{n}</span>', '<img src="/n/{n}.png" alt="{n}">'])
def test_a_countdown_numbered_by_badges_whose_titles_read_like_counts(badge: str) -> None:
    # "<span>6</span><h2>Bender-Shaped Covers…</h2>" read as "6 Bender-Shaped Covers…" is a
    # count ("6 Covers"), not entry 6: the badge's number is read as a marker ("6. …").
    count = len(PRODUCTS)
    body = "".join(f'<div class="item">{badge.format(n=count - k)}<h2>{t}</h2></div><p>{BODY} {BODY}</p>'
                   for k, t in enumerate(PRODUCTS))
    document = audited("Things we never knew we wanted", body).document
    assert document is not None
    assert [i.number for i in document.items] == list(range(count, 0, -1))
    assert [i.title for i in document.items] == PRODUCTS


def test_number_pictures_under_a_list_s_own_heading() -> None:
    # The list's heading ("5 tips to enjoy game day") right before item 1's number picture:
    # the picture numbers the heading after it, not the one before.
    items = "".join(f'<p><img src="/n/{n}.png" alt="{n}"></p><h3>{NAMES[n - 1]} Tip</h3><p>{BODY} {BODY}</p>'
                    for n in range(1, 6))
    document = audited("How to tackle game day snacks", f"<h2>5 tips to enjoy game day</h2>{items}").document
    assert document is not None and [i.number for i in document.items] == [1, 2, 3, 4, 5]


# ---------------------------------------------------------------- an embedded post between title and text

EMBEDS = ['<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/{n}/">'
          '<div><a href="https://www.instagram.com/p/{n}/">Ein Beitrag geteilt von Alpha</a></div></blockquote>',
          '<blockquote class="twitter-tweet"><p lang="en">A short post</p>&mdash; Alpha (@alpha) '
          '<a href="https://twitter.com/alpha/status/{n}">May 1</a></blockquote>',
          '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@a/video/{n}"><section>'
          '<a href="https://www.tiktok.com/@a">@a</a></section></blockquote>']


@pytest.mark.parametrize("embed", EMBEDS)
def test_a_social_embed_between_a_title_box_and_its_text(embed: str) -> None:
    # Embed codes as the platforms hand them out (before their script runs): the post stands
    # where a picture would, between the entry's title box and its text (a Halloween tips page
    # of the tuning set, its headings set as title boxes).
    body = "".join(f'<div class="entry-title">{NAMES[n]} Kostüm</div><p></p>{embed.format(n=n)}<p>{BODY} {BODY}</p>'
                   for n in range(7))
    assert facts("7 Halloween-Tipps für Last-Minute-Kostüme", body, "de")[:3] == (7, 7, "kept")


# ---------------------------------------------------------------- a number glued to its title

# "<h2><span class="num">1</span>Lisbon</h2>": the badge is styled apart, but the text reads
# "1Lisbon"; a title opening with digits of its own ("93-D Scanners": badge 9, "3-D Scanners")
# is read by the count, and titles in quotes keep their numbers ("1password" stays a name:
# tests/test_listicle_cms.py).
GLUED = ["Skinfold Calipers", "“Veggie-fy” your dip", "Mother!", "3-D Body Scanners", "Air Displacement"]


@pytest.mark.parametrize("countdown", [False, True])
def test_numbers_glued_to_their_titles(countdown: bool) -> None:
    order = list(range(len(GLUED), 0, -1)) if countdown else list(range(1, len(GLUED) + 1))
    body = "".join(f'<h2><span class="num">{n}</span>{GLUED[k]}</h2><p>{BODY} {BODY}</p>' for k, n in enumerate(order))
    document = audited("Ways to measure your body fat", body).document
    assert document is not None
    assert [i.number for i in document.items] == order
    assert [i.title for i in document.items] == GLUED


def test_units_glued_to_numbers_are_no_badges() -> None:
    # A guard: "3D", "4K", "5G" open titles of their own and count nothing (a glued run must count from 1
    # or down to 1; "1X", "2K", "3D" in a row would be read as badges).
    body = "".join(f"<h2>{t}</h2><p>{BODY} {BODY}</p>" for t in ("3D Printers", "4K Screens", "5G Phones"))
    document = audited("The 3 best things to buy this year", body).document
    assert document is not None and len(document.items) == 3
    assert all(i.number is None for i in document.items)


# ---------------------------------------------------------------- Russian, Japanese and Chinese number signs

@pytest.mark.parametrize("head", ["№{n}. {name}", "№ {n} – {name}", "【{n}】{name}", "【第{n}位】{name}", "［{n}］{name}"])
def test_number_signs_of_other_scripts(head: str) -> None:
    body = entries(9, head)
    promised, found, verdict, rules = facts("7 places to see in spring", body)
    assert (promised, found, verdict) == (7, 9, "mismatch") and "LS001" in rules
    assert titles("7 places to see in spring", body)[:2] == NAMES[:2]


def test_chinese_numerals_in_brackets() -> None:
    found = parse_marker("（三）上海", plain=True)
    assert found is not None and (found.number, found.title) == (3, "上海")


@pytest.mark.parametrize("head", ["Slide {n} of {total} – {name}", "Photo {n} of {total}: {name}",
                                  "Bild {n} von {total}: {name}", "Foto {n}/{total} {name}"])
def test_a_slide_s_label_and_place(head: str) -> None:
    # A picture's label with a place in the show is a slide's, not a figure's number ("Figure 3:").
    promised, found, verdict, rules = facts("7 places to see in spring", entries(9, head))
    assert (promised, found, verdict) == (7, 9, "mismatch") and "LS001" in rules
    assert titles("7 places to see in spring", entries(9, head))[:2] == NAMES[:2]
