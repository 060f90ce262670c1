"""Several writers over one batch in one pass, each result loaded once.

A run that writes JSON to a file and text to the terminal read every result of its
spool twice: once per writer, each load a decompress and an unpickle, in the parent
process after the workers are done. Both writers read the results in path order, one
output piece per result, so the CLI runs them side by side (:func:`lockstep`) over
:class:`SharedLoads` views: a result one writer loads is held until the others have
read it too. The later writers' pieces wait in a temporary file until their turn, so
every output is written where and when it was before, byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any, overload

if TYPE_CHECKING:
    from collections.abc import Callable

    from auditor.model import FileResult

HOLD = 64  # results held for the writers behind; past it the oldest goes (read again if asked)


class SharedLoads:
    """``base`` read by ``readers`` writers at about the same pace (see :meth:`view`)."""

    def __init__(self, base: Sequence[FileResult], readers: int) -> None:
        self._base = base
        self._readers = readers
        self._held: dict[int, list[Any]] = {}  # index → [result, reads still to come]
        self._loaded: set[int] = set()

    def view(self) -> Sequence[FileResult]:
        """The batch as one writer sees it: the base's sequence, its spool methods
        (verdicts, path order, content keys) and results from the shared loads."""
        return _View(self, self._base)

    def get(self, i: int) -> FileResult:
        held = self._held.get(i)
        if held is not None:
            held[1] -= 1
            if held[1] <= 0:
                del self._held[i]
            return held[0]  # type: ignore[no-any-return]
        result = self._base[i]
        if self._readers > 1 and i not in self._loaded:  # a second load is a reader far behind: not held
            self._loaded.add(i)
            self._held[i] = [result, self._readers - 1]
            if len(self._held) > HOLD:  # a writer that reads ahead or not at all: drop the oldest
                del self._held[next(iter(self._held))]
        return result


class _View(Sequence["FileResult"]):
    def __init__(self, shared: SharedLoads, base: Sequence[FileResult]) -> None:
        self._shared = shared
        self._base = base

    def __len__(self) -> int:
        return len(self._base)

    @overload
    def __getitem__(self, i: int) -> FileResult: ...
    @overload
    def __getitem__(self, i: slice) -> list[FileResult]: ...

    def __getitem__(self, i: int | slice) -> FileResult | list[FileResult]:
        if isinstance(i, slice):
            return [self._shared.get(j) for j in range(*i.indices(len(self)))]
        return self._shared.get(i + len(self) if i < 0 else i)

    def __iter__(self) -> Iterator[FileResult]:
        for i in range(len(self)):
            yield self._shared.get(i)

    def in_path_order(self, key: Callable[[str], str] | None = None) -> Iterator[FileResult]:
        for i in self._base.path_order(key):  # type: ignore[attr-defined]
            yield self._shared.get(i)

    def __getattr__(self, name: str) -> Any:
        # verdicts, path_order, content_key: a writer asks with getattr and falls back
        # when the base has none.
        return getattr(self._base, name)


def can_share(results: Sequence[FileResult]) -> bool:
    """Whether writers of ``results`` can read them side by side: the batch must give
    its path order without loading anything (a spool does)."""
    return callable(getattr(results, "path_order", None))


def lockstep(first: Iterator[bytes], others: list[tuple[Iterator[bytes], IO[bytes]]]) -> Iterator[bytes]:
    """``first``'s pieces; after each one, every other writer makes its next piece, put
    in its spill file (written out later, where that writer's output goes)."""
    for piece in first:
        yield piece
        for pieces, spill in others:
            made = next(pieces, None)
            if made is not None:
                spill.write(made)
    for pieces, spill in others:
        for made in pieces:
            spill.write(made)


def replayed(spill: IO[bytes]) -> Iterator[bytes]:
    """A spill file's bytes from its start, in blocks."""
    spill.seek(0)
    while block := spill.read(1 << 20):
        yield block
