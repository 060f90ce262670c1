"""Check kinds: the Python half of a rule.

A rule in a ``rules/`` pack names a check kind (``check = "headline.length"``) and
gives it parameters, a level and a message. A check kind is a pure function
``(document, params) -> Iterable[Hit]`` registered with :func:`check`. The module that
holds a kind is ``auditor.checks.<prefix>`` and is imported only when a rule uses it,
so start-up stays fast.

A check knows nothing about levels, ids or suppressions: the engine adds those.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from auditor.errors import UserError
from auditor.model import Document, Record

Params = Mapping[str, Any]


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Hit(Record):
    """One place a check fired."""

    line: int
    column: int = 1
    excerpt: str = ""  # the offending text itself
    context: str = ""  # the sentence or paragraph around it, for reports
    # Values the rule's message template may use: "{count}", "{max}"…
    data: Mapping[str, Any] = field(default_factory=dict)
    # The worst band of a judgement rule (e.g. reading ease < 50): the engine reports
    # it at the rule's ``severe_level``, which the strict profile raises to error.
    severe: bool = False


CheckFn = Callable[[Document, Params], Iterable[Hit]]

_REGISTRY: dict[str, CheckFn] = {}


def check(kind: str) -> Callable[[CheckFn], CheckFn]:
    """Register a check kind under ``kind`` (``"<module>.<name>"``)."""

    def register(fn: CheckFn) -> CheckFn:
        if kind in _REGISTRY and _REGISTRY[kind] is not fn:
            raise ValueError(f"check kind {kind!r} registered twice")
        _REGISTRY[kind] = fn
        return fn

    return register


class UnknownCheck(UserError, LookupError):
    pass


def get_check(kind: str) -> CheckFn:
    """The function for ``kind``, importing its module on first use."""
    if kind not in _REGISTRY:
        module = kind.split(".", 1)[0]
        try:
            importlib.import_module(f"auditor.checks.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"auditor.checks.{module}":
                raise
    try:
        return _REGISTRY[kind]
    except KeyError:
        raise UnknownCheck(f"unknown check kind {kind!r}") from None


def excerpt(text: str, limit: int = 80) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    # A long paragraph is flattened from a head long enough to fill the excerpt: the
    # head's flat text is a prefix of the whole's, so its first ``limit`` characters
    # are the same. A head that flattens too short (runs of spaces) falls back.
    cut = 2 * limit + 16
    if 0 < limit and len(text) > cut:
        flat = " ".join(text[:cut].split())
        if len(flat) > limit:
            return flat[: limit - 1].rstrip() + "…"
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
