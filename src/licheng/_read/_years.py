"""The year of a release and of the open periods in it.

A text dates itself by its release date, else by the years it writes: the latest year a
comparison names (较2017年, 与2024年11月比较), the year a government work report reviews
(过去一年, published January to March), or the latest year written. ``_resolve`` gives an open
period (上半年, 11月, 去年12月) its year from the figure's context or from the text's, and moves
a month after the release's own month to the year before.
"""

from __future__ import annotations

import re

from licheng._periods import Period
from licheng._read._marks import _RELATIVE_BASE
from licheng._read._structure import (
    _Context,
    _rx,
    _sentence_bounds,
)

# Words just before a date that put it ahead of the release (将于10月投产, 预计2025年, 目标到12月)
_AHEAD = re.compile(
    r"(?:将于|将在|将|预计|计划|力争|争取|预期|有望|目标|拟于|拟)\s*(?:到|在|于)?\s*$"
)


# what a year of a park's or a firm's history is followed by: 2006年经…批准为, 2002年成立
_FOUNDED = re.compile(
    r"[^；;。]{0,14}?(?:批准|获批|成立|设立|挂牌|始建|创建|组建|建区|开园|升级为|更名)"
)


def _default_year(context: _Context) -> int | None:
    """The year of the text's open periods: the release's, else the one the text implies."""
    if context.published is not None:
        reviewed = _january_review(context)
        return context.published.year if reviewed is None else reviewed
    # no release date: the year after the latest year-end or year a comparator names
    plain = context.plain
    years = [
        mark.period.year
        for mark in context.periods
        if mark.period is not None
        and mark.explicit_year
        # 将于2025年正式入驻, 预计2025年: a plan's year does not date the passage
        and not _AHEAD.search(plain, max(0, mark.start - 6), mark.start)
        # 2006年经国家发改委批准为省级开发区: a year of the holder's history does not either
        and not _FOUNDED.match(plain, mark.end)
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


def _january_review(context: _Context) -> int | None:
    """2011年,全市…。今年新入园项目62个 (published in January 2012): the year just ended.

    A release of January that opens with the year before, writes no later year and no 去年 of
    its own, reviews that year: its 今年 and its open periods are of it.
    """
    published = context.published
    if published is None or published.month != 1:
        return None
    own = [
        (mark.period, mark.explicit_year)
        for mark in context.periods
        if not mark.comparator and mark.period is not None
    ]
    if not own or not own[0][1]:
        return None
    year = published.year - 1
    if own[0][0].year != year or own[0][0].months != 12:  # noqa: PLR2004 - a year
        return None
    if any(period.year != (year if explicit else _RELATIVE_BASE) for period, explicit in own[1:]):
        return None  # a later year, or 去年/明年 counted from the release
    return year


# 两年平均增长, 三年平均增长: the average since a base year two or three years back
_AVERAGED_OVER = re.compile(r"([两二三])年平均")
_YEARS_AVERAGED = {"两": 2, "二": 2, "三": 3}


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
        start, end = _sentence_bounds(plain, mark.start)
        averaged = _AVERAGED_OVER.search(plain, mark.end, end)
        if averaged is not None:
            # 比2019年1-8月份增长13.3%,两年平均增长6.4%: the base is two years before the text
            found.append(period.year + _YEARS_AVERAGED[averaged.group(1)])
            continue
        if not (mark.same or (period.start_month, period.end_month) == (1, 12)):
            continue
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
