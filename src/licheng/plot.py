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

import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from licheng._chart_bars import _Bar, _draw_bars, _source_line, _subject_names
from licheng._chart_words import (
    _WORDS,
    _axis_unit,
    _capitalized,
    _language,
    _measure_name,
    _period_words,
)
from licheng._derive import Derivation, DerivationKind, derive
from licheng._figures import Figure
from licheng._formatting import format_figure, format_growth
from licheng._frames import FigureColumn
from licheng._locale import locale_info
from licheng._model import District, Indicator, Measure, Role
from licheng._script import to_locale_script
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
        from matplotlib import font_manager  # loads the font cache

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
    from matplotlib.figure import Figure as Chart  # no pyplot, no global state

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
    from matplotlib.text import Text

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
