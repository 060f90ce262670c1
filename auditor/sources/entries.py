"""A roundup's entries that look like site chrome: product boxes and gift-guide cards a
theme or an affiliate plugin marks as an ``<aside>``, classes "sponsored", "affiliate",
"product" or "related", or fills with links to shops. The chrome judge asks here before
it drops a box: three or more sibling boxes built alike (one tag, one class shape), each a
title over the story's own text, are the list itself and stay, with the box that holds
them and the wrappers inside each entry.

What they are not: a related-stories rail is teasers, titles linking to the site's own
stories over a line of text; a "You may also like" grid sits under its label; a sponsored
unit is a single box. Cards that are only a name, a price and a shop button (no text of
their own) are entries only when the headline counts as many of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from auditor.links.urls import site_of
from auditor.sources import chrome_vocabulary as vocab
from auditor.sources.chrome_facts import HEADING_TAGS, HEADINGS, Facts
from auditor.text.lazyre import LazyPattern

Element = Any  # lxml.html.HtmlElement

_MIN_ENTRIES = 3
# The entry's own text besides its title: a sentence or two of prose (spaces excluded).
_OWN_TEXT = 60
# A teaser's title links to another of the site's stories; its entry writes more than a
# teaser's line before it counts as an entry (a review roundup linking each full review).
_TEASER_TEXT = 200
# How far up from a judged element the entry it belongs to may sit.
_DEPTH = 6
# How far down a box judged chrome may hold a run of entries, and the share of its
# text they hold then (beside a title or a disclosure line).
_HOLDER_DEPTH = 3
_HOLDER_SHARE = 0.6
# A bold line that titles an entry is a name, not a sentence.
_TITLE_CHARS = 80
_TITLE_CLASS = LazyPattern(r"(?:^|[\s_-])(?:title|name|heading|headline|titel|titulo|titre)(?:$|[\s_-])", re.I)
_DIGIT = re.compile(r"\d")
# WordPress's sidebar widgets ("<aside class='widget widget_text'>"): a title over text each,
# the site's boxes, never a roundup's entries.
_WIDGET = re.compile(r"(?:^|\s)widget(?:$|[\s_-])", re.I)
_COUNT = re.compile(r"(?<![\d.,])(\d{1,3})(?![\d.,%])")


class Entries:
    """Which elements belong to a run of entries, decided once per parent on first ask
    (only elements some rule judged chrome are asked about)."""

    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        self._runs: dict[Element, frozenset[Element]] = {}
        self._what: dict[Element, str] = {}  # a run's parent → the run, in words
        self._site_links = _SiteHrefs(facts)
        counts = {int(m.group(1)) for m in _COUNT.finditer(facts.headline)}
        self._promised = {c for c in counts if c >= _MIN_ENTRIES}

    def keeps(self, el: Element, kind: str = "") -> str:
        """Why ``el``, judged chrome of ``kind``, is part of a roundup's entries ("" when it
        is not): an entry, the box holding a run of them (unless an <aside> or a sidebar:
        the site's widgets), or a wrapper inside an entry holding most of its text. The
        reason names the run ("one of a run of 6 alike <aside> boxes, each a title over its
        own text"), for --explain-body."""
        if vocab.RELATED_LABEL.match(self.facts.leading(el)):
            return ""  # "Empfehlungen aus dem Shop", "You may also like": the site's picks
        parent = el.getparent()
        if parent is not None and el in self._run(parent):
            return f"one of {self._what[parent]}"
        if kind not in ("aside", "sidebar"):
            held = self._holds_run(el, _HOLDER_DEPTH)
            if held:
                return f"the box holding {held}"
        size = self.facts.text.get(el, 0)
        node = el
        for _ in range(_DEPTH):
            up = node.getparent()
            if up is None or up.getparent() is None:
                return ""
            if node in self._run(up):
                entry_size = self.facts.text.get(node, 0)
                return f"inside an entry of {self._what[up]}, holding most of it" if size >= 0.8 * entry_size else ""
            node = up
        return ""

    def _holds_run(self, el: Element, depth: int) -> str:
        """What run of entries ``el`` holds, ``depth`` levels down at most, with most of its
        text ("<section class='sponsored'><h2>Our picks</h2><div class='grid'>…"); "" when
        none."""
        facts = self.facts
        run = self._run(el)
        if run:
            most = sum(facts.text.get(b, 0) for b in run) >= _HOLDER_SHARE * facts.text.get(el, 0)
            return self._what[el] if most else ""
        size = facts.text.get(el, 0)
        if depth <= 1 or not facts.holds(el, HEADINGS) and size - facts.link_text.get(el, 0) < _OWN_TEXT:
            return ""  # no deeper, or neither a heading nor text of its own: no entries inside
        for c in el:
            if isinstance(c.tag, str):
                held = self._holds_run(c, depth - 1)
                if held and facts.text.get(c, 0) >= _HOLDER_SHARE * size:
                    return held
        return ""

    def _run(self, parent: Element) -> frozenset[Element]:
        found = self._runs.get(parent)
        if found is None:
            found = self._runs[parent] = self._find(parent)
        return found

    def _find(self, parent: Element) -> frozenset[Element]:
        shapes: dict[tuple[str, str], list[Element]] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.tag not in HEADING_TAGS and child.tag not in ("p", "a", "img") \
                    and not _WIDGET.search(child.get("class") or ""):
                shapes.setdefault((child.tag, _shape(child)), []).append(child)
        for (tag, shape), boxes in shapes.items():
            if len(boxes) < _MIN_ENTRIES or any(b in self.facts.labelled for b in boxes) or self._labelled(parent):
                continue
            kinds = []
            for box in boxes:  # an entry each, or no run: the first that is not ends the reading
                kind = self._entry(box)
                if not kind:
                    break
                kinds.append(kind)
            if len(kinds) < len(boxes):
                continue
            # A template's variant of the same box ("product-card product-card--featured",
            # "… first"): one class word in common, and an entry too.
            words = set(shape.split())
            found = list(boxes)
            for other in parent:
                if other.tag == tag and other not in found and words & set(_shape(other).split()):
                    kind = self._entry(other)
                    if kind:
                        found.append(other)
                        kinds.append(kind)
            if "card" in kinds and len(found) not in self._promised:
                continue  # name, price and button: a shop's grid unless the headline counts them
            self._what[parent] = _described(tag, len(found), kinds)
            return frozenset(found)
        return frozenset()

    def _labelled(self, parent: Element) -> bool:
        """The run sits under a "Related" / "You may also like" label."""
        if parent in self.facts.labelled:
            return True
        before = parent.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        return before is not None and before in self.facts.labelled

    def _entry(self, box: Element) -> str:
        """"prose" when ``box`` is a title over its own text, "card" when a title with a
        price and a link (the shop's button), "" otherwise."""
        facts = self.facts
        title = self._title(box)
        if title is None or vocab.RELATED_LABEL.match(facts.leading(box)):
            return ""
        title_size = facts.text.get(title, 0)
        own = facts.text.get(box, 0) - facts.link_text.get(box, 0) - (title_size - facts.link_text.get(title, 0))
        links = list(title.iter("a")) or list(title.iterancestors("a"))
        hrefs = [(a.get("href") or "").strip() for a in box.iter("a")]
        if any(vocab.AD_HOST.match(h) for h in hrefs):
            return ""  # a native ad's card (Taboola, Outbrain…): its links go through an ad server
        # A teaser: its title links to another story, or all it links to is the site's
        # own pages ("<h4>Title</h4><p>…</p><a href='/post/'>Read more</a>").
        teaser = any(self._teaser_link(a) for a in links) or bool(hrefs) and all(map(self._own_site, hrefs))
        if own >= (_TEASER_TEXT if teaser else _OWN_TEXT):
            return "prose"
        if vocab.PRICE.search(box.text_content() or "") and next(box.iter("a"), None) is not None:
            return "card"
        return ""

    def _title(self, box: Element) -> Element | None:
        """``box``'s title: a heading, an element a template classes a title or name, or a
        bold line alone in its paragraph ("<p><strong>Ember Mug 2</strong></p>")."""
        text = self.facts.text
        for el in box.iter():
            if el is box or not isinstance(el.tag, str) or not text.get(el, 0):
                continue
            if el.tag in HEADING_TAGS or _TITLE_CLASS.search(el.get("class") or ""):
                return el
            if el.tag in ("strong", "b") and el.getparent() is not None \
                    and text.get(el.getparent(), 0) == text.get(el, 0) <= _TITLE_CHARS:
                return el
        return None

    def _teaser_link(self, link: Element) -> bool:
        """A title's link to another story: the site's own page, or any page but a shop's
        (a product's name links to the shop, or through an affiliate network)."""
        from auditor.sources.html.titles import shop_link  # the html package imports this module's caller
        from auditor.sources.widgets import affiliate_redirect  # widgets imports the chrome judge's helpers

        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")):
            return False
        if self._own_site(href):
            return True
        if shop_link(href) or affiliate_redirect(href, "", self._site_hrefs()):
            return False
        return "sponsored" not in (link.get("rel") or "").lower().split()

    def _own_site(self, href: str) -> bool:
        """``href`` leads to a page of the site's: not through its host to a shop (a
        product box's "/recommends/ember-mug/", a shop's link, not a teaser's), unless
        the prefix is a section of the site's own pages, as LK011 reads it."""
        from auditor.sources.widgets import affiliate_redirect, own_site  # widgets imports the chrome judge's helpers

        return own_site(href, self.facts.site_host) and not affiliate_redirect(href, "", self._site_hrefs())

    def _site_hrefs(self) -> Iterable[str]:
        """The hrefs of the body's links to the site's own pages (see _SiteHrefs)."""
        return self._site_links


class _SiteHrefs:
    """The hrefs of the body's links to the site's own pages, read once, on first use: a link
    to a redirect prefix's index ("/visit/") or deep under it makes the prefix a section.
    (The page's own address went with the head: LK011 reads that clue too.)
    affiliate_redirect reads them only for a link shaped like a redirect: a page of
    thousands of links (comments, a forum) no longer has each one's site read for a
    roundup's entry whose links are the site's stories."""

    __slots__ = ("_facts", "_hrefs")

    def __init__(self, facts: Facts) -> None:
        self._facts = facts
        self._hrefs: list[str] | None = None

    def __iter__(self) -> Iterator[str]:
        if self._hrefs is None:
            from auditor.sources.widgets import own_site  # widgets imports the chrome judge's helpers

            facts = self._facts
            hrefs = ((el.get("href") or "").strip() for el in facts.nodes if el.tag == "a")
            self._hrefs = [h for h in hrefs if own_site(h, facts.site_host)]
        return iter(self._hrefs)


def _described(tag: str, count: int, kinds: list[str]) -> str:
    """A run in words: "a run of 6 alike <aside> boxes, each a title over its own text"."""
    if "card" not in kinds:
        each = "a title over its own text"
    elif "prose" not in kinds:
        each = "a name, a price and a shop link"
    else:
        each = "a title over its own text or a name, a price and a shop link"
    counted = ", as many as the headline counts" if "card" in kinds else ""
    return f"a run of {count} alike <{tag}> boxes, each {each}{counted}"


def _shape(el: Element) -> str:
    """``el``'s class words without ids and numbers ("lasso-box-1", "post-42"). A BEM
    modifier stays: Drupal's "paragraph--type--text" and "…--type--shop" are not alike."""
    return " ".join(sorted(w for w in (el.get("class") or "").split() if not _DIGIT.search(w)))
