"""What is settled about the candidates once a shape has chosen them: the numbers their
titles print without a marker ("1 Lisbon", a number badge glued to the title), the
list shown twice counted once (a summary of the titles, a mobile copy), and each
entry's title without its number."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from auditor.model import Document
from auditor.structure.blocks import Block, Cand, item_title
from auditor.structure.extent import item_words
from auditor.structure.markers import bare_number, counts_down, parse_marker
from auditor.text.lazyre import lazy_pattern


def entry_title(c: Cand) -> str:
    """The item's title without its number ("2 Kindle Paperwhite" → "Kindle Paperwhite",
    a number the list's count made a marker)."""
    title = item_title(c.heading)
    if title == c.heading and c.marker and c.heading.lstrip().startswith(c.marker):
        return c.heading.lstrip()[len(c.marker):].strip() or title
    return title


# A bare number opening a title, spaced ("1 Lisbon") or set in its own element right
# before it, which leaves it glued to the title's text ("<span class=num>1</span>Lisbon").
_OPENING_NUMBER = lazy_pattern(r"^\s*0*(\d{1,3})(\s*)(?=[^\W\d_])")


def printed_numbers(chosen: list[Cand]) -> list[Cand]:
    """``chosen`` numbered by the bare numbers their titles open with, when none has a
    marker of its own and those numbers count 1..N or N..1 (N ≥ 3) down the page: the
    numbers a reader sees. Glued to the title, the title must go on with a capital or an
    uncased letter ("1Lisbon", "2東京"): "3D printers" or "4x4 trucks" are no such run."""
    if len(chosen) < 3 or any(c.number is not None for c in chosen):
        return chosen
    nums: list[int] = []
    markers: list[str] = []
    for c in chosen:
        m = _OPENING_NUMBER().match(c.heading)
        if m is None or (not m.group(2) and c.heading[m.end()].islower()):
            return _marked(chosen)
        nums.append(int(m.group(1)))
        markers.append(m.group(0).strip())
    if nums not in (list(range(1, len(nums) + 1)), list(range(len(nums), 0, -1))):
        return chosen
    return [replace(c, number=n, marker=mk) for c, n, mk in zip(chosen, nums, markers)]


# A number picture's alt: "1", "#1", "Number 1", "Nummer 1", "número 1".
_NUMBER_ALT = lazy_pattern(r"^\s*(?:number|nummer|num[ée]ro|n[uú]mero|nr\.?)\s+(?=\d)", re.I)


def _drawn(doc: Document) -> list[tuple[tuple[int, int], int]]:
    """The body's pictures of a number, as (position, number)."""
    return [((im.line, im.column), n) for im in doc.images
            if im.alt and (n := bare_number(_NUMBER_ALT().sub("", im.alt))) is not None]


def drawn_badges(doc: Document, bl: list[Block]) -> list[Block]:
    """``bl`` with each unnumbered heading that a picture of a number stands right before
    or inside ("<p><img alt='No.1'></p><h2>Lisbon</h2>", "<h3><img alt='1'> Lisbon</h3>")
    read as opening with that number ("1. Lisbon"), when three or more such headings count
    1..N or N..1 down the page: the numbers a reader sees, drawn; ``bl`` itself otherwise."""
    drawn = _drawn(doc)
    if len(drawn) < 3:
        return bl
    # Each picture numbers the heading right after it, else the one it stands inside (or right under).
    starts = [b.pos for b in bl]
    owners: dict[int, list[int]] = {}
    for at, n in drawn:
        j = bisect_right(starts, at)
        k = j if j < len(bl) and bl[j].kind == "heading" else j - 1
        if 0 <= k < len(bl) and bl[k].kind == "heading":
            owners.setdefault(k, []).append(n)
    found = {k: ns[0] for k, ns in owners.items()
             if len(ns) == 1 and bl[k].text.strip() and parse_marker(bl[k].text, plain=True) is None}
    if not counts_down(list(found.values())):
        return bl
    return [replace(b, text=f"{found[k]}. {b.text}") if k in found else b for k, b in enumerate(bl)]


# A number glued to its heading's text by the markup ("<h2><span class=num>1</span>Lisbon</h2>"
# reads "1Lisbon", "9<span>3-D Scanners</span>" reads "93-D Scanners"): digits, then no space.
_GLUED = re.compile(r"^\s*(\d{1,4})(?=[^\s\d.):])")


def glued_badges(bl: list[Block]) -> list[Block]:
    """``bl`` with the numbers glued to the start of headings of one level read as markers
    ("1Lisbon" → "1. Lisbon") when three or more such headings, and every heading of that
    level opening so, count 1..N or N..1 down the page; the number read is the one the
    count expects of the digits ("93-D Scanners" after 8 is 9, "3-D Scanners"): a reader
    sees the badge apart from the title. Not before lower case ("1password" is a name).
    ``bl`` itself otherwise."""
    by_level: dict[int, list[tuple[int, str]]] = {}
    for k, b in enumerate(bl):
        m = _GLUED.match(b.text) if b.kind == "heading" else None
        # Lower case going on is a name's ("1password", "3dsmax"), as printed_numbers reads it.
        if m is not None and not b.text[m.end()].islower() and parse_marker(b.text, plain=True) is None:
            by_level.setdefault(b.level, []).append((k, m.group(1)))
    for glued in by_level.values():
        ks, digits = [k for k, _ in glued], [d for _, d in glued]
        for want in ([1 + n for n in range(len(ks))], [len(ks) - n for n in range(len(ks))], _restarting(digits)):
            if len(ks) >= 3 and all(d.startswith(str(w)) for d, w in zip(digits, want)) and counts_down(want):
                found = dict(zip(ks, want))
                return [replace(b, text=f"{found[k]}. {b.text.lstrip()[len(str(found[k])):]}") if k in found else b
                        for k, b in enumerate(bl)]
    return bl


def _restarting(digits: list[str]) -> list[int]:
    """The numbers glued ``digits`` read when they count up and restart at 1 under each section:
    the next number where the digits open with it, else 1."""
    want: list[int] = []
    for d in digits:
        want.append(want[-1] + 1 if want and d.startswith(str(want[-1] + 1)) else 1)
    return want


def pictured_numbers(doc: Document, bl: Sequence[Block], chosen: list[Cand]) -> list[Cand]:
    """``chosen`` numbered by the pictures of digits a theme sets before or inside each title
    ("<img src=number-1.png alt='1'>", alt "Number 1"), when none has a number of its own,
    each has one such picture between the block before it and the block after it, and
    their numbers count 1..N or N..1 (N ≥ 3): the numbers a reader sees, drawn."""
    if len(chosen) < 3 or any(c.number is not None for c in chosen):
        return chosen
    drawn = _drawn(doc)
    if len(drawn) < len(chosen):
        return chosen
    nums: list[int] = []
    for c in chosen:
        lo = bl[c.block - 1].pos if c.block > 0 else (0, 0)
        hi = bl[c.block + 1].pos if c.block + 1 < len(bl) else (1 << 30, 0)
        near = [n for at, n in drawn if lo < at < hi]
        if len(near) != 1:
            return chosen
        nums.append(near[0])
    if not counts_down(nums):
        return chosen
    return [replace(c, number=n, marker=str(n)) for c, n in zip(chosen, nums)]


def _marked(chosen: list[Cand]) -> list[Cand]:
    """``chosen`` numbered by the markers their titles open with ("1/7 Lisbon", "No. 3 –
    Porto") when a shape without numbers of its own chose them (a picture's caption, a
    title box) and those numbers count 1..N or N..1 down the page."""
    found = [parse_marker(c.heading, plain=True) for c in chosen]
    nums = [m.number for m in found if m is not None]
    if len(nums) != len(chosen) or nums not in (list(range(1, len(nums) + 1)), list(range(len(nums), 0, -1))):
        return chosen
    return [replace(c, number=m.number, marker=m.marker) for c, m in zip(chosen, found) if m is not None]


def _keys(cands: Sequence[Cand]) -> list[str]:
    return [" ".join(entry_title(c).split()).casefold() for c in cands]


def shown_once(bl: Sequence[Block], chosen: list[Cand], skip: set[int]) -> list[Cand]:
    """``chosen`` once when it is the list twice: three or more distinct titles, then the
    same titles in the same order (a summary "at a glance" over the entries, or a mobile
    copy of them after, at the same level as the entries): the copy with more text."""
    half = len(chosen) // 2
    if half < 3 or len(chosen) % 2:
        return chosen
    keys = _keys(chosen)
    if keys[:half] != keys[half:] or len(set(keys[:half])) != half:
        return chosen
    first, second = chosen[:half], chosen[half:]
    return first if sum(item_words(bl, first, skip)) >= sum(item_words(bl, second, skip)) else second


def headed_copy(bl: Sequence[Block], chosen: list[Cand], skip: set[int]) -> list[Cand]:
    """The headed entries that ``chosen`` only summarises, else ``chosen``: a ranking or
    comparison table's rows, or an "at a glance" list, of three or more distinct titles,
    then each title again as a heading of one level after it, in the same order and as
    many ("1 | Alpha lamp | $20" … then "<h2>Alpha lamp</h2>" and its text). The entries'
    text is under the headings; the summary repeats their names."""
    if len(chosen) < 3 or chosen[0].style == "heading":
        return chosen
    keys = _keys(chosen)
    if len(set(keys)) != len(keys):
        return chosen
    by_level: dict[int, list[Cand]] = {}
    for k in range(chosen[-1].block + 1, len(bl)):
        b = bl[k]
        if b.kind == "heading" and k not in skip:
            by_level.setdefault(b.level, []).append(Cand(b.pos, None, b.text, "", "heading", b.level, k))
    for heads in by_level.values():
        if _keys(heads) == keys:
            return heads
    return chosen


def one_copy(bl: Sequence[Block], runs: list[list[Cand]], skip: set[int]) -> list[list[Cand]]:
    """Numbered runs without the thinner of two that carry the same three or more titles
    in order (the list "at a glance", then the entries), within one run (numbered 1..N
    twice) or as two: the copy with more text stays."""
    runs = [shown_once(bl, run, skip) for run in runs]
    if len(runs) < 2:
        return runs
    out: list[list[Cand]] = []
    for run in runs:
        twin = next((n for n, o in enumerate(out) if len(o) == len(run) >= 3 and _keys(o) == _keys(run)), None)
        if twin is None:
            out.append(run)
        elif sum(item_words(bl, run, skip)) > sum(item_words(bl, out[twin], skip)):
            out[twin] = run
    return out
