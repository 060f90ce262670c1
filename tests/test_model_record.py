"""auditor.record.Record writes repr, == and hash once instead of having @dataclass
generate them per class: every record (the model's and the other frozen dataclasses
on the cold path) must behave exactly as the generated methods would."""

from __future__ import annotations

import dataclasses
import pickle

import importlib

import pytest

from auditor import model
from auditor.record import Record

MODULES = ("auditor.model", "auditor.structured.model", "auditor.params", "auditor.rulepacks", "auditor.output", "auditor.config", "auditor.sources",
           "auditor.api", "auditor.discover", "auditor.budget", "auditor.checks", "auditor.text.languages",
           "auditor.text.readability", "auditor.structure.markers", "auditor.structure.blocks",
           "auditor.structure.shapes")
RECORDS = sorted((c for name in MODULES for c in vars(importlib.import_module(name)).values()
                  if isinstance(c, type) and c is not Record and issubclass(c, Record) and c.__module__ == name),
                 key=lambda c: f"{c.__module__}.{c.__qualname__}")


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
    in_model = [c for c in vars(model).values() if isinstance(c, type) and dataclasses.is_dataclass(c)]
    assert len(in_model) >= 20 and all(issubclass(c, Record) for c in in_model)
    assert len(RECORDS) >= 40
    assert all(dataclasses.is_dataclass(c) and "__slots__" in vars(c) for c in RECORDS)


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: f"{c.__module__}.{c.__name__}")
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


def test_records_of_one_field_none_and_a_parent_behave_as_generated() -> None:
    @dataclasses.dataclass(frozen=True, slots=True, repr=False, eq=False)
    class One(Record):
        name: str

    @dataclasses.dataclass(frozen=True, slots=True, repr=False, eq=False)
    class Empty(Record):
        pass

    @dataclasses.dataclass(frozen=True, slots=True, repr=False, eq=False)
    class Parent(Record):
        a: int
        b: int

    @dataclasses.dataclass(frozen=True, slots=True, repr=False, eq=False)
    class Child(Parent):
        c: int = 0

    assert hash(Parent(1, 2)) == hash(_generated(Parent)(a=1, b=2))  # the parent's getter is built first
    for record, twin in ((One("ab"), _generated(One)(name="ab")), (Empty(), _generated(Empty)()),
                         (Child(1, 2, 3), _generated(Child)(a=1, b=2, c=3))):
        assert repr(record).rsplit(".", 1)[-1] == repr(twin).rsplit(".", 1)[-1]
        assert hash(record) == hash(twin)
    assert Child(1, 2, 3) != Child(1, 2, 4)
    assert One("ab") == One("ab") and One("ab") != One("ac")


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: f"{c.__module__}.{c.__name__}")
def test_replace_equals_dataclasses_replace(cls: type) -> None:
    from auditor.record import replace

    names = [f.name for f in dataclasses.fields(cls) if f.init]
    required = [f.name for f in dataclasses.fields(cls)
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    record = cls(**{name: f"v{i}" for i, name in enumerate(required)})
    for changes in ({}, {names[0]: "x"} if names else {}, {name: f"c{i}" for i, name in enumerate(names)}):
        ours, theirs = replace(record, **changes), dataclasses.replace(record, **changes)
        assert type(ours) is cls and ours == theirs and repr(ours) == repr(theirs)
        assert ours is not record


def test_replace_refuses_an_unknown_field_and_keeps_post_init() -> None:
    from auditor.record import replace

    @dataclasses.dataclass(frozen=True, slots=True, repr=False, eq=False)
    class Checked(Record):
        a: int

        def __post_init__(self) -> None:
            if self.a < 0:
                raise ValueError("negative")

    @dataclasses.dataclass(frozen=True, slots=True, repr=False, eq=False)
    class Later(Record):
        a: int
        b: int = dataclasses.field(default=0, kw_only=True)

    with pytest.raises(TypeError):
        replace(model.Link(href="x", text="t", line=1, column=1), nope=1)
    with pytest.raises(ValueError):
        replace(Checked(1), a=-1)  # the generic path: __post_init__ still runs
    assert replace(Later(1, b=2), a=3) == Later(3, b=2)
