"""Microdata items read from the page's lxml tree, as extruct 0.18 gives them.

The output is extruct's ``MicrodataExtractor().extract_items(root, None)`` passed
through its ``uniform`` flattening (``@type``, ``@context``, properties beside them),
with one change search engines make: a ``<time>`` with ``content`` and no ``datetime``
has that content as its value. Reading it here spares importing extruct (~0.25 s:
it loads rdflib and pyRdfa) and its per-property copy and clean of the element for
its text. tests/test_microdata.py compares the two on every corpus page.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlparse

from lxml import etree

SCHEMA = "http://schema.org"

# extruct's XPath for the items under an element that is not the document's root;
# the whole document's are read by _Marks.
_ITEMS: Any = etree.XPath("descendant-or-self::*[@itemscope]")  # node lists (lxml types any result)
# Every microdata attribute of the document, in document order: one walk of the tree in
# C finds the items, their properties and the typed elements (extruct's XPaths walked it
# once for the items and twice more per item for its properties: ~1.1 ms a page with
# microdata, now ~0.45).
_MARKED: Any = etree.XPath("descendant-or-self::*/@itemscope|descendant-or-self::*/@itemprop"
                           "|descendant-or-self::*/@itemtype")
_URL_TAGS = {"audio": "src", "embed": "src", "iframe": "src", "img": "src", "source": "src", "track": "src",
             "video": "src", "a": "href", "area": "href", "link": "href", "object": "data"}
_HTML5_SPACE = " \t\n\r\x0c"


class _Marks:
    """A document's microdata markup: its items (``itemscope`` elements) in document
    order, each with its own properties, and its typed elements with their lines."""

    def __init__(self, top: Any) -> None:
        self.items: list[Any] = []
        props: list[Any] = []
        self.typed: list[tuple[str, int]] = []  # (itemtype, line) of each element with one
        for attr in _MARKED(top):
            el = attr.getparent()
            name = attr.attrname
            if name == "itemscope":
                self.items.append(el)
            elif name == "itemprop":
                props.append(el)
            elif attr:
                self.typed.append((str(attr), el.sourceline or 1))
        # extruct's property XPath, set:difference(.//*[@itemprop], .//*[@itemscope]//*[@itemprop]),
        # keeps the itemprop elements under an item with no item between: the item is
        # their nearest enclosing one. Each property is read once, in document order.
        self.owned: dict[Any, list[Any]] = {el: [] for el in self.items}
        for prop in props:
            for ancestor in prop.iterancestors():
                own = self.owned.get(ancestor)
                if own is not None:
                    own.append(prop)
                    break


def read(root: Any) -> tuple[list[dict[str, Any]], list[tuple[str, int]]]:
    """:func:`items` of ``root``, and the (itemtype, line) of every element of its
    document with a type, in document order (for the items' lines)."""
    top = root.getroottree().getroot()
    marks = _Marks(top)
    ids = {node: n + 1 for n, node in enumerate(marks.items)}  # extruct numbers the items of the whole document
    seen: set[int] = set()
    found = (_item(node, seen, ids, marks.owned) for node in (marks.items if root is top else _ITEMS(root)))
    return [_flat(item, True) for item in found if item], marks.typed


def items(root: Any) -> list[dict[str, Any]]:
    """The page's top-level microdata items in document order, flattened as extruct's
    ``uniform=True`` output is."""
    return read(root)[0]


def _item(node: Any, seen: set[int], ids: dict[Any, int], owned: dict[Any, list[Any]]) -> dict[str, Any] | None:
    """One item as extruct's extractor builds it (``type``, ``id``, ``properties`` or
    ``value``); None when an enclosing item already holds it."""
    docid = ids[node]
    if docid in seen:
        return None
    seen.add(docid)
    item: dict[str, Any] = {}
    types = node.get("itemtype", "").split()
    if types:
        item["type"] = types[0] if len(types) == 1 else types
        if nodeid := node.get("itemid"):
            item["id"] = nodeid.strip()
    properties: dict[str, list[Any]] = {}
    for prop in owned[node]:
        _add(properties, prop, seen, ids, owned)
    for refid in node.get("itemref", "").split():
        for prop in _referenced(node, refid):
            _add(properties, prop, seen, ids, owned)
    if properties:
        item["properties"] = {name: values[0] if len(values) == 1 else values for name, values in properties.items()}
    else:  # no properties: the item's own value
        item["value"] = _value(node, seen, ids, owned, force=True)
    return item


def _add(properties: dict[str, list[Any]], prop: Any, seen: set[int], ids: dict[Any, int],
         owned: dict[Any, list[Any]]) -> None:
    names = prop.get("itemprop").split()
    value = _value(prop, seen, ids, owned)
    for name in names:
        properties.setdefault(name, []).append(value)


def _referenced(node: Any, refid: str) -> Iterator[Any]:
    """The property elements ``itemref`` names, found as extruct finds them."""
    ref_node = node.xpath("id($refid)[1]", refid=refid)
    if not ref_node:
        return
    ref = ref_node[0]
    if "itemprop" in ref.keys() and "itemscope" in ref.keys():
        yield ref  # a whole item
        return
    scope = ref.xpath("ancestor-or-self::*[@itemscope][1]")
    for prop in ref.xpath("descendant-or-self::*[@itemprop]"):
        if prop.xpath("ancestor::*[@itemscope][1]") == scope:  # properties of the ref's own scope
            yield prop


def _value(node: Any, seen: set[int], ids: dict[Any, int], owned: dict[Any, list[Any]], force: bool = False) -> Any:
    """A property's value (the microdata spec's rules, as extruct applies them)."""
    # Complexity: one branch per kind of element the spec gives its own value.
    tag = node.tag
    if tag == "time" and node.get("itemscope") is None and not node.get("datetime") and node.get("content"):
        return node.get("content")  # what search engines read; the spec (and extruct) would read ""
    if not force and node.get("itemscope") is not None:
        return _item(node, seen, ids, owned)
    if tag == "meta":
        return node.get("content", "")
    if tag in _URL_TAGS:
        return node.get(_URL_TAGS[tag], "").strip(_HTML5_SPACE)
    if tag in ("data", "meter"):
        return node.get("value", "")
    if tag == "time":
        return node.get("datetime", "")
    if content := node.get("content"):  # not in the spec; schema.org's examples use it
        return content
    itemprop = node.get("itemprop")
    if itemprop and (itemprop.endswith("-input") or itemprop.endswith("-output")):
        action: dict[str, Any] = {}  # https://schema.org/docs/actions.html#part-4
        if "required" in node.attrib:
            action["valueRequired"] = True
        if name := node.get("name"):
            action["valueName"] = name
        return action
    return text_content(node)


def _flat(item: dict[str, Any], top: bool) -> dict[str, Any]:
    """extruct.uniform's ``flatten_dict`` with schema.org as the context."""
    typ = item.get("type")
    if not typ:
        return item
    out = {key: value for key, value in item.items() if key != "type"}
    context = SCHEMA
    if isinstance(typ, list):
        out["@type"] = typ
    else:
        context, out["@type"] = _context(typ)
    if top:
        out["@context"] = context
    for name, value in out.pop("properties", {}).items():
        if isinstance(value, dict):
            value = _flat(value, False)
        elif isinstance(value, list):
            value = [_flat(v, False) if isinstance(v, dict) else v for v in value]
        out[name] = value
    return out


def _context(typ: str) -> tuple[str, str]:
    """extruct.uniform's ``infer_context``: "http://schema.org/Article" is the type
    Article in the context http://schema.org."""
    parsed = urlparse(typ)
    if parsed.netloc:
        base = "".join([parsed.scheme, "://", parsed.netloc])
        if parsed.path and parsed.fragment:
            return urljoin(base, parsed.path), parsed.fragment.strip("/")
        if parsed.path:
            return base, parsed.path.strip("/")
    return SCHEMA, typ


# --- an element's text, as extruct reads it: a copy cleaned by lxml's Cleaner (scripts,
# styles, <link>, <meta>, comments and processing instructions dropped, each one's tail
# text joined to what came before it), then html_text's layout-guessing extraction.

_DROPPED = frozenset({"script", "style", "link", "meta"})
_NEWLINE_TAGS = frozenset({"article", "aside", "br", "dd", "details", "div", "dt", "fieldset", "figcaption",
                           "footer", "form", "header", "hr", "legend", "li", "main", "nav", "table", "tr"})
_DOUBLE_NEWLINE_TAGS = frozenset({"blockquote", "dl", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "ol", "p",
                                  "pre", "title", "ul"})
# html_text's spacing patterns, read with str methods (a pattern call per chunk was
# most of the text's cost): r"\s+" collapsed by split/join (both are str.isspace),
# r"\s$" is a last character that is a space, r"\($" a "(" at the end or before a
# final newline ($ matches there too), r'^[,:;.!?")]' a first character among those.
_PUNCT_FIRST = ',:;.!?")'
_OPEN_BRACKET_ENDS = ("(", "(\n")
_NEWLINE, _DOUBLE_NEWLINE = object(), object()  # what came last, when it was not text


def _dropped(el: Any) -> bool:
    tag = el.tag
    return tag in _DROPPED if isinstance(tag, str) else tag is etree.Comment or tag is etree.ProcessingInstruction


def _joined(text: str | None, dropped: list[Any]) -> str | None:
    """``text`` with the tails of the dropped elements after it joined on, as the
    cleaner's ``drop_tree`` leaves it."""
    for el in dropped:
        if el.tail:
            text = (text or "") + el.tail
    return text


def _kept_children(el: Any) -> tuple[str | None, list[tuple[Any, str | None]]]:
    """``el``'s text and its children the cleaner keeps, each with its tail, as they
    read once the dropped ones are gone."""
    text = el.text
    kept: list[tuple[Any, str | None]] = []
    dropped: list[Any] = []
    for child in el:
        if _dropped(child):
            dropped.append(child)
            continue
        if kept:
            kept[-1] = (kept[-1][0], _joined(kept[-1][1], dropped))
        else:
            text = _joined(text, dropped)
        dropped = []
        kept.append((child, child.tail))
    if kept:
        kept[-1] = (kept[-1][0], _joined(kept[-1][1], dropped))
    else:
        text = _joined(text, dropped)
    return text, kept


class _Text:
    """html_text's ``etree_to_text`` chunk builder (guess_layout and guess_punct_space on)."""

    def __init__(self) -> None:
        self.chunks: list[str] = []
        self.prev: object = _DOUBLE_NEWLINE  # a marker, or the raw text added last

    def newlines(self, tag: str) -> None:
        if self.prev is _DOUBLE_NEWLINE:
            return
        if tag in _DOUBLE_NEWLINE_TAGS:
            self.chunks.append("\n" if self.prev is _NEWLINE else "\n\n")
            self.prev = _DOUBLE_NEWLINE
        elif tag in _NEWLINE_TAGS:
            if self.prev is not _NEWLINE:
                self.chunks.append("\n")
            self.prev = _NEWLINE

    def add(self, raw: str | None) -> None:
        text = " ".join(raw.split()) if raw else ""
        if not text:
            return
        prev = self.prev
        space = ""
        if isinstance(prev, str) and (prev[-1].isspace() or (text[0] not in _PUNCT_FIRST
                                                             and not prev.endswith(_OPEN_BRACKET_ENDS))):
            space = " "
        self.chunks.extend([space, text])
        self.prev = raw


def text_content(node: Any) -> str:
    """``node``'s text as extruct gives a property without a value attribute."""
    if _dropped(node):  # the cleaner empties an element it would drop
        return ""
    out = _Text()
    text, kept = _kept_children(node)
    out.newlines(node.tag)
    out.add(text)
    # Each entry: an element whose end is pending, with the tail to add after it (None at the top).
    stack: list[tuple[Any, str | None, Iterator[tuple[Any, str | None]], bool]] = [
        (node, None, iter(kept), True)]
    while stack:
        el, tail, children, top = stack[-1]
        child = next(children, None)
        if child is not None:
            sub, sub_tail = child
            sub_text, sub_kept = _kept_children(sub)
            out.newlines(sub.tag)
            out.add(sub_text)
            stack.append((sub, sub_tail, iter(sub_kept), False))
            continue
        stack.pop()
        out.newlines(el.tag)
        if not top:
            out.add(tail)
    return "".join(out.chunks).strip()
