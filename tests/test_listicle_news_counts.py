"""Outside English any word after a leading number reads as the counted noun, so a news
headline ("5 rumah terbakar di Jakarta Timur", five houses burned) read as a promise of 5
(issue 9). With no list cue in the headline (a list noun or superlative after the count,
"top", a determiner or article before it) the count is a promise only when the body lists
that many: a story with no list or a short list of facts gets no promise, no LS001/LS002
and no listicle category; a real list under the same headline form is still counted."""

from __future__ import annotations

import pytest

from auditor.structure.numbers import headline_promise

from test_listicle_languages import BODY, NAMES, assert_promises_nothing, doc_of, numbered, story

NEWS = [
    ("id", "5 rumah terbakar di Jakarta Timur"),
    ("vi", "5 ngôi nhà bị cháy ở Hà Nội"),
    ("tr", "5 ev yandı İstanbul'da"),
    ("pl", "5 domów spłonęło w Krakowie"),
    ("sv", "5 hus brann ner i Malmö"),
    ("de", "5 Häuser brennen in Berlin"),
    ("es", "5 casas arden en Madrid"),
]


def bullets(count: int) -> str:
    return "<ul>" + "".join(f"<li>{NAMES[n]}: {BODY[:70]}</li>" for n in range(count)) + "</ul>"


def headed(count: int) -> str:
    return "".join(f"<h2>{name}</h2><p>{BODY} {BODY}</p>" for name in NAMES[:count])


@pytest.mark.parametrize(("lang", "headline"), NEWS)
@pytest.mark.parametrize("extra", [0, 3])
def test_a_news_count_without_a_list_of_that_many_promises_nothing(lang: str, headline: str, extra: int) -> None:
    assert_promises_nothing(headline, f"{story()}{bullets(extra) if extra else ''}", lang)


@pytest.mark.parametrize(("lang", "headline"), NEWS)
@pytest.mark.parametrize("body", [numbered, headed, bullets])
def test_the_same_headline_over_a_list_of_that_many_is_a_promise(lang: str, headline: str, body: object) -> None:
    assert callable(body)
    doc = doc_of(headline, body(5), lang)
    assert doc.listicle is not None
    assert (doc.listicle.promised, doc.listicle.found, doc.listicle.verdict) == (5, 5, "kept")


def test_a_numbered_list_that_counts_to_the_promise_keeps_its_miscount() -> None:
    # Items numbered 1, 2, 3, 5 under "5 …": the list is the headline's, one is missing.
    body = "".join(f"<h2>{n}. Nama {n}</h2><p>{BODY} {BODY}</p>" for n in (1, 2, 3, 5))
    doc = doc_of("5 rumah terbaik di Jakarta Timur", body, "id")
    assert doc.listicle is not None and doc.listicle.promised == 5 and doc.listicle.found == 4


@pytest.mark.parametrize(("lang", "headline"), [
    ("id", "Top 10 tempat wisata"), ("de", "Die 5 Häuser der Stars"), ("es", "Los 5 mejores libros"),
    ("sv", "5 bästa böckerna"), ("tr", "Kilo vermenin 5 yolu"), ("pl", "10 sposobów na lepszy sen"),
    ("en", "5 houses in Jakarta"),  # English "5 houses burned…" is a participle clause: see test_listicle_markup
])
def test_a_count_with_a_list_cue_is_firm(lang: str, headline: str) -> None:
    assert headline_promise(headline, lang)[2]


@pytest.mark.parametrize(("lang", "headline"), NEWS)
def test_a_count_without_a_list_cue_is_not_firm(lang: str, headline: str) -> None:
    number, _at_least, firm = headline_promise(headline, lang)
    assert number == 5 and not firm
