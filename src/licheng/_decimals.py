"""The exact decimal arithmetic under every figure: one context, bounds rounded outward.

Results never depend on the caller's decimal context: :data:`CONTEXT` and its two outward
rounding copies (:data:`DOWN` for lower bounds, :data:`UP` for upper ones) are used directly.
:func:`to_decimal` reads a number as written, :func:`settle` keeps a derived value's digits
worth keeping, and the interval product and quotient round their bounds outward.
"""

from __future__ import annotations

import math
from decimal import (
    ROUND_CEILING,
    ROUND_FLOOR,
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
)

from licheng.exceptions import ValidationError

__all__ = [
    "CONTEXT",
    "DOWN",
    "MAX_DIGITS",
    "MAX_EXPONENT",
    "UP",
    "digit_step",
    "interval_product",
    "interval_quotient",
    "next_digit_step",
    "settle",
    "times",
    "to_decimal",
]

_ZERO = Decimal(0)
_ONE = Decimal(1)

#: The decimal context of licheng's arithmetic, whatever the caller's own context is: results
#: never depend on ``decimal.getcontext()``. Its methods are used directly, so nothing here
#: reads or changes the thread's context.
CONTEXT = Context(
    prec=28,
    rounding=ROUND_HALF_EVEN,
    Emax=999_999,
    Emin=-999_999,
    traps=[InvalidOperation, DivisionByZero, Overflow],
)
#: The same, rounding towards -∞: for lower bounds, so that rounding only widens an interval.
DOWN = CONTEXT.copy()
DOWN.rounding = ROUND_FLOOR
#: The same, rounding towards +∞: for upper bounds.
UP = CONTEXT.copy()
UP.rounding = ROUND_CEILING

_MOST_DIGITS = 15  # significant digits a derived value keeps at most
_BEYOND_WIDTH = 4  # decimal places a derived value keeps beyond its interval's width
_WHOLE_BELOW = 20  # integers up to 1E+20 are written out in full


def _tidy(value: Decimal) -> Decimal:
    """Without trailing zeros (``190.000`` → ``190``), integers written out in full."""
    if value == value.to_integral_value() and value.adjusted() < _WHOLE_BELOW:
        return value.quantize(_ONE, context=CONTEXT)
    return value.normalize(CONTEXT)


def settle(value: Decimal, low: Decimal, high: Decimal) -> tuple[Decimal, Decimal, Decimal]:
    """A derived value and bounds with the digits worth keeping; bounds rounded outward.

    Division leaves 28 digits (186.4285714285714285714285714); an interval 7 wide needs no
    more than four decimal places beyond its width's leading digit, and no value more than 15
    significant digits. The value rounds to nearest, the bounds outward (±Infinity stay), so
    the interval only widens and still holds the value.

    >>> settle(Decimal(186.42857142857), Decimal("182.98245614"), Decimal("190.000"))
    (Decimal('186.4286'), Decimal('182.9824'), Decimal('190'))
    """
    finite = [abs(x) for x in (value, low, high) if x.is_finite()]
    size = max(finite)
    if size.is_zero():
        return (
            _tidy(value),
            low if low.is_infinite() else _tidy(low),
            high if high.is_infinite() else _tidy(high),
        )
    exponent = size.adjusted() - _MOST_DIGITS + 1
    if low.is_finite() and high.is_finite() and high > low:
        exponent = max(exponent, DOWN.subtract(high, low).adjusted() - _BEYOND_WIDTH)
    quantum = _ONE.scaleb(exponent)

    def rounded(number: Decimal, how: str) -> Decimal:
        if number.is_infinite():
            return number
        return _tidy(number.quantize(quantum, rounding=how, context=CONTEXT))

    return rounded(value, ROUND_HALF_EVEN), rounded(low, ROUND_FLOOR), rounded(high, ROUND_CEILING)


def to_decimal(value: object, field: str = "value") -> Decimal:  # noqa: C901 - reads each kind of number
    """Read ``value`` as an exact, finite decimal.

    Floats go through their shortest ``repr`` (``52.2`` stays ``52.2``); strings keep their
    written digits (``"52.20"`` keeps two decimals). Booleans are not numbers here; nor are
    numbers of more than 28 significant digits or beyond 1E±300 (see ``MAX_DIGITS``).

    >>> to_decimal("52.20"), to_decimal(52.2), to_decimal(14)
    (Decimal('52.20'), Decimal('52.2'), Decimal('14'))
    >>> to_decimal("many")
    Traceback (most recent call last):
    ...
    licheng.exceptions.ValidationError: value: not a number: 'many'
    >>> to_decimal("1E+400")
    Traceback (most recent call last):
    ...
    licheng.exceptions.ValidationError: value: out of range (beyond 1E±300): '1E+400'
    """
    result: Decimal
    if isinstance(value, bool):
        msg = f"not a number: {value!r}"
        raise ValidationError([(field, msg)])
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(repr(value)) if math.isfinite(value) else Decimal(value)
    elif isinstance(value, str):
        if len(value) > _LONGEST:  # before reading it: no number worth reading is this long
            msg = f"too long for a number: {_shorten(value)}"
            raise ValidationError([(field, msg)])
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            msg = f"not a number: {_shorten(value)}"
            raise ValidationError([(field, msg)]) from None
    else:
        msg = f"not a number: {value!r} ({type(value).__name__})"
        raise ValidationError([(field, msg)])
    if not result.is_finite():
        msg = f"not a finite number: {_shorten(value)}"
        raise ValidationError([(field, msg)])
    if not -MAX_EXPONENT <= result.adjusted() <= MAX_EXPONENT:
        msg = f"out of range (beyond 1E±{MAX_EXPONENT}): {_shorten(value)}"
        raise ValidationError([(field, msg)])
    if len(result.as_tuple().digits) > MAX_DIGITS:
        msg = f"more than {MAX_DIGITS} significant digits: {_shorten(value)}"
        raise ValidationError([(field, msg)])
    return result


#: The most significant digits a figure may be written with: what decimal arithmetic keeps.
MAX_DIGITS = 28
#: The largest power of ten a figure may reach, either way: its value is always a finite float.
MAX_EXPONENT = 300
_SHOWN = 40
_LONGEST = 400  # characters of a written number: 28 digits after up to 300 zeros, and more


def _shorten(value: object) -> str:
    """``repr(value)``, cut short: error messages stay small whatever the input's size."""
    text = repr(value)
    return text if len(text) <= _SHOWN else f"{text[: _SHOWN - 11]}…{text[-10:]}"


def digit_step(value: Decimal) -> Decimal:
    """One unit of the last written digit: ``52.2`` → ``0.1``, ``2.6E+7`` → ``1E+6``."""
    exponent = value.as_tuple().exponent
    return Decimal(1).scaleb(int(exponent))


def next_digit_step(value: Decimal) -> Decimal:
    """One unit of the last non-zero digit: ``400`` → ``100``, ``1500`` → ``100``."""
    if value.is_zero():
        return Decimal(1)
    return Decimal(1).scaleb(int(value.normalize().as_tuple().exponent))


def times(a: Decimal, b: Decimal, context: Context = CONTEXT) -> Decimal:
    """``a × b`` in ``context``; interval arithmetic takes 0 × ∞ as 0 (a zero endpoint bounds)."""
    if a.is_zero() or b.is_zero():
        return Decimal(0)
    return context.multiply(a, b)


def interval_product(
    left: tuple[Decimal, Decimal], right: tuple[Decimal, Decimal]
) -> tuple[Decimal, Decimal]:
    """The interval ``left × right``, bounds as ``±Infinity`` where open, rounded outward."""
    low = min(times(x, y, DOWN) for x in left for y in right)
    high = max(times(x, y, UP) for x in left for y in right)
    return low, high


def _over(x: Decimal, y: Decimal, context: Context) -> Decimal:
    """One corner ``x / y`` of an interval quotient, ``y`` never zero; ``x / ±∞`` is 0."""
    if x.is_zero() or y.is_infinite():
        return _ZERO
    return context.divide(x, y)


def interval_quotient(
    left: tuple[Decimal, Decimal], right: tuple[Decimal, Decimal]
) -> tuple[Decimal, Decimal]:
    """The interval ``left / right`` for a ``right`` without zero, rounded outward.

    Each corner divides once (52.15 / 0.285, as a reader writes it), rounded down for the lower
    bound and up for the upper one.
    """
    low = min(_over(x, y, DOWN) for x in left for y in right)
    high = max(_over(x, y, UP) for x in left for y in right)
    return low, high
