"""Checks are pure functions from the model to hits: they import the model, the text
helpers and the check registry, never a parser or the structure stage (facts are
decided once, upstream, and read from the Document)."""

from __future__ import annotations

import ast
from pathlib import Path

import mccabe

PACKAGE = Path(__file__).resolve().parents[1] / "auditor"
CHECKS = PACKAGE / "checks"
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


# Small functions with one job: over this cyclomatic complexity or length a function
# says why in a comment at its top ("# Complexity … on purpose: …", "# Long on purpose: …").
MAX_COMPLEXITY = 15
MAX_LINES = 60


def test_functions_over_the_complexity_budget_say_why() -> None:
    unexplained = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        visitor = mccabe.PathGraphingAstVisitor()
        visitor.preorder(tree, visitor)
        complexity = {graph.lineno: graph.complexity() for graph in visitor.graphs.values()}
        lines = source.splitlines()
        for node in ast.walk(tree):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if complexity.get(node.lineno, 0) <= MAX_COMPLEXITY and length <= MAX_LINES:
                continue
            body = node.body[1:] if ast.get_docstring(node) is not None and len(node.body) > 1 else node.body
            head = "\n".join(lines[node.lineno - 1 : body[0].lineno])  # signature, docstring, first comments
            if "# Complexity" not in head and "# Long" not in head:
                unexplained.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.name}")
    assert unexplained == []
