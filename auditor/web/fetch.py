"""A polite HTTP fetcher on httpx: robots.txt, per-host limits and delay, retries with
backoff honouring Retry-After, timeouts, a body cap and a redirect cap.

Redirects are followed by hand so every hop is recorded (a chain is a finding) and
each hop passes robots.txt and the redirect cap. Bodies are read as a stream and cut
at ``max_bytes`` after content decoding (gzip, deflate, br), so neither a huge page
nor a compression bomb can exhaust memory; ``total_timeout`` ends a slow drip that a
per-read timeout never would.
"""

from __future__ import annotations

import asyncio
import email.utils
import math
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from auditor.web.policy import ROBOTS_TOKEN, FetchPolicy, user_agent

REDIRECTS = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 503})
KEPT_HEADERS = ("content-type", "x-robots-tag", "location", "retry-after", "link")


@dataclass(frozen=True, slots=True)
class Response:
    """One fetch, redirects followed. ``status`` is None when nothing answered."""

    url: str
    final_url: str
    status: int | None
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    redirects: tuple[tuple[str, int], ...] = ()  # (url, status) of each redirect hop
    error: str | None = None
    elapsed_ms: int = 0
    truncated: bool = False  # the body was cut at the size cap

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip("\"' ").lower()
        return None


class _Host:
    """Per-host gate: at most ``per_host`` requests at once, ``delay`` apart."""

    def __init__(self, per_host: int) -> None:
        self.slots = asyncio.Semaphore(per_host)
        self.lock = asyncio.Lock()
        self.next_at = 0.0
        self.delay = 0.0


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdecimal():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _describe(exc: Exception) -> str:
    """A short reason for a failed request, for a finding's message."""
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLError):
            return f"TLS error: {cause.reason or cause}"
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, ConnectionResetError):
            return "connection reset"
        cause = cause.__cause__ or cause.__context__
    if isinstance(exc, httpx.ConnectError):
        text = str(exc)
        if "Name or service not known" in text or "nodename nor servname" in text:
            return "host not found"
        return f"cannot connect: {text}" if text else "cannot connect"
    if isinstance(exc, httpx.RemoteProtocolError):
        return "connection closed without a complete answer"
    if isinstance(exc, httpx.DecodingError):
        return "body cannot be decoded (bad content encoding)"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def crawl_delay(lines: list[str], token: str) -> float | None:
    """The Crawl-delay of the group for ``token`` (else ``*``), fractions allowed:
    urllib's parser only reads whole seconds."""
    delays: dict[str, float] = {}
    agents: list[str] = []
    in_rules = False
    for line in lines:
        key, sep, value = line.split("#", 1)[0].partition(":")
        key, value = key.strip().lower(), value.strip()
        if not sep:
            continue
        if key == "user-agent":
            if in_rules:
                agents, in_rules = [], False
            agents.append(value.lower())
        else:
            in_rules = True
            if key == "crawl-delay":
                try:
                    seconds = float(value)
                except ValueError:
                    continue
                if not math.isfinite(seconds) or seconds < 0:
                    continue  # "nan", "inf", "-1": no delay a site can mean (nan would outlast any cap)
                for agent in agents:
                    delays.setdefault(agent, seconds)
    for agent, seconds in delays.items():
        if agent != "*" and token in agent:
            return seconds
    return delays.get("*")


class Fetcher:
    """Use as ``async with Fetcher(policy) as f: await f.get(url)``."""

    def __init__(self, policy: FetchPolicy | None = None,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.policy = policy or FetchPolicy()
        p = self.policy
        self._client = httpx.AsyncClient(
            headers={"User-Agent": user_agent(), "Accept-Encoding": "gzip, deflate, br"},
            timeout=httpx.Timeout(p.read_timeout, connect=p.connect_timeout),
            follow_redirects=False,
            limits=httpx.Limits(max_connections=p.concurrency, max_keepalive_connections=p.concurrency),
            transport=transport,
            trust_env=False,  # no proxy settings from the environment: only the URLs asked for
        )
        self._slots = asyncio.Semaphore(p.concurrency)
        self._hosts: dict[str, _Host] = {}
        self._robots: dict[str, RobotFileParser | str] = {}  # str: why everything is refused
        self._robots_lock = asyncio.Lock()
        self.requests = 0  # sent, for tests and the summary

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._client.aclose()

    # ------------------------------------------------------------ robots.txt

    async def _robots_for(self, url: str) -> RobotFileParser | str:
        origin = _origin(url)
        async with self._robots_lock:
            if origin in self._robots:
                return self._robots[origin]
            answer = await self._request("GET", origin + "/robots.txt", max_bytes=512_000)
            rules: RobotFileParser | str
            if answer.status is not None and 400 <= answer.status < 500:
                rules = RobotFileParser()  # no robots.txt: everything allowed (RFC 9309 §2.3.1.3)
                rules.parse([])
            elif answer.ok:
                lines = answer.body.decode("utf-8", "replace").splitlines()
                rules = RobotFileParser()
                rules.parse(lines)
                delay = crawl_delay(lines, ROBOTS_TOKEN)
                if delay:
                    self._host(url).delay = min(delay, self.policy.max_crawl_delay)
            else:  # unreachable: assume complete disallow (RFC 9309 §2.3.1.4)
                rules = f"robots.txt unreachable ({answer.error or f'HTTP {answer.status}'})"
            self._robots[origin] = rules
            return rules

    async def allowed(self, url: str) -> str | None:
        """None when robots.txt lets auditor fetch ``url``, else the reason not."""
        if not self.policy.respect_robots:
            return None
        rules = await self._robots_for(url)
        if isinstance(rules, str):
            return rules
        return None if rules.can_fetch(ROBOTS_TOKEN, url) else "disallowed by robots.txt"

    # ------------------------------------------------------------ requests

    def _host(self, url: str) -> _Host:
        origin = _origin(url)
        host = self._hosts.get(origin)
        if host is None:
            host = self._hosts[origin] = _Host(self.policy.per_host)
            host.delay = self.policy.delay
        return host

    async def _wait_turn(self, host: _Host) -> None:
        async with host.lock:
            now = time.monotonic()
            if host.next_at > now:
                await asyncio.sleep(host.next_at - now)
            host.next_at = max(now, host.next_at) + host.delay

    async def _request(self, method: str, url: str, *, max_bytes: int | None = None) -> Response:
        """One request, no redirects followed, retried on 429/503 and dropped connections."""
        cap = max_bytes or self.policy.max_bytes
        host = self._host(url)
        started = time.monotonic()
        tries = self.policy.retries + 1
        answer = Response(url=url, final_url=url, status=None, error="not sent")
        for attempt in range(tries):
            async with self._slots, host.slots:
                await self._wait_turn(host)
                self.requests += 1
                try:
                    answer = await asyncio.wait_for(self._send(method, url, cap), self.policy.total_timeout)
                except TimeoutError:
                    answer = Response(url=url, final_url=url, status=None, error="timed out")
                except (httpx.HTTPError, OSError, ssl.SSLError) as exc:
                    answer = Response(url=url, final_url=url, status=None, error=_describe(exc))
            retry = answer.status in RETRY_STATUSES or answer.error in (
                "connection reset", "connection closed without a complete answer")
            if not retry or attempt == tries - 1:
                break
            wait = _retry_after(answer.headers.get("retry-after"))
            if wait is None:
                wait = self.policy.backoff * (2 ** attempt)
            if wait > self.policy.max_retry_after:
                break  # the server asks for longer than we are willing to wait
            await asyncio.sleep(wait)
        elapsed = int((time.monotonic() - started) * 1000)
        return Response(url=answer.url, final_url=answer.final_url, status=answer.status,
                        headers=answer.headers, body=answer.body, error=answer.error,
                        elapsed_ms=elapsed, truncated=answer.truncated)

    async def _send(self, method: str, url: str, cap: int) -> Response:
        async with self._client.stream(method, url) as reply:
            chunks: list[bytes] = []
            size = 0
            truncated = False
            if method != "HEAD":
                async for chunk in reply.aiter_bytes():
                    size += len(chunk)
                    if size > cap:
                        chunks.append(chunk[: cap - (size - len(chunk))])
                        truncated = True
                        break
                    chunks.append(chunk)
            headers = {k: reply.headers[k] for k in KEPT_HEADERS if k in reply.headers}
            return Response(url=url, final_url=url, status=reply.status_code, headers=headers,
                            body=b"".join(chunks), truncated=truncated)

    async def get(self, url: str, *, method: str = "GET", robots: bool = True,
                  max_bytes: int | None = None) -> Response:
        """Fetch ``url``, following up to ``max_redirects`` redirects, each hop recorded."""
        started = time.monotonic()
        hops: list[tuple[str, int]] = []
        seen = {url}
        current = url
        while True:
            if robots:
                refused = await self.allowed(current)
                if refused:
                    return Response(url=url, final_url=current, status=None, redirects=tuple(hops),
                                    error=refused)
            answer = await self._request(method, current, max_bytes=max_bytes)
            location = answer.headers.get("location")
            if answer.status not in REDIRECTS or not location:
                elapsed = int((time.monotonic() - started) * 1000)
                return Response(url=url, final_url=current, status=answer.status, headers=answer.headers,
                                body=answer.body, redirects=tuple(hops), error=answer.error,
                                elapsed_ms=elapsed, truncated=answer.truncated)
            hops.append((current, answer.status))
            current = urljoin(current, location.strip())
            if not current.startswith(("http://", "https://")):
                return Response(url=url, final_url=current, status=None, redirects=tuple(hops),
                                error=f"redirect to a non-web address {current!r}")
            if current in seen:
                return Response(url=url, final_url=current, status=None, redirects=tuple(hops),
                                error="redirect loop")
            if len(hops) >= self.policy.max_redirects:
                return Response(url=url, final_url=current, status=None, redirects=tuple(hops),
                                error=f"more than {self.policy.max_redirects} redirects")
            seen.add(current)
