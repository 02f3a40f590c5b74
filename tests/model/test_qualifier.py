from __future__ import annotations

import pickle

import pytest

from licheng import Qualifier


def test_values_are_stable_strings() -> None:
    assert [q.value for q in Qualifier] == [
        "exact",
        "approx",
        "nearly",
        "more_than",
        "at_least",
        "less_than",
        "at_most",
        "range",
    ]
    assert Qualifier("more_than") is Qualifier.MORE_THAN
    assert Qualifier.NEARLY == "nearly"


@pytest.mark.parametrize(
    ("qualifier", "below", "above"),
    [
        (Qualifier.EXACT, True, True),
        (Qualifier.APPROX, True, True),
        (Qualifier.NEARLY, False, True),
        (Qualifier.MORE_THAN, True, False),
        (Qualifier.AT_LEAST, True, False),
        (Qualifier.LESS_THAN, False, True),
        (Qualifier.AT_MOST, False, True),
        (Qualifier.RANGE, True, True),
    ],
)
def test_bounded_sides(qualifier: Qualifier, below: bool, above: bool) -> None:
    assert qualifier.bounded_below is below
    assert qualifier.bounded_above is above


def test_pickle_and_hash() -> None:
    for qualifier in Qualifier:
        assert pickle.loads(pickle.dumps(qualifier)) is qualifier
    assert len({*Qualifier, *Qualifier}) == len(Qualifier)
