"""What a reading returns: read indicators, unread mentions and the reading that holds them."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import attrs

from licheng._figures import Figure
from licheng._periods import Period

__all__ = [
    "ReadIndicator",
    "Reading",
    "Reference",
    "SubjectKind",
    "Unread",
    "UnreadReason",
]


class SubjectKind(StrEnum):
    """What kind of holder a read figure is about.

    >>> SubjectKind("park")
    <SubjectKind.PARK: 'park'>
    """

    REGION = "region"
    SECTOR = "sector"
    INDUSTRY = "industry"
    PARK = "park"
    ENTERPRISE = "enterprise"
    PROJECT = "project"
    OTHER = "other"


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


@attrs.frozen
class Reference:
    """A whole or a level a read figure refers to: a subject and a measure code.

    >>> Reference("全部规上工业", "output_value")
    Reference(subject='全部规上工业', measure='output_value')
    """

    subject: str
    measure: str


@attrs.frozen
class ReadIndicator:
    """One figure of a text read as a statistic, in the fields of the reading schema.

    ``measure`` is a code of the measures table (``output_value``, ``gdp`` …) or
    ``other:<中文词>``; ``role`` is ``value``, ``share``, ``growth`` or ``change_pp``;
    ``period`` is None for a stock at an unstated time; ``span`` indexes the text that was
    passed to :func:`licheng.read`; ``quote`` is the sentence the figure stands in.

    >>> import licheng
    >>> [output] = licheng.read("上半年累计完成产值52.2亿元。", published="2025-07-18").indicators
    >>> output.measure, output.role, str(output.period), output.figure
    ('output_value', 'value', '2025H1', Figure('52.2', '亿元'))
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
    span: tuple[int, int] = (0, 0)
    quote: str = ""

    @property
    def of(self) -> Reference | None:
        """The whole a share is part of (the schema's name for ``whole``)."""
        return self.whole


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
    >>> [(item.subject, item.measure, item.role, str(item.period)) for item in reading.indicators]
    [('规上工业', 'value_added', 'growth', '2025Q1-Q3')]
    >>> reading.indicators[0].span, reading.indicators[0].basis
    ((17, 21), 'yoy')
    """

    text: str
    indicators: tuple[ReadIndicator, ...] = ()
    unread: tuple[Unread, ...] = ()
    published: dt.date | None = None
    place: str | None = None
