"""Regular expressions from rule packs and config, run with a time bound.

A user's pattern such as ``(a|aa)+$`` can take exponential time on an ordinary
article. Patterns from packs and config are compiled with the ``regex`` package
(same syntax as ``re`` for what rule packs use) and every match call gets a timeout,
so one bad pattern costs at most :data:`TIMEOUT_S` per rule and article and ends in
:class:`PatternTimeout`, which the engine turns into a finding naming the rule.

The built-in pack's own patterns are reviewed and tested: :func:`trust` registers
them when the pack loads and :func:`compile` gives them the stdlib ``re`` (importing
``regex`` costs ~30 ms of start-up, paid only when a user pattern runs).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

TIMEOUT_S = 1.0  # per rule and article


_TRUSTED: set[str] = set()


def trust(patterns: Iterable[str]) -> None:
    """Patterns of the built-in pack: run with ``re``, no time bound needed."""
    _TRUSTED.update(patterns)


def compile(pattern: str, flags: int = 0) -> Any:  # noqa: A001 - mirrors re.compile
    """``re.compile`` for a trusted pattern, a :class:`TimedPattern` otherwise."""
    if pattern in _TRUSTED:
        return re.compile(pattern, flags)
    return TimedPattern(pattern, flags)


class PatternTimeout(Exception):
    """A pack's or config's regular expression ran out of time on this article."""

    def __init__(self, pattern: str) -> None:
        super().__init__(pattern)
        self.pattern = pattern


class TimedPattern:
    """A compiled pattern whose ``search`` and ``finditer`` stop after the budget."""

    __slots__ = ("_compiled", "pattern", "_budget")

    def __init__(self, pattern: str, flags: int = 0, budget: float = TIMEOUT_S) -> None:
        import regex  # lazy: only rules with user patterns need it

        rflags = (regex.IGNORECASE if flags & re.IGNORECASE else 0) | regex.VERSION0
        self._compiled: Any = regex.compile(pattern, rflags)
        self.pattern = pattern
        self._budget = budget

    def search(self, text: str) -> Any:
        try:
            return self._compiled.search(text, timeout=self._budget)
        except TimeoutError:
            raise PatternTimeout(self.pattern) from None

    def finditer(self, text: str) -> Iterator[Any]:
        try:
            yield from self._compiled.finditer(text, timeout=self._budget)
        except TimeoutError:
            raise PatternTimeout(self.pattern) from None

    def fullmatch(self, text: str) -> Any:
        try:
            return self._compiled.fullmatch(text, timeout=self._budget)
        except TimeoutError:
            raise PatternTimeout(self.pattern) from None
