"""What a figure measures and what kind of number it is.

For one figure: its role (a level, a share, a growth rate, a change in percentage points)
from its unit and the words before it, its sign (下降, 减少, 年減 make a rate negative), the
list it belongs to (分别 …), its measure (the nearest measure word of the clause, else the
sentence's earlier figure, else the paragraph's), its scope (规上 carried through the
sentence and a 规上 breakdown), its basis (同比 or 环比, carried within the sentence), and
for a share the whole, for a rate the level it changes.
"""

from __future__ import annotations

import bisect
import re

from licheng._figures import Figure
from licheng._read import _vocab as v
from licheng._read._found import _COUNT_UNITS
from licheng._read._marks import _starts_with_period
from licheng._read._names import (
    _BREAKDOWN,
    _COMPARED_PERIOD,
    _COUNTED_MEASURE,
    _COUNTED_NOUN,
    _FOLLOWING_MEASURE,
    _OUTSIDE_SCOPE,
    _named_measure,
)
from licheng._read._records import (
    Draft,
    Reference,
)
from licheng._read._structure import (
    _clause_end,
    _clause_start,
    _Found,
    _lead_strip,
    _paragraph_start,
    _rx,
    _semicolon_start,
    _sentence_bounds,
)
from licheng._read._when import _Periods

# 占, and 相等于 in Hong Kong's accounts (逆差254亿元,相等于进口货值的5.5%): a part of a whole
_SHARE_OF = r"占|佔|相等于|相等於|相当于|相當於"


def _line_end(text: str, index: int) -> int:
    end = text.find("\n", index)
    return len(text) if end < 0 else end


def _rate_or_class(unit: str) -> str:
    return "rate" if unit in {"", "percent", "percentage_point"} else _unit_class(unit)


def _unit_class(unit: str) -> str:
    if unit.endswith(("元", "币")):
        return "money"
    if unit in _COUNT_UNITS:
        return "count"
    return unit


def _negate(figure: Figure) -> Figure:
    try:
        return Figure(-figure.magnitude, figure.unit, figure.qualifier)
    except Exception:  # noqa: BLE001 - a figure that cannot be negated stays as read
        return figure


_CIRCUMSTANCE = re.compile(r"随着[^，,；;。]*?而")
# what ``\d[^\d]*$`` finds (the last digit), from the end rather than from every digit
_LAST_DIGIT = re.compile(r"(?s:.*)\d")


_LIST_LEAD = re.compile(r"带动|推动|拉动|包括|主要是|主要为|源自|来自|其中以?|以(?!及)|有")


def _list_names(head: str, count: int) -> list[str]:
    """带动百货公司、布疋及服饰品业、资通讯及家电设备业呈两位数成长,分别年增…: the names.

    The list is the last clause before 分别/各 that names more than one thing; what leads it
    (带动) and what follows its last name (呈…成长, 因…) are cut, and the names are split at 、
    first, at 和及与 only when that gives one name per figure.
    """
    if count < 2:  # noqa: PLR2004 - a list is two or more
        return []
    clauses = re.split(r"[，,；;。：:]", head.rstrip("，, "))
    whole = _rx(r"三次产业|城乡居民").search(clauses[-1])
    pair = _PAIRS.get((count, whole.group())) if whole is not None else None
    if pair:
        return list(pair)  # 三次产业…分别为, 城乡居民人均可支配收入分别达到: the parts named
    commas = _comma_names(clauses, count)
    if commas:
        return commas
    clause = next((c for c in reversed(clauses[-2:]) if _rx(r"[、和及与]").search(c)), "")
    if not clause:
        return []
    cause = _rx(r"(?<!基)因|由于|由於|受惠|受益").search(clause)
    if cause is not None and cause.start() >= 2:  # noqa: PLR2004 - a name before the cause
        clause = clause[: cause.start()]  # 超级市场及便利商店因业者展店、…: the cause is no name
    first = clause.find("、")
    leads = list(_LIST_LEAD.finditer(clause, 0, first if first > 0 else len(clause)))
    lead = leads[-1] if leads else None
    if lead is not None:
        clause = clause[lead.end() :]
    # 全区14个省级、39个市级重点项目: the count that opens each name
    clause = _rx(r"(^|、)((?:全[区市县省])?)\d+(?:个|家|项|座|处)").sub(r"\1\2", clause)
    last = max(clause.rfind("、"), 0)
    cut = _rx(r"因|由于|受|呈|实现|完成|的|均|也|都|同比|对").search(clause, last)
    if cut is not None:
        clause = clause[: cut.start()]
    measure = v.MEASURE_RE.search(clause, last)
    if measure is not None and measure.start() > last + 1:
        clause = clause[: measure.start()]  # 一产、二产、三产增加值: the names, not the measure
    if _rx(r"\d").search(clause) or v.MEASURE_RE.search(clause):
        return []  # figures or measures, not names (增加值、产值分别增长…)
    if "业" in clause or "工作" in clause or "组织" in clause:
        # 计算机、通信和其他电子设备制造业: one name of the classification, not three
        clause = v.CLASSIFIED_RE.sub(lambda m: m.group().translate(v.CLASSIFIED_MASK), clause)
    for separators in (r"、", r"以及|[、和及与]"):
        names = [part.strip() for part in re.split(separators, clause) if part.strip()]
        if len(names) == count:
            return [_unmasked(name) for name in names]
    return []


# 第一、二、三产业, 省、市重点项目, 轻、重工业: the short items of a list before the one that
# carries their shared head (an ordinal, a level of government, a kind)
_SHORT_ITEM = re.compile(
    r"((?:全[区市县省州国]|[我本][区市县省])?)(第?)([一二三四五六七八九十]|\d{1,2}|[省市县区乡镇轻重])"
)


def _shared_head(names: list[str]) -> list[str]:
    """第一、二、三产业: each item written short takes the head the last item carries."""
    if len(names) < 2 or len(names[0]) > 5:  # noqa: PLR2004 - a list; a short first item
        return names
    shorts = [_SHORT_ITEM.fullmatch(name) for name in names[:-1]]
    if not all(shorts):
        return names
    core = shorts[-1].group(3) if shorts[-1] else ""
    last = _SHORT_ITEM.match(names[-1])
    if last is None or len(last.group(3)) != len(core) or len(names[-1]) - last.end() < 1:
        return names
    head = names[-1][last.end() :]
    ordinal = "第" if any(short.group(2) for short in shorts if short) else ""
    return [f"{short.group(1)}{ordinal}{short.group(3)}{head}" for short in shorts if short] + [
        f"{last.group(1)}{ordinal or last.group(2)}{last.group(3)}{head}"
    ]


def _period_list(head: str, count: int) -> list[str]:
    """今年6月和7月, 2022年和2023年: a list of periods (figures in it, so no list of names)."""
    if count < 2:  # noqa: PLR2004 - a list is two or more
        return []
    for clause in reversed(re.split(r"[，,；;。：:]", head.rstrip("，, "))[-2:]):
        parts = [part.strip() for part in re.split(r"[、和及与]", _lead_strip(clause))]
        if len(parts) == count and all(part and _starts_with_period(part) for part in parts):
            return parts
    return []


# the parts a whole is always broken into, one per figure of its 分别 list
_PAIRS = {
    (3, "三次产业"): ("第一产业", "第二产业", "第三产业"),
    (2, "城乡居民"): ("城镇居民", "农村居民"),
}


def _comma_names(clauses: list[str], count: int) -> list[str]:
    """电气机械和器材制造业,金属制品业,计算机、通信…制造业,累计产值分别为: names set off by commas.

    Names that hold a 、 of their own are listed with commas: the last ``count`` clauses
    before the measure, when each is a bare name of an industry.
    """
    names = [clause.strip() for clause in clauses]
    if names and v.MEASURE_RE.search(names[-1]) and not names[-1].endswith("业"):
        names = names[:-1]  # 累计产值: the measure the list shares
    names = names[-count:]
    if names:
        names[0] = _rx(r"^.*(?:是|为)").sub("", names[0])  # 最大的三个行业是…: the list's lead
    if len(names) != count or not all(
        _rx(r"[^\d]{2,20}业").fullmatch(name) and not v.MEASURE_RE.search(name) for name in names
    ):
        return []
    return names


def _unmasked(name: str) -> str:
    """A listed name as written, less the 工业 of its measure (制造业工业总产值)."""
    name = name.translate(v.CLASSIFIED_UNMASK)
    return name.removesuffix("工业") if name.endswith("业工业") else name


def _own_word(before: str) -> bool:
    """Whether the clause names its own measure, outside a 分别 list (asked only of a list)."""
    return "分别" not in before and v.MEASURE_RE.search(before) is not None


def _balance_word(plain: str, before: int) -> bool:
    """Whether 出超/入超 starting after ``before`` is the trade balance (8月出超, 累計入超).

    After a period, 累计 or no Chinese word it is; after 支/收/产/投… it is 支出超, 收入超:
    an amount that exceeds.
    """
    char = plain[before] if before >= 0 else ""
    return char in "月年季度计計" or not ("\u4e00" <= char <= "\u9fff")


_JOINERS = ("和", "、", "及", "与")

# -- the head of a statistical noun -------------------------------------------------------
# A Chinese statistical noun puts what it measures last: modifiers stand before the head
# (营业收入利润率 is a rate, 出口退税额 a refund, 存款余额 a balance). The heads an indicator's
# name ends with, and the endings that leave a measure word the head (出口总额 is exports).
_HEAD_WORDS = (
    r"依存度|集中度|满意度|强度|密度|指数|价格|人次|人数|能耗|产能|账款|存货|资产|负债|存款|贷款|"
    r"余额|收益|流入|流出|逆差|顺差|收入|支出|费用|成本|资金|运量|吞吐量|周转量|运输量|货运量|"
    r"客运量|业务量|总量|市值|薪资|薪酬|工资|率|额|量"
)
_HEAD_END = re.compile(r"(?:" + _HEAD_WORDS + r")$")
# what a measure word may carry after it and stay the head: its amount, its value, its index,
# its total, its rate or share (出口总额, 销货价值, 税收收入, 物价指数, 增加值增速, 利润率)
_NEUTRAL_TAIL = re.compile(
    r"(?:总|累计|合计|货|销货|商品)?"
    r"(?:额|金额|总额|总量|总值|货值|价值|值|收入|总收入|支出|指数|规模|数额|额度)?"
    r"(?:增速|增幅|增长率|成长率|年增率|增长速度|增长|增量|占比|比重|贡献率|贡献度|拉动率|"
    r"完成率|率|同比|环比)?"
)
# the words between a measure's noun and its figure that name no measure: verbs, bases, hedges
_TO_FIGURE = re.compile(
    r"(?:\s|为|是|达到|达|完成|实现|共计|共|合计|总计|累计|约|近|超过|超|逾|突破|分别|均|则|亦|也|"
    r"已|了|同比|环比|比上年同期|较上年同期|比去年同期|较去年同期|比上年末|较上年末|比年初|较年初|"
    r"比上年|较上年|比去年|较去年|比上月|较上月|按年|按月|按季|年增|年减|月增|月减|"
    r"增长|增加|下降|减少|上升|提高|提升|回落|回升|降低|扩大|收窄|成长|上涨|下跌|增|降|升|涨|跌)*"
)
# where a noun's modifiers stop, going left from its head: a verb, a holder, a place, a time
_NOUN_START = re.compile(
    r".*(?:全[区市县省国州]|全社会|我[区市县省国]|本[区市县港]|年末|年底|全年|上半年|当年|今年|去年|"
    r"企业|工业|规上|规模以上|限额以上|机构|部门|公司|居民|"
    r"制造业|服务业|批发业|零售业|餐饮业|住宿业|建筑业|房地产业|农业|行业|产业|实现|完成|接待|新增|累计|其中|的|中|在|和|、|及|与|为|达|共|有|(?<=[\d〇零一二三四五六七八九十])[年月日]|月份|季度|"
    # a mark or a figure, but not the letters and digits of a word (R&D, 5G, GDP)
    r"[^\u4e00-\u9fffA-Za-z&\d]|\d(?![A-Za-z\d]))"
)
# a rate of change or a share names no measure of its own: the measure is the clause's before
_RATE_OF_CHANGE = re.compile(
    r"(?:增长率|成长率|年增率|贡献率|拉动率|完成率|占比|比重|增速|增幅|降幅|涨幅|跌幅|预测值|平均值|"
    # the rates of use of what the clause before counted: 开工率 of the projects, 入驻率 of a park
    r"开工率|复工率|达产率|入驻率|出租率|履约率|到位率|签约率)$"
)
# an amount or a total alone names no measure: the measure is the one the text gave before it
_BARE_AMOUNT = re.compile(
    r"(?:总|年|月|当月|全年)?(?:额|金额|总额|总量|总值|数额|规模|收入|总收入)"
)
_NOT_HEAD = re.compile(r"(?:份额|限额|质量|数量|能量|力量|含量|大量|少量|数值|年度|季度)$")


def _noun_before(text: str, end: int) -> str:
    """The noun that ends at ``end``: back from its head to where its modifiers stop.

    Empty when nothing stops them within a noun's length: no guess at where it starts.
    """
    start = max(0, end - 16)
    stop = _NOUN_START.match(text, start, end)
    if stop is None:
        return text[start:end] if start == 0 and end <= 10 else ""  # noqa: PLR2004
    return text[stop.end() : end] if end - stop.end() <= 10 else ""  # noqa: PLR2004


def _headed(before: str, word: re.Match[str]) -> str | None:
    """营业收入利润率, 出口退税额: a measure word that is not the head of its noun.

    What follows the word up to the figure's verb is its noun's tail; when the tail ends in
    a head of its own (率, 额, 强度 …) and is more than an amount or a rate of change of the
    word's measure, the noun measures something else, kept as ``other:`` with its words.
    """
    rest = before[word.end() :]
    if _TO_FIGURE.fullmatch(rest):
        return None  # the word ends its noun
    tail = ""
    for cut in range(1, min(len(rest), 10) + 1):
        if not "\u4e00" <= rest[cut - 1] <= "\u9fff":
            return None  # the noun ends before the figure's verb: not the figure's
        if _TO_FIGURE.fullmatch(rest, cut):
            tail = rest[:cut]
            break
    if (
        not tail
        or _NEUTRAL_TAIL.fullmatch(tail)
        or not _HEAD_END.search(tail)
        or _rx(r"的|对|占|中|与|和|及|平均|年均").search(tail)
    ):
        return None
    if _NOT_HEAD.search(tail):
        return None
    noun = _noun_before(before, word.start()) + before[word.start() : word.end()] + tail
    return f"other:{noun}"


def _own_noun(before: str, *, amount: bool = False) -> str | None:
    """存款余额增长10.2%, 旅游总收入156.3亿元: a clause's indicator outside the table.

    The noun right before the figure (with only verbs and bases between) ends in an
    indicator's head: it is the figure's measure, not the measure of an earlier figure. For an
    amount (``amount``), the object of 实现 or 完成 is its measure whatever its head
    (实现利税45亿元).
    """
    end = len(before)
    rest = _rx(r"(?:" + _TO_FIGURE.pattern + r")$").search(before)
    if rest is not None:
        end = rest.start()
    noun = _noun_before(before, end)
    # 完成年任务的78%: a target is what the measure is held against, not a measure
    achieved = (
        amount
        and before.endswith(("实现", "完成"), 0, end - len(noun))
        and not _rx(r"(?:任务|计划|目标|进度)$").search(noun)
    )
    if not achieved and (
        _HEAD_END.search(before, 0, end) is None or _NOT_HEAD.search(before, 0, end)
    ):
        return None
    if (
        len(noun) < 2  # noqa: PLR2004 - a word, not a character
        or any(not noun.endswith("非", 0, word.start()) for word in v.MEASURE_RE.finditer(noun))
        or _RATE_OF_CHANGE.search(noun)
        or _BARE_AMOUNT.fullmatch(noun)
    ):
        return None
    return f"other:{noun}"


# 增长面: the share of the products, industries or firms that grew, counted by what they are
_GROWING = {"产品": "other:产品数", "行业": "other:行业数", "企业": "enterprise_count"}


def _joined_measure(before: str) -> str | None:
    """网上销售的价值为24亿元: a measure's noun and its amount joined by 的.

    销售的价值 is 销售价值; the table word the two make, when they make one.
    """
    joined = _rx(r"([\u4e00-\u9fff]{1,4})的(价值|金额|总额|总值|数额|数量)").search(before)
    if joined is None:
        return None
    noun, amount = joined.groups()
    for size in (4, 3, 2):
        word = noun[-size:] + amount
        if len(noun) >= size and word in v.MEASURE_OF:
            return v.MEASURE_OF[word]
    return None


# 、家电超: a later item of a list, its name and a hedge between the figures
_LATER_ITEM = re.compile(
    r"\s*[、和及与]\s*[\u4e00-\u9fff]{1,6}?(?:超过|超|达到|达|约|近|逾|为|共)?\s*"
)
# the units goods are counted in: 40万辆 of cars and 450万台 of appliances count alike
_GOODS_UNITS = frozenset(
    {"台", "辆", "件", "套", "部", "只", "头", "吨", "万吨", "万辆", "万台", "万件"}
)


def _same_kind(first: str, second: str) -> bool:
    """Whether two figures' units measure alike (money and money, rates, goods counted)."""
    if _rate_or_class(first) == _rate_or_class(second):
        return True
    return first in _GOODS_UNITS and second in _GOODS_UNITS


# the heads of a holder's name: a measure word before them names the holder's business
_HOLDER_HEADS = ("企业", "公司", "集团", "平台", "机构", "基金", "银行")
# a sector of the national accounts, named where a clause says it grows with no measure
_SECTOR_GROWS = re.compile(
    r"(?:规上工业|规模以上工业|规模工业|工业|制造业|服务业|建筑业|农业|采矿业|第[一二三]产业|"
    r"[一二三]产)[^，,；;。]{0,8}(?:增长|增速|增幅|下降|回落|提高|回升)"
)
# exports and imports said alike by one figure (均, 都): the trade of both ways
_BOTH_WAYS = re.compile(
    r"(?:出口|输出)[^，,；;。、和及与]{0,3}(?:和|与|及|、)(?:进口|输入)[^，,；;。均都]{0,3}(?:均|都)|"
    r"(?:进口|输入)[^，,；;。、和及与]{0,3}(?:和|与|及|、)(?:出口|输出)[^，,；;。均都]{0,3}(?:均|都)"
)


def _measure_run(text: str, count: int) -> list[str]:
    """整体出口和进口货值均录得按年升幅: the measures a clause lists, one per figure to come.

    The last clause of ``text``, up to what it says of its items (均, 都, 录得), split at
    、和及与 into ``count`` items that each hold a measure word.
    """
    clause = re.split(r"[，,；;：:]", text.rstrip("，, "))[-1]
    said = _rx(r"均|都|也|录得|实现|呈").search(clause)
    if said is not None:
        clause = clause[: said.start()]
    items = [item for item in re.split(r"以及|[、和及与]", clause) if item]
    if len(items) != count or not all(v.MEASURE_RE.search(item) for item in items):
        return []
    return _listed_measures(items)


# the words before 投资 that make it an act or a project's amount, not a kind of investment
_NOT_A_KIND = re.compile(
    r"(?:完成|实现|计划|累计|总|签约|协议|新增|拉动|带动|吸引|到位|引进|追加|预计|年度|全年|当年|"
    r"共计|合计|共|已|将|拟|需|的|和|及|与|外商|对外|招商|项目|亿元|万元)$"
)


def _bare_noun(before: str) -> str | None:
    """协议引资315.93亿元: a clause that is only a noun and its figure names the measure.

    Asked of an amount after a count, whose measure the amount cannot take: the noun is
    other:<noun> unless it names a holder, a place or only an amount.
    """
    end = len(before)
    rest = _rx(r"(?:" + _TO_FIGURE.pattern + r")$").search(before)
    if rest is not None:
        end = rest.start()
    noun = _lead_strip(before[:end]).strip()
    if (
        not _rx(r"[\u4e00-\u9fff]{2,6}").fullmatch(noun)
        or _HOLDER_END.search(noun)
        or _BARE_AMOUNT.fullmatch(noun)
        or _RATE_OF_CHANGE.search(noun)
        or _rx(r"总投资|投资|[年月季]").search(noun)
    ):
        return None
    return f"other:{noun}"


# 在要素收益总流入中, 出口总额中: the whole a sentence breaks down, named before its parts
_FRAME = re.compile(r"(?:^|[，,。；;\n])\s*(?:在|从)?([^，,。；;\n]{2,16}?)(?:之)?中\s*[，,]")


def _framed(plain: str, clause_start: int, measure: str) -> str:
    """在要素收益总流入中,直接投资收益流入升21.8%: a part is measured as its whole.

    A noun outside the table with the head of the whole its sentence opens with (流入 of
    总流入) names a part of that whole; SCHEMA measures the parts of a breakdown as the whole.
    """
    noun = measure.removeprefix("other:")
    sentence_start = _sentence_bounds(plain, clause_start)[0]
    frames = list(_FRAME.finditer(plain, max(sentence_start - 1, 0), clause_start))
    if not frames or noun == measure:
        return measure
    whole = frames[-1].group(1)
    words = list(v.MEASURE_RE.finditer(whole))
    framed = (_headed(whole, words[-1]) or v.MEASURE_OF[words[-1].group()]) if words else None
    framed = framed or _own_noun(whole)
    if framed is None or framed == measure:
        return measure
    head = framed.removeprefix("other:")
    if head == framed:
        return measure
    # the amount words say how the whole is summed, not what it is: 存款总额 is of 存款
    core = _rx(r"(?:总额|总量|总值|余额|金额|额)$")
    if core.sub("", noun)[-2:] == core.sub("", head)[-2:]:
        return framed
    return measure


# a name that holds, not measures: a sector, a place, a group of firms
_HOLDER_END = re.compile(r"(?:业|区|市|县|省|州|镇|园|港|企业|公司|集团|居民|城镇|农村|产品|项目)$")


def _listed_measures(names: list[str]) -> list[str]:
    """产值、利税分别增长8%和10%; 存款余额、贷款余额分别为…: each item its own measure.

    A list whose items are measures gives each figure its item's: the table's word as the
    head of its noun, else the item as other:<item>. Empty when the items are not all
    measures (装备制造业、高技术制造业分别增长 lists holders) or none is in the table or
    ends in an indicator's head.
    """
    measures: list[str] = []
    named = False
    shared = _shared_measure_head(names)
    for index, name in enumerate(names):
        if shared and index < len(names) - 1 and _ends_in_word(name):
            name = name + shared  # noqa: PLW2901 - 进口、出口货量: each item with the head
        words = [w for w in v.MEASURE_RE.finditer(name) if not name.endswith("非", 0, w.start())]
        if words:
            measures.append(_headed(name, words[-1]) or v.MEASURE_OF[words[-1].group()])
            named = True
            continue
        own = _own_noun(name)
        if own is not None:
            measures.append(own)
            named = True
            continue
        if (
            not 2 <= len(name) <= 4  # noqa: PLR2004 - a word
            or _HOLDER_END.search(name)
            or _rx(r"[年月季]").search(name)  # 一季度、二季度: periods, not measures
        ):
            return []
        measures.append(f"other:{name}")
    return measures if named else []


def _ends_in_word(name: str) -> bool:
    """Whether a table word ends ``name`` (全年进口: yes; 进口货量: no)."""
    words = list(v.MEASURE_RE.finditer(name))
    return bool(words) and words[-1].end() == len(name)


def _shared_measure_head(names: list[str]) -> str:
    """进口、出口货量: the head the last item carries past its table word, shared by the list.

    Empty unless the earlier items are bare table words and the last is a table word with a
    head of its own after it.
    """
    last = names[-1] if names else ""
    words = list(v.MEASURE_RE.finditer(last))
    if len(names) < 2 or not words or not all(map(_ends_in_word, names[:-1])):  # noqa: PLR2004
        return ""
    tail = last[words[-1].end() :]
    if tail:
        return tail if _headed(last, words[-1]) is not None else ""
    word = words[-1].group()  # 出口货量: a table word of its own, 出口 and its head
    return next(
        (word[size:] for size in range(len(word) - 1, 1, -1) if word[:size] in v.MEASURE_OF),
        "",
    )


_OWN_AFTER = re.compile(r"的(" + v.MEASURE_RE.pattern + ")")
_LISTED_GAP = re.compile(r"分别(?:比|较|高于|低于|快于|慢于)")
_GAP_FIGURE = re.compile(r"[高低快慢]于?\s*(?=\d)|\d")


def _listed_comparator(before: str) -> str | None:
    """增速分别比同期工业、高技术制造业高9.2个和高1.5个百分点: each gap its own comparator."""
    listed = _LISTED_GAP.search(before)
    if listed is None:
        return None
    first = _GAP_FIGURE.search(before, listed.end())
    if first is None:
        return None
    names = [
        _rx(r"^(?:同期|同时期)").sub("", name.strip())
        for name in _rx(r"[、和及与]").split(before[listed.end() : first.start()])
    ]
    names = [name for name in names if name]
    index = len(_rx(r"\d+(?:\.\d+)?").findall(before, first.start()))
    if len(names) < 2 or index >= len(names):  # noqa: PLR2004 - a list is two or more
        return None
    return names[index]


class _Measures(_Periods):
    """Role, sign, measure, scope, basis and the whole or level a rate refers to."""

    # role and sign
    def _role(self, item: _Found, clause_start: int) -> str:
        unit = item.figure.unit
        plain = self.context.plain
        if item.role == "share" and unit == "":
            return "share"
        if unit == "percentage_point":
            return "change_pp"
        if unit != "percent":
            return "value"
        before = plain[clause_start : item.start]
        after = plain[item.end : item.end + 6]
        share = [m.end() for m in v.SHARE_RE.finditer(before)]
        # 比重提升至17.3%: a level reached, not a change
        growth = [
            m.end()
            for m in v.GROWTH_RE.finditer(before)
            if not (share and before.startswith(("至", "到"), m.end()))
        ]
        if _rx(r"^(?:来自|的(?:营业收入|产值|入库税金|数量|战略性|研发))").match(after):
            return "share"
        if _rx(r"(?:预测|预估|预期)的?$").search(before):
            return "growth"  # 较8月预测的2.91%: a forecast rate, of the growth it forecasts
        if before.endswith("的") and _rx(r"占|佔|完成|任务").search(before):
            return "share"
        if share and (not growth or max(share) >= max(growth)):
            return "share"
        if growth:
            return "growth"
        if item.role in {"share", "growth"}:
            return item.role
        if _rx(r"增长|增速|成长").search(before):
            return "growth"
        return "share" if _rx(r"达|为").search(before[-2:]) else "growth"

    def _sign(self, item: _Found, role: str, clause_start: int) -> Figure:
        figure = item.figure
        if role not in {"growth", "change_pp"}:
            return figure
        plain = self.context.plain
        before = _rx(r"增速|增幅|增长面").sub("", plain[clause_start : item.start])
        # the verb nearest before the figure decides
        negative = [m.end() for m in v.NEGATIVE_RE.finditer(before)]
        positive = [m.end() for m in v.POSITIVE_RE.finditer(before)]
        is_negative = bool(negative) and (not positive or max(negative) >= max(positive))
        negative_now = figure.magnitude < 0
        if is_negative and not negative_now:
            return _negate(figure)
        written_sign = _rx(r"\s*[-−－负]").match(plain, item.start) is not None
        if not is_negative and negative_now and positive and not written_sign:
            return _negate(figure)  # 增长-8.7%: a sign written in the figure stays
        return figure

    def _listed(self, item: _Found, sentence_start: int) -> tuple[int, list[str]] | None:
        """The figure's place in a list (A、B和C … 分别为 x、y和z), and the list's items."""
        plain = self.context.plain
        # figures of the same run: those joined by 、和及与 up to this one
        run_start = item.start
        while True:
            head = plain[max(sentence_start, run_start - 30) : run_start]
            if not head.rstrip().endswith(_JOINERS):
                break  # the pattern below ends in a joiner: most figures stand alone
            match = _rx(
                r"(?:[-−－]?\d[\d.,]*\s*(?:%|％|个百分点|亿元|万元|亿|万|元|家|个)?\s*(?:和|、|及|与)\s*[-−－]?)$"
            ).search(
                head,
            )
            if not match:
                break
            run_start = run_start - (len(head) - match.start())
        index = plain[run_start : item.start].count("、") + len(
            _rx(r"和|及|与").findall(plain[run_start : item.start])
        )
        rest = plain[item.end : _clause_end(plain, item.end)]
        following = len(_rx(r"(?:和|、|及|与)\s*[-−－]?[\d.]+").findall(rest))
        self.run = (run_start, index)
        self.run_length = index + 1 + following
        if item.ratio_index is not None:
            index = item.ratio_index
        before = plain[sentence_start:run_start]
        keys = (
            list(
                _rx(
                    r"分别(?:为|是|增长|成长|下降|达|占|高于|低于|提升|比)?|结构(?:比)?为|占比为|"
                    r"结构由上年的|为[:：]|依次(?:为|是)?|各(?=年增|年减|增长|成长|下降|增加|减少|为|达)"
                ).finditer(
                    before,
                )
            )
            # what every key writes: str scans answer for most sentences
            if "分别" in before
            or "结构" in before
            or "占比为" in before
            or "为:" in before
            or "为：" in before
            or "依次" in before
            or "各" in before
            else []
        )
        key = keys[-1] if keys else None
        if key is None and item.ratio_index is None:
            return None
        stop = key.start() if key else len(before)
        head = before[:stop]
        names = _shared_head(_list_names(head, self.run_length))
        if names:
            return index, names
        # the list of names just before 分别: a run of items joined by 、和及与
        tail = _rx(
            r"([^，,；;。：:]*?(?:[、和及与][^，,；;。：:、和及与]+)+)[^，,；;。、]*$"
        ).search(head)
        if tail is None and _rx(r"[均都][^，,；;。]{0,12}[，,]\s*$").search(head):
            # 出口额和进口额均实现增长,分别增长…: the list before a predicate they share
            tail = _rx(
                r"([^，,；;。：:]*?(?:[、和及与][^，,；;。：:、和及与]+)+)[^，,；;。、]*[，,]\s*$"
            ).search(head)
        if tail is None:
            periods = _period_list(head, self.run_length) if item.ratio_index is None else []
            if periods:
                return index, periods  # 今年6月和7月,…分别增长: each month its figure
            return (index, []) if item.ratio_index is not None else None
        items = re.split(r"[、和及与]", tail.group(1))
        return index, _shared_head([part.strip() for part in items if part.strip()])

    def _parallel(self, item: _Found, sentence_start: int) -> Draft | None:
        """增长11.7%和2.3%,增幅分别高于全省7.6和2.7个百分点: the same place in the run before."""
        if self.parallel_of[0] == item.start:
            return self.parallel_of[1]
        found = self._find_parallel(item, sentence_start)
        self.parallel_of = (item.start, found)
        return found

    def _find_parallel(self, item: _Found, sentence_start: int) -> Draft | None:
        run_start, index = self.run
        if "分别" not in self.context.plain[sentence_start : item.start]:
            return None
        earlier = [entry for entry in self.runs.get(sentence_start, []) if entry[0] != run_start]
        if not earlier:
            return None
        last_run = earlier[-1][0]
        members = [entry[2] for entry in earlier if entry[0] == last_run]
        if len(members) < 2:  # noqa: PLR2004 - a run is two or more
            # 装备制造业增长12.1%,高技术制造业增长15.3%,分别拉动…3.2和1.1个百分点: the last
            # figures of the sentence, one for each of the run
            members = [entry[2] for entry in earlier][-self.run_length :]
            if self.run_length < 2 or len(members) < self.run_length:  # noqa: PLR2004
                return None
        if index >= len(members):
            return None
        return members[index]

    def _levels_run(self, sentence_start: int) -> bool:
        """Whether the figures a 分别 list of rates pairs with are levels of distinct measures."""
        run_start = self.run[0]
        earlier = [
            entry[2] for entry in self.runs.get(sentence_start, []) if entry[0] != run_start
        ][-self.run_length :]
        return (
            len(earlier) == self.run_length
            and all(draft.role == "value" for draft in earlier)
            and len({draft.measure for draft in earlier}) == len(earlier)
        )

    def _periods_run(self, sentence_start: int) -> bool:
        """Whether the run before in the sentence is as long as this one, each of its own period."""
        run_start = self.run[0]
        earlier = [entry for entry in self.runs.get(sentence_start, []) if entry[0] != run_start]
        if not earlier:
            return False
        members = [entry[2] for entry in earlier if entry[0] == earlier[-1][0]]
        return len(members) == self.run_length and len({d.period for d in members}) == len(members)

    def _measure(  # noqa: PLR0913, PLR0915, PLR0917 - one figure's context, cues in order
        self,
        item: _Found,
        role: str,
        clause_start: int,
        sentence_start: int,
        previous: Draft | None,
        listed: tuple[int, list[str]] | None,
    ) -> str | None:
        plain = self.context.plain
        unit = item.figure.unit
        before = plain[clause_start : item.start]
        if previous is not None and previous.measure == "duration":
            previous = None  # 连续8个月正成长: a streak lends no measure to what follows
        balance = plain[max(0, item.start - 1) : item.start + 1]
        if balance in {"出超", "入超"} and _balance_word(plain, item.start - 2):
            # 8月出超168.3亿美元: the extractor takes 超 for "more than"; it ends the word
            return v.MEASURE_OF[balance]
        if "随着" in before:
            # 整体投资开支随着经济增长而上升6.0%: the circumstance's measure is not the figure's
            before = _CIRCUMSTANCE.sub("", before)
        after = plain[item.end : item.end + 8]
        # 甲、乙分别增长6.5%和7%，社零达4.64万亿元: a clause that names its own measure is
        # past the list
        if listed is not None and listed[1] and not _own_word(before):
            index, names = listed
            measures = _listed_measures(names)
            if index < len(measures):
                return measures[index]
        if "分别" not in before and _BOTH_WAYS.search(before):
            return "trade"  # 出口和进口货值均按年上升13%: one rate said of both ways of trade
        if "分别" in before and self.run_length >= 2 and not _own_word(before):  # noqa: PLR2004
            # 出口和进口货值均录得升幅,分别上升14.5%和11.5%: the measures the clause before lists
            measures = _measure_run(plain[sentence_start:clause_start], self.run_length)
            if self.run[1] < len(measures):
                return measures[self.run[1]]
        parallel = self._parallel(item, sentence_start)
        if (
            parallel is not None
            and not v.MEASURE_RE.search(before)
            and (
                _rate_or_class(parallel.figure.unit) == _rate_or_class(unit)
                # 营业收入320亿元,利润总额18.5亿元,分别增长6.5%和3.2%: each rate the growth of
                # the level at its place in the run before
                or (role == "growth" and self._levels_run(sentence_start))
            )
        ):
            return parallel.measure
        if unit == "percent" and _rx(r"增长面(?:为|达到|达|是)?\s*$").search(before):
            # 40种产品中33种产量增长,增长面82.5%: the share of the things counted
            things = _rx(r"\d+\s*(?:个|种|家|类)[^，,；;。\d]{0,8}?(产品|行业|企业)").findall(
                plain, sentence_start, item.start
            )
            if things:
                return _GROWING[things[-1]]
        follow = _FOLLOWING_MEASURE.match(plain, item.end, item.end + 16)
        if follow and unit in {"percent", ""}:
            if follow.group(2) == "数量":
                return "enterprise_count" if "企业" in before else "other:数量"
            return v.MEASURE_OF[follow.group(2)]
        own_after = _OWN_AFTER.match(plain, item.end) if plain.startswith("的", item.end) else None
        if own_after is not None and role == "value" and unit not in _COUNT_UNITS:
            return v.MEASURE_OF[own_after.group(1)]  # 在4兆2,664亿元的营业总额中: the level's own
        right_after = v.MEASURE_RE.match(plain, item.end)
        if right_after is not None and role == "value" and unit not in _COUNT_UNITS:
            return v.MEASURE_OF[right_after.group()]
        if (
            previous is not None
            and role == "value"
            and previous.figure.unit == unit
            and _rx(r"(?:比|较)[^，,；;。]*(?:增加|减少|净增|多|少)了?$").search(before)
        ):
            # 比去年同期增加了72个: the change of the level just given
            return previous.measure
        last = self.last_end.get(sentence_start)
        if (
            previous is not None
            and last is not None
            and _LATER_ITEM.fullmatch(plain, last, item.start)
            and not v.MEASURE_RE.search(plain, last, item.start)
            and _same_kind(previous.figure.unit, unit)
        ):
            # 汽车以旧换新超40万辆、家电超450万台: a later item of a list measured once
            return previous.measure
        if unit in _COUNT_UNITS and not v.MEASURE_RE.search(before):
            # 货柜吞吐量为120万个标准箱: the noun names what is counted, not the unit
            own = _own_noun(before)
            if own is not None:
                return own
        count = self._count_measure(item, unit, before, after)
        if count is not None:
            return count
        # 外商及港澳台商投资企业增长3.4%, 国有投资平台: a kind of holder, not a measure;
        # 非税收入 is what is not tax
        words = [
            w
            for w in v.MEASURE_RE.finditer(before)
            if not before.startswith(_HOLDER_HEADS, w.end())
            and not before.endswith("非", 0, w.start())
        ]
        last_figure = _LAST_DIGIT.match(before)  # the last digit of the clause
        if words and last_figure is not None and words[-1].start() < last_figure.end() - 1:
            # the clause's measure word belongs to an earlier figure (投资22亿元打造40万平方米的…)
            physical = self._unit_measure(unit)
            if physical is not None and role == "value":
                return physical
        strong = [word for word in words if word.group() not in v.WEAK_MEASURES]
        if words and not strong:
            # 在「当年固定资产增购金额」方面,…投入2,684亿元: the measure the sentence names
            earlier = [
                word
                for word in v.MEASURE_RE.finditer(plain, sentence_start, clause_start)
                if word.group() not in v.WEAK_MEASURES
                and _rx(r"[^，,；;。]{0,6}?(?:[」”]|方面)").match(plain, word.end())
            ]
            if earlier:
                return v.MEASURE_OF[earlier[-1].group()]
        if (
            words
            and not strong
            and words[-1].group() == "投资"
            and "其中" in plain[sentence_start : item.start]
        ):
            # 固定资产投资增长5.3%。其中,高新技术产业投资增长42.7%: the parts of a breakdown are
            # measured as the whole the paragraph gave before it
            whole = [
                word
                for word in v.MEASURE_RE.finditer(
                    plain, _paragraph_start(plain, sentence_start), sentence_start
                )
                if word.group() not in v.WEAK_MEASURES
            ]
            if whole and v.MEASURE_OF[whole[-1].group()] == "fixed_asset_investment":
                return "fixed_asset_investment"
        words = strong or words
        if (role == "share" or (role == "change_pp" and _rx(r"比重|占比").search(before))) and _rx(
            _SHARE_OF
        ).search(before):
            # 第一产业占地区生产总值的比重上升3.82个百分点: a share's change is the part's too
            # 战略性新兴产业产值占规模以上工业产值比重达40.3%: the part's measure
            share_at = _rx(_SHARE_OF).search(before)
            part = [word for word in words if share_at and word.start() < share_at.start()]
            if part:
                return v.MEASURE_OF[part[0].group()]
            own = _own_noun(before[: share_at.start()]) if share_at else None
            if own is not None:
                return own  # 民生支出占一般公共预算支出的80.5%: the part's own measure
            whole = [word for word in words if share_at and word.start() > share_at.start()]
            if previous is not None and (not whole or previous.figure.unit not in _COUNT_UNITS):
                return previous.measure
            if whole:
                # 另4项科技产业,则仅占总营业额的9%: a part with no measure of its own is
                # measured as its whole, not as the count that names it
                return v.MEASURE_OF[whole[0].group()]
            earlier = list(v.MEASURE_RE.finditer(plain, sentence_start, clause_start))
            if earlier:
                return v.MEASURE_OF[earlier[-1].group()]
        if role == "share" and unit == "" and item.ratio_index is not None:
            return "value_added"
        physical = self._unit_measure(unit)
        if physical is not None and role == "value" and not words:
            return _own_noun(before) or physical
        if words:
            word = words[-1].group()
            if word == "销售额" and (
                not _rx(r"批发|零售|限额").search(plain[sentence_start : item.start])
                or _rx(r"零售业营业额").search(
                    plain, _paragraph_start(plain, item.start), _line_end(plain, item.end)
                )
            ):
                # retail sales counted as 零售业营业额 (Taiwan's releases): turnover
                return "revenue"
            opening = _paragraph_start(plain, item.start)
            if (
                word == "投资"
                and (
                    _rx(r"(?:[业施置]|建设项目)(?:完成|实现)?$").search(
                        before, 0, words[-1].start()
                    )
                    # 民间投资, 国有投资, 民生投资: a kind of investment, not a verb's object
                    or (
                        _rx(r"[\u4e00-\u9fff]{2}$").search(before, 0, words[-1].start())
                        and not _NOT_A_KIND.search(before, 0, words[-1].start())
                        and "项目" not in before
                    )
                )
                and _rx(r"固定资产投资|工业投资|技改投资").search(
                    # the paragraph, or the one before that it breaks down (分行业看)
                    plain,
                    _paragraph_start(plain, max(0, opening - 2)),
                    item.start,
                )
            ):
                # 全省固定资产投资增长3.4%。…高技术产业投资增长6.7%: a part of that investment
                return "fixed_asset_investment"
            headed = _headed(before, words[-1])
            return v.MEASURE_OF[word] if headed is None else _framed(plain, clause_start, headed)
        joined = _joined_measure(before)
        if joined is not None:
            return joined
        own = _own_noun(before, amount=role == "value" and _unit_class(unit) == "money")
        if own is not None:
            return _framed(plain, clause_start, own)
        # the sentence's earlier clauses
        if previous is not None and (
            role != "value" or _unit_class(previous.figure.unit) == _unit_class(unit)
        ):
            return previous.measure
        if (
            previous is not None
            and role == "value"
            and _unit_class(unit) == "money"
            and previous.figure.unit in _COUNT_UNITS
        ):
            bare = _bare_noun(before)
            if bare is not None:
                return bare  # 引进项目166个,协议引资315.93亿元: an amount is no count of projects
        sentence = plain[sentence_start : item.start]
        words = list(v.MEASURE_RE.finditer(sentence))
        if words:
            return v.MEASURE_OF[words[-1].group()]
        if previous is not None:
            return previous.measure
        if unit in {"percent", "percentage_point"}:
            # a growth in a sentence with no measure: the paragraph's last
            paragraph = plain[_paragraph_start(plain, item.start) : item.start]
            words = list(v.MEASURE_RE.finditer(paragraph))
            if words:
                return v.MEASURE_OF[words[-1].group()]
            if role in {"growth", "change_pp"} and _SECTOR_GROWS.search(before):
                # 规上工业增长8.5%, 服务业增长5.2%: a sector grows by its value added
                return "value_added"
            # 光电产业去年的成长幅度最大…28.14%: the measure the text last named
            words = list(v.MEASURE_RE.finditer(plain, 0, item.start))
            if words:
                return v.MEASURE_OF[words[-1].group()]
            # 外销订单…; 海外生产比52.1%: the measure last read, named outside the table
            return self.measure_now if self.measure_now.startswith("other:") else None
        if role == "value" and "其中" in plain[sentence_start : item.start]:
            # 其中新竹4,923亿元: a part of the total the text last named
            words = list(v.MEASURE_RE.finditer(plain, 0, sentence_start))
            if words:
                return v.MEASURE_OF[words[-1].group()]
        return self._unit_measure(unit) or _named_measure(before)

    def _count_measure(self, item: _Found, unit: str, before: str, after: str) -> str | None:
        plain_after = self.context.plain[
            item.end : min(item.end + 12, _clause_end(self.context.plain, item.end))
        ]
        del after
        noun = before[-12:] + plain_after[:12]
        if unit == "家" and _rx(r"^[^，,；;。]{0,4}(?:经开区|开发区|高新区|园区|产业园)").search(
            plain_after
        ):
            return "facility_count"  # 229家国家级经开区: parks counted, not firms
        if unit in {"家", "户", "间", "戶"}:
            if _rx(r"市场主体").search(before):
                return "enterprise_count"
            return "enterprise_count"
        if unit in {"个", "项"}:
            if _rx(r"^[^，,；;。]{0,3}企业").search(plain_after):
                return "enterprise_count"
            if _rx(r"行业").search(noun):
                return "other:行业数"
            if self.context.plain[item.end - 1 : item.end] == "种":
                return "other:产品数"  # 40种主要工业产品中,33种…: kinds of products
            if _rx(r"项目|工程").search(noun):
                return "project_count"
            if _rx(r"就业").search(noun):
                return "employment"
            if _rx(r"新药|品种").search(noun):
                return "other:新药品种"
            if _rx(r"^[^，,；;。]{0,8}(?:中心|平台|基地|园区|站)").search(plain_after):
                return "facility_count"
            # 企业数达到1280个; 在建项目中,江油市56个: the noun the clause, else the sentence,
            # counts
            counted = _COUNTED_NOUN.findall(before)
            if not counted:
                sentence_start = _sentence_bounds(self.context.plain, item.start)[0]
                counted = _COUNTED_NOUN.findall(self.context.plain, sentence_start, item.start)
            if counted:
                return _COUNTED_MEASURE[counted[-1]]
            if unit == "项":
                return "project_count"  # 新建48项,续建28项: 项 counts projects
            return "facility_count"
        if unit in {"栋", "架", "处", "座", "台", "条"}:
            return "facility_count"
        if unit == "人":
            # 逾15.5万人失业: the people counted by what they do, named after them
            doing = [
                v.MEASURE_OF[plain_after[:size] + "人数"]
                for size in (4, 3, 2)
                if plain_after[:size] + "人数" in v.MEASURE_OF
            ]
            if doing and not v.MEASURE_RE.search(before):
                return doing[0]
            named = [v.MEASURE_OF[word.group()] for word in v.MEASURE_RE.finditer(before)]
            if named and (named[-1].startswith("other:") or named[-1] == "population"):
                return named[-1]  # 劳动人口为385万人: the people the clause's word counts
            # 常住人口由上年729万人增加到732万人: people counted as a population
            return "population" if "人口" in before else "employment"
        if unit in {"PFLOPS", "EFLOPS", "TFLOPS"}:
            return "computing_power"
        if unit in {"个月", "month", "年", "year", "a"} or item.figure.unit.endswith("月"):
            return "duration"
        return None

    @staticmethod
    def _unit_measure(unit: str) -> str | None:
        if unit in {"亩", "平方米", "万平方米", "公顷", "平方公里", "km²", "m²", "hectare", "mu"}:
            return "area"
        if unit in {"吨", "万吨", "千米", "万千伏安", "辆", "万辆", "件", "万件"}:
            return "production_volume"
        if unit in {"km", "公里"}:
            return "other:道路长度"
        return None

    def _scope(self, item: _Found, sentence_start: int, paragraph: int, measure: str) -> str:
        plain = self.context.plain
        sentence = plain[sentence_start : item.end + 2]
        if v.SCOPE_RE.search(sentence):
            self.scope_para[paragraph] = self.scope_recent = True
            if measure in _OUTSIDE_SCOPE and not v.SCOPE_RE.search(
                plain, _clause_start(plain, item.start), item.end + 2
            ):
                return "unspecified"  # 规上工业…;完成固定资产投资39.5亿元: another statistic
            return "above_designated_size"
        lead = plain[sentence_start : sentence_start + 24]
        if (self.scope_para.get(paragraph) or self.scope_recent) and _BREAKDOWN.match(lead):
            return "above_designated_size"
        self.scope_recent = False
        if v.SCOPE_ALL_RE.search(sentence):
            return "all"
        return "unspecified"

    def _basis(self, item: _Found, role: str, sentence_start: int) -> str | None:
        if role not in {"growth", "change_pp"}:
            return None
        plain = self.context.plain
        before = plain[_semicolon_start(plain, item.start) : item.end]
        sentence = plain[sentence_start : item.end]
        clause_start = _clause_start(plain, item.start)
        clause = plain[clause_start : item.start]
        if _rx(r"两年平均|年均|平均增长|平均增速").search(clause):
            return None  # a two-year or multi-year average compares with no one period
        if role == "change_pp" and _rx(r"预测|预估").search(
            plain, _clause_start(plain, max(clause_start - 1, 0)), item.start
        ):
            return None  # 较8月预测数1.89%,增加1.22个百分点: a revision against a forecast
        moms = list(v.MOM_RE.finditer(before))
        if moms:
            yoys = list(v.YOY_RE.finditer(before))
            # 上月按年跌3.1%,经季节性调整后按月上升1.6%: the nearer basis word is the figure's
            if not yoys or yoys[-1].start() < moms[-1].start():
                return "mom"
        if not v.YOY_RE.search(clause) and any(
            mark.comparator and clause_start <= mark.start
            for mark in self.context.periods[
                bisect.bisect_left(self.context.period_ends, clause_start) : bisect.bisect_right(
                    self.context.period_ends, item.start
                )
            ]
        ):
            return None  # 较一季度回升2.1个百分点: against another period, not a year before
        if v.YOY_RE.search(before) or v.YOY_RE.search(sentence):
            return "yoy"
        if item.basis in {"yoy", "mom"} and v.YOY_RE.search(plain[sentence_start : item.end]):
            return item.basis
        return None

    def _whole(self, item: _Found, measure: str, subject: str) -> Reference | None:
        plain = self.context.plain
        clause_start = _clause_start(plain, item.start)
        before = plain[clause_start : item.start]
        match = _rx(r"(?:占|佔|贡献)(?:了)?([^，,；;。]*?)(?:的|比重|$)").search(before)
        if match and match.group(1):
            whole = match.group(1)
            word = v.MEASURE_RE.search(whole)
            name = whole[: word.start()] if word else whole
            name = _rx(r"总$").sub("", name.strip()) or (self.context.region_word or "全区")
            return Reference(name, v.MEASURE_OF[word.group()] if word else measure)
        if item.ratio_index is not None:
            return Reference(self.context.region_word or "全区", "gdp")
        return Reference(subject, measure)

    def _about(
        self, item: _Found, role: str, subject: str, measure: str, clause_start: int
    ) -> Reference:
        plain = self.context.plain
        before = plain[clause_start : item.start]
        if role == "change_pp":
            listed = _listed_comparator(before) if "分别" in before else None
            if listed is not None:
                return Reference(listed, measure)
            gap = _rx(
                r"(?:比|较|高于|低于)([^，,；;。]*?)(?:平均)?(?:水平|增速|增幅)?(?:\(|（|高|低|$)"
            ).search(
                before,
            )
            if (
                gap
                and gap.group(1)
                and not v.PERIOD_RE.fullmatch(gap.group(1).strip())
                and not _COMPARED_PERIOD.match(gap.group(1))
            ):
                name = gap.group(1).strip()
                word = v.MEASURE_RE.search(name)
                name = name[: word.start()] if word else name
                name = _rx(r"平均.*$").sub("", name)
                if name and not _rx(r"上年|去年同期|上年同期").fullmatch(name):
                    return Reference(name, measure)
            pull = _rx(r"(?:拉动|下拉)([^，,；;。]*?)(?:增长|增速)").search(before)
            if pull and pull.group(1):
                return Reference(pull.group(1), measure)
        return Reference(subject, measure)
