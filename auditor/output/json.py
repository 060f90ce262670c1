"""The stable JSON output (schema in the README; tested in tests/test_output_json.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from auditor.model import FileResult, Finding
from auditor.output import RenderContext
from auditor.spool import in_path_order

SCHEMA_VERSION = 1


def finding_json(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule, "name": f.name, "category": f.category, "level": f.level,
        "message": f.message, "line": f.line, "column": f.column, "excerpt": f.excerpt,
    }


def file_json(r: FileResult) -> dict[str, Any]:
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
    files = failed = errors = warnings = infos = 0
    scores: list[int] = []
    for r in results:  # one pass, one result at a time: a spooled batch stays on disk
        files += 1
        if r.error:
            failed += 1
            continue
        errors += r.count("error")
        warnings += r.count("warning")
        infos += r.count("info")
        if r.score is not None:
            scores.append(r.score)
    return {
        "files": files,
        "errors": errors,
        "warnings": warnings,
        "infos": infos,
        "score": round(sum(scores) / len(scores)) if scores else None,
        "failed_files": failed,
    }


def render_chunks(results: Sequence[FileResult], context: RenderContext) -> Iterator[str]:
    """``render``'s text in pieces, one file entry at a time, so a batch of any size
    is written without building the whole document in memory."""
    head = {"tool": {"name": "auditor", "version": context.version}, "summary": summary_json(results)}
    text = json.dumps(head, indent=2, ensure_ascii=False)
    yield text[:-2] + ',\n  "files": ['
    first = True
    for r in in_path_order(results):
        entry = json.dumps(file_json(r), indent=2, ensure_ascii=False).replace("\n", "\n    ")
        yield ("\n    " if first else ",\n    ") + entry
        first = False
    yield "]\n}\n" if first else "\n  ]\n}\n"


def render(results: Sequence[FileResult], context: RenderContext) -> str:
    return "".join(render_chunks(results, context))
