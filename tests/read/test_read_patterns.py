"""The reader's word patterns, compiled as trees of their words, match what they are written as.

``_patterns._fast`` regroups an alternation by first character, rewrites a branch that opens
with a look-behind or a group of words so that it opens with a character, and drops the
look-ahead of first characters where ``re`` skips those positions by itself. These tests
compare every search, match and scan with the pattern compiled as written.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from licheng._read import _found, _marks
from licheng._read import _vocab as v
from licheng._read._patterns import _fast

_ALPHABET = "甲乙丙丁1 "
# branches that are not plain words: each of the forms _fast rewrites or keeps as written
_RAW_BRANCHES = (
    "(?<![甲乙])丙",
    "(?<![\\d甲])乙丁",
    "(?<!甲乙)丙丁?",
    "(?:甲|乙丙)(?=\\d)",
    "(?:丁|丙)甲",
    "(?:甲|)乙",
    "丁$",
    "甲[乙丙]",
    "乙?丙",
    "(甲)乙",
    "",
)
_WORDS = st.text(alphabet="甲乙丙丁", max_size=3)
_BRANCHES = st.lists(st.one_of(_WORDS, st.sampled_from(_RAW_BRANCHES)), min_size=1, max_size=8)


def _same(left: re.Match[str] | None, right: re.Match[str] | None) -> bool:
    if left is None or right is None:
        return left is right
    return left.span() == right.span() and left.groups() == right.groups()


@given(_BRANCHES, st.text(alphabet=_ALPHABET, max_size=12))
def test_a_fast_pattern_matches_what_it_is_written_as(branches: list[str], text: str) -> None:
    pattern = "|".join(branches)
    written, fast = re.compile(pattern), _fast(pattern)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in written.finditer(text)]
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert _same(fast.search(text, start, end), written.search(text, start, end))
            assert _same(fast.match(text, start, end), written.match(text, start, end))
            assert _same(fast.fullmatch(text, start, end), written.fullmatch(text, start, end))


def test_words_that_share_a_first_character_are_grouped_under_it() -> None:
    # the tree: one branch per first character, the words' order kept within it
    assert _fast("增长|增速|下降|增|下跌").pattern == "增(?:长|速|)|下(?:降|跌)"
    # a branch that may open with the same character keeps the word after it
    assert _fast("增长|增?加|增速").pattern == "增长|增?加|增速"


def test_branches_are_made_to_open_with_a_character() -> None:
    assert _fast("(?<![国所])有|现有").pattern == "有(?<![国所]有)|现有"
    assert _fast("(?:约|近)(?=\\d)|超").pattern == "约(?=\\d)|近(?=\\d)|超"


_MEASURE_CHARACTERS = "".join(sorted({c for word, _ in v.MEASURE_WORDS for c in word}))


@given(st.text(alphabet=_MEASURE_CHARACTERS + "，1", max_size=24))
def test_the_measure_words_pattern_finds_what_the_word_list_does(text: str) -> None:
    written = re.compile("|".join(re.escape(word) for word, _ in v.MEASURE_WORDS))
    found = [(m.span(), m.group()) for m in v.MEASURE_RE.finditer(text)]
    assert found == [(m.span(), m.group()) for m in written.finditer(text)]
    for start in range(len(text)):
        assert _same(v.MEASURE_RE.search(text, start), written.search(text, start))


# the period scan's test as first written: a group's repeat, which _scan_pattern answers first
# with repeats of one character
_WRITTEN_TEST = r"(?=(?:\s*[^\s年月季]){0,7}\s*[年月季])"
_PERIOD_CHARACTERS = "年月季度上下半前三第一二十12-至到底末以来同期去今全截 \n，的"


@given(st.text(alphabet=_PERIOD_CHARACTERS, max_size=24))
def test_the_period_scan_finds_what_its_test_as_written_does(text: str) -> None:
    lead = v.PERIOD_RE.pattern.find("])") + 2
    pattern = v.PERIOD_RE.pattern
    written = re.compile(pattern[:lead] + _WRITTEN_TEST + pattern[lead:], v.PERIOD_RE.flags)
    scanned = [(m.span(), m.groups()) for m in _marks._PERIOD_SCAN.finditer(text)]
    assert scanned == [(m.span(), m.groups()) for m in written.finditer(text)]


@given(st.text(alphabet="年月季一2 \n", max_size=14))
def test_the_scan_test_answers_as_written_at_every_position(text: str) -> None:
    lead = v.PERIOD_RE.pattern.find("])") + 2
    scan = _marks._PERIOD_SCAN.pattern
    test = scan[lead : len(scan) - len(v.PERIOD_RE.pattern) + lead]  # what _scan_pattern inserts
    written, fast = re.compile(_WRITTEN_TEST), re.compile(test)
    for start in range(len(text) + 1):
        assert (written.match(text, start) is None) == (fast.match(text, start) is None)


@given(st.text(alphabet="12 \n\u3000:∶：/a", max_size=12))
def test_a_ratio_or_a_fraction_is_marked_where_its_pattern_finds_one(text: str) -> None:
    assert _found._marked(text, ":∶：") == bool(_found._RATIO_MARK.search(text))
    assert _found._marked(text, "/") == bool(_found._FRACTION_MARK.search(text))


_UNIT_CHARACTERS = "".join(sorted(set("".join(_found._UNIT_WORDS))))


def test_the_measure_word_units_are_read_from_the_pattern() -> None:
    assert "家" in _found._UNIT_WORDS
    assert "千伏安" in _found._UNIT_WORDS


@given(st.text(alphabet="12.万 \n,a" + _UNIT_CHARACTERS, max_size=16))
def test_measure_words_are_found_where_their_pattern_scan_finds_them(text: str) -> None:
    found = [(m.span(), m.groups()) for m in _found._measure_words(text)]
    assert found == [(m.span(), m.groups()) for m in _found._MEASURE_WORD_RE.finditer(text)]
