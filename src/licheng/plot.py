"""Charts of a district's industries and parks (optional extra ``licheng[plot]``, matplotlib).

Labels follow the locale. Chinese labels need a font with Chinese glyphs: licheng looks for one
through matplotlib's font manager and warns once, clearly, when there is none, rather than
drawing empty boxes without a word.

Examples:
    >>> from licheng.datasets import licheng_2025h1
    >>> from licheng.plot import plot_output
    >>> chart = plot_output(licheng_2025h1(), locale="en_US")
    >>> chart.axes[0].get_title()
    'Output value by industry, H1 2025 (billion yuan)'
"""

from __future__ import annotations

import warnings
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from licheng._formatting import format_figure, format_growth
from licheng._locale import locale_info
from licheng._metrics import DerivationKind, derive
from licheng._model import District, Measure, Role
from licheng.exceptions import MissingFontWarning

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure as Chart

__all__ = ["find_cjk_font", "plot_output", "plot_park_areas", "save_report_charts"]

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


def _font_for(locale: str) -> str | None:
    global _warned  # noqa: PLW0603 - warn once per process, as promised
    if not locale_info(locale).chinese:
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


def _new_chart(rows: int = 1) -> Chart:
    from matplotlib.figure import Figure as Chart  # noqa: PLC0415 - no pyplot, no global state

    return Chart(figsize=(10, 4.5 * rows), layout="constrained", facecolor="white")


def _canvas(ax: Axes | None) -> tuple[Chart, Axes]:
    """A new chart with one plot, or the chart that ``ax`` belongs to."""
    if ax is None:
        chart = _new_chart()
        return chart, chart.add_subplot()
    root = ax.get_figure(root=True)
    if root is None:  # pragma: no cover - an Axes outside any figure
        msg = "the axes belong to no figure"
        raise ValueError(msg)
    return root, ax


def _apply_font(chart: Chart, locale: str) -> None:
    """Give every text of ``chart`` the CJK font, if the locale needs one and there is one.

    Set on the texts themselves, not in matplotlib's global rcParams.
    """
    font = _font_for(locale)
    if font is None:
        return
    from matplotlib.text import Text  # noqa: PLC0415

    family = [font, "sans-serif"]
    for text in chart.findobj(Text):
        text.set_fontfamily(family)
    for axes in chart.axes:  # tick labels are made at draw time, from the axes' settings
        axes.tick_params(labelfontfamily=family)


def _names(district: District, locale: str) -> dict[str, str]:
    chinese = locale_info(locale).chinese
    names = {i.name: (i.name if chinese else (i.name_en or i.name)) for i in district.industries}
    names.update({p.name: (p.name if chinese else (p.name_en or p.name)) for p in district.parks})
    return {key: value[:1].upper() + value[1:] for key, value in names.items()}


def plot_output(district: District, locale: str, ax: Axes | None = None) -> Chart:
    """A bar chart of each industry's output value, its share and its growth annotated.

    Error bars show each figure's interval. Returns the matplotlib figure (new, or ``ax``'s).

    >>> from licheng.datasets import licheng_2025h1
    >>> chart = plot_output(licheng_2025h1(), locale="en_US")
    >>> [round(float(bar.get_height()), 2) for bar in chart.axes[0].patches]
    [5.22, 3.67]
    """
    chinese = locale_info(locale).chinese
    chart, axes = _canvas(ax)
    shares = {
        item.subject: item.figure
        for item in derive(district)
        if item.kind is DerivationKind.SHARE_OF_TOTAL
    }
    labels: list[str] = []
    values: list[float] = []
    errors: list[list[float]] = [[], []]
    notes: list[str] = []
    period = None
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
        period = output.period
        figure = output.figure.to("亿元")
        value = float(figure.magnitude) / (1 if chinese else 10)
        low = figure.low_magnitude if figure.low_magnitude is not None else figure.magnitude
        high = figure.high_magnitude if figure.high_magnitude is not None else figure.magnitude
        scale = Decimal(1 if chinese else 10)
        labels.append(_names(district, locale)[industry.name])
        values.append(value)
        errors[0].append(value - float(low / scale))
        errors[1].append(float(high / scale) - value)
        share = next(
            (
                i.figure
                for i in industry.indicators
                if i.role is Role.SHARE and i.measure in {Measure.OUTPUT_VALUE, Measure.SHARE}
            ),
            None,
        )
        share = share or shares.get(industry.name)
        parts = [] if share is None else [format_figure(share, locale)]
        if output.yoy is not None:
            parts.append(format_growth(output.yoy, locale))
        notes.append("\n".join(parts))
    bars = axes.bar(labels, values, yerr=errors, capsize=4, color="#3b6ea5")
    for bar, note in zip(bars, notes, strict=True):
        axes.annotate(
            note,
            (bar.get_x() + bar.get_width() / 2, bar.get_height()),
            xytext=(0, 6),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=9,
        )
    from licheng._report import _period_text  # noqa: PLC0415 - one period wording

    when = "" if period is None else _period_text(period, locale)
    if chinese:
        axes.set_title(f"{when}各产业产值（亿元）")
    else:
        axes.set_title(f"Output value by industry, {when} (billion yuan)")
    axes.margins(y=0.25)
    _apply_font(chart, locale)
    return chart


def plot_park_areas(district: District, locale: str, ax: Axes | None = None) -> Chart:
    """Horizontal bars of park areas, in 亩 for Chinese locales and hectares elsewhere.

    Each bar runs from the area's lower bound, with its interval shaded up to the upper bound.

    >>> from licheng.datasets import licheng_2025h1
    >>> chart = plot_park_areas(licheng_2025h1(), locale="en_US")
    >>> chart.axes[0].get_title()
    'Park areas (hectares)'
    """
    chinese = locale_info(locale).chinese
    unit = "亩" if chinese else "hectare"
    chart, axes = _canvas(ax)
    names, values, spans, texts = [], [], [], []
    for park in district.parks:
        area = next(
            (i for i in park.indicators if i.measure is Measure.AREA and i.role is Role.VALUE),
            None,
        )
        if area is None:
            continue
        figure = area.figure.to(unit)
        low = figure.low_magnitude if figure.low_magnitude is not None else figure.magnitude
        high = figure.high_magnitude if figure.high_magnitude is not None else figure.magnitude
        names.append(_names(district, locale)[park.name])
        values.append(float(low))
        spans.append(float(high - low))
        texts.append(format_figure(area.figure, locale))
    axes.barh(names, values, color="#7a9e3b", label="low")
    axes.barh(names, spans, left=values, color="#7a9e3b", alpha=0.35, label="high")
    for y, (value, span, text) in enumerate(zip(values, spans, texts, strict=True)):
        axes.annotate(
            text, (value + span, y), xytext=(4, 0), textcoords="offset points", va="center"
        )
    axes.set_title("园区面积（亩）" if chinese else "Park areas (hectares)")
    axes.margins(x=0.45)
    _apply_font(chart, locale)
    return chart


def save_report_charts(district: District, path: str | Path, *, locale: str) -> Path:
    r"""Draw both charts into one PNG (or any format matplotlib knows by the file's suffix).

    >>> import tempfile, pathlib
    >>> from licheng.datasets import licheng_2025h1
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     target = pathlib.Path(folder, "charts.png")
    ...     save_report_charts(licheng_2025h1(), target, locale="en_US").read_bytes()[:4]
    b'PNG'
    """
    chart = _new_chart(rows=2)
    top, bottom = chart.subplots(2, 1)
    plot_output(district, locale, ax=top)
    plot_park_areas(district, locale, ax=bottom)
    target = Path(path)
    with warnings.catch_warnings():
        # Missing glyphs were announced once by MissingFontWarning; not again per character.
        warnings.filterwarnings(
            "ignore", message="Glyph .* missing from font", category=UserWarning
        )
        chart.savefig(target, dpi=110)
    return target
