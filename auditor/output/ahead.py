"""JSON entries and text blocks rendered ahead in worker processes.

After a ``--jobs`` run's workers are done, the parent still loads, merges (site
findings) and renders every result for JSON and text, alone on the wall clock while
the other cores idle. :class:`RenderedAhead` is a fragment store (output.Fragments)
for one run: when a writer asks for the next few hundred files' pieces, the results'
stored bytes and their site changes go to a pool of processes that load, merge and
render them, for every writer of the run at once, while the parent writes the pieces
it already has. The writers read them as they read a cache run's kept fragments
(output.kept_in_path_order), so every byte is what the writer itself would render.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from auditor.output import RenderContext

if TYPE_CHECKING:
    # Types only: concurrent.futures imports logging (~5 ms), and a one-file check
    # imports this module without ever starting a pool.
    from concurrent.futures import Future, ProcessPoolExecutor

    from auditor.model import FileResult

TASK = 16  # files per task: amortises a task's round trip, small enough to spread
MIN_FILES = 256  # fewer: the parent renders them sooner than a pool starts


class RenderedAhead:
    """The fragments of ``results`` (a spool seen through its site changes) for the
    writers named in ``contexts`` (fragment name → ("json" | "text", its context))."""

    def __init__(self, results: Sequence[FileResult], contexts: dict[str, tuple[str, RenderContext]], jobs: int,
                 asks: dict[str, int] | None = None) -> None:
        self._results = results
        self._contexts = contexts
        self._jobs = jobs
        # How many writers read each name's pieces (two text outputs with the same options share one).
        self._asks = asks or dict.fromkeys(contexts, 1)
        key_of = getattr(results, "content_key")
        self._index = {key: i for i in range(len(results)) if (key := key_of(i)) is not None}
        verdicts = getattr(results, "verdicts", None)
        self._failed: set[int] = set()
        if verdicts is not None:  # text skips a file that could not be audited: JSON alone asks
            self._failed = {i for i, v in enumerate(verdicts()) if v.error is not None}
        self._pool: ProcessPoolExecutor | None = None
        # Per file: its task's future and where it sits in it, until every writer took its piece.
        self._pending: dict[int, tuple[Future[list[dict[str, bytes]]], int, int]] = {}
        self._lock = threading.Lock()  # unpack runs in the writers' read-ahead threads

    def fetch(self, keys: Sequence[str]) -> dict[str, Any]:
        """Send the files ``keys`` name (``"NAME:CONTENT_KEY"``) to be rendered, if no
        writer asked for them yet; returns what :meth:`unpack` waits on."""
        wanted: dict[str, tuple[str, int]] = {}
        new: dict[int, None] = {}
        everyone = sum(self._asks.values())
        json_only = sum(n for name, n in self._asks.items() if self._contexts[name][0] == "json")
        with self._lock:
            for key in keys:
                name, _, content = key.rpartition(":")
                i = self._index.get(content)
                if i is None or name not in self._contexts:
                    continue
                wanted[key] = (name, i)
                if i not in self._pending:
                    new[i] = None
            part = list(new)
            for start in range(0, len(part), TASK):
                future = self._submit([self._stored(i) for i in part[start:start + TASK]])
                for n, i in enumerate(part[start:start + TASK]):
                    self._pending[i] = (future, n, json_only if i in self._failed else everyone)
        return wanted

    def unpack(self, fetched: dict[str, Any]) -> dict[str, bytes]:
        """The pieces :meth:`fetch` sent for, once rendered (safe in a thread: it only
        waits on futures)."""
        out: dict[str, bytes] = {}
        for key, (name, i) in fetched.items():
            with self._lock:
                entry = self._pending.get(i)
                if entry is None:  # asked once more than counted: render it again
                    entry = (self._submit([self._stored(i)]), 0, 1)
                future, n, left = entry
                if left <= 1:
                    self._pending.pop(i, None)  # every writer has its piece: the bytes go
                else:
                    self._pending[i] = (future, n, left - 1)
            out[key] = future.result()[n][name]
        return out

    def put(self, key: str, data: bytes) -> None:
        pass  # nothing outlives the run

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def _stored(self, i: int) -> tuple[bytes, dict[str, Any] | None]:
        stored: tuple[bytes, dict[str, Any] | None] = getattr(self._results, "stored")(i)
        return stored

    def _submit(self, items: list[tuple[bytes, dict[str, Any] | None]]) -> Future[list[dict[str, bytes]]]:
        if self._pool is None:
            from concurrent.futures import ProcessPoolExecutor

            # The writers' contexts (every rule of the run) go once per worker, not per task.
            self._pool = ProcessPoolExecutor(max_workers=self._jobs, initializer=_remember, initargs=(self._contexts,))
        return self._pool.submit(render_files, items)


_CONTEXTS: dict[str, tuple[str, RenderContext]] = {}  # a worker's writers (set by _remember)


def _remember(contexts: dict[str, tuple[str, RenderContext]]) -> None:
    _CONTEXTS.clear()
    _CONTEXTS.update(contexts)


def render_files(items: list[tuple[bytes, dict[str, Any] | None]]) -> list[dict[str, bytes]]:
    """In a worker: each stored result loaded, its changes applied, and rendered for
    every writer, as the bytes written (fileio.encode_text); a file that could not be
    audited for JSON alone (text leaves it out)."""
    from auditor.fileio import encode_text
    from auditor.output import json as json_writer
    from auditor.output import text as text_writer
    from auditor.spool import applied, load_blob

    fixers = {name: text_writer._fix_modes(context) for name, (kind, context) in _CONTEXTS.items() if kind == "text"}
    out = []
    for blob, changes in items:
        result = load_blob(blob)
        if changes is not None:
            result = applied(result, changes)
        pieces = {}
        for name, (kind, context) in _CONTEXTS.items():
            if kind == "json":
                pieces[name] = encode_text(json_writer.entry(result))
            elif result.error is None:
                pieces[name] = encode_text(text_writer.fragment(result, context, fixers[name]))
        out.append(pieces)
    return out


def for_writers(results: Sequence[FileResult], contexts: Sequence[tuple[str, RenderContext]],
                jobs: int) -> RenderedAhead | None:
    """A store rendering ahead for these writers (``(format, context)``, JSON and text
    only), or None when it cannot help: one job, a small batch, or results that do
    not name their content."""
    if jobs < 2 or len(results) < MIN_FILES or not callable(getattr(results, "stored", None)) \
            or not callable(getattr(results, "content_key", None)):
        return None
    from auditor.output import json as json_writer
    from auditor.output import text as text_writer

    named: dict[str, tuple[str, RenderContext]] = {}
    asks: dict[str, int] = {}
    for kind, context in contexts:
        if kind == "json":
            name = json_writer.FRAGMENT_NAME
        elif kind == "text" and not context.statistics:  # --statistics reads every result itself
            name = text_writer.fragment_name(context)
        else:
            continue
        named[name] = (kind, context)
        asks[name] = asks.get(name, 0) + 1
    return RenderedAhead(results, named, jobs, asks) if named else None
