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
all where the panel has its own header (Elementor's copy for small screens). A panel whose
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
    if not controls:
        return after, after is not None
    if after is not None and (after.get("id") in controls or after.xpath(".//*[@id=$ref]", ref=controls[0])):
        return after, True
    found = header.getroottree().getroot().xpath("//*[@id=$ref]", ref=controls[0])
    return (found[0], False) if found else (None, False)


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
    links (up to 0.6 in a list of deals) is."""
    text = text_of(el)
    if not reads_like_prose(text):
        return False
    linked = sum(len(text_of(a).split()) for a in el.iter("a"))
    return 3 * linked < 2 * len(text.split())


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

    def __bool__(self) -> bool:
        return bool(self.titles or self.asked or self.quiet)


def body_headers(body: Element) -> Headers:
    """The body's widget headers (see the module's docstring and :class:`Headers`); none
    on most pages. One search of the body (~0.2 ms a page; a look at the source for the
    attributes' names first cost more: the source is the whole page)."""
    searches = "@aria-controls or @role='tab' or contains(@class, 'question')"
    if body.getroottree().getroot().get(TOGGLE_MARK) is not None:
        searches += f" or @{TOGGLE_MARK}"
    found: list[tuple[Element, str, Element, bool]] = []
    for el in body.xpath(f".//*[{searches}]"):
        if el.get(TOGGLE_MARK) is None and el.get("aria-controls") is None and (el.get("role") or "") != "tab" \
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
    return Headers(frozenset(el for el, *_ in titles), frozenset(el for el, *_ in asked), at_panel, quiet, holders)


def tab_item(el: Element) -> bool:
    """Whether ``el`` is an entry of a tab list (Bootstrap's ``<ul class="nav nav-tabs"
    role="tablist"><li role="presentation"><button role="tab">``): a tab's box, not a list's entry."""
    box = el.getparent()
    return el.tag == "li" and box is not None and (box.get("role") or "") == "tablist"


# Headers read as other kinds already.
_READ_ELSEWHERE = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "dt", "summary", "p", "td", "th"})
