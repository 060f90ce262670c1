"""Words and sentences of article prose.

Only paragraphs are split into sentences: headings and list items are labels, not
sentences (counting them is the false positive Yoast users complain about). A full
stop ends a sentence unless it belongs to an abbreviation ("Dr.", "U.S.", "e.g.",
"Retd."), an initial ("S. Hussain"), a decimal ("3.5") or the next word starts in
lower case; closing quotes and brackets after the stop stay with the sentence that
ends (“…years,” said X. “It’s…” is two sentences).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from auditor.model import Paragraph, Sentence
from auditor.text.languages import before_a_number, lang_root, may_end, never_end, openers
from auditor.text.lazyre import LazyPattern

# A word: letters/digits joined by apostrophes or hyphens ("don't", "19-year-old"),
# or an initialism with inner dots ("U.S", "e.g"). Tokens with no letter are numbers.
# Read as  (?:L\.){2,}(?!L) | \w+(?:[-‐‑'’]\w+)*  with L a letter; both branches open
# with one word character, taken first so that the pattern opens with a character
# class and the engine skips to the next word character in C (tests check the two agree).
# A word's letters and the marks written on them (Devanagari and Bengali vowel signs,
# Hebrew and Arabic points, Thai vowels), which Python does not count as word characters
# ("हिंदी" was three words, "প্রবন্ধটি" four), and the zero-width (non-)joiner Persian
# writes inside words ("روش‌های", ways, one word). The headline reader uses them too.
MARKS = ("\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0963\u0981-\u0d63"
         "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200c\u200d")
_L = r"[^\W\d_]"
_W = r"[\w" + MARKS + r"]"
_TOKEN = re.compile(r"\w(?:(?<=" + _L + r")\.(?:" + _L + r"\.)+(?!" + _L + r")|" + _W + r"*(?:[-‐‑'’]" + _W + r"+)*)")
_LETTER = re.compile(r"[^\W\d_]")


def words(text: str) -> list[str]:
    """Word tokens of ``text``: numbers ("1.", "2025", "90+") and punctuation are not
    words; "don't", "well-known" and "Baloch’s" are one word each."""
    return list(_words(text))


def word_count(text: str) -> int:
    """``len(words(text))`` without copying the memoised words into a new list."""
    return len(_words(text))


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    # Memoised: parsing, finishing and several checks segment the same paragraph,
    # heading and item texts of one document (~95,000 calls for 208 pages).
    seeded = _SEEDS.pop(text, None)
    return seeded if seeded is not None else _tokens(text)


def _tokens(text: str) -> tuple[str, ...]:
    found = _TOKEN.findall(text)
    if "." not in text:  # no initialism to trim ("U.S." → "U.S"): skip the per-token rstrip
        return tuple([token for token in found if token[0].isalpha() or _LETTER.search(token)])
    return tuple([token.rstrip(".") for token in found if token[0].isalpha() or _LETTER.search(token)])


# The words of the last document's multi-sentence paragraphs, joined from their
# sentences' words by split_sentences: a paragraph's tokens are its sentences' tokens in
# order (sentences end only before white space, which no token holds), and the listicle
# reader and the word counts ask for whole paragraphs after the sentences are split.
# Read by _words when its memo misses; replaced per document, so it stays small.
_SEEDS: dict[str, tuple[str, ...]] = {}


# A candidate end: terminal punctuation, then closing quotes/brackets, then space.
# Read as  (?:[.!?؟]+|[…।॥۔])[closers]*(?=\s+|$); written to open with a character class,
# so the engine skips in C to the next stop instead of trying a branch at every
# character (tests check the two agree). Besides Latin's: the Arabic-script question mark
# (؟), Urdu's full stop (۔), the danda of Hindi, Bengali and other Indic scripts (।, ॥),
# Armenian's full stop (։), Ethiopic's (። ፧ ፨), Tibetan's shad (། ༎) and Mongolian's (᠃ ᠉)
# — without them a paragraph in those languages was one long sentence. Greek's question
# mark is ";" (U+037E, folded to ";" by NFC): a candidate here, kept by _is_boundary only
# in Greek (elsewhere it is the semicolon).
_END = re.compile(r"[.!?…؟।॥۔\u0589\u1362\u1367\u1368\u0f0d\u0f0e\u1803\u1809;\u037e](?:(?<=[.!?؟])[.!?؟]*)?[\"'”’»)\]“‘«‹›]*(?=\s+|$)")
# Closing quotes as each language writes them: English ” ’, French and Swiss », German “ ‘ (after
# „ ‚) and « › (after » ›); opening ones likewise, German „ ‚ among them.
_CLOSERS = "\"'”’»)]“‘«‹›"
_OPENERS = "\"'“‘«([¿¡—–-*„‚»›‹"
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]\.?$")


def _token_before(text: str, end: int) -> str:
    """The whitespace-delimited chunk that ends at ``end`` (the full stop included),
    without the brackets or quotes that open it: "(Retd." → "Retd."."""
    start = text.rfind(" ", 0, end) + 1
    return text[start:end].lstrip(_OPENERS)


_SEMICOLONS = ";\u037e"


def _greek_letter(ch: str) -> bool:
    return "\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff"


def _caseless(ch: str) -> bool:
    """A letter Unicode calls lower case in a script that opens sentences without a capital:
    Georgian writes Mkhedruli (lower case since Unicode 11 added the Mtavruli capitals,
    which only all-caps titles use), so every Georgian sentence read as going on."""
    return "\u10d0" <= ch <= "\u10ff"


_NEXT = re.compile(r"\s*[" + re.escape(_OPENERS) + r"]*\s*(\S*)")


class _Stops(NamedTuple):
    """One language's word lists for telling a full stop that ends a sentence."""

    never: frozenset[str]  # abbreviations that never end one ("Dr.")
    may: frozenset[str]  # ones that may ("etc.", "U.S."): then the next word decides
    openers: frozenset[str]  # words that open a sentence after those
    greek: bool  # the article is Greek: ";" is its question mark
    numbered: frozenset[str]  # abbreviations only before a number, words of the language elsewhere ("no.")
    stand_in: LazyPattern | None  # an ASCII look-alike typed for the language's own full stop
    ordinal_before: frozenset[str]  # words before a number that make "3." an ordinal
    ordinal_after: frozenset[str]  # words after "3." that make it one (months)


@lru_cache(maxsize=64)
def _stops(root: str) -> _Stops:
    # Looked up once per document, not per candidate stop (each lookup re-derived the root).
    before, after = _ORDINALS.get(root, (frozenset(), frozenset()))
    return _Stops(never_end(root), may_end(root), openers(root), root == "el", before_a_number(root), _STAND_INS.get(root), before, after)


# German writes ordinals with a full stop and capitalises nouns, so "am 3. Oktober" and
# "in der 2. Bundesliga" read as a sentence ending at "3.": a number of one to three digits
# after an article or preposition, or before a month, is an ordinal. (Languages that write
# months in lower case, Polish, Czech, Danish, Finnish…, need nothing: the next word decides.)
_ORDINALS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "de": (
        frozenset("am vom zum zur im beim bis seit ab der die das den dem des ihr ihre ihrem ihren "
                  "sein seine seinem seinen jeden jedem jeder".split()),
        frozenset("januar jänner februar feber märz april mai juni juli august september oktober "
                  "november dezember".split()),
    ),
}


def _is_boundary(text: str, start: int, end: int, stops: _Stops) -> bool:
    """Does the punctuation run ``text[start:end]`` end a sentence?"""
    if text[start] in _SEMICOLONS and not (stops.greek or _greek_letter(text[start - 1 : start])):
        return False  # a semicolon, not Greek's question mark ("Πού πας;" ends; "AI; the" does not)
    m = _NEXT.match(text, end)
    nxt = m.group(1) if m else ""
    if not nxt:
        return True
    if nxt[0].islower() and not _caseless(nxt[0]):
        return False  # "e.g. five", "“Help!” she said", "approx. ten"
    mark = text[start:end].rstrip(_CLOSERS)
    if mark != ".":
        return True  # "!", "?", "?!", an ellipsis before a capital
    token = _token_before(text, start + 1)
    low = token.lower()
    if low in stops.never:
        return False
    first, spaced = _spaced(text, start + 1 - len(token), low, nxt)
    if spaced in stops.never or spaced in stops.may:
        # "z. B.", "d. h.", "p. ex.", "т. д.": an abbreviation written with a space
        if first or spaced in stops.never:
            return False  # inside it ("z." before "B."), or one that never ends a sentence
        return nxt.lower().strip(_CLOSERS + ",;:") in stops.openers
    if low in stops.numbered:
        return not nxt[0].isdigit()  # "dijo que no. El …" ends; "No. 5" does not
    if token[:-1].isdigit() and not text[: start - len(token) + 1].strip():
        return False  # "1. The …" at the start of a paragraph is a list number
    core = token[:-1]
    if stops.ordinal_after and core.isdigit() and len(core) <= 3 and _ordinal(text, start + 1 - len(token), nxt, stops):
        return False
    if low in stops.may or _INITIALISM.match(token) or (len(core) == 1 and core.isupper()):
        # "in the U.S. The …" ends; "U.S. Army" and "S. Hussain" do not.
        return nxt.lower().strip(_CLOSERS + ",;:") in stops.openers
    return True


_SHORT = re.compile(r"[^\W\d_]{1,3}\.")


def _spaced(text: str, at: int, low: str, nxt: str) -> tuple[bool, str]:
    """The abbreviation ``low`` (a stop's word, at ``text[at:]``) would be a piece of if it
    and its neighbour were one abbreviation written with a space ("z. B.", "p. ex."),
    joined as the lists spell it ("z.b.", "p.ex."), and whether ``low`` is its first
    piece; "" when neither neighbour is a short word with a stop."""
    if not _SHORT.fullmatch(low):
        return False, ""
    if _SHORT.fullmatch(nxt):  # the first piece: "z." before "B."
        return True, low + nxt.lower()
    before = text[:at].rsplit(None, 1)
    prev = before[-1].lower().lstrip(_OPENERS) if before else ""
    return False, (prev + low if _SHORT.fullmatch(prev) else "")


def _ordinal(text: str, at: int, nxt: str, stops: _Stops) -> bool:
    """The number at ``text[at:]`` is an ordinal ("am 3. Oktober"): an article or
    preposition before it, or a month after it (``nxt``)."""
    before = text[:at].rsplit(None, 1)
    return (bool(before) and before[-1].lower() in stops.ordinal_before) or nxt.lower().rstrip(_CLOSERS + ",;:") in stops.ordinal_after


# Chinese and Japanese end sentences with full-width 。！？ (and the half-width ｡), then
# any closing brackets or quotes, with no space before the next sentence: without them a
# paragraph of Chinese or Japanese was one sentence. (An ASCII "?" between two Han
# characters is as often a character lost to a wrong encoding, "巴兹?奥尔德林": left alone.)
# Burmese's full stop (။) and Khmer's (។ ៕) end sentences of scripts written without
# spaces between words the same way.
_UNSPACED_STOPS = "。！？｡။។៕"
_CJK_CLOSERS = "」』）】〕〉》”’\"'»)"
_CJK_END = LazyPattern("[" + _UNSPACED_STOPS + "]+[" + _CJK_CLOSERS + "]*")
_UNSPACED_STOP = re.compile("[" + _UNSPACED_STOPS + "]")  # asked of every paragraph not in ASCII
# After a quotation or title that closes on a stop, Japanese goes on with a particle: the
# quotative と (「行きます。」と言った, as English goes on with "she said"), or the case
# particle a title takes (番組「チコちゃんに叱られる！」が受賞した). No sentence opens with
# one of these (で, も and や are left out: "でも", "もし", "やはり" open sentences).
_CJK_GOES_ON = ("と", "って", "が", "を", "に", "は", "の", "へ", "、", "，")


def _cjk_bounds(text: str) -> list[int]:
    """Where Chinese, Japanese, Burmese and Khmer sentences end in ``text`` (offsets after the stop)."""
    out = []
    for m in _CJK_END.finditer(text):
        end = m.end()
        closed = end > m.start() + 1 and text[end - 1] in _CJK_CLOSERS
        if closed and text.startswith(_CJK_GOES_ON, end):
            continue
        out.append(end)
    return out


# Keyboards without the script's own full stop give its ASCII look-alike: Armenian's ։ typed
# as a colon (after an Armenian letter, before a capital: a sentence), the danda । of Hindi,
# Marathi, Nepali and Bengali typed as a vertical bar.
_DEVANAGARI_BAR = LazyPattern(r"(?<=[\u0900-\u097f])\s?\|(?=\s|$)")
_STAND_INS: dict[str, LazyPattern] = {
    "hy": LazyPattern(r"(?<=[\u0531-\u0587]):(?=\s+[\u0531-\u0556«(])"),
    "hi": _DEVANAGARI_BAR,
    "mr": _DEVANAGARI_BAR,
    "ne": _DEVANAGARI_BAR,
    "bn": LazyPattern(r"(?<=[\u0980-\u09ff])\s?\|(?=\s|$)"),
}


def _split(text: str, stops: _Stops) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in one paragraph's text."""
    bounds = [0]
    for m in _END.finditer(text):
        if _is_boundary(text, m.start(), m.end(), stops):
            bounds.append(m.end())
    if not text.isascii() and _UNSPACED_STOP.search(text):
        bounds = sorted({*bounds, *_cjk_bounds(text)})
    if stops.stand_in is not None and (":" in text or "|" in text):
        bounds = sorted({*bounds, *(m.end() for m in stops.stand_in.finditer(text))})
    bounds.append(len(text))
    out = []
    for a, b in zip(bounds, bounds[1:]):
        piece = text[a:b]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            out.append((a + lead, a + lead + len(stripped)))
    return out


def source_position(line: int, column: int, breaks: Sequence[int], offset: int) -> tuple[int, int]:
    """Source line and column of ``offset`` in a block's collapsed text that starts at
    ``line``:``column`` and whose source lines broke at ``breaks`` (as
    ``Paragraph.breaks``). Columns are best effort: exact for plain text and Markdown
    without inline markup."""
    k = bisect_right(breaks, offset)
    if k == 0:
        return line, column + offset
    return line + k, offset - breaks[k - 1] + 1


def split_sentences(paragraphs: Sequence[Paragraph], lang: str) -> tuple[Sentence, ...]:
    """The sentences of ``paragraphs`` in order; ``Sentence.paragraph`` is the index
    of the paragraph in ``paragraphs``. Sentences with no word are dropped, and so are a
    post's embedded from a social network (someone else's words, not the story's)."""
    stops = _stops(lang_root(lang))
    out: list[Sentence] = []
    seeds: dict[str, tuple[str, ...]] = {}
    for index, p in enumerate(paragraphs):
        if p.embed:
            continue
        text = p.text
        spans = _split(text, stops)
        parts: list[tuple[str, ...]] = []
        for a, b in spans:
            piece = text[a:b]
            tokens = _words(piece)  # the memoised tuple itself: no list, no copy
            parts.append(tokens)
            if not tokens:
                continue
            line, column = source_position(p.line, p.column, p.breaks, a)
            out.append(Sentence(text=piece, line=line, column=column, words=tokens, paragraph=index))
        if len(parts) > 1:
            seeds[text] = tuple(chain.from_iterable(parts))
    _SEEDS.clear()
    _SEEDS.update(seeds)
    return tuple(out)
