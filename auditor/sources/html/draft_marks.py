"""A word processor's review marks in its HTML export: the comments' anchors and texts, and
footnote markers in a heading, which are no words of the story.

- Google Docs, File > Download > Web page: a comment's anchor ``<sup><a href="#cmnt1"
  id="cmnt_ref1">[a]</a></sup>`` where it was made, and the comment at the end in a box of
  its own, ``<div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>Check this.</span></p>
  <p>…a reply…</p></div>``; a footnote's marker ``<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup>``.
- Word, Save as Web Page: a comment's anchor ``<a class=msocomanchor href="#_msocom_1">[AN1]</a>``;
  a footnote's ``<a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]</span></a>``.

Read as text, "[a]" and "[AN1]" stuck to the headline and to entries' titles ("Dry the
apples[a]") and the reviewers' notes were read as the story's closing paragraphs. Footnotes
stay the story's (their text is the writer's); only their marker in a heading goes, as a
reader sees it: a small raised number, not a word of the title.
"""

from __future__ import annotations

from typing import Any

from auditor.text.lazyre import LazyPattern

Element = Any  # lxml.html.HtmlElement

_COMMENT_ANCHOR = LazyPattern(r"^#(?:cmnt\d+|_msocom_\d+)$")
_COMMENT_BACK = LazyPattern(r"^#cmnt_ref\d+$")
_FOOTNOTE_ANCHOR = LazyPattern(r"^#(?:ftnt\d+|_ftn\d+)$")
_MARK_TEXT = LazyPattern(r"^\[\w{1,5}\]$")
_MARK_STARTS = frozenset({"#c", "#_", "#f"})  # the anchors' first characters
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def drop_draft_marks(body: Element) -> None:
    """Take the export's comment anchors and comment boxes out of ``body``, and footnote
    markers out of its headings (see the module's doc). A mark is only a link of a few
    characters in brackets ("[a]", "[AN1]", "[1]") to one of the export's own anchors."""
    doomed: list[Element] = []
    for a in body.iter("a"):
        href = a.get("href")
        if not href or href[:2] not in _MARK_STARTS:  # most links: an address, or "#top"
            continue
        if not _MARK_TEXT.match(" ".join((a.text_content() or "").split())):
            continue
        if _COMMENT_ANCHOR.match(href) or (_FOOTNOTE_ANCHOR.match(href) and _in_heading(a)):
            doomed.append(_raised(a))
        elif _COMMENT_BACK.match(href):
            doomed.append(_comment_box(a))
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()  # keeps the text after it


def _in_heading(el: Element) -> bool:
    return any(anc.tag in _HEADINGS for anc in el.iterancestors())


def _raised(a: Element) -> Element:
    """The anchor's <sup> when it holds nothing else, else the anchor."""
    sup = a.getparent()
    if sup is not None and sup.tag == "sup" and len(sup) == 1 and not (sup.text or "").strip() \
            and not (a.tail or "").strip():
        return sup
    return a


def _comment_box(a: Element) -> Element:
    """The box of a comment at the export's end: the paragraph the back-anchor opens and, where
    that paragraph opens a <div> of its own, the div with the replies."""
    para = a.getparent()
    while para is not None and para.tag not in ("p", "div"):
        para = para.getparent()
    if para is None:
        return a
    box = para.getparent()
    if para.tag == "p" and box is not None and box.tag == "div" and box.index(para) == 0 \
            and not (box.text or "").strip():
        return box
    return para

