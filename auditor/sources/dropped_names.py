"""The names that outlive the invisible tags: an SVG, a MathML formula, an <object>, an
image button or a <button> goes with the tags no reader sees as text
(``body.drop_invisible``), but a link or heading that holds one is named by it. A
screen reader reads a heading holding only a formula as the formula, the ARIA
accordion's ``<h3><button>Question</button></h3>`` as the question, and a heading
holding an image button as its alt. The name stays on the link or heading as its
aria-label; the walk reads it when the element has no text of its own.
"""

from __future__ import annotations

from typing import Any

Element = Any  # lxml.html.HtmlElement

# The elements named by their content (accname's "name from content"): links and headings.
NAMED_BY_CONTENT = ("a", "h1", "h2", "h3", "h4", "h5", "h6")
# The dropped tags whose name a link or heading holding them takes.
NAMING_TAGS = frozenset({"svg", "math", "object", "input", "button"})

_SVG_TITLES = ("title", "{http://www.w3.org/2000/svg}title")
# MathML's annotations (TeX source, content markup) are for software, not read aloud.
_MATH_ANNOTATIONS = frozenset({"annotation", "annotation-xml"})


def keep_name(el: Element) -> None:
    """Set the name ``el`` gives as the aria-label of the link or heading holding it,
    unless that one is already named."""
    if el.tag == "input" and (el.get("type") or "").strip().lower() != "image":
        return  # a form's field names nothing it sits in (most inputs: search boxes, newsletters)
    holder = next(el.iterancestors(*NAMED_BY_CONTENT), None)
    if holder is None or holder.get("aria-label"):
        return
    name = name_of(el)
    if name:
        holder.set("aria-label", name)


def name_of(el: Element) -> str:
    """The accessible name of one of NAMING_TAGS, "" when it has none: an aria-label
    first, then what the element itself gives (HTML-AAM)."""
    own = _words(el.get("aria-label"))
    if own:
        return own
    tag = el.tag
    if tag == "svg":
        title = next(el.iter(*_SVG_TITLES), None)
        return _words(title.text_content()) if title is not None else ""
    if tag == "math":  # MathML is read aloud from its markup; alttext is its author's reading
        return _words(el.get("alttext")) or _math_text(el)
    if tag == "input":  # only an image button shows a picture named by its alt
        if (el.get("type") or "").strip().lower() != "image":
            return ""
        return _words(el.get("alt")) or _words(el.get("title"))
    # <object>'s fallback content and <button>'s content name them, then title.
    return _content_text(el) or _words(el.get("title"))


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


def _content_text(el: Element) -> str:
    """The words of ``el``'s content with each picture's alt in its place."""
    parts = [el.text or ""]
    for node in el.iterdescendants():
        if isinstance(node.tag, str) and node.tag in ("img", "amp-img"):
            parts.append(f" {node.get('alt') or ''} ")
        elif isinstance(node.tag, str):
            parts.append(node.text or "")
        parts.append(node.tail or "")
    return _words("".join(parts))


def _math_text(math: Element) -> str:
    """A formula's tokens in order, its annotations left out; tokens written without
    spaces ("<mi>x</mi><mo>=</mo><mn>2</mn>") read as "x=2"."""
    parts: list[str] = []
    todo: list[Element | str] = [math]
    while todo:  # iterative: MathML nests deep; a node's words, its children's, then its tail
        node = todo.pop()
        if isinstance(node, str):
            parts.append(node)
            continue
        if node is not math and node.tail:
            todo.append(node.tail)
        if not isinstance(node.tag, str) or node.tag.rsplit("}", 1)[-1] in _MATH_ANNOTATIONS:
            continue  # a comment's text, an annotation's content: not read
        parts.append(node.text or "")
        todo.extend(reversed(list(node)))
    return _words("".join(parts))
