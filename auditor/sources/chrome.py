"""Is this element article or site chrome? The decision, element by element, with the
rule that made it, so ``auditor check --explain-body`` can show why.

Judged by structure and semantics, in this order:

1. **hidden**: the ``hidden`` attribute, ``display:none`` / ``visibility:hidden``,
   hiding utility classes, ``aria-hidden`` boxes with no prose: a reader never sees it.
2. **tag / role**: ``nav``, ``aside``, ``form``, ``footer``; AMP's ad, recommendation,
   consent, menu and share components; ARIA landmarks that are not the main content;
   modal dialogs.
3. **link purpose**: links that post the page to a network (share endpoints), text-less
   links to a social profile (icons), a feed or a sign-up page, links that are buttons
   (``href="#"`` with a control's name: "Close gallery", "Next photo", "Continue
   reading"), the page's tools written as script links (print, e-mail, text size,
   "인쇄하기", "A+", arrows) and a player's controls, a picture link to a home page (the
   logo), to a donation page (an appeal) or to a writer's page (the byline's face); short
   links outside the sentences to a writer's page, "Follow", comment counts, a section's
   name right above the headline. A script link around the story's picture (a
   lightbox) loses its tag only: the picture stays. A picture an avatar service serves.
4. **names**: class / id / test-id / component / ``itemprop`` / ``rel`` words in many
   languages (share, social, author, byline, related, comments, ads, pop-ups,
   donations, disclaimers…; :mod:`chrome_vocabulary`); a schema.org Person item of the
   template; a logo before or after the story's prose.
   **media players** by structure: a schema.org VideoObject, a class naming a player's
   part ("video-poster", "video-thumbnail"), a picture beside the player's own message
   ("Media playback is unsupported on your device") or its running time ("02:14").
5. **labels**: a box or paragraph headed "Related", "Lesen Sie auch", "Leia também",
   "関連記事", "Most viewed"… whose text is mostly links, or the links right after such a
   label; a small box opening "Presented by" around a linked logo (a sponsor), "About
   the author" around a picture (the writer's box), or a form under "newsletter" /
   "subscribe" words (a sign-up box).
6. **repeated templates**: a strip of three or more text-less linked pictures
   (gallery thumbnails, unless they open themselves larger: the story's gallery); a
   grid of three or more link cards with pictures outside the run of the article's
   prose (next-post and related teasers); a lone link card (picture and heading) to
   another page of the site inside it; an embedded slideshow with a title of its own
   unrelated to the headline.

7. **widgets** set into the story by vendors and CMS templates (:mod:`auditor.sources.widgets`),
   by what they hold, serve or say: a box whose first line is an ad label ("Anzeige", "Publicidad") or a
   partner's label over a logo; a shop's logo beside products and their prices; pictures
   of ad servers and video platforms; media elements, player frames, play buttons and
   clip ids beside a still (unless captioned: then the story shows it); boxes named by
   aria-label, schema.org Comment items, fixed overlays, pop-up scripts' boxes; consent
   placeholders; the publisher's appeals (a picture beside a "Donate"/"Jetzt abonnieren"
   button to its own site or a donation service, a close button and words of giving);
   app-store badges offering the site's app. Buttons and frames are gone by then:
   ``drop_invisible`` notes what they did on their box (``widgets.mark_button``).

Whatever the rule, an element holding the headline or 40 % of the body's text is the
article and stays (a player or pop-up kept so still loses its picture); so do a roundup's
entries, three or more like boxes each a title over its own text, however they are
tagged or classed (an ``<aside>`` or a "sponsored" box per product: :mod:`auditor.sources.entries`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from auditor.links.urls import site_of
from auditor.sources import chrome_vocabulary as vocab

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

_BEM_MODIFIER = re.compile(r"--[\w-]*")
_DRUPAL_KEY = re.compile(r"--(name|type)-+")
_NON_WORD = re.compile(r"[^A-Za-z0-9]+")
# A camelCase hump starts a word only when lower case follows: "adSlot" is two words,
# Gmail's "adL" is one; after an acronym too: "IDCommentsHead" is ID, Comments, Head.
_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])|(?<=[A-Z])(?=[A-Z][a-z])")

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
    of alternatives tried at every character costs several µs). Bounded like _NAMED."""

    __slots__ = ("_search", "_answers")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._search = pattern.search
        self._answers: dict[str, bool] = {}

    def __call__(self, text: str) -> bool:
        found = self._answers.get(text)
        if found is None:
            if len(self._answers) >= _NAMED_CAP:
                self._answers.clear()
            found = self._answers[text] = self._search(text) is not None
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
    # What a box around a picture is (overlays' player boxes, widgets' kept boxes), once per
    # box: a gallery's or a card grid's pictures share their boxes, each asks up to six.
    boxes: dict[tuple[str, Element], Verdict | None] = field(default_factory=dict)

    @classmethod
    def of(cls, body: Element, site_host: str = "") -> Facts:
        facts = cls(nodes=list(body.iter()), site_host=site_host)
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
        facts.headline = " ".join((h1.text_content() or "").split()) if h1 is not None else ""
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

    def outside_prose(self, el: Element) -> bool:
        """True when ``el`` sits wholly before the article's first prose paragraph or
        after its last: where teasers and next-post boxes go, not inside the story."""
        if not self.prose:
            return False
        start, end = self.span(el)
        return end < self.order(self.prose[0]) or start > self.order(self.prose[1])


# A label on its own ("Leggi anche", "Related coverage") is short.
_LABEL_CHARS = 40


def _labelled_boxes(body: Element, facts: Facts) -> dict[Element, str]:
    """A heading or paragraph that is only a "related" label ("Artículos relacionados",
    "Leggi anche") and the element right after it when that is links to other pages:
    a box mostly of links, or a heading or paragraph that is one link. Both go."""
    found: dict[Element, str] = {}
    for label in body.iter("p", *HEADING_TAGS):
        size = facts.text.get(label, 0)
        if not size or size > _LABEL_CHARS or facts.link_text.get(label, 0):
            continue
        match = vocab.RELATED_LABEL.match(" ".join((label.text_content() or "").split()))
        if match is None:
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


def judge(el: Element, facts: Facts) -> Verdict | None:
    """Why ``el`` is site chrome, or None when it may be article content."""
    if not isinstance(el.tag, str):
        return None
    if not el.attrib:
        return _judge_bare(el, facts)
    if not facts.contents.get(el, 0) & _PICTURES_OR_FORMS and el.tag != "a":
        return _judge_plain(el, facts)
    return (_hidden(el, facts) or _by_tag_or_role(el) or _by_link_purpose(el, facts) or _avatar(el)
            or _by_name(el, facts) or _media_player(el, facts) or _logo(el, facts) or _by_label(el, facts)
            or _sponsor(el, facts) or _signup_box(el, facts) or _author_box(el, facts)
            or _by_template(el, facts) or _header_above_headline(el, facts)
            or _empty_template_link(el, facts) or widget(el, facts))


def _judge_plain(el: Element, facts: Facts) -> Verdict | None:
    """``judge`` for an element with attributes but without a picture or a form, not a
    link (half of the others): the rules told by a link's address, a picture or a form
    (avatar, logo, sponsor, sign-up, writer's box, templates, the widgets' pictures)
    cannot tell it, the others run in the same order."""
    return (_hidden(el, facts) or _by_tag_or_role(el) or _by_name(el, facts) or _media_player(el, facts)
            or _by_label(el, facts) or _header_above_headline(el, facts) or named_widget(el, facts))


def _judge_bare(el: Element, facts: Facts) -> Verdict | None:
    """``judge`` for an element without attributes (half of those judged): the rules that
    read only attributes or class names (hidden, avatar, names, logo, header) cannot
    tell it, the others run in the same order."""
    tag = el.tag
    if tag in ("p", "li"):  # the bulk of any page: only a label can tell
        return _by_label(el, facts)
    if not facts.contents.get(el, 0) & _PICTURES_OR_FORMS and tag not in _BARE_TOLD_BY_TAG \
            and not _custom_player(tag):
        # Nor can it tell any other element without a picture or a form (the other rules
        # read pictures, forms, links' addresses or the tag of a landmark or a player).
        return _by_label(el, facts)
    return (_by_tag_or_role(el) or _by_link_purpose(el, facts) or _media_player(el, facts)
            or _by_label(el, facts) or _sponsor(el, facts) or _signup_box(el, facts) or _author_box(el, facts)
            or _by_template(el, facts) or _empty_template_link(el, facts) or widget(el, facts))


# An element holds a picture, an image or a form (see Facts.holds): its counts' bits.
_PICTURES_OR_FORMS = (_COUNT_MASK << PICTURES) | (_COUNT_MASK << IMAGES) | (_COUNT_MASK << FORMS)
# Tags the rules tell without attributes: landmarks, links, players.
_BARE_TOLD_BY_TAG = frozenset(TAG_KINDS) | {"header", "a", "video", "audio", "video-js"}


def _hidden(el: Element, facts: Facts) -> Verdict | None:
    verdict = _hidden_state(el)
    # Slides a script reveals one at a time are hidden too: prose inside is the
    # article (a 30-slide listicle), so only boxes without prose are dropped.
    if verdict is None or _holds_prose(el, facts, 1):
        return None
    return verdict


def _hidden_state(el: Element) -> Verdict | None:
    if el.get("hidden") is not None:
        return Verdict("hidden", "hidden attribute")
    style = el.get("style")
    if style and vocab.HIDDEN_STYLE.search(style):
        return Verdict("hidden", f"style {style.strip()[:40]!r}")
    hiding = _hiding_class(el.get("class") or "")
    if hiding:
        return Verdict("hidden", f"class {hiding!r}")
    if (el.get("aria-hidden") or "").strip().lower() == "true" and el.tag not in ("img", "amp-img"):
        return Verdict("hidden", "aria-hidden, no prose")
    return None


_HIDING: dict[str, str] = {}


def _hiding_class(classes: str) -> str:
    """The class that hides an element of ``classes`` ("" when none does), once per
    distinct class attribute (bounded like _NAMED)."""
    found = _HIDING.get(classes)
    if found is None:
        tokens = classes.split()
        hiding = {t.lower() for t in tokens} & vocab.HIDDEN_CLASSES
        found = sorted(hiding)[0] if hiding and not any(vocab.SHOWN_AT_BREAKPOINT.match(t) for t in tokens) else ""
        if len(_HIDING) >= _NAMED_CAP:
            _HIDING.clear()
        _HIDING[classes] = found
    return found


def _avatar(el: Element) -> Verdict | None:
    """A picture an avatar service serves: a writer's or commenter's face in the byline."""
    if el.tag not in ("img", "amp-img"):
        return None
    src = el.get("src") or el.get("data-src") or ""
    return Verdict("author", "an avatar's picture") if vocab.AVATAR_SRC.search(src) else None


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


def _by_link_purpose(el: Element, facts: Facts) -> Verdict | None:
    # Complexity ~17 on purpose: one rule per purpose a link can serve (share, social icon,
    # control, anchor, sign-up, logo), tried in order; each is one readable condition.
    if el.tag != "a":
        return None
    href = (el.get("href") or "").strip()
    if _shares(href):
        return Verdict("share", "link posts the page to a network")
    textless = facts.text.get(el, 0) == 0
    if facts.text.get(el, 0) <= 40:
        label = " ".join(f"{facts.words(el)} {el.get('aria-label') or ''}".split())
        if label and len(label.split()) <= 5 and len(label) <= 40 and _share_label(label):
            return Verdict("share", f"link named {label[:30]!r}")
    if textless and vocab.SOCIAL_HOST.match(href) and not _in_prose(el, facts):
        # Inside a sentence it is the writer's link left empty ("said Jo <a…></a>").
        return Verdict("social", "text-less link to a social network")
    if textless and href.startswith("#") and len(href) > 1 and not el.get("aria-label") \
            and not facts.holds(el, IMAGES):
        return Verdict("control", "text-less in-page link (an icon: back to top, open menu)")
    if textless and vocab.TOP_FRAGMENT.match(href):
        return Verdict("control", "text-less link back to the top of the page")
    if textless and vocab.SIGNUP_HREF.search(href):
        return Verdict("newsletter", "text-less button to sign up or subscribe")
    if textless and vocab.DONATE_HREF.search(href):
        return Verdict("donate", "text-less link to a donation page: the publisher's appeal")
    if textless and (facts.holds(el, IMAGES) or facts.holds(el, SVGS)) and _home_of(href) \
            and (_home_of(href) == facts.site_host or vocab.HOME_LABEL.search(_picture_link_name(el))):
        return Verdict("header", "picture link to the site's home page: its logo")
    if textless and vocab.AUTHOR_HREF.match(href) and facts.holds(el, IMAGES):
        return Verdict("author", "picture link to a writer's page: the byline's avatar")
    if vocab.BROWSER_ACTION_HREF.match(href):
        return Verdict("control", "link runs a browser action (back, print, close)")
    if not textless and facts.text.get(el, 0) <= _TEMPLATE_LINK_CHARS and not _in_prose(el, facts):
        verdict = _template_link(el, href, facts)
        if verdict is not None:
            return verdict
    if el.get("href") is None and textless and (el.get("name") or el.get("id")):
        return Verdict("anchor", "named anchor, not a link")
    if href in ("", "#") or href.lower().startswith("javascript:"):
        return _script_link(el, href, facts)
    return None


# The ASCII words SHARE_LABEL's alternatives need (lower case): an ASCII label holding
# none of them cannot match, and most links' labels are distinct ASCII words.
_SHARE_NEEDLES = ("share", "teilen", "partager", "compartir", "compartilhar", "condividi", "delen",
                  "dela", "bagikan", "tweet", "pin it", "inshare")


def _share_label(label: str) -> bool:
    """vocab.SHARE_LABEL.search(label), skipping the search (~4.5 µs) when an ASCII label
    holds none of its words."""
    if label.isascii():
        lowered = label.lower()
        if not any(needle in lowered for needle in _SHARE_NEEDLES):
            return False
    return vocab.SHARE_LABEL.search(label) is not None


_SHARES: dict[str, bool] = {}


def _shares(href: str) -> bool:
    """Whether ``href`` posts the page to a network, once per distinct link (the
    pattern tries two dozen alternatives at every character of it)."""
    found = _SHARES.get(href)
    if found is None:
        if len(_SHARES) >= _NAMED_CAP:
            _SHARES.clear()
        found = _SHARES[href] = _share_href(href)
    return found


# Lower-case ASCII strings without one of which none of SHARE_HREF's alternatives can
# match an ASCII link (each alternative holds one): most links' hrefs are distinct and
# hold none, and the search costs ~10 µs a link, the test ~2 µs.
SHARE_HREF_NEEDLES = (
    "facebook.com/", "twitter.com/", "x.com/", "pinterest.", "linkedin.com/", "reddit.com/submit", "tumblr.com/",
    "plus.google.com/share", "api.whatsapp.com/send", "whatsapp:", "wa.me/?", ".me/share", "vk.com/share", "line.me",
    "getpocket.com/", "flipboard.com/bookmarklet", "weibo.com/share", "b.hatena.ne.jp/", "connect.ok.ru",
    "digg.com/submit", "addtoany.com/", "addthis.com/bookmark", "xing.com/", "mailto:?", "sms:?",
)


def _share_href(href: str) -> bool:
    if href.isascii():
        lowered = href.lower()
        if not any(needle in lowered for needle in SHARE_HREF_NEEDLES):
            return False
    return vocab.SHARE_HREF.search(href) is not None


# A section's name is a word or three ("Local News", "Wide Angle"); a credit is not.
_KICKER_WORDS = 3
# The template's own links are short: a writer's name, "Follow", "2 comments", "Local".
_TEMPLATE_LINK_CHARS = 40


def _template_link(el: Element, href: str, facts: Facts) -> Verdict | None:
    """A short link outside the story's sentences that serves the template: the
    writer's name linking to their page (a byline), a "Follow" button, a comment
    count, the site's own sign-up button ("Subscribe now"), or a section's name set
    right above the headline (a kicker)."""
    name = facts.words(el)
    if vocab.AUTHOR_HREF.match(href) and not vocab.SOCIAL_HOST.match(href):  # not "tiktok.com/@show"
        return Verdict("author", "a writer's name linking to their page, outside the text: the byline")
    if vocab.FOLLOW_LABEL.match(name):
        return Verdict("social", f"link named {name[:30]!r}")
    if vocab.COMMENT_COUNT.match(name) or vocab.COMMENT_NUMBER.match(name) and vocab.COMMENTS_HREF.search(href):
        return Verdict("comments", "a count of comments")
    if vocab.SIGNUP_HREF.search(href) and ("//" not in href or site_of(href) == facts.site_host):
        return Verdict("newsletter", f"the site's own sign-up button {name[:30]!r}")
    if len(name.split()) <= _KICKER_WORDS and ":" not in name and facts.h1 is not None \
            and _right_above(el, facts.h1, facts):
        return Verdict("breadcrumb", "a section's name linked right above the headline")
    return None


def _right_above(el: Element, h1: Element, facts: Facts) -> bool:
    """True when ``el`` (or the box holding nothing else) is the element right before ``h1``."""
    box = el
    parent = el.getparent()
    if parent is not None and parent.tag not in ("body", "article", "header", "main") \
            and facts.text.get(parent, 0) == facts.text.get(el, 0):
        box = parent
    nxt = box.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    return nxt is h1


# A control's name is short: "Print", "自动播放开关", "A+"; a sentence is not.
_CONTROL_NAME_CHARS = 24


def _script_link(el: Element, href: str, facts: Facts) -> Verdict | None:
    """A link that goes nowhere (``#``, ``javascript:``) serving the page rather than the
    story: a control by its name, its class or its code, a tool (print, e-mail, text
    size), a share pop-up, a part of a media player, or an empty script handle."""
    textless = facts.text.get(el, 0) == 0
    if textless and (_holds_content_picture(el) or next(el.iterancestors("figure"), None) is not None) \
            and facts.holds(el, IMAGES):
        return Verdict("control", "script link around the story's picture (a lightbox): the picture stays",
                       unwrap=True)
    name = " ".join(f"{el.get('aria-label') or ''} {el.get('title') or ''}".split())
    if not textless or not name:
        name = facts.words(el) or name
    short = len(name) <= _CONTROL_NAME_CHARS
    if vocab.CONTROL_LABEL.match(name) or (short and (vocab.CONTROL_LABEL_CJK.search(name)
                                                      or vocab.CONTROL_SIGN.match(name))) or (
            (el.get("role") or "").lower() == "button" and not facts.text.get(el, 0) > 40):
        return Verdict("control", f"link used as a button ({name[:30] or 'no name'})")
    code = href[len("javascript:"):] if href.lower().startswith("javascript:") else ""
    if short and vocab.SHARE_CODE.search(code):
        return Verdict("share", "script link that opens a share pop-up")
    if short and vocab.TOOL_CODE.search(code):
        return Verdict("control", "script link to a tool of the page (print, mail, text size)")
    if textless and facts.named(el).word_set & vocab.CONTROL_WORDS:
        return Verdict("control", "text-less link used as a button")
    if short and _in_player(el):
        return Verdict("control", "script link inside a media player: its control")
    if textless and not name and not facts.holds(el, IMAGES) \
            and facts.named(el).kind is None:
        # No text, no name, no picture, goes nowhere: a script's handle (rating
        # stars, carousel dots), nothing a reader of the article follows.
        return Verdict("control", "empty link that goes nowhere")
    return None


# How far up a player's box is looked for from one of its controls.
_PLAYER_DEPTH = 8


def _in_player(el: Element) -> bool:
    """True when a box a few levels up names itself a media player or its playlist."""
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= _PLAYER_DEPTH:
            return False
        words = word_set(anc)
        if words & {"player", "playlist", "videoplayer", "audioplayer", "mediaplayer", "jwplayer", "vjs"}:
            return True
    return False


def _picture_link_name(el: Element) -> str:
    """What a text-less picture link is called: its own label or title, else its
    picture's alt or title."""
    names = [el.get("aria-label"), el.get("title")]
    for img in el.iter("img", "amp-img"):
        names += [img.get("alt"), img.get("title")]
    return " ".join(n for n in names if n)


_BLOCK_BOXES = frozenset({"div", "section", "article", "header", "footer", "main", "aside", "nav",
                          "body", "figure", "ul", "ol"})
_PICTURE_TAGS = ("img", "amp-img", "svg", "picture", "video", "canvas", "iframe", "object", "embed")
_TAG_COUNTS = _tag_counts()


def _empty_template_link(el: Element, facts: Facts) -> Verdict | None:
    """A link with nothing inside, set in a box of the template rather than in any
    sentence: a permalink anchor, a slot a script fills. An empty link a writer left in
    a paragraph, or between the paragraphs of the story, is still reported."""
    if el.tag != "a" or facts.text.get(el, 0) or el.get("aria-label") or el.get("title"):
        return None
    if not _shows_nothing(el, facts) or not _template_box(el.getparent(), facts):
        return None
    return Verdict("control", "empty link in a box of the template, outside the text")


# A picture this many pixels wide or high is content, not a button's icon.
_CONTENT_PICTURE_PX = 100


def _holds_content_picture(el: Element) -> bool:
    """True when ``el`` holds a picture sized as content (share buttons hold icons)."""
    for img in el.iter("img", "amp-img"):
        for attr in ("width", "height"):
            value = (img.get(attr) or "").strip().lower().removesuffix("px")
            if value.isdigit() and int(value) >= _CONTENT_PICTURE_PX:
                return True
        if img.get("srcset") or img.get("data-srcset"):
            return True  # responsive sizes: a photo, never an icon
    return False


def _linked_within(img: Element, box: Element) -> bool:
    """True when ``img`` sits in a link inside ``box``."""
    for anc in img.iterancestors():
        if anc is box:
            return False
        if anc.tag == "a":
            return True
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


def _home_of(href: str) -> str:
    """The host of a link to a site's home page ("https://www.x.com", "//x.com/"), else ""."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return ""
    if parts.path not in ("", "/") or parts.query or not parts.netloc:
        return ""
    return site_of(href) or ""


def _has_letters(el: Element) -> bool:
    return any(ch.isalpha() for ch in el.text_content() or "")


def _in_prose(el: Element, facts: Facts) -> bool:
    """True when ``el`` sits in a paragraph of prose."""
    para = next(el.iterancestors("p"), None)
    return para is not None and facts.text.get(para, 0) - facts.link_text.get(para, 0) >= _PROSE_CHARS


def _template_box(box: Element | None, facts: Facts) -> bool:
    """A block box that is not the story's text container (it holds no paragraph of prose)."""
    if box is None or box.tag not in _BLOCK_BOXES:
        return False
    return not any(child.tag == "p" and facts.text.get(child, 0) - facts.link_text.get(child, 0)
                   >= _PROSE_CHARS for child in box)


def _shows_nothing(el: Element, facts: Facts) -> bool:
    """True when a link holds no picture of any kind (its text was measured already)."""
    return not facts.holds(el, EMBEDS) and not facts.holds(el, PICTURES)


# schema.org's Person type, in microdata (itemtype) or RDFa (typeof="schema:Person").
_PERSON_TYPE = re.compile(r"(?:schema\.org/|schema:|^|\s)Person(?:\s|$)")


def _by_name(el: Element, facts: Facts | None = None) -> Verdict | None:
    found = (facts.named(el) if facts is not None else _named(el)).kind
    if found is None:
        prop = (el.get("itemprop") or "").lower().split()
        rels = (el.get("rel") or "").lower().split()
        if "author" in prop or "author" in rels:
            found = ("author", "itemprop/rel author")
    itemtype = el.get("itemtype") if found is None else None
    typeof = el.get("typeof") if found is None else None
    if (itemtype or typeof) and _PERSON_TYPE.search(f"{itemtype or ''} {typeof or ''}"):
        # A person described by the page's template (microdata or RDFa: Drupal's author
        # picture, Blogger's byline): the story's people are written in its sentences.
        # In a caption the person is the picture's credit, which the image rules read.
        if facts is not None and _holds_prose(el, facts, 1) \
                or next(el.iterancestors("figure", "figcaption"), None) is not None:
            return None
        found = ("author", "a schema.org Person item")
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


def _media_player(el: Element, facts: Facts) -> Verdict | None:
    """An embedded media player told by its structure rather than a class word of its
    own: a schema.org VideoObject, a class naming a player's part ("video-poster"), or
    a box that holds a picture and the player's message about itself ("Media playback
    is unsupported on your device"). Its picture is the player's poster frame, which
    the player names; a box holding a paragraph of prose is the story's."""
    if el.tag in HEADING_TAGS or el.tag in ("p", "a", "img", "amp-img"):
        return None
    verdict = None
    words = facts.named(el).word_set
    itemtype = el.get("itemtype")  # most elements have none: no pattern to try
    if itemtype and vocab.PLAYER_ITEMTYPE.search(itemtype):
        verdict = Verdict("player", "a schema.org video or audio object: its picture is the poster")
    elif words & vocab.PLAYER_WORDS and words & vocab.PLAYER_PARTS:
        verdict = Verdict("player", "class names a part of a media player")
    elif facts.text.get(el, 0) <= _PLAYER_TEXT:
        pictures = facts.holds(el, PICTURES)
        message = _player_message(facts.words(el)) if 0 < pictures <= 2 else None
        if message is not None:
            verdict = Verdict("player", f"a picture and the player's message {message.group(0)[:30]!r}")
        elif 0 < pictures <= 2 and words & vocab.PLAYER_WORDS and _shows_duration(el):
            verdict = Verdict("player", "a picture and a running time in a box named for video")
    return None if verdict is None or _holds_prose(el, facts, 1) else verdict


# Lower-case ASCII words without one of which none of PLAYER_MESSAGE's alternatives can
# match an ASCII text (the others hold non-ASCII letters): most boxes' texts hold none.
PLAYER_MESSAGE_NEEDLES = ("playback", "your device", "javascript", "available", "navigateur", "navegador", "browser")


def _player_message(text: str) -> re.Match[str] | None:
    """vocab.PLAYER_MESSAGE.search(text), skipping the search when an ASCII text holds
    none of the words its alternatives need."""
    if text.isascii():
        lowered = text.lower()
        if not any(needle in lowered for needle in PLAYER_MESSAGE_NEEDLES):
            return None
    return vocab.PLAYER_MESSAGE.search(text)


def _shows_duration(el: Element) -> bool:
    """True when an element inside ``el`` shows nothing but a running time ("02:14")."""
    return any(isinstance(node.tag, str) and vocab.PLAYER_DURATION.match(" ".join((node.text_content() or "").split()))
               for node in el.iterdescendants())


_LOGO_WORDS = frozenset({"logo", "logos", "sitelogo", "brandlogo", "logotype", "logotipo"})


def _logo(el: Element, facts: Facts) -> Verdict | None:
    """A picture (or a box of nothing but pictures) named a logo, set before the
    story's first paragraph of prose or after its last: the site's, a section's or a
    series' mark. Inside the run of the story a logo is the writer's (a list of brands)."""
    if el.tag in HEADING_TAGS or facts.text.get(el, 0) or not facts.named(el).word_set & _LOGO_WORDS:
        return None
    if not facts.holds(el, PICTURES) or not facts.outside_prose(el):
        return None
    return Verdict("header", "a logo outside the story's prose")


# Labels over a headline ("kicker", "eyebrow"): navigation only when they are a link.
_LABEL_WORDS = frozenset({"kicker", "eyebrow"})


def _header_above_headline(el: Element, facts: Facts) -> Verdict | None:
    """A box named "…header" that ends before the headline and is all links (or one
    linked banner picture): the site's, section's or channel's header (a banner, a
    breadcrumb), not the story's."""
    if el.tag in HEADING_TAGS or el.tag in _SMALL_TAGS or facts.h1 is None:
        return None
    text = facts.text.get(el, 0)
    if text and facts.link_text.get(el, 0) < 0.8 * text:
        return None
    if not text and (not any(_linked_within(img, el) for img in el.iter("img"))
                     or _holds_content_picture(el)):
        return None  # no text, and no linked banner (a linked lead photo is the story's)
    if not any(w.endswith("header") for w in facts.named(el).words):
        return None
    if facts.span(el)[1] >= facts.order(facts.h1):
        return None
    return Verdict("header", "a header box of links above the headline")


def _by_label(el: Element, facts: Facts) -> Verdict | None:
    """A box or paragraph that opens with a "related" label and is mostly links, or a
    box of links under a heading that is such a label (and that heading)."""
    if el in facts.labelled:
        return Verdict("related", f"under the heading {facts.labelled[el]!r}, mostly links")
    if el.tag in HEADING_TAGS or el.tag == "a":
        return None
    text = facts.text.get(el, 0)
    if not text or facts.link_text.get(el, 0) < 0.5 * text:
        return None
    if el.tag not in ("p", "li") and len(el) < 2:
        return None
    # A paragraph's label is the text before its first link ("Related: <a>…</a>"),
    # never the link's own words ("Read <a>more tips</a>").
    label = _text_before_link(el) if el.tag in ("p", "li") else facts.leading(el)
    match = vocab.RELATED_LABEL.match(label)
    if match is None:
        return None
    return Verdict("related", f"labelled {match.group(0).strip()[:30]!r}, mostly links")


# A sponsor's box says little: its label and maybe the sponsor's name.
_SPONSOR_TEXT = 60


def _sponsor(el: Element, facts: Facts) -> Verdict | None:
    """A small box that opens with "Presented by" / "Sponsored by" and holds a linked
    picture: the sponsor's logo, an ad, not the story's picture."""
    if el.tag in HEADING_TAGS or el.tag in _SMALL_TAGS or not 0 < facts.text.get(el, 0) <= _SPONSOR_TEXT \
            or not facts.holds(el, IMAGES):  # no picture, no logo: the label is not read
        return None
    label = vocab.SPONSOR_LABEL.match(facts.leading(el))
    if label is None or not any(_linked_within(img, el) for img in el.iter("img", "amp-img")):
        return None
    return Verdict("ad", f"a linked logo under {label.group(0).strip()[:30]!r}")


# A sign-up box says little: a title, a line of promise, a form and its legal note.
_SIGNUP_TEXT = 400
# A writer's box: a label, a name, a short bio.
_AUTHOR_BOX_TEXT = 600


def _signup_box(el: Element, facts: Facts) -> Verdict | None:
    """A small box around a form that asks for sign-ups ("Get our weekly newsletter"):
    its picture and its title are the publisher's appeal, not the story's."""
    if el.tag in HEADING_TAGS or el.tag in _SMALL_TAGS or el.tag == "form" \
            or not 0 < facts.text.get(el, 0) <= _SIGNUP_TEXT or not facts.holds(el, FORMS):
        return None
    match = vocab.SIGNUP_WORDS.search(facts.words(el))
    return Verdict("newsletter", f"a form under {match.group(0)!r}: a sign-up box") if match else None


def _author_box(el: Element, facts: Facts) -> Verdict | None:
    """A small box that opens with "About the author" / "Written by" and holds a
    picture: the writer's box, whatever its class names."""
    if el.tag in HEADING_TAGS or el.tag in _SMALL_TAGS or not 0 < facts.text.get(el, 0) <= _AUTHOR_BOX_TEXT \
            or not facts.holds(el, PICTURES):  # no picture, no writer's face: the label is not read
        return None
    label = vocab.AUTHOR_LABEL.match(facts.leading(el))
    if label is None or _holds_prose(el, facts, 3):
        return None
    if facts.holds(el, FIGURES) or facts.holds(el, FIGCAPTIONS) or _holds_content_picture(el):
        return None  # a byline beside the story's photo: the photo is not the writer's face
    return Verdict("author", f"a box labelled {label.group(0).strip()[:30]!r} with a picture")


def _by_template(el: Element, facts: Facts) -> Verdict | None:
    if not facts.holds(el, PICTURES):
        return None  # every template below is told by its pictures (most boxes hold none)
    if el.tag == "a":
        return _teaser_card(el, facts) or _inline_card(el, facts)
    if el.tag in _SMALL_TAGS or el.tag in HEADING_TAGS:
        return None
    card = _inline_card(el, facts)
    if card is not None:
        return card
    # A strip is three cells of one <img> each, a grid two cells with a picture or more:
    # with fewer pictures in all, neither (most boxes hold none or one).
    cells = _cells(el) if facts.holds(el, PICTURES) >= 2 else []
    if len(cells) >= _MIN_REPEATS and _thumbnail_strip(el, cells, facts):
        return Verdict("gallery", f"{len(cells)} text-less linked pictures in a row")
    if len(cells) >= _MIN_CARDS:
        if _teaser_grid(el, cells, facts):
            return Verdict("related", f"{len(cells)} cards of links with pictures")
    return _embedded_slideshow(el, facts)


def _cells(el: Element) -> list[Element]:
    """The repeated children of ``el`` (through one wrapper such as <ul>)."""
    children = [c for c in el if isinstance(c.tag, str)]
    if len(children) == 1 and len(children[0]) >= _MIN_CARDS:
        children = [c for c in children[0] if isinstance(c.tag, str)]
    return children


def _thumbnail_strip(el: Element, cells: list[Element], facts: Facts) -> bool:
    if facts.text.get(el, 0) > 3 * len(cells):  # "1/50" counters at most
        return False
    linked, own = 0, 0
    for cell in cells:
        if facts.holds(cell, IMAGES) != 1:
            return False
        image = next(cell.iter("img", "amp-img"))
        link = next(image.iterancestors("a"), None) if cell.tag != "a" else cell
        linked += link is not None
        own += link is not None and _opens_own_picture(link, image)
    # Pictures that open themselves larger (the file, or its own attachment page) are the
    # story's gallery with a lightbox, not thumbnails leading to a slideshow's slides.
    return linked >= 0.5 * len(cells) and own < 0.5 * linked


_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|heic)$", re.I)
# A resized copy's suffix: "IMG_1234-150x150.jpg" is IMG_1234's thumbnail.
_SIZE_SUFFIX = re.compile(r"[-_]\d+x\d+$")


def _opens_own_picture(link: Element, img: Element) -> bool:
    """True when ``link`` opens ``img`` itself: an image file, or a page named for the
    picture's file (WordPress's attachment page "/post/img_1234/" for IMG_1234-150x150.jpg)."""
    from urllib.parse import urlsplit

    try:
        path = urlsplit((link.get("href") or "").strip()).path
    except ValueError:
        return False
    if _IMAGE_FILE.search(path):
        return True
    segment = path.rstrip("/").rsplit("/", 1)[-1].lower()
    src = img.get("data-orig-file") or img.get("src") or img.get("data-src") or ""
    try:
        name = urlsplit(src.strip()).path.rsplit("/", 1)[-1]
    except ValueError:
        return False
    stem = _SIZE_SUFFIX.sub("", _IMAGE_FILE.sub("", name)).lower()
    return bool(stem) and segment == stem


def _teaser_grid(el: Element, cells: list[Element], facts: Facts) -> bool:
    text = facts.text.get(el, 0)
    # Only beside the story: inside it, a run of linked cards is the list itself (a
    # deals roundup is ten linked product pictures with linked names).
    if facts.link_text.get(el, 0) < 0.8 * text or not facts.outside_prose(el):
        return False
    with_picture, labels = 0, 0
    for cell in cells:
        if not facts.text.get(cell, 0) and not facts.holds(cell, LINKS):
            labels += 1  # a spacer or an empty ad slot between the cards
            continue
        if not facts.holds(cell, LINKS) and cell.tag != "a":
            labels += 1  # the box's own title ("More on this"), once
            if facts.text.get(cell, 0) > 40:
                return False
            continue
        if facts.text.get(cell, 0) - facts.link_text.get(cell, 0) >= _PROSE_CHARS:
            return False
        with_picture += facts.holds(cell, PICTURES) > 0
    cards = len(cells) - labels
    if cards < _MIN_REPEATS and facts.link_text.get(el, 0) < 0.95 * text:
        return False  # two cards: only when the box is nothing but links
    return cards >= _MIN_CARDS and with_picture >= 0.6 * cards


def _teaser_card(el: Element, facts: Facts) -> Verdict | None:
    """One link wrapping a heading and a picture, beside the story: a "read next" card."""
    if not facts.holds(el, HEADINGS) or not facts.holds(el, PICTURES):
        return None
    if not facts.outside_prose(el):
        return None
    return Verdict("related", "a link card (heading and picture) beside the story")


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


def _inline_card(el: Element, facts: Facts) -> Verdict | None:
    """A lone link card inside the story leading to another page of the same site: a
    "read also" teaser, whose picture is the other story's. Cards leading elsewhere (a
    shop's product) or three and more of them (a roundup's items) are the story's."""
    href = _card_href(el, facts)
    if not href or not facts.lone_cards():
        return None
    if "//" in href and (not facts.site_host or site_of(href) != facts.site_host):
        return None  # another site's page, or a site we cannot tell
    return Verdict("related", "a lone link card (picture and heading) to another page of the site")


def _embedded_slideshow(el: Element, facts: Facts) -> Verdict | None:
    """A slideshow with a title of its own, unrelated to the headline, set inside an
    article that has its own prose around it ("Business news in pictures")."""
    if not facts.prose or not facts.named(el).word_set & vocab.GALLERY_WORDS or facts.holds(el, PICTURES) < 5:
        return None
    pictures = [p for p in el.iter() if _is_picture(p)]
    if len(pictures) < 5:
        return None
    title = next((h for h in el.iter(*HEADING_TAGS) if (h.text_content() or "").strip()), None)
    if title is None:
        return None
    if facts.order(title) > facts.order(pictures[0]):
        return None  # slides with headings: the listicle itself, told as a slideshow
    if _similar(" ".join(title.text_content().split()), facts.headline) >= 0.3:
        return None
    start, end = facts.span(el)
    if facts.order(facts.prose[0]) >= start and facts.order(facts.prose[1]) <= end:
        return None  # all the prose is inside: the slideshow is the article
    return Verdict("gallery", f"slideshow {title.text_content().strip()[:30]!r} unlike the headline",
                   sure=True)


def _is_picture(el: Element) -> bool:
    """An <img>, or a slide whose picture a script loads (lazy URL or CSS background)."""
    tag = el.tag
    if tag in ("img", "amp-img"):
        return True
    if not isinstance(tag, str) or not el.keys():  # most elements have no attribute: one call
        return False
    return bool(el.get("data-original") or el.get("data-src") or el.get("data-bg")
                or "background-image" in (el.get("style") or ""))


def _text_before_link(el: Element) -> str:
    text = el.text or ""
    for node in el.iterdescendants():
        if node.tag == "a":
            break
        if isinstance(node.tag, str) and node.text and node.getparent().tag != "a":
            text += node.text
        if node.tail:
            text += node.tail
        if len(text) > 60:
            break
    return " ".join(text.split())[:60]


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


def _similar(a: str, b: str) -> float:
    ta = {w.lower() for w in re.findall(r"\w+", a)}
    tb = {w.lower() for w in re.findall(r"\w+", b)}
    if not ta or not tb:
        return 0.0
    return 2 * len(ta & tb) / (len(ta) + len(tb))


# Widgets build on the helpers above and import this module, so they come last.
from auditor.sources.widgets import _custom_player, named_widget, widget  # noqa: E402
