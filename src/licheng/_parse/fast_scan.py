"""The fast mentions: a figure in running text, read with its words, without the reference reader.

``extract`` asks these first (through the seam); each gives what ``scan._mention_at`` gives or
declines with ``None``.
"""

from __future__ import annotations

import re
import string
from decimal import Decimal

from licheng._figures import Figure, next_digit_step
from licheng._parse.build import _build, _figure, _implied_figure
from licheng._parse.context import (
    _DATE_AFTER_YEAR,
    _LANE_ROLE_KINDS,
    _LIST_JOIN,
    SUFFIX_FIRST,
    SUFFIX_RE,
    _combine,
    _growth_before,
    _numeral_run_end,
    _prefix,
    _role_of,
    _written_year,
)
from licheng._parse.fast import (
    _ASCII_DIGITS,
    _CHENG_DIGITS,
    _CN_LANE_DIGITS,
    _CN_LANE_STARTS,
    _LANE_BARE_STARTS,
    _LANE_CONTINUES,
    _LANE_MAX_DIGITS,
    _LANE_RANGE,
    _LANE_STOPS,
    _LANE_WORDS,
    _UNITLESS_STOPS,
    _lane_bare,
    _lane_cheng,
    _lane_chinese,
    _lane_range,
    _lone_digit,
    _plans,
    _read_lane,
)
from licheng._parse.numerals import _ARABIC_WIDE
from licheng._parse.seam import provide
from licheng._parse.vocabulary import (
    BARE_ONLY,
    BIG_UNITS,
    CN_NUMERAL_CHARS,
    COUNT,
    DURATION,
    MONEY,
    PREFIX_CURRENCIES,
    PREFIX_QUALIFIER,
    SMALL_UNITS,
    SUFFIX_QUALIFIER,
    TIMES,
    any_word,
)
from licheng._qualifier import Qualifier
from licheng._roles import Basis, Role
from licheng.exceptions import LichengError

_MentionParts = tuple[int, int, Figure, Role, Basis | None]

_ARABIC_PLANS = _plans()
# A unit word after spaces, where no numeral goes on (3 万 is 3万, 3 千瓦 is read in full):
# amounts, counts, measures and percentages; a duration's 年 may be a date.
_SPACED_WORD = re.compile(r"[ \t]+(" + any_word(_LANE_WORDS) + ")")
_SPACED_PLANS = frozenset(
    word
    for (mult, word), plan in _ARABIC_PLANS.items()
    if mult is None and plan.kind != DURATION and word[0] not in _LANE_CONTINUES
)
# Enum members as module names: on the hot path, a member looked up on its class costs more.
_ONE = Decimal(1)
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
    if not number_text.strip("0,."):  # zero: the lane leaves it to the reference reader
        return None
    if start and text[start - 1] in _LANE_PREFIX_WORDS and _prefix_word_before(text, start):
        return None  # a currency word would make it a figure
    return end


def _year_before(text: str, end: int, stop: int, number_text: str) -> bool:
    """2025年, 80年代, 3年级: the 年 that ends at ``end`` names a year or a grade."""
    following = text[end] if end < stop else ""
    return following in _DATE_AFTER_YEAR or _written_year(number_text)


def _may_start_number(char: str) -> bool:
    """Whether the reference reader might read a number from ``char`` on."""
    return char.isascii() or char.isdigit() or char in CN_NUMERAL_CHARS or char in "负半"


def _unitless_range(text: str, start: int, stop: int) -> bool:
    """1—6月, 2025—2026年: a range whose second number the lane reads with no unit word.

    The reference reader reads the first number alone then, as it reads 7 in 7月.
    """
    head = _LANE_RANGE.match(text, start, stop)
    if head is None or head.end() >= stop or text[head.end()] not in _ASCII_DIGITS:
        return False
    parts = _read_lane(text, head.end(), stop)
    return parts is not None and not parts.unit and not parts.multiplier and parts.odd_step is None


def _arabic_mention(
    text: str, match: re.Match[str], start: int, stop: int, floor: int
) -> tuple[_MentionParts | None, int] | None:
    """``_lane_mention`` for the commonest shape, an Arabic number and a unit word (52.2亿元).

    ``match`` is ``extract``'s scan's at ``start``: the groups of ``_LANE``'s match there, an
    empty one after the first. Anything the plan of its words does not cover, a word before the
    number or a character after it that may read on goes to ``_lane_mention``, which gives what
    this gives where both apply.
    """
    number_text, _, odd, odd_mult, mult, mult_odd, word = match.groups()
    end = match.end()
    # the characters either side, taken once: each index into Chinese text makes a new string
    before = text[start - 1] if start else ""
    if (
        len(number_text) > _LANE_MAX_DIGITS
        or (before and (before in _ARABIC_ASIDE or before.isascii()))
        or mult_odd is not None
        or (odd is not None and (word is None or word == "年" or word[0] in BIG_UNITS))
    ):
        return _lane_mention(text, start, stop, floor)
    if odd is not None:  # 400余亩, 30多亿元: the multiplier comes after 余/多
        mult = odd_mult
    elif mult is word is None and end < stop and text[end] in " \t":
        spaced = _SPACED_WORD.match(text, end, stop)  # 219 家: the reference reader skips the space
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
    if plan is None:
        return _lane_mention(text, start, stop, floor)
    unit, kind, scale, counts, word_unit = plan
    after = text[end] if end < stop else ""
    if after and (
        after in _ARABIC_STOPS or after.isdigit() or (kind == DURATION and after in "余多")
    ):
        return _lane_mention(text, start, stop, floor)
    number = Decimal(number_text.replace(",", "") if "," in number_text else number_text)
    magnitude = number.scaleb(scale) if scale else number
    if not number or (counts and magnitude != magnitude.to_integral_value()):
        return _lane_mention(text, start, stop, floor)
    qualifier = _EXACT
    prefix_start = start
    if before in _LANE_PREFIX_WORDS and text.endswith(_LANE_PREFIX_WORDS[before], 0, start):
        prefix_start, qualifier, currency = _prefix(
            text, start, kind, word_unit, bare=False, floor=floor
        )
        if currency is not None:
            return None  # 人民币5亿元: the reference reader
    if kind == TIMES and not _growth_before(text, prefix_start):
        return None, end  # 3倍: a multiple, reported only as growth (增长1.2倍)
    role, basis, negate = _VALUE, None, False
    if kind in _LANE_ROLE_KINDS or kind == TIMES:
        role, basis, negate, share_qualifier = _role_of(text, prefix_start, kind, magnitude)
        if share_qualifier is not None and qualifier is _EXACT:
            qualifier = share_qualifier
    approximate = False
    if after in SUFFIX_FIRST:
        suffix = SUFFIX_RE.match(text, end, stop)
        if suffix is not None:
            qualifier, approximate = _combine(qualifier, SUFFIX_QUALIFIER[suffix.group(1)])
            end = suffix.end()
    if odd is None:  # ``_build``'s commonest case, without its tests
        approximate = approximate or qualifier is _APPROX
        if negate:
            magnitude, qualifier = -magnitude, qualifier.negated
        figure = _implied_figure(magnitude, unit, qualifier, approximate, whole=True)  # above
    else:  # one unit of the last written digit above the number for 400余亩, as _read_lane has it
        step = next_digit_step(number).scaleb(scale)
        figure = _build(magnitude, unit, qualifier, approximate, None, step, negate=negate)
    return (prefix_start, end, figure, role, basis), end


# The currency and qualifier words ``_prefix`` could find right before a lane's number, by their
# last character; 上 is left out, as it qualifies only a bare 万/亿 (上万人), never a lane's number.
_LANE_PREFIX_WORDS: dict[str, tuple[str, ...]] = {}
for _word in sorted({*PREFIX_CURRENCIES, *PREFIX_QUALIFIER} - BARE_ONLY):
    _LANE_PREFIX_WORDS[_word[-1]] = (*_LANE_PREFIX_WORDS.get(_word[-1], ()), _word)
del _word


# After the unit word: what the reference reader reads on (``_LANE_STOPS``), and a Latin letter,
# which ends no Latin unit word for it (5GW is a figure, 2025CMG is not).
_ARABIC_STOPS = _LANE_STOPS | frozenset(string.ascii_letters)


# Before the number: what ``_lane_mention`` turns down (a sign, 第, more numeral, a Latin letter
# or digit).
_ARABIC_ASIDE = frozenset("第负" + CN_NUMERAL_CHARS)


def _prefix_word_before(text: str, start: int) -> bool:
    """Whether a word in ``_LANE_PREFIX_WORDS`` ends at ``start``."""
    return text.endswith(_LANE_PREFIX_WORDS[text[start - 1]], 0, start)


def _lane_mention(  # noqa: PLR0915 - one pass over the parts of a mention
    text: str, start: int, stop: int, floor: int = 0
) -> tuple[_MentionParts | None, int] | None:
    """``_mention_at`` for a number the lane reads, with no context to weigh; else ``None``.

    Gives exactly what ``_mention_at`` gives (``seam.reference_only`` reads without it),
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
    if before and (before.isascii() or before in "第负" or before in CN_NUMERAL_CHARS):
        return None
    if _lone_digit(text, start, stop, before):  # 一般, 三大, 零售: no figure
        return None, start + 1
    if char not in _ASCII_DIGITS and char not in _CHENG_DIGITS and char not in _CN_LANE_STARTS:
        return None
    high: Decimal | None = None
    bare = char in _LANE_BARE_STARTS
    if bare:
        if before in BARE_ONLY:  # 上万人: a qualifier only before a bare 万/亿
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
        parts = _read_lane(text, start, stop)
    if parts is None:
        ranged = _lane_range(text, start, stop)
        if ranged is None:
            return None
        parts = ranged
    _, end, value, unit, kind, multiplier, step, numeral_end, high = parts[:9]
    prefixed = before in _LANE_PREFIX_WORDS
    level = bare and not unit  # 千亿级, 百亿级: at least 10^11, no unit
    if not unit and not level and (multiplier or _LIST_JOIN.match(text, end, stop)):
        return None  # 万/亿 alone, or a list that may share the unit of its last number
    qualifier = _EXACT
    prefix_start = start
    if prefixed and _prefix_word_before(text, start):
        prefix_start, qualifier, currency = _prefix(
            text, start, kind, unit, bare=False, floor=floor
        )
        if currency is not None:
            return None
    if not unit and not level:  # 2025年, 7月: no figure without a unit, 万/亿 or a currency
        return None, end
    role, basis, negate = _VALUE, None, False
    if kind in _LANE_ROLE_KINDS:
        role, basis, negate, share_qualifier = _role_of(text, prefix_start, kind, value)
        if share_qualifier is not None and qualifier is _EXACT:
            qualifier = share_qualifier
    reading_end = end
    approximate = False
    suffix = SUFFIX_RE.match(text, end, stop) if text[end : end + 1] in SUFFIX_FIRST else None
    if (
        bare
        and suffix is None
        and qualifier is _EXACT
        and not (kind == MONEY and numeral_end - start > 1)
    ):
        return None, end  # 万元GDP, 千人, 百家: words, no figure (as the reference reader finds)
    if (
        char == "一"
        and numeral_end == start + 1
        and kind == COUNT
        and suffix is None
        and qualifier is _EXACT
    ):
        return None, end  # 一个, 一家: a word, no figure, unless qualified (约一个, 一家以上)
    if suffix is not None:  # 级 too: the number has a unit
        qualifier, approximate = _combine(qualifier, SUFFIX_QUALIFIER[suffix.group(1)])
        end = suffix.end()
    elif kind == DURATION and end < stop and text[end] in "余多" and step is high is None:
        # 3年多, 10个月余: more than N, below N + 1
        step = next_digit_step(value).max(_ONE)
        end += 1
    if step is not parts.odd_step:
        parts = parts._replace(odd_step=step)
    try:
        figure = _figure(parts, qualifier, approximate, negate=negate)
    except (LichengError, ArithmeticError):
        return None, reading_end
    return (prefix_start, end, figure, role, basis), end


provide(arabic=_arabic_mention, mention=_lane_mention, skip=_lone_digit)
