"""The reference reader: every written form of one quantity, read the long way.

``_read_at`` reads the quantity whose number starts at a position: the numeral (with the
numeral reader), a fraction (百分之二十八), the unit or currency after it, 半, 角/分 and a
range. It asks the fast reader in the seam first; what it reads is a ``Reading``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from licheng._parse.context import _DATE_AFTER_YEAR, _NOT_CHENG, _compute_context, _written_year
from licheng._parse.numerals import Numeral, read_numeral
from licheng._parse.seam import READERS
from licheng._parse.vocabulary import (
    BIG_UNITS,
    CHENG,
    COUNT,
    CURRENCY_NAMES,
    DIGITS,
    DURATION,
    KUAI,
    LATIN_MULTIPLIER_WORDS,
    LATIN_MULTIPLIERS,
    MEASURE,
    MONEY,
    PERCENT,
    PP,
    SMALL_UNITS,
    UNIT_RULES,
    UNIT_WORDS,
    UNITS,
    YUAN_WORDS,
    Rule,
    _longest_first,
)

# The vocabulary as the reference reader matches it (compiled here, where it is first used).
CURRENCY_RE = re.compile("|".join(_longest_first(CURRENCY_NAMES)))
UNIT_RE = re.compile(
    r"(?P<pp>个?[ \t]*百[ \t]*分[ \t]*点)|(?P<unit>"
    + "|".join(
        re.escape(word) + ("(?![A-Za-z])" if word.isascii() and word.isalpha() else "")
        for word in _longest_first(UNITS)
    )
    + ")"
)
_FRACTION_PREFIX = re.compile(r"(百万万|百万|千万|万万|[百佰千仟万])[ \t]*分[ \t]*之[ \t]*")
_FRACTION_EXPONENT = {"百": 2, "佰": 2, "千": 3, "仟": 3, "万": 4, "百万": 6, "千万": 7}
_FRACTION_EXPONENT |= {"万万": 8, "百万万": 10}
_OF = re.compile(r"[ \t]*分[ \t]*之[ \t]*")
_MULTIPLIER_WORD = re.compile(
    "(" + "|".join(sorted(LATIN_MULTIPLIER_WORDS, key=len, reverse=True)) + r")s?(?![A-Za-z])",
    re.IGNORECASE,
)


def _latin_multiplier(text: str, probe: int, stop: int) -> tuple[int, int] | None:
    """A Latin multiplier at ``probe`` after Arabic digits, as (power of ten, end), if any.

    A letter (15k, 30w, 2.5M) when a unit or nothing follows it; a word (3.5 billion, 12 mn).
    """
    if probe >= stop:
        return None
    char = text[probe]
    if char in LATIN_MULTIPLIERS and not UNIT_RE.match(text, probe, stop):
        after = text[probe + 1] if probe + 1 < stop else ""
        if not after.isascii() or not after.isalnum():
            return LATIN_MULTIPLIERS[char], probe + 1
    word = _MULTIPLIER_WORD.match(text, probe, stop)
    if word is not None:
        return LATIN_MULTIPLIER_WORDS[word.group(1).lower()], word.end()
    return None


_RANGE_SEP = re.compile(r"[ \t]*(?:\(含\)[ \t]*)?(?:至|到|~|-{1,2}|—{1,2}|–{1,2})[ \t]*")
_YUAN = re.compile("(" + "|".join((*YUAN_WORDS, KUAI)) + ")(钱)?")
_HALF_KINDS = frozenset({MEASURE, DURATION, CHENG})  # 3年半, 2亩半, 三成半
_NOT_KUAI = frozenset("地屏板田块区片")  # 3块地: 块 is a measure word

# Where 点 and 分 after a number are points of an index or a score (``Rule.INDEX``, ``SCORE``).
_INDEX_CONTEXT = re.compile("指数|恒指|股市|港股|股指|大盘|台股|加权指")
_SCORE_CONTEXT = re.compile("分数|得分|评分|积分")
_WINDOW = 40
# A change of an index is a number of points (下降38.6点, 跌183点); 点半, 点钟 tell the time.
_INDEX_VERBS = ("跌", "涨", "升", "降", "下挫", "上扬", "报", "收", "开")
_NOT_INDEX_AFTER = frozenset("钟半整多余")

_JIAO_FEN = re.compile(r"(又)?([0-9一二两三四五六七八九壹贰叁肆伍陆柒捌玖])(角|毛)")
_FEN = re.compile(r"([0-9一二两三四五六七八九壹贰叁肆伍陆柒捌玖])分(?![钟之])")
_CENTS = re.compile(r"(又)?[ \t]*([0-9]{1,2}|[一二两三四五六七八九十]{1,3})(美分|日本銭|銭)")


# -- the result of reading one quantity --------------------------------------------------------


class Reading(NamedTuple):
    """A quantity read from normalized text, before it becomes a Figure.

    What every reader gives, the fast ones and the reference one, and what ``build`` turns
    into a Figure. ``value`` is the number in ``unit`` times 10^``multiplier`` (for a range
    the low bound, ``high`` the high one); ``odd_step`` is the width of N余 / N多 above it.
    """

    start: int
    end: int
    value: Decimal
    unit: str = ""
    kind: str = ""  # a ``Kind`` once the unit is read (a ``Rule`` while the context decides)
    multiplier: int = 0
    odd_step: Decimal | None = None
    numeral_end: int = 0  # where the numeral ends, before its unit word
    high: Decimal | None = None
    bare: bool = False  # the numeral starts with 万/亿/千 and no digit (千亿元, 万元)
    has_multiplier: bool = False  # 万/亿 (or 15k, 几十万) was written
    simple_one: bool = False  # a lone Chinese 一 (一个, 一家: words, unless qualified)
    is_fraction: bool = False  # N分之M: read, never reported


def _match_money(text: str, pos: int, stop: int) -> tuple[str, int, Decimal] | None:
    """A currency word at ``pos`` (元, 亿元人民币, 美元, 元1角1分 …): unit, end, sub-amount."""
    yuan = _YUAN.match(text, pos, stop)
    extra = Decimal(0)
    if yuan is not None:
        end = yuan.end()
        if yuan.group(1) == KUAI and yuan.group(2) is None:
            nxt = text[end] if end < stop else ""
            word_after = nxt in _NOT_KUAI or (nxt and "\u4e00" <= nxt <= "\u9fff")
            change = nxt in DIGITS and end + 1 < stop and text[end + 1] in "毛角"  # 十块三毛
            if word_after and not change:
                return None  # 3块地: 块 is a measure word
        unit = "元"
        name = CURRENCY_RE.match(text, end, stop)
        if name is not None:
            unit = CURRENCY_NAMES[name.group()]
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
    name = CURRENCY_RE.match(text, pos, stop)
    if name is None:
        return None
    unit = CURRENCY_NAMES[name.group()]
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


def _read_at(text: str, pos: int, stop: int, *, whole: bool = False) -> Reading | None:
    """Read a quantity whose number starts at ``pos`` (no qualifier words before it)."""
    reading = READERS.reading(text, pos, stop)
    if reading is not None:
        return reading
    if text.startswith("半成", pos):
        return Reading(pos, pos + 2, Decimal("0.5"), "percent", CHENG)
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
            return Reading(pos, upper.end, value, is_fraction=True)
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
) -> Reading | None:
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
    return Reading(
        pos,
        numeral.end,
        value,
        unit,
        PERCENT,
        high=high,
    )


def _with_unit(  # noqa: PLR0915 - one pass over the unit forms
    text: str, numeral: Numeral, stop: int, *, whole: bool = False
) -> Reading | None:
    """The numeral with the unit after it (if any), N余 and 半 included."""
    value = numeral.value
    high = numeral.high
    multiplier = numeral.multiplier
    end = numeral.end
    has_multiplier = multiplier > 0 or numeral.span_low is not None
    probe = end
    while probe < stop and text[probe] in " \t":
        probe += 1
    latin = None if numeral.chinese or multiplier else _latin_multiplier(text, probe, stop)
    if latin is not None:
        shift, end = latin
        value = value.scaleb(shift)
        high = None if high is None else high.scaleb(shift)
        has_multiplier = True
        probe = end
        while probe < stop and text[probe] in " \t":
            probe += 1
    reading = Reading(
        numeral.start,
        end,
        value,
        multiplier=multiplier,
        high=high,
        odd_step=numeral.odd_step,
        numeral_end=numeral.end,
        bare=numeral.bare,
        has_multiplier=has_multiplier,
        simple_one=numeral.simple and numeral.chinese and numeral.value == 1,
    )
    money = _match_money(text, probe, stop)
    if money is not None:
        unit, money_end, extra = money
        if extra:
            value = _with_fraction(value, extra, multiplier)
        return reading._replace(unit=unit, kind=MONEY, end=money_end, value=value)
    unit_match = UNIT_RE.match(text, probe, stop)
    if unit_match is None:
        return reading
    unit_end = unit_match.end()
    if unit_match.group("pp") is not None:
        return reading._replace(unit="percentage_point", kind=PP, end=unit_end)
    word = unit_match.group("unit")
    unit, kind = UNITS[word]
    after = text[unit_end] if unit_end < stop else ""
    if kind == COUNT and word == "个":
        money = _match_money(text, unit_end, stop)  # 20个比特币
        if money is not None and money[0] != "元":
            return reading._replace(unit=money[0], kind=MONEY, end=money[1])
    if not (whole and kind == "compute") and not _unit_allowed(
        text, numeral, word, probe, unit_end, after
    ):
        return reading
    rule = UNIT_RULES[word]
    if rule is Rule.AFTER_WAN and multiplier != 4:  # noqa: PLR2004 - only 万方 is an area
        return reading
    kind = UNIT_WORDS[word].kind  # the rule allows it: the word's own kind
    end = unit_end
    if (
        unit_end < stop
        and text[unit_end] == "半"
        and kind in _HALF_KINDS
        and high is None
        and numeral.odd_step is None
        and multiplier == 0
    ):
        value += Decimal("0.5")
        end = unit_end + 1
    if kind == CHENG and end < stop:
        # 七成六 (7.6成): a digit after 成 is the next decimal place
        tail = end
        while tail < stop and text[tail] in " \t":
            tail += 1
        digit = text[tail] if tail < stop else ""
        tenth = DIGITS.get(digit, int(digit) if "1" <= digit <= "9" else 0)
        if tenth and high is None:  # 七成六, 9成2
            nxt = text[tail + 1] if tail + 1 < stop else ""
            if not nxt or (
                nxt not in DIGITS
                and nxt not in SMALL_UNITS
                and nxt not in BIG_UNITS
                and not nxt.isdigit()
                and nxt not in ".%"
            ):
                value += Decimal(tenth) / 10
                end = tail + 1
    return reading._replace(unit=unit, kind=kind, end=end, value=value)


def _unit_allowed(  # noqa: PLR0913, PLR0917 - the context of one unit word
    text: str, numeral: Numeral, word: str, start: int, end: int, after: str
) -> bool:
    """Whether the context allows the unit word's ``Rule`` (see ``vocabulary.Rule``)."""
    rule = UNIT_RULES[word]
    if rule is Rule.NONE:
        return True
    if rule is Rule.COMPUTING:
        return not (after.isascii() and after.isalnum()) and _compute_context(text, start, end)
    if rule is Rule.PER_SECOND:
        return "每秒" in text[max(0, numeral.start - 12) : numeral.start]
    if rule is Rule.ELECTRICITY:
        return numeral.multiplier > 0 or after == "电" or "电" in text[max(0, start - 12) : start]
    if rule is Rule.NOT_IN_WORD:
        return after not in _NOT_CHENG and not text.startswith("不变", end)
    if rule is Rule.NOT_A_DATE:
        if after in _DATE_AFTER_YEAR:
            return False
        return not _written_year(text[numeral.start : numeral.end])
    if rule is Rule.NOT_BEFORE_LETTER:
        return not (after.isascii() and after.isalnum())
    if rule is Rule.INDEX:
        if after.isdigit() or after in DIGITS or after in _NOT_INDEX_AFTER:
            return False
        before = text[max(0, numeral.start - _WINDOW) : numeral.start]
        return _INDEX_CONTEXT.search(before) is not None or before.endswith(_INDEX_VERBS)
    if rule is Rule.SCORE:
        return (not after or after not in "钟之") and _SCORE_CONTEXT.search(
            text, max(0, numeral.start - _WINDOW), numeral.start
        ) is not None
    return True  # Rule.AFTER_WAN: the caller weighs the multiplier


def _with_fraction(value: Decimal, extra: Decimal, multiplier: int) -> Decimal:
    """Add 角/分 to an amount of 元 (123元1角1分)."""
    if multiplier:
        return value
    return value + extra


def _with_range(
    text: str, first: Numeral, reading: Reading, stop: int, *, whole: bool = False
) -> Reading:
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
        elif not second.multiplier and second.value:
            # 10-15k, 10-15 million: the Latin multiplier the second bound was read with
            inherited = low * (high / second.value)
        else:
            inherited = low.scaleb(second.multiplier)
        if inherited <= high:
            low = inherited
    if low > high:
        return reading
    return upper._replace(start=reading.start, value=low, high=high)


# -- the common shape, in one regular expression ---------------------------------------------

# Most numbers in running text are an Arabic number, perhaps 万/亿/万亿, and a unit word that
