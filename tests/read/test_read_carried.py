"""General rules of statistical writing that carry a figure's measure, period or holder.

Each case states one rule on sentences written here, none taken from a reading set: what a
figure inherits from the sentence, paragraph or release around it when it names nothing itself.
"""

from __future__ import annotations

import licheng
from conftest import indicator_at as _at


def _measure(text: str, surface: str, published: str | None = "2024-10-20") -> str:
    return str(_at(text, surface, published).measure)


def test_completed_investment_is_the_kind_last_named() -> None:
    text = (
        "1-9月,全县固定资产投资项目开工88个,完成投资41.2亿元,同比增长6.3%。"
        "按行业分,工业项目30个,完成投资18.6亿元;交通项目12个,完成投资5.4亿元。"
    )
    assert _measure(text, "41.2亿元") == "fixed_asset_investment"
    assert _measure(text, "18.6亿元") == "fixed_asset_investment"
    assert _measure(text, "5.4亿元") == "fixed_asset_investment"
    # projects given by their total investment complete investment in them, not in fixed assets
    projects = (
        "全县固定资产投资增长6.3%。重点项目12个,总投资95亿元,年度计划投资20亿元,"
        "累计完成投资7.7亿元。"
    )
    assert _measure(projects, "7.7亿元") == "investment"


def _period(text: str, surface: str, published: str | None = "2024-10-20") -> str | None:
    period = _at(text, surface, published).period
    return None if period is None else str(period)


def test_a_flow_up_to_a_month_end_compares_with_last_years_running_total() -> None:
    text = "截至8月底,全县完成工业投资21.3亿元,比去年同期19.8亿元增加1.5亿元。"
    assert _period(text, "21.3亿元") == "2024M01-M08"
    assert _period(text, "19.8亿元") == "2023M01-M08"


def test_a_count_that_frames_a_breakdown_is_no_statistic() -> None:
    text = (
        "1-6月,全市规模以上工业增加值同比增长8.2%。从9个区县增速看,甲县、乙县分别增长12.1%、"
        "10.4%;分5个行业看,化工行业增长6.3%。"
    )
    reading = licheng.read(text, published="2024-07-20")
    assert [u.surface for u in reading.unread if u.reason.value == "enumeration"] == ["9个"]
    assert _measure(text, "12.1%", "2024-07-20") == "value_added"
    assert _measure(text, "10.4%", "2024-07-20") == "value_added"
    assert _measure(text, "6.3%", "2024-07-20") == "value_added"


def test_shares_of_a_run_of_levels_pair_in_order() -> None:
    text = (
        "全年签约项目120个,其中先进制造业项目45个、投资额380亿元,"
        "分别占签约项目总数和投资总额的37.5%和52.1%。"
    )
    assert _measure(text, "37.5%", "2025-01-20") == "project_count"
    assert _measure(text, "52.1%", "2025-01-20") == "investment"


def test_the_amount_a_set_of_projects_invests_has_no_period() -> None:
    text = "上半年,全区在建重点项目46个,同比增加5个,投资总额388.2亿元。"
    assert _period(text, "46个", "2024-07-15") == "2024H1"
    amount = _at(text, "388.2亿元", "2024-07-15")
    assert amount.period is None
    assert str(amount.accumulation) == "stock"
    # what was invested in the period stays a flow of the period
    done = "上半年,全区重点项目46个,完成投资额58.6亿元。"
    assert _period(done, "58.6亿元", "2024-07-15") == "2024H1"


def test_a_january_release_opening_with_the_year_before_reviews_it() -> None:
    text = (
        "2023年,全县工业园区实现工业总产值86.4亿元,同比增长9.1%。今年新入园项目31个。"
        "园区全年完成固定资产投资12.5亿元。"
    )
    assert _period(text, "86.4亿元", "2024-01-12") == "2023"
    assert _period(text, "31个", "2024-01-12") == "2023"
    assert _period(text, "12.5亿元", "2024-01-12") == "2023"
    # later in the year, 今年 is the release's year
    assert _period(text, "31个", "2024-06-12") == "2024"
    # a 去年 of its own makes the release's year the reference
    other = "2023年,全县实现工业总产值86.4亿元。去年12月新入园项目3个,今年1月新入园项目2个。"
    assert _period(other, "2个", "2024-01-25") == "2024M01"


def test_a_forecasts_period_does_not_carry_past_its_sentence() -> None:
    text = (
        "統計處表示,3月外銷訂單金額為412.5億美元,年增6.2%。\n"
        "統計處預估,2024年第2季外銷訂單金額可望優於去年同期。\n"
        "在主要貨品方面,電子產品與資訊通信產品年增率分別是8.1%及4.4%。"
    )
    assert _period(text, "412.5億美元", "2024-04-20") == "2024M03"
    assert _period(text, "8.1%", "2024-04-20") == "2024M03"


def test_a_contraction_is_a_negative_growth() -> None:
    text = "本季本地經濟按年實質收縮4.2%,貨物出口按年收縮7.5%。"
    economy = _at(text, "4.2%", "2024-08-15", "香港")
    assert str(economy.role) == "growth"
    assert economy.figure.magnitude < 0
    assert str(economy.measure) == "gdp"
    assert _at(text, "7.5%", "2024-08-15", "香港").figure.magnitude < 0


def test_a_list_under_a_heading_takes_the_headings_measure() -> None:
    text = "2023年各园区营业收入\n\n东区园区:1,204亿元,年增5.1%\n\n西区园区:836亿元,年增2.4%\n"
    east = _at(text, "1,204亿元", "2024-02-20")
    assert str(east.measure) == "revenue"
    assert "东区" in east.subject
    assert str(_at(text, "836亿元", "2024-02-20").measure) == "revenue"


def _subject(text: str, surface: str, published: str | None = "2024-10-20") -> str:
    return str(_at(text, surface, published).subject)


def test_a_release_that_calls_itself_our_banner_reads_its_figures_as_the_banners() -> None:
    text = "1-9月,我旗完成固定资产投资32.6亿元,同比增长4.1%。工业项目完成投资11.2亿元。"
    assert _subject(text, "32.6亿元") == "我旗"
    league = "今年以来,本盟规模以上工业增加值同比增长6.8%。"
    assert _subject(league, "6.8%") in {"本盟", "规模以上工业"}


def test_a_gap_a_turn_or_a_payment_names_no_holder() -> None:
    text = (
        "1-6月,装备制造业增加值同比增长11.2%,高出全区规模以上工业3.4个百分点。"
        "园区实现营业收入56亿元,上交税金2.1亿元。"
    )
    assert "装备制造" in _subject(text, "3.4个百分点")
    assert _subject(text, "2.1亿元") == "园区"
    orders = "統計處表示,2月外銷訂單年增5.7%;不過受春節因素影響,較1月減少24.0億美元,減幅9%。"
    assert "不過" not in _subject(orders, "24.0億美元")
    assert "減幅" not in _subject(orders, "9%")


def test_a_numbered_point_names_the_sector_of_its_figures_until_the_next_point() -> None:
    text = (
        "一是工业运行平稳。1-11月规模工业完成总产值8650亿元,增长6.1%。"
        "二是制造业增速较快。完成产值7420.5亿元,增长7.3%。"
        "三是消费市场回暖。社会消费品零售总额增长5.2%。"
    )
    published = "2024-12-20"
    assert "制造业" in _subject(text, "7420.5亿元", published)
    assert "制造业" in _subject(text, "7.3%", published)
    assert "制造业" not in _subject(text, "5.2%", published)


def test_each_item_of_a_run_names_its_own_holder() -> None:
    text = "今年园区各产业营业额,半导体产业成长21%、光电产业成长9.8%、生医产业成长4.5%。"
    assert _subject(text, "21%", "2024-11-20") == "半导体产业"
    assert _subject(text, "9.8%", "2024-11-20") == "光电产业"
    assert _subject(text, "4.5%", "2024-11-20") == "生医产业"
    # a contribution after a rate is the holder's before it, not a new item's
    pulled = "1至8月,装备制造业增加值增长8.1%、拉动规模工业增长2.5个百分点。"
    assert "装备制造" in _subject(pulled, "2.5个百分点", "2024-09-18")


def test_a_listed_run_ends_at_its_semicolon() -> None:
    text = "全市规上工业增加值增长7%。甲县、乙县分别增长12.4%、8.8%;丙县下降3.1%。"
    assert _subject(text, "12.4%", "2024-04-20") == "甲县"
    assert _subject(text, "3.1%", "2024-04-20") == "丙县"


def test_a_comparison_after_a_list_is_no_part_of_its_last_name() -> None:
    text = "全市规上工业增加值增长7%。甲县、乙县高于全市平均水平,同比分别增长12.4%、8.8%。"
    assert _subject(text, "8.8%", "2024-04-20") == "乙县"


def test_projects_started_so_far_are_counted_over_the_period() -> None:
    text = "截至9月底,全县固定资产投资项目已开工86项,完成投资31.5亿元。"
    started = _at(text, "86项", "2024-10-15")
    assert str(started.period) == "2024Q1-Q3"
    assert str(started.accumulation) == "period"


def test_projects_paired_with_the_periods_investment_are_counted_over_it() -> None:
    text = (
        "截至9月底,全县固定资产投资完成41.2亿元。按行业分,工业项目30项,完成投资18.6亿元;"
        "交通项目12项,完成投资5.4亿元。"
    )
    assert _period(text, "30项", "2024-10-15") == "2024Q1-Q3"
    assert _period(text, "12项", "2024-10-15") == "2024Q1-Q3"


def test_the_growth_of_a_stock_is_dated_at_its_time_point() -> None:
    text = "截至6月底,全区市场主体达8.6万户,同比增长7.4%;上半年完成工业投资12亿元。"
    assert _period(text, "7.4%", "2024-07-20") == "2024M06"
    flow = "截至6月底,全区完成工业投资12亿元,同比增长7.4%。"
    assert _period(flow, "7.4%", "2024-07-20") == "2024H1"


def test_a_level_reached_is_of_the_period_its_sentence_names() -> None:
    text = "2024年全市出口820亿元,对东盟出口比重增至18.5%。"
    assert _period(text, "18.5%", "2025-01-20") == "2024"
    # the period a change starts from (由上年的…提高至) is not the level's
    moved = "今年上半年,高技术制造业增加值占规上工业比重由上年的12.1%提高至15.3%。"
    assert _period(moved, "15.3%", "2025-07-20") == "2025H1"


def test_a_fall_that_narrows_is_a_rise_in_the_rate() -> None:
    text = "1-5月,全市规模以上工业增加值下降3.2%,降幅较1-4月收窄1.6个百分点。"
    narrowed = _at(text, "1.6个百分点", "2024-06-20")
    assert str(narrowed.role) == "change_pp"
    assert narrowed.figure.magnitude > 0
    widened = "1-5月,全市规模以上工业增加值下降3.2%,降幅较1-4月扩大0.7个百分点。"
    assert _at(widened, "0.7个百分点", "2024-06-20").figure.magnitude < 0


def test_labs_and_incubators_counted_in_jia_are_facilities() -> None:
    text = "截至2023年末,全省拥有国家级孵化器和众创空间86家,省级以上研发机构1250家,规上企业3200家。"
    assert _measure(text, "86家", "2024-02-20") == "facility_count"
    assert _measure(text, "1250家", "2024-02-20") == "facility_count"
    assert _measure(text, "3200家", "2024-02-20") == "enterprise_count"


def test_a_comparators_own_level_is_of_the_year_it_names() -> None:
    text = "2024年全省12条产业链营收达5210亿元,较2021年8条产业链的2980亿元接近翻番。"
    assert _period(text, "5210亿元", "2025-03-20") == "2024"
    assert _period(text, "2980亿元", "2025-03-20") == "2021"


def test_exports_to_a_partner_are_the_partners() -> None:
    text = (
        "2023年全年,香港整体出口货量上升2.1%;另一方面,输往德国的整体出口货量则下跌3.4%。"
        "对东盟出口比重增至18.2%,高于对欧洲的12.6%。"
    )
    assert _subject(text, "3.4%", "2024-01-25") == "德国"
    assert _subject(text, "12.6%", "2024-01-25") == "欧洲"


def test_a_revision_between_two_rates_is_a_change_in_points() -> None:
    text = "主計總處預測今年經濟成長率為3.2%,較8月預測的3.5%下修0.3%。"
    revised = _at(text, "0.3%", "2024-11-28", "臺灣")
    assert str(revised.role) == "change_pp"
    assert revised.figure.magnitude < 0
    assert "下修" not in revised.subject


def test_a_period_is_no_part_of_a_measures_noun() -> None:
    text = "2023年第三季私人消費開支上升4.2%,較第二季的3.9%略高。"
    assert _measure(text, "4.2%", "2023-11-20") == "other:私人消费开支"


def test_a_share_of_firms_among_firms_counts_firms() -> None:
    text = "上半年,全区规上工业用电量同比增长9.2%,实现增长的企业占规上工业企业68.4%。"
    assert _measure(text, "68.4%", "2024-07-20") == "enterprise_count"
