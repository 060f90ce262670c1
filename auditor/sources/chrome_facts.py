"""What the chrome judge reads of an element, shared by its rules (:mod:`auditor.sources.chrome`),
the widgets (:mod:`auditor.sources.widgets`) and the pop-up and player rules
(:mod:`auditor.sources.overlays`): the verdict, the element's names (class, id, test id…)
and the chrome kind they say, the page's sizes counted once before anything is dropped
(:class:`Facts`), and the rules that read an element by its tag, role and names alone.

It imports none of those modules at load time, so each of them imports alone: the judge
builds on the widgets, the widgets and the pop-up rules on this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from auditor.links.urls import site_of
from auditor.sources import chrome_vocabulary as vocab
from auditor.text.lazyre import LazyPattern

Element = Any  # lxml.html.HtmlElement


HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


TAG_KINDS = {
    "nav": "nav", "aside": "aside", "form": "form", "footer": "footer", "menu": "nav",
    # AMP's components say what they are: ads (with their placeholder and fallback
    # pictures), content recommendations, the menu drawer, consent bars, share buttons.
    "amp-ad": "ad", "amp-sticky-ad": "ad", "amp-auto-ads": "ad", "amp-embed": "recommended",
    "amp-sidebar": "nav", "amp-user-notification": "cookie", "amp-consent": "cookie",
    "amp-social-share": "share", "amp-analytics": "hidden", "amp-pixel": "hidden",
}


ROLE_KINDS = {
    "navigation": "nav", "complementary": "aside", "banner": "header", "contentinfo": "footer",
    "search": "search", "dialog": "dialog", "alertdialog": "dialog", "menu": "nav", "menubar": "nav",
}


_SMALL_TAGS = frozenset({"p", "li", "img", "a", "figure", "figcaption"})


_BEM_MODIFIER = LazyPattern(r"--[\w-]*")


_DRUPAL_KEY = LazyPattern(r"--(name|type)-+")


_NON_WORD = re.compile(r"[^A-Za-z0-9]+")


# A camelCase hump starts a word only when lower case follows: "adSlot" is two words,
# Gmail's "adL" is one; after an acronym too: "IDCommentsHead" is ID, Comments, Head.
_HUMP = LazyPattern(r"(?<=[a-z])(?=[A-Z][a-z])|(?<=[A-Z])(?=[A-Z][a-z])")


# An element holding this share of the body's text is the article, whatever it looks like.
PROTECT_SHARE = 0.4


# Words of paragraph text that make an ad-classed element article text.
_PROSE_WORDS = 30


# A paragraph of prose: this many characters (spaces excluded) outside links.
_PROSE_CHARS = 60


_MIN_REPEATS = 3


# Teaser cards beside the story come in pairs too ("Next on …": two linked thumbnails
# with linked titles); a box that is wholly links and outside the prose is told by two.
_MIN_CARDS = 2


_NEGATIONS = frozenset({"no", "not", "non", "without", "ohne", "sans", "sin", "sem", "senza", "hide"})


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: str  # what the chrome is: share, social, author, related, gallery, hidden, nav…
    reason: str  # the rule that decided it, for --explain-body
    # The rule already checked the article's prose lies outside the element, so a
    # large share of the body's text does not protect it (a 50-slide gallery).
    sure: bool = False
    # Only the element's own tag goes, its content stays: a script link around the
    # story's picture (a lightbox's opener) is the template's, the picture is not.
    unwrap: bool = False


# Where sites whose class names are hashes (CSS-in-JS: Medium, Wix, NYT…) name a part of
# the page: its test id, component or module ("share-tools", "BylineName", "share-buttons").
_NAME_ATTRS = ("data-testid", "data-component", "data-module", "data-hook")


class _Named:
    """What an element's class/id/test-id names say, computed once per distinct
    string of names (pages repeat a few hundred of them over thousands of elements)."""

    __slots__ = ("words", "word_set", "kind")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        self.word_set = frozenset(words)
        self.kind = word_kind(words) if words else None


_NO_NAMES = _Named(())


_NAMED: dict[str, _Named] = {}


_NAMED_CAP = 1 << 12  # distinct strings kept (~2.5 MB of names at most); a batch of many sites starts over


def names_of(el: Element) -> str:
    """The string ``el``'s names are read from: its class, id, test id, component, module
    and hook, "" without attributes (a word of them lies in it, lower-cased)."""
    attrib = el.attrib
    if not attrib:
        return ""
    names = f"{attrib.get('class') or ''} {attrib.get('id') or ''}"
    if len(attrib) > ("class" in attrib) + ("id" in attrib):  # most elements have no other
        for attr in _NAME_ATTRS:
            value = attrib.get(attr)
            if value:
                names += f" {value}"
    return names


def _named(el: Element) -> _Named:
    names = names_of(el)
    if not names:
        return _NO_NAMES
    named = _NAMED.get(names)
    if named is None:
        if len(_NAMED) >= _NAMED_CAP:
            _NAMED.clear()
        named = _NAMED[names] = _Named(_split_names(names))
    return named


class Finds:
    """Whether ``pattern`` occurs in a string, answered once per distinct string (class
    and id strings repeat over a page's elements and across its pages; a long pattern
    of alternatives tried at every character costs several µs). Bounded like _NAMED.
    The pattern is asked for its ``search`` at each new string, not once here: a
    LazyPattern compiles on that first search, not when the module that builds this loads."""

    __slots__ = ("_pattern", "_answers")

    def __init__(self, pattern: re.Pattern[str] | LazyPattern) -> None:
        self._pattern = pattern
        self._answers: dict[str, bool] = {}

    def __call__(self, text: str) -> bool:
        found = self._answers.get(text)
        if found is None:
            if len(self._answers) >= _NAMED_CAP:
                self._answers.clear()
            found = self._answers[text] = self._pattern.search(text) is not None
        return found


def _split_names(names: str) -> tuple[str, ...]:
    # Drupal names a field or a paragraph's type after "--": "field--name-field-tags",
    # "paragraph--type--related-content" say what the box is, not its state.
    if "--" in names:
        names = _DRUPAL_KEY.sub(r"-\1-", names)
        # BEM modifiers describe a state, not the block: "header--no-promo" is a header.
        names = _BEM_MODIFIER.sub(" ", names)
    words: list[str] = []
    for token in _NON_WORD.split(names):
        if token.islower() or token.isupper() or token.isdigit():  # one case: no hump, one word
            words.append(token.lower())
        elif token:
            words.extend(w.lower() for w in _HUMP.split(token) if w)
    return tuple(words)


def class_words(el: Element) -> list[str]:
    """The words of ``el``'s class, id, test id, component and module names, lower-cased."""
    return list(_named(el).words)


def picture_address(el: Element) -> str:
    """The address a picture shows: its src, or its lazy loader's (data-src, data-lazy-src,
    data-original) when the src is a stand-in (a data: URI) or missing; the rules that read
    a picture's file or folder read this one."""
    src = (el.get("src") or "").strip()
    if src and not src.startswith("data:"):
        return src
    return el.get("data-src") or el.get("data-lazy-src") or el.get("data-original") or src


def captioned(el: Element) -> bool:
    """True when ``el`` sits in a figure with a caption: the story shows and explains it."""
    figure = next(el.iterancestors("figure"), None)
    return figure is not None and next(figure.iter("figcaption"), None) is not None


def word_set(el: Element) -> frozenset[str]:
    return _named(el).word_set


# Every start of a vocabulary word ("rea", "read", "readm"…): a glue of class words that
# is none of them cannot grow into one.
_GLUE_PREFIXES = frozenset(word[:end] for word in vocab.CLASS_WORDS for end in range(1, len(word) + 1))


def word_kind(words: tuple[str, ...]) -> tuple[str, str] | None:
    """The chrome kind a class/id names, with the (possibly glued) word that says so."""
    for i, word in enumerate(words):
        if i and words[i - 1] in _NEGATIONS:
            continue  # "FirstImgWithoutAuthor", "no-share": the class says it is absent
        kind = vocab.CLASS_WORDS.get(word)
        if kind is not None:
            return kind, word
        if word not in _GLUE_PREFIXES:
            continue  # no vocabulary word starts so: glued to its neighbours it names nothing
        # Glue 2–5 neighbours: "read more", "you may also like", "about the author".
        joined = word
        for nxt in words[i + 1 : i + 5]:
            joined += nxt
            if joined not in _GLUE_PREFIXES:
                break
            kind = vocab.CLASS_WORDS.get(joined)
            if kind is not None:
                return kind, joined
    return None


def named_kind(el: Element) -> str | None:
    """The chrome kind ``el``'s tag, role or class names, or None (no structure judged)."""
    verdict = _by_tag_or_role(el) or _by_name(el)
    return verdict.kind if verdict is not None else None


# What an element holds, counted once bottom-up in Facts.of: each count takes 32 bits of
# one int (a page has far fewer than 2**32 elements), so an element's int is its own
# plus the sum of its children's. The names are the counts' bit offsets (Facts.holds).
_COUNT_BITS = 32


_COUNT_MASK = (1 << _COUNT_BITS) - 1


(PICTURES,  # _is_picture: <img>s and slides whose picture a script loads
 IMAGES,  # <img>, <amp-img>
 HEADINGS, LINKS, FORMS, FIGURES, FIGCAPTIONS,
 MEDIA,  # <video>, <audio>, <video-js>
 SVGS,
 EMBEDS,  # any tag of _PICTURE_TAGS: pictures, players, frames, canvases
 PROSE,  # paragraphs of prose (_PROSE_CHARS outside links)
 ) = (i * _COUNT_BITS for i in range(11))


_ONE_PICTURE, _ONE_PROSE = 1 << PICTURES, 1 << PROSE


# The attributes that make an element other than an <img> a picture (_is_picture).
_SLIDE_ATTRS = frozenset({"data-original", "data-src", "data-bg", "style"})


def _tag_counts() -> dict[str, int]:
    """What an element of each tag counts for itself (an <img> is a picture, an image and
    an embed)."""
    counts: dict[str, int] = {}
    for tags, what in ((("img", "amp-img"), PICTURES), (("img", "amp-img"), IMAGES), (HEADING_TAGS, HEADINGS),
                       (("a",), LINKS), (("form",), FORMS), (("figure",), FIGURES), (("figcaption",), FIGCAPTIONS),
                       (("video", "audio", "video-js"), MEDIA), (("svg",), SVGS), (_PICTURE_TAGS, EMBEDS)):
        for tag in tags:
            counts[tag] = counts.get(tag, 0) + (1 << what)
    return counts


@dataclass
class Facts:
    """Sizes computed once, bottom-up, before anything is dropped: visible characters
    (spaces excluded), characters inside links and what each element holds (pictures,
    headings, links, prose paragraphs…: see holds); document order on demand; and, once
    per judged element, what the rules read of it (its names, its leading text)."""

    nodes: list[Element] = field(default_factory=list)
    text: dict[Element, int] = field(default_factory=dict)
    link_text: dict[Element, int] = field(default_factory=dict)
    prose: list[Element] = field(default_factory=list)  # the first and last prose paragraph
    headline: str = ""
    h1: Element | None = None
    site_host: str = ""  # the page's own host (canonical or og:url), "" when unknown
    # The ".class" and "#id" names the page's own stylesheet hides on every screen (page_css).
    hidden_names: frozenset[str] = frozenset()
    # A heading labelled "Related" and the box of links right after it, judged before
    # anything is dropped (the heading goes first, the box would lose its label).
    labelled: dict[Element, str] = field(default_factory=dict)
    # What each element holds, itself included (see holds): the counts packed in one int.
    contents: dict[Element, int] = field(default_factory=dict)
    _order: dict[Element, int] | None = None
    # What the rules read of the judged element, once per element (see named, leading).
    _names: dict[Element, _Named] = field(default_factory=dict)
    _leading: dict[Element, str] = field(default_factory=dict)
    _words: dict[Element, str] = field(default_factory=dict)
    _first: dict[Element, str] = field(default_factory=dict)
    _cards: int | None = None  # link cards in the body (see lone_cards), counted on first use
    _titled: int | None = None  # pages of the site linked by a picture and a title (see lone_titled_links)
    # What a box around a picture is (overlays' player boxes, widgets' kept boxes), once per
    # box: a gallery's or a card grid's pictures share their boxes, each asks up to six.
    boxes: dict[tuple[str, Element], Verdict | None] = field(default_factory=dict)
    # Drops so far (the chrome walk counts them): a box's words read above the judged element
    # (see words_now) stand until the next drop; unwrapping a tag leaves the words as they were.
    dropped: int = 0
    _now: tuple[Element, int, str] | None = None

    @classmethod
    def of(cls, body: Element, site_host: str = "", hidden_names: frozenset[str] = frozenset()) -> Facts:
        facts = cls(nodes=list(body.iter()), site_host=site_host, hidden_names=hidden_names)
        text, links, contents = facts.text, facts.link_text, facts.contents
        text_of, links_of, contents_of = text.get, links.get, contents.get
        first_prose = last_prose = None
        for el in reversed(facts.nodes):  # every element after its descendants
            tag = el.tag
            if not isinstance(tag, str):
                continue  # a comment or a processing instruction: no text, holds nothing
            own = el.text
            size = len("".join(own.split())) if own else 0  # characters, spaces excluded
            linked = 0
            held = _TAG_COUNTS.get(tag, 0)
            if not held & _ONE_PICTURE:  # not an <img>: a slide whose picture a script loads?
                keys = el.keys()  # most elements have no attribute a slide's picture is in
                if keys and not _SLIDE_ATTRS.isdisjoint(keys) and _is_picture(el):
                    held += _ONE_PICTURE
            for child in el:
                size += text_of(child, 0)
                tail = child.tail
                if tail:
                    size += len("".join(tail.split()))
                linked += links_of(child, 0)
                held += contents_of(child, 0)
            if size:
                text[el] = size
            if tag == "a":
                linked = size
            if linked:
                links[el] = linked
            if tag == "p" and size - linked >= _PROSE_CHARS:
                held += _ONE_PROSE
                first_prose = el  # met last to first
                if last_prose is None:
                    last_prose = el
            if held:
                contents[el] = held
        if first_prose is not None:
            facts.prose = [first_prose, last_prose]
        facts.labelled = _labelled_boxes(body, facts)
        h1 = next(body.iter("h1"), None)
        facts.h1 = h1
        # The headline set above the body's box (an <h1> in the page header, the story in its
        # <article>) is still the one the body's slideshow or entries are told against.
        outer = h1 if h1 is not None else _h1_before(body)
        facts.headline = " ".join((outer.text_content() or "").split()) if outer is not None else ""
        return facts

    def holds(self, el: Element, what: int) -> int:
        """How many of ``what`` (PICTURES, IMAGES, HEADINGS…) ``el`` holds, itself
        included, as the page was before anything was dropped. The judge asks about the
        element it judges: nothing inside it has been dropped yet (it judges parents
        first), so the count is the live one."""
        return (self.contents.get(el, 0) >> what) & _COUNT_MASK

    def named(self, el: Element) -> _Named:
        """``el``'s names (class, id, test id…), read once per element: a dozen rules ask."""
        found = self._names.get(el)
        if found is None:
            found = self._names[el] = _named(el)
        return found

    def leading(self, el: Element) -> str:
        """``el``'s first 60 characters (_leading_text), read once per element: three
        label rules ask, and nothing inside the judged element has been dropped yet."""
        found = self._leading.get(el)
        if found is None:
            found = self._leading[el] = _leading_text(el)
        return found

    def words(self, el: Element) -> str:
        """The judged element's text, spaces collapsed, read once: up to four rules read it
        (a player's message, a consent tool's, an appeal's words, a link's name). Ask only
        about the judged element or what it holds: nothing inside it has been dropped yet."""
        found = self._words.get(el)
        if found is None:
            found = self._words[el] = " ".join((el.text_content() or "").split())
        return found

    def words_now(self, box: Element) -> str:
        """``box``'s text, spaces collapsed, as it stands: the last box asked is kept until the
        walk drops anything (a slider's 30 hidden slides each ask about the same box)."""
        if self._now is None or self._now[0] is not box or self._now[1] != self.dropped:
            self._now = (box, self.dropped, " ".join((box.text_content() or "").split()))
        return self._now[2]

    def first_text(self, el: Element) -> str:
        """The judged element's first words (its first text that is not all spaces, spaces
        collapsed), read once, as ``words``: a label over an ad or an appeal."""
        found = self._first.get(el)
        if found is None:
            found = self._first[el] = next((" ".join(t.split()) for t in el.itertext() if t.strip()), "")
        return found

    def order(self, el: Element) -> int:
        """Position of ``el`` in document order (built on first use: most pages never ask)."""
        if self._order is None:
            self._order = {node: i for i, node in enumerate(self.nodes)}
        return self._order.get(el, 0)

    def span(self, el: Element) -> tuple[int, int]:
        start = self.order(el)
        return start, start + sum(1 for _ in el.iter()) - 1

    def lone_cards(self) -> bool:
        """True when the body holds one or two link cards: teasers set into the story.
        Three or more are a list of them (a roundup whose items are cards)."""
        if self._cards is None:
            body = self.nodes[0] if self.nodes else None
            cards = set()
            for heading in (body.iter(*HEADING_TAGS) if body is not None else ()):
                box = heading
                for _ in range(4):
                    box = box.getparent()
                    if box is None or box is body:
                        break
                    href = _card_href(box, self, live=True)
                    if href:
                        cards.add(href)
                        break
            self._cards = len(cards)
        return self._cards <= 2

    def lone_titled_links(self) -> bool:
        """True when one or two pages of the site are each linked in the body both by a picture
        and by a title of a few words (a "related story" card without a heading: "<a><img></a>
        <a>Fire closes downtown street</a>", or "<a><img><span>…</span></a>"). Three or more
        are a list of them: a roundup whose items link their own pages."""
        if self._titled is None:
            from auditor.sources.widgets import own_site  # widgets imports these facts

            body = self.nodes[0] if self.nodes else None
            pictured: set[str] = set()
            titled: set[str] = set()
            for a in (body.iter("a") if body is not None else ()):
                href = (a.get("href") or "").strip().rstrip("/")
                if not href or href.startswith(("#", "javascript:", "mailto:")) or not own_site(href, self.site_host):
                    continue
                if any(_is_picture(p) for p in a.iter()):
                    pictured.add(href)
                if len((a.text_content() or "").split()) >= _TITLE_WORDS:
                    titled.add(href)
            self._titled = len(pictured & titled)
        return self._titled <= 2

    def outside_prose(self, el: Element) -> bool:
        """True when ``el`` sits wholly before the article's first prose paragraph or
        after its last: where teasers and next-post boxes go, not inside the story."""
        if not self.prose:
            return False
        start, end = self.span(el)
        return end < self.order(self.prose[0]) or start > self.order(self.prose[1])


# A card's title has a few words ("Fire closes downtown street"); "Read more" is no title.
_TITLE_WORDS = 3


# A label on its own ("Leggi anche", "Related coverage") is short.
_LABEL_CHARS = 40


def _labelled_boxes(body: Element, facts: Facts) -> dict[Element, str]:
    """A heading, paragraph or bare <div> that is only a "related" label ("Artículos
    relacionados", "Leggi anche") and the element right after it when that is links to
    other pages: a box mostly of links, or a heading or paragraph that is one link. Both go."""
    found: dict[Element, str] = {}
    for label in body.iter("p", "div", *HEADING_TAGS):
        size = facts.text.get(label, 0)
        if not size or size > _LABEL_CHARS or facts.link_text.get(label, 0):
            continue
        if label.tag == "div" and not _bare_label(label):
            continue
        words = " ".join((label.text_content() or "").split())
        match = vocab.RELATED_LABEL.match(words)
        if match is not None and label.tag == "div" and words[match.end():].strip(" :.-–—»›>|"):
            continue  # a box's opening words, not its label: a <div> says the label alone
        if match is None:
            # A singular label ("Recomendado", "Empfohlen", "おすすめ") also opens a sentence:
            # only over the box right after it when that is a rail of picture links.
            after = next(iter(_elements_after(label)), None)
            if after is not None and vocab.SINGULAR_RAIL_LABEL.match(words) and picture_rail(after, facts):
                found[label] = found[after] = words[:30]
            continue
        name = match.group(0).strip()[:30]
        # The links after it: one box of them, or a run of one-link paragraphs or headings.
        for after in _elements_after(label):
            if not _all_links_after_label(after, facts):
                break
            found[label] = found[after] = name
            if after.tag not in HEADING_TAGS and after.tag != "p":
                break
    return found


# What a label set as a <div> holds besides its words: its formatting.
_LABEL_INLINE = frozenset({"b", "strong", "em", "i", "span", "small", "u"})


def _bare_label(label: Element) -> bool:
    """True for a <div> of words and their formatting only (a template's label line, "<div
    class='rail-title'><span>Related</span></div>"), not a box of blocks."""
    return all(node.tag in _LABEL_INLINE for node in label.iterdescendants() if isinstance(node.tag, str))


def picture_rail(box: Element, facts: Facts, label: Element | None = None) -> bool:
    """True when ``box`` (its ``label`` child left out) is a rail: two or more picture links
    to other pages of the site, its text all theirs, no prose."""
    from auditor.sources.widgets import own_site

    if _holds_prose(box, facts, 1):
        return False
    hrefs = {(a.get("href") or "").strip().rstrip("/") for a in box.iter("a")}
    if len(hrefs) < 2 or not all(own_site(h, facts.site_host) and not _IMAGE_FILE.search(h) for h in hrefs):
        return False
    linked = sum(1 for img in box.iter("img", "amp-img") if next(img.iterancestors("a"), None) is not None)
    rest = facts.text.get(box, 0) - (facts.text.get(label, 0) if label is not None else 0)
    return linked >= 2 and facts.link_text.get(box, 0) >= 0.9 * rest


def _elements_after(el: Element) -> list[Element]:
    """The element siblings after ``el``, at most a dozen."""
    out: list[Element] = []
    node = el.getnext()
    while node is not None and len(out) < 12:
        if isinstance(node.tag, str):
            out.append(node)
        node = node.getnext()
    return out


def _all_links_after_label(el: Element, facts: Facts) -> bool:
    text = facts.text.get(el, 0)
    if not text or el.tag == "a" or _holds_prose(el, facts, 1) and el.tag != "p":
        return False
    if el.tag in HEADING_TAGS or el.tag == "p":
        return facts.link_text.get(el, 0) >= 0.9 * text  # one teaser's linked title
    return facts.link_text.get(el, 0) >= 0.5 * text


def _by_tag_or_role(el: Element) -> Verdict | None:
    tag = el.tag
    if tag in TAG_KINDS:
        return Verdict(TAG_KINDS[tag], f"<{tag}>")
    role = (el.get("role") or "").strip().lower()
    if role in ROLE_KINDS:
        return Verdict(ROLE_KINDS[role], f"role={role}")
    if el.get("aria-modal") == "true":
        return Verdict("dialog", "aria-modal")
    if tag == "header" and next(el.iter("nav"), None) is not None:
        return Verdict("header", "<header> holding a <nav>")
    return None


_PICTURE_TAGS = ("img", "amp-img", "svg", "picture", "video", "canvas", "iframe", "object", "embed")


_TAG_COUNTS = _tag_counts()


# A picture this many pixels wide or high is content, not a button's icon.
_CONTENT_PICTURE_PX = 100


def _holds_content_picture(el: Element) -> bool:
    """True when ``el`` holds a picture sized as content (share buttons hold icons)."""
    for img in el.iter("img", "amp-img"):
        for attr in ("width", "height"):
            value = (img.get(attr) or "").strip().lower().removesuffix("px")
            if value.isdecimal() and int(value) >= _CONTENT_PICTURE_PX:
                return True
        if img.get("srcset") or img.get("data-srcset"):
            return True  # responsive sizes: a photo, never an icon
    return False


def site_host(root: Element) -> str:
    """The page's own host from its canonical link or og:url (read before the head is
    dropped with the other invisible elements)."""
    for el in root.iter("link", "meta"):
        rel = (el.get("rel") or "").lower().split()
        if ("canonical" in rel and el.get("href")) or (el.get("property") or "").lower() == "og:url":
            host = site_of(el.get("href") or el.get("content"))
            if host:
                return host
    return ""


def _has_letters(el: Element) -> bool:
    return any(ch.isalpha() for ch in el.text_content() or "")


def _in_prose(el: Element, facts: Facts) -> bool:
    """True when ``el`` sits in a paragraph of prose."""
    para = next(el.iterancestors("p"), None)
    return para is not None and facts.text.get(para, 0) - facts.link_text.get(para, 0) >= _PROSE_CHARS


# schema.org's Person type, in microdata (itemtype) or RDFa (typeof="schema:Person").
_PERSON_TYPE = LazyPattern(r"(?:schema\.org/|schema:|^|\s)Person(?:\s|$)")


def _schema_item_kind(el: Element, facts: Facts | None) -> tuple[str, str] | None:
    """The chrome kind of a schema.org item the template declares (microdata or RDFa), or None."""
    types = f"{el.get('itemtype') or ''} {el.get('typeof') or ''}"
    if _PERSON_TYPE.search(types):
        # A person described by the page's template (Drupal's author picture, Blogger's
        # byline): the story's people are written in its sentences. In a caption the person
        # is the picture's credit, which the image rules read.
        if facts is not None and _holds_prose(el, facts, 1) \
                or next(el.iterancestors("figure", "figcaption"), None) is not None:
            return None
        return ("author", "a schema.org Person item")
    if "BreadcrumbList" in types and not (facts is not None and _holds_prose(el, facts, 1)):
        # The trail the template declares (as Yoast, Rank Math and Drupal's breadcrumb block
        # write it), whatever its class: its icon links lead to sections, not to the story's.
        return ("breadcrumb", "a schema.org BreadcrumbList")
    return None


def _by_name(el: Element, facts: Facts | None = None) -> Verdict | None:
    found = (facts.named(el) if facts is not None else _named(el)).kind
    if found is None:
        prop = (el.get("itemprop") or "").lower().split()
        rels = (el.get("rel") or "").lower().split()
        if "author" in prop or "author" in rels:
            found = ("author", "itemprop/rel author")
    if found is None and (el.get("itemtype") or el.get("typeof")):
        found = _schema_item_kind(el, facts)
    if found is None:
        return None
    kind, word = found
    tag = el.tag
    if tag in HEADING_TAGS:
        return None  # a heading with a chrome-ish class ("share-title") is real text
    if kind == "decoration" and tag not in vocab.DECORATION_TAGS:
        return None
    if kind == "share" and (tag not in _SMALL_TAGS or tag in ("img", "amp-img")) \
            and _holds_content_picture(el):
        return None  # the story's photo made pinnable ("pinit-img", a "pin it" wrapper), not a button
    if kind == "button" and (facts is None or (facts.text.get(el, 0) and _has_letters(el))):
        # <a class="btn">Buy it on Amazon</a>, <div class="btn">Buy now</div> are named
        # parts of the story; icons and counters ("💬 18") are the template's.
        return None
    if kind == "control" and tag == "a" and (facts is None or facts.text.get(el, 0) > 40):
        return None
    if tag in _SMALL_TAGS and kind not in vocab.SMALL_ELEMENT_KINDS \
            and not (tag == "figure" and kind in vocab.FIGURE_KINDS):
        # A paragraph or link with a chrome-ish class is rare and usually real text;
        # chrome comes in containers. Share, social and author markers are the exception.
        return None
    if word in _LABEL_WORDS and (facts is None or facts.link_text.get(el, 0) < 0.9 * facts.text.get(el, 0)):
        return None  # a kicker in words is part of the headline; only the linked one is navigation
    if kind == "ad" and _pasted_prose(el):
        return None  # text pasted from Gmail keeps its "adn ads" wrapper
    if kind == "author" and facts is not None and _holds_prose(el, facts, 3):
        return None  # "author-content" wrapping the post on some blog themes
    return Verdict(kind, word if word.startswith("a schema.org") else f"class/id word {word!r}")


# A player's box says little: a title, a duration, a message. More is a story.
_PLAYER_TEXT = 300


_LOGO_WORDS = frozenset({"logo", "logos", "sitelogo", "brandlogo", "logotype", "logotipo"})


# Labels over a headline ("kicker", "eyebrow"): navigation only when they are a link.
_LABEL_WORDS = frozenset({"kicker", "eyebrow"})


# A sponsor's box says little: its label and maybe the sponsor's name.
_SPONSOR_TEXT = 60


_IMAGE_FILE = LazyPattern(r"\.(?:jpe?g|png|gif|webp|avif|heic)$", re.I)


# Words a card may carry outside its link: a label ("Read more", "Related"), a kicker.
_CARD_LABEL_CHARS = 40


def _card_href(el: Element, facts: Facts, live: bool = False) -> str:
    """The one page a link card leads to, or "": a box (or a link) holding one picture
    and a heading, nearly all of its text links to that one page (a teaser of another
    story: "<a><img><h3>Cyclist deaths rose</h3></a>" or a linked picture and a linked title).
    ``live``: ``el`` may have lost some of its content already (not the judged element):
    count in the tree as it is now."""
    if el.tag in HEADING_TAGS or el.tag in ("p", "li", "img", "amp-img", "figcaption") or not isinstance(el.tag, str):
        return ""
    text = facts.text.get(el, 0)
    if not text or text - facts.link_text.get(el, 0) > _CARD_LABEL_CHARS:
        return ""
    if live:
        if _holds_prose_now(el, facts, 1) or sum(1 for p in el.iter() if _is_picture(p)) != 1 \
                or next(el.iter(*HEADING_TAGS), None) is None:
            return ""
    elif _holds_prose(el, facts, 1) or facts.holds(el, PICTURES) != 1 or not facts.holds(el, HEADINGS):
        return ""
    hrefs = {(a.get("href") or "").strip().rstrip("/") for a in el.iter("a")}
    if len(hrefs) != 1:
        return ""
    href = hrefs.pop()
    return "" if not href or href.startswith(("#", "javascript:")) or _IMAGE_FILE.search(href) else href


def _is_picture(el: Element) -> bool:
    """An <img>, or a slide whose picture a script loads (lazy URL or CSS background)."""
    tag = el.tag
    if tag in ("img", "amp-img"):
        return True
    if not isinstance(tag, str) or not el.keys():  # most elements have no attribute: one call
        return False
    return bool(el.get("data-original") or el.get("data-src") or el.get("data-bg")
                or "background-image" in (el.get("style") or ""))


def _leading_text(el: Element) -> str:
    """The first 60 characters of ``el``'s text: where a label sits."""
    text = (el.text or "").strip()
    if len(text) < 60:
        for node in el.iterdescendants():
            if isinstance(node.tag, str) and node.text:
                text += " " + node.text.strip()
            if node.tail:
                text += " " + node.tail.strip()
            if len(text) >= 60:
                break
    return " ".join(text.split())[:60]


def _holds_prose(el: Element, facts: Facts, paragraphs: int) -> bool:
    """True when ``el`` holds at least ``paragraphs`` paragraphs of prose (counted
    before anything was dropped: ask about the judged element, see Facts.holds)."""
    return facts.holds(el, PROSE) >= paragraphs


def _holds_prose_now(el: Element, facts: Facts, paragraphs: int) -> bool:
    """True when ``el`` holds at least ``paragraphs`` paragraphs of prose now."""
    found = 0
    for p in el.iter("p"):
        if facts.text.get(p, 0) - facts.link_text.get(p, 0) >= _PROSE_CHARS:
            found += 1
            if found >= paragraphs:
                return True
    return False


def _pasted_prose(el: Element) -> bool:
    """True when an element classed as an ad holds article paragraphs: an ad slot
    holds a script, a label and a link, never two paragraphs of text."""
    paragraphs = sum(1 for p in el.iter("p") if (p.text_content() or "").strip())
    return paragraphs >= 2 and len((el.text_content() or "").split()) >= _PROSE_WORDS


def _h1_before(body: Element) -> Element | None:
    """The last <h1> before ``body`` in the page (None when none): a headline above the body."""
    last = None
    for el in body.getroottree().getroot().iter():
        if el is body:
            return last
        if el.tag == "h1":
            last = el
    return None
