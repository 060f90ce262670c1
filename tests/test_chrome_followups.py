"""Follow-ups on the chrome judge: its modules import in any order, a link's name from
aria-labelledby survives a hidden label, links in the story's sentences stay the story's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("module", ["auditor.sources.widgets", "auditor.sources.overlays", "auditor.sources.chrome",
                                    "auditor.sources.chrome_facts", "auditor.sources.entries", "auditor.sources.body",
                                    "auditor.links.urls"])
def test_each_chrome_module_imports_alone(module: str) -> None:
    # A fresh interpreter: the modules imported by the test session hide an import cycle.
    env = dict(os.environ, PYTHONPATH=str(_ROOT))
    done = subprocess.run([sys.executable, "-c", f"import {module}"], env=env, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr


def test_cloaked_affiliate_reads_the_widgets_rule_without_the_judge_loaded() -> None:
    env = dict(os.environ, PYTHONPATH=str(_ROOT))
    code = ("from auditor.links.urls import cloaked_affiliate; import sys; "
            "assert 'auditor.sources.widgets' not in sys.modules; print(cloaked_affiliate('/recommends/ember-mug/'))")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"
