"""Image errors (IM001, IM012) on shapes no tuning page has, set into the clean story of
tests/widgetkit.py (whose own IM001 and LK016 must stay found), and look-alikes that keep
their error. Each group says where its markup comes from.
"""

from __future__ import annotations

import pytest

import widgetkit as kit
from auditor.api import audit

M = "https://media.dailyledger.example"
H = "https://www.dailyledger.example"

# A play or listen button in the story's own box, among its paragraphs and photos: the
# text-to-speech plugins' shortcode buttons written into the content (the Text To Speech
# TTS plugin's ``[tta_listen_btn]``), the Guardian's ListenToArticleButton
# (guardian/dotcom-rendering), a clip's click-to-play button holding its still. The
# button's box is the story, not a player: the story's pictures stay the story's.
LISTEN = [
    ("listen-button-named-play", f'<button class="listen-btn" aria-label="Play"><img src="{H}/img/speaker.svg"></button>'),
    ("click-to-play-button-with-its-still",
     f'<button class="media-play" type="button"><img src="{M}/2024/03/clipstill.jpg">'
     '<span class="sr-only">Play video: Bike lanes explained</span></button>'),
    ("listen-button-with-words", '<button type="button" class="tta__listen">Play</button>'),
]


def _places(finding) -> list[str]:
    return [finding.excerpt or ""] + [r.excerpt or "" for r in finding.related or ()]


def _storys(place: str) -> bool:
    return kit.STORY_PHOTO_NO_ALT in place or kit.STORY_PHOTO_LINKED in place


def _errors(html: str, name: str) -> tuple[set[str], list[tuple[str, str]]]:
    """The error rules found on the story's own defects, and the errors found elsewhere."""
    result = audit(html.encode(), name)
    assert result.error is None
    story, off = set(), []
    for f in result.findings:
        if f.level == "error":
            if all(_storys(p) for p in _places(f)):
                story.add(f.rule)
            else:
                off += [(f.rule, p) for p in _places(f) if not _storys(p)]
    return story, off


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("name,html", LISTEN, ids=[s[0] for s in LISTEN])
def test_a_play_button_in_the_storys_box_leaves_its_photos_the_storys(name, html, where):
    story, off = _errors(kit.page(html, where), f"{name}.html")
    assert story == {"IM001", "LK016"}, f"{name}: the story's photo lost ({story})"
    assert off == [], f"{name}: {off}"
