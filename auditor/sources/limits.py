"""Input shapes that make a parser superlinear, defused before parsing.

libxml2 checks each new attribute of an element against all earlier ones, so one
start tag with 400,000 attributes takes minutes inside a C call no timer can
interrupt. No article needs more than a few dozen attributes on an element: past
``MAX_ATTRIBUTES`` the rest of such a tag is blanked out with spaces (newlines
kept), so every position in the file stays where it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

MAX_ATTRIBUTES = 1_000
# Only tags this long can hold that many attributes.
_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{%d,}>" % (MAX_ATTRIBUTES * 3))
_ATTRIBUTE = re.compile(r"""[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?""")
# A long tag's inside (MAX_ATTRIBUTES * 3 characters, none of them "<" or ">") holds a
# whole block of this many characters counted from the start of the text.
_BLOCK = MAX_ATTRIBUTES * 3 // 2


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


def _long_tags(text: str) -> Iterator[re.Match[str]]:
    """``_LONG_TAG.finditer(text)``, without the pattern reading every tag of the page
    (~0.3 ms for 200 KB): only a block of ``_BLOCK`` characters with no "<" or ">" can
    lie inside one, and str.find rules a block out in C, most at their first
    characters. Such a block is inside a tag when the last "<" before it is not closed
    before it; the pattern is tried from that "<" only."""
    find = text.find
    start = 0
    while start + _BLOCK <= len(text):
        end = start + _BLOCK
        if find("<", start, end) != -1 or find(">", start, end) != -1:
            start = end
            continue
        opened = text.rfind("<", 0, start)  # scans back no further than the last resume
        if opened != -1 and find(">", opened, start) == -1:
            match = _LONG_TAG.match(text, opened)
            if match is not None:
                yield match
        # No tag opens before the next "<" (a match holds none either).
        resume = find("<", end)
        if resume == -1:
            return
        start = resume - resume % _BLOCK


# The last page defused, kept by identity: the article parser and the structured-data
# reader defuse the same decoded text of one page.
_LAST: tuple[str, str] | None = None


def defuse(text: str) -> str:
    """``text`` with every start tag cut to ``MAX_ATTRIBUTES`` attributes."""
    global _LAST
    if len(text) < MAX_ATTRIBUTES * 3:
        return text
    last = _LAST
    if last is not None and last[0] is text:
        return last[1]
    pieces: list[str] = []
    done = 0
    for match in _long_tags(text):
        pieces += (text[done : match.start()], _trim_tag(match))
        done = match.end()
    defused = "".join([*pieces, text[done:]]) if pieces else text
    _LAST = (text, defused)
    return defused
