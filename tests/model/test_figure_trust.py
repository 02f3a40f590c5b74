"""Figures that tell the truth (issue 15): sums, reprs, reader's forms, decimal contexts."""

from __future__ import annotations

import decimal
import re
from decimal import Decimal

import pytest

from licheng import Figure, implied_total, parse_figure, share, yoy_growth
from licheng._units import base_factor, get_unit

D = Decimal


# -- sums -----------------------------------------------------------------------------------


def test_a_sum_with_a_nearly_figure_keeps_its_lower_bound() -> None:
    total = Figure("520", "亿元") + Figure("300", "亿元", "nearly")
    assert total.low_magnitude == D("519.5")  # 近300亿元 is at least 0, as in the metrics
    assert total.high_magnitude == D("820.5")
    difference = Figure("520", "亿元") - Figure("300", "亿元", "nearly")
    assert difference.low_magnitude == D("219.5")
    assert difference.high_magnitude == D("520.5")


def test_a_rate_nearly_n_stays_open_below() -> None:
    total = Figure("5", "percent") + Figure("3", "percent", "nearly")  # growth may fall
    assert total.low_magnitude is None


def test_sum_of_figures_starts_from_zero() -> None:
    figures = [Figure("52.2", "亿元"), Figure("36.7", "亿元"), Figure("40", "亿元", "nearly")]
    total = sum(figures)
    assert isinstance(total, Figure)
    assert total == figures[0] + figures[1] + figures[2]
    assert sum(figures[:1]) == figures[0]  # 0 + a figure is the figure, as reported
    assert 0 + figures[0] is figures[0]


def test_an_exact_zero_start_does_not_widen_the_sum() -> None:
    figures = [Figure("52.2", "亿元"), Figure("36.7", "亿元")]
    assert sum(figures, Figure("0", "亿元")) == sum(figures)
    assert Figure("0", "亿元").low_magnitude == Figure("0", "亿元").high_magnitude == 0
    assert Figure("0.0", "亿元").high_magnitude == D("0.05")  # a written decimal keeps its digit


# -- reprs and the reader's forms -------------------------------------------------------------


@pytest.mark.parametrize(
    "figure",
    [
        Figure("4E+1", "亩"),
        Figure("3.2E+4", "辆"),
        Figure("4E+1", "亩", "nearly"),
        Figure("4E+1", "亩", "more_than"),
        Figure("520", "亿元").to("元"),
        parse_figure("两千六百万"),
        parse_figure("两千六百亿元"),
        Figure("52.2", "亿元") / Figure("28", "percent"),
        implied_total(Figure("52.2", "亿元"), Figure("28", "percent")),
        share(Figure("36.7", "亿元"), Figure("186.4", "亿元")),
        yoy_growth(Figure("36.7", "亿元"), Figure("33.4", "亿元")),
        Figure("1", "亿元") / Figure("3", ""),
    ],
    ids=repr,
)
def test_a_repr_is_a_call_a_person_would_write(figure: Figure) -> None:
    text = repr(figure)
    assert "E+" not in text
    assert "E-" not in text
    longest = max(len(re.sub(r"\D", "", number)) for number in re.findall(r"'-?[\d.]+'", text))
    assert longest <= 15, text  # no 28-digit decimals from arithmetic
    assert eval(text, {"Figure": Figure}) == figure  # noqa: S307 - our own repr


def test_str_is_the_readers_form() -> None:
    assert str(Figure("52.2", "亿元")) == "52.2亿元"
    assert str(Figure("40", "亿元", "nearly")) == "近40亿元"
    assert f"{Figure('52.2', '亿元')}" == "52.2亿元"


def test_a_locale_is_a_format_spec() -> None:
    assert format(Figure("52.2", "亿元"), "en_US") == "5.22 billion yuan"
    assert f"{Figure('52.2', '亿元'):zh_Hant_TW}" == "52.2億元"


def test_float_is_the_value_in_its_unit() -> None:
    assert float(Figure("52.2", "亿元")) == 52.2
    assert float(Figure("40", "亿元", "nearly")) == 40.0


# -- decimal contexts, outward rounding, bounded caches ---------------------------------------


def test_bounds_round_outward() -> None:
    total = implied_total(Figure("1.7", "亿元"), Figure("4", "percent"))
    with decimal.localcontext(decimal.Context(prec=80)):
        true_low = D("1.65") / D("0.045")
        true_high = D("1.75") / D("0.035")
    assert total.low_magnitude is not None
    assert total.high_magnitude is not None
    assert total.low_magnitude <= true_low
    assert total.high_magnitude >= true_high
    third = Figure("1", "") / Figure("3", "")  # exact inputs, a quotient no decimal holds
    with decimal.localcontext(decimal.Context(prec=80)):
        assert third.low_magnitude is not None
        assert third.high_magnitude is not None
        assert third.low_magnitude < D(1) / D(3) < third.high_magnitude


def _results() -> list[object]:
    return [
        Figure("12345.67", "元") == Figure("12345.68", "元"),
        Figure("12345.67", "元").to("亿元"),
        implied_total(Figure("52.2", "亿元"), Figure("28", "percent")),
        yoy_growth(Figure("36.7", "亿元"), Figure("33.4", "亿元")),
        Figure("123456.789", "亿元") + Figure("0.001", "亿元"),
        Figure.between("1.23456789", "2.3456789", "亿元"),
        Figure("1.23456789", "亿元").high_magnitude,
        format(Figure("123456.789", "亿元"), "zh_Hans_CN"),
    ]


@pytest.mark.parametrize(
    "context",
    [
        decimal.Context(prec=5),
        decimal.Context(prec=3, rounding=decimal.ROUND_DOWN),
        decimal.Context(prec=60, rounding=decimal.ROUND_UP),
    ],
    ids=["prec-5", "prec-3-down", "prec-60-up"],
)
def test_results_do_not_depend_on_the_callers_decimal_context(context: decimal.Context) -> None:
    expected = _results()
    assert expected[0] is False
    with decimal.localcontext(context):
        assert _results() == expected


def test_unit_caches_are_bounded() -> None:
    for function in (get_unit, base_factor):
        maxsize = function.cache_info().maxsize
        assert maxsize is not None
        for spaces in range(maxsize // 50 + 2):
            for more in range(60):
                function(" " * spaces + "亿元" + " " * more)
        assert function.cache_info().currsize <= maxsize
