"""Hand-built findings for writer tests (text, JSON, SARIF, JUnit, GitHub)."""

from __future__ import annotations

from auditor.model import Finding


def finding(rule: str, level: str, line: int, message: str = "Fix it.", column: int = 1) -> Finding:
    """A finding of ``rule`` named ``<rule>-rule`` (lower case), without excerpt."""
    return Finding(
        rule=rule,
        name=f"{rule.lower()}-rule",
        category="headline",
        level=level,  # type: ignore[arg-type]
        message=message,
        line=line,
        column=column,
    )
