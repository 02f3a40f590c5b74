from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

from licheng import Figure, Qualifier, parse_figure
from licheng.exceptions import ParseError

EXACT, APPROX, NEARLY = Qualifier.EXACT, Qualifier.APPROX, Qualifier.NEARLY
MORE, AT_LEAST, LESS, AT_MOST = (
    Qualifier.MORE_THAN,
    Qualifier.AT_LEAST,
    Qualifier.LESS_THAN,
    Qualifier.AT_MOST,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money
        ("52.2亿元", Figure("52.2", "亿元")),
        ("3541.07万元", Figure("3541.07", "万元")),
        ("伍拾贰亿元", Figure("52", "亿元")),
        ("4.3亿美元", Figure("4.3", "亿美元")),
        ("1.2亿欧元", Figure("1.2", "亿欧元")),
        ("8亿港元", Figure("8", "亿港元")),
        ("300亿日元", Figure("300", "亿日元")),
        ("10亿元人民币", Figure("10", "亿元")),
        ("人民币10亿元", Figure("10", "亿元")),
        ("123元1角1分", Figure("123.11", "元")),
        ("壹拾壹元整", Figure("11", "元")),
        ("$20", Figure("20", "美元")),
        # area, power, energy, mass
        ("40万平方米", Figure("40", "万平方米")),
        ("400余亩", Figure.odd(400, "亩")),
        ("5.5万亩", Figure("5.5", "万亩")),
        ("2300公顷", Figure("2300", "公顷")),
        ("约120平方公里", Figure("120", "平方公里", APPROX)),
        ("90平米", Figure("90", "平方米")),
        ("12万方", Figure("12", "万平方米")),
        ("1000瓦及以上", Figure("1000", "瓦", AT_LEAST)),
        ("120万千瓦", Figure("120", "万千瓦")),
        ("10kW", Figure("10", "kW")),
        ("6兆瓦级", Figure("6", "兆瓦", AT_LEAST)),
        ("52.3亿千瓦时", Figure("52.3", "亿千瓦时")),
        ("420亿度", Figure("420", "亿千瓦时")),
        ("5MWh", Figure("5", "MWh")),
        ("48.6万吨", Figure("48.6", "万吨")),
        # computing power
        ("2300P", Figure("2300", "PFLOPS")),
        ("5EFLOPS", Figure("5", "EFLOPS")),
        ("1亿亿次/秒", Figure("1E+1", "PFLOPS")),
        # counts and durations
        ("30多家", Figure.odd(30, "家")),
        ("219 个", Figure("219", "个")),
        ("过万家", Figure("1E+4", "家", MORE)),
        ("上千家", Figure("1E+3", "家", AT_LEAST)),
        ("不足50家", Figure("50", "家", LESS)),
        ("1.5万人", Figure("1.5E+4", "人", low="14500", high="15500")),
        ("3年", Figure("3", "年")),
        ("6个月", Figure("6", "个月")),
        # percent and percentage points
        ("28%", Figure("28", "percent")),
        ("百分之二十八", Figure("28", "percent")),
        ("九成", Figure("9E+1", "percent")),
        ("近三成", Figure("3E+1", "percent", NEARLY)),
        ("6.39‰", Figure("6.39", "permille")),
        ("2个百分点", Figure("2", "percentage_point")),
        ("二三十个百分点", Figure.between(20, 30, "percentage_point")),
        # qualifiers
        ("近40亿元", Figure("40", "亿元", NEARLY)),
        ("超过300亿元", Figure("300", "亿元", MORE)),
        ("逾千亿元", Figure("1E+3", "亿元", MORE)),
        ("突破千亿元", Figure("1E+3", "亿元", MORE)),
        ("20亿元以上", Figure("20", "亿元", AT_LEAST)),
        ("不少于9000元", Figure("9000", "元", AT_LEAST)),
        ("不到10亿元", Figure("10", "亿元", LESS)),
        ("不超过50万元", Figure("50", "万元", AT_MOST)),
        ("3.5%以内", Figure("3.5", "percent", AT_MOST)),
        ("约1200亿元左右", Figure("1200", "亿元", APPROX)),
        ("四十余亿元", Figure.odd(40, "亿元")),
        ("千亿级", Figure("1E+11", "", AT_LEAST)),
        ("10亿元级", Figure("10", "亿元", AT_LEAST)),
        # ranges
        ("5至10亿元", Figure.between(5, 10, "亿元")),
        ("3～5万元", Figure.between(3, 5, "万元")),
        ("3-5亿元", Figure.between(3, 5, "亿元")),
        ("两到三万", Figure.between(20000, 30000, "")),
        ("五六亿", Figure.between("5E+8", "6E+8", "")),
        # bare numbers
        ("一千多万", Figure.odd("1E+7", "")),
        ("3541.07万", Figure("3.54107E+7", "")),
        ("两千六百万", Figure("2.6E+7", "")),
        ("十四", Figure("14", "")),
        # traditional and full-width
        ("５２．２億元", Figure("52.2", "亿元")),
        ("四十餘畝", Figure.odd(40, "亩")),
        ("約４４％", Figure("44", "percent", APPROX)),
        ("40萬(wàn)平方米", Figure("40", "万平方米")),
    ],
)
def test_parse_figure(text: str, expected: Figure) -> None:
    figure = parse_figure(text)
    assert figure == expected
    assert (figure.unit, figure.magnitude) == (expected.unit, expected.magnitude)


def test_written_precision_sets_the_interval() -> None:
    figure = parse_figure("52.2亿元")
    assert (figure.low_magnitude, figure.high_magnitude) == (Decimal("52.15"), Decimal("52.25"))
    two_thousand_six = parse_figure("两千六百万")
    assert two_thousand_six.high_magnitude == Decimal("2.65E+7")


def test_parsed_figures_are_valid_figures() -> None:
    # parse_figure builds figures without re-running Figure's validators; rebuilding them
    # through the public constructor must give the same figure.
    for text in ("52.2亿元", "30多家", "5至10亿元", "约1200亿元左右", "1.5万人", "近三成"):
        figure = parse_figure(text)
        rebuilt = Figure(
            figure.magnitude,
            figure.unit,
            figure.qualifier,
            low=figure.low_magnitude,
            high=figure.high_magnitude,
            approximate=figure.approximate,
        )
        assert rebuilt == figure
        # evolve goes through the constructor with the same fields, implied bounds included
        assert repr(attrs.evolve(figure)) == repr(figure)
        assert eval(repr(figure), {"Figure": Figure}) == figure  # noqa: S307 - our own repr


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("", 0),
        ("增长", 0),
        ("52.2亿元增长", 6),
        ("万", 0),
        ("3.6人", 0),
        ("2025年", 4),
        ("10.1万零100", 5),
    ],
)
def test_not_a_quantity(text: str, position: int) -> None:
    with pytest.raises(ParseError) as info:
        parse_figure(text)
    assert info.value.text == text
    assert info.value.position == position


def test_not_a_string() -> None:
    with pytest.raises(ParseError):
        parse_figure(52.2)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "value"), [("5百分点", "5"), ("三百分点", "3"), ("0.5个百分点", "0.5")]
)
def test_percentage_points_after_a_bare_number(text: str, value: str) -> None:
    # 百 of 百分点 belongs to the unit: 5百分点 is 5 points, not 500 of something.
    figure = parse_figure(text)
    assert (figure.magnitude, figure.unit) == (Decimal(value), "percentage_point")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.2兆元", Figure("1.2", "万亿元")),  # Traditional Chinese writes 万亿 as 兆
        ("550兆日元", Figure("550", "万亿日元")),
        ("1餘兆元", Figure("1", "万亿元", Qualifier.MORE_THAN, high="2")),
        ("1兆至2兆元", Figure("1.5", "万亿元", Qualifier.RANGE, low="1", high="2")),
        ("3兆瓦", Figure("3", "兆瓦")),  # before anything but a currency, 兆 is mega
    ],
)
def test_zhao_before_a_currency_is_a_trillion(text: str, expected: Figure) -> None:
    figure = parse_figure(text)
    assert (figure, figure.unit) == (expected, expected.unit)
