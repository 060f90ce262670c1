"""The editor features' dependencies load only when used: `auditor check` start-up
never imports pygls, lsprotocol, python-docx or watchfiles."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from click.testing import CliRunner
from auditor.cli import main
CliRunner().invoke(main, ["check", sys.argv[1]])
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"pygls", "lsprotocol", "docx", "watchfiles"})
print(",".join(heavy))
"""


def test_check_does_not_import_editor_dependencies(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("# 3 Ways to Save Water at Home\n\n## 1. Fix leaks\n\nNow.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-c", SCRIPT, str(article)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == ""
