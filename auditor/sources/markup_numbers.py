"""Numbers the markup gives a list's entries without printing them, written into the tree as a
reader of the rendered page sees them ("1. ", "2. "… before each entry's title).

Two shapes only, each unambiguous in the markup itself (the stylesheet that draws them is
linked, never fetched):

- schema.org ``ListItem`` microdata: an entry's box (``itemtype="https://schema.org/ListItem"``)
  holding ``<meta itemprop="position" content="3">`` and its title's heading (schema.org's
  ItemList examples; recipe and product roundups' templates);
- a heading carrying its number in a data attribute (``<h2 class="listing" data-number="1">``,
  Lullabot's Drupal "Listicle Heading" CKEditor plugin, its number drawn by a filter or by
  ``content: attr(data-number)``; ``data-rank``, ``data-position`` alike).

Read only when three or more such entries count 1..N (or N..1) in document order, and not
when the headings print those numbers themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

Element = Any  # lxml.html.HtmlElement

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
NUMBER_ATTRIBUTES = ("data-number", "data-rank", "data-position")
_NUMBER = re.compile(r"\s*(\d{1,3})\s*")
# A number the heading prints itself ("3. Lisbon", "#3 Lisbon", "3 Lisbon"), not a title's ("3D-Druck").
_PRINTED_NUMBER = re.compile(r"\s*#?\s*(\d{1,3})(?:\s*[.):]|\s)")
_LEAST = 3


def _number(value: str | None) -> int | None:
    m = _NUMBER.fullmatch(value or "")
    return int(m.group(1)) if m else None


def _list_item_heading(meta: Element) -> Element | None:
    """The heading of the ListItem box ``meta`` (its ``position``) stands in."""
    box = meta.getparent()
    if box is None or not (box.get("itemtype") or "").rstrip("/").endswith("schema.org/ListItem"):
        return None
    return next(box.iter(*_HEADINGS), None)


def _draw(found: Iterable[tuple[Element, int]]) -> None:
    pairs = list(found)
    nums = [n for _, n in pairs]
    if len(pairs) < _LEAST or nums not in (list(range(1, len(nums) + 1)), list(range(len(nums), 0, -1))):
        return
    if any((m := _PRINTED_NUMBER.match(heading.text_content() or "")) and int(m.group(1)) == n for heading, n in pairs):
        return  # the headings print their numbers ("101 Dalmatians" as entry 58 is a title's)
    for heading, n in pairs:
        heading.text = f"{n}. " + (heading.text or "").lstrip()


def draw_markup_numbers(positions: list[Element], numbered: list[Element]) -> None:
    """Write the entries' numbers given by ``positions`` (the page's ``<meta itemprop=
    "position">`` elements) and by ``numbered`` (its headings carrying a number attribute),
    both in document order, into the tree (see the module's docstring)."""
    if positions:
        listed = [(h, n) for meta in positions
                  if (h := _list_item_heading(meta)) is not None and (n := _number(meta.get("content"))) is not None]
        _draw(listed)
    for attr in NUMBER_ATTRIBUTES if len(numbered) >= _LEAST else ():
        found = [h for h in numbered if h.get(attr) is not None]
        _draw((h, n) for h in found if (n := _number(h.get(attr))) is not None)
