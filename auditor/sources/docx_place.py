"""How a position in a ``.docx`` is written: ``¶14 (under "3. Go big")``.

A ``.docx`` has no lines: a finding's ``line`` is the paragraph number (¶N, counted
as Word's Show/Hide ¶ shows them). A number alone is hard to find in a long draft,
so every output adds the headings the paragraph sits under, outermost first,
the headline left out (every paragraph is under it). Kept apart from the parser so
writers import nothing heavy.
"""

from __future__ import annotations

from auditor.model import Document

SEPARATOR = " › "
_CAP = 48  # characters of each heading shown


def paragraph_label(line: int) -> str:
    return f"¶{line}"


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _CAP else flat[: _CAP - 1].rstrip() + "…"


def heading_path(doc: Document | None, paragraph: int) -> tuple[str, ...]:
    """The headings paragraph ``paragraph`` sits under, outermost first: each heading
    before it closes those of its level and below. A heading's own path is its
    parents'. Empty without a document (or before the first heading)."""
    if doc is None or doc.format != "docx":
        return ()
    stack: list[tuple[int, str]] = []
    for h in sorted(doc.headings, key=lambda h: h.line):
        if h.line > paragraph:
            break
        if h.line == doc.headline_line and h.text == doc.headline:
            continue  # the headline: every paragraph is under it
        while stack and stack[-1][0] >= h.level:
            stack.pop()
        if h.line == paragraph:
            break  # the heading itself: under its parents
        stack.append((h.level, _short(h.text)))
    return tuple(text for _level, text in stack if text)


def place(doc: Document | None, paragraph: int) -> str:
    """``¶14 (under "Tips › 3. Go big")``, or ``¶14`` before any heading."""
    path = heading_path(doc, paragraph)
    label = paragraph_label(paragraph)
    return f'{label} (under "{SEPARATOR.join(path)}")' if path else label
