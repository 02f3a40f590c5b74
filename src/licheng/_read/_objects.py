"""The measure of a statistic that names what it counts as the object of its verb.

发送旅客2190万人次, 累计开行旅游列车1797列, 完成营造林341万亩: the noun between a verb of
doing or reaching and the amount is what is measured, though no table names it. It is kept as
``other:<noun>`` (SCHEMA's measure outside measures.md) only where the sentence is a statistic:
it dates the amount (a period or a day) or gives a rate of change beside it. Without either,
such a clause is as often a plan or a slogan (新增高标准农田8000万亩以上, 伊方所提10项) and
stays unread.
"""

from __future__ import annotations

import re

from licheng._read import _vocab as v

# The verbs of a level done or reached; the object is the last such verb's.
_VERBS = (
    "实现|完成|达到|运送|接待|发送|开行|累计|突破|发放|运输|输送|销售|售出|成交|交易|生产|"
    "新增|引进|吸引|招引|签约|吸纳|培育|建成|处置|回收"
)
# The object: two to six characters of a noun, none of them a preposition, a particle or a
# word that starts another phrase (向北方调水, 为企业减负, 有2258万人次).
_OBJECT = re.compile(
    rf"(?:{_VERBS})了?(?!{_VERBS})(?P<noun>[^\W\dA-Za-z向对为在从把将被由于和与及了着过的地得有约近超逾达共"
    r"计其中各该此等每年月日天季度个项家]{2,6})\s*\Z"
)
# A rate of change in the sentence: 同比增长18.5%, 下降3.2%.
_RATE = re.compile(
    r"(?:增长|增加|下降|减少|上升|提高|回落|下滑|增)[^，,；;。\d]{0,3}[\d一二三四五六七八九十]"
)
# A day is a date too (今天预计发送旅客1260万人次, 5月1日当天发送旅客2484.4万人次).
_DAY = re.compile(r"今天|今日|当天|当日|昨天|昨日|\d{1,2}月\d{1,2}日")
# The amounts of time, rates and bare numbers are no object's measure.
_NO_OBJECT_UNITS = frozenset({"", "percent", "percentage_point", "个月", "月", "年", "天", "日"})


def object_measure(
    plain: str, start: int, clause_start: int, sentence: tuple[int, int], unit: str
) -> tuple[str, int] | None:
    """``other:<noun>`` for an amount a verb's object names in a dated or rated sentence.

    ``start`` is the amount's start in ``plain``, ``clause_start`` its clause's, and
    ``sentence`` the bounds of its sentence; ``unit`` is the figure's unit. Returns the
    measure and where its verb starts (the holder named before it ends there).
    """
    if unit in _NO_OBJECT_UNITS or unit.endswith(("小时", "分钟")):
        return None
    found = _OBJECT.search(plain, clause_start, start)
    if found is None:
        return None
    sentence_start, sentence_end = sentence
    dated = (
        v.PERIOD_RE.search(plain, sentence_start, start) is not None
        or _DAY.search(plain, sentence_start, start) is not None
    )
    if not dated and _RATE.search(plain, sentence_start, sentence_end) is None:
        return None
    noun = found.group("noun")
    if unit.endswith("人次"):
        # 发送旅客2190万人次: people counted as visits, as the word tables name travellers
        noun = "旅客人次" if noun.endswith(("旅客", "游客")) else noun + "人次"
    return "other:" + noun, found.start()


# Adverbs between a holder and its verb: 全国铁路预计发送旅客, 民航日均运输旅客.
_ADVERBS = re.compile(r"(?:预计|累计|共计|共|已经|已|将|日均|当天|今天)+\Z")


def holder_before(subject: str, plain: str, verb_start: int, start: int) -> str:
    """``subject`` without the verb and object it ends with (全国铁路发送旅客 → 全国铁路)."""
    said = plain[verb_start:start].strip()
    if not said or not subject.endswith(said) or len(subject) == len(said):
        return subject
    holder = subject[: -len(said)]
    return _ADVERBS.sub("", holder) or holder
