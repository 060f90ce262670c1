from __future__ import annotations

from auditor.engine.suppress import apply_suppressions
from auditor.model import Directive, Finding


def _f(line: int, rule: str = "LK001", name: str = "generic-link-text") -> Finding:
    return Finding(rule=rule, name=name, category="links", level="warning", message="m", line=line)


def test_disable_until_enable() -> None:
    directives = (Directive("disable", ("LK001",), 5), Directive("enable", ("LK001",), 10))
    kept = apply_suppressions([_f(3), _f(6), _f(9), _f(12)], directives)
    assert [f.line for f in kept] == [3, 12]


def test_disable_by_name_and_for_all_rules() -> None:
    assert apply_suppressions([_f(6)], (Directive("disable", ("generic-link-text",), 1),)) == []
    assert apply_suppressions([_f(6, "HL002", "x")], (Directive("disable", (), 1),)) == []


def test_other_rules_are_not_silenced() -> None:
    kept = apply_suppressions([_f(6, "HL002", "headline-length")], (Directive("disable", ("LK001",), 1),))
    assert len(kept) == 1


def test_disable_next_line_only_covers_the_next_line() -> None:
    directives = (Directive("disable-next-line", ("LK001",), 7),)
    kept = apply_suppressions([_f(8), _f(9)], directives)
    assert [f.line for f in kept] == [9]
