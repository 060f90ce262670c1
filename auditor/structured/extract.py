"""Read a page's structured data into :class:`StructuredData`.

JSON-LD is parsed here, block by block, so every node and every error keeps the line
of its ``<script>`` (an invalid block is a finding, not a silent gap). Microdata is
read from the parser's tree (auditor.structured.microdata, extruct's output without
importing it); RDFa goes through extruct (imported only when a page has a schema.org
``typeof`` naming an article or list: it is slow and most pages have none). Markdown drafts can
carry the same fields in front matter (``headline``, ``image``, ``date``/
``datePublished``, ``lastmod``/``dateModified``, ``author``), read as one Article.
Nothing here touches the network.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from auditor.structured.model import ARTICLE_TYPES, Node, Problem, StructuredData  # noqa: F401 - read here, shared
from auditor.text.lazyre import LazyPattern


def _types(value: Any) -> tuple[str, ...]:
    raw = value if isinstance(value, list) else [value]
    out = []
    for t in raw:
        if isinstance(t, str) and t.strip():
            out.append(t.strip().rsplit("/", 1)[-1].rsplit("#", 1)[-1])  # "http://schema.org/Article"
    return tuple(out)


def _walk(value: Any, syntax: str, line: int, depth: int = 0) -> Iterator[Node]:
    """Top-level nodes, ``@graph`` members, a WebPage's ``mainEntity`` and a Blog's one
    ``blogPost`` (WordPress themes mark the <article> up as the BlogPosting of a Blog
    item on <main>: the post is declared, one level down)."""
    if depth > 6:
        return
    if isinstance(value, list):
        for item in value:
            yield from _walk(item, syntax, line, depth + 1)
        return
    if not isinstance(value, dict):
        return
    if "@graph" in value:
        yield from _walk(value["@graph"], syntax, line, depth + 1)
    types = _types(value.get("@type"))
    if types:
        yield Node(types, value, syntax, line)
    main = value.get("mainEntity")
    if isinstance(main, (dict, list)) and types and any(t.endswith("Page") for t in types):
        yield from _walk(main, syntax, line, depth + 1)
    post = value.get("blogPost")
    if isinstance(post, list) and len(post) == 1:
        post = post[0]
    # One post only: a blog's index lists many, none of them the page's own article.
    if isinstance(post, dict) and "Blog" in types:
        yield from _walk(post, syntax, line, depth + 1)


# "//" or "/* … */" around the CDATA markers: the wrappers of XHTML-era templates (Letterboxd
# writes "/* <![CDATA[ */ {…} /* ]]> */" and its ratings show in search).
_WRAPPERS = re.compile(r"^\s*(?://\s*|/\*\s*)?<!\[CDATA\[(?:\s*\*/)?|(?://\s*|/\*\s*)?\]\]>(?:\s*\*/)?\s*$"
                       r"|^\s*<!--|-->\s*$")


def _unwrapped(text: str) -> str:
    """``text`` without the CDATA or comment wrappers of _WRAPPERS, as ``_WRAPPERS.sub("",
    text)`` gives it. A block holding none of the markers they need ("<!", "]]>", "-->")
    is returned as it is. Else the opening wrapper can match only at the start (its "^"),
    and a closing one, running to the end (its greedy ``\\s*$``), is the last match:
    the start is matched once, and the closing wrappers (_CLOSING, the same alternatives
    each opening with a literal) searched after it; the whole pattern tried its closing
    branches at every character (a 52 KB ld+json block holding HTML: 2.2 ms, now 0.17)."""
    if "<!" in text or "]]>" in text or "-->" in text:
        opening = _WRAPPERS.match(text)
        start = opening.end() if opening is not None else 0
        closing = _CLOSING.search(text, start or 1)  # at 0, the whole pattern was tried
        return text[start:closing.start() if closing is not None else len(text)]
    return text


# _WRAPPERS' closing alternatives, its optional "//" or "/*" spelled out so that each opens
# with a literal: the engine skips in C to the next "/", "]" or "-" (tried in the same order).
_CLOSING = LazyPattern(r"//\s*\]\]>(?:\s*\*/)?\s*$|/\*\s*\]\]>(?:\s*\*/)?\s*$|\]\]>(?:\s*\*/)?\s*$|-->\s*$")


def _json_ld(root: Any) -> tuple[list[Node], list[Problem], int]:
    nodes: list[Node] = []
    problems: list[Problem] = []
    count = 0
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        count += 1
        line = script.sourceline or 1
        # A byte-order mark pasted in with the block: JSON's RFC lets a parser ignore it.
        text = _unwrapped(script.text or "").strip().lstrip("\ufeff").rstrip(";")
        if not text:  # an empty template slot: search engines skip it, nothing is lost
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            problems.append(Problem("invalid-json", line, f"{exc.msg} at line {exc.lineno} column {exc.colno} of the block"))
            continue
        nodes.extend(_walk(data, "json-ld", line))
    return nodes, problems, count


@cache
def _typed_path(attr: str) -> Any:
    """Compiled once, on first use (a Markdown draft never imports lxml); read from the
    root element down: the elements of "//*[@attr]", ~15% faster."""
    from lxml import etree

    return etree.XPath(f"descendant-or-self::*[@{attr}]")


def _typed(root: Any, attr: str) -> list[tuple[str, int]]:
    """(value, line) of each element carrying ``attr`` (itemtype, typeof), in document order."""
    top = root.getroottree().getroot()
    return [(value, el.sourceline or 1) for el in _typed_path(attr)(top) if (value := el.get(attr))]


def _first_line(typed: list[tuple[str, int]], type_name: str) -> int:
    """The line of the first typed element whose type names ``type_name``."""
    return next((line for value, line in typed if type_name in value), 1)


# Matched in the lower-cased page (same offsets: bytes.lower() maps A-Z only) from the
# literal "typeof", which the engine skips to (a leading \b would make it try every
# byte); the word boundary before it is checked by hand (_typeof_values). The values
# are read from the page itself.
_TYPEOF = re.compile(rb"""typeof\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
# An RDFa node is kept only when a type names an article or ItemList (below), and its
# types come from typeof values: pages whose typeof values name none of them (Open
# Graph, breadcrumbs, people: most news pages) skip pyRdfa's walk of the whole DOM,
# a third of the audit's time on the corpus.
_KEPT_RDFA = tuple(sorted({*ARTICLE_TYPES, "ItemList"}))


def _names_kept_rdfa_type(raw: bytes, lowered: bytes | None = None) -> bool:
    lowered = raw.lower() if lowered is None else lowered
    values = b" ".join(_typeof_values(raw, lowered)).decode("latin-1")
    return any(name in values for name in _KEPT_RDFA)


def _typeof_values(raw: bytes, lowered: bytes) -> Iterator[bytes]:
    """The values a leading-boundary pattern (_TYPEOF after a non-word byte) finds, left
    to right, as its finditer would."""
    at = 0
    while (m := _TYPEOF.search(lowered, at)) is not None:
        start = m.start()
        if start and lowered[start - 1] in _WORD_BYTES:  # "xtypeof": no boundary; look on
            at = start + 1
            continue
        yield raw[m.start(1):m.end(1)]
        at = m.end()


def _extruct(raw: bytes, root: Any, lowered: bytes, marks: tuple[bool, bool] | None = None) -> list[Node]:
    """Microdata and RDFa nodes; ``raw`` is the page as UTF-8 (extruct's default),
    ``lowered`` the same bytes lower-cased, ``marks`` whether they hold "itemscope" and
    "typeof=" when the caller looked already (each a scan of the whole page)."""
    itemscope, typeof = marks if marks is not None else (b"itemscope" in lowered, b"typeof=" in lowered)
    syntaxes = []
    if itemscope:
        syntaxes.append("microdata")
    if typeof and b"schema.org" in lowered and _names_kept_rdfa_type(raw, lowered):
        syntaxes.append("rdfa")
    if not syntaxes:
        return []
    # Microdata is read from the page's tree as we parsed it (auditor.structured.microdata,
    # extruct's reading without importing extruct); RDFa needs extruct's DOM-flavoured parse.
    try:
        found: dict[str, list[Any]] = {}
        typed_microdata: list[tuple[str, int]] = []
        if "rdfa" in syntaxes:
            import extruct  # lazy: slow to import (rdflib), needed by few pages

            found = extruct.extract(raw, syntaxes=["rdfa"], uniform=True, errors="ignore")
        if "microdata" in syntaxes:
            from auditor.structured.microdata import read

            found["microdata"], typed_microdata = read(root)  # the items and the typed elements: one pass
    except Exception:  # noqa: BLE001 - a page we cannot read has no microdata or RDFa for us
        return []
    nodes = []
    for syntax in syntaxes:
        typed = typed_microdata if syntax == "microdata" else _typed(root, "typeof")
        for item in found.get(syntax, []):
            for node in _walk(item, syntax, 1):
                if syntax == "rdfa" and not any(t in ARTICLE_TYPES or t == "ItemList" for t in node.types):
                    continue  # RDFa on news pages is mostly Open Graph, read elsewhere
                nodes.append(Node(node.types, node.data, syntax, _first_line(typed, node.types[0])))
    return nodes


# lxml refuses a str that declares its own encoding.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def _decoded(raw: bytes) -> str:
    from auditor.sources import SourceError
    from auditor.sources.encoding import decode

    try:
        return decode(raw, html=True)
    except SourceError:  # empty or not text: lxml finds nothing in it either
        return raw.decode("latin-1")


def from_html(raw: bytes, root: Any | None = None) -> StructuredData:
    """The structured data of the page ``raw``. ``root``: the page as the article
    parser parsed it (from the same decoding), before it removed anything: one parse
    serves both; without it the page is parsed here."""
    import lxml.html

    from auditor.sources.encoding import utf8
    from auditor.sources.limits import defuse

    # Decoded as the article is (a page whose <title> comes before its <meta charset>
    # would otherwise be read as latin-1 by lxml: mojibake headlines).
    decoded = _decoded(raw)
    encoded = utf8(decoded)
    lowered = encoded.lower()
    has_head = b"<head" in lowered  # cutting attribute floods never blanks a tag's name
    marks = (b"itemscope" in lowered, b"typeof=" in lowered)  # each looked for once a page
    microdata_or_rdfa = any(marks)
    text = decoded
    if root is None or microdata_or_rdfa:
        text = defuse(text)  # the attribute floods the article parser is spared, for lxml and extruct
    if root is None:
        try:
            root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", text, count=1))
        except Exception:  # noqa: BLE001 - lxml refuses empty or odd input: nothing to read
            return StructuredData()
    nodes, problems, count = _json_ld(root)
    if microdata_or_rdfa:
        if text is not decoded:  # a flood was cut: the marks are looked for again in what is left
            encoded = utf8(text)
            lowered = encoded.lower()
            marks = (b"itemscope" in lowered, b"typeof=" in lowered)
        nodes.extend(_extruct(encoded, root, lowered, marks))
    return StructuredData(tuple(nodes), tuple(problems), has_head, count)


_FRONT_KEYS = {
    "headline": ("headline", "title"),
    "image": ("image", "featured_image", "cover", "thumbnail"),
    "datePublished": ("datePublished", "date", "published", "pubdate", "publishDate"),
    "dateModified": ("dateModified", "lastmod", "updated", "modified", "last_modified"),
    "author": ("author", "authors"),
}


def from_front_matter(front: Mapping[str, Any], line: int) -> StructuredData:
    """A Markdown draft's front matter as one Article node (when it has any of the
    fields); a ``schema``/``jsonld`` mapping in front matter is read as JSON-LD."""
    nodes: list[Node] = []
    for key in ("schema", "jsonld", "json_ld", "structured_data"):
        if isinstance(front.get(key), (dict, list)):
            nodes.extend(_walk(front[key], "front-matter", line))
    if not nodes:
        data: dict[str, Any] = {}
        for prop, keys in _FRONT_KEYS.items():
            for key in keys:
                value = front.get(key)
                if value not in (None, "", []):
                    data[prop] = value if not hasattr(value, "isoformat") else value.isoformat()
                    break
        author = data.get("author")
        if isinstance(author, str):
            data["author"] = {"@type": "Person", "name": author}
        elif isinstance(author, list):
            data["author"] = [{"@type": "Person", "name": a} if isinstance(a, str) else a for a in author]
        # A title alone is every draft's front matter, not structured data: judge
        # only drafts that carry at least one article field beyond it.
        if set(data) - {"headline"}:
            nodes.append(Node(("Article",), data, "front-matter", line))
    return StructuredData(tuple(nodes), (), True, 0)
