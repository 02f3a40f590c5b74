from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from licheng._parse import seam
from licheng._parse.numerals import parse_numeral, read_numeral
from licheng.exceptions import ParseError


@pytest.mark.parametrize(
    ("text", "value", "exponent"),
    [
        ("52.2", "52.2", -1),
        ("1,307", "1307", 0),
        ("十四", "14", 0),
        ("两千六百万", "26000000", 6),
        ("一千零一", "1001", 0),
        ("3541.07万", "35410700", 2),
        ("1.5万", "15000", 3),
        ("伍拾贰亿", "5200000000", 8),
        ("0.5", "0.5", -1),
        ("一万三", "13000", 3),
        ("两千六", "2600", 2),
        ("一百二十万三", "1203000", 3),
        ("四万万", "400000000", 8),
        ("10万万", "1000000000", 8),
        ("一万五千亿", "1500000000000", 11),
        ("廿二", "22", 0),
        ("负三十二", "-32", 0),
        ("-10.1万", "-101000", 3),
        ("零点零一", "0.01", -2),
        ("两千万点五五四四", "20000000.5544", -4),
        ("200亿零四千230", "20000004230", 0),
        ("1百01", "101", 0),
        ("一百 五 十 二", "152", 0),
        ("7 万5 千4 百", "75400", 2),
        ("千三", "1300", 2),
        ("一百零十万", "1100000", 5),
    ],
)
def test_values_and_precision(text: str, value: str, exponent: int) -> None:
    number = parse_numeral(text)
    assert number == Decimal(value)
    assert number.as_tuple().exponent == exponent


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("五六亿", "5E+8", "6E+8"),
        ("二三十", "20", "30"),
        ("三五百", "300", "500"),
        ("一两", "1", "2"),
    ],
)
def test_neighbouring_digits_are_a_range(text: str, low: str, high: str) -> None:
    numeral = read_numeral(text)
    assert numeral is not None
    assert numeral.value == Decimal(low)
    assert numeral.high == Decimal(high)


@pytest.mark.parametrize(
    ("text", "value", "step"),
    [
        ("四十余亿", "4E+9", "1E+9"),
        ("30多", "30", "10"),
        ("十几", "10", "10"),
        ("一百零几万", "1000000", "100000"),
        ("500余万", "5000000", "1000000"),
        ("1.1万余", "11000", "1000"),
        ("一万多", "10000", "10000"),
    ],
)
def test_odd_forms(text: str, value: str, step: str) -> None:
    numeral = read_numeral(text)
    assert numeral is not None
    assert (numeral.value, numeral.odd_step) == (Decimal(value), Decimal(step))


def test_some_tens() -> None:
    numeral = read_numeral("几十万")
    assert numeral is not None
    assert (numeral.value, numeral.high, numeral.multiplier) == (
        Decimal(100000),
        Decimal(1000000),
        4,
    )


def test_reads_as_far_as_the_numeral_goes() -> None:
    numeral = read_numeral("百分之七十百分位", 3)
    assert numeral is not None
    assert (numeral.value, numeral.end) == (Decimal(70), 5)
    assert read_numeral("一切") is not None  # 一, for the caller to judge
    assert read_numeral("增长") is None


def test_the_multiplier_of_kilo_units_stays_with_the_unit() -> None:
    numeral = read_numeral("120万千瓦")
    assert numeral is not None
    assert (numeral.value, numeral.end, numeral.multiplier) == (Decimal(1200000), 4, 4)


@pytest.mark.parametrize(
    "text", ["", "元整", "负", "零点", "点零", "零点点", "10..1万", "10.1万零100", "十一十二"]
)
def test_not_numerals(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_numeral(text)
    assert info.value.text == text


# What may follow or surround an Arabic number: every character that carries it on in the
# reader, some that end it, and digits that are not ASCII.
_AROUND_ARABIC = "0123456789.,，点个 \t万亿兆百千十余多几一二两零廿卅拾佰元家%-负+年月、和农瓦²٣"


@pytest.mark.compares_readers
@given(text=st.text(alphabet=_AROUND_ARABIC, max_size=12), whole=st.booleans())
@example(text="1,307家", whole=False)
@example(text="4，565.00元", whole=False)
@example(text="4，565", whole=True)
@example(text="3 万", whole=False)
@example(text="-0", whole=False)
@example(text="1" * 41, whole=False)
def test_the_arabic_lane_reads_as_the_reader_does(text: str, *, whole: bool) -> None:
    """A plain Arabic number skips the reader; the numeral is the one the reader gives."""
    quick = read_numeral(text, whole=whole)
    with seam.reference_only():
        general = read_numeral(text, whole=whole)
    assert repr(quick) == repr(general)


@pytest.mark.parametrize(
    ("text", "value", "end"),
    [
        ("1.2兆元", Decimal("1.2E+12"), 4),  # Traditional Chinese: 兆 is 万亿 before a currency
        ("550兆日元", Decimal("5.50E+14"), 4),
        ("两兆美元", Decimal("2E+12"), 2),
        ("3兆瓦", Decimal(3), 1),  # mega: the unit 兆瓦, not a multiplier
        ("5兆字节", Decimal(5), 1),
    ],
)
def test_zhao_multiplies_only_before_a_currency(text: str, value: Decimal, end: int) -> None:
    numeral = read_numeral(text)
    assert numeral is not None
    assert (numeral.value, numeral.end) == (value, end)
