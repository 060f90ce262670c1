"""Pure conversions between auditor's results and LSP shapes (no pygls here).

Positions are computed on the document text in Python characters (code points);
the server converts them to the client's position encoding (UTF-16 by default).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from auditor.model import FileResult, Finding
from auditor.rulepacks import Rule

Span = tuple[int, int, int, int]  # start line, start char, end line, end char (0-based)

# How far past the finding's line an excerpt may run (a sentence over several lines).
_REACH = 4000


@dataclass(frozen=True, slots=True)
class Lines:
    """The text split into lines (``\\r\\n``, ``\\r`` and ``\\n`` all end a line),
    with each line's offset in the text joined by ``\\n``."""

    lines: tuple[str, ...]
    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Lines:
        lines = tuple(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
        starts, at = [], 0
        for line in lines:
            starts.append(at)
            at += len(line) + 1
        return cls(lines, tuple(starts))

    @property
    def joined(self) -> str:
        return "\n".join(self.lines)

    def position(self, offset: int) -> tuple[int, int]:
        import bisect

        i = max(bisect.bisect_right(self.starts, offset) - 1, 0)
        return i, min(offset - self.starts[i], len(self.lines[i]))


def finding_span(lines: Lines, finding: Finding) -> Span:
    """The characters a finding is about: its excerpt found at (or after) its line and
    column, else the rest of its line."""
    i = min(max(finding.line - 1, 0), len(lines.lines) - 1)
    source = lines.lines[i]
    col = min(max(finding.column - 1, 0), len(source))
    excerpt = finding.excerpt.rstrip("…").strip()
    if excerpt:
        text = lines.joined
        begin = lines.starts[i]
        # Whitespace in an excerpt is collapsed; the source may wrap or indent it.
        pattern = re.compile(r"\s+".join(re.escape(w) for w in excerpt.split()))
        match = (pattern.search(text, begin + col, begin + len(source) + _REACH)
                 or pattern.search(text, begin, begin + len(source) + _REACH))
        if match and lines.position(match.start())[0] == i:
            (sl, sc), (el, ec) = lines.position(match.start()), lines.position(match.end())
            return sl, sc, el, ec
    stripped = len(source.rstrip())
    if col >= stripped:
        col = len(source) - len(source.lstrip())
    return i, col, i, max(stripped, col)


def line_span(lines: Lines, line: int) -> Span:
    i = min(max(line - 1, 0), len(lines.lines) - 1)
    source = lines.lines[i]
    return i, len(source) - len(source.lstrip()), i, len(source.rstrip())


def contains(span: Span, line: int, char: int) -> bool:
    sl, sc, el, ec = span
    return (sl, sc) <= (line, char) <= (el, ec)


def hover_markdown(rule: Rule, finding: Finding | None = None) -> str:
    """A rule's doc as Markdown: what, why, a bad and a good example, the fix."""
    doc = rule.doc
    parts = [f"**{rule.id}** `{rule.name}` · {rule.category} · {rule.level}"]
    if finding is not None:
        parts.append(finding.message)
    if doc.summary:
        parts.append(doc.summary)
    if doc.why:
        parts.append(f"**Why.** {doc.why}")
    if doc.bad:
        parts.append(f"**Bad**\n\n```\n{doc.bad}\n```")
    if doc.good:
        parts.append(f"**Good**\n\n```\n{doc.good}\n```")
    if doc.fix:
        parts.append(f"**How to fix.** {doc.fix}")
    if rule.fix:
        parts.append("Fixable: `auditor check --fix`" + (" --unsafe-fixes" if rule.fix == "unsafe" else "")
                     + ", or the quick fix here.")
    return "\n\n".join(parts)


def docs_href(template: str, rule: Rule) -> str:
    return template.format(id=rule.id, name=rule.name)


def listicle_summary(result: FileResult) -> str | None:
    """The listicle verdict the text output prints ("promises 10, found 8…")."""
    from auditor.output.text import listicle_verdict

    return listicle_verdict(result)


# ---------------------------------------------------------------- suppression edits


_FENCES = ("---", "+++")


def disable_line_insert(lines: Lines, line: int, rule_id: str, fmt: str | None) -> tuple[int, int, str]:
    """(line, char, text) inserting ``<!-- auditor-disable-next-line ID -->`` above
    0-based ``line``, indented like it. In a Markdown paragraph's later lines the
    comment goes at the end of the line instead (a comment line would split the
    paragraph); a comment at the end of a line also covers that line."""
    source = lines.lines[line]
    comment = f"<!-- auditor-disable-next-line {rule_id} -->"
    mid_paragraph = fmt == "markdown" and line > 0 and lines.lines[line - 1].strip() != ""
    if mid_paragraph and not source.lstrip().startswith(("#", "<", "-", "*", "+", ">", "|")) \
            and not re.match(r"\s*\d+[.)]\s", source):
        return line, len(source), f" {comment}"
    indent = source[: len(source) - len(source.lstrip())]
    return line, 0, f"{indent}{comment}\n"


def disable_file_insert(lines: Lines, rule_id: str) -> tuple[int, int, str]:
    """(line, char, text) inserting ``<!-- auditor-disable ID -->`` at the top: after
    front matter, and after a doctype or XML declaration (a comment before the
    doctype would put browsers in quirks mode)."""
    comment = f"<!-- auditor-disable {rule_id} -->\n"
    first = lines.lines[0].strip() if lines.lines else ""
    if first in _FENCES:
        for i in range(1, len(lines.lines)):
            if lines.lines[i].strip() in (first, "..."):
                return i + 1, 0, comment
    at = 0
    while at < len(lines.lines) and re.match(r"\s*<(?:\?xml|!doctype)\b", lines.lines[at], re.I):
        at += 1
    return at, 0, comment


def findings_at(lines: Lines, findings: Sequence[Finding], line: int, char: int) -> list[Finding]:
    return [f for f in findings if contains(finding_span(lines, f), line, char)]
