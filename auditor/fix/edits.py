"""The edits a fix makes: :class:`Edit`, what ``--fix`` may touch (:class:`FixOptions`),
and :func:`apply_edits`, which splices them into the source text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str
    rule: str  # the rule whose finding this fixes
    line: int  # the finding's line, so an editor can offer the edit on its diagnostic
    title: str  # what the edit does, for code actions and summaries


@dataclass(frozen=True, slots=True)
class FixOptions:
    unsafe: bool = False  # also apply fixes marked fix = "unsafe"
    # Hosts whose http:// links become https:// (LK005); empty: none, since only
    # the user knows which sites serve https.
    https_hosts: tuple[str, ...] = ()


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """``text`` with ``edits`` applied; an edit overlapping an earlier one is skipped
    (the next pass of the fix loop picks it up again if it still applies)."""
    out: list[str] = []
    at = 0
    touched = False  # two edits at one spot (two attributes inserted in one tag) wait a pass
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < at or (touched and edit.start == at):
            continue
        touched = True
        out.append(text[at:edit.start])
        out.append(edit.replacement)
        at = edit.end
    out.append(text[at:])
    return "".join(out)
