"""The stable JSON output (schema in the README; tested in tests/test_output_json.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from auditor.engine.group import group_findings
from auditor.model import FileResult, Finding, ScoreBreakdown
from auditor.output import RenderContext, kept_in_path_order, text_of
from auditor.spool import in_path_order, verdicts

SCHEMA_VERSION = 1


def finding_json(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule, "name": f.name, "category": f.category, "level": f.level,
        "message": f.message, "line": f.line, "column": f.column, "excerpt": f.excerpt,
        # Further places of the same rule in this file (repeats are grouped).
        "related": [{**({"path": r.path} if r.path else {}), "line": r.line, "column": r.column,
                     "excerpt": r.excerpt} for r in f.related],
    }


def _number(value: float) -> float | int:
    """A weight or points as JSON shows them: whole numbers bare, others to 0.01."""
    return int(value) if value == int(value) else round(value, 2)


def breakdown_json(b: ScoreBreakdown | None) -> dict[str, Any] | None:
    """How the score was reached (README "Scores"): ``score`` is ``mean`` less the
    deductions' points, rounded, within 0 and each cap's limit."""
    if b is None:
        return None
    return {
        "score": b.score,
        "mean": _number(b.mean),
        "categories": [
            {"category": c.category, "score": c.score, "weight": _number(c.weight),
             "costs": [{"rule": k.rule, "level": k.level, "count": k.count, "points": _number(k.points)}
                       for k in c.costs]}
            for c in b.categories
        ],
        "deductions": [{"term": d.term, "points": _number(d.points), "reason": d.reason} for d in b.deductions],
        "caps": [{"term": c.term, "limit": c.limit, "reason": c.reason} for c in b.caps],
    }


def file_json(r: FileResult) -> dict[str, Any]:
    entry = _file_json(r)
    if r.format == "docx":  # a .docx has no lines: "line" is the paragraph (¶) number
        entry["positions"] = "paragraph"
        from auditor.sources.docx_place import heading_path

        for finding in entry["findings"]:  # and the headings it sits under
            path = heading_path(r.document, finding["line"])
            if path:
                finding["heading_path"] = list(path)
    return entry


def _file_json(r: FileResult) -> dict[str, Any]:
    return {
        "path": r.path,
        "format": r.format,
        "headline": r.headline,
        "title": r.title,
        "score": r.score,
        "scores": dict(r.scores),
        "score_breakdown": breakdown_json(r.score_breakdown),
        "metrics": dict(r.metrics) if not r.error else {},
        "findings": [finding_json(f) for f in group_findings(r.findings)],
        "error": r.error,
    }


def summary_json(results: Sequence[FileResult]) -> dict[str, Any]:
    """The batch's counts, from each result's verdict: a spool keeps those beside the
    results, so the summary loads none of them (the file entries are the only pass)."""
    files = failed = errors = warnings = infos = 0
    scores: list[int] = []
    for v in verdicts(results):
        files += 1
        if v.error:
            failed += 1
            continue
        errors += v.levels.get("error", 0)
        warnings += v.levels.get("warning", 0)
        infos += v.levels.get("info", 0)
        if v.score is not None:
            scores.append(v.score)
    return {
        "files": files,
        "errors": errors,
        "warnings": warnings,
        "infos": infos,
        "score": round(sum(scores) / len(scores)) if scores else None,
        "failed_files": failed,
    }


def render_chunks(results: Sequence[FileResult], context: RenderContext) -> Iterator[str | bytes]:
    """``render``'s text in pieces, one file entry at a time, so a batch of any size
    is written without building the whole document in memory. With a fragment store
    (a cache run) the entries come as the bytes written (see output.text_of)."""
    head = {"tool": {"name": "auditor", "version": context.version}, "summary": summary_json(results)}
    text = json.dumps(head, indent=2, ensure_ascii=False)
    yield text[:-2] + ',\n  "files": ['
    first = True
    for entry in _entries(results, context):
        if isinstance(entry, bytes):
            yield (b"\n    " if first else b",\n    ") + entry
        else:
            yield ("\n    " if first else ",\n    ") + entry
        first = False
    yield "]\n}\n" if first else "\n  ]\n}\n"


FRAGMENT_NAME = f"json{SCHEMA_VERSION}"  # what a fragment store keeps an entry under


def entry(r: FileResult) -> str:
    """One file's entry as written in the list of files."""
    return _indented(file_json(r), 2)


def _entries(results: Sequence[FileResult], context: RenderContext) -> Iterator[str] | Iterator[bytes]:
    """Each file's entry in path order; on a cache run, unchanged files' entries are
    read back as an earlier run wrote them (output.kept_in_path_order)."""
    kept = kept_in_path_order(results, context.fragments, FRAGMENT_NAME, entry)
    return kept if kept is not None else (entry(r) for r in in_path_order(results))


_encode = json.JSONEncoder(ensure_ascii=False).encode
_string = json.encoder.encode_basestring  # the C escaper json.dumps uses with ensure_ascii=False
_FIXED: dict[object, str] = {None: "null", True: "true", False: "false"}


def _indented(value: Any, depth: int) -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)`` nested ``depth`` levels deep,
    byte for byte, without the pure-Python encoder's generator per token (JSON with
    indent never uses the C encoder): a third of the time of a cached run went there.
    Exact types are tested first: a finding is dicts, lists, strings and ints."""
    # Complexity: one branch per JSON type, strings and ints inline (most leaves: one
    # call fewer each, a fifth of a JSON run with site findings' related places).
    kind = type(value)
    if kind is str:
        return _string(value)
    if kind is dict:
        if not value:
            return "{}"
        inner, deeper = "\n" + "  " * (depth + 1), depth + 1
        parts = []
        for k, v in value.items():
            leaf = type(v)
            text = _string(v) if leaf is str else int.__repr__(v) if leaf is int else _indented(v, deeper)
            parts.append(inner + _string(k if type(k) is str else str(k)) + ": " + text)
        return "{" + ",".join(parts) + "\n" + "  " * depth + "}"
    if kind is list or kind is tuple:
        if not value:
            return "[]"
        inner, deeper = "\n" + "  " * (depth + 1), depth + 1
        return "[" + ",".join([inner + _indented(v, deeper) for v in value]) + "\n" + "  " * depth + "]"
    if kind is int:
        return int.__repr__(value)
    if kind is float and value == value and value not in (float("inf"), float("-inf")):
        return float.__repr__(value)
    if value is None or kind is bool:
        return _FIXED[value]
    if isinstance(value, dict):  # subclasses: as json.dumps writes them
        return _indented(dict(value), depth)
    if isinstance(value, (list, tuple)):
        return _indented(list(value), depth)
    return _encode(value)  # NaN, infinities, str/int subclasses: exactly as json does


def render(results: Sequence[FileResult], context: RenderContext) -> str:
    return "".join(text_of(piece) for piece in render_chunks(results, context))
