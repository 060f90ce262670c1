"""--changed: files changed on the branch, plus staged, unstaged and untracked ones."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from auditor.changed import ChangedFilesError, changed_files, default_base

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.invalid",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.invalid",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repo: Path, *args: str) -> str:
    proc = subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, check=True, env={**os.environ, **ENV}
    )
    return proc.stdout


def diverge(repo: Path) -> None:
    """A branch ``feature`` adding posts/f.md, and a later commit on main adding
    posts/m.md; main is left checked out."""
    git(repo, "switch", "-q", "-c", "feature")
    (repo / "posts" / "f.md").write_text("f\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "f")
    git(repo, "switch", "-q", "main")
    (repo / "posts" / "m.md").write_text("m\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "m")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for key, value in ENV.items():
        monkeypatch.setenv(key, value)
    root = tmp_path / "site"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    (root / "posts").mkdir()
    for name in ("old.md", "edited.md", "doomed.md", "renamed.md"):
        (root / "posts" / name).write_text(f"# {name}\n")
    (root / ".gitignore").write_text("*.tmp\n")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "base")
    return root


def names(paths: list[Path], root: Path) -> list[str]:
    return [p.relative_to(root.resolve()).as_posix() for p in paths]


def test_changed_on_branch_plus_working_tree(repo: Path) -> None:
    git(repo, "switch", "-q", "-c", "feature")
    (repo / "posts" / "new.md").write_text("# new\n")
    (repo / "posts" / "edited.md").write_text("# edited more\n")
    git(repo, "mv", "posts/renamed.md", "posts/moved.md")
    git(repo, "rm", "-q", "posts/doomed.md")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "feature work")
    (repo / "posts" / "staged.md").write_text("# staged\n")
    git(repo, "add", "posts/staged.md")
    (repo / "posts" / "old.md").write_text("# old, edited but not staged\n")
    (repo / "posts" / "untracked.md").write_text("# untracked\n")
    (repo / "posts" / "ignored.tmp").write_text("ignored\n")

    found = changed_files(None, repo)
    assert all(p.is_absolute() for p in found)
    assert names(found, repo) == [
        "posts/edited.md",
        "posts/moved.md",
        "posts/new.md",
        "posts/old.md",
        "posts/staged.md",
        "posts/untracked.md",
    ]


def test_changed_with_explicit_base(repo: Path) -> None:
    first = git(repo, "rev-parse", "HEAD").strip()
    (repo / "posts" / "a.md").write_text("a\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "a")
    (repo / "posts" / "b.md").write_text("b\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "b")
    assert names(changed_files(first, repo), repo) == ["posts/a.md", "posts/b.md"]
    assert names(changed_files("HEAD~1", repo), repo) == ["posts/b.md"]
    # On main itself the default base is HEAD: only uncommitted work counts.
    assert changed_files(None, repo) == []


def test_changed_default_base_is_merge_base_with_main(repo: Path) -> None:
    fork = git(repo, "rev-parse", "HEAD").strip()
    diverge(repo)
    git(repo, "switch", "-q", "feature")
    assert default_base(repo) == fork
    # main's own later commit is not part of this branch's changes.
    assert names(changed_files(None, repo), repo) == ["posts/f.md"]


def test_changed_without_main_falls_back_to_head(repo: Path) -> None:
    git(repo, "branch", "-q", "-m", "main", "trunk")
    assert default_base(repo) == "HEAD"
    (repo / "posts" / "x.md").write_text("x\n")
    assert names(changed_files(None, repo), repo) == ["posts/x.md"]


def test_changed_from_a_subfolder_and_odd_names(repo: Path) -> None:
    odd = repo / "posts" / "ünï cøde, \"q\".md"
    odd.write_text("x\n")
    found = changed_files(None, repo / "posts")
    assert [p.resolve() for p in found] == [odd.resolve()]


def test_changed_in_repo_without_commits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in ENV.items():
        monkeypatch.setenv(key, value)
    git(tmp_path, "init", "-q")
    (tmp_path / "a.md").write_text("a\n")
    assert names(changed_files(None, tmp_path), tmp_path) == ["a.md"]


def test_changed_unknown_base_is_one_line_error(repo: Path) -> None:
    with pytest.raises(ChangedFilesError) as info:
        changed_files("no-such-branch", repo)
    assert "unknown base 'no-such-branch'" in str(info.value)
    assert "\n" not in str(info.value)


def test_changed_outside_git_is_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    plain = tmp_path / "plain"
    plain.mkdir()
    with pytest.raises(ChangedFilesError, match="not inside a git work tree") as info:
        changed_files(None, plain)
    assert "\n" not in str(info.value)


def test_changed_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(ChangedFilesError, match="not a directory"):
        changed_files(None, tmp_path / "missing")



def test_changed_in_shallow_clone_refuses_to_guess(repo: Path, tmp_path: Path) -> None:
    # CI's default checkout is shallow; silently comparing with HEAD would audit
    # nothing and pass, so both the default and an unrelated base are errors.
    diverge(repo)
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", "--branch", "feature", repo.as_uri(), str(clone))
    with pytest.raises(ChangedFilesError, match="shallow clone"):
        changed_files(None, clone)
    git(clone, "fetch", "-q", "--depth", "1", "origin", "main:refs/remotes/origin/main")
    with pytest.raises(ChangedFilesError, match="fetch-depth: 0"):
        changed_files(None, clone)
    with pytest.raises(ChangedFilesError, match="no merge base"):
        changed_files("origin/main", clone)
    git(clone, "fetch", "-q", "--unshallow", "origin")
    assert names(changed_files(None, clone), clone) == ["posts/f.md"]
