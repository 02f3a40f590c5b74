"""Frames of every result licheng gives back: districts, derivations, findings, mentions, tables.

pandas (the ``pandas`` extra) and numpy are imported on first use.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from licheng._frames import FigureTable
from licheng._model import District, Indicator, Measure
from licheng._periods import Period
from licheng._units import is_count
from licheng._vectorised import FigureArray
from licheng.exceptions import UnitError

if TYPE_CHECKING:
    import pandas as pd

    from licheng._checks import Finding
    from licheng._derive import Derivation
    from licheng._parse.scan import Mention

__all__ = ["to_frame"]


def _pandas() -> Any:  # noqa: ANN401 - the pandas module, imported on first use
    try:
        import pandas as pd  # pandas is an optional extra
    except ImportError as exc:
        msg = 'to_frame needs pandas: pip install "licheng[pandas]"'
        raise ImportError(msg) from exc
    return pd


def _bound(value: Decimal | None) -> float:
    return math.nan if value is None else float(value)


def _months(periods: Sequence[Period | None]) -> tuple[Any, Any]:
    """The first and last month of each period, as pandas monthly periods."""
    pd = _pandas()
    starts = [None if p is None else f"{p.year:04d}-{p.start_month:02d}" for p in periods]
    ends = [None if p is None else f"{p.year:04d}-{p.end_month:02d}" for p in periods]
    return pd.PeriodIndex(starts, freq="M"), pd.PeriodIndex(ends, freq="M")


def _period_columns(frame: pd.DataFrame, periods: Sequence[Period | None]) -> None:
    """``period`` (an ordered categorical, in time order) and its first and last months."""
    pd = _pandas()
    order = sorted({p for p in periods if p is not None})
    frame["period"] = pd.Categorical(
        [None if p is None else str(p) for p in periods],
        categories=[str(p) for p in order],
        ordered=True,
    )
    start, end = _months(periods)
    frame["period_start"] = start
    frame["period_end"] = end


def _categorical(frame: pd.DataFrame, *names: str) -> None:
    pd = _pandas()
    for name in names:
        frame[name] = pd.Categorical(frame[name])


def _counts(frame: pd.DataFrame) -> None:
    """Value and bounds as integers (``Int64``) when every row is a whole count."""
    pd = _pandas()
    if "unit" not in frame:
        return
    units = set(frame["unit"])
    if not units or not all(is_count(unit) for unit in units):
        return
    for name in ("value", "low", "high"):
        column = frame[name]
        finite = column.dropna()
        if not (finite == finite.round()).all():
            return
    for name in ("value", "low", "high"):
        frame[name] = frame[name].astype(pd.Int64Dtype())


def _with_pint(frame: pd.DataFrame) -> pd.DataFrame:
    """Value and bounds as pint-pandas quantities, when every row has the same unit."""
    try:
        import pint_pandas  # type: ignore[import-not-found, unused-ignore]  # optional
    except ImportError as exc:
        msg = 'pint=True needs pint-pandas: pip install "licheng[pint-pandas]"'
        raise ImportError(msg) from exc
    from licheng._units import ureg

    units = set(frame["unit"])
    if len(units) != 1:
        msg = f"pint=True needs one unit per frame, not {sorted(units)}; pass units={{...}}"
        raise UnitError(msg)
    pint_pandas.PintType.ureg = ureg
    unit = units.pop()
    for name in ("value", "low", "high"):
        frame[name] = frame[name].astype(f"pint[{unit}]")
    return frame


def _indicator_frame(
    indicators: Sequence[Indicator],
    units: Mapping[Measure | str, str] | None,
    names_en: Mapping[str, str | None],
) -> pd.DataFrame:
    from licheng._io import to_frame as indicator_rows  # _io imports pandas lazily

    frame = indicator_rows(list(indicators), units=units)
    frame["subject_en"] = [names_en.get(i.subject) for i in indicators]
    frame["measure_zh"] = [i.measure.zh for i in indicators]
    frame["measure_en"] = [i.measure.en for i in indicators]
    _period_columns(frame, [i.period for i in indicators])
    _categorical(frame, "measure", "unit", "qualifier", "scope", "accumulation")
    return frame


def _derivation_frame(items: Sequence[Derivation]) -> pd.DataFrame:
    pd = _pandas()
    rows = [
        {
            "kind": item.kind.value,
            "subject": item.subject,
            "subject_en": item.subject_en,
            "measure": item.measure.value,
            "measure_zh": item.measure.zh,
            "measure_en": item.measure.en,
            "value": float(item.figure.magnitude),
            "low": _bound(item.figure.low_magnitude),
            "high": _bound(item.figure.high_magnitude),
            "unit": item.figure.unit,
            "approximate": item.figure.approximate,
            "base": item.base,
            "base_en": item.base_en,
            "input_count": len(item.inputs),
            "inputs": "; ".join(f"{i.subject} {i.measure.zh}" for i in item.inputs),
        }
        for item in items
    ]
    columns = [
        "kind", "subject", "subject_en", "measure", "measure_zh", "measure_en", "value", "low",
        "high", "unit", "approximate", "base", "base_en", "input_count", "inputs",
    ]  # fmt: skip
    frame = pd.DataFrame.from_records(rows, columns=columns)
    frame["input_count"] = frame["input_count"].astype("int64")
    frame["approximate"] = frame["approximate"].astype(bool)
    _period_columns(frame, [item.period for item in items])
    _categorical(frame, "kind", "measure", "unit")
    return frame


_FINDING_ZH = {
    "implied_totals_disagree": "推算总量不一致",
    "shares_exceed_whole": "比重之和超过100%",
    "park_count_exceeds_industry": "园区企业数超过产业企业数",
    "growth_contradicts_levels": "增速与前后数值矛盾",
}


def _finding_frame(items: Sequence[Finding]) -> pd.DataFrame:
    pd = _pandas()
    rows = [
        {
            "kind": item.kind.value,
            "kind_zh": _FINDING_ZH.get(item.kind.value, item.kind.value),
            "message": item.message,
            "subjects": "、".join(dict.fromkeys(i.subject for i in item.indicators)),
            "indicator_count": len(item.indicators),
            "number_count": len(item.numbers),
        }
        for item in items
    ]
    columns = ["kind", "kind_zh", "message", "subjects", "indicator_count", "number_count"]
    frame = pd.DataFrame.from_records(rows, columns=columns)
    for name in ("indicator_count", "number_count"):
        frame[name] = frame[name].astype("int64")
    _categorical(frame, "kind")
    return frame


def _mention_frame(items: Sequence[Mention]) -> pd.DataFrame:
    pd = _pandas()
    rows = [
        {
            "start": item.start,
            "end": item.end,
            "surface": item.surface,
            "role": item.role.value,
            "basis": None if item.basis is None else item.basis.value,
            "value": float(item.figure.magnitude),
            "low": _bound(item.figure.low_magnitude),
            "high": _bound(item.figure.high_magnitude),
            "unit": item.figure.unit,
            "qualifier": item.figure.qualifier.value,
            "approximate": item.figure.approximate,
        }
        for item in items
    ]
    columns = [
        "start", "end", "surface", "role", "basis", "value", "low", "high", "unit", "qualifier",
        "approximate",
    ]  # fmt: skip
    frame = pd.DataFrame.from_records(rows, columns=columns)
    for name in ("start", "end"):
        frame[name] = frame[name].astype("int64")
    frame["approximate"] = frame["approximate"].astype(bool)
    _categorical(frame, "role", "basis", "unit", "qualifier")
    return frame


def _table_frame(table: FigureTable) -> pd.DataFrame:
    pd = _pandas()
    records: list[dict[str, object]] = []
    periods: list[Period | None] = []
    for column in table.columns:
        figures = column.figures
        for index, row in enumerate(column.rows):
            records.append(
                {
                    "column": column.header.text,
                    "name": column.header.name,
                    "row": row,
                    "value": float(figures.values[index]),  # noqa: PD011 - numpy, not pandas
                    "low": _finite(float(figures.low[index])),
                    "high": _finite(float(figures.high[index])),
                    "unit": figures.unit,
                    "basis": column.header.basis,
                }
            )
            periods.append(column.periods[index])
    columns = ["column", "name", "row", "value", "low", "high", "unit", "basis"]
    frame = pd.DataFrame.from_records(records, columns=columns)
    _period_columns(frame, periods)
    _categorical(frame, "column", "name", "unit", "basis")
    return frame


def _finite(value: float) -> float:
    return value if math.isfinite(value) else math.nan


def _array_frame(array: FigureArray) -> pd.DataFrame:
    pd = _pandas()
    frame = pd.DataFrame(
        {
            "value": array.values,  # noqa: PD011 - a FigureArray's numpy array
            "low": [_finite(float(x)) for x in array.low],
            "high": [_finite(float(x)) for x in array.high],
            "unit": [array.unit] * len(array),
        }
    )
    _categorical(frame, "unit")
    return frame


def to_frame(
    data: object,
    *,
    units: Mapping[Measure | str, str] | None = None,
    pint: bool = False,
) -> pd.DataFrame:
    """A pandas frame of any licheng result, one row per item (needs ``licheng[pandas]``).

    Accepts a :class:`~licheng.District`, a :class:`~licheng.Panel` (its long frame),
    indicators, derivations (:func:`~licheng.derive`),
    findings (:func:`~licheng.check`), mentions (:func:`~licheng.extract`), a
    :class:`FigureTable` (:func:`from_frame`) or a :class:`~licheng.FigureArray`.

    Columns are typed: ``value``, ``low`` and ``high`` are floats in the row's ``unit``
    (``NaN`` for an open side) — integers (``Int64``) when every row is a whole count;
    ``period`` is an ordered categorical in time order, with ``period_start`` and
    ``period_end`` as pandas monthly periods; kinds, measures, units and qualifiers are
    categoricals; counts are integers; Chinese and English names stand side by side
    (``measure_zh``, ``measure_en``, ``subject_en``).

    Args:
        data: what to tabulate.
        units: for indicators: the unit to give each measure (``{"area": "hectare"}``).
        pint: value and bounds as pint-pandas quantities (needs ``pint-pandas``; the frame
            must have one unit).

    Raises:
        ImportError: pandas (or, with ``pint=True``, pint-pandas) is not installed.
        TypeError: ``data`` is not a licheng result.

    Examples:
        >>> import licheng
        >>> district = licheng.datasets.licheng_2025h1()
        >>> frame = licheng.to_frame(licheng.derive(district))
        >>> frame[["kind", "subject", "unit", "input_count"]].to_dict("records")[0]
        {'kind': 'implied_total', 'subject': '全部规上工业产值', 'unit': '亿元', 'input_count': 2}
        >>> frame.period_start.dtype, frame.high.round(1).tolist()[:2]
        (period[M], [190.0, 20.1])
        >>> mentions = licheng.to_frame(licheng.extract("累计投资近40亿元，入驻企业30多家"))
        >>> mentions[["surface", "low", "high", "unit"]].to_dict("records")[1]
        {'surface': '30多家', 'low': 30.0, 'high': 40.0, 'unit': '家'}
    """
    from licheng._checks import Finding  # layer above
    from licheng._derive import Derivation  # layer above
    from licheng._panel import Panel  # layer above
    from licheng._parse.scan import Mention  # the parser loads on first use

    _pandas()
    frame: pd.DataFrame
    if isinstance(data, Panel):
        return data.to_frame()
    if isinstance(data, District):
        names_en = {i.name: i.name_en for i in data.industries}
        names_en.update({p.name: p.name_en for p in data.parks})
        frame = _indicator_frame(data.indicators, units, names_en)
    elif isinstance(data, FigureTable):
        frame = _table_frame(data)
    elif isinstance(data, FigureArray):
        frame = _array_frame(data)
    else:
        single = isinstance(data, Indicator | Derivation | Finding | Mention)
        items: list[Any] = [data] if single else list(data)  # type: ignore[call-overload]
        kinds = {type(item) for item in items}
        if not items or kinds == {Indicator}:
            frame = _indicator_frame(items, units, {})
        elif kinds == {Derivation}:
            frame = _derivation_frame(items)
        elif kinds == {Finding}:
            frame = _finding_frame(items)
        elif kinds == {Mention}:
            frame = _mention_frame(items)
        else:
            names = sorted(kind.__name__ for kind in kinds)
            msg = f"to_frame takes one kind of licheng result at a time, not {names}"
            raise TypeError(msg)
    _counts(frame)
    if pint:
        frame = _with_pint(frame)
    return frame
