"""Runs of two or more spaces inside prose, found in the source text.

The document model holds whitespace-collapsed text, so the runs are read from the
source, inside the blocks the parsers found as prose (paragraphs, list items,
headings): code, tables, front matter, attributes and indentation are never prose.

What a reader sees decides what is a run:

* **HTML** collapses whitespace: ``a   b`` or a line break and indentation show as
  one space, so literal runs in the source are never reported. Only non-breaking
  spaces (``&nbsp;``, ``&#160;``, U+00A0) add width: each one shows, and each
  stretch of ordinary whitespace between them shows as one more space
  (``a &nbsp;b`` is two spaces on screen). The fix deletes the non-breaking spaces
  (the ordinary whitespace left shows as one space) or, in a run of non-breaking
  spaces only, all but the first (the words stay joined, as the writer meant).
* **Markdown and plain text** are the draft itself: the writer reads the source,
  plain-text and e-mail outputs keep every space, and editors paste it into CMS
  fields that turn a second space into ``&nbsp;``. Every space counts, and the fix
  keeps one. Markdown's hard line break (two spaces at a line's end) and indentation
  are not runs: a run must have text on both sides on one line. Runs that line up
  with a run on another line of the same block are column alignment, not a slip.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from auditor.model import Document, SpaceRun
from auditor.sources.lines import line_starts, lone_returns
from auditor.text.lazyre import LazyPattern, lazy_pattern

# A run in Markdown and text: spaces and non-breaking spaces, two or more.
_PLAIN_RUN = LazyPattern(r"(?:[ \xa0]|&nbsp;|&#0*160;|&#x0*a0;){2,}", re.I)
_PLAIN_TOKEN = lazy_pattern(r"[ \xa0]|&nbsp;|&#0*160;|&#x0*a0;", re.I)
# Markup inside a Markdown line whose spaces are not prose: code spans, tags, link
# destinations ("](url "title")"), autolinks.
_MASKED = LazyPattern(r"(`+)(?:(?!\1).)+?\1|<[^<>]*>|\]\([^()]*(?:\([^()]*\)[^()]*)*\)", re.S)
# The start of a line that is structure, not text: indentation, quote marks, a list
# marker or a heading's hashes and the spaces after them.
_PREFIX = LazyPattern(r"[ \t]*(?:>[ \t]*)*(?:(?:[-*+•·–]|\d{1,9}[.)]|#{1,6})(?:[ \t]+|$))?")
_LIST_OR_BLOCK = LazyPattern(r"[ \t]*(?:[-*+•]|\d{1,9}[.)])[ \t]|[ \t]*(?:#|>|\||```|~~~)")
_HTML_BLOCK = lazy_pattern(
    r"[ \t]*<(?:p|div|section|article|aside|figure|figcaption|blockquote|table|ul|ol|li|dl|h[1-6]|header"
    r"|footer|main|center|details|summary)[\s/>]", re.I)
_SENTENCE_END = lazy_pattern(r"[.!?][\"'”’»)\]]*$")

_TAG = lazy_pattern(r"<(/?)([A-Za-z][\w:-]*)[^<>]*>")
_ENTITY = lazy_pattern(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
_COLLAPSIBLE = " \t\n\r\f"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\xad"
# Characters the block scanner reads one by one (markup, entities, spaces, invisible ones);
# a stretch of the others is plain text, matched against the block's text in one step.
_NOT_PLAIN = frozenset("<&\xa0" + _COLLAPSIBLE + _INVISIBLE)
_PLAIN = lazy_pattern("[^" + re.escape("".join(sorted(_NOT_PLAIN))) + "]+")
# Elements whose text is never prose, and those where spacing is the code's own.
_SKIPPED = frozenset({"script", "style", "template", "noscript", "svg", "math", "head", "title", "textarea"})
_CODE = frozenset({"code", "pre", "kbd", "samp", "tt", "var"})
_BREAKS = frozenset(
    {"address", "article", "aside", "blockquote", "body", "br", "center", "dd", "details",
     "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
     "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td",
     "tfoot", "th", "thead", "tr", "ul", "summary", "form", "fieldset", "img"}
)
_WORD_CAP = 30
_LINK_TAIL = lazy_pattern(r"\]\(.*$")


def find_space_runs(text: str, doc: Document) -> tuple[SpaceRun, ...]:
    """Every run of two or more visible spaces inside ``doc``'s prose, in source order.
    ``text`` is the decoded source ``doc`` was parsed from."""
    if doc.format == "html":
        blocks = _blocks(doc)
        if not blocks:
            return ()
        # A lone CR is a line break to the HTML reader too (auditor.sources.html).
        lone_cr = lone_returns(text)
        runs = list(_html_runs(_Lines(text, lone_cr=lone_cr), blocks))
    elif doc.format in ("markdown", "text"):
        runs = list(_plain_runs(_Lines(text, lone_cr=True), doc))
    else:
        return ()
    unique = {(r.line, r.column): r for r in runs}
    return tuple(sorted(unique.values(), key=lambda r: (r.line, r.column)))


class _Lines:
    """Line starts of a source, split where its reader splits lines: HTML (libxml2) at
    LF only (a page with lone CRs is read with LF there), Markdown and plain text also
    at a lone CR, as editors and the LSP do."""

    def __init__(self, text: str, lone_cr: bool = False) -> None:
        self.text = text
        self.starts: Sequence[int]
        self._ends: list[int] | None = None
        if lone_cr:
            breaks = list(re.finditer(r"\r\n|\r|\n", text))
            self.starts = [0, *(m.end() for m in breaks)]
            self._ends = [*(m.start() for m in breaks), len(text)]
        else:  # LF only: the HTML parser's lines, already measured by the locator
            self.starts = line_starts(text)

    @property
    def ends(self) -> list[int]:
        """Where each line ends (before its LF): only Markdown and text read whole lines,
        so an HTML page never builds them."""
        if self._ends is None:
            self._ends = [start - 1 for start in self.starts[1:]]
            self._ends.append(len(self.text))
        return self._ends

    def offset(self, line: int, column: int) -> int:
        return self.starts[min(max(line, 1), len(self.starts)) - 1] + max(column, 1) - 1

    def position(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self.starts, offset)
        return i, offset - self.starts[i - 1] + 1

    def line(self, number: int) -> str:
        if not 1 <= number <= len(self.starts):
            return ""
        return self.text[self.starts[number - 1] : self.ends[number - 1]].rstrip("\r")


def _blocks(doc: Document) -> list[tuple[str, int, int, int]]:
    """(text, line, column, last line) of every prose block; a list item's last line
    is -1: its continuation lines are found in the source."""
    out = [(p.text, p.line, p.column, p.line + len(p.breaks)) for p in doc.paragraphs]
    out += [(i.text, i.line, i.column, -1) for i in doc.list_items]
    out += [(h.text, h.line, h.column, h.line) for h in doc.headings]
    return [b for b in out if b[0]]


def _word(text: str, last: bool) -> str:
    """The word next to a run, without Markdown markup ("[a" → "a", "b](url)" → "b")."""
    words = text.split()
    if not words:
        return ""
    word = _LINK_TAIL().sub("", words[-1] if last else words[0]).strip("[]*_`") or (words[-1] if last else words[0])
    return word[-_WORD_CAP:] if last else word[:_WORD_CAP]


def _merge(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Adjacent (offset, length) spans joined: one edit each."""
    out: list[list[int]] = []
    for start, length in sorted(spans):
        if out and out[-1][0] + out[-1][1] == start:
            out[-1][1] += length
        else:
            out.append([start, length])
    return tuple((a, b) for a, b in out)


# ------------------------------------------------------------------ Markdown, text


def _plain_runs(lines: _Lines, doc: Document) -> Iterator[SpaceRun]:
    html_blocks: list[tuple[str, int, int, int]] = []
    found: list[tuple[SpaceRun, int]] = []  # each run with the column where it ends
    for text, first, column, last in _blocks(doc):
        source = lines.line(first)
        if doc.format == "markdown" and _HTML_BLOCK().match(source, column - 1):
            html_blocks.append((text, first, column, last))  # a raw HTML block: read as HTML
            continue
        if last < 0:
            last = first
            while last < len(lines.starts) and _continues(lines.line(last + 1)) and last - first < 200:
                last += 1  # a list item's continuation lines
        found.extend(_block_plain_runs(lines, text, first, column, last))
    # Column alignment (a table typed with spaces): runs ending at one column on
    # neighbouring lines.
    ends = {(run.line, end) for run, end in found}
    for run, end in found:
        if (run.line - 1, end) not in ends and (run.line + 1, end) not in ends:
            yield run
    yield from _html_runs(lines, html_blocks)


def _continues(line: str) -> bool:
    return bool(line.strip()) and not _LIST_OR_BLOCK.match(line)


def _block_plain_runs(lines: _Lines, text: str, first: int, column: int, last: int) -> Iterator[tuple[SpaceRun, int]]:
    for number in range(first, last + 1):
        source = lines.line(number)
        masked = _MASKED.sub(lambda m: "x" * len(m.group(0)), source)
        prefix = _PREFIX.match(masked)
        assert prefix is not None  # the pattern matches ""
        begin = prefix.end()
        if number == first:
            begin = max(begin, column - 1)
        for m in _PLAIN_RUN.finditer(masked, begin):
            if m.end() >= len(masked) or masked[m.end()].isspace() or not masked[begin:m.start()].strip():
                continue  # a hard line break, trailing or leading space: not between words
            tokens = [(t.start(), len(t.group(0)), t.group(0) == " ") for t in _PLAIN_TOKEN().finditer(m.group(0))]
            keep = next((k for k, t in enumerate(tokens) if t[2]), 0)
            before = _word(source[:m.start()], last=True)
            run = SpaceRun(
                line=number,
                column=m.start() + 1,
                width=len(tokens),
                before=before,
                after=_word(source[m.end():], last=False),
                after_sentence=bool(_SENTENCE_END().search(before)),
                drop=_merge((t[0], t[1]) for k, t in enumerate(tokens) if k != keep),
                context=text,
            )
            yield run, m.end() + 1


# ------------------------------------------------------------------ HTML


def _html_runs(lines: _Lines, blocks: list[tuple[str, int, int, int]]) -> Iterator[SpaceRun]:
    """Runs in the HTML blocks that hold a non-breaking space: each block is walked
    in the source alongside its collapsed text, so only text a reader sees counts."""
    if not blocks:
        return
    source = lines.text
    starts = sorted({(lines.offset(line, column), text) for text, line, column, _ in blocks})
    offsets = [s for s, _ in starts]
    # Only the non-breaking spaces a block's reach may hold are read below (one past the
    # last block's start is matched with that block alone): the page's head, its scripts'
    # "&"s and the footer are not looked through.
    nbsps = _nbsp_offsets(source, offsets[0], offsets[-1] + _reach(starts[-1][1]))
    wanted: set[int] = set()
    for at in nbsps:
        i = bisect_right(offsets, at) - 1
        if i >= 0 and at < offsets[i] + _reach(starts[i][1]):
            wanted.add(i)
    for i in sorted(wanted):
        start, text = starts[i]
        yield from _walk_block(lines, start, text)


# The entity spellings of a non-breaking space. The pattern starts with a literal "&",
# so the regex engine skips to each "&" in C; an alternation that also starts with
# "\xa0" has no such prefix and was ten times slower on pages full of "&amp;".
_NBSP_ENTITY = lazy_pattern(r"&(?:nbsp|NBSP|Nbsp|#160|#x[aA]0);")


def _nbsp_offsets(source: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets of the non-breaking spaces in ``source`` that may join a run: the
    character itself (``str.find``) and its usual entity spellings (one regex pass);
    with ``start`` and ``end``, those starting in ``source[start:end]``."""
    end = len(source) if end is None else min(end, len(source))
    # An entity holds one "&", so none found from ``start`` on overlaps one before it;
    # the longest spelling is 6 characters, so one starting before ``end`` ends before
    # ``end + 6``.
    found = [m.start() for m in _NBSP_ENTITY().finditer(source, start, end + 6)
             if m.start() < end and _may_join(source, m.start(), m.end() - m.start())]
    at = source.find("\xa0", start, end)
    while at >= 0:
        if _may_join(source, at, 1):
            found.append(at)
        at = source.find("\xa0", at + 1, end)
    return sorted(found)


def _may_join(source: str, at: int, size: int) -> bool:
    """Whether the non-breaking space at ``at`` may be part of a run: it touches
    whitespace, another non-breaking space (an entity ends in ";") or a tag. A lone
    one between two letters ("10&nbsp;km") is not, and is skipped cheaply."""
    before = source[at - 1] if at else ""
    after = source[at + size] if at + size < len(source) else ""
    return before in _JOINS or after in _JOINS or after == "&"


_JOINS = frozenset(" \t\r\n\f\xa0;<>")


def _reach(text: str) -> int:
    """How far past its start a block's source may run (markup included)."""
    return 40 * len(text) + 4000


@dataclass(slots=True, repr=False, eq=False)  # working state: no value == or repr to build
class _Run:
    """A run of spaces being collected while one block's source is scanned: where it began and its space tokens."""

    start: int
    words_before: int  # offset into the block's text where the run began
    tokens: list[tuple[int, int, bool]] = field(default_factory=list)  # offset, length, non-breaking
    code: bool = False


def _walk_block(lines: _Lines, start: int, text: str) -> Iterator[SpaceRun]:
    # Complexity ~19 on purpose: a scanner over the raw source of one block (positions must be
    # exact); each branch is one kind of markup to read or skip, or a fast step over plain text.
    import html  # HTML pages only: a plain-text or Markdown check never loads its entity table

    source = lines.text
    tag_at, entity_at, word_at = _TAG().match, _ENTITY().match, _PLAIN().match  # the loop's patterns, bound once
    first = tag_at(source, start)
    if first is not None and first.group(2).lower() in ("td", "th"):
        return  # table cells: spacing there is layout
    i, j, n = start, 0, len(text)
    limit = min(len(source), start + _reach(text))
    run: _Run | None = None
    code = 0  # depth of code elements
    fresh = True  # at the start of a line: spaces here are indentation, not a run
    while j < n and i < limit:
        c = source[i]
        if run is None and c in _COLLAPSIBLE and i + 1 < limit and source[i + 1] not in _NOT_PLAIN:
            i += 1  # one space between words (the usual gap) is a run of width 1: never reported
            continue
        if c == "<":
            if source.startswith("<!--", i):
                end = source.find("-->", i)
                i = end + 3 if end >= 0 else limit
                continue
            tag = tag_at(source, i)
            if tag is not None:
                closing, name = tag.group(1) == "/", tag.group(2).lower()
                i = tag.end()
                if name in _SKIPPED and not closing:
                    close = re.compile(rf"</{re.escape(name)}\s*>", re.I).search(source, i)
                    i = close.end() if close else limit
                elif name in _CODE:
                    code = max(code + (-1 if closing else 1), 0)
                if name in _BREAKS:
                    run, fresh = None, True  # a line break or block edge: what follows starts a line
                continue
        if c == "&":
            entity = entity_at(source, i)
            size = len(entity.group(0)) if entity else 1
            ch = html.unescape(entity.group(0)) if entity else c
        else:
            ch, size = c, 1
        if ch == "\xa0" or (len(ch) == 1 and ch in _COLLAPSIBLE):
            if run is None:
                run = _Run(i, 0 if fresh else j, code=code > 0)
            run.tokens.append((i, size, ch == "\xa0"))
            i += size
            continue
        if ch in _INVISIBLE:
            i += size
            continue
        if text[j] == " " and not text.startswith(ch, j):
            j += 1
        if not text.startswith(ch, j):
            return  # the source holds text the block does not (dropped chrome): stop here
        if run is not None and run.words_before > 0 and not run.code:
            found = _html_run(lines, run, text, j)
            if found is not None:
                yield found
        run, fresh = None, False
        j += len(ch)
        i += size
        # The rest of the word at once, when the block's text has it as it stands: each
        # character would pass the checks above one by one with nothing to record.
        word = word_at(source, i, limit)
        if word is not None and text.startswith(word.group(), j):
            i = word.end()
            j += word.end() - word.start()


def _html_run(lines: _Lines, run: _Run, text: str, j: int) -> SpaceRun | None:
    width, collapsible = 0, False
    for _at, _size, nbsp in run.tokens:
        if nbsp:
            width += 1
            collapsible = False
        elif not collapsible:
            width += 1
            collapsible = True
    if width < 2:
        return None
    nbsps = [(at, size) for at, size, nbsp in run.tokens if nbsp]
    plain = any(not nbsp for _at, _size, nbsp in run.tokens)
    dropped = nbsps if plain else nbsps[1:]
    line, column = lines.position(run.start)
    before = _word(text[: run.words_before], last=True)
    return SpaceRun(
        line=line,
        column=column,
        width=width,
        before=before,
        after=_word(text[j:], last=False),
        after_sentence=bool(_SENTENCE_END().search(before)),
        drop=_merge((at - run.start, size) for at, size in dropped),
        context=text,
    )


def with_space_runs(doc: Document, raw: bytes) -> Document:
    """``doc`` with its space runs, read from ``raw`` decoded as the parser did (the
    decoding keeps every line and column where the parser saw it)."""
    from auditor.record import replace
    from auditor.sources import SourceError
    from auditor.sources.encoding import decode

    if doc.format not in ("html", "markdown", "text"):
        return doc
    try:
        text = decode(raw, html=doc.format == "html")
    except SourceError:
        return doc
    if doc.format == "html":
        from auditor.sources.html.viewsource import view_source_page

        text = view_source_page(text) or text  # the page the parser read
    return replace(doc, space_runs=find_space_runs(text.lstrip("\ufeff"), doc))
