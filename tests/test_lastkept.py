"""LastKept: one value for the last key object, found again only by identity."""

from __future__ import annotations

from auditor.lastkept import LastKept


def test_found_again_for_the_same_object_only() -> None:
    kept: LastKept[tuple[str, ...], int] = LastKept()
    key = ("a", "b")
    assert kept.get(key) is None
    kept.put(key, 2)
    assert kept.get(key) == 2
    equal_but_another = tuple(["a", "b"])
    assert equal_but_another == key and equal_but_another is not key
    assert kept.get(equal_but_another) is None  # identity, not equality: no hashing of the key


def test_a_new_key_replaces_the_last() -> None:
    kept: LastKept[object, str] = LastKept()
    first, second = object(), object()
    kept.put(first, "first")
    kept.put(second, "second")
    assert kept.get(first) is None
    assert kept.get(second) == "second"
