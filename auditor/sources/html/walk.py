"""One iterative walk over the article body: headings, paragraphs (also text written
loose in a container), list items, images and links, each located in the source."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from copy import deepcopy
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import islice, repeat
from typing import Any, cast

from auditor.model import Heading, Image, Link, ListItem, Paragraph
from auditor.sources.chrome import HEADING_TAGS
from auditor.sources.html.credits import caption_and_credit
from auditor.sources.chrome_facts import Verdict
from auditor.sources.html.embedded_posts import embedded_post
from auditor.sources.html.furniture_lines import GLYPHS, in_page_jump, notice_line, picture_line, pointer_line
from auditor.sources.html.images import blur_up_pair, image_name, image_src, noscript_twin, pixel_of, stand_in_alt
from auditor.sources.html.locate import Locator
from auditor.sources.page_css import TITLE_EMPHASIS, ClassFonts, LazyFonts
from auditor.sources.html.standfirst import is_kicker, is_standfirst
from auditor.sources.html.text import BLOCK_TAGS, NOT_TEXT_TAGS, TextBuilder, image_text, text_of
from auditor.sources.html.compared import compared_names
from auditor.sources.html.toggles import Headers, body_headers, tab_item
from auditor.sources.html.titles import (
    BOX_NUMBER, MAX_TITLE_WORDS, PLAIN_BOXES, TITLE_CLASS, class_key, counted_boxes, numbered_title_box,
    product_titles, ranked_cells, reads_like_prose, shop_link, title_box, titled_terms, asked_term,
)
from auditor.text.lazyre import LazyPattern

Element = Any  # lxml.html.HtmlElement

# Lines of one kind (a glyph and a link, a jump) this many times in a body are its list's lines.
_ALIKE_LINES = 3


def _glyph_key(text: str) -> str:
    """A glyph line's kind: the glyph it opens with and the one it closes with ("►|", "|»")."""
    return (text[0] if text[0] in GLYPHS else "") + "|" + (text[-1] if text[-1] in GLYPHS else "")

# Containers whose loose text (not wrapped in <p>) may be paragraphs.
TEXT_CONTAINERS = frozenset(
    {"div", "section", "article", "main", "body", "blockquote", "td", "th", "dd", "center",
     "font", "header", "details", "figure"}
)


@dataclass(slots=True)
class _ListState:
    index: int
    ordered: bool
    depth: int
    step: int
    next_number: int


@dataclass(frozen=True, slots=True)
class _Ctx:
    heading: bool = False
    quote: bool = False
    noscript: bool = False
    no_paragraphs: bool = False  # inside li, figcaption, pre, a heading…
    lst: _ListState | None = None


_NO_PARAGRAPH_TAGS = frozenset({"figcaption", "pre", "code", "table_caption", "caption", "dt", "summary"})
# Of those, the boxes that title a list's entry when they open with an item number.
_TITLE_BOXES = frozenset({"dt", "figcaption", "summary"})
# A list entry's own text leaves out what the walk reports on its own (paragraphs, nested
# lists, quotes) and a figure with its caption: a picture's or a video's line, not the entry's.
_ITEM_SKIP = frozenset({"ul", "ol", "p", "blockquote", "pre", "figure", "figcaption"})

# What the walk does with a tag (Walker._visit); any other tag is _OTHER.
_OTHER, _IMG, _NOSCRIPT, _HEADING, _A, _P, _LIST, _LI, _QUOTE, _NO_PARAGRAPH = range(10)
_KINDS: dict[str, int] = {
    "img": _IMG, "amp-img": _IMG, "noscript": _NOSCRIPT, "a": _A, "p": _P, "ul": _LIST, "ol": _LIST,
    "li": _LI, "blockquote": _QUOTE, **dict.fromkeys(_NO_PARAGRAPH_TAGS, _NO_PARAGRAPH),
    **dict.fromkeys(HEADING_TAGS, _HEADING),
}


@dataclass
class Walker:
    locator: Locator
    headings: list[Heading] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    list_items: list[ListItem] = field(default_factory=list)
    asked: list[Paragraph] = field(default_factory=list)  # question terms titling no entry (Document.asked)
    images: list[Image] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    _lists: int = 0
    standfirst: Paragraph | None = None
    _seen_srcs: set[str] = field(default_factory=set)
    _last_img: Element | None = None
    _marker_box: Element | None = None  # the last box holding only an item number ("#6.")
    _ranked: dict[Element, set[Element]] = field(default_factory=dict)  # table → its ranked cells
    _counted: dict[str, set[Element]] = field(default_factory=dict)  # "dt"/"figcaption" → numbered boxes
    _body: Element | None = None
    _title_boxes: dict[tuple[str, str], bool] = field(default_factory=dict)  # (tag, class) → a template's titles
    _terms: dict[str, set[Element]] = field(default_factory=dict)  # "dt"/"summary" → those titling entries
    _products: dict[Element, set[Element]] = field(default_factory=dict)  # table → its product title cells
    _compared: dict[Element, set[Element]] = field(default_factory=dict)  # table → its compared names
    _wraps: dict[Element, bool] = field(default_factory=dict)  # inline element → _holds_blocks
    _hidden: dict[Element, bool] = field(default_factory=dict)  # element → _aria_hidden
    # Widget headers (an accordion's button, a FAQ block's question, a tab's title): empty on
    # most pages (toggles.body_headers).
    _headers: Headers = field(default_factory=Headers)
    fonts: ClassFonts | LazyFonts | None = None  # the page's class rules of weight and size (page_css.class_fonts)
    _text_styles: dict[tuple[str, str], bool] = field(default_factory=dict)  # (tag, class) → _text_style
    _body_chars: int = -1
    # Paragraphs read as the page's furniture, not the story's text (a picture's credit line,
    # a glyph-and-link line), and why: --explain-body shows them with the chrome dropped.
    furniture: list[tuple[Element, Verdict]] = field(default_factory=list)
    notes: list[Paragraph] = field(default_factory=list)  # their text (Document.notes)
    _alike: dict[str, bool] = field(default_factory=dict)  # a furniture line's kind → three or more in the body

    def __post_init__(self) -> None:
        # What _is_bold asks of an element's classes: nothing on pages whose style text says no "font".
        self._classer: Callable[[Element], bool] | None = self._classed if self.fonts is not None else None

    def run(self, body: Element) -> None:
        self._body = body
        self._headers = body_headers(body)
        self._walk([(body, _Ctx())])

    def _walk(self, stack: list[tuple[Element, _Ctx]]) -> None:
        while stack:
            el, ctx = stack.pop()
            tag = el.tag
            if not isinstance(tag, str):
                continue
            inner = self._visit(el, tag, ctx)
            if inner is not None and len(el):
                stack.extend(zip(reversed(el), repeat(inner)))

    def _visit(self, el: Element, tag: str, ctx: _Ctx) -> _Ctx | None:
        # Complexity 19 on purpose: one branch per kind of element, in the order the kinds
        # take precedence (a picture even in <noscript>, a heading or role="heading" before
        # a widget's header, a header before a link or paragraph). One look-up tells the few tags with a branch of their own
        # from the rest (div, span, em…: most of what is visited), which fall through to
        # the loose-text test.
        kind = _KINDS.get(tag, _OTHER)
        if kind == _IMG:
            self._image(el, ctx)
            return None
        if kind == _NOSCRIPT:
            return _Ctx(noscript=True, heading=ctx.heading, no_paragraphs=True)
        if ctx.noscript:
            return ctx
        if not ctx.heading:
            if kind == _HEADING:
                self._heading_element(el, tag)
                return _Ctx(heading=True, quote=ctx.quote, no_paragraphs=True, lst=ctx.lst)
            role = el.get("role")
            if role is not None and _aria_heading(el):
                self._heading_element(el, f"h{_aria_level(el)}")
                return _Ctx(heading=True, quote=ctx.quote, no_paragraphs=True, lst=ctx.lst)
        if self._headers and not ctx.no_paragraphs and not ctx.heading and self._header(el, ctx.quote):
            return _Ctx(ctx.heading, ctx.quote, ctx.noscript, True, ctx.lst)
        if kind == _OTHER:
            pass
        elif kind == _A:
            self._link(el, ctx)
            return ctx
        elif kind == _P:
            if not ctx.no_paragraphs and not ctx.heading:
                self._paragraph(el, ctx.quote, title=self._classed_title(el))
            return _Ctx(ctx.heading, ctx.quote, ctx.noscript, True, ctx.lst)
        elif kind == _LIST:
            return _Ctx(ctx.heading, ctx.quote, ctx.noscript, ctx.no_paragraphs,
                        self._list(el, tag, ctx.lst))
        elif kind == _LI:
            lst = ctx.lst
            if lst is None:  # a stray <li> the parser kept outside any list
                lst = self._list(el.getparent() if el.getparent() is not None else el, "ul", None)
            if not (self._headers and tab_item(el, self._headers) and self._holds_header(el)):  # a tab list's entry: its tab's title
                self._item(el, lst)
            return _Ctx(ctx.heading, ctx.quote, ctx.noscript, ctx.no_paragraphs, lst)
        elif kind == _QUOTE:
            ctx = _Ctx(ctx.heading, True, ctx.noscript, ctx.no_paragraphs, ctx.lst)
            if embedded_post(el):
                self._embedded_post(el, ctx)
                return None
        elif kind == _NO_PARAGRAPH:
            self._title_box(el, tag, ctx)
            return _Ctx(ctx.heading, ctx.quote, ctx.noscript, True, ctx.lst)
        # A <font> holding only inline text is a run of its box's line ("<div><font size=5>2. Title
        # </font><br>text"), read there: only one wrapping paragraphs reads as a box of its own.
        if not ctx.no_paragraphs and not ctx.heading \
                and ((tag in TEXT_CONTAINERS and (tag != "font" or self._wraps_blocks(el)))
                     or (tag not in BLOCK_TAGS and self._wraps_blocks(el))):
            # An inline box wrapping paragraphs (<span><p>…</p></span>) reads like a div.
            self._loose_text(el, ctx.quote)
        return ctx

    def _embedded_post(self, el: Element, ctx: _Ctx) -> None:
        """Walk a post embedded from a social network (its own text, then its children, as
        any block quote), marking its paragraphs someone else's words."""
        start = len(self.paragraphs)
        if not ctx.no_paragraphs and not ctx.heading:
            self._loose_text(el, True)
        self._walk(list(zip(reversed(el), repeat(ctx))))
        self.paragraphs[start:] = [replace(p, embed=True) for p in self.paragraphs[start:]]

    # headings, paragraphs, lists

    def _heading_element(self, el: Element, tag: str) -> None:
        """A section heading, or the standfirst / kicker a publisher set as a heading."""
        if self._under_headline(tag) and is_standfirst(el) and text_of(el):
            self._paragraph(el, False)
            self.standfirst = self.paragraphs[-1] if self.paragraphs else None
        elif self._above_headline(tag) and is_kicker(el):
            pass  # a label over the headline ("Biz & IT —"), not a section
        else:
            self._heading(el, int(tag[1]))

    def _under_headline(self, tag: str) -> bool:
        """A sub-heading right under the headline, before any text: where a standfirst sits."""
        if tag == "h1" or self.standfirst is not None or self.paragraphs:
            return False
        last_h1 = max((i for i, h in enumerate(self.headings) if h.level == 1), default=-1)
        return all(h.level == 1 for h in self.headings[last_h1 + 1 :])

    def _above_headline(self, tag: str) -> bool:
        return tag != "h1" and not self.paragraphs and not any(h.level == 1 for h in self.headings)

    def _heading(self, el: Element, level: int) -> None:
        text = text_of(el)
        anchors = list(el.iter("a"))
        if not text:
            text = image_text(el) or _given_name(el)
        link_only = len(anchors) == 1 and bool(text) and text_of(anchors[0]) == text
        line, col = self.locator.at(el)
        heading = Heading(level, text, line, col, link_only=link_only, has_link=bool(anchors),
                          templated=_templated(el) or _empty(text) and _card_slot(el), faq=_in_faq(el))
        self.headings.append(heading)

    def _paragraph(self, el: Element, quote: bool, title: bool = False) -> None:
        """``el`` as a paragraph; ``title``: the whole of it is an entry's title, read as a
        bold title is (a definition list's term)."""
        line, col = self.locator.at(el)
        t = TextBuilder(el.sourceline or line)
        t.add_tree(el)
        text = t.value
        if not text:
            return
        if not quote and not title and self._furniture_line(el, text):
            self.notes.append(Paragraph(text, line, col, _rebase(t, line)))
            return
        # Breaks were counted from lxml's line (the end of the start tag); rebase
        # them on the line of "<p".
        lead = len(text) if title or self._set_apart(el) else _bold_lead(el, text, self._classer)
        cell = _in_data_row(el)
        if not t.brs:  # most paragraphs: one piece, as _emit would cut it
            self.paragraphs.append(Paragraph(text, line, col, _rebase(t, line), quote, lead, cell))
            return
        # A blank line (<br><br>) may open a new entry with a bold title of its own.
        bolds = _bold_texts([el], self._classer) if len(t.brs) > 1 else ()
        start = len(self.paragraphs)
        self._emit(text, line, col, _rebase(t, line), t.brs, quote, loose=False, lead=lead, bolds=bolds)
        if cell:
            self.paragraphs[start:] = [replace(p, cell=True) for p in self.paragraphs[start:]]

    def _furniture_line(self, el: Element, text: str) -> bool:
        """Whether paragraph ``el`` is a line of the page's furniture (furniture_lines): a
        picture's credit, which becomes the credit of the picture right above it when that
        has none, or a glyph and a link, whose link the walk reads on."""
        first, last = text[0], text[-1]
        found = picture_line(el, text, self._last_img) if first.isalpha() or first in "(©" else None
        if found is not None:
            caption, credit, under = found
            image = self.images[-1] if under and self.images else None
            if image is not None and not image.credit:  # the picture above, uncredited: its credit
                self.images[-1] = replace(image, credit=credit, caption=image.caption or caption)
            self.furniture.append((el, Verdict("credit", "a picture's credit line, not the story's text")))
            return True
        if (first in GLYPHS or last in GLYPHS) and pointer_line(el, text) and not self._alike_lines(_glyph_key(text)):
            self.furniture.append((el, Verdict("related", "a glyph and a link: the link's, not the story's text")))
            return True
        if in_page_jump(el, text) and not self._alike_lines("#"):
            self.furniture.append((el, Verdict("control", "one link to a place on the page: no sentence")))
            return True
        notice = notice_line(text)
        if notice is not None:
            self.furniture.append((el, Verdict(notice, f"the publisher's note ({notice}), not the story's text")))
            return True
        return False

    def _alike_lines(self, key: str) -> bool:
        """Whether the body holds ``_ALIKE_LINES`` or more paragraphs of the line's kind: glyph
        lines opening and closing with the same marks as ``key`` says, or ("#") one-link jumps.
        A template's entry titles ("► <a>Brompton C Line</a>" over each product's prose) or its
        shop buttons under each entry, read as they were: lines of the list, not a lone pointer."""
        found = self._alike.get(key)
        if found is None:
            count = 0
            for p in self._body.iter("p") if self._body is not None else ():
                text = text_of(p)
                if not text:
                    continue
                if key == "#":
                    count += in_page_jump(p, text)
                else:
                    count += _glyph_key(text) == key and pointer_line(p, text)
            found = self._alike[key] = count >= _ALIKE_LINES
        return found

    def _emit(self, text: str, line: int, col: int, breaks: tuple[int, ...], brs: list[int],
              quote: bool, loose: bool, after: int = 0, lead: int = 0, keep: Callable[[], bool] | None = None,
              bolds: tuple[str, ...] = (), title: bool = False) -> None:
        """Add ``text`` as one paragraph, or several where <br> lines split it.

        ``breaks`` may hold zeros (the text starts below ``line``). Loose text keeps
        only the pieces that read like prose or a numbered entry (all of it, when short,
        if ``keep`` says so: asked last, as it may read much of the body);
        it is located by its first word, looked for from source offset ``after`` on.
        ``title``: loose text that is an entry's title (a product table's name cell), read as
        a bold title is."""
        pieces = _pieces(text, brs)
        if len(pieces) == 1 and pieces[0] == (0, len(text)):
            if not loose:
                self.paragraphs.append(Paragraph(text, line, col, breaks, quote, lead))
            elif reads_like_prose(text) or (keep is not None and len(text.split()) <= MAX_TITLE_WORDS and keep()):
                at = line + breaks.count(0)
                c = self.locator.column_of(at, text.split(" ", 1)[0], after)
                # Only the run's first bold text can open it ("<b>Title</b> text…").
                self.paragraphs.append(Paragraph(text, at, c, tuple(x for x in breaks if x), quote,
                                                 len(text) if title else _piece_lead(text, bolds[:1])))
            return
        for n, (a, b) in enumerate(pieces):
            piece = text[a:b]
            nxt = text[pieces[n + 1][0]:pieces[n + 1][1]] if n + 1 < len(pieces) else ""
            if loose and not (reads_like_prose(piece) or _NUMBERED_LINE.match(piece)
                              or _bold_title_line(piece, bolds, nxt)):
                continue
            first = bisect_right(breaks, a)
            at = line + first
            own = tuple(x - a for x in breaks[first : bisect_left(breaks, b, first)])
            c = self.locator.column_of(at, piece.split(" ", 1)[0], after)
            after = max(after, self.locator.offset(at, c))
            self.paragraphs.append(Paragraph(piece, at, c, own, quote,
                                             lead if a == 0 and 0 < lead <= b else _piece_lead(piece, bolds)))

    def _classed_title(self, el: Element) -> bool:
        """A paragraph a template classes as an entry's title ("<p class='listicle__item-title'>")
        over its prose, read as a bold title is when three or more of its kind stand so
        (:meth:`_templated_title`); a plain paragraph, not bold, was never an entry's title.
        Not one ending in a full stop (a paragraph's sentence is its own text) unless
        classed a list entry's title among titles that mostly do not (:meth:`_mostly_unended`),
        and only alone in its box, as a block editor sets each block, or classed a list's
        entry's title ("item-title", "listicle__item-title", "slide-title"): among the
        writer's paragraphs a paragraph classed only "title" is an essay's section title,
        left to the headings rules."""
        cls = el.get("class")
        if cls is None or TITLE_CLASS.search(cls) is None:
            return self._title_component(el)
        box = el.getparent()
        entry = _ENTRY_CLASS.search(cls) is not None
        alone = entry or (
            box is not None and not (box.text or "").strip() and sum(isinstance(c.tag, str) for c in box) == 1)
        ended = text_of(el).endswith(".")
        return alone and (not ended or (entry and self._mostly_unended(el))) \
            and self._templated_title(el, [[el]])

    def _set_apart(self, el: Element) -> bool:
        """A paragraph set bold or in a title's size as a whole, by its own style or its class
        rules (Wix's ``<p class="font_2">``, Word's ``<p class=MsoTitle>``), read as a
        paragraph all in a bold or large span is."""
        style = el.get("style")
        return bool(style and TITLE_EMPHASIS.search(style)) or (self._classer is not None and self._classed(el))

    def _classed(self, el: Element) -> bool:
        """Whether the page's class rules set ``el`` bold or in a title's size
        (``ClassFonts``), where its kind (tag and classes) is not the body's text style:
        boxes of its kind holding half the body's text or more are the text of a post
        written all in that style, or a theme's bold paragraphs, and set nothing apart."""
        cls = el.get("class")
        if not cls or self.fonts is None or not self.fonts.emphasis(el.tag, cls.split()):
            return False
        key = (str(el.tag), " ".join(cls.split()))
        found = self._text_styles.get(key)
        if found is None:
            found = self._text_styles[key] = self._text_style(el.tag, key[1])
        return not found

    def _text_style(self, tag: str, cls: str) -> bool:
        """Whether the body's ``tag`` boxes classed ``cls`` hold half its text or more."""
        if self._body is None:
            return False
        if self._body_chars < 0:
            self._body_chars = len(" ".join(self._body.text_content().split()))
        held = sum(len(text_of(x)) for x in self._body.iter(tag) if " ".join((x.get("class") or "").split()) == cls)
        return 2 * held >= self._body_chars

    def _mostly_unended(self, kind: Element) -> bool:
        """Whether most boxes of the body built as ``kind`` (its tag and class) hold text not
        ending in a full stop: then a sentence among them is a title written as one
        ("Ryanair turned on the charm." among "Dated interiors were upcycled"), as among
        terms and summaries; where most end so, they are the story's sentences."""
        cls = class_key(kind)
        key = (f"unended {kind.tag}", cls)
        if key not in self._title_boxes:
            found = self._body.iter(kind.tag) if self._body is not None else iter([kind])
            ends = [text_of(x).endswith(".") for x in found if class_key(x) == cls and text_of(x)]
            self._title_boxes[key] = 2 * ends.count(False) > len(ends)
        return self._title_boxes[key]

    def _title_component(self, el: Element) -> bool:
        """A paragraph alone in an editor's component named a title (Naver SmartEditor ONE's
        section title: ``<div class="se-component se-sectionTitle"><div class="se-component-content">
        <div class="se-section se-section-sectionTitle"><div class="se-module se-module-text"><p
        class="se-text-paragraph">…``), read as a bold title is when three or more such components
        in the body title short, distinct texts: the entries' titles a writer set with the
        editor's subheading block; one written as a sentence ending in "." too when most
        of them do not end so (:meth:`_mostly_unended`), never a lead-in ending in ":"."""
        top, box = None, el
        for _ in range(_COMPONENT_DEPTH):
            up = box.getparent()
            if up is None or (up.text or "").strip() or not _lone_child(up):
                break
            box = up
            if _COMPONENT_TITLE.search(box.get("class") or ""):
                top = box
        if top is None:
            return False
        text = text_of(el)
        if not 0 < len(text.split()) <= MAX_TITLE_WORDS or text.endswith(":") \
                or (text.endswith(".") and not self._mostly_unended(top)):
            return False
        key = ("component", class_key(top))
        if key not in self._title_boxes:
            found = self._body.iter(top.tag) if self._body is not None else iter([top])
            texts = [text_of(x) for x in found if class_key(x) == key[1]]
            self._title_boxes[key] = len(texts) >= 3 and len(set(texts)) == len(texts) \
                and all(0 < len(t.split()) <= MAX_TITLE_WORDS for t in texts)
        return self._title_boxes[key]

    def _title_box(self, el: Element, tag: str, ctx: _Ctx) -> None:
        """"<dt>1. Title</dt><dd>…</dd>", a numbered caption under each picture: an item's
        title, read as a numbered paragraph when the body's boxes of its kind count 1..N
        (:func:`counted_boxes`). An unnumbered term titles an entry when the body's terms
        do (:func:`titled_terms`). Other terms and captions are no body text."""
        if tag not in _TITLE_BOXES or ctx.no_paragraphs or ctx.heading:
            return
        if BOX_NUMBER.match(text_of(el)):
            if tag not in self._counted:  # the body's boxes of this kind, read once: only on pages with a numbered one
                self._counted[tag] = counted_boxes(self._body.iter(tag) if self._body is not None else [el])
            if el in self._counted[tag]:
                self._paragraph(el, ctx.quote)
                return
        # A term, or a <details> box's summary line (an accordion's entry); numbered terms that
        # do not count 1..N too ("2."…"7." under an unnumbered first), when the body's terms title entries.
        if tag in ("dt", "summary"):
            if tag not in self._terms:  # read once, on pages with one
                self._terms[tag] = titled_terms(self._body.iter(tag) if self._body is not None else [el])
            if el in self._terms[tag]:
                self._paragraph(el, ctx.quote, title=True)
            elif asked_term(el):  # a question: kept aside, not the text's
                kept = len(self.paragraphs)
                self._paragraph(el, ctx.quote, title=True)
                self.asked.extend(self.paragraphs[kept:])
                del self.paragraphs[kept:]

    def _header(self, el: Element, quote: bool) -> bool:
        """Read ``el`` if it is a widget's header (toggles.body_headers): an entry's title,
        read as a term is, or a question kept aside (Document.asked); a tab's panel opens
        with its title read there. True when ``el``'s own text is read so, or not at all
        (a tab list's titles). A title is placed at its box when the locator places no
        element of its tag (a <span>, a <strong>, a kept <button>) on the box's line."""
        headers = self._headers
        title = headers.at_panel.get(el)
        if title is not None:
            kept = len(self.paragraphs)
            self._paragraph(title, quote, title=True)
            line, col = self.locator.at(el)
            self.paragraphs[kept:] = [replace(p, line=line, column=col, breaks=()) for p in self.paragraphs[kept:]]
            if title in headers.asked:
                self.asked.extend(self.paragraphs[kept:])
                del self.paragraphs[kept:]
            return False  # the panel's own text is read next
        if el in headers.quiet:
            return True
        if el not in headers.titles and el not in headers.asked:
            return False
        kept = len(self.paragraphs)
        self._paragraph(el, quote, title=True)
        if self.locator.position(el) is None and len(self.paragraphs) > kept:
            box = next((up for up in el.iterancestors() if self.locator.position(up) is not None), None)
            at = self.locator.at(box) if box is not None else None
            if at is not None and at[0] == self.paragraphs[kept].line:
                self.paragraphs[kept] = replace(self.paragraphs[kept], column=at[1])
        if el in headers.asked:
            self.asked.extend(self.paragraphs[kept:])
            del self.paragraphs[kept:]
        return True

    def _ranked_cell(self, el: Element) -> bool:
        """Whether ``el`` is the number or title cell of a ranking table's row
        (:func:`ranked_cells`, decided once per table)."""
        return el.tag in ("td", "th") and _in_cells_of_table(el, self._ranked, ranked_cells)

    def _product_title(self, el: Element) -> bool:
        """Whether ``el`` is the name cell of a product table's row (:func:`product_titles`,
        decided once per table)."""
        return el.tag == "td" and _in_cells_of_table(el, self._products, product_titles)

    def _compared_name(self, el: Element) -> bool:
        """Whether ``el`` is the name cell of a comparison table's row (:func:`compared_names`,
        decided once per table)."""
        return el.tag in ("td", "th") and _in_cells_of_table(el, self._compared, compared_names)

    def _wraps_blocks(self, el: Element) -> bool:
        """:func:`_holds_blocks`, read once per element: a container's loose text asks it of
        its inline children, and the walk asks again when it reaches them."""
        found = self._wraps.get(el)
        if found is None:
            found = self._wraps[el] = _holds_blocks(el)
        return found

    def _loose_text(self, el: Element, quote: bool) -> None:
        """Text written straight into a div (no <p>), when it reads like prose; also an
        item number alone in its box ("<div>#6.</div>") and the title box right after it."""
        titled = self._marker_box is not None and el.getprevious() is self._marker_box
        badge_box = _badge_box(el) if len(el) <= 1 else None  # a number's box holds one element at most
        marker = badge_box is not None or (not len(el) and _BOX_MARKER.fullmatch((el.text or "").strip()) is not None)
        self._marker_box = (badge_box if badge_box is not None else el) if marker else None
        marker = marker or self._ranked_cell(el)
        product = not marker and self._product_title(el)
        compared = not marker and not product and self._compared_name(el)
        runs: list[list[Element | str]] = [[]]
        starts: list[Element] = [el]  # what each run follows: the container, then a block
        if el.text and el.text.strip():
            runs[-1].append(el.text)
        for child in el:
            tag = child.tag
            # A card's link wrapping its heading ("<a class='product-card'><img><h2>…</h2></a>")
            # is a block too: the heading is read as one, not again as the box's line.
            if isinstance(tag, str) and (tag in BLOCK_TAGS or tag in NOT_TEXT_TAGS or self._wraps_blocks(child)
                                         or (self._headers and self._holds_header(child))
                                         or (tag == "a" and next(child.iter(*HEADING_TAGS), None) is not None)) \
                    and tag != "br":
                runs.append([])
                starts.append(child)
            elif isinstance(tag, str) and child.get("class") and not _holds_text(runs[-1]) \
                    and self._title_element([child]):
                # A product card's name inline before its price and button ("<a class=
                # 'product-item__name'>" then "$20.99 Buy now"): the entry's title alone.
                # After text ("<span>1</span><span class='title'>…"), it stays in its line.
                runs.append([child])
                starts.append(child)
                runs.append([])
                starts.append(child)
            elif isinstance(tag, str):
                runs[-1].append(child)
            # A space between two inline elements ("<span>21</span> <a>Title</a>") is text too.
            if child.tail and (child.tail.strip() or runs[-1]):
                runs[-1].append(child.tail)
        for i, run in enumerate(runs):
            if not run or all(not isinstance(r, str) and r.tag == "br" for r in run):
                continue
            after = (self.locator.offset(*self.locator.at(el)) if i == 0
                     else self.locator.lower_bound(starts[i]))
            named = not marker and not product and self._title_element(run)
            # A template's title box (a card's name over its prose, or over only its price
            # and button), or a box of one line set bold or large: read as a bold title is.
            named = named or (i == 0 and len(runs) == 1 and not marker and not product
                              and (TITLE_CLASS.search(el.get("class") or "") is not None
                                   and self._templated_title(el, runs) or self._apart_line(el, run)))
            # Whether short text that is no prose is kept all the same: asked only of such text.
            keep: Callable[[], bool] | None = None
            # "<div><span class=rank>1</span><h2>Lisbon</h2>": a badge inline before its heading.
            parts = [r for r in run if not isinstance(r, str) or r.strip()]
            badge = len(parts) == 1 and not isinstance(parts[0], str) and _badge_box(parts[0]) is not None
            if marker or product or named or badge or compared:
                keep = _always
            elif i == 0:
                keep = partial(self._title_over_prose, el, runs, titled)
            self._run(el, run, quote, first=(i == 0), after=after, keep=keep, title=product or named or compared,
                      aside=compared)

    def _apart_line(self, el: Element, run: list[Element | str]) -> bool:
        """Whether box ``el``, holding only the inline ``run``, is one line set bold or large
        as a whole (its style, its class rules): an entry's title, as such a <p> is
        (:meth:`_set_apart`); not a box of lines (<br>), nor one all link (a button, "Visit
        ABB"; a teaser card's headline; a section label). A box holding blocks (a post in a
        large box) holds more than one run and is never asked."""
        parts = [r for r in run if not isinstance(r, str) or r.strip()]
        links = [a for p in parts if not isinstance(p, str) for a in p.iter("a")]
        return not any(not isinstance(r, str) and r.tag == "br" for r in parts) \
            and " ".join(text_of(a) for a in links) != text_of(el) and self._set_apart(el)

    def _holds_header(self, el: Element) -> bool:
        """Whether ``el`` is or holds a widget's header, read when the walk meets it."""
        return el in self._headers.holders

    def _title_over_prose(self, el: Element, runs: list[list[Element | str]], titled: bool) -> bool:
        """Whether ``el``'s text is an entry's title over its prose: after an item number's
        box (``titled``), numbered, or a template's title box."""
        return titled or numbered_title_box(el, runs) or self._templated_title(el, runs)

    def _title_element(self, run: list[Element | str]) -> bool:
        """Whether ``run`` is one element a template classes as a title, inside a box with
        more after it ("<a class='aawp-product__title' href=…>Le Bistro</a>" over the
        product's features, in a product box): a title when three or more elements of the
        body share its tag and class, each with a short title of its own (no sentence end,
        not a teaser's link)."""
        parts = [r for r in run if not isinstance(r, str) or r.strip()]
        if len(parts) != 1 or isinstance(parts[0], str):
            return False
        el = parts[0]
        cls = class_key(el)  # without a block's own id ("gb-headline-4f1f0c8a"): one kind of box
        if not TITLE_CLASS.search(cls) or not _short_title(el, named=True):
            return False
        key = (f"element {el.tag}", cls)
        if key not in self._title_boxes:
            found = self._body.iter(el.tag) if self._body is not None else iter([el])
            texts = [text_of(x) for x in found if class_key(x) == cls and _short_title(x, named=True)]
            self._title_boxes[key] = len(texts) >= 3 and len(set(texts)) == len(texts)
        return self._title_boxes[key]

    def _templated_title(self, el: Element, runs: list[list[Element | str]]) -> bool:
        """A box a template names a title ("<div class='slide-title'>Le Bistro</div>") over
        a box of prose, when three or more boxes of the body share its tag and class and
        stand so, with titles of their own (not links, not one label repeated): the
        entries' titles of a card or slide template, kept as paragraphs (the prose may
        follow its wrapper box, or a picture's box; :func:`title_box` ``named``). A page
        builder's or editor's box without a title class ("<div>Le Bistro</div>", Elementor's
        "elementor-widget-container" in its own widget) counts the same way, the prose
        after its widget when it is alone in one, its class read without the builder's
        numbered ids ("et_pb_text_3")."""
        cls = class_key(el)  # without a block's own id ("gb-headline-4f1f0c8a", "uagb-block-1a2b"): one kind
        if len(runs) != 1:
            return False
        if TITLE_CLASS.search(cls):
            if not (title_box(el, widget=True, named=True) or _priced_title(el)):
                return False
            key = (str(el.tag), cls)
            if key not in self._title_boxes:
                found = self._body.iter(el.tag) if self._body is not None else iter([el])
                texts = [text_of(x) for x in found if class_key(x) == cls
                         and (title_box(x, widget=True, named=True) or _priced_title(x))]
                # Two are enough where the class names a title: a list of two entries
                # ("The two measures…") is set in the template's title boxes too. Each its
                # own, but for a name met again under another section ("#1 Regenbogen" for
                # toddlers and for schoolchildren): one label repeated is no list's titles.
                self._title_boxes[key] = len(texts) >= 2 and len(set(texts)) >= _DISTINCT * len(texts)
            return self._title_boxes[key]
        return self._untitled_title(el)

    def _untitled_title(self, el: Element) -> bool:
        """:meth:`_templated_title` for a box whose class names no title: a plain box
        (a ``<header>`` over a teaser is a site's label), holding no link (a card's) but a
        shop's (a product's name)."""
        # The link test first: a fifth of the boxes asked hold one, and title_box reads
        # the box's text and looks for prose after it (~30 µs).
        if el.tag not in PLAIN_BOXES or any(a.get("href") and not shop_link(a.get("href")) for a in el.iter("a")):
            return False
        if not title_box(el, widget=True) and not _bold_title_box(el, self._classer):
            # A title's own "!" or "?" ("Mother!" in a countdown): a title when its siblings
            # (three or more boxes of its kind without one) are.
            if not text_of(el).endswith(("!", "?")) or not title_box(el, widget=True, exclaimed=True):
                return False
        cls = class_key(el)
        key = (f"untitled {el.tag}", cls)
        if key not in self._title_boxes:
            found = self._body.iter(el.tag) if self._body is not None else iter([el])
            boxes = [x for x in found if class_key(x) == cls
                     and (title_box(x, widget=True) or _bold_title_box(x, self._classer))]
            texts = [text_of(x) for x in boxes]
            # Two are enough when both are set in bold alone in their boxes (an editor's titles,
            # "<div><b>Wearing of masks in US too divisive</b></div>"): a list of two entries.
            enough = len(texts) >= 3 or (len(texts) == 2 and all(_bold_title_box(x, self._classer) for x in boxes))
            self._title_boxes[key] = enough and len(set(texts)) == len(texts)
        return self._title_boxes[key]

    def _run(self, container: Element, run: list[Element | str], quote: bool, first: bool,
             after: int = 0, keep: Callable[[], bool] | None = None, title: bool = False, aside: bool = False) -> None:
        """``run`` (text and inline elements of ``container``) as paragraphs; ``aside``: a
        comparison table's name, kept aside (Document.asked): an entry only under a headline
        promising as many."""
        start = container.sourceline or 1
        if not first:
            for part in run:
                if not isinstance(part, str) and part.sourceline:
                    start = part.sourceline
                    break
            else:
                start = _line_before(container, cast(str, run[0]))  # a run without elements starts with text
        t = TextBuilder(start)
        for part in run:
            if isinstance(part, str):
                t.add(part)
            else:
                t.sync(part.sourceline)
                if part.tag == "br":
                    t.br()
                else:
                    t.add_tree(part)
        text = t.value
        if not text:
            return
        kept = len(self.paragraphs)
        self._emit(text, start, 1, tuple(t.breaks), t.brs, quote, loose=True, after=after, keep=keep,
                   bolds=_bold_texts([p for p in run if not isinstance(p, str)], self._classer), title=title)
        if aside:
            self.asked.extend(replace(p, cell=True) for p in self.paragraphs[kept:])
            del self.paragraphs[kept:]

    def _list(self, el: Element, tag: str, parent: _ListState | None) -> _ListState:
        ordered = tag == "ol"
        reverse = ordered and el.get("reversed") is not None
        start = _int(el.get("start"))
        if start is None:
            start = sum(1 for c in el if c.tag == "li") if reverse else 1
        state = _ListState(self._lists, ordered, (parent.depth + 1) if parent else 1,
                           -1 if reverse else 1, start)
        self._lists += 1
        return state

    def _item(self, el: Element, lst: _ListState) -> None:
        number = None
        if lst.ordered:
            value = _int(el.get("value"))
            number = value if value is not None else lst.next_number
            lst.next_number = number + lst.step
        line, col = self.locator.at(el)
        text = _item_text(el)
        end = self._end_of(el)
        lead = _bold_lead(el, text, self._classer) if lst.ordered else 0
        self.list_items.append(ListItem(text, line, col, lst.ordered, number, lst.index, lst.depth, end=end, lead=lead))

    def _end_of(self, el: Element) -> tuple[int, int]:
        """Where ``el`` ends in the source: the place of the first located element after it
        and all it holds (a box the chrome pass dropped, or a tag the locator does not place,
        has none: what it holds may); nothing after it, the end of the source."""
        node = el
        while node is not None:
            after = node.getnext()
            while after is not None:
                if isinstance(after.tag, str):
                    for inner in after.iter():
                        pos = self.locator.position(inner)
                        if pos is not None:
                            return pos
                after = after.getnext()
            node = node.getparent()
        return (len(self.locator.starts) + 1, 1)

    # images and links

    def _aria_hidden(self, el: Element) -> bool:
        """Whether ``el`` or an ancestor has aria-hidden="true": the answer for each
        element on the way up is kept, so links in one box climb only to the first
        ancestor another link already asked about."""
        climbed = []
        node, hidden = el, None
        while node is not None:
            hidden = self._hidden.get(node)
            if hidden is not None:
                break
            if (node.get("aria-hidden") or "").strip().lower() == "true":
                hidden = True
                climbed.append(node)
                break
            climbed.append(node)
            node = node.getparent()
        hidden = bool(hidden)
        for node in climbed:
            self._hidden[node] = hidden
        return hidden

    def _image(self, el: Element, ctx: _Ctx) -> None:
        src, lazy = image_src(el)
        if ctx.noscript:
            # The <noscript> copy of a lazy image is the same picture.
            if (src and src in self._seen_srcs) or noscript_twin(el):
                return
            lazy = True
        if src:
            self._seen_srcs.add(src)
        for attr in ("data-src", "data-lazy-src", "data-original"):
            if el.get(attr):
                self._seen_srcs.add(el.get(attr).strip())
        image = image_from_element(el, src, lazy, *self.locator.at(el), noscript=ctx.noscript)
        if self.images and blur_up_pair(self._last_img, self.images[-1].src, el, src):
            # A tiny blurred preview and the lazy full picture are one image to a reader.
            self.images[-1] = image
        else:
            self.images.append(image)
        self._last_img = el

    def _link(self, el: Element, ctx: _Ctx) -> None:
        if self._aria_hidden(el):
            return  # screen readers skip it: usually a duplicate icon link
        href = el.get("href")
        text = text_of(el)
        if not text and len(el) == 0:
            text = self.locator.reopened_text(el)  # closed early by the parser, not by the writer
        has_image = len(el) > 0 and next(el.iter("img", "amp-img"), None) is not None  # a text link: no tag filter
        if not text:
            # The accessible name of an icon link: image alt, then a name given on purpose.
            text = image_text(el) or _given_name(el)
        if href is None and not text:
            return  # a named anchor (<a id="x"></a>), not a link
        rel = tuple((el.get("rel") or "").lower().split())
        line, col = self.locator.at(el)
        self.links.append(Link(href, text, line, col, rel, el.get("target"), None,
                               ctx.heading, has_image, in_prose=_in_sentence(el)))


def image_from_element(el: Element, src: str | None, lazy: bool, line: int, col: int,
                       noscript: bool = False) -> Image:
    """The model of one <img>: the mapping HTML pages and raw HTML in Markdown share."""
    alt = el.get("alt")
    if alt is not None:
        alt = " ".join(alt.split())
        if not alt and (el.get("aria-label") or el.get("aria-labelledby")):
            alt = accessible_name(el) or ""  # ARIA's name wins over an empty alt (accname 1.2)
    else:
        alt = stand_in_alt(el)  # a stand-in's: its <noscript> copy's, which replaces it
        if alt is None:
            alt = accessible_name(el)
    width, height = el.get("width"), el.get("height")
    role = (el.get("role") or "").strip().lower()
    hidden = (el.get("aria-hidden") or "").strip().lower() == "true"
    caption, credit = caption_and_credit(el)
    decorative = (
        # role=presentation/none says "decorative" (ARIA; axe's image-alt passes it with no
        # alt), unless the picture is captioned: a platform that marks every picture so
        # (Medium's zoomable figures) leaves a story's photo undescribed, IM001's to report.
        (role in ("presentation", "none") and (alt == "" or alt is None and not (caption or credit)))
        or hidden
        or pixel_of(el, src)
    )
    return Image(src, alt, line, col, title=el.get("title"), caption=caption, credit=credit,
                 decorative=decorative, width=width, height=height, lazy=lazy, name=image_name(src),
                 noscript=noscript, control_named=alt is None and control_named(el))


def control_named(img: Element) -> bool:
    """True when the link around ``img`` names itself (aria-label, aria-labelledby) and
    holds no text, so a screen reader announces that name and never the picture. Not a
    ``role=button`` box: platforms wrap every story photo in one to zoom it (Medium, Wix),
    and the photo still needs its description."""
    for depth, box in enumerate(img.iterancestors()):
        if depth >= 4:
            return False
        if box.tag == "a" or (box.get("role") or "").strip().lower() == "link":
            label = " ".join(f"{box.get('aria-label') or ''} {box.get('aria-labelledby') or ''}".split())
            return bool(label) and not text_of(box).strip()
    return False


def accessible_name(img: Element) -> str | None:
    """The name an <img> without alt is given on purpose: the text of
    ``aria-labelledby``, then ``aria-label``. None when it has none. A ``title`` is not
    read as alt: browsers do name the picture by it, but it is a hover tooltip that
    screen readers announce inconsistently (IM013 reports a picture it alone names)."""
    return _labelled_by(img) or " ".join((img.get("aria-label") or "").split()) or None


def _labelled_by(el: Element) -> str:
    """The text ``el``'s ``aria-labelledby`` points to: each id's text in turn, as accname
    joins them (five at most); "" when it names nothing that exists."""
    names = []
    for ref in (el.get("aria-labelledby") or "").split()[:5]:
        found = el.getroottree().xpath("//*[@id=$ref]", ref=ref)
        if found:
            names.append(" ".join((found[0].text_content() or "").split()))
    return " ".join(n for n in names if n)


_BLOCK_CONTENT = tuple(sorted(BLOCK_TAGS - {"br", "hr"}))


def _in_cells_of_table(cell: Element, memo: dict[Element, set[Element]],
                       cells_of: Callable[[Element], Iterable[Element]]) -> bool:
    """Whether ``cell`` is one of ``cells_of`` its table, worked out once per table
    (``memo``: table → those cells)."""
    table = next(cell.iterancestors("table"), None)
    if table is None:
        return False
    if table not in memo:
        memo[table] = set(cells_of(table))
    return cell in memo[table]


def _always() -> bool:
    return True


_BLOCK_CONTENT_SET = frozenset(_BLOCK_CONTENT)
# Descendants read one by one before the tag filter in C takes over: lxml builds its
# filter of the ~40 block tags on each call (~5 µs), and the inline elements asked hold
# half a descendant on average.
_FEW_DESCENDANTS = 32


def _holds_blocks(el: Element) -> bool:
    """True when an inline element wraps block content (libxml2 keeps <p> inside
    <span>): its text is read paragraph by paragraph, not as one run of the parent."""
    if el.tag in ("a", "br"):
        return False
    for n, node in enumerate(el.iterdescendants()):
        if node.tag in _BLOCK_CONTENT_SET:
            return True
        if n == _FEW_DESCENDANTS:
            return next(el.iterdescendants(*_BLOCK_CONTENT), None) is not None
    return False


# Classes a rich-text editor or block editor puts on a writer's own headings: formatting,
# not a template's role ("wp-block-heading", "ql-align-center", "has-text-align-left").
_EDITOR_CLASS = LazyPattern(r"^(?:wp-block-heading|ql-[\w-]+|has-[\w-]+|align[\w-]*|text-(?:left|right|center|"
                           r"justify)|(?:left|right|center|centered|justify)|[\w-]*-align-[\w-]+)$", re.I)


def _templated(heading: Element) -> bool:
    """True when a template named the heading for its role (a class other than the
    editor's formatting ones, an id or an ARIA role, which no editor writes and which as
    presentation/none takes the heading out of what a screen reader lists):
    "<h5 class=rubric>", "<h2 class=dek>", "<h2 role=presentation>"."""
    if heading.get("id") or heading.get("role"):
        return True
    return any(not _EDITOR_CLASS.match(c) for c in (heading.get("class") or "").split())


def _empty(text: str) -> bool:
    """No letter, digit or symbol: what HD003 reads as an empty heading."""
    return not any(unicodedata.category(c)[0] in "LNS" for c in text)


# A teaser card says little besides its title: a kicker, a date, a running time.
_CARD_TEXT = 200
_CARD_DEPTH = 3
_PICTURE_FILE = LazyPattern(r"\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)", re.I)


def _card_slot(heading: Element) -> bool:
    """True for an empty heading in a teaser card: a small box (a few levels up, no prose)
    that holds a link to a page around a picture outside the heading (or around both), or
    a card's link to a page around the heading (its picture a CSS background). The
    card's template left its title slot unfilled (a script or a missing field); an
    editor's empty heading sits among the story's paragraphs, or holds the picture itself."""
    box = heading.getparent()
    for _ in range(_CARD_DEPTH):
        if box is None or box.tag in ("body", "article", "main", "html"):
            return False
        if len(text_of(box)) > _CARD_TEXT or any(len(text_of(p)) > _CARD_TEXT // 2 for p in box.iter("p")):
            return False  # prose: the story's own section
        href = (box.get("href") or "").strip() if box.tag == "a" else ""
        if href and not href.startswith("#") and not _PICTURE_FILE.search(href):
            return True  # a card's link around its title slot ("<a class=card style='background-image…'><h3>")
        for picture in box.iter("img", "picture", "svg"):
            if heading in picture.iterancestors():
                continue
            link = next(picture.iterancestors("a"), None)
            if link is not None and not _PICTURE_FILE.search(link.get("href") or ""):
                return True  # a picture linked to a page (not its own full-size file, a lightbox's)
        box = box.getparent()
    return False


# A FAQ block's class or id: Rank Math's "rank-math-faq", Yoast's "schema-faq", SASWP's
# "saswp-faq-block-section", Ultimate Blocks' "ub_faq", themes' "faq-item", "faq_question".
_FAQ_BOX = LazyPattern(r"(?:^|[\s_-])faqs?(?:$|[\s_-])", re.I)
_FAQ_DEPTH = 6  # a question's heading sits a few boxes inside its block


def _in_faq(heading: Element) -> bool:
    """Whether ``heading`` is a question of a FAQ block: it or a box around it (a few
    levels up) named a FAQ by class or id, or schema.org Question microdata."""
    el = heading
    for _ in range(_FAQ_DEPTH):
        if el is None or not isinstance(el.tag, str):
            return False
        named = f"{el.get('class') or ''} {el.get('id') or ''}"
        if ("faq" in named.lower() and _FAQ_BOX.search(named)) \
                or (el.get("itemtype") or "").rstrip("/").endswith("schema.org/Question"):
            return True
        el = el.getparent()
    return False


# Words of its own a link's block needs around the link to make the link part of a sentence.
_SENTENCE_WORDS = 4


_BUTTON_CLASS = re.compile(r"(?:^|[\s_-])(?:button|btn|cta)(?:$|[\s_-])", re.I)


def _in_sentence(link: Element) -> bool:
    """True when the link sits in a run of text with at least ``_SENTENCE_WORDS``
    words outside it: the link is part of what is written. The run is the link's
    inline neighbourhood inside its block: a button set between the blocks of a box
    ("Order Now" under a promo's paragraph) stands alone however much text the box has."""
    if _BUTTON_CLASS.search(link.get("class") or ""):
        return False  # styled as a button ("article-gastro-button", "btn-cta"): it stands alone
    node = link
    while node.getparent() is not None and node.getparent().tag not in BLOCK_TAGS:
        node = node.getparent()  # up through <span>, <em>, <strong>…
    parent = node.getparent()
    if parent is None:
        return True
    # Words beside the link inside its inline wrappers ("<span><a>HIER</a> kannst du…</span>"),
    # then in the run around the outermost wrapper.
    # Every count added is at least 0 (the wrappers hold the link's words), so the
    # first count to reach the threshold answers: a paragraph's other links and
    # siblings are not read.
    words = _words_in(node) - _words_in(link) if node is not link else 0
    words += len((node.tail or "").split())
    if words >= _SENTENCE_WORDS:
        return True
    for sib in node.itersiblings():  # after the link, up to the next block
        if isinstance(sib.tag, str) and sib.tag in BLOCK_TAGS and sib.tag != "br":
            break
        words += _words_in(sib) + len((sib.tail or "").split())
        if words >= _SENTENCE_WORDS:
            return True
    reached_start = True
    for sib in node.itersiblings(preceding=True):  # before it, back to the previous block
        if isinstance(sib.tag, str) and sib.tag in BLOCK_TAGS and sib.tag != "br":
            words += len((sib.tail or "").split())
            reached_start = False
            break
        words += _words_in(sib) + len((sib.tail or "").split())
        if words >= _SENTENCE_WORDS:
            return True
    if reached_start:
        words += len((parent.text or "").split())
    return words >= _SENTENCE_WORDS


def _holds_text(run: list[Element | str]) -> bool:
    """Whether a run of inline parts has any text yet (a linked picture has none)."""
    return any(part.strip() if isinstance(part, str) else text_of(part) for part in run)


def _words_in(el: Element) -> int:
    return len((el.text_content() or "").split()) if isinstance(el.tag, str) else 0


def _given_name(el: Element) -> str:
    """The name a text-less heading or link is given on purpose, as a screen reader reads
    it: an aria-label or title on it or inside it (an icon's ``role=img``, an SVG's name
    kept by ``body.drop_invisible``), or the text ``aria-labelledby`` points to."""
    for node in el.iter():
        if not isinstance(node.tag, str) or node.tag in ("img", "amp-img") and node.get("alt") is not None:
            continue  # a picture with alt is named by it alone (image_text): alt="" makes it presentational
        name = " ".join((node.get("aria-label") or node.get("title") or "").split())
        if name:
            return name
    return _labelled_by(el)


def _rebase(t: TextBuilder, line: int) -> tuple[int, ...]:
    start = t.line - len(t.breaks)  # the line the text walk started from
    extra = start - line
    if extra > 0:
        return tuple([0] * extra + t.breaks)
    return tuple(t.breaks)


def _line_before(container: Element, tail: str) -> int:
    # Loose text after a block child: its line is the next sibling's line minus the
    # newlines between the text and that sibling, when there is a next sibling.
    for child in container:
        if child.tail is tail:
            nxt = child.getnext()
            lead = len(tail) - len(tail.lstrip())
            if nxt is not None and nxt.sourceline:
                return max(int(nxt.sourceline) - int(tail[lead:].count("\n")), 1)
            return int(child.sourceline or container.sourceline or 1)
    return int(container.sourceline or 1)


# "01. Robert Plant", "241. How do you…", "3) Rest": an entry of a list written as lines;
# in Chinese and Japanese posts pasted as lines "1、故宫", "１．東京", "2）", "3：" (no space
# after a full-width stop), "①東京", "一、故宫"; a danda or Urdu's full stop after the number ("১। ", "۱۔ "),
# the Arabic decimal separator typed as a stop ("١٫ "); after a number sign ("#3 Rest", "No. 4",
# Turkish "No: 1", Greek "Νο. 1") the stop may be left out.
_NUMBERED_LINE = LazyPattern(r"(?:#|No[.:]\s*|Νο\.\s*)\d{1,4}[.):]?\s+\S|\d{1,4}(?:[.):।۔٫]\s+\S|[、．）：]\s*[^\W\d_])"
                             r"|(?:[\u2460-\u2473\u2776-\u2793]|[一二三四五六七八九十]{1,3}、)\s*[^\W\d_]")
_MIN_NUMBERED_LINES = 3
# "A. Amsterdam …<br>B. Berlin …<br>C. …": an alphabetised guide's entries pasted as lines of
# one paragraph (as numbered ones are). Cut only where three or more lines run A, B, C… in
# order from A: an FAQ's "Q. …<br>A. …" and a lone "A. " line are no run.
_LETTER_LINE = LazyPattern(r"([A-Z])[.)]\s+[\"'“‘«„]?[^\W\d_]")
# An item number alone in its box, as a countdown sets it apart from the title beside it:
# "#6.", "No. 5", "3." (a bare "3" is as often a counter or a page number), or a slide's
# place in its show ("3 / 10", "3 of 10": the structure stage reads only places that count).
_BOX_MARKER = re.compile(r"(?:#\s?|No\.\s?)\d{1,4}[.):]?|\d{1,4}[.)]|\d{1,4}\s?(?:/|\s(?:of|von|de|sur|di|van)\s)\s?\d{1,4}")


_BADGE_TAGS = frozenset({"div", "span", "p", "b", "strong", "section"})
_SHORT_NAME_WORDS = 6


def _number_in(el: Element) -> bool:
    """Whether ``el`` holds only a bare number (1–3 digits), itself or through a chain of
    single boxes with no other text ("<span><strong>01</strong></span>")."""
    for _ in range(4):
        if el.tag not in _BADGE_TAGS:
            return False
        text = (el.text or "").strip()
        if not len(el):
            return 0 < len(text) <= 3 and text.isdecimal()
        if text or len(el) != 1 or (el[0].tail or "").strip():
            return False
        el = el[0]
    return False


def _badge_box(el: Element) -> Element | None:
    """The box of a list's number badge beside its title, when ``el`` is one: a bare number
    (1–3 digits) alone in its box right before a heading, a box opening with one, or a short
    title box ("<div>1</div><div><h2>…", as the Guardian's NumberedTitleBlockComponent sets it;
    "<div>1</div><div>Title</div>", a magazine theme's smart list). The number may sit in boxes
    that hold only it and the title in boxes of its own (a card theme's "<div class=num><div>
    <span>01</span></div></div><div class=head><h3>…"; WeChat's numbered-title templates,
    "<section><span><strong>01</strong></span></section><section><strong>Title</strong>…").
    The structure stage keeps it only when such badges count 1..N
    (:func:`auditor.structure.blocks.blocks`, numbered paragraphs)."""
    if not _number_in(el):
        return None
    box = el
    for _ in range(3):  # out through the boxes that hold only the number
        up = box.getparent()
        if box.getnext() is not None or up is None or up.tag not in _BADGE_TAGS or len(up) != 1 \
                or (up.text or "").strip() or (box.tail or "").strip():
            break
        box = up
    nxt = box.getnext()
    if nxt is None or not isinstance(nxt.tag, str):
        return None
    inner = nxt
    for _ in range(3):  # into the boxes around the title's heading
        if inner.tag in HEADING_TAGS:
            return box
        if not len(inner) or not isinstance(inner[0].tag, str):
            break
        if len(inner) > 1 and inner[0].tag not in HEADING_TAGS:
            break
        inner = inner[0]
    if inner.tag in HEADING_TAGS:
        return box
    # A title box of inline text only (a bold title in its <section>).
    if any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in nxt.iterdescendants()):
        return None
    title = text_of(nxt)
    first = title.lstrip("\"'“‘«„「『(")[:1]  # a title may open with a quote (“Veggie-fy” your dip)
    fits = 0 < len(title.split()) <= MAX_TITLE_WORDS and first.isalnum() and not first.islower()
    # A full stop ends a sentence, or a short name ("Boo From Monsters, Inc."); "!" a title too
    # ("Gabriella From Brink!", "Loben und ermutigen!").
    ends = title.endswith(":") or (title.endswith(".") and len(title.split()) > _SHORT_NAME_WORDS)
    return box if fits and not ends else None


def _pieces(text: str, brs: list[int]) -> list[tuple[int, int]]:
    """``text`` cut into ``(start, end)`` ranges at blank lines (two <br> with no
    text between) and, when at least three lines start with a number, before each
    numbered line. One range covering everything when there is nothing to cut."""
    size = len(text)
    if not brs:  # most blocks: no <br> at all
        return [(0, size)]
    offsets = sorted({o for o in brs if 0 < o < size})
    if not offsets:
        return [(0, size)]
    counts = Counter(brs)
    doubled = {o for o in offsets if counts[o] > 1}
    starts = [o + 1 for o in offsets]
    numbered = {o for o, st in zip(offsets, starts) if _NUMBERED_LINE.match(text, st)}
    if len(numbered) + bool(_NUMBERED_LINE.match(text)) < _MIN_NUMBERED_LINES:
        numbered = _lettered_lines(text, offsets, starts)
    cuts = sorted(doubled | numbered)
    if not cuts:
        return [(0, size)]
    bounds = [0] + [c + 1 for c in cuts]
    ends = cuts + [size]
    return [(a, b) for a, b in zip(bounds, ends) if text[a:b].strip()]


def _lettered_lines(text: str, offsets: list[int], starts: list[int]) -> set[int]:
    """The line breaks before lines lettered "A. …", "B. …", "C. …", when three or more
    such lines run A, B, C… in order (see _LETTER_LINE); else none."""
    cut: set[int] = set()
    run = 0
    for o, st in [(-1, 0), *zip(offsets, starts)]:
        m = _LETTER_LINE.match(text, st)
        if m is None:
            continue
        if ord(m.group(1)) != ord("A") + run:
            return set()  # out of order, or a second "A.": options or answers, not one run
        run += 1
        if o >= 0:
            cut.add(o)
    return cut if run >= _MIN_NUMBERED_LINES else set()


_BOLD = frozenset({"b", "strong"})
# Inline elements a bold title may sit in: a linked title, a styled span.
_LEAD_WRAPPERS = frozenset({"a", "span", "em", "i", "u", "font"})


# An entry's number typed before its bold title ("<p>1. <b>Lisbon</b><br>Lisbon rewards…</p>",
# as WordPress's classic editor, Blogger and Docs/Word exports write an entry in one paragraph).
_TYPED_NUMBER = LazyPattern(r"\s*(?:#|No\.\s*)?\d{1,3}[.):]?\s*$")


def _bold_lead(el: Element, text: str, classed: Callable[[Element], bool] | None = None) -> int:
    """Characters of ``text`` (``el``'s text) that a bold element opening it covers,
    through inline wrappers (``<a><strong>Title</strong></a>``); 0 when the paragraph
    does not open in bold. Leading elements without text (images, line breaks) are skipped.
    An entry's number typed before the bold title counts with it ("1. <b>Lisbon</b>" covers
    "1. Lisbon", as "<b>1. Lisbon</b>" does)."""
    node = el
    typed = 0
    for _ in range(4):
        own = node.text or ""
        if own.strip():
            if node is not el or not _TYPED_NUMBER.match(own):
                return 0
            typed = len(text) - len(text[len(" ".join(own.split())):].lstrip())  # "1. " in ``text``
            if not text.startswith(" ".join(own.split())):
                return 0
        first = None
        for child in node:
            if not isinstance(child.tag, str) or not (child.text_content() or "").strip():
                if (child.tail or "").strip():
                    return 0
                continue  # an image, a line break, an empty bold wrapping an image
            first = child
            break
        if first is None:
            return 0
        if _is_bold(first, classed):
            bold = text_of(first)
            # A lead that stops inside a word is a drop cap ("<span style='font-size:300%'>T</span>he…");
            # one closed by a stop or a colon, or by a Chinese or Japanese character (no space
            # follows a lead there: "<b>金閣寺：</b>室町時代…"), stops between words.
            return typed + len(bold) if bold and text.startswith(bold, typed) and (
                not text[typed + len(bold):][:1].isalnum() or _ends_between_words(bold)) else 0
        if first.tag not in _LEAD_WRAPPERS:
            return 0
        node = first
    return 0


def _ends_between_words(bold: str) -> bool:
    """Whether ``bold`` ends where no word goes on: in punctuation ("金閣寺：", "Tip:"), or in a
    Chinese or Japanese character (words there are not spaced)."""
    last = bold.rstrip()[-1:]
    return bool(last) and (not last.isalnum() or "\u3040" <= last <= "\u30ff" or "\u3400" <= last <= "\u9fff")


# The legacy <font size> of a title: "5" (x-large) and up, or two steps over the text ("+2").
_TITLE_FONT_SIZES = frozenset({"5", "6", "7", "+2", "+3", "+4"})


def _is_bold(el: Element, classed: Callable[[Element], bool] | None = None) -> bool:
    """``<b>``, ``<strong>``, or an inline element styled bold (``<span style="font-weight:
    bold">``, as Blogger and pasted Word text write it) or in a title's size (Blogger's and Wix's
    ``font-size``, page_css.TITLE_EMPHASIS; Weebly's and old editors' ``<font size="5">``); with
    ``classed`` (:meth:`Walker._classed`), one its class rules set so (a Docs export's
    ``<span class="c5">``)."""
    return el.tag in _BOLD or (el.tag in _LEAD_WRAPPERS and (
        bool(TITLE_EMPHASIS.search(el.get("style") or "")) or (classed is not None and classed(el)))) \
        or (el.tag == "font" and (el.get("size") or "").strip() in _TITLE_FONT_SIZES)


# Class words of a list template's entry, beside its title word ("listicle__item-title", "slide-title").
# An editor's component named a title, in camelCase too ("se-sectionTitle", "subTitle").
_COMPONENT_TITLE = LazyPattern(r"(?:^|[\s_-])(?:[a-z]+)?(?:title|Title|heading|Heading)(?:$|[\s_-])")
_COMPONENT_DEPTH = 5  # the boxes an editor wraps one paragraph in

# The share of a template's title boxes that must differ from each other (see _templated_title).
_DISTINCT = 0.8
_ENTRY_CLASS = LazyPattern(r"(?:^|[\s_-])(?:item|entry|listicle|list|slide|card|step|tip|idea)(?:$|[\s_-])", re.I)


def _bold_title_box(el: Element, classed: Callable[[Element], bool] | None = None) -> bool:
    """A plain box holding only a bold title ("<div><b>Your eyes may thank you</b></div>"): set
    apart as a title is, so a picture's box with its credit may stand before its prose, as
    under a box a template names a title (:func:`title_box` ``named``); not a sentence."""
    parts = [c for c in el if isinstance(c.tag, str)]
    return len(parts) == 1 and _is_bold(parts[0], classed) and not (el.text or "").strip() \
        and not (parts[0].tail or "").strip() and not text_of(el).endswith(".") \
        and title_box(el, widget=True, named=True)


def _bold_texts(parts: list[Element], classed: Callable[[Element], bool] | None = None) -> tuple[str, ...]:
    """The texts of the bold elements in ``parts`` and inside them."""
    return tuple(text_of(b) for p in parts for b in p.iter() if isinstance(b.tag, str) and _is_bold(b, classed))


def _piece_lead(piece: str, bolds: tuple[str, ...]) -> int:
    """The bold title a piece after a blank line opens with ("…-- Sandstrom<br><br>
    <strong>Abuelo</strong><br>Arthur Dorros…"), as :func:`_bold_lead` reads a paragraph's."""
    stripped = piece.lstrip()
    return next((len(b) + len(piece) - len(stripped) for b in bolds if b and stripped.startswith(b)), 0)


def _short_title(el: Element, named: bool = False) -> bool:
    """A few words without a sentence's end, not a link but a shop's (a product's name).
    ``named`` (a template classes it a title): a title's own "!" or "?" may end it."""
    text = text_of(el)
    ends = (".", ":", ",", "…") if named else (".", "!", "?", ":", ",", "…")
    if not 0 < len(text.split()) <= MAX_TITLE_WORDS or text.endswith(ends):
        return False
    links = [el] if el.tag == "a" else list(el.iter("a"))
    return not any(text_of(a) == text and not shop_link(a.get("href")) for a in links)


def _priced_title(el: Element) -> bool:
    """A product card's name box with nothing after it but its price and shop button
    ("<div class='product-box__name'>Ember Mug 2</div><div>$20.99</div><a>Shop now</a>"):
    a gift guide's entry without a description, titled all the same."""
    from auditor.structure.labels import shop_line

    if any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in el) or not _short_title(el):
        return False
    priced = False
    nxt = el.getnext()
    while nxt is not None:
        if isinstance(nxt.tag, str):
            text = text_of(nxt)
            if text and not shop_line(text):
                return False  # text of its own after the name: title_box's case, or no card
            priced = priced or bool(text)
        nxt = nxt.getnext()
    return priced


def _bold_title_line(piece: str, bolds: tuple[str, ...], nxt: str) -> bool:
    """A short line all in bold between blank lines, over a piece of prose: an entry's
    title in text written without paragraphs ("<b>Le Bistro</b><br><br>Prose…", as Blogger
    writes it)."""
    stripped = piece.strip()
    if not 0 < len(stripped.split()) <= MAX_TITLE_WORDS or stripped.endswith((".", "!", "?", ":", ",", "…")):
        return False
    return _piece_lead(piece, bolds) >= len(piece.rstrip()) and reads_like_prose(nxt)


def _int(value: str | None) -> int | None:
    try:
        return int(value.strip()) if value is not None else None
    except ValueError:
        return None


def _item_text(li: Element) -> str:
    """A list entry's own text (paragraphs and nested lists inside it are reported on their
    own). An entry titled over paragraphs of its own (Yoast's how-to step, `<li><strong
    class="schema-how-to-step-name">Name</strong><p>…</p>…</li>`; themes numbering entries
    with an `<ol>` of headings and their text) is its title: its words before its first
    box, or its heading when it opens with one. What else stands outside its paragraphs is
    a picture's credit or caption, an embed's line ("reddit by u/…", "Shutterstock"), a
    gallery's link: not the title's words."""
    text = text_of(li, _ITEM_SKIP)
    if not text or next(li.iter("p"), None) is None:
        return text
    boxes = [k for k, child in enumerate(li) if isinstance(child.tag, str) and child.tag != "br"
             and (child.tag in BLOCK_TAGS or child.tag in NOT_TEXT_TAGS)]
    if not boxes:
        return text
    cut = boxes[0]
    if not cut and not (li.text or "").strip() and li[0].tag in HEADING_TAGS:
        cut = boxes[1] if len(boxes) > 1 else len(li)  # "<li><h3>Title</h3><figure>…": the heading
    lead = li.makeelement(li.tag, {})
    lead.text = li.text
    for part in li[:cut]:
        lead.append(deepcopy(part))
    return text_of(lead, _ITEM_SKIP) or text


def _aria_heading(el: Element) -> bool:
    """``<div role="heading" aria-level="3">``: a heading to screen readers and readers
    alike, whatever its tag."""
    return (el.get("role") or "").strip().lower() == "heading"


def _aria_level(el: Element) -> int:
    """ARIA's aria-level, 1–6; 2 when missing or out of range (the role's default)."""
    level = (el.get("aria-level") or "").strip()
    return int(level) if level.isdecimal() and 1 <= int(level) <= 6 else 2


def _in_data_row(p: Element) -> bool:
    """True when paragraph ``p`` is a cell's own in a row of two or more cells with words:
    a data table's text. A layout table's single column of prose stays the story's."""
    cell = p.getparent()
    if cell is None or cell.tag not in ("td", "th"):
        return False
    row = cell.getparent()
    return row is not None and sum(1 for c in row if c.tag in ("td", "th") and text_of(c)) >= 2


def _lone_child(box: Element) -> bool:
    """Whether ``box`` holds one element and at most three nodes in all (comments count).
    Reads at most four children: lxml's ``len()`` walks them all, and a paragraph among
    500,000 in one box made every paragraph's question a walk of the box."""
    first = list(islice(box, 4))
    return len(first) <= 3 and sum(isinstance(c.tag, str) for c in first) == 1
