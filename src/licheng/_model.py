"""The domain model: indicators, enterprises, parks, industries and the district that holds them.

Every class is an immutable, slotted attrs value class: equal and hashable by value, changed
only through :func:`attrs.evolve`, checked at construction. Objects refer to one another by
key (their Chinese name), so one park shared by two industries is one object in the district.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any, Protocol, TypeVar

import attrs

from licheng._figures import Figure
from licheng._periods import Period
from licheng._units import conversion_factor, is_count
from licheng.exceptions import NotFoundError, ParseError, UnitError, ValidationError

__all__ = [
    "Accumulation",
    "District",
    "Enterprise",
    "EnterpriseRole",
    "Fact",
    "Indicator",
    "Industry",
    "IndustryRole",
    "Measure",
    "Park",
    "ParkKind",
    "Project",
    "ProjectKind",
    "Scope",
    "Source",
    "Term",
]

_E = TypeVar("_E", bound=Enum)
_T = TypeVar("_T")


# -- vocabularies ---------------------------------------------------------------------------


class _Bilingual(StrEnum):
    """A StrEnum whose members carry a Chinese and an English label."""

    @property
    def zh(self) -> str:
        """The Chinese label."""
        return _LABELS[self][0]

    @property
    def en(self) -> str:
        """The English label."""
        return _LABELS[self][1]


class Measure(_Bilingual):
    """What an indicator measures; the measure fixes the dimension of its figure.

    >>> Measure("output_value").zh, Measure.OUTPUT_VALUE.en
    ('产值', 'output value')
    >>> Measure.AREA.dimension
    '[length] ** 2'
    """

    OUTPUT_VALUE = "output_value"
    GROSS_OUTPUT = "gross_output"
    VALUE_ADDED = "value_added"
    REVENUE = "revenue"
    INVESTMENT = "investment"
    ENTERPRISE_COUNT = "enterprise_count"
    FACILITY_COUNT = "facility_count"
    AREA = "area"
    COMPUTING_POWER = "computing_power"
    POWER = "power"
    DURATION = "duration"
    SHARE = "share"
    GROWTH = "growth"

    @property
    def dimension(self) -> str:
        """The dimension a figure of this measure must have, in words pint would use."""
        return _DIMENSIONS[self][0]

    def accepts(self, dimensionality: str) -> bool:
        """Whether a figure of ``dimensionality`` can measure this.

        >>> Measure.INVESTMENT.accepts("[currency_CNY]")
        True
        >>> Measure.INVESTMENT.accepts("[length] ** 2")
        False
        """
        return _DIMENSIONS[self][1](dimensionality)


class Scope(_Bilingual):
    """Which units a statistic covers.

    >>> Scope("above_designated_size").zh
    '规上'
    """

    UNSPECIFIED = "unspecified"
    ABOVE_DESIGNATED_SIZE = "above_designated_size"
    ALL = "all"


class Accumulation(_Bilingual):
    """How a figure accumulates over time.

    ``period``: a flow over the indicator's period (上半年累计完成产值: January to June);
    ``to_date``: a running total since a project or park began (累计投资);
    ``stock``: a level at the end of the period (enterprises settled, area, computing power).

    >>> Accumulation.TO_DATE.zh
    '累计至今'
    """

    PERIOD = "period"
    TO_DATE = "to_date"
    STOCK = "stock"


class IndustryRole(_Bilingual):
    """An industry's place in a district's line-up.

    >>> IndustryRole.EMERGING.zh
    '新兴产业'
    """

    LEADING = "leading"
    EMERGING = "emerging"
    FUTURE = "future"


class ParkKind(_Bilingual):
    """What kind of carrier a park is.

    >>> ParkKind("port").zh
    '港'
    """

    ECONOMIC_DEVELOPMENT_ZONE = "economic_development_zone"
    INDUSTRIAL_PARK = "industrial_park"
    BASE = "base"
    PORT = "port"
    VALLEY = "valley"
    SCIENCE_CITY = "science_city"
    OTHER = "other"


class EnterpriseRole(_Bilingual):
    """The part an enterprise plays in a district's story.

    >>> EnterpriseRole.LEADER.zh
    '龙头'
    """

    LEADER = "leader"
    INTRODUCED = "introduced"
    LOCAL = "local"
    FAST_GROWING = "fast_growing"
    SETTLED = "settled"
    KEY = "key"
    PARTNER = "partner"
    INVESTEE = "investee"


class ProjectKind(_Bilingual):
    """What kind of project, facility or platform a district names.

    >>> ProjectKind.RESEARCH_BASE.en
    'research base'
    """

    PROJECT = "project"
    DIGITAL_FACTORY = "digital_factory"
    MANUFACTURING_BASE = "manufacturing_base"
    RESEARCH_BASE = "research_base"
    COMPUTING_CENTRE = "computing_centre"
    PLATFORM = "platform"


_LABELS: dict[Enum, tuple[str, str]] = {
    Measure.OUTPUT_VALUE: ("产值", "output value"),
    Measure.GROSS_OUTPUT: ("总产值", "gross output"),
    Measure.VALUE_ADDED: ("增加值", "value added"),
    Measure.REVENUE: ("营业收入", "revenue"),
    Measure.INVESTMENT: ("投资", "investment"),
    Measure.ENTERPRISE_COUNT: ("企业数", "number of enterprises"),
    Measure.FACILITY_COUNT: ("设施数", "number of facilities"),
    Measure.AREA: ("面积", "area"),
    Measure.COMPUTING_POWER: ("算力", "computing power"),
    Measure.POWER: ("功率", "power"),
    Measure.DURATION: ("持续时间", "duration"),
    Measure.SHARE: ("占比", "share"),
    Measure.GROWTH: ("增长", "growth"),
    Scope.UNSPECIFIED: ("未说明", "unspecified"),
    Scope.ABOVE_DESIGNATED_SIZE: ("规上", "above designated size"),
    Scope.ALL: ("全部", "all"),
    Accumulation.PERIOD: ("期内", "over the period"),
    Accumulation.TO_DATE: ("累计至今", "cumulative to date"),
    Accumulation.STOCK: ("期末", "at the end of the period"),
    IndustryRole.LEADING: ("主导产业", "leading industry"),
    IndustryRole.EMERGING: ("新兴产业", "emerging industry"),
    IndustryRole.FUTURE: ("未来产业", "future industry"),
    ParkKind.ECONOMIC_DEVELOPMENT_ZONE: ("经济开发区", "economic development zone"),
    ParkKind.INDUSTRIAL_PARK: ("产业园", "industrial park"),
    ParkKind.BASE: ("基地", "base"),
    ParkKind.PORT: ("港", "port"),
    ParkKind.VALLEY: ("谷", "valley"),
    ParkKind.SCIENCE_CITY: ("科技城", "science city"),
    ParkKind.OTHER: ("其他", "other"),
    EnterpriseRole.LEADER: ("龙头", "leader"),
    EnterpriseRole.INTRODUCED: ("引进", "introduced"),
    EnterpriseRole.LOCAL: ("本土", "local"),
    EnterpriseRole.FAST_GROWING: ("快速成长", "fast-growing"),
    EnterpriseRole.SETTLED: ("入驻", "settled"),
    EnterpriseRole.KEY: ("重点", "key"),
    EnterpriseRole.PARTNER: ("战略合作", "strategic partner"),
    EnterpriseRole.INVESTEE: ("基金投资", "fund investee"),
    ProjectKind.PROJECT: ("项目", "project"),
    ProjectKind.DIGITAL_FACTORY: ("数智工厂", "digital factory"),
    ProjectKind.MANUFACTURING_BASE: ("制造基地", "manufacturing base"),
    ProjectKind.RESEARCH_BASE: ("研发平台", "research base"),
    ProjectKind.COMPUTING_CENTRE: ("算力中心", "computing centre"),
    ProjectKind.PLATFORM: ("平台", "platform"),
}

_MONEY = re.compile(r"\[currency_[A-Z]+\]")


def _money(dimensionality: str) -> bool:
    return _MONEY.fullmatch(dimensionality) is not None


def _exactly(expected: str) -> Callable[[str], bool]:
    return lambda dimensionality: dimensionality == expected


_BASE_DIMENSION = re.compile(r"\[(\w+)\]")


def _a_count(dimensionality: str) -> bool:
    # Every count dimension of units.txt is named after its base unit: [enterprise] ↔ enterprise.
    match = _BASE_DIMENSION.fullmatch(dimensionality)
    if match is None:
        return False
    try:
        return is_count(match[1])
    except UnitError:
        return False


_DIMENSIONS: dict[Measure, tuple[str, Callable[[str], bool]]] = {
    Measure.OUTPUT_VALUE: ("money ([currency_*])", _money),
    Measure.GROSS_OUTPUT: ("money ([currency_*])", _money),
    Measure.VALUE_ADDED: ("money ([currency_*])", _money),
    Measure.REVENUE: ("money ([currency_*])", _money),
    Measure.INVESTMENT: ("money ([currency_*])", _money),
    Measure.ENTERPRISE_COUNT: ("a count (家, 个 …)", _a_count),
    Measure.FACILITY_COUNT: ("a count (个, 座 …)", _a_count),
    Measure.AREA: ("[length] ** 2", _exactly("[length] ** 2")),
    Measure.COMPUTING_POWER: ("[computing]", _exactly("[computing]")),
    Measure.POWER: ("[power]", _exactly("[power]")),
    Measure.DURATION: ("[time]", _exactly("[time]")),
    Measure.SHARE: ("dimensionless (percent)", _exactly("dimensionless")),
    Measure.GROWTH: ("dimensionless (percent)", _exactly("dimensionless")),
}

_HUNDRED = Decimal(100)


def _check_figure(measure: Measure, figure: Figure, path: str) -> list[tuple[str, str]]:
    """Every way ``figure`` does not fit ``measure``, as ``(path, message)`` pairs."""
    dimensionality = figure.dimensionality
    if not measure.accepts(dimensionality):
        message = (
            f"measure {measure.value!r} needs a unit of {measure.dimension}; "
            f"{figure.unit!r} measures {dimensionality or 'dimensionless'}"
        )
        return [(f"{path}.unit", message)]
    problems: list[tuple[str, str]] = []
    if measure not in {Measure.GROWTH, Measure.SHARE} and figure.magnitude < 0:
        problems.append((f"{path}.magnitude", f"a {measure.value} cannot be negative"))
    if measure is Measure.SHARE:
        percent = figure.magnitude * conversion_factor(figure.unit, "percent")
        if not 0 <= percent <= _HUNDRED:
            problems.append((f"{path}.magnitude", f"a share must lie in 0–100%, not {percent}%"))
    return problems


# -- field helpers --------------------------------------------------------------------------


def _enum_value(enum: type[_E], value: object) -> object:
    """A lenient conversion: a valid value string becomes the member, anything else stays.

    The field's validator then rejects what is left, naming the field.
    """
    if isinstance(value, str) and not isinstance(value, enum):
        try:
            return enum(value)
        except ValueError:
            return value
    return value


def _tuple_with(value: object, element: Callable[[object], object]) -> object:
    """A lenient conversion: a list or tuple becomes a tuple, its elements converted."""
    if isinstance(value, list | tuple):
        return tuple(element(item) for item in value)
    return value


def _same(value: object) -> object:
    return value


# Named converters: the attrs mypy plugin reads the type a field accepts from them.


def _tuple(value: object) -> object:
    return _tuple_with(value, _same)


def _measure(value: object) -> object:
    return _enum_value(Measure, value)


def _scope(value: object) -> object:
    return _enum_value(Scope, value)


def _accumulation(value: object) -> object:
    return _enum_value(Accumulation, value)


def _park_kind(value: object) -> object:
    return _enum_value(ParkKind, value)


def _project_kind(value: object) -> object:
    return _enum_value(ProjectKind, value)


def _enterprise_roles(value: object) -> object:
    return _tuple_with(value, lambda item: _enum_value(EnterpriseRole, item))


def _industry_roles(value: object) -> object:
    return _tuple_with(value, lambda item: _enum_value(IndustryRole, item))


def _terms(value: object) -> object:
    return _tuple_with(value, _to_term)


def _to_period(value: object) -> object:
    if isinstance(value, str):
        try:
            return Period.parse(value)
        except ParseError:
            return value
    return value


def _describe(value: object) -> str:
    return f"{value!r} ({type(value).__name__})"


def _problem(expected: type | tuple[type, ...], value: object) -> str:
    if isinstance(expected, type) and issubclass(expected, Enum):
        names = ", ".join(str(member.value) for member in expected)
        return f"unknown {expected.__name__} {value!r}; expected one of {names}"
    names = (
        " or ".join(t.__name__ for t in expected)
        if isinstance(expected, tuple)
        else expected.__name__
    )
    return f"must be {names}, not {_describe(value)}"


def _fits(expected: type | tuple[type, ...], value: object) -> bool:
    if isinstance(value, bool) and expected is not bool:
        return False
    return isinstance(value, expected)


def _is(expected: type | tuple[type, ...]) -> _Validator:
    """A validator: the value is an instance of ``expected``, or a ValidationError names it."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        del instance
        if not _fits(expected, value):
            raise ValidationError([(attribute.alias or attribute.name, _problem(expected, value))])

    return check


_Validator = Callable[[object, "attrs.Attribute[Any]", Any], None]


def _maybe(expected: type | tuple[type, ...]) -> _Validator:
    """A validator: ``None`` or an instance of ``expected``."""
    check = _is(expected)

    def check_optional(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            check(instance, attribute, value)

    return check_optional


def _text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: a non-blank string."""
    del instance
    name = attribute.alias or attribute.name
    if not isinstance(value, str):
        raise ValidationError([(name, _problem(str, value))])
    if not value.strip():
        raise ValidationError([(name, "must not be blank")])


def _tuple_of(
    expected: type | tuple[type, ...],
) -> Callable[[object, attrs.Attribute[Any], Any], None]:
    """A validator: a tuple whose every element is an ``expected``; names each bad index."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        del instance
        name = attribute.alias or attribute.name
        if not isinstance(value, tuple):
            raise ValidationError([(name, f"must be a list, not {_describe(value)}")])
        problems = [
            (f"{name}[{index}]", _problem(expected, item))
            for index, item in enumerate(value)
            if not _fits(expected, item)
        ]
        problems += [
            (f"{name}[{index}]", "must not be blank")
            for index, item in enumerate(value)
            if isinstance(item, str) and not item.strip()
        ]
        if problems:
            raise ValidationError(problems)

    return check


def _show(value: object) -> str:
    if isinstance(value, Enum):
        return repr(value.value)
    if isinstance(value, tuple):
        inner = ", ".join(_show(item) for item in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    return repr(value)


def _repr(self: attrs.AttrsInstance) -> str:
    """``Class(positional, keyword=...)``, leaving out keywords at their defaults."""
    parts: list[str] = []
    for field in attrs.fields(type(self)):
        value = getattr(self, field.name)
        if not field.kw_only:
            parts.append(_show(value))
            continue
        # Every keyword field here has a plain default (None, () or an enum member).
        if value != field.default:
            parts.append(f"{field.alias}={_show(value)}")
    return f"{type(self).__name__}({', '.join(parts)})"


def _named(items: Iterable[_T], name: str, kind: str) -> _T:
    """The first item whose ``name`` or ``name_en`` is ``name``."""
    folded = name.strip().casefold()
    for item in items:
        english = getattr(item, "name_en", None)
        if getattr(item, "name", None) == name.strip() or (
            english is not None and english.casefold() == folded
        ):
            return item
    msg = f"no {kind} named {name!r}"
    raise NotFoundError(msg)


def _table(rows: Iterable[Indicator], caption: str) -> str:
    """A compact, escaped HTML table of indicators."""
    head = "".join(
        f"<th>{html.escape(title)}</th>"
        for title in (
            "对象 subject",
            "指标 measure",
            "数值 value",
            "限定 qualifier",
            "区间 bounds",
            "期间 period",
        )
    )
    body = "".join(
        "<tr>"
        + "".join(
            f"<td>{html.escape(cell)}</td>"
            for cell in (
                row.subject,
                f"{row.measure.zh} {row.measure.en}"
                + (f"（{row.label}）" if row.label is not None else ""),
                _amount(row.figure.magnitude, row.figure.unit),
                row.figure.qualifier.value,
                _bounds(row.figure),
                str(row.period),
            )
        )
        + "</tr>"
        for row in rows
    )
    return (
        f"<table><caption>{html.escape(caption)}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _amount(value: object, unit: str) -> str:
    """52.2亿元, 28%, 2300 PFLOPS: a number with its unit as a reader writes it."""
    if unit == "percent":
        return f"{value}%"
    if unit[:1].isascii():
        return f"{value} {unit}".rstrip()
    return f"{value}{unit}"


def _bounds(figure: Figure) -> str:
    low, high = figure.low_magnitude, figure.high_magnitude
    if low == high:
        return ""
    return f"[{'-∞' if low is None else low}, {'∞' if high is None else high}]"


def _title(name: str, name_en: str | None) -> str:
    return name if name_en is None else f"{name} {name_en}"


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


@attrs.frozen(repr=False)
class Indicator:
    """One published statistic: what is measured, its figure, period, subject and source.

    ``subject`` is the key (Chinese name) of what the figure describes: an industry, a park,
    an enterprise or the district. The measure fixes the figure's dimension.

    >>> from licheng import Figure
    >>> output = Indicator("output_value", Figure("36.7", "亿元"), "2025H1", "高端装备",
    ...                    yoy=Figure("10", "percent"))
    >>> output
    Indicator('output_value', Figure('36.7', '亿元'), Period(year=2025, start_month=1, end_month=6), '高端装备', yoy=Figure('10', 'percent'))
    >>> output.cumulative, output.figure.value
    (True, <Quantity(36.7, '亿元')>)
    >>> Indicator("area", Figure("22", "亿元"), "2025H1", "济南生物医药港")
    Traceback (most recent call last):
    ...
    licheng.exceptions.ValidationError: figure.unit: measure 'area' needs a unit of [length] ** 2; '亿元' measures [currency_CNY]
    """  # noqa: E501 - a repr on one line

    measure: Measure = attrs.field(converter=_measure, validator=_is(Measure))
    figure: Figure = attrs.field(validator=_is(Figure))
    period: Period = attrs.field(converter=_to_period, validator=_is(Period))
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
    base: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    base_en: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    yoy: Figure | None = attrs.field(default=None, validator=_maybe(Figure), kw_only=True)
    source: Source | None = attrs.field(default=None, validator=_maybe(Source), kw_only=True)

    def __attrs_post_init__(self) -> None:
        problems = _check_figure(self.measure, self.figure, "figure")
        if self.yoy is not None:
            problems += _check_figure(Measure.GROWTH, self.yoy, "yoy")
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
        return self.accumulation is Accumulation.PERIOD and self.period.cumulative

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
    measure: Measure | None = attrs.field(
        default=None, converter=_measure, validator=_maybe(Measure), kw_only=True
    )
    figure: Figure | None = attrs.field(default=None, validator=_maybe(Figure), kw_only=True)
    source: Source | None = attrs.field(default=None, validator=_maybe(Source), kw_only=True)

    def __attrs_post_init__(self) -> None:
        if (self.measure is None) != (self.figure is None):
            msg = "a measure and a figure go together: give both or neither"
            raise ValidationError([("figure" if self.figure is None else "measure", msg)])
        if self.measure is not None and self.figure is not None:
            problems = _check_figure(self.measure, self.figure, "figure")
            if problems:
                raise ValidationError(problems)

    __repr__ = _repr


_STRINGS = _tuple_of(str)


def _indicator(self: Industry | Park | Enterprise, measure: Measure | str) -> Indicator:
    wanted = Measure(measure)
    for indicator in self.indicators:
        if indicator.measure is wanted:
            return indicator
    msg = f"{self.name} has no {wanted.value} indicator"
    raise NotFoundError(msg)


@attrs.frozen(repr=False)
class Enterprise:
    """An enterprise, its roles, and the industries and parks it belongs to (by key).

    >>> Enterprise("邦德激光", name_en="Bond Laser", industries=["高端装备"])
    Enterprise('邦德激光', name_en='Bond Laser', industries=('高端装备',))
    """

    name: str = attrs.field(validator=_text)
    name_en: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    roles: tuple[EnterpriseRole, ...] = attrs.field(
        default=(),
        converter=_enterprise_roles,
        validator=_tuple_of(EnterpriseRole),
        kw_only=True,
    )
    description: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    industries: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_STRINGS, kw_only=True
    )
    parks: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_STRINGS, kw_only=True
    )
    facts: tuple[Fact, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(Fact), kw_only=True
    )
    indicators: tuple[Indicator, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(Indicator), kw_only=True
    )

    __repr__ = _repr

    def indicator(self, measure: Measure | str) -> Indicator:
        """The first indicator of ``measure``.

        Raises:
            NotFoundError: there is none.
        """
        return _indicator(self, measure)


@attrs.frozen(repr=False)
class Project:
    """A project, factory, research base, computing centre or platform a district names.

    >>> Project("济南晶谷研究院", kind="research_base")
    Project('济南晶谷研究院', kind='research_base')
    """

    name: str = attrs.field(validator=_text)
    name_en: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    kind: ProjectKind = attrs.field(
        default=ProjectKind.PROJECT,
        converter=_project_kind,
        validator=_is(ProjectKind),
        kw_only=True,
    )
    park: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    enterprises: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_STRINGS, kw_only=True
    )
    features: tuple[Term, ...] = attrs.field(
        default=(), converter=_terms, validator=_tuple_of(Term), kw_only=True
    )

    __repr__ = _repr


@attrs.frozen(repr=False)
class Park:
    """A carrier of industry: a development zone, industrial park, base, port, valley or city.

    ``host`` is the key of the park it sits in; ``enterprises`` the keys of those settled.

    >>> from licheng import Figure
    >>> park = Park("济南智能传感器产业园", kind="industrial_park", host="济南超算科技城",
    ...             indicators=[Indicator("area", Figure.odd(400, "亩"), "2025H1",
    ...                                   "济南智能传感器产业园", accumulation="stock")])
    >>> park.indicator("area").figure
    Figure('400', '亩', 'more_than', high='500')
    """

    name: str = attrs.field(validator=_text)
    name_en: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    kind: ParkKind = attrs.field(
        default=ParkKind.INDUSTRIAL_PARK,
        converter=_park_kind,
        validator=_is(ParkKind),
        kw_only=True,
    )
    host: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    focus: tuple[Term, ...] = attrs.field(
        default=(), converter=_terms, validator=_tuple_of(Term), kw_only=True
    )
    enterprises: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_STRINGS, kw_only=True
    )
    indicators: tuple[Indicator, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(Indicator), kw_only=True
    )

    __repr__ = _repr

    def indicator(self, measure: Measure | str) -> Indicator:
        """The first indicator of ``measure``.

        Raises:
            NotFoundError: there is none.
        """
        return _indicator(self, measure)


def _check_lineup(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    del instance
    if value is not None and not isinstance(value, str):
        raise ValidationError([(attribute.name, _problem(str, value))])


@attrs.frozen(repr=False)
class Industry:
    """An industry of the district: its roles, focus links, and what belongs to it (by key).

    >>> from licheng import Figure
    >>> medicine = Industry("现代医药", name_en="modern medicine", roles=["leading"],
    ...     indicators=[Indicator("output_value", Figure("52.2", "亿元"), "2025H1", "现代医药")])
    >>> medicine.indicator("output_value").figure.value
    <Quantity(52.2, '亿元')>
    """

    name: str = attrs.field(validator=_text)
    name_en: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    roles: tuple[IndustryRole, ...] = attrs.field(
        default=(),
        converter=_industry_roles,
        validator=_tuple_of(IndustryRole),
        kw_only=True,
    )
    lineup: str | None = attrs.field(default=None, validator=_check_lineup, kw_only=True)
    headline: Term | None = attrs.field(
        default=None, converter=_to_term, validator=_maybe(Term), kw_only=True
    )
    focus: tuple[Term, ...] = attrs.field(
        default=(), converter=_terms, validator=_tuple_of(Term), kw_only=True
    )
    parks: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_STRINGS, kw_only=True
    )
    enterprises: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_STRINGS, kw_only=True
    )
    projects: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple, validator=_STRINGS, kw_only=True
    )
    indicators: tuple[Indicator, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(Indicator), kw_only=True
    )

    __repr__ = _repr

    def indicator(self, measure: Measure | str) -> Indicator:
        """The first indicator of ``measure``.

        Raises:
            NotFoundError: there is none.
        """
        return _indicator(self, measure)

    def _repr_html_(self) -> str:
        return _table(self.indicators, _title(self.name, self.name_en))


class _Printer(Protocol):
    """The part of IPython's pretty printer that ``_repr_pretty_`` uses."""

    def text(self, text: str) -> None:
        """Write ``text``."""


def _duplicates(names: Iterable[str], path: str) -> Iterator[tuple[str, str]]:
    seen: set[str] = set()
    for index, name in enumerate(names):
        if name in seen:
            yield f"{path}[{index}].name", f"duplicate name {name!r}"
        seen.add(name)


@attrs.frozen(repr=False)
class District:
    """A district: its industries, parks, enterprises and projects, referring to each other by key.

    Construction checks that names are unique and that every key refers to something the
    district holds; one :class:`~licheng.exceptions.ValidationError` lists every fault.

    >>> import licheng
    >>> district = licheng.datasets.licheng_2025h1()
    >>> district.industry("现代医药").indicator("output_value").figure
    Figure('52.2', '亿元')
    >>> district.park("Jinan Intelligent Sensor Industrial Park").host
    '济南超算科技城'
    >>> len(district.indicators) > 10
    True
    """

    name: str = attrs.field(validator=_text)
    name_en: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    city: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    city_en: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    province: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    province_en: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    main_platform: str | None = attrs.field(default=None, validator=_maybe(str), kw_only=True)
    lineup: str | None = attrs.field(default=None, validator=_check_lineup, kw_only=True)
    approach: tuple[Term, ...] = attrs.field(
        default=(), converter=_terms, validator=_tuple_of(Term), kw_only=True
    )
    plan: Term | None = attrs.field(
        default=None, converter=_to_term, validator=_maybe(Term), kw_only=True
    )
    directions: tuple[Term, ...] = attrs.field(
        default=(), converter=_terms, validator=_tuple_of(Term), kw_only=True
    )
    industries: tuple[Industry, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(Industry), kw_only=True
    )
    parks: tuple[Park, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(Park), kw_only=True
    )
    enterprises: tuple[Enterprise, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(Enterprise), kw_only=True
    )
    projects: tuple[Project, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(Project), kw_only=True
    )
    source: Source | None = attrs.field(default=None, validator=_maybe(Source), kw_only=True)

    def __attrs_post_init__(self) -> None:
        problems = self._problems()
        if problems:
            raise ValidationError(problems)

    def _problems(self) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        industries = {item.name for item in self.industries}
        parks = {item.name for item in self.parks}
        enterprises = {item.name for item in self.enterprises}
        projects = {item.name for item in self.projects}
        subjects = industries | parks | enterprises | projects | {self.name}
        for group, path in (
            (self.industries, "industries"),
            (self.parks, "parks"),
            (self.enterprises, "enterprises"),
            (self.projects, "projects"),
        ):
            problems.extend(_duplicates((item.name for item in group), path))

        def refer(keys: Iterable[str | None], known: set[str], path: str, kind: str) -> None:
            problems.extend(
                (f"{path}[{index}]" if path.endswith("s") else path, f"unknown {kind} {key!r}")
                for index, key in enumerate(keys)
                if key is not None and key not in known
            )

        refer([self.main_platform], parks, "main_platform", "park")
        for i, industry in enumerate(self.industries):
            refer(industry.parks, parks, f"industries[{i}].parks", "park")
            refer(industry.enterprises, enterprises, f"industries[{i}].enterprises", "enterprise")
            refer(industry.projects, projects, f"industries[{i}].projects", "project")
        for i, park in enumerate(self.parks):
            refer([park.host], parks, f"parks[{i}].host", "park")
            refer(park.enterprises, enterprises, f"parks[{i}].enterprises", "enterprise")
        for i, enterprise in enumerate(self.enterprises):
            refer(enterprise.industries, industries, f"enterprises[{i}].industries", "industry")
            refer(enterprise.parks, parks, f"enterprises[{i}].parks", "park")
        for i, project in enumerate(self.projects):
            refer([project.park], parks, f"projects[{i}].park", "park")
            refer(project.enterprises, enterprises, f"projects[{i}].enterprises", "enterprise")
        for path, indicator in self._placed_indicators():
            if indicator.subject not in subjects:
                problems.append((f"{path}.subject", f"unknown subject {indicator.subject!r}"))
        problems.extend(self._asymmetries())
        return problems

    def _asymmetries(self) -> Iterator[tuple[str, str]]:
        """Links that one side states and the other does not (enterprise ↔ industry, park)."""
        known = {enterprise.name for enterprise in self.enterprises}
        in_industry = {(e, i.name) for i in self.industries for e in i.enterprises}
        in_park = {(e, p.name) for p in self.parks for e in p.enterprises}
        for i, enterprise in enumerate(self.enterprises):
            for j, name in enumerate(enterprise.industries):
                if (enterprise.name, name) not in in_industry:
                    msg = f"industry {name!r} does not list enterprise {enterprise.name!r}"
                    yield f"enterprises[{i}].industries[{j}]", msg
            for j, name in enumerate(enterprise.parks):
                if (enterprise.name, name) not in in_park:
                    msg = f"park {name!r} does not list enterprise {enterprise.name!r}"
                    yield f"enterprises[{i}].parks[{j}]", msg
        stated_industry = {(e.name, i) for e in self.enterprises for i in e.industries}
        stated_park = {(e.name, p) for e in self.enterprises for p in e.parks}
        for i, industry in enumerate(self.industries):
            for j, name in enumerate(industry.enterprises):
                if name in known and (name, industry.name) not in stated_industry:
                    msg = f"enterprise {name!r} does not list industry {industry.name!r}"
                    yield f"industries[{i}].enterprises[{j}]", msg
        for i, park in enumerate(self.parks):
            for j, name in enumerate(park.enterprises):
                if name in known and (name, park.name) not in stated_park:
                    msg = f"enterprise {name!r} does not list park {park.name!r}"
                    yield f"parks[{i}].enterprises[{j}]", msg

    def _placed_indicators(self) -> Iterator[tuple[str, Indicator]]:
        groups: tuple[tuple[tuple[Industry | Park | Enterprise, ...], str], ...] = (
            (self.industries, "industries"),
            (self.parks, "parks"),
            (self.enterprises, "enterprises"),
        )
        for group, path in groups:
            for i, holder in enumerate(group):
                for j, indicator in enumerate(holder.indicators):
                    yield f"{path}[{i}].indicators[{j}]", indicator

    __repr__ = _repr

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        """Every indicator the district holds: its industries', parks' and enterprises'."""
        return tuple(indicator for _, indicator in self._placed_indicators())

    def industry(self, name: str) -> Industry:
        """The industry named ``name``, in Chinese or English.

        Raises:
            NotFoundError: the district has no such industry.

        >>> import licheng
        >>> licheng.datasets.licheng_2025h1().industry("integrated circuits").name
        '集成电路'
        """
        return _named(self.industries, name, "industry")

    def park(self, name: str) -> Park:
        """The park named ``name``, in Chinese or English.

        Raises:
            NotFoundError: the district has no such park.
        """
        return _named(self.parks, name, "park")

    def enterprise(self, name: str) -> Enterprise:
        """The enterprise named ``name``, in Chinese or English.

        Raises:
            NotFoundError: the district has no such enterprise.

        >>> import licheng
        >>> licheng.datasets.licheng_2025h1().enterprise("Bond Laser").facts[0].figure
        Figure('1000', 'W', 'at_least')
        """
        return _named(self.enterprises, name, "enterprise")

    def project(self, name: str) -> Project:
        """The project named ``name``, in Chinese or English.

        Raises:
            NotFoundError: the district has no such project.
        """
        return _named(self.projects, name, "project")

    def _repr_html_(self) -> str:
        caption = _title(self.name, self.name_en)
        if self.city is not None:
            caption += f" · {_title(self.city, self.city_en)}"
        return _table(self.indicators, caption)

    def _repr_pretty_(self, printer: _Printer, cycle: bool) -> None:  # noqa: FBT001 - IPython's API
        if cycle:
            printer.text("District(...)")
            return
        printer.text(
            f"District({self.name!r}, industries={len(self.industries)}, "
            f"parks={len(self.parks)}, enterprises={len(self.enterprises)}, "
            f"projects={len(self.projects)}, indicators={len(self.indicators)})"
        )
