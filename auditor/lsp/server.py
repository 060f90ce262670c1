"""``auditor lsp``: a Language Server Protocol server on stdio (pygls + lsprotocol).

Diagnostics for Markdown, HTML and plain text documents on open and (debounced) on
change, from the editor's unsaved text, with the CLI's config resolution (the
nearest ``.auditor.toml`` / ``pyproject.toml`` above the file, or ``--config``).
Hover shows the rule's doc; code actions disable a rule on a line or in the file,
and apply the rule's automatic fix where it has one.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, replace
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from auditor import __version__
from auditor.api import BatchOptions, Settings, audit, settings_for
from auditor.fix.edits import Edit, FixOptions
from auditor.lsp import convert
from auditor.model import FileResult, Finding

SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}
LANGUAGE_FORMATS = {"markdown": "markdown", "html": "html", "plaintext": "text", "text": "text"}
LISTICLE_CODE = "listicle"
FIX_ALL_KIND = "source.fixAll.auditor"

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Audited:
    """The last audit of one open document."""

    uri: str
    version: int | None
    text: str
    path: str
    settings: Settings
    result: FileResult


class AuditorServer(LanguageServer):
    def __init__(self, options: BatchOptions, debounce: float) -> None:
        super().__init__("auditor", __version__)
        self.options = options
        self.debounce = debounce
        self.audited: dict[str, Audited] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}

    # ------------------------------------------------------------ auditing

    def _path_and_settings(self, uri: str, language_id: str | None) -> tuple[str, Settings]:
        from auditor.config import find_config

        find_config.cache_clear()  # a config edited while the editor is open applies at once
        path = to_fs_path(uri) if uri.startswith("file:") else None
        settings = settings_for(path or "-", self.options)
        fmt = LANGUAGE_FORMATS.get(language_id or "")
        if fmt and not self.options.source.format_in:
            settings = replace(settings, source=replace(settings.source, format_in=fmt))
        return path or uri, replace(settings, keep_document=True)

    def audit_now(self, uri: str) -> Audited:
        document = self.workspace.get_text_document(uri)
        path, settings = self._path_and_settings(uri, document.language_id)
        text = document.source
        result = audit(text, path, settings)
        return Audited(uri, document.version, text, path, settings, result)

    async def lint(self, uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        document = self.workspace.get_text_document(uri)
        version = document.version
        audited = await asyncio.get_running_loop().run_in_executor(None, self.audit_now, uri)
        if self.workspace.get_text_document(uri).version != version:
            return  # edited meanwhile: the newer lint publishes
        self.audited[uri] = audited
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, version=audited.version, diagnostics=self.diagnostics(audited)))

    def schedule(self, uri: str, delay: float) -> None:
        previous = self.pending.pop(uri, None)
        if previous is not None:
            previous.cancel()
        self.pending[uri] = asyncio.ensure_future(self.lint(uri, delay))

    # ------------------------------------------------------------ conversions

    def _range(self, uri: str, lines: convert.Lines, span: convert.Span) -> types.Range:
        codec = self.workspace.get_text_document(uri).position_codec
        sl, sc, el, ec = span
        return types.Range(
            start=codec.position_to_client_units(lines.lines, types.Position(line=sl, character=sc)),
            end=codec.position_to_client_units(lines.lines, types.Position(line=el, character=ec)),
        )

    def docs_url(self, audited: Audited) -> str:
        from auditor.api import config_for
        from auditor.output.rules_doc import RULE_DOCS_URL

        return config_for(audited.path if audited.path.startswith("/") else "-", self.options).rule_docs_url \
            or RULE_DOCS_URL

    def diagnostics(self, audited: Audited) -> list[types.Diagnostic]:
        lines = convert.Lines.of(audited.text)
        result = audited.result
        uri = audited.uri
        if result.error:
            return [types.Diagnostic(
                range=self._range(uri, lines, convert.line_span(lines, 1)),
                message=f"auditor could not audit this document: {result.error}",
                severity=types.DiagnosticSeverity.Error, source="auditor")]
        rules = {r.id: r for r in audited.settings.rules}
        template = self.docs_url(audited)
        out = []
        for finding in result.findings:
            rule = rules.get(finding.rule)
            out.append(types.Diagnostic(
                range=self._range(uri, lines, convert.finding_span(lines, finding)),
                message=finding.message,
                severity=SEVERITY[finding.level],
                code=finding.rule,
                code_description=types.CodeDescription(href=convert.docs_href(template, rule)) if rule else None,
                source="auditor",
                data={"rule": finding.rule, "line": finding.line, "column": finding.column},
            ))
        summary = convert.listicle_summary(result)
        if summary and result.document is not None:
            line = result.document.headline_line if result.document.headline else 1
            out.append(types.Diagnostic(
                range=self._range(uri, lines, convert.line_span(lines, line)),
                message=summary, severity=types.DiagnosticSeverity.Information,
                code=LISTICLE_CODE, source="auditor"))
        return out

    def offset_position(self, uri: str, text: str, offset: int) -> types.Position:
        lines = convert.Lines.of(text[:offset])
        line = len(lines.lines) - 1
        full = convert.Lines.of(text)
        return self.workspace.get_text_document(uri).position_codec.position_to_client_units(
            full.lines, types.Position(line=line, character=len(lines.lines[-1])))

    def text_edits(self, uri: str, text: str, edits: list[Edit]) -> list[types.TextEdit]:
        return [types.TextEdit(range=types.Range(start=self.offset_position(uri, text, e.start),
                                                 end=self.offset_position(uri, text, e.end)),
                               new_text=e.replacement) for e in edits]


def _planned(audited: Audited, options: BatchOptions, unsafe: bool) -> list[Edit]:
    from auditor.api import config_for
    from auditor.fix.plan import plan_edits
    from auditor.fix.run import rules_for_format

    doc = audited.result.document
    rules = rules_for_format(audited.settings.rules, audited.result.format)
    if doc is None or rules is None:
        return []
    hosts = config_for(audited.path if audited.path.startswith("/") else "-", options).https_hosts
    return plan_edits(audited.text, doc, audited.result.findings, rules,
                      FixOptions(unsafe=unsafe, https_hosts=hosts))


def build_server(options: BatchOptions, debounce: float = 0.3) -> AuditorServer:
    # Long on purpose: the LSP handlers are closures over one server, registered here in one
    # place as pygls expects.
    server = AuditorServer(options, debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls: AuditorServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: AuditorServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: AuditorServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)  # a config next to it may have changed

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: AuditorServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        task = ls.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        ls.audited.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: AuditorServer, params: types.HoverParams) -> types.Hover | None:
        uri = params.text_document.uri
        audited = ls.audited.get(uri)
        if audited is None or audited.result.error:
            return None
        lines = convert.Lines.of(audited.text)
        doc = ls.workspace.get_text_document(uri)
        at = doc.position_codec.position_from_client_units(lines.lines, params.position)
        found = convert.findings_at(lines, audited.result.findings, at.line, at.character)
        rules = {r.id: r for r in audited.settings.rules}
        parts = [convert.hover_markdown(rules[f.rule], f) for f in found if f.rule in rules]
        if not parts:
            return None
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown,
                                                        value="\n\n---\n\n".join(parts)))

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL_KIND]),
    )
    def code_action(ls: AuditorServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        audited = ls.audited.get(uri)
        if audited is None or audited.result.error:
            return []
        current = ls.workspace.get_text_document(uri)
        if current.source != audited.text:
            return []  # stale: the next lint brings fresh diagnostics and actions
        lines = convert.Lines.of(audited.text)
        fmt = audited.result.format
        actions: list[types.CodeAction] = []
        wanted = params.context.only
        if not wanted or any(k.startswith("source") for k in wanted):
            fix_all = _planned(audited, ls.options, unsafe=False)
            if fix_all:
                actions.append(types.CodeAction(
                    title="auditor: fix all safe problems", kind=FIX_ALL_KIND,
                    edit=types.WorkspaceEdit(changes={uri: ls.text_edits(uri, audited.text, fix_all)})))
        if wanted and not any(k.startswith(types.CodeActionKind.QuickFix) for k in wanted):
            return actions
        planned = _planned(audited, ls.options, unsafe=True)
        seen: set[str] = set()
        for diagnostic in params.context.diagnostics:
            rule_id = diagnostic.code if diagnostic.source == "auditor" else None
            if not isinstance(rule_id, str) or rule_id == LISTICLE_CODE:
                continue
            finding_line = _data_line(diagnostic.data, diagnostic.range.start.line + 1)
            rule = next((r for r in audited.settings.rules if r.id == rule_id), None)
            fixes = _fixes_for(planned, rule_id, finding_line)
            if fixes and rule is not None:
                label = fixes[0].title if len(fixes) == 1 else f"{fixes[0].title} (and {len(fixes) - 1} more)"
                unsafe = rule.fix == "unsafe"
                actions.append(types.CodeAction(
                    title=f"Fix {rule_id}: {label}" + (" (unsafe: check the meaning)" if unsafe else ""),
                    kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic], is_preferred=not unsafe,
                    edit=types.WorkspaceEdit(changes={uri: ls.text_edits(uri, audited.text, fixes)})))
            line0 = min(max(finding_line - 1, 0), len(lines.lines) - 1)
            key = f"{rule_id}:{line0}"
            if key not in seen:
                seen.add(key)
                at_line, at_char, text = convert.disable_line_insert(lines, line0, rule_id, fmt)
                actions.append(_insert_action(ls, uri, lines, f"Disable {rule_id} on this line",
                                              at_line, at_char, text, diagnostic))
            if rule_id not in seen:
                seen.add(rule_id)
                at_line, at_char, text = convert.disable_file_insert(lines, rule_id)
                actions.append(_insert_action(ls, uri, lines, f"Disable {rule_id} in this file",
                                              at_line, at_char, text, diagnostic))
        return actions

    return server


def _data_line(data: Any, default: int) -> int:
    if isinstance(data, dict) and isinstance(data.get("line"), int):
        return int(data["line"])
    return default


def _fixes_for(planned: list[Edit], rule_id: str, line: int) -> list[Edit]:
    same_rule = [e for e in planned if e.rule == rule_id]
    if rule_id in ("LS003", "LS004", "LS005"):
        # Renumbering is one fix: every item's new number together.
        return [e for e in planned if e.title.startswith("Renumber")]
    return [e for e in same_rule if e.line == line]


def _insert_action(ls: AuditorServer, uri: str, lines: convert.Lines, title: str, line: int, char: int,
                   text: str, diagnostic: types.Diagnostic) -> types.CodeAction:
    codec = ls.workspace.get_text_document(uri).position_codec
    if line >= len(lines.lines):
        position = types.Position(line=len(lines.lines), character=0)
    else:
        position = codec.position_to_client_units(lines.lines, types.Position(line=line, character=char))
    return types.CodeAction(
        title=title, kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic],
        edit=types.WorkspaceEdit(changes={uri: [types.TextEdit(range=types.Range(start=position, end=position),
                                                               new_text=text)]}))


def serve(options: BatchOptions, debounce: float = 0.3) -> None:
    """Run the server on stdin/stdout until the client exits it."""
    build_server(options, debounce).start_io()
