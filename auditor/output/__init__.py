"""Writers: results → text, JSON, SARIF, JUnit, GitHub annotations, HTML.

Each writer module exposes ``render(results, context) -> str``; the CLI picks them by
name from :data:`WRITERS` and imports only the ones asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from auditor.model import FileResult
from auditor.rulepacks import Rule

# name → module path; every module has ``render(results, context) -> str``.
WRITERS: dict[str, str] = {
    "text": "auditor.output.text",
    "json": "auditor.output.json",
    "sarif": "auditor.output.sarif",
    "junit": "auditor.output.junit",
    "github": "auditor.output.github",
}


class Fragments(Protocol):
    """Rendered pieces kept by a result's content (auditor.cache.FragmentStore)."""

    def get(self, key: str) -> str | None: ...
    def put(self, key: str, text: str) -> None: ...


@dataclass(frozen=True, slots=True)
class RenderContext:
    """What a writer needs besides the results: the run's rules, colour, verbosity."""

    version: str
    rules: Sequence[Rule] = ()  # every rule known to the run, for docs and SARIF
    color: bool = False
    statistics: bool = False  # text: add counts per rule
    quiet: bool = False  # text: summary only
    extra: dict[str, object] = field(default_factory=dict)
    # Where writers may keep what they rendered from a result (a cache run), or None.
    fragments: Fragments | None = None


class Writer(Protocol):
    def __call__(self, results: Sequence[FileResult], context: RenderContext) -> str: ...


def get_writer(name: str) -> Writer:
    try:
        module = importlib.import_module(WRITERS[name])
    except KeyError:
        raise ValueError(f"unknown format {name!r}: choose one of {', '.join(WRITERS)}") from None
    return module.render  # type: ignore[no-any-return]
