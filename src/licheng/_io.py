"""JSON in and out through one cattrs converter, and indicators as a pandas DataFrame.

cattrs and pandas are imported on first use, so ``import licheng`` stays light. Input is
untrusted: unknown keys, wrong types, unknown units, wrong dimensions and out-of-range values
all end in one :class:`~licheng.exceptions.ValidationError` that lists every fault with its
path (``industries[2].indicators[0].figure.unit``). Nothing is evaluated or unpickled.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar, cast, get_args, get_origin

import attrs

from licheng._figures import Figure
from licheng._model import District, Indicator, Measure, OtherMeasure, Role, Term, parse_measure
from licheng._periods import Period
from licheng._qualifier import Qualifier
from licheng.exceptions import ParseError, ValidationError

if TYPE_CHECKING:
    import cattrs
    import pandas as pd

__all__ = ["from_json", "to_frame", "to_json"]

_T = TypeVar("_T")

_FIGURE_KEYS = ("value", "unit", "qualifier", "low", "high", "approximate", "derived")
_FIGURE_PATHS = {"magnitude": "value"}

# What a JSON value should have been, for error messages.
_A_STRING = "a string"
_A_WHOLE_NUMBER = "a whole number"
_A_BOOLEAN = "true or false"
_A_PERIOD = 'a period string such as "2025H1"'
_A_DATE = 'an ISO date string such as "2025-07-18"'
_AN_OBJECT = "an object"
_A_LIST = "a list"
_A_TERM = "a string or an object"
_JSON_TEXT = "JSON text"


def _kind(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    number = f"a number ({value!r})" if isinstance(value, int | float) else "?"
    return names.get(type(value), number)


def _wrong(expected: str, value: object) -> ValidationError:
    shown = repr(value) if isinstance(value, str | int | float | bool) else _kind(value)
    return ValidationError([("", f"must be {expected}, not {shown}")])


# -- structure hooks (JSON data → objects) ---------------------------------------------------


def _structure_str(value: object, _: object) -> str:
    if not isinstance(value, str):
        raise _wrong(_A_STRING, value)
    return value


def _structure_int(value: object, _: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _wrong(_A_WHOLE_NUMBER, value)
    return value


def _structure_bool(value: object, _: object) -> bool:
    if not isinstance(value, bool):
        raise _wrong(_A_BOOLEAN, value)
    return value


def _structure_period(value: object, _: object) -> Period:
    if not isinstance(value, str):
        raise _wrong(_A_PERIOD, value)
    try:
        return Period.parse(value)
    except ParseError as exc:
        raise ValidationError([("", str(exc))]) from None


def _structure_date(value: object, _: object) -> dt.date:
    if not isinstance(value, str):
        raise _wrong(_A_DATE, value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError([("", f"not an ISO date: {value!r}")]) from None


def _number(value: object, key: str, problems: list[tuple[str, str]]) -> object:
    if value is None and key in {"low", "high"}:
        return None
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    problems.append((key, f'must be a decimal string such as "52.2", not {_kind(value)}'))
    return None


def _structure_figure(value: object, _: object) -> Figure:
    if not isinstance(value, dict):
        raise _wrong(_AN_OBJECT, value)
    problems = [(key, "unknown key") for key in value if key not in _FIGURE_KEYS]
    problems += [(key, "required key missing") for key in ("value", "unit") if key not in value]
    arguments: dict[str, Any] = {}
    for key in ("value", "low", "high"):
        if key in value:
            arguments[key] = _number(value[key], key, problems)
    problems.extend(
        (key, f"must be a string, not {_kind(value[key])}")
        for key in ("unit", "qualifier")
        if key in value and not isinstance(value[key], str)
    )
    problems.extend(
        (key, f"must be true or false, not {_kind(value[key])}")
        for key in ("approximate", "derived")
        if key in value and not isinstance(value[key], bool)
    )
    if problems:
        raise ValidationError(problems)
    qualifier = value.get("qualifier", Qualifier.EXACT.value)
    options = {key: value[key] for key in ("approximate", "derived") if key in value}
    bounds = {key: arguments[key] for key in ("low", "high") if key in arguments}
    try:
        return Figure(arguments["value"], value["unit"], qualifier, **bounds, **options)
    except ValidationError as exc:
        raise ValidationError(
            [(_FIGURE_PATHS.get(path, path), message) for path, message in exc.errors]
        ) from None


def _unstructure_figure(figure: Figure) -> dict[str, object]:
    result: dict[str, object] = {
        "value": str(figure.magnitude),
        "unit": figure.unit,
        "qualifier": figure.qualifier.value,
    }
    low, high = figure.low_magnitude, figure.high_magnitude
    if figure.qualifier is Qualifier.RANGE:
        plain_low, plain_high = object(), object()
    else:
        plain = Figure(figure.magnitude, figure.unit, figure.qualifier)
        plain_low, plain_high = plain.low_magnitude, plain.high_magnitude
    if low != plain_low:
        result["low"] = None if low is None else str(low)
    if high != plain_high:
        result["high"] = None if high is None else str(high)
    if figure.approximate != (figure.qualifier is Qualifier.APPROX):
        result["approximate"] = figure.approximate
    if figure.derived:
        result["derived"] = True
    return result


def _structure_term(value: object, _: object) -> Term:
    if isinstance(value, str):
        return Term(value)
    if not isinstance(value, dict):
        raise _wrong(_A_TERM, value)
    problems = [(key, "unknown key") for key in value if key not in {"zh", "en"}]
    if "zh" not in value:
        problems.append(("zh", "required key missing"))
    problems.extend(
        (key, f"must be a string, not {_kind(value[key])}")
        for key in ("zh", "en")
        if key in value and not isinstance(value[key], str) and value[key] is not None
    )
    if problems:
        raise ValidationError(problems)
    return Term(value["zh"], value.get("en"))


def _unstructure_term(term: Term) -> object:
    return term.zh if term.en is None else {"zh": term.zh, "en": term.en}


def _is_enum(kind: object) -> bool:
    return isinstance(kind, type) and issubclass(kind, Enum)


def _enum_hook(enum: type[Enum]) -> Callable[[object, object], Enum]:
    names = ", ".join(str(member.value) for member in enum)

    def structure(value: object, _: object) -> Enum:
        if not isinstance(value, str):
            raise _wrong(_A_STRING, value)
        try:
            return enum(value)
        except ValueError:
            msg = f"unknown {enum.__name__} {value!r}; expected one of {names}"
            raise ValidationError([("", msg)]) from None

    return structure


_MEASURES = frozenset({Measure, OtherMeasure})


def _is_measure_union(kind: object) -> bool:
    arguments = set(get_args(kind))
    return OtherMeasure in arguments and arguments <= {*_MEASURES, type(None)}


def _structure_measure(value: object, _: object) -> Measure | OtherMeasure:
    if not isinstance(value, str):
        raise _wrong(_A_STRING, value)
    try:
        return parse_measure(value)
    except ParseError:
        names = ", ".join(member.value for member in Measure if not member.deprecated)
        msg = f"unknown Measure {value!r}; expected one of {names} or other:<word>"
        raise ValidationError([("", msg)]) from None


def _is_tuple(kind: object) -> bool:
    arguments = get_args(kind)
    return get_origin(kind) is tuple and len(arguments) == 2 and arguments[1] is Ellipsis  # noqa: PLR2004 - tuple[X, ...]


def _is_model(kind: object) -> bool:
    return isinstance(kind, type) and attrs.has(kind) and kind not in {Figure, Period, Term}


@functools.cache
def _converter() -> cattrs.Converter:
    """The one converter of licheng's JSON, built on first use."""
    import cattrs  # imported on first use to keep `import licheng` light
    from cattrs.cols import homogenous_tuple_structure_factory
    from cattrs.gen import make_dict_structure_fn

    converter = cattrs.Converter(
        detailed_validation=True, forbid_extra_keys=True, omit_if_default=True
    )
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(Figure, _structure_figure)
    converter.register_unstructure_hook(Figure, _unstructure_figure)
    converter.register_structure_hook(Term, _structure_term)
    converter.register_unstructure_hook(Term, _unstructure_term)
    converter.register_structure_hook(Period, _structure_period)
    converter.register_unstructure_hook(Period, str)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook_factory(_is_enum, _enum_hook)

    def tuple_factory(kind: type) -> Callable[[object, object], tuple[object, ...]]:
        inner = homogenous_tuple_structure_factory(kind, converter)
        element = get_args(kind)[0]

        def structure(value: object, target: object) -> tuple[object, ...]:
            if not isinstance(value, list):
                raise _wrong(_A_LIST, value)
            budget = _BUDGET.get()
            if budget is None:
                return inner(value, target)  # type: ignore[no-any-return]
            hook = converter.get_structure_hook(element)
            return _structure_elements(value, hook, element, budget)

        return structure

    def model_factory(kind: type) -> Callable[[object, object], object]:
        inner = cast(
            "Callable[[object, object], object]",
            make_dict_structure_fn(
                kind,
                converter,
                _cattrs_forbid_extra_keys=True,
                _cattrs_detailed_validation=True,
            ),
        )

        def structure(value: object, target: object) -> object:
            if not isinstance(value, dict):
                raise _wrong(_AN_OBJECT, value)
            return inner(value, target)

        return structure

    def measure_factory(kind: type) -> Callable[[object, object], object]:
        optional = type(None) in get_args(kind)

        def structure(value: object, target: object) -> object:
            return None if value is None and optional else _structure_measure(value, target)

        return structure

    converter.register_structure_hook_factory(_is_tuple, tuple_factory)
    converter.register_structure_hook_factory(_is_model, model_factory)
    converter.register_structure_hook_factory(_is_measure_union, measure_factory)
    converter.register_unstructure_hook(OtherMeasure, lambda measure: measure.code)
    _district_hooks(converter)
    return converter


def _district_hooks(converter: cattrs.Converter) -> None:
    """A district's own figures are ``indicators`` in JSON, as in its constructor."""
    from cattrs.gen import (  # loaded with the converter
        make_dict_structure_fn,
        make_dict_unstructure_fn,
        override,
    )

    renamed = override(rename="indicators")
    inner = cast(
        "Callable[[object, object], object]",
        make_dict_structure_fn(
            District,
            converter,
            _cattrs_forbid_extra_keys=True,
            _cattrs_detailed_validation=True,
            own_indicators=renamed,
        ),
    )

    def structure(value: object, target: object) -> object:
        if not isinstance(value, dict):
            raise _wrong(_AN_OBJECT, value)
        return inner(value, target)

    converter.register_structure_hook(District, structure)
    converter.register_unstructure_hook(
        District,
        make_dict_unstructure_fn(
            District, converter, _cattrs_omit_if_default=True, own_indicators=renamed
        ),
    )


# -- errors --------------------------------------------------------------------------------

#: The most faults ``from_json`` reports; the rest are counted, so that a document of 400,000
#: faults costs a bounded message and bounded work, not gigabytes.
MOST_FAULTS = 50

#: Faults found so far by the ``from_json`` call running in this context (``None`` outside).
_BUDGET: ContextVar[list[int] | None] = ContextVar("licheng_fault_budget", default=None)


_UNCHECKED = "not checked: too many faults before them"


class _ElementFaults(Exception):  # noqa: N818 - private carrier, never escapes from_json
    """Faults of a list's elements, by index, and how many elements went unchecked."""

    def __init__(self, faults: list[tuple[int, BaseException]], unchecked: int) -> None:
        super().__init__(f"{len(faults)} faulty elements")
        self.faults = faults
        self.unchecked = unchecked


def _structure_elements(
    items: list[object],
    hook: Callable[[object, object], object],
    element: object,
    budget: list[int],
) -> tuple[object, ...]:
    """A list's elements one by one; once the document has too many faults, stop checking."""
    results: list[object] = []
    faults: list[tuple[int, BaseException]] = []
    for index, item in enumerate(items):
        if budget[0] >= MOST_FAULTS:
            raise _ElementFaults(faults, len(items) - index)
        try:
            results.append(hook(item, element))
        except Exception as exc:  # noqa: BLE001 - every fault of an element is reported
            budget[0] += 1
            faults.append((index, exc))
    if faults:
        raise _ElementFaults(faults, 0)
    return tuple(results)


def _join(path: str, step: str) -> str:
    if not step:
        return path
    if not path or step.startswith("["):
        return f"{path}{step}"
    return f"{path}.{step}"


def _json_path(path: str) -> str:
    # A figure's magnitude is its "value" key in JSON.
    head, dot, last = path.rpartition(".")
    return f"{head}.value" if dot and last == "magnitude" else path


_JSON_KEYS = {"own_indicators": "indicators"}


def _collect(error: BaseException, path: str, into: list[tuple[str, str]]) -> None:  # noqa: C901, PLR0912 - one case per cattrs error
    """Flatten cattrs' nested validation errors into ``(path, message)`` pairs."""
    from cattrs.errors import (  # cattrs is loaded by now
        ClassValidationError,
        ForbiddenExtraKeysError,
        IterableValidationError,
    )

    if isinstance(error, ValidationError):
        into.extend((_json_path(_join(path, where)), message) for where, message in error.errors)
    elif isinstance(error, _ElementFaults):
        for index, inner in error.faults:
            _collect(inner, _join(path, f"[{index}]"), into)
        if error.unchecked:
            into.append((path, f"{error.unchecked} more elements {_UNCHECKED}"))
    elif isinstance(error, IterableValidationError):
        indexed, plain = error.group_exceptions()
        for inner, note in indexed:
            _collect(inner, _join(path, f"[{note.index}]"), into)
        for inner in plain:
            _collect(inner, path, into)
    elif isinstance(error, ClassValidationError):
        named, plain = error.group_exceptions()
        for inner, attribute in named:
            # The JSON key is the constructor's name for the field (a district's own
            # figures are its "indicators").
            _collect(inner, _join(path, _JSON_KEYS.get(attribute.name, attribute.name)), into)
        for inner in plain:
            _collect(inner, path, into)
    elif isinstance(error, ForbiddenExtraKeysError):
        into.extend((_join(path, key), "unknown key") for key in sorted(error.extra_fields))
    elif isinstance(error, KeyError):
        into.append((path, "required key missing"))
    else:
        into.append((path, str(error) or type(error).__name__))


# -- JSON ----------------------------------------------------------------------------------


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            msg = f"duplicate key {key!r}"
            raise ValueError(msg)
        result[key] = value
    return result


def _no_constant(name: str) -> object:
    msg = f"{name} is not a number JSON allows"
    raise ValueError(msg)


def _parse(text: str | bytes) -> object:
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValidationError([("", f"not UTF-8 text: {exc.reason}")]) from None
    if not isinstance(text, str):
        raise _wrong(_JSON_TEXT, text)
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        msg = f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        raise ValidationError([("", msg)]) from None
    except ValueError as exc:
        raise ValidationError([("", f"not valid JSON: {exc}")]) from None
    except RecursionError:
        raise ValidationError([("", "not valid JSON: nested too deeply")]) from None


_WIDTH = 100


def _dumps(data: object, indent: int, level: int = 0) -> str:
    """JSON with short containers on one line, so that a figure reads as one line."""
    inline = json.dumps(data, ensure_ascii=False)
    if not isinstance(data, dict | list) or len(inline) + indent * level <= _WIDTH - 12:
        return inline
    inner = " " * (indent * (level + 1))
    if isinstance(data, dict):
        items = [
            f"{inner}{json.dumps(key, ensure_ascii=False)}: {_dumps(value, indent, level + 1)}"
            for key, value in data.items()
        ]
        opening, closing = "{", "}"
    else:
        items = [f"{inner}{_dumps(value, indent, level + 1)}" for value in data]
        opening, closing = "[", "]"
    if not items:
        return inline
    return opening + "\n" + ",\n".join(items) + "\n" + " " * (indent * level) + closing


def to_json(obj: object, *, indent: int | None = 2) -> str:
    """Write a model object (a district, an indicator, a figure …) as JSON text.

    Decimals are strings, so written precision survives; fields at their defaults are left
    out, so the text stays short enough to edit by hand.

    >>> import licheng
    >>> print(licheng.to_json(licheng.Figure.odd(400, "亩"), indent=None))
    {"value": "400", "unit": "亩", "qualifier": "more_than", "high": "500"}
    """
    data = _converter().unstructure(obj)
    if indent is None:
        return json.dumps(data, ensure_ascii=False)
    return _dumps(data, indent)


def from_json(text: str | bytes, cls: type[_T]) -> _T:
    """Read an object of ``cls`` from JSON text, checking everything.

    Raises:
        ValidationError: the text is not valid JSON or not a valid ``cls`` (or ``cls`` is not
            a type licheng reads); its ``errors`` list the faults with their paths, the first
            ``MOST_FAULTS`` (50) of them and then how many more.

    >>> import licheng
    >>> licheng.from_json('{"value": "52.2", "unit": "亿元"}', licheng.Figure)
    Figure('52.2', '亿元')
    >>> licheng.from_json('{"value": 52.2, "unit": "斤", "colour": "red"}', licheng.Figure)
    Traceback (most recent call last):
    ...
    licheng.exceptions.ValidationError: colour: unknown key
    value: must be a decimal string such as "52.2", not a number (52.2)
    """
    from cattrs.errors import (  # loaded with the converter
        BaseValidationError,
        StructureHandlerNotFoundError,
    )

    data = _parse(text)
    converter = _converter()
    token = _BUDGET.set([0])
    try:
        return converter.structure(data, cls)
    except (BaseValidationError, _ElementFaults) as exc:
        problems: list[tuple[str, str]] = []
        _collect(exc, "", problems)
        raise ValidationError(_bounded(problems)) from None
    except StructureHandlerNotFoundError:
        msg = f"licheng cannot read a {getattr(cls, '__name__', cls)!r} from JSON"
        raise ValidationError([("", msg)]) from None
    finally:
        _BUDGET.reset(token)


def _bounded(problems: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The first ``MOST_FAULTS`` problems, a count of the rest, and what went unchecked."""
    unchecked = [problem for problem in problems if problem[1].endswith(_UNCHECKED)]
    faults = [problem for problem in problems if not problem[1].endswith(_UNCHECKED)]
    if len(faults) > MOST_FAULTS:
        rest = len(faults) - MOST_FAULTS
        faults = [*faults[:MOST_FAULTS], ("", f"and {rest} more faults")]
    return faults + unchecked[:MOST_FAULTS]


# -- pandas --------------------------------------------------------------------------------

_COLUMNS = (
    "subject",
    "measure",
    "period",
    "value",
    "unit",
    "qualifier",
    "low",
    "high",
    "scope",
    "accumulation",
    "label",
    "yoy_percent",
    "source",
    "role",
)


def to_frame(
    district: District | Indicator | tuple[Indicator, ...] | list[Indicator],
    *,
    units: Mapping[Measure | str, str] | None = None,
) -> pd.DataFrame:
    """One row per indicator, ready for ``groupby`` and plotting (needs ``licheng[pandas]``).

    ``value``, ``low`` and ``high`` are floats in the row's ``unit``: the unit as written, or
    the one ``units`` names for the indicator's measure. Missing bounds are ``NaN``.

    Raises:
        ImportError: pandas is not installed.
        UnitError: a unit in ``units`` does not fit its measure.

    >>> import licheng
    >>> frame = licheng.to_frame(licheng.datasets.licheng_2025h1(), units={"area": "hectare"})
    >>> areas = frame[frame.measure == "area"]
    >>> areas.subject.tolist(), areas.value.round(2).tolist(), areas.high.round(2).tolist()
    (['济南生物医药港', '济南智能传感器产业园'], [40.0, 26.67], [40.5, 33.33])
    >>> frame.groupby("measure").size()["enterprise_count"]
    np.int64(6)
    """
    try:
        import pandas as pd  # pandas is an optional extra
    except ImportError as exc:
        msg = 'to_frame needs pandas: pip install "licheng[pandas]"'
        raise ImportError(msg) from exc

    if isinstance(district, District):
        indicators: tuple[Indicator, ...] = district.indicators
    elif isinstance(district, Indicator):
        indicators = (district,)
    else:
        indicators = tuple(district)
    targets = {parse_measure(measure): unit for measure, unit in (units or {}).items()}
    nan = float("nan")

    def as_float(value: object) -> float:
        return nan if value is None else float(value)  # type: ignore[arg-type]

    rows = []
    for indicator in indicators:
        figure = indicator.figure
        # A share or a rate of an output value stays in percent.
        target = targets.get(indicator.measure) if indicator.role is Role.VALUE else None
        if target is not None:
            figure = figure.to(target)
        source = indicator.source
        rows.append(
            (
                indicator.subject,
                indicator.measure.value,
                None if indicator.period is None else str(indicator.period),
                float(figure.magnitude),
                figure.unit,
                figure.qualifier.value,
                as_float(figure.low_magnitude),
                as_float(figure.high_magnitude),
                indicator.scope.value,
                indicator.accumulation.value,
                indicator.label,
                None if indicator.yoy is None else float(indicator.yoy.to("percent").magnitude),
                None if source is None else (source.quote or source.publisher),
                indicator.role.value,
            )
        )
    return pd.DataFrame.from_records(rows, columns=list(_COLUMNS))
