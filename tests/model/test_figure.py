from __future__ import annotations

import copy
import pickle
from decimal import Decimal

import attrs
import pytest
from hypothesis import assume, given, reject
from hypothesis import strategies as st

from licheng import Q_, Figure, Qualifier
from licheng._figures import magnitude_bounds
from licheng.exceptions import DivisionByZeroError, UnitError, ValidationError

D = Decimal


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "low", "high"),
    [
        ("52.2", "亿元", "exact", "52.15", "52.25"),
        ("52.20", "亿元", "exact", "52.195", "52.205"),
        ("40", "万平方米", "exact", "39.5", "40.5"),
        ("2300", "PFLOPS", "exact", "2299.5", "2300.5"),
        ("28", "percent", "exact", "27.5", "28.5"),
        ("44", "percent", "approx", "43.5", "44.5"),
        ("14", "家", "exact", "14", "14"),
        ("40", "亿元", "nearly", None, "40"),
        ("10", "percent", "more_than", "10", None),
        ("1000", "W", "at_least", "1000", None),
        ("5", "亿元", "less_than", None, "5"),
        ("5", "亿元", "at_most", None, "5"),
    ],
)
def test_interval_from_wording(
    value: str, unit: str, qualifier: str, low: str | None, high: str | None
) -> None:
    figure = Figure(value, unit, qualifier)
    assert figure.low_magnitude == (None if low is None else D(low))
    assert figure.high_magnitude == (None if high is None else D(high))
    assert figure.approximate is (qualifier == "approx")
    assert figure.derived is False


@pytest.mark.parametrize(
    ("value", "high"), [(400, "500"), (30, "40"), (1500, "1600"), (10, "20"), ("2.5", "2.6")]
)
def test_odd_numbers_are_capped_by_their_last_digit(value: object, high: str) -> None:
    figure = Figure.odd(value, "亩")
    assert figure.qualifier is Qualifier.MORE_THAN
    assert figure.low_magnitude == D(str(value))
    assert figure.high_magnitude == D(high)


def test_a_range_of_counts_may_have_a_fractional_midpoint() -> None:
    figure = Figure.between(1, 2, "家")
    assert figure.magnitude == D("1.5")
    with pytest.raises(ValidationError, match="whole number"):
        Figure.between("1.5", 2, "家")


def test_range_keeps_written_bounds() -> None:
    figure = Figure.between("3", "5", "万元")
    assert (figure.low_magnitude, figure.high_magnitude) == (D(3), D(5))
    assert figure.magnitude == D(4)
    with pytest.raises(ValidationError, match="range needs both"):
        Figure("4", "万元", "range")


def test_quantities_come_out_in_the_written_unit() -> None:
    figure = Figure("52.2", "亿元")
    assert figure.value == Q_(52.2, "亿元")
    assert figure.value.to("元").magnitude == pytest.approx(5.22e9)
    assert figure.low == Q_(52.15, "亿元")
    assert Figure("40", "亿元", "nearly").low is None


def test_precision_survives() -> None:
    assert str(Figure("52.20", "亿元").magnitude) == "52.20"
    assert Figure("52.20", "亿元") != Figure("52.2", "亿元")
    assert str(Figure(52.2, "亿元").magnitude) == "52.2"


def test_equality_is_by_value_across_scales() -> None:
    assert Figure("52.2", "亿元") == Figure("5.22E+9", "元")
    assert hash(Figure("52.2", "亿元")) == hash(Figure("5.22E+9", "元"))
    assert Figure("52.2", "亿元") == Figure("5.22E+5", "万元")
    assert Figure("52.2", "亿元") != Figure("522000", "万元")  # written to the 万, not the 千万
    assert Figure("52.2", "亿元") != Figure("52.2", "亿元", "approx")
    assert Figure("52.2", "亿元") != Figure("52.2", "亿美元")
    assert Figure("1", "元") != "1元"


def test_repr_is_a_constructor_call() -> None:
    for figure in [
        Figure("52.2", "亿元"),
        Figure.odd(400, "亩"),
        Figure("40", "亿元", "nearly"),
        Figure("44", "percent", "approx"),
        Figure.between(5, 10, "亿元"),
        Figure("1", "元", approximate=True),
        Figure("52.2", "亿元") / Figure("28", "percent"),
    ]:
        assert eval(repr(figure), {"Figure": Figure}) == figure  # noqa: S307 - our own repr


def test_value_copy_pickle() -> None:
    figure = Figure.odd(30, "家")
    assert copy.copy(figure) == figure
    assert copy.deepcopy(figure) == figure
    assert pickle.loads(pickle.dumps(figure)) == figure
    assert len({figure, copy.deepcopy(figure)}) == 1


def test_cannot_mutate() -> None:
    figure = Figure("52.2", "亿元")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        figure.magnitude = D(1)  # type: ignore[misc]
    with pytest.raises(AttributeError):
        figure.extra = 1  # type: ignore[attr-defined]
    handed_out = figure.value
    handed_out.ito("元")
    assert figure.value.units == Q_(1, "亿元").units
    low = figure.low
    assert low is not None
    low.ito("万元")
    assert figure.low == Q_(52.15, "亿元")
    changed = attrs.evolve(figure, magnitude="36.70")
    assert figure.magnitude == D("52.2")
    assert changed.low_magnitude == D("36.695")  # implied bounds follow the new digits


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"magnitude": "abc", "unit": "元"}, "value"),
        ({"magnitude": "NaN", "unit": "元"}, "value"),
        ({"magnitude": True, "unit": "元"}, "value"),
        ({"magnitude": "1", "unit": "担"}, "unit"),
        ({"magnitude": "1", "unit": 3}, "unit"),
        ({"magnitude": "1", "unit": "元", "qualifier": "roughly"}, "qualifier"),
        ({"magnitude": "1", "unit": "元", "low": "2"}, "low"),
        ({"magnitude": "3", "unit": "元", "high": "2"}, "high"),
        ({"magnitude": "2.5", "unit": "家"}, "magnitude"),
        ({"magnitude": "1", "unit": "元", "derived": "yes"}, "derived"),
    ],
)
def test_invalid_figures_are_rejected(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        Figure(**kwargs)  # type: ignore[arg-type]
    assert info.value.errors[0][0] == field


def test_to_converts_value_and_bounds() -> None:
    figure = Figure("40", "万平方米").to("m**2")
    assert figure.magnitude == D("4E+5")
    assert (figure.low_magnitude, figure.high_magnitude) == (D("395000"), D("405000"))
    assert figure == Figure("40", "万平方米")
    with pytest.raises(UnitError):
        Figure("1", "亿元").to("亩")


def test_the_implied_total_of_the_press_release() -> None:
    total = (Figure("52.2", "亿元") / Figure("28", "percent")).to("亿元")
    assert total.derived
    assert not total.approximate
    # Rounded outward, to the digits worth keeping: 182.9824 ≤ 52.15 / 0.285 = 182.98245…
    assert total.low_magnitude == D("182.9824")
    assert total.high_magnitude == D("52.25") / D("0.275") == D(190)
    assert total.magnitude == D("186.4286")


def test_approximate_inputs_give_approximate_results() -> None:
    city = (Figure("2300", "PFLOPS") / Figure("44", "percent", "approx")).to("PFLOPS")
    assert city.approximate
    assert round(city.magnitude) == 5227


def test_half_open_inputs_give_half_open_results() -> None:
    nearly = Figure("40", "percent", "nearly")  # a rate may fall below zero: no lower bound
    assert (nearly + Figure("2", "percent")).low_magnitude is None
    doubled = nearly * 2
    assert doubled.low_magnitude is None
    assert doubled.high_magnitude == D(80)
    assert doubled.qualifier is Qualifier.NEARLY
    more = Figure("10", "percent", "more_than") * 2
    assert more.qualifier is Qualifier.MORE_THAN
    assert more.high_magnitude is None


def test_division_by_an_interval_containing_zero() -> None:
    with pytest.raises(DivisionByZeroError, match="contains zero"):
        Figure("1", "亿元") / Figure("0", "percent")
    with pytest.raises(DivisionByZeroError):
        Figure("1", "亿元") / Figure("40", "percent", "nearly")
    with pytest.raises(ZeroDivisionError):
        Figure("1", "亿元") / 0


def test_plain_numbers_only_combine_where_they_make_sense() -> None:
    assert (Figure("2", "亿元") * 3).high_magnitude == D("7.5")
    assert (3 * Figure("2", "亿元")).high_magnitude == D("7.5")
    assert (1 + Figure("10", "percent").to("")).magnitude == D("1.1")
    with pytest.raises(UnitError):
        Figure("2", "亿元") + 3
    assert Figure("2", "亿元").__add__("x") is NotImplemented
    with pytest.raises(UnitError):
        Figure("1", "亿元") + Figure("1", "亩")


def test_subtraction_and_negation() -> None:
    difference = Figure("36.7", "亿元") - Figure("33.4", "亿元")
    assert difference.low_magnitude == D("36.65") - D("33.45")
    assert difference.high_magnitude == D("36.75") - D("33.35")
    negative = -Figure("3.2", "percent")
    assert (negative.low_magnitude, negative.high_magnitude) == (D("-3.25"), D("-3.15"))
    assert (10 - Figure("2", "")).magnitude == D(8)


def test_quantities_combine_as_exact_figures() -> None:
    result = Figure("2", "亿元") + Q_(1, "亿元")
    assert result.magnitude == D(3)
    assert (result.low_magnitude, result.high_magnitude) == (D("2.5"), D("3.5"))


# -- properties --------------------------------------------------------------------------

decimals = st.decimals(
    min_value=D("-1e6"), max_value=D("1e6"), allow_nan=False, allow_infinity=False, places=3
)
positive = st.decimals(
    min_value=D("0.01"), max_value=D("1e6"), allow_nan=False, allow_infinity=False, places=3
)
qualifiers = st.sampled_from(
    [Qualifier.EXACT, Qualifier.APPROX, Qualifier.NEARLY, Qualifier.MORE_THAN, Qualifier.AT_MOST]
)


@st.composite
def figures(draw: st.DrawFn, values: st.SearchStrategy[Decimal] = decimals) -> Figure:
    return Figure(draw(values), "亿元", draw(qualifiers))


def _points(figure: Figure, fraction: float) -> Decimal:
    """A point of the figure's interval; a measure's open lower side stops at 0."""
    low, high = figure.low_magnitude, figure.high_magnitude
    if low is None and figure.magnitude >= 0 and figure.dimensionality != "dimensionless":
        low = D(0)  # 近40亿元 is at least 0: money, area and counts are not negative
    if low is None:
        low = (high or D(0)) - D(1000)
    if high is None:
        high = low + D(1000)
    return low + (high - low) * D(str(fraction))


@given(st.decimals(min_value=D("-1e12"), max_value=D("1e12"), allow_nan=False, places=4))
def test_an_exact_figure_spans_one_unit_of_its_last_digit(value: Decimal) -> None:
    figure = Figure(value, "亿元")
    assert figure.low_magnitude is not None
    assert figure.high_magnitude is not None
    assert figure.low_magnitude <= figure.magnitude <= figure.high_magnitude
    step = D(1).scaleb(value.as_tuple().exponent)  # type: ignore[arg-type]
    assert figure.high_magnitude - figure.low_magnitude == step


@given(
    figures(),
    figures(),
    st.floats(0, 1),
    st.floats(0, 1),
    st.sampled_from(["+", "-", "*"]),
)
def test_arithmetic_contains_every_true_value(
    a: Figure, b: Figure, s: float, t: float, operator: str
) -> None:
    x, y = _points(a, s), _points(b, t)
    if operator == "+":
        result, true = a + b, x + y
    elif operator == "-":
        result, true = a - b, x - y
    else:
        result, true = a * b, x * y
    if result.low_magnitude is not None:
        assert result.low_magnitude <= true
    if result.high_magnitude is not None:
        assert true <= result.high_magnitude
    assert result.derived


@given(figures(), st.builds(Figure, positive, st.just("percent")), st.floats(0, 1), st.floats(0, 1))
def test_division_contains_every_true_value(a: Figure, b: Figure, s: float, t: float) -> None:
    assume(b.low_magnitude is not None and b.low_magnitude > 0)
    x, y = _points(a, s), _points(b, t)
    result = a / b
    true = x / y
    if result.low_magnitude is not None:
        assert result.low_magnitude <= true  # rounded outward: never above
    if result.high_magnitude is not None:
        assert true <= result.high_magnitude


@given(figures())
def test_pickle_round_trip(figure: Figure) -> None:
    assert pickle.loads(pickle.dumps(figure)) == figure
    assert eval(repr(figure), {"Figure": Figure}) == figure  # noqa: S307 - our own repr


@given(
    decimals,
    st.sampled_from(["亿元", "家", "percent"]),
    st.sampled_from(list(Qualifier)),
    st.one_of(st.just("implied"), st.none(), decimals),
)
def test_both_bounds_at_once_are_the_bounds_one_by_one(
    magnitude: Decimal, unit: str, qualifier: Qualifier, low: object
) -> None:
    try:
        figure = (
            Figure(magnitude, unit, qualifier)
            if low == "implied"
            else Figure(magnitude, unit, qualifier, low=low)
        )
    except ValidationError:
        reject()  # a range needs both bounds; a bound above the value is refused
    assert magnitude_bounds(figure) == (figure.low_magnitude, figure.high_magnitude)
