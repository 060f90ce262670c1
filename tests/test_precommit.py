"""The pre-commit hook: the manifest is valid, and a commit with a bad article fails.

pre-commit cannot clone this repository in a test (no network), so the end-to-end
test runs the manifest's hook as a ``repo: local`` hook with ``language: system``
and the ``auditor`` executable of this environment; everything else (``files``,
``types``, filename passing, exit status) is the manifest's own definition.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / ".pre-commit-hooks.yaml"
AUDITOR = Path(sys.executable).parent / "auditor"

# A house rule from the generic phrase check, so the test does not depend on which
# built-in rules exist or how they are tuned.
PACK = '''
[[rule]]
id = "ZZ001"
name = "house-banned-word"
category = "readability"
level = "error"
check = "text.phrases"
message = "Avoid \\"{text}\\": say what happened."
[rule.params]
phrases = ["synergize"]
[rule.doc]
summary = "A house style ban."
'''
GOOD = "# 3 Ways to Cook Rice\n\nWe cook the rice slowly.\n"
BAD = "# 3 Ways to Cook Rice\n\nWe synergize the rice slowly.\n"
HOOK_ARGS = ["--no-config", "--rules", "house", "--select", "ZZ001"]

GIT_ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.invalid",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.invalid",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def hook() -> dict[str, Any]:
    hooks = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(hooks, list) and len(hooks) == 1
    return dict(hooks[0])


def test_manifest_has_the_expected_hook() -> None:
    h = hook()
    assert h["id"] == "auditor"
    assert h["entry"] == "auditor check"
    assert h["language"] == "python"
    assert h["require_serial"] is False
    assert h.get("pass_filenames", True) is True


def test_manifest_is_valid_for_pre_commit() -> None:
    clientlib = pytest.importorskip("pre_commit.clientlib", reason="pre-commit not installed (test extra)")
    [loaded] = clientlib.load_manifest(str(MANIFEST))
    assert loaded["id"] == "auditor"


@pytest.mark.parametrize(
    ("name", "matched"),
    [
        ("posts/a.md", True),
        ("posts/A.MARKDOWN", True),
        ("site/index.html", True),
        ("site/old.HTM", True),
        ("site/x.xhtml", True),
        ("docs/page.mdx", True),
        ("requirements.txt", False),  # plain text is opt-in per repository
        ("setup.py", False),
        ("notes.md.bak", False),
    ],
)
def test_manifest_files_pattern(name: str, matched: bool) -> None:
    assert bool(re.search(hook()["files"], name)) is matched


def test_manifest_covers_every_walked_suffix_but_plain_text() -> None:
    import auditor.discover as discover  # a broken import fails, never skips
    pattern = hook()["files"]
    for suffix in discover.ARTICLE_SUFFIXES:
        # .docx is binary: the hook's `types: [text]` would drop it anyway (opt in per repository).
        assert bool(re.search(pattern, f"a{suffix}")) is (suffix not in (".txt", ".text", ".docx")), suffix


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env={**os.environ, **GIT_ENV})


def _auditor_runs(repo: Path) -> None:
    """Skip (not fail) while the CLI cannot even import its modules, as during
    development; any other failure is the test's business."""
    proc = subprocess.run(
        [str(AUDITOR), "check", *HOOK_ARGS, "good.md"], cwd=repo, capture_output=True, text=True
    )
    if proc.returncode not in (0, 1) and re.search(r"(ModuleNotFound|Import)Error", proc.stderr):
        pytest.skip(f"`auditor check` does not run yet: {proc.stderr.strip().splitlines()[-1]}")


def test_pre_commit_fails_on_bad_article_and_passes_on_good(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit", reason="pre-commit not installed (test extra)")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not AUDITOR.is_file():
        pytest.skip(f"no auditor executable beside {sys.executable} (pip install -e .)")
    repo = tmp_path / "site"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "house").mkdir()
    (repo / "house" / "house.toml").write_text(PACK, encoding="utf-8")
    (repo / "good.md").write_text(GOOD, encoding="utf-8")
    (repo / "bad.md").write_text(BAD, encoding="utf-8")
    (repo / "notes.txt").write_text(BAD, encoding="utf-8")  # not matched by the hook
    _auditor_runs(repo)

    local = {**hook(), "language": "system", "entry": f"{AUDITOR} check", "args": HOOK_ARGS}
    config = {"repos": [{"repo": "local", "hooks": [local]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    _git(repo, "add", ".")

    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
            cwd=repo, capture_output=True, text=True, env=env,
        )

    failed = run()
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "Failed" in failed.stdout
    assert "bad.md" in failed.stdout and "ZZ001" in failed.stdout
    assert re.search(r"^bad\.md:3:\d+\b.*ZZ001", failed.stdout, re.M), failed.stdout
    assert not re.search(r"^good\.md:\d+:\d+\b", failed.stdout, re.M)  # audited, clean
    assert "notes.txt" not in failed.stdout  # never passed to the hook

    _git(repo, "rm", "-q", "-f", "bad.md")
    passed = run()
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout
