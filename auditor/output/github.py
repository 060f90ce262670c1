"""GitHub Actions workflow commands: findings as annotations on the pull request.

One line per finding::

    ::error file=articles/a.md,line=3,col=1,title=HL001 headline-number-mismatch::Message

``warning`` stays ``::warning``, ``info`` becomes ``::notice``; a file that could not
be read is an ``::error`` on that file. Paths are relative POSIX paths to
``context.extra["root"]`` (default: the working directory, which in Actions is the
checkout), because GitHub matches annotations to files of the repository.

Escaping follows the Actions runner (``toolkit/packages/core/src/command.ts``):
the message (data) escapes ``%``, CR and LF; property values additionally escape
``:`` and ``,``, which would otherwise end the value.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from auditor.engine.group import group_findings
from auditor.model import FileResult
from auditor.output import RenderContext
from auditor.output.order import by_relative_path, output_root

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


def render_chunks(results: Iterable[FileResult], context: RenderContext) -> Iterator[str]:
    """The annotations one file at a time, in relative-path order: a batch of any size
    streams from the spool to the output."""
    for path, result in by_relative_path(results, output_root(context.extra)):
        if result.error is not None:
            yield command("error", {"file": path, "title": "auditor"}, result.error) + "\n"
            continue
        lines: list[str] = []
        for finding in group_findings(result.findings):
            props: dict[str, object] = {
                "file": path,
                "line": max(1, finding.line),
                "col": max(1, finding.column),
                "title": f"{finding.rule} {finding.name}".strip(),
            }
            message = finding.message
            if finding.related:  # the annotation sits at the first place; name the others
                unit = "¶" if result.format == "docx" else "line "  # a .docx counts paragraphs
                message += "\nAlso at " + ", ".join(f"{r.path}:{r.line}" if r.path else f"{unit}{r.line}" for r in finding.related)
            if result.format == "docx":  # no lines in a .docx: say which paragraph
                from auditor.sources.docx_place import place

                props["title"] = f"{props['title']} ({place(result.document, finding.line)})"
            lines.append(command(_COMMANDS.get(finding.level, "warning"), props, message) + "\n")
        if lines:
            yield "".join(lines)


def render(results: Iterable[FileResult], context: RenderContext) -> str:
    return "".join(render_chunks(results, context))
