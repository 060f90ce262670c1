"""The item-marker pattern without its CJK, keycap and circled-digit forms (compiled
for every page) reads every text holding none of their characters exactly as the
whole pattern does; the whole pattern is built only for a text holding one."""

from __future__ import annotations

import random
import re

from auditor.structure import markers
from auditor.structure.markers import _RARE, _marker, _needs_rare, parse_marker

PIECES = ["1.", "#2", "No. 3", "Nr.4", "Step 4:", "IV.", "XII)", "5/10", "3 of 9", "7º", "№5", "1)", "12 -", "1-",
          "Top", "Lisbon", "Common Mistake", " ", "  ", "—", "–", ":", ".", "x", "Ü", "’", "2020:", "24. Dezember",
          # the rare forms' characters
          "①", "➊", "1️⃣", "🔟", "【1】", "第一、", "その2", "3位", "5위", "(一)", "（十二）"]


def _read(pattern: re.Pattern[str], text: str) -> object:
    m = pattern.match(text)
    return None if m is None else (m.span(), m.groupdict())


def test_without_rare_characters_the_short_pattern_reads_as_the_whole() -> None:
    rng = random.Random(28)
    checked = 0
    for _ in range(20000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 7)))
        if _RARE().search(text):
            assert _needs_rare(text) or _read(_marker(False), text) == _read(_marker(True), text), text
            continue
        assert _read(_marker(False), text) == _read(_marker(True), text), text
        checked += 1
    assert checked > 5000


def test_the_whole_pattern_reads_the_rare_forms() -> None:
    for text, number in (("① Lisbon", 1), ("1️⃣ Lisbon", 1), ("【3】東京", 3), ("第三、東京", 3), ("その2 京都", 2),
                         ("3位 京都", 3), ("（十二）北京", 12)):
        with markers.using(markers.DEFAULT):
            found = parse_marker(text)
        assert found is not None and found.number == number, text


def test_latin_titles_never_build_the_whole_pattern() -> None:
    _marker.cache_clear()
    with markers.using(markers.DEFAULT):
        for text in ("1. Lisbon", "Step 2: Porto", "#3 Faro — the south", "IV. Évora’s walls", "No. 5 Braga"):
            assert parse_marker(text) is not None
    assert _marker.cache_info().currsize == 1


def test_rare_characters_after_the_marker_region_change_nothing() -> None:
    # Long label words, then a rare character further on: no rare form can reach it.
    for text in ("Extraordinarily Complicated Supercalifragilistic Step 4: Lisbon 第三、東京",
                 "1. Lisbon’s walls, built in the 12th century 第三、",
                 "Step 2: Porto — then later in the paragraph 【1】 and ① and 3位"):
        assert not _needs_rare(text)
        assert _read(_marker(False), text) == _read(_marker(True), text), text
    for text in ("Step one two three 3位 Kyoto", "Number 5位 Title", "ab cd ef gh ①"):
        assert _needs_rare(text)
