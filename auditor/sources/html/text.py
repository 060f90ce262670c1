"""Visible text of elements: whitespace collapsed, source line breaks remembered."""

from __future__ import annotations

from typing import Any

from auditor.sources.html.locate import LINE_CAP

Element = Any  # lxml.html.HtmlElement

BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "body", "br", "center", "dd", "details",
     "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
     "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
     "td", "tfoot", "th", "thead", "tr", "ul", "summary", "form", "fieldset", "noscript"}
)
NOT_TEXT_TAGS = frozenset({"script", "style", "template", "noscript", "svg", "math", "head", "title"})


class TextBuilder:
    """Visible text with whitespace collapsed, remembering where source lines broke."""

    __slots__ = ("parts", "size", "space", "newlines", "breaks", "line", "brs")

    def __init__(self, line: int) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.space = False
        self.newlines = 0
        self.breaks: list[int] = []
        self.line = line
        self.brs: list[int] = []  # text offset at each <br>, for splitting blocks

    def br(self) -> None:
        self.space = True
        self.brs.append(self.size)

    def add(self, s: str | None) -> None:
        if not s:
            return
        if "\n" not in s:
            self._chunk(s)
            return
        lines = s.split("\n")
        self._chunk(lines[0])
        for line in lines[1:]:
            self.space = True
            self.newlines += 1
            self._chunk(line)

    def _chunk(self, s: str) -> None:
        """Add text holding no newline: one append however many words it has."""
        words = s.split()
        if not words:
            if s:
                self.space = True
            return
        if s[0].isspace():
            self.space = True
        self._word(" ".join(words))
        if s[-1].isspace():
            self.space = True

    def _word(self, w: str) -> None:
        if self.space and self.size:
            self.parts.append(" ")
            self.size += 1
        self.space = False
        if self.newlines:
            self.breaks.extend([self.size] * self.newlines)
            self.line += self.newlines
            self.newlines = 0
        self.parts.append(w)
        self.size += len(w)

    def sync(self, line: int | None) -> None:
        # Newlines inside tags or skipped elements never reach add(): catch up with
        # the line lxml reports for the next element.
        if line and line < LINE_CAP and line > self.line + self.newlines:
            self.newlines = line - self.line

    def add_tree(self, el: Element, skip: frozenset[str] = frozenset()) -> None:
        """Add ``el``'s inner text (not its tail)."""
        self.add(el.text)
        stack: list[tuple[Element, bool]] = [(c, False) for c in reversed(el)]
        while stack:
            node, done = stack.pop()
            if done:
                if node.tag in BLOCK_TAGS:
                    self.space = True
                self.add(node.tail)
                continue
            tag = node.tag
            if not isinstance(tag, str):  # comment or processing instruction
                self.add(node.tail)
                continue
            self.sync(node.sourceline)
            if tag == "br":
                self.br()
            elif tag in BLOCK_TAGS:
                self.space = True
            stack.append((node, True))
            if tag in NOT_TEXT_TAGS or tag in skip:
                continue
            self.add(node.text)
            stack.extend((c, False) for c in reversed(node))

    @property
    def value(self) -> str:
        return "".join(self.parts)


def text_of(el: Element, skip: frozenset[str] = frozenset()) -> str:
    t = TextBuilder(el.sourceline or 1)
    t.add_tree(el, skip)
    return t.value


def image_text(el: Element) -> str:
    alts = (" ".join((img.get("alt") or "").split()) for img in el.iter("img", "amp-img"))
    return " ".join(a for a in alts if a)
