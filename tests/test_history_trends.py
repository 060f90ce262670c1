"""The report's trends page, from runs recorded in SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner
from lxml import html as lxml_html

from auditor.cli import main
from auditor.history.record import RunMeta, record
from auditor.history.store import open_store
from auditor.history.trends import load_trends, write_trends
from auditor.model import FileResult, Finding
from historykit import postgres_url, store_target  # noqa: F401 - fixtures

META = RunMeta("report", "0.1.0", "abc", None)


def finding(rule: str, excerpt: str, level: str = "warning") -> Finding:
    return Finding(rule=rule, name=rule.lower(), category="links", level=level,  # type: ignore[arg-type]
                   message=f"{rule} message", line=3, excerpt=excerpt)


def result(path: str, score: int, *findings: Finding) -> FileResult:
    return FileResult(path=path, format="markdown", score=score, scores={"links": score, "headline": 90},
                      findings=tuple(findings))


def test_trends_count_changes_per_article(store_target: str) -> None:
    a1 = result("a.md", 80, finding("LK001", "click here"), finding("LK001", "here"))
    b1 = result("b.md", 70, finding("LK002", "x", "error"))
    gone = result("gone.md", 50)
    with open_store(store_target) as store:
        record(store, META, [a1, b1, gone])
        record(store, META, [a1, b1, gone])
        a3 = replace(a1, score=92, findings=(finding("LK001", "click here"),))  # one fixed
        b3 = replace(b1, score=60, findings=(*b1.findings, finding("LK003", "new", "info"), finding("LK003", "new", "info")))
        new = result("new.md", 100)
        record(store, META, [a3, b3, new])
        trends = load_trends(store, last=10)
    assert [r.articles for r in trends.runs] == [3, 3, 3]
    assert trends.article_count == 3 and (trends.added, trends.gone) == (1, 1)
    rows = {a.path: a for a in trends.articles}
    assert rows["a.md"].scores == [80, 80, 92] and (rows["a.md"].new, rows["a.md"].fixed) == (0, 1)
    assert rows["b.md"].delta == -10 and (rows["b.md"].new, rows["b.md"].fixed) == (2, 0)
    assert rows["new.md"].scores == [None, None, 100] and rows["new.md"].delta is None
    assert trends.articles[0].path == "b.md"  # most changed first


def test_trends_page_renders_runs_and_articles(tmp_path: Path) -> None:
    store_path = str(tmp_path / "h.sqlite")
    with open_store(store_path) as store:
        for score in (60, 70, 85):
            record(store, META, [result("a.md", score, finding("LK001", "here", "error")), result("b.md", 90)])
        page = write_trends(store, tmp_path, version="0.1.0", last=2)
    tree = lxml_html.parse(str(page))
    assert tree.xpath("//h1")[0].text_content().startswith("Trends over the last 2 recorded runs")
    runs = tree.xpath("//table[1]/tbody/tr/td[1]/text()")
    assert runs == ["3", "2"]
    assert len(tree.xpath("//svg[@class='chart']")) == 2
    desc = tree.xpath("//svg[@class='chart']/desc")[0].text_content()
    assert "overall: 80, 88" in desc  # mean of 70 & 90, then 85 & 90 (rounded)
    assert not tree.xpath("//script") and not tree.xpath("//@src")


def test_report_links_trends_and_records(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("# Five simple ways to water your garden\n\nWater early.\n", encoding="utf-8")
    for _ in range(2):
        result_ = CliRunner().invoke(main, ["report", "a.md", "--no-config", "-o", "out", "--history", "h.sqlite"])
        assert result_.exit_code == 0, result_.output
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert 'href="trends.html"' in index
    trends = (tmp_path / "out" / "trends.html").read_text(encoding="utf-8")
    assert "Trends over the last 2 recorded runs" in trends and "a.md" in trends
    # Without a store the page still exists and says how to start.
    CliRunner().invoke(main, ["report", "a.md", "--no-config", "-o", "plain"])
    assert "No runs recorded yet" in (tmp_path / "plain" / "trends.html").read_text(encoding="utf-8")
