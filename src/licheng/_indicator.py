"""The statistic and its parts: Indicator, Level, Fact, Source and Term.

A Level is what a share is a part of or what a growth rate changes.

Each is an immutable, slotted attrs value class checked at construction; ``_model`` builds the
holders (industries, parks, enterprises, projects, the district) on them.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterable
from typing import Any, cast

import attrs

from licheng._fields import (
    _accumulation,
    _basis,
    _is,
    _maybe,
    _measure,
    _problem,
    _repr,
    _role,
    _scope,
    _show,
    _subject_kind,
    _table,
    _text,
    _to_period,
    _tuple,
    _tuple_of,
    _tuple_with,
)
from licheng._figures import Figure
from licheng._periods import Period
from licheng._vocabularies import (
    Accumulation,
    Basis,
    Measure,
    OtherMeasure,
    Role,
    Scope,
    SubjectKind,
    check_figure,
    parse_measure,
)
from licheng.exceptions import NotFoundError, ValidationError

__all__ = ["Fact", "Indicator", "Level", "Source", "Term"]


# -- the classes ----------------------------------------------------------------------------


@attrs.frozen(repr=False)
class Term:
    """A term in Chinese with its English where known: a focus link, a direction, a method.

    >>> Term("碳化硅衬底", "silicon carbide substrate")
    Term('碳化硅衬底', 'silicon carbide substrate')
    >>> str(Term("AI制药"))
    'AI制药'
    """

    zh: str = attrs.field(validator=_text)
    en: str | None = attrs.field(default=None, validator=_maybe(str))

    def __repr__(self) -> str:
        return f"Term({self.zh!r})" if self.en is None else f"Term({self.zh!r}, {self.en!r})"

    def __str__(self) -> str:
        return self.zh


def _to_term(value: object) -> object:
    return Term(value) if isinstance(value, str) else value


def _to_date(value: object) -> object:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


@attrs.frozen(repr=False)
class Source:
    """Where a figure was published, and the words it was published in.

    ``notes`` hold what a reader must know about the source itself, such as a year that the
    text does not print and that was inferred.

    >>> from datetime import date
    >>> source = Source("人民网", publisher_en="People's Daily Online", date=date(2025, 7, 18),
    ...                 quote="规上医药生产企业14家", notes=("year inferred",))
    >>> source.date.isoformat(), source.quote
    ('2025-07-18', '规上医药生产企业14家')
    >>> source
    Source('人民网', publisher_en="People's Daily Online", date=datetime.date(2025, 7, 18), quote='规上医药生产企业14家', notes=('year inferred',))
    """  # noqa: E501 - a repr on one line

    publisher: str = attrs.field(validator=_text)
    publisher_en: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    place: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    date: dt.date | None = attrs.field(
        default=None, converter=_to_date, validator=_maybe(dt.date), kw_only=True
    )
    title: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    url: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    event: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    speaker: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    quote: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    notes: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(str), kw_only=True
    )

    __repr__ = _repr


def _terms(value: object) -> object:
    return _tuple_with(value, _to_term)


def _measure_field(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: a Measure or an OtherMeasure; an unknown code is named with the choices."""
    del instance
    if isinstance(value, Measure | OtherMeasure):
        return
    if isinstance(value, str):
        names = ", ".join(member.value for member in Measure if not member.deprecated)
        message = f"unknown Measure {value!r}; expected one of {names} or other:<word>"
    else:
        message = _problem((Measure, OtherMeasure), value)
    raise ValidationError([(attribute.alias or attribute.name, message)])


def _optional_measure(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _measure_field(instance, attribute, value)


@attrs.frozen(repr=False)
class Level:
    """What a share is a part of, or what a growth rate changes: a subject's measure.

    An indicator's ``whole`` (for a share) and ``about`` (for a growth rate or a change in
    percentage points) are levels: the subject as the text names it, and its measure.

    >>> whole = Level("全部规上工业", "output_value", subject_en="all above-size industry")
    >>> whole
    Level('全部规上工业', 'output_value', subject_en='all above-size industry')
    >>> whole.measure, whole.name
    (<Measure.OUTPUT_VALUE: 'output_value'>, '全部规上工业产值')
    """

    subject: str = attrs.field(validator=_text)
    measure: Measure | OtherMeasure | None = attrs.field(
        default=None, converter=_measure, validator=_optional_measure
    )
    subject_en: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)

    @property
    def name(self) -> str:
        """The level in Chinese: the subject and its measure (全部规上工业产值)."""
        return self.subject if self.measure is None else f"{self.subject}{self.measure.zh}"

    @property
    def name_en(self) -> str | None:
        """The level in English, where the subject's English is known."""
        if self.subject_en is None:
            return None
        return self.subject_en if self.measure is None else f"{self.subject_en} {self.measure.en}"

    def __repr__(self) -> str:
        parts = [repr(self.subject)]
        if self.measure is not None:
            parts.append(_show(self.measure))
        if self.subject_en is not None:
            parts.append(f"subject_en={self.subject_en!r}")
        return f"Level({', '.join(parts)})"


def _to_level(value: object) -> object:
    if isinstance(value, dict) and set(value) <= {"subject", "measure", "subject_en"}:
        try:
            return Level(**value)
        except (TypeError, ValidationError):
            return value
    return value


def _to_span(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


def _check_span(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    del instance
    if value is None:
        return
    ok = (
        isinstance(value, tuple)
        and len(value) == 2  # noqa: PLR2004 - (start, end)
        and all(isinstance(i, int) and not isinstance(i, bool) for i in value)
    )
    if not ok:
        message = f"must be (start, end), two whole numbers, not {value!r}"
        raise ValidationError([(attribute.name, message)])
    start, end = cast("tuple[int, int]", value)
    if not 0 <= start < end:
        raise ValidationError([(attribute.name, f"needs 0 <= start < end, not {value!r}")])


def _default_role(self: Any) -> Role:  # noqa: ANN401 - attrs passes the half-built instance
    """A deprecated ``share`` or ``growth`` measure implies its role."""
    measure = self.measure
    if measure is Measure.SHARE:
        return Role.SHARE
    if measure is Measure.GROWTH:
        return Role.GROWTH
    return Role.VALUE


_OPTIONAL_TEXT = _maybe(str)


def _deprecated_base(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    _OPTIONAL_TEXT(instance, attribute, value)
    message = (
        f"Indicator {attribute.name}= is deprecated: name the whole with "
        "whole=Level(subject, measure)"
    )
    warnings.warn(message, DeprecationWarning, stacklevel=3)  # the caller of Indicator()


@attrs.frozen(repr=False)
class Indicator:
    """One published statistic: what is measured, its figure, period, subject and source.

    ``subject`` is the key (Chinese name) of what the figure describes: the district, a
    sector, an industry, a park, an enterprise or a project (``subject_kind`` says which). The
    measure fixes the figure's dimension for a level; ``role`` says what kind of number it is:
    a level (``value``), a ``share`` of ``whole``, a ``growth`` rate or a change in percentage
    points (``change_pp``) of ``about``, on a ``basis`` (同比, 环比). ``period`` is None for a
    stock at an unstated time; ``span`` is where the figure stands in the text it was read from.

    >>> from licheng import Figure
    >>> output = Indicator("output_value", Figure("36.7", "亿元"), "2025H1", "高端装备",
    ...                    yoy=Figure("10", "percent"))
    >>> output
    Indicator('output_value', Figure('36.7', '亿元'), Period(year=2025, start_month=1, end_month=6), '高端装备', yoy=Figure('10', 'percent'))
    >>> output.cumulative, output.figure.value
    (True, <Quantity(36.7, '亿元')>)
    >>> share = Indicator("output_value", Figure("28", "percent"), "2025H1", "现代医药",
    ...                   role="share", whole=Level("全部规上工业", "output_value"))
    >>> share.role, share.whole.name
    (<Role.SHARE: 'share'>, '全部规上工业产值')
    >>> Indicator("area", Figure("22", "亿元"), "2025H1", "济南生物医药港")
    Traceback (most recent call last):
    ...
    licheng.exceptions.ValidationError: figure.unit: measure 'area' needs a unit of [length] ** 2; '亿元' measures [currency_CNY]
    """  # noqa: E501 - a repr on one line

    measure: Measure | OtherMeasure = attrs.field(converter=_measure, validator=_measure_field)
    figure: Figure = attrs.field(validator=_is(Figure))
    period: Period | None = attrs.field(converter=_to_period, validator=_maybe(Period))
    subject: str = attrs.field(validator=_text)
    scope: Scope = attrs.field(
        default=Scope.UNSPECIFIED, converter=_scope, validator=_is(Scope), kw_only=True
    )
    accumulation: Accumulation = attrs.field(
        default=Accumulation.PERIOD,
        converter=_accumulation,
        validator=_is(Accumulation),
        kw_only=True,
    )
    label: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    label_en: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    base: str | None = attrs.field(default=None, validator=_deprecated_base, kw_only=True)
    base_en: str | None = attrs.field(default=None, validator=_deprecated_base, kw_only=True)
    yoy: Figure | None = attrs.field(default=None, validator=_maybe(Figure), kw_only=True)
    role: Role = attrs.field(
        default=attrs.Factory(_default_role, takes_self=True),
        converter=_role,
        validator=_is(Role),
        kw_only=True,
    )
    subject_kind: SubjectKind | None = attrs.field(
        default=None, converter=_subject_kind, validator=_maybe(SubjectKind), kw_only=True
    )
    basis: Basis | None = attrs.field(
        default=None, converter=_basis, validator=_maybe(Basis), kw_only=True
    )
    whole: Level | None = attrs.field(
        default=None, converter=_to_level, validator=_maybe(Level), kw_only=True
    )
    about: Level | None = attrs.field(
        default=None, converter=_to_level, validator=_maybe(Level), kw_only=True
    )
    span: tuple[int, int] | None = attrs.field(
        default=None, converter=_to_span, validator=_check_span, kw_only=True
    )
    source: Source | None = attrs.field(default=None, validator=_maybe(Source), kw_only=True)

    def __attrs_post_init__(self) -> None:
        problems = check_figure(self.measure, self.figure, "figure", self.role)
        if self.yoy is not None:
            problems += check_figure(self.measure, self.yoy, "yoy", Role.GROWTH)
        if self.whole is not None and self.role is not Role.SHARE:
            problems.append(("whole", f"only a share has a whole, not a {self.role.value}"))
        if problems:
            raise ValidationError(problems)

    __repr__ = _repr

    @property
    def cumulative(self) -> bool:
        """Whether the figure is a running total (累计): since January, or since a start.

        >>> from licheng import Figure
        >>> investment = Indicator("investment", Figure("22", "亿元"), "2025H1", "济南生物医药港",
        ...                        accumulation="to_date")
        >>> investment.cumulative, investment.period.cumulative
        (True, True)
        """
        if self.accumulation is Accumulation.TO_DATE:
            return True
        return (
            self.accumulation is Accumulation.PERIOD
            and self.period is not None
            and self.period.cumulative
        )

    @property
    def whole_name(self) -> str | None:
        """The whole of a share in Chinese: its ``whole``, or the deprecated ``base``."""
        if self.whole is not None:
            return self.whole.name
        return self.base

    @property
    def whole_name_en(self) -> str | None:
        """The whole of a share in English, where known."""
        if self.whole is not None:
            return self.whole.name_en
        return self.base_en

    def _repr_html_(self) -> str:
        return _table([self], f"{self.subject} {self.measure.zh}")


@attrs.frozen(repr=False)
class Fact:
    """A notable fact about an enterprise or project that is data, not a comment.

    >>> from licheng import Figure
    >>> Fact("1000瓦及以上激光切割装备", measure="power", figure=Figure("1000", "W", "at_least"))
    Fact('1000瓦及以上激光切割装备', measure='power', figure=Figure('1000', 'W', 'at_least'))
    """

    text: str = attrs.field(validator=_text)
    text_en: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    measure: Measure | OtherMeasure | None = attrs.field(
        default=None, converter=_measure, validator=_optional_measure, kw_only=True
    )
    figure: Figure | None = attrs.field(default=None, validator=_maybe(Figure), kw_only=True)
    source: Source | None = attrs.field(default=None, validator=_maybe(Source), kw_only=True)

    def __attrs_post_init__(self) -> None:
        if (self.measure is None) != (self.figure is None):
            msg = "a measure and a figure go together: give both or neither"
            raise ValidationError([("figure" if self.figure is None else "measure", msg)])
        if self.measure is not None and self.figure is not None:
            problems = check_figure(self.measure, self.figure, "figure")
            if problems:
                raise ValidationError(problems)

    __repr__ = _repr


_STRINGS = _tuple_of(str)


def _indicator(
    indicators: Iterable[Indicator],
    name: str,
    measure: Measure | OtherMeasure | str,
    role: Role | str,
) -> Indicator:
    if isinstance(measure, str) and measure in {Measure.SHARE.value, Measure.GROWTH.value}:
        # The deprecated measures name a role now: indicator("share") is the first share.
        wanted_role = Role(measure)
        message = f'indicator("{measure}") is deprecated: use indicator(measure, role="{measure}")'
        warnings.warn(message, DeprecationWarning, stacklevel=3)
        for indicator in indicators:
            if indicator.role is wanted_role:
                return indicator
        msg = f"{name} has no {measure} indicator"
        raise NotFoundError(msg)
    wanted = parse_measure(measure)
    wanted_role = Role(role)
    for indicator in indicators:
        if indicator.measure == wanted and indicator.role is wanted_role:
            return indicator
    shown = wanted.value if wanted_role is Role.VALUE else f"{wanted.value} {wanted_role.value}"
    msg = f"{name} has no {shown} indicator"
    raise NotFoundError(msg)
