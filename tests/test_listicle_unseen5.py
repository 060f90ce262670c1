"""Listicle shapes that re-dressed tuning listicles still misread after round 12's first pass
(bench/eval/redress.py: `dl-terms`, `details`). Each case fails on c7ab3f9 unless it says it is a
guard. Small articles read end to end through ``audit``; the markup's source is cited beside each."""

from __future__ import annotations

import pytest

from auditor.api import audit, default_settings
from test_listicle_languages import BODY, NAMES

DEFAULT = default_settings()


def entries(entry: str, count: int = 5) -> str:
    """``entry`` written ``count`` times: {n} its number, {name} a title word, {body} its prose
    (two paragraphs, the later entries longer, as real entries differ)."""
    return "".join(entry.format(n=k + 1, name=NAMES[k], body=f"<p>{BODY} {BODY}</p><p>{BODY * (k + 1)}</p>")
                   for k in range(count))


def bare_page(headline: str, body: str) -> list[int | None]:
    """The numbers of the entries read on a page with no <article>, <main> or content class
    (the body found by paragraph density), ``body`` in a plain box under a menu."""
    html = (f"<html lang=en><head><title>{headline}</title></head><body><div><ul><li><a href=/>Home</a></li>"
            f"<li><a href=/news>News</a></li></ul></div><div><h1>{headline}</h1><p>{BODY}</p>{body}</div>"
            "<div><p>Copyright 2026, all rights reserved by the publisher of this site.</p></div></body></html>")
    result = audit(html.encode(), "page.html", DEFAULT)
    assert result.error is None and result.document is not None
    return [item.number for item in result.document.items]


# ---------------------------------------------------------------- definition lists found by density

# HTML's <dl> groups each term with its definition ("name-value groups", HTML Living Standard
# §4.4.9), and a CMS's list template may write one <dl> per entry (CBS News' story template:
# `<dl><dt>2. Never urged Ukraine…</dt><dd><figure>…</figure><p>…</p></dd></dl>`) or one <dl> for all.
# On a page found by paragraph density, every <dd> holds its own paragraphs: the densest box
# was one entry's <dd>, and the list read one entry or none.
@pytest.mark.parametrize("body", [
    entries("<dl><dt>{n}. {name} plan</dt><dd>{body}</dd></dl>"),
    # A guard: one <dl> for all was read already (every <dd> votes for it).
    "<dl>" + entries("<dt>{n}. {name} plan</dt><dd>{body}</dd>") + "</dl>",
])
def test_definition_list_entries_on_a_page_found_by_density(body: str) -> None:
    assert bare_page("5 plans for a weekend", body) == [1, 2, 3, 4, 5]


def test_one_long_definition_among_short_ones_stays_the_body() -> None:
    # A guard: a story whose text is one definition (a glossary's short terms around it) keeps
    # its count of no list; the entry boxes are only widened over when alike ones hold as much.
    body = (f"<dl><dt>Alpha</dt><dd>{BODY}</dd><dt>Bravo</dt><dd>{''.join(f'<p>{BODY}</p>' for _ in range(8))}</dd></dl>")
    assert bare_page("A walk through the old town", body) == []
