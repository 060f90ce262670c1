"""An English news headline whose count is the subject of a clause ("5 Tory MPs call for…",
"Four teenagers rescue dog…") was read as a list's promise whenever its verb was not on the
news-verb list, so a story with a couple of numbered quotes or points was told its list is
missing (issue 9). A count, a plural noun naming no list and then a word that can only be a
verb is a clause: the count is a promise only when the body lists about that many. List
titles ("5 Things Experts Say…", "7 Celebrities Who…", "10 Books That Changed…") keep
their promise: right count, two more, two fewer, count as a word; no count, no promise."""

from __future__ import annotations

import pytest

from auditor.structure.numbers import headline_promise

from test_listicle_languages import BODY, NAMES, assert_promises_nothing, audited, doc_of, numbered, story

NEWS = [
    "5 Tory MPs call for a second referendum",
    "Five Tory MPs call for a second referendum",
    "4 teenagers rescue dog from frozen river",
    "6 senators demand answers over data leak",
    "3 firefighters battle blaze at warehouse",
    "Four men held after raid on farm",
]


def quotes(count: int) -> str:
    """Numbered quotes set as headings, as a story prints what each speaker said."""
    return "".join(f"<h2>{n}. {NAMES[n - 1]} said</h2><p>{BODY}</p>" for n in range(1, count + 1))


def points(count: int) -> str:
    return "<ol>" + "".join(f"<li>{NAMES[n]}: {BODY[:60]}</li>" for n in range(count)) + "</ol>"


@pytest.mark.parametrize("headline", NEWS)
@pytest.mark.parametrize("extra", [quotes, points])
def test_a_news_clause_over_a_few_numbered_points_promises_nothing(headline: str, extra: object) -> None:
    assert callable(extra)
    assert_promises_nothing(headline, f"{story()}{extra(2)}")


@pytest.mark.parametrize("headline", NEWS)
def test_the_same_clause_over_a_list_of_that_many_is_a_promise(headline: str) -> None:
    count = headline_promise(headline, "en")[0]
    assert count is not None
    doc = doc_of(headline, numbered(count), "en")
    assert doc.listicle is not None
    assert (doc.listicle.promised, doc.listicle.found, doc.listicle.verdict) == (count, count, "kept")


@pytest.mark.parametrize("headline", NEWS)
def test_a_clause_count_is_not_firm(headline: str) -> None:
    number, _at_least, firm = headline_promise(headline, "en")
    assert number is not None and not firm


TITLES = [
    ("{} Things Experts Say About Sleep", 5),
    ("{} Celebrities Who Went Bald", 7),
    ("{} Books That Changed My Life", 8),
    ("{} Foods Dietitians Never Eat", 6),
    ("These {} Stars Share Their Morning Routines", 5),
    ("{} Apps Everyone Should Have", 6),
    # Sentence case: a capitalised word after the noun is a name, not a verb.
    ("{} restaurants Anthony Bourdain loved", 7),
]
WORDS = {5: "Five", 6: "Six", 7: "Seven", 8: "Eight"}


@pytest.mark.parametrize(("title", "count"), TITLES)
def test_a_list_title_is_firm(title: str, count: int) -> None:
    assert headline_promise(title.format(count), "en") == (count, False, True)


@pytest.mark.parametrize(("title", "count"), TITLES)
@pytest.mark.parametrize("delta", [0, 2, -2])
def test_a_list_title_keeps_its_promise_over_more_or_fewer(title: str, count: int, delta: int) -> None:
    result = audited(title.format(count), numbered(count + delta))
    assert result.document is not None and result.document.listicle is not None
    facts = result.document.listicle
    assert (facts.promised, facts.found) == (count, count + delta)
    assert facts.verdict == ("kept" if delta == 0 else "mismatch")
    assert ("LS001" in {f.rule for f in result.findings}) == (delta != 0)


@pytest.mark.parametrize(("title", "count"), TITLES)
def test_a_list_title_with_its_count_as_a_word(title: str, count: int) -> None:
    headline = title.format(WORDS[count] if title.startswith("{}") else WORDS[count].lower())
    doc = doc_of(headline, numbered(count), "en")
    assert doc.listicle is not None and (doc.listicle.promised, doc.listicle.verdict) == (count, "kept")


@pytest.mark.parametrize(("title", "count"), TITLES)
def test_a_list_title_without_a_count_promises_nothing(title: str, count: int) -> None:
    result = audited(title.format("").strip(), numbered(count - 2))
    assert result.document is not None and result.document.headline_number is None
    assert not {f.rule for f in result.findings} & {"LS001", "LS002"}
