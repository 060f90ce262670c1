"""LS006 finds counts with its pattern compiled in two halves (the number words once per
language, the nouns per headline noun): the matches must be exactly those of the one
pattern it replaced (``_count_pattern``'s ``finditer``)."""

from __future__ import annotations

import random

import pytest

from auditor.checks.listicle import _count_pattern, _counts
from auditor.text.number_words import NUMBER_WORDS

NOUNS = ["tips", "tip", "ways", "things", "Tipps", "ideas", "item", "items", "cosas", "вещей", "tip-off", "ti", "s"]
SEPARATORS = [" ", "  ", "\n", "+ ", "+", "-", ",", ".", "’", "'", "$", "", "\t", " big ", " a b c d "]


def _whole(text: str, lang: str, nouns: tuple[str, ...], window: int) -> list[tuple[int, str, str]]:
    return [(m.start(), m.group("num"), m.group(0)) for m in _count_pattern(lang, nouns, window).finditer(text)]


@pytest.mark.parametrize("text", [
    "These five tips work; the other 12 tips do not.",
    "five  big  old tips, 7+ ways, 12345 tips, 3tips, x5 tips, $5 tips, 1.5 tips",
    "Seventeen TIPS and seven tip-offs and seven tipsy items",
    "five five tips", "five + tips", "5+ tips", "5 +tips", "five\ttips", "five, tips",
])
def test_same_matches_as_the_one_pattern(text: str) -> None:
    for window in (0, 1, 3):
        nouns = ("tips", "ways", "items")
        for noun in (None, "tip", "tips", "tip-off", "TIPS"):
            every = (*nouns, *([noun] if noun else []))
            assert list(_counts(text, "en", nouns, noun, window)) == _whole(text, "en", every, window)


def test_same_matches_on_generated_text() -> None:
    rng = random.Random(6)
    found = 0
    for _ in range(3000):
        lang = rng.choice(sorted(NUMBER_WORDS))
        words = list(NUMBER_WORDS[lang])
        nouns = tuple(rng.sample(NOUNS, rng.randint(0, 4)))
        noun = rng.choice([None, *NOUNS]) if nouns else rng.choice(NOUNS)
        every = (*nouns, *([noun] if noun else []))
        window = rng.randint(0, 4)
        parts: list[str] = []
        for _ in range(rng.randint(1, 12)):
            r = rng.random()
            if r < 0.3:
                parts.append(rng.choice(words + [w.upper() for w in words]))
            elif r < 0.45:
                parts.append(str(rng.randint(0, 123456)))
            elif r < 0.65:
                parts.append(rng.choice(NOUNS))
            else:
                parts.append(rng.choice(["the", "best", "x", "très", "big-ish", "don't"]))
            parts.append(rng.choice(SEPARATORS) if rng.random() < 0.4 else " ")
        text = "".join(parts)
        want = _whole(text, lang, every, window)
        assert list(_counts(text, lang, nouns, noun, window)) == want, (lang, nouns, noun, window, text)
        found += bool(want)
    assert found > 100  # the generated texts do hold counts


def test_a_noun_starting_with_a_space_takes_the_whole_pattern() -> None:
    assert list(_counts("five  tips", "en", (" tips",), None, 2)) == [(0, "five", "five  tips")]
    assert list(_counts("five  tips", "en", ("ways",), " tips", 2)) == [(0, "five", "five  tips")]


@pytest.mark.parametrize("text", [
    "এই ৭টি উপায় আর সাতটি টিপস", "৭ টি উপায়", "৭টা উপায়েরা", "७ आसान तरीके और सात तरीकों",
])
def test_glued_classifiers_and_vowel_signs_match_as_the_one_pattern(text: str) -> None:
    # lists19 taught the whole pattern Bengali's glued classifier and words running over
    # vowel signs; the two halves must read them the same.
    for lang, nouns in (("bn", ("উপায়", "টিপস")), ("hi", ("तरीके", "तरीकों"))):
        for window in (0, 1, 2):
            assert list(_counts(text, lang, nouns, None, window)) == _whole(text, lang, nouns, window)
    assert _whole("এই ৭টি উপায়", "bn", ("উপায়",), 1)
