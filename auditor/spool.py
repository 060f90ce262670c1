"""Hold a batch's results on disk, not in memory.

Writers need the whole batch (summaries, path order) but a batch of 100,000 pages
does not fit in memory as objects. :class:`SpooledResults` appends each result,
pickled and compressed, to an anonymous temporary file as it arrives (after the
first few, which stay in memory) and keeps only its offset; iterating loads one result at a time, so any number of passes (errors,
exit code, each output format) cost disk reads, never memory.
"""

from __future__ import annotations

import pickle
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, overload

from auditor.fastpickle import register as _register_reducers

if TYPE_CHECKING:
    from auditor.model import FileResult


_register_reducers()  # faster loads of spooled and cached results

IN_MEMORY = 256  # results kept as objects before spilling to disk (~10 MB at most)


class SpooledResults(Sequence["FileResult"]):
    """A read-only sequence of results in arrival order, stored in a temporary file."""

    def __init__(self, results: Iterable[FileResult] = (), *, in_memory: int = IN_MEMORY) -> None:
        self._file: IO[bytes] | None = None
        self._held: list[FileResult] = []  # the first few stay objects: one draft never touches disk
        self._in_memory = in_memory
        self._index: list[tuple[str, int, int]] = []  # (path, offset, length); offset -1: held
        self._end = 0
        for result in results:
            self.append(result)

    def append(self, result: FileResult) -> None:
        if len(self._held) < self._in_memory:
            self._index.append((result.path, -1, len(self._held)))
            self._held.append(result)
            return
        if self._file is None:
            import tempfile

            self._file = tempfile.TemporaryFile(prefix="auditor-results-")
        blob = zlib.compress(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), 1)
        self._file.seek(self._end)
        self._file.write(blob)
        self._index.append((result.path, self._end, len(blob)))
        self._end += len(blob)

    def _load(self, offset: int, length: int) -> FileResult:
        if offset < 0:
            return self._held[length]
        assert self._file is not None
        self._file.seek(offset)
        return pickle.loads(zlib.decompress(self._file.read(length)))  # type: ignore[no-any-return]

    def __len__(self) -> int:
        return len(self._index)

    @overload
    def __getitem__(self, i: int) -> FileResult: ...
    @overload
    def __getitem__(self, i: slice) -> list[FileResult]: ...

    def __getitem__(self, i: int | slice) -> FileResult | list[FileResult]:
        if isinstance(i, slice):
            return [self._load(off, n) for _p, off, n in self._index[i]]
        _path, offset, length = self._index[i]
        return self._load(offset, length)

    def __iter__(self) -> Iterator[FileResult]:
        for _path, offset, length in self._index:
            yield self._load(offset, length)

    def in_path_order(self, key: Callable[[str], str] | None = None) -> Iterator[FileResult]:
        """The results sorted by path, or by ``key(path)`` (stable, as ``sorted`` would),
        loaded one at a time."""
        order = key or (lambda path: path)
        for _path, offset, length in sorted(self._index, key=lambda entry: order(entry[0])):
            yield self._load(offset, length)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


def in_path_order(results: Iterable[FileResult]) -> Iterable[FileResult]:
    """Results sorted by path; a spool streams them instead of loading them all."""
    ordered = getattr(results, "in_path_order", None)
    if ordered is not None:
        return ordered()  # type: ignore[no-any-return]
    return sorted(results, key=lambda r: r.path)
