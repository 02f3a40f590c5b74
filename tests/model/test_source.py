import datetime as dt

import pytest

from licheng import Source
from licheng.exceptions import ValidationError


def make():
    return Source(
        "人民网",
        publisher_en="People's Daily Online",
        place="济南",
        date=dt.date(2025, 7, 18),
        quote="规上医药生产企业14家",
        notes=["year inferred"],
    )


def test_value_semantics(value_semantics):
    value_semantics(make, {"quote": "30多家"})


def test_repr_is_a_constructor_call(repr_round_trip):
    repr_round_trip(make())
    repr_round_trip(Source("人民网"))


def test_lists_become_tuples_and_iso_strings_dates():
    source = Source("人民网", date="2025-07-18", notes=["a", "b"])
    assert source.notes == ("a", "b")
    assert source.date == dt.date(2025, 7, 18)


@pytest.mark.parametrize(
    ("arguments", "path"),
    [
        ({"publisher": ""}, "publisher"),
        ({"publisher": None}, "publisher"),
        ({"publisher": "人民网", "date": "18 July"}, "date"),
        ({"publisher": "人民网", "notes": "year inferred"}, "notes"),
        ({"publisher": "人民网", "notes": ["ok", 3]}, "notes[1]"),
        ({"publisher": "人民网", "url": 5}, "url"),
    ],
)
def test_bad_fields_are_named(arguments, path):
    with pytest.raises(ValidationError) as caught:
        Source(**arguments)
    assert caught.value.errors[0][0] == path
