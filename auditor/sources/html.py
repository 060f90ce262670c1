"""HTML → :class:`~auditor.model.Document` with lxml.

The page is parsed once; every element we report is located (line and column of its
``<tag``) before anything is removed, then :func:`auditor.sources.body.find_body`
picks the article body and drops the site chrome inside it, and one iterative walk
over the body collects headings, paragraphs, list items, images and links.
"""

from __future__ import annotations

import gc
import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from auditor.model import Document, Heading, Image, Link, ListItem, Meta, Paragraph
from auditor.sources import SourceError, SourceOptions
from auditor.sources.body import HEADING_TAGS, chrome_kind, drop_chrome, drop_invisible, find_body, page_body
from auditor.sources.directives import find_directives
from auditor.sources.encoding import xml_safe
from auditor.text.languages import lang_root

Element = Any  # lxml.html.HtmlElement

_LOCATED = (
    "html", "head", "title", "meta", "link", "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "img",
    "amp-img", "a", "div", "section", "article", "main", "blockquote", "td", "th", "dd",
    "body", "center", "font", "figure",
)
_BLOCK = frozenset(
    {"address", "article", "aside", "blockquote", "body", "br", "center", "dd", "details",
     "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
     "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
     "td", "tfoot", "th", "thead", "tr", "ul", "summary", "form", "fieldset", "noscript"}
)
# Containers whose loose text (not wrapped in <p>) may be paragraphs.
_TEXT_CONTAINERS = frozenset(
    {"div", "section", "article", "main", "body", "blockquote", "td", "th", "dd", "center",
     "font", "header", "details", "figure"}
)
_NOT_TEXT = frozenset({"script", "style", "template", "noscript", "svg", "math", "head", "title"})
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_FULL_PAGE = re.compile(r"<(?:html|body|head)[\s>]", re.IGNORECASE)
_LINE_CAP = 65535  # libxml2's HTML parser stops counting lines here


def parse_html(text: str, path: str, options: SourceOptions) -> Document:
    """Parse one HTML page or fragment into a Document (derived fields left empty)."""
    # The walk allocates millions of small acyclic objects on huge pages; the cyclic
    # collector would rescan them over and over (50 MB: 21 s → 13 s without it).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _parse_html(text, path, options)
    finally:
        if enabled:
            gc.enable()


def _parse_html(text: str, path: str, options: SourceOptions) -> Document:
    text = xml_safe(_neutralise_declaration(text.lstrip("\ufeff")))
    directives = find_directives(text)
    root = _parse(text)
    if root is None:
        return Document(path=path, format="html", lang=lang_root(options.lang), directives=directives)
    locator = _Locator(text, root)
    meta = _meta(root, locator)
    removed: list[str] = []
    if options.selector is None and not _FULL_PAGE.search(text):
        drop_invisible(root)
        body, how = page_body(root), "fragment"
        removed.extend(drop_chrome(body))
    else:
        body, how = find_body(root, options.selector, removed=removed)
    walk = _Walker(locator)
    walk.run(body)
    headings = walk.headings
    headline = _headline(root, body, headings, meta, locator)
    if headline is not None and all(h is not headline for h in headings):
        headings.insert(0, headline)
    return Document(
        path=path,
        format="html",
        headline=headline.text if headline is not None else _title_headline(meta),
        headline_line=headline.line if headline is not None else meta.lines.get("title", 1),
        headline_column=headline.column if headline is not None else 1,
        meta=meta,
        lang=lang_root(options.lang or meta.lang),
        headings=tuple(headings),
        paragraphs=tuple(walk.paragraphs),
        list_items=tuple(walk.list_items),
        images=tuple(walk.images),
        links=tuple(walk.links),
        directives=directives,
        removed_chrome=tuple(removed),
        body_source=how,
    )


# --- parsing -------------------------------------------------------------------------


def _neutralise_declaration(text: str) -> str:
    # lxml refuses str input that names an encoding; blank it out in place so every
    # line and column stays where it was.
    match = _XML_DECLARATION.match(text)
    if match is None:
        return text
    blank = re.sub(r"[^\n]", " ", match.group(0))
    return blank + text[match.end() :]


def _parse(text: str) -> Element | None:
    import lxml.etree
    import lxml.html

    if not text.strip():
        return None
    parser = lxml.html.HTMLParser(huge_tree=True, recover=True, remove_pis=True)
    try:
        return lxml.html.document_fromstring(text, parser=parser)
    except lxml.etree.ParserError:
        return None  # "Document is empty": only comments or whitespace
    except (ValueError, lxml.etree.LxmlError) as exc:
        raise SourceError(f"cannot parse HTML: {exc}") from None


class _Locator:
    """Line and column of each element's ``<tag``, found before the tree is pruned.

    lxml's ``sourceline`` is the line where the start tag *ends* and stops at 65,535;
    the column is the position of the matching ``<tag`` in the source. Each tag keeps
    a cursor so the n-th ``<p`` element maps to the n-th ``<p`` of the source even on
    minified one-line pages."""

    def __init__(self, text: str, root: Element) -> None:
        self.text = text
        starts = array("q", [0])
        starts.extend(m.end() for m in re.finditer("\n", text))
        self.starts = starts
        self.positions: dict[Element, tuple[int, int]] = {}
        patterns: dict[str, re.Pattern[str]] = {}
        cursor: dict[str, int] = {}
        for el in root.iter(*_LOCATED):
            tag = el.tag
            pattern = patterns.get(tag)
            if pattern is None:
                pattern = patterns[tag] = re.compile(rf"<{re.escape(tag)}(?=[\s/>])", re.I)
            found = self._find(pattern, el.sourceline or 1, cursor.get(tag, 0))
            if found is not None:
                cursor[tag] = found + 1
                line = bisect_right(starts, found)
                self.positions[el] = (line, found - starts[line - 1] + 1)

    def _find(self, pattern: re.Pattern[str], line: int, cursor: int) -> int | None:
        starts, text = self.starts, self.text
        if line >= _LINE_CAP and len(starts) > _LINE_CAP:
            match = pattern.search(text, max(cursor, starts[_LINE_CAP - 1]))
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
        pos = self.positions.get(el)
        if pos is not None:
            return pos
        return (el.sourceline or 1, 1)

    def column_of(self, line: int, needle: str) -> int:
        if not needle or line > len(self.starts):
            return 1
        begin = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        found = self.text.find(needle, begin, end)
        return found - begin + 1 if found >= 0 else 1


# --- text ----------------------------------------------------------------------------


class _Text:
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
        if line and line < _LINE_CAP and line > self.line + self.newlines:
            self.newlines = line - self.line

    def add_tree(self, el: Element, skip: frozenset[str] = frozenset()) -> None:
        """Add ``el``'s inner text (not its tail)."""
        self.add(el.text)
        stack: list[tuple[Element, bool]] = [(c, False) for c in reversed(el)]
        while stack:
            node, done = stack.pop()
            if done:
                if node.tag in _BLOCK:
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
            elif tag in _BLOCK:
                self.space = True
            stack.append((node, True))
            if tag in _NOT_TEXT or tag in skip:
                continue
            self.add(node.text)
            stack.extend((c, False) for c in reversed(node))

    @property
    def value(self) -> str:
        return "".join(self.parts)


def _text(el: Element, skip: frozenset[str] = frozenset()) -> str:
    t = _Text(el.sourceline or 1)
    t.add_tree(el, skip)
    return t.value


# --- the body walk -------------------------------------------------------------------


@dataclass(slots=True)
class _ListState:
    index: int
    ordered: bool
    depth: int
    step: int
    next_number: int


@dataclass(frozen=True, slots=True)
class _Ctx:
    heading: bool = False
    quote: bool = False
    noscript: bool = False
    no_paragraphs: bool = False  # inside li, figcaption, pre, a heading…
    link: bool = False
    lst: _ListState | None = None


_NO_PARAGRAPH_TAGS = frozenset({"figcaption", "pre", "code", "table_caption", "caption", "dt"})
_ITEM_SKIP = frozenset({"ul", "ol", "p", "blockquote", "pre"})


@dataclass
class _Walker:
    locator: _Locator
    headings: list[Heading] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    list_items: list[ListItem] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    _lists: int = 0
    _seen_srcs: set[str] = field(default_factory=set)
    _last_img: Element | None = None

    def run(self, body: Element) -> None:
        stack: list[tuple[Element, _Ctx]] = [(body, _Ctx())]
        while stack:
            el, ctx = stack.pop()
            tag = el.tag
            if not isinstance(tag, str):
                continue
            ctx = self._visit(el, tag, ctx)
            if ctx is None:
                continue
            stack.extend((child, ctx) for child in reversed(el))

    def _visit(self, el: Element, tag: str, ctx: _Ctx) -> _Ctx | None:
        if tag in ("img", "amp-img"):
            self._image(el, ctx)
            return None
        if tag == "noscript":
            return _Ctx(noscript=True, heading=ctx.heading, link=ctx.link, no_paragraphs=True)
        if ctx.noscript:
            return ctx
        if tag in HEADING_TAGS and not ctx.heading:
            self._heading(el, int(tag[1]))
            return _Ctx(heading=True, quote=ctx.quote, no_paragraphs=True, lst=ctx.lst)
        if tag == "a":
            self._link(el, ctx)
            return _Ctx(ctx.heading, ctx.quote, ctx.noscript, ctx.no_paragraphs, True, ctx.lst)
        if tag == "p":
            if not ctx.no_paragraphs and not ctx.heading:
                self._paragraph(el, ctx.quote)
            return _Ctx(ctx.heading, ctx.quote, ctx.noscript, True, ctx.link, ctx.lst)
        if tag in ("ul", "ol"):
            return _Ctx(ctx.heading, ctx.quote, ctx.noscript, ctx.no_paragraphs, ctx.link,
                        self._list(el, tag, ctx.lst))
        if tag == "li":
            lst = ctx.lst
            if lst is None:  # a stray <li> the parser kept outside any list
                lst = self._list(el.getparent() if el.getparent() is not None else el, "ul", None)
            self._item(el, lst)
            return _Ctx(ctx.heading, ctx.quote, ctx.noscript, ctx.no_paragraphs, ctx.link, lst)
        if tag == "blockquote":
            ctx = _Ctx(ctx.heading, True, ctx.noscript, ctx.no_paragraphs, ctx.link, ctx.lst)
        elif tag in _NO_PARAGRAPH_TAGS:
            return _Ctx(ctx.heading, ctx.quote, ctx.noscript, True, ctx.link, ctx.lst)
        if tag in _TEXT_CONTAINERS and not ctx.no_paragraphs and not ctx.heading:
            self._loose_text(el, ctx.quote)
        return ctx

    # headings, paragraphs, lists

    def _heading(self, el: Element, level: int) -> None:
        text = _text(el)
        anchors = list(el.iter("a"))
        if not text:
            text = _image_text(el)
        link_only = len(anchors) == 1 and bool(text) and _text(anchors[0]) == text
        line, col = self.locator.at(el)
        heading = Heading(level, text, line, col, link_only=link_only, has_link=bool(anchors))
        self.headings.append(heading)

    def _paragraph(self, el: Element, quote: bool) -> None:
        line, col = self.locator.at(el)
        t = _Text(el.sourceline or line)
        t.add_tree(el)
        if t.size:
            # Breaks were counted from lxml's line (the end of the start tag); rebase
            # them on the line of "<p".
            self._emit(t.value, line, col, _rebase(t, line), t.brs, quote, loose=False)

    def _emit(self, text: str, line: int, col: int, breaks: tuple[int, ...], brs: list[int],
              quote: bool, loose: bool) -> None:
        """Add ``text`` as one paragraph, or several where <br> lines split it.

        ``breaks`` may hold zeros (the text starts below ``line``). Loose text keeps
        only the pieces that read like prose or a numbered entry."""
        pieces = _pieces(text, brs)
        if len(pieces) == 1 and pieces[0] == (0, len(text)):
            if not loose:
                self.paragraphs.append(Paragraph(text, line, col, breaks, quote))
            elif _reads_like_prose(text):
                at = line + breaks.count(0)
                c = self.locator.column_of(at, text.split(" ", 1)[0])
                self.paragraphs.append(Paragraph(text, at, c, tuple(x for x in breaks if x), quote))
            return
        for a, b in pieces:
            piece = text[a:b]
            if loose and not (_reads_like_prose(piece) or _NUMBERED_LINE.match(piece)):
                continue
            first = bisect_right(breaks, a)
            at = line + first
            own = tuple(x - a for x in breaks[first : bisect_left(breaks, b, first)])
            c = self.locator.column_of(at, piece.split(" ", 1)[0])
            self.paragraphs.append(Paragraph(piece, at, c, own, quote))

    def _loose_text(self, el: Element, quote: bool) -> None:
        """Text written straight into a div (no <p>), when it reads like prose."""
        runs: list[list[Element | str]] = [[]]
        if el.text and el.text.strip():
            runs[-1].append(el.text)
        for child in el:
            tag = child.tag
            if isinstance(tag, str) and (tag in _BLOCK or tag in _NOT_TEXT) and tag != "br":
                runs.append([])
            elif isinstance(tag, str):
                runs[-1].append(child)
            if child.tail and child.tail.strip():
                runs[-1].append(child.tail)
        for i, run in enumerate(runs):
            if not run or all(isinstance(r, str) is False and r.tag == "br" for r in run):
                continue
            self._run(el, run, quote, first=(i == 0))

    def _run(self, container: Element, run: list[Element | str], quote: bool, first: bool) -> None:
        start = container.sourceline or 1
        if not first:
            for part in run:
                if not isinstance(part, str) and part.sourceline:
                    start = part.sourceline
                    break
            else:
                start = _line_before(container, run[0])  # type: ignore[arg-type]
        t = _Text(start)
        for part in run:
            if isinstance(part, str):
                t.add(part)
            else:
                t.sync(part.sourceline)
                if part.tag == "br":
                    t.br()
                else:
                    t.add_tree(part)
        text = t.value
        if not text:
            return
        self._emit(text, start, 1, tuple(t.breaks), t.brs, quote, loose=True)

    def _list(self, el: Element, tag: str, parent: _ListState | None) -> _ListState:
        ordered = tag == "ol"
        reverse = ordered and el.get("reversed") is not None
        start = _int(el.get("start"))
        if start is None:
            start = sum(1 for c in el if c.tag == "li") if reverse else 1
        state = _ListState(self._lists, ordered, (parent.depth + 1) if parent else 1,
                           -1 if reverse else 1, start)
        self._lists += 1
        return state

    def _item(self, el: Element, lst: _ListState) -> None:
        number = None
        if lst.ordered:
            value = _int(el.get("value"))
            number = value if value is not None else lst.next_number
            lst.next_number = number + lst.step
        line, col = self.locator.at(el)
        # Paragraphs and nested lists inside an item are reported on their own.
        text = _text(el, _ITEM_SKIP)
        self.list_items.append(ListItem(text, line, col, lst.ordered, number, lst.index, lst.depth))

    # images and links

    def _image(self, el: Element, ctx: _Ctx) -> None:
        src, lazy = _image_src(el)
        if ctx.noscript:
            # The <noscript> copy of a lazy image is the same picture.
            if (src and src in self._seen_srcs) or _noscript_twin(el):
                return
            lazy = True
        if src:
            self._seen_srcs.add(src)
        for attr in ("data-src", "data-lazy-src", "data-original"):
            if el.get(attr):
                self._seen_srcs.add(el.get(attr).strip())
        alt = el.get("alt")
        if alt is not None:
            alt = " ".join(alt.split())
        width, height = el.get("width"), el.get("height")
        role = (el.get("role") or "").strip().lower()
        hidden = (el.get("aria-hidden") or "").strip().lower() == "true"
        decorative = (
            (alt == "" and role in ("presentation", "none"))
            or hidden
            or _tracking_pixel(width, height)
        )
        caption, credit = _caption_and_credit(el)
        line, col = self.locator.at(el)
        image = Image(src, alt, line, col, title=el.get("title"), caption=caption, credit=credit,
                      decorative=decorative, width=width, height=height, lazy=lazy)
        if self.images and _blur_up_pair(self._last_img, self.images[-1].src, el, src):
            # A tiny blurred preview and the lazy full picture are one image to a reader.
            self.images[-1] = image
        else:
            self.images.append(image)
        self._last_img = el

    def _link(self, el: Element, ctx: _Ctx) -> None:
        if _aria_hidden(el):
            return  # screen readers skip it: usually a duplicate icon link
        href = el.get("href")
        text = _text(el)
        has_image = next(el.iter("img", "amp-img"), None) is not None
        if not text:
            # The accessible name of an icon link: image alt, aria-label, then title.
            text = (_image_text(el) or " ".join((el.get("aria-label") or "").split())
                    or " ".join((el.get("title") or "").split()))
        if href is None and not text:
            return  # a named anchor (<a id="x"></a>), not a link
        rel = tuple((el.get("rel") or "").lower().split())
        line, col = self.locator.at(el)
        self.links.append(Link(href, text, line, col, rel, el.get("target"), None,
                               ctx.heading, has_image))


def _aria_hidden(el: Element) -> bool:
    if (el.get("aria-hidden") or "").strip().lower() == "true":
        return True
    return any((a.get("aria-hidden") or "").strip().lower() == "true" for a in el.iterancestors())


def _rebase(t: _Text, line: int) -> tuple[int, ...]:
    start = t.line - len(t.breaks)  # the line the text walk started from
    extra = start - line
    if extra > 0:
        return tuple([0] * extra + t.breaks)
    return tuple(t.breaks)


def _line_before(container: Element, tail: str) -> int:
    # Loose text after a block child: its line is the next sibling's line minus the
    # newlines between the text and that sibling, when there is a next sibling.
    for child in container:
        if child.tail is tail:
            nxt = child.getnext()
            lead = len(tail) - len(tail.lstrip())
            if nxt is not None and nxt.sourceline:
                return max(nxt.sourceline - tail[lead:].count("\n"), 1)
            return (child.sourceline or container.sourceline or 1)
    return container.sourceline or 1


# "01. Robert Plant", "241. How do you…", "3) Rest": an entry of a list written as lines.
from auditor.structure.markers import NUMBERED_LINE as _NUMBERED_LINE  # noqa: E402 - the one item-number grammar
_MIN_NUMBERED_LINES = 3


def _pieces(text: str, brs: list[int]) -> list[tuple[int, int]]:
    """``text`` cut into ``(start, end)`` ranges at blank lines (two <br> with no
    text between) and, when at least three lines start with a number, before each
    numbered line. One range covering everything when there is nothing to cut."""
    size = len(text)
    offsets = sorted({o for o in brs if 0 < o < size})
    if not offsets:
        return [(0, size)]
    counts = Counter(brs)
    doubled = {o for o in offsets if counts[o] > 1}
    starts = [o + 1 for o in offsets]
    numbered = {o for o, st in zip(offsets, starts) if _NUMBERED_LINE.match(text, st)}
    if len(numbered) + bool(_NUMBERED_LINE.match(text)) < _MIN_NUMBERED_LINES:
        numbered = set()
    cuts = sorted(doubled | numbered)
    if not cuts:
        return [(0, size)]
    bounds = [0] + [c + 1 for c in cuts]
    ends = cuts + [size]
    return [(a, b) for a, b in zip(bounds, ends) if text[a:b].strip()]


def _reads_like_prose(text: str) -> bool:
    words = text.split()
    if len(words) >= 12:
        return True
    return len(words) >= 5 and text.rstrip()[-1:] in ".!?…\"”’)"


def _int(value: str | None) -> int | None:
    try:
        return int(value.strip()) if value is not None else None
    except ValueError:
        return None


def _image_text(el: Element) -> str:
    alts = (" ".join((img.get("alt") or "").split()) for img in el.iter("img", "amp-img"))
    return " ".join(a for a in alts if a)


_LAZY_ATTRS = ("data-src", "data-lazy-src", "data-original", "data-lazy", "data-url",
               "data-hi-res-src", "data-normal", "data-full-src", "data-orig-src",
               "data-lazyload", "data-img", "data-image", "data-actualsrc", "data-echo")
_PLACEHOLDER = re.compile(r"^data:|blank\.gif|spacer\.gif|pixel\.gif|placeholder|lazy[-_.]?load|"
                          r"transparent\.(gif|png)|grey\.gif|gray\.gif|loading\.gif", re.I)
# A lazy attribute may hold a flag ("data-lazyload=true") rather than a URL.
_URLISH = re.compile(r"[/.]")


def _image_src(el: Element) -> tuple[str | None, bool]:
    """The picture's real URL and whether it came from a lazy-loading attribute."""
    src = (el.get("src") or "").strip() or None
    if src and not _PLACEHOLDER.search(src):
        return src, False
    for attr in _LAZY_ATTRS:
        value = (el.get(attr) or "").strip()
        if value and not value.startswith("data:") and _URLISH.search(value):
            return value, True
    for attr, lazy in (("data-srcset", True), ("data-lazy-srcset", True), ("srcset", False)):
        best = _from_srcset(el.get(attr))
        if best:
            return best, lazy or src is not None
    # libxml2 does not know <source> is void, so the <img> may sit inside it.
    picture = next((a for a in el.iterancestors() if a.tag in ("picture", "source")), None)
    while picture is not None and picture.tag == "source":
        picture = picture.getparent()
    if picture is not None and picture.tag == "picture":
        for source in picture.iter("source"):
            best = _from_srcset(source.get("srcset") or source.get("data-srcset"))
            if best:
                return best, source.get("srcset") is None
    # Scripted lazy loaders often leave the real URL only in a <noscript> copy.
    fallback = _noscript_copy(el)
    if fallback is not None:
        best, _ = _image_src(fallback)
        if best and not _PLACEHOLDER.search(best):
            return best, True
    return src, False


def _noscript_copy(img: Element) -> Element | None:
    """The <img> inside a <noscript> next to ``img`` (or next to its wrapper)."""
    if any(a.tag == "noscript" for a in img.iterancestors()):
        return None
    node = img
    for _ in range(3):
        for near in (node.getnext(), node.getprevious()):
            if near is not None and near.tag == "noscript":
                copy = next(near.iter("img", "amp-img"), None)
                if copy is not None:
                    return copy
        node = node.getparent()
        if node is None or _count_images(node) > 1:
            break
    return None


def _asset(src: str | None) -> str:
    """The file name of an image URL, without query or size folders."""
    if not src:
        return ""
    return src.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1].lower()


def _blur_up_pair(prev: Element | None, prev_src: str | None, img: Element,
                  src: str | None) -> bool:
    """True when ``prev`` is a low-resolution preview of ``img``: the same file, and
    the two are the only pictures in a small shared wrapper."""
    asset = _asset(src)
    # Image proxies ("/images/dims?url=…") share a path: only real file names count.
    if prev is None or "." not in asset or _asset(prev_src) != asset:
        return False
    prev_ancestors = set(prev.iterancestors())
    node = img.getparent()
    for _ in range(3):
        if node is None:
            return False
        if node in prev_ancestors:
            return _count_images(node) == 2 and not (node.text_content() or "").strip()
        node = node.getparent()
    return False


def _from_srcset(srcset: str | None) -> str | None:
    """The widest candidate of a srcset (the first when widths are not given)."""
    if not srcset or not srcset.strip():
        return None
    best, best_w = None, -1.0
    for candidate in re.split(r",\s+", srcset.strip()):
        parts = candidate.split()
        if not parts or parts[0].startswith("data:"):
            continue
        width = 0.0
        if len(parts) > 1 and parts[1][-1:] in ("w", "x"):
            try:
                width = float(parts[1][:-1])
            except ValueError:
                width = 0.0
        if width > best_w:
            best, best_w = parts[0], width
    return best


def _noscript_twin(img: Element) -> bool:
    """True when the <noscript> holding ``img`` sits next to a scripted copy."""
    noscript = next((a for a in img.iterancestors("noscript")), None)
    if noscript is None:
        return False
    for near in (noscript.getprevious(), noscript.getnext(), noscript.getparent()):
        if near is None:
            continue
        for other in near.iter("img", "amp-img"):
            if not any(a.tag == "noscript" for a in other.iterancestors()):
                return True
    return False


def _tracking_pixel(width: str | None, height: str | None) -> bool:
    def tiny(v: str | None) -> bool:
        return v is not None and v.strip().lower().removesuffix("px") in ("0", "1")

    return tiny(width) and tiny(height)


_CAPTION_CLASS = re.compile(r"caption", re.I)
_CREDIT_CLASS = re.compile(r"credit|source|copyright|attribution|photographer|byline", re.I)
_CREDIT_TEXT = re.compile(
    r"\b(?:Photo(?:graph)?s?\s*(?:Credit)?\s*:|Photo(?:graph)? by\b|Image(?:s)?\s*(?:Credit)?\s*:|"
    r"Image by\b|Credit\s*:|Source\s*:|Courtesy of\b|Courtesy\b|Illustration\s*:|Picture\s*:|"
    r"Getty\b|AP Photo\b|Reuters\b|Shutterstock\b|iStock\b|AFP\b|EPA\b|Alamy\b|PA\b(?= Wire| Images)|"
    r"Unsplash\b|Pexels\b)|©|\(c\)\s",
    re.I,
)


# A credit element holding only its label: "Credit:", "Photo:", "©".
_CREDIT_LABEL = re.compile(
    r"^(?:(?:photo(?:graph)?s?|images?|pictures?|pic|foto|bild|illustration)\s*)?"
    r"(?:credits?|source|copyright|courtesy(?:\s+of)?|by)?\s*[:|–—-]?\s*©?\s*$",
    re.I,
)
_CREDIT_ATTRS = ("data-credit", "data-photo-credit", "data-image-credit")


def _caption_and_credit(img: Element) -> tuple[str | None, str | None]:
    container, caption = None, None
    for depth, anc in enumerate(img.iterancestors()):
        if depth > 5 or anc.tag in ("body", "article", "main", "html"):
            break
        if anc.tag == "figure":
            container = anc
            cap = next(anc.iter("figcaption"), None)
            caption = _text(cap) if cap is not None else None
            break
        if _count_images(anc) > 1:
            break
        cap = _find_class(anc, _CAPTION_CLASS, img)
        if cap is not None:
            container, caption = anc, _text(cap)
            break
    credit = None
    if container is not None:
        el = _find_class(container, _CREDIT_CLASS, img, itemprop=True)
        if el is None:
            # <figure>…<cite>Jane Doe/Getty Images</cite></figure>
            ancestors = set(img.iterancestors())
            el = next((c for c in container.iter("cite") if c not in ancestors), None)
        if el is not None:
            credit = _credit_of(el)
        if credit and caption:
            caption = _strip_credit(caption, credit)
    if credit is None:  # a credit only the markup carries: <img data-credit="EPA">
        credit = next((" ".join(v.split()) for v in (img.get(a) for a in _CREDIT_ATTRS)
                       if v and v.strip()), None)
    if credit is None and caption:
        credit = _credit_in(caption)
    return caption or None, credit


def _credit_of(el: Element) -> str | None:
    """The credit an element gives; for a bare label ("<span>Credit:</span> AFP")
    the name written after it."""
    text = _text(el)
    if not _CREDIT_LABEL.match(text):
        return text or None
    t = _Text(el.sourceline or 1)
    t.add(el.tail)
    node = el.getnext()
    while node is not None:
        if isinstance(node.tag, str):
            t.add_tree(node)
        t.space = True
        t.add(node.tail)
        node = node.getnext()
    name = t.value
    if not name and el.getparent() is not None and el.getparent().tag != "figure":
        # The label sits alone in its own wrapper: the name follows the wrapper.
        return _credit_of(el.getparent()) if _CREDIT_LABEL.match(_text(el.getparent())) else None
    return name or None


def _strip_credit(caption: str, credit: str) -> str:
    """The caption without a credit line written at its end ("… Credit: AFP")."""
    if caption == credit or not caption.endswith(credit):
        return caption
    rest = caption[: -len(credit)].rstrip()
    # Drop a label left behind ("Credit:"), if the whole tail is one.
    for cut in range(max(len(rest) - 30, 0), len(rest)):
        if (cut == 0 or rest[cut - 1].isspace()) and _CREDIT_LABEL.match(rest[cut:]) \
                and rest[cut:].strip():
            return rest[:cut].rstrip()
    return rest


def _count_images(el: Element) -> int:
    return sum(1 for i in el.iter("img", "amp-img")
               if not any(a.tag == "noscript" for a in i.iterancestors()))


def _find_class(root: Element, pattern: re.Pattern[str], img: Element,
                itemprop: bool = False) -> Element | None:
    """The first element below ``root`` whose class (or itemprop) matches, narrowed
    to its innermost matching descendant ("caption-source" → "caption")."""
    ancestors = set(img.iterancestors())
    best = None
    for el in root.iter():
        if el is img or el in ancestors or not isinstance(el.tag, str):
            continue
        names = el.get("class") or ""
        if itemprop:
            names += " " + (el.get("itemprop") or "")
        if not names.strip() or not pattern.search(names):
            continue
        if best is None:
            best = el
        elif any(a is best for a in el.iterancestors()):
            best = el
        else:
            break
    return best


def _credit_in(caption: str) -> str | None:
    match = _CREDIT_TEXT.search(caption)
    if match is None:
        return None
    start = match.start()
    opening = caption.rfind("(", 0, start)
    if opening >= 0 and ")" not in caption[opening:start]:
        start = opening + 1
        end = caption.find(")", start)
        return caption[start : end if end > 0 else None].strip() or None
    return caption[start:].strip() or None


# --- meta and headline ---------------------------------------------------------------


def _meta(root: Element, locator: _Locator) -> Meta:
    lines: dict[str, int] = {}
    values: dict[str, str] = {}
    og: dict[str, str] = {}

    def keep(name: str, value: str | None, el: Element) -> None:
        if value is None or name in values:
            return
        values[name] = " ".join(value.split())
        lines[name] = locator.at(el)[0]

    head = root.find("head")
    if head is not None and head in locator.positions:
        # A <head> written in the source (not one the parser made up) makes this a
        # page, even an empty one: meta rules then say what it lacks.
        lines["head"] = locator.positions[head][0]
    title = head.find("title") if head is not None else None
    if title is None:
        title = next((t for t in root.iter("title")
                      if not any(a.tag == "svg" for a in t.iterancestors())), None)
    if title is not None:
        keep("title", title.text_content(), title)
    for el in root.iter("meta"):
        content = el.get("content")
        name = (el.get("name") or "").strip().lower()
        prop = (el.get("property") or "").strip().lower()
        if name in ("description", "robots", "keywords"):
            keep(name, content, el)
        key = prop if prop.startswith("og:") else name if name.startswith("og:") else ""
        if key and content is not None and key not in og:
            og[key] = " ".join(content.split())
            lines[key] = locator.at(el)[0]
        equiv = (el.get("http-equiv") or "").strip().lower()
        if equiv == "content-language":
            keep("content-language", content, el)
    for el in root.iter("link"):
        rels = (el.get("rel") or "").lower().split()
        if "canonical" in rels:
            keep("canonical", (el.get("href") or "").strip(), el)
    lang = root.get("lang") or root.get("xml:lang")
    if lang is not None and lang.strip():
        keep("lang", lang.strip(), root)
    elif "content-language" in values:
        values["lang"] = values["content-language"]
        lines["lang"] = lines["content-language"]
    lines.pop("content-language", None)
    return Meta(
        title=values.get("title"),
        description=values.get("description"),
        canonical=values.get("canonical") or None,
        lang=values.get("lang"),
        robots=values.get("robots"),
        keywords=values.get("keywords"),
        og=og,
        lines=lines,
    )


_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|/|»|:)\s+")
_TOKEN = re.compile(r"\w+", re.UNICODE)


def _title_headline(meta: Meta) -> str | None:
    og_title = meta.og.get("og:title")
    if og_title:
        return og_title
    return strip_site_name(meta.title, meta.og.get("og:site_name")) if meta.title else None


def strip_site_name(title: str, site_name: str | None = None) -> str:
    """``"7 Ways to Sleep | The Site"`` → ``"7 Ways to Sleep"``."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    seps = _TITLE_SEPARATORS.findall(title)
    site = _tokens(site_name) if site_name else set()
    if site and _tokens(parts[0]) <= site and len(parts) > 1:
        return title[title.index(seps[0]) + len(seps[0]) :].strip()
    last = parts[-1]
    head = title[: title.rfind(seps[-1])].strip()
    if (site and _tokens(last) <= site) or (len(last.split()) <= 4 and len(head.split()) >= 3):
        return head
    return title


def _tokens(text: str | None) -> set[str]:
    return {t.lower() for t in _TOKEN.findall(text or "")}


def _similarity(a: str, b: str | None) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    return 2 * len(ta & tb) / (len(ta) + len(tb))


def _headline(root: Element, body: Element, headings: list[Heading], meta: Meta,
              locator: _Locator) -> Heading | None:
    """The article's h1 as a reader sees it: the body's own, else the page's h1 that
    matches the titles or sits nearest above the body."""
    references = [t for t in (meta.og.get("og:title"),
                              strip_site_name(meta.title, meta.og.get("og:site_name"))
                              if meta.title else None) if t]

    def match(text: str) -> float:
        return max((_similarity(text, r) for r in references), default=0.0)

    own = [h for h in headings if h.level == 1 and h.text]
    if own:
        best = max(own, key=lambda h: match(h.text))
        return best if match(best.text) > 0.0 else own[0]
    body_line = locator.at(body)[0]
    candidates: list[tuple[float, int, Heading]] = []
    for el in root.iter("h1"):
        if _in_chrome(el, body):
            continue
        text = _text(el) or _image_text(el)
        if not text:
            continue
        line, col = locator.at(el)
        candidates.append((match(text), line, Heading(1, text, line, col,
                                                       has_link=el.find(".//a") is not None)))
    if not candidates:
        return None
    matching = [c for c in candidates if c[0] >= 0.5]
    if matching:
        return max(matching, key=lambda c: (c[0], -abs(body_line - c[1])))[2]
    above = [c for c in candidates if c[1] <= body_line]
    if above and not references:
        return max(above, key=lambda c: c[1])[2]
    return None


def _in_chrome(el: Element, body: Element) -> bool:
    # Wrappers around the body itself ("advertisement-off-canvas" page shells) do not
    # count: only chrome that sits beside the article.
    shell = set(body.iterancestors())
    for anc in el.iterancestors():
        if anc is body or anc in shell:
            return False
        if anc.tag == "header" and (anc.get("role") or "").lower() == "banner":
            return True
        if chrome_kind(anc) is not None and anc.tag != "header":
            return True
    return False
