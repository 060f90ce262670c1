"""Derive what every format shares once parsed: language, sentences, word count,
internal/external links and the listicle items. Parsers stay format-specific; this
step is the same for HTML, Markdown and plain text."""

from __future__ import annotations

from collections.abc import Iterator
from auditor.record import replace

from auditor.model import Document, Link, Paragraph
from auditor.sources import SourceOptions
from auditor.text.languages import lang_root


# ``"en-US"`` → ``"en"``; the checks import it under this name.
language_root = lang_root


def _site(doc: Document, options: SourceOptions) -> str | None:
    return options.site_url or doc.meta.canonical or doc.meta.og.get("og:url")


def _mark_internal(links: tuple[Link, ...], site: str | None) -> tuple[Link, ...]:
    from auditor.links.urls import is_internal

    return tuple(
        replace(link, internal=is_internal(link.href, site)) if link.href is not None else link
        for link in links
    )


def _word_count(doc: Document) -> int:
    from auditor.text.segment import word_count

    # A pull quote repeats the story's own words: counted once, where the story says them.
    # An embedded post's words count: the reader reads them, and editors measure a post
    # built on embedded tweets by all it shows (readability reads only the writer's prose).
    stories: list[str] = []  # the story's own paragraphs, casefolded once when a quote asks
    texts = [p.text for p in doc.paragraphs if not _pull_quote(p, doc.paragraphs, stories)]
    texts += [i.text for i in doc.list_items]
    texts += [h.text for h in doc.headings]
    texts += slide_texts(doc)
    return sum(map(word_count, texts))


# A pull quote repeats a line of the story: this many characters at least, so a short
# quoted phrase the story echoes is not taken for one.
_PULL_QUOTE_CHARS = 40
_QUOTE_MARKS = "\"'“”„«»‘’「」 "


def _pull_quote(p: Paragraph, paragraphs: tuple[Paragraph, ...], stories: list[str]) -> bool:
    """A block quote that repeats words of the story's own paragraphs (a pull quote, set
    large beside the text it repeats): counted once, where the story says it. ``stories``:
    the story's paragraphs casefolded, filled on the first ask (casefolding them for each
    quote took the word count from 0.06 to 0.18 ms on a page of many quotes)."""
    if not p.quote:
        return False
    core = p.text.strip(_QUOTE_MARKS).rstrip(".!?…").strip(_QUOTE_MARKS).casefold()
    if len(core) < _PULL_QUOTE_CHARS:
        return False
    if not stories:
        stories.extend(q.text.casefold() for q in paragraphs if not q.quote)
    return any(core in story for story in stories)


# A slide's text says something: two sentences at least ("Oftentimes millennials settle…
# Sasha says. …"), not a label or a credit line.
_SLIDE_SENTENCES = 2
# A slideshow: three slides or more, each with text of its own under its picture.
_MIN_SLIDES = 3


def slide_texts(doc: Document) -> list[str]:
    """The text set in a slideshow's captions ("<figure><img><figcaption><p>Sasha
    says…</p><p>…</p></figcaption></figure>" per slide, as gallery templates write an
    article): captions of two sentences or more, three or more of them in the body. The
    reader reads them as the article's words; a photo's label or credit line is none."""
    import re

    found = [" ".join(im.caption.split()) for im in doc.images if im.caption and not im.decorative]
    slides = [c for c in found if len(re.findall(r"[.!?…。！？](?:[\"'”’)]*)(?=\s|$)", c)) >= _SLIDE_SENTENCES]
    return slides if len(slides) >= _MIN_SLIDES else []


def _prose(doc: Document) -> Iterator[str]:
    """Body text in the order that best shows its language: running prose first, then
    lists and headings, quotations (often in another language) last."""
    yield from (p.text for p in doc.paragraphs if not p.quote)
    yield from (i.text for i in doc.list_items)
    yield from (h.text for h in doc.headings)
    if doc.headline:
        yield doc.headline
    yield from (p.text for p in doc.paragraphs if p.quote)


def finish(doc: Document, options: SourceOptions) -> Document:
    from auditor.structure.listicle import detect_items
    from auditor.structure.numbers import headline_promise
    from auditor.text.langid import effective_language, identify
    from auditor.text.segment import split_sentences

    # Always identified (well under a millisecond) so MT010 can compare with the declaration.
    detected, _ = identify(_prose(doc))
    lang = effective_language(doc.meta.lang, detected, options.lang, doc.lang)
    number, at_least, firm = headline_promise(doc.headline or "", lang) if doc.headline else (None, False, True)
    doc = replace(
        doc,
        lang=lang,
        detected_lang=detected,
        sentences=split_sentences(doc.paragraphs, lang),
        links=_mark_internal(doc.links, _site(doc, options)),
        headline_number=number,
        headline_number_at_least=at_least,
    )
    from auditor.model import decide_page_kind as page_kind
    from auditor.structure.facts import headline_heading, listicle_facts

    from auditor.structure.letters import with_letters
    from auditor.structure.markers import extended, using

    doc = replace(doc, page_kind=page_kind(doc), headline_heading=headline_heading(doc))
    with using(with_letters(extended(options.item_labels, dict(options.item_number_words)), doc)):
        doc = replace(doc, items=detect_items(doc), word_count=_word_count(doc))
        if not firm and not _lists_about(doc):
            # "5 rumah terbakar" (five houses burned) over a story: no promise, no list read to it.
            doc = replace(doc, headline_number=None, headline_number_at_least=False)
            doc = replace(doc, items=detect_items(doc))
        return replace(doc, listicle=listicle_facts(doc))


def _lists_about(doc: Document) -> bool:
    """Whether the body lists about as many entries as the headline's count that only its
    body can confirm (:func:`auditor.structure.promise.firm_promise`): as many items, or
    items numbered up to it (then one missing is a real miscount)."""
    promised, items = doc.headline_number or 0, doc.items
    found = len(items)
    if found == promised or (doc.headline_number_at_least and found >= promised):
        return found > 0
    numbers = [i.number for i in items if i.number is not None]
    return len(numbers) >= 3 and max(numbers) == promised
