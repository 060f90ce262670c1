"""Lists without a count in the headline: the longest run of unnumbered headings, or of
bold titles, opening parallel entries that make up the article (the test itself is
:func:`auditor.structure.shapes.parallel_run`), entries under group headings, and bold
entries under group labels.

The functions here are pure: they read the blocks :func:`auditor.structure.blocks.blocks`
made and return candidates or block indices.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from auditor.structure.blocks import Block, Cand, all_caps, over_list
from auditor.structure.fit import alternates, has_text, labelled_half
from auditor.structure.labels import EXTRAS, FRAME, MEDIA_LABEL, label_keys, question_frame, template_labels
from auditor.structure.round_trip import round_trips
from auditor.structure.shapes import LIST_BAR, Bar, framing_ends
from auditor.text.readability import word_equivalents
from auditor.text.segment import word_count


def parallel_headings(bl: Sequence[Block], start: int, skip: set[int], bar: Bar = LIST_BAR) -> list[Cand]:
    """The longest run of unnumbered headings at one level (no other heading between them)
    that opens parallel entries making up the article (:func:`shapes.parallel_run`): a
    list even without a count in the headline."""
    heads = [k for k in range(start, len(bl)) if bl[k].kind == "heading" and k not in skip]
    media = {k for k in heads if MEDIA_LABEL().match(bl[k].text)}
    heads = [k for k in heads if k not in media]  # "Video: …" slides between the entries
    # A template's label repeated in every entry ("Why we love it", "Pros"): part of the
    # entry, not an entry of its own, nor a block of its body (two labels over three
    # paragraphs are an entry of three paragraphs, not five blocks).
    keys = label_keys([bl[k].text for k in heads], lambda n: over_list(bl, heads[n]))
    repeated = template_labels(Counter(keys)) - round_trips(bl, heads, keys)
    labels = {k for k, key in zip(heads, keys) if key in repeated}
    if labels:
        bl = [replace(b, kind="paragraph", text="") if k in labels else b for k, b in enumerate(bl)]
        heads = [k for k in heads if k not in labels]
    runs: list[list[int]] = []
    # An H1 ends a run (another story's headline), unless the entries themselves are H1s,
    # as some site builders mark every title: a run of them is read like any level's.
    h1_entries = sum(1 for k in heads if bl[k].level == 1) >= bar.least
    for k in heads:
        if FRAME().match(bl[k].text) or EXTRAS().match(bl[k].text) or (bl[k].level == 1 and not h1_entries):
            # A frame heading ("Conclusion"), the extras' ("Honorable mentions": what
            # follows is not the list's own) or an H1 ends a run.
            runs.append([])
        elif runs and runs[-1] and bl[runs[-1][-1]].level == bl[k].level:
            runs[-1].append(k)
        else:
            runs.append([k])
    runs += _slipped(bl, runs)
    runs = [_without_trailer(bl, _unframed(bl, half, bar)) for run in runs for half in _copies(bl, run)]
    best = _longest_parallel(bl, start, skip, runs, {}, bar, media) or _grouped_parallel(bl, start, skip, heads, bar)
    if not best:
        best = _subtitled(bl, start, skip, heads, bar, media)
    elif len(best) >= 2 * bar.least and len(best) % 2 == 0:
        half = labelled_half([bl[k].text for k in best])
        if half is not None:
            best = best[half::2]  # a name, then "Our verdict on …" under every entry: a template's line
        elif alternates(bl, best[0::2], best[1::2], (), True):
            best = best[0::2]  # a name and a tagline heading per entry, text under both (fit.paired)
    return [Cand(bl[k].pos, None, bl[k].text, "", "heading", bl[k].level, k) for k in best]


# A lone deeper heading reads as a slipped entry only among this many entries: among
# fewer, it is as likely one entry's subsection ("Specs" under the third of five boats).
_SLIP_AMONG = 6


def _slipped(bl: Sequence[Block], runs: list[list[int]]) -> list[list[int]]:
    """Runs of one level joined across a heading or two one level deeper between them
    (entries with one or two set as "<h3>" among "<h2>"s: the heading block's level is
    chosen per block): one more run each to try, kept only if its sections are parallel.
    The deeper ones stay rare (a third of the run at most, never three in a row, each
    slip three entries from the next at least, among six entries or more): a heading
    under every entry, or every other one, is the entries' own sub-heading."""
    out: list[list[int]] = []
    joined: list[int] = []
    for a, b, c in zip(runs, runs[1:], runs[2:]):
        if not (a and b and c) or len(b) > 2:
            continue
        top = bl[a[0]].level
        if bl[c[0]].level == top and bl[b[0]].level == top + 1:
            joined = (joined if joined and joined[-1] == a[-1] else list(a)) + b + c
            deep = [n for n, k in enumerate(joined) if bl[k].level > top]
            # Where each slip (one deeper heading, or two in a row) starts.
            slips = [n for n in deep if n - 1 not in deep]
            if 3 * len(deep) <= len(joined) and len(joined) - len(deep) >= _SLIP_AMONG \
                    and all(y - x >= 3 + (x + 1 in deep) for x, y in zip(slips, slips[1:])):
                out.append(joined)
    return out


def _unframed(bl: Sequence[Block], run: list[int], bar: Bar) -> list[int]:
    """``run`` without the questions framing it at either end (:func:`labels.question_frame`)
    or the longer sections that do (:func:`shapes.framing_ends`)."""
    head, tail = question_frame([bl[k].text for k in run])
    run = run[head:len(run) - tail]
    if not run:
        return run
    head, tail = framing_ends(bl, run, next_title(bl, run[-1]), bar.least)
    return run[head:len(run) - tail]


def _copies(bl: Sequence[Block], run: list[int]) -> list[list[int]]:
    """``run`` as its two halves when the second repeats the first's titles in order (the
    list's titles "at a glance" over the entries, or a copy after them): each half a run
    of its own, so the entries can be told from the summary."""
    half = len(run) // 2
    texts = [" ".join(bl[k].text.split()).casefold() for k in run]
    if half >= 3 and len(run) % 2 == 0 and texts[:half] == texts[half:] and len(set(texts[:half])) == half:
        return [run[:half], run[half:]]
    return [run]


def _subtitled(bl: Sequence[Block], start: int, skip: set[int], heads: list[int], bar: Bar,
               media: AbstractSet[int]) -> list[int]:
    """Entries titled by two headings, a name and a tagline under it ("<h3>Paris
    Kettle</h3><h4>Boils a litre in ninety seconds</h4>", as Medium and review templates
    write them; the name may have a line of text of its own first): the names' run, each
    tagline read as its entry's text. Only when the headings are of two levels and every
    name holds exactly one heading of the deeper level."""
    levels = sorted({bl[k].level for k in heads})
    if len(levels) != 2:
        return []
    names = [k for k in heads if bl[k].level == levels[0]]
    subs = [k for k in heads if bl[k].level == levels[1]]
    if len(subs) < bar.least or len(subs) != len(names) or subs[0] < names[0]:
        return []
    bounds = [*names[1:], len(bl)]
    if any(sum(1 for k in subs if a < k < b) != 1 for a, b in zip(names, bounds)):
        return []
    sub = set(subs)
    flat = [replace(b, kind="paragraph") if k in sub else b for k, b in enumerate(bl)]
    return _longest_parallel(flat, start, skip, [_without_trailer(flat, names)], {}, bar, media)


def _without_trailer(bl: Sequence[Block], run: list[int]) -> list[int]:
    """``run`` without a last title that has nothing under it ("Just For You" over a
    recommendations widget the body dropped): no entry."""
    if len(run) > 1:
        end = next((k for k in range(run[-1] + 1, len(bl)) if bl[k].kind == "heading"), len(bl))
        if not has_text(bl, run[-1], end):
            return run[:-1]
    return run


def _grouped_parallel(bl: Sequence[Block], start: int, skip: set[int], heads: list[int], bar: Bar) -> list[int]:
    """Entries under group headings ("For toddlers": three toys, "For teens": three
    gadgets): the headings of the deepest level, when every heading above them only
    groups them (two groups or more, each of two entries or more, a group's own text one
    block at most) and the entries together are parallel (:func:`shapes.parallel_run`)."""
    from auditor.structure.shapes import parallel_run

    levels = {bl[k].level for k in heads}
    if len(levels) != 2 or any(FRAME().match(bl[k].text) for k in heads):
        return []
    deep = max(levels)
    groups = [k for k in heads if bl[k].level < deep]
    entries = [k for k in heads if bl[k].level == deep]
    if len(groups) < 2 or len(entries) < bar.least or groups[0] > entries[0]:
        return []
    bounds = [*groups, len(bl)]
    sizes = [sum(1 for k in entries if a < k < b) for a, b in zip(bounds, bounds[1:])]
    # Every group of one is a name over a tagline heading (:func:`_subtitled`), not groups.
    if min(sizes) < bar.group or max(sizes) < 2 or any(next_title(bl, g) - g - 1 > 1 for g in groups):
        return []
    stops = [next_title(bl, k) for k in entries]
    body_words = sum(word_equivalents(bl[k].text) for k in range(start, len(bl)) if bl[k].kind != "heading" and k not in skip)
    return entries if parallel_run(bl, entries, stops[-1], body_words, bar=bar, stops=stops) else []


def next_title(bl: Sequence[Block], k: int) -> int:
    return next((j for j in range(k + 1, len(bl)) if bl[j].kind == "heading"), len(bl))


def parallel_bold(bl: Sequence[Block], start: int, skip: set[int], bolds: list[Cand],
                   bar: Bar = LIST_BAR) -> list[Cand]:
    """The longest run of bold titles (no heading between them) that opens parallel
    entries making up the article: "**ACHIY – Handgestrickte Knitwear** Eine…" × 13.
    A template's label heading repeated in every entry ("Pros", "Cons", "Specs" boxes
    between the bold names) is part of the entry, as for headed entries: it ends no run."""
    bl = _labels_blanked(bl, start, skip, bolds)
    runs: list[list[int]] = []
    labels = {c.block for c in bolds if _group_label(c)}
    if labels and all(c.block in labels for c in bolds if c.block not in skip):
        labels = set()  # ALL-CAPS bold titles with nothing to group ("LISBON" over its text): entries
    for c in bolds:
        if c.block in skip:
            continue
        if c.block in labels:
            runs.append([])  # "PICTURE BOOKS": a group's label ends a run
        elif runs and runs[-1] and not any(bl[k].kind == "heading" for k in range(runs[-1][-1] + 1, c.block)):
            runs[-1].append(c.block)
        else:
            runs.append([c.block])
    by_block = {c.block: c for c in bolds}
    own = {k: c.extra_words for k, c in by_block.items()}
    best = _longest_parallel(bl, start, skip, runs, own, bar)
    if not best and labels:
        best = _labelled_groups(bl, start, skip, [r for r in runs if r], labels, own, bar)
    if not best and not labels:
        best = _bold_under_headings(bl, start, skip, [r for r in runs if r], own, bar)
    if len(best) >= 2 * bar.least:
        half = labelled_half([by_block[k].heading for k in best])
        if half is not None:
            best = best[half::2]  # a name, then "Our verdict on …" under every entry: a template's line
    return [by_block[k] for k in best]


def _labels_blanked(bl: Sequence[Block], start: int, skip: set[int], bolds: list[Cand]) -> Sequence[Block]:
    """``bl`` with the headings a template repeats between bold titles (:func:`labels.
    template_labels`) and a slideshow's media slides ("Video: …") read as empty paragraphs;
    ``bl`` itself when there are none."""
    inside = [c.block for c in bolds if c.block not in skip]
    if len(inside) < 2 or not any(bl[k].kind == "heading" for k in range(inside[0] + 1, inside[-1])):
        return bl  # the common case: no heading between the bold titles
    heads = [k for k in range(start, len(bl)) if bl[k].kind == "heading" and k not in skip]
    keys = label_keys([bl[k].text for k in heads], lambda n: over_list(bl, heads[n]))
    repeated = template_labels(Counter(keys))
    labels = {k for k, key in zip(heads, keys) if key in repeated}
    labels |= {k for k in heads if MEDIA_LABEL().match(bl[k].text)}  # "Video: …" slides between the entries
    if not labels:
        return bl
    return [replace(b, kind="paragraph", text="") if k in labels else b for k, b in enumerate(bl)]


def _bold_under_headings(bl: Sequence[Block], start: int, skip: set[int], runs: list[list[int]],
                         own: dict[int, int], bar: Bar) -> list[int]:
    """Bold entries in groups under headings ("What not to say to a birth mom": four bold
    sayings, "… to an adoptee": three), read as one list: two groups or more, each of two
    entries or more, nothing under a group's heading before its first entry but one
    paragraph of lead-in, and the entries together parallel (:func:`shapes.parallel_run`),
    each ending at the next entry or heading."""
    from auditor.structure.shapes import parallel_run

    if len(runs) < 2 or min(len(r) for r in runs) < bar.group or max(len(r) for r in runs) < 2:
        return []
    for run in runs:
        head = next((k for k in range(run[0] - 1, start - 1, -1) if bl[k].kind == "heading"), None)
        if head is None or head in skip or run[0] - head - 1 > 1 or FRAME().match(bl[head].text):
            return []
    entries = [k for r in runs for k in r]
    stops = [next((j for j in range(k + 1, len(bl)) if j in entries or bl[j].kind == "heading"), len(bl))
             for k in entries]
    body_words = sum(word_equivalents(bl[k].text) for k in range(start, len(bl)) if bl[k].kind != "heading" and k not in skip)
    ok = parallel_run(bl, entries, stops[-1], body_words, lambda k: own.get(k, 0), bar, stops)
    return entries if ok else []


def _group_label(c: Cand) -> bool:
    """A bold ALL-CAPS line alone in its paragraph ("PICTURE BOOKS", "YOUNG ADULT"): it
    labels the group of entries after it rather than being one."""
    return not c.extra_words and 1 <= word_count(c.heading) <= 5 and all_caps(c.heading)


def _labelled_groups(bl: Sequence[Block], start: int, skip: set[int], runs: list[list[int]], labels: set[int],
                     own: dict[int, int], bar: Bar) -> list[int]:
    """The bold entries of two or more labelled groups (each of two entries or more, every
    run after a label) read as one list, each entry's section ending at the next entry or
    label, when together they are parallel (:func:`shapes.parallel_run`)."""
    from auditor.structure.shapes import parallel_run

    if len(runs) < 2 or min(len(r) for r in runs) < bar.group:
        return []
    entries = [k for r in runs for k in r]
    if any(bl[k].kind == "heading" for k in range(entries[0], entries[-1])):
        return []
    bounds = sorted(set(entries) | labels)
    stops = [next((b for b in bounds if b > k), next_title(bl, k)) for k in entries]
    body_words = sum(word_equivalents(bl[k].text) for k in range(start, len(bl)) if bl[k].kind != "heading" and k not in skip)
    ok = parallel_run(bl, entries, stops[-1], body_words, lambda k: own.get(k, 0), bar, stops)
    return entries if ok else []


def _longest_parallel(bl: Sequence[Block], start: int, skip: set[int], runs: list[list[int]],
                      own: dict[int, int], bar: Bar = LIST_BAR, between: AbstractSet[int] = frozenset()) -> list[int]:
    """The longest of ``runs`` (title block indices) that :func:`shapes.parallel_run`
    accepts; each run's last section ends at the next heading. ``own``: body words a
    title's own block carries; ``bar``: what makes a list (:class:`shapes.Bar`);
    ``between``: titles of slides between the entries, whose sections end an entry's."""
    from auditor.structure.shapes import parallel_run

    if not any(len(run) >= bar.least for run in runs):
        return []  # the common case (a story): no count of the body's words needed
    body_words = sum(word_equivalents(bl[k].text) for k in range(start, len(bl))
                     if bl[k].kind != "heading" and k not in skip)
    best: list[int] = []
    for run in runs:
        if len(run) <= len(best):
            continue
        end = next((k for k in range(run[-1] + 1, len(bl)) if bl[k].kind == "heading"), len(bl))
        stops = [next((b for b in sorted(between) if t < b < nxt), nxt) for t, nxt in zip(run, [*run[1:], end])] \
            if between else []
        if parallel_run(bl, run, end, body_words, lambda k: own.get(k, 0), bar, stops):
            best = run
    return best
