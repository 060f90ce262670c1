"""The median of a few word counts, without importing ``statistics``.

``statistics`` imports fractions, decimal and random (~3 ms of a cold one-article
check) for what the listicle reading needs of it: the median of a handful of
integers. This is ``statistics.median``, line for line, so results are the same
objects (an element for an odd count, the mean of the middle two for an even one).
"""

from __future__ import annotations

from collections.abc import Iterable


def median(values: Iterable[float]) -> float:
    """The middle value of ``values``; ValueError when there is none."""
    data = sorted(values)
    n = len(data)
    if n == 0:
        raise ValueError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2
