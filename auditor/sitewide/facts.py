"""Per-article facts the site-wide stage needs, extracted where the document is."""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

from auditor.model import Directive, Document

# Links to these suffixes (or to a folder) name a page of the set.
PAGE_SUFFIXES = (".html", ".htm", ".md", ".markdown", ".mdx", ".txt")
_INDEX = re.compile(r"/(?:index|_index|README)\.(?:html?|md|markdown)$", re.IGNORECASE)
_PAGE_EXT = re.compile(r"\.(?:html?|md|markdown|mdx|txt)$", re.IGNORECASE)
# The folder a browser's "Save page as… (complete)" writes beside the page, named after
# it in the browser's language: a link into it is the browser's copy of a frame or a
# resource, never a page the writer linked to.
_SAVED_FOLDER = re.compile(
    r"^(?:\./)?[^/]+(?:_files|-Dateien|_Dateien|_fichiers|_archivos|_arquivos|_file|_bestanden|_pliki"
    r"|_soubory|-filer|_filer|_tiedostot|\.files)/", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Located:
    """A text (or key) and the line it sits on in its article."""

    text: str
    line: int


@dataclass(frozen=True, slots=True)
class LinkFact:
    key: str  # the page it points to (see :func:`page_key`)
    line: int
    href: str
    checkable: bool  # a relative link to a page file: broken when missing
    # The same relative link resolved against the article's published URL (canonical):
    # a saved copy of a live page links to pages of the live site, not to files beside it.
    url_key: str | None = None
    # The file a relative link resolves to ("" for URLs). Whether it exists is asked
    # when the site stage runs, not when the article was audited: a cached result must
    # not remember a file that has since been written or deleted.
    target: str = ""

    @property
    def exists(self) -> bool:
        return not self.target or target_exists(self.target)


def target_exists(target: str) -> bool:
    """A link target on disk: the file, or a folder's index page (``target`` ends with /)."""
    if os.path.exists(target):
        return True
    return target.endswith("/") and any(
        os.path.exists(os.path.join(target, name)) for name in ("index.html", "index.md", "_index.md"))


@dataclass(frozen=True, slots=True)
class ImageFact:
    src: str  # normalised source
    alt: str
    line: int


@dataclass(frozen=True, slots=True)
class SiteFacts:
    path: str
    keys: tuple[str, ...]  # every key other articles' links may use for this page
    title: Located | None
    description: Located | None
    headline: Located | None
    keyphrase: Located | None
    links: tuple[LinkFact, ...]
    images: tuple[ImageFact, ...]
    credits: tuple[Located, ...]
    site_rules: tuple[str, ...]  # ids of the site rules enabled for this article
    directives: tuple[Directive, ...]


def _url_key(url: str) -> str | None:
    """``url:host/path`` for an absolute http(s) URL: no www, no query or fragment,
    no trailing slash, ``/index.html`` and page extensions dropped."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    host = host[4:] if host.startswith("www.") else host
    path = _INDEX.sub("", unquote(parts.path))
    path = _PAGE_EXT.sub("", path).rstrip("/")
    return f"url:{host}{path}"


def _file_key(path: str) -> str:
    """``file:/abs/path`` without page extension or index file name."""
    text = PurePosixPath(Path(os.path.normpath(path)).as_posix()).as_posix()
    text = _INDEX.sub("", text)
    return "file:" + _PAGE_EXT.sub("", text).rstrip("/")


def page_keys(path: str, canonical: str | None) -> tuple[str, ...]:
    keys = []
    if path not in ("-", "<stdin>") and "://" not in path:
        keys.append(_file_key(str(Path(path).absolute())))
    elif "://" in path:
        key = _url_key(path)
        if key:
            keys.append(key)
    if canonical:
        key = _url_key(canonical)
        if key and key not in keys:
            keys.append(key)
    return tuple(keys)


def _link_fact(href: str, line: int, path: str, base_url: str | None, site_url: str | None) -> LinkFact | None:
    text = href.strip()
    if not text or text.startswith("#"):
        return None
    scheme = urlsplit(text).scheme.lower() if ":" in text.split("/", 1)[0] else ""
    if scheme and scheme not in ("http", "https"):
        return None
    if scheme or text.startswith("//"):
        key = _url_key(text if scheme else "https:" + text)
        return LinkFact(key, line, href, False) if key else None
    if text.startswith("/"):  # root-relative: a URL on this article's site
        root = base_url or site_url
        key = _url_key(urljoin(root, text)) if root else None
        return LinkFact(key, line, href, False) if key else None
    target = unquote(text.split("#", 1)[0].split("?", 1)[0])
    if "://" in target or target.lower().lstrip("\u200b").startswith("www."):
        return None  # a mistyped absolute URL: the malformed-URL rule (LK) reports it
    if base_url and (path in ("-", "<stdin>") or "://" in path):
        key = _url_key(urljoin(base_url, text))
        return LinkFact(key, line, href, False) if key else None
    if path in ("-", "<stdin>"):
        return None
    resolved = os.path.normpath(Path(path).absolute().parent / target)
    page = (target.endswith("/") or target.lower().endswith(PAGE_SUFFIXES)) and not _SAVED_FOLDER.match(target)
    url_key = _url_key(urljoin(base_url, text)) if base_url else None
    return LinkFact(_file_key(resolved), line, href, page, url_key, resolved + ("/" if target.endswith("/") else ""))


_PUNCTUATION = re.compile(r"[^\w\s]")


class _Uncombined(dict[int, "int | None"]):
    """A str.translate table that drops combining marks: each code point is judged once
    (unicodedata.combining), then looked up in C instead of a Python step per character."""

    def __missing__(self, point: int) -> int | None:
        kept = None if unicodedata.combining(chr(point)) else point
        self[point] = kept
        return kept


_UNCOMBINED = _Uncombined()


def normal_text(text: str) -> str:
    """Case-folded, accent-insensitive, punctuation-free, whitespace-collapsed."""
    folded = text.casefold()
    if not folded.isascii():  # ASCII has no accents to take off (NFKD leaves it as it is)
        folded = unicodedata.normalize("NFKD", folded).translate(_UNCOMBINED)
    return " ".join(_PUNCTUATION.sub(" ", folded).split())


def _image_src(src: str, path: str, base_url: str | None) -> str:
    text = src.strip().split("#", 1)[0]
    if "://" in text or text.startswith("//"):
        from auditor.links.urls import normalise

        return normalise(text if "://" in text else "https:" + text)
    if base_url and text.startswith("/"):
        return _url_key(urljoin(base_url, text)) or text
    if path not in ("-", "<stdin>") and "://" not in path and not text.startswith(("/", "data:")):
        return "file:" + os.path.normpath(Path(path).absolute().parent / text.split("?", 1)[0])
    return text


def extract(doc: Document, site_rules: tuple[str, ...], site_url: str | None) -> SiteFacts:
    """The facts of one article for the site-wide stage."""
    meta = doc.meta
    base_url = meta.canonical if meta.canonical and "://" in meta.canonical else (
        doc.path if "://" in doc.path else None)
    lines = meta.lines

    def located(value: str | None, key: str, default: int) -> Located | None:
        value = " ".join((value or "").split())
        return Located(value, lines.get(key, default)) if value else None

    links = []
    for link in doc.links:
        if link.href:
            fact = _link_fact(link.href, link.line, doc.path, base_url, site_url)
            if fact is not None:
                links.append(fact)
    images = tuple(
        ImageFact(_image_src(img.src, doc.path, base_url), " ".join(img.alt.split()), img.line)
        for img in doc.images
        if img.src and img.alt and img.alt.strip() and not img.decorative and not img.src.startswith("data:")
    )
    credits = tuple(Located(" ".join(img.credit.split()), img.line) for img in doc.images if img.credit and img.credit.strip())
    return SiteFacts(
        path=doc.path,
        keys=page_keys(doc.path, meta.canonical),
        title=located(meta.title, "title", 1),
        description=located(meta.description, "description", 1),
        headline=Located(" ".join(doc.headline.split()), doc.headline_line) if doc.headline else None,
        keyphrase=located(meta.keyphrase, "keyphrase", 1),
        links=tuple(links),
        images=images,
        credits=credits,
        site_rules=site_rules,
        directives=doc.directives,
    )
