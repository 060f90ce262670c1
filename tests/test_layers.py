"""Checks are pure functions from the model to hits: they import the model, the text
helpers and the check registry, never a parser or the structure stage (facts are
decided once, upstream, and read from the Document)."""

from __future__ import annotations

import ast
from pathlib import Path

CHECKS = Path(__file__).resolve().parents[1] / "auditor" / "checks"
ALLOWED = (
    "auditor.model", "auditor.checks", "auditor.text", "auditor.saferegex", "auditor.errors",
    "auditor.links.urls", "auditor.structured.model",
)


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "auditor":  # from auditor import saferegex
                names.extend(f"auditor.{a.name}" for a in node.names)
            elif node.module == "auditor.links":
                names.extend(f"auditor.links.{a.name}" for a in node.names)
            else:
                names.append(node.module)
        elif isinstance(node, ast.Import):
            names.extend(a.name for a in node.names)
    return [n for n in names if n.startswith("auditor")]


def test_checks_import_only_the_model_text_helpers_and_the_registry() -> None:
    offending = {
        path.name: bad
        for path in sorted(CHECKS.glob("*.py"))
        if (bad := [n for n in _imports(path) if not n.startswith(ALLOWED)])
    }
    assert offending == {}
