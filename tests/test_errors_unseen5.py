"""Errors on shapes no tuning page has (round 12, trust19). The publisher's e-paper and
news-tip promos: a picture-only link to its e-paper or tip page, an icon beside a short link
there. And look-alikes whose error must stay. Each shape is set into the clean story of
tests/widgetkit.py (whose own IM001 and LK016 must stay found) and says where its markup
comes from.
"""

from __future__ import annotations

import pytest

import widgetkit as kit
from auditor.api import audit

M = "https://media.dailyledger.example"
H = "https://www.dailyledger.example"

# E-paper promos as newsrooms' templates set them beside the story: the front page's
# thumbnail linking to the e-paper ("/epaper/", German "/e-paper/" with "Zum E-Paper", US
# papers' "/e-edition/", a separate "epaper." host), Portuguese "/edicao-digital/" ("Leia
# a edição digital"), Italian "/edizione-digitale/" ("Sfoglia il giornale"), Turkish
# "e-gazete." ("E-Gazete"), Indonesian "/koran-digital/"; news-tip boxes: a megaphone icon
# beside "Send us a tip", German "/leserreporter/" ("Leserreporter: Hinweis senden"),
# Spanish "/envia-tu-denuncia/", Indonesian "/kirim-berita/", Polish "/wyslij-newsa/".
PROMOS = [
    ("epaper-thumb-and-link",
     f'<div class="ep"><a href="{H}/epaper/"><img src="{M}/2024/03/front-page.jpg"></a>'
     f'<a href="{H}/epaper/">Read the e-paper</a></div>'),
    ("epaper-de-thumb-and-span",
     f'<div class="ep"><a href="{H}/e-paper/"><img src="{M}/2024/03/titelseite.jpg"></a><span>Zum E-Paper</span></div>'),
    ("e-edition-us", f'<div class="promo"><a href="/e-edition/"><img src="{M}/2024/03/a1-today.jpg"></a></div>'),
    ("epaper-host", f'<div class="ep"><a href="https://epaper.dailyledger.example/"><img src="{M}/2024/03/ausgabe.jpg"></a>'
                    "<span>Heute im E-Paper</span></div>"),
    ("edicao-digital-pt",
     f'<div class="ed"><a href="{H}/edicao-digital/"><img src="{M}/2024/03/capa.jpg"></a>'
     f'<a href="{H}/edicao-digital/">Leia a edição digital</a></div>'),
    ("edizione-digitale-it-icon",
     f'<div class="sfoglia"><img src="{M}/static/giornale.png"><a href="{H}/edizione-digitale/">Sfoglia il giornale</a></div>'),
    ("e-gazete-host-tr", f'<div class="eg"><a href="https://e-gazete.dailyledger.example/"><img src="{M}/2024/03/manset.jpg"></a>'
                         "<span>E-Gazete</span></div>"),
    ("koran-digital-id", f'<div class="kd"><a href="{H}/koran-digital"><img src="{M}/2024/03/koran.jpg"></a></div>'),
    ("tip-icon-beside-link", f'<div class="tip"><img src="{M}/static/megaphone.png"><a href="{H}/tips/">Send us a tip</a></div>'),
    ("tip-picture-link", f'<div class="tip"><a href="{H}/send-us-a-tip"><img src="{M}/static/tip-banner.jpg"></a></div>'),
    ("leserreporter-de",
     f'<div class="lr"><img src="{M}/static/kamera.png"><a href="{H}/leserreporter/">Leserreporter: Hinweis senden</a></div>'),
    ("denuncia-es", f'<div class="dn"><img src="{M}/static/denuncia.png"><a href="{H}/envia-tu-denuncia/">Envía tu denuncia</a></div>'),
    ("kirim-berita-id", f'<div class="kb"><a href="{H}/kirim-berita"><img src="{M}/static/kirim.png"></a></div>'),
    ("wyslij-newsa-pl", f'<div class="wn"><img src="{M}/static/news.png"><a href="{H}/wyslij-newsa/">Wyślij newsa</a></div>'),
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("name,html", PROMOS, ids=[s[0] for s in PROMOS])
def test_an_epaper_or_tip_promo_is_the_templates(name, html, where):
    kit.assert_only_storys_errors(kit.page(html, where), f"{name}.html")


# Look-alikes: a story photo linking to another story whose slug starts with "tips", to a
# police tip line on another site, to a story under a "replica-" slug; a photo whose caption
# speaks of the printed edition; a photo in a paragraph linking to the e-paper (prose's);
# an icon beside a link to a tips story whose name is long.
KEEP = [
    ("tips-slug", f'<figure><a href="{H}/news/2024/03/tips-for-new-cyclists"><img src="{M}/2024/03/keep1.jpg"></a></figure>'),
    ("police-tip-line", f'<figure><a href="https://police.example.gov/tips/"><img src="{M}/2024/03/keep2.jpg"></a>'
                        "<figcaption>Police ask anyone who saw the crash to call.</figcaption></figure>"),
    ("replica-slug", f'<figure><a href="{H}/news/2024/03/replica-tram-unveiled"><img src="{M}/2024/03/keep3.jpg"></a></figure>'),
    ("caption-mentions-epaper", f'<figure><img src="{M}/2024/03/keep4.jpg"><figcaption>The front page of our e-paper on the '
                                "night of the vote.</figcaption></figure>"),
    ("photo-in-prose-to-epaper",
     f'<p>The vote made the front page, <a href="{H}/epaper/"><img src="{M}/2024/03/keep5.jpg"></a> as readers of the '
     "printed edition saw on Wednesday morning before the council's first meeting on the designs.</p>"),
    ("icon-beside-long-tips-link",
     f'<div class="x"><img src="{M}/2024/03/keep6.jpg"><a href="{H}/tips/">Our reporters spent a week riding every '
     "planned lane</a></div>"),
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("name,html", KEEP, ids=[s[0] for s in KEEP])
def test_a_look_alike_keeps_its_error(name, html, where):
    result = audit(kit.page(html, where).encode(), f"{name}.html")
    found = [f for f in result.findings if f.rule == "IM001" and any("keep" in p for p in kit.places(f))]
    assert found, f"{name}: its IM001 was lost"
    story, _ = kit.errors_by_place(kit.page(html, where), f"{name}.html")
    assert {"IM001", "LK016"} <= story


def _card(i: int, tag: str = "p", href: str = "") -> str:
    href = href or f"{H}/news/2024/03/budget-talks-{i}"
    return (f'<a class="card" href="{href}"><img src="{M}/2024/03/card{i}.jpg">'
            f'<{tag} class="card-title">Budget talks stall as the deadline nears, part {i}</{tag}></a>')


# A "read next" card after the story whose title is no heading: themes set it in a <p>
# (GeneratePress' and Astra's related-post blocks: "<a><img><p class=title>"), a <span>
# (Jetpack's related posts' "jp-relatedposts-post-title" inside the link) or a <div>
# (a React theme's "card__title"); one card alone, in a wrapper, or a relative link.
CARDS = [
    ("one-card-p-title", _card(0)),
    ("one-card-span-title", _card(1, "span")),
    ("one-card-div-title", _card(2, "div")),
    ("one-card-in-wrappers", f'<div class="next"><div class="next__inner">{_card(3)}</div></div>'),
    ("one-card-relative-link", _card(4, "span", "/news/2024/03/budget-talks")),
    ("card-beside-a-label", f'<div class="next"><span>Next</span>{_card(5)}</div>'),
]


@pytest.mark.parametrize("name,html", CARDS, ids=[s[0] for s in CARDS])
def test_a_card_with_a_plain_title_after_the_story_is_the_templates(name, html):
    kit.assert_only_storys_errors(kit.page(html, "end"), f"{name}.html")


# Look-alikes after the story, whose picture is the story's: a captioned photo linking on
# to the council's page; a picture linking to another site (a shop's product, a source's
# page); a link in a short sentence; a link whose text is a paragraph, not a title; the
# picture linking to its own file.
CARD_KEEP = [
    ("captioned-photo-linking-on",
     f'<figure><a href="{H}/news/2024/03/council"><img src="{M}/2024/03/keep11.jpg"><span>The chamber</span></a>'
     "<figcaption>The council chamber on Tuesday.</figcaption></figure>"),
    ("other-sites-page", f'<a href="https://council.example.gov/maps"><img src="{M}/2024/03/keep12.jpg"><p>The lanes map</p></a>'),
    ("link-in-a-sentence",
     f'<div>Council members will vote again in June, after the open houses, on <a href="{H}/news/2024/03/map">'
     f'<img src="{M}/2024/03/keep13.jpg"><span>the final map</span></a>.</div>'),
    ("paragraph-long-link",
     f'<a href="{H}/news/2024/03/map"><img src="{M}/2024/03/keep14.jpg"><p>The final map of the lanes shows every '
     "segment the council approved on Tuesday night, from Main Street to Fifth Avenue and the river path.</p></a>"),
    ("picture-to-its-file", f'<a href="{M}/2024/03/keep15.jpg"><img src="{M}/2024/03/keep15.jpg"><span>Full size</span></a>'),
]


@pytest.mark.parametrize("name,html", CARD_KEEP, ids=[s[0] for s in CARD_KEEP])
def test_a_picture_after_the_story_that_is_no_card_keeps_its_error(name, html):
    result = audit(kit.page(html, "end").encode(), f"{name}.html")
    found = [f for f in result.findings if f.rule == "IM001" and any("keep" in p for p in kit.places(f))]
    assert found, f"{name}: its IM001 was lost"


def _teaser(i: int, title: str = "h3", href: str = "") -> str:
    href = href or f"{H}/noticias/2024/03/orcamento-{i}"
    return (f'<div class="item"><a href="{href}"><img src="{M}/2024/03/rail{i}.jpg">'
            f"<{title}>Orçamento da cidade: a votação fica para abril, parte {i}</{title}></a></div>")


# Singular rail labels, read only as a whole label over two or more picture links to the
# site's own pages: Brazilian portals' "Recomendado para você" over <h3> teasers, Spanish
# "Recomendado para ti" over a <ul> of cards with <span> titles, "Recomendamos" in a header
# <div> over two cards.
RAILS = [
    ("recomendado-para-voce", '<div class="box"><h4>Recomendado para você</h4>' + "".join(_teaser(i, "p") for i in range(3)) + "</div>"),
    ("recomendado-para-ti",
     '<section><span class="t">Recomendado para ti</span><ul>'
     + "".join(f"<li>{_teaser(i, 'span', f'/noticias/2024/03/presupuesto-{i}')}</li>" for i in range(4)) + "</ul></section>"),
    ("recomendamos-two", '<div class="r"><div class="head"><b>Recomendamos</b></div>' + _teaser(0, "p") + _teaser(1, "p") + "</div>"),
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("name,html", RAILS, ids=[s[0] for s in RAILS])
def test_a_singular_rail_label_over_picture_links_to_the_site_is_a_rail(name, html, where):
    kit.assert_only_storys_errors(kit.page(html, where), f"{name}.html")


# Where the label is no rail's: "Recomendamos:" over products in shops (other sites), a
# sentence opening "Recomendamos" over the site's picture links, "Recomendamos" over picture
# links and a paragraph of prose (a guide's recommendation): three links each, so that no
# rule about lone teaser cards in the story takes them first.
RAIL_KEEP = [
    ("recomendamos-shops",
     '<div class="picks"><p>Recomendamos</p>'
     + "".join(f'<div><a href="https://shop{i}.example/capacete"><img src="{M}/2024/03/keep2{i}.jpg">'
               f"<span>Capacete urbano {i}</span></a></div>" for i in range(3)) + "</div>"),
    ("recomendamos-a-sentence",
     '<div class="picks"><p>Recomendamos usar capacete sempre.</p>'
     + "".join(_teaser(i).replace(f"rail{i}", f"keep{i}") for i in range(30, 33)) + "</div>"),
    ("recomendamos-over-prose",
     '<div class="pick"><h3>Recomendamos</h3>' + "".join(_teaser(i).replace(f"rail{i}", f"keep{i}") for i in range(40, 43))
     + "<p>The new lanes on Main Street are the safest way across town, and the city's own counts show more riders "
     "every month since the curbs went in last spring.</p></div>"),
]


@pytest.mark.parametrize("name,html", RAIL_KEEP, ids=[s[0] for s in RAIL_KEEP])
def test_a_singular_label_without_a_rails_shape_keeps_the_error(name, html):
    result = audit(kit.page(html).encode(), f"{name}.html")
    found = [f for f in result.findings if f.rule == "IM001" and any("keep" in p for p in kit.places(f))]
    assert found, f"{name}: its IM001 was lost"
    story, _ = kit.errors_by_place(kit.page(html), f"{name}.html")
    assert {"IM001", "LK016"} <= story


@pytest.mark.parametrize("badge", ["5 min read", "12 Fotos", "8 Bilder"])
def test_a_linked_picture_with_a_badge_is_no_card(badge):
    """A number and a word or two inside the link is a badge (a reading time, a photo count),
    no card's title: the picture stays the story's (see also
    test_errors_unseen3's reading-time-badge)."""
    html = f'<div class="m"><a href="{H}/news/2024/03/x"><img src="{M}/2024/03/keep50.jpg"><span>{badge}</span></a></div>'
    result = audit(kit.page(html, "end").encode(), "badge.html")
    assert [f for f in result.findings if f.rule == "IM001" and any("keep50" in p for p in kit.places(f))]
