"""The name cells of a comparison table: "The 5 Best Wireless Earbuds" whose only list is a
table of the five products' names beside their figures (``<tr><th>Model</th><th>Price</th>
<th>Battery</th></tr>`` over ``<tr><td>Sony WF-1000XM5</td><td>$299</td><td>8 hours</td></tr>``,
as the WordPress table block, TablePress and a shop's comparison chart write it). Each row is
then a named entry, but only when the headline promises exactly as many: the walk keeps the
names aside (``Document.asked``, as questions over answers are) and the listicle reader takes
them when nothing else counts the promise. A spec sheet ("Weight | 1.2 kg": two columns, no
header row) and a table of numbers (years, scores) name no entries.

A table may set the products across its header row and their features down it ("Feature |
Sony | Bose | Apple" over "Price | $299 | $279 | $249", "Battery | 8 hours | 6 hours | …", as
review sites' "specs compared" charts do): its rows hold one figure each, alike across the row
(one unit), its columns unlike. Then the header's names are the products, not the features.
"""

from __future__ import annotations

from typing import Any

from auditor.sources.html.text import BLOCK_TAGS, table_rows, text_of
from auditor.text.lazyre import lazy_pattern

Element = Any  # lxml.html.HtmlElement

# A name is a few words; a table of three rows or more with a header row over three columns
# or more (the name and two figures at least).
_NAME_WORDS = 8
_LEAST_ROWS = 3
_LEAST_COLUMNS = 3


def compared_names(table: Element) -> list[Element]:
    """The name cells of ``table`` when it compares named things by figures: a header row of
    ``<th>`` over the columns, then three body rows or more, each opening with a short name
    of its own (letters, no sentence end) and holding figures (a digit) in at least half of
    its other cells. Empty for any other table."""
    head: list[Element] = []
    names: list[Element] = []
    figures_of: list[list[str]] = []
    for row in table_rows(table):
        if not any(c.tag == "td" for c in row):
            if not names and not head:
                head = row
            continue
        if not head or len(row) != len(head) or len(row) < _LEAST_COLUMNS or not _name(row[0]):
            return []
        figures = sum(any(ch.isdigit() for ch in text_of(c)) for c in row[1:])
        if 2 * figures < len(row) - 1:
            return []
        names.append(row[0])
        figures_of.append([text_of(c) for c in row[1:]])
    if len(names) >= _LEAST_ROWS and _across(figures_of):
        names = head[1:] if all(_name(c) for c in head[1:]) else []
    texts = [text_of(c).casefold() for c in names]
    return names if len(names) >= _LEAST_ROWS and len(set(texts)) == len(texts) else []


_FIGURE = lazy_pattern(r"\d+(?:[.,]\d+)*")


def _across(rows: list[list[str]]) -> bool:
    """Whether the figures of ``rows`` are alike along each row and not down the columns:
    a feature a row, the products across ("$299 | $279 | $249"). A table whose rows and
    columns are equally alike (bare scores) is read by rows, as written."""
    shapes = [[_FIGURE().sub("#", t.casefold()) for t in row] for row in rows]
    by_row = sum(len(set(row)) == 1 for row in shapes) / len(shapes)
    columns = list(zip(*shapes))
    by_column = sum(len(set(col)) == 1 for col in columns) / len(columns)
    return by_row > by_column


def _name(cell: Element) -> bool:
    """A cell holding a short name alone: a few words with letters, no sentence end, no blocks."""
    text = text_of(cell)
    if not 0 < len(text.split()) <= _NAME_WORDS or text.endswith((".", "!", "?", ":", ",", "…")):
        return False
    if not any(ch.isalpha() for ch in text):
        return False
    return not any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS and c.tag != "br" for c in cell.iterdescendants())
