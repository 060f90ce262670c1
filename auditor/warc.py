"""Web archives as input: each HTML response in a ``.warc`` / ``.warc.gz`` is one article.

Records are read one at a time from the (possibly gzipped) stream with warcio, the
maintained reader of the WARC format that ``wget --warc-file``, Heritrix and
Browsertrix write; nothing is unpacked to disk and only the current record's body is
in memory. The record's target URL is the article's path in every output.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

# Told apart where the other formats are (a batch of plain files never imports this module).
from auditor.sources.detect import WARC_SUFFIXES as WARC_SUFFIXES
from auditor.sources.detect import is_warc as is_warc

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class Record:
    url: str
    data: bytes | None  # None: the archive failed here and ``error`` says why
    error: str | None = None


def html_records(path: str, max_bytes: int) -> Iterator[Record]:
    """Every HTML response of the archive at ``path`` with a 2xx status, in archive
    order; a damaged archive ends with one error record naming the problem."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:  # pragma: no cover - a dependency, but say so plainly if missing
        yield Record(path, None, "reading web archives needs warcio: pip install warcio")
        return
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below, also on errors
    except OSError as exc:
        yield Record(path, None, f"cannot read file: {exc.strerror or exc}")
        return
    with stream:
        try:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                status = record.http_headers.get_statuscode() or ""
                kind = (record.http_headers.get_header("Content-Type") or "").lower()
                if not status.startswith("2") or not kind.startswith(_HTML_TYPES):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or path
                body = record.content_stream().read(max_bytes + 1)
                if len(body) > max_bytes:
                    yield Record(url, None, f"response is over the {max_bytes / 1e6:.0f} MB limit"
                                 " (raise it with --max-size)")
                    continue
                yield Record(url, body)
        except ArchiveLoadFailed as exc:
            yield Record(path, None, f"not a valid web archive: {str(exc).splitlines()[0]}")
        except (OSError, EOFError, ValueError) as exc:  # truncated gzip, bad chunking
            yield Record(path, None, f"web archive is damaged: {type(exc).__name__}: {exc}")
