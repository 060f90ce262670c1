"""What the page says of its clips in the markup ``body.drop_invisible`` removes, read
and marked before it goes (tests/test_overlays.py, tests/test_errors_leftovers.py):

- the stills of the videos the page declares: a picture whose address is the
  thumbnailUrl (or thumbnail) of a schema.org VideoObject in its JSON-LD or microdata,
  unless the page declares it as its article's image too, or the og:image of a page
  whose og:type is a video's, at any size ("-640x360", "/1280x720/"), is marked
  ``STILL_MARK`` (``DeclaredVideos``);
- a button named to play or listen in words ``vocab.PLAY_LABEL`` lacks ("Watch",
  "動画を再生", "Listen") marks its box a player's, unless the box is the story's;
- a player's script, or markup waiting to load a player's frame, marks its box a
  player's, on the same condition.

:mod:`auditor.sources.overlays` judges the pictures so marked; ``_story_prose`` (is this
box the story's?) serves widgets' play buttons too.
"""

from __future__ import annotations

import re

from auditor.sources import chrome_vocabulary as vocab
from auditor.sources.chrome_facts import Element
from auditor.sources.template_pictures import _no_alt
from auditor.text.lazyre import LazyPattern


# Set by DeclaredVideos on a picture whose address is a declared video's thumbnailUrl.
STILL_MARK = "data-auditor-video-still"
# A play button's name that vocab.PLAY_LABEL leaves out: "Watch", "Watch now", "動画を再生",
# "Bekijk de video", "Obejrzyj", "Смотреть"; the whole name, not "Watch later" or "Watchlist".
_WATCH_LABEL = LazyPattern(
    r"^\W*(?:watch(?: now| video| the video| clip| the clip)?|play(?: the)? (?:video|clip)|video (?:abspielen|ansehen"
    r"|starten)|lire la vid[ée]o|regarder(?: la vid[ée]o)?|ver (?:el )?v[ií]deo|reproducir(?: el)? v[ií]deo"
    r"|assistir(?: ao)? v[ií]deo|guarda(?: il)? video|bekijk(?: de)? video|obejrzyj(?: wideo| film)?|смотреть(?: видео)?"
    r"|(?:動画|ビデオ)(?:を)?(?:再生|見る)|播放视频|播放影片|동영상 재생|영상 (?:재생|보기)|spela upp(?: video)?"
    r"|afspil(?: video)?|spill av(?: video)?|toista(?: video)?|přehrát(?: video)?|lejátszás|redă(?: video)?"
    r"|videoyu (?:izle|oynat)|izle|oynat|tonton(?: video)?|putar video|xem video|ดูวิดีโอ|वीडियो देखें"
    # and in more of Europe's and the Middle East's languages: "Zobacz wideo", "Sledovat video",
    # "Videó lejátszása", "Nézd meg", "Vezi video", "Δείτε το βίντεο", "Αναπαραγωγή", "צפו בסרטון",
    # "پخش ویدیو", "Дивитися відео", "Гледай видео", "Pogledaj video", "Se video", "Titta", "Katso video"
    # (the words alone only where they say nothing else: "Sledovat" is also "Follow", "Katso",
    # "Titta" and "Nézd meg" a gallery's "Look")
    r"|zobacz (?:wideo|film)|sledovat video|vide[óo] lejátszása|nézd meg a videót|vezi video(?:clipul)?"
    r"|δείτε το βίντεο|αναπαραγωγή(?: βίντεο)?|צפו(?: בסרטון| בווידאו)?|צפה בסרטון|הפעל(?: סרטון)?|پخش(?: ویدیو| ویدئو)?"
    r"|تماشای ویدیو|дивитися(?: відео)?|гледай(?: видео)?|pogledaj(?:te)? (?:video|snimak)"
    r"|se (?:video|videoen|videon|klippet)|titta på videon?|katso video|voir la vid[ée]o"
    r"|تشغيل(?: الفيديو)?|شاهد(?: الفيديو)?"
    # an episode's or a recording's: "Listen", "Escuchar", "Jetzt anhören", "Слушать", "聴く", "듣기"
    r"|listen(?: now| to (?:the |this )?(?:episode|podcast|audio|article|story))?|play (?:the )?(?:episode|podcast|audio)"
    r"|escuchar(?: ahora| el podcast| el episodio)?|[ée]couter(?: le podcast| l['’][ée]pisode)?|(?:jetzt |podcast )?anh[öo]ren"
    r"|ascolta(?: ora| il podcast)?|ouvir(?: agora| o podcast)?|luister(?: nu)?|(?:po)?słuchaj|(?:по)?слушать|(?:を)?聴く"
    r"|收听|收聽|듣기|dinle|dengarkan|nghe|kuuntele|lyssna|lytt|poslechnout|استمع)\W*$", re.I)


class DeclaredVideos:
    """What ``body.drop_invisible`` reads of each script, meta, link and button before they
    go, in its one walk: the thumbnails of the schema.org VideoObjects the page declares
    (JSON-LD, or microdata's ``itemprop=thumbnailUrl`` in a video item), whose pictures
    are then marked as those videos' stills; and buttons named to play a clip in words
    PLAY_LABEL lacks, whose box is marked as a player's (unless its picture is described:
    the story may show it). A thumbnail the page also declares as the image of its article
    (a CMS falls back to the featured image when a clip has no still) is the story's."""

    __slots__ = ("stills", "scripts", "videos")

    def __init__(self) -> None:
        self.stills: set[str] = set()
        self.scripts: list[str] = []  # JSON-LD texts, parsed only when one declares a video
        self.videos = False

    def read(self, el: Element) -> None:
        """Read one script, meta, link or button (most pages: scripts and metas of no video)."""
        tag = el.tag
        if tag == "script":
            if "ld+json" in (el.get("type") or ""):
                text = el.text or ""
                self.scripts.append(text)
                self.videos = self.videos or "VideoObject" in text
            else:
                _mark_player_script(el)
        elif tag == "button":
            _mark_watch_button(el)
        elif tag != "svg" and el.get("itemprop") in ("thumbnailUrl", "thumbnailurl"):
            scope = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
            if scope is not None and vocab.PLAYER_ITEMTYPE.search(scope.get("itemtype") or ""):
                self.stills.add(_still_key(el.get("content") or el.get("href") or ""))

    def mark_stills(self, root: Element) -> None:
        if self.videos:
            self.stills |= _json_ld_stills(self.scripts)
        self.stills.add(_video_page_still(root))
        self.stills.discard("")
        if not self.stills:
            return
        for img in root.iter("img", "amp-img"):
            if any(_still_key(address) in self.stills for address in _addresses(img)):
                img.set(STILL_MARK, "1")


def _mark_watch_button(button: Element) -> None:
    from auditor.sources.widgets import BUTTON_MARK

    parent = button.getparent()
    if parent is None or parent.get(BUTTON_MARK) not in (None, "glyph"):  # a play sign's clue gives way
        return
    name = _control_name(button) or " ".join((button.text_content() or "").split())
    if len(name) <= 40 and _WATCH_LABEL.match(name) and all(_no_alt(img) for img in parent.iter("img", "amp-img")) \
            and not _paragraphs_of(parent) and not _story_prose(parent, name):
        parent.set(BUTTON_MARK, "play")


def _paragraphs_of(box: Element) -> bool:
    """True when ``box`` holds two paragraphs of words as its children: the story's box (a
    "Listen to this article" button sits among them), never a player's."""
    return sum(1 for p in box.iterchildren("p") if (p.text_content() or "").strip()) >= 2


# A player's box holds the clip's title and a line or two about it; the story's box holds
# its run of sentences, in paragraphs at any depth, one paragraph broken by <br>, or <div>s.
_STORY_RUN_WORDS = 40
_STORY_RUN_CHARS = 240  # the same run in a script written without spaces
_SENTENCE_END = LazyPattern(r"[.!?…。！？](?=[\s\"”’»)]|$)")


# Asked before drop_invisible strips them: a card's JSON-LD or inline script is no prose.
_UNSHOWN_TAGS = frozenset({"script", "style", "template"})


def _shown_text(box: Element) -> str:
    """``box``'s text_content() without what its scripts, styles and templates hold."""
    parts: list[str] = []
    todo: list[Element | str] = [box]  # elements to read, and the tails after them
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        parts.append(item.text or "")
        for child in reversed(item):
            todo.append(child.tail or "")
            if isinstance(child.tag, str) and child.tag not in _UNSHOWN_TAGS:
                todo.append(child)
    return "".join(parts)


def _story_prose(box: Element, button_name: str) -> bool:
    """True when ``box`` holds the story's prose besides its button: two paragraphs of
    sentences anywhere in it, or a run of words of a story's length ending two sentences
    or more. Such a box is the story's (its photos need their alt), never a player's."""
    sentences = 0
    for p in box.iter("p"):
        words = (p.text_content() or "").split()
        if len(words) >= 12 or len(words) >= 5 and _SENTENCE_END.search(words[-1]):
            sentences += 1
            if sentences >= 2:
                return True
    text = " ".join(_shown_text(box).split()).replace(button_name, "", 1)
    if len(text.split()) < _STORY_RUN_WORDS and len(text) < _STORY_RUN_CHARS:
        return False
    return len(_SENTENCE_END.findall(text)) >= 2


def _json_ld_stills(scripts: list[str]) -> set[str]:
    """The thumbnails of the VideoObjects in the page's JSON-LD (``thumbnailUrl``, one or a
    list; ``thumbnail``, an ImageObject inline or by ``@id``), less the pictures the page
    declares as another item's image (an article's ``image`` or ``thumbnailUrl``)."""
    import json

    videos: list[object] = []
    others: list[object] = []
    urls: dict[str, str] = {}  # an ImageObject's @id -> its address
    stack: list[object] = []
    for text in scripts:
        try:
            stack.append(json.loads(text))
        except ValueError:
            continue
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
            continue
        if not isinstance(item, dict):
            continue
        kind = item.get("@type")
        url = item.get("url") or item.get("contentUrl")
        if isinstance(item.get("@id"), str) and isinstance(url, str):
            urls[item["@id"]] = url
        if kind == "VideoObject" or isinstance(kind, list) and "VideoObject" in kind:
            videos += [item.get("thumbnailUrl"), item.get("thumbnail")]
        else:
            others += [item.get("image"), item.get("thumbnailUrl")]
        stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
    return _image_keys(videos, urls) - _image_keys(others, urls)


def _image_keys(values: list[object], urls: dict[str, str]) -> set[str]:
    """The addresses (see _still_key) of JSON-LD image values: strings, lists, ImageObjects
    inline or referred to by @id."""
    found = set()
    stack = list(values)
    while stack:
        one = stack.pop()
        if isinstance(one, list):
            stack.extend(one)
        elif isinstance(one, dict):
            ref = one.get("url") or one.get("contentUrl") or urls.get(str(one.get("@id")))
            if isinstance(ref, str):
                found.add(_still_key(ref))
        elif isinstance(one, str):
            found.add(_still_key(one))
    return found


def _addresses(img: Element) -> list[str]:
    srcset = (img.get("srcset") or img.get("data-srcset") or "").split(",")
    return [img.get("src") or "", img.get("data-src") or "", img.get("data-lazy-src") or "",
            srcset[0].split()[0] if srcset[0].strip() else ""]


def _still_key(address: str) -> str:
    """A picture's address without scheme, host, query, fragment or a size written into
    it ("still-640x360.jpg", "/1280x720/still.jpg"): a CDN or a size may differ between
    the page's still and its declared thumbnail."""
    from auditor.links.urls import page_path

    path = page_path(address)
    if len(path) <= 4 or "." not in path.rsplit("/", 1)[-1]:
        return ""
    return _SIZE_IN_PATH.sub("", path)


_SIZE_IN_PATH = LazyPattern(r"[-_]\d{2,4}x\d{2,4}(?=\.\w+$)|/\d{2,4}x\d{2,4}(?=/)")


def _video_page_still(root: Element) -> str:
    """The og:image of a page that declares itself a video's (``og:type`` ``video.other``,
    ``video.episode``…) or whose own address is the site's video page ("/video/…",
    "/videos/…", "/видео/…": its canonical link or og:url), as its still's key: that
    picture is the clip's poster. "" else."""
    head = root.find("head")
    if head is None:
        return ""
    kind = image = address = ""
    for meta in head.iter("meta"):
        key = (meta.get("property") or "").strip().lower()
        if key == "og:type" and not kind:
            kind = (meta.get("content") or "").strip().lower()
        elif key == "og:image" and not image:
            image = meta.get("content") or ""
        elif key == "og:url" and not address:
            address = meta.get("content") or ""
    if not image:
        return ""
    if kind.startswith("video"):
        return _still_key(image)
    for link in head.iter("link"):
        if (link.get("rel") or "").strip().lower() == "canonical":
            address = link.get("href") or address
            break
    return _still_key(image) if address and _video_page_address(address) else ""


def _video_page_address(address: str) -> bool:
    """True when a page's own address is a video page of its site (overlays' reading)."""
    from urllib.parse import unquote

    from auditor.links.urls import path_of
    from auditor.sources.overlays import _OWN_VIDEO_PAGE

    path = path_of(address.strip())
    if "%" in path:
        path = unquote(path)
    return bool(vocab.VIDEO_PAGE_PATH.match(path) or _OWN_VIDEO_PAGE.search(path))


def _control_name(node: Element) -> str:
    """What a control is named for a screen reader: its aria-label and title, spaces collapsed."""
    return " ".join(f"{node.get('aria-label') or ''} {node.get('title') or ''}".split())


# Scripts that draw a player where they stand, beside the ones whose address is a player's
# frame (vocab.PLAYER_FRAME_SRC: JW's "cdn.jwplayer.com/players/…js", Brightcove's
# "players.brightcove.net"): the outstream and in-article players' tags (Connatix's
# "cd.connatix.com/connatix.player.js", AnyClip's "player.anyclip.com/…/lre.js", Vidazoo's
# "static.vidazoo.com/basev/vwpt.js", Primis' "live.primis.tech/live/liveView.php", EX.CO's
# "player.ex.co/…"), JW's and Vidyard's libraries.
_PLAYER_SCRIPT = re.compile(r"//(?:[\w-]+\.)*(?:cd\.connatix\.com|player\.anyclip\.com|static\.vidazoo\.com"
                            r"|live\.primis\.tech|player\.ex\.co|play\.vidyard\.com/embed|(?:cdn|content)\.jw(?:player"
                            r"|platform)\.com/libraries)/", re.I)
# Script types that hold markup, not code: a click-to-load embed's waiting player
# ("<script type='x-video-embed'><iframe src='https://www.youtube.com/embed/…'>",
# helsingborg-stad/Modularity's video module; "text/template", "text/x-template").
_CODE_TYPES = frozenset({"", "text/javascript", "application/javascript", "module", "text/ecmascript"})


def _mark_player_script(script: Element) -> None:
    """Note on a script's box that it draws a player there (a player's script, or markup
    waiting to load a player's frame): the box's picture is the player's poster."""
    src = script.get("src")
    if src:
        plays = "//" in src and bool(vocab.PLAYER_FRAME_SRC.search(src) or _PLAYER_SCRIPT.search(src))
    else:
        kind = (script.get("type") or "").strip().lower()
        text = script.text or ""
        plays = kind not in _CODE_TYPES and "json" not in kind and "<iframe" in text \
            and vocab.PLAYER_FRAME_SRC.search(text) is not None
    if plays:
        _mark_player_box(script.getparent())


def _mark_player_box(box: Element | None) -> None:
    """Mark ``box`` as a player's when it may be one: no story's box (the page's
    sections, two paragraphs, a run of the story's sentences), no described picture."""
    from auditor.sources.widgets import BUTTON_MARK

    if box is None or box.get(BUTTON_MARK) not in (None, "glyph") or box.tag in ("body", "head", "html", "article", "main"):
        return
    if all(_no_alt(img) for img in box.iter("img", "amp-img")) and not _paragraphs_of(box) \
            and not _story_prose(box, ""):
        box.set(BUTTON_MARK, "play")
