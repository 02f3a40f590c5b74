"""The period and accumulation of each figure: the mark that governs it, resolved.

``_Periods._period`` gives a figure the nearest governing period mark (``_marks``) of its
clause, sentence or paragraph, resolved to a year (``_years``), and its accumulation: a flow
over the period, a running total since a start (累计 of a project or park), or a stock. Before
that come the cases the nearest mark does not decide: the comparator's own level (较去年同期的
1094亿元), the ends of a span of years (从2012年到2021年), a 分别 list over a run of years, 该季
(the quarter named last), a headline dated later in the release.
"""

from __future__ import annotations

import bisect
import re

from licheng._periods import Period
from licheng._read import _vocab as v
from licheng._read._framing import _Framing
from licheng._read._marks import _RELATIVE_BASE, _starts_with_period
from licheng._read._names import _named_after
from licheng._read._structure import (
    _CHANGED_TO,
    _clause_end,
    _clause_start,
    _Found,
    _paragraph_start,
    _PeriodMark,
    _rx,
    _semicolon_start,
    _sentence_bounds,
)
from licheng._read._years import _NOT_REVIEWED

# Between 去年同期 and a figure: words that make the figure a change, not last year's level.
_CHANGE_WORD = re.compile(r"[增减長长降升衰跌涨提加回多少高低快慢扩缩滑翻幅]|\d")
_SAME_GAP = 12
# 同期, 同季, 同月 with no year: the period just named
_BARE_SAME = re.compile(r"(?:^|(?<=[。！？\n，,；;]))\s*同(?:期|季度?|月)")
_SAME_IS = re.compile(r"\s*(?:的)?\s*(?:增速|增幅|增长率)?\s*(?:为|為|是)")

_HEADED_GAP = 4  # a heading's paragraph opens with its period: 1—10月份, 今年上半年
_HEADING_LENGTH = 24
_MOVED_TO = re.compile(r"\s*(?:升|降|增|减|提高|提升|下降|上升|回落|回升|扩大|收窄)?(?:至|到)")
# the words of a year's plan (为年计划的44%, 年度投资计划)
_PLAN_WORDS = r"年计划|年度计划|年度投资计划|年内计划"
_PLANNED = re.compile(_PLAN_WORDS)
# the investment a set of projects amounts to (not what was done: 完成投资额, 累计投资额)
_PROJECTS_AMOUNT = re.compile(
    r"(?:^|[^成现计资产])(?:投资总额|投资额)\s*(?:为|达|约|共|合计)?\s*(?:近|约|超|逾)?\s*$"
)
_OWN_LEVEL_GAP = re.compile(r"\s*(?:(?:\d+[条个家项])?[^，,；;。\d]{0,10}的|[(（])\s*")
_FORECAST_GAP = re.compile(r"预测|预估|预期|预计|公布|发布|^\s*时")
_SINCE_YEAR = re.compile(r"(?:\d{2,4}|[去上前])年(?:底|末)?(?:迄今|至今(?!年))")
_PAIRED_WORK = re.compile(r"[^；;。]{0,3}(?:累计)?完成了?投资")
_DONE = re.compile(r"开工|开复工|签约|竣工|投产|引进|落地|实际")
_YEAR_END_RELEASE = 2  # a release of January or February: the year just ended is what is out


_YEAR_SPAN = re.compile(
    r"(?:从|由|自)\s*((?:19|20)\d{2})\s*年?\s*(?:到|至|—|–|-|~)\s*((?:19|20)\d{2})\s*年"
)
# 2016年至2018年,分别完成…236.3亿元、314.5亿元、365亿元: a run of years with no 从
_YEAR_RUN = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:到|至|—|–|-|~)\s*((?:19|20)\d{2})\s*年")
_FROM_BEFORE = re.compile(r"(?:从|由)\s*$")
# 由2020年的26.7%…提升至2025年的52.1%: a move between two levels, each of its year
_DATED_MOVE = re.compile(
    r"(?:从|由)\s*((?:19|20)\d{2})\s*年(?:底|末)?的?[^，,；;。]{0,16}?(?:到|至)\s*((?:19|20)\d{2})\s*年"
)
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
    if plain.find("年", sentence_start, item.start) < 0:
        return False, None  # both spans end in 年: none is written before the figure
    span = _YEAR_SPAN.search(plain, sentence_start, item.start)
    if span is not None:
        if _FROM_BEFORE.search(before_clause):
            return True, Period(int(span.group(1)))
        if _TO_BEFORE.search(before_clause):
            return True, Period(int(span.group(2)))
    if span is None and "年" not in before_clause:
        # 由2020年的26.7%提升至2025年的52.1%,工业投资占比由15.5%提升至31.4%: a move with no
        # years of its own spans the years of the move written before it in the sentence
        moves = list(_DATED_MOVE.finditer(plain, sentence_start, item.start))
        if moves and _FROM_BEFORE.search(before_clause):
            return True, Period(int(moves[-1].group(1)))
        if moves and _TO_BEFORE.search(before_clause):
            return True, Period(int(moves[-1].group(2)))
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


# 年均增长, 每年…平均成长, 平均每年增长 (not 两年平均增长, the period's own two-year average)
_YEARLY_AVERAGE = re.compile(r"(?<![两二三四五六七八九十\d])年均|每年[^，,；;。]{0,8}平均|平均每年")
# a window of several years that frames its sentence: 3年来, 五年以来, 近三年, 过去五年间
_YEARS_WINDOW = re.compile(
    r"(?:^|[,，；;])\s*(?:[(（][^)）]{0,12}[)）])?\s*"
    r"(?:(?:近|过去)(?:[两三四五六七八九十]|[2-9]|\d{2})年(?:来|以来|间|里)?"
    r"|(?:[两三四五六七八九十]|[2-9])年(?:来|以来|间|里))(?=\s*[,，])"
)
_EXPECTED = re.compile(
    r"(?:建成|达产|投产|达效|运营)后[^。；;]{0,6}?(?:预计|将|可)|^[^。；;]{0,12}预计"
)


# measures counted at a time point, not over a period
_STOCK_MEASURES = frozenset(
    {
        "enterprise_count",
        "project_count",
        "facility_count",
        "area",
        "computing_power",
        "power_capacity",
        "duration",
        "population",
    }
)


class _Periods(_Framing):
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
        stock = measure in _STOCK_MEASURES or (
            measure == "employment" and item.figure.unit in {"人", "个"}
        )
        stock = stock or (
            measure.startswith("other:") and item.figure.unit in {"个", "户", "万吨", "吨"}
        )
        stock = stock or measure.endswith("余额")  # 9月末存款余额: a balance at a time point
        if role != "value":
            stock = stock and role == "share" and measure != "area"
            # 净增经营主体4151户,完成全年任务的148.8%: the period's progress on a plan
            stock = stock and not before_clause.endswith(v.PLAN_SHARE_WORDS)
        added = v.PERIOD_COUNT_RE.search(before_clause)
        if (
            added
            and role == "value"
            # 已入驻企业50家: the firms there now; 已开工162项: the projects started so far
            and (
                before_clause[added.start() - 1 : added.start()] != "已"
                or added.group() in {"开工", "竣工", "新开工"}
            )
        ):
            stock = False
        if (
            stock
            and measure == "project_count"
            and role == "value"
            and _PAIRED_WORK.match(plain, item.end)
        ):
            # 工业项目50项,完成投资26.77亿元: the projects the period's investment went to
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
        if role == "growth" and _YEARLY_AVERAGE.search(before_clause):
            # 年均增速超40%, 每年民间投资平均成长…: an average over years, of no one period
            return None, accumulation
        if ("迄今" in before_clause or "至今" in before_clause) and _SINCE_YEAR.search(
            before_clause
        ):
            # 统计108年迄今招商吸引投资超过1.8兆元: a sum since a year, of no one period
            return None, "to_date" if role == "value" else accumulation
        window = _YEARS_WINDOW.search(sentence_before) if "年" in sentence_before else None
        if window is not None and not any(
            sentence_start + window.end() <= mark.start < item.start and not mark.comparator
            for mark in context.periods
        ):
            # 3年来,全区累计招引项目491个; 近五年,引进…126个: several years, no one period
            if accumulation == "period" and "累计" in sentence_before[window.end() :]:
                accumulation = "to_date"
            return None, accumulation
        # a list of periods (一季度、上半年、前三季度和全年 … 分别为)
        if listed is not None and listed[1]:
            index, names = listed
            if index < len(names):
                marks = [
                    m for m in context.periods if m.start >= sentence_start and m.end <= item.start
                ]
                named = [m for m in marks if not m.comparator]
                if len(named) >= len(names) and all(_starts_with_period(n) for n in names):
                    return self._resolved(named[-len(names) + index]), accumulation
        anaphor = self._named_last(clause_start + len(before_clause), before_clause)
        if anaphor is not None:
            return anaphor, accumulation
        attribute = (
            bool(v.ATTRIBUTE_RE.search(before_clause))
            and role == "value"
            # 实际到位外商直接投资金额: foreign capital used in the period, no project's attribute
            and measure != "foreign_capital"
        )
        # 项目建成后,预计亩均新增产值…,亩均税收…,带动就业…: the expectation governs the sentence
        attribute = attribute or (
            role == "value"
            and ("后" in sentence_before or "预计" in sentence_before)  # what _EXPECTED needs
            and _EXPECTED.search(sentence_before) is not None
        )
        now = bool(v.STOCK_NOW_RE.search(sentence_before))
        segment_before = plain[_semicolon_start(plain, item.start) : item.start]
        to_date = "累计" in before_clause or "累计" in segment_before[-20:]
        mark = self._mark(item, sentence_start, measure)
        if not (stock or now) and (mark is None or mark.start < sentence_start):
            mark = self._heading_of(item, sentence_start) or mark
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
            "年" in before_clause  # every word of the plan has it
            and _rx(rf"(?:年任务|{_PLAN_WORDS})(?:完成)?(?:投资|产值)?$").search(before_clause)
            and mark is not None
        ):
            resolved = self._resolved(mark)
            if resolved is not None:
                return Period(resolved.year), accumulation
        if attribute and not in_sentence:
            return None, "stock" if accumulation == "stock" or measure in {
                "investment",
                "area",
            } else accumulation
        if attribute and _rx(r"总投资|占地|规划|投资金额|建筑面积|设计产能").search(before_clause):
            return None, "stock"
        if (
            role == "value"
            and measure == "investment"
            and "项目" in sentence_before
            and _PROJECTS_AMOUNT.search(before_clause)
            and not (mark is not None and (mark.point or mark.start >= clause_start))
        ):
            # 在建项目80个,投资总额415.9亿元: what the projects will invest, at no period (a
            # time point, 截至年底…计划投资额, or a period of its own clause still dates it)
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
                reviewed = reviewed or self._year_just_ended(item, stock)
            return reviewed, accumulation
        period = self._resolved(mark)
        # 截至9月底,规模以上企业197户,增长9.4%: a stock's growth is dated at its time point
        level_of_stock = measure.endswith("余额") or (
            role in {"growth", "change_pp"} and measure in _STOCK_MEASURES
        )
        cumulative = (mark.point and not stock and not level_of_stock) or (
            "累计" in plain[max(mark.end, _paragraph_start(plain, item.start)) : item.start]
            and not stock
        )
        if period is not None and cumulative and period.start_month == period.end_month:
            period = Period(period.year, 1, period.end_month)
        if (
            period is not None
            and period.months == 12  # noqa: PLR2004 - a year's months
            and before_clause.rstrip().endswith("由")
            and _MOVED_TO.match(plain, item.end)
        ):
            period = Period(period.year - 1)  # 佔比由67.8%升至70.18%: the year before's level
        if (
            measure == "project_count"
            and role == "value"
            and period is not None
            and period.months < 12  # noqa: PLR2004 - a year's months
            and not mark.point
            and not _DONE.search(before_clause)
            and _PLANNED.search(
                plain, _paragraph_start(plain, item.start), _sentence_bounds(plain, item.start)[1]
            )
        ):
            # 今年1—6月,全省203个在建重点项目完成投资…,为年计划的44%: the classes of a year's
            # programme are counted for the year; what was done in the months (开工150个) is not
            period = Period(period.year)
        return period, accumulation

    def _refines(self, later: _PeriodMark, year: _PeriodMark) -> bool:
        """Whether a later mark is the months of the year an earlier one names, from January.

        今年…前三季度, 本年1至5月, 今年至八月底: the months narrow the year. A month or a day
        on its own (进入六月份, 至3月13日结束) is a moment of the year, not the figure's period.
        """
        if (
            year.period is None
            or later.period is None
            or year.period.months != 12  # noqa: PLR2004 - a year's months
            or later.period.months == 12  # noqa: PLR2004
            # 今年至八月底: a time point of the year dates what has run up to it
            or (later.period.start_month != 1 and not later.point)
            or later.explicit_year
            or year.point
        ):
            return False
        narrowed, whole = self._resolved(later), self._resolved(year)
        return narrowed is not None and whole is not None and narrowed.year == whole.year

    def _named_last(self, end: int, before_clause: str) -> Period | None:
        """今年第二季…。扣除物价因素,该季…实质增长5.1%: the quarter (or month) named last."""
        if "季" not in before_clause and "月" not in before_clause:
            return None  # _ANAPHOR names a quarter or a month
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
        return self._resolved(named[-1]) if named else None

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
            resolved = self._resolved(mark)
            if resolved is None or (published is not None and resolved.year > published.year):
                return None  # a plan's year is not the release's period
            found.add(resolved)
        return found.pop() if len(found) == 1 else None

    def _heading_of(self, item: _Found, sentence_start: int) -> _PeriodMark | None:
        """一是超五成行业实现正增长。⏎1—10月份,全市…: a heading dated by the paragraph it heads.

        A sentence that is a paragraph of its own, or a short one that opens its paragraph, with
        no period word, takes the period that opens the next sentence.
        """
        plain = self.context.plain
        if _paragraph_start(plain, item.start) != sentence_start:
            return None
        _, end = _sentence_bounds(plain, item.start)
        alone = plain.startswith("\n", end) or plain.startswith("\n", end + 1)
        if end - sentence_start > _HEADING_LENGTH and not alone:
            return None
        following = bisect.bisect_left(self.context.period_ends, end)
        for mark in self.context.periods[following : following + 1]:
            if (
                mark.lead
                and mark.carries
                and not mark.comparator
                and mark.start - end <= _HEADED_GAP
            ):
                return mark
        return None

    def _year_just_ended(self, item: _Found, stock: bool) -> Period | None:  # noqa: FBT001
        """地区生产总值增长5.1% in a report of early February, no period written: last year's.

        Early in the year the only figures out are the year just ended: a flow with no period
        word anywhere before it, in a release of January or February, is that year's, unless
        its sentence plans, expects or averages (目标, 预计, 年均).
        """
        published = self.context.published
        if stock or published is None or published.month > _YEAR_END_RELEASE:
            return None
        if any(
            mark.start < item.start and not (mark.comparator or mark.same)
            for mark in self.context.periods
        ):
            return None
        start, _ = _sentence_bounds(self.context.plain, item.start)
        if _NOT_REVIEWED.search(
            self.context.plain, start, _clause_end(self.context.plain, item.end)
        ):
            return None  # (高于预期目标 after the figure compares; it plans nothing)
        return Period(published.year - 1)

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
                return self._resolved(mark)  # (全年 may be a review's, not the release's)
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
                return self._resolved(same)
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
        base = self._resolved(mark) if mark is not None else None
        if base is None:
            return None
        year = same.period.year
        year = year if same.explicit_year else base.year + year - _RELATIVE_BASE
        if (
            mark is not None
            and mark.point
            and base.start_month == base.end_month
            and measure not in _STOCK_MEASURES
            and not measure.endswith("余额")
        ):
            # 截止9月底,完成投资75.33亿元,比去年同期73.79亿元: last year's running total
            return Period(year, 1, base.end_month)
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
            # 较前112年的4兆735亿元; 较2022年10条产业链的3885亿元: the comparator's own level
            gap = plain[nearest.end : item.start]
            # 较8月预测的2.91%, 由5月时的1.7%: a forecast's date, not the level's period; 完成
            # 全年任务的148.8%: a plan's; 回复至2019年的63%: a recovery's base year
            if (
                _OWN_LEVEL_GAP.fullmatch(gap)
                and not _FORECAST_GAP.search(gap)
                and not gap.lstrip().startswith(v.PLAN_SHARE_WORDS)
                and not plain[max(0, nearest.start - 4) : nearest.start]
                .rstrip()
                .endswith(v.RECOVERED_TO)
            ):
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
                if _CHANGED_TO.search(plain, mark.end, item.start) and (
                    _rx(r"(?:由|从)\s*$").search(plain, max(0, mark.start - 2), mark.start)
                    or plain.startswith("的", mark.end)
                ):
                    # 由上年的…调整为…: the period of the figure before; 114年…,比重增至30.9%:
                    # the year the level has reached
                    continue
                if mark.start >= clause_start or mark.lead:
                    if (
                        mark.start < clause_start
                        and in_sentence is not None
                        and self._refines(in_sentence, mark)
                    ):
                        # 今年湖南园区前三季度…收入13954.96亿元,同比增长18.3%: the months named
                        # after the year narrow it for the whole sentence
                        return in_sentence
                    return mark
                in_sentence = in_sentence or mark
                continue
            if in_sentence is not None:
                return in_sentence
            if mark.lead and mark.carries:
                if mark.start < paragraph and nearest_in_paragraph is not None:
                    # 其次为…(上升9.7%): the period the paragraph named, before an older lead
                    return nearest_in_paragraph
                if mark.start < paragraph:
                    return self._release_month(self._frame(mark))
                if (
                    nearest_in_paragraph is not None
                    and self._refines(nearest_in_paragraph, mark)
                    and _sentence_bounds(plain, mark.start)[1] > nearest_in_paragraph.start
                ):
                    return nearest_in_paragraph  # 今年…前三季度…。22家开发区实现…: the months
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
            if not self._continues(carried, paragraph, measure):
                return None
            return self._release_month(self._frame(carried))
        unit = str(item.figure.unit)
        if (
            found is None
            and nearest_in_paragraph is not None
            and (unit in {"percent", "percentage_point"} or "元" in unit or "币" in unit)
            and self._sole_in_paragraph(nearest_in_paragraph, paragraph, item.start)
        ):
            # 园区107年上半年营业额…。园区出口额达7,872亿元: the one period the paragraph names
            return nearest_in_paragraph
        return found
