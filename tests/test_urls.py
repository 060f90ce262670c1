"""URL helpers: site, internal/external, normalisation, tracking, malformed URLs."""

from __future__ import annotations

import pytest

from auditor.links.urls import (
    is_internal,
    is_web,
    malformed,
    malformed_detail,
    normalise,
    registrable_domain,
    site_of,
    tracking_params,
)


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.Example.com:8080/a?b=1", "example.com"),
        ("example.com", "example.com"),
        ("//cdn.example.com/x.js", "cdn.example.com"),
        ("http://WWW.BBC.CO.UK/news/", "bbc.co.uk"),
        ("/about/team", None),
        ("about/team", None),
        ("mailto:desk@example.com", None),
        ("", None),
        (None, None),
    ],
)
def test_site_of(url: str | None, site: str | None) -> None:
    assert site_of(url) == site


@pytest.mark.parametrize(
    ("host", "domain"),
    [
        ("news.bbc.co.uk", "bbc.co.uk"),
        ("www.lanacion.com.ar", "lanacion.com.ar"),
        ("blog.example.com", "example.com"),
        ("example.com", "example.com"),
        ("alice.github.io", "alice.github.io"),
        ("127.0.0.1", "127.0.0.1"),
    ],
)
def test_registrable_domain(host: str, domain: str) -> None:
    assert registrable_domain(host) == domain


@pytest.mark.parametrize(
    ("href", "site", "expected"),
    [
        ("/pakistan/balochistan", None, True),
        ("../other", "example.com", True),
        ("#section-3", None, True),
        ("https://blog.example.com/x", "https://www.example.com/article", True),
        ("https://example.com/x", "www.example.com", True),
        ("//www.example.com/x", "example.com", True),
        ("https://news.bbc.co.uk/a", "https://www.bbc.co.uk/", True),
        ("https://www.bbc.com/a", "https://www.bbc.co.uk/", False),
        ("https://reuters.com/world", "example.com", False),
        ("https://alice.github.io/x", "bob.github.io", False),
        ("https://reuters.com/world", None, None),
        ("mailto:desk@example.com", "example.com", None),
        ("tel:+15551234", "example.com", None),
        ("javascript:void(0)", "example.com", None),
        ("", "example.com", None),
        (None, "example.com", None),
    ],
)
def test_is_internal(href: str | None, site: str | None, expected: bool | None) -> None:
    assert is_internal(href, site) is expected


def test_is_web() -> None:
    assert is_web("https://x.com") and is_web("/a") and is_web("//x.com/a")
    assert not is_web("mailto:a@b.c") and not is_web("javascript:void(0)") and not is_web(None)


def test_normalise_treats_equivalent_urls_alike() -> None:
    same = {
        normalise("HTTP://WWW.Example.com:80/a/?utm_source=x#top"),
        normalise("https://example.com/a"),
        normalise("//example.com/a/"),
    }
    assert same == {"//example.com/a"}
    assert normalise("https://example.com/a?id=1") != normalise("https://example.com/a?id=2")
    assert normalise("/a/") == normalise("/a")


def test_tracking_params_finds_names_and_prefixes_in_order() -> None:
    url = "https://x.com/?utm_source=nl&id=3&fbclid=abc&UTM_Medium=mail&mc_eid=9"
    assert tracking_params(url) == ["utm_source", "fbclid", "UTM_Medium", "mc_eid"]
    assert tracking_params("https://x.com/?id=3&page=2") == []
    assert tracking_params("https://x.com/?ref=home", names=["ref"], prefixes=[]) == ["ref"]


@pytest.mark.parametrize(
    ("url", "fatal"),
    [
        ("htp://example.com", True),
        ("htps://example.com", True),
        ("hhttps://example.com", True),
        ("http//example.com", True),
        ("https;//example.com", True),
        ("https:/example.com", True),
        ("http:///example.com", False),  # browsers skip the extra slashes (WHATWG URL's "ignore slashes" state)
        ("http://http://example.com", True),
        ("http://", True),
        ("www.example.com/page", True),
        ("example.com/page", True),
        ("http://exa mple.com", True),
        ("http://intranet/page", True),
        ("http://example..com", True),
        ("http://example.com:99999/", True),
        ("mailto:editor", True),
        ("tel:call-us", True),
        ("C:\\Users\\me\\photo.jpg", True),
        ("file:///home/me/draft.html", True),
        ("https://example.com/my page.html", False),
        ("my page.html", False),
        ("https://example.com\\reports\\plan.pdf", False),  # a backslash reads as '/' in an http(s) address
        ("https://{{domain}}\\plan.pdf", True),  # ...but an unfilled template slot is no host either way
    ],
)
def test_malformed_reports_broken_urls(url: str, fatal: bool) -> None:
    detail = malformed_detail(url)
    assert detail is not None, url
    assert detail[1] is fatal
    assert malformed(url) == detail[0]


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/a?b=c#d",
        "http://localhost:8000/x",
        "http://127.0.0.1/x",
        "https://bücher.example/straße",
        "/relative/path",
        "../up/one",
        "index.html",
        "report.pdf",
        "#section",
        "?page=2",
        "mailto:desk@example.com?subject=Hello%20there",
        "tel:+1 (555) 123-4567",
        "ftp://ftp.example.com/file",
        "whatsapp://send?text=hi",
        "",
        # files a story links beside it, not domains written without https://
        "results.xlsm", "route.gpx", "map.kmz", "interview.m4a", "clip.webm", "book.epub", "data.geojson",
        "events.ics", "archive.7z",
    ],
)
def test_malformed_accepts_good_urls(url: str) -> None:
    assert malformed(url) is None
