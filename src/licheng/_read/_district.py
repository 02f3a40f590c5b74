"""A District draft from read indicators: each holder the text names, with its figures."""

from __future__ import annotations

from collections.abc import Iterable

from licheng._model import District, Enterprise, Indicator, Industry, Park, Project, SubjectKind

__all__ = ["district_from_indicators", "place_fields"]


def place_fields(place: str | None) -> dict[str, object]:
    """The name, city and province a place such as "历城区 / 济南市 / 山东省" gives."""
    parts = [part.strip() for part in (place or "").split("/") if part.strip()]
    fields: dict[str, object] = {"name": parts[0] if parts else "全区"}
    for part in parts[1:]:
        if part.endswith(("省", "自治区")) or part in {"台湾", "臺灣", "香港", "澳门"}:
            fields.setdefault("province", part)
        elif part.endswith("市"):
            fields.setdefault("city", part)
    return fields


def district_from_indicators(
    indicators: Iterable[Indicator], name: str, **fields: object
) -> District:
    """A District draft that holds the indicators, grouped by their subjects.

    Industries, parks, enterprises and projects get their own figures; figures of the region,
    its sectors and other groups stay on the district.
    ``fields`` go to :class:`licheng.District` as they are (``city``, ``province`` …).
    """
    held: dict[tuple[SubjectKind, str], list[Indicator]] = {}
    own: list[Indicator] = []
    for indicator in indicators:
        kind = indicator.subject_kind
        if kind in {SubjectKind.INDUSTRY, SubjectKind.PARK, SubjectKind.ENTERPRISE} or (
            kind is SubjectKind.PROJECT
        ):
            held.setdefault((kind, indicator.subject), []).append(indicator)
        else:
            own.append(indicator)
    taken: set[str] = {name}
    groups: dict[SubjectKind, list[tuple[str, tuple[Indicator, ...]]]] = {}
    for (kind, subject), items in held.items():
        if subject in taken:
            own.extend(items)  # one name, two kinds: the first holder keeps it
            continue
        taken.add(subject)
        groups.setdefault(kind, []).append((subject, tuple(items)))
    return District(
        name,
        industries=[Industry(n, indicators=i) for n, i in groups.get(SubjectKind.INDUSTRY, [])],
        parks=[Park(n, indicators=i) for n, i in groups.get(SubjectKind.PARK, [])],
        enterprises=[
            Enterprise(n, indicators=i) for n, i in groups.get(SubjectKind.ENTERPRISE, [])
        ],
        projects=[Project(n, indicators=i) for n, i in groups.get(SubjectKind.PROJECT, [])],
        indicators=own,
        **fields,  # type: ignore[arg-type]
    )
