"""Statistical tables in a release, on tables written here in the shapes bulletins use.

A table's cells are bare numbers: the header gives each column's unit and role, the row its
holder, the title its period and its measure (see ``licheng._read._tables``).
"""

from __future__ import annotations

import licheng

PIPES = (
    "经济运行总体平稳。\n"
    "表1 2019年玉环市生产总值\n"
    "| 绝 对 数 (亿元) | 比上年增长 (%) |\n"
    "地区生产总值 | 617.50 | 5.2 |\n"
    "第一产业 | 37.11 | 2.6 |\n"
)
BLANKS = (
    "表一:2020年全县生产总值(GDP)\n\n"
    "指标 完成数(万元) 比上年增长(%)\n"
    "地区生产总值 1244033.6 0.2\n"
    " 农林牧渔业 176161.0 2.2\n"
    "工业 375773.9 -5.6\n"
    "说明:本表按现价计算。\n"
)


def _rows(text: str) -> list[tuple[str, str, str, str, str, str | None]]:
    reading = licheng.read(text, published="2021-05-10")
    return [
        (
            str(i.figure),
            i.measure.code,
            i.role.value,
            i.subject,
            str(i.period),
            None if i.basis is None else i.basis.value,
        )
        for i in reading.indicators
    ]


def test_a_table_with_pipes_reads_every_cell() -> None:
    assert _rows(PIPES) == [
        ("617.50亿元", "gdp", "value", "玉环市", "2019", None),
        ("5.2%", "gdp", "growth", "玉环市", "2019", "yoy"),
        ("37.11亿元", "value_added", "value", "第一产业", "2019", None),
        ("2.6%", "value_added", "growth", "第一产业", "2019", "yoy"),
    ]


def test_a_table_set_with_blanks_reads_its_rows_and_stops_after_them() -> None:
    rows = _rows(BLANKS)
    assert [row[3] for row in rows] == ["全县", "全县", "农林牧渔业", "农林牧渔业", "工业", "工业"]
    assert rows[-1][:3] == ("-5.6%", "value_added", "growth")
    assert {row[4] for row in rows} == {"2020"}


def test_a_cells_span_and_quote_are_its_own() -> None:
    reading = licheng.read(PIPES, published="2021-05-10")
    first = reading.indicators[0]
    assert first.span is not None
    assert PIPES[slice(*first.span)] == "617.50"
    assert first.source is not None
    assert first.source.quote == "地区生产总值 | 617.50 | 5.2"


def test_a_header_without_units_or_a_percent_of_nothing_is_no_table() -> None:
    plain = "指标 本年 上年\n地区生产总值 617.50 590.1\n"
    assert licheng.read(plain).indicators == ()
    unnamed = "表1 2019年玉环市生产总值\n指标 数值(%)\n地区生产总值 5.2\n"
    assert licheng.read(unnamed).indicators == ()
