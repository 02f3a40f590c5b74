"""What a figure is held against: its scope, its basis, a share's whole, a rate's level.

The scope (规上 carried through the sentence and a 规上 breakdown), the basis of a rate (同比
or 环比, carried within the sentence; none for an average over years, a revision against a
forecast, or a comparison with another named period), the whole a share is a part of (占…的),
and the level a growth rate or a change in points is of (the comparator a gap names, what a
contribution 拉动).
"""

from __future__ import annotations

import bisect
import re

from licheng._read import _vocab as v
from licheng._read._lists import _listed_comparator
from licheng._read._names import _BREAKDOWN, _COMPARED_PERIOD, _OUTSIDE_SCOPE
from licheng._read._records import Reference
from licheng._read._structure import _clause_start, _Found, _rx, _semicolon_start, _State

# 录得3.8%的按年升幅, 录得1.1%的按年跌幅: the change and its basis written after the rate
CHANGE_AFTER = re.compile(
    r"\s*的?\s*(?P<basis>按年|按月|按季|同比|环比)?\s*(?:(?P<rise>升幅|增幅)|(?P<fall>跌幅|减幅|降幅))"
)
_BASIS_AFTER = {"按年": "yoy", "同比": "yoy", "按月": "mom", "环比": "mom"}


# 对GDP增速贡献率, 对全市规上工业增长的贡献率: the whole whose growth a part contributes to
CONTRIBUTION_TO = re.compile(r"对([^，,；;。]{1,14}?)(?:增长|增速|增幅)?的?贡献(?:率|度)")


class _Against(_State):
    """Scope, basis, whole and the level of a rate (see the module's docstring)."""

    def _scope(self, item: _Found, sentence_start: int, paragraph: int, measure: str) -> str:
        plain = self.context.plain
        sentence = plain[sentence_start : item.end + 2]
        if v.SCOPE_RE.search(sentence):
            self.scope_para[paragraph] = self.scope_recent = True
            # 实际利用市外资金160亿元: money drawn in is no statistic of a size class either
            outside = measure in _OUTSIDE_SCOPE or measure.endswith("资金")
            if outside and not v.SCOPE_RE.search(
                plain, _clause_start(plain, item.start), item.end + 2
            ):
                return "unspecified"  # 规上工业…;完成固定资产投资39.5亿元: another statistic
            return "above_designated_size"
        lead = plain[sentence_start : sentence_start + 24]
        if (self.scope_para.get(paragraph) or self.scope_recent) and _BREAKDOWN.match(lead):
            return "above_designated_size"
        self.scope_recent = False
        if v.SCOPE_ALL_RE.search(sentence):
            return "all"
        return "unspecified"

    def _basis(self, item: _Found, role: str, sentence_start: int) -> str | None:
        if role not in {"growth", "change_pp"}:
            return None
        plain = self.context.plain
        before = plain[_semicolon_start(plain, item.start) : item.end]
        sentence = plain[sentence_start : item.end]
        clause_start = _clause_start(plain, item.start)
        clause = plain[clause_start : item.start]
        if _rx(r"两年平均|年均|平均增长|平均增速").search(clause):
            return None  # a two-year or multi-year average compares with no one period
        after = CHANGE_AFTER.match(plain, item.end)
        if after is not None and after.group("basis") in _BASIS_AFTER:
            return _BASIS_AFTER[after.group("basis")]
        if role == "change_pp" and _rx(r"预测|预估").search(
            plain, _clause_start(plain, max(clause_start - 1, 0)), item.start
        ):
            return None  # 较8月预测数1.89%,增加1.22个百分点: a revision against a forecast
        moms = list(v.MOM_RE.finditer(before))
        if moms:
            yoys = list(v.YOY_RE.finditer(before))
            # 上月按年跌3.1%,经季节性调整后按月上升1.6%: the nearer basis word is the figure's
            if not yoys or yoys[-1].start() < moms[-1].start():
                return "mom"
        if not v.YOY_RE.search(clause) and any(
            mark.comparator and clause_start <= mark.start
            for mark in self.context.periods[
                bisect.bisect_left(self.context.period_ends, clause_start) : bisect.bisect_right(
                    self.context.period_ends, item.start
                )
            ]
        ):
            return None  # 较一季度回升2.1个百分点: against another period, not a year before
        if v.YOY_RE.search(before) or v.YOY_RE.search(sentence):
            return "yoy"
        if item.basis in {"yoy", "mom"} and v.YOY_RE.search(plain[sentence_start : item.end]):
            return item.basis
        return None

    def _whole(self, item: _Found, measure: str, subject: str) -> Reference | None:
        plain = self.context.plain
        clause_start = _clause_start(plain, item.start)
        before = plain[clause_start : item.start]
        contribution = CONTRIBUTION_TO.search(before)
        if contribution is not None:
            # 对GDP增速贡献率达到75.9%: a share of the growth of the whole the clause names
            whole = contribution.group(1)
            word = v.MEASURE_RE.search(whole)
            name = _rx(r"全[区市县省国]?$").sub("", whole[: word.start()]) if word else whole
            if _rx(r"(?:全[区市县省国])?(?:国民)?经济").fullmatch(name):
                # 对经济增长的贡献率: the economy is the region's, its measure the GDP
                return Reference(self.context.region_word or "全区", "gdp")
            name = name or (self.context.region_word or "全区")
            return Reference(name, v.MEASURE_OF[word.group()] if word else measure)
        match = _rx(r"(?:占|佔|贡献)(?:了)?([^，,；;。]*?)(?:的|比重|$)").search(before)
        if match and match.group(1):
            whole = match.group(1)
            word = v.MEASURE_RE.search(whole)
            name = whole[: word.start()] if word else whole
            name = _rx(r"总$").sub("", name.strip()) or (self.context.region_word or "全区")
            return Reference(name, v.MEASURE_OF[word.group()] if word else measure)
        if item.ratio_index is not None:
            return Reference(self.context.region_word or "全区", "gdp")
        return Reference(subject, measure)

    def _about(
        self, item: _Found, role: str, subject: str, measure: str, clause_start: int
    ) -> Reference:
        plain = self.context.plain
        before = plain[clause_start : item.start]
        if role == "change_pp":
            listed = _listed_comparator(before) if "分别" in before else None
            if listed is not None:
                return Reference(listed, measure)
            gap = _rx(
                r"(?:比|较|高于|低于)([^，,；;。]*?)(?:平均)?(?:水平|增速|增幅)?(?:\(|（|高|低|$)"
            ).search(
                before,
            )
            if (
                gap
                and gap.group(1)
                and not v.PERIOD_RE.fullmatch(gap.group(1).strip())
                and not _COMPARED_PERIOD.match(gap.group(1))
            ):
                name = gap.group(1).strip()
                word = v.MEASURE_RE.search(name)
                name = name[: word.start()] if word else name
                name = _rx(r"平均.*$").sub("", name)
                if name and not _rx(r"上年|去年同期|上年同期").fullmatch(name):
                    return Reference(name, measure)
            pull = _rx(r"(?:拉动|下拉)([^，,；;。]*?)(?:增长|增速)").search(before)
            if pull and pull.group(1):
                return Reference(pull.group(1), measure)
        return Reference(subject, measure)
