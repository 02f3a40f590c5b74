"""A quantity as reported: its value, its written precision, its qualifier and its interval."""

from __future__ import annotations

import enum
from decimal import Decimal
from numbers import Real
from typing import Self

import attrs
import pint

from licheng._decimals import (
    CONTEXT,
    DOWN,
    MAX_DIGITS,
    MAX_EXPONENT,
    UP,
    digit_step,
    interval_product,
    interval_quotient,
    next_digit_step,
    settle,
    times,
    to_decimal,
)
from licheng._qualifier import Qualifier
from licheng._units import (
    Quantity,
    base_factor,
    conversion_factor,
    float_quantity,
    get_unit,
    is_count,
)
from licheng.exceptions import DivisionByZeroError, UnitError, ValidationError

# The arithmetic's names stay importable from here, where the parser and the model find them.
__all__ = [
    "CONTEXT",
    "DOWN",
    "IMPLIED",
    "MAX_DIGITS",
    "MAX_EXPONENT",
    "UP",
    "Figure",
    "digit_step",
    "interval_product",
    "interval_quotient",
    "next_digit_step",
    "settle",
    "times",
    "to_decimal",
]

_INF = Decimal("Infinity")
_NEG_INF = Decimal("-Infinity")
_HALF = Decimal("0.5")


class _Implied(enum.Enum):
    """Marks a bound left to the figure's written digits and wording."""

    BY_WORDING = "implied by the wording"


_IMPLIED = _Implied.BY_WORDING
#: Pass as ``low`` or ``high`` to leave a bound to the written digits and wording (the default).
IMPLIED = _IMPLIED


def _optional_low(value: object) -> Decimal | _Implied | None:
    if value is None or isinstance(value, _Implied):
        return value
    return to_decimal(value, "low")


def _optional_high(value: object) -> Decimal | _Implied | None:
    if value is None or isinstance(value, _Implied):
        return value
    return to_decimal(value, "high")


def _check_unit(_instance: object, _attribute: object, unit: str) -> None:
    try:
        get_unit(unit)
        base_factor(unit)
    except UnitError as exc:
        raise ValidationError([("unit", str(exc))]) from None


def _unit_name(unit: object) -> str:
    if isinstance(unit, pint.Unit):
        return f"{unit:~}"
    if isinstance(unit, str):
        return unit
    msg = f"unit must be a string, not {type(unit).__name__}"
    raise ValidationError([("unit", msg)])


def _whole_count(figure: Figure) -> bool:
    """A count written to its last unit (14家) is exact; 1.5万人 is exact only to the thousand.

    A zero written without decimals (0, 0亿元) is exactly nothing, in any unit: adding it to a
    figure, as ``sum`` starts, leaves the figure's interval as it was.
    """
    magnitude = figure.magnitude
    if magnitude.is_zero():
        return _exponent(magnitude) >= 0
    return is_count(figure.unit) and _exponent(magnitude) <= 0


_EITHER_SIDE = frozenset({Qualifier.EXACT, Qualifier.APPROX})
_FROM_BELOW = frozenset({Qualifier.MORE_THAN, Qualifier.AT_LEAST})
_FROM_ABOVE = frozenset({Qualifier.NEARLY, Qualifier.LESS_THAN, Qualifier.AT_MOST})


def _implied_bounds(figure: Figure) -> tuple[Decimal | None, Decimal | None]:
    """The bounds the written digits and qualifier imply, the last digit's step found once."""
    qualifier, magnitude = figure.qualifier, figure.magnitude
    if qualifier in _EITHER_SIDE:
        if _whole_count(figure):
            return magnitude, magnitude
        half = digit_step(magnitude) * _HALF
        return DOWN.subtract(magnitude, half), UP.add(magnitude, half)
    return (
        magnitude if qualifier in _FROM_BELOW else None,
        magnitude if qualifier in _FROM_ABOVE else None,
    )


def magnitude_bounds(figure: Figure) -> tuple[Decimal | None, Decimal | None]:
    """``(figure.low_magnitude, figure.high_magnitude)``, the written digits' step found once.

    For the writers of a row a mention (the command line, ``licheng.corpus``), which need both.

    >>> magnitude_bounds(Figure("52.2", "亿元"))
    (Decimal('52.15'), Decimal('52.25'))
    >>> magnitude_bounds(Figure("40", "亿元", Qualifier.NEARLY))
    (None, Decimal('40'))
    """
    low, high = figure._low, figure._high  # noqa: SLF001 - this module's own class
    if low is not _IMPLIED and high is not _IMPLIED:
        return low, high
    implied_low, implied_high = _implied_bounds(figure)
    return (
        implied_low if low is _IMPLIED else low,
        implied_high if high is _IMPLIED else high,
    )


def _to_qualifier(value: object) -> Qualifier:
    if isinstance(value, Qualifier):
        return value
    try:
        return Qualifier(str(value) if isinstance(value, str) else value)  # type: ignore[arg-type]
    except ValueError:
        names = ", ".join(q.value for q in Qualifier)
        msg = f"unknown qualifier {value!r}; expected one of {names}"
        raise ValidationError([("qualifier", msg)]) from None


def _check_bool(instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
    del instance
    if not isinstance(value, bool):
        msg = f"must be True or False, not {value!r}"
        raise ValidationError([(attribute.alias or attribute.name, msg)])


@attrs.frozen(eq=False, repr=False)
class Figure:
    """A quantity as a press release reports it, and the interval its wording implies.

    A reported number is exact only to its last written digit: 52.2亿元 lies in
    [52.15亿, 52.25亿]. The qualifier narrows or opens that interval (近40亿 has no lower bound,
    400余亩 lies between 400 and 500 mu). Counts (家, 个, 项 …) are exact integers.

    ``magnitude`` is the number as written, in ``unit`` as written; ``low`` and ``high`` are the
    bounds in the same unit (``None`` where unbounded) and default to what the written digits
    and qualifier imply. Bounds are limits: whether they are reached depends on the qualifier.

    >>> from licheng import Figure, Qualifier
    >>> output = Figure("52.2", "亿元")
    >>> output.low, output.high
    (<Quantity(52.15, '亿元')>, <Quantity(52.25, '亿元')>)
    >>> output == Figure("5.22E+9", "元")
    True
    >>> Figure("40", "亿元", Qualifier.NEARLY).low is None
    True
    >>> Figure.odd(400, "亩")
    Figure('400', '亩', 'more_than', high='500')
    >>> Figure("30", "家").high_magnitude
    Decimal('30')
    """

    magnitude: Decimal = attrs.field(converter=to_decimal)
    unit: str = attrs.field(converter=_unit_name, validator=_check_unit)
    qualifier: Qualifier = attrs.field(default=Qualifier.EXACT, converter=_to_qualifier)
    _low: Decimal | _Implied | None = attrs.field(
        default=_IMPLIED,
        converter=_optional_low,
        kw_only=True,
    )
    _high: Decimal | _Implied | None = attrs.field(
        default=_IMPLIED,
        converter=_optional_high,
        kw_only=True,
    )
    approximate: bool = attrs.field(
        default=attrs.Factory(lambda self: self.qualifier is Qualifier.APPROX, takes_self=True),
        validator=_check_bool,
        kw_only=True,
    )
    derived: bool = attrs.field(default=False, validator=_check_bool, kw_only=True)

    def __attrs_post_init__(self) -> None:
        magnitude = self.magnitude
        problems: list[tuple[str, str]] = []
        if self.qualifier is Qualifier.RANGE and _IMPLIED in (self._low, self._high):
            problems.append(("low" if self._low is _IMPLIED else "high", _RANGE_NEEDS_BOUNDS))
        elif self.qualifier is Qualifier.RANGE:
            pass
        elif isinstance(self._low, Decimal) and magnitude < self._low:
            problems.append(("low", f"lower bound {self._low} is above the value {magnitude}"))
        elif isinstance(self._high, Decimal) and magnitude > self._high:
            problems.append(("high", f"upper bound {self._high} is below the value {magnitude}"))
        if not problems:
            low, high = self.low_magnitude, self.high_magnitude
            if low is not None and high is not None and low > high:
                problems.append(("low", f"lower bound {low} is above upper bound {high}"))
        if not self.derived and is_count(self.unit):
            # A range's value is its midpoint (1至2家 → 1.5); its written ends must be whole.
            written = (
                (("low", self._low), ("high", self._high))
                if self.qualifier is Qualifier.RANGE
                else (("magnitude", magnitude),)
            )
            problems += [
                (name, f"a count must be a whole number, not {value}")
                for name, value in written
                if isinstance(value, Decimal) and value != value.to_integral_value()
            ]
        if problems:
            raise ValidationError(problems)

    # -- constructors ---------------------------------------------------------------------

    @classmethod
    def odd(cls, value: object, unit: str) -> Self:
        """N余 / N多 / N几: more than N, below N plus one unit of N's last non-zero digit.

        >>> Figure.odd(30, "家").high_magnitude, Figure.odd(1500, "亩").high_magnitude
        (Decimal('40'), Decimal('1600'))
        """
        number = to_decimal(value)
        return cls(number, unit, Qualifier.MORE_THAN, high=UP.add(number, next_digit_step(number)))

    @classmethod
    def between(cls, low: object, high: object, unit: str) -> Self:
        """A range as written (5至10亿元): inclusive bounds, the midpoint as its value.

        >>> Figure.between(5, 10, "亿元")
        Figure('7.5', '亿元', 'range', low='5', high='10')
        """
        lo, hi = to_decimal(low, "low"), to_decimal(high, "high")
        return cls(CONTEXT.divide(CONTEXT.add(lo, hi), 2), unit, Qualifier.RANGE, low=lo, high=hi)

    @classmethod
    def from_quantity(cls, quantity: Quantity, qualifier: Qualifier = Qualifier.EXACT) -> Self:
        """A figure from a pint quantity, written with the digits of its magnitude's ``repr``.

        >>> from licheng import Q_
        >>> Figure.from_quantity(Q_(36.7, "亿元"))
        Figure('36.7', '亿元')
        """
        return cls(to_decimal(quantity.magnitude), f"{quantity.units:~}", qualifier)

    # -- views ----------------------------------------------------------------------------

    @property
    def value(self) -> Quantity:
        """The written value as a new pint quantity (float magnitude).

        Each call makes a new quantity, so ``ito`` on it changes nothing stored here.
        """
        return float_quantity(float(self.magnitude), self.unit)

    @property
    def low(self) -> Quantity | None:
        """The lower bound as a quantity, or ``None`` where there is none."""
        low = self.low_magnitude
        return None if low is None else float_quantity(float(low), self.unit)

    @property
    def high(self) -> Quantity | None:
        """The upper bound as a quantity, or ``None`` where there is none."""
        high = self.high_magnitude
        return None if high is None else float_quantity(float(high), self.unit)

    @property
    def low_magnitude(self) -> Decimal | None:
        """The lower bound as an exact decimal in ``unit``."""
        if isinstance(self._low, _Implied):
            return _implied_bounds(self)[0]
        return self._low

    @property
    def high_magnitude(self) -> Decimal | None:
        """The upper bound as an exact decimal in ``unit``."""
        if isinstance(self._high, _Implied):
            return _implied_bounds(self)[1]
        return self._high

    @property
    def dimensionality(self) -> str:
        """What the figure measures, as pint writes it (``'[currency_CNY]'``)."""
        return base_factor(self.unit)[1]

    def to(self, unit: str) -> Figure:
        """The same figure in another unit, bounds included.

        Raises:
            UnitError: ``unit`` measures something else.

        >>> Figure("40", "万平方米").to("m**2").low_magnitude
        Decimal('3.95E+5')
        """
        factor = conversion_factor(self.unit, unit)
        low, high = self.low_magnitude, self.high_magnitude
        # Bounds become explicit: the written precision belongs to the written unit. The value
        # keeps its written digits (520亿元 is 5.20E+10元, exact to the 亿, not to the yuan).
        return attrs.evolve(
            self,
            magnitude=CONTEXT.multiply(self.magnitude, factor),
            unit=unit,
            low=None if low is None else DOWN.multiply(low, factor),
            high=None if high is None else UP.multiply(high, factor),
        )

    # -- value semantics ------------------------------------------------------------------

    def _key(self) -> tuple[object, ...]:
        factor, dimension = base_factor(self.unit)

        def base(value: Decimal | None) -> Decimal | None:
            return None if value is None else CONTEXT.multiply(value, factor).normalize(CONTEXT)

        return (
            dimension,
            base(self.magnitude),
            base(self.low_magnitude),
            base(self.high_magnitude),
            self.qualifier,
            self.approximate,
            self.derived,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Figure):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        """A constructor call a person would write: plain digits, never ``4E+1``.

        A value written to tens or more (四十亩 is 4E+1: exact to the ten) shows its bounds
        instead, so that the call gives back an equal figure.
        """
        magnitude = self.magnitude
        low, high = self._low, self._high
        if _exponent(magnitude) > 0 and self.qualifier in {Qualifier.EXACT, Qualifier.APPROX}:
            # Its precision is in its bounds: write them out, the value in plain digits.
            low, high = magnitude_bounds(self)
        parts = [repr(_plain(magnitude)), repr(self.unit)]
        if self.qualifier is not Qualifier.EXACT:
            parts.append(repr(self.qualifier.value))
        for name, value in (("low", low), ("high", high)):
            if not isinstance(value, _Implied):
                parts.append(f"{name}={None if value is None else _plain(value)!r}")
        if self.approximate != (self.qualifier is Qualifier.APPROX):
            parts.append(f"approximate={self.approximate}")
        if self.derived:
            parts.append("derived=True")
        return f"Figure({', '.join(parts)})"

    def __str__(self) -> str:
        """The reader's form, as a Chinese editor writes it: ``52.2亿元``, ``近40亿元``.

        >>> str(Figure("52.2", "亿元")), str(Figure.odd(400, "亩"))
        ('52.2亿元', '400余亩')
        """
        return format(self, "zh_Hans_CN")

    def __format__(self, spec: str) -> str:
        """A locale as format spec: ``f"{figure:en_US}"``; no spec is the reader's form.

        >>> f"{Figure('52.2', '亿元'):en_US}"
        '5.22 billion yuan'
        """
        from licheng._formatting import format_figure  # formatting sits above

        return format_figure(self, spec or "zh_Hans_CN")

    def __float__(self) -> float:
        """The value in its unit, as a float: ``float(Figure("52.2", "亿元"))`` is 52.2."""
        return float(self.magnitude)

    # -- interval arithmetic --------------------------------------------------------------

    def _bounds(self, *, floor: bool = False) -> tuple[Decimal, Decimal]:
        """The interval, ±Infinity where open; with ``floor``, a measure's open lower side is 0.

        As in the metrics, a figure of a measure (money, area, counts, computing power: not a
        ratio or a rate, which may fall) with a value of at least 0 is itself at least 0:
        近300亿元 is in [0, 300亿元], so 520亿元 + 近300亿元 is at least 519.5亿元. Sums and
        differences use this; products and quotients keep the open side open (近40亿元 / 28%
        is "nearly 146亿元", which says more than "between 0 and 146亿元").
        """
        low, high = self.low_magnitude, self.high_magnitude
        if low is None:
            low = _ZERO if floor and self._non_negative() else _NEG_INF
        return low, _INF if high is None else high

    def _non_negative(self) -> bool:
        return self.magnitude >= 0 and self.dimensionality not in _RATES

    def _derive(
        self, magnitude: Decimal, unit: str, low: Decimal, high: Decimal, other: Figure
    ) -> Figure:
        magnitude, low, high = settle(magnitude, low, high)
        lo = None if low.is_infinite() else low
        hi = None if high.is_infinite() else high
        qualifier = Qualifier.of_bounds(bounded_below=lo is not None, bounded_above=hi is not None)
        return Figure(
            magnitude,
            unit,
            qualifier,
            low=lo,
            high=hi,
            approximate=self.approximate or other.approximate,
            derived=True,
        )

    def __add__(self, other: object) -> Figure:
        if _is_plain_zero(other):
            return self
        right = _as_figure(other, like=self)
        if right is None:
            return NotImplemented
        right = right.to(self.unit)
        # An exact zero (0亿元, where sum starts) is the identity: the other stays as reported.
        if _exact_zero(right):
            return self
        if _exact_zero(self) and right.unit == self.unit:
            return right
        (a, b), (c, d) = self._bounds(floor=True), right._bounds(floor=True)
        value = CONTEXT.add(self.magnitude, right.magnitude)
        return self._derive(value, self.unit, DOWN.add(a, c), UP.add(b, d), right)

    def __radd__(self, other: object) -> Figure:
        """``0 + figure`` is the figure, so that ``sum(figures)`` works."""
        return self.__add__(other)

    def __sub__(self, other: object) -> Figure:
        right = _as_figure(other, like=self)
        if right is None:
            return NotImplemented
        right = right.to(self.unit)
        (a, b), (c, d) = self._bounds(floor=True), right._bounds(floor=True)
        value = CONTEXT.subtract(self.magnitude, right.magnitude)
        return self._derive(value, self.unit, DOWN.subtract(a, d), UP.subtract(b, c), right)

    def __rsub__(self, other: object) -> Figure:
        left = _as_figure(other, like=self)
        if left is None:
            return NotImplemented
        return left.__sub__(self)

    def __neg__(self) -> Figure:
        low, high = self._bounds(floor=True)
        return self._derive(-self.magnitude, self.unit, -high, -low, self)

    def __mul__(self, other: object) -> Figure:
        right = _as_figure(other)
        if right is None:
            return NotImplemented
        low, high = interval_product(self._bounds(), right._bounds())
        value = CONTEXT.multiply(self.magnitude, right.magnitude)
        return self._derive(value, _combine(self.unit, "*", right.unit), low, high, right)

    def __rmul__(self, other: object) -> Figure:
        return self.__mul__(other)

    def __truediv__(self, other: object) -> Figure:
        right = _as_figure(other)
        if right is None:
            return NotImplemented
        c, d = right._bounds()
        if c <= 0 <= d:
            msg = f"cannot divide by {right!r}: its interval [{_show(c)}, {_show(d)}] contains zero"
            raise DivisionByZeroError(msg)
        low, high = interval_quotient(self._bounds(), (c, d))
        value = CONTEXT.divide(self.magnitude, right.magnitude)
        return self._derive(value, _combine(self.unit, "/", right.unit), low, high, right)

    def __rtruediv__(self, other: object) -> Figure:
        left = _as_figure(other)
        if left is None:
            return NotImplemented
        return left.__truediv__(self)


_ZERO = Decimal(0)
# Dimensions of ratios and rates, which may be negative (growth of -3%): not measures.
_RATES = frozenset({"dimensionless", "[percentage_point]"})


def written_bounds(figure: Figure) -> bool:
    """Whether a bound was given, rather than left to the written digits and wording."""
    return not (isinstance(figure._low, _Implied) and isinstance(figure._high, _Implied))  # noqa: SLF001


def _exact_zero(figure: Figure) -> bool:
    return figure.magnitude.is_zero() and figure.low_magnitude == figure.high_magnitude == 0


def _is_plain_zero(value: object) -> bool:
    """The plain number 0, which ``sum`` starts from: the identity of addition."""
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool) and value == 0


def _exponent(value: Decimal) -> int:
    return int(value.as_tuple().exponent)


def _plain(value: Decimal) -> str:
    """``value`` in plain digits: ``4E+1`` → ``40``, ``3.2E+4`` → ``32000``, ``5E-7`` kept."""
    if _exponent(value) > 0:
        return f"{value:f}"
    return str(value)


_RANGE_NEEDS_BOUNDS = "a range needs both low and high"


def _show(value: Decimal) -> str:
    return "∞" if value == _INF else "-∞" if value == _NEG_INF else str(value)


def _combine(left: str, operator: str, right: str) -> str:
    if not right:
        return left
    if not left:
        return f"1 / ({right})" if operator == "/" else right
    return f"({left}) {operator} ({right})"


def _as_figure(value: object, like: Figure | None = None) -> Figure | None:
    """A plain number or quantity as an exact, zero-width figure; ``None`` if it is neither."""
    if isinstance(value, Figure):
        return value
    if isinstance(value, pint.Quantity):
        magnitude = to_decimal(value.magnitude)
        unit = f"{value.units:~}"
    elif isinstance(value, Decimal | int | float):
        magnitude = to_decimal(value)
        unit = ""
        if like is not None and like.dimensionality != "dimensionless":
            msg = f"cannot combine a plain number with a figure in {like.unit!r}"
            raise UnitError(msg)
    elif isinstance(value, Real):
        magnitude = to_decimal(float(value))
        unit = ""
    else:
        return None
    return Figure(magnitude, unit, low=magnitude, high=magnitude)
