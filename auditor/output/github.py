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

from collections.abc import Sequence
from pathlib import Path

from auditor.engine.group import group_findings
from auditor.model import FileResult
from auditor.output import RenderContext
from auditor.paths import relative_path

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


def render(results: Sequence[FileResult], context: RenderContext) -> str:
    root = context.extra.get("root")
    root = Path(root) if isinstance(root, (str, Path)) else None
    lines: list[str] = []
    for path, result in sorted(
        ((relative_path(r.path, root), r) for r in results), key=lambda pr: pr[0]
    ):
        if result.error is not None:
            lines.append(command("error", {"file": path, "title": "auditor"}, result.error))
            continue
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
            lines.append(command(_COMMANDS.get(finding.level, "warning"), props, message))
    return "".join(line + "\n" for line in lines)
