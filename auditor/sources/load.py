"""Pick a parser, decode, parse, finish: bytes → Document."""

from __future__ import annotations

from auditor.model import Document
from auditor.sources import SourceError, SourceOptions
from auditor.sources.detect import format_from_extension

FORMATS = ("html", "markdown", "text")


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype", b"<html", b"<?xml", b"<head", b"<body", b"<article", b"<div", b"<p", b"<h1", b"<meta", b"<!--"))


def too_large(size: int, options: SourceOptions) -> str:
    return (f"file is {size / 1e6:.0f} MB, over the {options.max_bytes / 1e6:.0f} MB limit"
            " (raise it with --max-size)")


def load(data: bytes, path: str, options: SourceOptions) -> Document:
    """Parse ``data`` (the bytes of ``path``) into a finished :class:`Document`.

    Raises :class:`SourceError` with a one-line reason for input that is not an
    article: empty, binary, undecodable, too large."""
    from auditor.sources.encoding import decode
    from auditor.structure.finish import finish

    if len(data) > options.max_bytes:
        raise SourceError(too_large(len(data), options))
    if not data.strip():
        raise SourceError("empty file")
    fmt = options.format_in or format_from_extension(path)
    text = decode(data, html=fmt == "html" or (fmt is None and _looks_like_html(data)))
    if not text.strip():
        raise SourceError("empty file")
    if fmt is None:
        from auditor.sources.detect import detect_format

        fmt = detect_format(path, text)
    if fmt == "html":
        from auditor.sources.html import parse_html

        doc = parse_html(text, path, options)
    elif fmt == "markdown":
        from auditor.sources.markdown import parse_markdown

        doc = parse_markdown(text, path, options)
    elif fmt == "text":
        from auditor.sources.text import parse_text

        doc = parse_text(text, path, options)
    else:
        raise SourceError(f"unknown input format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return finish(doc, options)
