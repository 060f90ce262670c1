"""Published sites: URLs, sitemaps, the link checker and the polite fetcher, against
real HTTP servers these tests start on 127.0.0.1 (never any other address).

Every wait is bounded: the fetch policies here use timeouts of a second or two and
retry waits of at most a second, and the raw-socket server stops with the test.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from werkzeug import Request, Response

from auditor.cli import main
from auditor.web.fetch import Fetcher
from auditor.web.policy import FetchPolicy, user_agent
from auditor.web.sitemap import Filters, collect, parse_lastmod

pytest.importorskip("pytest_httpserver")
from pytest_httpserver import HTTPServer  # noqa: E402

FAST = ["--delay", "0", "--no-link-cache", "--link-timeout", "2"]
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "pages"


def article(title: str = "7 Ways to Sleep Better Tonight, Backed by Research", body: str = "",
            charset_meta: str = "utf-8", extra_head: str = "") -> str:
    items = "".join(f"<h2>{i}. Tip number {i}</h2><p>Keep the room cool and dark every night, "
                    f"because steady habits help the body settle into deep sleep.</p>" for i in range(1, 8))
    return (f"<!doctype html><html lang=en><head><meta charset={charset_meta}><title>{title}</title>"
            f"{extra_head}</head><body><article><h1>{title}</h1>{body}{items}</article></body></html>")


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    srv = HTTPServer(host="127.0.0.1", threaded=True)
    srv.start()
    srv.expect_request("/robots.txt").respond_with_data("", status=404)
    yield srv
    srv.clear()
    srv.stop()


def run_cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def json_files(stdout: str) -> list[dict]:
    return json.loads(stdout)["files"]


# ------------------------------------------------------------------ auditing URLs


def test_url_is_fetched_audited_and_named_by_its_url(server: HTTPServer) -> None:
    server.expect_request("/story").respond_with_data(article(), content_type="text/html; charset=utf-8")
    url = server.url_for("/story")
    code, out, _ = run_cli("check", url, "--format", "json", *FAST)
    [result] = json_files(out)
    assert result["path"] == url
    assert result["error"] is None
    assert result["headline"].startswith("7 Ways to Sleep Better")
    assert result["metrics"]["list_items"] == 7
    assert code in (0, 1)
    ua = [req.headers.get("User-Agent") for req, _ in server.log if req.path == "/story"]
    assert ua == [user_agent()] and ua[0].startswith("auditor/")


def test_404_is_an_error_finding_not_an_audit_of_the_error_page(server: HTTPServer) -> None:
    server.expect_request("/gone").respond_with_data("<html><h1>Not found</h1></html>", status=404,
                                                     content_type="text/html")
    code, out, _ = run_cli("check", server.url_for("/gone"), "--format", "json", *FAST)
    [result] = json_files(out)
    assert [f["rule"] for f in result["findings"]] == ["MT011"]
    assert "HTTP 404" in result["findings"][0]["message"]
    assert result["score"] == 0
    # The score says why it is 0: no article answered.
    assert [(c["term"], c["limit"]) for c in result["score_breakdown"]["caps"]] == [("no-article", 0)]
    assert "HTTP 404" in result["score_breakdown"]["caps"][0]["reason"]
    assert code == 1


def test_redirect_chain_is_followed_recorded_and_reported(server: HTTPServer) -> None:
    server.expect_request("/a").respond_with_data("", status=301, headers={"Location": "/b"})
    server.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/c"})
    server.expect_request("/c").respond_with_data(article(), content_type="text/html")
    code, out, _ = run_cli("check", server.url_for("/a"), "--format", "json", *FAST)
    [result] = json_files(out)
    mt012 = [f for f in result["findings"] if f["rule"] == "MT012"]
    assert len(mt012) == 1 and "through 2 redirects (301 → 302)" in mt012[0]["message"]
    assert server.url_for("/c") in mt012[0]["message"]


def test_redirect_loop_is_one_error_line_and_exit_2(server: HTTPServer) -> None:
    server.expect_request("/x").respond_with_data("", status=301, headers={"Location": "/y"})
    server.expect_request("/y").respond_with_data("", status=301, headers={"Location": "/x"})
    code, _out, err = run_cli("check", server.url_for("/x"), *FAST)
    assert code == 2
    assert err.strip() == f"auditor: error: {server.url_for('/x')}: cannot fetch: redirect loop"


def test_redirect_cap(server: HTTPServer) -> None:
    for i in range(15):
        server.expect_request(f"/r{i}").respond_with_data("", status=307, headers={"Location": f"/r{i + 1}"})
    answer = asyncio.run(_get(server.url_for("/r0"), FetchPolicy(delay=0, max_redirects=5)))
    assert answer.status is None and answer.error == "more than 5 redirects"
    assert len(answer.redirects) == 5


async def _get(url: str, policy: FetchPolicy, **kw: object):  # type: ignore[no-untyped-def]
    async with Fetcher(policy) as fetcher:
        return await fetcher.get(url, **kw)  # type: ignore[arg-type]


def test_429_retry_after_is_honoured_then_the_page_is_read(server: HTTPServer) -> None:
    calls = {"n": 0}

    def busy_then_ok(request: Request) -> Response:
        calls["n"] += 1
        if calls["n"] == 1:
            return Response("slow down", status=429, headers={"Retry-After": "1"})
        return Response(article(), content_type="text/html")

    server.expect_request("/busy").respond_with_handler(busy_then_ok)
    started = time.monotonic()
    answer = asyncio.run(_get(server.url_for("/busy"), FetchPolicy(delay=0, backoff=0.1)))
    assert answer.status == 200 and calls["n"] == 2
    assert time.monotonic() - started >= 0.9  # waited as the server asked


def test_503_retries_are_bounded(server: HTTPServer) -> None:
    server.expect_request("/down").respond_with_data("down", status=503)
    answer = asyncio.run(_get(server.url_for("/down"), FetchPolicy(delay=0, retries=2, backoff=0.05)))
    assert answer.status == 503
    assert sum(1 for req, _ in server.log if req.path == "/down") == 3


def test_retry_after_longer_than_the_cap_is_not_waited_for(server: HTTPServer) -> None:
    server.expect_request("/later").respond_with_data("", status=429, headers={"Retry-After": "3600"})
    started = time.monotonic()
    answer = asyncio.run(_get(server.url_for("/later"), FetchPolicy(delay=0, max_retry_after=2)))
    assert answer.status == 429 and time.monotonic() - started < 2


@pytest.mark.parametrize("encoding", ["gzip", "br"])
def test_compressed_bodies_are_decoded(server: HTTPServer, encoding: str) -> None:
    raw = article().encode()
    if encoding == "gzip":
        body = gzip.compress(raw)
    else:
        brotli = pytest.importorskip("brotli")
        body = brotli.compress(raw)
    server.expect_request("/z").respond_with_data(body, content_type="text/html",
                                                  headers={"Content-Encoding": encoding})
    _code, out, _ = run_cli("check", server.url_for("/z"), "--format", "json", *FAST)
    [result] = json_files(out)
    assert result["error"] is None and result["metrics"]["list_items"] == 7


def test_charset_from_the_header_outranks_a_wrong_meta(server: HTTPServer) -> None:
    title = "7 Cafés Where Zoë Writes Her Best Stories in Montréal"
    body = article(title=title, charset_meta="utf-8").encode("latin-1")
    server.expect_request("/latin").respond_with_data(body, content_type="text/html; charset=ISO-8859-1")
    _code, out, _ = run_cli("check", server.url_for("/latin"), "--format", "json", *FAST)
    [result] = json_files(out)
    assert result["headline"] == title


def test_a_body_over_the_size_cap_is_refused_without_reading_it_all(server: HTTPServer) -> None:
    big = article(body="<p>" + "word " * 500_000 + "</p>")  # ~2.5 MB
    server.expect_request("/huge").respond_with_data(big, content_type="text/html")
    code, _out, err = run_cli("check", server.url_for("/huge"), "--max-size", "1", *FAST)
    assert code == 2 and "over the 1 MB limit" in err


def test_non_html_is_a_clear_error(server: HTTPServer) -> None:
    server.expect_request("/doc.pdf").respond_with_data(b"%PDF-1.4", content_type="application/pdf")
    code, _out, err = run_cli("check", server.url_for("/doc.pdf"), *FAST)
    assert code == 2 and "not an HTML page (Content-Type application/pdf)" in err


def test_noindex_header_canonical_elsewhere_and_plain_http(server: HTTPServer) -> None:
    head = '<link rel="canonical" href="https://elsewhere.example/other-story">'
    server.expect_request("/hidden").respond_with_data(article(extra_head=head), content_type="text/html",
                                                       headers={"X-Robots-Tag": "noindex, nofollow"})
    _code, out, _ = run_cli("check", server.url_for("/hidden"), "--format", "json", *FAST)
    [result] = json_files(out)
    rules = {f["rule"] for f in result["findings"]}
    assert {"MT013", "MT014", "MT015"} <= rules


def test_matching_canonical_and_no_header_stay_quiet(server: HTTPServer) -> None:
    url = server.url_for("/fine")
    server.expect_request("/fine").respond_with_data(
        article(extra_head=f'<link rel="canonical" href="{url}">'), content_type="text/html")
    _code, out, _ = run_cli("check", url, "--format", "json", *FAST)
    [result] = json_files(out)
    assert not {"MT011", "MT012", "MT013", "MT014"} & {f["rule"] for f in result["findings"]}


def test_save_pages_lets_a_run_be_repeated_offline(server: HTTPServer, tmp_path: Path) -> None:
    server.expect_request("/story").respond_with_data(article(), content_type="text/html")
    saved = tmp_path / "saved"
    run_cli("check", server.url_for("/story"), "--save-pages", str(saved), *FAST)
    manifest = (saved / "manifest.tsv").read_text().splitlines()
    assert len(manifest) == 1 and manifest[0].startswith(server.url_for("/story") + "\t")
    file = saved / manifest[0].split("\t")[3]
    assert file.read_bytes() == article().encode()
    code, out, _ = run_cli("check", str(file), "--format", "json", "--no-config")
    assert json_files(out)[0]["metrics"]["list_items"] == 7


# ------------------------------------------------------------------ robots.txt


def test_robots_disallow_is_honoured_for_our_user_agent() -> None:
    srv = HTTPServer(host="127.0.0.1", threaded=True)
    srv.start()
    try:
        srv.expect_request("/robots.txt").respond_with_data("User-agent: auditor\nDisallow: /private/\n")
        srv.expect_request("/private/story").respond_with_data(article(), content_type="text/html")
        code, _out, err = run_cli("check", srv.url_for("/private/story"), *FAST)
        assert code == 2 and "disallowed by robots.txt" in err
        assert not [r for r, _ in srv.log if r.path == "/private/story"]
    finally:
        srv.stop()


def test_robots_crawl_delay_spaces_requests_to_one_host() -> None:
    srv = HTTPServer(host="127.0.0.1", threaded=True)
    srv.start()
    try:
        srv.expect_request("/robots.txt").respond_with_data("User-agent: *\nCrawl-delay: 0.4\n")
        for i in range(3):
            srv.expect_request(f"/p{i}").respond_with_data(article(), content_type="text/html")

        async def fetch_three() -> None:
            async with Fetcher(FetchPolicy(delay=0, per_host=2)) as fetcher:
                await asyncio.gather(*(fetcher.get(srv.url_for(f"/p{i}")) for i in range(3)))

        started = time.monotonic()
        asyncio.run(fetch_three())
        assert time.monotonic() - started >= 0.8  # three pages, 0.4 s apart
    finally:
        srv.stop()


# ------------------------------------------------------------------ hostile servers


class RawServer:
    """A socket server on 127.0.0.1 whose replies a test scripts byte by byte."""

    def __init__(self, reply: Callable[[socket.socket], None]) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.reply = reply
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                self.reply(conn)
            except OSError:
                pass

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


def _robots_404_then(behaviour: Callable[[socket.socket], None]) -> Callable[[socket.socket], None]:
    return behaviour


@pytest.mark.parametrize("behaviour, reason", [
    ("hang", "timed out"),
    ("drip", "timed out"),
    ("reset", "connection"),
    ("garbage", "connection closed"),
])
def test_hostile_servers_end_in_bounded_time_with_a_reason(behaviour: str, reason: str) -> None:
    def reply(conn: socket.socket) -> None:
        if behaviour == "hang":
            time.sleep(5)
        elif behaviour == "drip":  # headers, then a byte every 0.3 s: per-read timeouts never fire
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n")
            for _ in range(20):
                conn.sendall(b"x")
                time.sleep(0.3)
        elif behaviour == "reset":
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        elif behaviour == "garbage":
            conn.sendall(b"\x00\x01 not http at all\r\n\r\n")

    srv = RawServer(reply)
    try:
        policy = FetchPolicy(delay=0, read_timeout=1, connect_timeout=1, total_timeout=2, retries=1,
                             backoff=0.05, respect_robots=False)
        started = time.monotonic()
        answer = asyncio.run(_get(srv.url("/page"), policy))
        assert time.monotonic() - started < 6
        assert answer.status is None and reason in (answer.error or "")
    finally:
        srv.close()


def test_unreachable_robots_txt_means_do_not_crawl() -> None:
    srv = RawServer(lambda conn: conn.sendall(b"HTTP/1.1 500 Oops\r\nContent-Length: 0\r\n\r\n"))
    try:
        answer = asyncio.run(_get(srv.url("/page"), FetchPolicy(delay=0, retries=0)))
        assert answer.status is None and answer.error == "robots.txt unreachable (HTTP 500)"
    finally:
        srv.close()


# ------------------------------------------------------------------ sitemaps


def urlset(*entries: tuple[str, str | None]) -> str:
    body = "".join(f"<url><loc>{u}</loc>{f'<lastmod>{d}</lastmod>' if d else ''}"
                   "<news:news><news:title>t</news:title></news:news></url>" for u, d in entries)
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{body}</urlset>')


def test_sitemap_index_gzip_filters_and_robots_lines(server: HTTPServer) -> None:
    u = server.url_for
    index = ('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             f'<sitemap><loc>{u("/news.xml.gz")}</loc></sitemap><sitemap><loc>{u("/old.xml")}</loc></sitemap>'
             f'<sitemap><loc>{u("/index.xml")}</loc></sitemap></sitemapindex>')  # a loop back to itself
    server.expect_request("/index.xml").respond_with_data(index, content_type="application/xml")
    news = urlset((u("/2024/a"), "2024-05-02T10:00:00+00:00"), (u("/2024/b"), "2024-04-01"),
                  (u("/tag/x"), "2024-05-03"))
    server.expect_request("/news.xml.gz").respond_with_data(gzip.compress(news.encode()),
                                                            content_type="application/gzip")
    server.expect_request("/old.xml").respond_with_data(urlset((u("/2019/z"), None)), content_type="text/xml")

    async def run(filters: Filters, starts: list[str]):  # type: ignore[no-untyped-def]
        async with Fetcher(FetchPolicy(delay=0)) as fetcher:
            return await collect(fetcher, starts, filters)

    everything = asyncio.run(run(Filters(), [u("/index.xml")]))
    assert [e.url for e in everything.entries] == [u("/2024/a"), u("/2024/b"), u("/tag/x"), u("/2019/z")]
    assert everything.problems == []
    picked = asyncio.run(run(Filters(exclude=("*/tag/*",), since=parse_lastmod("2024-05-01")),
                             [u("/index.xml")]))
    assert [e.url for e in picked.entries] == [u("/2024/a")]
    assert [e.url for e in asyncio.run(run(Filters(limit=2), [u("/index.xml")])).entries] == [
        u("/2024/a"), u("/2024/b")]
    assert [e.url for e in asyncio.run(run(Filters(include=("*/2019/*",)), [u("/index.xml")])).entries] == [
        u("/2019/z")]


def test_sitemap_from_robots_txt_and_audit_through_the_cli(tmp_path: Path) -> None:
    srv = HTTPServer(host="127.0.0.1", threaded=True)
    srv.start()
    try:
        u = srv.url_for
        srv.expect_request("/robots.txt").respond_with_data(f"User-agent: *\nAllow: /\nSitemap: {u('/sm.xml')}\n")
        srv.expect_request("/sm.xml").respond_with_data(urlset((u("/s1"), None), (u("/s2"), None)))
        srv.expect_request("/s1").respond_with_data(article(), content_type="text/html")
        srv.expect_request("/s2").respond_with_data("nope", status=404)
        code, out, _ = run_cli("check", "--sitemap", u("/robots.txt"), "--format", "json", *FAST)
        files = json_files(out)
        assert [f["path"] for f in files] == [u("/s1"), u("/s2")]
        assert [f["rule"] for f in files[1]["findings"]] == ["MT011"]
        assert code == 1
    finally:
        srv.stop()


def test_broken_sitemap_is_one_error_line(server: HTTPServer) -> None:
    server.expect_request("/bad.xml").respond_with_data("<html>not a sitemap</html>", content_type="text/html")
    code, _out, err = run_cli("check", "--sitemap", server.url_for("/bad.xml"), *FAST)
    assert code == 2
    assert f"auditor: error: {server.url_for('/bad.xml')}: sitemap: not a sitemap (root element <html>)" in err


def test_gzip_bomb_sitemap_is_refused() -> None:
    from auditor.web.sitemap import inflate

    bomb = gzip.compress(b"<" * 5_000_000)
    with pytest.raises(ValueError, match="inflates to more than"):
        inflate(bomb, 1_000_000)


# ------------------------------------------------------------------ link checker


def linking_page(u: Callable[[str], str]) -> str:
    links = [
        (u("/ok"), "a working page"),
        (u("/missing"), "a missing page"),
        (u("/removed"), "a removed page"),
        (u("/moved"), "a moved page"),
        (u("/hop1"), "a long chain"),
        (u("/ok#section-2"), "a real section"),
        (u("/ok#no-such-part"), "a missing section"),
        ("#intro", "this page's intro"),
        ("#nowhere", "a missing anchor here"),
        (u("/private"), "a members page"),
        ("mailto:desk@example.org", "email the desk"),
    ]
    body = '<p id="intro">' + " ".join(f'<a href="{h}">{t}</a>' for h, t in links) + "</p>"
    return article(body=body)


def serve_link_targets(server: HTTPServer) -> None:
    ok = '<html><body><h2 id="section-2">Two</h2></body></html>'
    server.expect_request("/ok").respond_with_data(ok, content_type="text/html")
    server.expect_request("/missing").respond_with_data("", status=404)
    server.expect_request("/removed").respond_with_data("", status=410)
    server.expect_request("/moved").respond_with_data("", status=301, headers={"Location": "/ok"})
    for i in range(1, 4):
        server.expect_request(f"/hop{i}").respond_with_data("", status=302, headers={"Location": f"/hop{i + 1}"})
    server.expect_request("/hop4").respond_with_data(ok, content_type="text/html")
    server.expect_request("/private").respond_with_data("", status=403)


def test_check_links_reports_each_kind_of_bad_link(server: HTTPServer) -> None:
    serve_link_targets(server)
    server.expect_request("/page").respond_with_data(linking_page(server.url_for), content_type="text/html")
    code, out, _ = run_cli("check", server.url_for("/page"), "--check-links", "--format", "json", *FAST)
    [result] = json_files(out)
    by_rule: dict[str, list[str]] = {}
    for f in result["findings"]:  # repeats of a rule are grouped: their other places are related
        by_rule.setdefault(f["rule"], []).extend([f["excerpt"], *(r["excerpt"] for r in f.get("related", []))])
    assert sorted(by_rule["LK017"]) == ["a missing page", "a removed page"]  # 403 is not "broken"
    assert sorted(by_rule["LK018"]) == ["a long chain", "a moved page"]
    assert sorted(by_rule["LK020"]) == ["a missing anchor here", "a missing section"]
    assert code == 1  # broken links are errors
    # each URL checked once, HEAD first; the fragment link needed the page body (GET)
    methods = [(r.method, r.path) for r, _ in server.log if r.path in ("/missing", "/ok")]
    assert ("HEAD", "/missing") in methods and ("GET", "/ok") in methods
    assert methods.count(("HEAD", "/missing")) == 1


def test_head_refused_falls_back_to_get(server: HTTPServer) -> None:
    def no_head(request: Request) -> Response:
        if request.method == "HEAD":
            return Response("", status=405)
        return Response("<html>fine</html>", content_type="text/html")

    server.expect_request("/nohead").respond_with_handler(no_head)
    server.expect_request("/page").respond_with_data(
        article(body=f'<p>See <a href="{server.url_for("/nohead")}">the data</a>.</p>'), content_type="text/html")
    _code, out, _ = run_cli("check", server.url_for("/page"), "--check-links", "--format", "json", *FAST)
    [result] = json_files(out)
    assert "LK017" not in {f["rule"] for f in result["findings"]}


def test_link_cache_means_a_rerun_sends_no_link_requests(server: HTTPServer, tmp_path: Path) -> None:
    serve_link_targets(server)
    draft = tmp_path / "draft.html"
    draft.write_text(article(body=f'<p><a href="{server.url_for("/missing")}">gone</a></p>'))
    args = ["check", str(draft), "--check-links", "--delay", "0", "--link-cache-dir", str(tmp_path / "cache"),
            "--format", "json", "--no-config"]
    first = run_cli(*args)
    hits = len([r for r, _ in server.log if r.path == "/missing"])
    second = run_cli(*args)
    assert len([r for r, _ in server.log if r.path == "/missing"]) == hits == 1
    assert json_files(first[1])[0]["findings"] == json_files(second[1])[0]["findings"]
    assert draft.read_text().count("/missing") == 1  # the input is never modified


def test_links_command_lists_every_link_and_exits_1_on_broken(server: HTTPServer) -> None:
    serve_link_targets(server)
    server.expect_request("/page").respond_with_data(linking_page(server.url_for), content_type="text/html")
    code, out, _ = run_cli("links", server.url_for("/page"), *FAST)
    assert code == 1
    assert f" 404 {server.url_for('/missing')}" in out
    assert f"→ {server.url_for('/hop4')} (302 → 302 → 302)" in out
    assert "Checked 10 links: 2 broken." in out  # mailto: is not a web link
    code, out, _ = run_cli("links", server.url_for("/page"), "--format", "json", "--broken-only", *FAST)
    rows = json.loads(out)
    assert {r["status"] for r in rows if "LK017" in r["rules"]} == {404, 410}


def test_max_links_caps_the_requests(server: HTTPServer) -> None:
    serve_link_targets(server)
    server.expect_request("/page").respond_with_data(linking_page(server.url_for), content_type="text/html")
    _code, _out, err = run_cli("check", server.url_for("/page"), "--check-links", "--max-links", "2", *FAST)
    assert "links not checked: over --max-links 2" in err


def test_slow_link_and_https_twin_rules_read_the_facts() -> None:
    from auditor.checks import get_check
    from auditor.model import Document, LinkCheck

    doc = Document(path="t", format="html", link_checks=(
        LinkCheck(url="http://a.example/x", line=3, status=200, elapsed_ms=4000, https_works=True),
        LinkCheck(url="https://b.example/y", line=4, status=200, elapsed_ms=100),
    ))
    slow = list(get_check("web.slow_link")(doc, {"max_ms": 3000}))
    assert [h.line for h in slow] == [3]
    twin = list(get_check("web.https_available")(doc, {}))
    assert [h.data["https_url"] for h in twin] == ["https://a.example/x"]


# ------------------------------------------------------------------ offline by default


OFFLINE = r"""
import socket, sys
def refuse(*a, **k):
    raise AssertionError("network used during an offline audit")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from auditor.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
mods = sorted(m for m in ("httpx", "auditor.web") if m in sys.modules)
print("MODULES", mods, "CODE", code, file=sys.stderr)
"""


def test_an_audit_without_url_or_check_links_makes_no_connection() -> None:
    if not CORPUS.is_dir():
        pytest.fail(f"corpus missing: {CORPUS}")
    pages = sorted(str(p) for p in CORPUS.glob("*.html"))[:6]
    done = subprocess.run([sys.executable, "-c", OFFLINE, "check", *pages, "--no-config", "-q"],
                          capture_output=True, text=True, timeout=120)
    assert "network used" not in done.stderr
    assert "MODULES [] CODE 1" in done.stderr or "MODULES [] CODE 0" in done.stderr


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "-inf"])
def test_a_crawl_delay_no_site_can_mean_is_ignored(value: str) -> None:
    from auditor.web.fetch import crawl_delay

    lines = ["User-agent: *", f"Crawl-delay: {value}", "User-agent: auditor", "Crawl-delay: 0.5"]
    assert crawl_delay(lines[:2], "auditor") is None  # min(nan, cap) is nan: requests would never be spaced sanely
    assert crawl_delay(lines, "auditor") == 0.5
