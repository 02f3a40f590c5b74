"""Derivations: the figures a release does not print but its figures imply, with their bounds."""

from __future__ import annotations

from enum import StrEnum

import attrs

from licheng._figures import Figure
from licheng._metrics import previous_value, share
from licheng._model import District, Indicator, Measure, OtherMeasure
from licheng._periods import Period
from licheng._relations import _other_levels, _wholes, indicator_tuple

__all__ = ["Derivation", "DerivationKind", "derive"]


class DerivationKind(StrEnum):
    """What a derived figure is.

    Examples:
        >>> from licheng import DerivationKind
        >>> DerivationKind("implied_total")
        <DerivationKind.IMPLIED_TOTAL: 'implied_total'>
    """

    IMPLIED_TOTAL = "implied_total"
    """The whole that a part and its printed share imply (52.2亿元 / 28%)."""
    PREVIOUS_VALUE = "previous_value"
    """A level a year earlier, from the level and its printed year-on-year growth."""
    SHARE_OF_TOTAL = "share_of_total"
    """Another part's share of an implied whole (高端装备 36.7亿元 of the implied total)."""
    GROWTH_FROM_LEVELS = "growth_from_levels"
    """Year-on-year growth from two levels a year apart, printed in one release or two."""
    CAGR = "cagr"
    """The compound annual growth rate over a series of levels of the same months."""


@attrs.frozen
class Derivation:
    """A figure the press release does not print but its figures imply.

    Attributes:
        kind: what was derived.
        subject: what the derived figure describes, in Chinese (a whole such as
            全部规上工业产值, or an industry).
        subject_en: the same in English, where the data set gives it.
        measure: the measure of the derived figure (output value, computing power …); for a
            share of a total, the measure of the total (its kind says it is a share).
        period: the period the derived figure is for (a year earlier for previous values).
        figure: the derived figure, with its bounds.
        inputs: the published indicators it was computed from.
        base: for shares, the whole they are shares of (Chinese, and ``base_en`` in English).

    Examples:
        >>> from licheng import derive
        >>> from licheng.datasets import licheng_2025h1
        >>> total = derive(licheng_2025h1())[0]
        >>> total.kind, total.subject, round(total.figure.magnitude, 1)
        (<DerivationKind.IMPLIED_TOTAL: 'implied_total'>, '全部规上工业产值', Decimal('186.4'))
    """

    kind: DerivationKind
    subject: str
    subject_en: str | None
    measure: Measure | OtherMeasure
    period: Period | None
    figure: Figure
    inputs: tuple[Indicator, ...] = attrs.field(converter=indicator_tuple)
    base: str | None = None
    base_en: str | None = None


def derive(district: District) -> tuple[Derivation, ...]:
    """Every figure a reader derives from ``district``'s published figures.

    * for each printed share whose part is published (产值 52.2亿元, 28% of 全部规上工业总产值):
      the implied whole;
    * for each other industry's level of the same measure and period: its share of that whole;
    * for each level published with a year-on-year growth: the level a year earlier.

    Returns:
        The derivations in that order; each figure is ``derived`` and carries its bounds.

    Examples:
        >>> from licheng import derive, format_figure
        >>> from licheng.datasets import licheng_2025h1
        >>> for item in derive(licheng_2025h1()):
        ...     print(item.kind.value, item.subject, format_figure(item.figure, "zh_Hans_CN"))
        implied_total 全部规上工业产值 约186亿元
        share_of_total 高端装备 约19.7%
        implied_total 全市算力 约5230P
        previous_value 高端装备 约33.4亿元
    """
    names_en = {industry.name: industry.name_en for industry in district.industries}
    derived: list[Derivation] = []
    for (base, period), whole in _wholes(district).items():
        share_indicator, part, total = whole.shares[0]
        derived.append(
            Derivation(
                DerivationKind.IMPLIED_TOTAL,
                base,
                share_indicator.whole_name_en,
                part.measure,
                period,
                total,
                (part, share_indicator),
            )
        )
        derived.extend(
            Derivation(
                DerivationKind.SHARE_OF_TOTAL,
                indicator.subject,
                names_en.get(indicator.subject),
                part.measure,
                period,
                share(indicator.figure, total),
                (indicator, part, share_indicator),
                base=base,
                base_en=share_indicator.whole_name_en,
            )
            for indicator in _other_levels(whole, period, district)
        )
    for indicator in district.indicators:
        if indicator.yoy is None or indicator.period is None:
            continue
        derived.append(
            Derivation(
                DerivationKind.PREVIOUS_VALUE,
                indicator.subject,
                names_en.get(indicator.subject),
                indicator.measure,
                indicator.period.previous_year(),
                previous_value(indicator.figure, indicator.yoy),
                (indicator,),
            )
        )
    return tuple(derived)
