"""Listicle verdicts on real pages: headline number, item count, and whether LS001 fires.

The expected values were written by READING each page (its h1 and the items a
reader sees), before running the auditor on it; they are not the auditor's output.
"""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

# name, headline number the h1 promises, items a reader counts, LS001 should fire
EXPECTED: list[tuple[str, int | None, int, bool]] = [
    # h1 "The 21 best movies of 2017": h3 countdown 21) … 1) Lady Bird — all 21 are there.
    ("vox-21-best-films-2017", 21, 21, False),
    ("binge-eating-15-tips", 15, 15, False),  # h2 "1. Ditch the diet" … "15. Seek help"
    ("healthline-10-ways-body-fat", 10, 10, False),  # h2 "1. Skinfold Calipers" … "10. Multi-Compartment"
    # "The seven secrets…": items 1–4 and 7 are <p>, 5–6 are <h3>; a reader sees 1–7.
    ("independent-seven-hotel-secrets", 7, 7, False),
    # "7 key questions…": seven ALL-CAPS question paragraphs ("WHO IS THE FRONT-RUNNER?").
    ("sfgate-7-key-questions-debate", 7, 7, False),
    # "4 Things to Do in October": four paragraphs led by CHEER ON / VISIT / SPEND / ATTEND.
    ("horse-4-things-to-do-october", 4, 4, False),
    ("bgr-10-black-friday-apple-deals", 10, 10, False),  # ten unnumbered product h2s
    ("businessinsider-10-things-in-tech", 10, 10, False),  # an <ol> of ten stories
    # "Buggy Python Code: The 10 Most Common Mistakes…": "Common Mistake #1" … "#10".
    ("toptal-10-python-mistakes", 10, 10, False),
    # "90+ Costumes…" but the page lists "1. Sabrina Spellman" … "85. KISS": 85 < 90.
    ("popsugar-90-diy-costumes", 90, 85, True),
    # "Items We Never Knew We Wanted": no number; a 30 → 1 countdown of h2s.
    ("theperspective-30-items", None, 30, False),
    # "Top 100 Metal Vocalists": one <p> of 100 lines "01. Robert Plant<br>" … "100. Ray Gillen".
    ("hearya-top-100-metal-vocalists", 100, 100, False),
    # "Top 10 Women Talking Sports": bold paragraphs "1. Christie Leigh Mueller" … "10. YOU!!!!!!!".
    ("womencantalksports-top-10", 10, 10, False),
    ("gitlab-3-surprising-findings", 3, 3, False),  # h2 "1. AI shines a light…" … "3. …"
    # h1 "How to retire early so you can work…": no count; h3 steps 1–11.
    ("businessinsider-retire-early-11-steps", None, 11, False),
    # h1 "How to Tackle Game Day Snack Temptations": no count; h3 tips 1–5.
    ("beachbody-5-game-day-tips", None, 5, False),
    # h1 "Key moments from…": no count; seven h3 moments, the first numbered by its <ol>.
    ("cbs-impeachment-7-key-moments", None, 7, False),
    # "20 Clever Ideas…": six "Small Nursery Idea #N" headings, each an introduction and then
    # 5 + 3 + 2 + 2 + 4 + 4 = 20 idea paragraphs: the 20 ideas are there.
    ("postpartumparty-20-nursery-ideas", 20, 20, False),
    # h1 "Best tech gadgets of 2019": no count; eleven unnumbered product h3s ("Apple AirPods Pro
    # for $235"), each a "See it now" link and one blurb of 35-70 words.
    ("zdnet-best-tech-gadgets-2019", None, 11, False),
    # h1 "Glück kommt von innen…": no count; h3 "10 Tipps für innere Zufriedenheit:" right before
    # an <ol> of ten tips (the later one-item and six-item <ol>s are meditation steps).
    ("de-greator-10-tipps-zufriedenheit", None, 10, False),
]

CORPUS_MORE = CORPUS.parent / "corpus-more"

# Pages of ../shared/corpus-more (none of them in bench/eval's holdout), read the same way:
# name, headline number, items a reader counts, LS001 should fire.
EXPECTED_MORE: list[tuple[str, int | None, int, bool]] = [
    # Paragraphs "1. Every aspect of PR…" … "7. Strategic content…", inline "Related: …" links between.
    ("entrepreneur-7-pr-changes", 7, 7, False),
    # Paragraphs "1. Celebrity nude photo leaks." … "13. …"; item 9's first sentence runs 25 words.
    ("flavorwire-13-media-moments", 13, 13, False),
    # "1. Killer Startups" … "36. Netted", then "Update: Suggestions from the readers" 37–40.
    ("traindom-36-startup-sites", 36, 36, False),
    # Ten one-item <ol>s in a row.
    ("timothysykes-10-short-selling", 10, 10, False),
    # Seven company h2s, each with "Pros and Cons" / "Pricing" / "Features" h3s; a "10 Best…
    # Comparison chart" h2 above them.
    ("eweek-7-robotics-companies", 7, 7, False),
    # An intro h2 "Sport als stets beliebtes Thema", then five h2 names.
    ("de-sheworks-5-sportlerinnen", 5, 5, False),
    # "…, And 4 Other Takeaways": five h2 takeaways, then "Popular in the Community".
    ("huffpost-5-debate-takeaways", 5, 5, False),
    # "três dicas": h3 "1- Entenda…" … "3- Plantas…".
    ("pt-opapel-tres-dicas-varanda", 3, 3, False),
    ("de-channelpartner-7-berufe", 7, 7, False),  # "Sieben Berufe": h3 "1. Data Scientist" … "7."
    ("statisticsglobe-ggplot2-5-examples", 5, 5, False),  # "(5 Examples)": h2 "Example 1:" … "Example 5:"
]

# Lists without a count in the headline or printed numbers: parallel unnumbered headings.
UNPROMISED_MORE: list[tuple[str, int]] = [
    ("thelist-multivitamin-effects", 14),  # fourteen h2 effects, two or three paragraphs each
    ("avclub-best-film-scenes-2014", 22),  # "Scene of the year" h3, then 22 h4 "scene, film" entries
    ("cntraveler-airlines-2014", 9),  # nine h2s, one paragraph each
    # Thirteen labels, each a paragraph opening with "<strong>NAME – what they make</strong><br>";
    # EDELZIEGE's bold comes after an empty bold that wraps its picture.
    ("de-peppermynta-strick-labels", 13),
]

# News whose headline holds a number that promises no list: versions, countries, cases,
# kilograms and days, a month.
NEWS_MORE = [
    "de-heise-ie9-javascript",  # "Internet Explorer 9 jetzt mit…"
    "es-cnet-twitter-lite",  # "Twitter Lite se estrena en 11 países…"
    "ar-sputnik-egypt-covid",  # "مصر تسجل 30 إصابة جديدة…": 30 new cases
    "ru-atkins-diet-14-days",  # "…до 10 килограмм за 14 дней"
    "zh-cna-egg-shortage",  # "預估3月初緩解": early March
]

# Read and left out, with the reason:
# - redtri-317-jokes-for-kids: jokes are numbered up to 317 but the page itself skips
#   123, 159–167 and 288 (306 numbered jokes), and several jokes sit in <div>s the
#   parser reads differently; asserted separately below, without an exact count.
# - lemon-tree-from-seed-steps: a how-to with three numbered runs (two methods and a
#   FAQ), no count in the headline.


def _audit(name: str):  # type: ignore[no-untyped-def]
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus not present")
    from auditor import api  # a broken import must fail the test, never skip it
    result = api.audit((CORPUS / "pages" / f"{name}.html").read_bytes(), f"{name}.html")
    assert result.error is None, result.error
    return result


@pytest.mark.parametrize(("name", "number", "count", "mismatch"), EXPECTED, ids=[e[0] for e in EXPECTED])
def test_corpus_listicle_verdict(name: str, number: int | None, count: int, mismatch: bool) -> None:
    result = _audit(name)
    doc = result.document
    assert doc.headline_number == number
    assert len(doc.items) == count
    assert any(f.rule == "LS001" for f in result.findings) == mismatch


def _audit_more(name: str):  # type: ignore[no-untyped-def]
    if not CORPUS_MORE.is_dir():
        pytest.skip("../shared/corpus-more not present")
    from auditor.api import audit

    result = audit((CORPUS_MORE / "pages" / f"{name}.html").read_bytes(), f"{name}.html")
    assert result.error is None, result.error
    return result


@pytest.mark.parametrize(("name", "number", "count", "mismatch"), EXPECTED_MORE, ids=[e[0] for e in EXPECTED_MORE])
def test_corpus_more_listicle_verdict(name: str, number: int | None, count: int, mismatch: bool) -> None:
    result = _audit_more(name)
    doc = result.document
    assert doc.headline_number == number
    assert len(doc.items) == count
    assert doc.listicle.verdict == ("mismatch" if mismatch else "kept")
    assert any(f.rule == "LS001" for f in result.findings) == mismatch


@pytest.mark.parametrize(("name", "count"), UNPROMISED_MORE, ids=[e[0] for e in UNPROMISED_MORE])
def test_corpus_more_unpromised_list(name: str, count: int) -> None:
    result = _audit_more(name)
    assert result.document.headline_number is None
    assert len(result.document.items) == count
    assert not [f for f in result.findings if f.rule in ("LS001", "LS002")]


def test_story_subheadings_are_not_items() -> None:
    # caktus: a post-mortem told in five h4 sections ("What Happened", "Tracing the Error", …)
    # of one to four paragraphs each: a story's chapters, not a list.
    assert _audit("caktus-django-post-mortem").document.items == ()


@pytest.mark.parametrize("name", NEWS_MORE)
def test_news_is_not_told_its_list_is_missing(name: str) -> None:
    result = _audit_more(name)
    assert result.document.headline_number is None
    assert result.document.listicle.verdict == "not-a-listicle"
    assert not [f for f in result.findings if f.rule in ("LS001", "LS002")]


def test_closing_text_without_its_own_heading_is_the_conclusion() -> None:
    # vox: after "1) Lady Bird" and its streaming note, "Honorable mentions: Marjorie Prime, …"
    # closes the article (it was counted as item 1's text and LS012 said "0 words after it").
    result = _audit("vox-21-best-films-2017")
    assert result.document.listicle.outro_words >= 30
    assert "LS012" not in {f.rule for f in result.findings}


def test_popsugar_at_least_is_read_from_the_plus() -> None:
    doc = _audit("popsugar-90-diy-costumes").document
    assert doc.headline_number_at_least is True


def test_redtri_jokes_skip_numbers_the_page_really_skips() -> None:
    result = _audit("redtri-317-jokes-for-kids")
    doc = result.document
    assert doc.headline_number == 317
    assert 290 <= len(doc.items) <= 306  # 306 numbered jokes exist on the page
    gaps = {f.excerpt.split(".")[0] for f in result.findings if f.rule == "LS003"}
    assert {"124", "168", "289"} <= gaps  # after 122, 158 and 287: missing on the page
    assert any(f.rule == "LS001" for f in result.findings)


def test_countdowns_and_per_section_numbering_are_not_errors() -> None:
    for name in ("vox-21-best-films-2017", "theperspective-30-items", "de-familie-13-montessori-ideen"):
        result = _audit(name)
        assert not [f for f in result.findings if f.rule in ("LS003", "LS004", "LS005")], name


def test_german_listicles() -> None:
    # "12 Twitter-Nutzer…": eleven numbered users, and the author's own lesson closes the
    # list as the 12th, unnumbered but built like them (bench/eval/listicles.tsv: kept).
    doc = _audit("de-basicthinking-12-twitter-users").document
    assert (doc.headline_number, len(doc.items)) == (12, 12)
    assert doc.items[-1].number is None and doc.items[-1].title.startswith("Meine Lektion")
    assert doc.listicle is not None and doc.listicle.verdict == "kept"
    # "#1 Spielebogen" … restarting under each age section: 4 + 2 + 2 + 2 + 3 = 13.
    doc = _audit("de-familie-13-montessori-ideen").document
    assert (doc.headline_number, len(doc.items)) == (13, 13)


def test_no_listicle_errors_on_non_listicle_pages() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus not present")
    import csv

    with (CORPUS / "manifest.tsv").open(encoding="utf-8") as fh:
        names = [r["name"] for r in csv.DictReader(fh, delimiter="\t") if r["is_listicle"] == "no"]
    noisy = {}
    for name in names:
        result = _audit(name)
        errors = [f.rule for f in result.findings if f.rule.startswith("LS") and f.level == "error"]
        if errors:
            noisy[name] = errors
    assert noisy == {}


def test_countdown_numbers_in_their_own_box_on_page_one_of_two() -> None:
    # cracked: "<div class=Title>#6.</div><div class=Title2>Insisting They Can't…</div>" … "#4.",
    # then a pager "Prev Page 1 of 2 Next" (dropped as navigation): #3–#1 are on page two.
    result = _audit_more("cracked-6-social-network-things")
    doc = result.document
    assert [i.number for i in doc.items] == [6, 5, 4]
    assert doc.items[0].title == "Insisting They Can't Protect Your Private Info Without More Private Info"
    assert doc.listicle.paginated and doc.listicle.verdict == "unknown"
    assert not [f for f in result.findings if f.rule in ("LS001", "LS002", "LS003")]
