"""Every rule's doc examples run: the "bad" example fires the rule, the "good" one
stays quiet (ruff-style). The format follows the example: Markdown when it starts
with front matter or a `#` heading, HTML when it starts with a tag, plain text
otherwise."""

from __future__ import annotations

import pytest

from pathlib import Path

from auditor.api import Settings, audit
from auditor.rulepacks import Rule, load_rules

# Rules over network facts (web.*) and over the whole set of articles (site.*) cannot
# fire on one document alone: their examples describe an HTTP exchange or several
# articles. Their behaviour is tested against real servers and article sets instead.
ELSEWHERE = {"web.": "test_web.py", "site.": "test_sitewide.py"}
ALL_RULES = load_rules()
RULES = [r for r in ALL_RULES if not r.check.startswith(tuple(ELSEWHERE))]


def _name(example: str) -> str:
    text = example.lstrip()
    if text.startswith(("---", "+++", "#")):
        return "example.md"
    return "example.html" if text.startswith("<") else "example.txt"


def _fired(rule: Rule, example: str) -> list[str]:
    result = audit(example.encode("utf-8"), _name(example), Settings(rules=(rule,)))
    assert result.error is None, result.error
    return [f.message for f in result.findings if f.rule == rule.id]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_bad_example_fires(rule: Rule) -> None:
    assert _fired(rule, rule.doc.bad), f"{rule.id}'s bad example does not fire it"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_good_example_stays_quiet(rule: Rule) -> None:
    assert _fired(rule, rule.doc.good) == []


def test_rules_without_a_runnable_example_are_tested_elsewhere() -> None:
    for rule in ALL_RULES:
        for prefix, test_file in ELSEWHERE.items():
            if rule.check.startswith(prefix):
                source = (Path(__file__).parent / test_file).read_text(encoding="utf-8")
                assert rule.id in source or rule.check in source, f"{rule.id} is not tested in {test_file}"
