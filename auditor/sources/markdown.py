"""Markdown → :class:`~auditor.model.Document` with markdown-it-py (CommonMark +
tables) and YAML (``---``) or TOML (``+++``) front matter.

Choices worth knowing:

* **Headline.** The first ``# H1`` in the body is the headline a reader sees, so it
  wins; the front-matter ``title`` is the fallback when the body has no H1 (static
  site generators render it as the page's H1). A front-matter title is not added to
  ``headings``: the outline holds what the body itself contains.
* **SEO title.** ``meta.title`` is ``seo_title`` (or ``meta_title``), else the
  front-matter ``title``, which generators put in ``<title>``.
* **Front matter keys** (case-insensitive, first alias wins): ``description``
  (``meta_description``, ``summary``, ``excerpt``), ``slug``, ``keyphrase``
  (``focus_keyphrase``, ``focus_keyword``), ``canonical`` (``canonical_url``),
  ``lang`` (``language``, ``locale``), ``og_image``/``image``, ``robots``,
  ``keywords`` (a list is joined with ", "). ``meta.front_matter`` keeps the whole
  mapping with JSON-able values (dates become ISO strings); ``meta.lines`` maps each
  Meta field (and every other raw key) to the file line that declared it.
* **Lines** are real file lines: markdown-it's ``token.map`` already counts the YAML
  block; TOML front matter is blanked out (same number of lines) before parsing.
  Inline elements (links, images) get the line of their soft break within the
  block and the column of their markup on that line (approximate for repeated
  markup).
* **List items** carry the text of their own paragraphs (nested lists excluded) and
  are not repeated as paragraphs; an item of a loose list holding two paragraphs or
  more is read as what it renders to (``<li><p>…</p><p>…</p></li>``), as HTML's is:
  its paragraphs are blocks of their own inside it (the first one at its column after
  the item's marker), the item has no text and ends where its source does. ``number`` is the number a reader sees in the
  rendered list: the list's ``start`` plus the item's position.
* **Images.** ``![alt](src "title")``; alt ``""`` when empty. An image alone in a
  paragraph followed by an italic line or a "Photo:"/"Credit:"/"Source:" line (in
  the same paragraph or the next one) takes it as caption/credit, and that line is
  not a body paragraph. Raw HTML blocks are read by the HTML pages' own walk
  (:mod:`auditor.sources.html.fragment`) and inline ``<img>`` by the same image
  mapping, so lazy sources, ``<figure>`` captions and credits read alike in both
  formats; a missing ``alt`` attribute stays ``None``.
"""

from __future__ import annotations

import datetime as _dt
import html as _html
import re
from dataclasses import dataclass, field, replace
from typing import Any

from auditor.model import Document, Heading, Image, Link, ListItem, Meta, Paragraph
from auditor.sources import SourceError, SourceOptions
from auditor.text.credits import split_credit, starts_like_credit

_TOML_FENCE = re.compile(r"\+\+\+[ \t]*")
_YAML_FENCE = re.compile(r"-{3,}[ \t]*")
_YAML_KEY = re.compile(r"[A-Za-z_][\w-]*\s*:(?:\s|$)")
_TOML_KEY = re.compile(r"^\s*(?:\"([^\"]+)\"|'([^']+)'|([A-Za-z0-9_-]+))\s*=", re.M)
_TOML_TABLE = re.compile(r"^\s*\[", re.M)
_TOML_AT = re.compile(r"\s*\(at (?:line (\d+), column \d+|end of document)\)\s*$")
_ATTR = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
_TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9-]*)([^>]*)>", re.S)

_ALIASES: dict[str, tuple[str, ...]] = {
    "description": ("description", "meta_description", "summary", "excerpt"),
    "slug": ("slug",),
    "keyphrase": ("keyphrase", "focus_keyphrase", "focus_keyword"),
    "canonical": ("canonical", "canonical_url", "canonicalurl"),
    "lang": ("lang", "language", "locale"),
    "robots": ("robots",),
    "keywords": ("keywords",),
}


# ---------------------------------------------------------------------------
# Front matter


@dataclass(slots=True)
class _FrontMatter:
    data: dict[str, Any]
    lines: dict[str, int]  # raw key → file line


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (_dt.date, _dt.time)):  # datetime is a date
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _safe_yaml(content: str) -> tuple[Any, Any]:
    """The YAML node tree and its plain data (dicts, lists, strings, numbers, dates).

    Aliases are refused: nine anchors of nine aliases each expand to 9**9 strings (an
    "alias bomb", gigabytes from a few hundred bytes), and front matter never needs
    them. The safe constructor builds no Python objects from tags."""
    import yaml

    class NoAliasLoader(yaml.SafeLoader):
        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()  # type: ignore[no-untyped-call]
                raise yaml.composer.ComposerError(
                    None, None, f"aliases (*{event.anchor}) are not allowed", event.start_mark
                )
            return super().compose_node(parent, index)

    loader = NoAliasLoader(content)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return node, data


_SURROGATE = re.compile("[\ud800-\udfff]")


def _refuse_surrogates(data: Any, node: Any, first_line: int) -> None:
    """A one-line error for a lone surrogate (``"\\ud800"`` is valid YAML but no
    character): no writer could encode it as UTF-8."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str) and (surrogate := _SURROGATE.search(value)):
            code = f"\\u{ord(surrogate.group()):04x}"
            raise SourceError(
                f"invalid YAML front matter: {code} is a lone surrogate, not a character: "
                f"write the character itself (line {first_line})"
            )


def _yaml_front_matter(content: str, first_line: int) -> _FrontMatter:
    """Parse YAML ``content`` whose first line is file line ``first_line``."""
    import yaml

    try:
        node, data = _safe_yaml(content) if content.strip() else (None, None)
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None)
        context = getattr(exc, "context", None)
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        reason = problem or str(exc).splitlines()[0]
        if problem and "end of stream" in problem and getattr(exc, "context_mark", None) is not None:
            mark = exc.context_mark  # type: ignore[attr-defined]  # where the unclosed thing began
            reason = f"{context}: {problem}" if context else problem
        line = first_line + (mark.line if mark is not None else 0)
        raise SourceError(f"invalid YAML front matter: {reason} (line {line})") from None
    if data is None:
        return _FrontMatter({}, {})
    _refuse_surrogates(data, node, first_line)
    if not isinstance(data, dict):
        raise SourceError(f"invalid YAML front matter: expected key: value pairs, got a {type(data).__name__} (line {first_line})")
    lines: dict[str, int] = {}
    if node is not None and hasattr(node, "value") and isinstance(node.value, list):
        for key_node, _ in node.value:
            if isinstance(getattr(key_node, "value", None), str):
                lines.setdefault(key_node.value, first_line + key_node.start_mark.line)
    return _FrontMatter(_jsonable(data), lines)


def _toml_front_matter(content: str, first_line: int) -> _FrontMatter:
    import tomllib

    try:
        data = tomllib.loads(content)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        at = _TOML_AT.search(message)
        if at and at.group(1):
            line = first_line + int(at.group(1)) - 1
        else:  # "at end of document": the last line of the block
            line = first_line + max(0, content.rstrip("\n").count("\n"))
        reason = _TOML_AT.sub("", message) or "syntax error"
        raise SourceError(f"invalid TOML front matter: {reason} (line {line})") from None
    table = _TOML_TABLE.search(content)
    top = content[: table.start()] if table else content
    lines: dict[str, int] = {}
    for match in _TOML_KEY.finditer(top):
        key = match.group(1) or match.group(2) or match.group(3)
        lines.setdefault(key, first_line + top.count("\n", 0, match.start()))
    return _FrontMatter(_jsonable(data), lines)


def _split_toml(src: str) -> tuple[str, _FrontMatter | None]:
    """Blank out a leading ``+++`` block (keeping its line count) and parse it."""
    lines = src.split("\n")
    if not lines or not _TOML_FENCE.fullmatch(lines[0]):
        return src, None
    for end in range(1, len(lines)):
        if _TOML_FENCE.fullmatch(lines[end]):
            fm = _toml_front_matter("\n".join(lines[1:end]), 2)
            return "\n" * (end + 1) + "\n".join(lines[end + 1 :]), fm
    raise SourceError("invalid TOML front matter: no closing '+++' (line 1)")


def _str(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _meta(fm: _FrontMatter | None, fm_line: int) -> tuple[Meta, str | None, int]:
    """Meta from front matter, plus the front-matter title and its line."""
    # Long on purpose: one block per front-matter field and its accepted spellings.
    if fm is None:
        return Meta(), None, 1
    lower = {k.lower(): k for k in fm.data}
    lines: dict[str, int] = dict(fm.lines)

    def pick(*names: str) -> tuple[Any, str | None]:
        for name in names:
            if name in lower:
                key = lower[name]
                return fm.data[key], key
        return None, None

    values: dict[str, str | None] = {}
    for field_name, names in _ALIASES.items():
        value, key = pick(*names)
        if field_name == "keywords" and isinstance(value, list):
            value = ", ".join(str(v) for v in value if v is not None)
        values[field_name] = _str(value)
        if values[field_name] is not None and key is not None and key in fm.lines:
            lines[field_name] = fm.lines[key]

    title_value, title_key = pick("title")
    title = _str(title_value)
    title_line = fm.lines.get(title_key or "", fm_line)
    seo_value, seo_key = pick("seo_title", "meta_title")
    seo = _str(seo_value)
    if seo is not None and seo_key is not None:
        lines["title"] = fm.lines.get(seo_key, fm_line)
    elif title is not None:
        seo = title
        lines["title"] = title_line

    og: dict[str, str] = {}
    for og_key, names in (
        ("og:title", ("og_title",)),
        ("og:description", ("og_description",)),
        ("og:image", ("og_image", "image", "cover", "featured_image")),
    ):
        value, key = pick(*names)
        text = _str(value)
        if text is not None:
            og[og_key] = text
            if key is not None and key in fm.lines:
                lines[og_key] = fm.lines[key]
    lines.setdefault("front_matter", fm_line)

    meta = Meta(
        title=seo,
        description=values["description"],
        canonical=values["canonical"],
        lang=values["lang"],
        robots=values["robots"],
        keywords=values["keywords"],
        slug=values["slug"],
        keyphrase=values["keyphrase"],
        og=og,
        lines=lines,
        front_matter=fm.data,
    )
    return meta, title, title_line


# ---------------------------------------------------------------------------
# Inline content


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _attrs(raw: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _ATTR.finditer(raw):
        name = match.group(1).lower()
        value = match.group(2) if match.group(2) is not None else match.group(3) if match.group(3) is not None else match.group(4)
        found.setdefault(name, _html.unescape(value) if value is not None else "")
    return found


def _link_from_attrs(attrs: dict[str, str], text: str, line: int, column: int, in_heading: bool, has_image: bool) -> Link:
    rel = tuple(attrs.get("rel", "").lower().split())
    return Link(attrs.get("href"), text, line, column, rel=rel, target=attrs.get("target"), in_heading=in_heading, has_image=has_image)


class _Text:
    """Whitespace-collapsing text builder that remembers where source lines start."""

    __slots__ = ("parts", "length", "breaks", "pending_space")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.breaks: list[int] = []
        self.pending_space = False

    def add(self, text: str) -> None:
        if not text:
            return
        if text[0].isspace():
            self.pending_space = True
        words = text.split()
        if not words:
            return
        piece = " ".join(words)
        if self.length and self.pending_space:
            self.parts.append(" ")
            self.length += 1
        self.parts.append(piece)
        self.length += len(piece)
        self.pending_space = text[-1].isspace()

    def newline(self) -> None:
        self.pending_space = True
        if self.length:
            self.breaks.append(self.length + 1)

    def value(self) -> tuple[str, tuple[int, ...]]:
        text = "".join(self.parts)
        return text, tuple(sorted({b for b in self.breaks if b < len(text)}))


@dataclass(slots=True)
class _Segment:
    """One source line of an inline run (between soft/hard breaks)."""

    text: list[str] = field(default_factory=list)
    images: int = 0
    plain: bool = False  # has visible text outside emphasis
    emphasised: bool = False  # has visible text inside emphasis


@dataclass(slots=True)
class _OpenLink:
    attrs: dict[str, str]
    line: int
    column: int
    raw: bool
    text: list[str] = field(default_factory=list)
    image_alt: str | None = None
    has_image: bool = False


@dataclass(slots=True)
class _Inline:
    text: str
    breaks: tuple[int, ...]
    segments: list[_Segment]
    images: list[Image]
    links: list[Link]
    lead: int = 0  # characters of ``text`` a bold run opening it covers


class _Locator:
    """Columns of inline markup on source lines, left to right."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.cursor: dict[int, int] = {}

    def column(self, line: int, needle: str) -> int:
        if not 1 <= line <= len(self.lines):
            return 1
        source = self.lines[line - 1]
        start = self.cursor.get(line, 0)
        found = source.find(needle, start)
        if found < 0:
            found = source.find(needle)
        if found < 0:
            return 1
        self.cursor[line] = found + len(needle)
        return found + 1


def _inline(children: list[Any], line: int, locator: _Locator, in_heading: bool) -> _Inline:
    # Complexity ~23 (over the ~15 budget) on purpose: one pass over the inline tokens
    # whose branches share the open links, the emphasis depth and the line segments;
    # the three closures below keep that state in one place rather than scattered.
    builder = _Text()
    segments = [_Segment()]
    images: list[Image] = []
    links: list[Link] = []
    open_links: list[_OpenLink] = []
    emphasis = 0
    lead, bold = 0, -1  # a bold run opening the text: its end, and its emphasis depth while open

    def add_text(content: str) -> None:
        builder.add(content)
        for frame in open_links:
            frame.text.append(content)
        if content.strip():
            segment = segments[-1]
            segment.text.append(content)
            if emphasis:
                segment.emphasised = True
            else:
                segment.plain = True

    def close_link(frame: _OpenLink) -> None:
        text = _collapse("".join(frame.text))
        if not text and frame.image_alt:
            text = _collapse(frame.image_alt)
        links.append(_link_from_attrs(frame.attrs, text, frame.line, frame.column, in_heading, frame.has_image))

    def add_image(image: Image) -> None:
        images.append(image)
        segments[-1].images += 1
        for frame in open_links:
            frame.has_image = True
            if frame.image_alt is None:
                frame.image_alt = image.alt or ""

    for token in children:
        kind = token.type
        if kind == "text" or kind == "code_inline":
            add_text(token.content)
        elif kind in ("softbreak", "hardbreak"):
            builder.newline()
            line += 1
            segments.append(_Segment())
        elif kind in ("em_open", "strong_open", "s_open"):
            if kind == "strong_open" and not builder.length and bold < 0 and not images:
                bold = emphasis  # "**Title** — …": a title set in bold
            emphasis += 1
        elif kind in ("em_close", "strong_close", "s_close"):
            emphasis = max(0, emphasis - 1)
            if kind == "strong_close" and emphasis == bold and not lead:
                lead = builder.length
        elif kind == "link_open":
            attrs = {k: str(v) for k, v in token.attrs.items()}
            needle = "<" if token.markup == "autolink" else "["
            open_links.append(_OpenLink(attrs, line, locator.column(line, needle), raw=False))
        elif kind == "link_close":
            for index in range(len(open_links) - 1, -1, -1):
                if not open_links[index].raw:
                    close_link(open_links.pop(index))
                    break
        elif kind == "image":
            alt = "".join(child.content for child in (token.children or []) if child.type in ("text", "code_inline"))
            if not alt and token.content:
                alt = token.content
            title = token.attrs.get("title")
            src = str(token.attrs.get("src") or "") or None
            from auditor.sources.html.images import image_name  # lazy: the HTML package is heavy

            add_image(
                Image(
                    src, _collapse(alt), line, locator.column(line, "!["),
                    title=str(title) if title is not None else None, name=image_name(src),
                )
            )
        elif kind == "html_inline":
            _html_inline(token.content, line, locator, open_links, close_link, add_image, builder)
    for frame in open_links:  # unclosed raw <a>: keep what it wrapped
        close_link(frame)
    text, breaks = builder.value()
    return _Inline(text, breaks, segments, images, links, lead)


def _inline_image(tag: str, line: int, column: int) -> Image:
    """An inline raw ``<img>``, mapped as HTML pages map it (lazy sources, credits)."""
    from auditor.sources.html.fragment import read_tag
    from auditor.sources.html.images import image_src
    from auditor.sources.html.walk import image_from_element

    element = read_tag(tag)
    if element is None or element.tag != "img":
        return Image(None, None, line, column)
    src, lazy = image_src(element)
    return image_from_element(element, src, lazy, line, column)


def _html_inline(content: str, line: int, locator: _Locator, open_links: list[_OpenLink], close_link: Any, add_image: Any, builder: _Text) -> None:
    match = _TAG.match(content.strip())
    if match is None:
        return
    closing, tag = match.group(1) == "/", match.group(2).lower()
    if tag == "a" and not closing:
        open_links.append(_OpenLink(_attrs(match.group(3)), line, locator.column(line, "<a"), raw=True))
    elif tag == "a":
        for index in range(len(open_links) - 1, -1, -1):
            if open_links[index].raw:
                close_link(open_links.pop(index))
                break
    elif tag == "img" and not closing:
        add_image(_inline_image(content.strip(), line, locator.column(line, "<img")))
    elif tag == "br":
        builder.add(" ")


# ---------------------------------------------------------------------------
# Raw HTML blocks


def _html_block(content: str, first_line: int, quote: bool, out: _Collector) -> None:
    """A raw HTML block, read by the HTML pages' own walk (one mapping for both)."""
    from auditor.sources.html.fragment import read_fragment

    if not content.strip() or content.lstrip().startswith("<!--") and content.rstrip().endswith("-->"):
        return
    fragment = read_fragment(content, first_line, quote)
    out.headings.extend(h for h in fragment.headings if h.text)
    out.paragraphs.extend(_Block(p.text, p.line, p.column, p.breaks, p.quote) for p in fragment.paragraphs)
    out.images.extend(fragment.images)
    out.links.extend(fragment.links)


# ---------------------------------------------------------------------------
# Block walk


@dataclass(slots=True)
class _Block:
    """A paragraph as parsed, before images claim their caption lines."""

    text: str
    line: int
    column: int
    breaks: tuple[int, ...]
    quote: bool
    container: int = -1  # id of the enclosing blockquote/list item, -1 at top level
    image: int | None = None  # index into images when the paragraph is one image alone
    caption: tuple[str | None, str | None] | None = None  # what it offers as a caption
    lead: int = 0  # characters a bold run opening the text covers


@dataclass(slots=True)
class _Collector:
    headings: list[Heading] = field(default_factory=list)
    paragraphs: list[_Block] = field(default_factory=list)
    items: list[ListItem] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)

    def add_heading(self, heading: Heading) -> None:
        self.headings.append(heading)


@dataclass(slots=True)
class _OpenItem:
    line: int
    column: int
    ordered: bool
    number: int | None
    list_index: int
    depth: int
    texts: list[str] = field(default_factory=list)
    # Where each text starts in the source and where its own lines break (_Inline.breaks).
    starts: list[tuple[int, tuple[int, ...]]] = field(default_factory=list)
    end: int = 0  # the source line after the item (1-based)
    # A loose item's paragraphs (blank lines between them, CommonMark 5.3): its first one kept
    # back (its inline reading, line, column, and how many images came before its own), then
    # how many it holds.
    pending: tuple[_Inline, int, int, int] | None = None
    paragraphs: int = 0
    lead: int = 0  # characters of its first text a bold run opening it covers

    def breaks(self, text: str) -> tuple[int, ...]:
        """Offsets in ``text`` (the item's joined texts) where its source lines break; a
        blank line between two paragraphs of the item is a break with no text of its own."""
        if " ".join(self.texts) != text:
            return ()  # the join collapsed spaces: offsets would not line up, stay at the first line
        breaks: list[int] = []
        offset, at_line = 0, self.line
        for piece, (line, own) in zip(self.texts, self.starts):
            breaks += [offset] * max(0, line - at_line)  # the item's first text may open a line later too
            breaks += [offset + b for b in own]
            at_line = line + len(own)
            offset += len(piece) + 1
        return tuple(breaks)


def _caption_offer(segments: list[_Segment]) -> tuple[str | None, str | None] | None:
    """What these lines offer as an image caption: (caption, credit), or None."""
    if any(s.images for s in segments):
        return None
    text = _collapse(" ".join("".join(s.text) for s in segments))
    if not text or len(text.split()) > 60:
        return None
    emphasised = all(s.emphasised and not s.plain for s in segments if s.text)
    credit = split_credit(text)
    if credit is not None and (emphasised or credit[0] is None or starts_like_credit(text) or len(text.split()) <= 50):
        return credit[0], credit[1]
    if emphasised:
        return text, None
    return None


_INDENT = re.compile(r"[ \t>]*")


# A list item's marker and the spaces after it ("1. ", "- ", "10) ").
_ITEM_MARKER = re.compile(r"(?:\d{1,9}[.)]|[-*+])[ \t]+")


def _column(lines: list[str], line: int) -> int:
    """Where a block's content starts on its line, after indentation and ``>``."""
    if 1 <= line <= len(lines):
        indent = _INDENT.match(lines[line - 1])
        assert indent is not None  # the pattern matches ""
        return indent.end() + 1
    return 1


def _walk(tokens: list[Any], lines: list[str]) -> _Collector:
    return _BlockWalk(lines).run(tokens)


def _first_line(token: Any) -> int:
    return token.map[0] + 1 if token.map else 1


@dataclass(slots=True)
class _BlockWalk:
    """One pass over markdown-it's block tokens; one small method per token type."""

    lines: list[str]
    out: _Collector = field(default_factory=_Collector)
    containers: list[tuple[str, int]] = field(default_factory=list)  # ("quote" | "item", id)
    list_stack: list[tuple[bool, int, int]] = field(default_factory=list)  # (ordered, index, next number)
    items: list[_OpenItem] = field(default_factory=list)
    list_counter: int = -1
    next_id: int = 0
    locator: _Locator | None = None

    def run(self, tokens: list[Any]) -> _Collector:
        self.locator = _Locator(self.lines)
        handlers = {
            "blockquote_open": self._quote_open,
            "blockquote_close": self._quote_close,
            "bullet_list_open": self._list_open,
            "ordered_list_open": self._list_open,
            "bullet_list_close": self._list_close,
            "ordered_list_close": self._list_close,
            "list_item_open": self._item_open,
            "list_item_close": self._item_close,
            "inline": self._inline,
            "html_block": self._html_block,
        }
        for index, token in enumerate(tokens):
            handler = handlers.get(token.type)
            if handler is not None:
                handler(token, tokens[index - 1] if index else None)
        return self.out

    def _open_container(self, kind: str) -> None:
        self.containers.append((kind, self.next_id))
        self.next_id += 1

    def _in_quote(self) -> bool:
        return any(kind == "quote" for kind, _ in self.containers)

    def _quote_open(self, token: Any, opener: Any) -> None:
        self._open_container("quote")

    def _quote_close(self, token: Any, opener: Any) -> None:
        if self.containers:
            self.containers.pop()

    def _list_open(self, token: Any, opener: Any) -> None:
        self.list_counter += 1
        ordered = token.type == "ordered_list_open"
        start = token.attrs.get("start", 1) if ordered else 1
        self.list_stack.append((ordered, self.list_counter, int(start)))

    def _list_close(self, token: Any, opener: Any) -> None:
        if self.list_stack:
            self.list_stack.pop()

    def _item_open(self, token: Any, opener: Any) -> None:
        if not self.list_stack:
            return
        ordered, list_index, number = self.list_stack[-1]
        self.list_stack[-1] = (ordered, list_index, number + 1)
        line = _first_line(token)
        self.items.append(_OpenItem(line, _column(self.lines, line), ordered, number if ordered else None,
                                    list_index, len(self.list_stack), end=token.map[1] + 1 if token.map else 0))
        self._open_container("item")

    def _item_close(self, token: Any, opener: Any) -> None:
        if not self.items:
            return
        item = self.items.pop()
        if self.containers:
            self.containers.pop()
        # An item of two paragraphs or more reads as HTML's "<li><p>…</p><p>…</p></li>" does (what
        # Markdown renders it to): its paragraphs are blocks of their own inside it, up to ``end``.
        split = item.paragraphs >= 2
        text = "" if split else _collapse(" ".join(item.texts))
        self.out.items.append(
            ListItem(
                text, item.line, item.column, ordered=item.ordered,
                number=item.number, list_index=item.list_index, depth=item.depth, breaks=item.breaks(text),
                end=(item.end, 1) if split and item.end else None, lead=0 if split else item.lead,
            )
        )

    def _inline(self, token: Any, opener: Any) -> None:
        assert self.locator is not None
        line = _first_line(token)
        in_heading = opener is not None and opener.type == "heading_open"
        result = _inline(token.children or [], line, self.locator, in_heading)
        container = self.containers[-1] if self.containers else ("", -1)
        loose = container[0] == "item" and self.items and opener is not None \
            and opener.type == "paragraph_open" and not opener.hidden
        if loose:
            self._loose_paragraph(self.items[-1], container[1])
        self.out.images.extend(result.images)
        self.out.links.extend(result.links)
        if in_heading:
            level = int(opener.tag[1]) if opener.tag[1:].isdigit() else 1
            link_only = len(result.links) == 1 and bool(result.text) and result.links[0].text == result.text
            self.out.headings.append(Heading(level, result.text, line, _column(self.lines, line),
                                             link_only=link_only, has_link=bool(result.links)))
        elif opener is not None and opener.type == "paragraph_open":
            if container[0] == "item" and self.items:
                item = self.items[-1]
                if loose and item.paragraphs >= 2:
                    _paragraph(self.out, result, line, _column(self.lines, line), self._in_quote(), container[1])
                    return
                if loose:
                    column = _column(self.lines, line)
                    if line == item.line:  # the item's first paragraph starts after its marker ("1. ")
                        marker = _ITEM_MARKER.match(self.lines[line - 1], column - 1) if line <= len(self.lines) else None
                        column = marker.end() + 1 if marker else column
                    item.pending = (result, line, column, len(self.out.images))
                if result.text:
                    if not item.texts:
                        item.lead = result.lead  # a bold title opening the item ("1. **Lisbon**  ⏎ …")
                    item.texts.append(result.text)
                    item.starts.append((line, result.breaks))
                return
            _paragraph(self.out, result, line, _column(self.lines, line), self._in_quote(), container[1])

    def _loose_paragraph(self, item: _OpenItem, container: int) -> None:
        """Count a loose item's paragraph; at its second, write out the first one kept back."""
        item.paragraphs += 1
        if item.paragraphs != 2 or item.pending is None:
            return
        first, line, column, images = item.pending
        item.pending = None
        if first.images and images != len(self.out.images):
            return  # pictures of a nested list came between: its own picture's index is lost
        at = len(self.out.paragraphs)
        _paragraph(self.out, first, line, column, self._in_quote(), container)
        # In document order: blocks of a list nested in the item may have come first.
        added = self.out.paragraphs[at:]
        del self.out.paragraphs[at:]
        place = next((k for k, b in enumerate(self.out.paragraphs) if (b.line, b.column) > (line, column)),
                     len(self.out.paragraphs))
        self.out.paragraphs[place:place] = added

    def _html_block(self, token: Any, opener: Any) -> None:
        _html_block(token.content, _first_line(token), self._in_quote(), self.out)


def _paragraph(out: _Collector, result: _Inline, line: int, column: int, quote: bool, container: int) -> None:
    segments = [s for s in result.segments if s.text or s.images]
    image_only = len(result.images) == 1 and segments and segments[0].images == 1 and not segments[0].text
    if image_only and len(segments) == 1:
        out.paragraphs.append(_Block("", line, column, (), quote, container, image=len(out.images) - 1))
        return
    if image_only:
        offer = _caption_offer(segments[1:])
        if offer is not None:  # "![alt](src)\n*Caption. Photo: X*" in one paragraph
            image_index = len(out.images) - 1
            out.images[image_index] = replace(out.images[image_index], caption=offer[0], credit=offer[1])
            return
    offer = _caption_offer(segments) if not result.images else None
    out.paragraphs.append(_Block(result.text, line, column, result.breaks, quote, container, caption=offer,
                                 lead=result.lead))


def _attach_captions(out: _Collector) -> list[Paragraph]:
    """Let an image-only paragraph claim the caption line that follows it."""
    paragraphs: list[Paragraph] = []
    blocks = out.paragraphs
    claimed: set[int] = set()
    for i, block in enumerate(blocks):
        if i in claimed:
            continue
        if block.image is not None:
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            if following is not None and following.caption is not None and following.container == block.container:
                image = out.images[block.image]
                out.images[block.image] = replace(image, caption=following.caption[0], credit=following.caption[1])
                claimed.add(i + 1)
            continue
        if block.text:
            paragraphs.append(Paragraph(block.text, block.line, block.column, block.breaks, block.quote, block.lead))
    return paragraphs


# ---------------------------------------------------------------------------


def _parser() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin)
    # Keep every href as written: markdown-it drops javascript:/vbscript: links
    # (the very links an audit must report) and percent-encodes the rest.
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    md.normalizeLink = lambda url: url  # type: ignore[method-assign]
    return md


def parse_markdown(text: str, path: str, options: SourceOptions) -> Document:
    """Parse a Markdown article; see the module docstring for the choices made."""
    from auditor.sources.directives import find_directives

    src = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = src.split("\n")
    body, front = _split_toml(src)
    tokens = _parser().parse(body)

    if front is None and tokens and tokens[0].type == "front_matter":
        front = _yaml_front_matter(tokens[0].content, 2)
    elif front is None and lines and _YAML_FENCE.fullmatch(lines[0]) and len(lines) > 1 and _YAML_KEY.match(lines[1]):
        raise SourceError("invalid YAML front matter: no closing '---' (line 1)")

    meta, fm_title, fm_title_line = _meta(front, 1)
    out = _walk(tokens, lines)
    paragraphs = _attach_captions(out)

    h1 = next((h for h in out.headings if h.level == 1), None)
    if h1 is not None:
        headline, headline_line, headline_column = h1.text, h1.line, h1.column
    elif fm_title is not None:
        headline, headline_line, headline_column = fm_title, fm_title_line, 1
    else:
        headline, headline_line, headline_column = None, 1, 1

    return Document(
        path=path,
        format="markdown",
        headline=headline,
        headline_line=headline_line,
        headline_column=headline_column,
        meta=meta,
        lang=options.lang or meta.lang or "en",
        headings=tuple(sorted(out.headings, key=lambda h: (h.line, h.column))),
        paragraphs=tuple(sorted(paragraphs, key=lambda p: (p.line, p.column))),
        list_items=tuple(sorted(out.items, key=lambda i: (i.line, i.column))),
        images=tuple(out.images),
        links=tuple(out.links),
        directives=find_directives(src),
        body_source="markdown",
    )
