"""Audit URLs, sitemaps and (with link checking) files: the online twin of
:func:`auditor.api.audit_many`.

Pages are fetched a window at a time (so a 5,000-URL sitemap is never all in memory)
and audited in input order; the URL is each article's path in every output. Link
checking runs while each article is audited, through ``audit``'s ``enrich`` hook, so
its facts reach the rules like any other fact of the document.
"""

from __future__ import annotations

import asyncio
import codecs
import sys
from collections.abc import Callable, Coroutine, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

from auditor.api import BatchOptions, Settings, audit, config_for, read_input, settings_for
from auditor.config import is_excluded
from auditor.model import Document, FileResult, HttpFacts
from auditor.web.fetch import Fetcher, Response
from auditor.web.links import LinkChecker, LinkOptions, page_anchors, targets_of
from auditor.web.policy import FetchPolicy, is_url
from auditor.web.sitemap import Filters, collect

_T = TypeVar("_T")

BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
HTML_TYPES = ("text/html", "application/xhtml+xml", "")  # "" : no Content-Type, sniff it


@dataclass(frozen=True, slots=True)
class WebOptions:
    policy: FetchPolicy = field(default_factory=FetchPolicy)
    sitemaps: tuple[str, ...] = ()
    filters: Filters = field(default_factory=Filters)
    save_pages: Path | None = None
    check_links: bool = False
    links: LinkOptions = field(default_factory=LinkOptions)


def needs_network(paths: Sequence[str], web: WebOptions) -> bool:
    return bool(web.sitemaps) or web.check_links or any(is_url(p) for p in paths)


def _with_header_charset(answer: Response) -> bytes:
    """The body, re-encoded as UTF-8 with a BOM when the Content-Type header names a
    charset: the header outranks a ``<meta charset>`` (HTML's rule), and the BOM makes
    the loader take the bytes as they are. Line numbers do not move."""
    body, charset = answer.body, answer.charset
    if not charset or body.startswith(BOMS):
        return body
    try:
        codecs.lookup(charset)
        return BOMS[0] + body.decode(charset).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return body  # a wrong header: let the loader sniff


def _http_facts(answer: Response) -> HttpFacts:
    return HttpFacts(url=answer.url, final_url=answer.final_url, status=answer.status,
                     redirects=answer.redirects, x_robots_tag=answer.headers.get("x-robots-tag"),
                     error=answer.error)


def _save(folder: Path, answer: Response) -> None:
    """Keep a fetched page so the run can be repeated offline (``auditor check DIR``)."""
    from auditor.fileio import write_atomic

    parts = urlsplit(answer.final_url)
    name = quote(parts.path.strip("/") or "index", safe="/").replace("/", "__")
    if parts.query:
        name += "__" + quote(parts.query, safe="")
    if not name.endswith((".html", ".htm")):
        name += ".html"
    target = folder / quote(parts.netloc, safe="") / name[:200]
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, answer.body)
    with (folder / "manifest.tsv").open("a", encoding="utf-8") as index:
        index.write(f"{answer.url}\t{answer.final_url}\t{answer.status}\t{target.relative_to(folder)}\n")


def _windows(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class _Session:
    """One event loop, one fetcher and one link checker for the whole run."""

    def __init__(self, web: WebOptions) -> None:
        self.web = web
        self.runner = asyncio.Runner()
        self.fetcher = Fetcher(web.policy)
        self.checker = LinkChecker(self.fetcher, web.links) if web.check_links else None

    def run(self, coro: Coroutine[Any, Any, _T]) -> _T:
        return self.runner.run(coro)

    def close(self) -> None:
        if self.checker is not None:
            self.checker.close()
        self.run(self.fetcher.__aexit__())
        self.runner.close()

    def enrich(self, base: str | None, http: HttpFacts | None) -> Callable[[Document, bytes], Document]:
        def add_facts(doc: Document, raw: bytes) -> Document:
            if http is not None:
                doc = replace(doc, http=http)
            if self.checker is not None:
                page_base = base or (doc.meta.canonical if is_url(doc.meta.canonical or "") else None)
                targets = targets_of(doc, raw, page_base, self.web.links)
                anchors = page_anchors(raw) if doc.format == "html" else frozenset()
                if doc.format != "html":  # Markdown headings get ids from most renderers
                    anchors = frozenset(_slug(h.text) for h in doc.headings)
                doc = replace(doc, link_checks=self.run(self.checker.check(targets, anchors)))
            return doc
        return add_facts


def _slug(text: str) -> str:
    import re

    return re.sub(r"[^\w\- ]", "", text.lower()).strip().replace(" ", "-")


def _http_only(url: str, answer: Response, settings: Settings) -> FileResult:
    """A page that answered but not with an article (404, 500…): only the HTTP rules."""
    from auditor.engine.run import run_rules

    doc = Document(path=url, format="html", http=_http_facts(answer))
    findings = sorted(run_rules(doc, [r for r in settings.rules if r.check.startswith("web.page_")]),
                      key=lambda f: f.sort_key())
    # No article answered: nothing to score but the failure itself.
    from auditor.engine.scoring import assemble
    from auditor.model import ScoreCap

    explained = assemble((), (), (ScoreCap("no-article", 0, f"no article: the page answered HTTP {answer.status}"),))
    return FileResult(path=url, format="html", score=explained.score, findings=tuple(findings),
                      document=doc, score_breakdown=explained)


def _page_result(url: str, answer: Response, settings: Settings, session: _Session) -> FileResult:
    if answer.status is None:
        return FileResult(path=url, error=f"cannot fetch: {answer.error}")
    if not answer.ok:
        return _http_only(url, answer, settings)
    if answer.content_type not in HTML_TYPES:
        return FileResult(path=url, error=f"not an HTML page (Content-Type {answer.content_type})")
    if answer.truncated:
        return FileResult(path=url, error=f"page is over the {session.web.policy.max_bytes // 1_000_000} MB"
                                          " limit (raise it with --max-size)")
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(answer.final_url))
    # A fetched page knows its own site: internal links are those to its host.
    source = replace(settings.source, site_url=settings.source.site_url or origin)
    settings = replace(settings, source=source)
    return audit(_with_header_charset(answer), url, settings,
                 enrich=session.enrich(answer.final_url, _http_facts(answer)))


def audit_web(paths: Iterable[str], options: BatchOptions, web: WebOptions) -> Iterator[FileResult]:
    """Audit files and URLs (and every article of ``web.sitemaps``), in input order,
    fetching only what the user named. Failures come back as results with ``error``."""
    from auditor.discover import expand

    paths = list(paths)
    session = _Session(web)
    try:
        urls = [p for p in paths if is_url(p)]
        files = [p for p in paths if not is_url(p)]
        if web.sitemaps:
            found = session.run(collect(session.fetcher, web.sitemaps, web.filters))
            for problem in found.problems:
                where, _, reason = problem.partition(": ")
                yield FileResult(path=where, error=f"sitemap: {reason}")
            urls.extend(e.url for e in found.entries if e.url not in urls)
        for target in expand(files, lambda p: is_excluded(p, config_for(str(p), options))):
            if target.error:
                yield FileResult(path=target.path, error=target.error)
                continue
            settings = settings_for(target.path, options)
            try:
                data = read_input(target.path)
            except OSError as exc:
                yield FileResult(path=target.path, error=f"cannot read file: {exc.strerror or exc}")
                continue
            yield audit(data, target.path, settings, enrich=session.enrich(None, None))
        settings = settings_for("-", options)
        window = max(1, web.policy.concurrency * 2)
        for chunk in _windows(urls, window):
            answers = session.run(_fetch_all(session.fetcher, chunk))
            for url, answer in zip(chunk, answers):
                if web.save_pages is not None and answer.ok:
                    _save(web.save_pages, answer)
                yield _page_result(url, answer, settings, session)
        if session.checker is not None and session.checker.skipped:
            print(f"auditor: {session.checker.skipped} links not checked: over --max-links "
                  f"{web.links.max_links}", file=sys.stderr)
    finally:
        session.close()


async def _fetch_all(fetcher: Fetcher, urls: Sequence[str]) -> list[Response]:
    return list(await asyncio.gather(*(fetcher.get(u) for u in urls)))
