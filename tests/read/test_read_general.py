"""Mechanisms of how a release is written, each on sentences written for it (none from a set).

Each case states one rule of Chinese statistical prose (the head of a noun phrase, what a list
distributes, how far a period reaches) that holds whatever the words of the passage.
"""

from __future__ import annotations

import licheng
from conftest import indicator_at as _at


def test_a_count_heads_the_noun_phrase_it_opens() -> None:
    # [region] N家/个 [class] [measure]: the class counted holds the measure, not the region
    parks = "2023年,全国217家国家级高新区实现营业收入48.2万亿元,同比增长7.1%。"
    assert _at(parks, "48.2万亿元", "2024-03-01").subject == "国家级高新区"
    assert _at(parks, "7.1%", "2024-03-01").subject == "国家级高新区"
    zones = "上半年,全省46个开发区规模以上工业增加值同比增长8.8%。"
    assert "开发区" in _at(zones, "8.8%", "2024-07-30").subject
    assert not any(c.isdigit() for c in _at(zones, "8.8%", "2024-07-30").subject)
    # a count followed by a measure of its own (入园企业数) keeps the parks as the holder
    count = "截至6月底,全市9个产业园区入园企业数达到860个。"
    assert _at(count, "860个", "2024-07-30").subject == "产业园区"


def test_a_month_named_after_qizhong_is_a_part_and_carries_no_further() -> None:
    # 其中,8月份…: the month is a part of the months to date just named; the paragraphs after
    # go on with the months to date, and the sentence before is no heading dated by it
    text = (
        "1-8月,全县规模以上工业增加值同比增长5.4%。其中,8月份增长6.3%。\n"
        "社会消费品零售总额完成61.2亿元,增长3.8%。"
    )
    published = "2024-09-20"
    assert str(_at(text, "6.3%", published).period) == "2024M08"
    assert str(_at(text, "61.2亿元", published).period) == "2024M01-M08"
    headed = "2024年1-8月全县经济运行简况\n规模以上工业增加值同比增长5.4%。其中,8月份增长6.3%。"
    assert str(_at(headed, "5.4%", published).period) == "2024M01-M08"


def test_a_list_of_rates_pairs_with_the_levels_before_it() -> None:
    # A亿元,B亿元,分别增长x%和y%: each rate is the growth of the level at its place
    text = "前三季度,全县限上批发业实现销售额86.4亿元,零售额21.7亿元,同比分别增长4.2%和7.9%。"
    published = "2024-10-25"
    measures = [str(_at(text, s, published).measure) for s in ("86.4亿元", "21.7亿元")]
    rates = [str(_at(text, s, published).measure) for s in ("4.2%", "7.9%")]
    assert rates == measures
    assert measures[0] != measures[1]


def test_a_second_list_follows_the_periods_of_the_first() -> None:
    # 一季度、上半年…分别…,B分别…: a list with no period of its own keeps the list's periods
    text = (
        "一季度、上半年和前三季度,全县地区生产总值分别增长4.8%、5.2%和5.6%,"
        "固定资产投资分别增长3.3%、3.9%和4.4%。"
    )
    published = "2024-10-25"
    periods = [str(_at(text, s, published).period) for s in ("3.3%", "3.9%", "4.4%")]
    assert periods == ["2024Q1", "2024H1", "2024Q1-Q3"]


def test_a_measure_of_the_whole_economy_is_not_the_sector_before() -> None:
    # a sentence of its own on retail sales, after one on 规上工业: the region's, not the sector's
    text = "1-8月,全县规上工业总产值完成132亿元,增长7.5%。社会消费品零售总额56亿元,增长4.4%。"
    reading = _at(text, "56亿元", "2024-09-25", "某某县")
    assert "工业" not in reading.subject


def test_items_written_short_share_the_head_of_the_last() -> None:
    # 第一、二、三产业: 第一产业, 第二产业, 第三产业; 省、市重点项目: 省重点项目, 市重点项目
    sectors = "上半年,全县第一、二、三产业增加值分别为8.2亿元、30.5亿元和41.7亿元。"
    names = [_at(sectors, s, "2024-07-25").subject for s in ("8.2亿元", "30.5亿元", "41.7亿元")]
    assert names == ["第一产业", "第二产业", "第三产业"]
    projects = "今年以来,全县省、市重点项目分别完成投资18亿元和9亿元。"
    assert _at(projects, "18亿元", "2024-07-25").subject == "省重点项目"
    assert _at(projects, "9亿元", "2024-07-25").subject == "市重点项目"


def test_a_month_inside_a_paragraph_does_not_redate_the_release() -> None:
    # a release on 1-10月: 10月份 written inside a paragraph is that paragraph's detail; the
    # sections after go on with the months to date
    text = (
        "1-10月,全市规模以上工业增加值同比增长6.6%。\n\n"
        "工业生产加快。全市规模以上工业增加值增长6.6%,增速比1-9月提高0.2个百分点。"
        "10月份,规上工业增加值增长7.9%。\n\n"
        "投资平稳增长。全市固定资产投资同比增长3.7%。"
    )
    published = "2024-11-20"
    assert str(_at(text, "7.9%", published).period) == "2024M10"
    assert str(_at(text, "3.7%", published).period) == "2024M01-M10"


def test_first_quarters_written_with_shou() -> None:
    # 首三季, 首兩季: the first quarters to date, as 前三季度 (Hong Kong and Taiwan usage)
    text = "今年首三季，整體貨物出口貨值按年上升9.1%。"
    assert str(_at(text, "9.1%", "2024-11-15", "香港").period) == "2024Q1-Q3"
    two = "今年首兩季，整體貨物出口貨值按年上升8.4%。"
    assert str(_at(two, "8.4%", "2024-08-15", "香港").period) == "2024H1"


def test_a_look_back_inside_a_paragraph_does_not_redate_the_release() -> None:
    # 第三季… 。第二季經修訂後的升幅…: the revised quarter is a look back; the paragraphs after
    # are about the quarter the release led with
    text = (
        "今年第三季本地生產總值按年實質上升2.1%。第二季經修訂後的升幅為2.9%。\n\n"
        "私人消費開支按年實質下跌0.7%。"
    )
    assert str(_at(text, "2.9%", "2024-11-15", "香港").period) == "2024Q2"
    assert str(_at(text, "0.7%", "2024-11-15", "香港").period) == "2024Q3"


def test_who_says_it_and_when_come_before_the_holder() -> None:
    # 统计处预估12月制造业…: the agency and its verb are no holder, nor is the paragraph before's
    text = "按產業別觀察，機械設備業年增3.4%。\n\n統計處預估12月製造業生產指數年增2%至5%。"
    assert _at(text, "2%至5%", "2024-12-23", "臺灣").subject == "製造業"
    # what it publishes is a report, not a holder
    report = "主計總處公布第3季國民所得概估統計，經濟成長率為3.2%。"
    assert "統計" not in _at(report, "3.2%", "2024-11-28", "臺灣").subject


def test_the_enterprises_settled_in_a_park_are_counted_for_it() -> None:
    # 入驻企业达到…家: the enterprises that settled are a class counted for the park that holds them
    text = "截至6月底,产业园累计建成标准厂房42万平方米,入驻企业达到156家。"
    assert _at(text, "156家", "2024-07-18").subject == "产业园"


def test_the_revenue_of_a_business_line() -> None:
    # 业务收入: a business line's revenue, not the measure of the figure before (净利润)
    text = "上半年公司实现净利润3.4亿元,同比增长12.2%。其中,储能业务收入11.6亿元,增长40.3%。"
    assert str(_at(text, "11.6亿元", "2024-08-28").measure) == "revenue"


def test_a_name_that_opens_with_jing_keeps_it() -> None:
    # 经 is stripped only as 经季节调整 (how a measure is taken), not from 经济开发区
    text = "经济技术开发区上半年实现营业收入86亿元,增长6%。"
    assert _at(text, "86亿元", "2024-07-20").subject == "经济技术开发区"
    adjusted = "經季節性調整的失業率為3.1%。"
    assert "季節" not in _at(adjusted, "3.1%", "2024-07-20", "香港").subject


def test_a_list_shares_the_unit_its_last_figure_carries() -> None:
    # 分别拉动…2.1个、1.4个和0.6个百分点: every figure of the list is in percentage points
    text = (
        "上半年,装备、化工和食品行业增加值分别增长9.1%、6.3%和4.2%,"
        "分别拉动全县规模以上工业增长2.1个、1.4个和0.6个百分点。"
    )
    for surface in ("2.1个", "1.4个"):
        found = _at(text, surface, "2024-07-20")
        assert found.figure.unit == "percentage_point"
        assert str(found.role) == "change_pp"
    gap = "全县规上工业增加值增长7.7%,增速分别比全省、全国高2.4个和高2.9个百分点。"
    assert _at(gap, "2.4个", "2024-07-20").figure.unit == "percentage_point"
    # counts joined by 和 with no points after them stay counts
    counts = "全县新开工项目12个和竣工项目8个。"
    assert _at(counts, "12个", "2024-07-20").figure.unit == "个"


def test_a_bare_scale_takes_the_unit_its_list_ends_in() -> None:
    # 320万和192万美元, 3.2万和1.8万吨: the first figure's unit is the one written at the end
    money = "今年1-8月,全县出口额和进口额分别为320万和192万美元。"
    exports = _at(money, "320万", "2024-09-20")
    assert exports.figure.unit == "万美元"
    assert exports.figure == licheng.Figure("320", "万美元")
    tons = "全县粮食和油料产量分别为3.2万和1.8万吨。"
    assert _at(tons, "3.2万", "2024-09-20").figure.unit == "万吨"


def test_kinds_of_products_counted_in_a_breadth_of_growth() -> None:
    # N种主要产品中,M种产量增长: both counts are read, as counts of products
    text = "1-9月,全县统计的52种主要工业产品中,31种产量实现同比增长。"
    for surface in ("52种", "31种"):
        found = _at(text, surface, "2024-10-20")
        assert str(found.measure) == "other:产品数"


def test_the_body_that_runs_a_park_reports_for_it() -> None:
    # 竹科管理局公布…营业额: the park's figures, not the city's the page is from
    text = "竹科管理局今（18日）公布今年上半年營運成果，營業額達7,012億元，較去年同期成長9.4%。"
    assert _at(text, "7,012億元", "2024-07-18", "新竹市").subject == "竹科"


def test_looking_ahead_is_no_holder() -> None:
    # 展望下半年,预估全年…: the outlook frames the forecast; the holder is the text's
    text = (
        "中科今年上半年營業額達4,310億元。\n\n"
        "中科表示，展望下半年，預估全年營業額可望突破9,000億元。"
    )
    assert "展望" not in _at(text, "9,000億元", "2024-07-20", "臺中市").subject


def test_a_news_dateline_is_not_part_of_the_holder() -> None:
    # 本报讯 开发区…: the paper's dateline opens the text; the holder follows it
    text = "本报讯 高新区今年上半年实现地区生产总值98.4亿元,同比增长7.5%。"
    assert _at(text, "98.4亿元", "2024-07-20").subject == "高新区"


def test_the_part_counted_in_a_breadth_of_growth_is_the_industries_that_grew() -> None:
    # N个大类行业中M个行业实现增长: M counts the industries that grew, not the class of the whole
    text = "工业生产较快。1-5月,32个大类行业中,有20个实现增长。"
    assert _at(text, "20个", "2024-06-20").subject == "行业"
    assert _at(text, "32个", "2024-06-20").subject != "行业"


def test_a_count_that_opens_a_clause_starts_a_new_holder() -> None:
    # …;5家国家级龙头企业实现营收…,增长…,41家省级龙头企业实现营收…,增长…: each class holds
    # the clauses it opens, not the class the segment opened with
    text = (
        "1-9月,全县龙头企业实现营业收入32.7亿元;5家国家级龙头企业实现营业收入12.4亿元,增长8.1%,"
        "41家省级龙头企业实现营业收入20.3亿元,增长6.6%。"
    )
    published = "2024-10-20"
    for surface in ("41家", "20.3亿元", "6.6%"):
        assert _at(text, surface, published).subject == "省级龙头企业", surface
    assert _at(text, "8.1%", published).subject == "国家级龙头企业"


def test_an_average_over_years_has_no_period_of_its_own() -> None:
    # 年均增速, 每年…平均增长: an average over several years; 两年平均 is the period's own
    text = "全县数字经济核心产业增加值从2021年的32亿元提高到2023年的51亿元,年均增速26.2%。"
    assert _at(text, "26.2%", "2024-03-20").period is None
    yearly = "2019至2023年,全县每年工业投资平均增长8.3%。"
    assert _at(yearly, "8.3%", "2024-03-20").period is None
    two_years = "2023年,全县地区生产总值增长6.1%,两年平均增长5.2%。"
    assert str(_at(two_years, "5.2%", "2024-03-20").period) == "2023"


def test_a_window_of_several_years_leaves_its_figures_undated() -> None:
    # 3年来,…引进项目…个; 近五年,…: counted over several years, of no one period
    text = "今年上半年,全县实现规上工业产值96亿元。近五年,全县引进亿元以上项目87个。"
    assert _at(text, "87个", "2024-07-20").period is None
    # a window in passing (是近10年来第三低) dates nothing after it
    passing = "上半年,甲园营业额为320亿元,是近10年来第三低;乙园营业额为410亿元。"
    assert str(_at(passing, "410亿元", "2024-07-20").period) == "2024H1"
    # a period named after the window dates the figure again
    framed = "近三年来,特别是今年上半年,全县引进项目26个。"
    assert str(_at(framed, "26个", "2024-07-20").period) == "2024H1"


def test_a_list_before_a_predicate_it_shares_is_the_list_of_its_rates() -> None:
    # A和B均实现增长,分别增长x%和y%: the rates follow the list before the shared predicate
    text = "1-7月,全县出口额和进口额均实现增长,分别增长12.5%和6.4%。"
    assert str(_at(text, "12.5%", "2024-08-20").measure) == "exports"
    assert str(_at(text, "6.4%", "2024-08-20").measure) == "imports"


def test_the_investment_of_a_sector_in_a_list_is_the_sectors() -> None:
    # 固定资产投资、工业投资分别增长…: 工业投资 is the investment of 工业, as it is alone
    text = "上半年,全县固定资产投资、制造业投资分别增长3.8%、11.6%。"
    assert _at(text, "11.6%", "2024-07-25").subject == "制造业"
    assert _at(text, "3.8%", "2024-07-25").subject != "制造业"


def test_a_balance_at_a_month_end_is_a_stock_of_that_month() -> None:
    # 6月末…存款余额, 贷款余额: balances at the month's end, each its own measure
    text = "6月末,全县金融机构本外币各项存款余额812亿元,同比增长7.4%;各项贷款余额655亿元,增长8.8%。"
    deposits = _at(text, "812亿元", "2024-07-25")
    loans = _at(text, "655亿元", "2024-07-25")
    assert str(deposits.period) == "2024M06"
    assert str(deposits.accumulation) == "stock"
    assert str(_at(text, "7.4%", "2024-07-25").period) == "2024M06"
    assert str(loans.measure) != str(deposits.measure)
    assert "各项" not in loans.subject


def test_enterprises_registered_in_the_period_are_a_flow_of_the_region() -> None:
    # 新登记市场主体…户: added in the period, counted for the region, not a holder "新登记"
    text = "上半年,全县新登记市场主体6800户,同比增长4.2%。"
    registered = _at(text, "6800户", "2024-07-25")
    assert str(registered.accumulation) == "period"
    assert "登记" not in registered.subject


def test_the_economys_real_growth_is_the_territorys_gdp() -> None:
    # 經濟實質增長: GDP's growth in real terms, the territory's, not the part the text was on
    text = "第二季服務出口增加9.4%。上半年經濟實質增長6.3%。"
    growth = _at(text, "6.3%", "2024-08-30", "澳門")
    assert str(growth.measure) == "gdp"
    assert growth.subject == "澳門"


def test_the_months_reported_within_a_year_of_plans_carry_on() -> None:
    # 2024年,…年内计划…。1-6月份,开复工项目…。⏎分行业看: the months carry to the breakdown
    text = (
        "2024年,全县实施重点项目58项,年内计划完成投资96亿元。1-6月份,开复工项目44项。\n"
        "分行业看:\n装备制造项目21个,开复工项目17个。"
    )
    assert str(_at(text, "17个", "2024-07-21").period) == "2024H1"


def test_a_list_of_periods_gives_each_figure_its_own() -> None:
    # 今年5月和6月…分别增长, 2022年和2023年…分别增长: each figure the period at its place
    months = "今年5月和6月,全县规上工业增加值分别增长4.6%和5.9%。"
    assert str(_at(months, "4.6%", "2024-07-25").period) == "2024M05"
    assert str(_at(months, "5.9%", "2024-07-25").period) == "2024M06"
    years = "2022年和2023年,全县地区生产总值分别增长3.9%和6.2%。"
    assert str(_at(years, "3.9%", "2024-07-25").period) == "2022"
    assert str(_at(years, "6.2%", "2024-07-25").period) == "2023"


def test_a_holder_is_no_adverb_verb_or_count_of_the_telling() -> None:
    # what stands before the verb is not always a holder: a count with an open bracket, an
    # adverb (已经, 未来尚), a verb of receiving (接待, 实际到位) or a total (合计) is none
    counted = "规模以上工业企业12户(2015年同期29户),实现工业总产值13.2亿元,同比增长34.7%。"
    for surface in ("13.2亿元", "34.7%"):
        subject = _at(counted, surface, "2021-03-01").subject
        assert "(" not in subject
        assert not any(c.isdigit() for c in subject)
    visitors = "前三季度全省接待游客总人数3639.96万人次,同比增长11.6%。"
    assert _at(visitors, "3639.96万人次", "2015-10-23").subject == "全省"
    capital = "前三季度,全省园区实际到位外商直接投资金额53.26亿美元,同比增长35.5%。"
    assert _at(capital, "53.26亿美元", "2017-10-27").subject.endswith("园区")
    past = "南科今年1至10月營業額已達2.36兆元,已經超越去年全年的2.21兆元,較去年同期成長37.8%。"
    assert {_at(past, s, "2025-11-20").subject for s in ("2.21兆元", "37.8%")} == {"南科"}
    land = "中埔產業園區已出租面積共13.12公頃,目前已公告面積剩餘2.48公頃,未來尚有72.92公頃。"
    assert {_at(land, s, "2025-11-20").subject for s in ("2.48公頃", "72.92公頃")} == {
        "中埔產業園區"
    }
    together = "所有服務行業合計,2015年的淨產值實質上升1.9%。"
    assert _at(together, "1.9%", "2016-03-01").subject == "所有服務行業"


def test_the_part_of_a_plan_done_is_a_share_and_gutou_is_fixed_investment() -> None:
    text = "一季度,全县固投42.6亿元,完成目标任务28.4%;1亿元以上项目6个,完成目标任务30%。"
    level = _at(text, "42.6亿元", "2025-04-20")
    assert level.measure.code == "fixed_asset_investment"
    done = _at(text, "28.4%", "2025-04-20")
    assert (done.role.value, done.measure.code) == ("share", "fixed_asset_investment")
    assert _at(text, "30%", "2025-04-20").role.value == "share"
    plan = "今年1—5月份铁道货运量计划完成105%,工业产值计划完成102.6%。"
    assert _at(plan, "102.6%", "1957-06-20").role.value == "share"


def test_short_items_of_a_list_take_the_head_of_the_last() -> None:
    # 进、出口 is 进口 and 出口, as 第一、二产业 is 第一产业 and 第二产业
    text = "園區上半年營收成長18%,進、出口分別成長26%及30%,公司數也首度達到730家。"
    assert _at(text, "26%", "2022-08-22").measure.code == "imports"
    assert _at(text, "30%", "2022-08-22").measure.code == "exports"
    # a count's measure (公司數) holds no figure: the park does
    assert _at(text, "730家", "2022-08-22").subject == "園區"


def test_a_noun_outside_the_table_names_its_holder_before_it() -> None:
    # the measure's noun is cut from its holder, and a month's 份 or 相当于 is no part of it
    gaming = "博彩監察協調局昨日公布4月份本澳博彩毛收入201.6億元,按年上升16.3%。"
    level = _at(gaming, "201.6億元", "2017-05-02", "澳門")
    assert (level.measure.code, level.subject, level.subject_kind.value) == (
        "other:博彩毛收入",
        "本澳",
        "region",
    )
    logistics = "上半年,高技术制造业物流总额同比增长13.3%。"
    assert _at(logistics, "13.3%", "2025-07-20").subject == "高技术制造业"
    spending = "全年中央财政用于“三农”的支出共2626亿元,增长22.5%。"
    assert not _at(spending, "2626亿元", "2006-03-05").subject.endswith(("的", "支出"))


def test_rates_after_a_count_of_industries_are_of_what_they_grew_in() -> None:
    text = (
        "分行业看,38个行业大类中,14个行业增加值增长,其中石油和天然气开采业增长8.7%,"
        "拉动规模以上工业增长1.9个百分点;电气机械和器材制造业增长20.1%。"
    )
    assert _at(text, "14个", "2020-10-23").measure.code == "other:行业数"
    for surface in ("8.7%", "1.9个百分点", "20.1%"):
        assert _at(text, surface, "2020-10-23").measure.code == "value_added"


def test_a_change_written_after_its_rate_gives_its_basis_and_sign() -> None:
    # Hong Kong's releases: 录得3.8%的按年升幅, 录得1.1%的按年跌幅, and (+3.8%) after a name
    text = (
        "香港整體製造業的工業生產指數繼在2023年第一季錄得3.8%的按年升幅後,2023年第二季同比"
        "上升2.6%。相應的生產者價格指數繼在2023年第一季錄得1.1%的按年跌幅後,第二季同比下跌"
        "1.0%。紡織製品及成衣業的生產量升幅最大(+3.8%),其次是食品業(+1.2%)。"
    )
    rise = _at(text, "3.8%的", None, "香港")
    assert (rise.basis.value, str(rise.figure)) == ("yoy", "3.8%")
    fall = _at(text, "1.1%", None, "香港")
    assert (fall.basis.value, str(fall.figure)) == ("yoy", "-1.1%")
    signed = _at(text, "3.8%)", None, "香港")
    assert (signed.role.value, signed.subject) == ("growth", "紡織製品及成衣業")
    assert _at(text, "1.2%)", None, "香港").subject == "食品業"


def test_levels_in_brackets_after_the_names_of_a_list_are_read() -> None:
    # each name carries its level in brackets; the noun after the list is their measure
    text = "首季留宿旅客(4,024元)及不過夜旅客(817元)的人均消費按年分別減少14.0%及28.4%。"
    reading = licheng.read(text, published="2024-05-15", place="澳門")
    assert reading.unread == ()
    found = [(str(i.figure), i.subject, i.measure.code) for i in reading.indicators]
    assert found == [
        ("4024澳门元", "留宿旅客", "other:人均消费"),
        ("817澳门元", "不過夜旅客", "other:人均消费"),
        ("-14.0%", "留宿旅客", "other:人均消费"),
        ("-28.4%", "不過夜旅客", "other:人均消费"),
    ]


def test_an_industrial_cluster_zone_is_a_park_and_ranks_by_its_figure() -> None:
    # 产业集聚区 is a noun (集聚 is no verb there); 以28.45亿元位居榜首 is a level, not a rank
    text = (
        "一季度,全省产业集聚区规模以上工业增加值同比增长16.2%,完成固定资产投资3300亿元,"
        "民权县产业集聚区以28.45亿元位居榜首。"
    )
    rate = _at(text, "16.2%", "2014-05-06")
    assert (rate.subject, rate.subject_kind.value) == ("产业集聚区", "park")
    top = _at(text, "28.45亿元", "2014-05-06")
    assert (top.subject, top.measure.code) == ("民权县产业集聚区", "fixed_asset_investment")


def test_a_contracts_figures_are_the_holders_investment() -> None:
    text = (
        "四是发展后劲强劲。全县共引进项目27个,合同金额共计54.8亿元;"
        "招商引资新签约工业项目12个,合同投资额23.7亿元。"
    )
    for surface in ("54.8亿元", "23.7亿元"):
        found = _at(text, surface, "2017-06-22")
        assert found.measure.code == "investment"
        assert not found.subject.startswith("合同")


def test_gdp_per_head_is_the_regions() -> None:
    text = (
        "全年第一产业增加值1000亿元,增长5.0%。按常住人口计算,人均生产总值26165元,比上年增长7.7%。"
        "全年的人均本地生產總值為55.9萬澳門元。"
    )
    for surface in ("26165元", "7.7%"):
        found = _at(text, surface, "2016-02-25", "甘肃省")
        assert (found.measure.code, found.subject_kind.value) == ("other:人均GDP", "region")
    assert _at(text, "55.9萬澳門元", "2024-03-01").measure.code == "other:人均GDP"


def test_a_comma_list_ending_in_its_count_of_classes_names_each_figure() -> None:
    text = (
        "全市规模以上服务业营业收入增长10.2%。分行业看,信息传输、软件和信息技术服务业,"
        "租赁和商务服务业,居民服务、修理和其他服务业,教育四类行业增速分别为28.8%、11.1%、"
        "24.3%和21.3%。"
    )
    subjects = [_at(text, s, "2016-12-02").subject for s in ("28.8%", "11.1%", "24.3%", "21.3%")]
    assert subjects == [
        "信息传输、软件和信息技术服务业",
        "租赁和商务服务业",
        "居民服务、修理和其他服务业",
        "教育",
    ]


def test_the_goods_a_trade_value_counts_hold_no_figure() -> None:
    # 商品整體出口貨值 is the territory's exports of goods; 商品出口 in a GDP release is a part
    text = "二零二一年三月份商品整體出口貨值為4,091億元,較二零二零年同月上升26.4%。"
    for surface in ("4,091億元", "26.4%"):
        assert _at(text, surface, None, "香港").subject != "商品"


def test_an_analysts_verb_before_the_holder_is_no_part_of_it() -> None:
    text = "美銀美林上月發表研究報告,上調澳門今年本地生產總值增長率,由同比增長8%上升至12%。"
    assert _at(text, "12%", "2017-05-02", "澳門").subject == "澳門"


def test_the_whole_of_manufacturing_holds_its_index() -> None:
    # 整体 is an adverb before a verb (园区整体表现), but 整體製造業 names the whole industry
    text = (
        "根據政府統計處發表的一項統計調查的臨時結果,整體製造業的工業生產指數繼在二零零九年"
        "第二季錄得9.5%的按年跌幅後,在第三季與上年同季比較下跌8.6%。"
    )
    assert _at(text, "9.5%", "2009-12-14", "香港").subject == "整體製造業"
    both = "民間消費有2.08%的成長,至於資本形成年增率也達8.29%。"
    assert not _at(both, "8.29%", "2021-04-30", "臺灣").subject.startswith("至於")


def test_now_after_a_holder_and_this_district_are_the_holders() -> None:
    text = "嘉義縣目前已有8家觀光工廠。该区还将在基础设施方面投入133.76亿元。"
    assert _at(text, "8家", "2017-06-03").subject == "嘉義縣"
    assert _at(text, "133.76亿元", "2024-03-01", "烟台经济技术开发区").subject == (
        "烟台经济技术开发区"
    )


def test_a_contribution_is_a_share_of_the_parts_measure_in_the_wholes_growth() -> None:
    text = "全年第三产业实现增加值191.5亿元,对GDP增速贡献率达到75.9%。"
    share = _at(text, "75.9%", "2024-02-20")
    assert (share.role.value, share.measure.code, share.subject) == (
        "share",
        "value_added",
        "第三产业",
    )
    assert share.whole is not None
    assert share.whole.measure.code == "gdp"


def test_blanks_around_numbers_do_not_hide_a_period() -> None:
    # Taiwan pages often put a blank on each side of a number: 截至 2 月 6 日, 2025 年
    for spaced, tight in (
        ("截至 2 月 6 日,廠商總計有 170 家。", "截至2月6日,廠商總計有170家。"),
        (
            "竹科 2025 年營業額 1.70 兆元,較 2024 年成長 12.6%。",
            "竹科2025年營業額1.70兆元,較2024年成長12.6%。",
        ),
    ):
        periods = [str(i.period) for i in licheng.read(spaced, published="2026-03-01").indicators]
        expected = [str(i.period) for i in licheng.read(tight, published="2026-03-01").indicators]
        assert periods == expected
        assert "None" not in periods


def test_profit_and_taxes_is_a_measure_of_its_own() -> None:
    text = "项目建成后,预计年可生产重型钢结构30万吨,利税4.5亿元。"
    found = _at(text, "4.5亿元", "2023-02-05")
    assert (found.measure.code, found.subject) == ("other:利税", "项目")


def test_taiwans_bracketed_year_and_a_firms_outlay() -> None:
    # 今(110)年 is ROC 110, 2021; 斥资 is the firm's investment; 首度 is no part of a holder
    text = "今(110)年科技產業園區營運大爆發,據統計全年區內公司家數首度突破700家。"
    count = _at(text, "700家", None, "臺灣")
    assert str(count.period) == "2021"
    assert "首度" not in count.subject
    firm = "京和科技為因應半導體業的投產,計劃斥資逾6億元。"
    assert _at(firm, "6億元", "2023-05-01", "臺灣").measure.code == "investment"


def test_a_count_of_firms_and_a_later_item_reached_hold_no_figure() -> None:
    text = "去(110)年科技產業園區營運大爆發,全年區內公司家數首度突破700家、達到715家。"
    for surface in ("700家", "715家"):
        subject = _at(text, surface, "2022-01-20", "臺灣").subject
        assert subject.startswith("科技產業園區")


def test_a_list_reaches_no_clause_past_one_that_names_its_own_measure() -> None:
    # and a comma grouping digits (4,500) ends no clause
    text = (
        "進、出口額則分別成長32.4%及16.4%,達到117.27億美元及166.76億美元,"
        "而營業額更首度突破新臺幣4,500億元、年增16%,達到4,656億元。"
    )
    measures = [_at(text, s, "2022-01-20", "臺灣").measure.code for s in ("16%", "4,656億元")]
    assert measures == ["revenue", "revenue"]
    assert _at(text, "16.4%", "2022-01-20", "臺灣").measure.code == "exports"
    cars = "先进制造业、高技术制造业增加值占比分别提高到56.7%、31.6%,新能源汽车产量增长43%。"
    assert _at(cars, "43%", "2026-01-20").subject == "新能源汽车"
