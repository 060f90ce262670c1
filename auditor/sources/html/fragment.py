"""Raw HTML inside a Markdown article, read by the very walk that reads HTML pages, so
an <img data-src>, a <figure> credit or a heading means the same in both formats."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from auditor.model import Heading, Image, Link, ListItem, Paragraph

Element = Any  # lxml.html.HtmlElement


@dataclass
class Fragment:
    headings: list[Heading] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    list_items: list[ListItem] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)


def read_fragment(content: str, first_line: int, quote: bool = False) -> Fragment:
    """Headings, paragraphs, list items, images and links of an HTML fragment that
    starts on file line ``first_line``."""
    import lxml.etree
    import lxml.html

    from auditor.sources.body import drop_invisible
    from auditor.sources.encoding import xml_safe
    from auditor.sources.html.locate import Locator
    from auditor.sources.html.walk import Walker

    text = xml_safe(content)
    try:
        root = lxml.html.fragment_fromstring(text, create_parent="div")
    except (lxml.etree.LxmlError, ValueError, AssertionError):
        # Only a doctype or a comment; lxml asserts "too many bodies" on a whole page
        # pasted into Markdown: nothing to read as a fragment.
        return Fragment()
    drop_invisible(root)
    walk = Walker(Locator(text, root))
    walk.run(root)
    shift = first_line - 1
    return Fragment(
        headings=[replace(h, line=h.line + shift) for h in walk.headings],
        paragraphs=[replace(p, line=p.line + shift, quote=p.quote or quote) for p in walk.paragraphs],
        list_items=[replace(i, line=i.line + shift) for i in walk.list_items],
        images=[replace(i, line=i.line + shift) for i in walk.images],
        links=[replace(link, line=link.line + shift) for link in walk.links],
    )


def read_tag(tag: str) -> Element | None:
    """One start tag (``<img data-src="…">``) as an element, for inline raw HTML."""
    import lxml.etree
    import lxml.html

    from auditor.sources.encoding import xml_safe

    try:
        return lxml.html.fragment_fromstring(xml_safe(tag))
    except (lxml.etree.LxmlError, ValueError, AssertionError):
        return None
