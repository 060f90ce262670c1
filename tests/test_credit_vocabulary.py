"""One credit vocabulary (auditor.text.credits) for every reader: HTML captions,
Markdown and plain text, the credit checks and the site-wide comparison."""

from __future__ import annotations

import pytest

from auditor.sitewide.checks import credit_key
from auditor.sources import SourceOptions
from auditor.sources.html import parse_html
from auditor.sources.text import split_credit, starts_like_credit
from auditor.text import credits


@pytest.mark.parametrize("caption, credit", [
    ("Der Hafen bei Nacht. Foto: Jana Berg/dpa", "Jana Berg/dpa"),
    ("El puerto de noche. Fuente: Reuters", None),  # "Fuente:" mid-text cites data, as "Source:" does
    ("Fuente: Archivo EFE", "Archivo EFE"),
    ("Le port la nuit. Crédit : AFP", "AFP"),
    ("The harbour at night. Photographer: Ana Ruiz", "Ana Ruiz"),
])
def test_text_readers_share_the_words(caption: str, credit: str | None) -> None:
    found = split_credit(caption)
    assert (found[1] if found else None) == credit


def test_html_markdown_and_the_site_key_agree() -> None:
    page = ('<html><body><article><h1>Hafen</h1><figure><img src="/a.jpg" alt="Hafen">'
            '<figcaption>Der Hafen bei Nacht. Quelle: Jana Berg</figcaption></figure><p>Text.</p></article></body></html>')
    (image,) = parse_html(page, "a.html", SourceOptions()).images
    # mid-caption "Quelle:" is read as a credit in a figure (the caption is about a picture)
    assert image.credit == "Quelle: Jana Berg"
    assert credit_key("Bild: Getty Images") == credit_key("Photo credit: getty images") == "gettyimages"
    assert starts_like_credit("Bildquelle: dpa") is False and starts_like_credit("Bild: dpa")
    assert credits.LABEL_ONLY().match("Copyright ©") and not credits.LABEL_ONLY().match("Copyright Jana Berg")


def test_a_picture_nested_in_source_elements_finds_its_figure_and_an_ap_credit() -> None:
    # guardian: <picture><source…><source…><img></picture> (libxml2 nests the img in each
    # <source>); citylab: a caption that ends "… in 1989. (AP)".
    page = ('<html><body><article><h1>Neon</h1><figure><div><picture><source srcset="/a.jpg 1x">'
            '<source srcset="/b.jpg 1x"><source srcset="/c.jpg 1x"><img src="/d.jpg" alt="Sign"></picture></div>'
            '<figcaption>Wiig in Bridesmaids. Photograph: Universal/Everett/Rex</figcaption></figure>'
            '<figure><img src="/e.jpg" alt="Neon"><figcaption>Workers remove a sign in 1989. (AP)</figcaption></figure>'
            '<p>Text.</p></article></body></html>')
    first, second = parse_html(page, "a.html", SourceOptions()).images
    assert first.credit == "Universal/Everett/Rex" and second.credit == "AP"


def test_a_credit_box_right_after_the_picture_box_is_its_credit_among_several_pictures() -> None:
    # npr: the photo's box, then its credit box, then an "enlarge" copy of the photo.
    page = ('<html><body><article><h1>Tang</h1><div class="bucketwrap"><div class="imagewrap">'
            '<img src="/a-s1600.jpg" alt="App"></div><div class="credit-caption"><div class="caption"></div>'
            '<span class="credit">Walid Berrazeg/Getty Images</span></div><div class="enlarge"><img src="/a-s1200.jpg" '
            'alt="App"></div></div><p>Text.</p></article></body></html>')
    first = parse_html(page, "a.html", SourceOptions()).images[0]
    assert first.credit == "Walid Berrazeg/Getty Images" and first.caption is None


def test_a_captions_toggle_button_is_not_the_caption() -> None:
    page = ('<html><body><article><h1>Roof</h1><div class="bucket"><img src="/roof.jpg" alt="">'
            '<div class="caption"><p>Dylann Roof is escorted from the police department. <b class="credit">Chuck '
            'Burton/AP</b> <b class="hide-caption"><b>hide caption</b></b></p></div></div><p>Text.</p>'
            '</article></body></html>')
    (image,) = parse_html(page, "a.html", SourceOptions()).images
    assert image.credit == "Chuck Burton/AP" and (image.caption or "").startswith("Dylann Roof is escorted")


@pytest.mark.parametrize(("text", "starts"), [
    ("圖片來源：中央社", True), ("写真提供：共同", True), ("사진=연합뉴스", True), ("出典：総務省", True),
    ("Photo: Jane Doe", True), ("Photographers at work", True), ("  Quelle: dpa", True), ("Crédito de la foto", True),
    ("Fotostrecke: 9 Bilder", False), ("Sourcing the beans", False), ("Pictorial history", False), ("写", False),
])
def test_a_text_starts_like_a_credit_with_a_whole_word_in_any_script(text: str, starts: bool) -> None:
    # Chinese, Japanese and Korean label words end with no word boundary ("圖片來源"): read by a
    # pattern of their own, Latin ones only as whole words.
    assert starts_like_credit(text) is starts
