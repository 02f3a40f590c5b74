"""The words a reader looks for around a figure: measures, subjects, periods, signs and bases.

Every table is written in simplified characters: the reader matches them against the text after
``licheng.normalize`` and the extra one-for-one simplification below, and slices names out of
the original text.
"""

from __future__ import annotations

import re

from licheng._read._hant import SIMPLIFIED, TRADITIONAL
from licheng._read._patterns import _fast

__all__ = ["simplify"]


# Traditional → simplified, one character for one, so that the word tables written simplified
# match a text in traditional script: OpenCC's characters (``_hant``), and where this reader
# reads a character otherwise: 著 as the 着 of 看著 (Taiwan writes both so; 显著 needs no table
# word), 矽 as 硅 (Taiwan's silicon), and 於 徵 釐 昇, which simplified text also writes but a
# traditional page writes for 于 征 厘 升 (OpenCC leaves them, as characters of both scripts);
# 叁 is the 參 of 參與 and 參保 that ``normalize`` makes the numeral 叁 for the parser, and no
# word of the tables is written with the numeral.
_OWN_TRADITIONAL, _OWN_SIMPLIFIED = "著矽於徵釐昇叁", "着硅于征厘升参"
EXTRA_SIMPLIFY: dict[int, str] = dict(
    zip(map(ord, TRADITIONAL + _OWN_TRADITIONAL), SIMPLIFIED + _OWN_SIMPLIFIED, strict=True)
)
_SIMPLE = {chr(code): char for code, char in EXTRA_SIMPLIFY.items()}.__getitem__
# The group makes ``split`` keep the characters, every odd piece one character: swapped by
# ``map`` and joined, where ``sub`` would call back into Python once for each. The class holds
# characters of the Basic Multilingual Plane only, which ``re`` tests by a bitmap.
_SIMPLIFIABLE = re.compile("([" + TRADITIONAL + _OWN_TRADITIONAL + "])")


def simplify(text: str) -> str:
    """The text in simplified characters, one for one (the same length, offsets unchanged)."""
    pieces = _SIMPLIFIABLE.split(text)
    if len(pieces) == 1:
        return text
    pieces[1::2] = map(_SIMPLE, pieces[1::2])
    return "".join(pieces)


# -- names of the national classification of industries (GB/T 4754) with 、和及 inside ------
# A list of industries is split at 、 and 和; these names hold those marks and are not split.
CLASSIFIED_NAMES: tuple[str, ...] = (
    "酒、饮料和精制茶制造业",
    "纺织服装、服饰业",
    "皮革、毛皮、羽毛及其制品和制鞋业",
    "木材加工和木、竹、藤、棕、草制品业",
    "造纸和纸制品业",
    "印刷和记录媒介复制业",
    "文教、工美、体育和娱乐用品制造业",
    "石油、煤炭及其他燃料加工业",
    "化学原料和化学制品制造业",
    "橡胶和塑料制品业",
    "黑色金属冶炼和压延加工业",
    "有色金属冶炼和压延加工业",
    "铁路、船舶、航空航天和其他运输设备制造业",
    "电气机械和器材制造业",
    "计算机、通信和其他电子设备制造业",
    "金属制品、机械和设备修理业",
    "电力、热力、燃气及水生产和供应业",
    "电力、热力生产和供应业",
    "燃气生产和供应业",
    "水的生产和供应业",
    "石油和天然气开采业",
    "煤炭开采和洗选业",
    "农、林、牧、渔业",
    "批发和零售业",
    "交通运输、仓储和邮政业",
    "住宿和餐饮业",
    "信息传输、软件和信息技术服务业",
    "租赁和商务服务业",
    "科学研究和技术服务业",
    "水利、环境和公共设施管理业",
    "居民服务、修理和其他服务业",
    "卫生和社会工作",
    "文化、体育和娱乐业",
    "公共管理、社会保障和社会组织",
)
# The marks inside a classified name, kept from a list's split by stand-ins from the private use
# area that no text carries.
CLASSIFIED_MASK = str.maketrans({"、": "\ue000", "和": "\ue001", "及": "\ue002"})
CLASSIFIED_UNMASK = str.maketrans({"\ue000": "、", "\ue001": "和", "\ue002": "及"})
CLASSIFIED_RE = re.compile(
    "|".join(sorted(map(re.escape, CLASSIFIED_NAMES), key=len, reverse=True))
)


# -- measures -------------------------------------------------------------------------------
# Longest words first; each word names a measure code. The reader takes the word nearest
# before a figure in its clause, else the one just after it (贡献了77.9%的营业收入).
MEASURE_WORDS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        (
            ("地区生产总值", "gdp"),
            ("生产总值", "gdp"),
            ("gdp", "gdp"),
            ("GDP", "gdp"),
            ("经济总量", "gdp"),
            ("经济成长", "gdp"),
            ("经济增长", "gdp"),
            # 经济实质增长8.1%, 經濟實質成長: the economy's growth in real terms
            ("经济实质增长", "gdp"),
            ("经济实质成长", "gdp"),
            ("经济增速", "gdp"),
            # 經濟按年實質收縮13.3%: the economy contracts
            ("经济收缩", "gdp"),
            ("经济实质收缩", "gdp"),
            ("经济按年收缩", "gdp"),
            ("经济按年实质收缩", "gdp"),
            ("增加值", "value_added"),
            ("增加价值", "value_added"),  # 製造業增加價值: Hong Kong's word for value added
            ("总产值", "output_value"),
            # 淨產值: the net output of Hong Kong's national accounts, value added by another name
            ("净产值", "value_added"),
            ("产值", "output_value"),
            ("营业收入", "revenue"),
            ("营业总收入", "revenue"),
            # 行业总收入: a trade's takings; the compounds the statistics name apart keep theirs
            ("总收入", "revenue"),
            ("总收益", "revenue"),  # 製造業總收益: Hong Kong's receipts of an industry
            ("旅游总收入", "other:旅游总收入"),
            ("技工贸总收入", "other:技工贸总收入"),
            ("业务总收入", "other:业务总收入"),
            ("税收总收入", "tax"),
            ("预算总收入", "fiscal_revenue"),
            ("主营业务收入", "revenue"),
            ("主营收入", "revenue"),
            # a bank's balances at a time point: deposits and loans, never one for the other
            ("存款余额", "other:存款余额"),
            ("贷款余额", "other:贷款余额"),
            ("业务收入", "revenue"),  # 新能源业务收入, 软件业务收入: a business line's revenue
            ("销售收入", "revenue"),
            ("营收", "revenue"),
            ("营业额", "revenue"),
            ("营业总额", "revenue"),
            ("营业收入总额", "revenue"),
            ("应税销售", "revenue"),
            ("开票销售", "revenue"),
            ("年应税销售", "revenue"),
            ("销售规模", "revenue"),
            ("销售额", "other:销售额"),
            # Taiwan's 製造業銷售值 (内销值, 外销值 beside it): the sales of the industry
            ("销售值", "revenue"),
            # Macau's visitor statistics: what visitors spend, in all and per head
            ("旅客总消费", "other:旅客消费"),
            ("旅客消费", "other:旅客消费"),
            ("旅客人均消费", "other:旅客人均消费"),
            ("利润总额", "profit"),
            ("利润", "profit"),
            ("盈利", "profit"),  # 行业盈利(扣减税项前)同比上升9倍: Macau's surveys
            # 利税: profit and taxes together, a measure of its own (实现利税45亿元)
            ("利税总额", "other:利税"),
            ("利税", "other:利税"),
            ("税金", "tax"),
            ("税收", "tax"),
            ("纳税", "tax"),
            ("入库税金", "tax"),
            ("一般公共预算收入", "fiscal_revenue"),
            ("地方一般公共预算收入", "fiscal_revenue"),
            ("地方公共预算收入", "fiscal_revenue"),
            ("公共预算收入", "fiscal_revenue"),
            ("公共预算支出", "fiscal_expenditure"),
            # the budget's older names: 地方公共财政预算收入, 公共财政收入
            ("公共财政预算收入", "fiscal_revenue"),
            ("地方公共财政预算收入", "fiscal_revenue"),
            ("地方公共财政收入", "fiscal_revenue"),
            ("地方财政收入", "fiscal_revenue"),
            ("财政预算收入", "fiscal_revenue"),
            ("公共财政收入", "fiscal_revenue"),
            ("公共财政预算支出", "fiscal_expenditure"),
            ("财政预算支出", "fiscal_expenditure"),
            ("公共财政支出", "fiscal_expenditure"),
            ("财政收入", "fiscal_revenue"),
            ("一般公共预算支出", "fiscal_expenditure"),
            ("财政支出", "fiscal_expenditure"),
            ("固定资产投资", "fixed_asset_investment"),
            ("固投", "fixed_asset_investment"),  # 固投42.6亿元: its short name in reports
            ("工业投资", "fixed_asset_investment"),
            ("工业投入", "fixed_asset_investment"),
            ("工业实际投入", "fixed_asset_investment"),
            ("技改投资", "fixed_asset_investment"),
            ("房地产开发投资", "fixed_asset_investment"),
            ("固定资产增购", "fixed_asset_investment"),
            ("高技术制造业投资", "fixed_asset_investment"),
            ("制造业投资", "fixed_asset_investment"),
            ("基础设施投资", "fixed_asset_investment"),
            ("基建投资", "fixed_asset_investment"),
            # 分产业看,第一产业投资增长46.0%: the fixed-asset investment of a sector
            ("第一产业投资", "fixed_asset_investment"),
            ("第二产业投资", "fixed_asset_investment"),
            ("第三产业投资", "fixed_asset_investment"),
            ("投资", "investment"),
            ("投入", "investment"),
            ("斥资", "investment"),  # 京和科技斥资逾6亿元: the firm's investment
            ("签约资金", "investment"),
            ("签约额", "investment"),  # 新签约项目签约额402.43亿元: the investment signed for
            ("签约金额", "investment"),
            # 合同投资额23.7亿元, 合同金额共计54.8亿元: the investment the contracts signed
            ("合同投资额", "investment"),
            ("合同投资", "investment"),
            ("合同金额", "investment"),
            ("合同引资", "investment"),
            ("社会消费品零售总额", "retail_sales"),
            ("零售额", "retail_sales"),
            ("零售总额", "retail_sales"),
            ("社零", "retail_sales"),
            ("销货", "retail_sales"),
            # Hong Kong's 零售业销售临时统计数字: the 总值 is retail sales, 总销货量 the volume
            ("销售临时统计", "retail_sales"),
            ("销货量", "other:销货数量"),
            ("出口交货值", "other:出口交货值"),
            ("进出口总额", "trade"),
            ("进出口", "trade"),
            # 外贸进出口总额, 外贸出口: foreign trade is the measure, not its holder
            ("外贸进出口总额", "trade"),
            ("外贸进出口", "trade"),
            ("外贸出口", "exports"),
            ("外贸进口", "imports"),
            ("贸易总额", "trade"),
            ("贸易额", "trade"),
            ("出口额", "exports"),
            ("出口", "exports"),
            ("进口", "imports"),
            ("出超", "other:出超"),
            ("入超", "other:入超"),
            # Taiwan's national accounts: 输出 and 输入 of goods and services
            ("输出", "exports"),
            ("输入", "imports"),
            # travellers counted in 人次, by whichever group the release names
            ("访港旅客", "other:旅客人次"),
            ("游客", "other:旅客人次"),
            ("出境", "other:旅客人次"),
            ("入境", "other:旅客人次"),
            ("出入境", "other:旅客人次"),
            ("外资", "foreign_capital"),
            # 实际利用市外资金160亿元, 引进省外资金105亿元: money from outside the city or
            # province, not foreign capital
            ("市外资金", "other:市外资金"),
            ("省外资金", "other:省外资金"),
            # 实际到位外商直接投资金额: foreign direct investment used, not investment at large
            ("外商直接投资", "foreign_capital"),
            ("实际利用外资", "foreign_capital"),
            ("实际使用外资", "foreign_capital"),
            ("利用外资", "foreign_capital"),
            ("使用外资", "foreign_capital"),
            ("从业员工", "employment"),
            ("从业人数", "employment"),
            ("就业人数", "employment"),
            ("用电量", "electricity"),
            ("全社会用电量", "electricity"),
            ("发电量", "electricity"),
            ("产量", "production_volume"),
            ("产销量", "production_volume"),
            # livestock slaughtered is agriculture's output (生猪出栏16.68万头); 存栏, its stock
            # on hand, is a measure of its own
            ("出栏", "production_volume"),
            ("存栏", "other:存栏"),
            ("销货数量", "other:销货数量"),
            ("销售数量", "other:销货数量"),
            ("零售量", "other:销货数量"),
            ("人均GDP", "other:人均GDP"),
            ("平均每人GDP", "other:人均GDP"),
            ("人均地区生产总值", "other:人均GDP"),
            ("人均生产总值", "other:人均GDP"),
            ("人均本地生产总值", "other:人均GDP"),
            ("工业生产指数", "other:工业生产指数"),
            ("服务业生产指数", "other:服务业生产指数"),
            ("服务零售额", "other:服务零售额"),
            ("生产指数", "other:工业生产指数"),
            ("工业生产", "other:工业生产指数"),
            ("就业", "employment"),
            ("员工", "employment"),
            ("从业人员", "employment"),
            ("面积", "area"),
            ("建筑面积", "area"),
            ("占地面积", "area"),
            ("占地", "area"),
            ("规划", "area"),
            ("征土地", "area"),
            ("算力", "computing_power"),
            ("装机容量", "power_capacity"),
            ("装机", "power_capacity"),
            ("个人消费开支", "other:个人消费开支"),
            ("私人消费开支", "other:私人消费开支"),
            ("政府消费开支", "other:政府消费开支"),
            # Taiwan's national accounts: the demand components and the indicators behind them
            ("民间消费", "other:民间消费"),
            ("政府消费", "other:政府消费"),
            ("固定资本形成", "other:固定资本形成"),
            # the demand components of GDP (最终消费支出拉动经济增长2.6个百分点)
            ("最终消费支出", "other:最终消费支出"),
            ("最终消费", "other:最终消费支出"),
            ("资本形成总额", "other:资本形成总额"),
            ("资本形成", "other:资本形成总额"),
            ("货物和服务净出口", "other:净出口"),
            ("货物与服务净出口", "other:净出口"),
            ("净出口", "other:净出口"),
            ("国外净需求", "other:国外净需求"),
            ("成交值", "other:成交值"),
            ("投资开支", "fixed_asset_investment"),
            ("整体投资开支", "fixed_asset_investment"),
            ("居民消费价格", "prices"),
            ("消费价格", "prices"),
            ("消费物价", "prices"),
            ("物价", "prices"),
            ("通胀", "prices"),
            ("CPI", "prices"),
            ("PPI", "prices"),
            # 生產者價格指數, 工业生产者出厂价格: prices, not the production index inside the name
            ("生产者价格指数", "prices"),
            ("生产者价格", "prices"),
            ("生产者出厂价格", "prices"),
            ("生产者购进价格", "prices"),
            ("价格指数", "prices"),
            ("调查失业率", "other:失业率"),
            ("失业率", "other:失业率"),
            ("就业不足率", "other:就业不足率"),
            ("城镇化率", "population"),
            ("常住人口", "population"),
            ("户籍人口", "population"),  # 年末全县户籍人口413610人: registered, not a holder's
            ("人口", "population"),
            ("可支配收入", "income"),
            # 城镇、农村居民收入分别增长: the residents' income, however shortened
            ("居民收入", "income"),
            ("人均收入", "income"),
            ("增收", "income"),
            ("专利", "patents"),
            ("研发经费", "other:研发经费"),
            ("研发", "other:研发经费"),
            # the indicator's statistical name is 招商引资到位资金, however the release shortens it
            ("到位资金", "other:招商引资到位资金"),
            ("实际到位资金", "other:招商引资到位资金"),
            ("招商实际到位资金", "other:招商引资到位资金"),
            ("招商引资到位资金", "other:招商引资到位资金"),
            ("亩均税收", "other:亩均税收"),
            ("市场主体", "enterprise_count"),
            ("销售价值", "retail_sales"),
            ("资金", "other:资金"),
            # export orders (Taiwan's 外銷訂單, 接單 in its releases)
            ("外销订单", "other:外销订单"),
            ("接单", "other:外销订单"),
            # kept apart from GDP and from the budget's 一般公共预算收入
            ("本地居民生产总值", "other:本地居民生产总值"),
            ("国民总收入", "other:国民总收入"),
            ("要素收益总流入", "other:要素收益总流入"),
            ("要素收益总流出", "other:要素收益总流出"),
            ("有形贸易逆差", "other:有形贸易逆差"),
            ("贸易逆差", "other:贸易逆差"),
            ("贸易顺差", "other:贸易顺差"),
            ("财政总收入", "other:财政总收入"),
            ("以旧换新", "other:以旧换新"),
            # Taiwan's export orders received (接單), Hong Kong's labour force counts
            ("劳动人口", "other:劳动力"),
            ("失业人数", "other:失业人数"),
            ("就业不足人数", "other:就业不足人数"),
            ("产品销售率", "other:产品销售率"),
            ("投资强度", "other:投资强度"),
            ("亩均产值", "other:亩均产值"),
            ("亩均新增产值", "other:亩均产值"),
            ("亩均新增税收", "other:亩均税收"),
            # The head of a noun says what it measures: the volume and the price of trade, a
            # firm's costs and assets are not trade or revenue, though their nouns hold those
            # words; 税费 is tax.
            ("出口货量", "other:出口货量"),
            ("进口货量", "other:进口货量"),
            ("出口价格", "other:出口价格"),
            ("进口价格", "other:进口价格"),
            ("主营业务成本", "other:主营业务成本"),
            ("营业成本", "other:营业成本"),
            ("资产总计", "other:资产总计"),
            ("资产总额", "other:资产总额"),
            ("税费", "tax"),
            ("上缴税费", "tax"),
            ("缴纳税费", "tax"),
            ("上缴税收", "tax"),
        ),
        key=lambda pair: -len(pair[0]),
    )
)
WEAK_MEASURES = frozenset({"投入", "规划", "投资"})
MEASURE_RE = _fast("|".join(re.escape(word) for word, _ in MEASURE_WORDS))
MEASURE_OF: dict[str, str] = dict(MEASURE_WORDS)

# Growth words make a percent a growth rate; share words make it a share.
GROWTH_RE = _fast(
    r"增长|增速|增幅|升幅|成长|上升|下降|提高|提升|回升|回落|减少|衰退|下跌|下滑|扬升|增加|"
    r"降低|降幅|年增|按年|年减|下拉|拉动|年率|收缩|增|升|跌|降|减"
)
SHARE_RE = _fast(
    r"占|比重|占比|贡献率|贡献度|覆盖率|增长面|结构|的$|投产|来自|"
    # rates that are a part of a whole: of the labour force, of the population, of a plan
    r"失业率|就业不足率|城镇化率|完成率|生产比|"
    # a margin or a rate of use: of revenue, of the projects planned, of the capacity
    r"利润率|利税率|毛利率|负债率|开工率|达产率|入驻率|出租率|渗透率|占有率|"
    # 开复工率, 产销率, 产品销售率, 履约率: a part of the projects, of the output, of the plan
    r"复工率|产销率|销售率|履约率|到位率|签约率|"
    # 完成目标任务27.4%, 计划完成105%: the part of a plan done
    r"完成(?:年度?|全年)?(?:目标任务|目标|任务|计划)$|(?:目标任务|计划)完成$|"
    # 贡献了近四成的工业增长, 对增长的贡献超过了五成: a part's share of the growth
    r"贡献(?:了|超过了?|超|达到?|约|近)?$|"
    # 贡献总出口增长幅度近5成, 几乎贡献其增速将近5成: a part's share of the whole's growth
    r"贡献[^，,。；;\d]{0,10}(?:增长幅度|增幅|增速)(?:近|约|将近|超过?)?$"
)
NEGATIVE_RE = _fast(
    r"负成长|负增长|下降|减少|回落|衰退|收缩|下跌|下滑|降低|降幅|年减|下拉|低于|低|跌|减"
)
POSITIVE_RE = _fast(r"增长|增加|提高|提升|上升|回升|高于|高|成长|扬升|拉动|升|增")

# Basis words (SCHEMA: 同比, 比上年(同期), 较去年同期/同月, 与去年同期比较, 按年, 年增 …).
YOY_RE = _fast(
    r"同比|比上年|较上年|比去年|较去年|与去年同期|与上年同期|按年|年增|年减|"
    r"较\d{2,4}年(?:同期|上半年|同月)|比\d{2,4}年|较\d{2,4}年|较前\d{2,4}年|相较于\d{2,4}年|"
    r"与\d{4}年同期|去年同期|去年同月|"
    # 与上年同月(同季)比较, 较前年, 较二零一一年同月, 较民国95年
    r"(?:与|较|比)(?:上年|去年|前一年)同(?:月|季|期)|(?:较|比)前年|上年同期|上年同月|上年同季|"
    r"(?:较|比)(?:[一二][〇○零九][〇○零一二三四五六七八九]{2}|民国\d{2,3})年|"
    # written out: 与上年比较, 相比上一年同月, 与2022年1月比较, 与二零一二年十一月比较; Taiwan's yoy
    r"(?:与|和)(?:上一?年|去年)(?:同[期月季])?(?:比|相比)|相比(?:上一?年|去年)|上一年同[期月季]|"
    # 今年10月与去年10月比较
    r"(?:与|和|较)(?:上一?年|去年)[\d一二三四五六七八九十]{1,3}月份?(?:比较|相比|比)|"
    r"与(?:\d{4}|[一二][〇○零九][〇○零一二三四五六七八九]{2})年"
    r"(?:同期|同月|同季|[\d一二三四五六七八九十]{1,3}月份?)(?:比较|相比)|"
    r"yoy|YoY|YOY"
)
MOM_RE = _fast(
    r"环比|比上月|较上月|(?<![\d一二三四五六七八九十当个本上该])月[增减](?=\s*\d)|较上季|比上季|与上季|较上一季|较前一季|"
    # Hong Kong's 按月/按季 and the seasonally adjusted change of Taiwan and Hong Kong releases
    r"按月|按季|经季节性?调整"
)

SCOPE_RE = _fast(r"规上|规模以上|规模工业|限额以上")
SCOPE_ALL_RE = re.compile(r"全口径")

# Reporting regions as releases write them.
REGION_RE = _fast(
    r"全(?:区|市|县|省|国|州|镇|旗|盟|港)|我(?:区|市|县|省|国|旗|盟)|本(?:区|市|县|港|旗|盟)"
)

# Words that end a subject: the verb or the measure that follows the holder.
VERB_RE = _fast(
    r"实现|完成|达到|达|为|共有|共|现有|拥有|(?<![国所具私公])有|累计|新增|新认定|新开工|签约|引进|吸引|解决|"
    r"创造|投入|贡献|集聚(?!区)|占|增长|同比|比上年|较|成长|下降|上升|提高|保持|规划|建成|预计|"
    r"计划|计画|上看|可望|拉低|拉高|拉升|总投资|营业|主要|整体(?!制造业)|表现|延续|继续|在|已|将|可|(?:约|近|超|逾|突破|以)(?=\d)|分别|均|"
    r"的临时估计|的修订估计|来到|启动|释出|进一步|首波|衰退|预估|计创造|建有|若|细分|受惠|带动|"
    r"推动|以仅|也|同步|创|居|位于|主要|力争|举行|举办|表示|介绍|指出|分析|认为|公布|披露|"
    r"获悉|显示|成为|形成|打造|加快|聚焦|围绕|落实|实施|扩大|提升|上升|回落|下跌|扬升|年增|按年|"
    r"录得|投资|金额|增幅|增速|则是|是|积极|受|因|随|由于|比|高于|低于|拉动|下拉|增加|相较|相比|"
    r"平均|年均|致|对|连续|承载|到账|装机|折合|基本面|与|运行|落地|招引|入驻|"
    # 净增经营主体4151户, 获批头雁企业7家: a verb of adding before what it counts
    r"净增|获批|入选|进驻|新建投产|注册在|"
    r"临时估计|修订估计|执行|针对|首波|进一步|年减|年增|"
    r"呈现|呈(?=[^，,；;。]{0,3}(?:位数|位數|增长|成长|成長|下降|上升|下滑))"
)
JUNK_HEAD_RE = re.compile(
    r"^(?:比|较|与|对|拉动|下拉|高于|低于|增加|两年|年均|当|致|连续|总|近期|远期|"
    # a circumstance or a turn of the sentence, not a holder: 以及精品买气活络, 但呈负成长
    r"以及|加上|加以|因为?|由于|受|随着|虽然?|但|呈|按|主营|从事|经营|"
    # 上月按年跌3.1%: a month is no holder
    r"上月|本月|该月|上季|本季|"
    # a month-on-month word, an adverb, a window or a record: no holder (月增17%, 维持于1.6%,
    # 两段时间相比, 历史最高纪录是, 每年民间投资平均成长, 不只出口表现佳, 剩余3户)
    r"同样|同登|写下|超乎|再创|创下|刷新|"
    r"月增|月减|维持|依旧|仍|两段|历史最|历年|每年|不只|不仅|剩余|其余|大幅|于|"
    # a look at the figures, an estimate, the schedule, a scale or an effect: 检视11月成绩,
    # 约数同为, 超时序进度, 大规模推进, 成效陆续显现
    r"检视|观察|综观|约数|超时序|时序进度|大规模|成效|至今|"
    # a gap's comparator, a turn, both records, a rate's name, a payment: 高出全区规上工业6.3个
    # 百分点, 不过受春节影响, 双双刷新纪录, 减幅15%, 上交税金10.3亿元 (the holder is earlier)
    r"高出|低出|超出|不过(?!夜)|双双|减幅|跌幅|上交|上缴|实缴|减少|下修|上修|"
    # an adverb or a connective of the telling, not a holder: 尽管仅占, 至此,
    # 未来尚有, 短期内全区, 此政策深获青睐, 已经超越, 成功引进, 相应的, 每月赌收
    r"尽管|至此|未来|今后|短期内|此(?!外)|经(?=超|过)|成功|相应|每月|累积|占|"
    # 合同工业产值, 招商引资新签约: the contracts' or the drive's figures, of the holder before
    r"合同|招商引资|"
    # a verb of the administration before its object: 核准的投资总额, 结合相关单位释出, 抓好…等29个
    # 新建项目, 以专项债…储备项目, 位于桃园; and the year to come (明年将续评估二期)
    r"核准|申请|响应|结合|抓好|租售|设厂|释出|明年)"
    # what happened, not who: 拉货效应, 市场需求, 鲜食热卖, 态势巩固延续, 衝上历年单季新高
    r"|.*(?:显现|涌现|热卖|热销|需求|效应|巩固|延续|新高|"
    # a verb that ends the clause head: 园区公告, 已经超越, 依行业别观察, 活动现场
    r"公告|超越|青睐|升级|观察|而言|来看|现场|开工并|(?:行业|产业|地区|类)别|"
    # a count's measure, not its holder: 公司数也首度达到730家, 员工人数
    r"^(?:公司|厂商|员工人|从业人员|就业人|公司家|厂商家|企业家)数)$"
)
# Clause heads that are no holder at all.
JUNK_SUBJECTS = frozenset(
    {
        "增幅",
        "增速",
        "场",
        "计",
        "首",
        "建",
        "金额",
        "总",
        "当月",
        "期内",
        "其中",
        "分别",
        "均",
        "该项目",
        "该",
        "此",
        "其",
        "这",
        "总量",
        "经济",  # 经济运行总体平稳: the economy as a whole is the region's, no holder of its own
        "规模",
        "数量",
        "总数",
        "比重",
        "占比",
        "全年",
        "年内",
        "现场",
        "另",
        "同时",
        "达",
        "为",
        "约",
        "近",
        "超",
        "逾",
        "最新",
    }
)

# Leading words of a clause that are not its subject.
LEAD_RE = re.compile(
    r"^(?:(?:本报|本台|本网|本刊)讯|(?:其中)?包括|上述|前述|其中|此外|另外|另|同时|特别是|尤其是|而|又|并|且|(?:其次|再次|再其次|居次)(?:的)?(?:是|为)?|比如|例如|据了解|据悉|据统计|数据显示|仅|截至|截止|当中|"
    r"我(?![区市县省国])|据对[^，,]{0,24}调查|由|是由|近期|远期|"
    r"据[^，,]{1,10}(?:统计|消息|介绍|了解|显示)|"
    r"[^，,。]{2,10}?(?:\d{1,2}日|今日|今天|昨日|昨天|近日|日前)(?:[(（][^)）]{1,12}[)）])?"
    r"(?:发布|公布|发表|表示|指出)(?:的)?(?:数据|数字|资料)?(?:显示)?|"
    # 综计第1季营业额, 合计对…的贡献率: a total, not a holder
    r"综计|合计|总计|共计|"
    # 概估第3季民间消费, 该月的零售业: an estimate's verb and the month named, not the holder
    r"概估|初估|估计|该月的?|"
    r"统计显示|从[^，,]{1,8}看|(?:[^，,。]{1,12}?)?分[^，,]{1,8}看|"
    # 比重最大的智能装备制造业, 增速最快的新材料制造业: the ranking before the name
    r"(?:比重|占比|增速|增幅|规模|总量|投资)最(?:大|快|高|多)的|就[^，,]{1,8}而言|在[^，,]{1,12}方面|"
    r"截至目前|目前|现(?=[有在已共存])|已|今年以来|今年|去年|全年|当月|当年|年内|期内|同期|"
    # 十年间, 近5年来: a window of time, not a holder
    r"(?:近|过去)?[一二两三四五六七八九十\d]{1,3}年(?:间|来|以来|内)|"
    r"(?:园区|区|园|区域|港区|基地)内|但|接下来是?|其次[为是]?|如今|则仅?|经[^，,]{1,6}后|成立至今|"
    # list markers: (三), （一）, 一是, 2.
    r"[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]是|\d{1,2}[.、．](?!\d)|"
    r"[：:,，、\s“”\"])+"
)

SUBJECT_SUFFIX_KIND: tuple[tuple[str, str], ...] = (
    ("项目", "project"),
    ("工程", "project"),
    ("计划", "project"),
    ("厂房", "project"),
    ("数据中心", "project"),
    ("产业园", "park"),
    ("园区", "park"),
    ("开发区", "park"),
    ("集聚区", "park"),
    ("高新区", "park"),
    ("保税区", "park"),
    ("出口区", "park"),
    ("加工处", "park"),
    ("科学城", "park"),
    ("基地", "park"),
    ("港", "park"),
    ("谷", "park"),
    ("园", "park"),
    ("科", "park"),
    ("公司", "enterprise"),
    ("集团", "enterprise"),
    ("制药", "enterprise"),
    ("龙头企业", "other"),
    ("企业", "other"),
    ("园区厂商", "park"),
    ("厂商", "other"),
    ("规模以上工业", "sector"),
    ("规上工业", "sector"),
    ("规模工业", "sector"),
    ("第一产业", "sector"),
    ("第二产业", "sector"),
    ("第三产业", "sector"),
    ("服务业", "sector"),
    ("制造业", "sector"),
    ("工业", "sector"),
    ("批发业", "sector"),
    ("零售业", "sector"),
    ("住宿业", "sector"),
    ("餐饮业", "sector"),
    ("采矿业", "sector"),
    ("供应业", "sector"),
    ("农林牧渔业", "sector"),
    ("高技术产业", "sector"),
    ("高新技术产业", "sector"),
    ("战略性新兴产业", "sector"),
    ("房地产开发", "sector"),
    ("产业", "industry"),
    ("行业", "industry"),
    ("产业链", "industry"),
    ("业", "industry"),
    ("区", "region"),
    ("市", "region"),
    ("县", "region"),
    ("省", "region"),
    ("州", "region"),
    ("镇", "region"),
    ("全国", "region"),
)

# Periods, in the normalized simplified text.
_CN = "一二两三四五六七八九十"
_MONTH = rf"(?:1[0-2]|0?[1-9]|十[一二]?|[{_CN[:-1]}])"
# 元月, 元至九月: January by its old name (元 after an amount is the currency)
_FIRST_MONTH = (
    r"(?<![\d万亿千百])元"
    r"(?=\s*(?:月|[-—–~～至到]\s*(?:1[0-2]|[2-9]|十[一二]?|[二两三四五六七八九])\s*月))"
)
# A ROC year in Chinese digits (一一四年, 一〇五年), as Taiwan's official statistics write it
_ROC_CN = r"(?<![〇○零一二三四五六七八九])一[〇○零一][〇○零一二三四五六七八九]"
PERIOD_RE = re.compile(
    # every period starts with one of these: a fast test before the alternatives
    r"(?=[\d一二两三四五六七八九十今本去上下明前首第年全截到H过元(（])"
    # 今(110)年, 去(109)年: Taiwan's ROC year in brackets after 今/去/明
    rf"(?:(?P<year>(?:(?:19|20)\d{{2}}|1[01]\d|[今去明前]?[(（]1[01]\d[)）]|[一二][〇○零九][〇○零一二三四五六七八九]{{2}}|{_ROC_CN}|"
    # 15年上半年, 15年以来: a two-digit year of this century, never a count (近15年来)
    r"(?<![\d.近约第多这每])[0-2]\d(?=年(?:以来|[上下]半年|前[一二三四五六七八九十\d]|首|全年|底|末|度|"
    r"第?[一二三四1-4]季|\d{1,2}\s*(?:月|[-—–~～至到]))))[ \t]?年(?:度)?|"
    r"(?:今年|本年|去年|上年|前年|明年)度?)?\s*"
    r"(?:"
    rf"(?P<upto>截至|截止|到)?(?P<m1>{_MONTH}|{_FIRST_MONTH})\s*(?:月份?)?\s*(?:[-—–~～]{{1,2}}|至|到|－)\s*(?P<m2>{_MONTH})\s*月份?"
    rf"|(?:前|首)\s*(?P<first>{_MONTH}|[{_CN}])\s*(?:个)?月份?"
    rf"|(?:前|首)(?P<fq>[一二两三1-3])(?:个)?季度?|(?P<firstq>首季)"
    rf"|第(?P<q>[一二三四1-4])季度?|(?P<qq>[一二三四1-4])季度"
    r"|(?P<h>上|下)半年"
    r"|(?P<yearend>年底|年末|(?<=年)底|(?<=年)末)"
    rf"|(?P<month>{_MONTH}|{_FIRST_MONTH})\s*月(?:份)?(?P<monthend>底|末)?(?P<monthnow>当月)?"
    r"|(?P<full>全年)"
    r")"
    rf"|(?P<yearonly>(?:(?:19|20)\d{{2}}|1[01]\d|[今去明前]?[(（]1[01]\d[)）]|[一二][〇○零九][〇○零一二三四五六七八九]{{2}}|{_ROC_CN}|"
    r"(?<![\d.近约第多这每])[0-2]\d(?=年(?:以来|度)))[ \t]?年(?:度)?|"
    r"今年以来|(?:今年|本年|上年|去年|前年)度?|过去(?:的)?一年))"
)
# Every period PERIOD_RE matches holds one of these (底 and 末 only after 年): a cheap test first.
PERIOD_HINT = re.compile(r"[年月季]")
# The verbs that compare a rate with another place's or period's (高于全省的6%, 優於韓國的1.8%).
COMPARING_WORDS = "高于|低于|快于|慢于|优于|好于|逊于"
# Words before a period that make it a comparator, not the figure's period.
# 回复至2019年的63%: the year a level has recovered to a share of (a comparator's, too)
RECOVERED_TO = ("回复至", "恢复至", "回复到", "恢复到")
COMPARATOR_RE = re.compile(
    r"(?:较|比|相较于|相比|与|从|较前|自|超越|超过|" + "|".join(RECOVERED_TO) + r")[^\S\n]*\Z"
)
# 完成全年任务的148.8%, 年度目标的: what a share of a plan is measured against after its year
PLAN_SHARE_WORDS = ("任务的", "目标的", "计划的", "目标任务的")
STOCK_NOW_RE = _fast(r"现有|目前|截至目前|截止目前|已有|已建成|已形成|拥有|已")
ATTRIBUTE_RE = _fast(
    r"总投资|计划总投资|占地|规划|建成后|达产后|预计|预估|可承载|承载算力|投资金额|将新增|创造|"
    r"装机能力|折合|建筑面积|设计产能"
)
TO_DATE_RE = _fast(r"累计|至今|以来")
PERIOD_COUNT_RE = _fast(
    r"新增|新认定|新开工|进驻|入驻|开工|竣工|引进|净增|增加|新征|签约|新登记|新设立|新注册|"
    # 新建投产上规入统工业企业112家, 入选…企业6家, 获批头雁企业7家: firms added in the period
    r"新建投产|入统|入选|获批|培育|落地|招引|落户"
)
