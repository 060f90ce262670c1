"""The report folder on disk: atomic writes and cleaning only what the report owns.

Every file is written to a temporary name in its own folder and moved into place with
``os.replace``, so a browser or a zip never sees half a page. A file whose bytes are
already on disk is left alone, so re-running over the same results keeps mtimes and
makes incremental syncs (rsync, object storage) cheap.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from auditor import fileio
from auditor.errors import UserError

ARTICLES = "articles"
ASSETS = "assets"
# Top-level files the report writes besides assets/ and articles/.
TOP_FILES = ("index.html", "rules.html", "data.js")
# An article page is "<slug>-<10 hex>.html" (see model.article_file); temp files are
# ".<name>.<pid>.<hex>.tmp" (see auditor.fileio). Cleaning removes only names of these shapes.
_ARTICLE_RE = re.compile(r"^[a-z0-9][a-z0-9-]*-[0-9a-f]{10}\.html$")
_TEMP_RE = re.compile(r"^\..+\.\d+\.[0-9a-f]{8}\.tmp$")
# Characters that are not allowed in an HTML document (C0 controls but tab, LF, CR,
# and DEL); untrusted text may carry them, so they become U+FFFD on the way out.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class ReportError(UserError):
    """The report cannot be written where asked; the message names the path."""


def encode_text(text: str) -> bytes:
    # Paths decoded with surrogateescape may hold lone surrogates: replace, never crash.
    return _CONTROL.sub("\ufffd", text).encode("utf-8", "replace")


def write_atomic(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` atomically; return False when it was already there."""
    return fileio.write_atomic(path, data, skip_unchanged=True)


def prepare_dir(out_dir: Path, asset_names: Iterable[str], *, clean: bool) -> None:
    """Create ``out_dir`` (and its ``articles``/``assets`` folders); with ``clean``,
    first remove the files a previous report wrote there and nothing else."""
    if out_dir.exists() and not out_dir.is_dir():
        raise ReportError(f"{out_dir}: exists and is not a folder")
    out_dir.mkdir(parents=True, exist_ok=True)
    if clean:
        clean_report(out_dir, asset_names)
    for sub in (ARTICLES, ASSETS):
        folder = out_dir / sub
        if folder.exists() and not folder.is_dir():
            raise ReportError(f"{folder}: exists and is not a folder")
        folder.mkdir(exist_ok=True)


def clean_report(out_dir: Path, asset_names: Iterable[str]) -> list[Path]:
    """Remove what a report owns in ``out_dir``: its top-level files, its assets and
    the article pages (by name shape). Other files stay, and nothing is followed
    through a symlink, so nothing outside ``out_dir`` can be deleted."""
    removed: list[Path] = []

    def remove(path: Path) -> None:
        if path.is_symlink() or path.is_file():
            path.unlink()
            removed.append(path)

    for name in TOP_FILES:
        remove(out_dir / name)
    for entry in _entries(out_dir):
        if _TEMP_RE.match(entry.name):
            remove(entry)
    assets = out_dir / ASSETS
    if assets.is_symlink():
        remove(assets)
    elif assets.is_dir():
        for name in asset_names:
            remove(assets / name)
        for entry in _entries(assets):
            if _TEMP_RE.match(entry.name):
                remove(entry)
        _rmdir_if_empty(assets)
    articles = out_dir / ARTICLES
    if articles.is_symlink():
        remove(articles)
    elif articles.is_dir():
        for entry in _entries(articles):
            if _ARTICLE_RE.match(entry.name) or _TEMP_RE.match(entry.name):
                remove(entry)
        _rmdir_if_empty(articles)
    return removed


def prune_articles(out_dir: Path, keep: set[str], inputs: set[Path]) -> list[Path]:
    """Remove article pages an earlier report left in ``out_dir/articles`` that this
    report did not write (names in ``keep``): the folder then holds this report and
    nothing older, so a draft audited once never ships with a later report. Only
    names of the article shape go, never one of this run's ``inputs``, never through
    a symlinked folder."""
    articles = out_dir / ARTICLES
    if articles.is_symlink() or not articles.is_dir():
        return []
    removed: list[Path] = []
    for entry in _entries(articles):
        if entry.name in keep or not _ARTICLE_RE.match(entry.name) or entry.resolve() in inputs:
            continue
        entry.unlink()
        removed.append(entry)
    return removed


def _entries(folder: Path) -> list[Path]:
    with os.scandir(folder) as it:
        return [Path(e.path) for e in it if not e.is_dir(follow_symlinks=False)]


def _rmdir_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass  # something of the user's is in there: keep it
