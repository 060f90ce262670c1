"""A draft's headline set in its word processor's Title style, not as an <h1>.

Editors write in Google Docs, Word or LibreOffice and lint the export. Each exports the
document's "Title" paragraph style as a classed paragraph, sized by a class rule in the
export's own ``<style>``, and keeps <h1> for "Heading 1":

- Google Docs, File > Download > Web page (.html, zipped): ``<p class="c3 title" id="h.…">``
  with ``.title{…font-size:26pt…}`` (and ``<p class="c3 subtitle">``, ``.subtitle{…15pt…}``);
- Word, Save as Web Page, Filtered: ``<p class=MsoTitle>`` with ``p.MsoTitle, li.MsoTitle,
  div.MsoTitle {…font-size:28.0pt…}`` (``MsoSubtitle`` under it);
- LibreOffice Writer's HTML export: the "Title" style as a paragraph of its class
  (``p.title { font-size: 28pt; font-weight: bold }``; the class may carry the script's
  suffix, ``title-western``).

So the page had no <h1> (HL001, "no headline", an error, on a draft that has one) or took its
first "Heading 1" section for the headline. The title paragraph is the headline when it is
the first text of the body (nothing but empty spacer paragraphs and pictures before it),
classed a title (a class word "title", Word's "MsoTitle"), set apart as a title by its class
rules or its style (the walk's ``Paragraph.lead``, read with ``page_css.class_fonts``), a
headline's length, and no <h1> the page's titles point at stands for it.

Many writers never pick the Title style and set the first line big by hand (Docs: a run's
class ``.c9{font-size:20pt}``; Word: ``<b><span style='font-size:20.0pt'>``). Such a line is
the headline only where no <h1> was read, when it is set in a title's size (not bold alone),
no sentence (no full stop), not classed a dek or lede, text follows it, and a page with
titles names it in them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from auditor.model import Heading, Meta, Paragraph
from auditor.sources.html.headline import title_headline, titles_match
from auditor.sources.html.locate import Locator
from auditor.sources.html.standfirst import is_standfirst
from auditor.sources.html.text import text_of
from auditor.sources.html.walk import Walker
from auditor.sources.page_css import TITLE_EMPHASIS
from auditor.text.lazyre import LazyPattern

Element = Any  # lxml.html.HtmlElement

# The Title style's class: Docs' "title", Word's "MsoTitle", LibreOffice's "title"/"title-western";
# never "subtitle", "MsoSubtitle", "post-title-link" (a word of its own only).
_TITLE_STYLE = LazyPattern(r"(?:^|\s)(?:mso)?title(?:-western|-cjk|-ctl)?(?:$|\s)", re.I)
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "blockquote", "pre", "dt", "dd")
_INLINE = frozenset({"span", "a", "b", "strong", "i", "em", "u", "s", "sup", "sub", "small", "font", "mark", "code",
                     "br", "img", "wbr"})
_MAX_WORDS = 25


def _first_block(body: Element) -> Element | None:
    """The body's first block with text of its own (a <div> holding more than text and inline
    runs is looked into, never read whole)."""
    for el in body.iter(*_BLOCKS):
        if el.tag == "div" and any(isinstance(c.tag, str) and c.tag not in _INLINE for c in el.iterchildren()):
            continue
        if text_of(el):
            return el
    return None


def title_paragraph(body: Element, paragraphs: list[Paragraph], locator: Locator,
                    large: Callable[[Element], bool] | None = None) -> tuple[Element, int, bool] | None:
    """The body's opening paragraph in a Title style (see the module's doc), its index in
    ``paragraphs`` and whether it is classed so (else only set in a title's size, where
    ``large`` tells an element set so by its own class rules or style); None when the body
    opens otherwise."""
    el = _first_block(body)
    if el is None or el.tag not in ("p", "div"):
        return None
    styled = _TITLE_STYLE.search(el.get("class") or "") is not None
    if not styled and (large is None or is_standfirst(el) or not _all_large(el, large)):
        return None  # a subtitle, a dek, a lede set large ("lead", "intro") is none
    index = 0  # the body's first text: its first paragraph
    para = paragraphs[index]
    if locator.at(el) != (para.line, para.column):
        return None
    if para.quote or para.lead < len(para.text) or len(para.text.split()) > _MAX_WORDS:
        return None
    if not styled and (para.text.endswith(".") or index + 1 == len(paragraphs)):
        return None  # a lede set large is a sentence; a title has text under it
    return el, index, styled


def _all_large(el: Element, large: Callable[[Element], bool]) -> bool:
    """``el`` set in a title's size, or the one run that holds all its text (Docs' ``<p class="c3">
    <span class="c9">``, Word's ``<p class=MsoNormal><b><span style='font-size:20.0pt'>``)."""
    while True:
        if large(el):
            return True
        children = [c for c in el if isinstance(c.tag, str) and c.tag != "br"]
        if len(children) != 1 or (el.text or "").strip() or (children[0].tail or "").strip():
            return False
        el = children[0]


def headline_of_title(body: Element, paragraphs: list[Paragraph], headline: Heading | None, meta: Meta,
                      locator: Locator, large: Callable[[Element], bool] | None = None) -> tuple[Heading, int, bool] | None:
    """The Title-style paragraph as the headline (a level-1 heading at its place), its index in
    ``paragraphs`` and whether a Title style set it (not only a size), where it stands for the
    one read today: none, or an <h1> after it that the page's titles do not point at (a "Heading
    1" section) and that reads no more like them (0 on a page with no titles). A first line only
    set large by hand (no Title style; ``large``) is the headline only of a page where no <h1>
    was read, and on a page with titles only when it reads like them."""
    first = paragraphs[0] if paragraphs else None
    if first is None or first.lead < len(first.text) or (
            headline is not None and (headline.line, headline.column) < (first.line, first.column)):
        return None  # most pages: the headline above the text, or a first paragraph not set apart
    found = title_paragraph(body, paragraphs, locator, large if headline is None else None)
    if found is None:
        return None
    el, index, styled = found
    para = paragraphs[index]
    match = titles_match(meta)
    if not styled and title_headline(meta) is not None and match(para.text) < 0.5:
        return None
    if headline is not None:
        if (headline.line, headline.column) < (para.line, para.column):
            return None
        score = match(headline.text)
        if score >= 0.5 or match(para.text) < score:
            return None
    return Heading(1, para.text, para.line, para.column), index, styled


def subtitle_after(paragraphs: list[Paragraph], index: int, body: Element, locator: Locator) -> Paragraph | None:
    """The paragraph right after the title when its class names it the subtitle (Docs' "subtitle",
    Word's "MsoSubtitle"): the standfirst."""
    if index + 1 >= len(paragraphs):
        return None
    nxt = paragraphs[index + 1]
    for el in body.iter("p", "div"):
        if locator.at(el) == (nxt.line, nxt.column):
            return nxt if is_standfirst(el) else None
    return None


def titled_draft(body: Element, walk: Walker, headline: Heading | None, meta: Meta,
                 locator: Locator) -> tuple[Heading | None, Paragraph | None]:
    """The headline and standfirst as ``walk`` read them, or the draft's title paragraph as the
    headline (taken out of the walk's paragraphs: no line of the text; a "Heading 1" read for it
    is a section again) and its Subtitle-style paragraph as the standfirst. A Title style is the
    document's H1, put first among the walk's headings, as the .docx reader reads Word's Title
    (sources/docx.py); the headings keep their tags, as a paste into a template keeps them ("Heading
    1" sections are more H1s: HD001). A first line only set large by hand is no heading: a page
    without an <h1> is told so (HD001)."""
    fonts = walk.fonts

    def large(el: Element) -> bool:
        style = el.get("style")
        if style and any(m.group(0).lower().startswith("font-size") for m in TITLE_EMPHASIS.finditer(style)):
            return True
        cls = el.get("class")
        return bool(cls) and fonts is not None and fonts.large(el.tag, cls.split())

    paragraphs = walk.paragraphs
    titled = headline_of_title(body, paragraphs, headline, meta, locator, large)
    if titled is None:
        return headline, walk.standfirst
    title, index, styled = titled
    standfirst = walk.standfirst or subtitle_after(paragraphs, index, body, locator)
    del paragraphs[index]
    if styled:
        walk.headings.insert(0, title)
    return title, standfirst
