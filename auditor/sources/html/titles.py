"""What titles an entry where the body has no heading for it: a short title box over prose
(a template's or a page builder's), a definition list's terms, the name cells of a product
table, numbered terms and captions that count 1..N, and a ranking table's number and title
cells. The walk (:mod:`auditor.sources.html.walk`) keeps these as paragraphs; each test here
reads the element tree only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from auditor.sources.html.text import BLOCK_TAGS, table_rows, text_of
from auditor.text.lazyre import LazyPattern

Element = Any  # lxml.html.HtmlElement


# Class words a template gives an entry's title box.
TITLE_CLASS = LazyPattern(r"(?:^|[\s_-])(?:title|name|heading|headline|titel|titulo|titre)(?:$|[\s_-])", re.I)


def title_box(el: Element, widget: bool = False, named: bool = False, exclaimed: bool = False) -> bool:
    """A box of a short title alone (a few words, no sentence end, no blocks inside, not a
    link) right before a box of prose (``widget``: or the box it is alone in, as a page
    builder wraps each text in a widget of its own). ``named``: a template classes the box
    a title, so a title's "!" or "?" ends it ("Mother!", an interview's question), and a
    picture's box with its credit may stand between it and its prose, as under a number;
    so may a ".": a title written as a sentence ("Ryanair turned on the charm."), its class
    saying what it is. ``exclaimed``: a title's "!" or "?" may end it (asked when its
    siblings are titles)."""
    return _short_title(el, named, exclaimed) and prose_follows(_widget(el) if widget else el, pictures=True, media=named)


def _short_title(el: Element, named: bool = False, exclaimed: bool = False) -> bool:
    """A short title alone (:func:`title_box`'s test of the box itself)."""
    if any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS and c.tag != "br" for c in el):
        return False
    text = text_of(el)
    ends = (":", ",", "…") if named else (".", ":", ",", "…") if exclaimed else (".", "!", "?", ":", ",", "…")
    if not 0 < len(text.split()) <= MAX_TITLE_WORDS or text.endswith(ends):
        return False
    # A teaser's link (a product's name links to a shop).
    return not any(text_of(a) == text and not shop_link(a.get("href")) for a in el.iter("a"))


def _summary_over_media(summary: Element) -> bool:
    """A <details> box's short summary over a picture, player or social post and no more
    text (empty paragraphs aside)."""
    box = summary.getparent()
    if box is None or box.tag != "details" or not _short_title(summary):
        return False
    rest = [c for c in summary.itersiblings() if isinstance(c.tag, str) and (_media_box(c) or text_of(c))]
    return bool(rest) and all(_media_box(c) for c in rest)


def _summary_title(summary: Element, sentence: bool = False) -> bool:
    """A <details> box's summary line over prose: what the box holds besides it (a picture,
    a post or code between paragraphs) is the entry's text, as a <dd> is a term's.
    ``sentence``: a title written as a sentence ("?", "!", "." ending it) is one too."""
    box = summary.getparent()
    if box is None or box.tag != "details":
        return title_box(summary, widget=True, named=sentence)
    rest = " ".join(text_of(c) for c in summary.itersiblings() if isinstance(c.tag, str))
    return _short_title(summary, named=sentence) and reads_like_prose(" ".join(rest.split()))


# Where a product's name links: a shop's product page or an affiliate network's redirect.
# A teaser's title links to the site's own story instead.
_SHOP_LINK = LazyPattern(
    r"^https?://(?:[\w-]+\.)*(?:amazon\.[a-z.]+|amzn\.(?:to|com)|ebay\.[a-z.]+|etsy\.com|walmart\.com|target\.com"
    r"|bestbuy\.com|apple\.com/shop|shopify\.com|zalando\.[a-z.]+|otto\.de|idealo\.de|go\.skimresources\.com"
    r"|click\.linksynergy\.com|shareasale\.com|awin1\.com|redirect\.viglink\.com|howl\.(?:me|link)|shopstyle\.[a-z.]+"
    r"|rstyle\.me|go\.redirectingat\.com|prf\.hn|tidd\.ly|anrdoezrs\.net|jdoqocy\.com|tkqlhce\.com"
    r"|dpbolvw\.net|kqzyfj\.com|avantlink\.com|pntra\.com|sovrn\.co|narrativ\.com|fave\.co)(?:[/?#:]|$)"
    # A product page's path, on a shop or on the site's own store ("/products/mug" in a
    # Shopify blog, written without the host).
    r"|^(?:https?://[^/]*)?/(?:[^?#]*/)?(?:dp|gp/product|products?|shop|item|itm)/",
    re.I,
)


def shop_link(href: str | None) -> bool:
    """Whether ``href`` leads to a shop's product page or through an affiliate network."""
    return bool(href) and _SHOP_LINK.match((href or "").strip()) is not None


def _widget(el: Element) -> Element:
    """The outermost box ``el`` is the only element of (comments aside), below the body."""
    node = el
    while True:
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "article", "main") or parent.getparent() is None:
            return node
        if sum(1 for c in parent if isinstance(c.tag, str)) != 1 or (parent.text or "").strip():
            return node
        node = parent


_ID_WORD = LazyPattern(r"\d")


# Boxes an editor or a page builder writes a line of text in.
PLAIN_BOXES = frozenset({"div", "center", "font"})


def class_key(el: Element) -> str:
    """``el``'s class words without those holding a digit: a builder's per-box ids
    ("elementor-element-3f2a1b", "et_pb_text_3") differ on every box of one kind."""
    return " ".join(w for w in (el.get("class") or "").split() if not _ID_WORD.search(w))


def titled_terms(terms: Iterable[Element]) -> set[Element]:
    """Those of ``terms`` (``<dt>``, ``<summary>``) that title entries: a short title over a definition
    of prose, three or more in the body (or its only two), each its own (a glossary's entries, a place or
    product per term). A question is a FAQ's, not an entry's title; a term over a short
    value ("Weight" over "1.2 kg") a spec sheet's."""
    terms = list(terms)
    found = [t for t in terms if (_summary_title(t) if t.tag == "summary" else title_box(t, widget=True))]
    if len(found) >= 3 and 2 * len(found) >= len(terms):
        # Most terms title entries: a few titles asking a question, or written as a sentence
        # ending in "!" or ".", among them are titles too ("Will you live longer if you take a
        # multivitamin every day?", "Ryanair turned on the charm."), as under headings; one
        # may be its picture or post alone.
        found = [t for t in terms if t in found or _summary_over_media(t)
                 or (_summary_title(t, sentence=True) if t.tag == "summary" else
                     title_box(t, widget=True, named=True))]
    texts = [text_of(t) for t in found]
    # Two are enough when they are the body's only terms: a list of two ("The two measures…").
    enough = len(found) >= 3 or len(found) == len(terms) == 2
    # Each its own, or four in five when more than two (as a template's title boxes): a guide
    # by age group names one toy under two groups ("#1 Regenbogen" for toddlers and for
    # schoolchildren); one label repeated in every term titles nothing.
    own = len(set(texts)) == len(texts) or (len(texts) > 2 and len(set(texts)) >= _DISTINCT_TERMS * len(texts))
    return set(found) if enough and own else set()


def asked_term(term: Element) -> bool:
    """Whether ``term`` (a ``<dt>`` or a ``<details>`` box's ``<summary>``) asks a short
    question over prose: a FAQ's or a list of questions' entry ("What does the test show?"
    over its answer). Kept aside from the text: read as an entry only under a headline that
    promises exactly as many (auditor.structure.listicle)."""
    text = text_of(term)
    if not text.endswith(("?", "？", "؟")) or not 0 < len(text.split()) <= MAX_TITLE_WORDS:
        return False
    if term.tag == "summary":
        rest = " ".join(text_of(c) for c in term.itersiblings() if isinstance(c.tag, str))
    else:
        answer = term.getnext()
        rest = text_of(answer) if answer is not None and answer.tag == "dd" else ""
    return reads_like_prose(" ".join(rest.split()))


# The share of a body's titling terms that must differ (walk's _DISTINCT for title boxes).
_DISTINCT_TERMS = 0.8


# A product table's name: a few words, not a sentence.
_PRODUCT_NAME_WORDS = 10


def product_titles(table: Element) -> list[Element]:
    """The name cells of a product table without numbers. A body row whose first cell with
    letters is a short name (no sentence end, no blocks) opens a product; rows after it
    without such a name (its text, its picture a row below) belong to it. Every product
    holds beside its name a picture, a text of prose, or a link with a price; three
    products or more, each name its own. Each product is then an entry: its name cell is
    kept as a title. Empty for any other table (a spec sheet's "Weight | 1.2 kg", a
    header row of <th> alone, a results table's scores)."""
    groups: list[tuple[Element, list[Element]]] = []
    for row in table_rows(table):
        if not any(c.tag == "td" for c in row):
            continue  # a header row
        named = next((c for c in row if c.tag == "td" and any(ch.isalpha() for ch in text_of(c))), None)
        if named is not None and _product_name(named):
            groups.append((named, [c for c in row if c is not named]))
        elif groups:
            groups[-1][1].extend(row)  # the product's text or picture, a row below its name
        else:
            return []
    for _, others in groups:
        pictured = any(next(c.iter("img", "amp-img"), None) is not None or reads_like_prose(text_of(c))
                       for c in others)
        # A link beside a price or a rating ("$49.99 | Buy now"), not links alone (feeds: "Twitter | RSS").
        shop = any(next(c.iter("a"), None) is not None for c in others) \
            and any(any(ch.isdigit() for ch in text_of(c)) for c in others)
        if not (pictured or shop):
            return []
    texts = [text_of(c) for c, _ in groups]
    return [c for c, _ in groups] if len(groups) >= _MIN_RANKED_ROWS and len(set(texts)) == len(texts) else []


def _product_name(cell: Element) -> bool:
    """A cell holding a short name alone: a few words, no sentence end, no blocks."""
    text = text_of(cell)
    if not 0 < len(text.split()) <= _PRODUCT_NAME_WORDS or text.endswith((".", "!", "?", ":", ",", "…")):
        return False
    return not any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS and c.tag != "br" for c in cell.iterdescendants())


def prose_follows(el: Element, pictures: bool = False, numbered: bool = False, media: bool = False) -> bool:
    """True when the element after ``el`` (comments skipped) reads as prose. ``pictures``:
    boxes without text (a picture, a spacer "<div><br></div>", a line break) are skipped
    too, and text written loose right after ``el`` counts. ``numbered`` (after a numbered
    title, itself a strong cue): a picture's or player's box is skipped with its caption,
    and a short lead-in sentence counts ("Consider the following example:"). ``media``: the
    picture's or player's box alone is skipped so."""
    if pictures and (el.tail or "").strip():
        return reads_like_prose(" ".join(el.tail.split()))
    from auditor.structure.labels import shop_line

    # A product's price or button box ("$29.99", "Check price") may stand before its text.
    # Each box's text is read once: the box after a title is often the whole story.
    nxt = el.getnext()
    shown = False  # a picture, player or post skipped: an entry may be that alone
    while nxt is not None:
        if isinstance(nxt.tag, str):
            text = text_of(nxt)
            if (text or not pictures) and not shop_line(text):
                # After a numbered title an editor's paragraph of a few words is its text, a stop
                # or not ("#1 Steckspiele" over "<p>Ältere Kinder können … Puzzle lösen</p>").
                if reads_like_prose(text) or (numbered and (_lead_in(text) or (
                        nxt.tag == "p" and len(text.split()) >= _SHORT_TEXT_WORDS))):
                    return True
                if shown and nxt.tag == el.tag and nxt.get("class") == el.get("class"):
                    return True  # the next title of its kind: this entry is its picture or post alone
                # A product card's "Pros"/"Cons" lists stand between its name and its text as a picture does.
                if not ((numbered or media) and (_media_box(nxt) or (media and _verdict_box(text)))):
                    return False
                shown = True
            elif (numbered or media) and not shown:
                shown = _media_box(nxt)
        nxt = nxt.getnext()
    parent = el.getparent()
    if media and parent is not None and parent.tag not in ("body", "article", "main"):
        return prose_follows(parent, pictures=pictures)  # the card ends: its text may follow it
    return False


# The fewest words of a paragraph read as a numbered title's text without a stop.
_SHORT_TEXT_WORDS = 5


_MEDIA_TAGS = frozenset({"img", "picture", "video", "iframe", "amp-img", "amp-video", "amp-iframe", "amp-youtube"})


# A social post embedded by its platform's code, before the script turns it into a player:
# Instagram's blockquote.instagram-media, X/Twitter's blockquote.twitter-tweet, TikTok's
# blockquote.tiktok-embed, Facebook's div.fb-post, Threads' blockquote.text-post-media,
# Bluesky's blockquote.bluesky-embed, Reddit's blockquote.reddit-embed-bq / reddit-card.
_EMBED_CLASS = LazyPattern(
    r"(?:^|\s)(?:instagram-media|twitter-tweet|twitter-video|tiktok-embed|fb-post|fb-video|text-post-media"
    r"|bluesky-embed|reddit-embed-bq|reddit-card)(?:$|\s)")


def _media_box(el: Element) -> bool:
    """A figure, or a box holding a picture or a player, or a social post's embed: its text is a caption."""
    return el.tag == "figure" or _EMBED_CLASS.search(el.get("class") or "") is not None \
        or any(isinstance(d.tag, str) and d.tag in _MEDIA_TAGS for d in el.iterdescendants())


def _verdict_box(text: str) -> bool:
    from auditor.structure.labels import PROS_CONS

    return PROS_CONS().match(text) is not None


def _lead_in(text: str) -> bool:
    """A short sentence leading into an entry's text or code: three words or more, ended."""
    return len(text.split()) >= 3 and text.rstrip()[-1:] in ".:!?"


def numbered_title_box(el: Element, runs: list[list[Element | str]]) -> bool:
    """A box holding only a numbered title ("<div class='item-title'>1. Le Bistro</div>")
    before a box of prose (its text), pictures or a player between (a countdown's trailer
    under each title), from the box it is alone in (a slide's header): an item's title,
    kept like a numbered line is.
    Not a date ("12. November 2015") or a count ("3 Kommentare")."""
    from auditor.structure.markers import parse_marker

    if len(runs) != 1:
        return False
    text = text_of(el)
    return 0 < len(text.split()) <= MAX_TITLE_WORDS and parse_marker(text) is not None \
        and prose_follows(_widget(el), pictures=True, numbered=True)


BOX_NUMBER = LazyPattern(r"(?:#|No\.\s*)?(\d{1,4})[.):]\s+\S")


def counted_boxes(boxes: Iterable[Element]) -> set[Element]:
    """Those of ``boxes`` (terms, captions) that open with an item number, when their
    numbers run 1..N (or N..1) in document order, N ≥ 3: a list's titles. Numbers out of
    order ("1.", "2.", "4.") are a story's labelled pictures, not a list to check."""
    numbered = [(int(m.group(1)), b) for b in boxes if (m := BOX_NUMBER.match(text_of(b)))]
    nums = [n for n, _ in numbered]
    n = len(nums)
    if n < _MIN_RANKED_ROWS or nums not in (list(range(1, n + 1)), list(range(n, 0, -1))):
        return set()
    return {b for _, b in numbered}


# A ranking table's first cell: the row's number alone ("1", "#1", "1."), or its rank as
# Japanese, Chinese and Korean ranking tables write it ("1位", "第1名", "1위").
_RANK_CELL = LazyPattern(r"(?:#\s?|No\.\s?|第|제)?(\d{1,3})(?:[.):]|位|名|위|등)?")


_MIN_RANKED_ROWS = 3


def ranked_cells(table: Element) -> list[Element]:
    """The number and title cells of a ranking table: every body row opens with a cell
    holding only its number, and the numbers run 1..N (or N..1) down the rows. Each row
    is then an entry of a list: its number and the title cell after it are kept as
    paragraphs (as an item number in its own box is), its other cells read as any text.
    Empty for any other table (a header row of <th> alone is not a body row)."""
    cells: list[Element] = []
    numbers: list[int] = []
    for row in table_rows(table):
        if not any(c.tag == "td" for c in row):
            continue
        m = _RANK_CELL.fullmatch(text_of(row[0])) if len(row) >= 2 else None
        if m is None:
            return []
        numbers.append(int(m.group(1)))
        cells.append(row[0])
        if any(ch.isalpha() for ch in text_of(row[1])):
            cells.append(row[1])  # its title (a second number, a score, is no title)
    n = len(numbers)
    if n < _MIN_RANKED_ROWS or numbers not in (list(range(1, n + 1)), list(range(n, 0, -1))):
        return []
    return cells


# Characters of the scripts that write no space between words (Chinese, Japanese, Thai, Lao,
# Khmer, Burmese): about two of them make a word.
_UNSPACED = LazyPattern(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def reads_like_prose(text: str) -> bool:
    words = text.split()
    if len(words) >= 12:
        return True
    if len(words) >= 5 and text.rstrip()[-1:] in ".!?…\"”’)":
        return True
    if len(text) < 10 or text.isascii():
        return False
    # "この場所は一年中多くの観光客が訪れる…。" is one "word" between spaces: a sentence of
    # ten such characters or more, ended or holding a full stop, is prose; so is a long run
    # with clause commas, or a very long run in a script that writes none (Thai). A headline
    # or a teaser's link writes neither ("雞蛋較春節後淡季少百萬顆 通路多為中高價產品").
    unspaced = len(_UNSPACED.findall(text))
    if unspaced < 10:
        return False
    if text.rstrip()[-1:] in "。．！？!?…」』" or "。" in text:
        return True
    return (unspaced >= 24 and any(c in text for c in "，、；")) or unspaced >= 60


MAX_TITLE_WORDS = 24
