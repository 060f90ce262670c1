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

from auditor.record import Record as Record  # the base of every class below, and of others'

Format = Literal["html", "markdown", "text", "docx"]
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


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Heading(Record):
    """A heading of the article body, <h1>…<h6> or its Markdown and plain-text forms."""

    level: int  # 1..6
    text: str  # whitespace-collapsed visible text
    line: int
    column: int = 1
    link_only: bool = False  # the heading's whole text is one link
    has_link: bool = False  # the heading contains a link
    # Named for a role by the page's template (class "rubric", "dek", an id), not only
    # formatted by an editor ("wp-block-heading", "ql-align-center"): HTML only.
    templated: bool = False
    # Inside a FAQ block (a question of Rank Math's, SASWP's or a theme's FAQ, schema.org
    # Question microdata): no listicle entry, whatever the count. HTML only.
    faq: bool = False


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Paragraph(Record):
    """A block of running text as the reader sees it, located at its first character."""

    text: str  # whitespace-collapsed visible text
    line: int
    column: int = 1
    # Offsets into ``text`` where the source started a new line, so a sentence found
    # at offset N sits on line ``line + bisect(breaks, N)``.
    breaks: tuple[int, ...] = ()
    quote: bool = False  # inside a blockquote
    # Characters of ``text`` that a bold run opening the paragraph covers: a title set in
    # bold ("<p><strong>ACHIY – Knitwear</strong><br>Eine Produktion…"); 0 when none.
    lead: int = 0
    # A cell of a data table's row (two or more cells with words): table text, not a
    # line of the story's prose ("<td><p>enqueued</p></td>"). HTML only.
    cell: bool = False
    # Inside a post embedded from a social network (a tweet, an Instagram post): a quote of
    # someone else's, read by no word count or readability score. HTML only.
    embed: bool = False


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class ListItem(Record):
    """One entry of a bulleted or numbered list in the body."""

    text: str
    line: int
    column: int = 1
    ordered: bool = False
    number: int | None = None  # the number a reader sees (ol start/value, "3.")
    list_index: int = 0  # which list in document order this item belongs to
    depth: int = 1  # nesting depth, 1 for a top-level list
    # Offsets into ``text`` where the source started a new line, as ``Paragraph.breaks``:
    # an item written over several lines is located line by line too.
    breaks: tuple[int, ...] = ()
    # Where the entry ends in the source (line, column of what follows it), when known (HTML):
    # the paragraphs an entry wraps (``<li><strong>Title</strong><p>…</p></li>``) stand before it.
    end: tuple[int, int] | None = None
    # Characters of ``text`` a bold run opening it covers, as ``Paragraph.lead``: an entry's
    # title set in bold before its text ("<li><b>Lisbon</b><br>Lisbon rewards…</li>"); 0 when none.
    lead: int = 0


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Image(Record):
    """A picture in the body with what the page says about it: alt, caption, credit, size."""

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
    # The picture's file name for messages ("IMG_2034.jpg"), looked up through image
    # proxies ("/images/dims?image_uri=…/bridge.jpg" → "bridge.jpg"); "" when unknown.
    name: str = ""
    # Known only from a <noscript> copy: readers whose browser runs scripts (screen
    # readers included) get the picture a script builds, whose alt cannot be read here.
    noscript: bool = False
    # Inside a link or button that names itself (aria-label, a button's text): readers
    # hear the control's name, not this picture's missing alt.
    control_named: bool = False


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Link(Record):
    """An anchor in the body: where it points, its words and where it stands."""

    href: str | None  # None: no href attribute
    text: str  # visible anchor text (alt of an image inside when no text)
    line: int
    column: int = 1
    rel: tuple[str, ...] = ()
    target: str | None = None
    internal: bool | None = None  # None when no site URL is known to judge
    in_heading: bool = False
    has_image: bool = False  # the anchor wraps an image
    # Part of a sentence: its block has words of its own around the link. False for a
    # link standing alone in its box (a promo card, "SEE ALSO: …", a "More" button).
    in_prose: bool = True


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Sentence(Record):
    """A sentence of a paragraph with its word tokens (what readability counts)."""

    text: str
    line: int
    column: int
    words: tuple[str, ...]  # word tokens, digits and punctuation excluded
    paragraph: int  # index into Document.paragraphs


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Item(Record):
    """One entry of a listicle: "3. Tribal Alliances…" and the text under it."""

    number: int | None  # the number shown, None for unnumbered item headings
    heading: str
    line: int
    column: int = 1
    words: int = 0  # words in the item's body (heading excluded)
    style: str = "heading"  # how it was found: heading, ordered-list, paragraph
    marker: str = ""  # numbering style as written: "1.", "1)", "#1", "No. 1", ""
    level: int = 0  # heading level, 0 when not a heading
    title: str = ""  # the heading without its number marker: "Fix leaks" for "1. Fix leaks"


NumberingKind = Literal["gap", "duplicate", "restart"]
ListicleVerdict = Literal["kept", "mismatch", "unknown", "not-a-listicle"]
PageKind = Literal["page", "front-matter"]


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class NumberingProblem(Record):
    """A break in the items' printed numbers: skipped, repeated or restarted."""

    kind: NumberingKind
    item: int  # index into Document.items of the item where the break shows
    previous: int | None = None  # the number printed before it, None at the start
    missing: str = ""  # "4" or "4–6" for gaps
    where: str = ""  # gaps: "starts", "ends" (countdowns) or "skips"


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class TextSpan(Record):
    """A block of body text with its position: intro and closing text of a listicle."""

    text: str
    line: int
    column: int = 1


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Listicle(Record):
    """What the structure stage decided about the article as a list, once, for every
    rule, writer and report to read (auditor.structure.facts)."""

    promised: int | None  # the count the headline promises, None when it promises none
    at_least: bool  # "90+": at least that many
    found: int  # items a reader counts (len(Document.items))
    numbered: int  # of them, items with a printed number
    low: int | None  # lowest and highest printed number
    high: int | None
    # kept: the promise holds; mismatch: numbered items that do not add up; unknown: a
    # promise but no list the reader can count on this page (none, an unnumbered guess,
    # or the first page of a paginated list); not-a-listicle: no promise.
    verdict: ListicleVerdict
    problems: tuple[NumberingProblem, ...] = ()
    intro: tuple[TextSpan, ...] = ()  # body text before the first item
    outro: tuple[TextSpan, ...] = ()  # text after the last item's section
    intro_words: int = 0
    outro_words: int = 0
    noun: str | None = None  # what the headline counts: "7 key questions" → "questions"
    paginated: bool = False  # the article continues on a next page ("Article Pages: 1 2")

    @property
    def keeps_promise(self) -> bool:
        return self.verdict == "kept"

    @property
    def numbering_whole(self) -> bool:
        """Printed numbers run low..high with no gap or repeat."""
        return not self.problems


DirectiveAction = Literal["disable", "enable", "disable-next-line"]


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Directive(Record):
    """An inline ``<!-- auditor-disable … -->`` comment."""

    action: DirectiveAction
    rules: tuple[str, ...]  # empty: every rule
    line: int


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Meta(Record):
    """What the page or front matter declares about the article: title, description, language…"""

    title: str | None = None  # SEO title: <title> or front matter seo_title
    description: str | None = None
    canonical: str | None = None
    lang: str | None = None  # as declared by the page or front matter
    robots: str | None = None
    keywords: str | None = None  # <meta name=keywords>, a spam signal
    slug: str | None = None
    keyphrase: str | None = None
    og: dict[str, str] = field(default_factory=dict)  # og:title → value
    # The head's <link rel=next|prev> addresses: the article's other pages when it is paged
    # (Yoast's and most CMSs' paged posts), or on some blogs the adjacent posts.
    pages: tuple[str, ...] = ()
    # Where each field was declared, for findings: field name → line.
    lines: dict[str, int] = field(default_factory=dict)
    front_matter: dict[str, object] = field(default_factory=dict)
    # The word processor that exported the page ("Microsoft Word", "Google Docs",
    # "LibreOffice"): a draft, whose head (title, language, description) the CMS supplies.
    made_by: str | None = None


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class BodyDrop(Record):
    """Site chrome the body extractor removed from the article, and why; or, in
    ``Document.body_kept``, an element a rule judged chrome that stayed, and why."""

    kind: str  # share, social, author, related, gallery, hidden, control, nav, ad…
    reason: str  # the rule that decided it: "class/id word 'share'", "hidden attribute"…
    tag: str
    line: int
    column: int = 1
    excerpt: str = ""  # the start of its text, for --explain-body
    # Why it stayed against the verdict ("one of a run of 6 alike <aside> boxes, each a
    # title over its own text"); "" for a removal.
    kept: str = ""
    # A dropped navigation's first links, (text, address): a pager's "Next »" says where it
    # leads only by its address (the article's page 2, or the blog's next post).
    links: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class HttpFacts(Record):
    """How a page fetched over HTTP answered (``auditor check URL``); None for files."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int | None  # None: no answer (timeout, refused, TLS error)
    redirects: tuple[tuple[str, int], ...] = ()  # (url, status) of each hop, in order
    x_robots_tag: str | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class LinkCheck(Record):
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


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class SpaceRun(Record):
    """Two or more spaces in a row a reader sees inside prose (auditor.sources.spacing)."""

    line: int  # where the run starts in the source
    column: int
    width: int  # spaces a reader sees (HTML: each non-breaking space, one per collapsible run)
    before: str  # the word before the run and the word after it, for messages
    after: str
    after_sentence: bool  # the run follows . ! or ? (the two-spaces-after-a-period habit)
    # What the fix deletes: (offset from the run's start, length) of each source token
    # to drop, so one space remains and every other character (tags too) stays.
    drop: tuple[tuple[int, int], ...] = ()
    context: str = ""  # the block's text, for reports


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Document(Record):
    """One parsed article: its headline, body blocks, listicle items and declared metadata."""

    path: str
    format: Format
    headline: str | None = None  # the article's own headline as a reader sees it
    headline_line: int = 1
    headline_column: int = 1
    meta: Meta = field(default_factory=Meta)
    lang: str = "en"  # effective language (declared, configured or default)
    headings: tuple[Heading, ...] = ()  # in the article body, headline H1 included
    paragraphs: tuple[Paragraph, ...] = ()
    # Questions set as terms (<dt>, an accordion's <summary>, a FAQ block's question) over
    # their answers, titling no entry, and a comparison table's names (``cell``): left out of
    # the text; the entries only under a headline promising exactly as many ("5 Questions to
    # Ask Your Doctor", "The 5 Best Earbuds" over a table of five). HTML only.
    asked: tuple[Paragraph, ...] = ()
    # Lines of the page's furniture set as paragraphs (a picture's credit line, a glyph and a
    # link, the publisher's notes: "Originally published on…", an affiliate disclosure, a
    # sign-up ask): left out of the text, read only where a rule tells the template's lines
    # from the story's (a closing note's links). HTML only.
    notes: tuple[Paragraph, ...] = ()
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
    body_drops: tuple[BodyDrop, ...] = ()  # each removal, in document order
    body_kept: tuple[BodyDrop, ...] = ()  # each box judged chrome that stayed as a roundup's entry
    # The standfirst (dek) under the headline, also in ``paragraphs``; never a heading.
    standfirst: Paragraph | None = None
    word_count: int = 0  # words in the body text, digits excluded
    # The language the text reads as (auditor.text.langid), None when unsure; ``lang``
    # follows it over a wrong declaration, MT010 compares it with ``meta.lang``.
    detected_lang: str | None = None
    # Facts derived once in the structure stage (auditor.structure.facts):
    listicle: Listicle | None = None  # None only before the structure stage ran
    # "page": HTML with a readable <head>; "front-matter": Markdown with front matter;
    # None: plain text, fragments, bare Markdown (their template supplies the metadata).
    page_kind: PageKind | None = None
    headline_heading: int | None = None  # index into ``headings`` of the headline's own heading
    # HTML: <h1>s anywhere on the page (site chrome included) that read like the page's
    # title: "no H1" is a claim about the page, not about the body; a site-name or
    # breadcrumb <h1> is not the article's.
    page_h1s: int = 0
    # Structured data (auditor.structured.extract.StructuredData), read only when a
    # structured.* rule is on.
    structured: object | None = None
    # Network facts, set only when the user named a URL or asked for link checking.
    http: HttpFacts | None = None
    link_checks: tuple[LinkCheck, ...] = ()
    # Runs of spaces inside prose, read from the source only when a spacing.* rule is on.
    space_runs: tuple[SpaceRun, ...] = ()

    def is_headline(self, heading: Heading) -> bool:
        """Is ``heading`` the headline? One answer for every rule: the heading the
        structure stage chose as the headline's own (``headline_heading``), or an H1
        copy of it (templates print the headline twice, for phones and desktops)."""
        k = self.headline_heading
        if k is not None and k < len(self.headings) and self.headings[k] is heading:
            return True
        return heading.level == 1 and bool(self.headline) and \
            " ".join(heading.text.split()).casefold() == " ".join((self.headline or "").split()).casefold()


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Location(Record):
    """Another place the same rule fired, kept when repeats are grouped."""

    line: int
    column: int = 1
    excerpt: str = ""
    path: str | None = None  # another article (site-wide findings); None: the same file


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Finding(Record):
    """One problem a rule reports, at a place in the source file."""

    rule: str  # id, e.g. "HL001"
    name: str  # kebab-case alias
    category: str
    level: Level
    message: str
    line: int
    column: int = 1
    excerpt: str = ""  # the offending text, short
    context: str = ""  # the sentence/paragraph around it, for reports
    # Further places of the same rule in the file when repeats are grouped into one
    # finding (auditor.engine.group); empty for a single finding.
    related: tuple[Location, ...] = ()

    def sort_key(self) -> tuple[int, int, str, str]:
        return (self.line, self.column, self.rule, self.message)


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class RuleCost(Record):
    """What one rule's findings cost their category (README "Scores")."""

    rule: str
    level: str
    count: int  # findings of the rule in the file
    points: float


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class CategoryScore(Record):
    """One category's part of the overall score: its score, its weight in the mean, and
    the rules that cost it points."""

    category: str
    score: int
    weight: float
    costs: tuple[RuleCost, ...] = ()


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Deduction(Record):
    """Points the overall score loses for what no category shows (page-wide errors,
    thin text…), with the reason in words."""

    term: str  # "errors", "thin", "fragmented", "link-heavy", "unquoted", "uncaptioned"
    points: float
    reason: str


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class ScoreCap(Record):
    """An upper bound on the overall score (a noindexed page), with the reason."""

    term: str  # "noindex"
    limit: int
    reason: str


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class ScoreBreakdown(Record):
    """How a file's overall score was reached (auditor.engine.scoring.breakdown): the
    weighted mean of ``categories``, less ``deductions``, rounded, held to ``caps``.
    ``mean`` and ``score`` are worked out from the rest when it is built; the score is
    the result's ``score``."""

    categories: tuple[CategoryScore, ...]
    deductions: tuple[Deduction, ...]
    caps: tuple[ScoreCap, ...]
    mean: float
    score: int

    @property
    def scores(self) -> dict[str, int]:
        """Each category's score, as FileResult.scores holds them."""
        return {c.category: c.score for c in self.categories}


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class FileResult(Record):
    """Everything a writer renders for one input file: findings, scores and metrics, or an error."""

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
    content_hash: str | None = None  # sha256 of the input bytes, for the history store
    # What the site-wide stage needs of this article (auditor.sitewide.facts.SiteFacts).
    site_facts: object | None = None
    # How ``score`` was reached (auditor.engine.scoring.breakdown); None when no
    # document was scored (the file failed, or a page answered with no article).
    score_breakdown: ScoreBreakdown | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None

    def count(self, level: Level) -> int:
        return sum(1 for f in self.findings if f.level == level)


def decide_page_kind(doc: Document) -> PageKind | None:
    """Whether ``doc`` can carry page metadata, and how.

    ``"page"``: an HTML document with a ``<head>`` we could read (any metadata field or
    any line recorded in ``meta.lines``); an HTML *fragment* has none and is skipped, its
    template supplies the head, as it does a word processor's export (``meta.made_by``). ``"front-matter"``: Markdown with a front matter block.
    ``None``: plain text, fragments, and Markdown without front matter."""
    meta = doc.meta
    if doc.format == "html" and meta.made_by:
        return None  # a word processor's export: a draft whose head the CMS will write
    if doc.format == "html":
        declared = (meta.title, meta.description, meta.canonical, meta.lang, meta.robots, meta.keywords)
        if any(v is not None for v in declared) or meta.og or meta.lines:
            return "page"
        return None
    if doc.format == "markdown" and meta.front_matter:
        return "front-matter"
    return None
