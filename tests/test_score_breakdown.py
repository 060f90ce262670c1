"""The score explains itself (README "Scores"): scoring.breakdown gives each category's
score and weight with the rules that cost it points, each page-wide deduction with its
points and reason, each cap; score() reads its numbers from it, the site stage rescores
from it, and JSON, the text output's --verbose and the report's article page show it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from auditor.api import BatchOptions, audit, audit_many
from auditor.cli import main
from auditor.config import CliRuleOptions
from auditor.engine.scoring import (
    CATEGORY_WEIGHTS,
    NOINDEX_CAP,
    assemble,
    breakdown,
    rescored,
    score,
    uncapped,
)
from auditor.model import Document, Finding, Image, Link, Meta, Paragraph, ScoreBreakdown
from auditor.rulepacks import load_rules

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "output.schema.json").read_text(encoding="utf-8"))
QUOTED = (Paragraph("We will not go back to the office.", 99, quote=True),)


def _f(rule: str, category: str, level: str, line: int = 1) -> Finding:
    return Finding(rule=rule, name=rule.lower(), category=category, level=level, message="m", line=line)  # type: ignore[arg-type]


def _doc(*paragraphs: Paragraph, words: int = 1500, quoted: bool = True, **kw: object) -> Document:
    return Document(path="a.html", format="html", word_count=words, meta=Meta(title="T"),
                    paragraphs=paragraphs + (QUOTED if quoted else ()), **kw)  # type: ignore[arg-type]


def _terms(b: ScoreBreakdown) -> dict[str, float]:
    return {d.term: d.points for d in b.deductions}


def test_a_clean_full_article_has_nothing_deducted() -> None:
    b = breakdown(_doc(), [])
    assert b.score == 100 and b.mean == 100 and b.deductions == () and b.caps == ()
    assert [c.category for c in b.categories] == ["headline", "headings", "readability", "meta"]
    assert all(c.score == 100 and c.costs == () and c.weight == CATEGORY_WEIGHTS[c.category] for c in b.categories)


def test_category_costs_name_each_rule_with_its_count_and_points() -> None:
    found = [_f("IM001", "images", "error", 3), _f("IM001", "images", "error", 5), _f("IM009", "images", "warning", 4)]
    b = breakdown(_doc(images=(Image("a.jpg", None, 3, caption="The harbour"),)), found)
    images = next(c for c in b.categories if c.category == "images")
    assert [(k.rule, k.level, k.count) for k in images.costs] == [("IM001", "error", 2), ("IM009", "warning", 1)]
    assert images.costs[0].points == pytest.approx(20 * 1.5) and images.costs[1].points == 10
    assert images.score == 100 - 30 - 10 == b.scores["images"]


def test_error_points_are_a_deduction_only_when_errors_are_found() -> None:
    one = breakdown(_doc(), [_f("HL001", "headline", "error")])
    assert _terms(one) == {"errors": 3.0}
    assert one.deductions[0].reason.startswith("1 error on the page")
    assert "errors" not in _terms(breakdown(_doc(), [_f("HL002", "headline", "warning")]))


def test_thin_text_is_a_deduction_with_the_word_count() -> None:
    thin = breakdown(_doc(words=400), [])
    assert _terms(thin) == {"thin": 25.0} and thin.score == 75
    assert thin.deductions[0].reason.startswith("thin text: 400 words, below 800 words")
    assert breakdown(_doc(words=800), []).deductions == ()
    # Unspaced scripts are measured in characters, Japanese's 357 to English's 228 words
    # (the reading-rate model's): the reason says so.
    ja = breakdown(_doc(Paragraph("あ" * 400, 1), words=3, lang="ja", quoted=False), [])
    assert "thin text: about 255 words (400 characters)" in ja.deductions[0].reason


def test_fragmented_text_is_a_deduction_with_its_counts() -> None:
    names = _doc(*(Paragraph(f"Name {i}", i) for i in range(10)))
    b = breakdown(names, [])
    assert set(_terms(b)) == {"fragmented"}
    assert "10 of 11 paragraphs" not in b.deductions[0].reason  # the quote is not a story line
    assert b.deductions[0].reason.startswith("fragmented text: 10 of 10 paragraphs (100 %) are bare lines")
    prose = _doc(*(Paragraph(" ".join(["word"] * 30), i) for i in range(10)))
    assert breakdown(prose, []).deductions == ()


def test_link_heavy_text_is_a_deduction_with_its_share() -> None:
    links = tuple(Link(f"https://shop.example/{i}", "Buy this great thing now", i) for i in range(60))
    b = breakdown(_doc(words=1000, links=links), [])
    assert set(_terms(b)) == {"link-heavy"} and _terms(b)["link-heavy"] == pytest.approx(40 * (0.3 - 0.15))
    assert b.deductions[0].reason.startswith("link-heavy text: 30 % of the body's 1,000 words are link text")
    few = tuple(Link(f"https://example.org/{i}", "the study", i) for i in range(10))
    assert breakdown(_doc(words=1000, links=few), []).deductions == ()


def test_nobody_quoted_and_uncaptioned_pictures_are_deductions() -> None:
    plain = breakdown(_doc(quoted=False), [])
    assert _terms(plain) == {"unquoted": 5.0} and plain.deductions[0].reason.startswith("no one quoted")
    bare = breakdown(_doc(images=(Image("a.jpg", "A harbour", 3), Image("b.jpg", "A boat", 5))), [])
    assert _terms(bare) == {"uncaptioned": 5.0}
    assert bare.deductions[0].reason == "pictures with no caption or credit: 2 pictures, none with a caption or credit"
    captioned = breakdown(_doc(images=(Image("a.jpg", "A harbour", 3, caption="The harbour at dawn"),)), [])
    assert captioned.deductions == ()


def test_noindex_is_a_cap_with_its_reason() -> None:
    b = breakdown(_doc(), [_f("MT008", "meta", "warning")])
    assert [(c.term, c.limit) for c in b.caps] == [("noindex", NOINDEX_CAP)] and "MT008" in b.caps[0].reason
    assert b.score == NOINDEX_CAP and b.mean > NOINDEX_CAP
    assert breakdown(_doc(), [_f("MT001", "meta", "warning")]).caps == ()


def test_the_score_is_read_from_the_breakdown() -> None:
    # Every term at once: the breakdown's own numbers give the score, and score() is it.
    links = tuple(Link(f"https://shop.example/{i}", "Buy this great thing now", i) for i in range(20))
    doc = _doc(*(Paragraph(f"Name {i}", i) for i in range(8)), words=300, quoted=False, links=links,
               images=(Image("a.jpg", "A harbour", 3),))
    found = [_f("IM001", "images", "error"), _f("LK005", "links", "warning"), _f("RD001", "readability", "info")]
    b = breakdown(doc, found)
    assert set(_terms(b)) == {"errors", "thin", "fragmented", "link-heavy", "unquoted", "uncaptioned"}
    value, rounded = uncapped(b)
    assert value == pytest.approx(b.mean - sum(d.points for d in b.deductions))
    assert b.score == max(0, min(rounded, 100)) and score(doc, found) == (b.scores, b.score)
    # Rebuilt from its parts, it gives the same numbers.
    assert assemble(b.categories, b.deductions, b.caps) == b


def test_rescoring_keeps_the_documents_terms_and_caps() -> None:
    # The site stage adds findings once the document is gone: what the document gave
    # stays, what the findings give is worked out anew, exactly as breakdown() would.
    doc = _doc(words=400, quoted=False)
    own = [_f("MT008", "meta", "warning")]
    extra = [_f("MT050", "meta", "warning", 2), _f("LK051", "links", "error", 3)]
    assert rescored(breakdown(doc, own), own + extra) == breakdown(doc, own + extra)


def _page(title: str, body: str, robots: str = "") -> str:
    head = f'<meta name="robots" content="{robots}">' if robots else ""
    prose = "".join(f"<p>{' '.join(['Boats'] + ['sailed'] * 8 + [f'home {i}.'] + ['The'] + ['crews'] * 20)} rested.</p>"
                    for i in range(30))
    return (f"<html lang=en><head><title>{title}</title>{head}</head><body><article><h1>{body}</h1>"
            f"<p>“We will not go back to the office this year,” the minister told reporters.</p>{prose}"
            "</article></body></html>")


def test_the_site_stage_rescores_from_the_breakdown(tmp_path: Path) -> None:
    from auditor.sitewide.stage import run_site_stage, site_rules

    (tmp_path / "a.html").write_text(_page("Harbour reopens after the storm", "Harbour reopens"), encoding="utf-8")
    (tmp_path / "b.html").write_text(_page("Harbour reopens after the storm", "Harbour opens", "noindex"),
                                     encoding="utf-8")
    options = BatchOptions(use_config=False, keep_document=True)
    before = {Path(r.path).name: r for r in audit_many([str(tmp_path)], options)}
    after = {Path(r.path).name: r for r in run_site_stage(list(before.values()), site_rules(load_rules()))}
    for name, result in after.items():
        assert any(f.rule == "MT050" for f in result.findings), name
        b = result.score_breakdown
        assert b is not None and (result.score, result.scores) == (b.score, b.scores)
        assert result.document is not None and b == breakdown(result.document, result.findings)
    # The site finding costs the clean page points; the noindexed page stays at its cap
    # (its uncapped score was far above it).
    assert after["a.html"].score < before["a.html"].score
    assert before["b.html"].score == after["b.html"].score == NOINDEX_CAP


def test_packed_results_rescore_alike(tmp_path: Path) -> None:
    from auditor.sitewide.stage import site_changes, site_rules
    from auditor.spool import SpooledResults, load_value, packed, unshelved

    for i in range(3):
        (tmp_path / f"a{i}.html").write_text(_page("Same title", f"Headline {i}"), encoding="utf-8")
    results = list(audit_many([str(tmp_path)], BatchOptions(use_config=False)))
    batch = SpooledResults(in_memory=0)
    for r in results:
        batch.append_stored(packed(r))
    rules = site_rules(load_rules())
    plain, spooled = site_changes(results, rules).updates, site_changes(batch, rules).updates
    assert plain.keys() == spooled.keys() and len(plain) == 3
    for i in plain:
        one, two = (load_value(unshelved(c[i]["breakdown_blob"])) for c in (plain, spooled))
        assert one == two and one.score == plain[i]["score"]
    assert [r.score_breakdown for r in batch.with_changes(spooled)] == \
        [load_value(unshelved(spooled[i]["breakdown_blob"])) for i in range(3)]


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "thin.html"
    path.write_text("<html lang=en><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
                    + "<p>The harbour reopened on Monday after the storm, and the boats went out again.</p>" * 20
                    + "</article></body></html>", encoding="utf-8")
    return path


def test_json_carries_the_breakdown(tmp_path: Path) -> None:
    path = _article(tmp_path)
    (tmp_path / "empty.html").write_bytes(b"")
    CliRunner().invoke(main, ["check", str(path), str(tmp_path / "empty.html"), "--no-config", "--no-cache",
                              "--format", f"json={tmp_path / 'out.json'}"])
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    entry, failed = sorted(data["files"], key=lambda f: f["path"] != str(path))
    b = entry["score_breakdown"]
    assert b["score"] == entry["score"] and {c["category"]: c["score"] for c in b["categories"]} == entry["scores"]
    thin = next(d for d in b["deductions"] if d["term"] == "thin")
    assert thin["points"] > 0 and thin["reason"].startswith("thin text: ")
    assert {c["category"]: c["weight"] for c in b["categories"]}["readability"] == 20
    assert failed["score_breakdown"] is None


def test_verbose_text_shows_how_the_score_was_reached(tmp_path: Path) -> None:
    path = _article(tmp_path)
    plain = CliRunner().invoke(main, ["check", str(path), "--no-config", "--no-cache"]).output
    verbose = CliRunner().invoke(main, ["check", str(path), "--no-config", "--no-cache", "--verbose"]).output
    assert "how it was reached" not in plain
    lines = verbose.splitlines()
    result = audit(path.read_bytes(), str(path))
    assert result.score_breakdown is not None
    assert f"  score {result.score}/100, how it was reached" in verbose
    assert any(line.split()[:2] == ["readability", str(result.scores["readability"])] for line in lines)
    assert any(line.split()[0] == "less" and "thin text: " in line for line in lines)
    assert any(line.strip().startswith("= ") for line in lines)


def test_the_report_page_shows_how_the_score_was_reached(tmp_path: Path) -> None:
    from auditor.report import write_report

    path = _article(tmp_path)
    noindexed = tmp_path / "hidden.html"
    noindexed.write_text(path.read_text(encoding="utf-8").replace(
        "<title>", '<meta name="robots" content="noindex"><title>'), encoding="utf-8")
    results = list(audit_many([str(path), str(noindexed)], BatchOptions(use_config=False, keep_document=True)))
    write_report(results, tmp_path / "out", rules=load_rules(), version="test")
    pages = {p.name.split("-")[0]: p.read_text(encoding="utf-8") for p in (tmp_path / "out" / "articles").glob("*.html")}
    html = pages["thin"]
    assert '<h3 id="breakdown-h" class="breakdown-h">How this score was reached</h3>' in html
    assert '<caption class="visually-hidden">How the score of' in html
    assert '<th scope="row">Readability</th>' in html and '<th scope="row">Thin text</th>' in html
    assert "thin text: " in html and '<tr class="breakdown__total"><th scope="row">Score</th>' in html
    assert '<th scope="row">Noindex cap</th>' not in html
    hidden = pages["hidden"]
    assert '<th scope="row">Noindex cap</th>' in hidden and "≤ 40" in hidden and "capped at 40" in hidden
    assert '<a href="../rules.html#MT008">MT008</a>' in hidden


def test_a_cached_result_carries_its_breakdown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import auditor.sources.load

    path = _article(tmp_path)
    args = ["check", str(path), "--no-config", "--cache-dir", str(tmp_path / "cache"), "--jobs", "1"]
    first = CliRunner().invoke(main, [*args, "--format", f"json={tmp_path / 'first.json'}"])
    assert first.exit_code in (0, 1)
    expected = json.loads((tmp_path / "first.json").read_text(encoding="utf-8"))["files"][0]["score_breakdown"]

    def no_parse(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("a cache hit parses nothing")

    monkeypatch.setattr(auditor.sources.load, "load", no_parse)
    # The text writer renders the cached result itself (only JSON was kept as text).
    text = CliRunner().invoke(main, [*args, "--verbose"], catch_exceptions=False).output
    assert f"score {expected['score']}/100, how it was reached" in text and "thin text: " in text
    CliRunner().invoke(main, [*args, "--format", f"json={tmp_path / 'again.json'}"], catch_exceptions=False)
    assert json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))["files"][0]["score_breakdown"] == expected


def test_selected_rules_still_explain_their_score(tmp_path: Path) -> None:
    # Only the categories a run's findings and the document give are in the breakdown.
    path = _article(tmp_path)
    options = BatchOptions(use_config=False, rules=CliRuleOptions(select=("HL001",)))
    (result,) = audit_many([str(path)], options)
    assert result.score_breakdown is not None and result.score == result.score_breakdown.score
