from __future__ import annotations

import io
import math
from contextlib import redirect_stdout
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import licheng
from licheng import Figure, FigureArray, Period, from_frame, read_header, to_frame
from licheng._frames import read_period
from licheng.datasets import licheng_2025h1
from licheng.exceptions import ParseError, UndefinedUnitError

# Real column headers, each with where it comes from. akshare 1.19.5 (read from its installed
# source: the `columns` its functions assign), tushare's documentation of cn_gdp, and the
# statistics bureau's indicator names as akshare's macro_china_nbs_* format them
# ("{指标}_{累计值|当期值|同比增长…}({unit})", see _format_nbs_indicator_name).
# Each case: the header, its source, then the unit, basis, accumulation and name it reads as.
REAL_HEADERS = [
    ("国内生产总值-同比增长", "akshare macro_china_gdp", "percent", "yoy", None, "国内生产总值"),
    ("第一产业-同比增长", "akshare macro_china_gdp", "percent", "yoy", None, "第一产业"),
    ("全国-同比增长", "akshare macro_china_cpi", "percent", "yoy", None, "全国"),
    ("全国-环比增长", "akshare macro_china_cpi", "percent", "mom", None, "全国"),
    ("货币和准货币(M2)-数量(亿元)", "akshare macro_china_money_supply", "亿元", None, None,
     "货币和准货币(M2)"),
    ("货币(M1)-同比增长", "akshare macro_china_money_supply", "percent", "yoy", None, "货币(M1)"),
    ("当月-同比增长", "akshare macro_china_fdi", "percent", "yoy", False, ""),
    ("累计-同比增长", "akshare macro_china_fdi", "percent", "yoy", True, ""),
    ("当月同比增长", "akshare macro_china_ppi", "percent", "yoy", False, ""),
    ("同比增长", "akshare macro_china_gyzjz", "percent", "yoy", None, ""),
    ("累计增长", "akshare macro_china_gyzjz", "percent", "yoy", True, ""),
    ("全社会用电量同比", "akshare macro_china_society_electricity", "percent", "yoy", None,
     "全社会用电量"),
    ("货运量同比增长", "akshare macro_china_society_traffic_volume", "percent", "yoy", None,
     "货运量"),
    ("当月出口额-同比增长", "akshare macro_china_hgjck", "percent", "yoy", False, "出口额"),
    ("募集资金(亿元)", "akshare macro_stock_finance", "亿元", None, None, "募集资金"),
    ("持仓市值（万元）", "akshare fund_portfolio_hold_em", "万元", None, None, "持仓市值"),
    ("占期初基金资产净值比例（%）", "akshare fund_portfolio_change_em", "percent", None, None,
     "占期初基金资产净值比例"),
    ("成交额(万元)", "akshare futures_daily_bar._futures_daily_czce", "万元", None, None,
     "成交额"),
    ("市值（亿元）", "akshare index_sw._clean_legulegu_table_headers", "亿元", None, None,
     "市值"),
    ("基本每股收益(元)", "akshare stock_hk_financial_indicator_em", "元", None, None,
     "基本每股收益"),
    ("持股比例(%)", "akshare stock_main_stock_holder", "percent", None, None, "持股比例"),
    ("净利润-季度环比增长", "akshare stock_yjbb_em", "percent", "mom", None, "净利润"),
    ("营业收入同比增长率", "akshare stock_hk_growth_comparison_em", "percent", "yoy", None,
     "营业收入"),
    ("地区生产总值_累计值(亿元)", "akshare macro_china_nbs_region (its example)", "亿元", None,
     True, "地区生产总值"),
    ("GDP累计值（亿元）", "tushare cn_gdp docs", "亿元", None, True, "GDP"),
    ("当季同比增速（%）", "tushare cn_gdp docs", "percent", "yoy", False, ""),
    ("第一产业累计值（亿元）", "tushare cn_gdp docs", "亿元", None, True, "第一产业"),
    ("发电量_当期值(亿千瓦时)", "statistics bureau, as macro_china_nbs_nation names it",
     "亿千瓦时", None, False, "发电量"),
    ("发电量_累计增长(%)", "statistics bureau, as macro_china_nbs_nation names it", "percent",
     "yoy", True, "发电量"),
    ("粮食产量(万吨)", "statistics bureau annual data", "万吨", None, None, "粮食产量"),
    ("年末总人口(万人)", "statistics bureau annual data", "万人", None, None, "年末总人口"),
    ("比上年增长(百分点)", "statistics bureau bulletin tables", "percentage_point", "yoy", None,
     ""),
]  # fmt: skip


@pytest.mark.parametrize("case", REAL_HEADERS, ids=[h for h, *_ in REAL_HEADERS])
def test_real_header(case):
    header, source, unit, basis, cumulative, name = case
    read = read_header(header)
    assert (read.unit, read.basis, read.cumulative, read.name) == (unit, basis, cumulative, name)
    assert read.text == header
    assert source  # every header says where it comes from


def test_at_least_twenty_real_headers():
    assert len({header for header, *_ in REAL_HEADERS}) >= 20


@pytest.mark.parametrize(
    "header",
    [
        "国内生产总值-绝对值",  # akshare macro_china_gdp: the unit is only in its docs
        "全国-当月",  # akshare macro_china_cpi: an index, 上年同月=100
        "自年初累计",  # akshare macro_china_gdzctz
        "社会融资规模增量",  # akshare macro_china_shrzgm
    ],
)
def test_headers_without_a_unit_name_none(header):
    assert read_header(header).unit is None


@pytest.mark.parametrize("header", ["人口(万口)", "CPI(上年同月=100)", "货币和准货币(M2)"])
def test_unknown_unit_raises_naming_the_column(header):
    with pytest.raises(UndefinedUnitError, match="column") as info:
        read_header(header)
    assert header in str(info.value)
    frame = pd.DataFrame({"季度": ["2024年第1季度"], header: [1.0]})
    with pytest.raises(UndefinedUnitError) as info:
        from_frame(frame)
    assert header in str(info.value)


def test_a_stated_unit_reads_a_header_without_one():
    assert read_header("国内生产总值-绝对值", unit="亿元").unit == "亿元"
    with pytest.raises(UndefinedUnitError, match="国内生产总值-绝对值"):
        read_header("国内生产总值-绝对值", unit="亿刀")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024年第1-4季度", Period(2024)),  # akshare macro_china_gdp 季度
        ("2024年第1-3季度", Period(2024, 1, 9)),
        ("2019年第1季度", Period(2019, 1, 3)),
        ("2024年01月份", Period(2024, 1, 1)),  # akshare macro_china_cpi 月份
        ("2019Q3", Period(2019, 7, 9)),
        ("2025年1-6月", Period(2025, 1, 6)),
        ("2024年第三季度", Period(2024, 7, 9)),
        ("2024-06", Period(2024, 6, 6)),
        ("202406MM", Period(2024, 6, 6)),  # the statistics bureau's period codes
        ("2024B", Period(2024, 4, 6)),
        ("2023YY", Period(2023)),
        (2023, Period(2023)),
        (pd.Period("2024Q2"), Period(2024, 4, 6)),
        (pd.Period("2024-03", freq="M"), Period(2024, 3, 3)),
        (pd.Period("2024", freq="Y"), Period(2024)),
    ],
)
def test_read_period(text, expected):
    assert read_period(text) == expected


@pytest.mark.parametrize(
    "text", ["2024-03-01", "上周", "2024年第4-1季度", pd.Timestamp("2024-03-01")]
)
def test_read_period_refuses_what_is_no_period(text):
    with pytest.raises(ParseError):
        read_period(text)


def _gdp_frame() -> pd.DataFrame:
    # The shape of akshare's macro_china_gdp(): 季度 and columns without units for levels.
    return pd.DataFrame(
        {
            "季度": ["2024年第1-4季度", "2024年第1-3季度", "2024年第1季度"],
            "国内生产总值-绝对值": [1349083.5, 949746.4, 296299.0],
            "国内生产总值-同比增长": [5.0, 4.8, 5.3],
            "第一产业-绝对值": [91413.9, 57733.0, np.nan],
        }
    )


def test_from_frame_reports_a_column_without_a_unit():
    table = from_frame(_gdp_frame())
    assert [column.header.text for column in table] == ["国内生产总值-同比增长"]
    missing = {item.column for item in table.unread if item.row is None}
    assert missing == {"国内生产总值-绝对值", "第一产业-绝对值"}


def test_from_frame_with_stated_units_and_precision():
    units = {"国内生产总值-绝对值": "亿元", "第一产业-绝对值": "亿元"}
    table = from_frame(_gdp_frame(), units=units, decimals=1)
    gdp = table["国内生产总值-绝对值"]
    assert gdp.periods == (Period(2024), Period(2024, 1, 9), Period(2024, 1, 3))
    assert gdp.figures.low.tolist() == pytest.approx([1349083.45, 949746.35, 296298.95])
    assert gdp.figures.high.tolist() == pytest.approx([1349083.55, 949746.45, 296299.05])
    first = table["第一产业-绝对值"]
    assert len(first) == 2  # the NaN cell is reported, not read as a number
    [empty] = [u for u in table.unread if u.column == "第一产业-绝对值"]
    assert (empty.row, empty.reason) == ("2", "empty")
    growth = table["国内生产总值-同比增长"]
    assert growth.figures.unit == "percent"
    assert growth.figures[0] == Figure("5.0", "percent")


def test_without_decimals_whole_floats_are_read_to_the_unit():
    frame = pd.DataFrame({"年份": [2023], "粮食产量(万吨)": [69541.0], "增速(%)": [1.3]})
    table = from_frame(frame)
    grain = table["粮食产量(万吨)"].figures[0]
    assert (grain.low_magnitude, grain.high_magnitude) == (69540.5, 69541.5)
    rate = table["增速(%)"].figures[0]
    assert (rate.low_magnitude, rate.high_magnitude) == (Decimal("1.25"), Decimal("1.35"))


def test_decimals_per_column_widen_or_narrow_the_bounds():
    frame = pd.DataFrame({"年份": [2023, 2024], "产值(亿元)": [52.2, 40.0]})
    table = from_frame(frame, decimals={"产值(亿元)": 2})
    assert table["产值(亿元)"].figures.high.tolist() == pytest.approx([52.205, 40.005])


@given(
    value=st.floats(min_value=-1e9, max_value=1e9, allow_nan=False),
    decimals=st.integers(min_value=0, max_value=4),
)
def test_bounds_are_half_a_written_step_around_the_value(value, decimals):
    frame = pd.DataFrame({"年份": [2024], "产值(亿元)": [value]})
    figures = from_frame(frame, decimals=decimals)["产值(亿元)"].figures
    written = round(value, decimals)
    step = 10.0**-decimals
    assert figures.low[0] <= figures.values[0] <= figures.high[0]  # noqa: PD011 - numpy
    assert figures.values[0] == pytest.approx(written, abs=step)  # noqa: PD011 - numpy
    assert figures.high[0] - figures.low[0] == pytest.approx(step, rel=1e-6, abs=1e-6)


def test_strings_keep_their_written_digits_and_non_numbers_are_reported():
    frame = pd.DataFrame({"月份": ["2025年5月", "2025年6月"], "产值(亿元)": ["52.20", "--"]})
    table = from_frame(frame)
    [figure] = list(table["产值(亿元)"].figures)  # type: ignore[call-overload]
    assert figure.high_magnitude == Decimal("52.205")
    assert [(u.column, u.value, u.reason) for u in table.unread] == [("产值(亿元)", "--", "empty")]


def test_counts_of_whole_things_are_exact():
    frame = pd.DataFrame({"年份": [2024], "企业数(家)": [14.0], "从业人员(万人)": [3.0]})
    table = from_frame(frame)
    enterprises = table["企业数(家)"].figures[0]
    assert (enterprises.low_magnitude, enterprises.high_magnitude) == (14, 14)
    people = table["从业人员(万人)"].figures[0]  # 3万人 is rounded to the 万
    assert (people.low_magnitude, people.high_magnitude) == (2.5, 3.5)


def test_cumulative_columns_count_from_january():
    frame = pd.DataFrame(
        {
            "月份": ["2025年6月"],
            "发电量_当期值(亿千瓦时)": [8096.0],
            "发电量_累计值(亿千瓦时)": [45371.0],
        }
    )
    table = from_frame(frame)
    assert table["发电量_当期值(亿千瓦时)"].periods == (Period(2025, 6, 6),)
    assert table["发电量_累计值(亿千瓦时)"].periods == (Period(2025, 1, 6),)


def test_current_columns_count_the_last_quarter_or_month():
    frame = pd.DataFrame(
        {
            "季度": ["2024年第1-3季度", "2024年第1-4季度"],
            "当季同比增速（%）": [4.6, 5.4],
            "GDP累计值（亿元）": [949746.0, 1349084.0],
        }
    )
    table = from_frame(frame)
    assert table["当季同比增速（%）"].periods == (Period(2024, 7, 9), Period(2024, 10, 12))
    assert table["GDP累计值（亿元）"].periods == (Period(2024, 1, 9), Period(2024))
    monthly = pd.DataFrame({"月份": ["2025年1-6月"], "当月同比增长": [6.8]})
    assert from_frame(monthly)["当月同比增长"].periods == (Period(2025, 6, 6),)
    numpy_years = pd.DataFrame({"产值(亿元)": [1.0]}, index=pd.Index(np.array([2024])))
    assert from_frame(numpy_years)["产值(亿元)"].periods == (Period(2024),)


def test_a_wide_table_with_periods_across_is_read_down():
    # The statistics bureau's layout (akshare macro_china_nbs_nation): indicators down, periods
    # across.
    frame = pd.DataFrame(
        [[8096.0, 7417.0], [1.7, 0.5]],
        index=["发电量_当期值(亿千瓦时)", "发电量_同比增长(%)"],
        columns=["2025年6月", "2025年5月"],
    )
    table = from_frame(frame)
    output = table["发电量_当期值(亿千瓦时)"]
    assert output.periods == (Period(2025, 6, 6), Period(2025, 5, 5))
    assert output.figures.values.tolist() == [8096.0, 7417.0]  # noqa: PD011 - numpy
    assert table["发电量_同比增长(%)"].header.basis == "yoy"


def test_rows_whose_period_cannot_be_read_are_reported():
    frame = pd.DataFrame({"季度": ["2024年第1季度", "某季度"], "产值(亿元)": [1.0, 2.0]})
    table = from_frame(frame)
    assert len(table["产值(亿元)"]) == 1
    [bad] = table.unread
    assert (bad.column, bad.row, bad.value) == ("季度", "1", "某季度")


def test_periods_without_a_year_take_the_given_one():
    frame = pd.DataFrame({"时间": ["上半年", "1-9月"], "产值(亿元)": [52.2, 80.1]})
    periods = from_frame(frame, year=2025)["产值(亿元)"].periods
    assert periods == (Period(2025, 1, 6), Period(2025, 1, 9))


def test_a_named_period_column_must_exist():
    with pytest.raises(KeyError, match="报告期"):
        from_frame(pd.DataFrame({"产值(亿元)": [1.0]}), period="报告期")


def test_a_table_without_periods_has_none():
    table = from_frame(pd.DataFrame({"产业": ["医药"], "产值(亿元)": [52.2]}).set_index("产业"))
    assert table["产值(亿元)"].periods == (None,)
    assert table["产值(亿元)"].rows == ("医药",)
    with pytest.raises(KeyError, match="no column"):
        table["增速(%)"]


def test_figure_columns_feed_the_metrics():
    frame = pd.DataFrame({"年份": [2024], "医药产值(亿元)": [52.2], "占比(%)": [28.0]})
    table = from_frame(frame)
    total = licheng.implied_total(table["医药产值(亿元)"].figures, table["占比(%)"].figures)
    assert round(float(total.values[0]), 1) == 186.4  # noqa: PD011 - numpy


# -- to_frame ---------------------------------------------------------------------------------


def test_to_frame_of_a_table_is_long_and_typed():
    frame = pd.DataFrame(
        {
            "季度": ["2024年第1季度", "2024年第1-2季度"],
            "产值(亿元)": [1.5, 3.25],
            "增速(%)": [5.0, 5.1],
        }
    )
    long = to_frame(from_frame(frame))
    assert len(long) == 4
    assert str(long.period_start.dtype) == "period[M]"
    assert long.period.cat.ordered
    assert list(long.period.cat.categories) == ["2024Q1", "2024H1"]
    assert set(long.unit) == {"亿元", "percent"}
    assert long.loc[1, "high"] == pytest.approx(3.255)


def test_to_frame_of_derivations():
    district = licheng_2025h1()
    derivations = licheng.derive(district)
    frame = to_frame(derivations)
    assert len(frame) == len(derivations)
    assert frame.input_count.dtype == np.int64
    assert frame.kind.dtype == "category"
    assert frame.measure_zh.tolist()[0] == derivations[0].measure.zh
    assert frame.measure_en.tolist()[0] == derivations[0].measure.en
    previous = frame[frame.kind == "previous_value"].iloc[0]
    assert str(previous.period) == "2024H1"


def test_to_frame_of_findings():
    finding = licheng.Finding(
        licheng.FindingKind.SHARES_EXCEED_WHOLE,
        "60% + 50% > 100%",
        licheng_2025h1().indicators[:2],
        (),
    )
    frame = to_frame([finding])
    assert frame.to_dict("records")[0]["kind_zh"] == "比重之和超过100%"
    assert frame.indicator_count.tolist() == [2]
    assert frame.indicator_count.dtype == np.int64


def test_to_frame_of_mentions_counts_are_integers():
    counts = to_frame(licheng.extract("规上企业14家，入驻企业30多家"))
    assert str(counts.value.dtype) == "Int64"
    assert counts.high.tolist() == [14, 40]
    mixed = to_frame(licheng.extract("产值52.2亿元，企业14家"))
    assert mixed.value.dtype == np.float64
    assert mixed.start.dtype == np.int64
    assert mixed.surface.tolist() == ["52.2亿元", "14家"]


def test_to_frame_of_a_figure_array():
    array = FigureArray([1.0, 2.0], "亿元", low=[0.5, -math.inf], high=[1.5, 2.5])
    frame = to_frame(array)
    assert frame.low.isna().tolist() == [False, True]


def test_to_frame_refuses_a_mixture_and_strangers():
    district = licheng_2025h1()
    with pytest.raises(TypeError, match="one kind"):
        to_frame([district.indicators[0], licheng.derive(district)[0]])
    with pytest.raises(TypeError):
        to_frame(42)


def test_to_frame_with_pint_quantities():
    pytest.importorskip("pint_pandas")
    array = FigureArray([1.0, 2.5], "亿元", low=[0.95, 2.45], high=[1.05, 2.55])
    frame = to_frame(array, pint=True)
    assert str(frame.value.dtype).startswith("pint[亿元]")
    in_yuan = frame.high.pint.to("元")
    assert [q.magnitude for q in in_yuan.tolist()] == pytest.approx([1.05e8, 2.55e8])
    with pytest.raises(licheng.exceptions.UnitError, match="one unit"):
        to_frame(licheng_2025h1(), pint=True)


def test_to_frame_with_pint_needs_pint_pandas(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "pint_pandas", None)
    with pytest.raises(ImportError, match="pint-pandas"):
        to_frame(FigureArray([1.0], "亿元"), pint=True)


# -- report -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "csv"])
@pytest.mark.parametrize("locale", ["zh_Hans_CN", "zh_Hant_TW", "en_US"])
def test_report_is_what_the_command_prints(fmt, locale):
    from licheng._cli import main

    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["report", "--locale", locale, "--format", fmt]) == 0
    assert licheng.report(licheng_2025h1(), locale=locale, format=fmt) == out.getvalue()


def test_report_refuses_an_unknown_locale():
    with pytest.raises(licheng.exceptions.LocaleError):
        licheng.report(licheng_2025h1(), locale="xx_YY")
