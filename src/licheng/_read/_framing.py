"""How a period mark governs: the frame it opens, the paragraphs it carries to, its year.

``_Framing`` is the part of ``_when._Periods`` that looks at a mark rather than a figure: a
month inside a 前三季度 paragraph that frames nothing after it (``_frame``), a release's own
month read as its running total (``_release_month``), a paragraph that goes on with the one
before (``_continues``), and a mark resolved to a year (``_resolved``), a work report's review
year included (``_review_year``).
"""

from __future__ import annotations

import bisect
import re

from licheng._periods import Period
from licheng._read import _vocab as v
from licheng._read._marks import _RELATIVE_BASE
from licheng._read._structure import (
    _LAST_YEAR_SORT,
    _bounds,
    _Found,
    _paragraph_start,
    _PeriodMark,
    _rx,
    _sentence_bounds,
    _State,
)
from licheng._read._years import _AHEAD, _NOT_REVIEWED, _REVIEW_MONTHS, _resolve

# A paragraph that opens as a part of the one before: 其中, 分行业看, 就产业别而言, 从区域看
_CONTINUES = re.compile(
    r"\s*(?:其中|此外|另外|同时|分[^，,。]{1,6}看|从[^，,。]{1,8}看|就[^，,。]{1,8}而言|[一二三四五六]是)"
)
_CARRY_PARAGRAPHS = 1


class _Framing(_State):
    """The marks' side of the period rules (see the module's docstring)."""

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

    def _frame(self, mark: _PeriodMark) -> _PeriodMark:
        """前三季度… 。9月份,规上工业增加值…。⏎全县固定资产投资…: the frame, not its detail.

        A period written inside a paragraph (not in its first sentence) that is a part of a
        period of months the text led with before (9月份 within 前三季度) is a detail of that
        paragraph: the paragraphs after it go on with the period it is a part of. Within a
        year (2022年,…计划…。1-6月份,…) the months are what the text reports on, and carry.
        """
        period = mark.period
        plain = self.context.plain
        if (
            period is None
            or _paragraph_start(plain, mark.start) == _sentence_bounds(plain, mark.start)[0]
        ):
            return mark
        part = self._resolved(mark)
        if part is None:
            return mark
        for earlier in reversed(self.context.periods):
            if earlier.start >= mark.start:
                continue
            if earlier.comparator or earlier.point or not (earlier.lead and earlier.carries):
                continue
            whole = self._resolved(earlier)
            if (
                whole is not None
                and whole.year == part.year
                and whole.months < 12  # noqa: PLR2004 - a year frames a plan; 1-6月份 reports
                and whole.months >= part.months
                and part.end_month <= whole.end_month
                and whole != part
            ):
                # a part of it (9月份 in 前三季度) or a look back before its end (第二季經修訂後
                # 的升幅 after 第三季)
                return earlier
        return mark

    def _sole_in_paragraph(self, mark: _PeriodMark, paragraph: int, before: int) -> bool:
        """Whether ``mark`` is the only period the paragraph names before ``before``."""
        return not any(
            other is not mark and paragraph <= other.start < before and not other.comparator
            for other in self.context.periods
        )

    def _release_month(self, mark: _PeriodMark) -> _PeriodMark:
        """9月外销订单…;累计前三季…。⏎光学器材接单20.9亿美元: the month the release is about.

        A release about one month that goes on to the months to date (前三季, 累计1-9月) dates
        only that sentence with them: later paragraphs are about the month it opened with.
        """
        period = mark.period
        if period is None or period.start_month != 1 or period.months in {1, 3, 12}:
            return mark  # (a first quarter is a quarter's release as often as a sum)
        for first in self.context.periods:
            if first.start >= mark.start:
                break
            if first.comparator or first.point or first.period is None:
                continue
            if first.period.months == 1 and first.period.end_month == period.end_month:
                return first
            return mark  # the release opened with another period
        return mark

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

    def _resolved(self, mark: _PeriodMark) -> Period | None:
        """The mark's period with its year; the same for every figure, so found once a mark."""
        entry = self.resolved_marks.get(id(mark))
        if entry is None or entry[0] is not mark:
            entry = self.resolved_marks[id(mark)] = (mark, self._resolve_mark(mark))
        return entry[1]

    def _resolve_mark(self, mark: _PeriodMark) -> Period | None:
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
                written_at = years[position][0]
                if (
                    published is not None
                    and explicit > published.year
                    and written_at < _sentence_bounds(self.context.plain, mark.start)[0]
                ):
                    # 到2030年…将达2.4万亿元。…1—4月份… in a release of 2026: a target's year
                    # dates its own sentence, never the months reported after it
                    explicit = None
                elif (
                    published is not None
                    and (
                        (
                            explicit < published.year - 1
                            and written_at < _sentence_bounds(self.context.plain, mark.start)[0]
                        )
                        # 民國100年11月、12月… ⏎ 經濟部今天公布10月…, in a release of November
                        # 2012: last year's months, quoted in a paragraph of their own
                        or (
                            explicit == published.year - 1
                            and written_at < _paragraph_start(self.context.plain, mark.start)
                        )
                    )
                    and self._dated_before(written_at)
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
        if (
            position < 0
            or context.default_year is None
            or context.published is None
            or context.default_year < context.published.year  # already the year reviewed
        ):
            return None
        frame = frames[position]
        if written > frame or _rx(r"今年|本年").search(context.plain, frame, mark.start):
            return None
        return context.default_year - 1
