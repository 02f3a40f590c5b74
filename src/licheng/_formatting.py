"""Figures written back as a careful editor would: 万/亿 in Chinese, millions in English.

The locale is an explicit argument of every function here, never global state. Numbers,
compact scales (万, 亿, billion, Milliarden), unit names, percent patterns and plural rules come
from babel's CLDR data; this module hand-writes only what CLDR lacks (see ``_locale.py``).

babel is imported on the first call, not by ``import licheng``.
"""

from __future__ import annotations

import decimal
import functools
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from enum import Enum
from typing import TYPE_CHECKING, Protocol, cast

import attrs

from licheng._figures import CONTEXT, Figure, digit_step, next_digit_step, to_decimal
from licheng._qualifier import Qualifier
from licheng._units import Quantity, base_factor, conversion_factor, get_unit
from licheng.exceptions import UnitError, ValidationError

if TYPE_CHECKING:
    from babel import Locale

    from licheng._locale import LocaleInfo, Scale

__all__ = [
    "IndicatorLike",
    "PeriodLike",
    "format_figure",
    "format_growth",
    "format_indicator",
    "format_quantity",
]

_ONE = Decimal(1)
_TEN = Decimal(10)
_TENTH = Decimal("0.1")
_CHINESE_SCALES = (("万亿", Decimal("1E+12")), ("亿", Decimal("1E+8")), ("万", Decimal("1E+4")))
_UNGROUPED_BELOW = Decimal(10000)  # GB/T 15835: integers of up to four digits are not grouped
_EXA = Decimal("1E+18")
_FACTOR_DIGITS = 12  # significant digits of a unit conversion factor worth keeping
_UNBOUNDED_DIGITS = 3  # significant digits of a derived figure with an open side
_EXACT_DIGITS = 6  # at most this many significant digits for a zero-width derived figure
_BASES = ("yoy", "mom", "qoq", "pop")

# pint's name for a unit → CLDR's unit key.
_CLDR_UNITS = {
    "square_meter": "area-square-meter",
    "meter ** 2": "area-square-meter",
    "hectare": "area-hectare",
    "square_kilometer": "area-square-kilometer",
    "kilometer ** 2": "area-square-kilometer",
    "watt": "power-watt",
    "千瓦": "power-kilowatt",
    "兆瓦": "power-megawatt",
    "tonne": "mass-tonne",
    "kilogram": "mass-kilogram",
    "gram": "mass-gram",
    "kilowatt_hour": "energy-kilowatt-hour",
    "meter": "length-meter",
    "kilometer": "length-kilometer",
}
# The base unit to show a dimension in when the written unit is not one of the above.
_BY_DIMENSION = {
    "[length] ** 2": ("area-square-meter", "m**2"),
    "[power]": ("power-watt", "W"),
    "[mass]": ("mass-tonne", "t"),
    "[length]": ("length-meter", "m"),
}
# CLDR's Chinese names that statistics do not print.
# CLDR's Traditional 百萬瓦特 is a word the parser does not read back (and 兆 is 10¹² in
# Taiwan): Traditional script writes MW.
_ZH_UNIT_OVERRIDES = {
    "mass-tonne": ("{}吨", "{}噸"),
    "power-watt": ("{}瓦", "{}瓦"),
    "power-megawatt": ("{}兆瓦", "{}MW"),
}
# The measure word of each kind of count, when the written unit is not Chinese.
_MEASURE_WORDS = {
    "[enterprise]": "家",
    "[piece]": "个",
    "[item]": "项",
    "[person]": "人",
    "[machine]": "台",
    "[vehicle]": "辆",
    "[household]": "户",
    "[building]": "栋",
    "[structure]": "座",
    "[line]": "条",
}
_TRADITIONAL = str.maketrans("个项辆户栋条亿万", "個項輛戶棟條億萬")


class _Kind(Enum):
    """What kind of unit a figure is shown in, which decides how its unit is written."""

    CURRENCY = "currency"
    CLDR = "cldr"
    MU = "mu"
    COMPUTING = "computing"
    COUNT = "count"
    PERCENT = "percent"
    POINT = "percentage_point"
    PLAIN = "plain"
    OTHER = "other"


_PLURAL_KINDS = frozenset({_Kind.CURRENCY, _Kind.CLDR, _Kind.POINT, _Kind.OTHER})


@attrs.frozen
class _Display:
    """How to show a unit: what kind, the base unit to count in, its written Chinese scale."""

    kind: _Kind
    detail: str
    """Currency code, CLDR key, measure word, P/E, or the unit's own text."""
    core: str
    """The unit the number is shown in, before any compact scale."""
    chinese_scale: Decimal
    """10⁴, 10⁸ or 10¹² if the unit was written with 万, 亿 or 万亿; else 1."""
    compact: bool = attrs.field(
        default=attrs.Factory(
            lambda self: self.kind not in {_Kind.PERCENT, _Kind.POINT, _Kind.COMPUTING},
            takes_self=True,
        )
    )
    """Whether numbers of this unit take compact scales (万, billion)."""


def _is_cjk(text: str) -> bool:
    return bool(text) and all("\u4e00" <= char <= "\u9fff" for char in text)


def _strip_chinese_scale(unit: str) -> tuple[str, Decimal]:
    for prefix, scale in _CHINESE_SCALES:
        rest = unit.removeprefix(prefix)
        if rest != unit and rest:
            try:
                if conversion_factor(unit, rest) == scale:
                    return rest, scale
            except UnitError:
                continue
    return unit, _ONE


@functools.lru_cache(maxsize=1024)
def _display(unit: str) -> _Display:
    core, scale = _strip_chinese_scale(unit)
    name = str(get_unit(core))
    dimension = base_factor(core)[1]
    if name in _CLDR_UNITS:
        return _Display(_Kind.CLDR, _CLDR_UNITS[name], core, scale)
    if name == "mu":
        return _Display(_Kind.MU, "mu", core, scale)
    if name == "percent":
        return _Display(_Kind.PERCENT, "%", "percent", _ONE)
    if dimension.startswith("[currency_") and dimension.count("[") == 1:
        code = dimension.removeprefix("[currency_").removesuffix("]")
        return _Display(_Kind.CURRENCY, code, code, scale)
    if dimension in _MEASURE_WORDS:
        word = core if _is_cjk(core) else _MEASURE_WORDS[dimension]
        return _Display(_Kind.COUNT, word, core, scale)
    if dimension == "[computing]":
        letter = "E" if base_factor(unit)[0] >= _EXA else "P"
        return _Display(_Kind.COMPUTING, letter, f"{letter}FLOPS", _ONE)
    if dimension == "[percentage_point]":
        return _Display(_Kind.POINT, "pp", "percentage_point", _ONE)
    if dimension == "dimensionless":
        return _Display(_Kind.PLAIN, "", "", _ONE)
    if dimension in _BY_DIMENSION:
        key, base = _BY_DIMENSION[dimension]
        return _Display(_Kind.CLDR, key, base, _ONE)
    # A compound unit as pint writes it, "(亿元) / (家)", as an editor would: 亿元/家.
    text = unit.replace("(", "").replace(")", "").replace(" / ", "/").replace(" * ", "·")
    return _Display(_Kind.OTHER, text, unit, _ONE)


def _is_power_of_ten(value: Decimal) -> bool:
    sign, digits, _ = value.normalize().as_tuple()
    return sign == 0 and digits == (1,)


def _clean(factor: Decimal) -> Decimal:
    """A conversion factor without the float noise of its definition (15.000000000000002)."""
    return round(factor, _FACTOR_DIGITS - factor.adjusted() - 1).normalize()


@functools.lru_cache(maxsize=1024)
def _factor(unit: str, core: str) -> tuple[Decimal, bool]:
    """The factor from ``unit`` to ``core``, and whether it is a power of ten."""
    factor = _clean(conversion_factor(unit, core))
    return factor, _is_power_of_ten(factor)


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
    magnitude, low, high = figure.magnitude, figure.low_magnitude, figure.high_magnitude
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
    numerals: bool = False
    """Write the value in Chinese numerals (三百亿元): exact only to its tens or more."""


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


def _plan(figure: Figure, info: LocaleInfo, unit: str | None, *, bounds: bool) -> _Plan:  # noqa: PLR0915 - one pass over the figure reads best
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
    numerals = (
        info.chinese
        and exact
        and written_step is not None
        and qualifier is not Qualifier.RANGE
        and _in_numerals(value / divisor, written_step * factor / divisor)
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
        numerals=numerals,
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


# -- text -------------------------------------------------------------------------------------


def _digits(number: _Number, info: LocaleInfo, *, percent: bool = False) -> str:
    value = number.value
    group = not (info.chinese and abs(value) < _UNGROUPED_BELOW)
    pattern = info.pattern(number.places, percent=percent)
    shown = value.scaleb(-2) if percent else value
    return str(pattern.apply(shown, info.locale, group_separator=group))


_CHINESE_DIGITS = "零一二三四五六七八九"
_CHINESE_PLACES = ((1000, "千"), (100, "百"), (10, "十"), (1, ""))


def _chinese_integer(number: int, *, traditional: bool) -> str:
    """1 to 9999 in Chinese numerals: 300 → 三百, 2600 → 两千六百, 2050 → 两千零五十, 10 → 十."""
    text = ""
    gap = False
    for place, name in _CHINESE_PLACES:
        digit = number // place % 10
        if digit == 0:
            gap = gap or bool(text)
            continue
        if gap:
            text, gap = text + "零", False
        if place == 10 and digit == 1 and not text:  # noqa: PLR2004 - 十, not 一十
            word = ""
        elif digit == 2 and place >= 100:  # noqa: PLR2004 - 两百, 两千
            word = "兩" if traditional else "两"
        else:
            word = _CHINESE_DIGITS[digit]
        text += word + name
    return text


def _plural(number: _Number, info: LocaleInfo) -> str:
    return info.locale.plural_form(number.value)


def _scaled(text: str, number: _Number, scale: Scale | None, info: LocaleInfo) -> str:
    if scale is None:
        return text
    if scale.uniform:
        before, after = scale.patterns["other"]
    else:
        before, after = scale.patterns.get(_plural(number, info)) or scale.patterns["other"]
    if info.chinese:
        after = after.translate(_TRADITIONAL) if info.traditional else after
    return f"{before}{text}{after}"


def _unit_pattern(display: _Display, info: LocaleInfo, plural: str) -> str:
    """The pattern that puts the unit around a number: ``"{}亿元"`` → ``"{}元"``."""
    kind, words = display.kind, info.words
    if kind is _Kind.CURRENCY:
        if display.detail == "CNY" and words.yuan is not None:
            return words.yuan
        return _currency_pattern(display.detail, info, plural)
    if kind is _Kind.MU:
        return words.mu
    if kind is _Kind.COMPUTING:
        if info.chinese:
            return "{}" + display.detail
        return words.computing.replace("{}FLOPS", display.detail + "FLOPS", 1)
    if kind is _Kind.COUNT:
        if not info.chinese:
            return "{}"
        return "{}" + (
            display.detail.translate(_TRADITIONAL) if info.traditional else display.detail
        )
    if kind is _Kind.POINT:
        one, other = words.percentage_point
        return one if plural == "one" else other
    if kind is _Kind.CLDR:
        return _cldr_pattern(display.detail, info, plural)
    if kind is _Kind.OTHER:
        return "{}" + display.detail if info.chinese else "{} " + display.detail
    return "{}"


def _currency_pattern(code: str, info: LocaleInfo, plural: str) -> str:
    from babel.numbers import get_currency_name  # noqa: PLC0415 - babel loads on first use

    count = 1 if plural == "one" else 2
    name = get_currency_name(code, count, info.locale)
    return "{}" + name if info.chinese else "{} " + name


def _cldr_pattern(key: str, info: LocaleInfo, plural: str) -> str:
    if info.chinese and key in _ZH_UNIT_OVERRIDES:
        simplified, traditional = _ZH_UNIT_OVERRIDES[key]
        return traditional if info.traditional else simplified
    # babel has no public accessor for CLDR's unit patterns by plural form.
    patterns = info.locale._data["unit_patterns"].get(key, {}).get("long", {})  # noqa: SLF001
    pattern = str(patterns.get(plural) or patterns.get("other") or "{0} " + key)
    if info.chinese:
        pattern = pattern.replace(" {0}", "{0}").replace("{0} ", "{0}")
    return pattern.replace("{0}", "{}")


def _amount(number: _Number, plan: _Plan, info: LocaleInfo, *, with_unit: bool = True) -> str:
    """A number with its scale word and unit: ``52.2亿元``, ``5.22 billion yuan``."""
    display = plan.display
    if display.kind is _Kind.PERCENT:
        text = _digits(number, info, percent=True)
        if plan.numerals and number is plan.central:
            text = _chinese_integer(int(number.value), traditional=info.traditional) + "%"
        if plan.odd and info.chinese and number is plan.central:
            # 30多%: more than 30%, below 40% (as the parser reads it back)
            text = text.replace("%", "多%", 1)
        return text
    text = _digits(number, info)
    if plan.numerals and number is plan.central:
        text = _chinese_integer(int(number.value), traditional=info.traditional)
    if plan.odd and info.chinese and number is plan.central:
        text += "多" if display.kind is _Kind.COUNT else ("餘" if info.traditional else "余")
    text = _scaled(text, number, plan.scale, info)
    if not with_unit:
        return text
    plural = "other"
    if plan.scale is None and not info.chinese and display.kind in _PLURAL_KINDS:
        plural = _plural(number, info)
    return _unit_pattern(display, info, plural).format(text)


def _qualified(plan: _Plan, info: LocaleInfo) -> str:
    words = info.words
    qualifier = plan.qualifier
    if qualifier is Qualifier.RANGE and plan.low is not None and plan.high is not None:
        low = _amount(plan.low, plan, info, with_unit=False)
        if not info.chinese and plan.scale is not None:
            low = _digits(plan.low, info)
        return words.range_sep.format(low, _amount(plan.high, plan, info))
    if plan.central is None:  # pragma: no cover - every non-range figure has a value
        msg = "a figure without a value"
        raise ValidationError([("magnitude", msg)])
    text = _amount(plan.central, plan, info)
    if plan.odd:
        return text if info.chinese else words.more_than.format(text)
    template = {
        Qualifier.NEARLY: words.nearly,
        Qualifier.MORE_THAN: words.more_than,
        Qualifier.AT_LEAST: words.at_least,
        Qualifier.LESS_THAN: words.less_than,
        Qualifier.AT_MOST: words.at_most,
    }.get(qualifier)
    if template is None:
        template = words.approx if plan.approximate or qualifier is Qualifier.APPROX else "{}"
    return template.format(text)


def _bounds_text(plan: _Plan, info: LocaleInfo) -> str | None:
    low, high = plan.bounds
    words = info.words
    percent = plan.display.kind is _Kind.PERCENT
    if low is not None and high is not None:
        if info.chinese or percent:
            left = _amount(low, plan, info, with_unit=False)
            right = _amount(high, plan, info, with_unit=info.chinese)
            return f"{left}—{right}" if info.chinese else f"{left}–{right}"
        return f"{_digits(low, info)}–{_amount(high, plan, info, with_unit=False)}"
    if low is not None:
        return words.above.format(_amount(low, plan, info, with_unit=info.chinese))
    if high is not None:
        return words.below.format(_amount(high, plan, info, with_unit=info.chinese))
    return None


def _info(locale: str | Locale) -> LocaleInfo:
    from licheng._locale import locale_info  # noqa: PLC0415 - babel loads on first use

    return locale_info(locale)


# -- public -----------------------------------------------------------------------------------


def format_figure(
    figure: Figure, locale: str | Locale, *, unit: str | None = None, bounds: bool = False
) -> str:
    """Write a figure as a careful editor would in ``locale``.

    Chinese uses 万/亿/万亿 (萬/億/兆 in Traditional script) from 1万 up and keeps the scale a
    figure was written in; other locales use CLDR's long compact names from a million up
    (billion, Milliarden). A reported figure prints exactly the digits it was written with;
    a derived one prints its value to the place its bounds' half-width reaches, as
    approximate.

    Args:
        figure: the figure to write.
        locale: a locale identifier (``"zh_Hans_CN"``, ``"en-GB"``) or a ``babel.Locale``.
        unit: another unit of the same kind to show the figure in (亩, ``"hectare"``,
            ``"EFLOPS"``).
        bounds: add the figure's bounds after it, in brackets.

    Returns:
        The figure as text.

    Raises:
        LocaleError: ``locale`` is not a locale babel knows.
        UnitError: ``unit`` measures something else than the figure.

    Examples:
        >>> from licheng import Figure, format_figure
        >>> output = Figure("52.2", "亿元")
        >>> format_figure(output, locale="zh_Hans_CN"), format_figure(output, locale="zh_Hant_TW")
        ('52.2亿元', '52.2億元')
        >>> format_figure(output, locale="en_US"), format_figure(output, locale="de_DE")
        ('5.22 billion yuan', '5,22 Milliarden Yuan')
        >>> format_figure(Figure.odd(400, "亩"), locale="en_US")
        'more than 400 mu'
        >>> format_figure(Figure("40", "万平方米"), locale="en_GB")
        '400,000 square metres'
        >>> format_figure(Figure("40", "万平方米"), locale="zh_Hans_CN", unit="亩")
        '600亩'
        >>> share = (output / Figure("28", "percent")).to("亿元")
        >>> format_figure(share, locale="zh_Hans_CN", bounds=True)
        '约186亿元（182亿—190亿元）'
        >>> format_figure(share, locale="en_US", bounds=True)
        'about 18.6 billion yuan (18.2–19.0 billion)'
    """
    if not isinstance(cast("object", figure), Figure):
        msg = f"format_figure needs a Figure, not {type(figure).__name__}"
        raise TypeError(msg)
    with decimal.localcontext(CONTEXT):  # whatever the caller's decimal context
        return _format_figure(figure, locale, unit=unit, bounds=bounds)


def _format_figure(figure: Figure, locale: str | Locale, *, unit: str | None, bounds: bool) -> str:
    info = _info(locale)
    plan = _plan(figure, info, unit, bounds=bounds)
    text = _qualified(plan, info)
    if bounds:
        extra = _bounds_text(plan, info)
        if extra is not None:
            text = info.words.bounds.format(text, extra)
    return text


def format_quantity(quantity: Quantity, locale: str | Locale, *, unit: str | None = None) -> str:
    """Write a pint quantity of licheng's registry in ``locale``.

    A quantity carries no written precision: its magnitude prints with the digits of its
    shortest form (``5.22e9`` → 5.22 billion).

    Args:
        quantity: a quantity of ``licheng.ureg``.
        locale: a locale identifier or a ``babel.Locale``.
        unit: another unit of the same kind to show it in.

    Returns:
        The quantity as text.

    Raises:
        LocaleError: ``locale`` is not a locale babel knows.
        UnitError: ``unit`` measures something else than the quantity.

    Examples:
        >>> from licheng import Q_, format_quantity
        >>> format_quantity(Q_(5.22e9, "元"), locale="zh_Hans_CN")
        '52.2亿元'
        >>> format_quantity(Q_(5.22e9, "元"), locale="en_US")
        '5.22 billion yuan'
        >>> format_quantity(Q_(2300, "PFLOPS"), locale="zh_Hant_TW")
        '2300P'
    """
    magnitude = to_decimal(quantity.magnitude, "magnitude")
    if isinstance(quantity.magnitude, float):
        magnitude = magnitude.normalize(CONTEXT)
    figure = Figure(magnitude, f"{quantity.units:~}")
    return format_figure(figure, locale, unit=unit)


def _size_of_change(figure: Figure) -> Figure:
    """The absolute size of a negative change: -3.2% → 3.2%, 'less than -5%' → more than 5%."""
    low, high = figure.low_magnitude, figure.high_magnitude
    qualifier = figure.qualifier.negated
    if figure.qualifier is Qualifier.MORE_THAN and high is not None:
        qualifier = Qualifier.NEARLY  # -30多% is "down nearly 30%"
    return attrs.evolve(
        figure,
        magnitude=-figure.magnitude,
        qualifier=qualifier,
        low=None if high is None else -high,
        high=None if low is None else -low,
    )


def format_growth(figure: Figure, locale: str | Locale, *, basis: str = "yoy") -> str:
    """Write a signed growth rate: 同比增长10%, 同比下降3.2%, up 10% year on year.

    Args:
        figure: the growth, a figure in ``percent`` (or ``percentage_point``).
        locale: a locale identifier or a ``babel.Locale``.
        basis: ``"yoy"`` (同比, year on year), or ``"mom"``, ``"qoq"``, ``"pop"`` (环比:
            month, quarter or period on period).

    Returns:
        The growth as text.

    Raises:
        LocaleError: ``locale`` is not a locale babel knows.
        ValidationError: ``basis`` is none of the above.

    Examples:
        >>> from licheng import Figure, format_growth
        >>> format_growth(Figure("10", "percent"), locale="zh_Hans_CN")
        '同比增长10%'
        >>> format_growth(Figure("-3.2", "percent"), locale="zh_Hant_TW")
        '同比下降3.2%'
        >>> format_growth(Figure("-3.2", "percent"), locale="en_US", basis="mom")
        'down 3.2% month on month'
    """
    if basis not in _BASES:
        msg = f"unknown basis {basis!r}; expected one of {', '.join(_BASES)}"
        raise ValidationError([("basis", msg)])
    with decimal.localcontext(CONTEXT):
        return _format_growth(figure, locale, basis)


def _format_growth(figure: Figure, locale: str | Locale, basis: str) -> str:
    info = _info(locale)
    words = info.words
    basis_text = words.bases[basis]
    if figure.magnitude.is_zero() and figure.qualifier is Qualifier.EXACT:
        return words.flat.format(basis=basis_text)
    negative = figure.magnitude < 0
    size = _size_of_change(figure) if negative else figure
    text = format_figure(size, info.locale)
    return (words.down if negative else words.up).format(text, basis=basis_text)


# -- indicators ---------------------------------------------------------------------------------


class PeriodLike(Protocol):
    """What ``format_indicator`` reads of a period (licheng's ``Period`` has it)."""

    @property
    def year(self) -> int:
        """The year."""

    @property
    def start_month(self) -> int:
        """The first month, 1–12."""

    @property
    def end_month(self) -> int:
        """The last month, 1–12."""


class IndicatorLike(Protocol):
    """What ``format_indicator`` reads of an indicator (licheng's ``Indicator`` has it)."""

    @property
    def measure(self) -> Enum:
        """What is measured: a string enum such as ``output_value``."""

    @property
    def figure(self) -> Figure:
        """The figure."""

    @property
    def period(self) -> PeriodLike:
        """The reporting period."""

    @property
    def subject(self) -> str:
        """What the figure describes, by its Chinese name."""


#: Each measure in Simplified script, Traditional script and English.
_MEASURES: dict[str, tuple[str, str, str]] = {
    "output_value": ("产值", "產值", "output value"),
    "gross_output": ("总产值", "總產值", "gross output"),
    "value_added": ("增加值", "增加值", "value added"),
    "investment": ("投资", "投資", "investment"),
    "area": ("面积", "面積", "area"),
    "enterprise_count": ("企业数", "企業數", "number of enterprises"),
    "computing_power": ("算力", "算力", "computing power"),
    "share": ("占比", "佔比", "share"),
    "growth": ("增速", "增速", "growth"),
}
_CN_NUMBERS = "一二三四五六七八九十"
_QUARTER = 3
_HALF_YEAR = 6


def _measure_name(measure: Enum, info: LocaleInfo) -> str:
    key = str(measure.value)
    names = _MEASURES.get(key)
    if names is None:
        return key.replace("_", " ")
    simplified, traditional, english = names
    if info.chinese:
        return traditional if info.traditional else simplified
    return english


def _period_name(period: PeriodLike, info: LocaleInfo) -> str:
    start, end, year = period.start_month, period.end_month, period.year
    quarterly = start % _QUARTER == 1 and end % _QUARTER == 0
    if info.chinese:
        if (start, end) == (1, 12):
            return "全年"
        if (start, end) == (1, _HALF_YEAR):
            return "上半年"
        if (start, end) == (_HALF_YEAR + 1, 12):
            return "下半年"
        if quarterly and start == 1 and end > _QUARTER:
            return f"前{_CN_NUMBERS[end // _QUARTER - 1]}季度"
        if quarterly and end - start == _QUARTER - 1:
            return f"{_CN_NUMBERS[end // _QUARTER - 1]}季度"
        return f"{start}月" if start == end else f"{start}—{end}月"
    from babel.dates import get_month_names  # noqa: PLC0415 - babel loads on first use

    if (start, end) == (1, 12):
        return str(year)
    if (start, end) in {(1, _HALF_YEAR), (_HALF_YEAR + 1, 12)}:
        return f"H{1 if start == 1 else 2} {year}"
    if quarterly:
        first, last = (start + 2) // _QUARTER, end // _QUARTER
        return f"Q{first} {year}" if first == last else f"Q{first}–Q{last} {year}"
    months = get_month_names("abbreviated", locale=info.locale)
    if start == end:
        return f"{get_month_names('wide', locale=info.locale)[start]} {year}"
    return f"{months[start]}–{months[end]} {year}"


def format_indicator(
    indicator: IndicatorLike, locale: str | Locale, *, subject: str | None = None
) -> str:
    """Write an indicator as one line: subject, period, measure, figure (and growth).

    Chinese: ``现代医药 上半年产值52.2亿元``; English: ``Modern medicine output value,
    H1 2025: 5.22 billion yuan``. An indicator with a ``yoy`` figure adds its growth.

    Args:
        indicator: anything with ``measure``, ``figure``, ``period``, ``subject`` and,
            optionally, ``yoy`` (a percent figure or ``None``).
        locale: a locale identifier or a ``babel.Locale``.
        subject: the subject's name in ``locale``, if not the indicator's Chinese name.

    Returns:
        The indicator as text.

    Raises:
        LocaleError: ``locale`` is not a locale babel knows.

    Examples:
        >>> from enum import StrEnum
        >>> from types import SimpleNamespace
        >>> from licheng import Figure, Period, format_indicator
        >>> Measure = StrEnum("Measure", {"OUTPUT_VALUE": "output_value"})
        >>> ind = SimpleNamespace(
        ...     measure=Measure.OUTPUT_VALUE,
        ...     figure=Figure("52.2", "亿元"),
        ...     period=Period(2025, 1, 6),
        ...     subject="现代医药",
        ...     yoy=None,
        ... )
        >>> format_indicator(ind, locale="zh_Hans_CN")
        '现代医药 上半年产值52.2亿元'
        >>> format_indicator(ind, locale="en_US", subject="Modern medicine")
        'Modern medicine output value, H1 2025: 5.22 billion yuan'
    """
    info = _info(locale)
    name = indicator.subject if subject is None else subject
    measure = _measure_name(indicator.measure, info)
    period = _period_name(indicator.period, info)
    figure = format_figure(indicator.figure, info.locale)
    yoy = getattr(indicator, "yoy", None)
    growth = None if yoy is None else format_growth(yoy, info.locale)
    if info.chinese:
        text = f"{name} {period}{measure}{figure}"
        return text if growth is None else f"{text}，{growth}"
    text = f"{name} {measure}, {period}: {figure}"
    return text if growth is None else f"{text}, {growth}"
