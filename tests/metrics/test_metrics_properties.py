"""Every metric, and sums, contain the true result for every point of their inputs' intervals.

Points are sampled from each input's interval under the metrics' rules for open sides: a
measure is at least 0 (a divisor above 0), a share at most 100%, a growth rate above -100%.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable
from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from licheng import (
    Figure,
    Qualifier,
    cagr,
    contribution,
    implied_total,
    percentage_point_change,
    previous_value,
    share,
    yoy_growth,
)
from licheng.exceptions import DivisionByZeroError, ValidationError

D = Decimal
WIDE = D(1000)  # how far past an open side the points reach
EXACT = decimal.Context(prec=60)


# Built once, not at every draw (building a strategy costs more than drawing from it).
_KINDS = st.sampled_from([*(q.value for q in Qualifier if q is not Qualifier.RANGE), "odd"])


@st.composite
def figures(draw: st.DrawFn, unit: str, *, top: int = 99_999) -> Figure:
    """A figure of every wording: exact, approximate, open on either side, odd (30多), ranges."""
    kind = draw(_KINDS)
    magnitude = D(draw(st.integers(0, top))).scaleb(-draw(st.integers(0, 2)))
    if kind == "odd":
        return Figure.odd(magnitude, unit)
    if kind == Qualifier.RANGE.value:
        return Figure.between(magnitude, magnitude + draw(st.integers(1, 50)), unit)
    return Figure(magnitude, unit, kind)


def _point(figure: Figure, t: float, *, floor: Decimal | None, ceiling: Decimal | None) -> Decimal:
    low, high = figure.low_magnitude, figure.high_magnitude
    if floor is not None:
        low = floor if low is None else max(low, floor)
    if ceiling is not None and high is None:
        high = ceiling
    if low is None:
        low = (high if high is not None else figure.magnitude) - WIDE
    if high is None:
        high = low + WIDE
    return low + (high - low) * D(str(t))


def _contains(result: Figure, true: Decimal) -> None:
    if result.low_magnitude is not None:
        assert result.low_magnitude <= true, (result, true)
    if result.high_magnitude is not None:
        assert true <= result.high_magnitude, (result, true)


fractions = st.floats(0, 1)


@settings(max_examples=200, deadline=None)
@given(
    figures("亿元"), figures("亿元"), figures("亿元"), st.tuples(fractions, fractions, fractions)
)
def test_sums_contain_every_true_sum(
    a: Figure, b: Figure, c: Figure, points: tuple[float, float, float]
) -> None:
    s, t, u = points
    x, y, z = (_point(f, w, floor=D(0), ceiling=None) for f, w in ((a, s), (b, t), (c, u)))
    with decimal.localcontext(EXACT):
        _contains(a + b, x + y)
        _contains(a - b, x - y)
        _contains(sum([a, b, c]), x + y + z)
        _contains(sum([a, b, c], Figure("0", "亿元")), x + y + z)


def _check(
    metric: Callable[[], Figure], formula: Callable[[], Decimal], *, positive: tuple[Decimal, ...]
) -> None:
    try:
        result = metric()
    except (DivisionByZeroError, ValidationError):
        return  # refused: a divisor that may be zero, a negative measure, a share above 100%
    assume(all(p > 0 for p in positive))  # the open 0 under a divisor is never reached
    with decimal.localcontext(EXACT):
        _contains(result, formula())


@settings(max_examples=300, deadline=None)
@given(
    figures("亿元"),
    figures("万元", top=9_999_999),
    figures("percent", top=9_999),
    figures("percent", top=9_999),
    st.tuples(fractions, fractions, fractions, fractions),
)
def test_every_metric_contains_every_true_result(
    a: Figure, b: Figure, rate: Figure, other: Figure, points: tuple[float, float, float, float]
) -> None:
    s, t, u, v = points
    to_yi = D("1E-4")  # 万元 → 亿元
    x = _point(a, s, floor=D(0), ceiling=None)
    y = _point(b, t, floor=D(0), ceiling=None) * to_yi
    share_point = _point(rate, u, floor=D(0), ceiling=D(100)) / 100
    growth_point = _point(rate, u, floor=D(-100), ceiling=None) / 100
    other_point = _point(other, v, floor=None, ceiling=None)
    _check(lambda: share(a, b), lambda: x / y * 100, positive=(y,))
    _check(lambda: implied_total(a, rate), lambda: x / share_point, positive=(share_point,))
    _check(lambda: yoy_growth(a, b), lambda: (x / y - 1) * 100, positive=(y,))
    _check(
        lambda: previous_value(a, rate),
        lambda: x / (1 + growth_point),
        positive=(1 + growth_point,),
    )
    _check(lambda: contribution(rate, a, b), lambda: growth_point * 100 * x / y, positive=(y,))
    _check(
        lambda: percentage_point_change(other, rate),
        lambda: _point(rate, u, floor=None, ceiling=None) - other_point,
        positive=(),
    )
    _check(
        lambda: cagr(b, a, 3),
        lambda: ((x / y).ln() / 3).exp() * 100 - 100 if x > 0 else D(-100),
        positive=(y,),
    )
