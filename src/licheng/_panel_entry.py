"""One figure of a panel, :class:`PanelEntry`, and the keys that group entries."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from licheng._indicator import Indicator, Source
from licheng._periods import Period
from licheng.exceptions import ValidationError

__all__ = ["PanelEntry", "indicator_key", "period_key", "source_label", "to_entries"]


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


def to_entries(value: Iterable[object]) -> tuple[PanelEntry, ...]:
    entries: list[PanelEntry] = []
    for i, entry in enumerate(value):
        if not isinstance(entry, PanelEntry):
            msg = f"must be a PanelEntry, not {type(entry).__name__}"
            raise ValidationError([(f"entries[{i}]", msg)])
        entries.append(entry)
    return tuple(entries)


def period_key(period: Period | None) -> tuple[int, int, int]:
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


def indicator_key(entry: PanelEntry) -> tuple[object, ...]:
    """What makes two entries the same indicator: region, subject, measure, role, basis."""
    i = entry.indicator
    return (entry.region, i.subject, i.measure, i.role, i.basis, i.accumulation)
