"""Find the items of a listicle: "1. Flags of Freedom…", "#3 Steckturm", "<ol><li>…".

:func:`detect_items` is pure: it reads the blocks of a :class:`Document` (headings,
paragraphs, list items — each with its source position) and returns the items in
document order. Shapes, most confident first:

a. headings with a number marker at one level ("1.", "1)", "#1", "No. 1", "Step 3:");
   numbered title paragraphs fill gaps when a page mixes the two;
b. numbered title paragraphs (``<p><strong>1. Title</strong></p>``) or numbered lines
   inside one paragraph ("01. Robert Plant<br>02. …");
c. an ordered list of three or more items;
d. when the headline promises N: N unnumbered headings at one level, or N short
   ALL-CAPS or bold title paragraphs; else the run of headings at the most common level;
e. without a promise: an ordered list its lead-in counts ("10 Tipps:"), else five or more
   unnumbered headings or bold titles opening parallel entries that make up the article
   (:mod:`auditor.structure.shapes`).

With a promise of N, more candidates than N are cut to the N the page sets apart
(:mod:`auditor.structure.fit`); paragraphs opening alike ("For your …") or the one
bulleted list of exactly N count when nothing else does. Numbered ``<dt>``, numbered
``<figcaption>`` and ranking-table rows reach this module as paragraphs carrying their numbers
(:mod:`auditor.sources.html.walk`).

Runs of items after an "Also read" / "Related" marker never count. Positions are
compared as (line, column) so one-line HTML pages still order correctly.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from auditor.model import Document, Heading, Item, ListItem, Paragraph
from auditor.structure.fit import exact_run, has_text, numbered_prefix, paired, without_label
# The item-number grammar lives in auditor.structure.markers; re-exported for callers.
from auditor.structure.markers import Marker, bare_number, parse_marker  # noqa: F401
from auditor.structure.shapes import LIST_BAR, NAMED_BAR, Bar, one_label, parallel_leads, parallel_window
from auditor.text.cues import RELATED_PREFIX
from auditor.text import stats
from auditor.text.lazyre import lazy_pattern
from auditor.text.segment import words  # word tokens (numbers are not words); re-exported for checks

Pos = tuple[int, int]

# A FAQ section's numbered questions are not the listicle's items.
FAQ = re.compile(r"\bFAQs?\b|frequently asked questions|häufige fragen|preguntas frecuentes|questions fréquentes", re.I)
# Section headings that frame a list rather than belong to it.
FRAME = re.compile(
    r"^\W*(?:conclusions?|final thoughts?|final words?|the bottom line|bottom line|wrap[- ]?up|in summary|summary"
    r"|key takeaways?|takeaways?|the verdict|verdict|faqs?|frequently asked questions|sources|references"
    r"|introduction|intro|overview|about the author|comments?|share this|sign up|newsletter"
    r"|fazit|zusammenfassung|schlussfolgerung|conclusión|conclusion|conclusione|conclusão|conclusie|en résumé"
    # How a guide chose its picks and how to choose among them, before or after the picks.
    r"|final verdict|how we (?:picked|pick|chose|choose|tested|test|selected|select|ranked|rank|rated|rate|found)"
    r"|why (?:you should )?trust us|(?:our )?methodology|what to look for|how to (?:choose|pick)"
    r"|buying guide|buyer'?s guide|(?:our picks )?at a glance|so haben wir|kaufberatung|auswahlkriterien"
    r"|worauf (?:sie|du|man) achten|cómo elegimos|cómo elegir|qué buscar|guía de compra|comment (?:nous avons|on a) choisi"
    r"|comment choisir|guide d'achat)\b",
    re.I,
)

@dataclass(frozen=True, slots=True)
class Block:
    """A heading, paragraph or list of the body in document order, as item detection reads it."""

    pos: Pos
    kind: str  # heading, paragraph, list
    text: str
    level: int = 0  # heading level
    obj: Heading | Paragraph | ListItem | None = None


@dataclass(frozen=True, slots=True)
class _Cand:
    """A candidate list item: its position, number and title, before the best shape is chosen."""

    pos: Pos
    number: int | None
    heading: str
    marker: str
    style: str  # heading, paragraph, line, ordered-list, caps
    level: int
    block: int  # index into blocks
    extra_words: int = 0  # body words inside the candidate's own block


def blocks(doc: Document) -> list[Block]:
    """Headings, paragraphs and list items in document order."""
    out = [Block((h.line, h.column), "heading", h.text, h.level, h) for h in doc.headings]
    out += [Block((p.line, p.column), "paragraph", p.text, 0, p) for p in doc.paragraphs]
    out += [Block((li.line, li.column), "list", li.text, 0, li) for li in doc.list_items]
    order = {"heading": 0, "paragraph": 1, "list": 2}
    out.sort(key=lambda b: (b.pos, order[b.kind]))
    return out


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


def _inline_related(text: str) -> bool:
    m = RELATED_PREFIX.match(text)
    rest = text[m.end():] if m else text
    return len(re.findall(r"[^\W\d_]+", rest)) >= 3


def related_zones(bl: Sequence[Block]) -> set[int]:
    """Blocks inside an "Also read" / "Related" zone. A heading marker covers its
    section; a paragraph marker ("Also Read :-") covers the list right after it,
    numbered headings included while they count 1, 2, 3… afresh."""
    out: set[int] = set()
    i = 0
    while i < len(bl):
        b = bl[i]
        zone = b.kind in ("heading", "paragraph") and len(b.text.split()) <= 8 and RELATED_PREFIX.match(b.text)
        if not zone and not (b.kind == "heading" and FAQ.search(b.text)):
            i += 1
            continue
        if zone and b.kind == "paragraph" and _inline_related(b.text):
            out.add(i)  # "Related: 5 Great Ways to…" is one link, not a list's label
            i += 1
            continue
        j, last = i + 1, 0
        while j < len(bl):
            nb = bl[j]
            if nb.kind == "heading" and not RELATED_PREFIX.match(nb.text):
                if b.kind == "heading" and nb.level <= b.level:
                    break
                if b.kind == "paragraph":
                    mk = parse_marker(nb.text, plain=True)
                    if mk is None or mk.number != last + 1:
                        break
                    last = mk.number
            elif b.kind == "paragraph" and nb.kind == "paragraph" and parse_marker(nb.text) is None and j > i + 1:
                break  # the body goes on
            j += 1
        out.update(range(i, j))
        i = j
    return out


def _title_of(text: str, limit: int = 20) -> tuple[str, int]:
    """A numbered paragraph's title (first sentence or colon clause) and the words after it."""
    m = re.search(r"(?<=[^\s\d])[.?!:](?=\s|$)|(?<=[?!])(?=[A-Z])", text)
    head = text[: m.end()] if m else text
    if len(words(head)) > limit:
        return "", 0
    return head.strip(), len(words(text[len(head) :]))


def _lead_words(text: str, n: int) -> tuple[str, int]:
    """The first ``n`` words of ``text`` as a title, and how many words follow."""
    parts = text.split()
    head = " ".join(parts[:n]) + ("…" if len(parts) > n else "")
    return head, max(0, len(words(text)) - len(words(head)))


def _candidates(doc: Document, bl: Sequence[Block], start: int, skip: set[int]) -> dict[str, list[_Cand]]:
    """Every block that may open an item, by shape: "heading" (numbered headings),
    "paragraph" (numbered paragraphs and lines), "caps" (ALL-CAPS title paragraphs),
    "leads" (ALL-CAPS run-in leads) and "bold" (paragraphs opening with a bold title)."""
    ordered_by_line = {
        (li.line, li.text): li for li in doc.list_items if li.ordered and li.number is not None
    }
    out: dict[str, list[_Cand]] = {"heading": [], "paragraph": [], "caps": [], "leads": [], "bold": []}
    for i in range(start, len(bl)):
        if i in skip:
            continue
        b = bl[i]
        if b.kind == "heading":
            mk = parse_marker(b.text, plain=True)
            if mk:
                out["heading"].append(_Cand(b.pos, mk.number, b.text, mk.marker, "heading", b.level, i))
            elif (b.pos[0], b.text) in ordered_by_line:
                # <ol><li><h3>Title</h3>: the list draws the number.
                li = ordered_by_line[(b.pos[0], b.text)]
                out["heading"].append(_Cand(b.pos, li.number, b.text, "", "heading", b.level, i))
        elif b.kind == "paragraph":
            _paragraph_candidates(bl, i, out)
    return out


def _paragraph_candidates(bl: Sequence[Block], i: int, out: dict[str, list[_Cand]]) -> None:
    """Add what paragraph ``bl[i]`` may open to ``out`` (see :func:`_candidates`)."""
    b = bl[i]
    para = b.obj
    assert isinstance(para, Paragraph)
    if para.quote:
        return
    lines = _lines(para)
    numbered = [(k, ln, mk) for k, ln in enumerate(lines) if (mk := parse_marker(ln)) is not None]
    if len(lines) >= 3 and len(numbered) >= 3:
        for k, ln, mk in numbered:
            out["paragraph"].append(_Cand((para.line + k, para.column if k == 0 else 1), mk.number, ln, mk.marker,
                                          "line", 0, i))
        return
    bare = bare_number(b.text)
    if bare is not None and i + 1 < len(bl) and bl[i + 1].kind != "heading":
        # "<p>1.</p>" and the item's content (an embedded post, a quote) after it.
        title, _ = _lead_words(bl[i + 1].text, 12)
        out["paragraph"].append(_Cand(b.pos, bare, f"{b.text.strip()} {title}", b.text.strip(), "paragraph", 0, i))
        return
    mk = parse_marker(b.text)
    if mk:
        title, rest = _title_of(b.text)
        if not title:  # a run-in item whose first sentence is long: "9. Accusing Lena…"
            title, rest = _lead_words(b.text, 12)
        out["paragraph"].append(_Cand(b.pos, mk.number, title, mk.marker, "paragraph", 0, i, rest))
        return
    bold = _bold_title(para)
    if bold is not None:
        out["bold"].append(replace(bold, block=i))
    if _is_caps_title(b.text):
        out["caps"].append(_Cand(b.pos, None, b.text, "", "caps", 0, i))
        return
    lead = _CAPS_LEAD.match(b.text)
    if lead:  # "VISIT the Pennsylvania National Horse Show, …"
        head = lead.group(1)
        out["leads"].append(_Cand(b.pos, None, head, "", "caps", 0, i, len(words(b.text)) - len(words(head))))


# A bold title names an entry in a few words; a longer bold run is emphasis.
_BOLD_TITLE_WORDS = 15


def _bold_title(para: Paragraph) -> _Cand | None:
    """The entry a paragraph opening in bold names ("**ACHIY – Handgestrickte Knitwear**
    Eine Produktion…", a bold ``<p>`` alone), with the words after the title."""
    if not para.lead:
        return None
    title = para.text[: para.lead].strip()
    n = len(words(title))
    if not 1 <= n <= _BOLD_TITLE_WORDS or _CAPTION.match(title):
        return None
    return _Cand((para.line, para.column), None, title, "", "caps", 0, -1, len(words(para.text[para.lead:])))


def _lines(para: Paragraph) -> list[str]:
    if not para.breaks:
        return [para.text]
    cuts = [0, *para.breaks, len(para.text)]
    return [para.text[a:b].strip() for a, b in zip(cuts, cuts[1:]) if para.text[a:b].strip()]


_CAPS_LEAD = re.compile(r"^((?:[A-ZÄÖÜÉÈ][A-ZÄÖÜÉÈ'’-]{2,})(?:\s+[A-ZÄÖÜÉÈ][A-ZÄÖÜÉÈ'’-]+){0,3})\s+(?=[^\W\d_]*[a-zäöüéè])")


def _is_caps_title(text: str) -> bool:
    ws = words(text)
    return 2 <= len(ws) <= 12 and text.upper() == text and any(c.isalpha() for c in text) and not text.rstrip().endswith(".")


def _separated(bl: Sequence[Block], a: _Cand, b: _Cand, level: int) -> bool:
    """Whether a section break stands between two candidates: a heading above the
    items' level, an unnumbered heading at it, or a lead-in paragraph ending in ':'."""
    for k in range(a.block + 1, b.block):
        blk = bl[k]
        if blk.kind == "heading":
            if level == 0 or blk.level < level:
                return True
            if blk.level == level and parse_marker(blk.text, plain=True) is None:
                return True
    prev = bl[b.block - 1] if b.block > a.block + 1 else None
    return bool(prev and prev.kind == "paragraph" and prev.text.rstrip().endswith(":"))


def _runs(bl: Sequence[Block], cands: list[_Cand], level: int) -> list[list[_Cand]]:
    """Split candidates where numbering restarts (goes back against the list's
    direction) after a section break; gaps and unbroken restarts stay in the run
    so the numbering rules can report them."""
    runs: list[list[_Cand]] = []
    for c in cands:
        if runs:
            run = runs[-1]
            prev = run[-1]
            if c.number is None or prev.number is None:
                run.append(c)
                continue
            first = run[0].number if run[0].number is not None else prev.number
            direction = -1 if len(run) >= 2 and prev.number < first else 1
            restart = (c.number - prev.number) * direction <= 0
            if not (restart and _separated(bl, prev, c, level)):
                run.append(c)
                continue
        runs.append([c])
    return runs


def _pick(runs: list[list[_Cand]], promised: int | None, at_least: bool) -> list[_Cand]:
    if promised:
        for run in runs:
            if len(run) == promised or (at_least and len(run) >= promised):
                return run
        # Per-section numbering ("#1 #2 | #1 #2 #3"): the runs together keep the promise.
        if len(runs) > 1 and sum(len(r) for r in runs) == promised and all(
            r[0].number in (1, len(r)) for r in runs
        ):
            return [c for r in runs for c in r]
        if not at_least:
            for run in runs:
                # "1. … 6." then "1. …" again: the promised list and a second one after it.
                cut = numbered_prefix([c.number for c in run], promised)
                if cut:
                    return _after_contents(run, cut)
    return max(runs, key=len)


def _after_contents(run: list[_Cand], n: int) -> list[_Cand]:
    """The first ``n`` of ``run``, or the next ``n`` when the first are a table of
    contents: titles alone, one right after the other (lines of one paragraph, or
    paragraphs), and the same numbers again after them with the items' text ("1. A
    2. B 3. C" then "1. A: …")."""
    head, again = run[:n], run[n:2 * n]
    if [c.number for c in again] == [c.number for c in head] \
            and all(b.block - a.block in (0, 1) for a, b in zip(head, head[1:])) \
            and all(c.extra_words == 0 for c in head):
        return again
    return head


# Labels that open additions after the promised list: reader suggestions, bonus picks,
# honourable mentions, an update. Items after them are extras, not the list's own.
EXTRAS = lazy_pattern(
    r"^\W*(?:update[ds]?|bonus|extras?|honou?rable mentions?|also[- ]rans?|reader(?:s'?)? suggestions"
    r"|suggestions from (?:the |our )?readers|nachtrag|ergänzung|actualización|mise à jour|aggiornamento"
    r"|atualização)\b",
    re.I,
)


def _cut_extras(bl: Sequence[Block], run: list[_Cand], promised: int | None, at_least: bool) -> list[_Cand]:
    """The promised items when the run goes on past them only after an "Update:" or
    "Bonus" label: "36 places…" plus four readers' suggestions is 36 items."""
    if not promised or at_least or len(run) <= promised:
        return run
    a, b = run[promised - 1], run[promised]
    between = [bl[k] for k in range(a.block + 1, b.block)]
    if any(EXTRAS().match(x.text) for x in between) or EXTRAS().match(b.heading):
        return run[:promised]
    return run


def _grouped(bl: Sequence[Block], heads: list[_Cand], promised: int, skip: set[int]) -> list[_Cand]:
    """Items grouped under fewer headings ("20 ideas" under six "Idea #N" sections): the
    list items, or the paragraphs after each section's introduction, when every section
    holds two or more and they add up to exactly the promise. Nothing otherwise: a guess
    must match the count, and "## 1. Tip" with a paragraph under it is one item."""
    sections: list[list[int]] = []
    for n, c in enumerate(heads):
        stop = heads[n + 1].block if n + 1 < len(heads) else len(bl)
        sec: list[int] = []
        for k in range(c.block + 1, stop):
            b = bl[k]
            if k in skip or (b.kind == "heading" and b.level <= c.level):
                break
            sec.append(k)
        sections.append(sec)
    lists = [[k for k in sec if bl[k].kind == "list" and getattr(bl[k].obj, "depth", 1) == 1] for sec in sections]
    paras = [[k for k in sec if bl[k].kind == "paragraph"] for sec in sections]
    for picked in (lists, [p[1:] for p in paras], paras):
        # Every section a group (two or more): a section of one is an item, not a group.
        if sum(len(p) for p in picked) == promised and all(len(p) >= 2 for p in picked):
            out: list[_Cand] = []
            for k in (k for p in picked for k in p):
                title, rest = _title_of(bl[k].text, limit=12)
                if not title:
                    title, rest = _lead_words(bl[k].text, 12)
                out.append(_Cand(bl[k].pos, None, title, "", "paragraph", 0, k, rest))
            return out
    return []


def _closing_entry(bl: Sequence[Block], heads: list[_Cand], promised: int, skip: set[int]) -> list[_Cand]:
    """Items 1..N-1 numbered and the N-th after them unnumbered, built like them: the
    author's own pick closing "12 Twitter users…" after eleven numbered users ("Meine
    Lektion für erfolgreiche Tweets: Loben und ermutigen!"). Taken only when the next
    heading at the items' level titles the same shape (the same colon form, a title of
    the items' length, no frame, extras or related label, not a link) over a section of
    an item's length. Empty otherwise: a shortfall stays a shortfall."""
    if len(heads) != promised - 1 or promised < 4 or [c.number for c in heads] != list(range(1, promised)):
        return []
    last, level = heads[-1], heads[-1].level
    nxt = next((k for k in range(last.block + 1, len(bl)) if bl[k].kind == "heading" and bl[k].level <= level), None)
    if nxt is None or nxt in skip or bl[nxt].level != level:
        return []
    title, heading = bl[nxt].text, bl[nxt].obj
    if (parse_marker(title, plain=True) or FRAME.match(title) or EXTRAS().match(title) or RELATED_PREFIX.match(title)
            or (isinstance(heading, Heading) and heading.link_only) or CLOSING.match(title)):
        return []
    titles = [_item_title(c.heading) for c in heads]
    if any((":" in t) != (":" in title) for t in titles):
        return []
    sizes = [len(words(t)) for t in titles]
    if not min(sizes) / 2 <= len(words(title)) <= 1.5 * max(sizes):
        return []
    stops = [c.block for c in heads[1:]] + [nxt]
    bodies = [_section_size(bl, c.block, stop) for c, stop in zip(heads, stops)]
    end = next((k for k in range(nxt + 1, len(bl)) if bl[k].kind == "heading" and bl[k].level <= level), len(bl))
    own = _section_size(bl, nxt, end)
    if not min(bodies) / 2 <= own <= 2 * max(bodies):
        return []
    return [*heads, _Cand(bl[nxt].pos, None, title, "", "heading", level, nxt)]


def _section_size(bl: Sequence[Block], title: int, stop: int) -> int:
    return sum(len(words(bl[k].text)) for k in range(title + 1, stop) if bl[k].kind != "heading")


def _same_label(cands: list[_Cand]) -> list[_Cand]:
    """Keep the items whose label ("Common Mistake #") the majority shares: drops a
    stray "Method #1" heading among "1. Gather the seeds" steps."""
    labels = Counter(_label(c.heading) for c in cands)
    top, count = labels.most_common(1)[0]
    if count == len(cands) or count < 2:
        return cands
    return [c for c in cands if _label(c.heading) == top]


def _label(text: str) -> str:
    mk = parse_marker(text, plain=True)
    return mk.label.lower() if mk else ""


def _fill(heads: list[_Cand], paras: list[_Cand]) -> list[_Cand]:
    """Numbered headings plus numbered paragraphs that fill their gaps (pages that
    set some items as <h3> and others as <p>), kept only when that completes 1..n."""
    have = {c.number for c in heads}
    extra = [p for p in paras if p.style == "paragraph" and p.number not in have]
    if not extra:
        return heads
    merged = sorted(heads + extra, key=lambda c: c.pos)
    nums: list[int] = sorted(n for c in merged if (n := c.number) is not None)
    numbered = sorted(n for n in have if n is not None)
    if nums == list(range(1, len(nums) + 1)) and (numbered != list(range(1, len(have) + 1))):
        return merged
    return heads


def _choose(doc: Document, bl: Sequence[Block], start: int, skip: set[int]) -> list[_Cand]:
    promised, at_least = doc.headline_number, doc.headline_number_at_least
    cands = _candidates(doc, bl, start, skip)
    heads = cands["heading"]
    if heads:
        by_level = Counter(c.level for c in heads)
        level = min(by_level, key=lambda lv: (-by_level[lv], lv))
        if promised:
            exact = [lv for lv in by_level if by_level[lv] == promised]
            level = min(exact) if exact else level
        if by_level[level] >= 2:
            chosen = _same_label([c for c in heads if c.level == level])
            chosen = _fill(chosen, cands["paragraph"])
            picked = _cut_extras(bl, _pick(_runs(bl, chosen, level), promised, at_least), promised, at_least)
            if promised and len(picked) < promised:
                return _grouped(bl, picked, promised, skip) or _closing_entry(bl, picked, promised, skip) or picked
            return picked
    paras = _same_label(cands["paragraph"]) if cands["paragraph"] else []
    if len(paras) >= 3:
        return _cut_extras(bl, _pick(_runs(bl, paras, 0), promised, at_least), promised, at_least)
    # An ordered list is the listicle only when the headline promises a count:
    # elsewhere it is just steps or a leftover "Most popular" widget.
    ordered = _ordered_lists(doc, bl, start, skip) if promised else []
    if ordered:
        best = max(ordered, key=len)
        if promised:
            best = next((o for o in ordered if len(o) == promised), best)
        return best
    if promised:
        return (_unnumbered(bl, start, skip, promised, cands["caps"], cands["leads"], cands["bold"])
                or _captioned_pictures(doc, bl, start, promised))
    # A headline naming a list it does not count ("These Halloween Workouts") makes three
    # parallel entries a list; elsewhere it takes five (:data:`shapes.MIN_ITEMS`).
    named = _names_list(doc)
    bar = NAMED_BAR if named else LIST_BAR
    return (_counted_list(doc, bl, start, skip) or _parallel_headings(bl, start, skip, bar)
            or _parallel_bold(bl, start, skip, cands["bold"], bar)
            or (_sole_ordered_list(doc, bl, start, skip) if named else []))


def _captioned_pictures(doc: Document, bl: Sequence[Block], start: int, promised: int) -> list[_Cand]:
    """A picture-by-picture list: exactly ``promised`` pictures of the body carry a caption
    ("<figcaption><strong>Moon Decals</strong> Glow-in-the-dark…</figcaption>" under each
    slide of a gallery), distinct ones, and nothing else counts the promise. The caption
    is the item: its first sentence or words its title, the rest its text."""
    if promised < 3 or not bl or start >= len(bl):
        return []
    first = bl[start].pos
    shown = [im for im in doc.images if im.caption and not im.decorative and (im.line, im.column) >= first]
    captions = [" ".join((im.caption or "").split()) for im in shown]
    if len(shown) != promised or len(set(captions)) != promised:
        return []
    out = []
    positions = [b.pos for b in bl]
    for im, text in zip(shown, captions):
        title, rest = _title_of(text, limit=12)
        if not title:
            title, rest = _lead_words(text, 8)
        k = bisect_left(positions, (im.line, im.column))
        out.append(_Cand((im.line, im.column), None, title, "", "line", 0, min(k, len(bl) - 1), rest))
    return out


def _names_list(doc: Document) -> bool:
    from auditor.structure.numbers import names_list

    return bool(doc.headline) and names_list(doc.headline or "", doc.lang)


def _sole_ordered_list(doc: Document, bl: Sequence[Block], start: int, skip: set[int]) -> list[_Cand]:
    """The body's one ordered list of three or more entries, under a headline that names a
    list ("Estas son las marcas…" over an ``<ol>`` of eleven brands). None when there are
    several: then which one the headline means is a guess."""
    found = _ordered_lists(doc, bl, start, skip)
    return found[0] if len(found) == 1 else []


def _parallel_headings(bl: Sequence[Block], start: int, skip: set[int], bar: Bar = LIST_BAR) -> list[_Cand]:
    """The longest run of unnumbered headings at one level (no other heading between them)
    that opens parallel entries making up the article (:func:`shapes.parallel_run`): a
    list even without a count in the headline."""
    heads = [k for k in range(start, len(bl)) if bl[k].kind == "heading" and k not in skip]
    media = {k for k in heads if MEDIA_LABEL().match(bl[k].text)}
    heads = [k for k in heads if k not in media]  # "Video: …" slides between the entries
    runs: list[list[int]] = []
    for k in heads:
        if FRAME.match(bl[k].text) or bl[k].level == 1:
            runs.append([])  # a frame heading ("Conclusion") or an H1 ends a run
        elif runs and runs[-1] and bl[runs[-1][-1]].level == bl[k].level:
            runs[-1].append(k)
        else:
            runs.append([k])
    runs = [_without_trailer(bl, run) for run in runs]
    best = _longest_parallel(bl, start, skip, runs, {}, bar, media) or _grouped_parallel(bl, start, skip, heads, bar)
    return [_Cand(bl[k].pos, None, bl[k].text, "", "heading", bl[k].level, k) for k in best]


# Labels of slides a slideshow puts between its entries: a video, a gallery, an ad.
MEDIA_LABEL = lazy_pattern(
    r"^\W*(?:video|watch|photos?|gallery|slideshow|sponsored|advertisement|anzeige|werbung|vídeo|galería"
    r"|galerie|publicidad|publicité)\s*[:|–—-]\s*\S",
    re.I,
)


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
    if len(levels) != 2 or any(FRAME.match(bl[k].text) for k in heads):
        return []
    deep = max(levels)
    groups = [k for k in heads if bl[k].level < deep]
    entries = [k for k in heads if bl[k].level == deep]
    if len(groups) < 2 or len(entries) < bar.least or groups[0] > entries[0]:
        return []
    bounds = [*groups, len(bl)]
    sizes = [sum(1 for k in entries if a < k < b) for a, b in zip(bounds, bounds[1:])]
    if min(sizes) < 2 or any(_next_title(bl, g) - g - 1 > 1 for g in groups):
        return []
    stops = [_next_title(bl, k) for k in entries]
    body_words = sum(len(words(bl[k].text)) for k in range(start, len(bl)) if bl[k].kind != "heading" and k not in skip)
    return entries if parallel_run(bl, entries, stops[-1], body_words, bar=bar, stops=stops) else []


def _next_title(bl: Sequence[Block], k: int) -> int:
    return next((j for j in range(k + 1, len(bl)) if bl[j].kind == "heading"), len(bl))


def _parallel_bold(bl: Sequence[Block], start: int, skip: set[int], bolds: list[_Cand],
                   bar: Bar = LIST_BAR) -> list[_Cand]:
    """The longest run of bold titles (no heading between them) that opens parallel
    entries making up the article: "**ACHIY – Handgestrickte Knitwear** Eine…" × 13."""
    runs: list[list[int]] = []
    labels = {c.block for c in bolds if _group_label(c)}
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
    return [by_block[k] for k in best]


def _group_label(c: _Cand) -> bool:
    """A bold ALL-CAPS line alone in its paragraph ("PICTURE BOOKS", "YOUNG ADULT"): it
    labels the group of entries after it rather than being one."""
    return not c.extra_words and 1 <= len(words(c.heading)) <= 5 and c.heading.upper() == c.heading \
        and any(ch.isalpha() for ch in c.heading)


def _labelled_groups(bl: Sequence[Block], start: int, skip: set[int], runs: list[list[int]], labels: set[int],
                     own: dict[int, int], bar: Bar) -> list[int]:
    """The bold entries of two or more labelled groups (each of two entries or more, every
    run after a label) read as one list, each entry's section ending at the next entry or
    label, when together they are parallel (:func:`shapes.parallel_run`)."""
    from auditor.structure.shapes import parallel_run

    if len(runs) < 2 or min(len(r) for r in runs) < 2:
        return []
    entries = [k for r in runs for k in r]
    if any(bl[k].kind == "heading" for k in range(entries[0], entries[-1])):
        return []
    bounds = sorted(set(entries) | labels)
    stops = [next((b for b in bounds if b > k), _next_title(bl, k)) for k in entries]
    body_words = sum(len(words(bl[k].text)) for k in range(start, len(bl)) if bl[k].kind != "heading" and k not in skip)
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
    body_words = sum(len(words(bl[k].text)) for k in range(start, len(bl))
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


def _list_cand(b: Block, li: ListItem, i: int, bl: Sequence[Block] = ()) -> _Cand:
    """An ordered list's item ``li`` (block ``i``) as an item: its first sentence (or
    first words) for a title, the rest for its body. An entry whose text sits in
    paragraphs of its own (``<li><p>…</p></li>``, as loose Markdown lists and editors
    write them) takes its title from the first of them."""
    text = li.text
    if not text.strip() and bl:
        inner = li_paragraphs(bl, i)
        text = bl[inner[0]].text if inner else ""
    title, _ = _title_of(text, limit=12)
    heading = title or _lead_words(text, 12)[0]
    marker = f"{li.number}." if li.number is not None else ""
    body = max(0, len(words(text)) - len(words(heading))) if title else len(words(text))
    if not li.text.strip():
        body = 0  # the paragraphs are the item's body, counted as blocks after it
    return _Cand(b.pos, li.number, heading, marker, "ordered-list", 0, i, body)


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


def _counted_list(doc: Document, bl: Sequence[Block], start: int, skip: set[int]) -> list[_Cand]:
    """An ordered list its lead-in counts: a heading, or a paragraph ending in ':', that
    names N ("10 Tipps für innere Zufriedenheit:") right before a list of exactly N
    items. The lead-in promises what the headline did not."""
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
        if len(run) == n:
            return [_list_cand(bl[j], li, j, bl) for j, li in run]
    return []


def _ordered_lists(doc: Document, bl: Sequence[Block], start: int, skip: set[int]) -> list[list[_Cand]]:
    lists: dict[int, list[_Cand]] = {}
    for i in range(start, len(bl)):
        b = bl[i]
        if b.kind != "list" or i in skip:
            continue
        li = b.obj
        assert isinstance(li, ListItem)
        if not li.ordered or li.depth != 1:
            continue
        lists.setdefault(li.list_index, []).append(_list_cand(b, li, i, bl))
    out = [v for v in _continued(list(lists.values())) if len(v) >= 3]
    # One-item <ol>s in a row ("1." ten times, each list restarting the browser's
    # counter): one list of items that the page failed to number.
    chain: list[_Cand] = []
    for v in lists.values():
        if len(v) != 1:
            continue
        if chain and any(bl[k].kind == "heading" for k in range(chain[-1].block + 1, v[0].block)):
            if len(chain) >= 3:
                out.append(chain)
            chain = []
        chain.append(replace(v[0], number=None, marker=""))
    if len(chain) >= 3:
        out.append(chain)
    return out


def _continued(lists: list[list[_Cand]]) -> list[list[_Cand]]:
    """Ordered lists joined where one goes on with the next number (``<ol start="5">``
    after an ad or a picture split 1–4 from 5–7): one list, as the reader counts it."""
    out: list[list[_Cand]] = []
    for v in lists:
        prev = out[-1][-1].number if out else None
        if prev is not None and prev >= 1 and v[0].number == prev + 1 and v[0].number > 1:
            out[-1] = out[-1] + v
        else:
            out.append(v)
    return out


# A bulleted entry says something: a few words at least (a tag cloud's or a menu's
# entries are one or two).
_MIN_BULLET_WORDS = 4


def _bulleted(bl: Sequence[Block], start: int, skip: set[int], promised: int) -> list[_Cand]:
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
        return len(words(bl[k].text)) + sum(len(words(bl[j].text)) for j in li_paragraphs(bl, k))

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
        out.append(replace(_list_cand(bl[k], li, k, bl), number=None, marker=""))
    return out


def _headings_by_level(bl: Sequence[Block], start: int, skip: set[int]) -> dict[int, list[_Cand]]:
    """Unnumbered headings that may title items, by level: not a framing heading, not a
    template's label repeated under every item, not a list's own title."""
    from auditor.structure.numbers import headline_number

    by_level: dict[int, list[_Cand]] = {}
    texts = Counter(" ".join(b.text.split()).casefold() for b in bl[start:] if b.kind == "heading")
    for i in range(start, len(bl)):
        b = bl[i]
        if b.kind != "heading" or i in skip or not b.text.strip() or FRAME.match(b.text) or MEDIA_LABEL().match(b.text):
            continue
        if texts[" ".join(b.text.split()).casefold()] > 1:
            continue  # "Pros and Cons", "Pricing" under every item: a template's labels
        if headline_number(b.text)[0] is not None:
            continue  # "10 Best Robotics Companies: Comparison chart" titles a list, is not an item
        by_level.setdefault(b.level, []).append(_Cand(b.pos, None, b.text, "", "heading", b.level, i))
    return by_level


def _unnumbered(
    bl: Sequence[Block], start: int, skip: set[int], promised: int, caps: list[_Cand], leads: list[_Cand],
    bolds: list[_Cand],
) -> list[_Cand]:
    by_level = _headings_by_level(bl, start, skip)
    for level in sorted(by_level):
        if len(by_level[level]) == promised and not _under_trailer(bl, by_level, level, promised):
            return by_level[level]
    for level in sorted(by_level):
        trimmed = _trim_frame(bl, by_level[level], promised)
        if trimmed:
            return trimmed
    # Items set at mixed levels (h3 h3 h3 h2 h3), each with text under it.
    mixed = sorted((c for lv, cs in by_level.items() if lv > 1 for c in cs), key=lambda c: c.pos)
    if len(mixed) == promised and all(
        c.block + 1 < len(bl) and bl[c.block + 1].kind != "heading" for c in mixed
    ):
        return mixed
    bold = [c for c in bolds if c.block not in skip]
    for run in (caps, leads, bold, _parallel_leads(bl, start, skip, promised), _title_paragraphs(bl, start, skip),
                _line_entries(bl, start, skip, promised)):
        if len(run) == promised:
            return run
    # More candidates than promised: exactly N of them set apart by the page's structure.
    for run in (*(by_level[level] for level in sorted(by_level)), caps, leads, bold):
        fitted = _fit(bl, run, promised, skip)
        if fitted:
            return fitted
    bulleted = _bulleted(bl, start, skip, promised)
    if bulleted:
        return bulleted
    if by_level:
        level = max(sorted(by_level), key=lambda lv: len(by_level[lv]))
        if len(by_level[level]) >= 3:
            return by_level[level]
    return []


def _fit(bl: Sequence[Block], cands: list[_Cand], promised: int, skip: set[int]) -> list[_Cand]:
    """Exactly ``promised`` of ``cands`` when the page sets them apart (:mod:`auditor.structure.fit`):
    a run of N between section breaks, titles in pairs, the one window of N alike
    sections, or N once a label repeated under items ("Read more:", "Opening hours …")
    is left out. Empty when nothing does."""
    if len(cands) <= promised:
        return []
    by_block = {c.block: c for c in cands}
    idx = [c.block for c in cands]
    keep = exact_run(bl, idx, promised, skip, FRAME) or paired(bl, idx, [c.heading for c in cands], promised)
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


def _parallel_leads(bl: Sequence[Block], start: int, skip: set[int], promised: int) -> list[_Cand]:
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
        title, rest = _title_of(bl[k].text, limit=8)
        if len(title.split()) < 2:  # "From:" says less than "From: Grandma What she…"
            title, rest = _lead_words(bl[k].text, 6)
        out.append(_Cand(bl[k].pos, None, title, "", "caps", 0, k, rest))
    return out


_CAPTION = re.compile(r"^\W*(?:photo|image|picture|foto|bild|credit|source|quelle|fuente|via)\b", re.I)


def _title_paragraphs(bl: Sequence[Block], start: int, skip: set[int]) -> list[_Cand]:
    """Short title lines set as paragraphs (a bold ``<p>`` standing for a heading), each
    followed by a paragraph of body text: "Biosphäre Potsdam" + its description."""
    out: list[_Cand] = []
    for k in range(start, len(bl) - 1):
        b, nxt = bl[k], bl[k + 1]
        if b.kind != "paragraph" or k in skip or nxt.kind != "paragraph":
            continue
        text = b.text.strip()
        n = len(words(text))
        if not 1 <= n <= 10 or text.endswith((".", "!", "?", ":", ",", "…")) or _CAPTION.match(text):
            continue
        if len(words(nxt.text)) >= 20:
            out.append(_Cand(b.pos, None, text, "", "caps", 0, k))
    return out


# A line of an entry set as lines ("Crash Room<br>3 Minuten vom S-Bahnhof Ostkreuz"): a
# name, an address, opening hours; longer lines are prose.
_ENTRY_LINE_WORDS = 12


def _line_entries(bl: Sequence[Block], start: int, skip: set[int], promised: int) -> list[_Cand]:
    """Entries set as blocks of lines, one paragraph each, all with the same number of
    short lines, the first naming the entry: "Crash Room<br>3 Minuten vom S-Bahnhof
    Ostkreuz" (venues, addresses). The first entry may close the lead-in's paragraph,
    after its line ending in ':'. Exactly ``promised`` of them in a row, else none."""
    def entry(lines: list[str]) -> bool:
        return (len(lines) >= 2 and all(1 <= len(words(ln)) <= _ENTRY_LINE_WORDS for ln in lines)
                and not lines[0].endswith((".", "!", "?", ":", ",")))

    done = start
    for k in range(start, len(bl)):
        b = bl[k]
        if k < done or b.kind != "paragraph" or k in skip or not isinstance(b.obj, Paragraph) or b.obj.quote:
            continue
        lines = _lines(b.obj)
        colon = next((n for n, ln in enumerate(lines) if ln.endswith(":")), None)
        tail = lines[colon + 1:] if colon is not None else lines
        if not entry(tail):
            continue
        run = [(k, len(lines) - len(tail), tail)]
        j = k + 1
        while j < len(bl) and len(run) < promised + 1 and bl[j].kind == "paragraph" and j not in skip:
            para = bl[j].obj
            more = _lines(para) if isinstance(para, Paragraph) else []
            if len(more) != len(tail) or not entry(more):
                break
            run.append((j, 0, more))
            j += 1
        if len(run) == promised:
            return [_Cand((bl[i].pos[0] + at, bl[i].pos[1] if at == 0 else 1), None, ls[0], "", "caps", 0, i,
                          sum(len(words(ln)) for ln in ls[1:])) for i, at, ls in run]
        done = j  # a longer or shorter run is no list of N: none of it starts one
    return []


def _trim_frame(bl: Sequence[Block], run: list[_Cand], promised: int) -> list[_Cand]:
    """``run`` without the one heading that frames the list rather than being an item,
    when that leaves exactly the promise: a trailer (nothing under it, a list, a linked
    teaser title, or sub-headings of its own where the items have none: "Popular in the
    Community", "Weekend plans" over teasers), else the first heading (an introduction:
    "Sport als Thema")."""
    if len(run) != promised + 1:
        return []
    last = run[-1]
    body = [b for b in bl[last.block + 1 :] if b.kind != "heading"]
    if not body or all(b.kind == "list" for b in body[:3]) or _trailer(bl, run):
        return run[:-1]
    return run[1:]


def _under_trailer(bl: Sequence[Block], by_level: dict[int, list[_Cand]], level: int, promised: int) -> bool:
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


def _trailer(bl: Sequence[Block], run: list[_Cand]) -> bool:
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


# A paragraph that turns from the last item to the whole list: it closes the article.
CLOSING = re.compile(
    r"^\W*(?:in conclusion|to conclude|to sum (?:it )?up|in summary|in short|all in all|overall,|the bottom line"
    r"|bottom line|final(?:ly)?,? (?:thoughts|words)|so there you have it|there you have it|that'?s (?:it|all)"
    r"|but most importantly|most importantly|honou?rable mentions?|hopefully|happy \w+ing|which (?:one|of these)"
    r"|what(?:'s| is) your favou?rite|zum schluss|fazit|abschließend|en resumen|en conclusión|para terminar"
    r"|en conclusion|pour conclure|en bref|in conclusione|per concludere|em resumo|concluindo|tot slot)\b",
    re.I,
)


def _body_end(bl: Sequence[Block], c: _Cand, stop: int, skip: set[int], item_blocks: set[int], last: bool,
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
            rest = sum(len(words(x.text)) for x in bl[k:stop] if x.kind != "heading")
            if total + rest > 3 * typical and total + rest >= 150:
                return k
        total += len(words(b.text))
    return stop


def _one_block_items(chosen: Sequence[_Cand]) -> bool:
    """Run-in paragraph items that follow one another directly ("**1. Apple** shares…",
    "**2. Microsoft**…", "**ACHIY** – …"): each item is its own paragraph and nothing else.
    (Items read as paragraphs, as :func:`section_end` sees them through ``Item.style``.)"""
    if len(chosen) < 3 or any(c.style not in ("paragraph", "caps") for c in chosen):
        return False
    return all(b.block == a.block + 1 for a, b in zip(chosen, chosen[1:]))


def _body_words(bl: Sequence[Block], chosen: list[_Cand], skip: set[int]) -> list[int]:
    """Words between each item's title and the next item or section break."""
    out: list[int] = []
    item_blocks = {c.block for c in chosen}
    for n, c in enumerate(chosen):
        if c.style == "line":
            out.append(0)
            continue
        last = n + 1 == len(chosen)
        stop = len(bl) if last else chosen[n + 1].block
        if last and _one_block_items(chosen):
            stop = c.block + 1  # each item is one paragraph: what follows the last closes the article
        typical = stats.median(out) if last and out else 0.0
        end = _body_end(bl, c, stop, skip, item_blocks, last, typical)
        out.append(c.extra_words + sum(len(words(bl[k].text)) for k in range(c.block + 1, end)
                                       if bl[k].kind != "heading"))
    return out


def _with_item_one(bl: Sequence[Block], start: int, chosen: list[_Cand]) -> list[_Cand]:
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
            title, rest = _title_of(li.text, limit=12)
            return [_Cand(prev.pos, 1, title or _lead_words(li.text, 12)[0], "1.", "paragraph", 0, k, rest),
                    *chosen]
    if not chosen or start == 0 or chosen[0].number != 2 or chosen[0].style != "heading":
        return chosen
    head = bl[start - 1]
    mk = parse_marker(head.text, plain=True) if head.kind == "heading" else None
    if mk is None or mk.number != 1 or head.level != chosen[0].level:
        return chosen
    return [_Cand(head.pos, 1, head.text, mk.marker, "heading", head.level, start - 1), *chosen]


def detect_items(doc: Document) -> tuple[Item, ...]:
    """The listicle items of ``doc`` in document order (empty when none are found)."""
    bl = blocks(doc)
    start = _body_start(doc, bl)
    skip = related_zones(bl)
    chosen = _choose(doc, bl, start, skip)
    if not chosen and doc.headline_number and start > 0 and start >= len(bl) - 2:
        # The headline's heading closes the page (a second H1 repeating it after the
        # article): the items stand before it.
        chosen = _choose(doc, bl, 0, skip | {start - 1})
    chosen = _with_item_one(bl, start, chosen)
    counts = _body_words(bl, chosen, skip)
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
            title=_item_title(c.heading),
        )
        for c, n in zip(chosen, counts)
    )


def _item_title(heading: str) -> str:
    mk = parse_marker(heading, plain=True)
    return mk.title if mk else heading


_STYLES = {"heading": "heading", "ordered-list": "ordered-list", "paragraph": "paragraph", "line": "paragraph", "caps": "paragraph"}


def section_break_between(doc: Document, a: Item, b: Item) -> bool:
    """Whether a heading above the items' level (or an unnumbered one at it, or a
    lead-in paragraph ending in ':') stands between items ``a`` and ``b``: numbering
    may restart there ("Babies: #1 #2 · Toddlers: #1 #2")."""
    bl = blocks(doc)
    ia = next((k for k, x in enumerate(bl) if x.pos >= (a.line, a.column)), 0)
    ib = next((k for k, x in enumerate(bl) if x.pos >= (b.line, b.column)), len(bl))
    ca = _Cand((a.line, a.column), a.number, a.heading, a.marker, a.style, a.level, ia)
    cb = _Cand((b.line, b.column), b.number, b.heading, b.marker, b.style, b.level, ib)
    return _separated(bl, ca, cb, a.level)


def section_end(doc: Document, bl: Sequence[Block], skip: set[int]) -> int:
    """Index of the first block after the last item's section: a heading at or above the
    item's level, the end of the list for list items, a closing paragraph, or where a
    last item would outgrow three typical items. What follows closes the article."""
    if not doc.items:
        return len(bl)
    last = doc.items[-1]
    pos = (last.line, last.column)
    k = bisect_left([b.pos for b in bl], pos)
    style = {"heading": "heading", "ordered-list": "ordered-list"}.get(last.style, "paragraph")
    cand = _Cand(pos, last.number, last.heading, last.marker, style, last.level, k)
    typical = stats.median(i.words for i in doc.items[:-1]) if len(doc.items) > 1 else 0.0
    positions = [b.pos for b in bl]
    starts = [bisect_left(positions, (i.line, i.column)) for i in doc.items]
    if _one_block_items([replace(cand, block=j) for j in starts]):
        return k + 1
    return _body_end(bl, cand, len(bl), skip, set(), True, typical)


def with_items(doc: Document) -> Document:
    """``doc`` with ``items`` and the listicle facts filled in (for tests and callers
    without finish())."""
    from auditor.structure.facts import listicle_facts

    doc = replace(doc, items=detect_items(doc))
    return replace(doc, listicle=listicle_facts(doc))
