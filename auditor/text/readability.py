"""Reading ease, grade level and reading time of an article's prose.

Counts come from our own tokens: the document's sentences (paragraphs only, never
headings or list items) and their words (numbers excluded). The reading-ease formula
is the one calibrated for the article's language (see ``languages.FORMULAS``); the
Flesch–Kincaid grade uses English coefficients in every language (it is only
meaningful for English and is reported for comparison).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from auditor.model import Document, Sentence
from auditor.record import Record
from auditor.text.languages import formula_for, lang_root
from auditor.text.lazyre import LazyPattern

WORDS_PER_MINUTE = 238  # Brysbaert (2019): average silent reading rate for non-fiction, in English

# Reading rates in other languages. IReST (Trauzettel-Klosinski & Dietz 2012) had native
# speakers of 17 languages read the same texts, equated in content, aloud: English 228 words a
# minute, German 179, Finnish 161 (a word there carries more). Each language's rate is scaled
# by English's silent rate over its IReST one (238/228), as Brysbaert (2019) predicts other
# languages' rates from the words they need for the same message.
# The rates are IReST's table of words a minute by language (Trauzettel-Klosinski & Dietz 2012,
# Invest Ophthalmol Vis Sci 53(9):5452-61, doi:10.1167/iovs.11-8284), as reproduced at
# irisreading.com/average-reading-speed-in-various-languages (its rows Arabic to Polish agree
# with every rate here) and, citing it, in the readometer package's
# src/readingSpeedsByLanguage.js: Portuguese (Brazilian texts) 181, Slovenian 180, Swedish 199.
# Macedo & Silva (2013, repositorium.uminho.pt 1822/42099) cite IReST's Brazilian readers at 180.
# IReST's later editions, the same texts translated and read the same way (aloud, 25 native
# readers): Greek 208 words a minute (Gleni et al. 2019, Optom Vis Sci 96(10),
# doi:10.1097/OPX.0000000000001434) and Norwegian 204 (the Norwegian IReST's validation,
# Scand J Optom Vis Sci 17(1), doi:10.15626/sjovs.v17i1.4102: texts translated from the
# German, English and Swedish ones, 25 readers of 41 years on average), read for Bokmål and
# Nynorsk alike.
IREST_ENGLISH = 228
_IREST_WORDS = {"ar": 138, "de": 179, "es": 218, "fi": 161, "fr": 195, "he": 187, "it": 188, "nl": 202,
                "pl": 166, "pt": 181, "ru": 184, "sl": 180, "sv": 199, "tr": 166, "el": 208, "no": 204,
                "nb": 204, "nn": 204}
# Where words are not spaced: characters of Chinese (255 a minute) and Japanese (357), and
# letters of Thai, Lao, Khmer and Burmese, alphabets IReST has no text in, at its alphabetic
# languages' 68 ms a character (~882 a minute); vowel signs and tone marks written on a letter
# share its place and are not counted. IReST's Chinese characters are its syllables (255 of
# each a minute): punctuation is no character read, and a Latin word or a number in the text
# ("iPhone", "2024") is read as a word, at English's rate, not letter by letter.
IREST_CHARACTERS = {"zh": 255, "ja": 357}
IREST_LETTERS = {"th": 882, "lo": 882, "km": 882, "my": 882}
# A run of Latin letters or digits inside Chinese or Japanese text: one word.
_SPACED_RUN = LazyPattern(r"[0-9A-Za-z\u00c0-\u024f]+(?:[.,'’-][0-9A-Za-z\u00c0-\u024f]+)*")


# Characters of Chinese and Japanese (Han, kana) and letters of Thai, Lao, Burmese and Khmer.
_UNSPACED_CHAR = LazyPattern("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                             "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_KANA = LazyPattern("[\u3040-\u30ff]")
_LETTER_SCRIPT = LazyPattern("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


@lru_cache(maxsize=8192)
def word_equivalents(text: str) -> int:
    """``text``'s length in words, the words of an unspaced script counted as the score
    measures a body's length (README, Scores): Chinese characters 255/228 to a word,
    Japanese (a text with kana) 357/228, Thai, Lao, Burmese and Khmer letters 882/228, a
    Latin word or number among them one word. A token count read a Japanese paragraph
    as the two or three runs between its commas, a tenth of an English one as long to read."""
    from auditor.text.segment import word_count

    if not _UNSPACED_CHAR.search(text):
        return word_count(text)
    if _LETTER_SCRIPT.search(text):
        letters = sum(map(str.isalnum, text)) / (IREST_LETTERS["th"] / IREST_ENGLISH)
        return max(1, round(letters))
    chars, latin = character_counts([text])
    per_word = IREST_CHARACTERS["ja" if _KANA.search(text) else "zh"] / IREST_ENGLISH
    return max(1, round(chars / per_word + latin))


def words_per_minute(lang: str) -> float:
    """Words an adult reads a minute, silently, in ``lang``."""
    return WORDS_PER_MINUTE * _IREST_WORDS.get(lang_root(lang), IREST_ENGLISH) / IREST_ENGLISH


def character_counts(texts: Sequence[str]) -> tuple[int, int]:
    """Characters read one by one in Chinese or Japanese ``texts`` (letters and digits of
    the script, not punctuation), and the Latin words and numbers among them."""
    chars = words = 0
    for text in texts:
        runs = _SPACED_RUN.findall(text)
        chars += sum(map(str.isalnum, text)) - sum(sum(map(str.isalnum, r)) for r in runs)
        words += len(runs)
    return chars, words


def unspaced_reading_seconds(lang: str, texts: Sequence[str]) -> int | None:
    """Reading time of ``texts`` where ``lang`` writes no space between words (characters
    or letters read a minute; a token count made a 3,000-character story a minute's
    read); None in a spaced language."""
    root = lang_root(lang)
    silent = WORDS_PER_MINUTE / IREST_ENGLISH
    if root in IREST_CHARACTERS:
        chars, words = character_counts(texts)
        return round((chars / (IREST_CHARACTERS[root] * silent) + words / WORDS_PER_MINUTE) * 60)
    if root in IREST_LETTERS:
        letters = sum(sum(map(str.isalnum, t)) for t in texts)
        return round(letters / (IREST_LETTERS[root] * silent) * 60)
    return None
COMPLEX_SYLLABLES = 3  # a "complex" word has this many syllables or more


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Readability(Record):
    """Counts and reading-ease scores of a text, with the formula that computed them."""

    words: int
    sentences: int
    syllables: int
    complex_words: int  # words of COMPLEX_SYLLABLES syllables or more
    flesch_reading_ease: float | None  # None when there is no text to score
    flesch_kincaid_grade: float | None
    reading_time_s: int
    formula: str  # the reading-ease formula used, e.g. "Flesch", "Amstad"
    lang: str  # the language root the formula and syllables were chosen for

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words if self.words else 0.0

    def as_metrics(self) -> dict[str, object]:
        """Flat values for ``FileResult.metrics``."""
        return {
            "words": self.words,
            "sentences": self.sentences,
            "syllables": self.syllables,
            "complex_words": self.complex_words,
            "flesch_reading_ease": _round(self.flesch_reading_ease),
            "flesch_kincaid_grade": _round(self.flesch_kincaid_grade),
            "reading_time_s": self.reading_time_s,
            "reading_ease_formula": self.formula,
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def measure_sentences(sentences: Sequence[Sentence], lang: str) -> Readability:
    """Readability of ``sentences`` written in ``lang``."""
    root = lang_root(lang)
    formula, name = formula_for(root)
    from auditor.text.syllables import syllable_counts

    counts = syllable_counts(list(chain.from_iterable([s.words for s in sentences])), root)
    n_words, n_syllables = len(counts), sum(counts)
    # Syllable counts are whole numbers >= 0: the complex words are all the others.
    n_complex = n_words - sum(map(counts.count, range(COMPLEX_SYLLABLES)))
    n_sentences = sum(1 for s in sentences if s.words)
    ease = grade = None
    if n_words and n_sentences:
        asl = n_words / n_sentences
        asw = n_syllables / n_words
        ease = formula.score(asl, asw)
        grade = 0.39 * asl + 11.8 * asw - 15.59
    return Readability(
        words=n_words,
        sentences=n_sentences,
        syllables=n_syllables,
        complex_words=n_complex,
        flesch_reading_ease=ease,
        flesch_kincaid_grade=grade,
        reading_time_s=round(n_words / words_per_minute(root) * 60),
        formula=name,
        lang=root,
    )


# Several rules measure the same document: keep the last few results by identity.
_CACHE: list[tuple[Document, Readability]] = []
_CACHE_SIZE = 4


def measure(doc: Document) -> Readability:
    """Readability of ``doc``'s prose paragraphs (its sentences; split here when the
    document was built without them)."""
    for cached, result in _CACHE:
        if cached is doc:
            return result
    sentences = doc.sentences
    if not sentences and doc.paragraphs:
        from auditor.text.segment import split_sentences

        sentences = split_sentences(doc.paragraphs, doc.lang)
    result = measure_sentences(sentences, doc.lang)
    _CACHE.insert(0, (doc, result))
    del _CACHE[_CACHE_SIZE:]
    return result
