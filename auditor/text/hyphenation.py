"""Hyphenation breaks of a word, counted with pyphen's patterns, parsed once per machine.

The syllable counter only asks how many breaks pyphen would put in a word
(``len(Pyphen.positions(word))``). This counts them with Liang's algorithm over
pyphen's own patterns for the language, as pyphen does, but stops extending a piece of
the word as soon as no pattern starts with it (pyphen tries every piece up to its
longest pattern): ~35% less time per new word; and it reads only a pattern's nonzero
values (~45% less again for Spanish, ~30% for French). A language's patterns are parsed
by pyphen from its ``hyph_*.dic`` (12 ms for French, 28 ms for Spanish, 62 ms for Dutch)
and kept pickled with their prefixes in auditor's cache folder (the one of
:mod:`auditor.packcache`; ``AUDITOR_PACK_CACHE=0`` turns both off), keyed by pyphen's
installed code and Python's, so a later process loads them in a few ms without
importing pyphen. A missing, unreadable or unwritable copy just means pyphen parses the
file again. tests/test_hyphenation_cache.py compares the counts with pyphen's.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# pyphen's defaults, which the syllable counter uses: no break before the second
# letter or after the second-to-last.
LEFT = RIGHT = 2

# A pattern's letters -> each of its nonzero values with its position, counted from the
# pattern's first letter, as one int: position * _MARK + value (a value is one digit).
# pyphen's HyphDict.patterns keep every value, zeros too, after an offset; a value only
# raises a point, so zeros need not be read; one int a mark makes the pickled copy quicker
# to load than (offset, values) was (Spanish 2.1 -> 1.5 ms; a pair a mark took 2.3).
Table = dict[str, tuple[int, ...]]
_MARK = 16
_LAYOUT = 2  # of a pickled Patterns: raise it when Table's layout changes


class Patterns:
    """One language's hyphenation patterns, and every proper prefix of them."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.prefixes = frozenset(key[:n] for key in table for n in range(1, len(key)))

    def breaks(self, word: str) -> int:
        """How many hyphenation points pyphen finds in ``word``."""
        pointed = f".{word.lower()}."
        size = len(pointed)
        points = [0] * (size + 1)
        table, prefixes = self.table, self.prefixes
        for i in range(size - 1):
            for j in range(i + 1, size + 1):
                piece = pointed[i:j]
                marks = table.get(piece)
                if marks is not None:
                    for mark in marks:
                        at, value = divmod(mark, _MARK)
                        if value > points[i + at]:
                            points[i + at] = value
                if piece not in prefixes:
                    break  # no longer piece from i is a pattern
        # Point k lies before letter k - 1 of the word; odd values allow a break.
        first, last = LEFT + 1, len(word) - RIGHT + 1
        return sum([value & 1 for value in points[first : min(last, size) + 1]])


def patterns_for(lang: str) -> Patterns | None:
    """The patterns pyphen uses for ``lang`` (None when it has none)."""
    from auditor.packcache import load_pickle

    copy = _copy_path(lang)
    if copy is not None:
        kept = load_pickle(copy)
        if isinstance(kept, Patterns):
            return kept
    parsed = _parse(lang)
    if parsed is not None and copy is not None:
        _store(copy, parsed)
    return parsed


def _parse(lang: str) -> Patterns | None:
    import pyphen

    name = pyphen.language_fallback(lang)
    if not name:
        return None
    hyph = pyphen.HyphDict(pyphen.LANGUAGES[name])
    # Values as plain ints: a nonstandard break's replacement text does not change
    # whether there is a break.
    return Patterns({key: tuple((offset + k) * _MARK + int(v) for k, v in enumerate(values) if int(v))
                     for key, (offset, values) in hyph.patterns.items()})


def _copy_path(lang: str) -> Path | None:
    """Where ``lang``'s pickled patterns are kept, keyed by pyphen's installed code
    (found without importing it) and Python's version; None when keeping is off."""
    from importlib.util import find_spec

    from auditor.packcache import cache_folder

    folder = cache_folder()
    spec = find_spec("pyphen") if folder is not None else None
    if folder is None or spec is None or spec.origin is None:
        return None
    try:
        st = os.stat(spec.origin)
    except OSError:
        return None
    # Per installation (pyphen's and this file's paths), then per build of them.
    where = _digest(f"{spec.origin}\0{__file__}", 6)
    # The layout's version too: a build that stamps every file with one date (reproducible
    # wheels) would otherwise read a copy pickled in an older layout.
    mine = Path(__file__).stat().st_mtime_ns
    state = _digest(f"{_LAYOUT}\0{st.st_size}\0{st.st_mtime_ns}\0{sys.version}\0{mine}", 8)
    return folder / f"hyph-{lang}-{where}-{state}.pickle"


def _digest(text: str, size: int) -> str:
    from auditor.digests import blake2b  # not hashlib: no OpenSSL load for a key

    return blake2b(text.encode("utf-8", "surrogateescape"), digest_size=size).hexdigest()


def _store(copy: Path, patterns: Patterns) -> None:
    from auditor.packcache import write_pickle

    try:
        write_pickle(copy, patterns)  # readers see no copy or the whole one
        # This installation's copies from earlier builds go (other checkouts keep theirs).
        for old in copy.parent.glob(copy.name.rsplit("-", 1)[0] + "-*.pickle"):
            if old != copy:
                old.unlink(missing_ok=True)
    except OSError:
        return  # a read-only home: the next process parses the file again
