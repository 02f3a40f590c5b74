"""Read figures out of Chinese press-release prose: ``parse_figure`` and ``extract``.

``parse_figure`` reads one quantity expression (52.2亿元, 近40亿元, 400余亩, 5至10亿元,
百分之二十八); ``extract`` finds every figure in a document, with its span in the original
text and its role (a plain value, a share, a growth rate or a change in percentage points).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterable
from decimal import Decimal
from enum import StrEnum
from typing import Any, NamedTuple

import attrs

from licheng._figures import IMPLIED, Figure, _Implied
from licheng._normalize import normalize, translate
from licheng._numerals import _ARABIC_WIDE, BIG_UNITS, DIGITS, SMALL_UNITS, Numeral, read_numeral
from licheng._qualifier import Qualifier
from licheng._units import base_factor, is_count
from licheng.exceptions import LichengError, ParseError, ValidationError

__all__ = ["Basis", "Mention", "Role", "extract", "parse_figure"]


class Role(StrEnum):
    """What a figure in a sentence reports.

    Examples:
        >>> Role("growth")
        <Role.GROWTH: 'growth'>
    """

    VALUE = "value"
    """A plain amount, area, count, duration … (产值52.2亿元)."""
    SHARE = "share"
    """A share of a whole (占全部规上工业总产值的28%)."""
    GROWTH = "growth"
    """A growth rate, signed (同比增长10% → +10%; 下降3.2% → −3.2%)."""
    CHANGE_PP = "change_pp"
    """A change in percentage points, signed (提高2个百分点)."""


class Basis(StrEnum):
    """What a growth rate compares with.

    Examples:
        >>> Basis.YOY.value, Basis.MOM.value
        ('yoy', 'mom')
    """

    YOY = "yoy"
    """Year on year (同比, 比上年): the same period a year earlier."""
    MOM = "mom"
    """Period on period (环比, 比上月): the period just before."""


@attrs.frozen
class Mention:
    """A figure found in a text, with where it is and what it reports.

    ``start`` and ``end`` index the original text (end exclusive); ``surface`` is
    ``text[start:end]``: the number, its unit and its qualifier words.

    Examples:
        >>> from licheng import extract
        >>> [mention] = extract("累计投资近40亿元。")
        >>> mention.surface, mention.start, mention.end, mention.role
        ('近40亿元', 4, 9, <Role.VALUE: 'value'>)
        >>> mention.figure
        Figure('40', '亿元', 'nearly')
    """

    start: int
    end: int
    figure: Figure
    role: Role = Role.VALUE
    basis: Basis | None = None
    surface: str = ""


# -- word tables ------------------------------------------------------------------------------

_CURRENCY_NAMES: dict[str, str] = {
    "人民币": "元",
    "美元": "美元",
    "美圆": "美元",
    "美金": "美元",
    "美刀": "美元",
    "欧元": "欧元",
    "港元": "港元",
    "港币": "港元",
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
    "瑞士法郎": "瑞士法郎",
    "奈拉": "奈拉",
    "比特币": "比特币",
    "英镑": "英镑",
}
_CURRENCY_RE = re.compile("|".join(sorted(_CURRENCY_NAMES, key=len, reverse=True)))
_PREFIX_CURRENCIES: dict[str, str] = {
    **{name: unit for name, unit in _CURRENCY_NAMES.items() if len(name) > 1},
    "RMB": "元",
    "CNY": "元",
    "USD": "美元",
    "US$": "美元",
    "HK$": "港元",
    "$": "美元",
    "￥": "元",
    "¥": "元",
    "€": "欧元",
    "£": "英镑",
}

# Units after a number: surface → (registry unit, kind).
_UNITS: dict[str, tuple[str, str]] = {
    # area
    "平方公里": ("平方公里", "measure"),
    "平方千米": ("平方千米", "measure"),
    "平方米": ("平方米", "measure"),
    "平方公尺": ("平方米", "measure"),  # Taiwan
    "平米": ("平方米", "measure"),
    "m²": ("平方米", "measure"),
    "㎡": ("平方米", "measure"),
    "km²": ("平方公里", "measure"),
    "公顷": ("公顷", "measure"),
    "亩": ("亩", "measure"),
    "方": ("平方米", "fang"),
    # energy before power (千瓦时 before 千瓦)
    "千瓦时": ("千瓦时", "measure"),
    "千瓦小时": ("千瓦时", "measure"),  # Taiwan (千瓦小時)
    "兆瓦时": ("兆瓦时", "measure"),
    "瓦时": ("瓦时", "measure"),
    "度": ("千瓦时", "du"),
    "kWh": ("kWh", "latin"),
    "KWh": ("kWh", "latin"),
    "kwh": ("kWh", "latin"),
    "MWh": ("MWh", "latin"),
    "GWh": ("GWh", "latin"),
    # power
    "千瓦": ("千瓦", "measure"),
    "千瓦特": ("千瓦", "measure"),  # Taiwan
    "百万瓦特": ("兆瓦", "measure"),  # Taiwan (百萬瓦特)
    "瓦特": ("瓦", "measure"),
    "兆瓦": ("兆瓦", "measure"),
    "吉瓦": ("吉瓦", "measure"),
    "瓦": ("瓦", "measure"),
    "kW": ("kW", "latin"),
    "KW": ("kW", "latin"),
    "MW": ("MW", "latin"),
    "GW": ("GW", "latin"),
    "W": ("W", "latin"),
    # computing power
    "PFLOPS": ("PFLOPS", "latin"),
    "EFLOPS": ("EFLOPS", "latin"),
    "TFLOPS": ("TFLOPS", "latin"),
    "Pflops": ("PFLOPS", "latin"),
    "PFlops": ("PFLOPS", "latin"),
    "Eflops": ("EFLOPS", "latin"),
    "EFlops": ("EFLOPS", "latin"),
    "Tflops": ("TFLOPS", "latin"),
    "TFlops": ("TFLOPS", "latin"),
    "FLOPS": ("FLOPS", "latin"),
    "P": ("PFLOPS", "compute"),
    "E": ("EFLOPS", "compute"),
    "T": ("TFLOPS", "compute"),
    "次/秒": ("FLOPS", "flops"),
    "次每秒": ("FLOPS", "flops"),
    "次": ("FLOPS", "flops_context"),
    # mass
    "吨": ("吨", "measure"),
    "公斤": ("公斤", "measure"),
    "千克": ("千克", "measure"),
    "毫克": ("毫克", "measure"),
    "微克": ("微克", "measure"),
    "克": ("克", "measure"),
    "kg": ("kg", "latin"),
    "mg": ("mg", "latin"),
    "μg": ("微克", "latin"),
    "µg": ("微克", "latin"),
    "ug": ("ug", "latin"),
    "g": ("g", "latin"),
    "t": ("t", "latin"),
    # length
    "公里": ("公里", "measure"),
    "千米": ("千米", "measure"),
    "厘米": ("厘米", "measure"),
    "公分": ("公分", "measure"),
    "毫米": ("毫米", "measure"),
    "米": ("米", "measure"),
    "公尺": ("米", "measure"),  # Taiwan
    "km": ("km", "latin"),
    "cm": ("cm", "latin"),
    "CM": ("cm", "latin"),
    "mm": ("mm", "latin"),
    "m": ("m", "latin"),
    # counts
    "人次": ("人次", "measure"),
    "家": ("家", "count"),
    "户": ("户", "count"),
    "个": ("个", "count"),
    "项": ("项", "count"),
    "人": ("人", "count"),
    "名": ("名", "count"),
    "台": ("台", "count"),
    "套": ("套", "count"),
    "辆": ("辆", "count"),
    "栋": ("栋", "count"),
    "幢": ("幢", "count"),
    "座": ("座", "count"),
    "条": ("条", "count"),
    # durations
    "个月": ("个月", "duration"),
    "年": ("年", "duration"),
    "天": ("天", "duration"),
    "小时": ("小时", "duration"),
    # ratios
    "%": ("percent", "percent"),
    "‰": ("permille", "percent"),
    "成": ("percent", "cheng"),
    "倍": ("percent", "times"),
}
_UNIT_RE = re.compile(
    r"(?P<pp>个?[ \t]*百[ \t]*分[ \t]*点)|(?P<unit>"
    + "|".join(
        re.escape(word) + ("(?![A-Za-z])" if word.isascii() and word.isalpha() else "")
        for word in sorted(_UNITS, key=len, reverse=True)
    )
    + ")"
)
_FRACTION_PREFIX = re.compile(r"(百万万|百万|千万|万万|[百佰千仟万])[ \t]*分[ \t]*之[ \t]*")
_FRACTION_EXPONENT = {"百": 2, "佰": 2, "千": 3, "仟": 3, "万": 4, "百万": 6, "千万": 7}
_FRACTION_EXPONENT |= {"万万": 8, "百万万": 10}
_OF = re.compile(r"[ \t]*分[ \t]*之[ \t]*")
_RANGE_SEP = re.compile(r"[ \t]*(?:\(含\)[ \t]*)?(?:至|到|~|-{1,2}|—{1,2}|–{1,2})[ \t]*")
_YUAN = re.compile(r"(元|圆|块)(钱)?")
_JIAO_FEN = re.compile(r"(又)?([0-9一二两三四五六七八九壹贰叁肆伍陆柒捌玖])(角|毛)")
_FEN = re.compile(r"([0-9一二两三四五六七八九壹贰叁肆伍陆柒捌玖])分(?![钟之])")
_CENTS = re.compile(r"(又)?[ \t]*([0-9]{1,2}|[一二两三四五六七八九十]{1,3})(美分|日本銭|銭)")

_PREFIX_QUALIFIERS: dict[str, Qualifier] = {
    "大约": Qualifier.APPROX,
    "约为": Qualifier.APPROX,
    "约合": Qualifier.APPROX,
    "约": Qualifier.APPROX,
    "大概": Qualifier.APPROX,
    "将近": Qualifier.NEARLY,
    "接近": Qualifier.NEARLY,
    "逼近": Qualifier.NEARLY,
    "几近": Qualifier.NEARLY,
    "近": Qualifier.NEARLY,
    "超过": Qualifier.MORE_THAN,
    "超出": Qualifier.MORE_THAN,
    "超": Qualifier.MORE_THAN,
    "逾": Qualifier.MORE_THAN,
    "多于": Qualifier.MORE_THAN,
    "高于": Qualifier.MORE_THAN,
    "大于": Qualifier.MORE_THAN,
    "突破": Qualifier.MORE_THAN,
    "过": Qualifier.MORE_THAN,
    "不少于": Qualifier.AT_LEAST,
    "不低于": Qualifier.AT_LEAST,
    "不下于": Qualifier.AT_LEAST,
    "至少": Qualifier.AT_LEAST,
    "最少": Qualifier.AT_LEAST,
    "起码": Qualifier.AT_LEAST,
    "不到": Qualifier.LESS_THAN,
    "不足": Qualifier.LESS_THAN,
    "低于": Qualifier.LESS_THAN,
    "少于": Qualifier.LESS_THAN,
    "小于": Qualifier.LESS_THAN,
    "未满": Qualifier.LESS_THAN,
    "未达": Qualifier.LESS_THAN,
    "不超过": Qualifier.AT_MOST,
    "不高于": Qualifier.AT_MOST,
    "不大于": Qualifier.AT_MOST,
    "最多": Qualifier.AT_MOST,
    "至多": Qualifier.AT_MOST,
    "最高": Qualifier.AT_MOST,
    "上": Qualifier.AT_LEAST,
}
_SUFFIX_QUALIFIERS: dict[str, Qualifier] = {
    "(含)以上": Qualifier.AT_LEAST,
    "及以上": Qualifier.AT_LEAST,
    "或以上": Qualifier.AT_LEAST,
    "以上": Qualifier.AT_LEAST,
    "(含)以下": Qualifier.AT_MOST,
    "及以下": Qualifier.AT_MOST,
    "以下": Qualifier.LESS_THAN,
    "以内": Qualifier.AT_MOST,
    "之内": Qualifier.AT_MOST,
    "左右": Qualifier.APPROX,
    "上下": Qualifier.APPROX,
    "级": Qualifier.AT_LEAST,
}


def _any_word(words: Iterable[str]) -> str:
    """A pattern for any of ``words``, longest first, as a trie of their characters.

    It matches what ``"|".join`` of the words sorted longest first matches, in the same order.
    The regular expression engine tries the alternatives of a plain alternation one by one at
    every position; in a trie it tries only the words that start with the text there.
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
        return f"(?:{body})?" if "" in node else body

    return branch(trie)


_SUFFIX_RE = re.compile(r"[ \t]*(" + _any_word(_SUFFIX_QUALIFIERS) + ")")
_SUFFIX_FIRST = frozenset(" \t" + "".join(word[0] for word in _SUFFIX_QUALIFIERS))
# 过 after these characters is a verb ending (通过, 经过, 做过), not "more than".
_NOT_GUO = frozenset("通经不越度透跨闯错难太路做有去来看见用听得获曾超")

_CN_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS) + "廿卅卌几数"
_CANDIDATE = re.compile(
    r"(?:百万万|百万|千万|万万|[百佰千仟万])[ \t]*分[ \t]*之|[0-9.$￥¥€£" + _CN_NUMERAL_CHARS + "]"
)
_DIGIT_CHARS = frozenset(DIGITS)
_MULTIPLIER_PREFIX = {4: "万", 8: "亿", 12: "万亿"}
_LATIN_MULTIPLIERS = {"k": 3, "K": 3, "w": 4, "W": 4, "M": 6, "B": 9}
_DATE_AFTER_YEAR = frozenset("代级度底末初")
_NOT_CHENG = frozenset("本员果功为立交长绩都效品不")
_NOT_KUAI = frozenset("地屏板田块区片")


# -- the result of reading one quantity --------------------------------------------------------


@attrs.define
class _Reading:
    """A quantity read from normalized text, before it becomes a Figure."""

    start: int
    end: int
    value: Decimal  # the number, in ``unit`` times 10^multiplier; for ranges the low bound
    unit: str = ""
    kind: str = ""
    multiplier: int = 0
    high: Decimal | None = None  # range upper bound (same scale as value)
    odd_step: Decimal | None = None
    qualifier: Qualifier = Qualifier.EXACT
    approximate: bool = False
    bare: bool = False
    has_multiplier: bool = False
    chinese: bool = False
    simple_one: bool = False
    is_fraction: bool = False
    percent_word: bool = False
    numeral_end: int = 0


@functools.cache
def _prefixed(unit: str, multiplier: int) -> str | None:
    """The registry unit for 万/亿/万亿 + ``unit`` when it is exactly that multiple."""
    prefix = _MULTIPLIER_PREFIX.get(multiplier)
    if prefix is None:
        return None
    name = prefix + unit
    try:
        factor, dimension = base_factor(name)
        base, base_dimension = base_factor(unit)
    except LichengError:
        return None
    if dimension != base_dimension or factor != (base * Decimal(1).scaleb(multiplier)).normalize():
        return None
    return name


@functools.cache
def _counts(unit: str) -> bool:
    return bool(unit) and is_count(unit)


def _match_money(text: str, pos: int, stop: int) -> tuple[str, int, Decimal] | None:
    """A currency word at ``pos`` (元, 亿元人民币, 美元, 元1角1分 …): unit, end, sub-amount."""
    yuan = _YUAN.match(text, pos, stop)
    extra = Decimal(0)
    if yuan is not None:
        end = yuan.end()
        if yuan.group(1) == "块" and yuan.group(2) is None:
            nxt = text[end] if end < stop else ""
            word_after = nxt in _NOT_KUAI or (nxt and "\u4e00" <= nxt <= "\u9fff")
            change = nxt in DIGITS and end + 1 < stop and text[end + 1] in "毛角"  # 十块三毛
            if word_after and not change:
                return None  # 3块地: 块 is a measure word
        unit = "元"
        name = _CURRENCY_RE.match(text, end, stop)
        if name is not None:
            unit = _CURRENCY_NAMES[name.group()]
            end = name.end()
        if unit == "元":
            jiao = _JIAO_FEN.match(text, end, stop)
            if jiao is not None:
                extra += Decimal(_digit(jiao.group(2))) / 10
                end = jiao.end()
            fen = _FEN.match(text, end, stop)
            if fen is not None:
                extra += Decimal(_digit(fen.group(1))) / 100
                end = fen.end()
            if end < stop and text[end] == "钱" and (jiao is not None or fen is not None):
                end += 1
        if end < stop and text[end] in "整正":
            after = text[end + 1] if end + 1 < stop else ""
            if not ("\u4e00" <= after <= "\u9fff"):
                end += 1
        return unit, end, extra
    name = _CURRENCY_RE.match(text, pos, stop)
    if name is None:
        return None
    unit = _CURRENCY_NAMES[name.group()]
    end = name.end()
    if unit in {"美元", "日元"}:
        cents = _CENTS.match(text, end, stop)
        if cents is not None:
            extra += _small_number(cents.group(2)) / 100
            end = cents.end()
    return unit, end, extra


def _digit(char: str) -> int:
    return int(char) if char.isdigit() else DIGITS[char]


def _small_number(word: str) -> Decimal:
    if word.isdigit():
        return Decimal(word)
    numeral = read_numeral(word)
    return Decimal(0) if numeral is None else numeral.value


def _compute_context(text: str, start: int, end: int) -> bool:
    """P, E, T after a number are computing power only where the text speaks of 算力."""
    return "算力" in text[max(0, start - 40) : end + 20]


def _read_at(text: str, pos: int, stop: int, *, whole: bool = False) -> _Reading | None:
    """Read a quantity whose number starts at ``pos`` (no qualifier words before it)."""
    if _LANES and pos < stop and text[pos] in _LANE_STARTS:
        reading = _read_lane(text, pos, stop)
        if reading is not None:
            return reading
    if text.startswith("半成", pos):
        return _Reading(pos, pos + 2, Decimal("0.5"), "percent", "cheng", chinese=True)
    fraction = _FRACTION_PREFIX.match(text, pos, stop)
    if fraction is not None:
        return _read_per(text, pos, fraction, stop, whole=whole)
    numeral = read_numeral(text, pos, stop, whole=whole)
    if numeral is None:
        return None
    # N分之M: a fraction (二分之一, 3分之157)
    of = _OF.match(text, numeral.end, stop)
    if of is not None and numeral.high is None and numeral.odd_step is None:
        upper = read_numeral(text, of.end(), stop, whole=whole)
        if upper is not None and upper.high is None and upper.odd_step is None:
            if numeral.value == 0:
                return None
            value = _divide(upper.value, numeral.value)
            return _Reading(pos, upper.end, value, is_fraction=True, chinese=True)
    reading = _with_unit(text, numeral, stop, whole=whole)
    if reading is None:
        return None
    return _with_range(text, numeral, reading, stop, whole=whole)


def _divide(numerator: Decimal, denominator: Decimal) -> Decimal:
    """Divide, exact when the denominator is a power of ten."""
    normal = denominator.normalize()
    if normal.as_tuple().digits == (1,) and normal > 0:
        return numerator.scaleb(-int(normal.as_tuple().exponent))
    return numerator / denominator


def _read_per(
    text: str, pos: int, fraction: re.Match[str], stop: int, *, whole: bool
) -> _Reading | None:
    """百分之二十八, 千分之2.4, 万分之三: a percentage (or per mille, per ten thousand)."""
    numeral = read_numeral(text, fraction.end(), stop, whole=whole)
    if numeral is None or numeral.odd_step is not None:
        return None
    exponent = _FRACTION_EXPONENT[fraction.group(1)]
    if exponent == 2:  # noqa: PLR2004 - 百分之: percent as written
        unit, shift = "percent", 0
    elif exponent == 3:  # noqa: PLR2004 - 千分之: per mille as written
        unit, shift = "permille", 0
    else:
        unit, shift = "percent", 2 - exponent
    value = numeral.value.scaleb(shift)
    high = None if numeral.high is None else numeral.high.scaleb(shift)
    return _Reading(
        pos,
        numeral.end,
        value,
        unit,
        "percent",
        high=high,
        chinese=True,
        percent_word=True,
    )


def _with_unit(  # noqa: PLR0915 - one pass over the unit forms
    text: str, numeral: Numeral, stop: int, *, whole: bool = False
) -> _Reading | None:
    """The numeral with the unit after it (if any), N余 and 半 included."""
    value = numeral.value
    multiplier = numeral.multiplier
    end = numeral.end
    probe = end
    while probe < stop and text[probe] in " \t":
        probe += 1
    reading = _Reading(
        numeral.start,
        end,
        value,
        multiplier=multiplier,
        high=numeral.high,
        odd_step=numeral.odd_step,
        bare=numeral.bare,
        has_multiplier=multiplier > 0 or numeral.span_low is not None,
        chinese=numeral.chinese,
        simple_one=numeral.simple and numeral.chinese and numeral.value == 1,
        numeral_end=numeral.end,
    )
    if numeral.span_low is not None:  # 几十万, 数百
        reading.high = numeral.high
    # Latin multipliers after Arabic digits (15k, 30w, 2.5M) when a unit or nothing follows.
    if (
        not numeral.chinese
        and multiplier == 0
        and probe < stop
        and text[probe] in _LATIN_MULTIPLIERS
        and not _UNIT_RE.match(text, probe, stop)
    ):
        nxt = text[probe + 1] if probe + 1 < stop else ""
        if not nxt.isascii() or not nxt.isalnum():
            shift = _LATIN_MULTIPLIERS[text[probe]]
            reading.value = value = value.scaleb(shift)
            if reading.high is not None:
                reading.high = reading.high.scaleb(shift)
            reading.multiplier = multiplier = 0
            reading.has_multiplier = True
            reading.end = end = probe + 1
            probe = end
            while probe < stop and text[probe] in " \t":
                probe += 1
    money = _match_money(text, probe, stop)
    if money is not None:
        unit, money_end, extra = money
        reading.unit, reading.kind, reading.end = unit, "money", money_end
        if extra:
            reading.value = _with_fraction(value, extra, multiplier)
        return reading
    unit_match = _UNIT_RE.match(text, probe, stop)
    if unit_match is None:
        return reading
    unit_end = unit_match.end()
    if unit_match.group("pp") is not None:
        reading.unit, reading.kind, reading.end = "percentage_point", "pp", unit_end
        return reading
    word = unit_match.group("unit")
    unit, kind = _UNITS[word]
    after = text[unit_end] if unit_end < stop else ""
    if kind == "count" and word == "个":
        money = _match_money(text, unit_end, stop)  # 20个比特币
        if money is not None and money[0] != "元":
            reading.unit, reading.kind, reading.end = money[0], "money", money[1]
            return reading
    if not (whole and kind == "compute") and not _unit_allowed(
        text, numeral, word, kind, probe, unit_end, after
    ):
        return reading
    if kind == "fang":
        if multiplier != 4:  # noqa: PLR2004 - only 万方 is an area (万平方米)
            return reading
        kind = "measure"
    elif kind == "flops_context":
        kind = "flops"
    elif kind == "du":
        kind = "measure"
    elif kind == "compute":
        kind = "latin"
    reading.unit, reading.kind, reading.end = unit, kind, unit_end
    if (
        unit_end < stop
        and text[unit_end] == "半"
        and kind in {"measure", "duration", "cheng"}
        and reading.high is None
        and reading.odd_step is None
        and multiplier == 0
    ):
        reading.value = value + Decimal("0.5")
        reading.end = unit_end + 1
    if kind == "cheng" and reading.end < stop:
        # 七成六 (7.6成): a digit after 成 is the next decimal place
        tail = reading.end
        while tail < stop and text[tail] in " \t":
            tail += 1
        if tail < stop and text[tail] in DIGITS and DIGITS[text[tail]] and reading.high is None:
            nxt = text[tail + 1] if tail + 1 < stop else ""
            if nxt not in DIGITS and nxt not in SMALL_UNITS and nxt not in BIG_UNITS:
                reading.value = value + Decimal(DIGITS[text[tail]]) / 10
                reading.end = tail + 1
    return reading


def _unit_allowed(  # noqa: PLR0913, PLR0917 - the context of one unit word
    text: str, numeral: Numeral, word: str, kind: str, start: int, end: int, after: str
) -> bool:
    """Context checks for unit words that are also ordinary words or letters."""
    if kind == "compute":
        return not (after.isascii() and after.isalnum()) and _compute_context(text, start, end)
    if kind == "flops_context":
        return "每秒" in text[max(0, numeral.start - 12) : numeral.start]
    if kind == "du":
        return numeral.multiplier > 0 or after == "电" or "电" in text[max(0, start - 12) : start]
    if kind == "cheng":
        return after not in _NOT_CHENG and not text.startswith("不变", end)
    if kind == "duration" and word == "年":
        if after in _DATE_AFTER_YEAR:
            return False
        return not _written_year(text[numeral.start : numeral.end])
    return not (kind == "latin" and word in {"m", "g", "t"} and after.isascii() and after.isalnum())


def _written_year(digits: str) -> bool:
    """2025 before 年 is a year, not a duration."""
    return len(digits) == 4 and digits.isdigit() and 1000 <= int(digits) <= 2999  # noqa: PLR2004


def _with_fraction(value: Decimal, extra: Decimal, multiplier: int) -> Decimal:
    """Add 角/分 to an amount of 元 (123元1角1分)."""
    if multiplier:
        return value
    return value + extra


def _with_range(
    text: str, first: Numeral, reading: _Reading, stop: int, *, whole: bool = False
) -> _Reading:
    """5至10亿元, 3～5万元, 两到三万, 1万(含)-5万元: a range as written."""
    if reading.high is not None or reading.odd_step is not None:
        return reading
    sep = _RANGE_SEP.match(text, reading.end, stop)
    if sep is None or sep.end() >= stop:
        return reading
    second = read_numeral(text, sep.end(), stop)
    if second is None or second.high is not None or second.odd_step is not None:
        return reading
    if second.value < 0:
        return reading
    upper = _with_unit(text, second, stop, whole=whole)
    if upper is None or upper.high is not None or upper.odd_step is not None:
        return reading
    if not upper.unit and not upper.has_multiplier:
        return reading
    if reading.unit and reading.unit != upper.unit:
        return reading
    low = reading.value
    high = upper.value
    if not reading.unit and not reading.has_multiplier:
        # the first bound inherits the multiplier of the second (两到三万, 八到九百亿, 5至10亿)
        if first.simple and second.lead is not None and second.lead_exponent:
            inherited = low.scaleb(second.lead_exponent)
        else:
            inherited = low.scaleb(second.multiplier)
        if inherited <= high:
            low = inherited
    if low > high:
        return reading
    upper.start = reading.start
    upper.value = low
    upper.high = high
    upper.qualifier = Qualifier.RANGE
    upper.chinese = upper.chinese or reading.chinese
    return upper


# -- the common shape, in one regular expression ---------------------------------------------

# Most numbers in running text are an Arabic number, perhaps 万/亿/万亿, and a unit word that
# needs no context, or none: 52.2亿元, 14家, 28%, 0.5个百分点, 40万平方米, 3年, 7月. ``_read_lane``
# reads those with one match and gives exactly the reading of the general path; whatever the
# general path might read differently (a digit, a range, 半, 角/分, a currency, spaces …) it
# leaves to that path. Tests compare both on arbitrary text with ``_LANES`` off and on.
_LANES = True
_LANE_UNITS: dict[str, tuple[str, str]] = {
    word: entry
    for word, entry in _UNITS.items()
    if entry[1] in {"measure", "count", "percent", "duration"}
    and (not word[0].isascii() or word == "%")
} | {
    "元": ("元", "money"),
    "圆": ("元", "money"),
    "元人民币": ("元", "money"),
    "圆人民币": ("元", "money"),
    "个百分点": ("percentage_point", "pp"),
    **{name: (unit, "money") for name, unit in _CURRENCY_NAMES.items()},
    **{word: _UNITS[word] for word in "PET"},  # computing power, where the text says 算力
}
# Every word the general path could read after the number (units, currencies, 块, percentage
# points), longest first and atomic, so that the lane sees the word the general path sees
# (个月, not 个; 人民币, not 人) and falls back on the words it does not read itself.
_LANE_WORDS = sorted(
    {*_UNITS, *_LANE_UNITS, *_CURRENCY_NAMES, "块", "百分点"}, key=len, reverse=True
)
# After the number: 余/多, 万/亿 and the unit word (shared with ``_LANE_CN``).
_LANE_TAIL = (
    r"(?:(?P<odd>[余多])(?P<oddmult>万亿|亿|万)?|(?P<mult>万亿|亿|万)(?P<multodd>[余多])?)?"
    r"(?P<word>(?>" + _any_word(_LANE_WORDS) + "))?"
)
_LANE = re.compile(r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?)" + _LANE_TAIL)
_LANE_WORD = _LANE.groupindex["word"]
_LANE_STARTS = frozenset("0123456789-负")
# Characters that carry a numeral on (3万5千, 3百, 4点5, 30余, 五六, 1.2兆元) where the lane's
# unit word would start; 千 before 瓦/米/克 and 兆 before 瓦 are the unit (千瓦, 兆瓦), and the
# numeral ends before them.
_LANE_CONTINUES = frozenset(
    ".点 \t" + "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS) + "廿卅卌余多几兆"
)
_LANE_KILO = frozenset({"千瓦", "千瓦时", "千克", "千米", "兆瓦", "兆瓦时"})
# Characters after the unit word that the general path reads on: a range (至, -, (含)),
# 半, 元钱, 元整, 5元3角, 元人民币, 20个比特币, 2个百 分点.
_LANE_STOP_CHARS = " \t(至到~-—–半钱又整正元圆块百"
_LANE_STOPS = frozenset(
    _LANE_STOP_CHARS + "".join(name[0] for name in _CURRENCY_NAMES) + "".join(DIGITS)
)
# After a number with no unit word: also 分之 (a fraction), the Latin multipliers (15k) and
# a full-width comma, which groups thousands in 82，225.00.
_LANE_BARE_STOPS = _LANE_CONTINUES | _LANE_STOPS | frozenset("分，") | frozenset(_LATIN_MULTIPLIERS)
# The same for a number the lane found no word after, less the first characters of currency
# names (日 in 18日, 美 in 5美): a name there would have been that word.
_UNITLESS_STOPS = (
    _LANE_CONTINUES
    | frozenset(_LANE_STOP_CHARS + "".join(DIGITS) + "分，")
    | frozenset(_LATIN_MULTIPLIERS)
)
_LANE_MAX_DIGITS = 20  # far from any rounding (28 digits) or the numeral reader's limits


class _Plan(NamedTuple):
    """What an Arabic number followed by 万/亿 and a unit word becomes, worked out once."""

    unit: str  # as the figure writes it: 亿元 for 亿 and 元, 家 for 万 and 家
    kind: str
    scale: int  # the power of ten the number takes to be in ``unit``
    counts: bool  # the unit counts things: a figure of it is a whole number
    word_unit: str  # the reading's unit, before 万/亿 (元 for 亿元): qualifier words weigh it


def _plans() -> dict[tuple[str | None, str], _Plan]:
    """The plan for each multiplier and unit word ``_lane`` reads without a second look.

    Left out, for ``_lane_mention`` to weigh: computing power (2300P only next to 算力), a
    multiplier before a percentage, a duration or 倍, and words that start with what carries a
    numeral on (百分点 after 5 is 5百 to the reader). 倍, which ``_lane`` leaves to the general
    reader, has a plan too: 1.2倍 is 120 percent, a growth rate after a verb of growth.
    """
    plans: dict[tuple[str | None, str], _Plan] = {}
    unit, kind = _UNITS["倍"]
    plans[None, "倍"] = _Plan(unit, kind, 2, counts=False, word_unit=unit)
    for word, (unit, kind) in _LANE_UNITS.items():
        continues = word[0] in _LANE_CONTINUES and word not in _LANE_KILO
        if kind == "compute" or continues:
            continue
        plans[None, word] = _Plan(unit, kind, 0, _counts(unit), unit)
        if kind in {"percent", "pp", "duration"}:
            continue
        for mult, exponent in _MULTIPLIER_EXPONENT.items():
            prefixed = _prefixed(unit, exponent) if kind in {"money", "measure"} else None
            if prefixed is None:
                plans[mult, word] = _Plan(unit, kind, exponent, _counts(unit), unit)
            else:
                plans[mult, word] = _Plan(prefixed, kind, 0, _counts(prefixed), unit)
    return plans


# After a lone Chinese digit (三产业, 一般, 一季度), whatever could make it part of a figure:
# more numeral, a unit or currency word, a range, a fraction, a list (二、三产业).
_LONE_DIGIT_STOPS = (
    _LANE_BARE_STOPS | frozenset(word[0] for word in _LANE_WORDS) | frozenset("和、,，与及或个")
)


def _lone_digit(text: str, start: int, stop: int, before: str) -> bool:
    """A Chinese digit that is no figure: nothing after it reads on, no currency before it.

    The general path reads it as a bare number, finds no unit, multiplier or currency and
    reports nothing; this says so without reading.
    """
    if text[start] not in _DIGIT_CHARS:
        return False
    after = text[start + 1] if start + 1 < stop else ""
    if after and (after in _LONE_DIGIT_STOPS or after.isdigit()):
        return False
    return not before or (before not in _PREFIX_LAST and before not in " \t")


_LaneParts = tuple[int, int, Decimal, str, str, int, Decimal | None, int, bool]


def _read_lane(text: str, pos: int, stop: int) -> _Reading | None:
    """The reading of an Arabic number with a plain unit or none at ``pos``; else ``None``."""
    parts = _lane(text, pos, stop)
    if parts is None:
        return None
    begin, end, value, unit, kind, multiplier, step, numeral_end, chinese = parts
    return _Reading(
        begin,
        end,
        value,
        unit,
        kind,
        multiplier,
        odd_step=step,
        has_multiplier=multiplier > 0,
        chinese=chinese,
        numeral_end=numeral_end,
    )


def _lane(text: str, pos: int, stop: int) -> _LaneParts | None:
    """``_read_lane``'s reading as a tuple.

    Start, end, value, unit, kind, multiplier, odd step, numeral end and whether 万/亿 was
    written.
    """
    begin = pos
    negative = text[pos] in "-负"
    if negative:
        pos += 1
    match = _LANE.match(text, pos, stop)
    if match is None:
        return None
    number_text, odd, odd_mult, mult, mult_odd, word = match.groups()  # as _LANE names them
    if len(number_text) > _LANE_MAX_DIGITS:
        return None
    numeral_end = match.start(_LANE_WORD) if word is not None else match.end()
    after = text[numeral_end] if numeral_end < stop else ""
    if (odd is not None or mult_odd is not None) and after in BIG_UNITS:
        return None  # 30余万亿 and the like: the general path
    if word is None:
        if after and (after in _LANE_BARE_STOPS or after.isdigit()):
            return None
        unit, kind, end = "", "", numeral_end
    else:
        entry = _LANE_UNITS.get(word)
        if entry is None or (after in _LANE_CONTINUES and word not in _LANE_KILO):
            return None
        unit, kind = entry
        end = match.end()
        following = text[end] if end < stop else ""
        if kind == "compute":  # 2300P: as _unit_allowed has it, then a Latin unit
            if (following.isascii() and following.isalnum()) or not _compute_context(
                text, numeral_end, end
            ):
                return None
            kind = "latin"
        if word == "年" and (
            following in _DATE_AFTER_YEAR or _written_year(text[begin:numeral_end])
        ):
            unit, kind, end = "", "", numeral_end  # 2025年, 80年代: a date, no unit
        elif following and (following in _LANE_STOPS or following.isdigit()):
            return None
    number = Decimal(number_text.replace(",", "") if "," in number_text else number_text)
    if not number:
        return None
    if odd_mult is not None:
        mult = odd_mult
    multiplier = 0 if mult is None else _MULTIPLIER_EXPONENT[mult]
    value = number.scaleb(multiplier) if multiplier else number
    step: Decimal | None = None
    if odd is not None:  # 400余, 30多亿: one unit of the last non-zero digit, then 万/亿
        step = Decimal(1).scaleb(int(number.normalize().as_tuple().exponent) + multiplier)
    elif mult_odd is not None:  # 1.1万余: one unit of the last non-zero digit of 1.1万
        step = Decimal(1).scaleb(int(value.normalize().as_tuple().exponent))
        multiplier = 0  # the multiplier is inside the number now, as the general path has it
    value = -value if negative else value
    return begin, end, value, unit, kind, multiplier, step, numeral_end, mult is not None


# -- figures --------------------------------------------------------------------------------


def _figure(reading: _Reading, qualifier: Qualifier, approximate: bool) -> Figure:  # noqa: FBT001
    """Turn a reading into a Figure, with the unit as written (亿元, 万平方米 …)."""
    unit = reading.unit
    kind = reading.kind
    value = reading.value
    high = reading.high
    step = reading.odd_step
    if kind == "cheng":
        value = value.scaleb(1)
        high = None if high is None else high.scaleb(1)
        step = None if step is None else step.scaleb(1)
    elif kind == "times":
        value = value.scaleb(2)
        high = None if high is None else high.scaleb(2)
        step = None if step is None else step.scaleb(2)
    elif kind == "flops":
        value, high, step, unit = _flops(value, high, step)
    multiplier = reading.multiplier
    if multiplier and unit and kind in {"money", "measure", "latin"}:
        prefixed = _prefixed(unit, multiplier)
        if prefixed is not None:
            unit = prefixed
            value = value.scaleb(-multiplier)
            high = None if high is None else high.scaleb(-multiplier)
            step = None if step is None else step.scaleb(-multiplier)
    approximate = approximate or qualifier is Qualifier.APPROX
    if high is not None:
        return _make_figure((value + high) / 2, unit, Qualifier.RANGE, value, high, approximate)
    if step is not None:
        return _make_figure(value, unit, Qualifier.MORE_THAN, IMPLIED, value + step, approximate)
    # Every other bound follows from the written digits and the wording, as Figure says.
    return _make_figure(value, unit, qualifier, IMPLIED, IMPLIED, approximate)


_FIGURE_FIELDS = ("magnitude", "unit", "qualifier", "_low", "_high", "approximate", "derived")
# Figures read from text are valid by construction, so they skip Figure's converters and
# validators (a figure costs a few microseconds less). Only while Figure has exactly these
# fields; otherwise the public constructor does the work. Tests check both agree.
_TRUSTED = tuple(field.name for field in attrs.fields(Figure)) == _FIGURE_FIELDS


def _make_figure(  # noqa: PLR0913, PLR0917 - the fields of a Figure
    magnitude: Decimal,
    unit: str,
    qualifier: Qualifier,
    low: Decimal | _Implied | None,
    high: Decimal | _Implied | None,
    approximate: bool,  # noqa: FBT001
) -> Figure:
    """A Figure from values the parser has checked: bounds in order, whole counts."""
    if isinstance(low, Decimal) and isinstance(high, Decimal) and low > high:
        msg = f"lower bound {low} is above upper bound {high}"
        raise ValidationError([("low", msg)])
    if not _TRUSTED or (_counts(unit) and magnitude != magnitude.to_integral_value()):
        return Figure(magnitude, unit, qualifier, low=low, high=high, approximate=approximate)
    figure = _new_figure(Figure)
    _set_magnitude(figure, magnitude)
    _set_unit(figure, unit)
    _set_qualifier(figure, qualifier)
    _set_low(figure, low)
    _set_high(figure, high)
    _set_approximate(figure, approximate)
    _set_derived(figure, False)  # noqa: FBT003 - the field's value
    return figure


# The slots' own setters: a frozen class's fields set without a name look-up each.
_new_figure = object.__new__
_set_magnitude, _set_unit, _set_qualifier, _set_low, _set_high, _set_approximate, _set_derived = (
    vars(Figure)[name].__set__ for name in _FIGURE_FIELDS
)


def _flops(
    value: Decimal, high: Decimal | None, step: Decimal | None
) -> tuple[Decimal, Decimal | None, Decimal | None, str]:
    """每秒12.5亿亿次 → 125 PFLOPS: pick the prefix that keeps the number readable."""
    for exponent, unit in ((18, "EFLOPS"), (15, "PFLOPS"), (12, "TFLOPS")):
        if abs(value) >= Decimal(1).scaleb(exponent):
            return (
                value.scaleb(-exponent),
                None if high is None else high.scaleb(-exponent),
                None if step is None else step.scaleb(-exponent),
                unit,
            )
    return value, high, step, "FLOPS"


# -- parse_figure ------------------------------------------------------------------------------

_PREFIX_FORWARD = re.compile(
    "|".join(re.escape(word) for word in sorted(_PREFIX_QUALIFIERS, key=len, reverse=True))
)
_CURRENCY_FORWARD = re.compile(
    "|".join(re.escape(word) for word in sorted(_PREFIX_CURRENCIES, key=len, reverse=True))
)


def parse_figure(text: str) -> Figure:
    """Read one quantity expression, the whole string, as a Figure.

    Reads Arabic, Chinese, financial and traditional numerals with 万/亿 multipliers, units
    (money, area, computing power, power, energy, mass, length, counts, durations, percent,
    percentage points), qualifier words before and after (约, 近, 超过, 以上, 余, 左右 …) and
    ranges (5至10亿元). A bare number is a dimensionless figure.

    Raises:
        ParseError: ``text`` is not one quantity expression; ``position`` is where reading
            stopped.

    Examples:
        >>> from licheng import parse_figure
        >>> parse_figure("52.2亿元")
        Figure('52.2', '亿元')
        >>> parse_figure("近40亿元")
        Figure('40', '亿元', 'nearly')
        >>> parse_figure("400余亩")
        Figure('400', '亩', 'more_than', high='500')
        >>> parse_figure("5至10亿元")
        Figure('7.5', '亿元', 'range', low='5', high='10')
        >>> parse_figure("百分之二十八")
        Figure('28', 'percent')
        >>> parse_figure("两千六百万")
        Figure('26000000', '', low='25500000', high='26500000')
        >>> parse_figure("增长")
        Traceback (most recent call last):
        ...
        licheng.exceptions.ParseError: not a quantity at position 0 in '增长'
    """
    if not isinstance(text, str):  # a caller without type checks
        msg = f"expected a string, not {type(text).__name__}"  # type: ignore[unreachable]
        raise ParseError(msg, text=repr(text))
    figure = _parse_fast(text) if _LANES and "(" not in text else None
    if figure is not None:
        return figure
    norm = normalize(text)
    source = norm.text
    stop = len(source.rstrip())
    pos = len(source) - len(source.lstrip())
    qualifier = Qualifier.EXACT
    currency: str | None = None
    for _ in range(4):
        word = _PREFIX_FORWARD.match(source, pos, stop)
        if (
            word is not None
            and qualifier is Qualifier.EXACT
            and (word.group() != "上" or _bare_next(source, word.end()))
        ):
            qualifier = _PREFIX_QUALIFIERS[word.group()]
            pos = _skip_blank(source, word.end(), stop)
            continue
        money = _CURRENCY_FORWARD.match(source, pos, stop)
        if money is not None and currency is None:
            currency = _PREFIX_CURRENCIES[money.group()]
            pos = _skip_blank(source, money.end(), stop)
            continue
        if source.startswith("从", pos):
            pos += 1
            continue
        break
    try:
        reading = _read_at(source, pos, stop, whole=True)
    except ArithmeticError:
        reading = None
    if reading is None:
        msg = "not a quantity"
        raise ParseError(msg, text=text, position=norm.original_index(pos))
    built = _finish(source, reading, stop, qualifier, currency)
    if built is None:
        msg = "not a quantity"
        raise ParseError(msg, text=text, position=norm.original_index(pos))
    figure, end = built
    if reading.bare and not reading.unit and figure.qualifier is Qualifier.EXACT:
        msg = "a multiplier alone is not a number"
        raise ParseError(msg, text=text, position=norm.original_index(pos))
    if end != stop:
        msg = "unexpected text after the quantity"
        raise ParseError(msg, text=text, position=norm.original_index(end))
    return figure


# The common shape, read by one regular expression: [qualifier] Arabic number [余/多]
# [万/亿/万亿] unit [qualifier] (近40亿元, 3,541家, 400余亩, 20亿元以上). Anything else
# takes the general reader; both end in ``_figure``.
_FAST_UNITS: dict[str, tuple[str, str]] = (
    {
        word: entry
        for word, entry in _UNITS.items()
        if entry[1] in {"measure", "count", "percent"} and word != "成"
    }
    | {name: (unit, "money") for name, unit in _CURRENCY_NAMES.items()}
    | {
        "元": ("元", "money"),
        "圆": ("元", "money"),
        # not 百分点 alone: 5百分点 is left to the general reader (its numeral stops before 百分点)
        "个百分点": ("percentage_point", "pp"),
    }
)
_FAST = re.compile(
    r"[ \t]*(?P<pre>"
    + "|".join(
        re.escape(word)
        for word in sorted(_PREFIX_QUALIFIERS, key=len, reverse=True)
        if word != "上"
    )
    + r")?(?P<num>-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<odd>[余多])?(?P<mult>万亿|亿|万)?"
    + r"[ \t]?(?P<unit>"
    + _any_word(_FAST_UNITS)
    + r")(?P<suf>"
    + _any_word(_SUFFIX_QUALIFIERS)
    + r")?[ \t]*"
)


_FAST_RANGE = re.compile(
    r"[ \t]*(?P<low>\d+(?:\.\d+)?)[ \t]*(?:至|到|~|-|—)[ \t]*(?P<num>\d+(?:\.\d+)?)"
    r"(?P<mult>万亿|亿|万)?[ \t]?(?P<unit>" + _any_word(_FAST_UNITS) + r")[ \t]*"
)


def _parse_fast(text: str) -> Figure | None:
    """The common shapes, read by one regular expression each; ``None`` for anything else."""
    translated = translate(text)
    fast = _FAST.fullmatch(translated)
    if fast is not None:
        return _fast_figure(fast)
    fast = _FAST_RANGE.fullmatch(translated)
    return None if fast is None else _fast_range(fast)


def _fast_range(match: re.Match[str]) -> Figure | None:
    """5至10亿元, 3~5万元: the first bound inherits the multiplier of the second."""
    if len(match.group("low")) + len(match.group("num")) > _FAST_DIGITS:
        return None
    mult = match.group("mult")
    multiplier = 0 if mult is None else _MULTIPLIER_EXPONENT[mult]
    high = Decimal(match.group("num")).scaleb(multiplier)
    written = Decimal(match.group("low"))
    if not high or not written:
        return None  # zero keeps the exponent the general reader gives it
    low = written.scaleb(multiplier)
    if low > high:
        low = written
    if low > high:
        return None
    unit, kind = _FAST_UNITS[match.group("unit")]
    reading = _Reading(0, 0, low, unit, kind, multiplier, high=high, has_multiplier=True)
    try:
        return _figure(reading, Qualifier.EXACT, approximate=False)
    except (LichengError, ArithmeticError):
        return None


def _fast_figure(match: re.Match[str]) -> Figure | None:
    """The Figure for a match of ``_FAST``; ``None`` sends the text to the general reader."""
    number = Decimal(match.group("num").replace(",", ""))
    if len(match.group("num")) > _FAST_DIGITS or not number:
        return None  # zero keeps the exponent the general reader gives it (0万元: 0.0000万元)
    mult = match.group("mult")
    multiplier = 0 if mult is None else _MULTIPLIER_EXPONENT[mult]
    unit, kind = _FAST_UNITS[match.group("unit")]
    reading = _Reading(
        0, 0, number.scaleb(multiplier), unit, kind, multiplier, has_multiplier=multiplier > 0
    )
    if match.group("odd") is not None:
        if number <= 0:
            return None
        exponent = int(number.normalize().as_tuple().exponent)
        reading.odd_step = Decimal(1).scaleb(exponent + multiplier)
    prefix, suffix = match.group("pre"), match.group("suf")
    qualifier = Qualifier.EXACT if prefix is None else _PREFIX_QUALIFIERS[prefix]
    approximate = False
    if suffix is not None:
        qualifier, approximate = _combine(qualifier, _SUFFIX_QUALIFIERS[suffix])
    try:
        return _figure(reading, qualifier, approximate)
    except (LichengError, ArithmeticError):
        return None


_FAST_DIGITS = 30
_MULTIPLIER_EXPONENT = {"万": 4, "亿": 8, "万亿": 12}


def _combine(qualifier: Qualifier, suffix: Qualifier) -> tuple[Qualifier, bool]:
    """One qualifier from the words before and after a number (约…左右, 至少…以上)."""
    if qualifier is Qualifier.EXACT:
        return suffix, False
    if suffix is Qualifier.APPROX:
        return qualifier, True
    if qualifier is Qualifier.APPROX:
        return suffix, True
    return qualifier, False


def _skip_blank(text: str, pos: int, stop: int) -> int:
    while pos < stop and text[pos] in " \t":
        pos += 1
    return pos


def _bare_next(text: str, pos: int) -> bool:
    return pos < len(text) and text[pos] in "百千万亿"


def _suffix(text: str, reading: _Reading, stop: int) -> tuple[Qualifier | None, int]:
    """The qualifier word after a quantity (以上, 左右, 级 …) and where it ends."""
    end = reading.end
    suffix = _SUFFIX_RE.match(text, end, stop)
    if suffix is not None:
        word = suffix.group(1)
        if word != "级" or reading.has_multiplier or reading.unit:
            return _SUFFIX_QUALIFIERS[word], suffix.end()
    if (
        end < stop
        and text[end] in "余多"
        and reading.kind == "duration"
        and reading.odd_step is None
        and reading.high is None
    ):
        # 3年多, 10个月余: more than N, below N + 1
        exponent = int(reading.value.normalize().as_tuple().exponent)
        reading.odd_step = Decimal(1).scaleb(max(exponent, 0))
        return None, end + 1
    return None, end


def _finish(
    text: str,
    reading: _Reading,
    stop: int,
    qualifier: Qualifier,
    currency: str | None,
) -> tuple[Figure, int] | None:
    """Apply the suffix qualifiers and the currency before the number; build the Figure."""
    approximate = False
    if currency is not None:
        if reading.kind == "money" and reading.unit not in {"元", currency}:
            return None
        if reading.kind not in {"money", ""}:
            return None
        reading.unit, reading.kind = currency, "money"
    suffix_qualifier, end = _suffix(text, reading, stop)
    if suffix_qualifier is not None:
        qualifier, approximate = _combine(qualifier, suffix_qualifier)
    try:
        figure = _figure(reading, qualifier, approximate)
    except (LichengError, ArithmeticError):
        return None
    return figure, end


# -- extract ---------------------------------------------------------------------------------

# The words that give a percentage its role, by role, in the order they are tried at a
# position (同比下降 before 同比). One alternation of plain words, so that the regular
# expression engine skips the characters no word starts with; the role is looked up after.
_ROLE_WORDS = {
    "down": "同比下降|同比减少|同比减|同比降|环比下降|环比减|环比降|比上年下降|比上年减|"
    "下降|减少|降低|回落|下滑|下跌|缩减|减小|萎缩|收窄|降幅|减幅|跌幅|负增长|下调|低于",
    "up": "同比增长|同比增|环比增长|环比增|比上年增|增长率|增长|增加|上升|提高|提升|上涨|增速|"
    "增幅|涨幅|扩大|上调|加快|回升|高出|高于|同比|环比",
    "share": "占比|比重|占|份额|比例",
    "bound": "不低于|不高于|不少于|不超过",
}
_ROLE_OF_WORD = {word: role for role, words in _ROLE_WORDS.items() for word in words.split("|")}
_ROLE_RE = re.compile("|".join(_ROLE_WORDS.values()))
# 约占全市算力总量的44%, 不低于营业收入的5%: a qualifier that governs a percentage from afar.
_DISTANT_QUALIFIER = re.compile(
    r"(约|大约|近|将近|接近|超过|超|逾|不低于|不少于|至少|不到|不足|低于|不超过|不高于|最多)"
    r"占?[^,，。;:!?]{1,14}的$"
)
_NOUN_ROLE = re.compile(r"(?P<up>增速|增幅|涨幅|增长率)|(?P<down>降幅|跌幅)|(?P<share>占比|比重)")
_YOY = re.compile(r"同比|比上年|较上年|比去年|较去年|上年同期|去年同期")
_MOM = re.compile(r"环比|比上月|较上月|比上季|较上季|上月")
_CLAUSE_END = "。;!?\n,:，"
# Up to the last clause end in a window (greedy), to read only the clause before a figure.
_LAST_CLAUSE_END = re.compile(f"(?s).*[{_CLAUSE_END}]")
_CONTEXT = 40
_LIST_JOIN = re.compile(r"[ \t]*(?:和|、|,|，|与|及|或)[ \t]*")
_NOT_YUE = frozenset("节制签预契邀相公条违履集婚大")
_NOT_JIN = frozenset("最附邻靠贴亲")
_PERCENT_KINDS = frozenset({"percent", "cheng", "times"})
_LANE_ROLE_KINDS = frozenset({"percent", "pp", "cheng"})  # the lane's kinds that _role_of weighs
_PREFIX_LAST = frozenset(word[-1] for word in [*_PREFIX_CURRENCIES, *_PREFIX_QUALIFIERS])


def extract(text: str) -> list[Mention]:  # noqa: PLR0915 - the hot loop, inline
    """Find every figure in ``text``, in order, with its span, role and basis.

    A mention covers the number, its unit and its qualifier words; ``start`` and ``end``
    index the original text. Growth rates (同比增长10%, 下降3.2%) are signed percent
    figures, shares (占…的28%) are percent figures, changes in percentage points
    (提高2个百分点) are signed. Dates, years, ordinals and labels are not figures. Never
    raises on a string.

    Examples:
        >>> from licheng import extract
        >>> text = "上半年产值52.2亿元，同比增长10%，占全区规上工业总产值的28%。"
        >>> for mention in extract(text):
        ...     print(mention.surface, mention.role.value, mention.basis, repr(mention.figure))
        52.2亿元 value None Figure('52.2', '亿元')
        10% growth yoy Figure('10', 'percent')
        28% share None Figure('28', 'percent')
        >>> [m.figure for m in extract("工业用电量下降3.2%，较一季度回落0.5个百分点")]
        [Figure('-3.2', 'percent'), Figure('-0.5', 'percentage_point')]
    """
    if not isinstance(text, str):  # a caller without type checks
        msg = f"extract() reads a string, not {type(text).__name__}"  # type: ignore[unreachable]
        raise TypeError(msg)
    norm = normalize(text)
    source = norm.text
    stop = len(source)
    cuts = norm._cuts  # noqa: SLF001 - where annotations were removed
    shifts = norm._shifts  # noqa: SLF001 - how many characters were removed up to each cut
    unmoved = cuts[0] if cuts else stop  # a span that ends by here has the same offsets
    found: list[Mention] = []
    pos = 0
    floor = 0  # the end of the last mention: the next one's prefix words start after it
    while pos < stop:
        candidate = _SCAN.search(source, pos)
        if candidate is None:
            break
        start = candidate.start()
        try:
            if not _LANES:
                lane = None
            elif candidate.start(1) >= 0:  # an Arabic number, read by _LANE already
                lane = _arabic_mention(source, candidate, start, stop, floor)
            else:
                lane = _lane_mention(source, start, stop, floor)
            if lane is None:
                result, resume = _mention_at(source, start, stop, depth=0, floor=floor)
            else:
                result, resume = lane
        except (LichengError, ArithmeticError, ValueError, IndexError):
            result, resume = None, start + 1
        if result is not None:
            span_start, span_end, figure, role, basis = result
            floor = span_end
            if span_end <= unmoved:
                first, last = span_start, span_end
            elif span_start < span_end:  # NormalizedText.original_span, without the calls
                cut = bisect_right(cuts, span_start) - 1
                first = span_start if cut < 0 else span_start + shifts[cut]
                cut = bisect_right(cuts, span_end - 1) - 1
                last = span_end if cut < 0 else span_end + shifts[cut]
            else:
                first, last = norm.original_span(span_start, span_end)
            mention = _new_mention(Mention)
            _set_mention_start(mention, first)
            _set_mention_end(mention, last)
            _set_mention_figure(mention, figure)
            _set_mention_role(mention, role)
            _set_mention_basis(mention, basis)
            _set_mention_surface(mention, text[first:last])
            found.append(mention)
        pos = max(resume, start + 1)
    return found


_MentionParts = tuple[int, int, Figure, Role, Basis | None]
# Where a mention may start (``_CANDIDATE``), with an ASCII digit read on by ``_LANE`` at once.
# The look-ahead of every first character lets the engine skip ahead as it does for
# ``_CANDIDATE``; without it, it tries the whole pattern at each character.
_SCAN = re.compile(
    f"(?=[0-9.$￥¥€£{_CN_NUMERAL_CHARS}])(?:(?=[0-9])(?:{_LANE.pattern})|{_CANDIDATE.pattern})"
)
_ARABIC_PLANS = _plans()
# A unit word after spaces, where no numeral goes on (3 万 is 3万, 3 千瓦 is read in full):
# amounts, counts, measures and percentages; a duration's 年 may be a date.
_SPACED_WORD = re.compile(r"[ \t]+(" + _any_word(_LANE_WORDS) + ")")
_SPACED_PLANS = frozenset(
    word
    for (mult, word), plan in _ARABIC_PLANS.items()
    if mult is None and plan.kind != "duration" and word[0] not in _LANE_CONTINUES
)
# Enum members as module names: on the hot path, a member looked up on its class costs more.
_EXACT = Qualifier.EXACT
_APPROX = Qualifier.APPROX
_VALUE = Role.VALUE


def _no_figure(text: str, start: int, end: int, stop: int, number_text: str) -> int | None:
    """Where the lane resumes after a number that is no figure (7月, 18日); else ``None``.

    A number with no unit, multiplier or currency ends at ``end`` and is none, unless
    ``_lane_mention`` would weigh more: a number that reads on, a list that may share the
    unit of its last number, a word before it.
    """
    after = text[end] if end < stop else ""
    if after == "，":  # a clause's comma, unless it groups thousands (82，225.00元)
        if _ARABIC_WIDE.match(text, start, stop) is not None:
            return None
    elif after.isdigit() or (after in _UNITLESS_STOPS and not _unitless_range(text, start, stop)):
        return None
    join = _LIST_JOIN.match(text, end, stop)
    if join is not None and join.end() < stop and _may_start_number(text[join.end()]):
        return None  # 0.1和1.2个百分点: the list may share the unit of its last number
    if not number_text.strip("0,."):  # zero: the lane leaves it to the general path
        return None
    if start and text[start - 1] in _LANE_PREFIX_WORDS and _prefix_word_before(text, start):
        return None  # a currency word would make it a figure
    return end


def _year_before(text: str, end: int, stop: int, number_text: str) -> bool:
    """2025年, 80年代, 3年级: the 年 that ends at ``end`` names a year or a grade."""
    following = text[end] if end < stop else ""
    return following in _DATE_AFTER_YEAR or _written_year(number_text)


def _may_start_number(char: str) -> bool:
    """Whether the general path might read a number from ``char`` on."""
    return char.isascii() or char.isdigit() or char in _CN_NUMERAL_CHARS or char in "负半"


def _unitless_range(text: str, start: int, stop: int) -> bool:
    """1—6月, 2025—2026年: a range whose second number the lane reads with no unit word.

    The general path reads the first number alone then, as it reads 7 in 7月.
    """
    head = _LANE_RANGE.match(text, start, stop)
    if head is None or head.end() >= stop or text[head.end()] not in _ASCII_DIGITS:
        return False
    parts = _lane(text, head.end(), stop)
    return parts is not None and not parts[3] and not parts[5] and parts[6] is None


def _arabic_mention(
    text: str, match: re.Match[str], start: int, stop: int, floor: int
) -> tuple[_MentionParts | None, int] | None:
    """``_lane_mention`` for the commonest shape, an Arabic number and a unit word (52.2亿元).

    ``match`` is ``_LANE``'s at ``start``. Anything the plan of its words does not cover, a
    word before the number or a character after it that may read on goes to
    ``_lane_mention``, which gives what this gives where both apply.
    """
    number_text, odd, odd_mult, mult, mult_odd, word = match.groups()
    end = match.end()
    if (
        len(number_text) > _LANE_MAX_DIGITS
        or (start and (text[start - 1] in _ARABIC_ASIDE or text[start - 1].isascii()))
        or mult_odd is not None
        or (odd is not None and (word is None or word == "年" or word[0] in BIG_UNITS))
    ):
        return _lane_mention(text, start, stop, floor)
    if odd is not None:  # 400余亩, 30多亿元: the multiplier comes after 余/多
        mult = odd_mult
    elif mult is word is None and end < stop and text[end] in " \t":
        spaced = _SPACED_WORD.match(text, end, stop)  # 219 家: the general path skips the space
        if spaced is not None and spaced.group(1) in _SPACED_PLANS:
            word = spaced.group(1)
            end = spaced.end()
    if (
        odd is None
        and mult is None
        and (word is None or (word == "年" and _year_before(text, end, stop, number_text)))
    ):
        numeral_end = end if word is None else end - 1
        no_figure = _no_figure(text, start, numeral_end, stop, number_text)
        if no_figure is None:
            return _lane_mention(text, start, stop, floor)
        return None, no_figure
    plan = _ARABIC_PLANS.get((mult, word))
    if (
        plan is None
        or (end < stop and (text[end] in _LANE_STOPS or text[end].isdigit()))
        or (plan.kind == "duration" and end < stop and text[end] in "余多")
    ):
        return _lane_mention(text, start, stop, floor)
    number = Decimal(number_text.replace(",", "") if "," in number_text else number_text)
    magnitude = number.scaleb(plan.scale) if plan.scale else number
    if not number or (plan.counts and magnitude != magnitude.to_integral_value()):
        return _lane_mention(text, start, stop, floor)
    kind = plan.kind
    qualifier = _EXACT
    prefix_start = start
    if start and text[start - 1] in _LANE_PREFIX_WORDS and _prefix_word_before(text, start):
        prefix_start, qualifier, currency = _prefix(
            text, start, kind, plan.word_unit, bare=False, floor=floor
        )
        if currency is not None:
            return None  # 人民币5亿元: the general path
    if kind == "times" and not _growth_before(text, prefix_start):
        return None, end  # 3倍: a multiple, reported only as growth (增长1.2倍)
    role, basis, negate = _VALUE, None, False
    if kind in _LANE_ROLE_KINDS or kind == "times":
        role, basis, negate, share_qualifier = _role_of(text, prefix_start, kind, magnitude)
        if share_qualifier is not None and qualifier is _EXACT:
            qualifier = share_qualifier
    approximate = False
    if end < stop and text[end] in _SUFFIX_FIRST:
        suffix = _SUFFIX_RE.match(text, end, stop)
        if suffix is not None:
            qualifier, approximate = _combine(qualifier, _SUFFIX_QUALIFIERS[suffix.group(1)])
            end = suffix.end()
    approximate = approximate or qualifier is _APPROX
    if odd is not None:  # one unit of the last written digit above the number, as _lane has it
        step = Decimal(1).scaleb(int(number.normalize().as_tuple().exponent) + plan.scale)
        figure = _make_figure(
            magnitude, plan.unit, Qualifier.MORE_THAN, IMPLIED, magnitude + step, approximate
        )
        if negate:
            figure = _negate(figure)
        return (prefix_start, end, figure, role, basis), end
    if negate:
        magnitude = -magnitude
        qualifier = qualifier.negated
    figure = _make_figure(magnitude, plan.unit, qualifier, IMPLIED, IMPLIED, approximate)
    return (prefix_start, end, figure, role, basis), end


# A Mention's slots set directly, as ``_make_figure`` does for a Figure (tests check that the
# fields are these, in this order, and that both ways give equal mentions).
_MENTION_FIELDS = ("start", "end", "figure", "role", "basis", "surface")
_new_mention = object.__new__
(
    _set_mention_start,
    _set_mention_end,
    _set_mention_figure,
    _set_mention_role,
    _set_mention_basis,
    _set_mention_surface,
) = (vars(Mention)[name].__set__ for name in _MENTION_FIELDS)
_ASCII_DIGITS = frozenset("0123456789")


# The currency and qualifier words ``_prefix`` could find right before a lane's number, by their
# last character; 上 is left out, as it qualifies only a bare 万/亿 (上万人), never a lane's number.
_LANE_PREFIX_WORDS: dict[str, tuple[str, ...]] = {}
for _word in sorted({*_PREFIX_CURRENCIES, *_PREFIX_QUALIFIERS} - {"上"}):
    _LANE_PREFIX_WORDS[_word[-1]] = (*_LANE_PREFIX_WORDS.get(_word[-1], ()), _word)
del _word


# Before the number: what ``_lane_mention`` turns down (a sign, 第, more numeral, a Latin letter
# or digit).
_ARABIC_ASIDE = frozenset("第负" + _CN_NUMERAL_CHARS)


def _prefix_word_before(text: str, start: int) -> bool:
    """Whether a word in ``_LANE_PREFIX_WORDS`` ends at ``start``."""
    return text.endswith(_LANE_PREFIX_WORDS[text[start - 1]], 0, start)


def _lane_mention(  # noqa: PLR0915 - one pass over the parts of a mention
    text: str, start: int, stop: int, floor: int = 0
) -> tuple[_MentionParts | None, int] | None:
    """``_mention_at`` for a number the lane reads, with no context to weigh; else ``None``.

    Gives exactly what ``_mention_at`` gives (tests compare both with ``_LANES`` off and on),
    without its checks for what cannot occur here: no sign, letter, URL or 第 before the
    number, no fraction, 倍 or Chinese numeral, no list sharing a unit; a range only of two
    Arabic numbers (``_lane_range``).
    """
    char = text[start]
    if char in "数几":  # 数据, 几乎: no numeral without a place or 万/亿 next (数百, 几万)
        following = text[start + 1] if start + 1 < stop else ""
        if following not in SMALL_UNITS and following not in BIG_UNITS:
            return None, _numeral_run_end(text, start, stop)
        return None
    before = text[start - 1] if start else ""
    if before and (before.isascii() or before in "第负" or before in _CN_NUMERAL_CHARS):
        return None
    if _lone_digit(text, start, stop, before):  # 一般, 三大, 零售: no figure
        return None, start + 1
    if char not in _ASCII_DIGITS and char not in _CHENG_DIGITS and char not in _CN_LANE_STARTS:
        return None
    high: Decimal | None = None
    bare = char in _LANE_BARE_STARTS
    if bare:
        if before == "上":  # 上万人: a qualifier only before a bare 万/亿
            return None
        parts = _lane_bare(text, start, stop)
        if parts is None:
            return None
    elif char in _CHENG_DIGITS or char == "十":
        if text.startswith("成", start + 1) and char in _CHENG_DIGITS:
            parts = _lane_cheng(text, start, stop)
        elif char in _CN_LANE_DIGITS:
            parts = _lane_chinese(text, start, stop)
        else:
            return None
        if parts is None:
            return None
    else:
        parts = _lane(text, start, stop)
    if parts is None:
        ranged = _lane_range(text, start, stop)
        if ranged is None:
            return None
        parts, high = ranged
    _, end, value, unit, kind, multiplier, step, numeral_end, _ = parts
    prefixed = before in _LANE_PREFIX_WORDS
    level = bare and not unit  # 千亿级, 百亿级: at least 10^11, no unit
    if not unit and not level and (multiplier or _LIST_JOIN.match(text, end, stop)):
        return None  # 万/亿 alone, or a list that may share the unit of its last number
    qualifier = Qualifier.EXACT
    prefix_start = start
    if prefixed and _prefix_word_before(text, start):
        prefix_start, qualifier, currency = _prefix(
            text, start, kind, unit, bare=False, floor=floor
        )
        if currency is not None:
            return None
    if not unit and not level:  # 2025年, 7月: no figure without a unit, 万/亿 or a currency
        return None, end
    role, basis, negate = Role.VALUE, None, False
    if kind in _LANE_ROLE_KINDS:
        role, basis, negate, share_qualifier = _role_of(text, prefix_start, kind, value)
        if share_qualifier is not None and qualifier is Qualifier.EXACT:
            qualifier = share_qualifier
    reading_end = end
    approximate = False
    suffix = _SUFFIX_RE.match(text, end, stop) if text[end : end + 1] in _SUFFIX_FIRST else None
    if (
        bare
        and suffix is None
        and qualifier is Qualifier.EXACT
        and not (kind == "money" and numeral_end - start > 1)
    ):
        return None, end  # 万元GDP, 千人, 百家: words, no figure (as the general reader finds)
    if (
        char == "一"
        and numeral_end == start + 1
        and kind == "count"
        and suffix is None
        and qualifier is Qualifier.EXACT
    ):
        return None, end  # 一个, 一家: a word, no figure, unless qualified (约一个, 一家以上)
    if suffix is not None:  # 级 too: the number has a unit
        qualifier, approximate = _combine(qualifier, _SUFFIX_QUALIFIERS[suffix.group(1)])
        end = suffix.end()
    elif kind == "duration" and end < stop and text[end] in "余多" and step is high is None:
        # 3年多, 10个月余: more than N, below N + 1
        step = Decimal(1).scaleb(max(int(value.normalize().as_tuple().exponent), 0))
        end += 1
    if kind == "cheng":  # 三成: 30 percent
        value = value.scaleb(1)
    elif multiplier and kind in {"money", "measure", "latin"}:
        written = _prefixed(unit, multiplier)
        if written is not None:
            unit = written
            value = value.scaleb(-multiplier)
            high = None if high is None else high.scaleb(-multiplier)
            step = None if step is None else step.scaleb(-multiplier)
    approximate = approximate or qualifier is Qualifier.APPROX
    try:
        if high is not None:
            figure = _make_figure(
                (value + high) / 2, unit, Qualifier.RANGE, value, high, approximate
            )
            if negate:
                figure = _negate(figure)
        elif step is not None:
            figure = _make_figure(
                value, unit, Qualifier.MORE_THAN, IMPLIED, value + step, approximate
            )
            if negate:
                figure = _negate(figure)
        elif negate:  # what _negate gives when both bounds follow from the wording
            figure = _make_figure(-value, unit, qualifier.negated, IMPLIED, IMPLIED, approximate)
        else:
            figure = _make_figure(value, unit, qualifier, IMPLIED, IMPLIED, approximate)
    except (LichengError, ArithmeticError):
        return None, reading_end
    return (prefix_start, end, figure, role, basis), end


_CHENG_DIGITS = {char: Decimal(digit) for char, digit in DIGITS.items() if digit}
_CHENG_STOPS = _LANE_STOPS | _NOT_CHENG | frozenset(SMALL_UNITS) | frozenset(BIG_UNITS)


def _lane_cheng(text: str, start: int, stop: int) -> _LaneParts | None:
    """三成, 近两成, 九成以上: one Chinese digit and 成, as the general reader reads them.

    ``None`` where it might read more: 七成六, 三成半, 五成至六成, 八成不变.
    """
    if not text.startswith("成", start + 1):
        return None
    end = start + 2
    following = text[end] if end < stop else ""
    if following and (following in _CHENG_STOPS or following.isdigit()):
        return None
    value = _CHENG_DIGITS[text[start]]
    return start, end, value, "percent", "cheng", 0, None, start + 1, True


# A Chinese numeral written in full, digit by digit with its place words (五百, 两千六百,
# 二十五, 十), then what the Arabic lane reads after a number: 余/多, 万/亿 and a unit word.
# Atomic, so that 三百分点 is not 三 and 百分点; 三千五 (3500), 一千零五, 五六, 十四五 fall to
# the general reader.
_CN_LANE_DIGITS = frozenset("一二两三四五六七八九十")
_CN_DIGIT = "[一二两三四五六七八九]"
_LANE_CN = re.compile(
    r"(?P<num>(?>"
    rf"{_CN_DIGIT}千(?:{_CN_DIGIT}百(?:{_CN_DIGIT}十{_CN_DIGIT}?)?)?"
    rf"|{_CN_DIGIT}百(?:{_CN_DIGIT}十{_CN_DIGIT}?)?"
    rf"|{_CN_DIGIT}?十{_CN_DIGIT}?"
    rf"|{_CN_DIGIT}"
    r"))" + _LANE_TAIL
)
_CN_PLACES = {"十": 10, "百": 100, "千": 1000}
_CN_PLACE_EXPONENT = {"十": 1, "百": 2, "千": 3}
_CN_LANE_STOPS = _LANE_STOPS | _LANE_CONTINUES  # 两个亿


def _cn_lane_number(number_text: str) -> Decimal:
    """The value of a numeral ``_LANE_CN`` reads: 2.6E+3 for 两千六百, as the reader writes it."""
    total = 0
    digit = 0
    for char in number_text:
        place = _CN_PLACES.get(char)
        if place is None:
            digit = DIGITS[char]
        else:
            total += (digit or 1) * place
            digit = 0
    return Decimal(total + digit).normalize()


def _lane_chinese(text: str, start: int, stop: int) -> _LaneParts | None:
    """五百余亿元, 两千六百万元, 二十五万户: a Chinese numeral in full and a unit word.

    What the general reader reads, or ``None``: a lone 一 (一个, 一家), no unit word, 三千瓦.
    """
    match = _LANE_CN.match(text, start, stop)
    if match is None:
        return None
    number_text, odd, odd_mult, mult, mult_odd, word = match.groups()
    if word == "方" and mult is odd is mult_odd is None:
        # 四方, 一方面: 方 is an area only after 万 (万方); the numeral alone is no figure
        end = match.start(_LANE_WORD)
        return start, end, _cn_lane_number(number_text), "", "", 0, None, end, True
    if word is None or word == "成":
        return None
    if (
        number_text == "一"
        and mult is None
        and odd is None
        and _LANE_UNITS.get(word, ("", ""))[1] != "count"
    ):
        return None  # 一年, 一成: the general reader weighs these
    if odd is not None and number_text[-1] not in _CN_PLACES:
        return None  # 十五余: no figure for the general reader
    numeral_end = match.start(_LANE_WORD)
    if number_text[-1] == "千" and word[0] in "瓦克米":
        return None  # 三千瓦: 3000 W or 3 kW, the general reader decides
    if (odd is not None or mult_odd is not None) and word[0] in BIG_UNITS:
        return None
    entry = _LANE_UNITS.get(word)
    if entry is None or word[0] in _LANE_CONTINUES:
        return None
    unit, kind = entry
    end = match.end()
    following = text[end] if end < stop else ""
    if kind == "compute":
        if (following.isascii() and following.isalnum()) or not _compute_context(
            text, numeral_end, end
        ):
            return None
        kind = "latin"
    if word == "年" and following in _DATE_AFTER_YEAR:
        return None
    if following and (following in _CN_LANE_STOPS or following.isdigit()):
        return None
    number = _cn_lane_number(number_text)
    if odd_mult is not None:
        mult = odd_mult
    multiplier = 0 if mult is None else _MULTIPLIER_EXPONENT[mult]
    value = number.scaleb(multiplier) if multiplier else number
    step: Decimal | None = None
    if odd is not None:
        step = Decimal(1).scaleb(int(number.normalize().as_tuple().exponent) + multiplier)
    elif mult_odd is not None:
        step = Decimal(1).scaleb(int(value.normalize().as_tuple().exponent))
        multiplier = 0
    return start, end, value, unit, kind, multiplier, step, numeral_end, True


# A bare 万/亿, perhaps after 百/千, and a unit word: 千亿元, 过万家, 百亿级, 亿元以上.
_LANE_BARE_STARTS = frozenset("百千万亿")
_CN_LANE_STARTS = _LANE_BARE_STARTS | {"十"}
_LANE_BARE = re.compile(
    r"(?P<num>[百千]?)(?P<mult>万亿|亿|万)"
    r"(?P<word>(?>" + _any_word(_LANE_WORDS) + "))?"
)
_LANE_BARE_KINDS = frozenset({"money", "count", "measure"})


def _lane_bare(text: str, start: int, stop: int) -> _LaneParts | None:
    """千亿元, 万家, 百亿级: a bare 万/亿 and a plain unit word, as the general reader reads it.

    Whether it is a figure at all (千亿元 is, 万元 alone is not) ``_lane_mention`` decides.
    """
    match = _LANE_BARE.match(text, start, stop)
    if match is None:
        return None
    number_text, mult, word = match.groups()
    if word is None:  # 千亿级: the suffix 级 makes it a figure with no unit
        end = match.end()
        if not text.startswith("级", end) or text[end + 1 : end + 2] in _CN_LANE_STOPS:
            return None
        exponent = _MULTIPLIER_EXPONENT[mult] + (
            _CN_PLACE_EXPONENT[number_text] if number_text else 0
        )
        return start, end, Decimal(1).scaleb(exponent), "", "", 0, None, end, True
    entry = _LANE_UNITS.get(word)
    if entry is None or entry[1] not in _LANE_BARE_KINDS:
        return None
    unit, kind = entry
    end = match.end()
    following = text[end] if end < stop else ""
    if following and (following in _CN_LANE_STOPS or following.isdigit()):
        return None
    multiplier = _MULTIPLIER_EXPONENT[mult]
    exponent = multiplier + (_CN_PLACE_EXPONENT[number_text] if number_text else 0)
    value = Decimal(1).scaleb(exponent)
    return start, end, value, unit, kind, multiplier, None, match.start("word"), True


# An Arabic number and a range separator: 3-5亿元, 5至10亿元, 3~5万元 (``_with_range``).
_LANE_RANGE = re.compile(
    r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?)" + _RANGE_SEP.pattern
)


def _lane_range(text: str, start: int, stop: int) -> tuple[_LaneParts, Decimal] | None:
    """A range of two Arabic numbers, the second read by the lane with a unit; else ``None``.

    The lane's parts of the second number with the range's start and low bound, and the high
    bound: what ``_with_range`` makes of them. The first number inherits the multiplier of the
    second (5至10亿元: 5亿) unless that puts it above the second.
    """
    head = _LANE_RANGE.match(text, start, stop)
    if head is None:
        return None
    second = head.end()
    if second >= stop or text[second] not in _ASCII_DIGITS:
        return None
    parts = _lane(text, second, stop)
    if parts is None:
        return None
    _, end, high, unit, kind, multiplier, step, numeral_end, chinese = parts
    first = head.group(1)
    if not unit or step is not None or len(first) > _LANE_MAX_DIGITS:
        return None
    low = Decimal(first.replace(",", "") if "," in first else first)
    if not low:
        return None
    inherited = low.scaleb(multiplier)
    if inherited <= high:
        low = inherited
    if low > high:
        return None
    return (start, end, low, unit, kind, multiplier, None, numeral_end, chinese), high


def _mention_at(
    text: str, start: int, stop: int, depth: int, floor: int = 0
) -> tuple[_MentionParts | None, int]:
    """Read a mention whose number starts at ``start``; also where to resume scanning.

    Its sign and prefix words (约, 人民币) start at ``floor`` or later: text before it belongs
    to the mention before.
    """
    before = text[start - 1] if start > 0 else ""
    if (before.isascii() and before.isalpha()) or before == "第":
        return None, _numeral_run_end(text, start, stop)
    if (
        before
        and before in "-_."
        and start > 1
        and text[start - 2].isascii()
        and text[start - 2].isalnum()
    ):
        return None, _numeral_run_end(text, start, stop)
    if before and before.isascii() and not before.isspace() and _in_url(text, start):
        return None, _numeral_run_end(text, start, stop)
    number_start = start
    if (
        before
        and before in "-负"
        and start > floor
        and (start == 1 or not _number_like(text[start - 2]))
    ):
        number_start = start - 1
    elif _LANES and _lone_digit(text, start, stop, before):
        return None, start + 1
    reading = _read_at(text, number_start, stop)
    if reading is None:
        return None, _numeral_run_end(text, start, stop)
    resume = reading.end
    if _digit_sequence(text, reading, stop):
        return None, _numeral_run_end(text, start, stop)
    if reading.is_fraction:
        return None, resume
    prefix_start, qualifier, currency = _prefix(
        text, number_start, reading.kind, reading.unit, bare=reading.bare, floor=floor
    )
    if reading.kind == "times" and not _growth_before(text, prefix_start):
        return None, resume
    if not reading.unit and depth < 6:  # noqa: PLR2004 - a list of up to six numbers
        shared = _shared_unit(text, reading, stop, depth)
        if shared is not None:
            reading.unit, reading.kind = shared
    suffix = _SUFFIX_RE.match(text, reading.end, stop)
    if not _worth_reporting(reading, qualifier if suffix is None else Qualifier.AT_LEAST, currency):
        return None, resume
    role, basis, negate, share_qualifier = _role_of(text, prefix_start, reading.kind, reading.value)
    if share_qualifier is not None and qualifier is Qualifier.EXACT:
        qualifier = share_qualifier
    built = _finish(text, reading, stop, qualifier, currency)
    if built is None:
        return None, resume
    figure, end = built
    if negate:
        figure = _negate(figure)
    return (prefix_start, end, figure, role, basis), end


_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")


def _number_like(char: str) -> bool:
    return (char.isascii() and char.isalnum()) or char in _CN_NUMERAL_CHARS


def _in_url(text: str, start: int) -> bool:
    """Whether the number sits in a URL or a percent-encoded string (%20, q=30%25)."""
    begin = start
    limit = max(0, start - 300)
    while begin > limit and text[begin - 1].isascii() and not text[begin - 1].isspace():
        begin -= 1
    word = text[begin:start]
    if "://" in word or "www." in word or ("?" in word and "=" in word):
        return True
    return _PERCENT_ESCAPE.search(word) is not None


def _numeral_run_end(text: str, start: int, stop: int) -> int:
    end = start
    while end < stop and (
        text[end] in _CN_NUMERAL_CHARS or text[end].isdigit() or text[end] in ".,"
    ):
        end += 1
    return max(end, start + 1)


def _digit_sequence(text: str, reading: _Reading, stop: int) -> bool:
    """二〇二五年, 一一: Chinese digits read one by one are codes or years, not figures."""
    end = reading.end
    if reading.unit or end >= stop or end == 0:
        return False
    return text[end] in _DIGIT_CHARS and text[end - 1] in _DIGIT_CHARS


def _prefix(  # noqa: PLR0913 - the reading's kind, unit and bareness decide the words
    text: str, start: int, kind: str, unit: str, *, bare: bool, floor: int = 0
) -> tuple[int, Qualifier, str | None]:
    """Qualifier and currency words right before the number: 约, 近, 超过, 人民币, $.

    ``kind``, ``unit`` and ``bare`` are the reading's: they decide which words may qualify it.
    The words start at ``floor`` or later.
    """
    qualifier = Qualifier.EXACT
    currency: str | None = None
    pos = start
    for _ in range(2):
        probe = pos
        while probe > floor and text[probe - 1] in " \t":
            probe -= 1
        if probe == 0 or text[probe - 1] not in _PREFIX_LAST:
            break  # every word below ends with the character before the number
        last = text[probe - 1]
        matched = False
        if currency is None:
            for word in _CURRENCIES_ENDING.get(last, ()):
                if not text.endswith(word, floor, probe):
                    continue
                named = _PREFIX_CURRENCIES[word]
                if not _currency_prefix_allowed(text, probe - len(word), named, kind, unit):
                    continue
                currency = named
                pos = probe - len(word)
                matched = True
                break
        if matched:
            continue
        if qualifier is Qualifier.EXACT:
            for word in _QUALIFIERS_ENDING.get(last, ()):
                if not text.endswith(word, floor, probe) or not _prefix_allowed(
                    text, word, probe - len(word), kind, bare=bare
                ):
                    continue
                qualifier = _PREFIX_QUALIFIERS[word]
                pos = probe - len(word)
                matched = True
                break
        if not matched:
            break
    return pos, qualifier, currency


def _ending(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """``words`` by their last character, longest first (the order ``_prefix`` tries them)."""
    table: dict[str, tuple[str, ...]] = {}
    for word in sorted(words, key=len, reverse=True):
        table[word[-1]] = (*table.get(word[-1], ()), word)
    return table


_CURRENCIES_ENDING = _ending(_PREFIX_CURRENCIES)
_QUALIFIERS_ENDING = _ending(_PREFIX_QUALIFIERS)


def _currency_prefix_allowed(text: str, start: int, currency: str, kind: str, unit: str) -> bool:
    """人民币 / $ before a number, unless it ends the number before it (4人民币5美元)."""
    if kind not in {"money", ""} or (kind == "money" and unit != "元"):
        return kind == "money" and unit == currency
    before = text[start - 1] if start > 0 else ""
    if before.isdigit() or before in _DIGIT_CHARS or before in SMALL_UNITS or before in BIG_UNITS:
        return False
    return not (before.isascii() and before.isalpha() and text[start].isascii())


def _prefix_allowed(text: str, word: str, start: int, kind: str, *, bare: bool) -> bool:
    before = text[start - 1] if start > 0 else ""
    if word == "过":
        return before not in _NOT_GUO
    if word == "上":
        return bare
    if word in {"约", "大约"}:
        return before not in _NOT_YUE or word == "大约"
    if word == "近":
        return before not in _NOT_JIN and kind != "duration"
    return not (bare and kind == "duration")


def _growth_before(text: str, start: int) -> bool:
    """增长1.2倍: 倍 is a growth rate only right after a verb of growth."""
    window = text[max(0, start - 4) : start]
    return window.endswith(("增长", "增加", "提高", "提升", "扩大"))


def _shared_unit(text: str, reading: _Reading, stop: int, depth: int) -> tuple[str, str] | None:
    """分别提高0.1和1.2个百分点: a list of numbers that share the unit of the last one."""
    join = _LIST_JOIN.match(text, reading.end, stop)
    if join is None or join.end() >= stop:
        return None
    result, _ = _mention_at(text, join.end(), stop, depth + 1)
    if result is None:
        return None
    figure = result[2]
    unit = figure.unit
    if not unit or result[0] != join.end():
        return None
    if unit in {"percent", "percentage_point", "permille"}:
        return unit, "pp" if unit == "percentage_point" else "percent"
    clause = text[max(0, reading.start - _CONTEXT) : reading.start]
    if "分别" not in clause:
        return None
    if reading.has_multiplier:
        return None
    return unit, "count" if _counts(unit) else "measure"


def _worth_reporting(reading: _Reading, qualifier: Qualifier, currency: str | None) -> bool:
    """Whether a reading is a figure worth reporting in running text."""
    if currency is not None:
        return True
    if not reading.unit:
        if not reading.has_multiplier:
            return False
        return not reading.bare or qualifier is not Qualifier.EXACT
    if reading.bare and qualifier is Qualifier.EXACT:
        # 千万元 and 千亿元 are amounts; 万元 (万元GDP), 千人 (每千人) and 百家 are words
        return reading.numeral_end - reading.start > 1 and reading.kind == "money"
    return not (reading.simple_one and reading.kind == "count" and qualifier is Qualifier.EXACT)


def _role_of(
    text: str, start: int, kind: str, value: Decimal
) -> tuple[Role, Basis | None, bool, Qualifier | None]:
    """Role, basis, whether to negate, and a qualifier before 占 (约占 → approx)."""
    if kind not in _PERCENT_KINDS and kind != "pp":
        return Role.VALUE, None, False, None
    begin = max(0, start - _CONTEXT)
    last_end = _LAST_CLAUSE_END.match(text, begin, start)
    context = text[begin if last_end is None else last_end.end() : start]
    # The last role word. No role word overlaps itself (a test checks), so the scan's last match
    # is the rightmost occurrence of its word.
    words = _ROLE_RE.findall(context)
    group = _ROLE_OF_WORD[words[-1]] if words else None
    negate = group == "down"
    if group in {"up", "down"}:
        last_start = context.rfind(words[-1])
        between = context[last_start + len(words[-1]) :]
        if "至" in between or "到" in between:  # 下降至5%, 提高到30%: a level, not a change
            negate = False
            noun = None
            for match in _NOUN_ROLE.finditer(context[:last_start]):
                noun = match
            group = None if noun is None else noun.lastgroup
            if group == "down":
                group = "up"
    if kind == "pp":
        return Role.CHANGE_PP, _basis(context), negate and value > 0, None
    # the pattern ends with 的: most contexts are turned down without a search
    distant = _DISTANT_QUALIFIER.search(context) if context.endswith("的") else None
    distant_qualifier = None if distant is None else _PREFIX_QUALIFIERS[distant.group(1)]
    if group == "share":
        return Role.SHARE, None, False, distant_qualifier
    if group in {"up", "down"}:
        return Role.GROWTH, _basis(context), negate and value > 0, None
    return Role.VALUE, None, False, distant_qualifier


def _basis(context: str) -> Basis | None:
    if _MOM.search(context) is None:  # the common case: one search each, no lists
        return None if _YOY.search(context) is None else Basis.YOY
    yoy = [match.start() for match in _YOY.finditer(context)]
    mom = [match.start() for match in _MOM.finditer(context)]
    if not yoy and not mom:
        return None
    if not mom or (yoy and yoy[-1] > mom[-1]):
        return Basis.YOY
    return Basis.MOM


def _negate(figure: Figure) -> Figure:
    """A decline as a negative growth rate: 下降超过3% → less than −3%."""
    low, high = figure.low_magnitude, figure.high_magnitude
    negated_low = None if high is None else -high
    negated_high = None if low is None else -low
    qualifier = figure.qualifier.negated
    # the figure is valid, so is its negation with implied bounds (no validators needed)
    approximate = figure.approximate
    plain = _make_figure(-figure.magnitude, figure.unit, qualifier, IMPLIED, IMPLIED, approximate)
    if (plain.low_magnitude, plain.high_magnitude) == (negated_low, negated_high):
        return plain  # bounds implied by the wording, as for any figure read from text
    return Figure(
        -figure.magnitude,
        figure.unit,
        qualifier,
        low=negated_low,
        high=negated_high,
        approximate=figure.approximate,
    )
