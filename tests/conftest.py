"""Shared checks of value semantics: every public type is equal, hashable, copyable, picklable
and immutable by value."""

from __future__ import annotations

import copy
import pickle

import attrs
import pytest


def check_value_semantics(make, change):
    """``make()`` builds equal objects; ``change`` names a field and a different value."""
    first, second = make(), make()
    assert first == second
    assert hash(first) == hash(second)
    assert len({first, second}) == 1
    other = attrs.evolve(first, **change)
    assert other != first
    assert first == make()  # evolve made a new object and left the old one alone
    assert copy.copy(first) == first
    assert copy.deepcopy(first) == first
    assert pickle.loads(pickle.dumps(first)) == first  # noqa: S301 - our own bytes
    name = next(iter(change))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(first, name, change[name])
    with pytest.raises(AttributeError):
        first.not_a_field = 1  # slotted: no room for new attributes


def check_repr_round_trip(obj):
    """``repr`` is a constructor call that rebuilds an equal object."""
    import datetime as dt

    import licheng

    namespace = {name: getattr(licheng, name) for name in licheng.__all__}
    namespace["datetime"] = dt  # the repr of a Source names datetime.date
    assert eval(repr(obj), namespace) == obj  # noqa: S307 - our own repr, in a test


@pytest.fixture
def value_semantics():
    """The check that an object behaves as an immutable value."""
    return check_value_semantics


@pytest.fixture
def repr_round_trip():
    """The check that ``eval(repr(obj)) == obj``."""
    return check_repr_round_trip
