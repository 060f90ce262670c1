"""Inline suppressions: ``<!-- auditor-disable RULE -->`` and friends.

``disable`` silences the named rules (all rules when none are named) from its line
until a matching ``enable``; ``disable-next-line`` silences the line after the comment
(and the comment's own line, for a comment at the end of a line). Rules are named by
id or kebab-case name, like markdownlint's ``<!-- markdownlint-disable MD001 -->``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from auditor.model import Directive, Finding


def _names(directive: Directive, finding: Finding) -> bool:
    if not directive.rules:
        return True
    keys = {finding.rule.lower(), finding.name}
    return any(r.lower() in keys for r in directive.rules)


def is_suppressed(finding: Finding, directives: Sequence[Directive]) -> bool:
    disabled = False
    for directive in directives:  # in line order
        if directive.line > finding.line:
            break
        if not _names(directive, finding):
            continue
        if directive.action == "disable":
            disabled = True
        elif directive.action == "enable":
            disabled = False
        elif directive.line in (finding.line, finding.line - 1):
            return True
    return disabled


def apply_suppressions(findings: Iterable[Finding], directives: Sequence[Directive]) -> list[Finding]:
    if not directives:
        return list(findings)
    ordered = sorted(directives, key=lambda d: d.line)
    return [f for f in findings if not is_suppressed(f, ordered)]
