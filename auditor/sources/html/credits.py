"""An image's caption and credit: <figure>/<figcaption>, caption and credit classes,
credit labels ("Photo:"), data-credit attributes, credits written in the caption."""

from __future__ import annotations

import re
from typing import Any

from auditor.sources.html.images import count_images
from auditor.sources.html.text import TextBuilder, text_of
from auditor.text import credits
from auditor.text.credits import split_credit
from auditor.text.lazyre import LazyPattern

Element = Any  # lxml.html.HtmlElement


_CAPTION_CLASS = LazyPattern(r"caption", re.I)
_CREDIT_CLASS = LazyPattern(r"credit|source|copyright|attribution|photographer|byline", re.I)
_CREDIT_TEXT = credits.ANY
# A credit element holding only its label: "Credit:", "Photo:", "©".
_CREDIT_LABEL = credits.LABEL_ONLY
_CREDIT_ATTRS = ("data-credit", "data-photo-credit", "data-image-credit")


def caption_and_credit(img: Element) -> tuple[str | None, str | None]:
    container, caption = None, None
    # libxml2 nests an <img> inside each unclosed <source> of a <picture>: those levels
    # are not the page's, and do not count towards the six looked through.
    chain = list(img.iterancestors())
    around = set(chain)  # never a caption or credit of the picture they hold
    ancestors = [a for a in chain if a.tag != "source"]
    for depth, anc in enumerate(ancestors):
        if depth > 5 or anc.tag in ("body", "article", "main", "html"):
            break
        if anc.tag == "figure":
            container = anc
            cap = next(anc.iter("figcaption"), None)
            caption = text_of(cap) if cap is not None else None
            break
        if count_images(anc, 2) > 1:
            # A box of several pictures (an "enlarge" copy, a gallery): only a caption
            # box set right after this picture's own box is its caption.
            box = _next_element(ancestors[depth - 1] if depth else img)
            if box is not None and _CAPTION_OR_CREDIT.search(_names(box)):
                cap = _find_class(box, _CAPTION_CLASS, img, around)
                container, caption = box, (text_of(cap) if cap is not None else None)
            break
        cap = _find_class(anc, _CAPTION_CLASS, img, around)
        if cap is not None:
            container, caption = anc, text_of(cap)
            break
    credit = None
    if container is not None:
        el = _find_class(container, _CREDIT_CLASS, img, around, itemprop=True)
        if el is None:
            # <figure>…<cite>Jane Doe/Getty Images</cite></figure>
            el = next((c for c in container.iter("cite") if c not in around), None)
        if el is not None:
            credit = _credit_of(el)
        if credit and caption:
            caption = _strip_credit(caption, credit)
    if credit is None:  # a credit only the markup carries: <img data-credit="EPA">
        credit = next((" ".join(v.split()) for v in (img.get(a) for a in _CREDIT_ATTRS)
                       if v and v.strip()), None)
    if credit is None and caption:
        # One credit vocabulary with Markdown and plain text ("Photo Credit | Tom Reyes",
        # "Foto: …", "Courtesy of …"); agency names and © as a fallback.
        split = split_credit(caption)
        if split is not None and split[0]:  # "Caption. Photo: X"; a credit first keeps the caption whole
            caption, credit = split
        else:
            credit = _credit_in(caption)
    return caption or None, credit


_CONTROL_NAME = LazyPattern(r"(?:^|[\s_-])(?:hide|toggle|show|close|expand|collapse|btn|button)(?:$|[\s_-])", re.I)
_CAPTION_OR_CREDIT = LazyPattern(f"{_CAPTION_CLASS.pattern}|{_CREDIT_CLASS.pattern}", re.I)


def _names(el: Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _next_element(el: Element | None) -> Element | None:
    """The element after ``el`` among its siblings (comments skipped)."""
    node = el.getnext() if el is not None else None
    while node is not None and not isinstance(node.tag, str):
        node = node.getnext()
    return node


def _credit_of(el: Element) -> str | None:
    """The credit an element gives; for a bare label ("<span>Credit:</span> AFP")
    the name written after it."""
    text = text_of(el)
    if not _CREDIT_LABEL().match(text):
        return text or None
    t = TextBuilder(el.sourceline or 1)
    t.add(el.tail)
    node = el.getnext()
    while node is not None:
        if isinstance(node.tag, str):
            t.add_tree(node)
        t.space = True
        t.add(node.tail)
        node = node.getnext()
    name = t.value
    if not name and el.getparent() is not None and el.getparent().tag != "figure":
        # The label sits alone in its own wrapper: the name follows the wrapper.
        return _credit_of(el.getparent()) if _CREDIT_LABEL().match(text_of(el.getparent())) else None
    return name or None


def _strip_credit(caption: str, credit: str) -> str:
    """The caption without a credit line written at its end ("… Credit: AFP")."""
    if caption == credit or not caption.endswith(credit):
        return caption
    rest = caption[: -len(credit)].rstrip()
    # Drop a label left behind ("Credit:"), if the whole tail is one.
    for cut in range(max(len(rest) - 30, 0), len(rest)):
        if (cut == 0 or rest[cut - 1].isspace()) and _CREDIT_LABEL().match(rest[cut:]) \
                and rest[cut:].strip():
            return rest[:cut].rstrip()
    return rest


def _find_class(root: Element, pattern: LazyPattern, img: Element, ancestors: set[Element],
                itemprop: bool = False) -> Element | None:
    """The first element below ``root`` whose class (or itemprop) matches, narrowed
    to its innermost matching descendant ("caption-source" → "caption"); ``img`` and
    its ``ancestors`` are never it."""
    best = None
    for el in root.iter():
        if el is img or el in ancestors or not isinstance(el.tag, str):
            continue
        names = el.get("class") or ""
        if itemprop:
            names += " " + (el.get("itemprop") or "")
        if not names.strip() or not pattern.search(names):
            continue
        if _CONTROL_NAME.search(names):
            continue  # "hide-caption", "toggle-caption": the caption's button, not its text
        if best is None:
            best = el
        elif any(a is best for a in el.iterancestors()):
            best = el
        else:
            break
    return best


def _credit_in(caption: str) -> str | None:
    match = _CREDIT_TEXT().search(caption)
    if match is None:
        return None
    start = match.start()
    opening = caption.rfind("(", 0, start)
    if opening >= 0 and ")" not in caption[opening:start]:
        start = opening + 1
        end = caption.find(")", start)
        return caption[start : end if end > 0 else None].strip() or None
    return caption[start:].strip() or None


