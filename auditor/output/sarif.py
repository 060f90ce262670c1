"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run; ``tool.driver.rules`` describes every rule of the run (findings of rules the
run does not know get a minimal descriptor so ``ruleIndex`` always resolves). Paths
are relative POSIX URIs against ``%SRCROOT%`` (the project root: ``context.extra
["root"]``, default the working directory). Each result carries a
``partialFingerprints["auditor/v1"]`` built from the baseline fingerprint, so code
scanning keeps tracking an alert when unrelated edits move its line. Files that
could not be read become ``toolExecutionNotifications``.

Optional ``context.extra`` keys: ``root`` (Path), ``information_uri`` (the tool's
home page) and ``rule_docs_url`` (a template such as
``https://example.org/rules/{id}.html``; ``{id}`` and ``{name}`` are filled). Without
them no URL is emitted: the full rule documentation is embedded in ``help`` anyway.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import IO, Any
from urllib.parse import quote

from auditor.baseline import occurrence_fingerprints, sorted_findings
from auditor.engine.group import group_findings
from auditor.model import FileResult, Finding
from auditor.output import RenderContext
from auditor.output.order import by_relative_path, output_root
from auditor.rulepacks import Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "auditor/v1"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
_BACKTICKS = re.compile(r"`+")


def sarif_level(level: str) -> str:
    return _LEVELS.get(level, "warning")


def artifact_uri(rel: str) -> dict[str, str]:
    """An ``artifactLocation`` for a path from :func:`~auditor.paths.relative_path`:
    relative to ``%SRCROOT%`` when the file is inside the root, else an absolute
    ``file:`` URI. Percent-encoded so spaces and ``#`` in file names still make a
    valid URI reference."""
    if "://" in rel:  # a web archive record's URL is already absolute
        return {"uri": rel}
    if rel.startswith("/"):
        return {"uri": "file://" + quote(rel, safe="/", errors="surrogateescape")}
    return {"uri": quote(rel, safe="/", errors="surrogateescape"), "uriBaseId": SRCROOT}


def _fence(text: str) -> str:
    """A code fence longer than any backtick run inside ``text``."""
    longest = max((len(m.group()) for m in _BACKTICKS.finditer(text)), default=0)
    return "`" * max(3, longest + 1)


def _help(rule: Rule) -> dict[str, str]:
    doc = rule.doc
    text_parts = [p for p in (doc.summary, doc.why) if p]
    md_parts = []
    if doc.summary:
        md_parts.append(f"**{doc.summary.strip()}**")
    if doc.why:
        md_parts.append(doc.why.strip())
    for label, example in (("Bad", doc.bad), ("Good", doc.good)):
        if example:
            body = example.strip("\n")
            text_parts.append(f"{label}:\n{body}")
            fence = _fence(body)
            md_parts.append(f"**{label}:**\n\n{fence}\n{body}\n{fence}")
    if doc.fix:
        text_parts.append(f"Fix: {doc.fix.strip()}")
        md_parts.append(f"**Fix:** {doc.fix.strip()}")
    text_parts.append(f"Rule {rule.id} ({rule.name}), category {rule.category}.")
    md_parts.append(f"Rule `{rule.id}` (`{rule.name}`), category *{rule.category}*.")
    return {"text": "\n\n".join(text_parts), "markdown": "\n\n".join(md_parts)}


def rule_descriptor(rule: Rule, docs_url: str | None = None) -> dict[str, Any]:
    descriptor: dict[str, Any] = {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.doc.summary or rule.name},
        "fullDescription": {"text": rule.doc.why or rule.doc.summary or rule.name},
        "help": _help(rule),
        "defaultConfiguration": {"enabled": rule.enabled, "level": sarif_level(rule.level)},
        "properties": {"category": rule.category, "tags": [rule.category]},
    }
    if docs_url:
        descriptor["helpUri"] = docs_url.format(id=rule.id, name=rule.name)
    return descriptor


def _fallback_descriptor(finding: Finding) -> dict[str, Any]:
    return {
        "id": finding.rule,
        "name": finding.name,
        "shortDescription": {"text": finding.name or finding.rule},
        "defaultConfiguration": {"level": sarif_level(finding.level)},
        "properties": {"category": finding.category, "tags": [finding.category]},
    }


def _related(finding: Finding, location: dict[str, str]) -> list[dict[str, Any]]:
    """The other places of a grouped finding, as SARIF ``relatedLocations``."""
    out: list[dict[str, Any]] = []
    for i, place in enumerate(finding.related, start=1):
        region: dict[str, Any] = {"startLine": max(1, place.line), "startColumn": max(1, place.column)}
        if place.excerpt:
            region["snippet"] = {"text": place.excerpt}
        out.append({
            "id": i,
            "physicalLocation": {"artifactLocation": {"uri": place.path} if place.path else location,
                                 "region": region},
            "message": {"text": f"{finding.rule} also here"},
        })
    return out


def _result(
    finding: Finding, index: int, location: dict[str, str], fingerprint: str
) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": max(1, finding.line),
        "startColumn": max(1, finding.column),
    }
    if finding.excerpt:
        region["snippet"] = {"text": finding.excerpt}
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": sarif_level(finding.level),
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": {"artifactLocation": location, "region": region}}],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
        "properties": {"name": finding.name, "category": finding.category},
    }
    if finding.related:
        result["relatedLocations"] = _related(finding, location)
    return result


def _file_entries(
    result: FileResult, location: dict[str, str], path: str, descriptors: list[dict[str, Any]], index: dict[str, int]
) -> Iterator[dict[str, Any]]:
    """The SARIF results of one file; a rule the run does not know gets a minimal
    descriptor appended to ``descriptors`` (so ``ruleIndex`` always resolves)."""
    findings = sorted_findings(result.findings)
    # Fingerprints from the ungrouped findings, so they match the baseline's; a
    # group carries its first place's.
    by_place = {
        (f.rule, f.level, f.line, f.column): fp
        for f, fp in reversed(list(zip(findings, occurrence_fingerprints(path, findings), strict=True)))
    }
    for finding in group_findings(findings):
        fp = by_place[(finding.rule, finding.level, finding.line, finding.column)]
        if finding.rule not in index:
            index[finding.rule] = len(descriptors)
            descriptors.append(_fallback_descriptor(finding))
        entry = _result(finding, index[finding.rule], location, fp)
        if result.format == "docx":  # a .docx has no lines: startLine is the paragraph (¶) number
            entry["properties"]["positionUnit"] = "paragraph"
            from auditor.sources.docx_place import SEPARATOR, heading_path

            path_names = heading_path(result.document, finding.line)
            if path_names:  # the headings it sits under, as a logical location too
                entry["properties"]["headingPath"] = list(path_names)
                entry["locations"][0]["logicalLocations"] = [
                    {"name": path_names[-1], "fullyQualifiedName": SEPARATOR.join(path_names), "kind": "element"}]
        yield entry


# Stand-ins for the two lists streamed through temporary files: the log around them is
# built as one small dict (rules, invocation) and split where they stand.
_RESULTS = "\x00auditor-sarif-results\x00"
_NOTES = "\x00auditor-sarif-notifications\x00"
# Nesting depth of each list's items in the log: $.runs[0].results[*] and
# $.runs[0].invocations[0].toolExecutionNotifications[*].
_RESULT_DEPTH = 4
_NOTE_DEPTH = 6


def render_chunks(results: Iterable[FileResult], context: RenderContext) -> Iterator[str]:
    """``render``'s text in pieces. One pass over the results in path order writes the
    results and notifications to temporary files (rules the run does not know are
    collected on the way: they must come first); then the log streams out around them.
    No result, and no file's findings beyond its own, is ever held."""
    from auditor.output.json import _indented

    root = output_root(context.extra)
    docs_url = context.extra.get("rule_docs_url")
    docs_url = docs_url if isinstance(docs_url, str) else None
    descriptors = [rule_descriptor(r, docs_url) for r in sorted(context.rules, key=lambda r: r.id)]
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    with _spill_file() as body, _spill_file() as notes:
        count = notified = 0
        for path, result in by_relative_path(results, root):
            location = artifact_uri(path)
            if result.error is not None:
                notification = {
                    "level": "error",
                    "message": {"text": result.error},
                    "locations": [{"physicalLocation": {"artifactLocation": location}}],
                }
                notes.write(("\n" if notified == 0 else ",\n") + "  " * _NOTE_DEPTH + _indented(notification, _NOTE_DEPTH))
                notified += 1
                continue
            for entry in _file_entries(result, location, path, descriptors, index):
                body.write(("\n" if count == 0 else ",\n") + "  " * _RESULT_DEPTH + _indented(entry, _RESULT_DEPTH))
                count += 1
        log = _log(context, descriptors, notified > 0)
        text = json.dumps(log, indent=2, ensure_ascii=False)
        if notified:
            head, _, text = text.partition(json.dumps(_NOTES, ensure_ascii=False))
            yield head + "["
            yield from _copy(notes)
            yield "\n" + "  " * (_NOTE_DEPTH - 1) + "]"
        head, _, tail = text.partition(json.dumps(_RESULTS, ensure_ascii=False))
        if not count:
            yield head + "[]" + tail + "\n"
            return
        yield head + "["
        yield from _copy(body)
        yield "\n" + "  " * (_RESULT_DEPTH - 1) + "]" + tail + "\n"


def _spill_file() -> IO[str]:
    """An anonymous temporary text file; surrogatepass keeps a lone surrogate as it is
    (the CLI's encode_text replaces it on output, as it would unspilled)."""
    import tempfile

    return tempfile.TemporaryFile("w+", encoding="utf-8", errors="surrogatepass", newline="")


def _copy(spill: IO[str]) -> Iterator[str]:
    """A temporary file's text from its start, in blocks."""
    spill.seek(0)
    while block := spill.read(1 << 16):
        yield block


def _log(context: RenderContext, descriptors: list[dict[str, Any]], notified: bool) -> dict[str, Any]:
    """The SARIF log with the results (and notifications) as stand-in strings."""
    driver: dict[str, Any] = {
        "name": "auditor",
        "version": context.version,
        "rules": descriptors,
    }
    info_uri = context.extra.get("information_uri")
    if isinstance(info_uri, str) and info_uri:
        driver["informationUri"] = info_uri
    invocation: dict[str, Any] = {"executionSuccessful": not notified}
    if notified:
        invocation["toolExecutionNotifications"] = _NOTES
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        # Our columns count characters (code points), not UTF-16 units.
        "columnKind": "unicodeCodePoints",
        "results": _RESULTS,
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def build(results: Iterable[FileResult], context: RenderContext) -> dict[str, Any]:
    """The SARIF log as a dict (for tests and callers that want the object)."""
    return json.loads(render(results, context))  # type: ignore[no-any-return]


def render(results: Iterable[FileResult], context: RenderContext) -> str:
    return "".join(render_chunks(results, context))
