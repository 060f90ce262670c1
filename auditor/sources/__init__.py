"""Bytes → :class:`~auditor.model.Document`.

``load`` picks the parser (by ``format_in``, the extension, then sniffing the
content), decodes the bytes, parses, then ``auditor.structure.finish`` derives what
every format shares (sentences, listicle items, word counts, internal links).
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.record import Record


class SourceError(Exception):
    """The input cannot be audited. ``str(exc)`` is one line naming the problem
    (the caller adds the path)."""


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class SourceOptions(Record):
    """How inputs are read and parsed: format, body selector, language, limits."""

    format_in: str | None = None  # "html" | "markdown" | "text" | None to detect
    selector: str | None = None  # CSS selector of the article body (HTML)
    lang: str | None = None  # forced language; otherwise declared, else "en"
    site_url: str | None = None  # judge links internal/external against this
    # Real articles are well under a megabyte; a file this large is a dump or an
    # attack, refused with a clear message rather than minutes of parsing.
    max_bytes: int = 16 * 1000 * 1000
    # Time and memory one file may take (auditor.budget); None: the defaults.
    timeout_s: float | None = None
    memory_mb: int | None = 2048
    # Item grammar a newsroom adds (config item-labels / item-number-words): words that
    # may stand before an item number ("Hack 3:") and number words used as markers.
    item_labels: tuple[str, ...] = ()
    item_number_words: tuple[tuple[str, int], ...] = ()
