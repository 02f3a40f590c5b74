"""Figures written back as a careful editor would: 万/亿 in Chinese, millions in English.

The locale is an explicit argument of every function here, never global state. Numbers,
compact scales (万, 亿, billion, Milliarden), unit names, percent patterns and plural rules come
from babel's CLDR data; this module hand-writes only what CLDR lacks (see ``_locale.py``).

babel is imported on the first call, not by ``import licheng``.
"""

from __future__ import annotations

import decimal
from typing import TYPE_CHECKING, cast

import attrs

from licheng._figures import CONTEXT, Figure, to_decimal
from licheng._qualifier import Qualifier
from licheng._units import Quantity
from licheng.exceptions import ValidationError

if TYPE_CHECKING:
    from babel import Locale

    from licheng._locale import LocaleInfo, Scale

from licheng._display import _PLURAL_KINDS, _TRADITIONAL, _UNGROUPED_BELOW, _Kind, _unit_pattern
from licheng._plan import _Number, _Plan, _plan

_BASES = ("yoy", "mom", "qoq", "pop")


__all__ = [
    "format_figure",
    "format_growth",
    "format_quantity",
]

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


def _amount(number: _Number, plan: _Plan, info: LocaleInfo, *, with_unit: bool = True) -> str:
    """A number with its scale word and unit: ``52.2亿元``, ``5.22 billion yuan``."""
    display = plan.display
    if display.kind is _Kind.PERCENT:
        text = _digits(number, info, percent=True)
        if plan.numeral_step is not None and number is plan.central:
            # 增长2.5倍 is 250% exact to the ten: a Chinese editor writes it 2.5倍, never 两百五十%
            times = (number.value / 100).quantize(plan.numeral_step / 100)
            text = format(times, "f") + "倍"
        if plan.odd and info.chinese and number is plan.central:
            # 30多%: more than 30%, below 40% (as the parser reads it back)
            text = text.replace("%", "多%", 1)
        return text
    text = _digits(number, info)
    if plan.numeral_step is not None and number is plan.central:
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
    from licheng._locale import locale_info  # babel loads on first use

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
