"""The reader's shortcuts give the answers of the work they skip.

Each shortcut of ``licheng.read`` stands on a claim about its tables or patterns; these tests
check the claims for every input hypothesis draws, so that a table changed later cannot make
a shortcut skip work that would have found something.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

import licheng
from licheng._read import _vocab as v
from licheng._read._names import _PLACES, _kind
from licheng._read._openings import opening_class
from licheng._read._structure import (
    _LEAD_OPENING,
    _LEAD_UNDATED_UNLOOKED,
    _lead_strip,
)
from licheng._read._subjects import _TOPIC_ENDS, _TOPIC_KINDS

# the characters of the names and words involved, and a few that belong to none
_NAME_CHARACTERS = "".join(
    sorted(
        {character for suffix, _ in v.SUBJECT_SUFFIX_KIND for character in suffix}
        | {character for place in _PLACES for character in place}
        | set("全我本区市县省国州镇旗盟港规上模以工业企龙头强济南历城科技")
    )
)


@given(st.text(alphabet=_NAME_CHARACTERS, min_size=1, max_size=8))
def test_every_name_of_a_topic_ends_in_the_class_note_sentence_looks_for(name: str) -> None:
    # a sentence without one of these characters is not read for a topic
    if _kind(name) in _TOPIC_KINDS:
        assert _TOPIC_ENDS is None or _TOPIC_ENDS.fullmatch(name[-1])


_LEAD_CHARACTERS = "从分看其中据发布公表指示9日我区现有1.年近过去来内，, 在方面经后就而言统计显示"


@given(st.text(alphabet=_LEAD_CHARACTERS, max_size=14))
def test_the_lead_strip_is_lead_res_and_changes_nothing_the_second_time(text: str) -> None:
    stripped = _lead_strip(text)
    assert stripped == v.LEAD_RE.sub("", text)
    assert _lead_strip(stripped) == stripped


# every character LEAD_RE writes, and a few it does not: leads and the names after them
_LEAD_PATTERN_CHARACTERS = "".join(
    sorted({character for character in v.LEAD_RE.pattern if not character.isascii()} | set("1 a,"))
)


@given(st.text(alphabet=_LEAD_PATTERN_CHARACTERS, max_size=8))
def test_every_lead_opens_with_a_character_of_the_class_tested_first(text: str) -> None:
    match = _LEAD_UNDATED_UNLOOKED.match(text)
    if match is not None and match.end() > 0:
        assert _LEAD_OPENING is not None
        assert _LEAD_OPENING.match(text)


def test_the_opening_class_is_told_only_where_the_pattern_tells_it() -> None:
    assert opening_class(re.compile("^(?:其中|近?[0-9]年|[，,])+")).pattern == "[,0-9其近，]"
    assert opening_class(re.compile("(?:a|.b)")) is None  # any character can open it
    assert opening_class(re.compile("[^a]b")) is None
    assert opening_class(re.compile("a", re.IGNORECASE)) is None  # A opens it too


@given(st.text(alphabet="12a/:：∶ 。", max_size=10))
def test_the_last_digit_is_the_one_the_old_pattern_found(text: str) -> None:
    from licheng._read._measures import _LAST_DIGIT

    old = re.compile(r"\d[^\d]*$").search(text)
    new = _LAST_DIGIT.match(text)
    assert (old is None) == (new is None)
    assert old is None or new is None or old.start() == new.end() - 1


def test_a_sentence_without_figures_still_names_the_topic_of_what_follows() -> None:
    # the park's sentence is read for its topic; the heading's and the bare verb's hold none
    reading = licheng.read(
        "成都高新区聚焦创新主体培育。全年营业收入增长8.1%。空天信息产业加快布局。"
        "集聚相关企业12家。",
        published="2025-07-18",
    )
    assert [item.subject for item in reading.indicators] == ["成都高新区", "空天信息产业"]
    other = licheng.read("聚焦创新主体培育。全年营业收入增长8.1%。", published="2025-07-18")
    assert [item.subject for item in other.indicators] == ["全区"]


@given(st.text(alphabet="的打造建设成了园区港中心基地济南，。 12", max_size=24))
def test_a_place_named_after_a_figure_is_found_where_the_pattern_finds_it(text: str) -> None:
    from licheng._read._names import _NAMED_AFTER, _named_after

    match = _NAMED_AFTER.match(text[:40])
    expected = "" if match is None else match.group(1) or match.group(2) or ""
    assert _named_after(text, 0) == expected


@given(st.text(alphabet="ab。！？!?\n；;，,：:(（)）", max_size=16))
def test_the_bounds_are_those_of_a_scan_for_each_kind_of_stop(text: str) -> None:
    from licheng._read import _structure as s

    ends = [match.start() for match in s._SENTENCE_STOP.finditer(text)]
    sentences = [0, *(end + 1 for end in ends)]
    semicolons = [match.start() for match in s._SEGMENT_STOP.finditer(text)]
    inside = [(match.start(), match.end()) for match in s._BRACKETED.finditer(text)]
    stops = [match.start() for match in s._CLAUSE_STOP.finditer(text)]
    open_stops = [stop for stop in stops if not s._inside(inside, stop)]
    bounds = s._bounds(text)
    assert bounds.sentences == sentences
    assert bounds.segments == sorted({*sentences, *(stop + 1 for stop in semicolons)})
    assert bounds.clauses == sorted({*sentences, *(stop + 1 for stop in open_stops)})


_PERIOD_CHARACTERS = (
    "0123456789年月季度底末份上下半前首第今去本过的"  # the words of periods
    "一二三四十至到-—截止以来当个同期 \n，"
)


@given(st.text(alphabet=_PERIOD_CHARACTERS, max_size=24))
def test_the_period_scan_finds_the_periods_period_re_finds(text: str) -> None:
    from licheng._read._marks import _PERIOD_SCAN

    expected = [(match.span(), match.groupdict()) for match in v.PERIOD_RE.finditer(text)]
    assert [(match.span(), match.groupdict()) for match in _PERIOD_SCAN.finditer(text)] == expected
