"""Visible text of elements: whitespace collapsed, source line breaks remembered."""

from __future__ import annotations

from typing import Any, cast

from auditor.sources.html.locate import LINE_CAP

Element = Any  # lxml.html.HtmlElement

BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "body", "br", "center", "dd", "details",
     "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
     "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
     "td", "tfoot", "th", "thead", "tr", "ul", "summary", "form", "fieldset", "noscript"}
)
NOT_TEXT_TAGS = frozenset({"script", "style", "template", "noscript", "svg", "math", "head", "title"})


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

    # Complexity ~16: one iterative walk (a stack of child iterators); each branch is a
    # kind of node: comment, skipped element, element with or without children, end of one.
    def add_tree(self, el: Element, skip: frozenset[str] = frozenset()) -> None:
        """Add ``el``'s inner text (not its tail)."""
        self.add(el.text)
        pieces, seen, plain = self.pieces, self.seen, self.plain
        stack: list[tuple[Any, str, Element | None]] = [(iter(el), "", None)]
        while stack:
            children, owner_tag, owner = stack[-1]
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
                block = tag in BLOCK_TAGS
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
                        stack.append((iter(node), tag, node))
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
                    if owner_tag in BLOCK_TAGS:
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
        _Collapse(self, self.pieces)


class _Collapse:
    """Whitespace collapsed over pieces holding line breaks or <br>: words joined by one
    space where the source had any space, a block's edge or a <br>; each line break noted
    at the offset of the next word."""

    __slots__ = ("parts", "size", "space", "newlines", "breaks", "brs")

    def __init__(self, builder: TextBuilder, pieces: list[str | _Br | int]) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.space = False
        self.newlines = 0
        self.breaks: list[int] = []
        self.brs: list[int] = []
        run: list[str] = []  # consecutive strings, read as one
        for piece in pieces:
            if isinstance(piece, str):
                run.append(piece)
                continue
            if run:
                self._text("".join(run))
                run.clear()
            if isinstance(piece, int):
                self.newlines += piece
            else:  # <br>
                self.space = True
                self.brs.append(self.size)
        if run:
            self._text("".join(run))
        builder._value = "".join(self.parts)
        builder._breaks, builder._brs = self.breaks, self.brs

    def _text(self, s: str) -> None:
        lines = s.split("\n")
        self._chunk(lines[0])
        for line in lines[1:]:
            self.space = True
            self.newlines += 1
            self._chunk(line)

    def _chunk(self, s: str) -> None:
        """Text holding no newline: one append however many words it has."""
        words = s.split()
        if not words:
            if s:
                self.space = True
            return
        if s[0].isspace():
            self.space = True
        if self.space and self.size:
            self.parts.append(" ")
            self.size += 1
        self.space = False
        if self.newlines:
            self.breaks.extend([self.size] * self.newlines)
            self.newlines = 0
        word = " ".join(words)
        self.parts.append(word)
        self.size += len(word)
        if s[-1].isspace():
            self.space = True


def text_of(el: Element, skip: frozenset[str] = frozenset()) -> str:
    """``el``'s visible text, whitespace collapsed (as :class:`TextBuilder` reads it)."""
    if not len(el):
        text = el.text
        return " ".join(text.split()) if text else ""
    t = TextBuilder(el.sourceline or 1)
    t.add_tree(el, skip)
    return t.value


def image_text(el: Element) -> str:
    alts = (" ".join((img.get("alt") or "").split()) for img in el.iter("img", "amp-img"))
    return " ".join(a for a in alts if a)
