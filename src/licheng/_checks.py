"""Consistency checks: figures of one release that cannot all be right, given their bounds.

Each check compares like with like within one period (see :mod:`licheng._relations`) and
reports a :class:`Finding` only when the intervals of the figures do not meet, so that rounding
and qualifiers (近, 余, 多) never raise a false alarm.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from licheng._figures import CONTEXT, Figure
from licheng._metrics import PERCENT, implied_total, share, yoy_growth
from licheng._model import Basis, District, Indicator, Industry, Measure, Role, Scope
from licheng._periods import Period
from licheng._relations import (
    _comparable_levels,
    _comparable_scope,
    _is_level,
    _other_levels,
    _part_of,
    _Whole,
    _wholes,
    indicator_tuple,
)
from licheng._vocabularies import _Bilingual

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = ["Finding", "FindingKind", "check"]

_ONE = Decimal(1)
_HUNDRED = Decimal(100)


class FindingKind(_Bilingual):
    """What a consistency check found, with its name in Chinese and English.

    Examples:
        >>> from licheng import FindingKind
        >>> kind = FindingKind("growth_contradicts_levels")
        >>> kind
        <FindingKind.GROWTH_CONTRADICTS_LEVELS: 'growth_contradicts_levels'>
        >>> kind.zh, kind.en
        ('增速与总量不符', 'growth contradicts levels')
    """

    IMPLIED_TOTALS_DISAGREE = (
        "implied_totals_disagree",
        "推算总量不一致",
        "implied totals disagree",
    )
    """Two parts and their shares of the same whole imply totals whose bounds do not meet."""
    SHARES_EXCEED_WHOLE = "shares_exceed_whole", "占比合计超过100%", "shares exceed the whole"
    """The shares of one whole (printed, or derived from its implied total) add up above 100%."""
    PARK_COUNT_EXCEEDS_INDUSTRY = (
        "park_count_exceeds_industry",
        "园区企业数超过产业",
        "park count exceeds its industry's",
    )
    """A park counts more enterprises than the only industry it serves."""
    GROWTH_CONTRADICTS_LEVELS = (
        "growth_contradicts_levels",
        "增速与总量不符",
        "growth contradicts levels",
    )
    """A printed growth rate that two published levels, a year apart, rule out."""
    REPORTED_TOTAL_CONTRADICTS_SHARE = (
        "reported_total_contradicts_share",
        "公布总量与占比不符",
        "printed total contradicts a share",
    )
    """A printed total that a part and its printed share of that total rule out."""
    REPORTED_DIFFERENTLY = (
        "reported_differently",
        "两次发布数字不一",
        "reported differently in two releases",
    )
    """One indicator (region, subject, measure, period) printed by two releases, disjointly."""


def _figure_tuple(values: Iterable[Figure]) -> tuple[Figure, ...]:
    return tuple(values)


@attrs.frozen
class Finding:
    """Something an editor would want to see before publishing: figures that do not agree.

    Attributes:
        kind: what was found.
        message: the finding in words, with the numbers and their bounds.
        indicators: the published indicators involved (their figures, periods and sources).
        numbers: the derived figures compared, with their bounds.

    Examples:
        >>> from licheng import Figure, Finding, FindingKind
        >>> finding = Finding(FindingKind.SHARES_EXCEED_WHOLE, "60% + 50% > 100%", (), ())
        >>> finding.kind, str(finding.kind)
        (<FindingKind.SHARES_EXCEED_WHOLE: 'shares_exceed_whole'>, 'shares_exceed_whole')
    """

    kind: FindingKind = attrs.field(converter=FindingKind)
    message: str
    indicators: tuple[Indicator, ...] = attrs.field(converter=indicator_tuple)
    numbers: tuple[Figure, ...] = attrs.field(converter=_figure_tuple)

    @property
    def figures(self) -> tuple[Figure, ...]:
        """The published figures involved, in the order of ``indicators``."""
        return tuple(indicator.figure for indicator in self.indicators)


def _number(value: Decimal) -> str:
    """Four significant digits (integers in full): ``186.4``, ``183.0``, ``190``, ``5227``."""
    if value.is_zero():
        return "0"
    exponent = min(0, value.adjusted() - 3)
    rounded = value.quantize(_ONE.scaleb(exponent), context=CONTEXT)
    return f"{value.normalize(CONTEXT):f}" if rounded == value else f"{rounded:f}"


def _brief(figure: Figure) -> str:
    """``186.4 [183.0, 190] 亿元``: a figure with its bounds, for messages."""
    unit = "%" if figure.unit == PERCENT else figure.unit
    if unit[:1].isascii() and unit != "%":
        unit = f" {unit}"  # 2300 PFLOPS, but 52.2亿元 and 26家
    low, high = figure.low_magnitude, figure.high_magnitude
    if low == high == figure.magnitude:
        return f"{_number(figure.magnitude)}{unit}"
    shown_low = "-∞" if low is None else _number(low)
    shown_high = "∞" if high is None else _number(high)
    return f"{_number(figure.magnitude)}{unit} [{shown_low}, {shown_high}]"


def _disjoint(a: Figure, b: Figure) -> bool:
    """Whether two figures of one dimension cannot both be right: their intervals do not meet."""
    b = b.to(a.unit)
    return (
        a.high_magnitude is not None
        and b.low_magnitude is not None
        and a.high_magnitude < b.low_magnitude
    ) or (
        b.high_magnitude is not None
        and a.low_magnitude is not None
        and b.high_magnitude < a.low_magnitude
    )


def _when(period: Period | None) -> str:
    """`` (2025H1)`` after a name in a message; nothing for a figure of no stated period."""
    return "" if period is None else f" ({period})"


def _check_implied_totals(whole: _Whole, period: Period | None) -> Iterator[Finding]:
    for i, (share_a, part_a, total_a) in enumerate(whole.shares):
        for share_b, part_b, total_b in whole.shares[i + 1 :]:
            if total_a.dimensionality != total_b.dimensionality or not _disjoint(total_a, total_b):
                continue
            message = (
                f"{whole.base}{_when(period)}: {part_a.subject} implies {_brief(total_a)} "
                f"({_brief(part_a.figure)} / {_brief(share_a.figure)}) but {part_b.subject} "
                f"implies {_brief(total_b.to(total_a.unit))} "
                f"({_brief(part_b.figure)} / {_brief(share_b.figure)}); the bounds do not meet"
            )
            yield Finding(
                FindingKind.IMPLIED_TOTALS_DISAGREE,
                message,
                (part_a, share_a, part_b, share_b),
                (total_a, total_b),
            )


def _check_shares(whole: _Whole, period: Period | None, district: District) -> Iterator[Finding]:
    """Printed shares of one whole, plus the shares other industries' levels imply of it."""
    terms: list[tuple[str, Figure]] = []
    involved: list[Indicator] = []
    numbers: list[Figure] = []
    for share_indicator, part, _ in whole.shares:
        terms.append(
            (f"{share_indicator.subject} {_brief(share_indicator.figure)}", share_indicator.figure)
        )
        involved += [share_indicator, part]
    _, _, reference_total = whole.shares[0]
    for indicator in _other_levels(whole, period, district):
        derived = share(indicator.figure, reference_total)
        text = (
            f"{indicator.subject} {_brief(derived)} "
            f"({_brief(indicator.figure)} of {_brief(reference_total)})"
        )
        terms.append((text, derived))
        involved.append(indicator)
        numbers.append(derived)
    summed = terms[0][1].to(PERCENT)
    for _, figure in terms[1:]:
        summed += figure.to(PERCENT)
    low = summed.low_magnitude
    if low is None or low <= _HUNDRED:
        return
    message = (
        f"shares of {whole.base}{_when(period)} add up to {_brief(summed)}, above 100%: "
        + " + ".join(text for text, _ in terms)
    )
    yield Finding(FindingKind.SHARES_EXCEED_WHOLE, message, involved, (*numbers, summed))


def _check_park_counts(district: District) -> Iterator[Finding]:
    serving: dict[str, list[Industry]] = {}
    for industry in district.industries:
        for park_name in industry.parks:
            serving.setdefault(park_name, []).append(industry)
    for park in district.parks:
        industries = serving.get(park.name, [])
        park_count = _find(park.indicators, Measure.ENTERPRISE_COUNT)
        if park_count is None or len(industries) != 1:
            continue  # a park serving several industries may count more than each of them
        industry = industries[0]
        industry_count = _find(industry.indicators, Measure.ENTERPRISE_COUNT)
        if industry_count is None or not _covers(industry_count.scope, park_count.scope):
            continue
        low, high = park_count.figure.low_magnitude, industry_count.figure.high_magnitude
        if low is None or high is None or low <= high:
            continue
        message = (
            f"{park.name} counts {_brief(park_count.figure)} "
            f"({park_count.label or park_count.measure.zh}) but its industry {industry.name} "
            f"counts {_brief(industry_count.figure)} "
            f"({industry_count.label or industry_count.measure.zh})"
        )
        yield Finding(
            FindingKind.PARK_COUNT_EXCEEDS_INDUSTRY, message, (park_count, industry_count), ()
        )


def _find(indicators: Iterable[Indicator], measure: Measure) -> Indicator | None:
    return next((i for i in indicators if i.measure is measure and i.role is Role.VALUE), None)


def _covers(industry_scope: Scope, park_scope: Scope) -> bool:
    """Whether an industry's count covers every enterprise a park's count may include.

    A count of above-size enterprises (规上) may rightly be smaller than a park's count of all
    its settled enterprises; only counts of the same coverage (or of unstated coverage on the
    industry's side) are compared.
    """
    if industry_scope is Scope.ABOVE_DESIGNATED_SIZE:
        return park_scope is Scope.ABOVE_DESIGNATED_SIZE
    return True


def _the_same_subject(a: str, b: str, district: str) -> bool:
    """Whether two names name one subject: 全部规上工业 and 规上工业, 全区 and the district."""

    def plain(name: str) -> str:
        name = name.removeprefix("全部").removeprefix("全区").removeprefix("本区") or district
        return district if name == district else name

    return plain(a) == plain(b)


def _check_reported_totals(district: District) -> Iterator[Finding]:
    """A share's whole, where the release prints it, against the total the share implies."""
    indicators = district.indicators
    for share_indicator in indicators:
        whole = share_indicator.whole
        if share_indicator.role is not Role.SHARE or whole is None or whole.measure is None:
            continue
        part = _part_of(share_indicator, indicators)
        if part is None:
            continue
        implied = implied_total(part.figure, share_indicator.figure)
        for reported in indicators:
            if (
                not _is_level(reported)
                or reported.measure != whole.measure
                or reported.period != share_indicator.period
                or not _the_same_subject(reported.subject, whole.subject, district.name)
                or not _comparable_scope(reported.scope, part.scope)
                or reported.figure.dimensionality != implied.dimensionality
                or not _disjoint(implied, reported.figure)
            ):
                continue
            message = (
                f"{whole.name}{_when(share_indicator.period)}: {part.subject} "
                f"{_brief(part.figure)} at {_brief(share_indicator.figure)} implies "
                f"{_brief(implied)}, but {_brief(reported.figure.to(implied.unit))} is printed"
            )
            yield Finding(
                FindingKind.REPORTED_TOTAL_CONTRADICTS_SHARE,
                message,
                (part, share_indicator, reported),
                (implied,),
            )


# China's statistics print the growth of GDP and value added at comparable prices, but their
# levels at current prices: the levels imply nominal growth, which is not what is printed.
_REAL_GROWTH = frozenset({Measure.GDP, Measure.VALUE_ADDED})


def _check_printed_growth(district: District) -> Iterator[Finding]:
    """A printed year-on-year growth rate against the two levels, a year apart, it relates."""
    indicators = district.indicators
    levels = [indicator for indicator in indicators if _is_level(indicator)]
    for rate in indicators:
        if rate.role is not Role.GROWTH or rate.basis is not Basis.YOY or rate.period is None:
            continue
        subject = rate.subject if rate.about is None else rate.about.subject
        measure = rate.measure if rate.about is None else rate.about.measure
        if measure in _REAL_GROWTH:
            continue
        before_period = rate.period.previous_year()
        for now in levels:
            if now.subject != subject or now.measure != measure or now.period != rate.period:
                continue
            for before in levels:
                if (
                    before.subject != subject
                    or before.measure != measure
                    or before.period != before_period
                    or not _comparable_levels(before, now)
                ):
                    continue
                implied = yoy_growth(now.figure, before.figure)
                printed = rate.figure.to(PERCENT)
                if not _disjoint(printed, implied):
                    continue
                message = (
                    f"{subject} {measure.zh if measure is not None else ''}: "
                    f"{_brief(now.figure)} in {now.period} against {_brief(before.figure)} "
                    f"in {before.period} is growth of {_brief(implied)}, but "
                    f"{_brief(printed)} is printed"
                )
                yield Finding(
                    FindingKind.GROWTH_CONTRADICTS_LEVELS,
                    message,
                    (rate, now, before),
                    (implied,),
                )


def _check_growth(district: District) -> Iterator[Finding]:
    indicators = district.indicators
    for indicator in indicators:
        printed = indicator.yoy
        if printed is None or indicator.period is None:
            continue
        for earlier in indicators:
            if (
                earlier.subject != indicator.subject
                or earlier.role is not Role.VALUE
                or earlier.measure != indicator.measure
                or earlier.period != indicator.period.previous_year()
                or not _comparable_levels(earlier, indicator)
            ):
                continue
            implied = yoy_growth(indicator.figure, earlier.figure)
            if not _disjoint(printed.to(PERCENT), implied):
                continue
            message = (
                f"{indicator.subject} {indicator.measure.zh}: {_brief(indicator.figure)} in "
                f"{indicator.period} against {_brief(earlier.figure)} in {earlier.period} is "
                f"growth of {_brief(implied)}, but {_brief(printed.to(PERCENT))} is printed"
            )
            yield Finding(
                FindingKind.GROWTH_CONTRADICTS_LEVELS, message, (indicator, earlier), (implied,)
            )


def check(district: District) -> tuple[Finding, ...]:
    """Figures of ``district`` that do not agree with each other beyond their bounds.

    The checks, each within one period and comparing only like with like:

    * printed shares of one whole (grouped by the share's ``whole``, e.g. 全部规上工业产值):
      the totals that different parts and their shares imply must have meeting bounds;
    * the printed shares of one whole, plus the shares that other industries' levels of the
      same measure make of its implied total, must not add up to more than 100% even at their
      lower bounds;
    * where the release prints a share's whole (the share's ``whole`` names its subject and
      measure: 全部规上工业 output value), the printed total must meet the total the part and
      its share imply;
    * a park's enterprise count must not exceed the count of the only industry it serves, when
      the two counts cover the same kind of enterprises (an above-size count is not compared
      with a count of all settled enterprises);
    * a printed year-on-year growth (an indicator's ``yoy``, or an indicator of role growth
      with basis yoy, of its ``about`` level) must agree with the levels a year apart, where
      both are published; not for GDP and value added, whose growth is printed at comparable
      prices and their levels at current prices.

    Returns:
        The findings, in the order of the checks above; empty when the figures agree.

    Examples:
        >>> from licheng import check
        >>> from licheng.datasets import licheng_2025h1
        >>> check(licheng_2025h1())
        ()
    """
    findings: list[Finding] = []
    for (_, period), whole in _wholes(district).items():
        findings += _check_implied_totals(whole, period)
        findings += _check_shares(whole, period, district)
    findings += _check_reported_totals(district)
    findings += _check_park_counts(district)
    findings += _check_growth(district)
    findings += _check_printed_growth(district)
    return tuple(findings)
