"""Nothing licheng hands out can be changed, and no public operation changes what it is given.

pint's ``Quantity.ito`` converts in place, numpy arrays and pandas frames are mutable and the
bundled data set is cached: each is a way for one caller's change to leak into another's
result. Every test here changes what it was handed and checks that the next call does not see
it.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

import attrs
import numpy as np
import pytest

import licheng
from licheng import (
    Q_,
    District,
    Figure,
    FigureArray,
    check,
    derive,
    extract,
    from_json,
    normalize,
    parse_figure,
    to_frame,
    to_json,
)
from licheng.datasets import licheng_2025h1

_IMMUTABLE_LEAVES = (str, int, float, bool, Decimal, enum.Enum, dt.date, type(None))


def assert_deeply_immutable(obj: object, path: str = "obj", seen: set[int] | None = None) -> None:
    """Every value reachable from ``obj`` is a frozen attrs instance, a tuple or a plain value."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, _IMMUTABLE_LEAVES):
        return
    if isinstance(obj, tuple | frozenset):
        for index, item in enumerate(obj):
            assert_deeply_immutable(item, f"{path}[{index}]", seen)
        return
    assert attrs.has(type(obj)), f"{path} is a mutable {type(obj).__name__}"
    fields = attrs.fields(type(obj))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(obj, fields[0].name, None)
    assert not hasattr(obj, "__dict__"), f"{path} has a __dict__"
    for field in fields:
        assert_deeply_immutable(getattr(obj, field.name), f"{path}.{field.name}", seen)


# -- quantities handed out are new each time -----------------------------------------------


@pytest.mark.parametrize("view", ["value", "low", "high"])
def test_ito_on_a_figures_quantity_changes_nothing(view: str) -> None:
    figure = Figure("52.2", "亿元")
    before = repr(figure), getattr(figure, view)
    quantity = getattr(figure, view)
    quantity.ito("元")
    quantity *= 2
    assert getattr(figure, view) == before[1]
    assert getattr(figure, view).units == Q_(1, "亿元").units
    assert repr(figure) == before[0]
    assert getattr(figure, view) is not getattr(figure, view)


def test_ito_on_the_data_sets_quantities_changes_nothing() -> None:
    indicator = licheng_2025h1().industry("现代医药").indicator("output_value")
    indicator.figure.value.ito("元")
    assert indicator.yoy is None or indicator.yoy.value.ito("dimensionless") is None
    assert licheng_2025h1().industry("现代医药").indicator("output_value").figure.value == Q_(
        52.2, "亿元"
    )


def test_a_quantity_given_to_a_figure_is_copied() -> None:
    quantity = Q_(36.7, "亿元")
    figure = Figure.from_quantity(quantity)
    quantity.ito("元")
    assert figure == Figure("36.7", "亿元")


@pytest.mark.parametrize(
    "call",
    [
        lambda q: licheng.share(q, Q_(186.4, "亿元")),
        lambda q: licheng.implied_total(q, Q_(28, "percent")),
        lambda q: licheng.yoy_growth(q, Q_(40, "亿元")),
        lambda q: licheng.previous_value(q, Q_(10, "percent")),
        lambda q: licheng.cagr(Q_(40, "亿元"), q, 2),
        lambda q: licheng.format_quantity(q, "zh_Hans_CN", unit="万元"),
        lambda q: Figure("1", "亿元") + q,
        lambda q: Figure("1", "亿元") / q,
    ],
    ids=["share", "implied_total", "yoy_growth", "previous_value", "cagr", "format", "add", "div"],
)
def test_operations_leave_the_quantities_they_are_given_alone(call) -> None:
    quantity = Q_(52.2, "亿元")
    call(quantity)
    assert quantity.magnitude == 52.2
    assert quantity.units == Q_(1, "亿元").units


# -- objects: frozen all the way down ------------------------------------------------------


def test_the_cached_data_set_cannot_be_changed_through_what_it_returns() -> None:
    first = licheng_2025h1()
    assert first is licheng_2025h1()  # cached: which is why it must be immutable
    assert_deeply_immutable(first)
    text = to_json(first)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        first.name = "别的区"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        first.industries[0].indicators[0].figure.magnitude = Decimal(1)  # type: ignore[misc]
    with pytest.raises(TypeError):
        first.industries[0] = first.industries[1]  # type: ignore[index]
    with pytest.raises(AttributeError):
        first.indicators.append(first.indicators[0])  # type: ignore[attr-defined]
    assert to_json(licheng_2025h1()) == text


def test_everything_derived_from_the_data_set_is_immutable() -> None:
    district = licheng_2025h1()
    assert_deeply_immutable(derive(district), "derive()")
    assert_deeply_immutable(check(district), "check()")
    assert_deeply_immutable(district.indicators, "indicators")
    assert_deeply_immutable(from_json(to_json(district), District), "from_json()")


def test_parsed_and_extracted_objects_are_immutable() -> None:
    text = "上半年产值52.2亿元，同比增长10%，占全区规上工业总产值的28%，企业30多家。"
    assert_deeply_immutable(parse_figure("约4.287亿美元"))
    assert_deeply_immutable(tuple(extract(text)), "extract()")
    assert_deeply_immutable(normalize("增長(zhǎng)５２．２％"))


def test_lists_returned_are_the_callers_own() -> None:
    text = "上半年产值52.2亿元，同比增长10%。"
    mentions = extract(text)
    count = len(mentions)
    mentions.clear()
    assert len(extract(text)) == count


def test_sequences_given_to_constructors_are_copied_into_tuples() -> None:
    district = licheng_2025h1()
    indicators = list(district.industry("现代医药").indicators)
    industry = licheng.Industry("现代医药", indicators=indicators)
    indicators.clear()
    assert len(industry.indicators) > 0
    derivation = derive(district)[0]
    inputs = list(derivation.inputs)
    copy = attrs.evolve(derivation, inputs=inputs)
    inputs.clear()
    assert copy.inputs == derivation.inputs
    assert_deeply_immutable(copy)


# -- arrays and frames -----------------------------------------------------------------------


def test_figure_arrays_are_read_only_and_copy_their_input() -> None:
    values = np.array([52.2, 36.7])
    array = FigureArray(values, "亿元", low=values - 0.05, high=values + 0.05)
    values[0] = 0.0
    assert array.values[0] == 52.2
    for name in ("values", "low", "high"):
        with pytest.raises(ValueError, match="read-only"):
            getattr(array, name)[0] = 1.0
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        array.unit = "元"  # type: ignore[misc]
    totals = licheng.implied_total(array, FigureArray([28.0, 50.0], "percent"))
    for name in ("values", "low", "high"):
        assert not getattr(totals, name).flags.writeable
        assert not getattr(totals.to("万元"), name).flags.writeable
    assert totals[0] == totals[0]


def test_figure_arrays_exact_by_default_do_not_share_a_writable_buffer() -> None:
    array = FigureArray([1.0, 2.0], "家")
    assert not array.low.flags.writeable
    assert not array.high.flags.writeable


def test_to_frame_returns_a_fresh_frame_each_time() -> None:
    district = licheng_2025h1()
    frame = to_frame(district)
    expected = frame.copy()
    frame.loc[0, "value"] = -1.0
    frame["unit"] = "changed"
    del frame["label"]
    again = to_frame(district)
    assert again.equals(expected)
    assert to_frame(licheng_2025h1()).equals(expected)


# -- pickling and copying give equal, independent objects ------------------------------------


@pytest.mark.parametrize(
    "make",
    [
        lambda: Figure("52.2", "亿元"),
        lambda: licheng_2025h1().industries[0],
        lambda: derive(licheng_2025h1())[0],
        lambda: extract("产值52.2亿元")[0],
    ],
    ids=["figure", "industry", "derivation", "mention"],
)
def test_pickled_objects_are_equal_and_still_frozen(make) -> None:
    import pickle

    obj: Any = make()
    back = pickle.loads(pickle.dumps(obj))
    assert back == obj
    assert_deeply_immutable(back)


def test_quantities_from_figures_belong_to_the_one_registry() -> None:
    assert Figure("52.2", "亿元").value._REGISTRY is licheng.ureg
