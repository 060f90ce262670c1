"""Document facts decided once, in the structure stage, for every rule, writer and
report to read: the page kind, which heading is the headline, and the listicle facts
(promise, items, numbering problems, intro and closing text, verdict)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.model import Document, Item, Listicle, ListicleVerdict, NumberingProblem, TextSpan
from auditor.model import decide_page_kind as page_kind  # noqa: F401 - the structure stage sets it
from auditor.structure.listicle import Block
from auditor.structure.pagination import continues_elsewhere
from auditor.text.lazyre import lazy_pattern
from auditor.text.number_words import KO_NATIVE, UNSPACED_COUNTERS, unspaced_value


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def headline_heading(doc: Document) -> int | None:
    """Index of the heading that shows the headline: same text on the headline's line,
    else the first H1 with the headline's text, else the first heading with it."""
    if not doc.headline:
        return None
    want = _norm(doc.headline)
    same = [k for k, h in enumerate(doc.headings) if _norm(h.text) == want]
    for pick in (
        [k for k in same if doc.headings[k].line == doc.headline_line],
        [k for k in same if doc.headings[k].level == 1],
        same,
    ):
        if pick:
            return pick[0]
    return None


# --- listicle ---------------------------------------------------------------


def _direction(nums: Sequence[int]) -> int:
    """+1 for 1→N, -1 for a countdown N→1."""
    steps = [b - a for a, b in zip(nums, nums[1:])]
    down = sum(1 for s in steps if s < 0)
    return -1 if down > len(steps) / 2 else 1


def _span(lo: int, hi: int) -> str:
    return str(lo) if lo == hi else f"{lo}–{hi}"


def numbering_problems(doc: Document) -> tuple[NumberingProblem, ...]:
    """Every break in the items' printed numbering: gaps, repeats, restarts."""
    from auditor.structure.listicle import section_break_between

    indexed = [(k, i) for k, i in enumerate(doc.items) if i.number is not None]
    if len(indexed) < 2:
        return ()
    nums = [i.number for _, i in indexed if i.number is not None]
    step = _direction(nums)
    out: list[NumberingProblem] = []
    k0, start = indexed[0] if step == 1 else indexed[-1]
    if start.number is not None and start.number > 1:
        where = "starts" if step == 1 else "ends"
        out.append(NumberingProblem("gap", k0, None, _span(1, start.number - 1), where))
    seen: set[int] = set()
    for (_, a), (kb, b) in zip(indexed, indexed[1:]):
        assert a.number is not None and b.number is not None
        seen.add(a.number)
        if b.number == a.number + step:
            continue
        restart_number = 1 if step == 1 else max(nums)
        if b.number == a.number or (b.number in seen and b.number != restart_number):
            out.append(NumberingProblem("duplicate", kb, a.number))
        elif (b.number - a.number) * step > 0:
            lo, hi = sorted((a.number + step, b.number - step))
            out.append(NumberingProblem("gap", kb, a.number, _span(lo, hi), "skips"))
        elif section_break_between(doc, a, b):
            seen.clear()  # per-section numbering: "Babies #1 #2 · Toddlers #1 #2"
        else:
            out.append(NumberingProblem("restart", kb, a.number))
            seen.clear()
    return tuple(out)


def _outside_items(doc: Document) -> tuple[list[TextSpan], list[TextSpan]]:
    """Body text before the first item, and after the last item's section."""
    from auditor.structure.listicle import read_body, section_end

    items = doc.items
    first = (items[0].line, items[0].column)
    bl, skip = read_body(doc)
    end = section_end(doc, bl, skip)
    intro: list[TextSpan] = []
    outro: list[TextSpan] = []
    skip = skip | _headline_runs(bl, doc.lang)
    for k, b in enumerate(bl):
        if k in skip:
            continue
        if b.pos < first:
            if b.kind != "heading" or b.text != doc.headline:
                intro.append(TextSpan(b.text, *b.pos))
        elif k >= end and b.kind != "heading":
            outro.append(TextSpan(b.text, *b.pos))
    return intro, outro


def _title_like(text: str) -> bool:
    t = text.strip()
    # At most 13 parts are split off: enough to tell "12 words or fewer" from a paragraph.
    return not t.endswith((".", "!", "?", ":", "…")) and 0 < len(t.split(None, 12)) <= 12


def _headline_runs(bl: Sequence[Block], lang: str) -> set[int]:
    """Runs of three or more short title lines, some of them listicle headlines of their
    own ("63 Fascinating Facts Every Kid Should Know", "Spook-tacular Halloween Jokes"):
    a related-articles widget, not this article's intro or conclusion."""
    from auditor.structure.numbers import headline_number

    out: set[int] = set()
    run: list[int] = []
    for k, b in enumerate([*bl, None]):
        if b is not None and b.kind != "heading" and _title_like(b.text):
            run.append(k)
            continue
        if len(run) >= 3:  # the headline numbers are read for runs long enough to count
            counted = sum(1 for j in run if headline_number(bl[j].text, lang)[0] is not None)
            if counted * 3 >= len(run):
                out.update(run)
        run = []
    return out


def _headline_noun(doc: Document) -> str | None:
    """The noun right after the headline's number: "7 key questions" → questions,
    "13 pädagogisch wertvolle Ideen" → Ideen (German nouns are capitalised)."""
    from auditor.structure.numbers import _CLASSIFIERS, _is_plural, _script_language, in_digits
    from auditor.text.segment import MARKS

    # The headline's own script, as headline_promise read it: "۱۰ نکته…" on a page declared English.
    lang = _script_language(doc.headline or "", doc.lang)
    if lang in ("zh", "ja", "ko"):
        return unspaced_noun(doc.headline or "", doc.headline_number, lang)
    head = in_digits(doc.headline or "", lang)  # "A Dozen Cities" → "12 Cities"
    # Marks on letters (Devanagari vowel signs) are part of the word: "10 तरीके" → तरीके.
    # The count is matched by its value, as headline_promise read it with int(): any
    # script's decimal digits ("۱۰ نکته", "১০ উপায়", "๑๐ ที่") name the same count as "10";
    # Bengali's classifier glued to the count stands before the noun ("১০টি উপায়").
    words = rf"((?:[^\W\d_](?:[\w’'-]|[{MARKS}])*\s*){{1,3}})"
    counts = re.finditer(rf"(?<!\w)(\d+)(?:{'|'.join(_CLASSIFIERS)})?\+?\s+{words}", head)
    found = (m for m in counts if int(m.group(1)) == doc.headline_number)
    m = next(found, None)
    if not m:
        return None
    following = m.group(2).split()
    if lang == "en":
        picked = [w for w in following if _is_plural(w, "en")]
    elif lang == "de":
        picked = [w for w in following if w[:1].isupper()]
    else:
        picked = following
    return picked[0] if picked else None


# A count where words are not spaced: digits or a numeral, a counter, the particle of
# "of" ("5つの方法", "7个方法", "5가지 방법", "十大名胜"), as text.number_words lists them.
_UNSPACED_COUNT = lazy_pattern(
    r"(?<![\d.,])(\d{1,3}|[一二两三四五六七八九十]{1,3}|" + "|".join(KO_NATIVE) + r")\s?("
    + "|".join(UNSPACED_COUNTERS) + r")?(?:の|的|의)?\s?"
)
# Runs a noun is read from: katakana, Han, Hangul ("コツ", "方法", "방법").
_UNSPACED_RUN = lazy_pattern(r"[\u30a1-\u30fa\u30fc]+|[\u4e00-\u9fff\u3005]+|[\uac00-\ud7a3]+")
# "Best" and "top" in those scripts stand before a count as no noun ("ベスト10", "베스트 10").
_NOT_NOUNS = frozenset({"ベスト", "トップ", "베스트", "톱", "추천", "おすすめ"})
# Korean particles a noun may carry (object, subject, topic, "of", "to").
_KO_PARTICLES = ("을", "를", "이", "가", "은", "는", "의", "에", "로", "으로")


def unspaced_noun(headline: str, number: int | None, lang: str) -> str | None:
    """The noun a Chinese, Japanese or Korean headline counts: the run after its count and
    counter ("7つの方法" → 方法, "5个让你更健康的习惯" → 习惯: a Chinese run's last two
    characters, where its noun ends), or the run before it when the count closes the
    headline ("カフェ10選" → カフェ, "맛집 10곳" → 맛집)."""
    for m in _UNSPACED_COUNT().finditer(headline):
        if number is None or unspaced_value(m.group(1)) != number or not (m.group(2) or headline[m.end(1):m.end()].strip()):
            continue
        after = _UNSPACED_RUN().match(headline, m.end())
        if after:
            return _noun_of_run(after.group(), lang)
        # Before it, the last run or the one before a "best" or "recommended" ("코스 추천 10곳").
        before = headline[:m.start()].rstrip()
        runs = list(_UNSPACED_RUN().finditer(before))
        if runs and runs[-1].group() in _NOT_NOUNS and runs[-1].end() == len(before):
            before = before[:runs[-1].start()].rstrip()
            runs.pop()
        if not runs or runs[-1].end() != len(before):
            return None
        return _noun_of_run(runs[-1].group(), lang)
    return None


def _noun_of_run(run: str, lang: str) -> str | None:
    """The noun in ``run``: a Korean word without its particle, a Chinese run's last two
    characters when it is longer than three, else the run."""
    if lang == "ko":
        for p in sorted(_KO_PARTICLES, key=len, reverse=True):
            if len(run) > len(p) + 1 and run.endswith(p):
                run = run[:-len(p)]
                break
    elif lang == "zh" and len(run) > 3:
        run = run[-2:]
    return None if run in _NOT_NOUNS or len(run) < 1 else run


_NEXT_TEXT = lazy_pattern(
    r"^\W*(?:2|next(?: (?:page|slide|photo|image|picture))?|weiter(?: zu seite 2)?|nächste seite|nächstes bild"
    r"|zur nächsten seite|siguiente|suivant(?:e)?|successiva|próxima|volgende)\W*$", re.I
)
# Page two, or the next slide of a slideshow ("?slide=4", "/photo-4/").
_PAGE_TWO = lazy_pattern(
    r"(?:/|[?&](?:page|p|pg|seite|pagina)=)2/?(?:$|[?#&])"
    r"|[?&](?:slide|image|photo|pic)=\d+|/(?:slide|photo|image|seite|page)[-/]?\d+/?(?:$|[?#&])", re.I
)
# A pager the body extractor dropped as navigation, read from its text: page numbers from
# 1 ("1 2 3 Next", "« Prev 1 2 … 9 Next »").
_PAGER = lazy_pattern(
    r"^\W*(?:(?:pages?|seiten?|páginas?|pagine)\s*:?\s*)?(?:(?:prev(?:ious)?|zurück|anterior|précédent|precedente)\W*)?"
    r"1\s+2(?:\s+\d{1,3})*"
    r"(?:\s*(?:…|\.\.\.)\s*\d{1,3})?\W*(?:(?:next|weiter|siguiente|suivant|successiva|próxima|volgende)\W*)?$",
    re.I,
)


# "Page 1 of 2" in a pager the body extractor dropped as navigation (its excerpt runs the
# links' texts together: "PrevPage 1 of 2Next", so no word boundaries).
_PAGE_ONE_OF = lazy_pattern(
    r"(?:page|seite|página|pagina|pag\.)\s*1\s*(?:of|von|de|sur|di|/)\s*(?:[2-9]|\d\d)(?!\d)", re.I
)


# A link back to the page before: this page goes on from an earlier one.
_PREVIOUS_TEXT = lazy_pattern(
    r"^\W*(?:prev(?:ious)?(?: page| slide)?|zurück|vorherige seite|page précédente|précédent(?:e)?|anterior"
    r"|página anterior|precedente|pagina precedente|vorige(?: pagina)?)\W*$", re.I
)


def paginated(doc: Document) -> bool:
    """Whether the article is one page of several: a "2" / "Next" link to page two (or a
    "Next slide" link to the next slide), a "Previous page" link back (a later page), or
    a pager saying "Page 1 of 2" or counting "1 2 3 Next" (in the body, or dropped from
    it as navigation); or what auditor.structure.pagination reads."""
    return any(
        link.href and ((_NEXT_TEXT().match(link.text or "") and _PAGE_TWO().search(link.href))
                       or (_PREVIOUS_TEXT().match(link.text or "") and _same_article(doc, link.href)))
        for link in doc.links
    ) or _page_number_links(doc) \
        or any(d.kind == "nav" and (_PAGE_ONE_OF().search(d.excerpt) or _PAGER().match(d.excerpt)) for d in doc.body_drops) \
        or continues_elsewhere(doc, len(doc.items))


def _page_number_links(doc: Document) -> bool:
    """A pager left in the body ("Pages: 1 2 3", WordPress's page links): two links or
    more whose text is a page number, one of them to a numbered page of the article."""
    pages = [link for link in doc.links if link.href and (link.text or "").strip().isdecimal()
             and 1 <= int(link.text.strip()) <= 50 and not link.href.startswith("#")]
    return len({link.text.strip() for link in pages}) >= 2 and any(_PAGE_N().search(link.href or "") for link in pages)


# A page of an article: "?page=2", "/2/", "/page/2".
_PAGE_N = lazy_pattern(r"(?:[?&](?:page|p|pg|seite|pagina)=\d+|/(?:page/|seite/)?\d{1,2}/?)(?:$|[?#&])", re.I)


def _same_article(doc: Document, href: str) -> bool:
    """Whether ``href`` leads to another page of this article: a page number in it, or the
    article's own address (page one of a later page), not the blog's previous post."""
    if _PAGE_N().search(href):
        return True
    own = (doc.meta.canonical or doc.meta.og.get("og:url") or "").split("#")[0].rstrip("/")
    return bool(own) and href.split("#")[0].rstrip("/") in (own, own.split("://", 1)[-1])


def verdict(
    promised: int | None, at_least: bool, items: Sequence[Item], continues: bool = False
) -> ListicleVerdict:
    """kept / mismatch / unknown / not-a-listicle (see :class:`auditor.model.Listicle`).

    Printed numbers are what a reader counts by: with them the count is certain and a
    difference is a mismatch; unnumbered items that do not add up are only a guess."""
    if promised is None:
        return "not-a-listicle"
    found = len(items)
    kept = found >= promised if at_least else found == promised
    if kept and found:
        return "kept"
    if continues and found < promised:
        return "unknown"  # page one of a paginated list: the rest is on the next page
    numbered = sum(1 for i in items if i.number is not None)
    return "mismatch" if numbered and found >= 2 else "unknown"


def listicle_facts(doc: Document) -> Listicle:
    from auditor.text.segment import word_count

    items = doc.items
    nums = [i.number for i in items if i.number is not None]
    intro, outro = _outside_items(doc) if items else ([], [])
    pages = paginated(doc)
    problems = numbering_problems(doc)
    if pages:  # one page of several: a countdown's page one ends above 1, a later page starts past 1
        problems = tuple(p for p in problems if not (p.kind == "gap" and p.where in ("ends", "starts")))
    return Listicle(
        promised=doc.headline_number,
        at_least=doc.headline_number_at_least,
        found=len(items),
        numbered=len(nums),
        low=min(nums) if nums else None,
        high=max(nums) if nums else None,
        verdict=verdict(doc.headline_number, doc.headline_number_at_least, items, pages),
        problems=problems,
        intro=tuple(intro),
        outro=tuple(outro),
        intro_words=sum(word_count(s.text) for s in intro),
        outro_words=sum(word_count(s.text) for s in outro),
        noun=_headline_noun(doc) if doc.headline_number else None,
        paginated=pages,
    )
