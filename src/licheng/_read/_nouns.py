"""The measure a statistical noun names, read from the noun's head.

A Chinese statistical noun puts what it measures last (出口退税额 is a tax refund, not exports):
the table's words as heads and as modifiers, a noun outside the table kept as written
(``other:<noun>``), lists of measures that share a head, and a whole a sentence opens with.
"""

from __future__ import annotations

import re

from licheng._read import _vocab as v
from licheng._read._found import _rate_or_class
from licheng._read._structure import (
    _lead_strip,
    _rx,
    _sentence_bounds,
)

# A Chinese statistical noun puts what it measures last: modifiers stand before the head
# (营业收入利润率 is a rate, 出口退税额 a refund, 存款余额 a balance). The heads an indicator's
# name ends with, and the endings that leave a measure word the head (出口总额 is exports).
_HEAD_WORDS = (
    r"依存度|集中度|满意度|强度|密度|指数|价格|人次|人数|能耗|产能|账款|存货|资产|负债|存款|贷款|"
    r"余额|收益|流入|流出|逆差|顺差|收入|支出|费用|成本|资金|运量|吞吐量|周转量|运输量|货运量|"
    r"客运量|业务量|总量|市值|薪资|薪酬|工资|消费|率|额|量|值"
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
    r".*(?:全[区市县省国州]|全社会|我[区市县省国]|本[区市县港澳]|相当于|年末|年底|全年|上半年|当年|今年|去年|"
    r"企业|工业|规上|规模以上|限额以上|机构|部门|公司|居民|"
    r"制造业|服务业|批发业|零售业|餐饮业|住宿业|建筑业|房地产业|农业|行业|产业|实现|完成|接待|新增|累计|其中|的|中|在|和|、|及|与|为|达|共|有|(?<=[\d〇零一二三四五六七八九十])[年月日]份?|月份|季度|"
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
# 79.36万人次上升4.9倍: the unit of a figure written before, which names no measure
_FIGURES_UNIT = re.compile(r"[万亿]?(?:人次|人|户|家)")
_CONTRIBUTION_TAIL = re.compile(r"(?:贡献率|贡献度|拉动率)$")
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
    if _NOT_HEAD.search(tail) or _CONTRIBUTION_TAIL.search(tail):
        return None  # 对GDP增速贡献率: a part's share of the growth of the word's measure
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
        # 旅客79.36万人次上升4.9倍: an earlier figure's unit, not a noun
        or (before[: end - len(noun)][-1:].isdigit() and _FIGURES_UNIT.fullmatch(noun))
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
    if any(_HEAD_END.search(name) for name in names[:-1]):
        return ""  # 营业收入、利润总额、出口退税额: items complete with their heads share none
    tail = last[words[-1].end() :]
    if tail:
        return tail if _headed(last, words[-1]) is not None else ""
    word = words[-1].group()  # 出口货量: a table word of its own, 出口 and its head
    return next(
        (word[size:] for size in range(len(word) - 1, 1, -1) if word[:size] in v.MEASURE_OF),
        "",
    )


_LIST_ITEM = re.compile(r"[^\n]{0,30}[:：]\s*[\d.,]")
_HEADING = re.compile(r"[^\d\n]{2,24}|(?:19|20)\d{2}[^\d\n]{2,20}")


def _heading_measure(plain: str, at: int) -> str | None:
    """2024三大科学园区营业额 / 新竹科学园区:1兆5146亿元: the measure a list's heading names.

    The lines above the figure's, back past the items of the same list (a name, a colon, a
    figure), to the first other line: a short line with no figure but a year is the heading.
    """
    end = plain.rfind("\n", 0, at)
    while end > 0:
        start = plain.rfind("\n", 0, end) + 1
        line = plain[start:end].strip()
        end = start - 1
        if not line:
            continue
        if _LIST_ITEM.match(line):
            continue
        if not _HEADING.fullmatch(line):
            return None
        words = list(v.MEASURE_RE.finditer(line))
        return v.MEASURE_OF[words[-1].group()] if words else None
    return None
