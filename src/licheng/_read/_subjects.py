"""Whose figure it is: the subject of each figure, carried the way releases write them.

The most specific holder the clause names, else the list's name for the figure's place in
it, else the sentence's earlier figure, else the paragraph's topic (a heading sentence such
as 集成电路产业实现集聚发展, a region or park that opens a paragraph), else the reporting
region. Names are found by ``_names``; a sentence without figures can still set the topic.
"""

from __future__ import annotations

import re

from licheng._model import SubjectKind
from licheng._read import _vocab as v
from licheng._read._found import _SHORT_NAME
from licheng._read._measures import _Measures
from licheng._read._names import (
    _BARE_CLASS,
    _COUNTED_THING,
    _DEMAND_PARTS,
    _HEADING,
    _PLACES,
    _REGION_MEASURES,
    _RUN_NAME,
    _SECTOR_MEASURES,
    _SETTLED,
    _bracket_comparator,
    _bracketed_holder,
    _clause_subject,
    _compared_place,
    _counted,
    _headed_subject,
    _kind,
    _named_after,
    _object_subject,
    _region_counts,
    _segment_of,
    _strip_subject,
)
from licheng._read._patterns import pattern_edges
from licheng._read._records import (
    Draft,
)
from licheng._read._structure import (
    _clause_end,
    _clause_start,
    _Found,
    _lead_strip,
    _paragraph_start,
    _rx,
    _semicolon_start,
)

# A clause that reports what follows (主计总处概估, 国家能源局…发布数据显示, 统计显示)
_REPORTS = re.compile(
    r"(?:概估|初估|显示|表明|指出|公布|发布|获悉|说|說|表示|强调|強調|称|稱)[，,；;：:]?$"
)


# 较114年11月预测的7.91%, 远高于8月预测的2.91%, 较原预测7.37%: the forecast's own rate
_FORECAST = re.compile(
    r"(?:较|比|高于|低于|于)((?:\d{2,4}年)?(?:\d{1,2}月)?(?:时)?(?:的)?(?:原|前次|上次)?预测(?:值)?)的?$"
)


# 我市主要行业运行情况是: all the industries, one by one after it, not one industry
_ALL_INDUSTRIES = re.compile(r"(?:主要|各|重点|全|多数|大部分)(?:产业|行业)$")
_NOT_HOLDERS = frozenset({SubjectKind.SECTOR, SubjectKind.INDUSTRY, SubjectKind.OTHER})
# The kinds of name a sentence without figures makes the topic of what follows (成都高新区…)
_NUMBERED_POINT = re.compile(
    r"\s*(?:[一二三四五六七八九十\d]+[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]是)"
)
_TOPIC_KINDS = frozenset({SubjectKind.REGION, SubjectKind.PARK})


def _topic_ends() -> re.Pattern[str] | None:
    """The last characters of every name ``_kind`` gives a topic's kind, as one class.

    A name is a stretch of its clause, so a sentence with none of them names no topic: its
    clauses need not be read for one. None (read them all) where a table does not tell.
    """
    region = pattern_edges(v.REGION_RE.pattern, -1)
    if region is None:
        return None
    ends = region | {place[-1] for place in _PLACES}
    ends |= {
        suffix[-1] for suffix, kind in v.SUBJECT_SUFFIX_KIND if SubjectKind(kind) in _TOPIC_KINDS
    }
    return re.compile("[" + re.escape("".join(sorted(ends))) + "]")


_TOPIC_ENDS = _topic_ends()
# the last of them in a stretch: from its end, as _LAST_DIGIT finds the last digit
_LAST_TOPIC_END = None if _TOPIC_ENDS is None else re.compile("(?s:.*)" + _TOPIC_ENDS.pattern)


_HOLDER_THEN_CLASS = re.compile(
    r"(.{2,}?(?:园区|开发区|产业园|基地|园))(?:投产|规上|规模以上|入驻|入园|在册)?(?:工业)?企业(?:数|数量)?$"
)
# 该项目, 项目一期, 园区: a project or park referred to, not named
_THIS_PROJECT = ("该项目", "本项目", "此项目", "这个项目", "这一项目")
_THIS_REGION = frozenset({"该区", "该县", "该市", "该镇", "该旗", "该省"})
_BARE_PLACE = re.compile(
    r"(?:该|本|此|这个|整个)?(?:项目|园区|园|基地)(?:[一二三四五]期|内|整体|全部)?"
)

# 落地的中南高科·胶州智造中心产业园项目,是: a project's name, after a modifier or opening a
# clause, before what the sentence says of it
_NAMED_PROJECT = re.compile(
    r"(?:的|^|(?<=[，,。；;]))([^的，,。、；;：:\s“”]{4,30}?项目)(?=[，,。]|是|由|位于|将|已|总投资|计划)"
)
# 重点项目, 在建项目, 签约项目, 亿元以上项目: a class of projects, not one named
_CLASS_OF_PROJECTS = re.compile(
    r"^[\d一二三四五六七八九十两百千万亿]|(?:重点|重大|在建|新建|新开工|开工|签约|招商|储备|投产|竣工"
    r"|前期|续建|产业|建设|以上|民生|基建|基础设施|技改|工业)项目$|^[全各该本此这我]"
    r"|推进|加快|实施|开工|签约|引进|落地|谋划|包装|争取|推动|服务|保障|了|一批|一系列|多个|一些|等"
)
# 在建重点项目185项, 203个在建重点项目, 我市共确定市重点建设项目296个: a class of projects
_PROJECT_CLASS = re.compile(r"([\u4e00-\u9fff]{1,10}?项目)(?=\s*(?:共|有|已)?\s*\d|完成|[,，:：])")
_CLASS_LEAD = re.compile(
    r"^.*(?:安排|确定|列入|实施|引进|储备|累计|共|全[省市区县州]|[我本][省市区县]|其中|年度?|月份?)"
    r"|^(?:按[^项]{1,4}划分)"
)


def _project_class(plain: str, start: int, end: int) -> str:
    """The class of projects counted last between ``start`` and ``end`` (在建重点项目), or ""."""
    found = ""
    if plain.find("项目", start, end) < 0:
        return found  # every class ends in 项目: a str scan answers for most stretches
    for match in _PROJECT_CLASS.finditer(plain, start, end):
        if "是" in plain[_clause_start(plain, match.start()) : match.start()]:
            continue  # 该项目是2024年省重大项目: what a named project is, not a class counted
        name = _CLASS_LEAD.sub("", match.group(1)).lstrip("个项")  # (156个在建重点项目)
        if len(name) > 2 and not name.startswith(("该", "本", "此", "这")):  # noqa: PLR2004
            found = name  # (项目 alone names no class)
    return found


# 对美国出口, 对东协方面,前2月出口, 对日本的出口, 输往美国的整体出口, 高于对中国与香港的26.6%:
# the partner of trade (not 对外出口; a list of partners is a 分别 list's)
_PARTNER = re.compile(
    r"(?:对|對|输往)(?!外)([\u4e00-\u9fff]{2,8}?)"
    r"(?:方面[，,]?[^，,；;。]{0,8}?|的)?(?:整体)?(?:出口|进口|外销|出货)"
    r"|(?:高于|低于|超过|不及)(?:对|對)(?!外)([\u4e00-\u9fff]{2,8}?)的\s*$"
)
_PARTNER_REACH = 40


# 分行业看: (a line of its own): each line after it opens with the part it is about
_COUNT_OPENS = re.compile(r"\d+(?:\.\d+)?\s*(?:家|个|户)")
_PART_OF_CLASSES = re.compile(r"(行业|产品)(?:大类)?中\s*[,，]?\s*(?:有\s*)?$")
_BREAKDOWN_HEAD = re.compile(r"\s*分[^，,。\n]{1,8}看\s*[:：]?\s*$")


_OWN_REGION = re.compile(r"[我本](?:省|市|区|县|州|旗|盟)")


class _Subjects(_Measures):
    """The subject of one figure and the topics that carry it."""

    def _subject(  # noqa: PLR0913, PLR0915, PLR0917 - one figure's context, fallbacks in order
        self,
        item: _Found,
        clause_start: int,
        sentence_start: int,
        paragraph: int,
        previous: Draft | None,
        listed: tuple[int, list[str]] | None,
    ) -> tuple[str, SubjectKind]:
        plain = self.context.plain
        self.carry_as = None
        if listed is not None and item.ratio_index is not None:
            index, names = listed
            if names and index < len(names) and not v.MEASURE_RE.fullmatch(names[index]):
                name = _strip_subject(names[index], self.context)
                if name:
                    return name, _kind(name)
            if "三次产业" in plain[sentence_start : item.start] or not names:
                name = ("第一产业", "第二产业", "第三产业")[min(index, 2)]
                return name, SubjectKind.SECTOR
        if listed is not None and listed[1]:
            index, names = listed
            if index < len(names):
                name = names[index]
                sector = _rx(r"(?:全[区市县省国])?(.{1,6}投资)$").fullmatch(name)
                if sector is not None and sector.group(1) in _SECTOR_MEASURES:
                    # 固定资产投资、工业投资分别增长…: the sector's investment is the sector's
                    word = sector.group(1).removesuffix("投资")
                    return word, _kind(word)
                period = v.PERIOD_RE.fullmatch(name.removeprefix("民国"))
                if not v.MEASURE_RE.search(name) and not period:
                    name = _strip_subject(name, self.context)
                    if name and len(name) <= 20:  # noqa: PLR2004 - a name, not a clause
                        return name, _kind(name)
        parallel = self._parallel(item, sentence_start)
        if parallel is not None and not self._clause_subject(clause_start, item.start):
            return parallel.subject, parallel.subject_kind
        segment = _semicolon_start(plain, item.start)
        project = self.named_place.get(SubjectKind.PROJECT)
        if project is not None and _lead_strip(plain[clause_start : item.start]).startswith(
            _THIS_PROJECT
        ):
            return project  # 该项目计划总投资达102.5亿元: the project the text named before
        result: tuple[str, SubjectKind] | None
        bare = False
        forecast = (
            _FORECAST.search(plain, max(0, item.start - 16), item.start)
            if plain.find("预测", max(0, item.start - 16), item.start) >= 0  # what it needs
            else None
        )
        if forecast is not None:
            self.compared = True  # a comparator: what follows is not the forecast's
            return forecast.group(1), SubjectKind.OTHER
        partners = (
            list(_PARTNER.finditer(plain, segment, item.start))
            # every partner opens with 对 or 對: a str scan answers for most segments
            if plain.find("对", segment, item.start) >= 0
            or plain.find("對", segment, item.start) >= 0
            or plain.find("输往", segment, item.start) >= 0
            else []
        )
        partner = partners[-1] if partners else None  # the last trading partner named
        named = partner.group(1) or partner.group(2) if partner is not None else ""
        if (
            partner is not None
            and item.start - partner.end() < _PARTNER_REACH
            and not _rx(r"[及和、]").search(named)
        ):
            # 对美国出口370.2亿美元、年增83%: trade with a partner is the partner's
            return named, _kind(named)
        part = (
            _PART_OF_CLASSES.search(plain, max(0, item.start - 16), item.start)
            if item.figure.unit == "个"
            else None
        )
        if part is not None:
            # 37个大类行业中21个行业实现增长, 40种主要产品中,33种…: the part counted is the
            # industries (products) that grew, not the class of the whole
            return part.group(1), SubjectKind.OTHER
        counted = _counted(plain, item)
        if counted and not _lead_strip(plain[clause_start : item.start]):
            # …,33家省级龙头企业实现利润总额: a count that opens its clause names its holder,
            # not the one the segment opened with
            headed = counted
        else:
            # a clause that opens with a count and its class (…,33家省级龙头企业实现利润总额
            # 6.5亿元) heads itself; else the segment's opening does
            head_from = self._count_head(clause_start, segment)
            headed = _headed_subject(plain, head_from, item.start, self.context) or counted
        if headed and _region_counts(plain, item, headed):
            # 全市13个产业园区入园企业数达到1280个: the parks' count is the region's, and the
            # parks hold what the clause goes on to count
            result = self._region()
            self.carry_as = (headed, SubjectKind.PARK)
        elif headed:
            result = (headed, _kind(headed))
        else:
            candidate = self._clause_subject(clause_start, item.start)
            candidate = _object_subject(plain, clause_start, item, candidate, self.context)
            if candidate in {"本地", "本港", "本澳"}:
                candidate = self._region()[0]  # 本地生产总值: the territory's own
            if item.figure.unit in {"家", "户", "个"} and _BARE_CLASS.match(candidate):
                candidate = ""  # 其中,规模以上工业企业400个: a class counted for its holder
                bare = True
            elif item.figure.unit in {"家", "户"}:
                # 工业园区投产工业企业数1101户: the holder named before the class it counts
                holder = _HOLDER_THEN_CLASS.match(candidate)
                if holder is not None:
                    candidate = holder.group(1)
            run_name = _RUN_NAME.search(plain, clause_start, item.start)
            if run_name is not None and (
                v.MEASURE_RE.match(run_name.group(1)) or v.JUNK_HEAD_RE.match(run_name.group(1))
            ):
                # 投资305亿元和就业4374人: a second measure, not a holder; 增长8.1%、拉动规模工业
                # 增长2.5个百分点: a contribution, said of the holder before
                run_name = None
            if run_name is not None and (
                _kind(run_name.group(1))
                not in {
                    SubjectKind.OTHER,
                    SubjectKind.PROJECT,  # 产业项目29个、城建项目7个: classes of the region's
                }
                # 精密机械14.19%及积体电路4.94%: a rate and the next item's rate
                or (
                    item.figure.unit == "percent"
                    and ("、" not in run_name.group() or run_name.group("verb"))
                )
                # 精密机械11家、生物技术4家: the firms each segment counts
                or (
                    item.figure.unit in {"家", "户"}
                    and not _BARE_CLASS.match(run_name.group(1))
                    and not _rx(r"级|工厂|示范|强|企业|单位|中心").search(run_name.group(1))
                )
            ):
                candidate = run_name.group(1)  # 江油市56个、高新区32个: each its own
                if item.figure.unit in {"家", "户"}:
                    self.compared = True  # a segment's count: not the holder of what follows
            elif (
                item.figure.unit in {"家", "户"}
                and candidate
                and _rx(r"[^，,；;。\d]{0,3}、").match(plain, item.end)
            ):
                self.compared = True  # 其中精密机械11家、生物技术4家: the run's first segment
            if (
                item.figure.unit in {"个", "项"}
                and candidate.endswith("项目")
                and len(candidate) <= _SHORT_NAME
                and not (clause_start == paragraph and paragraph >= self.breakdown_from)
            ):
                candidate = ""
            if item.figure.unit in {"个", "项", "座", "处"} and _COUNTED_THING.search(candidate):
                candidate = ""  # 省级研发中心58个: the things counted, not their holder
            bracket = (
                _bracket_comparator(plain, item.start)
                or _bracketed_holder(plain, item.start, self.context)
                or (
                    _compared_place(plain, clause_start, item.start)
                    if item.figure.unit == "percent"
                    else ""
                )
            )
            if bracket:
                candidate = bracket
                self.compared = True  # the bracket's holder: not carried past its bracket
            result = (candidate, _kind(candidate)) if candidate else None
        if result is None or (result[1] is SubjectKind.REGION and item.figure.unit != "percent"):
            # 全县累计投资15亿元打造30万平方米的…产业园: the place the figure describes
            named = _named_after(plain, item.end)
            if named:
                result = (named, _kind(named))
                # 打造了400余亩的…产业园: the park is what this figure describes, not the
                # holder of the clauses that follow (引进落地了…30多家企业)
                self.described = True
        own = result is not None
        carried = ""  # the measure of the figure whose subject is carried
        if result is None and bare:
            # 全区规上工业企业达到300家: the enterprises of a class are counted for the
            # nearest region or park that holds them, not for a sector carried along
            nearest = self.segment_last.get(segment) or previous
            if nearest is not None and nearest.subject_kind not in _NOT_HOLDERS:
                result = (nearest.subject, nearest.subject_kind)
            else:
                result = self.holder.get(paragraph) or self._region()
        if result is None:
            # 便利商店因门市扩增,加上…需求增加,年增7.2%: a holder named after the sentence's
            # last figure, in an earlier clause, is nearer than that figure's holder
            result = self._named_since(clause_start, sentence_start)
        if result is None:
            earlier = self.segment_last.get(segment)
            if earlier is not None and (
                not self.segment_described.get(segment)
                or _SETTLED.search(plain, clause_start, _clause_end(plain, item.end))
            ):
                # a park just described holds the enterprises that settle in it (入驻), not
                # every count that follows (引进落地了…30多家上下游企业: the chain's)
                result = (earlier.subject, earlier.subject_kind)
                carried = earlier.measure
        if result is None:
            # the nearest earlier clause of the sentence that names a holder
            start = clause_start
            while start > sentence_start:
                start = _clause_start(plain, start - 1)
                if _REPORTS.search(plain, start, _clause_end(plain, start)):
                    break  # 主计总处概估, …数据显示: what comes before is a circumstance
                name = self._clause_subject(start, _clause_end(plain, start))
                if name:
                    result = (name, _kind(name))
                    break
        if result is None and previous is not None:
            result = (previous.subject, previous.subject_kind)
            carried = previous.measure
        if result is None:
            topic = self.doc_topic
            if (
                topic is not None
                and topic[1] in _NOT_HOLDERS
                and self.measure_now in _REGION_MEASURES
            ):
                # 固定资产投资同比增长5.3% in a paragraph of its own, after one about a
                # sector: a measure of the whole economy is the region's, not the sector's
                topic = None
            local = self.topic.get(paragraph)
            if (
                local is not None
                and (
                    local[1] is SubjectKind.SECTOR
                    or (self.measure_now == "gdp" and local[1] in _NOT_HOLDERS)
                )
                and self.measure_now in _REGION_MEASURES
                and item.role in {"value", "growth"}
            ):
                # 规上工业总产值…。社会消费品零售总额78亿元: a sentence of its own on a measure
                # of the whole economy is not the sector's the sentence before was about
                local = self.holder.get(paragraph)
            result = self.heading or local or topic or self._region()
        if (
            not own
            and carried != self.measure_now
            and result[1] is SubjectKind.OTHER
            and v.simplify(result[0]) in _DEMAND_PARTS
        ):
            # 个人消费开支增长1.5%;失业率3.0%: a part of demand holds only its own measure
            result = self.holder.get(paragraph) or self._region()
        if (
            not own
            and carried not in {"", self.measure_now}
            and self.measure_now in _REGION_MEASURES
            and result[1] in _NOT_HOLDERS
            and item.role in {"value", "growth"}
        ):
            # 规上工业增加值增长6.9%,社会消费品零售总额增长2.1%: a sector holds no retail
            # sales; a measure of the whole economy with no holder named is the holder's
            # of the paragraph (a region or a park), else the reporting region's
            result = self.holder.get(paragraph) or self._region()
        if (
            self.measure_now in {"investment", "fixed_asset_investment"}
            and (not own or result[1] is SubjectKind.REGION)
            and not _BARE_PLACE.fullmatch(result[0])
        ):
            # 全省203个在建重点项目完成投资792.4亿元; 其中:在建项目185项,总投资…: the money of a
            # class of projects is the class's, the count of them the region's
            projects = _project_class(plain, segment, item.start)
            last = self.segment_last.get(segment)
            if projects and (
                projects in plain[clause_start : item.start]
                or (
                    last is not None
                    and (
                        last.measure == "project_count"
                        or self.project_class.get(segment) == projects
                    )
                    and not _rx(r"业投资").search(plain, clause_start, item.start)
                )
            ):
                # the class holds its money; what the text goes on to count is the holder's
                self.carry_as = self.carry_as or result
                result = (projects, SubjectKind.PROJECT)
                self.project_class[segment] = projects
        if result[0] in _THIS_REGION:
            result = self._region()  # 该区还将在基础设施方面投入133.76亿元: the release's own
        if _BARE_PLACE.fullmatch(result[0]):
            # 项目达产后,该项目, 园区贸易总额: the project or park the text named before (not
            # 全市园区, the region's parks together)
            at = plain.rfind(result[0], sentence_start, item.start)
            if at < 0 or not _rx(r"全[市区县省州国旗]$|全市各$").search(plain, max(0, at - 3), at):
                kind = SubjectKind.PROJECT if "项目" in result[0] else SubjectKind.PARK
                result = self.named_place.get(kind, result)
        elif result[1] is SubjectKind.PARK or (
            result[1] is SubjectKind.PROJECT and result[0].endswith(("项目", "工程"))
        ):
            self.named_place[result[1]] = result
        # 其中,稀贵金属新材料产业同比增长6.6%: a part, not what the next sentences are about
        opens_parts = plain.startswith("其中", sentence_start)
        if result[1] not in _NOT_HOLDERS and not opens_parts:
            self.holder[paragraph] = result
        if self.heading is not None and (
            self._is_region(result[0]) or _segment_of(result[0], self.heading[0])
        ):
            result = self.heading
        if sentence_start not in self.sentence_subject and not self.compared:
            self.sentence_subject[sentence_start] = result
            if not opens_parts:
                self.topic[paragraph] = result
            if result[1] is not SubjectKind.OTHER:
                # a group, a forecast or a category of goods is no topic of later paragraphs
                self.doc_topic = result
        return result

    def _named_since(
        self, clause_start: int, sentence_start: int
    ) -> tuple[str, SubjectKind] | None:
        plain = self.context.plain
        last = self.last_end.get(sentence_start)
        if last is None:
            return None
        start = clause_start
        while start > last:
            start = _clause_start(plain, start - 1)
            if start < last:
                break
            name = self._clause_subject(start, _clause_end(plain, start))
            if name:
                return name, _kind(name)
        return None

    def _clause_subject(self, start: int, end: int) -> str:
        # keyed by the text: 同比增长, 累计投资 name the same (nothing) wherever they stand
        plain = self.context.plain
        key = plain[start:end]
        name = self.names.get(key)
        if name is None:
            name = self.names[key] = _clause_subject(plain, start, end, self.context)
        return name

    def _count_head(self, clause_start: int, segment: int) -> int:
        """The nearest clause from ``clause_start`` back that opens with a count, else ``segment``.

        Each clause is looked at once a reading: the figures of one segment share the walk
        back, and every clause walked past takes the answer found at its end.
        """
        heads = self.count_heads
        plain = self.context.plain
        walked: list[int] = []
        head = clause_start
        while True:
            known = heads.get((head, segment))
            if known is not None:
                head = known
                break
            walked.append(head)
            if head <= segment or self._opens_with_count(head):
                break
            head = _clause_start(plain, head - 1)
        for start in walked:
            heads[start, segment] = head
        return head

    def _opens_with_count(self, clause_start: int) -> bool:
        """Whether the clause at ``clause_start`` opens with a count and its class."""
        plain = self.context.plain
        clause = plain[clause_start : _clause_end(plain, clause_start)]
        if "家" not in clause and "个" not in clause and "户" not in clause:
            return False  # every count opening ends in one of them: no lead to strip
        return bool(_COUNT_OPENS.match(_lead_strip(clause)))

    def _is_region(self, name: str) -> bool:
        context = self.context
        return bool(v.REGION_RE.fullmatch(name)) or (
            context.place_name is not None and name == context.place_name
        )

    def note_sentence(self, start: int, end: int) -> None:
        """Note a sentence without figures: one that opens with an industry is a heading.

        集成电路产业实现集聚发展 makes 集成电路产业 the topic of what follows.
        """
        plain = self.context.plain
        if _BREAKDOWN_HEAD.match(plain, start, end):
            self.breakdown_from = end  # 分行业看: the lines after it open with their part
            return
        if v.SCOPE_RE.search(plain, start, end):
            self.scope_recent = True  # 图 规模以上工业增加值情况: the figures after are 规上
        match = _HEADING.match(plain, start, end)
        if match is not None and not _ALL_INDUSTRIES.search(match.group(1) or match.group(2)):
            kind = SubjectKind.INDUSTRY if match.group(1) else SubjectKind.SECTOR
            self.heading = (match.group(1) or match.group(2), kind)
            return
        if _NUMBERED_POINT.match(plain, start, end):
            self.heading = None  # (二)固定资产投资稳中有升: the point before is over
        if plain.find("项目", start, end) >= 0:
            self._note_project(start, end)
        # 成都高新区聚焦创新主体培育: a region or a park that the next figures are about
        last = end - 1
        if _LAST_TOPIC_END is not None:
            # a name is a stretch of its clause: none of a region or a park ends after the
            # last character such a name ends with, nor in a clause that starts after it
            found = _LAST_TOPIC_END.match(plain, start, end)
            if found is None:
                return
            last = found.end() - 1
        clause = start
        while clause <= last:
            stop = _clause_end(plain, clause)
            name = self._clause_subject(clause, stop)
            if name:
                kind = _kind(name)
                if kind in _TOPIC_KINDS:
                    paragraph = _paragraph_start(plain, start)
                    self.topic[paragraph] = self.doc_topic = (name, kind)
                    self.holder[paragraph] = (name, kind)
                return
            clause = stop + 1

    def _note_project(self, start: int, end: int) -> None:
        """街道落地的胶州智造中心产业园项目,是…之一: a project named in full, what 该项目 means."""
        for match in _NAMED_PROJECT.finditer(self.context.plain, start, end):
            name = _lead_strip(match.group(1))
            if len(name) >= 6 and not _CLASS_OF_PROJECTS.search(name):  # noqa: PLR2004 - a name
                self.named_place[SubjectKind.PROJECT] = (name, SubjectKind.PROJECT)

    def _region(self) -> tuple[str, SubjectKind]:
        context = self.context
        word = context.region_word
        if word and (word in context.plain or word == "全国"):
            return word, SubjectKind.REGION
        if word and word.startswith("全"):
            own = _OWN_REGION.search(context.plain)
            if own is not None and own.group().endswith(word[1:]):
                return own.group(), SubjectKind.REGION  # 我省经济呈现…: the release's own word
        if context.place_name:
            return context.place_name, _kind(context.place_name)
        return word or "全区", SubjectKind.REGION
