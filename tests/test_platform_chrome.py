"""The article-or-chrome decision on the template markup of the big publishing platforms
(tests/platformkit.py): WordPress (classic and block themes, Jetpack), Blogger, Medium,
Substack, Ghost, Drupal, Squarespace, Wix, Tumblr, AMP and a news CMS.

On each page: (a) every error is a defect of the story, (b) no paragraph, heading,
content picture or in-text link of the story is dropped as chrome, (c) a numbered
story's items are counted right."""

from __future__ import annotations

import pytest

import platformkit as kit
from auditor.api import audit

PLATFORMS = kit.PAGES
STORIES = {"wordpress-classic": kit.HOUSEPLANTS, "wordpress-blocks": kit.HIKES, "blogger": kit.BAKERY,
           "medium": kit.BAKERY, "substack": kit.HOUSEPLANTS, "ghost": kit.BIKE_LANES,
           "drupal": kit.BIKE_LANES, "squarespace": kit.HOUSEPLANTS, "wix": kit.HIKES,
           "tumblr": kit.BAKERY, "amp": kit.BIKE_LANES, "news-cms": kit.BIKE_LANES}
# Errors that are real defects of the page but not of the story's own text: Blogger's
# classic template gives microdata's datePublished an <abbr> whose value is its text
# ("7:30 AM"), not its ISO title.
PAGE_DEFECTS = {"blogger": {"MT063"}}
# Galleries the platform writes into the story: its pictures, linked to themselves.
GALLERIES = {"wordpress-classic": ["IMG_2041-150x150.jpg", "IMG_2042-150x150.jpg", "IMG_2043-150x150.jpg"],
             "wordpress-blocks": ["royal-arch-1-1024x768.jpg", "royal-arch-2-1024x768.jpg", "royal-arch-3-1024x768.jpg"]}


def _name(src: str) -> str:
    return src.rsplit("/", 1)[-1]


# Each platform with its own story, then with every other: a listicle of headings, one
# of an ordered list, a news story and an essay in every template.
CASES = [(name, STORIES[name]) for name in sorted(PLATFORMS)] + [
    (name, story) for name in sorted(PLATFORMS)
    for story in (kit.HOUSEPLANTS, kit.HIKES, kit.BIKE_LANES, kit.BAKERY) if story is not STORIES[name]]


@pytest.fixture(scope="module", params=CASES, ids=[f"{n}-{s.slug[:12]}" for n, s in CASES])
def page(request):
    name, story = request.param
    result = audit(PLATFORMS[name](story).encode(), f"{name}.html")
    assert result.error is None and result.document is not None
    return name, story, result


def test_every_error_is_a_defect_of_the_story(page):
    name, story, result = page
    pictures = [_name(p.src) for p in story.pics()]
    for f in result.findings:
        if f.level != "error" or f.rule in PAGE_DEFECTS.get(name, set()):
            continue
        # The story's defects are its pictures: one has no alt; one has an empty alt inside
        # the platform's link to the full-size file (an unnamed link, LK016).
        assert any(p in f.message for p in pictures), f"{name}: {f.rule} {f.line}: {f.message}"
        missing_alt = [_name(p.src) for p in story.pics() if p.alt is None]
        assert f.rule == "IM001" and any(p in f.message for p in missing_alt) or f.rule == "LK016", f.message
    assert any(f.rule == "IM001" for f in result.findings), f"{name}: the picture without alt went unreported"


def test_no_part_of_the_story_is_dropped(page):
    name, story, result = page
    doc = result.document
    assert doc.headline == story.headline, f"{name}: headline read as {doc.headline!r}"
    blocks = [p.text for p in doc.paragraphs] + [i.text for i in doc.list_items]
    for text in story.paragraphs():
        assert any(text in b for b in blocks), f"{name}: paragraph lost: {text[:60]}"
    headings = [h.text for h in doc.headings]
    for heading in story.headings():
        assert heading in headings, f"{name}: heading lost: {heading}"
    images = " ".join(i.src or "" for i in doc.images)
    for pic in story.pics():
        assert _name(pic.src).split(".")[0] in images, f"{name}: picture lost: {pic.src}"
    for name in GALLERIES.get(page[0], []):
        assert name in images, f"{name}: gallery picture lost: {name}"
    hrefs = [link.href for link in doc.links]
    for href, _text in story.links():
        assert any(h and h.endswith(href) for h in hrefs), f"{name}: link lost: {href}"


def test_a_numbered_story_is_counted_right(page):
    name, story, result = page
    doc = result.document
    if story.items:
        assert doc.headline_number == story.items
        assert len(doc.items) == story.items, f"{name}: {[i.heading for i in doc.items]}"
    assert not any(f.rule.startswith("LS") and f.level == "error" for f in result.findings)
