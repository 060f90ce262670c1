"""``auditor check --watch PATH…``: audit, then re-audit each article as it changes.

Uses watchfiles (native file-system notifications; ``WATCHFILES_FORCE_POLLING=1``
polls instead, e.g. on network drives). On every change the changed articles are
audited again and only their findings are printed, under a header naming the file;
with ``--format html=DIR`` the report is rewritten with the new results. The set of
articles is the one the command line names (files, folders, globs), so a new file in
a watched folder is picked up and a deleted one dropped. Ctrl-C stops it (exit 0).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import click

from auditor import __version__
from auditor.api import BatchOptions, audit_path, audit_many, config_for, settings_for
from auditor.model import FileResult


def _excluded(options: BatchOptions) -> Callable[[Path], bool]:
    from auditor.config import is_excluded

    return lambda p: is_excluded(p, config_for(str(p), options))


def _print(results: Iterable[FileResult], color: bool, verbose: bool) -> None:
    from auditor.output import RenderContext, get_writer
    from auditor.rulepacks import load_rules

    batch = list(results)
    for result in batch:
        if result.error:
            click.echo(f"auditor: error: {result.path}: {result.error}", err=True)
    context = RenderContext(version=__version__, rules=load_rules(), color=color,
                            extra={"verbose": verbose, "fail_on": "error"})
    click.echo(get_writer("text")(batch, context), nl=False, color=color or None)
    sys.stdout.flush()  # piped into a pager or a log, each batch shows at once


def _report(results: dict[str, FileResult], out_dir: Path, packs: Sequence[Path]) -> None:
    from auditor.report import write_report
    from auditor.rulepacks import load_rules

    write_report(sorted(results.values(), key=lambda r: r.path), out_dir, rules=load_rules(tuple(packs)),
                 version=__version__)
    click.echo(f"Report updated: {out_dir / 'index.html'}", err=True)


def _roots(paths: Sequence[str]) -> list[Path]:
    """What to watch: named files and folders, and the folder a glob starts in."""
    roots: list[Path] = []
    for arg in paths:
        if arg == "-":
            continue
        path = Path(arg)
        if not path.exists():
            path = Path(next((p for p in Path(arg).parents if not any(c in str(p) for c in "*?[")), Path(".")))
        if path.exists() and path not in roots:
            roots.append(path)
    return roots


def watch_paths(paths: Sequence[str], options: BatchOptions, chosen: Sequence[tuple[str, Path | None]],
                *, color: bool, verbose: bool, stop_after: float | None = None) -> int:
    """Audit ``paths``, then keep re-auditing what changes until interrupted."""
    from watchfiles import watch

    from auditor.discover import expand
    from auditor.paths import relative_path

    if "-" in paths:
        raise click.UsageError("--watch needs files or folders, not standard input")
    html_dir = next(((p or Path("audit-report")) for name, p in chosen if name == "html"), None)
    packs = (*config_for("-", options).extend_rules, *options.rules.extra_packs)
    results = {r.path: r for r in audit_many(paths, options)}
    _print(results.values(), color, verbose)
    if html_dir is not None:
        _report(results, html_dir, packs)
    roots = _roots(paths)
    deadline = None if stop_after is None else time.monotonic() + stop_after
    announced = False
    try:
        for changes in watch(*roots, debounce=300, step=50, rust_timeout=500, yield_on_timeout=True):
            if not announced:  # said once the watcher runs: an edit made after this line is seen
                click.echo(f"Watching {len(results)} files for changes (Ctrl-C to stop)…", err=True)
                announced = True
            if deadline is not None and time.monotonic() > deadline:
                break
            if not changes:
                continue
            changed = sorted({relative_path(Path(p)) for _, p in changes})
            report_dir = html_dir.resolve() if html_dir is not None else None
            targets = {t.path for t in expand(paths, _excluded(options)) if not t.error
                       and not (report_dir and report_dir in Path(t.path).resolve().parents)}
            updated: list[FileResult] = []
            for path in changed:
                if path in targets:
                    result = audit_path(path, settings_for(path, options))
                    results[path] = result
                    updated.append(result)
                elif path in results and not Path(path).exists():
                    del results[path]
                    click.echo(f"── {path}: deleted", err=True)
            if updated:
                for result in updated:
                    click.echo(f"── {result.path} changed ({time.strftime('%H:%M:%S')})")
                    _print([result], color, verbose)
            if html_dir is not None and (updated or len(results) != len(targets)):
                _report(results, html_dir, packs)
    except KeyboardInterrupt:
        pass
    return 0
