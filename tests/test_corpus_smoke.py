"""Every real page in ../shared/corpus audits with no crash and no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.api import Settings, audit, default_settings
from auditor.model import CATEGORIES

from conftest import CORPUS

PAGES = sorted(CORPUS.glob("*.html")) if CORPUS.exists() else []


@pytest.fixture(scope="module")
def settings() -> Settings:
    return default_settings()


@pytest.mark.skipif(not PAGES, reason="../shared/corpus not present")
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_page_audits(page: Path, settings: Settings) -> None:
    result = audit(page.read_bytes(), str(page), settings)
    assert result.error is None, result.error
    assert result.headline, "every corpus page has a visible headline"
    assert result.metrics["words"] > 50  # boingboing's post is 65 words without its teasers
    # Only what the page gives to check is scored (README "Scores").
    assert {"headline"} <= set(result.scores) <= set(CATEGORIES)
    assert 0 <= result.score <= 100
    for finding in result.findings:
        assert finding.line >= 1 and finding.message and "{" not in finding.message
