"""Candidates that outnumber the headline's promise, cut down to it for a reason the page
shows: a run of exactly N entries inside the article, entries set as pairs, a template's
label repeated under the items, or a numbered 1..N followed by a second list.

A page that promises six often shows more than six candidates of the items' shape: the
six item headings plus the site's teaser headings after the story, or two headings per
item (a name and a "Where: …" line under it). The reader takes exactly N only when the
page's structure sets them apart: a section break around a run of exactly N, or a
pattern repeating once per item. Candidates that merely outnumber the promise, with
nothing setting N of them apart, stay as they are: a real mismatch is never hidden.
(The one window of N sections built alike is :func:`auditor.structure.shapes.parallel_window`.)

The functions here are pure: they read the blocks :func:`auditor.structure.blocks.blocks`
made and the candidates' block indices, and return the indices kept (empty: no fit).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from auditor.text.lazyre import lazy_pattern

if TYPE_CHECKING:
    from auditor.structure.blocks import Block


def has_text(bl: Sequence[Block], a: int, b: int) -> bool:
    """Whether a block of text (not a heading) stands between blocks ``a`` and ``b``."""
    return any(bl[k].kind != "heading" and bl[k].text.strip() for k in range(a + 1, b))


# A picture's credit line set as a paragraph ("Foto: Hotel Bareiss", "© Jane Doe"): no text
# of the entry's own.
_CREDIT = lazy_pattern(r"^\s*(?:©|\(c\)|(?:fotos?|bild(?:er)?|photos?|image|credits?|quelle|source|fuente|crédit)\b)", re.I)


def _credit_only(bl: Sequence[Block], a: int, b: int) -> bool:
    """Whether only picture credits (short, "Foto: …") stand between blocks ``a`` and ``b``."""
    return all(bl[k].kind == "heading" or not bl[k].text.strip()
               or (_CREDIT().match(bl[k].text) is not None and len(bl[k].text.split()) <= 10) for k in range(a + 1, b))


def _prose(bl: Sequence[Block], a: int, b: int) -> bool:
    """Whether a paragraph stands between blocks ``a`` and ``b``."""
    return any(bl[k].kind == "paragraph" and bl[k].text.strip() for k in range(a + 1, b))


def _next_heading(bl: Sequence[Block], k: int) -> int:
    return next((j for j in range(k + 1, len(bl)) if bl[j].kind == "heading"), len(bl))


def _bodied(bl: Sequence[Block], run: Sequence[int]) -> bool:
    """Every title in ``run`` has text under it (a teaser heading alone has none)."""
    return all(has_text(bl, k, run[n + 1] if n + 1 < len(run) else _next_heading(bl, k))
               for n, k in enumerate(run))


def runs(bl: Sequence[Block], titles: Sequence[int], skip: set[int], frame: re.Pattern[str]) -> list[list[int]]:
    """``titles`` (block indices in order) split where a section break stands between
    two of them: a heading above the titles' level (any heading, for paragraph titles),
    a framing heading ("Conclusion", "FAQ"), or a related-stories zone."""
    out: list[list[int]] = []
    for k in titles:
        if out:
            prev = out[-1][-1]
            level = bl[prev].level if bl[prev].kind == "heading" else 7
            broken = any(
                j in skip or (bl[j].kind == "heading" and (bl[j].level < level or frame.match(bl[j].text)))
                for j in range(prev + 1, k)
            )
            if not broken:
                out[-1].append(k)
                continue
        out.append([k])
    return out


def exact_run(bl: Sequence[Block], titles: Sequence[int], promised: int, skip: set[int],
              frame: re.Pattern[str]) -> list[int]:
    """The run of exactly ``promised`` titles that a section break sets apart from the
    other candidates: the only such run, else the first whose titles all have text
    under them (teasers after the story are bare titles). Not a run after one of half
    the promise or more: that earlier run is the list, short of its promise, and the
    run of N after it the site's teasers."""
    split = runs(bl, titles, skip, frame)
    found = [n for n, r in enumerate(split) if len(r) == promised]
    if len(found) != 1:
        found = [n for n in found if _bodied(bl, split[n])][:1]
    if not found or any(2 * len(r) >= promised for r in split[: found[0]]):
        return []
    return split[found[0]]


_WORD = lazy_pattern(r"[^\W\d_]+")


def _label(text: str) -> str:
    """What a title's template would repeat: the text before a colon ("Where: …",
    "Adresse: …"), else its first word."""
    head, colon, _ = text.partition(":")
    if colon and 0 < len(head.split()) <= 3:
        return head.strip().casefold()
    m = _WORD().search(text)
    return m.group().casefold() if m else ""


def _shared_label(texts: Sequence[str]) -> bool:
    labels = {_label(t) for t in texts}
    return len(labels) == 1 and "" not in labels


def paired(bl: Sequence[Block], titles: Sequence[int], texts: Sequence[str], promised: int,
           pictures: Sequence[tuple[int, int]] = ()) -> list[int]:
    """Two titles per item, 2 × ``promised`` in all: each item's name directly followed
    by a second title (nothing between them, text after the pair), each name's text
    followed by a second title over a fact box (a list or nothing, no paragraph), or
    every second title a template's line ("Where: …", "Opening hours …") that the names
    do not share. With text under both titles, the pair shows in what alternates: each name
    a link, or a picture right before it, or a template's heading (a class) where the
    second is the writer's, or a short name over a longer tagline; never its second
    title. ``pictures``: the body's pictures, as (line, column). The item is the pair;
    its first title names it."""
    if promised < 2 or len(titles) != 2 * promised:
        return []
    firsts, seconds = list(titles[0::2]), list(titles[1::2])
    ends = [*firsts[1:], _next_heading(bl, seconds[-1])]
    if all(_credit_only(bl, a, b) and has_text(bl, b, e) for a, b, e in zip(firsts, seconds, ends)):
        return firsts  # nothing between a name and its subtitle but the picture's credit
    # Each name's text, then a fact box ("Details": a list, or nothing); the last box may
    # run on into the article's closing text.
    if all(_prose(bl, a, b) for a, b in zip(firsts, seconds)) \
            and not any(_prose(bl, b, e) for b, e in zip(seconds[:-1], ends[:-1])):
        return firsts
    if alternates(bl, firsts, seconds, pictures):
        return firsts
    first_texts, second_texts = list(texts[0::2]), list(texts[1::2])
    if _shared_label(second_texts) and not _shared_label(first_texts):
        return firsts
    if _shared_label(first_texts) and not _shared_label(second_texts):
        return seconds
    return []


def labelled_half(texts: Sequence[str]) -> int | None:
    """Which half of titles set in pairs names the entries, when the other half is one
    template label ("Ember Mug" then "Our verdict on the Ember", six times): 0 for the
    firsts, 1 for the seconds; None when neither half alone shares a label."""
    if len(texts) < 4 or len(texts) % 2:
        return None
    firsts, seconds = list(texts[0::2]), list(texts[1::2])
    if _shared_label(seconds) and not _shared_label(firsts):
        return 0
    if _shared_label(firsts) and not _shared_label(seconds):
        return 1
    return None


def alternates(bl: Sequence[Block], firsts: Sequence[int], seconds: Sequence[int],
               pictures: Sequence[tuple[int, int]], markup_only: bool = False) -> bool:
    """Whether the pairs show in what alternates (see :func:`paired`): each first title
    has a mark no second title has, or each second one no first has (a link, a picture
    beside it, a template's class, a digit, a sentence's end), or
    every first is shorter than every second, in its own words or in the text under it
    (a name over an address line, then a tagline over the entry's text). ``markup_only``:
    the marks the markup sets alone (a link, a picture, a class), where no promise backs
    the pairing."""
    def pictured(k: int) -> bool:
        lo = bl[k - 1].pos if k > 0 else (0, 0)
        hi = bl[k + 1].pos if k + 1 < len(bl) else (1 << 30, 0)
        return any(lo < p < hi for p in pictures)

    def marked(test: Callable[[int], bool]) -> bool:
        """Every first title has the mark and no second, or every second and no first."""
        return all(test(a) and not test(b) for a, b in zip(firsts, seconds)) \
            or all(test(b) and not test(a) for a, b in zip(firsts, seconds))

    marks: list[Callable[[int], bool]] = [
        lambda k: bool(getattr(bl[k].obj, "has_link", False)), pictured,
        lambda k: bool(getattr(bl[k].obj, "templated", False)),
    ]
    if not markup_only:
        marks += [
            lambda k: any(c.isdigit() for c in bl[k].text),  # an address, a price, a year under a name
            lambda k: bl[k].text.rstrip().endswith((".", "!", "?", "…")),  # a tagline that is a sentence
        ]
    if any(marked(m) for m in marks):
        return True
    if markup_only:
        return False
    titles = [len(bl[k].text.split()) for k in firsts], [len(bl[k].text.split()) for k in seconds]
    if max(titles[0]) < min(titles[1]):
        return True
    ends = [*firsts[1:], _next_heading(bl, seconds[-1])]
    under = ([_words_between(bl, a, b) for a, b in zip(firsts, seconds)],
             [_words_between(bl, b, e) for b, e in zip(seconds[:-1], ends[:-1])])  # the last runs on
    return max(under[0]) < min(under[1])


def _words_between(bl: Sequence[Block], a: int, b: int) -> int:
    return sum(len(bl[k].text.split()) for k in range(a + 1, b) if bl[k].kind != "heading")


def numbered_prefix(numbers: Sequence[int | None], promised: int) -> int:
    """How many leading candidates to keep when the first ``promised`` are numbered
    1..N (or N..1) and the next one starts counting afresh: a second list after the
    promised one ("Most read: 1. …"), not more items. 0 when there is no such prefix:
    "1..6, 8" under a promise of six is a list that skips 7, not six items and a stray."""
    if promised < 2 or len(numbers) <= promised:
        return 0
    head = list(numbers[:promised])
    nxt = numbers[promised]
    if nxt is None:
        return 0
    if head == list(range(1, promised + 1)) and nxt == 1:
        return promised
    if head == list(range(promised, 0, -1)) and (nxt == 1 or nxt >= promised):
        return promised  # a countdown, then a list counting up from 1 or down again
    return 0


def without_label(texts: Sequence[str], promised: int) -> list[int]:
    """Positions in ``texts`` left when the titles sharing one template label ("Opening
    hours …", "Where: …", "Price:") are left out, when exactly ``promised`` remain: a
    template's line under most items, not more items. Empty when no single label does
    it, or more than one would."""
    groups: dict[str, list[int]] = {}
    for n, text in enumerate(texts):
        groups.setdefault(_label(text), []).append(n)
    fits = [g for label, g in groups.items()
            if label and 2 <= len(g) < len(texts) and len(texts) - len(g) == promised]
    if len(fits) != 1:
        return []
    drop = set(fits[0])
    return [n for n in range(len(texts)) if n not in drop]
