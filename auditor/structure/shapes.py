"""List shapes without printed numbers: runs of parallel sections.

A list whose items carry no number still shows its shape: the same kind of title
(headings of one level, or short bold title lines) opens each item, and every item is
built alike: a short body of one to a few blocks, all about the same length, with
nothing nested. A feature's subheadings differ: sections of uneven length, several
paragraphs each, subsections inside them, and much of the story outside them.

The functions here are pure: they read the blocks :func:`auditor.structure.blocks.blocks`
made and return block indices; the detector turns them into items.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditor.model import ListItem
from auditor.record import Record
from auditor.text.readability import word_equivalents
from auditor.text.segment import word_count
from auditor.text.lazyre import lazy_pattern

if TYPE_CHECKING:
    from auditor.structure.blocks import Block

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


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Bar(Record):
    """What makes a run of titled sections a list: how many entries at least, how far their
    lengths may spread, and by how many blocks their bodies may differ."""

    least: int = MIN_ITEMS
    spread: float = MAX_SPREAD
    blocks: int = 1
    group: int = 2  # entries each group heading or label holds at least, when grouped


# Any page: five entries or more, built closely alike.
LIST_BAR = Bar()
# Under a headline that names a list ("These Halloween Workouts", "Hairstyles for…"): the
# headline already says the sections are entries, so three make a list, and their bodies
# may differ more (a picture and one paragraph here, two paragraphs there), and a group
# ("For the coffee lover") may hold a single gift.
NAMED_BAR = Bar(least=3, spread=0.6, blocks=2, group=1)


# A label over a list ("Pros", "What we like:"): a few words at most.
_LIST_LABEL_WORDS = 4


def _numbered(text: str) -> bool:
    from auditor.structure.markers import parse_marker

    return parse_marker(text) is not None


def _section_words(bl: Sequence[Block], title: int, stop: int) -> tuple[int, int] | None:
    """Blocks and words under the title at ``title`` up to ``stop``; None when a
    heading stands inside (a nested structure, not one entry). A bulleted list is one
    block as the reader sees it, with its label line ("Pros", then three bullets; "Cons",
    then two), so entries carrying pros and cons or specs stay entries."""
    n = w = 0
    for k in range(title + 1, stop):
        b = bl[k]
        if b.kind == "heading":
            return None
        if not b.text.strip():
            continue
        w += word_equivalents(b.text)
        prev = bl[k - 1].obj if k - 1 > title else None
        if isinstance(b.obj, ListItem) and isinstance(prev, ListItem) and prev.list_index == b.obj.list_index:
            continue  # the same list goes on
        if k - 1 > title and b.kind == "paragraph" and bl[k - 1].kind == "paragraph" and _numbered(b.text) \
                and _numbered(bl[k - 1].text):
            continue  # numbered steps written as paragraphs ("1. Book early", "2. Go…"): one list too
        nxt = bl[k + 1].obj if k + 1 < stop else None
        if b.kind == "paragraph" and isinstance(nxt, ListItem) and word_count(b.text) <= _LIST_LABEL_WORDS:
            continue  # the list's label: one block with it
        n += 1
    return n, w


def framing_ends(bl: Sequence[Block], titles: Sequence[int], end: int, least: int) -> tuple[int, int]:
    """How many sections at the start and at the end of a run of titled sections frame the
    entries rather than being one ("When to go" over two paragraphs, then seven places of
    one paragraph each, then "Getting there"): a section at an end with more blocks than
    any entry between and twice their median words, while ``least`` entries stay. The
    last section only when a heading closes it: one running to the end of the body may
    be the last entry and the page's closing text after it."""
    stops = [*titles[1:], end]
    sections = [_section_words(bl, t, stop) for t, stop in zip(titles, stops)]
    if len(titles) < least + 1 or any(got is None for got in sections):
        return 0, 0
    sizes = [got for got in sections if got is not None]
    closed = end < len(bl) and bl[end].kind == "heading"
    head = tail = 0
    for _ in range(2):  # at most two framing sections at each end
        inner = sizes[head:len(sizes) - tail]
        if len(inner) <= least:
            break
        body = inner[1:-1]
        most = max(b for b, _ in body)
        median = sorted(w for _, w in body)[len(body) // 2]
        framing = [got[0] > most and got[1] >= 2 * median for got in (inner[0], inner[-1])]
        if not any(framing):
            break
        head += framing[0]
        tail += framing[1] and closed and len(inner) - framing[0] - 1 >= least
        if not framing[0] and not (framing[1] and closed):
            break
    return head, tail


def parallel_run(
    bl: Sequence[Block], titles: Sequence[int], end: int, body_words: int,
    own_words: Callable[[int], int] = lambda k: 0, bar: Bar = LIST_BAR, stops: Sequence[int] = (),
) -> bool:
    """Whether the titles at block indices ``titles`` (in order; the last section runs
    to ``end``) open parallel entries that make up the article. ``own_words``: body
    words a title's own block carries (a bold lead's paragraph); ``bar``: what makes
    a list (:data:`NAMED_BAR` under a headline that names one); ``stops``: where each
    section ends when not at the next title (entries under group headings)."""
    if len(titles) < bar.least:
        return False
    sizes: list[int] = []
    counts: list[int] = []
    for n, t in enumerate(titles):
        stop = stops[n] if stops else titles[n + 1] if n + 1 < len(titles) else end
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
    if max(counts[:-1]) - min(counts[:-1]) > bar.blocks:
        return False  # one paragraph here, four there: sections of a story, not entries
    import statistics  # only here: it imports fractions, decimal and random (~3 ms of a cold start)

    mean = statistics.mean(inner)
    if not mean or statistics.pstdev(inner) / mean > bar.spread:
        return False
    # Titles set as paragraphs are body words too, and the entries' own: short entries
    # ("Ember Mug 2" over one sentence) are otherwise a small share of their own page.
    titled = sum(word_equivalents(bl[t].text) - own_words(t) for t in titles if bl[t].kind != "heading")
    return sum(inner) + min(sizes[-1], max(inner)) + titled >= MIN_SHARE * body_words


def _alike(sections: Sequence[tuple[int, int] | None]) -> bool:
    """Whether ``sections`` (blocks and words under each title; None: something nested)
    are built alike: entries' bodies, of about the same length and paragraph count."""
    if any(got is None or not got[1] or got[0] > MAX_BLOCKS or got[1] > MAX_WORDS for got in sections):
        return False
    counts = [got[0] for got in sections if got]
    sizes = [got[1] for got in sections if got]
    import statistics  # only here: it imports fractions, decimal and random (~3 ms of a cold start)

    mean = statistics.mean(sizes)
    return max(counts) - min(counts) <= 1 and statistics.pstdev(sizes) / mean <= MAX_SPREAD


def parallel_window(bl: Sequence[Block], titles: Sequence[int], promised: int, end: int) -> list[int]:
    """The one window of exactly ``promised`` consecutive titles whose sections are built
    alike ("3 measures" as three short even sections, then "Background" and "What experts
    say" as the story's own): empty when no window or more than one is (a list of alike
    entries longer than the promise is a list that does not keep it)."""
    if not 3 <= promised < len(titles):
        return []
    # Each section ends at the next heading, a title or not ("How we chose" between the
    # entries and the story's "Where to buy").
    stops = [next((k for k in range(t + 1, stop) if bl[k].kind == "heading"), stop)
             for t, stop in zip(titles, [*titles[1:], end])]
    sections = [_section_words(bl, t, stop) for t, stop in zip(titles, stops)]  # each read once
    found = [i for i in range(len(titles) - promised + 1) if _alike(sections[i:i + promised])]
    if len(found) != 1:
        return []
    i = found[0]
    return list(titles[i:i + promised])


# One word alone that opens prose paragraphs everywhere: articles, pronouns, conjunctions,
# prepositions, common adverbs. Such a word marks no run of items; a longer opener
# ("For your …", "If you …") may.
_PROSE_WORDS = frozenset(
    """a an the and but or so if as at by for from in into of on to with without this that these those there
    then they their them it its he she his her we our you your i my me is are was were be been has have had
    not no also some here just like more most much only over such than very will would when what where which
    while who how why all one after before because about
    der die das den dem des ein eine einen einem einer und oder aber wenn dann auch noch ich du er sie es wir
    ihr mit von zu im in am an auf für dies diese dieser so
    el la los las un una y o pero como para por con en de del esta este estos que se
    le les une et ou mais pour dans avec sur ce cette qui il elle nous vous
    il lo gli uno e ma per con di da questo questa anche come
    o os as um uma e mas para com em do da""".split()
)
# A pronoun and a verb ("It is", "We were", "There are") open prose, not items.
_PRONOUNS = frozenset("it this that there he she they we i you es das er sie wir ich".split())
_VERBS = frozenset("is are was were has have had will would can could did do does ist sind war hat haben".split())
# Between two items' openers: at most this many blocks of the first item's body.
_MAX_GAP = 3
_OPENER = lazy_pattern(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _opener_ok(key: tuple[str, ...]) -> bool:
    if len(key) == 1:
        return len(key[0]) >= 3 and key[0] not in _PROSE_WORDS
    return not (key[0] in _PRONOUNS and key[1] in _VERBS)


def _run_in_label(text: str) -> bool:
    """Whether the paragraph opens with a short label ending in a colon: "For Mom: …",
    "Für Papa: …" (then even a common first word opens an entry)."""
    head, colon, _ = text.partition(":")
    return bool(colon) and 1 <= len(head.split()) <= 4


# A template's field under an entry is a label and a short value: "Preis: ab 90 Euro".
_FIELD_WORDS = 12


def one_label(texts: Sequence[str]) -> bool:
    """Whether every paragraph is the same run-in label with a short value ("Adresse:
    Straße 1, Berlin", "Price: $20"): a template's field under each entry, not the
    entries' own titles ("For Mom: …", "For Dad: …" differ; "From: Grandma" and what
    she said runs on)."""
    labels = {" ".join(t.partition(":")[0].split()).casefold() for t in texts if ":" in t}
    return (len(texts) > 1 and len(labels) == 1 and all(":" in t for t in texts)
            and all(word_count(t) <= _FIELD_WORDS for t in texts))


def together(bl: Sequence[Block], group: Sequence[int]) -> bool:
    """The paragraphs follow one another as a list's entries do: no heading between
    them, at most a few blocks of body after each."""
    for a, b in zip(group, group[1:]):
        if b - a - 1 > _MAX_GAP or any(bl[k].kind == "heading" for k in range(a + 1, b)):
            return False
    return True


def parallel_leads(bl: Sequence[Block], paragraphs: Sequence[int], promised: int) -> list[int]:
    """The paragraphs (indices among ``paragraphs``) that open with the same one to three
    words, exactly ``promised`` of them and no others: "For your mother: …", "For your
    boss: …" under "4 gifts"; "If you are tired, …", "If you have kids, …"; "For Mom: …"
    (a common word, but each a run-in label). Each a lead of its own (distinct texts,
    five words or more), the paragraphs together as a list's entries are. Empty when no
    group fits, or more than one does."""
    if promised < 3:
        return []
    groups: dict[tuple[str, ...], list[int]] = {}
    for k in paragraphs:
        found = _OPENER().findall(bl[k].text[:80])
        if len(found) < 5:
            continue
        opener = tuple(w.casefold() for w in found[:3])
        for n in (1, 2, 3):
            groups.setdefault(opener[:n], []).append(k)
    fits = {
        tuple(g) for key, g in groups.items()
        if len(g) == promised and (_opener_ok(key) or all(_run_in_label(bl[k].text) for k in g))
        and len({bl[k].text[:40] for k in g}) == len(g) and together(bl, g)
        and not one_label([bl[k].text for k in g])
    }
    return list(next(iter(fits))) if len(fits) == 1 else []
