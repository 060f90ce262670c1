"""The cyclic collector is paused while the command loads and while ``check`` sets up
(no collection walks what start-up builds), and is always back as it was after."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


# A collection counts when it runs inside the module's code (compiling its source,
# when no .pyc is kept, comes before its first line).
_IN_CLI = """
import gc, sys
runs = []
def inside_cli():
    frame = sys._getframe()
    while frame is not None:
        if frame.f_code.co_name == "<module>" and frame.f_code.co_filename.endswith("cli.py"):
            return True
        frame = frame.f_back
    return False
gc.callbacks.append(lambda phase, info: phase == "start" and inside_cli() and runs.append(info))
"""


def test_no_collection_while_the_command_loads() -> None:
    assert _run(_IN_CLI + "import auditor.cli\nprint(len(runs), gc.isenabled())") == "0 True"


def test_the_collector_stays_off_when_it_was() -> None:
    assert _run("import gc\ngc.disable()\nimport auditor.cli\nprint(gc.isenabled())") == "False"


def test_a_check_leaves_the_collector_on(tmp_path: Path) -> None:
    from auditor.cli import main

    article = tmp_path / "a.md"
    article.write_text("# 3 ways to water a garden\n\nWater early.\n\n## 1. A can\n\nSlow.\n", encoding="utf-8")
    assert gc.isenabled()
    result = CliRunner().invoke(main, ["check", str(article), "--no-config", "--no-cache"])
    assert result.exit_code in (0, 1), result.output
    assert gc.isenabled()


def test_no_collection_in_a_one_article_check(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("# 3 ways to water a garden\n\nWater early.\n\n## 1. A can\n\nSlow.\n", encoding="utf-8")
    code = ("import gc, sys\nfrom auditor.cli import main\nruns = []\n"
            "gc.callbacks.append(lambda phase, info: phase == 'start' and runs.append(info))\n"
            f"sys.argv = ['auditor', 'check', {str(article)!r}, '--no-config', '--no-cache', '-q']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\nprint(len(runs), gc.isenabled())")
    assert _run(code).splitlines()[-1] == "0 True"
