"""auditor.model's records write repr, == and hash once (model._Record) instead of
having @dataclass generate them per class: every record must behave exactly as the
generated methods would."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from auditor import model

RECORDS = sorted((c for c in vars(model).values() if isinstance(c, type) and dataclasses.is_dataclass(c)
                  and c.__module__ == model.__name__), key=lambda c: c.__name__)


def _generated(cls: type) -> type:
    """The same fields, with the methods @dataclass(frozen=True) generates."""
    return dataclasses.make_dataclass(cls.__qualname__, [(f.name, object, f) for f in dataclasses.fields(cls)],
                                      frozen=True)


def _hash(value: object) -> int | str:
    try:
        return hash(value)
    except TypeError as exc:  # a dict field (Meta.og): unhashable either way
        return f"TypeError: {exc}"


def test_every_model_class_is_a_record() -> None:
    assert len(RECORDS) >= 20
    assert all(issubclass(c, model._Record) and "__slots__" in vars(c) for c in RECORDS)


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
def test_record_methods_equal_the_generated_ones(cls: type) -> None:
    required = [f.name for f in dataclasses.fields(cls)
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    ref = _generated(cls)
    one = {name: f"v{i}" for i, name in enumerate(required)}
    other = {name: f"w{i}" for i, name in enumerate(required)}
    a, same, b = cls(**one), cls(**one), cls(**other)
    ra, rsame, rb = ref(**one), ref(**one), ref(**other)
    assert repr(a) == repr(ra)
    assert _hash(a) == _hash(ra)
    assert (a == same, a == b, a != b, a == ra, a.__eq__(1)) == (rsame == ra, ra == rb, ra != rb, False, NotImplemented)
    assert pickle.loads(pickle.dumps(a)) == a
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(a, dataclasses.fields(cls)[0].name, 1)
