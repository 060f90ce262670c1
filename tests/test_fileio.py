"""Atomic writes: modes as each caller needs, unchanged files left alone, no debris."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from auditor.fileio import SHARED_MODE, write_atomic


def test_keep_mode_keeps_the_replaced_files_mode_and_new_files_are_shared(tmp_path: Path) -> None:
    new = tmp_path / "new.json"
    assert write_atomic(new, b"1", keep_mode=True)
    assert new.stat().st_mode & 0o777 == SHARED_MODE
    old = tmp_path / "old.json"
    old.write_bytes(b"0")
    old.chmod(0o640)
    write_atomic(old, b"1", keep_mode=True, fsync=True)
    assert old.read_bytes() == b"1" and old.stat().st_mode & 0o777 == 0o640


def test_without_keep_mode_the_umask_decides(tmp_path: Path) -> None:
    umask = os.umask(0o027)
    try:
        write_atomic(tmp_path / "page.html", b"x")
    finally:
        os.umask(umask)
    assert (tmp_path / "page.html").stat().st_mode & 0o777 == 0o640


def test_skip_unchanged_leaves_the_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    path.write_bytes(b"same")
    os.utime(path, (1_000_000, 1_000_000))
    assert write_atomic(path, b"same", skip_unchanged=True) is False
    assert path.stat().st_mtime == 1_000_000
    assert write_atomic(path, b"same") is True  # without the flag it is rewritten


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "out.sarif"
    path.write_bytes(b"old")

    def boom(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_atomic(path, b"new", keep_mode=True)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.sarif"]
