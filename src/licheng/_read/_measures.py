"""What a figure measures and what kind of number it is.

For one figure: its role (a level, a share, a growth rate, a change in percentage points)
from its unit and the words before it, its sign (下降, 减少, 年減 make a rate negative), the
list it belongs to (分别 …), its measure (the nearest measure word of the clause, else the
sentence's earlier figure, else the paragraph's), its scope (规上 carried through the
sentence and a 规上 breakdown), its basis (同比 or 环比, carried within the sentence), and
for a share the whole, for a rate the level it changes.
"""

from __future__ import annotations

import re

from licheng._figures import Figure
from licheng._read import _vocab as v
from licheng._read._against import CHANGE_AFTER, CONTRIBUTION_TO, _Against
from licheng._read._found import _COUNT_UNITS, _rate_or_class, _unit_class, _with_unit
from licheng._read._lists import (
    _Lists,
)
from licheng._read._names import (
    _COUNTED_MEASURE,
    _COUNTED_NOUN,
    _FOLLOWING_MEASURE,
    _named_measure,
)
from licheng._read._nouns import (
    _BOTH_WAYS,
    _GROWING,
    _HOLDER_HEADS,
    _LATER_ITEM,
    _NOT_A_KIND,
    _SECTOR_GROWS,
    _bare_noun,
    _framed,
    _headed,
    _heading_measure,
    _joined_measure,
    _listed_measures,
    _measure_run,
    _own_noun,
    _same_kind,
)
from licheng._read._records import (
    Draft,
)
from licheng._read._structure import (
    _clause_end,
    _clause_start,
    _Found,
    _paragraph_start,
    _rx,
    _sentence_bounds,
)
from licheng._read._when import _Periods

# 占, and 相等于 in Hong Kong's accounts (逆差254亿元,相等于进口货值的5.5%): a part of a whole
_SHARE_OF = r"占|佔|相等于|相等於|相当于|相當於"


def _line_end(text: str, index: int) -> int:
    end = text.find("\n", index)
    return len(text) if end < 0 else end


def _negate(figure: Figure) -> Figure:
    try:
        return Figure(-figure.magnitude, figure.unit, figure.qualifier)
    except Exception:  # noqa: BLE001 - a figure that cannot be negated stays as read
        return figure


_CIRCUMSTANCE = re.compile(r"随着[^，,；;。]*?而")
# what ``\d[^\d]*$`` finds (the last digit), from the end rather than from every digit
_CAUSE_BEFORE = re.compile(r"因|由于|受|随着")
_LEVEL_AFTER = re.compile(r"至\s*(?:约|近|超过?)?\s*\d[\d.,]*\s*((?:万|亿)?(?:人次|家|户))")
_LAST_DIGIT = re.compile(r"(?s:.*)\d")


def _own_word(before: str) -> bool:
    """Whether the clause names its own measure, outside a 分别 list (asked only of a list)."""
    return "分别" not in before and v.MEASURE_RE.search(before) is not None


def _balance_word(plain: str, before: int) -> bool:
    """Whether 出超/入超 starting after ``before`` is the trade balance (8月出超, 累計入超).

    After a period, 累计 or no Chinese word it is; after 支/收/产/投… it is 支出超, 收入超:
    an amount that exceeds.
    """
    char = plain[before] if before >= 0 else ""
    return char in "月年季度计計" or not ("\u4e00" <= char <= "\u9fff")


_OWN_AFTER = re.compile(r"的(" + v.MEASURE_RE.pattern + ")")


# 比一季度的, 较第一季的, 高于全国的: what a rate is compared with (not 比重, 比例, 比率)
_COMPARED_RATE = re.compile(rf"(?:比(?![重例率])|较|{v.COMPARING_WORDS})[^，,；;。比较]{{1,12}}的$")
# 優於韓國的1.8%,新加坡的0.2%: a place compared earlier in the sentence, and the next one
_COMPARING = re.compile(rf"(?:{v.COMPARING_WORDS})[^，,；;。]{{1,12}}的")
_NEXT_COMPARED = re.compile(
    rf"[，,、]?\s*(?:也|还|亦)?(?:{v.COMPARING_WORDS})?[\u4e00-\u9fff]{{1,8}}的\s*"
)
# a clause that is only a name before its rate (,海东市73.9%)
_BARE_NAME = re.compile(r"[，,、；;]?\s*[\u4e00-\u9fff]{2,10}\s*")
# 由25.26%降至22.8%: the levels a rate moved between, written after 由 and after 至
_MOVED = re.compile(r"由\s*$|由\s*[\d.]+\s*[%％]\s*[^\d，,；;。]{0,4}(?:至|到)\s*$")
_SHARE_NAMED = re.compile(r"占比|比例|比重|比率|占[^，,；;。]{0,12}的?比重")


_OF_INDUSTRIES = re.compile(r"(?<=成)的?(?:工业)?(?:大类)?行业")


_SHARE_OF_FIRMS = re.compile(
    r"占[^，,；;。]{0,14}企业(?:总数|数)?的?(?:比重|比例)?(?:为|达|是)?\s*$"
)
_RATE_GAP = re.compile(
    r"(?:较|比|低于|高于)[^，,；;。]{0,12}?\d[\d.]*\s*%[^，,；;。\d]{0,6}[，,]?\s*(?:又|则|再)?"
    r"(?:下修|上修|减少|下调|上调)\s*$"
)
_FACILITY_BEFORE = re.compile(
    r"(?:孵化器|众创空间|研发机构|科研机构|实验室|研究院|技术中心|工作站)(?:数量?)?(?:达到?|为|共)?\s*$"
)
_NARROWED_FALL = re.compile(r"(?:降幅|跌幅|减幅)[^，,；;。]{0,12}?(?:收窄|缩小|减小)\s*$")
_LIST_LINE = re.compile(r"[^\n，,；;。:：]{1,30}[:：]\s*")
_BREAKDOWN_OPENING = re.compile(r"按[^，,；;。]{1,6}分|分[^，,；;。]{1,8}看|其中")


def _named_investment(plain: str, start: int, end: int) -> str:
    """The investment the text last named other than as 完成投资 (固定资产投资, 总投资)."""
    named = [
        v.MEASURE_OF[word.group()]
        for word in v.MEASURE_RE.finditer(plain, start, end)
        if v.MEASURE_OF[word.group()] in {"investment", "fixed_asset_investment"}
        and not (word.group() == "投资" and _rx(r"完成了?$").search(plain, start, word.start()))
    ]
    return named[-1] if named else "investment"


# the counts of the parts of a whole (industries, products, firms) and what they grew in
_COUNTS_OF_PARTS = frozenset({"other:行业数", "other:产品数", "enterprise_count"})
_COUNTED_GREW = re.compile(
    r"[^，,；;。\d]{0,8}?(" + v.MEASURE_RE.pattern + r")[^，,；;。\d]{0,6}?(?:增长|下降|增加|减少)"
)


# )及不过夜旅客(39.2亿元)的总消费按年分别上升: the noun the bracketed levels are of
_LEVEL_IN_BRACKETS = re.compile(
    r"\s*[)）](?:[^，,；;。()（）]|[(（][^()（）]*[)）])*?的([^，,；;。的()（）\d]{2,10}?)"
    r"(?=按年|同比|分别|均|上升|增长|下降|减少|为|达)"
)


def _of_industries(plain: str, item: _Found) -> bool:
    """超五成行业实现正增长: a percent of the industries (a share of them), not a rate."""
    return item.figure.unit == "percent" and _OF_INDUSTRIES.match(plain, item.end) is not None


class _Measures(_Against, _Periods, _Lists):
    """Role, sign, measure, scope, basis and the whole or level a rate refers to."""

    def _grown_of_counted(
        self, previous: Draft | None, role: str, sentence_start: int
    ) -> str | None:
        """14个行业增加值增长,其中石油开采业增长8.7%: the rates are of what the counted grew."""
        if (
            previous is None
            or role not in {"growth", "change_pp"}
            or previous.measure not in _COUNTS_OF_PARTS
            or previous.figure.unit not in _COUNT_UNITS
        ):
            return None
        end = self.last_end.get(sentence_start)
        grew = _COUNTED_GREW.match(self.context.plain, end) if end is not None else None
        return None if grew is None else v.MEASURE_OF[grew.group(1)]

    def _bracketed_level(self, item: _Found) -> str | None:
        """留宿旅客(164.3亿元)及不过夜旅客(39.2亿元)的总消费: a level of the noun after the list."""
        plain = self.context.plain
        if not _rx(r"[^\W\d_][(（]\s*$").search(plain, max(0, item.start - 3), item.start):
            return None
        after = _LEVEL_IN_BRACKETS.match(plain, item.end)
        if after is None:
            return None
        noun = after.group(1)
        word = v.MEASURE_RE.fullmatch(noun)
        return v.MEASURE_OF[word.group()] if word else f"other:{noun}"

    # role and sign
    def _role(
        self, item: _Found, clause_start: int, sentence_start: int, previous: Draft | None
    ) -> str:
        """A level, a share, a growth rate or a change in points: the words, then the context."""
        plain = self.context.plain
        role = self._role_by_words(item, clause_start)
        if (
            role == "growth"
            and _MOVED.search(plain, clause_start, item.start)
            and _SHARE_NAMED.search(plain, sentence_start, clause_start)
        ):
            role = "share"  # 佔比由67.8%升至70.18%,內地訪客則由25.26%降至22.8%: shares that move
        if (
            role == "share"
            and previous is not None
            and previous.role == "growth"
            and previous.figure.unit == "percent"
            and (
                _COMPARED_RATE.search(plain, clause_start, item.start)
                # 優於韓國的1.8%,新加坡的0.2%: the list of places compared goes on
                or (
                    _NEXT_COMPARED.fullmatch(plain, clause_start, item.start) is not None
                    and _COMPARING.search(plain, sentence_start, clause_start) is not None
                )
            )
        ):
            # 增长5.1%,比一季度的5.3%回落; 上升8.9%,较第一季的9.0%略低: the rate a growth
            # rate is compared with is a growth rate too, of another period or place
            role = "growth"
        if (
            role == "growth"
            and previous is not None
            and previous.role == "share"
            and previous.figure.unit == "percent"
            and _BARE_NAME.fullmatch(plain, clause_start, item.start) is not None
            and not v.GROWTH_RE.search(plain, clause_start, item.start)
        ):
            role = "share"  # 西宁市比重为83.5%,海东市73.9%: the list of shares goes on
        if _of_industries(plain, item):
            role = "share"  # 超五成行业实现正增长: a share of the industries, not a rate
        if (
            role == "growth"
            and item.figure.unit == "percent"
            and _RATE_GAP.search(plain, max(sentence_start, item.start - 30), item.start)
        ):
            # 较5月预测的3.91%下修0.06%: the change between two rates, in points
            role = "change_pp"
        return role

    def _role_by_words(self, item: _Found, clause_start: int) -> str:
        unit = item.figure.unit
        plain = self.context.plain
        if item.role == "share" and unit == "":
            return "share"
        if unit == "percentage_point":
            return "change_pp"
        if unit != "percent":
            return "value"
        before = plain[clause_start : item.start]
        after = plain[item.end : item.end + 6]
        share = [m.end() for m in v.SHARE_RE.finditer(before)]
        # 比重提升至17.3%: a level reached, not a change
        growth = [
            m.end()
            for m in v.GROWTH_RE.finditer(before)
            if not (share and before.startswith(("至", "到"), m.end()))
        ]
        if _rx(r"^(?:来自|的(?:营业收入|产值|入库税金|数量|战略性|研发))").match(after):
            return "share"
        if _rx(r"(?:预测|预估|预期)的?$").search(before):
            return "growth"  # 较8月预测的2.91%: a forecast rate, of the growth it forecasts
        if before.endswith("的") and _rx(r"占|佔|完成|任务").search(before):
            return "share"
        if share and (not growth or max(share) >= max(growth)):
            return "share"
        if growth:
            return "growth"
        if item.role in {"share", "growth"}:
            return item.role
        if _rx(r"增长|增速|成长").search(before):
            return "growth"
        return "share" if _rx(r"达|为").search(before[-2:]) else "growth"

    def _sign(self, item: _Found, role: str, clause_start: int) -> Figure:
        figure = item.figure
        if role not in {"growth", "change_pp"}:
            return figure
        if role == "change_pp" and figure.unit == "percent":
            figure = _with_unit(figure, "percentage_point")  # 下修0.06%: points, written as %
        plain = self.context.plain
        before = _rx(r"增速|增幅|增长面").sub("", plain[clause_start : item.start])
        # the verb nearest before the figure decides
        negative = [m.end() for m in v.NEGATIVE_RE.finditer(before)]
        positive = [m.end() for m in v.POSITIVE_RE.finditer(before)]
        is_negative = bool(negative) and (not positive or max(negative) >= max(positive))
        if not negative and not positive:
            after = CHANGE_AFTER.match(plain, item.end)  # 录得1.1%的按年跌幅
            is_negative = after is not None and after.group("fall") is not None
        negative_now = figure.magnitude < 0
        if is_negative and _NARROWED_FALL.search(before):
            # 降幅较1-4月收窄4.1个百分点: the fall eased, the rate rose
            return _negate(figure) if negative_now else figure
        if is_negative and not negative_now:
            return _negate(figure)
        written_sign = _rx(r"\s*[-−－负]").match(plain, item.start) is not None
        if not is_negative and negative_now and positive and not written_sign:
            return _negate(figure)  # 增长-8.7%: a sign written in the figure stays
        return figure

    def _measure(  # noqa: PLR0913, PLR0915, PLR0917 - one figure's context, cues in order
        self,
        item: _Found,
        role: str,
        clause_start: int,
        sentence_start: int,
        previous: Draft | None,
        listed: tuple[int, list[str]] | None,
    ) -> str | None:
        plain = self.context.plain
        unit = item.figure.unit
        before = plain[clause_start : item.start]
        if previous is not None and previous.measure == "duration":
            previous = None  # 连续8个月正成长: a streak lends no measure to what follows
        balance = plain[max(0, item.start - 1) : item.start + 1]
        if balance in {"出超", "入超"} and _balance_word(plain, item.start - 2):
            # 8月出超168.3亿美元: the extractor takes 超 for "more than"; it ends the word
            return v.MEASURE_OF[balance]
        contribution = (
            CONTRIBUTION_TO.search(before)
            if role == "share" and previous is not None and "贡献" in before
            else None
        )
        if previous is not None and contribution is not None and contribution.start() <= 1:
            # 第三产业增加值191.5亿元,对GDP增速贡献率达到75.9%: the part's own measure (a clause
            # that names its own part, 消费对经济增长的贡献率, is not the part before)
            return previous.measure
        if "随着" in before:
            # 整体投资开支随着经济增长而上升6.0%: the circumstance's measure is not the figure's
            before = _CIRCUMSTANCE.sub("", before)
        after = plain[item.end : item.end + 8]
        # 甲、乙分别增长6.5%和7%，社零达4.64万亿元: a clause that names its own measure is
        # past the list
        if listed is not None and listed[1] and not _own_word(before):
            index, names = listed
            measures = _listed_measures(names)
            if index < len(measures):
                return measures[index]
        if "分别" not in before and _BOTH_WAYS.search(before):
            return "trade"  # 出口和进口货值均按年上升13%: one rate said of both ways of trade
        if "分别" in before and self.run_length >= 2 and not _own_word(before):  # noqa: PLR2004
            # 出口和进口货值均录得升幅,分别上升14.5%和11.5%: the measures the clause before lists
            measures = _measure_run(plain[sentence_start:clause_start], self.run_length)
            if self.run[1] < len(measures):
                return measures[self.run[1]]
        parallel = self._parallel(item, sentence_start)
        if (
            parallel is not None
            and role == "share"
            and "分别占" in before
            and self._levels_run(sentence_start)
        ):
            # 项目20个,投资总额97.3亿元,分别占项目总数和投资总额的25%和23.4%: each share is
            # of the level at its place in the run before, whatever wholes the clause names
            return parallel.measure
        if (
            parallel is not None
            and not v.MEASURE_RE.search(before)
            and (
                _rate_or_class(parallel.figure.unit) == _rate_or_class(unit)
                # 营业收入320亿元,利润总额18.5亿元,分别增长6.5%和3.2%: each rate the growth of
                # the level at its place in the run before
                or (role == "growth" and self._levels_run(sentence_start))
            )
        ):
            return parallel.measure
        if unit == "percent" and _rx(r"增长面(?:为|达到|达|是)?\s*$").search(before):
            # 40种产品中33种产量增长,增长面82.5%: the share of the things counted
            things = _rx(r"\d+\s*(?:个|种|家|类)[^，,；;。\d]{0,8}?(产品|行业|企业)").findall(
                plain, sentence_start, item.start
            )
            if things:
                return _GROWING[things[-1]]
        follow = _FOLLOWING_MEASURE.match(plain, item.end, item.end + 16)
        if follow and unit in {"percent", ""}:
            if follow.group(2) == "数量":
                return "enterprise_count" if "企业" in before else "other:数量"
            return v.MEASURE_OF[follow.group(2)]
        own_after = _OWN_AFTER.match(plain, item.end) if plain.startswith("的", item.end) else None
        if own_after is not None and role == "value" and unit not in _COUNT_UNITS:
            return v.MEASURE_OF[own_after.group(1)]  # 在4兆2,664亿元的营业总额中: the level's own
        right_after = v.MEASURE_RE.match(plain, item.end)
        if right_after is not None and role == "value" and unit not in _COUNT_UNITS:
            return v.MEASURE_OF[right_after.group()]
        if (
            previous is not None
            and role == "value"
            and previous.figure.unit == unit
            and _rx(r"(?:比|较)[^，,；;。]*(?:增加|减少|净增|多|少)了?$").search(before)
        ):
            # 比去年同期增加了72个: the change of the level just given
            return previous.measure
        last = self.last_end.get(sentence_start)
        if (
            previous is not None
            and last is not None
            and _LATER_ITEM.fullmatch(plain, last, item.start)
            and not v.MEASURE_RE.search(plain, last, item.start)
            and _same_kind(previous.figure.unit, unit)
        ):
            # 汽车以旧换新超40万辆、家电超450万台: a later item of a list measured once
            return previous.measure
        if unit in _COUNT_UNITS and not v.MEASURE_RE.search(before):
            # 货柜吞吐量为120万个标准箱: the noun names what is counted, not the unit
            own = _own_noun(before)
            if own is not None:
                return own
        count = self._count_measure(item, unit, before, after)
        if count is None and role == "growth" and "至" in after:
            # 旅客按年增加3.3倍至144.49万人次: a rate is of what the level it reaches counts
            level = _LEVEL_AFTER.match(plain, item.end)
            if level is not None:
                count = self._count_measure(item, level.group(1), before, after)
        if count is not None:
            return count
        # 外商及港澳台商投资企业增长3.4%, 国有投资平台: a kind of holder, not a measure;
        # 非税收入 is what is not tax
        words = [
            w
            for w in v.MEASURE_RE.finditer(before)
            if not before.startswith(_HOLDER_HEADS, w.end())
            and not before.endswith("非", 0, w.start())
        ]
        last_figure = _LAST_DIGIT.match(before)  # the last digit of the clause
        if words and last_figure is not None and words[-1].start() < last_figure.end() - 1:
            # the clause's measure word belongs to an earlier figure (投资22亿元打造40万平方米的…)
            physical = self._unit_measure(unit)
            if physical is not None and role == "value":
                return physical
        strong = [word for word in words if word.group() not in v.WEAK_MEASURES]
        if words and not strong:
            # 在「当年固定资产增购金额」方面,…投入2,684亿元: the measure the sentence names
            earlier = [
                word
                for word in v.MEASURE_RE.finditer(plain, sentence_start, clause_start)
                if word.group() not in v.WEAK_MEASURES
                and _rx(r"[^，,；;。]{0,6}?(?:[」”]|方面)").match(plain, word.end())
            ]
            if earlier:
                return v.MEASURE_OF[earlier[-1].group()]
        if (
            words
            and not strong
            and words[-1].group() == "投资"
            and "其中" in plain[sentence_start : item.start]
        ):
            # 固定资产投资增长5.3%。其中,高新技术产业投资增长42.7%: the parts of a breakdown are
            # measured as the whole the paragraph gave before it
            whole = [
                word
                for word in v.MEASURE_RE.finditer(
                    plain, _paragraph_start(plain, sentence_start), sentence_start
                )
                if word.group() not in v.WEAK_MEASURES
            ]
            if whole and v.MEASURE_OF[whole[-1].group()] == "fixed_asset_investment":
                return "fixed_asset_investment"
        words = strong or words
        if (role == "share" or (role == "change_pp" and _rx(r"比重|占比").search(before))) and _rx(
            _SHARE_OF
        ).search(before):
            # 第一产业占地区生产总值的比重上升3.82个百分点: a share's change is the part's too
            # 战略性新兴产业产值占规模以上工业产值比重达40.3%: the part's measure
            share_at = _rx(_SHARE_OF).search(before)
            if not words and _SHARE_OF_FIRMS.search(before):
                return "enterprise_count"  # 呈增长势头企业占规上工业企业75.8%: firms of firms
            part = [word for word in words if share_at and word.start() < share_at.start()]
            if part:
                return v.MEASURE_OF[part[0].group()]
            own = _own_noun(before[: share_at.start()]) if share_at else None
            if own is not None:
                return own  # 民生支出占一般公共预算支出的80.5%: the part's own measure
            whole = [word for word in words if share_at and word.start() > share_at.start()]
            if previous is not None and (not whole or previous.figure.unit not in _COUNT_UNITS):
                return previous.measure
            if whole:
                # 另4项科技产业,则仅占总营业额的9%: a part with no measure of its own is
                # measured as its whole, not as the count that names it
                return v.MEASURE_OF[whole[0].group()]
            earlier = list(v.MEASURE_RE.finditer(plain, sentence_start, clause_start))
            if earlier:
                return v.MEASURE_OF[earlier[-1].group()]
        if role == "share" and unit == "" and item.ratio_index is not None:
            return "value_added"
        physical = self._unit_measure(unit)
        if physical is not None and role == "value" and not words:
            return _own_noun(before) or physical
        if words:
            word = words[-1].group()
            if word == "销售额" and (
                not _rx(r"批发|零售|限额").search(plain[sentence_start : item.start])
                or _rx(r"零售业营业额").search(
                    plain, _paragraph_start(plain, item.start), _line_end(plain, item.end)
                )
            ):
                # retail sales counted as 零售业营业额 (Taiwan's releases): turnover
                return "revenue"
            opening = _paragraph_start(plain, item.start)
            if (
                word == "投资"
                and (
                    _rx(r"(?:[业施置]|建设项目)(?:完成|实现)?$").search(
                        before, 0, words[-1].start()
                    )
                    # 民间投资, 国有投资, 民生投资: a kind of investment, not a verb's object
                    or (
                        _rx(r"[\u4e00-\u9fff]{2}$").search(before, 0, words[-1].start())
                        and not _NOT_A_KIND.search(before, 0, words[-1].start())
                        and "项目" not in before
                    )
                )
                and _rx(r"固定资产投资|工业投资|技改投资").search(
                    # the paragraph, or the one before that it breaks down (分行业看)
                    plain,
                    _paragraph_start(plain, max(0, opening - 2)),
                    item.start,
                )
            ):
                # 全省固定资产投资增长3.4%。…高技术产业投资增长6.7%: a part of that investment
                return "fixed_asset_investment"
            if word == "投资" and _rx(r"完成了?$").search(before, 0, words[-1].start()):
                # 固定资产投资项目已开工162项,完成投资75.33亿元: the investment completed is the
                # kind the sentence last named (总投资 and 计划投资 of projects are not), or the
                # sentence a breakdown (按行业分, 其中) goes on from
                named_from = sentence_start
                if _BREAKDOWN_OPENING.match(plain, sentence_start):
                    named_from = max(opening, plain.rfind("。", 0, sentence_start - 1) + 1)
                return _named_investment(plain, named_from, clause_start + words[-1].start())
            headed = _headed(before, words[-1])
            return v.MEASURE_OF[word] if headed is None else _framed(plain, clause_start, headed)
        joined = _joined_measure(before)
        if joined is not None:
            return joined
        own = _own_noun(before, amount=role == "value" and _unit_class(unit) == "money")
        if own is not None:
            return _framed(plain, clause_start, own)
        # the sentence's earlier clauses
        grown = self._grown_of_counted(previous, role, sentence_start)
        if grown is not None:
            return grown
        last_end = self.last_end.get(sentence_start)
        if previous is not None and last_end is not None and last_end < clause_start:
            # 总投资超过1,140亿元,园区营业额逆势增长,突破570亿元: a measure named in a clause
            # with no figure of its own, after the last figure, is the next figure's
            between = [
                word
                for word in v.MEASURE_RE.finditer(plain, last_end, clause_start)
                if word.group() not in v.WEAK_MEASURES
                # 零售业则因进口车销量减少,年减9.0%: a cause's measure is not the figure's
                and not _CAUSE_BEFORE.search(
                    plain, _clause_start(plain, word.start()), word.start()
                )
            ]
            if between:
                return v.MEASURE_OF[between[-1].group()]
        if previous is not None and (
            role != "value" or _unit_class(previous.figure.unit) == _unit_class(unit)
        ):
            return previous.measure
        if (
            previous is not None
            and role == "value"
            and _unit_class(unit) == "money"
            and previous.figure.unit in _COUNT_UNITS
        ):
            bare = _bare_noun(before)
            if bare is not None:
                return bare  # 引进项目166个,协议引资315.93亿元: an amount is no count of projects
        sentence = plain[sentence_start : item.start]
        words = list(v.MEASURE_RE.finditer(sentence))
        if words:
            return v.MEASURE_OF[words[-1].group()]
        if previous is not None:
            return previous.measure
        if unit in {"percent", "percentage_point"}:
            # a growth in a sentence with no measure: the paragraph's last
            paragraph = plain[_paragraph_start(plain, item.start) : item.start]
            words = list(v.MEASURE_RE.finditer(paragraph))
            if words:
                return v.MEASURE_OF[words[-1].group()]
            if role in {"growth", "change_pp"} and _SECTOR_GROWS.search(before):
                # 规上工业增长8.5%, 服务业增长5.2%: a sector grows by its value added
                return "value_added"
            # 光电产业去年的成长幅度最大…28.14%: the measure the text last named
            words = list(v.MEASURE_RE.finditer(plain, 0, item.start))
            if words:
                return v.MEASURE_OF[words[-1].group()]
            # 外销订单…; 海外生产比52.1%: the measure last read, named outside the table
            return self.measure_now if self.measure_now.startswith("other:") else None
        if role == "value" and "其中" in plain[sentence_start : item.start]:
            # 其中新竹4,923亿元: a part of the total the text last named
            words = list(v.MEASURE_RE.finditer(plain, 0, sentence_start))
            if words:
                return v.MEASURE_OF[words[-1].group()]
        named = self._unit_measure(unit) or _named_measure(before)
        if (
            named is None
            and role == "value"
            and _LIST_LINE.fullmatch(plain, plain.rfind("\n", 0, item.start) + 1, item.start)
        ):
            return _heading_measure(plain, item.start)  # a list under a heading
        return named

    def _count_measure(self, item: _Found, unit: str, before: str, after: str) -> str | None:
        plain_after = self.context.plain[
            item.end : min(item.end + 12, _clause_end(self.context.plain, item.end))
        ]
        del after
        noun = before[-12:] + plain_after[:12]
        if unit == "家" and _rx(r"^[^，,；;。]{0,4}(?:经开区|开发区|高新区|园区|产业园)").search(
            plain_after
        ):
            return "facility_count"  # 229家国家级经开区: parks counted, not firms
        if unit == "家" and _FACILITY_BEFORE.search(before):
            return "facility_count"  # 孵化器和众创空间683家, 研发机构1.2万家: no firms
        if unit == "间" and not _rx(r"企业|公司|商户|厂商|店").search(
            self.context.plain, _sentence_bounds(self.context.plain, item.start)[0], item.start
        ):
            return "facility_count"  # 殿宇64间: rooms; 初创企业…达5,221间: firms
        if unit in {"家", "户", "间", "戶"}:
            return "enterprise_count"
        if unit in {"个", "项"}:
            if _rx(r"^[^，,；;。]{0,3}企业").search(plain_after):
                return "enterprise_count"
            if _rx(r"行业").search(noun):
                return "other:行业数"
            if self.context.plain[item.end - 1 : item.end] == "种":
                return "other:产品数"  # 40种主要工业产品中,33种…: kinds of products
            if _rx(r"项目|工程").search(noun):
                return "project_count"
            if _rx(r"就业").search(noun):
                return "employment"
            if _rx(r"新药|品种").search(noun):
                return "other:新药品种"
            if _rx(r"^[^，,；;。]{0,8}(?:中心|平台|基地|园区|站)").search(plain_after):
                return "facility_count"
            # 企业数达到1280个; 在建项目中,江油市56个: the noun the clause, else the sentence,
            # counts
            counted = _COUNTED_NOUN.findall(before)
            if not counted:
                sentence_start = _sentence_bounds(self.context.plain, item.start)[0]
                counted = _COUNTED_NOUN.findall(self.context.plain, sentence_start, item.start)
            if counted:
                return _COUNTED_MEASURE[counted[-1]]
            if unit == "项":
                return "project_count"  # 新建48项,续建28项: 项 counts projects
            return "facility_count"
        if unit in {"栋", "架", "处", "座", "台", "条"}:
            return "facility_count"
        if (
            unit.endswith("人次")
            and _rx(r"旅客|游客|访客").search(before)
            and not _rx(r"发送|运送|输送|运输").search(before)
        ):
            # 留宿旅客116.38万人次: visitors counted as visits (发送旅客 is a verb's object)
            return "other:旅客人次"
        if unit == "人":
            # 逾15.5万人失业: the people counted by what they do, named after them
            doing = [
                v.MEASURE_OF[plain_after[:size] + "人数"]
                for size in (4, 3, 2)
                if plain_after[:size] + "人数" in v.MEASURE_OF
            ]
            if doing and not v.MEASURE_RE.search(before):
                return doing[0]
            named = [v.MEASURE_OF[word.group()] for word in v.MEASURE_RE.finditer(before)]
            if named and (named[-1].startswith("other:") or named[-1] == "population"):
                return named[-1]  # 劳动人口为385万人: the people the clause's word counts
            # 常住人口由上年729万人增加到732万人: people counted as a population
            return "population" if "人口" in before else "employment"
        if unit in {"PFLOPS", "EFLOPS", "TFLOPS"}:
            return "computing_power"
        if unit in {"个月", "month", "年", "year", "a"} or item.figure.unit.endswith("月"):
            return "duration"
        return None

    @staticmethod
    def _unit_measure(unit: str) -> str | None:
        if unit in {"亩", "平方米", "万平方米", "公顷", "平方公里", "km²", "m²", "hectare", "mu"}:
            return "area"
        if unit in {"吨", "万吨", "千米", "万千伏安", "辆", "万辆", "件", "万件"}:
            return "production_volume"
        if unit in {"km", "公里"}:
            return "other:道路长度"
        return None
