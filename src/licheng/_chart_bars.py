"""How a chart draws a figure's interval: solid where certain, a band, hatched open sides.

The drawing parts of :mod:`licheng.plot`: the bars, their bands and arrows, the legend that
explains them, and the source line. Only called from there, after matplotlib was found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from licheng._chart_words import _WORDS, _capitalized, _language
from licheng._figures import Figure
from licheng._formatting import format_figure
from licheng._model import District
from licheng._script import to_locale_script

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure as Chart


_SOLID = "#3b6ea5"
_BAND = "#a9c1de"
_DERIVED = "#b5651d"
_DERIVED_BAND = "#e8c7a6"


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


def _draw_bars(  # noqa: C901, PLR0912, PLR0913 - each side of an interval drawn its way
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
    import textwrap

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
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

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
