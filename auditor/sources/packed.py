"""Pages that arrive packed: gzip-compressed bytes under a page's name (curl and
scrapers keep a response's body as the server sent it, Content-Encoding and all) and
Safari's web archives (a binary property list: the page's bytes and their encoding
under ``WebMainResource``, https://developer.apple.com/documentation/webkit/webarchive).
The page inside is what is read; it may be no larger than a page may be.
"""

from __future__ import annotations

import codecs

from auditor.sources import SourceError

_GZIP = b"\x1f\x8b\x08"
_PLIST = b"bplist00"


def unpacked(data: bytes, max_bytes: int) -> bytes | None:
    """The page inside ``data`` when it is packed, else None. Raises SourceError for a
    packed file that is broken or unpacks past ``max_bytes``."""
    if data.startswith(_GZIP):
        return _gunzip(data, max_bytes)
    if data.startswith(_PLIST):
        return _web_archive(data)
    return None


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    import zlib

    inflate = zlib.decompressobj(wbits=31)
    try:
        page = inflate.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise SourceError(f"gzip-compressed file that does not decompress ({exc})") from None
    if not inflate.eof and not page.strip():  # a download cut short keeps what came
        raise SourceError("gzip-compressed file that does not decompress (cut short)")
    if len(page) > max_bytes:
        raise SourceError(f"gzip-compressed file over the {max_bytes / 1e6:.0f} MB limit once"
                          " decompressed (raise it with --max-size)")
    return page


def _web_archive(data: bytes) -> bytes | None:
    import plistlib

    try:
        archive = plistlib.loads(data)
    except Exception:  # noqa: BLE001 - plistlib raises many kinds for a broken file
        return None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict) or not isinstance(main.get("WebResourceData"), bytes):
        return None
    page: bytes = main["WebResourceData"]
    label = main.get("WebResourceTextEncodingName")
    if isinstance(label, str):
        from auditor.sources.charsets import codecs_for_label

        found = codecs_for_label(label)
        if found is not None:
            return codecs.BOM_UTF8 + page.decode(found[0], errors="replace").encode("utf-8")
    return page
