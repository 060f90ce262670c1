"""Checks over network facts: how a fetched page answered (``Document.http``) and what
the link checker found (``Document.link_checks``). Both are empty unless the user
named a URL or asked for link checking, so these rules stay silent on files."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urldefrag, urlsplit

from auditor.checks import Hit, Params, check
from auditor.model import Document, LinkCheck

PERMANENT = frozenset({301, 308})


def _head_line(doc: Document) -> int:
    return doc.meta.lines.get("head", doc.meta.lines.get("title", 1))


@check("web.page_status")
def page_status(doc: Document, params: Params) -> Iterator[Hit]:
    http = doc.http
    if http is None or (http.status is not None and 200 <= http.status < 300):
        return
    answer = f"HTTP {http.status}" if http.status is not None else (http.error or "no answer")
    yield Hit(line=1, excerpt=http.url, data={"url": http.url, "status": answer})


@check("web.page_redirects")
def page_redirects(doc: Document, params: Params) -> Iterator[Hit]:
    http = doc.http
    max_hops = int(params["max_hops"])
    if http is None or len(http.redirects) <= max_hops:
        return
    chain = " → ".join(f"{status}" for _url, status in http.redirects)
    yield Hit(line=1, excerpt=http.url,
              data={"url": http.url, "final": http.final_url, "hops": len(http.redirects), "chain": chain})


@check("web.noindex_header")
def noindex_header(doc: Document, params: Params) -> Iterator[Hit]:
    http = doc.http
    if http is None or not http.x_robots_tag:
        return
    tokens = {t.strip().lower() for t in re.split(r"[,\s]+", http.x_robots_tag) if t.strip()}
    # "googlebot: noindex" addresses one crawler; the directive still hides the page there.
    tokens = {t.rpartition(":")[2] for t in tokens}
    found = [d for d in ("noindex", "none") if d in tokens]
    if found:
        yield Hit(line=1, excerpt=http.x_robots_tag, data={"directive": found[0], "header": http.x_robots_tag})


def _same_page(a: str, b: str) -> bool:
    pa, pb = urlsplit(urldefrag(a)[0]), urlsplit(urldefrag(b)[0])
    return (pa.netloc.lower(), pa.path.rstrip("/") or "/", pa.query) == (
        pb.netloc.lower(), pb.path.rstrip("/") or "/", pb.query)


@check("web.canonical_elsewhere")
def canonical_elsewhere(doc: Document, params: Params) -> Iterator[Hit]:
    http = doc.http
    canonical = (doc.meta.canonical or "").strip()
    if http is None or not canonical or http.status is None or not 200 <= http.status < 300:
        return
    if not canonical.startswith(("http://", "https://")):
        return  # relative canonicals are MT003's business (and resolved by crawlers)
    if not _same_page(canonical, http.final_url):
        yield Hit(line=doc.meta.lines.get("canonical", _head_line(doc)), excerpt=canonical,
                  data={"canonical": canonical, "url": http.final_url})


@check("web.insecure_page")
def insecure_page(doc: Document, params: Params) -> Iterator[Hit]:
    http = doc.http
    if http is not None and http.final_url.startswith("http://"):
        yield Hit(line=1, excerpt=http.final_url, data={"url": http.final_url})


# --- the link checker ------------------------------------------------------------------


def _reason(link: LinkCheck) -> str:
    if link.status is None:
        return link.error or "no answer"
    return f"HTTP {link.status}"


def _hit(link: LinkCheck, **data: object) -> Hit:
    return Hit(line=link.line, column=link.column, excerpt=link.text or link.url,
               data={"url": link.url, "text": link.text, **data})


@check("web.broken_link")
def broken_link(doc: Document, params: Params) -> Iterator[Hit]:
    # 401/403/429 mean "not for you", not "gone": a bot-wall is no reason to remove a link.
    unverifiable = {int(s) for s in params["unverifiable"]}
    for link in doc.link_checks:
        if link.status is None and link.error:
            yield _hit(link, reason=link.error)
        elif link.status is not None and link.status >= 400 and link.status not in unverifiable:
            yield _hit(link, reason=_reason(link))


@check("web.link_redirects")
def link_redirects(doc: Document, params: Params) -> Iterator[Hit]:
    max_hops = int(params["max_hops"])
    for link in doc.link_checks:
        if not link.redirects or link.status is None or link.status >= 400:
            continue
        if len(link.redirects) > max_hops:
            problem = f"{len(link.redirects)} redirects"
        elif any(s in PERMANENT for s in link.redirects):
            problem = "moved permanently"
        else:
            continue  # a temporary redirect is the target site's business
        yield _hit(link, problem=problem, final=link.final_url or "")


@check("web.slow_link")
def slow_link(doc: Document, params: Params) -> Iterator[Hit]:
    slow = int(params["max_ms"])
    for link in doc.link_checks:
        if link.status is not None and link.status < 400 and link.elapsed_ms > slow:
            yield _hit(link, ms=link.elapsed_ms, max_ms=slow)


@check("web.missing_fragment")
def missing_fragment(doc: Document, params: Params) -> Iterator[Hit]:
    for link in doc.link_checks:
        if link.fragment_missing:
            yield _hit(link, fragment=urldefrag(link.url)[1])


@check("web.https_available")
def https_available(doc: Document, params: Params) -> Iterator[Hit]:
    for link in doc.link_checks:
        if link.https_works and link.url.startswith("http://"):
            yield _hit(link, https_url="https://" + link.url[len("http://"):])
