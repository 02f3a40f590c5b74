"""An indicator as one line: subject, period, measure, figure and growth, in a locale."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from licheng._figures import Figure
from licheng._formatting import _info, format_figure, format_growth

if TYPE_CHECKING:
    from collections.abc import Mapping

    from babel import Locale

    from licheng._locale import LocaleInfo

__all__: list[str] = ["IndicatorLike", "PeriodLike", "format_indicator"]


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
    def measure(self) -> object:
        """What is measured: a string enum such as ``output_value`` (its ``value`` is read)."""

    @property
    def figure(self) -> Figure:
        """The figure."""

    @property
    def period(self) -> PeriodLike | None:
        """The reporting period, or None for a stock at an unstated time."""

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


def _measure_name(measure: object, info: LocaleInfo) -> str:
    key = str(getattr(measure, "value", measure))
    names = _MEASURES.get(key)
    if names is None:
        # A measure that carries its own labels (licheng's Measure, OtherMeasure).
        label = getattr(measure, "zh" if info.chinese else "en", None)
        return label if isinstance(label, str) else key.replace("_", " ")
    simplified, traditional, english = names
    if info.chinese:
        return traditional if info.traditional else simplified
    return english


def _period_name(period: PeriodLike, info: LocaleInfo) -> str:  # noqa: C901 - one case per period
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
    from babel.dates import get_month_names  # babel loads on first use

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
    indicator: IndicatorLike,
    locale: str | Locale,
    *,
    subject: str | None = None,
    names: Mapping[str, str | None] | None = None,
) -> str:
    """Write an indicator as one line: subject, period, measure, figure (and growth).

    Chinese: ``现代医药 上半年产值52.2亿元``; English: ``Modern medicine output value,
    H1 2025: 5.22 billion yuan``. An indicator with a ``yoy`` figure adds its growth. Outside
    Chinese, the indicator's ``label_en`` names the measure where it has one, and ``names``
    (such as ``District.names_en``) gives the subject's English name; a share, growth rate or
    change in points says so after the measure. A period of None is left out.

    Args:
        indicator: anything with ``measure``, ``figure``, ``period``, ``subject`` and,
            optionally, ``yoy`` (a percent figure or ``None``).
        locale: a locale identifier or a ``babel.Locale``.
        subject: the subject's name in ``locale``, if not the indicator's Chinese name.
        names: names in ``locale`` by Chinese name, used for the subject where ``subject``
            is not given (outside Chinese only).

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
    if subject is None and names is not None and not info.chinese:
        name = names.get(indicator.subject) or name
    label_en = getattr(indicator, "label_en", None)
    if not info.chinese and isinstance(label_en, str):
        measure = label_en  # a label names the share or rate itself
    else:
        role = str(getattr(getattr(indicator, "role", None), "value", "value"))
        script = (1 if info.traditional else 0) if info.chinese else 2
        measure = _measure_name(indicator.measure, info)
        measure += _ROLE_WORDS.get(role, ("", "", ""))[script]
    period = "" if indicator.period is None else _period_name(indicator.period, info)
    figure = format_figure(indicator.figure, info.locale)
    yoy = getattr(indicator, "yoy", None)
    growth = None if yoy is None else format_growth(yoy, info.locale)
    if info.chinese:
        text = f"{name} {period}{measure}{figure}"
        return text if growth is None else f"{text}，{growth}"
    text = f"{name} {measure}, {period}: {figure}" if period else f"{name} {measure}: {figure}"
    return text if growth is None else f"{text}, {growth}"


# What a share, a growth rate or a change in points of a measure is called after the measure:
# Simplified, Traditional, English.
_ROLE_WORDS = {
    "share": ("占比", "佔比", " share"),
    "growth": ("增速", "增速", " growth"),
    "change_pp": ("变化", "變化", " change"),
}
