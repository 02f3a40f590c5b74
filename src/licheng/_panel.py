"""Many releases as one collection: a panel of indicators over regions and periods.

A :class:`Panel` holds every figure of several readings or districts, each with the region it
belongs to. It turns into one long pandas frame and back exactly; it looks figures up by
region, subject, measure and period; it checks releases against each other and derives what
two or more releases imply together (growth from two levels, a CAGR over a series).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from licheng._figures import IMPLIED, Figure, to_decimal
from licheng._indicator import Indicator, Level, Source
from licheng._io import from_json, to_json
from licheng._metrics import (
    PERCENT,
    Derivation,
    DerivationKind,
    Finding,
    FindingKind,
    _brief,
    _comparable_scope,
    _disjoint,
    _is_level,
    _part_of,
    cagr,
    implied_total,
    previous_value,
    yoy_growth,
)
from licheng._model import District
from licheng._periods import Period
from licheng._qualifier import Qualifier
from licheng._vocabularies import Basis, Role, parse_measure
from licheng.exceptions import ValidationError

if TYPE_CHECKING:
    import pandas as pd

    from licheng._read._records import Reading

__all__ = ["Panel", "PanelEntry"]

#: The columns of :meth:`Panel.to_frame`, in order.
COLUMNS = (
    "region",
    "subject",
    "subject_kind",
    "measure",
    "role",
    "scope",
    "accumulation",
    "period",
    "value",
    "unit",
    "low",
    "high",
    "qualifier",
    "basis",
    "value_text",
    "low_text",
    "high_text",
    "approximate",
    "derived",
    "label",
    "label_en",
    "whole",
    "about",
    "yoy",
    "source",
    "source_json",
    "span_start",
    "span_end",
)


def _text(value: object) -> object:
    if not isinstance(value, str) or not value.strip():
        msg = f"must be a non-empty string, not {value!r}"
        raise ValidationError([("region", msg)])
    return value


@attrs.frozen
class PanelEntry:
    """One figure of a panel: the region it belongs to and the indicator.

    >>> from licheng import Figure, Indicator, PanelEntry
    >>> entry = PanelEntry("历城区", Indicator("output_value", Figure("52.2", "亿元"), "2025H1",
    ...                                         "现代医药"))
    >>> entry.region, str(entry.indicator.period)
    ('历城区', '2025H1')
    """

    region: str = attrs.field(validator=lambda _i, _a, v: _text(v))
    indicator: Indicator = attrs.field(validator=attrs.validators.instance_of(Indicator))


def _entries(value: Iterable[object]) -> tuple[PanelEntry, ...]:
    entries: list[PanelEntry] = []
    for i, entry in enumerate(value):
        if not isinstance(entry, PanelEntry):
            msg = f"must be a PanelEntry, not {type(entry).__name__}"
            raise ValidationError([(f"entries[{i}]", msg)])
        entries.append(entry)
    return tuple(entries)


def _period_key(period: Period | None) -> tuple[int, int, int]:
    return (0, 0, 0) if period is None else (period.year, period.start_month, period.end_month)


def source_label(source: Source | None) -> str:
    """A source in a few words for a message: publisher, date and address."""
    if source is None:
        return "no source"
    parts = [source.publisher]
    if source.date is not None:
        parts.append(source.date.isoformat())
    if source.url is not None:
        parts.append(source.url)
    return " ".join(parts)


def _key(entry: PanelEntry) -> tuple[object, ...]:
    """What makes two entries the same indicator: region, subject, measure, role, basis."""
    i = entry.indicator
    return (entry.region, i.subject, i.measure, i.role, i.basis, i.accumulation)


@attrs.frozen
class Panel:
    """Figures of many releases, regions and periods as one immutable collection.

    Build one from districts (:meth:`from_districts`) or readings (:meth:`from_readings`);
    :meth:`to_frame` gives one long frame, :meth:`from_frame` reads it back exactly.

    >>> from licheng import Panel
    >>> from licheng.datasets import licheng_2025h1
    >>> panel = Panel.from_districts([licheng_2025h1()])
    >>> panel.regions, len(panel) > 10
    (('历城区',), True)
    >>> [i.figure for i in panel.select(subject="现代医药", measure="output_value", role="value")]
    [Figure('52.2', '亿元')]
    """

    entries: tuple[PanelEntry, ...] = attrs.field(default=(), converter=_entries)

    # -- building -------------------------------------------------------------------------

    @classmethod
    def from_districts(cls, districts: Iterable[District]) -> Panel:
        """A panel of every figure of ``districts``; a figure without a source gets its district's.

        >>> from licheng import Panel
        >>> from licheng.datasets import licheng_2025h1
        >>> Panel.from_districts([licheng_2025h1()]).periods
        (Period(year=2025, start_month=1, end_month=6),)
        """
        entries: list[PanelEntry] = []
        for district in districts:
            for indicator in district.indicators:
                if indicator.source is None and district.source is not None:
                    indicator = attrs.evolve(indicator, source=district.source)  # noqa: PLW2901
                entries.append(PanelEntry(district.name, indicator))
        return cls(entries)

    @classmethod
    def from_readings(cls, readings: Iterable[Reading], *, region: str | None = None) -> Panel:
        """A panel of the indicators of ``readings``, each under its reading's place.

        The region is ``region`` or the first part of the reading's ``place``
        (历城区 in "历城区 / 济南市"); a reading with neither is 全区.

        >>> import licheng
        >>> reading = licheng.read("上半年，全区规上工业增加值同比增长8.1%。",
        ...                        published="2025-07-18", place="历城区 / 济南市")
        >>> panel = licheng.Panel.from_readings([reading])
        >>> panel.regions, str(panel.entries[0].indicator.period)
        (('历城区',), '2025H1')
        """
        from licheng._read._district import place_fields  # noqa: PLC0415 - reader's helper

        entries = [
            PanelEntry(region or place_fields(reading.place)["name"], indicator)
            for reading in readings
            for indicator in reading.indicators
        ]
        return cls(entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Indicator]:
        return (entry.indicator for entry in self.entries)

    def __add__(self, other: object) -> Panel:
        if not isinstance(other, Panel):
            return NotImplemented
        return Panel(self.entries + other.entries)

    # -- looking up -----------------------------------------------------------------------

    @property
    def regions(self) -> tuple[str, ...]:
        """The regions, in order of first appearance."""
        return tuple(dict.fromkeys(entry.region for entry in self.entries))

    @property
    def subjects(self) -> tuple[str, ...]:
        """The subjects, in order of first appearance."""
        return tuple(dict.fromkeys(entry.indicator.subject for entry in self.entries))

    @property
    def periods(self) -> tuple[Period, ...]:
        """The stated periods, in time order."""
        found = {e.indicator.period for e in self.entries if e.indicator.period is not None}
        return tuple(sorted(found, key=_period_key))

    def select(
        self,
        *,
        region: str | None = None,
        subject: str | None = None,
        measure: str | None = None,
        period: Period | str | None = None,
        role: str | None = None,
    ) -> Panel:
        """The entries that match every criterion given.

        >>> from licheng import Panel
        >>> from licheng.datasets import licheng_2025h1
        >>> panel = Panel.from_districts([licheng_2025h1()])
        >>> len(panel.select(region="历城区", period="2025H1", role="share"))
        2
        """
        wanted_measure = None if measure is None else parse_measure(measure)
        wanted_period = Period.parse(period) if isinstance(period, str) else period
        wanted_role = None if role is None else Role(role)

        def matches(entry: PanelEntry) -> bool:
            i = entry.indicator
            return (
                (region is None or entry.region == region)
                and (subject is None or i.subject == subject)
                and (wanted_measure is None or i.measure == wanted_measure)
                and (wanted_period is None or i.period == wanted_period)
                and (wanted_role is None or i.role is wanted_role)
            )

        return Panel(entry for entry in self.entries if matches(entry))

    def series(
        self, subject: str, measure: str, *, region: str | None = None, role: str = "value"
    ) -> tuple[Indicator, ...]:
        """One indicator over its periods, in time order (figures of no stated period left out).

        Where two releases print the same period, both stay, in panel order.

        >>> from licheng import Figure, Indicator, Panel, PanelEntry
        >>> panel = Panel([PanelEntry("莱芜区", Indicator("output_value", Figure(v, "亿元"), y,
        ...                                               "规上工业"))
        ...                for v, y in (("1059", "2021"), ("705", "2012"))])
        >>> [str(i.period) for i in panel.series("规上工业", "output_value")]
        ['2012', '2021']
        """
        chosen = self.select(region=region, subject=subject, measure=measure, role=role)
        dated = [i for i in chosen if i.period is not None]
        return tuple(sorted(dated, key=lambda i: _period_key(i.period)))

    # -- frames ---------------------------------------------------------------------------

    def to_frame(self) -> pd.DataFrame:
        """One row per figure, in the columns of ``licheng._panel.COLUMNS``.

        ``value``, ``low`` and ``high`` are float64 in the row's ``unit`` (NaN where open);
        ``value_text``, ``low_text`` and ``high_text`` keep the exact decimals, so that
        :meth:`from_frame` gives back the same panel. Nested parts (``whole``, ``about``,
        ``yoy``, ``source_json``) are JSON text; ``source`` is a short label.

        >>> from licheng import Panel
        >>> from licheng.datasets import licheng_2025h1
        >>> frame = Panel.from_districts([licheng_2025h1()]).to_frame()
        >>> frame.loc[0, ["region", "subject", "unit", "low_text"]].tolist(), frame.value.dtype
        (['历城区', '现代医药', '家', '14'], dtype('float64'))
        >>> Panel.from_frame(frame) == Panel.from_districts([licheng_2025h1()])
        True
        """
        from licheng._frames import _pandas  # noqa: PLC0415 - pandas is optional

        pd = _pandas()
        rows = [_row(entry) for entry in self.entries]
        frame = pd.DataFrame(rows, columns=list(COLUMNS))
        for name in ("value", "low", "high"):
            frame[name] = frame[name].astype("float64")
        for name in ("span_start", "span_end"):
            frame[name] = frame[name].astype("Int64")
        for name in ("approximate", "derived"):
            frame[name] = frame[name].astype("bool")
        return frame

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> Panel:
        """The panel a frame of :meth:`to_frame` holds.

        Raises:
            ValidationError: a column is missing or a row is not a valid figure; the row and
                column are named.
        """
        missing = [name for name in COLUMNS if name not in frame.columns]
        if missing:
            msg = f"not a panel frame: missing columns {missing}"
            raise ValidationError([("frame", msg)])
        entries = []
        for number, row in enumerate(frame[list(COLUMNS)].itertuples(index=False)):
            try:
                entries.append(_entry(row._asdict()))
            except ValidationError as exc:
                errors = [(f"row {number}: {field}", text) for field, text in exc.errors]
                raise ValidationError(errors) from None
        return cls(entries)

    # -- across releases ------------------------------------------------------------------

    def check(self) -> tuple[Finding, ...]:
        """Figures of two releases that do not agree beyond their bounds.

        * the same indicator (region, subject, measure, role, scope, period) printed by two
          sources with intervals that do not meet;
        * a year-on-year growth printed in one release against the levels a year apart when
          at least two releases print them;
        * a share whose whole another release prints: the total the part and its share imply
          against the printed one.

        Each finding's message names both sources.

        >>> from licheng import Figure, Indicator, Panel, PanelEntry, Source
        >>> a = Indicator("enterprise_count", Figure("44", "家"), "2023", "鲁中国际生物谷",
        ...               source=Source("济南网", date="2023-07-04"))
        >>> b = Indicator("enterprise_count", Figure("49", "家"), "2023", "鲁中国际生物谷",
        ...               source=Source("中华网", date="2025-01-21"))
        >>> panel = Panel([PanelEntry("莱芜区", a), PanelEntry("莱芜区", b)])
        >>> [finding.kind.value for finding in panel.check()]
        ['reported_differently']
        """
        findings: list[Finding] = []
        findings += _reported_differently(self.entries)
        findings += _growth_across(self.entries)
        findings += _shares_across(self.entries)
        return tuple(findings)

    def derive(self) -> tuple[Derivation, ...]:
        """What the releases imply together, each a derived figure with bounds.

        * previous-year levels, from a level and its printed year-on-year growth;
        * growth from two levels a year apart;
        * the CAGR over a series of levels of the same months, from the first to the last.

        >>> from licheng import Figure, Indicator, Panel, PanelEntry
        >>> panel = Panel([PanelEntry("莱芜区", Indicator("output_value", Figure(v, "亿元"), y,
        ...                                               "规上工业"))
        ...                for v, y in (("705", "2012"), ("1059", "2021"))])
        >>> [(d.kind.value, round(d.figure.magnitude, 2)) for d in panel.derive()]
        [('cagr', Decimal('4.62'))]
        """
        return (*_previous_levels(self.entries), *_growths(self.entries), *_cagrs(self.entries))


# -- frame rows -------------------------------------------------------------------------------


def _float(value: Decimal | None) -> float:
    return math.nan if value is None else float(value)


def _json(value: object) -> str | None:
    return None if value is None else to_json(value, indent=None)


def _row(entry: PanelEntry) -> dict[str, object]:
    i = entry.indicator
    figure = i.figure
    low, high = figure.low_magnitude, figure.high_magnitude
    return {
        "region": entry.region,
        "subject": i.subject,
        "subject_kind": None if i.subject_kind is None else i.subject_kind.value,
        "measure": i.measure.value,
        "role": i.role.value,
        "scope": i.scope.value,
        "accumulation": i.accumulation.value,
        "period": None if i.period is None else str(i.period),
        "value": float(figure.magnitude),
        "unit": figure.unit,
        "low": _float(low),
        "high": _float(high),
        "qualifier": figure.qualifier.value,
        "basis": None if i.basis is None else i.basis.value,
        "value_text": str(figure.magnitude),
        "low_text": None if low is None else str(low),
        "high_text": None if high is None else str(high),
        "approximate": figure.approximate,
        "derived": figure.derived,
        "label": i.label,
        "label_en": i.label_en,
        "whole": _json(i.whole),
        "about": _json(i.about),
        "yoy": _json(i.yoy),
        "source": None if i.source is None else source_label(i.source),
        "source_json": _json(i.source),
        "span_start": None if i.span is None else i.span[0],
        "span_end": None if i.span is None else i.span[1],
    }


def _missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN and pandas' NA  # noqa: PLR0124
    except TypeError:
        return True  # pd.NA compares to NA, whose truth is ambiguous


def _cell(row: dict[str, Any], name: str) -> Any:  # noqa: ANN401 - a frame cell
    value = row[name]
    return None if _missing(value) else value


def _bound(row: dict[str, Any], name: str, plain: Decimal | None, *, written: bool) -> object:
    text = _cell(row, name)
    value = None if text is None else to_decimal(str(text), name)
    if not written and value == plain:
        return IMPLIED
    return value


def _flag(value: object) -> bool:
    """A boolean cell, also as CSV writes it (``True``, ``False``)."""
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes"}
    return bool(value)


def _entry(row: dict[str, Any]) -> PanelEntry:
    value = to_decimal(str(row["value_text"]), "value_text")
    qualifier = Qualifier(str(row["qualifier"]))
    unit = "" if _missing(row["unit"]) else str(row["unit"])  # a plain number: no unit
    ranged = qualifier is Qualifier.RANGE
    plain = None if ranged else Figure(value, unit, qualifier)
    plain_low = None if plain is None else plain.low_magnitude
    plain_high = None if plain is None else plain.high_magnitude
    figure = Figure(
        value,
        unit,
        qualifier,
        low=_bound(row, "low_text", plain_low, written=ranged),
        high=_bound(row, "high_text", plain_high, written=ranged),
        approximate=_flag(row["approximate"]),
        derived=_flag(row["derived"]),
    )
    start, end = _cell(row, "span_start"), _cell(row, "span_end")
    whole, about, yoy, source = (_cell(row, n) for n in ("whole", "about", "yoy", "source_json"))
    indicator = Indicator(
        str(row["measure"]),
        figure,
        _cell(row, "period"),
        str(row["subject"]),
        scope=str(row["scope"]),
        accumulation=str(row["accumulation"]),
        role=str(row["role"]),
        subject_kind=_cell(row, "subject_kind"),
        basis=_cell(row, "basis"),
        label=_cell(row, "label"),
        label_en=_cell(row, "label_en"),
        whole=None if whole is None else from_json(whole, Level),
        about=None if about is None else from_json(about, Level),
        yoy=None if yoy is None else from_json(yoy, Figure),
        source=None if source is None else from_json(source, Source),
        span=None if start is None or end is None else (int(start), int(end)),
    )
    return PanelEntry(str(row["region"]), indicator)


# -- checks across releases -------------------------------------------------------------------


def _two_sources(*indicators: Indicator) -> bool:
    return len({to_json(i.source) if i.source else None for i in indicators}) > 1


def _reported_differently(entries: tuple[PanelEntry, ...]) -> Iterator[Finding]:
    groups: dict[tuple[object, ...], list[PanelEntry]] = {}
    for entry in entries:
        if entry.indicator.period is not None:
            groups.setdefault((*_key(entry), entry.indicator.period), []).append(entry)
    for (region, *_), group in groups.items():
        for n, first in enumerate(group):
            for second in group[n + 1 :]:
                a, b = first.indicator, second.indicator
                if (
                    not _two_sources(a, b)
                    or not _comparable_scope(a.scope, b.scope)
                    or a.figure.dimensionality != b.figure.dimensionality
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
                if before.accumulation is not now.accumulation or not _two_sources(
                    rate, now, before
                ):
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
            groups.setdefault((*_key(entry), i.scope), []).append(i)
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
            ordered = sorted(series, key=lambda i: _period_key(i.period))
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
