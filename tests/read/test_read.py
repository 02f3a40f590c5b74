"""licheng.read: figures of a release read as indicators, scored against the reading set."""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
import re
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import licheng
from conftest import shared_data
from licheng._read._score import load_passages, same_subject, score, seed_agreement

# -- the reading set: a regression guard a little under what the reader reaches --------------
# Measured on dev.jsonl (411 facts): read 100%, fully read 96.1%, subject 94.2%; traditional
# passages fully read 98.8%, subject 88.9%. The floors sit a little below.
READ_FLOOR = 0.98
FULL_FLOOR = 0.94
SUBJECT_FLOOR = 0.91
FIELD_FLOORS = {"measure": 0.96, "period": 0.95, "role": 0.98, "basis": 0.97, "scope": 0.95}
HANT_FULL_FLOOR = 0.95
HANT_SUBJECT_FLOOR = 0.86
# The bundled data set from its release's raw text: all 16 indicators given back. (Until the
# data set gave 6个算力中心, 2300P and 约44% to 济南超算科技城, as the release's sentence does,
# three were the district's and reading gave back 13.)
SEED_FLOOR = 16


# The held-out sets: each set's facts, then its floors by (script, field), a little below what
# the reader reaches. The history of each set's scores is in tests/data/reading/HOLDOUT.md.
HELD_OUT: dict[str, tuple[int, dict[tuple[str, str], float]]] = {
    # 268 facts annotated apart from the reader. Untouched: fully read 54.9% (simplified 69.2%,
    # traditional 29.2%), subject 56.3%. After general fixes of what it showed (so no longer
    # unbiased): fully read 90.7%, subject 78.0%; with the subject rules of the genre (topic,
    # enumeration, default holder, breakdowns) subject 91.4%; with reader8's rules fully read
    # 96.3%, subject 93.7%.
    "holdout": (
        268,
        {
            ("all", "read"): 0.95,
            ("all", "full"): 0.94,
            ("all", "subject"): 0.91,
            ("hant", "full"): 0.85,
        },
    ),
    # 153 facts, committed before the reader was run on it. Untouched: fully read 57.5%
    # (simplified 50.0%, traditional 66.7%), subject 48.4%, period 71.9%. After general fixes of
    # what it showed: fully read 87.6%, subject 56.9%; with the subject rules of the genre (a
    # national release's default holder, reporting clauses, 分别/各 lists, bracketed rates,
    # sectors that hold no economy-wide measure) subject 90.2%; with reader6's Taiwan/Hong Kong
    # rules fully read 92.8%; with reader8's rules 94.1%.
    "holdout2": (153, {("all", "read"): 0.97, ("all", "full"): 0.92, ("all", "subject"): 0.87}),
    # 208 facts, annotated without running the reader. Untouched, reader at 1bc3cff: read 93.8%,
    # fully read 51.9%, subject 63.0%, period 59.6%. After reader5/reader4's rules (written
    # without this set) fully read 69.2%; after reader6's rules of Taiwan and Hong Kong
    # statistical writing (with this set's errors in view) 84.6% (traditional 90.6%), subject
    # 76.0%; with reader8's rules fully read 88.9%, subject 81.2%.
    "holdout3": (
        208,
        {
            ("all", "read"): 0.96,
            ("all", "full"): 0.86,
            ("all", "subject"): 0.79,
            ("hant", "full"): 0.87,
        },
    ),
    # 280 facts, annotated blind after the reader had been tuned on the first three. Untouched,
    # reader at 83db6b1: fully read 55.0% (traditional 22.0%), subject 58.6%. After rules written
    # from its errors: fully read 85.0%, subject 77.5%; with reader8's rules 91.1% (traditional
    # 89.0%), subject 79.6%.
    "holdout4": (280, {("all", "full"): 0.89, ("all", "subject"): 0.77, ("hant", "full"): 0.86}),
    # 281 facts, annotated blind after the fourth set's and reader7's rules. Untouched, main at
    # d5e8a03: fully read 65.5%, subject 50.9%; with reader8's rules 80.8%, subject 75.4%.
    "holdout5": (281, {("all", "full"): 0.78, ("all", "subject"): 0.73}),
    # 157 facts, annotated blind. Untouched, main at d0747ff: fully read 62.4%, subject 66.2%;
    # released for training, reader8's rules read it fully at 82.2%, subject 83.4%.
    "holdout6": (157, {("all", "full"): 0.80, ("all", "subject"): 0.81}),
    # 244 facts, annotated blind while reader8's rules were written. Untouched, main at e0fe52f:
    # fully read 57.0%, subject 71.3% (d7c540b: 57.0%, 65.2%). With the head-noun measures
    # written from its errors (so no longer unbiased): 66.0%, subject 71.7%. Released for
    # training with holdout8: reader11's general rules (numbered points, gaps and turns that
    # name no holder, facilities counted in 家, a level reached, a stock's growth at its time
    # point, revisions in points, periods cut from nouns) read it fully at 70.1%, subject
    # 82.8%. 36 of its facts are dated only by their page's address (1-10月 with no year in
    # the text and no release date): no rule reaches them.
    "holdout7": (
        244,
        {
            ("all", "full"): 0.68,
            ("all", "subject"): 0.81,
            ("hant", "full"): 0.88,
        },
    ),
    # 254 facts, annotated blind while reader9's and reader10's rules were written; the page's
    # date given from its address where the page shows no other. Untouched, main at ad93875:
    # fully read 60.2%, subject 63.0%, period 76.8%, measure 77.2%. After reader9's, reader10's
    # rules and shares above 100%: 61.0%, subject 63.8%. One rule of reader9's that changed no
    # other set cost it 11 facts; it was narrowed before the merge. Released for training:
    # reader11's general rules (完成投资 as the investment last named, a breakdown's framing
    # count, 分别占 shares paired in order, a January review of the year before, a forecast's
    # period kept to its sentence, a list under a heading, 我旗) read it fully at 86.6%,
    # subject 75.2%.
    "holdout8": (
        254,
        {
            ("all", "full"): 0.85,
            ("all", "subject"): 0.73,
            ("hant", "full"): 0.80,
        },
    ),
    # 241 facts, annotated blind while reader11's rules were written. Untouched, main at
    # 6aa468f: fully read 62.7% (simplified 86.3%, traditional 15.0%), subject 64.3%; reader11's
    # rules alone (written from holdout7 and holdout8) left it at 62.7%. Released for
    # development: a heading ending in 比較 no longer makes the next line's date a comparator,
    # and the lead's rules from its errors read it fully at 77.6% (traditional 60.0%).
    "holdout9": (
        241,
        {
            ("all", "full"): 0.76,
            ("all", "subject"): 0.67,
            ("hant", "full"): 0.57,
        },
    ),
    # 235 facts, annotated blind after reader11's rules and the lead's from holdout9 were
    # merged. Untouched, main at 7c9f20e: fully read 55.3% (simplified 63.1%, traditional
    # 41.9%, of which only 45.3% read: two whole releases had a measure noun the reader did
    # not know and were dropped), subject 57.0%. After a noun ending in 值 or 消费 is kept and
    # 外商直接投资 is foreign capital: 66.0%.
    "holdout10": (
        235,
        {
            ("all", "full"): 0.64,
            ("all", "subject"): 0.62,
            ("hant", "full"): 0.64,
        },
    ),
    # 160 facts, annotated blind (mostly mainland parks, projects and district analyses).
    # Untouched, main at e2c0168: fully read 70.6%, subject 53.1%. After the rules its errors
    # showed (no holder of an adverb or a bracketed count, a history year that dates nothing):
    # 83.1%, subject 69.4%.
    "holdout11": (160, {("all", "full"): 0.80, ("all", "subject"): 0.66, ("hant", "full"): 0.84}),
    # 166 facts, annotated blind (seven Hong Kong, Macau and Taiwan passages). Untouched, main
    # at e2c0168: fully read 57.2% (traditional 53.2%), subject 70.5%. After a two-year average
    # dates an undated text, HK's change written after its rate and reader12's full character
    # table: 80.7% (traditional 63.6%), subject 78.3%.
    "holdout12": (166, {("all", "full"): 0.77, ("all", "subject"): 0.75, ("hant", "full"): 0.60}),
    # 155 facts, annotated blind after every rule of this stop. Untouched, main at 6f0bd1f: fully
    # read 43.2%, subject 76.8%; 59 facts are dated only by a page's title or address and 16
    # are cells of bulletin tables. Once tables were read (bd82ad5): 54.8%, subject 88.4%.
    "holdout13": (155, {("all", "read"): 0.97, ("all", "full"): 0.52, ("all", "subject"): 0.85}),
    # 138 facts, annotated blind (Shandong parks and projects, Taiwan industrial zones).
    # Untouched, main at 6a35cf5: fully read 67.4%, subject 47.8%.
    "holdout14": (138, {("all", "full"): 0.67, ("all", "subject"): 0.49}),
    # 129 facts, annotated blind at the end of this stop, like dev.jsonl's mix. Untouched, main
    # at 691fac5: fully read 65.1% (simplified 80.2%, traditional 10.7%); after Taiwan's
    # bracketed ROC year and 斥资: 73.6% (traditional 50.0%).
    "holdout15": (129, {("all", "full"): 0.72, ("hans", "full"): 0.78, ("hant", "full"): 0.46}),
    # 148 facts, annotated blind (parks and districts of nine provinces, three Taiwan pages).
    # Untouched, main at 942ff3d: fully read 55.4%, subject 49.3%. After a plan's year dates
    # nothing, firms added are the period's and a 其中 sentence's parts are no topic: 66.2%.
    "holdout16": (148, {("all", "full"): 0.64, ("all", "subject"): 0.51}),
    # 168 facts, annotated blind (six Macau, Hong Kong and Taiwan pages, five mainland). Untouched,
    # main at 942ff3d: fully read 58.3% (traditional 42.0%, 72.0% read). After 倍 after 上升,
    # 总收入/盈利, visitors in 人次, a recovery's base year and 间: 70.8% (traditional 61.0%).
    "holdout17": (168, {("all", "full"): 0.68, ("all", "read"): 0.89, ("hant", "full"): 0.58}),
}


@pytest.mark.parametrize("name", list(HELD_OUT))
def test_a_held_out_set_is_read(name: str) -> None:
    facts, floors = HELD_OUT[name]
    table = score(load_passages(Path(__file__).parents[1] / "data" / "reading" / f"{name}.jsonl"))
    assert table["all"]["facts"] == facts
    for (script, field), floor in floors.items():
        assert _rate(table[script], field) >= floor, (script, field)


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, float | int]]:
    return score(load_passages(shared_data("reading", "dev.jsonl")))


def _rate(row: dict[str, float | int], name: str) -> float:
    return row.get(name, 0) / row["facts"]


def test_the_reading_set_is_read(scores) -> None:
    row = scores["all"]
    assert row["facts"] == 411
    assert _rate(row, "read") >= READ_FLOOR
    assert _rate(row, "full") >= FULL_FLOOR
    assert _rate(row, "subject") >= SUBJECT_FLOOR
    for name, floor in FIELD_FLOORS.items():
        assert _rate(row, name) >= floor, name


def test_traditional_passages_are_read_as_well(scores) -> None:
    assert _rate(scores["hant"], "full") >= HANT_FULL_FLOOR
    assert _rate(scores["hant"], "subject") >= HANT_SUBJECT_FLOOR
    assert _rate(scores["hans"], "full") >= FULL_FLOOR


def test_the_seed_release_gives_back_its_data_set() -> None:
    text = shared_data("facts", "licheng-2025-h1-release.txt").read_text(encoding="utf-8")
    hits, total, misses = seed_agreement(
        text,
        licheng.datasets.licheng_2025h1(),
        published="2025-07-18",
        place="历城区 / 济南市 / 山东省",
    )
    assert total == 16
    assert hits >= SEED_FLOOR, misses


def test_pinyin_annotations_never_become_figures() -> None:
    text = shared_data("facts", "licheng-2025-h1-release.txt").read_text(encoding="utf-8")
    reading = licheng.read(text, published="2025-07-18", place="历城区 / 济南市 / 山东省")
    annotation = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
    for item in (*reading.indicators, *reading.unread):
        start, end = item.span
        surface = annotation.sub("", text[start:end])
        assert re.match(r"[\d一二三四五六七八九十两]|近|约|余|超|逾", surface), surface
    assert all("(" not in item.subject for item in reading.indicators)


# -- rules of the genre --------------------------------------------------------------------


def _one(text: str, **context: object) -> licheng.Indicator:
    indicators = licheng.read(text, **context).indicators
    assert len(indicators) >= 1, text
    return indicators[-1]


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        ("上半年,全区实现地区生产总值236.2亿元。", "2025-07-18", "2025H1"),
        ("1~9月份,全市规模以上工业增加值增长7.6%。", "2018-11-07", "2018Q1-Q3"),
        ("前7个月,全市规模以上工业增加值同比增长6.2%。", "2022-08-16", "2022M01-M07"),
        ("今年首8個月零售業總銷貨價值上升19.3%。", "2023-09-30", "2023M01-M08"),
        ("桃園市113年工廠營業收入總額逾4兆4,589億元。", "2026-01-04", "2024"),
        ("2014年4月,企业累计实现工业增加值31.87亿元。", "2014-05-20", "2014M01-M04"),
        ("前三季度,全区固定资产投资同比增长8.2%。", "2026-01-15", "2025Q1-Q3"),
        ("新竹科學園區今年前三季營業額達1.2兆元。", "2024-11-05", "2024Q1-Q3"),
        ("香港今年第二季本地生產總值按年實質上升3.3%。", "2024-08-16", "2024Q2"),
        ("截至6月底,全区共有市场主体5.6万户。", "2024-07-20", "2024M06"),
        ("2024年首季商品整體出口貨值為11,208億元。", "2024-04-25", "2024Q1"),
    ],
)
def test_periods_resolve_with_the_release_date(text: str, published: str, period: str) -> None:
    assert str(_one(text, published=published).period) == period


def test_declines_are_negative_and_basis_carries_within_the_sentence() -> None:
    reading = licheng.read("工业投资同比增长10.1%,房地产开发投资下降9.7%。")
    rise, fall = reading.indicators
    assert (rise.figure.magnitude, rise.basis) == (Decimal("10.1"), "yoy")
    assert (fall.figure.magnitude, fall.basis, fall.role) == (Decimal("-9.7"), "yoy", "growth")
    assert fall.measure == "fixed_asset_investment"


@pytest.mark.parametrize(
    ("text", "subject", "kind"),
    [
        ("1-6月,全县完成规上工业总产值125.6亿元。", "规上工业", "sector"),
        ("上半年,全市规模以上工业企业实现利润总额45.6亿元。", "规模以上工业企业", "sector"),
        ("其中,第一产业实现增加值72.61亿元。", "第一产业", "sector"),
        ("香港今年第二季本地生產總值按年實質上升3.3%。", "香港", "region"),
        ("中科園區上半年營業額5,335.64億元。", "中科園區", "park"),
        ("据对我市324家县级以上农业龙头企业调查,", "县级以上农业龙头企业", "other"),
    ],
)
def test_the_subject_is_the_holder_the_clause_names(text: str, subject: str, kind: str) -> None:
    indicator = _one(text, published="2024-08-16")
    assert (indicator.subject, str(indicator.subject_kind)) == (subject, kind)


def test_a_measure_outside_the_table_is_kept_as_its_word() -> None:
    text = "10月機械出貨金額為553.6億美元,年增3.1%;累計1至10月為5,010.3億美元,年減2.5%。"
    reading = licheng.read(text, published="2024-11-20", place="臺灣")
    assert [(str(i.measure), str(i.period), i.figure.magnitude) for i in reading.indicators] == [
        ("other:机械出货金额", "2024M10", Decimal("553.6")),
        ("other:机械出货金额", "2024M10", Decimal("3.1")),
        ("other:机械出货金额", "2024M01-M10", Decimal("5010.3")),
        ("other:机械出货金额", "2024M01-M10", Decimal("-2.5")),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        # export orders, however the release names them
        ("10月外銷訂單金額為553.6億美元,年增3.1%。", "553.6億美元", "other:外销订单"),
        ("資訊通信產品接單180億美元,年增12%。", "180億美元", "other:外销订单"),
        # national income is not GDP; a deficit is not the imports it is measured against
        ("第二季本地居民生產總值為7,310億元,按年升3%。", "7,310億元", "other:本地居民生产总值"),
        ("期內錄得有形貿易逆差310億元,相等於進口貨值的6%。", "310億元", "other:有形贸易逆差"),
        # a total of fiscal income apart from the budget's revenue, after a tax figure
        ("全区税收收入28亿元,增长6%;财政总收入35亿元,增长4%。", "35亿元", "other:财政总收入"),
        # a part written with 相等於 (Hong Kong's accounts) is measured as itself
        (
            "第二季要素收益總流入2538億元,相等於本地生產總值的61.4%。",
            "61.4%",
            "other:要素收益总流入",
        ),
        ("8月錄得有形貿易逆差254億元,相等於商品進口貨值的5.5%。", "5.5%", "other:有形贸易逆差"),
    ],
)
def test_measures_beside_the_common_ones_keep_their_own_name(
    text: str, surface: str, measure: str
) -> None:
    start = text.index(surface)
    reading = licheng.read(text, published="2024-11-20")
    found = [i for i in reading.indicators if i.span is not None and i.span[0] == start]
    assert [str(i.measure) for i in found] == [measure]


def test_contributions_in_a_run_belong_to_the_parts_before() -> None:
    reading = licheng.read(
        "全年规上工业增加值增长8.5%,其中,装备制造业增长12.1%,高技术制造业增长15.3%,"
        "分别拉动全区规上工业增长3.2和1.1个百分点。",
        published="2024-01-25",
    )
    pulls = [(i.subject, str(i.role)) for i in reading.indicators[-2:]]
    assert pulls == [("装备制造业", "change_pp"), ("高技术制造业", "change_pp")]


def test_growth_without_a_basis_word_has_none() -> None:
    assert _one("上半年,全区实现生产总值236.2亿元,增长3.4%。").basis is None


def test_structure_ratios_are_shares_of_the_sectors() -> None:
    reading = licheng.read("三次产业结构为5.6:56.6:37.8。")
    assert [(i.subject, i.role, str(i.figure.magnitude)) for i in reading.indicators] == [
        ("第一产业", "share", "5.6"),
        ("第二产业", "share", "56.6"),
        ("第三产业", "share", "37.8"),
    ]


def test_a_unit_shared_by_a_list_goes_to_every_figure() -> None:
    reading = licheng.read(
        "全市工业应税销售、工业用电量同比分别增长11.7%和2.3%,增幅分别高于全省7.6和2.7个百分点。"
    )
    assert [(i.figure.unit, i.role, i.measure) for i in reading.indicators[2:]] == [
        ("percentage_point", "change_pp", "revenue"),
        ("percentage_point", "change_pp", "electricity"),
    ]


@pytest.mark.parametrize(
    ("place", "unit"),
    [
        ("中部科學園區 / 臺灣", "亿新台币"),
        ("香港", "亿港元"),
        ("澳門", "亿澳门元"),
        ("历城区 / 济南市 / 山东省", "亿元"),
    ],
)
def test_yi_yuan_is_the_currency_of_the_page(place: str, unit: str) -> None:
    assert _one("營業額5,335.64億元。", place=place).figure.unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a mainland report names Hong Kong, Macau and Taiwan and keeps its yuan
        ("支持香港、澳门融入国家发展大局。全年进出口总额41.7万亿元。", "万亿元"),
        ("深化两岸融合发展，台湾同胞来闽投资。全省生产总值5.78万亿元。", "万亿元"),
        ("本澳第二季本地生產總值為1,020億元，按年實質上升2.0%。", "亿澳门元"),
        ("澳門統計暨普查局公布，本地生產總值為1,020億元，按年實質上升2.0%。", "亿澳门元"),
        ("香港第二季本地生產總值為7,200億元，按年實質上升3.1%。", "亿港元"),
        ("臺灣一一四年外銷訂單金額達七四三七·三億美元，出口值為1兆2,345億元。", "亿新台币"),
    ],
)
def test_without_a_place_the_page_tells_its_currency(text: str, unit: str) -> None:
    money = [i for i in licheng.read(text).indicators if i.figure.unit.endswith(("元", "台币"))]
    assert money
    assert money[-1].figure.unit == unit


def test_shares_name_their_whole_and_growth_its_level() -> None:
    (share,) = (
        i
        for i in licheng.read("战略性新兴产业产值占规模以上工业产值比重达40.3%。").indicators
        if i.role == "share"
    )
    assert share.measure == "output_value"
    assert share.whole is not None
    assert share.whole.measure == "output_value"
    growth = _one("第一产业实现增加值72.61亿元,同比增长3.8%。")
    assert growth.about is not None
    assert (growth.about.subject, growth.about.measure) == ("第一产业", "value_added")


def test_ranks_thresholds_and_windows_are_unread_with_a_reason() -> None:
    reading = licheng.read("两年平均增长4.4%。规模500人以上企业研发经费占比82.4%。")
    reasons = {item.surface: item.reason for item in reading.unread}
    assert reasons["两年"] is licheng.UnreadReason.TIME_WINDOW
    assert reasons["500人以上"] is licheng.UnreadReason.THRESHOLD


def test_project_attributes_and_current_stocks_have_no_period() -> None:
    reading = licheng.read("中铁四局总部项目计划总投资30亿元,占地124亩。", published="2023-02-01")
    assert [(i.measure, i.period, i.accumulation) for i in reading.indicators] == [
        ("investment", None, "stock"),
        ("area", None, "stock"),
    ]


def test_spans_index_the_text_passed_in() -> None:
    text = "增長(zhǎng)：上半年產值５２．２億元。"
    reading = licheng.read(text, published="2025-07-18", place="历城区 / 济南市")
    [output] = reading.indicators
    start, end = output.span
    assert text[start:end] == "５２．２億元"
    assert output.source is not None
    assert output.source.quote == text


def test_same_subject_follows_the_schema_rule() -> None:
    assert same_subject("全区", "全区")
    assert same_subject("中科園區", "中科")
    assert same_subject("高端装备产业", "高端装备")
    assert not same_subject("全区", "第一产业")


# -- robustness and value semantics -------------------------------------------------------


@given(st.text(max_size=200))
def test_read_never_raises_on_text(text: str) -> None:
    reading = licheng.read(text)
    spans = [item.span for item in reading.indicators]
    assert spans == sorted(spans)
    for item in (*reading.indicators, *reading.unread):
        start, end = item.span
        assert 0 <= start < end <= len(text)
    for item in reading.unread:
        assert isinstance(item.reason, licheng.UnreadReason)


@given(
    st.lists(
        st.sampled_from(
            [
                "前三季度",
                "全区",
                "规上工业",
                "增加值",
                "同比",
                "下降",
                "增长",
                "占",
                "的",
                "1-8月",
                "12.5%",
                "3.2亿元",
                "45家",
                "2个百分点",
                ",",
                "。",
                "；",
                "\n",
                "其中",
                "113年",
                "5.6:56.6:37.8",
                "2/3",
                "4兆4,589億元",
                "(",
                ")",
                "“",
                "”",
                "第8位",
                "以上",
            ]
        ),
        max_size=30,
    ),
    st.sampled_from([None, "2025-07-18", "2019-01-01"]),
    st.sampled_from([None, "历城区 / 济南市", "香港", "臺灣"]),
)
def test_read_never_raises_on_release_like_text(
    words: list[str], published: str | None, place: str | None
) -> None:
    text = "".join(words)
    reading = licheng.read(text, published=published, place=place)
    mentions = licheng.extract(licheng.normalize(text).text)
    covered = [item.span for item in (*reading.indicators, *reading.unread)]
    # nothing is dropped silently: every figure extract finds is read or unread
    norm = licheng.normalize(text)
    for mention in mentions:
        start, end = norm.original_span(mention.start, mention.end)
        assert any(begin < end and start < stop for begin, stop in covered), mention


def test_bad_arguments_are_typed_errors() -> None:
    with pytest.raises(TypeError):
        licheng.read(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(licheng.exceptions.ParseError):
        licheng.read("产值52.2亿元", published="yesterday")
    with pytest.raises(TypeError):
        licheng.read("产值52.2亿元", published=20250718)  # type: ignore[arg-type]


def test_a_date_object_is_accepted() -> None:
    indicator = _one("上半年累计完成产值52.2亿元。", published=dt.date(2025, 7, 18))
    assert str(indicator.period) == "2025H1"


def test_a_reading_becomes_a_district_that_checks_and_reports() -> None:
    text = shared_data("facts", "licheng-2025-h1-release.txt").read_text(encoding="utf-8")
    reading = licheng.read(text, published="2025-07-18", place="历城区 / 济南市 / 山东省")
    district = reading.to_district(city="济南市", province="山东省")
    assert district.name == "历城区"
    assert {industry.name for industry in district.industries} >= {"現代醫藥產業", "高端裝備產業"}
    placed = [
        indicator
        for holder in (*district.industries, *district.parks, *district.enterprises)
        for indicator in holder.indicators
    ]
    assert len(placed) + len(district.own_indicators) == len(reading.indicators)
    assert isinstance(licheng.check(district), list | tuple)
    assert licheng.from_json(licheng.to_json(district), licheng.District) == district


def test_readings_are_immutable_values() -> None:
    reading = licheng.read("上半年累计完成产值52.2亿元,增长3%。", published="2025-07-18")
    assert pickle.loads(pickle.dumps(reading)) == reading
    assert copy.deepcopy(reading) == reading
    assert hash(reading.indicators[0]) == hash(copy.copy(reading.indicators[0]))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        reading.indicators[0].measure = "gdp"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        reading.text = ""  # type: ignore[misc]


# -- the command ---------------------------------------------------------------------------


def test_the_read_command_prints_every_format(tmp_path, capsys) -> None:
    from licheng._cli import main

    path = tmp_path / "release.txt"
    path.write_text(
        "上半年,全区实现生产总值236.2亿元,同比增长3.4%。生猪出栏16.68万头。", encoding="utf-8"
    )
    common = [str(path), "--published", "2025-07-18", "--place", "相山区 / 淮北市"]
    assert main(["read", *common, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["name"], data["city"]) == ("相山区", "淮北市")
    rows = data["indicators"]
    # the role is written only where it is not the default (a value)
    assert [(r["subject"], r["measure"], r.get("role"), r["period"]) for r in rows] == [
        ("全区", "gdp", None, "2025H1"),
        ("全区", "gdp", "growth", "2025H1"),
        ("生猪", "production_volume", None, "2025H1"),
    ]
    dataset = tmp_path / "district.json"
    dataset.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["report", "--input", str(dataset), "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("section,item,text")
    assert main(["read", *common, "--format", "csv"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].startswith("file,start,end,surface,subject")
    assert ",236.2亿元,全区," in table[1]
    assert main(["read", *common, "--format", "markdown"]) == 0
    assert "| 全区 | gdp | growth | 3.4 percent | 2025H1 | yoy |" in capsys.readouterr().out
    assert main(["read", *common, "--review"]) == 0
    assert "【3.4%】" in capsys.readouterr().out
    assert main(["read", *common]) == 0
    printed = capsys.readouterr().out
    assert "236.2 亿元" in printed
    assert "166800 头" in printed  # no 1.668E+5 in a table for people


def test_the_read_command_reports_a_bad_date(tmp_path, capsys) -> None:
    from licheng._cli import main

    path = tmp_path / "release.txt"
    path.write_text("产值52.2亿元。", encoding="utf-8")
    assert main(["read", str(path), "--published", "soon"]) == 1
    assert "published is not an ISO date" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("澳門統計暨普查局公布，第二季本地生產總值為1,020億元，按年實質上升2.0%。", "澳門"),
        ("政府統計處公布，第二季本地生產總值按年實質上升3.1%。", "香港"),
    ],
)
def test_without_a_place_a_territory_s_own_figures_are_the_territory_s(
    text: str, place: str
) -> None:
    """As with ``place="香港"``: the page's 本地生產總值 is the territory's, not a 全區."""
    given = [i.subject for i in licheng.read(text, place=place).indicators]
    assert [i.subject for i in licheng.read(text).indicators] == given == [place] * len(given)


def test_without_a_place_a_territory_s_page_drafts_the_territory() -> None:
    reading = licheng.read("政府統計處公布，第二季本地生產總值按年實質上升3.1%。")
    assert (reading.place, reading.to_district().name) == ("香港", "香港")
    # a mainland page given no place still drafts 全区
    assert licheng.read("前三季度全区规上工业增加值同比增长8.1%。").to_district().name == "全区"
