"""Rules of the genre found on text the reader had not seen, each on a sentence written for it.

Every case states one general rule (how a release dates its figures, which clause names their
holder, …) on a sentence written here; none is taken from a reading set.
"""

from __future__ import annotations

import licheng
from conftest import indicator_at as _at


def _period(
    text: str, surface: str, published: str | None = None, place: str | None = None
) -> str | None:
    period = _at(text, surface, published, place).period
    return None if period is None else str(period)


def test_a_comparison_with_a_named_year_dates_an_undated_release() -> None:
    # 今年 compared with 2019年同月 is 2020; 去年 compared with 2019年 is 2020, so 今年 is 2021
    this_year = "今年5月,全市出口额为88亿元,较2019年同月上升6.5%。今年首5个月出口额上升3.1%。"
    assert _period(this_year, "88亿元") == "2020M05"
    assert _period(this_year, "3.1%") == "2020M01-M05"
    last_year = "園區去年營業額為1,234億元,較2019年成長8.5%;今年1月營業額為120億元。"
    assert _period(last_year, "1,234億元") == "2020"
    assert _period(last_year, "120億元") == "2021M01"
    # with a release date, the date decides
    assert _period(this_year, "88亿元", published="2023-06-20") == "2023M05"


def test_export_orders_and_month_on_month_words() -> None:
    text = "經濟部今日公布5月外銷訂單512.3億美元，月增3.2%，年增8.1%。"
    orders = _at(text, "512.3億美元", "2024-06-20", "臺灣")
    assert str(orders.measure) == "other:外销订单"
    assert str(_at(text, "3.2%", "2024-06-20", "臺灣").basis) == "mom"
    assert str(_at(text, "8.1%", "2024-06-20", "臺灣").basis) == "yoy"
    # 5月当月增长: the month's own rate, no month-on-month change
    month = _at("全市规模以上工业增加值5月当月增长6.1%。", "6.1%", "2024-06-20")
    assert month.basis is None or str(month.basis) != "mom"


def test_adverbs_windows_and_ranks_are_no_holders() -> None:
    place = "香港"
    rate = _at("經季節性調整的失業率維持於3.8%的水平。", "3.8%", "2025-10-20", place)
    assert "維持" not in rate.subject
    assert "维持" not in rate.subject
    change = _at("兩段時間相比，總就業人數減少約6,100人。", "約6,100人", "2025-10-20", place)
    assert "兩段" not in change.subject
    assert "两段" not in change.subject
    ranked = _at(
        "目前全市园区投产企业1101户,净增户数全省第三;从业人员21万人,同比增长2.3%。",
        "21万人",
        "2016-08-20",
    )
    assert "第三" not in ranked.subject


def test_a_count_that_enumerates_parks_names_no_holder_of_its_own() -> None:
    text = "3大園區於2022年的營業額為4兆2,664億元，較2021年成長14.75%。"
    revenue = _at(text, "4兆2,664億元", None, "臺灣")
    assert "園區" in revenue.subject or "园区" in revenue.subject


def test_a_year_long_before_the_release_dates_only_its_own_sentence() -> None:
    text = (
        "今年前三季出口額為3,210億美元，年增12.5%。出口額歷史最高紀錄是2018年的4,010億美元。\n\n"
        "按貨品別觀察，9月電子產品出口年增21.3%。"
    )
    assert _period(text, "4,010億美元", "2024-10-21", "臺灣") == "2018"
    assert _period(text, "21.3%", "2024-10-21", "臺灣") == "2024M09"


def test_a_headline_without_a_date_takes_the_period_the_release_states_later() -> None:
    text = (
        "全市实现地区生产总值512.3亿元,同比增长5.6%\n工业平稳增长。"
        "初步统计,前三季度全市规模以上工业增加值同比增长6.2%。"
    )
    assert _period(text, "512.3亿元", "2023-10-25") == "2023Q1-Q3"
    assert _period(text, "5.6%", "2023-10-25") == "2023Q1-Q3"
    # a stock written as current keeps no period
    now = "目前园区入驻企业120家。上半年园区实现产值35亿元。"
    assert _period(now, "120家", "2023-07-25") is None


def test_an_expectation_governs_every_clause_of_its_sentence() -> None:
    text = (
        "2023年,该项目完成投资3.5亿元。项目建成后,预计年产值12亿元,年税收8000万元,带动就业600人。"
    )
    assert _period(text, "3.5亿元", "2024-01-10") == "2023"
    assert _period(text, "12亿元", "2024-01-10") is None
    assert _period(text, "8000万元", "2024-01-10") is None
    assert _period(text, "600人", "2024-01-10") is None


def test_a_projects_stock_in_a_later_sentence_has_no_period() -> None:
    text = "2022年,产业园项目完成投资4.2亿元。项目一期厂房5万平方米已建成,入驻企业6户。"
    assert _period(text, "4.2亿元", "2023-01-04") == "2022"
    assert _period(text, "5万平方米", "2023-01-04") is None


def test_a_project_or_park_referred_to_is_the_one_named_before() -> None:
    text = (
        "据了解,城东智能装备产业园项目总投资约8.6亿元,占地面积约150亩。"
        "项目达产后,预计年产值约15亿元,解决就业1200余人。"
    )
    for surface in ("约15亿元", "1200余人"):
        assert _at(text, surface, "2022-05-10").subject.startswith("城东智能装备产业园")
    park = "西区科学园区去年营业额为520亿元,较前年成长8.5%;园区贸易总额为610亿元。"
    assert _at(park, "610亿元", "2023-03-01").subject.startswith("西区")
    # 全市园区: the region's parks together, not the park named before
    region = "高新区上半年实现产值120亿元。全市园区引进项目166个。"
    assert not _at(region, "166个", "2023-07-10").subject.startswith("高新区")


def test_investment_parts_and_enterprise_types() -> None:
    text = (
        "全市固定资产投资同比增长4.5%,其中基础设施投资增长2.1%。"
        "分产业看,第一产业投资增长12.0%;第二产业投资增长8.3%。"
    )
    for surface, subject in (("2.1%", "基础设施"), ("12.0%", "第一产业"), ("8.3%", "第二产业")):
        found = _at(text, surface, "2023-10-25")
        assert str(found.measure) == "fixed_asset_investment"
        assert found.subject == subject
    kinds = "分经济类型看,国有控股企业增加值同比增长4.6%;外商及港澳台商投资企业增长3.4%。"
    assert str(_at(kinds, "3.4%", "2023-09-15").measure) == "value_added"


def test_a_sentence_opened_by_now_states_no_period() -> None:
    text = (
        "1-7月,园区实现营业收入150亿元。目前,园区累计开发面积36.5平方公里,"
        "同比增长2.1%;从业人员5.2万人,同比增长1.9%。"
    )
    assert _period(text, "150亿元", "2016-08-20") == "2016M01-M07"
    assert _period(text, "2.1%", "2016-08-20") is None
    assert _period(text, "1.9%", "2016-08-20") is None


def test_a_running_total_within_a_named_year_is_that_years_flow() -> None:
    text = "科学园区去年营业额大幅增长,累计3,120亿元,较前年成长12.5%。"
    found = _at(text, "3,120亿元", "2019-03-05")
    assert str(found.period) == "2018"
    assert str(found.accumulation) == "period"
    # 累计 with no year in its sentence is since the project began
    since = _at("该项目累计完成投资10.5亿元。", "10.5亿元", "2019-03-05")
    assert since.period is None


def test_a_release_about_one_period_dates_its_later_paragraphs() -> None:
    text = (
        "园区去年营业额为800亿元,较2017年成长8.5%。\n"
        "以六大产业分析,积体电路产业营业额成长12.3%。\n"
        "光电产业营业额衰退3.1%。\n"
        "精密机械产业营业额成长5.7%。"
    )
    assert _period(text, "5.7%", "2019-03-01") == "2018"
    # a length far from every period word is a stock, not a flow of the year
    roads = text + "\n园区建成主干道路网9.2公里。"
    assert _period(roads, "9.2公里", "2019-03-01") is None


def test_a_level_named_by_the_measure_after_it() -> None:
    text = "園區在1兆2,345.6億元的營業總額中,甲園區1兆1,000億元,成長3.5%。"
    whole = _at(text, "1兆2,345.6億元", None, "臺灣")
    assert str(whole.measure) == "revenue"


def test_counted_enterprises_belong_to_the_paragraphs_holder() -> None:
    text = (
        "1-7月,全市工业园区实现主营业务收入1524亿元。目前,"
        "全市工业园区投产工业企业数1101户,从业人员21.7万人。"
    )
    assert "企业数" not in _at(text, "1101户", "2016-08-20").subject
    funds = _at("1-7月,园区招商实际到位资金271.19亿元,同比增长10.1%。", "271.19亿元", "2016-08-20")
    assert str(funds.measure) == "other:招商引资到位资金"
    assert "实际" not in funds.subject


def test_a_ratio_of_production_abroad_is_a_share() -> None:
    text = (
        "經濟部統計處公布9月外銷訂單702.2億美元。"
        "9月外銷訂單海外生產比52.1%，較上年同月上升0.5個百分點。"
    )
    assert str(_at(text, "52.1%", "2025-10-21", "臺灣").role) == "share"


def test_the_latest_release_names_no_holder() -> None:
    text = (
        "政府統計處今日發表的最新勞動人口統計數字，"
        "經季節性調整的失業率由6月至8月的3.7%上升至7月至9月的3.9%。"
    )
    assert _at(text, "3.9%", "2025-10-20", "香港").subject in {"香港", "全港"}


def test_the_parts_of_demand_hold_their_own_figures() -> None:
    text = (
        "从需求结构看,最终消费支出拉动经济增长2.6个百分点;"
        "资本形成总额拉动0.8个百分点;货物和服务净出口拉动1.6个百分点。"
    )
    expected = {
        "2.6个百分点": "最终消费支出",
        "0.8个百分点": "资本形成总额",
        "1.6个百分点": "货物和服务净出口",
    }
    for surface, subject in expected.items():
        found = _at(text, surface, "2026-01-20", "全国")
        assert (found.subject, str(found.role)) == (subject, "change_pp")
    hant = "第四季民間消費實質成長3.43%，失業率為3.3%。"
    assert _at(hant, "3.43%", "2026-01-31", "臺灣").subject == "民間消費"
    # the part does not hold the next clause's measure
    assert _at(hant, "3.3%", "2026-01-31", "臺灣").subject != "民間消費"


def test_a_list_of_comparators_gives_each_gap_its_own() -> None:
    text = (
        "今年1—5月,电子信息制造业增加值同比增长14.6%,"
        "增速分别比同期工业、高技术制造业高9.2个百分点和1.5个百分点。"
    )
    second = _at(text, "1.5个百分点", "2026-07-05")
    assert second.about is not None
    assert second.about.subject == "高技术制造业"
    assert second.basis is None


def test_kinds_of_enterprise_quoted_industries_and_bracketed_categories() -> None:
    kinds = "分经济类型看,8月份,国有控股企业增加值同比增长4.6%;股份制企业增长6.1%。"
    assert _at(kinds, "4.6%", "2021-09-20").subject == "国有控股企业"
    quoted = "國科會指出,2022年營業額方面,高效能運算需求強勁,也讓「積體電路」產業成長22.62%。"
    assert _at(quoted, "22.62%", None, "臺灣").subject == "積體電路"
    slogan = "园区开展「园区招商」,3年来招引落地项目491个。"
    assert "招商" not in _at(slogan, "491个", "2024-05-01").subject
    bracket = (
        "今年10月与去年10月比较,珠宝首饰的销货价值上升8.4%。其次为超级市场货品(销货价值上升0.7%)。"
    )
    assert _at(bracket, "0.7%", "2017-11-01", "香港").subject == "超级市场货品"


def test_a_run_of_segments_counts_each_its_own_firms() -> None:
    text = (
        "园区去年引进高科技厂商20家,其中精密机械11家、生物技术4家、光电3家,累计总投资金额76.9亿元。"
    )
    assert _at(text, "4家", "2019-03-01").subject == "生物技术"
    assert _at(text, "3家", "2019-03-01").subject == "光电"
    # the segments hold only their counts; the investment is the park's
    assert _at(text, "76.9亿元", "2019-03-01").subject == "园区"


def test_the_investment_of_a_part_in_a_fixed_asset_paragraph() -> None:
    text = (
        "1至8月,全省固定资产投资增长3.4%。高技术产业投资增长6.7%,设备工器具购置投资增长9.6%。"
        "全省基础设施投资增长5.6%。"
    )
    for surface in ("6.7%", "9.6%", "5.6%"):
        assert str(_at(text, surface, "2024-09-19").measure) == "fixed_asset_investment"
    assert _at(text, "5.6%", "2024-09-19").subject == "基础设施"
    # a project's total investment stays the project's
    project = "全市固定资产投资增长5.0%。重点项目总投资26.5亿元。"
    assert str(_at(project, "26.5亿元", "2024-09-19").measure) == "investment"


def test_index_words_that_name_their_holder_and_shares_of_growth() -> None:
    text = "5月份,全国服务业生产指数同比增长4.4%。1—5月份,高技术制造业贡献了近四成的工业增长。"
    services = _at(text, "4.4%", "2026-06-16")
    assert (services.subject, str(services.measure)) == ("服务业", "other:服务业生产指数")
    assert str(_at(text, "近四成", "2026-06-16").role) == "share"


def test_taiwan_and_hong_kong_national_accounts_and_agencies() -> None:
    text = (
        "主計總處公布，第2季經濟成長率為5.2%，民間消費實質成長1.5%，輸出成長10.2%，輸入成長8.1%。"
    )
    exports = _at(text, "10.2%", "2025-08-01", "臺灣")
    assert (exports.subject, str(exports.measure)) == ("輸出", "exports")
    assert str(_at(text, "8.1%", "2025-08-01", "臺灣").measure) == "imports"
    trade = "財政部公布8月出口值為412.1億美元，年增18.3%。"
    assert _at(trade, "412.1億美元", "2025-09-09", "臺灣").subject != "財政部"
    visitors = "2024年首6個月訪港旅客約2100萬人次，按年上升64%。"
    assert str(_at(visitors, "64%", "2024-07-20", "香港").period) == "2024H1"


def test_a_month_still_to_come_is_last_years() -> None:
    text = "財政部昨日公布去年12月進出口統計，12月出口624.7億美元，年增43.4%。"
    assert _period(text, "624.7億美元", "2026-01-10", "臺灣") == "2025M12"
    # a forecast of a month to come stays this year's
    ahead = "1-8月出口增长5.1%。预计12月出口增长6.0%。"
    assert _period(ahead, "6.0%", "2025-09-10") == "2025M12"


def test_a_trade_surplus_and_turns_of_phrase_that_hold_nothing() -> None:
    text = "8月出口584.9億美元，年增34.1%；出、進口互抵後，8月出超168.3億美元。"
    surplus = _at(text, "168.3億美元", "2025-09-09", "臺灣")
    assert str(surplus.measure) == "other:出超"
    assert not surplus.subject.endswith("、")
    income = _at("1-7月,园区主营业务收入超1500亿元。", "1500亿元", "2016-08-20")
    assert str(income.measure) == "revenue"
    imports = "全年進口4,836.1億美元，同樣為歷年最高。12月進口430.4億美元，同樣為歷年次高。"
    assert not _at(imports, "430.4億美元", "2026-01-10", "臺灣").subject.startswith("同")


def test_a_bulletin_published_years_later_keeps_its_own_year() -> None:
    text = (
        "据初步核算,2013年全区地区生产总值达624.98亿元,增长9.0%。"
        "产业结构进一步优化,由上年的6.9:55.9:37.2演变为新的结构。"
    )
    assert _period(text, "624.98亿元", "2022-08-17") == "2013"
    assert _period(text, "6.9", "2022-08-17") == "2012"


def test_an_amount_that_exceeds_is_no_trade_balance() -> None:
    # 支出超, 收入超: an amount more than; 8月出超: the balance of trade
    spent = licheng.read("全年财政支出超100亿元。", published="2025-10-01")
    assert [str(i.measure) for i in spent.indicators] == ["fiscal_expenditure"]
    balance = licheng.read("8月出超168.3亿美元。", published="2025-10-01")
    assert [str(i.measure) for i in balance.indicators] == ["other:出超"]


def test_the_budgets_older_names_and_net_output() -> None:
    text = "1-9月,全县地方公共财政预算收入3.2亿元,增长8.5%;公共财政支出9.6亿元。"
    revenue = _at(text, "3.2亿元", "2016-10-20", "房县 / 十堰市 / 湖北省")
    assert str(revenue.measure) == "fiscal_revenue"
    assert revenue.subject in {"全县", "房县"}
    assert str(_at(text, "8.5%", "2016-10-20").measure) == "fiscal_revenue"
    assert str(_at(text, "9.6亿元", "2016-10-20").measure) == "fiscal_expenditure"
    # 淨產值 in Hong Kong's national accounts is value added
    net = "金融及保險業的淨產值在第四季與上年同期比較實質上升5.2%。"
    assert str(_at(net, "5.2%", "2016-03-01", "香港").measure) == "value_added"


def test_travellers_counted_in_person_trips() -> None:
    text = "今年首10個月,入境旅客累計增加12.5%,至3,456.7萬人次;出境旅客增加8.1%,至7,890萬人次。"
    visitors = _at(text, "3,456.7萬人次", "2024-11-05", "香港")
    assert str(visitors.measure) == "other:旅客人次"
    assert "入境旅客" in visitors.subject
    assert str(_at(text, "8.1%", "2024-11-05", "香港").measure) == "other:旅客人次"
    tourists = _at("1-9月,全市接待游客1.2亿人次,增长9.6%。", "1.2亿人次", "2024-10-20")
    assert str(tourists.measure) == "other:旅客人次"


def test_shares_that_move_from_one_level_to_another() -> None:
    text = "入境旅客中,本地居民佔比由60.5%升至62.3%,內地訪客則由30.2%降至28.9%。"
    for surface in ("60.5%", "62.3%", "30.2%", "28.9%"):
        assert str(_at(text, surface, "2024-12-30", "香港").role) == "share", surface
    # a growth rate that moves stays a growth rate
    growth = "全市规上工业增加值增速由5.2%提高至6.8%。"
    assert str(_at(growth, "6.8%", "2024-12-30").role) == "growth"


def test_the_money_of_a_class_of_projects_is_the_classs() -> None:
    text = (
        "今年1-6月,全市156个在建重点项目完成投资312.5亿元,为年计划的48%;"
        "其中:续建项目98项,总投资860.2亿元,年度计划投资210.4亿元。"
    )
    published, place = "2024-07-20", "宜宾市 / 四川省"
    assert _at(text, "312.5亿元", published, place).subject == "在建重点项目"
    assert _at(text, "48%", published, place).subject == "在建重点项目"
    assert _at(text, "860.2亿元", published, place).subject == "续建项目"
    assert _at(text, "210.4亿元", published, place).subject == "续建项目"
    # the count of a class is the region's
    assert _at(text, "156个", published, place).subject in {"全市", "宜宾市"}
    # what a named project is (是…项目) is no class
    named = "天府新材料产业园项目是2024年省重大项目,总投资10亿元。"
    assert _at(named, "10亿元", published, place).subject != "省重大项目"


def test_trade_with_a_partner_is_the_partners() -> None:
    text = (
        "財政部今日公布前3月出口1,234.5億美元，年增18.2%；對美國出口410.3億美元、年增52.1%，"
        "占比達33.2%；對東協方面，前3月出口250.6億美元，年增21.4%。"
    )
    published, place = "2025-04-09", "臺灣"
    assert _at(text, "1,234.5億美元", published, place).subject != "美國"
    assert _at(text, "410.3億美元", published, place).subject == "美國"
    assert _at(text, "52.1%", published, place).subject == "美國"
    assert _at(text, "33.2%", published, place).subject == "美國"
    assert _at(text, "250.6億美元", published, place).subject == "東協"
    # 对外出口 names no partner
    outward = "1-6月,全市对外出口增长8.5%。"
    assert _at(outward, "8.5%", "2025-07-20").subject != "外"


def test_a_list_of_names_set_off_by_commas_and_a_cause_before_the_rates() -> None:
    text = (
        "营业收入最大的三个行业是专用设备制造业,汽车制造业,计算机、通信和其他电子设备制造业,"
        "营业收入分别为120.5亿元、88.2亿元、61.7亿元。"
    )
    published = "2025-07-30"
    assert _at(text, "120.5亿元", published).subject == "专用设备制造业"
    assert _at(text, "88.2亿元", published).subject == "汽车制造业"
    assert _at(text, "61.7亿元", published).subject == "计算机、通信和其他电子设备制造业"
    shops = "零售業營業額年增3.1%;百貨公司及便利商店因週年慶檔期、新品熱銷,分別年增6.2%及4.1%。"
    assert _at(shops, "6.2%", "2025-07-25", "臺灣").subject == "百貨公司"
    assert _at(shops, "4.1%", "2025-07-25", "臺灣").subject == "便利商店"


def test_the_parts_a_whole_is_always_broken_into() -> None:
    text = (
        "三次产业对经济增长的拉动分别为0.4、-1.2和3.1个百分点。"
        "城乡居民人均可支配收入分别达到42380元、21560元,增长5.1%、6.8%。"
    )
    published = "2025-01-25"
    for surface, name in (
        ("0.4", "第一产业"),
        ("-1.2", "第二产业"),
        ("3.1个百分点", "第三产业"),
        ("42380元", "城镇居民"),
        ("21560元", "农村居民"),
        ("5.1%", "城镇居民"),
        ("6.8%", "农村居民"),
    ):
        assert _at(text, surface, published).subject == name, surface


def test_online_sales_are_a_segment_and_rates_of_a_plan_are_shares() -> None:
    text = "該月的零售業網上銷售價值的臨時估計為41億元,按年上升5.2%。"
    online = _at(text, "41億元", "2025-01-02", "香港")
    assert online.subject == "網上銷售"
    assert _at(text, "5.2%", "2025-01-02", "香港").subject == "網上銷售"
    plan = "1-6月份,全市开复工项目88项,开复工率91%;规上工业产品产销率为97.5%。"
    assert str(_at(plan, "91%", "2025-07-20").role) == "share"
    assert str(_at(plan, "97.5%", "2025-07-20").role) == "share"


def test_a_structure_that_changed_to_is_the_years_own() -> None:
    text = (
        "2019年全县地区生产总值达210.5亿元。产业结构由上年的12.1:40.3:47.6演变为11.5:39.8:48.7,"
        "三次产业对经济增长的贡献率分别为3.2%、41.5%和55.3%。"
    )
    assert _period(text, "12.1", "2020-03-10") == "2018"
    assert _period(text, "11.5", "2020-03-10") == "2019"
    assert _period(text, "41.5%", "2020-03-10") == "2019"


def test_a_share_of_industries_and_a_heading_dated_by_what_it_heads() -> None:
    text = (
        "1—8月份,全市规模以上工业增加值同比增长5.2%,其中8月份增长6.1%。\n"
        "一是近七成行业实现增长。1—8月份,全市35个大类行业中有24个行业增加值实现增长。"
    )
    share = _at(text, "近七成", "2023-09-20")
    assert str(share.role) == "share"
    assert str(share.measure) == "other:行业数"
    assert share.subject == "行业"
    assert str(share.period) == "2023M01-M08"
    # a sentence that is not a heading keeps the period carried to it
    assert _period(text, "6.1%", "2023-09-20") == "2023M08"


def test_a_look_an_estimate_or_an_effect_is_no_holder() -> None:
    place = "臺灣"
    look = "10月工業生產指數年增8.1％。檢視10月成績，「電子零組件業」年成長超過12％。"
    assert "檢視" not in _at(look, "超過12％", "2025-11-24", place).subject
    effect = "半導體業因新品拉貨效應，營業額成長8.2%。"
    assert "效應" not in _at(effect, "8.2%", "2025-11-24", place).subject
    grown = "生技廠商持續進駐、新藥陸續上市,成效陸續顯現,營業額成長9.9%。"
    assert "顯現" not in _at(grown, "9.9%", "2025-11-24", place).subject
    rough = "出入境旅客總計相約,約數同為1.2億人次。"
    assert not _at(rough, "1.2億人次", "2025-11-24", "香港").subject.startswith("約數")


def test_the_release_names_its_own_region_and_a_reports_verbs_hold_nothing() -> None:
    text = (
        "经济运行稳中有进。坚持把稳增长摆在突出位置,地区生产总值增长5.6%。"
        "我省经济呈现向新向优的良好态势。"
    )
    gdp = _at(text, "5.6%", "2026-02-05", "湖北省")
    assert gdp.subject == "我省"


def test_the_parts_of_industrial_investment_broken_down_in_the_next_paragraph() -> None:
    text = (
        "上半年,全市完成工业投资512.3亿元,同比增长9.1%。\n"
        "分行业看,智能装备制造业完成投资120.4亿元,增长15.2%。"
    )
    assert str(_at(text, "120.4亿元", "2024-07-20").measure) == "fixed_asset_investment"
    assert str(_at(text, "15.2%", "2024-07-20").measure) == "fixed_asset_investment"
    # a project's investment stays the project's
    project = "上半年,全市完成工业投资512.3亿元。\n新材料产业园项目完成投资3.2亿元。"
    assert str(_at(project, "3.2亿元", "2024-07-20").measure) == "investment"


def test_a_parts_contribution_to_the_wholes_growth_is_a_share() -> None:
    text = "前3月對日本出口102.4億美元、年增41.2%，貢獻總出口增長幅度近3成。"
    share = _at(text, "近3成", "2025-04-09", "臺灣")
    assert str(share.role) == "share"
    assert str(_at(text, "41.2%", "2025-04-09", "臺灣").role) == "growth"


def test_a_sectors_part_of_the_economy_is_its_value_added() -> None:
    text = (
        "2024年全市生产总值增长5.1%。制造业占GDP比重为31.4%,服务业对经济增长的贡献率为"
        "58.2%,消费对经济增长的贡献率为61.0%;科创园区生产总值占全市比重为12.0%。"
    )
    for surface in ("31.4%", "58.2%"):
        sector = _at(text, surface, "2025-01-20", "某市")
        assert str(sector.measure) == "value_added", surface
        assert sector.whole is not None
        assert str(sector.whole.measure) == "gdp", surface
    # demand's share of growth and a park's share of the region's GDP stay GDP
    assert str(_at(text, "61.0%", "2025-01-20", "某市").measure) == "gdp"
    assert str(_at(text, "12.0%", "2025-01-20", "某市").measure) == "gdp"
    # the economy whose growth a part contributes to is the region's
    assert _at(text, "58.2%", "2025-01-20", "某市").whole.subject == "全市"


def test_a_rates_enumeration_comma_before_a_new_name_ends_its_clause() -> None:
    text = "高新区营业收入增长12%、园区企业利润增长8.5%,进出口总额增长9.4%、重回千亿元规模。"
    assert _at(text, "12%", "2024-10-20").subject == "高新区"
    assert _at(text, "8.5%", "2024-10-20").subject == "园区企业"
    # a verb after the 、 goes on with the clause of the rate before it
    assert _at(text, "千亿元", "2024-10-20").subject == _at(text, "9.4%", "2024-10-20").subject


def test_words_that_open_with_have_and_leads_of_a_list_are_no_verbs() -> None:
    text = "1-8月,全区规上工业增加值增长8%,其中化工增长7.2%,有色增长0.7%。"
    assert _at(text, "0.7%", "2023-09-28").subject == "有色"
    listed = "园区核准5家企业进驻,包括宏远科技公司投资2.7亿元。上述企业营收增长12%。"
    assert _at(listed, "2.7亿元", "2023-12-28").subject.startswith("宏远科技")
    assert _at(listed, "12%", "2023-12-28").subject == "企业"


def test_this_project_is_the_one_named_in_full_before() -> None:
    text = (
        "街道落地的宏达·智造中心产业园项目,是青岛市重点项目之一。"
        "该项目计划总投资达102.5亿元,拟占地面积500亩。"
    )
    for surface in ("102.5亿元", "500亩"):
        assert _at(text, surface, "2021-06-27", "胶西街道").subject == "宏达·智造中心产业园项目"
    # a class of projects (重点项目) names no project
    plain = "全力推进重点项目建设。该项目计划总投资5亿元。"
    assert _at(plain, "5亿元", "2021-06-27", "胶西街道").subject != "重点项目"


def test_macau_surveys_takings_profit_multiples_and_visitors() -> None:
    text = (
        "行业2023年总收入按年增加3.1倍至1,885.2亿元;行业盈利同比上升9倍至1,152亿元。"
        "今年6月留宿旅客116.38万人次,不过夜旅客104.59万人次,按年分别增加5.4倍及4.2倍。"
        "全年旅游总收入增长20%。"
    )
    published, place = "2024-07-20", "澳門"
    assert str(_at(text, "3.1倍", published, place).measure) == "revenue"
    assert str(_at(text, "1,885.2亿元", published, place).measure) == "revenue"
    assert str(_at(text, "9倍", published, place).measure) == "profit"
    stay = _at(text, "104.59万人次", published, place)
    assert (str(stay.measure), stay.subject) == ("other:旅客人次", "不过夜旅客")
    assert str(_at(text, "4.2倍", published, place).role) == "growth"
    # a named kind of takings keeps its own name
    assert str(_at(text, "20%", published, place).measure) == "other:旅游总收入"


def test_a_plans_year_dates_no_figure_and_firms_added_are_the_periods() -> None:
    text = (
        "今年上半年,高新区规上企业总产值264.7亿元。持续实施提质增效行动,净增经营主体4151户,"
        "完成全年任务的148.8%,其中企业净增2359户;入选市十大“三高”企业6家,获批省头雁企业7家。"
    )
    published = "2023-08-29"
    for surface in ("4151户", "148.8%", "2359户", "6家"):
        assert _period(text, surface, published) == "2023H1", surface
    # a share of the year's plan is progress over the period, as the firms added are
    assert str(_at(text, "148.8%", published).accumulation) == "period"
    assert str(_at(text, "7家", published).accumulation) == "period"


def test_firms_added_are_counted_for_the_park_not_for_a_part_named_before() -> None:
    text = (
        "今年上半年,高新区规上工业总产值264.7亿元,同比增长5.6%。其中,新材料产业同比增长6.6%、"
        "生物医药产业同比增长1.3%。持续实施三大行动,净增经营主体4151户,获批省头雁企业7家。"
    )
    for surface in ("4151户", "7家"):
        subject = _at(text, surface, "2023-08-29", "高新区").subject
        assert subject not in {"新材料产业", "生物医药产业"}, surface
        assert not subject.startswith(("净增", "获批")), surface


def test_a_recovery_base_year_dates_nothing_and_a_rate_to_a_level_of_visitors() -> None:
    text = (
        "行业2023年总收入按年增加3.1倍至1,885.2亿元,回复至2019年的63%。\n"
        "中国大陆旅客按年增加3.3倍至144.49万人次,其中个人游旅客79.36万人次上升4.9倍。"
        "制造业总收益达到2,433亿元,制造业增加价值超过282亿元。"
    )
    published, place = "2024-09-06", "澳門"
    assert _period(text, "63%", published, place) == "2023"
    assert _period(text, "3.3倍", published, place) == "2023"
    for surface in ("3.3倍", "4.9倍"):
        assert str(_at(text, surface, published, place).measure) == "other:旅客人次", surface
    assert str(_at(text, "2,433亿元", published, place).measure) == "revenue"
    assert str(_at(text, "超过282亿元", published, place).measure) == "value_added"


def test_a_measure_named_in_a_clause_without_a_figure_is_the_next_figures() -> None:
    text = (
        "全区完成固定资产投资50亿元,规上工业增加值稳步增长,达到120亿元;"
        "主导产业新签约项目签约额40.2亿元。百货业营业额增长5.2%,汽车零售业则因进口车销量减少,"
        "年减9.0%。"
    )
    assert str(_at(text, "120亿元", "2024-01-05").measure) == "value_added"
    assert str(_at(text, "40.2亿元", "2024-01-05").measure) == "investment"
    # a cause's measure (进口车销量减少) is not the figure's
    assert str(_at(text, "9.0%", "2024-01-05").measure) != "imports"


def test_money_from_outside_the_city_is_not_foreign_capital() -> None:
    text = "开发区规模以上企业达到190家,实际利用市外资金160亿元,实际到位外资5.1亿美元。"
    outside = _at(text, "160亿元", "2011-04-02", "临沂经济技术开发区")
    assert str(outside.measure) == "other:市外资金"
    assert str(outside.scope) == "unspecified"  # no size class of money drawn in
    assert not outside.subject.startswith("实际利用")
    assert str(_at(text, "5.1亿美元", "2011-04-02").measure) == "foreign_capital"


def test_a_sum_since_a_year_is_of_no_one_period() -> None:
    text = "2021年台南各业销售总额屡创新高,统计108年迄今招商吸引投资超过1.8兆元。"
    since = _at(text, "超过1.8兆元", "2022-03-02", "臺南市")
    assert since.period is None
    assert str(since.accumulation) == "to_date"
    # 至今年5月 is up to this year's May, no window since a year
    window = "2025年1月至今年5月,全市新增企业1200家。"
    assert _period(window, "1200家", "2026-06-02") is not None


def test_the_count_of_the_items_a_list_goes_through_is_no_figure() -> None:
    reading = licheng.read("三项支出同比分别上升2.4倍、3.9倍及7.2%。", published="2024-09-06")
    assert [str(indicator.figure) for indicator in reading.indicators] == ["2.4倍", "3.9倍", "7.2%"]
    assert [str(unread.reason) for unread in reading.unread] == ["enumeration"]


def test_registered_population_is_a_measure_not_a_holder() -> None:
    text = "年末全县户籍人口413610人,比上年减少163人。"
    people = _at(text, "413610人", "2024-03-01", "岳西县")
    assert (str(people.measure), people.subject) == ("population", "全县")


def test_hong_kongs_start_ups_counted_in_rooms_are_firms_of_their_holder() -> None:
    text = "香港初創企業數目再創新高,達5,221間,按年上升11%。"
    firms = _at(text, "5,221間", "2024-12-01", "香港")
    assert (str(firms.measure), firms.subject) == ("enterprise_count", "初創企業")
