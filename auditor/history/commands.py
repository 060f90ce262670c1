"""The glue between the CLI and the store: which store, start a recording, list
runs, diff two runs. Kept here so ``auditor/cli.py`` only parses options."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from auditor.history.store import DEFAULT_STORE, RunInfo, Store, find_run, list_runs, open_store

if TYPE_CHECKING:
    from auditor.api import BatchOptions
    from auditor.history.record import Recorder


def store_target(cli_value: str | None, configured: str | None, *, default: bool) -> str | None:
    """The store named on the command line (or $AUDITOR_HISTORY), else by config,
    else ``.auditor/history.sqlite`` when ``default`` (for history/diff) or None."""
    if cli_value:
        return cli_value
    if configured:
        return configured
    return str(DEFAULT_STORE) if default else None


def start_recording(target: str, options: BatchOptions, command: str, version: str) -> Recorder:
    """Open ``target`` and start a run whose config hash covers the effective rules
    and the source options that change findings."""
    from auditor.api import settings_for
    from auditor.history.record import Recorder, RunMeta, config_hash, git_commit

    settings = settings_for("-", options)
    src = settings.source
    extra = {"selector": src.selector, "lang": src.lang, "site_url": src.site_url, "format_in": src.format_in}
    meta = RunMeta(command=command, auditor_version=version,
                   config_hash=config_hash(settings.rules, extra), git_commit=git_commit())
    return Recorder(open_store(target), meta)


def render_runs(runs: list[RunInfo], fmt: str, store: Store) -> str:
    if fmt == "json":
        import json

        return json.dumps([r.as_json() for r in runs], indent=2, ensure_ascii=False) + "\n"
    if not runs:
        return f"No runs recorded in {store.name} yet.\n"
    lines = [f"{'id':>5}  {'finished (UTC)':<16}  {'cmd':<6}  {'version':<8}  {'commit':<10}  "
             f"{'articles':>8}  {'errors':>6}  {'warnings':>8}  {'infos':>5}  {'score':>5}  config"]
    for r in runs:
        when = r.finished_at or r.started_at
        score = "—" if r.score is None else f"{r.score:.1f}"
        lines.append(
            f"{r.id:>5}  {when:%Y-%m-%d %H:%M}  {r.command:<6}  {r.auditor_version:<8}  "
            f"{(r.git_commit or '—')[:10]:<10}  {r.articles:>8}  {r.errors:>6}  {r.warnings:>8}  "
            f"{r.infos:>5}  {score:>5}  {r.config_hash[:8]}"
        )
    return "\n".join(lines) + "\n"


@contextmanager
def _reading(target: str) -> Iterator[Store]:
    """Open ``target`` for reading; a database failure becomes one line."""
    from sqlalchemy.exc import SQLAlchemyError

    from auditor.history.errors import HistoryError
    from auditor.history.store import _reason, describe

    try:
        with open_store(target, create=False) as store:
            yield store
    except SQLAlchemyError as exc:
        raise HistoryError(f"{describe(target)}: cannot read history: {_reason(exc)}") from None


def list_command(target: str, limit: int | None, fmt: str) -> str:
    with _reading(target) as store:
        return render_runs(list_runs(store, limit), fmt, store)


def diff_command(target: str, old_ref: str | None, new_ref: str | None, fmt: str) -> str:
    """Diff two runs; without refs the last two, with one ref that run against the newest."""
    from auditor.history.diff import diff_runs, render
    from auditor.history.errors import HistoryError

    with _reading(target) as store:
        if old_ref is None:
            latest = list_runs(store, limit=2)
            if len(latest) < 2:
                raise HistoryError(
                    f"{store.name}: diff needs two recorded runs, found {len(latest)}"
                )
            new, old = latest
        else:
            old = find_run(store, old_ref)
            new = find_run(store, new_ref) if new_ref is not None else find_run(store, "-1")
        return render(diff_runs(store, old, new), fmt)
