"""Line and column of every element we may report, found before the tree is pruned."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import Any

from auditor.sources.lines import line_starts

Element = Any  # lxml.html.HtmlElement

LINE_CAP = 65535  # libxml2's HTML parser stops counting lines here
_LOCATED = (
    "html", "head", "title", "meta", "link", "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "img",
    "amp-img", "a", "div", "section", "article", "main", "blockquote", "td", "th", "dd",
    "body", "center", "font", "figure", "dt", "figcaption", "summary",
)


# "<tag" followed by a space, "/" or ">", in any case, per located tag: compiled on the
# first page located (a plain-text check never compiles them).
_PATTERNS: dict[str, re.Pattern[str]] = {}
_SEARCHES: dict[str, Callable[[str, int, int], re.Match[str] | None]] = {}


def _compile() -> None:
    for tag in _LOCATED:
        pattern = _PATTERNS[tag] = re.compile(rf"<{re.escape(tag)}(?=[\s/>])", re.I)
        _SEARCHES[tag] = pattern.search

# How far after a link's start tag its "</a>" is looked for.
_REOPEN_REACH = 2000
_CLOSE_A = re.compile(r"</a\s*>", re.I)
_OPEN_A = re.compile(r"<a[\s>]", re.I)
_NOT_SHOWN = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_ALT = re.compile(r"<img\b[^>]*?\balt\s*=\s*[\"']([^\"']*)", re.I)


class _Queue:
    """One tag's elements in document order, and how far they are located."""

    __slots__ = ("elements", "done", "cursor", "search", "pattern")

    def __init__(self, tag: str) -> None:
        self.elements: list[Element] = []
        self.done = 0  # how many of them are located
        self.cursor = 0  # one past the source offset of the last "<tag" matched
        self.pattern = _PATTERNS[tag]
        self.search = _SEARCHES[tag]


class Locator:
    """Line and column of each element's ``<tag``, found before the tree is pruned.

    lxml's ``sourceline`` is the line where the start tag *ends* and stops at 65,535;
    the column is the position of the matching ``<tag`` in the source. Each tag keeps
    a cursor so the n-th ``<p`` element maps to the n-th ``<p`` of the source even on
    minified one-line pages.

    The elements of each tag are listed in document order up front (pruning must not
    change who is n-th), but located only when one of them is asked for, in that order
    and only as far as the one asked: the audit asks for ~15 % of the ~650 elements a
    page, mostly near the top (the head, the body's text), so about half of the
    searches never run. The answers are those of locating every element up front."""

    def __init__(self, text: str, root: Element) -> None:
        self.text = text
        self.starts = line_starts(text)
        self.positions: dict[Element, tuple[int, int]] = {}  # the elements located so far
        # Links empty as parsed (before chrome is pruned from inside any of them).
        self.empty_links: set[Element] = set()
        if not _SEARCHES:
            _compile()
        self._tags = {tag: _Queue(tag) for tag in _LOCATED}
        lists = {tag: queue.elements for tag, queue in self._tags.items()}
        for el in root.iter(*_LOCATED):
            tag = el.tag
            lists[tag].append(el)
            if tag == "a" and not len(el) and not (el.text or "").strip():
                self.empty_links.add(el)

    def position(self, el: Element) -> tuple[int, int] | None:
        """Line and column of ``el``'s start tag, None when it was not located (a tag not
        located, an element made after the parse, a start tag not found)."""
        pos = self.positions.get(el)
        if pos is None:
            queue = self._tags.get(el.tag)  # a comment's tag is a function: no queue
            if queue is not None and queue.done < len(queue.elements):
                self._locate_up_to(el, queue)
                pos = self.positions.get(el)
        return pos

    def _locate_up_to(self, wanted: Element, queue: _Queue) -> None:
        """Locate ``queue``'s elements in document order until ``wanted`` is (or all are)."""
        text, starts, positions = self.text, self.starts, self.positions
        search, elements, done, at = queue.search, queue.elements, queue.done, queue.cursor
        n, size = len(starts), len(text)
        while done < len(elements):
            el = elements[done]
            done += 1
            reported = el.sourceline or 1
            if reported < LINE_CAP or n <= LINE_CAP:
                # The usual case (a page has thousands): the tag on lxml's line.
                line = reported if reported < n else n
                begin = starts[line - 1]
                match = search(text, at if at > begin else begin, starts[line] if line < n else size)
                if match is not None:
                    start = match.start()
                    at = start + 1
                    positions[el] = (line, start - begin + 1)
                    if el is wanted:
                        break
                    continue
            found = self._find(queue.pattern, reported, at)
            if found is not None:
                at = found + 1
                line = bisect_right(starts, found)
                positions[el] = (line, found - starts[line - 1] + 1)
            if el is wanted:
                break
        queue.done, queue.cursor = done, at

    def _find(self, pattern: re.Pattern[str], line: int, cursor: int) -> int | None:
        starts, text = self.starts, self.text
        if line >= LINE_CAP and len(starts) > LINE_CAP:
            match = pattern.search(text, max(cursor, starts[LINE_CAP - 1]))
            return match.start() if match else None
        line = min(line, len(starts))
        begin = starts[line - 1]
        end = starts[line] if line < len(starts) else len(text)
        match = pattern.search(text, max(cursor, begin), end)
        if match is not None:
            return match.start()
        # The start tag spans lines: lxml reported the line of its ">".
        back = starts[max(line - 40, 0)]
        last = None
        for match in pattern.finditer(text, max(cursor, back), begin):
            last = match
        return last.start() if last is not None else None

    def at(self, el: Element) -> tuple[int, int]:
        pos = self.position(el)
        if pos is not None:
            return pos
        return (el.sourceline or 1, 1)

    def reopened_text(self, el: Element) -> str:
        """The text a browser puts inside a link this parser closed early.

        libxml2 ends an open ``<a>`` where the enclosing element ends (``<p><a href=…></p>
        <p><img>Click for larger image</a></p>``, ``<b><a…></b>…</a>``); a browser
        reopens it and the picture and words up to ``</a>`` are the link's. Read from
        the source between the start tag and the next ``</a>``: the words there, else
        the pictures' alt texts. "" when the source link is empty too, or cannot be
        told (no ``</a>`` near, another link opens first)."""
        if el not in self.empty_links:
            return ""
        pos = self.position(el)
        if pos is None:
            return ""
        start = self.starts[pos[0] - 1] + pos[1] - 1
        opened = self.text.find(">", start)
        if opened < 0:
            return ""
        rest = self.text[opened + 1 : opened + 1 + _REOPEN_REACH]
        close = _CLOSE_A.search(rest)
        if close is None or _OPEN_A.search(rest, 0, close.start()):
            return ""
        inner = _NOT_SHOWN.sub(" ", rest[: close.start()])
        import html

        words = " ".join(html.unescape(_TAG.sub(" ", inner)).split())
        return words or " ".join(" ".join(html.unescape(a) for a in _ALT.findall(inner)).split())

    def column_of(self, line: int, needle: str, after: int = 0) -> int:
        """Column of ``needle`` on ``line``, looking from source offset ``after`` on
        when it falls on that line (so text on a minified one-line page is found
        where it is, not at the first same word on the line)."""
        if not needle or line > len(self.starts):
            return 1
        begin = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        found = self.text.find(needle, max(begin, after), end) if after < end else -1
        if found < 0:
            found = self.text.find(needle, begin, end)
        if found < 0 and begin <= after < end:
            found = after  # text split by markup ("1</span> <span>Lisbon"): where its box starts
        return found - begin + 1 if found >= 0 else 1

    def offset(self, line: int, column: int) -> int:
        return self.starts[min(line, len(self.starts)) - 1] + column - 1

    def lower_bound(self, el: Element) -> int:
        """A source offset at or before any text that follows the start of ``el``:
        the start of its last located element (itself or a descendant)."""
        best = 0
        for node in el.iter():
            pos = self.position(node)
            if pos is not None:
                best = max(best, self.offset(*pos))
        return best


