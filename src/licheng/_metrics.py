"""Figures a reader derives: shares, growth, implied totals, with the bounds their inputs allow.

Every result is a :class:`~licheng.Figure` marked ``derived`` (computed, not reported), whose
interval is the interval-arithmetic image of its inputs' intervals: 52.2亿元 is [52.15, 52.25]亿元
and 28% is [27.5%, 28.5%], so 52.2亿元 / 28% lies in [52.15 / 0.285, 52.25 / 0.275]亿元. A result
is ``approximate`` when any input was. Bounds are rounded outward (a lower bound down, an
upper one up), so they hold the exact image; results keep the digits worth keeping, four
places beyond the interval's width (186.4286 [182.9824, 190]亿元), and never depend on the
caller's decimal context.

These metrics are about non-negative measures (output, investment, counts, computing power) and
the shares and growth rates between them. That settles the open sides of qualified figures:

* a measure whose lower side is open (近40亿元: no lower bound) is taken as at least 0; a share
  or a base that is divided by is taken as *above* 0, so dividing by 近44% gives a half-open
  result (no upper bound) rather than an error;
* a share without an upper bound (超90%) is taken as at most 100% (a part of a whole);
* a growth rate without a lower bound (不到10%) is taken as above -100% (a measure stays
  non-negative);
* a written lower bound below those limits is raised to them (0 is 0 ± 0.5: at least 0);
* a divisor whose interval reaches zero on a written bound (a base of 0亿元 is [0, 0.05]亿元
  once clamped) raises :class:`~licheng.exceptions.DivisionByZeroError`, and so does growth from
  a zero base; a magnitude below those limits (a negative output) raises
  :class:`~licheng.exceptions.ValidationError`.

The same functions take :class:`~licheng.FigureArray` (or pint quantities with numpy
magnitudes) and then compute with numpy, without a Python loop per row.
"""

from __future__ import annotations

from decimal import Context, Decimal
from typing import TYPE_CHECKING, TypeAlias, overload

import attrs
import pint

from licheng import _vectorised
from licheng._figures import CONTEXT, DOWN, UP, Figure, settle, to_decimal
from licheng._figures import interval_product as _product
from licheng._qualifier import Qualifier
from licheng._units import conversion_factor
from licheng._vectorised import FigureArray
from licheng.exceptions import DivisionByZeroError, UnitError, ValidationError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from licheng._units import Quantity

__all__ = [
    "cagr",
    "contribution",
    "implied_total",
    "percentage_point_change",
    "previous_value",
    "share",
    "yoy_growth",
]

#: A single figure, or something read as an exact one (a pint quantity, a plain number).
Scalar: TypeAlias = "Figure | Decimal | int | float"
#: Anything a metric accepts: a scalar, a pint quantity (numpy magnitudes go the vectorised
#: way), or a :class:`FigureArray`.
Input: TypeAlias = "Figure | Quantity | Decimal | int | float | FigureArray"

_INF = Decimal("Infinity")
_NEG_INF = Decimal("-Infinity")
_ZERO = Decimal(0)
_ONE = Decimal(1)
_HUNDRED = Decimal(100)

PERCENT = "percent"
PERCENTAGE_POINT = "percentage_point"


# -- the scalar interval core ---------------------------------------------------------------


@attrs.frozen
class _Span:
    """A figure's value and bounds in one unit; unbounded sides are ±Infinity.

    ``open_low`` marks a lower bound that is a limit the quantity never reaches (the 0 under
    近44%), so that dividing by it gives an unbounded result rather than an error.
    """

    value: Decimal
    low: Decimal
    high: Decimal
    open_low: bool = False
    shown: str = ""
    """The bounds as a reader wrote them: in the figure's own unit, after the limits."""


def _is_vector(*values: object) -> bool:
    for value in values:
        if isinstance(value, FigureArray):
            return True
        if isinstance(value, pint.Quantity) and not isinstance(
            value.magnitude, Decimal | int | float
        ):
            return True
    return False


def _argument(value: object, role: str) -> object:
    """Arrays pass on to the vectorised path as they are; anything else is read as a figure."""
    if isinstance(value, FigureArray) or _is_vector(value):
        return value
    return _figure(value, role)


def _figure(value: object, role: str) -> Figure:
    """Read a metric's argument as a figure; quantities and numbers are exact."""
    if isinstance(value, Figure):
        return value
    if isinstance(value, pint.Quantity):
        magnitude: object = value.magnitude
        unit = f"{value.units:~}"
    elif isinstance(value, Decimal | int | float) and not isinstance(value, bool):
        magnitude, unit = value, ""
    else:
        msg = f"{role}: expected a Figure, a quantity or a number, not {type(value).__name__}"
        raise TypeError(msg)
    number = to_decimal(magnitude, role)
    return Figure(number, unit, low=number, high=number)


def _factor(from_unit: str, to_unit: str, role: str) -> Decimal:
    """The factor from ``from_unit`` to ``to_unit``, or a :class:`UnitError` naming ``role``."""
    try:
        return conversion_factor(from_unit, to_unit)
    except UnitError as exc:
        msg = f"{role}: {exc}"
        raise UnitError(msg) from None


def _span(
    figure: Figure,
    role: str,
    unit: str,
    *,
    floor: Decimal | None = None,
    ceiling: Decimal | None = None,
) -> _Span:
    """``figure`` in ``unit``, with the limits of a non-negative measure applied.

    ``floor`` raises a missing or lower lower bound to the floor (a missing one as an open
    limit); ``ceiling`` closes a missing upper bound.
    """
    scale = _factor(figure.unit, unit, role)
    value = CONTEXT.multiply(figure.magnitude, scale)
    low, high = figure.low_magnitude, figure.high_magnitude
    lo = _NEG_INF if low is None else DOWN.multiply(low, scale)
    hi = _INF if high is None else UP.multiply(high, scale)
    open_low = False
    if floor is not None:
        if value < floor:
            msg = f"{role} cannot be below {floor} {unit}: {figure!r}"
            raise ValidationError([(role, msg)])
        if low is None:
            lo, open_low = floor, True
        elif lo < floor:
            lo = floor
    if ceiling is not None and high is None:
        if value > ceiling:
            msg = f"{role} cannot be above {ceiling} {unit}: {figure!r}"
            raise ValidationError([(role, msg)])
        hi = ceiling
    shown = f"[{_show(DOWN.divide(lo, scale))}, {_show(UP.divide(hi, scale))}] {figure.unit}"
    shown = shown.rstrip()
    return _Span(value, lo, hi, open_low, shown)


def _show(value: Decimal) -> str:
    return "∞" if value == _INF else "-∞" if value == _NEG_INF else f"{value.normalize(CONTEXT):f}"


def _over(x: Decimal, y: Decimal, context: Context) -> Decimal:
    """One corner of an interval quotient; ``y`` is never a reachable zero.

    Dividing by the open 0 under a denominator gives ±∞ (0 stays 0), dividing by ∞ gives 0, as
    in interval arithmetic. Finite corners divide directly, so a bound is the formula a reader
    writes (52.15 / 0.285), rounded once, in the direction ``context`` rounds.
    """
    if x.is_zero() or y.is_infinite():
        return _ZERO
    if y.is_zero():
        return _INF if x > 0 else _NEG_INF
    return context.divide(x, y)


def _quotient(numerator: _Span, denominator: _Span, problem: str) -> _Span:
    """``numerator / denominator``, or :class:`DivisionByZeroError` saying ``problem``."""
    lo, hi = denominator.low, denominator.high
    reaches_zero = lo <= 0 <= hi and not (lo == 0 and denominator.open_low)
    if denominator.value.is_zero() or reaches_zero:
        where = denominator.shown or f"[{_show(lo)}, {_show(hi)}]"
        msg = f"{problem}: its interval {where} reaches zero"
        raise DivisionByZeroError(msg)
    ends = [(x, y) for x in (numerator.low, numerator.high) for y in (lo, hi)]
    return _Span(
        CONTEXT.divide(numerator.value, denominator.value),
        min(_over(x, y, DOWN) for x, y in ends),
        max(_over(x, y, UP) for x, y in ends),
    )


def _result(span: _Span, unit: str, inputs: Iterable[Figure]) -> Figure:
    value, lo, hi = settle(span.value, span.low, span.high)
    low = None if lo.is_infinite() else lo
    high = None if hi.is_infinite() else hi
    qualifier = Qualifier.of_bounds(bounded_below=low is not None, bounded_above=high is not None)
    return Figure(
        value,
        unit,
        qualifier,
        low=low,
        high=high,
        approximate=any(figure.approximate for figure in inputs),
        derived=True,
    )


def _scaled(span: _Span, scale: Decimal, shift: Decimal = _ZERO) -> _Span:
    """``(span + shift) * scale`` for a positive ``scale``, bounds rounded outward."""
    return _Span(
        CONTEXT.multiply(CONTEXT.add(span.value, shift), scale),
        DOWN.multiply(DOWN.add(span.low, shift), scale),
        UP.multiply(UP.add(span.high, shift), scale),
    )


# -- the public metrics ---------------------------------------------------------------------


@overload
def share(part: Scalar, whole: Scalar) -> Figure: ...
@overload
def share(part: FigureArray, whole: Input) -> FigureArray: ...
@overload
def share(part: Input, whole: FigureArray) -> FigureArray: ...
@overload
def share(part: Input, whole: Input) -> Figure | FigureArray: ...
def share(part: Input, whole: Input) -> Figure | FigureArray:
    """The share of ``whole`` that ``part`` is, in percent.

    Args:
        part: a non-negative measure (its open lower side is taken as 0).
        whole: the same kind of measure, in any unit of the same dimension; taken as above 0.

    Returns:
        A derived figure in ``"percent"`` whose bounds are [part low / whole high,
        part high / whole low].

    Raises:
        UnitError: ``part`` and ``whole`` measure different things.
        DivisionByZeroError: ``whole`` may be zero.

    Examples:
        >>> from licheng import Figure, share
        >>> equipment = share(Figure("36.7", "亿元"), Figure("186.4", "亿元"))
        >>> round(equipment.magnitude, 2), round(equipment.low_magnitude, 2)
        (Decimal('19.69'), Decimal('19.66'))
        >>> equipment.unit, equipment.derived
        ('percent', True)
        >>> share(Figure("14", "家"), Figure("52.2", "亿元"))
        Traceback (most recent call last):
        ...
        licheng.exceptions.UnitError: whole: cannot convert '亿元' ([currency_CNY]) to '家' ...
    """
    if _is_vector(part, whole):
        return _vectorised.share(_argument(part, "part"), _argument(whole, "whole"))
    p, w = _figure(part, "part"), _figure(whole, "whole")
    numerator = _span(p, "part", p.unit, floor=_ZERO)
    denominator = _span(w, "whole", p.unit, floor=_ZERO)
    ratio = _quotient(numerator, denominator, f"cannot take a share of {w!r}")
    return _result(_scaled(ratio, _HUNDRED), PERCENT, (p, w))


@overload
def implied_total(part: Scalar, share: Scalar) -> Figure: ...
@overload
def implied_total(part: FigureArray, share: Input) -> FigureArray: ...
@overload
def implied_total(part: Input, share: FigureArray) -> FigureArray: ...
@overload
def implied_total(part: Input, share: Input) -> Figure | FigureArray: ...
def implied_total(part: Input, share: Input) -> Figure | FigureArray:
    """The whole that a part and its share of it imply: ``part / share``, in the part's unit.

    Args:
        part: a non-negative measure (its open lower side is taken as 0).
        share: a dimensionless ratio (``"percent"``, or a plain ratio). An open lower side is
            taken as above 0 (so 近44% gives a result without an upper bound), an open upper
            side as at most 100%.

    Raises:
        UnitError: ``share`` is not dimensionless (percentage points are not a share).
        DivisionByZeroError: the share may be zero.

    Examples:
        >>> from licheng import Figure, implied_total
        >>> total = implied_total(Figure("52.2", "亿元"), Figure("28", "percent"))
        >>> round(total.magnitude, 1), round(total.low_magnitude, 1), total.high_magnitude
        (Decimal('186.4'), Decimal('183.0'), Decimal('190'))
        >>> total.unit, total.derived, total.approximate
        ('亿元', True, False)
        >>> open_ended = implied_total(Figure("2300", "PFLOPS"), Figure("44", "percent", "nearly"))
        >>> round(open_ended.low_magnitude, 1), open_ended.high_magnitude
        (Decimal('5226.1'), None)
    """
    if _is_vector(part, share):
        return _vectorised.implied_total(_argument(part, "part"), _argument(share, "share"))
    p, s = _figure(part, "part"), _figure(share, "share")
    numerator = _span(p, "part", p.unit, floor=_ZERO)
    ratio = _span(s, "share", "", floor=_ZERO, ceiling=_ONE)
    total = _quotient(numerator, ratio, f"cannot take a total from the share {s!r}")
    return _result(total, p.unit, (p, s))


@overload
def yoy_growth(current: Scalar, previous: Scalar) -> Figure: ...
@overload
def yoy_growth(current: FigureArray, previous: Input) -> FigureArray: ...
@overload
def yoy_growth(current: Input, previous: FigureArray) -> FigureArray: ...
@overload
def yoy_growth(current: Input, previous: Input) -> Figure | FigureArray: ...
def yoy_growth(current: Input, previous: Input) -> Figure | FigureArray:
    """Growth from ``previous`` to ``current`` (同比), in percent: ``(current / previous - 1)``.

    Args:
        current: a non-negative measure.
        previous: the same measure a year before, in a unit of the same dimension; taken as
            above 0.

    Raises:
        UnitError: the two measure different things.
        DivisionByZeroError: growth from a zero base (``previous`` may be zero).

    Examples:
        >>> from licheng import Figure, Q_, yoy_growth
        >>> growth = yoy_growth(Figure("36.7", "亿元"), Figure("33.4", "亿元"))
        >>> [round(x, 2) for x in (growth.magnitude, growth.low_magnitude, growth.high_magnitude)]
        [Decimal('9.88'), Decimal('9.57'), Decimal('10.19')]
        >>> yoy_growth(Q_(110, "万元"), Q_(100, "万元")).magnitude
        Decimal('10')
        >>> yoy_growth(Figure("5", "亿元"), Figure("0", "亿元"))
        Traceback (most recent call last):
        ...
        licheng.exceptions.DivisionByZeroError: growth from a zero base: ... reaches zero
    """
    if _is_vector(current, previous):
        return _vectorised.yoy_growth(
            _argument(current, "current"), _argument(previous, "previous")
        )
    c, p = _figure(current, "current"), _figure(previous, "previous")
    now = _span(c, "current", c.unit, floor=_ZERO)
    before = _span(p, "previous", c.unit, floor=_ZERO)
    problem = f"growth from a zero base: the previous value {p!r} may be zero"
    ratio = _quotient(now, before, problem)
    return _result(_scaled(ratio, _HUNDRED, -_ONE), PERCENT, (c, p))


@overload
def previous_value(current: Scalar, growth: Scalar) -> Figure: ...
@overload
def previous_value(current: FigureArray, growth: Input) -> FigureArray: ...
@overload
def previous_value(current: Input, growth: FigureArray) -> FigureArray: ...
@overload
def previous_value(current: Input, growth: Input) -> Figure | FigureArray: ...
def previous_value(current: Input, growth: Input) -> Figure | FigureArray:
    """The same measure a year before: ``current / (1 + growth)``, in the current's unit.

    Args:
        current: a non-negative measure.
        growth: its year-on-year growth, dimensionless (``"percent"``; a plain number is a
            ratio, 0.1 is 10%). An open lower side is taken as above -100%.

    Raises:
        UnitError: ``growth`` is not dimensionless.
        DivisionByZeroError: the growth may be -100% (nothing is left to divide by).

    Examples:
        >>> from licheng import Figure, previous_value
        >>> before = previous_value(Figure("36.7", "亿元"), Figure("10", "percent"))
        >>> [round(x, 2) for x in (before.magnitude, before.low_magnitude, before.high_magnitude)]
        [Decimal('33.36'), Decimal('33.17'), Decimal('33.56')]
    """
    if _is_vector(current, growth):
        return _vectorised.previous_value(
            _argument(current, "current"), _argument(growth, "growth")
        )
    c, g = _figure(current, "current"), _figure(growth, "growth")
    now = _span(c, "current", c.unit, floor=_ZERO)
    rate = _span(g, "growth", "", floor=-_ONE)
    divisor = _Span(
        CONTEXT.add(rate.value, _ONE),
        DOWN.add(rate.low, _ONE),
        UP.add(rate.high, _ONE),
        rate.open_low,
    )
    problem = f"cannot undo a growth of {g!r}, which may be -100%"
    divisor = attrs.evolve(divisor, shown=rate.shown)
    return _result(_quotient(now, divisor, problem), c.unit, (c, g))


def _years(years: object) -> tuple[Figure, _Span]:
    figure = _figure(years, "years")
    unit = "" if figure.dimensionality == "dimensionless" else "year"
    span = _span(figure, "years", unit)
    if span.low <= 0 or span.high.is_infinite():
        msg = f"years must lie in a bounded interval above zero, not {figure!r}"
        raise ValidationError([("years", msg)])
    return figure, span


_GUARD = Context(prec=CONTEXT.prec + 6, Emax=CONTEXT.Emax, Emin=CONTEXT.Emin)


def _root_growth(ratio: Decimal, years: Decimal, context: Context = CONTEXT) -> Decimal:
    """``(ratio ** (1 / years) - 1) * 100`` via ``exp(ln(ratio) / years)``: monotone in both.

    Computed with six guard digits, then rounded once in ``context``'s direction (DOWN for a
    lower bound, UP for an upper one) and one unit further, so a bound is never on the wrong
    side of the true value.
    """
    if ratio.is_infinite():
        return _INF
    if ratio.is_zero():
        return -_HUNDRED
    if ratio == _ONE:
        # exactly no growth: stepping 0 one unit outward would give ±1E-1000026, a bound no
        # Figure can hold
        return Decimal(0)
    guarded = _GUARD.multiply(
        _GUARD.subtract(_GUARD.exp(_GUARD.divide(_GUARD.ln(ratio), years)), _ONE), _HUNDRED
    )
    result = context.plus(guarded)
    if context.rounding == DOWN.rounding:
        return context.next_minus(result)
    if context.rounding == UP.rounding:
        return context.next_plus(result)
    return result


@overload
def cagr(start: Scalar, end: Scalar, years: Scalar) -> Figure: ...
@overload
def cagr(start: FigureArray, end: Input, years: Input) -> FigureArray: ...
@overload
def cagr(start: Input, end: FigureArray, years: Input) -> FigureArray: ...
@overload
def cagr(start: Input, end: Input, years: Input) -> Figure | FigureArray: ...
def cagr(start: Input, end: Input, years: Input) -> Figure | FigureArray:
    """The compound annual growth rate from ``start`` to ``end`` over ``years``, in percent.

    ``(end / start) ** (1 / years) - 1``, computed in Decimal as ``exp(ln(end / start) / years)``
    so that the bounds are monotone; the bounds are the extremes over the corners of the
    inputs' intervals.

    Args:
        start: a non-negative measure, taken as above 0.
        end: the same measure ``years`` later.
        years: a number of years (plain number, a time quantity or a figure), in a bounded
            interval above 0.

    Raises:
        UnitError: ``start`` and ``end`` measure different things.
        DivisionByZeroError: ``start`` may be zero.
        ValidationError: ``years`` is not positive and bounded.

    Examples:
        >>> from licheng import Figure, cagr
        >>> rate = cagr(Figure("100", "亿元"), Figure("121", "亿元"), 2)
        >>> rate.magnitude, round(rate.low_magnitude, 2), round(rate.high_magnitude, 2)
        (Decimal('10'), Decimal('9.50'), Decimal('10.50'))
    """
    if _is_vector(start, end, years):
        return _vectorised.cagr(
            _argument(start, "start"), _argument(end, "end"), _argument(years, "years")
        )
    s, e = _figure(start, "start"), _figure(end, "end")
    year_figure, span = _years(years)
    first = _span(s, "start", e.unit, floor=_ZERO)
    last = _span(e, "end", e.unit, floor=_ZERO)
    ratio = _quotient(last, first, f"cannot grow from {s!r}")
    ends = [(r, n) for r in (ratio.low, ratio.high) for n in (span.low, span.high)]
    low = min(_root_growth(r, n, DOWN) for r, n in ends)
    high = max(_root_growth(r, n, UP) for r, n in ends)
    value = _root_growth(ratio.value, span.value)
    return _result(_Span(value, low, high), PERCENT, (s, e, year_figure))


@overload
def percentage_point_change(a: Scalar, b: Scalar) -> Figure: ...
@overload
def percentage_point_change(a: FigureArray, b: Input) -> FigureArray: ...
@overload
def percentage_point_change(a: Input, b: FigureArray) -> FigureArray: ...
@overload
def percentage_point_change(a: Input, b: Input) -> Figure | FigureArray: ...
def percentage_point_change(a: Input, b: Input) -> Figure | FigureArray:
    """The change from the percentage ``a`` to the percentage ``b``, in percentage points.

    Growth from 8% to 10% is 2 percentage points (个百分点), not 2% or 25%.

    Raises:
        UnitError: either is not a dimensionless ratio (percentage points included).

    Examples:
        >>> from licheng import Figure, percentage_point_change
        >>> change = percentage_point_change(Figure("8", "percent"), Figure("10", "percent"))
        >>> change
        Figure('2', 'percentage_point', low='1', high='3', derived=True)
    """
    if _is_vector(a, b):
        return _vectorised.percentage_point_change(_argument(a, "a"), _argument(b, "b"))
    first, second = _figure(a, "a"), _figure(b, "b")
    x, y = _span(first, "a", PERCENT), _span(second, "b", PERCENT)
    difference = _Span(
        CONTEXT.subtract(y.value, x.value), DOWN.subtract(y.low, x.high), UP.subtract(y.high, x.low)
    )
    return _result(difference, PERCENTAGE_POINT, (first, second))


@overload
def contribution(part_growth: Scalar, part_previous: Scalar, whole_previous: Scalar) -> Figure: ...
@overload
def contribution(
    part_growth: FigureArray, part_previous: Input, whole_previous: Input
) -> FigureArray: ...
@overload
def contribution(
    part_growth: Input, part_previous: FigureArray, whole_previous: Input
) -> FigureArray: ...
@overload
def contribution(
    part_growth: Input, part_previous: Input, whole_previous: Input
) -> Figure | FigureArray: ...
def contribution(
    part_growth: Input, part_previous: Input, whole_previous: Input
) -> Figure | FigureArray:
    """A part's contribution to its whole's growth, in percentage points (拉动).

    ``part_growth × part_previous / whole_previous``: the whole's growth is the sum of its
    parts' contributions. Only where the inputs exist: a release rarely prints the previous
    year's levels.

    Args:
        part_growth: the part's growth, dimensionless (open lower side: above -100%).
        part_previous: the part's level a year before (a non-negative measure).
        whole_previous: the whole's level a year before, same dimension; taken as above 0.

    Raises:
        UnitError: the levels measure different things, or the growth is not dimensionless.
        DivisionByZeroError: ``whole_previous`` may be zero.

    Examples:
        >>> from licheng import Figure, contribution
        >>> before, whole_before = Figure("33.4", "亿元"), Figure("167", "亿元")
        >>> pull = contribution(Figure("10", "percent"), before, whole_before)
        >>> round(pull.magnitude, 2), pull.unit
        (Decimal('2.00'), 'percentage_point')
    """
    if _is_vector(part_growth, part_previous, whole_previous):
        return _vectorised.contribution(
            _argument(part_growth, "part_growth"),
            _argument(part_previous, "part_previous"),
            _argument(whole_previous, "whole_previous"),
        )
    g = _figure(part_growth, "part_growth")
    p = _figure(part_previous, "part_previous")
    w = _figure(whole_previous, "whole_previous")
    rate = _span(g, "part_growth", PERCENT, floor=-_HUNDRED)
    weight = _quotient(
        _span(p, "part_previous", p.unit, floor=_ZERO),
        _span(w, "whole_previous", p.unit, floor=_ZERO),
        f"cannot weigh by the whole {w!r}",
    )
    low, high = _product((rate.low, rate.high), (weight.low, weight.high))
    value = CONTEXT.multiply(rate.value, weight.value)
    return _result(_Span(value, low, high), PERCENTAGE_POINT, (g, p, w))
