"""The structure of a text: where paragraphs, sentences, segments and clauses start.

Also the context the reader carries while it walks them.

The first pass of reading. Sentence, segment and clause starts are found once per text
(``_bounds``, cached) and looked up by bisection, so that every later step asks "where does
this figure's clause start" in logarithmic time. ``_Context`` holds the normalized and
simplified texts, the release date, the reporting region's word (全区/全市) and the page's
currency (NT or HK dollars); ``_State`` is what the reader remembers between figures
(the last figure of each sentence, each paragraph's topic, the names each clause holds).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

import attrs

from licheng._figures import Figure
from licheng._model import SubjectKind
from licheng._parse.region import Region
from licheng._periods import Period
from licheng._read import _vocab as v
from licheng._read._openings import opening_class
from licheng._read._records import (
    Draft,
)
from licheng.exceptions import ParseError

# The reader asks many small questions of each clause; patterns written inline are compiled
# once here rather than looked up in ``re``'s cache on every call.
_rx = functools.lru_cache(maxsize=None)(re.compile)

_ROC_OFFSET = 1911
_LAST_YEAR_SORT = 10**9
_CHANGED_TO = re.compile(r"调整为|提高至|提升至|增加到|增至|降至|下降到|提高到|演变为|变为|转变为")
_FIRST_ROC_YEAR = 60
_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "00012345678" + "9")
_LAST_ROC_YEAR = 130


# LEAD_RE's dated-report branch (…9日发布的数据显示) tries ten lengths of lead-in at every
# clause; it can only match where one of its reporting verbs is written. Without the
# branch's verb characters in the text, the same pattern less that branch gives the same
# match, at half the cost. Should LEAD_RE's branch change, the full pattern is used.
_DATED_REPORT = (
    r"[^，,。]{2,10}?(?:\d{1,2}日|今日|今天|昨日|昨天|近日|日前)(?:[(（][^)）]{1,12}[)）])?"
    r"(?:发布|公布|发表|表示|指出)(?:的)?(?:数据|数字|资料)?(?:显示)?|"
)
_LEAD_UNDATED = (
    re.compile(v.LEAD_RE.pattern.replace(_DATED_REPORT, "", 1), v.LEAD_RE.flags)
    if v.LEAD_RE.pattern.count(_DATED_REPORT) == 1
    else v.LEAD_RE
)
# Its two 看 branches (从…看, 分行业看) try every length of lead-in too, and match only where a
# 看 is written: without one, the patterns less those branches give the same match.
_LOOKED_AT = r"从[^，,]{1,8}看|(?:[^，,。]{1,12}?)?分[^，,]{1,8}看|"


def _unlooked(pattern: re.Pattern[str]) -> re.Pattern[str]:
    if pattern.pattern.count(_LOOKED_AT) != 1:
        return pattern
    return re.compile(pattern.pattern.replace(_LOOKED_AT, "", 1), pattern.flags)


_LEAD_DATED_UNLOOKED = _unlooked(v.LEAD_RE)
_LEAD_UNDATED_UNLOOKED = _unlooked(_LEAD_UNDATED)


def _lead_strip(text: str) -> str:
    """``text`` without its leading words: ``v.LEAD_RE.sub("", text)``, checked cheaper."""
    # LEAD_RE is anchored at the start and repeats a non-empty group: sub removes one prefix
    dated = "发" in text or "公" in text or "表" in text or "指" in text
    if "看" in text:
        match = (v.LEAD_RE if dated else _LEAD_UNDATED).match(text)
    elif dated:
        match = _LEAD_DATED_UNLOOKED.match(text)
    elif _LEAD_OPENING is not None and not _LEAD_OPENING.match(text):
        return text  # no lead opens with its first character: most clauses open with a name
    else:
        match = _LEAD_UNDATED_UNLOOKED.match(text)
    return text if match is None else text[match.end() :]


# the characters a lead opens with, where neither a dated report nor a 看 can be one
_LEAD_OPENING = opening_class(_LEAD_UNDATED_UNLOOKED)


@attrs.frozen
class _Found:
    """A figure to read: its span in the normalized text and its figure, corrected."""

    start: int
    end: int
    figure: Figure
    role: str
    basis: str | None = None
    # where the figure's own list (分别 …) puts it, when the text gives one
    ratio_index: int | None = None


@attrs.frozen
class _PeriodMark:
    start: int
    end: int
    period: Period | None
    comparator: bool
    point: bool  # a time point (年底, 截至9月, 9月底): a stock's date
    explicit_year: bool
    lead: bool = True  # the period leads its clause (前三季度,全区…), so it carries on
    carries: bool = True  # 8月当月 governs its own sentence only
    # 去年同期, 上年同月, 2015年同季: the sentence's period a year (or to that year) earlier
    same: bool = False


@attrs.define
class _Context:
    """What the reader carries while it walks the text."""

    text: str  # normalized
    plain: str  # normalized and simplified further, same offsets
    published: dt.date | None
    region_word: str | None
    currency: str | None
    place_name: str | None = None  # simplified, as the names it is compared with
    place_written: str | None = None  # as the caller wrote it (traditional stays traditional)
    periods: list[_PeriodMark] = attrs.Factory(list)
    period_ends: list[int] = attrs.Factory(list)
    # (start, year, length) of the explicit years that are no comparator, in text order
    year_marks: list[tuple[int, int, int]] = attrs.Factory(list)
    default_year: int | None = None
    # starts of the 过去一年 marks that open a review of the year before the release
    past_year_frames: list[int] = attrs.Factory(list)
    # names as ``_strip_subject`` leaves them, found once per reading
    stripped: dict[str, str] = attrs.Factory(dict)


def _region_word(plain: str, place: str | None) -> str | None:
    if place:
        first = place.split("/")[0].strip()
        if _rx(r"台湾|台灣|臺灣|臺湾|中国|全国").fullmatch(first):
            return "全国"  # a national release: its figures with no holder are the nation's
        if first in {"香港", "澳门", "澳門"}:
            return first  # 本港, 本地: the territory itself
        for suffix in "区市县省州":
            if first.endswith(suffix):
                return "全" + suffix
    found = v.REGION_RE.search(plain)
    return found.group() if found else None


def _currency(place: str | None, region: Region | None) -> str | None:
    """The currency of a page's 億元: NT or HK dollars, or patacas (Macau).

    ``place`` decides where it is given; otherwise ``region``, the parser's own ``detect`` of
    the page, so that a mainland report that names 香港 and 澳门 (every government work report
    does) keeps its yuan.
    """
    if place:
        if "澳门" in place or "澳門" in place:
            return "澳门元"
        if "香港" in place:
            return "港元"
        if _rx(r"台湾|台灣|臺灣|臺湾").search(place):
            return "新台币"
        return None
    return None if region is None else region.currency


def _territory(region: Region | None) -> str | None:
    """香港 or 澳門 for a page of theirs given no place: its 本地生產總值 is the territory's."""
    if region is Region.HONG_KONG:
        return "香港"
    if region is Region.MACAU:
        return "澳門"  # detect finds a region only in a text of traditional script
    return None


def _to_date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            msg = "published is not an ISO date (YYYY-MM-DD)"
            raise ParseError(msg, text=value) from None
    msg = f"published must be a date or an ISO date string, not {type(value).__name__}"
    raise TypeError(msg)


@attrs.frozen
class _Bounds:
    """Where sentences, segments (；) and clauses (，；：) start, found once per text."""

    sentences: list[int]
    sentence_ends: list[int]  # the sentence's end char (。 included, a line break not)
    segments: list[int]
    clauses: list[int]
    clause_stops: list[int]  # positions of clause and sentence stop characters
    paragraphs: list[int]


_SENTENCE_STOPS = "。！？!?\n"
_SENTENCE_STOP = re.compile("[" + re.escape(_SENTENCE_STOPS) + "]")
_SEGMENT_STOPS = "；;"  # all of them clause stops too
_SEGMENT_STOP = re.compile("[" + re.escape(_SEGMENT_STOPS) + "]")
_CLAUSE_STOPS = "，,；;：:"
_CLAUSE_STOP = re.compile("[" + re.escape(_CLAUSE_STOPS) + "]")
_RATE_THEN_NAME = re.compile(
    r"(?<=[%％])、(?![\d\s.．+\-−－零〇一二三四五六七八九十两百千万亿]|[增减下上提降回同环比较分占为达均居创]"
    r"|连续|重回|突破|位居|稳居|实现|保持|跑赢|高于|低于|快于|慢于|领跑|排名|规模|总量|首次|再次"
    r"|[写寫創]|[上下全今去前后半本当][半年月季]|第[一二三四1-4]季)"
)


def _positions(text: str, characters: str) -> list[int]:
    """Where any of ``characters`` stands in ``text``, in order.

    A str scan for each character is faster than a regex class's scan, which tests every
    character of the text against the class in turn.
    """
    found: list[int] = []
    for character in characters:
        at = text.find(character)
        while at >= 0:
            found.append(at)
            at = text.find(character, at + 1)
    found.sort()
    return found


_BRACKETED = re.compile(r"[(（][^()（）。！？!?\n]*[)）]")


def _bounds(text: str) -> _Bounds:
    # asked several hundred times a reading, of the one text being read: the last text's
    # bounds are found by identity (one tuple, read at once, so threads do not mix them),
    # before the lru cache
    last = _last_bounds
    return last[1] if last[0] is text else _remember_bounds(text)


def _remember_bounds(text: str) -> _Bounds:
    global _last_bounds  # noqa: PLW0603 - the one-entry cache in front of _text_bounds
    bounds = _text_bounds(text)
    _last_bounds = (text, bounds)
    return bounds


@functools.lru_cache(maxsize=8)
def _text_bounds(text: str) -> _Bounds:
    ends = _positions(text, _SENTENCE_STOPS)
    sentences = [0, *(end + 1 for end in ends)]
    sentence_ends = [end if text[end] == "\n" else end + 1 for end in ends]
    sentence_ends.append(len(text))
    stops = _positions(text, _CLAUSE_STOPS)
    if "%、" in text or "％、" in text:
        # 投资增加3.2%、私人消费及政府最终消费分别上升2.0%及5.7%: a rate's 、 before a new
        # name ends the clause of the rate (a 、 before the next figure of a list does not)
        stops = sorted([*stops, *(m.start() for m in _RATE_THEN_NAME.finditer(text))])
    if "," in text:
        # 4,500亿元, 1,244,033.6: a comma that groups a number's digits ends no clause
        stops = [stop for stop in stops if not _grouping(text, stop)]
    # a segment's stop (；) is a clause's stop too: picked out of those, not scanned for again
    semicolons = [stop for stop in stops if text[stop] in _SEGMENT_STOPS]
    segments = sorted({*sentences, *(stop + 1 for stop in semicolons)})
    opened = "(" in text or "（" in text  # every bracketed stretch opens with one
    inside = [(match.start(), match.end()) for match in _BRACKETED.finditer(text)] if opened else []
    open_stops = [stop for stop in stops if not _inside(inside, stop)] if inside else stops
    clauses = sorted({*sentences, *(stop + 1 for stop in open_stops)})
    clause_stops = sorted({*ends, *stops})
    paragraphs = [0, *(end + 1 for end in ends if text[end] == "\n")]
    return _Bounds(sentences, sentence_ends, segments, clauses, clause_stops, paragraphs)


_last_bounds: tuple[str, _Bounds] = ("", _text_bounds(""))


def _grouping(text: str, at: int) -> bool:
    """Whether the comma at ``at`` groups digits (4,500), a thousands separator."""
    return (
        text[at] == ","
        and text[at - 1 : at].isdigit()
        and text[at + 1 : at + 4].isdigit()
        and len(text[at + 1 : at + 4]) == 3  # noqa: PLR2004 - a group of three digits
        and not text[at + 4 : at + 5].isdigit()
    )


def _inside(spans: list[tuple[int, int]], index: int) -> bool:
    """Whether ``index`` lies inside one of ``spans`` (sorted, not overlapping)."""
    position = bisect_left(spans, (index, index)) - 1
    return position >= 0 and spans[position][0] < index < spans[position][1]


def _sentence_bounds(text: str, index: int) -> tuple[int, int]:
    last = _last_bounds  # _bounds, inline: asked several times a figure
    bounds = last[1] if last[0] is text else _bounds(text)
    position = bisect_right(bounds.sentences, index) - 1
    return bounds.sentences[position], bounds.sentence_ends[position]


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    bounds = _bounds(text)
    for start, end in zip(bounds.sentences, bounds.sentence_ends, strict=False):
        if start < end:
            yield start, end


def _paragraph_start(text: str, index: int) -> int:
    last = _last_bounds  # _bounds and the last start at index, inline: asked often
    starts = (last[1] if last[0] is text else _bounds(text)).paragraphs
    return starts[bisect_right(starts, index) - 1]


def _clause_start(text: str, index: int) -> int:
    last = _last_bounds  # _bounds and the last start at index, inline: asked often
    starts = (last[1] if last[0] is text else _bounds(text)).clauses
    return starts[bisect_right(starts, index) - 1]


def _semicolon_start(text: str, index: int) -> int:
    last = _last_bounds  # _bounds and the last start at index, inline: asked often
    starts = (last[1] if last[0] is text else _bounds(text)).segments
    return starts[bisect_right(starts, index) - 1]


def _clause_end(text: str, start: int) -> int:
    last = _last_bounds  # _bounds, inline: asked several times a figure
    stops = (last[1] if last[0] is text else _bounds(text)).clause_stops
    position = bisect_left(stops, start)
    return stops[position] if position < len(stops) else len(text)


class _State:
    """What the reader carries from one figure to the next while it walks the text."""

    def __init__(self, context: _Context) -> None:
        self.context = context
        self.last: dict[int, Draft] = {}  # sentence start → last indicator read there
        self.topic: dict[int, tuple[str, SubjectKind]] = {}  # paragraph start → its topic
        self.doc_topic: tuple[str, SubjectKind] | None = None
        self.scope_para: dict[int, bool] = {}
        self.segment_last: dict[int, Draft] = {}
        self.sentence_subject: dict[int, tuple[str, SubjectKind]] = {}
        self.heading: tuple[str, SubjectKind] | None = None
        # the holder each stretch of a clause names, by its text: a pure function of it
        self.names: dict[str, str] = {}
        # (clause start, segment start) → the clause a figure's count-headed holder is read
        # from (…,33家省级龙头企业实现…: the nearest clause back that opens with a count)
        self.count_heads: dict[tuple[int, int], int] = {}
        self.run: tuple[int, int] = (0, 0)  # the current figure's run (start, index in it)
        self.run_length = 1
        self.runs: dict[int, list[tuple[int, int, Draft]]] = {}
        self.described = False  # the current figure describes a place named after it
        self.compared = False  # the current figure is a comparator's (a forecast's rate)
        self.measure_now = ""  # the current figure's measure
        self.breakdown_from = 1 << 62  # where the lines after a 分行业看: heading start
        # the subject the figures after the current one carry, when it is not its own
        self.carry_as: tuple[str, SubjectKind] | None = None
        self.last_end: dict[int, int] = {}  # sentence start → end of its last figure read
        # paragraph start → the last region, park, enterprise or project named there
        self.holder: dict[int, tuple[str, SubjectKind]] = {}
        self.segment_described: dict[int, bool] = {}
        # the last project or park the text named in full: what 该项目, 园区 later refer to
        self.named_place: dict[SubjectKind, tuple[str, SubjectKind]] = {}
        self.parallel_of: tuple[int, Draft | None] = (-1, None)  # the figure's, found once
        self.scope_recent = False  # the last figures, or a heading since, were 规上
        # each period mark resolved (its year), by the mark's id: the same for every figure
        self.resolved_marks: dict[int, tuple[_PeriodMark, Period | None]] = {}
        self.project_class: dict[int, str] = {}  # segment start → the class of projects read
