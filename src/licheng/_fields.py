"""The model's field helpers: lenient converters, validators that name the field, the repr.

Converters turn JSON-ish input (strings, lists) into the field's type where they can and leave
anything else for the validator, which raises a ValidationError naming the field.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from licheng._periods import Period
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
    lookup_measure,
    warn_deprecated_measure,
)
from licheng.exceptions import NotFoundError, ParseError, ValidationError

if TYPE_CHECKING:
    from licheng._figures import Figure
    from licheng._model import Indicator

_E = TypeVar("_E", bound=Enum)
_T = TypeVar("_T")


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
    """A code string becomes its measure (``other:<word>`` an OtherMeasure); else unchanged."""
    if isinstance(value, str) and not isinstance(value, Measure):
        try:
            return lookup_measure(value, stacklevel=5)  # the caller of the constructor
        except ParseError:
            return value
    if isinstance(value, Measure) and value.deprecated:
        warn_deprecated_measure(value, stacklevel=4)
    return value


def _subject_kind(value: object) -> object:
    return _enum_value(SubjectKind, value)


def _role(value: object) -> object:
    return _enum_value(Role, value)


def _basis(value: object) -> object:
    return _enum_value(Basis, value)


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
    if isinstance(value, OtherMeasure):
        return repr(value.code)
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
        # A keyword field has a plain default (None, () or an enum member) or one that
        # follows another field (an indicator's role follows a deprecated measure).
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory(self) if default.takes_self else default.factory()
        if value != default:
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
                + ("" if row.role is Role.VALUE else f" · {row.role.value}")
                + (f"（{row.label}）" if row.label is not None else ""),
                _amount(row.figure.magnitude, row.figure.unit),
                row.figure.qualifier.value,
                _bounds(row.figure),
                "" if row.period is None else str(row.period),
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
