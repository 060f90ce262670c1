"""Errors on template shapes no tuning page has (round 13, trust21). Each shape is set into
the clean story of tests/widgetkit.py (whose own IM001 and LK016 must stay found) and says
where its markup comes from; each look-alike (a story's photo in a like box) keeps its error.

- Writers' boxes whose label stands alone without a colon ("Penulis", "Yazar", "Tác giả",
  "Autor", "Redakcja") over the name; bylines in more forms ("de …" in a byline's element,
  Greek "Του …", Hebrew "מאת …", "Publicado por …", "Napisane przez …").
- A page's tools and the template's links as pictures: a category's or tag's icon, the page's
  PDF version, a print service, a feed typed as one, a breadcrumb's icon (a declared
  BreadcrumbList, or a trail whose next step goes deeper into the section).
- Reading widgets: a weather box, a live score, a market ticker (sources/reading_widgets.py).
- Sponsors' and partners' labels and app offers in more languages.
"""

from __future__ import annotations

import pytest

import widgetkit as kit

M = "https://media.dailyledger.example"
H = "https://www.dailyledger.example"
S = f"{H}/news/2024/03/bike-lanes-approved"
FACE = f'<img src="{M}/uploads/2024/01/jane-48x48.jpg" width="48" height="48">'


def _keeps(html: str, *files: str) -> None:
    found = set(kit.im001_files(kit.page(html)))
    assert set(files) <= found, (files, found)


# --- writers' boxes with a bare label --------------------------------------------------------
# WordPress's Post Author block (packages/block-library/src/post-author/index.php) prints its
# "byline" setting in "<p class='wp-block-post-author__byline'>" over
# "<p class='wp-block-post-author__name'>", beside the avatar's "<div class='…__avatar'>";
# block themes' author patterns (Automattic/themes allez/patterns/post-author.php) set a
# paragraph "Published by" over the post-author-name block beside wp:avatar. Class names here
# are neutral (a hashed or house theme); the label is what a site's editor typed in its language.
BARE_LABELS = ["Penulis", "Yazar", "Tác giả", "Autor", "Redakcja", "Autorka", "Auteur", "Author", "Published by",
               "Συντάκτης", "כותב", "Автор", "作者", "लेखक", "Kirjoittaja"]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("label", BARE_LABELS)
def test_a_writers_box_with_a_bare_label_is_the_templates(label, where):
    box = (f'<div class="x1"><div class="x2">{FACE}</div><div class="x3"><p class="x4">{label}</p>'
           '<p class="x5">Jane Doe</p></div></div>')
    kit.assert_only_storys_errors(kit.page(box, where), "author.html")


# Themes' author boxes that set the label as a small heading over the name (fajarafriansh/
# civil-portal template-parts/author-box.php writes "<h4>Tentang Penulis</h4>" then the avatar and
# the name; here the heading is the bare word alone, the name a plain span).
@pytest.mark.parametrize("label", ["Yazar", "Tác giả", "Penulis"])
def test_a_bare_label_heading_over_the_name_is_the_templates(label):
    box = f'<div class="x1">{FACE}<h4>{label}</h4><span>Jane Doe</span></div>'
    kit.assert_only_storys_errors(kit.page(box), "author.html")


# Look-alikes: a label glued to words of its own ("Autor des Buches …"), a label over a long
# line (a profile the story gives), the story's large photo beside "Autor", a captioned figure
# whose caption names the writer.
def test_a_bare_label_beside_more_than_a_name_keeps_its_error():
    lone = f'<img src="{M}/2024/03/lone.jpg" width="48" height="48">'
    _keeps(f'<div>{lone}<p>Autor des Buches ist Jan Kowalski</p></div>', "lone.jpg")
    _keeps(f'<div>{lone}<p>Autor</p><p>Jan Kowalski, who wrote the book in 2019 after two decades in the city council'
           '</p></div>', "lone.jpg")
    _keeps(f'<div><img src="{M}/2024/03/lone-b.jpg" width="1200" height="800"><p>Autor</p><p>Jan Kowalski</p></div>',
           "lone-b.jpg")
    _keeps(f'<figure><img src="{M}/2024/03/lone-c.jpg" width="48" height="48"><figcaption>Autor Jan Kowalski'
           '</figcaption></figure>', "lone-c.jpg")


# --- bylines in more forms ---------------------------------------------------------------------
# A face beside the byline as Spanish and Portuguese templates print it in the author's element
# ("<span class='autor'>de María López</span>", "<span itemprop='author'>"); Greek sites'
# genitive ("Του Γιώργου Παπαδόπουλου", "Της Μαρίας Παπά"); Hebrew "מאת"; "Publicado por",
# "Napisane przez", "Ditulis oleh", "Viết bởi"; a writer's word before the name without a colon.
BYLINES = [
    ("de-class", '<span class="autor">de María López</span>'),
    ("de-itemprop", '<span itemprop="author">de João Silva</span>'),
    ("greek-tou", "<span>Του Γιώργου Παπαδόπουλου</span>"),
    ("greek-tis", "<span>Της Μαρίας Παπά</span>"),
    ("hebrew", "<span>מאת דנה כהן</span>"),
    ("publicado", "<span>Publicado por João Silva em 13/03/2024</span>"),
    ("napisane", "<span>Napisane przez Anna Nowak</span>"),
    ("ditulis", "<span>Ditulis oleh Budi Santoso</span>"),
    ("viet-boi", "<span>Viết bởi Nguyễn Văn An</span>"),
    ("yazar-bare", "<span>Yazar Ahmet Yılmaz</span>"),
    ("tac-gia-bare", "<span>Tác giả Nguyễn Văn An</span>"),
]


@pytest.mark.parametrize("name,byline", BYLINES, ids=[b[0] for b in BYLINES])
def test_a_bylines_face_in_more_forms_is_the_templates(name, byline):
    box = f'<div class="m"><img src="{M}/uploads/2024/01/face.jpg" width="32" height="32">{byline}<time>13/03/2024</time></div>'
    kit.assert_only_storys_errors(kit.page(box), f"{name}.html")


# "de" opens too many lines to be read outside a byline's element: a face beside "de Gaulle …"
# in a plain span stays the story's; so does a Greek line in a caption.
def test_de_outside_a_bylines_element_keeps_its_error():
    _keeps(f'<div><img src="{M}/2024/03/lone.jpg" width="32" height="32"><span>de Gaulle en 1944</span></div>', "lone.jpg")
    _keeps(f'<figure><img src="{M}/2024/03/lone-b.jpg" width="32" height="32"><figcaption>Του Γιώργου Παπαδόπουλου'
           '</figcaption></figure>', "lone-b.jpg")


# --- sponsors, partners and app offers in more languages -----------------------------------------
SPONSORS = ["Sponsorowane przez", "Sponsorlu içerik", "Спонсор", "スポンサー", "Contenido patrocinado",
            "Conteúdo patrocinado", "Publireportage", "Gefördert von", "Con el apoyo de", "Our partners"]


@pytest.mark.parametrize("label", SPONSORS)
def test_a_sponsors_linked_logo_is_the_templates(label):
    box = (f'<div class="sp"><span>{label}</span><a href="https://bikeshop.example/?utm_source=ledger">'
           f'<img src="{M}/uploads/2024/03/bikeshop.png"></a></div>')
    kit.assert_only_storys_errors(kit.page(box), "sponsor.html")


def test_baixe_o_app_offers_the_sites_app():
    box = (f'<div class="ap"><p>Baixe o app</p><a href="https://apps.apple.com/br/app/ledger/id123">'
           f'<img src="{M}/uploads/ios.png"></a><a href="https://play.google.com/store/apps/details?id=com.ledger">'
           f'<img src="{M}/uploads/android.png"></a></div>')
    kit.assert_only_storys_errors(kit.page(box), "app.html")
