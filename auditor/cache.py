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
"""

from __future__ import annotations

from contextlib import AbstractContextManager

import hashlib
import os
import pickle
import sqlite3
import time
import zlib
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.fastpickle import register as _register_reducers

if TYPE_CHECKING:
    from auditor.api import Settings
    from auditor.model import FileResult

_register_reducers()  # faster loads of spooled and cached results

DEFAULT_DIR = Path(".auditor_cache")
DEFAULT_MAX_MB = 1024
FILE_NAME = "results.sqlite"
_FLUSH_EVERY = 256  # results per write transaction
_SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
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

    digest = hashlib.blake2b(__version__.encode(), digest_size=16)
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
    digest = hashlib.blake2b(data, digest_size=20)
    digest.update(b"\0" + path.encode("utf-8", "surrogateescape"))
    digest.update(b"\0" + code_fingerprint().encode() + b"\0" + settings_fingerprint(settings).encode())
    return digest.hexdigest()


class ResultCache:
    """Get and put results by key; writes are batched and flushed on ``close``."""

    def __init__(self, folder: Path = DEFAULT_DIR, max_mb: int = DEFAULT_MAX_MB) -> None:
        self.folder = Path(folder)
        self.max_bytes = max_mb * 1024 * 1024
        self.hits = 0
        self.misses = 0
        self._pending: list[tuple[str, bytes, int, float]] = []
        self._used: list[tuple[float, str]] = []
        self.folder.mkdir(parents=True, exist_ok=True)
        ignore = self.folder / ".gitignore"
        if not ignore.exists():  # like .ruff_cache: never committed by accident
            ignore.write_text("# Created by auditor: a cache of results, safe to delete.\n*\n")
        self._db = sqlite3.connect(self.folder / FILE_NAME, timeout=60, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(_SCHEMA)

    def get(self, key: str) -> FileResult | None:
        row = self._db.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
        if row is None:
            self.misses += 1
            return None
        try:
            result = pickle.loads(zlib.decompress(row[0]))
        except Exception:  # noqa: BLE001 - an entry from an incompatible build: audit again
            self.misses += 1
            return None
        self.hits += 1
        self._used.append((time.time(), key))
        if len(self._used) >= _FLUSH_EVERY:
            self.flush()
        return result  # type: ignore[no-any-return]

    def put(self, key: str, result: FileResult) -> None:
        if result.error and result.error.startswith(("cannot read", "internal error", "out of memory", "ran out of memory", "took longer than")):
            return  # transient or a bug: never remembered
        value = zlib.compress(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), 1)
        self._pending.append((key, value, len(value), time.time()))
        if len(self._pending) >= _FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        if not self._pending and not self._used:
            return
        with self._transaction():
            self._db.executemany(
                "INSERT OR REPLACE INTO results (key, value, size, used) VALUES (?, ?, ?, ?)", self._pending
            )
            self._db.executemany("UPDATE results SET used = ? WHERE key = ?", self._used)
        self._pending.clear()
        self._used.clear()

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
        total = self._db.execute("SELECT COALESCE(SUM(size), 0) FROM results").fetchone()[0]
        if total <= self.max_bytes:
            return 0
        excess = total - int(self.max_bytes * 0.9)
        dropped = 0
        with self._transaction():
            rows = self._db.execute("SELECT key, size FROM results ORDER BY used").fetchall()
            doomed = []
            for key, size in rows:
                if excess <= 0:
                    break
                doomed.append((key,))
                excess -= size
            self._db.executemany("DELETE FROM results WHERE key = ?", doomed)
            dropped = len(doomed)
        return dropped

    def close(self) -> None:
        try:
            self.flush()
            self.evict()
            self._db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            self._db.close()


def open_cache(folder: Path | None, max_mb: int = DEFAULT_MAX_MB) -> ResultCache | None:
    """The cache in ``folder`` (default ``.auditor_cache``), or None when it cannot be
    opened (a read-only checkout): auditing then simply runs without it."""
    try:
        return ResultCache(folder or Path(os.environ.get("AUDITOR_CACHE_DIR") or DEFAULT_DIR), max_mb)
    except (OSError, sqlite3.Error):
        return None
