"""Listicle shapes as shops, affiliate plugins, page builders and newsrooms write them
(round 8): gift guides of product boxes with a price and a "Buy" button, Gutenberg and
WooCommerce product blocks, BuzzFeed-style shopping entries titled by their description,
slides whose text sits in the caption, entries with "Pros / Cons / Price" sub-headings,
bold phrases inside a paragraph, and item numbers as Japanese, Spanish or German pages
print them. Each shape read end to end through ``audit``, each with look-alikes that must
not become items (news, FAQ, spec tables, teaser cards)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from auditor.api import Settings, audit
from auditor.config import CliRuleOptions, Config, effective_rules
from auditor.model import Document

DEFAULT = Settings(rules=effective_rules(Config(), None, CliRuleOptions()))
INTRO = ("Shopping for someone who already owns everything is hard, so our editors tried dozens of things "
         "this autumn and kept only the ones we would happily give to our own families.")
PRODUCTS = ["Ember Mug 2", "Kindle Paperwhite", "Bose QuietComfort Earbuds", "Theragun Mini", "Instant Pot Duo",
            "Yeti Rambler Tumbler", "Lego Botanical Bouquet", "Polaroid Go Camera", "Fellow Stagg Kettle"]
BLURBS = [
    "Keeps coffee at the exact temperature you choose for up to ninety minutes, and the app reminds you when it is ready.",
    "A waterproof reader with a warm light that makes late-night reading easy on the eyes, and a battery that lasts weeks.",
    "The best noise cancelling we tested in earbuds this small, with a snug fit that stays put on a morning run.",
    "A pocket-sized massager that works out knots after a long day at the desk, quiet enough to use while watching TV.",
    "Seven cookers in one pot: pressure cook a stew in forty minutes, then make yoghurt overnight without any fuss.",
    "Double-walled steel keeps drinks cold for a whole day at the beach, and the lid will not leak in a bag either.",
    "A bunch of flowers that never wilts, built from hundreds of pieces over a relaxed weekend afternoon at home.",
    "Instant prints in a camera small enough for a jacket pocket, with a selfie mirror and a flash that flatters.",
    "A pour-over kettle with a precise spout and a dial that holds the water at the degree a good brew needs.",
]


def doc_of(html: str) -> Document:
    result = audit(html.encode(), "page.html", DEFAULT)
    assert result.error is None and result.document is not None and result.document.listicle is not None
    return result.document


def rules(html: str) -> set[str]:
    result = audit(html.encode(), "page.html", DEFAULT)
    return {f.rule for f in result.findings}


def page(h1: str, body: str, wrap: str = "<article class='post'>{}</article>", lang: str = "en",
         intro: str = INTRO) -> str:
    return (f"<html lang={lang}><head><title>{h1}</title></head><body>"
            + wrap.format(f"<h1>{h1}</h1><p>{intro}</p>{body}") + "</body></html>")


def titles(doc: Document) -> list[str]:
    return [i.title for i in doc.items]


def entries(build: Callable[[int], str], n: int) -> str:
    return "".join(build(k) for k in range(n))


# ---------------------------------------------------------------- gift guides of product boxes

def _gutenberg_group(k: int) -> str:
    # A Gutenberg group per product: image, bold linked name in a paragraph, price, text, a button.
    return (f"<div class='wp-block-group'><div class='wp-block-group__inner-container'>"
            f"<figure class='wp-block-image size-large'><img src='/p/{k}.jpg' alt='{PRODUCTS[k]}'></figure>"
            f"<p><strong><a href='https://amzn.to/3x{k}Yz' rel='sponsored nofollow'>{PRODUCTS[k]}</a></strong></p>"
            f"<p>{BLURBS[k]}</p>"
            f"<div class='wp-block-buttons'><div class='wp-block-button'><a class='wp-block-button__link'"
            f" href='https://amzn.to/3x{k}Yz'>Buy on Amazon – ${20 + 5 * k}.99</a></div></div></div></div>")


def _affiliate_box(k: int) -> str:
    # An affiliate plugin's product box (AAWP, Lasso, Amazon's own): the name a link in a div.
    return (f"<div class='aawp-product aawp-product--horizontal'><div class='aawp-product__thumb'>"
            f"<a href='https://www.amazon.com/dp/B0{k}XYZ?tag=site-20' rel='nofollow noopener sponsored'>"
            f"<img class='aawp-product__image' src='/a/{k}.jpg' alt=''></a></div>"
            f"<div class='aawp-product__content'><a class='aawp-product__title'"
            f" href='https://www.amazon.com/dp/B0{k}XYZ?tag=site-20'>{PRODUCTS[k]}</a>"
            f"<div class='aawp-product__description'><p>{BLURBS[k]}</p></div></div>"
            f"<div class='aawp-product__footer'><span class='aawp-product__price'>${20 + 5 * k}.99</span>"
            f"<a class='aawp-button aawp-button--buy' href='https://www.amazon.com/dp/B0{k}XYZ?tag=site-20'>"
            f"Check price</a></div></div>")


def _skimlinks_para(k: int) -> str:
    # The classic editor: a picture, a paragraph "Name, $25 at Shop" linked, the blurb, a "Shop now" link.
    return (f"<p><img src='/s/{k}.jpg' alt='{PRODUCTS[k]}' width='600' height='400'></p>"
            f"<p><a href='https://go.skimresources.com/?id=1X&url=https%3A%2F%2Fshop.example%2F{k}'>"
            f"<strong>{PRODUCTS[k]}, ${20 + 5 * k}</strong></a></p>"
            f"<p>{BLURBS[k]}</p>"
            f"<p><a href='https://go.skimresources.com/?id=1X&url=https%3A%2F%2Fshop.example%2F{k}'>Shop now</a></p>")


def _woo_block(k: int) -> str:
    # WooCommerce's product blocks in a post: each product a list item of a <ul>.
    return (f"<li class='wc-block-grid__product'><a href='/product/{k}' class='wc-block-grid__product-link'>"
            f"<div class='wc-block-grid__product-image'><img src='/w/{k}.jpg' alt=''></div>"
            f"<div class='wc-block-grid__product-title'>{PRODUCTS[k]}</div></a>"
            f"<div class='wc-block-grid__product-price price'><span class='woocommerce-Price-amount amount'>"
            f"${20 + 5 * k}.00</span></div>"
            f"<div class='wp-block-button wc-block-grid__product-add-to-cart'><a href='?add-to-cart={k}'"
            f" class='wp-block-button__link add_to_cart_button'>Add to cart</a></div></li>")


def _buzzfeed_shopping(k: int) -> str:
    # BuzzFeed-style shopping entries: a picture, then the description is the title; then "Get it from…".
    return (f"<div class='subbuzz subbuzz-image' id='mod-subbuzz-image-{k}'>"
            f"<h2 class='subbuzz__title'><span class='subbuzz__number'>{k + 1}.</span> "
            f"<span class='js-subbuzz__title-text'>A {PRODUCTS[k]} for the friend who has everything</span></h2>"
            f"<figure class='subbuzz__media'><img src='/b/{k}.jpg' alt=''></figure>"
            f"<div class='subbuzz__description'><p>{BLURBS[k]}</p>"
            f"<p><b>Get it from <a href='https://www.amazon.com/dp/{k}?tag=bf-20'>Amazon</a> for "
            f"${20 + 5 * k}.99.</b></p></div></div>")


def _buzzfeed_unnumbered(k: int) -> str:
    # No title at all: a picture, then the description (the product named inside it, linked), a price line.
    return (f"<div class='subbuzz subbuzz-image'><figure class='subbuzz__media'><img src='/u/{k}.jpg' alt=''>"
            f"</figure><div class='subbuzz__description'><p>A <a href='https://www.amazon.com/dp/{k}?tag=bf-20'>"
            f"{PRODUCTS[k].lower()}</a> that the giftee will use daily. {BLURBS[k]}</p>"
            f"<p><b>Get it from Amazon for ${20 + 5 * k}.99.</b></p></div></div>")


def _name_price_text(k: int) -> str:
    # The name alone in a paragraph, then the price line, the text (one sentence) and a button.
    return (f"<p class='product-name'>{PRODUCTS[k]}</p><p>${20 + 5 * k}.99 at Target</p><p>{BLURBS[k]}</p>"
            f"<p><a href='https://www.target.com/p/{k}'>Buy now</a></p>")


def _card_boxes(k: int) -> str:
    # A theme's product card: title, price and text in boxes of their own, no title class.
    return (f"<div class='gift'><div class='gift__label'>{PRODUCTS[k]}</div><div class='gift__cost'>${20 + 5 * k}.99"
            f"</div><div class='gift__copy'>{BLURBS[k]}</div><a class='gift__cta' href='https://amzn.to/x{k}'>"
            f"Check price</a></div>")


def _name_price_lines(k: int) -> str:
    # The classic editor: name, price and text as lines of one paragraph (Shift+Enter).
    return f"<p>{PRODUCTS[k]}<br>\n${20 + 5 * k}.99 at Amazon<br>\n{BLURBS[k]}</p>\n"


GIFT_GUIDES = {
    "name-price-text": (_name_price_text, "<article class='post'><div class='entry-content'>{}</div></article>"),
    "card-boxes": (_card_boxes, "<article class='post'><div class='entry-content'>{}</div></article>"),
    "name-price-lines": (_name_price_lines, "<article class='post'><div class='entry-content'>{}</div></article>"),
    "gutenberg-group": (_gutenberg_group, "<article class='post'><div class='entry-content'>{}</div></article>"),
    "affiliate-box": (_affiliate_box, "<article class='post'><div class='entry-content'>{}</div></article>"),
    "skimlinks-paragraphs": (_skimlinks_para, "<article class='post'><div class='entry-content'>{}</div></article>"),
    "woocommerce-grid": (lambda k: _woo_block(k), "<article class='post'><div class='entry-content'>"
                         "<div class='wc-block-grid has-4-columns'><ul class='wc-block-grid__products'>{}</ul></div>"
                         "</div></article>"),
    "buzzfeed-numbered": (_buzzfeed_shopping, "<article><div class='buzz'>{}</div></article>"),
    "buzzfeed-unnumbered": (_buzzfeed_unnumbered, "<article><div class='buzz'>{}</div></article>"),
}


@pytest.mark.parametrize("shape", sorted(GIFT_GUIDES))
def test_a_gift_guide_of_product_boxes_lists_its_products(shape: str) -> None:
    build, wrap = GIFT_GUIDES[shape]
    doc = doc_of(page("7 Gifts for the Person Who Has Everything", entries(build, 7), wrap=wrap))
    assert doc.listicle is not None
    assert doc.listicle.found == 7, titles(doc)
    assert doc.listicle.verdict == "kept"


@pytest.mark.parametrize("caption", [True, False])
def test_pictured_entries_under_a_headline_that_names_a_list(caption: bool) -> None:
    def entry(k: int) -> str:
        cap = f"<figcaption>{PRODUCTS[k]}, ${20 + 5 * k}</figcaption>" if caption else ""
        return f"<figure><img src='/g/{k}.jpg' alt=''>{cap}</figure><p>{BLURBS[k]} {BLURBS[(k + 1) % 9]}</p>"

    doc = doc_of(page("The Best Gifts for Coffee Lovers This Year", entries(entry, 5)))
    assert doc.listicle is not None and doc.listicle.found == 5, titles(doc)
    if caption:
        assert titles(doc)[0] == "Ember Mug 2, $20"


def test_a_storys_pictures_under_a_named_headline_are_no_list() -> None:
    long = " ".join(BLURBS)
    body = (f"<p>{long}</p><figure><img src='/n/1.jpg' alt=''></figure><p>{BLURBS[0]}</p><p>{long}</p><p>{long}</p>"
            f"<figure><img src='/n/2.jpg' alt=''></figure><p>{long}</p><figure><img src='/n/3.jpg' alt=''></figure>"
            f"<p>{BLURBS[2]}</p>")
    doc = doc_of(page("The Best Practices Our Office Learned From Working at Home", body))
    assert doc.items == ()


def test_buy_buttons_and_prices_are_not_entries() -> None:
    doc = doc_of(page("7 Gifts for the Person Who Has Everything", entries(_gutenberg_group, 7)))
    assert not any("Buy" in t or "$" in t for t in titles(doc)), titles(doc)


@pytest.mark.parametrize("line,shop", [
    ("$29.99 at Amazon", True), ("Buy now", True), ("Check price", True), ("Jetzt kaufen", True),
    ("29,99 € bei Otto", True), ("Voir le prix", True), ("Comprar en Amazon", True), ("¥3,980（税込）", True),
    ("Get ready for winter", False), ("Shop Small Businesses", False), ("Ember Mug 2", False),
    ("Buying a house is hard when prices rise by $20,000 every single year in the city", False),
])
def test_a_shops_price_or_button_line(line: str, shop: bool) -> None:
    from auditor.structure.labels import shop_line

    assert shop_line(line) is shop


def test_price_lines_in_a_news_story_are_no_entries() -> None:
    story = " ".join(BLURBS[:3])
    body = "".join(f"<p>{name}</p><p>Tickets: ${10 + k}</p><p>{story}</p>"
                   for k, name in enumerate(["The opening night", "A new director"]))
    doc = doc_of(page("Two Arrested After Theatre Brawl in Leeds", body))
    assert doc.items == ()


def test_one_product_box_in_a_news_story_is_no_list() -> None:
    story = " ".join(BLURBS[:4])
    html = page("Three Arrested After Warehouse Fire in Leeds",
                f"<p>{story}</p>{_affiliate_box(0)}<p>{story}</p><p>{story}</p>")
    assert not rules(html) & {"LS001", "LS002"}


@pytest.mark.parametrize("shape", sorted(set(GIFT_GUIDES) - {"woocommerce-grid"}))
@pytest.mark.parametrize("headline", ["Gift Guide: What to Buy for the Person Who Has Everything",
                                      "The Best Gifts for Coffee Lovers This Year"])
def test_a_gift_guide_without_a_count_lists_its_products(shape: str, headline: str) -> None:
    build, wrap = GIFT_GUIDES[shape]
    doc = doc_of(page(headline, entries(build, 7), wrap=wrap))
    assert doc.listicle is not None
    assert doc.listicle.found == 7, titles(doc)


# ---------------------------------------------------------------- sub-headings under each entry

def _review(k: int, sub: str, numbered: bool) -> str:
    name = f"{k + 1}. {PRODUCTS[k]}" if numbered else PRODUCTS[k]
    subs = {
        "pros-cons": f"<h3>Pros</h3><ul><li>Light and quick</li><li>Long battery</li></ul>"
                     f"<h3>Cons</h3><ul><li>Pricey for what it is</li></ul>",
        "why-price": f"<h3>Why we like it</h3><p>{BLURBS[(k + 1) % 9]}</p><h3>Price</h3><p>${20 + 5 * k}.99 at Amazon.</p>",
        "own-words": f"<h3>Why we like the {PRODUCTS[k]}</h3><p>{BLURBS[(k + 1) % 9]}</p>"
                     f"<h3>Who the {PRODUCTS[k]} is for</h3><p>{BLURBS[(k + 2) % 9]}</p>",
        "one-each": f"<h3>The {PRODUCTS[k]} in short</h3><p>{BLURBS[(k + 1) % 9]}</p>",
        "bold-fields": f"<p><strong>Pros:</strong> light, quick to charge.</p><p><strong>Cons:</strong> pricey.</p>"
                       f"<p><strong>Price:</strong> ${20 + 5 * k}.99 at Amazon</p>",
    }[sub]
    return f"<h2>{name}</h2><p>{BLURBS[k]}</p>{subs}"


@pytest.mark.parametrize("sub", ["pros-cons", "why-price", "own-words", "one-each", "bold-fields"])
@pytest.mark.parametrize("numbered", [True, False])
def test_sub_headings_under_each_entry_are_not_entries(sub: str, numbered: bool) -> None:
    body = "".join(_review(k, sub, numbered) for k in range(6)) + f"<h2>The bottom line</h2><p>{INTRO}</p>"
    doc = doc_of(page("The 6 Best Gadgets We Tested This Year", body))
    assert doc.listicle is not None
    assert doc.listicle.found == 6, titles(doc)
    assert titles(doc) == PRODUCTS[:6]


@pytest.mark.parametrize("sub", ["pros-cons", "why-price", "own-words", "one-each"])
def test_sub_headings_under_each_entry_without_a_count(sub: str) -> None:
    body = "".join(_review(k, sub, False) for k in range(6)) + f"<h2>The bottom line</h2><p>{INTRO}</p>"
    doc = doc_of(page("The Best Gadgets We Tested This Year", body))
    assert len(doc.items) in (0, 6), titles(doc)


def _bold_entry(k: int) -> str:
    return (f"<p><strong>{PRODUCTS[k]}</strong></p><p>{BLURBS[k]}</p>"
            f"<p><strong>Best for:</strong> people who {['travel', 'read', 'run', 'cook', 'work', 'camp'][k]} a lot</p>"
            f"<p><strong>Price:</strong> ${20 + 5 * k}.99</p>")


def test_bold_entries_with_two_bold_field_labels_each() -> None:
    doc = doc_of(page("6 Gifts Our Editors Loved This Year", entries(_bold_entry, 6)))
    assert doc.listicle is not None
    assert doc.listicle.found == 6, titles(doc)


def _steps_under_numbered(k: int) -> str:
    steps = "".join(f"<h3>Step {s + 1}: {['Mix', 'Rest', 'Bake'][s]}</h3><p>{BLURBS[(k + s) % 9]}</p>" for s in range(3))
    return f"<h2>{k + 1}. {PRODUCTS[k]} recipe</h2><p>{BLURBS[k]}</p>{steps}"


def test_numbered_steps_inside_numbered_entries_are_not_entries() -> None:
    doc = doc_of(page("5 Recipes for a Cold Weekend", entries(_steps_under_numbered, 5)))
    assert doc.listicle is not None
    assert doc.listicle.found == 5, titles(doc)


def _nested_list_entry(k: int) -> str:
    return (f"<li><strong>{PRODUCTS[k]}</strong>: {BLURBS[k]}<ol><li>Charge it fully first.</li>"
            f"<li>Pair it with the app.</li><li>Register the warranty online.</li></ol></li>")


def test_nested_ordered_lists_inside_the_entries_are_not_entries() -> None:
    doc = doc_of(page("5 Gadgets to Set Up This Weekend", f"<ol>{entries(_nested_list_entry, 5)}</ol>"))
    assert doc.listicle is not None
    assert doc.listicle.found == 5, titles(doc)


# ---------------------------------------------------------------- short lists

@pytest.mark.parametrize("n", [3, 4])
@pytest.mark.parametrize("shape", ["h2", "bold-p", "ul", "bold-lead"])
def test_a_short_list_is_found(n: int, shape: str) -> None:
    make = {
        "h2": lambda k: f"<h2>{PRODUCTS[k]}</h2><p>{BLURBS[k]}</p>",
        "bold-p": lambda k: f"<p><b>{PRODUCTS[k]}</b></p><p>{BLURBS[k]}</p>",
        "ul": lambda k: f"<li><strong>{PRODUCTS[k]}</strong> – {BLURBS[k]}</li>",
        "bold-lead": lambda k: f"<p><strong>{PRODUCTS[k]}.</strong> {BLURBS[k]}</p>",
    }[shape]
    body = entries(make, n)
    if shape == "ul":
        body = f"<ul>{body}</ul>"
    words = {3: "Three", 4: "Four"}[n]
    doc = doc_of(page(f"{words} Gadgets Worth Buying Before the Holidays", body + f"<p>{INTRO}</p>"))
    assert doc.listicle is not None
    assert doc.listicle.found == n, titles(doc)


# ---------------------------------------------------------------- item numbers as other languages print them

@pytest.mark.parametrize("title,number", [
    ("① 東京タワー", 1), ("⑫ 浅草寺", 12), ("➌ Paris", 3), ("第1位 東京タワー", 1), ("3位：浅草寺", 3),
    ("その2 上野公園", 2), ("三、上海外滩", 3), ("十二、北京胡同", 12), ("1º Lugar: Madrid", 1),
    ("2.ª parada: Oporto", 2), ("Conseil n°4 : dormir plus", 4), ("Num. 5 Roma", 5),
])
def test_item_numbers_in_japanese_chinese_and_romance_styles(title: str, number: int) -> None:
    from auditor.structure.markers import parse_marker

    for plain in (True, False):
        mk = parse_marker(title, plain=plain)
        assert mk is not None and mk.number == number, (title, plain)


@pytest.mark.parametrize("text", ["1º de mayo se celebró en todo el país", "20°C en Madrid", "一般的には"])
def test_dates_temperatures_and_words_are_not_such_item_numbers(text: str) -> None:
    from auditor.structure.markers import parse_marker

    assert parse_marker(text) is None


def test_a_japanese_ranking_of_circled_numbers_is_read() -> None:
    spots = ["東京タワー", "浅草寺", "上野公園", "明治神宮", "築地市場"]
    body = "".join(f"<h2>{chr(0x2460 + k)} {s}</h2><p>{s}は東京で人気の観光地で、一年中多くの人が訪れます。"
                   f"近くには食事ができる店もたくさんあります。</p>" for k, s in enumerate(spots))
    doc = doc_of(page("東京のおすすめ観光スポット5選", body, lang="ja", intro="東京で行くべき場所を紹介します。"))
    assert doc.listicle is not None and doc.listicle.found == 5
    assert [i.number for i in doc.items] == [1, 2, 3, 4, 5]


# ---------------------------------------------------------------- bold entries under group headings

def _bold_groups(groups: list[tuple[str, list[int]]], lead_in: bool = False) -> str:
    out = ""
    for heading, ks in groups:
        out += f"<h2>{heading}</h2>" + (f"<p>{INTRO}</p>" if lead_in else "")
        out += "".join(f"<p><strong>{PRODUCTS[k]}</strong></p><p>{BLURBS[k]} {BLURBS[(k + 1) % 9]}</p>" for k in ks)
    return out


@pytest.mark.parametrize("lead_in", [False, True])
def test_bold_entries_in_groups_under_headings_are_one_list(lead_in: bool) -> None:
    body = _bold_groups([("For the coffee lover", [0, 8, 5]), ("For the reader", [1, 6, 7])], lead_in)
    doc = doc_of(page("What to Give Everyone on Your List", body))
    assert titles(doc) == [PRODUCTS[k] for k in (0, 8, 5, 1, 6, 7)]


def test_bold_lead_ins_in_a_storys_sections_are_no_grouped_list() -> None:
    long = " ".join(BLURBS)
    body = (f"<h2>The investigation</h2><p><strong>In March</strong></p><p>{long}</p><p><strong>By June</strong></p>"
            f"<p>{BLURBS[0]}</p><h2>What comes next</h2><p><strong>The council</strong></p><p>{long} {long}</p>"
            f"<p><strong>The mayor</strong></p><p>{BLURBS[3]}</p>")
    doc = doc_of(page("Council Opens Inquiry Into Housing Contracts", body))
    assert doc.items == ()


# ---------------------------------------------------------------- titles counted twice

HEADLINES = ["The 6 Best Gadgets We Tested This Year", "The Best Gadgets We Tested This Year",
             "Gadgets We Tested This Year"]


def _two_sentences(k: int) -> str:
    return f"{BLURBS[k]} {BLURBS[(k + 1) % 9]}"


@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("numbered", [True, False])
def test_a_responsive_templates_second_copy_of_each_title_counts_once(headline: str, numbered: bool) -> None:
    def entry(k: int) -> str:
        name = f"{k + 1}. {PRODUCTS[k]}" if numbered else PRODUCTS[k]
        return (f"<div class='d-none d-md-block'><h2>{name}</h2></div><div class='d-md-none'><h2>{name}</h2></div>"
                f"<p>{_two_sentences(k)}</p>")

    doc = doc_of(page(headline, entries(entry, 6)))
    assert titles(doc) == PRODUCTS[:6]


@pytest.mark.parametrize("headline", HEADLINES)
def test_a_label_heading_repeated_in_every_entry_is_its_text(headline: str) -> None:
    def entry(k: int) -> str:
        return f"<h2>{PRODUCTS[k]}</h2><p>{_two_sentences(k)}</p><h2>Why we love it</h2><p>{BLURBS[(k + 3) % 9]}</p>"

    doc = doc_of(page(headline, entries(entry, 6)))
    assert titles(doc) == PRODUCTS[:6]


@pytest.mark.parametrize("headline", HEADLINES[:2])
def test_a_bold_template_line_under_every_name_is_not_an_entry(headline: str) -> None:
    def entry(k: int) -> str:
        return (f"<p><strong>{PRODUCTS[k]}</strong></p><p>{_two_sentences(k)}</p>"
                f"<p><strong>Our verdict on the {PRODUCTS[k].split()[0]}</strong></p><p>{BLURBS[(k + 4) % 9]}</p>")

    doc = doc_of(page(headline, entries(entry, 6)))
    assert titles(doc) == PRODUCTS[:6]


def test_questions_and_answers_taking_turns_are_not_halved() -> None:
    from auditor.structure.fit import labelled_half

    assert labelled_half(["Q: Why now?", "A: Because.", "Q: And then?", "A: We wait."]) is None
    assert labelled_half(["Ember Mug", "Our verdict: yes", "Kindle", "Our verdict: maybe"]) == 0


# ---------------------------------------------------------------- entries led by a typed bullet

CITIES = ["Paris", "Rome", "Lisbon", "Vienna", "Prague"]
SAYS = ["It is lovely in spring and the food is great.", "Ancient streets and endless pasta make it a winner.",
        "Trams, tiles and custard tarts on every corner.", "Coffee houses and concerts fill every evening.",
        "A castle, a bridge and very cheap beer await you."]


@pytest.mark.parametrize("entry", [
    "<p>✅ {name}: {text}</p>", "<p>👉 <strong>{name}</strong> – {text}</p>", "<p>• {name} – {text}</p>",
    "<p>- {name}: {text}</p>", "<p>➡️ {name}. {text}</p>", "<p>★ {name} — {text}</p>",
])
def test_paragraphs_led_by_a_typed_bullet_are_the_entries(entry: str) -> None:
    body = "".join(entry.format(name=n, text=t) for n, t in zip(CITIES, SAYS)) + f"<p>{INTRO}</p>"
    doc = doc_of(page("5 Cities to Visit This Spring", body))
    assert [t.rstrip(":.") for t in titles(doc)] == CITIES


def test_lines_led_by_a_typed_bullet_in_one_paragraph_are_the_entries() -> None:
    body = "<p>" + "<br>\n".join(f"• {n} – {t}" for n, t in zip(CITIES, SAYS)) + f"</p><p>{INTRO}</p>"
    doc = doc_of(page("5 Cities to Visit This Spring", body))
    assert titles(doc) == CITIES


def test_a_bulleted_read_more_line_is_not_one_more_entry() -> None:
    body = ("".join(f"<p>✅ {n}: {t}</p>" for n, t in zip(CITIES, SAYS)) + f"<p>{INTRO}</p>"
            "<p>👉 Read more: our guide to cheap flights in Europe this year</p>")
    doc = doc_of(page("5 Cities to Visit This Spring", body))
    assert doc.listicle is not None and doc.listicle.found == 5 and doc.listicle.verdict == "kept"


def test_a_dash_before_a_quotes_speaker_is_no_bullet() -> None:
    from auditor.structure.numbered import symbol_led

    assert symbol_led("— 2019") is None
    assert symbol_led("“Quoted,” she said.") is None
    assert symbol_led("✅ Paris: lovely") == ("✅", "Paris: lovely")


# ---------------------------------------------------------------- quotations as entries

@pytest.mark.parametrize("tweets", [True, False])
def test_quoted_posts_are_the_entries_of_a_quotes_list(tweets: bool) -> None:
    cls = " class='twitter-tweet'" if tweets else ""
    body = "".join(f"<blockquote{cls}><p>{t} #{n}</p></blockquote><p>{BLURBS[k]}</p>"
                   for k, (n, t) in enumerate(zip(CITIES, SAYS)))
    doc = doc_of(page("5 Tweets About Spring Travel That Made Us Laugh", body))
    assert doc.listicle is not None and doc.listicle.found == 5 and doc.listicle.verdict == "kept"


def test_two_quotes_in_a_story_do_not_make_a_list_of_five() -> None:
    body = (f"<p>{' '.join(BLURBS[:3])}</p><blockquote><p>{SAYS[0]}</p></blockquote><p>{' '.join(BLURBS[3:6])}</p>"
            f"<blockquote><p>{SAYS[1]}</p></blockquote><p>{' '.join(BLURBS[6:])}</p>")
    doc = doc_of(page("5 Reasons Lisbon Is the Place to Be This Spring", body))
    assert doc.listicle is not None and doc.listicle.found == 0


@pytest.mark.parametrize("headline,lang,number", [
    ("京都で行きたいカフェ10軒", "ja", 10), ("夏に読みたい本10冊", "ja", 10), ("必听的10首老歌", "zh", 10),
    ("3家银行被罚款", "zh", None), ("3部门联合发文", "zh", None), ("下午3点发生地震", "zh", None), ("地震で5人けが", "ja", None),
])
def test_counters_for_shops_books_and_songs_promise_a_list(headline: str, lang: str, number: int | None) -> None:
    from auditor.structure.numbers import headline_number

    assert headline_number(headline, lang)[0] == number


# ---------------------------------------------------------------- numbered steps inside numbered entries

@pytest.mark.parametrize("lead_in", ["", " How to set it up:"])
def test_bold_numbered_entries_with_numbered_steps_inside(lead_in: str) -> None:
    def entry(k: int) -> str:
        return (f"<p><strong>{k + 1}. {PRODUCTS[k]}</strong></p><p>{_two_sentences(k)}{lead_in}</p>"
                f"<p>1. Unpack it carefully.</p><p>2. Charge it overnight.</p><p>3. Install the app.</p>")

    for headline in HEADLINES[:2]:
        doc = doc_of(page(headline.replace("Tested", "Set Up"), entries(entry, 6)))
        assert [i.number for i in doc.items] == [1, 2, 3, 4, 5, 6], titles(doc)
        assert titles(doc) == PRODUCTS[:6]


def test_numbered_sub_headings_counting_afresh_in_each_entry() -> None:
    def entry(k: int) -> str:
        return (f"<h2>{PRODUCTS[k]}</h2><p>{_two_sentences(k)}</p><h3>1. Charge it</h3><p>{BLURBS[(k + 2) % 9]}</p>"
                f"<h3>2. Pair it</h3><p>{BLURBS[(k + 3) % 9]}</p>")

    doc = doc_of(page("6 Gadgets to Set Up This Weekend", entries(entry, 6)))
    assert titles(doc) == PRODUCTS[:6]
    assert doc.listicle is not None and doc.listicle.verdict == "kept"


def test_a_numbered_list_of_steps_in_sections_is_still_read_as_numbered() -> None:
    # "Method 1" and "Method 2", each with steps 1-3, under a promise of the six steps: no parents to take.
    body = "".join(f"<h2>Method {m}</h2>" + "".join(f"<h3>{s}. Step {s} of method {m}</h3><p>{BLURBS[s]}</p>"
                                                    for s in (1, 2, 3)) for m in (1, 2))
    doc = doc_of(page("6 Steps to a Better Espresso", body))
    assert doc.listicle is not None and doc.listicle.found == 6


# ---------------------------------------------------------------- numbers set apart from the title

@pytest.mark.parametrize("headline", HEADLINES[:2])
def test_bare_numbers_before_heading_titles_count_when_they_run_1_to_n(headline: str) -> None:
    # "<h2>2<br>Kindle Paperwhite</h2>" reads "2 Kindle Paperwhite": alone a count ("2 Kindles"),
    # but counting 1..6 down the page, the list's numbers.
    doc = doc_of(page(headline, entries(lambda k: f"<h2>{k + 1}<br>{PRODUCTS[k]}</h2><p>{_two_sentences(k)}</p>", 6)))
    assert [i.number for i in doc.items] == [1, 2, 3, 4, 5, 6]
    assert titles(doc) == PRODUCTS[:6]


def test_related_headlines_with_counts_out_of_order_stay_counts() -> None:
    from auditor.structure.numbers import headline_number

    related = ["14 Restaurant-Worthy Recipes", "3 Cheap Flights Home", "25 Gift Ideas"]
    body = f"<p>{_two_sentences(0)}</p>" + "".join(f"<h3>{r}</h3><p>{BLURBS[k]}</p>" for k, r in enumerate(related))
    doc = doc_of(page("Why We Stopped Flying", body))
    assert all(i.number is None for i in doc.items)
    assert headline_number(related[0])[0] == 14


# ---------------------------------------------------------------- the promised entries among a story's headings

LONG = " ".join(BLURBS)


def _five(level: int) -> str:
    return "".join(f"<h{level}>{PRODUCTS[k]}</h{level}><p>{_two_sentences(k)}</p>" for k in range(5))


@pytest.mark.parametrize("body", [
    f"<h2>Why gadgets?</h2><p>{LONG}</p>{_five(2)}<h2>How we chose</h2><p>{LONG}</p><h2>Where to buy</h2><p>{LONG}</p>",
    f"{_five(3)}<h3>Also consider</h3><p>{LONG}</p>",
    f"{_five(2)}<h2>Get our newsletter</h2><p>Sign up for the best deals every week.</p>",
], ids=["story-around", "also-consider", "newsletter"])
def test_the_promised_entries_among_the_storys_own_headings(body: str) -> None:
    doc = doc_of(page("5 Gadgets Worth Buying This Year", body))
    assert titles(doc) == PRODUCTS[:5]


def test_an_introductions_heading_before_the_entries_is_still_left_out() -> None:
    body = f"<h2>Gadgets as a gift</h2><p>{LONG} {LONG}</p>{_five(2)}"
    doc = doc_of(page("5 Gadgets Worth Buying This Year", body))
    assert titles(doc) == PRODUCTS[:5]


# ---------------------------------------------------------------- entries titled in two ways

def _mixed(kinds: list[str]) -> str:
    dress = {"h2": "<h2>{t}</h2>", "h3": "<h3>{t}</h3>", "b": "<p><strong>{t}</strong></p>",
             "n2": "<h2>{n}. {t}</h2>", "nb": "<p><strong>{n}. {t}</strong></p>"}
    return "".join(dress[kind].format(t=PRODUCTS[k], n=k + 1) + f"<p>{_two_sentences(k)}</p>"
                   for k, kind in enumerate(kinds))


@pytest.mark.parametrize("kinds", [["h2"] * 5 + ["b"] * 2, ["b"] * 5 + ["h3"] * 2, ["h3"] * 6 + ["b"],
                                   ["n2"] * 5 + ["nb"] * 2], ids=["h2-then-bold", "bold-then-h3", "one-bold",
                                                                  "numbered-then-bold-numbered"])
def test_entries_titled_in_two_ways_keep_the_promise(kinds: list[str]) -> None:
    doc = doc_of(page("7 Gadgets Worth Buying This Year", _mixed(kinds)))
    assert titles(doc) == PRODUCTS[:7]


def test_bold_labels_in_a_closing_section_do_not_fill_a_short_list() -> None:
    body = (_mixed(["h2"] * 5) + f"<h2>Before you buy</h2><p><strong>Warranty</strong></p><p>{LONG}</p>"
            f"<p><strong>Returns</strong></p><p>{BLURBS[2]}</p>")
    doc = doc_of(page("7 Gadgets Worth Buying This Year", body))
    assert doc.listicle is not None and doc.listicle.found != 7


# ---------------------------------------------------------------- the same list in seven languages

BEACHES = ["Praia da Marinha", "Navagio", "Cala Macarella", "Elafonissi", "Palombaggia"]
LANGS = {
    "de": ("Die 5 schönsten Strände Europas", "Platz {n}: {t}",
           "Der Strand liegt in einer ruhigen Bucht mit klarem Wasser und feinem Sand, ideal für Familien im Sommer.",
           "Wir haben die schönsten Strände Europas besucht und die besten für euch ausgewählt."),
    "fr": ("Les 5 plus belles plages d'Europe", "N°{n} : {t}",
           "La plage se trouve dans une baie calme avec une eau claire et un sable fin, idéale pour les familles.",
           "Nous avons visité les plus belles plages d'Europe et choisi les meilleures pour vous."),
    "es": ("Las 5 playas más bonitas de Europa", "{n}º {t}",
           "La playa está en una bahía tranquila con agua clara y arena fina, ideal para familias y nadadores.",
           "Hemos visitado las playas más bonitas de Europa y elegido las mejores para ti."),
    "it": ("Le 5 spiagge più belle d'Europa", "{n}. {t}",
           "La spiaggia si trova in una baia tranquilla con acqua limpida e sabbia fine, ideale per famiglie.",
           "Abbiamo visitato le spiagge più belle d'Europa e scelto le migliori per voi."),
    "pt": ("As 5 praias mais bonitas da Europa", "{n}ª {t}",
           "A praia fica numa baía tranquila com água clara e areia fina, ideal para famílias e nadadores.",
           "Visitámos as praias mais bonitas da Europa e escolhemos as melhores para si."),
    "nl": ("De 5 mooiste stranden van Europa", "{n}. {t}",
           "Het strand ligt in een rustige baai met helder water en fijn zand, ideaal voor gezinnen in de zomer.",
           "We bezochten de mooiste stranden van Europa en kozen de beste voor jou."),
    "ja": ("ヨーロッパの美しいビーチ5選", "{n}位：{t}",
           "静かな入り江にあるビーチで、水は透明で砂はとても細かく、夏の家族連れや泳ぐ人に最適です。",
           "ヨーロッパで最も美しいビーチを訪れ、おすすめを選びました。"),
}


@pytest.mark.parametrize("lang", sorted(LANGS))
@pytest.mark.parametrize("shape", ["numbered-h2", "plain-h2", "bold", "ol"])
def test_the_same_list_in_seven_languages(lang: str, shape: str) -> None:
    headline, marker, text, intro = LANGS[lang]
    body = {
        "numbered-h2": "".join(f"<h2>{marker.format(n=k + 1, t=t)}</h2><p>{text}</p>" for k, t in enumerate(BEACHES)),
        "plain-h2": "".join(f"<h2>{t}</h2><p>{text} {k}</p>" for k, t in enumerate(BEACHES)),
        "bold": "".join(f"<p><strong>{t}</strong></p><p>{text} {k}</p>" for k, t in enumerate(BEACHES)),
        "ol": "<ol>" + "".join(f"<li><strong>{t}</strong>: {text}</li>" for t in BEACHES) + "</ol>",
    }[shape]
    doc = doc_of(page(headline, body, lang=lang, intro=intro))
    assert doc.listicle is not None and doc.listicle.found == 5 and doc.listicle.verdict == "kept"
    if shape == "numbered-h2":
        assert [i.number for i in doc.items] == [1, 2, 3, 4, 5]


# ---------------------------------------------------------------- a slideshow's text in its captions

def _slide(k: int, text: str) -> str:
    return (f"<figure class='slide' data-title='{PRODUCTS[k]}'><img src='/s/{k}.jpg' alt='{PRODUCTS[k]}'>"
            f"<figcaption><p>{text}</p><p>{BLURBS[(k + 1) % 9]}</p><div class='source'>Image Source: Jane Doe</div>"
            f"</figcaption></figure>")


def test_a_slideshows_caption_text_counts_as_the_articles_words() -> None:
    slides = entries(lambda k: _slide(k, BLURBS[k]), 5)
    doc = doc_of(page("Decorating Mistakes Everyone Makes", slides))
    assert doc.word_count > 5 * 35  # the slides' two sentences each, not only the intro
    assert doc.listicle is not None and doc.listicle.found == 5  # the captioned slides are still the entries


def test_photo_labels_credits_and_two_captions_are_not_slide_text() -> None:
    from auditor.structure.finish import slide_texts

    labels = entries(lambda k: f"<figure><img src='/l/{k}.jpg' alt=''><figcaption>{PRODUCTS[k]} (Photo: AP)"
                               f"</figcaption></figure><p>{BLURBS[k]}</p>", 5)
    assert slide_texts(doc_of(page("Gadgets We Tested This Year", labels))) == []
    two = entries(lambda k: _slide(k, BLURBS[k]), 2) + f"<p>{LONG}</p>"
    assert slide_texts(doc_of(page("Gadgets We Tested This Year", two))) == []


# ---------------------------------------------------------------- headlines that name a list of picks

@pytest.mark.parametrize("headline,lang", [
    ("What to Buy Your Dad for Father's Day", "en"), ("Where to Eat in Lisbon Right Now", "en"),
    ("Things to Do in Paris This Weekend", "en"), ("Must-Have Gadgets for Travelers", "en"),
    ("Stocking Stuffers Under $25", "en"), ("Weihnachtsgeschenke für Kaffeeliebhaber", "de"),
    ("Regalos para amantes del café", "es"), ("Presentes para quem ama café", "pt"),
    ("Cadeautips voor koffieliefhebbers", "nl"),
])
def test_guides_and_gift_lists_name_a_list(headline: str, lang: str) -> None:
    from auditor.structure.numbers import names_list

    assert names_list(headline, lang)


@pytest.mark.parametrize("headline", ["What to know about the new tax rules", "Police ask what to do about speeding",
                                      "Essential workers strike in Leeds", "Where to watch the debate tonight"])
def test_explainers_and_news_do_not_name_a_list(headline: str) -> None:
    from auditor.structure.numbers import names_list

    assert not names_list(headline, "en")


def test_three_picks_under_a_where_to_eat_headline_are_a_list() -> None:
    body = "".join(f"<h2>{n}</h2><p>{_two_sentences(k)}</p>" for k, n in enumerate(["Taberna", "Cervejaria", "Tasca"]))
    doc = doc_of(page("Where to Eat in Lisbon Right Now", body))
    assert titles(doc) == ["Taberna", "Cervejaria", "Tasca"]


# ---------------------------------------------------------------- a later page of a paginated list

def _page_two(after: str, head: str = "") -> set[str]:
    body = "".join(f"<h2>{k + 1}. {PRODUCTS[k]}</h2><p>{_two_sentences(k)}</p>" for k in range(4, 8)) + after
    html = page("12 Gadgets Worth Buying This Year", body).replace("<head>", f"<head>{head}")
    result = audit(html.encode(), "page.html", DEFAULT)
    return {f.rule for f in result.findings if f.rule.startswith("LS")}


@pytest.mark.parametrize("after,head", [
    ("<div class='page-links'>Pages: <a href='/tips/'>1</a> 2 <a href='/tips/3/'>3</a></div>", ""),
    ("<p><a href='/tips/?page=1'>« Previous page</a></p>", ""),
    ("<p><a href='https://example.com/tips'>« Previous page</a></p>",
     "<link rel='canonical' href='https://example.com/tips'>"),
])
def test_a_later_page_of_a_paginated_list_is_neither_short_nor_starting_late(after: str, head: str) -> None:
    assert not _page_two(after, head) & {"LS001", "LS003"}


def test_a_link_to_the_blogs_previous_post_does_not_excuse_a_short_list() -> None:
    assert "LS001" in _page_two("<p><a href='https://example.com/other-post'>« Previous</a></p>",
                                "<link rel='canonical' href='https://example.com/tips'>")


def test_entries_marked_up_as_h1_like_the_headline() -> None:
    body = "".join(f"<h1>{PRODUCTS[k]}</h1><p>{_two_sentences(k)}</p>" for k in range(5))
    doc = doc_of(page("The Best Gadgets Worth Buying This Year", body))
    assert titles(doc) == PRODUCTS[:5]


def test_another_storys_h1_after_the_article_is_no_entry() -> None:
    body = (f"<h2>How it began</h2><p>{LONG}</p><h2>What came next</h2><p>{BLURBS[0]}</p>"
            f"<h1>Council approves new budget</h1><p>{BLURBS[1]}</p>")
    doc = doc_of(page("The Best Gadgets Worth Buying This Year", body))
    assert doc.items == ()


@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("numbered", [True, False])
def test_a_second_copy_of_the_whole_list_counts_once(headline: str, numbered: bool) -> None:
    one = "".join(f"<h2>{f'{k + 1}. ' if numbered else ''}{PRODUCTS[k]}</h2><p>{_two_sentences(k)}</p>"
                  for k in range(6))
    doc = doc_of(page(headline, f"<div class='d-none d-md-block'>{one}</div><div class='d-md-none'>{one}</div>"))
    assert titles(doc) == PRODUCTS[:6]
    assert doc.listicle is not None and doc.listicle.problems == ()


def test_the_same_label_and_line_under_two_entries_is_no_copy() -> None:
    body = "".join(f"<h2>{PRODUCTS[k]}</h2><p>{_two_sentences(k)}</p><h3>Price</h3><p>Ask in store.</p>"
                   for k in range(6))
    doc = doc_of(page("6 Gadgets Worth Buying This Year", body))
    assert titles(doc) == PRODUCTS[:6]


@pytest.mark.parametrize("note", [
    "<p><strong>More:</strong> The best deals on laptops this week, updated daily by our team</p>",
    "<p><strong>See also:</strong> our guide to the best headphones for travel this year</p>",
    "<p><strong>Editor's note:</strong> we may earn a commission when you buy through our links</p>",
])
def test_a_bold_note_or_link_label_is_no_entry(note: str) -> None:
    entries_html = "".join(f"<p><strong>{PRODUCTS[k]}</strong> – {_two_sentences(k)}</p>" for k in range(6))
    doc = doc_of(page("6 Gadgets Worth Buying This Year", entries_html + note))
    assert titles(doc) == PRODUCTS[:6]


@pytest.mark.parametrize("frame", ["The bottom line", "Fazit", "How we chose"])
def test_a_bold_frame_title_after_bold_entries_is_no_entry(frame: str) -> None:
    body = "".join(f"<p><strong>{PRODUCTS[k]}</strong></p><p>{_two_sentences(k)}</p>" for k in range(6))
    doc = doc_of(page("6 Gadgets Worth Buying This Year", body + f"<p><strong>{frame}</strong></p><p>{BLURBS[1]}</p>"))
    assert titles(doc) == PRODUCTS[:6]
    named = doc_of(page("The Best Gadgets Worth Buying This Year",
                        body + f"<p><strong>{frame}</strong></p><p>{BLURBS[1]}</p>"))
    assert frame not in titles(named)


@pytest.mark.parametrize("before,after", [
    (f"<p><strong>Why gadgets make great gifts</strong></p><p>{LONG} {LONG}</p>", ""),
    ("", "<p><strong>Our favourite shop in town</strong></p><p>Sign up for our newsletter.</p>"),
])
def test_one_bold_title_too_many_is_cut_at_the_end_unlike_the_entries(before: str, after: str) -> None:
    body = "".join(f"<p><strong>{PRODUCTS[k]}</strong></p><p>{_two_sentences(k)}</p>" for k in range(6))
    doc = doc_of(page("6 Gadgets Worth Buying This Year", before + body + after))
    assert titles(doc) == PRODUCTS[:6]
