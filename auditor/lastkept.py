"""One value kept for the last key object it was computed for, found again by identity.

A batch audits every page with one tuple of rules: what that tuple asks of the parse, and
its check functions, are worked out on the first page and found again by ``is`` (hashing a
tuple of ~80 rules on every page would cost what the look-up saves)."""

from __future__ import annotations

from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class LastKept(Generic[K, V]):
    """The value computed for the last key put, while that same object is asked for.

    The key is held, so its id cannot be reused by another object while it is kept; the
    (key, value) pair is replaced in one assignment, so a thread reads a whole pair."""

    __slots__ = ("_entry",)

    def __init__(self) -> None:
        self._entry: tuple[K, V] | None = None

    def get(self, key: K) -> V | None:
        entry = self._entry  # read once: another thread may replace it
        return entry[1] if entry is not None and entry[0] is key else None

    def put(self, key: K, value: V) -> None:
        self._entry = (key, value)
