"""A district draft from a flat list of indicators: each figure placed on what it is about."""

from __future__ import annotations

from collections.abc import Iterable

from licheng._indicator import Indicator, Source
from licheng._model import District, Enterprise, Industry, Park, Project
from licheng._vocabularies import ParkKind, SubjectKind
from licheng.exceptions import ValidationError

__all__ = ["district_from_indicators"]

# Words that end a park's name, and the kind of carrier each names.
_PARK_KINDS: tuple[tuple[str, ParkKind], ...] = (
    ("经济技术开发区", ParkKind.ECONOMIC_DEVELOPMENT_ZONE),
    ("经济开发区", ParkKind.ECONOMIC_DEVELOPMENT_ZONE),
    ("开发区", ParkKind.ECONOMIC_DEVELOPMENT_ZONE),
    ("经开区", ParkKind.ECONOMIC_DEVELOPMENT_ZONE),
    ("高新区", ParkKind.ECONOMIC_DEVELOPMENT_ZONE),
    ("科技城", ParkKind.SCIENCE_CITY),
    ("基地", ParkKind.BASE),
    ("港", ParkKind.PORT),
    ("谷", ParkKind.VALLEY),
    ("产业园", ParkKind.INDUSTRIAL_PARK),
    ("园区", ParkKind.INDUSTRIAL_PARK),
    ("园", ParkKind.INDUSTRIAL_PARK),
)
_HOLDERS = {
    SubjectKind.INDUSTRY: "industries",
    SubjectKind.PARK: "parks",
    SubjectKind.ENTERPRISE: "enterprises",
    SubjectKind.PROJECT: "projects",
}


def _park_kind(name: str) -> ParkKind:
    return next((kind for word, kind in _PARK_KINDS if name.endswith(word)), ParkKind.OTHER)


def _is_the_district(subject: str, name: str, aliases: frozenset[str]) -> bool:
    return subject == name or subject in aliases


def district_from_indicators(  # noqa: PLR0913 - the district's own descriptive fields
    indicators: Iterable[Indicator],
    *,
    name: str,
    name_en: str | None = None,
    city: str | None = None,
    province: str | None = None,
    source: Source | None = None,
    aliases: Iterable[str] = ("全区", "本区"),
) -> District:
    """A district draft: each indicator placed on the industry, park, enterprise or project it
    is about, or on the district itself.

    Indicators are grouped by subject and ``subject_kind``, in the order they come: an
    industry, park, enterprise or project is made for each subject of that kind, holding its
    indicators (a park's kind is guessed from its name: 港 a port, 谷 a valley …). A figure
    without a kind takes the kind of the first figure of the same subject that has one.
    Figures of a region, a sector, an unknown kind, or of the district itself (its ``name``,
    or one of ``aliases`` such as 全区) sit on the district. Nothing is dropped: the district
    holds every indicator given, in its ``indicators``.

    Raises:
        ValidationError: an item is not an :class:`Indicator`, or ``name`` is blank.

    >>> from licheng import Figure, Indicator, district_from_indicators
    >>> figures = [
    ...     Indicator("gdp", Figure("612.3", "亿元"), "2025H1", "历城区", subject_kind="region"),
    ...     Indicator("output_value", Figure("52.2", "亿元"), "2025H1", "现代医药",
    ...               subject_kind="industry"),
    ...     Indicator("area", Figure("40", "万平方米"), None, "济南生物医药港",
    ...               subject_kind="park", accumulation="stock"),
    ... ]
    >>> district = district_from_indicators(figures, name="历城区", city="济南市")
    >>> [industry.name for industry in district.industries], district.parks[0].kind
    (['现代医药'], <ParkKind.PORT: 'port'>)
    >>> district.indicator("gdp").figure, len(district.indicators)
    (Figure('612.3', '亿元'), 3)
    """  # noqa: D205 - the summary needs both lines
    items = tuple(indicators)
    problems = [
        (f"indicators[{index}]", f"must be an Indicator, not {type(item).__name__}")
        for index, item in enumerate(items)
        if not isinstance(item, Indicator)
    ]
    if problems:
        raise ValidationError(problems)
    known_aliases = frozenset(aliases)
    # A figure whose kind was not read goes where another figure of its subject went.
    kinds: dict[str, SubjectKind] = {}
    for indicator in items:
        if indicator.subject_kind is not None:
            kinds.setdefault(indicator.subject, indicator.subject_kind)
    own: list[Indicator] = []
    held: dict[str, dict[str, list[Indicator]]] = {group: {} for group in _HOLDERS.values()}
    for indicator in items:
        kind = indicator.subject_kind or kinds.get(indicator.subject)
        group = None if kind is None else _HOLDERS.get(kind)
        if group is None or _is_the_district(indicator.subject, name, known_aliases):
            own.append(indicator)
        else:
            held[group].setdefault(indicator.subject, []).append(indicator)
    return District(
        name,
        name_en=name_en,
        city=city,
        province=province,
        industries=[Industry(key, indicators=v) for key, v in held["industries"].items()],
        parks=[Park(key, kind=_park_kind(key), indicators=v) for key, v in held["parks"].items()],
        enterprises=[Enterprise(key, indicators=v) for key, v in held["enterprises"].items()],
        projects=[Project(key, indicators=v) for key, v in held["projects"].items()],
        indicators=own,
        source=source,
    )
