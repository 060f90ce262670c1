"""Image checks: alt text, credits, dimensions, sources.

Plain-text documents carry no real images (a pasted article keeps at most a
"Photo Credit | …" line), so the alt-text and markup checks skip ``format ==
"text"``; the credit checks still read those credit lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from auditor.checks import Hit, Params, check, excerpt
from auditor import saferegex
from auditor.model import Document, Image
from auditor.text import credits
from auditor.text.languages import words_for_lang
from auditor.text.lazyre import lazy_pattern


@lru_cache(maxsize=4096)  # each alt text is read by several rules, each list word by every page
def _norm(text: str) -> str:
    """Casefolded words only: "Photo of a cat." → "photo of a cat"."""
    return " ".join(re.findall(r"[^\W_]+(?:['’][^\W_]+)*", text.casefold()))


@lru_cache(maxsize=64)
def _compile(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    # Patterns come from packs and config: time-bounded unless built in (auditor.saferegex).
    return tuple(saferegex.compile(p, re.IGNORECASE) for p in patterns)


# Audience-measurement and conversion beacons: a picture nobody sees, whatever size it is
# given (often none: comScore's, Nielsen's, Yandex's noscript fallbacks pasted into the body).
# Their hosts: the audience panels of Germany (IVW's SZM, "….ivwbox.de/cgi-bin/ivw/CP/…",
# INFOnline's ioam.de), Austria (oewabox.at), Poland and central Europe (Gemius's
# "….hit.gemius.pl/…/redot.gif"), Omniture's 2o7.net and Adobe's omtrdc.net, Webtrends'
# DCSIMG, Google Ads' and Floodlight's conversion tags, VK's, Reddit's, Quora's, AdRoll's,
# X's ("t.co/i/adsct") retargeting pixels, StatCounter, Clicky, Rambler's Top100, Amazon
# Associates' impression pixel ("ir-na.amazon-adsystem.com/e/ir?t=…", its link builder's).
_BEACON = lazy_pattern(
    r"^(?:https?:)?//(?:[\w-]+\.)*(?:scorecardresearch\.com|imrworldwide\.com|quantserve\.com|chartbeat\.net"
    r"|google-analytics\.com|analytics\.twitter\.com|bat\.bing\.com|px\.ads\.linkedin\.com|ct\.pinterest\.com"
    r"|tr\.snapchat\.com|analytics\.yahoo\.com|mathtag\.com|mc\.yandex\.ru|counter\.yadro\.ru|top-fwz1\.mail\.ru"
    r"|pixel\.wp\.com|stats\.wp\.com|pixel\.parsely\.com|alexametrics\.com|facebook\.com/tr[/?]"
    r"|feeds\.feedburner\.com/~r/|ivwbox\.de|ioam\.de|oewabox\.at|hit\.gemius\.pl|2o7\.net|omtrdc\.net"
    r"|webtrendslive\.com|googleads\.g\.doubleclick\.net/pagead/viewthroughconversion|googleadservices\.com/pagead"
    r"/conversion|ad\.doubleclick\.net/(?:ddm/)?activity|vk\.com/rtrg|alb\.reddit\.com/rp\.gif|q\.quora\.com/_/ad/"
    r"|d\.adroll\.com|t\.co/i/adsct|c\.statcounter\.com|in\.getclicky\.com|counter\.rambler\.ru"
    r"|top100-images\.rambler\.ru|amazon-adsystem\.com/e/ir|assoc-amazon\.[a-z.]+/e/ir)", re.IGNORECASE)
# First-party beacons under the site's own host, known by the collector's path: Adobe
# Analytics' image request ("smetrics.site.com/b/ss/RSID/1/H.25--NS/0"), Matomo's and
# Piwik's noscript tracker ("stats.site.com/matomo.php?idsite=3&rec=1"), Urchin's "__utm.gif".
_BEACON_PATH = lazy_pattern(r"^(?:https?:)?//[^/?#]+(?:/[^?#]*)?/(?:b/ss/[^/?#]+/\d+/|(?:matomo|piwik)\.php\?"
                            r"|__utm\.gif)", re.IGNORECASE)


def _is_pixel(img: Image, params: Params) -> bool:
    """A tracking pixel or spacer: both dimensions at most ``pixel_max`` pixels, or a
    measurement beacon's address."""
    if img.src and (_BEACON().match(img.src) or _BEACON_PATH().match(img.src)):
        return True
    limit = int(params["pixel_max"])

    def small(value: str | None) -> bool:
        digits = re.match(r"\s*(\d+)(?:px)?\s*$", value or "")
        return digits is not None and int(digits.group(1)) <= limit

    return small(img.width) and small(img.height)


def _hit(img: Image, shown: str | None, **data: Any) -> Hit:
    return Hit(
        line=img.line,
        column=img.column,
        excerpt=excerpt(shown or "", 80),
        context=excerpt(img.caption or "", 200),
        data={"src": _short_src(img.src), **data},
    )


def file_name(src: str) -> str:
    """The last path segment of an image source, without query or fragment:
    ``…/2019/10/IMG_2034.jpg?w=800`` → ``IMG_2034.jpg``."""
    return src.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]


def _short_src(src: str | None) -> str:
    """The file name of ``src`` for messages: ``…/2019/10/IMG_2034.jpg?w=800`` → ``IMG_2034.jpg``."""
    if not src:
        return "(no source)"
    if src.startswith("data:"):
        return "(inline data)"
    tail = file_name(src)
    return excerpt(tail or src, 60)


def _alt_images(doc: Document) -> Iterator[tuple[Image, str]]:
    """Images whose alt text is judged: HTML/Markdown, not decorative, non-empty alt."""
    if doc.format == "text":
        return
    for img in doc.images:
        if img.decorative or img.alt is None:
            continue
        alt = " ".join(img.alt.split())
        if alt:
            yield img, alt


def _without_alt(doc: Document, params: Params) -> Iterator[Image]:
    """Content images with no alt attribute and no name given by ARIA (the walk reads
    aria-labelledby and aria-label into ``alt``, as browsers name a picture), that a
    reader meets: not decorative, not a pixel, not a <noscript> copy, not a picture
    inside a control that names itself, not a video embed's poster frame."""
    if doc.format == "text":
        return
    posters = tuple(str(h).lower() for h in params["video_poster_hosts"])
    for img in doc.images:
        if img.alt is None and not img.decorative and not _is_pixel(img, params):
            if img.noscript:
                continue  # readers with scripts on get the scripted picture, not this copy
            if img.control_named:
                continue  # the link's or button's own name is what a reader hears
            if posters and _host(img.src) in posters:
                continue  # a video embed's poster frame: the player, not the picture, is the content
            yield img


def _title_of(img: Image) -> str:
    return " ".join((img.title or "").split())


@check("images.missing_alt")
def missing_alt(doc: Document, params: Params) -> Iterable[Hit]:
    """Content images with no name at all: no alt, no ARIA name, no title (screen
    readers read the file name or "image"). A title alone names the picture (HTML-AAM,
    axe's image-alt): images.title_only's, a warning."""
    for img in _without_alt(doc, params):
        if not _title_of(img):
            yield _hit(img, img.src)


@check("images.title_only")
def title_only(doc: Document, params: Params) -> Iterable[Hit]:
    """Content images named only by their ``title``: browsers give it as the accessible
    name when alt and ARIA are missing, but it is a hover tooltip that keyboard and touch
    users never see, that not every screen reader reads as the name, and that is not
    the alt image search reads."""
    for img in _without_alt(doc, params):
        title = _title_of(img)
        if title:
            yield _hit(img, img.src, title=excerpt(title, 60))


def _host(src: str | None) -> str:
    from urllib.parse import urlsplit

    if not src:
        return ""
    url = "https:" + src if src.startswith("//") else src
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


@check("images.empty_alt")
def empty_alt(doc: Document, params: Params) -> Iterable[Hit]:
    """``alt=""`` on an image that looks like content. An empty alt is the correct mark
    of a decorative image, so only images with a caption or credit (or any Markdown
    image, where ``![](…)`` is never a deliberate decorative mark) are reported."""
    if doc.format == "text":
        return
    markdown_is_content = bool(params["markdown_is_content"])
    stock = _compile(tuple(params["stock_credits"]))
    for img in doc.images:
        if img.alt is None or img.alt.strip() or img.decorative or _is_pixel(img, params):
            continue
        if _stock_credit_only(img, stock):
            continue  # a licensed stock picture with nothing said about it: an illustration
        if (img.caption or "").strip() or (img.credit or "").strip():
            yield _hit(img, img.caption or img.src, signal="it has a caption" if (img.caption or "").strip() else "it has a credit")
        elif markdown_is_content and doc.format == "markdown":
            yield _hit(img, img.src, signal="Markdown images are content")


# A caption that is a credit line, not a description: "Image by Getty Images",
# "© Gettyimages/romrodinka", "Photo used under Creative Commons from …".
_CREDIT_CAPTION = lazy_pattern(r"^\s*(?:©|\(c\)|(?:photo|image|picture|foto|bild|imagen|imagem)s?\b|credits?\b|source\b|quelle\b)",
                               re.IGNORECASE)


def _stock_credit_only(img: Image, stock: tuple[re.Pattern[str], ...]) -> bool:
    """Whether all the page says about the picture is a stock library's or a licence's
    credit: the caption is empty, the credit itself, or a credit line, and the credit
    names a stock source. Such a picture illustrates; a captioned news photo (AP,
    Reuters, a staff photographer) does not pass."""
    caption = " ".join((img.caption or "").split())
    credit = " ".join((img.credit or "").split())
    if caption and caption != credit and not _CREDIT_CAPTION().match(caption):
        return False
    said = f"{caption} {credit}"
    return any(p.search(said) for p in stock)


@check("images.alt_filename")
def alt_filename(doc: Document, params: Params) -> Iterable[Hit]:
    """Alt text that is a file name, camera counter or hash."""
    patterns = _compile(tuple(params["patterns"]))
    for img, alt in _alt_images(doc):
        if any(p.search(alt) for p in patterns):
            yield _hit(img, alt, alt=excerpt(alt, 60))


@check("images.alt_placeholder")
def alt_placeholder(doc: Document, params: Params) -> Iterable[Hit]:
    """Alt text that is a placeholder ("image", "logo") or opens with a phrase screen
    readers already announce ("picture of …")."""
    placeholders = {_norm(w) for w in words_for_lang(params["placeholders"], doc.lang)}
    prefixes = [_norm(w) for w in words_for_lang(params["prefixes"], doc.lang)]
    openers = [_norm(w) for w in words_for_lang(params["openers"], doc.lang)]
    most = int(params["opener_words"])
    for img, alt in _alt_images(doc):
        key = _norm(alt)
        if key in placeholders or (not key and alt):
            yield _hit(img, alt, alt=excerpt(alt, 60), problem="is a placeholder that describes nothing")
            continue
        found = next((p for p in prefixes if key == p or key.startswith(p + " ")), None)
        if found is None:  # a writer's opener counts only when little follows it
            found = next((p for p in openers if key == p or key.startswith(p + " ")
                          and len(key[len(p):].split()) <= most), None)
        if found is not None:
            problem = f"opens with '{found}', a stock phrase that describes nothing"
            yield _hit(img, alt, alt=excerpt(alt, 60), problem=problem)


@check("images.alt_too_short")
def alt_too_short(doc: Document, params: Params) -> Iterable[Hit]:
    minimum = int(params["min"])
    for img, alt in _alt_images(doc):
        if len(alt) < minimum:
            yield _hit(img, alt, alt=alt, length=len(alt))


@check("images.alt_too_long")
def alt_too_long(doc: Document, params: Params) -> Iterable[Hit]:
    maximum = int(params["max"])
    for img, alt in _alt_images(doc):
        if len(alt) > maximum:
            yield _hit(img, alt, length=len(alt))


# A size a CDN or CMS writes into the file name: "-1020x640", "-300w", "@2x", "-scaled", "-large",
# NPR's "-s1600-c85" and "-s1200", "-w800".
_SIZE_MARK = lazy_pattern(r"(?:[-_@](?:[a-z]?\d{2,4}x\d{2,4}|\d+w|\dx|scaled|thumb|small|medium|large|[swh]\d{3,4}"
                          r"|c\d{2}(?<=\d{3}-c\d{2})))+(?=\.\w+$)", re.IGNORECASE)


def _picture_key(src: str | None) -> str:
    """The picture a source shows, whatever size it is served at."""
    name = file_name(src or "").lower()
    return _SIZE_MARK().sub("", name)


@check("images.duplicate_alt")
def duplicate_alt(doc: Document, params: Params) -> Iterable[Hit]:
    """The same alt text on different images (the same file shown twice is fine).
    Reported once per alt text, at its second image, with the number of images."""
    groups: dict[str, list[Image]] = {}
    for img, alt in _alt_images(doc):
        groups.setdefault(_norm(alt) or alt, []).append(img)
    for group in groups.values():
        # Responsive copies of one photo ("a-1020x640.jpg", "a-300x200.jpg") are one picture.
        distinct: list[Image] = []
        shown: set[str] = set()
        for img in group:
            key = _picture_key(img.src)
            if img.src is None or key not in shown:
                distinct.append(img)
            shown.add(key)
        if len(distinct) > 1:
            second = distinct[1]
            alt = " ".join((second.alt or "").split())
            yield _hit(second, alt, alt=excerpt(alt, 60), count=len(distinct), first_line=distinct[0].line)


@check("images.alt_equals_caption")
def alt_equals_caption(doc: Document, params: Params) -> Iterable[Hit]:
    """Alt text repeated by the caption: screen readers read it twice. Equal texts,
    or one holding the other when the shorter has at least ``min_overlap`` chars."""
    min_overlap = int(params["min_overlap"])
    for img, alt in _alt_images(doc):
        a, c = _norm(alt), _norm(img.caption or "")
        if not a or not c:
            continue
        shorter = min(a, c, key=len)
        if a == c or (len(shorter) >= min_overlap and (f" {a} " in f" {c} " or f" {c} " in f" {a} ")):
            yield _hit(img, alt)


def _credit_found(img: Image, patterns: Sequence[re.Pattern[str]]) -> bool:
    if (img.credit or "").strip():
        return True
    return any(p.search(text) for text in (img.caption, img.title) if text for p in patterns)


def _front_matter_credit(doc: Document, keys: Sequence[str]) -> bool:
    front = doc.meta.front_matter
    return any(str(front.get(k) or "").strip() for k in keys)


_LOGO_WORDS = lazy_pattern(
    r"(?:^|[\W_])(?:logo|logotipo|avatar|headshot|gravatar|icon|badge|favicon|author|autor|auteur|profile|sprite)(?:$|[\W_\d])",
    re.IGNORECASE,
)
_SIZE_IN_NAME = lazy_pattern(r"[-_](\d{2,4})x(\d{2,4})(?:[-_.]|$)")
_SMALL_PX = 200  # below this an image is an avatar, icon or thumbnail, not a photo to credit


def _linked_images(doc: Document) -> set[tuple[int, int]]:
    from auditor.checks.links import wrapped_images

    if not any(link.has_image for link in doc.links):
        return set()
    return {(img.line, img.column) for img in wrapped_images(doc).values()}


def _px(value: str | None) -> int | None:
    digits = re.match(r"\s*(\d+)(?:px)?\s*$", value or "")
    return int(digits.group(1)) if digits else None


def _small(img: Image) -> bool:
    """Declared (or named, "…-100x100.jpg") smaller than a photo on either side."""
    sizes = [v for v in (_px(img.width), _px(img.height)) if v is not None]
    name = file_name(img.src or "")
    named = _SIZE_IN_NAME().search(name)
    if named:
        sizes += [int(named.group(1)), int(named.group(2))]
    return bool(sizes) and min(sizes) < _SMALL_PX


_LOGO_ALT = lazy_pattern(r"\b(?:logo|logotipo|avatar|headshot|icon)\b", re.IGNORECASE)


def _logo_like(img: Image) -> bool:
    """A logo, avatar or icon by its file name, or by an alt that says so ("The
    author at the summit" is a photo: alts are matched on narrower words)."""
    name = file_name(img.src or "")
    return bool(_LOGO_WORDS().search(name) or _LOGO_ALT().search(img.alt or ""))


@check("images.missing_credit")
def missing_credit(doc: Document, params: Params) -> Iterable[Hit]:
    """Content images with no credit: no credit element, no credit words in the
    caption; a front-matter credit covers the first (featured) image."""
    patterns = _compile(tuple(params["credit_patterns"]))
    front_credit = _front_matter_credit(doc, params["front_matter_keys"])
    captioned_only = bool(params["captioned_only"])
    # A site that credits none of its pictures has a policy, not a slip: only where
    # some image is credited is an uncredited one likely a miss.
    if not front_credit and not any(_credit_found(img, patterns) for img in doc.images):
        return
    linked = _linked_images(doc)
    for index, img in enumerate(doc.images):
        if img.decorative or _is_pixel(img, params):
            continue
        if (img.line, img.column) in linked or _small(img) or _logo_like(img):
            continue  # product shots, teasers, avatars, icons and logos carry no photo credit
        # alt="" with nothing around it is a decorative mark in practice.
        if img.alt is not None and not img.alt.strip() and not (img.caption or "").strip() and doc.format == "html":
            continue
        if _credit_found(img, patterns) or (index == 0 and front_credit):
            continue
        if captioned_only and doc.format == "html" and not (img.caption or "").strip():
            continue  # an uncaptioned page picture: a teaser, placeholder or enlarge copy
        yield _hit(img, img.alt or img.caption or img.src)


# Credit labels and the credit part of a caption: one vocabulary (auditor.text.credits).
_LABEL = credits.LEADING_LABEL
_CAPTION_CREDIT = credits.IN_CAPTION


def credit_text(img: Image) -> str | None:
    """The credit of ``img`` without its label: "Photo Credit | (Social Media/BLA) |
    Indiatoday" → "(Social Media/BLA) | Indiatoday". Falls back to the caption's
    "Photo: …" part when there is no credit element, or when the element holds only
    a label (markup such as ``<span>Credit:</span> AFP`` can split the two). None
    when there is no credit at all; "" for a bare label."""
    label_only = False
    text = _strip_labels(img.credit or "")
    if img.credit and img.credit.strip() and not text:
        label_only = True
    if not text and img.caption:
        match = _CAPTION_CREDIT().search(img.caption)
        text = _strip_labels(match.group("credit")) if match else ""
    if text:
        return text
    return "" if label_only else None


def _strip_labels(text: str) -> str:
    text = text.strip()
    previous = None
    while previous != text:  # labels may stack: "Photo Credit | Source: …"
        previous = text
        text = _LABEL().sub("", text, count=1).strip()
    return text


def weak_source(credit: str, weak: Iterable[str]) -> str | None:
    """The vague source ``credit`` names ("Social Media", "Internet"), or None. A credit
    naming an account (``@handle``), a site or a domain names whose picture it is: on
    corpus pages a bare domain was the photographer's own site, an archive, or the app
    whose screenshot it is."""
    if "@" in credit:
        return None
    weak_set = {_norm(w) for w in weak}
    parts = [p.strip(" .-–—") for p in re.split(r"[|/,;()\[\]]+|\s+-\s+", credit)]
    parts = [p for p in parts if p]
    if not parts:
        return "nothing"
    for part in parts:
        if _norm(part) in weak_set:
            return part
    return None


@check("images.weak_credit")
def weak_credit(doc: Document, params: Params) -> Iterable[Hit]:
    """A credit that names no one: "Social Media", "Internet", "File photo"."""
    weak = list(params["weak_sources"])
    for img in doc.images:
        if img.decorative:
            continue
        text = credit_text(img)
        if text is None:
            continue
        source = weak_source(text, weak)
        if source is None:
            continue
        if source == "nothing":
            why = "is an empty label"
        else:
            why = f"gives '{source}' as the source, which names no one"
        yield _hit(img, img.credit or img.caption, credit=excerpt(img.credit or text, 60), why=why)


@check("images.missing_dimensions")
def missing_dimensions(doc: Document, params: Params) -> Iterable[Hit]:
    """HTML images without width and height: the page jumps when they load."""
    if doc.format != "html":
        return
    for img in doc.images:
        if img.decorative or not img.src:
            continue
        if not (img.width or "").strip() or not (img.height or "").strip():
            yield _hit(img, img.src)


@check("images.missing_src")
def missing_src(doc: Document, params: Params) -> Iterable[Hit]:
    """Images with no source at all (no src, data-src, srcset or noscript copy)."""
    if doc.format == "text":
        return
    empty = {s.lower() for s in params["empty_values"]}
    images = doc.images
    for index, img in enumerate(images):
        if img.decorative:
            continue
        if img.src is None or img.src.strip().lower() in empty:
            if _fallback_follows(images, index, empty):
                continue  # a script-filled slot whose <noscript> copy carries the source
            yield _hit(img, img.alt or img.caption or "<img>")


def _fallback_follows(images: Sequence[Image], index: int, empty: set[str]) -> bool:
    """The next image, on the same or the next few lines, has a source: the
    ``<picture>``/``<img>`` left empty for a lazy loader with its ``<noscript>`` copy."""
    if index + 1 >= len(images):
        return False
    here, after = images[index], images[index + 1]
    real = bool(after.src) and (after.src or "").strip().lower() not in empty
    return real and 0 <= after.line - here.line <= 3
