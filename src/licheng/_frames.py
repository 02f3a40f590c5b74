"""Tables in and out: figures from a frame whose units sit in its headers, frames of every result.

Chinese statistical tables (the statistics bureau's, and akshare's or tushare's frames of them)
keep the unit in the column header: ``国内生产总值(亿元)``, ``同比增长(%)``,
``比上年增长(百分点)``, ``地区生产总值_累计值(亿元)``. :func:`from_frame` reads those headers,
the periods of the rows (``2025年1-6月``, ``2019Q3``, ``2019年第1-3季度``) and the values, and
returns typed figures: one :class:`~licheng.FigureArray` per column, with what it could not read
listed, never guessed. (:func:`~licheng.to_frame`, in :mod:`licheng._to_frame`, turns every
result licheng gives back into a frame.)
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from licheng._figures import Figure, to_decimal
from licheng._periods import Period
from licheng._units import get_unit, is_count
from licheng._vectorised import FigureArray
from licheng.exceptions import ParseError, UndefinedUnitError, UnitError, ValidationError

if TYPE_CHECKING:
    import pandas as pd


__all__ = [
    "FigureColumn",
    "FigureTable",
    "Header",
    "UnreadCell",
    "from_frame",
    "read_header",
]


# -- headers ----------------------------------------------------------------------------------

# The unit is the last bracketed group, at the very end: 货币和准货币(M2)-数量(亿元) is in 亿元,
# and its (M2) is part of the name.
_UNIT_AT_END = re.compile(r"[(（\[【]\s*([^()（）\[\]【】]*?)\s*[)）\]】]\s*$")
_UNIT_WORDS = {
    "%": "percent",
    "％": "percent",
    "‰": "permille",
    "百分点": "percentage_point",
    "个百分点": "percentage_point",
}
# Words that make a column a growth rate; without a bracketed unit such a column is in percent,
# as every Chinese statistical table writes it (同比增长 is always a percentage).
_YOY = re.compile(
    r"(?:同比增长率?|同比增速|同比|比上年同期增长|比上年增长|较上年同期|增长率|增速|累计增长|年均增长)$"
)
_MOM = re.compile(r"(?:季度环比增长|季度环比|环比增长率?|环比增速|环比)$")
_CUMULATIVE = re.compile(r"(?:自年初累计|本年累计|累计值|累计|当年累计)")
_CURRENT = re.compile(r"(?:当月值|当月|当季值|当季|当期值|本期值|本月)")
_VALUE_WORDS = re.compile(r"[-_－—\s]*(?:绝对值|数量|金额|累计值|当期值|本期值|当月值|期末值)$")
_SEPARATORS = "-_－— :："


@attrs.frozen
class Header:
    """A column header read: the name, the unit in brackets, and what kind of number it holds.

    Attributes:
        text: the header as written.
        name: the header without its unit and its growth and accumulation words.
        unit: the unit in licheng's registry (``亿元``, ``percent``, ``percentage_point``), or
            ``None`` when the header names none.
        basis: ``"yoy"`` for a year-on-year growth rate (同比, 比上年增长), ``"mom"`` for a
            period-on-period one (环比), ``None`` for a level.
        cumulative: ``True`` for a running total since January (累计值, 自年初累计), ``False``
            for the month or quarter alone (当月, 当季), ``None`` when the header does not say.

    Examples:
        >>> from licheng import read_header
        >>> header = read_header("货币和准货币(M2)-数量(亿元)")
        >>> header.name, header.unit, header.basis, header.cumulative
        ('货币和准货币(M2)', '亿元', None, None)
        >>> read_header("第一产业-同比增长").unit, read_header("比上年增长（百分点）").unit
        ('percent', 'percentage_point')
    """

    text: str
    name: str
    unit: str | None
    basis: str | None = None
    cumulative: bool | None = None


def _unit_of(written: str, column: str) -> str:
    unit = _UNIT_WORDS.get(written, written)
    try:
        get_unit(unit)
    except UnitError:
        msg = f"column {column!r}: unknown unit {written!r}; pass units={{{column!r}: ...}}"
        raise UndefinedUnitError(msg) from None
    return unit


def read_header(text: str, *, unit: str | None = None) -> Header:
    """Read a column header as Chinese statistical tables write it.

    Args:
        text: the header, e.g. ``"国内生产总值(亿元)"``, ``"当月-同比增长"``.
        unit: the unit to use instead of the header's (for headers that name none).

    Raises:
        UndefinedUnitError: the bracket at the end of the header holds no unit licheng knows;
            the message names the column.

    Examples:
        >>> read_header("地区生产总值_累计值(亿元)").cumulative
        True
        >>> read_header("国内生产总值-绝对值").unit is None
        True
        >>> read_header("人口(万口)")
        Traceback (most recent call last):
        ...
        licheng.exceptions.UndefinedUnitError: column '人口(万口)': unknown unit '万口'; pass ...
    """
    header = str(text).strip()
    rest = header
    written: str | None = None
    match = _UNIT_AT_END.search(rest)
    if match is not None:
        written = match.group(1)
        rest = rest[: match.start()].rstrip(_SEPARATORS)
    basis: str | None = None
    for name, pattern in (("mom", _MOM), ("yoy", _YOY)):
        found = pattern.search(rest)
        if found is not None:
            basis = name
            if name == "yoy" and found.group(0) == "累计增长":
                rest = rest[: found.start()] + "累计"
            else:
                rest = rest[: found.start()]
            rest = rest.rstrip(_SEPARATORS)
            break
    cumulative: bool | None = None
    if _CUMULATIVE.search(rest):
        cumulative = True
    elif _CURRENT.search(rest):
        cumulative = False
    rest = _VALUE_WORDS.sub("", rest)
    rest = re.sub(r"[-_－—\s]*(?:自年初累计|本年累计|当年累计|累计|当月|当季)$", "", rest)
    rest = re.sub(r"^(?:当月|当季|累计|当年累计)[-_－—\s]*", "", rest).strip(_SEPARATORS)
    if unit is not None:
        resolved: str | None = _unit_of(unit, header)
    elif written is not None:
        resolved = _unit_of(written, header)
    elif basis is not None:
        resolved = "percent"
    else:
        resolved = None
    return Header(header, rest, resolved, basis, cumulative)


# -- periods ----------------------------------------------------------------------------------

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4}
_QUARTER_RANGE = re.compile(
    r"^\s*(\d{4})\s*年?\s*第?\s*([1-4一二三四])\s*[-－—–~～至到]\s*([1-4一二三四])\s*季度?\s*$"
)
_ISO_MONTH = re.compile(r"^\s*(\d{4})\s*[-./]\s*(\d{1,2})\s*$")
_NBS_CODE = re.compile(r"^\s*(\d{4})(?:(0[1-9]|1[0-2])MM|0([1-4])SS|([ABCD])|YY)\s*$")
_PANDAS_FREQ = {"Y": 12, "A": 12, "Q": 3, "M": 1}


def _quarter(text: str) -> int:
    return _CN_DIGITS.get(text) or int(text)


def _adapted_period(text: str) -> Period | None:
    """The forms ``Period.parse`` does not read (yet): 2019年第1-3季度, 2024-06, 202406MM."""
    match = _QUARTER_RANGE.match(text)
    if match is not None:
        first, last = _quarter(match.group(2)), _quarter(match.group(3))
        if first <= last:
            return Period(int(match.group(1)), first * 3 - 2, last * 3)
        return None
    match = _ISO_MONTH.match(text)
    if match is not None and 1 <= int(match.group(2)) <= 12:  # noqa: PLR2004 - months
        month = int(match.group(2))
        return Period(int(match.group(1)), month, month)
    match = _NBS_CODE.match(text)
    if match is not None:
        year = int(match.group(1))
        number_text, quarter, letter = match.group(2), match.group(3), match.group(4)
        if number_text:
            return Period(year, int(number_text), int(number_text))
        if quarter or letter:
            number = int(quarter) if quarter else "ABCD".index(letter) + 1
            return Period(year, number * 3 - 2, number * 3)
        return Period(year)
    return None


def read_period(value: object, *, year: int | None = None) -> Period:
    """A row's period from a table: a string, a year number or a pandas ``Period``.

    Raises:
        ParseError: the value is not a period (a date is not one: a table dated by its release
            day says nothing of the months it covers).
    """
    if isinstance(value, Period):
        return value
    freq = getattr(value, "freqstr", None)
    if isinstance(freq, str) and hasattr(value, "start_time"):
        months = _PANDAS_FREQ.get(freq[:1].upper())
        start = value.start_time
        if months is not None:
            return Period(start.year, start.month, start.month + months - 1)
    if not isinstance(value, bool | str) and hasattr(value, "__index__"):  # int, numpy ints
        number = int(value.__index__())
        if 1 <= number <= 9999:  # noqa: PLR2004 - the years a Period takes
            return Period(number)
    if isinstance(value, str):
        text = value.strip()
        try:
            return Period.parse(text, year=year)
        except ParseError:
            adapted = _adapted_period(text)
            if adapted is not None:
                return adapted
            raise
    msg = "not a period"
    raise ParseError(msg, text=str(value))


def _as_counted(period: Period, header: Header) -> Period:
    """A row's period as the column counts it.

    6月 in a 累计值 column is 1—6月; 2019年第1-3季度 in a 当季 column is the third quarter and
    1—6月 in a 当月 column is June. A column that says neither keeps the row's period.
    """
    if header.cumulative is True and period.start_month != 1:
        return Period(period.year, 1, period.end_month)
    if header.cumulative is False and period.cumulative:
        end = period.end_month
        if "季" in header.text and end % 3 == 0:
            return Period(period.year, end - 2, end)
        if "月" in header.text:
            return Period(period.year, end, end)
    return period


# -- from_frame -------------------------------------------------------------------------------


@attrs.frozen
class UnreadCell:
    """Something :func:`from_frame` did not read: a column, a row's period or one cell.

    ``row`` is the row's label as text (``None`` for a whole column), ``value`` the cell as
    written.

    Examples:
        >>> import pandas as pd
        >>> from licheng import from_frame
        >>> table = from_frame(pd.DataFrame({"年份": [2024], "产值(亿元)": ["--"]}))
        >>> table.unread
        (UnreadCell(column='产值(亿元)', row='0', value='--', reason='empty'),)
    """

    column: str
    row: str | None
    value: str
    reason: str


@attrs.frozen(eq=False)
class FigureColumn:
    """One column of a table, read: its header, its figures and the period of each figure.

    Attributes:
        header: the header, read (name, unit, growth basis, accumulation).
        figures: the values with their bounds, in ``header.unit``, one per row read.
        periods: the period of each figure (as the column counts it: 累计 columns run from
            January), or ``None`` per row for a table without periods.
        rows: the row label of each figure, as text.

    Examples:
        >>> import pandas as pd
        >>> from licheng import from_frame
        >>> frame = pd.DataFrame({"月份": ["2025年5月", "2025年6月"], "累计值(亿元)": [40.1, 52.2]})
        >>> column = from_frame(frame)["累计值(亿元)"]
        >>> [(str(period), figure.high_magnitude) for period, figure in column]
        [('2025M01-M05', Decimal('40.15')), ('2025H1', Decimal('52.25'))]
    """

    header: Header
    figures: FigureArray
    periods: tuple[Period | None, ...]
    rows: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[tuple[Period | None, Figure]]:
        for index, period in enumerate(self.periods):
            yield period, self.figures[index]


@attrs.frozen(eq=False)
class FigureTable:
    """What :func:`from_frame` read: one :class:`FigureColumn` per column, and what it did not.

    Index it by the column's header; ``unread`` lists every column, row and cell left out,
    with the reason.

    Examples:
        >>> import pandas as pd
        >>> from licheng import from_frame
        >>> frame = pd.DataFrame({"季度": ["2019Q3"], "GDP(亿元)": [251046.0], "备注": ["x"]})
        >>> from_frame(frame)
        <FigureTable {'GDP(亿元)': 1}, 1 unread>
    """

    columns: tuple[FigureColumn, ...]
    unread: tuple[UnreadCell, ...]

    def __getitem__(self, header: str) -> FigureColumn:
        for column in self.columns:
            if column.header.text == header:
                return column
        msg = f"no column {header!r} was read; read: {[c.header.text for c in self.columns]}"
        raise KeyError(msg)

    def __iter__(self) -> Iterator[FigureColumn]:
        return iter(self.columns)

    def __len__(self) -> int:
        return len(self.columns)

    def __repr__(self) -> str:
        read = ", ".join(f"{c.header.text!r}: {len(c)}" for c in self.columns)
        return f"<FigureTable {{{read}}}, {len(self.unread)} unread>"


_PERIOD_HEADERS = (
    "季度", "月份", "年份", "时间", "统计时间", "日期", "period", "quarter", "month", "year",
    "date", "时期", "报告期",
)  # fmt: skip


def _written(value: object, decimals: int | None) -> str | None:
    """The value as written, as a decimal string, or ``None`` when it is no number."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        try:
            to_decimal(text)
        except ValidationError:
            return None
        return text
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if not math.isfinite(number):
        return None
    if decimals is not None:
        return f"{number:.{decimals}f}"
    if number.is_integer():
        return str(int(number))  # 1300.0 was written 1300: its last digit is the units
    return repr(number)


def _figure(text: str, unit: str) -> Figure:
    value = Decimal(text)
    exponent = value.as_tuple().exponent
    if is_count(unit) and exponent == 0 and get_unit(unit) == get_unit(unit.lstrip("万亿")):
        return Figure(value, unit)  # 14家: a count of whole things is exact
    half = Decimal(1).scaleb(min(int(exponent), 0)) / 2
    return Figure(value, unit, low=value - half, high=value + half)


def _period_source(
    frame: pd.DataFrame, period: str | None
) -> tuple[pd.DataFrame, str | None, list[object] | None]:
    """Which values are the rows' periods: a named column, the index, or the column headers."""
    if period is not None:
        if period not in frame.columns:
            msg = f"no column {period!r}; columns: {list(frame.columns)}"
            raise KeyError(msg)
        return frame, period, list(frame[period])
    for name in frame.columns:
        if str(name).strip().lower() in _PERIOD_HEADERS:
            return frame, str(name), list(frame[name])

    def all_periods(values: Iterable[object]) -> bool:
        items = list(values)
        try:
            for item in items:
                read_period(item)
        except (ParseError, ValidationError):
            return False
        return bool(items)

    if all_periods(frame.index):
        return frame, None, list(frame.index)
    if all_periods(frame.columns):  # a wide table: periods across, one indicator per row
        turned = frame.T
        return turned, None, list(turned.index)
    return frame, None, None


def from_frame(
    frame: pd.DataFrame,
    *,
    period: str | None = None,
    units: Mapping[str, str] | None = None,
    decimals: int | Mapping[str, int] | None = None,
    year: int | None = None,
) -> FigureTable:
    """Read a table whose units are in its column headers into typed figures.

    Each column becomes a :class:`FigureColumn`: a :class:`~licheng.FigureArray` in the
    header's unit, with the period of every row. The periods come from ``period`` (a column),
    else from a column named 季度, 月份, 时间 …, else from the index; a wide table whose column
    headers are periods (the statistics bureau's layout) is read across.

    Args:
        frame: a pandas DataFrame.
        period: the column that holds the periods (found by name when not given).
        units: units for columns whose header names none (``{"国内生产总值-绝对值": "亿元"}``).
        decimals: the written precision of float values: one number for all columns or one
            per column. A float cannot tell 52.20 from 52.2; without ``decimals`` each value
            is read to its shortest form, and whole numbers (1300.0) to the unit.
        year: the year for periods written without one (上半年, 1-6月).

    Returns:
        The columns read, and ``unread``: columns without a unit, cells that are no number,
        rows whose period is unreadable — each with its reason.

    Raises:
        UndefinedUnitError: a header (or ``units``) names a unit licheng does not know; the
            message names the column.

    Examples:
        >>> import pandas as pd
        >>> from licheng import from_frame
        >>> frame = pd.DataFrame({
        ...     "季度": ["2025年第1季度", "2025年第1-2季度"],
        ...     "国内生产总值(亿元)": [318758.0, 660536.0],
        ...     "同比增长(%)": [5.4, 5.3],
        ...     "备注": ["", "初步核算"],
        ... })
        >>> table = from_frame(frame, decimals={"国内生产总值(亿元)": 0})
        >>> gdp = table["国内生产总值(亿元)"]
        >>> [str(p) for p in gdp.periods], gdp.figures.unit, gdp.figures.high.tolist()
        (['2025Q1', '2025H1'], '亿元', [318758.5, 660536.5])
        >>> table["同比增长(%)"].figures[0]
        Figure('5.4', 'percent', low='5.35', high='5.45')
        >>> table.unread[0].reason
        'no unit in the header; pass units={...} to read it'
    """
    units = dict(units or {})
    frame, period_column, period_values = _period_source(frame, period)
    unread: list[UnreadCell] = []
    row_labels = [str(label) for label in frame.index]
    periods: list[Period | None] = [None] * len(frame)
    readable = [True] * len(frame)
    if period_values is not None:
        for index, value in enumerate(period_values):
            try:
                periods[index] = read_period(value, year=year)
            except (ParseError, ValidationError) as exc:
                readable[index] = False
                unread.append(
                    UnreadCell(period_column or "(index)", row_labels[index], str(value), str(exc))
                )
    columns: list[FigureColumn] = []
    for name in frame.columns:
        header_text = str(name)
        if header_text == period_column:
            continue
        header = read_header(header_text, unit=units.get(header_text))
        if header.unit is None:
            reason = "no unit in the header; pass units={...} to read it"
            unread.append(UnreadCell(header_text, None, header_text, reason))
            continue
        places = decimals.get(header_text) if isinstance(decimals, Mapping) else decimals
        figures: list[Figure] = []
        kept_periods: list[Period | None] = []
        kept_rows: list[str] = []
        for index, value in enumerate(frame[name]):
            if not readable[index]:
                continue
            text = _written(value, places)
            if text is None:
                reason = "empty" if _empty(value) else "not a number"
                unread.append(UnreadCell(header_text, row_labels[index], str(value), reason))
                continue
            figures.append(_figure(text, header.unit))
            row_period = periods[index]
            kept_periods.append(None if row_period is None else _as_counted(row_period, header))
            kept_rows.append(row_labels[index])
        array = FigureArray.from_figures(figures, header.unit)
        columns.append(FigureColumn(header, array, tuple(kept_periods), tuple(kept_rows)))
    return FigureTable(tuple(columns), tuple(unread))


def _empty(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, str):
        return not value.strip() or value.strip() in {"-", "--", "—", "…", "NaN", "nan"}
    return str(value) in {"NaT", "<NA>", "nan"}
