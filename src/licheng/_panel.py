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

from licheng._checks import Finding
from licheng._derive import Derivation
from licheng._figures import IMPLIED, Figure, to_decimal
from licheng._indicator import Indicator, Level, Source
from licheng._io import from_json, to_json
from licheng._model import District
from licheng._panel_checks import check_entries, derive_entries
from licheng._panel_entry import PanelEntry, period_key, source_label, to_entries
from licheng._periods import Period
from licheng._qualifier import Qualifier
from licheng._vocabularies import Role, parse_measure
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

    entries: tuple[PanelEntry, ...] = attrs.field(default=(), converter=to_entries)

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
        from licheng._read._district import place_fields  # reader's helper

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
        return tuple(sorted(found, key=period_key))

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
        return tuple(sorted(dated, key=lambda i: period_key(i.period)))

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
        from licheng._to_frame import _pandas  # pandas is optional

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
        return check_entries(self.entries)

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
        return derive_entries(self.entries)


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
