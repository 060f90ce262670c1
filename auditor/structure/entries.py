"""Unnumbered entries when the headline promises N: N headings at one level (less a
framing or trailing one), N ALL-CAPS, run-in or bold titles, N paragraphs led by one
typed bullet ("✅ …"), N paragraphs opening alike, N short title lines (a shop's price
line between a name and its text looked past), N blocks of short lines, N titles set in
two ways (headings and bold paragraphs), N captioned or pictured entries, N quotations,
the one bulleted list of N; or exactly N of more candidates that the page sets apart
(:mod:`auditor.structure.fit`).

The functions here are pure: they read the blocks :func:`auditor.structure.blocks.blocks`
made and return candidates (:class:`auditor.structure.blocks.Cand`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from auditor.model import Document, Heading, Image, Paragraph
from auditor.structure.blocks import Block, Cand, Pos, lead_words, over_list, para_lines, title_of
from auditor.structure.fit import exact_run, labelled_half, paired, without_label
from auditor.structure.labels import (
    CAPTION, EXTRAS, FRAME, MEDIA_LABEL, NOTE_LABEL, label_keys, priced_name, question_frame, shop_line,
    template_labels,
)
from auditor.structure.lists import bulleted_list
from auditor.structure.markers import parse_marker
from auditor.structure.round_trip import round_trips
from auditor.structure.shapes import MIN_SHARE, Bar, framing_ends, one_label, parallel_leads, parallel_window
from auditor.text.readability import word_equivalents
from auditor.text.segment import word_count
from auditor.text.lazyre import lazy_pattern


def captioned_pictures(doc: Document, bl: Sequence[Block], start: int, promised: int | None) -> list[Cand]:
    """A picture-by-picture list: exactly ``promised`` pictures of the body carry a caption
    ("<figcaption><strong>Moon Decals</strong> Glow-in-the-dark…</figcaption>" under each
    slide of a gallery), distinct ones, and nothing else counts the promise (``None``:
    no count, under a headline that names a list: three or more, their captions most of
    the body's text, as a slideshow's are). The caption is the item: its first sentence
    or words its title, the rest its text."""
    if (promised is not None and promised < 3) or not bl or start >= len(bl):
        return []
    first = bl[start].pos
    shown = [im for im in doc.images if im.caption and not im.decorative and (im.line, im.column) >= first]
    captions = [" ".join((im.caption or "").split()) for im in shown]
    want = promised if promised is not None else max(len(shown), 3)
    if len(shown) != want or len(set(captions)) != want:
        return []
    if promised is None:
        own = sum(word_equivalents(c) for c in captions)
        rest = sum(word_equivalents(b.text) for b in bl[start:] if b.kind != "heading")
        if own < MIN_SHARE * (own + rest):
            return []  # pictures captioned in a story of its own
    out = []
    positions = [b.pos for b in bl]
    for im, text in zip(shown, captions):
        name = _caption_name(text)
        title, rest = (name, word_count(text) - word_count(name)) if name else title_of(text, limit=12)
        if not title:
            title, rest = lead_words(text, 8)
        k = bisect_left(positions, (im.line, im.column))
        out.append(Cand((im.line, im.column), None, title, "", "line", 0, min(k, len(bl) - 1), rest))
    return out


# The text under an entry's picture says something: a sentence at least.
_PICTURED_TEXT_WORDS = 8


def pictured_entries(doc: Document, bl: Sequence[Block], start: int, promised: int | None,
                     skip: AbstractSet[int] = frozenset()) -> list[Cand]:
    """Entries that open with their picture and no title of their own: exactly
    ``promised`` distinct pictures in the body (a lead picture before the first paragraph
    aside), each with a paragraph of text of its own after it before the next picture
    ("<img alt='Moon decals'><p>These glow…</p>" five times under "5 Nail Decals…"). The
    picture's caption or alt (a few words) or the text's first words title the entry.
    ``promised`` None: a headline that names a list without a count ("Gift Guide: …",
    "The Best Gifts for…"); then three pictures or more, their sections built alike and
    making up the article (:func:`shapes.parallel_run`)."""
    if (promised is not None and promised < 3) or start >= len(bl):
        return []
    first = bl[start].pos
    shown = [im for im in doc.images if not im.decorative and (im.line, im.column) >= first]
    positions = [b.pos for b in bl]
    at = [bisect_left(positions, (im.line, im.column)) for im in shown]
    want = promised if promised is not None else len(shown) - (len(shown) > 1 and at[0] == start)
    if len(shown) == want + 1 and at[0] == start:
        shown, at = shown[1:], at[1:]  # the lead picture under the headline, before any text
    if len(shown) != want or want < 3 or len({im.src or im.name for im in shown}) != want:
        return []
    out: list[Cand] = []
    for n, (im, k) in enumerate(zip(shown, at)):
        nxt = at[n + 1] if n + 1 < len(at) else len(bl)
        while k + 1 < nxt and bl[k].kind == "paragraph" and shop_line(bl[k].text):
            k += 1  # the product's price or button line, then its text
        if k >= nxt or bl[k].kind != "paragraph" or word_equivalents(bl[k].text) < _PICTURED_TEXT_WORDS:
            return []  # pictures in a row (a gallery strip), or no text of its own
        out.append(Cand((im.line, im.column), None, _picture_title(im, bl[k].text), "", "caps", 0, k,
                        word_equivalents(bl[k].text)))
    if promised is None and not _pictured_parallel(bl, start, skip, at):
        return []
    return out


def quoted_entries(bl: Sequence[Block], start: int, skip: AbstractSet[int], promised: int) -> list[Cand]:
    """Entries that are quotations: exactly ``promised`` quoted paragraphs, or runs of them
    (an embedded post's text, a blockquote), after the headline, under "5 Tweets That…" or
    "7 Quotes…" when nothing else counts the promise. Their first words title them."""
    if promised < 3:
        return []
    runs: list[list[int]] = []
    for k in range(start, len(bl)):
        quoted = bl[k].kind == "paragraph" and k not in skip and getattr(bl[k].obj, "quote", False)
        if quoted and runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        elif quoted:
            runs.append([k])
    if sum(map(len, runs)) == promised:
        runs = [[k] for run in runs for k in run]  # one quoted paragraph each (blockquotes side by side)
    if len(runs) != promised:
        return []
    out = []
    for run in runs:
        text = " ".join(bl[k].text for k in run)
        title, rest = lead_words(text, 8)
        out.append(Cand(bl[run[0]].pos, None, title, "", "caps", 0, run[0], rest))
    return out


# A quoted entry is a post's length (a tweet is at most 280 characters); four make a list.
_POST_WORDS = 60
_LEAST_QUOTES = 4


def quoted_run(bl: Sequence[Block], start: int, skip: AbstractSet[int], bar: Bar) -> list[Cand]:
    """Entries that are quotations, without a count to match: each quoted paragraph (an
    embedded post's text, a blockquote) one entry, as many as ``bar`` asks at least, the
    quotes and what follows each built alike and most of the body (a string of embedded
    tweets under "The Funniest Tweets About…"). Their first words title them."""
    from auditor.structure.shapes import parallel_run

    quotes = [k for k in range(start, len(bl))
              if bl[k].kind == "paragraph" and k not in skip and getattr(bl[k].obj, "quote", False)]
    # Posts are short; a feature's quoted answers run longer, and a few of them are no list.
    if len(quotes) < max(bar.least, _LEAST_QUOTES) or any(word_count(bl[k].text) > _POST_WORDS for k in quotes):
        return []
    end = next((k for k in range(quotes[-1] + 1, len(bl)) if bl[k].kind == "heading"), len(bl))
    body_words = sum(word_equivalents(bl[k].text) for k in range(start, len(bl)) if k not in skip and bl[k].kind != "heading")
    if not parallel_run(bl, quotes, end, body_words, lambda k: word_equivalents(bl[k].text), bar):
        return []
    out = []
    for k in quotes:
        title, rest = lead_words(bl[k].text, 8)
        out.append(Cand(bl[k].pos, None, title, "", "caps", 0, k, rest))
    return out


# A caption that opens with a name set off by a colon or a dash: "Moon Decals: glow-in-the-
# dark stars…", "Ember Mug 2 – keeps coffee hot…", "Lisbon — the city of seven hills".
_NAME_CUT = lazy_pattern(r"^(?P<name>[^:–—]{2,80}?)\s*(?::\s|\s[–—-]\s)\s*(?P<rest>\S.*)$", re.S)
_NAME_WORDS = 8
# What opens a credit or a note, not a name: "Photo: Getty Images", "Pictured: …".
_NOT_NAMES = frozenset({"photo", "photos", "image", "picture", "pictured", "credit", "source", "foto", "bild",
                        "imagen", "immagine", "above", "left", "right", "top", "bottom", "pictured above"})


def _caption_name(text: str) -> str:
    """The name a caption opens with before a colon or a dash (a few words, no sentence end
    in them, a capital or a figure first, more said after it); "" when it has none."""
    m = _NAME_CUT().match(text)
    if m is None:
        return ""
    name = m["name"].strip()
    if not 1 <= word_count(name) <= _NAME_WORDS or word_count(m["rest"]) < 3 or name[:1].islower() \
            or any(c in name for c in ".?!") or name.casefold() in _NOT_NAMES:
        return ""
    words = name.split()
    # A name's words are capitalised ("Ember Mug 2", "Moon Decals"); "The view from the top"
    # opens a sentence.
    named = sum(not w[:1].islower() for w in words)
    return name if len(words) <= 3 or 2 * named >= len(words) else ""


def _picture_title(im: Image, text: str) -> str:
    """An entry's title from its picture: the name its caption opens with ("Moon Decals: …"),
    a short caption (a product's name, "Ember Mug, $129"), else a short alt, else the text's
    first words."""
    if im.caption and (name := _caption_name(" ".join(im.caption.split()))):
        return name
    for said in (im.caption, im.alt):
        said = " ".join((said or "").split())
        if 1 <= word_count(said) <= 10 and not said.endswith((".", "!", "?")):
            return said
    return lead_words(text, 8)[0]


def _pictured_parallel(bl: Sequence[Block], start: int, skip: AbstractSet[int], at: Sequence[int]) -> bool:
    """Whether the sections opened by the pictures before blocks ``at`` are built alike
    and make up the article, as a named list's entries are."""
    from auditor.structure.shapes import Bar, parallel_run

    end = next((k for k in range(at[-1], len(bl)) if bl[k].kind == "heading"), len(bl))
    body_words = sum(word_equivalents(bl[k].text) for k in range(start, len(bl)) if bl[k].kind != "heading" and k not in skip)
    # Each section runs from its picture to the next: parallel_run reads the blocks after a
    # "title" index, so the index before each picture stands for it.
    # Three make a list under such a headline, but built as closely alike as any list's
    # entries: a picture alone says less of an entry than a title does.
    return parallel_run(bl, [k - 1 for k in at], end, body_words, bar=Bar(least=3), stops=[*at[1:], end])


def _headings_by_level(bl: Sequence[Block], start: int, skip: set[int]) -> dict[int, list[Cand]]:
    """Unnumbered headings that may title items, by level: not a framing heading, not a
    template's label repeated under every item, not a list's own title."""
    from auditor.structure.numbers import headline_number

    by_level: dict[int, list[Cand]] = {}
    at = [i for i in range(start, len(bl)) if bl[i].kind == "heading"]
    keys = dict(zip(at, label_keys([bl[i].text for i in at], lambda n: over_list(bl, at[n]))))
    labels = template_labels(Counter(keys.values())) - _looped(bl, at, keys) - round_trips(bl, at, [keys[i] for i in at])
    for i in at:
        b = bl[i]
        if i in skip or not b.text.strip() or FRAME().match(b.text) or MEDIA_LABEL().match(b.text):
            continue
        if keys[i] in labels:
            continue  # "Pros and Cons", "Pricing" under every item: a template's labels
        if headline_number(b.text)[0] is not None:
            continue  # "10 Best Robotics Companies: Comparison chart" titles a list, is not an item
        by_level.setdefault(b.level, []).append(Cand(b.pos, None, b.text, "", "heading", b.level, i))
    for level, heads in by_level.items():  # "Why go in winter?" over the places, FAQ questions after
        head, tail = question_frame([c.heading for c in heads])
        by_level[level] = heads[head:len(heads) - tail]
    return {level: heads for level, heads in by_level.items() if heads}


def symbol_runs(bl: Sequence[Block], symbols: Sequence[Cand], skip: AbstractSet[int]) -> list[list[Cand]]:
    """Paragraphs led by the same typed bullet ("✅ …", "• …", "👉 …") that follow one
    another as a list's entries do (:func:`shapes.together`), longest first."""
    from auditor.structure.shapes import together

    runs: list[list[Cand]] = []
    for c in symbols:
        if c.block in skip:
            continue
        run = next((r for r in reversed(runs) if r[-1].marker == c.marker), None)
        if run is not None and run is runs[-1] and together(bl, [run[-1].block, c.block]):
            run.append(c)
        else:
            runs.append([c])
    return sorted(runs, key=len, reverse=True)


def unnumbered(
    bl: Sequence[Block], start: int, skip: set[int], promised: int, caps: list[Cand], leads: list[Cand],
    bolds: list[Cand], pictures: Sequence[Pos] = (), symbols: Sequence[Cand] = (),
) -> list[Cand]:
    """The ``promised`` unnumbered entries (see the module's docstring); ``pictures``: the
    body's pictures (line, column), which may mark where each entry opens; ``symbols``:
    paragraphs led by a typed bullet."""
    by_level = _headings_by_level(bl, start, skip)
    headed = _promised_headings(bl, by_level, promised)
    if headed:
        return headed
    bold = [c for c in bolds if c.block not in skip]
    if len(bold) == 2 * promised:
        half = labelled_half([c.heading for c in bold])
        if half is not None:
            return bold[half::2]  # a name, then "Our verdict on …" under each: a template's line
    bulleted_by_hand = next((r for r in symbol_runs(bl, symbols, skip) if len(r) == promised), [])
    titled = title_paragraphs(bl, start, skip)  # read once: the mixed kinds below ask again
    for run in (caps, leads, bold, bulleted_by_hand, _parallel_leads(bl, start, skip, promised),
                titled,
                _line_entries(bl, start, skip, promised), line_titles(bl, start, skip),
                _run_in_titles(bl, start, skip, promised)):
        if len(run) == promised:
            return run
    mixed_kinds = _slipped_levels(bl, by_level, promised) \
        or _mixed_titles(bl, by_level, bold + titled, promised) \
        or _trim_odd_end(bl, bold, promised)
    if mixed_kinds:
        return mixed_kinds
    # More candidates than promised: exactly N of them set apart by the page's structure.
    for run in (*(by_level[level] for level in sorted(by_level)), caps, leads, bold):
        fitted = _fit(bl, run, promised, skip, pictures)
        if fitted:
            return fitted
    bulleted = bulleted_list(bl, start, skip, promised)
    if bulleted:
        return bulleted
    if by_level:
        level = max(sorted(by_level), key=lambda lv: len(by_level[lv]))
        heads = _before_extras(by_level[level])
        if len(heads) >= 3:
            stop = next((k for k in range(heads[-1].block + 1, len(bl)) if bl[k].kind == "heading"), len(bl))
            first, last = framing_ends(bl, [c.block for c in heads], stop, 3)
            return heads[first:len(heads) - last]
    return []


def _before_extras(heads: list[Cand]) -> list[Cand]:
    """``heads`` up to an extras' heading ("Honorable mentions", "Also consider"): what
    follows it is not the list's own. An "Update:" over the list cuts nothing."""
    cut = next((n for n, c in enumerate(heads) if n >= 3 and EXTRAS().match(c.heading)), len(heads))
    return heads[:cut]


def _promised_headings(bl: Sequence[Block], by_level: dict[int, list[Cand]], promised: int) -> list[Cand]:
    """Exactly ``promised`` headings: all of one level (not teasers under a trailer), one
    level less its framing heading, or items set at mixed levels (h3 h3 h3 h2 h3), each
    with text under it. Empty when none fits."""
    for level in sorted(by_level):
        if len(by_level[level]) == promised and not _under_trailer(bl, by_level, level, promised):
            return by_level[level]
    for level in sorted(by_level):
        trimmed = _trim_frame(bl, by_level[level], promised) or loop_copies(by_level[level], promised)
        if trimmed:
            return trimmed
    mixed = sorted((c for lv, cs in by_level.items() if lv > 1 for c in cs), key=lambda c: c.pos)
    if len(mixed) == promised and all(
        c.block + 1 < len(bl) and bl[c.block + 1].kind != "heading" for c in mixed
    ):
        return mixed
    return []


def _looped(bl: Sequence[Block], at: Sequence[int], keys: dict[int, str]) -> set[str]:
    """The heading texts a looping carousel shows twice (:func:`loop_copies`): no template's
    labels, though doubled. Read per level, the headings at it in order."""
    out: set[str] = set()
    for level in {bl[i].level for i in at}:
        texts = [keys[i] for i in at if bl[i].level == level]
        for k in (1, 2, 3):
            n = len(texts) - 2 * k
            middle = texts[k:k + n]
            if n >= 3 and texts[:k] == middle[-k:] and texts[k + n:] == middle[:k] and len(set(middle)) == n:
                out.update(texts[:k] + texts[k + n:])
                break
    return out


def loop_copies(run: list[Cand], promised: int) -> list[Cand]:
    """``run`` without a looping carousel's copies of its slides: the last ``k`` entries set
    again before the first and the first ``k`` again after the last (Swiper's loop mode writes
    `swiper-slide-duplicate` slides so, Owl Carousel its `owl-item cloned`, neither hidden), so
    that exactly ``promised`` stay between. Empty when ``run`` is not so built."""
    extra = len(run) - promised
    if promised < 3 or extra < 2 or extra % 2 or extra // 2 >= promised:
        return []
    k = extra // 2
    titles = [" ".join(c.heading.split()).casefold() for c in run]
    middle = titles[k:k + promised]
    if titles[:k] != middle[-k:] or titles[k + promised:] != middle[:k] or len(set(middle)) != promised:
        return []
    return run[k:k + promised]


def _mixed_titles(bl: Sequence[Block], by_level: dict[int, list[Cand]], titles: list[Cand],
                  promised: int) -> list[Cand]:
    """Entries titled in two ways, as an editor's slips leave them: five as ``<h2>`` and
    the last two as bold paragraphs, or the reverse. The headings of one level and the
    title paragraphs together, exactly ``promised`` with both kinds among them, no
    heading inside any one's section, every section built like an entry (a few blocks
    of about the same length: :data:`shapes.NAMED_BAR`'s spread)."""
    paragraphs = {c.block: c for c in titles}
    for level in sorted(by_level):
        heads = by_level[level]
        merged = sorted({**paragraphs, **{c.block: c for c in heads}}.values(), key=lambda c: c.block)
        if len(merged) != promised or len(heads) == promised or len(heads) == 0 or len(paragraphs) == 0:
            continue
        if _built_alike(bl, merged):
            return merged
    return []


def _built_alike(bl: Sequence[Block], merged: Sequence[Cand], bounded: bool = True) -> bool:
    """Whether each of ``merged`` titles a section built like an entry: no heading inside,
    a few blocks (``bounded``: as short entries are), about the same length as the others
    (:data:`shapes.NAMED_BAR`'s spread; the last section may run on into the closing text)."""
    from auditor.structure.shapes import MAX_BLOCKS, MAX_WORDS, NAMED_BAR

    blocks = [c.block for c in merged]
    ends = [*blocks[1:], next((k for k in range(blocks[-1] + 1, len(bl)) if bl[k].kind == "heading"), len(bl))]
    sizes: list[int] = []
    for c, a, b in zip(merged, blocks, ends):
        most = MAX_BLOCKS if bounded else b
        if any(bl[k].kind == "heading" for k in range(a + 1, b)) or not 1 <= b - a - 1 <= most:
            return False
        sizes.append(sum(word_count(bl[k].text) for k in range(a + 1, b)) + c.extra_words)
    if len(sizes) < 2 or (bounded and max(sizes[:-1]) > MAX_WORDS):
        return False
    import statistics

    inner = sizes[:-1]
    return bool(statistics.mean(inner)) and statistics.pstdev(inner) / statistics.mean(inner) <= NAMED_BAR.spread


def _slipped_levels(bl: Sequence[Block], by_level: dict[int, list[Cand]], promised: int) -> list[Cand]:
    """Entries whose headings an editor set at two levels ("<h2>" for most, "<h3>" for one
    or two: the heading block's level is chosen per block), exactly ``promised`` of them:
    the headings of a level and of the level below it, the deeper ones fewer than the
    others, never first, never three in a row (two in a row are one slip: huffpost's
    takeaways with two set as "<h3>"), every section built like an entry (:func:`_built_alike`).
    A story's subsections come in groups under their section, or hold its text."""
    levels = sorted(by_level)
    for top, low in zip(levels, levels[1:]):
        lower = [c for c in by_level[low] if parse_marker(c.heading, plain=True) is None]  # steps are no entries
        both = sorted(by_level[top] + lower, key=lambda c: c.block)
        # The run itself, or it less a heading or two before or after it (a trailer's
        # "Popular in the Community", an introduction's heading).
        spare = len(both) - promised
        for i in range(spare + 1) if 0 <= spare <= 2 else ():
            for merged in (tuple(both[i:i + promised]),):
                deep = [c.level == low for c in merged]
                if not any(deep) or 2 * sum(deep) >= promised or deep[0] \
                        or any(a and b and c for a, b, c in zip(deep, deep[1:], deep[2:])):
                    continue
                if _built_alike(bl, merged, bounded=False):
                    return list(merged)
    return []


def _fit(bl: Sequence[Block], cands: list[Cand], promised: int, skip: set[int],
         pictures: Sequence[Pos] = ()) -> list[Cand]:
    """Exactly ``promised`` of ``cands`` when the page sets them apart (:mod:`auditor.structure.fit`):
    a run of N between section breaks, titles in pairs, the one window of N alike
    sections, or N once a label repeated under items ("Read more:", "Opening hours …")
    is left out. Empty when nothing does."""
    if len(cands) <= promised:
        return []
    by_block = {c.block: c for c in cands}
    idx = [c.block for c in cands]
    keep = exact_run(bl, idx, promised, skip, FRAME()) or paired(bl, idx, [c.heading for c in cands], promised, pictures)
    if not keep and cands[0].style == "heading":
        end = next((k for k in range(idx[-1] + 1, len(bl)) if bl[k].kind == "heading"), len(bl))
        keep = parallel_window(bl, idx, promised, end)
    if not keep:
        seen = Counter(" ".join(c.heading.split()).casefold() for c in cands)
        unique = [c.block for c in cands if seen[" ".join(c.heading.split()).casefold()] == 1]
        keep = unique if len(unique) == promised else []
    if not keep:
        keep = [idx[n] for n in without_label([c.heading for c in cands], promised)]
    return [by_block[k] for k in keep]


# Words too common to mark a run of parallel items when they open paragraphs.
_COMMON_OPENERS = frozenset(
    """this that these those there then they their them when what where which while with
    also some here have just like more most much only over such than very will would your
    dies diese wenn dann aber auch noch eine einen einem einer esta este estos pero como para
    cette dans avec pour mais quand questo questa anche come""".split()
)


def _parallel_leads(bl: Sequence[Block], start: int, skip: set[int], promised: int) -> list[Cand]:
    """Paragraphs that open with the same word, exactly as many as promised: "From: Grandma
    What she said…", "From Mom: …" eight times under "8 Passive Aggressive Things…"; else
    with the same opening words (:func:`shapes.parallel_leads`: "For your …", "If you …")."""
    groups: dict[str, list[int]] = {}
    for k in range(start, len(bl)):
        b = bl[k]
        if b.kind != "paragraph" or k in skip:
            continue
        first = re.match(r"[^\W\d_]+", b.text.strip())
        if first and len(first.group()) >= 4 and first.group().lower() not in _COMMON_OPENERS:
            groups.setdefault(first.group().lower(), []).append(k)
    # Each one a run-in label ("From Mom: …": a colon within its first eight words), and
    # not one boilerplate line repeated ("Check back every week…").
    fits = [
        g for g in groups.values()
        if len(g) == promised
        and all(":" in " ".join(bl[k].text.split()[:8]) for k in g)
        and len({bl[k].text[:40] for k in g}) == len(g)
        and not one_label([bl[k].text for k in g])
    ]
    if len(fits) != 1:
        # Without labels: the same opening words ("For your …", "If you …").
        paragraphs = [k for k in range(start, len(bl)) if bl[k].kind == "paragraph" and k not in skip
                      and not getattr(bl[k].obj, "quote", False)]
        fits = [parallel_leads(bl, paragraphs, promised)]
    if not fits[0]:
        return []
    out = []
    for k in fits[0]:
        title, rest = title_of(bl[k].text, limit=8)
        if len(title.split()) < 2:  # "From:" says less than "From: Grandma What she…"
            title, rest = lead_words(bl[k].text, 6)
        out.append(Cand(bl[k].pos, None, title, "", "caps", 0, k, rest))
    return out


# A run-in title: a few words, then a colon or a spaced dash, then the entry's text.
# (A title in Markdown's bold that a CMS printed unrendered, "**Lisbon**: …", counts too.)
_RUN_IN = lazy_pattern(r"\s*(?:\*\*|__)?([^\W\d_][^.!?:;–—*]{0,60}?)(?:\*\*|__)?\s*(?::|\s[–—-])\s+(?=\S)")
# Labels a page sets before a note, not an entry's title.
_NOTE_LABEL = NOTE_LABEL


def _run_in_titles(bl: Sequence[Block], start: int, skip: set[int], promised: int) -> list[Cand]:
    """Exactly ``promised`` paragraphs in a row that each open with a title of their own
    run into the text ("Moon Decals: These glow…", "Flower Power – Bright…"): different
    titles (not one label repeated, not an interview's speakers taking turns), a capital
    first, a text of eight words or more after. Empty when no run or several fit."""
    from auditor.structure.shapes import together

    found: list[tuple[int, str, int]] = []
    for k in range(start, len(bl)):
        b = bl[k]
        if b.kind != "paragraph" or k in skip or getattr(b.obj, "quote", False):
            continue
        m = _RUN_IN().match(b.text)
        if m is None:
            continue
        lead = getattr(b.obj, "lead", 0)
        if lead and b.text[:lead].strip() != m.group(1).strip():
            continue  # "**Lisbon** Lisbon rewards a slow visit: …": the bold run is the title, not the clause
        title = m.group(1).strip()
        rest = word_count(b.text[m.end():])
        if 1 <= word_count(title) <= 6 and title[:1].isupper() and rest >= 8 \
                and not CAPTION().match(title) and not _NOTE_LABEL().match(title):
            found.append((k, title, rest))
    runs: list[list[tuple[int, str, int]]] = []
    for f in found:
        if runs and together(bl, [runs[-1][-1][0], f[0]]):
            runs[-1].append(f)
        else:
            runs.append([f])
    fits = [r for r in runs if len(r) == promised and len({t.casefold() for _, t, _ in r}) == promised]
    if len(fits) != 1:
        return []
    return [Cand(bl[k].pos, None, title, "", "caps", 0, k, rest) for k, title, rest in fits[0]]


def title_paragraphs(bl: Sequence[Block], start: int, skip: set[int]) -> list[Cand]:
    """Short title lines set as paragraphs (a bold ``<p>`` standing for a heading), each
    followed by a paragraph of body text: "Biosphäre Potsdam" + its description. A
    title's own "!" or "?" ("Mother!") may end one when three or more others are titles."""
    out: list[Cand] = []
    exclaimed: list[Cand] = []
    for k in range(start, len(bl) - 1):
        b = bl[k]
        # A shop's price or button line may stand between a product's name and its text.
        j = next((j for j in range(k + 1, len(bl)) if bl[j].kind != "paragraph" or not shop_line(bl[j].text)), len(bl))
        if b.kind != "paragraph" or k in skip or j >= len(bl) or bl[j].kind != "paragraph":
            continue
        text = b.text.strip()
        priced = shop_line(text)
        if priced:
            text = priced_name(text) or ""  # "Ember Mug 2, $130": the name is the title; "$29 at Amazon" none
        n = word_count(text)
        if not 1 <= n <= 10 or text.endswith((".", ":", ",", "…", "。", "：", "，")) or CAPTION().match(text) \
                or FRAME().match(text):
            continue  # (not a price line, and not "The bottom line" framing the list)
        size = word_equivalents(bl[j].text)  # a Japanese paragraph is as long as it takes to read
        # A shop's line under the entry (before its text or after it) makes it a product's:
        # its text may be one short sentence ("Seven cookers in one pot.").
        shop = priced or j > k + 1 or (j + 1 < len(bl) and bl[j + 1].kind == "paragraph" and shop_line(bl[j + 1].text))
        least = _SHOP_TEXT_WORDS if shop else _SHORT_TEXT_WORDS
        if size >= 20 or (size >= least and bl[j].text.rstrip().endswith((".", "!", "?", "…", "。", "！", "？"))):
            (exclaimed if text.endswith(("!", "?")) else out).append(Cand(b.pos, None, text, "", "caps", 0, k))
    return sorted(out + exclaimed, key=lambda c: c.block) if exclaimed and len(out) >= 3 else out


def priced_names(bl: Sequence[Block], start: int, skip: set[int], least: int) -> list[Cand]:
    """A shop's grid set in the article: ``least`` or more short names, each followed by
    nothing but its price or button lines ("Ember Mug 2", "$20", "Shop now": a Gutenberg
    columns grid or a store's product cards without descriptions), one after another, the
    grid most of the body's blocks. Empty when there is no such run."""
    body = [k for k in range(start, len(bl)) if k not in skip and bl[k].kind != "heading"]
    run: list[Cand] = []
    best: list[Cand] = []
    k = start
    while k < len(bl):
        b = bl[k]
        j = k + 1
        while j < len(bl) and j not in skip and bl[j].kind == "paragraph" and shop_line(bl[j].text):
            j += 1
        text = b.text.strip()
        if (b.kind == "paragraph" and k not in skip and j > k + 1 and 1 <= word_count(text) <= 10
                and not shop_line(text) and not text.endswith((".", "!", "?", ":", ",", "…"))):
            run.append(Cand(b.pos, None, text, "", "caps", 0, k))
            k = j
            continue
        if len(run) > len(best):
            best = run
        run = []
        k += 1
    best = run if len(run) > len(best) else best
    if len(best) < least or len({c.heading for c in best}) != len(best):
        return []
    last = best[-1].block + 1
    while last < len(bl) and bl[last].kind == "paragraph" and shop_line(bl[last].text):
        last += 1  # the last name's price and button lines
    covered = sum(1 for k in body if best[0].block <= k < last)
    return best if covered >= MIN_SHARE * len(body) else []


# A product's or a place's text may be one short sentence: eight words or more that end as one does.
_SHORT_TEXT_WORDS = 8
# ... and a few words when a shop's price or button line goes with it.
_SHOP_TEXT_WORDS = 4


def line_titles(bl: Sequence[Block], start: int, skip: set[int]) -> list[Cand]:
    """Paragraphs whose first line is a short title over the entry's text, a line break
    between them ("Biosphäre Potsdam<br>Die Tropenhalle…", as the classic editor writes a
    title with Shift+Enter): the title, with the words after it. A line is a title when
    it opens with a capital, ends without a sentence's end, and the text under it opens
    a sentence (a capital): a sentence wrapped in the source goes on in lower case."""
    out: list[Cand] = []
    for k in range(start, len(bl)):
        b = bl[k]
        para = b.obj
        if b.kind != "paragraph" or k in skip or not isinstance(para, Paragraph) or para.quote or not para.breaks:
            continue
        lines = [ln for n, ln in enumerate(para_lines(para)) if n == 0 or not shop_line(ln)]  # "$29 at Amazon"
        if len(lines) < 2:
            continue
        title, nxt = lines[0], lines[1]
        n = word_count(title)
        if not 1 <= n <= 10 or title.endswith((".", "!", "?", ":", ",", "…", ";", "-")) or CAPTION().match(title) \
                or shop_line(title) or FRAME().match(title):
            continue
        if not title[:1].isupper() or not (nxt[:1].isupper() or nxt[:1].isdigit()):
            continue
        rest = word_count(b.text) - n
        if rest >= 20:
            out.append(Cand(b.pos, None, title, "", "caps", 0, k, rest))
    return out


# A line of an entry set as lines ("Crash Room<br>3 Minuten vom S-Bahnhof Ostkreuz"): a
# name, an address, opening hours; longer lines are prose.
_ENTRY_LINE_WORDS = 12


def _line_entries(bl: Sequence[Block], start: int, skip: set[int], promised: int) -> list[Cand]:
    """Entries set as blocks of lines, one paragraph each, all with the same number of
    short lines, the first naming the entry: "Crash Room<br>3 Minuten vom S-Bahnhof
    Ostkreuz" (venues, addresses). The first entry may close the lead-in's paragraph,
    after its line ending in ':'. Exactly ``promised`` of them in a row, else none."""
    def entry(lines: list[str]) -> bool:
        return (len(lines) >= 2 and all(1 <= word_count(ln) <= _ENTRY_LINE_WORDS for ln in lines)
                and not lines[0].endswith((".", "!", "?", ":", ",")))

    done = start
    for k in range(start, len(bl)):
        b = bl[k]
        if k < done or b.kind != "paragraph" or k in skip or not isinstance(b.obj, Paragraph) or b.obj.quote:
            continue
        lines = para_lines(b.obj)
        colon = next((n for n, ln in enumerate(lines) if ln.endswith(":")), None)
        tail = lines[colon + 1:] if colon is not None else lines
        if not entry(tail):
            continue
        run = [(k, len(lines) - len(tail), tail)]
        j = k + 1
        while j < len(bl) and len(run) < promised + 1 and bl[j].kind == "paragraph" and j not in skip:
            para = bl[j].obj
            more = para_lines(para) if isinstance(para, Paragraph) else []
            if len(more) != len(tail) or not entry(more):
                break
            run.append((j, 0, more))
            j += 1
        if len(run) == promised:
            return [Cand((bl[i].pos[0] + at, bl[i].pos[1] if at == 0 else 1), None, ls[0], "", "caps", 0, i,
                          sum(word_count(ln) for ln in ls[1:])) for i, at, ls in run]
        done = j  # a longer or shorter run is no list of N: none of it starts one
    return []


def _trim_frame(bl: Sequence[Block], run: list[Cand], promised: int) -> list[Cand]:
    """``run`` without the one heading that frames the list rather than being an item,
    when that leaves exactly the promise: a trailer (nothing under it, a list, a linked
    teaser title, or sub-headings of its own where the items have none: "Popular in the
    Community", "Weekend plans" over teasers), else the first heading (an introduction:
    "Sport als Thema")."""
    if len(run) != promised + 1:
        return []
    last = run[-1]
    body = [b for b in bl[last.block + 1 :] if b.kind != "heading"]
    if not body or all(b.kind == "list" for b in body[:3]) or _trailer(bl, run) or EXTRAS().match(last.heading):
        return run[:-1]
    return run[:-1] if _odd_end(bl, run) == "last" else run[1:]


def _trim_odd_end(bl: Sequence[Block], run: list[Cand], promised: int) -> list[Cand]:
    """Bold titles one more than promised, the extra at an end whose section is unlike
    the entries' ("**Our picks**" over a long introduction, "**Stay in touch**" over one
    line): the others. Empty when neither end stands out."""
    if len(run) != promised + 1:
        return []
    odd = _odd_end(bl, run)
    return run[1:] if odd == "first" else run[:-1] if odd == "last" else []


def _odd_end(bl: Sequence[Block], run: list[Cand]) -> str:
    """Which end of ``run`` titles a section unlike the items between ("first", "last",
    or "" when neither stands out more): "Get our newsletter" over one line after five
    entries of forty words; "Sport als Thema" over a long introduction before them. Each
    section is read to the next title or heading."""
    import math

    from auditor.text import stats

    def size(k: int) -> int:
        limit = run[k + 1].block if k + 1 < len(run) else len(bl)
        stop = next((j for j in range(run[k].block + 1, limit) if bl[j].kind == "heading"), limit)
        return 1 + run[k].extra_words + sum(word_count(bl[j].text) for j in range(run[k].block + 1, stop))

    if len(run) < 4:
        return ""
    middle = stats.median(size(k) for k in range(1, len(run) - 1))
    first, last = abs(math.log(size(0) / middle)), abs(math.log(size(len(run) - 1) / middle))
    if max(first, last) < math.log(2):
        return ""  # both ends are built like the items
    return "last" if last > first else "first"


def _under_trailer(bl: Sequence[Block], by_level: dict[int, list[Cand]], level: int, promised: int) -> bool:
    """Whether the ``promised`` headings at ``level`` all sit under one higher heading that
    closes a run of N + 1 at its level: the items are that run's first N, and these the
    teasers under its trailer ("Weekend plans" and its six stories after six spots)."""
    cands = by_level[level]
    first = cands[0].block
    parent = next((k for k in range(first - 1, -1, -1) if bl[k].kind == "heading" and bl[k].level < level), None)
    if parent is None or any(bl[k].kind == "heading" and bl[k].level < level for k in range(first, cands[-1].block)):
        return False
    above = by_level.get(bl[parent].level, [])
    return len(above) == promised + 1 and above[-1].block == parent


def _trailer(bl: Sequence[Block], run: list[Cand]) -> bool:
    """Whether the last heading of ``run`` titles something other than an item: a linked
    title (a teaser), or a section holding sub-headings where no item's section does."""
    last = run[-1]
    title = bl[last.block].obj
    if isinstance(title, Heading) and title.link_only:
        return True

    def nested(a: int, b: int) -> bool:
        return any(bl[k].kind == "heading" for k in range(a + 1, b))

    end = next((k for k in range(last.block + 1, len(bl)) if bl[k].kind == "heading" and bl[k].level <= last.level),
               len(bl))
    return nested(last.block, end) and not any(nested(a.block, b.block) for a, b in zip(run[1:-1], run[2:]))
