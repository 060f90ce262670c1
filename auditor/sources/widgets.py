"""Widgets set into the story by vendors and CMS templates (tests/widgetkit.py).

The chrome judge (:mod:`auditor.sources.chrome`) asks :func:`widget` about every element
its own rules keep: an ad's creative, a shopping card's logo, a player and its poster,
an appeal to give or subscribe, an app badge, a comment thread, a consent placeholder.
They are told by what they hold, serve or say rather than by a vendor's class name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from auditor.links.urls import page_path, path_of, site_of
from auditor.sources import chrome_vocabulary as vocab
from auditor.sources import clip_clues, declared_videos, link_icons, overlays  # players and pop-ups these rules miss
from auditor.sources.chrome_facts import (FIGCAPTIONS, FORMS, HEADING_TAGS, HEADINGS, IMAGES, LINKS, MEDIA,
                                          _LOGO_WORDS, _PLAYER_TEXT, _PROSE_CHARS, _SPONSOR_TEXT, Element, Facts, Finds,
                                          Verdict, _by_name, _by_tag_or_role, _holds_prose, _in_prose, _is_picture,
                                          captioned, names_of, site_host, word_set, picture_address)
from auditor.sources.template_pictures import picture_frame, single_picture, writer_folder_link
from auditor.text.lazyre import LazyPattern, lower_as_re_i


_MEDIA_TAGS = ("video", "audio", "video-js")
# A widget says little: a label, a title, a line of promise, a button.
_WIDGET_TEXT = 400
# How much text around an app badge may offer the publisher's app ("Get our app").
_APP_LINE_CHARS = 200
# aria-label kinds that name a whole box of the template ("Advertisement", "Comments").
_ARIA_KINDS = frozenset({"ad", "cookie", "newsletter", "donate", "comments", "share", "social", "recommended",
                         "related", "popular", "more-stories", "also-like", "dialog", "paywall", "player"})
# A shopping card says little: a product's name, a price, a shop.
_CARD_TEXT = 200


def widget(el: Element, facts: Facts) -> Verdict | None:
    """A widget inside the story: a picture an ad server or a video platform serves, a
    badge to an app store, a box laid over the page, a schema.org comment, a box the page
    names or labels an ad, a player's box, a consent placeholder, an appeal to give or
    subscribe with its picture."""
    tag = el.tag
    if tag in HEADING_TAGS or tag in ("p", "li", "figcaption"):
        return None
    if tag in ("img", "amp-img"):
        return _served_picture(el) or _merchant_logo(el, facts) or _sponsor_logo(el, facts) \
            or _picture_of_kept_box(el, facts) or overlays.judge(el, facts) or link_icons.icon_of(el, facts)
    if tag == "a":
        return _widget_link(el, facts) or overlays.template_link(el, facts)
    if tag in _INLINE_TAGS:
        return None
    verdict = _overlay(el) or _schema_part(el) or _glued_name(el, facts) or _aria_named(el, facts) \
        or _comment_thread(el, facts) or _player_tag(el, facts)
    if verdict is not None:
        return verdict
    # The rest judge small boxes with a picture or two: count them once, and only there.
    text = facts.text.get(el, 0)
    if text > _LONG_APPEAL_TEXT:
        return None
    pictures = _count_pictures(el, facts)
    if not pictures:
        return None
    if text > _WIDGET_TEXT:
        return _long_appeal(el, facts) if pictures <= 2 else None
    verdict = _paid_box(el, facts)
    if verdict is not None or pictures > 2:
        return verdict
    box = _SmallBox(el, _controls_in(el), facts.words(el))
    return (_media_box(box, facts) or _consent_placeholder(box, facts) or _appeal_box(box, facts)
            or _closable_appeal(box, facts) or _small_long_appeal(box, facts) or _writer_card(el, facts, pictures)
            or overlays.judge(el, facts))


def named_widget(el: Element, facts: Facts) -> Verdict | None:
    """``widget`` for a box without a picture or a form (not a link): only its attributes
    or its tag can tell it (a box laid over the page, a schema.org part, a name glued from a
    player's or an appeal's, an aria-label, a player's tag); the rest are told by pictures."""
    tag = el.tag
    if tag in HEADING_TAGS or tag in ("p", "li", "figcaption") or tag in _INLINE_TAGS:
        return None
    return _overlay(el) or _schema_part(el) or _glued_name(el, facts) or _aria_named(el, facts) \
        or _player_tag(el, facts)


def _player_tag(el: Element, facts: Facts) -> Verdict | None:
    """A media element or a player's custom element (<lite-youtube>), unless captioned."""
    if el.tag in _MEDIA_TAGS or _custom_player(el.tag) and not _in_captioned_figure(el, facts):
        return Verdict("player", f"<{el.tag}>: the player, with its poster")
    return None


@dataclass(frozen=True, slots=True)
class _SmallBox:
    """A small box with a picture or two, and what its widget rules all read."""

    el: Element
    controls: set[str]  # what its controls do: "play", "close", "appeal" (see _controls_in)
    text: str  # its words, spaces normalised


# Tags of words inside a sentence, never a widget's box.
_INLINE_TAGS = frozenset({"em", "strong", "b", "i", "u", "s", "small", "sup", "sub", "br", "time", "abbr", "code",
                          "mark", "cite", "q", "wbr", "hr", "source", "track", "meta", "noscript", "picture", "svg"})


def _count_pictures(el: Element, facts: Facts) -> int:
    """The <img>s in ``el``, counted up to three (more is a gallery or a showcase); a lazy
    picture's <noscript> copy is not another (template_pictures.single_picture)."""
    held = facts.holds(el, IMAGES)
    if held <= 1:
        return held
    from auditor.sources.html.images import count_images  # the html package imports the judge

    return max(1, count_images(el, 3))


def _served_picture(el: Element) -> Verdict | None:
    """A picture served by an ad server (the slot's creative), or by a video platform or
    inside a <video> (a player's poster frame, named by the player)."""
    src = picture_address(el).strip()
    if vocab.AD_HOST.match(src):
        return Verdict("ad", "a picture an ad server serves")
    if next(el.iterancestors(*_MEDIA_TAGS), None) is not None:
        return Verdict("player", "a picture inside a media element: its fallback poster")
    if vocab.VIDEO_POSTER_SRC.match(src) and not captioned(el):
        return Verdict("player", "a picture a video platform serves: an embed's poster frame")
    return None


def _merchant_logo(el: Element, facts: Facts) -> Verdict | None:
    """A picture named a logo (or a shop's mark) on a product's card, beside the
    product's picture and its one price or buy button, or over a showcase of several products: the
    advertiser's or shop's mark. A logo that is a card's only picture, in a row of cards
    with their own prices, is what the story compares (phone plans), the story's."""
    if not _named_logo(el, facts):
        return None
    box = _box_of(el)
    one_price = False  # passed a box with the one price and no product's picture
    for _ in range(5):
        if box is None or facts.text.get(box, 0) > _SHOWCASE_TEXT or _holds_prose_beside_note(box, facts):
            return None
        prices = max(len(vocab.PRICE.findall(box.text_content() or "")), _shop_buttons(box))
        if prices > 1 and one_price:
            return None  # the logo is one priced card's picture among several
        if prices and any(p is not el and _is_picture(p) and not _named_logo(p, facts) for p in box.iter()):
            return Verdict("ad", "a shop's logo beside products and their prices")
        one_price = one_price or prices == 1
        box = box.getparent()
    return None


def _box_of(el: Element) -> Element | None:
    """The box a picture sits in, past its <picture> and <source>s (libxml2 nests an <img>
    in the <source> before it: "<picture><source><img>")."""
    return picture_frame(el).getparent()


def _shop_buttons(box: Element) -> int:
    """The links in ``box`` named as a shop's button ("Buy now", "Zum Shop", "Vedi offerta")."""
    return sum(1 for a in box.iter("a") if vocab.SHOP_BUTTON.match(" ".join((a.text_content() or "").split())))


# Words naming a shop's or advertiser's mark on a shopping card ("merchant-logo", "sc__brand").
_MERCHANT_WORDS = frozenset({"merchant", "retailer", "shop", "store", "advertiser", "sponsor", "vendor", "brand",
                             "haendler", "negozio", "tienda", "marchand", "partner"})
# A shopping showcase says little: a few products' names and prices, a title.
_SHOWCASE_TEXT = 1000


def _named_logo(el: Element, facts: Facts) -> bool:
    """A picture whose file or class says it is a mark, not a photo (an SVG is drawn)."""
    src = picture_address(el).split("?", 1)[0].rsplit("/", 1)[-1].lower()
    if "logo" in src or src.endswith(".svg"):
        return True
    words = facts.named(el).word_set
    outer = _box_of(el)
    for box in el.iterancestors():  # "<div class='merchant-logo'><img>", its frames and the box past them
        if box.tag != "a":
            words |= facts.named(box).word_set
        if box is outer or box.tag == "a":
            break
    return bool(words & _LOGO_WORDS or words & _MERCHANT_WORDS)


def _widget_link(el: Element, facts: Facts) -> Verdict | None:
    """A text-less link to an ad server, or an app-store badge offering the site's app
    (beside the story, or next to a line like "Get our app"): an app under review in the
    story keeps its badges. A picture link to the site's video page, with a title at most,
    is a video teaser."""
    text = facts.text.get(el, 0)
    if text and text > _CARD_TEXT // 2 or _in_prose(el, facts):
        return None
    if text:
        return _video_teaser_link(el, facts) or _writer_card_link(el, facts)
    href = (el.get("href") or "").strip()
    if vocab.AD_HOST.match(href):
        return Verdict("ad", "text-less link to an ad server")
    pictures = facts.holds(el, IMAGES)
    if pictures == 1 and _merchant_logo(next(el.iter("img", "amp-img")), facts) is not None:
        return Verdict("ad", "a link of nothing but a shop's logo beside products and their prices")
    if pictures == 1 and href and not own_site(href, facts.site_host) and _ad_unit(next(el.iter("img", "amp-img"))):
        return Verdict("ad", "a picture link to another site at an ad unit's size (300×250, 728×90…): a banner")
    if pictures and (vocab.DONATION_SERVICE_HREF.search(href)
                     or own_site(href, facts.site_host) and (vocab.APPEAL_PATH.search(path_of(href))
                                                             or vocab.SUBSCRIPTION_HOST.match(href))):
        return Verdict("promo", "a picture link to the publisher's appeal (give, join, subscribe)")
    if pictures and service_link(href, facts.site_host):
        return Verdict("promo", "a picture link to the publisher's e-paper or news-tip page")
    verdict = _video_teaser_link(el, facts)
    if verdict is not None:
        return verdict
    if not vocab.APP_STORE_HREF.match(href):
        return None
    if facts.outside_prose(el):
        return Verdict("promo", "an app-store badge beside the story")
    if _sites_own_app(href, facts.site_host):
        return Verdict("promo", "an app-store badge of the site's own app (the app's name or id is the site's)")
    box = el.getparent()
    for _ in range(2):
        if box is None or facts.text.get(box, 0) > _APP_LINE_CHARS:
            return None
        if vocab.APP_PROMO_LABEL.search(box.text_content() or ""):
            return Verdict("promo", "an app-store badge under a line offering the site's app")
        box = box.getparent()
    return None


# The IAB's standard ad units (display banners, skyscrapers, leaderboards, mobile banners), as a banner
# declares them; squares (250×250, 200×200) are left out: photos share them.
_AD_UNITS = frozenset({(300, 250), (336, 280), (728, 90), (970, 90), (970, 250), (160, 600), (120, 600), (300, 600),
                       (320, 50), (320, 100), (300, 50), (468, 60), (234, 60), (300, 1050), (250, 360)})


def _ad_unit(img: Element) -> bool:
    """True when uncaptioned ``img`` declares an ad unit's width and height."""
    width, height = (img.get("width") or "").strip(), (img.get("height") or "").strip()
    if not (width.isdecimal() and height.isdecimal()) or captioned(img):
        return False
    return (int(width), int(height)) in _AD_UNITS


# An app's name in a store's address: Apple's "/app/daily-ledger-news/id123", Google Play's
# "details?id=com.dailyledger.android", Huawei's and Samsung's ids the same way.
_APP_NAME = LazyPattern(r"/app/([^/?#]+)/id\d|[?&]id=([\w.]+)", re.I)


# A site's name shorter than this ("bbc", "ft") is found in too many apps' names.
_SITE_NAME_CHARS = 4


def _sites_own_app(href: str, site_host: str) -> bool:
    """True when the store's address names the site's app: the site's name (its registrable
    domain's first label, "dailyledger") in the app's name or id, hyphens and dots aside.
    An app the story recommends is another's ("cyclemaps")."""
    from auditor.links.urls import registrable_domain

    name = registrable_domain(site_host).split(".", 1)[0] if site_host else ""
    found = _APP_NAME.search(href)
    if len(name) < _SITE_NAME_CHARS or found is None:
        return False
    app = (found.group(1) or found.group(2) or "").lower()
    return name in app.replace("-", "").replace(".", "").replace("_", "")


def _overlay(el: Element) -> Verdict | None:
    style = el.get("style")
    if style and "fixed" in style and vocab.OVERLAY_STYLE.search(style):
        return Verdict("dialog", "a box laid over the page (position: fixed): a pop-up or a sticky bar")
    if el.tag in ("div", "section", "aside") and len(el.attrib) > 1 \
            and any(_popup_attr(name) for name in el.attrib):
        return Verdict("dialog", "a box a pop-up script opens (data-popup, data-modal)")
    return None


def _schema_part(el: Element) -> Verdict | None:
    """A schema.org item that is a part of the template: a comment, an ad block, a side bar."""
    itemtype = el.get("itemtype")
    if not itemtype:
        return None
    name = itemtype.strip().rstrip("/").rsplit("/", 1)[-1].lower()
    kind = vocab.SCHEMA_KINDS.get(name)
    return Verdict(kind, f"a schema.org {name} item") if kind else None


def _aria_named(el: Element, facts: Facts) -> Verdict | None:
    """A box whose accessible name says it is chrome: "Advertisement", "Anzeige",
    "Sponsored", "Comments", "Newsletter sign-up", "Related articles"."""
    label = " ".join((el.get("aria-label") or "").split())
    if not label or len(label) > 60 or _holds_prose(el, facts, 2):
        return None
    if vocab.AD_LABEL.match(label) or vocab.SPONSOR_LABEL.match(label):
        return Verdict("ad", f"named {label[:30]!r}")
    kind = _label_kind([w.lower() for w in re.split(r"\W+", label) if w])
    if kind in _ARIA_KINDS:
        return Verdict(kind, f"named {label[:30]!r}")
    if vocab.RELATED_LABEL.match(label):
        return Verdict("related", f"named {label[:30]!r}")
    return None


def _paid_box(el: Element, facts: Facts) -> Verdict | None:
    """A small box with a picture whose first line declares it paid for ("Anzeige",
    "Publicidad", "Advertisement"), or a label naming a partner ("In collaborazione con",
    "Sponsored by") set before a picture (the partner's logo, linked or not)."""
    text = facts.text.get(el, 0)
    if not text or _holds_prose(el, facts, 1):  # called on small boxes holding a picture
        return None
    first = facts.first_text(el)
    if vocab.AD_LABEL.match(first):
        return Verdict("ad", f"a box labelled {first[:30]!r}")
    label = vocab.SPONSOR_LABEL.match(first)
    if label is not None and text <= _SPONSOR_TEXT and _text_before_picture(el):
        return Verdict("ad", f"a partner's logo after {label.group(0).strip()[:30]!r}")
    return None


def _text_before_picture(el: Element) -> bool:
    """True when ``el``'s first words come before its first picture (a label over a logo,
    not a caption under a photo)."""
    if (el.text or "").strip():
        return True
    for node in el.iterdescendants():
        if _is_picture(node):
            return False
        if isinstance(node.tag, str) and (node.text or "").strip() or (node.tail or "").strip():
            return True
    return False


def _media_box(box: _SmallBox, facts: Facts) -> Verdict | None:
    """A media element, or a small box holding one (or carrying the clip's id, as
    script-loaded facades do) with a picture or two: the player, its picture the poster."""
    el = box.el
    if facts.text.get(el, 0) > _PLAYER_TEXT or _holds_prose(el, facts, 1) or _in_captioned_figure(el, facts):
        return None  # a captioned clip: the story shows it and says what it is
    pictures = _count_pictures(el, facts)
    if any(_video_attr(name) for name in el.attrib):
        return Verdict("player", "a box carrying a clip's id, with its poster")
    if "video" in (el.get("itemprop") or "").lower().split():
        return Verdict("player", "a box marked itemprop=video, with its still")
    # A running time ("2:41") is in the box's text: without a colon there is none to look for.
    if pictures == 1 and facts.text.get(el, 0) <= _CARD_TEXT and (el.tag == "a" or facts.holds(el, LINKS)) \
            and ":" in box.text and _running_time(el):
        return Verdict("player", "a linked still with a clip's running time: a video teaser")
    if "play" in box.controls and not facts.holds(el, HEADINGS):
        # With a heading of its own it is an item of the story (a list of clips).
        return Verdict("player", "a picture beside a play button or a player's frame: its poster")
    if vocab.VIDEO_NAME.match(el.get("aria-label") or "") \
            or any(k.startswith("data-") and v.strip().lower() in _MEDIA_TYPES for k, v in el.attrib.items()):
        return Verdict("player", "a box named or typed as a video, with its still")
    if facts.holds(el, MEDIA) and not facts.holds(el, HEADINGS):
        # With a heading of its own it is an item of the story (a song with its cover).
        return Verdict("player", "a box holding a media element and its poster")
    return None


def _in_captioned_figure(el: Element, facts: Facts) -> bool:
    """True when ``el`` (the judged element) is, holds or sits in a figure with a caption."""
    return facts.holds(el, FIGCAPTIONS) > 0 or captioned(el)


# Lower-case words without one of which CONSENT_MESSAGE's alternatives (and
# COOKIE_MESSAGE's, COOKIE_NEEDLES) cannot match; the box texts asked mostly hold none,
# and each pattern costs ~5 µs a search on ASCII, ~100 µs on a non-ASCII text (re.I).
CONSENT_NEEDLES = ("extern", "esterno", "inhalt", "load ", "einverstanden", "i agree", "accepte", "acepto",
                   "accetto", "charger le contenu", "cargar ", "carica ")
COOKIE_NEEDLES = ("cookie", "çerezleri kabul", "クッキー", "쿠키")


def _consent_message(text: str) -> re.Match[str] | None:
    """CONSENT_MESSAGE's match in ``text``, else COOKIE_MESSAGE's, else None; a search
    is skipped when ``text`` lacks every word its pattern needs."""
    lowered = lower_as_re_i(text)
    match = vocab.CONSENT_MESSAGE.search(text) if any(n in lowered for n in CONSENT_NEEDLES) else None
    if match is None and any(n in lowered for n in COOKIE_NEEDLES):
        match = vocab.COOKIE_MESSAGE.search(text)
    return match


def _consent_placeholder(box: _SmallBox, facts: Facts) -> Verdict | None:
    """A small box with a picture and a consent tool's message ("Externer Inhalt", "Load
    content"): the preview of another site's embed, shown until the reader agrees."""
    if facts.text.get(box.el, 0) > _PLAYER_TEXT:
        return None
    match = _consent_message(box.text)
    if match is None or any(_consent_message(cap.text_content() or "") for cap in box.el.iter("figcaption")):
        return None  # a photo whose caption tells of a consent wall is the story's (a story about cookies)
    return Verdict("cookie", f"a consent placeholder or banner ({match.group(0)[:30]!r})")


def _appeal_box(box: _SmallBox, facts: Facts) -> Verdict | None:
    """A small box with a picture and a button to give, join or subscribe ("Donate",
    "Jetzt abonnieren", "Hazte socio") leading to the site's own page: the publisher's
    appeal, its picture the appeal's. A charity's "Donate" in a how-to-help box leads
    elsewhere and stays the story's."""
    el = box.el
    if el.tag == "figure" or facts.text.get(el, 0) > _WIDGET_TEXT or _holds_prose(el, facts, 2):
        return None
    for link in el.iter("a"):
        name = " ".join((link.text_content() or "").split())
        if not name or len(name) > 40 or _in_prose(link, facts) or not vocab.APPEAL_LABEL.match(name):
            continue
        href = (link.get("href") or "").strip()
        if own_site(href, facts.site_host) or vocab.DONATION_SERVICE_HREF.search(href):
            return Verdict("promo", f"the publisher's appeal {name[:30]!r} with a picture")
    if "appeal" in box.controls:
        return Verdict("promo", "a picture beside a button to give, join or subscribe: the publisher's appeal")
    for form in el.iter("form") if facts.holds(el, FORMS) else ():
        action = (form.get("action") or "").strip()
        if vocab.DONATE_HREF.search(action) or vocab.DONATION_SERVICE_HREF.search(action) \
                or own_site(action, facts.site_host) and vocab.APPEAL_PATH.search(path_of(action)):
            return Verdict("promo", "a picture beside a form to give or join: the publisher's appeal")
    headline = vocab.APPEAL_HEADLINE.match(facts.first_text(el))
    if headline is not None and not _holds_prose(el, facts, 1):
        # Its button a script draws (a <button>, dropped with the other controls).
        return Verdict("promo", f"a picture under the appeal {headline.group(0).strip()[:30]!r}")
    return None


# Where WordPress link cloakers send a reader through the site's own host to a shop:
# ThirstyAffiliates' link prefix (its settings offer "recommends", the default, "go",
# "goto", "suggests", "endorses", "proceed"… and a custom one), Pretty Links Pro's and
# Lasso's "/go/", hand-made "/refer/", "/out/", "/visit/", "/aff/" redirects and
# "go.php?url=" scripts and the same prefixes taking the shop's address ("/out/?url=https…"),
# and an affiliate id in the query. The prefix is the first path segment ("/reviews/go/"
# is a story's address) and a link's slug follows it, under a category at most
# ("/recommends/mugs/ember-mug/"): a newsroom's click-counting "/go/" wraps a whole path
# ("/go/zhongwen/simp/nav/int/-/…", a menu's). Prefixes a site's own
# pages use too ("review", "product", "link", "get", "find") are left out.
_AFFILIATE_REDIRECT = re.compile(
    r"^(?:https?:)?(?://[^/?#]*)?/(?:(?:recommends?|go|goto|suggests|endorses|proceed|refer|out|visit|aff|affiliate"
    r"|afflink)/[^/?#]+(?:/[^/?#]+)?/?(?:[?#]|$)|(?:go|out|redirect|click)\.php\?"
    # the same prefix as a script taking the shop's address: "/out/?url=https%3A…", "/go?to=…"
    r"|(?:recommends?|go|goto|out|refer|visit|aff|affiliate|afflink|redirect)/?\?(?:[^#]*&)?"
    r"(?:url|u|to|link|dest|destination|target|goto)=(?:https?|%68%74%74%70|//|%2f%2f))"
    r"|[?&](?:aff|affid|aff_id|affiliate_id)=",
    re.I,
)


def affiliate_redirect(href: str, page_url: str = "", site_hrefs: Iterable[str] = ()) -> bool:
    """Whether ``href`` is a cloaked affiliate link ("/recommends/ember-mug/"): on the
    site's own host, but a shop's link (a product box's), not a page of the site's. With
    the page's own address (canonical or og:url, "" when unknown) and the hrefs of the
    page's links to its own site, a redirect-shaped link into a section of the site's own
    pages ("/visit/louvre/" beside "/visit/") is the site's: LK011 and the chrome judge
    read it alike."""
    return _AFFILIATE_REDIRECT.search(href.strip()) is not None and not _own_section(href, page_url, site_hrefs)


# Words a hand-made redirect prefix shares with sections of a site's own pages: a museum's,
# a campus's or a city's "/visit/…", a magazine's "/out/…". Under them a path with a
# category ("/visit/france/paris/") is the section's page, not a redirect's slug.
_SECTION_WORDS = frozenset({"visit", "out"})


def _segments(href: str) -> list[str]:
    from urllib.parse import urlsplit

    try:
        path = urlsplit(href.strip()).path
    except ValueError:
        return []
    return [part.lower() for part in path.split("/") if part]


def _own_section(href: str, page_url: str, site_hrefs: Iterable[str]) -> bool:
    """True when the prefix of a redirect-shaped link ("/visit/louvre/") is a section of
    the site's own pages: the page itself (``page_url``) lives under it, or one of the
    page's links to its own site (``site_hrefs``) leads to the section's index or deeper
    into it than a redirect's slug and category go. A link cloaker's prefix holds
    redirects only. Under "visit" and "out", a slug under a category is the section's
    page too."""
    parts = _segments(href)
    if len(parts) < 2 or "." in parts[0]:
        return False  # "go.php?url=…", "?aff=…": a redirect script or parameter, no section
    prefix = parts[0]
    if prefix in _SECTION_WORDS and len(parts) > 2:
        return True
    if page_url and _segments(page_url)[:1] == [prefix]:
        return True
    for other_href in site_hrefs:
        other = _segments(other_href)
        if other[:1] == [prefix] and (len(other) == 1 or len(other) > 3):
            return True
    return False


def own_site(href: str, site_host: str) -> bool:
    """True when ``href`` leads to a page of the site whose host is ``site_host`` (the
    page's canonical host, "" when unknown): a relative link, or one to the site's
    registrable domain, any subdomain ("support.example.com", the publisher's appeal;
    "blog.example.com", more of its stories). A fragment, a script or a mail link leads
    to no page. A cloaked affiliate link ("/go/…") is on the site's host and counts here:
    entries ask ``affiliate_redirect`` apart. The chrome judge asks it of appeals',
    logos', writers' and videos' links; entries of a teaser's."""
    from auditor.links.urls import registrable_domain

    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return False
    host = site_of(href)
    if host is None:
        return True
    return bool(site_host) and registrable_domain(host) == registrable_domain(site_host)


def service_link(href: str, site_host: str) -> bool:
    """True when ``href`` leads to the publisher's e-paper or news-tip page (on its own
    site, or on an "epaper." host of any name: e-paper services host it apart)."""
    return bool(own_site(href, site_host) and vocab.SERVICE_PATH.search(page_path(href))
                or vocab.SERVICE_HOST.match(href.strip()))


# Classes of the element showing a clip's running time.
_DURATION_WORDS = frozenset({"duration", "runtime", "length", "time", "dauer", "duracion", "durata", "duree", "laufzeit"})


def _running_time(el: Element) -> bool:
    """True when an element in ``el`` shows nothing but a clip's running time ("2:41")
    and its class says so ("duration", "video-length")."""
    for node in el.iterdescendants():
        if isinstance(node.tag, str) and word_set(node) & _DURATION_WORDS \
                and vocab.PLAYER_DURATION.match(" ".join((node.text_content() or "").split())):
            return True
    return False


# Paragraphs that make a box the story's body, not a player's: beside a player's frame or
# button (mark_button), and around a picture a kept player box would take as its poster
# (a player kept for its text holds its description, a paragraph or two, never the story's run).
_STORY_PARAGRAPHS = 3
# Set by drop_invisible on the box of a <button> it drops: what the button did.
BUTTON_MARK = "data-auditor-button"


def mark_button(button: Element) -> None:
    """Note on ``button``'s box that it held a play or a close button, before the button
    goes with the other controls: a picture beside a play button is a player's poster,
    a box that closes is a pop-up."""
    parent = button.getparent()
    while parent is not None and parent.tag in ("template", "noscript"):
        parent = parent.getparent()  # a player's frame waiting for a click or a script: its box is the player's
    if parent is None:
        return
    mark = _button_mark(button)
    if mark is None or mark == clip_clues.GLYPH and parent.get(BUTTON_MARK):
        return  # a play sign's mark is a clue, never over a control's
    # A control or a clip set bare among the story's paragraphs: its box is the story, whose
    # pictures stay the story's (not a poster) and which is no pop-up; only a picture box
    # right beside a player is its poster. A player's box beside the story's prose, the
    # paragraphs wrapped in <div>s at any depth, is the story's too: overlays reads it so
    # for a "Watch" button, and one reading serves both (a player's card says a sentence).
    if sum(child.tag == "p" for child in parent) < _STORY_PARAGRAPHS \
            and not (mark == "play" and declared_videos._story_prose(parent, _button_name(button))):
        parent.set(BUTTON_MARK, mark)
    elif mark == "play":
        for box in _beside(button):
            box.set(BUTTON_MARK, mark)


def _button_mark(button: Element) -> str | None:
    """What ``button`` does, as mark_button notes it: "play" (a player's frame or play
    button: the picture beside it is its placeholder), "close", "appeal", "glyph" (an SVG
    play sign with no name: a clue, see clip_clues), or None."""
    if button.tag == "iframe":
        if vocab.PLAYER_FRAME_SRC.search(button.get("src") or button.get("data-src") or "") \
                or vocab.PLAYER_FRAME_TITLE.search(button.get("title") or ""):
            return "play"
        return None
    if button.tag == "input" and (button.get("type") or "").lower() not in ("submit", "button", "image"):
        return None
    name = _button_name(button)
    # Its names are split into words only when they hold "play", "close" or "dismiss" (most
    # icons' names do not): each of the words asked about holds one of them.
    icon = _icon_hint(names_of(button))
    if vocab.PLAY_LABEL.match(name) or icon and word_set(button) & vocab.PLAY_ICON_WORDS or _plays_sprite(button):
        return "play"
    if vocab.CLOSE_LABEL.match(name) or icon and word_set(button) & {"close", "dismiss"}:
        return "close"
    if len(name) <= 40 and vocab.APPEAL_LABEL.match(name):
        return "appeal"
    if button.tag == "svg" and clip_clues.draws_play_sign(button):
        # An unnamed triangle pointing right: a play button when the control holding it is
        # one (role=button, a text-less link with no picture), else a clue (clip_clues).
        return "play" if _control_box(button.getparent()) else clip_clues.GLYPH
    if button.tag == "button" and not name and any(clip_clues.draws_play_sign(svg) for svg in button.iter("svg")):
        return "play"  # a button showing nothing but a play sign
    return None


def _control_box(box: Element | None) -> bool:
    """True for a box that is a control: role=button, or a link without words or pictures."""
    if box is None:
        return False
    if (box.get("role") or "").lower() == "button":
        return True
    return box.tag == "a" and not "".join((box.text_content() or "").split()) and next(box.iter("img"), None) is None


def _button_name(button: Element) -> str:
    """What ``button`` is called: its aria-label and title, else its words or value."""
    return " ".join(f"{button.get('aria-label') or ''} {button.get('title') or ''}".split()) \
        or " ".join((button.text_content() or button.get("value") or "").split())


def _beside(el: Element) -> list[Element]:
    """The boxes right before and after ``el`` that hold one picture and no words."""
    found = []
    for siblings in (el.itersiblings(preceding=True), el.itersiblings()):
        box = next((s for s in siblings if isinstance(s.tag, str)), None)  # past comments
        if box is not None and box.tag not in ("img", "amp-img", "picture") \
                and sum(1 for _ in box.iter("img", "amp-img")) == 1 and not "".join((box.text_content() or "").split()):
            found.append(box)
    return found


# A sprite's play symbol an SVG icon draws: "<use href='#icon-play'>", "#play-circle", "#ico_play".
# A symbol named for a video icon marks a teaser's poster as a play icon does ("#icon-video",
# "#video-camera"; a WordPress theme's "post-video-overlay" draws its icon so).
_PLAY_SYMBOL = LazyPattern(r"#(?:[\w-]*[-_])?(?:play|video|videocam)(?:[-_][\w-]*)?$", re.I)


def _plays_sprite(svg: Element) -> bool:
    """True when an SVG icon draws a sprite's play symbol (``<svg class="icon"><use
    href="#icon-play">``): its class says nothing, its symbol's name does."""
    if svg.tag != "svg":
        return False
    for use in svg.iter("use", "{http://www.w3.org/2000/svg}use"):
        ref = use.get("href") or use.get("xlink:href") or use.get("{http://www.w3.org/1999/xlink}href") or ""
        lowered = ref.lower()
        if ("play" in lowered or "video" in lowered) and "google" not in lowered \
                and _PLAY_SYMBOL.search(ref.strip()):  # not Google Play
            return True
    return False


def _controls_in(el: Element) -> set[str]:
    """What the controls inside ``el`` do ("play", "close"): dropped buttons' marks, and
    links or role=button boxes named so."""
    found = set()
    for node in el.iter():
        if not isinstance(node.tag, str) or node.tag in ("img", "amp-img"):
            continue
        mark = node.get(BUTTON_MARK)
        if mark:
            found.add(mark)
        cls = node.get("class")
        if node is not el and cls and node.tag != "a" and _icon_hint(cls):
            words = word_set(node)
            if words & vocab.PLAY_ICON_WORDS and not _shows_words(node):
                found.add("play")  # an icon laid over the poster: "<span class='icon-play'>"
            elif words & vocab.CLOSE_ICON_WORDS and not _shows_words(node):
                found.add("close")  # "<span class='modal-close'>×</span>"
        if node.tag == "a" or (node.get("role") or "").lower() == "button":
            name = " ".join(f"{node.get('aria-label') or ''} {node.get('title') or ''}".split()) \
                or " ".join((node.text_content() or "").split())
            if len(name) <= 60 and vocab.PLAY_LABEL.match(name):
                found.add("play")
            elif len(name) <= 30 and vocab.CLOSE_LABEL.match(name):
                found.add("close")
    return found


def _closable_appeal(box: _SmallBox, facts: Facts) -> Verdict | None:
    """A small box with a picture, a close button and words asking to give, join or
    subscribe: a pop-up of the publisher's appeal, whatever its class names."""
    el = box.el
    if not 0 < facts.text.get(el, 0) <= _WIDGET_TEXT or _holds_prose(el, facts, 2):
        return None
    if "close" not in box.controls:
        return None
    words = vocab.APPEAL_WORDS.search(box.text)
    return Verdict("dialog", f"a closable box asking {words.group(0)!r}: a pop-up") if words else None


# Custom elements of players and embeds: <lite-youtube>, <mux-player>, AMP's <amp-video>,
# <amp-youtube>, <amp-brightcove>; their picture is a poster or placeholder.
_CUSTOM_PLAYER = LazyPattern(r"^(?:[a-z0-9]+-)*(?:video|youtube|vimeo|player|jwplayer|brightcove|dailymotion|kaltura"
                            r"|audio|podcast)(?:-[a-z0-9]+)*$")
_custom_player = Finds(_CUSTOM_PLAYER)


def _shows_words(el: Element) -> bool:
    """True when ``el`` shows words (an icon shows none)."""
    return any(ch.isalnum() for ch in el.text_content() or "")


def _holds_prose_beside_note(box: Element, facts: Facts) -> bool:
    """True when ``box`` holds a paragraph of prose other than an affiliate disclosure
    ("We may earn a commission…", "Affiliate-Link: …"), which shopping boxes carry."""
    for p in box.iter("p"):
        if facts.text.get(p, 0) - facts.link_text.get(p, 0) >= _PROSE_CHARS \
                and not vocab.AFFILIATE_NOTE.search(p.text_content() or ""):
            return True
    return False


def _glued_name(el: Element, facts: Facts) -> Verdict | None:
    """A class glued in one word that names a player's part ("videoteaser", "videoPoster"
    split already) or an appeal for money ("spendenbox", "donationbanner")."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    if not _glued_hint(names) or _holds_prose(el, facts, 2):
        return None
    for word in facts.named(el).words:
        if word in vocab.PLAYER_GLUED and not _in_captioned_figure(el, facts):
            return Verdict("player", f"class word {word!r}: a player's part")
        if word.startswith(vocab.APPEAL_CLASS_PREFIXES):
            return Verdict("donate", f"class word {word!r}: an appeal for money")
    return None


_SPONSOR_WORDS = frozenset({"sponsor", "sponsors", "advertiser", "partner", "partners", "sponsored"})


def _sponsor_logo(el: Element, facts: Facts) -> Verdict | None:
    """A picture whose class says it is a sponsor's, advertiser's or partner's logo."""
    words = facts.named(el).word_set
    if words & _SPONSOR_WORDS and words & _LOGO_WORDS:
        return Verdict("ad", "a sponsor's or partner's logo")
    return None


# How far up a picture's player or pop-up box is looked for.
_BOX_DEPTH = 5
_PICTURE_BOX_KINDS = frozenset({"player", "dialog", "donate"})


def _picture_of_kept_box(el: Element, facts: Facts) -> Verdict | None:
    """A picture inside a player or a pop-up that was kept for its text (on a short page it
    holds much of it: a video page's description, a long appeal): the box's text stays,
    its poster or appeal picture goes. A captioned picture is the story's."""
    if captioned(el):
        return None
    in_paragraph = False  # the picture in a paragraph below the box asked: the story's own
    for depth, box in enumerate(el.iterancestors()):
        if depth >= _BOX_DEPTH or box.tag in ("body", "article", "main"):
            return None
        key = ("kept", box)
        if key in facts.boxes:
            found = facts.boxes[key]
        else:
            found = _kept_box(box)
            if box.tag != "header":  # "a <header> holding a <nav>" reads what is left of the box now
                facts.boxes[key] = found  # once per box: pictures share their boxes
        if found is _PLAYER_BESIDE:
            # With a heading: an item of the story; with the story's paragraphs, or the picture
            # in a paragraph of its own: the story's box, where a "Listen" or "Play" button sits
            # among its photos.
            if next(box.iter(*HEADING_TAGS), None) is None and not _holds_prose(box, facts, _STORY_PARAGRAPHS) \
                    and not in_paragraph:
                return Verdict("player", "a picture beside a player kept for its text: its poster")
        elif found is not None:
            return found
        in_paragraph = in_paragraph or box.tag == "p"
    return None


# _kept_box's answer for a box marked as a player's or carrying a clip's id: a picture in
# it is the poster unless the box holds a heading (read as the tree is when it is asked).
_PLAYER_BESIDE = Verdict("player", "")


def _kept_box(box: Element) -> Verdict | None:
    """What ``box`` makes of a picture inside it, by its own tag and attributes (see
    _picture_of_kept_box): a verdict, _PLAYER_BESIDE, or None."""
    if len(box.attrib) <= ("class" in box.attrib) + ("id" in box.attrib) \
            and not _box_hint(f"{box.get('class') or ''} {box.get('id') or ''}"):
        return None  # nothing in its names could make it a player or a pop-up
    verdict = _by_tag_or_role(box) or _by_name(box)
    if verdict is not None and verdict.kind in _PICTURE_BOX_KINDS:
        return Verdict(verdict.kind, f"a picture in a {verdict.kind} box ({verdict.reason}) kept for its text")
    words = word_set(box)
    if words & vocab.PLAYER_WORDS and words & vocab.PLAYER_PARTS or words & vocab.PLAYER_GLUED:
        return Verdict("player", "a picture in a player's box kept for its text: its poster")
    if box.get(BUTTON_MARK) == "play" or any(_video_attr(name) for name in box.attrib):
        return _PLAYER_BESIDE
    return None


# Cheap tests on raw class strings before splitting them into words (once per string).
_ICON_HINT = LazyPattern(r"play|close|dismiss", re.I)
_GLUED_HINT = LazyPattern(r"video|player|audio|podcast|clip|donat|spende|donazion|donacion|doacao|fundrais|crowdfund",
                         re.I)
_BOX_HINT = LazyPattern(r"video|player|audio|podcast|clip|vjs|jw|brightcove|youtube|modal|popup|pop-up|popin|popover"
                       r"|dialog|interstitial|slidein|exit|popmake|donat|spende|donazion|donacion|doacao|doaco|supportus"
                       r"|support-us|support_us", re.I)
_icon_hint, _glued_hint, _box_hint = Finds(_ICON_HINT), Finds(_GLUED_HINT), Finds(_BOX_HINT)
# Tag and attribute names repeat too (the patterns are anchored at both ends: a search
# is a match).
_video_attr, _popup_attr = Finds(vocab.VIDEO_ATTR), Finds(vocab.POPUP_ATTR)


def _comment_thread(el: Element, facts: Facts) -> Verdict | None:
    """A box opening with a comment template's heading ("3 thoughts on “…”", "Leave a
    Reply", "12 Kommentare") and holding pictures: the commenters' faces."""
    heading = _first_child(el) if len(el) else None
    if heading is not None and heading.tag not in HEADING_TAGS:
        heading = _first_child(heading)  # through one wrapper ("<header><h3>")
    if heading is None or heading.tag not in HEADING_TAGS or (el.text or "").strip():
        return None
    match = vocab.COMMENTS_HEADING.match(" ".join((heading.text_content() or "").split()))
    if match is None or not facts.holds(el, IMAGES):
        return None
    return Verdict("comments", f"a comment thread under {match.group(0).strip()[:30]!r}")


def _first_child(el: Element) -> Element | None:
    for child in el:
        if isinstance(child.tag, str):
            return child
    return None


# A long appeal ("epic"): a few paragraphs on why the newsroom needs its readers.
_LONG_APPEAL_TEXT = 1500
_LONG_APPEAL_PARAGRAPHS = 5


def _long_appeal(el: Element, facts: Facts, controls: set[str] | None = None) -> Verdict | None:
    """A box of a few paragraphs with a picture, asking to give, join or subscribe
    ("support", "Spende", "abonnieren"), ending in a button to the site's own appeal page
    or a donation service: the publisher's appeal, however long."""
    if _holds_prose(el, facts, _LONG_APPEAL_PARAGRAPHS):
        return None
    controls = _controls_in(el) if controls is None else controls  # the small box's, when it has them
    button = "a long appeal to give or join, with its picture and button" if "appeal" in controls else ""
    for link in el.iter("a") if not button else ():
        name = " ".join((link.text_content() or "").split())
        if not name or len(name) > 40 or not vocab.APPEAL_LABEL.match(name) or _in_prose(link, facts):
            continue
        href = (link.get("href") or "").strip()
        if own_site(href, facts.site_host) or vocab.DONATION_SERVICE_HREF.search(href):
            button = f"a long appeal ending in {name[:30]!r}, with its picture"
            break
    if not button:
        return None
    if not vocab.APPEAL_WORDS.search(facts.words(el)):
        return None
    return Verdict("promo", button)


def _small_long_appeal(box: _SmallBox, facts: Facts) -> Verdict | None:
    """_long_appeal for a small box, after _appeal_box: when that read the box's links and
    controls (not a figure, under two paragraphs of prose) and found no button to give or
    join, _long_appeal, which looks for the same, finds none either."""
    if box.el.tag != "figure" and not _holds_prose(box.el, facts, 2):
        return None
    return _long_appeal(box.el, facts, box.controls)


_VIDEO_HOST = LazyPattern(r"^(?:https?:)?//(?:video|videos|tv|mediathek)\.", re.I)


def _video_teaser_link(el: Element, facts: Facts) -> Verdict | None:
    """A link holding one picture (and a title at most) to a page of the site that plays
    a clip ("/video/…", "video.site.com"; overlays' _video_page, the one reading of such
    pages): a video teaser, its picture the clip's still."""
    from auditor.sources.overlays import _video_page

    if not single_picture(el, facts) or captioned(next(el.iter("img", "amp-img"))):
        return None
    if not _video_page(el.get("href") or "", facts):
        return None
    return Verdict("player", "a picture link to a page of the site that plays a clip: a video teaser")


def _writer_card(el: Element, facts: Facts, pictures: int) -> Verdict | None:
    """A small box with one picture and a name linking to a writer's page of the site
    ("/author/jane-doe/", or the newsroom's folder of its people "/people/jane-doe/" named
    by the name alone, the picture no larger than a face): the writer's card, its picture their face. A person the story
    presents links elsewhere (a university's staff page) and stays."""
    if pictures != 1 or _holds_prose(el, facts, 2) or _in_captioned_figure(el, facts):
        return None
    for link in el.iter("a"):
        href = (link.get("href") or "").strip()
        if vocab.AUTHOR_HREF.match(href) and not vocab.SOCIAL_HOST.match(href) and own_site(href, facts.site_host) \
                and facts.text.get(link, 0):
            return Verdict("author", "a picture beside a name linking to a writer's page: the writer's card")
        if writer_folder_link(link, href, facts) and not _larger_than_face(el) \
                and not (_in_prose(el, facts) and _words_before_picture(el)):
            # A people carousel's card ("/people/jane-doe/", "/equipo/…"): a face, not the story's photo.
            return Verdict("author", "a face beside a name linking to the newsroom's page of its people: a writer's card")
    return None


def _writer_card_link(el: Element, facts: Facts) -> Verdict | None:
    """A link around a face and a name alone, to a writer's page of the site (a people
    carousel's card, "<a href='/people/jane-doe/'><img><span>Jane Doe</span></a>")."""
    if facts.holds(el, IMAGES) != 1 or _larger_than_face(el) or _in_captioned_figure(el, facts):
        return None
    href = (el.get("href") or "").strip()
    if writer_folder_link(el, href, facts) or vocab.AUTHOR_HREF.match(href) and not vocab.SOCIAL_HOST.match(href) \
            and own_site(href, facts.site_host):
        return Verdict("author", "a link around a face and a name to a writer's page of the site: a writer's card")
    return None


def _words_before_picture(el: Element) -> bool:
    """True when ``el`` says words before its picture: in a sentence, the name the story writes
    (a hover card's box opening with the linked name "<span><a>Kristi Noem</a><span><img>…"),
    not the card itself, which opens with the face."""
    node = next(el.iter("img", "amp-img"), None)
    while node is not None and node is not el:
        parent = node.getparent()
        if parent is None or (parent.text or "").strip():
            return parent is not None
        for sib in node.itersiblings(preceding=True):
            if (sib.tail or "").strip() or isinstance(sib.tag, str) and (sib.text_content() or "").strip():
                return True
        node = parent
    return False


def _larger_than_face(el: Element) -> bool:
    """True when the picture in ``el`` declares a side larger than a face's (a story's photo)."""
    from auditor.sources.template_pictures import _FACE_SIDE

    img = next(el.iter("img", "amp-img"), None)
    return img is not None and any(side.strip().isdecimal() and int(side) > _FACE_SIDE
                                   for side in (img.get("width") or "", img.get("height") or ""))


def _label_kind(words: list[str]) -> str:
    """The chrome kind an accessible name's words say, one word or up to three glued
    ("Video Player" → videoplayer), or ""."""
    for i in range(len(words)):
        joined = ""
        for word in words[i:i + 3]:
            joined += word
            kind = vocab.CLASS_WORDS.get(joined)
            if kind is not None:
                return kind
    return ""


# Values of a data attribute typing a box as a clip: data-type="video", data-media-type="audio".
_MEDIA_TYPES = frozenset({"video", "audio", "podcast", "videoplayer", "video-player", "clip"})

