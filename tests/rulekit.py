"""Running one built-in rule on a hand-built Document, the way the engine does."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from auditor.checks import Hit, get_check
from auditor.engine.run import finding_from_hit
from auditor.model import Document, Finding
from auditor.rulepacks import Rule, apply_override, load_rules
from auditor.structure.facts import headline_heading

RULES = {r.id: r for r in load_rules()}


def _rule(rule_id: str, override: Mapping[str, Any]) -> Rule:
    rule = RULES[rule_id]
    return apply_override(rule, override, "test") if override else rule


def _findings(rule: Rule, doc: Document) -> tuple[list[Hit], list[Finding]]:
    """Hits of ``rule`` and their findings, with every message placeholder filled. The
    headline's heading is decided first, as the structure stage does for a parsed file."""
    if doc.headline_heading is None:
        doc = replace(doc, headline_heading=headline_heading(doc))
    hits = list(get_check(rule.check)(doc, rule.params))
    findings = [finding_from_hit(rule, h) for h in hits]
    for f in findings:
        assert "{" not in f.message and "}" not in f.message, f.message
    return hits, findings


def rule_hits(rule_id: str, doc: Document, **override: Any) -> list[Hit]:
    """Hits of one rule (parameters overridden as config would); every hit must fill
    the rule's message template."""
    return _findings(_rule(rule_id, override), doc)[0]


def run_rule(rule_id: str, doc: Document, **override: Any) -> list[Finding]:
    """Findings of one rule (parameters overridden as config would), with every
    message placeholder filled."""
    return _findings(_rule(rule_id, override), doc)[1]
