"""Listicle shapes real page builders, CMSs and newsrooms write that auditor misread after round 13's
start (388c63c), found by re-dressing the tuning listicles (bench/eval/redress.py) and by the gaps
note24 left: a ranking table whose rows each hold an entry's heading, a table of contents of jump
links, titles a template classes as an entry's title written as a sentence, two entries in title
boxes. Each case fails on 388c63c unless it says it is a guard. Small articles read end to end through
``audit``; the markup's source is cited beside each."""

from __future__ import annotations

import pytest

from auditor.api import audit, default_settings
from test_listicle_languages import BODY, NAMES, audited
from test_listicle_unseen5 import bare_page

DEFAULT = default_settings()


def items_of(headline: str, body: str) -> list[str]:
    """The titles of the entries read on a small page with an <article> (``audited``)."""
    document = audited(headline, body).document
    assert document is not None
    return [item.heading for item in document.items]


# ---------------------------------------------------------------- a ranking table of headed rows

# A ranking or comparison table whose rows each hold an entry (its heading and its text in a cell:
# TablePress and Ninja Tables rows holding a heading block, old newsroom "top 10" tables,
# `<table class="ranking"><tr><td><h2>Lisbon</h2><p>…</p></td></tr>`). On a page found by paragraph
# density the densest box was one row's cell: the list read one entry. Rows are alike by their tag
# when each holds a heading.
@pytest.mark.parametrize("row", [
    "<tr><td>{title}{body}</td></tr>",
    "<tr><td><img src='/p/{n}.jpg' alt='A view of {name}'></td><td>{title}{body}</td></tr>",
])
def test_table_rows_each_holding_an_entry_heading(row: str) -> None:
    rows = "".join(row.format(n=k + 1, name=NAMES[k], title=f"<h2>{k + 1}. {NAMES[k]} plan</h2>",
                              body=f"<p>{BODY} {BODY}</p><p>{BODY * (k + 1)}</p>") for k in range(5))
    body = f"<table><thead><tr><th>Plan</th><th>Why</th></tr></thead><tbody>{rows}</tbody></table>"
    assert bare_page("5 plans for a weekend", body) == [1, 2, 3, 4, 5]


def test_layout_table_with_the_story_in_one_row_stays_the_story() -> None:
    # A guard: an old layout table, the story (its headline and paragraphs) in one row, the site's
    # blurbs in rows of prose without a heading below it (as much text as the story): rows are no
    # entries, the body stays the story's row (widened over all rows, it read 7 paragraphs for 3).
    story = "".join(f"<p>{BODY} {BODY}</p>" for _ in range(3))
    blurb = f"<p>{BODY} {BODY} {BODY}</p>"
    rows = "".join(f"<tr><td>{blurb}{blurb}</td></tr>" for _ in range(2))
    html = (f"<html lang=en><head><title>t</title></head><body><div><a href=/>Home</a></div><table><tr><td>"
            f"<h1>A walk through the old town</h1>{story}</td></tr>{rows}</table></body></html>")
    result = audit(html.encode(), "page.html", DEFAULT)
    assert result.document is not None
    assert len(result.document.paragraphs) == 3


def test_one_headed_row_among_rows_of_prose_is_no_list_of_rows() -> None:
    # A guard: a data table in a news story with one heading row (a caption set as <h3>) and rows
    # of figures is no ranking; nothing of it becomes entries.
    rows = "".join(f"<tr><td>{NAMES[k]}</td><td>{k * 1000}</td><td>{k * 3}%</td></tr>" for k in range(5))
    body = (f"<p>{BODY} {BODY}</p><table><tr><td colspan=3><h3>Rents by district</h3></td></tr>{rows}</table>"
            f"<p>{BODY} {BODY}</p>")
    assert bare_page("Five districts report rising rents", body) == []


def test_spec_table_inside_one_entry_is_no_list() -> None:
    # A guard: a spec sheet inside an entry ("Weight | 1.2 kg") adds no entries to a list of headings.
    specs = "<table><tr><th>Spec</th><th>Value</th></tr>" + "".join(
        f"<tr><td>{k}</td><td>{k}.2 kg</td></tr>" for k in ("Weight", "Height", "Depth", "Width")) + "</table>"
    body = "".join(f"<h2>{k + 1}. {NAMES[k]} phone</h2><p>{BODY} {BODY}</p>{specs if k == 1 else ''}"
                   for k in range(4))
    assert len(items_of("4 phones worth their price", body)) == 4
