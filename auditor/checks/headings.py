"""The article's outline: one H1, no skipped levels, no empty, duplicate, long or
link-only headings, and subheadings often enough to scan.

Which rule owns a level jump from the headline to the first subheading:
``headings.level_skip`` when the H1 is in the document (the skip is visible), and
``headings.first_subheading`` when it is not (a CMS body or front matter Markdown
whose template renders the H1: the skip is likely but not certain).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

from auditor.checks import Hit, Params, check, excerpt
from auditor.checks.headline import ending_punctuation
from auditor.model import Document, Heading, ListItem
from auditor.text.lazyre import lazy_pattern


def _is_headline(doc: Document, heading: Heading) -> bool:
    return doc.is_headline(heading)


def _has_h1(doc: Document) -> bool:
    return any(h.level == 1 for h in doc.headings)


def _hit(heading: Heading, **data: object) -> Hit:
    return Hit(line=heading.line, column=heading.column, excerpt=heading.text, data=data)


@check("headings.single_h1")
def single_h1(doc: Document, params: Params) -> Iterator[Hit]:
    """More than one H1; or none where the document is the whole page.

    No H1 is only reported for an HTML page with a head (the headline then came from
    ``<title>``, which is not a visible heading) and for Markdown with no front matter
    title; never for plain text or for fragments and front matter Markdown, whose
    templates render the H1.
    """
    from auditor.checks.meta import page_kind

    # Empty H1s are empty-heading's (HD003) to report, not extra headlines.
    h1s = [h for h in doc.headings if h.level == 1 and not _is_empty(h.text)]
    # Copies of the headline (one for phones, one for desktops: one shows at a time)
    # are one H1.
    copies = [h for h in h1s if _is_headline(doc, h)]
    others = [h for h in h1s if not _is_headline(doc, h)]
    count = len(others) + (1 if copies else 0)
    if count > 1:
        keep = copies[0] if copies else others[0]
        for h in others:
            if h is not keep:
                yield _hit(h, count=count, fix="keep one H1 for the headline and make this one an H2")
        return
    if h1s or any(h.level == 1 for h in doc.headings):
        return
    kind = page_kind(doc)
    whole_page = (doc.format == "html" and kind == "page") or (
        doc.format == "markdown" and not doc.meta.front_matter.get("title")
    )
    if whole_page and doc.page_h1s:
        # The title's words are in an <h1> outside the article (a breadcrumb, a template
        # copy): the page has its H1, the article's own headline is not it.
        yield Hit(
            line=doc.headline_line,
            column=doc.headline_column,
            excerpt=doc.headline or "",
            data={"count": 0, "fix": "the page's H1 with the title sits outside the article (a breadcrumb or "
                                     "template copy); make the article's own headline the H1"},
        )
    elif whole_page:
        yield Hit(
            line=doc.headline_line,
            column=doc.headline_column,
            excerpt=doc.headline or "",
            data={"count": 0, "fix": "mark up the headline as the page's one H1"},
            severe=True,
        )


@check("headings.level_skip")
def level_skip(doc: Document, params: Params) -> Iterator[Hit]:
    """A heading more than one level deeper than the heading before it (h2 → h4).
    Empty headings are left to HD003: removing them is the fix."""
    previous: Heading | None = None
    for h in doc.headings:
        if _is_empty(h.text):
            continue
        if previous is not None and h.level > previous.level + 1:
            yield _hit(h, level=h.level, previous=previous.level, expected=previous.level + 1)
        previous = h


def _is_empty(text: str) -> bool:
    # Letters, digits and symbols (emoji included) are content; spaces, zero-width
    # characters and bare punctuation ("* * *") are not.
    return not any(unicodedata.category(c)[0] in "LNS" for c in text)


@check("headings.empty")
def empty(doc: Document, params: Params) -> Iterator[Hit]:
    """Headings with no text. A template's own heading left empty (a "rubric" or "dek"
    slot a script fills, a hidden gallery title) is not the writer's: only empty
    headings written in the text (no role class, or only the editor's formatting) are
    reported, as judged by reading."""
    for h in doc.headings:
        if _is_empty(h.text) and not h.templated:
            yield Hit(line=h.line, column=h.column, excerpt=h.text.strip(), data={"level": h.level})


def _key(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(" .:;,!?")


def _parents(headings: Sequence[Heading]) -> list[int]:
    """Index of each heading's parent (nearest earlier heading of a higher rank), -1
    for none."""
    parents: list[int] = []
    stack: list[int] = []
    for i, h in enumerate(headings):
        while stack and headings[stack[-1]].level >= h.level:
            stack.pop()
        parents.append(stack[-1] if stack else -1)
        stack.append(i)
    return parents


@check("headings.duplicate")
def duplicate(doc: Document, params: Params) -> Iterator[Hit]:
    """The same heading text twice among siblings. "Pros" under each product of a
    roundup is fine: different parents; two "Conclusion" H2s are not."""
    first: dict[tuple[int, str], Heading] = {}
    for h, parent in zip(doc.headings, _parents(doc.headings), strict=True):
        key = _key(h.text)
        if not key or _is_empty(key) or doc.is_headline(h):
            continue  # the headline printed twice (phone and desktop copies) is HD001's
        earlier = first.setdefault((parent, key), h)
        if earlier is not h:
            yield _hit(h, first_line=earlier.line, text=excerpt(h.text, 60))


@check("headings.length")
def length(doc: Document, params: Params) -> Iterator[Hit]:
    limit = int(params["max"])
    for h in doc.headings:
        text = " ".join(h.text.split())
        if len(text) > limit and not _is_headline(doc, h):
            yield _hit(h, length=len(text), max=limit, level=h.level)


_SENTENCES = re.compile(r"[.!?]\s+[\"“‘']?[A-Z]")  # two sentences in one heading
_MARKER_ONLY = lazy_pattern(r"^(?:#|no\.?\s*)?\d+$", re.IGNORECASE)


@check("headings.trailing_punctuation")
def trailing_punctuation(doc: Document, params: Params) -> Iterator[Hit]:
    chars = params["chars"]
    abbreviations = params["abbreviations"]
    sentence_words = int(params["sentence_words"])
    for h in doc.headings:
        text = " ".join(h.text.split())
        if not text or _is_headline(doc, h):
            continue
        if len(text.split()) >= sentence_words or _SENTENCES.search(text[:-1]):
            continue  # a standfirst set as a heading is prose: its period is grammar
        mark = ending_punctuation(text, chars, abbreviations)
        # "3." alone is an item number, not a sentence ending.
        if mark is not None and not _MARKER_ONLY().match(text[:-1].strip()):
            yield _hit(h, mark=mark, level=h.level)


@check("headings.link_only")
def link_only(doc: Document, params: Params) -> Iterator[Hit]:
    """Headings that are one link. When more than ``collapse`` headings of a level
    are (a gallery whose every item heading links to its slide), one hit at the first
    says how many: the fix is one template change, not eighty."""
    collapse = int(params["collapse"])
    by_level: dict[int, list[Heading]] = {}
    for h in doc.headings:
        if h.link_only and not _is_empty(h.text):
            by_level.setdefault(h.level, []).append(h)
    for level, found in sorted(by_level.items(), key=lambda kv: kv[1][0].line):
        if len(found) > collapse:
            yield _hit(found[0], level=level, also=f" (and {len(found) - 1} more H{level} headings like it)")
        else:
            for h in found:
                yield _hit(h, level=level, also="")


def _own_text_items(doc: Document) -> Iterator[ListItem]:
    """List items minus nested ones whose text a parent item already holds (parsers
    differ on whether a parent's text includes its sub-list)."""
    ancestors: list[ListItem] = []
    for item in doc.list_items:
        while ancestors and ancestors[-1].depth >= item.depth:
            ancestors.pop()
        if not any(item.text and item.text in a.text for a in ancestors):
            yield item
        ancestors.append(item)


Block = tuple[int, int, str]  # line, column, text


def _bold_lead(text: str, lead: int, max_words: int) -> str:
    """The bold run opening a paragraph when it reads as a title: a label on a line of
    its own ("PICTURE BOOKS") or a run-in head before the text ("ACHIY – Knitwear"),
    of at most ``max_words`` words; "" otherwise (a bold opening sentence is emphasis)."""
    head = text[:lead].strip()
    alone = lead >= len(text.rstrip())
    numbered = bool(_NUMBERED_LEAD().match(head))
    return head if head and (alone or numbered) and len(head.split()) <= max_words else ""


_NUMBERED_LEAD = lazy_pattern(r"\d{1,3}[.):]\s")


def _stretches(doc: Document, lead_words: int = 0) -> list[tuple[str, list[Block]]]:
    """The text between signposts, in source order, each with where it sits. A heading
    closes the stretch before it, and so does a numbered item of a top-level list: its
    number is a signpost a scanning reader sees (judged by reading: text set out as a
    numbered list was never a wall). Paragraphs after the list's last item run on as a
    stretch of their own. With ``lead_words``, a paragraph opening with a short bold
    title is a signpost too: the scanning reader sees it as a subheading."""
    items = list(_own_text_items(doc))
    item_blocks = {(i.line, i.column, i.text) for i in items}
    blocks = sorted({(p.line, p.column, p.text) for p in doc.paragraphs} | item_blocks)
    leads = ((p, _bold_lead(p.text, p.lead, lead_words)) for p in doc.paragraphs if p.lead and lead_words)
    marks = sorted({(h.line, h.column, f'under "{excerpt(h.text, 50)}"') for h in doc.headings}
                   | {(i.line, i.column, f'in list item "{excerpt(i.text, 50)}"')
                      for i in items if i.ordered and i.depth == 1}
                   | {(p.line, p.column, f'under the bold "{excerpt(head, 50)}"') for p, head in leads if head})
    stretches: list[tuple[str, list[Block]]] = [("before the first heading", [])]
    m = 0
    for block in blocks:
        while m < len(marks) and marks[m][:2] <= block[:2]:
            stretches.append((marks[m][2], []))
            m += 1
        where, members = stretches[-1]
        if where.startswith("in list item") and members and block not in item_blocks:
            stretches.append(("after a numbered list", []))
        stretches[-1][1].append(block)
    return stretches


@check("headings.distribution")
def distribution(doc: Document, params: Params) -> Iterator[Hit]:
    """A stretch of text longer than ``max`` words with no heading in it."""
    limit = int(params["max"])
    severe_over = int(params["severe"])
    from auditor.text.segment import word_count

    photo_words = int(params["photo_words"])
    for where, members in _stretches(doc, int(params["lead_words"])):
        total = sum(word_count(text) for _, _, text in members)
        if members and total > limit and not _photo_essay(doc, members, total, photo_words):
            line, column, text = members[0]
            yield Hit(
                line=line,
                column=column,
                excerpt=excerpt(text, 60),
                data={"words": total, "where": where, "max": limit, "severe": severe_over},
                severe=total > severe_over,
            )


def _photo_essay(doc: Document, members: list[Block], words: int, photo_words: int) -> bool:
    """The stretch is a photo essay: a captioned picture for every ``photo_words`` words
    or fewer (the pictures break the text; judged by reading, a gallery of 19 captioned
    photos was no wall of prose)."""
    if photo_words <= 0:
        return False
    first, last = members[0][0], members[-1][0]
    captioned = sum(1 for img in doc.images if img.caption and first <= img.line <= last)
    return captioned > 0 and words <= captioned * photo_words


@check("headings.first_subheading")
def first_subheading(doc: Document, params: Params) -> Iterator[Hit]:
    """With the H1 outside the document, the first subheading should be an H2."""
    if _has_h1(doc) or not doc.headings:
        return
    first = doc.headings[0]
    if first.level != 2:
        yield _hit(first, level=first.level)
