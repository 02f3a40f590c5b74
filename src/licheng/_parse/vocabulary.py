"""Every word the parser reads, written once with what it is; every table derived from them.

A unit word is written once with the registry unit it names, its ``Kind`` and the ``Rule`` of
context it carries; a currency name once with its unit; a qualifier word once with its
``Qualifier`` and its ``Guard``; a role word once with its ``Cue``. The regular expressions,
tries and sets that the readers use are derived below, at import. ``tests/test_parse_vocabulary.py``
checks that ``units.txt``, the numeral reader's lists and the formatter agree with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import Enum, StrEnum
from typing import Any, NamedTuple

from licheng._qualifier import Qualifier
from licheng._roles import Basis

__all__ = [
    "BIG_UNITS",
    "CURRENCY_NAMES",
    "DIGITS",
    "PREFIX_QUALIFIERS",
    "ROLE_WORDS",
    "SMALL_UNITS",
    "SUFFIX_QUALIFIERS",
    "UNIT_WORDS",
    "Cue",
    "Guard",
    "Kind",
    "Rule",
]


class Kind(StrEnum):
    """What a reading measures, which decides how it becomes a Figure."""

    MONEY = "money"
    """An amount of a currency (元, 美元)."""
    MEASURE = "measure"
    """A physical quantity written in Chinese (平方米, 千瓦, 吨, 公里)."""
    LATIN = "latin"
    """A physical quantity or computing power written in Latin letters (kW, PFLOPS, m)."""
    COUNT = "count"
    """A count of things (家, 个, 项): a whole number."""
    DURATION = "duration"
    """A span of time (年, 个月, 天)."""
    PERCENT = "percent"
    """A percentage or per mille (%, ‰, 百分之)."""
    PP = "pp"
    """Percentage points (个百分点)."""
    CHENG = "cheng"
    """Tenths, 成 (三成 is 30 percent)."""
    TIMES = "times"
    """Multiples, 倍 (增长1.2倍 is 120 percent growth)."""
    FLOPS = "flops"
    """Floating-point operations per second, from 次/秒 (每秒12.5亿亿次)."""


class Rule(StrEnum):
    """The context a unit word needs to be that unit; ``NONE`` for a word that needs none."""

    NONE = ""
    AFTER_WAN = "fang"
    """方 is an area only after 万 (5万方 is 5万平方米; 四方 is no figure)."""
    ELECTRICITY = "du"
    """度 is a kilowatt hour after 万/亿 or next to 电 (用电量3亿度)."""
    COMPUTING = "compute"
    """P, E, T are computing power only where the text speaks of 算力, before no letter."""
    PER_SECOND = "flops_context"
    """次 is an operation only after 每秒 (每秒12.5亿亿次)."""
    NOT_A_DATE = "date"
    """年 after a written year (2025年) or before 代/级/度/底/末/初 is a date, no duration."""
    NOT_IN_WORD = "word"
    """成 before 本/员/果/功 … (成本, 成员) or 不变 is part of a word."""
    NOT_BEFORE_LETTER = "letter"
    """m, g, t before a Latin letter or digit are part of a word (5mg is mg, 3tb is no unit)."""
    INDEX = "index"
    """点 is a point of an index only where the text speaks of one (指数, 恒指, 股市)."""
    SCORE = "score"
    """分 is a point of a score only where the text speaks of one (分数, 得分, 评分)."""

    @property
    def pending(self) -> bool:
        """Whether the word's kind waits on the rule (the context units above)."""
        return self in _PENDING


_PENDING = frozenset(
    {Rule.AFTER_WAN, Rule.ELECTRICITY, Rule.COMPUTING, Rule.PER_SECOND, Rule.INDEX, Rule.SCORE}
)


class _Unit(NamedTuple):
    unit: str  # the registry unit it names
    kind: Kind
    rule: Rule = Rule.NONE


class Guard(Enum):
    """When a qualifier word before (or after) a number qualifies it."""

    PLAIN = "plain"
    """Always, except before a bare 万/亿 and a duration (近万年)."""
    ANY = "any"
    """Always (大约)."""
    BARE = "bare"
    """Only before a bare 万/亿 (上万人 is at least 10⁴; 上5亿 is no qualifier)."""
    NOT_IN_WORD = "word"
    """Unless the character before makes it part of a word (通过, 节约): ``NOT_AFTER``."""
    NOT_IN_WORD_NOR_DURATION = "word, duration"
    """As ``NOT_IN_WORD``, and never before a duration (近5年 is a period, not nearly 5)."""
    WITH_UNIT = "unit"
    """After a number, only when it has a unit or 万/亿 (千亿级; 3级 is a grade)."""


class _Qualifier(NamedTuple):
    qualifier: Qualifier
    guard: Guard = Guard.PLAIN


class Cue(StrEnum):
    """What a word before a percentage says of it."""

    DOWN = "down"
    """A decline: the growth rate is negative (下降3%)."""
    UP = "up"
    """A growth rate (增长10%)."""
    SHARE = "share"
    """A share of a whole (占28%)."""
    BOUND = "bound"
    """A bound, not a growth rate (不低于5%)."""


# -- numerals ---------------------------------------------------------------------------------

DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "俩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "壹": 1,
    "贰": 2,
    "叁": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
}
"""Chinese and financial digits (simplified forms; 兩 and 貳 are normalized before)."""

SMALL_UNITS: dict[str, int] = {"十": 1, "拾": 1, "百": 2, "佰": 2, "千": 3, "仟": 3}
"""Place units within a section of four digits, as powers of ten."""

BIG_UNITS: dict[str, int] = {"万": 4, "亿": 8}
"""Section multipliers, as powers of ten (万亿 and 亿亿 multiply)."""

TENS = {"廿": 2, "卅": 3, "卌": 4}  # 廿 = 二十, 卅 = 三十, 卌 = 四十
MULTIPLIER_EXPONENT = {"万": 4, "亿": 8, "万亿": 12}
MULTIPLIER_PREFIX = {4: "万", 8: "亿", 12: "万亿"}
LATIN_MULTIPLIERS = {"k": 3, "K": 3, "w": 4, "W": 4, "M": 6, "B": 9}
# English words for them in Hong Kong and Taiwan copy (US$3.5 billion, HK$12 million): read, so
# that no figure is a billionth of what it says
LATIN_MULTIPLIER_WORDS = {
    "thousand": 3,
    "million": 6,
    "mn": 6,
    "billion": 9,
    "bn": 9,
    "trillion": 12,
}
CN_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS) + "廿卅卌几数"
DIGIT_CHARS = frozenset(DIGITS)

# -- money ------------------------------------------------------------------------------------

YUAN_WORDS = ("元", "圆")
"""The yuan after a number."""
KUAI = "块"
"""The colloquial yuan (十块钱), only where it is no measure word (3块地)."""

CURRENCY_NAMES: dict[str, str] = {
    "人民币": "元",
    "美元": "美元",
    "美圆": "美元",
    "美金": "美元",
    "美刀": "美元",
    "欧元": "欧元",
    "港元": "港元",
    "港币": "港元",
    "澳门元": "澳门元",
    "澳门币": "澳门元",
    "澳门圆": "澳门元",
    "葡币": "澳门元",
    "日元": "日元",
    "日圆": "日元",
    "日币": "日元",
    "新台币": "新台币",
    "台币": "新台币",
    "韩元": "韩元",
    "韩币": "韩元",
    "卢布": "卢布",
    "泰铢": "泰铢",
    "澳元": "澳元",
    "澳币": "澳元",
    "加元": "加元",
    "加币": "加元",
    "瑞士法郎": "瑞士法郎",
    "奈拉": "奈拉",
    "比特币": "比特币",
    "英镑": "英镑",
}
"""Currency names, before or after a number (人民币5亿元, 5亿美元), and the unit each names."""

CURRENCY_SIGNS: dict[str, str] = {
    "RMB": "元",
    "CNY": "元",
    "USD": "美元",
    "US$": "美元",
    "HK$": "港元",
    "HKD": "港元",
    "MOP$": "澳门元",
    "MOP": "澳门元",
    "NT$": "新台币",
    "NTD": "新台币",
    "TWD": "新台币",
    "$": "美元",
    "￥": "元",
    "¥": "元",
    "€": "欧元",
    "£": "英镑",
}
"""Currency signs and codes, only before a number ($5, RMB 5亿)."""

# -- units ------------------------------------------------------------------------------------

UNIT_WORDS: dict[str, _Unit] = {
    # area
    "平方公里": _Unit("平方公里", Kind.MEASURE),
    "平方千米": _Unit("平方千米", Kind.MEASURE),
    "平方米": _Unit("平方米", Kind.MEASURE),
    "平方公尺": _Unit("平方米", Kind.MEASURE),  # Taiwan
    "平米": _Unit("平方米", Kind.MEASURE),
    "m²": _Unit("平方米", Kind.MEASURE),
    "㎡": _Unit("平方米", Kind.MEASURE),
    "km²": _Unit("平方公里", Kind.MEASURE),
    "公顷": _Unit("公顷", Kind.MEASURE),
    "亩": _Unit("亩", Kind.MEASURE),
    "坪": _Unit("坪", Kind.MEASURE),  # Taiwan: 400/121 m²
    # volume, and oil in barrels (原油产量1.0786亿桶)
    "桶": _Unit("桶", Kind.MEASURE),
    "立方米": _Unit("立方米", Kind.MEASURE),
    "立方公尺": _Unit("立方米", Kind.MEASURE),  # Taiwan
    "立方": _Unit("立方米", Kind.MEASURE),
    "m³": _Unit("立方米", Kind.MEASURE),
    "㎥": _Unit("立方米", Kind.MEASURE),
    # 方 stays an area (建筑面积12万方): a volume only as 立方 or 立方米
    "方": _Unit("平方米", Kind.MEASURE, Rule.AFTER_WAN),
    # energy before power (千瓦时 before 千瓦)
    "千瓦时": _Unit("千瓦时", Kind.MEASURE),
    "千瓦小时": _Unit("千瓦时", Kind.MEASURE),  # Taiwan (千瓦小時)
    "兆瓦时": _Unit("兆瓦时", Kind.MEASURE),
    "瓦时": _Unit("瓦时", Kind.MEASURE),
    "度": _Unit("千瓦时", Kind.MEASURE, Rule.ELECTRICITY),
    "kWh": _Unit("kWh", Kind.LATIN),
    "KWh": _Unit("kWh", Kind.LATIN),
    "kwh": _Unit("kWh", Kind.LATIN),
    "MWh": _Unit("MWh", Kind.LATIN),
    "GWh": _Unit("GWh", Kind.LATIN),
    # power
    "千瓦": _Unit("千瓦", Kind.MEASURE),
    "千瓦特": _Unit("千瓦", Kind.MEASURE),  # Taiwan
    "百万瓦特": _Unit("兆瓦", Kind.MEASURE),  # Taiwan (百萬瓦特)
    "瓦特": _Unit("瓦", Kind.MEASURE),
    "兆瓦": _Unit("兆瓦", Kind.MEASURE),
    "吉瓦": _Unit("吉瓦", Kind.MEASURE),
    "瓦": _Unit("瓦", Kind.MEASURE),
    "kW": _Unit("kW", Kind.LATIN),
    "KW": _Unit("kW", Kind.LATIN),
    "MW": _Unit("MW", Kind.LATIN),
    "GW": _Unit("GW", Kind.LATIN),
    "W": _Unit("W", Kind.LATIN),
    # computing power
    "PFLOPS": _Unit("PFLOPS", Kind.LATIN),
    "EFLOPS": _Unit("EFLOPS", Kind.LATIN),
    "TFLOPS": _Unit("TFLOPS", Kind.LATIN),
    "Pflops": _Unit("PFLOPS", Kind.LATIN),
    "PFlops": _Unit("PFLOPS", Kind.LATIN),
    "Eflops": _Unit("EFLOPS", Kind.LATIN),
    "EFlops": _Unit("EFLOPS", Kind.LATIN),
    "Tflops": _Unit("TFLOPS", Kind.LATIN),
    "TFlops": _Unit("TFLOPS", Kind.LATIN),
    "FLOPS": _Unit("FLOPS", Kind.LATIN),
    "P": _Unit("PFLOPS", Kind.LATIN, Rule.COMPUTING),
    "E": _Unit("EFLOPS", Kind.LATIN, Rule.COMPUTING),
    "T": _Unit("TFLOPS", Kind.LATIN, Rule.COMPUTING),
    "次/秒": _Unit("FLOPS", Kind.FLOPS),
    "次每秒": _Unit("FLOPS", Kind.FLOPS),
    "次": _Unit("FLOPS", Kind.FLOPS, Rule.PER_SECOND),
    # mass
    "吨": _Unit("吨", Kind.MEASURE),
    "公吨": _Unit("吨", Kind.MEASURE),  # Taiwan (公噸)
    "斤": _Unit("斤", Kind.MEASURE),
    "公斤": _Unit("公斤", Kind.MEASURE),
    "千克": _Unit("千克", Kind.MEASURE),
    "毫克": _Unit("毫克", Kind.MEASURE),
    "微克": _Unit("微克", Kind.MEASURE),
    "克": _Unit("克", Kind.MEASURE),
    "kg": _Unit("kg", Kind.LATIN),
    "mg": _Unit("mg", Kind.LATIN),
    "μg": _Unit("微克", Kind.LATIN),
    "µg": _Unit("微克", Kind.LATIN),
    "ug": _Unit("ug", Kind.LATIN),
    "g": _Unit("g", Kind.LATIN, Rule.NOT_BEFORE_LETTER),
    "t": _Unit("t", Kind.LATIN, Rule.NOT_BEFORE_LETTER),
    # length
    "公里": _Unit("公里", Kind.MEASURE),
    "千米": _Unit("千米", Kind.MEASURE),
    "厘米": _Unit("厘米", Kind.MEASURE),
    "公分": _Unit("公分", Kind.MEASURE),
    "毫米": _Unit("毫米", Kind.MEASURE),
    "公厘": _Unit("毫米", Kind.MEASURE),  # Taiwan (公釐)
    "米": _Unit("米", Kind.MEASURE),
    "公尺": _Unit("米", Kind.MEASURE),  # Taiwan
    "km": _Unit("km", Kind.LATIN),
    "cm": _Unit("cm", Kind.LATIN),
    "CM": _Unit("cm", Kind.LATIN),
    "mm": _Unit("mm", Kind.LATIN),
    "m": _Unit("m", Kind.LATIN, Rule.NOT_BEFORE_LETTER),
    # counts
    "人次": _Unit("人次", Kind.MEASURE),
    "家": _Unit("家", Kind.COUNT),
    "户": _Unit("户", Kind.COUNT),
    "个": _Unit("个", Kind.COUNT),
    "项": _Unit("项", Kind.COUNT),
    "人": _Unit("人", Kind.COUNT),
    "名": _Unit("名", Kind.COUNT),
    "台": _Unit("台", Kind.COUNT),
    "套": _Unit("套", Kind.COUNT),
    "辆": _Unit("辆", Kind.COUNT),
    "栋": _Unit("栋", Kind.COUNT),
    "幢": _Unit("幢", Kind.COUNT),
    "座": _Unit("座", Kind.COUNT),
    "条": _Unit("条", Kind.COUNT),
    "台套": _Unit("台", Kind.COUNT),
    "件": _Unit("件", Kind.COUNT),
    "处": _Unit("处", Kind.COUNT),
    "所": _Unit("所", Kind.COUNT),
    "艘": _Unit("艘", Kind.COUNT),
    "架": _Unit("架", Kind.COUNT),
    "宗": _Unit("宗", Kind.COUNT),
    "标箱": _Unit("标箱", Kind.COUNT),
    "标准箱": _Unit("标箱", Kind.COUNT),
    "TEU": _Unit("标箱", Kind.COUNT),
    "头": _Unit("头", Kind.COUNT),  # livestock (生猪出栏16.68万头)
    "只": _Unit("只", Kind.COUNT),  # poultry and sheep (家禽出栏360万只)
    "张": _Unit("张", Kind.COUNT),  # beds, cards (病床27.9万张)
    "间": _Unit("间", Kind.COUNT),  # rooms; firms in Hong Kong and Taiwan (5,221間)
    "场": _Unit("场", Kind.COUNT),  # events, fairs, matches (举办招聘会2.1万场)
    "场次": _Unit("场", Kind.COUNT),
    "列": _Unit("列", Kind.COUNT),  # trains (中欧班列开行1.9万列)
    "批次": _Unit("批次", Kind.COUNT),  # batches inspected (抽检4万批次)
    "株": _Unit("株", Kind.COUNT),  # trees and seedlings (植树1858万株)
    # points of an index (恒生指数跌183点) and of a score (综合判断分数为20分)
    "点": _Unit("点", Kind.MEASURE, Rule.INDEX),
    "分": _Unit("分", Kind.MEASURE, Rule.SCORE),
    # durations
    "个月": _Unit("个月", Kind.DURATION),
    "年": _Unit("年", Kind.DURATION, Rule.NOT_A_DATE),
    "天": _Unit("天", Kind.DURATION),
    "小时": _Unit("小时", Kind.DURATION),
    # ratios
    "%": _Unit("percent", Kind.PERCENT),
    "‰": _Unit("permille", Kind.PERCENT),
    "成": _Unit("percent", Kind.CHENG, Rule.NOT_IN_WORD),
    "倍": _Unit("percent", Kind.TIMES),
}


# -- qualifiers -------------------------------------------------------------------------------

PREFIX_QUALIFIERS: dict[str, _Qualifier] = {
    "大约": _Qualifier(Qualifier.APPROX, Guard.ANY),
    "约为": _Qualifier(Qualifier.APPROX),
    "约合": _Qualifier(Qualifier.APPROX),
    "约": _Qualifier(Qualifier.APPROX, Guard.NOT_IN_WORD),
    "大概": _Qualifier(Qualifier.APPROX),
    "将近": _Qualifier(Qualifier.NEARLY),
    "接近": _Qualifier(Qualifier.NEARLY),
    "逼近": _Qualifier(Qualifier.NEARLY),
    "几近": _Qualifier(Qualifier.NEARLY),
    "近": _Qualifier(Qualifier.NEARLY, Guard.NOT_IN_WORD_NOR_DURATION),
    "超过": _Qualifier(Qualifier.MORE_THAN),
    "超出": _Qualifier(Qualifier.MORE_THAN),
    "超": _Qualifier(Qualifier.MORE_THAN),
    "逾": _Qualifier(Qualifier.MORE_THAN),
    "多于": _Qualifier(Qualifier.MORE_THAN),
    "高于": _Qualifier(Qualifier.MORE_THAN),
    "大于": _Qualifier(Qualifier.MORE_THAN),
    "突破": _Qualifier(Qualifier.MORE_THAN),
    "过": _Qualifier(Qualifier.MORE_THAN, Guard.NOT_IN_WORD),
    "不少于": _Qualifier(Qualifier.AT_LEAST),
    "不低于": _Qualifier(Qualifier.AT_LEAST),
    "不下于": _Qualifier(Qualifier.AT_LEAST),
    "至少": _Qualifier(Qualifier.AT_LEAST),
    "最少": _Qualifier(Qualifier.AT_LEAST),
    "起码": _Qualifier(Qualifier.AT_LEAST),
    "不到": _Qualifier(Qualifier.LESS_THAN),
    "不足": _Qualifier(Qualifier.LESS_THAN),
    "低于": _Qualifier(Qualifier.LESS_THAN),
    "少于": _Qualifier(Qualifier.LESS_THAN),
    "小于": _Qualifier(Qualifier.LESS_THAN),
    "未满": _Qualifier(Qualifier.LESS_THAN),
    "未达": _Qualifier(Qualifier.LESS_THAN),
    "不超过": _Qualifier(Qualifier.AT_MOST),
    "不高于": _Qualifier(Qualifier.AT_MOST),
    "不大于": _Qualifier(Qualifier.AT_MOST),
    "最多": _Qualifier(Qualifier.AT_MOST),
    "至多": _Qualifier(Qualifier.AT_MOST),
    "最高": _Qualifier(Qualifier.AT_MOST),
    "上": _Qualifier(Qualifier.AT_LEAST, Guard.BARE),
}
"""Qualifier words before a number (近40亿元, 超过30家, 上万人)."""

SUFFIX_QUALIFIERS: dict[str, _Qualifier] = {
    "(含)以上": _Qualifier(Qualifier.AT_LEAST),
    "及以上": _Qualifier(Qualifier.AT_LEAST),
    "或以上": _Qualifier(Qualifier.AT_LEAST),
    "以上": _Qualifier(Qualifier.AT_LEAST),
    "(含)以下": _Qualifier(Qualifier.AT_MOST),
    "及以下": _Qualifier(Qualifier.AT_MOST),
    "以下": _Qualifier(Qualifier.LESS_THAN),
    "以内": _Qualifier(Qualifier.AT_MOST),
    "之内": _Qualifier(Qualifier.AT_MOST),
    "左右": _Qualifier(Qualifier.APPROX),
    "上下": _Qualifier(Qualifier.APPROX),
    "级": _Qualifier(Qualifier.AT_LEAST, Guard.WITH_UNIT),
}
"""Qualifier words after a number (20亿元以上, 40亿元左右, 千亿级)."""

NOT_AFTER: dict[str, frozenset[str]] = {
    "过": frozenset("通经不越度透跨闯错难太路做有去来看见用听得获曾超"),  # 通过, 经过, 做过
    "约": frozenset("节制签预契邀相公条违履集婚大"),  # 节约, 制约, 签约
    "近": frozenset("最附邻靠贴亲"),  # 最近, 附近
}
"""For a ``Guard.NOT_IN_WORD`` word: the characters before it that make it part of a word."""

DISTANT_QUALIFIERS = (
    *("约", "大约", "近", "将近", "接近", "超过", "超", "逾", "不低于", "不少于", "至少"),
    *("不到", "不足", "低于", "不超过", "不高于", "最多"),
)
"""Qualifier words that govern a percentage from afar (约占全市算力总量的44%)."""

# -- roles ------------------------------------------------------------------------------------


def _split(words: str) -> list[str]:
    return words.split("|")


ROLE_WORDS: dict[str, Cue] = {
    **dict.fromkeys(
        _split(
            "同比下降|同比减少|同比减|同比降|环比下降|环比减|环比降|比上年下降|比上年减|下降|减少|"
            "降低|回落|下滑|下跌|缩减|减小|萎缩|收窄|降幅|减幅|跌幅|负增长|下调|低于|"
            # Taiwan and Hong Kong: 衰退 (a decline), 年减/月减, 减产, 负成长, 按年跌
            "负成长|衰退|年减率|年减|月减|减产|下修|跌"
        ),
        Cue.DOWN,
    ),
    **dict.fromkeys(
        _split(
            "同比增长|同比增|环比增长|环比增|比上年增|增长率|增长|增加|上升|提高|提升|上涨|增速|"
            "增幅|涨幅|扩大|上调|加快|回升|高出|高于|同比|环比|"
            # Taiwan and Hong Kong: 成长 (增长), 年增率, 升幅, 按年升, 增产
            "正成长|成长率|成长|年增率|年增|月增率|月增|升幅|增产|上扬|上修|升"
        ),
        Cue.UP,
    ),
    **dict.fromkeys(_split("占比|比重|占|份额|比例"), Cue.SHARE),
    **dict.fromkeys(_split("不低于|不高于|不少于|不超过"), Cue.BOUND),
}
"""Words before a percentage that give it its role, in the order they are tried at a position
(同比下降 before 同比)."""

BASIS_WORDS: dict[str, Basis] = {
    **dict.fromkeys(
        _split(
            "同比|比上年|较上年|比去年|较去年|上年同期|去年同期|"
            # Taiwan and Hong Kong
            "年增|年减|按年|去年同月|上年同月|前一年|前1年"
        ),
        Basis.YOY,
    ),
    **dict.fromkeys(
        _split("环比|比上月|较上月|比上季|较上季|上月|月增|月减|按月|按季|上个月"), Basis.MOM
    ),
}
"""Words that say what a growth rate compares with."""

GROWTH_VERBS = ("增长", "增加", "提高", "扩大", "成长", "升", "增", "涨")
"""The verbs after which 倍 is a growth rate (增长1.2倍; 升 ends 上升/提升/攀升, 增 ends 年增)."""


# -- derived tables ---------------------------------------------------------------------------


def any_word(words: Iterable[str]) -> str:
    """A pattern for any of ``words``, longest first, as a trie of their characters.

    It matches what ``"|".join`` of the words sorted longest first matches, in the same order.
    The regular expression engine tries the alternatives of a plain alternation one by one at
    every position; in a trie it tries only the words that start with the text there.

    Examples:
        >>> any_word(["亿", "亿元", "万"])
        '(?:万|亿(?:元|))'
    """
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def branch(node: dict[str, Any]) -> str:
        options = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not options:
            return ""
        body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
        # ``(?:…|)``, not ``(?:…)?``: the same match, but the engine runs an alternation for
        # it, cheaper than the repeat it runs for an optional group
        return f"(?:{body}|)" if "" in node else body

    return branch(trie)


def _longest_first(words: Iterable[str]) -> list[str]:
    return sorted(words, key=len, reverse=True)


# The unit words as the readers weigh them: (registry unit, kind), the kind being the rule for
# the four words whose kind waits on their context (方, 度, P/E/T, 次).
UNITS: dict[str, tuple[str, str]] = {
    word: (entry.unit, entry.rule if entry.rule.pending else entry.kind)
    for word, entry in UNIT_WORDS.items()
}
UNIT_RULES: dict[str, Rule] = {word: entry.rule for word, entry in UNIT_WORDS.items()}
PREFIX_CURRENCIES: dict[str, str] = {
    **{name: unit for name, unit in CURRENCY_NAMES.items() if len(name) > 1},
    **CURRENCY_SIGNS,
}
PREFIX_QUALIFIER: dict[str, Qualifier] = {w: e.qualifier for w, e in PREFIX_QUALIFIERS.items()}
PREFIX_GUARD: dict[str, Guard] = {w: e.guard for w, e in PREFIX_QUALIFIERS.items()}
SUFFIX_QUALIFIER: dict[str, Qualifier] = {w: e.qualifier for w, e in SUFFIX_QUALIFIERS.items()}
SUFFIX_GUARD: dict[str, Guard] = {w: e.guard for w, e in SUFFIX_QUALIFIERS.items()}
BARE_ONLY = frozenset(w for w, e in PREFIX_QUALIFIERS.items() if e.guard is Guard.BARE)
"""The prefix words that qualify only a bare 万/亿 (上)."""

PREFIX_LAST = frozenset(word[-1] for word in [*PREFIX_CURRENCIES, *PREFIX_QUALIFIERS])
TRILLION_BEFORE = (*YUAN_WORDS, KUAI, *CURRENCY_NAMES)
"""兆 before these is 10¹² (1.2兆元, 550兆日元), as Traditional Chinese writes 万亿."""

# The kinds, cues and guards as module names, for the readers' hot paths: a member looked up on
# its class costs several times the comparison it is for.
MONEY, MEASURE, LATIN, COUNT = Kind.MONEY, Kind.MEASURE, Kind.LATIN, Kind.COUNT
DURATION, PERCENT, PP, CHENG = Kind.DURATION, Kind.PERCENT, Kind.PP, Kind.CHENG
TIMES, FLOPS = Kind.TIMES, Kind.FLOPS
UP, DOWN, SHARE = Cue.UP, Cue.DOWN, Cue.SHARE
