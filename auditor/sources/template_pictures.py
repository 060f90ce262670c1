"""The template's own pictures that the widget rules (:mod:`auditor.sources.widgets`) leave in
the story: the site's marks, faces, badges, icons and placeholders, none of them the story's
(tests/test_errors_unseen_images.py, tests/test_chrome.py). :mod:`auditor.sources.overlays`
asks these rules in its own order, between its players' and pop-ups' rules.

- an uncaptioned logo (by its file or class) in a box of a few words without prose: a brand's mark;
  a picture in a byline of a few words linking a writer's page: the writer's face; so too beside
  a writer's label standing alone over the name ("<p>Penulis</p><p>Jane Doe</p>", WordPress's
  Post Author block), or a byline's "de María López" in the template's byline element, or a
  name linking a writer's folder of the newsroom's template ("/equipo/…"), or a name and a <time>;
  a face in a comment item of the CMS's thread ("<li id='comment-12'>", a "?replytocom=" link);
- a picture-only link to a press council or a trust programme (IPSO, the Trust Project, the
  Presserat…): the member's badge; the EU's emblem beside its funding statement ("Co-funded by
  the European Union", in the Union's languages);
- a picture link to the publisher's page on a news aggregator (Google News, Google's
  preferred-source button, Flipboard): a follow badge, whatever its language; a picture-only
  link to the site's home page (its logo); a picture the CMS theme or a plugin serves
  ("/wp-content/themes/…", "/sites/all/themes/…", Joomla's "/templates/…/images/"), alone or
  as all a link holds: the template's arrow, banner or button, never a writer's upload;
- a podcast app's "Listen on" badge (its file, or a row of apps); follow banners to the
  publisher's channel on other markets' aggregators (Naver, Kakao, Dzen, Apple News, MSN,
  SmartNews);
- icons: a zoom or full-screen icon over a photo, a favicon beside a link, an icon from
  the site's icon folder, one icon of an SVG sprite (unless all a link holds);
- a consent tool's placeholder for a blocked embed, in the tools' languages;
- a feed's icon in a weather box, a live score or a market ticker (:mod:`auditor.sources.reading_widgets`);
- glyphs: the same picture three times side by side, a rating's stars, a row of payment marks; a meta
  line's icons (declared tiny, or "clock.svg", "eye.svg" beside a few words, outside tables and lists);
  an ad slot's label drawn as a picture; a picture moved off the screen (a tracking pixel);
- a review's award badge: its file named for the award ("editors-choice.png", "testsieger.png",
  "choix-de-la-redaction.png"), or a small picture whose box says the award's name alone
  ("Editors' Choice", "Best overall", "Empfehlung der Redaktion");
- a byline's face beside a name and a date written as words ("March 13, 2024", "vor 12 Minuten"), or
  a credit ("Reviewed by", "Fact checked by"); a comment thread's faces by its items' shape (a picture,
  a name, a time ago, repeated).
"""

from __future__ import annotations

import re

from auditor.sources import chrome_vocabulary as vocab
from auditor.sources.chrome_facts import (FIGCAPTIONS, HEADINGS, IMAGES, Element, Facts, Verdict, _holds_prose,
                                          captioned, named_kind, word_set, picture_address)
from auditor.sources.reading_widgets import reading_icon
from auditor.text.lazyre import LazyPattern, lower_as_re_i


def follow_badge_link(link: Element, href: str, facts: Facts) -> Verdict | None:
    """A link holding pictures to the publisher's page on a news aggregator (see _follow_badge)."""
    if href and _follow_badge(href, link, facts):
        return Verdict("social", "a picture link to the publisher's page on a news aggregator: a follow badge")
    return None


def badge_or_logo_link(link: Element, href: str, facts: Facts) -> Verdict | None:
    """A picture-only link of the template: a podcast app's badge (its file, or a row of
    apps), the site's logo linking to its home page, or pictures the CMS theme serves (see
    _THEME_PATH) linking anywhere; the link goes whole, so no empty link is left."""
    if href and _PODCAST_APP.match(href) and not _said_in_paragraph(link, facts) \
            and (_podcast_row(link, facts)  # first: read before a badge of the row goes
                 or all(_badge_file(img) for img in link.iter("img", "amp-img"))):
        return Verdict("social", "a picture-only link to a podcast app, a badge (its file, or a row of apps): "
                                 "\"Listen on …\"")
    if href and _home_page(href, facts):
        return Verdict("nav", "a picture-only link to the site's home page: its logo")
    if href and _TRUST_HOST.match(href) and not _said_in_paragraph(link, facts) \
            and not any(captioned(img) for img in link.iter("img", "amp-img")):
        return Verdict("promo", "a picture-only link to a press council or a trust programme: the publisher's "
                                "membership badge")
    if all(_theme_asset(img) for img in link.iter("img", "amp-img")):
        return Verdict("nav", "a picture-only link of the CMS theme's own pictures (an arrow, a banner, a button)")
    return None


# Press councils, regulators and trust programmes whose badge a member prints by its stories:
# IPSO and IMPRESS (UK), the Trust Project, the Journalism Trust Initiative, the German, Swiss and
# Austrian Presserat, the Australian and Irish press councils, New Zealand's Media Council, the
# Nordic press councils and ombudsmen (PFU, Medieombudsmannen, Pressenævnet, JSN), the Dutch and
# Belgian councils (RvdJ, CDJ), France's CDJM, Spain's and Catalonia's, Indonesia's Dewan Pers,
# Turkey's Basın Konseyi, India's Press Council; fact-checkers' IFCN and EFCSN signatory badges,
# NewsGuard's rating badge.
_TRUST_HOST = LazyPattern(
    r"^(?:https?:)?//(?:[\w-]+\.)*(?:ipso\.co\.uk|impress\.press|impressorg\.com|thetrustproject\.org"
    r"|journalismtrustinitiative\.org|presserat\.(?:de|ch|at)|presscouncil\.(?:org\.au|ie|nic\.in)"
    r"|mediacouncil\.org\.nz|presse\.no/pfu|medieombudsmannen\.se|pressenaevnet\.dk|jsn\.fi|rvdj\.(?:nl|be)"
    r"|lecdj\.be|cdjm\.org|comisiondequejas\.com|consellinformacio\.cat|dewanpers\.or\.id|basinkonseyi\.org\.tr"
    r"|ifcncodeofprinciples\.poynter\.org|efcsn\.com|newsguardtech\.com)(?:[/?#:]|$)", re.I)


def picture(el: Element, facts: Facts) -> Verdict | None:
    """A picture without alt that the template sets by the story: a byline's face, a brand's
    mark, a picture the CMS theme serves."""
    if not _no_alt(el):
        return None
    if _AD_LABEL_FILE.match(_file_of(el)) and not captioned(el):
        return Verdict("ad", "a picture of an ad's label (\"advertisement.png\", \"anzeige.gif\"): the ad slot's")
    if (_AWARD_FILE.match(_file_of(el)) or _labelled_award(el, facts)) and not captioned(el) \
            and not _alone_in_link(el, facts):
        return Verdict("promo", "a review's award badge (its file \"editors-choice.png\", or a small picture beside the "
                                "award's name alone: \"Editors' Choice\"): the review template's")
    if _off_screen(el):
        return Verdict("hidden", "a picture set off the screen (\"left:-9999px\"): a tracking pixel, seen by no reader")
    glyphs = _glyph_row(el, facts)  # first: the row is read before any of its pictures goes
    if glyphs:
        return Verdict("promo", glyphs)
    if _byline_face(el, facts):
        return Verdict("author", "a picture in a byline of a few words naming a writer's page: the writer's face")
    if _commenter_face(el, facts) or _thread_face(el, facts):
        return Verdict("comments", "a face in a comment of the CMS's thread (its comment's id, its reply link)")
    if _brand_mark(el, facts):
        return Verdict("promo", "an uncaptioned logo in a small box without prose: a brand's mark, the template's")
    if _theme_asset(el):
        return Verdict("nav", "a picture the CMS theme serves (\"/wp-content/themes/…\"): the template's, not the story's")
    if _funder_emblem(el, facts):
        return Verdict("promo", "the EU's emblem beside its funding statement (\"Co-funded by the European Union\"): "
                                "the funded project's mark")
    if reading_icon(el, facts):
        return Verdict("promo", "an icon in a small box showing a reading (a temperature, a score, a market's change): "
                                "a weather, score or ticker widget's feed")
    return None


def icon(el: Element, facts: Facts) -> Verdict | None:
    """A picture without alt that is the template's icon, not a picture: a lightbox's zoom
    icon laid over a photo, an icon from the site's icon folder (unless all a link holds:
    then it is the link's name, and its missing alt the one defect), or a site's favicon
    beside a link."""
    if _zoom_icon(el) and not _alone_in_link(el, facts):
        return Verdict("control", "a zoom or full-screen icon laid over a photo: the lightbox's control, not a picture")
    if _favicon(el) and not captioned(el):
        return Verdict("nav", "a site's favicon beside a link or a source's name: the icon, not a picture")
    if _site_icon(el, facts) and not captioned(el) and not _alone_in_link(el, facts):
        return Verdict("nav", "a picture from the site's icon folder (\"/assets/icons/…\"): the template's icon")
    if _meta_icon(el, facts):
        return Verdict("nav", "an icon (declared tiny, or its file a meta line's: \"clock.svg\", \"eye.svg\") beside a "
                              "line of a few words: the template's")
    return None


# An icon's side: a meta line's clock, a verified badge, a comment bubble (16, 20 or 24 px).
_ICON_SIDE = 24
# How much a meta line says beside its icons: "4 min read · 1,204 views · 12 comments".
_META_TEXT = 100
# The files of a meta line's icons ("clock.svg", "icon-eye.png", "ic_comment_24.svg"): time, views, comments,
# the writer, terms, likes, saves, a verified mark, a place.
_META_ICON_FILE = LazyPattern(r"^(?:(?:icons?|ico|ic|i)[-_]?)?(?:clock|time|timer|calendar|date|eye|views?|comments?|bubble"
                              r"|chat|user|person|profile|tags?|folder|category|heart|likes?|bookmark|verified"
                              r"|badge[-_]?check|location|map[-_]?pin|pin|marker|reading|read|hourglass)"
                              r"(?:[-_]?(?:icon|ico|outline|filled|solid|regular|line|o|alt|grey|gray|white|black|small"
                              r"|\d{1,2}(?:px)?))*(?:@\dx)?\.(?:svg|png|gif|webp)$", re.I)


def icon_like(img: Element) -> bool:
    """A picture drawn as an icon: declared tiny, an SVG file, or a file named for a meta line's icon."""
    file = _file_of(img)
    return _tiny(img) or file.endswith(".svg") or bool(_META_ICON_FILE.match(file))


def _tiny(img: Element) -> bool:
    sides = [img.get("width") or "", img.get("height") or ""]
    return all(side.strip().isdecimal() and 0 < int(side) <= _ICON_SIDE for side in sides)


def _meta_icon(el: Element, facts: Facts) -> bool:
    """An uncaptioned picture declared tiny (both sides at most 24 px) or whose file names a
    meta line's icon (_META_ICON_FILE), not all a link holds, in a block of a few words without
    prose: a clock beside "4 min read", a verified mark beside the writer's name. A picture the
    story sets in its sentences sits in prose (an emoji, an inline logo)."""
    if captioned(el) or _alone_in_link(el, facts):
        return False
    if not _tiny(el) and not _META_ICON_FILE.match(_file_of(el)):
        return False
    box = el.getparent()
    while box is not None and box.tag in ("a", "span", "picture", "source", "noscript", "i", "b", "strong", "em"):
        box = box.getparent()
    if box is None or box.tag in _NOT_META_BOXES or facts.text.get(box, 0) > _META_TEXT:
        return False
    return bool(facts.text.get(box, 0)) and not _holds_prose(box, facts, 1)


# Where a tiny picture is the story's own sign: a table's cells and a list's items (a comparison's check marks,
# a feature list's icons), or the story itself.
_NOT_META_BOXES = frozenset({"body", "article", "main", "td", "th", "li", "dd", "dt", "caption"})


def sprite_icon(el: Element) -> Verdict | None:
    """A picture without alt showing one icon of an SVG sprite ("icons.svg#clock")."""
    src = el.get("src") or ""
    if _no_alt(el) and ".svg#" in src.lower():
        return Verdict("nav", "a picture of one icon of an SVG sprite (\"icons.svg#clock\"): the template's icon")
    return None


# How much a box around a brand's mark may say: the brand's name, "Provided by", "In partnership with".
_MARK_TEXT = 80


def _brand_mark(el: Element, facts: Facts) -> bool:
    """A picture whose file or class names it a logo (widgets._named_logo, without the
    SVG rule), not captioned, in a block of a few words and no prose: a publisher's,
    agency's or partner's mark. A logo the story shows is captioned or
    sits in its sentences."""
    from auditor.sources.widgets import own_site

    src = picture_address(el).split("?", 1)[0].rsplit("/", 1)[-1].lower()
    if "logo" not in src and "logo" not in (el.get("class") or "").lower():
        return False
    if captioned(el):
        return False
    link = next(el.iterancestors("a"), None)
    if link is not None and not facts.text.get(link, 0) and not own_site((link.get("href") or "").strip(),
                                                                         facts.site_host):
        return False  # another site's logo, all a link there holds, may be what the story points to
    box = picture_frame(el).getparent()
    while box is not None and box.tag in ("a", "span", "picture", "source"):
        box = box.getparent()  # the nearest block around the mark
    if box is None or box.tag in ("body", "article", "main"):
        return False
    before = box.getprevious()
    if before is not None and before.tag in HEADING_TAGS_ALL:
        return False  # an entry's picture under its heading: "1. Nike", then the brand's logo
    if facts.holds(box, HEADINGS):
        return False  # a card the story compares ("City Bike Share", its price): the entry's logo
    return facts.text.get(box, 0) <= _MARK_TEXT and not _holds_prose(box, facts, 1)


HEADING_TAGS_ALL = ("h1", "h2", "h3", "h4", "h5", "h6")


# An ad slot's label drawn as a picture, the whole file its word in the languages of ad labels.
_AD_LABEL_FILE = LazyPattern(r"^(?:(?:label|txt|text|img)[-_])?(?:advertisement|advertising|advert|anzeige|werbung"
                             r"|publicidad|publicit[ée]|pubblicit[àa]|reklama|reklam|iklan|sponsored|ad[-_]?label"
                             r"|ad[-_]?marker|adchoices)(?:[-_]?(?:label|text|txt|small|grey|gray|white|black|icon"
                             r"|\d{1,3}(?:x\d{1,3})?))*(?:@\dx)?\.(?:svg|png|gif|webp)$", re.I)


# A review's award badge, the whole file named for it (review themes and plugins stamp it by the
# verdict: WP Review's and review newsrooms' "Editors' Choice", "Best pick", "Top pick", "Award";
# German test magazines' "Testsieger", "Kauftipp", "Preis-Leistungs-Sieger"; French "Choix de la
# rédaction", "Coup de cœur"; Spanish, Portuguese, Italian, Dutch, Polish, Turkish editors' picks),
# perhaps with a prefix, a year, a size or a colour. A photo named for its subject ("award-ceremony.jpg",
# "best-buy-store.jpg") says more than the badge's name, and keeps its error.
_AWARD_FILE = LazyPattern(
    r"^(?:(?:badges?|awards?|icons?|ico|img|label|seal)[-_])?"
    r"(?:editors?[-_]?s?[-_]?(?:choice|pick|recommended|award)|(?:best|top|our|staff)[-_]?(?:pick|choice|rated)"
    r"|awards?|badges?|(?:highly[-_]?)?recommended|(?:gold|silver|bronze|platinum)[-_]?(?:award|badge|medal)"
    r"|testsieger|kauftipp|preistipp|preis[-_]?leistungs[-_]?(?:sieger|tipp)|redaktions[-_]?(?:tipp|empfehlung)"
    r"|empfehlung|choix[-_]?(?:de[-_]?la[-_]?)?r[ée]daction|coup[-_]?de[-_]?c(?:oe|œ)ur|eleccion[-_]?del[-_]?editor"
    r"|recomendado|escolha[-_]?do[-_]?editor|scelta[-_]?(?:della[-_]?)?redazione|consigliato|aanrader"
    r"|keuze[-_]?van[-_]?de[-_]?redactie|wybor[-_]?redakcji|editor[uü]n[-_]?se[cç]imi)"
    r"(?:[-_]?(?:badge|award|seal|logo|icon|small|large|big|white|black|gold|silver|\d{2,4}(?:x\d{1,4})?))*"
    r"(?:@\dx)?\.(?:svg|png|gif|webp)$", re.I)


# An award's name, all a badge's box says beside its picture ("Editors' Choice", "Best overall",
# "Staff pick", "Best Buy Award 2024", "Testsieger", "Empfehlung der Redaktion", "Choix de la rédaction").
_AWARD_LABEL = LazyPattern(
    r"^\W*(?:(?:our )?editors?['’]?s?['’]? (?:choice|pick)|(?:staff|top|our|best) pick|best (?:overall|value|budget)"
    r"|(?:[\w-]+ ){0,3}award|award[- ]winner|testsieger|kauftipp|preis-leistungs-sieger|(?:empfehlung|tipp) der redaktion"
    r"|redaktionstipp|choix de la r[ée]daction|coup de c(?:oe|œ)ur|elecci[óo]n del editor|escolha do editor"
    r"|scelta della redazione|keuze van de redactie|wyb[óo]r redakcji|edit[öo]r[üu]n se[çc]imi)(?: \d{4})?\W*$", re.I)
_AWARD_BOX_TEXT = 40


def _labelled_award(el: Element, facts: Facts) -> bool:
    """A small picture (an SVG, or declared at most a face's side) whose box says an award's
    name alone: the badge beside its label. A product's photo beside "Best overall" is large or
    a photo's file, and stays the story's."""
    if not (_file_of(el).endswith(".svg") or _declared_within(el, _FACE_SIDE)):
        return False
    box = el.getparent()
    while box is not None and box.tag in ("picture", "source", "noscript", "a"):
        box = box.getparent()
    if box is None or box.tag in _NOT_META_BOXES or not 0 < facts.text.get(box, 0) <= _AWARD_BOX_TEXT \
            or sum(1 for _ in box.iter("img", "amp-img")) != 1:
        return False
    return bool(_AWARD_LABEL.match(" ".join((box.text_content() or "").split())))


# A picture moved off the screen by its own style or its wrapper's: "position:absolute;left:-9999px",
# "top:-10000px" (tracking pixels and their noscript wrappers).
_OFF_SCREEN = LazyPattern(r"(?:^|;)\s*(?:left|top|right)\s*:\s*-\d{4,}(?:\.\d+)?px", re.I)


def _off_screen(el: Element) -> bool:
    style = el.get("style") or ""
    parent = el.getparent()
    if parent is not None and parent.tag in ("a", "span", "div", "noscript") and parent.get("style"):
        style = f"{style};{parent.get('style')}"
    return "px" in style and bool(_OFF_SCREEN.search(style))


# A row of glyphs says a few words at most beside them: "Rating: 4/5", "We accept".
_GLYPH_TEXT = 80
# The same file shown this many times side by side is a glyph (a rating's star, a divider), never a photo.
_GLYPH_REPEATS = 3
# A rating's star by its file ("star-full.png", "stars-4.svg", "rating_45.gif", "estrella-media.png"),
# in the languages of review themes; alone it must also be declared small or name its state.
_STAR_FILE = LazyPattern(r"^(?:(?:icons?|ico|ic|i|rating)[-_]?)?(?:stars?|rating|ratings|estrellas?|sterne?|[ée]toiles?"
                         r"|stelle|sterren|gwiazdk[aie]|y[ıi]ld[ıi]z)(?:[-_]?(?:full|half|empty|on|off|filled|outline|solid"
                         r"|llena|media|vac[ií]a|voll|halb|leer|pleine|demi|vide|piena|mezza|vuota|yellow|gold|grey|gray"
                         r"|white|black|small|big|icon|\d{1,2}(?:[-_.]\d)?))*(?:@\dx)?\.(?:svg|png|gif|webp)$", re.I)
_STAR_STATE = LazyPattern(r"(?<![a-z])(?:stars?|rating)[-_]?(?:full|half|empty|on|off|filled|outline|\d{1,2})(?![a-z])",
                          re.I)
_GLYPH_SIDE = 40
# Payment marks a shop's or a membership page's footer lines up ("We accept"): card schemes, wallets and
# the bank transfers of European, Latin American and Asian checkouts.
# The whole file names the mark ("visa.svg", "mastercard-logo.png", "pay-klarna_dark@2x.png"): "discover-paris.jpg"
# or "ideal-home.jpg" is a photo.
_PAYMENT_FILE = LazyPattern(r"^(?:(?:icons?|ico|logos?|pay(?:ment)?s?|card)[-_]?)?(?:visa|master-?card|maestro|amex"
                            r"|american[-_]?express|paypal|discover|diners(?:[-_]?club)?|jcb|union-?pay|apple[-_]?pay"
                            r"|google[-_]?pay|g[-_]?pay|samsung[-_]?pay|klarna|sofort|ideal|bancontact|twint|giropay"
                            r"|przelewy24|blik|mercado[-_]?pago|pix|boleto|alipay|wechat[-_]?pay|sepa|mir|rupay|paytm|upi"
                            r"|payu|stripe)(?:[-_]?(?:logo|icon|card|pay|badge|mark|dark|light|white|black|colou?r|mono|grey"
                            r"|gray|\d{1,3}(?:x\d{1,3})?(?:px)?))*(?:@\dx)?\.(?:svg|png|gif|webp)$", re.I)


def _glyph_row(el: Element, facts: Facts) -> str:
    """Why picture ``el`` is a glyph of the template's row (or ""): the same file as two
    others beside it (a rating's stars, a divider's dots), a rating's star by its file,
    or one of two or more payment marks, in a block of a few words without prose, heading
    or caption. A story never shows one photo three times side by side, and the logos it
    compares sit under their entries' headings or in its sentences."""
    if captioned(el):
        return ""
    box = el.getparent()  # not the picture's frame: the row's last glyph, its others gone, would seem framed
    while box is not None and box.tag in ("a", "span", "picture", "source", "noscript", "i"):
        box = box.getparent()
    if box is None or box.tag in ("body", "article", "main") or facts.text.get(box, 0) > _GLYPH_TEXT:
        return ""
    key = ("glyphs", box)
    if key not in facts.boxes:  # once per box, before its first glyph goes: each glyph of the row noted
        facts.boxes[key] = _GLYPHS if _glyph_box(box, facts) and _note_glyphs(box, facts) else None
    found = facts.boxes.get(("glyph", el)) if facts.boxes[key] is _GLYPHS else None
    if found is None:
        return ""
    return found.reason


_GLYPHS = Verdict("promo", "")  # facts.boxes' note on a box of glyphs
# A lazy loader's attributes: its pictures share a stand-in src until a script swaps in their own.
_LAZY_ATTRS = frozenset({"srcset", "data-src", "data-lazy-src", "data-original", "data-srcset", "data-lazy",
                         "data-lazy-srcset", "data-full", "data-large", "data-hi-res"})
_REPEATED = Verdict("promo", "the same picture three times or more side by side: the template's glyph (a rating's "
                             "star, a divider)")
_STAR = Verdict("promo", "a rating's star (its file), in a row of a few words: the rating widget's glyph")
_PAYMENT = Verdict("promo", "one of a row of payment marks (\"We accept\"): the shop's footer, not the story's")


def _note_glyphs(box: Element, facts: Facts) -> bool:
    """Note in facts.boxes each picture of ``box`` that is a glyph of its row (see _glyph_row);
    True when one is."""
    pictures = [img for img in box.iter("img", "amp-img") if not (img.get("alt") or "").strip()]
    addresses = [picture_address(img) for img in pictures]  # whole: a proxy's pictures share their file
    files = [_file_of(img) for img in pictures]
    stars = sum(1 for f in files if _STAR_FILE.search(f))
    payments = sum(1 for f in files if _PAYMENT_FILE.search(f))
    noted = False
    for img, address, file in zip(pictures, addresses, files):
        verdict = None
        if not _LAZY_ATTRS & set(img.attrib) and addresses.count(address) >= _GLYPH_REPEATS:
            verdict = _REPEATED
        elif _STAR_FILE.search(file) and (stars >= 2 or _STAR_STATE.search(file) or _declared_within(img, _GLYPH_SIDE)):
            verdict = _STAR
        elif payments >= 2 and _PAYMENT_FILE.search(file):
            verdict = _PAYMENT
        if verdict is not None and not captioned(img):
            facts.boxes[("glyph", img)] = verdict
            noted = True
    return noted


def _file_of(img: Element) -> str:
    return picture_address(img).split("?", 1)[0].rsplit("/", 1)[-1].lower()


def _glyph_box(box: Element, facts: Facts) -> bool:
    """A box of a few words without prose, caption or titled heading (an empty title slot may be)."""
    if _holds_prose(box, facts, 1) or facts.holds(box, FIGCAPTIONS):
        return False
    return not any((h.text_content() or "").strip() for h in box.iter(*HEADING_TAGS_ALL))


def _declared_within(el: Element, side: int) -> bool:
    sides = [el.get("width") or "", el.get("height") or ""]
    return all(s.strip().isdecimal() and int(s) <= side for s in sides)


# How much a funder's box says: the statement, perhaps the programme's name and a disclaimer line.
_FUNDER_TEXT = 240


def _funder_emblem(el: Element, facts: Facts) -> bool:
    """An uncaptioned picture in a small box without prose or heading whose words are the EU's
    funding statement (vocab.EU_FUNDED): the emblem funded projects must print beside it."""
    if captioned(el):
        return False
    box = picture_frame(el).getparent()
    while box is not None and box.tag in ("a", "span", "picture", "source", "noscript"):
        box = box.getparent()
    if box is None or box.tag in ("body", "article", "main") or not 0 < facts.text.get(box, 0) <= _FUNDER_TEXT:
        return False
    if _holds_prose(box, facts, 1) or facts.holds(box, HEADINGS) or facts.holds(box, IMAGES) > 3:
        return False
    return bool(vocab.EU_FUNDED.search(" ".join((box.text_content() or "").split()).lower()))


# How much a byline says: "By Jane Doe · Updated March 13, 2024, 9:41 a.m."
_BYLINE_TEXT = 100


def _byline_face(el: Element, facts: Facts) -> bool:
    """A face-sized picture in a block of a few words without prose that links a writer's
    page of the site ("/author/jane-doe", "/@jane", "/yazar/…") or opens with a byline
    (vocab.BYLINE_LABEL): a byline's face, which widgets' writer cards miss when the
    byline is a bare <p>."""
    from auditor.sources.widgets import own_site

    if not _face_sized(el):
        return False  # a photo credited to a staff photographer's page is the story's
    box = picture_frame(el).getparent()
    while box is not None and box.tag in ("a", "span", "picture", "source", "noscript"):
        box = box.getparent()
    if box is None or box.tag in ("body", "article", "main") or facts.text.get(box, 0) > _BYLINE_TEXT:
        return False
    if _holds_prose(box, facts, 1) or not (single_picture(box, facts) or _one_beside_icons(box)):
        return False
    if any(vocab.AUTHOR_HREF.match((a.get("href") or "").strip())
           and own_site((a.get("href") or "").strip(), facts.site_host)
           and facts.text.get(a, 0) for a in box.iter("a")):
        return True
    # Without a writer's page: the block opens with a byline ("By Jane Doe", "Yazar: …",
    # "김철수 기자", "作者：…"), no heading or caption in it (a box headed by a name is a
    # profile of the story, a caption credits the story's photo).
    if facts.holds(box, FIGCAPTIONS):
        return False
    text = " ".join((box.text_content() or "").split())
    label = _bare_writer_label(box, text)
    if label is not None:  # "<p>Penulis</p><p>Jane Doe</p>": a heading may be that label alone
        return all(h is label for h in box.iter(*HEADING_TAGS_ALL))
    if facts.holds(box, HEADINGS):
        return False
    return bool(vocab.BYLINE_LABEL.match(text[:60])) or _byline_de(box, text) or _name_and_date(box, text, facts)


# A writer's page in the folders of newsrooms' own templates, read only beside a face with the
# name as the link's words: "/people/jane-doe", Spanish "/equipo/", "/redaccion/", "/firmas/",
# "/periodistas/", Portuguese "/jornalistas/", "/colunistas/", German "/journalisten/", "/by/jane-doe".
_WRITER_FOLDER = LazyPattern(r"^/(?:[a-z]{2}/)?(?:people|equipo|redaccion|redacao|redação|firmas|periodistas|jornalistas"
                             r"|colunistas|autores|journalisten|kolumnisten|redaktion|by)/[^/?#]+/?$", re.I)
# A name in a byline: one to four words, each opening with a capital (or in a script without case).
_NAME = LazyPattern(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁΑ-Ω][\w.'’-]*|[^\W\d_a-zA-Z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]+)"
                    r"(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁΑ-Ω][\w.'’-]*|de|da|do|dos|van|von|der|den|del|di|la|le|bin|al|el"
                    r"|[^\W\d_a-zA-Z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]+)){0,4}$")


def writer_folder_link(link: Element, href: str, facts: Facts) -> bool:
    """True when ``link`` leads to a writer's folder of the newsroom's own site (_WRITER_FOLDER)
    and its words are a name alone ("Jane Doe"): a people carousel's or a byline's link."""
    if not 0 < facts.text.get(link, 0) <= _NAME_CHARS or not _WRITER_FOLDER_WORD.search(href):
        return False  # most links: no name, or no writer's folder in their address
    from auditor.links.urls import page_path
    from auditor.sources.widgets import own_site

    return bool(_WRITER_FOLDER.match(page_path(href))) and own_site(href, facts.site_host) \
        and bool(_NAME.match(" ".join((link.text_content() or "").split())))


# A name is short; the folders of _WRITER_FOLDER, searched in a whole address before it is split.
_NAME_CHARS = 60
_WRITER_FOLDER_WORD = LazyPattern(r"/(?:people|equipo|redaccion|redacao|redação|firmas|periodistas|jornalistas"
                                  r"|colunistas|autores|journalisten|kolumnisten|redaktion|by)/", re.I)


def _one_beside_icons(box: Element) -> bool:
    """True when ``box`` holds one picture besides tiny icons (a verified mark, a clock)."""
    pictures = list(box.iter("img", "amp-img"))
    return 1 < len(pictures) <= 4 and sum(1 for img in pictures if not _tiny(img)) == 1


def _name_and_date(box: Element, text: str, facts: Facts) -> bool:
    """A face beside a name and the story's date: the box's one link is the name and leads to a
    writer's folder of the newsroom's own template (_WRITER_FOLDER), or its words are a name
    and a <time> element (as themes print "<span>Jane Doe</span><time datetime=…>"). A face
    beside a name and a title ("Mayor of Springfield") has no date and stays the story's."""
    from auditor.links.urls import page_path
    from auditor.sources.widgets import own_site

    links = list(box.iter("a"))
    if len(links) == 1:
        href = (links[0].get("href") or "").strip()
        name = " ".join((links[0].text_content() or "").split())
        if _WRITER_FOLDER.match(page_path(href)) and own_site(href, facts.site_host) and _NAME.match(name):
            return True
    times = list(box.iter("time"))
    if len(times) > 1:
        return False
    if not times:  # the date as words: "Jane Doe · March 13, 2024 · 4 min read", "Jana Schmidt 13.03.2024, 10:42 Uhr"
        spaced = " ".join(" ".join(box.itertext()).split())  # "<span>Jana Schmidt</span><span>Aktualisiert…": apart
        rest, dated = _WRITTEN_DATE.subn(" ", spaced)
        # The name, perhaps a role, between separators: "Jane Doe · Staff Writer · March 13, 2024".
        pieces = (" ".join(piece.translate(_SEPARATORS_AS_SPACES).split()) for piece in rest.split(","))
        return bool(dated) and bool(_NAME.match(", ".join(piece for piece in pieces if piece)))
    when = " ".join((times[0].text_content() or "").split())
    rest = text.replace(when, "", 1).strip(_NAME_SEPARATORS) if when else text
    return bool(rest) and bool(_NAME.match(rest))


_NAME_SEPARATORS = " ,·|-–—•/"
_SEPARATORS_AS_SPACES = str.maketrans({c: " " for c in "·|–—•/"})
# A story's date or time written out beside a byline's name, as themes and live blogs print it without a
# <time> element (Newspaper/tagDiv's "td-post-date" span, Jannah's "date meta-item", live blogs' "10:42" or
# "12 minutes ago"), perhaps after its label ("Updated", "Publicado", "Aktualisiert") and with a reading time
# ("4 min read"): a numeric date ("13.03.2024", "2024-03-13", "2024年3月13日", "2024. 3. 13."), a day and a month
# word and a year ("13 March 2024", "March 13, 2024", "13 de marzo de 2024"), a clock time ("10:42", "9.41 a.m.",
# "14h30", "10:42 Uhr"), a time ago in the languages of news sites. Separators between them are read as the name's.
_DATE_LABELS = (r"updated|published|posted|last updated|aktualisiert|veröffentlicht|actualizado|publicado|atualizado"
                r"|mis à jour|publié|modifié|aggiornato|pubblicato|bijgewerkt|gepubliceerd|güncellendi|güncelleme|yayınlandı"
                r"|cập nhật|diperbarui|dipublikasikan|zaktualizowano|opublikowano|обновлено|опубликовано|on|le|am|el|em|il|op"
                r"|at|um|à|às|alle|om|a las")
_CLOCK = (r"\d{1,2}[:.h]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?|uhr|hs|hrs|h)(?![\w]))?"
          r"(?:\s*(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|MEZ|MESZ|IST|JST|KST|AEST|AEDT)(?![\w]))?")
_AGO_UNITS = (r"s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?|months?")
_WRITTEN_DATE = LazyPattern(
    rf"(?:\b(?:{_DATE_LABELS})\s*:?\s*)?"
    r"(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\.?"
    r"|\d{1,2}(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?[^\W\d_]{3,10}\.?,?\s+(?:de\s+)?\d{4}"
    r"|[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    rf"|{_CLOCK}"
    rf"|\d{{1,3}}\s*(?:{_AGO_UNITS})\.?\s+ago|vor\s+\d{{1,3}}\s+(?:sekunden|minuten|min\.?|stunden|std\.?|tagen)"
    r"|il y a\s+\d{1,3}\s*(?:min\w*|heures?|h|jours?)|hace\s+\d{1,3}\s*(?:min\w*|horas?|h|días?)"
    r"|há\s+\d{1,3}\s*(?:min\w*|horas?|h|dias?)|\d{1,3}\s+(?:minuti|ore|giorni)\s+fa"
    r"|\d{1,3}\s+(?:minuten|uur|dagen)\s+geleden|\d{1,3}\s+(?:dakika|saat|gün)\s+önce|\d{1,3}\s+(?:phút|giờ|ngày)\s+trước"
    r"|\d{1,3}\s+(?:menit|jam|hari)\s+(?:yang\s+)?lalu|\d{1,3}\s+(?:minut|godzin|dni)\w*\s+temu"
    r"|\d{1,3}\s+(?:минут|час|дн|день|дня)\w*\s+назад|\d{1,3}\s*(?:分|時間|日|分钟|小时|天)前|\d{1,3}\s*(?:분|시간|일)\s*전"
    r"|\d{1,3}\s*min(?:ute)?s?\.?\s+(?:read|de lectura|de lecture|de leitura|di lettura|lesezeit|leestijd|okuma|czytania)"
    r"|(?:lesezeit|lectura|leestijd|lesedauer)\s*:?\s*\d{1,3}\s*min\.?"
    r"|\d{1,2}\s?(?:h|hr|hrs|min|d)\.?)(?![\w])", re.I)  # (the last: a feed's short time ago, "2h", "5 min")


# What may follow a writer's bare label in their box: the name, perhaps a date.
_NAME_AFTER_LABEL = 60


def _bare_writer_label(box: Element, text: str) -> Element | None:
    """The element whose whole text is a writer's label without a colon ("Penulis", "Yazar",
    "Tác giả", "Autor", "Redakcja": vocab.WRITER_WORD) opening ``box``, when what follows it is
    a short name (and perhaps a date): the label over the name in a writer's box. A label
    glued to words of its own ("Autor des Buches …") is none."""
    for node in box.iterdescendants():
        if not isinstance(node.tag, str) or node.tag in ("img", "amp-img", "picture", "source", "noscript", "svg"):
            continue
        own = " ".join((node.text_content() or "").split())
        if not own or own == text:
            continue  # a wrapper of the label and the name: its children hold the label
        if not text.startswith(own) or not vocab.WRITER_WORD.fullmatch(own):
            return None
        rest = text[len(own):].strip(" :：·|-–—")
        return node if 0 < len(rest) <= _NAME_AFTER_LABEL and len(rest.split()) <= 8 else None
    return None


def _byline_de(box: Element, text: str) -> bool:
    """A Spanish or Portuguese byline "de María López" (vocab.BYLINE_DE) opening the box in an
    element the template names its byline (a class word of the writer's, itemprop or rel
    "author"): "de" alone opens too many lines to be read anywhere else."""
    if not vocab.BYLINE_DE.match(text):
        return False
    for node in box.iterdescendants():
        if not isinstance(node.tag, str) or not text.startswith(" ".join((node.text_content() or "").split()) or "\0"):
            continue
        if node.get("itemprop") == "author" or node.get("rel") == "author" or named_kind(node) == "author":
            return True
    return False


# WordPress core's comment walker (wp-includes/class-walker-comment.php) writes each comment as
# "<li id='comment-12'>" around "<article id='div-comment-12'>", its reply link as "?replytocom=12#respond",
# whatever the theme's classes; other CMSs' threads name their items "comment-12" too.
_COMMENT_ID = LazyPattern(r"^(?:div-)?comment-\d+$")
# How far up a face's comment item is looked for: the avatar's wrapper, the author line, the item.
_COMMENT_DEPTH = 4


def _commenter_face(el: Element, facts: Facts) -> bool:
    """A face-sized picture inside a comment item of the CMS's thread: an ancestor whose id is
    a comment's ("comment-12", "div-comment-12") or, a comment's few words, that holds the
    comment's reply link."""
    if not _face_sized(el) or captioned(el):
        return False
    for depth, box in enumerate(el.iterancestors()):
        if depth >= _COMMENT_DEPTH:
            return False
        if _COMMENT_ID.match(box.get("id") or ""):
            return True
        if box.tag in ("body", "article", "main") or facts.text.get(box, 0) > _COMMENT_TEXT:
            return False
        if any("replytocom=" in (a.get("href") or "") for a in box.iter("a")):
            return True
    return False


# A comment says a few lines; a box saying more is no comment item.
_COMMENT_TEXT = 1500
# How far into a comment item its name and time ago are read.
_ITEM_HEAD = 60
# A time ago, as comment systems date their items ("2 hours ago", "vor 2 Stunden", "il y a 3 jours", "2h").
_TIME_AGO = LazyPattern(r"\b(?:\d{1,3}\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?"
                        r"|years?)\.?\s+ago|vor\s+\d{1,3}\s+\w+|il y a\s+\d{1,3}\s+\w+|hace\s+\d{1,3}\s+\w+"
                        r"|há\s+\d{1,3}\s+\w+|\d{1,3}\s+\w+\s+(?:fa|geleden|önce|trước|lalu|temu|назад|sedan|siden)"
                        r"|\d{1,3}\s*(?:分|時間|日|分钟|小时|天)前|\d{1,3}\s*(?:분|시간|일)\s*전|\d{1,2}\s?[hdw])(?!\w)", re.I)


def _thread_face(el: Element, facts: Facts) -> bool:
    """An uncaptioned picture opening an item of a thread: its box (a few levels up) says a
    comment's few lines, opens with a name and a time ago ("Pat · 2 hours ago", "Sam vor 3
    Stunden") right after the picture, and has a sibling of its tag and class holding a picture
    too (the next comment). A comment system's markup whatever its vendor's names, without
    declared sizes or an avatar's folder; a live blog dates its entries by the clock."""
    if captioned(el) or el.get("srcset") or el.get("data-srcset") or _declared_over(el, _FACE_SIDE):
        return False  # a photo: responsive sizes, or declared larger than a face
    box = picture_frame(el).getparent()
    for _ in range(_COMMENT_DEPTH - 1):
        while box is not None and box.tag in ("a", "span", "picture", "source", "noscript"):
            box = box.getparent()
        if box is None or box.tag in ("body", "article", "main") or facts.text.get(box, 0) > _COMMENT_TEXT:
            return False
        words = " ".join(" ".join(box.itertext()).split())[:_ITEM_HEAD]
        ago = _TIME_AGO.search(words)
        if ago is not None and _NAME.match(words[:ago.start()].strip(" ·|-–—,")) and _repeated_item(box, facts):
            return True
        box = box.getparent()
    return False


# A face's largest declared side (see _face_sized).
_FACE_SIDE = 150


def _declared_over(el: Element, side: int) -> bool:
    return any(s.strip().isdecimal() and int(s) > side for s in (el.get("width") or "", el.get("height") or ""))


def _repeated_item(box: Element, facts: Facts) -> bool:
    """True when a sibling of ``box`` has its tag and class and holds a picture."""
    for sib in (box.getnext(), box.getprevious()):
        if sib is not None and sib.tag == box.tag and sib.get("class") == box.get("class") and facts.holds(sib, IMAGES):
            return True
    return False


# (and a writer's by other names and languages: "/reporter/", "/journalist/", "/columnist/",
# Turkish "/yazar/", Indonesian "/penulis/", "/wartawan/", "/autor/", "/avtor/")
_FACE_PATH = LazyPattern(r"avatar|author|gravatar|profile|headshot|byline|mugshot|reporter|journalist|columnist|yazar"
                        r"|penulis|wartawan|autor|avtor", re.I)
# Words without one of which _FACE_PATH cannot match (a search was ~12 µs an address).
FACE_PATH_NEEDLES = ("avatar", "author", "profile", "headshot", "byline", "mugshot", "reporter", "journalist",
                     "columnist", "yazar", "penulis", "wartawan", "autor", "avtor")


def _face_sized(el: Element) -> bool:
    """A face's size: both sides declared at most 150 px, or an address naming an avatar
    or an author's picture."""
    sides = [el.get("width") or "", el.get("height") or ""]
    if all(side.strip().isdecimal() and int(side) <= 150 for side in sides):
        return True
    address = picture_address(el)
    lowered = lower_as_re_i(address)
    return any(n in lowered for n in FACE_PATH_NEEDLES) and bool(_FACE_PATH.search(address))


# The folders a CMS serves its theme's or plugins' own files from: the template's icons,
# arrows, banners and buttons, never a writer's upload (WordPress's "/wp-content/uploads/",
# Drupal's "/sites/default/files/" are): WordPress, Drupal 7 and 8+, Joomla's templates.
_THEME_PATH = LazyPattern(r"/(?:wp-content/(?:themes|plugins|mu-plugins)|wp-includes/images|sites/[^/]+/themes"
                         r"|themes/(?:custom|contrib)|templates/[^/]+/(?:images|img|assets|icons))/", re.I)


def _theme_asset(img: Element) -> bool:
    """True when every address the picture has is in a theme folder: a theme's lazy
    placeholder ("/wp-content/themes/…/holder.png") before a writer's upload in data-src
    is the writer's picture."""
    addresses = [v for k, v in img.attrib.items() if (k == "src" or k.endswith(("src", "srcset", "original")))
                 and "/" in v and not v.lstrip().startswith("data:")]
    return bool(addresses) and all(_THEME_PATH.search(a) for a in addresses)


# A folder of the template's icons: "/static/icons/clock.svg", "/img/weather/icons/sunny.png",
# "/assets/ico/…", "/glyphs/…", "/sprites/…"; a writer's upload ("/uploads/2024/03/app-icon.png") is none.
_ICON_FOLDER = LazyPattern(r"/(?:icons?|ico|glyphs|sprites?)/", re.I)


def _site_icon(el: Element, facts: Facts) -> bool:
    """A picture the site serves from its icons' folder (see _ICON_FOLDER), on its own host:
    an icon of the template (a clock beside "5 min read", a weather symbol, an info sign)."""
    from auditor.links.urls import path_of
    from auditor.sources.widgets import own_site

    src = picture_address(el).strip()
    return "ico" in src.lower() and bool(_ICON_FOLDER.search(path_of(src))) and own_site(src, facts.site_host)


# A lightbox's control icon laid over a photo: "zoom.png", "icon-expand.svg", "btn_fullscreen.png",
# "magnifier.gif", German "lupe.png"; its class "zoom-icon", "icon-enlarge".
_ZOOM_ICON_FILE = LazyPattern(r"(?:^|/)(?:(?:icons?|ico|btn|button)[-_]?)?(?:zoom(?:[-_]?in)?|magnif\w*|expand|enlarge"
                             r"|full[-_]?screen|lupe)(?:[-_]?(?:button|btn|icon|ico|white|black|small|\d+x?))*(?:@\dx)?"
                             r"\.(?:svg|png|gif|webp)(?:[?#]|$)", re.I)
_ZOOM_WORDS = frozenset({"zoom", "zoomin", "magnify", "magnifier", "expand", "enlarge", "fullscreen", "lupe"})


def _zoom_icon(el: Element) -> bool:
    """A picture that is a lightbox's zoom or full-screen icon (see _ZOOM_ICON_FILE), or
    whose class pairs such a word with icon or button."""
    from auditor.links.urls import path_of

    if _ZOOM_ICON_FILE.search(path_of(picture_address(el))):
        return True
    words = word_set(el)
    return bool(words & _ZOOM_WORDS and words & {"icon", "ico", "btn", "button", "overlay"})


# A site's icon: the favicon file or a favicon service (Google's "s2/favicons", DuckDuckGo's
# "ip3", gstatic's "faviconV2", Yandex's), as link previews and source lines show beside a link.
_FAVICON = LazyPattern(r"(?:^|/)(?:favicon|apple-touch-icon)[\w.-]*\.(?:ico|png|svg|gif)(?:[?#]|$)"
                      r"|//(?:www\.)?google\.[a-z.]+/s2/favicons|//icons\.duckduckgo\.com/ip[23]/"
                      r"|//t\d\.gstatic\.com/faviconV2|//favicon\.yandex\.net/", re.I)


def _favicon(el: Element) -> bool:
    src = picture_address(el).lower()
    return ("fav" in src or "icon" in src) and bool(_FAVICON.search(src))


# The publisher's page on a news aggregator a reader follows it on: Google News's publication
# page or short link ("news.google.com/publications/CAAq…", "/s/CBIw…"), Google's "preferred
# source" button ("google.com/preferences/source?q=…"), Flipboard's profile ("flipboard.com/@…"),
# Naver's press channel and Kakao's channel (Korean publishers' "구독" banners), Dzen's channel
# (Russian publishers' "Подписывайтесь на наш канал в Дзен"), Apple News's channel ("apple.news/T…";
# a story is "apple.news/A…"), MSN's source page,
# SmartNews's publisher page, an OK.ru group.
_FOLLOW_HREF = LazyPattern(r"^(?:https?:)?//(?:news\.google\.[a-z.]+/(?:publications|s)/|(?:www\.)?google\.[a-z.]+"
                          r"/preferences/source|flipboard\.com/@|media\.naver\.com/(?:press|channel)/|pf\.kakao\.com/"
                          r"|(?:www\.)?dzen\.ru/[\w.-]+/?(?:[?#]|$)|zen\.yandex\.ru/[\w.-]+/?(?:[?#]|$)|apple\.news/T"
                          r"|(?:www\.)?msn\.com/[\w-]+/channel/source/|(?:www\.)?smartnews\.com/[\w-]+/publisher/"
                          r"|(?:www\.)?ok\.ru/group/)", re.I)


# Each of _FOLLOW_HREF's hosts holds one: most links hold none, and skip the search.
_FOLLOW_NEEDLES = ("google", "flipboard", "naver", "kakao", "dzen", "zen.yandex", "apple.news", "msn.com", "smartnews",
                   "ok.ru")


def _follow_badge(href: str, link: Element, facts: Facts) -> bool:
    """A link holding pictures and a few words at most to the publisher's page on a news
    aggregator ("Follow us on Google News", "Segui su Google News"): the site's follow
    badge, in any language."""
    if not any(host in href for host in _FOLLOW_NEEDLES) or not _FOLLOW_HREF.match(href):
        return False
    return facts.text.get(link, 0) <= 40


# Words of its own a paragraph needs around a badge for the badge to be the writer's.
_SAID_WORDS = 3


def _said_in_paragraph(link: Element, facts: Facts) -> bool:
    """True when ``link`` sits in a paragraph with words of its own outside links ("Listen
    to our podcast: [badge]"): the writer put it in the story, so its link is the story's
    and an unnamed one is the editor's to fix; a paragraph, row or box of bare badges is
    the template's."""
    para = link.getparent()
    if para is None or para.tag != "p" or facts.text.get(para, 0) - facts.link_text.get(para, 0) <= 0:
        return False
    own = (para.text or "") + "".join(child.tail or "" for child in para)
    return len(own.split()) >= _SAID_WORDS


# Podcast apps' show and episode pages: Apple Podcasts, Spotify, Google Podcasts, Overcast,
# Pocket Casts, Castbox, Amazon Music, iHeart, Stitcher, Deezer, Podbean, Player FM, YouTube Music.
_PODCAST_APP = LazyPattern(r"^(?:https?:)?//(?:[\w-]+\.)*(?:podcasts\.apple\.com|itunes\.apple\.com/[\w-]+/podcast"
                          r"|open\.spotify\.com/(?:show|episode)|podcasts\.google\.com|google\.com/podcasts"
                          r"|overcast\.fm|pca\.st"
                          r"|pocketcasts\.com|castbox\.fm|music\.amazon\.[a-z.]+/podcasts|iheart\.com/podcast"
                          r"|stitcher\.com|deezer\.com/(?:[a-z]{2}/)?show|podbean\.com|player\.fm"
                          r"|music\.youtube\.com/playlist)", re.I)
# A badge's file, not a show's cover art: a vector file, or a name saying badge, button, logo
# or the call ("listen-on-apple-podcasts.svg", "spotify_badge.png", "available-on-google-podcasts.png").
_BADGE_FILE = LazyPattern(r"badge|button|btn|logo|icon|listen|subscribe|available|\.svg(?:[?#]|$)", re.I)


_ROW = Verdict("social", "")  # facts.boxes' note on a box linking two podcast apps or more


def _podcast_row(link: Element, facts: Facts) -> bool:
    """True when a small box around ``link`` (two levels up at most) links two podcast apps
    or more: a row of "Listen on" badges, not a show's cover art linking to its one app."""
    from auditor.links.urls import site_of

    box = link.getparent()
    for _ in range(2):
        if box is None or box.tag in ("body", "article", "main") or facts.text.get(box, 0) > _MARK_TEXT:
            return False
        key = ("podcast-row", box)
        if key not in facts.boxes:  # once per box, before its first badge goes
            apps = {site_of(h) for a in box.iter("a") for h in [(a.get("href") or "").strip()] if _PODCAST_APP.match(h)}
            facts.boxes[key] = _ROW if len(apps) >= 2 else None
        if facts.boxes[key] is _ROW:
            return True
        box = box.getparent()
    return False


def _badge_file(img: Element) -> bool:
    from auditor.links.urls import path_of

    name = path_of(picture_address(img)).rsplit("/", 1)[-1]
    return bool(name) and bool(_BADGE_FILE.search(name))


def _home_page(href: str, facts: Facts) -> bool:
    from auditor.links.urls import path_of
    from auditor.sources.widgets import own_site

    return path_of(href) in ("", "/", "/index.html", "/index.htm", "/index.php") and own_site(href, facts.site_host)


# A blocked embed's placeholder says little: a sentence of consent and a button.
_BLOCKER_TEXT = 220
# What a consent tool's placeholder says: the platform whose embed it holds back, a word of
# consent or privacy, and the click it asks for, in the languages of the tools (Borlabs
# Cookie's "Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube",
# "En chargeant la vidéo, vous acceptez…", "Caricando il video, accetti l'informativa…", Embed
# Privacy's "Klicken Sie hier, um Inhalte von YouTube anzuzeigen"), read lower-cased.
_EMBED_PLATFORM = LazyPattern(r"youtube|vimeo|instagram|twitter|facebook|tiktok|spotify|soundcloud|dailymotion|google maps"
                             r"|datawrapper|podigee|flourish")
_CONSENT_WORD = LazyPattern(r"privacy|datenschutz|confidentialit|privacidad|privacidade|privacybeleid|informativa|integritet"
                           r"|personvern|tietosuoja|prywatno|конфиденциальн|cookie|consent|zustimm|einwillig|akzeptier"
                           r"|\bacc?ept|\bacept|\baccett|\baceit|akkoord|\bagree|inhalte? (?:von|anzeigen)|externe"
                           # the same in the languages of the other tools' translations: Polish, Russian,
                           # Turkish, Indonesian, Vietnamese, Arabic, Hindi, Japanese, Chinese, Korean
                           r"|akceptuj|zgod|согласи|приня|разреш|kabul|çerez|gizlilik|setuju|menyetujui|persetujuan"
                           r"|privasi|terima|đồng ý|chấp nhận|quyền riêng tư|قبول|موافق|خصوصية"
                           r"|स्वीकार|同意|プライバシー|隐私|隱私|동의|개인정보|쿠키")
_LOAD_ASK = LazyPattern(r"\b(?:(?:nach)?laden|load(?:ing)?|anzuzeigen|anzeigen|charg(?:er|eant)|cargar|cargando"
                       r"|carica(?:ndo|re)?"
                       r"|carregar|carregando|laad|te laden|entsperren|unblock|débloquer|desbloquear|sblocca|display"
                       r"|afficher|mostrar|visualizza(?:re)?|tonen|click|klick|cliquez|haz clic|clicca|clique|view"
                       r"|załaduj|wyświetl|kliknij|загрузить|показать|нажмите|yükle|göster|tıkla(?:yın)?|muat|tampilkan"
                       r"|klik)\b"
                       # words written without spaces or ending in a vowel sign, found anywhere
                       r"|tải|hiển thị|nhấp|تحميل|عرض|انقر|लोड|देखें|क्लिक|表示|読み込|クリック|加载|載入|显示|顯示|点击|點擊"
                       r"|로드|표시|클릭|불러오")


def blocked_embed(box: Element, facts: Facts) -> Verdict | None:
    """A small box of one picture, no heading and no caption, whose few words name a
    platform, speak of consent or privacy, and ask for a click or a load: a consent tool's
    placeholder for a blocked embed, its picture the embed's preview."""
    if not 0 < facts.text.get(box, 0) <= _BLOCKER_TEXT or not single_picture(box, facts) or facts.holds(box, HEADINGS) \
            or facts.holds(box, FIGCAPTIONS) or "caption" in (box.get("class") or "").lower():
        return None
    text = (box.text_content() or "").lower()
    platform = _EMBED_PLATFORM.search(text)
    if platform is None or _CONSENT_WORD.search(text) is None or _LOAD_ASK.search(text) is None:
        return None
    return Verdict("cookie", f"a placeholder asking to load {platform.group(0)!r}: a consent tool's, its preview no picture")


# Shared with overlays, which asks these rules between its own.
def _no_alt(img: Element) -> bool:
    return not (img.get("alt") or "").strip()


def _alone_in_link(el: Element, facts: Facts) -> bool:
    """True when ``el`` is all a link holds: dropped alone, it would leave an empty link."""
    link = next((a for a in el.iterancestors("a")), None)
    return link is not None and not facts.text.get(link, 0) and single_picture(link, facts)


def picture_frame(el: Element) -> Element:
    """The outermost box around picture ``el`` that holds nothing else: a theme's ratio box or
    wrapper ("<div class='media__wrap'><div class='ratio-16x9'><img>"), a <picture> and its
    <source> (libxml2 nests the <img> in it), beside a lazy picture's <noscript> copy at most.
    The rules reading what sits beside a picture start from it, as if the frames were not
    there. A link, a figure, a paragraph or a list item is never a frame: the rules read them."""
    frame = el
    box = el.getparent()
    while box is not None and box.tag not in _NOT_FRAMES and _holds_only(box, frame):
        frame, box = box, box.getparent()
    return frame


_NOT_FRAMES = frozenset({"a", "figure", "p", "li", "body", "article", "main", "section", "header", "footer", "aside",
                         "nav", "td", "th", "blockquote"})


def _holds_only(box: Element, child: Element) -> bool:
    """True when ``box`` holds ``child`` and nothing else but <noscript> copies, no words."""
    if (box.text or "").strip():
        return False
    for node in box:
        if (node.tail or "").strip():
            return False
        if node is not child and isinstance(node.tag, str) and node.tag != "noscript":
            return False
    return True


def single_picture(box: Element, facts: Facts) -> bool:
    """True when ``box`` holds one picture, its <noscript> copy not counted: a lazy loader's
    "<img data-src><noscript><img src></noscript>" is one picture, as the walk reports it
    (images.noscript_twin), and a teaser's or byline's box holding it is still a box of one."""
    held = facts.holds(box, IMAGES)
    if held <= 1:
        return held == 1  # the common answer, without the import below
    from auditor.sources.html.images import count_images  # the html package imports the judge, which imports this

    return held <= 4 and count_images(box, 2) == 1


