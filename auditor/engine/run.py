"""Run a document's enabled rules and turn their hits into findings."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from auditor.checks import Hit, excerpt, get_check
from auditor.model import Document, Finding
from auditor.rulepacks import Rule


EXCERPT_LIMIT = 240  # characters


class _Template(dict[str, Any]):
    """Leaves unknown ``{placeholders}`` visible rather than raising KeyError."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _format_value(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.1f}".rstrip("0").rstrip(".")
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def format_message(template: str, values: Mapping[str, Any]) -> str:
    shown = _Template({k: _format_value(v) for k, v in values.items()})
    try:
        return template.format_map(shown)
    except (ValueError, IndexError):  # a stray brace in a user's message
        return template


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


class RuleCrashed(RuntimeError):
    """A check raised: a bug in auditor or in a user's rule parameters."""


def run_rules(doc: Document, rules: Iterable[Rule]) -> list[Finding]:
    from auditor.engine.supersede import resolve

    rules = tuple(rules)
    findings: list[Finding] = []
    for rule in rules:
        check = get_check(rule.check)
        try:
            hits = list(check(doc, rule.params))
        except Exception as exc:  # noqa: BLE001 - reported per file, never a traceback
            raise RuleCrashed(f"rule {rule.id} ({rule.name}) failed: {type(exc).__name__}: {exc}") from exc
        findings.extend(finding_from_hit(rule, hit) for hit in hits)
    return resolve(findings, rules)
