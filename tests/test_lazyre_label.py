"""LabelPattern: matching by the alternatives of the label's first letter gives the whole
pattern's match, for every text (the dispatch may never miss an alternative)."""

from __future__ import annotations

import re
import sys

import pytest

from auditor.sources import chrome_vocabulary as vocab
from auditor.text.lazyre import LabelPattern, _case_key, _first_letters, _LabelTable, _split_alternatives

LABELS = [vocab.RELATED_LABEL, vocab.AD_LABEL]


def _whole(pattern: LabelPattern) -> re.Pattern[str]:
    return re.compile(pattern.pattern, pattern._flags)


def _spelled(alternative: str) -> str:
    """A text the alternative (roughly) spells: its first choice of each group, optional parts kept."""
    text = re.sub(r"\[([^\]])[^\]]*\]", r"\1", alternative)  # a class: its first member
    text = re.sub(r"\|[^()]*\)", ")", text)  # a group: its first alternative
    text = re.sub(r"\\s[*+?]?", " ", text)
    return re.sub(r"[()?:*+{}\\]|\(\?=|\(\?!", "", text)


@pytest.mark.parametrize("pattern", LABELS, ids=["RELATED_LABEL", "AD_LABEL"])
def test_every_label_matches_as_the_whole_pattern(pattern: LabelPattern) -> None:
    table = _LabelTable(pattern.pattern, pattern._flags)
    assert len(table.sources) > 10  # dispatched, not the whole pattern's fallback
    whole = _whole(pattern)
    alternatives, _ = _split_alternatives(pattern.pattern) or ([], "")
    texts = ["", " ", "»", "...", "_x", "1 read more", "x", "ıstanbul", "İlgili haberler", "ILGILI HABERLER",
             "ſponsored", "ΔΙΑΒΆΣΤΕ ΕΠΊΣΗΣ", "ΣΧΕΤΙΚΆ", "\u0345x", "K", "ＲＥＡＤ ＭＯＲＥ"]
    for alternative in alternatives:
        spelled = _spelled(alternative)
        for text in (spelled, spelled.upper(), spelled.title(), spelled[:-1], spelled + "s", spelled + ":",
                     f"» {spelled} «", f"— {spelled.upper()}: next", f"{spelled} and more", f"_{spelled}",
                     f"1. {spelled}", f"\u00a0{spelled}\u200b"):
            texts.append(text)
    matched = 0
    for text in texts:
        expected = whole.match(text)
        found = pattern.match(text)
        assert (found and found.span()) == (expected and expected.span()), text
        matched += expected is not None
    assert matched > len(alternatives)  # the texts reach most alternatives


@pytest.mark.parametrize("pattern", LABELS, ids=["RELATED_LABEL", "AD_LABEL"])
def test_every_character_re_i_takes_for_a_first_letter_is_a_word_character_of_its_key(pattern: LabelPattern) -> None:
    # The two facts the dispatch stands on, asked of re itself over every code point: a
    # character a first letter matches under re.I has that letter's key, and is a word
    # character (so the lead's \W* never skips where an alternative could start).
    alternatives, _ = _split_alternatives(pattern.pattern) or ([], "")
    letters = sorted({c for alternative in alternatives for c in _first_letters(alternative) or ()})
    any_letter = re.compile("[" + "".join(re.escape(c) for c in letters) + "]", re.I)
    one = {c: re.compile(re.escape(c), re.I) for c in letters}
    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if any_letter.fullmatch(ch):
            assert word.fullmatch(ch), hex(code)
            keys = {_case_key(c) for c, p in one.items() if p.fullmatch(ch)}
            assert _case_key(ch) in keys, (hex(code), keys)


def test_a_pattern_of_another_shape_matches_whole() -> None:
    # No lead, a capturing group, an alternative that may start with anything or be empty:
    # no table, the whole pattern answers.
    for source in (r"(?:read|more)\b", r"^\W*(read|more)", r"^\W*(?:read|\d+ comments)", r"^\W*(?:read|x?)$",
                   r"^\W*(?:read|[a-z]+ more)"):
        assert not _LabelTable(source, re.I).sources, source
        label = LabelPattern(source, re.I)
        for text in ("read", "Read more", "12 comments", "", "x", "ab more"):
            expected = re.compile(source, re.I).match(text)
            found = label.match(text)
            assert (found and found.span()) == (expected and expected.span())


def test_search_and_a_start_position_use_the_whole_pattern() -> None:
    label = LabelPattern(r"^\W*(?:read more|related)(?:\W|$)", re.I)
    assert label.search("— Related").span() == (0, 9)  # type: ignore[union-attr]
    assert label.match("xx related", 3) is None  # "^" holds at the string's start only
    assert label.match("» READ MORE: x").span() == (0, 12)  # type: ignore[union-attr]
    assert label.match("» reader") is None
