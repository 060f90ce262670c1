"""display_width counts a wide (W) or full-width (F) character as two, every other as
one; ASCII text, where none is wide, is counted by its length."""

from __future__ import annotations

import unicodedata

import pytest

from auditor.checks.meta import display_width


def by_character(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


@pytest.mark.parametrize("text", [
    "".join(map(chr, range(128))), "Plain title | Site", "", "東京の天気", "Ｆｕｌｌ width：colon", "café – naïve",
    "한국어 제목 · 사이트", "mixed ASCII then 漢字",
])
def test_width_is_the_characters_widths(text: str) -> None:
    assert display_width(text) == by_character(text)
