"""Find the article body in a parsed HTML page and drop the site chrome inside it.

The body is looked for the way a careful reader would: an explicit ``--selector``,
then the markup a publisher uses to say "this is the article" (``itemprop=
articleBody``, ``<article>``, ``<main>``, ``role=main``, the usual CMS content
classes), then a readability-style text-density guess. Inside the chosen element,
navigation, share bars, related-story widgets, newsletters, comments, ads and the
like are removed so rules see the article, not the site.

Every walk here is iterative: pages nest thousands of elements deep.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

# At module level (lxml.etree is loaded with the judge anyway): mypyc miscompiles these
# names imported inside a function (bench/native_build.py).
from lxml.etree import strip_elements, tostring

from auditor.sources import SourceError
from auditor.sources.chrome import judge
from auditor.sources.chrome_facts import HEADING_TAGS, PROTECT_SHARE, TAG_KINDS, Facts, Verdict, named_kind, site_host
from auditor.sources.declared_videos import DeclaredVideos
from auditor.sources.dropped_names import NAMED_BY_CONTENT, NAMING_TAGS, keep_name
from auditor.sources.entries import Entries
from auditor.sources.markup_numbers import NUMBER_ATTRIBUTES, draw_markup_numbers
from auditor.sources.text_furniture import mark_transcript_panel
from auditor.sources.page_css import SCREEN_MEDIA, LazyFonts, draw_counters, hidden_names
from auditor.sources.widgets import mark_button
from auditor.text.lazyre import LazyPattern

Element = Any  # lxml.html.HtmlElement; kept loose so importing this module stays light


# Removed wherever they sit, never reported: not text a reader reads.
_INVISIBLE_TAGS = frozenset(
    {"script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas",
     "select", "textarea", "input", "button", "dialog", "link", "meta", "head", "title"}
)
# The <head> stays (the headline and meta readers look in it), its contents go.
_DROPPED_TAGS = tuple(sorted(_INVISIBLE_TAGS - {"head"}))
_CONTENT_CLASS = re.compile(
    r"(?:^|\s)(?:entry[-_]content|post[-_]content|article[-_]?body|article[-_]content|"
    r"article__body|article-text|story[-_]body|story[-_]content|story-text|post[-_]body|"
    r"post[-_]entry|c-entry-content|content[-_]body|body[-_]content|td-post-content|"
    r"rich-text|articleBody|articletext|post-text|blog-post-body|main-content)(?:\s|$)",
    re.IGNORECASE,
)

# An <article>/articleBody candidate smaller than this share of the page's paragraph
# text is a teaser card, not the story.
_MIN_CANDIDATE_SHARE = 0.25
_MIN_PARAGRAPH_CHARS = 25


def find_body(
    root: Element, selector: str | None, *, removed: list[str] | None = None,
    drops: list[tuple[Element, Verdict]] | None = None, kept: list[tuple[Element, Verdict, str]] | None = None,
    fonts: list[LazyFonts] | None = None,
) -> tuple[Element, str]:
    """Return ``(body_element, how_found)`` with the site chrome inside it dropped.

    ``how_found`` is one of ``selector``, ``itemprop``, ``article``, ``main``,
    ``role-main``, ``content-class``, ``headline``, ``density``, ``page``. The kinds of
    chrome dropped are appended to ``removed`` when given; ``drops`` and ``kept`` are
    as :func:`drop_chrome` fills them; ``fonts`` as :func:`drop_invisible` fills it.
    """
    host = site_host(root)
    title = _page_title(root)  # read before drop_invisible empties the <head>
    hidden = drop_invisible(root, fonts)
    body, how = _choose(root, selector, title)
    kinds = drop_chrome(body, drops, host, kept, hidden)
    if removed is not None:
        removed.extend(k for k in kinds if k not in removed)
    return body, how


def _choose(root: Element, selector: str | None, title: str = "") -> tuple[Element, str]:
    """The article's box and how it was found; ``title`` is the page's <title>,
    lower-cased, spaces collapsed."""
    if selector:
        return _by_selector(root, selector), "selector"
    lengths = _paragraph_lengths(root)
    chrome: dict[Element, bool] = {}
    page_total = sum(lengths.values()) or 1
    held = _held_text(lengths)

    def text_of(el: Element) -> int:
        return held.get(el, 0)

    # A box holding less than this is a teaser card, not the story: only the paragraphs'
    # ancestors can hold more (a walk over the whole page asked every element).
    least = _MIN_CANDIDATE_SHARE * page_total
    large = [el for el, n in held.items() if n >= least]

    def best(candidates: Iterable[Element]) -> Element | None:
        return max(candidates, key=held.__getitem__, default=None)  # the first of the largest

    found = best(el for el in large if _names_article_body(el.get("itemprop")))
    if found is not None:
        return _widen_article_body(found, text_of), "itemprop"
    found = best(el for el in large if el.tag in ("article", "amp-story"))  # a Web Story's pages are its article
    if found is not None:
        return _entries_box(found, text_of), "article"
    found = best(el for el in large if el.tag == "main")
    if found is not None:
        return found, "main"
    found = best(el for el in large if el.get("role") == "main")
    if found is not None:
        return found, "role-main"
    found = best(el for el in large if _CONTENT_CLASS.search(el.get("class") or ""))
    if found is not None:
        return found, "content-class"
    story = {p: n for p, n in lengths.items() if not _in_named_chrome(p, chrome, held, page_total)}
    found = _densest(root, story, _line_broken_text(root, chrome, held, page_total))
    if found is not None:
        found = _widen_over_like_blocks(found, story, title)
        around = _around_headline(root)
        if around is not None and _prefer_headline_box(found, around):
            return around, "headline"
        return found, "density"
    return page_body(root), "page"


# An <article> among this many like it or more, in one box, is one entry of a list.
_LIKE_ARTICLES = 3


def _entries_box(article: Element, text_of: Callable[[Element], int]) -> Element:
    """``article``, or the box it shares with its like siblings when it is one entry of a list
    set as an <article> each (``<article class="list-item">`` seven times, as list templates
    mark each entry a self-contained composition): the largest entry is no story of its own
    when three or more of its kind beside it hold more than it does."""
    box = article.getparent()
    if box is None or article.tag != "article":
        return article
    kind = article.get("class")
    like = [el for el in box if el.tag == "article" and el.get("class") == kind]
    if len(like) >= _LIKE_ARTICLES and sum(text_of(el) for el in like) >= 2 * text_of(article):
        return box
    return article


# XPath's normalize-space() splits on these only (not on every Unicode space).
_XML_SPACES = str.maketrans("\t\n\r", "   ")


def _names_article_body(itemprop: str | None) -> bool:
    """True when ``itemprop`` lists articleBody (or articlebody). It is a list of names:
    Blogger writes itemprop="description articleBody"."""
    return itemprop is not None and "articlebody" in itemprop.replace("B", "b").translate(_XML_SPACES).split(" ")


# The story under a headline holds at least this many characters of text outside links.
_STORY_CHARS = 400


def _around_headline(root: Element) -> Element | None:
    """The smallest box around the page's first <h1> that also holds the story's text
    (whatever its tags: pages that set the text in <div>s with <br>s give the density
    guess, which counts <p>s, nothing to go on). None without a usable <h1>."""
    h1 = next((h for h in root.iter("h1") if _text_length(h) >= 10
               and not any(named_kind(a) in _HEADLINE_FREE for a in h.iterancestors())), None)
    if h1 is None:
        return None
    for anc in h1.iterancestors():
        if anc.tag in ("body", "html"):
            return None
        if _prose_chars(anc) >= _STORY_CHARS:
            return anc
    return None


# Chrome whose <h1> is not the story's (a site logo set as <h1> in the masthead).
_HEADLINE_FREE = frozenset({"header", "nav", "footer", "sidebar", "aside"})


def _prefer_headline_box(found: Element, around: Element) -> bool:
    """The density guess lost the story when it is not around the headline box and
    holds less reading text (outside links) than it: a featured-post blurb in the
    footer, a column of teasers whose many short paragraphs outvote the story's few."""
    if found is around or any(a is found for a in around.iterancestors()) \
            or any(a is around for a in found.iterancestors()):
        return False
    return _prose_chars(found) < _prose_chars(around)


def _prose_chars(el: Element) -> int:
    """Characters of text outside links (spaces excluded), as a reader sees them."""
    total = len("".join((el.text_content() or "").split()))
    linked = sum(len("".join((a.text_content() or "").split())) for a in el.iter("a"))
    return total - linked


def _by_selector(root: Element, selector: str) -> Element:
    from cssselect import SelectorError

    try:
        matches = root.cssselect(selector)
    except SelectorError as exc:
        raise SourceError(f"invalid CSS selector {selector!r}: {exc}") from None
    if not matches:
        raise SourceError(f"selector {selector!r} matches nothing")
    return matches[0]


def page_body(root: Element) -> Element:
    body = root.find("body")
    return body if body is not None else root


def _widen_article_body(found: Element, text_of: Any) -> Element:
    """articleBody often marks the text below the article's header (headline, hero
    image, standfirst): take the enclosing <article> when it holds little more text.
    It sometimes marks only the first of several sibling blocks: then the parent."""
    own = text_of(found)
    for anc in found.iterancestors():
        if anc.tag in ("body", "html"):
            break
        if anc.tag == "article" or "Article" in (anc.get("itemtype") or ""):
            return anc if text_of(anc) <= 1.5 * own else found
    parent = found.getparent()
    if parent is not None and parent.tag not in ("body", "html") and text_of(parent) > 1.5 * own:
        return parent
    return found


def _in_named_chrome(p: Element, seen: dict[Element, bool], held: dict[Element, int],
                     total: int) -> bool:
    """True when an ancestor of ``p`` names itself chrome ("nextstory", "related"): its
    text must not make it the densest block (boingboing's next-post teasers). As when
    dropping chrome, a box holding 40 % of the page's paragraph text is no such thing.
    The verdict of each ancestor is remembered in ``seen``."""
    path = []
    result = False
    for anc in p.iterancestors():
        known = seen.get(anc)
        if known is not None:
            result = known
            break
        path.append(anc)
        if named_kind(anc) is not None and held.get(anc, 0) < PROTECT_SHARE * total:
            result = True
            break
    for anc in path:  # each lies under the deciding ancestor: same answer
        seen[anc] = result
    return result


def _paragraph_lengths(root: Element) -> dict[Element, int]:
    # libxml2's own text read (text and CDATA below the element, no comment, no tail):
    # the same string as text_content() without lxml.html's XPath call (~20 % less).
    lengths: dict[Element, int] = {}
    for p in root.iter("p"):
        n = len(" ".join(tostring(p, method="text", encoding=str, with_tail=False).split()))
        if n >= _MIN_PARAGRAPH_CHARS:
            lengths[p] = n
    return lengths


def _held_text(lengths: dict[Element, int]) -> dict[Element, int]:
    """Each paragraph and each element above one → the paragraph text it holds (the
    sum of ``lengths`` at or below it), in document order: the boxes that can hold the
    story, read without a walk over the page's other elements."""
    held: dict[Element, int] = {}
    order: list[Element] = []  # each element after its ancestors
    for p in lengths:  # in document order: an ancestor not met before starts after the previous paragraph
        fresh = []
        node = p
        while node is not None and node not in held:
            held[node] = 0
            fresh.append(node)
            node = node.getparent()
        order.extend(reversed(fresh))
    for p, n in lengths.items():
        held[p] = n
    for el in reversed(order):  # every element after those below it: add its sum to its parent's
        parent = el.getparent()
        if parent is not None:
            held[parent] += held[el]
    return {el: held[el] for el in order}


def _densest(root: Element, lengths: dict[Element, int],
             broken: dict[Element, tuple[int, int]] | None = None) -> Element | None:
    """Readability's idea: paragraphs vote for their parent (full) and grandparent
    (half); the best-scored container wins. Text set with ``<br>``s instead of
    ``<p>``s (``broken``: box → characters, commas) votes for its own box the same way."""
    scores: dict[Element, float] = {}

    def vote(box: Element, chars: int, commas: int) -> None:
        if not chars:
            return
        score = 1 + chars / 100 + commas
        scores[box] = scores.get(box, 0.0) + score
        grand = box.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + score / 2

    for p, n in lengths.items():
        parent = p.getparent()
        if parent is not None:
            vote(parent, round(n * (1 - _link_share(p, n))), (p.text_content() or "").count(","))
    for box, (chars, commas) in (broken or {}).items():
        vote(box, chars, commas)
    if not scores:
        return None
    return max(scores, key=lambda el: scores[el])


def _link_share(p: Element, chars: int) -> float:
    """The share of a paragraph's text that is link text: a teaser list's paragraphs are
    their links and must not outvote the story (Readability weighs by the same)."""
    linked = sum(len(" ".join((a.text_content() or "").split())) for a in p.iter("a"))
    return min(1.0, linked / chars) if chars else 0.0


# A box's own text between <br>s counts as paragraphs once it holds this much.
_BROKEN_TEXT_CHARS = 200


def _line_broken_text(root: Element, chrome: dict[Element, bool], held: dict[Element, int],
                      total: int) -> dict[Element, tuple[int, int]]:
    """Boxes whose own text runs between ``<br>``s (older CMSes and forum software set
    whole stories so, with no ``<p>``): box → (characters, commas) of that text,
    its text and the tails of its inline children. Boxes inside named chrome are left
    out, as their paragraphs are."""
    found: dict[Element, tuple[int, int]] = {}
    first_break: dict[Element, Element] = {}
    for br in root.iter("br"):
        box = br.getparent()
        if box is None or box in found or box.tag == "p":
            continue
        first_break[box] = br
        parts = [box.text or ""]
        parts.extend(child.tail or "" for child in box if child.tag in _INLINE_TAGS)
        parts.extend(child.text_content() or "" for child in box if child.tag in _INLINE_TEXT_TAGS)
        text = " ".join(" ".join(parts).split())
        found[box] = (len(text), text.count(","))
    # Only boxes with enough text, outside named chrome (asked of the box's first <br>:
    # _in_named_chrome judges the ancestors of what it is given).
    return {box: counts for box, counts in found.items()
            if counts[0] >= _BROKEN_TEXT_CHARS and not _in_named_chrome(first_break[box], chrome, held, total)}


_INLINE_TEXT_TAGS = frozenset({"a", "b", "strong", "i", "em", "span", "font", "u", "small", "sup", "sub", "mark"})
_INLINE_TAGS = _INLINE_TEXT_TAGS | {"img", "br"}


def _holds_page_headline(box: Element, title: str) -> bool:
    """True when ``box`` holds an <h1> the page's <title> names (a promo box's own <h1>
    does not count)."""
    for h1 in box.iter("h1"):
        text = " ".join((h1.text_content() or "").split()).lower()
        if len(text) >= 10 and text in title:
            return True
    return False


def _page_title(root: Element) -> str:
    title = next(root.iter("title"), None)
    return " ".join((title.text_content() if title is not None else "").split()).lower()


def _widen_over_like_blocks(found: Element, story: dict[Element, int], title: str) -> Element:
    """The story split over sibling blocks built alike (a how-to's steps, each in its
    own box, with a related-reading box between them): the densest block is one of
    them. Climb to the box that holds the blocks like the one on the way up (same tag
    and class) when together they hold at least as much paragraph text as the found
    block; or to the box that holds the story's header (its <h1>, a lead picture) in a
    block built like the text's (the CMS's header and body templates share a class);
    five levels at most (a page builder's widget holds its text four boxes deep: Elementor's
    image box `elementor-widget-image-box` > `-container` > `-wrapper` > `-content` >
    `elementor-image-box-description`)."""
    own = sum(story.get(p, 0) for p in found.iter("p"))
    child = found
    for _level in range(_WIDEN_LEVELS):
        parent = child.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        classes = _kind_classes(child)
        if not classes and child.tag not in _ENTRY_TAGS:  # class-less boxes are alike in nothing
            child = parent
            continue
        like = [sib for sib in parent if sib is not child and sib.tag == child.tag
                and _kind_classes(sib) == classes]
        if not like and _PLACE.search(child.get("class") or ""):
            like = _placed_alike(child, parent)
        if child.tag in _HEADED_TAGS and not classes:  # class-less rows, tables: entries when each holds a heading
            like = [sib for sib in like if _headed(sib)] if _headed(child) else []
        more = sum(story.get(p, 0) for sib in like for p in sib.iter("p"))
        if (len(like) >= 2 and more >= own) or (len(like) == 1 and _holds_page_headline(like[0], title)):
            return _with_tab_list(parent)
        child = parent
    return _with_tab_list(found)


_WIDEN_LEVELS = 5


def _with_tab_list(box: Element) -> Element:
    """``box``, or the box holding it and the tab list set right before it when ``box``
    holds a tab set's panels (Bootstrap's ``.tab-content`` after its ``.nav-tabs``,
    Kadence's ``kt-tabs-content-wrap`` after its ``kt-tabs-title-list``): the titles are
    the entries'."""
    before = box.getprevious()
    while before is not None and (not isinstance(before.tag, str) or not any(t.strip() for t in before.itertext())):
        before = before.getprevious()
    parent = box.getparent()
    if before is None or parent is None or parent.tag in ("body", "html") or not _tab_nav(before):
        return box
    return parent


def _kind_classes(el: Element) -> list[str]:
    """``el``'s class words without a builder's number for the box beside its kind's word
    ("et_pb_blurb et_pb_blurb_3", "elementor-element elementor-element-3f2a1b"): every
    module of one kind carries its own."""
    words = (el.get("class") or "").split()
    kinds = set(words)
    return [w for w in words if w not in _STATES
            and not ((m := _BOX_NUMBER.fullmatch(w)) and (m.group("id") or m.group("kind") in kinds))]


# The state a script sets on the box shown of several (Bootstrap's "tab-pane fade show active",
# its accordion's "collapse show", jQuery UI's and themes' "current", "open", "is-active"):
# the open pane is of its kind as the closed ones are.
_STATES = frozenset({"active", "show", "in", "current", "open", "selected", "is-active", "is-open",
                     "is-selected", "is-current"})


# A module's place ("_3") or a builder's hex id ("-3f2a1b"), not a post's id ("post-5760818":
# another story's box); or a block's id, whatever its stem: hex pieces (Kadence's panes
# "kt-pane_d763f0-27", the block's uniqueID) or eight hex digits and more (Spectra's
# "uagb-block-9f3a2c1d", the first eight of the block's client id).
_BOX_NUMBER = LazyPattern(r"(?P<id>.+?[-_](?=[0-9a-f-]*[a-f])(?=[0-9a-f-]*\d)(?:[0-9a-f]{4,}(?:-[0-9a-f]{2,})+|[0-9a-f]{8,}))"
                          r"|(?P<kind>.+?)(?:_\d{1,3}|-(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{5,})")
# A box's place among its kind's boxes after a dash ("kt-accordion-pane kt-accordion-pane-3"):
# read as a place only where the boxes beside it are numbered 1 (or 0) up to their count,
# never a post's id ("post-101 post", "post-102 post": other stories).
_PLACE = LazyPattern(r"(?:^|\s)([\w-]+?)-(\d{1,3})(?=\s|$)")


def _placed_alike(child: Element, parent: Element) -> list[Element]:
    """The boxes beside ``child`` built as it is but for their place after a dash, when the
    places run from 0 or 1 up without a gap; none otherwise."""
    def key(el: Element) -> tuple[list[str], int | None]:
        kinds = _kind_classes(el)
        place = None
        for i, word in enumerate(kinds):
            m = _PLACE.fullmatch(word)
            if m and place is None:
                place = int(m.group(2))
                kinds[i] = m.group(1) + "-#"
        return kinds, place

    classes, place = key(child)
    if place is None:
        return []
    like = [(sib, n) for sib in parent if sib is not child and sib.tag == child.tag
            for kinds, n in (key(sib),) if kinds == classes and n is not None]
    places = sorted([place, *(n for _, n in like)])
    return [sib for sib, _ in like] if places[0] in (0, 1) and places == list(range(places[0], places[0] + len(places))) else []


# Boxes HTML itself makes entries of, alike by their tag alone: a definition list's
# definitions (or one <dl> per entry), disclosure boxes, <details> (an accordion's entries),
# and a ranking table's rows, or one table per entry, when each holds its entry's heading
# (:func:`_headed`).
_HEADED_TAGS = frozenset({"tr", "table"})
_ENTRY_TAGS = frozenset({"dd", "dl", "details"}) | _HEADED_TAGS


def _headed(row: Element) -> bool:
    """Whether a table row (or a table) holds a heading: an entry's title, as a ranking or
    comparison table sets one in each row ("<tr><td><h3>Lisbon</h3><p>…</p></td></tr>"), or an
    old CMS one table per entry. A layout table's rows (the story in one, the site's menus
    and notes in others) hold none, or one row does."""
    return next(row.iter(*HEADING_TAGS), None) is not None


_CONTROL_TAGS = frozenset({"button", "iframe", "input", "svg"})


# What aria-labelledby names: a link, a heading, a picture (the walk reads the name of each).
_NAMED_BY_REFERENCE = frozenset(NAMED_BY_CONTENT) | {"img", "amp-img"}


def _keep_labelledby_names(root: Element) -> None:
    """A link, heading or picture named by ``aria-labelledby`` keeps the text it points to
    as its aria-label: the accessible-name algorithm reads that text even when it is hidden
    (a ``hidden`` span, ``display:none``, ``aria-hidden``), and the chrome judge drops hidden
    elements before the walk reads the name. An id that points nowhere names nothing."""
    # Only the tags that take the name are read (an XPath for the attribute on every element
    # cost ~0.3 ms a page; hardly a page names one); every id is read once, when one is asked.
    by_id: dict[str, Element] | None = None
    for el in root.getroottree().getroot().iter(*_NAMED_BY_REFERENCE):
        refs = el.get("aria-labelledby")
        if refs is None or (el.get("aria-label") or "").strip():
            continue
        if by_id is None:
            by_id = {}
            for held in root.xpath("//*[@id]"):  # the first element of an id, as //*[@id=$ref] found
                by_id.setdefault(held.get("id"), held)
        parts = []
        for ref in refs.split()[:5]:  # each id in turn, as accname joins them
            label = by_id.get(ref)
            if label is not None and label is not el:
                parts.append(" ".join((label.text_content() or "").split()))
        name = " ".join(p for p in parts if p)
        if name:
            el.set("aria-label", name)


def drop_invisible(root: Element, fonts: list[LazyFonts] | None = None) -> frozenset[str]:
    """Drop what no reader sees (the head, scripts, styles, controls…) after reading what
    the judge needs of it; return the names the page's own stylesheet hides (page_css).
    ``fonts``, when given, gets what the page's class rules say of a text's weight and size
    (``page_css.class_fonts``, read on the walk's first ask), when its style text says "font"."""
    from auditor.sources.html.toggles import TOGGLE_MARK, header_button  # here: the html package imports this module

    _keep_labelledby_names(root)  # before the chrome judge drops a hidden label
    declared = DeclaredVideos()  # the stills of the videos the page declares, read before its JSON-LD goes
    css: list[str] = []
    positions: list[Element] = []  # schema.org ListItem positions and numbered headings (markup_numbers)
    numbered: list[Element] = []
    headers: list[Element] = []  # buttons heading an accordion's panels (toggles.header_button)
    for el in root.iter("button", "iframe", "input", "svg", "math", "object", "script", "meta", "link", "style",
                        *HEADING_TAGS):  # one walk
        tag = el.tag
        if tag in HEADING_TAGS:
            if el.attrib and any(el.get(a) is not None for a in NUMBER_ATTRIBUTES):
                numbered.append(el)
            continue
        if tag == "meta" and el.get("itemprop") == "position":
            positions.append(el)
        if tag == "style":
            if el.text and (el.get("media") or "").strip().lower() in SCREEN_MEDIA:
                css.append(el.text)
            continue
        if tag in _CONTROL_TAGS:
            mark_button(el)  # a play, close or give button or icon, a player's frame: what its box is
            # "Show transcript": the panel it opens is the clip's words, no accordion's entry.
            if tag == "button" and not mark_transcript_panel(el) and header_button(el):
                headers.append(el)  # an accordion's header: its title stays, as a span's
        if tag in NAMING_TAGS:
            keep_name(el)  # an icon's, a formula's, a button's name: its heading's or link's
            if tag == "math" or tag == "object":
                continue  # walked for their names only
        if tag == "button" or tag == "script" or el.get("itemprop"):  # most metas, links and frames say nothing
            declared.read(el)
    declared.mark_stills(root)
    for el in headers:
        el.tag = "span"
        el.set(TOGGLE_MARK, "")
    if headers:
        root.getroottree().getroot().set(TOGGLE_MARK, "")  # the walk looks for them only then
    draw_markup_numbers(positions, numbered)  # numbers the markup gives entries without printing them
    # In C, in one walk; the text after each element stays where it was (drop_tree, per
    # element from Python, cost ~0.45 ms a page: head's links and metas, scripts, icons).
    strip_elements(root, *_DROPPED_TAGS, with_tail=False)
    if css and any("counter(" in c for c in css):
        draw_counters(root, "\n".join(css))  # numbers a reader sees that the text does not carry
    return _read_css(css, fonts)


def _read_css(css: list[str], fonts: list[LazyFonts] | None) -> frozenset[str]:
    """What :func:`drop_invisible` reads of the page's style text for the screen: the names it
    hides, returned; the class rules of weight and size, into ``fonts`` when given and the
    text says "font" (Wix's, Docs', Word's, WordPress's class-styled titles), read when asked."""
    if not css:
        return frozenset()
    if fonts is not None and any("font" in c for c in css):
        fonts.append(LazyFonts(css))
    return hidden_names("\n".join(css))


def drop_chrome(body: Element, drops: list[tuple[Element, Verdict]] | None = None,
                site_host: str = "", kept: list[tuple[Element, Verdict, str]] | None = None,
                hidden: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Remove site chrome below ``body`` (never ``body`` itself); return the kinds
    removed, in order of first appearance. Each dropped element and the verdict that
    dropped it are appended to ``drops`` when given; each element a rule judged chrome
    that stays as a roundup's entry, its verdict and why it stays, to ``kept``."""
    facts = Facts.of(body, site_host, hidden)
    total = facts.text.get(body, 0)
    # The body's first h1 is the headline: whatever holds it is the article header,
    # however its classes read ("content__header--no-promo").
    headline = next((h for h in body.iter("h1") if facts.text.get(h, 0)), None)
    keep = set(headline.iterancestors()) if headline is not None else set()
    kinds: list[str] = []
    entries: Entries | None = None  # a roundup's entries that look like chrome, read on first ask
    stack = list(reversed(body))
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        verdict = judge(el, facts)
        if verdict is not None and not verdict.unwrap and verdict.kind in _ENTRY_LOOKALIKE_KINDS:
            if entries is None:
                entries = Entries(facts)
            why = entries.keeps(el, verdict.kind)
            if why:  # product boxes as <aside>s, "sponsored"/"related" classes: the list itself
                if kept is not None:
                    kept.append((el, verdict, why))
                verdict = None
        if verdict is not None and verdict.kind == "nav" and not verdict.unwrap and _tab_nav(el):
            verdict = None  # a tab list over panels of prose: the entries' titles (toggles.tab_nav)
        if verdict is not None and verdict.unwrap:
            children = list(el)
            el.drop_tag()
            stack.extend(reversed(children))
            if drops is not None:
                drops.append((el, verdict))
            if verdict.kind not in kinds:
                kinds.append(verdict.kind)
            continue
        if verdict is not None and (verdict.sure and el not in keep
                                    or not _protected(el, total, keep, facts, verdict.kind)):
            _drop(el, verdict, drops, kinds)
            facts.dropped += 1  # the words of a box read before it are stale now
            continue
        stack.extend(reversed(el))
    for el, kind in _drop_slot_headings(body, total, keep, facts):
        if drops is not None:
            drops.append((el, Verdict(kind, "empty heading in an ad or placeholder box")))
        if kind not in kinds:
            kinds.append(kind)
    return tuple(kinds)


def _tab_nav(el: Element) -> bool:
    from auditor.sources.html.toggles import tab_nav  # here: the html package imports this module

    return tab_nav(el)


def _drop(el: Element, verdict: Verdict, drops: list[tuple[Element, Verdict]] | None, kinds: list[str]) -> None:
    """Remove ``el`` and record why; a link the drop leaves empty goes with it (a picture
    or an ad's label was all it held: the same teaser, badge or ad), or it would read as
    an unnamed link of the story's; so does a heading the drop leaves empty (a logo
    linking home set in an <h1>), or it would read as an empty heading of the story's.
    Words or icons hidden from readers leave their link as readers meet it: unnamed."""
    hidden = verdict.kind == "hidden" and el.tag not in ("img", "amp-img")
    link = None if hidden else next(el.iterancestors("a"), None)
    heading = None if verdict.kind == "hidden" else next(el.iterancestors(*HEADING_TAGS), None)
    el.drop_tree()
    if drops is not None:
        drops.append((el, verdict))
    if verdict.kind not in kinds:
        kinds.append(verdict.kind)
    if link is not None and _left_empty(link):
        link.drop_tree()
        if drops is not None:
            drops.append((link, Verdict(verdict.kind, "a link its dropped content left empty")))
    if heading is not None and heading.getparent() is not None and _left_empty(heading):
        heading.drop_tree()
        if drops is not None:
            drops.append((heading, Verdict(verdict.kind, "a heading its dropped content left empty")))


def _left_empty(link: Element) -> bool:
    """True when ``link`` has nothing left to show or name: no words, no picture, no label."""
    if link.get("aria-label") or link.get("title") or next(link.iter("img", "amp-img"), None) is not None:
        return False
    return not "".join((link.text_content() or "").split())


# The kinds of chrome a roundup's entries are mistaken for: an <aside> or sidebar box per
# product, a "sponsored"/"affiliate" ad, a "related"/"recommended" product box. Never a
# comment thread, a menu, a hidden box or a writer's box, however alike their boxes.
_ENTRY_LOOKALIKE_KINDS = frozenset({"aside", "sidebar", "ad", "related", "recommended"})


# Words naming an ad or a slot a script fills later, matched in class/id without
# dropping BEM modifiers ("duet--ad--native-ad-rail") or camel humps.
_SLOT_WORDS = frozenset({
    "ad", "ads", "advert", "advertisement", "advertising", "adslot", "adunit", "adcontainer",
    "adwrapper", "dfp", "gpt", "placeholder", "sponsor", "sponsored", "nativead",
})
_SLOT_SPLIT = re.compile(r"[^A-Za-z0-9]+")
_SLOT_ATTRS = ("data-native-ad-id", "data-ad-slot", "data-ad-unit", "data-google-query-id",
               "data-ad", "data-dfp", "data-placeholder")


def _drop_slot_headings(body: Element, total: int, keep: set[Element],
                        facts: Facts) -> list[tuple[Element, str]]:
    """Remove the ad or placeholder container around a heading that has no text:
    a script fills it on the live page ("From our sponsor" + empty <h3>). An empty
    heading in the article's own text stays, for the rules to report; a heading named
    by its aria-label (its own, or the one its SVG, formula or button left it: see
    dropped_names) is not empty."""
    kinds: list[tuple[Element, str]] = []
    for heading in list(body.iter(*HEADING_TAGS)):
        if _text_length(heading) or (heading.get("aria-label") or "").strip() \
                or any((img.get("alt") or "").strip() for img in heading.iter("img")):
            continue
        if heading.getparent() is None:  # dropped with an earlier container
            continue
        for anc in heading.iterancestors():
            if anc is body:
                break
            if _slot_container(anc):
                if not _protected(anc, total, keep, facts):
                    anc.drop_tree()
                    kinds.append((anc, "ad"))
                break
    return kinds


def _slot_container(el: Element) -> bool:
    if any(el.get(a) is not None for a in _SLOT_ATTRS):
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    words = {w.lower() for w in _SLOT_SPLIT.split(names) if w}
    return bool(words & _SLOT_WORDS)


def chrome_kind(el: Element) -> str | None:
    """What kind of site chrome ``el``'s tag, role or class names, or None when it
    may be article content (structure is judged only inside the body)."""
    return named_kind(el)


def _protected(el: Element, total: int, keep: set[Element], facts: Facts, kind: str = "") -> bool:
    """A box judged chrome stays when it holds the headline, or much of the body's text
    (a wrapper whose class misleads). A comment thread is the exception once the story
    outside it is long enough to stand alone: readers' comments under a short post
    often outweigh it."""
    if el.tag in TAG_KINDS and el.tag not in ("form", "footer"):
        return False
    if el in keep:
        return True
    held = facts.text.get(el, 0)
    if kind == "comments" and total - held >= _STORY_OUTSIDE_COMMENTS:
        return False
    return total > 0 and held >= PROTECT_SHARE * total


# Characters of body text outside a comment thread that make a story of their own.
_STORY_OUTSIDE_COMMENTS = 1000


def _text_length(el: Element) -> int:
    return len("".join((el.text_content() or "").split()))
