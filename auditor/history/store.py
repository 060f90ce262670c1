"""Open a history store (SQLite file or PostgreSQL URL), write runs, read them back.

Every statement goes through SQLAlchemy Core; SQLAlchemy and the PostgreSQL driver
(psycopg 3) are imported only when a store is opened, so the CLI starts fast.

Concurrency: SQLite runs in WAL mode with a busy timeout and every transaction
starts with ``BEGIN IMMEDIATE`` (the writer lock is taken up front, so two writers
queue instead of failing mid-transaction); PostgreSQL needs nothing more than its
own transactions, plus an advisory lock while migrating.
"""

from __future__ import annotations

import datetime as dt
import os
from contextlib import contextmanager
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from auditor.history.errors import HistoryError

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

DEFAULT_STORE = Path(".auditor") / "history.sqlite"
_MIGRATION_LOCK = 0x61756474  # "audt": PostgreSQL advisory lock key
_BUSY_TIMEOUT_MS = 60_000


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


@overload
def as_utc(value: dt.datetime) -> dt.datetime: ...
@overload
def as_utc(value: None) -> None: ...
@overload
def as_utc(value: dt.datetime | None) -> dt.datetime | None: ...
def as_utc(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands back naive datetimes; everything stored is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.timezone.utc)


def is_url(target: str) -> bool:
    return "://" in target


def describe(target: str) -> str:
    """The store's name for messages, without a password."""
    if not is_url(target):
        return target
    from sqlalchemy.engine import make_url

    try:
        return make_url(target).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - a malformed URL is reported by open_store
        return target.split("@")[-1]


def _url(target: str) -> str:
    if target.startswith(("postgresql://", "postgres://")):
        # psycopg 3, not SQLAlchemy's default psycopg2.
        return "postgresql+psycopg://" + target.split("://", 1)[1]
    if is_url(target):
        return target
    return "sqlite:///" + os.fspath(Path(target).absolute())


def _sqlite_hooks(engine: Engine) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event decide when transactions start (the
        # documented pysqlite recipe), then make it BEGIN IMMEDIATE.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the lock up front (queue on busy_timeout rather than fail
        # when upgrading a read lock); readers never block anyone in WAL mode.
        write = conn.get_execution_options().get("auditor_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


@dataclass
class Store:
    """An open history store; use as a context manager or call :meth:`close`."""

    target: str
    engine: Engine

    @property
    def name(self) -> str:
        return describe(self.target)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A write transaction: committed on success, rolled back on error."""
        with self.engine.connect().execution_options(auditor_write=True) as conn, conn.begin():
            yield conn


def open_store(target: str, *, create: bool = True) -> Store:
    """Open (and migrate) the store at ``target``: a file path or a database URL.
    ``create=False`` refuses a SQLite file that does not exist yet (for readers)."""
    from sqlalchemy import create_engine, func, select
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

    from auditor.history import schema

    name = describe(target)
    if not is_url(target):
        path = Path(target)
        if path.is_dir():
            raise HistoryError(f"{name}: is a directory; --history takes a SQLite file or a database URL")
        if not path.exists():
            if not create:
                raise HistoryError(f"{name}: no history recorded yet (record runs with --history)")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise HistoryError(f"{name}: cannot create its folder: {exc.strerror or exc}") from None
    url = _url(target)
    if not url.startswith(("sqlite://", "postgresql+psycopg://")):
        raise HistoryError(f"{name}: history stores are SQLite files, sqlite:/// or postgresql:// URLs")
    try:
        engine = create_engine(url, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError, ValueError, ImportError) as exc:
        raise HistoryError(f"{name}: not a usable history store: {exc}") from None
    if engine.dialect.name == "sqlite":
        _sqlite_hooks(engine)
    store = Store(target=target, engine=engine)
    try:
        with store.begin() as conn:
            if engine.dialect.name == "postgresql":
                conn.execute(select(func.pg_advisory_xact_lock(_MIGRATION_LOCK)))
            schema.migrate(conn, utcnow)
    except HistoryError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise HistoryError(f"{name}: cannot open history store: {_reason(exc)}") from None
    return store


def _reason(exc: BaseException) -> str:
    """The first line of a driver error, without SQLAlchemy's background link."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()
    return text[0] if text else type(orig).__name__


# ---------------------------------------------------------------- reading runs


@dataclass(frozen=True, slots=True)
class RunInfo:
    id: int
    uid: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    command: str
    auditor_version: str
    config_hash: str
    git_commit: str | None
    articles: int
    failed: int
    errors: int
    warnings: int
    infos: int
    score: float | None
    scores: dict[str, float] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "uid": self.uid,
            "started_at": self.started_at.isoformat().replace("+00:00", "Z"),
            "finished_at": self.finished_at.isoformat().replace("+00:00", "Z") if self.finished_at else None,
            "command": self.command, "auditor_version": self.auditor_version,
            "config_hash": self.config_hash, "git_commit": self.git_commit,
            "articles": self.articles, "failed": self.failed,
            "errors": self.errors, "warnings": self.warnings, "infos": self.infos,
            "score": None if self.score is None else round(self.score, 1),
            "scores": {k: round(v, 1) for k, v in sorted((self.scores or {}).items())},
        }


def _run_info(row: Any) -> RunInfo:
    return RunInfo(
        id=row.id, uid=row.uid, started_at=as_utc(row.started_at),
        finished_at=as_utc(row.finished_at), command=row.command,
        auditor_version=row.auditor_version, config_hash=row.config_hash,
        git_commit=row.git_commit, articles=row.articles, failed=row.failed,
        errors=row.errors, warnings=row.warnings, infos=row.infos, score=row.score,
        scores=dict(row.scores or {}),
    )


def list_runs(store: Store, limit: int | None = None) -> list[RunInfo]:
    """Complete runs, newest first."""
    from sqlalchemy import select

    from auditor.history.schema import runs

    query = (
        select(runs).where(runs.c.status == "complete")
        .order_by(runs.c.finished_at.desc(), runs.c.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    with store.engine.connect() as conn:
        return [_run_info(row) for row in conn.execute(query)]


def find_run(store: Store, ref: str) -> RunInfo:
    """A complete run by id (``12``), uid prefix (``3f9a1c``), or counting back from
    the newest (``-1`` is the newest, ``-2`` the one before)."""
    from sqlalchemy import select

    from auditor.history.schema import runs

    ref = ref.strip()
    if ref.lstrip("-").isdecimal() and ref.startswith("-"):
        back = int(ref[1:])
        found = list_runs(store, limit=back) if back > 0 else []
        if len(found) < back or back == 0:
            raise HistoryError(f"{store.name}: there is no run {ref} (only {len(list_runs(store))} recorded)")
        return found[back - 1]
    base = select(runs).where(runs.c.status == "complete")
    with store.engine.connect() as conn:
        if ref.isdecimal():
            row = conn.execute(base.where(runs.c.id == int(ref))).first()
            if row is not None:
                return _run_info(row)
        if len(ref) >= 4:
            rows = conn.execute(base.where(runs.c.uid.startswith(ref.lower(), autoescape=True)).limit(2)).all()
            if len(rows) == 1:
                return _run_info(rows[0])
            if len(rows) > 1:
                raise HistoryError(f"{store.name}: run {ref!r} is ambiguous: give more of its id")
    raise HistoryError(f"{store.name}: no complete run {ref!r} (`auditor history` lists them)")


@dataclass(frozen=True, slots=True)
class StoredFinding:
    rule: str
    category: str
    level: str
    line: int
    column: int
    message: str
    excerpt: str
    fingerprint: str


@dataclass(frozen=True, slots=True)
class StoredArticle:
    path: str
    content_hash: str | None
    score: int | None
    scores: dict[str, int]
    metrics: dict[str, Any]
    error: str | None
    findings: tuple[StoredFinding, ...] = ()


def iter_articles(store: Store, run_id: int, *, with_findings: bool = True) -> Iterator[StoredArticle]:
    """The articles of one run in the order they were recorded, each with its
    findings (line order). Streams: findings are read alongside, matched by id."""
    from sqlalchemy import select

    from auditor.history.schema import articles, findings

    art_q = select(articles).where(articles.c.run_id == run_id).order_by(articles.c.id)
    find_q = (
        select(findings).where(findings.c.run_id == run_id)
        .order_by(findings.c.article_id, findings.c.line, findings.c.col, findings.c.rule, findings.c.id)
    )
    with store.engine.connect() as art_conn, store.engine.connect() as find_conn:
        found = iter(find_conn.execution_options(yield_per=2000).execute(find_q)) if with_findings else iter(())
        pending = next(found, None)
        for row in art_conn.execution_options(yield_per=2000).execute(art_q):
            mine: list[StoredFinding] = []
            while pending is not None and pending.article_id < row.id:
                pending = next(found, None)  # orphans cannot happen (foreign key); never loop forever
            while pending is not None and pending.article_id == row.id:
                mine.append(StoredFinding(
                    rule=pending.rule, category=pending.category, level=pending.level,
                    line=pending.line, column=pending.col, message=pending.message,
                    excerpt=pending.excerpt, fingerprint=pending.fingerprint,
                ))
                pending = next(found, None)
            yield StoredArticle(
                path=row.path, content_hash=row.content_hash, score=row.score,
                scores=dict(row.scores or {}), metrics=dict(row.metrics or {}), error=row.error,
                findings=tuple(mine),
            )


def delete_incomplete(store: Store, older_than: dt.timedelta) -> int:
    """Delete runs left 'running' (killed) for longer than ``older_than``."""
    from sqlalchemy import delete

    from auditor.history.schema import articles, findings, runs

    cutoff = utcnow() - older_than
    stale = (runs.c.status != "complete") & (runs.c.started_at <= cutoff)
    with store.begin() as conn:
        ids = [r.id for r in conn.execute(runs.select().where(stale))]
        if not ids:
            return 0
        conn.execute(delete(findings).where(findings.c.run_id.in_(ids)))
        conn.execute(delete(articles).where(articles.c.run_id.in_(ids)))
        conn.execute(delete(runs).where(runs.c.id.in_(ids)))
    return len(ids)


def run_ids(infos: Sequence[RunInfo]) -> list[int]:
    return [r.id for r in infos]
