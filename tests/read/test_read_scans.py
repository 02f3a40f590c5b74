"""The reader's whole-text scans, run where they can match, find what the full scans find.

``_marks._period_words`` tries the period scan only before each 年, 月 or 季,
``_found._points_list_start`` starts the 个…和…个百分点 scan at the first 个 a joiner
follows, and ``_found._not_a_fact`` runs each of its patterns only where the characters it
needs are written. These tests hold each against the scan or the checks it stands in for, for
every input hypothesis draws.
"""

from __future__ import annotations

import itertools
import re

from hypothesis import given
from hypothesis import strategies as st

from licheng._figures import Figure
from licheng._read._found import (
    _ENUM_AFTER,
    _OPENING_QUOTES,
    _POINTS_LIST_RE,
    _RANK_AFTER,
    _RANK_BEFORE,
    _THRESHOLD_AFTER,
    _WINDOW_AFTER,
    _WINDOW_BEFORE,
    _YEAR_UNITS,
    _not_a_fact,
    _points_list_start,
)
from licheng._read._marks import _FIRSTS, _PERIOD_SCAN, _period_words
from licheng._read._records import UnreadReason
from licheng._read._structure import _Found

_PERIOD_CHARACTERS = (
    "0123456789年月季度底末份上下半前首第今去本过的元"  # the words of periods
    "一二三四十至到-—截止以来当个同期 \n，。a"
)


def test_the_period_scan_is_tried_only_before_its_words() -> None:
    # the shortcut is taken: PERIOD_RE still opens with the class _period_words reads
    assert _FIRSTS is not None
    assert "年" in _FIRSTS
    assert not _FIRSTS & set("月季 ")


@given(st.text(alphabet=_PERIOD_CHARACTERS, max_size=40))
def test_the_period_words_are_those_of_the_full_scan(text: str) -> None:
    expected = [(match.span(), match.groupdict()) for match in _PERIOD_SCAN.finditer(text)]
    assert [(match.span(), match.groupdict()) for match in _period_words(text)] == expected


@given(st.text(alphabet="0123456789.个和、及与高低百分点 a", max_size=30))
def test_the_points_list_scan_starts_before_every_list(text: str) -> None:
    start = _points_list_start(text)
    expected = [match.span() for match in _POINTS_LIST_RE.finditer(text)]
    found = [match.span() for match in _POINTS_LIST_RE.finditer(text, start)] if start >= 0 else []
    assert found == expected


def _every_check(item: _Found, plain: str) -> UnreadReason | None:  # noqa: C901, PLR0912
    """``_not_a_fact`` as it was written before its patterns were guarded: every one runs."""
    before = plain[max(0, item.start - 6) : item.start]
    after = plain[item.end : item.end + 12]
    unit = item.figure.unit
    surface = plain[item.start : item.end]
    if _RANK_BEFORE.search(before) and (_RANK_AFTER.match(after) or "位" in surface):
        return UnreadReason.RANK
    if _RANK_AFTER.match(after) or surface.endswith(("位", "名")):
        return UnreadReason.RANK
    if unit in _YEAR_UNITS or surface.endswith("年"):
        if re.fullmatch(r"\d{3,4}\s*年", surface):
            return UnreadReason.DATE
        if surface == "一年" and before.endswith(("上", "前", "下")):
            return UnreadReason.DATE
        if _WINDOW_AFTER.match(after) or _WINDOW_BEFORE.search(before) or "两年" in surface:
            return UnreadReason.TIME_WINDOW
        if re.search(r"\d+\s*年$", surface) and "连续" not in before:
            return UnreadReason.TIME_WINDOW
    if after.startswith(("来", "以来")) and re.search(r"(?:近|过去|约)\s*$", before):
        return UnreadReason.TIME_WINDOW
    if surface.endswith("个月") and re.search(r"(?:前|首)\s*$", before):
        return UnreadReason.DATE
    if surface.endswith("月") and not surface.endswith("个月"):
        return UnreadReason.DATE
    if before[-1:] in _OPENING_QUOTES or after[:1] in frozenset('”"」》+'):
        return UnreadReason.LABEL
    if after.startswith("+") or before.endswith(("+", "+\n")):
        return UnreadReason.LABEL
    if after.startswith("强"):
        return UnreadReason.THRESHOLD
    if surface.endswith(("以上", "以下")) and re.match(r"^的?(?:项目|企业|工业企业)", after):
        return UnreadReason.THRESHOLD
    if _THRESHOLD_AFTER.match(after) and not re.match(r"^(?:以上|以下)?的?就业", after):
        return UnreadReason.THRESHOLD
    if before.endswith("规模") and (
        surface.endswith(("以上", "以下")) or re.match(r"^(?:及)?(?:以上|以下)", after)
    ):
        return UnreadReason.THRESHOLD
    if unit not in {"个", "栋", "家", "座"} and re.match(r"^[a-zA-Z]*\s*(?:机柜|变电站)", after):
        return UnreadReason.THRESHOLD
    if _ENUM_AFTER.match(after) and re.fullmatch(r"[一二三四五六七八九十\d]+", surface.strip()):
        return UnreadReason.ENUMERATION
    if (
        re.match(r"^(?:市(?!级)|个?省辖市|县(?!级)|区(?!级))", after)
        and unit in {"", "个"}
        and not before.endswith("等")
    ):
        return UnreadReason.ENUMERATION
    if surface in {"一", "二", "三", "四", "五", "六", "七", "八", "九"}:
        return UnreadReason.ENUMERATION
    if re.search(r"[类级期型]$", surface):
        return UnreadReason.LABEL
    return None


# the words every check of _not_a_fact looks for, put where it looks, then any characters
_BEFORE_WORDS = [
    "",
    "第",
    "前移",
    "提高",
    "近",
    "过去",
    "约",
    "前",
    "首",
    "上",
    "规模",
    "等",
    "连续",
]
_AFTER_WORDS = ["", "位", "名", "个位次", " 位次", "来", "以来", "平均", "内", "年均", "强", "+"]
_AFTER_WORDS += ["及以上的项目", "以上企业", "以下的就业", "的企业", "及以下", "机柜", "ab变电站"]
_AFTER_WORDS += ["大", "个方面", "次产业", "县", "区级", "市", "市级", "个省辖市", "省辖市", "」"]
_AROUND = (
    '第前移上升下降近过去约来以及上下强规模的项目企业就业机柜市县区省辖级个等位名“”"「」《》+ \n3a'
)
_SURFACE = "0123456789 一二两三十年个月位名以上下类级期型"


@given(
    st.sampled_from(_BEFORE_WORDS),
    st.text(alphabet=_AROUND, max_size=6),
    st.text(alphabet=_SURFACE, min_size=1, max_size=6),
    st.sampled_from(_AFTER_WORDS),
    st.text(alphabet=_AROUND, max_size=8),
    st.sampled_from(["", "个", "家", "年", "year", "percent", "亿元", "个月", "栋", "人"]),
)
def test_a_mention_is_set_aside_for_the_reason_every_check_gives(  # noqa: PLR0913, PLR0917
    word_before: str, before: str, surface: str, word_after: str, after: str, unit: str
) -> None:
    before = word_before + before
    after = word_after + after
    plain = before + surface + after
    item = _Found(len(before), len(before) + len(surface), Figure("3", unit), "value")
    assert _not_a_fact(item, plain) == _every_check(item, plain)


_SURFACE_ENDS = [
    "",
    "个",
    "年",
    "一年",
    "两年",
    "位",
    "名",
    "以上",
    "以下",
    "个月",
    "月",
    "类",
    "型\n",
]
_UNITS = ["", "个", "家", "年", "percent", "亿元", "栋"]


def test_every_word_a_check_looks_for_gives_the_reason_every_check_gives() -> None:
    # each word before, each ending of the figure and each word after, together
    for before, end, after, unit in itertools.product(
        _BEFORE_WORDS, _SURFACE_ENDS, _AFTER_WORDS, _UNITS
    ):
        surface = ("一" if end in {"", "个"} else "12") + end
        plain = before + surface + after
        item = _Found(len(before), len(before) + len(surface), Figure("3", unit), "value")
        assert _not_a_fact(item, plain) == _every_check(item, plain), (before, surface, after)
