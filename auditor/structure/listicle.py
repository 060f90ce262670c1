"""Find the items of a listicle: "1. Flags of Freedom…", "#3 Steckturm", "<ol><li>…".

:func:`detect_items` is pure: it reads the blocks of a :class:`Document` (headings,
paragraphs, list items — each with its source position) and returns the items in
document order. Shapes, most confident first:

a. headings with a number marker at one level ("1.", "1)", "#1", "No. 1", "Step 3:",
   "①", "1位", "1º", "1/10", "3 of 10:", "IV.", "№1", "【1】", or a bare "2 Title" when
   such numbers count 1..N; a number badge before the heading, a picture of a number or a
   number glued to the title read into it, :mod:`auditor.structure.chosen`); numbered title
   paragraphs fill gaps, or go on past the last heading, when a page mixes the two;
   numbered sub-headings counting afresh under N higher headings make those the items;
b. numbered title paragraphs (``<p><strong>1. Title</strong></p>``) or numbered lines
   inside one paragraph ("01. Robert Plant<br>02. …"); bold ones counting 1..N win over
   plain numbered steps that start afresh inside each;
c. an ordered list of three or more items;
d. when the headline promises N: N unnumbered headings at one level, or N short
   ALL-CAPS or bold title paragraphs; else the run of headings at the most common level;
e. without a promise: an ordered list its lead-in counts ("10 Tipps:"), else five or more
   unnumbered headings, bold titles or bullet-led paragraphs opening parallel entries that
   make up the article (:mod:`auditor.structure.shapes`); three under a headline that
   names a list ("Gift Guide: …", "Where to eat in…"), pictured entries among them.

With a promise of N, more candidates than N are cut to the N the page sets apart
(:mod:`auditor.structure.fit`); paragraphs opening alike ("For your …") or the one
bulleted list of exactly N count when nothing else does. Numbered ``<dt>``, numbered
``<figcaption>`` and ranking-table rows reach this module as paragraphs carrying their numbers
(:mod:`auditor.sources.html.walk`, :mod:`auditor.sources.html.titles`).

Runs of items after an "Also read" / "Related" marker never count, nor does a table of
contents (a list of links to the page's own anchors, :func:`lists.contents_lists`); a
ranking table or "at a glance" list whose titles come again as headings after it gives way
to those headings (:func:`chosen.headed_copy`). Positions are compared as (line, column)
so one-line HTML pages still order correctly.

This module chooses among the shapes; each shape lives in its own module:
:mod:`~auditor.structure.blocks` (the blocks read and the candidate),
:mod:`~auditor.structure.numbered` (a), b)), :mod:`~auditor.structure.lists` (c), HTML
lists), :mod:`~auditor.structure.entries` (d)), :mod:`~auditor.structure.parallel` (e)),
:mod:`~auditor.structure.extent` (where each item's body ends),
:mod:`~auditor.structure.labels` (the section labels they read) and
:mod:`~auditor.structure.chosen` (numbers printed in titles, a list shown twice).

With a promise no shape keeps, the entries are read as under a headline naming a list
(a count the page does not keep still has its entries counted).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from auditor.model import Document, Heading, Item, ListItem
from auditor.structure.blocks import Block, Cand, blocks, lead_words, read_body, related_zones, title_of
from auditor.structure.chosen import (
    drawn_badges, entry_title, glued_badges, headed_copy, one_copy, pictured_numbers, printed_numbers, shown_once,
)
from auditor.structure.entries import (
    captioned_pictures, line_titles, pictured_entries, priced_names, quoted_entries, quoted_run, symbol_runs,
    title_paragraphs, unnumbered,
)
from auditor.structure.continued import continued
from auditor.structure.extent import item_words, section_end
from auditor.structure.labels import FRAME
from auditor.structure.lists import (
    counted_list, ordered_lists, sectioned_bullets, sectioned_list, sections_of_one_list, short_ordered_list,
    sole_bulleted_list, sole_ordered_list,
)
# The item-number grammar lives in auditor.structure.markers; re-exported for callers.
from auditor.structure.markers import Marker, bare_number, parse_marker
from auditor.structure.numbered import (
    candidates, closing_entry, cut_extras, fill_gaps, fill_levels, grouped, numbered_runs, numbered_within,
    counts_in_order, outer_numbering, pick_run, same_label, separated, steps_within,
)
from auditor.structure.parallel import parallel_bold, parallel_headings
from auditor.structure.shapes import LIST_BAR, MIN_SHARE, NAMED_BAR
from auditor.text.segment import word_count, words  # word tokens (numbers are not words); re-exported for checks

__all__ = [
    "Block", "Marker", "bare_number", "blocks", "detect_items", "parse_marker", "read_body", "related_zones",
    "section_break_between", "section_end", "with_items", "words",
]


def _body_start(doc: Document, bl: Sequence[Block]) -> int:
    """Index of the first block after the headline heading (0 when none is found)."""
    if doc.headline_heading is not None and doc.headline_heading < len(doc.headings):
        own = doc.headings[doc.headline_heading]  # decided once (structure.facts.headline_heading)
        for i, b in enumerate(bl):
            if b.obj is own:
                return i + 1
    for i, b in enumerate(bl):
        if b.kind == "heading" and doc.headline and b.text == doc.headline and b.pos[0] == doc.headline_line:
            return i + 1
    for i, b in enumerate(bl):
        if b.kind == "heading" and doc.headline and b.text == doc.headline:
            return i + 1
    return 0


def _choose(doc: Document, bl: Sequence[Block], start: int, skip: set[int]) -> list[Cand]:
    promised, at_least = doc.headline_number, doc.headline_number_at_least
    cands = candidates(doc, bl, start, skip)
    heads = cands["heading"]
    if heads:
        by_level = Counter(c.level for c in heads)
        level = min(by_level, key=lambda lv: (-by_level[lv], lv))
        exact = [lv for lv in by_level if by_level[lv] == promised] if promised else []
        level = min(exact) if exact else _counting_level(heads, level)
        if by_level[level] >= 2:
            chosen = fill_levels(same_label([c for c in heads if c.level == level]), heads)
            chosen = fill_gaps(chosen, cands["paragraph"])
            runs = one_copy(bl, numbered_runs(bl, chosen, level), skip)
            picked = cut_extras(bl, pick_run(runs, promised, at_least), promised, at_least)
            if promised and len(picked) < promised:
                picked = (grouped(bl, picked, promised, skip) or closing_entry(bl, picked, promised, skip)
                          or continued(bl, picked, promised, skip)
                          or numbered_within(bl, runs, promised, skip) or steps_within(bl, runs, skip) or picked)
            elif not _keeps(doc, picked):
                picked = steps_within(bl, runs, skip) or picked
            return _numbered_aside(doc, bl, start, skip, cands, picked)
    paras = outer_numbering(bl, same_label(cands["paragraph"])) if cands["paragraph"] else []
    if len(paras) >= 3:
        picked = cut_extras(bl, pick_run(numbered_runs(bl, paras, 0), promised, at_least), promised, at_least)
        if promised and len(picked) < promised:
            picked = closing_entry(bl, picked, promised, skip) or picked
        return _numbered_aside(doc, bl, start, skip, cands, picked)
    # An ordered list is the listicle only when the headline promises a count:
    # elsewhere it is just steps or a leftover "Most popular" widget.
    # An eleventh entry set as a bonus ("<li><strong>Bonus tip.</strong>…") is no entry of "10 tips".
    ordered = [cut_extras(bl, o, promised, at_least) for o in ordered_lists(doc, bl, start, skip)] if promised else []
    pictures = [(im.line, im.column) for im in doc.images if not im.decorative]
    if ordered and promised:
        counting = [o for o in ordered if len(o) == promised]
        if not counting and (parts := sections_of_one_list(bl, ordered_lists(doc, bl, start, skip, 2), promised)):
            return parts
        best = counting[0] if counting else max(ordered, key=len)
        if len(counting) == 1 or len(ordered) < 2:
            return best if counting else _numbered_aside(doc, bl, start, skip, cands, best, share=False)
        # Steps in every entry ("<h2>Lisbon</h2> … <ol>3 steps</ol>" seven times): the
        # lists are the entries' content, the headings over them the items (also when the
        # steps happen to number the promise: several lists then count it).
        headed = unnumbered(bl, start, skip, promised, [], [], [], pictures)
        if _holds_lists(headed, ordered):
            return headed
        return best if counting else _numbered_aside(doc, bl, start, skip, cands, best, share=False)
    if promised:
        return (unnumbered(bl, start, skip, promised, cands["caps"], cands["leads"], cands["bold"], pictures,
                           cands["symbol"])
                or captioned_pictures(doc, bl, start, promised) or pictured_entries(doc, bl, start, promised)
                or quoted_entries(bl, start, skip, promised)
                or short_ordered_list(doc, bl, start, skip, promised)
                # A count the page does not keep: its entries are read as under a headline
                # that names a list, so "9 cities" over seven entries counts seven, not none
                # (pictures each over a paragraph only at the count: any story has those).
                or _uncounted(doc, bl, start, skip, cands, named=True, pictured=False))
    named = _names_list(doc)
    return _uncounted(doc, bl, start, skip, cands, named=named, pictured=named)


def _counting_level(heads: Sequence[Cand], level: int) -> int:
    """``level``, or the one level of numbered headings counting 1..N (N ≥ 3) down the page
    when ``level``'s numbers repeat: "1. Lisbon" … "7. Hobart" as <h2>s, each over "1.
    Where to stay", "2. What to eat" as <h3>s. The steps are the more, the entries the list."""
    def nums(lv: int) -> list[int | None]:
        return [c.number for c in heads if c.level == lv]

    if len(set(nums(level))) == len(nums(level)):
        return level
    counting = [lv for lv in {c.level for c in heads}
                if lv != level and len(nums(lv)) >= 3 and counts_in_order(nums(lv))]
    return counting[0] if len(counting) == 1 else level


def _keeps(doc: Document, picked: Sequence[Cand]) -> bool:
    promised = doc.headline_number
    return bool(promised) and (len(picked) >= (promised or 0) if doc.headline_number_at_least
                               else len(picked) == promised)


# A numbered run holding less than this share of the body's words is an aside of the
# article ("How we chose: 1. … 2. … 3. …", the steps of one entry), not its list.
_ASIDE_SHARE = 1 / 3


def _numbered_aside(doc: Document, bl: Sequence[Block], start: int, skip: set[int], cands: dict[str, list[Cand]],
                    picked: list[Cand], share: bool = True) -> list[Cand]:
    """``picked`` (numbered headings, paragraphs or an ordered list), or the article's
    unnumbered entries when the numbered run does not keep the promise, holds little of
    the body (``share``) and is an aside: under a frame's heading or label ("How we
    chose", "Key takeaways") or inside one of the entries (its steps). The entries: those
    that keep the count, or parallel entries that outnumber the run (:func:`_entries_beside`)."""
    if not picked or _keeps(doc, picked):
        return picked
    titles = len(cands["bold"]) + sum(1 for b in bl[start:] if b.kind == "heading")
    if not doc.headline_number and titles <= len(picked):
        return picked  # no entries beside the run could outnumber it (the common case: a numbered list)
    if share:
        body = sum(word_count(b.text) for k, b in enumerate(bl) if k >= start and k not in skip and b.kind != "heading")
        if sum(item_words(bl, picked, skip)) + sum(word_count(c.heading) for c in picked) >= _ASIDE_SHARE * body:
            return picked
    entries = _entries_beside(doc, bl, start, skip, cands, picked)
    if not entries:
        return picked
    aside = _framed(bl, picked) or _inside_one(entries, picked) \
        or (picked[-1].block < entries[0].block and _all_titles(bl, start, skip, cands, entries))
    return entries if aside else picked


def _all_titles(bl: Sequence[Block], start: int, skip: set[int], cands: dict[str, list[Cand]],
                entries: Sequence[Cand]) -> bool:
    """Whether ``entries`` are every title of their kind in the body (all the headings of
    their level, frames aside, or all the bold titles): the page's own entries, not some
    of its sections fitted to a count. Then a numbered run in the introduction is an
    aside ("Before you go: 1. … 2. … 3. …")."""
    if entries[0].style == "heading":
        level = entries[0].level
        found = [k for k in range(start, len(bl)) if k not in skip and bl[k].kind == "heading"
                 and bl[k].level == level and not FRAME().match(bl[k].text)]
    else:
        found = [c.block for c in cands["bold"] if c.block not in skip]
    return found == [c.block for c in entries]


def _framed(bl: Sequence[Block], run: Sequence[Cand]) -> bool:
    """Whether a frame's heading or label stands right before ``run`` ("How we chose",
    "Key takeaways:"), or opens the paragraph its numbered lines are in."""
    first = run[0]
    if first.style == "line" and FRAME().match(bl[first.block].text):
        return True
    k = first.block - 1
    while k >= 0 and bl[k].kind == "list":
        k -= 1  # an ordered list's own earlier entries
    label = bl[k].text.strip().rstrip(":：").strip() if k >= 0 else ""
    return bool(label) and len(label.split()) <= 8 and FRAME().match(label) is not None


def _entries_beside(doc: Document, bl: Sequence[Block], start: int, skip: set[int], cands: dict[str, list[Cand]],
                    listed: Sequence[Cand]) -> list[Cand]:
    """The article's entries when an ordered list that does not count the promise stands
    beside them ("Key takeaways", "How we chose" in four steps, the steps of one entry):
    unnumbered entries (headings, bold titles…) that keep the count or outnumber the list,
    or parallel entries that do. Empty when the list is the better reading."""
    promised = doc.headline_number
    if promised:
        counting = [o for o in ordered_lists(doc, bl, start, skip) if len(o) == promised and o is not listed]
        if len(counting) == 1 and counting[0][0].block != listed[0].block:
            return counting[0]  # the ordered list that keeps the count, steps inside one of its entries
        pictures = [(im.line, im.column) for im in doc.images if not im.decorative]
        exact = unnumbered(bl, start, skip, promised, cands["caps"], cands["leads"], cands["bold"], pictures,
                           cands["symbol"])
        if len(exact) == promised or len(exact) > len(listed):
            return exact  # the count, or more entries than the run beside them
    bar = NAMED_BAR if promised or _names_list(doc) else LIST_BAR
    parallel = parallel_headings(bl, start, skip, bar) or parallel_bold(bl, start, skip, cands["bold"], bar)
    return parallel if len(parallel) > len(listed) else []


def _inside_one(entries: Sequence[Cand], inner: Sequence[Cand]) -> bool:
    """Whether every one of ``inner`` stands inside one and the same entry's section."""
    starts = [c.block for c in entries]
    where = {bisect_right(starts, c.block) for c in inner}
    return len(where) == 1 and 0 < min(where)


def _holds_lists(entries: Sequence[Cand], lists: Sequence[Sequence[Cand]]) -> bool:
    """Whether ``entries`` (headings, three or more) hold the ordered ``lists`` in their
    sections, two or more of the entries one each: lists inside entries, not the list."""
    if len(entries) < 3 or entries[0].style != "heading":
        return False
    starts = [c.block for c in entries]
    holding = {bisect_right(starts, lst[0].block) for lst in lists if lst[0].block > starts[0]}
    return len(holding) >= 2 and all(lst[0].block > starts[0] for lst in lists)


def _uncounted(doc: Document, bl: Sequence[Block], start: int, skip: set[int], cands: dict[str, list[Cand]],
               named: bool, pictured: bool) -> list[Cand]:
    """Entries read without a count to match: parallel headings, bold titles, typed
    bullets or title lines. A headline naming a list it does not count ("These Halloween
    Workouts") makes three parallel entries a list; elsewhere it takes five
    (:data:`shapes.MIN_ITEMS`). ``pictured``: pictures each over a paragraph count too."""
    bar = NAMED_BAR if named else LIST_BAR
    return (counted_list(doc, bl, start, skip) or sectioned_list(doc, bl, start, skip, bar.least)
            or sectioned_bullets(bl, start, skip, bar.least)
            or parallel_headings(bl, start, skip, bar)
            or parallel_bold(bl, start, skip, cands["bold"], bar)
            # Entries led by a typed bullet ("✅ Paris: …"), one symbol throughout.
            or parallel_bold(bl, start, skip, (symbol_runs(bl, cands["symbol"], skip) or [[]])[0], bar)
            # Title lines not in bold (an editor's short <p> or <div> over each entry's text).
            or parallel_bold(bl, start, skip, title_paragraphs(bl, start, skip), bar)
            or parallel_bold(bl, start, skip, line_titles(bl, start, skip), bar)
            or (sole_ordered_list(doc, bl, start, skip)
                or sections_of_one_list(bl, ordered_lists(doc, bl, start, skip, 2), None)
                or sole_bulleted_list(bl, start, skip, bar.least)
                or captioned_pictures(doc, bl, start, None)
                or (pictured_entries(doc, bl, start, None, skip) if pictured else [])
                or quoted_run(bl, start, skip, bar) or priced_names(bl, start, skip, bar.least) if named else []))


def _names_list(doc: Document) -> bool:
    from auditor.structure.numbers import names_list

    return bool(doc.headline) and names_list(doc.headline or "", doc.lang)


def _with_item_one(bl: Sequence[Block], start: int, chosen: list[Cand]) -> list[Cand]:
    """Item 1 when the page's headline was taken from it ("Tipp 1: …" as the first of seven
    H1s) and items 2… follow at its level, or when it is an ordered list's first item and
    items 2… follow as numbered paragraphs."""
    if chosen and chosen[0].number == 2 and chosen[0].style == "paragraph" and chosen[0].block > 0:
        # "<ol><li>First course</li></ol>" then "<p>2. …</p>": the browser numbers item 1.
        k = chosen[0].block - 1
        while k > 0 and bl[k].kind == "paragraph":
            k -= 1  # item 1's own text between its list item and "2."
        prev, li = bl[k], bl[k].obj
        if isinstance(li, ListItem) and li.ordered and li.number == 1 and li.depth == 1:
            title, rest = title_of(li.text, limit=12)
            return [Cand(prev.pos, 1, title or lead_words(li.text, 12)[0], "1.", "paragraph", 0, k, rest),
                    *chosen]
    if chosen and chosen[0].number == 2 and [c.number for c in chosen] == list(range(2, len(chosen) + 2)):
        one = _unnumbered_one(bl, start, chosen[0])
        if one is not None:
            return [one, *chosen]
    if not chosen or start == 0 or chosen[0].number != 2 or chosen[0].style != "heading":
        return chosen
    head = bl[start - 1]
    mk = parse_marker(head.text, plain=True) if head.kind == "heading" else None
    if mk is None or mk.number != 1 or head.level != chosen[0].level:
        return chosen
    return [Cand(head.pos, 1, head.text, mk.marker, "heading", head.level, start - 1), *chosen]


def _unnumbered_one(bl: Sequence[Block], start: int, two: Cand) -> Cand | None:
    """Item 1 printed without its number, the rest counting 2..N: the nearest title before
    "2." set as "2." is (a heading of its level, or a paragraph that is all bold title),
    below the headline, a short title with no number of its own. The number was drawn by
    the markup ("<h3><ol><li>My fears…</li></ol></h3>") or left off by the editor; the
    entry is there all the same."""
    for k in range(two.block - 1, start - 1, -1):
        b = bl[k]
        if two.style == "heading" and b.kind == "heading":
            title = b.level == two.level
        elif two.style == "paragraph" and b.kind == "paragraph":
            title = 0 < len(b.text) <= getattr(b.obj, "lead", 0)  # all of it bold: a title line
            if not title:
                continue  # item 1's own text
        else:
            if b.kind == "heading":
                return None  # another section's heading: no item 1 above
            continue
        if not title or parse_marker(b.text, plain=True) is not None or bare_number(b.text) is not None \
                or not 1 <= word_count(b.text) <= 15 or FRAME().match(b.text):
            return None
        return Cand(b.pos, None, b.text, "", two.style, b.level, k)
    return None


def detect_items(doc: Document) -> tuple[Item, ...]:
    """The listicle items of ``doc`` in document order (empty when none are found)."""
    bl, skip = read_body(doc)
    # The same blocks, numbers drawn as pictures or glued to the title read into their headings.
    bl = glued_badges(drawn_badges(doc, bl))
    start = _body_start(doc, bl)
    # A FAQ block's questions (Rank Math's, a theme's) after the entries are no entries of the
    # list; they are read as entries only when nothing else is (a Q&A set as a FAQ block).
    faq = {k for k, b in enumerate(bl) if isinstance(b.obj, Heading) and b.obj.faq}
    chosen = _choose(doc, bl, start, skip | faq)
    if not chosen and faq:
        chosen = _choose(doc, bl, start, skip)
    if not chosen and _asks_the_list(doc):
        return detect_items(replace(doc, paragraphs=tuple(sorted((*doc.paragraphs, *doc.asked),
                                                                 key=lambda p: (p.line, p.column))), asked=()))
    if not chosen and doc.headline_number and start > 0 and start >= len(bl) - 2:
        # The headline's heading closes the page (a second H1 repeating it after the
        # article): the items stand before it.
        chosen = _choose(doc, bl, 0, skip | {start - 1})
    chosen = headed_copy(bl, chosen, skip)
    chosen = shown_once(bl, pictured_numbers(doc, bl, printed_numbers(_with_item_one(bl, start, chosen))), skip)
    counts = item_words(bl, chosen, skip)
    return tuple(
        Item(
            number=c.number,
            heading=c.heading,
            line=c.pos[0],
            column=c.pos[1],
            words=n,
            style=_STYLES[c.style],
            marker=c.marker,
            level=c.level,
            title=entry_title(c),
        )
        for c, n in zip(chosen, counts)
    )


def _asks_the_list(doc: Document) -> bool:
    """Whether the questions set as terms over their answers (``doc.asked``) are the list the
    headline promises ("5 Questions to Ask Your Doctor" over five accordions): exactly as
    many, and they with their answers most of the body; or a comparison table's names, as
    many as promised (asked only when nothing else counts the promise). A FAQ block after a story is the
    story's appendix, whatever it counts."""
    if not doc.asked or len(doc.asked) != doc.headline_number or doc.headline_number_at_least:
        return False
    if all(p.cell for p in doc.asked):
        return True  # a comparison table's names, its rows the page's only list (html.compared)
    first = (doc.asked[0].line, doc.asked[0].column)
    texts = [(p.line, p.column, p.text) for p in (*doc.paragraphs, *doc.asked)]
    texts += [(li.line, li.column, li.text) for li in doc.list_items]
    body = sum(word_count(t) for _, _, t in texts)
    asked = sum(word_count(t) for line, column, t in texts if (line, column) >= first)
    return asked >= MIN_SHARE * body


_STYLES = {"heading": "heading", "ordered-list": "ordered-list", "paragraph": "paragraph", "line": "paragraph", "caps": "paragraph"}


def section_break_between(doc: Document, a: Item, b: Item) -> bool:
    """Whether a heading above the items' level (or an unnumbered one at it, or a
    lead-in paragraph ending in ':') stands between items ``a`` and ``b``: numbering
    may restart there ("Babies: #1 #2 · Toddlers: #1 #2")."""
    bl, _ = read_body(doc)
    ia = next((k for k, x in enumerate(bl) if x.pos >= (a.line, a.column)), 0)
    ib = next((k for k, x in enumerate(bl) if x.pos >= (b.line, b.column)), len(bl))
    ca = Cand((a.line, a.column), a.number, a.heading, a.marker, a.style, a.level, ia)
    cb = Cand((b.line, b.column), b.number, b.heading, b.marker, b.style, b.level, ib)
    return separated(bl, ca, cb, a.level)


def with_items(doc: Document) -> Document:
    """``doc`` with ``items`` and the listicle facts filled in (for tests and callers
    without finish())."""
    from auditor.structure.facts import listicle_facts

    doc = replace(doc, items=detect_items(doc))
    return replace(doc, listicle=listicle_facts(doc))
