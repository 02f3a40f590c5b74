"""The model's vocabularies: measures, scopes, kinds and roles, each member with its labels.

Every vocabulary is a :class:`~enum.StrEnum` whose members carry their own Chinese and English
labels (``Measure.GDP.zh``, ``Measure.GDP.en``), so adding a member cannot forget a label. A
measure outside :class:`Measure` is kept as its Chinese word in an :class:`OtherMeasure`.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Self

import attrs

from licheng._roles import Basis, Role
from licheng._units import is_count
from licheng.exceptions import ParseError, UnitError, ValidationError

if TYPE_CHECKING:
    from licheng._figures import Figure

__all__ = [
    "Accumulation",
    "Basis",
    "EnterpriseRole",
    "IndustryRole",
    "Measure",
    "OtherMeasure",
    "ParkKind",
    "ProjectKind",
    "Role",
    "Scope",
    "SubjectKind",
    "parse_measure",
]


class _Bilingual(StrEnum):
    """A StrEnum whose members carry a Chinese and an English label.

    A member is written ``CODE = "code", "中文", "English"``; its value is the code alone.
    """

    _zh: str
    _en: str

    def __new__(cls, value: str, zh: str = "", en: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        # Enum's own protocol: a member is built here, its labels set on it before it is sealed.
        member._zh = zh  # noqa: SLF001
        member._en = en  # noqa: SLF001
        return member

    @property
    def zh(self) -> str:
        """The Chinese label."""
        return self._zh

    @property
    def en(self) -> str:
        """The English label."""
        return self._en


class Measure(_Bilingual):
    """What an indicator measures; the measure fixes the dimension of its figure.

    The codes are those of the reading schema (``measures.md``); a measure outside them is an
    :class:`OtherMeasure`. What kind of number a figure is (a level, a share, a growth rate) is
    the indicator's ``role``, not its measure: a share of output value has measure
    ``output_value`` and role ``share``. ``SHARE`` and ``GROWTH`` are deprecated.

    >>> Measure("output_value").zh, Measure.OUTPUT_VALUE.en
    ('产值', 'output value')
    >>> Measure.GDP.zh, Measure.GDP.code
    ('地区生产总值', 'gdp')
    >>> Measure.AREA.dimension
    '[length] ** 2'
    """

    GDP = "gdp", "地区生产总值", "gross domestic product"
    VALUE_ADDED = "value_added", "增加值", "value added"
    OUTPUT_VALUE = "output_value", "产值", "output value"
    GROSS_OUTPUT = "gross_output", "总产值", "gross output"
    REVENUE = "revenue", "营业收入", "revenue"
    PROFIT = "profit", "利润总额", "total profits"
    TAX = "tax", "税收", "tax revenue"
    FISCAL_REVENUE = "fiscal_revenue", "一般公共预算收入", "general public budget revenue"
    FISCAL_EXPENDITURE = (
        "fiscal_expenditure",
        "一般公共预算支出",
        "general public budget expenditure",
    )
    INVESTMENT = "investment", "投资", "investment"
    FIXED_ASSET_INVESTMENT = "fixed_asset_investment", "固定资产投资", "fixed-asset investment"
    RETAIL_SALES = "retail_sales", "社会消费品零售总额", "total retail sales of consumer goods"
    TRADE = "trade", "进出口总额", "total imports and exports"
    EXPORTS = "exports", "出口", "exports"
    IMPORTS = "imports", "进口", "imports"
    FOREIGN_CAPITAL = "foreign_capital", "实际使用外资", "foreign capital actually used"
    ENTERPRISE_COUNT = "enterprise_count", "企业数", "number of enterprises"
    PROJECT_COUNT = "project_count", "项目数", "number of projects"
    FACILITY_COUNT = "facility_count", "设施数", "number of facilities"
    AREA = "area", "面积", "area"
    COMPUTING_POWER = "computing_power", "算力", "computing power"
    POWER = "power", "功率", "power"
    POWER_CAPACITY = "power_capacity", "装机容量", "installed capacity"
    ELECTRICITY = "electricity", "用电量", "electricity consumption"
    PRODUCTION_VOLUME = "production_volume", "产量", "output volume"
    EMPLOYMENT = "employment", "就业", "employment"
    POPULATION = "population", "人口", "population"
    INCOME = "income", "居民人均可支配收入", "per capita disposable income"
    PRICES = "prices", "价格", "prices"
    PATENTS = "patents", "专利", "patents"
    DURATION = "duration", "持续时间", "duration"
    SHARE = "share", "占比", "share"
    """Deprecated: use the measure of the whole with ``role="share"``."""
    GROWTH = "growth", "增长", "growth"
    """Deprecated: use the measure that grows with ``role="growth"``."""

    @property
    def code(self) -> str:
        """The code of the reading schema, as JSON writes it (``"gdp"``)."""
        return self.value

    @property
    def deprecated(self) -> bool:
        """Whether the member is kept only to load old data (``share``, ``growth``)."""
        return self in _DEPRECATED

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


_DEPRECATED = frozenset({Measure.SHARE, Measure.GROWTH})
_OTHER = "other:"


def _word(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    del instance
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        msg = f"must be a non-blank word without surrounding spaces, not {value!r}"
        raise ValidationError([(attribute.name, msg)])


@attrs.frozen
class OtherMeasure:
    """A measure outside :class:`Measure`, kept as the Chinese word the text uses.

    It stands wherever a :class:`Measure` does; its code is ``other:<word>`` and it accepts a
    figure of any unit.

    >>> measure = OtherMeasure("研发经费")
    >>> measure
    OtherMeasure(word='研发经费')
    >>> measure.code, measure.zh, measure.accepts("[currency_CNY]")
    ('other:研发经费', '研发经费', True)
    """

    word: str = attrs.field(validator=_word)

    @property
    def code(self) -> str:
        """``other:<word>``, as JSON writes it."""
        return f"{_OTHER}{self.word}"

    @property
    def value(self) -> str:
        """The code, as for a :class:`Measure` member."""
        return self.code

    @property
    def zh(self) -> str:
        """The Chinese word."""
        return self.word

    @property
    def en(self) -> str:
        """No English is known: the Chinese word."""
        return self.word

    @property
    def deprecated(self) -> bool:
        """Never deprecated."""
        return False

    @property
    def dimension(self) -> str:
        """Any dimension."""
        return "any unit"

    def accepts(self, dimensionality: str) -> bool:
        """Any figure can measure a measure licheng does not know."""
        del dimensionality
        return True

    def __str__(self) -> str:
        return self.code


def parse_measure(code: str | Measure | OtherMeasure) -> Measure | OtherMeasure:
    """The measure a code names: a :class:`Measure` member, or ``other:<word>``.

    Raises:
        ParseError: the code names no measure.

    >>> parse_measure("gdp")
    <Measure.GDP: 'gdp'>
    >>> parse_measure("other:研发经费")
    OtherMeasure(word='研发经费')
    >>> parse_measure("gpd")
    Traceback (most recent call last):
    ...
    licheng.exceptions.ParseError: unknown measure; expected a code of Measure or other:<word> at position 0 in 'gpd'
    """  # noqa: E501 - an error message on one line
    return lookup_measure(code, stacklevel=4)


def lookup_measure(
    code: str | Measure | OtherMeasure, *, stacklevel: int
) -> Measure | OtherMeasure:
    """:func:`parse_measure`, warning ``stacklevel`` frames up of a deprecated code."""
    if isinstance(code, Measure | OtherMeasure):
        return code
    if code.startswith(_OTHER):
        word = code.removeprefix(_OTHER)
        try:
            return OtherMeasure(word)
        except ValidationError:
            msg = "other: needs a word"
            raise ParseError(msg, text=code, position=len(_OTHER)) from None
    try:
        measure = Measure(code)
    except ValueError:
        msg = "unknown measure; expected a code of Measure or other:<word>"
        raise ParseError(msg, text=code, position=0) from None
    if measure.deprecated:
        warn_deprecated_measure(measure, stacklevel=stacklevel)
    return measure


def warn_deprecated_measure(measure: Measure, *, stacklevel: int) -> None:
    """Warn that ``share`` or ``growth`` is used as a measure."""
    message = (
        f"measure {measure.value!r} is deprecated: give the measure of what is shared or "
        f'grows and role="{measure.value}" (a share of output value is '
        f'measure "output_value", role "share")'
    )
    warnings.warn(message, DeprecationWarning, stacklevel=stacklevel)


class Scope(_Bilingual):
    """Which units a statistic covers.

    >>> Scope("above_designated_size").zh
    '规上'
    """

    UNSPECIFIED = "unspecified", "未说明", "unspecified"
    ABOVE_DESIGNATED_SIZE = "above_designated_size", "规上", "above designated size"
    ALL = "all", "全部", "all"


class Accumulation(_Bilingual):
    """How a figure accumulates over time.

    ``period``: a flow over the indicator's period (上半年累计完成产值: January to June);
    ``to_date``: a running total since a project or park began (累计投资);
    ``stock``: a level at the end of the period (enterprises settled, area, computing power).

    >>> Accumulation.TO_DATE.zh
    '累计至今'
    """

    PERIOD = "period", "期内", "over the period"
    TO_DATE = "to_date", "累计至今", "cumulative to date"
    STOCK = "stock", "期末", "at the end of the period"


class SubjectKind(_Bilingual):
    """What kind of thing an indicator's subject is.

    ``sector`` is a statistical aggregate (规上工业, 服务业, 第二产业); ``industry`` a named
    industry, chain or segment.

    >>> SubjectKind("park").zh, SubjectKind.SECTOR.en
    ('园区', 'sector')
    """

    REGION = "region", "地区", "region"
    SECTOR = "sector", "门类", "sector"
    INDUSTRY = "industry", "产业", "industry"
    PARK = "park", "园区", "park"
    ENTERPRISE = "enterprise", "企业", "enterprise"
    PROJECT = "project", "项目", "project"
    OTHER = "other", "其他", "other"


class IndustryRole(_Bilingual):
    """An industry's place in a district's line-up.

    >>> IndustryRole.EMERGING.zh
    '新兴产业'
    """

    LEADING = "leading", "主导产业", "leading industry"
    EMERGING = "emerging", "新兴产业", "emerging industry"
    FUTURE = "future", "未来产业", "future industry"


class ParkKind(_Bilingual):
    """What kind of carrier a park is.

    >>> ParkKind("port").zh
    '港'
    """

    ECONOMIC_DEVELOPMENT_ZONE = (
        "economic_development_zone",
        "经济开发区",
        "economic development zone",
    )
    INDUSTRIAL_PARK = "industrial_park", "产业园", "industrial park"
    BASE = "base", "基地", "base"
    PORT = "port", "港", "port"
    VALLEY = "valley", "谷", "valley"
    SCIENCE_CITY = "science_city", "科技城", "science city"
    OTHER = "other", "其他", "other"


class EnterpriseRole(_Bilingual):
    """The part an enterprise plays in a district's story.

    >>> EnterpriseRole.LEADER.zh
    '龙头'
    """

    LEADER = "leader", "龙头", "leader"
    INTRODUCED = "introduced", "引进", "introduced"
    LOCAL = "local", "本土", "local"
    FAST_GROWING = "fast_growing", "快速成长", "fast-growing"
    SETTLED = "settled", "入驻", "settled"
    KEY = "key", "重点", "key"
    PARTNER = "partner", "战略合作", "strategic partner"
    INVESTEE = "investee", "基金投资", "fund investee"


class ProjectKind(_Bilingual):
    """What kind of project, facility or platform a district names.

    >>> ProjectKind.RESEARCH_BASE.en
    'research base'
    """

    PROJECT = "project", "项目", "project"
    DIGITAL_FACTORY = "digital_factory", "数智工厂", "digital factory"
    MANUFACTURING_BASE = "manufacturing_base", "制造基地", "manufacturing base"
    RESEARCH_BASE = "research_base", "研发平台", "research base"
    COMPUTING_CENTRE = "computing_centre", "算力中心", "computing centre"
    PLATFORM = "platform", "平台", "platform"


# -- what each measure's figure must be -----------------------------------------------------

_MONEY = re.compile(r"\[currency_[A-Z]+\]")
_MONEY_PER_HEAD = re.compile(r"\[currency_[A-Z]+\] / \[person\]")


def _money(dimensionality: str) -> bool:
    return _MONEY.fullmatch(dimensionality) is not None


def _income(dimensionality: str) -> bool:
    return _money(dimensionality) or _MONEY_PER_HEAD.fullmatch(dimensionality) is not None


def _exactly(expected: str) -> Callable[[str], bool]:
    return lambda dimensionality: dimensionality == expected


def _anything(dimensionality: str) -> bool:
    del dimensionality
    return True


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


_A_MONEY = ("money ([currency_*])", _money)
_A_COUNT = ("a count (家, 个, 人 …)", _a_count)
_A_RATIO = ("dimensionless (percent)", _exactly("dimensionless"))

_DIMENSIONS: dict[Measure, tuple[str, Callable[[str], bool]]] = {
    Measure.GDP: _A_MONEY,
    Measure.VALUE_ADDED: _A_MONEY,
    Measure.OUTPUT_VALUE: _A_MONEY,
    Measure.GROSS_OUTPUT: _A_MONEY,
    Measure.REVENUE: _A_MONEY,
    Measure.PROFIT: _A_MONEY,
    Measure.TAX: _A_MONEY,
    Measure.FISCAL_REVENUE: _A_MONEY,
    Measure.FISCAL_EXPENDITURE: _A_MONEY,
    Measure.INVESTMENT: _A_MONEY,
    Measure.FIXED_ASSET_INVESTMENT: _A_MONEY,
    Measure.RETAIL_SALES: _A_MONEY,
    Measure.TRADE: _A_MONEY,
    Measure.EXPORTS: _A_MONEY,
    Measure.IMPORTS: _A_MONEY,
    Measure.FOREIGN_CAPITAL: _A_MONEY,
    Measure.ENTERPRISE_COUNT: _A_COUNT,
    Measure.PROJECT_COUNT: _A_COUNT,
    Measure.FACILITY_COUNT: _A_COUNT,
    Measure.AREA: ("[length] ** 2", _exactly("[length] ** 2")),
    Measure.COMPUTING_POWER: ("[computing]", _exactly("[computing]")),
    Measure.POWER: ("[power]", _exactly("[power]")),
    Measure.POWER_CAPACITY: ("[power]", _exactly("[power]")),
    Measure.ELECTRICITY: ("[power] * [time]", _exactly("[power] * [time]")),
    Measure.PRODUCTION_VOLUME: ("any unit", _anything),
    Measure.EMPLOYMENT: _A_COUNT,
    Measure.POPULATION: _A_COUNT,
    Measure.INCOME: ("money, or money per person", _income),
    Measure.PRICES: _A_RATIO,
    Measure.PATENTS: _A_COUNT,
    Measure.DURATION: ("[time]", _exactly("[time]")),
    Measure.SHARE: _A_RATIO,
    Measure.GROWTH: _A_RATIO,
}

# Measures whose level may be below zero: profits (losses), and what licheng does not know.
_SIGNED = frozenset({Measure.PROFIT, Measure.GROWTH, Measure.PRICES})
_CHANGES = frozenset({Role.GROWTH, Role.CHANGE_PP})  # roles whose figures may be negative


def check_figure(
    measure: Measure | OtherMeasure, figure: Figure, path: str, role: Role = Role.VALUE
) -> list[tuple[str, str]]:
    """Every way ``figure`` does not fit ``measure`` in ``role``, as ``(path, message)`` pairs.

    A level (role ``value``) takes the measure's dimension; a share or a growth rate is
    dimensionless (percent, or a plain ratio); a change in percentage points is in
    percentage points.
    """
    dimensionality = figure.dimensionality
    if role is Role.VALUE:
        fits = measure.accepts(dimensionality)
    elif role is Role.CHANGE_PP:
        fits = dimensionality == "[percentage_point]"
    else:
        fits = dimensionality == "dimensionless"
    if not fits:  # the message is worded only for a figure that does not fit
        if role is Role.VALUE:
            needed, expected = f"measure {measure.value!r} needs", measure.dimension
        elif role is Role.CHANGE_PP:
            needed, expected = "a change_pp needs", "percentage points (个百分点)"
        else:
            needed, expected = f"a {role.value} needs", "dimensionless (percent)"
        message = (
            f"{needed} a unit of {expected}; "
            f"{figure.unit!r} measures {dimensionality or 'dimensionless'}"
        )
        return [(f"{path}.unit", message)]
    problems: list[tuple[str, str]] = []
    signed = role in _CHANGES or measure in _SIGNED
    known = not isinstance(measure, OtherMeasure)
    if role is Role.VALUE and not signed and known and figure.magnitude < 0:
        problems.append((f"{path}.magnitude", f"a {measure.value} cannot be negative"))
    # A share may pass 100%: a plan fulfilled beyond itself (占年计划的107.56%, 完成率121.6%),
    # a part that grew while the rest shrank (贡献率134.4%). Shares of one whole that add up
    # above 100% are ``check``'s finding, not an invalid figure.
    if role is Role.SHARE and figure.magnitude < 0:
        problems.append((f"{path}.magnitude", "a share cannot be negative"))
    return problems
