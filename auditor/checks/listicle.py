"""Listicle checks: does "7 Defiant Acts" list seven items, numbered 1–7, each worth reading?

Every kind reads ``doc.items`` (found by :mod:`auditor.structure.listicle`) and
``doc.headline_number``; thresholds and word lists come from the rule's params.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence

from auditor.checks import Hit, Params, check, excerpt
from auditor.model import Document, Item


def _promise(doc: Document) -> str:
    n = doc.headline_number
    return f"{n}+" if doc.headline_number_at_least else str(n)


def _headline_hit(doc: Document, **data: object) -> Hit:
    return Hit(
        line=doc.headline_line,
        column=doc.headline_column,
        excerpt=excerpt(doc.headline or ""),
        data={"promised": _promise(doc), **data},
    )


def _item_hit(item: Item, **data: object) -> Hit:
    return Hit(
        line=item.line,
        column=item.column,
        excerpt=excerpt(item.heading),
        data={"number": item.number if item.number is not None else "", **data},
    )


def _numbered(items: Sequence[Item]) -> list[Item]:
    return [i for i in items if i.number is not None]


def _confident(doc: Document, params: Params) -> bool:
    """Numbered items are a list a reader counts; unnumbered headings are a guess
    unless the rule says to count them."""
    items = doc.items
    if len(items) < int(params["min_items"]):
        return False
    return bool(_numbered(items)) or bool(params["count_unnumbered"])


def _keeps_promise(doc: Document, found: int) -> bool:
    promised = doc.headline_number or 0
    return found >= promised if doc.headline_number_at_least else found == promised


@check("listicle.count_mismatch")
def count_mismatch(doc: Document, params: Params) -> Iterable[Hit]:
    """LS001: the headline promises N items and the article lists M ≠ N."""
    if not doc.headline_number or doc.headline_number < int(params["min_promised"]):
        return
    if not _confident(doc, params):
        return
    found = len(doc.items)
    if not _keeps_promise(doc, found):
        yield _headline_hit(doc, found=found, difference=abs(found - doc.headline_number))


@check("listicle.no_items")
def no_items(doc: Document, params: Params) -> Iterable[Hit]:
    """LS002: the headline promises N but no list (or only an unnumbered guess that
    does not add up) was found."""
    if not doc.headline_number or doc.headline_number < int(params["min_promised"]):
        return
    if not doc.items:
        yield _headline_hit(doc, found=0)
    elif not _numbered(doc.items) and not params["count_unnumbered"]:
        if not _keeps_promise(doc, len(doc.items)):
            yield _headline_hit(doc, found=len(doc.items))


def _direction(nums: Sequence[int]) -> int:
    """+1 for 1→N, -1 for a countdown N→1."""
    steps = [b - a for a, b in zip(nums, nums[1:])]
    down = sum(1 for s in steps if s < 0)
    return -1 if down > len(steps) / 2 else 1


def _numbering_problems(doc: Document) -> list[tuple[str, Item, dict[str, object]]]:
    """("gap"|"duplicate"|"restart", item, data) for every break in the numbering."""
    from auditor.structure.listicle import section_break_between

    items = _numbered(doc.items)
    if len(items) < 2:
        return []
    nums = [i.number for i in items if i.number is not None]
    step = _direction(nums)
    out: list[tuple[str, Item, dict[str, object]]] = []
    start = items[0] if step == 1 else items[-1]
    if start.number != 1 and start.number is not None and start.number > 1:
        where = "starts" if step == 1 else "ends"
        out.append(("gap", start, {"previous": "", "missing": _span(1, start.number - 1), "where": where}))
    seen: set[int] = set()
    for a, b in zip(items, items[1:]):
        assert a.number is not None and b.number is not None
        seen.add(a.number)
        if b.number == a.number + step:
            continue
        if b.number == a.number or (b.number in seen and not _is_restart(b.number, step, nums)):
            out.append(("duplicate", b, {"previous": a.number}))
        elif (b.number - a.number) * step > 0:
            lo, hi = sorted((a.number + step, b.number - step))
            out.append(("gap", b, {"previous": a.number, "missing": _span(lo, hi), "where": "skips"}))
        elif section_break_between(doc, a, b):
            seen.clear()  # per-section numbering: "Babies #1 #2 · Toddlers #1 #2"
        else:
            out.append(("restart", b, {"previous": a.number}))
            seen.clear()
    return out


def _is_restart(number: int, step: int, nums: Sequence[int]) -> bool:
    return number == (1 if step == 1 else max(nums))


def _span(lo: int, hi: int) -> str:
    return str(lo) if lo == hi else f"{lo}–{hi}"


@check("listicle.numbering_gap")
def numbering_gap(doc: Document, params: Params) -> Iterable[Hit]:
    """LS003: a number is skipped (1, 2, 4) or the list does not start at 1."""
    for kind, item, data in _numbering_problems(doc):
        if kind == "gap":
            yield _item_hit(item, **data)


@check("listicle.numbering_duplicate")
def numbering_duplicate(doc: Document, params: Params) -> Iterable[Hit]:
    """LS004: two items carry the same number."""
    for kind, item, data in _numbering_problems(doc):
        if kind == "duplicate":
            yield _item_hit(item, **data)


@check("listicle.numbering_restart")
def numbering_restart(doc: Document, params: Params) -> Iterable[Hit]:
    """LS005: the numbering starts again (or jumps back) inside one list."""
    for kind, item, data in _numbering_problems(doc):
        if kind == "restart":
            yield _item_hit(item, **data)


def _count_pattern(lang: str, nouns: Sequence[str], window: int) -> re.Pattern[str]:
    from auditor.structure.numbers import _WORDS

    number_words = sorted(_WORDS.get(lang, _WORDS["en"]), key=len, reverse=True)
    num = r"(?P<num>\d{1,3}|" + "|".join(map(re.escape, number_words)) + r")"
    noun = "|".join(re.escape(n) for n in sorted(set(nouns), key=len, reverse=True) if n)
    return re.compile(
        rf"(?<![\w$€£.,:/-]){num}\+?\s+(?:[\w’'-]+\s+){{0,{window}}}?(?P<noun>{noun})\b",
        re.I,
    )


def _headline_nouns(doc: Document) -> list[str]:
    """The noun right after the headline's number: "7 key questions" → questions,
    "13 pädagogisch wertvolle Ideen" → Ideen (German nouns are capitalised)."""
    from auditor.structure.numbers import _is_plural

    head = doc.headline or ""
    m = re.search(rf"\b{doc.headline_number}\+?\s+((?:[^\W\d_][\w’'-]*\s*){{1,3}})", head)
    if not m:
        return []
    following = m.group(1).split()
    if doc.lang == "en":
        return [w for w in following if _is_plural(w, "en")][:1]
    if doc.lang == "de":
        return [w for w in following if w[:1].isupper()][:1]
    return following[:1]


def _outside_items(doc: Document) -> list[tuple[int, int, str]]:
    """Text before the first item and after the last item's section: (line, col, text)."""
    from auditor.structure.listicle import blocks, related_zones

    items = doc.items
    first, last = (items[0].line, items[0].column), (items[-1].line, items[-1].column)
    out: list[tuple[int, int, str]] = []
    after_last = False
    bl = blocks(doc)
    skip = related_zones(bl)
    for k, b in enumerate(bl):
        if k in skip:
            continue
        if b.pos < first:
            if b.kind != "heading" or b.text != doc.headline:
                out.append((*b.pos, b.text))
        elif b.pos > last:
            if b.kind == "heading" and (items[-1].level == 0 or b.level <= items[-1].level):
                after_last = True
            if items[-1].style == "ordered-list" and b.kind != "list":
                after_last = True  # the list ended: what follows closes the article
            if after_last and b.kind != "heading":
                out.append((*b.pos, b.text))
    return out


@check("listicle.body_count")
def body_count(doc: Document, params: Params) -> Iterable[Hit]:
    """LS006: the intro or conclusion names a count ("these five tips") that is
    neither the number of items nor the headline's number."""
    from auditor.structure.numbers import _WORDS

    if len(doc.items) < int(params["min_items"]) or not _numbered(doc.items):
        return
    nouns = [*params["nouns"], *(_headline_nouns(doc) if doc.headline_number else [])]
    pattern = _count_pattern(doc.lang, nouns, int(params["window"]))
    words = _WORDS.get(doc.lang, _WORDS["en"])
    found = len(doc.items)
    for line, column, text in _outside_items(doc):
        for m in pattern.finditer(text):
            raw = m.group("num").lower()
            said = int(raw) if raw.isdigit() else words.get(raw)
            if said is None or said < 2 or said == found or said == doc.headline_number:
                continue
            yield Hit(
                line=line,
                column=column,
                excerpt=excerpt(m.group(0)),
                context=excerpt(text, 160),
                data={"said": m.group(0), "count": said, "found": found},
            )
            return  # one is enough: the fix is the same sentence


def _median_words(items: Sequence[Item]) -> float:
    return statistics.median(i.words for i in items) if items else 0.0


def _body_items(doc: Document, params: Params) -> list[Item]:
    styles = set(params["styles"])
    items = [i for i in doc.items if i.style in styles]
    return items if len(items) >= int(params["min_items"]) else []


@check("listicle.short_item")
def short_item(doc: Document, params: Params) -> Iterable[Hit]:
    """LS007: an item with too little text under it, in a list whose items are
    otherwise developed (a list of one-line jokes is short by design)."""
    items = _body_items(doc, params)
    min_words = int(params["min_words"])
    median = _median_words(items)
    if median < min_words:
        return
    for item in items:
        if item.words < min_words:
            yield _item_hit(item, words=item.words, min=min_words, median=int(median))


@check("listicle.long_item")
def long_item(doc: Document, params: Params) -> Iterable[Hit]:
    """LS008: one item much longer than the typical item."""
    items = _body_items(doc, params)
    median = _median_words(items)
    ratio = float(params["ratio"])
    if median <= 0:
        return
    for item in items:
        if item.words > ratio * median and item.words >= int(params["min_words"]):
            yield _item_hit(item, words=item.words, median=int(median), ratio=ratio)


def _style(marker: str) -> str:
    return re.sub(r"\d+", "N", marker.strip())


@check("listicle.numbering_style")
def numbering_style(doc: Document, params: Params) -> Iterable[Hit]:
    """LS009: items numbered in different styles ("1.", "2)", "#3")."""
    items = [i for i in doc.items if i.marker]
    if len(items) < 2:
        return
    styles = Counter(_style(i.marker) for i in items)
    if len(styles) < 2:
        return
    usual = styles.most_common(1)[0][0]
    for item in items:
        if _style(item.marker) != usual:
            yield _item_hit(item, marker=item.marker, usual=usual.replace("N", "1"))


def _title_words(item: Item) -> int:
    from auditor.structure.listicle import parse_marker
    from auditor.text.segment import words

    mk = parse_marker(item.heading, plain=True)
    return len(words(mk.title if mk else item.heading))


@check("listicle.unparallel")
def unparallel(doc: Document, params: Params) -> Iterable[Hit]:
    """LS010: item headings that break the pattern: some numbered and some not,
    different heading levels or shapes, or one title far longer than the rest."""
    items = doc.items
    if len(items) < int(params["min_items"]):
        return
    numbered = _numbered(items)
    if numbered and len(numbered) < len(items):
        for item in items:
            if item.number is None:
                yield _item_hit(item, reason="not numbered like the others")
    shapes = Counter((i.style, i.level) for i in items)
    if len(shapes) > 1:
        usual_style, usual_level = shapes.most_common(1)[0][0]
        for item in items:
            if (item.style, item.level) != (usual_style, usual_level):
                reason = (
                    f"a level-{item.level} heading among level-{usual_level} headings"
                    if item.style == usual_style == "heading"
                    else f"set as {_shape_name_of(item.style, item.level)} while the others are {_shape_name_of(usual_style, usual_level)}"
                )
                yield _item_hit(item, reason=reason)
    lengths = [_title_words(i) for i in items]
    median = statistics.median(lengths)
    ratio = float(params["title_ratio"])
    extra = int(params["title_extra_words"])
    for item, n in zip(items, lengths):
        if n > ratio * median and n >= median + extra:
            yield _item_hit(item, reason=f"{n}-word title where the others have about {int(median)}")


def _shape_name_of(style: str, level: int) -> str:
    return f"an h{level} heading" if style == "heading" else ("list items" if style == "ordered-list" else "a paragraph")


def _words_in(texts: Iterable[str]) -> int:
    from auditor.text.segment import words

    return sum(len(words(t)) for t in texts)


@check("listicle.introduction")
def introduction(doc: Document, params: Params) -> Iterable[Hit]:
    """LS011: the list starts straight after the headline, with no introduction."""
    if len(doc.items) < int(params["min_items"]):
        return
    first = (doc.items[0].line, doc.items[0].column)
    found = _words_in(t for line, col, t in _outside_items(doc) if (line, col) < first)
    minimum = int(params["min_words"])
    if found < minimum:
        yield _item_hit(doc.items[0], words=found, min=minimum)


@check("listicle.conclusion")
def conclusion(doc: Document, params: Params) -> Iterable[Hit]:
    """LS012: the article ends with the last item: no conclusion or next step."""
    if len(doc.items) < int(params["min_items"]):
        return
    last = (doc.items[-1].line, doc.items[-1].column)
    found = _words_in(t for line, col, t in _outside_items(doc) if (line, col) > last)
    minimum = int(params["min_words"])
    if found < minimum:
        yield _item_hit(doc.items[-1], words=found, min=minimum)


@check("listicle.headline_without_number")
def headline_without_number(doc: Document, params: Params) -> Iterable[Hit]:
    """LS013: a numbered list of five or more items under a headline with no count."""
    if doc.headline_number is not None or not doc.headline:
        return
    numbered = _numbered(doc.items)
    if len(numbered) >= int(params["min_items"]):
        yield Hit(
            line=doc.headline_line,
            column=doc.headline_column,
            excerpt=excerpt(doc.headline),
            data={"found": len(doc.items)},
        )
