"""A list numbered part of the way, then continued under a label: "The top five" numbered
1-5, then "Five more" (or "And 5 more", "Honourable mentions: 6-10") over unnumbered
entries built as the first ones are. Under a promise of ten, the ten are the list."""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.model import Heading
from auditor.structure.blocks import Block, Cand, item_title
from auditor.structure.labels import EXTRAS
from auditor.text.lazyre import lazy_pattern
from auditor.text.number_words import number_words
from auditor.text.segment import word_count

# "Five more", "And 5 more", "5 more picks", "The other five", "The remaining 5",
# "The next five": a number the rest must count. "Honourable mentions", "Runners-up"
# (labels.EXTRAS) name no count: the entries under them must fill the promise exactly.
# The same labels in the languages whose extras labels auditor reads (de, fr, es, it, pt,
# nl, sv, da, no, pl): "Fünf weitere", "Noch fünf", "Die anderen fünf", "Cinq de plus",
# "Les cinq autres", "Cinco más", "Los otros cinco", "Altri cinque", "Gli altri cinque",
# "Mais cinco", "Os outros cinco", "Nog vijf", "De andere vijf", "Fem till", "Ytterligare
# fem", "De andra fem", "Fem mere", "Pięć kolejnych", "Jeszcze pięć", "Pozostałe pięć".
_MORE = lazy_pattern(
    r"^\W*(?:(?:and|und|et|y|e|en|och|og|oraz|i)\s+)?(?:"
    r"(?:(?:the|die|les|los|las|gli|le|i|os|as|de|den)\s+)?(?:other|remaining|next|last|anderen|restlichen|nächsten"
    r"|letzten|otros|otras|restantes|últimos|últimas|altri|altre|restanti|ultimi|ultime|outros|outras|andere|overige"
    r"|volgende|laatste|andra|övriga|sista|øvrige|sidste|siste|pozostałe|ostatnie|kolejne)\s+(?P<b>\w+)\b"
    r"|(?:noch|weitere|mais|altri|altre|nog|ytterligare|jeszcze|otros|otras|outros|outras)\s+(?P<c>\w+)\b"
    r"|(?:les|los|las|gli|le|i|os|as|die|de)\s+(?P<d>\w+)\s+(?:autres|suivants|suivantes|restants|restantes"
    r"|siguientes|restanti|successivi|seguintes|restlichen|anderen|nächsten|overige|andere|volgende)\b"
    r"|(?P<a>\w+)\s+(?:more|weitere|de\s+plus|autres|más|mas|altri|altre|till|mer|flere|mere|kolejnych|więcej)\b)",
    re.I)
# A range the label names: "6-10", "6 to 10", "#6–#10", "6 bis 10", "6 à 10", "6 a 10", "6 tot 10".
_RANGE = lazy_pattern(r"#?(\d{1,3})\s*(?:[-–—]|to|bis|à|a|al|tot|till|til|do)\s*#?(\d{1,3})\b", re.I)

# The languages of the labels above.
_LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "pl")


def _count_word(word: str) -> int | None:
    """The value of a number word of any of :data:`_LANGS` ("five", "fünf", "cinq"), or of digits."""
    if word.isdigit():
        return int(word)
    if word == "once":
        return None  # "Once more": English, not Spanish eleven
    return next((n for lang in _LANGS if (n := number_words(lang).get(word)) is not None), None)


def _label_count(text: str) -> int | None:
    """What a continuing label says is left: the number of "Five more", the size of its
    range ("6–10" → 5), 0 for an extras label naming none; None when ``text`` is no such label."""
    if (m := _RANGE().search(text)) and int(m.group(2)) > int(m.group(1)):
        return int(m.group(2)) - int(m.group(1)) + 1
    if m := _MORE().match(text):
        said = _count_word((m.group("a") or m.group("b") or m.group("c") or m.group("d")).lower())
        if said is not None:
            return said
    return 0 if EXTRAS().match(text) else None


def _size(bl: Sequence[Block], title: int, stop: int) -> int:
    return sum(word_count(bl[k].text) for k in range(title + 1, stop) if bl[k].kind != "heading")


def continued(bl: Sequence[Block], heads: list[Cand], promised: int, skip: set[int]) -> list[Cand]:
    """``heads`` (headings numbered 1..k, k ≥ 3) and the rest of the promise after them: the
    next heading at their level a continuing label (see :func:`_label_count`) whose count,
    when it names one, is what is left, then exactly that many unnumbered headings of one
    level (the label's or one below), none a link unless the numbered titles are, each a
    title of the numbered ones' length over a section of an entry's length. Empty otherwise:
    a shortfall stays a shortfall, and a "More stories" box after a list is never its rest."""
    k = len(heads)
    if k < 3 or promised - k < 2 or [c.number for c in heads] != list(range(1, k + 1)) \
            or any(c.style != "heading" for c in heads):
        return []
    level = heads[-1].level
    label = next((j for j in range(heads[-1].block + 1, len(bl))
                  if bl[j].kind == "heading" and bl[j].level <= level), None)
    if label is None or label in skip or bl[label].level != level:
        return []
    said = _label_count(bl[label].text)
    if said is None or said not in (0, promised - k):
        return []
    first = next((j for j in range(label + 1, len(bl)) if bl[j].kind == "heading"), None)
    if first is None or bl[first].level not in (level, level + 1):
        return []
    # Headings at the first one's level, to the next shallower one (the label's level when
    # they sit under it; the end of the body when they are its siblings).
    depth = bl[first].level
    rest = [j for j in range(first, len(bl)) if bl[j].kind == "heading" and bl[j].level <= depth]
    rest = rest[:next((n for n, j in enumerate(rest) if bl[j].level < depth), len(rest))]
    left = promised - k
    taken = rest[:left]
    if len(taken) != left or any(j in skip for j in taken) or not _alike(bl, heads, taken):
        return []
    if len(rest) > left and _alike(bl, heads, rest[left:left + 1]):
        return []  # more entries than the promise leaves: not this shape
    end = next((j for j in range(taken[-1] + 1, len(bl)) if bl[j].kind == "heading" and bl[j].level <= depth), len(bl))
    bodies = [_size(bl, c.block, s) for c, s in zip(heads, [*(c.block for c in heads[1:]), label])]
    if not all(min(bodies) / 2 <= _size(bl, j, s) <= 2 * max(bodies) for j, s in zip(taken, [*taken[1:], end])):
        return []
    return [*heads, *(Cand(bl[j].pos, None, bl[j].text, "", "heading", bl[j].level, j) for j in taken)]


def _alike(bl: Sequence[Block], heads: Sequence[Cand], more: Sequence[int]) -> bool:
    """Whether the headings at ``more`` title entries as ``heads`` do (see :func:`continued`)."""
    from auditor.structure.numbered import _closing_title  # the closing entry's own test

    titles = [item_title(c.heading) for c in heads]
    linked = all(isinstance(h := bl[c.block].obj, Heading) and h.link_only for c in heads)
    for j in more:
        heading = bl[j].obj
        if not _closing_title(titles, bl[j].text) or (isinstance(heading, Heading) and heading.link_only and not linked):
            return False
    return True
