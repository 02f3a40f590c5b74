"""The words of a chart in each locale: titles, axes, legend, measure and unit names, periods.

Chart text for Simplified and Traditional Chinese, English, German and Japanese, with CLDR's
unit and currency names where CLDR has them (see :mod:`licheng.plot`).
"""

from __future__ import annotations

import attrs

from licheng._locale import locale_info
from licheng._model import Measure, OtherMeasure
from licheng._periods import Period
from licheng._script import to_locale_script
from licheng._units import get_unit


@attrs.frozen
class _ChartWords:
    by_industry: str  # {measure} by industry, {period}
    by_subject: str  # {measure}, {period}
    by_period: str  # {subject}: {measure} by period
    by_park: str
    unit_suffix: str  # ({unit}) after a title
    source: str
    certain: str
    band: str
    open_side: str
    derived: str
    derived_mark: str
    point: str
    share: str  # the share of the whole a part's bar stands for


_WORDS = {
    "zh_Hans": _ChartWords(
        by_industry="{period}各产业{measure}",
        by_subject="{period}{measure}",
        by_period="{subject}各期{measure}",
        by_park="各园区{measure}",
        unit_suffix="（{unit}）",
        source="来源：{source}",
        certain="确定部分",
        band="区间（书写精度与约、近、余等限定词）",
        open_side="渐淡：开放一侧（近、超：无下限或上限）",
        derived="推算数字（新闻稿未公布）",
        derived_mark="（推算）",
        point="所报数值",
        share="占{base}{value}",
    ),
    "zh_Hant": _ChartWords(
        by_industry="{period}各產業{measure}",
        by_subject="{period}{measure}",
        by_period="{subject}各期{measure}",
        by_park="各園區{measure}",
        unit_suffix="（{unit}）",
        source="來源：{source}",
        certain="確定部分",
        band="區間（書寫精度與約、近、餘等限定詞）",
        open_side="漸淡：開放一側（近、超：無下限或上限）",
        derived="推算數字（新聞稿未公布）",
        derived_mark="（推算）",
        point="所報數值",
        share="占{base}{value}",
    ),
    "en": _ChartWords(
        by_industry="{measure} by industry, {period}",
        by_subject="{measure}, {period}",
        by_period="{subject}: {measure} by period",
        by_park="{measure} by park",
        unit_suffix=" ({unit})",
        source="Source: {source}",
        certain="certain part",
        band="interval (written precision; about, nearly, more than …)",
        open_side="fading: open side (nearly, more than: no bound)",
        derived="derived figure (not printed in the release)",
        derived_mark=" (derived)",
        point="reported value",
        share="{value} of {base}",
    ),
    "de": _ChartWords(
        by_industry="{measure} nach Branche, {period}",
        by_subject="{measure}, {period}",
        by_period="{subject}: {measure} nach Zeitraum",
        by_park="{measure} nach Park",
        unit_suffix=" ({unit})",
        source="Quelle: {source}",
        certain="sicherer Teil",
        band="Intervall (Schreibgenauigkeit; etwa, fast, mehr als …)",
        open_side="verblassend: offene Seite (fast, mehr als: ohne Grenze)",
        derived="abgeleiteter Wert (nicht in der Meldung)",
        derived_mark=" (abgeleitet)",
        point="gemeldeter Wert",
        share="Anteil: {value}",
    ),
    "ja": _ChartWords(
        by_industry="{period}の産業別{measure}",
        by_subject="{period}の{measure}",
        by_period="{subject}の期間別{measure}",
        by_park="園区別{measure}",
        unit_suffix="（{unit}）",
        source="出典：{source}",
        certain="確実な部分",
        band="区間（表記の精度と「約」「近」「余」などの修飾語）",
        open_side="淡色：開いた側（近・超：下限または上限なし）",
        derived="推計値（発表資料に記載なし）",
        derived_mark="（推計）",
        point="発表値",
        share="{base}に占める割合{value}",
    ),
}

# Measure names CLDR has no data for; Chinese and English come from the model.
_MEASURES = {
    "de": {
        Measure.OUTPUT_VALUE: "Produktionswert",
        Measure.GROSS_OUTPUT: "Bruttoproduktionswert",
        Measure.VALUE_ADDED: "Wertschöpfung",
        Measure.REVENUE: "Umsatz",
        Measure.INVESTMENT: "Investitionen",
        Measure.ENTERPRISE_COUNT: "Zahl der Unternehmen",
        Measure.FACILITY_COUNT: "Zahl der Anlagen",
        Measure.AREA: "Fläche",
        Measure.COMPUTING_POWER: "Rechenleistung",
        Measure.POWER: "Leistung",
        Measure.DURATION: "Dauer",
        Measure.SHARE: "Anteil",
        Measure.GROWTH: "Wachstum",
    },
    "ja": {
        Measure.OUTPUT_VALUE: "生産額",
        Measure.GROSS_OUTPUT: "総生産額",
        Measure.VALUE_ADDED: "付加価値",
        Measure.REVENUE: "売上高",
        Measure.INVESTMENT: "投資額",
        Measure.ENTERPRISE_COUNT: "企業数",
        Measure.FACILITY_COUNT: "施設数",
        Measure.AREA: "面積",
        Measure.COMPUTING_POWER: "計算能力",
        Measure.POWER: "電力",
        Measure.DURATION: "期間",
        Measure.SHARE: "構成比",
        Measure.GROWTH: "伸び率",
    },
}

# The unit a chart's axis is in, per language: (unit name, divisor from the figure's unit).
# Money in 亿元 reads as billions outside Chinese and Japanese; CLDR gives the unit names.
_AXIS_UNITS: dict[str, dict[str, tuple[str, int]]] = {
    "亿元": {
        "zh_Hans": ("亿元", 1),
        "zh_Hant": ("億元", 1),
        "en": ("billion yuan", 10),
        "de": ("Mrd. Yuan", 10),
        "ja": ("億元", 1),
    },
}
_CLDR_UNITS = {
    "hectare": "area-hectare",
    "square_meter": "area-square-meter",
    "percent": "concentr-percent",
    "kilometer": "length-kilometer",
    "tonne": "mass-tonne",
    "kilowatt_hour": "energy-kilowatt-hour",
}


def _language(locale: str) -> str:
    info = locale_info(locale)
    if info.chinese:
        return "zh_Hant" if info.traditional else "zh_Hans"
    language = info.locale.language
    return language if language in _WORDS else "en"


def _measure_name(measure: Measure | OtherMeasure, locale: str) -> str:
    language = _language(locale)
    if language == "zh_Hans":
        return measure.zh
    if language == "zh_Hant":
        return to_locale_script(measure.zh, locale)
    if language in _MEASURES and isinstance(measure, Measure):
        return _MEASURES[language][measure]
    return measure.en


def _axis_unit(unit: str, locale: str) -> tuple[str, str, int]:
    """The unit to draw in, its name in ``locale`` and the divisor for the axis."""
    language = _language(locale)
    table = _AXIS_UNITS.get(unit)
    if table is not None:
        name, divisor = table[language]
        return unit, name, divisor
    if language.startswith("zh"):
        name = {"percent": "%", "hectare": "公顷", "mu": "亩"}.get(unit, unit)
        return unit, to_locale_script(name, locale) if language == "zh_Hant" else name, 1
    key = _CLDR_UNITS.get(str(get_unit(unit)))
    if key is not None:
        from babel.units import get_unit_name  # babel loads on first use

        name = get_unit_name(key, locale=locale_info(locale).locale) or unit
        return unit, name, 1
    return unit, unit, 1


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def _period_words(period: Period | None, locale: str) -> str:
    if period is None:  # a stock at an unstated time: the title names no period
        return ""
    language = _language(locale)
    start, end, year = period.start_month, period.end_month, period.year
    if language == "de":
        from babel.dates import get_month_names

        if (start, end) == (1, 12):
            return str(year)
        if (start, end) in {(1, 6), (7, 12)}:
            return f"{1 if start == 1 else 2}. Halbjahr {year}"
        if start % 3 == 1 and end % 3 == 0:
            first, last = (start + 2) // 3, end // 3
            return f"Q{first} {year}" if first == last else f"Q{first}–Q{last} {year}"
        names = get_month_names("abbreviated", locale="de_DE")
        return f"{names[start]} {year}" if start == end else f"{names[start]}–{names[end]} {year}"
    if language == "ja":
        if (start, end) == (1, 12):
            return f"{year}年"
        if (start, end) in {(1, 6), (7, 12)}:
            return f"{year}年{'上' if start == 1 else '下'}半期"
        if start % 3 == 1 and end % 3 == 0 and end - start == 2:  # noqa: PLR2004 - a quarter
            return f"{year}年第{end // 3}四半期"
        return f"{year}年{start}月" if start == end else f"{year}年{start}～{end}月"
    from licheng._report import _period_text  # one period wording

    return _period_text(period, locale)
