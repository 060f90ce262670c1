"""Where each item's body ends: at the next item, a heading at or above its level, the
end of its list entry, a closing paragraph ("In conclusion…"), or, for the last item,
where it would outgrow three typical items. What follows the last closes the article.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from auditor.model import Document, ListItem
from auditor.structure.blocks import Block, Cand
from auditor.structure.labels import CLOSING
from auditor.structure.lists import li_paragraphs
from auditor.text import stats
from auditor.text.segment import word_count


def body_end(bl: Sequence[Block], c: Cand, stop: int, skip: set[int], item_blocks: set[int], last: bool,
              typical: float) -> int:
    """Index of the first block after item ``c``'s body, which runs at most to ``stop``.
    The last item also ends before a closing paragraph ("In conclusion…", "Honorable
    mentions:") and, when it would grow past three typical items, once it has a typical
    item's worth of text: the rest closes the article rather than belonging to it."""
    total = c.extra_words
    inner = set(li_paragraphs(bl, c.block)) if c.style == "ordered-list" and isinstance(bl[c.block].obj, ListItem) \
        else set()
    for k in range(c.block + 1, stop):
        b = bl[k]
        if k in skip or k in item_blocks:
            return k
        if b.kind == "heading":
            if c.style != "heading" or b.level <= c.level:
                return k
            continue
        if c.style == "ordered-list" and k not in inner:
            li = b.obj
            if not isinstance(li, ListItem) or li.depth == 1:
                return k  # only nested list items and the entry's own paragraphs belong to it
        if last and k > c.block + 1 and b.kind == "paragraph" and CLOSING.match(b.text):
            return k
        if last and typical and total >= typical and b.kind != "list":
            rest = sum(word_count(x.text) for x in bl[k:stop] if x.kind != "heading")
            if total + rest > 3 * typical and total + rest >= 150:
                return k
        total += word_count(b.text)
    return stop


def one_block_items(chosen: Sequence[Cand]) -> bool:
    """Run-in paragraph items that follow one another directly ("**1. Apple** shares…",
    "**2. Microsoft**…", "**ACHIY** – …"): each item is its own paragraph and nothing else.
    (Items read as paragraphs, as :func:`section_end` sees them through ``Item.style``.)"""
    return _one_block_run([c.style for c in chosen], [c.block for c in chosen])


def _one_block_run(styles: Sequence[str], starts: Sequence[int]) -> bool:
    if len(starts) < 3 or any(s not in ("paragraph", "caps") for s in styles):
        return False
    return all(b == a + 1 for a, b in zip(starts, starts[1:]))


def item_words(bl: Sequence[Block], chosen: list[Cand], skip: set[int]) -> list[int]:
    """Words between each item's title and the next item or section break."""
    out: list[int] = []
    item_blocks = {c.block for c in chosen}
    for n, c in enumerate(chosen):
        if c.style == "line":
            out.append(0)
            continue
        last = n + 1 == len(chosen)
        stop = len(bl) if last else chosen[n + 1].block
        if last and one_block_items(chosen):
            stop = c.block + 1  # each item is one paragraph: what follows the last closes the article
        typical = stats.median(out) if last and out else 0.0
        end = body_end(bl, c, stop, skip, item_blocks, last, typical)
        out.append(c.extra_words + sum(word_count(bl[k].text) for k in range(c.block + 1, end)
                                       if bl[k].kind != "heading"))
    return out


def section_end(doc: Document, bl: Sequence[Block], skip: set[int]) -> int:
    """Index of the first block after the last item's section: a heading at or above the
    item's level, the end of the list for list items, a closing paragraph, or where a
    last item would outgrow three typical items. What follows closes the article."""
    if not doc.items:
        return len(bl)
    last = doc.items[-1]
    pos = (last.line, last.column)
    positions = [b.pos for b in bl]
    k = bisect_left(positions, pos)
    style = {"heading": "heading", "ordered-list": "ordered-list"}.get(last.style, "paragraph")
    cand = Cand(pos, last.number, last.heading, last.marker, style, last.level, k)
    typical = stats.median(i.words for i in doc.items[:-1]) if len(doc.items) > 1 else 0.0
    starts = [bisect_left(positions, (i.line, i.column)) for i in doc.items]
    # one_block_items over the items read back as candidates of the last one's style.
    if _one_block_run([style] * len(starts), starts):
        return k + 1
    return body_end(bl, cand, len(bl), skip, set(), True, typical)
