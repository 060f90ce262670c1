"""Where an <img> really points: lazy-loading attributes, srcset, <picture>, the
<noscript> copy; blur-up previews and tracking pixels."""

from __future__ import annotations

import re
from typing import Any

from auditor.text.lazyre import LazyPattern

Element = Any  # lxml.html.HtmlElement


_LAZY_ATTRS = ("data-src", "data-lazy-src", "data-original", "data-lazy", "data-url",
               "data-hi-res-src", "data-normal", "data-full-src", "data-orig-src",
               "data-lazyload", "data-img", "data-image", "data-actualsrc", "data-echo")
PLACEHOLDER = re.compile(r"^data:|blank\.gif|spacer\.gif|pixel\.gif|placeholder|lazy[-_.]?load|"
                          r"transparent\.(gif|png)|grey\.gif|gray\.gif|loading\.gif", re.I)
# A lazy attribute may hold a flag ("data-lazyload=true") rather than a URL.
_URLISH = LazyPattern(r"[/.]")


# The attributes a lazy loader copies into src (and srcset) when the picture nears the
# viewport: lazysizes and Smush (data-src, data-srcset), WP Rocket (data-lazy-src,
# data-lazy-srcset; data-lazy-original in its first versions), jQuery Lazy Load and
# themes built on it (data-original), Jetpack (data-lazy-src), Layzr (data-normal),
# echo.js (data-echo). Unlike data-url or data-image, none of them names anything but
# the picture to show.
_SWAPPED = ("data-src", "data-lazy-src", "data-original", "data-lazy-original", "data-lazy",
            "data-normal", "data-echo", "data-actualsrc")
_SWAPPED_SETS = ("data-srcset", "data-lazy-srcset")


def image_src(el: Element) -> tuple[str | None, bool]:
    """The picture's real URL and whether it came from a lazy-loading attribute."""
    src, lazy, _ = _address(el)
    return src, lazy


def stand_in_alt(el: Element) -> str | None:
    """The alt of the <noscript> copy that names ``el``, when ``el`` has no alt attribute:
    its src a stand-in and no loader attribute naming the picture, a script puts the
    copy's markup in its place (lazysizes' noscript extension, "noscript" loaders), so
    readers get the copy, alt included. None otherwise (an own alt, even "", stays)."""
    if el.get("alt") is not None:
        return None
    copy = _address(el)[2]
    if copy is None:  # an lxml element without children is falsy: never ``or``
        copy = _unveiled_copy(el)
    alt = copy.get("alt") if copy is not None else None
    return " ".join(alt.split()) if alt is not None else None


def _unveiled_copy(el: Element) -> Element | None:
    """The <noscript> copy that replaces ``el`` whatever loader attributes ``el`` carries:
    lazysizes' noscript extension (plugins/noscript/ls.noscript.js) sets the content of
    the box marked ``data-noscript`` to its <noscript>'s markup when it nears the
    viewport, so a stand-in inside that box (a link's placeholder <img data-src>) gives
    way to the copy, alt and all. A loader that only swaps data-src into src keeps the
    stand-in's own attributes, a missing alt included."""
    copy = _noscript_copy(el)
    box = copy.getparent() if copy is not None else None
    while box is not None and box.tag != "noscript":
        box = box.getparent()
    box = box.getparent() if box is not None else None
    if box is None or box.get("data-noscript") is None:
        return None
    return copy if any(a is box for a in el.iterancestors()) else None


def _address(el: Element) -> tuple[str | None, bool, Element | None]:
    """image_src's answer, with the <noscript> copy it came from (None when not)."""
    src = (el.get("src") or "").strip() or None
    if src and not PLACEHOLDER.search(src):
        swapped = _swapped_address(el)
        if swapped is None or _same_picture(src, swapped):
            return src, False, None
        # A loader's attribute names another file: what src holds is the stand-in
        # shown until the script runs, whatever its name ("penci-holder.png",
        # "preload.png", "lgray.png", a low-quality preview), and the reader sees the other.
        return swapped, True, None
    for attr in _LAZY_ATTRS:
        value = (el.get(attr) or "").strip()
        if value and not value.startswith("data:") and _URLISH.search(value):
            return value, True, None
    for attr, lazy in (("data-srcset", True), ("data-lazy-srcset", True), ("srcset", False)):
        best = from_srcset(el.get(attr))
        if best:
            return best, lazy or src is not None, None
    # libxml2 does not know <source> is void, so the <img> may sit inside it.
    picture = next(el.iterancestors("picture", "source"), None)
    while picture is not None and picture.tag == "source":
        picture = picture.getparent()
    if picture is not None and picture.tag == "picture":
        for source in picture.iter("source"):
            best = from_srcset(source.get("srcset") or source.get("data-srcset"))
            if best:
                return best, source.get("srcset") is None, None
    # Scripted lazy loaders often leave the real URL only in a <noscript> copy.
    fallback = _noscript_copy(el)
    if fallback is not None:
        best, _ = image_src(fallback)
        if best and not PLACEHOLDER.search(best):
            return best, True, fallback
    loaded = _loader_address(el)
    if loaded is not None:
        return loaded, True, None
    return src, False, None


def _loader_address(el: Element) -> str | None:
    """The picture's address in a loader's attribute of another name than the common ones
    (_LAZY_ATTRS): a data-* attribute holding one image file, as carousels and optimisers
    write them (Flickity's ``data-flickity-lazyload``, Splide's ``data-splide-lazy``, Ezoic's
    ``data-ezsrc``, Optimole's ``data-opt-src``, WP Rocket's ``data-bg``), or a set of them
    (``data-original-set``, ``data-splide-lazy-srcset``)."""
    for name, value in el.attrib.items():
        if not name.startswith("data-") and not name.endswith(_LOADER_SUFFIXES) or name in _NOT_THE_PICTURE:
            continue
        value = str(value).strip()
        if _IMAGE_URL.match(value):
            return value
        if "," in value or " " in value:
            best = from_srcset(value)
            if best and _IMAGE_URL.match(best):
                return best
    return None


# Loaders that name their attribute without "data-": NitroPack's ``nitro-lazy-src``
# (its stand-in an SVG data: URI), themes' ``lazy-src``.
_LOADER_SUFFIXES = ("lazy-src", "lazy-srcset")
# data-* addresses that are not the picture a loader shows: a consent tool's placeholder.
_NOT_THE_PICTURE = frozenset({"data-placeholder-image", "data-placeholder", "data-fallback-src"})


def _swapped_address(el: Element) -> str | None:
    """The address a lazy loader will put in src, if the element has one."""
    for attr in _SWAPPED:
        value = (el.get(attr) or "").strip()
        if value and not value.startswith("data:") and _URLISH.search(value):
            return value
    for attr in _SWAPPED_SETS:
        best = from_srcset(el.get(attr))
        if best:
            return best
    return None


def _same_picture(src: str, swapped: str) -> bool:
    """True when src already shows the loader's picture: the same file in another size
    ("bridge-300x200.jpg" for "bridge.jpg"), or the loader's address is a template src
    completes ("…/bild-1/wide" → "…/bild-1/wide__822x462", "…/{width}" → "…/260")."""
    return (_asset(src) == _asset(swapped) or src.startswith(swapped)
            or "{" in swapped or swapped.strip() == src)


def _noscript_copy(img: Element) -> Element | None:
    """The <img> inside the <noscript> right after ``img`` (or after its wrapper), when
    that is the one picture it holds. Lazy loaders write the copy after the stand-in; a
    <noscript> before it is the copy of the picture before ("<img><noscript>…</noscript>
    <img src=spacer.gif>": the spacer is not that picture), one holding several pictures
    a gallery's, no one picture's."""
    if _in_noscript(img):
        return None
    node = img
    steps = 0
    while steps < 3:
        near = node.getnext()
        while near is not None and not isinstance(near.tag, str):
            near = near.getnext()  # a comment between them
        pictures = list(near.iter("img", "amp-img")) if near is not None and near.tag == "noscript" else []
        if pictures:
            return pictures[0] if len(pictures) == 1 else None
        node = node.getparent()
        if node is None or count_images(node, 2) > 1:
            break
        # libxml2 nests an <img> in each unclosed <source>: those levels do not count.
        steps += node.tag != "source"
    return None


def _asset(src: str | None) -> str:
    """The file name of an image URL, without query, size folders or a CMS's size
    suffix ("bridge-20x13.jpg", WordPress's tiny preview of "bridge.jpg")."""
    if not src:
        return ""
    name = src.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1].lower()
    return _SIZE_SUFFIX.sub("", name)


_SIZE_SUFFIX = LazyPattern(r"-\d{1,4}x\d{1,4}(?=\.\w+$)")


def blur_up_pair(prev: Element | None, prev_src: str | None, img: Element,
                  src: str | None) -> bool:
    """True when ``prev`` is a low-resolution preview of ``img``: the same file, and
    the two are the only pictures in a small shared wrapper."""
    asset = _asset(src)
    # Image proxies ("/images/dims?url=…") share a path: only real file names count.
    if prev is None or "." not in asset or _asset(prev_src) != asset:
        return False
    prev_ancestors = set(prev.iterancestors())
    node = img.getparent()
    for _ in range(3):
        if node is None:
            return False
        if node in prev_ancestors:
            return count_images(node, 3) == 2 and not (node.text_content() or "").strip()
        node = node.getparent()
    return False


def from_srcset(srcset: str | None) -> str | None:
    """The widest candidate of a srcset (the first when widths are not given)."""
    if not srcset or not srcset.strip():
        return None
    best, best_w = None, -1.0
    for candidate in re.split(r",\s+", srcset.strip()):
        parts = candidate.split()
        if not parts or parts[0].startswith("data:"):
            continue
        width = 0.0
        if len(parts) > 1 and parts[1][-1:] in ("w", "x"):
            try:
                width = float(parts[1][:-1])
            except ValueError:
                width = 0.0
        if width > best_w:
            best, best_w = parts[0], width
    return best


def noscript_twin(img: Element) -> bool:
    """True when the <noscript> holding ``img`` has a scripted copy nearby: in the
    smallest box around it (up to three levels up) that holds a picture outside any
    <noscript>, that picture is the only one or carries the same alt."""
    noscript = next((a for a in img.iterancestors("noscript")), None)
    if noscript is None:
        return False
    alt = " ".join((img.get("alt") or "").split())
    node = noscript
    for _ in range(3):
        node = node.getparent()
        if node is None or len("".join((node.text_content() or "").split())) > 200:
            return False  # past the picture's own box: text of the story around it
        scripted = [i for i in node.iter("img", "amp-img") if not _in_noscript(i)]
        if len(scripted) == 1:
            return True
        if scripted:
            return bool(alt) and any(" ".join((i.get("alt") or "").split()) == alt for i in scripted)
    return False


def tracking_pixel(width: str | None, height: str | None) -> bool:
    def tiny(v: str | None) -> bool:
        return v is not None and v.strip().lower().removesuffix("px") in ("0", "1")

    return tiny(width) and tiny(height)


# In pixels, or a bare number ("width:0": no unit is needed for zero, and quirks mode reads any as pixels).
_STYLE_SIZE = re.compile(r"(?:^|;)\s*(width|height)\s*:\s*(\d+(?:\.\d+)?)(?:px\b|\s*(?=[;!]|$))", re.I)
# A spacer or blank file standing as the picture itself: "spacer.gif", "blank.gif", "1x1.png".
_SPACER_FILE = re.compile(r"(?:^|/)(?:(?:spacer|blank|transparent|1x1|1px|empty|clear|trans|invisible|onepixel)\.(?:gif|png)"
                          r"|(?:pixel|shim|dot|space|spc|px|null|nothing|s)\.gif)(?:[?#]|$)", re.I)
# A loading animation's file: "ajax-loader.gif", "spinner.svg", "preloader.gif", "loading-spin.gif".
_LOADER_FILE = re.compile(r"(?:^|/)(?:ajax[-_]?)?(?:loader|spinner|preloader|loading[-_]?(?:spin\w*|anim\w*|icon|\d+)"
                          r"|spin)(?:[-_](?:\w+))?\.(?:gif|svg|apng)(?:[?#]|$)", re.I)  # animations, not a photo
# A divider's file: "divider.png", "separator-line.gif", "section-break.svg", a fleuron; not a photo.
_DIVIDER_FILE = re.compile(r"(?:^|/)(?:divider|separator|section[-_]?break|hr|fleuron|ornament-divider)(?:[-_]\w+)?"
                           r"\.(?:png|gif|svg)(?:[?#]|$)", re.I)
# A rule drawn as a picture: at most this many pixels thick, and this many times as long.
_LINE_THICKNESS = 10
_LINE_RATIO = 20


def _rule_line(width: object, height: object) -> bool:
    """True when the declared size is a thin line ("width=700 height=6"): a divider drawn
    as a picture, which stands for nothing (Medium's and newsletters' separators)."""
    def pixels(value: object) -> float | None:
        found = re.match(r"\s*(\d+(?:\.\d+)?)(?:px)?\s*$", str(value)) if value is not None else None
        return float(found.group(1)) if found else None

    w, h = pixels(width), pixels(height)
    if w is None or h is None or max(w, h) <= 1 or min(w, h) < 1:
        return False  # a tracking pixel's size is tracking_pixel's to read; 0 is a CMS's "auto" ("height=0")
    return min(w, h) <= _LINE_THICKNESS and max(w, h) >= _LINE_RATIO * min(w, h)


# What an inline SVG draws with: without any of them it is an empty box (a lazy loader's
# stand-in "<svg viewBox='0 0 800 600'></svg>", holding the picture's shape until it loads).
_SVG_DRAWING = LazyPattern(r"<(?:path|rect|circle|ellipse|line|polyline|polygon|image|text|use|g)\b", re.I)


def _empty_inline_svg(src: str) -> bool:
    """True for an inline SVG (``data:image/svg+xml,…`` or base64) that draws nothing."""
    import base64
    import binascii
    from urllib.parse import unquote

    head, _, data = src.strip().partition(",")
    if not head.lower().startswith("data:image/svg+xml") or len(data) > 2000:
        return False
    if head.lower().endswith(";base64"):
        try:
            text = base64.b64decode(data + "=" * (-len(data) % 4)).decode("utf-8", "replace")
        except (binascii.Error, ValueError):
            return False
    else:
        text = unquote(data)
    return "<svg" in text.lower() and not _SVG_DRAWING.search(text)


# The start of a base64 GIF or PNG: enough bytes for the header that gives the size.
_INLINE_RASTER = LazyPattern(r"^data:image/(gif|png);base64,([A-Za-z0-9+/]{16,44})", re.I)


def pixel_of(el: Element, src: str | None) -> bool:
    """True when the <img> is a tracking pixel or spacer by any size a browser would
    use: width and height attributes, an inline style, or, with neither, the size
    written in the header of an inline GIF or PNG (``data:image/gif;base64,R0lGODlhAQAB…``
    is 1×1), or a spacer file ("spacer.gif") that no data-* attribute replaces: a picture
    nobody sees, whatever box it sits in."""
    if tracking_pixel(el.get("width"), el.get("height")):
        return True
    if not src and any(name in _BOUND_SRC for name in el.attrib):
        return True  # a client-side template's, unrendered: the framework writes the picture, alt and all
    if not src and el.get("alt") is None and not _in_captioned_figure(el):
        return True  # a script's empty slot (a lightbox's, a player's): no source, no words, nothing shown
    if src and _SPACER_FILE.search(src) and not _scripted_source(el):
        return True  # a lazy loader's blank with no real picture behind it, or a layout spacer
    if src and (_LOADER_FILE.search(src) or _empty_inline_svg(src) or _DIVIDER_FILE.search(src)) \
            and not _scripted_source(el):
        return True  # a loading spinner, an empty inline SVG holding a box's size, a divider: no picture
    style = el.get("style") or ""
    sizes = {name.lower(): float(value) for name, value in _STYLE_SIZE.findall(style)}
    if _rule_line(sizes.get("width", el.get("width")), sizes.get("height", el.get("height"))):
        return True
    if len(sizes) == 2:
        # Next.js's fill images write "width:0;height:0;min-width:100%": drawn at the box's size.
        return max(sizes.values()) <= 1 and "min-" not in style.lower()
    if el.get("width") or el.get("height") or sizes:
        return False  # drawn at a size of its own: the file's size says nothing
    size = inline_size(src)
    return size is not None and max(size) <= 2 and not _scripted_source(el)


# The attributes by which a client-side framework binds a picture's address: Vue
# (":src", "v-bind:src"), Angular ("[src]", "[attr.src]", AngularJS's "ng-src"), Alpine
# ("x-bind:src"). Without a src of its own the <img> is the unrendered template.
_BOUND_SRC = frozenset({":src", "v-bind:src", "[src]", "[attr.src]", "ng-src", "x-bind:src", ":srcset", "ng-srcset"})
_IMAGE_URL = LazyPattern(r"^(?:https?:)?/{0,2}[^\s]*\.(?:jpe?g|png|gif|webp|avif)(?:[?#]\S*)?$", re.I)


def _in_captioned_figure(el: Element) -> bool:
    """True when ``el`` sits in a <figure> with a caption (three levels up at most): the
    writer placed a picture there, source or not."""
    for depth, box in enumerate(el.iterancestors()):
        if depth >= 3:
            return False
        if box.tag == "figure":
            return next(box.iter("figcaption"), None) is not None
    return False


def _scripted_source(el: Element) -> bool:
    """True when a data-* attribute holds a picture's URL: the tiny inline image is a
    blur-up stand-in a script replaces ("data-fullsize"), not a pixel."""
    return any(name.startswith("data-") and _IMAGE_URL.match(value.strip())
               for name, value in el.attrib.items())


def inline_size(src: str | None) -> tuple[int, int] | None:
    """Width and height of an inline (``data:``) GIF or PNG from its header, else None."""
    import base64
    import binascii

    found = _INLINE_RASTER.match((src or "").strip())
    if found is None:
        return None
    chunk = found.group(2)
    try:
        head = base64.b64decode(chunk[: len(chunk) // 4 * 4])
    except (binascii.Error, ValueError):
        return None
    if found.group(1).lower() == "gif" and head[:3] == b"GIF" and len(head) >= 10:
        return int.from_bytes(head[6:8], "little"), int.from_bytes(head[8:10], "little")
    if head[:4] == b"\x89PNG" and len(head) >= 24:
        return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    return None


def _in_noscript(el: Element) -> bool:
    # lxml filters the ancestors by tag in C (a third of count_images' time).
    return next(el.iterancestors("noscript"), None) is not None


def count_images(el: Element, limit: int | None = None) -> int:
    """The pictures in ``el`` outside any <noscript>, counted up to ``limit`` when given:
    callers ask "more than one?" of ever larger boxes around a picture, and a gallery's
    box holds dozens, each checked for a <noscript> around it."""
    n = 0
    for img in el.iter("img", "amp-img"):
        if not _in_noscript(img):
            n += 1
            if n == limit:
                break
    return n


# Query parameters in which image proxies and CDNs carry the original picture's URL.
_PROXIED = ("image_uri", "imageurl", "image_url", "url", "src", "img", "image", "u", "i")


def image_name(src: str | None) -> str:
    """The file name a reader recognises: ``…/2019/IMG_2034.jpg?w=800`` → ``IMG_2034.jpg``;
    through a proxy (``/images/dims?…&image_uri=https%3A…%2Fbridge.jpg``) the original's."""
    from urllib.parse import parse_qs, unquote, urlsplit

    if not src or src.startswith("data:"):
        return ""
    for _ in range(3):  # proxies of proxies
        parts = urlsplit(src)
        query = parse_qs(parts.query)
        inner = next((v[0] for k in _PROXIED for v in [query.get(k)] if v and "/" in v[0]), None)
        tail = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
        if inner is None or ("." in tail and not tail.endswith((".php", ".aspx", ".asp", ".jsp"))):
            return tail
        src = inner
    return unquote(urlsplit(src).path.rstrip("/").rsplit("/", 1)[-1])
