"""The domain model: indicators, enterprises, parks, industries and the district that holds them.

Every class is an immutable, slotted attrs value class: equal and hashable by value, changed
only through :func:`attrs.evolve`, checked at construction. Objects refer to one another by
key (their Chinese name), so one park shared by two industries is one object in the district.
The vocabularies (measures, scopes, kinds) live in ``_vocabularies``, the field helpers in
``_fields``; both are re-exported here for code that imported them from ``licheng._model``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol

import attrs

from licheng._fields import (
    _enterprise_roles,
    _industry_roles,
    _is,
    _maybe,
    _named,
    _park_kind,
    _problem,
    _project_kind,
    _repr,
    _table,
    _text,
    _title,
    _tuple,
    _tuple_of,
)
from licheng._indicator import (
    _STRINGS,
    Fact,
    Indicator,
    Level,
    Source,
    Term,
    _indicator,
    _terms,
    _to_term,
)
from licheng._vocabularies import (
    Accumulation,
    Basis,
    EnterpriseRole,
    IndustryRole,
    Measure,
    OtherMeasure,
    ParkKind,
    ProjectKind,
    Role,
    Scope,
    SubjectKind,
    parse_measure,
)
from licheng.exceptions import ValidationError

__all__ = [
    "Accumulation",
    "Basis",
    "District",
    "Enterprise",
    "EnterpriseRole",
    "Fact",
    "Indicator",
    "Industry",
    "IndustryRole",
    "Level",
    "Measure",
    "OtherMeasure",
    "Park",
    "ParkKind",
    "Project",
    "ProjectKind",
    "Role",
    "Scope",
    "Source",
    "SubjectKind",
    "Term",
    "parse_measure",
]


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

    def indicator(
        self, measure: Measure | OtherMeasure | str, *, role: Role | str = Role.VALUE
    ) -> Indicator:
        """The first indicator of ``measure`` in ``role`` (a level by default).

        Raises:
            NotFoundError: there is none.
            ParseError: ``measure`` is not a measure code.
        """
        return _indicator(self.indicators, self.name, measure, role)


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
    indicators: tuple[Indicator, ...] = attrs.field(
        default=(), converter=_tuple, validator=_tuple_of(Indicator), kw_only=True
    )

    __repr__ = _repr

    def indicator(
        self, measure: Measure | OtherMeasure | str, *, role: Role | str = Role.VALUE
    ) -> Indicator:
        """The first indicator of ``measure`` in ``role`` (a level by default).

        Raises:
            NotFoundError: there is none.
            ParseError: ``measure`` is not a measure code.
        """
        return _indicator(self.indicators, self.name, measure, role)


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

    def indicator(
        self, measure: Measure | OtherMeasure | str, *, role: Role | str = Role.VALUE
    ) -> Indicator:
        """The first indicator of ``measure`` in ``role`` (a level by default).

        Raises:
            NotFoundError: there is none.
            ParseError: ``measure`` is not a measure code.
        """
        return _indicator(self.indicators, self.name, measure, role)


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

    def indicator(
        self, measure: Measure | OtherMeasure | str, *, role: Role | str = Role.VALUE
    ) -> Indicator:
        """The first indicator of ``measure`` in ``role`` (a level by default).

        Raises:
            NotFoundError: there is none.
            ParseError: ``measure`` is not a measure code.
        """
        return _indicator(self.indicators, self.name, measure, role)

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
    own_indicators: tuple[Indicator, ...] = attrs.field(
        default=(),
        converter=_tuple,
        validator=_tuple_of(Indicator),
        kw_only=True,
        alias="indicators",
    )
    """The district's own figures (given as ``indicators=``): district-wide, of its sectors,
    or of other regions it is compared with."""
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
            if path.startswith("indicators"):
                continue  # the district's own figures may be of a sector or another region
            if indicator.subject not in subjects:
                problems.append((f"{path}.subject", f"unknown subject {indicator.subject!r}"))
        problems.extend(self._asymmetries())
        return problems

    def _asymmetries(self) -> Iterator[tuple[str, str]]:  # noqa: C901 - four links, both ways
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
        groups: tuple[tuple[tuple[Industry | Park | Enterprise | Project, ...], str], ...] = (
            (self.industries, "industries"),
            (self.parks, "parks"),
            (self.enterprises, "enterprises"),
            (self.projects, "projects"),
        )
        for group, path in groups:
            for i, holder in enumerate(group):
                for j, indicator in enumerate(holder.indicators):
                    yield f"{path}[{i}].indicators[{j}]", indicator
        for j, indicator in enumerate(self.own_indicators):
            yield f"indicators[{j}]", indicator

    __repr__ = _repr

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        """Every indicator the district holds.

        Its industries', parks', enterprises' and projects', then its own (``own_indicators``).
        """
        return tuple(indicator for _, indicator in self._placed_indicators())

    def indicator(
        self, measure: Measure | OtherMeasure | str, *, role: Role | str = Role.VALUE
    ) -> Indicator:
        """The first of the district's own indicators of ``measure`` in ``role``.

        Raises:
            NotFoundError: there is none.

        >>> import licheng
        >>> licheng.datasets.zhangqiu_2025h1().indicator("fixed_asset_investment").figure
        Figure('64.6', '亿元')
        """
        return _indicator(self.own_indicators, self.name, measure, role)

    @property
    def names_en(self) -> dict[str, str | None]:
        """English names by Chinese name: the district's, its industries', parks',
        enterprises' and projects' (None where the data set gives none).

        >>> import licheng
        >>> licheng.datasets.licheng_2025h1().names_en["现代医药"]
        'modern medicine'
        """  # noqa: D205 - the summary needs both lines
        names: dict[str, str | None] = {self.name: self.name_en}
        for group in (self.industries, self.parks, self.enterprises, self.projects):
            names.update({item.name: item.name_en for item in group})
        return names

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
