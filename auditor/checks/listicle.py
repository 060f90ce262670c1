"""Listicle checks: does "7 Defiant Acts" list seven items, numbered 1–7, each worth reading?

Every kind reads the facts the structure stage decided once (``doc.items`` and
``doc.listicle``: promise, verdict, numbering problems, intro and closing text); nothing
here recounts them. Thresholds and word lists come from the rule's params.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any
from functools import lru_cache

from auditor.checks import Hit, Params, check, excerpt
from auditor.model import Document, Item, Listicle, NumberingKind
from auditor.text import stats
from auditor.text.languages import UNSPACED_LANGS, lang_root
from auditor.text.lazyre import lazy_pattern
from auditor.text.number_words import KO_NATIVE, UNSPACED_COUNTERS, number_words, unspaced_value
from auditor.text.segment import MARKS, word_count


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


def _promise_checked(doc: Document, params: Params) -> Listicle | None:
    facts = doc.listicle
    if facts is None or facts.promised is None or facts.promised < int(params["min_promised"]):
        return None
    return facts


@check("listicle.count_mismatch")
def count_mismatch(doc: Document, params: Params) -> Iterable[Hit]:
    """LS001: the headline promises N items and the article lists M ≠ N."""
    facts = _promise_checked(doc, params)
    if facts is None or facts.found < int(params["min_items"]):
        return
    # Unnumbered items that do not add up are "unknown" (LS002) unless the rule counts them.
    if facts.verdict == "mismatch" or (
        facts.verdict == "unknown" and facts.found and params["count_unnumbered"]
    ):
        yield _headline_hit(doc, found=facts.found, difference=abs(facts.found - (facts.promised or 0)))


@check("listicle.no_items")
def no_items(doc: Document, params: Params) -> Iterable[Hit]:
    """LS002: the headline promises N but no list (or only an unnumbered guess that
    does not add up) was found."""
    facts = _promise_checked(doc, params)
    if facts is None or facts.verdict != "unknown":
        return
    if facts.found and facts.numbered:
        return  # a single numbered item: too little to call a list either way
    if facts.found and params["count_unnumbered"]:
        return  # LS001 reports it
    what = (f"the {facts.found} unnumbered entries found do not add up to them" if facts.found
            else "no list of them was found")
    yield _headline_hit(doc, found=facts.found, what=what)


def _problems(doc: Document, kind: NumberingKind) -> Iterable[Hit]:
    facts = doc.listicle
    for p in facts.problems if facts else ():
        if p.kind != kind:
            continue
        data: dict[str, object] = {"previous": "" if p.previous is None else p.previous}
        if kind == "gap":
            data.update(missing=p.missing, where=p.where)
        yield _item_hit(doc.items[p.item], **data)


@check("listicle.numbering_gap")
def numbering_gap(doc: Document, params: Params) -> Iterable[Hit]:
    """LS003: a number is skipped (1, 2, 4) or the list does not start at 1."""
    yield from _problems(doc, "gap")


@check("listicle.numbering_duplicate")
def numbering_duplicate(doc: Document, params: Params) -> Iterable[Hit]:
    """LS004: two items carry the same number."""
    yield from _problems(doc, "duplicate")


@check("listicle.numbering_restart")
def numbering_restart(doc: Document, params: Params) -> Iterable[Hit]:
    """LS005: the numbering starts again (or jumps back) inside one list."""
    yield from _problems(doc, "restart")


# Words before a count that make it a part of the list: "the last 14 tips", "the first
# three", "die letzten fünf", "les trois premiers" is caught by its own order elsewhere.
_SUBSET = lazy_pattern(
    r"\b(?:last|first|top|next|other|remaining|final|letzten|ersten|weiteren|übrigen|últimos|primeros"
    r"|derniers|premiers|ultimi|primi)\s*$", re.I)


@lru_cache(maxsize=256)  # built per page from the same lists; the headline's noun varies
def _count_pattern(lang: str, nouns: tuple[str, ...], window: int) -> re.Pattern[str]:
    numbers = sorted(number_words(lang), key=len, reverse=True)
    num = r"(?P<num>\d{1,4}|" + "|".join(map(re.escape, numbers)) + r")"
    noun = "|".join(re.escape(n) for n in sorted(set(nouns), key=len, reverse=True) if n)
    # Bengali glues its classifier to the count ("৭টি উপায়", seven ways); Devanagari and
    # Bengali words hold vowel signs, which are no \w: a word runs over them, and the noun
    # ends where no letter or mark follows ("7 आसान तरीके").
    return re.compile(
        rf"(?<![\w$€£.,:/-]){num}(?:টি|টা)?\+?\s+(?:[\w{MARKS}’'-]+\s+){{0,{window}}}?(?P<noun>{noun})(?![\w{MARKS}])",
        re.I,
    )


# _count_pattern in parts, each compiled once: the count (the number words, per
# language) and what follows it (the words between and the rule's nouns, per rule;
# the headline's noun, per page: a pattern of one word).
@lru_cache(maxsize=64)
def _count_head(lang: str) -> re.Pattern[str] | None:
    """None when a number word holds a space or "+" (see :func:`_counts`)."""
    numbers = sorted(number_words(lang), key=len, reverse=True)
    if any(c.isspace() or c == "+" for w in numbers for c in w):
        return None
    num = r"(?P<num>\d{1,4}|" + "|".join(map(re.escape, numbers)) + r")"
    return re.compile(rf"(?<![\w$€£.,:/-]){num}(?:টি|টা)?\+?\s+", re.I)


@lru_cache(maxsize=256)
def _noun_after(nouns: tuple[str, ...], window: int) -> re.Pattern[str] | None:
    noun = "|".join(re.escape(n) for n in sorted(set(nouns), key=len, reverse=True) if n)
    return re.compile(rf"(?:[\w{MARKS}’'-]+\s+){{0,{window}}}?(?P<noun>{noun})(?![\w{MARKS}])", re.I) if noun else None


@lru_cache(maxsize=256)
def _spaced_noun(nouns: tuple[str, ...]) -> bool:
    return any(n[:1].isspace() for n in nouns)


def _counts(text: str, lang: str, nouns: tuple[str, ...], noun: str | None, window: int) -> Iterator[tuple[int, str, str]]:
    """``(start, number, match)`` of each count of ``nouns`` or the headline's ``noun``,
    as ``finditer`` of :func:`_count_pattern` finds them. In parts: the count's one way
    to match at a place is the whole pattern's (no number word holds a space or "+", so
    only one can stand before the space); the words between are whole tokens (no noun
    starts with a space), so of the two noun patterns the one whose noun starts first
    took fewer words, as the whole pattern's lazy words do, and at the same place the
    longer noun wins, as in its alternation (longest first). Otherwise the whole
    pattern runs."""
    head = _count_head(lang)
    if head is None or _spaced_noun(nouns) or (noun or "x")[:1].isspace():
        every = (*nouns, *([noun] if noun else []))
        for m in _count_pattern(lang, every, window).finditer(text):
            yield m.start(), m.group("num"), m.group(0)
        return
    tails = [p for p in (_noun_after(nouns, window), _noun_after((noun,) if noun else (), window)) if p is not None]
    pos = 0
    while (count := head.search(text, pos)) is not None:
        found = [hit for p in tails if (hit := p.match(text, count.end())) is not None]
        if not found:
            pos = count.start() + 1
            continue
        end = min(found, key=lambda m: (m.start("noun"), -m.end())).end()
        yield count.start(), count.group("num"), text[count.start():end]
        pos = end


@lru_cache(maxsize=64)
def _unspaced_pattern(noun: str, window: int) -> re.Pattern[str]:
    """A count of ``noun`` where words are not spaced: digits or a numeral, a counter or
    "of" (text.number_words), a few letters (an adjective: "7つの簡単な方法", "5가지 쉬운
    방법"), the noun; or the noun, then the count and its counter ("カフェ5選", "맛집 5곳")."""
    num = r"(?P<num>\d{1,3}|[一二两三四五六七八九十]{1,3}|" + "|".join(KO_NATIVE) + ")"
    counter = "(?:" + "|".join(map(re.escape, UNSPACED_COUNTERS)) + ")"
    n = re.escape(noun)
    # Not a unit after the counter: "3个月的方法" counts months, "5年間" years.
    unit = "(?![月年天日时時間间分秒人名号岁歳倍回度万億亿千百円元%％])"
    forward = rf"{num}\s?(?:{counter}(?:の|的|의)?|の|的){unit}\s?(?:[^\W\d_]|\s){{0,{2 * window + 2}}}?(?P<noun>{n})"
    backward = rf"(?P<noun2>{n})\s?(?P<num2>\d{{1,3}}|[一二两三四五六七八九十]{{1,3}})\s?{counter}"
    return re.compile(rf"(?<![\d.,０-９]){forward}|{backward}")


def _unspaced_counts(text: str, noun: str, window: int) -> Iterator[tuple[int, str, str]]:
    """``(start, number, match)`` of each count of the headline's ``noun`` in ``text``
    (:func:`_unspaced_pattern`)."""
    for m in _unspaced_pattern(noun, window).finditer(text):
        yield m.start(), m.group("num") or m.group("num2"), m.group(0)


def _may_name(spans: Sequence[Any], nouns: Sequence[str]) -> bool:
    """False only when no span can hold any of ``nouns`` (all ASCII, no noun among the
    lower-cased words): exact, since the pattern needs one of them."""
    real = [n.lower() for n in nouns if n]
    if not real or not all(n.isascii() for n in real) or not all(s.text.isascii() for s in spans):
        return True
    return any(n in s.text.lower() for s in spans for n in real)


@check("listicle.body_count")
def body_count(doc: Document, params: Params) -> Iterable[Hit]:
    """LS006: the intro or conclusion names a count ("these five tips") that is
    neither the number of items nor the headline's number."""
    facts = doc.listicle
    if facts is None or facts.found < int(params["min_items"]) or not facts.numbered:
        return
    listed = tuple(params["nouns"])
    nouns = [*listed, *([facts.noun] if facts.noun else [])]
    spans = (*facts.intro, *facts.outro)
    if not spans or not _may_name(spans, nouns):
        return  # most pages: the pattern (compiled per headline noun) is never built
    words = number_words(doc.lang)
    found = facts.found
    # "These 3 things" may count another list of the article (a 3-item <ol> in the
    # intro), not the items: a count any list has is no contradiction.
    other_lists = Counter(item.list_index for item in doc.list_items)
    # Chinese, Japanese and Korean glue the count to its counter and the noun: read them
    # by the headline's noun alone.
    unspaced = (doc.lang or "").split("-")[0].lower() in ("zh", "ja", "ko") and bool(facts.noun)
    for span in spans:
        if unspaced:
            counts = _unspaced_counts(span.text, facts.noun or "", int(params["window"]))
        else:
            counts = _counts(span.text, doc.lang, listed, facts.noun, int(params["window"]))
        for start, num, said_text in counts:
            raw = num.lower()
            said = unspaced_value(raw) if unspaced else int(raw) if raw.isdecimal() else words.get(raw)
            if said is None or said < 2 or said == found or said == facts.promised:
                continue
            if said in other_lists.values():
                continue
            if _SUBSET().search(span.text[max(0, start - 24):start]):
                continue  # "the last 14 tips", "the first three": a part of the list, not its size
            yield Hit(
                line=span.line,
                column=span.column,
                excerpt=excerpt(said_text),
                context=excerpt(span.text, 160),
                data={"said": said_text, "count": said, "found": found},
            )
            return  # one is enough: the fix is the same sentence


def _median_words(items: Sequence[Item]) -> float:
    return stats.median(i.words for i in items) if items else 0.0


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
    if median < max(min_words, int(params["min_median"])):
        return  # blurbs of about 30 words are a list short by design, not a developed one
    # Short against its neighbours, not against a fixed line: a 30-word deal blurb in a
    # list of 45-word blurbs is the house style (judged by reading, bench/eval).
    limit = min(min_words, float(params["ratio"]) * median)
    for item in items:
        if item.words < limit:
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


# The numerals a marker may be written in, each class read as one style: circled and
# other enclosed digits ("①" … "⑳", "⑴", "⒈", "❶", "➀", "➊"; Japanese and Chinese lists
# number with them), Chinese numerals ("一、", "第十二位"), Roman numerals ("IV.", "xii)")
# with capital letters ("A." … "I." …: "I." is either), and the keycap ten "🔟" after
# "9️⃣". Each run becomes its class's first sign, so "②" is "①"'s style and "12." is "1."'s (digits of any script: "١." , "१.", "１．").
# (first, last, the style's sign): ① … ⑳ and ㉑ … ㊿ one style, ⓫ … ⓴ ❶'s.
_ENCLOSED = ((0x2460, 0x2473, 0x2460), (0x3251, 0x325F, 0x2460), (0x32B1, 0x32BF, 0x2460), (0x2474, 0x2487, 0x2474),
             (0x2488, 0x249B, 0x2488), (0x24EB, 0x24F4, 0x2776), (0x2776, 0x277F, 0x2776), (0x24F5, 0x24FE, 0x24F5),
             (0x2780, 0x2789, 0x2780), (0x278A, 0x2793, 0x278A))
_ENCLOSED_SIGN = {chr(code): chr(sign) for first, last, sign in _ENCLOSED for code in range(first, last + 1)}
_STYLE_NUMERALS = lazy_pattern(
    "[\u2460-\u249B\u24EB-\u24FE\u2776-\u2793\u3251-\u325F\u32B1-\u32BF]"
    r"|[一二三四五六七八九十百〇零]+|^(?:(?=[IVX])[IVX]+|(?=[ivx])[ivx]+)(?![^\W\d_])|^[A-Z](?=[.):]$)"
    r"|\U0001F51F|\d+")
_DIGITS = "\ue000"  # a run of digits in a style ("No. 4": not "N", which "No." holds)


def _style_sign(m: re.Match[str]) -> str:
    run = m.group()
    if run[0] in _ENCLOSED_SIGN:
        return _ENCLOSED_SIGN[run[0]]
    if run.isdigit():
        return _DIGITS
    if run == "\U0001F51F":
        return _DIGITS + "\ufe0f\u20e3"
    if run[0] in "IVX" or run.isascii() and run.isupper():
        return "I"
    if run[0] in "ivx":
        return "i"
    return "一"


def _style(marker: str) -> str:
    """A marker's style: "1." and "12." one, "①" and "⑫" one, "I." and "IV." one. A podium's
    medal before the first three ("🥇", "🥇 1位") is a badge over the style: "" when it is
    the whole marker (the list's own numbers start after the podium)."""
    return _STYLE_NUMERALS().sub(_style_sign, marker.strip().lstrip("\U0001F947\U0001F948\U0001F949\ufe0f "))


@check("listicle.numbering_style")
def numbering_style(doc: Document, params: Params) -> Iterable[Hit]:
    """LS009: items numbered in different styles ("1.", "2)", "#3")."""
    items = [i for i in doc.items if i.marker and _style(i.marker)]
    if len(items) < 2:
        return
    styles = Counter(_style(i.marker) for i in items)
    if len(styles) < 2:
        return
    usual = styles.most_common(1)[0][0]
    for item in items:
        if _style(item.marker) != usual:
            yield _item_hit(item, marker=item.marker, usual=usual.replace(_DIGITS, "1"))


def _title_words(item: Item) -> int:
    return word_count(item.title or item.heading)


@check("listicle.unparallel")
def unparallel(doc: Document, params: Params) -> Iterable[Hit]:
    """LS010: item headings that break the pattern: some numbered and some not,
    different heading levels or shapes, or one title far longer than the rest."""
    items = doc.items
    if len(items) < int(params["min_items"]):
        return
    numbered = _numbered(items)
    tail = _labelled_rest(doc)
    if numbered and len(numbered) < len(items) - len(tail):
        for item in items[:len(items) - len(tail)]:
            if item.number is None:
                yield _item_hit(item, reason="not numbered like the others")
    shapes = Counter((i.style, i.level) for i in items[:len(items) - len(tail)])
    if len(shapes) > 1:
        usual_style, usual_level = shapes.most_common(1)[0][0]
        for item in items[:len(items) - len(tail)]:
            if (item.style, item.level) != (usual_style, usual_level):
                reason = (
                    f"a level-{item.level} heading among level-{usual_level} headings"
                    if item.style == usual_style == "heading"
                    else f"set as {_shape_name_of(item.style, item.level)} while the others are {_shape_name_of(usual_style, usual_level)}"
                )
                yield _item_hit(item, reason=reason)
    lengths = [_title_words(i) for i in items]
    median = stats.median(lengths)
    ratio = float(params["title_ratio"])
    extra = int(params["title_extra_words"])
    for item, n in zip(items, lengths):
        if n > ratio * median and n >= median + extra:
            yield _item_hit(item, reason=f"{n}-word title where the others have about {int(median)}")


def _labelled_rest(doc: Document) -> list[Item]:
    """The unnumbered entries closing a list numbered 1..k under a heading of their own
    ("The top five" 1-5, then "Five more" over five unnumbered titles, at the label's level
    or under it): a second part set apart on purpose, not a break in the pattern."""
    items = doc.items
    k = len(_numbered(items))
    if k < 3 or len(items) - k < 2 or [i.number for i in items[:k]] != list(range(1, k + 1)) \
            or any(i.number is not None for i in items[k:]):
        return []
    last, first = items[k - 1], items[k]
    between = [h for h in doc.headings if (last.line, last.column) < (h.line, h.column) < (first.line, first.column)]
    if not between or any(h.level > last.level for h in between):
        return []
    return list(items[k:])


def _shape_name_of(style: str, level: int) -> str:
    return f"an h{level} heading" if style == "heading" else ("list items" if style == "ordered-list" else "a paragraph")


def _least_words(doc: Document, params: Params) -> int:
    """``min_words``; where words are not spaced (Chinese, Japanese, Thai) a token is a
    phrase, not a word, so only no text at all is told."""
    return 1 if lang_root(doc.lang) in UNSPACED_LANGS else int(params["min_words"])


@check("listicle.introduction")
def introduction(doc: Document, params: Params) -> Iterable[Hit]:
    """LS011: the list starts straight after the headline, with no introduction."""
    facts = doc.listicle
    if facts is None or facts.found < int(params["min_items"]):
        return
    minimum = _least_words(doc, params)
    if facts.intro_words < minimum:
        yield _item_hit(doc.items[0], words=facts.intro_words, min=minimum)


@check("listicle.conclusion")
def conclusion(doc: Document, params: Params) -> Iterable[Hit]:
    """LS012: the article ends with the last item: no conclusion or next step."""
    facts = doc.listicle
    if facts is None or facts.found < int(params["min_items"]) or facts.paginated:
        return  # a paginated article ends on its last page, not this one
    minimum = _least_words(doc, params)
    if facts.outro_words < minimum:
        yield _item_hit(doc.items[-1], words=facts.outro_words, min=minimum)


@check("listicle.headline_without_number")
def headline_without_number(doc: Document, params: Params) -> Iterable[Hit]:
    """LS013: a numbered list of five or more items under a headline with no count."""
    facts = doc.listicle
    if facts is None or facts.promised is not None or not doc.headline:
        return
    if facts.numbered >= int(params["min_items"]):
        yield Hit(
            line=doc.headline_line,
            column=doc.headline_column,
            excerpt=excerpt(doc.headline),
            data={"found": len(doc.items)},
        )
