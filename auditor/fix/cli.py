"""``auditor check --fix / --diff``: fix the files named on the command line.

Files come from the same expansion as the audit (a named file, the articles of a
named folder, a glob's matches), so nothing outside what the user named is touched;
standard input is never written. Each changed file is replaced atomically.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import click

from auditor.fix.edits import FixOptions
from auditor.fix.run import fix_bytes, unified_diff


def run_fixes(paths: Sequence[str], options: object, *, write: bool, unsafe: bool) -> int:
    """Fix (``write``) or show the diff of every named file; the number of files that
    change. Messages go to stderr, diffs to stdout."""
    from auditor.api import BatchOptions, config_for, settings_for
    from auditor.config import is_excluded
    from auditor.discover import expand
    from auditor.fileio import write_atomic

    assert isinstance(options, BatchOptions)
    changed = 0
    targets = expand(paths, lambda p: is_excluded(p, config_for(str(p), options)))
    for target in targets:
        if target.error or target.path == "-":
            if target.path == "-":
                click.echo("auditor: standard input is never fixed: use a file", err=True)
            continue
        path = target.path
        try:
            data = Path(path).read_bytes()
        except OSError:
            continue  # the audit that follows reports it
        if Path(path).suffix.lower() == ".docx":
            continue
        settings = settings_for(path, options)
        fix_options = FixOptions(unsafe=unsafe, https_hosts=config_for(path, options).https_hosts)
        outcome = fix_bytes(data, path, settings, fix_options)
        if outcome.error is not None:
            if "not UTF-8" in outcome.error or "Markdown and HTML" in outcome.error:
                click.echo(f"auditor: {path}: {outcome.error}", err=True)
            continue  # a parse error: never written, and reported by the audit
        if not outcome.changed:
            continue
        changed += 1
        summary = ", ".join(f"{rule} ×{n}" if n > 1 else rule for rule, n in sorted(outcome.applied.items()))
        if write:
            write_atomic(Path(path), outcome.fixed.encode("utf-8"), keep_mode=True)
            click.echo(f"Fixed {path}: {summary}", err=True)
        else:
            sys.stdout.write(unified_diff(outcome))
    return changed
