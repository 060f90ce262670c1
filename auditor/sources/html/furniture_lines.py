"""Paragraphs that are a line of the page's furniture rather than the story's prose, told
where the walk meets them (their links stay links, their pictures' credits stay credits):

- a picture's credit (or caption and credit) set as a paragraph of its own under the picture
  ("<p><em>Photo: Jane Doe/Reuters</em></p>", "Foto: dpa", "Crédit photo : AFP", "Bild:
  Keystone", "圖片來源：中央社"), as block editors write it when the theme shows no caption
  (a Paragraph block under an Image block) and as newsrooms' templates put a credit ``<p>``
  in the picture's box: the picture's credit, which the image rules read, not the story's words;
- a line that is a glyph and a link and nothing else ("► <a>…</a>", "→ <a>Read more</a>",
  "» <a>Mehr zum Thema</a>"): a pointer set between paragraphs (a teaser, a shop button, a
  "more" link), whose link the link rules still check but whose words are no sentence.
"""

from __future__ import annotations

from typing import Any

from auditor.sources.html.text import text_of
from auditor.text.credits import split_credit, starts_like_credit

Element = Any  # lxml.html.HtmlElement

# A credit line is short: "Photo: Nelson Almeida/AFP/Getty Images"; a caption with its credit
# a sentence or two.
_CREDIT_CHARS = 120
_CAPTION_CHARS = 300
# A credit line is a label and a name or two ("Photos by Shardayyy/Flickr Creative Commons,
# Google, and Venmo"); alone, with no picture beside it (the lead picture's, outside the body),
# fewer still.
_CREDIT_WORDS = 12
_LONE_CREDIT_WORDS = 10
# The boxes climbed from a paragraph to find the picture set right before it.
_BOX_DEPTH = 3
# Glyphs that point at a link: arrows, triangles, guillemets, a bullet.
GLYPHS = frozenset("►▶▸▹▷➤➜➔➙➛→⇒⟶»›•·◆◇■□▪●○✓✔☛👉")
# The words of a pointer's link: a headline or a button's label.
_POINTER_CHARS = 160


def picture_line(el: Element, text: str, picture: Element | None) -> tuple[str | None, str, bool] | None:
    """``(caption, credit, under)`` when paragraph ``el`` (its text ``text``) is the credit
    of a picture, or its caption closed by a credit: set right under ``picture`` (the last
    picture the walk met: in the same box, or in the box just before; ``under`` is then True),
    or, a credit alone ("Photo: Jane Doe/Reuters"), anywhere. None for the story's sentences."""
    if len(text) > _CAPTION_CHARS:
        return None
    found = split_credit(text)
    if found is None:
        return None
    caption, credit = found
    near = picture is not None and _under(el, picture)
    if caption is None:
        # A credit first: "Photo: …", "Courtesy of …", "Quelle: …". Alone it must be short,
        # a label and a name ("Source: the mayor's office said on Tuesday that…" is a sentence).
        words = len(text.split())
        if len(text) > _CREDIT_CHARS or not starts_like_credit(text) \
                or words > (_CREDIT_WORDS if near else _LONE_CREDIT_WORDS):
            return None
        return None, credit, near
    return (caption, credit, True) if near else None


def _under(el: Element, picture: Element) -> bool:
    """Whether ``el`` is set right under ``picture``: the element before it (or before the
    box it opens, up to ``_BOX_DEPTH`` boxes up) is or holds the picture, or they share a
    figure."""
    node = el
    for _ in range(_BOX_DEPTH):
        before = _previous(node)
        if before is not None:
            return before is picture or any(d is picture for d in before.iter(picture.tag))
        parent = node.getparent()
        if parent is None or (parent.text or "").strip():
            return False  # the box's own words stand before the line
        if parent.tag == "figure":
            return any(d is picture for d in parent.iter(picture.tag))
        node = parent
    return False


def _previous(el: Element) -> Element | None:
    """The element before ``el`` among its siblings, comments skipped; None when text
    stands between (the box's own words) or none is."""
    node = el.getprevious()
    while node is not None and not isinstance(node.tag, str):
        node = node.getprevious()
    return None if node is None or (node.tail or "").strip() else node


def pointer_line(el: Element, text: str) -> bool:
    """Whether paragraph ``el`` is a glyph and one or two links and nothing else ("► <a>
    Fifth Avenue closes</a>", "<a>Mehr zum Thema</a> »"): its words are the links'."""
    if len(text) > _POINTER_CHARS or not text or (text[0] not in GLYPHS and text[-1] not in GLYPHS):
        return False
    links = [a for a in el.iter("a") if a.get("href")]
    if not links or len(links) > 2:
        return False
    rest = text
    for a in links:
        words = text_of(a)
        if not words or words not in rest:
            return False
        rest = rest.replace(words, "", 1)
    return not any(ch.isalnum() for ch in rest)
