"""Figures to read: the mentions ``extract`` finds, corrected where reading needs another value.

The second pass of reading. Ratios (5.6:56.6:37.8) become one share per part, slashed
fractions a dimensionless share, 兆 compounds and measure words the parser does not know are
read again from the text, and each mention that is not a statistic (a rank, a date, a label,
a threshold, an enumeration, a time window) is set aside with its reason. Currencies follow
the page (億元 in Taiwan is NT dollars) and a unit shared by a list (7.6和2.7个百分点) goes to
every figure in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

import attrs

from licheng._figures import Figure
from licheng._read._records import (
    UnreadReason,
)
from licheng._read._structure import _Context, _Found, _positions, _rx

_RATIO_RE = re.compile(r"(\d+(?:\.\d+)?)(?:\s*[:∶：]\s*(\d+(?:\.\d+)?)){2,}")
_FRACTION_RE = re.compile(r"(?<![\d./])(\d)\s*/\s*(\d)(?![\d./])")
_RANK_BEFORE = re.compile(r"(?:第|前移|后移|提高|上升|下降|前进|后退)\s*$")
_RANK_AFTER = re.compile(r"^\s*(?:位(?![居于列])|名|个位次|位次)")  # not 以28亿元位居榜首
_THRESHOLD_AFTER = re.compile(
    r"^(?:及以上|以上|以下|及以下)的?(?:入园)?(?:大)?(?:项目|企业|机柜|变电站)"
)
_WINDOW_AFTER = re.compile(r"^(?:平均|来|以来|内|年均)")
_WINDOW_BEFORE = re.compile(r"(?:过去|近|约)$")
# 五县三区, 3市; not 14个省级、39个市级重点项目 (a count of projects of a level)
_ENUM_AFTER = re.compile(r"^(?:大|个方面|次产业|县(?!级)|区(?!级)|市(?!级)|个省辖市)")
_SHORT_NAME = 6  # 产业项目, 开工项目: a class of projects, not a named one
_YEAR_UNITS = {"年", "year", "a"}
_COUNT_UNITS = {"个", "家", "户", "项", "栋", "座", "处", "间", "条", "人"}


def _rate_or_class(unit: str) -> str:
    """A figure's kind by its unit: a rate (percent, points, a ratio), money, a count, or itself."""
    return "rate" if unit in {"", "percent", "percentage_point"} else _unit_class(unit)


def _unit_class(unit: str) -> str:
    if unit.endswith(("元", "币")):
        return "money"
    if unit in _COUNT_UNITS:
        return "count"
    return unit


def _figures(
    context: _Context, mentions: Sequence[object]
) -> tuple[list[_Found], list[tuple[_Found, UnreadReason]]]:
    text, plain = context.text, context.plain
    found: list[_Found] = []
    unread: list[tuple[_Found, UnreadReason]] = []
    taken: list[tuple[int, int]] = []
    # structure ratios (5.6:56.6:37.8): one share per part; the scans run only where the text
    # has the character they need, since each costs as much as a tenth of extract
    ratios = _RATIO_RE.finditer(plain) if _marked(plain, ":∶：") else ()
    for match in ratios:
        parts = list(_rx(r"\d+(?:\.\d+)?").finditer(match.group()))
        for index, part in enumerate(parts):
            start, end = match.start() + part.start(), match.start() + part.end()
            figure = Figure(part.group(), "")
            found.append(_Found(start, end, figure, "share", ratio_index=index))
        taken.append((match.start(), match.end()))
    # fractions, as in 约占全市三分之二 written with a slash
    for match in _FRACTION_RE.finditer(plain) if _marked(plain, "/") else ():
        numerator, denominator = int(match.group(1)), int(match.group(2))
        if not 0 < numerator < denominator:
            continue
        value = (Decimal(numerator) / Decimal(denominator)).quantize(Decimal("0.0001"))
        before = plain[max(0, match.start() - 6) : match.start()]
        qualifier = "approx" if "约" in before else "exact"
        found.append(_Found(match.start(), match.end(), Figure(str(value), "", qualifier), "share"))
        taken.append((match.start(), match.end()))
    # fractions written in words (七分之一, 约占全市三分之二): the parser leaves them out
    for match in _WORD_FRACTION_RE.finditer(plain) if "分之" in plain else ():
        denominator = _NUMERALS.get(match.group(1), 0)
        numerator = _NUMERALS.get(match.group(2), 0)
        if not 0 < numerator < denominator:
            continue
        value = (Decimal(numerator) / Decimal(denominator)).quantize(Decimal("0.0001"))
        before = plain[max(0, match.start() - 6) : match.start()]
        qualifier = "approx" if "约" in before else "exact"
        found.append(_Found(match.start(), match.end(), Figure(str(value), "", qualifier), "share"))
        taken.append((match.start(), match.end()))
    for begin, stop, figure in _rescan(context, mentions):
        found.append(_Found(begin, stop, figure, "value"))
        taken.append((begin, stop))
    for mention in mentions:
        m_start: int = getattr(mention, "start", 0)
        m_end: int = getattr(mention, "end", 0)
        m_figure: Figure = getattr(mention, "figure")  # noqa: B009 - a Mention
        role = str(getattr(mention, "role", "value"))
        basis = getattr(mention, "basis", None)
        if any(m_start < stop and begin < m_end for begin, stop in taken):
            continue
        item = _Found(m_start, m_end, m_figure, role, None if basis is None else str(basis))
        reason = _not_a_fact(item, plain)
        if reason is not None:
            unread.append((item, reason))
            continue
        found.append(_correct(item, context))
    del text
    found.sort(key=lambda item: item.start)
    return _shared_units(found, plain), unread


# what the scans need: a digit, then one of the marks, then a digit, spaces around the mark
_RATIO_MARK = re.compile(r"\d\s*[:∶：]\s*\d")
_FRACTION_MARK = re.compile(r"\d\s*/\s*\d")
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s")


def _marked(plain: str, characters: str) -> bool:
    """Whether a digit, one of ``characters``, a digit (spaces around it) are written.

    ``_RATIO_MARK`` or ``_FRACTION_MARK`` found, from each mark the text writes (str.find
    finds them; most texts have few or none) rather than from every digit, as their regex
    scan tries.
    """
    for character in characters:
        at = plain.find(character)
        while at >= 0:
            before = at - 1
            while before >= 0 and _SPACE.match(plain, before):
                before -= 1
            after = at + 1
            while _SPACE.match(plain, after):
                after += 1
            if before >= 0 and _DIGIT.match(plain, before) and _DIGIT.match(plain, after):
                return True
            at = plain.find(character, at + 1)
    return False


_WORD_FRACTION_RE = re.compile(
    r"(十[一二]?|[二三四五六七八九十])分之(十[一二]?|[一二三四五六七八九十])"
)
_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUMERALS |= {"十": 10, "十一": 11, "十二": 12}
_TRILLION_RE = re.compile(
    r"(?:逾|超过|超|近|约|将近|突破)?\s*(\d+(?:\.\d+)?)兆(?:(\d[\d,]*(?:\.\d+)?)亿)?(?:元)?(?!瓦)"
)
# no lookbehind, so that the scan can skip to digits: a number that follows a digit, a point or
# a comma is dropped after the match (see _rescan); \d\d* (not \d+) so that re sees the digit
# that opens every match and skips to digits by itself
_MEASURE_WORD_RE = re.compile(r"(\d\d*(?:\.\d+)?)\s*(万)?(千伏安|架|处|間|间|家|座|种)")
# 种 counts kinds of products only (40种主要工业产品, 33种产量实现增长); kept out of the pattern,
# so that its units stay plain words (_unit_words)
_KINDS_OF_PRODUCTS = re.compile(r"[^，,；;。]{0,8}(?:产品|产量)")
# what _measure_words walks back over from a unit: a number, spaces, 万
_NUMBER_THEN_UNIT = r"(\d\d*(?:\.\d+)?)\s*(万)?("


def _unit_words() -> list[str]:
    """_MEASURE_WORD_RE's units, where it is a number (_NUMBER_THEN_UNIT) and a group of words."""
    pattern = _MEASURE_WORD_RE.pattern
    if not pattern.startswith(_NUMBER_THEN_UNIT) or not pattern.endswith(")"):
        return []
    words = pattern[len(_NUMBER_THEN_UNIT) : -1].split("|")
    return words if all(word and re.escape(word) == word for word in words) else []


_UNIT_WORDS = _unit_words()
_UNIT_FIRSTS = "".join(sorted({word[0] for word in _UNIT_WORDS}))
_UNIT_LENGTH = max(map(len, _UNIT_WORDS), default=0)


def _measure_words(plain: str) -> Iterator[re.Match[str]]:
    """``_MEASURE_WORD_RE.finditer(plain)``, searched only just before each unit written.

    A match is its unit and, before it, digits, a point, spaces and 万: it starts in the run
    of those just before the unit and ends with that unit, so each unit (found by str.find;
    most texts write few) is searched for in that run alone, not at every digit of the text.
    """
    if not _UNIT_WORDS:  # the pattern is no longer what this walks back over: scan it all
        yield from _MEASURE_WORD_RE.finditer(plain)
        return
    units = _positions(plain, _UNIT_FIRSTS)
    done = 0  # where the last match ended: finditer goes on from there
    for unit in units:
        if unit < done:
            continue
        start = unit
        while start > done and (
            plain[start - 1] in ".万"
            or _DIGIT.match(plain, start - 1)
            or _SPACE.match(plain, start - 1)
        ):
            start -= 1
        if start == unit:
            continue  # nothing a number is written with stands before the unit
        match = _MEASURE_WORD_RE.search(plain, start, unit + _UNIT_LENGTH)
        if match is not None:
            done = match.end()
            yield match


_QUALIFIER_WORDS = (
    ("将近", "nearly"),
    ("近", "nearly"),
    ("逾", "more_than"),
    ("超过", "more_than"),
    ("超", "more_than"),
    ("突破", "more_than"),
    ("约", "approx"),
)


def _qualifier_before(plain: str, start: int) -> tuple[int, str]:
    for word, qualifier in _QUALIFIER_WORDS:
        if plain[max(0, start - len(word)) : start] == word:
            return start - len(word), qualifier
    return start, "exact"


def _rescan(context: _Context, mentions: Sequence[object]) -> Iterator[tuple[int, int, Figure]]:
    """Figures the parser misses or reads at another scale, read again from the text.

    兆 compounds (4兆4,589億元, 突破2兆), counts in measure words it does not know (9處,
    约3500架, 2828.08万千伏安) and counts it leaves out.
    """
    plain = context.plain
    # a mention the parser read without a unit (约3万 before 架) is read again
    spans = [
        (getattr(m, "start", 0), getattr(m, "end", 0))
        for m in mentions
        if getattr(getattr(m, "figure", None), "unit", "")
    ]
    currency = context.currency or "元"
    trillions = "兆" in plain
    for match in _TRILLION_RE.finditer(plain) if trillions else ():
        whole, rest = match.group(1), match.group(2)
        begin = match.start(1)
        qualifier = "exact"
        if match.group().startswith(("逾", "超", "近", "约", "将近", "突破")):
            begin, qualifier = _qualifier_before(plain, match.start(1))
            begin = match.start()
        try:
            if rest:
                value = Decimal(whole) * 10000 + Decimal(rest.replace(",", ""))
                figure = Figure(value, "亿" + currency, qualifier)
            else:
                figure = Figure(whole, "万亿" + currency, qualifier)
        except Exception:  # noqa: BLE001, S112 - not a money amount after all
            continue
        yield begin, match.end(), figure
    for match in _measure_words(plain):
        start, end = match.start(1), match.end()
        if start and (
            plain[start - 1] in "0123456789."
            or (plain[start - 1] == "," and plain[start - 2 : start - 1].isdigit())
        ):
            continue  # 1,234家: the tail of a number the parser reads (not 中,33种)
        if match.group(3) == "种" and _KINDS_OF_PRODUCTS.match(plain, end) is None:
            continue
        if any(begin < end and start < stop for begin, stop in spans):
            continue
        if trillions and _TRILLION_RE.search(plain[max(0, start - 3) : end + 2]):
            continue
        begin, qualifier = _qualifier_before(plain, start)
        value = Decimal(match.group(1)) * (10000 if match.group(2) else 1)
        unit = "家" if match.group(3) == "家" else "个"
        if match.group(3) == "千伏安":
            value, unit = Decimal(match.group(1)), ""
        try:
            yield begin, end, Figure(value, unit, qualifier)
        except Exception:  # noqa: BLE001, S112 - not a figure after all
            continue
    # 分别拉动3.5个、3.6个和0.8个百分点, 高9.2个和高1.5个百分点: the list shares the last unit
    first = _points_list_start(plain) if "个百分点" in plain else -1
    for match in _POINTS_LIST_RE.finditer(plain, first) if first >= 0 else ():
        for part in _LISTED_POINT_RE.finditer(match.group(1)):
            start = match.start(1) + part.start()
            yield start, start + len(part.group()), Figure(part.group(1), "percentage_point")


_POINTS_LIST_RE = re.compile(
    r"(?<![\d.])((?:\d+(?:\.\d+)?\s*个\s*(?:和|、|及|与)\s*(?:高|低)?\s*)+)\d+(?:\.\d+)?\s*个百分点"
)
_LISTED_POINT_RE = re.compile(r"(\d+(?:\.\d+)?)\s*个")
_POINTS_JOINERS = ("和", "、", "及", "与")


def _points_list_start(plain: str) -> int:
    """Where ``_POINTS_LIST_RE`` can first match; -1 when it matches nowhere.

    Its scan opens with a lookbehind, so ``re`` tries it at every character (as much as a
    third of ``extract`` on a release). Every match opens with a number, 个 and a joiner: no
    match starts before the number written just before the first 个 a joiner follows, nor
    anywhere without one. (The lookbehind still sees the text before the scan's start.)
    """
    at = plain.find("个")
    while at >= 0:
        after = at + 1
        while after < len(plain) and plain[after].isspace():
            after += 1
        if plain.startswith(_POINTS_JOINERS, after):
            # back over the number before it: digits, its point, spaces
            while at > 0 and (
                plain[at - 1] == "." or plain[at - 1].isspace() or _DIGIT.match(plain, at - 1)
            ):
                at -= 1
            return at
        at = plain.find("个", at + 1)
    return -1


# single characters compared as strings, not through a regex per figure
_OPENING_QUOTES = frozenset('“"「《')
_CLOSING_QUOTES = frozenset('”"」》+')


def _not_a_fact(item: _Found, plain: str) -> UnreadReason | None:
    """Why a mention is no statistic (a rank, a date, a label …), or None for most figures.

    Each pattern runs only where the characters it needs are written (most figures have
    none of them), so that a plain figure costs a few string tests, not a score of scans.
    """
    before = plain[max(0, item.start - 6) : item.start]
    after = plain[item.end : item.end + 12]
    unit = item.figure.unit
    surface = plain[item.start : item.end]
    opening = after[:1]
    if (
        surface[-1:] not in _CHECKED_ENDS
        and opening not in _CHECKED_OPENINGS
        and not opening.isspace()
        and before[-1:] not in _OPENING_QUOTES
        and "+" not in before[-2:]
        and "位" not in surface
        and unit not in _YEAR_UNITS
        and before.rstrip()[-1:] not in _FRAME_OPENERS
    ):
        return None  # nothing any check below looks for: most figures
    if before.rstrip()[-1:] in _FRAME_OPENERS and _FRAMED_PARTS.match(plain, item.end):
        # 从6个旗县市增速看, 分11个行业看: the parts a breakdown goes through, not a statistic
        return UnreadReason.ENUMERATION
    rank_after = (opening in _RANK_OPENINGS or opening.isspace()) and _RANK_AFTER.match(after)
    if rank_after or surface.endswith(("位", "名")):
        return UnreadReason.RANK
    if "位" in surface and _RANK_BEFORE.search(before):
        return UnreadReason.RANK  # 第3位 read as one figure
    if unit in _YEAR_UNITS or surface.endswith("年"):
        if _YEAR_DATE.fullmatch(surface):
            return UnreadReason.DATE
        if surface == "一年" and before.endswith(("上", "前", "下")):
            return UnreadReason.DATE  # 相比上一年同月: the year before, not a duration
        if _WINDOW_AFTER.match(after) or _WINDOW_BEFORE.search(before) or "两年" in surface:
            return UnreadReason.TIME_WINDOW
        if _YEARS_OF.search(surface) and "连续" not in before:
            return UnreadReason.TIME_WINDOW
    if after.startswith(("来", "以来")) and _rx(r"(?:近|过去|约)\s*$").search(before):
        return UnreadReason.TIME_WINDOW
    if surface.endswith("个月") and _rx(r"(?:前|首)\s*$").search(before):
        return UnreadReason.DATE  # 前8个月: the period, not a duration
    if surface.endswith("月") and not surface.endswith("个月"):
        return UnreadReason.DATE
    if before[-1:] in _OPENING_QUOTES or opening in _CLOSING_QUOTES:
        return UnreadReason.LABEL
    signed = before.endswith(("(+", "（+")) and unit in {"percent", "percentage_point"}
    if (opening == "+" or before.endswith(("+", "+\n"))) and not signed:
        # 5G+, 1+N, 互联网+: a label; but 成衣业的生产量升幅最大(+3.8%) is a signed rate
        return UnreadReason.LABEL
    if opening == "强":
        return UnreadReason.THRESHOLD
    if surface.endswith(("以上", "以下")) and _rx(r"^的?(?:项目|企业|工业企业)").match(after):
        return UnreadReason.THRESHOLD  # 亿元以上项目
    if (
        opening in _THRESHOLD_OPENINGS
        and _THRESHOLD_AFTER.match(after)
        and not _rx(r"^(?:以上|以下)?的?就业").match(after)
    ):
        return UnreadReason.THRESHOLD
    if before.endswith("规模") and (
        surface.endswith(("以上", "以下")) or _rx(r"^(?:及)?(?:以上|以下)").match(after)
    ):
        return UnreadReason.THRESHOLD  # 规模500人以上企业; not 产量规模突破10万辆
    if (
        ("机柜" in after or "变电站" in after)
        and unit not in {"个", "栋", "家", "座"}
        and _rx(r"^[a-zA-Z]*\s*(?:机柜|变电站)").match(after)
    ):
        return UnreadReason.THRESHOLD
    if opening in _ENUM_OPENINGS:
        if _ENUM_AFTER.match(after) and _NUMERAL.fullmatch(surface.strip()):
            return UnreadReason.ENUMERATION
        if (
            _rx(r"^(?:市(?!级)|个?省辖市|县(?!级)|区(?!级))").match(after)
            and unit in {"", "个"}
            and not before.endswith("等")
        ):
            return UnreadReason.ENUMERATION
    if surface in {"一", "二", "三", "四", "五", "六", "七", "八", "九"}:
        return UnreadReason.ENUMERATION
    if surface[-1:] == "项" and _LISTED_COUNT.fullmatch(surface) and _LIST_AFTER.match(after):
        return UnreadReason.ENUMERATION  # 三项支出同比分别上升…: the items the list goes through
    if surface[-2:].rstrip("\n")[-1:] in _KIND_ENDS and _rx(r"[类级期型]$").search(surface):
        return UnreadReason.LABEL
    return None


# what the patterns of _not_a_fact need first (after the figure) or last (of its surface)
_RANK_OPENINGS = frozenset("位名个")  # or a space
_THRESHOLD_OPENINGS = frozenset("及以")
_ENUM_OPENINGS = frozenset("大个次县区市省")
_KIND_ENDS = frozenset("类级期型")
# the last characters of a figure (or a line break after them) and the first characters after
# it that any check of _not_a_fact looks for; spaces open the rank's and the rack's words
_CHECKED_ENDS = _KIND_ENDS | frozenset("位名年月上下\n一二三四五六七八九项")
_CHECKED_OPENINGS = (
    _RANK_OPENINGS
    | _THRESHOLD_OPENINGS
    | _ENUM_OPENINGS
    | _CLOSING_QUOTES
    | frozenset("来强机变abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    | {""}
)
_FRAME_OPENERS = frozenset("从分按")
_FRAMED_PARTS = re.compile(r"[^，,；;。\d]{0,10}?(?:来看|看|分)\s*[，,:：]")
_NUMERAL = re.compile(r"[一二三四五六七八九十\d]+")
_LISTED_COUNT = re.compile(r"[两二三四五六七八九]项")
_LIST_AFTER = re.compile(r"[^，,。；;\d]{1,6}?(?:同比|按年)?(?:分别|均)")
_YEAR_DATE = re.compile(r"\d{3,4}\s*年")
_YEARS_OF = re.compile(r"\d+\s*年$")


def _correct(item: _Found, context: _Context) -> _Found:
    """Correct what the parser reads otherwise: currencies by the page, 万 of money."""
    figure = item.figure
    unit = figure.unit
    currency = context.currency
    if currency and unit in {"亿元", "万元", "元", "万亿元"}:
        figure = _with_unit(figure, unit.replace("元", currency))
    surface = context.plain[item.start : item.end].rstrip()
    if unit == "" and surface.endswith(("万", "亿")):
        window = context.plain[max(0, item.start - 12) : item.end + 4]
        if _rx(r"税|收入|投资|资金|产值|贸易|营收|额|销售").search(window):
            prefix = surface[-1]
            scale = Decimal(10000 if prefix == "万" else 100000000)
            try:
                figure = Figure(
                    figure.magnitude / scale, prefix + (currency or "元"), figure.qualifier
                )
            except Exception:  # noqa: BLE001 - keep the parser's reading
                figure = item.figure
    if figure is item.figure:
        return item
    return _Found(item.start, item.end, figure, item.role, item.basis, item.ratio_index)


def _with_unit(figure: Figure, unit: str) -> Figure:
    try:
        return attrs.evolve(figure, unit=unit)
    except Exception:  # noqa: BLE001 - a unit the registry lacks keeps the parser's
        return figure


def _shared_units(found: list[_Found], plain: str) -> list[_Found]:
    """A unit shared by a list (7.6和2.7个百分点) goes to every figure in it."""
    result = list(found)
    for index in range(len(result) - 1, -1, -1):
        item = result[index]
        if index + 1 < len(result):
            scaled = _scaled_like(item, result[index + 1], plain)
            if scaled is not None:
                result[index] = scaled
                continue
        if item.figure.unit not in {"", "percent"} or index + 1 >= len(result):
            continue
        following = result[index + 1]
        between = plain[item.end : following.start]
        if (
            following.figure.unit == "percentage_point"
            and _rx(r"\s*个?\s*(?:和|、|及|与|,)\s*").fullmatch(between)
            and item.figure.unit == ""
        ):
            figure = _with_unit(item.figure, "percentage_point")
            result[index] = attrs.evolve(item, figure=figure, role="change_pp")
    return result


_SCALES = {"万": Decimal(10000), "亿": Decimal(100000000)}


def _scaled_like(item: _Found, following: _Found, plain: str) -> _Found | None:
    """277.3亿及234.3亿美元, 3.2万和1.8万吨: a bare scale takes the unit the list ends in."""
    prefix = plain[item.end - 1 : item.end]
    unit = following.figure.unit
    if prefix not in _SCALES or not unit.startswith(prefix) or unit == item.figure.unit:
        return None
    if not _rx(r"\s*(?:和|、|及|与)\s*").fullmatch(plain[item.end : following.start]):
        return None
    figure = item.figure
    written = _rx(r"\d[\d,]*(?:\.\d+)?(?=\s*[万亿]$)").search(plain, item.start, item.end)
    # (read as 亿元 by the page's money words or bare: the list's unit wins either way)
    if written is None or not (figure.unit == "" or figure.unit.startswith(prefix)):
        return None
    magnitude = Decimal(written.group().replace(",", ""))  # as written: 320, not 3.2E+2
    try:
        scaled = Figure(magnitude, unit, figure.qualifier)
    except Exception:  # noqa: BLE001 - a unit the registry lacks: keep the parser's reading
        return None
    return attrs.evolve(item, figure=scaled)
