"""``text.phrases``: flag listed words and phrases (Vale's "existence" check).

A newsroom adds a banned-phrase rule with a TOML file alone::

    [[rule]]
    id = "NEWS001"
    name = "house-banned-words"
    category = "readability"
    level = "warning"
    check = "text.phrases"
    message = "Avoid \\"{phrase}\\": say what happened instead."
    [rule.params]
    phrases = ["slams", "breaks the internet"]
    scope = "all"

Parameters: ``phrases`` (list), ``scope`` (``headline``, ``headings``,
``paragraphs``, ``sentences``, ``list_items``, ``link_text`` or ``all`` = headline,
headings, paragraphs and list items), ``ignorecase`` (true), ``whole_word`` (true),
``regex`` (false: phrases are literal; spaces match any run of whitespace and a
straight apostrophe matches a curly one). One hit per occurrence; the message may use
``{phrase}`` (the phrase as listed) and ``{text}`` (as written in the article).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, Literal, overload

from auditor.checks import Hit, Params, check, excerpt
from auditor.model import Document
from auditor import saferegex
from auditor.text.segment import source_position

SCOPES = ("headline", "headings", "paragraphs", "sentences", "list_items", "link_text", "all")

_APOSTROPHE = re.compile(r"['’]")


def _literal(phrase: str) -> str:
    words = [re.escape(w) for w in phrase.split()]
    return _APOSTROPHE.sub(lambda _: "['’]", r"\s+".join(words))


@overload
def phrase_regex(
    phrases: Iterable[str], *, ignorecase: bool = ..., whole_word: bool = ..., regex: Literal[False] = ...
) -> re.Pattern[str] | None: ...


@overload
def phrase_regex(
    phrases: Iterable[str], *, ignorecase: bool = ..., whole_word: bool = ..., regex: bool
) -> Any: ...


def phrase_regex(
    phrases: Iterable[str],
    *,
    ignorecase: bool = True,
    whole_word: bool = True,
    regex: bool = False,
) -> Any:
    """One alternation matching any of ``phrases``, longest first so "shocking truth"
    wins over "shocking"; None when the list is empty. User regular expressions
    (``regex=True``) run with a time bound (:mod:`auditor.saferegex`)."""
    if regex:
        return _phrase_regex(tuple(phrases), ignorecase, whole_word, regex)
    # A rule asks for its pattern on every page: building it (escaping, sorting, joining
    # ~10 phrases: ~50 us) cost more than most rules' whole search of the page.
    return _kept_phrase_regex(tuple(phrases), ignorecase, whole_word, regex)


def _phrase_regex(phrases: tuple[str, ...], ignorecase: bool, whole_word: bool, regex: bool) -> Any:
    cleaned = sorted({p.strip() for p in phrases if p and p.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    parts = [p if regex else _literal(p) for p in cleaned]
    body = "(?:" + "|".join(f"(?:{p})" for p in parts) + ")"
    if whole_word:
        body = r"(?<!\w)" + body + r"(?!\w)"
    if regex:
        return saferegex.compile(body, re.IGNORECASE if ignorecase else 0)
    return re.compile(body, re.IGNORECASE if ignorecase else 0)


_kept_phrase_regex = lru_cache(maxsize=256)(_phrase_regex)


def _which(match: str, phrases: list[str], ignorecase: bool, regex: bool) -> str:
    """The listed phrase a match came from (for the ``{phrase}`` placeholder)."""
    flags = re.IGNORECASE if ignorecase else 0
    for phrase in sorted(phrases, key=len, reverse=True):
        if regex:
            if saferegex.compile(phrase, flags).fullmatch(match):
                return phrase
        elif re.fullmatch(_literal(phrase), match, flags):
            return phrase
    return match


# A block of text with where it starts and where its source lines broke.
_Block = tuple[str, int, int, tuple[int, ...]]


def _blocks(doc: Document, scope: str) -> Iterator[_Block]:
    if scope in ("headline", "all") and doc.headline:
        yield doc.headline, doc.headline_line, doc.headline_column, ()
    if scope in ("headings", "all"):
        for h in doc.headings:
            if scope == "all" and doc.headline and doc.is_headline(h):
                continue  # already searched as the headline
            yield h.text, h.line, h.column, ()
    if scope in ("paragraphs", "all"):
        for p in doc.paragraphs:
            yield p.text, p.line, p.column, p.breaks
    if scope in ("list_items", "all"):
        for i in doc.list_items:
            yield i.text, i.line, i.column, i.breaks
    if scope == "sentences":
        for s in doc.sentences:
            yield s.text, s.line, s.column, ()
    if scope == "link_text":
        for link in doc.links:
            yield link.text, link.line, link.column, ()


@check("text.phrases")
def phrases(doc: Document, params: Params) -> Iterator[Hit]:
    scope = str(params["scope"])  # validated against SCOPES when the rule loads
    listed = [str(p) for p in params["phrases"]]
    ignorecase = bool(params["ignorecase"])
    regex = bool(params["regex"])
    pattern = phrase_regex(
        listed, ignorecase=ignorecase, whole_word=bool(params["whole_word"]), regex=regex
    )
    if pattern is None:
        return
    for text, line, column, breaks in _blocks(doc, scope):
        for m in pattern.finditer(text):
            at_line, at_column = source_position(line, column, breaks, m.start())
            yield Hit(
                line=at_line,
                column=at_column,
                excerpt=m.group(0),
                context=excerpt(text, 200),
                data={"phrase": _which(m.group(0), listed, ignorecase, regex), "text": m.group(0)},
            )


# --- Generic check kinds (Vale-style): house rules without Python -------------------
#
# ``text.required``     a field must be there (a meta field or a front matter key)
# ``text.length``       a field's length in characters or words must sit in a band
# ``text.substitution`` "use X, not Y": a table of phrase = suggestion
# (``text.phrases`` above is Vale's "existence"; with ``regex = true`` it matches
# regular expressions, time-bounded.)

def _flat(text: str | None) -> str:
    return " ".join((text or "").split())


def _meta_value(doc: Document, name: str) -> str | None:
    if name == "seo_title":
        from auditor.checks.headline import seo_title  # the front matter's title counts too

        return seo_title(doc)
    value: str | None = getattr(doc.meta, name)
    return value


def _meta_line(doc: Document, name: str) -> int:
    """Where field ``name`` was declared; else the element that would hold it (<html>
    for lang), the head, the front matter, the title; else line 1."""
    key = "title" if name == "seo_title" else name
    holder = ("html",) if name == "lang" else ()
    for candidate in (key, *holder, "head", "front_matter", "title"):
        if candidate in doc.meta.lines:
            return doc.meta.lines[candidate]
    return 1


def _in_formats(doc: Document, params: Params) -> bool:
    return doc.format in params["formats"]


@check("text.required")
def required(doc: Document, params: Params) -> Iterator[Hit]:
    """A meta field (``field``) or a front matter key (``front_matter_key``) is missing."""
    if not _in_formats(doc, params):
        return
    if params["where"] == "pages":
        from auditor.checks.meta import applies

        if not applies(doc, params):
            return  # a fragment or bare draft: its template supplies the metadata
    key = params["front_matter_key"]
    if key:
        if doc.format == "markdown" and _flat(str(doc.meta.front_matter.get(key) or "")) == "":
            yield Hit(line=doc.meta.lines.get("front_matter", 1), data={"field": key})
        return
    name = params["field"]
    value = doc.headline if name == "headline" else _meta_value(doc, name)
    if not _flat(value):
        line = doc.headline_line if name == "headline" else _meta_line(doc, name)
        data = {"field": name, "example": _lang_example(doc)} if name == "lang" else {"field": name}
        yield Hit(line=line, data=data)


def _lang_example(doc: Document) -> str:
    """A missing lang's example: the language the text reads as (a Chinese page is not told
    to declare lang="en"); where the text names none (too short, or a language we cannot
    tell), the form of the code rather than a guess, which would be the default's English."""
    if doc.detected_lang is None:
        return 'the code of the language it is written in, such as "en", "fr" or "pt-BR"'
    return f'e.g. lang="{doc.detected_lang}", the language it is read in'


def _length_targets(doc: Document, name: str, skip_headline: bool) -> Iterator[tuple[str, int, int, dict[str, Any]]]:
    """(text, line, column, extra data) for each instance of field ``name``."""
    # Complexity ~16 on purpose: one branch per measurable field.
    if name == "headline":
        if doc.headline:
            yield doc.headline, doc.headline_line, doc.headline_column, {}
    elif name == "headings":
        skipped = _headline_and_dek(doc) if skip_headline else set()
        for k, h in enumerate(doc.headings):
            if k not in skipped:
                yield h.text, h.line, h.column, {"level": h.level}
    elif name == "paragraphs":
        for p in doc.paragraphs:
            yield p.text, p.line, p.column, {}
    elif name == "list_items":
        for i in doc.list_items:
            yield i.text, i.line, i.column, {}
    elif name == "link_text":
        for link in doc.links:
            yield link.text, link.line, link.column, {}
    elif name == "image_alt":
        for img in doc.images:
            if img.alt is not None and not img.decorative and _flat(img.alt):
                yield img.alt, img.line, img.column, {"alt": _flat(img.alt), "caption": img.caption or ""}
    else:
        value = _meta_value(doc, name)
        if _flat(value):
            yield value or "", _meta_line(doc, name), 1, {}


def _headline_and_dek(doc: Document) -> set[int]:
    """Indexes of the headings that are the headline's: the headline, a template's
    repeat of it, and a dek set as a heading straight under it, before any paragraph,
    in type several sizes down or named by the template ("<h1>…</h1><h4>Der
    Umweltaktivist ist eine grüne Instanz: …</h4>", Medium's subtitle). The headline and
    its dek have their own rules. A heading one level down is the story's first section
    (or a lede set as a heading, which this rule is for)."""
    headline = _flat(doc.headline or "").casefold()
    heads = {i for i, h in enumerate(doc.headings) if doc.is_headline(h) or _repeats(_flat(h.text).casefold(), headline)}
    out = set(heads)
    for k in heads:
        if k + 1 >= len(doc.headings) or k + 1 in heads:
            continue
        top, dek = doc.headings[k], doc.headings[k + 1]
        start, end = (top.line, top.column), (dek.line, dek.column)
        if (dek.templated or dek.level > top.level + 1) and not any(start < (p.line, p.column) < end
                                                                    for p in doc.paragraphs):
            out.add(k + 1)
    return out


# A template's repeat of the headline may drop or add a tail ("… » Local » Noticias").
_REPEAT_CHARS = 30


def _repeats(text: str, headline: str) -> bool:
    short, long_ = sorted((text, headline), key=len)
    return bool(short) and (short == long_ or len(short) >= _REPEAT_CHARS and long_.startswith(short))


@check("text.length")
def length_band(doc: Document, params: Params) -> Iterator[Hit]:
    """A field shorter than ``min`` or longer than ``max`` (0: no limit), counted in
    ``unit`` (characters or words); the message may use {length}, {problem} (short or
    long), {min}, {max}, {text}."""
    if not _in_formats(doc, params):
        return
    from auditor.checks.headline import visible_length
    from auditor.checks.meta import band_in_own_characters, display_width

    low, high = params["min"], params["max"]
    words = params["unit"] == "words"
    for text, line, column, extra in _length_targets(doc, params["field"], params["skip_headline"]):
        flat = _flat(text)
        # Characters as a reader sees them: a Thai vowel above or a Devanagari vowel sign
        # is a code point but no character of its own (a Hindi heading of 90 letters was
        # 110 code points).
        size = len(flat.split()) if words else visible_length(flat)
        # Short is judged by width: a CJK character says as much as two or three Latin
        # ones ("東京の大雪の様子", 8 characters, says "scene of heavy snow in Tokyo").
        # Long stays in characters: by width a CJK text would be called long on a guess.
        width = size if words else display_width(flat) - (len(flat) - size)
        short, too_long = width < low, bool(high) and size > high
        if not (short or too_long):
            continue
        shown_min = band_in_own_characters(flat, width, low, high or low)[0] if short and not words else low
        caption = extra.pop("caption", "")  # an image's caption is the context shown
        yield Hit(
            line=line,
            column=column,
            excerpt=excerpt(flat, 80) if "alt" in extra else text,
            context=excerpt(caption, 200),
            data={"length": size, "problem": "short" if short else "long", "min": shown_min,
                  "max": high, "text": excerpt(flat, 60), **extra},
        )


@check("text.substitution")
def substitution(doc: Document, params: Params) -> Iterator[Hit]:
    """Vale's "substitution": each listed phrase found is reported with the word to
    use instead ({phrase}, {suggestion}, {text})."""
    table: dict[str, str] = dict(params["swap"])
    if not table:
        return
    ignorecase = bool(params["ignorecase"])
    pattern = phrase_regex(table, ignorecase=ignorecase, whole_word=bool(params["whole_word"]))
    if pattern is None:
        return
    listed = list(table)
    for text, line, column, breaks in _blocks(doc, str(params["scope"])):
        for m in pattern.finditer(text):
            at_line, at_column = source_position(line, column, breaks, m.start())
            phrase = _which(m.group(0), listed, ignorecase, False)
            yield Hit(
                line=at_line,
                column=at_column,
                excerpt=m.group(0),
                context=excerpt(text, 200),
                data={"phrase": phrase, "suggestion": table.get(phrase, ""), "text": m.group(0)},
            )
