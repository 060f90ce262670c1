"""The history store's schema, as SQLAlchemy Core tables, and its migrations.

One schema for SQLite and PostgreSQL. ``schema_version`` holds one row per
migration applied; :func:`migrate` applies the missing ones in order, inside a
transaction that holds the store's write lock (SQLite ``BEGIN IMMEDIATE``, a
PostgreSQL advisory lock), so two CI jobs opening a new store at once do not race.

A run is written as ``status = 'running'`` and flipped to ``'complete'`` in its last
transaction: readers only ever see complete runs, so a killed run leaves nothing
visible (and ``auditor history --prune`` may delete it later).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    insert,
    select,
)

metadata = MetaData()

schema_version = Table(
    "auditor_schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

runs = Table(
    "auditor_runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uid", String(32), nullable=False, unique=True),  # stable across stores
    Column("status", String(16), nullable=False),  # running | complete
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("command", String(32), nullable=False),  # check | report
    Column("auditor_version", String(32), nullable=False),
    Column("config_hash", String(64), nullable=False),
    Column("git_commit", String(64)),
    Column("articles", Integer, nullable=False, default=0),
    Column("failed", Integer, nullable=False, default=0),
    Column("errors", Integer, nullable=False, default=0),
    Column("warnings", Integer, nullable=False, default=0),
    Column("infos", Integer, nullable=False, default=0),
    Column("score", Float),  # mean overall score of the audited articles
    Column("scores", JSON),  # category → mean score
)

articles = Table(
    "auditor_articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("run_id", Integer, ForeignKey("auditor_runs.id", ondelete="CASCADE"), nullable=False),
    Column("path", Text, nullable=False),  # relative POSIX path or URL
    Column("content_hash", String(64)),
    Column("format", String(16)),
    Column("headline", Text),
    Column("score", Integer),
    Column("scores", JSON),
    Column("metrics", JSON),
    Column("error", Text),
    UniqueConstraint("run_id", "path", name="uq_auditor_articles_run_path"),
)

findings = Table(
    "auditor_findings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("run_id", Integer, ForeignKey("auditor_runs.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", Integer, ForeignKey("auditor_articles.id", ondelete="CASCADE"), nullable=False),
    Column("rule", String(32), nullable=False),
    Column("category", String(32), nullable=False),
    Column("level", String(8), nullable=False),
    Column("line", Integer, nullable=False),
    Column("col", Integer, nullable=False),
    Column("message", Text, nullable=False),
    Column("excerpt", Text, nullable=False, default=""),
    Column("fingerprint", String(64), nullable=False),  # auditor.baseline.fingerprint
    Index("ix_auditor_findings_article", "article_id"),
    Index("ix_auditor_findings_run", "run_id"),
)

Index("ix_auditor_runs_status_started", runs.c.status, runs.c.started_at)


def _v1(conn: Connection) -> None:
    for table in (runs, articles, findings):
        table.create(conn, checkfirst=True)
    for index in runs.indexes:
        index.create(conn, checkfirst=True)


# version → step; append new steps, never edit an applied one.
MIGRATIONS: tuple[tuple[int, Callable[[Connection], None]], ...] = ((1, _v1),)
LATEST = MIGRATIONS[-1][0]


def current_version(conn: Connection) -> int:
    from sqlalchemy import func

    if not conn.dialect.has_table(conn, schema_version.name):
        return 0
    return int(conn.execute(select(func.coalesce(func.max(schema_version.c.version), 0))).scalar_one())


def migrate(conn: Connection, now: Callable[[], object]) -> int:
    """Apply the missing migrations on ``conn`` (inside its transaction); return
    the version the store is at. A store newer than this auditor is refused."""
    from auditor.history.errors import HistoryError

    schema_version.create(conn, checkfirst=True)
    version = current_version(conn)
    if version > LATEST:
        raise HistoryError(
            f"history store is at schema version {version}, newer than this auditor knows "
            f"({LATEST}): upgrade auditor"
        )
    for number, step in MIGRATIONS:
        if number > version:
            step(conn)
            conn.execute(insert(schema_version).values(version=number, applied_at=now()))
            version = number
    return version
