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
    assert credits.LABEL_ONLY.match("Copyright ©") and not credits.LABEL_ONLY.match("Copyright Jana Berg")
