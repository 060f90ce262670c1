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
from dataclasses import replace
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any, NamedTuple, overload

from auditor.fastpickle import register as _register_reducers

if TYPE_CHECKING:
    from auditor.model import FileResult, ScoreBreakdown


_register_reducers()  # faster loads of spooled and cached results
_more_reducers = False


def _reducers() -> None:
    global _more_reducers
    if not _more_reducers:  # results also carry site facts and structured data
        from auditor.fastpickle import register_module

        for name in ("auditor.sitewide.facts", "auditor.structured.model"):
            register_module(name)
        _more_reducers = True


def dump_blob(value: object) -> bytes:
    """The stored form of a result (or any picklable value), in the spool and the
    cache alike: a zlib-compressed pickle. A cache hit goes into a spool as it is."""
    _reducers()
    return zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)


def load_value(blob: bytes) -> Any:
    """The value of a :func:`dump_blob` blob."""
    return pickle.loads(zlib.decompress(blob))


def load_blob(blob: bytes) -> FileResult:
    """The result a :func:`dump_blob` blob holds."""
    return load_value(blob)  # type: ignore[no-any-return]


class _Compressing:
    """A file pickle writes to, compressing as it goes. The compressed bytes grow in
    one buffer handed back without a copy (a list of parts joined at the end held the
    stage's whole stored form twice)."""

    def __init__(self) -> None:
        import io

        self._zip = zlib.compressobj(1)
        self._out = io.BytesIO()

    def write(self, data: bytes) -> int:
        self._out.write(self._zip.compress(data))
        return len(data)

    def close(self) -> bytes:
        self._out.write(self._zip.flush())
        value = self._out.getvalue()
        self._out.close()
        return value


class _Decompressing:
    """A file pickle reads from, decompressing a stored blob as it is read."""

    def __init__(self, blob: bytes) -> None:
        self._zip = zlib.decompressobj()
        self._blob = memoryview(blob)
        self._at = 0
        self._buffer = bytearray()

    def _fill(self, size: int) -> None:
        while len(self._buffer) < size and (self._at < len(self._blob) or self._zip.unconsumed_tail):
            data = self._zip.unconsumed_tail or self._blob[self._at : self._at + 65536]
            if not self._zip.unconsumed_tail:
                self._at += len(data)
            self._buffer += self._zip.decompress(data, 1 << 20)

    def read(self, size: int = -1) -> bytes:
        self._fill(size if size >= 0 else 1 << 62)
        out = bytes(self._buffer[:size] if size >= 0 else self._buffer)
        del self._buffer[: len(out)]
        return out

    def readline(self) -> bytes:
        self._fill(1 << 62)  # pickle asks for lines only in old protocols, never here
        return self.read()

    def readinto(self, target: bytearray) -> int:
        data = self.read(len(target))
        target[: len(data)] = data
        return len(data)


def dump_large(value: object) -> bytes:
    """:func:`dump_blob`'s bytes for a large value (the site stage's changes to a whole
    batch), compressed while pickled: the uncompressed pickle is never held whole."""
    _reducers()
    out = _Compressing()
    pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return out.close()


def load_large(blob: bytes) -> Any:
    """The value of a :func:`dump_large` (or :func:`dump_blob`) blob, decompressed as it
    is unpickled."""
    return pickle.Unpickler(_Decompressing(blob)).load()


class Shelf:
    """Blobs written to an anonymous temporary file as they come and read back when
    asked: a spool's results past the first few, and what the site stage adds to each
    result of a batch (its findings, packed, several hundred bytes a page), cost a
    reference a page in memory, not the bytes."""

    def __init__(self, prefix: str = "auditor-shelf-") -> None:
        self._prefix = prefix
        self._file: IO[bytes] | None = None
        self._end = 0

    def put(self, blob: bytes) -> Shelved:
        if self._file is None:
            import tempfile

            self._file = tempfile.TemporaryFile(prefix=self._prefix)
        if self._file.tell() != self._end:  # a read moved it: a seek would flush the buffer every time
            self._file.seek(self._end)
        self._file.write(blob)
        shelved = Shelved(self, self._end, len(blob))
        self._end += len(blob)
        return shelved

    def read(self, offset: int, length: int) -> bytes:
        assert self._file is not None
        self._file.seek(offset)
        return self._file.read(length)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


class Shelved:
    """One blob of a :class:`Shelf`. Pickled (into the cache) as its bytes: a stored
    stage reads as bytes, which :func:`unshelved` passes through."""

    __slots__ = ("shelf", "offset", "length")

    def __init__(self, shelf: Shelf, offset: int, length: int) -> None:
        self.shelf, self.offset, self.length = shelf, offset, length

    def __reduce__(self) -> tuple[type[bytes], tuple[bytes]]:
        return bytes, (unshelved(self),)


def unshelved(blob: bytes | Shelved) -> bytes:
    """The bytes of ``blob``, read from its shelf when it is on one."""
    return blob.shelf.read(blob.offset, blob.length) if isinstance(blob, Shelved) else blob


class Verdict(NamedTuple):
    """What the exit code and the error lines need of a result, kept beside it so
    those passes never load the result itself."""

    path: str
    error: str | None
    levels: dict[str, int]  # findings per level
    score: int | None
    scores: dict[str, int]

    @classmethod
    def of(cls, result: FileResult) -> Verdict:
        return cls(result.path, result.error, count_levels(result.findings), result.score, result.scores)


class Stored(NamedTuple):
    """A result as the cache holds it: its verdict and its :func:`dump_blob` bytes. A
    spool keeps it as it is; the result is unpickled only when something reads it.
    A worker's result (:func:`packed`) also carries its site facts as a blob of their
    own, so the site stage reads them without loading the whole result."""

    verdict: Verdict
    blob: bytes
    # dump_blob of (result.site_facts, its findings' sort keys, categories and levels);
    # None: read them from the result.
    facts: bytes | None = None

    def load(self) -> FileResult:
        return load_blob(self.blob)


def packed(result: FileResult) -> Stored:
    """``result`` in its stored form, made where it was audited (a worker process): the
    parent then only copies bytes into its spool, where it would unpickle the result
    it was sent and pickle and compress it again."""
    facts = None
    if result.site_facts is not None and not result.error:
        # With what rescoring the page after the site stage reads: its own findings and
        # its score breakdown.
        basis = tuple((f.sort_key(), f.category, f.level) for f in result.findings)
        facts = dump_blob((result.site_facts, basis, result.score_breakdown))
    return Stored(Verdict.of(result), dump_blob(result), facts)


def count_levels(findings: Iterable[Any]) -> dict[str, int]:
    """Findings per level."""
    levels: dict[str, int] = {}
    for finding in findings:
        levels[finding.level] = levels.get(finding.level, 0) + 1
    return levels


def verdicts(results: Iterable[FileResult]) -> Iterable[Verdict]:
    """The verdict of each result: kept by a spool, else read off each result."""
    kept = getattr(results, "verdicts", None)
    if kept is not None:
        return kept()  # type: ignore[no-any-return]
    return (Verdict.of(r) for r in results)


def blob_key(blob: bytes) -> str:
    """A name for stored bytes (a digest): what the spool calls a result's content."""
    import hashlib

    return hashlib.sha1(blob, usedforsecurity=False).hexdigest()


IN_MEMORY = 256  # results kept as objects before spilling to disk (~10 MB at most)


class SpooledResults(Sequence["FileResult"]):
    """A read-only sequence of results in arrival order, stored in a temporary file."""

    def __init__(self, results: Iterable[FileResult] = (), *, in_memory: int = IN_MEMORY) -> None:
        self._shelf = Shelf("auditor-results-")  # results past the first few, spilled
        # The first few stay in memory (objects, or a cache hit's bytes): one draft never touches disk.
        self._held: list[FileResult | Stored] = []
        self._in_memory = in_memory
        self._index: list[tuple[str, int, int]] = []  # (path, offset, length); offset -1: held
        self._verdicts: list[Verdict] = []
        self._facts: list[bytes | Shelved | None] = []  # a packed result's own site facts blob
        # A name for each result's stored bytes, when they came with it (a digest): a
        # writer may keep what it rendered from a result under it (see output.fragments).
        self._keys: list[str | None] = []
        # A batch from auditor.api.audit_many says, with each result, the bytes the cache
        # holds for it (stored as is: a hit is never pickled again) and, once done, a
        # digest of the whole batch (the site stage's cache key). Its entries() give a
        # cache hit as it is stored, never unpickled here.
        blob_of = getattr(results, "last_blob", None)
        entries = getattr(results, "entries", None)
        for item in entries() if entries is not None else results:
            if isinstance(item, Stored):
                self.append_stored(item)
            else:
                self.append(item, blob_of() if blob_of is not None else None)
        self.digest: str | None = getattr(results, "digest", None)

    def append(self, result: FileResult, blob: bytes | None = None) -> None:
        """Add ``result``; ``blob``, when given, is its stored form (:func:`dump_blob`)."""
        self._verdicts.append(Verdict.of(result))
        self._keys.append(blob_key(blob) if blob is not None else None)
        self._facts.append(None)
        if len(self._held) < self._in_memory:
            self._index.append((result.path, -1, len(self._held)))
            self._held.append(result)
            return
        self._spill(result.path, blob if blob is not None else dump_blob(result))

    def append_stored(self, stored: Stored) -> None:
        """Add a result in its stored form (a cache hit), without unpickling it."""
        self._verdicts.append(stored.verdict)
        self._keys.append(blob_key(stored.blob))
        if len(self._held) < self._in_memory:
            self._facts.append(stored.facts)
            self._index.append((stored.verdict.path, -1, len(self._held)))
            self._held.append(stored)
            return
        self._facts.append(None if stored.facts is None else self._shelf.put(stored.facts))
        self._spill(stored.verdict.path, stored.blob)

    def _spill(self, path: str, blob: bytes) -> None:
        shelved = self._shelf.put(blob)
        self._index.append((path, shelved.offset, shelved.length))

    def _load(self, offset: int, length: int) -> FileResult:
        if offset < 0:
            held = self._held[length]
            if isinstance(held, Stored):  # loaded once: every pass over the batch reads it
                held = self._held[length] = held.load()
            return held
        return load_blob(self._shelf.read(offset, length))

    def stored(self, i: int) -> tuple[bytes, dict[str, Any] | None]:
        """Result ``i`` in its stored form (:func:`dump_blob`) and the changes to apply
        to it (none here): what a process that renders it needs."""
        _path, offset, length = self._index[i]
        if offset >= 0:
            return self._shelf.read(offset, length), None
        held = self._held[length]
        return (held.blob if isinstance(held, Stored) else dump_blob(held)), None

    def site_facts(self) -> Iterator[tuple[int, str, object | None]]:
        """Each result's index, path and site facts (None when it failed or has none),
        from their own blob when a worker packed them (:func:`packed`): the site stage's
        pass over the batch then loads no result."""
        for i in range(len(self._index)):
            yield (i, *self.site_facts_at(i))

    def site_facts_at(self, i: int) -> tuple[str, object | None]:
        """Result ``i``'s path and site facts (see :meth:`site_facts`), read alone."""
        path, offset, length = self._index[i]
        if self._verdicts[i].error is not None:
            return path, None
        own = self._facts[i]
        return path, load_value(unshelved(own))[0] if own is not None else self._load(offset, length).site_facts

    def score_basis(self, i: int) -> tuple[tuple[tuple[tuple[int, int, str, str], str, str], ...],
                                           ScoreBreakdown | None] | None:
        """What rescoring result ``i`` reads of its findings (each one's sort key,
        category and level) and its score breakdown, from the facts blob a worker packed;
        None without one."""
        own = self._facts[i]
        if own is None:
            return None
        _facts, basis, explained = load_value(unshelved(own))
        return basis, explained

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

    def path_order(self, key: Callable[[str], str] | None = None) -> list[int]:
        """Indices of the results sorted by path, or by ``key(path)`` (stable, as
        ``sorted`` is), from the index alone: no result is loaded."""
        by = key or (lambda path: path)
        return sorted(range(len(self._index)), key=lambda i: by(self._index[i][0]))

    def in_path_order(self, key: Callable[[str], str] | None = None) -> Iterator[FileResult]:
        """The results in :meth:`path_order`, loaded one at a time."""
        for i in self.path_order(key):
            yield self[i]

    def verdicts(self) -> list[Verdict]:
        return self._verdicts

    def content_key(self, i: int) -> str | None:
        """A name for result ``i``'s content (a digest of its stored bytes), or None."""
        return self._keys[i]

    def with_changes(self, changes: dict[int, dict[str, Any]], key: str | None = None) -> Sequence[FileResult]:
        """This spool with some results' fields replaced (index → field → value: the
        site stage's findings and scores), applied as each result is loaded. ``key``
        names the changes (a digest of their stored form) so changed results keep a
        content key."""
        return _Changed(self, changes, key)

    def close(self) -> None:
        self._shelf.close()


class _Changed(Sequence["FileResult"]):
    """A spool seen with some of its results' fields replaced."""

    def __init__(self, base: SpooledResults, changes: dict[int, dict[str, Any]],
                 changes_key: str | None = None) -> None:
        self._base = base
        self._changes = changes
        self._changes_key = changes_key
        self._verdicts: list[Verdict] | None = None  # worked out once: each pass over them asks

    def __len__(self) -> int:
        return len(self._base)

    @overload
    def __getitem__(self, i: int) -> FileResult: ...
    @overload
    def __getitem__(self, i: slice) -> list[FileResult]: ...

    def __getitem__(self, i: int | slice) -> FileResult | list[FileResult]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        result = self._base[i]
        changed = self._changes.get(i)
        return result if changed is None else applied(result, changed)

    def __iter__(self) -> Iterator[FileResult]:
        for i in range(len(self._base)):
            yield self[i]

    def verdicts(self) -> list[Verdict]:
        if self._verdicts is None:
            self._verdicts = self._changed_verdicts()
        return self._verdicts

    def _changed_verdicts(self) -> list[Verdict]:
        kept = list(self._base.verdicts())
        for i, changed in self._changes.items():
            was = kept[i]
            levels = count_levels(changed["findings"]) if "findings" in changed else was.levels
            if changed.get("added_levels"):
                levels = dict(levels)
                for level, n in changed["added_levels"].items():
                    levels[level] = levels.get(level, 0) + n
            kept[i] = was._replace(levels=levels, error=changed.get("error", was.error),
                                   score=changed.get("score", was.score), scores=changed.get("scores", was.scores))
        return kept

    def in_path_order(self, key: Callable[[str], str] | None = None) -> Iterator[FileResult]:
        for i in self._base.path_order(key):
            yield self[i]

    def path_order(self, key: Callable[[str], str] | None = None) -> list[int]:
        return self._base.path_order(key)

    def content_key(self, i: int) -> str | None:
        """The base result's content key; for a changed result, that key with the name
        of the changes (``changes_key``) and the index, or None when they have no name."""
        key = self._base.content_key(i)
        if key is None or i not in self._changes:
            return key
        return None if self._changes_key is None else blob_key(f"{key}:{self._changes_key}:{i}".encode())

    def stored(self, i: int) -> tuple[bytes, dict[str, Any] | None]:
        """The base result's stored form and this view's changes to it (see :func:`applied`)."""
        blob, _none = self._base.stored(i)
        return blob, self._changes.get(i)

    def close(self) -> None:
        self._base.close()


def applied(result: FileResult, changed: dict[str, Any]) -> FileResult:
    """``result`` with ``changed``'s fields replaced. The site stage's findings come as
    additions (``added_blob``, packed by :func:`dump_blob`, on a :class:`Shelf` or not,
    with their ``added_levels``), merged into the result's own in source order only
    here, as the result is read."""
    fields = dict(changed)
    packed = fields.pop("added_blob", None)
    fields.pop("added_levels", None)
    if packed is not None:
        added = load_value(unshelved(packed))
        fields["findings"] = tuple(sorted((*result.findings, *added), key=lambda f: f.sort_key()))
    explained = fields.pop("breakdown_blob", None)  # the score breakdown, packed alike
    if explained is not None:
        fields["score_breakdown"] = load_value(unshelved(explained))
    return replace(result, **fields)


def in_path_order(results: Iterable[FileResult]) -> Iterable[FileResult]:
    """Results sorted by path; a spool streams them instead of loading them all."""
    ordered = getattr(results, "in_path_order", None)
    if ordered is not None:
        return ordered()  # type: ignore[no-any-return]
    return sorted(results, key=lambda r: r.path)
