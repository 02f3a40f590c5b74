"""Many figures of one unit as numpy arrays, and the metrics on them without a loop per row.

numpy is an optional dependency (the ``numpy`` extra): this module imports it only when an
array is made or a metric runs on one, so ``import licheng`` never loads it.

The arithmetic is the scalar path's (see :mod:`licheng._metrics`) in float64, with unbounded
sides as ±inf: the same limits for non-negative measures, the same errors (raised when any row
has them, naming the first), and the same results within float rounding. Bounds are rounded
outward as the scalar path's are: each float operation on a bound rounds to nearest, so every
computed lower bound is stepped down (and upper bound up) by a few units in the last place —
enough for that operation and for the rounding of a unit factor — and a written Decimal bound is
converted to the float on its outer side. The bounds therefore hold the exact interval image.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

import attrs
import pint

from licheng._figures import Figure, to_decimal
from licheng._qualifier import Qualifier
from licheng._units import conversion_factor, get_unit
from licheng.exceptions import DivisionByZeroError, UnitError, ValidationError

if TYPE_CHECKING:
    from collections.abc import Iterable

    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]
    BoolArray = npt.NDArray[np.bool_]

__all__ = ["FigureArray"]


def _numpy() -> Any:  # noqa: ANN401 - the numpy module, imported on first use
    try:
        import numpy as np  # noqa: PLC0415 - numpy is optional and loaded on first use
    except ImportError as exc:  # pragma: no cover - numpy is in the test environment
        msg = "FigureArray needs numpy: pip install 'licheng[numpy]'"
        raise ImportError(msg) from exc
    return np


#: Units in the last place a computed bound is stepped outward: an operation rounds by at most
#: half of one, the float of a unit factor (0.01 for percent) by half of one more.
_ULPS = 2
#: numpy's log and exp are accurate to a few units in the last place, not correctly rounded.
_TRANSCENDENTAL_ULPS = 8


def _down(value: FloatArray, ulps: int = _ULPS) -> FloatArray:
    """``value`` stepped ``ulps`` floats towards -inf; an exact 0 and ±inf stay."""
    np = _numpy()
    stepped = value
    for _ in range(ulps):
        stepped = np.nextafter(stepped, -np.inf)
    result: FloatArray = np.where(value == 0, value, stepped)
    return result


def _up(value: FloatArray, ulps: int = _ULPS) -> FloatArray:
    """``value`` stepped ``ulps`` floats towards +inf; an exact 0 and ±inf stay."""
    np = _numpy()
    stepped = value
    for _ in range(ulps):
        stepped = np.nextafter(stepped, np.inf)
    result: FloatArray = np.where(value == 0, value, stepped)
    return result


def _float_below(value: Decimal | None) -> float:
    """The largest float at or below ``value`` (``-inf`` for no bound)."""
    if value is None:
        return float("-inf")
    result = float(value)
    if Decimal(result) > value:
        result = float(_numpy().nextafter(result, float("-inf")))
    return result


def _float_above(value: Decimal | None) -> float:
    """The smallest float at or above ``value`` (``inf`` for no bound)."""
    if value is None:
        return float("inf")
    result = float(value)
    if Decimal(result) < value:
        result = float(_numpy().nextafter(result, float("inf")))
    return result


def _frozen(array: FloatArray) -> FloatArray:
    array.flags.writeable = False
    return array


def _float_array(value: object) -> FloatArray:
    np = _numpy()
    return _frozen(np.array(value, dtype=np.float64))


def _optional_float_array(value: object) -> FloatArray | None:
    return None if value is None else _float_array(value)


def _approximate(value: object) -> bool | BoolArray:
    if isinstance(value, bool):
        return value
    np = _numpy()
    array = np.array(value)
    if array.dtype != np.bool_:
        msg = f"must be True, False or an array of booleans, not {array.dtype}"
        raise ValidationError([("approximate", msg)])
    array.flags.writeable = False
    result: BoolArray = array
    return result


def _unit_name(unit: object) -> str:
    name = f"{unit:~}" if isinstance(unit, pint.Unit) else unit
    if not isinstance(name, str):
        msg = f"unit must be a string, not {type(unit).__name__}"
        raise ValidationError([("unit", msg)])
    try:
        get_unit(name)
    except UnitError as exc:
        raise ValidationError([("unit", str(exc))]) from None
    return name


@attrs.frozen(eq=False)
class FigureArray:
    """Many figures in one unit: values and bounds as read-only float64 numpy arrays.

    The vectorised counterpart of :class:`~licheng.Figure`: ``values`` are the magnitudes in
    ``unit``, ``low`` and ``high`` their bounds (``-inf``/``inf`` where unbounded; both default
    to the values, i.e. exact), ``approximate`` a flag for all rows or one per row. The metrics
    (:func:`~licheng.share`, :func:`~licheng.implied_total` …) accept it wherever they accept a
    figure and then compute with numpy, without a Python loop per row.

    Arrays are copied in and made read-only, so a FigureArray cannot change under you.

    Examples:
        >>> import numpy as np
        >>> from licheng import FigureArray, implied_total
        >>> parts = FigureArray([52.2, 36.7], "亿元", low=[52.15, 36.65], high=[52.25, 36.75])
        >>> shares = FigureArray([28.0, 50.0], "percent", low=[27.5, 49.5], high=[28.5, np.inf])
        >>> totals = implied_total(parts, shares)
        >>> np.round(totals.values, 2), np.round(totals.low, 2), np.round(totals.high, 2)
        (array([186.43,  73.4 ]), array([182.98,  36.65]), array([190.  ,  74.24]))
        >>> totals[0]
        Figure('186.42857142857144', '亿元', low='182.98245614035076',
               high='190.00000000000009', derived=True)
    """

    values: FloatArray = attrs.field(converter=_float_array)
    unit: str = attrs.field(converter=_unit_name)
    low: FloatArray = attrs.field(default=None, kw_only=True, converter=_optional_float_array)
    high: FloatArray = attrs.field(default=None, kw_only=True, converter=_optional_float_array)
    approximate: bool | BoolArray = attrs.field(default=False, kw_only=True, converter=_approximate)
    derived: bool = attrs.field(default=False, kw_only=True)

    def __attrs_post_init__(self) -> None:
        np = _numpy()
        values = self.values
        for name in ("low", "high"):
            if getattr(self, name) is None:  # the default: exact, filled in here
                object.__setattr__(self, name, values)
        problems: list[tuple[str, str]] = []
        for name in ("low", "high", "approximate"):
            array = getattr(self, name)
            if not isinstance(array, bool) and array.shape != values.shape:
                msg = f"shape {array.shape} differs from the values' {values.shape}"
                problems.append((name, msg))
        if problems:
            raise ValidationError(problems)
        if not np.isfinite(values).all():
            problems.append(("values", "values must be finite numbers"))
        if np.isnan(self.low).any() or np.isnan(self.high).any():
            problems.append(("low", "bounds must be numbers or ±inf, not NaN"))
        elif (self.low > values).any():
            problems.append(
                ("low", f"a lower bound is above its value (row {_first(self.low > values)})")
            )
        elif (self.high < values).any():
            problems.append(
                ("high", f"an upper bound is below its value (row {_first(self.high < values)})")
            )
        derived: object = self.derived
        if not isinstance(derived, bool):
            problems.append(("derived", f"must be True or False, not {derived!r}"))
        if problems:
            raise ValidationError(problems)

    @classmethod
    def _trusted(
        cls,
        values: FloatArray,
        unit: str,
        low: FloatArray,
        high: FloatArray,
        approximate: bool | BoolArray,  # noqa: FBT001 - private constructor, positional on purpose
    ) -> Self:
        """A derived array from arrays this module made: no copies, no validation."""
        array = cls.__new__(cls)
        for name, value in (("values", values), ("low", low), ("high", high)):
            object.__setattr__(array, name, _frozen(value))
        object.__setattr__(array, "unit", unit)
        object.__setattr__(array, "approximate", approximate)
        object.__setattr__(array, "derived", True)
        return array

    def __eq__(self, other: object) -> bool:
        """Equal when unit, values, bounds and flags are equal (a copy equals its original)."""
        if not isinstance(other, FigureArray):
            return NotImplemented
        if self is other:
            return True
        np = _numpy()
        return (
            self.unit == other.unit
            and self.values.shape == other.values.shape
            and self.derived == other.derived
            and bool(np.array_equal(self.values, other.values))
            and bool(np.array_equal(self.low, other.low))
            and bool(np.array_equal(self.high, other.high))
            and bool(np.array_equal(self.approximate, other.approximate))
        )

    def __hash__(self) -> int:
        # Equal arrays have equal bytes but for -0.0 and 0.0: hash their sum with +0.0.
        np = _numpy()
        values, low, high = (np.add(a, 0.0) for a in (self.values, self.low, self.high))
        approximate = self.approximate
        flags = approximate if isinstance(approximate, bool) else bool(np.all(approximate))
        return hash(
            (self.unit, values.shape, values.tobytes(), low.tobytes(), high.tobytes(), self.derived)
        ) ^ hash(flags)

    def __reduce__(self) -> tuple[object, ...]:
        # Unpickled arrays come back writable: rebuild through the freezing constructor.
        fields = (self.values, self.unit, self.low, self.high, self.approximate, self.derived)
        return (_rebuild, (fields,))

    @classmethod
    def from_figures(cls, figures: Iterable[Figure], unit: str | None = None) -> Self:
        """Stack figures into one array, in ``unit`` (default: the first figure's unit).

        This loops over the figures in Python: it is for building an array, not computing.

        Examples:
            >>> from licheng import Figure, FigureArray
            >>> figures = [Figure("52.2", "亿元"), Figure("40", "亿元", "nearly")]
            >>> rows = FigureArray.from_figures(figures)
            >>> rows.low
            array([52.15,  -inf])
        """
        items = list(figures)
        target = unit if unit is not None else (items[0].unit if items else "")
        converted = [figure.to(target) for figure in items]
        return cls(
            [float(figure.magnitude) for figure in converted],
            target,
            low=[_float_below(f.low_magnitude) for f in converted],
            high=[_float_above(f.high_magnitude) for f in converted],
            approximate=_numpy().array([f.approximate for f in converted], dtype=bool),
            derived=any(f.derived for f in converted),
        )

    @property
    def shape(self) -> tuple[int, ...]:
        """The shape of the arrays."""
        shape: tuple[int, ...] = self.values.shape
        return shape

    def __len__(self) -> int:
        return len(self.values)

    def __getitem__(self, index: int) -> Figure:
        """Row ``index`` as a :class:`~licheng.Figure` (its floats written by their ``repr``)."""
        low, high = float(self.low[index]), float(self.high[index])
        lo = None if low == float("-inf") else self._bound(low, float("inf"))
        hi = None if high == float("inf") else self._bound(high, float("-inf"))
        qualifier = Qualifier.EXACT
        if lo is not None and hi is None:
            qualifier = Qualifier.MORE_THAN
        elif lo is None and hi is not None:
            qualifier = Qualifier.NEARLY
        approximate = self.approximate
        return Figure(
            to_decimal(float(self.values[index])),
            self.unit,
            qualifier,
            low=lo,
            high=hi,
            approximate=bool(approximate if isinstance(approximate, bool) else approximate[index]),
            derived=self.derived,
        )

    def _bound(self, bound: float, inward: float) -> Decimal:
        """A bound as a Decimal: a read one as the written decimal it was stepped out from.

        Floats cannot hold 52.195, so a written bound is kept as the float just outside it; a
        row of read figures gives back the shortest decimal within a few floats inward (52.195,
        not 52.19499999999999). A derived bound is kept as its float: it may truly lie there.
        """
        best = to_decimal(bound)
        if self.derived:
            return best
        np = _numpy()
        stepped = bound
        for _ in range(_ULPS + 2):
            stepped = float(np.nextafter(stepped, inward))
            candidate = to_decimal(stepped)
            if len(candidate.as_tuple().digits) < len(best.as_tuple().digits):
                best = candidate
        return best

    def to(self, unit: str) -> FigureArray:
        """The same figures in another unit.

        Raises:
            UnitError: ``unit`` measures something else.

        Examples:
            >>> from licheng import FigureArray
            >>> FigureArray([52.2], "亿元", low=[52.15], high=[52.25]).to("万元").low
            array([521500.])
        """
        scale = float(conversion_factor(self.unit, unit))
        return attrs.evolve(
            self,
            values=self.values * scale,
            unit=unit,
            low=_down(self.low * scale) if scale != 1.0 else self.low,
            high=_up(self.high * scale) if scale != 1.0 else self.high,
        )


def _rebuild(
    state: tuple[FloatArray, str, FloatArray, FloatArray, bool | BoolArray, bool],
) -> FigureArray:
    values, unit, low, high, approximate, derived = state
    array = FigureArray._trusted(values, unit, low, high, _approximate(approximate))  # noqa: SLF001
    object.__setattr__(array, "derived", derived)
    return array


def _first(mask: BoolArray) -> int:
    return int(_numpy().flatnonzero(mask)[0])


# -- reading arguments ----------------------------------------------------------------------


def _rows(value: object, role: str) -> FigureArray:
    """An argument as a FigureArray: 0-d for a single figure, exact for quantities."""
    np = _numpy()
    if isinstance(value, FigureArray):
        return value
    if isinstance(value, pint.Quantity) and not isinstance(value.magnitude, Decimal | int | float):
        # A copy: freezing it must leave the caller's array writable.
        magnitude = np.array(value.magnitude, dtype=np.float64)
        return FigureArray._trusted(magnitude, f"{value.units:~}", magnitude, magnitude, False)  # noqa: FBT003, SLF001
    if not isinstance(value, Figure):
        msg = f"{role}: expected a Figure, a FigureArray or a quantity, not {type(value).__name__}"
        raise TypeError(msg)
    figure = value
    low, high = figure.low_magnitude, figure.high_magnitude
    return FigureArray._trusted(  # noqa: SLF001
        np.array(float(figure.magnitude)),
        figure.unit,
        np.array(_float_below(low)),
        np.array(_float_above(high)),
        figure.approximate,
    )


def _scale(from_unit: str, to_unit: str, role: str) -> float:
    try:
        return float(conversion_factor(from_unit, to_unit))
    except UnitError as exc:
        msg = f"{role}: {exc}"
        raise UnitError(msg) from None


def _any_approximate(*rows: FigureArray) -> bool | BoolArray:
    flags = [row.approximate for row in rows]
    arrays = [flag for flag in flags if not isinstance(flag, bool)]
    if any(flag is True for flag in flags):
        if not arrays:
            return True
        np = _numpy()
        shape = np.broadcast_shapes(*(row.values.shape for row in rows))
        result: BoolArray = np.ones(shape, dtype=bool)
        return result
    if not arrays:
        return False
    np = _numpy()
    combined: BoolArray = arrays[0]
    for flag in arrays[1:]:
        combined = np.logical_or(combined, flag)
    return combined


def _row_text(rows: FigureArray, index: int) -> str:
    np = _numpy()
    at = np.unravel_index(index, rows.values.shape) if rows.values.ndim else ()
    return (
        f"{float(rows.values[at])!r} [{float(rows.low[at])!r}, {float(rows.high[at])!r}] "
        f"{rows.unit}"
    )


def _floor_closed(rows: FigureArray, scale: float, floor: float, role: str) -> FloatArray:
    """The lower bounds in the target unit, raised to ``floor`` (a non-negative measure)."""
    np = _numpy()
    low: FloatArray = _down(rows.low * scale) if scale != 1.0 else rows.low
    below = low < floor
    if not below.any():
        return low
    values = rows.values * scale
    if (values < floor).any():
        index = _first(values < floor)
        msg = f"{role} cannot be below {floor:g}: row {index}: {_row_text(rows, index)}"
        raise ValidationError([(role, msg)])
    clamped: FloatArray = np.maximum(low, floor)
    return clamped


def _floor_open(
    rows: FigureArray, scale: float, floor: float, role: str, problem: str
) -> tuple[FloatArray, BoolArray | None]:
    """Lower bounds of a divisor: an unbounded side becomes an open ``floor``.

    Returns the bounds in the target unit and the mask of rows clamped open (``None`` if none).
    Rows whose interval reaches ``floor`` on a written bound raise DivisionByZeroError.
    """
    np = _numpy()
    low: FloatArray = _down(rows.low * scale) if scale != 1.0 else rows.low
    at_or_below = low <= floor
    if not at_or_below.any():
        return low, None
    values = rows.values * scale
    if (values < floor).any():
        index = _first(values < floor)
        msg = f"{role} cannot be below {floor:g}: row {index}: {_row_text(rows, index)}"
        raise ValidationError([(role, msg)])
    unbounded = np.isneginf(low)
    reaching = (at_or_below & ~unbounded) | (values == floor)
    if reaching.any():
        index = _first(reaching)
        msg = f"{problem}: row {index}: {_row_text(rows, index)} contains zero"
        raise DivisionByZeroError(msg)
    clamped: FloatArray = np.where(unbounded, floor, low)
    return clamped, unbounded


def _divide(
    numerator: tuple[FloatArray, FloatArray, FloatArray],
    denominator: tuple[FloatArray, FloatArray, FloatArray],
    open_low: BoolArray | None,
    scale: float,
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """``numerator / denominator * scale`` for non-negative intervals over positive ones.

    Both numerator bounds are ≥ 0 and every denominator bound is > 0, or 0 where ``open_low``
    (then the quotient has no upper bound, and 0 / open-0 is 0 as in interval arithmetic).
    """
    np = _numpy()
    (a_value, a_low, a_high), (b_value, b_low, b_high) = numerator, denominator
    value = np.divide(a_value, b_value)
    value *= scale
    low = _down(np.divide(a_low, b_high))
    if scale != 1.0:
        low = _down(low * scale)
    with np.errstate(divide="ignore", invalid="ignore"):
        high = _up(np.divide(a_high, b_low))
    if scale != 1.0:
        high = _up(high * scale)
    if open_low is not None:
        high = np.where(open_low & (a_high == 0), 0.0, high)
    return value, low, high


# -- the metrics ----------------------------------------------------------------------------


def share(part: object, whole: object) -> FigureArray:
    """Vectorised :func:`licheng.share`."""
    p, w = _rows(part, "part"), _rows(whole, "whole")
    to_part = _scale(w.unit, p.unit, "whole")
    problem = "cannot take a share of a whole that may be zero"
    w_low, open_low = _floor_open(w, to_part, 0.0, "whole", problem)
    w_value = w.values * to_part if to_part != 1.0 else w.values
    w_high = _up(w.high * to_part) if to_part != 1.0 else w.high
    numerator = (p.values, _floor_closed(p, 1.0, 0.0, "part"), p.high)
    value, low, high = _divide(numerator, (w_value, w_low, w_high), open_low, 100.0)
    return FigureArray._trusted(value, "percent", low, high, _any_approximate(p, w))  # noqa: SLF001


def implied_total(part: object, share: object) -> FigureArray:
    """Vectorised :func:`licheng.implied_total`."""
    np = _numpy()
    p, s = _rows(part, "part"), _rows(share, "share")
    to_ratio = _scale(s.unit, "", "share")
    problem = "cannot take a total from a share that may be zero"
    # Work in the share's own unit and scale once: part / (share × to_ratio).
    s_low, open_low = _floor_open(s, 1.0, 0.0, "share", problem)
    s_high = s.high
    unbounded = s_high == np.inf
    if unbounded.any():
        ceiling = float(_up(np.float64(1.0) / to_ratio))
        if (s.values > ceiling).any():
            index = _first(s.values > ceiling)
            msg = f"share cannot be above 100%: row {index}: {_row_text(s, index)}"
            raise ValidationError([("share", msg)])
        s_high = np.where(unbounded, ceiling, s_high)
    numerator = (p.values, _floor_closed(p, 1.0, 0.0, "part"), p.high)
    value, low, high = _divide(numerator, (s.values, s_low, s_high), open_low, 1.0 / to_ratio)
    return FigureArray._trusted(value, p.unit, low, high, _any_approximate(p, s))  # noqa: SLF001


def yoy_growth(current: object, previous: object) -> FigureArray:
    """Vectorised :func:`licheng.yoy_growth`."""
    c, p = _rows(current, "current"), _rows(previous, "previous")
    to_current = _scale(p.unit, c.unit, "previous")
    problem = "growth from a zero base: the previous value may be zero"
    p_low, open_low = _floor_open(p, to_current, 0.0, "previous", problem)
    p_value = p.values * to_current
    p_high = _up(p.high * to_current) if to_current != 1.0 else p.high
    numerator = (c.values, _floor_closed(c, 1.0, 0.0, "current"), c.high)
    r_value, r_low, r_high = _divide(numerator, (p_value, p_low, p_high), open_low, 1.0)
    value = (r_value - 1.0) * 100.0
    low = _down(_down(r_low - 1.0) * 100.0)
    high = _up(_up(r_high - 1.0) * 100.0)
    return FigureArray._trusted(value, "percent", low, high, _any_approximate(c, p))  # noqa: SLF001


def previous_value(current: object, growth: object) -> FigureArray:
    """Vectorised :func:`licheng.previous_value`."""
    c, g = _rows(current, "current"), _rows(growth, "growth")
    to_ratio = _scale(g.unit, "", "growth")
    problem = "cannot undo a growth that may be -100%"
    g_low, open_low = _floor_open(g, to_ratio, -1.0, "growth", problem)
    divisor = (g.values * to_ratio + 1.0, _down(g_low + 1.0), _up(_up(g.high * to_ratio) + 1.0))
    numerator = (c.values, _floor_closed(c, 1.0, 0.0, "current"), c.high)
    value, low, high = _divide(numerator, divisor, open_low, 1.0)
    return FigureArray._trusted(value, c.unit, low, high, _any_approximate(c, g))  # noqa: SLF001


def cagr(start: object, end: object, years: object) -> FigureArray:
    """Vectorised :func:`licheng.cagr`."""
    np = _numpy()
    s, e, n = _rows(start, "start"), _rows(end, "end"), _rows(years, "years")
    to_end = _scale(s.unit, e.unit, "start")
    to_years = _scale(n.unit, "" if not n.unit or _dimensionless(n.unit) else "year", "years")
    n_value = n.values * to_years
    n_low, n_high = (
        (n.low, n.high) if to_years == 1.0 else (_down(n.low * to_years), _up(n.high * to_years))
    )
    if (n_low <= 0).any() or np.isposinf(n_high).any():
        index = _first((n_low <= 0) | np.isposinf(n_high))
        msg = f"years must lie in a bounded interval above zero: row {index}: {_row_text(n, index)}"
        raise ValidationError([("years", msg)])
    problem = "cannot grow from a start that may be zero"
    s_low, open_low = _floor_open(s, to_end, 0.0, "start", problem)
    numerator = (e.values, _floor_closed(e, 1.0, 0.0, "end"), e.high)
    s_high = _up(s.high * to_end) if to_end != 1.0 else s.high
    r_value, r_low, r_high = _divide(numerator, (s.values * to_end, s_low, s_high), open_low, 1.0)
    with np.errstate(divide="ignore"):
        log_value = np.log(r_value)
        log_low = _down(np.log(r_low), _TRANSCENDENTAL_ULPS)
        log_high = _up(np.log(r_high), _TRANSCENDENTAL_ULPS)
    # ln(r) / n is monotone in r, and in n with the sign of ln(r): the extremes are corners.
    low_exponent = _down(log_low / np.where(log_low < 0, n_low, n_high))
    high_exponent = _up(log_high / np.where(log_high >= 0, n_low, n_high))
    value = (np.exp(log_value / n_value) - 1.0) * 100.0
    low = _down(_down(_down(np.exp(low_exponent), _TRANSCENDENTAL_ULPS) - 1.0) * 100.0)
    high = _up(_up(_up(np.exp(high_exponent), _TRANSCENDENTAL_ULPS) - 1.0) * 100.0)
    return FigureArray._trusted(value, "percent", low, high, _any_approximate(s, e, n))  # noqa: SLF001


def _dimensionless(unit: str) -> bool:
    from licheng._units import base_factor  # noqa: PLC0415

    return base_factor(unit)[1] == "dimensionless"


def percentage_point_change(a: object, b: object) -> FigureArray:
    """Vectorised :func:`licheng.percentage_point_change`."""
    x, y = _rows(a, "a"), _rows(b, "b")
    kx, ky = _scale(x.unit, "percent", "a"), _scale(y.unit, "percent", "b")
    value = y.values * ky - x.values * kx
    low = _down(_down(y.low * ky) - _up(x.high * kx))
    high = _up(_up(y.high * ky) - _down(x.low * kx))
    return FigureArray._trusted(value, "percentage_point", low, high, _any_approximate(x, y))  # noqa: SLF001


def contribution(part_growth: object, part_previous: object, whole_previous: object) -> FigureArray:
    """Vectorised :func:`licheng.contribution`."""
    np = _numpy()
    g = _rows(part_growth, "part_growth")
    p = _rows(part_previous, "part_previous")
    w = _rows(whole_previous, "whole_previous")
    to_percent = _scale(g.unit, "percent", "part_growth")
    to_part = _scale(w.unit, p.unit, "whole_previous")
    g_low = _floor_closed(g, to_percent, -100.0, "part_growth")
    g_value = g.values * to_percent
    g_high = _up(g.high * to_percent) if to_percent != 1.0 else g.high
    problem = "cannot weigh by a whole that may be zero"
    w_low, open_low = _floor_open(w, to_part, 0.0, "whole_previous", problem)
    numerator = (p.values, _floor_closed(p, 1.0, 0.0, "part_previous"), p.high)
    w_high = _up(w.high * to_part) if to_part != 1.0 else w.high
    r_value, r_low, r_high = _divide(numerator, (w.values * to_part, w_low, w_high), open_low, 1.0)
    # The weight is ≥ 0, so each bound pairs with the weight bound its sign picks; 0 × ∞ is 0.
    with np.errstate(invalid="ignore"):
        low = _down(np.where(g_low >= 0, g_low * r_low, g_low * r_high))
        high = _up(np.where(g_high >= 0, g_high * r_high, g_high * r_low))
    low = np.where(np.isnan(low), 0.0, low)
    high = np.where(np.isnan(high), 0.0, high)
    value = g_value * r_value
    return FigureArray._trusted(value, "percentage_point", low, high, _any_approximate(g, p, w))  # noqa: SLF001
