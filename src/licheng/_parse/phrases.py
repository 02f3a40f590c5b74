"""Figures written as words, rates per unit, and numbers that are no figure.

The last step of ``extract``, over the mentions the readers found (fast or reference alike):

- figures with no numeral to read: 两位数增长 (double-digit growth: at least 10%, below 100%),
  翻一番 (doubling: +100%), 翻两番 (+300%), 破八 and 保八 (a growth rate above, or at least, 8%),
  过半 (more than half), and the level of an index after its name (指数为98.31);
- a rate per unit after a figure: 94.5万元/人 is 94.5 万元 per person, a pint quantity;
- numbers that name something rather than report it: a count in a short quoted slogan
  (“六个重大突破”), the years of a plan's name (三年行动计划), steps and marks (连跨两个万亿元台阶,
  冲向3兆元大关; but 站上7000亿美元大关 is a figure), the size of a list (9个指标), a year as a
  date (102年3月; a 民国 year in a Taiwan text), a window of time (首两个月, 15年来) and the
  denominator of a rate (每6人).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from typing import NamedTuple

from licheng._figures import Figure
from licheng._parse.normalize import both_scripts, translate
from licheng._parse.numerals import read_numeral
from licheng._parse.vocabulary import UNIT_WORDS, Kind
from licheng._qualifier import Qualifier
from licheng._roles import Role
from licheng._units import get_unit, is_count
from licheng.exceptions import LichengError

__all__ = [
    "NAMING_NEXT",
    "NAMING_WORD",
    "Phrase",
    "in_quotation",
    "no_figure",
    "passed_mark",
    "per_unit",
    "phrases",
    "quotations",
]


class Phrase(NamedTuple):
    """A figure written in words, at ``text[start:end]`` of the normalized text."""

    start: int
    end: int
    figure: Figure
    role: Role


_GROWTH_NOUNS = "增长|成长|增幅|增速|涨幅|升幅|上升|上涨"
_DECLINE_NOUNS = "下降|下跌|跌幅|降幅|衰退|减少|萎缩"
# 两位数增长, 双位数的成长, 增速保持两位数: at least 10 percent and below 100.
_TWO_DIGITS = re.compile("[两双二]位数")
_NOUN_AFTER = re.compile(f"(?:的)?(?:正)?({_GROWTH_NOUNS}|{_DECLINE_NOUNS})")
_NOUN_BEFORE = re.compile(f"({_GROWTH_NOUNS}|{_DECLINE_NOUNS})[^,，。;；]{{0,4}}$")
_DECLINES = frozenset(_DECLINE_NOUNS.split("|"))
# 翻一番 (doubles: +100%), 翻了两番 (+300%), 翻番 (+100%)
_DOUBLING = re.compile("翻(?:了)?(?P<times>[一两二三四五六七八九]|[0-9])?番")
# 破八, 保7: a growth rate above (at least) 8 percent, where the clause speaks of growth
_MARK = re.compile(
    "(?P<verb>[破保])(?P<number>[一二三四五六七八九十]|[0-9]{1,2})(?![0-9万亿千百%点.成])"
)
# 过半 (more than half), not 过半年 (a period) nor 过半数 (a majority, no figure of its own)
_HALF = re.compile("过半(?![年数月天])")
# The level of an index, after its name: a bare number (指数为98.31, 指数一六七点三八).
_INDEX_LEVEL = re.compile("指数(?:为|報|报|达|是|)(?P<number>[0-9一二三四五六七八九])")
_LEVEL_NOT_BEFORE = frozenset("%‰个年月日万亿点.成倍")
_GROWTH_CLAUSE = re.compile("增速|增长|成长|经济|GDP|gdp|生产总值")
_CLAUSE_WINDOW = 12


def phrases(text: str) -> list[Phrase]:
    """The figures written in words in a normalized text.

    Examples:
        >>> text = "出口保持两位数增长，GDP增速破八，产值翻一番"
        >>> for phrase in phrases(text):
        ...     print(text[phrase.start : phrase.end], repr(phrase.figure))
        两位数 Figure('10', 'percent', 'at_least', high='100')
        破八 Figure('8', 'percent', 'more_than')
        翻一番 Figure('100', 'percent', low='100', high='100')
    """
    found: list[Phrase] = []
    if "位数" in text:
        for match in _TWO_DIGITS.finditer(text):
            after = _NOUN_AFTER.match(text, match.end())
            before = _NOUN_BEFORE.search(text[max(0, match.start() - 8) : match.start()])
            if after is None and before is None:
                continue
            noun = (after or before).group(1)  # type: ignore[union-attr]
            if noun in _DECLINES:
                figure = Figure(Decimal(-10), "percent", Qualifier.AT_MOST, low=Decimal(-100))
            else:
                figure = Figure(Decimal(10), "percent", Qualifier.AT_LEAST, high=Decimal(100))
            found.append(Phrase(match.start(), match.end(), figure, Role.GROWTH))
    if "番" in text:
        for match in _DOUBLING.finditer(text):
            times = match.group("times")
            count = 1 if times is None else _small(times)
            growth = Decimal(2**count - 1).scaleb(2)  # exact: doubled is +100%, no rounding
            figure = Figure(growth, "percent", low=growth, high=growth)
            found.append(Phrase(match.start(), match.end(), figure, Role.GROWTH))
    for match in _HALF.finditer(text) if "过半" in text else ():  # 过半: more than half
        figure = Figure(Decimal(50), "percent", Qualifier.MORE_THAN)
        found.append(Phrase(match.start(), match.end(), figure, Role.SHARE))
    for match in _INDEX_LEVEL.finditer(text) if "指数" in text else ():  # 指数为98.31: an index
        numeral = read_numeral(text, match.start("number"))
        if numeral is None or (numeral.chinese and numeral.end - numeral.start < 3):  # noqa: PLR2004
            continue
        if text[numeral.end : numeral.end + 1] in _LEVEL_NOT_BEFORE:
            continue
        level = Figure(numeral.value, "")
        found.append(Phrase(numeral.start, numeral.end, level, Role.VALUE))
    for match in _marks(text):
        clause = re.split(
            "[,，。;；]", text[max(0, match.start() - _CLAUSE_WINDOW) : match.start()]
        )
        if _GROWTH_CLAUSE.search(clause[-1]) is None:
            continue
        qualifier = Qualifier.MORE_THAN if match.group("verb") == "破" else Qualifier.AT_LEAST
        figure = Figure(Decimal(_small(match.group("number"))), "percent", qualifier)
        found.append(Phrase(match.start(), match.end(), figure, Role.GROWTH))
    return sorted(found)


def _marks(text: str) -> list[re.Match[str]]:
    """破八, 保7 in ``text``: found by str.find, faster than a search for a pattern."""
    found = []
    for verb in "破保":
        position = text.find(verb)
        while position >= 0:
            match = _MARK.match(text, position)
            if match is not None:
                found.append(match)
            position = text.find(verb, position + 1)
    return found


def _small(word: str) -> int:
    numeral = read_numeral(word)
    return 0 if numeral is None else int(numeral.value)


# -- rates per unit ------------------------------------------------------------------------

# The units a rate may be per: the vocabulary's Chinese measure and count words, and days.
_PER_WORDS = {
    word: entry.unit
    for word, entry in UNIT_WORDS.items()
    if entry.kind in {Kind.MEASURE, Kind.COUNT} and not entry.rule.pending and not word.isascii()
} | {"日": "天", "天": "天", "年": "年", "月": "个月", "小时": "小时"}
_PER = re.compile(
    r"[ \t]*/[ \t]*(" + "|".join(sorted(map(re.escape, _PER_WORDS), key=len, reverse=True)) + ")"
)


def per_unit(figure: Figure, text: str, end: int) -> tuple[Figure, int] | None:
    """94.5万元/人, 2.3万元/平方米, 4.92万吨/日: the figure per the unit after it, and its end.

    Examples:
        >>> per_unit(Figure("94.5", "万元"), "94.5万元/人", 6)
        (Figure('94.5', '万元/人'), 8)
    """
    match = _PER.match(text, end)
    if match is None or not figure.unit or figure.unit.endswith(("percent", "permille")):
        return None
    unit = f"{figure.unit}/{_PER_WORDS[match.group(1)]}"
    try:
        get_unit(unit)
        rate = Figure(
            figure.magnitude,
            unit,
            figure.qualifier,
            low=figure._low,  # noqa: SLF001 - the same bounds, now per unit
            high=figure._high,  # noqa: SLF001
            approximate=figure.approximate,
        )
    except LichengError:
        return None
    return rate, match.end()


# -- numbers that are no figure ------------------------------------------------------------

_DURATIONS = frozenset({"年", "个月", "天"})
# After a duration: a window of time, not a figure (15年来, 一个月内, 11年期间) …
_WINDOW_AFTER = both_scripts("来|來|内|內|期间|期間|以来|以來")
# … before it (首两个月, 前一年, 先前三个月, 每4年).
_WINDOW_BEFORE = ("首", "前", "那", "每")
# After 年: a month, a quarter or a half, so a year as a date (102年3月, 94年第二期, 103年上半年).
_DATE_AFTER = re.compile("[0-9一二三四五六七八九十]{1,2}月|第|上半|下半|全年")
# 民国 years in a Taiwan text (民国38 to 199: 1949 to 2110).
_ROC_YEARS = (Decimal(38), Decimal(199))
_AS_WRITTEN = frozenset({Qualifier.EXACT, Qualifier.RANGE})
# A short quotation (up to 16 characters): a slogan or a name, not a sentence quoted.
_QUOTATIONS = {
    opening: re.compile(f"{opening}[^{opening}{closing}]{{1,16}}{closing}")
    for opening, closing in (("“", "”"), ("「", "」"), ("『", "』"), ("‘", "’"), ('"', '"'))
}
_LAST = 1 << 62


_PLAN_AFTER = re.compile(
    "(?:"
    + both_scripts("行动|行動|计划|計劃|計畫|规划|規劃|攻坚|攻堅|方案|战略|戰略|专项|專項").pattern
    + ")"
)
_STEP_AFTER = both_scripts("台阶|臺階|台階")
# a comma between digits (7,200) is a thousands separator, not a clause's end
_CLAUSE = re.compile(r"[。;；:：]|(?<!\d)[,，]|[,，](?!\d)")
_LIST_UNITS = frozenset({"个", "项"})
_CLASSES_AFTER = both_scripts(
    "產業|产业|行業|行业|指標|指标|領域|领域|方面|類別|类别|環節|环节|板塊|板块|燈號|灯号|"
    "傳統|传统|戰略|战略|重點|重点|主要|大類|大类"
)
# 中有37个行业, 共有: a count of members of a group named before it
_COUNTED_AFTER_ONE = frozenset({"有"})
# what a counted class did: 增加值增长, 利润下降, 实现正增长, 保持增长, 中 (a group of them)
_CLASSES_DID = both_scripts(
    "增加值|增長|增长|增速|實現|实现|保持|產值|产值|營收|营收|利潤|利润|下降|下滑|減少|减少|"
    "成長|衰退|中|生产|生產|出口|有|园区|園區"
)
_MARK_AFTER = both_scripts("大关|大關|关口|關口")
# A mark passed: 站上 a mark is at least it, 突破 it more than it, 跌破 it less than it.
_PASSED: dict[str, Qualifier] = {
    **dict.fromkeys(("站上", "站稳", "站穩", "迈上", "邁上"), Qualifier.AT_LEAST),
    **dict.fromkeys(
        ("突破", "冲破", "衝破", "攻破", "超越", "跨越", "越过", "越過"), Qualifier.MORE_THAN
    ),
    "跌破": Qualifier.LESS_THAN,
}
_MARK_PASSED = {translate(word): qualifier for word, qualifier in _PASSED.items()} | _PASSED


def no_figure(  # noqa: PLR0913 - the mention and what its document says
    text: str, start: int, end: int, figure: Figure, *, taiwan: bool = False, quoted: bool = False
) -> bool:
    """Whether the number at ``text[start:end]`` names something rather than reports it.

    Also a year as a date (102年3月, 94年第二期; in a Taiwan text any 民国 year, 113年), a window
    of time (首两个月, 15年来, 一个月内, 前一年) and the denominator of a rate (每6人, 每4年).

    Examples:
        >>> no_figure("实现“六个重大突破”", 3, 5, Figure("6", "个"), quoted=True)
        True
        >>> no_figure("实施三年行动计划", 2, 4, Figure("3", "年"))
        True
    """
    unit = figure.unit
    if text[start] == "零" or (start and text[start - 1] == "每"):
        return True  # 零件, 零售; 每6人有1人
    if unit in _DURATIONS:
        before = text[max(0, start - 2) : start]
        window = _WINDOW_AFTER.match(text, end)
        # 近3年来 keeps its figure (the span it sums over), 15年来 is only a window
        if (window is not None and not before.endswith("近")) or before.endswith(_WINDOW_BEFORE):
            return True
        if unit == "年" and (
            _DATE_AFTER.match(text, end) is not None
            or text[max(0, start - 2) : start] == "民国"
            or (taiwan and _roc_years(figure))
        ):
            return True
    if quoted and unit and _counts(unit):
        return True
    if NAMING_WORD.match(text, end) is None:
        return False  # none of the words below follows: one search, not three or four
    if unit == "年" and _PLAN_AFTER.match(text, end) is not None:
        return True
    if _STEP_AFTER.match(text, end) is not None:
        return True
    if _MARK_AFTER.match(text, end) is not None:  # 冲向3兆元大关; 冲破年增率两成大关 is one
        # the span itself may hold the verb as its qualifier (突破10万辆大关)
        clause = _CLAUSE.split(text[max(0, start - _CLAUSE_WINDOW) : end])[-1]
        return not any(verb in clause for verb in _MARK_PASSED)
    # 9个指标, 13项战略产业: the size of a list, not a statistic; but a count of the classes
    # that did something (中有37个行业增长, 34个行业利润增长) is the statistic itself
    if unit not in _LIST_UNITS:
        return False
    classes = _CLASSES_AFTER.match(text, end)
    if classes is None:
        return False
    after = classes.end()
    while (more := _CLASSES_AFTER.match(text, after)) is not None:  # 37个大类行业中
        after = more.end()
    return (
        text[max(0, start - 1) : start] not in _COUNTED_AFTER_ONE
        and _CLASSES_DID.match(text, after) is None
    )


def passed_mark(text: str, start: int, end: int) -> Qualifier | None:
    """站上7000亿美元大关: the qualifier of a mark the figure passed, ``None`` if none.

    Examples:
        >>> passed_mark("首度站上7000亿美元大关", 4, 11)
        <Qualifier.AT_LEAST: 'at_least'>
    """
    if _MARK_AFTER.match(text, end) is None:
        return None
    clause = _CLAUSE.split(text[max(0, start - _CLAUSE_WINDOW) : start])[-1]
    found = [(clause.rfind(verb), qualifier) for verb, qualifier in _MARK_PASSED.items()]
    position, qualifier = max(found, key=lambda pair: pair[0])
    return qualifier if position >= 0 else None


def _roc_years(figure: Figure) -> bool:
    """113年, 106年至109年: a 民国 year or a span of them, as written (no 约, 近, 多)."""
    if figure.qualifier not in _AS_WRITTEN:
        return False
    low, high = figure.low_magnitude, figure.high_magnitude
    return low is not None and high is not None and _ROC_YEARS[0] <= low <= high <= _ROC_YEARS[1]


def _counts(unit: str) -> bool:
    try:
        return unit == "年" or is_count(unit)
    except LichengError:
        return False


def quotations(text: str) -> list[tuple[int, int]]:
    """The spans of the short quotations in ``text`` (a slogan or a name: “三个一批”).

    Examples:
        >>> quotations("抓好“三个一批”，实现「六个突破」")
        [(2, 8), (11, 17)]
    """
    spans = []
    for opening, pattern in _QUOTATIONS.items():  # found by str.find: faster than one pattern
        position = text.find(opening)
        while position >= 0:
            match = pattern.match(text, position)
            if match is not None:
                spans.append(match.span())
            position = text.find(opening, position + 1)
    return sorted(spans)


def in_quotation(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside one of the ``spans`` of ``quotations``."""
    index = bisect_right(spans, (start, _LAST)) - 1
    return index >= 0 and spans[index][1] >= end


# The first characters after a number that may make it a name: what ``no_figure`` weighs.
NAMING_NEXT = frozenset(
    word[0]
    for pattern in (_PLAN_AFTER, _STEP_AFTER, _MARK_AFTER, _CLASSES_AFTER)
    for word in pattern.pattern.replace("(?:", "").replace(")", "").split("|")
    if word
)
# The words themselves, one after a number where ``no_figure`` may find a name: where none
# follows (规上, 大幅), a number that is no duration, quoted count, 零 or 每 is a figure to it.
NAMING_WORD = re.compile(
    "|".join(pattern.pattern for pattern in (_PLAN_AFTER, _STEP_AFTER, _MARK_AFTER, _CLASSES_AFTER))
)
