"""Is this element article or site chrome? The decision, element by element, with the
rule that made it, so ``auditor check --explain-body`` can show why.

Judged by structure and semantics, in this order:

1. **hidden**: the ``hidden`` attribute, ``display:none`` / ``visibility:hidden`` (on the
   element, or by the page's own ``<style>`` on one of its classes or its id, on every
   screen: :mod:`auditor.sources.page_css`), hiding utility classes, ``aria-hidden`` boxes
   with no prose: a reader never sees it.
2. **tag / role**: ``nav``, ``aside``, ``form``, ``footer``; AMP's ad, recommendation,
   consent, menu and share components; ARIA landmarks that are not the main content;
   modal dialogs.
3. **link purpose**: links that post the page to a network (share endpoints), text-less
   links to a social profile (icons), a feed or a sign-up page, links that are buttons
   (``href="#"`` with a control's name: "Close gallery", "Next photo", "Continue
   reading"), the page's tools written as script links (print, e-mail, text size,
   "인쇄하기", "A+", arrows) and a player's controls, unless set inside a sentence of the
   story's prose ("read <a href="javascript:…">the full report</a> here"), a picture link to a home page (the
   logo), to a donation page (an appeal) or to a writer's page (the byline's face); short
   links outside the sentences to a writer's page, "Follow", comment counts, a section's
   name right above the headline. A script link around the story's picture (a
   lightbox) loses its tag only: the picture stays. A picture an avatar service serves.
   A picture-only link serving the page: a language switch's flag, a pager's arrow, the print
   or PDF version, a print service, a feed typed as one, a category's or tag's icon (declared
   small, or beside another link to a term), a breadcrumb's first step whose next link goes
   deeper into its section; a picture link the template marks rel="prev"/"next" (the post
   navigation); its AMP version, its comments' anchor (an icon), a reader's bookmark or gift
   page; a picture link carrying the site's own address in its query ("e-mail this", a
   translation service). A text-less link to the site's search page without a query (the
   header's magnifier); a script link showing a control's icon file ("close.png"); a tool's
   icon beside its own text link; a text-less link beside a link with words to the same page
   in a box of links (a teaser's CSS thumbnail), or beside its heading holding that link; a
   picture-only link beside its title's link to another page of the site, no words of the
   story around them, when the body links so to two pages at most (a related story's card
   without a heading); a print endpoint's folder before an item's number ("/wprm_print/123").
   An empty heading in a small box of a widget's content (a reading, a poll's shares, a
   countdown, a quiz's step, a review's score, icons, a form, a player, links to the site):
   its unfilled title slot.
4. **names**: class / id / test-id / component / ``itemprop`` / ``rel`` words in many
   languages (share, social, author, byline, related, comments, ads, pop-ups,
   donations, disclaimers…; :mod:`chrome_vocabulary`); a schema.org Person item of the
   template, a schema.org BreadcrumbList; a logo before or after the story's prose.
   **media players** by structure: a schema.org VideoObject, a class naming a player's
   part ("video-poster", "video-thumbnail"), a picture beside the player's own message
   ("Media playback is unsupported on your device") or its running time ("02:14").
5. **labels**: a box or paragraph headed "Related", "Lesen Sie auch", "Leia também",
   "関連記事", "Most viewed"… whose text is mostly links (or is the label alone over
   picture-only links to the site's pages), or the links right after such a
   label; a small box opening "Presented by" around a linked logo (a sponsor), "About
   the author" around a picture (the writer's box), or a form under "newsletter" /
   "subscribe" words (a sign-up box).
6. **repeated templates**: a strip of three or more text-less linked pictures
   (gallery thumbnails, unless they open themselves larger: the story's gallery); a
   grid of three or more link cards with pictures outside the run of the article's
   prose (next-post and related teasers); a lone link card (picture and heading) to
   another page of the site inside it; after it, a lone link around a picture and a short
   title in a <p>, <span> or <div> to another page of the site (a theme's "read next"), and
   inside it too as a block of its own when the body links so to two pages at most; a
   numbered rail (an <ol>, or rows opening with their rank) of three or more picture-and-title
   links to different pages of the site, no words of its own, unless as many as the headline
   counts (a "most read" list without its heading);
   a box whose first child is, whole, a singular rail label ("Recomendamos") over picture
   links to the site's pages; an embedded slideshow with a title of its own unrelated to
   the headline.

7. **widgets** set into the story by vendors and CMS templates (:mod:`auditor.sources.widgets`),
   by what they hold, serve or say: a box whose first line is an ad label ("Anzeige", "Publicidad") or a
   partner's label over a logo; a shop's logo beside products and their prices; pictures
   of ad servers and video platforms; media elements, player frames, play buttons and
   clip ids beside a still (unless captioned: then the story shows it); boxes named by
   aria-label, schema.org Comment items, fixed overlays, pop-up scripts' boxes; consent
   placeholders; the publisher's appeals (a picture beside a "Donate"/"Jetzt abonnieren"
   button to its own site or a donation service, a close button and words of giving);
   app-store badges offering the site's app. Buttons and frames are gone by then:
   ``drop_invisible`` notes what they did on their box (``widgets.mark_button``).

Whatever the rule, an element holding the headline or 40 % of the body's text is the
article and stays (a player or pop-up kept so still loses its picture); so do a roundup's
entries, three or more like boxes each a title over its own text, however they are
tagged or classed (an ``<aside>`` or a "sponsored" box per product: :mod:`auditor.sources.entries`).
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult

from lxml.etree import iterwalk

from auditor.links.urls import page_path, site_of
from auditor.sources import chrome_vocabulary as vocab
from auditor.sources.chrome_facts import (EMBEDS, picture_rail, Element, FIGCAPTIONS, FIGURES, FORMS, Facts, HEADINGS,
                                          IMAGES, LINKS, PICTURES, SVGS, TAG_KINDS,
                                          _COUNT_MASK, _IMAGE_FILE, _LOGO_WORDS, _MIN_CARDS, _MIN_REPEATS,
                                          _NAMED_CAP, _PLAYER_TEXT, _PROSE_CHARS, _SMALL_TAGS,
                                          _CARD_LABEL_CHARS, _SPONSOR_TEXT, _by_name, _by_tag_or_role, _card_href,
                                          _holds_content_picture, _holds_prose, _in_prose, _is_picture,
                                          captioned, site_host, word_set, picture_address)
# Re-exported: the parser and the walker read these from the judge.
from auditor.sources.chrome_facts import HEADING_TAGS as HEADING_TAGS, Verdict as Verdict
from auditor.sources.reading_widgets import empty_title_slot
from auditor.sources.template_pictures import icon_like, single_picture
from auditor.sources.text_furniture import text_furniture
from auditor.sources.widgets import _custom_player, named_widget, own_site, widget
from auditor.text.lazyre import LazyPattern, lower_as_re_i


def judge(el: Element, facts: Facts) -> Verdict | None:
    """Why ``el`` is site chrome, or None when it may be article content."""
    if not isinstance(el.tag, str):
        return None
    if not el.attrib:
        return _judge_bare(el, facts)
    if not facts.contents.get(el, 0) & _PICTURES_OR_FORMS and el.tag != "a":
        return _judge_plain(el, facts)
    return (_hidden(el, facts) or _by_tag_or_role(el) or _by_link_purpose(el, facts) or _avatar(el)
            or _by_name(el, facts) or _media_player(el, facts) or _logo(el, facts) or _by_label(el, facts)
            or _sponsor(el, facts) or _signup_box(el, facts) or _author_box(el, facts)
            or _by_template(el, facts) or _header_above_headline(el, facts)
            or _empty_template_link(el, facts) or widget(el, facts))


def _judge_plain(el: Element, facts: Facts) -> Verdict | None:
    """``judge`` for an element with attributes but without a picture or a form, not a
    link (half of the others): the rules told by a link's address, a picture or a form
    (avatar, logo, sponsor, sign-up, writer's box, templates, the widgets' pictures)
    cannot tell it, the others run in the same order."""
    return (_hidden(el, facts) or _by_tag_or_role(el) or _by_name(el, facts) or _media_player(el, facts)
            or _by_label(el, facts) or _header_above_headline(el, facts) or named_widget(el, facts)
            or _empty_heading(el, facts))


def _judge_bare(el: Element, facts: Facts) -> Verdict | None:
    """``judge`` for an element without attributes (half of those judged): the rules that
    read only attributes or class names (hidden, avatar, names, logo, header) cannot
    tell it, the others run in the same order."""
    tag = el.tag
    if tag in ("p", "li"):  # the bulk of any page: only a label can tell
        return _by_label(el, facts)
    if tag in HEADING_TAGS and not facts.text.get(el, 0):
        return _by_label(el, facts) or empty_title_slot(el, facts)
    if not facts.contents.get(el, 0) & _PICTURES_OR_FORMS and tag not in _BARE_TOLD_BY_TAG \
            and not _custom_player(tag):
        # Nor can it tell any other element without a picture or a form (the other rules
        # read pictures, forms, links' addresses or the tag of a landmark or a player).
        return _by_label(el, facts)
    return (_by_tag_or_role(el) or _by_link_purpose(el, facts) or _media_player(el, facts)
            or _by_label(el, facts) or _sponsor(el, facts) or _signup_box(el, facts) or _author_box(el, facts)
            or _by_template(el, facts) or _empty_template_link(el, facts) or widget(el, facts))


def _empty_heading(el: Element, facts: Facts) -> Verdict | None:
    """An empty heading a widget's template left unfilled (reading_widgets.empty_title_slot)."""
    if el.tag in HEADING_TAGS and not facts.text.get(el, 0):
        return empty_title_slot(el, facts)
    return None


# An element holds a picture, an image or a form (see Facts.holds): its counts' bits.
_PICTURES_OR_FORMS = (_COUNT_MASK << PICTURES) | (_COUNT_MASK << IMAGES) | (_COUNT_MASK << FORMS)
# Tags the rules tell without attributes: landmarks, links, players.
_BARE_TOLD_BY_TAG = frozenset(TAG_KINDS) | {"header", "a", "video", "audio", "video-js"}


def _hidden(el: Element, facts: Facts) -> Verdict | None:
    verdict = _hidden_state(el, facts.hidden_names)
    # Slides a script reveals one at a time are hidden too: prose inside is the
    # article (a 30-slide listicle), so only boxes without prose are dropped, and
    # hidden copies of words shown beside them (a code highlighter's plain copy for
    # "copy code", a carousel's cloned slide): read twice, seen once.
    if verdict is None or _holds_prose(el, facts, 1) and not _copy_of_shown(el, facts):
        return None
    return verdict


def _copy_of_shown(el: Element, facts: Facts) -> bool:
    """True when the words of hidden ``el`` are also shown in its parent or grandparent
    (asked only of hidden boxes that hold prose: rare)."""
    box = el.getparent()
    if box is None:
        return False
    # The grandparent's words hold the parent's (and every copy in them): asking it alone
    # answers for both, reading the words once.
    box = box.getparent() if box.getparent() is not None else box
    words = " ".join((el.text_content() or "").split())
    return facts.words_now(box).count(words) >= 2


def _hidden_state(el: Element, hidden_names: frozenset[str] = frozenset()) -> Verdict | None:
    if el.get("hidden") is not None:
        return Verdict("hidden", "hidden attribute")
    style = el.get("style")
    if style and vocab.HIDDEN_STYLE.search(style):
        return Verdict("hidden", f"style {style.strip()[:40]!r}")
    hiding = _hiding_class(el.get("class") or "")
    if hiding:
        return Verdict("hidden", f"class {hiding!r}")
    if hidden_names and not (style and ("display" in style or "visibility" in style)):
        # The page's own stylesheet hides its class or id on every screen (page_css);
        # a display set on the element itself wins over it.
        named = _styled_hidden(el, hidden_names)
        if named:
            return Verdict("hidden", f"the page's stylesheet hides {named!r}")
    if (el.get("aria-hidden") or "").strip().lower() == "true" and el.tag not in ("img", "amp-img") \
            and not _number_badge(el):
        return Verdict("hidden", "aria-hidden, no prose")
    return None


_BADGE_NUMBER = LazyPattern(r"#?\d{1,3}\.?")


def _number_badge(el: Element) -> bool:
    """An entry's number drawn beside its heading and hidden from screen readers only (``<span
    class="count" aria-hidden="true">3</span><h2>Lisbon</h2>``, as themes keep a heading's
    accessible name free of the number): every sighted reader sees it."""
    nxt = el.getnext()
    if nxt is None or not isinstance(nxt.tag, str) or len(el) > 1:
        return False
    if nxt.tag not in HEADING_TAGS and not (len(nxt) and nxt[0].tag in HEADING_TAGS and not (nxt.text or "").strip()):
        return False
    return _BADGE_NUMBER.fullmatch("".join(el.itertext()).strip()) is not None


def _styled_hidden(el: Element, hidden_names: frozenset[str]) -> str:
    """The ``.class`` or ``#id`` of ``el`` the page's stylesheet hides, or ""."""
    ident = el.get("id")
    if ident and f"#{ident}" in hidden_names:
        return f"#{ident}"
    return next((f".{c}" for c in (el.get("class") or "").split() if f".{c}" in hidden_names), "")


_HIDING: dict[str, str] = {}


def _hiding_class(classes: str) -> str:
    """The class that hides an element of ``classes`` ("" when none does), once per
    distinct class attribute (bounded like _NAMED)."""
    found = _HIDING.get(classes)
    if found is None:
        tokens = classes.split()
        hiding = {t.lower() for t in tokens} & vocab.HIDDEN_CLASSES
        found = sorted(hiding)[0] if hiding and not any(vocab.SHOWN_AT_BREAKPOINT.match(t) for t in tokens) else ""
        if len(_HIDING) >= _NAMED_CAP:
            _HIDING.clear()
        _HIDING[classes] = found
    return found


# Words without one of which vocab.AVATAR_SRC cannot match (a search was ~5 µs an address).
AVATAR_SRC_NEEDLES = ("gravatar", "/avatar", "profile_images", "disquscdn")


def _avatar(el: Element) -> Verdict | None:
    """A picture an avatar service serves: a writer's or commenter's face in the byline."""
    if el.tag not in ("img", "amp-img"):
        return None
    src = picture_address(el)
    lowered = lower_as_re_i(src)
    if not any(needle in lowered for needle in AVATAR_SRC_NEEDLES):
        return None
    return Verdict("author", "an avatar's picture") if vocab.AVATAR_SRC.search(src) else None


def _by_link_purpose(el: Element, facts: Facts) -> Verdict | None:
    # Complexity ~17 on purpose: one rule per purpose a link can serve (share, social icon,
    # control, anchor, sign-up, logo), tried in order; each is one readable condition.
    if el.tag != "a":
        return None
    href = (el.get("href") or "").strip()
    if _shares(href):
        return Verdict("share", "link posts the page to a network")
    textless = facts.text.get(el, 0) == 0
    if facts.text.get(el, 0) <= 40:
        label = " ".join(f"{facts.words(el)} {el.get('aria-label') or ''}".split())
        if label and len(label.split()) <= 5 and len(label) <= 40 and _share_label(label):
            return Verdict("share", f"link named {label[:30]!r}")
    if textless and vocab.SOCIAL_HOST.match(href) and not _in_prose(el, facts):
        # Inside a sentence it is the writer's link left empty ("said Jo <a…></a>").
        return Verdict("social", "text-less link to a social network")
    if textless and href.startswith("#") and len(href) > 1 and not el.get("aria-label") \
            and not facts.holds(el, IMAGES):
        return Verdict("control", "text-less in-page link (an icon: back to top, open menu)")
    if textless and vocab.TOP_FRAGMENT.match(href):
        return Verdict("control", "text-less link back to the top of the page")
    if textless and vocab.SIGNUP_HREF.search(href):
        return Verdict("newsletter", "text-less button to sign up or subscribe")
    if textless and vocab.DONATE_HREF.search(href):
        return Verdict("donate", "text-less link to a donation page: the publisher's appeal")
    if textless and (facts.holds(el, IMAGES) or facts.holds(el, SVGS)) and _home_of(href) \
            and (_home_of(href) == facts.site_host or vocab.HOME_LABEL.search(_picture_link_name(el))):
        return Verdict("header", "picture link to the site's home page: its logo")
    if textless and vocab.AUTHOR_HREF.match(href) and facts.holds(el, IMAGES):
        return Verdict("author", "picture link to a writer's page: the byline's avatar")
    if textless and facts.holds(el, IMAGES) and not _in_prose(el, facts):
        page_link = _page_tool(el, href, facts)
        if page_link is not None:
            return page_link
    if textless and _search_page(href, facts) and not _in_prose(el, facts):
        # Its icon a picture, an inline SVG (gone by now with the other drawings) or an icon font's <i>.
        return Verdict("control", "a text-less link to the site's search page, no query: the header's search icon")
    if vocab.BROWSER_ACTION_HREF.match(href):
        return Verdict("control", "link runs a browser action (back, print, close)")
    if _post_navigation(el, href, facts):
        return Verdict("nav", "a picture link the template marks rel=prev/next: the post navigation's")
    if textless and facts.holds(el, IMAGES) and _icon_of_next_link(el, href):
        return Verdict("control", "a tool's icon linking where the text link beside it goes (\"Email to a friend\")")
    if textless and not facts.holds(el, IMAGES) and _twin_with_words(el, href, facts):
        return Verdict("nav", "a text-less link (a CSS thumbnail or icon) beside a link with words to the same page: "
                              "a teaser's or a tool's, the link with words names it")
    if textless and facts.holds(el, IMAGES) == 1 and _card_picture(el, href, facts):
        return Verdict("related", "a picture link beside its title's link to another page of the site, no words of "
                                  "the story around them: a related story's card")
    if not textless and facts.text.get(el, 0) <= _TEMPLATE_LINK_CHARS and not _in_prose(el, facts):
        verdict = _template_link(el, href, facts)
        if verdict is not None:
            return verdict
    if el.get("href") is None and textless and (el.get("name") or el.get("id")):
        return Verdict("anchor", "named anchor, not a link")
    if href in ("", "#") or href.lower().startswith("javascript:"):
        return _script_link(el, href, facts)
    return None


def _post_navigation(el: Element, href: str, facts: Facts) -> bool:
    """A link holding a picture that the template marks as the previous or next page of the
    site (WordPress's previous_post_link/next_post_link and paged posts write rel="prev"/"next"),
    outside the story's sentences: the post navigation's thumbnail, never a writer's link."""
    rel = el.get("rel")
    if not rel or not {"prev", "next", "previous"} & set(rel.lower().split()) or not facts.holds(el, IMAGES):
        return False
    return bool(href) and own_site(href, facts.site_host) and not _in_prose(el, facts)


# The site's search page, as the header's magnifier links it: a last folder naming a search in the languages
# of news sites ("/search/", "/suche", "/buscar", "/recherche", "/cerca", "/zoeken", "/arama", "/szukaj",
# "/tim-kiem", "/cari", "/поиск", "/検索"), or WordPress's "/?s=" and other engines' empty query ("?q=").
_SEARCH_FOLDERS = frozenset({"search", "suche", "buscar", "busca", "pesquisa", "recherche", "rechercher", "cerca",
                             "ricerca", "zoeken", "sok", "sök", "søg", "haku", "arama", "ara", "szukaj", "wyszukiwanie",
                             "hledat", "vyhledavani", "keresés", "kereses", "cautare", "căutare", "tim-kiem", "timkiem",
                             "cari", "pencarian", "поиск", "пошук", "αναζήτηση", "検索", "搜索", "搜尋", "검색", "بحث",
                             "جستجو", "חיפוש", "khoj", "खोज"})
_EMPTY_SEARCH = LazyPattern(r"^(?:s|q|query|search|keyword|keywords|k|term|suche|busca|recherche)=?$", re.I)


def _search_page(href: str, facts: Facts) -> bool:
    """A link to the site's own search page without a query (see _SEARCH_FOLDERS)."""
    from urllib.parse import unquote, urlsplit

    if not href or href.startswith(("#", "mailto:", "javascript:")) or not own_site(href, facts.site_host):
        return False
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    folders = [part for part in unquote(parts.path).lower().split("/") if part]
    if folders and folders[-1] in _SEARCH_FOLDERS:
        return not parts.query or bool(_EMPTY_SEARCH.match(parts.query))
    return not folders and bool(parts.query) and bool(_EMPTY_SEARCH.match(parts.query))


# A pager's parameter and its page number: "?page=3", "?paged=2", "?seite=2", "?pagina=2", "?strona=2"
# (not WordPress' "?p=123": a post's own address).
_PAGER_QUERY = LazyPattern(r"(?:^|&)(?:page|pg|paged|pagina|página|seite|strona|sayfa|halaman|trang|stranica)=\d{1,3}(?:&|$)",
                           re.I)
# A pager's path: "/page/3/", "/seite/2/"; or a page number after the story's slug ("/bike-lanes-approved/2/",
# WordPress' <!--nextpage--> pages).
_PAGER_PATH = LazyPattern(r"/(?:page|seite|pagina|strona|sayfa|halaman)/\d{1,3}/?$|/(?=[\w%-]*[a-z])[\w%]+-[\w%-]+/\d{1,2}/?$", re.I)
# The page's print version: "?print=1", "?view=print", "&output=print", or a last folder "/print/".
_PRINT_QUERY = LazyPattern(r"(?:^|&)(?:print|printable|printer|imprimir|imprimer|drucken|stampa)(?:=|&|$)"
                           r"|(?:^|&)(?:view|format|output|mode|layout|action|template|type)=(?:print|printable)(?:&|$)", re.I)
_PRINT_FOLDERS = frozenset({"print", "printable", "drucken", "druckversion", "imprimir", "imprimer", "stampa"})


def _print_folder(folder: str) -> bool:
    """A print endpoint's folder before an item's number: "/print/123" (Drupal's print module),
    recipe plugins' "/wprm_print/123", "/tasty-recipes-print/123"."""
    return folder in _PRINT_FOLDERS or folder.endswith(("_print", "-print"))
# The root of one of the site's language editions: "/en/", "/pt-br/", "/zh-hans".
_LANGUAGE_ROOT = LazyPattern(r"^/[a-z]{2}(?:[-_][a-z]{2,4})?/?$", re.I)


# A tool's function called from a link's onclick: print, text size, bookmark, read aloud (not
# TOOL_CODE's bare words: an onclick's "showThumbnail(3)" holds "mail", "zoomImage" opens a photo).
_TOOL_CALL = LazyPattern(r"(?:^|[\s;.(])(?:print\w*|font_?size\w*|text_?size\w*|(?:in|de)crease_?font\w*|change_?font\w*"
                         r"|resize_?(?:text|font)?|set_?size|zoom_?text"
                         r"|bookmark\w*|add_?to_?favou?rites?|speak\w*|speech\w*|read_?aloud\w*)\s*\(", re.I)


def _label_beside(el: Element, facts: Facts) -> str:
    """The words of a short box holding a text-less link and its label and no other link
    ("<div><a href='#'><img></a><span>Guardar</span></div>"), else ""."""
    box = el.getparent()
    if box is None or not 0 < facts.text.get(box, 0) <= _CONTROL_NAME_CHARS or sum(1 for _ in box.iter("a")) != 1:
        return ""
    return " ".join((box.text_content() or "").split())


def _page_tool(el: Element, href: str, facts: Facts) -> Verdict | None:
    """A picture-only link serving the page rather than the story: a language switch's flag
    (``hreflang``, which no writer types, or the root of a language edition, "/de/"), an
    arrow to another page of a paged story or listing ("?page=3", "/page/3/", "/slug/2/"),
    the page's print version ("?print=1", "/print/")."""
    from urllib.parse import urlsplit

    if el.get("hreflang"):
        return Verdict("nav", "picture link to the page in another language: a language switch")
    if (el.get("type") or "").strip().lower() in _FEED_TYPES:
        return Verdict("social", "picture link typed as the site's feed (RSS, Atom): its feed icon")
    if _PRINT_SERVICE.match(href):
        return Verdict("control", "picture link to a print or PDF service for the page: a toolbar's icon")
    if not href or href.startswith(("#", "mailto:", "javascript:")):
        return None
    try:
        parts = urlsplit(href)
    except ValueError:
        return None
    if facts.site_host and _ADDRESS_VALUE.search(parts.query) and _carries_site_address(parts.query, facts.site_host):
        return Verdict("control", "a picture link carrying the site's own address in its query: a tool for the page "
                                  "(e-mail it, print it, translate it)")
    if not own_site(href, facts.site_host):
        return None
    path = parts.path or "/"
    if _LANGUAGE_ROOT.match(path):
        return Verdict("nav", "picture link to a language edition's home: a language switch")
    if _PAGER_QUERY.search(parts.query) or _PAGER_PATH.search(path):
        return Verdict("control", "picture link to another page of a paged story or listing: its pager")
    folders = [part.lower() for part in path.split("/") if part]
    if _PRINT_QUERY.search(parts.query) or folders and folders[-1] in _PRINT_FOLDERS \
            or len(folders) > 1 and folders[-1].isdigit() and _print_folder(folders[-2]):
        return Verdict("control", "picture link to the page's print version: a toolbar's icon")
    version = _page_version(el, parts, folders)
    if version is not None:
        return version
    if (_TERM_PATH.search(path) or _TERM_QUERY.search(parts.query)) and _term_icon(el, facts):
        return Verdict("nav", "a small picture linking a category or tag page: the term's icon in the post's meta")
    if _trail_icon(el, path, facts):
        return Verdict("breadcrumb", "a picture link to a section whose next link goes deeper into it: a breadcrumb's icon")
    return None


def _page_version(el: Element, parts: SplitResult, folders: list[str]) -> Verdict | None:
    """A picture link (of ``_page_tool``, to the site's own pages) to a version or a part of a
    page: its PDF or AMP version, its comments (an icon: a photo linking the comments is the
    story's), a reader's tool (bookmarks, a gift link, the account)."""
    if _PDF_QUERY.search(parts.query) or folders and folders[-1] == "pdf":
        return Verdict("control", "picture link to the page's PDF version: a toolbar's icon")
    if folders and folders[-1] == "amp" or _AMP_QUERY.search(parts.query):
        return Verdict("control", "picture link to the page's AMP version: a toolbar's icon")
    if _COMMENTS_FRAGMENT.match(parts.fragment) and all(icon_like(img) for img in el.iter("img", "amp-img")):
        return Verdict("comments", "picture link to the comments of a page (\"#comments\"): the meta line's count icon")
    if set(folders) & _READER_TOOL_FOLDERS:
        return Verdict("control", "picture link to a reader's tool of the site (bookmarks, a gift link, the account)")
    if folders and folders[0] in _SERVICE_FOLDERS and all(icon_like(img) for img in el.iter("img", "amp-img")):
        return Verdict("nav", "an icon linking a service page of the site (contact, log-in, cart, help): its header's")
    return None


# The site's service pages a header's or footer's icons link, in the languages of news sites.
_SERVICE_FOLDERS = frozenset({"contact", "contact-us", "kontakt", "contacto", "contatti", "contato", "contacts", "login",
                              "signin", "sign-in", "log-in", "anmelden", "connexion", "iniciar-sesion", "accedi", "entrar",
                              "logowanie", "giris", "cart", "basket", "warenkorb", "panier", "carrito", "carrello",
                              "notifications", "benachrichtigungen", "user", "users", "settings", "einstellungen",
                              "help", "hilfe", "aide", "ayuda", "aiuto", "ajuda", "faq", "impressum", "imprint"})


# A query's value that is a web address: "?url=https%3A%2F%2F…", "&u=https://…" (an "e-mail this", a print or
# a translation service's link to the page it serves).
_ADDRESS_VALUE = LazyPattern(r"(?:^|&)(?:url|u|link|href|uri|page|pageurl|page_url|article|address)"
                             r"=(?:https?(?::|%3a)(?://|%2f%2f)|www\.|www%2e)", re.I)


def _carries_site_address(query: str, site_host: str) -> bool:
    """True when one of ``query``'s values is an address on the site's own host."""
    from urllib.parse import parse_qsl

    return any(own_site(value.strip(), site_host) for name, value in parse_qsl(query)
               if name.lower() in _ADDRESS_NAMES and value.lower().startswith(("http:", "https:", "www.")))


# The parameters a tool's link names the page by (not a tracker's "canon", "referrer" or "redirect_url").
_ADDRESS_NAMES = frozenset({"url", "u", "link", "href", "uri", "page", "pageurl", "page_url", "article", "address"})


def _twin_with_words(el: Element, href: str, facts: Facts) -> bool:
    """True when the link right beside ``el`` (its next or previous sibling) goes to ``href``
    too and has words, in a box of little else than links: a teaser's thumbnail painted by
    CSS, or an icon font's link, repeating its title's link. An editor's empty link beside
    another sits in the words of a sentence."""
    parent = el.getparent()
    if not href or href.startswith(("#", "javascript:")) or parent is None \
            or facts.text.get(parent, 0) - facts.link_text.get(parent, 0) > _TWIN_BOX_WORDS:
        return False
    for sib in (el.getnext(), el.getprevious()):
        if sib is not None and sib.tag in _TITLE_HOLDERS and facts.text.get(sib, 0) \
                and facts.link_text.get(sib, 0) == facts.text.get(sib, 0):
            links = list(sib.iter("a"))  # the title's link in its own heading or paragraph
            sib = links[0] if len(links) == 1 else None
        if sib is not None and sib.tag == "a" and (sib.get("href") or "").strip() == href \
                and (sib.text_content() or "").strip():
            return True
    return False


# What holds a card's title's link beside its thumbnail's: "<a class=thumb></a><h3><a>…</a></h3>".
_TITLE_HOLDERS = frozenset({"h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong"})


# What a teaser's box says outside its links: a date, a count ("13/03/2024", "12 comments").
_TWIN_BOX_WORDS = 20
def _words_besides_links(box: Element) -> bool:
    """True when ``box`` says words of letters outside its links (a date in figures does not)."""
    return any(any(c.isalpha() for c in piece) for piece in box.xpath("descendant-or-self::text()[not(ancestor::a)]"))


# How far up from a card's picture link its box is looked for (the card, its wrapper, a figure).
_CARD_DEPTH = 3


def _card_picture(el: Element, href: str, facts: Facts) -> bool:
    """True when picture-only link ``el`` leads to another page of the site and, in its card's
    box (a few levels up, no prose, little else than links to that page), a link to the same
    page has a title's words, and the body links so to one or two pages at most: a "related
    story" card (Jetpack's inline related post, a theme's "read also" block without a label).
    The story's photo linking another story has no title's link beside it; a roundup's items
    link three pages or more so."""
    if not _site_page(el, facts) or _IMAGE_FILE.search(href.split("?", 1)[0]):
        return False
    target = href.rstrip("/")
    box = el.getparent()
    for _ in range(_CARD_DEPTH):
        if box is None or box.tag in ("body", "article", "main", "p") or _holds_prose(box, facts, 1) \
                or facts.text.get(box, 0) - facts.link_text.get(box, 0) > _TWIN_BOX_WORDS:
            return False
        if facts.text.get(box, 0) > facts.link_text.get(box, 0) and _words_besides_links(box):
            return False  # a label of its own ("Meer foto's", a section's name): not told apart from the story's
        titles = [a for a in box.iter("a") if a is not el and facts.text.get(a, 0)]
        if titles:
            return all((a.get("href") or "").strip().rstrip("/") == target for a in titles) \
                and any(len((a.text_content() or "").split()) >= 3 and facts.text.get(a, 0) <= _CARD_TITLE_CHARS
                        for a in titles) and not _shows_its_picture(box) and facts.lone_titled_links()
        box = box.getparent()
    return False


# A title naming what the picture previews (a map, a graphic, a gallery) or asking to view it:
# the picture is the story's content, linked to its full view ("Map: Flow of foreign fighters …
# View Graphic", a lead photo over "Fotostrecke: 9 Bilder", its gallery). Video teasers are told apart by the player rules.
_PREVIEW_TITLE = LazyPattern(
    r"^\W*(?:map|graphic|chart|infographic|interactive|photos?|(?:photo )?gallery|slideshow|karte|grafik|infografik"
    r"|bilder|fotostrecke|bilderstrecke|bildergalerie|fotogalerie|fotogaler[íi]a|fotogalleria|galleria fotografica"
    r"|fotos?|galerie|mapa|gr[áa]fico|infograf[íi]a|galer[íi]a|carte|graphique|infographie|diaporama|mappa|grafico"
    r"|infografica|kaart|grafiek|wykres|harita|grafik|peta|bản đồ)\s*:"
    r"|\b(?:view|see|open|explore) (?:the )?(?:graphic|map|chart|gallery|photos|interactive|full size|larger)\b"
    r"|\b(?:grafik|karte|galerie) (?:ansehen|öffnen)\b|\bver (?:el )?(?:gr[áa]fico|mapa|galer[íi]a)\b"
    r"|\bvoir (?:la )?(?:carte|galerie|infographie)\b", re.I)


def _shows_its_picture(box: Element) -> bool:
    """True when ``box`` (a card-like box of links) is a picture of the story linked to its full
    view: its words say a credit ("Foto: Reuters": a caption) or name what the picture previews
    (_PREVIEW_TITLE), or a link of it carries an image file besides its address (a lightbox's
    "data-img", "data-full")."""
    from auditor.text import credits

    words = " ".join((box.text_content() or "").split())
    if _PREVIEW_TITLE.search(words) or credits.ANY().search(words):
        return True
    return any(name != "href" and _IMAGE_FILE.search(value.split("?", 1)[0])
               for a in box.iter("a") for name, value in a.items())


def _icon_of_next_link(el: Element, href: str) -> bool:
    """A picture-only link whose pictures' files name a tool or a control (_CONTROL_FILE)
    and whose address the next link beside it, with words, repeats: the icon of that link
    ("<a href=…><img src=email.gif></a> <a href=…>Email to a friend</a>")."""
    if not href or href == "#" or href.startswith("#!"):
        return False  # a part of the page ("#recipe": "Jump to Recipe") is a destination; "#" none
    nxt = el.getnext()
    if nxt is None or nxt.tag != "a" or (nxt.get("href") or "").strip() != href \
            or not (nxt.text_content() or "").strip():
        return False
    return all(_CONTROL_FILE.match(picture_address(img).split("?", 1)[0].rsplit("/", 1)[-1])
               for img in el.iter("img", "amp-img"))


# The page's AMP version: "?amp", "?amp=1", "?outputType=amp" (its "/amp/" folder read apart).
_AMP_QUERY = LazyPattern(r"(?:^|&)(?:amp(?:=1|=true)?|output_?type=amp)(?:&|$)", re.I)
# The comments' anchor of a page, as themes and comment systems name it.
_COMMENTS_FRAGMENT = LazyPattern(r"^(?:comments?|respond|reply|disqus_thread|comments?-section|comment-form|kommentare"
                                 r"|comentarios|commentaires|commenti|reacties|komentarze|yorumlar|komentar)$", re.I)
# A reader's tools on the site: saving the story, gifting it, the reader's account and lists.
_READER_TOOL_FOLDERS = frozenset({"bookmark", "bookmarks", "favorites", "favourites", "gift", "gift-article",
                                  "readinglist", "reading-list", "watchlist", "merkliste", "merken", "favoritos",
                                  "guardados", "favoris", "preferiti", "account", "my-account", "myaccount"})


# A breadcrumb trail says little: a few sections' names and the story's title.
_TRAIL_TEXT = 200
# What stands between a trail's steps: "›", "»", ">", "/", "|", "→", "·", chevrons.
_TRAIL_SEPARATORS = frozenset("›»>/|→·•⟩❯")


def _trail_icon(link: Element, path: str, facts: Facts) -> bool:
    """True when picture-only ``link`` goes to a section ("/news/") and the next link in its
    small box goes deeper into that section ("/news/local/") past a separator: the first step
    of a breadcrumb trail drawn as an icon, whatever the trail's class."""
    if path in ("", "/") or not path.endswith("/") and "." in path.rsplit("/", 1)[-1]:
        return False
    box = link.getparent()
    while box is not None and box.tag in ("li", "span"):
        box = box.getparent()
    if box is None or box.tag in ("body", "article", "main") or facts.text.get(box, 0) > _TRAIL_TEXT \
            or _holds_prose(box, facts, 1):
        return False
    links = list(box.iter("a"))
    at = next((i for i, a in enumerate(links) if a is link), -1)
    if at < 0 or at + 1 >= len(links):
        return False
    deeper = page_path((links[at + 1].get("href") or "").strip())
    section = path.rstrip("/") + "/"
    return deeper.startswith(section) and len(deeper) > len(section) \
        and any(ch in _TRAIL_SEPARATORS for ch in " ".join(box.itertext()))


# A feed's link typed as feeds' <link>s are ("<a type='application/rss+xml'>", as WordPress' RSS widget
# and Drupal's feed icon write it).
_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/feed+json"})
# Services that print the page or make a PDF of it from its address (PrintFriendly's button, PDFcrowd's
# "Save as PDF" link, Print What You Like).
_PRINT_SERVICE = LazyPattern(r"^(?:https?:)?//(?:www\.)?(?:printfriendly\.com/print|pdfcrowd\.com/url_to_pdf"
                             r"|printwhatyoulike\.com/print|pdfmyurl\.com)", re.I)
# The page as a PDF: "?format=pdf", "?output=pdf", "?pdf=1" (print plugins' PDF buttons), or a last folder "/pdf/"
# (a file "report.pdf" is a document the story links, never matched).
_PDF_QUERY = LazyPattern(r"(?:^|&)(?:(?:view|format|output|mode|action|type|export)=pdf|pdf=(?:1|true|yes))(?:&|$)", re.I)
# A category's or tag's archive page, in the folder names CMSs give them (WordPress "/category/…", "/tag/…",
# Drupal "/taxonomy/term/…", Ghost "/tag/…", news CMSs' "/topic/…", "/tema/…", "/thema/…", "/rubrique/…",
# "/rubrik/…", "/etiqueta/…", "/kategori/…", "/etiket/…", "/chu-de/…", "/temat/…"), with a term after the folder,
# or WordPress' plain "?cat=3", "?tag=bikes".
_TERM_PATH = LazyPattern(r"/(?:category|categories|tags?|topics?|taxonomy/term|temas?|thema|themen|rubriques?|rubri[kc]"
                         r"|rubriken|rubriche|rubrica|etiquetas?|categorias?|kategorie|kategorien|kategori|kategoria"
                         r"|etiket|konu|topik|chu-de|chuyen-muc|temat|tematy|onderwerp|aihe|teemat?)/[^/?#]+/?$", re.I)
_TERM_QUERY = LazyPattern(r"(?:^|&)(?:cat|tag)=[\w-]+(?:&|$)", re.I)
# The most a term's icon declares on a side: a thumbnail (WordPress' 150 px), never a story's photo.
_TERM_ICON_SIDE = 150


def _term_icon(link: Element, facts: Facts) -> bool:
    """True when the pictures of a link to a category or tag page are its icon: declared no
    larger than a thumbnail (the Taxonomy Images plugin's default size, a theme's category
    badge), or beside another link to such a page in the same box (the term's name, a list of
    terms), and uncaptioned. A story's photo linking a tag page is large, or captioned."""
    pictures = list(link.iter("img", "amp-img"))
    if not pictures or any(captioned(img) for img in pictures):
        return False
    sides = [img.get(side) or "" for img in pictures for side in ("width", "height")]
    if any(side.strip().isdecimal() and int(side) > _TERM_ICON_SIDE for side in sides):
        return False
    if all(side.strip().isdecimal() for side in sides):
        return True
    box = link.getparent()
    if box is not None and box.tag == "li":
        box = box.getparent()
    return box is not None and any(
        other is not link and _TERM_PATH.search(page_path((other.get("href") or "").strip()))
        for other in box.iter("a"))


# The ASCII words SHARE_LABEL's alternatives need (lower case): an ASCII label holding
# none of them cannot match, and most links' labels are distinct ASCII words.
_SHARE_NEEDLES = ("share", "teilen", "partager", "compartir", "compartilhar", "compartilhe", "condividi", "delen",
                  "dela", "bagikan", "tweet", "pin it", "inshare")


def _share_label(label: str) -> bool:
    """vocab.SHARE_LABEL.search(label), skipping the search (~4.5 µs) when an ASCII label
    holds none of its words."""
    if label.isascii():
        lowered = label.lower()
        if not any(needle in lowered for needle in _SHARE_NEEDLES):
            return False
    return vocab.SHARE_LABEL.search(label) is not None


_SHARES: dict[str, bool] = {}


def _shares(href: str) -> bool:
    """Whether ``href`` posts the page to a network, once per distinct link (the
    pattern tries two dozen alternatives at every character of it)."""
    found = _SHARES.get(href)
    if found is None:
        if len(_SHARES) >= _NAMED_CAP:
            _SHARES.clear()
        found = _SHARES[href] = _share_href(href)
    return found


# Lower-case ASCII strings without one of which none of SHARE_HREF's alternatives can
# match an ASCII link (each alternative holds one): most links' hrefs are distinct and
# hold none, and the search costs ~10 µs a link, the test ~2 µs.
SHARE_HREF_NEEDLES = (
    "facebook.com/", "twitter.com/", "x.com/", "pinterest.", "linkedin.com/", "reddit.com/submit", "tumblr.com/",
    "plus.google.com/share", "api.whatsapp.com/send", "whatsapp:", "wa.me/?", ".me/share", "vk.com/share", "line.me",
    "getpocket.com/", "flipboard.com/bookmarklet", "weibo.com/share", "b.hatena.ne.jp/", "connect.ok.ru",
    "digg.com/submit", "addtoany.com/", "addthis.com/bookmark", "xing.com/", "mailto:?", "sms:?",
    "band.us/plugin/share", "connect.qq.com/widget/share", "story.kakao.com/s", "share.naver.com/", "viber://forward",
    "technorati.com/faves", "feedburner.google.com/fb/a/mailverify",
)


def _share_href(href: str) -> bool:
    if href.isascii():
        lowered = href.lower()
        if not any(needle in lowered for needle in SHARE_HREF_NEEDLES):
            return False
    return vocab.SHARE_HREF.search(href) is not None


# A section's name is a word or three ("Local News", "Wide Angle"); a credit is not.
_KICKER_WORDS = 3
# The template's own links are short: a writer's name, "Follow", "2 comments", "Local".
_TEMPLATE_LINK_CHARS = 40


# Attributes a share script reads the network from: sharer.js's data-sharer, ShareThis'
# data-network, Shariff's and many themes' data-share / data-social / data-service /
# data-platform, WhatsApp's data-action="share/whatsapp/share".
_SHARE_ATTRS = ("data-share", "data-sharer", "data-network", "data-social", "data-service", "data-platform",
                "data-share-network", "data-share-to", "data-action")
_NETWORKS = frozenset({"facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "email",
                       "mail", "line", "vk", "vkontakte", "ok", "odnoklassniki", "weibo", "wechat", "qq", "kakao",
                       "kakaotalk", "kakaostory", "naver", "band", "tumblr", "pocket", "flipboard", "xing", "viber",
                       "messenger", "bluesky", "threads", "mastodon", "sms", "hatena", "zalo"})


def _share_target(el: Element) -> bool:
    """True when a link's data, or its item's when the item holds it alone, names the network
    a share script posts the page to (``data-sharer="facebook"``, ``<li data-share="x"><a
    href="#">``, ``data-action="share/whatsapp/share"``)."""
    parent = el.getparent()
    for node in (el, parent):
        if node is None or node is parent and sum(1 for _ in node.iter("a")) != 1:
            break
        for name in _SHARE_ATTRS:
            value = (node.get(name) or "").strip().lower()
            if value and (value in _NETWORKS or name == "data-action" and value.startswith("share/")):
                return True
    return False


def _template_link(el: Element, href: str, facts: Facts) -> Verdict | None:
    """A short link outside the story's sentences that serves the template: the
    writer's name linking to their page (a byline), a "Follow" button, a comment
    count, the site's own sign-up button ("Subscribe now"), or a section's name set
    right above the headline (a kicker)."""
    name = facts.words(el)
    if vocab.AUTHOR_HREF.match(href) and not vocab.SOCIAL_HOST.match(href):  # not "tiktok.com/@show"
        return Verdict("author", "a writer's name linking to their page, outside the text: the byline")
    if vocab.FOLLOW_LABEL.match(name):
        return Verdict("social", f"link named {name[:30]!r}")
    if vocab.COMMENT_COUNT.match(name) or vocab.COMMENT_NUMBER.match(name) and vocab.COMMENTS_HREF.search(href):
        return Verdict("comments", "a count of comments")
    if vocab.SIGNUP_HREF.search(href) and ("//" not in href or site_of(href) == facts.site_host):
        return Verdict("newsletter", f"the site's own sign-up button {name[:30]!r}")
    if len(name.split()) <= _KICKER_WORDS and ":" not in name and facts.h1 is not None \
            and _right_above(el, facts.h1, facts):
        return Verdict("breadcrumb", "a section's name linked right above the headline")
    return None


def _right_above(el: Element, h1: Element, facts: Facts) -> bool:
    """True when ``el`` (or the box holding nothing else) is the element right before ``h1``."""
    box = el
    parent = el.getparent()
    if parent is not None and parent.tag not in ("body", "article", "header", "main") \
            and facts.text.get(parent, 0) == facts.text.get(el, 0):
        box = parent
    nxt = box.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    return nxt is h1


# A control's name is short: "Print", "自动播放开关", "A+"; a sentence is not.
_CONTROL_NAME_CHARS = 24


def _script_link(el: Element, href: str, facts: Facts) -> Verdict | None:
    """A link that goes nowhere (``#``, ``javascript:``) serving the page rather than the
    story: a control by its name, its class or its code, a tool (print, e-mail, text
    size), a share pop-up, a part of a media player, or an empty script handle."""
    textless = facts.text.get(el, 0) == 0
    if textless and (_holds_content_picture(el) or next(el.iterancestors("figure"), None) is not None) \
            and facts.holds(el, IMAGES):
        return Verdict("control", "script link around the story's picture (a lightbox): the picture stays",
                       unwrap=True)
    if _in_sentence(el, facts):
        return None  # "read <a href="javascript:…">the full report</a> here": the writer's link
    name = " ".join(f"{el.get('aria-label') or ''} {el.get('title') or ''}".split())
    if not textless or not name:
        name = facts.words(el) or name
    if textless and not name:
        name = _label_beside(el, facts)  # "<a href='#'><img></a><span>Escuchar</span>": a toolbar's button
    short = len(name) <= _CONTROL_NAME_CHARS
    if vocab.CONTROL_LABEL.match(name) or vocab.TOOL_LABEL.match(name) \
            or short and (vocab.CONTROL_LABEL_CJK.search(name) or vocab.CONTROL_SIGN.match(name)) \
            or (el.get("role") or "").lower() == "button" and not facts.text.get(el, 0) > 40:
        return Verdict("control", f"link used as a button ({name[:30] or 'no name'})")
    if short and _switches_a_panel(el):
        return Verdict("control", f"link switching a tab or panel of the page ({name[:30] or 'no name'})")
    code = href[len("javascript:"):] if href.lower().startswith("javascript:") else ""
    onclick = "" if code else el.get("onclick") or ""  # "<a href='#' onclick='fontSize(1)'>"
    if short and vocab.SHARE_CODE.search(code or onclick):
        return Verdict("share", "script link that opens a share pop-up")
    if textless and _share_target(el):
        return Verdict("share", "script link its data names a network to share to")
    if short and (vocab.TOOL_CODE.search(code) or _TOOL_CALL.search(onclick)):
        return Verdict("control", "script link to a tool of the page (print, mail, text size)")
    if textless and facts.named(el).word_set & vocab.CONTROL_WORDS:
        return Verdict("control", "text-less link used as a button")
    if textless and facts.holds(el, IMAGES) \
            and all(_CONTROL_FILE.match(picture_address(img).split("?", 1)[0].rsplit("/", 1)[-1])
                    for img in el.iter("img", "amp-img")):
        return Verdict("control", "a script link showing a control's icon (its file: \"close.png\", \"menu.svg\")")
    if short and _in_player(el):
        return Verdict("control", "script link inside a media player: its control")
    if textless and not name and not facts.holds(el, IMAGES) \
            and facts.named(el).kind is None:
        # No text, no name, no picture, goes nowhere: a script's handle (rating
        # stars, carousel dots), nothing a reader of the article follows.
        return Verdict("control", "empty link that goes nowhere")
    return None


# The file of a control's icon in a link that goes nowhere: a lightbox's or pop-up's close button, a menu's
# or search's toggle, a pager's or carousel's arrow, a toolbar's print and mail icons (a story's photo in a
# lightbox's link is sized as content and kept above).
# The whole file is the icon's name, perhaps with an icon's prefix and its variants ("icon-close.svg",
# "btn_print_white@2x.png", "arrow-left-24.svg"): "night-market.jpg" or "back-to-school.jpg" is a photo.
_CONTROL_FILE = LazyPattern(r"^(?:(?:icons?|ico|ic|btn|button|i|jump)[-_]?)?(?:close|cross|dismiss|cancel|menu|hamburger"
                            r"|burger|search|magnifier|print|printer|mail|email|e-mail|envelope|prev|previous|next|arrow"
                            r"|chevron|back|top|zoom|expand|fullscreen|toggle|moon|dark|darkmode|dark-mode|night|theme)"
                            r"(?:[-_]?(?:icon|ico|btn|button|white|black|dark|light|grey|gray|small|big|large|on|off|hover"
                            r"|active|alt|o|outline|filled|solid|left|right|up|down|mode|\d{1,3}(?:x\d{1,3})?(?:px)?))*"
                            r"(?:@\dx)?\.(?:svg|png|gif|webp)$", re.I)


# What a script link switching a part of the page says of itself: a tab's role (WAI-ARIA's
# tabs pattern), Bootstrap's data-toggle/data-bs-toggle ("tab", "pill", "collapse",
# "dropdown"), a theme's data-tab, the panel it controls (aria-controls) or opens (aria-expanded).
_SWITCH_ROLES = frozenset({"tab", "menuitem", "option", "switch"})
_SWITCH_TOGGLES = frozenset({"tab", "pill", "collapse", "dropdown", "tooltip", "popover", "buttons"})


def _switches_a_panel(el: Element) -> bool:
    """True when a link that goes nowhere is a tab by its role (or its box is a tablist),
    or, standing alone in its box (a tab list's item, a panel's title), says it switches a
    tab or panel of the page. Among words of its box's own it may be the writer's (a short
    paragraph's link to a document a script opens)."""
    box = el.getparent()
    if box is None:
        return False
    if (el.get("role") or "").strip().lower() in _SWITCH_ROLES or (box.get("role") or "").strip().lower() == "tablist":
        return True  # a tab by its role: ARIA's word, never a story link's
    toggle = (el.get("data-toggle") or el.get("data-bs-toggle") or "").strip().lower()
    if not (toggle in _SWITCH_TOGGLES or el.get("data-tab") is not None or el.get("aria-controls") is not None
            or el.get("aria-expanded") is not None):
        return False
    own = " ".join((el.text_content() or "").split())
    around = " ".join((box.text_content() or "").split()).replace(own, "", 1)
    return not any(ch.isalnum() for ch in around)


# What ends a sentence: a link right after one opens a line of its own ("… the vote. Read more").
_SENTENCE_END = frozenset(".!?…。！？")


def _in_sentence(el: Element, facts: Facts) -> bool:
    """True when link ``el`` sits inside a sentence of a prose paragraph: words before it
    that do not end a sentence, or words going on right after it ("read <a>the full
    report</a> here", "said <a><i class=icon></i></a> the mayor"). A template's control
    stands alone: a paragraph's first or last words, or a line after a full stop."""
    if not _in_prose(el, facts):
        return False
    para = next(el.iterancestors("p"))
    before: list[str] = []
    after = ""
    inside = False
    for event, node in iterwalk(para, events=("start", "end")):
        if node is el:
            if event == "end":
                inside = False
                after = el.tail or ""
                break
            inside = True
            continue
        if inside or not isinstance(node.tag, str):
            continue
        if event == "start":
            before.append(node.text or "")
        elif node is not para:
            before.append(node.tail or "")
    head = "".join(before).rstrip().rstrip("]").rstrip()  # "… [Read more]", "[…] Weiterlesen"
    if head and head[-1] not in _SENTENCE_END and any(ch.isalnum() for ch in head):
        return True
    return after.lstrip()[:1].isalnum()


# How far up a player's box is looked for from one of its controls.
_PLAYER_DEPTH = 8


def _in_player(el: Element) -> bool:
    """True when a box a few levels up names itself a media player or its playlist."""
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= _PLAYER_DEPTH:
            return False
        words = word_set(anc)
        if words & {"player", "playlist", "videoplayer", "audioplayer", "mediaplayer", "jwplayer", "vjs"}:
            return True
    return False


def _picture_link_name(el: Element) -> str:
    """What a text-less picture link is called: its own label or title, else its
    picture's alt or title."""
    names = [el.get("aria-label"), el.get("title")]
    for img in el.iter("img", "amp-img"):
        names += [img.get("alt"), img.get("title")]
    return " ".join(n for n in names if n)


_BLOCK_BOXES = frozenset({"div", "section", "article", "header", "footer", "main", "aside", "nav",
                          "body", "figure", "ul", "ol"})


def _empty_template_link(el: Element, facts: Facts) -> Verdict | None:
    """A link with nothing inside, set in a box of the template rather than in any
    sentence: a permalink anchor, a slot a script fills. An empty link a writer left in
    a paragraph, or between the paragraphs of the story, is still reported."""
    if el.tag != "a" or facts.text.get(el, 0) or el.get("aria-label") or el.get("title"):
        return None
    if not _shows_nothing(el, facts) or not _template_box(el.getparent(), facts):
        return None
    return Verdict("control", "empty link in a box of the template, outside the text")


def _linked_within(img: Element, box: Element) -> bool:
    """True when ``img`` sits in a link inside ``box``."""
    for anc in img.iterancestors():
        if anc is box:
            return False
        if anc.tag == "a":
            return True
    return False


def _home_of(href: str) -> str:
    """The host of a link to a site's home page ("https://www.x.com", "//x.com/"), else ""."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return ""
    if parts.path not in ("", "/") or parts.query or not parts.netloc:
        return ""
    return site_of(href) or ""


def _template_box(box: Element | None, facts: Facts) -> bool:
    """A block box that is not the story's text container (it holds no paragraph of prose)."""
    if box is None or box.tag not in _BLOCK_BOXES:
        return False
    return not any(child.tag == "p" and facts.text.get(child, 0) - facts.link_text.get(child, 0)
                   >= _PROSE_CHARS for child in box)


def _shows_nothing(el: Element, facts: Facts) -> bool:
    """True when a link holds no picture of any kind (its text was measured already)."""
    return not facts.holds(el, EMBEDS) and not facts.holds(el, PICTURES)


def _media_player(el: Element, facts: Facts) -> Verdict | None:
    """An embedded media player told by its structure rather than a class word of its
    own: a schema.org VideoObject, a class naming a player's part ("video-poster"), or
    a box that holds a picture and the player's message about itself ("Media playback
    is unsupported on your device"). Its picture is the player's poster frame, which
    the player names; a box holding a paragraph of prose is the story's."""
    if el.tag in HEADING_TAGS or el.tag in ("p", "a", "img", "amp-img"):
        return None
    verdict = None
    words = facts.named(el).word_set
    itemtype = el.get("itemtype")  # most elements have none: no pattern to try
    if itemtype and vocab.PLAYER_ITEMTYPE.search(itemtype):
        verdict = Verdict("player", "a schema.org video or audio object: its picture is the poster")
    elif words & vocab.PLAYER_WORDS and words & vocab.PLAYER_PARTS:
        verdict = Verdict("player", "class names a part of a media player")
    elif facts.text.get(el, 0) <= _PLAYER_TEXT:
        pictures = facts.holds(el, PICTURES)
        message = _player_message(facts.words(el)) if 0 < pictures <= 2 else None
        if message is not None:
            verdict = Verdict("player", f"a picture and the player's message {message.group(0)[:30]!r}")
        elif 0 < pictures <= 2 and words & vocab.PLAYER_WORDS and _shows_duration(el):
            verdict = Verdict("player", "a picture and a running time in a box named for video")
    return None if verdict is None or _holds_prose(el, facts, 1) else verdict


# Lower-case words without one of which none of PLAYER_MESSAGE's alternatives can match:
# most boxes' texts hold none (a search was ~30 µs on a non-ASCII text, re.I).
PLAYER_MESSAGE_NEEDLES = ("playback", "your device", "javascript", "available", "navigateur", "navegador", "browser",
                          "браузер", "浏览器", "瀏覽器", "ブラウザ", "브라우저")


def _player_message(text: str) -> re.Match[str] | None:
    """vocab.PLAYER_MESSAGE.search(text), skipping the search when the text holds none
    of the words its alternatives need."""
    lowered = lower_as_re_i(text)
    if not any(needle in lowered for needle in PLAYER_MESSAGE_NEEDLES):
        return None
    return vocab.PLAYER_MESSAGE.search(text)


def _shows_duration(el: Element) -> bool:
    """True when an element inside ``el`` shows nothing but a running time ("02:14")."""
    return any(isinstance(node.tag, str) and vocab.PLAYER_DURATION.match(" ".join((node.text_content() or "").split()))
               for node in el.iterdescendants())


def _logo(el: Element, facts: Facts) -> Verdict | None:
    """A picture (or a box of nothing but pictures) named a logo, set before the
    story's first paragraph of prose or after its last: the site's, a section's or a
    series' mark. Inside the run of the story a logo is the writer's (a list of brands)."""
    if el.tag in HEADING_TAGS or facts.text.get(el, 0) or not facts.named(el).word_set & _LOGO_WORDS:
        return None
    if not facts.holds(el, PICTURES) or not facts.outside_prose(el):
        return None
    return Verdict("header", "a logo outside the story's prose")


def _header_above_headline(el: Element, facts: Facts) -> Verdict | None:
    """A box named "…header" that ends before the headline and is all links (or one
    linked banner picture): the site's, section's or channel's header (a banner, a
    breadcrumb), not the story's."""
    if el.tag in HEADING_TAGS or el.tag in _SMALL_TAGS or facts.h1 is None:
        return None
    text = facts.text.get(el, 0)
    if text and facts.link_text.get(el, 0) < 0.8 * text:
        return None
    if not text and (not any(_linked_within(img, el) for img in el.iter("img"))
                     or _holds_content_picture(el)):
        return None  # no text, and no linked banner (a linked lead photo is the story's)
    if not any(w.endswith("header") for w in facts.named(el).words):
        return None
    if facts.span(el)[1] >= facts.order(facts.h1):
        return None
    return Verdict("header", "a header box of links above the headline")


def _by_label(el: Element, facts: Facts) -> Verdict | None:
    """A box or paragraph that opens with a "related" label and is mostly links, or a
    box of links under a heading that is such a label (and that heading)."""
    if el in facts.labelled:
        return Verdict("related", f"under the heading {facts.labelled[el]!r}, mostly links")
    if el.tag == "a":
        return None
    if el.tag in HEADING_TAGS:
        return text_furniture(el, facts)
    text = facts.text.get(el, 0)
    links = facts.link_text.get(el, 0)
    if not links and 0 < text <= _LABEL_ONLY_CHARS and facts.holds(el, IMAGES):
        return _label_over_picture_links(el, facts)
    # Mostly links besides the label: a long label over one short link ("Recomendados para
    # você", one teaser) is such a box too. A label is at most 60 characters (leading).
    # Else a short line of furniture may still be (an ad's label, an ask to follow).
    if not links or links < 0.5 * (text - 60) or (el.tag not in ("p", "li") and len(el) < 2):
        return text_furniture(el, facts)
    # A paragraph's label is the text before its first link ("Related: <a>…</a>"),
    # never the link's own words ("Read <a>more tips</a>").
    label = _text_before_link(el) if el.tag in ("p", "li") else facts.leading(el)
    match = vocab.RELATED_LABEL.match(label)
    if match is None:
        return _singular_rail(el, facts) or text_furniture(el, facts)
    if links < 0.5 * (text - min(len("".join(match.group(0).split())), text - links)):
        return None
    return Verdict("related", f"labelled {match.group(0).strip()[:30]!r}, mostly links")


# A box whose only words are a related label ("Next post", "Artículo anterior", "Lesen Sie auch").
_LABEL_ONLY_CHARS = 60


def _label_over_picture_links(el: Element, facts: Facts) -> Verdict | None:
    """A box whose words are a "related" label alone and whose links are all picture-only links
    to other pages of the site ("<div><span>Next post</span><a href='/…/'><img></a></div>"): the
    post navigation's or a rail's thumbnail under its label, whose link text is nothing to weigh."""
    if el.tag in ("p", "li") or facts.holds(el, FIGCAPTIONS):
        return None
    words = " ".join((el.text_content() or "").split())
    match = vocab.RELATED_LABEL.match(words)
    if match is None or words[match.end():].strip(" :.-–—»›>|"):
        return None
    links = list(el.iter("a"))
    if not links or not all(facts.holds(a, IMAGES) and not facts.text.get(a, 0) and _site_page(a, facts) for a in links):
        return None
    return Verdict("related", f"labelled {match.group(0).strip()[:30]!r} over picture links to the site's pages")


def _site_page(link: Element, facts: Facts) -> bool:
    """True when ``link`` leads to a page of the site other than its home."""
    href = (link.get("href") or "").strip()
    return bool(href) and not href.startswith(("#", "javascript:", "mailto:")) and own_site(href, facts.site_host) \
        and page_path(href) not in ("", "/")


def _singular_rail(el: Element, facts: Facts) -> Verdict | None:
    """A box whose first child is, whole, a singular rail label ("Recomendado para você",
    "Recomendamos"), and whose rest is two or more picture links to other pages of the site,
    all its text but the label theirs: a rail. The label alone also opens a sentence."""
    first = next((c for c in el if isinstance(c.tag, str) and facts.text.get(c, 0)), None)
    if first is None or facts.link_text.get(first, 0) or _holds_prose(el, facts, 1):
        return None
    label = " ".join((first.text_content() or "").split())
    if not vocab.SINGULAR_RAIL_LABEL.match(label) or not picture_rail(el, facts, first):
        return None
    return Verdict("related", f"labelled {label[:30]!r} over picture links to the site's pages")


def _sponsor(el: Element, facts: Facts) -> Verdict | None:
    """A small box that opens with "Presented by" / "Sponsored by" and holds a linked
    picture: the sponsor's logo, an ad, not the story's picture."""
    if el.tag in HEADING_TAGS or el.tag in _SMALL_TAGS or not 0 < facts.text.get(el, 0) <= _SPONSOR_TEXT \
            or not facts.holds(el, IMAGES):  # no picture, no logo: the label is not read
        return None
    label = vocab.SPONSOR_LABEL.match(facts.leading(el))
    if label is None or not any(_linked_within(img, el) for img in el.iter("img", "amp-img")):
        return None
    return Verdict("ad", f"a linked logo under {label.group(0).strip()[:30]!r}")


# A sign-up box says little: a title, a line of promise, a form and its legal note.
_SIGNUP_TEXT = 400
# A writer's box: a label, a name, a short bio.
_AUTHOR_BOX_TEXT = 600


def _signup_box(el: Element, facts: Facts) -> Verdict | None:
    """A small box around a form that asks for sign-ups ("Get our weekly newsletter"):
    its picture and its title are the publisher's appeal, not the story's."""
    if el.tag in HEADING_TAGS or el.tag in _SMALL_TAGS or el.tag == "form" \
            or not 0 < facts.text.get(el, 0) <= _SIGNUP_TEXT or not facts.holds(el, FORMS):
        return None
    match = vocab.SIGNUP_WORDS.search(facts.words(el))
    return Verdict("newsletter", f"a form under {match.group(0)!r}: a sign-up box") if match else None


def _author_box(el: Element, facts: Facts) -> Verdict | None:
    """A small box that opens with "About the author" / "Written by" and holds a
    picture: the writer's box, whatever its class names."""
    if el.tag in HEADING_TAGS or el.tag in _SMALL_TAGS or not 0 < facts.text.get(el, 0) <= _AUTHOR_BOX_TEXT \
            or not facts.holds(el, PICTURES):  # no picture, no writer's face: the label is not read
        return None
    label = vocab.AUTHOR_LABEL.match(facts.leading(el))
    if label is None or _holds_prose(el, facts, 3):
        return None
    if facts.holds(el, FIGURES) or facts.holds(el, FIGCAPTIONS) or any(_larger_than_a_face(img) for img in el.iter("img")):
        return None  # a byline beside the story's photo: the photo is not the writer's face
    return Verdict("author", f"a box labelled {label.group(0).strip()[:30]!r} with a picture")


# A writer's face in their box is declared at most this wide or high (themes' 80, 96, 100, 120 px avatars).
_FACE_SIDE = 150


def _larger_than_a_face(img: Element) -> bool:
    sides = [(img.get(a) or "").strip().lower().removesuffix("px") for a in ("width", "height")]
    return any(side.isdecimal() and int(side) > _FACE_SIDE for side in sides)


def _by_template(el: Element, facts: Facts) -> Verdict | None:
    if not facts.holds(el, PICTURES):
        return None  # every template below is told by its pictures (most boxes hold none)
    if el.tag == "a":
        return _teaser_card(el, facts) or _inline_card(el, facts)
    if el.tag in _SMALL_TAGS or el.tag in HEADING_TAGS:
        return None
    card = _inline_card(el, facts)
    if card is not None:
        return card
    # A strip is three cells of one <img> each, a grid two cells with a picture or more:
    # with fewer pictures in all, neither (most boxes hold none or one).
    cells = _cells(el) if facts.holds(el, PICTURES) >= 2 else []
    if len(cells) >= _MIN_REPEATS and _thumbnail_strip(el, cells, facts):
        return Verdict("gallery", f"{len(cells)} text-less linked pictures in a row")
    if len(cells) >= _MIN_CARDS:
        if _teaser_grid(el, cells, facts):
            return Verdict("related", f"{len(cells)} cards of links with pictures")
        if len(cells) >= _MIN_REPEATS and _ranked_rail(el, cells, facts):
            return Verdict("related", f"a ranking of {len(cells)} picture links to the site's pages, no words of its "
                                      "own: a \"most read\" list")
    return _embedded_slideshow(el, facts)


# What a ranking's cell says besides its links: its rank ("1", "02.", "#3").
_RANK = LazyPattern(r"^\W*\d{1,2}\W*$")


def _ranked_rail(el: Element, cells: list[Element], facts: Facts) -> bool:
    """A numbered list (an <ol>, or each cell opening with its rank) of three or more cards,
    each a picture and a title linking one page of the site, all different, and no other words
    (a "most read" or "trending" rail set between the story's paragraphs without its heading:
    newsrooms' popular-stories blocks, WordPress's Top Posts widget). A roundup's items say
    something of their own; one whose cards are as many as the headline counts is the list itself."""
    ordered = el.tag == "ol" or any(c.tag == "ol" for c in el if isinstance(c.tag, str))
    text = facts.text.get(el, 0)
    if _holds_prose(el, facts, 1) or text - facts.link_text.get(el, 0) > 4 * len(cells):
        return False
    if str(len(cells)) in _COUNTS.findall(facts.headline):
        return False
    pages: set[str] = set()
    for cell in cells:
        links = list(cell.iter("a")) if cell.tag != "a" else [cell]
        hrefs = {(a.get("href") or "").strip().rstrip("/") for a in links}
        if len(hrefs) != 1 or facts.holds(cell, PICTURES) != 1 or not all(_site_page(a, facts) for a in links):
            return False
        pages |= hrefs
        if not ordered:
            rest = (cell.text_content() or "")
            for a in links:
                rest = rest.replace(a.text_content() or "", " ", 1)
            if not _RANK.match(rest.strip() or "x"):
                return False
    return len(pages) == len(cells)


def _cells(el: Element) -> list[Element]:
    """The repeated children of ``el`` (through one wrapper such as <ul>)."""
    children = [c for c in el if isinstance(c.tag, str)]
    if len(children) == 1 and len(children[0]) >= _MIN_CARDS:
        children = [c for c in children[0] if isinstance(c.tag, str)]
    return children


def _thumbnail_strip(el: Element, cells: list[Element], facts: Facts) -> bool:
    if facts.text.get(el, 0) > 3 * len(cells):  # "1/50" counters at most
        return False
    linked, own = 0, 0
    for cell in cells:
        if facts.holds(cell, IMAGES) != 1:
            return False
        image = next(cell.iter("img", "amp-img"))
        link = next(image.iterancestors("a"), None) if cell.tag != "a" else cell
        linked += link is not None
        own += link is not None and _opens_own_picture(link, image)
    # Pictures that open themselves larger (the file, or its own attachment page) are the
    # story's gallery with a lightbox, not thumbnails leading to a slideshow's slides.
    return linked >= 0.5 * len(cells) and own < 0.5 * linked


# A resized copy's suffix: "IMG_1234-150x150.jpg" is IMG_1234's thumbnail.
_SIZE_SUFFIX = LazyPattern(r"[-_]\d+x\d+$")


def _opens_own_picture(link: Element, img: Element) -> bool:
    """True when ``link`` opens ``img`` itself: an image file, or a page named for the
    picture's file (WordPress's attachment page "/post/img_1234/" for IMG_1234-150x150.jpg)."""
    from urllib.parse import urlsplit

    try:
        path = urlsplit((link.get("href") or "").strip()).path
    except ValueError:
        return False
    if _IMAGE_FILE.search(path):
        return True
    segment = path.rstrip("/").rsplit("/", 1)[-1].lower()
    src = img.get("data-orig-file") or picture_address(img)
    try:
        name = urlsplit(src.strip()).path.rsplit("/", 1)[-1]
    except ValueError:
        return False
    stem = _SIZE_SUFFIX.sub("", _IMAGE_FILE.sub("", name)).lower()
    return bool(stem) and segment == stem


def _teaser_grid(el: Element, cells: list[Element], facts: Facts) -> bool:
    text = facts.text.get(el, 0)
    # Only beside the story: inside it, a run of linked cards is the list itself (a
    # deals roundup is ten linked product pictures with linked names).
    if facts.link_text.get(el, 0) < 0.8 * text or not facts.outside_prose(el):
        return False
    with_picture, labels = 0, 0
    for cell in cells:
        if not facts.text.get(cell, 0) and not facts.holds(cell, LINKS):
            labels += 1  # a spacer or an empty ad slot between the cards
            continue
        if not facts.holds(cell, LINKS) and cell.tag != "a":
            labels += 1  # the box's own title ("More on this"), once
            if facts.text.get(cell, 0) > 40:
                return False
            continue
        if facts.text.get(cell, 0) - facts.link_text.get(cell, 0) >= _PROSE_CHARS:
            return False
        with_picture += facts.holds(cell, PICTURES) > 0
    cards = len(cells) - labels
    if cards < _MIN_REPEATS and facts.link_text.get(el, 0) < 0.95 * text:
        return False  # two cards: only when the box is nothing but links
    return cards >= _MIN_CARDS and with_picture >= 0.6 * cards


def _teaser_card(el: Element, facts: Facts) -> Verdict | None:
    """One link wrapping a heading and a picture, beside the story: a "read next" card."""
    if not facts.holds(el, PICTURES):
        return None
    if not facts.outside_prose(el):
        # Between the story's paragraphs only alone (one or two: a roundup's items are cards too),
        # and as a block of its own: a linked picture and words in a paragraph are the editor's.
        if facts.holds(el, HEADINGS) or next(el.iterancestors("p"), None) is not None:
            return None
        card = _titled_card(el, facts)
        return card if card is not None and not _shows_its_picture(el) and facts.lone_titled_links() else None
    if not facts.holds(el, HEADINGS):
        return _titled_card(el, facts)
    from auditor.sources.html.titles import shop_link  # the html package imports the chrome judge

    if shop_link(el.get("href")):
        return None  # a roundup's product card (its picture and name link to the shop), not "read next"
    return Verdict("related", "a link card (heading and picture) beside the story")


# A card's title set in a <p>, <span> or <div>: a headline's length, not a paragraph's.
_CARD_TITLE_CHARS = 120
# A badge, no title: a number and a word or two ("5 min read", "12 Fotos", "3:45").
_BADGE = LazyPattern(r"^\W*\d[\d:.,]*\s*(?:\S+\s*){0,2}$")


def _titled_card(el: Element, facts: Facts) -> Verdict | None:
    """A link wrapping one picture and a short title that is no heading (a theme's
    "<a><img><p class=title>…</p></a>"), beside the story, to another page of the site, set
    on its own (what holds it is links, or the story's box): a "read next" card, whatever its
    title's tag. A captioned photo linking on, a link in a sentence, or one to another site
    (a shop's product) are the story's."""
    text = facts.text.get(el, 0)
    if not 0 < text <= _CARD_TITLE_CHARS or not single_picture(el, facts) or _holds_prose(el, facts, 1):
        return None
    if next(el.iterancestors("figure"), None) is not None or captioned(next(el.iter("img", "amp-img"), el)):
        return None
    if _BADGE.match(" ".join((el.text_content() or "").split())):
        return None  # a picture with its reading time or photo count: no card's title
    href = (el.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")) or _IMAGE_FILE.search(href.split("?")[0]):
        return None
    if not own_site(href, facts.site_host):
        return None
    unit = el
    while unit.getparent() is not None and single_picture(unit.getparent(), facts):
        unit = unit.getparent()  # the card with its price or label: what repeats in a set
    row = unit.getparent()
    if row is not None and sum(1 for c in row if c is unit or _picture_link_in(c, facts)) > 2:
        return None  # one of a set of cards (a shop's product grid): the grid rule judges them
    box = el.getparent()
    while box is not None and facts.text.get(box, 0) == text:
        box = box.getparent()  # the card's own wrappers
    # What holds the card: the story's own box (it holds the prose), or a box of links.
    if box is None or not _holds_prose(box, facts, 1) \
            and facts.text.get(box, 0) - facts.link_text.get(box, 0) > _CARD_LABEL_CHARS:
        return None  # a link among words
    return Verdict("related", "a link card (picture and a short title) beside the story")


def _inline_card(el: Element, facts: Facts) -> Verdict | None:
    """A lone link card inside the story leading to another page of the same site: a
    "read also" teaser, whose picture is the other story's. Cards leading elsewhere (a
    shop's product) or three and more of them (a roundup's items) are the story's."""
    href = _card_href(el, facts)
    if not href or not facts.lone_cards():
        return None
    if "//" in href and (not facts.site_host or site_of(href) != facts.site_host):
        return None  # another site's page, or a site we cannot tell
    return Verdict("related", "a lone link card (picture and heading) to another page of the site")


def _picture_link_in(el: Element, facts: Facts) -> bool:
    return isinstance(el.tag, str) and bool(facts.holds(el, PICTURES)) and bool(facts.holds(el, LINKS))


# A count in the headline ("7 Top Robotics Companies"), not part of a longer number or a share.
_COUNTS = re.compile(r"(?<![\d.,])(\d{1,3})(?![\d.,%])")


def _embedded_slideshow(el: Element, facts: Facts) -> Verdict | None:
    """A slideshow with a title of its own, unrelated to the headline, set inside an
    article that has its own prose around it ("Business news in pictures")."""
    if not facts.prose or not facts.named(el).word_set & vocab.GALLERY_WORDS or facts.holds(el, PICTURES) < 5:
        return None
    pictures = [p for p in el.iter() if _is_picture(p)]
    if len(pictures) < 5:
        return None
    title = next((h for h in el.iter(*HEADING_TAGS) if (h.text_content() or "").strip()), None)
    if title is None:
        return None
    if facts.order(title) > facts.order(pictures[0]):
        return None  # slides with headings: the listicle itself, told as a slideshow
    # Slides each titled at the title's level over prose of their own, or as many as the
    # headline counts ("7 Top Robotics Companies", seven slides): the listicle, told as a slideshow.
    titles = sum(1 for h in el.iter(title.tag) if (h.text_content() or "").strip())
    if titles >= 3 and (_holds_prose(el, facts, titles) or str(titles) in _COUNTS.findall(facts.headline)):
        return None
    if _similar(" ".join(title.text_content().split()), facts.headline) >= 0.3:
        return None
    start, end = facts.span(el)
    if facts.order(facts.prose[0]) >= start and facts.order(facts.prose[1]) <= end:
        return None  # all the prose is inside: the slideshow is the article
    return Verdict("gallery", f"slideshow {title.text_content().strip()[:30]!r} unlike the headline",
                   sure=True)


def _text_before_link(el: Element) -> str:
    text = el.text or ""
    for node in el.iterdescendants():
        if node.tag == "a":
            break
        if isinstance(node.tag, str) and node.text and node.getparent().tag != "a":
            text += node.text
        if node.tail:
            text += node.tail
        if len(text) > 60:
            break
    return " ".join(text.split())[:60]


def _similar(a: str, b: str) -> float:
    ta = {w.lower() for w in re.findall(r"\w+", a)}
    tb = {w.lower() for w in re.findall(r"\w+", b)}
    if not ta or not tb:
        return 0.0
    return 2 * len(ta & tb) / (len(ta) + len(tb))
