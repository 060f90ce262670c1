"""Turn command-line paths into the list of articles to audit.

Files are taken as given (whatever their extension); directories are walked for
article extensions, skipping hidden folders and the config's ``exclude`` globs;
glob patterns are expanded. A path that yields nothing becomes an error entry, so
one bad argument is reported and the rest still run.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from auditor.paths import relative_path
from auditor.record import Record
from auditor.sources.detect import ARTICLE_EXTENSIONS as ARTICLE_SUFFIXES
from auditor.sources.detect import is_warc

_SKIP_DIRS = frozenset({"node_modules", "__pycache__", "venv", ".venv", "site-packages"})


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Target(Record):
    """One file found from the command line's paths, or why it cannot be audited."""

    path: str  # as it will be shown: relative to the cwd when possible, POSIX style
    error: str | None = None  # why it cannot be audited


def _suffix(name: str) -> str:
    """``PurePath(name).suffix``, without building a path."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _walk(folder: Path, excluded: Callable[[Path], bool] | None) -> Iterator[tuple[str, str]]:
    """Article files under ``folder``, each as (shown path, real path): a
    folder's shown and real paths are worked out once, and a file's are its folder's
    and its name (a symbolic link is resolved on its own): 20,000 files each
    resolved and made relative on their own took most of a warm run's second."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(
            d for d in dirs
            if not d.startswith(".") and d not in _SKIP_DIRS and not (excluded and excluded(Path(root) / d))
        )
        shown_root = relative_path(root)
        real_root = os.path.realpath(root)
        for name in sorted(files):
            if not (_suffix(name).lower() in ARTICLE_SUFFIXES or is_warc(name)):
                continue
            if excluded is not None and excluded(Path(root, name)):  # a path object only for a judge
                continue
            real = os.path.join(real_root, name)
            if os.path.islink(real):
                real = os.path.realpath(real)
            yield name if shown_root == "." else f"{shown_root}/{name}", real


def expand(args: Iterable[str], excluded: Callable[[Path], bool] | None = None) -> list[Target]:
    """Targets for ``args`` in a stable order, each file once. ``excluded`` (None: none
    is) judges each file and folder found in a folder or by a glob."""
    targets: list[Target] = []
    seen: set[str] = set()

    def found(shown: str, real: str) -> None:
        if real not in seen:
            seen.add(real)
            targets.append(Target(shown))

    def add(path: Path) -> None:
        found(relative_path(path), os.path.realpath(path))

    for arg in args:
        if arg == "-":
            targets.append(Target("-"))
            continue
        if _is_url(arg):  # s3://bucket/*.html: the workers read these through fsspec
            targets.extend(_expand_url(arg))
            continue
        path = Path(arg)
        if path.is_dir():
            any_found = False
            for shown, real in _walk(path, excluded):
                any_found = True
                found(shown, real)
            if not any_found:
                targets.append(
                    Target(relative_path(path), "no articles found in directory "
                           f"(looked for {', '.join(sorted(ARTICLE_SUFFIXES))})")
                )
        elif path.exists():
            add(path)  # an explicit file is audited even when excluded or odd-named
        elif glob.has_magic(arg):
            matches = sorted(Path(p) for p in glob.glob(arg, recursive=True))
            files = [m for m in matches if m.is_file() and not (excluded and excluded(m))]
            if not files:
                targets.append(Target(arg, "no files match this pattern"))
            for file in files:
                add(file)
        else:
            targets.append(Target(relative_path(path), "no such file or directory"))
    return targets


def _is_url(arg: str) -> bool:
    scheme, sep, _rest = arg.partition("://")
    return bool(sep) and scheme.isidentifier()


def _expand_url(url: str) -> list[Target]:
    """A URL as given, or a URL glob expanded by its fsspec filesystem."""
    if not glob.has_magic(url.partition("://")[2]):
        return [Target(url)]
    try:
        import fsspec

        fs, pattern = fsspec.core.url_to_fs(url)
        found = sorted(fs.unstrip_protocol(p) for p in fs.glob(pattern))
    except ImportError as exc:
        return [Target(url, f"cannot list this URL: {exc} (pip install fsspec and the filesystem's package)")]
    except (OSError, ValueError) as exc:
        return [Target(url, f"cannot list this URL: {exc}")]
    files = [f for f in found if f.lower().endswith(tuple(ARTICLE_SUFFIXES))]
    return [Target(f) for f in files] or [Target(url, "no files match this pattern")]
