"""Formatting that tells the truth (issue 15): precision kept, bounds outward, round trips."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from licheng import (
    Figure,
    Qualifier,
    cagr,
    contribution,
    format_figure,
    implied_total,
    parse_figure,
    percentage_point_change,
    previous_value,
    share,
    yoy_growth,
)
from licheng._formatting import _info
from licheng._plan import _plan
from licheng._units import base_factor, conversion_factor

D = Decimal
SCRIPTS = ["zh_Hans_CN", "zh_Hant_TW"]


def _interval(figure: Figure) -> tuple[object, ...]:
    """What a figure says, in base units: its dimension, bounds and wording."""
    factor, dimension = base_factor(figure.unit)

    def base(value: Decimal | None) -> Decimal | None:
        return None if value is None else (value * factor).normalize()

    return dimension, base(figure.low_magnitude), base(figure.high_magnitude), figure.qualifier


# -- precision kept ---------------------------------------------------------------------------


def test_a_conversion_keeps_the_written_precision() -> None:
    in_yuan = Figure("520", "亿元").to("元")
    assert format_figure(in_yuan, "zh_Hans_CN") == "520亿元"
    assert "52,000,000,000" not in format_figure(in_yuan, "en_US")
    assert _interval(parse_figure(format_figure(in_yuan, "zh_Hans_CN"))) == _interval(in_yuan)


def test_a_more_than_percent_keeps_its_qualifier_in_chinese() -> None:
    odd = Figure.odd("30", "percent")
    assert format_figure(odd, "zh_Hans_CN") == "30多%"
    assert format_figure(odd, "zh_Hant_TW") == "30多%"
    assert format_figure(odd, "en_US") == "more than 30%"
    assert parse_figure("30多%") == odd


@pytest.mark.parametrize(
    ("text", "simplified", "traditional"),
    [
        ("两千六百亿元", "两千六百亿元", "兩千六百億元"),
        ("两千六百万", "两千六百万", "兩千六百萬"),
        ("三百亿元", "三百亿元", "三百億元"),
        ("四十亩", "四十亩", "四十畝"),
        ("两千零五十亩", "两千零五十亩", "兩千零五十畝"),
        ("一千亩", "一千亩", "一千畝"),
    ],
)
def test_a_figure_exact_to_its_tens_parses_back_as_written(
    text: str, simplified: str, traditional: str
) -> None:
    figure = parse_figure(text)
    for locale, expected in (("zh_Hans_CN", simplified), ("zh_Hant_TW", traditional)):
        written = format_figure(figure, locale)
        assert written == expected
        assert _interval(parse_figure(written)) == _interval(figure)


def test_a_figure_no_numerals_write_goes_up_a_scale() -> None:
    figure = Figure("2.60E+3", "亿元")  # exact to the 10亿
    assert format_figure(figure, "zh_Hans_CN") == "0.260万亿元"
    assert _interval(parse_figure("0.260万亿元")) == _interval(figure)


def test_a_traditional_range_of_megawatts_parses_back() -> None:
    figure = Figure.between(40, 85, "万兆瓦")
    written = format_figure(figure, "zh_Hant_TW")
    assert "百萬瓦特" not in written
    assert _interval(parse_figure(written)) == _interval(figure)


# -- round trips over both scripts ------------------------------------------------------------

UNITS = ["亿元", "万元", "元", "亩", "万亩", "万平方米", "家", "个", "percent", "兆瓦", "万千瓦"]
UNITS += ["PFLOPS", "公顷", "吨", "人", "辆", "亿美元"]
WORDED = [q for q in Qualifier if q is not Qualifier.RANGE]
# Built once, not at every draw (building a strategy costs more than drawing from it).
_UNIT_CHOICE = st.sampled_from(UNITS)
_KINDS = st.sampled_from(["digits", "tens", "odd", "range"])
_TENS = st.integers(1, 99).filter(lambda n: n % 10)
_WORDED_CHOICE = st.sampled_from(WORDED)


@st.composite
def written_figures(draw: st.DrawFn) -> Figure:
    """Figures as releases write them: Arabic digits, or whole numbers exact to their tens."""
    unit = draw(_UNIT_CHOICE)
    kind = draw(_KINDS)
    if kind == "odd":
        return Figure.odd(draw(st.integers(1, 99)) * 10 ** draw(st.integers(0, 2)), unit)
    if kind == "range":
        low = draw(st.integers(1, 500))
        return Figure.between(low, low + draw(st.integers(1, 500)), unit)
    if kind == "tens":  # 三百, 两千六百: exact to the last non-zero digit
        digits = draw(_TENS)
        magnitude = D(digits).scaleb(draw(st.integers(1, 4 - len(str(digits)))))
    else:
        places = 0 if unit in {"家", "个", "人", "辆"} else draw(st.integers(0, 2))
        magnitude = D(draw(st.integers(1, 99_999))).scaleb(-places)
    return Figure(magnitude, unit, draw(_WORDED_CHOICE))


@settings(max_examples=300, deadline=None)
@given(written_figures(), st.sampled_from(SCRIPTS))
def test_format_then_parse_gives_the_same_interval(figure: Figure, locale: str) -> None:
    written = format_figure(figure, locale)
    assert _interval(parse_figure(written)) == _interval(figure), written


# -- the headline within its printed bounds ---------------------------------------------------

MEASURES = ["亿元", "万元", "亩", "家", "PFLOPS"]
_MEASURE_CHOICE = st.sampled_from(MEASURES)


@st.composite
def figures(draw: st.DrawFn, unit: str | None = None) -> Figure:
    chosen = unit or draw(_MEASURE_CHOICE)
    qualifier = draw(_WORDED_CHOICE)
    magnitude = D(draw(st.integers(1, 99_999))).scaleb(-draw(st.integers(0, 2)))
    if chosen == "家":
        magnitude = magnitude.to_integral_value()
    return Figure(magnitude, chosen, qualifier)


_RATES = figures("percent").filter(lambda f: f.magnitude < 90)


@st.composite
def derived_figures(draw: st.DrawFn) -> Figure:
    """Results of sums and metrics, with every open side the inputs allow."""
    a, b = draw(figures("亿元")), draw(figures("亿元"))
    rate = draw(_RATES)
    operations = [
        lambda: a + b,
        lambda: a - b,
        lambda: sum([a, b]),
        lambda: share(a, b),
        lambda: implied_total(a, rate),
        lambda: yoy_growth(a, b),
        lambda: previous_value(a, rate),
        lambda: contribution(rate, a, b),
        lambda: percentage_point_change(rate, rate),
        lambda: cagr(a, b, 3),
    ]
    try:
        result: Figure = draw(st.sampled_from(operations))()
    except (ArithmeticError, ValueError):  # a divisor that may be zero, and the like
        return a
    return result


@settings(max_examples=300, deadline=None)
@given(st.one_of(figures(), derived_figures()), st.sampled_from([*SCRIPTS, "en_US"]))
def test_the_headline_lies_within_the_printed_bounds(figure: Figure, locale: str) -> None:
    plan = _plan(figure, _info(locale), None, bounds=True)
    low, high = plan.bounds
    divisor = plan.scale.divisor if plan.scale is not None else D(1)
    factor = conversion_factor(figure.unit, plan.display.core) if plan.display.core else D(1)
    if plan.central is not None and figure.qualifier is not Qualifier.RANGE:
        if low is not None:
            assert low.value <= plan.central.value
        if high is not None:
            assert plan.central.value <= high.value
    # The printed bounds hold the figure's whole interval: rounded outward.
    if low is not None and figure.low_magnitude is not None:
        assert low.value * divisor <= figure.low_magnitude * factor
    if high is not None and figure.high_magnitude is not None:
        assert high.value * divisor >= figure.high_magnitude * factor
    format_figure(figure, locale, bounds=True)  # and it formats
