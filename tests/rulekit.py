"""Running one built-in rule on a hand-built Document, the way the engine does."""

from __future__ import annotations

from typing import Any

from auditor.checks import get_check
from auditor.engine.run import finding_from_hit
from auditor.model import Document, Finding
from auditor.rulepacks import apply_override, load_rules

RULES = {r.id: r for r in load_rules()}


def run_rule(rule_id: str, doc: Document, **override: Any) -> list[Finding]:
    """Findings of one rule (parameters overridden as config would), with every
    message placeholder filled."""
    rule = RULES[rule_id]
    if override:
        rule = apply_override(rule, override, "test")
    findings = [finding_from_hit(rule, h) for h in get_check(rule.check)(doc, rule.params)]
    for f in findings:
        assert "{" not in f.message and "}" not in f.message, f.message
    return findings
