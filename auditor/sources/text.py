"""Plain text → :class:`~auditor.model.Document`: articles pasted out of a CMS or
scraped from a page, where the structure survives only as line layout.

How lines are read (in this order):

* Blank lines (spaces, tabs and no-break spaces count as blank) separate blocks.
  Inside a block, single newlines join lines into one paragraph (recorded in
  ``Paragraph.breaks``), except after a long line (over 120 characters) that ends a
  sentence: that is an unwrapped paragraph from a scraper, so the next line starts a
  new one.
* The **headline** is the first substantial line before the body starts: a single
  line that is not site chrome ("Site icon …", "Skip to content"), a byline, a date
  or a category line ("Pakistan, Liberation"), has at most 30 words, does not end
  with a full stop or hold two sentences, and has at least 4 words (3 in Title
  Case: two-word lines are menu items far more often than headlines). It also
  becomes the outline's level-1 heading.
* A line with a number marker (``1.``, ``1)``, ``#1``, ``No. 1``, ``(1)``, ``[1]``,
  ``1 -``, a keycap ``1️⃣``) is an **item heading** (level 2) when it stands alone (no
  other numbered line right before or after it in its block), is not indented, has
  under 20 words, and does not read as a sentence (a full stop after more than 8
  words); one that reads as a sentence or runs up to 30 words is one too when the
  item heading before it is numbered one less or the one after it one more (its
  number goes on their run). Otherwise it is an ordered list item. Bulleted lines
  (``-``, ``*``, ``•``) are unordered list items.
* Numbered lines under a related-stories label ("Also Read", "Related", "Read
  more", "You may also like" …) are list items, never headings, until the next
  paragraph: they are links to other articles, not listicle entries.
* Other standalone short lines are level-2 **section headings** when they read as
  titles: Title Case ("Conclusion: A Defining Moment …"), a known section word
  ("Conclusion", "FAQ"), or a 3–12-word sentence-case line with no end punctuation
  directly above a body paragraph. Chrome ("Exit mobile version"), bylines,
  category lines and related-stories labels stay paragraphs; rules judge them.
* Image credit lines ("Photo Credit | (Social Media/BLA) | Indiatoday", "Image:
  …", "Courtesy of …"), alone or after a caption, become :class:`Image` records
  with ``src=None``; the caption part is kept as ``caption``.
* Plain text has no links: a bare "CLICK HERE." is a paragraph, left to rules.

Every step is a single pass over the lines, so a 100k-line file parses in linear
time. CRLF and CR line endings are normalised first, so line numbers count the way
an editor does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from auditor.model import Document, Heading, Image, ListItem, Paragraph
from auditor.sources import SourceOptions
from auditor.text import credits
from auditor.text.cues import RELATED_LINE

# ---------------------------------------------------------------------------
# Line patterns

from auditor.structure.markers import LINE_MARKER as _MARKER  # noqa: E402 - the one item-number grammar
from auditor.structure.markers import line_number  # noqa: E402 - the number a numbered line writes
_BULLET = re.compile(r"(?P<marker>[-*•·▪–])\s+(?P<text>\S.*)$")
_COMMENT_LINE = re.compile(r"^\s*<!--.*-->\s*$")

_CHROME = re.compile(
    r"^(?:site\s+(?:icon|logo)\b.*|exit\s+mobile\s+version|skip\s+to\s+(?:main\s+)?content|toggle\s+(?:navigation|menu)|"
    r"(?:main\s+)?menu|search|close|accessibility(?:\s+help)?|about(?:\s+us)?|contact(?:\s+us)?|breaking\s+news|share(?:\s+(?:this|on)\b.*)?|tweet|pin\s+it|whatsapp|facebook|twitter|linkedin|"
    r"advertisement|sponsored(?:\s+content)?|subscribe\b.*|sign\s+(?:in|up)\b.*|log\s?in|log\s?out|home|"
    r"comments?|\d+\s+comments?|leave\s+a\s+(?:comment|reply)|follow\s+us\b.*|print|e-?mail|copy\s+link|"
    r"continue\s+reading|back\s+to\s+top|(?:previous|next)(?:\s+(?:post|article|story))?|posted\s+in\b.*|"
    r"filed\s+under\b.*|tags?\s*:.*|categor(?:y|ies)\s*:.*|all\s+rights\s+reserved.*|©.*|copyright\b.*)\W*$",
    re.I,
)
_BYLINE = re.compile(
    r"^(?:by|written\s+by|posted\s+by|author|published(?:\s+on)?|updated(?:\s+on)?|last\s+updated|posted\s+on)\b"
    r"|\b\d+\s+min(?:ute)?s?\s+read\b",
    re.I,
)
_MONTH_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b",
    re.I,
)
_INNER_SENTENCE = re.compile(r"[a-z]{2}[.!?][\"”’]?\s+[A-Z]")
_TAG_SEPARATORS = re.compile(r"\s*(?:,|\||·|•|»|>|/)\s*")
_SECTION_WORDS = frozenset(
    "conclusion introduction summary verdict faq faqs takeaways overview background methodology "
    "references sources epilogue prologue recap".split()
)
# Lowercase words Title Case leaves alone.
_SMALL_WORDS = frozenset(
    "a an the and but or nor for so yet of in on at to by up as is are was be from into onto with "
    "via vs versus per than over off out it its".split()
)
_WORD = re.compile(r"[^\W_][\w'’.-]*", re.U)

_LONG_LINE = 120  # characters: longer lines are unwrapped paragraphs, not hard-wrapped ones
_SENTENCE_END = ('.', '!', '?', '."', '.”', "!”", "?”", '."', ".’", ".)")


split_credit = credits.split_credit  # where the HTML and Markdown readers find it too
starts_like_credit = credits.starts_like_credit


# ---------------------------------------------------------------------------
# Small predicates


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _collapse(text: str) -> str:
    return " ".join(text.split())


def is_title_case(text: str) -> bool:
    """Most significant words start with a capital (or a digit)."""
    words = _words(text)
    significant = [w for i, w in enumerate(words) if i == 0 or w.lower() not in _SMALL_WORDS]
    if not significant:
        return False
    capped = sum(1 for w in significant if w[0].isupper() or w[0].isdigit())
    return capped / len(significant) >= 0.8


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_SENTENCE_END)


def _is_chrome(text: str) -> bool:
    return bool(_CHROME.match(text))


def _is_meta_line(text: str) -> bool:
    """Bylines, dates and category/breadcrumb lines: short, list-like, no sentence."""
    words = _words(text)
    if _BYLINE.search(text) and (len(words) <= 12 or _MONTH_DATE.search(text)):
        return True
    if _MONTH_DATE.search(text) and len(words) <= 8:
        return True
    if ":" in text or _ends_sentence(text) or len(words) > 12:
        return False
    parts = [p for p in _TAG_SEPARATORS.split(text.strip()) if p]
    # "Pakistan, Liberation", "Home > Travel > Europe": short parts, no sentence.
    limit = 3 if any(sep in text for sep in "|·•»>/") else 2
    return len(parts) >= 2 and all(len(_words(p)) <= limit for p in parts)


def _is_headline(text: str) -> bool:
    words = _words(text)
    if not words or len(words) > 30 or text.rstrip().endswith((".", ",", ";", ":", ":-")):
        return False
    if _is_chrome(text) or _is_meta_line(text) or RELATED_LINE.match(text):
        return False
    credit = split_credit(text)
    if credit is not None and credit[0] is None:
        return False  # "Photo: Jane Doe" above the headline is a credit
    if len(words) > 12 and _INNER_SENTENCE.search(text):
        return False  # two sentences: the body has begun
    # "About Us", "Breaking News": two-word lines are menus far more often than headlines.
    return len(words) >= 4 or (len(words) == 3 and is_title_case(text))


# A numbered line in a run of item headings is a title up to this many words (a long question,
# "Name, role (followers): advice"); alone, under 20.
_SEQUENCED_TITLE_WORDS = 30


def _item_heading_ok(text: str, sentence: bool = False) -> bool:
    """Whether a numbered line is short enough for an item's title; ``sentence``: also when it
    reads as a sentence (a full stop after more than 8 words) or runs up to _SEQUENCED_TITLE_WORDS."""
    words = _words(text)
    if not words or len(words) >= (_SEQUENCED_TITLE_WORDS if sentence else 20):
        return False
    if text.rstrip().endswith((",", ";")):
        return False
    return sentence or not (text.rstrip().endswith(".") and len(words) > 8)


def _is_section_heading(text: str, next_words: int) -> bool:
    words = _words(text)
    if not words or len(words) > 14:
        return False
    stripped = text.rstrip()
    if stripped.endswith((".", ",", ";", ":", ":-", "…")):
        return False
    if _is_chrome(text) or _is_meta_line(text) or RELATED_LINE.match(text):
        return False
    if len(words) == 1:
        return words[0].lower() in _SECTION_WORDS
    head = words[0].lower()
    if head in _SECTION_WORDS and ":" in text:
        return True
    if stripped.endswith(("?", "!")) and len(words) > 12:
        return False
    if is_title_case(text):
        return True
    # Sentence-case subheads ("How we picked them") only right above body text.
    return 3 <= len(words) <= 12 and text[:1].isupper() and next_words >= 20 and not stripped.endswith(("?", "!"))


# ---------------------------------------------------------------------------
# Units: a run of lines read as one thing (paragraph, heading, list item…)


@dataclass(slots=True, repr=False, eq=False)  # working state: no value == or repr to build
class _Unit:
    """Lines of plain text read together: a numbered or bulleted line with the lines that
    continue it, or unmarked lines of one block."""

    lines: list[tuple[int, str]]  # (1-based line number, raw line)
    block: int  # index of the blank-line-separated block
    marked: bool = False  # starts with a number or bullet marker
    number: int | None = None
    marker: str = ""
    bullet: bool = False
    indent: int = 0
    body: list[str] = field(default_factory=list)  # line texts, marker stripped

    @property
    def line(self) -> int:
        return self.lines[0][0]

    @property
    def text(self) -> str:
        return _collapse(" ".join(self.body))

    @property
    def single(self) -> bool:
        return len(self.lines) == 1


def _blocks(lines: list[str]) -> list[list[tuple[int, str]]]:
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip() or _COMMENT_LINE.match(raw):
            if current:
                blocks.append(current)
                current = []
            continue
        current.append((number, raw))
    if current:
        blocks.append(current)
    return blocks


def is_hard_wrapped(blocks: list[list[tuple[int, str]]]) -> bool:
    """Was the text wrapped at a fixed width (lines break mid-sentence)?

    Scrapers and CMS exports put one paragraph per line: a line inside a block
    almost never ends mid-sentence with the next line going on in lowercase. One
    such break in twenty is enough to call the text wrapped."""
    internal = joins = 0
    for block in blocks:
        for (_, raw), (_, following) in zip(block, block[1:]):
            stripped = raw.strip()
            if _MARKER.match(stripped) or _BULLET.match(stripped):
                continue
            internal += 1
            if not stripped.endswith((".", "!", "?", ":", '"', "”")) and following.strip()[:1].islower():
                joins += 1
    return internal > 0 and joins * 20 >= internal


def _units(blocks: list[list[tuple[int, str]]]) -> list[_Unit]:
    wrapped = is_hard_wrapped(blocks)
    units: list[_Unit] = []
    for block_index, block in enumerate(blocks):
        current: _Unit | None = None
        for number, raw in block:
            stripped = raw.strip()
            indent = len(raw) - len(raw.lstrip())
            numbered = _MARKER.match(stripped)
            bullet = None if numbered else _BULLET.match(stripped)
            if numbered or bullet:
                match = numbered or bullet
                assert match is not None
                current = _Unit(
                    [(number, raw)], block_index, marked=True, number=line_number(numbered) if numbered else None,
                    marker=match.group("marker").strip(), bullet=bullet is not None, indent=indent,
                    body=[match.group("text")],
                )
                units.append(current)
                continue
            if current is not None and _continues(current, stripped, indent, wrapped):
                current.lines.append((number, raw))
                current.body.append(stripped)
                continue
            current = _Unit([(number, raw)], block_index, indent=indent, body=[stripped])
            units.append(current)
    return units


def _continues(unit: _Unit, stripped: str, indent: int, wrapped: bool) -> bool:
    """Does this line carry on ``unit`` rather than start a new unit?"""
    previous = unit.lines[-1][1].strip()
    if unit.marked:
        # A hanging indent, or (in wrapped text) a lowercase start, continues a
        # list item; an unindented capitalised line starts the item's body.
        return indent > unit.indent or (wrapped and stripped[:1].islower() and not unit.bullet)
    if starts_like_credit(stripped) and split_credit(stripped) is not None:
        # "Caption\nPhoto: X" is one caption; a credit never continues prose.
        return unit.single and len(_words(previous)) <= 30 and not unit.marked
    if not wrapped:
        return False  # one paragraph per line
    if len(previous) > _LONG_LINE and _ends_sentence(previous):
        return False  # an unwrapped paragraph inside wrapped text
    if _CHROME.match(previous) and previous[:1].isupper() or _CHROME.match(stripped) and stripped[:1].isupper():
        return False
    if unit.single and is_title_case(previous) and not _ends_sentence(previous) and len(_words(previous)) <= 14:
        return False  # a Title Case line above prose is a subheading
    return True


# ---------------------------------------------------------------------------


def _joined(unit: _Unit) -> tuple[str, tuple[int, ...]]:
    """The unit's lines as one text, and the offsets where its source lines break."""
    text_parts: list[str] = []
    breaks: list[int] = []
    length = 0
    for body in unit.body:
        piece = _collapse(body)
        if not piece:
            continue
        if text_parts:
            length += 1  # the joining space
            breaks.append(length)
        text_parts.append(piece)
        length += len(piece)
    return " ".join(text_parts), tuple(breaks)


def _paragraph(unit: _Unit, quote: bool = False) -> Paragraph:
    text, breaks = _joined(unit)
    return Paragraph(text, unit.line, unit.indent + 1, breaks, quote)


def _full_line(unit: _Unit) -> str:
    return _collapse(" ".join(raw for _, raw in unit.lines))


def parse_text(text: str, path: str, options: SourceOptions) -> Document:
    """Parse a plain-text article; see the module docstring for the reading rules."""
    from auditor.sources.directives import find_directives

    normalised = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    reader = _Reader(_units(_blocks(normalised.split("\n"))))
    reader.run()
    return Document(
        path=path,
        format="text",
        headline=reader.headline,
        headline_line=reader.headline_line,
        headline_column=reader.headline_column,
        lang=options.lang or "en",
        headings=tuple(reader.headings),
        paragraphs=tuple(reader.paragraphs),
        list_items=tuple(reader.items),
        images=tuple(reader.images),
        directives=find_directives(normalised),
        body_source="text",
    )


@dataclass(repr=False, eq=False)  # working state: no value == or repr to build
class _Reader:
    """One pass over the text's units: the headline, headings, list items, credits."""

    units: list[_Unit]
    headline: str | None = None
    headline_line: int = 1
    headline_column: int = 1
    headings: list[Heading] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    items: list[ListItem] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    looking_for_headline: bool = True
    related: bool = False
    list_index: int = -1
    indents: list[int] = field(default_factory=list)  # indent stack of the current list, for depth
    previous_was_list: bool = False

    sequenced: set[int] = field(default_factory=set)  # units read as item headings by their numbers' run

    def run(self) -> None:
        self.sequenced = self._sequenced()
        for i, unit in enumerate(self.units):
            if unit.marked:
                self._marked(i, unit)
            else:
                self._unmarked(i, unit)

    def _in_run(self, i: int) -> bool:
        """Marked units with a marked neighbour in the same block form a compact list."""
        units, unit = self.units, self.units[i]
        return any(
            0 <= j < len(units) and units[j].marked and units[j].block == unit.block and not units[j].bullet
            for j in (i - 1, i + 1)
        )

    def _sequenced(self) -> set[int]:
        """Numbered lines alone in their block that read as a sentence ("#5: Ryanair turned on the
        charm to attract more families.") but whose number goes on a run of item headings: the
        heading right before is numbered one less or the one right after one more. A writer ends
        some titles with a full stop; the run shows they are titles all the same."""
        alone = [i for i, u in enumerate(self.units) if u.marked and not u.bullet and u.indent == 0 and u.single
                 and u.number is not None and not self._in_run(i) and _item_heading_ok(u.text, sentence=True)]
        strict = {i for i in alone if _item_heading_ok(self.units[i].text)}
        found: set[int] = set()
        for k, i in enumerate(alone):
            if i in strict:
                continue
            number = self.units[i].number
            before = alone[k - 1] if k else None
            after = alone[k + 1] if k + 1 < len(alone) else None
            if (before in strict and self.units[before].number == (number or 0) - 1) \
                    or (after in strict and self.units[after].number == (number or 0) + 1):
                found.add(i)
        return found

    def _marked(self, i: int, unit: _Unit) -> None:
        self.looking_for_headline = False
        heading_ok = (
            not unit.bullet
            and not self.related
            and unit.indent == 0
            and not self._in_run(i)
            and unit.single
            and (_item_heading_ok(unit.text) or i in self.sequenced)
        )
        if heading_ok:
            self.headings.append(Heading(2, _full_line(unit), unit.line, unit.indent + 1))
            self.previous_was_list = False
            return
        if not self.previous_was_list:
            self.list_index += 1
            self.indents = []
        while self.indents and unit.indent < self.indents[-1]:
            self.indents.pop()
        if not self.indents or unit.indent > self.indents[-1]:
            self.indents.append(unit.indent)
        text, breaks = _joined(unit)
        self.items.append(
            ListItem(
                text, unit.line, unit.indent + 1, ordered=not unit.bullet,
                number=None if unit.bullet else unit.number, list_index=self.list_index,
                depth=len(self.indents), breaks=breaks,
            )
        )
        self.previous_was_list = True

    def _unmarked(self, i: int, unit: _Unit) -> None:
        self.previous_was_list = False
        self.related = False
        text_ = unit.text
        if self.looking_for_headline and unit.single and _is_headline(text_):
            self.headline, self.headline_line, self.headline_column = text_, unit.line, unit.indent + 1
            self.headings.append(Heading(1, text_, unit.line, unit.indent + 1))
            self.looking_for_headline = False
            return
        if self.looking_for_headline and (len(_words(text_)) >= 30 or len(self.paragraphs) >= 15):
            self.looking_for_headline = False  # the body has begun without a headline
        if RELATED_LINE.match(text_):
            self.related = True
            self.paragraphs.append(_paragraph(unit))
            return
        credit = split_credit(text_) if len(_words(text_)) <= 60 else None
        if credit is not None and _credit_unit(unit, text_, credit):
            caption, credit_text = credit
            self.images.append(Image(None, None, unit.line, unit.indent + 1, caption=caption, credit=credit_text))
            return
        if not self.looking_for_headline and unit.single and self.headline is not None:
            next_unit = self.units[i + 1] if i + 1 < len(self.units) else None
            next_words = len(_words(next_unit.text)) if next_unit is not None and not next_unit.marked else 0
            if _is_section_heading(text_, next_words):
                self.headings.append(Heading(2, text_, unit.line, unit.indent + 1))
                return
        self.paragraphs.append(_paragraph(unit))


def _credit_unit(unit: _Unit, text: str, credit: tuple[str | None, str]) -> bool:
    """Is this unit an image credit rather than prose that mentions a source?"""
    caption, _ = credit
    if caption is None:
        return len(_words(text)) <= 25
    # A caption with a trailing credit: the credit sits at the end of a short block.
    return len(_words(caption)) <= 50
