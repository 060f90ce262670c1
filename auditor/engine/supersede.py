"""One defect, one finding: drop a finding when a rule that outranks it fired on the
same subject.

Rules declare what they outrank in their TOML (``supersedes = ["HL004"]``). Two
findings share a subject when they point at the same place (line and column) or
quote the same offending text: a long headline that is also the page title, an image
with no alt that also leaves its link without text. The order is transitive, so a
chain IM001 → IM009 → … drops every lower rule, and a rule never drops itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from auditor.model import Finding
from auditor.rulepacks import Rule


def outranks(rules: Iterable[Rule]) -> dict[str, frozenset[str]]:
    """Rule id → every rule id it supersedes, directly or through a chain."""
    direct = {r.id: set(r.supersedes) for r in rules if r.supersedes}
    closed: dict[str, frozenset[str]] = {}
    for start in direct:
        seen: set[str] = set()
        todo = list(direct[start])
        while todo:
            rid = todo.pop()
            if rid in seen or rid == start:
                continue
            seen.add(rid)
            todo.extend(direct.get(rid, ()))
        closed[start] = frozenset(seen)
    return closed


def _subjects(finding: Finding) -> tuple[tuple[object, ...], ...]:
    keys: tuple[tuple[object, ...], ...] = (("at", finding.line, finding.column),)
    text = " ".join(finding.excerpt.split()).casefold()
    if text:
        keys += (("text", text),)
    return keys


# The last rule set's order, by identity: a run's rule set is one tuple, resolved for
# every document (the tuple is kept here, so its id cannot be reused while cached).
_LAST: list[tuple[Sequence[Rule], dict[str, frozenset[str]]]] = []


def _outranks_of(rules: Iterable[Rule]) -> dict[str, frozenset[str]]:
    if not isinstance(rules, tuple):
        return outranks(rules)
    entry = _LAST[0] if _LAST else None  # read once: another thread may replace it
    if entry is None or entry[0] is not rules:
        entry = (rules, outranks(rules))
        _LAST[:] = [entry]
    return entry[1]


def resolve(findings: Sequence[Finding], rules: Iterable[Rule]) -> list[Finding]:
    """``findings`` without those outranked on their subject, order kept."""
    order: Mapping[str, frozenset[str]] = _outranks_of(rules)
    if not order:
        return list(findings)
    on_subject: dict[tuple[object, ...], set[str]] = {}
    for f in findings:
        for key in _subjects(f):
            on_subject.setdefault(key, set()).add(f.rule)

    def beaten(f: Finding) -> bool:
        for key in _subjects(f):
            if any(f.rule in order.get(other, ()) for other in on_subject[key] if other != f.rule):
                return True
        return False

    return [f for f in findings if not beaten(f)]
