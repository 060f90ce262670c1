"""URL helpers: which site a URL belongs to, internal or external, broken or not.

Pure string work on :mod:`urllib.parse`; nothing here touches the network. The
"registrable domain" is approximated without the Public Suffix List: the last two
host labels, or three under a country's common second level (``bbc.co.uk``) or a
shared host (``name.github.io``). That is right for news and blog sites, which is
what the link rules judge.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from auditor.text.lazyre import lazy_pattern

# Query parameters that only identify a campaign, a click or a mail recipient.
TRACKING_PARAMS: tuple[str, ...] = (
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid",
    "twclid", "ttclid", "igshid", "li_fat_id", "mc_cid", "mc_eid", "_ga", "_gl",
    "_hsenc", "_hsmi", "hsctatracking", "mkt_tok", "vero_id", "vero_conv",
    "oly_anon_id", "oly_enc_id", "rb_clickid", "s_cid", "wickedid", "srsltid",
)
TRACKING_PREFIXES: tuple[str, ...] = ("utm_", "pk_", "mtm_")

# Schemes whose URLs name no page on any site: neither internal nor external.
_NON_PAGE_SCHEMES = frozenset({"mailto", "tel", "sms", "javascript", "data", "about", "blob"})
_SECOND_LEVEL = frozenset(
    {"co", "com", "org", "net", "gov", "gob", "ac", "edu", "ne", "or", "go", "mil", "nic", "ltd", "plc", "sch"}
)
_SHARED_HOSTS = (
    "github.io", "blogspot.com", "wordpress.com", "tumblr.com", "substack.com",
    "netlify.app", "vercel.app", "pages.dev", "herokuapp.com", "wixsite.com",
)
# A relative href whose first segment ends in one of these is a file, not a domain.
_FILE_EXTENSIONS = frozenset(
    {
        "html", "htm", "shtml", "xhtml", "php", "asp", "aspx", "jsp", "cfm", "cgi", "pl",
        "pdf", "jpg", "jpeg", "png", "gif", "webp", "svg", "avif", "mp3", "mp4", "zip",
        "xml", "json", "txt", "md", "csv", "doc", "docx", "xls", "xlsx", "ppt", "pptx",
        # documents, data, audio and video a story links beside it ("results.xlsm", "map.kmz")
        "odt", "ods", "odp", "rtf", "epub", "mobi", "ics", "vcf", "kml", "kmz", "gpx", "geojson", "jsonld",
        "xlsm", "docm", "ppsx", "pps", "gz", "tgz", "rar", "7z", "tar", "tif", "tiff", "bmp", "heic", "ico",
        "wav", "ogg", "oga", "flac", "aac", "m4a", "m4v", "webm", "mov", "avi", "mkv", "wmv", "mpg", "mpeg",
        "srt", "vtt", "css", "js", "rss", "atom", "sav", "dta", "sql", "exe", "dmg", "apk", "psd", "eps",
    }
)
_SCHEME = lazy_pattern(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_DOMAIN_LIKE = lazy_pattern(r"^[\w-]+(?:\.[\w-]+)*\.([a-zA-Z]{2,12})(?:[/?#:]|$)")
_HOST_OK = lazy_pattern(r"^[\w-]+(?:\.[\w-]+)*\.?$")  # \w: letters of any script, digits, _


def _host(url: str) -> str | None:
    """The lowercased host of ``url`` (absolute, ``//host`` or a bare ``host/path``)."""
    text = url.strip()
    if not text:
        return None
    if not _SCHEME().match(text) and not text.startswith("//"):
        text = "//" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.rstrip(".") or None


_SCHEME_HOST = lazy_pattern(r"^(?:https?:)?//[^/]+")


def path_of(href: str) -> str:
    """``href`` without its scheme and host: "/support/?ref=x" ("/" for the home page)."""
    return _SCHEME_HOST().sub("", href.strip()) or "/"


def page_path(href: str) -> str:
    """``href``'s path alone, without scheme, host, query and fragment: "/support/"."""
    return path_of(href).split("?")[0].split("#")[0]


@lru_cache(maxsize=1024)  # called with the page's site once per link
def site_of(url: str | None) -> str | None:
    """The host of ``url`` without ``www.`` and port: ``https://www.Example.com/a`` →
    ``example.com``. Accepts a bare host (``example.com``) too; None when there is
    no host (relative URLs, ``mailto:``)."""
    if not url:
        return None
    text = url.strip()
    match = _SCHEME().match(text)
    if match and match.group(1).lower() in _NON_PAGE_SCHEMES:
        return None
    if not match and not text.startswith("//") and not _DOMAIN_LIKE().match(text):
        return None  # a relative path such as "about/team"
    host = _host(text)
    if host is None:
        return None
    return host[4:] if host.startswith("www.") else host


@lru_cache(maxsize=4096)  # a page asks for the same few hosts once per link
def registrable_domain(host: str) -> str:
    """Approximate registrable domain: ``news.bbc.co.uk`` → ``bbc.co.uk``."""
    host = host.lower().rstrip(".")
    if host.startswith("[") or _is_ip(host):
        return host
    for shared in _SHARED_HOSTS:
        if host.endswith("." + shared):
            return ".".join(host.split(".")[-(shared.count(".") + 2) :])
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _is_ip(host: str) -> bool:
    name = host.strip("[]")
    if ":" not in name and not name.replace(".", "").isdigit():
        return False  # an IPv6 address holds a colon, an IPv4 one only digits and dots: skip the failed parse
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=4096)  # a dozen link rules ask for each link's scheme
def scheme_of(href: str) -> str | None:
    """The lowercased scheme of ``href``, None for relative and ``//host`` URLs."""
    match = _SCHEME().match(href.strip())
    return match.group(1).lower() if match else None


def is_web(href: str | None) -> bool:
    """``href`` leads to a web page: http(s), scheme-relative or relative."""
    if not href or not href.strip():
        return False
    return scheme_of(href) in (None, "http", "https")


# A Wayback Machine replay rewrites every address to the archived copy's:
# "https://web.archive.org/web/20190312081530/https://example.com/a",
# "/web/20190312081530im_/https://example.com/a.jpg" (the "im_"/"cs_"/"js_" flags name
# what the capture holds). The page links where the original address does.
_ARCHIVED = lazy_pattern(r"^(?:(?:https?:)?//web\.archive\.org)?/web/\d{4,14}(?:[a-z]{2}_)?/([a-z][a-z0-9+.-]*:.+)$",
                         re.IGNORECASE)


def archived_original(url: str) -> str:
    """The original address of a Wayback Machine replay's ``url``, else ``url``."""
    if "/web/" not in url:
        return url
    match = _ARCHIVED().match(url)
    return match.group(1) if match is not None else url


@lru_cache(maxsize=4096)  # per link and per rule that asks (finish, then several link rules)
def is_internal(href: str | None, site: str | None) -> bool | None:
    """Whether ``href`` stays on ``site`` (a URL or host, e.g. the canonical URL).

    Relative hrefs and same-page ``#fragments`` are internal even when ``site`` is
    unknown. Absolute URLs are internal when their registrable domain matches the
    site's (subdomains included: ``blog.example.com`` is on ``example.com``); None
    when ``site`` is unknown. ``mailto:``, ``tel:``, ``javascript:`` and similar name
    no page, so they are neither: None. A scheme-less ``www.x.com`` is what a browser
    makes of it, a relative path (internal); the malformed-URL rule reports it.
    """
    if href is None or not href.strip():
        return None
    text = archived_original(href.strip())
    site = archived_original(site) if site else site
    scheme = scheme_of(text)
    if scheme in _NON_PAGE_SCHEMES:
        return None
    if scheme is None and not text.startswith("//"):
        return True
    host = _host(text)
    if host is None:
        return None
    site_host = site_of(site)
    if site_host is None:
        return None
    return registrable_domain(host) == registrable_domain(site_host)


def tracking_params(
    url: str,
    names: Iterable[str] = TRACKING_PARAMS,
    prefixes: Iterable[str] = TRACKING_PREFIXES,
) -> list[str]:
    """Names of the tracking parameters in ``url``'s query, in order (case kept)."""
    try:
        query = urlsplit(url.strip()).query
    except ValueError:
        return []
    exact = {n.lower() for n in names}
    starts = tuple(p.lower() for p in prefixes)
    found: list[str] = []
    for key, _ in parse_qsl(query, keep_blank_values=True):
        low = key.lower()
        if (low in exact or low.startswith(starts)) and key not in found:
            found.append(key)
    return found


@lru_cache(maxsize=4096)  # rules ask for each link's key more than once (repeats, the own URL)
def normalise(url: str) -> str:
    """A comparison key for "is this the same destination": lowercase host without
    ``www.`` or default port, http and https alike, no fragment, no trailing slash,
    no tracking parameters. Not meant for display."""
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return text
    scheme = parts.scheme.lower()
    netloc = parts.netloc.lower()
    if scheme in ("http", "https", ""):
        scheme = ""
        if netloc.startswith("www."):
            netloc = netloc[4:]
        for port in (":80", ":443"):
            if netloc.endswith(port):
                netloc = netloc[: -len(port)]
    path = parts.path.rstrip("/") if parts.path != "/" else ""
    query = ""
    if parts.query:  # most links have none: no tracking parameters to read or drop
        tracking = {k.lower() for k in tracking_params(text)}
        query = urlencode(
            [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in tracking]
        )
    if not netloc and not path and not query and scheme == "":
        return parts.fragment and "#" or ""
    if scheme in _NON_PAGE_SCHEMES:
        return f"{scheme}:{unquote(parts.path).lower()}"
    return urlunsplit((scheme, netloc, path, query, ""))


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one insertion, deletion, change or swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@lru_cache(maxsize=4096)  # a site's template links recur on every page of a batch
def malformed_detail(url: str) -> tuple[str, bool] | None:
    """Why ``url`` is malformed and whether it is certainly broken for a reader
    (``fatal``), or None when it looks fine. Empty URLs are not judged here."""
    # Complexity ~21 on purpose: one early return per way a URL is malformed, in the order a
    # reader meets them; each is one sentence of a finding.
    text = url.strip()
    if not text:
        return None
    low = text.lower()
    if re.match(r"^https?//", low):
        return "the scheme lacks its colon ('http//' instead of 'http://')", True
    if re.match(r"^https?[;.,]/", low):
        return "the scheme is followed by a wrong character instead of ':'", True
    scheme = scheme_of(text)
    if scheme is None:
        if text.startswith("//"):
            return _check_host(text)
        if low.startswith("www."):
            return "starts with 'www.' but has no 'https://', so browsers treat it as a path on this site", True
        domain = _DOMAIN_LIKE().match(text)
        if domain and domain.group(1).lower() not in _FILE_EXTENSIONS and not text.startswith((".", "/")):
            return "looks like a domain but has no 'https://', so browsers treat it as a path on this site", True
        if re.search(r"\s", text):
            return "contains spaces (encode them as %20)", False
        return None
    if len(scheme) == 1:
        return f"points at a local drive ({text[:2]}) that readers cannot open", True
    if scheme == "file":
        return "points at a local file that readers cannot open", True
    if scheme in ("http", "https"):
        rest = text[len(scheme) + 1 :]
        if "\\" in rest[:3]:
            return "uses backslashes instead of '//' after the scheme", False
        if not rest.startswith("//"):
            return f"'{scheme}:' must be followed by '//'", True
        if rest.startswith("///"):  # browsers skip the extra slashes (WHATWG URL): it works, untidy
            return "has too many slashes after the scheme", False
        if re.match(r"(?i)^//https?:", rest):
            return "repeats the scheme ('http://http://')", True
        return _check_host(rest)
    if _one_edit(scheme, "http") or _one_edit(scheme, "https"):
        return f"the scheme '{scheme}:' looks like a typo of 'https:'", True
    if scheme == "mailto":
        address = unquote(text[7:].split("?", 1)[0]).strip()
        if "@" not in address:
            return "the mailto: link has no e-mail address", True
        return None
    if scheme == "tel":
        digits = re.sub(r"[\s().+\-/]", "", unquote(text[4:]))
        if not digits.isdigit() or len(digits) < 3:
            return "the tel: link has no phone number", True
    return None


def _check_host(rest: str) -> tuple[str, bool] | None:
    """Judge ``//host/path…`` (what follows an http(s) scheme). A backslash reads as a
    slash in an http(s) address (WHATWG URL), so one ending the host ("//x.com\\a")
    works, untidy."""
    if "\\" in rest:
        judged = _check_host(rest.replace("\\", "/"))
        return judged if judged is not None and judged[1] else ("uses backslashes where '/' belongs", False)
    try:
        parts = urlsplit(rest)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return "has an invalid host or port", True
    if not host:
        return "has no host", True
    if re.search(r"\s", parts.netloc):
        return "has spaces in the host", True
    if not _is_ip(host) and host != "localhost":
        if not _HOST_OK().match(host) or ".." in host or host.startswith((".", "-")):
            return f"has an invalid host '{host}'", True
        if "." not in host.rstrip("."):
            return f"the host '{host}' has no domain ending", True
    if re.search(r"\s", rest):
        return "contains spaces (encode them as %20)", False
    return None


def malformed(url: str) -> str | None:
    """Why ``url`` is malformed, or None. See :func:`malformed_detail`."""
    detail = malformed_detail(url)
    return detail[0] if detail else None


def cloaked_affiliate(href: str, page_url: str = "", site_hrefs: Iterable[str] = ()) -> bool:
    """Whether ``href`` is a cloaked affiliate link on a site's own host ("/recommends/
    ember-mug/", "/go/…", "go.php?url=…"), not a section of the site's own pages under
    such a prefix (given the page's address and its links to its own site): the chrome
    judge's own reading (``widgets.affiliate_redirect``), asked here so that checks
    share it without importing the body sources at load time."""
    from auditor.sources.widgets import affiliate_redirect

    return affiliate_redirect(href, page_url, site_hrefs)
