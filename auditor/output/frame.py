"""A short code frame under a text finding, as ruff and Vale print: the offending
text in its sentence, the offending part underlined::

      |
  412 | …the mayor said the plan was approved by the council last week.
      |                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
      = also at lines 430, 518 and 3 more

Articles are prose, not code: the frame shows the text a reader sees (the finding's
excerpt inside its context sentence), not the page's markup, which on minified pages
is one line of thousands of characters. Pure and deterministic: no terminal queries.
"""

from __future__ import annotations

from auditor.model import Finding

WIDTH = 100  # characters of text shown on the frame's line
_MAX_LINES_LISTED = 8


def _flat(text: str) -> str:
    return " ".join(text.split())


def _window(context: str, start: int, end: int, width: int) -> tuple[str, int, int]:
    """``context`` cut to about ``width`` characters around [start, end), with the
    span's new offsets; ellipses mark what was cut."""
    if len(context) <= width:
        return context, start, end
    width -= 2  # room for the ellipses that mark the cuts
    span = min(end - start, width - 2)
    left = max(0, start - (width - span) // 3)
    right = min(len(context), left + width)
    left = max(0, right - width)
    shown = context[left:right]
    s, e = start - left, min(end, right) - left
    if left > 0:
        shown, s, e = "…" + shown, s + 1, e + 1
    if right < len(context):
        shown += "…"
    return shown, s, e


def frame_lines(finding: Finding, width: int = WIDTH, paragraphs: bool = False) -> list[str]:
    """The frame for ``finding`` (no lines when it quotes no text). ``paragraphs``:
    positions are paragraph numbers (a .docx), shown as ¶N."""
    excerpt = _flat(finding.excerpt)
    context = _flat(finding.context)
    if not excerpt and not context:
        return []
    at = context.find(excerpt) if excerpt and context else -1
    if at >= 0 and context != excerpt:
        shown, s, e = _window(context, at, at + len(excerpt), width)
    else:
        shown = excerpt or context
        if len(shown) > width:
            shown = shown[: width - 1].rstrip() + "…"
        s, e = 0, len(shown)
    gutter = f"¶{finding.line}" if paragraphs else str(finding.line)
    pad = " " * len(gutter)
    out = [f"  {pad} |", f"  {gutter} | {shown}"]
    if at >= 0 and context != excerpt:
        out.append(f"  {pad} | {' ' * s}{'^' * max(1, e - s)}")
    if finding.related:
        mark = "¶" if paragraphs else ""
        lines = [f"{mark}{n}" for n in sorted({r.line for r in finding.related if r.path is None} - {finding.line})]
        if not lines:
            return out
        listed = ", ".join(lines[:_MAX_LINES_LISTED])
        more = len(lines) - _MAX_LINES_LISTED
        tail = f" and {more} more" if more > 0 else ""
        unit = "" if paragraphs else f"line{'s' if len(lines) > 1 else ''} "
        out.append(f"  {pad} = also at {unit}{listed}{tail}")
    return out
