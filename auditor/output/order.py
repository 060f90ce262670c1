"""The CI writers' order: results by relative path, one at a time.

SARIF, JUnit and GitHub annotations name files by :func:`~auditor.paths.relative_path`
and list them sorted by it. A batch arrives as a :class:`~auditor.spool.SpooledResults`
(sorted by its index of paths, loaded one result at a time) or as any iterable; an
iterator is spooled on the way, so a batch of any size is never held as objects.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from auditor.model import FileResult
from auditor.paths import relative_path


def output_root(extra: dict[str, object]) -> Path | None:
    """The writers' ``context.extra["root"]`` as a Path (None: the working directory)."""
    root = extra.get("root")
    return Path(root) if isinstance(root, (str, Path)) else None


def by_relative_path(results: Iterable[FileResult], root: Path | None) -> Iterator[tuple[str, FileResult]]:
    """``(relative path, result)`` sorted by relative path, stable for equal paths."""
    from auditor.spool import SpooledResults

    def key(path: str) -> str:
        return relative_path(path, root)

    if isinstance(results, (list, tuple)):  # already in memory: nothing to save by spooling
        for result in sorted(results, key=lambda r: key(r.path)):
            yield key(result.path), result
        return
    # A spool (or a spool seen through the site stage's changes) orders itself lazily;
    # any other iterable is spooled on the way.
    ordered = getattr(results, "in_path_order", None)
    ours = None
    if ordered is None:
        ours = SpooledResults(results)
        ordered = ours.in_path_order
    try:
        for result in ordered(key):
            yield key(result.path), result
    finally:
        if ours is not None:  # ours: drop its temporary file now
            ours.close()
