"""A list that ends where it starts: a road trip's or a walk's stops from "Lisbon" round to
"Lisbon", the first and the last entry titled alike. Doubled, that title reads as a
template's label (labels.template_labels) and both entries were lost."""

from __future__ import annotations

from collections.abc import Sequence

from auditor.structure.blocks import Block
from auditor.structure.labels import EXTRAS, FRAME, MEDIA_LABEL
from auditor.text.cues import RELATED_PREFIX
from auditor.text.segment import word_count

_LEAST = 5  # headings at the level, the two alike included: fewer are no run to judge by


def _frame(text: str) -> bool:
    return bool(FRAME().match(text) or EXTRAS().match(text) or MEDIA_LABEL().match(text) or RELATED_PREFIX.match(text))


def round_trips(bl: Sequence[Block], at: Sequence[int], keys: Sequence[str]) -> set[str]:
    """The label keys (``keys[n]`` of the heading at ``bl[at[n]]``) that title the first and
    the last of a run of headings at one level, the others in it all different (frame
    headings before or after it aside: "Conclusion", "Related"), each of the two over a
    section at least half the shortest of the others': a round trip's entries, no label.
    A heading repeated between the entries ("Advertisement") is never first and last."""
    out: set[str] = set()
    for level in {bl[i].level for i in at}:
        run = [n for n, i in enumerate(at) if bl[i].level == level]
        while run and _frame(bl[at[run[0]]].text):
            run.pop(0)
        while run and _frame(bl[at[run[-1]]].text):
            run.pop()
        texts = [keys[n] for n in run]
        if len(run) < _LEAST or texts[0] != texts[-1] or len(set(texts)) != len(texts) - 1:
            continue
        sizes = [_section(bl, at[n], level) for n in run]
        if 2 * min(sizes[0], sizes[-1]) >= min(sizes[1:-1]) > 0:
            out.add(texts[0])
    return out


def _section(bl: Sequence[Block], title: int, level: int) -> int:
    """The words under heading ``bl[title]``, to the next heading at its level or above."""
    words = 0
    for b in bl[title + 1:]:
        if b.kind == "heading" and b.level <= level:
            break
        if b.kind != "heading":
            words += word_count(b.text)
    return words
