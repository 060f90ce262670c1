"""Pick a parser, decode, parse, finish: bytes → Document."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from auditor.model import Document
from auditor.sources import SourceError, SourceOptions
from auditor.sources.detect import format_from_extension, is_docx, sniff_format, sniffs_as_html

FORMATS = ("html", "markdown", "text")


def _looks_like_html(data: bytes) -> bool:
    """The content sniff, before decoding: it only decides whether a ``<meta charset>``
    applies, and markup is ASCII in every encoding a page can declare (UTF-16 is
    recognised before the declaration is read)."""
    return sniffs_as_html(data[:65536].removeprefix(b"\xef\xbb\xbf").decode("latin-1"))


def saved_page(data: bytes, max_bytes: int) -> bytes:
    """The page inside a saved-page container (gzip, a Safari web archive, an MHTML
    file), else ``data`` itself. Raises SourceError for a broken or oversized pack."""
    from auditor.sources.mhtml import mhtml_page
    from auditor.sources.packed import unpacked

    inner = unpacked(data, max_bytes)
    if inner is not None:
        data = inner
    return mhtml_page(data) or data


def too_large(size: int, options: SourceOptions) -> str:
    return (f"file is {size / 1e6:.0f} MB, over the {options.max_bytes / 1e6:.0f} MB limit"
            " (raise it with --max-size)")


def load(
    data: bytes, path: str, options: SourceOptions, on_html_tree: Callable[[Any], None] | None = None
) -> Document:
    """Parse ``data`` (the bytes of ``path``) into a finished :class:`Document`.
    ``on_html_tree``: see :func:`auditor.sources.html.parse_html` (HTML only).

    Raises :class:`SourceError` with a one-line reason for input that is not an
    article: empty, binary, undecodable, too large."""
    from auditor.sources.encoding import decode
    from auditor.structure.finish import finish

    if len(data) > options.max_bytes:
        raise SourceError(too_large(len(data), options))
    if not data or data.isspace():  # not data.strip(): a copy of the page to test it
        raise SourceError("empty file")
    fmt = options.format_in or format_from_extension(path)
    if fmt != "docx":
        page = saved_page(data, options.max_bytes)
        if page is not data:  # what the pack holds decides, a page under any name included
            data, fmt = page, (None if fmt == "text" else fmt)
    if fmt == "docx" or (fmt is None and is_docx(data)):
        from auditor.sources.docx import parse_docx

        return finish(parse_docx(data, path, options), options)
    # A ".txt" file may be a whole web page (fixture sets and "save as text" keep pages
    # under that name): its content decides, as for a file with no known extension.
    sniffed = fmt is None or (fmt == "text" and options.format_in is None)
    text = decode(data, html=fmt == "html" or (sniffed and _looks_like_html(data)))
    if not text or text.isspace():
        raise SourceError("empty file")
    if fmt is None:
        fmt = sniff_format(text)
    elif sniffed and sniffs_as_html(text):
        fmt = "html"
    if fmt == "html":
        from auditor.sources.html.viewsource import view_source_page

        text = view_source_page(text) or text  # a saved view-source tab: the page it shows
    if fmt in ("html", "markdown"):  # Markdown may hold raw HTML
        from auditor.sources.limits import defuse

        text = defuse(text)
    if fmt == "html":
        from auditor.sources.html import parse_html

        doc = parse_html(text, path, options, on_html_tree)
    elif fmt == "markdown":
        from auditor.sources.markdown import parse_markdown

        doc = parse_markdown(text, path, options)
    elif fmt == "text":
        from auditor.sources.text import parse_text

        if "\x00" in text:  # a stray NUL reads as U+FFFD, as CommonMark and browsers read it
            text = text.replace("\x00", "\ufffd")
        doc = parse_text(text, path, options)
    else:
        raise SourceError(f"unknown input format {fmt!r}: choose one of {', '.join(FORMATS)}, docx")
    return finish(doc, options)
