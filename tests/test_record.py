"""store/record.py behaves as the dataclasses it replaces on the start path do."""

from __future__ import annotations

import dataclasses

import pytest

from store.record import FrozenInstanceError, field, record, replace


@record(frozen=True)
class Pin:
    name: str
    value: str = ""
    position: int = field(default=0, compare=False)


@dataclasses.dataclass(frozen=True)
class DataPin:
    name: str
    value: str = ""
    position: int = dataclasses.field(default=0, compare=False)


@record
class Bag:
    where: str
    params: list
    why: str = ""
    ids: list = field(default_factory=list)


def test_frozen_record_compares_hashes_and_prints_as_a_dataclass():
    a, b = Pin("after", "2016", 3), Pin("after", "2016", position=9)
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1   # position is not compared
    assert a != Pin("before", "2016") and a != ("after", "2016", 3)
    assert repr(a).replace("Pin", "DataPin", 1) == repr(DataPin("after", "2016", 3))
    assert Pin("x") == Pin("x", "", 0) and Pin("x").value == ""
    with pytest.raises(FrozenInstanceError):
        a.value = "2017"
    with pytest.raises(AttributeError):
        del a.name


def test_mutable_record_defaults_are_its_own_and_it_is_unhashable():
    one, two = Bag("1", []), Bag("1", [])
    one.ids.append(5)
    assert two.ids == [] and one != two
    one.why = "walk"
    assert one.why == "walk"
    with pytest.raises(TypeError):
        hash(one)


def test_replace_and_bad_arguments():
    bag = Bag("1", [2], ids=[7])
    new = replace(bag, where="e.id > ?", why="changed")
    assert (new.where, new.params, new.why, new.ids) == ("e.id > ?", [2], "changed", [7])
    assert bag.where == "1"
    with pytest.raises(TypeError):
        Bag("1")                         # params missing
    with pytest.raises(TypeError):
        Bag("1", [], where="2")          # twice
    with pytest.raises(TypeError):
        Bag("1", [], nope=1)
    with pytest.raises(TypeError):
        Bag("1", [], "", [], "extra")
    with pytest.raises(TypeError):
        replace(bag, nope=1)


def test_a_field_without_default_after_one_with_is_refused():
    with pytest.raises(TypeError):
        @record
        class Bad:
            a: int = 0
            b: int


@record
class Handle:
    path: str
    opened: list = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.opened.append(self.path)


@dataclasses.dataclass
class DataHandle:
    path: str
    opened: list = dataclasses.field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.opened.append(self.path)


def test_post_init_runs_and_hidden_fields_leave_the_repr_as_in_a_dataclass():
    h = Handle("a.db")
    assert h.opened == ["a.db"]                      # __post_init__ ran after the fields
    assert repr(h).replace("Handle", "DataHandle", 1) == repr(DataHandle("a.db"))
    assert "opened" not in repr(h)
    assert Handle("a.db") == Handle("a.db", ["x"])     # opened is not compared
