"""One ``repr``, ``==`` and ``hash`` for auditor's frozen dataclasses, instead of three
generated per class.

``@dataclass`` writes each method as source and compiles it: six functions for a
frozen class, ~0.5-0.8 ms per class, paid on every cold start (auditor.model's 20
records alone cost ~15 ms). repr, == and hash are the same for every record whose
fields are all shown, compared and hashed, so :class:`Record` defines them once from
the fields; a subclass says ``repr=False, eq=False`` and inherits them.
tests/test_model_record.py holds every Record against a ``make_dataclass`` twin.
"""

from __future__ import annotations

from dataclasses import fields
from operator import attrgetter
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar


def _no_values(record: object) -> tuple[object, ...]:
    return ()


class _FieldValues:
    """A record's field values as a tuple, in field order: the getter is built on first
    use and then kept on the class itself, where later lookups find it directly. Every
    record class gets its own (see Record.__init_subclass__): a record extending another
    must not find its parent's getter, which misses the fields it adds."""

    def __get__(self, record: object, cls: type[Record]) -> Callable[[object], tuple[object, ...]]:
        names = [f.name for f in fields(cls)]
        get: Callable[[object], tuple[object, ...]]
        if len(names) > 1:
            get = attrgetter(*names)
        elif names:  # attrgetter of one name gives the bare value, not a 1-tuple
            one = attrgetter(names[0])
            get = lambda record: (one(record),)  # noqa: E731
        else:
            get = _no_values
        # staticmethod: a plain function kept on the class would be bound to the record.
        cls._values = staticmethod(get)  # type: ignore[assignment]  # shadows this descriptor
        return get


R = TypeVar("R", bound="Record")


class Record:
    """The ``repr``, ``==`` and ``hash`` that ``@dataclass(frozen=True)`` would generate
    (same text, same field order, same hash), for a subclass declared
    ``@dataclass(frozen=True, slots=True, repr=False, eq=False)``."""

    __slots__ = ()
    __dataclass_fields__: ClassVar[dict[str, Any]]  # each subclass is a dataclass
    _values = _FieldValues()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._values = _FieldValues()  # its own, built from its own fields

    def __repr__(self) -> str:
        shown = ", ".join(f"{f.name}={v!r}" for f, v in zip(fields(self), self._values(self)))
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(self._values(self) == self._values(other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values(self))


def _field_index(cls: type[Record]) -> dict[str, int] | None:
    """Each field's position in ``cls(*values)``, or None when a field is no positional
    init argument or the class has a ``__post_init__`` (then ``dataclasses.replace``)."""
    if cls not in _INDEXES:
        fs = fields(cls)
        plain = all(f.init and not f.kw_only for f in fs) and not hasattr(cls, "__post_init__")
        _INDEXES[cls] = {f.name: i for i, f in enumerate(fs)} if plain else None
    return _INDEXES[cls]


_INDEXES: dict[type[Record], dict[str, int] | None] = {}


def replace(record: R, /, **changes: Any) -> R:
    """``dataclasses.replace(record, **changes)`` for a Record, in ~60 % of its time:
    the values read by one getter, the changed ones put in place, one call of the class.
    A document is copied five or six times a page, each of its ~60 links once (finish),
    and ``dataclasses.replace`` checked each of a document's 32 fields in Python."""
    cls = type(record)
    index = _field_index(cls)
    if index is None:
        import dataclasses

        return dataclasses.replace(record, **changes)
    values = list(cls._values(record))
    for name, value in changes.items():
        try:
            values[index[name]] = value
        except KeyError:
            raise TypeError(f"{cls.__qualname__} has no field {name!r}") from None
    return cls(*values)
