"""What item detection reads: the body's blocks (headings, paragraphs, list items) in
document order, the candidate an item may be, the "Also read" zones whose entries never
count, and how a block's text splits into a title and the words after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from auditor.model import Document, Heading, ListItem, Paragraph
from auditor.record import Record
from auditor.structure.labels import FAQ
from auditor.structure.markers import bare_number, counts_down, parse_marker
from auditor.text.cues import RELATED_PREFIX
from auditor.text.segment import word_count


Pos = tuple[int, int]


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Block(Record):
    """A heading, paragraph or list of the body in document order, as item detection reads it."""

    pos: Pos
    kind: str  # heading, paragraph, list
    text: str
    level: int = 0  # heading level
    obj: Heading | Paragraph | ListItem | None = None


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Cand(Record):
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
    return _badged(_without_copies(out))


def _badged(bl: list[Block]) -> list[Block]:
    """``bl`` with each number set in its own box right before a heading ("<p>1</p><h2>Lisbon
    </h2>", "<h2 class=number>1</h2><h3>Lisbon</h3>", as block themes and listicle
    templates put a badge beside the title) read as the heading's opening number ("1
    Lisbon"), when three or more such badges count 1..N or N..1 down the page (or restart at 1 under
    each section, :func:`counts_down`): the
    numbers a reader sees, which a heading alone does not carry. A short title paragraph takes
    its badge as a heading does ("<section><strong>01</strong></section><section><strong>
    Lisbon</strong></section>", WeChat's numbered-title templates; the walk keeps such a title
    only after its number's box)."""
    pairs = [k for k in range(len(bl) - 1) if bl[k].kind in ("heading", "paragraph")
             and bare_number(bl[k].text) is not None
             and (bl[k + 1].kind == "heading" or (bl[k].kind == "paragraph" and _title_line(bl[k + 1])))]
    nums = [n for k in pairs if (n := bare_number(bl[k].text)) is not None]
    if not counts_down(nums):
        return bl
    out: list[Block] = []
    badges = set(pairs)
    for k, b in enumerate(bl):
        if k in badges:
            continue
        if k - 1 in badges:
            b = replace(b, pos=bl[k - 1].pos, text=f"{bare_number(bl[k - 1].text)}. {b.text}")
        out.append(b)
    return out


_TITLE_WORDS = 10


# A title under its number badge runs as long as the walk keeps a title box's (titles.MAX_TITLE_WORDS).
_BADGED_TITLE_WORDS = 24


def _title_line(b: Block) -> bool:
    """Whether paragraph ``b`` reads as a title: a few words set in bold, not lower case first, no
    sentence end."""
    text = b.text.strip()
    bold = getattr(b.obj, "lead", 0) >= len(b.text.rstrip()) > 0
    return b.kind == "paragraph" and bold and len(text.split(None, _BADGED_TITLE_WORDS)) <= _BADGED_TITLE_WORDS \
        and not text[:1].islower() and bare_number(text) is None and not text.endswith(("…", ":")) \
        and not (text.endswith(".") and len(text.split()) > 6)  # a sentence, not a name ending "Inc."


def _without_copies(bl: list[Block]) -> list[Block]:
    """``bl`` without a block that repeats the one right before it word for word: a
    responsive template's second copy of a title ("<div class='d-none d-md-block'><h2>1.
    Paris</h2></div><div class='d-md-none'><h2>1. Paris</h2></div>"), one hidden by CSS
    at any width. A reader sees it once; counted twice, every entry would be two."""
    out: list[Block] = []
    for b in bl:
        prev = out[-1] if out else None
        if prev is not None and b.kind == prev.kind and b.level == prev.level and b.text.strip() \
                and (b.kind == "heading" or (len(b.text.split(None, _TITLE_WORDS)) <= _TITLE_WORDS
                                             and not b.text.rstrip().endswith((".", "!", "?", "…")))) \
                and " ".join(b.text.split()) == " ".join(prev.text.split()):
            continue  # (a title only: the same paragraph of prose twice is the writer's to fix)
        out.append(b)
    return _without_second_copy(out)


# A copy of the list is at least this many blocks, three of them headings.
_COPY_BLOCKS = 6


def _without_second_copy(bl: list[Block]) -> list[Block]:
    """``bl`` without a second copy of a run of blocks, word for word, starting at a
    heading: a template's mobile version of the whole list after the desktop one (one
    hidden by CSS at any width). Only a copy of six blocks or more, three of them
    headings: a repeated label or a short block twice is the page's own."""
    titles = [title for b in bl if b.kind == "heading" and (title := " ".join(b.text.split()))]
    if len(set(titles)) == len(titles):
        return bl  # no heading twice, so no copy starts anywhere (most pages): the other blocks' words unread
    keys = [(b.kind, " ".join(b.text.split())) for b in bl]
    first: dict[tuple[str, str], int] = {}
    for j, key in enumerate(keys):
        if key[0] != "heading" or not key[1]:
            continue
        i = first.setdefault(key, j)
        if i == j:
            continue
        n = 0
        while i + n < j and j + n < len(keys) and keys[i + n] == keys[j + n]:
            n += 1
        if n >= _COPY_BLOCKS and sum(1 for k in keys[j:j + n] if k[0] == "heading") >= 3:
            return bl[:j] + bl[j + n:]
    return bl


# The last body read: its blocks and related zones, keyed by the very tuples they were
# made from (held here, so no other tuple can take their identity). Item detection and
# the listicle facts read the same body one after the other; one slot, read once per
# call, so threads reading other documents only miss.
_READ: list[tuple[tuple[object, ...], list[Block], set[int]]] = [((), [], set())]


def read_body(doc: Document) -> tuple[list[Block], set[int]]:
    """``blocks(doc)`` and their :func:`related_zones`, made once per document body.
    Shared between callers: read them, never change them."""
    key: tuple[object, ...] = (doc.headings, doc.paragraphs, doc.list_items)
    last = _READ[0]
    if len(last[0]) == 3 and all(a is b for a, b in zip(last[0], key)):
        return last[1], last[2]
    bl = blocks(doc)
    skip = related_zones(bl)
    _READ[0] = (key, bl, skip)
    return bl, skip


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
        # At most 9 parts split off: enough to tell "8 words or fewer" from a paragraph.
        zone = b.kind in ("heading", "paragraph") and len(b.text.split(None, 8)) <= 8 and RELATED_PREFIX.match(b.text)
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


def title_of(text: str, limit: int = 20) -> tuple[str, int]:
    """A numbered paragraph's title (first sentence or colon clause) and the words after it."""
    m = re.search(r"(?<=[^\s\d])[.?!:](?=\s|$)|(?<=[?!])(?=[A-Z])", text)
    head = text[: m.end()] if m else text
    if word_count(head) > limit:
        return "", 0
    return head.strip(), word_count(text[len(head) :])


def all_caps(text: str) -> bool:
    """Whether ``text`` is set in capitals ("PICTURE BOOKS"): most of its letters cased, all
    of those upper case. Chinese, Japanese, Arabic, Hindi, Thai letters have no case: a title
    in those scripts is not set in capitals ("東京タワー".upper() is itself)."""
    letters = [c for c in text if c.isalpha()]
    cased = [c for c in letters if c.isupper() or c.islower()]
    return bool(cased) and 2 * len(cased) >= len(letters) and text.upper() == text


# A bold title run into its text names an entry in a few words; a longer bold run is emphasis.
_BOLD_RUN_TITLE_WORDS = 15


def bold_title(text: str, lead: int) -> str:
    """The bold run opening ``text`` (``lead`` characters) when it is an entry's title ended
    before its text: a few words, and the text after it opening a new sentence (a capital, a
    quote), not the title's line going on past a bold word ("**Lisbon** and its seven hills",
    "**Huawei** (except the Nexus 6P)"); else ""."""
    if not 0 < lead < len(text.rstrip()):
        return ""
    after = text[lead:].lstrip()
    if not after[:1].isupper() and after[:1] not in "\"'“‘«„":
        return ""
    head = text[:lead].strip()
    return head if 1 <= word_count(head) <= _BOLD_RUN_TITLE_WORDS else ""


def lead_words(text: str, n: int) -> tuple[str, int]:
    """The first ``n`` words of ``text`` as a title, and how many words follow."""
    parts = text.split()
    head = " ".join(parts[:n]) + ("…" if len(parts) > n else "")
    return head, max(0, word_count(text) - word_count(head))


def para_lines(para: Paragraph) -> list[str]:
    if not para.breaks:
        return [para.text]
    cuts = [0, *para.breaks, len(para.text)]
    return [para.text[a:b].strip() for a, b in zip(cuts, cuts[1:]) if para.text[a:b].strip()]


def over_list(bl: Sequence[Block], k: int) -> bool:
    """Whether heading ``bl[k]`` stands over a list and nothing else up to the next heading."""
    kinds = set()
    for j in range(k + 1, len(bl)):
        if bl[j].kind == "heading":
            break
        if bl[j].text.strip():
            kinds.add(bl[j].kind)
    return kinds == {"list"}


def item_title(heading: str) -> str:
    mk = parse_marker(heading, plain=True)
    return mk.title if mk else heading
