"""The CLI freezes the garbage collector at exit (auditor.cli.main): whatever a run
writes must still be complete when the process ends (a file output, the cache)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "# 3 ways to water a garden\n\nWater early in the morning.\n\n## 1. A can\n\nSlow.\n\n## 2. A hose\n\nFast.\n"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "auditor", "check", *args, "--no-config"],
                          capture_output=True, text=True, cwd=ROOT)


def test_outputs_and_cache_are_complete_after_exit(tmp_path: Path) -> None:
    article = tmp_path / "garden.md"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.json"
    first = _run(str(article), "--format", "json", "-o", str(out), "--cache-dir", str(tmp_path / "cache"))
    assert first.returncode in (0, 1), first.stderr
    written = json.loads(out.read_text(encoding="utf-8"))  # complete JSON, closed before exit
    again = _run(str(article), "--format", "json", "--cache-dir", str(tmp_path / "cache"))
    assert json.loads(again.stdout) == written  # the cache the first run filled answers the second
    assert "atexit" not in first.stderr and "Traceback" not in first.stderr + again.stderr
