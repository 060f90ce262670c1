"""The standfirst (dek, subtitle, chapeau): the sentence under the headline that sums
the story up. Publishers often set it in an <h2>; it is text to read, not a section
heading, so heading rules must not judge it."""

from __future__ import annotations

import re
from typing import Any

from auditor.text.lazyre import LazyPattern

Element = Any  # lxml.html.HtmlElement

# schema.org properties a standfirst carries.
_PROPS = frozenset({"alternativeheadline", "description", "abstract"})
# Class/id words, in the words of newsrooms across languages: dek, standfirst,
# sous-titre / chapeau, Untertitel / Vorspann, sottotitolo / occhiello, bajada /
# entradilla, linha fina / olho.
_WORDS = frozenset({
    "subtitle", "subheadline", "dek", "deck", "standfirst", "strapline", "summary", "excerpt",
    "lede", "lead", "leadin", "intro", "teaser", "description", "abstract", "soustitre",
    "chapeau", "chapo", "untertitel", "vorspann", "anriss", "sottotitolo",
    "catenaccio", "bajada", "entradilla", "subtitulo", "linhafina", "olho", "podtytul",
})
# The kicker above the headline ("Biz & IT —"): a label, neither heading nor text.
_KICKER_WORDS = frozenset({
    "kicker", "eyebrow", "overline", "upperdek", "overtitle", "supertitle", "rubric", "dachzeile",
    "surtitre", "antetitulo", "sobretitulo", "occhiello", "nadtytul",
})
_SPLIT = LazyPattern(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z][a-z])")


def _words(el: Element) -> set[str]:
    words = [w.lower() for w in _SPLIT.split(f"{el.get('class') or ''} {el.get('id') or ''}") if w]
    return set(words) | {a + b for a, b in zip(words, words[1:])}


def is_kicker(el: Element) -> bool:
    """True when heading ``el`` is marked as the kicker set above the headline."""
    return bool(_words(el) & _KICKER_WORDS)


def is_standfirst(el: Element) -> bool:
    """True when heading ``el`` is marked as the article's standfirst. The caller
    checks its place: right under the headline, before any paragraph."""
    props = {p.lower() for p in (el.get("itemprop") or "").split()}
    if props & _PROPS:
        return True
    return bool(_words(el) & _WORDS)
