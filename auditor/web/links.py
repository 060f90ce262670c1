"""The opt-in link checker: every link of an article, checked once per run.

HEAD first (cheap), GET when the server refuses HEAD or the link names a ``#fragment``
whose target must be looked up in the page. An ``http://`` link that works is tried
once over https too. Results are cached in SQLite with a time to live, so a re-run does
not hit every host again; each URL is checked once per run however many articles
link to it. Same-page fragments (``#part``) are checked against the page itself, with
no request at all.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

from auditor.model import Document, LinkCheck
from auditor.web.fetch import Fetcher, Response

CHECKED_SCHEMES = ("http", "https")
HEAD_REFUSED = frozenset({400, 403, 405, 406, 501})  # servers that mishandle HEAD answer these
FRAGMENT_BODY_CAP = 4_000_000


@dataclass(frozen=True, slots=True)
class LinkOptions:
    timeout: float = 10.0  # per link
    max_links: int = 5_000  # distinct URLs per run; the rest are not checked (said on stderr)
    all_links: bool = False  # chrome links too, not only the article body's
    cache_path: Path | None = None  # None: no cache
    cache_ttl: float = 24 * 3600.0


@dataclass(frozen=True, slots=True)
class Target:
    url: str  # absolute, fragment kept
    line: int
    column: int
    text: str


@dataclass(frozen=True, slots=True)
class Outcome:
    status: int | None
    final_url: str | None
    redirects: tuple[int, ...]
    error: str | None
    elapsed_ms: int
    fragment_missing: bool = False
    https_works: bool = False


def page_anchors(html: bytes | str) -> frozenset[str]:
    """Every ``id`` and ``<a name>`` of a page: what a ``#fragment`` can name."""
    from lxml import etree, html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return frozenset()
    found = {v for v in _strings(root.xpath("//@id"))}
    found.update(_strings(root.xpath("//a/@name")))
    return frozenset(found)


def all_page_links(raw: bytes) -> list[tuple[str, str, int]]:
    """(href, text, line) of every ``<a href>`` in a page, chrome included (--all-links)."""
    from lxml import etree, html as lxml_html

    try:
        root = lxml_html.fromstring(raw)
    except (etree.ParserError, ValueError):
        return []
    return [(a.get("href") or "", " ".join((a.text_content() or "").split()), int(a.sourceline or 1))
            for a in root.iter("a") if isinstance(a, lxml_html.HtmlElement) and a.get("href")]


def _strings(found: object) -> list[str]:
    """The string results of an XPath query (attribute values)."""
    return [str(v) for v in found if isinstance(v, str)] if isinstance(found, list) else []


def targets_of(doc: Document, raw: bytes, base: str | None, options: LinkOptions) -> list[Target]:
    """The links to check, made absolute against ``base`` (the page's URL or canonical).
    Relative links with no base to resolve them are skipped: a draft has no address yet."""
    if options.all_links and doc.format == "html":
        found = [(href, text, line, 1) for href, text, line in all_page_links(raw)]
    else:
        found = [(link.href or "", link.text, link.line, link.column) for link in doc.links if link.href]
    out = []
    for href, text, line, column in found:
        href = href.strip()
        if href.startswith("#"):
            out.append(Target(href, line, column, text))  # same page: checked offline
            continue
        url = urljoin(base, href) if base else href
        if urlsplit(url).scheme.lower() not in CHECKED_SCHEMES:
            continue
        out.append(Target(url, line, column, text))
    return out


class LinkCache:
    """Results by URL with a time to live, in SQLite (WAL: two runs may share it)."""

    def __init__(self, path: Path, ttl: float) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.ttl = ttl
        self._db = sqlite3.connect(path, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS links (url TEXT PRIMARY KEY, checked REAL, result TEXT)")
        self._db.commit()

    def get(self, url: str) -> Outcome | None:
        row = self._db.execute("SELECT checked, result FROM links WHERE url = ?", (url,)).fetchone()
        if row is None or time.time() - row[0] > self.ttl:
            return None
        data = json.loads(row[1])
        data["redirects"] = tuple(data["redirects"])
        return Outcome(**data)

    def put(self, url: str, outcome: Outcome) -> None:
        data = {name: getattr(outcome, name) for name in Outcome.__slots__}
        self._db.execute("INSERT OR REPLACE INTO links VALUES (?, ?, ?)", (url, time.time(), json.dumps(data)))
        self._db.commit()

    def close(self) -> None:
        self._db.close()


def _outcome(answer: Response, *, fragment_missing: bool = False, https_works: bool = False) -> Outcome:
    return Outcome(status=answer.status, final_url=answer.final_url,
                   redirects=tuple(status for _url, status in answer.redirects), error=answer.error,
                   elapsed_ms=answer.elapsed_ms, fragment_missing=fragment_missing, https_works=https_works)


class LinkChecker:
    def __init__(self, fetcher: Fetcher, options: LinkOptions) -> None:
        self.fetcher = fetcher
        self.options = options
        self.cache = LinkCache(options.cache_path, options.cache_ttl) if options.cache_path else None
        self._pending: dict[str, asyncio.Task[Outcome]] = {}
        self.skipped = 0  # URLs over max_links

    def close(self) -> None:
        if self.cache is not None:
            self.cache.close()

    async def _fetch(self, url: str, method: str, max_bytes: int | None = None) -> Response:
        try:
            return await asyncio.wait_for(
                self.fetcher.get(url, method=method, robots=False, max_bytes=max_bytes), self.options.timeout)
        except TimeoutError:
            return Response(url=url, final_url=url, status=None, error="timed out",
                            elapsed_ms=int(self.options.timeout * 1000))

    async def _check(self, url: str) -> Outcome:
        cached = self.cache.get(url) if self.cache else None
        if cached is not None:
            return cached
        page, fragment = urldefrag(url)
        if fragment:
            answer = await self._fetch(page, "GET", FRAGMENT_BODY_CAP)
            missing = (answer.ok and "html" in answer.content_type
                       and fragment not in page_anchors(answer.body))
            outcome = _outcome(answer, fragment_missing=missing)
        else:
            answer = await self._fetch(page, "HEAD")
            if answer.status in HEAD_REFUSED or (answer.status is None and answer.error != "timed out"):
                answer = await self._fetch(page, "GET", 64_000)
            outcome = _outcome(answer)
        if outcome.status is not None and outcome.status < 400 and url.startswith("http://"):
            twin = await self._fetch("https://" + page[len("http://"):], "HEAD")
            outcome = replace(outcome, https_works=twin.ok)
        if self.cache is not None:
            self.cache.put(url, outcome)
        return outcome

    async def outcome(self, url: str) -> Outcome | None:
        """The result for ``url``, checking it at most once per run; None over the cap."""
        task = self._pending.get(url)
        if task is None:
            if len(self._pending) >= self.options.max_links:
                self.skipped += 1
                return None
            task = self._pending[url] = asyncio.ensure_future(self._check(url))
        return await task

    async def check(self, targets: Sequence[Target], own_anchors: Iterable[str] = ()) -> tuple[LinkCheck, ...]:
        anchors = frozenset(own_anchors)
        offline = [t for t in targets if t.url.startswith("#")]
        online = [t for t in targets if not t.url.startswith("#")]
        outcomes = await asyncio.gather(*(self.outcome(t.url) for t in online))
        checks = [
            LinkCheck(url=t.url, line=t.line, column=t.column, text=t.text, status=o.status,
                      final_url=o.final_url, redirects=o.redirects, error=o.error,
                      elapsed_ms=o.elapsed_ms, fragment_missing=o.fragment_missing,
                      https_works=o.https_works)
            for t, o in zip(online, outcomes) if o is not None
        ]
        for t in offline:  # "#part" on this page: no request ("#" and "#top" go to the top)
            name = t.url[1:]
            missing = bool(name) and name != "top" and name not in anchors
            checks.append(LinkCheck(url=t.url, line=t.line, column=t.column, text=t.text,
                                    fragment_missing=missing))
        checks.sort(key=lambda c: (c.line, c.column, c.url))
        return tuple(checks)
