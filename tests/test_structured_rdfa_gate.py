"""RDFa is read only when a typeof names a type auditor keeps (an article or an
ItemList): the rest (breadcrumbs, people, Open Graph) skip pyRdfa, with the same result."""

from __future__ import annotations

import pytest

from auditor.structured import extract

ARTICLE = b"""<html><head><title>t</title></head><body>
<div vocab="https://schema.org/" typeof='NewsArticle'>
  <h1 property="headline">Seven ways to rest</h1>
  <span property="author" typeof="Person"><span property="name">Ana Ruiz</span></span>
</div></body></html>"""
CRUMBS = b"""<html><head><title>t</title></head><body>
<ol vocab="https://schema.org/" typeof="BreadcrumbList">
  <li property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="/a">
  <span property="name">Home</span></a><meta property="position" content="1"></li>
</ol><p>Seven ways to rest.</p></body></html>"""


def test_an_article_in_rdfa_is_still_read() -> None:
    data = extract.from_html(ARTICLE)
    assert [(n.syntax, n.types) for n in data.nodes] == [("rdfa", ("NewsArticle",))]
    assert data.nodes[0].line == 2


def test_typeof_is_found_in_any_case_and_its_value_kept_as_written() -> None:
    page = b'<div TypeOf = "schema:NewsArticle"><p vocab="x" xtypeof="Article">t</p></div>'
    assert extract._names_kept_rdfa_type(page)
    assert not extract._names_kept_rdfa_type(b'<div xtypeof="NewsArticle" TYPEOF="newsarticle"></div>')
    # a value is looked into after a typeof without a word boundary, as \b…finditer does
    assert extract._names_kept_rdfa_type(b'<div xtypeof="typeof=Article" typeof= Person>')
    assert extract._names_kept_rdfa_type(b'typeof=Article')
    assert not extract._names_kept_rdfa_type(b'<a _typeof=Article 9typeof=Article>')
    assert extract._names_kept_rdfa_type(b'<a data-typeof="NewsArticle">')  # "-" is no word byte


def test_only_breadcrumbs_skip_pyrdfa_with_the_same_result(monkeypatch: pytest.MonkeyPatch) -> None:
    assert extract._names_kept_rdfa_type(ARTICLE) and not extract._names_kept_rdfa_type(CRUMBS)
    ungated = extract.from_html  # what the full RDFa read finds on the breadcrumbs page
    monkeypatch.setattr(extract, "_names_kept_rdfa_type", lambda raw, lowered=None: True)
    full = ungated(CRUMBS)
    monkeypatch.undo()
    import extruct

    def no_rdfa(raw: bytes, syntaxes: list[str], **kw: object) -> dict[str, object]:
        assert "rdfa" not in syntaxes
        return {}

    monkeypatch.setattr(extruct, "extract", no_rdfa)
    assert extract.from_html(CRUMBS) == full and full.nodes == ()
