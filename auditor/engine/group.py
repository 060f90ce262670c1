"""Per-file repeats of one rule, grouped into one finding for display.

Eighty-five "link in heading" lines bury the one finding an editor must act on, so
writers show a rule that fired several times in a file once, at its first place,
with "(and 84 more)" and every other place kept in :attr:`Finding.related` (JSON
``related``, SARIF ``relatedLocations``). Scores, gates and baselines keep reading
the ungrouped findings, so grouping never changes a fingerprint or an exit code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from auditor.model import Finding, Location

LEVEL_ORDER = {"error": 0, "warning": 1, "info": 2}


def more_suffix(count: int) -> str:
    """The message tail of a group holding ``count`` further places."""
    return f" (and {count} more)" if count else ""


def group_findings(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per (rule, level), at its first place, in line order.

    A rule whose worst band is reported at another level stays two groups: a strict
    error and a warning are different verdicts. The first place keeps its own message
    (its measurements), suffixed with how many more places follow.
    """
    groups: dict[tuple[str, str], list[Finding]] = {}
    for f in sorted(findings, key=Finding.sort_key):
        groups.setdefault((f.rule, f.level), []).append(f)
    out: list[Finding] = []
    for members in groups.values():
        first, rest = members[0], members[1:]
        if not rest:
            out.append(first)
            continue
        related = tuple(Location(f.line, f.column, f.excerpt) for f in rest)
        out.append(replace(first, message=first.message + more_suffix(len(rest)), related=related))
    out.sort(key=Finding.sort_key)
    return out


def expanded_count(findings: Iterable[Finding]) -> int:
    """How many places grouped findings stand for."""
    return sum(1 + sum(1 for r in f.related if r.path is None) for f in findings)
