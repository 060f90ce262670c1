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
4. **Thin text** loses up to 50 points: ``50 × (1 − words / 800)`` below 800 words (a
   350-word story with nothing wrong scores 72, a 100-word repost 56). The loss adds to
   the findings' (a thin page with defects ranks below a clean thin page). Chinese and
   Japanese are measured in characters, two to a word.
5. **Caps** for facts that outweigh any polish: a page that asks search engines not to
   index it scores at most 40.

Calibrated on pages an editor scored by reading them (``bench/eval/scores.tsv``), with
k-fold cross-validation inside the tuning pages; ``bench/eval/score_cv.py`` reruns it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from auditor.model import CATEGORIES, Finding
from auditor.text.languages import UNSPACED_LANGS, lang_root

if TYPE_CHECKING:
    from auditor.model import Document

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
THIN_POINTS = 50.0  # lost by an empty body; THIN_POINTS × (1 − words / THIN_WORDS) in between
# Characters per word in scripts written without spaces, to measure their length in
# words: Chinese and Japanese text runs about two characters to an English word. Thai,
# Lao, Khmer and Burmese are not measured (no judged pages to calibrate on).
CHARS_PER_WORD: dict[str, float] = {"ja": 2.0, "zh": 2.0}
NOINDEX_RULES = frozenset({"MT008"})

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
    (thin text), capped."""
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


def body_length(doc: Document) -> float | None:
    """The body's length in words, or in word equivalents where words are not spaced
    (characters / ``CHARS_PER_WORD``); None where it cannot be measured."""
    root = lang_root(doc.lang)
    if root not in UNSPACED_LANGS:
        return float(doc.word_count)
    per_word = CHARS_PER_WORD.get(root)
    if per_word is None:
        return None
    texts = [*(p.text for p in doc.paragraphs), *(i.text for i in doc.list_items), *(h.text for h in doc.headings)]
    return sum(len("".join(t.split())) for t in texts) / per_word


def thin_penalty(doc: Document) -> float:
    """Points a body shorter than ``THIN_WORDS`` loses: an editor ranks a thin repost
    below a full article with the same defects, and a clean thin page below a clean
    full one."""
    words = body_length(doc)
    if words is None or words >= THIN_WORDS:
        return 0.0
    return THIN_POINTS * (1 - words / THIN_WORDS)


def score(doc: Document, findings: Iterable[Finding]) -> tuple[dict[str, int], int]:
    """(category scores, overall score) of one audited document."""
    found = list(findings)
    scores = category_scores(found, applicable_categories(doc))
    errors = sum(1 for f in found if f.level == "error")
    return scores, overall_score(scores, errors, caps(doc, found), thin_penalty(doc))
