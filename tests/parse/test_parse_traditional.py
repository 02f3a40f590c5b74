"""Issue 17: Taiwan and Hong Kong releases, and the figures extraction missed.

Each example of the issue is a test here; the module runs with the fast readers and with the
reference reader alone (``conftest.PARSER_TESTS``), so every assertion holds both ways.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from licheng import Q_, Basis, Figure, Qualifier, Region, Role, extract, parse_figure


def _read(text: str, **kwargs: Region) -> list[tuple[str, Figure, Role]]:
    return [(m.surface, m.figure, m.role) for m in extract(text, **kwargs)]


# -- digit by digit ----------------------------------------------------------------------------


def test_chinese_digits_read_one_by_one_before_yi() -> None:
    text = "今年GDP成長率為百分之三點五，出口一八八一億美元，進口一百五十八億美元"
    assert _read(text) == [
        ("百分之三點五", Figure("3.5", "percent"), Role.GROWTH),
        ("一八八一億美元", Figure("1881", "亿美元"), Role.VALUE),
        ("一百五十八億美元", Figure("158", "亿美元"), Role.VALUE),
    ]


@pytest.mark.parametrize(
    ("text", "magnitude", "unit"),
    [
        ("七二九．二億美元", "729.2", "亿美元"),
        ("年增三十九．五％", "39.5", "percent"),
        ("增加六萬三四九二個就業機會", "63492", "个"),
        ("新增一九一六件投資案", "1916", "件"),
        ("十九‧九一億元", "19.91", "亿元"),
        ("外銷訂單金額達七四三七·三億美元", "7437.3", "亿美元"),
        ("較一一三年增加八○○·七億美元", "800.7", "亿美元"),
        ("增幅卅七·九%", "37.9", "percent"),
        ("占比十八・八%", "18.8", "percent"),
    ],
)
def test_digit_sequences_and_taiwan_decimal_points(text: str, magnitude: str, unit: str) -> None:
    [mention] = extract(text, region=Region.MAINLAND)
    assert (mention.figure.magnitude, mention.figure.unit) == (Decimal(magnitude), unit)


@pytest.mark.parametrize(
    "text", ["二〇二五年", "二零一三年十一月", "編號一二三", "紀念九·一八事變", "一·二八"]
)
def test_digit_sequences_without_a_unit_or_before_a_year_are_no_figure(text: str) -> None:
    assert extract(text) == []


def test_neighbouring_digits_stay_a_range() -> None:
    [mention] = extract("五六亿元")
    assert mention.figure == Figure("5.5", "亿元", "range", low="5", high="6")


def test_zhao_before_a_number_of_yi_is_a_trillion() -> None:
    [mention] = extract("4月批發業營業額為1兆645億元", region=Region.TAIWAN)
    assert mention.figure == Figure("10645", "亿新台币")  # 1.0645万亿, to the 亿 it names
    # in Chinese numerals with a decimal part: the 兆 was dropped and 1355.52亿 read
    [mention] = extract("貿易總額累計達一兆一千三百五十五點五二億元", region=Region.TAIWAN)
    assert mention.surface == "一兆一千三百五十五點五二億元"
    assert mention.figure == Figure("11355.52", "亿新台币")
    # spaced as some Taiwan pages write it: the 兆 was dropped and 8279.43亿 read
    [mention] = extract("營業額達1 兆 8279.43億元", region=Region.TAIWAN)
    assert (mention.surface, mention.figure) == ("1 兆 8279.43億元", Figure("18279.43", "亿新台币"))
    # and with the 亿 spaced off a number grouped by commas
    [mention] = extract("南科營業額 1 兆 5,855 億元", region=Region.TAIWAN)
    assert (mention.surface, mention.figure) == ("1 兆 5,855 億元", Figure("15855", "亿新台币"))


def test_an_odd_step_in_a_lower_section() -> None:
    [mention] = extract("以5億9900多萬元得標", region=Region.MAINLAND)
    assert mention.figure == Figure("59900", "万元", "more_than", high="60000")


# -- document context: the currency of a bare 元 ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("本澳上半年生產總值為1,234億元", "亿澳门元"),
        ("統計暨普查局公布，香港旅客消費1,234億元", "亿澳门元"),  # Macau's office names Hong Kong
        ("港珠澳大橋通車後，澳門上半年生產總值為1,234億元", "亿澳门元"),
        ("香港上半年生產總值為1,234億元", "亿港元"),
        ("本地生產總值為3,995億澳門元", "亿澳门元"),
        ("存款為澳門幣5,000萬元", "万澳门元"),
        ("支持香港、澳門發展，同比增長5%，進出口總額41.7萬億元", "万亿元"),
    ],
)
def test_macau_writes_patacas(text: str, unit: str) -> None:
    *_, mention = (m for m in extract(text) if m.figure.unit != "percent")
    assert mention.figure.unit == unit


def test_a_pataca_is_no_hong_kong_dollar() -> None:
    assert parse_figure("5澳门元") == Figure("5", "MOP")
    assert parse_figure("MOP$ 5") == Figure("5", "澳门元")
    assert Figure("5", "MOP").dimensionality != Figure("5", "HKD").dimensionality


def test_a_taiwan_text_reads_yuan_as_new_taiwan_dollars() -> None:
    text = "出口逾新台幣7630億元。全年超過7630億元。"
    first, second = extract(text)
    assert first.figure == second.figure == Figure("7630", "亿新台币", "more_than")
    assert first.region is None  # the currency is written: no region applied
    assert second.region is Region.TAIWAN


def test_a_bare_yi_of_money_in_a_taiwan_text() -> None:
    text = "南投縣招商，寶成集團要到中興新村投資17億，設立研發基地"
    [mention] = extract(text)
    assert mention.figure == Figure("17", "亿新台币")
    assert mention.region is Region.TAIWAN


def test_a_hong_kong_text_reads_yuan_as_hong_kong_dollars() -> None:
    [mention] = extract("港股中午收市，成交368億元。")
    assert mention.figure == Figure("368", "亿港元")
    assert mention.region is Region.HONG_KONG


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("臺灣廠商以人民幣5億元投資", "亿元"),
        ("臺灣廠商接單金額5億美元", "亿美元"),
        ("台湾同胞投资5亿元", "亿元"),  # simplified script: a mainland text
        ("全區規上工業產值52.2億元", "亿元"),  # traditional script, no word of Taiwan
    ],
)
def test_a_written_currency_or_a_mainland_text_keeps_its_currency(text: str, unit: str) -> None:
    [mention] = extract(text)
    assert mention.figure.unit == unit
    assert mention.region is None


def test_the_region_can_be_given() -> None:
    text = "營收達2.74兆元"
    assert extract(text, region=Region.MAINLAND)[0].figure == Figure("2.74", "万亿元")
    assert extract(text, region=Region.TAIWAN)[0].figure == Figure("2.74", "万亿新台币")
    assert extract(text, region=Region.HONG_KONG)[0].figure == Figure("2.74", "万亿港元")
    assert Region.TAIWAN.currency == "新台币"


def test_a_region_must_be_a_region() -> None:
    with pytest.raises(TypeError, match="Region"):
        extract("5亿元", region="tw")  # type: ignore[arg-type]


# No 年: in a Taiwan text 50年 is a 民国 year, a date (test_a_roc_year_is_a_date_…).
_TEXTS = st.text(alphabet="營收達億元兆萬新台幣人民臺灣5.0１二三%增長，。投資", max_size=30)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_the_region_changes_only_the_currency(text: str) -> None:
    mainland = extract(text, region=Region.MAINLAND)
    taiwan = extract(text, region=Region.TAIWAN)
    assert [(m.start, m.end, m.role) for m in mainland] == [
        (m.start, m.end, m.role) for m in taiwan
    ]
    for plain, local in zip(mainland, taiwan, strict=True):
        assert plain.region is None
        if local.region is None:
            assert local.figure == plain.figure
        else:
            assert "新台币" in local.figure.unit
            assert "元" in plain.figure.unit or not plain.figure.unit


# -- roles and signs ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "basis"),
    [
        ("GDP成長率為3.5%", "3.5", None),
        ("外銷訂單年增率58.9%", "58.9", Basis.YOY),
        ("年增39.5%", "39.5", Basis.YOY),
        ("電腦周邊則衰退28.58％", "-28.58", None),
        ("餐飲業營業額年減5.8%", "-5.8", Basis.YOY),
        ("訪港旅客按年上升13%", "13", Basis.YOY),
        ("訪港旅客按年下跌百分之零點二", "-0.2", Basis.YOY),
        ("跌幅近0.7%", "-0.7", None),
        ("升幅為2.1%", "2.1", None),
        ("較上月減少7.0%", "-7.0", Basis.MOM),
        ("唐菖蒲減產百分之二十四", "-24", None),
        ("供貨量均縮減四成左右", "-40", None),
        ("全年GDP成長率預測上修至3.1%", "3.1", None),  # a growth rate's level, as written
    ],
)
def test_taiwan_and_hong_kong_growth_words(text: str, value: str, basis: Basis | None) -> None:
    [mention] = extract(text)
    assert mention.role is Role.GROWTH
    assert mention.figure.magnitude == Decimal(value)
    assert mention.basis is basis


# -- units -------------------------------------------------------------------------------------


def test_ping() -> None:
    nearly, more = extract("廠房面積近萬坪，新廠基地共1萬7000餘坪")
    assert nearly.figure == Figure("10000", "坪", "nearly")
    assert more.figure == Figure("17000", "坪", "more_than", high="18000")
    assert Q_(121, "坪").to("平方米").magnitude == pytest.approx(400)


def test_jin_keeps_its_unit_and_its_qualifier() -> None:
    [mention] = extract("粮食产量稳定在1300亿斤以上")
    assert mention.surface == "1300亿斤以上"
    assert mention.figure == Figure("1300", "亿斤", "at_least")
    assert Q_(mention.figure.magnitude, mention.figure.unit).to("万吨").magnitude == 6500


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("专利授权1200件", Figure("1200", "件")),
        ("新增智能装备350台套", Figure("350", "台")),
        ("已啟動9處新園區", Figure("9", "处")),
        ("葉菜類產量為六萬九百三十公噸", Figure("60930", "吨", low="60925", high="60935")),
        ("加权指数下降38.6點", Figure("38.6", "点")),
        ("恆生指數報20542點，跌183點", Figure("20542", "点")),
        ("景氣綜合判斷分數為20分", Figure("20", "分")),
    ],
)
def test_measure_words(text: str, figure: Figure) -> None:
    assert extract(text)[0].figure == figure


@pytest.mark.parametrize("text", ["上午10点开会", "晚上8点半", "用时3分钟", "十分之一"])
def test_points_that_tell_the_time_or_a_fraction_are_no_points(text: str) -> None:
    assert all(m.figure.unit not in {"点", "分"} for m in extract(text))


# -- fractions and words -----------------------------------------------------------------------


def test_fractions_are_shares() -> None:
    third, three_quarters = extract("占全市的三分之一，四分之三的企业")
    assert third.role is Role.SHARE
    assert third.figure.magnitude == Decimal(1) / Decimal(3)
    assert three_quarters.figure == Figure("0.75", "")


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        ("GDP增速破八", "破八", Figure("8", "percent", "more_than")),
        ("经济增长保7", "保7", Figure("7", "percent", "at_least")),
        ("出口保持两位数增长", "两位数", Figure("10", "percent", "at_least", high="100")),
        ("營業額呈現雙位數成長", "雙位數", Figure("10", "percent", "at_least", high="100")),
        ("出口两位数下降", "两位数", Figure("-10", "percent", "at_most", low="-100")),
        ("产值翻一番", "翻一番", Figure("100", "percent", low="100", high="100")),
        ("收入翻了两番", "翻了两番", Figure("300", "percent", low="300", high="300")),
    ],
)
def test_growth_written_in_words(text: str, surface: str, figure: Figure) -> None:
    [mention] = extract(text)
    assert (mention.surface, mention.figure, mention.role) == (surface, figure, Role.GROWTH)


def test_two_digit_growth_is_at_least_ten_below_a_hundred_percent() -> None:
    [mention] = extract("出口保持两位数增长")
    assert mention.figure.low_magnitude == 10
    assert mention.figure.high_magnitude == 100
    assert mention.figure.qualifier is Qualifier.AT_LEAST


@pytest.mark.parametrize("text", ["打破纪录", "破产企业3家", "保障房500套"])
def test_po_and_bao_outside_growth_are_no_rate(text: str) -> None:
    assert all(m.figure.unit != "percent" for m in extract(text))


def test_more_than_half() -> None:
    [mention] = extract("過半企業營收成長")
    assert mention.figure == Figure("50", "percent", "more_than")


# -- rates per unit ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit", "per_base"),
    [
        ("人均产值94.5万元/人", "万元/人", ("元/人", 945000)),
        ("房价2.3万元/平方米", "万元/平方米", ("元/平方米", 23000)),
        ("地价35万元/亩", "万元/亩", ("元/公顷", 5250000)),
        ("處理量4.92萬噸/日", "万吨/天", ("吨/天", 49200)),
    ],
)
def test_rates_per_unit_are_quantities(text: str, unit: str, per_base: tuple[str, int]) -> None:
    [mention] = extract(text, region=Region.MAINLAND)
    assert mention.figure.unit == unit
    assert mention.surface.endswith(text[-2:].lstrip("/"))
    target, value = per_base
    quantity = Q_(mention.figure.magnitude, mention.figure.unit).to(target)
    assert quantity.magnitude == pytest.approx(value)
    assert parse_figure(mention.surface.removeprefix("约")).unit == unit


def test_a_rate_in_a_taiwan_text_is_in_new_taiwan_dollars() -> None:
    [mention] = extract("土地單價約7.5萬元/坪", region=Region.TAIWAN)
    assert mention.figure == Figure("7.5", "万新台币/坪", "approx")


# -- no figure ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "全力实现“六个重大突破”",
        "推进“十项重大工程”",
        "抓好“三个一批”",
        "实施制造业三年行动计划",
        "推動五年計畫",
        "全市GDP连跨两个万亿元台阶",
        "營業額持續衝向3兆元大關",
        "科技部統計，102年3月工業生產",
        "今年首兩個月合計",
        "15年來台灣農業穩定",
        "平均每6人",
        "構成的9個指標項目",
        "汽車零件銷貨價值",
    ],
)
def test_names_slogans_dates_and_windows_are_no_figure(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("外銷訂單首度站上7000億美元大關", Figure("7000", "亿美元", "at_least")),
        ("並衝破年增率兩成大關", Figure("20", "percent", "more_than")),
        ("股指跌破3000点大关", Figure("3000", "点", "less_than")),
    ],
)
def test_a_mark_passed_is_a_figure_with_its_bound(text: str, figure: Figure) -> None:
    [mention] = extract(text)
    assert mention.figure == figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the verb is the figure's own qualifier, inside its span
        ("重汽濟卡產量規模突破10萬輛大關", Figure("10", "万辆", "more_than")),
        # a thousands comma ends no clause before the verb
        ("預估全年貿易額可突破7,200億大關", Figure("720000000000", "", "more_than")),
    ],
)
def test_a_mark_passed_is_found_past_its_own_qualifier_and_commas(
    text: str, figure: Figure
) -> None:
    [mention] = extract(text)
    assert mention.figure == figure


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("全市规模以上工业37个大类行业中有21个行业增加值同比实现增长", ["37", "21"]),
        ("在产的34个大类行业中,22个行业增加值实现增长", ["34", "22"]),
        ("38個行業中有21個行業成長", ["38", "21"]),
        ("全市13个产业园区入园企业数达到1280个", ["13", "1280"]),
    ],
)
def test_a_count_of_classes_that_did_something_is_a_figure(text: str, counts: list[str]) -> None:
    # 9个指标 names a list; 37个大类行业中有21个行业增长 counts the industries that grew
    assert [str(m.figure.magnitude) for m in extract(text)] == counts


def test_a_roc_year_is_a_date_in_a_taiwan_text_only() -> None:
    assert extract("113年農業生產毛額", region=Region.TAIWAN) == []
    assert [m.figure for m in extract("113年", region=Region.MAINLAND)] == [Figure("113", "年")]


def test_nearly_n_years_keeps_its_figure() -> None:
    [mention] = extract("近3年来，全区累计引进项目超过150个。")[:1]
    assert mention.figure == Figure("3", "年")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("營收NT$5億元", Figure("5", "亿新台币")),
        ("HK$3.2亿", Figure("3.2", "亿港元")),
        ("港股成交HKD 368億元", Figure("368", "亿港元")),
    ],
)
def test_currency_signs_of_taiwan_and_hong_kong(text: str, figure: Figure) -> None:
    [mention] = extract(text)
    assert mention.figure == figure
    assert mention.region is None  # written, not taken from the region


def test_the_basis_carries_within_a_sentence_not_across_it() -> None:
    text = "茶葉總產量較上年減少百分之一,李增產百分之三。梨增產百分之二十"
    first, second, third = extract(text)
    assert (first.basis, second.basis, third.basis) == (Basis.YOY, Basis.YOY, None)
    assert (first.figure.magnitude, second.figure.magnitude) == (-1, 3)


def test_a_breakdown_keeps_its_own_basis() -> None:
    _, food = extract("全年居民消费价格比上年上涨0.3%，其中食品价格下降1.8%。")
    assert food.figure == Figure("-1.8", "percent")
    assert food.basis is None


def test_revisions_are_signed_changes_in_points() -> None:
    [down, level] = extract("經濟成長率下修0.5個百分點至2.8%")
    assert (down.role, down.figure) == (Role.CHANGE_PP, Figure("-0.5", "percentage_point"))
    assert (level.role, level.figure) == (Role.GROWTH, Figure("2.8", "percent"))
