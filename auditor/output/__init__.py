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
from auditor.record import Record
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
    """Rendered pieces kept by a result's content (auditor.cache.FragmentStore), as
    the bytes written (UTF-8, see auditor.fileio.encode_text)."""

    def fetch(self, keys: Sequence[str]) -> dict[str, bytes]: ...  # stored form, by key
    def unpack(self, fetched: dict[str, bytes]) -> dict[str, bytes]: ...  # thread-safe: no store access
    def put(self, key: str, data: bytes) -> None: ...


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class RenderContext(Record):
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


_KEPT_READ = 256  # fragments looked up per read of the store


def kept_in_path_order(
    results: Sequence[FileResult], store: Fragments | None, name: str,
    render: Callable[[FileResult], str], skip: Callable[[int], bool] = lambda _i: False,
) -> Iterator[bytes] | None:
    """Each result's text in path order, as the bytes written (UTF-8, encode_text):
    what an earlier run kept in ``store`` under ``name`` and the result's content key
    (the result is then never loaded, nor its text decoded and encoded again), else
    ``render(result)``, kept for the next run. None when there is no store or the
    results do not name their content (auditor.spool). ``skip(i)`` leaves result ``i``
    out without loading it. A .docx result is rendered each time: its places read the
    document, which results in the cache do not keep."""
    keyed = getattr(results, "content_key", None)
    order = getattr(results, "path_order", None)
    if store is None or keyed is None or order is None:
        return None
    from auditor.fileio import encode_text

    def names(part: list[int]) -> dict[int, str]:
        keys = {i: keyed(i) for i in part}
        return {i: f"{name}:{key}" for i, key in keys.items() if key}

    def texts() -> Iterator[bytes]:
        wanted = [i for i in order() if not skip(i)]
        parts = [wanted[start:start + _KEPT_READ] for start in range(0, len(wanted), _KEPT_READ)]
        pool = None
        if len(parts) > 1:  # unpack the next batch in a thread while this one is written
            from concurrent.futures import ThreadPoolExecutor

            pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="auditor-fragments")
        try:
            named = names(parts[0]) if parts else {}
            ahead = None
            for n, part in enumerate(parts):
                kept = ahead.result() if ahead is not None else store.unpack(store.fetch(list(named.values())))
                these, ahead = named, None
                if pool is not None and n + 1 < len(parts):
                    named = names(parts[n + 1])
                    ahead = pool.submit(store.unpack, store.fetch(list(named.values())))
                for i in part:
                    data = kept.get(these[i]) if i in these else None
                    if data is None:
                        result = results[i]
                        data = encode_text(render(result))
                        if i in these and result.format != "docx":
                            store.put(these[i], data)
                    yield data
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)

    return texts()


def text_of(piece: str | bytes) -> str:
    """A writer's piece as text: kept fragments come as the bytes written."""
    return piece if isinstance(piece, str) else piece.decode("utf-8")
