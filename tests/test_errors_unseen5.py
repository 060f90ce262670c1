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
