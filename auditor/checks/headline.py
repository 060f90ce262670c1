"""The headline (what a reader sees atop the article) and the SEO title (what a search
result shows): presence, length in characters, words and pixels, shouting,
punctuation, and whether the two agree.

Every hit points at the headline (or at the ``<title>`` line for SEO-title rules);
the offending text is the excerpt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from auditor.checks import Hit, Params, check
from auditor.model import Document
from auditor.text.lazyre import lazy_pattern

# --- shared helpers (headings.py reuses the punctuation ones) ---------------------------


def flat(text: str | None) -> str:
    return " ".join((text or "").split())


def seo_title(doc: Document) -> str | None:
    """The title a search result shows: ``meta.title``; for front matter Markdown
    whose generator builds ``<title>`` from ``title``, that."""
    if doc.meta.title and doc.meta.title.strip():
        return flat(doc.meta.title)
    if doc.format == "markdown":
        value = doc.meta.front_matter.get("title")
        if isinstance(value, str) and value.strip():
            return flat(value)
    return None


def _title_line(doc: Document) -> int:
    return doc.meta.lines.get("title", 1)


_ABBREVIATION = lazy_pattern(r"(?:\b[^\W\d_]\.){2,}$")  # "U.S.", "D.C."


def ending_punctuation(text: str, chars: Iterable[str], abbreviations: Iterable[str]) -> str | None:
    """The punctuation ``text`` wrongly ends with, or None. An ellipsis and a closing
    abbreviation ("U.S.", "Inc.") are not sentence punctuation."""
    stripped = text.rstrip().rstrip("\"'”’»)]")
    if not stripped:
        return None
    last = stripped[-1]
    if last not in set(chars):
        return None
    if last == ";" and _greek_before(stripped):
        return None  # Greek's question mark (U+037E, which NFC folds into ";")
    if last == "." and (stripped.endswith("...") or _ABBREVIATION().search(stripped)):
        return None
    tail = stripped.rsplit(None, 1)[-1].lower()
    if last == "." and tail in {a.lower() for a in abbreviations}:
        return None
    return last


def _greek_before(text: str) -> bool:
    """The last letter before ``text``'s final mark is Greek."""
    letters = [c for c in text[-12:-1] if c.isalpha()]
    if not letters:
        return False
    last = letters[-1]
    return "\u0370" <= last <= "\u03ff" or "\u1f00" <= last <= "\u1fff"  # Greek, polytonic Greek


_TOKEN = lazy_pattern(r"\S+")
_ALNUM = lazy_pattern(r"\w")


def headline_words(text: str) -> list[str]:
    """Whitespace tokens that hold a letter or digit: "7 Ways to Save" is 4 words,
    because a reader sees the number as a word in a title."""
    return [t for t in _TOKEN().findall(text) if _ALNUM().search(t)]


def _at_headline(doc: Document, text: str = "", **data: object) -> Hit:
    return Hit(line=doc.headline_line, column=doc.headline_column, excerpt=text, data=data)


# --- checks --------------------------------------------------------------------------------


# A kicker: a label of one or two words before a colon that opens the headline
# ("Exclusive:", "Kaufratgeber:", "Im Gespräch:", "Review :"). Read at a glance as a
# label, it is not what makes a headline long.
_KICKER = lazy_pattern(r"^[^\W\d_][\w'’.&-]*(?:\s+[\w'’.&-]+)?\s?:\s+(?=\S+\s+\S+\s+\S)")
_KICKER_MAX = 20


def without_kicker(text: str) -> str:
    """The headline without a one- or two-word label before a colon that opens it,
    when at least three words follow."""
    found = _KICKER().match(text)
    return text[found.end():] if found is not None and found.end() <= _KICKER_MAX + 2 else text


@check("headline.length")
def length(doc: Document, params: Params) -> Iterator[Hit]:
    text = flat(doc.headline)
    if not text:
        return
    from auditor.checks.meta import band_in_own_characters, display_width

    low, high = int(params["min"]), int(params["max"])
    # A CJK character takes the room (and says as much) as two; a mark set on a letter
    # (a Thai vowel above, a Devanagari vowel sign) none of its own.
    width = display_width(text) - _marks(text)
    if width > high:  # long: the kicker's label does not count
        kickless = without_kicker(text)
        width = display_width(kickless) - _marks(kickless)
    if not low <= width <= high:
        problem = "short" if width < low else "long"
        low, high = band_in_own_characters(text, width, low, high)
        length = len(text) - _marks(text)
        yield _at_headline(doc, text, length=length, problem=problem, min=low, max=high)


def visible_length(text: str) -> int:
    """Characters a reader sees: code points less the combining marks set on them."""
    return len(text) - _marks(text)


def _marks(text: str) -> int:
    """Combining marks in ``text``: code points a reader does not see as characters."""
    if text.isascii():
        return 0
    import unicodedata

    return sum(1 for c in text if unicodedata.category(c) in ("Mn", "Me"))


@check("headline.pixel_width")
def pixel_width(doc: Document, params: Params) -> Iterator[Hit]:
    from auditor.text.pixels import pixel_width as width_of

    # Search shows the <title>; only a page without one has its headline shown in
    # its place. A page with a title is measured by seo_title_length (HL006).
    if seo_title(doc) is not None:
        return
    text = flat(doc.headline)
    if not text:
        return
    size = float(params["font_size"])
    limit = float(params["max_px"])
    width = width_of(text, size)
    if width > limit:
        yield _at_headline(doc, text, width=round(width), max_px=round(limit))


@check("headline.word_count")
def word_count(doc: Document, params: Params) -> Iterator[Hit]:
    text = flat(doc.headline)
    if not text:
        return
    low, high = int(params["min"]), int(params["max"])
    count = len(headline_words(text))
    if not low <= count <= high:
        problem = "too few" if count < low else "too many"
        yield _at_headline(doc, text, words=count, problem=problem, min=low, max=high)


# " | The Independent", " - CBS News", " : The Two-Way : NPR": short last parts after
# a spaced separator (a colon that follows a word is not one: "Impeachment hearings:").
# Japanese and Chinese titles set a full-width colon or bar without spaces before the
# site name ("…が受賞：朝日新聞デジタル"); only a short last part after one is a name,
# a long one is the headline's own second half ("…比較してみた：さらば平成、さらば水冷…").
_SITE_SUFFIX = lazy_pattern(
    r"(?:\s+[|\-–—·•»/~:]+\s+[^|–—·•»/~:]{1,40}|\s*[：｜]\s*[^|–—·•»/~:：｜]{1,15})+$")


def _without_site_suffix(title: str) -> str:
    core = _SITE_SUFFIX().sub("", title)
    return core if core.strip() else title


# Quotes and dashes a CMS may set differently in <title> and in the H1 (“…” / "…",
# – / -): folded one character for one, so positions in the folded text are the title's.
_FOLD = str.maketrans({c: '"' for c in "“”„«»‹›"} | {c: "'" for c in "‘’‚"} | {c: "-" for c in "–—"})


def _folded(text: str) -> str:
    return "".join(c if len(low := c.lower()) != 1 else low for c in text.translate(_FOLD))


# A template's part in front of the headline: "heise online - Headline", "Site | Headline".
# A colon is not taken: "Protestkultur in Japan: Headline" is the story's own kicker.
_PREFIX_SEPARATOR = lazy_pattern(r"\s+[|\-–—·•»~/]+\s+$")
_SENTENCE_BREAK = lazy_pattern(r"[.!?…]\s+\S")


def _own_words(title: str, headline: str) -> str:
    """The part of ``title`` a reader must see whole: the headline itself when the title
    is the headline with the template's parts around it, else the title without its
    short trailing parts (site name, section).

    - "Headline. Subtitle… | by Author | Medium": the title begins with the headline and
      runs on after a sentence break; what search cuts is the appended subtitle.
    - "heise online - Headline": a short part in front of the headline, set off by a
      template separator (not a colon), is the site's name or section.
    """
    core = _without_site_suffix(title)
    head = headline.strip().rstrip(".")
    if not head or len(head) >= len(core):
        return core
    folded, folded_head = _folded(core), _folded(head).strip("\"'")
    if folded.startswith(folded_head) and _SENTENCE_BREAK().match(core, len(folded_head)):
        return core[:len(folded_head)]
    at = folded.rfind(folded_head)
    if at > 0 and at + len(folded_head) == len(folded.rstrip("\"' ")):
        prefix = core[:at].rstrip("\"'“„«")
        if _PREFIX_SEPARATOR().search(prefix) and len(prefix.split()) <= 5:
            return core[at:]
    return core


@check("headline.seo_title_length")
def seo_title_length(doc: Document, params: Params) -> Iterator[Hit]:
    from auditor.text.pixels import pixel_width as width_of

    title = seo_title(doc)
    if title is None:
        return
    max_chars = int(params["max_chars"])
    max_px = float(params["max_px"])
    width = width_of(title, float(params["font_size"]))
    # Search cuts from the end: losing " | Site Name" or an appended subtitle costs
    # nothing, losing the story's own words does. Only those are measured.
    core = _own_words(title, flat(doc.headline))
    core_width = width if core == title else width_of(core, float(params["font_size"]))
    if len(core) > max_chars or core_width > max_px:
        yield Hit(
            line=_title_line(doc),
            excerpt=title,
            data={"length": len(title), "width": round(width), "max_chars": max_chars, "max_px": round(max_px)},
        )


# Separators between a title's parts: "Headline | Section | Site".
_SEPARATOR = lazy_pattern(r"\s+[|\-–—·•:»/~]+\s+|\s*[|·•»]\s*")
_DOMAIN_TAIL = lazy_pattern(r"\.(?:com|org|net|co\.uk|co|uk|de|fr|io|in|news)$")


def _title_part_key(part: str) -> str:
    key = part.casefold().strip(" .!-–—")
    key = key.removeprefix("www.")
    return _DOMAIN_TAIL().sub("", key)


@check("headline.seo_title_duplicate_suffix")
def seo_title_duplicate_suffix(doc: Document, params: Params) -> Iterator[Hit]:
    """A title part repeated: "Title | Site | Site", "Title - Site | site.com"."""
    title = seo_title(doc)
    if title is None:
        return
    parts = [p for p in _SEPARATOR().split(title) if p.strip()]
    seen: set[str] = set()
    for part in parts:
        key = _title_part_key(part)
        if key and key in seen:
            yield Hit(line=_title_line(doc), excerpt=title, data={"repeated": part.strip()})
            return
        seen.add(key)


_CAPS_WORD = re.compile(r"(?<![\w'’])[^\W\d_]{2,}(?:['’][^\W\d_]+)?(?![\w'’])")


@check("headline.all_caps")
def all_caps(doc: Document, params: Params) -> Iterator[Hit]:
    """Shouted words: all-caps words longer than an acronym, or a headline that is
    mostly capitals even if each word is short ("7 WAYS TO SAVE NOW")."""
    text = flat(doc.headline)
    if not text:
        return
    max_acronym = int(params["max_acronym"])
    allow = {w.casefold() for w in params["allow"]}
    words = _CAPS_WORD.findall(text)
    # Every letter upper case: kana and kanji have no case, so "NUCで最新SSD" is not shouting.
    caps = [w for w in words if w.isupper() and all(c.isupper() for c in w if c.isalpha())]
    shouted = [w for w in caps if len(w) > max_acronym and w.casefold() not in allow]
    min_words = int(params["min_caps_words"])
    ratio = float(params["caps_ratio"])
    mostly = len(caps) >= min_words and len(caps) >= ratio * len(words)
    if shouted or mostly:
        listed = shouted or caps
        yield _at_headline(doc, text, words=", ".join(dict.fromkeys(listed)), count=len(listed))


# A sentence ending inside the headline: "Traveling solo? Social media can help."
_INNER_SENTENCE_END = lazy_pattern(r"([^\W\d_]{2,})([.?!…]+)[\"'”’»)]*\s+[\"'“‘«(¿¡]*[^\W\d_]")
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof", "st", "vs", "no", "jr", "sr"})


def _two_sentences(text: str, abbreviations: Iterable[str]) -> bool:
    """``text`` holds a sentence end before its last character ("Solo? Social media…"),
    not an abbreviation's period ("Mr. Smith", "Inc. Shares")."""
    known = _TITLES | {a.lower().rstrip(".") for a in abbreviations}
    return any(m.group(2) != "." or m.group(1).lower() not in known
               for m in _INNER_SENTENCE_END().finditer(text.rstrip()[:-1]))


@check("headline.ending_punctuation")
def ending_punctuation_check(doc: Document, params: Params) -> Iterator[Hit]:
    text = flat(doc.headline)
    if not text:
        return
    mark = ending_punctuation(
        text, params["chars"], params["abbreviations"]
    )
    # A headline written as two sentences ends as a sentence: its period is the house
    # style (Mashable, Vox), not a stray mark.
    if mark == "." and _two_sentences(text, params["abbreviations"]):
        return
    if mark is not None:
        yield _at_headline(doc, text, mark=mark)


@check("headline.clickbait_punctuation")
def clickbait_punctuation(doc: Document, params: Params) -> Iterator[Hit]:
    text = flat(doc.headline)
    patterns = [p for p in params["patterns"] if p]
    if not text or not patterns:
        return
    alternation = "|".join(re.escape(p) for p in sorted(patterns, key=len, reverse=True))
    m = re.search(f"(?:{alternation})[!?]*", text)
    if m:
        yield _at_headline(doc, text, marks=m.group(0))


_SIGNIFICANT = lazy_pattern(r"[^\W_]+(?:['’][^\W_]+)?")


# Scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Burmese,
# with their vowel signs): a run of them is a phrase, not a word, so two phrases that
# share words ("東京で大雪" and "大雪で交通…") share no run. Compared by character pairs.
# Hangul too: Korean spaces its words but glues the particles on ("서울에", "서울의",
# "서울" are one word), so pairs of its syllables are what two titles share.
_UNSPACED_RUN = lazy_pattern(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
    "\uac00-\ud7af]+"
)
_KANA = lazy_pattern("[\u3040-\u309f]+")  # hiragana: particles and endings, shared by any two phrases


def _character_pairs(run: str) -> set[str]:
    """A run of an unspaced script as its character pairs (a lone character as itself);
    pairs of hiragana alone ("した", "での") are grammar, not content."""
    if len(run) == 1:
        return {run}
    pairs = (run[i:i + 2] for i in range(len(run) - 1))
    return {p for p in pairs if not _KANA().fullmatch(p)}


def significant_words(text: str, stopwords: Iterable[str], min_length: int = 3) -> set[str]:
    """Content words, lowercased, with a light plural/possessive fold ("apples'" →
    "apple") so "Apple" and "Apples" count as shared; numbers always count. Runs of
    an unspaced script count by their character pairs."""
    stop = {s.casefold() for s in stopwords}
    out: set[str] = set()
    if not text.isascii():
        for run in _UNSPACED_RUN().findall(text):
            out |= _character_pairs(run)
        text = _UNSPACED_RUN().sub(" ", text)
    for word in _SIGNIFICANT().findall(text):
        w = word.casefold().replace("’", "'")
        w = w.removesuffix("'s")
        if w in stop:
            continue
        if w.isdigit():
            out.add(w)
            continue
        if len(w) < min_length:
            continue
        if len(w) > 4 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.add(w)
    return out


def _without_site(title: str, site: str | None) -> str:
    """The title with a trailing site-name part dropped ("Headline - Site" → "Headline")."""
    if not site:
        return title
    parts = _SEPARATOR().split(title)
    while len(parts) > 1 and _title_part_key(parts[-1]) == _title_part_key(site):
        parts.pop()
    return " ".join(parts)


@check("headline.title_mismatch")
def title_mismatch(doc: Document, params: Params) -> Iterator[Hit]:
    headline = flat(doc.headline)
    title = seo_title(doc)
    if not headline or title is None or title.casefold() == headline.casefold():
        return
    stop = params["stopwords"]
    title_words = significant_words(_without_site(title, doc.meta.og.get("og:site_name")), stop)
    head_words = significant_words(headline, stop)
    if title_words and head_words and not title_words & head_words:
        if len(title_words & significant_words(_summary(doc), stop)) >= _DESCRIBES:
            return  # a plain title for a headline with a twist ("Fork The Government"): it fits the page
        yield Hit(line=_title_line(doc), excerpt=title, data={"title": title, "headline": headline})


# Key words a title shares with the page's summary from which it describes the page.
_DESCRIBES = 2


def _summary(doc: Document) -> str:
    """What the page says it is about besides its headline: its description and dek."""
    parts = (doc.meta.description, doc.meta.og.get("og:description"),
             doc.standfirst.text if doc.standfirst is not None else None)
    return " ".join(p for p in parts if p)


@check("headline.keyphrase")
def keyphrase(doc: Document, params: Params) -> Iterator[Hit]:
    """The focus keyphrase (front matter ``keyphrase`` or the rule's ``keyphrase``
    parameter) should appear in the headline: all its content words, any order."""
    phrase = flat(doc.meta.keyphrase) or flat(str(params["keyphrase"]))
    headline = flat(doc.headline)
    if not phrase or not headline:
        return
    stop = params["stopwords"]
    have = significant_words(headline, stop, min_length=1)
    # Name the missing words as the keyphrase spells them, not in folded form.
    missing_words = [
        w for w in _SIGNIFICANT().findall(phrase)
        if (folded := significant_words(w, stop, min_length=1)) and not folded <= have
    ]
    if missing_words:
        yield _at_headline(doc, headline, keyphrase=phrase, missing=", ".join(dict.fromkeys(missing_words)))
