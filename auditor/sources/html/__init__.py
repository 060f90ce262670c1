"""HTML → :class:`~auditor.model.Document` with lxml.

The page is parsed once; every element we report is located (line and column of its
``<tag``) before anything is removed, then :func:`auditor.sources.body.find_body`
picks the article body and drops the site chrome inside it, and one iterative walk
over the body collects headings, paragraphs, list items, images and links.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable
from typing import Any

from auditor.model import BodyDrop, Document, Heading, Meta, Paragraph
from auditor.sources import SourceError, SourceOptions
from auditor.sources.body import drop_chrome, drop_invisible, find_body, page_body
from auditor.sources.chrome import Verdict
from auditor.sources.directives import find_directives
from auditor.sources.encoding import utf8, xml_safe
from auditor.sources.html.doc_title import titled_draft
from auditor.sources.html.draft_marks import drop_draft_marks
from auditor.sources.html.headline import find_headline, strip_site_name, title_headline, titled_h1s
from auditor.sources.html.locate import Locator
from auditor.sources.html.meta import read_meta
from auditor.sources.html.walk import Walker
from auditor.sources.lines import lone_returns
from auditor.sources.page_css import LazyFonts
from auditor.text.languages import lang_root
from auditor.text.lazyre import LazyPattern

__all__ = ["parse_html", "strip_site_name"]

Element = Any  # lxml.html.HtmlElement

_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_FULL_PAGE = re.compile(r"<(?:html|body|head)[\s>]", re.IGNORECASE)
# "<html … />": browsers ignore the slash on a start tag that is not void; libxml2
# closes the element there and drops the whole page after it.
_SELF_CLOSED_ROOT = re.compile(r"(<(?:html|head|body)\b[^<>]*?)/(\s*>)", re.IGNORECASE)


# lxml makes a Python object for an element each time a pass reaches it and frees it
# when the pass lets go: the locator, the structured-data reader, the body choice, the
# chrome judge and the walk each paid for ~1,000 of them a page (two thirds of a pass's
# cost). Holding one per element for the whole parse makes every later pass reuse
# them; pages over this size (a few MB) are not held, to bound memory.
_HOLD_PROXIES_CHARS = 4_000_000


def parse_html(
    text: str, path: str, options: SourceOptions, on_tree: Callable[[Element], None] | None = None
) -> Document:
    """Parse one HTML page or fragment into a Document (derived fields left empty).
    ``on_tree`` is called with the parsed page before anything is located, moved or
    removed, so another reader of the whole page (structured data) needs no parse of
    its own."""
    # The walk allocates millions of small acyclic objects on huge pages; the cyclic
    # collector would rescan them over and over (50 MB: 21 s → 13 s without it).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _parse_html(text, path, options, on_tree)
    finally:
        if enabled:
            gc.enable()


def _parse_html(text: str, path: str, options: SourceOptions, on_tree: Callable[[Element], None] | None) -> Document:
    text = _lone_returns_as_newlines(xml_safe(_neutralise_declaration(text.lstrip("\ufeff"))))
    text = _open_noframes(_open_root_tags(_unprefixed_xhtml(text)))
    directives = find_directives(text)
    root = _parse(text)
    if root is None:
        return Document(path=path, format="html", lang=lang_root(options.lang), directives=directives)
    held = list(root.iter()) if len(text) <= _HOLD_PROXIES_CHARS else []  # see _HOLD_PROXIES_CHARS
    if on_tree is not None:
        on_tree(root)
    locator = Locator(text, root)
    _reopen_headings(root, locator)
    meta = read_meta(root, locator)
    page_h1s = titled_h1s(root, meta)
    removed: list[str] = []
    drops: list[tuple[Element, Verdict]] = []
    kept: list[tuple[Element, Verdict, str]] = []  # judged chrome, kept as a roundup's entries
    fonts: list[LazyFonts] = []  # the page's class rules of weight and size (drop_invisible)
    if options.selector is None and not _FULL_PAGE.search(text):
        drop_invisible(root, fonts)
        body, how = page_body(root), "fragment"
        removed.extend(drop_chrome(body, drops, kept=kept))
    else:
        body, how = find_body(root, options.selector, removed=removed, drops=drops, kept=kept,
                              fonts=fonts)
    drop_draft_marks(body)  # a word processor's comments and its headings' footnote marks
    walk = Walker(locator, fonts=fonts[0] if fonts else None)
    walk.run(body)
    headline, standfirst = _headline(root, body, walk, meta, locator)
    drops.extend(_pagers_after(body))
    drops_found = _body_drops([(el, verdict, "") for el, verdict in (*drops, *walk.furniture)], locator)
    kept_found = _body_drops(kept, locator)
    del held  # every pass over the tree is done
    return Document(
        path=path,
        format="html",
        headline=headline.text if headline is not None else title_headline(meta),
        headline_line=headline.line if headline is not None else meta.lines.get("title", 1),
        headline_column=headline.column if headline is not None else 1,
        meta=meta,
        lang=lang_root(options.lang or meta.lang),
        headings=tuple(walk.headings),
        paragraphs=tuple(walk.paragraphs),
        asked=tuple(walk.asked),
        notes=tuple(walk.notes),
        list_items=tuple(walk.list_items),
        images=tuple(walk.images),
        links=tuple(walk.links),
        directives=directives,
        removed_chrome=tuple(removed),
        body_source=how,
        body_drops=drops_found,
        body_kept=kept_found,
        standfirst=standfirst,
        page_h1s=page_h1s,
    )


def _headline(root: Element, body: Element, walk: Walker, meta: Meta,
              locator: Locator) -> tuple[Heading | None, Paragraph | None]:
    """The article's headline (put first among the walk's headings when the walk did not read
    it as one) and its standfirst; a word processor's Title-style paragraph may stand for both."""
    headings = walk.headings
    first_text = walk.paragraphs[0].line if walk.paragraphs else None
    headline = find_headline(root, body, headings, meta, locator, first_text)
    if headline is not None and all(h is not headline for h in headings):
        headings.insert(0, headline)
    return titled_draft(body, walk, headline, meta, locator)


def _body_drops(decided: list[tuple[Element, Verdict, str]], locator: Locator) -> tuple[BodyDrop, ...]:
    """Each element a chrome rule judged, with its verdict and why it stayed ("" when it
    went), as a record in document order."""
    out = []
    for el, verdict, kept in decided:
        line, column = locator.at(el)
        excerpt = " ".join((el.text_content() or "")[:400].split())[:80]
        links = _nav_links(el) if verdict.kind == "nav" and not kept else ()
        out.append(BodyDrop(verdict.kind, verdict.reason, el.tag, line, column, excerpt, kept, links))
    return tuple(sorted(out, key=lambda d: (d.line, d.column)))


# A pager box by its class or id: "pagination", "pager", WordPress's "page-links" (wp_link_pages()
# under the entry), "page-numbers", a slideshow's "slideshow-nav". Comments' pagers and the
# blog's next/previous post navigation are no pages of the article.
_PAGER_BOX = re.compile(r"paginat|pager\b|pager[-_]|page-links|page-numbers|pagenav|page-nav|paging|slideshow-nav", re.I)
_NOT_PAGER_BOX = re.compile(r"comment|post-navigation|posts-navigation|nav-previous|nav-next", re.I)
_PAGER_LOOK = 3  # levels up from the body, siblings after it at each
_PAGER_SIBLINGS = 4
_PAGER_CHARS = 200


def _pagers_after(body: Element) -> list[tuple[Element, Verdict]]:
    """Pager boxes the template sets right after the article's body, outside it (a theme's
    page links after ``.entry-content``, a slideshow's "Next »" under the article): as
    dropped navigation, for the listicle reader to tell the article goes on. Looked for in
    the few elements after the body and after its parents, and two levels into each."""
    out: list[tuple[Element, Verdict]] = []
    el = body
    for _ in range(_PAGER_LOOK):
        if el is None or el.tag in ("body", "html"):
            break
        for n, sib in enumerate(el.itersiblings()):
            if n == _PAGER_SIBLINGS:
                break
            if not isinstance(sib.tag, str):
                continue
            for box in [sib, *(c for c in sib if isinstance(c.tag, str)),
                        *(g for c in sib if isinstance(c.tag, str) for g in c if isinstance(g.tag, str))]:
                names = f"{box.get('class') or ''} {box.get('id') or ''}"
                if _PAGER_BOX.search(names) and not _NOT_PAGER_BOX.search(names) \
                        and len(box.text_content() or "") <= _PAGER_CHARS and next(box.iter("a"), None) is not None:
                    out.append((box, Verdict("nav", "a pager after the article body")))
                    break
        el = el.getparent()
    return out


def _nav_links(el: Element) -> tuple[tuple[str, str], ...]:
    """A dropped navigation's first links with an address, (text, address); a pager has few."""
    out = []
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if href and not href.startswith(("#", "javascript:")):
            out.append((" ".join((a.text_content() or "")[:80].split()), href))
            if len(out) == 12:
                break
    return tuple(out)


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _reopen_headings(root: Element, locator: Locator) -> None:
    """``<h2><p>Title</p></h2>``: libxml2 closes the heading at the <p>, browsers do
    not. A heading left empty whose next sibling <p> starts before the heading's end
    tag in the source gets that paragraph's content back."""
    for heading in list(root.iter(*_HEADINGS)):
        if len(heading) or (heading.text or "").strip():
            continue
        para = heading.getnext()
        if para is None or para.tag != "p" or (heading.tail or "").strip():
            continue
        start = locator.position(heading)
        at = locator.position(para)
        if start is None or at is None:
            continue
        between = locator.text[locator.offset(*start):locator.offset(*at)]
        if f"</{heading.tag}" in between.lower():
            continue  # the source closed the heading first: it really is empty
        heading.text = para.text
        for child in list(para):
            heading.append(child)
        heading.tail = para.tail
        para.getparent().remove(para)


def _open_root_tags(text: str) -> str:
    """Blank the slash of a self-closed <html>/<head>/<body> start tag, in place (every
    line and column stays where it was), the way a browser reads it."""
    head = text[:200_000]  # the root tags open near the top; never scan a huge page
    fixed = _SELF_CLOSED_ROOT.sub(lambda m: m.group(1) + " " + m.group(2), head)
    return text if fixed == head else fixed + text[200_000:]


# An XHTML page may bind the XHTML namespace to a prefix and write every element with it
# (<h:html xmlns:h="http://www.w3.org/1999/xhtml">, <h:body>, <h:p>: XML tools' output, the
# W3C's "XHTML 1.0 in XML" examples); XML browsers read them as HTML's elements, libxml2's
# HTML parser as unknown "h:p" ones, and the page had no headline, headings or paragraphs.
_XHTML_PREFIX = LazyPattern(r"""xmlns:([A-Za-z_][\w.-]*)\s*=\s*["']http://www\.w3\.org/1999/xhtml["']""")


def _unprefixed_xhtml(text: str) -> str:
    """The prefix bound to the XHTML namespace taken off every tag of it, in place: the
    name moves left and spaces fill in before the tag closes, so every tag starts at the
    line and column it did."""
    if text.find("xmlns:", 0, 200_000) < 0:  # the root's declarations; never scan a huge page
        return text
    match = _XHTML_PREFIX.search(text, 0, 200_000)
    if match is None:
        return text
    prefix = match.group(1)
    pad = " " * (len(prefix) + 1)
    tag = re.compile(r"<(/?)" + re.escape(prefix) + r":([A-Za-z][\w.-]*)")
    return tag.sub(lambda m: "<" + m.group(1) + m.group(2) + pad, text)


_FRAMESET = LazyPattern(r"<frameset\b", re.IGNORECASE)
_NOFRAMES = LazyPattern(r"<(/?)noframes\b", re.IGNORECASE)


def _open_noframes(text: str) -> str:
    """A frameset page's article is its <noframes> content (what a reader without
    frames, a crawler and a screen reader get; the frames' own pages are other files):
    libxml2 reads it as raw text, as a browser showing frames does. Its tags become
    <div>s, padded in place so every line and column stays where it was."""
    head = text[:200_000]
    # Each of the three spellings looked for holds "rameset" or "RAMESET": two scans of a
    # page without them (nearly every page), where the three words took three (~0.05 ms).
    if not ("rameset" in head or "RAMESET" in head) \
            or not any(word in head for word in ("frameset", "FRAMESET", "Frameset")) or _FRAMESET.search(head) is None:
        return text
    return _NOFRAMES.sub(lambda m: "<" + m.group(1) + "div     ", text)


_LONE_RETURN = LazyPattern(r"\r(?!\n)")


def _lone_returns_as_newlines(text: str) -> str:
    """A page saved with classic Mac line endings (CR alone) read with LF there, one
    for one: libxml2 counts lines at LF only, so the whole page would be line 1, where
    an editor shows many lines (browsers too read CR as a line break)."""
    if not lone_returns(text):  # none, or CRLF only
        return text
    return _LONE_RETURN.sub("\n", text)


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

    if not text or text.isspace():  # not text.strip(): a copy of the page to test it
        return None
    # Fed as UTF-8 bytes (the page's, kept by encoding.utf8 from the check for characters
    # lxml refuses): a str reaches libxml2 as UTF-16 or UCS-4 to convert, ~8 % slower.
    # Same tree and lines (the corpus, compared node by node).
    parser = lxml.etree.HTMLParser(huge_tree=True, recover=True, remove_pis=True, encoding="utf-8")
    # lxml.html's element classes, picked in C: lxml.html.HTMLParser picks them with a
    # Python call per element object made (~1,500 a page), to give form fields classes
    # of their own that nothing here uses.
    parser.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
    try:
        return lxml.html.document_fromstring(utf8(text), parser=parser)
    except lxml.etree.ParserError:
        return None  # "Document is empty": only comments or whitespace
    except (ValueError, lxml.etree.LxmlError) as exc:
        raise SourceError(f"cannot parse HTML: {exc}") from None
