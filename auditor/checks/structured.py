"""Structured data checks: JSON-LD, microdata and RDFa as search engines read them.

Facts come from ``doc.structured`` (auditor.structured.extract), read once per page
in :func:`auditor.api.audit` when one of these rules is on. Properties follow
Google's Article documentation: ``headline``, ``image``, ``datePublished``,
``dateModified`` and ``author`` with a ``name``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from auditor.checks import Hit, Params, check, excerpt
from auditor.model import Document
from auditor.text.lazyre import lazy_pattern

if TYPE_CHECKING:
    from auditor.structured.model import Node, StructuredData

# Types a news or blog page commonly declares (with every article type); a near miss
# of one is a typo.
COMMON_TYPES = frozenset({
    "ItemList", "ListItem", "BreadcrumbList", "WebPage", "WebSite", "Organization",
    "NewsMediaOrganization", "Person", "ImageObject", "VideoObject", "SearchAction",
    "ReadAction", "WebPageElement", "SpeakableSpecification", "Thing", "Product", "Offer",
    "AggregateRating", "Rating", "Recipe", "HowTo", "HowToStep", "FAQPage", "Question",
    "Answer", "Event", "Place", "PostalAddress", "ContactPoint", "CollectionPage",
    "MedicalWebPage", "AboutPage", "ProfilePage", "Movie", "Book", "CreativeWork",
    "Brand", "Corporation", "LocalBusiness", "Restaurant", "Intangible", "QuantitativeValue",
})
# Review items (a rating of the thing reviewed) need itemReviewed, reviewRating and an
# author, not an article's headline and image.
REVIEW_TYPES = frozenset({"Review"})
# Properties whose values must be absolute URLs for search engines to use them.
URL_PROPERTIES = ("url", "image", "logo", "contentUrl", "thumbnailUrl", "mainEntityOfPage", "sameAs")


@cache
def _known_types() -> tuple[frozenset[str], dict[str, str]]:
    """Every known type, and each by its case-folded name."""
    from auditor.structured.model import ARTICLE_TYPES

    known = ARTICLE_TYPES | COMMON_TYPES
    return known, {t.casefold(): t for t in known}


def _data(doc: Document) -> StructuredData | None:
    data = getattr(doc, "structured", None)
    if data is None:  # plain text, or no structured.* rule read it: its model stays unimported
        return None
    from auditor.structured.model import StructuredData

    return data if isinstance(data, StructuredData) else None


def _unwrap(value: Any) -> Any:
    """A JSON-LD list or set object (``{"@list": [...]}``, ``{"@set": [...]}``) as the
    list it holds: the same value written the long way."""
    if isinstance(value, dict) and len(value) == 1 and ("@list" in value or "@set" in value):
        inner = value.get("@list", value.get("@set"))
        return inner if isinstance(inner, list) else [inner]
    return value


def _text(value: Any) -> str:
    """A property's text: a string, the first of a list, or an object's name/@value."""
    value = _unwrap(value)
    if isinstance(value, list):
        return next((t for t in (_text(v) for v in value) if t), "")
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value") or value.get("url") or "")
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return " ".join(str(value).split())
    return ""


def _has_image(value: Any) -> bool:
    value = _unwrap(value)
    if isinstance(value, list):
        return any(_has_image(v) for v in value)
    if isinstance(value, dict):
        return bool(_text(value.get("url") or value.get("contentUrl") or value.get("@id")))
    return bool(_text(value))


def _author_named(value: Any, data: StructuredData) -> bool:
    value = data.referenced(_unwrap(value))
    if isinstance(value, list):
        return any(_author_named(v, data) for v in value)
    if isinstance(value, Mapping):
        return bool(_text(value.get("name")))
    return False  # a bare string is not a Person or Organization with a name


def _article_nodes(doc: Document) -> list[Node]:
    data = _data(doc)
    return data.articles() if data else []


def _title(node: Node) -> str:
    return _text(node.data.get("headline")) or _text(node.data.get("name"))


def _names_page(node: Node, doc: Document) -> bool:
    title = _title(node)
    return bool(title) and any(same_substance(title, ref, 0.5) for ref in (doc.headline, doc.meta.title) if ref)


def _page_articles(doc: Document) -> list[Node]:
    """The article items that describe this page. A page may also mark up other stories:
    related-post cards as BlogPosting items, titled with their own headlines or, as a
    row of cards, untitled. Among several items, those titled with another headline are
    left out; untitled ones are the page's unless an item carries the page's headline,
    when only a lone one is (a template's stray Article on <body>). When nothing is
    left, every item is judged: one of them may be the page's, wrongly titled."""
    nodes = _article_nodes(doc)
    if len(nodes) < 2:
        return nodes
    named = [n for n in nodes if _names_page(n, doc)]
    untitled = [n for n in nodes if not _title(n)]
    if named and len(untitled) > 1:
        untitled = []
    own = [n for n in nodes if n in named or n in untitled]
    return own or nodes


@check("structured.article_missing")
def article_missing(doc: Document, params: Params) -> Iterable[Hit]:
    """A full HTML article page without Article/NewsArticle/BlogPosting data."""
    data = _data(doc)
    if data is None or doc.format != "html" or not data.has_head or not doc.headline:
        return
    if doc.meta.made_by:
        return  # a word processor's draft: the CMS writes the page's structured data
    if doc.word_count < int(params["min_words"]) or data.articles():
        return
    if any(problem.kind == "invalid-json" for problem in data.problems):
        return  # what a broken block declares is unknown: MT064 says to fix it
    if data.of_type("MedicalWebPage"):
        return  # a health publisher's article declared as schema.org's type for it, on purpose
    yield Hit(doc.headline_line, doc.headline_column, excerpt=doc.headline)


@check("structured.article_properties")
def article_properties(doc: Document, params: Params) -> Iterable[Hit]:
    data = _data(doc)
    for node in _page_articles(doc):
        if data is None or set(node.types) <= REVIEW_TYPES:
            continue  # a review's rating item has its own required properties, not these
        d = node.data
        missing = []
        if not _text(d.get("headline")) and not _text(d.get("name")):
            missing.append("headline")
        if not _has_image(d.get("image")):
            missing.append("image")
        if not _text(d.get("datePublished")):
            missing.append("datePublished")
        if not d.get("author"):
            missing.append("author")
        elif not _author_named(d.get("author"), data):
            missing.append("author.name")
        if missing:
            yield Hit(node.line, excerpt=node.types[0], data={
                "type": node.types[0], "missing": ", ".join(missing), "syntax": node.syntax})


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def same_substance(a: str, b: str, min_overlap: float) -> bool:
    """Whether two headlines say the same: one contains the other, or most of their
    words are shared (a site suffix or a dropped subtitle is fine)."""
    fa, fb = " ".join(re.findall(r"\w+", a.casefold())), " ".join(re.findall(r"\w+", b.casefold()))
    if not fa or not fb or fa in fb or fb in fa:
        return True
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / min(len(wa), len(wb)) >= min_overlap


@check("structured.headline")
def headline(doc: Document, params: Params) -> Iterable[Hit]:
    limit = int(params["max"])
    for node in _page_articles(doc):
        value = _text(node.data.get("headline"))
        if not value:
            continue
        if len(value) > limit:
            yield Hit(node.line, excerpt=value, data={
                "problem": f"is {len(value)} characters (search engines use at most {limit})",
                "fix": f"shorten it to {limit} characters or fewer"})
        elif doc.headline and not _says_a_page_title(value, doc, float(params["min_overlap"])):
            yield Hit(node.line, excerpt=value, data={
                "problem": f"“{excerpt(value, 60)}” differs from the visible headline “{excerpt(doc.headline, 60)}”",
                "fix": "make them say the same"})


def _says_a_page_title(value: str, doc: Document, min_overlap: float) -> bool:
    """Whether a structured headline says what the visible headline, the <title> or
    og:title says: an SEO headline that is the page's own <title> is deliberate, not
    another article's (judged by reading: every such finding was left alone)."""
    titles = (doc.headline, doc.meta.title, doc.meta.og.get("og:title"))
    return any(same_substance(value, t, min_overlap) for t in titles if t)


# ISO 8601 forms Python's reader lacks: an ordinal date ("2024-072", the 72nd day) and
# midnight written as the end of the day before ("T24:00").
_ORDINAL = lazy_pattern(r"(\d{4})-(\d{3})")
_END_OF_DAY = lazy_pattern(r"(\d{4}-\d{2}-\d{2})T24:00(?::00(?:\.0+)?)?(?=$|[+-])")


def _ordinal_date(year: int, days: int) -> dt.datetime | None:
    """The ``days``-th day of ``year`` (1 is 1 January), or None past the year's end."""
    try:
        day = dt.datetime(year, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(days=days - 1)
    except (ValueError, OverflowError):  # year 0, a day past 9999
        return None
    return day if days >= 1 and day.year == year else None


def parse_date(value: str) -> dt.datetime | None:
    """``value`` read as ISO 8601 (RFC 3339's lower-case "t" and "z" too), or None."""
    text = value.strip().upper().replace("Z", "+00:00")
    ordinal = _ORDINAL().fullmatch(text)
    if ordinal is not None:
        return _ordinal_date(int(ordinal.group(1)), int(ordinal.group(2)))
    end_of_day = _END_OF_DAY().match(text)
    if end_of_day is not None:
        midnight = parse_date(end_of_day.group(1) + "T00:00" + text[end_of_day.end():])
        return midnight + dt.timedelta(days=1) if midnight is not None and midnight.year < 9999 else None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?[+-]\d{4}", text):
        text = text[:-2] + ":" + text[-2:]  # +0100 → +01:00 (Python 3.11 reads both; be safe)
    reduced = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", text)  # ISO 8601's reduced precision: "2024", "2024-03"
    if reduced is not None:
        text = f"{reduced.group(1)}-{reduced.group(2) or '01'}-01"
    parsed: dt.datetime | None
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = dt.datetime.combine(dt.date.fromisoformat(text[:10]), dt.time()) if len(text) == 10 else None
        except ValueError:
            parsed = None
    if parsed is None:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)


@check("structured.dates")
def dates(doc: Document, params: Params) -> Iterable[Hit]:
    # Only a date search engines cannot read is a defect. dateModified before
    # datePublished is not: Google's Article documentation defines datePublished as the
    # first publication and dateModified as the last modification and sets no order
    # between them, and a post edited before it is scheduled, re-dated on republication or
    # syndicated with the original's last edit legitimately has the earlier dateModified.
    for node in _page_articles(doc):
        for name in ("datePublished", "dateModified"):
            text = _text(node.data.get(name))
            if text and parse_date(text) is None:
                yield Hit(node.line, excerpt=text, data={
                    "problem": f"{name} “{excerpt(text, 40)}” is not an ISO 8601 date",
                    "fix": "write it as 2024-05-01T09:30:00+01:00"})


def _count(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdecimal():
        return int(value.strip())
    if isinstance(value, list) and len(value) == 1:
        return _count(value[0])
    return None


def _entry_name(entry: Any) -> str:
    if not isinstance(entry, dict):
        return ""
    item = entry.get("item")
    return _text(entry.get("name")) or (_text(item.get("name")) if isinstance(item, dict) else "")


def _entries_besides_the_cover(elements: list[Any], doc: Document) -> int:
    """How many entries an ItemList gives, less a first entry that names the article's
    own headline: galleries list their cover slide (the article itself) as position 1,
    which is no item of the list."""
    headline = _words(doc.headline or "")
    first = _words(_entry_name(elements[0])) if elements else set()
    # Most of the headline's words, not merely some: an item may quote a word of it.
    cover = bool(headline) and len(first & headline) >= 0.8 * len(headline)
    return len(elements) - cover


@check("structured.itemlist")
def itemlist(doc: Document, params: Params) -> Iterable[Hit]:
    """A listicle's ItemList must agree with itself, the items and the headline."""
    data = _data(doc)
    if data is None:
        return
    lists = data.of_type("ItemList")
    found = len(doc.items)
    promised = doc.headline_number
    for node in lists:
        elements = node.data.get("itemListElement")
        elements = elements if isinstance(elements, list) else ([elements] if elements else [])
        declared = _count(node.data.get("numberOfItems"))
        counts = {"declared": declared if declared is not None else "not given",
                  "elements": len(elements), "found": found,
                  "promised": promised if promised is not None else "no number"}
        # numberOfItems counts the whole list, itemListElement may hold one page of it
        # (schema.org: "e.g., multi-page pagination"): only fewer than listed contradicts.
        if declared is not None and elements and declared < len(elements):
            yield Hit(node.line, data={**counts, "problem": "numberOfItems disagrees with itemListElement"})
            continue
        # Against the article only for the page's one list on a listicle: a page may
        # also carry an ItemList of related stories, which is not the article's list.
        listed = declared if declared is not None else (_entries_besides_the_cover(elements, doc) or None)
        if len(lists) != 1 or listed is None or not (found or promised):
            continue
        off_promise = promised is not None and not doc.headline_number_at_least and listed != promised
        # A list that says what the headline says is kept: the items counted on the page
        # against the headline are LS001's (one defect, one finding), and a paginated list
        # shows only some of them.
        off_items = bool(found) and listed != found and (promised is None or off_promise)
        if off_items or off_promise:
            yield Hit(node.line, data={**counts, "problem": "the ItemList disagrees with the article"})


_URL_OK = lazy_pattern(r"^(?:https?:)?//", re.IGNORECASE)


def _relative_urls(value: Any, prop: str, depth: int = 0) -> Iterator[tuple[str, str]]:
    """(property path, URL) for each relative URL in ``value``: a string, a list,
    or an object whose url/contentUrl (or @id, for images and the main entity) is one."""
    if depth > 5:
        return
    if isinstance(value, str):
        text = value.strip()
        if text and not _URL_OK().match(text) and not re.match(r"^[a-z][a-z0-9+.-]*:", text, re.IGNORECASE) \
                and not text.startswith("#"):
            yield prop, text
    elif isinstance(value, list):
        for v in value:
            yield from _relative_urls(v, prop, depth + 1)
    elif isinstance(value, dict):
        keys = ["url", "contentUrl"] + (["@id"] if prop in ("image", "logo", "mainEntityOfPage") else [])
        for key in keys:
            if key in value:
                yield from _relative_urls(value[key], f"{prop}.{key}", depth + 1)
        if "logo" in value:
            yield from _relative_urls(value["logo"], f"{prop}.logo", depth + 1)


def _looks_relative(text: str) -> bool:
    """A path a base URL would complete ("/news/a", "img/x.jpg", "example.com/x"), not
    a value that is no URL at all ("True", an e-mail address, a name)."""
    return ("/" in text or "." in text) and "@" not in text and " " not in text


@check("structured.relative_url")
def relative_url(doc: Document, params: Params) -> Iterable[Hit]:
    data = _data(doc)
    if data is None:
        return
    seen = set()
    for node in data.nodes:
        if node.syntax != "json-ld":
            continue  # extruct resolves microdata and RDFa URLs against the page
        for prop in URL_PROPERTIES:
            if prop not in node.data:
                continue
            for where, url in _relative_urls(node.data[prop], prop):
                key = (node.line, where, url)
                if key not in seen:
                    seen.add(key)
                    kind = "the relative URL" if _looks_relative(url) else "not a URL:"
                    yield Hit(node.line, excerpt=url, data={"property": where, "url": excerpt(url, 80),
                                                            "type": node.types[0], "kind": kind})


@check("structured.invalid_json")
def invalid_json(doc: Document, params: Params) -> Iterable[Hit]:
    data = _data(doc)
    for problem in data.problems if data else ():
        if problem.kind == "invalid-json":
            yield Hit(problem.line, data={"detail": problem.detail})


@check("structured.unknown_type")
def unknown_type(doc: Document, params: Params) -> Iterable[Hit]:
    """A @type that is a near miss of a schema.org type (wrong case, a typo)."""
    data = _data(doc)
    if data is None:
        return
    known, _ = _known_types()
    for node in data.nodes:
        for name in node.types:
            if name in known:
                continue
            guess = _near_miss(name)
            if guess:
                yield Hit(node.line, excerpt=name, data={"type": name, "guess": guess})


# Memoised: templates name the same few unlisted types on every page (WPHeader,
# SiteNavigationElement), and a fuzzy match against every known type costs ~50 us.
@lru_cache(maxsize=1024)
def _near_miss(name: str) -> str | None:
    """The known type ``name`` misspells (another case, a typo), or None."""
    known, folded = _known_types()
    guess = folded.get(name.casefold())
    if guess is None:
        import difflib  # rare: most pages name known types

        close = difflib.get_close_matches(name, known, n=1, cutoff=0.85)
        guess = close[0] if close else None
    return guess
