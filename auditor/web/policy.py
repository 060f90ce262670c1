"""How politely and how far auditor fetches: one frozen value shared by the crawler
and the link checker."""

from __future__ import annotations

from dataclasses import dataclass

from auditor import __version__

ROBOTS_TOKEN = "auditor"  # the name robots.txt rules address


def user_agent() -> str:
    return f"auditor/{__version__} (+https://github.com/auditor-dev/auditor; SEO audit)"


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    concurrency: int = 8  # requests in flight, all hosts together
    per_host: int = 2  # requests in flight to one host
    delay: float = 0.5  # seconds between two requests to one host (robots Crawl-delay may raise it)
    retries: int = 2  # extra tries after a 429/503 or a dropped connection
    backoff: float = 1.0  # first retry waits this long, doubling; Retry-After wins when given
    max_retry_after: float = 30.0  # a longer Retry-After is not waited for: the try fails
    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # between two bytes
    total_timeout: float = 60.0  # one request, headers and body (a slow drip ends here)
    max_bytes: int = 16_000_000  # body cap, after content decoding
    max_redirects: int = 10
    respect_robots: bool = True
    max_crawl_delay: float = 10.0  # a larger robots.txt Crawl-delay is capped
