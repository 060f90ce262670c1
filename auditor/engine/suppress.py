"""Inline suppressions: ``<!-- auditor-disable RULE -->`` and friends.

``disable`` silences the named rules (all rules when none are named) from its line
until a matching ``enable``; ``disable-next-line`` silences the line after the comment
(and the comment's own line, for a comment at the end of a line). Rules are named by
id or kebab-case name, like markdownlint's ``<!-- markdownlint-disable MD001 -->``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from auditor.model import Directive, Finding


def _names(directive: Directive, rule: str, name: str) -> bool:
    return not directive.rules or any(r.lower() in (rule, name) for r in directive.rules)


class _RuleSuppressions:
    """The directives that concern one rule, ready to answer "is line N silenced?"
    in O(log n): one pass over the directives per rule, not one per finding (a draft
    with thousands of comments and findings stayed quadratic otherwise)."""

    def __init__(self, rule: str, name: str, directives: Sequence[Directive]) -> None:
        self.toggle_lines: list[int] = []
        self.toggle_states: list[bool] = []
        self.next_line: set[int] = set()
        for directive in directives:  # in line order
            if not _names(directive, rule, name):
                continue
            if directive.action == "disable-next-line":
                self.next_line.add(directive.line)
            else:
                self.toggle_lines.append(directive.line)
                self.toggle_states.append(directive.action == "disable")

    def silences(self, line: int) -> bool:
        if line in self.next_line or line - 1 in self.next_line:
            return True
        last = bisect_right(self.toggle_lines, line) - 1  # the last toggle at or before line
        return last >= 0 and self.toggle_states[last]


def apply_suppressions(findings: Iterable[Finding], directives: Sequence[Directive]) -> list[Finding]:
    if not directives:
        return list(findings)
    ordered = sorted(directives, key=lambda d: d.line)
    by_rule: dict[tuple[str, str], _RuleSuppressions] = {}
    kept = []
    for finding in findings:
        key = (finding.rule.lower(), finding.name)
        if key not in by_rule:
            by_rule[key] = _RuleSuppressions(*key, ordered)
        if not by_rule[key].silences(finding.line):
            kept.append(finding)
    return kept
