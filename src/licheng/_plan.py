"""The plan of one figure: the scale, the digits and the rounding that tell its precision.

A reported figure prints the digits it was written with; a derived one to the place its
bounds' half-width reaches; bounds are rounded outward.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from typing import TYPE_CHECKING

import attrs

from licheng._display import (
    _ONE,
    _UNGROUPED_BELOW,
    _Display,
    _display,
    _factor,
    _is_power_of_ten,
    _Kind,
)
from licheng._figures import Figure, digit_step, next_digit_step, written_bounds
from licheng._qualifier import Qualifier

if TYPE_CHECKING:
    from licheng._locale import LocaleInfo, Scale

__all__: list[str] = []


_TENTH = Decimal("0.1")
_UNBOUNDED_DIGITS = 3  # significant digits of a derived figure with an open side
_EXACT_DIGITS = 6  # at most this many significant digits for a zero-width derived figure


def _exponent(value: Decimal) -> int:
    return int(value.as_tuple().exponent)


def _place(value: Decimal) -> Decimal:
    """The power of ten of ``value``'s leading digit: 3.5 → 1, 0.35 → 0.1."""
    return _ONE.scaleb(value.adjusted())


def _step(written: Decimal, *, as_written: bool) -> Decimal:
    """One unit of the last significant written digit.

    Shown at another scale, a whole number's trailing zeros are not significant: 40亿 is
    4 billion, not 4.0 billion.
    """
    if as_written or _exponent(written) < 0:
        return digit_step(written)
    return next_digit_step(written)


def _written_step(figure: Figure) -> Decimal | None:
    """The precision of a reported figure exact to tens or more, ``None`` for the rest.

    两千六百亿元 is 2.6E+3亿元, between 2550亿 and 2650亿: exact to the 100亿, not to the 亿
    that "2600亿元" claims. Explicit bounds coarser than the digits count too.
    """
    if figure.derived or figure.qualifier not in {Qualifier.EXACT, Qualifier.APPROX}:
        return None
    magnitude = figure.magnitude
    if _exponent(magnitude) <= 0 and not written_bounds(figure):
        return None  # 52.2亿元: the digits tell the precision
    low, high = figure.low_magnitude, figure.high_magnitude
    step = digit_step(magnitude)
    if low is not None and high is not None:
        width = (high - low).normalize()
        centred = magnitude - low == high - magnitude
        if width > step and _is_power_of_ten(width) and centred and (magnitude % width).is_zero():
            step = width
    return step if _exponent(step.normalize()) > 0 else None


def _in_numerals(value: Decimal, quantum: Decimal) -> bool:
    """Whether Chinese numerals write ``value`` exact to ``quantum`` (三百: to the hundred)."""
    return (
        quantum > 1
        and 0 < value < _UNGROUPED_BELOW
        and value == value.to_integral_value()
        and quantum == next_digit_step(value.normalize())
    )


def _in_times(value: Decimal, quantum: Decimal) -> bool:
    """Whether a percent is a multiple written exact to ``quantum`` (2.5倍: to the ten)."""
    return quantum > 1 and _is_power_of_ten(quantum) and value > 0 and value % quantum == 0


def _coarser_scale(
    info: LocaleInfo, scale: Scale | None, step: Decimal, size: Decimal
) -> Scale | None:
    """The first scale from ``scale`` up at which one ``step`` is at most one unit.

    Only while the number stays at least 0.1 there (0.26万亿元, not 0.004万亩): a small number
    exact to its tens (四十亩) keeps its scale.
    """
    current = scale
    divisor = scale.divisor if scale is not None else _ONE
    while step > divisor:
        larger = [s for s in info.scales if s.divisor > divisor]
        if not larger:
            break
        candidate = min(larger, key=lambda each: each.divisor)
        if size / candidate.divisor < _TENTH:
            break
        current, divisor = candidate, candidate.divisor
    return current


def _round(value: Decimal, quantum: Decimal, rounding: str) -> Decimal:
    if quantum >= 1:
        return (value / quantum).to_integral_value(rounding) * quantum
    return value.quantize(quantum, rounding)


# -- the plan of one figure -----------------------------------------------------------------


@attrs.frozen
class _Number:
    """A number ready to print: its value in the display scale and its decimal places."""

    value: Decimal
    places: int


@attrs.frozen
class _Plan:
    display: _Display
    scale: Scale | None
    central: _Number | None
    low: _Number | None
    high: _Number | None
    qualifier: Qualifier
    odd: bool
    approximate: bool
    bounds: tuple[_Number | None, _Number | None]
    numeral_step: Decimal | None = None
    """Write the value in Chinese numerals (三百亿元), a percent as a multiple (2.5倍), exact to
    this step (100 for 三百, 10 for 2.5倍): only a figure exact to its tens or more; else None."""


def _places(quantum: Decimal) -> int:
    return max(0, -_exponent(quantum.normalize())) if quantum < 1 else 0


def _number(value: Decimal, quantum: Decimal, rounding: str = ROUND_HALF_EVEN) -> _Number:
    rounded = _round(value, quantum, rounding)
    places = _places(quantum)
    if places == 0:
        rounded = rounded.quantize(_ONE)
    return _Number(rounded, places)


def _significant(value: Decimal, digits: int, rounding: str) -> _Number:
    if value.is_zero():
        return _Number(Decimal(0), 0)
    quantum = _ONE.scaleb(value.adjusted() - digits + 1)
    return _number(value, quantum, rounding)


def _choose_scale(
    info: LocaleInfo, display: _Display, size: Decimal, *, as_written: bool
) -> Scale | None:
    if not display.compact:
        return None
    if info.chinese and as_written and display.chinese_scale > 1:
        return info.scale_of(display.chinese_scale) or info.scale_for(size)
    return info.scale_for(size)


def _zeros_would_be_lost(figure: Figure, scale: Scale | None, factor: Decimal) -> bool:
    """Whether a whole number's written trailing zeros would vanish at a Chinese scale.

    50000元 is exact to the yuan and 30000家 is an exact count; written 5万元 and 3万家 they
    would read as exact only to the 万. Only a figure whose interval rests on its written digits
    (exact or approximate) has anything to lose.
    """
    magnitude = figure.magnitude
    return (
        scale is not None
        and figure.qualifier in {Qualifier.EXACT, Qualifier.APPROX}
        and _exponent(magnitude) >= 0
        and digit_step(magnitude) < next_digit_step(magnitude)
        # 520亿元 in yuan is 5.20E+10元, exact to the 亿: written at 亿 it loses nothing.
        and digit_step(magnitude) * factor < scale.divisor
    )


def _plan(figure: Figure, info: LocaleInfo, unit: str | None, *, bounds: bool) -> _Plan:  # noqa: C901, PLR0912, PLR0915 - one pass over the figure reads best
    display = _display(unit or figure.unit)
    factor, decimal_factor = _factor(figure.unit, display.core)
    magnitude = figure.magnitude
    value = magnitude * factor
    low = None if figure.low_magnitude is None else figure.low_magnitude * factor
    high = None if figure.high_magnitude is None else figure.high_magnitude * factor
    reported = not figure.derived
    exact = reported and decimal_factor
    qualifier = figure.qualifier
    odd = (
        exact
        and qualifier is Qualifier.MORE_THAN
        and figure.high_magnitude == magnitude + next_digit_step(magnitude)
    )

    # Which number stands for the figure, and which way it may be rounded.
    anchor, rounding = value, ROUND_HALF_EVEN
    if figure.derived and low is None and high is not None:
        anchor, rounding = high, ROUND_CEILING
    elif figure.derived and high is None and low is not None:
        anchor, rounding = low, ROUND_FLOOR
    elif qualifier in {Qualifier.NEARLY, Qualifier.LESS_THAN, Qualifier.AT_MOST}:
        rounding = ROUND_CEILING
    elif qualifier in {Qualifier.MORE_THAN, Qualifier.AT_LEAST}:
        rounding = ROUND_FLOOR

    size = abs(anchor)
    if qualifier is Qualifier.RANGE:
        size = max(abs(end) for end in (low, high, anchor) if end is not None)
    scale = _choose_scale(info, display, size, as_written=reported)
    if info.chinese and exact and _zeros_would_be_lost(figure, scale, factor):
        # 50000元 is exact to the yuan; 5万元 would be exact only to the 万: keep it as written.
        written = info.scale_of(display.chinese_scale) if display.chinese_scale > 1 else None
        if (written.divisor if written is not None else _ONE) == factor:
            scale = written
    divisor = scale.divisor if scale is not None else _ONE
    shown_as_written = divisor == factor

    written_step = _written_step(figure)
    # 三百亿元 and 两千六百亿元 are exact to their last non-zero digit; "300亿元" would claim
    # the 亿. Chinese keeps the numerals they were written in, which parse back the same.
    numeral_step = None if written_step is None else written_step * factor / divisor
    numerals = (
        info.chinese
        and exact
        and numeral_step is not None
        and qualifier is not Qualifier.RANGE
        and (
            _in_numerals(value / divisor, numeral_step)
            # 增长10倍 is 1000% exact to the hundred: 10倍 writes it, as 两百 cannot
            or (display.kind is _Kind.PERCENT and _in_times(value, numeral_step))
        )
    )
    if info.chinese and exact and written_step is not None and display.compact and not numerals:
        # 2.60E+3亿元, exact to the 10亿: no numerals write it; a larger scale whose last digit
        # is its precision does (0.260万亿元).
        scale = _coarser_scale(info, scale, written_step * factor, abs(value))
        divisor = scale.divisor if scale is not None else _ONE
        shown_as_written = divisor == factor

    approximate = figure.approximate
    if exact and written_step is not None:
        quantum: Decimal | None = written_step * factor / divisor
    elif exact:
        quantum = _step(magnitude, as_written=shown_as_written) * factor / divisor
    else:
        if reported:
            half: Decimal | None = _step(magnitude, as_written=False) * factor / 2
        elif low is not None and high is not None:
            half = (high - low) / 2
        else:
            half = None
        quantum = _place(half) / divisor if half else None
        approximate = approximate or (figure.derived and bool(half))

    def number(amount: Decimal | None, how: str) -> _Number | None:
        if amount is None:
            return None
        scaled = amount / divisor
        if quantum is not None:
            return _number(scaled, quantum, how)
        if figure.derived and low is not None and high is not None:  # zero width: exact
            exact_value = scaled.normalize()
            if len(exact_value.as_tuple().digits) <= _EXACT_DIGITS:
                return _Number(exact_value, _places(_ONE.scaleb(_exponent(exact_value))))
            return _significant(scaled, _EXACT_DIGITS, how)
        return _significant(scaled, _UNBOUNDED_DIGITS, how)

    central = number(anchor, rounding)
    if (
        not exact
        and not approximate
        and central is not None
        and central.value != anchor / divisor
        and qualifier in {Qualifier.EXACT, Qualifier.APPROX}
    ):
        approximate = True
    if quantum is None and figure.derived and central is not None:
        approximate = approximate or central.value != anchor / divisor

    bound_quantum = quantum
    if bounds and exact and quantum is not None:
        # A reported figure's bounds keep their own digits (52.15亿—52.25亿).
        finer = [b for b in (low, high) if b is not None]
        steps = [digit_step((b / divisor).normalize()) for b in finer] + [quantum]
        bound_quantum = min(steps)

    def bound(amount: Decimal | None, how: str) -> _Number | None:
        """A bound, rounded outward: the printed bounds hold every value the figure allows."""
        if amount is None:
            return None
        if bound_quantum is None:
            return _significant(amount / divisor, _UNBOUNDED_DIGITS, how)
        return _number(amount / divisor, bound_quantum, how)

    def end(written: Decimal | None, how: str) -> _Number | None:
        """One end of a range (5至10亿元): as written, with its own digits."""
        if written is None or not exact:
            return number(None if written is None else written * factor, how)
        step = _step(written, as_written=shown_as_written)
        return _number(written * factor / divisor, step * factor / divisor, how)

    return _Plan(
        numeral_step=numeral_step if numerals else None,
        display=display,
        scale=scale,
        central=central,
        low=end(figure.low_magnitude, ROUND_FLOOR) if qualifier is Qualifier.RANGE else None,
        high=end(figure.high_magnitude, ROUND_CEILING) if qualifier is Qualifier.RANGE else None,
        qualifier=qualifier,
        odd=odd,
        approximate=approximate,
        bounds=(bound(low, ROUND_FLOOR), bound(high, ROUND_CEILING)) if bounds else (None, None),
    )
