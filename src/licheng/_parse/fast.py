"""The fast readers: the common shapes, read with one regular expression each.

Each gives exactly what the reference reader gives where it answers, and declines (``None``)
where that reader might read more; ``seam`` holds them.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import NamedTuple

from licheng._figures import MAX_DIGITS, Figure, next_digit_step
from licheng._parse.build import _build, _counts, _prefixed
from licheng._parse.context import (
    _DATE_AFTER_YEAR,
    _NOT_CHENG,
    _combine,
    _compute_context,
    _written_year,
)
from licheng._parse.normalize import translate
from licheng._parse.numerals import _ARABIC, _ARABIC_WIDE, Numeral, _written_number
from licheng._parse.reading import _RANGE_SEP, Reading
from licheng._parse.seam import provide
from licheng._parse.vocabulary import (
    BARE_ONLY,
    BIG_UNITS,
    CHENG,
    COUNT,
    CURRENCY_NAMES,
    DIGIT_CHARS,
    DIGITS,
    DURATION,
    KUAI,
    LATIN,
    LATIN_MULTIPLIER_WORDS,
    LATIN_MULTIPLIERS,
    MEASURE,
    MONEY,
    MULTIPLIER_EXPONENT,
    PERCENT,
    PP,
    PREFIX_LAST,
    PREFIX_QUALIFIER,
    SMALL_UNITS,
    SUFFIX_GUARD,
    SUFFIX_QUALIFIER,
    UNIT_WORDS,
    UNITS,
    YUAN_WORDS,
    Guard,
    Rule,
    any_word,
)
from licheng._qualifier import Qualifier
from licheng.exceptions import LichengError

# Most numbers in running text are an Arabic number, perhaps 万/亿/万亿, and a unit word that
# needs no context, or none: 52.2亿元, 14家, 28%, 0.5个百分点, 40万平方米, 3年, 7月. ``_read_lane``
# reads those with one match and gives exactly the reference reader's reading; whatever that
# reader might read differently (a digit, a range, 半, 角/分, a currency, spaces …) it leaves to
# that reader.
_LANE_UNITS: dict[str, tuple[str, str]] = {
    word: entry
    for word, entry in UNITS.items()
    if entry[1] in {MEASURE, COUNT, PERCENT, DURATION} and (not word[0].isascii() or word == "%")
} | {
    **dict.fromkeys(YUAN_WORDS, ("元", MONEY)),
    **{word + "人民币": ("元", MONEY) for word in YUAN_WORDS},
    "个百分点": ("percentage_point", PP),
    **{name: (unit, MONEY) for name, unit in CURRENCY_NAMES.items()},
    **{word: UNITS[word] for word in "PET"},  # computing power, where the text says 算力
}
# Every word the reference reader could read after the number (units, currencies, 块, percentage
# points), longest first and atomic, so that the lane sees the word the reference reader sees
# (个月, not 个; 人民币, not 人) and falls back on the words it does not read itself.
_LANE_WORDS = sorted({*UNITS, *_LANE_UNITS, *CURRENCY_NAMES, KUAI, "百分点"}, key=len, reverse=True)
# After the number: 余/多, 万/亿 and the unit word (shared with ``_LANE_CN``). Each optional
# part is written ``(?:…|)``, not ``(?:…)?``: the same match, but the engine runs an alternation
# for it, cheaper than the repeat it runs for an optional group (a third of the match's cost).
_LANE_TAIL = (
    r"(?:(?P<odd>[余多])(?:(?P<oddmult>万亿|亿|万)|)|(?P<mult>万亿|亿|万)(?:(?P<multodd>[余多])|)|)"
    r"(?:(?P<word>(?>" + any_word(_LANE_WORDS) + "))|)"
)
# An Arabic number as the numeral reader reads one: 1,307.5 or 52.2, no leading zero (007).
# The digits before a thousands comma are possessive: giving one back leaves a digit, not a
# comma, next, so the engine need not try.
_NUMBER = r"[1-9]\d{0,2}+(?:,\d{3})+(?:\.\d+|)(?![\d,])|(?:0|[1-9]\d*)(?:\.\d+|)"
_LANE = re.compile(rf"(?P<num>{_NUMBER})" + _LANE_TAIL)
# ``_NUMBER`` after its first digit, which a look-behind names: what ``extract``'s scan reads
# on after the character it found (the same digits, the same possessive groups).
_NUMBER_AFTER_FIRST = (
    r"(?<=[1-9])(?:\d{0,2}+(?:,\d{3})+(?:\.\d+|)(?![\d,])|\d*(?:\.\d+|))|(?<=0)(?:\.\d+|)"
)
_LANE_WORD = _LANE.groupindex["word"]
_LANE_STARTS = frozenset("0123456789-负")
_ASCII_DIGITS = frozenset("0123456789")
# Characters that carry a numeral on (3万5千, 3百, 4点5, 30余, 五六, 1.2兆元) where the lane's
# unit word would start; 千 before 瓦/米/克 and 兆 before 瓦 are the unit (千瓦, 兆瓦), and the
# numeral ends before them.
_LANE_CONTINUES = frozenset(
    ".点 \t" + "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS) + "廿卅卌余多几兆"
)
_LANE_KILO = frozenset({"千瓦", "千瓦时", "千克", "千米", "兆瓦", "兆瓦时"})
# Characters after the unit word that the reference reader reads on: a range (至, -, (含)),
# 半, 元钱, 元整, 5元3角, 元人民币, 20个比特币, 2个百 分点.
_LANE_STOP_CHARS = " \t(至到~-—–半钱又整正百" + "".join(YUAN_WORDS) + KUAI
_LANE_STOPS = frozenset(
    _LANE_STOP_CHARS + "".join(name[0] for name in CURRENCY_NAMES) + "".join(DIGITS)
)
# After a number with no unit word: also 分之 (a fraction), the Latin multipliers (15k) and
# a full-width comma, which groups thousands in 82，225.00.
# (and the first letters of their English words, 3.5billion, which the reference reader reads)
_LATIN_STOPS = frozenset(LATIN_MULTIPLIERS) | frozenset(
    letter for word in LATIN_MULTIPLIER_WORDS for letter in (word[0], word[0].upper())
)
_LANE_BARE_STOPS = _LANE_CONTINUES | _LANE_STOPS | frozenset("分，") | _LATIN_STOPS
# The same for a number the lane found no word after, less the first characters of currency
# names (日 in 18日, 美 in 5美): a name there would have been that word.
_UNITLESS_STOPS = (
    _LANE_CONTINUES | frozenset(_LANE_STOP_CHARS + "".join(DIGITS) + "分，") | _LATIN_STOPS
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
    unit, kind = UNITS["倍"]
    plans[None, "倍"] = _Plan(unit, kind, 2, counts=False, word_unit=unit)
    for word, (unit, kind) in _LANE_UNITS.items():
        continues = word[0] in _LANE_CONTINUES and word not in _LANE_KILO
        if kind == "compute" or continues:
            continue
        plans[None, word] = _Plan(unit, kind, 0, _counts(unit), unit)
        if kind in {PERCENT, PP, DURATION}:
            continue
        for mult, exponent in MULTIPLIER_EXPONENT.items():
            prefixed = _prefixed(unit, exponent) if kind in {MONEY, MEASURE} else None
            if prefixed is None:
                plans[mult, word] = _Plan(unit, kind, exponent, _counts(unit), unit)
            else:
                plans[mult, word] = _Plan(prefixed, kind, 0, _counts(prefixed), unit)
    # Two words whose rule the multiplier before them settles: 度 is electricity after 万/亿
    # (420亿度), 方 an area after 万 alone (12万方); without it they are left to the reader.
    for word, mults in (("度", tuple(MULTIPLIER_EXPONENT)), ("方", ("万",))):
        unit, kind = UNIT_WORDS[word].unit, UNIT_WORDS[word].kind
        for mult in mults:
            prefixed = _prefixed(unit, MULTIPLIER_EXPONENT[mult])
            if prefixed is not None:  # 亿千瓦时, 万平方米: the figure's unit takes 万/亿
                plans[mult, word] = _Plan(prefixed, kind, 0, _counts(prefixed), unit)
    # Latin unit words that need no context (5GW, 30kWh, 2TEU), after a number alone: the
    # reader reads them whatever follows.
    for word, entry in UNIT_WORDS.items():
        if word[0].isascii() and entry.rule is Rule.NONE and word != "%":
            plans[None, word] = _Plan(entry.unit, entry.kind, 0, _counts(entry.unit), entry.unit)
    return plans


# After a lone Chinese digit (三产业, 一般, 一季度), whatever could make it part of a figure:
# more numeral, a unit or currency word, a range, a fraction, a list (二、三产业).
_LONE_DIGIT_STOPS = (
    _LANE_BARE_STOPS | frozenset(word[0] for word in _LANE_WORDS) | frozenset("和、,，与及或个")
)


def _lone_digit(text: str, start: int, stop: int, before: str) -> bool:
    """A Chinese digit that is no figure: nothing after it reads on, no currency before it.

    The reference reader reads it as a bare number, finds no unit, multiplier or currency and
    reports nothing; this says so without reading.
    """
    if text[start] not in DIGIT_CHARS:
        return False
    after = text[start + 1] if start + 1 < stop else ""
    if after and (after in _LONE_DIGIT_STOPS or after.isdigit()):
        return False
    return not before or (before not in PREFIX_LAST and before not in " \t")


def _read_lane(text: str, pos: int, stop: int) -> Reading | None:
    """The reading of an Arabic number with a plain unit or none at ``pos``; else ``None``."""
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
        return None  # 30余万亿 and the like: the reference reader
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
            kind = LATIN
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
    multiplier = 0 if mult is None else MULTIPLIER_EXPONENT[mult]
    value = number.scaleb(multiplier) if multiplier else number
    step: Decimal | None = None
    if odd is not None:  # 400余, 30多亿: one unit of the last non-zero digit, then 万/亿
        step = next_digit_step(number).scaleb(multiplier)
    elif mult_odd is not None:  # 1.1万余: one unit of the last non-zero digit of 1.1万
        step = next_digit_step(value)
        multiplier = 0  # the multiplier is inside the number now, as the reference reader has it
    value = -value if negative else value
    return Reading(
        begin, end, value, unit, kind, multiplier, step, numeral_end, has_multiplier=multiplier > 0
    )


# -- parse_figure's fast reader ---------------------------------------------------------------
# The common shape of a whole expression, read by one regular expression: [qualifier] Arabic
# number [余/多] [万/亿/万亿] unit [qualifier] (近40亿元, 3,541家, 400余亩, 20亿元以上). Anything
# else goes to the reference reader; both end in ``build``.
_FAST_UNITS: dict[str, tuple[str, str]] = (
    {
        word: entry
        for word, entry in UNITS.items()
        if entry[1] in {MEASURE, COUNT, PERCENT} and word != "成"
    }
    | {name: (unit, MONEY) for name, unit in CURRENCY_NAMES.items()}
    | {
        **dict.fromkeys(YUAN_WORDS, ("元", MONEY)),
        # not 百分点 alone: 5百分点 is left to the reference reader (its numeral stops before 百)
        "个百分点": ("percentage_point", PP),
    }
)
_FAST = re.compile(
    r"[ \t]*(?P<pre>"
    + "|".join(
        re.escape(word)
        for word in sorted(PREFIX_QUALIFIER, key=len, reverse=True)
        if word not in BARE_ONLY
    )
    + r")?(?P<num>-?(?:[1-9]\d{0,2}(?:,\d{3})+|0|[1-9]\d*)(?:\.\d+)?)"
    + r"(?P<odd>[余多])?(?P<mult>万亿|亿|万)?"
    + r"[ \t]?(?P<unit>"
    + any_word(_FAST_UNITS)
    + r")(?P<suf>"
    + any_word(SUFFIX_QUALIFIER)
    + r")?[ \t]*"
)


_FAST_RANGE = re.compile(
    r"[ \t]*(?P<low>(?:0|[1-9]\d*)(?:\.\d+)?)[ \t]*(?:至|到|~|-|—)[ \t]*"
    r"(?P<num>(?:0|[1-9]\d*)(?:\.\d+)?)"
    r"(?P<mult>万亿|亿|万)?[ \t]?(?P<unit>" + any_word(_FAST_UNITS) + r")[ \t]*"
)


# The same with a Chinese or financial numeral written digit by place (三千五百万元, 近四百亿元,
# 壹佰万元, 二十五), the unit word optional: 两千六百万 is a number. 三千五 (3500), 一千零五 and
# 五六百 are left to the reference reader.
_FAST_DIGIT = "[一二两三四五六七八九壹贰叁肆伍陆柒捌玖]"
_FAST_CN = re.compile(
    r"[ \t]*(?P<pre>"
    + "|".join(
        re.escape(word)
        for word in sorted(PREFIX_QUALIFIER, key=len, reverse=True)
        if word not in BARE_ONLY
    )
    + r")?(?P<num>(?>"
    rf"{_FAST_DIGIT}[千仟](?:{_FAST_DIGIT}[百佰](?:{_FAST_DIGIT}[十拾]{_FAST_DIGIT}?)?)?"
    rf"|{_FAST_DIGIT}[百佰](?:{_FAST_DIGIT}[十拾]{_FAST_DIGIT}?)?"
    rf"|{_FAST_DIGIT}?[十拾]{_FAST_DIGIT}?"
    rf"|{_FAST_DIGIT}"
    r"))(?P<odd>[余多])?(?P<mult>万亿|亿|万)?"
    + r"(?:[ \t]?(?P<unit>"
    + any_word(_FAST_UNITS)
    + r"))?(?P<suf>"
    + any_word(SUFFIX_QUALIFIER)
    + r")?[ \t]*"
)
_FAST_PLACES = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}


def _parse_fast(text: str) -> Figure | None:
    """The common shapes, read by one regular expression each; ``None`` for anything else."""
    if "(" in text:
        return None
    translated = translate(text)
    fast = _FAST.fullmatch(translated)
    if fast is not None:
        return _fast_figure(fast, Decimal(fast.group("num").replace(",", "")))
    fast = _FAST_CN.fullmatch(translated)
    if fast is not None:
        return _fast_chinese(fast)
    fast = _FAST_RANGE.fullmatch(translated)
    return None if fast is None else _fast_range(fast)


def _fast_chinese(match: re.Match[str]) -> Figure | None:
    """The Figure for a match of ``_FAST_CN``, or ``None`` where the reader reads otherwise."""
    number_text = match.group("num")
    mult = match.group("mult")
    plain = match.group("odd") is mult is None
    unit = match.group("unit")
    if unit is None:
        suffix = match.group("suf")
        if suffix is not None and SUFFIX_GUARD[suffix] is Guard.WITH_UNIT and mult is None:
            return None  # 三十级, 十多级: a grade, unless 万/亿 makes it a level (十万级)
    elif plain and number_text[-1] in "千仟" and unit[0] in "瓦克米":
        return None  # 三千瓦: the reader reads 三 and 千瓦
    if match.group("odd") is not None and number_text[-1] not in _FAST_PLACES:
        return None  # 十五余: the reader reads no N余 after a digit
    total = digit = 0
    for char in number_text:
        place = _FAST_PLACES.get(char)
        if place is None:
            digit = DIGITS[char]
        else:
            total += (digit or 1) * place
            digit = 0
    # the exponent the reader gives it: that of the last place written (2.6E+3 for 两千六百)
    return _fast_figure(match, Decimal(total + digit).normalize())


def _fast_range(match: re.Match[str]) -> Figure | None:
    """5至10亿元, 3~5万元: the first bound inherits the multiplier of the second."""
    if len(match.group("low")) + len(match.group("num")) > _FAST_DIGITS:
        return None
    mult = match.group("mult")
    multiplier = 0 if mult is None else MULTIPLIER_EXPONENT[mult]
    high = Decimal(match.group("num")).scaleb(multiplier)
    written = Decimal(match.group("low"))
    if not high or not written:
        return None  # zero keeps the exponent the reference reader gives it
    low = written.scaleb(multiplier)
    if low > high:
        low = written
    if low > high:
        return None
    unit, scale = _fast_plan(mult, match.group("unit"))
    if scale != multiplier:  # 亿 joined the unit (亿元): the bounds are in it
        low, high = low.scaleb(-multiplier), high.scaleb(-multiplier)
    try:
        return _build(low, unit, _EXACT, False, high, None, negate=False)  # noqa: FBT003
    except (LichengError, ArithmeticError):
        return None


def _fast_figure(match: re.Match[str], number: Decimal) -> Figure | None:
    """The Figure for a match of ``_FAST``; ``None`` sends the text to the reference reader."""
    prefix, number_text, odd, mult, word, suffix = match.groups()
    if len(number_text) > _FAST_DIGITS or not number:
        return None  # zero keeps the exponent the reference reader gives it (0万元: 0.0000万元)
    unit, scale = _fast_plan(mult, word)
    step = None
    if odd is not None:
        if number <= 0:
            return None
        step = next_digit_step(number).scaleb(scale)
    qualifier = _EXACT if prefix is None else PREFIX_QUALIFIER[prefix]
    approximate = False
    if suffix is not None:
        qualifier, approximate = _combine(qualifier, SUFFIX_QUALIFIER[suffix])
    try:
        magnitude = number.scaleb(scale) if scale else number
        return _build(magnitude, unit, qualifier, approximate, None, step, negate=False)
    except (LichengError, ArithmeticError):
        return None


@functools.cache
def _fast_plan(mult: str | None, word: str | None) -> tuple[str, int]:
    """The unit a figure of 万/亿 and a unit word is written in, and the scale of its number.

    What ``build._figure`` makes of the reading: 亿 and 元 make 亿元 (scale 0), 万 and 家 stay
    家 (scale 4).
    """
    multiplier = 0 if mult is None else MULTIPLIER_EXPONENT[mult]
    unit, kind = ("", "") if word is None else _FAST_UNITS[word]
    if multiplier and unit and kind in {MONEY, MEASURE, LATIN}:
        prefixed = _prefixed(unit, multiplier)
        if prefixed is not None:
            return prefixed, 0
    return unit, multiplier


_EXACT = Qualifier.EXACT
_FAST_DIGITS = MAX_DIGITS  # longer numbers go to the reference reader, which weighs them

_CHENG_DIGITS = {char: Decimal(digit) for char, digit in DIGITS.items() if digit}
_CHENG_STOPS = _LANE_STOPS | _NOT_CHENG | frozenset(SMALL_UNITS) | frozenset(BIG_UNITS)


def _lane_cheng(text: str, start: int, stop: int) -> Reading | None:
    """三成, 近两成, 九成以上: one Chinese digit and 成, as the reference reader reads them.

    ``None`` where it might read more: 七成六, 三成半, 五成至六成, 八成不变.
    """
    if not text.startswith("成", start + 1):
        return None
    end = start + 2
    following = text[end] if end < stop else ""
    if following and (following in _CHENG_STOPS or following.isdigit()):
        return None
    value = _CHENG_DIGITS[text[start]]
    return Reading(start, end, value, "percent", CHENG, 0, None, start + 1)


# A Chinese numeral written in full, digit by digit with its place words (五百, 两千六百,
# 二十五, 十), then what the Arabic lane reads after a number: 余/多, 万/亿 and a unit word.
# Atomic, so that 三百分点 is not 三 and 百分点; 三千五 (3500), 一千零五, 五六, 十四五 fall to
# the reference reader.
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


def _lane_chinese(text: str, start: int, stop: int) -> Reading | None:
    """五百余亿元, 两千六百万元, 二十五万户: a Chinese numeral in full and a unit word.

    What the reference reader reads, or ``None``: a lone 一 (一个, 一家), no unit word, 三千瓦.
    """
    match = _LANE_CN.match(text, start, stop)
    if match is None:
        return None
    number_text, odd, odd_mult, mult, mult_odd, word = match.groups()
    if word == "方" and mult is odd is mult_odd is None:
        # 四方, 一方面: 方 is an area only after 万 (万方); the numeral alone is no figure
        end = match.start(_LANE_WORD)
        return Reading(start, end, _cn_lane_number(number_text), "", "", 0, None, end)
    if word is None or word == "成":
        return None
    if (
        number_text == "一"
        and mult is None
        and odd is None
        and _LANE_UNITS.get(word, ("", ""))[1] != COUNT
    ):
        return None  # 一年, 一成: the reference reader weighs these
    if odd is not None and number_text[-1] not in _CN_PLACES:
        return None  # 十五余: no figure for the reference reader
    numeral_end = match.start(_LANE_WORD)
    if number_text[-1] == "千" and word[0] in "瓦克米":
        return None  # 三千瓦: 3000 W or 3 kW, the reference reader decides
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
        kind = LATIN
    if word == "年" and following in _DATE_AFTER_YEAR:
        return None
    if following and (following in _CN_LANE_STOPS or following.isdigit()):
        return None
    number = _cn_lane_number(number_text)
    if odd_mult is not None:
        mult = odd_mult
    multiplier = 0 if mult is None else MULTIPLIER_EXPONENT[mult]
    value = number.scaleb(multiplier) if multiplier else number
    step: Decimal | None = None
    if odd is not None:
        step = next_digit_step(number).scaleb(multiplier)
    elif mult_odd is not None:
        step = next_digit_step(value)
        multiplier = 0
    return Reading(start, end, value, unit, kind, multiplier, step, numeral_end)


# A bare 万/亿, perhaps after 百/千, and a unit word: 千亿元, 过万家, 百亿级, 亿元以上.
_LANE_BARE_STARTS = frozenset("百千万亿")
_CN_LANE_STARTS = _LANE_BARE_STARTS | {"十"}
_LANE_BARE = re.compile(
    r"(?P<num>[百千]?)(?P<mult>万亿|亿|万)"
    r"(?:(?P<word>(?>" + any_word(_LANE_WORDS) + "))|)"  # ``|)``: as in ``_LANE_TAIL``
)
_LANE_BARE_KINDS = frozenset({MONEY, COUNT, MEASURE})


def _lane_bare(text: str, start: int, stop: int) -> Reading | None:
    """千亿元, 万家, 百亿级: a bare 万/亿 and a plain unit word, as the reference reader reads it.

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
        exponent = MULTIPLIER_EXPONENT[mult] + (
            _CN_PLACE_EXPONENT[number_text] if number_text else 0
        )
        return Reading(start, end, Decimal(1).scaleb(exponent), "", "", 0, None, end)
    entry = _LANE_UNITS.get(word)
    if entry is None or entry[1] not in _LANE_BARE_KINDS:
        return None
    unit, kind = entry
    end = match.end()
    following = text[end] if end < stop else ""
    if following and (following in _CN_LANE_STOPS or following.isdigit()):
        return None
    multiplier = MULTIPLIER_EXPONENT[mult]
    exponent = multiplier + (_CN_PLACE_EXPONENT[number_text] if number_text else 0)
    value = Decimal(1).scaleb(exponent)
    return Reading(start, end, value, unit, kind, multiplier, None, match.start("word"))


# An Arabic number and a range separator: 3-5亿元, 5至10亿元, 3~5万元 (``_with_range``).
_LANE_RANGE = re.compile(rf"({_NUMBER})" + _RANGE_SEP.pattern)


def _lane_range(text: str, start: int, stop: int) -> Reading | None:
    """A range of two Arabic numbers, the second read by the lane with a unit; else ``None``.

    The lane's reading of the second number with the range's start, low and high bounds:
    what ``_with_range`` makes of them. The first number inherits the multiplier of the second
    (5至10亿元: 5亿) unless that puts it above the second.
    """
    head = _LANE_RANGE.match(text, start, stop)
    if head is None:
        return None
    second = head.end()
    if second >= stop or text[second] not in _ASCII_DIGITS:
        return None
    parts = _read_lane(text, second, stop)
    if parts is None:
        return None
    _, end, high, unit, kind, multiplier, step, numeral_end = parts[:8]
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
    return Reading(start, end, low, unit, kind, multiplier, None, numeral_end, high)


def _plain_numeral(text: str, begin: int, pos: int, stop: int, sign: int) -> Numeral | None:
    """A plain Arabic number that nothing after it carries on, as the numeral reader reads it.

    A unit word, 、 or 月 after it ends it; building the reader costs more than all the rest.
    """
    plain = _ARABIC.match(text, pos, stop)
    if plain is None:
        return None
    after = plain.end()
    token = plain.group()
    if (
        after == stop
        or _ends_arabic(text[after])
        or (text[after] == "，" and _ARABIC_WIDE.match(text, pos, stop) is None)
    ) and _written_number(token):
        number = Decimal(token.replace(",", "") if "," in token else token)
        single = len(token) == 1
        return Numeral(
            value=number * sign,
            start=begin,
            end=after,
            lead=number if single and number else None,
            simple=single,
        )
    return None


# Characters that carry an Arabic number on in the reader: more digits and separators, a
# decimal point (4点5), place and section units (3百, 5万), 余/多/几 and the spaces before them.
# A full-width comma carries it on only where it groups thousands (４，５６５).
_CARRIES_ARABIC = (
    frozenset(SMALL_UNITS) | frozenset(BIG_UNITS) | frozenset("余多几") | frozenset(".,，点个兆 \t")
)


def _ends_arabic(char: str) -> bool:
    """Whether the reader stops an Arabic number right before ``char``."""
    return char not in _CARRIES_ARABIC and not char.isdigit()


def _reading(text: str, pos: int, stop: int) -> Reading | None:
    """``_read_lane`` where a number may start, for the reference reader's ``_read_at``."""
    if pos >= stop or text[pos] not in _LANE_STARTS:
        return None
    return _read_lane(text, pos, stop)


provide(numeral=_plain_numeral, reading=_reading, figure=_parse_fast)
