"""Bytes → text, the way a browser would read them.

Order: byte-order mark, then (HTML only) the charset the page declares in its head,
read by the WHATWG label table (:mod:`auditor.sources.charsets`), unless the bytes
are valid multi-byte UTF-8 (a stale declaration), then strict UTF-8, then UTF-8 with
a few broken sequences replaced, then charset-normalizer as the detector, steered to
the code pages of the page's language. Input that is not text at all (NUL bytes by
the hundred, mostly control characters) is refused with a one-line
:class:`~auditor.sources.SourceError`.
"""

from __future__ import annotations

import codecs
import re

from auditor.sources import SourceError
from auditor.text.lazyre import lazy_pattern

# UTF-32 first: its little-endian BOM starts with UTF-16's.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">
# and an XHTML page's <?xml … encoding="x"?>.
_META_CHARSET = lazy_pattern(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"""
    rb"""|<\?xml\b[^>]*?\bencoding\s*=\s*["']\s*([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
_SNIFF_BYTES = 4096
_SAMPLE_BYTES = 65536

# C0 controls a text file never holds (tab, LF, VT, FF, CR and ESC excluded).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"
_CONTROL_CHARS = lazy_pattern("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.05


# The last page decoded, kept by identity: the article parser, the structured-data
# reader and the space-run finder each decode the same bytes of one page.
_LAST: tuple[bytes, bool, str] | None = None


def decode(data: bytes, *, html: bool = False) -> str:
    """Decode ``data`` to text; raise SourceError when it is empty or not text."""
    global _LAST
    last = _LAST
    if last is not None and last[0] is data and last[1] == html:
        return last[2]
    text = _decode(data, html)
    _LAST = (data, html, text)
    return text


def _decode(data: bytes, html: bool) -> str:
    if not data:
        raise SourceError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, errors="replace")
            _refuse_binary_text(text)
            return text
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        text = data.decode(utf16, errors="replace")
        _refuse_binary_text(text)
        return text
    _refuse_binary_bytes(data)
    if html:
        declared = declared_codecs(data)
        if declared is not None and declared != ("utf-8",):
            # Valid multi-byte UTF-8 is all but impossible by chance in legacy text
            # (é in cp1252 is one byte a UTF-8 decoder refuses): the declaration is a
            # stale one, kept when the page was saved or re-encoded. Read it as UTF-8.
            as_utf8 = _multibyte_utf8(data)
            if as_utf8 is not None:
                return as_utf8
            # Other declared charsets are trusted, as a browser would, with the odd
            # bad byte replaced.
            return _decode_declared(data, declared)
    try:
        return _keep_utf8(data.decode("utf-8"), data)
    except UnicodeDecodeError:
        pass
    # A UTF-8 page with a few broken bytes (a sequence cut where a CMS truncated a
    # string, a stray Windows-1252 quote pasted in) is read as UTF-8 with those bytes
    # replaced, as a browser reads it: not re-guessed whole as a legacy charset. A page
    # that lies about UTF-8 and is legacy text has few valid sequences, and goes on to
    # the detector.
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    from auditor.sources.charsets import language_codecs

    return _detect(data, language_codecs(data[:_SNIFF_BYTES]) if html else ())


def _decode_declared(data: bytes, candidates: tuple[str, ...]) -> str:
    """``data`` read with the first of a declared charset's codecs that reads all of it
    (an ISO-8859 code page's result must hold no C1 control: those bytes are its
    Windows sibling's quotes and letters); else with the first, bad bytes replaced."""
    for i, codec in enumerate(candidates):
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        if i + 1 < len(candidates) and codec.startswith("iso8859") and _C1_CONTROL().search(text):
            continue
        return text
    try:
        return data.decode(candidates[0], errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


# C1 controls (U+0080–U+009F): no text holds them; ISO-8859 makes them of the bytes
# its Windows sibling uses for quotes, dashes and letters.
_C1_CONTROL = lazy_pattern("[\x80-\x9f]")
# Share of broken sequences a UTF-8 page may hold: at most one for every four good
# multi-byte characters (legacy CJK text read as UTF-8 makes two or three bad ones
# for every sequence that happens to be valid).
_MOSTLY_UTF8 = 4


def _mostly_utf8(data: bytes) -> str | None:
    """``data`` as UTF-8 with its bad bytes replaced, when most of its multi-byte
    sequences are valid UTF-8; None otherwise."""
    text = data.decode("utf-8", errors="replace")
    ascii_bytes = len(data.translate(None, _HIGH_BYTES))
    replaced = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = len(text) - ascii_bytes - replaced
    if good < 2 or good < _MOSTLY_UTF8 * replaced:
        return None
    return text


_HIGH_BYTES = bytes(range(128, 256))


def _multibyte_utf8(data: bytes) -> str | None:
    """``data`` decoded, when it holds non-ASCII bytes and all of it is valid UTF-8."""
    if data.isascii():
        return None
    try:
        return _keep_utf8(data.decode("utf-8"), data)
    except UnicodeDecodeError:
        return None


# A page's <head> may run long (inline styles and scripts) before its <meta charset>:
# past the first 4 KB, the declaration is looked for up to the <body> start tag, as
# browsers' prescan of the head does, within the first 64 KB.
_BODY_TAG = lazy_pattern(rb"<body\b", re.IGNORECASE)
_HEAD_BYTES = 65536


def declared_codecs(data: bytes) -> tuple[str, ...] | None:
    """The codecs that read the charset a ``<meta>`` (or ``<?xml?>``) declaration names
    in the page's head, best first (:mod:`auditor.sources.charsets`); None when the
    page declares none, or one no browser knows."""
    from auditor.sources.charsets import codecs_for_label

    match = _declaration(data[:_SNIFF_BYTES])
    if match is None and len(data) > _SNIFF_BYTES:
        body = _BODY_TAG().search(data, 0, _HEAD_BYTES)
        if body is not None and body.start() > _SNIFF_BYTES:
            match = _declaration(data[: body.start()])
    if match is None:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii", errors="ignore")
    return codecs_for_label(label)


def _declaration(head: bytes) -> re.Match[bytes] | None:
    """The first charset declaration in ``head`` outside a comment (browsers' prescan
    skips ``<!-- … -->``: a template's commented-out old <meta>, an IE conditional)."""
    for match in _META_CHARSET().finditer(head):
        opened = head.rfind(b"<!--", 0, match.start())
        if opened != -1 and head.find(b"-->", opened + 4, match.start()) == -1:
            continue
        return match
    return None


def declared_charset(data: bytes) -> str | None:
    """The codec named by a ``<meta>`` charset in the page's head, read the way
    browsers read it (latin-1 → cp1252; a UTF-16 declaration in ASCII-compatible
    bytes means UTF-8); None when absent or unknown."""
    found = declared_codecs(data)
    return found[0] if found else None


# A symbol inside a word ("žlu»oučký"): the sign of a sibling code page read for
# another (ISO-8859-2's ť is Windows-1250's »). Apostrophes and middle dots belong there.
_MIDWORD_SYMBOL = lazy_pattern(r"(?<=[^\W\d_])[^\w\s\x00-\x7f\u2019\u02bc\u00b7\u2010\u2011](?=[^\W\d_])")


def _detect(data: bytes, language: tuple[str, ...] = ()) -> str:
    """The detector's reading of ``data``. ``language``: the legacy codecs of the
    language the page names (else of the language the detector reads in it); among the
    readings the detector finds plausible, one in them wins (the least messy), as a
    short page gives the detector too little to tell Polish in ISO-8859-2 from Welsh in
    ISO-8859-14."""
    from charset_normalizer import from_bytes  # heavy: only for non-UTF-8 input

    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise SourceError("binary file, not text (no text encoding fits)")
    if not language:
        from auditor.sources.charsets import detected_language_codecs

        language = detected_language_codecs(best.language)
    if language:
        wanted = {codecs.lookup(name).name: rank for rank, name in enumerate(language)}
        named = [
            (match.chaos, len(_MIDWORD_SYMBOL().findall(str(match))), wanted[codecs.lookup(match.encoding).name], i, match)
            for i, match in enumerate(results) if codecs.lookup(match.encoding).name in wanted
        ]
        if named:
            best = min(named, key=lambda found: found[:4])[4]
    text = str(best)
    _refuse_binary_text(text)
    return text


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as a NUL in every other byte of Latin text."""
    sample = data[:_SNIFF_BYTES]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.6 * half and even == 0:
        return "utf-16-le"
    if even >= 0.6 * half and odd == 0:
        return "utf-16-be"
    return None


# A stray NUL in a page (a scraper's or a database's leftover) is blanked like any
# control character; binary files hold them by the hundred (and other control bytes,
# which the control share refuses in a small file).
_MAX_NUL_SHARE = 0.01
_STRAY_NULS = 4


def _too_many_nuls(nuls: int, size: int) -> bool:
    return nuls > _STRAY_NULS and nuls > _MAX_NUL_SHARE * size


def _refuse_binary_bytes(data: bytes) -> None:
    sample = data[:_SAMPLE_BYTES]
    if _too_many_nuls(sample.count(0), len(sample)):
        raise SourceError("binary file, not text (NUL bytes)")
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(sample):
        raise SourceError("binary file, not text (control characters)")


def _refuse_binary_text(text: str) -> None:
    sample = text[:_SAMPLE_BYTES]
    if _too_many_nuls(sample.count("\x00"), len(sample)):
        raise SourceError("binary file, not text (NUL characters)")
    if len(_CONTROL_CHARS().findall(sample)) > _MAX_CONTROL_SHARE * max(len(sample), 1):
        raise SourceError("binary file, not text (control characters)")


# Characters lxml refuses in text it builds (NUL, C0 controls other than tab and
# newline, lone surrogates): scraped pages carry them; a reader never sees them.
_NOT_XML_CHAR = lazy_pattern("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# The C0 controls of _NOT_XML_CHAR, as UTF-8 bytes (each is one byte, never part of
# a longer sequence).
_NOT_XML_BYTES = bytes(range(0x09)) + b"\x0b\x0c" + bytes(range(0x0e, 0x20))


def xml_safe(text: str) -> str:
    """``text`` with the characters lxml refuses replaced one for one by spaces, so
    source lines and columns stay right."""
    # The pattern scans a non-ASCII page character by character (~0.5 ms for 200 KB);
    # the page's UTF-8 bytes (which the structured-data reader needs too) tell in C
    # that most pages hold none: no control byte, no U+FFFE/U+FFFF, and no lone
    # surrogate (which UTF-8 cannot encode).
    try:
        data = utf8(text)
    except UnicodeEncodeError:
        return _NOT_XML_CHAR().sub(" ", text)
    if len(data.translate(None, _NOT_XML_BYTES)) == len(data) and "\ufffe" not in text and "\uffff" not in text:
        return text
    return _NOT_XML_CHAR().sub(" ", text)


# The last page encoded, kept by identity (see utf8).
_LAST_UTF8: tuple[str, bytes] | None = None


def _keep_utf8(text: str, data: bytes) -> str:
    """Note ``data`` as ``text``'s UTF-8 (for :func:`utf8`): ``text`` was decoded from it as
    strict UTF-8, which encodes back to the same bytes. The parser
    hands libxml2 the page as UTF-8: a UTF-8 page (most) need not be encoded again."""
    global _LAST_UTF8
    if type(data) is bytes:  # a bytearray or memoryview is not what utf8() returns
        _LAST_UTF8 = (text, data)
    return text


def utf8(text: str) -> bytes:
    """``text.encode("utf-8")``, the last page's kept by identity: the parser's check
    for characters lxml refuses and the structured-data reader encode the same page."""
    global _LAST_UTF8
    last = _LAST_UTF8
    if last is not None and last[0] is text:
        return last[1]
    data = text.encode("utf-8")
    _LAST_UTF8 = (text, data)
    return data
