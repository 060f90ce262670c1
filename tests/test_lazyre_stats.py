"""Start-up helpers: patterns compiled on first use (auditor.text.lazyre) and the
median the listicle reading uses instead of importing ``statistics``."""

from __future__ import annotations

import random
import re
import statistics

import pytest

from auditor.text import stats
from auditor.text.lazyre import lazy_pattern


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
