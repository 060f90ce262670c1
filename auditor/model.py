"""The document model every rule reads, and the result every writer renders.

Parsers (``auditor.sources``) turn bytes into a :class:`Document`; checks
(``auditor.checks``) turn a Document into findings; writers (``auditor.output``)
render a :class:`FileResult`. Everything here is a frozen, picklable dataclass so a
batch can run in worker processes unchanged.

Positions are 1-based ``line`` and ``column`` in the *source file* (front matter
included), so ``path:line:col`` points where an editor expects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Format = Literal["html", "markdown", "text"]
Level = Literal["error", "warning", "info"]
LEVELS: tuple[Level, ...] = ("error", "warning", "info")
CATEGORIES: tuple[str, ...] = (
    "headline",
    "headings",
    "images",
    "links",
    "readability",
    "listicle",
    "meta",
)


@dataclass(frozen=True, slots=True)
class Heading:
    level: int  # 1..6
    text: str  # whitespace-collapsed visible text
    line: int
    column: int = 1
    link_only: bool = False  # the heading's whole text is one link
    has_link: bool = False  # the heading contains a link


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str  # whitespace-collapsed visible text
    line: int
    column: int = 1
    # Offsets into ``text`` where the source started a new line, so a sentence found
    # at offset N sits on line ``line + bisect(breaks, N)``.
    breaks: tuple[int, ...] = ()
    quote: bool = False  # inside a blockquote


@dataclass(frozen=True, slots=True)
class ListItem:
    text: str
    line: int
    column: int = 1
    ordered: bool = False
    number: int | None = None  # the number a reader sees (ol start/value, "3.")
    list_index: int = 0  # which list in document order this item belongs to
    depth: int = 1  # nesting depth, 1 for a top-level list


@dataclass(frozen=True, slots=True)
class Image:
    src: str | None  # resolved from src, data-src, srcset…; None when none found
    alt: str | None  # None: no alt attribute at all; "": empty alt
    line: int
    column: int = 1
    title: str | None = None
    caption: str | None = None  # figcaption / caption text
    credit: str | None = None  # credit or source text ("Photo Credit: …")
    decorative: bool = False  # alt="" with role=presentation, aria-hidden, tracking pixel
    width: str | None = None
    height: str | None = None
    lazy: bool = False  # found via data-src/srcset/noscript rather than src


@dataclass(frozen=True, slots=True)
class Link:
    href: str | None  # None: no href attribute
    text: str  # visible anchor text (alt of an image inside when no text)
    line: int
    column: int = 1
    rel: tuple[str, ...] = ()
    target: str | None = None
    internal: bool | None = None  # None when no site URL is known to judge
    in_heading: bool = False
    has_image: bool = False  # the anchor wraps an image


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    line: int
    column: int
    words: tuple[str, ...]  # word tokens, digits and punctuation excluded
    paragraph: int  # index into Document.paragraphs


@dataclass(frozen=True, slots=True)
class Item:
    """One entry of a listicle: "3. Tribal Alliances…" and the text under it."""

    number: int | None  # the number shown, None for unnumbered item headings
    heading: str
    line: int
    column: int = 1
    words: int = 0  # words in the item's body (heading excluded)
    style: str = "heading"  # how it was found: heading, ordered-list, paragraph
    marker: str = ""  # numbering style as written: "1.", "1)", "#1", "No. 1", ""
    level: int = 0  # heading level, 0 when not a heading


@dataclass(frozen=True, slots=True)
class Directive:
    """An inline ``<!-- auditor-disable … -->`` comment."""

    action: Literal["disable", "enable", "disable-next-line"]
    rules: tuple[str, ...]  # empty: every rule
    line: int


@dataclass(frozen=True, slots=True)
class Meta:
    title: str | None = None  # SEO title: <title> or front matter seo_title
    description: str | None = None
    canonical: str | None = None
    lang: str | None = None  # as declared by the page or front matter
    robots: str | None = None
    keywords: str | None = None  # <meta name=keywords>, a spam signal
    slug: str | None = None
    keyphrase: str | None = None
    og: dict[str, str] = field(default_factory=dict)  # og:title → value
    # Where each field was declared, for findings: field name → line.
    lines: dict[str, int] = field(default_factory=dict)
    front_matter: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class HttpFacts:
    """How a page fetched over HTTP answered (``auditor check URL``); None for files."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int | None  # None: no answer (timeout, refused, TLS error)
    redirects: tuple[tuple[str, int], ...] = ()  # (url, status) of each hop, in order
    x_robots_tag: str | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class LinkCheck:
    """What the opt-in link checker (``--check-links``) learned about one link."""

    url: str  # absolute URL as checked
    line: int
    column: int = 1
    text: str = ""
    status: int | None = None  # final status; None: no answer
    final_url: str | None = None
    redirects: tuple[int, ...] = ()  # status of each redirect hop
    error: str | None = None  # "timed out", "TLS error: …", "connection refused"…
    elapsed_ms: int = 0
    fragment_missing: bool = False  # "#part" names no element of the target page
    https_works: bool = False  # an http:// link whose https:// twin answers


@dataclass(frozen=True, slots=True)
class Document:
    path: str
    format: Format
    headline: str | None = None  # the article's own headline as a reader sees it
    headline_line: int = 1
    headline_column: int = 1
    meta: Meta = field(default_factory=Meta)
    lang: str = "en"  # effective language (declared, configured or default)
    headings: tuple[Heading, ...] = ()  # in the article body, headline H1 included
    paragraphs: tuple[Paragraph, ...] = ()
    list_items: tuple[ListItem, ...] = ()
    images: tuple[Image, ...] = ()
    links: tuple[Link, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    items: tuple[Item, ...] = ()  # listicle items, in order
    headline_number: int | None = None  # the count the headline promises
    headline_number_at_least: bool = False  # "90+": at least that many
    directives: tuple[Directive, ...] = ()
    # Text the body extractor kept that looks like site chrome is left to rules; this
    # records what the extractor dropped, for reports ("nav", "aside", …).
    removed_chrome: tuple[str, ...] = ()
    body_source: str = ""  # how the body was found: "article", "main", "selector", …
    word_count: int = 0  # words in the body text, digits excluded
    # The language the text reads as (auditor.text.langid), None when unsure; ``lang``
    # follows it over a wrong declaration, MT010 compares it with ``meta.lang``.
    detected_lang: str | None = None
    # Network facts, set only when the user named a URL or asked for link checking.
    http: HttpFacts | None = None
    link_checks: tuple[LinkCheck, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str  # id, e.g. "HL001"
    name: str  # kebab-case alias
    category: str
    level: Level
    message: str
    line: int
    column: int = 1
    excerpt: str = ""  # the offending text, short
    context: str = ""  # the sentence/paragraph around it, for reports

    def sort_key(self) -> tuple[int, int, str, str]:
        return (self.line, self.column, self.rule, self.message)


@dataclass(frozen=True, slots=True)
class FileResult:
    path: str
    format: str | None = None
    headline: str | None = None
    title: str | None = None
    score: int | None = None
    scores: dict[str, int] = field(default_factory=dict)
    metrics: dict[str, object] = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()
    error: str | None = None  # set when the file could not be read or parsed
    document: Document | None = None  # kept for reports; dropped by writers that do not need it

    @property
    def failed(self) -> bool:
        return self.error is not None

    def count(self, level: Level) -> int:
        return sum(1 for f in self.findings if f.level == level)
