"""Titles of widgets that show one entry at a time: an accordion's or toggle's header, a
tab's title set over its panel, a FAQ block's question. Page builders and block plugins
write each entry as a header (a ``<button>``, a box with ``role="tab"`` or
``aria-controls``, an element classed a question) over a panel of prose:

- Kadence Blocks' accordion: ``<div class="kt-accordion-pane"><div class="kt-accordion-header-wrap">
  <button class="kt-blocks-accordion-header"><span class="kt-blocks-accordion-title">…</span></button>
  </div><div class="kt-accordion-panel">…</div></div>``;
- GenerateBlocks' accordion: ``<div class="gb-accordion__item"><button class="gb-accordion__toggle"
  aria-controls="…">…</button><div class="gb-accordion__content" id="…">…</div></div>``;
- Elementor's accordion, toggle and (for small screens) tabs widgets: ``<div class="elementor-tab-title"
  role="tab" aria-controls="…"><span class="elementor-accordion-icon">…</span><a>…</a></div>
  <div class="elementor-tab-content" role="tabpanel">…</div>``;
- Yoast's FAQ block: ``<div class="schema-faq-section"><strong class="schema-faq-question">…</strong>
  <p class="schema-faq-answer">…</p></div>``; Spectra's (UAG) FAQ: ``<div class="uagb-faq-questions-button">
  <span class="uagb-faq-icon-wrap">…</span><span class="uagb-question">…</span></div><div
  class="uagb-faq-content">…</div>``.

The body's headers are read together, as a definition list's terms are
(:func:`auditor.sources.html.titles.titled_terms`): headers titling prose, three or more
(or the body's only two), each its own, title entries; a question among mostly questions
is kept aside as a FAQ's (``Document.asked``), an entry only under a headline promising
exactly as many. Headers already read as headings, terms or summaries are left to those.
A tab list's titles set before all the panels are read at the panel each opens, or not at
all where the panel has its own header (Elementor's copy for small screens). A title finds its
panel by ``aria-controls``, Bootstrap's ``data-bs-target`` or ``href="#id"``; where it names
only its own box or nothing (Kadence's and Spectra's tabs as saved, before their scripts run),
by its place: the panel at its place in the box right after its list, one panel per title
(:func:`_tab_panel`). A tab list the chrome judge calls navigation (Bootstrap's ``nav
nav-tabs``) stays when its titles open panels of prose (:func:`tab_nav`). A panel whose
words are mostly links is a menu's, no entry's (a site's "Topics" button).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from auditor.sources.html.text import BLOCK_TAGS, text_of
from auditor.sources.html.titles import MAX_TITLE_WORDS, reads_like_prose
from auditor.text.lazyre import LazyPattern

Element = Any  # lxml.html.HtmlElement

# The mark a header button keeps when the controls go (body.drop_invisible): its text is an
# entry's title, read as a span's.
TOGGLE_MARK = "data-auditor-toggle"

# What a button switching a panel says of itself: it controls one (aria-controls, Bootstrap's
# data-bs-target), tells whether it is open (aria-expanded), or its class names an accordion's,
# toggle's, collapse's or FAQ's header.
_HEADER_CLASS = LazyPattern(r"accordion|toggle|collaps|faq|question|tab[-_]?title|panel[-_]?title", re.I)
# A class naming a FAQ's question: Yoast's "schema-faq-question", Spectra's "uagb-question",
# Rank Math's "rank-math-question", SASWP's "saswp-faq-question-title".
_QUESTION_CLASS = LazyPattern(r"(?:^|[\s_-])(?:question|faq-q|faq__q)(?:[\s_-]|$)", re.I)
# Boxes climbed from a header to the wrap it fills (a heading's box, an icon beside it).
_WRAP_DEPTH = 3
# The share of the headers' titles that must differ (as a template's title boxes).
_DISTINCT = 0.8
# What ends a question: Latin, full-width and Arabic marks, Greek's (folded into ";" by NFC).
_QUESTION_ENDS = ("?", "？", "؟", ";")


def header_button(button: Element) -> bool:
    """Whether ``button`` heads a panel of prose (an accordion's or toggle's header): it says
    it switches a panel, its text is a short title, and the panel it controls or stands over
    reads as prose. Asked before the controls go, so its title is kept."""
    if not (button.get("aria-controls") or button.get("aria-expanded") or button.get("data-bs-target")
            or button.get("data-target") or _HEADER_CLASS.search(button.get("class") or "")):
        return False
    from auditor.sources.chrome_vocabulary import CONTROL_LABEL

    text = text_of(button)
    if not _short(button, text) or CONTROL_LABEL.match(text):
        return False
    panel, _ = _panel(button, text)
    return panel is not None and _reads_like_prose(panel)


def _short(el: Element, text: str) -> bool:
    """A title's length and shape: a few words, no block inside, no lead-in's colon."""
    if not 0 < len(text.split()) <= MAX_TITLE_WORDS or text.endswith((":", ",", "…")):
        return False
    return not any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS and c.tag not in ("br", "div")
                   for c in el.iter())


def _panel(header: Element, text: str) -> tuple[Element | None, bool]:
    """The box ``header`` opens, and whether it stands right after the header and the boxes
    it fills alone with its icons (a heading's wrap, the header's row). A header that
    controls a box elsewhere (``aria-controls``: a tab list's title over panels set after
    all the titles) opens that box; (None, False) when there is none."""
    node = header
    for _ in range(_WRAP_DEPTH):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "article", "main") or _text_besides(parent, node):
            break
        node = parent
    after = node.getnext()
    while after is not None and (not isinstance(after.tag, str) or not _holds_text(after)):
        after = after.getnext()
    controls = (header.get("aria-controls") or "").split()
    if not controls and _tab_title(header):
        panel = _tab_panel(header)
        if panel is not None:
            return panel, panel is after
    if not controls:
        return after, after is not None
    if after is not None and (after.get("id") in controls or after.xpath(".//*[@id=$ref]", ref=controls[0])):
        return after, True
    found = header.getroottree().getroot().xpath("//*[@id=$ref]", ref=controls[0])
    return (found[0], False) if found else (None, False)


def _tab_title(el: Element) -> bool:
    """Whether ``el`` says it is a tab's title without naming its panel by aria-controls:
    ``role="tab"`` (Spectra's tabs), a tab's number (``data-tab``: Kadence's, Spectra's,
    Elementor's), Bootstrap's switch (``data-toggle="tab"``, ``data-bs-toggle="pill"``), or
    an in-page link in a list its class or its box's names tabs (jQuery UI's ``<div
    id="tabs"><ul><li><a href="#tabs-1">`` before its script runs, WPBakery's ``<ul
    class="wpb_tabs_nav ui-tabs-nav">``): a contents list's box names no tabs."""
    if el.get("role") == "tab" or el.get("data-tab") is not None \
            or (el.get("data-bs-toggle") or el.get("data-toggle") or "") in ("tab", "pill"):
        return True
    if el.tag != "a" or not (el.get("href") or "").startswith("#"):
        return False
    item = el.getparent()
    box = item.getparent() if item is not None and item.tag == "li" else None
    if box is None or box.tag not in ("ul", "ol"):
        return False
    outer = box.getparent()
    return any(_TABS_NAME.search(f"{up.get('class') or ''} {up.get('id') or ''}")
               for up in (box, outer) if up is not None)


# A class or id naming tabs: "ui-tabs-nav", "wpb_tabs_nav", "nav-tabs", jQuery UI's "tabs".
_TABS_NAME = LazyPattern(r"(?:^|[\s_-])tabs(?:[\s_-]|$)", re.I)


def _tab_panel(title: Element) -> Element | None:
    """The panel tab title ``title`` opens when its list stands before all the panels: the
    box its target names (Bootstrap's ``data-bs-target``/``href="#id"``), or, where the
    target is the title's own box or none (Kadence's ``<li id="tab-x"><a href="#tab-x">``,
    Spectra's ``href="#uagb-tabs__tab0"`` naming no box), the panel at the title's place
    in the box right after its list, when that box holds one panel per title."""
    for ref in (title.get("data-bs-target"), title.get("data-target"), title.get("href")):
        if ref and ref.startswith("#") and len(ref) > 1:
            found = title.getroottree().getroot().xpath("//*[@id=$ref]", ref=ref[1:])
            if found and not any(up is found[0] for up in title.iterancestors()):
                return found[0] if found[0] is not title else None
    nav = next((up for up in title.iterancestors() if up.tag in ("ul", "ol") or up.get("role") == "tablist"), None)
    if nav is None:
        return None
    titles = [el for el in nav.iter(title.tag) if _tab_title(el)]
    box = nav.getnext()
    while box is not None and (not isinstance(box.tag, str) or not _holds_text(box)):
        box = box.getnext()
    if box is None:
        return None
    panels = [c for c in box if isinstance(c.tag, str) and _holds_text(c)]
    return panels[titles.index(title)] if len(panels) == len(titles) >= 2 else None


# What may be a tab's title (told by _tab_title) or a header naming its panel.
# The attributes a tab's or an accordion's header may carry (besides role="tab" and an
# in-page link).
_TAB_ATTRIBUTES = frozenset({"aria-controls", "data-tab", "data-toggle", "data-bs-toggle"})


def _tab_like(attrib: Any, names: frozenset[str] = _TAB_ATTRIBUTES) -> bool:
    """Whether an element's attributes are a tab's or a header's: one of ``names``,
    role="tab", or a link into the page. Read in Python, not as an XPath of these tests
    (~1 µs an element)."""
    return (not names.isdisjoint(attrib) or attrib.get("role") == "tab"
            or (attrib.get("href") or "").startswith("#"))


def tab_nav(box: Element) -> bool:
    """Whether ``box`` (judged the site's navigation) is or holds a tab list over panels of
    prose (Bootstrap's ``<ul class="nav nav-tabs" role="tablist">`` before its ``.tab-content``,
    each title classed ``nav-link``): the title opens a panel of prose, or the box holds two
    titles or more each opening one outside it. A site's own tabs over lists of teasers
    ("Latest | Popular") open panels of links: navigation, as judged."""
    from lxml.etree import Element as element_tag

    found = [el for el in box.iter(element_tag) if el.attrib and _tab_like(el.attrib)]
    opened = 0 if found[:1] != [box] else 1
    for el in found:
        if not (_tab_title(el) or el.get("aria-controls")):
            continue
        panel, _ = _panel(el, "")
        if panel is None or any(up is box for up in panel.iterancestors()) or not _reads_like_prose(panel):
            return False
        opened += 1
    return opened >= 2


def _holds_text(el: Element) -> bool:
    """Whether ``el`` holds any words (read up to the first)."""
    return any(piece.strip() for piece in el.itertext())


def _text_besides(box: Element, inner: Element) -> bool:
    """Whether ``box`` holds words outside ``inner``: its own text, a tail, another child's."""
    if (box.text or "").strip():
        return True
    return any((child.tail or "").strip() or (child is not inner and isinstance(child.tag, str) and _holds_text(child))
               for child in box)


def _reads_like_prose(el: Element) -> bool:
    """Whether panel ``el`` reads as prose (:func:`reads_like_prose`), less than two thirds of
    its words in links: a menu's panel of links (a site's sections under "Topics", "US
    edition": 0.7 to all of them on the 207 pages) is none; a deal's text with its shop
    links (up to 0.6 in a list of deals) is. Nor is a panel of teasers, two headlines' links
    or more each opening its box over an excerpt (a site's "Latest | Popular" tabs)."""
    text = text_of(el)
    if not reads_like_prose(text):
        return False
    linked = leading = 0
    for a in el.iter("a"):
        words = len(text_of(a).split())
        linked += words
        # A headline's link, the whole first line of its box (alone or in a heading), over an
        # excerpt ("<div class=teaser><a>Title</a><p>Excerpt…", "<h3><a>Title</a></h3><p>…"):
        # a teaser's, no entry's text (a paragraph opening with a link, a shop's line, is prose).
        if words >= 4 and _leads_box(a):
            leading += 1
    return 3 * linked < 2 * len(text.split()) and leading < 2


def _leads_box(link: Element) -> bool:
    """Whether ``link`` is the whole first line of its box (alone, or alone in a heading) with
    a paragraph or a box after it."""
    line, box = link, link.getparent()
    if box is not None and box.tag in ("h2", "h3", "h4", "h5", "h6") and link.getprevious() is None \
            and link.getnext() is None and not (box.text or "").strip() and not (link.tail or "").strip():
        line, box = box, box.getparent()
    after = line.getnext()
    return (box is not None and box.tag not in ("p", "li", "a") and line.getprevious() is None
            and not (box.text or "").strip() and not (line.tail or "").strip()
            and after is not None and after.tag in ("p", "div"))


@dataclass(frozen=True, slots=True)
class Headers:
    """A body's widget headers: those titling entries, those asking a question kept aside
    (both read where they stand), the tab titles read at the panel each opens (a tab list's
    titles set before all the panels), and the tab titles not read at all (the same titles
    set again over each panel, as Elementor's tabs repeat them for small screens)."""

    titles: frozenset[Element] = frozenset()
    asked: frozenset[Element] = frozenset()
    at_panel: dict[Element, Element] = field(default_factory=dict)  # panel → its title
    quiet: frozenset[Element] = frozenset()
    holders: frozenset[Element] = frozenset()  # the headers read where they stand and every box holding one
    tab_items: frozenset[Element] = frozenset()  # the list entries holding a title read at its panel

    def __bool__(self) -> bool:
        return bool(self.titles or self.asked or self.quiet)


def body_headers(body: Element) -> Headers:
    """The body's widget headers (see the module's docstring and :class:`Headers`); none
    on most pages. One pass over the body (~0.13 ms a page; a look at the source for the
    attributes' names first cost more: the source is the whole page)."""
    found: list[tuple[Element, str, Element, bool]] = []
    for el in _candidates(body, body.getroottree().getroot().get(TOGGLE_MARK) is not None):
        if el.get(TOGGLE_MARK) is None and el.get("aria-controls") is None and not _tab_title(el) \
                and not _QUESTION_CLASS.search(el.get("class") or ""):
            continue
        if el.tag in _READ_ELSEWHERE or any(up.tag in _READ_ELSEWHERE for up in el.iterancestors()):
            continue  # a heading, a term, a summary: read as such
        text = text_of(el)
        if not _short(el, text):
            continue
        panel, beside = _panel(el, text)
        if panel is not None and _reads_like_prose(panel):
            found.append((el, text, panel, beside))
    # The outermost header only (a tab's box around its link).
    inside = {el for el, *_ in found for up in el.iterancestors() if any(up is f for f, *_ in found)}
    found = [f for f in found if f[0] not in inside]
    headed = {panel for _, _, panel, beside in found if beside}
    quiet = frozenset(el for el, _, panel, beside in found if not beside and panel in headed)
    found = [f for f in found if f[0] not in quiet]
    asked = [f for f in found if f[1].endswith(_QUESTION_ENDS)]
    titles = [f for f in found if not f[1].endswith(_QUESTION_ENDS)]
    enough = len(titles) >= 3 or len(titles) == len(found) == 2
    texts = [text for _, text, *_ in titles]
    own = len(set(texts)) >= _DISTINCT * len(texts)
    if not (enough and own):
        titles = []
    elif 2 * len(titles) >= len(found):
        titles, asked = found, []  # mostly titles: a question among them titles its entry too
    at_panel = {panel: el for el, _, panel, beside in (*titles, *asked) if not beside}
    quiet |= frozenset(at_panel.values())
    placed = [el for el, *_ in (*titles, *asked)] + list(quiet)
    holders = frozenset(up for el in placed for up in (el, *el.iterancestors()))
    tab_items = frozenset(item for panel, el in at_panel.items() for item in (next(el.iterancestors("li"), None),)
                          if item is not None and not any(up is item for up in panel.iterancestors()))
    return Headers(frozenset(el for el, *_ in titles), frozenset(el for el, *_ in asked), at_panel, quiet, holders,
                   tab_items)


def _candidates(body: Element, marked: bool) -> list[Element]:
    """The elements below ``body`` that :func:`body_headers` reads, in document order: those
    that look like a tab's or a header's (``_tab_like``), classed with "question" or (``marked``)
    marked a toggle's header. Read in one pass over the attributes."""
    from lxml.etree import Element as element_tag

    names = _TAB_ATTRIBUTES | {TOGGLE_MARK} if marked else _TAB_ATTRIBUTES
    found = []
    for el in body.iterdescendants(element_tag):
        attrib = el.attrib
        if attrib and (_tab_like(attrib, names) or "question" in (attrib.get("class") or "")):
            found.append(el)
    return found


def tab_item(el: Element, headers: Headers) -> bool:
    """Whether ``el`` is an entry of a tab list (Bootstrap's ``<ul class="nav nav-tabs"
    role="tablist"><li role="presentation"><button role="tab">``, Kadence's ``<ul
    class="kt-tabs-title-list"><li>`` with no role): a tab's box, not a list's entry."""
    box = el.getparent()
    if el.tag != "li" or box is None:
        return False
    return (box.get("role") or "") == "tablist" or el in headers.tab_items


# Headers read as other kinds already.
_READ_ELSEWHERE = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "dt", "summary", "p", "td", "th"})
