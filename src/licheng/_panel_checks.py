"""A panel's checks and derivations across releases (:meth:`Panel.check`, :meth:`Panel.derive`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from licheng._checks import Finding, FindingKind, _brief, _disjoint
from licheng._derive import Derivation, DerivationKind
from licheng._figures import Figure
from licheng._indicator import Indicator, Level
from licheng._io import to_json
from licheng._metrics import PERCENT, cagr, implied_total, previous_value, yoy_growth
from licheng._panel_entry import PanelEntry, indicator_key, period_key, source_label
from licheng._periods import Period
from licheng._relations import _comparable_levels, _comparable_scope, _is_level, _part_of
from licheng._vocabularies import Basis, Role

__all__ = ["check_entries", "derive_entries"]


# -- checks across releases -------------------------------------------------------------------


def _two_sources(*indicators: Indicator) -> bool:
    return len({to_json(i.source) if i.source else None for i in indicators}) > 1


def _reported_differently(entries: tuple[PanelEntry, ...]) -> Iterator[Finding]:
    groups: dict[tuple[object, ...], list[PanelEntry]] = {}
    for entry in entries:
        if entry.indicator.period is not None:
            groups.setdefault((*indicator_key(entry), entry.indicator.period), []).append(entry)
    for (region, *_), group in groups.items():
        for n, first in enumerate(group):
            for second in group[n + 1 :]:
                a, b = first.indicator, second.indicator
                if (
                    not _two_sources(a, b)
                    or not _comparable_levels(a, b)
                    or not _disjoint(a.figure, b.figure)
                ):
                    continue
                message = (
                    f"{region} {a.subject} {a.measure.zh} ({a.period}): "
                    f"{_brief(a.figure)} in {source_label(a.source)} but "
                    f"{_brief(b.figure.to(a.figure.unit))} in {source_label(b.source)}"
                )
                yield Finding(FindingKind.REPORTED_DIFFERENTLY, message, (a, b), ())


def _levels(entries: Iterable[PanelEntry]) -> list[PanelEntry]:
    return [entry for entry in entries if _is_level(entry.indicator)]


def _printed_rates(entries: Iterable[PanelEntry]) -> Iterator[tuple[PanelEntry, Figure, Level]]:
    """(entry, printed yoy rate, the level it changes) for each printed growth rate."""
    for entry in entries:
        i = entry.indicator
        if i.period is None:
            continue
        if i.yoy is not None:
            yield entry, i.yoy, Level(i.subject, i.measure)
        elif i.role is Role.GROWTH and i.basis is Basis.YOY:
            about = i.about or Level(i.subject, i.measure)
            if about.measure is not None:
                yield entry, i.figure, about


def _growth_across(entries: tuple[PanelEntry, ...]) -> Iterator[Finding]:
    levels = _levels(entries)
    for entry, printed, about in _printed_rates(entries):
        rate = entry.indicator
        assert rate.period is not None  # noqa: S101 - _printed_rates skips the others
        before_period = rate.period.previous_year()

        def level_of(candidate: PanelEntry, period: Period, rate: Indicator = rate) -> bool:
            i = candidate.indicator
            return (
                candidate.region == entry.region  # noqa: B023 - used within the iteration
                and i.subject == about.subject  # noqa: B023
                and i.measure == about.measure  # noqa: B023
                and i.period == period
                and _comparable_scope(i.scope, rate.scope)
            )

        for now in (c.indicator for c in levels if level_of(c, rate.period)):
            for before in (c.indicator for c in levels if level_of(c, before_period)):
                if not _comparable_levels(before, now) or not _two_sources(rate, now, before):
                    continue
                implied = yoy_growth(now.figure, before.figure)
                if not _disjoint(printed.to(PERCENT), implied):
                    continue
                message = (
                    f"{entry.region} {about.name}: {_brief(now.figure)} in {now.period} "
                    f"({source_label(now.source)}) against {_brief(before.figure)} in "
                    f"{before.period} ({source_label(before.source)}) is growth of "
                    f"{_brief(implied)}, but {_brief(printed.to(PERCENT))} is printed "
                    f"({source_label(rate.source)})"
                )
                yield Finding(
                    FindingKind.GROWTH_CONTRADICTS_LEVELS, message, (rate, now, before), (implied,)
                )


def _same_whole(subject: str, whole: str, region: str) -> bool:
    def plain(name: str) -> str:
        name = name.removeprefix("全部").removeprefix("全区").removeprefix("本区")
        return region if name in {"", region} else name

    return plain(subject) == plain(whole)


def _shares_across(entries: tuple[PanelEntry, ...]) -> Iterator[Finding]:
    for entry in entries:
        s = entry.indicator
        if s.role is not Role.SHARE or s.whole is None or s.whole.measure is None:
            continue
        same_region = [e.indicator for e in entries if e.region == entry.region]
        part = _part_of(s, same_region)
        if part is None:
            continue
        implied = implied_total(part.figure, s.figure)
        for reported in same_region:
            if (
                not _is_level(reported)
                or reported.measure != s.whole.measure
                or reported.period != s.period
                or not _same_whole(reported.subject, s.whole.subject, entry.region)
                or not _two_sources(s, reported)
                or not _comparable_scope(reported.scope, part.scope)
                or reported.figure.dimensionality != implied.dimensionality
                or not _disjoint(implied, reported.figure)
            ):
                continue
            message = (
                f"{entry.region} {s.whole.name} ({s.period}): {part.subject} "
                f"{_brief(part.figure)} at {_brief(s.figure)} ({source_label(s.source)}) "
                f"implies {_brief(implied)}, but {_brief(reported.figure.to(implied.unit))} "
                f"is printed ({source_label(reported.source)})"
            )
            yield Finding(
                FindingKind.REPORTED_TOTAL_CONTRADICTS_SHARE,
                message,
                (part, s, reported),
                (implied,),
            )


# -- derivations across releases --------------------------------------------------------------


def _previous_levels(entries: tuple[PanelEntry, ...]) -> Iterator[Derivation]:
    levels = _levels(entries)
    for entry, printed, about in _printed_rates(entries):
        rate = entry.indicator
        assert rate.period is not None  # noqa: S101 - _printed_rates skips the others
        if rate.yoy is not None:
            now: Indicator | None = rate
        else:
            now = next(
                (
                    c.indicator
                    for c in levels
                    if c.region == entry.region
                    and c.indicator.subject == about.subject
                    and c.indicator.measure == about.measure
                    and c.indicator.period == rate.period
                ),
                None,
            )
        if now is None:
            continue
        yield Derivation(
            DerivationKind.PREVIOUS_VALUE,
            now.subject,
            None,
            now.measure,
            rate.period.previous_year(),
            previous_value(now.figure, printed),
            (now,) if now is rate else (now, rate),
        )


def _by_key(entries: Iterable[PanelEntry]) -> dict[tuple[object, ...], list[Indicator]]:
    groups: dict[tuple[object, ...], list[Indicator]] = {}
    for entry in _levels(entries):
        i = entry.indicator
        if i.period is not None:
            # one measure of counts may count schools and sites: each kind is its own series
            key = (*indicator_key(entry), i.scope, i.figure.dimensionality)
            groups.setdefault(key, []).append(i)
    return groups


def _growths(entries: tuple[PanelEntry, ...]) -> Iterator[Derivation]:
    for group in _by_key(entries).values():
        for now in group:
            assert now.period is not None  # noqa: S101 - _by_key keeps dated levels only
            for before in group:
                if before.period != now.period.previous_year():
                    continue
                yield Derivation(
                    DerivationKind.GROWTH_FROM_LEVELS,
                    now.subject,
                    None,
                    now.measure,
                    now.period,
                    yoy_growth(now.figure, before.figure),
                    (now, before),
                )
                break


def _cagrs(entries: tuple[PanelEntry, ...]) -> Iterator[Derivation]:
    for group in _by_key(entries).values():
        by_months: dict[tuple[int, int], list[Indicator]] = {}
        for i in group:
            assert i.period is not None  # noqa: S101 - _by_key keeps dated levels only
            by_months.setdefault((i.period.start_month, i.period.end_month), []).append(i)
        for series in by_months.values():
            ordered = sorted(series, key=lambda i: period_key(i.period))
            first, last = ordered[0], ordered[-1]
            assert first.period is not None  # noqa: S101
            assert last.period is not None  # noqa: S101
            years = last.period.year - first.period.year
            if years < 2:  # noqa: PLR2004 - one year apart is growth, not a CAGR
                continue
            yield Derivation(
                DerivationKind.CAGR,
                last.subject,
                None,
                last.measure,
                last.period,
                cagr(first.figure, last.figure, years),
                (first, last),
            )


def check_entries(entries: tuple[PanelEntry, ...]) -> tuple[Finding, ...]:
    """The findings of :meth:`Panel.check`."""
    return (*_reported_differently(entries), *_growth_across(entries), *_shares_across(entries))


def derive_entries(entries: tuple[PanelEntry, ...]) -> tuple[Derivation, ...]:
    """The derivations of :meth:`Panel.derive`."""
    return (*_previous_levels(entries), *_growths(entries), *_cagrs(entries))
