"""Names in a clause: who or what a figure is about, as the text writes it.

Pure functions over the simplified text: the holder a clause names (``_clause_subject``),
names headed by a count (3个产业集群), the enterprises or projects a count counts, the
comparator a bracketed rate belongs to, parks named after a figure, and the kind of a name
(region, sector, industry, park, enterprise, project, other) from its suffix.
"""

from __future__ import annotations

import functools
import re

from licheng._model import SubjectKind
from licheng._read import _vocab as v
from licheng._read._structure import _Context, _Found, _lead_strip, _rx

_MEASURE_QUALIFIER = re.compile(
    r"^(?:(?:未经|经)(?=季节|实质|名目|名义))?(?:季节性?调整(?:后)?)?(?:的)?(?:实质|名目|名义)?"
    r"(?=$|[^，,；;。]*?$)"
)
_QUALIFIER_HEADS = ("未经", "经", "季节", "实质", "名目", "名义", "的")
# the words a name cannot end with: particles, adverbs of time (目前, 首次), a trailing comma
_TRAILING_WORDS = (
    *"的之在中共均都也还则就以",
    "目前",
    "首度",
    "首次",
    "再度",
    "再次",
    "再",  # 初创企业数目再创新高: again, before the verb
    "数目",  # 初创企业数目: the number of the holder's firms, not the holder
    "，",
    ",",
)
_STRIP_TRAIL = re.compile(r"(?:" + "|".join(_TRAILING_WORDS) + r"|\s)+$")


def _strip_subject(name: str, context: _Context) -> str:
    # a pure function of the name and the region word: stripped once per name and reading
    memo = context.stripped
    stripped = memo.get(name)
    if stripped is None:
        stripped = memo[name] = _stripped(name, context.region_word)
    return stripped


_OWN_REGION_WORDS = ("我区", "我市", "我县")
_LEADING_PUNCTUATION = re.compile(r"^[\s“”\"、,，]+")


# The characters a name's stripping patterns can start or end with: where the name's first or
# last character is none of them, the pattern cannot match and is not run (a line break
# goes to the pattern, as ``$`` also matches before one).
_PUNCTUATION_HEADS = frozenset('“”"、,，')
_TRAIL_ENDS = frozenset(word[-1] for word in _TRAILING_WORDS)
_VERB_HEADS = (
    "实现",
    "完成",
    "累计",
    "共",
    "新增",
    "新登记",
    "新设立",
    "新注册",
    "上调",
    "下调",
    "至于",
)
_VERB_HEAD = re.compile("^(?:" + "|".join(_VERB_HEADS) + ")")
_VERB_TAILS = ("呈", "呈现", "\n")


def _after_period(rest: str) -> str:
    """第二季内全县…: what follows a period and its 内 (within)."""
    if rest.startswith(("内", "內")) and not rest.startswith(("内蒙古", "內蒙古")):
        return rest[1:]
    return rest


def _stripped(name: str, region: str | None) -> str:
    if name and (name[0] in _PUNCTUATION_HEADS or name[0].isspace()):
        name = _LEADING_PUNCTUATION.sub("", name)
    # 未经季节调整实质GDP, 经季节性调整的失业率: how the measure is taken, not whose it is
    if name.startswith(_QUALIFIER_HEADS):
        name = _MEASURE_QUALIFIER.sub("", name)
    name = _lead_strip(name)
    if name.startswith("民国"):  # 民國100年11月: the ROC era of the year after it
        name = name.removeprefix("民国")
    mark = v.PERIOD_RE.match(name) if v.PERIOD_HINT.search(name) else None
    if mark is not None and mark.group():
        # stripped again only after a period: the strip of a stripped name changes nothing
        name = _lead_strip(_after_period(name[mark.end() :]))
    if name and (name[-1] in _TRAIL_ENDS or name[-1].isspace()):
        name = _STRIP_TRAIL.sub("", name)
    # 全区 and 全市 strip only as the region word itself, tried first
    words = (region, *_OWN_REGION_WORDS) if region else _OWN_REGION_WORDS
    for word in words if name.startswith(words) else ():
        if name.startswith(word) and len(name) > len(word):
            name = name[len(word) :]
            break
    if name.startswith(_VERB_HEADS):
        # 完成投资, 上调澳门今年博彩毛收增长率: the verb before the holder
        name = _VERB_HEAD.sub("", name)
    if name.endswith(_VERB_TAILS):  # 三个行业呈两位数增长: the verb before the rate
        name = _rx(r"(?:呈现|呈)$").sub("", name)
    until = _UNTIL.search(name, 1) if "截" in name else None
    if until is not None:  # 中科截至去年12月底: the holder before the date
        name = name[: until.start()]
    name = name.strip()
    if name in _NOT_NAMES or name.endswith("方面") or name.startswith(_SET_ASIDE):
        # 相关销售价值, 入口方面, 协议总投资: what is referred to or measured, no holder
        return ""
    return name


_UNTIL = re.compile("截至|截止")
# 排除春节连假因素, 扣除价格因素: a circumstance set aside, not a holder
_SET_ASIDE = ("扣除", "排除", "剔除", "若剔除", "不计")
# Words that stand before a measure where a holder would, and hold nothing themselves.
_NOT_NAMES = frozenset(
    {"相关", "有关", "其", "该", "协议", "行政管辖", "内", "內", "消费市场", "市场"}
    # 降幅较1-3月扩大1.2个百分点: the rate of the holder before, not a holder
    | {"降幅", "增幅", "涨幅", "跌幅", "增速", "降速", "升幅"}
    | {"几乎", "幾乎", "大约", "大約", "约", "約"}
)


_HEADED_RE = re.compile(
    r"^(?:\d+|[一二三四五六七八九十]+)(?:个|家|座|处)((?:[^，,；;。\d]){2,20}?(?:集群|基地|工程|园区|产业园|开发区|项目|平台|企业|行业))"
)
# what _HEADED_RE needs after its count, searched anywhere: where it finds nothing, no
# segment opens with a count that heads a name
_HEADED_HINT = re.compile(
    r"(?:个|家|座|处)(?:[^，,；;。\d]){2,20}?(?:集群|基地|工程|园区|产业园|开发区|项目|平台|企业|行业)"
)
_OPENED = ("(", "（", "(\n", "（\n")
_BARE_CLASS = re.compile(
    r"^(?:新增|新认定|累计)?(?:规上|规模以上|龙头|上市|重点|省级|市级|区级|县级|国家级|高新技术|科技型|"
    r"外资|新|投产|入驻|入园|进驻|落户|在册|瞪羚|优质|相关|骨干|知名|头部|优秀|上下游|[\w“”\"]{0,8}“[^”]*”|上市及过会|科创板上市及过会|(?:县级|区级|市级)以上)*(?:工业)?企业(?:数|数量)?$"
)


def _bracket_comparator(plain: str, start: int) -> str:
    """增速比全市平均增速(8.1%): a rate in brackets is the comparator's own."""
    before = plain[max(0, start - 24) : start]
    if not before.endswith(_OPENED):
        return ""  # the pattern ends in an opening bracket ($ also before a final line break)
    match = _rx(
        r"(?:比|较|高于|低于)([^，,；;。()（）]{1,14}?)(?:平均)?(?:增速|增幅|水平)\s*[(（]$"
    ).search(before)
    if match is None:
        return ""
    name = match.group(1)
    word = v.MEASURE_RE.search(name)
    if word is not None:
        name = name[: word.start()]
    return name.removesuffix("平均").strip()


# 優於韓國的1.8%, 高于全省的6%: the place a rate is compared with holds the rate after 的
_COMPARED_PLACE = re.compile(rf"(?:{v.COMPARING_WORDS})([^，,；;。()（）\d的]{{2,8}})的\s*\Z")


def _compared_place(plain: str, clause_start: int, start: int) -> str:
    match = _COMPARED_PLACE.search(plain, max(clause_start, start - 16), start)
    if match is None:
        return ""
    name = match.group(1)
    if v.PERIOD_RE.match(name) or "同期" in name or v.MEASURE_RE.search(name):
        return ""  # 高于去年同期的, 高于平均增速的: a period or a measure, not a place
    return name


# 电器及摄影器材(零售量上升47.7%), 综合商品零售业(年增33.7%), 高于全国(3.9%): the bracket
# holds only a measure and a verb, and the name just before it holds the figure
_BRACKET_INSIDE = re.compile(
    r"[(（](?:同比|按年|实质)?(?:零售量|销货数量|销货价值|销售价值|销货额|销售额|营业额|增速|增幅)?"
    r"(?:上升|下降|增长|成长|年增|年减|下跌|增加|减少|衰退)?(?:了)?\s*[+＋]?$"
)
_BRACKET_NAME = re.compile(
    r"(?:^|[、，,；;。)）]|其中以?|其次[为是]?|以及|及|较|比|高于|低于|优于|快于|慢于|超过)"
    r"([^、，,；;。()（）\d]{2,16})$"
)


def _bracketed_holder(plain: str, start: int, context: _Context) -> str:
    if plain.find("(", max(0, start - 12), start) < 0 and (
        plain.find("（", max(0, start - 12), start) < 0
    ):
        return ""  # no bracket opens just before the figure
    inside = _BRACKET_INSIDE.search(plain, max(0, start - 12), start)
    if inside is None:
        return ""
    match = _BRACKET_NAME.search(plain, max(0, inside.start() - 17), inside.start())
    if match is None:
        return ""
    name = _rx(r"^(?:其中以?|其次[为是]?|以及|及)").sub("", match.group(1))
    name = _strip_subject(name, context)
    name = _rx(r"优于|高于|低于|快于|慢于|较|比").split(name)[-1]
    word = v.MEASURE_RE.search(name, 2)
    if word is not None:  # 成衣业的生产量升幅最大(+3.8%): the holder of the measure
        of = name.rfind("的", 0, word.start())
        name = name[:of] if of >= 2 else name[: word.start()]  # noqa: PLR2004 - a name
    if (
        len(name) < 2  # noqa: PLR2004 - a name, not a character
        or v.MEASURE_RE.fullmatch(name)
        or _COMPARED_PERIOD.match(name)
        or _VERB_PHRASE.search(name)
    ):
        return ""
    return name


def _headed_subject(plain: str, segment: int, end: int, context: _Context) -> str:
    """4个国家战略性新兴产业集群集聚…近500家: the holder a segment opens with, after its count."""
    text = plain[segment:end]
    if _HEADED_HINT.search(text) is None:
        return ""  # no count word followed by what it heads, anywhere in the segment
    text = _lead_strip(text)
    match = _HEADED_RE.match(text)
    if match is None:
        return ""
    del context
    return match.group(1)


_COUNT_WORDS = frozenset("家个处座种成")  # the measure words a count of holders ends with
_COUNTED = re.compile(
    "[" + "".join(sorted(_COUNT_WORDS)) + r"]((?:[^，,；;。、\d\s]){0,16}?"
    r"(?:企业|园区|产业园区|产业园|园|基地|集群|开发区|行业大类|大类行业|行业|产品))"
)


def _counted(plain: str, item: _Found) -> str:
    """324家县级以上农业龙头企业, 9处新园区: the holders a count is followed by."""
    if plain[item.end - 1] not in _COUNT_WORDS:
        return ""  # the figure ends in none of them: no count of holders (a str test)
    match = _COUNTED.match(plain, item.end - 1)
    if match is None:
        return ""
    if _BARE_CLASS.match(match.group(1)) and not _rx(r"实现|完成").match(plain, match.end()):
        return ""  # 3家国家级龙头企业实现利润总额: the class holds what it achieves

    if plain[max(0, item.start - 1) : item.start] == "等":
        return ""  # 国药器械、九如生物等26家企业: named enterprises counted for their holder
    return match.group(1)


def _region_counts(plain: str, item: _Found, counted: str) -> bool:
    """全省89个开发区: parks counted for the region named with them."""
    return counted in {"开发区", "园区", "产业园区", "产业园", "园", "基地", "集群"} and bool(
        v.REGION_RE.search(plain, max(0, item.start - 3), item.start)
    )


def _object_subject(
    plain: str, clause_start: int, item: _Found, name: str, context: _Context
) -> str:
    """张江拥有集成电路芯片设计企业超600家: a count of a segment's enterprises is the segment's."""
    if item.figure.unit not in {"家", "户"}:
        return name
    text = plain[clause_start : item.start]
    match = _rx(
        r"(?:拥有|有|集聚|聚集)([^，,；;。]{2,20}?企业)(?:数量)?(?:超过|超|近|达到|达|约|逾)?$"
    ).search(
        text,
    )
    if match is None:
        return name
    segment = _strip_subject(match.group(1), context)
    if _BARE_CLASS.match(segment):
        return name
    return segment


_HEADING = re.compile(
    r"\s*(?:[一二三四五六七八九十\d]+[、.．]\s*|[(（][一二三四五六七八九十\d]{1,3}[)）]\s*)?"
    r"([^，,。、；;\s()（）]{2,10}?(?:产业|行业))"
    r"(?:呈现|保持|实现|加快|加速|持续|稳步|发展|增长|运行|表现|延续|整体|蓄势|迈出|跑出|势头)"
    # 二是制造业增速较快, 三是工业投资稳定: a numbered point of a summary names a sector
    r"|\s*[一二三四五六七八九十]是\s*([\u4e00-\u9fff]{0,6}?(?:制造业|工业|服务业))"
    r"(?:增速|投资|增长|运行|生产|效益|发展|保持|实现|持续|稳步)"
)
_PARK_NAME = r"[^，,；;。的、]{2,16}?(?:港|产业园|园区|园|基地|中心|平台|科技城|城|谷)"
_NAMED_AFTER = re.compile(
    rf"^(?:的({_PARK_NAME})|[^，,；;。]{{0,6}}?(?:打造|建设|建成)[^，,；;。]{{0,12}}?的({_PARK_NAME}))(?=[，,；;。]|$)"
)


def _segment_of(name: str, industry: str) -> bool:
    """规上医药生产企业 in a paragraph on 现代医药产业: the industry's enterprises."""
    if not name.endswith("企业"):
        return False
    core = _rx(r"(?:产业|行业)$").sub("", industry)
    return any(core[index : index + 2] in name for index in range(len(core) - 1))


_COUNTED_THING = re.compile(
    r"(?:中心|平台|实验室|工作站|基站|站|车间|孵化器|众创空间|生产线|产业链|专利|机构)$"
)
# 较去年同期下降6.8个百分点, 环比7月: a comparison with a period, not with another subject
_COMPARED_PERIOD = re.compile(
    r"\s*(?:上年|去年|前年|上月|上季|同期|上期|(?:\d{1,4}|[一二三四五六七八九十]{1,2})(?:年|月|季度))"
)
_COUNTED_NOUN = re.compile(r"企业|项目|工程|行业|中心|平台|基地|园区")
_COUNTED_MEASURE = {
    "企业": "enterprise_count",
    "项目": "project_count",
    "工程": "project_count",
    "行业": "other:行业数",
}
_COUNTED_MEASURE |= dict.fromkeys(("中心", "平台", "基地", "园区"), "facility_count")
# The parts of a whole just given: 其中, 分行业看, 全区三大门类中, 38个工业行业大类中, 一是
_BREAKDOWN = re.compile(
    r"\s*(?:其中|分行业|分[^，,]{1,6}看|[^，,。]{0,12}(?:门类|大类|行业|产品)中|[一二三四五六七八九十]是)"
)
# measures a 规上 sentence's scope does not reach unless the figure's clause says so
# Measures of the whole economy: a sector or a segment carried from an earlier clause does
# not hold them (规上工业 has no retail sales, no trade, no fixed-asset investment of its own)
_REGION_MEASURES = frozenset(
    {
        "gdp",
        "fixed_asset_investment",
        "retail_sales",
        "trade",
        "exports",
        "imports",
        "foreign_capital",
        "fiscal_revenue",
        "fiscal_expenditure",
        "income",
        "population",
        "prices",
        # the volume and the price of a region's trade (Hong Kong's 整体出口货量)
        "other:出口货量",
        "other:进口货量",
        "other:出口价格",
        "other:进口价格",
        "other:人均GDP",  # 按常住人口计算,人均生产总值26165元: the region's, not a sector's
    }
)
# Statistics that have no 规上 form: 规上 earlier in the sentence does not reach them
# (规模以上工业增加值增长6.9%，社会消费品零售总额增长2.1%，进出口总额增长3.4%): the whole
# economy's but GDP, and the counts, areas and investment of projects and parks.
_OUTSIDE_SCOPE = (_REGION_MEASURES - {"gdp"}) | {
    "investment",
    "project_count",
    "facility_count",
    "area",
}
_RUN_NAME = re.compile(
    # 积体电路产业成长318%、光电产业成长39.8%: each item of a run names its holder and its rate
    r"\d[^\d、，,；;。及和]{0,3}(?:、|以及|及|和)"
    r"(?!拉动|带动|贡献|占|比|较|同比|环比|高于|低于|年均|平均|累计|全年|合计|总计|达到|突破)"
    r"([^\d、，,；;。()（）\s]{2,12}?)"
    # 汽车制造业增长12%、医药制造业增长8%: each segment its holder and its own verb
    r"(?:为|达|有|(?P<verb>(?:同比|比上年)?(?:增长|下降|增加|减少|提高|上升|回落|成长|下跌|年增|年减)))?\s*$"
)
_SETTLED = re.compile(r"入驻|入园|落户|进驻|入区|入住")
_FOLLOWING_MEASURE = re.compile(r"的([^，,；;。]{0,10}?)(" + v.MEASURE_RE.pattern + "|数量)")
_NAMED_MEASURE = re.compile(
    r"([\u4e00-\u9fff]{2,8}?(?:金额|总额|额|总值|价值|数量|规模))(?:为|达到|达|是|约|共|合计)?\s*$"
)


# 统计处公布9月外销订单702.2亿美元: what a release reports, named right before its figure
_REPORTED_MEASURE = re.compile(
    r"(?:公布|发布|公佈)了?(?:\d{1,2}月份?|今年|上半年|前\d季|第[一二三四1-4]季度?)?"
    r"([\u4e00-\u9fff]{2,6})(?:为|达)?\s*$"
)


def _named_measure(before: str) -> str | None:
    """外销订单金额为553.6亿美元: a measure outside the table, kept as its word."""
    match = _NAMED_MEASURE.search(before) or _REPORTED_MEASURE.search(before)
    if match is None:
        return None
    word = _rx(r"^[月年季度日]+").sub("", _lead_strip(match.group(1)))
    return f"other:{word}" if len(word) >= 2 else None  # noqa: PLR2004 - a word, not a character


_BUILT = ("打造", "建设", "建成")  # the verbs of _NAMED_AFTER's second branch


def _named_after(plain: str, end: int) -> str:
    """40万平方米的济南生物医药港, 投资22亿元打造…的济南生物医药港: the place a figure describes."""
    head = plain[end : end + 8]
    if not head.startswith("的") and not any(map(head.__contains__, _BUILT)):
        return ""  # neither branch can match: it opens with 的, or its verb starts within 6
    match = _NAMED_AFTER.match(plain[end : end + 40])
    if match is None:
        return ""
    return match.group(1) or match.group(2) or ""


_ACHIEVING = ("实现", "完成", "累计")  # 全区实现第一产业增加值: the verbs a sector can follow
# 共有企业120家, 新增企业30家: a verb of having or adding, with the enterprises its object
_HAVING = frozenset({"有", "共有", "现有", "拥有", "新增", "引进", "集聚", "共"})
# 国有控股企业, 私有经济, 公有制: 有 in a word of ownership, not the verb (共有 is one)
_OWNED = frozenset("国私公所")
# 有色(金属), 有机农业, 有线电视, 有限公司: 有 opening a word, not the verb
_HAVING_WORD_TAILS = frozenset("色机线限")


def _clause_subject(plain: str, start: int, end: int, context: _Context) -> str:  # noqa: PLR0915 - the cues of a clause, in order
    """The holder a clause names before its verb or measure (第一产业实现增加值 → 第一产业)."""
    text = plain[start:end]
    text = _lead_strip(text)
    # leading periods (前三季度, 2021年, 1至9月) are not the subject
    while True:
        mark = v.PERIOD_RE.match(text) if v.PERIOD_HINT.search(text) else None
        if mark is None or not mark.group():
            break
        text = _lead_strip(_after_period(text[mark.end() :]))
    manager = _MANAGER.match(text) if "管" in text else None
    if manager is not None:
        return manager.group(1)  # 南科管理局公布…, 高新区管委会表示: the park it manages
    said = _SAID.search(text) if _REPORTER_HINT.search(text) else None
    if said is not None and _REPORTER.search(text[: said.start()]):
        # 统计处预估11月制造业生产指数: who says it and when come first, the holder after
        rest = _lead_strip(text[said.end() :])
        mark = v.PERIOD_RE.match(rest)
        if mark is not None and mark.group():
            rest = _lead_strip(rest[mark.end() :])
        if not _REPORT_NAME.match(rest):  # 公布第3季国民所得概估统计: a report, not a holder
            text = rest
    stop = len(text)
    verb_end = None
    for pattern in (v.VERB_RE, v.MEASURE_RE):
        if stop == 0:
            break  # the verb opens the clause: no measure can stand before it
        found = pattern.search(text)
        while found is not None and (
            # 外资企业: a holder, not a measure; but 共有企业120家 has its verb
            (text.startswith("企业", found.end()) and found.group() not in _HAVING)
            or (
                found.group() == "有"
                and (
                    text[found.start() - 1 : found.start()] in _OWNED
                    or text[found.end() : found.end() + 1] in _HAVING_WORD_TAILS
                )
            )
        ):
            found = pattern.search(text, found.end())
        if found is not None and found.start() < stop:
            stop = found.start()
            verb_end = found.end() if pattern is v.VERB_RE else None
            if pattern is v.MEASURE_RE and stop == 0 and found.group().startswith("工业生产"):
                return "工业"  # 工业生产减少3.99%: the production of industry
            if pattern is v.MEASURE_RE and stop == 0 and found.group() in _SECTOR_MEASURES:
                return found.group().removesuffix("投资")  # 制造业投资完成: the sector's
            if pattern is v.MEASURE_RE and stop == 0 and found.group() in _DEMAND_PARTS:
                return found.group()  # 民间消费实质成长3.43%: the part of demand is the holder

    head = text[:stop]
    if head in _GOODS and _TRADE_VALUE.match(text, stop):
        return ""  # 商品整体出口货值, 货物进出口总额: the goods the trade counts, not a holder
    sector = v.MEASURE_RE.match(text, stop)
    if (
        sector is not None
        and (sector.group() in _SECTOR_MEASURES or sector.group() in _HOLDER_IN_MEASURE)
        and (not head or v.REGION_RE.fullmatch(_strip_subject(head, context) or head))
    ):
        # 全省基础设施投资增长5.6%, 全国服务业生产指数: the part the measure word names
        word = sector.group()
        return _HOLDER_IN_MEASURE.get(word) or word.removesuffix("投资")
    quoted = _QUOTED_NAME.match(text) if ("「" in text or "“" in text) else None
    if quoted is not None:
        return quoted.group(1)  # 也让「积体电路」产业成长: the quoted industry
    if context.region_word and head.startswith(context.region_word):
        # 我国全年全社会用电量: the region named before the period is the holder
        inner = v.PERIOD_RE.match(head, len(context.region_word))
        if inner is not None and inner.group():
            head = context.region_word
    name = _strip_subject(head, context)
    # 全区实现第一产业增加值: a sector or a group named between the verb and the measure
    if verb_end is not None and text.startswith(_ACHIEVING, stop, verb_end):
        measure = v.MEASURE_RE.search(text, verb_end)
        if (
            measure is not None
            and measure.start() == verb_end
            and measure.group() in _SECTOR_MEASURES - {"工业投资"}  # a holder's, 园区完成工业投资
            and (not name or v.REGION_RE.fullmatch(name))
        ):
            name = measure.group().removesuffix("投资")  # 完成高技术制造业投资: the sector's
        elif measure is not None:
            middle = _strip_subject(text[verb_end : measure.start()], context)
            sector = _rx(r"(?:产业|业|企业)$").search(middle)
            if sector and (
                v.REGION_RE.fullmatch(name)  # 全县完成规上工业总产值: the sector
                or (
                    not v.SCOPE_RE.fullmatch(_rx(r"工业$").sub("", middle) or "规上")
                    and not _rx(r"(?:规上|规模以上)?工业").fullmatch(middle)
                )
            ):
                name = middle
    if len(name) < 2:  # noqa: PLR2004 - the steps below only shorten a name of two or more
        return ""
    for mark in v.PERIOD_RE.finditer(name) if v.PERIOD_HINT.search(name) else ():
        if mark.group() and mark.start() > 0:
            name = name[: mark.start()]
            break
    name = name.removesuffix("合计")  # 所有服务行业合计, 两大产品合计: the holders together
    if name.endswith(_RECEIVING_TAILS):
        name = _RECEIVING.sub("", name)  # 桂林接待游客, 园区实际到位外资: the holder before
    if name.endswith(("总", "总数", "\n")):
        name = _rx(r"(?:总数|总)$").sub("", name)
    if name.endswith("各项"):  # 金融机构本外币各项存款余额: the items, not a holder
        name = _rx(r"(?:人民币|本外币)?各项$").sub("", name)
    name = name.strip()
    if "等" in name[1:]:
        name = name[: name.index("等", 1)]
    # 3大園區, 三个科学园区: the count enumerates the parks it names
    if name[:1].isdigit():
        name = _ENUMERATING.sub("", name)
    if len(name) > len("园区") and name.endswith(("于", "在")):  # 3大园区于2022年的营业额
        name = name[:-1]
    if name in v.JUNK_SUBJECTS or len(name) < 2 or v.JUNK_HEAD_RE.match(name):  # noqa: PLR2004
        return ""
    if (("第" in name or "大" in name) and _RANKED.search(name)) or name.endswith(
        ("至", "到", "、")
    ):
        return ""  # 净增户数全省第三, 大幅上修至: a rank or a verb, not a holder
    if name in {"", "其", "该", "此", "这", "共", "总", "年", "全", "当月", "期间", "年度"}:
        return ""
    counted = _COUNT_HEAD.fullmatch(name) if _rx(r"\d").search(name) else None
    if counted is not None and not _BARE_CLASS.fullmatch(counted.group(1)):
        # 全国229家国家级经开区地区生产总值, 全省89个开发区规模以上工业: the count heads the
        # noun phrase it opens, and what it counts holds the measure that follows
        name = counted.group(1)
    if _rx(r"\d").search(name) and (
        not _rx(r"[A-Za-z]\d|\d[A-Za-z]|[“”「」强]|规模").search(name)
        # 规模以上工业企业12户(2015年同期: a count and an open bracket, not a holder
        or (
            _rx(r"\d\s*[户家个项元%]|[(（][^)）]*$").search(name)
            and not _rx("[“”「」]").search(name)
        )
    ):
        return ""
    if len(name) > 24 or _VERB_PHRASE.search(name):  # noqa: PLR2004 - a sentence, not a name
        return ""
    if "率" in name and _rx(r"率[高低]?$").search(name):
        return ""  # 开复工率: a rate is a measure, not a holder
    scoped = _SCOPED_HOLDER.fullmatch(name) if "规" in name else None
    if scoped is not None and _kind(scoped.group(1)) is SubjectKind.PARK:
        return scoped.group(1)  # 全省产业集聚区规模以上工业增加值: the parks', of that scope
    if _MODIFIERS_ONLY.fullmatch(name):
        return ""  # 基本综合消费物价指数: how the measure is taken, not whose it is
    if _REPORTER.search(name):
        return ""  # 主计总处概估, 央视网消息(新闻联播): who reports the figure, not whose it is
    return name


# a verb of receiving between a holder and the measure (接待游客, 实际到位外资, 实际利用外资)
_RECEIVING_TAILS = ("接待", "到位", "利用")
_RECEIVING = re.compile(r"(?:实际)?(?:" + "|".join(_RECEIVING_TAILS) + ")$")
# a noun phrase a count opens: [全省]89个开发区, 229家国家级经开区 (what it counts, no digit after)
_COUNT_HEAD = re.compile(
    r"(?:全[区市县省国州]|我[区市县省国]|本[区市县])?(?:共有|共|有)?\d[\d.,]*(?:万|多|余)?"
    r"(?:家|个|户|所|座|项)([^\d\s，,；;。、]{2,16})(?<![数量额率])"  # 入园企业数: a measure
)
_GOODS = frozenset({"商品", "货物"})
_TRADE_VALUE = re.compile(r"(?:整体)?(?:进出口|出口|进口)(?:货值|总额|总值|额)")
_SCOPED_HOLDER = re.compile(r"(.{2,}?)(?:规模以上|规上)(?:工业)?(?:企业)?")
_MODIFIERS_ONLY = re.compile(r"(?:基本|整体|综合|实质|名义|名目|主要)+(?:和|及)?")
# Measures written with their sector: 制造业投资 is the manufacturing sector's investment
# 「积体电路」产业, 「电脑及周边产业」: an industry quoted (not a slogan such as 「园区招商」)
_QUOTED_NAME = re.compile(
    r"(?:而|也让|也使|让|使|其中|另外?|则|以及)?[「“]"
    r"([^」”，,。\d]{2,12}?)(?:[」”](产业|行业)|((?<=产业)|(?<=行业)|(?<=业))[」”])"
)
_HOLDER_IN_MEASURE = {"服务业生产指数": "服务业", "服务零售额": "服务零售"}
# The parts of GDP by expenditure, as the national accounts name them
_DEMAND_PARTS = frozenset(
    {
        "最终消费支出",
        "最终消费",
        "资本形成总额",
        "资本形成",
        "固定资本形成",
        "货物和服务净出口",
        "货物与服务净出口",
        "净出口",
        "国外净需求",
        "民间消费",
        "政府消费",
        "私人消费开支",
        "个人消费开支",
        "政府消费开支",
        "整体投资开支",
        "输出",
        "输入",
    }
)
_SECTOR_MEASURES = frozenset(
    {
        "工业投资",
        "制造业投资",
        "高技术制造业投资",
        "房地产开发投资",
        "基础设施投资",
        "第一产业投资",
        "第二产业投资",
        "第三产业投资",
    }
)
# the body that runs a park or a zone, reporting for it
_MANAGER = re.compile(r"([^，,；;。\s]{2,12}?)(?:管理局|管委会|管理委员会|管理处)(?!局长|主任)")
# what an agency says before the holder (统计处预估11月制造业…), unless it names a report
_SAID = re.compile(r"预估|预计|预测|公布|发布|指出|表示")
_REPORT_NAME = re.compile(r"[^，,；;。]*?(?:统计|数据|数字|资料|报告|概估|初估|公报)")
_REPORTER_HINT = re.compile(r"[处局部会关]")  # the last character of every agency _REPORTER names
# A dateline or an agency that reports figures: no holder of them
_REPORTER = re.compile(
    r"(?:消息|[社日]电|报讯|报道)(?:\s*[(（][^)）]{0,12}[)）])?$|"
    r"(?:总处|主计处|统计局|统计处|能源局|国科会|经济部|财政部|商务部|统计部门|海关总署|海关|政府统计处)"
    r"[^，,]{0,6}?(?:概估|初估|公布|发布|统计|估计|资料|数据)?$|^(?:统计)?(?:数据|数字|资料)$"
)


# 配套建设了生物制造中试平台, 重点: a verb phrase or an adverb, not a holder
_ENUMERATING = re.compile(r"^\d{1,2}大(?=\w{2})")
_RANKED = re.compile(
    r"(?:全[国省市区县]|排名|居)第[\d一二三四五六七八九十]+|^(?:\d{1,2}|[两二三四五六七八九十])大$"
)
_VERB_PHRASE = re.compile(
    r"了|^(?:重点|全力|大力|积极|着力|持续|不断|加快|加速|主要|初步|逐步|稳步|正在|已经|先后|共同|"
    r"配套|围绕|依托|聚焦|推动|推进|推升|带动|拉抬|通过|采用|创新|相当于|上修|下修|多出|根据|依据|按照|靶向|精准|直接|辐射|"
    # a work report's verbs: 坚持把稳增长摆在突出位置, 深化改革, 统筹发展
    r"坚持|深化|强化|加强|统筹|扎实|落实|展望|放眼)|开展|^(?:国家|省|市|县|区)级$"
)


_PLACES = frozenset(
    {"香港", "澳门", "台湾", "臺灣", "台灣", "全国", "全省", "全市", "内地", "本港", "本澳"}
)


@functools.lru_cache(maxsize=1024)
def _kind(name: str) -> SubjectKind:
    if v.REGION_RE.fullmatch(name) or name in _PLACES:
        return SubjectKind.REGION
    if v.SCOPE_RE.match(name) and name.endswith(("工业企业", "工业")):
        return SubjectKind.SECTOR  # 规模以上工业企业: a statistical aggregate
    if name.endswith("企业") and _rx(r"强|龙头|中小|“").search(name):
        return SubjectKind.OTHER
    for suffix, kind in v.SUBJECT_SUFFIX_KIND:
        if name.endswith(suffix):
            return SubjectKind(kind)
    return SubjectKind.OTHER
