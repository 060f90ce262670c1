"""Start-up helpers: patterns compiled on first use (auditor.text.lazyre) and the
median the listicle reading uses instead of importing ``statistics``."""

from __future__ import annotations

import random
import re
import statistics

import pytest

from auditor.text import stats
from auditor.text.lazyre import LazyPattern, lazy_pattern


def test_a_lazy_pattern_compiles_on_its_first_call_and_once(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[tuple[object, ...]] = []
    real = re.compile

    def counting(*args: object) -> object:
        compiled.append(args)
        return real(*args)  # type: ignore[call-overload]

    monkeypatch.setattr(re, "compile", counting)
    pattern = lazy_pattern(r"ab+c", re.I)
    assert compiled == []
    assert pattern().match("ABBC") and pattern() is pattern()
    assert compiled == [(r"ab+c", re.I)]


def test_a_lazy_pattern_object_compiles_on_first_use_and_answers_as_re_does(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[tuple[object, ...]] = []
    real = re.compile

    def counting(*args: object) -> object:
        compiled.append(args)
        return real(*args)  # type: ignore[call-overload]

    monkeypatch.setattr(re, "compile", counting)
    source, flags = r"(?P<word>ab+)(c)?", re.I
    pattern = LazyPattern(source, flags)
    assert compiled == [] and pattern.pattern == source
    eager = real(source, flags)
    text = "xABBc abb ab-c ABC"
    assert pattern.search(text, 1).span() == eager.search(text, 1).span()  # type: ignore[union-attr]
    assert compiled == [(source, flags)]
    # later calls go to the compiled pattern's own methods, found on the instance
    assert pattern.search == eager.search and pattern.sub == eager.sub
    assert pattern.match(text) is None and pattern.match(text, 1).group("word") == "ABB"  # type: ignore[union-attr]
    assert pattern.fullmatch("abbc") is not None and pattern.fullmatch("abbcx") is None
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert pattern.findall(text) == eager.findall(text)
    assert pattern.sub("-", text, 2) == eager.sub("-", text, 2)
    assert pattern.subn(lambda m: m.group(0).upper(), text) == eager.subn(lambda m: m.group(0).upper(), text)
    assert pattern.split(text) == eager.split(text) and pattern.flags == eager.flags
    assert pattern.compiled() is pattern.compiled()
    assert compiled == [(source, flags)]  # once


def test_median_is_statistics_median_value_and_type() -> None:
    rng = random.Random(7)
    for n in range(1, 40):
        ints = [rng.randint(0, 50) for _ in range(n)]
        floats = [rng.random() * 10 for _ in range(n)]
        for data in (ints, floats):
            ours, theirs = stats.median(iter(data)), statistics.median(data)
            assert ours == theirs and type(ours) is type(theirs)
    with pytest.raises(ValueError):
        stats.median([])
