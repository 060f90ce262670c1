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
  ("/tv/…", "/live/…", "/podcasts/…", "/direct/…", "/en-vivo/…", "/canli/…"), or to a
  page the site files as a video's ("/video/…", "/watch?v=…": overlays._video_page).
- ``episode``: a leaf numbering an episode, as podcast and show templates badge their tiles
  ("Ep. 12", "Episode 12", "S2 E5", "Folge 12", "Épisode 12", "Odcinek 12", "Выпуск 12",
  "Bölüm 12", "Tập 12", "第12話", "12화"; not "Part 2" or "Chapter 3", a story's series).
- ``still``: the picture's own file is named as a video platform makes its stills, wherever
  the site re-hosts it: YouTube's "hqdefault.jpg"/"maxresdefault.jpg", JW Player's
  "/v2/media/ID/poster.jpg" and "/thumbs/ID-720.jpg", Kaltura's "/thumbnail/entry_id/…",
  Brightcove's "/jit/ACCOUNT/…/match/image.jpg" (a blog's own illustration taken from a
  video stays an error: it needs a second clue).
- ``player``: the box or picture carries a player's entry as its attributes name it, not a
  clip's id (overlays reads those alone): JW Player's ``data-mediaid``, Kaltura's
  ``data-entry-id``, a ``data-playlist``/``data-playlist-id``, Brightcove's ``data-account``
  with ``data-player``, a ``data-player-id``.

A caption's words and links are never read (a photo whose caption mentions TV, or links
to a live blog, stays the story's), and the box is small: one picture, no heading, no prose.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice
from urllib.parse import unquote

from auditor.sources.chrome_facts import FIGCAPTIONS, HEADINGS, Element, Facts, _holds_prose, picture_address
from auditor.text.lazyre import LazyPattern

GLYPH = "glyph"  # widgets.BUTTON_MARK's value on the box of an SVG play sign

# How far up from a picture its teaser box is looked for, and how much it says at most.
_DEPTH = 6
_BOX_TEXT = 120


class _Once:
    """A pure test of a string, answered once per distinct string: class strings and icons'
    paths repeat within a page and a site. Bounded as chrome_facts.Finds is."""

    __slots__ = ("_test", "_answers")

    def __init__(self, test: Callable[[str], bool]) -> None:
        self._test = test
        self._answers: dict[str, bool] = {}

    def __call__(self, text: str) -> bool:
        found = self._answers.get(text)
        if found is None:
            if len(self._answers) >= _ANSWERS_CAP:
                self._answers.clear()
            found = self._answers[text] = self._test(text)
        return found


_ANSWERS_CAP = 1 << 12


def clues(el: Element, box: Element, facts: Facts) -> set[str]:
    """The kinds of clip clue in ``box`` around its picture ``el`` (a figure's caption left out)."""
    found: set[str] = set()
    skip = set(box.iter("figcaption"))
    for node in box.iter():
        if not isinstance(node.tag, str):
            continue
        if skip and (node in skip or any(a in skip for a in node.iterancestors("figcaption"))):
            continue  # (most boxes hold no caption: no ancestor to look for)
        if node.attrib:  # most of a box's nodes are bare wrappers and leaves
            _attribute_clues(node, facts, found)
        if not len(node):
            text = " ".join((node.text or "").split())  # a leaf's words: a running time, an episode's number
            if text and _BARE_MINUTES.match(text):
                found.add("duration")
            if text and _EPISODE.match(text):
                found.add("episode")
    if _STILL_FILE.search(picture_address(el)):
        found.add("still")
    for link in el.iterancestors("a"):  # the picture's own link, when it holds the box
        if _clip_section(link.get("href") or "", facts):
            found.add("section")
        break
    return found


def _attribute_clues(node: Element, facts: Facts, found: set[str]) -> None:
    """Add to ``found`` the kinds of clue ``node``'s attributes give (see clues)."""
    from auditor.sources.widgets import BUTTON_MARK

    attrib = node.attrib
    if attrib.get(BUTTON_MARK) == GLYPH:
        found.add("glyph")
    names = f"{attrib.get('class') or ''} {attrib.get('id') or ''}"
    if names.strip() and _clip_named_once(names):
        found.add("class")
    if node.tag == "a" and _clip_section(attrib.get("href") or "", facts):
        found.add("section")
    if _player_entry(node):
        found.add("player")
    for name, value in attrib.items():
        if name.endswith(_DURATION_ENDS) and _DURATION_ATTR.match(name) and _TIME_VALUE.match(value.strip()):
            found.add("duration")
            break


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
_DURATION_ENDS = ("duration", "runtime", "length")  # the pattern's ends: most names skip it
# A running time as an attribute holds it: seconds ("151", "151.4"; not an interval in
# milliseconds, four digits or more), a clock ("2:31", "1:02:33"), an ISO duration ("PT2M31S").
_TIME_VALUE = LazyPattern(r"^(?:[1-9]\d{0,2}(?:\.\d+)?|\d{1,2}(?::\d{2}){1,2}|P(?:\d+D)?T(?:\d+H)?(?:\d+M)?(?:\d+S)?)$")
# Minutes alone on a leaf, as a clip's or an episode's badge writes them: "32 min", "2 Min.",
# "2 мин", "12 分", "5 분", "3 dk", "3 perc"; not "5 min read", "vor 5 Min." (a reading time, a ticker's age).
_BARE_MINUTES = LazyPattern(r"^\d{1,3}\s*(?:min\.?|mins|minutes?|minuten|minutos|minuti|minuty|minut|мин\.?|минут[аы]?"
                            r"|分(?:钟|鐘)?|분|dk|perc|phút|menit|דקות|دقيقة|دقائق|λεπτά|λεπ\.|मिनट|นาที)$", re.I)
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


_clip_named_once = _Once(_clip_named)  # each node of a teaser's box asks


# Sections of a site's clips, live streams and podcasts, as a path's folder, in the languages
# newsrooms name them: "/tv/", "/live/", "/podcasts/", Spanish "/en-vivo/", "/en-directo/",
# Portuguese "/ao-vivo/", French "/direct/", Italian "/diretta/", German "/live-tv/", Polish
# "/na-zywo/", "/podcasty/", Turkish "/canli/", "/canli-yayin/", Russian "/efir/", "/эфир/",
# "/подкасты/", Chinese "/直播/", Japanese "/ライブ/", Korean "/라이브/"; catch-up TV's sections.
_CLIP_SECTIONS = frozenset({"tv", "live", "livetv", "live-tv", "tv-live", "podcast", "podcasts", "podcasty", "podcastit",
                            "podkast", "podkasty", "direct", "en-direct", "en-vivo", "envivo", "en-directo", "ao-vivo",
                            "aovivo", "diretta", "na-zywo", "canli", "canli-yayin", "efir", "эфир", "прямой-эфир",
                            "подкасты", "подкаст", "直播", "ライブ", "라이브", "팟캐스트", "ポッドキャスト", "播客",
                            # broadcasters' catch-up and show sections: French "/replay/", "/emissions/",
                            # German "/mediathek/", "/sendungen/", Finnish "/areena/", Czech "/ivysilani/",
                            # Spanish "/a-la-carta/", shows' "/episodes/", "/episoden/"
                            "replay", "emissions", "mediathek", "sendungen", "areena", "ivysilani", "a-la-carta",
                            "episodes", "episoden"})


def _clip_section(href: str, facts: Facts) -> bool:
    """True for a link to the site's own clip, live or podcast section (see _CLIP_SECTIONS)
    or to a page it files as a video's."""
    from auditor.links.urls import path_of
    from auditor.sources.overlays import _video_page
    from auditor.sources.widgets import own_site

    href = href.strip()
    if not href or href.startswith("#") or not own_site(href, facts.site_host):
        return False
    path = path_of(href)
    if "%" in path:
        path = unquote(path)
    if _IMAGE_FILE.search(path):
        return False  # the full-size picture a lightbox opens, filed under the section
    return any(part.lower() in _CLIP_SECTIONS for part in path.split("/")[1:4]) or _video_page(href, facts)


_IMAGE_FILE = LazyPattern(r"\.(?:jpe?g|png|gif|webp|avif|svg)$", re.I)

# An episode's number on a leaf, in the words podcast and show templates badge it with:
# "Ep. 12", "EP12", "Episode 12", "S2 E5", "S02E05", "Folge 12", "Épisode 12", "Episodio 12",
# "Episódio 12", "Aflevering 12"/"Afl. 12", "Odcinek 12", "Epizoda 12", "Epizód 12", "Jakso 12",
# "Avsnitt 12", "Afsnit 12", "Episod 12", "Выпуск 12", "Эпизод 12", "Серия 12", "Bölüm 12",
# "Tập 12", "Eps 12", "第12話"/"第12集"/"第12期", "12화", "12회"; the same after the number
# ("12. Folge", "12. epizoda").
_EPISODE_WORDS = (r"ep(?:s|\.)?|episode|épisode|episodio|episódio|episod|epizod[ae]?|epizód|folge|aflevering|afl\."
                  r"|odcinek|jakso|avsnitt|afsnit|выпуск|эпизод|серия|bölüm|tập")
_EPISODE = LazyPattern(rf"^(?:(?:{_EPISODE_WORDS})\s*#?\s*\d{{1,4}}|\d{{1,4}}\.\s*(?:{_EPISODE_WORDS})"
                       r"|s(?:eason)?\s*\d{1,2}\s*[,:|·•–—-]?\s*e(?:p(?:isode)?)?\s*\d{1,3}"
                       r"|第\s*\d{1,4}\s*[話话集期]|\d{1,4}\s*[화회])$", re.I)
# A still's file as video platforms name it, kept when a site re-hosts it: YouTube's
# "hqdefault.jpg" (and mq-, sd-, maxres-), JW Player's "/v2/media/AbCd1234/poster.jpg" and
# "/thumbs/AbCd1234-720.jpg", Kaltura's "/thumbnail/entry_id/1_abcd1234/", Brightcove's
# "/jit/1234567890001/…/match/image.jpg".
_STILL_FILE = LazyPattern(r"(?:^|[/_-])(?:hq|mq|sd|maxres)default(?:_live)?\.(?:jpe?g|webp)(?:[?#]|$)"
                          r"|/v2/media/[A-Za-z0-9]{8}/poster\.|/thumbs/[A-Za-z0-9]{8}-\d{2,4}\.|/thumbnail/entry_id/"
                          r"|/jit/\d{10,16}/", re.I)
# Attributes naming a player's entry (a JW media id, a Kaltura entry, a playlist).
# Not "data-media-id": image libraries number their pictures so too.
_PLAYER_ENTRY = frozenset({"data-mediaid", "data-jw-media-id", "data-entry-id", "data-entryid",
                           "data-playlist", "data-playlist-id", "data-playlistid", "data-player-id", "data-playerid"})


def _player_entry(node: Element) -> bool:
    """True when ``node`` carries a player's entry (see _PLAYER_ENTRY), or Brightcove's
    account beside its player."""
    attrib = node.attrib
    if _PLAYER_ENTRY.isdisjoint(attrib.keys()) and "data-account" not in attrib:
        return False  # none of the names asked below (most nodes)
    if any(name in _PLAYER_ENTRY and (value or "").strip() for name, value in attrib.items()):
        return True
    return bool((attrib.get("data-account") or "").strip().isdigit() and (attrib.get("data-player") or "").strip())


# --- the play glyph an SVG draws ------------------------------------------------------------

_SVG = "{http://www.w3.org/2000/svg}"
_SHAPES = ("path", "polygon", "polyline", "line", f"{_SVG}path", f"{_SVG}polygon", f"{_SVG}polyline", f"{_SVG}line")
_PATH_TOKEN = LazyPattern(r"[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?")
_NUMBER = LazyPattern(r"-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?")


def draws_play_sign(svg: Element) -> bool:
    """True when an SVG draws one closed triangle pointing right (a disc or ring behind it
    allowed) and nothing else: a play sign. Its corners may be rounded (Heroicons' and Font
    Awesome's play, "c…" curves between three corners), and the disc may be a subpath of
    the triangle's own path (Material's play_circle_filled: a circle then "m-2 14.5v-9l6
    4.5-6 4.5z"). More shapes, a turned or mirrored drawing, or an open line (a chevron
    "M9 18l6-6-6-6") are not read as one."""
    shapes = list(islice(svg.iter(*_SHAPES), 2))  # two are already too many
    if len(shapes) != 1 or shapes[0].tag.endswith(("polyline", "line")):
        return False
    shape = shapes[0]
    if shape.tag.endswith("polygon"):
        numbers = [float(n) for n in _NUMBER.findall(shape.get("points") or "")]
        plays = _right_triangle(list(zip(numbers[::2], numbers[1::2])))
    else:
        plays = _path_plays_once(shape.get("d") or "")
    return plays and not _turned(svg)  # the drawing first: most icons draw no triangle


def _turned(svg: Element) -> bool:
    """True when an SVG turns or mirrors what it draws (a play sign turned is an arrow)."""
    for node in svg.iter():
        transform = (node.get("transform") or "").lower() if isinstance(node.tag, str) else ""
        if "rotate" in transform or "scale(-" in transform or "matrix" in transform:
            return True
    return False


def _path_plays_once(d: str) -> bool:
    # A path's reading depends on its ``d`` alone, read once per distinct ``d`` (a share
    # bar's icons, each card's play sign); a ``d`` too long for an icon is never kept.
    return len(d) <= _MAX_D and _path_read(d)


def _path_plays(d: str) -> bool:
    """True when a path's ``d`` draws one closed triangle pointing right, a disc or ring
    around it allowed (see draws_play_sign)."""
    if len(d) > _MAX_D or "z" not in d.lower():
        return False  # a drawing (a logo's path), or an open stroke: a chevron or an arrow's shaft
    subpaths = _subpaths(d)
    if subpaths is None or not 1 <= len(subpaths) <= 3:
        return False
    triangles = [sub for sub in subpaths if _triangle_corners(sub) is not None]
    if len(triangles) != 1:
        return False
    corners = _triangle_corners(triangles[0])
    assert corners is not None
    # Every other subpath is a disc or ring drawn round the triangle (curves holding it).
    return all(sub is triangles[0] or sub.curved and _encloses(sub.points, corners) for sub in subpaths)


_path_read = _Once(_path_plays)


class _Subpath:
    """One closed or open run of a path: the points its commands end at, and whether any
    of them is a curve or an arc."""

    __slots__ = ("points", "curved")

    def __init__(self) -> None:
        self.points: list[tuple[float, float]] = []
        self.curved = False


# How many numbers each path command takes, and which of them is its end point's x
# (H and V take one, handled apart).
_ARGS = {"m": 2, "l": 2, "t": 2, "c": 6, "s": 4, "q": 4, "a": 7}
# Most icons have a few dozen commands at most: a path longer is a drawing, not a sign
# (a circled rounded play, the longest read, is under 300 characters); asked before the
# path is read, so a logo's long path costs nothing.
_MAX_POINTS = 40
_MAX_D = 400


# Long: one loop over the path's tokens, each command's arguments read in its own branch.
def _subpaths(d: str) -> list[_Subpath] | None:
    """The subpaths of a path's ``d``, each with the points its commands end at (curves'
    and arcs' end points included, their control points not), or None when the path
    cannot be read or is too long to be an icon."""
    tokens = _PATH_TOKEN.findall(d)
    subpaths: list[_Subpath] = []
    x = y = start_x = start_y = 0.0
    command = ""
    i = total = 0
    while i < len(tokens):
        token = tokens[i]
        if token.isalpha():
            command = token
            i += 1
            if command in "Zz":
                x, y = start_x, start_y
            elif command.lower() not in _ARGS and command not in "HhVv":
                return None
            continue
        if not command or command in "Zz":
            return None
        lower = command.lower()
        try:
            if lower in "hv":
                value = float(token)
                i += 1
                if lower == "h":
                    x = x + value if command == "h" else value
                else:
                    y = y + value if command == "v" else value
            else:
                count = _ARGS[lower]
                args = [float(t) for t in tokens[i:i + count]]
                if len(args) < count:
                    return None
                i += count
                dx, dy = args[-2], args[-1]
                x, y = (x + dx, y + dy) if command.islower() else (dx, dy)
        except ValueError:
            return None
        if lower == "m":
            start_x, start_y = x, y
            subpaths.append(_Subpath())
            command = "l" if command == "m" else "L"  # pairs after a moveto are linetos
        elif not subpaths:
            return None
        if lower in "cstqa":
            subpaths[-1].curved = True
        subpaths[-1].points.append((x, y))
        total += 1
        if total > _MAX_POINTS:
            return None
    return subpaths


def _triangle_corners(sub: _Subpath) -> list[tuple[float, float]] | None:
    """The three corners of a subpath drawing a triangle pointing right, or None. Straight,
    its points are the corners; curved (rounded corners), its end points are gathered into
    corners, each within a quarter of its size of the others at that corner."""
    points = sub.points
    if not sub.curved:
        return points if _right_triangle(points) else None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    reach = 0.25 * max(max(xs) - min(xs), max(ys) - min(ys))
    if reach <= 0:
        return None
    clusters: list[list[tuple[float, float]]] = []
    for p in points:
        for cluster in clusters:
            if abs(cluster[0][0] - p[0]) <= reach and abs(cluster[0][1] - p[1]) <= reach:
                cluster.append(p)
                break
        else:
            clusters.append([p])
    if len(clusters) != 3:
        return None
    corners = [(sum(p[0] for p in c) / len(c), sum(p[1] for p in c) / len(c)) for c in clusters]
    # Rounded corners put a cluster's centre inside the triangle: the upright edge's two
    # corners still share an x within the allowance below.
    return corners if _right_triangle(corners, slack=0.3) else None


def _encloses(points: list[tuple[float, float]], corners: list[tuple[float, float]]) -> bool:
    """True when the box of ``points`` (a disc's) holds every corner of the triangle."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return all(min(xs) <= x <= max(xs) and min(ys) <= y <= max(ys) for x, y in corners)


def _right_triangle(points: list[tuple[float, float]], slack: float = 0.15) -> bool:
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
    if width <= 0 or height <= 0 or abs(x2 - x1) > slack * width:
        return False
    return min(y1, y2) < y3 < max(y1, y2) and 0.7 <= height / width <= 2.5
