"""CI insists: without ../shared a CI run fails instead of skipping the corpus tests,
and slow tests are skipped locally but run in CI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _pytest(tmp_path: Path, ci: bool) -> subprocess.CompletedProcess[str]:
    project = tmp_path / "deep" / "project"  # ../shared of it does not exist
    (project / "tests").mkdir(parents=True)
    shutil.copy(HERE / "conftest.py", project / "tests" / "conftest.py")
    (project / "tests" / "test_x.py").write_text(
        "import pytest\n\n@pytest.mark.slow\ndef test_slow():\n    pass\n\ndef test_fast():\n    pass\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k != "CI"} | ({"CI": "true"} if ci else {})
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
                          cwd=project, env=env, capture_output=True, text=True, timeout=120, check=False)


def test_ci_fails_without_shared(tmp_path: Path) -> None:
    proc = _pytest(tmp_path, ci=True)
    assert proc.returncode != 0
    assert "CI=true but" in proc.stdout + proc.stderr and "is missing" in proc.stdout + proc.stderr


def test_locally_slow_tests_skip_with_a_reason(tmp_path: Path) -> None:
    proc = _pytest(tmp_path, ci=False)
    assert proc.returncode == 0, proc.stdout
    assert "1 passed, 1 skipped" in proc.stdout
