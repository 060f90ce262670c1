"""Where each line of a source starts, found once per page."""

from __future__ import annotations

from array import array

from auditor.text.lazyre import lazy_pattern

_NEWLINE = lazy_pattern("\n")

# The last source measured: the HTML locator and the space-run finder read the same page,
# the finder from a decoding of its own (an equal string, compared in C).
_LAST: tuple[str, array[int]] | None = None


def line_starts(text: str) -> array[int]:
    """Offsets where the lines of ``text`` start, split at LF only (as libxml2 counts
    them): ``[0, …]``, one per line. Callers must not change the array."""
    global _LAST
    last = _LAST
    if last is not None and (last[0] is text or last[0] == text):
        return last[1]
    starts = array("q", [0])
    starts.extend(m.end() for m in _NEWLINE().finditer(text))
    _LAST = (text, starts)
    return starts


# The last source asked about its line ends (see lone_returns).
_LAST_CR: tuple[str, bool] | None = None


def lone_returns(text: str) -> bool:
    """Whether ``text`` holds a CR not followed by LF (a line break to the HTML reader and
    to an editor, not to libxml2): the HTML parser and the space-run finder ask of the same
    page (two counts of the whole page each, ~0.05 ms; an equal string compared in C)."""
    global _LAST_CR
    last = _LAST_CR
    if last is not None and (last[0] is text or last[0] == text):
        return last[1]
    found = "\r" in text and text.count("\r") != text.count("\r\n")
    _LAST_CR = (text, found)
    return found
