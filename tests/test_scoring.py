"""The score model (README "Scores"): only what can be checked is scored, penalties
grow with the damage, errors weigh on the whole page, noindex and thin text cap it."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.engine.scoring import (
    BANDS,
    CATEGORY_WEIGHTS,
    applicable_categories,
    band,
    category_scores,
    overall_score,
    score,
)
from auditor.model import CATEGORIES, Document, Finding, Heading, Image, Link, Meta

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "pages"


def _f(rule: str, category: str, level: str) -> Finding:
    return Finding(rule=rule, name=rule.lower(), category=category, level=level, message="m", line=1)  # type: ignore[arg-type]


def test_no_findings_scores_100_everywhere() -> None:
    scores = category_scores([])
    assert scores == {c: 100 for c in CATEGORIES}
    assert overall_score(scores) == 100


def test_penalty_grows_with_the_count() -> None:
    one = category_scores([_f("IM001", "images", "error")])["images"]
    four = category_scores([_f("IM001", "images", "error")] * 4)["images"]
    twenty = category_scores([_f("IM001", "images", "error")] * 20)["images"]
    assert one == 70 and four == 40 and twenty == 5
    assert category_scores([_f("RD001", "readability", "warning")])["readability"] == 90


def test_errors_weigh_on_the_whole_page() -> None:
    scores = category_scores([_f("IM001", "images", "error")] * 20)
    assert overall_score(scores, errors=20) < overall_score(scores, errors=1) - 15


def test_only_applicable_categories_are_scored() -> None:
    scores = category_scores([], applicable={"headline", "readability"})
    assert scores == {"headline": 100, "readability": 100}
    # A finding makes its category applicable even when the facts did not.
    assert "links" in category_scores([_f("LK013", "links", "info")], applicable={"headline"})
    total = CATEGORY_WEIGHTS["headline"] + CATEGORY_WEIGHTS["readability"]
    mixed = {"headline": 50, "readability": 100}
    expected = int((50 * CATEGORY_WEIGHTS["headline"] + 100 * CATEGORY_WEIGHTS["readability"]) / total + 0.5)
    assert overall_score(mixed) == expected


def test_a_page_without_images_or_a_list_has_no_such_score() -> None:
    doc = Document(path="a.html", format="html", word_count=800, meta=Meta(title="T"),
                   headings=(Heading(1, "Three cases of plague", 1),))
    assert applicable_categories(doc) == {"headline", "headings", "readability", "meta"}
    listicle = Document(path="a.md", format="markdown", word_count=800, headline_number=7,
                        images=(Image("a.jpg", "A", 3),), links=(Link("https://x.org", "x", 4),))
    assert {"images", "links", "listicle"} <= applicable_categories(listicle)


def test_noindex_and_thin_text_cap_the_score() -> None:
    long_doc = Document(path="a.html", format="html", word_count=1500, meta=Meta(title="T"))
    assert score(long_doc, [])[1] == 100
    _, capped = score(long_doc, [_f("MT008", "meta", "warning")])
    assert capped <= 40
    thin = Document(path="a.html", format="html", word_count=150, meta=Meta(title="T"))
    assert score(thin, [])[1] == 59  # 50 + 50 × 150 / 800: a thin repost is not a 95
    short_news = Document(path="a.html", format="html", word_count=350, meta=Meta(title="T"))
    assert score(short_news, [])[1] == 72  # a short story with nothing wrong: judged about 70-75


def test_bands_are_defined_once() -> None:
    assert [b[0] for b in BANDS] == [90, 50, 0]
    assert band(95)[0] == "pass" and band(50)[0] == "average" and band(10)[0] == "fail" and band(None)[0] == "na"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not available")
def test_scores_follow_quality_on_real_pages() -> None:
    from auditor.api import audit

    def overall(name: str) -> int:
        path = CORPUS / name
        result = audit(path.read_bytes(), str(path))
        assert result.score is not None
        return result.score

    # A long, clean explainer beats a thin affiliate post with 20 images missing alt,
    # and a noindexed page cannot score well.
    assert overall("vox-delhi-air-pollution.html") > overall("bgr-10-black-friday-apple-deals.html") + 20
    assert overall("theperspective-30-items.html") <= 40


def test_thin_cap_skips_scripts_without_spaces() -> None:
    # 135 "words" of Japanese is a full article: word counts do not measure it.
    ja = Document(path="a.html", format="html", word_count=135, lang="ja", meta=Meta(title="T"))
    assert score(ja, [])[1] == 100
