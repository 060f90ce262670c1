"""More ways a page tells that the article goes on over other pages, beyond the pagers
:func:`auditor.structure.facts.paginated` reads: a paged listicle or slideshow saved one
page at a time shows items 1-5 of a promised 25, and the rest is on its later pages.

- The head's ``<link rel="next">`` / ``<link rel="prev">`` to a numbered page of this
  article (Yoast SEO and most CMSs print them on a paged post: WordPress's
  ``<!--nextpage-->`` pages are ``/post-name/2/``; Drupal's and Joomla's ``?page=2`` /
  ``?start=5``). WordPress core's own ``adjacent_posts_rel_link_wp_head`` links the blog's
  next *post* the same way, so the address must be a page of this article.
- A line that is only a page or slide counter: "Page 2 of 5", "Seite 1 von 3", "Slide 6
  of 25" (slideshow templates print it over each slide; a counter past the slides shown);
  or "Continued on next page", "Click 'Next' to see the rest".
- A link whose words name another page or slide of the article: "Continue to page 2",
  "Continue to slide 6", "Continue reading on the next page", to a numbered page or slide;
  or a "Continue" / "Next: …" link to the page's own address with a page number after it;
  or a "View as one page" / "View all 25 slides" link (only a paged article offers it).
- A pager dropped from the body as navigation whose text says "Next page" / "Next slide"
  or "Page 2 of 5", or counts pages from 1 with its numbers run together ("123", "12»");
  its links' addresses are gone with it; or whose "Next »" / "›" leads to a numbered
  page of this article (its kept address: the blog's next post is no page of it).
- A headline naming a part of the list: "The 100 Best Songs of 2023: 100-51", "…, Part 1".

A news story's "Page 2 of 3" changes nothing: a headline without a promise has no list
to excuse, and a page without any of these keeps its shortfall.
"""

from __future__ import annotations

import re

from auditor.model import Document
from auditor.text.lazyre import lazy_pattern

# A page of an article: "/post-name/2/", "?page=2", "?paged=3", "?pg=2", "?start=5" (Joomla),
# "/page/2", "/seite/2"; a slide of a slideshow: "/slide/6", "?slide=6", "/photo-6/". Not "?p=124":
# WordPress's plain address of a post, the blog's next post in its head.
_PAGE_OF = lazy_pattern(
    r"(?:[?&](?:page|paged|pg|seite|pagina|start|slide|image|photo|pic)=\d{1,3}"
    r"|/(?:page/|seite/|pagina/)?\d{1,2}/?"
    r"|/(?:slide|photo|image|seite|page)[-/]?\d{1,3}/?)(?:$|[?#&])",
    re.I,
)
# The page's number in its address, taken off to compare two pages' addresses.
_PAGE_PART = lazy_pattern(r"(?:[?&](?:page|paged|pg|seite|pagina|start|slide)=\d{1,3}|/(?:page/|seite/|pagina/)?\d{1,2}"
                          r"|/(?:slide|photo|image)[-/]?\d{1,3})/?$", re.I)

# A line that is only a pager's counter: "Page 2 of 5", "Seite 1 von 3", "Página 2 de 4",
# "Pagina 2 di 3", "Strona 2 z 4", "Slide 6 of 25", "Photo 3/10".
_COUNTER = lazy_pattern(
    r"^\W*(?P<what>page|seite|página|pagina|strona|sayfa|страница|sida|side|slide|photo|image|picture|bild|foto"
    r"|diapositiva)\s*(?P<n>\d{1,3})\s*(?:of|von|de|di|sur|van|av|af|z|из|/)\s*(?P<m>\d{1,3})\W*$"
    # Japanese, Chinese and Korean pagers: "1/3ページ", "(2/5页)", "2 / 4 페이지".
    r"|^\W*(?P<n2>\d{1,3})\s*/\s*(?P<m2>\d{1,3})\s*(?:ページ|页|頁|페이지)\W*$",
    re.I,
)
# A slideshow's counter without a word: "6 of 25", "6 / 25".
_BARE_COUNTER = lazy_pattern(r"^\W*(?P<what>)(?P<n>\d{1,3})\s*(?:of|\s/\s)\s*(?P<m>\d{1,3})\W*$", re.I)
_SLIDE_WORDS = {"", "slide", "photo", "image", "picture", "bild", "foto", "diapositiva"}

# Link words naming another page or slide of the article.
_TO_PAGE = lazy_pattern(
    r"\b(?:(?:page|slide|seite|página|pagina)\s+\d{1,3}|next\s+(?:page|slide)|nächste\s+seite|nächstes\s+bild"
    r"|siguiente\s+página|página\s+siguiente|page\s+suivante|pagina\s+successiva|volgende\s+pagina"
    r"|próxima\s+página|następna\s+strona|sonraki\s+sayfa|следующая\s+страница|страница\s+\d{1,3}"
    r"|nästa\s+sida|næste\s+side|neste\s+side|seuraava\s+sivu|další\s+strana)\b"
    r"|次のページ|下一页|下一頁|다음\s?페이지",
    re.I,
)

# Words of a link that leads on, whatever to: "Continue", "Next: Park Güell", "Weiter", "›".
_GO_ON = lazy_pattern(
    r"^\s*(?:(?:continue|keep reading|read on|next|weiter|nächste[rsn]?|suivante?|siguiente|successiv[ao]|avanti"
    r"|próxim[ao]|seguinte|volgende|nästa|næste|neste|seuraava|następn[ay]|dalej|další|sonraki|следующая|далее)\b"
    r"|[›»→>]+\s*$)",
    re.I,
)


def _bare(url: str) -> str:
    """``url`` without its scheme, fragment and trailing slash."""
    bare = url.split("#")[0].split("://", 1)[-1].rstrip("/")
    return bare[2:] if bare.startswith("//") else bare


def _own(doc: Document) -> str:
    return _bare(doc.meta.canonical or doc.meta.og.get("og:url") or "")


def _page_of_article(doc: Document, href: str, proven: bool = False) -> bool:
    """Whether ``href`` is a numbered page (or slide) of this article: a page number in
    it, and when the page's own address is known, that address with or without its own
    page number. ``proven``: only when the page's own address is known and matches."""
    own = _own(doc)
    if own and href.startswith("/") and not href.startswith("//"):
        own = "/" + own.split("/", 1)[1] if "/" in own else ""  # a root-relative link: the paths
    if not _PAGE_OF().search(href.split("#")[0]):
        # page two's link back to page one: the article's bare address
        return bool(own) and _PAGE_PART().search(own) is not None \
            and _PAGE_PART().sub("", own).rstrip("/") == _bare(href)
    if not own or "://" not in href and not href.startswith("/"):
        return not proven
    stem = _PAGE_PART().sub("", own).rstrip("/")
    return _PAGE_PART().sub("", _bare(href)).rstrip("/") == stem


def _head_pages(doc: Document) -> bool:
    return any(_page_of_article(doc, href) for href in doc.meta.pages)


# A line that sends the reader on to the next page: "Continued on next page", "Story continues
# on page 2", "Click 'Next' to see the rest" (a slideshow's instruction over its button).
_ON_NEXT = lazy_pattern(
    r"^\W*(?:(?:the )?(?:story|article|list) )?(?:continued|continues|continue reading)\s+on\s+(?:the\s+)?"
    r"(?:next page|page\s+\d{1,3})\W*$"
    r"|^\W*(?:click|tap|press)\s+(?:on\s+)?(?:the\s+)?[\"'“‘]?next[\"'”’]?\s+(?:button\s+)?to\s+(?:see|read|continue)\b"
    # "Fortsetzung auf der nächsten Seite", "Suite page suivante", "(Continúa en la página siguiente)",
    # "Continua alla pagina successiva", "Continua na próxima página", "Lees verder op de volgende pagina".
    r"|^\W*(?:fortsetzung|weiter|lesen sie weiter)\s+auf\s+(?:der\s+)?(?:nächsten\s+seite|seite\s+\d{1,3})\W*$"
    r"|^\W*(?:suite|la suite)\s+(?:à\s+la\s+|en\s+)?page\s+(?:suivante|\d{1,3})\W*$"
    r"|^\W*continúa\s+en\s+la\s+(?:página\s+siguiente|siguiente\s+página)\W*$"
    r"|^\W*continua\s+(?:alla\s+pagina\s+successiva|na\s+próxima\s+página)\W*$"
    r"|^\W*lees\s+verder\s+op\s+(?:de\s+)?volgende\s+pagina\W*$",
    re.I,
)


def _counter(doc: Document, found: int) -> bool:
    """A line that is a pager's counter: a page N of M (M >= 2), or a slide counter past
    the slides this page shows (a counter on every slide of a whole slideshow is not one);
    or a line sending the reader on to the next page."""
    on_next, counter, bare = _ON_NEXT(), _COUNTER(), _BARE_COUNTER()
    for text in (p.text for p in doc.paragraphs if len(p.text) <= 80):
        if on_next.match(text):
            return True
        m = counter.match(text) or bare.match(text)
        if m is None:
            continue
        if m.re is bare and not (int(m["m"]) == doc.headline_number and int(m["m"]) > found):
            continue  # "6 of 25" alone: a slide counter only when 25 is the promise
        got = m.groupdict()
        n, total = int(got["n"] or got["n2"]), int(got["m"] or got["m2"])
        if not 1 <= n <= total or total < 2:
            continue
        if (m["what"] or "page").casefold() not in _SLIDE_WORDS or total > found:
            return True
    return False


# A link to the whole article on one page: only a paged article offers it ("View as one
# page", "Single page view", "View all 25 slides"; "Auf einer Seite lesen", "Ver en una página").
_ONE_PAGE = lazy_pattern(
    r"^\W*(?:(?:view|read|see|show)\s+(?:(?:it|this|the (?:whole )?(?:article|story|list|gallery|slideshow))\s+|all\s+)?"
    r"(?:as|on|in)\s+(?:a\s+)?(?:one|single)\s+page|single[- ]page(?: view)?|one[- ]page view"
    r"|view all(?: \d{1,3})? (?:slides|photos|pictures|images)(?: on one page)?"
    r"|(?:auf einer seite|als eine seite)(?: (?:lesen|anzeigen))?|alles auf einer seite"
    r"|ver (?:en|todo en) una (?:sola )?página|voir sur une (?:seule )?page)\W*$",
    re.I,
)


# What every _TO_PAGE and _ONE_PAGE text holds one of, casefolded.
_PAGE_WORDS = ("page", "slide", "seite", "bild", "págin", "pagin", "strona", "sayfa", "страниц", "ページ", "页", "頁", "페이지",
               "photos", "pictures", "images", "sida", "side", "sivu", "strana")


def _page_link(doc: Document) -> bool:
    """A link naming another page or slide to one; or a "Continue" / "Next: …" / "›" link
    to what the page's own address proves is its next page ("/spain/" → "/spain/2/")."""
    to_page, go_on, one_page = _TO_PAGE(), _GO_ON(), _ONE_PAGE()
    links = [link for link in doc.links if link.href and link.text and len(link.text) <= 80]
    # Most pages' links name no page or slide at all: a look for the words first.
    words = "\n".join(link.text for link in links).casefold()
    named = any(w in words for w in _PAGE_WORDS)
    return any(
        (named and ((to_page.search(link.text) and _page_of_article(doc, link.href or ""))
                    or one_page.match(link.text)))
        or (go_on.match(link.text) and _page_of_article(doc, link.href or "", proven=True))
        for link in links
    )


# A pager the body extractor dropped as navigation, by its text alone (its links' addresses are
# gone): "Next page ›", "« Previous slide | Next slide »", "Prev Page 2 of 5 Next" (the texts
# run together: "PrevPage 2 of 5Next"). A bare "Next »" may lead to the blog's next post: not one.
# The same in the languages of the page counters: "Page suivante", "Página siguiente", "Pagina
# successiva", "Próxima página", "Volgende pagina", "Nästa sida", "Næste side", "Następna strona".
_NAV_PAGER = lazy_pattern(
    r"^\W*(?:(?:prev(?:ious)?|zurück|vorherige)\s*(?:page|slide|seite|bild)?\W*)?"
    r"(?:next|nächste[sn]?)\s*(?:page|slide|seite|bild)\W*$|(?:next|nächste)\s*(?:page|slide|seite)\b"
    r"|page\s*suivante|página\s*siguiente|siguiente\s*página|pagina\s*successiva|próxima\s*página"
    r"|página\s*seguinte|volgende\s*pagina|nästa\s*sida|næste\s*side|neste\s*side|następna\s*strona"
    r"|(?:page|seite|página|pagina|strona|sida|side|slide)\s*(?P<n>\d{1,3})\s*(?:of|von|de|di|sur|van|av|af|z|/)\s*"
    r"(?P<m>\d{1,3})(?!\d)",
    re.I,
)


# A pager's words and arrows, taken off its run-together text to leave its page numbers.
_PAGER_WORDS = lazy_pattern(
    r"pagination|pages?|seiten?|páginas?|pagine|start|first|last|prev(?:ious)?|next|weiter|zurück|anterior"
    r"|siguiente|précédent|suivant|successiva|precedente|próxima|volgende|vorige|go to"
    r"|次へ|前へ|次のページ|前のページ|下一页|上一页|下一頁|上一頁|다음|이전|[\W_]",
    re.I,
)
_COUNTING = "".join(str(k) for k in range(1, 60))


def _page_numbers(excerpt: str) -> bool:
    """Whether a dropped pager's text, its links' texts run together ("123", "12»",
    "12next ›last »", "PaginationPage 1Page 2Next page››", "« Prev 1 2 … 9 Next »"),
    counts pages from 1: at least "1 2" and a third number, a word or an arrow beside them
    (a bare "12" is a number)."""
    head = re.split(r"…|\.\.\.", excerpt, maxsplit=1)[0]
    digits = _PAGER_WORDS().sub("", head)
    return len(digits) >= 2 and digits.isdecimal() and _COUNTING.startswith(digits) \
        and (len(digits) >= 3 or head.strip() != digits)


def _nav_pager(doc: Document) -> bool:
    for drop in doc.body_drops:
        if drop.kind != "nav" or len(drop.excerpt) > 80:
            continue
        m = _NAV_PAGER().search(drop.excerpt)
        if m is not None and (m["n"] is None or 1 <= int(m["n"]) <= int(m["m"]) and int(m["m"]) >= 2):
            return True
        if _page_numbers(drop.excerpt):
            return True
        if any(_GO_ON().match(text) and _page_of_article(doc, href) for text, href in drop.links):
            return True  # "Next »" to "/post-name/2/", "?page=1": not to the blog's next post
    return False


# A headline naming one part of a list run over several articles or days (music and film
# rankings: "The 100 Best Songs of 2023: 100-51", "… (Nos. 50-26)", "…, Part 1", "Teil 2").
_PART = lazy_pattern(
    r"\b(?:part|teil|parte|partie|deel|część|del)\s+(?:\d{1,2}|one|two|three|four|five|i{1,3}|iv|v|eins|zwei|uno|dos|due)\b"
    r"|(?:[:,(–—-]|(?P<nos>\bnos?\.|\bnumbers|#))\s*#?(?P<a>\d{1,3})\s*(?:[-–—]|to)\s*#?(?P<b>\d{1,3})\W*$",
    re.I,
)


def _part_headline(doc: Document) -> bool:
    """A headline naming a part of its list: "Part 2", or a range of its numbers from one
    end ("100-51" under a promise of 100, "1-25"), not the whole list. A range that runs
    up must start at 1 or say "Nos.": "…, 8-10" is an age or a size."""
    promised = doc.headline_number
    m = _PART().search(doc.headline or "") if promised else None
    if m is None or m["a"] is None or promised is None:
        return m is not None
    a, b = int(m["a"]), int(m["b"])
    low, high = sorted((a, b))
    return (a > b or a == 1 or m["nos"] is not None) and high <= promised and (low, high) != (1, promised) and (low == 1 or high == promised)


def continues_elsewhere(doc: Document, found: int) -> bool:
    """Whether the page says the article goes on over other pages (module docstring).
    Read only where it can matter: a page with items or a promised count."""
    if not found and not doc.headline_number:
        return False
    return _head_pages(doc) or _counter(doc, found) or _page_link(doc) or _nav_pager(doc) or _part_headline(doc)
