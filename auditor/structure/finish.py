"""Derive what every format shares once parsed: language, sentences, word count,
internal/external links and the listicle items. Parsers stay format-specific; this
step is the same for HTML, Markdown and plain text."""

from __future__ import annotations

from dataclasses import replace

from auditor.model import Document, Link
from auditor.sources import SourceOptions


def language_root(lang: str | None) -> str:
    """``"en-US"`` → ``"en"``; empty or odd values fall back to English."""
    root = (lang or "").strip().replace("_", "-").split("-", 1)[0].lower()
    return root if root.isalpha() and 2 <= len(root) <= 3 else "en"


def _site(doc: Document, options: SourceOptions) -> str | None:
    return options.site_url or doc.meta.canonical or doc.meta.og.get("og:url")


def _mark_internal(links: tuple[Link, ...], site: str | None) -> tuple[Link, ...]:
    from auditor.links.urls import is_internal

    return tuple(
        replace(link, internal=is_internal(link.href, site)) if link.href is not None else link
        for link in links
    )


def _word_count(doc: Document) -> int:
    from auditor.text.segment import words

    texts = [p.text for p in doc.paragraphs]
    texts += [i.text for i in doc.list_items]
    texts += [h.text for h in doc.headings]
    return sum(len(words(t)) for t in texts)


def finish(doc: Document, options: SourceOptions) -> Document:
    from auditor.structure.listicle import detect_items
    from auditor.structure.numbers import headline_number
    from auditor.text.segment import split_sentences

    lang = language_root(options.lang or doc.meta.lang or doc.lang)
    number, at_least = headline_number(doc.headline or "", lang) if doc.headline else (None, False)
    doc = replace(
        doc,
        lang=lang,
        sentences=split_sentences(doc.paragraphs, lang),
        links=_mark_internal(doc.links, _site(doc, options)),
        headline_number=number,
        headline_number_at_least=at_least,
    )
    return replace(doc, items=detect_items(doc), word_count=_word_count(doc))
