"""The period of a read figure, on sentences written for each rule (not from the reading set).

Each case checks one general rule of SCHEMA.md's period conventions: a comparator's own level
(较去年同期…), a paragraph's period carried to the next one, the year of 今年 when there is no
release date, and a government work report's review of the year before, in simplified and
traditional script.
"""

from __future__ import annotations

import pytest

import licheng


def _period(text: str, surface: str, published: str | None = None) -> str | None:
    """The period read for the figure written as ``surface`` (its first occurrence)."""
    start = text.index(surface)
    reading = licheng.read(text, published=published)
    found = [i for i in reading.indicators if i.span is not None and i.span[0] <= start < i.span[1]]
    assert found, (surface, [str(u) for u in reading.unread])
    period = found[0].period
    return None if period is None else str(period)


# Rule 1: the level written after 较/比 去年同期 is last year's level of the sentence's period.
SAME_PERIOD = (
    "今年上半年,全市规模以上工业营业收入12345亿元,较去年同期11335亿元增加1010亿元,增长8.9%。"
)
SAME_MONTH = "今年8月,全市出口额为345亿元,上年同月为300亿元,比上年同月的300亿元增长15%。"
SAME_HANT = "今年前三季,竹科營業額為1兆2,345億元,較去年同期的1兆1,020億元成長12%。"


@pytest.mark.parametrize(
    ("text", "surface", "published", "expected"),
    [
        (SAME_PERIOD, "12345亿元", "2016-08-10", "2016H1"),
        (SAME_PERIOD, "11335亿元", "2016-08-10", "2015H1"),
        (SAME_PERIOD, "1010亿元", "2016-08-10", "2016H1"),
        (SAME_PERIOD, "8.9%", "2016-08-10", "2016H1"),
        (SAME_MONTH, "345亿元", "2016-09-10", "2016M08"),
        (SAME_MONTH, "300亿元", "2016-09-10", "2015M08"),
        (SAME_MONTH, "15%", "2016-09-10", "2016M08"),
        (SAME_HANT, "1兆2,345億元", "2016-10-20", "2016Q1-Q3"),
        (SAME_HANT, "1兆1,020億元", "2016-10-20", "2015Q1-Q3"),
        (SAME_HANT, "12%", "2016-10-20", "2016Q1-Q3"),
        # a year written with 同期 is that year's same period
        ("2016年上半年,全县税收收入8.2亿元,2014年同期为6.1亿元。", "6.1亿元", None, "2014H1"),
    ],
)
def test_comparator_level_is_a_year_earlier(
    text: str, surface: str, published: str | None, expected: str
) -> None:
    assert _period(text, surface, published) == expected


def test_same_period_mark_governs_no_later_figure() -> None:
    # 上年同月 names only its own level; the rate after it is the sentence's month
    text = "今年8月,全市出口额345亿元,上年同月为300亿元,增长15%。"
    assert _period(text, "300亿元", "2016-09-10") == "2015M08"
    assert _period(text, "15%", "2016-09-10") == "2016M08"


# Rule 2: a paragraph with no period of its own goes on with the period of the one before.
CARRY_HANT = (
    "竹科今年上半年營業額為4兆4,589億元,較去年同期衰退5.2%。\n"
    "其中竹南園區營業額1,200億元,成長3.5%。\n"
)
CARRY_HANS = "全市今年上半年规模以上工业增加值增长6.2%。\n分行业看,汽车制造业增加值增长9.1%。\n"
CARRY_MEASURE = "全县今年1-8月固定资产投资增长8.0%。\n\n工业投资增长12.5%。\n"


@pytest.mark.parametrize(
    ("text", "surface", "published", "expected"),
    [
        (CARRY_HANT, "1,200億元", "2016-08-10", "2016H1"),
        (CARRY_HANT, "3.5%", "2016-08-10", "2016H1"),
        (CARRY_HANS, "9.1%", "2016-08-10", "2016H1"),
        (CARRY_MEASURE, "12.5%", "2016-09-20", "2016M01-M08"),
    ],
)
def test_paragraph_period_carries_to_the_next(
    text: str, surface: str, published: str, expected: str
) -> None:
    assert _period(text, surface, published) == expected


def test_paragraph_period_does_not_carry_where_the_text_moves_on() -> None:
    # a period that dated no figure (a programme's end year) is no paragraph's period
    deadline = "计划实施至2028年,全省现有园区12个。\n同时启动更新计划,首批投入近20亿元。\n"
    assert _period(deadline, "近20亿元", "2025-11-26") is None
    # a new topic with another measure and no word that continues the paragraph before
    moved = "全县今年上半年规模以上工业增加值增长6.2%。\n园区新签约项目12个,总投资80亿元。\n"
    assert _period(moved, "80亿元", "2016-08-10") is None
    # two paragraphs on, the period no longer carries
    far = (
        "园区今年上半年规模以上工业增加值增长6.2%。\n园区环境持续改善。\n招商工作有序推进。\n"
        "其中,工业增加值增长7.0%。\n"
    )
    assert _period(far, "7.0%", "2016-08-10") is None


# Rule 3: with no release date, 今年 is the year the text itself writes; 15年 is 2015.
SINCE_15 = "15年以来,全县规模以上工业产值增长10%。今年全县完成固定资产投资50亿元。"
HALF_15 = "15年上半年,全县工业产值增长10%。今年1-8月全县完成固定资产投资50亿元。"
YEAR_2015 = "2015年,全县实现生产总值120亿元。今年上半年,全县工业增加值增长9%。"
ROC_105 = "民國105年上半年,竹科營業額4,589億元。今年前三季營業額7,020億元。"
# Taiwan's statistics office writes ROC years and figures in Chinese digits, with · as the point
ROC_114 = "一一四年外銷訂單金額達七四三七·三億美元，較一一三年增加一五三三·四億美元，增幅達廿六%。"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (SINCE_15, "50亿元", "2015"),
        (SINCE_15, "10%", "2015"),
        (HALF_15, "10%", "2015H1"),
        (HALF_15, "50亿元", "2015M01-M08"),
        (YEAR_2015, "9%", "2015H1"),
        (ROC_105, "7,020億元", "2016Q1-Q3"),
        (ROC_114, "七四三七·三億美元", "2025"),
        (ROC_114, "一五三三·四億美元", "2025"),
        (ROC_114, "廿六%", "2025"),
    ],
)
def test_this_year_without_a_release_date(text: str, surface: str, expected: str) -> None:
    assert _period(text, surface) == expected


def test_counts_of_years_are_no_years() -> None:
    # 近15年来 and 历时15年 are spans of time, not the year 2015
    text = "近15年来,全县工业产值增长10倍。历时15年,全县今年完成投资50亿元。"
    assert _period(text, "50亿元") is None
    # a year since which a window runs, in a later release, dates no figure
    since = "2015年以来,全县规模以上工业产值增长10%。"
    assert _period(since, "10%", "2016-03-01") is None


# Rule 4: a work report of January to March reviews the year before the release.
REPORT = (
    "各位代表:\n一年来,我们坚持稳中求进,经济运行持续向好。全区地区生产总值增长5.1%,"
    "一、二、三产业增加值分别增长3.2%、6.1%和4.8%。全年规模以上工业增加值增长7.5%。\n"
    "今年经济社会发展的主要预期目标是:地区生产总值增长5%左右。\n"
)
REPORT_HANT = "過去一年，本市經濟穩健成長。全年工業產值達1兆2,000億元，成長5.1%。\n"


@pytest.mark.parametrize(
    ("text", "surface", "published", "expected"),
    [
        (REPORT, "5.1%", "2024-02-05", "2023"),
        (REPORT, "3.2%", "2024-02-05", "2023"),
        (REPORT, "4.8%", "2024-02-05", "2023"),
        (REPORT, "7.5%", "2024-02-05", "2023"),
        (REPORT, "5%左右", "2024-02-05", "2024"),  # the target is this year's
        ("全年生产总值达到1200亿元,增长5.1%。", "1200亿元", "2024-01-20", "2023"),
        (REPORT_HANT, "1兆2,000億元", "2024-02-05", "2023"),
        (REPORT_HANT, "5.1%", "2024-02-05", "2023"),
    ],
)
def test_work_report_reviews_the_year_before(
    text: str, surface: str, published: str, expected: str
) -> None:
    assert _period(text, surface, published) == expected


def test_review_needs_the_season_and_no_plan() -> None:
    # the same review words in a release of June date nothing by themselves
    assert _period(REPORT, "3.2%", "2024-06-05") is None
    # a figure of a plan or of several years in a review is not the year reviewed
    plan = "一年来,各项工作扎实推进。五年来,全区地区生产总值年均增长6.3%。"
    assert _period(plan, "6.3%", "2024-02-05") is None
    # 全年 of a target in a release of February is this year's
    target = "今年全年地区生产总值力争增长5%。"
    assert _period(target, "5%", "2024-02-05") == "2024"


# Traditional script and Hong Kong's words go through the same rules.
HK = "香港首季本地生產總值按年實質上升2.7%。同季私人消費開支按年上升12.0%,上年同季為下跌5.4%。"
BEFORE = "去年同期全市社会消费品零售总额为860亿元,今年上半年为920亿元,增长7.0%。"


@pytest.mark.parametrize(
    ("text", "surface", "published", "expected"),
    [
        (HK, "2.7%", "2023-05-12", "2023Q1"),
        (HK, "12.0%", "2023-05-12", "2023Q1"),  # 同季: the quarter just named
        (HK, "5.4%", "2023-05-12", "2022Q1"),  # 上年同季为…: last year's own rate
        (BEFORE, "860亿元", "2016-08-10", "2015H1"),  # the period named after 去年同期
        (BEFORE, "920亿元", "2016-08-10", "2016H1"),
    ],
)
def test_same_period_words(text: str, surface: str, published: str, expected: str) -> None:
    assert _period(text, surface, published) == expected


def test_change_against_last_year_keeps_the_sentence_period() -> None:
    text = "1-8月,全市规模以上工业增加值同比增长6.5%,增速比上年同期提高1.2个百分点。"
    assert _period(text, "1.2个百分点", "2016-09-20") == "2016M01-M08"
    hant = "今年上半年，南科營業額較去年同期增加320億元，成長6.7%。"
    assert _period(hant, "320億元", "2023-08-15") == "2023H1"


def test_last_year_counts_from_the_release_previous_year_from_the_year_written() -> None:
    text = "2025年科學園區營業額為5.8兆元。園區產值占去年GDP成長率逾二成。"
    assert _period(text, "二成", "2026-03-11") == "2025"
    written = "2021年,全区生产总值452亿元。三次产业结构由上年的3.3:37.3:59.4调整为3.1:38.0:58.9。"
    assert _period(written, "3.3", "2022-07-18") == "2020"


def test_a_plan_within_the_year_is_the_year() -> None:
    text = "1-6月份,全市开复工项目64项。\n其中,化工项目32个,年内计划完成投资86亿元。\n"
    assert _period(text, "86亿元", "2022-07-21") == "2022"


def test_year_words_with_du() -> None:
    text = "本年度上半年，園區營業額2,100億元，較去年上半年成長4%，去年上半年為2,020億元。"
    assert _period(text, "2,100億元", "2016-08-20") == "2016H1"
    assert _period(text, "2,020億元", "2016-08-20") == "2015H1"


def test_period_after_the_whole_region_leads_the_paragraph() -> None:
    text = "全市今年1-8月规上工业增加值增长6%。固定资产投资增长9%,社会消费品零售总额320亿元。"
    assert _period(text, "9%", "2016-09-20") == "2016M01-M08"
    assert _period(text, "320亿元", "2016-09-20") == "2016M01-M08"


WORK_REPORT = (
    "各位代表:\n一、2023年工作回顾\n过去一年,全区上下团结奋进,经济社会发展取得新成效。\n"
    "经济运行稳中向好。全区地区生产总值增长5.1%,一般公共预算收入完成36.5亿元。\n"
    "二、2024年工作安排\n今年的主要预期目标是:地区生产总值增长5%左右。\n"
)


@pytest.mark.parametrize(
    ("surface", "expected"), [("5.1%", "2023"), ("36.5亿元", "2023"), ("5%左右", "2024")]
)
def test_past_year_under_a_heading_of_that_year(surface: str, expected: str) -> None:
    # 过去一年 counts from the release, not from the year of the heading before it
    assert _period(WORK_REPORT, surface, "2024-01-18") == expected


# Rule: a month (or a run from January) that would end after the release's own month is of the
# year before; a month the text puts ahead (将于, 预计) is not moved.
DECEMBER = "統計處公布，12月份出口貨值為4,100億元，按年上升8%。"
DATELINE = "2019年2月8日 統計處今日公布，11月零售業銷貨值為300億元。"


@pytest.mark.parametrize(
    ("text", "surface", "published", "expected"),
    [
        (DECEMBER, "4,100億元", "2017-01-26", "2016M12"),
        (DECEMBER, "8%", "2017-01-26", "2016M12"),
        (DATELINE, "300億元", "2019-02-08", "2018M11"),
        ("1-11月，全县规上工业增加值增长6.5%。", "6.5%", "2021-01-15", "2020M01-M11"),
        ("一季度，全县规上工业增加值增长6.5%。", "6.5%", "2021-02-15", "2020Q1"),
        ("6月，全市出口额增长3.2%。", "3.2%", "2021-07-12", "2021M06"),
        ("全区预计11月完成投资12亿元，8月已完成投资3亿元。", "12亿元", "2024-09-04", "2024M11"),
        ("全区将于10月完成投资12亿元，8月已完成投资3亿元。", "12亿元", "2024-09-04", "2024M10"),
        ("全区将于10月完成投资12亿元，8月已完成投资3亿元。", "3亿元", "2024-09-04", "2024M08"),
    ],
)
def test_a_month_after_the_release_is_of_the_year_before(
    text: str, surface: str, published: str, expected: str
) -> None:
    assert _period(text, surface, published) == expected


def test_a_bracketed_comparator_period_sets_no_year_for_later_figures() -> None:
    # 較去年同期(107年1到2月): the bracket is the comparator's period, not the text's year
    text = (
        "竹科1到2月營業額約2100億元,較去年同期(107年1到2月)的1900億元成長10.5%。\n"
        "1到2月適逢春節,其中積體電路產業營業額增加150億元,成長幅度達12%。"
    )
    assert _period(text, "1900億元", "2019-04-02") == "2018M01-M02"
    assert _period(text, "150億元", "2019-04-02") == "2019M01-M02"


@pytest.mark.parametrize("anaphor", ["該季", "该季度", "当季"])
def test_this_quarter_is_the_quarter_named_last(anaphor: str) -> None:
    text = (
        "統計處公布,今年第二季本地生產總值按年升5.9%。上半年本地生產總值升6.2%。\n"
        f"扣除物價變動因素,{anaphor}本地生產總值實質增長5.1%。"
    )
    assert _period(text, "6.2%", "2010-09-15") == "2010H1"
    assert _period(text, "5.1%", "2010-09-15") == "2010Q2"


def test_last_year_is_the_year_after_the_base_it_is_compared_with() -> None:
    # no release date: 去年…較2017年成長 dates 去年 to 2018, and 今年 to 2019
    text = "竹科去年營業額達1兆2,345億元,較2017年成長8.5%。今年前2月營業額1,900億元。"
    assert _period(text, "1兆2,345億元") == "2018"
    assert _period(text, "8.5%") == "2018"
    assert _period(text, "1,900億元") == "2019M01-M02"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("元至九月,全县完成地区生产总值56.7亿元,增长7.5%。", "56.7亿元", "2018Q1-Q3"),
        ("元至九月,全县完成地区生产总值56.7亿元,增长7.5%。", "7.5%", "2018Q1-Q3"),
        ("元—5月,全市规模以上工业增加值增长6.1%。", "6.1%", "2018M01-M05"),
        ("元月份,全市社会消费品零售总额35亿元。", "35亿元", "2018M01"),
        # 元 after an amount is the currency, never January
        ("1—8月,全市完成投资5亿元至8亿元不等的项目12个。", "12个", "2018M01-M08"),
    ],
)
def test_yuan_month_is_january(text: str, surface: str, expected: str) -> None:
    assert _period(text, surface, "2018-11-16") == expected


MONTHLY = (
    "經濟部今日公布8月外銷訂單612.5億美元，年增12.3%；累計前8月接單金額為4,321.0億美元，年增9.8%。\n"
    "\n"
    "按貨品別觀察，電子產品接單245.6億美元，年增20.1%；機械產品接單15.2億美元，年減3.4%。"
)


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("612.5億美元", "2024M08"),
        ("4,321.0億美元", "2024M01-M08"),
        ("9.8%", "2024M01-M08"),
        # a later paragraph is about the month the release opened with, not the months to date
        ("245.6億美元", "2024M08"),
        ("20.1%", "2024M08"),
        ("3.4%", "2024M08"),
    ],
)
def test_a_monthly_release_dates_later_paragraphs_by_its_month(surface: str, expected: str) -> None:
    assert _period(MONTHLY, surface, "2024-09-20") == expected


def test_months_to_date_written_with_spaces() -> None:
    text = "累計今年前 10 月外銷訂單總額為 5,123.4 億美元，年增率 12.6%。"
    assert _period(text, "5,123.4 億美元", "2024-11-20") == "2024M01-M10"


def test_a_release_that_opens_with_months_to_date_keeps_them() -> None:
    # 1-8月 first, then 8月当月: later paragraphs stay on the months to date
    text = (
        "1-8月,全市规模以上工业增加值同比增长6.2%,8月当月增长5.1%。\n分行业看,汽车制造业增长12.4%。"
    )
    assert _period(text, "12.4%", "2024-09-20") == "2024M01-M08"


EARLY_REVIEW = (
    "经济运行稳中有进。全市地区生产总值增长5.6%，增速高于预期目标。"
    "规上工业增加值增长7.1%，社会消费品零售总额1234.5亿元。"
)


@pytest.mark.parametrize("surface", ["5.6%", "7.1%", "1234.5亿元"])
def test_a_report_of_early_in_the_year_reviews_the_year_just_ended(surface: str) -> None:
    assert _period(EARLY_REVIEW, surface, "2026-02-07") == "2025"


def test_later_in_the_year_an_undated_figure_stays_undated() -> None:
    assert _period(EARLY_REVIEW, "5.6%", "2026-06-07") is None
    # a target of the year is not the year just ended
    target = "今年全市地区生产总值预期目标增长6%左右。"
    assert _period(target, "6%左右", "2026-02-07") != "2025"


PROGRAMME = (
    "今年1—6月,全市156个在建重点项目完成投资312.5亿元,为年计划的48%;"
    "其中42个新开工项目完成投资60.2亿元,新开工项目实际开工38个。"
)


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        # the classes of a year's programme are counted for the year
        ("156个", "2024"),
        ("42个", "2024"),
        # what was done in the months is the months'
        ("38个", "2024H1"),
        ("312.5亿元", "2024H1"),
    ],
)
def test_the_classes_of_a_years_programme_are_counted_for_the_year(
    surface: str, expected: str
) -> None:
    assert _period(PROGRAMME, surface, "2024-07-20") == expected


def test_without_a_plan_the_count_keeps_the_months() -> None:
    text = "1-8月份,全市高技术制造业在建项目数为289个,比去年同期增加了72个。"
    assert _period(text, "289个", "2024-09-20") == "2024M01-M08"


def test_the_day_of_an_event_is_no_period_of_the_figures() -> None:
    text = (
        "全省开发区上半年实现营业收入1.2万亿元,同比增长9.5%。这是记者7月28日从省商务厅获悉的。\n"
        "其中,国家级开发区实现营业收入6800亿元。"
    )
    assert _period(text, "6800亿元", "2024-07-29") == "2024H1"
    # a date the figure is tied to (将于…) or a time point (截至…) still dates it
    due = "全市算力规模达5000P,新型数据中心将于10月30日投产50%。"
    assert _period(due, "50%", "2024-07-29") == "2024M10"
    stock = "截至6月30日,全市市场主体达52.3万户。"
    assert _period(stock, "52.3万户", "2024-07-29") is not None


def test_the_one_period_a_paragraph_names_dates_its_later_flows() -> None:
    text = (
        "科學園區113年上半年營業額達1兆3,210億元,年增9.1%。"
        "園區出口額達8,012億元,較去年同期增加2.3%。"
    )
    assert _period(text, "8,012億元", "2024-08-05") == "2024H1"
    assert _period(text, "2.3%", "2024-08-05") == "2024H1"
    # a stock stays at no stated time
    stock = "园区上半年营业收入12.5亿元。园区建成道路9.2公里。"
    assert _period(stock, "9.2公里", "2024-08-05") is None


def test_a_plan_of_the_year_and_a_level_moved_from() -> None:
    plan = "1-6月,在建项目年度计划投资120.5亿元,累计完成投资66.2亿元。"
    assert _period(plan, "120.5亿元", "2023-07-20") == "2023"
    assert _period(plan, "66.2亿元", "2023-07-20") == "2023H1"
    moved = "2024年入境旅客中,內地訪客佔比由75.3%升至78.1%。"
    assert _period(moved, "75.3%", "2024-12-30") == "2023"
    assert _period(moved, "78.1%", "2024-12-30") == "2024"


def test_a_heading_that_compares_dates_nothing_on_the_next_line() -> None:
    # "1. 與上月比較" heads a section; its 較 is no comparator of the date that opens the next
    # line ($ matched before a trailing newline, so 較\n103年12月 read as 較103年12月)
    text = "1. 與上月比較\n103年12月工業生產指數111.58,較上月增加3.96%。"
    assert [str(i.period) for i in licheng.read(text).indicators] == ["2014M12", "2014M12"]
    text = "与上月比较\n2014年12月工业生产指数111.58。"
    assert [str(i.period) for i in licheng.read(text).indicators] == ["2014M12"]
    # on one line the comparison still dates only its comparator
    text = "2014年12月工业生产指数111.58,较2013年12月增长3%。"
    assert [str(i.period) for i in licheng.read(text).indicators] == ["2014M12", "2014M12"]


def test_last_years_months_in_a_paragraph_of_their_own_do_not_date_the_next() -> None:
    text = (
        "經濟部今天表示,10月外銷訂單仍呈現正成長。\n\n"
        "民國100年11月、12月外銷訂單分別為366.5億美元、363.1億美元。\n\n"
        "經濟部今天公布10月外銷訂單金額為383.8億美元,年增率為3.2%。"
    )
    periods = [str(i.period) for i in licheng.read(text, published="2012-11-20").indicators]
    # each month of the list its figure (民國 before the year), and this year's October after
    assert periods == ["2011M11", "2011M12", "2012M10", "2012M10"]
    # in one paragraph the year written goes on to the months after it
    text = "民國100年11月外銷訂單為366.5億美元,12月為363.1億美元。"
    periods = [str(i.period) for i in licheng.read(text, published="2012-11-20").indicators]
    assert periods == ["2011M11", "2011M12"]
    # and a month after the release's own is still the year before's
    text = (
        "1月份,全市工业增加值增长5%。\n\n"
        "2024年全市规上工业增加值增长6.1%。\n\n"
        "12月份,规上工业增加值增长7%。"
    )
    periods = [str(i.period) for i in licheng.read(text, published="2025-02-10").indicators]
    assert periods == ["2025M01", "2024", "2024M12"]


def test_a_list_of_levels_in_any_unit_pairs_with_its_months() -> None:
    text = "2011年11月、12月外銷訂單分別為366.5億美元、363.1億美元。"
    periods = [str(i.period) for i in licheng.read(text, published="2012-11-20").indicators]
    assert periods == ["2011M11", "2011M12"]


def test_a_list_reaches_no_further_than_its_semicolon() -> None:
    text = "2011年11月、12月外銷訂單分別為366.5億美元、363.1億美元;全年外銷訂單總額為4361.3億美元。"
    periods = [str(i.period) for i in licheng.read(text, published="2012-11-20").indicators]
    assert periods == ["2011M11", "2011M12", "2011"]


def test_a_targets_year_dates_only_its_own_sentence() -> None:
    text = "到2030年，邮政行业业务收入将达2.4万亿元。1—4月份，高技术服务业投资同比增长10.5%。"
    periods = [str(i.period) for i in licheng.read(text, published="2026-05-20").indicators]
    assert periods == ["2030", "2026M01-M04"]


def test_markup_of_a_pasted_page_is_no_text() -> None:
    text = (
        "<p><strong>央视网消息</strong>（新闻联播）：到2030年，装机将达54亿千瓦。</p>"
        "<p>1—2月，全社会用电量累计16546亿千瓦时，同比增长6%。&nbsp;</p>"
    )
    reading = licheng.read(text, published="2026-03-17")
    rows = [(str(i.period), str(i.measure)) for i in reading.indicators]
    assert rows[1:] == [("2026M01-M02", "electricity"), ("2026M01-M02", "electricity")]
    assert not any("<" in i.subject or ">" in i.subject for i in reading.indicators)
    # the figures' spans are those of the text as given
    assert [text[slice(*i.span)] for i in reading.indicators][1:] == ["16546亿千瓦时", "6%"]


def test_a_move_with_no_years_spans_the_years_of_the_move_before_it() -> None:
    text = (
        "十四五期间,产业投资占全部投资比重由2020年的26.7%提升至2025年的52.1%,"
        "工业投资占比由15.5%提升至31.4%。"
    )
    periods = [str(i.period) for i in licheng.read(text, published="2026-01-29").indicators]
    assert periods == ["2020", "2025", "2020", "2025"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the months after the year narrow it for the sentence and the paragraph it opens
        (
            (
                "今年某省园区前三季度高新技术产业主营业务收入13954.96亿元,同比增长18.3%。"
                "22家高新区实现主营业务收入5561.48亿元。"
            ),
            "2017-10-27",
            ["2017Q1-Q3", "2017Q1-Q3", "2017Q1-Q3", "2017Q1-Q3"],
        ),
        (
            "本年１——５月份工业总产值完成计划102.6%,比上年同期增长33.3%。",
            "1957-06-20",
            [
                "1957M01-M05",
                "1957M01-M05",
            ],
        ),
        (
            "中科今年至八月底營業額已達7,058.42億元,較去年同期成長5.55%。",
            "2025-10-01",
            ["2025M01-M08", "2025M01-M08"],
        ),
        # a level the figure surpasses is a comparator: 同期 after it is the sentence's period
        (
            "园区今年1至10月营业额约2.36兆元,超过去年全年的2.21兆元,较去年同期增长37.8%。",
            "2025-12-14",
            ["2025M01-M10", "2024", "2025M01-M10"],
        ),
        # a month the sentence passes through is no period of its figures
        ("2025年全市专利授权量快速增长,进入6月份,增速首次超过了30%。", None, ["2025"]),
    ],
)
def test_months_named_after_the_year_narrow_it(
    text: str, published: str | None, expected: list[str]
) -> None:
    periods = [str(i.period) for i in licheng.read(text, published=published).indicators]
    assert periods == expected


def test_a_two_year_average_dates_the_text_two_years_after_its_base() -> None:
    # 2021's releases compare with 2019 (两年平均); the base year is not the text's own year
    text = (
        "1-8月份,全区规模以上工业增加值同比增长11.3%,比2019年1-8月份增长13.3%,"
        "两年平均增长6.4%。其中,轻工业增长15.6%。"
    )
    periods = [str(i.period) for i in licheng.read(text).indicators]
    assert periods[0] == periods[-1] == "2021M01-M08"
    three = "前三季度,全市地区生产总值比2019年同期增长9.1%,三年平均增长3.0%。"
    assert str(licheng.read(three).indicators[0].period) == "2022Q1-Q3"


def test_a_year_of_the_holders_history_does_not_date_an_undated_text() -> None:
    text = (
        "一季度,我县工业园区实现工业总产值76.61亿元,同比增加20.4%。\n\n"
        "2002年,县工业园区被批准为全市16个特色工业园区之一,2006年经国家发改委审核批准为省级开发区。"
    )
    periods = [i.period for i in licheng.read(text).indicators]
    assert periods[:2] == [None, None]
