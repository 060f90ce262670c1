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
]

# Read and left out, with the reason:
# - postpartumparty-20-nursery-ideas: the headline promises 20 ideas, the headings say
#   "Small Nursery Idea #1" … "#6" and about 20 ideas sit as paragraphs under them; a
#   reader could count either way. (The auditor counts the six headings and fires LS001.)
# - redtri-317-jokes-for-kids: jokes are numbered up to 317 but the page itself skips
#   123, 159–167 and 288 (306 numbered jokes), and several jokes sit in <div>s the
#   parser reads differently; asserted separately below, without an exact count.
# - zdnet-best-tech-gadgets-2019: no count in the headline and eleven unnumbered h3
#   deals: not a list a reader counts against anything.
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
    # "12 Twitter-Nutzer…" lists eleven (the author's own lesson closes as a 12th, unnumbered).
    doc = _audit("de-basicthinking-12-twitter-users").document
    assert (doc.headline_number, len(doc.items)) == (12, 11)
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
