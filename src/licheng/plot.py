"""Charts fit to publish (optional extra ``licheng[plot]``, matplotlib).

Every bar draws its figure's interval, not a point: the part certain from the written
precision and qualifiers is solid, the rest of the interval is a light band, an open side (近300亿
has no lower bound, 超10% no upper one) is hatched and left without an edge, and a derived
figure is marked. Titles, axes, legend and the source line are in the chosen locale
(Simplified and Traditional Chinese, English, German, Japanese), with CLDR's unit and currency
names where CLDR has them. Chinese and Japanese labels need a font with their glyphs: licheng
looks for one through matplotlib's font manager and, when there is none, warns once with
:class:`~licheng.exceptions.MissingFontWarning` instead of drawing empty boxes glyph by glyph.

Examples:
    >>> from licheng.datasets import licheng_2025h1
    >>> from licheng.plot import plot_output
    >>> chart = plot_output(licheng_2025h1(), locale="en_US")
    >>> chart.axes[0].get_title()
    'Output value by industry, H1 2025 (billion yuan)'
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from licheng._figures import Figure
from licheng._formatting import format_figure, format_growth
from licheng._frames import FigureColumn
from licheng._locale import locale_info
from licheng._metrics import Derivation, DerivationKind, derive
from licheng._model import District, Indicator, Measure, OtherMeasure, Role
from licheng._periods import Period
from licheng._script import to_locale_script
from licheng._units import get_unit
from licheng.exceptions import MissingFontWarning, UnitError

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure as Chart

__all__ = [
    "find_cjk_font",
    "plot_measure",
    "plot_output",
    "plot_park_areas",
    "save_report_charts",
]

try:
    import matplotlib  # noqa: F401, ICN001 - fail early, with the install hint
except ImportError as exc:  # pragma: no cover - exercised without the extra only
    msg = 'licheng.plot needs matplotlib: pip install "licheng[plot]"'
    raise ImportError(msg) from exc

_CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Noto Serif CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Sans CJK TC",
    "Noto Sans CJK JP",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Heiti SC",
    "AR PL UMing CN",
    "Droid Sans Fallback",
)
_warned = False

_SOLID = "#3b6ea5"
_BAND = "#a9c1de"
_DERIVED = "#b5651d"
_DERIVED_BAND = "#e8c7a6"


# -- words ------------------------------------------------------------------------------------


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
        from babel.units import get_unit_name  # noqa: PLC0415 - babel loads on first use

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
        from babel.dates import get_month_names  # noqa: PLC0415

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
    from licheng._report import _period_text  # noqa: PLC0415 - one period wording

    return _period_text(period, locale)


# -- fonts ------------------------------------------------------------------------------------


def find_cjk_font(names: list[str] | None = None) -> str | None:
    """The name of an installed font with Chinese glyphs, or ``None``.

    Args:
        names: font family names to choose from (default: every font matplotlib knows).

    >>> find_cjk_font(["DejaVu Sans", "WenQuanYi Micro Hei"])
    'WenQuanYi Micro Hei'
    >>> find_cjk_font(["DejaVu Sans"]) is None
    True
    """
    if names is None:
        from matplotlib import font_manager  # noqa: PLC0415 - loads the font cache

        names = [font.name for font in font_manager.fontManager.ttflist]
    available = set(names)
    for family in _CJK_FAMILIES:
        if family in available:
            return family
    return next((name for name in sorted(available) if "CJK" in name), None)


def _needs_cjk(locale: str) -> bool:
    return _language(locale) in {"zh_Hans", "zh_Hant", "ja"}


def _font_for(locale: str) -> str | None:
    global _warned  # noqa: PLW0603 - warn once per process, as promised
    if not _needs_cjk(locale):
        return None
    font = find_cjk_font()
    if font is None and not _warned:
        _warned = True
        warnings.warn(
            "no font with Chinese glyphs found: Chinese chart labels will not render; install "
            "one (e.g. fonts-noto-cjk or fonts-wqy-microhei) or pass an English locale",
            MissingFontWarning,
            stacklevel=3,
        )
    return font


def _new_chart(rows: int = 1, width: float = 10.0) -> Chart:
    from matplotlib.figure import Figure as Chart  # noqa: PLC0415 - no pyplot, no global state

    return Chart(figsize=(width, 5 * rows), layout="constrained", facecolor="white")


def _canvas(ax: Axes | None, bars: int = 2) -> tuple[Chart, Axes]:
    """A new chart with one plot, wide enough for ``bars``, or the chart that ``ax`` is in."""
    if ax is None:
        chart = _new_chart(width=max(10.0, 6 + 1.6 * bars))
        return chart, chart.add_subplot()
    root = ax.get_figure(root=True)
    if root is None:  # pragma: no cover - an Axes outside any figure
        msg = "the axes belong to no figure"
        raise ValueError(msg)
    return root, ax


def _apply_font(chart: Chart, locale: str) -> None:
    """Give every text of ``chart`` the CJK font, if the locale needs one and there is one.

    Set on the texts themselves, not in matplotlib's global rcParams. Without one, glyphs
    missing from the default font are not reported again per character when the chart draws:
    :class:`MissingFontWarning` said it once.
    """
    font = _font_for(locale)
    if font is None:
        if _needs_cjk(locale):
            _quiet_glyphs(chart)
        return
    from matplotlib.text import Text  # noqa: PLC0415

    family = [font, "sans-serif"]
    for text in chart.findobj(Text):
        text.set_fontfamily(family)
    for axes in chart.axes:  # tick labels are made at draw time, from the axes' settings
        axes.tick_params(labelfontfamily=family)


def _quiet_glyphs(chart: Chart) -> None:
    """Make ``chart`` draw without matplotlib's one warning per missing glyph."""
    if getattr(chart, "_licheng_quiet", False):
        return
    draw = chart.draw

    def quiet_draw(renderer: object) -> None:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Glyph .* missing from", category=UserWarning)
            draw(renderer)  # type: ignore[arg-type]

    chart.draw = quiet_draw  # type: ignore[method-assign]
    chart._licheng_quiet = True  # type: ignore[attr-defined]  # noqa: SLF001 - our own mark


# -- bars -------------------------------------------------------------------------------------


@attrs.frozen
class _Bar:
    label: str
    figure: Figure
    derived: bool
    note: str = ""


def _bounds(figure: Figure, divisor: int) -> tuple[float, float | None, float | None]:
    """Value, low and high on the axis (``None`` for an open side)."""
    scale = Decimal(divisor)
    low, high = figure.low_magnitude, figure.high_magnitude
    return (
        float(figure.magnitude / scale),
        None if low is None else float(low / scale),
        None if high is None else float(high / scale),
    )


def _draw_bars(  # noqa: PLR0913 - keyword-only options of one drawing
    axes: Axes,
    bars: Sequence[_Bar],
    locale: str,
    *,
    unit: str,
    divisor: int,
    horizontal: bool,
) -> None:
    words = _WORDS[_language(locale)]
    positions = list(range(len(bars)))
    for position, bar in zip(positions, bars, strict=True):
        value, low, high = _bounds(bar.figure.to(unit), divisor)
        solid, band = (_DERIVED, _DERIVED_BAND) if bar.derived else (_SOLID, _BAND)
        certain = 0.0 if low is None else max(low, 0.0)
        top = high if high is not None else max(value, certain) * 1.25 or 1.0
        if certain > 0:
            _span(axes, position, 0.0, certain, solid, horizontal=horizontal, hatch=bar.derived)
        if low is None:  # open below: the band fades out towards zero
            _fade(axes, position, 0.0, top, band, horizontal=horizontal, towards_start=True)
        elif high is None:  # open above: it fades out upwards, an arrow past its end
            _fade(axes, position, certain, top, band, horizontal=horizontal, towards_start=False)
            _arrow(axes, position, top, horizontal=horizontal)
        else:
            _span(axes, position, certain, top, band, horizontal=horizontal, hatch=False)
        # The reported value: a dark tick across the bar.
        across = [position - 0.3, position + 0.3]
        if horizontal:
            axes.plot([value, value], across, color="black", lw=1.5)
        else:
            axes.plot(across, [value, value], color="black", lw=1.5)
        text = format_figure(bar.figure, locale, unit=unit, bounds=bar.derived)
        for opening in (" (", "（"):  # the bounds of a derived figure on a line of their own
            text = text.replace(opening, "\n" + opening.strip(), 1)
        if bar.derived:
            text += "\n" + words.derived_mark.strip()
        if bar.note:
            text = f"{text}\n{bar.note}"
        axes.annotate(
            _wrapped(text, 34),
            (top, position) if horizontal else (position, top),
            xytext=(8, 0) if horizontal else (0, 6),
            textcoords="offset points",
            ha="left" if horizontal else "center",
            va="center" if horizontal else "bottom",
            fontsize=9,
        )
    labels = [_wrapped(bar.label, 16 if horizontal else 14) for bar in bars]
    if horizontal:
        axes.set_yticks(positions, labels)
        axes.invert_yaxis()
        axes.margins(x=0.35)
        axes.set_xlim(left=0)
    else:
        axes.set_xticks(positions, labels)
        axes.margins(y=0.25)
        axes.set_ylim(bottom=0)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    _legend(axes, locale, derived=any(bar.derived for bar in bars))


_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _wrapped(label: str, width: int) -> str:
    """A tick label in lines of about ``width`` letters (half as many Chinese characters)."""
    import textwrap  # noqa: PLC0415

    lines = []
    for line in label.split("\n"):
        if not _CJK.search(line):
            lines += textwrap.wrap(line, width, break_long_words=False) or [""]
        else:
            step = max(width - 4, 1)
            lines += [line[i : i + step] for i in range(0, len(line), step)] or [""]
    return "\n".join(lines)


def _span(  # noqa: PLR0913 - keyword-only options of one drawing
    axes: Axes,
    position: float,
    start: float,
    end: float,
    color: str,
    *,
    horizontal: bool,
    hatch: bool,
    alpha: float = 1.0,
) -> None:
    pattern = "//" if hatch else None
    if horizontal:
        axes.barh(position, end - start, 0.6, left=start, color=color, hatch=pattern, alpha=alpha)
    else:
        axes.bar(position, end - start, 0.6, bottom=start, color=color, hatch=pattern, alpha=alpha)


_FADE_STEPS = 16


def _fade(  # noqa: PLR0913 - keyword-only options of one drawing
    axes: Axes,
    position: float,
    start: float,
    end: float,
    color: str,
    *,
    horizontal: bool,
    towards_start: bool,
) -> None:
    """A band that fades out towards its open side, with a dashed outline and no closing edge."""
    step = (end - start) / _FADE_STEPS
    for index in range(_FADE_STEPS):
        # Never quite solid, so that the whole band reads as uncertain.
        alpha = 0.9 * ((index + 1) / _FADE_STEPS if towards_start else 1 - index / _FADE_STEPS)
        low = start + index * step
        _span(
            axes,
            position,
            low,
            low + step,
            color,
            horizontal=horizontal,
            hatch=False,
            alpha=max(alpha, 0.05),
        )
    edges = [position - 0.3, position + 0.3]
    closed = end if towards_start else start
    for edge in edges:
        if horizontal:
            axes.plot([start, end], [edge, edge], color="#555555", lw=0.8, ls="--")
        else:
            axes.plot([edge, edge], [start, end], color="#555555", lw=0.8, ls="--")
    if horizontal:
        axes.plot([closed, closed], edges, color="#555555", lw=0.8)
    else:
        axes.plot(edges, [closed, closed], color="#555555", lw=0.8)


def _arrow(axes: Axes, position: float, at: float, *, horizontal: bool) -> None:
    start, end = (
        ((at, position), (at * 1.12, position))
        if horizontal
        else (
            (position, at),
            (position, at * 1.12),
        )
    )
    axes.annotate(
        "", end, xytext=start, arrowprops={"arrowstyle": "-|>", "color": "#333333", "lw": 1.2}
    )


def _legend(axes: Axes, locale: str, *, derived: bool) -> None:
    from matplotlib.lines import Line2D  # noqa: PLC0415
    from matplotlib.patches import Patch  # noqa: PLC0415

    words = _WORDS[_language(locale)]
    handles = [
        Patch(facecolor=_SOLID, label=words.certain),
        Patch(facecolor=_BAND, label=words.band),
        Patch(facecolor=_BAND, alpha=0.4, edgecolor="#555555", ls="--", label=words.open_side),
        Line2D([], [], color="black", lw=1.5, label=words.point),
    ]
    if derived:
        handles.append(Patch(facecolor=_DERIVED, hatch="//", label=words.derived))
    axes.legend(
        handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False
    )


def _source_line(chart: Chart, district: District | None, locale: str) -> None:
    if district is None or district.source is None:
        return
    source = district.source
    language = _language(locale)
    publisher = (
        source.publisher if language.startswith("zh") else (source.publisher_en or source.publisher)
    )
    if language == "zh_Hant":
        publisher = to_locale_script(publisher, locale)
    parts = [publisher, str(source.date) if source.date else ""]
    text = _WORDS[language].source.format(source=" ".join(p for p in parts if p))
    chart.supxlabel(text, x=0.01, ha="left", fontsize=8, color="#555555")


def _subject_names(district: District | None, locale: str) -> dict[str, str]:
    if district is None:
        return {}
    language = _language(locale)
    items = [(i.name, i.name_en) for i in district.industries]
    items += [(p.name, p.name_en) for p in district.parks]
    names: dict[str, str] = {}
    for name, english in items:
        if language in {"zh_Hans", "ja"}:  # Japanese reads the Chinese names as written
            names[name] = name
        elif language == "zh_Hant":
            names[name] = to_locale_script(name, locale)
        else:
            names[name] = _capitalized(english or name)
    return names


# -- public charts ----------------------------------------------------------------------------


def _items(
    data: District | Iterable[Indicator | Derivation], measure: Measure | None
) -> list[Indicator | Derivation]:
    if isinstance(data, District):
        items: list[Indicator | Derivation] = list(data.indicators)
        items += [d for d in derive(data) if d.kind is not DerivationKind.SHARE_OF_TOTAL]
    else:
        items = list(data)
    if measure is not None:
        # A share or growth of output value has measure output_value too: only levels are bars.
        items = [
            item
            for item in items
            if item.measure is measure and (isinstance(item, Derivation) or item.role is Role.VALUE)
        ]
    return items


def plot_measure(  # noqa: PLR0913 - keyword-only options of one drawing
    data: District | Iterable[Indicator | Derivation] | FigureColumn,
    locale: str,
    *,
    measure: Measure | str | None = None,
    by: str = "subject",
    unit: str | None = None,
    ax: Axes | None = None,
    title: str | None = None,
    horizontal: bool = False,
) -> Chart:
    """Bars of one measure across subjects (industries, parks) or across periods.

    Every bar shows its figure's interval: the certain part solid, the rest of the interval
    light, an open side hatched with an arrow, the reported value as a black tick, derived
    figures (:func:`~licheng.derive`) in another colour, marked; a legend explains them and a
    source line names the release when the district has one.

    Args:
        data: a district (its indicators and derived levels), indicators and derivations,
            or a column read by :func:`~licheng.from_frame` (one bar per row).
        locale: the language of every word on the chart.
        measure: the measure to draw (all items must then share one unit dimension).
        by: ``"subject"`` for one bar per subject, ``"period"`` for one bar per period.
        unit: the unit to draw in (default: the first figure's).
        ax: draw into these axes instead of a new chart.
        title: a title instead of the one made from the measure and period.
        horizontal: horizontal bars.

    Raises:
        ValueError: nothing to draw, or ``by`` is neither ``subject`` nor ``period``.
        UnitError: the figures do not share a dimension.

    >>> from licheng.datasets import licheng_2025h1
    >>> chart = plot_measure(licheng_2025h1(), "de_DE", measure="investment")
    >>> chart.axes[0].get_title()
    'Investitionen, 1. Halbjahr 2025 (Mrd. Yuan)'
    """
    if by not in {"subject", "period"}:
        msg = f"by must be 'subject' or 'period', not {by!r}"
        raise ValueError(msg)
    if isinstance(data, FigureColumn):
        return _plot_column(data, locale, unit=unit, ax=ax, title=title, horizontal=horizontal)
    chosen = None if measure is None else Measure(measure)
    items = _items(data, chosen)
    if not items:
        msg = f"nothing to draw for measure {measure!r}"
        raise ValueError(msg)
    district = data if isinstance(data, District) else None
    target = unit or items[0].figure.unit
    draw_unit, unit_name, divisor = _axis_unit(target, locale)
    names = _subject_names(district, locale)
    bars: list[_Bar] = []
    for item in items:
        figure = item.figure
        try:
            figure.to(draw_unit)
        except UnitError as exc:
            msg = f"{item.subject}: {exc}"
            raise UnitError(msg) from None
        derived = isinstance(item, Derivation) or figure.derived
        if by == "period":
            label = _period_words(item.period, locale)
        else:
            label = names.get(item.subject) or _derived_name(item, locale)
            if isinstance(item, Derivation) and item.kind is DerivationKind.PREVIOUS_VALUE:
                label = f"{label}\n{_period_words(item.period, locale)}"
        bars.append(_Bar(label, figure, derived))
    chart, axes = _canvas(ax, bars=len(bars))
    _draw_bars(axes, bars, locale, unit=draw_unit, divisor=divisor, horizontal=horizontal)
    words = _WORDS[_language(locale)]
    measure_name = _measure_name(chosen or items[0].measure, locale)
    if title is None:
        if by == "period":
            subject = names.get(items[0].subject, items[0].subject)
            title = words.by_period.format(subject=subject, measure=measure_name)
        else:
            period = _period_words(items[0].period, locale)
            title = words.by_subject.format(period=period, measure=measure_name)
        title = _capitalized(title) + words.unit_suffix.format(unit=unit_name)
    axes.set_title(title)
    _source_line(chart, district, locale)
    _apply_font(chart, locale)
    return chart


def _derived_name(item: Indicator | Derivation, locale: str) -> str:
    """A subject the district does not list (an implied whole), in ``locale``'s words."""
    language = _language(locale)
    english = item.subject_en if isinstance(item, Derivation) else None
    if language in {"zh_Hans", "ja"}:
        return item.subject
    if language == "zh_Hant":
        return to_locale_script(item.subject, locale)
    return _capitalized(english or item.subject)


def _share_note(share: Figure, base: str | None, base_en: str | None, locale: str) -> str:
    language = _language(locale)
    if language in {"zh_Hans", "ja"}:
        whole = base or ""
    elif language == "zh_Hant":
        whole = to_locale_script(base or "", locale)
    else:
        whole = base_en or "the whole"
    return _WORDS[language].share.format(base=whole, value=format_figure(share, locale))


def _plot_column(  # noqa: PLR0913 - plot_measure's options, passed on
    column: FigureColumn,
    locale: str,
    *,
    unit: str | None,
    ax: Axes | None,
    title: str | None,
    horizontal: bool,
) -> Chart:
    """A column read by :func:`~licheng.from_frame`, one bar per row (its period, or its label)."""
    if len(column) == 0:
        msg = f"nothing to draw in column {column.header.text!r}"
        raise ValueError(msg)
    draw_unit, unit_name, divisor = _axis_unit(unit or column.figures.unit, locale)
    bars = []
    for (period, figure), row in zip(column, column.rows, strict=True):
        label = row if period is None else _period_words(period, locale)
        bars.append(_Bar(label, figure, figure.derived))
    chart, axes = _canvas(ax, bars=len(bars))
    _draw_bars(axes, bars, locale, unit=draw_unit, divisor=divisor, horizontal=horizontal)
    words = _WORDS[_language(locale)]
    axes.set_title(title or column.header.name + words.unit_suffix.format(unit=unit_name))
    _apply_font(chart, locale)
    return chart


def plot_output(district: District, locale: str, ax: Axes | None = None) -> Chart:
    """Bars of each industry's output value, with its share and growth written above.

    Each bar draws its figure's interval. Returns the matplotlib figure (new, or ``ax``'s).

    >>> from licheng.datasets import licheng_2025h1
    >>> chart = plot_output(licheng_2025h1(), locale="en_US")
    >>> print(chart.axes[0].get_xticklabels()[0].get_text())
    Modern
    medicine
    """
    words = _WORDS[_language(locale)]
    derived_shares = {
        item.subject: item
        for item in derive(district)
        if item.kind is DerivationKind.SHARE_OF_TOTAL
    }
    outputs: list[Indicator] = []
    notes: list[str] = []
    for industry in district.industries:
        output = next(
            (
                i
                for i in industry.indicators
                if i.measure is Measure.OUTPUT_VALUE and i.role is Role.VALUE
            ),
            None,
        )
        if output is None:
            continue
        outputs.append(output)
        parts = []
        printed = next(
            (
                i
                for i in industry.indicators
                if i.role is Role.SHARE and i.measure in {Measure.OUTPUT_VALUE, Measure.SHARE}
            ),
            None,
        )
        derived = derived_shares.get(industry.name)
        if printed is not None:
            note = _share_note(printed.figure, printed.whole_name, printed.whole_name_en, locale)
            parts.append(note)
        elif derived is not None:
            note = _share_note(derived.figure, derived.base, derived.base_en, locale)
            parts.append(note + words.derived_mark)
        if output.yoy is not None:
            parts.append(format_growth(output.yoy, locale))
        notes.append("\n".join(parts))
    if not outputs:
        msg = "the district publishes no output value"
        raise ValueError(msg)
    target, unit_name, divisor = _axis_unit("亿元", locale)
    names = _subject_names(district, locale)
    bars = [
        _Bar(names.get(o.subject, o.subject), o.figure, o.figure.derived, note)
        for o, note in zip(outputs, notes, strict=True)
    ]
    chart, axes = _canvas(ax)
    _draw_bars(axes, bars, locale, unit=target, divisor=divisor, horizontal=False)
    title = words.by_industry.format(
        period=_period_words(outputs[0].period, locale),
        measure=_measure_name(Measure.OUTPUT_VALUE, locale),
    )
    axes.set_title(_capitalized(title) + words.unit_suffix.format(unit=unit_name))
    _source_line(chart, district, locale)
    _apply_font(chart, locale)
    return chart


def plot_park_areas(district: District, locale: str, ax: Axes | None = None) -> Chart:
    """Horizontal bars of park areas, in 亩 for Chinese locales and hectares elsewhere.

    Each bar is solid up to the area's lower bound, with its interval shaded to the upper.

    >>> from licheng.datasets import licheng_2025h1
    >>> chart = plot_park_areas(licheng_2025h1(), locale="en_US")
    >>> chart.axes[0].get_title()
    'Area by park (hectares)'
    """
    unit = "亩" if locale_info(locale).chinese else "hectare"
    areas = [
        indicator
        for park in district.parks
        for indicator in park.indicators
        if indicator.measure is Measure.AREA
    ]
    if not areas:
        msg = "the district publishes no park area"
        raise ValueError(msg)
    draw_unit, unit_name, divisor = _axis_unit(unit, locale)
    names = _subject_names(district, locale)
    bars = [
        _Bar(
            names.get(a.subject, a.subject),
            a.figure,
            a.figure.derived,
            "" if a.figure.unit == draw_unit else format_figure(a.figure, locale),
        )
        for a in areas
    ]
    chart, axes = _canvas(ax)
    _draw_bars(axes, bars, locale, unit=draw_unit, divisor=divisor, horizontal=True)
    words = _WORDS[_language(locale)]
    title = words.by_park.format(measure=_measure_name(Measure.AREA, locale))
    axes.set_title(_capitalized(title) + words.unit_suffix.format(unit=unit_name))
    _source_line(chart, district, locale)
    _apply_font(chart, locale)
    return chart


def save_report_charts(district: District, path: str | Path, *, locale: str) -> Path:
    r"""Draw the output and park charts into one PNG (or any format matplotlib knows).

    >>> import tempfile, pathlib
    >>> from licheng.datasets import licheng_2025h1
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     target = pathlib.Path(folder, "charts.png")
    ...     save_report_charts(licheng_2025h1(), target, locale="en_US").read_bytes()[:4]
    b'\x89PNG'
    """
    chart = _new_chart(rows=2)
    top, bottom = chart.subplots(2, 1)
    plot_output(district, locale, ax=top)
    plot_park_areas(district, locale, ax=bottom)
    target = Path(path)
    chart.savefig(target, dpi=110)
    return target
