"""The stable JSON output (schema in the README; tested in tests/test_output_json.py)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from auditor.model import FileResult, Finding
from auditor.output import RenderContext

SCHEMA_VERSION = 1


def finding_json(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule, "name": f.name, "category": f.category, "level": f.level,
        "message": f.message, "line": f.line, "column": f.column, "excerpt": f.excerpt,
    }


def file_json(r: FileResult) -> dict[str, Any]:
    entry = _file_json(r)
    if r.format == "docx":  # a .docx has no lines: "line" is the paragraph (¶) number
        entry["positions"] = "paragraph"
    return entry


def _file_json(r: FileResult) -> dict[str, Any]:
    return {
        "path": r.path,
        "format": r.format,
        "headline": r.headline,
        "title": r.title,
        "score": r.score,
        "scores": dict(r.scores),
        "metrics": dict(r.metrics) if not r.error else {},
        "findings": [finding_json(f) for f in r.findings],
        "error": r.error,
    }


def summary_json(results: Sequence[FileResult]) -> dict[str, Any]:
    audited = [r for r in results if not r.error]
    scores = [r.score for r in audited if r.score is not None]
    return {
        "files": len(results),
        "errors": sum(r.count("error") for r in audited),
        "warnings": sum(r.count("warning") for r in audited),
        "infos": sum(r.count("info") for r in audited),
        "score": round(sum(scores) / len(scores)) if scores else None,
        "failed_files": len(results) - len(audited),
    }


def render(results: Sequence[FileResult], context: RenderContext) -> str:
    document = {
        "tool": {"name": "auditor", "version": context.version},
        "summary": summary_json(results),
        "files": [file_json(r) for r in sorted(results, key=lambda r: r.path)],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
