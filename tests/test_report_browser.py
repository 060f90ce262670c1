"""The report in a real browser: headless Chromium (Debian's ``chromium``) driven by
Playwright. Checks the pages load from file:// with no console errors and no network,
that no hostile text executes, and that the index table sorts, filters and pages.
Screenshots land in the test's tmp_path."""

from __future__ import annotations

import random
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from auditor.model import Document, FileResult, Finding, Item, Link, Meta
from auditor.report import write_report
from auditor.rulepacks import Rule, RuleDoc

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
N_ROWS = 250
XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "pages"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install playwright; it is in the test extra)")
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: apt-get install -y chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Watch:
    """A page that records console errors, page errors, dialogs and non-file requests."""

    def __init__(self, browser, **context) -> None:  # type: ignore[no-untyped-def]
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, **context)
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.problems.append(f"console {m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("request", lambda r: r.url.startswith("file://") or self.problems.append(f"request: {r.url}"))
        self.page.on("dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss()))

    def close(self) -> None:
        self.context.close()


def _rules() -> list[Rule]:
    return [
        Rule(id="LS001", name="listicle-count", category="listicle", level="error", check="listicle.count",
             message="Fix the number.", doc=RuleDoc(summary="The headline's number matches the items.",
             why="Readers count.", bad="# 10 Tips\n1. a\n2. b", good="# 2 Tips\n1. a\n2. b", fix="Fix it.")),
        Rule(id="RD001", name="sentence-long", category="readability", level="warning", check="readability.sentence",
             message="Split the sentence.", doc=RuleDoc(summary="Sentences are short.")),
    ]


def _result(i: int, rng: random.Random) -> FileResult:
    if i == 7:
        return FileResult(path=f"posts/{i:03d}-broken.html", error="cannot decode bytes")
    promised = rng.choice((None, 5, 7, 10))
    found = 0 if promised is None else promised - (1 if i % 9 == 0 else 0)
    headline = f"{promised or ''} Tips number {i}".strip() if i != 12 else XSS
    items = tuple(Item(number=k, heading=f"Tip {k}", line=10 * k, words=40 + k) for k in range(1, found + 1))
    doc = Document(path=f"posts/{i:03d}.html", format="html", headline=headline, meta=Meta(title=headline),
                   items=items, headline_number=promised, word_count=300 + i,
                   links=(Link(href="javascript:alert(3)", text=XSS, line=4),))
    findings = []
    if i % 4 == 0:
        findings.append(Finding("LS001", "listicle-count", "listicle", "error", "Fix the number.", 1,
                                excerpt=headline, context=f"{headline} — {XSS}"))
    if i % 3 == 0:
        findings.append(Finding("RD001", "sentence-long", "readability", "warning", "Split the sentence.", 12,
                                excerpt="very long", context="A very long sentence."))
    score = None if i == 11 else rng.randint(0, 100)
    return FileResult(
        path=f"posts/{i:03d}.html", format="html", headline=headline, title=headline, score=score,
        scores={} if score is None else {"listicle": score, "readability": 100 - score},
        metrics={"words": 300 + i, "flesch_reading_ease": rng.uniform(-10, 110),
                 "flesch_kincaid_grade": round(rng.uniform(3, 15), 1), "headline_number": promised, "list_items": found},
        findings=tuple(findings), document=doc,
    )


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("browser") / "report"
    rng = random.Random(5)
    results = [_result(i, rng) for i in range(N_ROWS)]
    rng.shuffle(results)
    return write_report(iter(results), out, rules=_rules(), version="test")


def expect(locator):  # type: ignore[no-untyped-def]
    # Playwright's web-first assertions poll without eval(), which the report's CSP forbids.
    from playwright.sync_api import expect as pw_expect

    return pw_expect(locator)


def _column(page, index: int) -> list[str]:  # type: ignore[no-untyped-def]
    return page.eval_on_selector_all(
        "#articles-table tbody tr", f"rows => rows.map(r => r.cells[{index}].textContent.trim())"
    )


def _scores(page) -> list[int | None]:  # type: ignore[no-untyped-def]
    return [None if s == "–" else int(s) for s in _column(page, 2)]


def test_index_loads_clean_and_pages(browser, report: Path, tmp_path: Path) -> None:
    w = Watch(browser)
    page = w.page
    page.goto(report.as_uri())
    assert page.locator("#table-controls").is_visible()
    assert page.locator("#articles-table tbody tr").count() == 100
    assert page.locator("#table-status").inner_text() == f"Showing 1–100 of {N_ROWS} articles."
    assert page.locator("#pager-label").inner_text() == "Page 1 of 3"
    paths = _column(page, 0)
    assert paths == sorted(paths) and paths[0] == "000.html"  # relative to posts/
    page.get_by_role("button", name="Next").click()
    assert page.locator("#pager-label").inner_text() == "Page 2 of 3"
    assert _column(page, 0)[0] == "100.html"
    page.get_by_role("button", name="Last").click()
    assert page.locator("#articles-table tbody tr").count() == N_ROWS - 200
    assert page.get_by_role("button", name="Next").is_disabled()
    page.get_by_role("button", name="First").click()
    assert _column(page, 0)[0] == "000.html"
    page.select_option("#page-size", "250")
    assert page.locator("#articles-table tbody tr").count() == N_ROWS
    assert page.locator("#pager").is_hidden()
    page.screenshot(path=str(tmp_path / "index.png"), full_page=False)
    w.close()
    assert w.problems == []


def test_sort_by_score_header(browser, report: Path) -> None:
    w = Watch(browser)
    page = w.page
    page.goto(report.as_uri())
    score_header = page.locator("#articles-table th[data-key='score']")
    score_header.get_by_role("button").click()
    assert score_header.get_attribute("aria-sort") == "ascending"
    assert page.locator("#articles-table th[data-key='path']").get_attribute("aria-sort") is None
    page.select_option("#page-size", "1000")
    scores = _scores(page)
    known = [s for s in scores if s is not None]
    assert known == sorted(known) and len(known) == N_ROWS - 2  # the unscored and the failed file
    assert scores[-2:] == [None, None]  # missing scores sort last
    score_header.get_by_role("button").click()
    assert score_header.get_attribute("aria-sort") == "descending"
    scores = _scores(page)
    known = [s for s in scores if s is not None]
    assert known == sorted(known, reverse=True) and scores[-1] is None
    # Keyboard: focus the Errors header's button and press Enter.
    page.locator("#articles-table th[data-key='errors'] button").focus()
    page.keyboard.press("Enter")
    errors = [int(e) for e in _column(page, 5)]
    assert errors == sorted(errors, reverse=True) and errors[0] == 1
    w.close()
    assert w.problems == []


def test_table_state_survives_back_navigation(browser, report: Path) -> None:
    w = Watch(browser)
    page = w.page
    page.goto(report.as_uri())
    page.locator("#articles-table th[data-key='score'] button").click()
    page.select_option("#filter-kind", "warnings")  # 84 rows
    page.select_option("#page-size", "50")
    page.get_by_role("button", name="Next").click()
    assert page.url.endswith("#sort=score&page=2&size=50&show=warnings")
    first = _column(page, 0)[0]
    page.locator("#articles-table tbody a").first.click()
    page.wait_for_load_state()
    assert "/articles/" in page.url
    page.go_back()
    page.wait_for_load_state()
    # The page restores its state from the fragment after it loads: wait for each part
    # (expect retries) rather than reading it once, which raced under load.
    first_cell = page.locator("#articles-table tbody tr").first.locator("td").first
    expect(page.locator("#pager-label")).to_have_text("Page 2 of 2")
    expect(page.locator("#filter-kind")).to_have_value("warnings")
    expect(page.locator("#page-size")).to_have_value("50")
    expect(page.locator("#articles-table th[data-key='score']")).to_have_attribute("aria-sort", "ascending")
    expect(first_cell).to_have_text(first)
    # A fresh load of the same URL (a shared link) shows the same rows.
    page.goto(report.as_uri() + "#sort=score&page=2&size=50&show=warnings")
    expect(first_cell).to_have_text(first)
    # The skip link's fragment leaves the table as it is.
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main$"))
    expect(first_cell).to_have_text(first)
    # Junk in the fragment is ignored.
    page.goto(report.as_uri() + "#sort=evil&dir=up&page=-4&size=7&show=nope&q=%E0%A4%A")
    expect(first_cell).to_have_text("000.html")
    w.close()
    assert w.problems == []


def test_filter_text_and_kind(browser, report: Path) -> None:
    w = Watch(browser)
    page = w.page
    page.goto(report.as_uri())
    page.fill("#filter-text", "NUMBER 13")  # headlines "… Tips number 13", 130–139; any case
    expect(page.locator("#articles-table tbody tr")).to_have_count(11)
    assert _column(page, 0) == ["013.html"] + [f"{i:03d}.html" for i in range(130, 140)]
    assert "filtered from 250" in page.locator("#table-status").inner_text()
    page.fill("#filter-text", "no such article")
    expect(page.locator("#articles-table tbody tr")).to_have_count(0)
    assert page.locator("#table-status").inner_text().startswith("No articles match")
    page.fill("#filter-text", "")
    page.select_option("#filter-kind", "errors")
    expect(page.locator("#articles-table tbody tr")).to_have_count(63)
    assert all(int(e) > 0 for e in _column(page, 5))
    page.select_option("#filter-kind", "failed")
    assert _column(page, 0) == ["007-broken.html"]
    page.select_option("#filter-kind", "listicle-bad")
    assert all(v.startswith("promised") for v in _column(page, 7))
    w.close()
    assert w.problems == []


def test_hostile_article_page_and_theme(browser, report: Path, tmp_path: Path) -> None:
    w = Watch(browser, color_scheme="light")
    page = w.page
    page.goto(report.as_uri())
    page.fill("#filter-text", "012.html")
    expect(page.locator("#articles-table tbody tr")).to_have_count(1)
    assert _column(page, 1) == [XSS]  # shown as text, never run
    page.locator("#articles-table tbody a").click()
    page.wait_for_load_state()
    assert "/articles/" in page.url
    assert page.locator("h1").inner_text() == XSS
    assert XSS in page.locator("mark").all_inner_texts()
    assert page.locator("a[href^='javascript']").count() == 0
    page.screenshot(path=str(tmp_path / "article-light.png"), full_page=True)
    light_bg = page.evaluate("getComputedStyle(document.body).backgroundColor")
    toggle = page.get_by_role("button", name="Dark theme")
    assert toggle.get_attribute("aria-pressed") == "false"
    toggle.click()
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    assert toggle.get_attribute("aria-pressed") == "true"
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != light_bg
    page.screenshot(path=str(tmp_path / "article-dark.png"), full_page=True)
    page.get_by_role("link", name="Rule LS001 (listicle-count)").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("rules.html#LS001")
    assert page.locator("#LS001").is_visible()
    # The choice persists across pages (localStorage; in memory when blocked).
    assert page.evaluate("document.documentElement.dataset.theme") in ("dark", None)
    w.close()
    assert w.problems == []


def test_dark_system_theme_and_skip_link(browser, report: Path, tmp_path: Path) -> None:
    w = Watch(browser, color_scheme="dark")
    page = w.page
    page.goto(report.as_uri())
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(13, 17, 23)"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.screenshot(path=str(tmp_path / "index-dark.png"))
    # Paper is light whatever the screen theme; controls are not printed.
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
    assert page.locator("#table-controls").is_hidden() and page.locator("#theme-toggle").is_hidden()
    w.close()
    assert w.problems == []


def test_real_articles_report(browser, tmp_path: Path) -> None:
    import auditor.api as api  # a broken import fails, never skips
    if not hasattr(api, "audit_many"):
        pytest.skip("auditor.api.audit_many not written yet")
    paths = sorted(str(p) for p in EXAMPLES.glob("*") if p.suffix in (".md", ".html", ".txt"))
    if CORPUS.is_dir():
        paths += sorted(str(p) for p in CORPUS.glob("*.html"))[::5]
    if not paths:
        pytest.skip("no examples/ and ../shared/corpus not present")
    from auditor.api import BatchOptions, default_settings

    results = api.audit_many(paths, BatchOptions(keep_document=True, use_config=False))
    out = tmp_path / "report"
    index = write_report(results, out, rules=default_settings().rules, version="test")
    pages = sorted((out / "articles").glob("*.html"))
    assert len(pages) == len(paths)
    w = Watch(browser)
    page = w.page
    page.goto(index.as_uri())
    assert page.locator("#articles-table tbody tr").count() == len(paths)
    page.screenshot(path=str(tmp_path / "real-index.png"), full_page=True)
    for article in pages[:6]:
        page.goto(article.as_uri())
        assert page.locator("h1").count() == 1
    page.screenshot(path=str(tmp_path / "real-article.png"), full_page=True)
    w.close()
    assert w.problems == []
    shutil.rmtree(out)
