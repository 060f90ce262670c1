"""How auditor names a file: one relative POSIX path, the same in the terminal,
baselines and the CI writers (SARIF, JUnit, GitHub annotations)."""

from __future__ import annotations

import os
from pathlib import Path


def relative_path(path: str | os.PathLike[str], root: Path | None = None) -> str:
    """``path`` as a POSIX path relative to ``root`` (default: the working directory).

    Relative paths are normalised (``./a//b.md`` → ``a/b.md``); absolute paths inside
    ``root`` are made relative; paths outside it (or on another drive) stay absolute.
    ``-`` (standard input) and ``<stdin>`` are returned as they are.
    """
    path = os.fspath(path)
    if path in ("-", "<stdin>", "") or "://" in path:  # a URL (web archive record) stays as it is
        return path
    p = Path(path)
    if p.is_absolute():
        base = (root or Path.cwd()).absolute()
        try:
            rel = os.path.relpath(os.path.normpath(p), os.path.normpath(base))
        except ValueError:  # another drive on Windows
            return p.as_posix()
        if rel == ".." or rel.startswith(".." + os.sep):
            return p.as_posix()
        p = Path(rel)
    return Path(os.path.normpath(p)).as_posix()
