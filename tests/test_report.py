"""The HTML report: hostile text stays inert, structure and links hold, files are
written atomically, cleaning removes only the report's own files, output is
deterministic and results are streamed."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from lxml import html as lxml_html

from auditor.model import Document, FileResult, Finding, Image, Item, Link, Meta
from auditor.report import ReportError, script_json, write_report
from auditor.report.charts import bin_values, gauge, histogram
from auditor.report.demo import demo_rules, synthetic_results
from auditor.report.files import clean_report, prune_articles
from auditor.report.model import highlight, listicle_verdict, slugify
from auditor.rulepacks import Rule, RuleDoc

XSS = "<script>alert(1)</script>"
JS_URL = "javascript:alert(document.cookie)"


def _rules() -> list[Rule]:
    return [
        Rule(id="LK001", name="link-javascript", category="links", level="error", check="links.scheme",
             message="Replace the javascript: link.", doc=RuleDoc(summary="Links lead somewhere.",
             why="Crawlers ignore them.", bad=f'<a href="{JS_URL}">x</a> {XSS}', good='<a href="/x">x</a>',
             fix="Use a real URL.")),
        Rule(id="HL002", name="headline-length", category="headline", level="warning", check="headline.length",
             message="Keep it between {min} and {max}.", params={"min": 40, "max": 65},
             doc=RuleDoc(summary="Headlines fit in search results.")),
        Rule(id="LS001", name="listicle-count", category="listicle", level="error", check="listicle.count",
             message="Fix the number."),
    ]


def hostile_result(path: str = f"site/{XSS}.html") -> FileResult:
    doc = Document(
        path=path,
        format="html",
        headline=XSS,
        meta=Meta(title=XSS, description=f'" onmouseover="alert(1)', canonical=JS_URL),
        images=(
            Image(src=JS_URL, alt=f'"><img src=x onerror=alert(1)>', line=5, credit=XSS),
            Image(src="data:text/html,<script>alert(1)</script>", alt=None, line=6),
        ),
        links=(
            Link(href=JS_URL, text=XSS, line=7, rel=("nofollow",), internal=False),
            Link(href="JaVaScRiPt:alert(1)", text="click", line=8),
            Link(href=None, text="no href", line=9),
        ),
        items=(Item(number=1, heading=XSS, line=10, words=20),),
        headline_number=10,
        word_count=321,
    )
    finding = Finding(
        rule="LK001", name="link-javascript", category="links", level="error",
        message=f"Replace {XSS}", line=7, column=3, excerpt=XSS,
        context=f"Before {XSS} after \u2028 line sep </script><!-- & done",
    )
    unknown = Finding(rule="ZZ999", name="house-rule", category="meta", level="info",
                      message="House rule.", line=1, excerpt="", context="")
    return FileResult(
        path=path, format="html", headline=XSS, title=XSS, score=42,
        scores={"headline": 30, "links": 10, "meta": 95},
        metrics={"words": 321, "flesch_reading_ease": 55.5, "flesch_kincaid_grade": 9.25,
                 "headline_number": 10, "list_items": 1, XSS: XSS},
        findings=(finding, unknown), document=doc,
    )


def good_result(i: int, *, score: int = 90) -> FileResult:
    items = tuple(Item(number=k, heading=f"Item {k}", line=10 + k, words=50 + k) for k in range(1, 8))
    doc = Document(path=f"ok/{i:03d}.md", format="markdown", headline=f"7 Ways number {i}",
                   items=items, headline_number=7, word_count=700)
    return FileResult(path=f"ok/{i:03d}.md", format="markdown", headline=doc.headline, score=score,
                      scores={"headline": score}, metrics={"words": 700, "list_items": 7, "headline_number": 7},
                      document=doc)


def write(results, out: Path, **kw) -> Path:
    return write_report(results, out, rules=kw.pop("rules", _rules()), version="9.9.9", **kw)


def all_output(out: Path) -> dict[Path, str]:
    return {p: p.read_text("utf-8") for p in out.rglob("*") if p.is_file()}


def load_data(out: Path) -> dict[str, object]:
    """data.js's ``window.NAME = JSON;`` lines, by name."""
    data: dict[str, object] = {}
    for line in (out / "data.js").read_text("utf-8").splitlines():
        name, _, value = line.partition(" = ")
        assert name.startswith("window.") and value.endswith(";")
        data[name.removeprefix("window.")] = json.loads(value[:-1])
    return data


def load_rows(out: Path) -> list[list[object]]:
    return load_data(out)["AUDIT_ROWS"]  # type: ignore[return-value]


def page_links(page: Path) -> list[str]:
    tree = lxml_html.parse(str(page))
    return [*tree.xpath("//a/@href"), *tree.xpath("//link/@href"), *tree.xpath("//script/@src")]


# --- safety -----------------------------------------------------------------


def test_hostile_text_renders_inert(tmp_path: Path) -> None:
    out = tmp_path / "report"
    write([hostile_result()], out)
    files = all_output(out)
    assert any(p.parent.name == "articles" for p in files)
    for path, text in files.items():
        low = text.lower()
        assert "<script>alert" not in low, path
        assert 'href="javascript:' not in low, path
        assert 'src="javascript:' not in low, path
        assert "onerror=alert" not in low or "&lt;img" in low, path
        assert "<img" not in low, path  # the report itself shows no images
    article = next(p for p in files if p.parent.name == "articles")
    tree = lxml_html.parse(str(article))
    # Every href in the page is the report's own (relative, no scheme).
    for href in tree.xpath("//@href"):
        assert not urlsplit(href).scheme, href
    # The hostile strings are still there, as text.
    assert XSS in tree.xpath("string(//h1)")
    targets = [t.text_content() for t in tree.xpath("//td[contains(@class,'cell-url')]/code")]
    assert JS_URL in targets and "JaVaScRiPt:alert(1)" in targets
    # Only our own scripts are loaded, and none inline.
    for script in tree.xpath("//script"):
        assert script.get("src") and not (script.text or "").strip()


def test_context_is_escaped_then_highlighted(tmp_path: Path) -> None:
    out = tmp_path / "r"
    write([hostile_result()], out)
    page = next((out / "articles").glob("*.html"))
    tree = lxml_html.parse(str(page))
    marks = tree.xpath("//blockquote[contains(@class,'finding__context')]/mark")
    assert [m.text_content() for m in marks] == [XSS]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.read_text("utf-8")


def test_data_js_is_safe_inside_script(tmp_path: Path) -> None:
    out = tmp_path / "r"
    write([hostile_result(), hostile_result("b/\u2028\u2029&<>.html")], out)
    raw = (out / "data.js").read_text("utf-8")
    body = raw[raw.index("window.AUDIT_ROWS = ") + len("window.AUDIT_ROWS = "):]
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in body
    rows = load_rows(out)
    assert {r[1] for r in rows} == {f"site/{XSS}.html", "b/\u2028\u2029&<>.html"}
    assert all(r[2] == XSS for r in rows)


def test_script_json_escapes_breakout_sequences() -> None:
    text = script_json(["</script><!--", "a&b", "\u2028"])
    assert text == '["\\u003c/script\\u003e\\u003c!--","a\\u0026b","\\u2028"]'
    assert json.loads(text) == ["</script><!--", "a&b", "\u2028"]


def test_control_characters_and_lone_surrogates_do_not_break_pages(tmp_path: Path) -> None:
    path = "bad\udcff\x00name.txt"
    result = FileResult(path=path, headline="nul\x00 and \x1b escape", score=50, scores={})
    out = tmp_path / "r"
    write([result], out)
    page = next((out / "articles").glob("*.html"))
    text = page.read_text("utf-8")
    assert "\x00" not in text and "\x1b" not in text
    lxml_html.parse(str(page))


# --- structure --------------------------------------------------------------


def test_index_table_rows_pages_and_links_resolve(tmp_path: Path) -> None:
    out = tmp_path / "r"
    results = [good_result(i) for i in range(5)] + [hostile_result()]
    index = write(results, out)
    assert index == out / "index.html"
    tree = lxml_html.parse(str(index))
    rows = tree.xpath("//table[@id='articles-table']/tbody/tr")
    assert len(rows) == 6
    headers = tree.xpath("//table[@id='articles-table']/thead/tr/th")
    assert [h.get("scope") for h in headers] == ["col"] * 8
    assert tree.xpath("//th[@aria-sort='ascending']/@data-key") == ["path"]
    assert len(load_rows(out)) == 6
    pages = sorted((out / "articles").glob("*.html"))
    assert len(pages) == 6
    for page in [index, out / "rules.html", *pages]:
        for link in page_links(page):
            parts = urlsplit(link)
            assert not parts.scheme and not parts.netloc, (page, link)
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            assert target.is_file(), (page, link)
            if parts.fragment:
                ids = lxml_html.parse(str(target)).xpath("//@id")
                assert parts.fragment in ids, (page, link)


def test_index_renders_first_page_server_side_and_all_rows_in_data(tmp_path: Path) -> None:
    out = tmp_path / "r"
    write((good_result(i) for i in range(150)), out)
    tree = lxml_html.parse(str(out / "index.html"))
    body_rows = tree.xpath("//table[@id='articles-table']/tbody/tr")
    assert len(body_rows) == 100
    # Every path is under ok/: the table shows them relative to it.
    first = body_rows[0].xpath("string(td[1])").strip()
    assert first == "000.md"
    assert tree.xpath("string(//p[contains(@class,'table-root')]/code)") == "ok"
    rows = load_rows(out)
    assert len(rows) == 150 and rows[0][1] == "000.md"
    assert "first 100 of 150" in tree.xpath("string(//noscript)")


def test_accessibility_landmarks_and_labels(tmp_path: Path) -> None:
    out = tmp_path / "r"
    write([good_result(1), hostile_result()], out)
    for page in [out / "index.html", out / "rules.html", *(out / "articles").glob("*.html")]:
        tree = lxml_html.parse(str(page))
        assert tree.xpath("/html/@lang") == ["en"]
        assert tree.xpath("//header") and tree.xpath("//nav") and len(tree.xpath("//main[@id='main']")) == 1
        assert tree.xpath("//a[@class='skip-link']/@href") == ["#main"]
        for svg in tree.xpath("//svg"):
            assert svg.get("role") == "img"
            title_id = svg.get("aria-labelledby").split()[0]
            assert svg.xpath(f".//title[@id='{title_id}']")[0].text.strip()
        for control in tree.xpath("//input|//select"):
            assert tree.xpath(f"//label[@for='{control.get('id')}']"), control.get("id")
        for th in tree.xpath("//thead//th"):
            assert th.get("scope") == "col"
        ids = tree.xpath("//@id")
        assert len(ids) == len(set(ids)), page
        for a in tree.xpath("//a"):
            assert a.text_content().strip(), page


def test_index_summary_scores_top_rules_and_charts(tmp_path: Path) -> None:
    out = tmp_path / "r"
    write([good_result(1, score=100), good_result(2, score=50), hostile_result()], out)
    tree = lxml_html.parse(str(out / "index.html"))
    titles = tree.xpath("//svg/title/text()")
    assert "Overall: 64 out of 100 (needs work)" in titles  # (100 + 50 + 42) / 3
    assert "Headline: 60 out of 100 (needs work)" in titles  # (100 + 50 + 30) / 3
    assert "Images: no score" in titles
    assert any(t.startswith("Distribution of overall scores (3 articles)") for t in titles)
    assert any(t.startswith("Distribution of Flesch reading ease (1 articles)") for t in titles)
    top = tree.xpath("//section[@aria-labelledby='top-rules-h']//tbody/tr")
    assert [r.xpath("string(td[1])").split()[0] for r in top] == ["LK001", "ZZ999"]
    assert top[0].xpath("td[1]/a/@href") == ["rules.html#LK001"]
    assert top[1].xpath("td[1]/a") == []  # not in the rule set: no dead link


def test_article_page_sections(tmp_path: Path) -> None:
    out = tmp_path / "r"
    write([hostile_result()], out)
    page = next((out / "articles").glob("*.html"))
    tree = lxml_html.parse(str(page))
    text = tree.xpath("string(//main)")
    assert "promised 10, found 1 ✗" in text
    assert "Line 7, column 3" in text
    assert tree.xpath("//a[@href='../rules.html#LK001']/text()") == ["Rule LK001 (link-javascript)"]
    images = tree.xpath("//section[@aria-labelledby='images-h']//tbody/tr")
    assert len(images) == 2
    assert images[1].xpath("string(td[3])").strip() == "(no alt attribute)"
    assert images[0].xpath("string(td[4])").strip() == XSS  # credit beside alt
    links = tree.xpath("//section[@aria-labelledby='links-h']//tbody/tr")
    assert [r.xpath("string(td[5])").strip() for r in links] == ["external", "unknown", "unknown"]
    assert links[2].xpath("string(td[2])").strip() == "(no href)"
    metrics = dict(
        (r.xpath("string(th)").strip(), r.xpath("string(td)").strip())
        for r in tree.xpath("//section[@aria-labelledby='metrics-h']//tbody/tr")
    )
    assert metrics["Flesch reading ease"] == "55.5" and metrics["Flesch–Kincaid grade"] == "9.25"
    assert metrics[XSS] == XSS
    outline = tree.xpath("//section[@aria-labelledby='listicle-h']//tbody/tr")
    assert [c.strip() for c in outline[0].xpath("td/text()")][:4] == ["1", "1", XSS, "20"]


def test_failed_file_gets_page_and_row(tmp_path: Path) -> None:
    out = tmp_path / "r"
    failed = FileResult(path="broken.html", error="cannot read file: permission denied")
    write([failed, good_result(1)], out)
    index = lxml_html.parse(str(out / "index.html"))
    row = index.xpath("//table[@id='articles-table']/tbody/tr[@class='row--failed']")
    assert len(row) == 1
    assert "permission denied" in row[0].text_content()
    page = out / row[0].xpath("td[1]/a/@href")[0]
    alert = lxml_html.parse(str(page)).xpath("//div[@role='alert']")
    assert "cannot read file: permission denied" in alert[0].text_content()
    assert [r for r in load_rows(out) if r[1] == "broken.html"][0][11] == "cannot read file: permission denied"


def test_rules_page_documents_every_rule(tmp_path: Path) -> None:
    out = tmp_path / "r"
    write([hostile_result()], out)
    tree = lxml_html.parse(str(out / "rules.html"))
    assert tree.xpath("//article[contains(@class,'rule')]/@id") == ["HL002", "LK001", "LS001"]
    lk = tree.xpath("//article[@id='LK001']")[0]
    assert lk.xpath("string(.//figure[contains(@class,'example--bad')]//pre)") == f'<a href="{JS_URL}">x</a> {XSS}'
    assert "1 finding in 1 article" in lk.text_content()
    assert "<script>alert" not in (out / "rules.html").read_text("utf-8")


# --- files on disk ----------------------------------------------------------


def test_results_are_streamed_page_by_page(tmp_path: Path) -> None:
    out = tmp_path / "r"

    def results() -> Iterator[FileResult]:
        for i in range(5):
            # By the time result i is asked for, the pages of 0..i-1 are on disk.
            pages = list((out / "articles").glob("*.html")) if (out / "articles").exists() else []
            assert len(pages) == i
            yield good_result(i)

    write(results(), out)
    assert len(list((out / "articles").glob("*.html"))) == 5


def test_output_is_deterministic_whatever_the_input_order(tmp_path: Path) -> None:
    results = [good_result(i, score=60 + i) for i in range(10)] + [hostile_result()]
    write(results, tmp_path / "a")
    write(list(reversed(results)), tmp_path / "b")
    a, b = all_output(tmp_path / "a"), all_output(tmp_path / "b")
    assert {p.relative_to(tmp_path / "a") for p in a} == {p.relative_to(tmp_path / "b") for p in b}
    for p, text in a.items():
        assert text == b[tmp_path / "b" / p.relative_to(tmp_path / "a")], p


def test_rerun_updates_in_place_and_keeps_unchanged_files(tmp_path: Path) -> None:
    out = tmp_path / "r"
    write([good_result(1), good_result(2)], out)
    page = next((out / "articles").glob("*.html"))
    os.utime(page, (1_000_000, 1_000_000))
    (out / "notes.txt").write_text("mine")
    write([good_result(1), good_result(2)], out)
    assert page.stat().st_mtime == 1_000_000  # same bytes: not rewritten
    assert (out / "notes.txt").read_text() == "mine"
    # A page an earlier run wrote for an article this run does not list goes (a draft
    # audited once must not ship with a later report), even without clean; the user's
    # own files stay.
    kept = out / "articles" / "README.md"
    kept.write_text("mine")
    both = set((out / "articles").glob("*.html"))
    write([good_result(1)], out)
    left = set((out / "articles").glob("*.html"))
    assert len(left) == 1 and left < both
    write([good_result(1)], out, clean=True)
    assert len(list((out / "articles").glob("*.html"))) == 1
    assert (out / "notes.txt").read_text() == "mine" and kept.read_text() == "mine"
    assert not list(out.rglob("*.tmp"))


def test_clean_removes_only_report_files(tmp_path: Path) -> None:
    out = tmp_path / "r"
    write([good_result(1)], out)
    keep = [out / "notes.txt", out / "articles" / "README.md", out / "assets" / "logo.svg", out / "sub" / "index.html"]
    for path in keep:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("user file")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x-0123456789.html").write_text("not ours")
    removed = clean_report(out, ["report.css", "report.js", "theme.js"])
    assert removed and all(p.is_relative_to(out) for p in removed)
    for path in keep:
        assert path.read_text() == "user file"
    assert not (out / "index.html").exists() and not (out / "data.js").exists()
    assert not list((out / "articles").glob("*-*.html"))
    # A symlinked articles/ is unlinked, never followed.
    (out / "articles" / "README.md").unlink()
    (out / "articles").rmdir()
    (out / "articles").symlink_to(outside, target_is_directory=True)
    clean_report(out, [])
    assert (outside / "x-0123456789.html").read_text() == "not ours"
    assert not (out / "articles").exists()


def test_inputs_are_never_touched(tmp_path: Path) -> None:
    src = tmp_path / "in" / "a.md"
    src.parent.mkdir()
    src.write_bytes(b"# 7 Ways\n")
    before = (src.read_bytes(), src.stat().st_mtime_ns)
    result = FileResult(path=str(src), headline="7 Ways", score=80)
    write([result], tmp_path / "in", clean=True)  # the report folder holds the input
    assert (src.read_bytes(), src.stat().st_mtime_ns) == before


def test_pruning_old_pages_spares_inputs_and_symlinked_folders(tmp_path: Path) -> None:
    out = tmp_path / "r"
    write([good_result(1)], out)
    earlier = set((out / "articles").glob("*.html"))
    # An input that happens to sit in articles/ under an article-shaped name is never removed.
    src = out / "articles" / "draft-0123456789.html"
    src.write_bytes(b"<h1>7 Ways</h1>")
    write([FileResult(path=str(src), headline="7 Ways", score=80)], out)
    assert src.read_bytes() == b"<h1>7 Ways</h1>"
    now = set((out / "articles").glob("*.html"))
    assert src in now and len(now) == 2 and not now & earlier  # its own page beside it; the old page gone
    # A symlinked articles/ folder is never pruned through.
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x-0123456789.html").write_text("not ours")
    assert prune_articles(out, set(), {src}) == sorted(now - {src})
    (out / "articles").rename(tmp_path / "old-articles")
    (out / "articles").symlink_to(outside, target_is_directory=True)
    assert prune_articles(out, set(), set()) == []
    assert (outside / "x-0123456789.html").read_text() == "not ours"


def test_input_that_the_report_would_overwrite_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "r"
    out.mkdir()
    victim = out / "index.html"
    victim.write_text("<h1>my article</h1>")
    with pytest.raises(ReportError, match="input is a file the report writes"):
        write([FileResult(path=str(victim), headline="x")], out)
    assert victim.read_text() == "<h1>my article</h1>"


def test_out_dir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(ReportError, match="not a folder"):
        write([], target)
    assert target.read_text() == "x"


def test_empty_run_still_writes_a_report(tmp_path: Path) -> None:
    index = write([], tmp_path / "r")
    tree = lxml_html.parse(str(index))
    assert tree.xpath("//table[@id='articles-table']/tbody/tr") == []
    assert load_rows(tmp_path / "r") == []
    assert "No findings" in tree.xpath("string(//section[@aria-labelledby='top-rules-h'])")


def test_page_names_are_unique_and_safe(tmp_path: Path) -> None:
    out = tmp_path / "r"
    same = [good_result(1), good_result(1)]
    write(same, out)
    names = [p.name for p in (out / "articles").glob("*.html")]
    assert len(names) == 2
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]*-[0-9a-f]{10}\.html", n) for n in names)
    assert slugify("a/Üñî cödé/index.html") == "uni-code-index"
    assert slugify("../../etc/passwd") == "passwd"
    assert slugify("<>") == "article"


def test_custom_template_dir_and_generated_date(tmp_path: Path) -> None:
    from auditor.rulepacks import data_dir

    templates = tmp_path / "tpl"
    import shutil

    shutil.copytree(data_dir("reports"), templates)
    base = templates / "base.html"
    base.write_text(base.read_text().replace("A static report", "House style report"))
    out = tmp_path / "r"
    write([good_result(1)], out, template_dir=templates, generated="2024-05-01")
    text = (out / "index.html").read_text()
    assert "House style report" in text and "on 2024-05-01" in text


def test_synthetic_demo_report(tmp_path: Path) -> None:
    out = tmp_path / "r"
    write_report(synthetic_results(120, seed=3), out, rules=demo_rules(), version="1")
    assert len(load_rows(out)) == 120
    assert len(list((out / "articles").glob("*.html"))) == 120


def test_synthetic_demo_scores_come_from_a_breakdown(tmp_path: Path) -> None:
    """The demo's scores are computed as an audit computes them, so its article pages
    show "How this score was reached" with the numbers that make the score."""
    from auditor.engine.scoring import breakdown

    results = [r for r in synthetic_results(40, seed=3) if not r.failed]
    assert results and all(r.score_breakdown is not None for r in results)
    for r in results:
        assert r.document is not None and r.score_breakdown is not None
        again = breakdown(r.document, r.findings)
        assert (r.score, r.scores) == (again.score, again.scores) == (r.score_breakdown.score, r.score_breakdown.scores)
    assert len({r.score for r in results}) > 10  # good and poor articles, not one score
    out = tmp_path / "r"
    write_report(results[:3], out, rules=demo_rules(), version="1")
    for page in (out / "articles").glob("*.html"):
        assert "How this score was reached" in page.read_text()


# --- pieces -----------------------------------------------------------------


def test_common_folder() -> None:
    from auditor.report.model import common_folder

    assert common_folder(["/srv/a/news/x.html", "/srv/a/lists/y.html"]) == "/srv/a"
    assert common_folder(["docs/x.md"]) == "docs"
    assert common_folder(["docs/x.md", "y.md"]) == ""
    assert common_folder(["/abs/x.md", "rel/y.md"]) == ""
    assert common_folder(["/x.md", "/y.md"]) == ""
    assert common_folder(["-"]) == ""
    assert common_folder(["a/bc/x", "a/b/y"]) == "a"  # whole folder names, not string prefixes


@pytest.mark.parametrize(
    ("promised", "found", "at_least", "text", "state"),
    [
        (7, 7, False, "7/7 ✓", "ok"),
        (10, 8, False, "promised 10, found 8 ✗", "bad"),
        (10, 12, False, "promised 10, found 12 ✗", "bad"),
        (90, 93, True, "93/90+ ✓", "ok"),
        (90, 80, True, "promised 90+, found 80 ✗", "bad"),
        (5, None, False, "promised 5, found 0 ✗", "bad"),
        (None, 6, False, "6 items", "none"),
        (None, 0, False, "—", "none"),
    ],
)
def test_listicle_verdict(promised, found, at_least, text, state) -> None:
    assert listicle_verdict(promised, found, at_least) == (text, state)


def test_highlight() -> None:
    assert str(highlight("Say <b> here", "<b>")) == "Say <mark>&lt;b&gt;</mark> here"
    assert str(highlight("Click here to read", "click here")) == "<mark>Click here</mark> to read"
    # A cut excerpt is marked to the end of its sentence, never stopping mid-word.
    assert str(highlight("A long sentence that goes on", "A long sent…")) == "<mark>A long sentence that goes on</mark>"
    assert str(highlight("no match <i>", "zzz")) == "no match &lt;i&gt;"
    assert str(highlight("", "<x>")) == "<mark>&lt;x&gt;</mark>"
    long = "word " * 200 + "TARGET" + " word" * 200
    cut = str(highlight(long, "TARGET", radius=20))
    assert cut.startswith("…") and cut.endswith("…") and "<mark>TARGET</mark>" in cut and len(cut) < 80


def test_gauge_and_histogram_svg() -> None:
    g = str(gauge(95, "Links", "g1"))
    assert 'role="img"' in g and "<title id=\"g1-t\">Links: 95 out of 100 (good)</title>" in g and "gauge--pass" in g
    assert "gauge--na" in str(gauge(None, "Meta", "g2"))
    assert "gauge--fail" in str(gauge(12, "<x>", "g3")) and "&lt;x&gt;" in str(gauge(12, "<x>", "g3"))
    counts, labels = bin_values([-20, 0, 9.9, 10, 55, 100, 130], 0, 100, 10)
    assert counts == [3, 1, 0, 0, 0, 1, 0, 0, 0, 2]
    assert labels[0] == "<10" and labels[1] == "10–19" and labels[-1] == "≥90"
    svg = str(histogram(counts, labels, chart_id="h", title="T"))
    assert svg.count("<rect") == 10 and "<desc id=\"h-d\">&lt;10: 3; 10–19: 1" in svg


def test_outline_only_document_does_not_claim_no_images(tmp_path: Path) -> None:
    from dataclasses import replace

    full = hostile_result()
    # What audit_many sends without keep_document: the text stripped, the outline kept.
    outline = replace(full.document, images=(), links=(), paragraphs=(), sentences=(), headings=())
    out = tmp_path / "r"
    write([replace(full, document=outline)], out)
    page = next((out / "articles").glob("*.html"))
    tree = lxml_html.parse(str(page))
    assert not tree.xpath("//*[@id='images-h']") and not tree.xpath("//*[@id='links-h']")
    assert "not listed" in tree.xpath("string(//main)")
    assert tree.xpath("//*[@id='listicle-h']") and tree.xpath("//*[@id='meta-h']")
    # A document that is simply empty still says so.
    empty = Document(path="e.md", format="markdown")
    write([FileResult(path="e.md", document=empty)], tmp_path / "e")
    tree = lxml_html.parse(str(next((tmp_path / "e" / "articles").glob("*.html"))))
    assert "No images." in tree.xpath("string(//section[@aria-labelledby='images-h'])")


def test_truncated_excerpt_is_marked_to_the_end_of_its_sentence() -> None:
    context = "Short one. " + "Word " * 60 + "ends here. Next sentence stays plain."
    marked = str(highlight(context, ("Word " * 60)[:200].rstrip() + "…"))
    assert "ends here.</mark> Next sentence stays plain." in marked
    assert marked.startswith("Short one. <mark>Word")


def test_data_js_names_its_columns_and_bands(tmp_path: Path) -> None:
    from auditor.engine.scoring import BANDS
    from auditor.report.model import Row

    out = tmp_path / "r"
    write([hostile_result()], out)
    data = load_data(out)
    assert data["AUDIT_COLUMNS"] == list(Row.COLUMNS)
    assert data["AUDIT_BANDS"] == [{"min": f, "css": c, "label": w} for f, c, w in BANDS]
    [row] = data["AUDIT_ROWS"]  # type: ignore[misc]
    named = dict(zip(Row.COLUMNS, row))
    assert named["headline"] == XSS and named["path"].endswith(".html")
    # report.js reads columns by name only: no positional constants left.
    script = (out / "assets" / "report.js").read_text("utf-8")
    assert 'col("score")' in script and "SCORE = 3" not in script and ">= 90" not in script
