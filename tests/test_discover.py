"""Discovery names each file as resolving and relativising it alone would, from each
folder's names worked out once (auditor.discover._walk)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from auditor.discover import expand
from auditor.paths import relative_path


def _tree(root: Path) -> None:
    for name in ("a.html", "b.md", "..html", "a.", ".hidden.html", "notes.pdf", "c.HTML", "d.warc.gz"):
        (root / name).write_text("x")
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "sub" / "z.html").write_text("x")
    (root / "sub" / "deeper" / "y.txt").write_text("x")
    (root / ".git").mkdir()
    (root / ".git" / "hidden.html").write_text("x")
    (root / "sub" / "link.html").symlink_to(root / "a.html")  # the same file twice: listed once
    (root / "sub" / "dirlink").symlink_to(root / "sub" / "deeper", target_is_directory=True)


def _one_by_one(folder: str) -> list[str]:
    """What expand gave before: every file resolved and made relative on its own."""
    from auditor.discover import ARTICLE_SUFFIXES, is_warc

    shown, seen = [], set()
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in {"node_modules"})
        for name in sorted(files):
            path = Path(root) / name
            if (path.suffix.lower() in ARTICLE_SUFFIXES or is_warc(name)) and path.resolve() not in seen:
                seen.add(path.resolve())
                shown.append(relative_path(path))
    return shown


@pytest.mark.parametrize("spelling", ["site", "./site//", "site/../site", "ABS", "."])
def test_folder_walk_names_files_as_one_by_one(tmp_path: Path, spelling: str) -> None:
    site = tmp_path / "site"
    site.mkdir()
    _tree(site)
    here = os.getcwd()
    os.chdir(site if spelling == "." else tmp_path)
    try:
        arg = str(site) if spelling == "ABS" else spelling
        got = [t.path for t in expand([arg])]
        assert got == _one_by_one(arg)
        assert "sub/link.html" not in " ".join(got) and any(p.endswith("..html") for p in got)
    finally:
        os.chdir(here)


def test_a_folder_outside_the_working_directory_keeps_absolute_names(tmp_path: Path) -> None:
    site = tmp_path / "out"
    site.mkdir()
    _tree(site)
    inner = tmp_path / "cwd"
    inner.mkdir()
    here = os.getcwd()
    os.chdir(inner)
    try:
        for arg in (str(site), "../out"):
            assert [t.path for t in expand([arg])] == _one_by_one(arg)
        # a file named twice (folder, then explicitly) is audited once
        assert [t.path for t in expand(["../out", "../out/a.html"])] == _one_by_one("../out")
    finally:
        os.chdir(here)
