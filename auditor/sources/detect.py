"""Which parser reads a file: by extension first, then by sniffing the content.

Sniffing looks at the start of the text only (the first 64 KB), so it costs the same
for a 10 KB article and a 50 MB dump. HTML wins on a doctype/``<html>`` opening or
on many tags per line; Markdown needs a signal plain prose does not produce (front
matter, ``#`` headings, ``[text](url)`` links, ``**bold**``, code fences); anything
else is plain text. A pasted article with "1. Flags of Freedom" lines is *text*:
numbered lines alone are not Markdown evidence.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from auditor.text.lazyre import lazy_pattern

EXTENSION_FORMATS: dict[str, str] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".mhtml": "html",  # a page saved as one file (auditor.sources.mhtml)
    ".mht": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdx": "markdown",
    ".mkd": "markdown",
    ".txt": "text",
    ".text": "text",
    ".docx": "docx",  # Word and Google Docs drafts (auditor.sources.docx)
}

# What a directory walk picks up: every extension with a known format.
ARTICLE_EXTENSIONS: frozenset[str] = frozenset(EXTENSION_FORMATS)
# Web archives (auditor.warc): a walk picks them up too, each HTML response an article.
WARC_SUFFIXES = (".warc", ".warc.gz")


def is_warc(path: str | PurePath) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)

_SNIFF_CHARS = 65536

_HTML_START = lazy_pattern(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b)", re.I | re.S)
_HTML_TAG = lazy_pattern(
    r"</?(?:html|head|body|div|span|p|a|img|h[1-6]|article|section|main|nav|header|footer|"
    r"ul|ol|li|figure|figcaption|table|tr|td|meta|link|script|style|br|strong|em)\b[^>]*>",
    re.I,
)

_FRONT_MATTER = lazy_pattern(r"\A(?:---|\+\+\+)[ \t]*\n.*?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_MD_HEADING = lazy_pattern(r"^ {0,3}#{1,6}[ \t]+\S", re.M)
_MD_SETEXT = lazy_pattern(r"^\S[^\n]*\n {0,3}=+[ \t]*$", re.M)
_MD_LINK = lazy_pattern(r"!?\[[^\]\n]+\]\([^)\s]+(?:\s+\"[^\"]*\")?\)|^ {0,3}\[[^\]\n]+\]:\s+\S", re.M)
_MD_STRONG = lazy_pattern(r"(?<![\w*])\*\*[^*\n]+\*\*(?![\w*])|(?<!\w)__[^_\n]+__(?!\w)")
_MD_FENCE = lazy_pattern(r"^ {0,3}(?:```|~~~)", re.M)


def format_from_extension(path: str) -> str | None:
    return EXTENSION_FORMATS.get(PurePath(path).suffix.lower())


# A page kept with a line of its own above it: a crawler's "URL: …" or a capture
# date, as corpora of saved pages (CleanEval's) write them.
_HTML_LATE_START = lazy_pattern(r"^[ \t]*<(?:!doctype\s+html|html\b)", re.I | re.M)
_LATE_START_CHARS = 512


def _looks_like_html(head: str) -> bool:
    if _HTML_START().match(head) or _HTML_LATE_START().search(head, 0, _LATE_START_CHARS):
        return True
    tags = len(_HTML_TAG().findall(head))
    if tags < 3:
        return False
    lines = head.count("\n") + 1
    # Markdown with a stray <img> or <br> has a few tags; an HTML fragment has tags
    # on most lines.
    return tags >= max(3, lines // 4) and head.lstrip().startswith("<")


def _looks_like_markdown(head: str) -> bool:
    if _FRONT_MATTER().match(head):
        return True
    if any(p().search(head) for p in (_MD_HEADING, _MD_SETEXT, _MD_LINK, _MD_FENCE)):
        return True
    # One **bold** run can be an emphasised word in an e-mail; two is a habit.
    return len(_MD_STRONG().findall(head, 0, 16384)) >= 2


def _head(text: str) -> str:
    return text[:_SNIFF_CHARS].lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def is_docx(data: bytes) -> bool:
    """A zip archive holding a Word document (a .docx under another name)."""
    return data[:4] == b"PK\x03\x04" and b"word/" in data[:65536]


def sniffs_as_html(text: str) -> bool:
    """Whether the content alone reads as HTML (what :func:`sniff_format` calls ``"html"``)."""
    return _looks_like_html(_head(text))


def sniff_format(text: str) -> str:
    """``"html"``, ``"markdown"`` or ``"text"`` judged from the content alone."""
    head = _head(text)
    if _looks_like_html(head):
        return "html"
    if _looks_like_markdown(head):
        return "markdown"
    return "text"


def detect_format(path: str, text: str) -> str:
    """The format of ``path``: its extension when known, else sniffed from ``text``."""
    return format_from_extension(path) or sniff_format(text)
