"""Estimate how wide a title renders in a search result.

Google shows result titles in Arial at about 20 px and cuts them with an ellipsis
near 600 px, so a character count is only a proxy: "WWW" is three times as wide as
"iii". :data:`ARIAL_WIDTHS` holds Arial's advance widths (in 1/1000 em; Arial is
metrically compatible with Helvetica, whose AFM metrics these are). Accented letters
take the width of their base letter; wide East Asian characters one em; marks set on
a letter (Thai vowels above and below, Indic vowel signs) none; anything else unknown
the width of a digit.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Advance widths in 1/1000 em.
ARIAL_WIDTHS: dict[str, int] = {
    " ": 278, "!": 278, '"': 355, "#": 556, "$": 556, "%": 889, "&": 667, "'": 191,
    "(": 333, ")": 333, "*": 389, "+": 584, ",": 278, "-": 333, ".": 278, "/": 278,
    "0": 556, "1": 556, "2": 556, "3": 556, "4": 556, "5": 556, "6": 556, "7": 556,
    "8": 556, "9": 556, ":": 278, ";": 278, "<": 584, "=": 584, ">": 584, "?": 556,
    "@": 1015,
    "A": 667, "B": 667, "C": 722, "D": 722, "E": 667, "F": 611, "G": 778, "H": 722,
    "I": 278, "J": 500, "K": 667, "L": 556, "M": 833, "N": 722, "O": 778, "P": 667,
    "Q": 778, "R": 722, "S": 667, "T": 611, "U": 722, "V": 667, "W": 944, "X": 667,
    "Y": 667, "Z": 611,
    "[": 278, "\\": 278, "]": 278, "^": 469, "_": 556, "`": 333,
    "a": 556, "b": 556, "c": 500, "d": 556, "e": 556, "f": 278, "g": 556, "h": 556,
    "i": 222, "j": 222, "k": 500, "l": 222, "m": 833, "n": 556, "o": 556, "p": 556,
    "q": 556, "r": 333, "s": 500, "t": 278, "u": 556, "v": 500, "w": 722, "x": 500,
    "y": 500, "z": 500,
    "{": 334, "|": 260, "}": 334, "~": 584,
    # Latin-1 and typographic punctuation common in titles.
    "\u00a0": 278, "¡": 333, "¢": 556, "£": 556, "¥": 556, "§": 556, "©": 737,
    "«": 556, "®": 737, "°": 400, "±": 584, "µ": 556, "¶": 537, "·": 278, "»": 556,
    "¿": 611, "×": 584, "÷": 584, "ß": 611, "æ": 889, "Æ": 1000, "ø": 611, "Ø": 778,
    "œ": 944, "Œ": 1000, "ð": 556, "Ð": 722, "þ": 556, "Þ": 667, "ı": 278, "ł": 222,
    "Ł": 556,
    "‘": 222, "’": 222, "‚": 222, "“": 333, "”": 333, "„": 333, "–": 556, "—": 1000,
    "…": 1000, "•": 350, "†": 556, "‡": 556, "‰": 1000, "‹": 333, "›": 333, "€": 556,
    "™": 1000, "′": 191, "″": 355,
}

DEFAULT_WIDTH = 556  # a digit: the average of lowercase text is close to it
WIDE_WIDTH = 1000  # CJK ideographs, kana, hangul, full-width forms
ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}


@lru_cache(maxsize=4096)
def char_width(char: str) -> int:
    """Advance width of one character in 1/1000 em."""
    width = ARIAL_WIDTHS.get(char)
    if width is not None:
        return width
    # Marks that sit on the letter before them take no room of their own: Thai and Lao
    # vowels above and below, Devanagari vowel signs (not all have a combining class).
    if char in ZERO_WIDTH or unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me"):
        return 0
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return WIDE_WIDTH
    base = unicodedata.normalize("NFD", char)[0]  # é → e
    if base != char and base in ARIAL_WIDTHS:
        return ARIAL_WIDTHS[base]
    if char.isspace():
        return ARIAL_WIDTHS[" "]
    return DEFAULT_WIDTH


def pixel_width(text: str, font_size: float = 20.0) -> float:
    """Rendered width of ``text`` in pixels at ``font_size`` px Arial (no kerning)."""
    return sum(char_width(c) for c in text) * font_size / 1000.0
