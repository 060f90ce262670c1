"""What a result keeps after its audit, and the site stage's text normalising."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from auditor.api import BatchOptions, audit_many
from auditor.sitewide.facts import normal_text

def test_results_keep_no_structured_data(tmp_path: Path) -> None:
    """Only the checks read a page's structured data: a result's outline drops it."""
    page = tmp_path / "p.html"
    page.write_text('<html><head><title>T</title><script type="application/ld+json">'
                    '{"@context": "https://schema.org", "@type": "Article", "headline": "H"}</script></head>'
                    "<body><article><h1>H</h1><p>" + "Some words here. " * 30 + "</p></article></body></html>",
                    encoding="utf-8")
    (result,) = audit_many([str(page)], BatchOptions(use_config=False, jobs=1))
    assert result.document is not None and result.document.structured is None
    kept = list(audit_many([str(page)], BatchOptions(use_config=False, jobs=1, keep_document=True)))[0]
    assert kept.document is not None and kept.document.structured is not None  # reports keep the whole page


def _normal_text_before(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", folded).split())


@pytest.mark.parametrize("text", ["Plain ASCII, title!", "  Crème brûlée — Ünïcode…  ", "Straße ǅ ﬁ", "İstanbul",
                                  "½ ² ㎏ Ａ", "", "日本語のタイトル", "a\u0301b\u0308"])
def test_normal_text_is_unchanged_by_its_ascii_shortcut(text: str) -> None:
    assert normal_text(text) == _normal_text_before(text)
