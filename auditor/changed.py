"""Which files changed: ``auditor check --changed [--base REF]``.

The changed set is what a pull request would show plus what is not committed yet:

* ``git diff --name-only --diff-filter=ACMR BASE...HEAD`` — committed on this branch
  since it left BASE (added, copied, modified, renamed; deletions have nothing to
  audit);
* staged and unstaged changes to tracked files;
* untracked files that are not ignored (a new article not yet ``git add``-ed).

Without ``--base`` the base is the merge-base with ``origin/HEAD``, then ``main``,
``master``, ``origin/main``, ``origin/master``; failing all those, ``HEAD`` (only
uncommitted changes count) — except in a shallow clone, where guessing would audit
nothing and pass, so it is an error. Paths come back absolute, sorted, existing
files only.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable, Sequence
from pathlib import Path

from auditor.errors import UserError

DEFAULT_BASES: tuple[str, ...] = ("origin/HEAD", "main", "master", "origin/main", "origin/master")


class ChangedFilesError(UserError, RuntimeError):
    """git could not say what changed; ``str(exc)`` is one line."""


def _git(args: Sequence[str], cwd: Path) -> str:
    try:
        proc = subprocess.run(
            ["git", *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="surrogateescape",
            check=False,
        )
    except FileNotFoundError:
        raise ChangedFilesError("--changed needs git, and git is not installed") from None
    except NotADirectoryError:
        raise ChangedFilesError(f"{cwd}: not a directory") from None
    if proc.returncode != 0:
        lines = [ln.strip() for ln in proc.stderr.splitlines() if ln.strip()]
        detail = lines[0] if lines else f"exit status {proc.returncode}"
        command = next((a for a in args if not a.startswith("-") and "=" not in a), "")
        raise ChangedFilesError(f"git {command} failed: {detail.removeprefix('fatal: ')}")
    return proc.stdout


def _names(output: str) -> list[str]:
    return [name for name in output.split("\0") if name]


def _has_commit(ref: str, cwd: Path) -> bool:
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd)
    except ChangedFilesError:
        return False
    return True


def repo_root(cwd: Path) -> Path:
    """The top of the work tree containing ``cwd``."""
    if not cwd.is_dir():
        raise ChangedFilesError(f"{cwd}: not a directory")
    try:
        out = _git(["rev-parse", "--show-toplevel"], cwd)
    except ChangedFilesError:
        raise ChangedFilesError(f"{cwd}: not inside a git work tree (--changed needs git)") from None
    return Path(out.strip())


def _is_shallow(cwd: Path) -> bool:
    return _git(["rev-parse", "--is-shallow-repository"], cwd).strip() == "true"


def default_base(cwd: Path) -> str:
    """The merge-base of HEAD with the first of :data:`DEFAULT_BASES` that exists
    (as a commit id), or ``HEAD`` when none does.

    In a shallow clone (CI's default checkout) a missing base or merge-base is an
    error, not a fallback: falling back to HEAD would audit nothing and pass."""
    shallow = _is_shallow(cwd)
    for ref in DEFAULT_BASES:
        if _has_commit(ref, cwd):
            try:
                return _git(["merge-base", ref, "HEAD"], cwd).strip()
            except ChangedFilesError:
                if shallow:
                    raise ChangedFilesError(
                        f"no merge base with {ref} in this shallow clone: "
                        "fetch the full history (fetch-depth: 0) or pass --base"
                    ) from None
                continue  # unrelated histories: try the next candidate
    if shallow:
        raise ChangedFilesError(
            "shallow clone without origin/HEAD, main or master: "
            "fetch the full history (fetch-depth: 0) or pass --base REF"
        )
    return "HEAD"


def changed_files(base: str | None, cwd: Path) -> list[Path]:
    """Files changed since ``base`` (see the module docstring), absolute and sorted."""
    root = repo_root(cwd)
    if not _has_commit("HEAD", root):
        # A fresh repository without commits: everything present is new.
        names = _names(_git(["ls-files", "-z", "--cached", "--others", "--exclude-standard"], root))
        return _existing(root, names)
    if base is None:
        base = default_base(root)
    elif not _has_commit(base, root):
        raise ChangedFilesError(
            f"unknown base {base!r}: not a commit here (in CI, fetch it or use fetch-depth: 0)"
        )
    diff = ["-c", "core.quotepath=off", "diff", "--name-only", "-z", "--diff-filter=ACMR"]
    try:
        committed = _git([*diff, f"{base}...HEAD"], root)
    except ChangedFilesError as exc:
        raise ChangedFilesError(
            f"cannot compare {base} with HEAD ({exc}); is the history shallow? "
            "fetch more of it (fetch-depth: 0)"
        ) from None
    names = _names(committed)
    names += _names(_git([*diff, "--cached"], root))  # staged
    names += _names(_git(diff, root))  # unstaged
    names += _names(_git(["ls-files", "-z", "--others", "--exclude-standard"], root))
    return _existing(root, names)


def _existing(root: Path, names: Iterable[str]) -> list[Path]:
    paths = {root / name for name in names}
    return sorted(p for p in paths if p.is_file())

