"""Every rule is documented, loadable and reachable from the CLI."""

from __future__ import annotations

import re

import pytest

from auditor.checks import get_check
from auditor.model import CATEGORIES
from auditor.rulepacks import load_rules

RULES = load_rules()


def test_at_least_sixty_rules_across_every_category() -> None:
    assert len(RULES) >= 60
    assert {r.category for r in RULES} == set(CATEGORIES)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_is_complete(rule) -> None:  # type: ignore[no-untyped-def]
    assert re.fullmatch(r"(HL|HD|IM|LK|RD|LS|MT)\d{3}", rule.id)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)
    assert rule.doc.summary and rule.doc.why, "doc needs a summary and a why"
    assert rule.doc.bad.strip() and rule.doc.good.strip(), "doc needs a bad and a good example"
    assert "\n" not in rule.message, "the message is one line"
    get_check(rule.check)  # the check kind exists


def test_ids_prefix_matches_category() -> None:
    prefix = {"headline": "HL", "headings": "HD", "images": "IM", "links": "LK",
              "readability": "RD", "listicle": "LS", "meta": "MT"}
    assert all(r.id.startswith(prefix[r.category]) for r in RULES)
