"""Regular expressions compiled on first use instead of at import.

CPython compiles a pattern in pure Python (0.05–1 ms each, more for long
alternations), and a module's patterns used to be compiled when it was imported,
whether the run needed them or not: ~8 ms of a cold ``auditor check`` on one
plain-text draft went to patterns for HTML, image credits and encodings it never
ran. A pattern that most runs need stays a plain ``re.compile``; one that only some
inputs reach is a :func:`lazy_pattern`, called where it is used: ``CREDIT().search(text)``,
or a :class:`LazyPattern`, called as a compiled pattern is: ``CREDIT.search(text)``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any, AnyStr


def lazy_pattern(pattern: AnyStr, flags: int = 0) -> Callable[[], re.Pattern[AnyStr]]:
    """A function returning ``re.compile(pattern, flags)``, compiled on its first call."""
    return cache(lambda: re.compile(pattern, flags))


class LazyPattern:
    """A ``str`` pattern compiled on its first use, used as a compiled one is:
    ``NAME = LazyPattern(r"…", re.I)``, then ``NAME.search(text)``.

    For module vocabularies of which a page reaches only some (the chrome judge's ~60
    label and link patterns: a typical HTML page uses a third of them, and compiling
    them all was ~25 ms of its cold start), without changing how they are called. The
    first call compiles and puts the compiled pattern's bound methods on the instance,
    where later lookups find them before the class's methods: from then on a call costs
    what it costs on a compiled pattern.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = re.compile(self.pattern, self._flags)
        vars(self).update({name: getattr(compiled, name) for name in _METHODS})
        vars(self)["compiled"] = lambda: compiled
        return compiled

    @property
    def flags(self) -> int:
        return self.compiled().flags

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)


_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


# re.I takes a letter for another when their one-letter lower cases agree, and for a few
# pairs besides (re._casefix: dotless "ı" for "i", long "ſ" for "s"); str.lower() agrees
# with the first except that it makes "İ" two letters ("i" and a combining dot).
_AS_RE_I = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def lower_as_re_i(text: str) -> str:
    """``text`` lower-cased so that a word a ``re.I`` pattern spells in lower-case letters
    (Latin, or any script's but for re.I's few pairs of Greek and old Cyrillic letters)
    is ``in`` it wherever the pattern would find that word in ``text``: a needle check
    that skips a costly search exactly. Letter for letter: one character each."""
    return text.lower() if text.isascii() else text.translate(_AS_RE_I).lower()


class LabelPattern(LazyPattern):
    r"""A ``LazyPattern`` of a label, ``^\W*(?:A|B|…)tail`` with hundreds of words in many
    languages and re.I, whose ``match`` tries only the alternatives that can start with the
    text's first word character.

    Under re.I the regex engine enters every alternative in turn (its quick skip of an
    alternative whose first letter differs works for case-sensitive letters only):
    RELATED_LABEL's ~270 took ~8 µs a label. Here each alternative starts with a word
    character (checked when the table is built), so none can start on what the lead's
    ``\W*`` skips, and re.I takes a text's letter for a pattern's exactly when their keys
    (:func:`_case_key`) agree: the alternatives filed under the key of the text's first word
    character, in their order, between the same lead and tail, give the very match the whole
    pattern gives (same span; no groups). ``search``, and a ``pos``, use the whole pattern.
    Worth it for a long alternation only: the dispatch costs ~1 µs a call."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        super().__init__(pattern, flags)
        self._table: _LabelTable | None = None

    def compiled(self) -> re.Pattern[str]:
        compiled = super().compiled()
        vars(self).pop("match", None)  # matched by the first letter's alternatives
        return compiled

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        table = self._table
        if table is None:
            table = self._table = _LabelTable(self.pattern, self._flags)
        if pos or endpos != sys.maxsize or not table.sources:
            return self.compiled().match(string, pos, endpos)
        char = string[:1]
        if not char.isalnum():  # the lead skips what is not a word character
            lead = table.lead(string).end()  # type: ignore[union-attr]  # \W* always matches
            if lead == len(string):
                return None  # no alternative matches empty (see _first_letters)
            char = string[lead]
        key = char.lower() if char < "\x80" else _case_key(char)
        matcher = table.by_key.get(key) or table.matcher(key)
        return matcher(string)


def _no_match(string: str) -> None:
    """The match of a key no alternative starts with."""
    return None


class _LabelTable:
    """A LabelPattern's alternatives filed by the key of each letter they can start with:
    ``sources``, a pattern per key, whose ``match`` is put in ``by_key`` when first asked;
    empty when the pattern is not of that shape (or this Python's re differs): the whole
    pattern is used."""

    __slots__ = ("lead", "sources", "by_key", "flags")

    def __init__(self, pattern: str, flags: int) -> None:
        self.lead = re.compile(r"\W*", flags).match
        self.flags = flags
        self.sources: dict[str, str] = {}
        self.by_key: dict[str, Callable[[str], re.Match[str] | None]] = {}
        split = _split_alternatives(pattern)
        if split is None or _EXTRA_CASES is None or not flags & re.I or flags & (re.M | re.X | re.A):
            return
        alternatives, tail = split
        keyed: dict[str, list[str]] = {}
        for alternative in alternatives:
            letters = _first_letters(alternative)
            if letters is None:
                return  # an alternative may start anywhere: no table
            for key in dict.fromkeys(_case_key(c) for c in sorted(letters)):
                keyed.setdefault(key, []).append(alternative)
        self.sources = {key: f"{_LABEL_LEAD}{'|'.join(alts)}){tail}" for key, alts in keyed.items()}

    def matcher(self, key: str) -> Callable[[str], re.Match[str] | None]:
        """The ``match`` of ``key``'s alternatives, compiled now (:func:`_no_match` when no
        alternative starts with that key)."""
        source = self.sources.get(key)
        found = re.compile(source, self.flags).match if source is not None else _no_match
        self.by_key[key] = found
        return found


_LABEL_LEAD = r"^\W*(?:"

try:  # how re.I pairs letters: CPython's simple lower case and its few extra pairs (re._casefix)
    from _sre import unicode_tolower as _tolower  # type: ignore[import-not-found]
    from re._compiler import _EXTRA_CASES  # type: ignore[import-not-found]
except ImportError:  # another Python: a LabelPattern matches with its whole pattern
    _EXTRA_CASES = None


def _case_key(char: str) -> str:
    """The key of a letter: two letters re.I takes one for the other have the same key (the
    engine compares their simple lower cases, and a few pairs such as "ı" and "i", "ς" and
    "σ" besides)."""
    lower = _tolower(ord(char))
    pairs = _EXTRA_CASES.get(lower)
    return chr(min(lower, *pairs) if pairs else lower)


def _split_alternatives(pattern: str) -> tuple[list[str], str] | None:
    """The alternatives of the group _LABEL_LEAD opens ``pattern`` with, cut at its own "|",
    and the pattern after the group; None when ``pattern`` does not open so, the group does
    not close, or the pattern has a capturing group (a match would number it otherwise)."""
    if not pattern.startswith(_LABEL_LEAD):
        return None
    alternatives: list[str] = []
    tail = None
    depth, start, at, size = 0, len(_LABEL_LEAD), len(_LABEL_LEAD), len(pattern)
    while at < size:
        char = pattern[at]
        if char == "\\":
            at += 1
        elif char == "[":  # a class: skip to its "]" (one first, or escaped, is a member)
            at += 2 if pattern.startswith("[^", at) else 1
            while at < size and (pattern[at] != "]" or pattern[at - 1] in "[^" and pattern[at - 2:at] != "\\["):
                at += 2 if pattern[at] == "\\" else 1
        elif char == "(":
            if not pattern.startswith("(?", at) or pattern.startswith("(?P", at):
                return None  # a capturing group
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif char == ")" and tail is None:
            alternatives.append(pattern[start:at])
            tail = at + 1
        elif char == "|" and not depth and tail is None:
            alternatives.append(pattern[start:at])
            start = at + 1
        at += 1
    return (alternatives, pattern[tail:]) if tail is not None else None


def _first_letters(alternative: str) -> set[str] | None:
    """The characters ``alternative`` can start with, as spelled (re.I adds their other
    cases), all word characters; None when it may match empty or start otherwise (a range,
    a category, any character, a look-around)."""
    if alternative[:1].isalnum() and alternative[1:2] not in ("?", "*", "{"):
        return {alternative[0]}  # most alternatives: a word, its first letter plain
    from re import _parser  # type: ignore[attr-defined]

    letters: set[str] = set()
    if not _first_of(list(_parser.parse(alternative)), letters) or "" in letters:
        return None
    return letters if all(c.isalnum() or c == "_" for c in letters) else None


def _first_of(items: list[tuple[Any, Any]], letters: set[str]) -> bool:
    """Add to ``letters`` what the parsed ``items`` can start with; True when they cannot
    match empty. What it does not read adds "" (see _first_letters)."""
    for op, value in items:
        name = str(op)
        if name == "LITERAL":
            letters.add(chr(value))
            return True
        if name == "IN":
            letters.update(chr(item) if str(kind) == "LITERAL" else "" for kind, item in value)
            return True
        if name == "SUBPATTERN" and value[0] is None and not value[1] and not value[2]:
            if _first_of(list(value[3]), letters):
                return True
        elif name == "BRANCH":
            if all([_first_of(list(branch), letters) for branch in value[1]]):
                return True
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            if _first_of(list(value[2]), letters) and value[0] > 0:
                return True
        else:
            letters.add("")  # anything else: not read
            return True
    return False
