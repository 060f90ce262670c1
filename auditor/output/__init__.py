"""Writers: results → text, JSON, SARIF, JUnit, GitHub annotations, HTML.

Each writer module exposes ``render(results, context) -> str``; the CLI picks them by
name from :data:`WRITERS` and imports only the ones asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Sequence
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


def kept_in_path_order(
    results: Sequence[FileResult], store: Fragments | None, name: str,
    render: Callable[[FileResult], str], skip: Callable[[int], bool] = lambda _i: False,
) -> Iterator[str] | None:
    """Each result's text in path order: what an earlier run kept in ``store`` under
    ``name`` and the result's content key (the result is then never loaded), else
    ``render(result)``, kept for the next run. None when there is no store or the
    results do not name their content (auditor.spool). ``skip(i)`` leaves result ``i``
    out without loading it. A .docx result is rendered each time: its places read the
    document, which results in the cache do not keep."""
    keyed = getattr(results, "content_key", None)
    order = getattr(results, "path_order", None)
    if store is None or keyed is None or order is None:
        return None

    def texts() -> Iterator[str]:
        for i in order():
            if skip(i):
                continue
            key = keyed(i)
            text = store.get(f"{name}:{key}") if key else None
            if text is None:
                result = results[i]
                text = render(result)
                if key and result.format != "docx":
                    store.put(f"{name}:{key}", text)
            yield text

    return texts()
