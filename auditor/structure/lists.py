"""Items set as HTML lists: an ordered list (or one-item lists in a row, or lists that
go on with the next number), an ordered list its lead-in counts, the one bulleted list
of exactly the promised entries, and the paragraphs an entry holds. A table of contents
(every entry a link to an anchor on the page) is none of them.

The functions here are pure: they read the blocks :func:`auditor.structure.blocks.blocks`
made and return candidates (:class:`auditor.structure.blocks.Cand`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from auditor.model import Document, ListItem
from auditor.structure.blocks import Block, Cand, bold_title, lead_words, title_of
from auditor.structure.shapes import MIN_SHARE
from auditor.text.readability import word_equivalents
from auditor.text.segment import word_count


def list_cand(b: Block, li: ListItem, i: int, bl: Sequence[Block] = ()) -> Cand:
    """An ordered list's item ``li`` (block ``i``) as an item: its first sentence (or
    first words) for a title, the rest for its body. An entry whose text sits in
    paragraphs of its own (``<li><p>…</p></li>``, as loose Markdown lists and editors
    write them) takes its title from the first of them."""
    text = li.text
    if not text.strip() and bl:
        inner = li_paragraphs(bl, i)
        text = bl[inner[0]].text if inner else ""
    title, _ = title_of(text, limit=12)
    heading = title or lead_words(text, 12)[0]
    marker = f"{li.number}." if li.number is not None else ""
    body = max(0, word_count(text) - word_count(heading)) if title else word_count(text)
    bold = bold_title(text, li.lead if text is li.text else 0)
    if bold and heading.startswith(bold) and len(heading) > len(bold):
        # "<li><b>Lisbon</b><br>Lisbon rewards…</li>", "1. **Lisbon**  ⏎ Lisbon rewards…": the bold
        # run titles the entry; its first sentence ran on into the text.
        heading, body = bold, word_count(text[li.lead:])
    if not li.text.strip():
        body = 0  # the paragraphs are the item's body, counted as blocks after it
    return Cand(b.pos, li.number, heading, marker, "ordered-list", 0, i, body)


def li_paragraphs(bl: Sequence[Block], i: int) -> list[int]:
    """The paragraphs inside list entry ``bl[i]``: those before the list's next entry (a
    list holds nothing but entries); after its last entry, as many as each other entry
    holds, when every one holds the same number."""
    li = bl[i].obj
    assert isinstance(li, ListItem)

    def inside(k: int) -> tuple[list[int], bool]:
        """Paragraphs after entry ``k``, and whether the list's next entry ends them."""
        out: list[int] = []
        for j in range(k + 1, len(bl)):
            nxt = bl[j].obj
            if isinstance(nxt, ListItem) and nxt.list_index == li.list_index and nxt.depth == li.depth:
                return out, True
            if bl[j].kind == "heading" or (isinstance(nxt, ListItem) and nxt.depth <= li.depth):
                return [], False  # a heading or another list: no way to tell where the entry ended
            if bl[j].kind == "paragraph":
                out.append(j)
        return [], False

    own, closed = inside(i)
    if closed:
        return own
    if li.end is not None:
        # Where the source tells where the entry ends: the paragraphs it wraps (the list's
        # last entry; an entry alone in its list, as when each section holds its own <ol>).
        return [j for j in range(i + 1, _end_block(bl, i, li.end)) if bl[j].kind == "paragraph"]
    # The list's last entry (or one cut off): judge by its siblings.
    siblings = [j for j in range(i) if isinstance(sib := bl[j].obj, ListItem)
                and sib.list_index == li.list_index and sib.depth == li.depth]
    counts = {len(got) if ok else -1 for got, ok in map(inside, siblings)}
    if len(counts) != 1 or min(counts) <= 0:
        return []
    m = counts.pop()
    tail: list[int] = []
    for j in range(i + 1, len(bl)):
        if bl[j].kind != "paragraph" or len(tail) == m:
            break
        tail.append(j)
    return tail if len(tail) == m else []


def _end_block(bl: Sequence[Block], i: int, end: tuple[int, int]) -> int:
    """Index of the first block after ``bl[i]`` at or past source position ``end`` (the
    entry's last inner block + 1). A heading or a nested list's entry inside ends nothing."""
    j = i + 1
    while j < len(bl) and bl[j].pos < end:
        j += 1
    return j


def counted_list(doc: Document, bl: Sequence[Block], start: int, skip: set[int]) -> list[Cand]:
    """An ordered list its lead-in counts: a heading, or a paragraph ending in ':', that
    names N ("10 Tipps für innere Zufriedenheit:") right before a list of exactly N
    items (a heading: with the lists after it in its section, :func:`_lists_under`). The
    lead-in promises what the headline did not."""
    from auditor.structure.numbers import headline_number

    for k in range(start, len(bl) - 1):
        b, first = bl[k], bl[k + 1].obj
        if k in skip or not isinstance(first, ListItem) or not first.ordered or first.depth != 1:
            continue
        if b.kind != "heading" and not (b.kind == "paragraph" and b.text.rstrip().endswith(":")):
            continue
        n, at_least = headline_number(b.text, doc.lang)
        if n is None or n < 3 or at_least:
            continue
        run = [(j, li) for j in range(k + 1, len(bl))
               if isinstance(li := bl[j].obj, ListItem) and li.list_index == first.list_index and li.depth == 1]
        if len(run) < n and b.kind == "heading":
            run = _lists_under(bl, k, run)
        if len(run) == n:
            return [list_cand(bl[j], li, j, bl) for j, li in run]
    return []


def _lists_under(bl: Sequence[Block], k: int, run: list[tuple[int, ListItem]]) -> list[tuple[int, ListItem]]:
    """``run`` (the list right under heading ``bl[k]``) with the ordered lists after it in the
    heading's section, when every entry is titled over paragraphs of its own: a how-to
    block split by a box of its fourth entry's ("<h3>Healthy Game Day Dip</h3>"), its last
    step in a list of its own. ``run`` alone when any entry is no such entry."""
    more = list(run)
    for j in range(run[-1][0] + 1, len(bl)):
        b = bl[j]
        if b.kind == "heading" and b.level <= bl[k].level:
            break
        li = b.obj
        if isinstance(li, ListItem) and li.depth == 1:
            if not li.ordered:
                break
            more.append((j, li))
    if all(titled_entry(bl, j) for j, _ in more):
        return more
    return run


def sectioned_bullets(bl: Sequence[Block], start: int, skip: set[int], least: int) -> list[Cand]:
    """:func:`sectioned_list` for a bulleted list: the body's one bulleted list of ``least``
    or more entries, every one titled over paragraphs of its own (Markdown's loose list,
    `- **Lisbon**` over its text; ProseMirror's `<ul><li><p><strong>…</strong></p><p>…`), when
    it is most of the body's words: the entries, unnumbered, also when one holds a bold
    line of its own ("Need help crunching the numbers?"). Points hold no paragraphs."""
    runs = [run for run in _bulleted_lists(bl, start, skip)
            if len(run) >= least and all(titled_entry(bl, k) for k in run)]
    if len(runs) != 1:
        return []
    run = runs[0]
    if sum(_entry_words(bl, k) for k in run) < MIN_SHARE * _body_words(bl, start, skip):
        return []
    return _unnumbered(bl, run)


def _bulleted_lists(bl: Sequence[Block], start: int, skip: set[int]) -> list[list[int]]:
    """The blocks of each top-level bulleted list from ``start`` on, list by list."""
    lists: dict[int, list[int]] = {}
    for k in range(start, len(bl)):
        li = bl[k].obj
        if k not in skip and isinstance(li, ListItem) and not li.ordered and li.depth == 1:
            lists.setdefault(li.list_index, []).append(k)
    return list(lists.values())


def _unnumbered(bl: Sequence[Block], run: list[int]) -> list[Cand]:
    """The list items ``run`` as entries without a number (a bulleted list's)."""
    out = []
    for k in run:
        li = bl[k].obj
        assert isinstance(li, ListItem)
        out.append(replace(list_cand(bl[k], li, k, bl), number=None, marker=""))
    return out


def _entry_words(bl: Sequence[Block], k: int) -> int:
    """Words of list item ``bl[k]`` with the paragraphs it holds."""
    return word_equivalents(bl[k].text) + sum(word_equivalents(bl[j].text) for j in li_paragraphs(bl, k))


def _body_words(bl: Sequence[Block], start: int, skip: set[int]) -> int:
    """Words of the body from ``start`` on, headings and skipped blocks aside."""
    return sum(word_equivalents(bl[k].text) for k in range(start, len(bl)) if k not in skip and bl[k].kind != "heading")


def titled_entry(bl: Sequence[Block], j: int) -> bool:
    """Whether list entry ``bl[j]`` is titled over paragraphs of its own: its own line over
    them (Yoast's how-to step), or its first paragraph a short title over the others
    (ProseMirror's and Tiptap's `<li><p><strong>Lisbon</strong></p><p>…</p></li>`). A loose
    Markdown list's one paragraph each is no such entry."""
    own = li_paragraphs(bl, j)
    if bl[j].text.strip():
        return bool(own)
    if len(own) < 2:
        return False
    title = bl[own[0]].text.strip()
    return 0 < word_count(title) <= _ENTRY_TITLE_WORDS and not title.endswith((".", ",", ";"))


# What may stand before a contents entry's link: its number ("3.", "3.1", "#2", "(4)").
_CONTENTS_NUMBER = re.compile(r"[\d.#()\s\-–]*")


def contents_lists(doc: Document) -> frozenset[int]:
    """The lists that are a table of contents (Easy Table of Contents, Rank Math's and
    newsrooms' "Inhaltsverzeichnis" boxes, a Notion or Google Docs export's outline): every
    entry is a link to an anchor on this page ("#was-ist-montessori-spielzeug"), its words
    the link's alone (a number before them at most). Such a list repeats the titles of
    the entries it jumps to; it is never the entries themselves."""
    last = _CONTENTS[0]
    if last[0] is doc.links and last[1] is doc.list_items:
        return last[2]  # asked again for the same body (ordered_lists runs several times a page)
    jumps = {" ".join(a.text.split()) for a in doc.links if a.href and a.href.startswith("#") and len(a.href) > 1}
    jumps.discard("")
    out: set[int] = set()
    if jumps:
        by_list: dict[int, list[str]] = {}
        for li in doc.list_items:
            by_list.setdefault(li.list_index, []).append(" ".join(li.text.split()))
        out = {index for index, texts in by_list.items() if len(texts) >= 3 and all(_jumps(t, jumps) for t in texts)}
    _CONTENTS[0] = (doc.links, doc.list_items, frozenset(out))
    return _CONTENTS[0][2]


def _jumps(text: str, jumps: set[str]) -> bool:
    """Whether ``text`` is one of ``jumps`` (a jump link's words), a number before it at most."""
    return any(text[k:] in jumps and _CONTENTS_NUMBER.fullmatch(text[:k]) is not None
               for k in range(min(len(text), _CONTENTS_PREFIX) + 1))


# The longest number a contents entry's words may follow ("12.3.4 ").
_CONTENTS_PREFIX = 12
# The last body asked about and its contents lists (links, list items, answer).
_CONTENTS: list[tuple[object, object, frozenset[int]]] = [((), (), frozenset())]


def ordered_lists(doc: Document, bl: Sequence[Block], start: int, skip: set[int], least: int = 3,
                  chained: int = 3) -> list[list[Cand]]:
    """The body's ordered lists of ``least`` entries or more (lists split by an ad or
    going on with the count joined), and a chain of ``chained`` one-item lists or more as one."""
    lists: dict[int, list[Cand]] = {}
    contents = contents_lists(doc)
    lifted = _boxed_one_item_lists(doc)
    for i in range(start, len(bl)):
        b = bl[i]
        if b.kind != "list" or i in skip:
            continue
        li = b.obj
        assert isinstance(li, ListItem)
        if not li.ordered or (li.depth != 1 and li.list_index not in lifted) or li.list_index in contents:
            continue
        lists.setdefault(li.list_index, []).append(list_cand(b, li, i, bl))
    # A list under a label of the page's own notes ("Key takeaways", "How we chose",
    # "Sources") is never the list of entries, nor joined to it, unless it is as long as
    # the headline promises ("5 takeaways" under "Key takeaways").
    notes = [v for v in lists.values() if _noted(bl, v[0].block) and len(v) != doc.headline_number]
    out = [v for v in _adjacent(bl, _continued([v for v in lists.values() if v not in notes])) if len(v) >= least]
    # One-item <ol>s in a row ("1." ten times, each list restarting the browser's
    # counter): one list of items that the page failed to number.
    chain: list[Cand] = []
    # Lists already joined above by their printed numbers ("start=2" after "start=1": Google
    # Docs' export) are that list, not a chain besides it.
    joined = {c.block for v in out for c in v}
    for v in lists.values():
        if len(v) != 1 or v[0].block in joined:
            continue
        if chain and any(bl[k].kind == "heading" for k in range(chain[-1].block + 1, v[0].block)):
            if len(chain) >= chained:
                out.append(chain)
            chain = []
        chain.append(replace(v[0], number=None, marker=""))
    if len(chain) >= chained:
        out.append(chain)
    return out


def _boxed_one_item_lists(doc: Document) -> frozenset[int]:
    """One-item ordered lists each inside an entry of an outer list that has no words of its
    own, only boxes (a slideshow's ``<ul>`` of slides, each ``<li class="slide">`` holding
    the title an editor pasted from Google Docs, ``<ol class="lst-kix_…" start="3">``, and
    paragraphs), numbered on from one to the next: the outer entry is a box, the title
    list is as good as top level."""
    sizes: dict[int, int] = {}
    for li in doc.list_items:
        sizes[li.list_index] = sizes.get(li.list_index, 0) + 1
    out: list[ListItem] = []
    boxed = False
    for li in doc.list_items:
        if li.depth == 1:
            boxed = not li.text.strip()
        elif li.depth == 2 and boxed and li.ordered and sizes[li.list_index] == 1:
            out.append(li)
    # Only titles numbered on from one to the next ("start=2" after "start=1"), as the export
    # writes them: one-item lists each restarting at 1 inside the slides are the slides' own.
    if len(out) < 2 or [li.number for li in out] != list(range(1, len(out) + 1)):
        return frozenset()
    return frozenset(li.list_index for li in out)


def _noted(bl: Sequence[Block], first: int) -> bool:
    """Whether the block right before a list's first entry is a label of the page's notes
    (:data:`labels.METHOD`), a colon or not."""
    from auditor.structure.labels import METHOD

    k = first - 1
    label = bl[k].text.strip().rstrip(":：").strip() if k >= 0 and bl[k].kind != "list" else ""
    return bool(label) and METHOD().match(label) is not None


def _adjacent(bl: Sequence[Block], lists: list[list[Cand]]) -> list[list[Cand]]:
    """Ordered lists one right after the other joined (an <ol> of four, an ad slot, an <ol>
    of three: a CMS splitting the list for the ad): one list, numbered as printed (the
    restart is reported). Nothing may stand between them but the first one's last
    entry's own paragraphs or a label of three words or fewer ("Advertisement")."""
    out: list[list[Cand]] = []
    for v in lists:
        if out and len(out[-1]) >= 2 and len(v) >= 2:
            last = out[-1][-1].block
            own = set(li_paragraphs(bl, last))
            between = [k for k in range(last + 1, v[0].block) if k not in own]
            # An empty heading (an editor's spacer, "<h1> </h1>") parts nothing a reader sees.
            if all((bl[k].kind != "heading" or not bl[k].text.strip()) and word_count(bl[k].text) <= 3
                   for k in between):
                out[-1] = out[-1] + v
                continue
        out.append(v)
    return out


def _continued(lists: list[list[Cand]]) -> list[list[Cand]]:
    """Ordered lists joined where one goes on with the next number (``<ol start="5">``
    after an ad or a picture split 1–4 from 5–7): one list, as the reader counts it."""
    out: list[list[Cand]] = []
    for v in lists:
        prev = out[-1][-1].number if out else None
        if prev is not None and prev >= 1 and v[0].number == prev + 1 and v[0].number > 1:
            out[-1] = out[-1] + v
        else:
            out.append(v)
    return out


def sections_of_one_list(bl: Sequence[Block], lists: list[list[Cand]], promised: int | None) -> list[Cand]:
    """One list set as an ordered list per section ("<h2>In Europe</h2><ol>4 entries</ol>
    <h2>Further afield</h2><ol>3 entries</ol>", each list restarting at 1; ``lists`` of two
    entries or more): all of it when every entry is titled over text of its own
    ("<strong>Lisbon</strong> — Lisbon rewards…", or paragraphs inside the entry: Yoast's
    how-to block per section) and the lists together hold exactly the promised entries, or (a count the
    page does not keep, or none) each list stands right under a heading of its own.
    Ingredients then steps are no such list: an ingredient is a few words, no text after."""
    if len(lists) < 2 or not all(c.extra_words > 0 or _titled(bl[c.block].text) or titled_entry(bl, c.block)
                                 for v in lists for c in v):
        return []
    if sum(len(v) for v in lists) == promised or all(bl[v[0].block - 1].kind == "heading" for v in lists):
        return [c for v in lists for c in v]
    return []


# A list shorter than three entries is the headline's only when it holds this share of the
# body's words, or titles its entries: the same share a numbered run needs not to be an aside.
_SHORT_LIST_SHARE = 1 / 3


def short_ordered_list(doc: Document, bl: Sequence[Block], start: int, skip: set[int], promised: int) -> list[Cand]:
    """The body's one ordered list of two or more entries, under a headline promising
    exactly as many and fewer than three ("2 Ways to Save on Groceries" over an ``<ol>``
    of two, or two entries each alone in an ``<ol>`` of its own, as slides or sections set
    them): its entries, when each says something (a few words) and is titled ("<strong>Plan
    meals.</strong> We…", "Lisbon — …", paragraphs of its own) or the list holds a third of
    the body's words. Three and more are :func:`ordered_lists`' own; any other ordered list
    on the page makes which one the headline means a guess, and a story's two steps among
    its paragraphs are neither titled nor much of it."""
    if promised >= 3:
        return []
    found = ordered_lists(doc, bl, start, skip, 2, chained=2)
    if len(found) != 1 or len(found[0]) != promised:
        return []
    run = found[0]
    if _section_titles(bl, run):
        return run  # a title may be short: its section's text follows it
    if any(_entry_words(bl, c.block) < _MIN_BULLET_WORDS for c in run):
        return []
    if all(c.extra_words > 0 or _titled(bl[c.block].text) or titled_entry(bl, c.block) for c in run):
        return run
    listed = sum(_entry_words(bl, c.block) for c in run)
    return run if listed >= _SHORT_LIST_SHARE * _body_words(bl, start, skip) else []


def _section_titles(bl: Sequence[Block], run: list[Cand]) -> bool:
    """Whether each entry of ``run`` is alone in its own list and titles the paragraph right
    after it: Google Docs' export of numbered section titles (each ``<ol class="lst-kix_…"
    start="2">`` of one entry, the section's text in ``<p>``s after it)."""
    indexes = {li.list_index for c in run if isinstance(li := bl[c.block].obj, ListItem)}
    if len(indexes) != len(run):
        return False
    for c in run:
        title, j = bl[c.block].text.strip(), c.block + 1
        if not 0 < word_count(title) <= _ENTRY_TITLE_WORDS or title.endswith((".", ",", ";", ":")):
            return False
        if j >= len(bl) or bl[j].kind != "paragraph" or word_count(bl[j].text) < _SECTION_WORDS:
            return False
    return True


# The paragraph a section title stands over says something: a sentence at least.
_SECTION_WORDS = 8


def _titled(text: str) -> bool:
    """Whether a list entry opens with a short title set off by a dash ("Lisbon — …")."""
    head, dash, rest = text.partition(" — ")
    if not dash:
        head, dash, rest = text.partition(" – ")
    return bool(dash) and 1 <= word_count(head) <= 8 and word_count(rest) >= 5


# A bulleted entry says something: a few words at least (a tag cloud's or a menu's
# entries are one or two).
_MIN_BULLET_WORDS = 4


def bulleted_list(bl: Sequence[Block], start: int, skip: set[int], promised: int) -> list[Cand]:
    """The one bulleted list of exactly ``promised`` entries, each a few words or more
    ("• **Sauna Island**: the one that…" five times under "5 spots") or after a lead-in
    ending in ':': the items, when no other shape counted them. Empty when none or
    several lists fit."""
    lists: dict[int, list[int]] = {}
    for k in range(start, len(bl)):
        li = bl[k].obj
        if k not in skip and isinstance(li, ListItem) and not li.ordered and li.depth == 1:
            lists.setdefault(li.list_index, []).append(k)

    def size(k: int) -> int:
        return word_count(bl[k].text) + sum(word_count(bl[j].text) for j in li_paragraphs(bl, k))

    def introduced(run: list[int]) -> bool:
        """A lead-in ending in ':' right before the list ("Our seven cities:"): then even
        names alone are its entries."""
        prev = bl[run[0] - 1] if run[0] > start else None
        return prev is not None and prev.kind in ("paragraph", "heading") and prev.text.rstrip().endswith(":")

    fits = [run for run in lists.values() if len(run) == promised
            and (all(size(k) >= _MIN_BULLET_WORDS for k in run) or introduced(run))]
    if len(fits) != 1:
        return []
    out = []
    for k in fits[0]:
        li = bl[k].obj
        assert isinstance(li, ListItem)
        out.append(replace(list_cand(bl[k], li, k, bl), number=None, marker=""))
    return out


def sole_ordered_list(doc: Document, bl: Sequence[Block], start: int, skip: set[int]) -> list[Cand]:
    """The body's one ordered list of three or more entries, under a headline that names a
    list ("Estas son las marcas…" over an ``<ol>`` of eleven brands). None when there are
    several: then which one the headline means is a guess."""
    found = ordered_lists(doc, bl, start, skip)
    return found[0] if len(found) == 1 else []


def sole_bulleted_list(bl: Sequence[Block], start: int, skip: set[int], least: int) -> list[Cand]:
    """The body's one bulleted list of ``least`` or more entries of a few words each, under
    a headline that names a list, when the list is most of the body's words ("Gift Guide:
    …" over "• **Ember Mug 2** – keeps coffee hot…" seven times): its entries. A story's
    list of points among its paragraphs is no such list."""
    runs = [run for run in _bulleted_lists(bl, start, skip) if len(run) >= least]
    if len(runs) != 1 or any(word_equivalents(bl[k].text) < _MIN_BULLET_WORDS for k in runs[0]):
        return []
    run = runs[0]
    if sum(word_equivalents(bl[k].text) for k in run) < MIN_SHARE * _body_words(bl, start, skip):
        return []
    return _unnumbered(bl, run)



# An entry's title in its list item: a title or a sentence as headings write them (24
# words at most, as a title box's: "If you're vegan or vegetarian, you could fill in…"),
# its text in paragraphs of its own.
_ENTRY_TITLE_WORDS = 24


def sectioned_list(doc: Document, bl: Sequence[Block], start: int, skip: set[int], least: int) -> list[Cand]:
    """The body's one ordered list of ``least`` or more entries that each hold a title and
    paragraphs of their own, when it is most of the body's words: the article's numbered
    entries set as list items (Yoast's how-to block, `<ol class="schema-how-to-steps"><li><strong
    class="schema-how-to-step-name">…</strong> <p>…`; themes that number entries with an `<ol>`
    of headings and their text), numbered by the browser. A list of short steps holds no
    paragraphs and stays a list."""
    if not any(li.ordered for li in doc.list_items):
        return []
    found = []
    for run in ordered_lists(doc, bl, start, skip):
        if len(run) < least or any(word_count(bl[c.block].text) > _ENTRY_TITLE_WORDS for c in run):
            continue
        inner = [li_paragraphs(bl, c.block) for c in run]
        if not all(inner[:-1]):
            continue  # an entry with no text of its own: steps, not entries
        words = sum(word_equivalents(bl[c.block].text) + sum(word_equivalents(bl[k].text) for k in own)
                    for c, own in zip(run, inner))
        if words >= MIN_SHARE * _body_words(bl, start, skip):
            found.append(run)
    return found[0] if len(found) == 1 else []
