"""Unnumbered entries with two headings in a row set a level too deep ("<h2>" entries, two
of them "<h3>": the heading block's level is chosen per block). Under a count, with a
heading or two beside the run (an introduction's, a trailer's "Popular in the Community"),
or without a count among six entries or more, only a lone deeper heading was read as an
entry: huffpost 5 → 4, de-sheworks and zdnet → 0 when two entries in a row were demoted.
Two in a row now count as one slip; three in a row, or a sub-heading under every other
entry, stay sub-headings."""

from __future__ import annotations

import pytest

from test_listicle_languages import BODY, audited

NAMES = ["Lisbon", "Porto", "Seville", "Granada", "Valencia", "Bilbao", "Malaga", "Toledo", "Cadiz", "Braga"]
TRAILER = "<h2>Popular in the Community</h2><p>Join the conversation below.</p>"
INTRO = f"<h2>Why these cities</h2><p>{BODY}</p>"


def entries(levels: list[int]) -> str:
    return "".join(f"<h{lv}>{NAMES[n]}</h{lv}><p>{BODY} {BODY}</p>" for n, lv in enumerate(levels))


def levels(count: int, deep: tuple[int, ...]) -> list[int]:
    return [3 if k in deep else 2 for k in range(count)]


def facts(headline: str, body: str, lang: str = "en") -> tuple[int | None, int, str]:
    result = audited(headline, body, lang)
    assert result.document is not None and result.document.listicle is not None
    lst = result.document.listicle
    return lst.promised, lst.found, lst.verdict


@pytest.mark.parametrize("deep", [(1, 2), (2, 3)])
@pytest.mark.parametrize("around", ["intro", "trailer"])
@pytest.mark.parametrize("headline", ["5 Cities to Visit This Spring", "Five Cities to Visit This Spring"])
def test_two_deeper_entries_in_a_row_under_a_count(deep: tuple[int, ...], around: str, headline: str) -> None:
    body = INTRO + entries(levels(5, deep)) if around == "intro" else entries(levels(5, deep)) + TRAILER
    assert facts(headline, body) == (5, 5, "kept")


@pytest.mark.parametrize("deep", [(1, 2), (2, 3)])
def test_a_count_only_the_body_confirms(deep: tuple[int, ...]) -> None:
    # German, no list cue in the headline: the count holds only when the body lists five.
    assert facts("5 inspirierende Frauen aus der Sportwelt", INTRO + entries(levels(5, deep)), "de") == (5, 5, "kept")


@pytest.mark.parametrize("deep", [(1, 2), (2, 3), (4, 5), (1, 2, 6)])
def test_without_a_count_among_six_or_more(deep: tuple[int, ...]) -> None:
    promised, found, _verdict = facts("Cities to visit this spring", entries(levels(9, deep)))
    assert (promised, found) == (None, 9)


def test_three_in_a_row_are_sub_headings() -> None:
    assert facts("Cities to visit this spring", entries(levels(9, (2, 3, 4))))[1] != 9


def test_sub_headings_under_every_other_entry_stay_sub_headings() -> None:
    assert facts("Cities to visit this spring", entries([2, 3, 3, 2, 3, 3, 2, 3, 3, 2]))[1] != 10
