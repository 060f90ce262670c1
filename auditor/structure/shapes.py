"""List shapes without printed numbers: runs of parallel sections.

A list whose items carry no number still shows its shape: the same kind of title
(headings of one level, or short bold title lines) opens each item, and every item is
built alike: a short body of one to a few blocks, all about the same length, with
nothing nested. A feature's subheadings differ: sections of uneven length, several
paragraphs each, subsections inside them, and much of the story outside them.

The functions here are pure: they read the blocks :func:`auditor.structure.listicle.blocks`
made and return block indices; the detector turns them into items.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from auditor.text.segment import words

if TYPE_CHECKING:
    from auditor.structure.listicle import Block

# An item's body: at most this many blocks (paragraphs, list items) under its title.
MAX_BLOCKS = 4
# ... and at most this many words: past it the sections are chapters, not entries.
MAX_WORDS = 400
# Items built alike: the spread of their lengths (standard deviation over mean).
MAX_SPREAD = 0.3
# The run is the article: its sections hold at least this share of the body's words.
MIN_SHARE = 0.6
# Without a count in the headline: three sections may be a story's beginning, middle and
# end ("Origins", "Decline", "Revival"); five or more parallel entries make a list.
MIN_ITEMS = 5


def _section_words(bl: Sequence[Block], title: int, stop: int) -> tuple[int, int] | None:
    """Blocks and words under the title at ``title`` up to ``stop``; None when a
    heading stands inside (a nested structure, not one entry)."""
    n = w = 0
    for k in range(title + 1, stop):
        b = bl[k]
        if b.kind == "heading":
            return None
        if b.text.strip():
            n += 1
            w += len(words(b.text))
    return n, w


def parallel_run(
    bl: Sequence[Block], titles: Sequence[int], end: int, body_words: int,
    own_words: Callable[[int], int] = lambda k: 0,
) -> bool:
    """Whether the titles at block indices ``titles`` (in order; the last section runs
    to ``end``) open parallel entries that make up the article. ``own_words``: body
    words a title's own block carries (a bold lead's paragraph)."""
    if len(titles) < MIN_ITEMS:
        return False
    sizes: list[int] = []
    counts: list[int] = []
    for n, t in enumerate(titles):
        stop = titles[n + 1] if n + 1 < len(titles) else end
        got = _section_words(bl, t, stop)
        if got is None:
            return False
        blocks_n, w = got
        w += own_words(t)
        if not w or (n + 1 < len(titles) and (blocks_n > MAX_BLOCKS or w > MAX_WORDS)):
            return False
        sizes.append(w)
        counts.append(blocks_n)
    inner = sizes[:-1]  # the last section may run on into the closing text
    if max(counts[:-1]) - min(counts[:-1]) > 1:
        return False  # one paragraph here, four there: sections of a story, not entries
    mean = statistics.mean(inner)
    if not mean or statistics.pstdev(inner) / mean > MAX_SPREAD:
        return False
    return sum(inner) + min(sizes[-1], max(inner)) >= MIN_SHARE * body_words
