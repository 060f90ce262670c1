"""Scores from findings and document facts: each category 0–100, then a weighted mean,
less what no category shows. The model is documented in README ("Scores").

1. **Only what can be checked is scored.** A category with nothing to check has no
   score (``None`` is left out of ``scores``) and no weight in the mean: a page with no
   images is not a page with perfect images, and only a listicle has a listicle score.
2. **The penalty grows with the damage.** A category starts at 100; each rule that
   fires costs its level's weight times ``1 + log2(count) / 2``, so one finding costs
   the weight, four cost twice it, sixteen three times it (error 30 · warning 10 ·
   info 10), and a category bottoms out at 0. An error is an objective defect and costs
   most; an info costs what a warning costs: the default infos are right about as often
   as the warnings (bench/eval) and an editor's judgement falls with them as much.
3. **Errors weigh on the whole page.** The mean loses ``min(30, 3 · log2(1 + errors))``
   points: an objective defect a reader hits is not diluted by six clean categories,
   and 20 errors cost far more than one.
4. **Thin text** loses 25 points for each halving of the body below 800 words, at most
   75: ``min(75, 25 × log2(800 / words))`` (400 words lose 25, 200 lose 50, 100 or
   fewer 75). Each halving costs alike because an editor's judgement falls with the
   length's ratio, not its difference: 100 words missing from a 200-word brief matter
   far more than from a 700-word story. The loss adds to the findings' (a thin page
   with defects ranks below a clean thin page). Chinese and Japanese are measured in
   characters, two to a word.
5. **Fragmented text** loses ``40 × (share − 0.1)`` where ``share`` is the part of the
   body's paragraphs (five or more) that are bare lines under 12 words: item lines that
   are a name and nothing more, pseudo-headings, link lines, one-line hype, leftover
   page furniture. Quotes, lead-ins ending in a colon, photo captions or credits, lines
   of short links only (prev/next, print, crumbs) and short lines above the headline
   heading are not counted.
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
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from auditor.model import CATEGORIES, Finding
from auditor.text.languages import UNSPACED_LANGS, lang_root

if TYPE_CHECKING:
    from auditor.model import Document, Paragraph

LEVEL_WEIGHTS: dict[str, float] = {"error": 30.0, "warning": 10.0, "info": 10.0}
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
# Characters per word in scripts written without spaces, to measure their length in
# words: Chinese and Japanese text runs about two characters to an English word. Thai,
# Lao, Khmer and Burmese are not measured (no judged pages to calibrate on).
CHARS_PER_WORD: dict[str, float] = {"ja": 2.0, "zh": 2.0}
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


def category_scores(
    findings: Iterable[Finding], applicable: Iterable[str] | None = None
) -> dict[str, int]:
    """Each applicable category's score (all categories when ``applicable`` is None);
    a category with a finding is always applicable."""
    found = list(findings)
    per_rule: Counter[tuple[str, str, str]] = Counter((f.category, f.rule, f.level) for f in found)
    scored = set(CATEGORIES if applicable is None else applicable) | {f.category for f in found}
    penalty: dict[str, float] = dict.fromkeys(scored, 0.0)
    for (category, _rule, level), count in per_rule.items():
        penalty[category] += rule_penalty(level, count)
    order = [c for c in CATEGORIES if c in scored] + sorted(scored - set(CATEGORIES))
    return {c: max(0, _round(100 - penalty[c])) for c in order}


def overall_score(
    scores: Mapping[str, int], errors: int = 0, caps: Iterable[int] = (), penalty: float = 0.0
) -> int:
    """The weighted mean of ``scores``, less the page-wide error points and ``penalty``
    (thin, fragmented or link-heavy text), capped."""
    total = sum(CATEGORY_WEIGHTS.get(c, 10) for c in scores)
    mean = sum(scores[c] * CATEGORY_WEIGHTS.get(c, 10) for c in scores) / total if total else 100.0
    mean -= min(ERROR_POINTS_MAX, ERROR_POINTS * math.log2(1 + errors)) + penalty
    return max(0, min(_round(mean), *caps, 100))


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
    if doc.word_count >= 100:
        out.add("readability")
    if doc.headline_number is not None or len(doc.items) >= 3:
        out.add("listicle")
    if page_kind(doc) is not None:
        out.add("meta")
    return out


def caps(doc: Document, findings: Iterable[Finding]) -> list[int]:
    """Upper bounds on the overall score from facts no category weighs."""
    return [NOINDEX_CAP] if any(f.rule in NOINDEX_RULES for f in findings) else []


def _per_word(doc: Document) -> float | None:
    """Characters per word for ``doc``'s language: 0 where words are spaced (count them),
    None where they are not and no ratio is calibrated (not measured)."""
    root = lang_root(doc.lang)
    if root not in UNSPACED_LANGS:
        return 0.0
    return CHARS_PER_WORD.get(root)


def _length(text: str, per_word: float) -> float:
    """``text``'s length in words, or in word equivalents (characters / ``per_word``)."""
    from auditor.text.segment import word_count

    return len("".join(text.split())) / per_word if per_word else float(word_count(text))


def body_length(doc: Document) -> float | None:
    """The body's length in words, or in word equivalents where words are not spaced
    (characters / ``CHARS_PER_WORD``); None where it cannot be measured."""
    per_word = _per_word(doc)
    if per_word is None:
        return None
    if not per_word:
        return float(doc.word_count)
    texts = [*(p.text for p in doc.paragraphs), *(i.text for i in doc.list_items), *(h.text for h in doc.headings)]
    return sum(_length(t, per_word) for t in texts)


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
    for i, p in enumerate(doc.paragraphs):
        rest, short = p.text, True
        for line, column, text in links:
            if spans[i] <= (line, column) < spans[i + 1] and text in rest:
                rest = rest.replace(text, "", 1)
                short = short and len(text.split()) <= NAV_LINK_WORDS and len(text) <= 40
        if short and rest != p.text and not any(ch.isalnum() for ch in rest):
            out.add(i)
    return out


def story_paragraphs(doc: Document) -> list[Paragraph]:
    """The body's paragraphs an editor reads as the story's: not quotes, not short lines
    above the headline (a kicker, a crumb, a date line), not lines of short links only
    (prev/next, print and mail links, breadcrumbs)."""
    links = _link_lines(doc)
    return [p for i, p in enumerate(doc.paragraphs) if not p.quote and not _above_headline(doc, p) and i not in links]


def _above_headline(doc: Document, paragraph: Paragraph) -> bool:
    """A short line above the body's own headline heading: a kicker, a crumb, a date.
    Only short ones: prose above the headline says the headline was found late."""
    if doc.headline_heading is None or len(paragraph.text.split()) >= FRAGMENT_WORDS:
        return False
    return (paragraph.line, paragraph.column) < (doc.headline_line, doc.headline_column)


def fragment_share(doc: Document) -> float:
    """The share of the story's paragraphs (``story_paragraphs``: lines of short links
    and short lines above the headline left out) that are bare lines (under ``FRAGMENT_WORDS``
    words); 0 for a body of fewer than ``FRAGMENT_MIN_PARAGRAPHS`` paragraphs or in a
    script not measured. Not bare lines: quotes (their length is the speaker's), lead-ins
    ending in a colon (they introduce a list, code or a table) and photo captions and
    credits ("Photo by …", they belong to the picture)."""
    per_word = _per_word(doc)
    prose = story_paragraphs(doc)
    if per_word is None or len(prose) < FRAGMENT_MIN_PARAGRAPHS:
        return 0.0
    captions = [_norm(s) for img in doc.images for s in (img.caption, img.credit) if s]

    def bare(text: str) -> bool:
        text = text.rstrip()
        if text.endswith((":", "：")) or _length(text, per_word) >= FRAGMENT_WORDS:
            return False
        key = _norm(text)
        return not any(key == c or (len(key) > 3 and key in c) for c in captions)

    return sum(1 for p in prose if bare(p.text)) / len(prose)


def fragment_penalty(doc: Document) -> float:
    """Points a fragmented body loses: an editor reads a body of bare lines (a list of
    names, one-line hype, pseudo-headings, page furniture) as below one of paragraphs."""
    return FRAGMENT_POINTS * max(0.0, fragment_share(doc) - FRAGMENT_FREE)


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
    return LINK_POINTS * max(0.0, link_share(doc) - LINK_FREE)


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
    (``UNCAPTIONED_POINTS``)."""
    return (0.0 if quotes_someone(doc) else UNQUOTED_POINTS) + \
        (UNCAPTIONED_POINTS if uncaptioned_pictures(doc) else 0.0)


def text_penalty(doc: Document) -> float:
    """What the body costs, findings aside: thin, fragmented, link-heavy text, and
    missing signs of an edited, reported article."""
    return thin_penalty(doc) + fragment_penalty(doc) + link_penalty(doc) + sign_penalty(doc)


def score(doc: Document, findings: Iterable[Finding]) -> tuple[dict[str, int], int]:
    """(category scores, overall score) of one audited document."""
    found = list(findings)
    scores = category_scores(found, applicable_categories(doc))
    errors = sum(1 for f in found if f.level == "error")
    return scores, overall_score(scores, errors, caps(doc, found), text_penalty(doc))
