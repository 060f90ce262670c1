from __future__ import annotations

from auditor.engine.scoring import CATEGORY_WEIGHTS, category_scores, overall_score
from auditor.model import CATEGORIES, Finding


def _f(rule: str, category: str, level: str) -> Finding:
    return Finding(rule=rule, name=rule.lower(), category=category, level=level, message="m", line=1)  # type: ignore[arg-type]


def test_no_findings_scores_100_everywhere() -> None:
    scores = category_scores([])
    assert scores == {c: 100 for c in CATEGORIES}
    assert overall_score(scores) == 100


def test_levels_cost_differently_and_repeats_are_capped() -> None:
    assert category_scores([_f("LS001", "listicle", "error")])["listicle"] == 75
    assert category_scores([_f("RD001", "readability", "warning")])["readability"] == 92
    many = [_f("LK001", "links", "warning")] * 50
    assert category_scores(many)["links"] == 84  # capped at twice the weight


def test_overall_is_the_weighted_mean() -> None:
    scores = category_scores([_f("LS001", "listicle", "error")] * 2)
    assert scores["listicle"] == 63  # 25 for the first, 12.5 for the repeat
    total = sum(CATEGORY_WEIGHTS.values())
    expected = int((100 * (total - CATEGORY_WEIGHTS["listicle"]) + 63 * CATEGORY_WEIGHTS["listicle"]) / total + 0.5)
    assert overall_score(scores) == expected
