"""The pickled copy of the built-in rule pack: same rules as the TOML, renewed when a
pack file changes, and never needed (off, unwritable or corrupt: the TOML is read)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from auditor import rulepacks


@pytest.fixture()
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "default"
    shutil.copytree(rulepacks.builtin_pack(), folder)
    monkeypatch.setattr(rulepacks, "builtin_pack", lambda: folder)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("AUDITOR_PACK_CACHE", raising=False)
    return folder


def copies(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache" / "auditor").glob("pack-*.pickle"))


def test_the_copy_loads_the_same_rules_as_the_toml(pack: Path, tmp_path: Path) -> None:
    parsed = rulepacks.load_pack(pack)
    assert len(copies(tmp_path)) == 1
    again = rulepacks.load_pack(pack)
    assert again == parsed and [r.source for r in again] == [r.source for r in parsed]
    assert len(parsed) > 50


def test_a_copy_is_used_not_the_toml(pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rulepacks.load_pack(pack)
    monkeypatch.setattr(rulepacks, "_read_toml", lambda path: pytest.fail(f"parsed {path}"))
    assert rulepacks.load_pack(pack)


def test_an_edited_pack_file_is_read_again(pack: Path, tmp_path: Path) -> None:
    before = rulepacks.load_pack(pack)
    target = pack / "headline.toml"
    text = target.read_text(encoding="utf-8")
    first = next(r for r in before if Path(r.source) == target)
    target.write_text(text.replace(f'id = "{first.id}"', f'id = "{first.id}X"', 1), encoding="utf-8")
    os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 10**9))
    after = rulepacks.load_pack(pack)
    assert first.id + "X" in {r.id for r in after} and first.id not in {r.id for r in after}
    assert len(copies(tmp_path)) == 1  # the stale copy is gone


def test_a_corrupt_copy_is_ignored(pack: Path, tmp_path: Path) -> None:
    parsed = rulepacks.load_pack(pack)
    copies(tmp_path)[0].write_bytes(b"not a pickle")
    assert rulepacks.load_pack(pack) == parsed


def test_off_or_unwritable_means_the_toml_each_time(pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDITOR_PACK_CACHE", "0")
    parsed = rulepacks.load_pack(pack)
    assert copies(tmp_path) == []
    monkeypatch.delenv("AUDITOR_PACK_CACHE")
    (tmp_path / "cache").write_text("a file where the folder would go")
    assert rulepacks.load_pack(pack) == parsed


def test_another_checkouts_copy_stays(pack: Path, tmp_path: Path) -> None:
    """Worktrees (or a CI matrix) sharing a home keep their own copies: a run of one
    does not make the other parse the TOML again."""
    folder = tmp_path / "cache" / "auditor"
    folder.mkdir(parents=True)
    theirs = folder / "pack-0123456789ab-feedface.pickle"
    theirs.write_bytes(b"another checkout's copy")
    rulepacks.load_pack(pack)
    assert theirs.exists() and len(copies(tmp_path)) == 2
