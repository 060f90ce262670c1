"""A persistent cache of audit results, so a second run over unchanged pages is cheap.

One SQLite file (``.auditor_cache/results.sqlite`` by default, ``--cache-dir`` to
move it) maps a key to a compressed, pickled :class:`~auditor.model.FileResult`.
The key hashes everything a result depends on: the file's bytes and shown path, the
auditor version and the code's own files (so a development checkout never serves
results of older code), and the effective settings (rules with their levels and
parameters, source options). A hit is the very object a fresh audit made, so every
output is byte-identical.

Safety: WAL journal and short write transactions let two runs share the folder;
a run killed with ``kill -9`` loses at most its unflushed results, never the file
(SQLite's journal rolls back a torn transaction). A size cap evicts the entries
used least recently. Any cache failure degrades to auditing without it.

A hit costs little: keys are looked up a few hundred at a time, a result's entry keeps
its verdict (what the exit code and the summaries need) beside the pickled result, so
the result is not unpickled unless a writer must render it, and a hit re-dates its
entry for the eviction order only when the date is over a day old (as ``relatime``
does for atime): re-dating every hit rewrote every page of the file on each run.
"""

from __future__ import annotations

from contextlib import AbstractContextManager

import hashlib
import os
import pickle
import sqlite3
import struct
import sys
import time
import zlib
from functools import lru_cache
from pathlib import Path
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from auditor.parallel import Done
from auditor.spool import Stored, Verdict, dump_blob, load_blob

if TYPE_CHECKING:
    from auditor.api import BatchOptions, Settings
    from auditor.model import FileResult
    from auditor.rulepacks import Rule


DEFAULT_DIR = Path(".auditor_cache")
DEFAULT_MAX_MB = 1024
FILE_NAME = "results.sqlite"
_FLUSH_EVERY = 256  # results per write transaction
_READ_EVERY = 400  # keys per SELECT ... IN (SQLite allows 999 parameters in old builds)
# A hit re-dates its entry (the eviction order) only when its date is older than this: the
# order is kept to the day, and a run over unchanged pages writes nothing.
REDATE_AFTER_S = 24 * 3600
_LENGTH = struct.Struct(">I")
# results: one audited file each; stages: the site stage's changes to a whole batch;
# fragments: what a writer rendered from one result (its JSON entry), by content.
_TABLES = ("results", "stages", "fragments")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS {table} (
    key TEXT PRIMARY KEY,
    value BLOB NOT NULL,
    size INTEGER NOT NULL,
    used REAL NOT NULL
)"""


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The auditor version plus the size and mtime of every module and rule file:
    any change to the code or the built-in packs invalidates cached results."""
    from auditor import __version__
    from auditor.rulepacks import data_dir

    # Python's version too: a result pickled by one build is never unpickled by another.
    digest = hashlib.blake2b(f"{__version__}\0{sys.version}".encode(), digest_size=16)
    package = Path(__file__).resolve().parent
    for root in (package, data_dir("rules")):
        for path in sorted(root.rglob("*")):
            if path.suffix in {".py", ".toml", ".txt", ".json"} and "__pycache__" not in path.parts:
                stat = path.stat()
                digest.update(f"{path.relative_to(root)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


_settings_digests: dict[int, tuple[object, str]] = {}


def settings_fingerprint(settings: Settings) -> str:
    """A digest of the settings that shape a result. Memoised per object: a batch
    shares one Settings object between files that share a config."""
    known = _settings_digests.get(id(settings))
    if known is not None and known[0] is settings:
        return known[1]
    parts = [repr(settings.source), repr(settings.keep_document)]
    for rule in settings.rules:
        parts.append(repr((rule.id, rule.name, rule.category, rule.level, rule.check, rule.message,
                           sorted(rule.params.items(), key=lambda kv: kv[0]), rule.severe_level,
                           rule.enabled)))
    digest = hashlib.blake2b("\n".join(parts).encode(), digest_size=16).hexdigest()
    if len(_settings_digests) > 1024:
        _settings_digests.clear()
    _settings_digests[id(settings)] = (settings, digest)
    return digest


def result_key(path: str, data: bytes, settings: Settings) -> str:
    return keyed(path, data, settings)[0]


def keyed(path: str, data: bytes, settings: Settings) -> tuple[str, str]:
    """The cache key of ``data`` audited as ``path`` with ``settings``, and the SHA-256 of
    ``data`` alone (a result's ``content_hash``): one pass over the bytes gives both."""
    digest = hashlib.sha256(data)  # SHA-NI: 2.5x blake2b's speed, and a hit hashes every byte
    content = digest.hexdigest()  # the bytes' own digest; the object goes on hashing
    digest.update(b"\0" + path.encode("utf-8", "surrogateescape"))
    digest.update(b"\0" + code_fingerprint().encode() + b"\0" + settings_fingerprint(settings).encode())
    return digest.hexdigest(), content


class ResultCache:
    """Get and put results by key; writes are batched and flushed on ``close``."""

    def __init__(self, folder: Path = DEFAULT_DIR, max_mb: int = DEFAULT_MAX_MB) -> None:
        self.folder = Path(folder)
        self.max_bytes = max_mb * 1024 * 1024
        self.hits = 0
        self.misses = 0
        self._pending: dict[str, list[tuple[str, bytes, int, float]]] = {t: [] for t in _TABLES}
        self._used: dict[str, list[tuple[float, str]]] = {t: [] for t in _TABLES}
        self._grew = False  # entries were added: close() checks the size cap
        self.folder.mkdir(parents=True, exist_ok=True)
        ignore = self.folder / ".gitignore"
        if not ignore.exists():  # like .ruff_cache: never committed by accident
            ignore.write_text("# Created by auditor: a cache of results, safe to delete.\n*\n")
        self._db = sqlite3.connect(self.folder / FILE_NAME, timeout=60, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        for table in _TABLES:
            self._db.execute(_SCHEMA.format(table=table))

    def get(self, key: str) -> FileResult | None:
        blob = self.get_blob(key)
        if blob is None:
            return None
        try:
            return load_blob(blob)
        except Exception:  # noqa: BLE001 - an entry from an incompatible build: audit again
            self.hits -= 1
            self.misses += 1
            return None

    def get_blob(self, key: str, table: str = "results") -> bytes | None:
        """The stored bytes of ``key`` (a compressed pickle, see :func:`load_blob`): a
        hit costs one indexed read; the caller unpickles once, or passes them on as is."""
        found = self._read([key], table)
        if not found:
            return None
        if table != "results":
            return found[key]
        try:
            return _unframe(found[key]).blob
        except Exception:  # noqa: BLE001 - an entry from an incompatible build: audit again
            self.hits -= 1
            self.misses += 1
            return None

    def get_stored(self, keys: Sequence[str]) -> dict[str, Stored]:
        """The results the cache holds for ``keys``, as stored: each one's verdict and
        its pickled bytes (unpickled only if a writer needs the result itself)."""
        found: dict[str, Stored] = {}
        for key, value in self._read(keys, "results").items():
            try:
                found[key] = _unframe(value)
            except Exception:  # noqa: BLE001 - an entry from an incompatible build: audit again
                self.hits -= 1
                self.misses += 1
        return found

    def get_many(self, keys: Sequence[str], table: str) -> dict[str, bytes]:
        """The stored bytes of those of ``keys`` that ``table`` holds."""
        assert table != "results"  # results are framed: get_stored
        return self._read(keys, table)

    def _read(self, keys: Sequence[str], table: str) -> dict[str, bytes]:
        """One SELECT per few hundred keys; hits counted and, when due, re-dated."""
        assert table in _TABLES
        found: dict[str, bytes] = {}
        now = time.time()
        redate = self._used[table]
        for start in range(0, len(keys), _READ_EVERY):
            part = keys[start:start + _READ_EVERY]
            marks = ",".join("?" * len(part))
            for key, value, used in self._db.execute(
                    f"SELECT key, value, used FROM {table} WHERE key IN ({marks})", part):
                found[key] = value
                if now - used > REDATE_AFTER_S:
                    redate.append((now, key))
        hits = sum(1 for key in keys if key in found)
        self.hits += hits
        self.misses += len(keys) - hits
        if len(redate) >= _FLUSH_EVERY:
            self.flush()
        return found

    def put(self, key: str, result: FileResult | Stored) -> bytes | None:
        """Remember ``result`` (or its stored form, as a worker sends it); returns its
        stored bytes, or None when it is not kept."""
        error = result.verdict.error if isinstance(result, Stored) else result.error
        if error and error.startswith(("cannot read", "internal error", "out of memory", "ran out of memory", "took longer than")):
            return None  # transient or a bug: never remembered
        verdict, value = (result.verdict, result.blob) if isinstance(result, Stored) else (Verdict.of(result), dump_blob(result))
        self.put_blob(key, _frame(verdict, value))
        return value

    def put_blob(self, key: str, value: bytes, table: str = "results") -> None:
        assert table in _TABLES
        self._pending[table].append((key, value, len(value), time.time()))
        if len(self._pending[table]) >= _FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        if not any(self._pending.values()) and not any(self._used.values()):
            return
        self._grew = self._grew or any(self._pending.values())
        with self._transaction():  # one short transaction for a batch of results
            for table in _TABLES:
                self._db.executemany(
                    f"INSERT OR REPLACE INTO {table} (key, value, size, used) VALUES (?, ?, ?, ?)",
                    self._pending[table],
                )
                self._db.executemany(f"UPDATE {table} SET used = ? WHERE key = ?", self._used[table])
        for table in _TABLES:
            self._pending[table].clear()
            self._used[table].clear()

    def _transaction(self) -> AbstractContextManager[None]:
        db = self._db

        class _Tx(AbstractContextManager[None]):
            def __enter__(self) -> None:
                db.execute("BEGIN IMMEDIATE")

            def __exit__(self, kind: object, *_exc: object) -> None:
                db.execute("ROLLBACK" if kind else "COMMIT")

        return _Tx()

    def evict(self) -> int:
        """Drop the least recently used entries until the cache is under 90% of its cap."""
        if self._file_bytes() <= self.max_bytes:
            return 0  # the entries' bytes never exceed the file's: no need to add them up
        total = sum(self._db.execute(f"SELECT COALESCE(SUM(size), 0) FROM {t}").fetchone()[0] for t in _TABLES)
        if total <= self.max_bytes:
            return 0
        excess = total - int(self.max_bytes * 0.9)
        with self._transaction():
            rows = self._db.execute(
                " UNION ALL ".join(f"SELECT '{t}', key, size, used FROM {t}" for t in _TABLES) + " ORDER BY 4"
            ).fetchall()
            doomed: dict[str, list[tuple[str]]] = {t: [] for t in _TABLES}
            for table, key, size, _used in rows:
                if excess <= 0:
                    break
                doomed[table].append((key,))
                excess -= size
            for table in _TABLES:
                self._db.executemany(f"DELETE FROM {table} WHERE key = ?", doomed[table])
        return sum(len(keys) for keys in doomed.values())

    def _file_bytes(self) -> int:
        """The bytes the database's pages in use take (the WAL's newer pages included)."""
        pages, free, size = (self._db.execute(f"PRAGMA {name}").fetchone()[0]
                             for name in ("page_count", "freelist_count", "page_size"))
        return int((pages - free) * size)

    def close(self) -> None:
        try:
            self.flush()
            if self._grew:  # only new entries grow the cache: a run of hits has nothing to evict
                self.evict()
            self._db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            self._db.close()


_READ_AHEAD_BYTES = 16 << 20  # a batch of lookups holds at most this much of the files' bytes
Job = tuple[str, "Settings", bytes | None]
# A job with the SHA-256 of its bytes, read while keying it: the audit need not hash them again.
HashedJob = tuple[str, "Settings", bytes | None, str]


def batched_lookups(
    cache: ResultCache, items: Iterable[Job | Done]
) -> Iterator[tuple[HashedJob | Done, str | None, Stored | None]]:
    """Each item with its key and what the cache holds under it (None: a miss), looked
    up a few hundred keys per SELECT. A job comes with its bytes, and goes on with their
    SHA-256 as a fourth member; a ``Done`` item (an error) has no key. In input order;
    reads ahead at most a few hundred jobs or 16 MB."""
    pending: list[tuple[HashedJob | Done, str | None]] = []
    held = 0

    def drain() -> Iterator[tuple[HashedJob | Done, str | None, Stored | None]]:
        found = cache.get_stored([key for _item, key in pending if key is not None])
        for item, key in pending:
            yield item, key, found.get(key) if key is not None else None
        pending.clear()

    for item in items:
        key = None
        if isinstance(item, Done):
            pending.append((item, key))
        else:
            path, settings, data = item
            assert data is not None  # the caller read it: the key hashes the bytes
            key, content = keyed(path, data, settings)
            held += len(data)
            pending.append(((path, settings, data, content), key))
        if len(pending) >= _READ_EVERY or held > _READ_AHEAD_BYTES:
            yield from drain()
            held = 0
    yield from drain()


def _frame(verdict: Verdict, blob: bytes) -> bytes:
    """A result's entry: its verdict (pickled, length first), then its stored bytes."""
    head = pickle.dumps(tuple(verdict), protocol=pickle.HIGHEST_PROTOCOL)
    return _LENGTH.pack(len(head)) + head + blob


def _unframe(value: bytes) -> Stored:
    (size,) = _LENGTH.unpack_from(value)
    end = _LENGTH.size + size
    return Stored(Verdict(*pickle.loads(value[_LENGTH.size:end])), value[end:])


def open_cache(folder: Path | None, max_mb: int = DEFAULT_MAX_MB) -> ResultCache | None:
    """The cache in ``folder`` (default ``.auditor_cache``), or None when it cannot be
    opened (a read-only checkout): auditing then simply runs without it."""
    try:
        return ResultCache(folder or Path(os.environ.get("AUDITOR_CACHE_DIR") or DEFAULT_DIR), max_mb)
    except (OSError, sqlite3.Error):
        return None


def _site_key(digest: str, rules: Sequence[Rule]) -> str:
    parts = [f"site\0{digest}\0{code_fingerprint()}\0{os.getcwd()}"]  # messages name paths from here
    for rule in rules:
        parts.append(repr((rule.id, rule.name, rule.category, rule.level, rule.check, rule.message,
                           sorted(rule.params.items(), key=lambda kv: kv[0]), rule.enabled)))
    return hashlib.blake2b("\n".join(parts).encode("utf-8", "surrogateescape"), digest_size=20).hexdigest()


def cached_site_stage(results: Iterable[FileResult], rules: Sequence[Rule], options: BatchOptions) -> Sequence[FileResult]:
    """The site-wide stage (auditor.sitewide.stage) over ``results``, from the cache
    when the batch is one already seen: its digest (see auditor.api.Batch) names every
    result, so the same digest and site rules give the same findings, as long as the
    link targets the findings depend on still exist (or not) as they did. A hit loads
    no result; a miss reads the results one at a time. Either way a spool comes back
    with the changes applied as each result is read."""
    from auditor.sitewide.stage import SiteChanges, apply_changes, site_changes
    from auditor.spool import SpooledResults, blob_key, dump_large, load_large

    batch: Sequence[FileResult] = results if isinstance(results, SpooledResults) else list(results)
    if len(batch) < 2:
        return batch

    def changed_view(changes: SiteChanges, stored: bytes | None = None) -> Sequence[FileResult]:
        if isinstance(batch, SpooledResults):
            return batch.with_changes(changes.updates, blob_key(stored) if stored is not None else None)
        return apply_changes(batch, changes.updates)

    digest = batch.digest if isinstance(batch, SpooledResults) else None
    cache = open_cache(options.cache_dir, options.cache_max_mb) if digest is not None and options.cache else None
    if cache is None or digest is None:
        # Without the cache the changes are named for this run alone (random bytes), so
        # the writers' in-run renderers can tell changed results apart (output.ahead); a
        # run that keeps fragments in the cache never names what it cannot store.
        return changed_view(site_changes(batch, rules), None if options.cache else os.urandom(16))
    try:
        key = _site_key(digest, rules)
        blob = cache.get_blob(key, "stages")
        if blob is not None:
            try:
                known = load_large(blob)
            except Exception:  # noqa: BLE001 - an entry from an incompatible build: run the stage
                known = None
            if isinstance(known, SiteChanges) and known.still_true():
                return changed_view(known, blob)
        changes = site_changes(batch, rules)
        stored = dump_large(changes)
        cache.put_blob(key, stored, "stages")
        return changed_view(changes, stored)
    finally:
        cache.close()


class FragmentStore:
    """What writers rendered from a result, kept in the cache by the result's content
    (see SpooledResults.content_key): a run over unchanged pages writes their JSON
    entries without loading or rendering them again."""

    def __init__(self, cache: ResultCache) -> None:
        self._cache = cache

    def _key(self, key: str) -> str:
        return f"{code_fingerprint()}:{key}"  # the writer's code renders it: a new build renders anew

    def get_many(self, keys: Sequence[str]) -> dict[str, bytes]:
        """The kept bytes of those ``keys`` the store holds (one read per few hundred)."""
        return self.unpack(self.fetch(keys))

    def fetch(self, keys: Sequence[str]) -> dict[str, bytes]:
        """:meth:`get_many`'s first half: the stored (compressed) bytes, read from SQLite."""
        names = {self._key(key): key for key in keys}
        return {names[name]: blob for name, blob in self._cache.get_many(list(names), "fragments").items()}

    @staticmethod
    def unpack(fetched: dict[str, bytes]) -> dict[str, bytes]:
        """:meth:`get_many`'s second half: no SQLite, and zlib lets go of the GIL, so a
        writer runs it in a thread for the next batch while it writes this one."""
        found: dict[str, bytes] = {}
        for key, blob in fetched.items():
            try:
                found[key] = zlib.decompress(blob)
            except zlib.error:
                continue
        return found

    def put(self, key: str, data: bytes) -> None:
        self._cache.put_blob(self._key(key), zlib.compress(data, 1), "fragments")

    def close(self) -> None:
        self._cache.close()
