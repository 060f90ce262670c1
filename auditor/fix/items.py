"""Adapter: the listicle items' numbers and source positions, as the fixers need them.

Today the model carries them as ``Document.items`` (each with ``line``, ``column``,
``number``, ``style``) and the section breaks come from
``auditor.structure.listicle.section_break_between``; when listicle facts move, only
this module changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.model import Document


@dataclass(frozen=True, slots=True)
class NumberedItem:
    number: int  # the number the reader sees
    line: int  # 1-based source line of the item's heading or list line
    column: int
    style: str  # "heading", "paragraph", "ordered-list"


def numbered_sections(doc: Document) -> list[list[NumberedItem]]:
    """The numbered items in runs that should count 1..N on their own: numbering may
    restart under a new section heading ("Babies #1 #2 · Toddlers #1 #2")."""
    from auditor.structure.listicle import section_break_between

    items = [i for i in doc.items if i.number is not None]
    sections: list[list[NumberedItem]] = []
    previous = None
    for item in items:
        entry = NumberedItem(int(item.number or 0), item.line, item.column, item.style)
        restart = previous is not None and item.number is not None and previous.number is not None and (
            item.number <= previous.number and section_break_between(doc, previous, item)
        )
        if not sections or restart:
            sections.append([])
        sections[-1].append(entry)
        previous = item
    return sections


def headline_promise(doc: Document) -> tuple[int, int, bool] | None:
    """(number, headline line, "at least") of the headline's count, None without one."""
    if doc.headline_number is None:
        return None
    return doc.headline_number, doc.headline_line, doc.headline_number_at_least


def item_count(doc: Document) -> int:
    return len(doc.items)
