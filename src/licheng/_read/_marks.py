"""The period words of a text, found once: marks a figure's period is resolved from.

``_period_marks`` finds every period word (上半年, 1—8月, 前三季度, 截至9月底, ROC and
two-digit years, 去年同期 …) with what it is: a comparator (较一季度), a time point (年底), a
window's start or a forecast's date (以来, 预测), or the lead of its clause (前三季度,全区…). A
period written without a year is kept open, its year a marker (``_RELATIVE_BASE`` plus 去年's
-1 or 明年's +1), for ``_years._resolve`` to give it the year of the figure it governs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from licheng._periods import Period
from licheng._read import _vocab as v
from licheng._read._structure import (
    _FIRST_ROC_YEAR,
    _LAST_ROC_YEAR,
    _ROC_OFFSET,
    _YEAR_DIGITS,
    _clause_start,
    _Context,
    _PeriodMark,
    _positions,
    _rx,
)

_TWO_DIGIT_CENTURY = 2000


def _roc(year: int) -> int:
    return year + _ROC_OFFSET if _FIRST_ROC_YEAR <= year <= _LAST_ROC_YEAR else year


# 去年同期, 上年同月: the same period of the year named, a comparator's own
_SAME_AFTER = re.compile(r"\s*同(?:期|月|季度?)")
# 上年第3季以来, 8月预测的, 5月时的1.7%, 7月22日电: a window's start, the date of a forecast or
# of a statement, a dateline
_FRAMING_AFTER = re.compile(
    r"\s*(?:以来|迄今|至今(?!年)|预测|预估|预计|公布|发布|时|\d{1,2}日(?:电|讯))"
)

_DAY_AFTER = re.compile(r"\s*\d{1,2}\s*[日号](?!\s*(?:至|到|[-—–~～]|起|以来|止|前|晚|凌晨|底))")


def _scan_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """PERIOD_RE with a second test after its first-character one, for scanning a whole text.

    Every period it matches writes 年, 月 or 季 within its first eight characters (spaces
    aside: 截至1-6月 is the longest lead), so a position without one there starts none and is
    left at the test, before the alternatives are tried.
    """
    lead = pattern.pattern.find("])") + 2
    if not pattern.pattern.startswith("(?=[") or lead < 2:  # noqa: PLR2004 - not found
        return pattern
    # the test as written, (?:\s*[^\s年月季]){0,7}\s*[年月季], repeats a group, which re
    # runs slowly: it is answered first by repeats of one character where they tell (eight
    # characters none of 年月季 nor a space: no; 年月季 within eight characters: yes)
    test = (
        r"(?![^\s年月季]{8})"
        r"(?:(?=[^年月季]{0,7}[年月季])|(?=(?:\s*[^\s年月季]){0,7}\s*[年月季]))"
    )
    return re.compile(pattern.pattern[:lead] + test + pattern.pattern[lead:], pattern.flags)


_PERIOD_SCAN = _scan_pattern(v.PERIOD_RE)
_HINTS = "年月季"
_WINDOW = 7  # characters other than spaces a period writes before its 年, 月 or 季


def _first_characters(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters of PERIOD_RE's opening class besides digits; None if it is not that.

    None also when ``_scan_pattern`` could not add its test (the scan is then PERIOD_RE
    itself), or when the class holds a space, 月, 季 or a range: ``_period_words`` counts on
    none of them.
    """
    if _PERIOD_SCAN is pattern or not pattern.pattern.startswith(_DIGIT_CLASS):
        return None
    rest = pattern.pattern[len(_DIGIT_CLASS) : pattern.pattern.find("])")]
    if any(character in "\\-^[]月季" or character.isspace() for character in rest):
        return None
    return frozenset(rest)


_DIGIT_CLASS = r"(?=[\d"
_FIRSTS = _first_characters(v.PERIOD_RE)


def _period_words(plain: str) -> Iterator[re.Match[str]]:
    """``_PERIOD_SCAN.finditer(plain)``, tried only where ``_scan_pattern``'s test lets it.

    ``re`` runs that scan's matcher at every character (its opening class is a look-ahead,
    which it cannot skip to): a third of ``extract`` on a release. A period opens with a
    character of the class (a digit or one of ``_FIRSTS``, no space) and writes 年, 月 or 季
    after at most seven characters other than spaces: so it is tried only in the seven
    before each of those (``str.find`` finds them) and at it. Every match holds a character,
    so the scan goes on from its end, as ``finditer`` does; ``match`` at a position sees the
    text before it as the scan does.
    """
    if _FIRSTS is None:
        yield from _PERIOD_SCAN.finditer(plain)
        return
    position = 0  # where the scan goes on: the end of the last period, past what was tried
    match_at = _PERIOD_SCAN.match
    for hint in _positions(plain, _HINTS):
        if hint < position:
            continue
        start, others = hint, 0
        while start > position:
            if not plain[start - 1].isspace():
                if others == _WINDOW:
                    break
                others += 1
            start -= 1
        for at in range(start, hint + 1):
            character = plain[at]
            if at < position or not (character in _FIRSTS or character.isdecimal()):
                continue
            match = match_at(plain, at)
            if match is not None and match.end() > at:
                yield match
                position = match.end()
        position = max(position, hint + 1)


def _word_before(plain: str, start: int, width: int) -> str:
    """The ``width`` characters before ``start``, past the blanks put around numbers."""
    return plain[max(0, start - width - 2) : start].rstrip(" \t")[-width:]


def _period_marks(context: _Context) -> Iterator[_PeriodMark]:
    """Every period word of the text, in order, with what it is (see the module's docstring)."""
    plain = context.plain
    last_comparator_end = -1
    for match in _period_words(plain):
        if not match.group().strip():
            continue
        before = plain[max(0, match.start() - 4) : match.start()]
        comparator = (
            bool(v.COMPARATOR_RE.search(before))
            # 較去年同期(107年1到2月)的1094.46億元: the bracket names the comparator's period
            or _rx(r"同(?:期|月|季)\s*[(（]$").search(
                plain, max(0, match.start() - 5), match.start()
            )
            is not None
        ) or (
            # 分别比一季度、上半年、三季度提升: every period of a comparator's list
            last_comparator_end >= 0
            and _rx(r"\s*[、和及与]\s*").fullmatch(plain, last_comparator_end, match.start())
            is not None
        )
        last_comparator_end = match.end() if comparator else -1
        # 上年第3季以来, 8月预测的: a window's start or a forecast's date governs no figure
        framing = _FRAMING_AFTER.match(plain, match.end())
        if (
            framing is None
            and match.group("month")
            and not match.group("upto")
            and _word_before(plain, match.start(), 2) not in {"截至", "截止"}
            and _word_before(plain, match.start(), 1) not in {"至", "到", "止", "于"}
        ):
            # 这是记者8月30日从省科技厅获悉的: the day of an event, not a period of figures
            framing = _DAY_AFTER.match(plain, match.end())
        comparator = comparator or framing is not None
        if plain.startswith(v.PLAN_SHARE_WORDS, match.end()):
            comparator = True  # 完成全年任务的148.8%: the plan's year, not the figure's period
        if match.start() > 0 and plain[match.start() - 1].isdigit():
            continue
        year_word = match.group("year") or match.group("yearonly")
        if year_word and year_word.startswith("过去") and not _opens_review(plain, match):
            continue  # 在过去一年共筹募得…: a rolling window, not the year reviewed
        year: int | None = None
        relative = 0
        explicit = False
        if year_word:
            # 2021年, 15年, 105年, 今(110)年
            digits = _rx(r"(?:[今去明前]?[(（])?(\d+)").match(year_word.translate(_YEAR_DIGITS))
            if digits:
                year = int(digits.group(1))
                # 15年: a two-digit year of this century; 105年: a ROC year
                year = _TWO_DIGIT_CENTURY + year if len(digits.group(1)) == 2 else _roc(year)  # noqa: PLR2004
                explicit = True
            elif year_word.startswith(("去年", "上年", "过去")):
                relative = -1
            elif year_word.startswith("前年"):
                relative = -2
            elif year_word.startswith("明年"):
                relative = 1
        if (
            framing is not None
            and framing.group().strip() == "以来"
            and match.group("yearonly")
            and year is not None
            and _own_year(context, year)
        ):
            comparator = False  # 15年以来 in a text of 2015: the year so far, as 今年以来
        text = match.group()
        end = match.end()
        same = _SAME_AFTER.match(plain, end) if match.group("yearonly") else None
        if same is not None and (relative < 0 or explicit):
            # 较去年同期1兆1335亿元: the comparator's own level, never the sentence's period
            comparator, end = True, same.end()
        else:
            same = None
        point = bool(match.group("yearend") or match.group("monthend") or match.group("upto"))
        point = point or _word_before(plain, match.start(), 2) in {"截至", "截止"}
        head = plain[_clause_start(plain, match.start()) : match.start()]
        rest = _LEAD_JUNK.sub("", head)
        lead = (
            not rest or _REGION_HEAD.fullmatch(rest) is not None or rest == context.place_name
        ) and plain[match.end() : match.end() + 1] not in "、和及与"
        # 全市今年1-8月…: a period after the whole region leads its paragraph as well
        yield _PeriodMark(
            match.start(),
            end,
            _period_of(match, year, relative, context),
            comparator,
            point,
            explicit,
            lead,
            # 其中,9月份增长…: a part of the period just named governs its own sentence only
            # 处长预估,2014年第1季外销订单…可望: a forecast's period is its sentence's only
            carries=not match.group("monthnow")
            and _PART_OF.search(plain, max(0, match.start() - 4), match.start()) is None
            and _FORECAST.search(plain, max(0, match.start() - 6), match.start()) is None,
            same=same is not None,
        )
        del text


_FORECAST = re.compile(r"(?:预估|预测|预计|可望|有望)\s*[,，:：]?\s*(?:到|在|于)?\s*$")


_PART_OF = re.compile(r"其中\s*[,，:：]?\s*$")
_REGION_HEAD = re.compile(r"全(?:市|区|县|省|州|国|旗)|(?:本|我)(?:市|区|县|省)")
_LEAD_JUNK = re.compile(
    r"(?:\s|其中|此外|另外|同时|据介绍|据悉|据了解|截至|截止|到|今年以来|今年|去年|本年|全年|"
    r"(?:19|20)\d{2}年度?|1[01]\d年|在|自|于|累计|[(（【〔].*?[)）】〕]|[:：,，、“”])"
)


_WRITTEN_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")


def _own_year(context: _Context, year: int) -> bool:
    """Whether ``year`` is the text's own: the release's year, else the latest year written."""
    if context.published is not None:
        return year == context.published.year
    return all(int(found.group(1)) <= year for found in _WRITTEN_YEAR.finditer(context.plain))


def _starts_with_period(name: str) -> bool:
    match = v.PERIOD_RE.match(name.strip().removeprefix("民国"))  # 民国100年11月: an ROC year
    return match is not None and bool(match.group())


def _month_number(word: str | None) -> int | None:
    if not word:
        return None
    if word.isdigit():
        return int(word)
    table = {"元": 1, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
    table |= {"七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
    return table.get(word)


def _period_of(
    match: re.Match[str], year: int | None, relative: int, context: _Context
) -> Period | None:
    del context
    months: tuple[int, int] | None = None
    if match.group("m1"):
        first, last = _month_number(match.group("m1")), _month_number(match.group("m2"))
        if first and last and first <= last <= 12:  # noqa: PLR2004 - months of a year
            months = (first, last)
    elif match.group("first"):
        last = _month_number(match.group("first"))
        if last and last <= 12:  # noqa: PLR2004 - months of a year
            months = (1, last)
    elif match.group("fq"):
        quarters = _month_number(match.group("fq")) or 1
        months = (1, quarters * 3)
    elif match.group("firstq"):
        months = (1, 3)
    elif match.group("q") or match.group("qq"):
        quarter = _month_number(match.group("q") or match.group("qq")) or 1
        months = (quarter * 3 - 2, quarter * 3)
    elif match.group("h"):
        months = (1, 6) if match.group("h") == "上" else (7, 12)
    elif match.group("yearend") or match.group("full") or match.group("yearonly"):
        months = (1, 12)
    elif match.group("month"):
        month = _month_number(match.group("month"))
        if month and month <= 12:  # noqa: PLR2004 - months of a year
            months = (month, month)
    if months is None:
        return None
    # a year stays open (0) until the reader resolves it against the release date
    try:
        return Period(year or 1, months[0], months[1]) if year else _open(months, relative)
    except Exception:  # noqa: BLE001 - an impossible period is no period
        return None


# Periods without a year are stored with a marker year and resolved per figure.
_RELATIVE_BASE = 5000


def _open(months: tuple[int, int], relative: int) -> Period:
    return Period(_RELATIVE_BASE + relative, months[0], months[1])


def _opens_review(plain: str, match: re.Match[str]) -> bool:
    """过去一年，… at the start of a sentence opens a review of the year before the release."""
    head = plain[: match.start()].rstrip(" \u3000")
    return (not head or head[-1] in "。！？\n") and plain[match.end() : match.end() + 1] in "，,"
