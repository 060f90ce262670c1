"""Errors left over from the image and link rounds (issue 9: an error must be an objective
defect), each with the look-alike that keeps its error.

- MT063 reports only dates search engines cannot read. Google's Article structured data
  documentation defines datePublished as "the date and time the article was first
  published" and dateModified as "the date and time the article was most recently
  modified", both recommended, and sets no order between them; its byline-date guidance
  asks for ISO 8601 and the right time zone. A dateModified before datePublished is what a
  post edited before its scheduled publication, re-dated when republished or syndicated
  with the original's last edit carries: no objective defect, so it is not reported.
"""

from __future__ import annotations

import pytest

import widgetkit as kit
from auditor.api import audit


def _rules(html: str, name: str = "leftover.html") -> list[str]:
    result = audit(html.encode(), name)
    assert result.error is None, result.error
    return [f.rule for f in result.findings]


# --- MT063: the order of datePublished and dateModified ------------------------------------

def _with_article_dates(published: str, modified: str) -> str:
    block = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
             f'"headline": "{kit.HEADLINE}", "datePublished": "{published}", "dateModified": "{modified}"}}</script>')
    return kit.page("").replace("</head>", block + "</head>")


@pytest.mark.parametrize(("published", "modified"), [
    ("2024-03-13T06:00:00+01:00", "2024-02-20T17:45:00+01:00"),  # written weeks ahead, scheduled
    ("2024-03-13T06:00:00+01:00", "2021-11-02T09:12:00+01:00"),  # an old post re-dated when republished
    ("2024-03-13", "2023-12-30T22:10:00Z"),                      # a syndicated copy keeping the original's edit
], ids=["scheduled-weeks-ahead", "republished", "syndicated"])
def test_a_modification_before_publication_is_not_an_error(published, modified):
    assert "MT063" not in _rules(_with_article_dates(published, modified))


@pytest.mark.parametrize(("published", "modified"), [
    ("2024-03-13T06:00:00+01:00", "2024/02/20 17:45"),
    ("13.03.2024", "2024-02-20T17:45:00+01:00"),
], ids=["unreadable-modified", "unreadable-published"])
def test_an_unreadable_date_stays_an_error_whatever_the_order(published, modified):
    assert "MT063" in _rules(_with_article_dates(published, modified))
