"""Page metadata: description, canonical, language, Open Graph, robots; and site
chrome that leaked into the article text.

Metadata only exists where the source can carry it. :func:`page_kind` decides:

* ``"page"``: an HTML document with a ``<head>`` we could read: any metadata field
  (title, description, canonical, lang, robots, keywords, Open Graph) or any line
  recorded in ``meta.lines``. An HTML *fragment* (a CMS body, an ``<article>``
  snippet) has none of these and is skipped: its template supplies the head.
* ``"front-matter"``: a Markdown document with a front matter block.
* ``None``: plain text, fragments, and Markdown without front matter.

Each meta rule lists the kinds it applies to in its ``formats`` parameter
(``"html"`` for pages, ``"markdown"`` for front matter), because a static site
generator usually writes the canonical link, ``lang`` and Open Graph tags itself
from site config while the description comes from the article's front matter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Literal

from auditor.checks import Hit, Params, check, excerpt
from auditor.model import Document, decide_page_kind
from auditor.text.lazyre import lazy_pattern

PageKind = Literal["page", "front-matter"]


def page_kind(doc: Document) -> PageKind | None:
    """Whether ``doc`` can carry page metadata, and how (see the module docstring).
    Decided once in the structure stage (``Document.page_kind``); hand-built documents
    that skipped it are decided by the same function."""
    return doc.page_kind if doc.listicle is not None else decide_page_kind(doc)


def applies(doc: Document, params: Params) -> bool:
    """True when ``doc`` carries metadata of a kind listed in ``params['formats']``."""
    kind = page_kind(doc)
    if kind is None:
        return False
    formats = params["formats"]
    return ("html" if kind == "page" else "markdown") in formats


def _line(doc: Document, *fields: str) -> int:
    """Where the first of ``fields`` was declared; else where the head was; else 1."""
    for name in (*fields, "head", "title"):
        if name in doc.meta.lines:
            return doc.meta.lines[name]
    return 1


def _blank(value: str | None) -> bool:
    return value is None or not value.strip()


def display_width(text: str) -> int:
    """Characters as a search snippet spends them: wide (CJK) characters count two."""
    if text.isascii():  # no ASCII character is wide (W) or full-width (F)
        return len(text)
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


@check("meta.description_length")
def description_length(doc: Document, params: Params) -> Iterator[Hit]:
    if not applies(doc, params) or _blank(doc.meta.description):
        return
    text = " ".join((doc.meta.description or "").split())
    low, high = int(params["min"]), int(params["max"])
    width = display_width(text)  # search snippets are cut by width: a CJK character is two
    if width < low and _whole_sentence(text) and width >= int(params["min_sentence"] or low):
        return  # a short dek that says its piece: search shows it whole, nobody rewrites it
    if not low <= width <= high:
        problem = "short" if width < low else "long"
        low, high = band_in_own_characters(text, width, low, high)
        yield Hit(
            line=_line(doc, "description"),
            excerpt=text,
            data={"length": len(text), "problem": problem, "min": low, "max": high},
        )


# Ends as a sentence does (full stop, question or exclamation mark, maybe in quotes);
# an ellipsis is a cut, not an end ("Larry Page decided to...").
_SENTENCE_END = lazy_pattern(r"(?<![.…])[.!?。！？](?:[\"'”’»」)\]]*)$")


def _whole_sentence(text: str) -> bool:
    return bool(_SENTENCE_END().search(text))


def band_in_own_characters(text: str, width: int, low: int, high: int) -> tuple[int, int]:
    """A band judged in width units, told in the text's own characters: mostly wide
    (CJK) text takes two units a character, so "299 characters (too long): 70–300"
    reads "299 characters (too long): 35–150"."""
    if width >= 1.5 * len(text):
        return (low + 1) // 2, high // 2
    return low, high


@check("meta.lang_mismatch")
def lang_mismatch(doc: Document, params: Params) -> Iterator[Hit]:
    """The declared language (root) is not the one the text confidently reads as.

    Same judgement as the effective language in ``auditor.structure.finish``: a
    declared language the identifier has no profile for is never contradicted."""
    if not applies(doc, params) or _blank(doc.meta.lang) or doc.detected_lang is None:
        return
    from auditor.text.langid import effective_language
    from auditor.text.langid import NAMES
    from auditor.text.languages import lang_root

    declared = (doc.meta.lang or "").strip()
    detected = doc.detected_lang
    if lang_root(declared) == detected or effective_language(declared, detected, None, "en") != detected:
        return
    yield Hit(
        line=_line(doc, "lang", "html"),
        excerpt=f'lang="{declared}"',
        data={
            "declared": declared,
            "detected": detected,
            "language": NAMES.get(detected, detected),
            "where": "on <html>" if doc.format == "html" else "in the front matter",
        },
    )


@check("meta.og_missing")
def og_missing(doc: Document, params: Params) -> Iterator[Hit]:
    """A required Open Graph property (``params['property']``, e.g. ``og:image``)."""
    if not applies(doc, params):
        return
    prop = str(params["property"])
    if _blank(doc.meta.og.get(prop)):
        yield Hit(line=_line(doc, prop), data={"property": prop})


@check("meta.keywords_present")
def keywords_present(doc: Document, params: Params) -> Iterator[Hit]:
    if applies(doc, params) and not _blank(doc.meta.keywords):
        yield Hit(line=_line(doc, "keywords"), excerpt=doc.meta.keywords or "")


@check("meta.noindex")
def noindex(doc: Document, params: Params) -> Iterator[Hit]:
    if not applies(doc, params) or _blank(doc.meta.robots):
        return
    robots = doc.meta.robots or ""
    tokens = {t.strip().lower() for t in re.split(r"[,\s]+", robots) if t.strip()}
    wanted = [d.lower() for d in params["directives"]]
    found = [d for d in wanted if d in tokens]
    if found:
        yield Hit(
            line=_line(doc, "robots"),
            excerpt=robots,
            data={"directive": found[0], "robots": robots},
        )


# --- leaked site chrome ---------------------------------------------------------------


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str] | None:
    from auditor.checks.text import phrase_regex

    return phrase_regex(phrases, ignorecase=True, whole_word=True)


_WORD = re.compile(r"\w+(?:['’]\w+)*")


def _leak(
    text: str,
    strong: re.Pattern[str] | None,
    weak: re.Pattern[str] | None,
    prefixes: re.Pattern[str] | None,
    extra_words: int,
    max_prefix_words: int,
) -> str | None:
    """The chrome phrase that makes ``text`` a leaked block, or None.

    A block leaks when (a) it starts with a banner opener ("We use cookies") and is
    no longer than a banner; (b) chrome labels cover it but for at most
    ``extra_words`` words that are fewer than half of it ("Site icon Gyantarkash");
    (c) it is two or more share-button labels and nothing else.
    """
    flat = " ".join(text.split())
    if not flat:
        return None
    words = _WORD.findall(flat)
    if prefixes is not None:
        m = prefixes.match(flat.lstrip(" \"'“‘([*•·-–—|"))
        if m and len(words) <= max_prefix_words:
            return m.group(0)
    strong_hits = list(strong.finditer(flat)) if strong is not None else []
    weak_hits = list(weak.finditer(flat)) if weak is not None else []
    if not strong_hits and not weak_hits:
        return None
    rest = flat
    for pattern in (strong, weak):
        if pattern is not None:
            rest = pattern.sub(" ", rest)
    left = _WORD.findall(rest)
    if strong_hits and len(left) <= extra_words and len(left) * 2 < len(words):
        return strong_hits[0].group(0)
    if not strong_hits and len(weak_hits) >= 2 and not left:
        return weak_hits[0].group(0)
    return None


@check("meta.leaked_chrome")
def leaked_chrome(doc: Document, params: Params) -> Iterator[Hit]:
    """Paragraphs, list items and headings that are site chrome, not article text.

    Only in drafts (Markdown, plain text), where the words were pasted in by someone:
    on an HTML page the same words are the template, and whether they were read as
    article is the body extractor's decision, not something the editor can fix."""
    if doc.format == "html":
        return
    strong = _phrase_pattern(params["phrases"])
    weak = _phrase_pattern(params["weak_phrases"])
    prefixes = _phrase_pattern(params["prefixes"])
    extra = int(params["extra_words"])
    max_prefix = int(params["max_prefix_words"])
    blocks: list[tuple[int, int, str]] = [(h.line, h.column, h.text) for h in doc.headings]
    blocks += [(p.line, p.column, p.text) for p in doc.paragraphs]
    blocks += [(i.line, i.column, i.text) for i in doc.list_items]
    if doc.headline and not any(b[0] == doc.headline_line and b[2] == doc.headline for b in blocks):
        blocks.append((doc.headline_line, doc.headline_column, doc.headline))
    seen: set[tuple[int, str]] = set()
    for line, column, text in sorted(blocks, key=lambda b: (b[0], b[1])):
        phrase = _leak(text, strong, weak, prefixes, extra, max_prefix)
        if phrase is None or (line, text) in seen:
            continue
        seen.add((line, text))
        yield Hit(
            line=line,
            column=column,
            excerpt=excerpt(text),
            data={"phrase": " ".join(phrase.split()), "text": excerpt(text, 60)},
        )

