"""Pickle the model's frozen dataclasses by constructor, not by ``__setstate__``.

A frozen dataclass with slots unpickles through ``dataclasses._dataclass_setstate``,
which calls ``fields()`` for every object: a cached result of 40 findings costs more
to load than to read. Reducing each class to ``(cls, field values)`` halves the time
of every load (cache hits, the spool's passes, results coming back from workers);
the objects are equal either way. Cached entries stay valid: their key includes the
code's fingerprint, so a change to the model's fields is a new key.
"""

from __future__ import annotations

import copyreg
import dataclasses
from typing import Any

_done = False


def _reducer(cls: type) -> Any:
    names = tuple(f.name for f in dataclasses.fields(cls) if f.init)

    def reduce(obj: object) -> tuple[type, tuple[object, ...]]:
        return cls, tuple(getattr(obj, name) for name in names)

    return reduce


def register() -> None:
    """Install the reducers for every dataclass of :mod:`auditor.model` (idempotent)."""
    global _done
    if _done:
        return
    import auditor.model as model

    for value in vars(model).values():
        if (isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == model.__name__
                and all(f.init for f in dataclasses.fields(value))):
            copyreg.pickle(value, _reducer(value))
    _done = True


def register_module(name: str) -> None:
    """Install the reducers for the dataclasses defined in module ``name`` (results
    carry some from outside the model: site facts, structured data). Idempotent."""
    import importlib

    module = importlib.import_module(name)
    for value in vars(module).values():
        if (isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == name
                and all(f.init for f in dataclasses.fields(value)) and value not in copyreg.dispatch_table):
            copyreg.pickle(value, _reducer(value))
