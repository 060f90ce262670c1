"""Visible text of elements: whitespace collapsed, source line breaks remembered."""

from __future__ import annotations

import re
from typing import Any, cast

from auditor.sources.html.locate import LINE_CAP
from auditor.text.lazyre import LazyPattern

Element = Any  # lxml.html.HtmlElement

BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "body", "br", "center", "dd", "details",
     "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
     "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
     "td", "tfoot", "th", "thead", "tr", "ul", "summary", "form", "fieldset", "noscript"}
)
NOT_TEXT_TAGS = frozenset({"script", "style", "template", "noscript", "svg", "math", "head", "title"})

# Elements the HTML standard's rendering section shows as blocks that the walk does not
# treat as blocks of text of their own: their edges still part words.
_MORE_BLOCKS = frozenset({"hgroup", "legend", "caption", "menu", "dialog", "search"})
# An inline element the markup itself sets apart: display:block (or flex, grid, table,
# list-item) in its style, or the utility class a CSS framework gives for it (Bootstrap's
# d-block/d-flex/d-grid, Tailwind's block/flex/grid, Bulma's is-block/is-flex, Tachyons'
# db). A kicker and a title in two such spans read as two lines, "Transport" then
# "City Council…", never as one word; breakpoint variants ("d-md-block") say nothing
# about every screen and do not count.
_DISPLAY_APART = LazyPattern(r"(?:^|;)\s*display\s*:\s*(?:block|flex|grid|table|list-item|flow-root)\b", re.I)
_APART_CLASSES = frozenset({"d-block", "d-flex", "d-grid", "d-table", "block", "flex", "grid",
                            "is-block", "is-flex", "db"})


# Flex and grid containers lay each child out as a box of its own (CSS Flexbox §4, Grid
# §6: the items are blockified), whatever the children's tags.
_ITEMS_APART = LazyPattern(r"(?:^|;)\s*display\s*:\s*(?:inline-)?(?:flex|grid)\b", re.I)
_ITEMS_APART_CLASSES = frozenset({"d-flex", "d-grid", "d-inline-flex", "d-inline-grid", "flex", "grid",
                                  "inline-flex", "inline-grid", "is-flex", "is-inline-flex"})


def items_apart(node: Element) -> bool:
    """True when ``node`` is a flex or grid container (see _ITEMS_APART)."""
    style = node.get("style")
    if style and "isplay" in style and _ITEMS_APART.search(style):
        return True
    names = node.get("class")
    return bool(names) and not _ITEMS_APART_CLASSES.isdisjoint(names.split())


# A floated block sits beside the text that flows round it: a drop cap ("<span
# style="display:block;float:left">E</span>xercice") is the first letter of its word.
_FLOATED = LazyPattern(r"(?:^|;)\s*float\s*:\s*(?:left|right|inline-start|inline-end)\b", re.I)
_FLOAT_CLASSES = frozenset({"float-left", "float-right", "float-start", "float-end", "fl", "fr",
                            "is-pulled-left", "is-pulled-right", "pull-left", "pull-right"})


def shown_apart(node: Element) -> bool:
    """True when a non-block element is still laid out as a block (see _DISPLAY_APART),
    not floated beside the text."""
    if node.tag in _MORE_BLOCKS:
        return True
    style = node.get("style")
    names = node.get("class")
    tokens = names.split() if names else ()
    if style and "isplay" in style and _DISPLAY_APART.search(style):
        apart = True
    else:
        apart = bool(tokens) and not _APART_CLASSES.isdisjoint(tokens)
    if not apart:
        return False
    return not ((style and "float" in style and _FLOATED.search(style)) or not _FLOAT_CLASSES.isdisjoint(tokens))


class _Br:
    """A <br> among a builder's pieces."""


_BR = _Br()


class TextBuilder:
    """Visible text with whitespace collapsed, remembering where source lines broke.

    Pieces are gathered as they come (the source's strings, " " at a block's edge, a
    marker at each <br>, a count of lines that broke inside tags) and collapsed once,
    when the text is first read: most blocks sit on one line and collapse with one
    split and join."""

    __slots__ = ("pieces", "seen", "first", "plain", "_breaks", "_brs", "_value")

    def __init__(self, line: int) -> None:
        self.pieces: list[str | _Br | int] = []
        self.first = line
        self.seen = line  # the source line the text reached (first line + newlines so far)
        self.plain = True  # only strings so far: no <br>, no line break inside a tag
        self._value: str | None = None
        self._breaks: list[int] = []
        self._brs: list[int] = []

    def br(self) -> None:
        self.pieces.append(_BR)
        self.plain = False
        self._value = None

    @property
    def space(self) -> bool:
        """Always False: what was added is kept as pieces; setting it True puts a word
        break here (as a block's edge does)."""
        return False

    @space.setter
    def space(self, value: bool) -> None:
        if value:
            self.pieces.append(" ")
            self._value = None

    def add(self, s: str | None) -> None:
        if s:
            self.pieces.append(s)
            self.seen += s.count("\n")
            self._value = None

    def sync(self, line: int | None) -> None:
        # Newlines inside tags or skipped elements never reach add(): catch up with
        # the line lxml reports for the next element.
        if line and line < LINE_CAP and line > self.seen:
            self.pieces.append(line - self.seen)
            self.seen = line
            self.plain = False
            self._value = None

    def add_tree(self, el: Element, skip: frozenset[str] = frozenset()) -> None:
        """Add ``el``'s inner text (not its tail)."""
        # Complexity 16 on purpose: one iterative walk (a stack of child iterators); each
        # branch is a kind of node: comment, skipped element, element with or without
        # children, the end of one.
        self.add(el.text)
        pieces, seen, plain = self.pieces, self.seen, self.plain
        stack: list[tuple[Any, bool, Element | None, bool]] = [(iter(el), False, None, items_apart(el))]
        while stack:
            children, owner_block, owner, apart = stack[-1]
            for node in children:
                tag = node.tag
                if not isinstance(tag, str):  # comment or processing instruction
                    tail = node.tail
                    if tail:
                        pieces.append(tail)
                        seen += tail.count("\n")
                    continue
                line = node.sourceline
                if line and line < LINE_CAP and line > seen:
                    pieces.append(line - seen)
                    seen, plain = line, False
                block = apart or tag in BLOCK_TAGS or shown_apart(node)
                if tag == "br":
                    pieces.append(_BR)
                    plain = False
                elif block:
                    pieces.append(" ")
                if tag not in NOT_TEXT_TAGS and tag not in skip:
                    text = node.text
                    if text:
                        pieces.append(text)
                        seen += text.count("\n")
                    if len(node):
                        stack.append((iter(node), block, node, items_apart(node)))
                        break
                if block:
                    pieces.append(" ")
                tail = node.tail
                if tail:
                    pieces.append(tail)
                    seen += tail.count("\n")
            else:
                stack.pop()
                if owner is not None:
                    if owner_block:
                        pieces.append(" ")
                    tail = owner.tail
                    if tail:
                        pieces.append(tail)
                        seen += tail.count("\n")
        self.seen, self.plain = seen, plain
        self._value = None

    @property
    def value(self) -> str:
        if self._value is None:
            self._collapse()
        return self._value or ""

    @property
    def size(self) -> int:
        return len(self.value)

    @property
    def breaks(self) -> list[int]:
        """The text offset where each source line break falls (the start of the word
        after it; several at one offset for blank lines)."""
        if self._value is None:
            self._collapse()
        return self._breaks

    @property
    def brs(self) -> list[int]:
        """The text offset at each <br>, for splitting blocks."""
        if self._value is None:
            self._collapse()
        return self._brs

    @property
    def line(self) -> int:
        """The line of the last word: the first line plus the breaks before it."""
        return self.first + len(self.breaks)

    def _collapse(self) -> None:
        if self.plain and self.seen == self.first:
            # All strings, on one source line: nothing to note but the words.
            self._value = " ".join("".join(cast(list[str], self.pieces)).split())
            self._breaks, self._brs = [], []
            return
        self._value, self._breaks, self._brs = _collapse(self.pieces)


# One scan with its state in locals: it runs for every block that spans lines.
def _collapse(pieces: list[str | _Br | int]) -> tuple[str, list[int], list[int]]:
    """Whitespace collapsed over pieces holding line breaks or <br>: words joined by one
    space where the source had any space, a block's edge or a <br>; each line break noted
    at the offset of the next word (the text, those offsets, the offsets of the <br>s)."""
    parts: list[str] = []
    breaks: list[int] = []
    brs: list[int] = []
    size, space, newlines = 0, False, 0
    texts: list[str] = []  # consecutive strings, read as one
    for piece in [*pieces, 0]:  # the 0 flushes the last strings
        if isinstance(piece, str):
            texts.append(piece)
            continue
        if texts:
            for n, line in enumerate("".join(texts).split("\n")):
                if n:
                    space = True
                    newlines += 1
                words = line.split()
                if not words:
                    if line:
                        space = True
                    continue
                if line[0].isspace():
                    space = True
                if space and size:
                    parts.append(" ")
                    size += 1
                space = False
                if newlines:
                    breaks.extend([size] * newlines)
                    newlines = 0
                word = " ".join(words)
                parts.append(word)
                size += len(word)
                if line[-1].isspace():
                    space = True
            texts.clear()
        if isinstance(piece, int):
            newlines += piece
        else:  # <br>
            space = True
            brs.append(size)
    return "".join(parts), breaks, brs


def table_rows(table: Element) -> list[list[Element]]:
    """The cells (``<td>``, ``<th>``) of each row of ``table``, its own rows only (not a
    nested table's), head, body and foot rows in document order."""
    return [[c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
            for tr in table.xpath("./tr|./tbody/tr|./thead/tr|./tfoot/tr")]


def text_of(el: Element, skip: frozenset[str] = frozenset()) -> str:
    """``el``'s visible text, whitespace collapsed (as :class:`TextBuilder` reads it)."""
    # TextBuilder.add_tree's walk without its line bookkeeping (a <br> reads as a block's
    # edge: both are a space in the text), 40 % cheaper for the callers that want the
    # words only. tests/test_html_text.py keeps the two walks reading the same words.
    text = el.text
    if not len(el):
        return " ".join(text.split()) if text else ""
    pieces = [text or ""]
    stack: list[tuple[Any, bool, Element | None, bool]] = [(iter(el), False, None, items_apart(el))]
    while stack:
        children, owner_block, owner, apart = stack[-1]
        for node in children:
            tag = node.tag
            if not isinstance(tag, str):  # comment or processing instruction
                if tail := node.tail:
                    pieces.append(tail)
                continue
            block = apart or tag in BLOCK_TAGS or shown_apart(node)
            if block:
                pieces.append(" ")
            if tag not in NOT_TEXT_TAGS and tag not in skip:
                if inner := node.text:
                    pieces.append(inner)
                if len(node):
                    stack.append((iter(node), block, node, items_apart(node)))
                    break
            if block:
                pieces.append(" ")
            if tail := node.tail:
                pieces.append(tail)
        else:
            stack.pop()
            if owner is not None:
                if owner_block:
                    pieces.append(" ")
                if tail := owner.tail:
                    pieces.append(tail)
    return " ".join("".join(pieces).split())


def image_text(el: Element) -> str:
    alts = (" ".join((img.get("alt") or "").split()) for img in el.iter("img", "amp-img"))
    return " ".join(a for a in alts if a)
