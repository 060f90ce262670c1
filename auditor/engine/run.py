"""Run a document's enabled rules and turn their hits into findings."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from auditor.checks import CheckFn, Hit, excerpt, get_check
from auditor.lastkept import LastKept
from auditor.model import Document, Finding
from auditor.rulepacks import Rule
from auditor.saferegex import PatternTimeout


EXCERPT_LIMIT = 240  # characters


def format_message(template: str, values: Mapping[str, Any]) -> str:
    """The finding's message: named fields only, capped (see auditor.engine.template)."""
    from auditor.engine.template import render

    return render(template, values)


def finding_from_hit(rule: Rule, hit: Hit) -> Finding:
    level = rule.effective_severe_level if hit.severe else rule.level
    return Finding(
        rule=rule.id,
        name=rule.name,
        category=rule.category,
        level=level,
        message=format_message(rule.message, {**rule.params, **hit.data}),
        line=max(1, hit.line),
        column=max(1, hit.column),
        # Long enough for a whole long sentence: the report highlights it in context.
        excerpt=excerpt(hit.excerpt, EXCERPT_LIMIT) if hit.excerpt else "",
        context=" ".join(hit.context.split()) if hit.context else "",
    )


def _timeout_finding(rule: Rule, pattern: str) -> Finding:
    from auditor.saferegex import TIMEOUT_S

    return Finding(
        rule=rule.id,
        name=rule.name,
        category=rule.category,
        level="error",
        message=(
            f"Rule {rule.id}'s pattern took over {TIMEOUT_S:g} s on this article and was stopped: "
            "simplify it (nested or overlapping repeats such as (a|aa)+ take exponential time)."
        ),
        line=1,
        column=1,
        excerpt=excerpt(pattern, EXCERPT_LIMIT),
    )


class RuleCrashed(RuntimeError):
    """A check raised: a bug in auditor or in a user's rule parameters."""


# The last rule set's check functions: a batch runs one tuple of rules on every page.
_LAST_CHECKS: LastKept[tuple[Rule, ...], tuple[CheckFn, ...]] = LastKept()


def run_rules(doc: Document, rules: Iterable[Rule]) -> list[Finding]:
    from auditor.engine.supersede import resolve

    rules = tuple(rules)
    known = _LAST_CHECKS.get(rules)
    resolved: list[CheckFn] = []
    findings: list[Finding] = []
    for k, rule in enumerate(rules):
        # Looked up in rule order the first time: an unknown kind fails where it did.
        check = known[k] if known is not None else get_check(rule.check)
        resolved.append(check)
        try:
            hits = list(check(doc, rule.params))
        except PatternTimeout as exc:  # a pack's regex, not auditor's bug: say so here
            findings.append(_timeout_finding(rule, exc.pattern))
            continue
        except Exception as exc:  # noqa: BLE001 - reported per file, never a traceback
            raise RuleCrashed(f"rule {rule.id} ({rule.name}) failed: {type(exc).__name__}: {exc}") from exc
        if hits:  # most rules find nothing on a page
            findings.extend([finding_from_hit(rule, hit) for hit in hits])
    if known is None:
        _LAST_CHECKS.put(rules, tuple(resolved))
    return resolve(findings, rules)
