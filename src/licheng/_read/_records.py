"""What a reading returns: read indicators, unread mentions and the reading that holds them."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import attrs

from licheng._figures import Figure
from licheng._model import District, Indicator, Source, SubjectKind
from licheng._periods import Period

__all__ = ["Draft", "Reading", "Reference", "Unread", "UnreadReason"]


class UnreadReason(StrEnum):
    """Why a figure found in a text became no indicator.

    >>> UnreadReason("rank")
    <UnreadReason.RANK: 'rank'>
    """

    DATE = "date"
    """A date or a year used as a date (it goes into a period)."""
    RANK = "rank"
    """An ordinal, a rank or a change of rank (第8位, 前移6位)."""
    LABEL = "label"
    """A slogan, a label or a name in quotes ("3+2", 一类新药)."""
    THRESHOLD = "threshold"
    """A number that names a group, class or threshold (10亿元以上项目, 30强)."""
    ENUMERATION = "enumeration"
    """A count that enumerates a fixed classification or a list just given (三大门类)."""
    TIME_WINDOW = "time_window"
    """A time window that frames another figure (两年平均, 过去一年)."""
    NO_MEASURE = "no_measure"
    """No measure could be told for the figure."""
    UNIT_MISMATCH = "unit_mismatch"
    """The figure fits no measure the reader could tell for it: its unit, or its sign (a
    negative share)."""


@attrs.frozen
class Reference:
    """A whole or a level a figure refers to, while the reader works: a subject and a measure."""

    subject: str
    measure: str


@attrs.frozen
class Draft:
    """A figure as the reader reads it, before it becomes a :class:`licheng.Indicator`.

    ``measure`` is a code of the measures table or ``other:<中文词>``; names are in the
    reader's simplified working text until the reading maps them back to the original.
    """

    figure: Figure
    measure: str
    role: str
    subject: str
    subject_kind: SubjectKind
    period: Period | None
    scope: str = "unspecified"
    accumulation: str = "period"
    basis: str | None = None
    whole: Reference | None = None
    about: Reference | None = None


@attrs.frozen
class Unread:
    """A figure found in the text that became no indicator, and why.

    >>> import licheng
    >>> reading = licheng.read("规模500人以上企业研发经费占比82.4%。")
    >>> [(item.surface, item.reason) for item in reading.unread]
    [('500人以上', <UnreadReason.THRESHOLD: 'threshold'>)]
    """

    surface: str
    span: tuple[int, int]
    reason: UnreadReason
    figure: Figure | None = None


@attrs.frozen
class Reading:
    """What :func:`licheng.read` found in a text: the figures read and the figures not read.

    >>> import licheng
    >>> reading = licheng.read("前三季度全区规上工业增加值同比增长8.1%。", published="2025-11-03")
    >>> [growth] = reading.indicators
    >>> print(growth.subject, growth.measure, growth.role, growth.period, growth.basis)
    规上工业 value_added growth 2025Q1-Q3 yoy
    >>> growth.span, growth.source.quote
    ((17, 21), '前三季度全区规上工业增加值同比增长8.1%。')
    """

    text: str
    indicators: tuple[Indicator, ...] = ()
    unread: tuple[Unread, ...] = ()
    published: dt.date | None = None
    place: str | None = None

    def to_district(
        self,
        name: str | None = None,
        *,
        name_en: str | None = None,
        city: str | None = None,
        province: str | None = None,
        source: Source | None = None,
    ) -> District:
        """A District draft: the holders the text names, each with its figures.

        Calls :func:`licheng.district_from_indicators` on the indicators: industries, parks,
        enterprises and projects get their own figures; figures of the region, its sectors
        and other groups stay on the district itself. ``name``, ``city`` and ``province``
        default to the parts of ``place`` (a name alone defaults to 全区).

        >>> import licheng
        >>> reading = licheng.read(
        ...     "上半年,全区规上工业增加值同比增长8.1%。集成电路产业实现集聚发展。"
        ...     "累计投资近40亿元打造了400余亩的济南智能传感器产业园。",
        ...     published="2025-07-18",
        ...     place="历城区 / 济南市 / 山东省",
        ... )
        >>> district = reading.to_district()
        >>> district.name, district.city, [park.name for park in district.parks]
        ('历城区', '济南市', ['济南智能传感器产业园'])
        >>> [(i.subject, str(i.measure)) for i in district.own_indicators]
        [('规上工业', 'value_added')]
        """
        from licheng._assemble import district_from_indicators
        from licheng._read._district import place_fields

        given = place_fields(self.place)
        return district_from_indicators(
            self.indicators,
            name=name or given["name"],
            name_en=name_en,
            city=city or given.get("city"),
            province=province or given.get("province"),
            source=source,
        )
