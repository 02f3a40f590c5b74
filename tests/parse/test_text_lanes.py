"""The parser's fast lanes give exactly what its general path gives.

``licheng._parse.fast`` reads the common shapes (an Arabic number, 万/亿 and a plain unit) with
one regular expression each; ``seam.reference_only`` reads without them. Everything here reads
the same text both ways and compares the results to the last written digit.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import random
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import shared_data, wide
from licheng import extract, normalize, parse_figure
from licheng._parse import fast, fast_scan, reading, scan, seam
from licheng.exceptions import ParseError

CORPUS = Path(__file__).parents[1] / "corpus" / "sentences.txt"
CONFORMANCE = shared_data("conformance")


@contextlib.contextmanager
def _lanes(*, on: bool) -> Iterator[None]:
    if on:
        yield
    else:
        with seam.reference_only():
            yield


def _mentions(text: str) -> list[tuple[object, ...]]:
    return [
        (
            m.start,
            m.end,
            repr(m.figure),
            m.role,
            m.basis,
            m.surface,
            m.figure.approximate,
        )
        for m in extract(text)
    ]


def _parsed(text: str) -> str:
    try:
        figure = parse_figure(text)
    except ParseError as error:
        return f"ParseError({error.position})"
    return repr(figure)


def _readings(text: str) -> list[str]:
    source = normalize(text).text
    stop = len(source)
    return [repr(reading._read_at(source, pos, stop)) for pos in range(stop)]


def _both(function: object, text: str) -> None:
    assert callable(function)
    with _lanes(on=False):
        general = function(text)
    with _lanes(on=True):
        fast = function(text)
    assert fast == general, text


def _texts() -> list[str]:
    texts = [
        line[2:]
        for line in CORPUS.read_text(encoding="utf-8").splitlines()
        if line.startswith("> ")
    ]
    for path in sorted(CONFORMANCE.glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        texts.extend(json.loads(line)["input"] for line in lines if line.strip())
    return texts


@pytest.mark.seam_wiring
def test_lanes_are_on() -> None:
    assert seam.FAST
    with seam.reference_only():
        assert seam.READERS.reading is not fast._reading
    assert seam.READERS.reading is fast._reading
    assert seam.READERS.arabic is fast_scan._arabic_mention
    assert seam.READERS.mention is fast_scan._lane_mention


@pytest.mark.compares_readers
@pytest.mark.parametrize("text", _texts())
def test_same_mentions_on_corpus_and_conformance_texts(text: str) -> None:
    _both(_mentions, text)
    _both(_parsed, text)
    _both(_readings, text)


# Shapes near the lane's edges: numbers with grouping, decimals, signs and multipliers, unit
# words that are prefixes of others (个/个月, 人/人民币/人次, 台/台币, 瓦/瓦时, 千瓦), and what may
# follow (ranges, 半, 角/分, 以上, a second number).
_PIECES = [
    *"0123456789",
    ",",
    ".",
    "-",
    "负",
    "+",
    " ",
    "万",
    "亿",
    "万亿",
    "千",
    "百",
    "余",
    "多",
    "点",
    "五",
    "两",
    "一",
    "三",
    "零",
    "产业",
    "季度",
    "第",
    "与",
    "元",
    "圆",
    "块",
    "钱",
    "整",
    "角",
    "分",
    "又",
    "美元",
    "日元",
    "港元",
    "比特币",
    "元人民币",
    "美分",
    "人民币",
    "人",
    "人次",
    "个",
    "个月",
    "个百分点",
    "百分点",
    "家",
    "台",
    "台币",
    "亩",
    "平方米",
    "瓦",
    "千瓦",
    "瓦时",
    "米",
    "%",
    "‰",
    "年",
    "代",
    "月",
    "日",
    "美",
    "人",
    "天",
    "成",
    "倍",
    "至",
    "到",
    "~",
    "—",
    "(含)",
    "半",
    "以上",
    "左右",
    "约",
    "近",
    "超过",
    "达到",
    "不到",
    "不足",
    "约为",
    "逾",
    "突破",
    "最高",
    "以下",
    "及以上",
    "级",
    "同比增长",
    "比上年",
    "环比",
    "下降",
    "收窄",
    "提高到",
    "占",
    "比重",
    "约占",
    "的",
    "，",
    "。",
    "和",
    "、",
    "分别",
    "算力",
    "P",
    "E",
    "T",
    "PB",
    "不变",
    "九",
    "十",
    "数",
    "几",
    "二",
    "四",
    "六",
    "十五",
    "二十",
    "两千",
    "四百",
    "方",
    "方面",
    "兆",
    "兆元",
    "兆瓦",
    "度",
    "名",
    "户",
    "吨",
    "k",
    "W",
    "m",
    "GW",
    "kWh",
    "MW",
    "kg",
    "cm",
    "CM",
    "TEU",
    "m²",
    "h",
    "G",
    "x",
    "电",
    "每秒",
    "次",
]
_LANE_TEXT = st.lists(st.sampled_from(_PIECES), max_size=24).map("".join)


@pytest.mark.compares_readers
@settings(max_examples=wide(2000))  # ci, dev: 500; long: 10,000
@given(_LANE_TEXT)
@example("52.2亿元，14家，28%，0.5个百分点，40万平方米，5个月，3人民币，2台币")
@example("1,234.5万元整，5元3角，10至20亿元，3千瓦时，2个 百分点，2个百 分点，负3.2%")
@example("2025年7月18日，80年代，-2025年，3年半，82，225.00元，15k，3分之1，5G基站")
@example("18日元，18日，5美，5美元，3人，3人民币，7月18日起，1—6月，3至5日，2日、3日")
@example(
    "数据，数百万，几乎，几万元，负数，1—6月，1 - 6月，2025—2026年，十四五，四方，三大，一般，七星"
)
@example("400余亩，30多亿元，1.1万余户，30余万亿元，3万余亿，2.5亿美元，10亿元人民币，5美元20美分")
@example("一个，一家，约一个，一家以上，一个亿，一个月，一年，一成，一个 ，近一家，超过一个")
@example("一个、两个，一个和三家，每一个，第一个")
@example("增加219 家，5 %，3 万家，3 千瓦，5 美元，219  家至300家，2025 年，约30 亿元，219 家以上")
@example(
    "同比增长1.2倍，增长1.2倍以上，3倍，约增长1倍，增长1多倍，增长1.2倍至2倍，下降1.2倍，提高了2倍"
)
@example("1.2兆元，550兆日元，3兆瓦，3兆瓦时，两兆元，1兆，5兆字节，约1.2兆美元，1.2兆 元")
@example("突破3年级，超过2025年，约2025年代，近3年来，逾80年代，3年级，达到2025年")
@example("缩小至2.1，农村，82，225.00元，1，234元，7、8月，3，4家，2.1，3.5，零售，零点五，零")
@example("中车四方，一方面，三方，十万方，五万方，两千方，四方米，人民币四方，十一方")
@example("80多年代，30多年来，2025多年，3余年，约30多家，下降3多%，30余万户，20多个百分点，5余万元")
@example("二、三产业，一般，一季度，第三产业，约一成，人民币一亿，三 个，十四五，零售额")
@example("分别有二、三家，分别提高一和二个百分点，分别增长五与六成")
@example("5至10亿元，3-5个，3~5万元，3 - 5亿元，1,000-2,000万元以上，约3-5%左右，下降3~5个百分点")
@example("10至5亿元，3-4个，0-5万元，3-5万，3-5年，3-5年多，2025-2026年，3-5亿美元，3-5-7亿元")
@example(
    "近三成，三成以上，下降两成，七成六，三成半，五成至六成，八成不变，一成，十成，二三成，第三成"
)
@example(
    "两千六百万元，四百余亿元，二十五万户，四百多名，十万吨，五六亿元，三千瓦，三百分点，一家，三年多"
)
@example(
    "十余万元，三十余万亿元，两万余人，五千二百万美元，约二十个百分点左右，一百个，三千五百，一千零五十"
)
@example(
    "三千五百元，三千五元，一万两千人，十四五，二十一世纪，九千九百九十九万亿元，两千米，五百克，三个月"
)
@example(
    "一亿元，一万余户，一多年，两年半，二十年代，十二月，十成，百分之三，五十万方，三十度，二十个比特币"
)
@example(
    "突破千亿元，千亿级，百亿级企业，逾千亿元，亿元以上，过亿元，超百亿元，过万家，万元GDP，每千人，百家"
)
@example(
    "千万元，上万人，万亿元，千万亿元，亿元，百万元，约千亿元左右，超万亿元，千亿元人民币，万人次，百万吨"
)
@example(
    "培育千亿级产业集群，百亿级企业3家，超千亿级，万级，亿级以上，千亿级别，约百亿级左右，千亿级、百亿级，上万级"
)
@example(
    "用电量420亿度，12万方，30余万方，30余亿度，30亿余度，30万度电，30万度半，约30万方左右，30万亿方"
)
@example("1,300万度，30万 度，3度，5万度至8万度，用电3度，12万方米，12亿方，0万度")
@example("1.1万余度，近2万方以上")
@example("产能5GW，30kWh，5 GW，2TEU，5GWx，2025CMG，5kWh以上，约5MW左右，5万kW，5MWp")
@example("3 kW，5W，5mm，5m²，12cm，-5GW，A5GW，5.5GW至6GW，5GW至6GW，5GW半，5GW5，0GW")
@example("5余GW，5GW、6GW，增长5%A，5%和6%")
@example("算力规模达到2300P，5E，1.5T，2300PB，300P以上，近2万P，3-5P")
@example("约为5%，达到3%，比重为28%，不到10亿元，超过2个百分点，同比下降3.2%，降幅收窄1.5个百分点")
def test_same_readings_on_shapes_near_the_lane(text: str) -> None:
    _both(_readings, text)
    _both(_mentions, text)
    _both(_parsed, text)


# parse_figure's own fast path (``_parse_fast``: qualifier, number, 余/多, 万/亿, unit, suffix
# qualifier, or a simple range, in one match) against the general reader, on whole strings of
# the shapes it reads and of shapes just outside them.
_PARSE_PIECES = [
    *"0123456789",
    ",",
    ".",
    "-",
    " ",
    "万",
    "亿",
    "万亿",
    "余",
    "多",
    "千",
    "两",
    "约",
    "近",
    "超过",
    "不到",
    "逾",
    "上",
    "过",
    "最高",
    "人民币",
    "$",
    "元",
    "圆",
    "美元",
    "万美元",
    "港元",
    "亩",
    "平方米",
    "家",
    "个",
    "个月",
    "人",
    "人次",
    "%",
    "‰",
    "成",
    "倍",
    "个百分点",
    "百分点",
    "千瓦",
    "瓦",
    "至",
    "到",
    "~",
    "—",
    "以上",
    "及以上",
    "以下",
    "左右",
    "级",
    "半",
    "整",
]
_PARSE_TEXT = st.lists(st.sampled_from(_PARSE_PIECES), min_size=1, max_size=8).map("".join)


@pytest.mark.compares_readers
@settings(max_examples=600)
@given(_PARSE_TEXT)
@example("近40亿元")
@example("约1,234.5万元左右")
@example("400余亩")
@example("30多万亿元")
@example("5至10亿元")
@example("3~5万元")
@example("10至5亿元")
@example("0.5个百分点")
@example("1.5家")
@example("-3.2%")
@example("超过20亿元以上")
@example("上5000元")
@example("20 亿元")
@example("5百分点")  # left to the general reader, whose numeral stops before 百分点
@example("0万元")  # zero keeps the general reader's exponent
@example("0万家")
@example("0至5亿元")
def test_parse_fast_matches_the_general_reader(text: str) -> None:
    _both(_parsed, text)


@pytest.mark.compares_readers
def test_parse_fast_matches_on_benchmark_strings() -> None:
    path = Path(__file__).parents[2] / "benchmarks" / "bench_parser.py"
    spec = importlib.util.spec_from_file_location("bench_parser", path)
    assert spec is not None
    assert spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rng = random.Random(6)  # noqa: S311 - test data
    for text in bench.money_strings(rng, 2000):  # the shapes parse_figure is timed on
        _both(_parsed, text)
    for _ in range(300):
        _both(_parsed, bench.numeral(rng))
        _both(_parsed, bench.percent(rng))


_CHINESE_FIGURE = "一二两三四五六七八九十百千零壹贰拾佰仟万亿余多元瓦克米家%级以上左右约近 "


@pytest.mark.compares_readers
@given(text=st.text(alphabet=_CHINESE_FIGURE, max_size=10))
@example(text="三千瓦")
@example(text="十五余万元")
@example(text="十级")
@example(text="拾多级")
@example(text="十余万级")
@example(text="约三千万元左右")
def test_chinese_numerals_read_as_the_reference_reader_does(text: str) -> None:
    _both(_parsed, text)


def test_mentions_built_by_slots_equal_public_ones() -> None:
    assert tuple(field.name for field in attrs.fields(scan.Mention)) == scan._MENTION_FIELDS
    text = "近40萬(wàn)元，增长5.2%，两千六百万(wàn)元"
    norm = normalize(text)
    for mention in extract(text):
        public = scan.Mention(
            mention.start,
            mention.end,
            mention.figure,
            mention.role,
            mention.basis,
            mention.surface,
        )
        assert mention == public
        assert hash(mention) == hash(public)
        assert repr(mention) == repr(public)
        assert mention.surface == text[mention.start : mention.end]
    spans = [(m.start, m.end) for m in extract(text)]
    assert spans[0] == norm.original_span(0, 5)
    assert [text[start:end] for start, end in spans] == [
        "近40萬(wàn)元",
        "5.2%",
        "两千六百万(wàn)元",
    ]


@settings(max_examples=wide(2000))
@given(_LANE_TEXT)
@example("1,234.5万元，0.5%，007，00.5，1,23，12,345,6，1.2.3，.5，$5，￥3，百分之三，9万余亿")
@example("1,000,000,000,000,000,000,000亿元，3余万户，0亿，五六亿元，数据，十四五")
@example("7.２成，1２3万元，0.５%，５万元")
def test_scan_finds_what_the_lane_reads(text: str) -> None:
    # extract's scan stops at the next character that may start a figure, and after a digit
    # reads on exactly as ``_LANE`` does there (its own groups after an empty ``lane`` group)
    starts = frozenset("0123456789.$￥¥€£" + scan.CN_NUMERAL_CHARS)
    for pos in range(len(text)):
        found = scan._SCAN.search(text, pos)
        expected = next((at for at in range(pos, len(text)) if text[at] in starts), None)
        assert (found and found.start()) == expected, (text, pos)
        if found is None:
            continue
        lane = fast._LANE.match(text, found.start())
        assert (found.lastindex != 1) == (lane is not None), (text, pos)
        if lane is not None:
            number, marker, *tail = found.groups()
            assert (number, *tail) == lane.groups(), (text, pos)
            assert marker == ""
            assert found.end() == lane.end(), (text, pos)
