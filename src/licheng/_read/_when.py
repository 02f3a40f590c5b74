"""Periods: every time expression of a text found once, then each figure's period resolved.

``_period_marks`` finds the period words of the text (上半年, 1—8月, 前三季度, 截至9月底, ROC
years …) with whether each is a comparator (较一季度), a time point (年底) or leads its clause
(前三季度,全区…). A period without a year stays open and is resolved per figure against the
release date or the years the passage names (``_resolve``). ``_Periods._period`` then gives a
figure the nearest governing mark of its clause, sentence or paragraph, and its accumulation:
a flow over the period, a running total since a start (累计 of a project or park), or a stock.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from licheng._periods import Period
from licheng._read import _vocab as v
from licheng._read._names import _named_after
from licheng._read._structure import (
    _CHANGED_TO,
    _FIRST_ROC_YEAR,
    _LAST_ROC_YEAR,
    _LAST_YEAR_SORT,
    _ROC_OFFSET,
    _YEAR_DIGITS,
    _bounds,
    _clause_end,
    _clause_start,
    _Context,
    _Found,
    _paragraph_start,
    _PeriodMark,
    _rx,
    _semicolon_start,
    _sentence_bounds,
    _State,
)

_TWO_DIGIT_CENTURY = 2000


def _roc(year: int) -> int:
    return year + _ROC_OFFSET if _FIRST_ROC_YEAR <= year <= _LAST_ROC_YEAR else year


# 上年第3季以来, 8月预测的, 5月时的1.7%, 7月22日电: a window's start, the date of a forecast or
# of a statement, a dateline
_SAME_AFTER = re.compile(r"\s*同(?:期|月|季度?)")
# Between 去年同期 and a figure: words that make the figure a change, not last year's level.
_CHANGE_WORD = re.compile(r"[增减長长降升衰跌涨提加回多少高低快慢扩缩滑翻幅]|\d")
_SAME_GAP = 12
# 同期, 同季, 同月 with no year: the period just named
_BARE_SAME = re.compile(r"(?:^|(?<=[。！？\n，,；;]))\s*同(?:期|季度?|月)")
_SAME_IS = re.compile(r"\s*(?:的)?\s*(?:增速|增幅|增长率)?\s*(?:为|為|是)")

# A paragraph that opens as a part of the one before: 其中, 分行业看, 就产业别而言, 从区域看
_CONTINUES = re.compile(
    r"\s*(?:其中|此外|另外|同时|分[^，,。]{1,6}看|从[^，,。]{1,8}看|就[^，,。]{1,8}而言|[一二三四五六]是)"
)
_CARRY_PARAGRAPHS = 1

_FRAMING_AFTER = re.compile(r"\s*(?:以来|预测|预估|预计|公布|发布|时|\d{1,2}日(?:电|讯))")


def _period_marks(context: _Context) -> Iterator[_PeriodMark]:
    plain = context.plain
    last_comparator_end = -1
    for match in v.PERIOD_RE.finditer(plain):
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
        comparator = comparator or framing is not None
        if match.start() > 0 and plain[match.start() - 1].isdigit():
            continue
        year_word = match.group("year") or match.group("yearonly")
        if year_word and year_word.startswith("过去") and not _opens_review(plain, match):
            continue  # 在过去一年共筹募得…: a rolling window, not the year reviewed
        year: int | None = None
        relative = 0
        explicit = False
        if year_word:
            digits = _rx(r"\d+").match(year_word.translate(_YEAR_DIGITS))
            if digits:
                year = int(digits.group())
                # 15年: a two-digit year of this century; 105年: a ROC year
                year = _TWO_DIGIT_CENTURY + year if len(digits.group()) == 2 else _roc(year)  # noqa: PLR2004
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
        point = point or plain[max(0, match.start() - 2) : match.start()] in {"截至", "截止"}
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
            carries=not match.group("monthnow"),
            same=same is not None,
        )
        del text


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
    match = v.PERIOD_RE.match(name.strip())
    return match is not None and bool(match.group())


def _month_number(word: str | None) -> int | None:
    if not word:
        return None
    if word.isdigit():
        return int(word)
    table = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
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


_YEAR_SPAN = re.compile(
    r"(?:从|由|自)\s*((?:19|20)\d{2})\s*年?\s*(?:到|至|—|–|-|~)\s*((?:19|20)\d{2})\s*年"
)
# 2016年至2018年,分别完成…236.3亿元、314.5亿元、365亿元: a run of years with no 从
_YEAR_RUN = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:到|至|—|–|-|~)\s*((?:19|20)\d{2})\s*年")
_FROM_BEFORE = re.compile(r"(?:从|由)\s*$")
# 该季, 当月: the quarter or month the text named last
_ANAPHOR = re.compile(r"(?:该|該|当|當|本)(?:季度?|月份?)(?![度份]?(?:以来|末|底|初))")
_TO_BEFORE = re.compile(r"(?:增长|增加|提高|提升|扩大|上升|下降|减少|降低)?(?:到|至)\s*$")


def _spanned(
    plain: str, sentence_start: int, before_clause: str, item: _Found, run: tuple[int, int, int]
) -> tuple[bool, Period | None]:
    """从2012年到2021年,产值从705亿元增长到1059亿元,年均增长4.6%: each end its year.

    The figure after 从 is the first year's, the one after 增长到 the last year's, and a 年均
    rate over the span has no period of its own. A list after a run of years and 分别
    (2016年至2018年,分别完成…236.3亿元、314.5亿元、365亿元) gives each year its figure: ``run``
    is the figure's run of figures (start, index in it, length). (False, None) when the span
    does not decide.
    """
    span = _YEAR_SPAN.search(plain, sentence_start, item.start)
    if span is not None:
        if _FROM_BEFORE.search(before_clause):
            return True, Period(int(span.group(1)))
        if _TO_BEFORE.search(before_clause):
            return True, Period(int(span.group(2)))
    years = span or _YEAR_RUN.search(plain, sentence_start, item.start)
    if years is None:
        return False, None
    if "年均" in before_clause:
        return True, None
    first, last = int(years.group(1)), int(years.group(2))
    run_start, index, length = run
    if (
        span is None
        and length == last - first + 1
        and "分别" in plain[years.end() : run_start]
        and _rx(r"[。！？!?\n]").search(plain, years.end(), run_start) is None
    ):
        return True, Period(first + index)
    return False, None


def _opens_review(plain: str, match: re.Match[str]) -> bool:
    """过去一年，… at the start of a sentence opens a review of the year before the release."""
    head = plain[: match.start()].rstrip(" \u3000")
    return (not head or head[-1] in "。！？\n") and plain[match.end() : match.end() + 1] in "，,"


_EXPECTED = re.compile(
    r"(?:建成|达产|投产|达效|运营)后[^。；;]{0,6}?(?:预计|将|可)|^[^。；;]{0,12}预计"
)
# Words just before a date that put it ahead of the release (将于10月投产, 预计2025年, 目标到12月)
_AHEAD = re.compile(
    r"(?:将于|将在|将|预计|计划|力争|争取|预期|有望|目标|拟于|拟)\s*(?:到|在|于)?\s*$"
)


def _default_year(context: _Context) -> int | None:
    if context.published is not None:
        return context.published.year
    # no release date: the year after the latest year-end or year a comparator names
    plain = context.plain
    years = [
        mark.period.year
        for mark in context.periods
        if mark.period is not None
        and mark.explicit_year
        # 将于2025年正式入驻, 预计2025年: a plan's year does not date the passage
        and not _AHEAD.search(plain, max(0, mark.start - 6), mark.start)
    ]
    comparator_ends = [
        mark.period.year
        for mark in context.periods
        if mark.period is not None and mark.explicit_year and mark.comparator and mark.point
    ]
    if comparator_ends:
        return max(comparator_ends) + 1
    compared = _compared_years(context)
    if compared:
        own = [
            mark.period.year
            for mark in context.periods
            if mark.period is not None and mark.explicit_year and not mark.comparator
        ]
        return max(own + compared)
    own_years = any(
        mark.period is not None and mark.explicit_year and not mark.comparator
        for mark in context.periods
    )
    for mark in context.periods:
        if (
            mark.period is not None
            and mark.explicit_year
            and mark.comparator
            and not own_years
            and "去年" in plain[_sentence_bounds(plain, mark.start)[0] : mark.start]
        ):
            # 去年11月…與2024年11月比較: 去年 is the year after the base, so the text is of 2026
            return mark.period.year + 2
    return max(years) if years else None


def _compared_years(context: _Context) -> list[int]:
    """今年10月…较2016年同月, 去年营业额…较2017年成长: the years a comparison dates.

    A comparison with a whole named year (or its same month or period) is with the year
    before the figure's own; a 去年 or 今年 of the same sentence then says how far the release
    is from it (去年 … 较2017年 → the release is of 2019, its 去年 2018).
    """
    plain = context.plain
    found: list[int] = []
    for index, mark in enumerate(context.periods):
        period = mark.period
        if period is None or not (mark.comparator and mark.explicit_year) or mark.point:
            continue
        if not (mark.same or (period.start_month, period.end_month) == (1, 12)):
            continue
        start, _ = _sentence_bounds(plain, mark.start)
        relative: int | None = 0
        for earlier in reversed(context.periods[:index]):
            if earlier.start < start:
                break
            if earlier.comparator or earlier.period is None:
                continue
            if earlier.explicit_year:
                relative = None
                break
            relative = earlier.period.year - _RELATIVE_BASE
            break
        if relative is not None:
            found.append(period.year + 1 - relative)
    return found


# A review of the year before the release: its words, and the words of a plan or of many years
_REVIEW_WORD = re.compile(r"过去(?:的)?一年|一年来|一年以来|回顾[^，,。]{0,4}一年")
_NOT_REVIEWED = re.compile(
    r"目标|预期|预计|力争|计划|争取|将|今年|本年|明年|年均|以来|[两三四五六七八九十]年|累计|"
    r"现有|目前|同比|1[—-]|[一二三四]季度|上半年|月"
)
_REVIEW_MONTHS = 3  # a release of January to March reviews the year before


def _review_frames(context: _Context) -> list[int]:
    """Where a review of the year before the release starts (过去一年, 一年来, 全年 …).

    过去一年 opening a sentence starts one in any release; in a release of January to March
    (a work report, a year-end bulletin) so do 一年来 and a 全年 that names no plan.
    """
    plain = context.plain
    frames = {
        mark.start
        for mark in context.periods
        if plain.startswith("过去", mark.start) and not mark.comparator
    }
    published = context.published
    if published is not None and published.month <= _REVIEW_MONTHS:
        frames.update(found.start() for found in _REVIEW_WORD.finditer(plain))
        for mark in context.periods:
            if mark.comparator or not plain.startswith("全年", mark.start):
                continue
            start, end = _sentence_bounds(plain, mark.start)
            if not _NOT_REVIEWED.search(plain, start, end) and not _rx(r"今年|本年").search(
                plain, max(0, mark.start - 3), mark.start
            ):
                frames.add(mark.start)
    return sorted(frames)


def _resolve(
    period: Period | None, context: _Context, explicit_year: int | None, *, fixed: bool = False
) -> Period | None:
    """The period with its year: written, carried, or counted from the release.

    A month, a quarter or a run of months that would end after the release's own month, in the
    release's year, is of the year before (11月 or 去年12月 in a release of January, 1-11月 in
    one of January), unless the text fixes it (``fixed``: 今年11月, 将于10月, 预计11月). With
    a year carried from earlier in the text, only a single month or a run from January moves.
    """
    if period is None:
        return None
    if period.year < _RELATIVE_BASE - 100:
        return period
    relative = period.year - _RELATIVE_BASE
    year = explicit_year if explicit_year is not None else context.default_year
    if year is None:
        return None
    published = context.published
    if (
        relative == 0
        and not fixed
        and published is not None
        and year == published.year
        and period.end_month > published.month
        and period.months < 12  # noqa: PLR2004 - not the year itself
        and (explicit_year is None or period.start_month in {1, period.end_month})
    ):
        year -= 1
    return Period(year + relative, period.start_month, period.end_month)


class _Periods(_State):
    """The period and accumulation of one figure."""

    def _period(  # noqa: PLR0913, PLR0915, PLR0917 - one figure's context, cues in order
        self,
        item: _Found,
        role: str,
        measure: str,
        clause_start: int,
        sentence_start: int,
        listed: tuple[int, list[str]] | None,
    ) -> tuple[Period | None, str]:
        context = self.context
        plain = context.plain
        before_clause = plain[clause_start : item.start]
        sentence_before = plain[sentence_start : item.start]
        stock = measure in {
            "enterprise_count",
            "project_count",
            "facility_count",
            "area",
            "computing_power",
            "power_capacity",
            "duration",
            "population",
        } or (measure == "employment" and item.figure.unit in {"人", "个"})
        stock = stock or (
            measure.startswith("other:") and item.figure.unit in {"个", "户", "万吨", "吨"}
        )
        if role != "value":
            stock = stock and role == "share" and measure != "area"
        added = v.PERIOD_COUNT_RE.search(before_clause)
        if added and role == "value" and before_clause[added.start() - 1 : added.start()] != "已":
            stock = False
        accumulation = "stock" if stock else "period"
        if measure == "duration":
            return None, "stock"  # 连续4个月: a streak, at no stated time
        earlier = self._same_period(item, clause_start, sentence_start, measure)
        if earlier is not None:
            return earlier, accumulation
        spans, spanned = _spanned(
            plain, sentence_start, before_clause, item, (*self.run, self.run_length)
        )
        if spans:
            return spanned, accumulation
        # a list of periods (一季度、上半年、前三季度和全年 … 分别为)
        if listed is not None and listed[1]:
            index, names = listed
            if index < len(names):
                marks = [
                    m for m in context.periods if m.start >= sentence_start and m.end <= item.start
                ]
                named = [m for m in marks if not m.comparator]
                if len(named) >= len(names) and all(_starts_with_period(n) for n in names):
                    return self._resolved(named[-len(names) + index], item), accumulation
        anaphor = self._named_last(item, clause_start + len(before_clause), before_clause)
        if anaphor is not None:
            return anaphor, accumulation
        attribute = bool(v.ATTRIBUTE_RE.search(before_clause)) and role == "value"
        # 项目建成后,预计亩均新增产值…,亩均税收…,带动就业…: the expectation governs the sentence
        attribute = attribute or (role == "value" and _EXPECTED.search(sentence_before) is not None)
        now = bool(v.STOCK_NOW_RE.search(sentence_before))
        segment_before = plain[_semicolon_start(plain, item.start) : item.start]
        to_date = "累计" in before_clause or "累计" in segment_before[-20:]
        mark = self._mark(item, sentence_start, measure)
        in_sentence = mark is not None and mark.start >= sentence_start
        sub_year = (
            mark is not None
            and mark.period is not None
            and mark.period.months < 12  # noqa: PLR2004 - a year's months
            and not (mark.point and mark.period.end_month == 12)  # noqa: PLR2004
        )
        if to_date and role == "value" and measure == "investment" and not in_sentence:
            sub_year = False  # 累计投资22亿元打造…: since the project began
        if role == "value" and _named_after(plain, item.end):
            # 40万平方米的济南生物医药港: an attribute of the park; 累计投资 is to date
            return None, "to_date" if to_date and measure == "investment" else "stock"
        dated_year = (
            in_sentence
            and mark is not None
            and not mark.comparator
            and mark.start < clause_start
            and mark.period is not None
            and mark.period.months == 12  # noqa: PLR2004 - a year's months
            and _rx(r"去年|今年|上年|本年|\d{2,4}年$").search(plain, mark.start, mark.end)
            is not None
        )
        # 园区去年营业额大跃升,累计7,248亿元: 累计 within the year its sentence names
        if to_date and role == "value" and not sub_year and not dated_year:
            accumulation = "to_date"
            if not (in_sentence and mark is not None and mark.point):
                return None, accumulation
        if (
            _rx(r"(?:年任务|全年计划|年计划|年内计划)(?:完成)?(?:投资|产值)?$").search(
                before_clause
            )
            and mark is not None
        ):
            resolved = self._resolved(mark, item)
            if resolved is not None:
                return Period(resolved.year), accumulation
        if attribute and not in_sentence:
            return None, "stock" if accumulation == "stock" or measure in {
                "investment",
                "area",
            } else accumulation
        if attribute and _rx(r"总投资|占地|规划|投资金额|建筑面积|设计产能").search(before_clause):
            return None, "stock"
        own_mark = mark is not None and mark.start >= clause_start
        if (
            not (mark is not None and in_sentence)
            and _rx(r"\s*(?:目前|截至目前|截止目前|现有)").match(plain, sentence_start) is not None
        ):
            return None, accumulation  # 目前,园区开发面积…,同比增长2.07%: at no stated period
        if (
            stock
            and not in_sentence
            and measure != "project_count"
            and _rx(r"项目|该园|园区一期").search(sentence_before)
        ):
            return None, accumulation  # 项目一期厂房5.6万平米: a project's stock, at no stated time
        if now and stock and not own_mark and not (in_sentence and mark is not None and mark.point):
            return None, accumulation
        if mark is None:
            reviewed = self._review_year(item)
            if reviewed is None and not attribute and not now:
                reviewed = self._lead_to_come(item) or self._only_period(item, stock)
            return reviewed, accumulation
        period = self._resolved(mark, item)
        cumulative = (mark.point and not stock) or (
            "累计" in plain[mark.end : item.start] and not stock
        )
        if period is not None and cumulative and period.start_month == period.end_month:
            period = Period(period.year, 1, period.end_month)
        return period, accumulation

    def _named_last(self, item: _Found, end: int, before_clause: str) -> Period | None:
        """今年第二季…。扣除物价因素,该季…实质增长5.1%: the quarter (or month) named last."""
        anaphor = _ANAPHOR.search(before_clause)
        if anaphor is None:
            return None
        months = 3 if "季" in anaphor.group() else 1
        at = end - len(before_clause) + anaphor.start()
        named = [
            mark
            for mark in self.context.periods
            if mark.end <= at
            and not mark.comparator
            and mark.period is not None
            and mark.period.months == months
        ]
        return self._resolved(named[-1], item) if named else None

    def _dated_before(self, position: int) -> bool:
        """Whether the text dated itself from the release (9月, 前三季) before ``position``.

        A year written after that is one in passing; a bulletin that opens with its own year
        (2013年上虞地区生产总值…, published years later) is dated by that year.
        """
        for mark in self.context.periods:
            if mark.start >= position:
                return False
            if not mark.comparator and not mark.explicit_year and mark.period is not None:
                return True
        return False

    def _only_period(self, item: _Found, stock: bool) -> Period | None:  # noqa: FBT001
        """去年营业额…; 以六大产业分析,…营业额成长17.9%: the one period the release is about.

        A flow beyond the reach of every period word takes the text's period when the text
        before it names one only (comparators aside).
        """
        unit = str(item.figure.unit)
        if stock or not (unit in {"percent", "percentage_point"} or "元" in unit or "币" in unit):
            return None  # a length, a capacity: a stock more often than a flow
        plain = self.context.plain
        paragraph = _paragraph_start(plain, item.start)
        before = plain[_paragraph_start(plain, max(0, paragraph - 2)) : paragraph]
        if not _rx(r"\d(?:\.\d+)?\s*(?:%|％|亿|万|元|个百分点)").search(before):
            return None  # the paragraph before reports nothing: the text has moved on
        published = self.context.published
        found: set[Period] = set()
        for mark in self.context.periods:
            if mark.start >= item.start:
                break
            if mark.comparator or mark.point or mark.period is None:
                continue
            if _rx(r"一年|过去|近一年").match(plain, mark.start):
                return None  # 一年来: a window, dated only by a review
            resolved = self._resolved(mark, item)
            if resolved is None or (published is not None and resolved.year > published.year):
                return None  # a plan's year is not the release's period
            found.add(resolved)
        return found.pop() if len(found) == 1 else None

    def _lead_to_come(self, item: _Found) -> Period | None:
        """实现地区生产总值744.94亿元 (a headline), then 初步统计,前三季度…: the release's period.

        A figure before any period word of the text takes the first period that then leads
        its clause, the period the whole release is about; a stock or a forecast does not.
        """
        for mark in self.context.periods:
            if mark.start < item.start:
                return None
            if mark.comparator or mark.point or mark.period is None:
                continue
            if mark.lead and mark.carries and mark.period.months < 12:  # noqa: PLR2004
                return self._resolved(mark, item)  # (全年 may be a review's, not the release's)
        return None

    def _same_period(
        self, item: _Found, clause_start: int, sentence_start: int, measure: str
    ) -> Period | None:
        """较去年同期1兆1335亿元, 上年同季(9.3%): last year's level of the sentence's period.

        The figure written right after 去年同期 (its measure words, 的, 为 or a bracket between,
        no word of change) is the comparator's: the sentence's period a year earlier, or in
        the year written (2015年同期). None when no such mark names the figure.
        """
        context = self.context
        upto = bisect.bisect_right(context.period_ends, item.start)
        if not upto:
            return None
        same = context.periods[upto - 1]
        if same.comparator and not same.same and upto > 1 and context.periods[upto - 2].same:
            # 較去年同期(107年1到2月)的1094.46億元: the level of the period in the bracket
            opening = context.plain[context.periods[upto - 2].end : same.start].strip()
            gap = context.plain[same.end : item.start].lstrip()
            if (
                opening in {"(", "（"}
                and gap.startswith((")", "）"))
                and len(gap) <= _SAME_GAP
                and not _CHANGE_WORD.search(gap)
            ):
                return self._resolved(same, item)
            return None
        if not same.same or same.start < clause_start or same.period is None:
            return None
        gap = context.plain[same.end : item.start]
        if len(gap) > _SAME_GAP or (
            # 上年同季为下跌5.4%: last year's own rate, written after 为
            (_CHANGE_WORD.search(gap) and not _SAME_IS.match(gap)) or _rx(r"\d").search(gap)
        ):
            return None
        mark = self._mark(item, sentence_start, measure)
        if mark is None:
            # 去年同期…为860亿元,今年上半年为920亿元: the period the sentence names after it
            _, sentence_end = _sentence_bounds(context.plain, item.start)
            mark = next(
                (
                    later
                    for later in context.periods[upto:]
                    if later.start < sentence_end and not later.comparator
                ),
                None,
            )
        base = self._resolved(mark, item) if mark is not None else None
        if base is None:
            return None
        year = same.period.year
        year = year if same.explicit_year else base.year + year - _RELATIVE_BASE
        return Period(year, base.start_month, base.end_month)

    def _mark(
        self, item: _Found, sentence_start: int, measure: str | None = None
    ) -> _PeriodMark | None:
        """The period that governs a figure: the last one before it, comparators aside.

        In order: one in the figure's own clause; one that leads a clause of its sentence;
        any other in its sentence; the last one that led a clause before the sentence. A
        comparator's period governs only the figure it names (较前112年的4兆735亿元).
        """
        plain = self.context.plain
        periods = self.context.periods
        upto = bisect.bisect_right(self.context.period_ends, item.start)
        if (
            upto
            and periods[upto - 1].comparator
            and periods[upto - 1].period is not None
            and not periods[upto - 1].same  # 较去年同期的…: a year before the sentence's
        ):
            nearest = periods[upto - 1]
            if _rx(r"\s*(?:的|[(（])\s*").fullmatch(plain[nearest.end : item.start]):
                return nearest
        clause_start = _clause_start(plain, item.start)
        paragraph = _paragraph_start(plain, item.start)
        in_sentence: _PeriodMark | None = None
        in_paragraph: _PeriodMark | None = None
        nearest_in_paragraph: _PeriodMark | None = None
        carried: _PeriodMark | None = None
        latest: _PeriodMark | None = None
        for index in range(upto - 1, -1, -1):
            mark = periods[index]
            if mark.comparator or mark.period is None:
                continue
            if carried is None and mark.start < paragraph:
                carried = mark
            latest = latest or mark
            if mark.start >= sentence_start:
                if _CHANGED_TO.search(plain, mark.end, item.start):
                    continue  # 由上年的…调整为…: the period of the figure before
                if mark.start >= clause_start or mark.lead:
                    return mark
                in_sentence = in_sentence or mark
                continue
            if in_sentence is not None:
                return in_sentence
            if mark.lead and mark.carries:
                if mark.start < paragraph and nearest_in_paragraph is not None:
                    # 其次为…(上升9.7%): the period the paragraph named, before an older lead
                    return nearest_in_paragraph
                return mark
            if nearest_in_paragraph is None and mark.start >= paragraph and not mark.point:
                nearest_in_paragraph = mark
            if in_paragraph is None and mark.start >= paragraph and not mark.point:
                word = v.MEASURE_RE.search(plain, mark.end, _clause_end(plain, mark.end))
                if word is not None and v.MEASURE_OF[word.group()] == measure:
                    in_paragraph = mark
        # 竹科今年前8个月营业额…。光电产业营业额…: the period of the paragraph's same measure
        found = in_sentence or in_paragraph
        if found is None and _BARE_SAME.search(plain, sentence_start, item.start):
            return latest  # 同季私人消费开支…: the period of the sentence before
        if found is None and carried is not None and nearest_in_paragraph is None:
            return carried if self._continues(carried, paragraph, measure) else None
        return found

    def _continues(self, mark: _PeriodMark, paragraph: int, measure: str | None) -> bool:
        """竹科今年上半年营业额…。⏎其中新竹…: a paragraph that goes on with the one before.

        A paragraph with no period of its own takes the period of the paragraph just before
        (an empty line or one more paragraph between allowed) when it opens as a part of it
        (其中, 分行业看, 就产业别而言 …) or goes on with the same measure.
        """
        if mark.point or not mark.carries:
            return False
        plain = self.context.plain
        starts = _bounds(plain).paragraphs
        first = bisect.bisect_right(starts, mark.start)
        last = bisect.bisect_left(starts, paragraph)
        between = [start for start in starts[first:last] if plain[start : start + 1] != "\n"]
        if len(between) > _CARRY_PARAGRAPHS:
            return False
        mark_paragraph = _paragraph_start(plain, mark.start)
        same_measure = measure is not None and any(
            v.MEASURE_OF[word.group()] == measure
            for word in v.MEASURE_RE.finditer(plain, mark_paragraph, paragraph)
        )
        dated = v.MEASURE_RE.search(plain, mark.end, min(mark.end + 12, paragraph))
        dates_measure = (
            dated is not None
            and dated.start() <= mark.end + 2
            and v.MEASURE_OF[dated.group()] == measure
        )
        if not dates_measure and not any(
            mark_paragraph <= start < paragraph and draft.period is not None
            for start, draft in self.last.items()
        ):
            # 延长实施至117年: a period that dated no figure is no paragraph's, unless it dates
            # the measure the paragraph goes on with (a caption: 公布…今年上半年营业额。)
            return False
        return same_measure or bool(_CONTINUES.match(plain, paragraph))

    def _resolved(self, mark: _PeriodMark, item: _Found) -> Period | None:
        explicit: int | None = None
        if mark.period is not None and mark.period.year >= _RELATIVE_BASE - 100:
            # a year written just before in the same sentence (2021年…一季度)
            years = self.context.year_marks
            position = bisect.bisect_right(years, (mark.start, _LAST_YEAR_SORT)) - 1
            while position >= 0 and years[position][0] + years[position][2] > mark.start:
                position -= 1
            if position >= 0:
                explicit = years[position][1]
                published = self.context.published
                if (
                    published is not None
                    and explicit < published.year - 1
                    and years[position][0] < _sentence_bounds(self.context.plain, mark.start)[0]
                    and self._dated_before(years[position][0])
                ):
                    # 歷史最高紀錄是2021年的…; 9月接單額 in a release of 2025: a year long
                    # before the release, written in passing, dates only its own sentence
                    explicit = None
            relative_word = _rx(r"今年|本年").search(
                self.context.plain[max(0, mark.start - 3) : mark.end]
            )
            if relative_word:
                explicit = None
            elif self.context.published is not None and _rx(r"去年|前年|明年|过去").match(
                self.context.plain, mark.start
            ):
                # 占去年GDP in a release of 2026 after 2025年…: 去年 counts from the release,
                # 上年 from the year written
                explicit = None
            else:
                written = years[position][0] if position >= 0 else -1
                explicit = self._reviewed_year(mark, written) or explicit
        del item
        plain = self.context.plain
        fixed = (
            _AHEAD.search(plain, max(0, mark.start - 6), mark.start) is not None
            or _rx(r"今年|本年").match(plain, mark.start) is not None
        )
        return _resolve(mark.period, self.context, explicit, fixed=fixed)

    def _review_year(self, item: _Found) -> Period | None:
        """全区地区生产总值增长5.1% in a work report's review: the year reviewed.

        A figure with no period of its own, after a review of the year before opens (in a
        release of January to March), in a sentence with no plan, average or part of a year,
        and with no year or 今年 written since the review opened.
        """
        context = self.context
        published = context.published
        if published is None or published.month > _REVIEW_MONTHS:
            return None
        frames = context.past_year_frames
        position = bisect.bisect_left(frames, item.start) - 1
        if position < 0:
            return None
        plain = context.plain
        start, end = _sentence_bounds(plain, item.start)
        if _NOT_REVIEWED.search(plain, start, end):
            return None
        frame = frames[position]
        years = context.year_marks
        if bisect.bisect_left(years, (frame, 0, 0)) < bisect.bisect_left(years, (item.start, 0, 0)):
            return None  # a year written since the review opened
        return Period(published.year - 1)

    def _reviewed_year(self, mark: _PeriodMark, written: int) -> int | None:
        """The year a review of 过去一年 is about, for the open periods after it.

        A work report or a year-end review opens with 过去一年 and then writes 全年, 上年 and
        一季度 without a year: they count from the year reviewed, the one before the release,
        until the text writes a year (``written``, the start of the last year written before
        the period) or 今年.
        """
        context = self.context
        frames = context.past_year_frames
        position = bisect.bisect_right(frames, mark.start) - 1
        if (
            position >= 0
            and frames[position] == mark.start
            and not context.plain.startswith("全年", mark.start)
        ):
            position -= 1  # 过去一年 itself is the year before the release, not before that
        if position < 0 or context.default_year is None or context.published is None:
            return None
        frame = frames[position]
        if written > frame or _rx(r"今年|本年").search(context.plain, frame, mark.start):
            return None
        return context.default_year - 1
