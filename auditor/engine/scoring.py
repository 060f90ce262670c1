"""Scores from findings, Lighthouse-style: each category 0–100, then a weighted mean.

A category starts at 100. Each rule that fires costs its level's weight once, plus
half of it for every further finding of the same rule, capped at twice the weight,
so one noisy rule cannot sink a category alone:

    error 25 · warning 8 · info 2

The overall score is the mean of the categories weighted by
:data:`CATEGORY_WEIGHTS` (listicle and readability count most: they are what this
tool is for). Scores are integers, rounded half up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from auditor.model import CATEGORIES, Finding

LEVEL_WEIGHTS: dict[str, float] = {"error": 25.0, "warning": 8.0, "info": 2.0}
CATEGORY_WEIGHTS: dict[str, float] = {
    "headline": 15,
    "headings": 10,
    "images": 10,
    "links": 15,
    "readability": 20,
    "listicle": 20,
    "meta": 10,
}


def _round(value: float) -> int:
    return int(value + 0.5)


def category_scores(findings: Iterable[Finding]) -> dict[str, int]:
    per_rule: Counter[tuple[str, str, str]] = Counter(
        (f.category, f.rule, f.level) for f in findings
    )
    penalty: dict[str, float] = {c: 0.0 for c in CATEGORIES}
    for (category, _rule, level), count in per_rule.items():
        weight = LEVEL_WEIGHTS[level]
        penalty[category] = penalty.get(category, 0.0) + min(
            weight * (1 + 0.5 * (count - 1)), 2 * weight
        )
    return {c: max(0, _round(100 - penalty[c])) for c in CATEGORIES}


def overall_score(scores: dict[str, int]) -> int:
    total = sum(CATEGORY_WEIGHTS[c] for c in scores)
    return _round(sum(scores[c] * CATEGORY_WEIGHTS[c] for c in scores) / total)
