"""One builder: a ``Reading`` and its qualifier become a ``Figure``.

The multiplier joins the unit where the registry has that unit (亿 and 元 make 亿元), 成 and 倍
become percent, 次 becomes FLOPS, 余/多 make an open interval above the number, and a decline
negates. Figures read from text are valid by construction and skip the public constructor.
"""

from __future__ import annotations

import functools
from decimal import Decimal

import attrs

from licheng._figures import IMPLIED, Figure, _Implied
from licheng._parse.context import _combine, _suffix
from licheng._parse.reading import Reading
from licheng._parse.vocabulary import (
    CHENG,
    FLOPS,
    LATIN,
    MEASURE,
    MONEY,
    MULTIPLIER_PREFIX,
    TIMES,
)
from licheng._qualifier import Qualifier
from licheng._units import base_factor, is_count
from licheng.exceptions import LichengError, ValidationError


@functools.cache
def _prefixed(unit: str, multiplier: int) -> str | None:
    """The registry unit for 万/亿/万亿 + ``unit`` when it is exactly that multiple."""
    prefix = MULTIPLIER_PREFIX.get(multiplier)
    if prefix is None:
        return None
    name = prefix + unit
    try:
        factor, dimension = base_factor(name)
        base, base_dimension = base_factor(unit)
    except LichengError:
        return None
    if dimension != base_dimension or factor != (base * Decimal(1).scaleb(multiplier)).normalize():
        return None
    return name


@functools.cache
def _counts(unit: str) -> bool:
    return bool(unit) and is_count(unit)


# -- figures --------------------------------------------------------------------------------


def _figure(
    reading: Reading,
    qualifier: Qualifier,
    approximate: bool,  # noqa: FBT001
    *,
    negate: bool = False,
) -> Figure:
    """Turn a reading into a Figure, with the unit as written (亿元, 万平方米 …).

    成 and 倍 become percent, 次 becomes FLOPS, and 万/亿 join the unit where the registry has
    that unit (亿 and 元 make 亿元); ``_build`` does the rest.
    """
    unit = reading.unit
    kind = reading.kind
    value = reading.value
    high = reading.high
    step = reading.odd_step
    if kind == CHENG:
        value = value.scaleb(1)
        high = None if high is None else high.scaleb(1)
        step = None if step is None else step.scaleb(1)
    elif kind == TIMES:
        value = value.scaleb(2)
        high = None if high is None else high.scaleb(2)
        step = None if step is None else step.scaleb(2)
    elif kind == FLOPS:
        value, high, step, unit = _flops(value, high, step)
    multiplier = reading.multiplier
    if multiplier and unit and kind in _PREFIXED_KINDS:
        prefixed = _prefixed(unit, multiplier)
        if prefixed is not None:
            unit = prefixed
            value = value.scaleb(-multiplier)
            high = None if high is None else high.scaleb(-multiplier)
            step = None if step is None else step.scaleb(-multiplier)
    return _build(value, unit, qualifier, approximate, high, step, negate=negate)


def _build(  # noqa: PLR0913, PLR0917 - the parts of a figure, as a reader has them
    value: Decimal,
    unit: str,
    qualifier: Qualifier,
    approximate: bool,  # noqa: FBT001
    high: Decimal | None,
    step: Decimal | None,
    *,
    negate: bool,
) -> Figure:
    """The Figure of a number already in ``unit``, negated for a decline.

    A range up to ``high``; N余 up to ``step`` above the number; otherwise the bounds follow
    from the written digits and the wording, as Figure says.
    """
    approximate = approximate or qualifier is _APPROX
    if high is not None:
        figure = _make_figure((value + high) / 2, unit, _RANGE, value, high, approximate)
    elif step is not None:
        figure = _make_figure(value, unit, _MORE_THAN, IMPLIED, value + step, approximate)
    elif negate:  # what _negate gives when both bounds follow from the wording
        return _implied_figure(-value, unit, qualifier.negated, approximate)
    else:
        return _implied_figure(value, unit, qualifier, approximate)
    return _negate(figure) if negate else figure


_APPROX = Qualifier.APPROX
_PREFIXED_KINDS = frozenset({MONEY, MEASURE, LATIN})  # 亿 and 元 make 亿元
_MONEY_OR_NONE = frozenset({MONEY, ""})
_RANGE = Qualifier.RANGE
_MORE_THAN = Qualifier.MORE_THAN


_FIGURE_FIELDS = ("magnitude", "unit", "qualifier", "_low", "_high", "approximate", "derived")
# Figures read from text are valid by construction, so they skip Figure's converters and
# validators (a figure costs a few microseconds less). Only while Figure has exactly these
# fields; otherwise the public constructor does the work.
_TRUSTED = tuple(field.name for field in attrs.fields(Figure)) == _FIGURE_FIELDS


def _make_figure(  # noqa: PLR0913, PLR0917 - the fields of a Figure
    magnitude: Decimal,
    unit: str,
    qualifier: Qualifier,
    low: Decimal | _Implied | None,
    high: Decimal | _Implied | None,
    approximate: bool,  # noqa: FBT001
) -> Figure:
    """A Figure from values the parser has checked: bounds in order, whole counts."""
    if isinstance(low, Decimal) and isinstance(high, Decimal) and low > high:
        msg = f"lower bound {low} is above upper bound {high}"
        raise ValidationError([("low", msg)])
    if not _TRUSTED or (_counts(unit) and magnitude != magnitude.to_integral_value()):
        return Figure(magnitude, unit, qualifier, low=low, high=high, approximate=approximate)
    figure = _new_figure(Figure)
    _set_magnitude(figure, magnitude)
    _set_unit(figure, unit)
    _set_qualifier(figure, qualifier)
    _set_low(figure, low)
    _set_high(figure, high)
    _set_approximate(figure, approximate)
    _set_derived(figure, False)  # noqa: FBT003 - the field's value
    return figure


def _implied_figure(
    magnitude: Decimal,
    unit: str,
    qualifier: Qualifier,
    approximate: bool,  # noqa: FBT001
    *,
    whole: bool = False,
) -> Figure:
    """``_make_figure`` with both bounds implied by the wording, as most figures read have them.

    No bounds to check: the readers' commonest figure skips that and a call. ``whole`` says the
    caller found a count's magnitude whole already (the Arabic lane's plan knows its unit).
    """
    if not _TRUSTED or (not whole and _counts(unit) and magnitude != magnitude.to_integral_value()):
        return Figure(
            magnitude, unit, qualifier, low=IMPLIED, high=IMPLIED, approximate=approximate
        )
    figure = _new_figure(Figure)
    _set_magnitude(figure, magnitude)
    _set_unit(figure, unit)
    _set_qualifier(figure, qualifier)
    _set_low(figure, IMPLIED)
    _set_high(figure, IMPLIED)
    _set_approximate(figure, approximate)
    _set_derived(figure, False)  # noqa: FBT003 - the field's value
    return figure


# The slots' own setters: a frozen class's fields set without a name look-up each.
_new_figure = object.__new__
_set_magnitude, _set_unit, _set_qualifier, _set_low, _set_high, _set_approximate, _set_derived = (
    vars(Figure)[name].__set__ for name in _FIGURE_FIELDS
)


def _flops(
    value: Decimal, high: Decimal | None, step: Decimal | None
) -> tuple[Decimal, Decimal | None, Decimal | None, str]:
    """每秒12.5亿亿次 → 125 PFLOPS: pick the prefix that keeps the number readable."""
    for exponent, unit in ((18, "EFLOPS"), (15, "PFLOPS"), (12, "TFLOPS")):
        if abs(value) >= Decimal(1).scaleb(exponent):
            return (
                value.scaleb(-exponent),
                None if high is None else high.scaleb(-exponent),
                None if step is None else step.scaleb(-exponent),
                unit,
            )
    return value, high, step, "FLOPS"


# -- parse_figure ------------------------------------------------------------------------------


def _finish(
    text: str,
    reading: Reading,
    stop: int,
    qualifier: Qualifier,
    currency: str | None,
) -> tuple[Figure, int] | None:
    """Apply the suffix qualifiers and the currency before the number; build the Figure."""
    approximate = False
    if currency is not None:
        if reading.kind == MONEY and reading.unit not in {"元", currency}:
            return None
        if reading.kind not in _MONEY_OR_NONE:
            return None
        reading = reading._replace(unit=currency, kind=MONEY)
    suffix_qualifier, end, reading = _suffix(text, reading, stop)
    if suffix_qualifier is not None:
        qualifier, approximate = _combine(qualifier, suffix_qualifier)
    try:
        figure = _figure(reading, qualifier, approximate)
    except (LichengError, ArithmeticError):
        return None
    return figure, end


# -- extract ---------------------------------------------------------------------------------


def _negate(figure: Figure) -> Figure:
    """A decline as a negative growth rate: 下降超过3% → less than −3%."""
    low, high = figure.low_magnitude, figure.high_magnitude
    negated_low = None if high is None else -high
    negated_high = None if low is None else -low
    qualifier = figure.qualifier.negated
    # the figure is valid, so is its negation with implied bounds (no validators needed)
    approximate = figure.approximate
    plain = _implied_figure(-figure.magnitude, figure.unit, qualifier, approximate)
    if (plain.low_magnitude, plain.high_magnitude) == (negated_low, negated_high):
        return plain  # bounds implied by the wording, as for any figure read from text
    return Figure(
        -figure.magnitude,
        figure.unit,
        qualifier,
        low=negated_low,
        high=negated_high,
        approximate=figure.approximate,
    )
