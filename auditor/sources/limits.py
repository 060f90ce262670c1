"""Input shapes that make a parser superlinear, defused before parsing.

libxml2 checks each new attribute of an element against all earlier ones, so one
start tag with 400,000 attributes takes minutes inside a C call no timer can
interrupt. No article needs more than a few dozen attributes on an element: past
``MAX_ATTRIBUTES`` the rest of such a tag is blanked out with spaces (newlines
kept), so every position in the file stays where it was.
"""

from __future__ import annotations

import re

MAX_ATTRIBUTES = 1_000
# Only tags this long can hold that many attributes: a linear scan finds them.
_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{%d,}>" % (MAX_ATTRIBUTES * 3))
_ATTRIBUTE = re.compile(r"""[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?""")


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _trim_tag(match: re.Match[str]) -> str:
    tag = match.group(0)
    name_end = re.match(r"<[A-Za-z][^\s/>]*", tag)
    start = name_end.end() if name_end else 1
    count = 0
    for attribute in _ATTRIBUTE.finditer(tag, start, len(tag) - 1):
        count += 1
        if count > MAX_ATTRIBUTES:
            cut = attribute.start()
            return tag[:cut] + _blank(tag[cut:-1]) + ">"
    return tag


# The last page defused, kept by identity: the article parser and the structured-data
# reader defuse the same decoded text of one page (one regex pass over it each).
_LAST: tuple[str, str] | None = None


def defuse(text: str) -> str:
    """``text`` with every start tag cut to ``MAX_ATTRIBUTES`` attributes."""
    global _LAST
    if len(text) < MAX_ATTRIBUTES * 3:
        return text
    last = _LAST
    if last is not None and last[0] is text:
        return last[1]
    defused = _LONG_TAG.sub(_trim_tag, text)
    _LAST = (text, defused)
    return defused
