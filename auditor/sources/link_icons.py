"""A picture without alt set beside the template's link it illustrates, outside that link
(tests/test_errors_unseen4.py): the speech bubble before "Comments (12)", the app's icon
over "Get our app" and its store badges, the WhatsApp or Telegram logo beside "Join our
channel" / "Подписывайтесь на наш канал" and its "Join" link, a podcast app's logo beside "Listen
on Spotify". The link is the chrome judge's
(a comment count, an app badge, a sign-up or appeal button) or a short link to the
publisher's channel on a network or an app store under a line asking to follow, join or
download; the picture is its icon and goes with it (its missing alt is no defect of the
story's). A box with a heading, a caption or prose is the story's, and a picture sized as
content is a photo, never an icon.
"""

from __future__ import annotations

import re

from auditor.links.urls import path_of
from auditor.sources import chrome_vocabulary as vocab
from auditor.sources.chrome_facts import (FIGCAPTIONS, HEADINGS, IMAGES, Element, Facts, Verdict,
                                          _holds_content_picture, _holds_prose, captioned, picture_address)
from auditor.sources.template_pictures import _PODCAST_APP, picture_frame
from auditor.text.lazyre import LazyPattern

# A small box: an icon, a line asking to act, a link or three.
_BOX_TEXT = 200
_LINKS = 3
# The words outside its links: "Join our WhatsApp channel", "Get our app".
_LINE_TEXT = 100
# A link to a channel says one or two words: "Join", "Подписаться", "Follow us".
_CHANNEL_LINK_TEXT = 30
# Kinds of the judge's whose link an icon sits beside.
_ICON_KINDS = frozenset({"comments", "promo", "newsletter", "social", "donate"})
# An icon's file: its name says icon, logo or badge, or names the network or store it
# stands for ("whatsapp-channel.png", "tg.svg", "google-play.png"), or it is an SVG.
_ICON_FILE = LazyPattern(r"(?:^|[/_.-])(?:icons?|ico|logos?|badges?|btn|button|whatsapp|wa|telegram|tg|viber|line|kakao"
                        r"|vk|vkontakte|dzen|zen|instagram|insta|facebook|fb|youtube|yt|twitter|x|tiktok|threads"
                        r"|bluesky|google-?news|gnews|apps?|app-?store|google-?play|android|ios|comments?|bubble"
                        r"|spotify|itunes|deezer|soundcloud|castbox|overcast)"
                        r"(?=[/_.-]|\d|$)|\.svg$", re.I)


def icon_of(el: Element, facts: Facts) -> Verdict | None:
    """The verdict for a picture without alt beside a template link it illustrates (see the
    module docstring), or None."""
    if (el.get("alt") or "").strip() or captioned(el) or next(el.iterancestors("a", "figure", "noscript"), None) is not None:
        return None
    box = picture_frame(el).getparent()
    while box is not None and box.tag in ("span", "picture", "source", "i", "b", "strong", "em"):
        box = box.getparent()
    if box is None or box.tag in ("body", "article", "main") or not 0 < facts.text.get(box, 0) <= _BOX_TEXT:
        return None
    if facts.holds(box, HEADINGS) or facts.holds(box, FIGCAPTIONS) or _holds_prose(box, facts, 1) \
            or _holds_content_picture(el):
        return None
    links = list(box.iter("a"))
    if not links or len(links) > _LINKS:
        return None
    loose = [img for img in box.iter("img", "amp-img")
             if next(img.iterancestors("a"), None) is None and next(img.iterancestors("noscript"), None) is None]
    if loose != [el] or facts.holds(box, IMAGES) > 1 + _LINKS:
        return None
    # Spaced between elements: a line and its link set side by side ("<span>…on WhatsApp</span><a>Join</a>")
    # run together in text_content ("WhatsAppJoin"), where the ask is no word of its own.
    words = " ".join(" ".join(box.itertext()).split())
    inside = sum(len(" ".join((a.text_content() or "").split())) for a in links)
    if len(words) - inside > _LINE_TEXT:
        return None
    kinds = set()
    for link in links:
        kind = _link_kind(link, el, words, facts)
        if kind is None:
            return None
        kinds.add(kind)
    kind = sorted(kinds)[0]
    return Verdict(kind, f"a picture beside the template's {kind} link it illustrates: its icon")


def _link_kind(link: Element, img: Element, words: str, facts: Facts) -> str | None:
    """The kind of a template link an icon may illustrate: the judge's, or a short link to a
    channel on a network or an app store under a line asking to follow, join or download."""
    from auditor.sources.chrome import judge
    from auditor.sources.widgets import service_link

    verdict = judge(link, facts)
    if verdict is not None and verdict.kind != "social":
        return verdict.kind if verdict.kind in _ICON_KINDS else None
    if verdict is None:
        href = (link.get("href") or "").strip()
        name = " ".join((link.text_content() or "").split())
        if name and len(name) <= _CHANNEL_LINK_TEXT and service_link(href, facts.site_host):
            return "promo"  # "Read the e-paper", "Send us a tip": the publisher's service
        if not name or len(name) > _CHANNEL_LINK_TEXT or not vocab.CHANNEL_ASK.search(words):
            return None
        if not (vocab.SOCIAL_HOST.match(href) or vocab.APP_STORE_HREF.match(href) or _PODCAST_APP.match(href)):
            return None
    # A network's link ("Follow @chefmaria") beside the photo of an account the story
    # recommends: the icon must look like one (its file, or an icon's size).
    src = path_of(picture_address(img))
    return "social" if _ICON_FILE.search(src) or _small(img) else None


def _small(img: Element) -> bool:
    """Both sides declared, at most an icon's."""
    sides = [(img.get(a) or "").strip().lower().removesuffix("px") for a in ("width", "height")]
    return all(s.isdecimal() and int(s) <= 64 for s in sides)
