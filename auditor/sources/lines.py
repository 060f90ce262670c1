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
