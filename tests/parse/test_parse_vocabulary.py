"""The parser's one vocabulary agrees with the unit registry, the numeral reader and the formatter.

Every word table the readers use is derived from ``licheng._parse.vocabulary``; what cannot be
derived (``units.txt``, the formatter's measure words, the fast readers' tables) is checked here.
"""

from __future__ import annotations

import pytest

from licheng import Figure, extract, format_figure, parse_figure
from licheng._display import _MEASURE_WORDS
from licheng._parse import fast, numerals, vocabulary
from licheng._parse.vocabulary import (
    CURRENCY_NAMES,
    PREFIX_QUALIFIERS,
    SUFFIX_QUALIFIERS,
    TRILLION_BEFORE,
    UNIT_WORDS,
    Guard,
    Kind,
    Rule,
)
from licheng._units import base_factor, is_count


@pytest.mark.parametrize("word", sorted(UNIT_WORDS))
def test_every_unit_word_names_a_registry_unit(word: str) -> None:
    entry = UNIT_WORDS[word]
    assert isinstance(entry.kind, Kind)
    assert isinstance(entry.rule, Rule)
    if entry.unit in {"percent", "permille"}:
        return  # pint's own dimensionless units
    base_factor(entry.unit)  # raises UndefinedUnitError for a unit units.txt lacks
    assert is_count(entry.unit) is (entry.kind is Kind.COUNT), word


@pytest.mark.parametrize("name", sorted(CURRENCY_NAMES))
def test_every_currency_name_names_a_currency_in_the_registry(name: str) -> None:
    factor, dimension = base_factor(CURRENCY_NAMES[name])
    assert dimension.startswith("[currency_"), name
    assert factor == 1


@pytest.mark.parametrize("name", sorted(CURRENCY_NAMES))
def test_every_currency_name_is_read_after_a_number_and_after_zhao(name: str) -> None:
    unit = CURRENCY_NAMES[name]
    assert parse_figure(f"5{name}") == Figure("5", unit)
    assert name in TRILLION_BEFORE
    assert numerals.read_numeral(f"1.2兆{name}").value == 1_200_000_000_000  # type: ignore[union-attr]


def test_the_numeral_reader_uses_the_vocabulary() -> None:
    assert numerals.DIGITS is vocabulary.DIGITS
    assert numerals.SMALL_UNITS is vocabulary.SMALL_UNITS
    assert numerals.BIG_UNITS is vocabulary.BIG_UNITS


@pytest.mark.parametrize(("dimension", "word"), sorted(_MEASURE_WORDS.items()))
def test_the_formatters_measure_words_are_count_words_of_that_dimension(
    dimension: str, word: str
) -> None:
    assert UNIT_WORDS[word].kind is Kind.COUNT
    assert base_factor(UNIT_WORDS[word].unit)[1] == dimension


def test_the_fast_readers_read_only_vocabulary_words() -> None:
    for word, (unit, kind) in fast._LANE_UNITS.items():
        if kind == Kind.MONEY:
            money_words = {*CURRENCY_NAMES, "元", "圆"}
            assert word in money_words or word.removesuffix("人民币") in money_words, word
            assert unit in CURRENCY_NAMES.values() or unit == "元"
        elif word != "个百分点":
            assert vocabulary.UNITS[word] == (unit, kind), word


def test_qualifier_words_carry_an_enum_guard() -> None:
    for table in (PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS):
        for word, entry in table.items():
            assert isinstance(entry.guard, Guard), word
    for word in vocabulary.NOT_AFTER:
        assert PREFIX_QUALIFIERS[word].guard in {
            Guard.NOT_IN_WORD,
            Guard.NOT_IN_WORD_NOR_DURATION,
        }


def test_canadian_dollars_in_zhao_are_trillions() -> None:
    """The live bug of issue 14: 加元 was a currency to the numeral reader only."""
    [mention] = extract("出口1.2兆加元")
    assert mention.surface == "1.2兆加元"
    assert mention.figure == Figure("1.2", "万亿加元")
    assert mention.figure.value.to("CAD").magnitude == 1.2e12
    assert format_figure(mention.figure, locale="en_US") == "1.2 trillion Canadian dollars"


def test_five_canadian_dollars_parse() -> None:
    assert parse_figure("5加元") == Figure("5", "CAD")
    assert parse_figure("约5亿加币") == Figure("5", "亿加元", "approx")


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("天然气产量209.88亿立方米，增长5%", "209.88亿立方米", Figure("209.88", "亿立方米")),
        ("天然氣產量十三億立方公尺", "十三億立方公尺", Figure("13", "亿立方米")),
        ("储量1.2万亿立方", "1.2万亿立方", Figure("1.2", "万亿立方米")),
        (
            "集装箱吞吐量320万标准箱",
            "320万标准箱",
            Figure("3200000", "标箱", low="3195000", high="3205000"),
        ),
        (
            "貨櫃吞吐量1,200萬標箱",
            "1,200萬標箱",
            Figure("12000000", "标箱", low="11995000", high="12005000"),
        ),
        ("吞吐量8000TEU", "8000TEU", Figure("8000", "标箱")),
        ("PM2.5平均浓度27微克/立方米", "27微克/立方米", Figure("27", "微克/立方米")),
        ("年降雨量1150公釐", "1150公釐", Figure("1150", "毫米")),
        ("总建筑面积12万方", "12万方", Figure("12", "万平方米")),  # 方 stays an area
        ("原油产量1.0786亿桶", "1.0786亿桶", Figure("1.0786", "亿桶")),
        ("生猪出栏16.68万头", "16.68万头", Figure("166800", "头", low="166750", high="166850")),
        ("豬隻出欄12萬頭", "12萬頭", Figure("120000", "头", low="115000", high="125000")),
        ("家禽出栏360万只", "360万只", Figure("3600000", "只", low="3595000", high="3605000")),
        ("医院病床27.9万张", "27.9万张", Figure("279000", "张", low="278500", high="279500")),
        ("举办招聘会2.1万场", "2.1万场", Figure("21000", "场", low="20500", high="21500")),
        ("中欧班列开行909列", "909列", Figure("909", "列")),
        ("抽检食品4万批次", "4万批次", Figure("40000", "批次", low="35000", high="45000")),
        ("植树1858万株", "1858万株", Figure("18580000", "株", low="18575000", high="18585000")),
    ],
)
def test_volumes_containers_and_concentrations_keep_their_unit(
    text: str, surface: str, figure: Figure
) -> None:
    """Gas, oil, containers, livestock … were read as bare numbers (12亿立方米 → 1.2E9)."""
    [mention, *_] = extract(text)
    assert (mention.surface, mention.figure) == (surface, figure)


@pytest.mark.parametrize(
    "text", ["千头万绪", "一头连着", "形成一张网", "万头攒动", "一场比赛", "第3场"]
)
def test_a_measure_word_in_an_idiom_is_no_figure(text: str) -> None:
    assert extract(text) == []
