"""Capital letters as item markers: "A. Amsterdam", "B. Berlin", "C. Copenhagen".

Alphabetised guides and outlines letter their entries as others number them (the A-to-Z
guides of travel and food sections, a report's "A. …" / "B. …" sections). A letter alone
proves nothing: "A. Yes, it is" answers a "Q." in an FAQ, "A. Paris" is one choice of a
quiz question's four. So letters are read as markers only in a document whose titles of one
kind (headings of one level, or paragraphs and their lines) hold a single run from "A."
through at least "C." and no second "A." of that kind: an FAQ's answers and a quiz's
options start again at "A" each time.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from auditor.model import Document
from auditor.structure.markers import Grammar

_MIN_RUN = 3


def _letter(text: str) -> str:
    """The capital letter ``text`` opens with as a marker ("B. Berlin", "B) Berlin"), else ""."""
    t = text.lstrip()
    if len(t) < 4 or not ("A" <= t[0] <= "Z") or t[1] not in ".)" or not t[2].isspace():
        return ""
    rest = t[3:].lstrip(" \"'“‘«„")
    return t[0] if rest[:1].isalpha() and not rest[:1].islower() else ""


def _titles(doc: Document) -> Iterator[tuple[object, str]]:
    from auditor.structure.blocks import para_lines

    for h in doc.headings:
        yield ("heading", h.level), h.text
    for p in doc.paragraphs:
        if p.text[1:2] in (".", ")") or p.breaks:
            for line in para_lines(p):
                yield "paragraph", line


def lettered(doc: Document) -> bool:
    """Whether ``doc`` letters one run of its titles "A.", "B.", "C."… (module docstring)."""
    runs: dict[object, list[str]] = {}
    for kind, text in _titles(doc):
        letter = _letter(text)
        if letter:
            runs.setdefault(kind, []).append(letter)
    for letters in runs.values():
        if letters.count("A") != 1:
            continue
        start = letters.index("A")
        run = letters[start:start + _MIN_RUN]
        if run == ["A", "B", "C"][:len(run)] and len(run) == _MIN_RUN:
            return True
    return False


def with_letters(grammar: Grammar, doc: Document) -> Grammar:
    """``grammar`` reading capital letters as markers when ``doc`` letters its entries."""
    return replace(grammar, letters=True) if lettered(doc) else grammar
