"""A page saved as one MHTML file (Chrome's "Webpage, Single File", Internet Explorer's
and Word's ``.mht``): a MIME multipart/related message (RFC 2557) whose first
``text/html`` part is the page, quoted-printable or base64, its pictures and styles
the other parts. The article is that part; lines and columns are counted in it.
"""

from __future__ import annotations

import codecs

from auditor.text.lazyre import lazy_pattern

# The message's headers: Chrome writes "From: <Saved by Blink>" then
# "Snapshot-Content-Location:", "Subject:", "Date:", "MIME-Version: 1.0",
# "Content-Type: multipart/related;"; Internet Explorer starts at "From:" or "MIME-Version:".
_MIME_VERSION = lazy_pattern(rb"(?m)^mime-version:")
_MULTIPART = lazy_pattern(rb"(?m)^content-type:[ \t]*multipart/related\b")
_FIRST_HEADER = lazy_pattern(rb"\A[a-z][a-z0-9-]*:")
_HEADER_BYTES = 4096


def is_mhtml(data: bytes) -> bool:
    """Whether ``data`` starts with a MIME message's headers declaring multipart/related."""
    head = data[:_HEADER_BYTES].lstrip()
    if not head[:1].isalpha():  # a page opens with "<", a MIME message with a header
        return False
    head = head.lower()
    if _FIRST_HEADER().match(head) is None:
        return False
    headers = head.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    return _MIME_VERSION().search(headers) is not None and _MULTIPART().search(headers) is not None


def mhtml_page(data: bytes) -> bytes | None:
    """The page inside an MHTML file, as UTF-8 bytes with a byte-order mark (so the
    part's declared charset, not a guess, reads it); None when ``data`` is not MHTML.
    Raises SourceError for an MHTML file that holds no HTML part."""
    if not is_mhtml(data):
        return None
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload.strip():
            continue
        charset = part.get_content_charset()
        if charset is None:
            return payload
        from auditor.sources.charsets import codecs_for_label

        found = codecs_for_label(charset)
        if found is None:
            return payload
        return codecs.BOM_UTF8 + payload.decode(found[0], errors="replace").encode("utf-8")
    from auditor.sources import SourceError

    raise SourceError("MHTML file with no HTML page in it")
