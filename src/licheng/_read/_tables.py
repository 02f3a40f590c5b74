"""Statistical tables in a release: each cell read by its column's header and its row's name.

A bulletin often repeats its figures in a table: a title (表1 2019年玉环市生产总值), a header
whose cells carry the units (| 绝对数(亿元) | 比上年增长(%) |, or 指标 完成数(万元) 比上年增长(%)),
then one row per item (第一产业 | 37.11 | 2.6 |). A cell holds a bare number, so ``extract``
finds no figure in it: the header gives its unit and its role (a level, a growth rate on the
year before, a share), the row its holder, and the title its period and its measure. The row
that names the title's measure (地区生产总值) is the title's holder's (玉环市, 全县); the other
rows are its parts, and the parts of a region's product are their value added.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from licheng._read import _vocab as v
from licheng._read._names import _kind
from licheng._read._records import Draft, Reference

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from licheng._periods import Period

# a header cell's unit, in brackets: 绝对数(亿元), 比上年增长(%)
_UNIT = re.compile(
    r"[(（]\s*(亿元|万元|元|%|％|万人|人|万吨|吨|万千瓦时|亿千瓦时|个|家|户|亩|公顷|万平方米|平方米|"
    r"万人次|人次)\s*[)）]"
)
_NUMBER = r"[-−]?\d[\d,]*(?:\.\d+)?"
_ROW = re.compile(
    rf"[ \t|]*(?P<name>[^\d|\n\t(（]*?[^\d\s|(（])[ \t]*"
    rf"(?P<cells>(?:(?:\|[ \t]*|[ \t]+){_NUMBER}[ \t]*)+)\|?[ \t]*"
)
_CELL = re.compile(_NUMBER)
_TITLE_MARK = re.compile(r"\s*表\s*[\d一二三四五六七八九十]*\s*[:：]?\s*")
_GROWTH_LABEL = re.compile(r"增长|增速|增幅|比上年|同比")
_SHARE_LABEL = re.compile(r"比重|占")
_YEAR_ON_YEAR = re.compile(r"比上年|同比|上年同期")
_ROWS_AT_MOST = 40


class _Column(NamedTuple):
    unit: str  # as parse_figure reads it after a number: 亿元, %
    role: str
    basis: str | None


class TableCell(NamedTuple):
    """One cell of a table, read: where its number is and what it is."""

    start: int
    end: int
    draft: Draft
    row: tuple[int, int]  # the row's line in the text, the cell's quote


def _lines(plain: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    at = 0
    for line in plain.split("\n"):
        found.append((at, line))
        at += len(line) + 1
    return found


def _columns(line: str) -> list[_Column]:
    """The header's numeric columns, left to right; empty when the line is no header."""
    if not _UNIT.search(line) or _CELL.search(_UNIT.sub("", line)):
        return []
    cells = line.split("|") if "|" in line else re.split(r"[ \t]{1,}(?=[^ \t(（])", line)
    columns: list[_Column] = []
    for cell in cells:
        unit = _UNIT.search(cell)
        if unit is None:
            continue
        word = "%" if unit.group(1) in {"%", "％"} else unit.group(1)
        label = cell[: unit.start()]
        if word == "%" and _SHARE_LABEL.search(label):
            role = "share"
        elif word == "%" and _GROWTH_LABEL.search(label):
            role = "growth"
        elif word == "%":
            return []  # a percent of what, the header does not say
        else:
            role = "value"
        basis = "yoy" if role == "growth" and _YEAR_ON_YEAR.search(label) else None
        columns.append(_Column(word, role, basis))
    return columns


def _title(lines: list[tuple[int, str]], header: int) -> tuple[int, str]:
    """The table's title: the nearest line above the header that is not blank."""
    for index in range(header - 1, max(-1, header - 3), -1):
        at, line = lines[index]
        if line.strip():
            mark = _TITLE_MARK.match(line)
            return (at + mark.end(), line[mark.end() :]) if mark else (at, line)
    return (lines[header][0], "")


def table_cells(
    plain: str, resolve: Callable[[int, int], Period | None], region: str
) -> Iterator[TableCell]:
    """Every numeric cell of every table in ``plain``, read (see the module's docstring)."""
    from licheng import parse_figure  # the parser loads on first use
    from licheng.exceptions import LichengError

    if "(" not in plain and "（" not in plain:
        return
    lines = _lines(plain)
    for index, (_, line) in enumerate(lines):
        columns = _columns(line)
        if not columns:
            continue
        title_at, title = _title(lines, index)
        word = v.MEASURE_RE.search(title)
        measure = v.MEASURE_OF[word.group()] if word else None
        period = resolve(title_at, title_at + len(title))
        holder = region
        if word is not None:
            named = v.PERIOD_RE.sub("", title[: word.start()]).strip()
            holder = named if len(named) >= 2 else region  # noqa: PLR2004 - a name
        for at, row_line in lines[index + 1 : index + 1 + _ROWS_AT_MOST]:
            row = _ROW.fullmatch(row_line)
            if row is None:
                break
            numbers = list(_CELL.finditer(row.group("cells")))
            if len(numbers) != len(columns):
                break
            name = re.sub(r"\s+", "", row.group("name"))
            own = v.MEASURE_RE.search(name)
            if own is not None and own.end() == len(name):
                row_measure, subject = v.MEASURE_OF[own.group()], holder
            elif measure is None:
                continue
            else:
                row_measure = "value_added" if measure == "gdp" else measure
                subject = name
            kind = _kind(subject)
            for number, column in zip(numbers, columns, strict=True):
                try:
                    figure = parse_figure(number.group().replace("−", "-") + column.unit)
                except LichengError:
                    continue
                start = at + row.start("cells") + number.start()
                reference = Reference(subject, row_measure)
                draft = Draft(
                    figure=figure,
                    measure=row_measure,
                    role=column.role,
                    subject=subject,
                    subject_kind=kind,
                    period=period,
                    basis=column.basis,
                    whole=Reference(holder, row_measure) if column.role == "share" else None,
                    about=reference if column.role == "growth" else None,
                )
                yield TableCell(start, start + len(number.group()), draft, (at, at + len(row_line)))
