"""The context of a number: the words before and after it, its role, and the guards.

Qualifier and currency words before a number (约, 近, 人民币, $) and after it (以上, 左右), the
role a percentage plays (a share, a growth rate, a change in points) and what it compares
with, and the guards that tell a figure from a date, a code, a URL or an ordinary word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from licheng._parse.vocabulary import (
    BASIS_WORDS,
    CHENG,
    COUNT,
    DISTANT_QUALIFIERS,
    DOWN,
    DURATION,
    MONEY,
    PERCENT,
    PP,
    SHARE,
    SUFFIX_GUARD,
    SUFFIX_QUALIFIERS,
    TIMES,
    UP,
    any_word,
)

if TYPE_CHECKING:
    from licheng._parse.reading import Reading

import re
from collections.abc import Iterable
from decimal import Decimal

from licheng._figures import next_digit_step
from licheng._parse.vocabulary import (
    BIG_UNITS,
    CN_NUMERAL_CHARS,
    DIGIT_CHARS,
    GROWTH_VERBS,
    NOT_AFTER,
    PREFIX_CURRENCIES,
    PREFIX_GUARD,
    PREFIX_LAST,
    PREFIX_QUALIFIER,
    ROLE_WORDS,
    SMALL_UNITS,
    SUFFIX_QUALIFIER,
    Guard,
)
from licheng._qualifier import Qualifier
from licheng._roles import Basis, Role

SUFFIX_RE = re.compile(r"[ \t]*(" + any_word(SUFFIX_QUALIFIERS) + ")")
SUFFIX_FIRST = frozenset(" \t" + "".join(word[0] for word in SUFFIX_QUALIFIERS))
# A trie of the role words: at each position the longest word (同比下降 before 同比), as the
# vocabulary orders them, tried only where the text starts one.
ROLE_RE = re.compile(any_word(ROLE_WORDS))
_DATE_AFTER_YEAR = frozenset("代级度底末初")
# 成 before these is part of a word (成本, 成员, 成果), not tenths.
_NOT_CHENG = frozenset("本员果功为立交长绩都效品不")


def _compute_context(text: str, start: int, end: int) -> bool:
    """P, E, T after a number are computing power only where the text speaks of 算力."""
    return "算力" in text[max(0, start - 40) : end + 20]


def _written_year(digits: str) -> bool:
    """2025 before 年 is a year, not a duration."""
    return len(digits) == 4 and digits.isdigit() and 1000 <= int(digits) <= 2999  # noqa: PLR2004


def _combine(qualifier: Qualifier, suffix: Qualifier) -> tuple[Qualifier, bool]:
    """One qualifier from the words before and after a number (约…左右, 至少…以上)."""
    if qualifier is _EXACT:
        return suffix, False
    if suffix is _APPROX:
        return qualifier, True
    if qualifier is _APPROX:
        return suffix, True
    return qualifier, False


def _skip_blank(text: str, pos: int, stop: int) -> int:
    while pos < stop and text[pos] in " \t":
        pos += 1
    return pos


def _bare_next(text: str, pos: int) -> bool:
    return pos < len(text) and text[pos] in "百千万亿"


def _suffix(text: str, reading: Reading, stop: int) -> tuple[Qualifier | None, int, Reading]:
    """The qualifier word after a quantity (以上, 左右, 级 …), where it ends, and the reading.

    The reading gains an odd step for 3年多 (more than 3 years, below 4).
    """
    end = reading.end
    suffix = SUFFIX_RE.match(text, end, stop)
    if suffix is not None:
        word = suffix.group(1)
        if SUFFIX_GUARD[word] is not _WITH_UNIT or reading.has_multiplier or reading.unit:
            return SUFFIX_QUALIFIER[word], suffix.end(), reading
    if (
        end < stop
        and text[end] in "余多"
        and reading.kind == DURATION
        and reading.odd_step is None
        and reading.high is None
    ):
        # 3年多, 10个月余: more than N, below N + 1
        step = next_digit_step(reading.value).max(Decimal(1))
        return None, end + 1, reading._replace(odd_step=step)
    return None, end, reading


# 约占全市算力总量的44%, 不低于营业收入的5%: a qualifier that governs a percentage from afar.
_DISTANT_QUALIFIER = re.compile("(" + "|".join(DISTANT_QUALIFIERS) + r")占?[^,，。;:!?]{1,14}的$")
_NOUN_ROLE = re.compile(
    r"(?P<up>增速|增幅|涨幅|增长率|成长率|年增率|升幅)|(?P<down>降幅|跌幅|年减率)|(?P<share>占比|比重)"
)
_NOUN_CUE = {"up": UP, "down": UP, "share": SHARE}
_YOY = re.compile("|".join(w for w, basis in BASIS_WORDS.items() if basis is Basis.YOY))
_MOM = re.compile("|".join(w for w, basis in BASIS_WORDS.items() if basis is Basis.MOM))
# Any basis word, as a trie: found where either pattern finds one, in one search.
_ANY_BASIS = re.compile(any_word(BASIS_WORDS))
# Whether every basis word holds one of 比年月季, and every month's basis word one of 环月季, as
# ``_basis`` tests before it searches (a vocabulary with other words searches every context).
_BASIS_CHARS_COVER = all(any(char in word for char in "比年月季") for word in BASIS_WORDS)
_MOM_CHARS_COVER = all(
    any(char in word for char in "环月季")
    for word, basis in BASIS_WORDS.items()
    if basis is Basis.MOM
)
_CLAUSE_END = "。;!?\n,:，"
# Up to the last clause end in a window (greedy), to read only the clause before a figure.
_LAST_CLAUSE_END = re.compile(f"(?s).*[{_CLAUSE_END}]")
_CONTEXT = 40
_SENTENCE = 120  # how far back a sentence's basis carries (不 across 。 or ；)
_SENTENCE_END = re.compile("[。;；!?！？\n]")
_LAST_SENTENCE_END = re.compile("(?s).*" + _SENTENCE_END.pattern)
_BLANK = frozenset(" \t")
_LIST_JOIN = re.compile(r"[ \t]*(?:和|、|,|，|与|及|或)[ \t]*")
_MONEY_OR_NONE = frozenset({MONEY, ""})
_PLAIN, _BARE, _ANY, _NOT_IN_WORD = Guard.PLAIN, Guard.BARE, Guard.ANY, Guard.NOT_IN_WORD
_WITH_UNIT = Guard.WITH_UNIT
# Enum members as module names: on the hot path, a member looked up on its class costs more.
_EXACT, _APPROX = Qualifier.EXACT, Qualifier.APPROX
_VALUE, _SHARE, _GROWTH, _CHANGE_PP = Role.VALUE, Role.SHARE, Role.GROWTH, Role.CHANGE_PP
_BASIS_YOY, _BASIS_MOM = Basis.YOY, Basis.MOM
_PERCENT_KINDS = frozenset({PERCENT, CHENG, TIMES})
_LANE_ROLE_KINDS = frozenset({PERCENT, PP, CHENG})  # the lane's kinds that _role_of weighs

_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")


def _number_like(char: str) -> bool:
    return (char.isascii() and char.isalnum()) or char in CN_NUMERAL_CHARS


_URL_WINDOW = 300  # characters of a URL looked at before a number
# Up to the last character before a number that no URL holds: a space or a character that is
# not ASCII (the ASCII characters ``str.isspace`` calls space included).
_LAST_GAP = re.compile(r"(?s).*[^\x00-\x08\x0e-\x1b\x21-\x7f]")


def _in_url(text: str, start: int) -> bool:
    """Whether the number sits in a URL or a percent-encoded string (%20, q=30%25)."""
    limit = max(0, start - _URL_WINDOW)
    gap = _LAST_GAP.match(text, limit, start)  # one pass in C, however many candidates
    word = text[limit if gap is None else gap.end() : start]
    if "://" in word or "www." in word or ("?" in word and "=" in word):
        return True
    return _PERCENT_ESCAPE.search(word) is not None


def _numeral_run_end(text: str, start: int, stop: int) -> int:
    if text[start] in "数几":  # 家数90,763家: the number after 数 is read on its own
        return start + 1
    end = start
    while end < stop and (
        text[end] in CN_NUMERAL_CHARS or text[end].isdigit() or text[end] in ".,"
    ):
        end += 1
    return max(end, start + 1)


def _digit_sequence(text: str, reading: Reading, stop: int) -> bool:
    """二〇二五年, 一一: Chinese digits read one by one are codes or years, not figures."""
    end = reading.end
    if reading.unit or end >= stop or end == 0:
        return False
    return text[end] in DIGIT_CHARS and text[end - 1] in DIGIT_CHARS


def _prefix(  # noqa: PLR0913 - the reading's kind, unit and bareness decide the words
    text: str, start: int, kind: str, unit: str, *, bare: bool, floor: int = 0
) -> tuple[int, Qualifier, str | None]:
    """Qualifier and currency words right before the number: 约, 近, 超过, 人民币, $.

    ``kind``, ``unit`` and ``bare`` are the reading's: they decide which words may qualify it.
    The words start at ``floor`` or later.
    """
    qualifier = _EXACT
    currency: str | None = None
    pos = start
    for _ in range(2):
        probe = pos
        last = text[probe - 1] if probe else ""  # taken once: an index makes a new string
        while probe > floor and last in _BLANK:
            probe -= 1
            last = text[probe - 1] if probe else ""
        if last not in PREFIX_LAST:
            break  # every word below ends with the character before the number
        matched = False
        if currency is None:
            for word in _CURRENCIES_ENDING.get(last, ()):
                if not text.endswith(word, floor, probe):
                    continue
                named = PREFIX_CURRENCIES[word]
                if not _currency_prefix_allowed(text, probe - len(word), named, kind, unit):
                    continue
                currency = named
                pos = probe - len(word)
                matched = True
                break
        if matched:
            continue
        if qualifier is _EXACT:
            for word in _QUALIFIERS_ENDING.get(last, ()):
                if not text.endswith(word, floor, probe) or not _prefix_allowed(
                    text, word, probe - len(word), kind, bare=bare
                ):
                    continue
                qualifier = PREFIX_QUALIFIER[word]
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


_CURRENCIES_ENDING = _ending(PREFIX_CURRENCIES)
_QUALIFIERS_ENDING = _ending(PREFIX_QUALIFIER)


def _currency_prefix_allowed(text: str, start: int, currency: str, kind: str, unit: str) -> bool:
    """人民币 / $ before a number, unless it ends the number before it (4人民币5美元)."""
    if kind not in _MONEY_OR_NONE or (kind == MONEY and unit != "元"):
        return kind == MONEY and unit == currency
    before = text[start - 1] if start > 0 else ""
    if before.isdigit() or before in DIGIT_CHARS or before in SMALL_UNITS or before in BIG_UNITS:
        return False
    return not (before.isascii() and before.isalpha() and text[start].isascii())


def _prefix_allowed(text: str, word: str, start: int, kind: str, *, bare: bool) -> bool:
    """Whether the qualifier ``word`` at ``start`` qualifies the number: its ``Guard``."""
    guard = PREFIX_GUARD[word]
    if guard is _PLAIN:
        return not (bare and kind == DURATION)
    if guard is _BARE:
        return bare
    if guard is _ANY:
        return True
    before = text[start - 1] if start > 0 else ""
    if before in NOT_AFTER[word]:
        return False
    return guard is _NOT_IN_WORD or kind != DURATION


_LIST_JOINERS = frozenset("、和及与")


def _growth_before(text: str, start: int) -> bool:
    """增长1.2倍: 倍 is a growth rate only right after a verb of growth, or after one listed.

    分别增加5.4倍及4.2倍: the second multiple of a list follows the first one's 倍.
    """
    window = text[max(0, start - 4) : start]
    if window.endswith(GROWTH_VERBS):
        return True
    if window[-1:] not in _LIST_JOINERS or window[-2:-1] != "倍":
        return False
    first = start - 2  # the 倍 before the joiner: its number starts where the digits do
    while first > 0 and (text[first - 1].isdigit() or text[first - 1] == "."):
        first -= 1
    return first < start - 2 and _growth_before(text, first)


def _worth_reporting(reading: Reading, qualifier: Qualifier, currency: str | None) -> bool:
    """Whether a reading is a figure worth reporting in running text."""
    if currency is not None:
        return True
    if not reading.unit:
        if not reading.has_multiplier:
            return False
        return not reading.bare or qualifier is not _EXACT
    if reading.bare and qualifier is _EXACT:
        # 千万元 and 千亿元 are amounts; 万元 (万元GDP), 千人 (每千人) and 百家 are words
        return reading.numeral_end - reading.start > 1 and reading.kind == MONEY
    return not (reading.simple_one and reading.kind == COUNT and qualifier is _EXACT)


def _role_of(
    text: str, start: int, kind: str, value: Decimal
) -> tuple[Role, Basis | None, bool, Qualifier | None]:
    """Role, basis, whether to negate, and a qualifier before 占 (约占 → approx)."""
    if kind not in _PERCENT_KINDS and kind != PP:
        return _VALUE, None, False, None
    begin = start - _CONTEXT if start > _CONTEXT else 0
    last_end = _LAST_CLAUSE_END.match(text, begin, start)
    cut = begin if last_end is None else last_end.end()
    # 減少6,038公噸或6.39%: the comma tested first, most clauses end at another mark
    while cut - 1 > begin and text[cut - 1] == "," and _groups_thousands(text, cut - 1):
        last_end = _LAST_CLAUSE_END.match(text, begin, cut - 1)
        cut = begin if last_end is None else last_end.end()
    context = text[cut:start]
    # The last role word. No role word overlaps itself (a test checks), so the scan's last match
    # is the rightmost occurrence of its word.
    words = ROLE_RE.findall(context)
    group = ROLE_WORDS[words[-1]] if words else None
    negate = group is DOWN
    if group is UP or group is DOWN:
        last_start = context.rfind(words[-1])
        between = context[last_start + len(words[-1]) :]
        if "至" in between or "到" in between:  # 下降至5%, 提高到30%: a level, not a change
            negate = False
            noun = None
            for match in _NOUN_ROLE.finditer(context[:last_start]):
                noun = match
            # a noun of growth or decline before it (增速下降至5%): a growth rate, as written
            group = None if noun is None else _NOUN_CUE[noun.lastgroup or ""]
    if kind == PP:
        return _CHANGE_PP, _sentence_basis(text, start, context), negate and value > 0, None
    # the pattern ends with 的: most contexts are turned down without a search
    distant = _DISTANT_QUALIFIER.search(context) if context.endswith("的") else None
    distant_qualifier = None if distant is None else PREFIX_QUALIFIER[distant.group(1)]
    if group is SHARE:
        return _SHARE, None, False, distant_qualifier
    if group is UP or group is DOWN:
        return _GROWTH, _sentence_basis(text, start, context), negate and value > 0, None
    return _VALUE, None, False, distant_qualifier


def _sentence_basis(text: str, start: int, context: str) -> Basis | None:
    """The basis in the clause; else the one said earlier in the sentence (较上年…，李增产3%)."""
    basis = _basis(context)
    if basis is not None:
        return basis
    if "其中" in context:
        return None  # 其中…: a breakdown, said on its own (其中食品价格下降1.8%)
    # the sentence before the clause, found in ``text`` itself: one slice, not two
    first = start - _SENTENCE if start > _SENTENCE else 0
    last = start - len(context)
    word = _ANY_BASIS.search(text, first, last)
    if word is None:
        return None  # no basis word within reach, so none in the sentence: no need to find it
    if _SENTENCE_END.search(text, word.start(), last) is None:
        # the sentence holds the first word within reach and all after it (none before it):
        # its basis is theirs, without looking back for where it starts
        return _basis(text[word.start() : last])
    sentence_end = _LAST_SENTENCE_END.match(text, first, last)
    return _basis(text[first if sentence_end is None else sentence_end.end() : last])


def _groups_thousands(text: str, comma: int) -> bool:
    """Whether the comma at ``comma`` sits between digits (6,038): it ends no clause."""
    return (
        text[comma] == ","
        and comma + 1 < len(text)
        and text[comma - 1].isdigit()
        and text[comma + 1].isdigit()
    )


def _basis(context: str) -> Basis | None:
    # A regular expression's call costs as much as a dozen ``in`` tests: the characters that
    # every basis word (every month's) holds one of turn most contexts down without one.
    if _BASIS_CHARS_COVER and not (
        "比" in context or "年" in context or "月" in context or "季" in context
    ):
        return None
    if _ANY_BASIS.search(context) is None:  # the commonest case: no basis word, one search
        return None
    if (_MOM_CHARS_COVER and not ("环" in context or "月" in context or "季" in context)) or (
        _MOM.search(context) is None
    ):  # the common case: the word found is one of the year's
        return _BASIS_YOY
    yoy = [match.start() for match in _YOY.finditer(context)]
    mom = [match.start() for match in _MOM.finditer(context)]
    if not yoy and not mom:
        return None
    if not mom or (yoy and yoy[-1] > mom[-1]):
        return _BASIS_YOY
    return _BASIS_MOM
