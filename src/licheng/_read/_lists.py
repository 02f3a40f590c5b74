"""The lists of a sentence: what a 分别 list gives each of its figures (``_Lists``).

The names a run of figures is listed for (电子信息、装备制造分别增长…), written short or set off
by commas, the periods a list names (6月和7月), the parts a whole is always broken into
(三次产业), and the comparators of a list of gaps (分别比…高9.2个和1.5个百分点).
"""

from __future__ import annotations

import re

from licheng._read import _vocab as v
from licheng._read._marks import _starts_with_period
from licheng._read._records import Draft
from licheng._read._structure import (
    _BRACKETED,
    _clause_end,
    _clause_start,
    _Found,
    _lead_strip,
    _rx,
    _State,
)

_LIST_LEAD = re.compile(r"带动|推动|拉动|包括|主要是|主要为|源自|来自|其中以?|以(?!及)|有")


def _list_names(head: str, count: int) -> list[str]:
    """带动百货公司、布疋及服饰品业、资通讯及家电设备业呈两位数成长,分别年增…: the names.

    The list is the last clause before 分别/各 that names more than one thing; what leads it
    (带动) and what follows its last name (呈…成长, 因…) are cut, and the names are split at 、
    first, at 和及与 only when that gives one name per figure.
    """
    if count < 2:  # noqa: PLR2004 - a list is two or more
        return []
    if "(" in head or "（" in head:
        # 留宿旅客(4,024元)及不过夜旅客(817元)的人均消费: a bracket adds to a name, is none
        head = _BRACKETED.sub("", head)
    clauses = re.split(r"[，,；;。：:]", head.rstrip("，, "))
    whole = _rx(r"三次产业|城乡居民").search(clauses[-1])
    pair = _PAIRS.get((count, whole.group())) if whole is not None else None
    if pair:
        return list(pair)  # 三次产业…分别为, 城乡居民人均可支配收入分别达到: the parts named
    commas = _comma_names(clauses, count)
    if commas:
        return commas
    clause = next((c for c in reversed(clauses[-2:]) if _rx(r"[、和及与]").search(c)), "")
    if not clause:
        return []
    cause = _rx(r"(?<!基)因|由于|由於|受惠|受益").search(clause)
    if cause is not None and cause.start() >= 2:  # noqa: PLR2004 - a name before the cause
        clause = clause[: cause.start()]  # 超级市场及便利商店因业者展店、…: the cause is no name
    first = clause.find("、")
    leads = list(_LIST_LEAD.finditer(clause, 0, first if first > 0 else len(clause)))
    lead = leads[-1] if leads else None
    if lead is not None:
        clause = clause[lead.end() :]
    # 全区14个省级、39个市级重点项目: the count that opens each name
    clause = _rx(r"(^|、)((?:全[区市县省])?)\d+(?:个|家|项|座|处)").sub(r"\1\2", clause)
    last = max(clause.rfind("、"), 0)
    # 前旗高于全盟平均水平: a comparison that follows the last name is no part of it
    cut = _rx(r"因|由于|受|呈|实现|完成|的|均|也|都|同比|对|高于|低于|快于|慢于").search(
        clause, last
    )
    if cut is not None:
        clause = clause[: cut.start()]
    measure = v.MEASURE_RE.search(clause, last)
    if measure is not None and measure.start() > last + 1:
        clause = clause[: measure.start()]  # 一产、二产、三产增加值: the names, not the measure
    if _rx(r"\d").search(clause) or v.MEASURE_RE.search(clause):
        return []  # figures or measures, not names (增加值、产值分别增长…)
    if "业" in clause or "工作" in clause or "组织" in clause:
        # 计算机、通信和其他电子设备制造业: one name of the classification, not three
        clause = v.CLASSIFIED_RE.sub(lambda m: m.group().translate(v.CLASSIFIED_MASK), clause)
    for separators in (r"、", r"以及|[、和及与]"):
        names = [part.strip() for part in re.split(separators, clause) if part.strip()]
        if len(names) == count:
            return [_unmasked(name) for name in names]
    return []


# 第一、二、三产业, 省、市重点项目, 轻、重工业, 进、出口, 大、中型企业: the short items of a list
# before the one that carries their shared head (an ordinal, a level of government, a kind)
_SHORT_ITEM = re.compile(
    r"((?:全[区市县省州国]|[我本][区市县省])?)(第?)"
    r"([一二三四五六七八九十]|\d{1,2}|[省市县区乡镇轻重进出内外大中小])"
)


def _shared_head(names: list[str]) -> list[str]:
    """第一、二、三产业: each item written short takes the head the last item carries."""
    if len(names) < 2 or len(names[0]) > 5:  # noqa: PLR2004 - a list; a short first item
        return names
    shorts = [_SHORT_ITEM.fullmatch(name) for name in names[:-1]]
    if not all(shorts):
        return names
    core = shorts[-1].group(3) if shorts[-1] else ""
    last = _SHORT_ITEM.match(names[-1])
    if last is None or len(last.group(3)) != len(core) or len(names[-1]) - last.end() < 1:
        return names
    head = names[-1][last.end() :]
    ordinal = "第" if any(short.group(2) for short in shorts if short) else ""
    return [f"{short.group(1)}{ordinal}{short.group(3)}{head}" for short in shorts if short] + [
        f"{last.group(1)}{ordinal or last.group(2)}{last.group(3)}{head}"
    ]


def _period_list(head: str, count: int) -> list[str]:
    """今年6月和7月, 2022年和2023年: a list of periods (figures in it, so no list of names)."""
    if count < 2:  # noqa: PLR2004 - a list is two or more
        return []
    for clause in reversed(re.split(r"[，,；;。：:]", head.rstrip("，, "))[-2:]):
        parts = [part.strip() for part in re.split(r"[、和及与]", _lead_strip(clause))]
        if len(parts) == count and all(part and _starts_with_period(part) for part in parts):
            return parts
    return []


# the parts a whole is always broken into, one per figure of its 分别 list
_PAIRS = {
    (3, "三次产业"): ("第一产业", "第二产业", "第三产业"),
    (2, "城乡居民"): ("城镇居民", "农村居民"),
}


# 教育四类行业增速: the count of the classes a list of names ends with, and their rate
_COUNTED_CLASS = re.compile(
    r"(?<=\w\w)[一二三四五六七八九十两\d]{1,2}[类个大](?:行业|产业)(?:的)?(?:增速|增幅)?$"
)


def _comma_names(clauses: list[str], count: int) -> list[str]:
    """电气机械和器材制造业,金属制品业,计算机、通信…制造业,累计产值分别为: names set off by commas.

    Names that hold a 、 of their own are listed with commas: the last ``count`` clauses
    before the measure, when each is a bare name of an industry.
    """
    names = [clause.strip() for clause in clauses]
    if names and v.MEASURE_RE.search(names[-1]) and not names[-1].endswith("业"):
        names = names[:-1]  # 累计产值: the measure the list shares
    counted = names[-1:] and _COUNTED_CLASS.search(names[-1])
    if counted:
        names[-1] = names[-1][: counted.start()]  # …,教育四类行业增速分别为: the last name
    names = names[-count:]
    if names:
        names[0] = _rx(r"^.*(?:是|为)").sub("", names[0])  # 最大的三个行业是…: the list's lead
    if len(names) != count or not all(
        (_rx(r"[^\d]{2,20}业").fullmatch(name) or (counted and index == count - 1))
        and not v.MEASURE_RE.search(name)
        for index, name in enumerate(names)
    ):
        return []
    return names


def _unmasked(name: str) -> str:
    """A listed name as written, less the 工业 of its measure (制造业工业总产值)."""
    name = name.translate(v.CLASSIFIED_UNMASK)
    return name.removesuffix("工业") if name.endswith("业工业") else name


_JOINERS = ("和", "、", "及", "与")


_LISTED_GAP = re.compile(r"分别(?:比|较|高于|低于|快于|慢于)")
_GAP_FIGURE = re.compile(r"[高低快慢]于?\s*(?=\d)|\d")


def _listed_comparator(before: str) -> str | None:
    """增速分别比同期工业、高技术制造业高9.2个和高1.5个百分点: each gap its own comparator."""
    listed = _LISTED_GAP.search(before)
    if listed is None:
        return None
    first = _GAP_FIGURE.search(before, listed.end())
    if first is None:
        return None
    names = [
        _rx(r"^(?:同期|同时期)").sub("", name.strip())
        for name in _rx(r"[、和及与]").split(before[listed.end() : first.start()])
    ]
    names = [name for name in names if name]
    index = len(_rx(r"\d+(?:\.\d+)?").findall(before, first.start()))
    if len(names) < 2 or index >= len(names):  # noqa: PLR2004 - a list is two or more
        return None
    return names[index]


class _Lists(_State):
    """The figures of a sentence's 分别 lists: the names and periods each figure is listed for."""

    def _listed(self, item: _Found, sentence_start: int) -> tuple[int, list[str]] | None:
        """The figure's place in a list (A、B和C … 分别为 x、y和z), and the list's items."""
        plain = self.context.plain
        # figures of the same run: those joined by 、和及与 up to this one
        run_start = item.start
        while True:
            head = plain[max(sentence_start, run_start - 30) : run_start]
            if not head.rstrip().endswith(_JOINERS):
                break  # the pattern below ends in a joiner: most figures stand alone
            match = _rx(
                r"(?:[-−－]?\d[\d.,]*\s*(?:%|％|个百分点|[^\d\s、和及与，,；;。()（）]{1,4})?\s*(?:和|、|及|与)\s*[-−－]?)$"
            ).search(
                head,
            )
            if not match:
                break
            run_start = run_start - (len(head) - match.start())
        index = plain[run_start : item.start].count("、") + len(
            _rx(r"和|及|与").findall(plain[run_start : item.start])
        )
        rest = plain[item.end : _clause_end(plain, item.end)]
        following = len(_rx(r"(?:和|、|及|与)\s*[-−－]?[\d.]+").findall(rest))
        self.run = (run_start, index)
        self.run_length = index + 1 + following
        if item.ratio_index is not None:
            index = item.ratio_index
        # a list's 分别 reaches no further than its segment: …分别为a、b;全年…c, and
        # 乌市、中旗分别增长24.3%、4.8%;阿尔山下降66.5% is 阿尔山's
        segment = max(
            plain.rfind("；", sentence_start, run_start),
            plain.rfind(";", sentence_start, run_start),
        )
        before = plain[max(sentence_start, segment + 1) : run_start]
        keys = (
            list(
                _rx(
                    r"分别(?:为|是|增长|成长|下降|达|占|高于|低于|提升|比)?|结构(?:比)?为|占比为|"
                    r"结构由上年的|为[:：]|依次(?:为|是)?|各(?=年增|年减|增长|成长|下降|增加|减少|为|达)"
                ).finditer(
                    before,
                )
            )
            # what every key writes: str scans answer for most sentences
            if "分别" in before
            or "结构" in before
            or "占比为" in before
            or "为:" in before
            or "为：" in before
            or "依次" in before
            or "各" in before
            else []
        )
        key = keys[-1] if keys else None
        if key is None and item.ratio_index is None:
            return None
        if key is not None:
            key_end = max(sentence_start, segment + 1) + key.end()
            clause_start = _clause_start(plain, run_start)
            if key_end <= clause_start and v.MEASURE_RE.search(
                plain, _clause_end(plain, key_end), run_start
            ):
                # 进、出口额分别成长32.4%及16.4%,…,而营业额突破4,500亿元、年增16%: a later clause
                # that names its own measure is past the list
                return None
        stop = key.start() if key else len(before)
        head = before[:stop]
        names = _shared_head(_list_names(head, self.run_length))
        if names:
            return index, names
        # the list of names just before 分别: a run of items joined by 、和及与
        tail = _rx(
            r"([^，,；;。：:]*?(?:[、和及与][^，,；;。：:、和及与]+)+)[^，,；;。、]*$"
        ).search(head)
        if tail is None and _rx(r"[均都][^，,；;。]{0,12}[，,]\s*$").search(head):
            # 出口额和进口额均实现增长,分别增长…: the list before a predicate they share
            tail = _rx(
                r"([^，,；;。：:]*?(?:[、和及与][^，,；;。：:、和及与]+)+)[^，,；;。、]*[，,]\s*$"
            ).search(head)
        if tail is None:
            periods = _period_list(head, self.run_length) if item.ratio_index is None else []
            if periods:
                return index, periods  # 今年6月和7月,…分别增长: each month its figure
            return (index, []) if item.ratio_index is not None else None
        items = re.split(r"[、和及与]", tail.group(1))
        return index, _shared_head([part.strip() for part in items if part.strip()])

    def _parallel(self, item: _Found, sentence_start: int) -> Draft | None:
        """增长11.7%和2.3%,增幅分别高于全省7.6和2.7个百分点: the same place in the run before."""
        if self.parallel_of[0] == item.start:
            return self.parallel_of[1]
        found = self._find_parallel(item, sentence_start)
        self.parallel_of = (item.start, found)
        return found

    def _find_parallel(self, item: _Found, sentence_start: int) -> Draft | None:
        run_start, index = self.run
        if "分别" not in self.context.plain[sentence_start : item.start]:
            return None
        earlier = [entry for entry in self.runs.get(sentence_start, []) if entry[0] != run_start]
        if not earlier:
            return None
        last_run = earlier[-1][0]
        members = [entry[2] for entry in earlier if entry[0] == last_run]
        if len(members) < 2:  # noqa: PLR2004 - a run is two or more
            # 装备制造业增长12.1%,高技术制造业增长15.3%,分别拉动…3.2和1.1个百分点: the last
            # figures of the sentence, one for each of the run
            members = [entry[2] for entry in earlier][-self.run_length :]
            if self.run_length < 2 or len(members) < self.run_length:  # noqa: PLR2004
                return None
        if index >= len(members):
            return None
        return members[index]

    def _levels_run(self, sentence_start: int) -> bool:
        """Whether the figures a 分别 list of rates pairs with are levels of distinct measures."""
        run_start = self.run[0]
        earlier = [
            entry[2] for entry in self.runs.get(sentence_start, []) if entry[0] != run_start
        ][-self.run_length :]
        return (
            len(earlier) == self.run_length
            and all(draft.role == "value" for draft in earlier)
            and len({draft.measure for draft in earlier}) == len(earlier)
        )

    def _periods_run(self, sentence_start: int) -> bool:
        """Whether the run before in the sentence is as long as this one, each of its own period."""
        run_start = self.run[0]
        earlier = [entry for entry in self.runs.get(sentence_start, []) if entry[0] != run_start]
        if not earlier:
            return False
        members = [entry[2] for entry in earlier if entry[0] == earlier[-1][0]]
        return len(members) == self.run_length and len({d.period for d in members}) == len(members)
