"""The one pint registry licheng uses, and cached unit look-ups."""

from __future__ import annotations

import functools
import math
import re
from decimal import Decimal
from importlib.resources import files
from typing import Any, TypeAlias

import pint
from pint.registry import Quantity as _PintQuantity
from pint.registry import Unit as _PintUnit
from pint.registry import UnitRegistry as _PintRegistry

from licheng.exceptions import UndefinedUnitError, UnitError

#: A quantity of licheng's registry (pint's quantity with float, int or Decimal magnitude).
Quantity: TypeAlias = _PintQuantity[Any]
#: A unit of licheng's registry.
Unit = _PintUnit
#: The type of licheng's registry.
UnitRegistry: TypeAlias = _PintRegistry[Any]

__all__ = [
    "Q_",
    "Quantity",
    "Unit",
    "base_factor",
    "get_unit",
    "is_count",
    "ureg",
    "use_as_application_registry",
]


def _build_registry() -> UnitRegistry:
    registry: UnitRegistry = pint.UnitRegistry(filename=None, cache_folder=None)
    definitions = files("licheng").joinpath("units.txt").read_text(encoding="utf-8")
    registry.load_definitions(definitions.splitlines())
    return registry


ureg: UnitRegistry = _build_registry()
"""The registry that every quantity licheng makes belongs to.

>>> from licheng import ureg
>>> ureg.Quantity(400, "亩").to("hectare")
<Quantity(26.6666667, 'hectare')>
"""


def _unpickle_quantity(magnitude: object, units: Any) -> Quantity:  # noqa: ANN401 - pint's UnitsContainer is untyped
    """Rebuild a pickled quantity in licheng's registry, whatever pint's application registry."""
    for name in units:
        ureg.parse_units(name)  # prefixed units (亿元) are defined when first parsed
    quantity: Quantity = ureg.Quantity(magnitude, units)
    return quantity


def _unpickle_unit(units: Any) -> Unit:  # noqa: ANN401 - pint's UnitsContainer is untyped
    for name in units:
        ureg.parse_units(name)
    return ureg.Unit(units)


def _reduce_quantity(self: Quantity) -> tuple[object, ...]:
    return _unpickle_quantity, (self.magnitude, self._units)


def _reduce_unit(self: Unit) -> tuple[object, ...]:
    return _unpickle_unit, (self._units,)


# pint unpickles into its *application* registry, which belongs to the application, not to a
# library: licheng's quantities and units (classes of this registry only) unpickle into it.
ureg.Quantity.__reduce__ = _reduce_quantity  # type: ignore[assignment,method-assign]
ureg.Unit.__reduce__ = _reduce_unit  # type: ignore[assignment,method-assign]


def use_as_application_registry() -> None:
    """Make licheng's registry pint's application registry, for libraries that need it.

    ``import licheng`` leaves pint's process-wide state alone, so a host application keeps its
    own registry and units. Some libraries (pint-pandas, ``pint.Quantity(...)`` called
    directly) look units up in the application registry; call this once, in an application
    that wants them to know 亿元 and 亩. Pickling licheng's figures and quantities works
    without it.

    >>> import pint
    >>> from licheng import ureg, use_as_application_registry
    >>> before = pint.get_application_registry().get()
    >>> use_as_application_registry()
    >>> pint.get_application_registry().get() is ureg
    True
    >>> pint.set_application_registry(before)  # the doctest leaves the process as it was
    """
    pint.set_application_registry(ureg)  # type: ignore[no-untyped-call]


#: Unit spellings each cache keeps: text from the wild may spell units in endless ways.
_CACHED = 4096

_COUNT_DIMENSIONS = frozenset(
    f"[{name}]"
    for name in (
        "enterprise",
        "container",
        "head",
        "animal",
        "sheet",
        "session",
        "train",
        "batch",
        "plant",
        "piece",
        "item",
        "person",
        "machine",
        "vehicle",
        "household",
        "building",
        "structure",
        "line",
        "case",
        "site",
        "institution",
        "vessel",
        "aircraft",
        "room",
    )
)


@functools.lru_cache(maxsize=_CACHED)
def get_unit(name: str) -> Unit:
    """Return the registry's unit for ``name``, parsing each name once.

    Raises:
        UndefinedUnitError: ``name`` is not a unit of licheng's registry.

    >>> get_unit("亿元")
    <Unit('亿元')>
    """
    if not _plain_unit_name(name):
        # pint evaluates unit expressions: keep "10**10**10" and its kin away from it.
        shown = name if len(name) <= _LONGEST else f"{name[:_LONGEST]}…"
        msg = f"unknown unit {shown!r}: too long, or a number other than a small power"
        raise UndefinedUnitError(msg)
    try:
        return ureg.Unit(name)
    # pint's reader fails in many ways on text that is no unit: UndefinedUnitError, ValueError,
    # tokenize.TokenError ("元("), even AssertionError ("元/"). Each means an unknown unit.
    except Exception as exc:
        msg = f"unknown unit {name!r}"
        raise UndefinedUnitError(msg) from exc


_LONGEST = 200
_POWER_DIGITS = 2
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]*)?")


def _plain_unit_name(name: str) -> bool:
    """A short name whose only numbers are powers of two digits at most (m**2) or a 1 over.

    pint evaluates a unit name as an expression; a name such as ``10**10**10`` would compute
    for ever.
    """
    if len(name) > _LONGEST:
        return False
    for number in _NUMBER.finditer(name):
        before = name[: number.start()].rstrip(" ")
        after = name[number.end() :].lstrip(" ")
        if before.endswith(("-", "+")):
            before = before[:-1].rstrip(" ")
        if before.endswith(("**", "^")):
            too_big = len(number.group()) > _POWER_DIGITS or "." in number.group()
            if too_big or after.startswith(("**", "^")):  # 10**10**10
                return False
        elif not (number.group() == "1" and after.startswith("/")):
            return False
    return True


def Q_(value: object, unit: str | Unit = "") -> Quantity:  # noqa: N802 - pint's own name for it
    """Make a quantity of licheng's registry.

    Unit names are parsed once and cached, so building many quantities is cheap.

    >>> Q_(52.2, "亿元").to("元")
    <Quantity(5.22e+09, '元')>
    >>> Q_(40, "万平方米").to("m**2")
    <Quantity(400000.0, 'meter ** 2')>
    """
    resolved = get_unit(unit) if isinstance(unit, str) else unit
    quantity: Quantity = ureg.Quantity(value, resolved)
    return quantity


@functools.lru_cache(maxsize=_CACHED)
def _container(name: str) -> Any:  # noqa: ANN401 - pint's UnitsContainer is untyped
    return get_unit(name)._units  # noqa: SLF001 - what a quantity in this unit stores


def _direct_construction_works() -> bool:
    """Whether a quantity built by setting its two slots equals one built by pint.

    pint's constructor checks and converts its arguments, which costs several microseconds; a
    float magnitude and a unit from this registry need none of that. This checks once, at
    import, that pint still stores exactly ``_magnitude`` and ``_units`` and converts nothing,
    so that a newer pint that does more falls back to its own constructor.
    """
    if ureg.force_ndarray or ureg.force_ndarray_like:
        return False
    reference = ureg.Quantity(1.5, get_unit("万元"))
    direct = object.__new__(ureg.Quantity)
    direct._magnitude = 1.5  # the two attributes pint's constructor sets
    direct._units = _container("万元")
    return vars(reference) == vars(direct) and direct.to("元").magnitude == reference.to("元").m


_DIRECT = _direct_construction_works()


def float_quantity(magnitude: float, unit: str) -> Quantity:
    """A new quantity of a float ``magnitude`` in the registry unit named ``unit``.

    The fast path for figures read from text: the same quantity as ``Q_(magnitude, unit)``,
    built without pint's argument checks (a float needs no conversion, the unit is looked up
    once per name). Each call returns a new quantity, so ``ito`` on it changes nothing shared.

    >>> float_quantity(52.2, "亿元")
    <Quantity(52.2, '亿元')>
    """
    if not _DIRECT:
        return Q_(magnitude, unit)
    quantity: Quantity = object.__new__(ureg.Quantity)
    quantity._magnitude = magnitude  # noqa: SLF001 - what pint's constructor sets
    quantity._units = _container(unit)  # noqa: SLF001
    return quantity


@functools.lru_cache(maxsize=_CACHED)
def base_factor(unit: str) -> tuple[Decimal, str]:
    """Return the factor that takes ``unit`` to base units, and the dimensionality.

    Factors are normalized decimals, so powers of ten stay exact (``亿`` is ``1E+8``).

    >>> base_factor("亿元")
    (Decimal('1E+8'), '[currency_CNY]')
    """
    resolved = get_unit(unit)
    try:
        factor, _ = ureg.get_base_units(resolved)
        number = float(factor)  # type: ignore[arg-type] # pint types the factor as a bare Number
    except ArithmeticError:  # 万元**99: a factor beyond floats
        number = math.inf
    if not math.isfinite(number) or number == 0:
        msg = f"unit {unit!r} is out of range"
        raise UnitError(msg)
    return Decimal(repr(number)).normalize(), str(resolved.dimensionality)


def is_count(unit: str) -> bool:
    """Whether ``unit`` counts things (家, 个, 项 …), whose figures are exact integers.

    >>> is_count("家"), is_count("亿元")
    (True, False)
    """
    return base_factor(unit)[1] in _COUNT_DIMENSIONS


def conversion_factor(from_unit: str, to_unit: str) -> Decimal:
    """Return the decimal factor that takes a magnitude in ``from_unit`` to ``to_unit``.

    Raises:
        UnitError: the two units measure different things.

    >>> conversion_factor("亿元", "万元")
    Decimal('1E+4')
    """
    source, source_dim = base_factor(from_unit)
    target, target_dim = base_factor(to_unit)
    if source_dim != target_dim:
        msg = (
            f"cannot convert {from_unit!r} ({source_dim or 'dimensionless'}) "
            f"to {to_unit!r} ({target_dim or 'dimensionless'})"
        )
        raise UnitError(msg)
    return (source / target).normalize()
