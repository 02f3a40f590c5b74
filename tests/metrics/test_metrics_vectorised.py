"""The vectorised path: FigureArray in, FigureArray out, equal to the scalar path row by row."""

from __future__ import annotations

import importlib.util
import math
import pickle
from decimal import Decimal, localcontext
from fractions import Fraction
from pathlib import Path

import attrs
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from licheng import (
    Q_,
    Figure,
    FigureArray,
    Qualifier,
    cagr,
    contribution,
    implied_total,
    percentage_point_change,
    previous_value,
    share,
    yoy_growth,
)
from licheng.exceptions import DivisionByZeroError, UnitError, ValidationError

ROWS = 400
_WORDINGS = [
    Qualifier.EXACT,
    Qualifier.APPROX,
    Qualifier.NEARLY,
    Qualifier.MORE_THAN,
    Qualifier.AT_LEAST,
    Qualifier.LESS_THAN,
    "odd",
]


def _figures(seed: int, unit: str, low: int, high: int) -> list[Figure]:
    """Written figures with 0–2 decimals and every wording, open sides included."""
    rng = np.random.default_rng(seed)
    result = []
    for _ in range(ROWS):
        places = int(rng.integers(0, 3))
        number = Decimal(int(rng.integers(low * 10**places, high * 10**places))).scaleb(-places)
        wording = _WORDINGS[int(rng.integers(len(_WORDINGS)))]
        if wording == "odd":
            result.append(Figure.odd(number, unit))
        else:
            result.append(Figure(number, unit, wording))
    return result


PARTS = _figures(1, "亿元", 1, 100_000)
WHOLES = _figures(2, "万元", 10_000, 100_000_000)
SHARES = _figures(3, "percent", 1, 99)
GROWTHS = _figures(4, "percent", -99, 300)
PERCENTS = _figures(5, "percent", 0, 100)
YEARS = [Figure(int(n), "year") for n in np.random.default_rng(6).integers(1, 20, ROWS)]


def _kept(figure: Figure) -> float:
    """One unit of the last digit a scalar result keeps (it settles on the digits worth keeping)."""
    numbers = [figure.magnitude, figure.low_magnitude, figure.high_magnitude]
    kept = [x.normalize() for x in numbers if x is not None and not x.is_zero()]
    return 10 * min((10.0 ** int(x.as_tuple().exponent) for x in kept), default=1e-9)


def _same(array: FigureArray, figures: list[Figure]) -> None:
    assert len(array) == len(figures)
    for index, expected in enumerate(figures):
        assert array.unit == expected.unit
        tolerance = _kept(expected)
        assert math.isclose(
            array.values[index], expected.magnitude, rel_tol=1e-9, abs_tol=tolerance
        )
        for side, bound, infinity in (
            ("low", expected.low_magnitude, -math.inf),
            ("high", expected.high_magnitude, math.inf),
        ):
            got = float(getattr(array, side)[index])
            if bound is None:
                assert got == infinity, (index, side, expected)
            else:
                close = math.isclose(got, bound, rel_tol=1e-9, abs_tol=tolerance)
                assert close, (index, side, expected)
        approximate = array.approximate
        flag = approximate if isinstance(approximate, bool) else bool(approximate[index])
        assert flag is expected.approximate
        assert array.derived
        assert expected.derived


def _rows(figures: list[Figure]) -> FigureArray:
    return FigureArray.from_figures(figures)


@pytest.mark.parametrize(
    ("function", "columns"),
    [
        (share, (PARTS, WHOLES)),
        (implied_total, (PARTS, SHARES)),
        (yoy_growth, (PARTS, WHOLES)),
        (previous_value, (PARTS, GROWTHS)),
        (cagr, (WHOLES, PARTS, YEARS)),
        (percentage_point_change, (PERCENTS, SHARES)),
        (contribution, (GROWTHS, PARTS, WHOLES)),
    ],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_vectorised_equals_scalar_row_by_row(function, columns):
    vectorised = function(*(_rows(column) for column in columns))
    scalar = [function(*row) for row in zip(*columns, strict=True)]
    _same(vectorised, scalar)
    # The generated data exercise both half-open sides.
    assert np.isneginf(vectorised.low).any() or np.isposinf(vectorised.high).any()


def test_half_open_rows_match():
    parts = [Figure("2300", "PFLOPS"), Figure("40", "PFLOPS", "nearly"), Figure("0", "PFLOPS")]
    shares = [
        Figure("44", "percent", "nearly"),
        Figure("90", "percent", "more_than"),
        Figure("44", "percent", "approx"),
    ]
    result = implied_total(_rows(parts), _rows(shares))
    assert list(np.isposinf(result.high)) == [True, False, False]
    assert result.low[1] == 0
    assert result.values[2] == result.low[2] == 0  # 0 ± 0.5 PFLOPS, clamped at 0
    _same(result, [implied_total(p, s) for p, s in zip(parts, shares, strict=True)])


def test_a_single_figure_broadcasts_against_an_array():
    total = implied_total(Figure("52.2", "亿元"), Figure("28", "percent"))
    equipment = [Figure("36.7", "亿元"), Figure("52.2", "亿元"), Figure("40", "亿元", "nearly")]
    result = share(_rows(equipment), total)
    _same(result, [share(part, total) for part in equipment])
    expected = float(Decimal("36.7") / total.magnitude * 100)
    assert math.isclose(result.values[0], expected, rel_tol=1e-12)


def test_numpy_backed_quantities_are_exact_arrays():
    parts = Q_(np.array([52.2, 36.7]), "亿元")
    result = implied_total(parts, Figure("28", "percent"))
    assert isinstance(result, FigureArray)
    assert np.allclose(result.values, [52.2 / 0.28, 36.7 / 0.28])
    assert np.allclose(result.low, [52.2 / 0.285, 36.7 / 0.285])
    growth = yoy_growth(Q_(np.array([110.0, 121.0]), "亿元"), Q_(np.array([1e10, 1.1e10]), "元"))
    assert np.allclose(growth.values, [10.0, 10.0])
    # Exact inputs give an interval of float rounding alone, stepped outward around the value.
    assert (growth.low < growth.values).all()
    assert (growth.values < growth.high).all()
    assert np.allclose(growth.low, growth.values, rtol=1e-14, atol=0)
    assert np.allclose(growth.high, growth.values, rtol=1e-14, atol=0)


def test_acceptance_numbers_agree_with_the_scalar_path():
    parts = FigureArray([52.2, 2300.0], "亿元", low=[52.15, 2299.5], high=[52.25, 2300.5])
    shares = FigureArray(
        [28.0, 44.0], "percent", low=[27.5, 43.5], high=[28.5, 44.5], approximate=[False, True]
    )
    result = implied_total(parts, shares)
    assert np.allclose(result.low, [52.15 / 0.285, 2299.5 / 0.445])
    assert np.allclose(result.high, [52.25 / 0.275, 2300.5 / 0.435])
    assert list(result.approximate) == [False, True]


# -- errors --------------------------------------------------------------------------------


def test_division_by_a_row_that_reaches_zero_names_the_row():
    previous = _rows([Figure("1", "亿元"), Figure("0", "亿元"), Figure("3", "亿元")])
    with pytest.raises(DivisionByZeroError, match=r"growth from a zero base.*row 1"):
        yoy_growth(_rows(PARTS[:3]), previous)
    shares = _rows([Figure("1", "percent"), Figure("0.0", "percent")])
    with pytest.raises(DivisionByZeroError, match="row 1"):
        implied_total(_rows(PARTS[:2]), shares)
    with pytest.raises(DivisionByZeroError, match="-100%"):
        previous_value(_rows(PARTS[:1]), _rows([Figure("-100", "percent")]))


def test_unit_errors():
    with pytest.raises(UnitError, match="whole"):
        share(_rows(PARTS), _rows(SHARES))
    with pytest.raises(UnitError, match="share"):
        implied_total(_rows(PARTS), Figure("5", "percentage_point"))
    with pytest.raises(UnitError, match="previous"):
        yoy_growth(_rows(PARTS), Q_(np.array([1.0]), "家"))


def test_negative_measures_and_impossible_shares():
    with pytest.raises(ValidationError, match="part"):
        share(FigureArray([1.0, -2.0], "亿元"), Figure("5", "亿元"))
    with pytest.raises(ValidationError, match="100%"):
        implied_total(Figure("5", "亿元"), FigureArray([120.0], "percent", high=[np.inf]))


# -- FigureArray itself -------------------------------------------------------------------


def test_exact_by_default_and_read_only():
    rows = FigureArray([1.0, 2.0], "亿元")
    assert rows.low is rows.values
    assert rows.high is rows.values
    with pytest.raises(ValueError, match="read-only"):
        rows.values[0] = 5.0
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        rows.unit = "元"  # type: ignore[misc]


def test_arrays_are_copied_in():
    source = np.array([1.0, 2.0])
    rows = FigureArray(source, "亿元")
    source[0] = 99.0
    assert rows.values[0] == 1.0


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"values": [1.0, 2.0], "low": [0.5]}, "low"),
        ({"values": [1.0], "low": [1.5]}, "low"),
        ({"values": [1.0], "high": [0.5]}, "high"),
        ({"values": [np.nan]}, "values"),
        ({"values": [np.inf]}, "values"),
        ({"values": [1.0], "low": [np.nan]}, "low"),
        ({"values": [1.0], "approximate": [1]}, "approximate"),
        ({"values": [1.0], "approximate": [True, False]}, "approximate"),
        ({"values": [1.0], "derived": 1}, "derived"),
    ],
)
def test_validation(kwargs, field):
    with pytest.raises(ValidationError) as caught:
        FigureArray(unit="亿元", **kwargs)
    assert field in {path for path, _ in caught.value.errors}


def test_unknown_unit():
    with pytest.raises(ValidationError, match="担"):
        FigureArray([1.0], "担")


def test_rows_become_figures_and_back():
    figures = [Figure("52.2", "亿元"), Figure("40", "亿元", "nearly"), Figure.odd(30, "亿元")]
    rows = FigureArray.from_figures(figures)
    assert rows[0] == Figure("52.2", "亿元")
    assert rows[1].qualifier is Qualifier.NEARLY
    assert rows[1].high_magnitude == 40
    assert rows[2].qualifier is Qualifier.EXACT
    assert rows.shape == (3,)
    converted = rows.to("万元")
    assert converted.values[0] == pytest.approx(522_000.0)
    assert converted.low[1] == -np.inf
    with pytest.raises(UnitError):
        rows.to("家")


def test_pickle_round_trip():
    rows = FigureArray([1.0, 2.0], "亿元", low=[0.5, -np.inf], approximate=[True, False])
    again = pickle.loads(pickle.dumps(rows))
    assert np.array_equal(again.values, rows.values)
    assert np.array_equal(again.low, rows.low)
    assert again.unit == rows.unit
    assert list(again.approximate) == [True, False]
    with pytest.raises(ValueError, match="read-only"):
        again.low[0] = 0.0


def test_benchmark_smoke():
    path = Path(__file__).parents[2] / "benchmarks" / "bench_metrics.py"
    spec = importlib.util.spec_from_file_location("bench_metrics", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    ratios = module.main(["1000", "1"])
    assert set(ratios) == {"implied_total", "share"}
    assert all(ratio > 0 for ratio in ratios.values())


@pytest.mark.parametrize(
    ("metric", "other"),
    [
        (implied_total, Figure("28", "percent")),
        (share, Figure("186.4", "亿元")),
        (yoy_growth, Figure("33.4", "亿元")),
        (previous_value, Figure("10", "percent")),
    ],
)
def test_metrics_never_freeze_the_callers_array(metric, other):
    owned = np.array([1.0, 2.0])
    metric(Q_(owned, "亿元"), other)
    owned[0] = 5.0  # still the caller's, still writable
    assert owned.flags.writeable
    assert owned[0] == 5.0


def test_a_copy_equals_its_original_and_hashes_alike():
    rows = FigureArray([1.0, 2.0], "亿元", low=[0.5, -np.inf], approximate=[True, False])
    for copy in (pickle.loads(pickle.dumps(rows)), attrs.evolve(rows), rows.to("亿元")):
        assert copy == rows
        assert hash(copy) == hash(rows)
    assert len({rows, attrs.evolve(rows)}) == 1
    assert FigureArray([-0.0], "亿元") == FigureArray([0.0], "亿元")
    assert hash(FigureArray([-0.0], "亿元")) == hash(FigureArray([0.0], "亿元"))


@pytest.mark.parametrize(
    "changed",
    [
        FigureArray([1.0, 2.5], "亿元", low=[0.5, -np.inf], approximate=[True, False]),
        FigureArray([1.0, 2.0], "万元", low=[0.5, -np.inf], approximate=[True, False]),
        FigureArray([1.0, 2.0], "亿元", low=[0.5, 1.0], approximate=[True, False]),
        FigureArray([1.0, 2.0], "亿元", low=[0.5, -np.inf], approximate=[True, True]),
        FigureArray([1.0, 2.0], "亿元", low=[0.5, -np.inf], approximate=True),
        FigureArray([[1.0, 2.0]], "亿元", low=[[0.5, -np.inf]], approximate=[[True, False]]),
    ],
)
def test_arrays_that_differ_are_unequal(changed):
    rows = FigureArray([1.0, 2.0], "亿元", low=[0.5, -np.inf], approximate=[True, False])
    assert changed != rows
    assert rows != changed


# -- issue 15: float bounds rounded outward hold the exact interval image -------------------

_PRECISE = 60


def _written(draw: st.DrawFn, low: int, high: int) -> Decimal:
    places = draw(st.integers(0, 3))
    digits = draw(st.integers(low * 10**places, high * 10**places))
    return Decimal(digits).scaleb(-places)


# Built once, not at every draw (building a strategy costs more than drawing from it).
_LEVEL_UNITS = st.sampled_from(["亿元", "万元"])


@st.composite
def _level(draw: st.DrawFn) -> Figure:
    return Figure(_written(draw, 1, 90_000), draw(_LEVEL_UNITS))


@st.composite
def _percent(draw: st.DrawFn) -> Figure:
    return Figure(_written(draw, 1, 95), "percent")


def _interval(figure: Figure, unit: str) -> tuple[Fraction, Fraction]:
    converted = figure.to(unit)
    assert converted.low_magnitude is not None
    assert converted.high_magnitude is not None
    return Fraction(converted.low_magnitude), Fraction(converted.high_magnitude)


def _holds(result: FigureArray, low: Fraction, high: Fraction) -> None:
    assert Fraction(float(result.low[0])) <= low, (float(result.low[0]), float(low))
    assert high <= Fraction(float(result.high[0])), (float(result.high[0]), float(high))


@settings(max_examples=300, deadline=None)
@given(part=_level(), whole=_level(), rate=_percent(), other=_percent())
def test_array_bounds_hold_the_exact_image(
    part: Figure, whole: Figure, rate: Figure, other: Figure
) -> None:
    # Every float operation on a bound rounds to nearest; the exact image, in fractions, must
    # still lie inside the float interval (before, bounds were off by up to an ulp inward).
    p_low, p_high = _interval(part, part.unit)
    w_low, w_high = _interval(whole, part.unit)
    r_low, r_high = _interval(rate, "percent")
    o_low, o_high = _interval(other, "percent")
    rows = {
        name: FigureArray.from_figures([figure])
        for name, figure in (("part", part), ("whole", whole), ("rate", rate), ("other", other))
    }
    if p_high <= w_low:
        _holds(share(rows["part"], rows["whole"]), p_low / w_high * 100, p_high / w_low * 100)
    _holds(
        implied_total(rows["part"], rows["rate"]), p_low / (r_high / 100), p_high / (r_low / 100)
    )
    _holds(
        yoy_growth(rows["part"], rows["whole"]),
        (p_low / w_high - 1) * 100,
        (p_high / w_low - 1) * 100,
    )
    _holds(
        previous_value(rows["part"], rows["rate"]),
        p_low / (1 + r_high / 100),
        p_high / (1 + r_low / 100),
    )
    _holds(percentage_point_change(rows["rate"], rows["other"]), o_low - r_high, o_high - r_low)


@settings(max_examples=200, deadline=None)
@given(start=_level(), end=_level(), years=st.integers(1, 30))
def test_array_cagr_bounds_hold_the_exact_image(start: Figure, end: Figure, years: int) -> None:
    s_low, s_high = _interval(start, end.unit)
    e_low, e_high = _interval(end, end.unit)
    result = cagr(
        FigureArray.from_figures([start]),
        FigureArray.from_figures([end]),
        Figure(str(years), "year"),
    )
    with localcontext() as context:
        context.prec = _PRECISE
        low = (
            Decimal(e_low.numerator)
            / Decimal(e_low.denominator)
            / (Decimal(s_high.numerator) / Decimal(s_high.denominator))
        )
        high = (
            Decimal(e_high.numerator)
            / Decimal(e_high.denominator)
            / (Decimal(s_low.numerator) / Decimal(s_low.denominator))
        )
        exact_low = ((low.ln() / years).exp() - 1) * 100
        exact_high = ((high.ln() / years).exp() - 1) * 100
    assert Decimal(float(result.low[0])) <= exact_low
    assert exact_high <= Decimal(float(result.high[0]))


def test_a_written_bound_becomes_the_float_on_its_outer_side() -> None:
    rows = FigureArray.from_figures([Figure("52.2", "亿元")])
    assert Fraction(float(rows.low[0])) <= Fraction("52.15")
    assert Fraction("52.25") <= Fraction(float(rows.high[0]))
    assert np.nextafter(rows.low[0], np.inf) > 52.15  # the nearest float below, not further
