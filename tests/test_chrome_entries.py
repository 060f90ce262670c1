"""Product roundups and gift guides whose entries are boxes a template marks like site
chrome: an ``<aside>`` per product, a "sponsored" / "affiliate" / "product" / "related"
class word, links to shops, or cards that are only a name, a price and a shop button.
A run of three or more sibling boxes built alike, each a title over the story's own
text (or a price and a shop button), inside the article is the list itself, and stays;
its look-alikes (a related-posts rail of teasers, a "You may also like" grid, a single
sponsored box, a shop widget in the sidebar) are still dropped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from auditor.api import Settings, audit
from auditor.config import CliRuleOptions, Config, effective_rules
from auditor.model import Document

DEFAULT = Settings(rules=effective_rules(Config(), None, CliRuleOptions()))
INTRO = ("Shopping for someone who already owns everything is hard, so our editors tried dozens of things "
         "this autumn and kept only the ones we would happily give to our own families.")
OUTRO = ("Prices were checked on the morning we published and may have changed since then, so do check "
         "the shop before you buy anything from this list.")
NAMES = ["Ember Mug 2", "Kindle Paperwhite", "Bose QuietComfort Earbuds", "Theragun Mini", "Instant Pot Duo",
         "Yeti Rambler Tumbler"]
BLURBS = [
    "Keeps coffee at the exact temperature you choose for up to ninety minutes, and the app reminds you.",
    "A waterproof reader with a warm light that makes late-night reading easy on the eyes for weeks.",
    "The best noise cancelling we tested in earbuds this small, with a snug fit that stays put on a run.",
    "A pocket-sized massager that works out knots after a long day at the desk, quiet enough for TV.",
    "Seven cookers in one pot: pressure cook a stew in forty minutes, then make yoghurt overnight.",
    "Double-walled steel keeps drinks cold for a whole day at the beach, and the lid will not leak.",
]
TEASERS = ["The 12 best hiking boots of the year", "How we test kitchen gadgets", "Our favourite cheap headphones",
           "What to buy for a new parent"]
N = 6
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def page(body: str, aside: str = "", h1: str = f"{N} gifts for people who have everything") -> str:
    return (f"<html lang=en><head><title>{h1}</title><link rel=canonical href='https://mag.example/gifts/'>"
            f"</head><body><main><article class='post'><h1>{h1}</h1><div class='entry-content'><p>{INTRO}</p>"
            f"{body}<p>{OUTRO}</p></div></article>{aside}</main></body></html>")


def shop(k: int) -> str:
    return f"https://www.amazon.com/dp/B0{k}XYZ?tag=mag-20"


def _asides(k: int) -> str:
    # One <aside> per product: the theme's "product card" block.
    return (f"<aside class='product-card'><img src='/p/{k}.jpg' alt='{NAMES[k]}'><h3>{NAMES[k]}</h3>"
            f"<p>{BLURBS[k]}</p><a class='button' href='{shop(k)}' rel='sponsored'>${20 + k}.99 at Amazon</a></aside>")


def _gutenberg(k: int) -> str:
    # A Gutenberg group the writer styled "sponsored product".
    return (f"<div class='wp-block-group is-style-sponsored-product'><h2 class='wp-block-heading'>{NAMES[k]}</h2>"
            f"<figure class='wp-block-image'><img src='/g/{k}.jpg' alt=''></figure><p>{BLURBS[k]}</p>"
            f"<div class='wp-block-buttons'><div class='wp-block-button'><a class='wp-block-button__link'"
            f" href='{shop(k)}'>Buy now</a></div></div></div>")


def _lasso(k: int) -> str:
    # An affiliate plugin's box (Lasso / AAWP shape): the name a link to the shop.
    return (f"<div class='lasso-container'><div class='lasso-display lasso-affiliate-box'>"
            f"<div class='lasso-box-1'><a class='lasso-title' href='{shop(k)}' rel='sponsored'>{NAMES[k]}</a>"
            f"<div class='lasso-price'>${20 + k}.99</div><div class='lasso-description'>{BLURBS[k]}</div>"
            f"<a class='lasso-button-1' href='{shop(k)}'>Buy on Amazon</a></div>"
            f"<div class='lasso-image'><a href='{shop(k)}'><img src='/l/{k}.jpg' alt=''></a></div></div></div>")


def _related_box(k: int) -> str:
    # A theme whose product box is classed "related-product".
    return (f"<div class='related-product'><h3><a href='{shop(k)}'>{NAMES[k]}</a></h3>"
            f"<a href='{shop(k)}'><img src='/r/{k}.jpg' alt=''></a><p>{BLURBS[k]}</p></div>")


def _woo_cards(n: int = N) -> str:
    # WooCommerce / Shopify cards: a picture, a name, a price and a shop button, nothing else.
    return ("<ul class='products columns-3'>" + "".join(
        f"<li class='product type-product'><a href='https://shop.example/p/{k}' class='woocommerce-LoopProduct-link'>"
        f"<img src='/w/{k}.jpg' alt=''><h2 class='woocommerce-loop-product__title'>{NAMES[k]}</h2>"
        f"<span class='price'>${20 + k}.99</span></a>"
        f"<a href='https://shop.example/?add-to-cart={k}' class='button add_to_cart_button'>Add to cart</a></li>"
        for k in range(n)) + "</ul>")


def _related_rail() -> str:
    # The look-alike: a related-posts rail of four teaser cards to the site's own stories.
    return ("<div class='related-posts'><h3>Related posts</h3>" + "".join(
        f"<div class='related-post'><a href='https://mag.example/{k}/'><img src='/t/{k}.jpg' alt=''></a>"
        f"<h4><a href='https://mag.example/{k}/'>{t}</a></h4><p>Our editors pick the ones worth it…</p></div>"
        for k, t in enumerate(TEASERS)) + "</div>")


def _may_like() -> str:
    # The look-alike: a "You may also like" grid of shop cards under the story.
    return "<h2>You may also like</h2>" + _woo_cards(4).replace("columns-3", "columns-4 related")


def _sponsored_one() -> str:
    return (f"<div class='sponsored-box'><h3>Try Acme meal kits</h3><p>{BLURBS[0]} {BLURBS[1]}</p>"
            f"<a href='https://acme.example/?utm=mag'>Get 50% off</a></div>")


def _sidebar_shop() -> str:
    return ("<aside class='widget woocommerce widget_products'><h2 class='widget-title'>Shop</h2>"
            + _woo_cards(4) + "</aside>")


def _all(build: Callable[[int], str]) -> str:
    return "".join(build(k) for k in range(N))


SHAPES = {
    "asides": page(_all(_asides) + _related_rail()),
    "gutenberg": page(_all(_gutenberg) + _sponsored_one()),
    "lasso": page(_all(_lasso) + _may_like()),
    "related-class": page(_all(_related_box) + _related_rail()),
    "woo": page(_woo_cards(), aside=_sidebar_shop()),
}


def _shop_cards(k: int) -> str:
    # A Shopify-style card in a "related products" block: a picture, a name, a price and a
    # "Buy" button, each a link to the shop, no heading and no text of its own.
    return (f"<div class='product-item product-item--related'><a href='{shop(k)}'><img src='/s/{k}.jpg' alt=''></a>"
            f"<a class='product-item__name' href='{shop(k)}'>{NAMES[k]}</a>"
            f"<span class='product-item__price'>${20 + k}.99</span>"
            f"<a class='btn' href='{shop(k)}' rel='sponsored'>Buy now</a></div>")


SHAPES["shop-cards"] = page("<div class='related-products'>" + _all(_shop_cards) + "</div>" + _sponsored_one())


def _amazon_box(k: int) -> str:
    # An Amazon affiliate box whose name is a bold line alone in its paragraph, with an
    # ad slot the theme set between two of them.
    slot = "<div class='ad-slot' data-ad-slot='mid'></div>" if k == 2 else ""
    return (f"<div class='amazon-affiliate-box sponsored'><p><strong>{NAMES[k]}</strong></p><p>{BLURBS[k]}</p>"
            f"<p><a href='https://amzn.to/3x{k}Yz' rel='sponsored nofollow'>Check the price on Amazon</a></p></div>"
            + slot)


SHAPES["amazon-bold"] = page(_all(_amazon_box) + _related_rail())



def _picks(k: int) -> str:
    # A theme's product card; the first one is the "featured" variant of the template.
    variant = " featured top-pick" if k == 0 else ""
    return (f"<div class='product-card{variant}'><div class='product-card__name'>{NAMES[k]}</div>"
            f"<div class='product-card__text'>{BLURBS[k]}</div>"
            f"<a class='product-card__button' href='{shop(k)}'>${20 + k}.99 at Amazon</a></div>")


# The cards in a grid, under the section's own title, in a box classed "sponsored", after a
# long introduction (the box holds less than the share of the text that protects any box).
SHAPES["sponsored-section"] = page(f"<p>{OUTRO}</p>" * 10
                                   + "<section class='picks sponsored'><h2>Our picks</h2><div class='grid'>"
                                   + _all(_picks) + "</div></section>" + _sponsored_one())



def _wc_block(n: int, ul_class: str) -> str:
    # WooCommerce's Gutenberg product grid: name, price and "Add to cart" per product.
    return (f"<div class='wp-block-woocommerce-handpicked-products wc-block-grid'><ul class='{ul_class}'>" + "".join(
        f"<li class='wc-block-grid__product'><a href='https://mag.example/product/{k}/'"
        f" class='wc-block-grid__product-link'><img src='/w/{k}.jpg' alt=''>"
        f"<div class='wc-block-grid__product-title'>{NAMES[k]}</div></a>"
        f"<div class='wc-block-grid__product-price price'>${20 + k}.99</div>"
        f"<div class='wp-block-button'><a href='?add-to-cart={k}' class='wp-block-button__link'>Add to cart</a>"
        f"</div></li>" for k in range(n)) + "</ul></div>")


def _aawp_aside(k: int) -> str:
    # AAWP's horizontal box written as an <aside>: a linked name, its features, price, button.
    return (f"<aside class='aawp-product aawp-product--horizontal'><div class='aawp-product__content'>"
            f"<a class='aawp-product__title' href='{shop(k)}' rel='nofollow sponsored'>{NAMES[k]}</a>"
            f"<div class='aawp-product__description'><ul><li>{BLURBS[k]}</li></ul></div></div>"
            f"<div class='aawp-product__footer'><span class='aawp-product__price'>${20 + k}.99</span>"
            f"<a class='aawp-button' href='{shop(k)}' rel='nofollow sponsored'>Buy on Amazon</a></div></aside>")


def _priced_card(k: int) -> str:
    # A card of a name, a price and a button, no description: the walk reads the name.
    return (f"<div class='product-box affiliate'><div class='product-box__name'>{NAMES[k]}</div>"
            f"<div class='product-box__price'>${20 + k}.99</div><a class='btn' href='{shop(k)}'>Shop now</a></div>")


# The theme classes the grid "related products" though it is the guide's six picks.
SHAPES["wc-block-related"] = page(_wc_block(N, "wc-block-grid__products related products"))
SHAPES["aawp-aside"] = page(_all(_aawp_aside) + _related_rail())
SHAPES["priced-cards"] = page(_all(_priced_card) + _sponsored_one(), aside=_sidebar_shop())


def doc_of(html: str) -> Document:
    result = audit(html.encode(), "page.html", DEFAULT)
    assert result.error is None and result.document is not None and result.document.listicle is not None
    return result.document


def _texts(doc: Document) -> str:
    return " ".join([p.text for p in doc.paragraphs] + [h.text for h in doc.headings])


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_entries_that_look_like_chrome_are_counted(name: str) -> None:
    doc = doc_of(SHAPES[name])
    # A list item's title is its whole line ("Ember Mug 2 $20.99 Add to cart"): the name opens it.
    assert [i.title[:len(n)] for i, n in zip(doc.items, NAMES)] == NAMES, name
    assert doc.listicle is not None and doc.listicle.found == N and doc.listicle.verdict == "kept"


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_look_alikes_beside_the_entries_stay_dropped(name: str) -> None:
    text = _texts(doc_of(SHAPES[name]))
    for teaser in TEASERS:
        assert teaser not in text  # the related-posts rail
    assert "Acme meal kits" not in text  # the single sponsored box
    assert "You may also like" not in text
    assert "Shop" not in text.split()  # the sidebar's shop widget


def test_a_related_rail_as_many_as_the_headline_counts_stays_dropped() -> None:
    # Four teasers under "4 gifts…": titles linking to the site's stories over a line each.
    rail = _related_rail().replace("<h3>Related posts</h3>", "")
    doc = doc_of(page(rail, h1="4 gifts for people who have everything"))
    assert doc.listicle is not None and doc.listicle.found == 0
    assert ("related", "div") in [(d.kind, d.tag) for d in doc.body_drops]


def test_a_shop_grid_the_headline_does_not_count_stays_dropped() -> None:
    # Six entries, then an unlabelled "related products" grid of four name/price/button cards.
    grid = "<div class='related-products'>" + "".join(_shop_cards(k) for k in range(4)) + "</div>"
    doc = doc_of(page(_all(_asides) + grid))
    assert [i.title for i in doc.items] == NAMES
    assert ("related", "div") in [(d.kind, d.tag) for d in doc.body_drops]


def test_sponsored_boxes_of_different_shapes_are_not_a_run() -> None:
    # Three sponsored boxes, each built differently: ads, not entries.
    boxes = "".join(f"<div class='sponsored-{w}'><h3>{NAMES[k]}</h3><p>{BLURBS[k]}</p></div>"
                    for k, w in enumerate(("top", "mid", "end")))
    doc = doc_of(page(boxes, h1="Our gift ideas"))
    assert not any(n in _texts(doc) for n in NAMES[:3])



def test_a_numbered_section_header_keeps_its_number_with_its_title() -> None:
    # Slate's "<span class='section-header-number'>1</span><span class='title'>…</span>":
    # the number and the title are one line (the walk splits a classed title out of its
    # box only when no text precedes it there, as a card's name after its picture).
    path = SHARED / "corpus-more" / "pages" / "slate-seven-wonders.html"
    if not path.exists():
        pytest.skip("../shared/corpus-more not present")
    doc = doc_of(path.read_text(encoding="utf-8", errors="replace"))
    assert doc.listicle is not None and doc.listicle.found == 7


def test_a_related_rail_with_longer_teasers_and_no_canonical_stays_dropped() -> None:
    # Without the site's address, a title linking to any page but a shop's is a teaser's:
    # its line of text must be long as an entry's before the card counts.
    cards = "".join(
        f"<div class='related-post'><a href='https://mag.example/{k}/'><img src='/t/{k}.jpg' alt=''></a>"
        f"<h4><a href='https://mag.example/{k}/'>{t}</a></h4><p>{BLURBS[k]}</p></div>"
        for k, t in enumerate(TEASERS))
    html = page(_all(_asides) + f"<div class='related-posts'>{cards}</div>").replace(
        "<link rel=canonical href='https://mag.example/gifts/'>", "")
    doc = doc_of(html)
    assert [i.title for i in doc.items] == NAMES
    assert not any(t in _texts(doc) for t in TEASERS)



def test_a_shop_box_among_the_story_blocks_stays_dropped() -> None:
    # Drupal paragraphs ("paragraph paragraph--type--…"): the tips' blocks, then the site
    # shop's picks, "Empfehlungen aus dem MEIN SCHÖNER GARTEN-Shop", three name/price cards
    # under "3 … Tipps". A block opening with a "related" label is the site's, not an entry.
    path = SHARED / "corpus-more" / "pages" / "de-gartenmagazin-3-topinambur-tipps.html"
    if not path.exists():
        pytest.skip("../shared/corpus-more not present")
    doc = doc_of(path.read_text(encoding="utf-8", errors="replace"))
    assert "Bajonettzinken" not in _texts(doc)
    assert any(d.reason.startswith("labelled 'Empfehlungen") for d in doc.body_drops)


def test_a_rail_of_unlinked_titles_with_read_more_links_stays_dropped() -> None:
    # "More from the blog"-style cards without a label: an unlinked title, an excerpt and a
    # "Read more" link to the site's own story are teasers, not entries.
    cards = "".join(
        f"<div class='related-post'><h4>{t}</h4><p>{BLURBS[k]}</p><a href='/{k}/'>Read more</a></div>"
        for k, t in enumerate(TEASERS))
    doc = doc_of(page(_all(_asides) + f"<div class='related-posts'>{cards}</div>"))
    assert [i.title for i in doc.items] == NAMES
    assert not any(t in _texts(doc) for t in TEASERS)



def test_woocommerce_related_products_under_their_label_stay_dropped() -> None:
    # WooCommerce's own "Related products" section under a product guide of six asides.
    related = ("<section class='related products'><h2>Related products</h2>"
               + _woo_cards(4).replace("columns-3", "columns-4") + "</section>")
    doc = doc_of(page(_all(_asides) + related))
    assert [i.title for i in doc.items] == NAMES
    assert "Related products" not in _texts(doc)


def test_a_comment_thread_of_like_boxes_stays_dropped() -> None:
    # Comments are like boxes, each a name over its own text: still the readers', not entries.
    comments = "".join(
        f"<li class='comment'><h4 class='comment-author-name'>{n}</h4><p>{BLURBS[k]}</p></li>"
        for k, n in enumerate(("Ann", "Bob", "Cy", "Di")))
    doc = doc_of(page(_all(_asides) + f"<ol class='comment-list'>{comments}</ol>"))
    assert [i.title for i in doc.items] == NAMES
    assert "comments" in [d.kind for d in doc.body_drops]


def _text_widgets(holder: str) -> str:
    return holder.format("".join(
        f"<aside id='text-{k}' class='widget widget_text'><h3 class='widget-title'>{t}</h3>"
        f"<div class='textwidget'><p>{BLURBS[k]}</p></div></aside>" for k, t in enumerate(("About us", "Our promise",
                                                                                              "Contact"))))


@pytest.mark.parametrize("holder", ["<aside class='sidebar'>{}</aside>", "<div class='widget-area'>{}</div>",
                                    "{}"])
def test_sidebar_text_widgets_in_the_body_stay_dropped(holder: str) -> None:
    # WordPress text widgets, each an <aside> titled over a paragraph, in the body on a
    # theme without an article box: the site's, however alike.
    html = page(_all(_asides), h1="Our gift ideas").replace("</article>", "</article>" + _text_widgets(holder))
    html = html.replace("<article class='post'>", "<div class='content'>").replace("</article>", "</div>")
    assert not any(t in _texts(doc_of(html)) for t in ("About us", "Our promise"))


def test_native_ad_cards_through_an_ad_server_stay_dropped() -> None:
    # Sponsored cards, each a title over a line of text, linking through an ad network.
    ads = "".join(
        f"<div class='sponsored-card'><h3><a href='https://trc.taboola.com/click?id={k}' rel='sponsored'>{t}</a>"
        f"</h3><p>{BLURBS[k]}</p></div>" for k, t in enumerate(TEASERS[:3]))
    doc = doc_of(page(_all(_asides) + f"<div class='sponsored-stories'>{ads}</div>"))
    assert [i.title for i in doc.items] == NAMES
    assert not any(t in _texts(doc) for t in TEASERS)


# --explain-body: each box a rule judged chrome that stays as an entry, the verdict it was
# saved from and why it stayed (Document.body_kept), apart from the drops.

def test_each_kept_entry_is_recorded_with_its_verdict_and_the_run() -> None:
    doc = doc_of(SHAPES["asides"])
    assert [(k.tag, k.kind, k.reason) for k in doc.body_kept] == [("aside", "aside", "<aside>")] * N
    assert {k.kept for k in doc.body_kept} == {
        "one of a run of 6 alike <aside> boxes, each a title over its own text"}
    assert [k.excerpt[:len(n)] for k, n in zip(doc.body_kept, NAMES)] == NAMES
    # The drops are the removals only: the related rail, no entry.
    assert [(d.kind, d.tag) for d in doc.body_drops] == [("related", "div")]
    assert not any(d.kept for d in doc.body_drops)


def test_a_kept_box_holding_the_run_says_so() -> None:
    doc = doc_of(SHAPES["sponsored-section"])
    assert [(k.tag, k.kind, k.reason, k.kept) for k in doc.body_kept] == [
        ("section", "ad", "class/id word 'sponsored'",
         "the box holding a run of 6 alike <div> boxes, each a title over its own text")]


def test_a_kept_grid_of_cards_says_the_headline_counts_them() -> None:
    doc = doc_of(SHAPES["wc-block-related"])
    assert [(k.tag, k.kind, k.kept) for k in doc.body_kept] == [
        ("ul", "related", "the box holding a run of 6 alike <li> boxes, each a name, a price and a shop link, "
                          "as many as the headline counts")]


def test_a_kept_wrapper_inside_an_entry_says_so() -> None:
    # Each pick wraps its product in a box classed "sponsored-product": the wrapper is
    # judged an ad, and stays as the entry's body.
    picks = "".join(
        f"<div class='pick'><div class='sponsored-product'><h3>{NAMES[k]}</h3><p>{BLURBS[k]}</p>"
        f"<a href='{shop(k)}'>Buy</a></div></div>" for k in range(N))
    doc = doc_of(page(picks))
    assert [i.title for i in doc.items] == NAMES
    assert [(k.tag, k.kind, k.kept) for k in doc.body_kept] == [
        ("div", "ad", "inside an entry of a run of 6 alike <div> boxes, each a title over its own text, "
                      "holding most of it")] * N


def test_look_alikes_are_never_recorded_as_kept() -> None:
    # The related rail, the "You may also like" grid, the single sponsored box: dropped, not kept.
    for name in SHAPES:
        assert not any(t in k.excerpt for k in doc_of(SHAPES[name]).body_kept for t in TEASERS + ["Acme"]), name


def test_explain_body_shows_the_kept_entries_beside_the_drops(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from auditor.cli import main

    path = tmp_path / "gifts.html"
    path.write_text(SHAPES["asides"].replace("<aside", "\n<aside"), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--explain-body", "--no-config", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "  dropped as chrome: 1 (related 1)" in lines
    at = lines.index("  kept against a chrome verdict: 6 (aside 6)")
    assert lines[at + 1] == ("    2:1  <aside> aside: <aside>; kept: one of a run of 6 alike <aside> boxes, each a title "
                             "over its own text  “Ember Mug 2Keeps coffee at the exact temperature you choose for up "
                             "to ninety min”")
    assert len([line for line in lines if "; kept: one of a run of 6" in line]) == N


# Whose page a link leads to: one answer for the chrome judge (an appeal's, a logo's link)
# and for entries (a teaser's), widgets.own_site.

@pytest.mark.parametrize(("href", "own"), [
    ("/2024/05/best-mugs/", True), ("best-mugs/", True), ("/go/ember-mug", True),  # relative: the site's
    ("https://www.mag.example/a/", True), ("https://mag.example/", True), ("//mag.example/a/", True),
    ("https://support.mag.example/give", True), ("https://blog.mag.example/a/", True),  # its subdomains
    ("https://www.amazon.com/dp/B0", False), ("https://mag.example.org/a/", False),
    ("", False), ("#top", False), ("javascript:void(0)", False),
    ("mailto:orders@mag.example", False),  # no page: a maker's order address is not a teaser's link
])
def test_own_site_answers_for_the_page_host(href: str, own: bool) -> None:
    from auditor.sources.widgets import own_site

    assert own_site(href, "mag.example") is own


def test_own_site_without_the_pages_host_knows_only_relative_links() -> None:
    from auditor.sources.widgets import own_site

    assert own_site("/a/", "") and not own_site("https://mag.example/a/", "")


def test_a_read_more_rail_to_the_sites_blog_subdomain_stays_dropped() -> None:
    # "More from the blog" cards linking to blog.mag.example from mag.example: the site's own
    # stories, teasers however long their line.
    cards = "".join(
        f"<div class='related-post'><h4>{t}</h4><p>{BLURBS[k]}</p>"
        f"<a href='https://blog.mag.example/{k}/'>Read more</a></div>" for k, t in enumerate(TEASERS))
    doc = doc_of(page(_all(_asides) + f"<div class='related-posts'>{cards}</div>"))
    assert [i.title for i in doc.items] == NAMES
    assert not any(t in _texts(doc) for t in TEASERS)


def test_entries_ordered_by_mail_are_entries() -> None:
    # A makers' gift guide: each product box a name over its text and the maker's order
    # address, no page of the site's: entries, not teasers.
    boxes = "".join(
        f"<aside class='maker-box'><h3>{NAMES[k]}</h3><p>{BLURBS[k]}</p>"
        f"<p><a href='mailto:orders{k}@maker.example'>Order by email</a></p></aside>" for k in range(N))
    doc = doc_of(page(boxes))
    assert [i.title for i in doc.items] == NAMES
    assert {k.tag for k in doc.body_kept} == {"aside"}


# Cloaked affiliate links: ThirstyAffiliates' "/recommends/…" (its default link prefix),
# Pretty Links' and Lasso's "/go/…", "/out/…" redirects lead through the site's own host to
# a shop: a product box linking only through them is an entry, not a teaser of the site's
# story, and a line of text is enough.

@pytest.mark.parametrize("href", ["/recommends/ember-mug/", "https://mag.example/go/ember-mug",
                                  "/recommends/mugs/ember-mug/", "/go/ember-mug?ref=list#buy",
                                  "/out/ember-mug", "/visit/ember-mug/", "/refer/ember-mug",
                                  "https://mag.example/go.php?url=ember-mug", "/deal/?aff=12"])
def test_a_cloaked_affiliate_link_is_a_shops_not_the_sites(href: str) -> None:
    from auditor.sources.widgets import affiliate_redirect, own_site

    assert affiliate_redirect(href)
    assert own_site(href, "mag.example")  # the chrome judge's answer stays: the site's host


@pytest.mark.parametrize("href", ["/reviews/go/", "/2024/05/best-mugs/", "/review/ember-mug/", "/gone-fishing/",
                                  "/outdoor/best-tents/", "https://www.amazon.com/dp/B0?tag=mag-20", "/go/",
                                  "/go/zhongwen/simp/nav/int/-/zhongwen/simp/business/"])
def test_the_sites_own_pages_are_not_cloaked_links(href: str) -> None:
    from auditor.sources.widgets import affiliate_redirect

    assert not affiliate_redirect(href)


@pytest.mark.parametrize("box", [
    # The name links through the cloaker (a ThirstyAffiliates link in the title).
    "<div class='related-product'><h3><a class='thirstylink' href='/recommends/p{k}/'>{name}</a></h3>"
    "<p>{blurb}</p></div>",
    # An unlinked name and a button through a "/go/" redirect.
    "<aside class='product-card'><h3>{name}</h3><p>{blurb}</p>"
    "<a class='button' href='https://mag.example/go/p{k}'>Check price</a></aside>",
])
def test_product_boxes_linking_through_a_cloaker_are_entries(box: str) -> None:
    boxes = "".join(box.format(k=k, name=NAMES[k], blurb=BLURBS[k]) for k in range(N))
    doc = doc_of(page(boxes))
    assert [i.title for i in doc.items] == NAMES


def test_the_sites_links_are_read_only_for_a_link_shaped_like_a_redirect(monkeypatch: pytest.MonkeyPatch) -> None:
    """Entries read the body's links to the site's own pages only to tell a redirect
    prefix from a section (affiliate_redirect): entries whose titles link to the site's
    reviews do not have every other link of the page (a comment thread's) looked up."""
    import lxml.html

    import auditor.sources.widgets as widgets
    from auditor.sources.body import find_body

    asked: list[str] = []
    own_site = widgets.own_site

    def counted(href: str, site_host: str) -> bool:
        asked.append(href)
        return own_site(href, site_host)

    monkeypatch.setattr(widgets, "own_site", counted)
    entries = "".join(f"<aside class='product-card'><h3><a href='/reviews/{k}/'>{NAMES[k]}</a></h3>"
                      f"<p>{BLURBS[k]} {BLURBS[(k + 1) % N]} {BLURBS[(k + 2) % N]}</p></aside>" for k in range(N))
    comments = "".join(f"<p><a href='/user/{k}/'>Reader {k}</a> wrote that the list helped them a lot.</p>"
                       for k in range(40))
    root = lxml.html.document_fromstring(page(entries + comments))
    kept: list[object] = []
    find_body(root, None, kept=kept)  # type: ignore[arg-type]
    assert kept, "the asides are a roundup's entries"
    assert not [href for href in asked if href.startswith("/user/")]
