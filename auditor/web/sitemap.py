"""Sitemaps: ``<urlset>`` and ``<sitemapindex>`` (news and image sitemaps are urlsets
with extra tags), gzip-compressed or not, and the ``Sitemap:`` lines of robots.txt.

Bounded everywhere: nested indexes at most ``MAX_DEPTH`` deep, ``MAX_SITEMAPS`` files
per run, each file read under the fetcher's body cap (gzip is inflated under the same
cap), and the XML parser resolves no entities and loads nothing from the network.
"""

from __future__ import annotations

import fnmatch
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from auditor.web.fetch import Fetcher

MAX_DEPTH = 4
MAX_SITEMAPS = 2_000


@dataclass(frozen=True, slots=True)
class Entry:
    url: str
    lastmod: date | None = None


@dataclass(frozen=True, slots=True)
class Filters:
    limit: int | None = None
    include: tuple[str, ...] = ()  # URL globs; none means every URL
    exclude: tuple[str, ...] = ()
    since: date | None = None  # lastmod on or after; entries without lastmod are left out

    def keep(self, entry: Entry) -> bool:
        if self.include and not any(fnmatch.fnmatchcase(entry.url, g) for g in self.include):
            return False
        if any(fnmatch.fnmatchcase(entry.url, g) for g in self.exclude):
            return False
        if self.since is not None and (entry.lastmod is None or entry.lastmod < self.since):
            return False
        return True


@dataclass
class Collected:
    entries: list[Entry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "URL: reason", one per unusable sitemap


def parse_lastmod(text: str | None) -> date | None:
    """W3C datetime as sitemaps write it: 2024-05-01, 2024-05-01T10:00:00+00:00."""
    if not text:
        return None
    text = text.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None


def inflate(data: bytes, cap: int) -> bytes:
    """Gunzip ``data`` if it is gzip, refusing to grow past ``cap`` bytes."""
    if not data.startswith(b"\x1f\x8b"):
        return data
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = inflater.decompress(data, cap + 1)
    if len(out) > cap:
        raise ValueError(f"inflates to more than {cap // 1_000_000} MB")
    return out


def _local(tag: object) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def parse_sitemap(data: bytes) -> tuple[str, list[Entry]]:
    """("urlset" | "sitemapindex", entries). Raises ValueError on what is not a sitemap."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             recover=True, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data.lstrip(), parser)
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"not XML: {exc}") from None
    if root is None:
        raise ValueError("not XML")
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise ValueError(f"not a sitemap (root element <{kind}>)")
    child = "url" if kind == "urlset" else "sitemap"
    entries = []
    for node in root:
        if _local(node.tag) != child:
            continue
        loc = lastmod = None
        for part in node:
            name = _local(part.tag)
            if name == "loc":
                loc = (part.text or "").strip()
            elif name == "lastmod":
                lastmod = parse_lastmod(part.text)
        if loc:
            entries.append(Entry(loc, lastmod))
    return kind, entries


def robots_sitemaps(text: str) -> list[str]:
    """The ``Sitemap:`` lines of a robots.txt."""
    found = []
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() == "sitemap" and value.strip():
            found.append(value.strip())
    return found


async def collect(fetcher: Fetcher, starts: Sequence[str], filters: Filters) -> Collected:
    """Every article URL of the sitemaps (or robots.txt files) in ``starts``, in the
    order they list them, filtered; stops early once ``filters.limit`` are found."""
    # Complexity ~17 on purpose: one walk over sitemap indexes, nested sitemaps, gzip and
    # robots.txt lines, with the limit checked at each step.
    out = Collected()
    seen_maps: set[str] = set()
    seen_urls: set[str] = set()
    cap = fetcher.policy.max_bytes

    async def visit(url: str, depth: int) -> None:
        if url in seen_maps or len(seen_maps) >= MAX_SITEMAPS:
            return
        if filters.limit is not None and len(out.entries) >= filters.limit:
            return
        seen_maps.add(url)
        answer = await fetcher.get(url)
        if not answer.ok:
            out.problems.append(f"{url}: {answer.error or f'HTTP {answer.status}'}")
            return
        if url.rstrip("/").endswith("/robots.txt"):
            for found in robots_sitemaps(answer.body.decode("utf-8", "replace")):
                await visit(found, depth + 1)
            return
        try:
            kind, entries = parse_sitemap(inflate(answer.body, cap))
        except (ValueError, zlib.error) as exc:
            out.problems.append(f"{url}: {exc}")
            return
        if kind == "sitemapindex":
            if depth >= MAX_DEPTH:
                out.problems.append(f"{url}: sitemap indexes nested more than {MAX_DEPTH} deep")
                return
            for entry in entries:
                if filters.since is None or entry.lastmod is None or entry.lastmod >= filters.since:
                    await visit(entry.url, depth + 1)
            return
        for entry in entries:
            if entry.url in seen_urls or not filters.keep(entry):
                continue
            seen_urls.add(entry.url)
            out.entries.append(entry)
            if filters.limit is not None and len(out.entries) >= filters.limit:
                return

    for start in starts:
        await visit(start, 0)
    return out
