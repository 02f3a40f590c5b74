"""What a figure measures, on sentences written here (none is taken from a reading set).

A Chinese statistical noun names what it measures last: modifiers stand before its head. Each
case states one rule of how a release names its measures and checks it on its own sentence.
"""

from __future__ import annotations

import licheng


def _measure(text: str, surface: str, published: str = "2025-07-18") -> str:
    """The measure read for the first occurrence of ``surface``."""
    start = text.index(surface)
    reading = licheng.read(text, published=published)
    found = [i for i in reading.indicators if i.span is not None and i.span[0] <= start < i.span[1]]
    assert found, (surface, [str(u) for u in reading.unread])
    return str(found[0].measure)


def test_a_measure_word_before_another_head_is_a_modifier() -> None:
    # 出口依存度 is a degree, 出口退税额 a refund: neither measures exports
    assert _measure("全市出口依存度为18.2%。", "18.2%") == "other:出口依存度"
    text = "全区出口货物运量增长5%,出口退税额增长12%。"
    assert _measure(text, "5%") == "other:出口货物运量"
    assert _measure(text, "12%") == "other:出口退税额"
    # 研发经费投入强度: the intensity, not the spending
    assert _measure("全区研发经费投入强度达到3.1%。", "3.1%") == "other:研发经费投入强度"
    assert _measure("全年万元地区生产总值能耗下降3.2%。", "3.2%") == "other:万元地区生产总值能耗"


def test_an_amount_total_or_rate_of_a_measure_keeps_its_measure() -> None:
    # the heads that only say how the measure is counted: 总额, 货值, 收入, 指数, 增速
    assert _measure("全区出口总额增长9%。", "9%") == "exports"
    assert _measure("今年4月份商品出口货值为3,912億元。", "3,912億元") == "exports"
    assert _measure("全区税收收入完成25.6亿元。", "25.6亿元") == "tax"
    assert _measure("全市工业投资增速为6.5%。", "6.5%") == "fixed_asset_investment"
    # a rate of the measure, a share of it
    assert _measure("规上工业企业利润率为6.3%。", "6.3%") == "profit"


def test_an_indicator_outside_the_table_is_kept_with_its_word() -> None:
    # the noun right before the figure names it; the earlier figure's measure is not it
    text = "全年接待游客1520万人次,实现旅游总收入156.3亿元。"
    assert _measure(text, "156.3亿元") == "other:旅游总收入"
    # the holder and the time before the noun are not part of it
    assert _measure("全市快递业务量增长10.2%。", "10.2%") == "other:快递业务量"
    text = "年末全市金融机构保险保费收入1250.6亿元,比上年增长8.1%。"
    assert _measure(text, "1250.6亿元") == "other:保险保费收入"
    assert _measure(text, "8.1%") == "other:保险保费收入"
    # a balance the table names (存款余额) is the table's word, whoever holds it
    assert _measure("全市住户存款余额增长10.2%。", "10.2%") == "other:存款余额"
    assert _measure("规模以上工业企业资产负债率为55.2%。", "55.2%") == "other:资产负债率"
    # a noun with a unit of its own is no less the figure's measure
    assert _measure("全年货物运输量5620万吨,增长3.5%。", "5620万吨") == "other:货物运输量"


def test_no_word_of_its_own_leaves_the_measure_to_the_text_before() -> None:
    # 总额, 金额, 增速 alone name no measure: the one named before holds
    text = "外贸进出口增长8.4%,总额突破800亿元。"
    assert _measure(text, "800亿元") == "trade"
    text = "全区规上工业增加值增长8.1%,增速比全市高1.2个百分点。"
    assert _measure(text, "1.2个百分点") == "value_added"
    # a rate of use of the projects just counted is a share of them
    text = "全区新开工项目64个,开工率为85%。"
    assert _measure(text, "85%") == "project_count"


def test_what_is_not_a_measure_is_not_that_measure() -> None:
    # 非税收入: the budget's revenue other than tax
    text = "全年一般公共预算收入35.2亿元,其中税收收入28.1亿元,非税收入7.1亿元。"
    assert _measure(text, "28.1亿元") == "tax"
    assert _measure(text, "7.1亿元") == "other:非税收入"


def test_a_part_named_outside_the_table_is_measured_as_itself() -> None:
    text = "全区民生支出占一般公共预算支出的80.5%。"
    assert _measure(text, "80.5%") == "other:民生支出"


def test_the_object_of_an_achieving_verb_is_an_amounts_measure() -> None:
    # 实现利税: the amount achieved is of what the verb takes, not of the earlier clause's measure
    text = "全年全区规上工业实现营业收入520亿元,增长10%;实现利税45亿元,增长8%。"
    assert _measure(text, "520亿元") == "revenue"
    assert _measure(text, "45亿元") == "other:利税"
    assert _measure(text, "8%") == "other:利税"
    # a target reached is not what is measured: 完成年计划的 … is the output's
    text = "园区实现工业总产值20亿元,完成年计划80亿元的25%。"
    assert _measure(text, "80亿元") == "output_value"


def test_a_traditional_noun_is_kept_simplified() -> None:
    # SCHEMA: the words of other:<word> are simplified, whatever the script of the text
    text = "全區規上工業企業虧損額2.3億元,應付賬款增長5%。"
    assert _measure(text, "2.3億元") == "other:亏损额"
    assert _measure(text, "5%") == "other:应付账款"
    # a table word in traditional characters is the table's measure
    text = "今年汽車以舊換新達40萬輛。"
    assert _measure(text, "40萬輛") == "other:以旧换新"


def test_a_list_of_measures_gives_each_figure_its_own() -> None:
    # 分别 pairs the measures listed with the figures, in the table or outside it
    text = "全区产值、利税分别增长8%和10%。"
    assert _measure(text, "8%") == "output_value"
    assert _measure(text, "10%") == "other:利税"
    text = "营业收入、利润总额、出口退税额分别为120亿元、8亿元和12亿元。"
    assert [_measure(text, figure) for figure in ("120亿元", "8亿元", "12亿元")] == [
        "revenue",
        "profit",
        "other:出口退税额",
    ]
    text = "全市存款余额、贷款余额分别为1250亿元和980亿元。"
    assert _measure(text, "1250亿元") == "other:存款余额"
    assert _measure(text, "980亿元") == "other:贷款余额"
    # a list of holders shares the measure named after it
    text = "装备制造业、高技术制造业增加值分别增长12.3%和15.1%。"
    assert _measure(text, "15.1%") == "value_added"


def test_the_parts_of_a_whole_named_first_are_measured_as_the_whole() -> None:
    # 在…中: the sentence breaks a whole down; parts with the whole's head are the whole's
    text = "在住户存款总额中,定期存款增长6.1%,活期存款下降2.3%。"
    assert _measure(text, "6.1%") == "other:住户存款总额"
    assert _measure(text, "2.3%") == "other:住户存款总额"
    # without the frame each part is its own noun
    assert _measure("全市定期存款增长6.1%。", "6.1%") == "other:定期存款"


def test_people_counted_by_what_they_do_after_the_figure() -> None:
    # 逾2万人失业: the word after the people says what counts them
    assert _measure("全年全市逾2万人失业。", "逾2万人") == "other:失业人数"
    assert _measure("全区共有1.2万人就业不足。", "1.2万人") == "other:就业不足人数"
    # a measure named before the figure stays the figure's
    assert _measure("全区新增就业3000人。", "3000人") == "employment"


def test_a_kind_of_investment_in_a_breakdown_is_fixed_asset_investment() -> None:
    # the parts of fixed-asset investment, by owner or by field, named just 投资
    text = "全区固定资产投资增长5.2%,其中民间投资增长3.1%,民生投资下降8%。"
    assert _measure(text, "3.1%") == "fixed_asset_investment"
    assert _measure(text, "8%") == "fixed_asset_investment"
    text = "（二）固定资产投资\n1-9月,全区增长5.2%。从投资主体看,国有投资增长3%。"
    assert _measure(text, "3%") == "fixed_asset_investment"
    # a project's investment is not the region's fixed-asset investment
    text = "全区固定资产投资增长5.2%。新签约项目56个,计划投资320亿元。"
    assert _measure(text, "320亿元") == "investment"


def test_where_a_noun_starts_and_ends_in_a_release_of_either_script() -> None:
    # a sector before the noun holds it; a month-on-month basis after it is no part of it
    assert _measure("製造業銷售量指數年增3%。", "3%") == "other:销售量指数"
    assert _measure("住宅樓宇售價指數按月下跌1.5%。", "1.5%") == "other:住宅楼宇售价指数"
    # the heads of wages and of market value
    text = "平均每月薪資為5.8萬元,年增3.2%。"
    assert _measure(text, "5.8萬元") == "other:平均每月薪资"
    assert _measure("上市公司總市值為3.2萬億元。", "3.2萬億元") == "other:总市值"
    # the spending of a measure's funds is that measure
    assert _measure("企業研發經費支出增加8%。", "8%") == "other:研发经费"


def test_a_count_is_of_what_its_noun_names() -> None:
    # 个 counts the containers a throughput is measured in, not facilities
    text = "貨櫃吞吐量為120萬個標準箱,按年下跌3%。"
    assert _measure(text, "120萬個") == "other:货柜吞吐量"
    # people counted by the word of the clause: the labour force, not the population
    assert _measure("勞動人口為385萬人。", "385萬人") == "other:劳动力"
    assert _measure("全市常住人口为732万人。", "732万人") == "population"


def test_the_share_that_grew_is_of_the_things_counted() -> None:
    # 增长面: the share of the products, industries or firms that grew
    text = "全市60种重点工业产品中,有42种实现增长,产品增长面为70%。"
    assert _measure(text, "70%") == "other:产品数"
    text = "全区35个工业行业中有28个行业增加值增长,增长面达80%。"
    assert _measure(text, "80%") == "other:行业数"


def test_a_measure_and_its_amount_joined_by_de() -> None:
    # 销售的价值 is 销售价值: 的 between a measure's noun and its amount does not part them
    text = "本月零售業總銷貨數量上升1.6%。網上銷售的價值為24億元,按年上升12.3%。"
    assert _measure(text, "24億元") == "retail_sales"
    assert _measure(text, "12.3%") == "retail_sales"


def test_a_later_item_of_a_list_shares_the_measure_named_once() -> None:
    # 、家电超450万台: the second item names only its holder; the measure is the first's
    text = "今年全市汽车以旧换新超12万辆、家电超30万台。"
    assert _measure(text, "超30万台") == "other:以旧换新"
    text = "全市新能源汽车产量12万辆、工业机器人8000台。"
    assert _measure(text, "8000台") == "production_volume"
    # an item that names its own measure keeps it
    text = "全区规上工业增加值增长8%、营业收入增长5%。"
    assert _measure(text, "5%") == "revenue"


def test_measures_listed_in_the_clause_before_their_figures() -> None:
    # the clause lists the measures, the next gives their figures 分别
    text = "本月全市出口和进口货值均录得按年升幅,分别上升12.1%和8.3%。"
    assert _measure(text, "12.1%") == "exports"
    assert _measure(text, "8.3%") == "imports"
    # one figure said of both ways of trade is of the trade
    assert _measure("首5个月的出口和进口货值均按年上升10%。", "10%") == "trade"


def test_a_measure_word_in_a_holders_name_is_no_measure() -> None:
    # 投资平台, 出口公司: the holder's business, not what its figure measures
    assert _measure("区属国有投资平台完成融资35亿元。", "35亿元") == "other:融资"
    assert _measure("某进出口公司实现利税1.2亿元。", "1.2亿元") == "other:利税"


def test_a_noun_keeps_its_letters_and_its_own_rates() -> None:
    # the letters and digits of a word are part of the noun (R&D, 5G, GDP)
    assert _measure("全社会R&D经费投入强度达到2.8%。", "2.8%") == "other:R&D经费投入强度"
    assert _measure("全市5G网络覆盖率达到98%。", "98%") == "other:5G网络覆盖率"
    assert _measure("全市单位GDP能耗下降3.5%。", "3.5%") == "other:单位GDP能耗"
    # a coverage is an indicator of its own, not a rate of use of things counted before
    assert _measure("全市森林覆盖率达到45.2%。", "45.2%") == "other:森林覆盖率"


def test_a_list_shares_the_head_its_last_item_carries() -> None:
    # 进口、出口货量: the volume of imports and of exports, the head written once
    text = "全年进口、出口货量分别增长3%和5%。"
    assert _measure(text, "3%") == "other:进口货量"
    assert _measure(text, "5%") == "other:出口货量"
    text = "全区出口、进口退税额分别为3亿元和1亿元。"
    assert _measure(text, "1亿元") == "other:进口退税额"
    # holders and periods listed are not measures; the noun starts after the residents
    text = "城镇、农村居民人均消费支出分别为3.2万元和1.8万元。"
    assert _measure(text, "3.2万元") == "other:人均消费支出"
    text = "一季度、二季度存款余额分别增长3%和5%。"
    assert _measure(text, "3%") == "other:存款余额"


def test_a_sector_that_grows_with_no_measure_grows_by_its_value_added() -> None:
    # 规上工业增长8.5%: the national accounts' reading of a sector's growth
    assert _measure("1-8月,全区规上工业增长8.5%。", "8.5%") == "value_added"
    assert _measure("全市服务业增长5.2%。", "5.2%") == "value_added"
    # a measure the paragraph names is the one its parts grow by
    text = "营业收入增长5%。分行业看,汽车制造业增长12%。"
    assert _measure(text, "12%") == "revenue"


def test_a_quantity_is_an_indicators_head() -> None:
    # 量 ends a noun of its own: a flow, a use, a stock of animals
    assert _measure("全年接待客流量1250万人次,增长15%。", "15%") == "other:客流量"
    assert _measure("全市用水量下降3%。", "3%") == "other:用水量"
    # but not quality, number or energy, nor a table word's own 量
    assert _measure("全区工业用电量增长5%。", "5%") == "electricity"
    assert _measure("今年产销量同比增长10%。", "10%") == "production_volume"


def test_an_amount_after_a_count_is_measured_by_its_own_noun() -> None:
    # 签约项目40个,意向引资120亿元: the money is no count of projects
    text = "上半年园区签约项目40个,意向引资120亿元。"
    assert _measure(text, "40个") == "project_count"
    assert _measure(text, "120亿元") == "other:意向引资"
    # a project's total investment after its count stays investment
    text = "新开工项目25个,总投资86亿元。"
    assert _measure(text, "86亿元") == "investment"


def test_livestock_slaughtered_is_output_and_keeps_its_head_count() -> None:
    reading = licheng.read(
        "蔬菜及食用菌产量9.72万吨,增长2.0%。生猪出栏16.68万头,下降7.7%。家禽存栏360万只。",
        published="2025-05-22",
    )
    rows = [(i.subject, str(i.measure), str(i.role), i.figure.unit) for i in reading.indicators]
    assert rows[2:] == [
        ("生猪", "production_volume", "value", "头"),
        ("生猪", "production_volume", "growth", "percent"),
        ("家禽", "other:存栏", "value", "只"),
    ]


def test_a_measure_the_unit_does_not_fit_is_kept_by_its_chinese_name() -> None:
    # 投入90亿元…7651所学校受益: schools are no investment, but the word read is kept, in Chinese
    text = "中央财政累计投入90亿元，用于农村寄宿制学校建设工程，7651所学校受益。"
    assert _measure(text, "90亿元") == "investment"
    assert _measure(text, "7651所") == "other:投资"


def test_foreign_trade_is_the_measure_not_its_holder() -> None:
    text = "全市外贸进出口总额实现29868万美元,同比增长8.9%;外贸出口增长11.6%。"
    rows = [(i.subject, str(i.measure)) for i in licheng.read(text).indicators]
    assert rows == [("全市", "trade"), ("全市", "trade"), ("全市", "exports")]


def test_a_producer_price_index_is_prices() -> None:
    text = "第三季生產者價格指數與上年同季比較下跌2.0%。"
    assert [str(i.measure) for i in licheng.read(text).indicators] == ["prices"]


def test_a_noun_outside_the_table_is_kept_not_dropped() -> None:
    # 值 and 消费 end a statistical noun as 额 and 量 do: the figure is read under its noun
    text = "第2季國內製造業銷售值2兆6934億元,比去年同季增加9.88%,內銷值1兆3836億元。"
    measures = [str(i.measure) for i in licheng.read(text, place="臺灣").indicators]
    assert measures == ["revenue", "revenue", "other:内销值"]
    text = "第1季入境旅客總消費同比上升35.9%,留宿旅客的總消費錄得33.1%的按年升幅。"
    reading = licheng.read(text, place="澳門")
    assert [str(i.measure) for i in reading.indicators] == ["other:旅客消费", "other:旅客消费"]
    assert reading.unread == ()


def test_foreign_direct_investment_used_is_foreign_capital_of_the_period() -> None:
    text = "前三季度,全省园区实际到位外商直接投资金额53.26亿美元,同比增长35.5%。"
    rows = [
        (str(i.measure), str(i.period))
        for i in licheng.read(text, published="2017-10-27").indicators
    ]
    assert rows == [("foreign_capital", "2017Q1-Q3")] * 2
