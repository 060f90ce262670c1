"""Scores from findings and document facts: each category 0–100, then a weighted mean,
less what no category shows. The model is documented in README ("Scores").

:func:`breakdown` is the model: each category's score and weight with the rules that
cost it points, each page-wide deduction below with its points and reason, each cap;
the overall score is worked out from it (:func:`assemble`), so what JSON, ``--verbose``
and the report say of a score is how it was reached.

1. **Only what can be checked is scored.** A category with nothing to check has no
   score (``None`` is left out of ``scores``) and no weight in the mean: a page with no
   images is not a page with perfect images, and only a listicle has a listicle score.
2. **The penalty grows with the damage.** A category starts at 100; each rule that
   fires costs its level's weight times ``1 + log2(count) / 2``, so one finding costs
   the weight, four cost twice it, sixteen three times it (error 20 · warning 10 ·
   info 10), and a category bottoms out at 0. An error is an objective defect and costs
   most, two warnings (three overstated it: the editor marks a page down for its errors
   less than that, and the page-wide error points below add to it); an info costs what a
   warning costs: the default infos are right about as often as the warnings
   (bench/eval) and an editor's judgement falls with them as much.
3. **Errors weigh on the whole page.** The mean loses ``min(30, 3 · log2(1 + errors))``
   points: an objective defect a reader hits is not diluted by six clean categories,
   and 20 errors cost far more than one.
4. **Thin text** loses 25 points for each halving of the body below 800 words, at most
   75: ``min(75, 25 × log2(800 / words))`` (400 words lose 25, 200 lose 50, 100 or
   fewer 75). Each halving costs alike because an editor's judgement falls with the
   length's ratio, not its difference: 100 words missing from a 200-word brief matter
   far more than from a 700-word story. The loss adds to the findings' (a thin page
   with defects ranks below a clean thin page). Lengths are words in every language
   where words are spaced; Chinese and Japanese are measured in characters, two to a
   word; Thai, Lao, Khmer and Burmese in letters, 3.87 to a word (the reading-rate model's).
5. **Fragmented text** loses ``40 × (share − 0.1)`` where ``share`` is the part of the
   body's paragraphs (five or more) that are bare lines under 12 words: item lines that
   are a name and nothing more, pseudo-headings, link lines, one-line hype, leftover
   page furniture. Quotes, lead-ins ending in a colon, photo captions or credits, lines
   of short links only (prev/next, print, crumbs), short lines above the headline
   heading and a data table's cells are not counted.
6. **Link-heavy text** loses ``40 × (share − 0.15)`` where ``share`` is the part of the
   body's words (100 or more) that are link text: a wall of affiliate or "see also"
   links reads as a link dump, not an article.
7. **Signs of an edited, reported article** the editor rewards and no rule checks:
   a body that quotes no one (no blockquote, no quoted passage of three words or
   more) loses ``UNQUOTED_POINTS``; a body that shows pictures, none with a caption
   or a credit, loses ``UNCAPTIONED_POINTS``. A page without pictures loses nothing
   for them (no picture is no unexplained picture).
8. **Caps** for facts that outweigh any polish: a page that asks search engines not to
   index it scores at most 40.

Calibrated on pages an editor scored by reading them (``bench/eval/scores.tsv``), with
cross-validation inside the tuning pages (folds grouped by site, a nested search over
the constants, each term removed in turn); ``bench/eval/score_cv.py`` reruns it.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from auditor.model import CATEGORIES, CategoryScore, Deduction, Finding, RuleCost, ScoreBreakdown, ScoreCap
from auditor.text.figure_labels import is_figure_label
from auditor.text.languages import UNSPACED_LANGS, lang_root
from auditor.text.readability import IREST_CHARACTERS, IREST_ENGLISH, IREST_LETTERS

if TYPE_CHECKING:
    from auditor.model import Document, Paragraph

LEVEL_WEIGHTS: dict[str, float] = {"error": 20.0, "warning": 10.0, "info": 10.0}
CATEGORY_WEIGHTS: dict[str, float] = {
    "headline": 15,
    "headings": 10,
    "images": 10,
    "links": 10,
    "readability": 20,
    "listicle": 20,
    "meta": 15,
}
ERROR_POINTS = 3.0  # per doubling of the page's error count
ERROR_POINTS_MAX = 30.0
NOINDEX_CAP = 40
THIN_WORDS = 800  # a body shorter than this is thin
THIN_POINTS = 25.0  # lost per halving of the body below THIN_WORDS …
THIN_MAX = 75.0  # … up to this (three halvings: 100 words or fewer)
class PerLetter(float):
    """A ratio of letters, not characters, to a word: vowel signs and tone marks written on
    a letter are not counted (as reading time does not count them)."""

    __slots__ = ()


# Letters of Thai, Lao, Khmer and Burmese to an English word, from the reading-rate model
# reading time uses (auditor.text.readability): IReST's alphabetic readers read 882 letters a
# minute (68 ms a letter) where its English readers read 228 words, so 882 / 228 = 3.87
# letters take as long to read as an English word. A Thai body is as thin as an English one
# that takes as long to read.
LETTERS_PER_WORD = PerLetter(IREST_LETTERS["th"] / IREST_ENGLISH)


class PerCharacter(float):
    """A ratio of Chinese or Japanese characters to a word: punctuation is not counted, and
    a Latin word or number in the text is a word (as reading time counts them)."""

    __slots__ = ()


# Characters per word in scripts written without spaces, to measure their length in
# words by the same reading-rate model: IReST's Chinese readers read 255 characters a
# minute, its Japanese readers 357, where its English readers read 228 words, so 1.12
# Chinese and 1.57 Japanese characters take as long to read as an English word (two
# each, before, made a Chinese body read in as long as an 800-word English one look
# like 450 words); Thai, Lao, Khmer and Burmese letters by LETTERS_PER_WORD.
CHARS_PER_WORD: dict[str, float] = {
    **{lang: PerCharacter(rate / IREST_ENGLISH) for lang, rate in IREST_CHARACTERS.items()},
    **{lang: PerLetter(rate / IREST_ENGLISH) for lang, rate in IREST_LETTERS.items()},
}
# Fragmented text: paragraphs under FRAGMENT_WORDS words are bare lines; past
# FRAGMENT_FREE of a body's paragraphs (at least FRAGMENT_MIN_PARAGRAPHS) each further
# share costs FRAGMENT_POINTS (all bare lines: 36 points).
FRAGMENT_WORDS = 12
FRAGMENT_FREE = 0.10
FRAGMENT_POINTS = 40.0
FRAGMENT_MIN_PARAGRAPHS = 5
# Link-heavy text: past LINK_FREE of a body's words (at least LINK_MIN_WORDS) in link
# text, each further share costs LINK_POINTS (all links: 34 points).
LINK_FREE = 0.15
LINK_POINTS = 40.0
LINK_MIN_WORDS = 100
NOINDEX_RULES = frozenset({"MT008"})
# Signs of an edited, reported article: a body quoting no one loses UNQUOTED_POINTS,
# one showing pictures none of which has a caption or credit UNCAPTIONED_POINTS.
UNQUOTED_POINTS = 5.0
UNCAPTIONED_POINTS = 5.0

# Score bands, defined once: the text output, the report's CSS classes and its
# scripts (emitted into data.js) read these. Lighthouse's: 90–100 good, 50–89 needs
# work, 0–49 poor.
BANDS: tuple[tuple[int, str, str], ...] = (
    (90, "pass", "good"),
    (50, "average", "needs work"),
    (0, "fail", "poor"),
)


def band(score: float | None) -> tuple[str, str]:
    """CSS class suffix and words for ``score``: ("pass", "good") …, ("na", "no score")."""
    if score is None:
        return "na", "no score"
    for floor, css, words in BANDS:
        if score >= floor:
            return css, words
    return "fail", "poor"


def _round(value: float) -> int:
    return int(value + 0.5)


def rule_penalty(level: str, count: int) -> float:
    return LEVEL_WEIGHTS[level] * (1 + 0.5 * math.log2(max(1, count)))


def category_parts(
    findings: Iterable[Finding], applicable: Iterable[str] | None = None
) -> tuple[CategoryScore, ...]:
    """Each applicable category's score, weight and the rules that cost it points (all
    categories when ``applicable`` is None); a category with a finding is always
    applicable. Costs keep the order the findings first name their rules (the order
    they are summed in)."""
    found = list(findings)
    per_rule: Counter[tuple[str, str, str]] = Counter((f.category, f.rule, f.level) for f in found)
    scored = set(CATEGORIES if applicable is None else applicable) | {f.category for f in found}
    costs: dict[str, list[RuleCost]] = {c: [] for c in scored}
    for (category, rule, level), count in per_rule.items():
        costs[category].append(RuleCost(rule, level, count, rule_penalty(level, count)))
    order = [c for c in CATEGORIES if c in scored] + sorted(scored - set(CATEGORIES))
    return tuple(
        CategoryScore(c, max(0, _round(100 - sum(cost.points for cost in costs[c]))), CATEGORY_WEIGHTS.get(c, 10),
                      tuple(costs[c]))
        for c in order
    )


def category_scores(
    findings: Iterable[Finding], applicable: Iterable[str] | None = None
) -> dict[str, int]:
    """Each applicable category's score (all categories when ``applicable`` is None);
    a category with a finding is always applicable."""
    return {part.category: part.score for part in category_parts(findings, applicable)}


def _weighted_mean(parts: Iterable[tuple[int, float]]) -> float:
    """The mean of (score, weight) pairs by weight; 100 when there are none."""
    pairs = list(parts)
    total = sum(weight for _score, weight in pairs)
    return sum(score * weight for score, weight in pairs) / total if total else 100.0


def _final(mean: float, deducted: float, limits: Iterable[int]) -> int:
    """The overall score: ``mean`` less ``deducted``, rounded, within 0 and every limit."""
    return max(0, min(_round(mean - deducted), *limits, 100))


def error_points(errors: int) -> float:
    """The page-wide points ``errors`` errors cost: ``ERROR_POINTS`` per doubling."""
    return min(ERROR_POINTS_MAX, ERROR_POINTS * math.log2(1 + errors))


def overall_score(
    scores: Mapping[str, int], errors: int = 0, caps: Iterable[int] = (), penalty: float = 0.0
) -> int:
    """The weighted mean of ``scores``, less the page-wide error points and ``penalty``
    (thin, fragmented or link-heavy text), capped."""
    mean = _weighted_mean((scores[c], CATEGORY_WEIGHTS.get(c, 10)) for c in scores)
    return _final(mean, error_points(errors) + penalty, caps)


def applicable_categories(doc: Document) -> set[str]:
    """The categories ``doc`` gives something to check."""
    from auditor.checks.meta import page_kind

    out = {"headline"}
    if doc.word_count >= 300 or any(h.level > 1 for h in doc.headings):
        out.add("headings")
    if any(not img.decorative for img in doc.images):
        out.add("images")
    if any(link.href for link in doc.links):
        out.add("links")
    # Readability's rules count words (reading ease, sentence and paragraph lengths):
    # where words are not spaced they measure nothing, and nothing checked is no score.
    if doc.word_count >= 100 and _per_word(doc) == 0.0:
        out.add("readability")
    if doc.headline_number is not None or len(doc.items) >= 3:
        out.add("listicle")
    if page_kind(doc) is not None:
        out.add("meta")
    return out


def finding_caps(findings: Iterable[Finding]) -> tuple[ScoreCap, ...]:
    """Upper bounds on the overall score that findings set: a page that asks search
    engines not to index it."""
    noindex = sorted({f.rule for f in findings if f.rule in NOINDEX_RULES})
    if not noindex:
        return ()
    return (ScoreCap("noindex", NOINDEX_CAP,
                     f"noindex: the page asks search engines not to index it ({', '.join(noindex)})"),)


def caps(doc: Document, findings: Iterable[Finding]) -> tuple[ScoreCap, ...]:
    """Upper bounds on the overall score from facts no category weighs (today only
    findings set one; bench/eval/score_cv.py swaps in caps the document sets)."""
    return finding_caps(findings)


def _per_word(doc: Document) -> float | None:
    """Characters per word for ``doc``'s language: 0 where words are spaced (count them),
    None where they are not and no ratio is calibrated (not measured)."""
    root = lang_root(doc.lang)
    if root not in UNSPACED_LANGS:
        return 0.0
    return CHARS_PER_WORD.get(root)


def _length(text: str, per_word: float) -> float:
    """``text``'s length in words, or in word equivalents (characters or, for a
    :class:`PerLetter` ratio, letters / ``per_word``)."""
    from auditor.text.segment import word_count

    if isinstance(per_word, PerLetter):
        return sum(map(str.isalnum, text)) / per_word
    if isinstance(per_word, PerCharacter):
        from auditor.text.readability import character_counts

        chars, words = character_counts([text])
        return chars / per_word + words
    return len("".join(text.split())) / per_word if per_word else float(word_count(text))


def _body_texts(doc: Document) -> list[str]:
    """The texts the body's length is measured on, as its word count is."""
    from auditor.structure.finish import slide_texts

    return [*(p.text for p in doc.paragraphs), *(i.text for i in doc.list_items), *(h.text for h in doc.headings),
            *slide_texts(doc)]


def body_length(doc: Document) -> float | None:
    """The body's length in words, or in word equivalents where words are not spaced
    (characters / ``CHARS_PER_WORD``); None where it cannot be measured."""
    per_word = _per_word(doc)
    if per_word is None:
        return None
    if not per_word:
        return float(doc.word_count)
    return sum(_length(t, per_word) for t in _body_texts(doc))


def thin_penalty(doc: Document) -> float:
    """Points a body shorter than ``THIN_WORDS`` loses, ``THIN_POINTS`` per halving up to
    ``THIN_MAX``: an editor ranks a thin repost below a full article with the same
    defects, and a clean thin page below a clean full one."""
    words = body_length(doc)
    if words is None or words >= THIN_WORDS:
        return 0.0
    if words <= 0:
        return THIN_MAX
    return min(THIN_MAX, THIN_POINTS * math.log2(THIN_WORDS / words))


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


# A link of this many words or fewer is a control or a crumb ("« Vorige", "Zum Video",
# "Home > Blog"); longer links standing alone are titles (a related story or a listed
# product), which may be the list itself: they stay counted.
NAV_LINK_WORDS = 4


def _link_lines(doc: Document) -> set[int]:
    """Indexes of the paragraphs that are wholly short links ("« Vorige | Nächste »",
    "Home > News > Sport"): navigation, not the story's own lines."""
    out: set[int] = set()
    spans = [(p.line, p.column) for p in doc.paragraphs] + [(1 << 30, 0)]
    links = sorted((link.line, link.column, link.text.strip()) for link in doc.links if link.href and link.text.strip())
    starts = [(line, column) for line, column, _ in links]
    for i, p in enumerate(doc.paragraphs):
        rest, short = p.text, True
        # The links from this paragraph's start to the next one's, found by bisection (every
        # link against every paragraph cost ~0.1 ms a page); none when they are out of order.
        for line, column, text in links[bisect_left(starts, spans[i]):bisect_left(starts, spans[i + 1])]:
            if text in rest:
                rest = rest.replace(text, "", 1)
                short = short and len(text.split()) <= NAV_LINK_WORDS and len(text) <= 40
        if short and rest != p.text and not any(ch.isalnum() for ch in rest):
            out.add(i)
    return out


def story_paragraphs(doc: Document) -> list[Paragraph]:
    """The body's paragraphs an editor reads as the story's: not quotes, not short lines
    above the headline (a kicker, a crumb, a date line), not lines of short links only
    (prev/next, print and mail links, breadcrumbs), not a data table's cells (table text)."""
    links = _link_lines(doc)
    return [p for i, p in enumerate(doc.paragraphs)
            if not p.quote and not p.cell and not _above_headline(doc, p) and i not in links]


def _above_headline(doc: Document, paragraph: Paragraph) -> bool:
    """A short line above the body's own headline heading: a kicker, a crumb, a date.
    Only short ones: prose above the headline says the headline was found late."""
    if doc.headline_heading is None or (paragraph.line, paragraph.column) >= (doc.headline_line, doc.headline_column):
        return False  # the place first: most paragraphs are below the headline, and need no word count
    return len(paragraph.text.split()) < FRAGMENT_WORDS


def fragment_counts(doc: Document) -> tuple[int, int]:
    """(bare lines, story paragraphs) of ``doc``: the story's paragraphs
    (``story_paragraphs``: lines of short links and short lines above the headline left
    out) and how many of them are bare lines (under ``FRAGMENT_WORDS`` words); (0, 0)
    for a body of fewer than ``FRAGMENT_MIN_PARAGRAPHS`` paragraphs or in a script not
    measured. Not bare lines: quotes (their length is the speaker's), lead-ins ending in
    a colon (they introduce a list, code or a table) and photo captions and credits
    ("Photo by …", they belong to the picture), also when written as a paragraph under
    it behind a figure label ("Figure 2: …", "Abb. 3", "图1")."""
    per_word = _per_word(doc)
    prose = story_paragraphs(doc)
    if per_word is None or len(prose) < FRAGMENT_MIN_PARAGRAPHS:
        return 0, 0
    captions = [_norm(s) for img in doc.images for s in (img.caption, img.credit) if s]
    # One search per line, not one per caption (a gallery page has hundreds of both):
    # normalised text holds no newline, so a line found in the joined captions lies
    # within one of them.
    whole_captions, joined_captions = set(captions), "\n".join(captions)

    def bare(text: str) -> bool:
        text = text.rstrip()
        if text.endswith((":", "：")) or _length(text, per_word) >= FRAGMENT_WORDS:
            return False
        key = _norm(text)
        return not (key in whole_captions or (len(key) > 3 and key in joined_captions) or is_figure_label(text))

    return sum(1 for p in prose if bare(p.text)), len(prose)


def fragment_share(doc: Document) -> float:
    """The share of the story's paragraphs that are bare lines (``fragment_counts``);
    0 where they are not counted."""
    bare, total = fragment_counts(doc)
    return bare / total if total else 0.0


def fragment_penalty(doc: Document) -> float:
    """Points a fragmented body loses: an editor reads a body of bare lines (a list of
    names, one-line hype, pseudo-headings, page furniture) as below one of paragraphs."""
    return _fragment_points(fragment_share(doc))


def _fragment_points(share: float) -> float:
    return FRAGMENT_POINTS * max(0.0, share - FRAGMENT_FREE)


def link_share(doc: Document) -> float:
    """The share of the body's words that are link text (links around a picture aside);
    0 for a body under ``LINK_MIN_WORDS`` words or in a script not measured."""
    words, per_word = body_length(doc), _per_word(doc)
    if words is None or per_word is None or words < LINK_MIN_WORDS:
        return 0.0
    return sum(_length(link.text, per_word) for link in doc.links if link.href and not link.has_image) / words


def link_penalty(doc: Document) -> float:
    """Points a link-heavy body loses: a wall of product or "see also" links is a link
    dump to an editor, whatever each link's hygiene."""
    return _link_points(link_share(doc))


def _link_points(share: float) -> float:
    return LINK_POINTS * max(0.0, share - LINK_FREE)


# A quoted passage: an opening quotation mark, the words, the mark that closes it (in the
# languages' own pairs: “…”, „…“, «…», »…«, 「…」, 『…』, ‘…’, ‚…‘ and straight quotes).
# Where the closing mark is also an apostrophe (’), one followed by a letter is the
# apostrophe ("don’t"), not the end of the quotation; a straight quote after a letter or
# digit is an inch mark (a 15" laptop).
_QUOTE_PAIRS: tuple[tuple[str, str], ...] = (
    ('"', '"'), ("“", "”"), ("„", "“”"), ("«", "»"), ("»", "«"), ("「", "」"), ("『", "』"),
    ("‘", "’"), ("‚", "‘’"),
)


def _quote_pattern(opening: str, closing: str) -> str:
    o, c = re.escape(opening), re.escape(closing)
    if opening == '"':  # straight quotes are also inch marks (15" laptop): never after a letter or digit
        return f'(?<!\\w)"([^"]{{6,}}?)"(?!\\w)'
    if "’" not in closing:
        return f"{o}([^{o}{c}]{{6,}}?)[{c}]"
    return f"{o}((?:[^{o}{c}]|[{c}](?=\\w)){{6,}}?)[{c}](?!\\w)"


_QUOTED = re.compile("|".join(_quote_pattern(o, c) for o, c in _QUOTE_PAIRS))
# A quotation of this many words (or, unspaced, twice as many characters) is someone's
# words; shorter ones are titles, names and scare quotes ("pull" model, "Ground Game").
QUOTE_WORDS = 3


def _quotation(text: str) -> bool:
    for match in _QUOTED.finditer(text):
        inner = next(g for g in match.groups() if g is not None).strip()
        words = inner.split()
        if len(words) >= QUOTE_WORDS or (len(words) == 1 and len(inner) >= 2 * QUOTE_WORDS):
            return True
    return False


def quotes_someone(doc: Document) -> bool:
    """Does the body quote someone: a block quote (an embedded post included) or a
    quoted passage of ``QUOTE_WORDS`` words or more in its paragraphs or list items?
    Reporting quotes its sources; filler, promotion and reposts rarely do."""
    if any(p.quote for p in doc.paragraphs):
        return True
    return any(_quotation(t) for t in (*(p.text for p in doc.paragraphs), *(i.text for i in doc.list_items)))


def uncaptioned_pictures(doc: Document) -> bool:
    """Does the body show pictures (not decorative ones) none of which has a caption or
    a credit? An edited article says what its pictures show or whose they are; stock
    shots, product boxes and reposts rarely do. A page without pictures is not one."""
    shown = [img for img in doc.images if not img.decorative]
    return bool(shown) and not any(img.caption or img.credit for img in doc.images)


def sign_penalty(doc: Document) -> float:
    """Points for missing signs of an edited, reported article: nobody quoted
    (``UNQUOTED_POINTS``), pictures shown with no caption or credit
    (``UNCAPTIONED_POINTS``), as their deductions count them."""
    return sum(d.points for d in (_unquoted(doc), _uncaptioned(doc)) if d is not None)


def _percent(share: float) -> str:
    return f"{round(100 * share)} %"


def _words(doc: Document, words: float) -> str:
    """A body's length in words as a reason says it (word equivalents where words are
    not spaced)."""
    per_word = _per_word(doc)
    if per_word:
        unit = "letters" if isinstance(per_word, PerLetter) else "characters"
        return f"about {round(words):,} words ({round(words * per_word):,} {unit})"
    return f"{round(words):,} word{'' if round(words) == 1 else 's'}"


def _thin(doc: Document) -> Deduction | None:
    points = thin_penalty(doc)
    if not points:
        return None
    words = body_length(doc) or 0.0
    return Deduction("thin", points, f"thin text: {_words(doc, words)}, below {THIN_WORDS:,} words "
                                     f"({THIN_POINTS:g} points for each halving, at most {THIN_MAX:g})")


def _fragmented(doc: Document) -> Deduction | None:
    bare, total = fragment_counts(doc)
    points = _fragment_points(bare / total) if total else 0.0
    if not points:
        return None
    return Deduction("fragmented", points,
                     f"fragmented text: {bare} of {total} paragraphs ({_percent(bare / total)}) are bare lines "
                     f"under {FRAGMENT_WORDS} words, more than the {_percent(FRAGMENT_FREE)} allowed")


def _link_heavy(doc: Document) -> Deduction | None:
    share = link_share(doc)
    points = _link_points(share)
    if not points:
        return None
    words = body_length(doc) or 0.0
    return Deduction("link-heavy", points,
                     f"link-heavy text: {_percent(share)} of the body's {_words(doc, words)} are "
                     f"link text, more than the {_percent(LINK_FREE)} allowed")


def _unquoted(doc: Document) -> Deduction | None:
    if not UNQUOTED_POINTS or quotes_someone(doc):
        return None
    return Deduction("unquoted", UNQUOTED_POINTS,
                     f"no one quoted: no block quote and no quoted passage of {QUOTE_WORDS} words or more")


def _uncaptioned(doc: Document) -> Deduction | None:
    if not UNCAPTIONED_POINTS or not uncaptioned_pictures(doc):
        return None
    shown = sum(1 for img in doc.images if not img.decorative)
    what = "1 picture, without" if shown == 1 else f"{shown} pictures, none with"
    return Deduction("uncaptioned", UNCAPTIONED_POINTS,
                     f"pictures with no caption or credit: {what} a caption or credit")


def text_deductions(doc: Document) -> tuple[Deduction, ...]:
    """What the body costs, findings aside, each term with its reason: thin,
    fragmented, link-heavy text, nobody quoted, pictures with no caption or credit.
    Terms that cost nothing are left out."""
    terms = (_thin(doc), _fragmented(doc), _link_heavy(doc), _unquoted(doc), _uncaptioned(doc))
    return tuple(term for term in terms if term is not None)


def error_deduction(findings: Iterable[Finding]) -> tuple[Deduction, ...]:
    """The page-wide points the errors among ``findings`` cost, or nothing without one."""
    errors = sum(1 for f in findings if f.level == "error")
    if not errors:
        return ()
    return (Deduction("errors", error_points(errors),
                      f"{errors} error{'' if errors == 1 else 's'} on the page "
                      f"({ERROR_POINTS:g} points for each doubling of the count, at most {ERROR_POINTS_MAX:g})"),)


def _deducted(deductions: Iterable[Deduction]) -> float:
    """The points ``deductions`` take off the mean, summed in the order the model sums
    them (error points, then thin, fragmented and link-heavy text, then the two signs
    together): a float sum depends on its order, and a score must not move by one at a
    half point because its explanation listed the terms differently."""
    points = {d.term: d.points for d in deductions}
    signs = points.pop("unquoted", 0.0) + points.pop("uncaptioned", 0.0)
    errors = points.pop("errors", 0.0)
    text = points.pop("thin", 0.0) + points.pop("fragmented", 0.0) + points.pop("link-heavy", 0.0) + signs
    return errors + text + sum(points.values())


def assemble(parts: Iterable[CategoryScore], deductions: Iterable[Deduction],
             limits: Iterable[ScoreCap] = ()) -> ScoreBreakdown:
    """The breakdown of ``parts``, ``deductions`` and ``limits``, with the mean and the
    overall score worked out from them: the one place the overall score is made."""
    categories, taken, held = tuple(parts), tuple(deductions), tuple(limits)
    mean = _weighted_mean((part.score, part.weight) for part in categories)
    return ScoreBreakdown(categories, taken, held, mean, _final(mean, _deducted(taken), (c.limit for c in held)))


def uncapped(explained: ScoreBreakdown) -> tuple[float, int]:
    """The mean less the deductions, and that rounded, before the bounds (0, 100 and the
    caps) hold it: what an explanation shows on its way to the score."""
    value = explained.mean - _deducted(explained.deductions)
    return value, _round(value)


def breakdown(doc: Document, findings: Iterable[Finding]) -> ScoreBreakdown:
    """How ``doc``'s overall score is reached from its ``findings``: each applicable
    category's score and weight (with the rules that cost it points), each page-wide
    deduction with its points and reason, each cap. A pure function of its inputs;
    :func:`score` reads its numbers from it, so the explanation cannot drift from them."""
    found = list(findings)
    parts = category_parts(found, applicable_categories(doc))
    return assemble(parts, (*error_deduction(found), *text_deductions(doc)), caps(doc, found))


def rescored(kept: ScoreBreakdown, findings: Iterable[Finding]) -> ScoreBreakdown:
    """``kept`` (a document's breakdown) with its findings now ``findings``: the site
    stage adds findings once the document is gone. What the document gave stays (its
    applicable categories, its text's deductions); what the findings give (category
    costs, error points, the caps findings set) is worked out anew, as
    :func:`breakdown` would."""
    found = list(findings)
    parts = category_parts(found, [part.category for part in kept.categories])
    text = tuple(d for d in kept.deductions if d.term != "errors")
    return assemble(parts, (*error_deduction(found), *text), finding_caps(found))


def score(doc: Document, findings: Iterable[Finding]) -> tuple[dict[str, int], int]:
    """(category scores, overall score) of one audited document, read from its
    :func:`breakdown`."""
    explained = breakdown(doc, findings)
    return explained.scores, explained.score
