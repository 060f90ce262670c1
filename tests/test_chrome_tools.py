"""Site chrome that slipped through as errors on pages nobody tuned for, told by general
classes: tracking pixels by their size (auditor.sources.html.images)."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.sources import SourceOptions
from auditor.sources.encoding import decode
from auditor.sources.html import parse_html
from auditor.sources.html.images import inline_size

PROSE = "<p>" + "This sentence is real article prose with enough words to count. " * 3 + "</p>"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GIF_1X1 = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PNG_1X1 = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA"
           "60e6kgAAAABJRU5ErkJggg==")
GIF_3X2 = "data:image/gif;base64,R0lGODdhAwACAPAAAAAAACZFySH5BAEAAAAALAAAAAADAAIAAAIChF8AOw=="


def parse(body: str, head: str = ""):
    page = (f"<html><head><title>T</title>{head}</head><body><article><h1>Seven ways to sleep</h1>"
            f"{body}</article></body></html>")
    return parse_html(page, "t.html", SourceOptions())


def corpus(folder: str, name: str):
    path = SHARED / folder / "pages" / f"{name}.html"
    if not path.exists():
        pytest.skip(f"../shared/{folder} not present")
    return parse_html(decode(path.read_bytes(), html=True), str(path), SourceOptions())


def drops(doc) -> list[tuple[str, str]]:
    return [(d.kind, d.tag) for d in doc.body_drops]


# tracking pixels

def test_inline_gif_and_png_sizes_are_read_from_their_headers():
    assert inline_size(GIF_1X1) == (1, 1)
    assert inline_size(PNG_1X1) == (1, 1)
    assert inline_size(GIF_3X2) == (3, 2)
    assert inline_size("data:image/svg+xml,%3Csvg%3E") is None
    assert inline_size("/a.gif") is None


@pytest.mark.parametrize("img", [
    f'<img src="{GIF_1X1}">',
    f'<img src="{PNG_1X1}">',
    '<img src="/t.gif" style="width:1px;height:1px;border:0">',
])
def test_tracking_pixels_by_any_size_a_browser_uses_are_decorative(img):
    doc = parse(PROSE + img + PROSE)
    assert [i.decorative for i in doc.images] == [True]


@pytest.mark.parametrize("img", [
    # a blur-up stand-in: the real picture's URL waits in a data-* attribute
    f'<img src="{PNG_1X1}" data-fullsize="https://img.example.com/2019/03/photo.jpg" alt="a-slug">',
    # drawn at a size of its own, or bigger than a pixel
    f'<img src="{GIF_1X1}" width="600" height="400">',
    f'<img src="{GIF_3X2}">',
    '<img src="/t.gif" style="width:1px">',
])
def test_pictures_that_are_not_pixels_stay_content(img):
    doc = parse(PROSE + img + PROSE)
    assert [i.decorative for i in doc.images] == [False]


# real pages


def test_corpus_blur_up_stand_in_keeps_its_file_name_alt_reported():
    doc = corpus("corpus-more", "es-unocero-marcas-android")
    (lead,) = [i for i in doc.images if (i.alt or "").startswith("estas-son-las-marcas")]
    assert not lead.decorative
