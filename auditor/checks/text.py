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
from typing import Any

from auditor.checks import Hit, Params, check, excerpt
from auditor.model import Document
from auditor import saferegex
from auditor.text.segment import source_position

SCOPES = ("headline", "headings", "paragraphs", "sentences", "list_items", "link_text", "all")

_APOSTROPHE = re.compile(r"['’]")


def _literal(phrase: str) -> str:
    words = [re.escape(w) for w in phrase.split()]
    return _APOSTROPHE.sub(lambda _: "['’]", r"\s+".join(words))


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
    headline_is_heading = any(
        h.level == 1 and h.text == doc.headline and h.line == doc.headline_line
        for h in doc.headings
    )
    if scope in ("headline", "all") and doc.headline:
        yield doc.headline, doc.headline_line, doc.headline_column, ()
    if scope in ("headings", "all"):
        for h in doc.headings:
            if scope == "all" and headline_is_heading and h.line == doc.headline_line and h.text == doc.headline:
                continue  # already searched as the headline
            yield h.text, h.line, h.column, ()
    if scope in ("paragraphs", "all"):
        for p in doc.paragraphs:
            yield p.text, p.line, p.column, p.breaks
    if scope in ("list_items", "all"):
        for i in doc.list_items:
            yield i.text, i.line, i.column, ()
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
