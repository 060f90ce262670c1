"""Weak clues that a picture is a clip's still, each too common alone to drop a picture
for (note23 left them out as too risky), taken together: two clues of different kinds
around one picture make it a video or episode teaser's still (tests/test_errors_unseen4.py).

The kinds:

- ``glyph``: an SVG drawing a play sign, a filled triangle pointing right, alone or on a
  disc (Material's ``play_arrow`` path "M8 5v14l11-7z", Feather's ``<polygon points="5 3 19
  12 5 21 5 3">``, a theme's ``template-parts/video-play-button.php`` polygon "2 0 2 16 14 8");
  marked on its box by widgets.mark_button before SVGs go. A carousel's chevron is a stroked
  line, a dropdown's caret points down: neither is one.
- ``duration``: a running time in an attribute (``data-duration="151"``, ``"PT2M31S"``,
  ``"2:31"``, as video rails and JW playlists write it) or a leaf of bare minutes
  ("32 min", "2 мин", "12分": a reading time says "read" and is no clue).
- ``class``: the box or the picture is named a clip's or a show's ("video", "videoBox",
  "clip", a bare "tv", "podcast", "episode"), BEM modifiers included.
- ``section``: a link in the box leads into the site's clip, live or podcast section
  ("/tv/…", "/live/…", "/podcasts/…", "/direct/…", "/en-vivo/…", "/canli/…").

A caption's words and links are never read (a photo whose caption mentions TV, or links
to a live blog, stays the story's), and the box is small: one picture, no heading, no prose.
"""

from __future__ import annotations

import re
from itertools import islice
from urllib.parse import unquote

from auditor.sources.chrome_facts import FIGCAPTIONS, HEADINGS, Element, Facts, _holds_prose
from auditor.text.lazyre import LazyPattern

GLYPH = "glyph"  # widgets.BUTTON_MARK's value on the box of an SVG play sign

# How far up from a picture its teaser box is looked for, and how much it says at most.
_DEPTH = 6
_BOX_TEXT = 120


def clues(el: Element, box: Element, facts: Facts) -> set[str]:
    """The kinds of clip clue in ``box`` around its picture ``el`` (a figure's caption left out)."""
    from auditor.sources.widgets import BUTTON_MARK

    found: set[str] = set()
    skip = set(box.iter("figcaption"))
    for node in box.iter():
        if not isinstance(node.tag, str) or node in skip or any(a in skip for a in node.iterancestors("figcaption")):
            continue
        if node.get(BUTTON_MARK) == GLYPH:
            found.add("glyph")
        if any(_DURATION_ATTR.match(name) and _TIME_VALUE.match(value.strip()) for name, value in node.attrib.items()):
            found.add("duration")
        elif not len(node) and _BARE_MINUTES.match(" ".join((node.text or "").split())):
            found.add("duration")
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if names.strip() and _clip_named(names):
            found.add("class")
        if node.tag == "a" and _clip_section(node.get("href") or "", facts):
            found.add("section")
    for link in el.iterancestors("a"):  # the picture's own link, when it holds the box
        if _clip_section(link.get("href") or "", facts):
            found.add("section")
        break
    return found


def clued_box(el: Element, facts: Facts) -> Element | None:
    """The largest small box around an uncaptioned picture ``el`` (one picture, no heading,
    caption or prose, a few words at most) within a few levels, or None."""
    from auditor.sources.template_pictures import single_picture  # imported by widgets, which imports this

    found = None
    for depth, box in enumerate(el.iterancestors()):
        if depth >= _DEPTH or box.tag in ("body", "article", "main", "p") or facts.text.get(box, 0) > _BOX_TEXT \
                or not single_picture(box, facts) or facts.holds(box, HEADINGS) or facts.holds(box, FIGCAPTIONS) \
                or _holds_prose(box, facts, 1):
            break
        found = box
    return found


# Attribute names of a clip's running time: "data-duration", "data-video-duration", "duration"
# (an <amp-video>'s or a custom element's), "data-length", "data-runtime".
_DURATION_ATTR = LazyPattern(r"^(?:data-)?(?:(?:video|clip|media|episode)-)?(?:duration|runtime|length)$")
# A running time as an attribute holds it: seconds ("151", "151.4"; not an interval in
# milliseconds, four digits or more), a clock ("2:31", "1:02:33"), an ISO duration ("PT2M31S").
_TIME_VALUE = LazyPattern(r"^(?:[1-9]\d{0,2}(?:\.\d+)?|\d{1,2}(?::\d{2}){1,2}|P(?:\d+D)?T(?:\d+H)?(?:\d+M)?(?:\d+S)?)$")
# Minutes alone on a leaf, as a clip's or an episode's badge writes them: "32 min", "2 Min.",
# "2 мин", "12 分", "5 분", "3 dk", "3 perc"; not "5 min read", "vor 5 Min." (a reading time, a ticker's age).
_BARE_MINUTES = LazyPattern(r"^\d{1,3}\s*(?:min\.?|mins|minutes?|minuten|minutos|minuti|minuty|minut|мин\.?|минут[аы]?"
                           r"|分(?:钟|鐘)?|분|dk|perc|phút|menit|דקות|دقيقة|دقائق)$", re.I)
_CLASS_WORD = LazyPattern(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# A show's words beside the clip's (overlays._clip_class): a bare "tv" ("tv", "teaser--tv",
# "tvBox"), a podcast's or episode's box.
_SHOW_WORDS = frozenset({"tv", "webtv", "podcast", "podcasts", "episode", "episodes", "mediathek"})


def _clip_named(names: str) -> bool:
    from auditor.sources.overlays import _clip_class, _clip_words

    lowered = names.lower()
    if _clip_words(lowered) and _clip_class(names):
        return True
    if "tv" not in lowered and "pod" not in lowered and "episode" not in lowered and "mediathek" not in lowered:
        return False
    return any({w.lower() for w in _CLASS_WORD.findall(token)} & _SHOW_WORDS for token in names.split())


# Sections of a site's clips, live streams and podcasts, as a path's folder, in the languages
# newsrooms name them: "/tv/", "/live/", "/podcasts/", Spanish "/en-vivo/", "/en-directo/",
# Portuguese "/ao-vivo/", French "/direct/", Italian "/diretta/", German "/live-tv/", Polish
# "/na-zywo/", "/podcasty/", Turkish "/canli/", "/canli-yayin/", Russian "/efir/", "/эфир/",
# "/подкасты/", Chinese "/直播/", Japanese "/ライブ/", Korean "/라이브/".
_CLIP_SECTIONS = frozenset({"tv", "live", "livetv", "live-tv", "tv-live", "podcast", "podcasts", "podcasty", "podcastit",
                            "podkast", "podkasty", "direct", "en-direct", "en-vivo", "envivo", "en-directo", "ao-vivo",
                            "aovivo", "diretta", "na-zywo", "canli", "canli-yayin", "efir", "эфир", "прямой-эфир",
                            "подкасты", "подкаст", "直播", "ライブ", "라이브", "팟캐스트", "ポッドキャスト", "播客"})


def _clip_section(href: str, facts: Facts) -> bool:
    """True for a link to the site's own clip, live or podcast section (see _CLIP_SECTIONS)."""
    from auditor.links.urls import path_of
    from auditor.sources.widgets import own_site

    href = href.strip()
    if not href or href.startswith("#") or not own_site(href, facts.site_host):
        return False
    path = path_of(href)
    if "%" in path:
        path = unquote(path)
    if _IMAGE_FILE.search(path):
        return False  # the full-size picture a lightbox opens, filed under the section
    return any(part.lower() in _CLIP_SECTIONS for part in path.split("/")[1:4])


_IMAGE_FILE = LazyPattern(r"\.(?:jpe?g|png|gif|webp|avif|svg)$", re.I)


# --- the play glyph an SVG draws ------------------------------------------------------------

_SVG = "{http://www.w3.org/2000/svg}"
_SHAPES = ("path", "polygon", "polyline", "line", f"{_SVG}path", f"{_SVG}polygon", f"{_SVG}polyline", f"{_SVG}line")
_PATH_TOKEN = LazyPattern(r"[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?")
_NUMBER = LazyPattern(r"-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?")
# Curve and arc commands: letters no number holds, so a path with one is not straight lines.
_CURVE = LazyPattern(r"[CcSsQqTtAa]")


def draws_play_sign(svg: Element) -> bool:
    """True when an SVG draws one closed triangle pointing right (a disc or square behind it
    allowed) and nothing else: a play sign. Curves, more shapes, a turned or mirrored
    drawing, or an open line (a chevron "M9 18l6-6-6-6") are not read as one."""
    shapes = list(islice(svg.iter(*_SHAPES), 2))  # two are already too many
    if len(shapes) != 1 or shapes[0].tag.endswith(("polyline", "line")):
        return False
    for node in svg.iter():
        transform = (node.get("transform") or "").lower() if isinstance(node.tag, str) else ""
        if "rotate" in transform or "scale(-" in transform or "matrix" in transform:
            return False
    shape = shapes[0]
    points: list[tuple[float, float]] | None
    if shape.tag.endswith("polygon"):
        numbers = [float(n) for n in _NUMBER.findall(shape.get("points") or "")]
        points = list(zip(numbers[::2], numbers[1::2]))
    else:
        points = _path_points(shape.get("d") or "")
    return points is not None and _right_triangle(points)


def _path_points(d: str) -> list[tuple[float, float]] | None:
    """The vertices of a closed path of straight lines (M, L, H, V, Z and their relative
    forms), or None for a path with curves or arcs, or left open (a chevron's stroke)."""
    if "z" not in d.lower() or _CURVE.search(d):
        return None  # asked before tokenizing: most icons' paths are curves
    tokens = _PATH_TOKEN.findall(d)
    points: list[tuple[float, float]] = []
    x = y = 0.0
    command = ""
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.isalpha():
            command = token
            i += 1
            if command in "Zz":
                continue
            if command not in "MmLlHhVv":
                return None
            continue
        if not command or command in "Zz":
            return None
        try:
            if command in "MmLl":
                dx, dy = float(tokens[i]), float(tokens[i + 1])
                i += 2
                x, y = (x + dx, y + dy) if command.islower() else (dx, dy)
            elif command in "Hh":
                x = x + float(token) if command == "h" else float(token)
                i += 1
            else:
                y = y + float(token) if command == "v" else float(token)
                i += 1
        except (IndexError, ValueError):
            return None
        points.append((x, y))
        if len(points) > 8:
            return None
    return points


def _right_triangle(points: list[tuple[float, float]]) -> bool:
    """True for three distinct vertices, two on one upright edge at the left and the third
    to their right, between them in height: a triangle pointing right."""
    distinct: list[tuple[float, float]] = []
    for p in points:
        if not any(abs(p[0] - q[0]) < 1e-6 and abs(p[1] - q[1]) < 1e-6 for q in distinct):
            distinct.append(p)
    if len(distinct) != 3:
        return False
    distinct.sort()
    (x1, y1), (x2, y2), (x3, y3) = distinct
    width = x3 - min(x1, x2)
    height = abs(y2 - y1)
    if width <= 0 or height <= 0 or abs(x2 - x1) > 0.15 * width:
        return False
    return min(y1, y2) < y3 < max(y1, y2) and 0.7 <= height / width <= 2.5
