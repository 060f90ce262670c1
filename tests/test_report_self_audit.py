"""The report passes its own image, link and heading rules (a screen reader and a
crawler must have no trouble with it either)."""

from __future__ import annotations

from pathlib import Path

from auditor.api import BatchOptions, audit_many
from auditor.config import Config
from auditor.report import write_report
from auditor.rulepacks import load_rules

from conftest import EXAMPLES


def test_report_pages_pass_image_link_and_heading_rules(tmp_path: Path) -> None:
    results = audit_many([str(EXAMPLES)], BatchOptions(config=Config(), keep_document=True))
    index = write_report(results, tmp_path / "report", rules=load_rules(), version="test")
    pages = [index, index.parent / "rules.html", *sorted((index.parent / "articles").glob("*.html"))]
    assert len(pages) >= 8
    audited = list(audit_many([str(p) for p in pages], BatchOptions(config=Config())))
    for result in audited:
        assert result.error is None, result.error
        # Image and link rules at warning or error, and the outline rules a screen
        # reader relies on (one H1, no skipped level, no empty heading, a lang).
        # LK002 reads prose: the report quotes the audited articles' "click here".
        problems = [
            f"{f.rule} {f.message}" for f in result.findings
            if (f.category in ("images", "links") and f.level != "info" and f.rule != "LK002")
            or f.rule in ("HD001", "HD002", "HD003", "MT004")
        ]
        assert not problems, f"{result.path}: {problems}"
