from __future__ import annotations

import copy
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from licheng import Period
from licheng.exceptions import ParseError, ValidationError


@pytest.mark.parametrize(
    ("text", "year", "expected", "label"),
    [
        ("上半年", 2025, (2025, 1, 6), "2025H1"),
        ("下半年", 2025, (2025, 7, 12), "2025H2"),
        ("2025年1-6月", None, (2025, 1, 6), "2025H1"),
        ("2025年1—6月", None, (2025, 1, 6), "2025H1"),
        ("2025年1～8月", None, (2025, 1, 8), "2025M01-M08"),
        ("1-8月", 2024, (2024, 1, 8), "2024M01-M08"),
        ("2024年前三季度", None, (2024, 1, 9), "2024Q1-Q3"),
        ("一季度", 2025, (2025, 1, 3), "2025Q1"),
        ("第二季度", 2025, (2025, 4, 6), "2025Q2"),
        ("四季度", 2025, (2025, 10, 12), "2025Q4"),
        ("2025年6月", None, (2025, 6, 6), "2025M06"),
        ("十二月", 2025, (2025, 12, 12), "2025M12"),
        ("全年", 2025, (2025, 1, 12), "2025"),
        ("2025年", None, (2025, 1, 12), "2025"),
        ("2025年1-6月累计", None, (2025, 1, 6), "2025H1"),
        ("前5个月", 2025, (2025, 1, 5), "2025M01-M05"),
        # the forms of releases and statistical tables
        ("今年上半年", 2025, (2025, 1, 6), "2025H1"),
        ("去年上半年", 2025, (2024, 1, 6), "2024H1"),
        ("今年", 2025, (2025, 1, 12), "2025"),
        ("2024年度", None, (2024, 1, 12), "2024"),
        ("第一季度", 2025, (2025, 1, 3), "2025Q1"),
        ("第1-2季度", 2025, (2025, 1, 6), "2025H1"),
        ("第二至三季度", 2025, (2025, 4, 9), "2025Q2-Q3"),
        ("前三季度", 2025, (2025, 1, 9), "2025Q1-Q3"),
        ("1—8月", 2025, (2025, 1, 8), "2025M01-M08"),
        ("1-8月份", 2025, (2025, 1, 8), "2025M01-M08"),
        ("截至6月底", 2025, (2025, 6, 6), "2025M06"),
        ("截至2025年上半年", None, (2025, 1, 6), "2025H1"),
        ("截至2018年底", None, (2018, 1, 12), "2018"),
        ("2024年末", None, (2024, 1, 12), "2024"),
        ("2025-06", None, (2025, 6, 6), "2025M06"),
        ("2025-6", 2020, (2025, 6, 6), "2025M06"),
        ("2019Q3", None, (2019, 7, 9), "2019Q3"),
        ("2019年第1-3季度", None, (2019, 1, 9), "2019Q1-Q3"),
        ("2025年6月累计值", None, (2025, 1, 6), "2025H1"),
        ("8月累计", 2025, (2025, 1, 8), "2025M01-M08"),
        ("2025年6月当期值", None, (2025, 6, 6), "2025M06"),
        ("1-8月累计值", 2025, (2025, 1, 8), "2025M01-M08"),
    ],
)
def test_parse_chinese_periods(
    text: str, year: int | None, expected: tuple[int, int, int], label: str
) -> None:
    period = Period.parse(text, year=year)
    assert (period.year, period.start_month, period.end_month) == expected
    assert str(period) == label
    assert Period.parse(label) == period


def test_cumulative() -> None:
    assert Period(2025, 1, 6).cumulative
    assert Period(2025, 1, 9).cumulative
    assert Period(2025).cumulative
    assert not Period(2025, 4, 6).cumulative
    assert not Period(2025, 6).cumulative
    assert Period(2025, 6).months == 1
    assert Period(2025, 1, 6).months == 6


def test_previous_year() -> None:
    assert Period(2025, 1, 6).previous_year() == Period(2024, 1, 6)


def test_value_semantics() -> None:
    period = Period(2025, 1, 6)
    assert period == Period.parse("上半年", year=2025)
    assert hash(period) == hash(Period(2025, 1, 6))
    assert copy.deepcopy(period) == period
    assert pickle.loads(pickle.dumps(period)) == period
    assert eval(repr(period), {"Period": Period}) == period  # noqa: S307 - our own repr
    assert Period(2024, 1, 12) < Period(2025, 1, 6) < Period(2025, 7, 12)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        period.year = 2024  # type: ignore[misc]


@pytest.mark.parametrize(
    "text",
    ["下周", "", "2025年13月", "上半年度末", "Q5", "7-3月", "累计值", "截至", "2025-13", "第5季度"],
)
def test_bad_periods_name_the_text(text: str) -> None:
    with pytest.raises(ParseError) as info:
        Period.parse(text, year=2025)
    assert info.value.text == text


def test_a_year_is_needed() -> None:
    with pytest.raises(ParseError, match="no year"):
        Period.parse("上半年")
    with pytest.raises(ParseError, match="今年 needs the year of the release") as info:
        Period.parse("今年上半年")
    assert info.value.text == "今年上半年"


@st.composite
def periods(draw: st.DrawFn) -> Period:
    start = draw(st.integers(1, 12))
    return Period(draw(st.integers(1000, 9999)), start, draw(st.integers(start, 12)))


@given(periods())
def test_every_period_reads_back_from_its_string(period: Period) -> None:
    assert Period.parse(str(period)) == period


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("2025H1", (1, 6)),
        ("2025", (1, 12)),
        ("2025Q1-Q3", (1, 9)),
        ("2025M01-M08", (1, 8)),
        ("2025M06", (6, 6)),
    ],
)
def test_the_reading_schema_forms(label: str, expected: tuple[int, int]) -> None:
    period = Period.parse(label)
    assert (period.start_month, period.end_month) == expected
    assert str(period) == label


@pytest.mark.parametrize(
    "args", [(2025, 0, 6), (2025, 1, 13), (2025, 7, 6), (0, 1, 6), (True, 1, 6), (2025, 1.0, 6)]
)
def test_invalid_periods(args: tuple[object, ...]) -> None:
    with pytest.raises(ValidationError):
        Period(*args)  # type: ignore[arg-type]
