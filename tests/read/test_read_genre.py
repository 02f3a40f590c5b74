"""licheng.read on passages written for these tests, not taken from the reading set.

Each passage is in the genre the reader is for (a district bulletin, park news, a Taiwan
science-park release, Hong Kong statistics, a development zone's year) and each case checks
one general rule: the figure is found by its surface and its fields are compared with what
SCHEMA.md's conventions give.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import licheng

BULLETIN = (
    "一季度,全区实现地区生产总值86.45亿元,同比增长5.1%。其中,第一产业增加值4.12亿元,增长3.6%;"
    "第二产业增加值31.28亿元,增长6.3%;第三产业增加值51.05亿元,增长4.5%。全区规模以上工业增加值"
    "同比增长7.2%,高于全市平均水平1.4个百分点。1-3月,全区固定资产投资同比下降2.8%,"
    "社会消费品零售总额28.6亿元,同比增长6.0%。"
)
PARK = (
    "截至今年6月底,园区已入驻企业312家,其中规上工业企业86家、高新技术企业124家。上半年,园区实现"
    "营业收入215.3亿元,同比增长9.8%;完成工业投资18.6亿元,同比增长12.4%;新增注册企业47家。"
    "园区规划面积12.5平方公里,已建成标准化厂房约60万平方米。"
)
SCIENCE_PARK = (
    "國科會今日公布,竹科今年前8個月營業額達1兆2,345億元,較去年同期成長21.3%,其中積體電路產業"
    "營業額9,876億元,年增25.6%,占竹科總營業額80%。光電產業營業額1,020億元,衰退3.2%。"
    "截至8月底,竹科從業員工達17萬6千人。"
)
HONG_KONG = (
    "政府統計處今日發表的數字顯示,二○二三年全年本港商品整體出口貨值為45,890億元,較2022年下跌7.8%。"
    "同期商品進口貨值為50,160億元,下跌7.2%。零售業總銷貨價值臨時估計為4,064億元,較2022年上升16.2%。"
)
ZONE = (
    "2021年,萧山经济技术开发区完成规上工业总产值1286亿元,同比增长18.2%,占全区的42.5%;"
    "实际利用外资3.2亿美元。区内现有国家级专精特新“小巨人”企业16家,省级研发中心58个。"
    "全年新开工亿元以上项目27个,总投资约156亿元。"
)
PASSAGES = {
    "bulletin": (BULLETIN, "2024-04-20", "临潼区 / 西安市 / 陕西省"),
    "park": (PARK, "2023-08-10", "高新区 / 绵阳市 / 四川省"),
    "science park": (SCIENCE_PARK, "2025-10-15", "新竹科學園區 / 臺灣"),
    "hong kong": (HONG_KONG, "2024-02-16", "香港"),
    "zone": (ZONE, "2022-01-20", "萧山区 / 杭州市 / 浙江省"),
}


def _reading(name: str) -> tuple[str, licheng.Reading]:
    text, published, place = PASSAGES[name]
    return text, licheng.read(text, published=published, place=place)


def _at(name: str, surface: str) -> licheng.Indicator:
    text, reading = _reading(name)
    start = text.index(surface)
    found = [i for i in reading.indicators if i.span is not None and i.span[0] <= start < i.span[1]]
    assert found, (surface, [str(u) for u in reading.unread])
    return found[0]


@pytest.mark.parametrize(
    ("name", "surface", "subject", "measure", "role", "period"),
    [
        # a bulletin: sectors of the breakdown after 其中, the region's aggregates
        ("bulletin", "86.45亿元", "全区", "gdp", "value", "2024Q1"),
        ("bulletin", "4.12亿元", "第一产业", "value_added", "value", "2024Q1"),
        ("bulletin", "6.3%", "第二产业", "value_added", "growth", "2024Q1"),
        ("bulletin", "7.2%", "规模以上工业", "value_added", "growth", "2024Q1"),
        ("bulletin", "1.4个百分点", "规模以上工业", "value_added", "change_pp", "2024Q1"),
        ("bulletin", "2.8%", "全区", "fixed_asset_investment", "growth", "2024Q1"),
        ("bulletin", "28.6亿元", "全区", "retail_sales", "value", "2024Q1"),
        # a park: enterprises settled by a time point are a stock of that month
        ("park", "312家", "园区", "enterprise_count", "value", "2023M06"),
        ("park", "86家", "园区", "enterprise_count", "value", "2023M06"),
        ("park", "215.3亿元", "园区", "revenue", "value", "2023H1"),
        ("park", "18.6亿元", "园区", "fixed_asset_investment", "value", "2023H1"),
        ("park", "47家", "园区", "enterprise_count", "value", "2023H1"),
        ("park", "12.5平方公里", "园区", "area", "value", None),
        # a Taiwan science park: 前8個月 is the period, and it carries to the same measure
        ("science park", "1兆2,345億元", "竹科", "revenue", "value", "2025M01-M08"),
        ("science park", "21.3%", "竹科", "revenue", "growth", "2025M01-M08"),
        ("science park", "9,876億元", "積體電路產業", "revenue", "value", "2025M01-M08"),
        ("science park", "80%", "積體電路產業", "revenue", "share", "2025M01-M08"),
        ("science park", "1,020億元", "光電產業", "revenue", "value", "2025M01-M08"),
        ("science park", "17萬6千人", "竹科", "employment", "value", "2025M08"),
        # Hong Kong: a year written in Chinese numerals
        ("hong kong", "45,890億元", None, "exports", "value", "2023"),
        ("hong kong", "50,160億元", None, "imports", "value", "2023"),
        ("hong kong", "4,064億元", "零售業", "retail_sales", "value", "2023"),
        # a development zone: 区内 and counted facilities belong to the zone
        ("zone", "1286亿元", "萧山经济技术开发区", "output_value", "value", "2021"),
        ("zone", "3.2亿美元", "萧山经济技术开发区", "foreign_capital", "value", "2021"),
        ("zone", "16家", "萧山经济技术开发区", "enterprise_count", "value", None),
        ("zone", "58个", "萧山经济技术开发区", "facility_count", "value", None),
        ("zone", "27个", "萧山经济技术开发区", "project_count", "value", "2021"),
    ],
)
def test_genre_passages_are_read_by_general_rules(  # noqa: PLR0913, PLR0917 - one table row
    name: str, surface: str, subject: str | None, measure: str, role: str, period: str | None
) -> None:
    indicator = _at(name, surface)
    if subject is not None:
        assert indicator.subject == subject
    assert str(indicator.measure) == measure
    assert str(indicator.role) == role
    assert (None if indicator.period is None else str(indicator.period)) == period


def test_a_stock_settled_by_a_time_point_is_a_stock() -> None:
    assert str(_at("park", "312家").accumulation) == "stock"
    assert str(_at("park", "47家").accumulation) == "period"  # 新增: added in the period


def test_basis_is_yoy_only_where_the_sentence_says_so() -> None:
    assert str(_at("bulletin", "5.1%").basis) == "yoy"
    assert _at("bulletin", "3.6%").basis is None  # 增长3.6% in a sentence without 同比
    assert str(_at("science park", "25.6%").basis) == "yoy"  # 年增
    assert _at("bulletin", "1.4个百分点").basis is None  # a gap to the city's rate
    assert _at("bulletin", "1.4个百分点").about is not None


def test_declines_are_negative() -> None:
    assert _at("bulletin", "2.8%").figure.magnitude < 0
    assert _at("science park", "3.2%").figure.magnitude < 0
    assert _at("hong kong", "7.8%").figure.magnitude < 0
    assert _at("hong kong", "16.2%").figure.magnitude > 0


def test_currency_follows_the_page() -> None:
    assert _at("science park", "9,876億元").figure.unit == "亿新台币"
    assert _at("science park", "1兆2,345億元").figure.magnitude == 12345
    assert _at("hong kong", "45,890億元").figure.unit == "亿港元"
    assert _at("bulletin", "86.45亿元").figure.unit == "亿元"


def test_a_share_names_its_whole() -> None:
    share = _at("science park", "80%")
    assert share.whole is not None
    assert share.whole.subject == "竹科"
    zone = _at("zone", "42.5%")
    assert zone.whole is not None
    assert zone.whole.subject == "全区"


def test_periods_and_thresholds_are_no_facts() -> None:
    _, reading = _reading("science park")
    assert all(u.surface != "8個月" or str(u.reason) == "date" for u in reading.unread)
    assert not any(i.figure.unit.endswith("月") for i in reading.indicators)
    _, zone = _reading("zone")
    threshold = [u for u in zone.unread if u.surface.startswith("亿元以上")]
    assert threshold
    assert str(threshold[0].reason) == "threshold"


def test_a_described_park_holds_only_the_enterprises_that_settle_in_it() -> None:
    described = (
        "围绕集成电路产业,全县累计投资近20亿元,打造了300余亩的智能制造产业园,"
        "引进落地了甲、乙、丙等25家上下游企业。"
    )
    settled = (
        "全县累计投资15亿元打造30万平方米的数字经济产业园,配套建设了公共服务平台,"
        "已吸引甲、乙等18家企业入驻。"
    )
    first = licheng.read(described, published="2024-07-01", place="某县 / 某市 / 某省")
    second = licheng.read(settled, published="2024-07-01", place="某县 / 某市 / 某省")
    area = next(i for i in first.indicators if str(i.measure) == "area")
    assert area.subject == "智能制造产业园"
    count = next(i for i in first.indicators if str(i.measure) == "enterprise_count")
    assert count.subject != "智能制造产业园"
    settled_count = next(i for i in second.indicators if str(i.measure) == "enterprise_count")
    assert settled_count.subject == "数字经济产业园"


def _read(
    text: str, published: str | None = "2024-03-01", place: str | None = None
) -> licheng.Reading:
    return licheng.read(text, published=published, place=place)


def _find(reading: licheng.Reading, text: str, surface: str) -> licheng.Indicator:
    start = text.index(surface)
    for indicator in reading.indicators:
        if indicator.span is not None and indicator.span[0] <= start < indicator.span[1]:
            return indicator
    msg = f"{surface} not read: {reading.unread}"
    raise AssertionError(msg)


def test_scope_reaches_the_breakdown_after_a_heading() -> None:
    text = (
        "2023年,规模以上工业增加值同比增长5.2%。\n规模以上工业分门类情况\n"
        "分门类看,采矿业增加值增长2.1%,制造业增加值增长6.0%。\n"
        "全年完成固定资产投资120亿元,同比增长3.3%。"
    )
    reading = _read(text, "2024-01-20", "某区 / 某市 / 某省")
    assert str(_find(reading, text, "2.1%").scope) == "above_designated_size"
    assert str(_find(reading, text, "6.0%").scope) == "above_designated_size"
    assert str(_find(reading, text, "120亿元").scope) == "unspecified"


def test_investment_in_a_size_sentence_keeps_its_own_scope() -> None:
    text = "一季度,园区规上工业增加值18亿元,同比增长8%;完成固定资产投资9.5亿元,同比增长12%。"
    reading = _read(text, "2024-04-15", "某区 / 某市 / 某省")
    assert str(_find(reading, text, "18亿元").scope) == "above_designated_size"
    assert str(_find(reading, text, "9.5亿元").scope) == "unspecified"


def test_a_window_start_and_a_forecast_date_are_no_periods_of_the_figure() -> None:
    text = "与上年同季比较,第1季工业生产增加1.5%,延续上年第2季以来之正成长,其中制造业增加1.2%。"
    reading = _read(text, "2024-04-23", "臺灣")
    assert str(_find(reading, text, "1.2%").period) == "2024Q1"
    forecast = "第3季GDP成长率达4.1%,高于5月预测的3.2%。"
    second = _read(forecast, "2024-10-31", "臺灣")
    assert str(_find(second, forecast, "3.2%").period) == "2024Q3"


def test_the_year_before_last_is_a_comparator_period() -> None:
    text = "去年园区营业额为9800亿元,比前年的9100亿元多出700亿元,成长率7.7%。"
    reading = _read(text, "2010-02-01", "臺灣")
    assert str(_find(reading, text, "9100亿元").period) == "2008"
    assert str(_find(reading, text, "9800亿元").period) == "2009"
    assert str(_find(reading, text, "7.7%").basis) == "yoy"  # 比前年


def test_a_paragraphs_own_period_governs_its_list_of_parts() -> None:
    text = (
        "二零二三年十二月的零售业总销货价值为380亿元,较上年同月上升6.1%。\n"
        "按商店类别分析,二零二四年一月与二零二三年一月比较,服装的销货价值上升12.0%。"
        "其次为超级市场货品(上升5.5%)、药物及化妆品(上升4.0%)。"
    )
    reading = _read(text, "2024-03-01", "香港")
    assert str(_find(reading, text, "5.5%").period) == "2024M01"
    assert str(_find(reading, text, "12.0%").period) == "2024M01"


def test_counts_take_the_noun_they_count() -> None:
    text = (
        "截至6月底,全市产业园区入园企业数达到860个,其中规模以上工业企业210个,在建项目95个。"
        "在建项目中,甲县31个、乙区22个。全年实施重点项目40项(新建25项,续建15项)。"
    )
    reading = _read(text, "2024-07-10", "某市 / 某省")
    assert str(_find(reading, text, "860个").measure) == "enterprise_count"
    assert str(_find(reading, text, "210个").measure) == "enterprise_count"
    assert str(_find(reading, text, "95个").measure) == "project_count"
    assert str(_find(reading, text, "31个").measure) == "project_count"
    assert str(_find(reading, text, "15项").measure) == "project_count"


def test_list_markers_and_rates_are_no_holders() -> None:
    text = "(二)建筑业平稳增长。上半年,全县资质内建筑企业85家。1-6月,开复工项目60项,开复工率85%。"
    reading = _read(text, "2024-07-10", "某县 / 某市 / 某省")
    assert _find(reading, text, "85家").subject != "(二)建筑业"
    assert not _find(reading, text, "85%").subject.endswith("率")


def test_a_sign_written_in_the_figure_stays() -> None:
    text = "二季度,全县地区生产总值比上年同期增长-3.5%,较一季度(-6.0%)回升2.5个百分点。"
    reading = _read(text, "2024-08-01", "某县 / 某市 / 某省")
    assert _find(reading, text, "-3.5%").figure.magnitude < 0
    bracket = _find(reading, text, "-6.0%")
    assert bracket.figure.magnitude < 0
    assert str(bracket.period) == "2024Q1"  # the comparator's own rate
    assert _find(reading, text, "2.5个百分点").basis is None  # against 一季度, not a year


# -- rules found on the second held-out set (each on a passage written for it) ------------------

REVIEW = (
    "过去一年，全市经济运行稳中有进。全年实现地区生产总值3210亿元，增长5.1%。规模以上工业增加值"
    "增长6.4%，社会消费品零售总额增长3.2%，进出口总额增长4.5%。地方一般公共预算收入增长2.3%，"
    "城镇调查失业率为5.1%。常住人口由上年412万人增加到415万人。今年经济增长预期目标为5%左右。"
)


def _review(surface: str) -> licheng.Indicator:
    reading = licheng.read(REVIEW, published="2026-02-05", place="某某市 / 某某省")
    start = REVIEW.index(surface)
    found = [i for i in reading.indicators if i.span is not None and i.span[0] <= start < i.span[1]]
    assert found, (surface, [str(u) for u in reading.unread])
    return found[0]


@pytest.mark.parametrize(
    ("surface", "period"),
    [
        ("3210亿元", "2025"),  # 全年 after 过去一年: the year reviewed, not the release's
        ("5.1%", "2025"),
        ("6.4%", "2025"),
        ("412万人", "2024"),  # 上年 counts from the year reviewed
        ("415万人", "2025"),
        ("5%左右", "2026"),  # 今年: the release's year again
    ],
)
def test_a_review_of_the_past_year_dates_its_figures(surface: str, period: str) -> None:
    assert str(_review(surface).period) == period


def test_the_past_year_as_a_rolling_window_is_no_review() -> None:
    text = "科技园的企业在过去一年共筹集资金约3.5亿元。全年营业收入增长8.2%。"
    reading = licheng.read(text, published="2026-06-10", place="香港")
    growth = next(i for i in reading.indicators if i.figure.magnitude == Decimal("8.2"))
    assert str(growth.period) == "2026"  # 在过去一年 is a window: 全年 stays the release's year


def test_population_rates_and_prices_have_their_measures() -> None:
    assert str(_review("412万人").measure) == "population"
    assert str(_review("412万人").accumulation) == "stock"
    unemployment = [
        i
        for i in licheng.read(REVIEW, published="2026-02-05").indicators
        if str(i.measure) == "other:失业率"
    ]
    assert len(unemployment) == 1
    assert str(unemployment[0].role) == "share"
    assert str(_review("2.3%").measure) == "fiscal_revenue"


def test_scope_does_not_reach_statistics_without_a_designated_size() -> None:
    assert str(_review("6.4%").scope) == "above_designated_size"
    assert str(_review("3.2%").scope) == "unspecified"  # retail sales
    assert str(_review("4.5%").scope) == "unspecified"  # trade


def test_a_plans_year_does_not_date_an_undated_passage() -> None:
    text = (
        "前三季度,全区实现地区生产总值512.3亿元,同比增长5.2%。\n"
        "该项目是2024年市重点项目,总投资10亿元,将于2025年建成投产。"
    )
    reading = licheng.read(text)
    gdp = next(i for i in reading.indicators if i.figure.magnitude == Decimal("512.3"))
    assert str(gdp.period) == "2024Q1-Q3"


@pytest.mark.parametrize(
    ("text", "surface", "measure", "role"),
    [
        (
            "上半年,工业投资完成64.6亿元;特别是制造业投资完成42.3亿元,同比增长28.6%。",
            "42.3亿元",
            "fixed_asset_investment",
            "value",
        ),
        ("1-8月,基础设施投资同比增长7.7%。", "7.7%", "fixed_asset_investment", "growth"),
        ("8月份,居民消费价格指数同比上涨0.8%。", "0.8%", "prices", "growth"),
        ("今年前三季度,全市全社会用电量同比增长6.1%。", "6.1%", "electricity", "growth"),
        ("2025年,全省非化石能源装机占比达到55.2%。", "55.2%", "power_capacity", "share"),
        ("2021年,地方公共预算收入完成124亿元。", "124亿元", "fiscal_revenue", "value"),
    ],
)
def test_measures_of_the_genre(text: str, surface: str, measure: str, role: str) -> None:
    reading = licheng.read(text, published="2025-10-20", place="某某区 / 某某市 / 某某省")
    start = text.index(surface)
    found = [i for i in reading.indicators if i.span is not None and i.span[0] <= start < i.span[1]]
    assert found, [str(u) for u in reading.unread]
    assert str(found[0].measure) == measure
    assert str(found[0].role) == role


def test_especially_is_no_subject() -> None:
    text = "上半年,工业投资完成64.6亿元;特别是制造业投资完成42.3亿元,同比增长28.6%。"
    reading = licheng.read(text, published="2025-07-29", place="章丘区 / 济南市 / 山东省")
    manufacturing = next(i for i in reading.indicators if i.figure.magnitude == Decimal("42.3"))
    assert "特别" not in manufacturing.subject  # 特别是 leads the clause; it names no holder
    assert str(manufacturing.measure) == "fixed_asset_investment"


def _one(text: str, surface: str, published: str | None = "2025-07-23") -> licheng.Indicator:
    reading = licheng.read(text, published=published, place="某某区 / 某某市 / 某某省")
    start = text.index(surface)
    found = [i for i in reading.indicators if i.span is not None and i.span[0] <= start < i.span[1]]
    assert found, [str(u) for u in reading.unread]
    return found[0]


def test_each_end_of_a_span_of_years_takes_its_year() -> None:
    text = (
        "从2012年到2021年,全区规上工业总产值从705亿元增长到1059亿元,年均增长4.6%;"
        "制造业增加值从110亿元增加到240亿元。"
    )
    assert str(_one(text, "705亿元").period) == "2012"
    assert str(_one(text, "1059亿元").period) == "2021"
    assert _one(text, "4.6%").period is None  # a yearly average over the span
    assert str(_one(text, "110亿元").period) == "2012"
    assert str(_one(text, "240亿元").period) == "2021"


def test_a_run_of_years_gives_each_figure_of_its_list_a_year() -> None:
    text = (
        "2019年至2021年,园区分别完成工业总产值88.2亿元、97.5亿元、120.3亿元,年均增长16.8%;"
        "分别完成开票销售102亿元、113亿元、140亿元。"
    )
    years = [str(_one(text, figure).period) for figure in ("88.2亿元", "97.5亿元", "120.3亿元")]
    assert years == ["2019", "2020", "2021"]
    assert [str(_one(text, f).period) for f in ("102亿元", "113亿元", "140亿元")] == years
    assert str(_one(text, "113亿元").measure) == "revenue"
    assert _one(text, "16.8%").period is None  # a yearly average over the run
    # a list of another length is not the years' list
    other = "2019年至2021年,园区引进项目分别为12个和15个。"
    assert str(_one(other, "15个").period) != "2020"


def test_a_dateline_and_a_forecasts_date_are_no_period() -> None:
    dateline = "中新网济南7月22日电 近三年全区累计储备工业项目330个,总投资超900亿元。"
    assert _one(dateline, "330个").period is None
    forecast = "2024年全年经济增长率为3.2%,较5月时的2.5%上调0.7个百分点。"
    assert str(_one(forecast, "2.5%").period) == "2024"


def test_a_forecast_rate_is_a_growth_rate() -> None:
    text = "全年经济成长率概估为8.6%,较11月预测的7.4%上修1.2个百分点。"
    assert str(_one(text, "7.4%").role) == "growth"


def test_negative_growth_is_negative() -> None:
    text = "今年前10月零售業營業額達3兆9,603億元,但呈負成長0.5%。"
    assert _one(text, "0.5%", "2025-11-25").figure.magnitude == Decimal("-0.5")


def test_a_fraction_in_words_is_a_share() -> None:
    text = "上半年,工业投资完成64.6亿元,占全市总量的七分之一,同比增长11.8%。"
    share = _one(text, "七分之一")
    assert str(share.role) == "share"
    assert share.figure.magnitude == Decimal("0.1429")


def test_a_scale_that_passes_a_mark_is_no_threshold() -> None:
    text = "2024年,重汽济卡产量规模突破10万辆大关,带动30家配套企业集聚发展。"
    volume = _one(text, "10万辆")
    assert str(volume.measure) == "production_volume"
    assert str(volume.figure.qualifier) == "more_than"


def test_counts_of_projects_of_a_level_are_counts() -> None:
    text = "1-10月份,全区14个省级、39个市级重点项目分别完成投资32.3亿元、229.1亿元。"
    assert str(_one(text, "39个").measure) == "project_count"


def test_how_a_measure_is_taken_names_no_holder() -> None:
    text = "主計總處概估,第4季未經季節調整實質GDP年增率達12.68%。"
    reading = licheng.read(text, published="2026-01-31", place="臺灣")
    assert "實質" not in reading.indicators[0].subject
    assert "季節" not in reading.indicators[0].subject


def test_a_total_and_a_reporting_clause_lead_no_subject() -> None:
    total = _one("綜計第1季零售業營業額為1兆485億元,年增3.9%。", "3.9%", "2022-04-25")
    assert "綜計" not in total.subject
    news = "国家统计局今天（1月17日）发布数据显示,全市全社会用电量同比增长5.0%。"
    assert "国家统计局" not in _one(news, "5.0%", "2026-01-17").subject


def test_floor_area_is_an_area_of_its_park() -> None:
    text = "济南生物医药科技园总投资47亿元,占地482亩,建筑面积约80万平方米。"
    area = _one(text, "约80万平方米", None)
    assert str(area.measure) == "area"
    assert area.subject == "济南生物医药科技园"


def test_a_projects_floor_area_and_capacity_are_its_attributes() -> None:
    text = (
        "该项目是2024年省重大项目,总投资10亿元,占地308亩,总建筑面积17万平方米,设计产能为年产2万台。"
    )
    assert _one(text, "17万平方米", None).period is None
    assert _one(text, "2万台", None).period is None


def test_a_circumstance_lends_no_measure() -> None:
    text = "与此同时,整体投资开支随着经济增长而进一步上升6.0%。"
    assert str(_one(text, "6.0%", "2024-08-19").measure) == "fixed_asset_investment"


def test_a_window_of_years_is_no_holder() -> None:
    # 十年间 is when, not whose: the figures keep the region the passage is about
    reading = licheng.read(
        "历城区地方公共预算收入从28亿元增加到124亿元,十年间翻了两番,固定资产投资年均增速超过20%。"
    )
    assert {indicator.subject for indicator in reading.indicators} <= {"历城区"}


def test_a_national_release_s_figures_with_no_holder_are_the_nation_s() -> None:
    text = (
        "在出口動能帶動下,民間消費穩健,主計總處今日公布概估,第3季實質GDP年增率達5.12%,"
        "平均每人GDP達28萬元。"
    )
    reading = licheng.read(text, published="2025-10-31", place="臺灣")
    assert [i.subject for i in reading.indicators] == ["全國", "全國"]


def test_a_dateline_and_an_agency_report_the_figure_but_do_not_hold_it() -> None:
    text = (
        "新华网消息(记者某某):统计局今天发布数据显示,"
        "2025年我国全年粮食产量达到7.1亿吨,同比增长1.2%。"
    )
    reading = licheng.read(text, published="2026-01-20")
    assert {i.subject for i in reading.indicators} == {"我国"}


def test_a_circumstance_before_a_report_lends_no_holder() -> None:
    text = "受半導體需求帶動,商品出口大幅攀升,主計總處概估,全年經濟成長率為4.45%。"
    growth = licheng.read(text, published="2025-11-28", place="臺灣").indicators[0]
    assert growth.subject == "全國"


def test_a_category_is_no_topic_of_later_paragraphs() -> None:
    text = (
        "上半年,珠宝首饰的销货价值按年上升4.1%。\n"
        "就业方面,第二季度,经季节性调整的失业率维持在3.0%的低水平。"
    )
    reading = licheng.read(text, published="2024-08-16", place="香港")
    assert reading.indicators[1].subject == "香港"


def test_a_forecast_s_rate_is_the_forecast_s_and_does_not_carry() -> None:
    text = "主計總處公布概估,第2季經濟成長率達6.1%,高於5月預測的4.2%,上修1.9個百分點。"
    reading = licheng.read(text, published="2025-07-31", place="臺灣")
    assert [i.subject for i in reading.indicators] == ["全國", "5月預測", "全國"]
    assert reading.indicators[1].subject_kind is licheng.SubjectKind.OTHER


def test_a_sector_holds_no_measure_of_the_whole_economy() -> None:
    text = "全年规模以上工业增加值增长6.9%,社会消费品零售总额增长2.1%,进出口总额增长3.4%。"
    reading = licheng.read(text, published="2026-02-09", place="某某区 / 某某市 / 某某省")
    assert [i.subject for i in reading.indicators] == ["规模以上工业", "某某区", "某某区"]


def test_a_measure_written_with_its_sector_is_the_sector_s() -> None:
    text = (
        "上半年,工业投资完成64.6亿元,同比增长11.8%;特别是制造业投资完成42.3亿元,同比增长28.6%。"
        "全区高新技术企业新增12家,完成高技术制造业投资24.3亿元。"
    )
    reading = licheng.read(text, published="2025-07-29", place="某某区 / 某某市 / 某某省")
    subjects = [i.subject for i in reading.indicators]
    assert subjects[:4] == ["工业", "工业", "制造业", "制造业"]
    assert subjects[-1] == "高技术制造业"


def test_a_name_before_a_bracketed_rate_holds_it() -> None:
    text = (
        "各类零售商店中,以钟表的销货价值升幅最大,上升21.4%。其次为化妆品(零售量上升11.2%)、"
        "药物及医疗用品(上升6.5%)。网络销售额年增8.2%,明显优于全体零售业(年增2.1%),"
        "占整体零售业营业额12.5%,较上年同季(11.3%)提高1.2个百分点。"
    )
    reading = licheng.read(text, published="2024-05-02", place="香港")
    subjects = {text[slice(*i.span)]: i.subject for i in reading.indicators if i.span}
    assert subjects["11.2%"] == "化妆品"
    assert subjects["6.5%"] == "药物及医疗用品"
    assert subjects["2.1%"] == "全体零售业"
    assert subjects["12.5%"] == subjects["11.3%"] == subjects["8.2%"]
    assert subjects["8.2%"].startswith("网络")


def test_a_holder_named_after_the_last_figure_is_nearer_than_its_holder() -> None:
    text = (
        "零售業營業額年增3.1%,其中便利商店因門市擴增,加上冷飲需求增加,年增6.4%;"
        "藥品零售業因防疫用品熱賣,以及業者拓展電子商務,年增9.8%。"
    )
    reading = licheng.read(text, published="2025-07-23", place="臺灣")
    assert [i.subject for i in reading.indicators] == ["零售業", "便利商店", "藥品零售業"]


def test_a_turn_of_the_sentence_names_no_holder() -> None:
    text = "前10月零售業營業額達3兆9,603億元,雖創歷年同期次高,但呈負成長0.5%。"
    reading = licheng.read(text, published="2025-11-25", place="臺灣")
    assert reading.indicators[-1].subject == "零售業"


def test_each_figure_of_a_breakdown_goes_to_its_item_in_order() -> None:
    text = (
        "零售業營業額年增3.1%,其中百貨公司、布疋及服飾品業、資通訊及家電設備業呈兩位數成長,"
        "分別年增12.1%、16.8%及17.6%;超級市場及量販業因促銷,各年增2.8%、3.2%。"
    )
    reading = licheng.read(text, published="2025-07-23", place="臺灣")
    assert [i.subject for i in reading.indicators] == [
        "零售業",
        "百貨公司、布疋及服飾品業、資通訊及家電設備業",  # 兩位數成長, the group's rate
        "百貨公司",
        "布疋及服飾品業",
        "資通訊及家電設備業",
        "超級市場",
        "量販業",
    ]


def test_a_list_of_measures_before_each_is_no_list_of_holders() -> None:
    text = "全区规模工业增加值、产值同比分别增长7.3%和10.2%。"
    reading = licheng.read(text, published="2025-04-20", place="某某区 / 某某市 / 某某省")
    assert [str(i.measure) for i in reading.indicators] == ["value_added", "output_value"]
    assert {i.subject for i in reading.indicators} == {"规模工业"}


def test_a_count_of_a_class_of_enterprises_is_its_region_s_not_a_sector_s() -> None:
    text = "上半年,全区规上工业增加值增长8.1%。目前,规模以上工业企业达到579家,占全市总量的20.35%。"
    reading = licheng.read(text, published="2025-07-29", place="某某区 / 某某市 / 某某省")
    subjects = [i.subject for i in reading.indicators]
    assert subjects == ["规上工业", "全区", "全区"]


def test_enterprises_named_by_their_capital_are_a_holder() -> None:
    text = "内资企业实现增加值917.20亿元,同比增长11.1%,外资企业实现增加值589.10亿元,同比下降0.8%。"
    reading = licheng.read(text, published="2024-01-30", place="某某市 / 某某省")
    assert [i.subject for i in reading.indicators] == ["内资企业"] * 2 + ["外资企业"] * 2


def test_a_territory_s_own_product_is_the_territory_s() -> None:
    text = "第二季度实质本地生产总值同比增长3.3%。经季节性调整后按季比较,实质本地生产总值上升0.4%。"
    reading = licheng.read(text, published="2024-08-16", place="香港")
    assert {i.subject for i in reading.indicators} == {"香港"}


def test_an_annualised_rate_names_no_holder() -> None:
    text = "主計總處概估,第4季實質GDP較上季成長5.52%,折算年率高達23.96%。"
    reading = licheng.read(text, published="2026-01-31", place="臺灣")
    assert [i.subject for i in reading.indicators] == ["全國", "全國"]


def test_a_numbered_heading_names_its_industry() -> None:
    text = "(三)建筑行业保持稳定增长。上半年,我县资质内建筑企业93家。"
    reading = licheng.read(text, published="2017-07-05", place="某某县 / 某某市 / 某某省")
    assert reading.indicators[0].subject == "建筑行业"


def test_a_drive_s_slogans_hold_no_figure() -> None:
    text = "精准绘制图谱,靶向开展“以链招商”“以商招商”,3年来,招引落地了飞龙医药等491个项目。"
    reading = licheng.read(text, published="2025-07-23", place="某某区 / 某某市 / 某某省")
    assert "招商" not in reading.indicators[0].subject


def test_a_breakdown_s_names_lose_their_counts_and_their_measure() -> None:
    text = (
        "1-10月份,全区14个省级、39个市级重点项目分别完成投资32.3亿元、229.1亿元。"
        "一产、二产、三产增加值分别增长6%、5.2%、4.8%。固定资产投资增长6.5%。"
    )
    reading = licheng.read(text, published="2024-11-20", place="某某区 / 某某市 / 某某省")
    subjects = {text[slice(*i.span)]: i.subject for i in reading.indicators if i.span}
    assert [subjects["32.3亿元"], subjects["229.1亿元"]] == ["省级", "市级重点项目"]
    assert [subjects["6%"], subjects["5.2%"], subjects["4.8%"]] == ["一产", "二产", "三产"]
    assert subjects["6.5%"] == "全区"


def test_counts_of_industries_are_the_industries_counted() -> None:
    text = "1—10月份,全市规模以上工业37个大类行业中有21个行业增加值同比实现增长,增长面为56.8%。"
    reading = licheng.read(text, published="2022-11-23", place="某某市 / 某某省")
    subjects = {text[slice(*i.span)]: i.subject for i in reading.indicators if i.span}
    assert subjects["37个"] == "大类行业"
    assert subjects["21个"] == subjects["56.8%"] == "行业"


def test_parks_counted_with_their_region_hold_what_the_clause_counts_next() -> None:
    text = "截止6月底,全市13个产业园区入园企业数达到1280个,其中,在建项目226个。"
    reading = licheng.read(text, published="2011-07-27", place="某某市 / 某某省")
    subjects = {text[slice(*i.span)]: i.subject for i in reading.indicators if i.span}
    assert subjects["13个"] == "全市"
    assert subjects["1280个"] == subjects["226个"] == "产业园区"


def test_a_measure_s_modifiers_name_no_holder() -> None:
    text = "第二季度,基本综合消费物价指数同比上升1%。"
    reading = licheng.read(text, published="2024-08-16", place="香港")
    assert reading.indicators[0].subject == "香港"


def test_a_counted_class_that_achieves_a_figure_holds_it() -> None:
    text = (
        "全年农业龙头企业实现利润总额15.2亿元,其中,3家国家级龙头企业实现利润总额2.1亿元,增长10%。"
    )
    reading = licheng.read(text, published="2024-02-20", place="某某市 / 某某省")
    subjects = {text[slice(*i.span)]: i.subject for i in reading.indicators if i.span}
    assert subjects["3家"] == subjects["2.1亿元"] == subjects["10%"] == "国家级龙头企业"


def test_what_a_holder_links_and_drives_is_still_its_figure() -> None:
    text = "全区区级以上龙头企业总产值实现2.6亿元,直接联结农户2.6万户,辐射带动农户2.4万余户。"
    reading = licheng.read(text, published="2024-02-20", place="某某区 / 某某市 / 某某省")
    assert {i.subject for i in reading.indicators} == {"区级以上龙头企业"}


def test_each_line_after_a_breakdown_heading_is_about_the_part_it_opens_with() -> None:
    text = (
        "全市实施重点项目76项,总投资1782.3亿元。\n分行业看:\n"
        "化工项目32个,总投资898.2亿元,开复工项目25个;\n"
        "装备项目25个,总投资499.6亿元,开复工项目23个。"
    )
    reading = licheng.read(text, published="2022-07-21", place="某某市 / 某某省")
    subjects = [i.subject for i in reading.indicators]
    # the count of a class of projects is the region's, its money the class's (as annotated)
    assert subjects[:2] == ["全市", "重点项目"]
    assert set(subjects[2:5]) == {"化工项目"}
    assert set(subjects[5:]) == {"装备项目"}


def test_a_rate_after_and_is_the_next_item_s() -> None:
    text = "各產業中,光電產業營收成長28.14%,接下來是精密機械14.19%及積體電路4.94%。"
    reading = licheng.read(text, published="2008-01-30", place="臺灣")
    subjects = {text[slice(*i.span)]: i.subject for i in reading.indicators if i.span}
    assert subjects["14.19%"] == "精密機械"
    assert subjects["4.94%"] == "積體電路"


# -- Taiwan and Hong Kong statistical writing: basis and measure words of the genre ------------


def _hant(text: str, surface: str, place: str, published: str = "2024-03-20") -> licheng.Indicator:
    return _find(_read(text, published=published, place=place), text, surface)


def test_a_seasonally_adjusted_change_is_against_the_month_before() -> None:
    text = (
        "112年10月工業生產指數為98.41,較上年同月增加4.52%;經季節調整後,工業生產增加1.37%,"
        "製造業減少0.58%。"
    )
    assert _hant(text, "4.52%", "臺灣").basis == "yoy"
    assert _hant(text, "1.37%", "臺灣").basis == "mom"
    assert _hant(text, "0.58%", "臺灣").basis == "mom"


def test_the_nearer_of_two_basis_words_is_the_figure_s() -> None:
    text = "4月零售業總銷貨價值為312億元,上月按年跌2.4%,經季節性調整後按月上升0.9%,按年上升3.1%。"
    assert _hant(text, "2.4%", "香港").basis == "yoy"
    assert _hant(text, "0.9%", "香港").basis == "mom"
    assert _hant(text, "3.1%", "香港").basis == "yoy"


def test_a_comparison_with_last_year_written_out_is_year_on_year() -> None:
    text = "全年與上年比較:工業生產增加6.12%,其中製造業增加6.85%。"
    assert _hant(text, "6.12%", "臺灣").basis == "yoy"
    assert _hant(text, "6.85%", "臺灣").basis == "yoy"
    text = "與二零一九年七月比較,百貨公司貨品的銷貨價值上升5.2%;服裝(上升7.4%)。"
    assert _hant(text, "5.2%", "香港", "2020-08-30").basis == "yoy"
    assert _hant(text, "7.4%", "香港", "2020-08-30").basis == "yoy"
    text = "5月份錄得的總值為301億港元,相比上一年同月下降4.5%。"
    assert _hant(text, "4.5%", "香港").basis == "yoy"


def test_a_rate_marked_yoy_in_brackets_is_year_on_year() -> None:
    text = "主計總處公布,第2季經濟成長率(yoy)為4.05%。"
    assert _hant(text, "4.05%", "臺灣", "2024-07-31").basis == "yoy"


def test_a_revision_against_a_forecast_has_no_basis() -> None:
    text = "第2季經濟成長率(yoy)為4.05%,較5月預測數3.28%,增加0.77個百分點。"
    assert _hant(text, "0.77個百分點", "臺灣", "2024-07-31").basis is None


def test_hong_kong_retail_release_s_total_value_and_volume() -> None:
    text = (
        "政府統計處公布最新零售業銷售臨時統計數字,6月份錄得的總值為318億港元,"
        "相比上一年同月上升2.6%。若扣除價格變動,6月的零售總銷貨量按年上升1.8%。"
    )
    assert str(_hant(text, "318億港元", "香港").measure) == "retail_sales"
    assert str(_hant(text, "2.6%", "香港").measure) == "retail_sales"
    assert str(_hant(text, "1.8%", "香港").measure) == "other:销货数量"


def test_taiwan_demand_components_are_their_own_measures() -> None:
    text = "內需方面,股票成交值增加12.5%,概估第2季民間消費成長2.3%,政府消費成長1.1%。"
    assert str(_hant(text, "12.5%", "臺灣").measure) == "other:成交值"
    assert str(_hant(text, "2.3%", "臺灣").measure) == "other:民间消费"
    assert str(_hant(text, "1.1%", "臺灣").measure) == "other:政府消费"


def test_export_delivery_value_is_not_exports() -> None:
    text = "1-5月,全市规模以上工业出口交货值312.4亿元,同比增长3.6%。"
    assert str(_one(text, "312.4亿元").measure) == "other:出口交货值"


def test_taiwan_retail_sales_counted_as_turnover_are_revenue() -> None:
    text = "第2季零售業網路銷售額達1,215億元,年增8.2%,占整體零售業營業額11.3%。"
    assert str(_hant(text, "1,215億元", "臺灣").measure) == "revenue"
    assert str(_hant(text, "8.2%", "臺灣").measure) == "revenue"
    text = "限额以上批发业完成销售额12.5亿元,增长3.1%;住宿业完成营业额2.2亿元。"
    assert str(_one(text, "12.5亿元").measure) == "other:销售额"


def test_a_part_after_its_total_takes_the_total_s_measure() -> None:
    text = "3個科學園區上半年營業額為1兆2,100億元。\n次長表示,其中竹科5,210億元,成長3.2%。"
    assert str(_hant(text, "5,210億元", "臺灣").measure) == "revenue"


def test_parks_counted_by_jia_are_facilities() -> None:
    text = "2024年,全国230家国家级经开区实现地区生产总值15.2万亿元。"
    assert str(_one(text, "230家").measure) == "facility_count"
    text = "园区已入驻企业120家。"
    assert str(_one(text, "120家").measure) == "enterprise_count"


def test_a_rate_s_change_on_last_year_is_year_on_year_not_a_gap() -> None:
    text = "上半年,全市工業增加值83.5億元,同比增長9.0%,增速同比提高0.5個百分點。"
    assert _hant(text, "0.5個百分點", "某某市 / 某某省", "2024-07-20").basis == "yoy"
    text = "上半年,全市工業增加值同比增長9.0%,高於全省1.2個百分點。"
    assert _hant(text, "1.2個百分點", "某某市 / 某某省", "2024-07-20").basis is None


def test_a_share_s_change_is_the_part_s_measure() -> None:
    text = "2023年,全縣第二產業增加值52.3億元,占地區生產總值的比重上升1.25個百分點。"
    reading = _read(text, published="2024-03-01", place="某某縣 / 某某市 / 某某省")
    assert str(_find(reading, text, "1.25個百分點").measure) == "value_added"


def test_a_caption_that_dates_the_measure_carries_its_period_on() -> None:
    text = (
        "國科會今日公布3個科學園區今年前三季營業額為2兆1,500億元,成長5.2%。\n\n"
        "國科會主委(中)公布科學園區今年前三季營業額。\n"
        "主委表示,竹科營業額9,210億元,成長8.1%。"
    )
    reading = _read(text, published="2024-10-20", place="臺灣")
    assert str(_find(reading, text, "9,210億元").period) == "2024Q1-Q3"
    assert str(_find(reading, text, "8.1%").period) == "2024Q1-Q3"
    text = (
        "配合延長實施「投資方案」至117年,管理局公布成果。\n\n"
        "同時啟動更新計畫,首波投入近20億元活化土地。"
    )
    reading = _read(text, published="2024-10-20", place="臺灣")
    assert _find(reading, text, "近20億元").period is None


def test_a_share_of_a_part_with_no_measure_is_measured_as_its_whole() -> None:
    text = "積體電路占竹科營業額七成,其餘生技、通訊等另5項產業,則僅占總營業額的11%。"
    reading = _read(text, published="2024-10-20", place="臺灣")
    assert str(_find(reading, text, "11%").measure) == "revenue"


def test_a_month_or_a_turn_of_the_sentence_is_no_holder() -> None:
    text = "4月份錄得的零售業總銷貨價值為312億港元,上月按年跌2.4%。"
    assert _hant(text, "2.4%", "香港").subject != "上月"
    text = "受基期偏低影響,加以新機上市,第3季商品出口擴增12.5%。"
    assert not _hant(text, "12.5%", "臺灣").subject.startswith("加以")


def test_a_clause_with_its_own_measure_is_past_a_respectively_list() -> None:
    text = (
        "全年工業增加值、服務業營收分別增長5.5%和6%,社會消費品零售總額達2.1萬億元,"
        "進出口總額3.2萬億元。"
    )
    reading = _read(text, published="2025-01-20", place="某某省")
    assert str(_find(reading, text, "6%").measure) == "revenue"
    assert str(_find(reading, text, "2.1萬億元").measure) == "retail_sales"
    assert str(_find(reading, text, "3.2萬億元").measure) == "trade"


# -- a bulletin's sections: parts by kind of ownership, investment's breakdown, captions ---------

SECTIONS = (
    "前三季度,全区实现地区生产总值215.6亿元,同比增长6.1%。\n"
    "服务业平稳增长\n"
    "服务业增加值同比增长5.4%。其中,金融业增加值增长7.9%,房地产业增加值下降2.3%。\n"
    "投资持续发力\n"
    "固定资产投资同比增长8.8%。其中,工业投资增长12.5%,民间项目投资增长6.6%。\n"
    "外贸稳中有进\n"
    "进出口总额86.2亿元,同比增长4.4%。\n"
    "规模以上工业增加值增长7.0%。分经济类型看,国有控股企业增长5.5%,外商及港澳台投资企业增长9.1%。"
)


@pytest.mark.parametrize(
    ("surface", "subject", "measure"),
    [
        # a measure of the whole economy after a caption is the region's, not the sector's before
        ("8.8%", "全区", "fixed_asset_investment"),
        ("86.2亿元", "全区", "trade"),
        # the parts of investment after 其中 are parts of fixed-asset investment
        ("6.6%", "民间项目", "fixed_asset_investment"),
        # 国有 and 投资企业 are in the names of kinds of enterprise: no verb, no measure
        ("5.5%", "国有控股企业", "value_added"),
        ("9.1%", "外商及港澳台投资企业", "value_added"),
    ],
)
def test_sections_of_a_bulletin(surface: str, subject: str, measure: str) -> None:
    found = _one(SECTIONS, surface, "2024-10-25")
    assert (found.subject, str(found.measure)) == (subject, measure)


# -- words that stand where a holder would: ordinals, forecasts, plans, references ----------

RANKED = (
    "竹科1到2月營業額約2100億元,其中積體電路產業營業額最高,約1500億元,佔71.4%;其次是光電產業"
    "310億元,約佔14.8%;再次為精密機械產業營業額120億元,約佔5.7%。竹科全年營業額上看1兆3000億元,"
    "計畫投資額逾2兆元。"
)


@pytest.mark.parametrize(
    ("surface", "subject"),
    [
        ("310億元", "光電產業"),  # 其次是…: the part ranked next, not the one before
        ("14.8%", "光電產業"),
        ("120億元", "精密機械產業"),  # 再次為…
        ("1兆3000億元", "竹科"),  # 上看: a forecast's verb, not a holder
        ("逾2兆元", "竹科"),  # 計畫投資額: a planned amount, not a holder named 計畫
    ],
)
def test_ranked_parts_and_forecasts_name_their_holder(surface: str, subject: str) -> None:
    assert _hant(RANKED, surface, "臺灣", "2019-04-02").subject == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # 截至 after the holder, 内 after a period, an area of administration, an agreement
        ("开发区截至去年12月底,累计完成投资76.9亿元。", "76.9亿元", "开发区"),
        ("第二季内全县出口总额12亿元。", "12亿元", "全县"),
        ("开发区是全县的主战场,行政管辖面积171平方公里。", "171平方公里", "开发区"),
        ("今年开发区引进外资项目12个,协议总投资6.45亿美元。", "6.45亿美元", "外资项目"),
    ],
)
def test_words_in_a_holders_place_that_hold_nothing(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface).subject == subject


def test_references_back_are_no_holders() -> None:
    # 相关 (the sales just named) and 入口方面 (on the side of imports) refer; they hold nothing
    assert _one("网上销售占9.3%。相关销售价值为32亿元。", "32亿元").subject != "相关"
    assert "方面" not in _one("出口增长14.5%。入口方面,8月录得11.5%的升幅。", "11.5%").subject


def test_a_list_of_all_industries_is_no_heading_and_a_market_no_holder() -> None:
    text = (
        "前三季度,全市实现生产总值274.8亿元。我市主要行业运行情况是:\n"
        "(一)消费市场亮点呈现\n"
        "1-9月,我市消费市场实现社会消费品零售总额增长10.0%。\n"
        "(二)财政收入稳中向好\n"
        "1-9月,全市地方一般公共预算收入实现18.9亿元,同比增长13.1%。"
    )
    assert _one(text, "10.0%", "2018-10-24").subject == "我市"
    assert str(_one(text, "10.0%", "2018-10-24").measure) == "retail_sales"
    assert _one(text, "18.9亿元", "2018-10-24").subject == "全市"


@pytest.mark.parametrize(
    ("text", "surface", "role", "measure"),
    [
        # a margin is a part of revenue; a share raised to a level is still a share
        ("全年规上轻工企业营业收入利润率5.8%。", "5.8%", "share", "profit"),
        ("家电零售额增长6%,占社会消费品零售总额比重提升至12.1%。", "12.1%", "share", None),
        ("全年重点项目完成投资50亿元,开工率为96.5%。", "96.5%", "share", None),
        # 工业实际投入 is fixed-asset investment in industry; 零售额 is retail sales
        ("园区完成工业实际投入70.3亿元。", "70.3亿元", "value", "fixed_asset_investment"),
        ("全年家电类商品零售额达9100亿元。", "9100亿元", "value", "retail_sales"),
    ],
)
def test_rates_of_a_whole_and_named_measures(
    text: str, surface: str, role: str, measure: str | None
) -> None:
    found = _one(text, surface)
    assert str(found.role) == role
    if measure is not None:
        assert str(found.measure) == measure


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("全县共有企业120家。", "全县"),
        ("园区共有企业120家。", "园区"),
        ("开发区新增企业120家。", "开发区"),
    ],
)
def test_a_verb_of_having_before_its_enterprises_ends_the_holder(text: str, subject: str) -> None:
    assert _one(text, "120家").subject == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a rate word and a verb of pulling down stand where a holder would
        ("规上工业产值723.9亿元,下降7.1%,降幅较1-3月扩大1.2个百分点。", "1.2个百分点", "规上工业"),
        ("汽车制造业产值下降24.8%,拉低全区规上工业增速9.7个百分点。", "9.7个百分点", "汽车制造业"),
        # X分行业看 and a ranking (比重最大的) lead the name
        (
            "高新技术产业分行业看,比重最大的智能装备制造业完成投资165.8亿元。",
            "165.8亿元",
            "智能装备制造业",
        ),
    ],
)
def test_rates_verbs_and_rankings_before_a_holder(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface).subject == subject


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a spokesman who says, a customs office that counts, a circumstance set aside
        (
            "今年前2月出口1155億美元,年增20%。\n陳處長說,前2月出口增幅為近36年同期最高,達20%。",
            "達20%",
        ),
        ("據海關進出口貿易初步統計,排除春節連假因素後,累計前2月出口1155.7億美元。", "1155.7億美元"),
        ("排除春節連假因素,前2月出口年增20%。", "20%"),
    ],
)
def test_speakers_agencies_and_circumstances_hold_nothing(text: str, surface: str) -> None:
    found = _hant(text, surface.removeprefix("達"), "臺灣", "2026-03-09")
    assert not found.subject.startswith(("陳處長", "海關", "排除"))


def test_names_of_the_classification_keep_their_marks_in_a_list() -> None:
    # 计算机、通信和其他电子设备制造业 is one industry: a list of two is not split at its 、 or 和
    text = (
        "1-4月,规上电气机械和器材制造业以及计算机、通信和其他电子设备制造业工业总产值分别为"
        "98.5亿元和65.2亿元,分别增长12.2%和15.7%。"
    )
    assert _one(text, "98.5亿元").subject == "规上电气机械和器材制造业"
    assert _one(text, "65.2亿元").subject == "计算机、通信和其他电子设备制造业"
    assert _one(text, "15.7%").subject == "计算机、通信和其他电子设备制造业"


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        # the head of the noun says what is measured, not a measure word inside it
        ("上半年,全市商品整体出口货量同比上升3.2%,进口货量下降1.1%。", "3.2%", "other:出口货量"),
        ("上半年,全市商品整体出口货量同比上升3.2%,进口货量下降1.1%。", "1.1%", "other:进口货量"),
        ("一季度,本港整体出口价格上升0.6%,进口价格下跌0.4%。", "0.6%", "other:出口价格"),
        ("一季度,本港整体出口价格上升0.6%,进口价格下跌0.4%。", "0.4%", "other:进口价格"),
        (
            "1-8月,园区企业主营业务收入85.2亿元,增长9.1%;主营业务成本71.6亿元,增长8.7%。",
            "71.6亿元",
            "other:主营业务成本",
        ),
        (
            "1-8月,园区企业主营业务收入85.2亿元,增长9.1%;主营业务成本71.6亿元,增长8.7%。",
            "8.7%",
            "other:主营业务成本",
        ),
        ("8月末,园区规上工业企业资产总计926.4亿元,同比增长4.3%。", "926.4亿元", "other:资产总计"),
        ("全年,开发区企业上缴税费36.8亿元,增长5.5%。", "36.8亿元", "tax"),
        # and the words themselves still read as before
        ("上半年,全市出口总额218.6亿元,增长7.2%。", "218.6亿元", "exports"),
        ("1-8月,园区企业主营业务收入85.2亿元,增长9.1%。", "85.2亿元", "revenue"),
    ],
)
def test_a_noun_is_measured_by_its_head(text: str, surface: str, measure: str) -> None:
    assert str(_one(text, surface).measure) == measure


def test_the_volume_of_a_regions_trade_is_the_regions() -> None:
    # a measure of the whole economy: the sector just named holds none of it, and 规上 does not
    # reach it
    text = "上半年,全市规上工业增加值增长6.1%,整体出口货量同比上升3.2%。"
    volume = _one(text, "3.2%")
    assert volume.subject_kind is licheng.SubjectKind.REGION
    assert volume.scope is licheng.Scope.UNSPECIFIED


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        # the rate a growth rate is compared with is a growth rate, of another period or place
        ("上半年,全区规上工业增加值增长5.1%,比一季度的5.3%回落0.2个百分点。", "5.3%", "growth"),
        ("上半年,全区地区生产总值增长6.2%,高于上年同期的5.8%。", "5.8%", "growth"),
        ("二季度,全区社会消费品零售总额增长4.1%,较一季度的3.6%加快。", "3.6%", "growth"),
        # a share compared with last year's share stays a share
        ("全区工业增加值占地区生产总值的35%,比上年的34%提高1个百分点。", "34%", "share"),
    ],
)
def test_a_rate_compared_with_keeps_the_role_of_the_rate(
    text: str, surface: str, role: str
) -> None:
    assert _one(text, surface).role.value == role


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("前三季度全县完成固定资产投资45.2亿元,占年度计划的112.3%。", "112.3%"),
        ("两个重点项目分别完成投资8.1亿元、12.6亿元,完成率达91.0%、126.0%。", "126.0%"),
        ("上半年净出口对经济增长的贡献率为115.2%。", "115.2%"),
    ],
)
def test_a_share_above_the_whole_is_read_not_dropped(text: str, surface: str) -> None:
    """A plan fulfilled beyond itself or a contribution above 100% is a share, as printed."""
    indicator = _one(text, surface)
    assert indicator.role is licheng.Role.SHARE
    assert indicator.figure.magnitude > 100
