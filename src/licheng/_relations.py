"""Which published figures of a district bear on each other, for the checks and the derivations.

A printed share is of a part (the level of the same subject, measure, period and accumulation)
and of a whole (全部规上工业产值, in one period); levels are compared only like with like (same
scope, or one unstated). :func:`~licheng.check` and :func:`~licheng.derive` both stand on these
relations, so a share that one finds, the other derives from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from licheng._figures import Figure
from licheng._metrics import implied_total
from licheng._model import District, Indicator, Measure, Role, Scope
from licheng._periods import Period

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator


def indicator_tuple(values: Iterable[Indicator]) -> tuple[Indicator, ...]:
    return tuple(values)


_COUNTS = frozenset({Measure.ENTERPRISE_COUNT, Measure.FACILITY_COUNT, Measure.PROJECT_COUNT})


def _comparable_scope(a: Scope, b: Scope) -> bool:
    return Scope.UNSPECIFIED in {a, b} or a is b


def _comparable_levels(a: Indicator, b: Indicator) -> bool:
    """Whether two levels of one measure can be set against each other.

    They must accumulate alike, have scopes that do not exclude each other, and be written in one
    kind of unit: 4所 of schools beside 12个 of sites, or 件 beside 吨, are no series.
    """
    return (
        a.accumulation is b.accumulation
        and _comparable_scope(a.scope, b.scope)
        and a.figure.dimensionality == b.figure.dimensionality
    )


def _is_level(indicator: Indicator) -> bool:
    return indicator.role is Role.VALUE and not indicator.measure.deprecated


def _part_of(share_indicator: Indicator, indicators: Iterable[Indicator]) -> Indicator | None:
    """The level a printed share is a share of: same subject, measure, period and accumulation.

    A share written the old way (measure ``share``) does not say its measure: any level but a
    count qualifies, and when several do, the one whose measure the share's base names (产值 in
    全部规上工业总产值) wins; if that does not settle it, there is no part.
    """
    legacy = share_indicator.measure is Measure.SHARE
    candidates = [
        indicator
        for indicator in indicators
        if indicator.subject == share_indicator.subject
        and indicator.period == share_indicator.period
        and indicator.accumulation is share_indicator.accumulation
        and _is_level(indicator)
        and (
            indicator.measure not in _COUNTS
            if legacy
            else indicator.measure == share_indicator.measure
        )
    ]
    whole = share_indicator.whole_name
    if len(candidates) > 1 and legacy and whole:
        candidates = [c for c in candidates if c.measure.zh in whole]
    return candidates[0] if len(candidates) == 1 else None


@attrs.frozen
class _Whole:
    """One whole that shares refer to (全部规上工业产值, 2025H1), and what it implies."""

    base: str
    shares: list[tuple[Indicator, Indicator, Figure]] = attrs.field(factory=list)
    """(share indicator, part indicator, implied total) for every printed share of it."""


def _wholes(district: District) -> dict[tuple[str, Period | None], _Whole]:
    wholes: dict[tuple[str, Period | None], _Whole] = {}
    indicators = district.indicators
    for indicator in indicators:
        whole_name = indicator.whole_name
        if indicator.role is not Role.SHARE or not whole_name:
            continue
        part = _part_of(indicator, indicators)
        if part is None:
            continue
        total = implied_total(part.figure, indicator.figure)
        whole = wholes.setdefault((whole_name, indicator.period), _Whole(whole_name))
        whole.shares.append((indicator, part, total))
    return wholes


def _other_levels(whole: _Whole, period: Period | None, district: District) -> Iterator[Indicator]:
    """Industries' own levels like the whole's first part, other than the parts with shares.

    Each is a level whose share of the implied whole the text does not print: the checks add
    it to the printed shares, the derivations derive it.
    """
    share_subjects = {part.subject for _, part, _ in whole.shares}
    _, part, _ = whole.shares[0]
    for industry in district.industries:
        for indicator in industry.indicators:
            if (
                indicator.subject not in share_subjects
                and indicator.subject == industry.name
                and _is_level(indicator)
                and indicator.measure == part.measure
                and indicator.period == period
                and _comparable_levels(indicator, part)
            ):
                yield indicator
