"""Players and pop-ups that the widget rules (:mod:`auditor.sources.widgets`) leave in
the story, as publishing stacks write them (tests/test_overlays.py). The template's own
pictures (logos, bylines' faces, badges, icons, consent placeholders) are told by
:mod:`auditor.sources.template_pictures`, asked here in their turn; what the page says of
its clips in its scripts, metas and buttons is read and marked before they go by
:mod:`auditor.sources.declared_videos`.

- a captioned player: a figure whose picture sits beside a play control or a player's
  frame. The picture is the poster the player replaces, and the player has its own
  label. A captioned still with no control stays the story's: the story shows it.
- an embed block typed as video (WordPress's ``is-type-video``, Drupal's
  ``media--type-remote-video``), a schema.org video item (kept for its description), a
  box holding the player's address until a click loads it (``data-src``, ``data-embed``),
  a player's custom element (``<lite-youtube>``, ``<video-js>``, AMP's), a box carrying the
  clip's id (``data-video-id``, Dailymotion's ``video-id``) or typed as one
  (``data-type="video"``), a player vendor's box (``kaltura_player``, JW's ``botr_…``), a
  box named a player's part (``media__video--thumbnail-wrapper``, ``video-embed``), a box
  standing for a video page (``itemid``, ``data-canonical-url`` ending in ``/video/…``): a
  picture in it is the poster or the embed's lazy placeholder, captioned or not;
- a picture that is its own player's placeholder: its lazy address is the player's frame
  (``<img data-src="https://www.youtube.com/embed/…">``), it carries the clip's id, it is an
  AMP embed's ``placeholder``, or an image proxy serves it from a video platform's stills;
- a captioned figure of one picture whose caption labels it a clip ("Video: …", "WATCH: …",
  "VIDEO | …", "▶ …", "… (video)", a first "Video" label element); a box starting a clip on
  click (``onclick="playVideo(…)"``); a picture the site files as a video's still
  ("/video/thumbnails/…", "video-thumbnail-….jpg", Twitter's ``ext_tw_video_thumb``);
- a small box without prose whose label names clips ("Mehr Videos", "Video zum Thema",
  "Watch more") and whose one picture without alt sits in a link: a video teaser;
- a link or box that opens a clip: its class pairs "video" with a control's word
  ("js-video-trigger", "video-popup", "play-video"), or it toggles a modal named for a video
  (``data-target="#videoModal"``); a picture-only link of one goes whole;
- a play icon laid over a still as a picture of its own ("play-button.png", class "icon-play"),
  unless it is all a link holds (then its missing alt is the link's missing name);
- a captioned figure whose poster shows a play icon (an SVG's class, marked before SVGs go),
  the clip's running time ("2:41", "02:41 min") or a "Video"/"Watch" badge outside its
  caption; a small box without caption, heading or prose whose one picture shows the same
  marks or a control named to play ("Watch", "動画を再生") (a video teaser); a privacy
  tool's click-to-load box named for YouTube or Vimeo;
- a captioned video teaser: a figure (or a small box of a figure and a link) whose one
  picture without alt is wrapped in, or sits beside a short link to, the site's own video
  page ("/video/…", "/world/video/…", "/en/news/world/videos/…", "/2024/03/12/video/…", "/clips/…",
  "/news/av/…", "/watch?v=…", "?videoId=…", "/v/…"), judged whole so
  no empty link is left behind; a link to such a page around a captioned figure loses its
  picture and keeps its caption's words. A link in the caption leaves the photo the story's;
- the still of a video the page declares: a picture whose address is the thumbnailUrl (or
  thumbnail) of a schema.org VideoObject in its JSON-LD or microdata (``declared_videos.DeclaredVideos``,
  read before scripts and metas go), unless the page declares it as its article's image too,
  or the og:image of a page whose og:type is a video's; at any size ("-640x360", "/1280x720/");
- an AMP element laid out ``nodisplay`` (``<amp-lightbox>``, ``<amp-sidebar>``), hidden until a tap;
- a box hidden by a pop-up script's class (``mfp-hide``), a box whose class says pop-up
  or modal only in a modifier or a glued word (``CampaignType--popup``, ``simplemodal``)
  (a ``<dialog>`` never reaches here: ``body.drop_invisible`` removes it with scripts);
- a closable box asking for money or support in languages the shared vocabulary lacks
  (Thai, Indonesian, Vietnamese, Korean, Japanese, Chinese, Russian, Turkish…).
- a small box without heading or prose named a clip's (class or id, BEM modifiers included:
  "lead-video", "videoBox", "card--video", "format-video") or a player's frame
  ("playerContainer"), a data-* identifier naming a clip's component
  (``data-testid="video-card"``), a clip's file or stream on the picture or its box
  (".mp4", ".m3u8", ".mpd"; not a GIF's lighter copy), a picture titled "Play video", a
  paragraph label ("WATCH:") before a picture link, a classic caption box opening "Video:":
  the poster or a video teaser's still; a control named to listen ("Listen", "Anhören",
  "聴く") marks an episode's teaser as "Watch" marks a clip's;
- a picture-only link to a clip on a video or audio platform (youtu.be, Vimeo, Dailymotion,
  TikTok, Twitch, SoundCloud tracks, and the platforms of other languages' readers: Rutube,
  OK, Dzen, Bilibili, Niconico, Naver TV, Kakao TV, Youku…), uncaptioned, or a lightbox's
  clip in a link's data-src;
- a picture beside what a player is drawn into (tests/test_errors_unseen3.py): an empty mount
  (``<div id="jwplayer_…">``, ``<div id="AnyClipPlayer">``, a ``data-embed-src`` frame), a
  player's or outstream player's script (JW, Brightcove, Connatix, AnyClip, Vidazoo, Primis,
  EX.CO; marked by ``declared_videos._mark_player_script`` before scripts go), an embed waiting in a
  ``<template>`` or a markup ``<script>``, a play button beside a captioned figure;
- a picture typed a clip's still by its own attributes (``data-type="video"``,
  ``data-has-video``, a "has-video" class), a picture link whose twin link is labelled a
  clip ("▶ Watch: …", "[VIDEO] …"), a picture link asking its page to play on arrival
  ("?autoplay=1", "#video"), a card whose still's own link holds its clip marks, a list of
  clips its class names;
- a picture beside two weak clues of a clip of different kinds (see clip_clues: an SVG play
  sign, a running time, a clip's or show's class, a link into the site's "/tv/", "/live/"
  or "/podcasts/" section), in its captioned figure or a small box: each alone is too common.

- a picture inside a social post's embed box as platforms' embed code writes it
  (``blockquote.twitter-tweet``, Facebook's ``fb-xfbml-parse-ignore``, ``bluesky-embed``…): the
  fallback the platform's script replaces with the post's frame.

The pop-up rules need a picture in a small box with no prose: a story's section is never one.
"""

from __future__ import annotations

import re

from auditor.sources import chrome_vocabulary as vocab
from auditor.sources import clip_clues
from auditor.sources.chrome_facts import (FIGCAPTIONS, HEADINGS, IMAGES, Element, Facts, Finds, Verdict, _holds_prose,
                                          captioned, word_set, picture_address)
from auditor.sources import template_pictures as template  # the template's own pictures, asked in turn
from auditor.sources.template_pictures import _alone_in_link, _no_alt, picture_frame, single_picture
from auditor.sources.declared_videos import STILL_MARK, _WATCH_LABEL, _control_name  # marked before scripts go
from auditor.text.lazyre import LazyPattern

# A dialog or appeal box says little: a title, a line or two, a button.
_BOX_TEXT = 600
# How far up from a picture its player or embed box is looked for.
_DEPTH = 6
# A video teaser's box says little: a title, a running time, a badge.
_MARKED_TEXT = 120

# Classes of a pop-up library that hide its box until a script opens it.
_POPUP_HIDE = LazyPattern(r"(?:^|\s)(?:mfp|fancybox|lity|featherlight|remodal|pum|popmake|popup|modal|dialog)"
                         r"[-_]hid(?:e|den)(?:\s|$)", re.I)
# "pop-up" or "modal" glued into a word or written as a modifier: "simplemodal",
# "CampaignType--popup", "newsletterPopup", "donate_modal". Not a story picture's
# opener ("modal-trigger", "popup-image", "js-open-modal"), nor "multimodal", "modalità".
_POPUP_WORD = LazyPattern(r"(?<!multi)(?<!inter)modal(?!it)|pop-?up|popin|interstitial|exit-?intent", re.I)
_OPENER_WORD = LazyPattern(r"trigger|toggle|open|link|img|image|photo|picture|gallery|zoom|btn|button|launch|show", re.I)
# Embed blocks typed as video or audio by the CMS: WordPress ("is-type-video",
# "is-provider-youtube", "wp-block-embed-vimeo"), Drupal ("media--type-remote-video",
# "media--type-video").
_VIDEO_TYPE = LazyPattern(r"(?:^|\s)(?:is-type-(?:video|audio)|is-provider-(?:youtube|vimeo|dailymotion|videopress"
                         r"|ted|tiktok|wistia|brightcove|jwplayer|spotify|soundcloud)|wp-block-embed-(?:youtube|vimeo"
                         r"|dailymotion|videopress|ted|tiktok)|media--type-(?:remote-)?(?:video|audio)"
                         r"|media-(?:remote-)?video)(?:\s|$)", re.I)
_video_type = Finds(_VIDEO_TYPE)  # once per distinct class string: a page's boxes repeat a few
# Words of an appeal to give or support, in languages the shared vocabulary lacks.
_APPEAL_WORDS = LazyPattern(
    r"บริจาค|สนับสนุน|ร่วมสมทบ|donasi|dukung kami|sokong kami|ủng hộ|quyên góp|후원|기부|寄付|ご支援|支援する|捐款|捐助|捐赠"
    r"|赞助|贊助|支持我们|支持我們|пожертв|поддержите|поддержать|bağış|destek ol|wesprzyj|darowizn|wpłać|doneer|steun ons"
    r"|lahjoit|stöd oss|donera|støtt oss|δωρε|υποστηρίξ|תרומה|תרמו|تبرع|ادعم")  # read lower-cased: re.I is 8x slower


def judge(el: Element, facts: Facts) -> Verdict | None:
    """A player's poster or a pop-up that the widget rules did not tell (see the module
    docstring), or None."""
    if el.tag in ("img", "amp-img"):
        return _embed_fallback(el) or _player_still(el, facts)
    if el.get("layout") == "nodisplay" and str(el.tag).startswith("amp-"):
        return Verdict("hidden", f"<{el.tag} layout=nodisplay>: hidden until a tap opens it (an AMP lightbox or sidebar)")
    if el.tag in ("figure", "div", "section"):
        still = _lone_still(el)  # read once: the three teaser rules judge a box of one picture without alt
        verdict = _captioned_teaser(el, facts) or _labelled_teaser(el, facts) \
            or _video_labelled_box(el, still, facts) if still is not None else None
        verdict = verdict or template.blocked_embed(el, facts)
        if verdict is not None:
            return verdict
    names = el.get("class")
    ident = el.get("id")
    if ident:
        names = f"{names or ''} {ident}"
    if not names:
        return None
    hint = _popup_hint(names)
    if hint is not None:
        small = _small_box_with_picture(el, facts)
        return Verdict("dialog", f"class {hint.strip()[:30]!r}: a pop-up") if small else None
    if not 0 < facts.text.get(el, 0) <= _BOX_TEXT:
        return None
    words = _APPEAL_WORDS.search((el.text_content() or "").lower())
    if words is None or "close" not in _close_hint(el) or not _small_box_with_picture(el, facts):
        return None
    return Verdict("dialog", f"a closable box asking {words.group(0)!r}: a pop-up")


# A social post embedded by its platform's code (the markup the platform's embed dialog gives,
# as titles._EMBED_CLASS reads it): X/Twitter's blockquote.twitter-tweet, TikTok's
# blockquote.tiktok-embed, Facebook's "fb-xfbml-parse-ignore" blockquote in div.fb-post,
# Threads' text-post-media, Bluesky's bluesky-embed, Reddit's reddit-embed-bq, Mastodon's
# mastodon-embed. Its script replaces the box with the platform's frame.
_EMBED_FALLBACK = LazyPattern(r"(?:^|\s)(?:twitter-tweet|twitter-video|tiktok-embed|fb-post|fb-video|fb-xfbml-parse-ignore"
                              r"|text-post-media|bluesky-embed|reddit-embed-bq|reddit-card|mastodon-embed)(?:$|\s)")
_EMBED_DEPTH = 4


def _embed_fallback(el: Element) -> Verdict | None:
    """A picture inside a social post's embed box (see _EMBED_FALLBACK): the fallback a
    reader without the platform's script sees, which the script replaces with the post's
    frame (the platform names its pictures there), not the story's own picture."""
    for depth, box in enumerate(el.iterancestors()):
        if depth >= _EMBED_DEPTH or box.tag in ("body", "article", "main"):
            return None
        if box.tag in ("blockquote", "div") and _EMBED_FALLBACK.search(box.get("class") or ""):
            return Verdict("embed", "a picture in a social post's embed, which the platform's script replaces")
    return None


def template_link(link: Element, facts: Facts) -> Verdict | None:
    """A picture link that is no story's: a follow badge (see
    template_pictures.follow_badge_link), a picture-only link that opens a clip or leads to
    one on a video platform, or the template's badge or logo (see
    template_pictures.badge_or_logo_link); the link goes whole, so no empty link is left."""
    if not facts.holds(link, IMAGES):
        return None
    href = (link.get("href") or "").strip()
    verdict = template.follow_badge_link(link, href, facts)
    if verdict is not None:
        return verdict
    if facts.text.get(link, 0):
        return None
    if _video_opener(link):
        return Verdict("player", "a picture link that opens a clip (its class or target names a video opener)")
    target = href or link.get("data-src") or link.get("data-href") or link.get("data-video") or ""
    if target and (_platform_clip(target) or "//" in target and vocab.PLAYER_FRAME_SRC.search(target)) \
            and not any(captioned(img) for img in link.iter("img", "amp-img")):
        # its address, or a lightbox's (lightGallery's and FancyBox's data-src on a link without href)
        return Verdict("player", "a picture-only link to a clip on a video platform or its player: the clip's still")
    return template.badge_or_logo_link(link, href, facts)


# A control's words beside "video" in a class: "video-trigger", "js-modal-video", "openVideo", "video-popup".
_OPENER_WORDS = frozenset({"trigger", "popup", "lightbox", "modal", "open", "opener", "link", "launch", "launcher",
                           "play", "btn", "button", "toggle", "overlay"})


def _video_opener(el: Element) -> bool:
    """True when a box or link says it opens a clip: a class or id pairing "video" with a
    control's word ("video-trigger", "js-modal-video", "videoLink"), or a modal toggle whose
    target names a video ("data-target=#videoModal")."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    if "ideo" in names:
        for token in names.split():
            words = _class_words(token)
            if words & {"video", "videos"} and words & _OPENER_WORDS:
                return True
    target = el.get("data-target") or el.get("data-bs-target") or ""
    toggle = (el.get("data-toggle") or el.get("data-bs-toggle") or "").lower()
    return toggle == "modal" and "video" in target.lower()


# A clip's own page on a video platform the social hosts leave out: YouTube's short links
# ("youtu.be/ID"), Vimeo's numbered clips ("vimeo.com/123456", "vimeo.com/channels/staff/123456"),
# Dailymotion's ("dailymotion.com/video/x8abc", "dai.ly/x8abc"), TikTok's
# ("tiktok.com/@name/video/7312…"), Twitch's recordings and clips, Facebook's "fb.watch/…",
# Rumble's ("rumble.com/v4abc-…"), TED talks, SoundCloud tracks ("soundcloud.com/artist/track").
_PLATFORM_CLIP = LazyPattern(r"^(?:https?:)?//(?:www\.|m\.)?(?:youtu\.be/[\w-]{6,}|vimeo\.com/(?:[\w-]+/)*\d{5,}"
                            r"|dailymotion\.com/video/\w+|dai\.ly/\w+|tiktok\.com/@[\w.-]+/video/\d+"
                            r"|twitch\.tv/(?:videos/\d+|[\w-]+/clip/)|clips\.twitch\.tv/\w|fb\.watch/\w"
                            r"|rumble\.com/v[\w-]+|ted\.com/talks/\w|soundcloud\.com/[\w-]+/(?!sets/|likes|tracks|albums"
                            r"|followers|following)[\w-]+"
                            # a clip's page on YouTube itself, and on the platforms of the other languages'
                            # readers: Facebook's and X's video pages, Rutube, VK Video, OK, Dzen, Bilibili,
                            # Niconico, Naver TV, Kakao TV, Youku, Tencent Video, Streamable, Loom
                            r"|youtube\.com/(?:watch\?(?:[^#]*&)?v=[\w-]{6,}|shorts/[\w-]{6,}|live/[\w-]{6,})"
                            r"|facebook\.com/(?:watch/?\?(?:[^#]*&)?v=\d|[\w.-]+/videos/(?:[\w.-]+/)?\d{6,})"
                            r"|(?:x|twitter)\.com/\w+/status/\d+/video/\d|rutube\.ru/video/\w"
                            r"|(?:vk\.com|vkvideo\.ru)/video-?\d+_\d+|ok\.ru/video/\d+|dzen\.ru/video/watch/\w"
                            r"|bilibili\.com/video/\w|b23\.tv/\w|nicovideo\.jp/watch/\w|nico\.ms/\w"
                            r"|tv\.naver\.com/v/\d+|tv\.kakao\.com/(?:v/\d+|channel/\d+/cliplink/\d+)"
                            r"|v\.youku\.com/v_show/\w|v\.qq\.com/x/(?:cover|page)/\w|streamable\.com/\w{4,}"
                            r"|loom\.com/share/\w)", re.I)


def _platform_clip(href: str) -> bool:
    return "//" in href and bool(_PLATFORM_CLIP.match(href.strip()))


_HINTS: dict[str, str | None] = {}


def _popup_hint(names: str) -> str | None:
    """The class or id naming a pop-up (see _POPUP_HIDE, _popup_word), or None, read once
    per distinct names: a page's boxes repeat a few, and both patterns are tried at every
    character."""
    if names in _HINTS:
        return _HINTS[names]
    if len(_HINTS) >= 1 << 12:  # bounded as chrome_facts.Finds is
        _HINTS.clear()
    hidden = _POPUP_HIDE.search(names)
    hint = _HINTS[names] = hidden.group(0) if hidden is not None else _popup_word(names)
    return hint


def _popup_word(names: str) -> str | None:
    """The class or id token naming a pop-up in a glued word or a modifier, not a
    picture's opener; the plain words ("modal", "popup") the shared vocabulary reads."""
    if not _POPUP_WORD.search(names):
        return None
    for token in names.split():
        if _POPUP_WORD.search(token) and not _OPENER_WORD.search(token) \
                and token.lower() not in ("modal", "popup", "pop-up", "popin", "interstitial"):
            return token
    return None


def _small_box_with_picture(el: Element, facts: Facts) -> bool:
    if facts.text.get(el, 0) > _BOX_TEXT or _holds_prose(el, facts, 2):
        return False
    return next(el.iter("img", "amp-img"), None) is not None


def _close_hint(el: Element) -> set[str]:
    """"close" when ``el`` holds a control that closes it (see widgets._controls_in),
    looked at only in boxes of few elements."""
    from auditor.sources.widgets import _controls_in

    if sum(1 for _ in el.iter()) > 30:
        return set()
    return _controls_in(el)


def _icon(el: Element, facts: Facts) -> Verdict | None:
    """A picture without alt that is an icon, not a picture: a play icon laid over a still
    (unless all a link holds: then it is the link's name, and its missing alt the one
    defect), or the template's icon (see template_pictures.icon)."""
    if _play_icon(el) and not _alone_in_link(el, facts):
        return Verdict("player", "a play icon laid over a clip's still: the player's control, not a picture")
    return template.icon(el, facts)


def _player_still(el: Element, facts: Facts) -> Verdict | None:
    """A picture that is its own player's placeholder (see :func:`_own_player`), or one in
    a player's box (see :func:`_player_box`), or in a captioned figure beside a play
    control, a player's frame or the clip's running time: the poster or placeholder the
    player replaces."""
    verdict = _own_player(el)
    if verdict is not None:
        return verdict
    no_alt = _no_alt(el)
    verdict = template.picture(el, facts) or (_icon(el, facts) if no_alt else None)
    if verdict is not None:
        return verdict
    if no_alt and el.get(STILL_MARK):
        return Verdict("player", "the still of a video the page declares (a VideoObject's thumbnailUrl)")
    figure = None
    for depth, box in enumerate(el.iterancestors()):
        if depth >= _DEPTH or box.tag in ("body", "article", "main"):
            break
        key = ("player", box)
        if key in facts.boxes:
            verdict = facts.boxes[key]
        else:
            verdict = facts.boxes[key] = _player_box(box, facts)  # once per box: pictures share their boxes
        if verdict is not None:
            return verdict
        if box.tag == "figure":
            figure = box
            break
    caption = next(figure.iter("figcaption"), None) if figure is not None else None
    if figure is not None and caption is not None:
        if "play" in _play_controls(figure):
            return Verdict("player", "a captioned player's poster, beside its play control, frame or running time")
        if not no_alt:
            return None  # the rules below read pictures without alt only
        if _labels_a_clip(caption) and single_picture(figure, facts):
            return Verdict("player", "a figure whose caption opens with a clip's label (\"Video:\", \"WATCH:\"): its still")
        return _linked_still(el, facts) or _beside_player(el, figure, facts) or _clued_still(el, figure, facts)
    if not no_alt:
        return _marked_still(el, facts)  # a clip's marks beside it; the rules after it read pictures without alt only
    return _marked_still(el, facts) or _typed_teaser(el, facts) or _labelled_still(el, facts) or _filed_teaser(el, facts) \
        or _beside_player(el, el, facts) or _twin_labelled_teaser(el, facts) or _plays_on_arrival(el, facts) \
        or _clued_still(el, None, facts)


def _clued_still(el: Element, figure: Element | None, facts: Facts) -> Verdict | None:
    """A picture without alt, the one picture of its captioned ``figure`` (its caption
    not read) or of a small box without heading or prose, beside two clues of a clip of
    different kinds (see clip_clues: an SVG play sign, a running time, a clip's or show's
    class, a link into the site's clip, live or podcast section): a teaser's still."""
    if not _no_alt(el) or _animated(el):
        return None
    if figure is None:
        box = clip_clues.clued_box(el, facts)
    else:
        box = figure if single_picture(figure, facts) and not facts.holds(figure, HEADINGS) else None
    found = clip_clues.clues(el, box, facts) if box is not None else set()
    if len(found) < 2:
        return None
    return Verdict("player", f"a picture beside two clues of a clip ({', '.join(sorted(found))}): a teaser's still")


# A caption labelling its figure a clip: "Video: …", "WATCH: …", "VIDEO | …", "Vídeo – …", "▶ …",
# "… (video)". Not a sentence about videos ("Video games …", "Watch out for …").
_CLIP_CAPTION = LazyPattern(r"^\W*(?:video|vídeo|vidéo|wideo|видео|відео|βίντεο|動画|视频|視頻|影片|동영상|영상|فيديو|ویدیو"
                           r"|וידאו|वीडियो|วิดีโอ|videó|ভিডিও|வீடியோ|ویڈیو|ویدئو|ビデオ|วีดีโอ"
                           r"|व्हिडिओ|వీడియో|ವಿಡಿಯೋ|വീഡിയോ|વીડિયો|ਵੀਡੀਓ|watch|play video"
                           r"|ver (?:el )?v[íi]deo|mira(?: el)? v[íi]deo|assista|regarder|ansehen|guarda(?: il)? video"
                           r"|bekijk(?: de)? video|obejrzyj|смотрите(?: видео)?|clip|klip|клип|คลิป"
                           # the label in more newsrooms' words: "EN VIDÉO -", "EN VÍDEO |", "Im Video:",
                           # "IL VIDEO |", "Veja o vídeo:", "Xem video:", "TONTON:", "İZLE |", "Zobacz wideo:",
                           # Arabic "بالفيديو..", "شاهد الفيديو:", Hindi "देखें वीडियो:", Japanese "【映像】"
                           # (not "see" alone: "Veja:", "Xem ảnh", "شاهد بالصور", "देखें तस्वीरें" show photos)
                           r"|en v[íi]deo|en vid[ée]o|(?:im|das) video|il video|veja o v[íi]deo|assista ao v[íi]deo"
                           r"|xem (?:video|clip)|tonton(?: video)?|izle|zobacz (?:wideo|film|nagranie)"
                           r"|بالفيديو|شاهد (?:ال)?فيديو|देखें वीडियो|映像)"
                           # the label's end: a colon or bar, a closing bracket ("[VIDEO] …", "(VÍDEO) …",
                           # "【動画】…", "[영상] …"), a spaced dash ("VIDEO - …"), a full stop ("ВИДЕО. …",
                           # Arabic's "بالفيديو.. …")
                           r"\s*(?:[:|–—：｜\])】」』］）]|-\s|\.{1,3}\s)"
                           r"|^\s*[▶►▷]|\((?:video|vídeo|vidéo|wideo|видео|動画|视频)\)\W*$"
                           # a clip's credit closing the caption, as a photo's is written: "(Video: AP)"
                           r"|\((?:video|vídeo|vidéo|wideo|videó|видео|відео|動画|视频|영상)\s*[:：][^()]{1,40}\)\W*$", re.I)


def _labels_a_clip(caption: Element) -> bool:
    """True when the caption opens with a clip's label: in its words (see _CLIP_CAPTION)
    or as a first element of one badge word ("<span class=label>Video</span> …")."""
    text = " ".join((caption.text_content() or "").split())
    if _CLIP_CAPTION.search(text):
        return True
    first = next((c for c in caption.iter() if c is not caption and isinstance(c.tag, str)), None)
    if first is None or (caption.text or "").strip():
        return False
    return bool(_CLIP_BADGE.match(first.text_content() or "")) and len(text) > len(first.text_content() or "")


# Custom elements of players and AMP embeds: <lite-youtube>, <lite-vimeo>, <video-js>
# (Brightcove), <mux-player>, <amp-video>, <amp-youtube>, <amp-brightcove>, <amp-jwplayer>,
# Glomex's <glomex-integration integration-id=… playlist-id=…> (its integration docs).
_PLAYER_TAG = LazyPattern(r"^(?:[a-z0-9]+-)*(?:video|youtube|vimeo|jwplayer|brightcove|dailymotion|kaltura|wistia|glomex"
                         r"|vidyard|ima-video|player|audio|podcast)(?:-[a-z0-9]+)*$")
_player_tag = Finds(_PLAYER_TAG)  # once per distinct tag: each box around each picture is asked
# Attributes by which a player's box or its poster carries the clip it plays:
# "data-video-id", "data-youtube-id", Dailymotion's "video-id", lite-youtube's "videoid".
# Not "data-media-id": a media library's id is on photos too.
_CLIP_ATTR = LazyPattern(r"^(?:data-)?(?:video|youtube|yt|vimeo|jw|brightcove|dailymotion|kaltura|wistia|ooyala)[-_]?"
                        r"(?:id|src|url|embed)?$", re.I)
_clip_attr = Finds(_CLIP_ATTR)  # once per distinct attribute name: every picture and box asks of each of its own
# A data-* attribute typing its box as a clip: data-type="video", data-media-type="audio".
_CLIP_TYPES = frozenset({"video", "audio", "podcast", "clip", "videoplayer", "video-player", "youtube", "vimeo",
                         "vídeo", "vidéo", "wideo", "videó", "видео", "відео", "動画", "视频", "視頻", "동영상", "영상"})
# Player vendors whose name in a box's class or id marks the player itself ("kaltura_player_16",
# JW's "botr_ab12cd_div", "ooyala-player"); "youtube" and "vimeo" only with an embed word:
# "youtube-embed", not a channel's "youtube-follow" box.
_VENDOR = LazyPattern(r"(?:^|[\s_-])(?:kaltura|botr|brightcove|ooyala|jwplayer|jwplatform|wistia|vidyard|glomex"
                     r"|connatix|anyclip|vidazoo|primis|dailymotion"
                     # Arc XP's PoWa player ("powa", "powa-shot-image"), Jetpack's VideoPress, MediaElement.js
                     # ("mejs-container", "mejs-poster"), Flowplayer, FV Player's "freedomplayer"
                     r"|powa|videopress|mejs|flowplayer|freedomplayer)(?:$|[\s_-])"
                     r"|(?:youtube|vimeo)[-_]?(?:embed|player|video|iframe|lazy|facade|container|wrapper|thumb|media"
                     r"|atom|preview|poster|placeholder|overlay|cover)"
                     r"|(?:embed|player|video|iframe|lazy)[-_]?(?:youtube|vimeo)", re.I)
_vendor = Finds(_VENDOR)  # once per distinct class string: tried at every character, and boxes repeat their classes
# An image proxy's path holding a video platform's still: "/cdn-cgi/image/w=800/https://i.ytimg.com/vi/…".
_PROXIED_POSTER = LazyPattern(r".(?:https?:|https?%3a)(?://|%2f%2f)(?:i\d?\.ytimg\.com|img\.youtube\.com|i\.vimeocdn\.com)",
                             re.I)


def _own_player(el: Element) -> Verdict | None:
    """A picture whose own attributes make it a player's: its lazy address is the player's
    frame ("<img data-src='https://www.youtube.com/embed/…'>", a lazy-load plugin's
    placeholder for the iframe), it carries the clip's id, its own class names it a
    video's still ("video-thumbnail"), it is an AMP embed's ``placeholder``, or an image
    proxy serves it from a video platform's stills."""
    for name, value in el.attrib.items():
        if "//" in value and vocab.PLAYER_FRAME_SRC.search(value):
            return Verdict("player", f"a picture whose {name} is a player's frame: the player's lazy placeholder")
        if _clip_attr(name) and value.strip():
            return Verdict("player", f"a picture carrying a clip ({name}): the player's poster")
        if "//" in value and _PROXIED_POSTER.search(value):
            return Verdict("player", "a picture a video platform serves through an image proxy: a poster frame")
        if name != "src" and "." in value and _VIDEO_FILE.search(value) and not _animated(el):
            return Verdict("player", f"a picture carrying its clip's file ({name}): the player's poster")
    title = el.get("title")
    if title and _no_alt(el) and len(title) <= 40 and _WATCH_LABEL.match(title):
        return Verdict("player", f"a picture titled {title.strip()!r}: the control that plays a clip")
    verdict = template.sprite_icon(el)
    if verdict is not None:
        return verdict
    if _no_alt(el):
        verdict = _typed_as_clip(el)
        if verdict is not None:
            return verdict
    cls = el.get("class")
    if cls and _no_alt(el) and _names_video_still(cls):
        return Verdict("player", f"a picture whose class names it a video's still ({cls.strip()[:30]!r})")
    if cls and _no_alt(el) and _vendor(cls):
        # Vidyard's embed is the still itself: <img class="vidyard-player-embed" data-uuid=…>
        return Verdict("player", f"a picture a player vendor's script replaces ({cls.strip()[:30]!r}): its poster")
    if _no_alt(el) and _served_as_video_still(picture_address(el)):
        return Verdict("player", "a picture the site files as a video's still (\"/video/thumbnails/…\")")
    parent = el.getparent()
    if el.get("placeholder") is not None and parent is not None and str(parent.tag).startswith("amp-") \
            and parent.tag not in ("amp-img", "amp-carousel", "amp-img-lightbox"):
        return Verdict("player", f"an AMP embed's placeholder (<{parent.tag}>), shown until it loads")
    return None


# The words of a data-* name giving a type: "data-type", "data-media-type", "data-content-type",
# "data-format", "data-kind"; not a section or a tag ("data-category='video'": a story photo of
# the video desk's).
_TYPE_WORDS = frozenset({"type", "kind", "format"})
# A flag saying a picture stands for a clip: "has-video", "is-video", "with-video" in its class
# (a theme's featured image of a video post), data-has-video="true".
_FLAG_WORDS = frozenset({"has", "is", "with"})


def _typed_as_clip(img: Element) -> Verdict | None:
    """A picture without alt whose own attributes type it a clip's still: a data-* type
    (``data-type="video"``, ``data-media-type="video"``), a flag (``data-has-video="true"``),
    a class flag ("has-video", "is-video")."""
    for name, value in img.attrib.items():
        if not name.startswith("data-"):
            continue
        lowered = value.strip().lower()
        if lowered in _CLIP_TYPES and _class_words(name) & _TYPE_WORDS:
            return Verdict("player", f"a picture typed {name}={value.strip()!r}: a clip's still")
        if lowered in ("true", "1", "yes") and _class_words(name) >= {"has", "video"}:
            return Verdict("player", f"a picture flagged {name}: a clip's still")
    for token in (img.get("class") or "").split():
        words = _class_words(token)
        if "video" in words and words & _FLAG_WORDS and len(words) == 2:
            return Verdict("player", f"a picture whose class flags a clip ({token[:30]!r}): its still")
    return None


def _player_box(box: Element, facts: Facts) -> Verdict | None:
    """A box around a picture that is a player, or the place one loads: an embed block
    typed as video by the CMS, a schema.org video or audio item, a box holding the
    player's address until a click (WP Rocket's and Perfmatters' data-src, Drupal's lazy
    embed), a player's custom element, a box carrying the clip's id or typed as a clip, a
    player vendor's box, a box named a video's part, a box standing for a video page. A
    box holding the story (a video page's article, two paragraphs of prose) is never one."""
    cls = box.get("class")
    if cls and _video_type(cls):
        return Verdict("player", f"a picture in an embed typed as video ({cls.strip()[:30]!r}): its placeholder")
    if _holds_prose(box, facts, 2):
        return None
    if vocab.PLAYER_ITEMTYPE.search(box.get("itemtype") or ""):
        return Verdict("player", "a picture in a schema.org video or audio item: its poster")
    tag = box.tag if isinstance(box.tag, str) else ""
    if _player_tag(tag) or tag in ("video", "audio"):
        return Verdict("player", f"a picture in <{tag}>: the player's poster")
    verdict = _clip_attribute(box)
    if verdict is not None:
        return verdict
    if _video_opener(box):
        return Verdict("player", "a picture in a box that opens a clip (\"video-trigger\", a video modal's toggle): its poster")
    names = f"{cls or ''} {box.get('id') or ''}"
    if names.strip() and _vendor(names):
        return Verdict("player", f"a picture in a player vendor's box ({names.strip()[:30]!r}): its poster")
    if cls and _names_player_part(cls):
        return Verdict("player", f"a picture in a box named a player's part ({cls.strip()[:30]!r}): its poster")
    for name in _OWN_ADDRESS:
        value = (box.get(name) or "").strip()
        if "/" in value and vocab.VIDEO_PAGE_PATH.match(value):
            return Verdict("player", f"a picture in a box standing for a video page ({name}): its poster")
    return None


def _clip_attribute(box: Element) -> Verdict | None:
    """A box whose attributes hold a clip: the player's address loaded on click, the
    clip's id, a data-* type or component name of a clip's, the clip's file, a click
    handler starting it (see _player_box)."""
    for name, value in box.attrib.items():
        if name.startswith("data-") and "//" in value and vocab.PLAYER_FRAME_SRC.search(value):
            return Verdict("player", "a picture in a box that loads a player's frame on click: its placeholder")
        if _clip_attr(name) and value.strip():
            return Verdict("player", f"a picture in a box carrying a clip ({name}): its poster")
        if name.startswith("data-") and (value.strip().lower() in _CLIP_TYPES or _names_a_clip_component(value)):
            return Verdict("player", f"a picture in a box typed {name}={value.strip()!r}: its poster")
        if "." in value and _VIDEO_FILE.search(value) and not any(_animated(img) for img in box.iter("img")):
            return Verdict("player", f"a picture in a box carrying its clip's file ({name}): its poster")
        if name == "onclick" and _PLAYS_ON_CLICK.search(value):
            return Verdict("player", "a picture in a box that starts a clip on click: its poster")
    return None


# A video file or stream a player loads: "….mp4", "….m3u8" (HLS), "….mpd" (DASH), "….webm".
_VIDEO_FILE = LazyPattern(r"\.(?:mp4|m4v|m3u8|mpd|webm|mov|ogv)(?:[?#]|$)", re.I)


def _animated(img: Element) -> bool:
    """True for a GIF: its video file ("data-mp4") is the same loop, served lighter (BuzzFeed-
    style GIF listicles), and the picture is the story's, not a clip's poster."""
    from auditor.links.urls import path_of

    return path_of(picture_address(img)).lower().endswith(".gif")


def _names_a_clip_component(value: str) -> bool:
    """A data-* value naming the box a clip's component, in one identifier: a test id or a
    module's name ("video-card", "VideoTeaser", "inline-video"); not an address or a sentence."""
    value = value.strip()
    return 0 < len(value) <= 40 and "vid" in value.lower() and not any(c in value for c in " /.:") \
        and _clip_class(value)


# A click handler starting a clip: "playVideo('abc')", "loadYouTube(this)", "jwplayer().play()".
_PLAYS_ON_CLICK = LazyPattern(r"play(?:er)?\w*\(|video|youtube|vimeo", re.I)
# A box's class naming a video's part, BEM modifiers included: "media__video--thumbnail-wrapper",
# "video-embed", "VideoPlayer__poster". Not "video-inline" or "video-box" (a name alone), nor
# "player-thumb" (a footballer's picture), nor "audio-cover" (a podcast's cover in a list of them).
_PART_WORDS = vocab.PLAYER_PARTS | {"embed", "container", "wrapper", "holder", "frame"}
# Attributes naming the page a box itself stands for (not a share button's page address).
_OWN_ADDRESS = ("itemid", "data-href", "data-link", "data-canonical-url", "data-canonical")
_CLASS_WORD = LazyPattern(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_WORDS_OF: dict[str, frozenset[str]] = {}


def _class_words(token: str) -> frozenset[str]:
    """The lower-cased words of a class or id token ("videoBox": video, box), split once
    per distinct token: a dozen rules split the same few classes of a page's boxes."""
    words = _WORDS_OF.get(token)
    if words is None:
        if len(_WORDS_OF) >= 1 << 12:  # bounded as chrome_facts.Finds is
            _WORDS_OF.clear()
        words = _WORDS_OF[token] = frozenset(w.lower() for w in _CLASS_WORD.findall(token))
    return words


def _names_player_part(cls: str) -> bool:
    lowered = cls.lower()
    if "video" not in lowered and "vjs" not in lowered and "jwplayer" not in lowered:
        return False  # none of the words a token needs (most boxes' classes)
    for token in cls.split():
        words = _class_words(token)
        if words & {"video", "videos", "jwplayer", "vjs"} and words & _PART_WORDS:
            return True
    return False


# A play icon's file: "play.svg", "play-button.png", "icon-play-white.svg", "btn_play@2x.png";
# not a photo ("play-area.jpg", "screenplay.png").
_PLAY_ICON_FILE = LazyPattern(r"(?:^|/)(?:(?:icons?|ico|btn|button)[-_]?)?play(?:[-_]?(?:button|btn|icon|ico|arrow|circle"
                             r"|overlay|white|black|small|large|big|\d+x?))*(?:@\dx)?\.(?:svg|png|gif|webp)(?:[?#]|$)", re.I)


def _play_icon(el: Element) -> bool:
    """A picture that is a play icon: its file is one (see _PLAY_ICON_FILE), or its class
    says play together with icon or button ("play-icon", "btn-play", "icon--play")."""
    from auditor.links.urls import path_of

    src = picture_address(el)
    if _PLAY_ICON_FILE.search(path_of(src)):
        return True
    words = word_set(el)
    return "play" in words and bool(words & {"icon", "ico", "btn", "button", "overlay"}) \
        or bool(words & {"playicon", "playbutton", "playbtn", "iconplay", "btnplay"})


# A folder or file naming a video's still, the two words side by side: "/video/thumbnails/…",
# "/videos/posters/…", "video-thumbnail-123.jpg", Twitter's "ext_tw_video_thumb"; not "video-game-preview.jpg".
_VIDEO_STILL_PATH = LazyPattern(r"videos?[-_/]?(?:thumb(?:nail)?|poster|still|keyframe|preview)s?(?![a-z])"
                               r"|(?:thumb(?:nail)?|poster|still|keyframe)s?[-_/]?videos?(?![a-z])", re.I)


def _served_as_video_still(src: str) -> bool:
    """An address filing the picture as a video's still (see _VIDEO_STILL_PATH)."""
    from auditor.links.urls import path_of

    return "ideo" in src and bool(_VIDEO_STILL_PATH.search(path_of(src)))


def _names_video_still(cls: str) -> bool:
    """A picture's own class naming it a video's still: "video-thumbnail", "vjs-poster",
    "VideoTeaser__image--preview". Not a player's ("player-thumb": a footballer's picture)."""
    for token in cls.split():
        words = _class_words(token)
        if words & {"video", "videos", "vjs", "jwplayer"} and words & vocab.PLAYER_PARTS:
            return True
    return False


def _play_controls(figure: Element) -> set[str]:
    """What the figure's controls do, its caption left out: a caption's "Watch the
    video" link points elsewhere and leaves the photo the story's. A player's frame, a
    custom player element or a running-time badge ("2:41") counts as its play control."""
    from auditor.sources.widgets import BUTTON_MARK, _controls_in

    found = {figure.get(BUTTON_MARK) or ""}
    for child in figure:
        if isinstance(child.tag, str) and child.tag != "figcaption":
            found |= _controls_in(child)
            if any(_player_tag(node.tag) or node.tag in ("video", "audio") or _clip_marker(node)
                   for node in child.iter() if isinstance(node.tag, str)):
                found.add("play")
    return found


# A clip's running time on its poster is vocab.PLAYER_RUNNING_TIME; in a <time>'s datetime,
# an ISO duration ("PT2M41S").
_ISO_DURATION = LazyPattern(r"^P(?:\d+D)?T(?:\d+H)?(?:\d+M)?(?:\d+S)?$")
# A badge's one word saying the picture is a clip: "Video", "Watch", "Play", "動画". Not
# "view" words ("Ansehen", "Ver", "Guarda"): a gallery's thumbnail says those too.
_CLIP_WORDS = (r"video|vídeo|vidéo|wideo|видео|відео|βίντεο|動画|视频|視頻|影片|동영상|영상|فيديو|ویدیو"
               r"|וידאו|वीडियो|วิดีโอ|videó|ভিডিও|வீடியோ|ویڈیو|ویدئو|ビデオ|วีดีโอ"
               r"|व्हिडिओ|వీడియో|ವಿಡಿಯೋ|വീഡിയോ|વીડિયો|ਵੀਡੀਓ|watch|play|assistir|izle")
_CLIP_BADGE = LazyPattern(rf"^\W*(?:{_CLIP_WORDS})\W*$", re.I)
# A running time as badges write it beside the clip's word or alone with its seconds: "2:31",
# "(02:31)", "2 min", "2 мин", "2分", "1 min 30 s", "1′30″". Minutes alone are no clip's
# ("5 min read" is a story's reading time): they need the clip's word ("Video 02:31",
# "2 min video", "Видео, 2 мин", "動画 2:31", "VIDEO | 2:31"), a clock's time with its unit too ("Video · 2:14 Min.").
_SPAN = (r"(?:\(?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:min\.?|mins|minuten|minutes?|мин\.?))?\)?|\d{1,3}\s*(?:min\.?|mins|minutes?|minuten|мин\.?|минут[аы]?|分|분|dk|perc)"
         r"(?:\s*\d{1,2}\s*(?:s|sec|seg|sek|с|秒|초))?|\d{1,2}\s*[′']\s*\d{1,2}\s*[″\"]?)")
_SECONDS = (r"(?:\d{1,3}\s*(?:min\.?|m|мин\.?)\s*\d{1,2}\s*(?:s|sec|seg|sek|с)\.?|\d{1,2}\s*′\s*\d{1,2}\s*″?"
            r"|\d{1,2}\s*分\s*\d{1,2}\s*秒|\d{1,2}\s*분\s*\d{1,2}\s*초)")
_CLIP_TIME = LazyPattern(rf"^\W*(?:(?:{_CLIP_WORDS})[\s,.|:·•–—-]*{_SPAN}|{_SPAN}[\s,.|:·•–—-]*(?:{_CLIP_WORDS})|{_SECONDS})\W*$",
                        re.I)
# Class words of an icon or badge laid over a poster ("video-icon", "icon-play", "media-badge--video"),
# and the icon fonts' prefixes ("fa fa-play-circle", "bi-play-fill", "glyphicon-play",
# "dashicons-controls-play", "mdi-play", "ion-play").
_MARK_WORDS = frozenset({"icon", "ico", "badge", "overlay", "indicator", "marker", "label", "flag", "glyph",
                         "fa", "fas", "far", "bi", "glyphicon", "dashicons", "mdi", "ion", "ionicon", "icofont"})
# A ligature icon font's name of a play or video icon: Material Icons' "play_arrow", "play_circle".
_ICON_LIGATURE = LazyPattern(r"^(?:play_arrow|play_circle(?:_filled|_outline)?|smart_display|videocam)$")


def _clip_marker(node: Element) -> bool:
    """A leaf laid over a poster that says it is a clip: its running time, a one-word
    "Video"/"Watch" badge, an empty icon whose class names a video or play icon."""
    if len(node) or node.tag in ("figcaption", "p"):
        return False
    if node.tag == "time":
        return bool(_ISO_DURATION.match((node.get("datetime") or "").strip()))
    text = (node.text or "").strip()
    if text:
        return len(text) <= 16 and bool(vocab.PLAYER_RUNNING_TIME.match(text) or _CLIP_BADGE.match(text)
                                         or _ICON_LIGATURE.match(text) or text in _PLAY_SIGNS) \
            or len(text) <= 24 and _CLIP_TIME.match(text) is not None
    if (node.get("data-icon") or "").strip().lower() in ("play", "video", "play-circle", "play-button"):
        return True  # an icon component's name ("<span data-icon='play'>")
    words = word_set(node)
    if "--" in (node.get("class") or ""):  # a BEM modifier naming the icon: "icon icon--video", "icon--play"
        words = words | _class_words(node.get("class") or "")
    return bool(words & _CLIP_ICON_WORDS and words & _MARK_WORDS
                or words & {"videoicon", "playicon", "iconvideo", "iconplay"} or {"video", "play"} <= words)


# An icon's name of a clip: a play sign, a video camera or a film ("fa-film", Font Awesome's
# "fa-video-camera", Material's "videocam" and "movie", "bi-camera-video"); not a camera alone
# (a photo gallery's).
_CLIP_ICON_WORDS = frozenset({"video", "play", "videoicon", "playicon", "iconvideo", "iconplay", "film", "videocam",
                              "movie", "clapperboard"})


# A play sign alone on a poster ("▶" in an overlay's span).
_PLAY_SIGNS = frozenset({"▶", "►", "▷", "⏵", "▶️", "⯈"})
# A sign labelling a picture link a clip, as writers and social embeds do: "🎥 [still]", "📹".
_CLIP_SIGNS = _PLAY_SIGNS | {"🎥", "📹", "📺", "🎬", "🎞", "🎞️"}


def _marked_still(el: Element, facts: Facts) -> Verdict | None:
    """A picture in a small box without a caption, heading or prose that shows a clip's
    marker beside it (a running time, a "Video" badge, a video icon): a video teaser's
    poster. With a heading the box is an item of the story (a list of clips)."""
    box = picture_frame(el).getparent()
    while box is not None and box.tag in ("source", "picture", "noscript"):
        # libxml2 knows no void <source>: "<picture><source><img>" nests the picture in it; a
        # <picture> holds nothing but its sources, so "<a><picture><img>" reads as "<a><img>"; a
        # lazy loader's <noscript> copy sits where its scripted twin does
        box = box.getparent()
    inner = None
    if box is not None and box.tag in ("a", "picture", "span"):
        inner, box = box, box.getparent()
        if box is not None and box.tag == "p" and inner.tag == "a":
            box = inner  # a paragraph holding the teaser's link: the link is the box, its marks inside it
    verdict = _marked_box(el, box, facts)
    if verdict is None and inner is not None and inner is not box and inner.tag == "a":
        # A card with a title and a line about the clip: the picture's own link holds its marks
        # ("<a><img><span class='icon-play'></span></a><h3>…</h3><p>…</p>").
        verdict = _marked_box(el, inner, facts)
    return verdict


def _marked_box(el: Element, box: Element | None, facts: Facts) -> Verdict | None:
    """The verdict of _marked_still on one box around the picture."""
    from auditor.sources.widgets import BUTTON_MARK

    if box is None or box.tag in ("body", "article", "main", "p") or facts.text.get(box, 0) > _MARKED_TEXT:
        return None
    if facts.holds(box, HEADINGS) or facts.holds(box, FIGCAPTIONS) or _holds_prose(box, facts, 1):
        return None
    if not single_picture(box, facts):
        return None
    if _no_alt(el) and (box.get(BUTTON_MARK) == "play" or _labelled_play(box)) and not _alone_in_link(el, facts):
        return Verdict("player", "a picture beside a control named to play a clip: a video teaser's poster")
    for node in box.iter():
        if node is not el and isinstance(node.tag, str) and _clip_marker(node):
            return Verdict("player", "a picture beside a clip's running time or video badge: a video teaser's poster")
    return None


# Words of a class token typing its box as a clip's: "video-card", "card--video", "format-video",
# "hasVideo", "c-video", "vid-thumb"; not "video-games", "no-video".
_CLIP_CLASS_WORDS = frozenset({"video", "videos", "vid", "vids", "clip", "clips", "videoclip", "videoclips", "filmpje",
                               "filmpjes", "filmik", "filmiki", "wideo", "vod"})
# Not a clip's box: "video-games", "no-video"; beside "clip", a CSS clipping shape ("clip-path",
# "clip-circle", "img-clip", "clip-text").
_NOT_CLIP_WORDS = frozenset({"game", "games", "gaming", "no", "without", "gallery", "photo", "photos"})
_CLIPPING_WORDS = frozenset({"path", "circle", "image", "img", "round", "rounded", "mask", "board", "text", "art",
                             "shape"})


def _typed_teaser(el: Element, facts: Facts) -> Verdict | None:
    """An uncaptioned picture without alt in a small box without heading or prose whose
    class or id names a clip's box, BEM modifiers included ("lead-video", "videoBox",
    "card--video", "teaser teaser--video", "format-video", "hasVideo", "vid-container"), or a
    player's frame ("playerContainer", "player-wrapper"): the poster a player script
    replaces, or a video teaser's still, judged with its link. Captioned, the still is the
    story's (see _player_still); with a heading the box is an entry of the story."""
    if not _no_alt(el) or _animated(el):
        return None
    for depth, box in enumerate(el.iterancestors()):
        if depth >= _DEPTH or box.tag in ("body", "article", "main"):
            return None
        names = f"{box.get('class') or ''} {box.get('id') or ''}"
        lowered = names.lower()
        if facts.holds(box, IMAGES) > 1 and not single_picture(box, facts):
            # A list or rail of clips its class names ("<ul class='videos'>"), each item a still and a title.
            if _clip_words(lowered) and _clip_class(names) and not _holds_prose(box, facts, 1) \
                    and facts.text.get(box, 0) <= _BOX_TEXT:
                return Verdict("player", f"a picture in a list of clips ({names.strip()[:30]!r}): a teaser's still")
            return None
        if facts.text.get(box, 0) > _MARKED_TEXT or facts.holds(box, HEADINGS) or _holds_prose(box, facts, 1):
            return None
        if _clip_words(lowered) and _clip_class(names) or "player" in lowered and _player_frame_class(names):
            return Verdict("player", f"a picture in a small box named a clip's ({names.strip()[:30]!r}): its poster")
        if "play" in lowered and _play_icon_class(names):
            return Verdict("player", f"a picture in a small box its class gives a play icon ({names.strip()[:30]!r})")
    return None


def _clip_words(lowered: str) -> bool:
    """Whether lower-cased class and id names may hold a clip's word (see _clip_class)."""
    return "vid" in lowered or "clip" in lowered or "film" in lowered or "wideo" in lowered or "vod" in lowered \
        or not lowered.isascii()


# A player's frame beside "player": "playerContainer", "player-wrapper", "player_holder";
# not a footballer's "player-card", "player-thumb", "player-box" (a box score).
_FRAME_WORDS = frozenset({"container", "wrapper", "wrap", "holder", "embed", "frame", "poster", "placeholder"})


def _play_icon_class(names: str) -> bool:
    """A class drawing a play icon over its box's picture in CSS: "has-play-icon",
    "with-play-button", "show-play-btn", "playicon"; not "display-…" or "play-store"."""
    for token in names.split():
        words = _class_words(token)
        if "play" in words and words & {"icon", "ico", "button", "btn", "overlay", "indicator"} \
                or words & {"playicon", "playbutton", "playbtn"}:
            return True
    return False


def _player_frame_class(names: str) -> bool:
    for token in names.split():
        words = _class_words(token)
        if "player" in words and words & _FRAME_WORDS:
            return True
    return False


# A folder of clips' stills in a picture's address: "/images/video/2024/…", "/videos/…", "/clips/…".
_VIDEO_FOLDER = LazyPattern(r"/(?:videos?|clips?|vod)/", re.I)


def _filed_teaser(el: Element, facts: Facts) -> Verdict | None:
    """An uncaptioned picture without alt, all a link holds, that the site files in a
    folder of clips ("/images/video/2024/03/…jpg"): a video teaser's still, judged with its
    link. Captioned, or beside words in its link, it stays the story's."""
    from auditor.links.urls import path_of

    if not _no_alt(el) or _animated(el) or not _alone_in_link(el, facts):
        return None
    src = picture_address(el)
    if "vid" not in src.lower() and "clip" not in src.lower() and "vod" not in src.lower():
        return None
    return Verdict("player", "a picture link filed under the site's clips (\"/video/…\"): a video teaser's still") \
        if _VIDEO_FOLDER.search(path_of(src)) else None


# A label before a picture link says little: "WATCH:", "Video:", "Mira el vídeo".
_LABEL_TEXT = 40


def _labelled_still(el: Element, facts: Facts) -> Verdict | None:
    """A picture without alt, uncaptioned by a <figure>, alone in a small box that labels
    it a clip: a paragraph of a label and the picture's link ("<p><strong>WATCH:</strong>
    <a><img></a></p>"), or a classic caption box whose caption paragraph opens with a
    clip's label (WordPress's ``<div class="wp-caption"><img><p class="wp-caption-text">Video:
    …</p></div>``)."""
    if not _no_alt(el):
        return None
    box = picture_frame(el).getparent()
    while box is not None and box.tag in ("a", "span", "picture", "source", "strong", "em", "b", "noscript"):
        box = box.getparent()
    if box is None or box.tag in ("body", "article", "main") or facts.text.get(box, 0) > _MARKED_TEXT \
            or not single_picture(box, facts) or facts.holds(box, HEADINGS):
        return None
    for node in box.iter("p", "div", "span"):
        if node is not box and "caption" in (node.get("class") or "").lower() and _labels_a_clip(node):
            return Verdict("player", "a picture whose caption paragraph opens with a clip's label: its still")
    label = " ".join((box.text_content() or "").split()) if box.tag == "p" else ""
    if label and len(label) <= _LABEL_TEXT and _alone_in_link(el, facts) \
            and (_CLIP_BADGE.match(label) or _WATCH_LABEL.match(label) or label in _CLIP_SIGNS):
        return Verdict("player", "a picture link after a clip's label (\"WATCH:\"): a video teaser")
    return None


_UNACCENTED = str.maketrans("íéóÍÉÓ", "ieoIEO")


def _clip_class(names: str) -> bool:
    if not names.isascii():  # "bloque-vídeo", "bloc-vidéo", "videó-doboz": the word without its accents
        names = names.translate(_UNACCENTED)
    for token in names.split():
        if token.rsplit(":", 1)[-1].lower() == "aspect-video":
            continue  # Tailwind's 16:9 box ("aspect-video", "md:aspect-video"): a shape, photos take it too
        words = _class_words(token)
        if (words & _CLIP_CLASS_WORDS or any(map(_glued_clip_word, words))) and not words & _NOT_CLIP_WORDS \
                and not (words & {"clip", "clips"} and words & _CLIPPING_WORDS):
            return True
    return False


# Words glued to "video" in a lower-case class, as German, Dutch and Nordic themes write them
# ("videobox", "videoteaser", "videobeitrag", "leadvideo", "artikelvideo"); not "videogames".
_GLUED_PARTS = vocab.PLAYER_PARTS | {"box", "teaser", "container", "wrapper", "wrap", "block", "card", "embed", "holder",
                                     "frame", "item", "tile", "module", "widget", "beitrag", "link", "element", "bild"}
_GLUED_LEADS = frozenset({"lead", "top", "main", "article", "artikel", "inline", "embed", "embedded", "featured", "hero",
                          "news", "related", "teaser", "story", "post", "content", "aufmacher", "haupt"})


def _glued_clip_word(word: str) -> bool:
    """A class word of "video" and a box's part run together ("videobox", "leadvideo")."""
    if word.startswith("video"):
        return word[5:] in _GLUED_PARTS or word[5:].rstrip("s") in _GLUED_PARTS
    return word.endswith("video") and word[:-5] in _GLUED_LEADS


# A page of the site that plays a clip: "/video/…", "/videos/…", "/watch/…", "/v/…", "/mediathek/…",
# the BBC's "/news/av/…",
# "/watch?v=Xk29LmAbcd" (a clip's id, not "?v=2", a style sheet's version); deeper in the site's
# tree, a folder named for clips with a page in it ("/en/news/world/videos/…", "/2024/03/12/video/…",
# "/sport/clips/…"; not a story's slug "videos-show-…"), a clip's id in the query ("?videoId=123").
_OWN_VIDEO_PAGE = re.compile(r"^/(?:[\w-]+/)?a?v(?:[/?#]|$)|[?&]v=(?=[\w-]*[a-z])[\w-]{6,}(?:[&#]|$)"
                             r"|^/(?:[\w-]+/){0,4}(?:videos?|clips?|mediathek|videoplayer|vod|wideo|webtv|shipin|douga"
                             # the same folder in other languages and as newsrooms name it: "/vídeos/", "/vidéos/",
                             # Czech "/videa/", Finnish "/videot/", Nordic "/videor/", "/videoer/", Turkish
                             # "/videolar/", Hungarian "/videok/", "/видео/", "/ролики/", "/動画/",
                             # "/视频/", "/동영상/", "/video-news/", "/videonews/", "/videoteca/", "/vidéothèque/"
                             r"|v[íi]deos?|vid[ée]os?|videa|videoita|videot|videor|videoer|videolar|vide[óo]k"
                             r"|видео|відео|ролики|動画|视频|視頻|동영상|영상|فيديو|ویدیو|וידאו|βίντεο|वीडियो|วิดีโอ"
                             r"|video-?news|videoteca|vid[ée]oth[èe]que)/[\w-]"
                             r"|[?&](?:video_?id|videoid|clip_?id)=\w"
                             # a clip's page named by its number: "/politik/radwege-video-100.html" (ZDF, ARD),
                             # "/multimedia/video-1234567.html"; not a year ("best-music-video-2024.html")
                             r"|[/-]videos?[-_](?!(?:19|20)\d\d(?:\D|$))\d{3,}(?:[-_.]\d+)*(?:\.s?html?)?$", re.I)
# A host of the site's clips beside widgets' "video.", "tv.": "v.site.com", "webtv.site.com", "vod.site.com".
_OWN_VIDEO_HOST = LazyPattern(r"^(?:https?:)?//(?:v|webtv|vod)\.", re.I)


def _video_page(href: str, facts: Facts) -> bool:
    from auditor.links.urls import path_of
    from auditor.sources.widgets import _VIDEO_HOST, own_site

    href = href.strip()
    if not own_site(href, facts.site_host):
        return False
    path = path_of(href)
    if "%" in path:
        from urllib.parse import unquote

        path = unquote(path)  # "/v%C3%ADdeos/…", "/%D0%B2%D0%B8%D0%B4%D0%B5%D0%BE/…" as written in links
    if _IMAGE_FILE.search(path):
        return False  # the full-size picture ("/uploads/videos/still.jpg"), opened by a lightbox
    return bool(vocab.VIDEO_PAGE_PATH.match(path) or _OWN_VIDEO_PAGE.search(path) or _VIDEO_HOST.match(href)
                or _OWN_VIDEO_HOST.match(href))


_IMAGE_FILE = LazyPattern(r"\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)", re.I)


def _lone_still(box: Element) -> Element | None:
    """The one picture in ``box`` outside a <noscript> when it has no alt, else None."""
    pictures = [img for img in box.iter("img", "amp-img") if next(img.iterancestors("noscript"), None) is None]
    return pictures[0] if len(pictures) == 1 and _no_alt(pictures[0]) else None


def _captioned_teaser(box: Element, facts: Facts) -> Verdict | None:
    """A captioned figure of one picture without alt, the picture wrapped in a link to the
    site's video page or beside a short link to one ("Watch", "Watch the video"), in the
    figure or in a small box holding the figure and the link, no heading, no prose (a
    caption's links left out: a story photo's caption may link to a video story): a video
    teaser, judged whole, as its picture alone would leave an empty link behind (``judge``
    found the picture: _lone_still)."""
    caption = next(box.iter("figcaption"), None)
    if caption is None:
        return None
    if box.tag != "figure" and (facts.text.get(box, 0) > _BOX_TEXT or facts.holds(box, FIGCAPTIONS) != 1
                                or facts.holds(box, HEADINGS) or _holds_prose(box, facts, 1)):
        return None
    in_caption = set(caption.iter("a"))
    for link in box.iter("a"):
        if link in in_caption or not _video_page(link.get("href") or "", facts):
            continue
        if facts.holds(link, IMAGES) or facts.text.get(link, 0) <= _PLAY_LINK_TEXT:
            return Verdict("player", "a captioned picture linked to the site's video page: a video teaser")
    return None


# A link to a clip beside its poster says little: "Play", "2:41", "Watch the video" (characters, spaces excluded).
_PLAY_LINK_TEXT = 40


def _linked_still(el: Element, facts: Facts) -> Verdict | None:
    """A captioned picture without alt in a link to the site's video page that keeps
    words once the picture goes (the figure's caption inside the link): the clip's still.
    A link holding the picture alone is judged with its figure (see _captioned_teaser)."""
    if not _no_alt(el):
        return None
    for depth, link in enumerate(el.iterancestors()):
        if depth >= _DEPTH or link.tag in ("body", "article", "main"):
            return None
        if link.tag == "a":
            if facts.text.get(link, 0) and single_picture(link, facts) and _video_page(link.get("href") or "", facts):
                return Verdict("player", "a captioned picture in a link to the site's video page: the clip's still")
            return None
    return None


def _labelled_play(box: Element) -> bool:
    """True when a control in ``box`` is named to play a clip by its aria-label or title
    ("Play video", "Watch", "Video abspielen", "動画を再生")."""
    for node in box.iter():
        if not isinstance(node.tag, str) or node.tag in ("img", "amp-img"):
            continue
        name = _control_name(node)
        if name and len(name) <= 40 and (_WATCH_LABEL.match(name) or vocab.PLAY_LABEL.match(name)):
            return True
    return False


def _labelled_teaser(box: Element, facts: Facts) -> Verdict | None:
    """A small box of one picture without alt, no caption, heading or prose, holding a
    control named to play a clip ("Watch", "Video abspielen"): a video teaser, judged
    whole with the link its picture may sit in (``judge`` found the picture: _lone_still)."""
    if facts.text.get(box, 0) > _MARKED_TEXT or facts.holds(box, HEADINGS) or facts.holds(box, FIGCAPTIONS) \
            or _holds_prose(box, facts, 1) or not _labelled_play(box):
        return None
    return Verdict("player", "a small box of a picture and a control named to play a clip: a video teaser")


# A box's label naming clips: "Video", "Mehr Videos", "Video zum Thema", "Im Video", "Ver vídeo",
# "Watch more", "Latest videos", "関連動画", "更多视频", the plurals of Dutch ("Meer video's"), Czech
# ("Další videa"), Finnish ("Lisää videoita"), Swedish ("Fler videor"), Danish and Norwegian
# ("Flere videoer"), Turkish ("Videolar"); a few words around the word, nothing more.
# (A word may carry combining signs, as Devanagari's and Thai's do: a letter, then anything
# but a space or digit. Greek "Σχετικά βίντεο", Finnish "…liittyvät videot", Arabic plurals,
# Thai written without spaces "วิดีโอที่เกี่ยวข้อง".)
_VIDEO_LABEL = LazyPattern(r"^\W*(?:(?:[^\W\d_][^\s\d]*\s+){0,2}(?:videos?|vídeos?|vidéos?|videók?|video['’]s|videa"
                          r"|videoita|videot|videor|videoer|videolar|wideo|видео|відео|βίντεο|视频|視頻|동영상|영상|ビデオ|वीडियो"
                          r"|ভিডিও|فيديو|فيديوهات|مقاطع فيديو|ویدیو|ویدئوها|וידאו|סרטונים)"
                          r"(?:\s+[^\W\d_][^\s\d]*){0,3}|[^\W\d_]{0,4}(?:動画|视频|視頻|影片)|วิดีโอ\S{0,20}"
                          r"|watch(?: more| now| this| next)?"
                          r"|ver (?:el )?v[ií]deo"
                          r"|mira el v[ií]deo|assista(?: ao v[íi]deo)?)\W*$", re.I)


def _video_labelled_box(box: Element, still: Element, facts: Facts) -> Verdict | None:
    """A small box without prose whose first words are a label naming clips ("Mehr Videos",
    "Video zum Thema", "Watch more"), holding one picture without alt (``still``, see
    _lone_still) in a link: a video teaser, judged whole with its links."""
    if facts.text.get(box, 0) > _BOX_TEXT or _holds_prose(box, facts, 1):
        return None
    if next(still.iterancestors("a"), None) is None:
        return None
    first = next((node for node in box.iter() if isinstance(node.tag, str) and node is not box
                  and (node.text or "").strip()), None)
    if first is None or first.tag == "a" or not _VIDEO_LABEL.match(first.text_content() or ""):
        return None
    return Verdict("player", f"a small box labelled {' '.join((first.text_content() or '').split())[:30]!r}: a video teaser")


# Words of a class or id token naming a player's mount point: "jw-player", "player-123",
# "jwplayer_abc", AnyClip's "AnyClipPlayer" (an empty <div> its script fills). "player" goes
# only with words of a player's frame: "player-flag", "player-rating" are a footballer's card's.
_MOUNT_WORDS = frozenset({"jwplayer", "vjs", "videoplayer", "mediaplayer"})
_MOUNT_COMPANIONS = frozenset({"jw", "video", "audio", "media", "embed", "container", "wrapper", "wrap", "holder",
                               "frame", "mount", "root", "placeholder", "main", "inline", "js", "any", "clip", "yt",
                               "youtube", "vimeo", "target", "area", "el", "div", "id"})


def _mount_token(token: str) -> bool:
    words = _class_words(token)
    return bool(words & _MOUNT_WORDS) or "player" in words and words - {"player"} <= _MOUNT_COMPANIONS


def _player_mount(node: Element) -> bool:
    """True for an empty element a player is drawn into: a player's custom element or
    <video>/<audio>, a box carrying its clip or frame (see _clip_attribute), a player
    vendor's box, a class or id naming a player, or a box a player's frame, button or
    script marked before it went (see widgets.mark_button, declared_videos._mark_player_script)."""
    from auditor.sources.widgets import BUTTON_MARK

    tag = node.tag if isinstance(node.tag, str) else ""
    if not tag or tag in ("img", "amp-img", "picture", "source", "figcaption") \
            or next(node.iter("img", "amp-img"), None) is not None:
        return False
    if "".join((node.text_content() or "").split()):
        return False  # words: a caption, a title, a credit
    if node.get(BUTTON_MARK) == "play" or _player_tag(tag) or tag in ("video", "audio"):
        return True
    if any(_clip_attr(name) and value.strip() or name.startswith("data-") and "//" in value
           and vocab.PLAYER_FRAME_SRC.search(value) for name, value in node.attrib.items()):
        return True
    names = f"{node.get('class') or ''} {node.get('id') or ''}"
    if not names.strip():
        return False
    if _vendor(names):
        return True
    return any(map(_mount_token, names.split()))


def _beside_player(el: Element, start: Element, facts: Facts) -> Verdict | None:
    """A picture without alt (``start``: it, or its captioned figure) in a small box
    without heading or prose whose one picture it is, beside the mount a player is drawn
    into or in a box a player's control, frame or script marked: the poster shown until
    the player loads (the beehiiv enclosure beside its ``data-embed-src`` player, a
    figure beside JW's ``<div id="jwplayer_…">`` or a Play button). A story photo
    beside an embed among the story's paragraphs stays the story's."""
    from auditor.sources.widgets import BUTTON_MARK

    if not _no_alt(el):
        return None
    box = (picture_frame(start) if start is el else start).getparent()
    while box is not None and box.tag in ("a", "picture", "source", "span", "noscript"):
        box = box.getparent()
    if box is None or box.tag in ("body", "article", "main") or facts.text.get(box, 0) > _BOX_TEXT \
            or not single_picture(box, facts) or facts.holds(box, HEADINGS) or _holds_prose(box, facts, 1):
        return None
    if box.get(BUTTON_MARK) == "play":
        return Verdict("player", "a picture in a box a player's control, frame or script marked: its poster")
    lineage = set(el.iterancestors())
    for node in box.iter():
        if node is not box and node is not el and node not in lineage and _player_mount(node):
            return Verdict("player", "a picture beside the box a player is drawn into: its poster")
    return None


# A link's words saying it plays a clip, as a caption's label does ("Watch: …", "Video: …", "▶ …").
_TWIN_TEXT = 120


def _twin_labelled_teaser(el: Element, facts: Facts) -> Verdict | None:
    """A picture without alt, all its link holds, beside a link to the same address
    whose words open with a clip's label ("▶ Watch: Bike lanes explained", "Video: …")
    in a small box without heading or prose: a video teaser's still, judged with its link."""
    if not _no_alt(el) or not _alone_in_link(el, facts):
        return None
    link = next(el.iterancestors("a"), None)
    href = (link.get("href") or "").strip() if link is not None else ""
    if link is None or not href or href.startswith("#"):
        return None
    box = link.getparent()
    while box is not None and box.tag in ("span", "strong", "em", "b", "picture", "source", "noscript"):
        box = box.getparent()
    if box is None or box.tag in ("body", "article", "main") or facts.text.get(box, 0) > _BOX_TEXT \
            or not single_picture(box, facts) or facts.holds(box, HEADINGS) or _holds_prose(box, facts, 1):
        return None
    for other in box.iter("a"):
        if other is link or (other.get("href") or "").strip() != href:
            continue
        text = " ".join((other.text_content() or "").split())
        if 0 < len(text) <= _TWIN_TEXT and (_CLIP_CAPTION.search(text) or _WATCH_LABEL.match(text)):
            return Verdict("player", "a picture link beside its twin labelled a clip (\"Watch: …\"): a video teaser")
    return None


# A link asking its page to play the clip on arrival: "?autoplay=1", "&autoplay=true",
# "#video", "#player", "#watch" (a teaser leading to a story's clip, not to its text).
_AUTOPLAY_HREF = LazyPattern(r"[?&](?:autoplay|autostart|auto_play|play)=(?:1|true|yes|on)(?:[&#]|$)"
                            r"|#(?:video|videos|player|play|watch|clip|media-player|video-player)$", re.I)


def _plays_on_arrival(el: Element, facts: Facts) -> Verdict | None:
    """An uncaptioned picture without alt, all a link holds, whose link asks its page to
    play a clip on arrival ("?autoplay=1", "#video"): a video teaser's still."""
    if not _no_alt(el) or not _alone_in_link(el, facts):
        return None
    link = next(el.iterancestors("a"), None)
    href = (link.get("href") or "") if link is not None else ""
    if ("play" in href or "#" in href) and _AUTOPLAY_HREF.search(href.strip()):
        return Verdict("player", "a picture link asking its page to play a clip on arrival (\"?autoplay=1\"): a video teaser")
    return None
