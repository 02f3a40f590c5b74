"""Properties of the parser on arbitrary text: it never fails in an unexpected way."""

from __future__ import annotations

import itertools
import time

from hypothesis import given
from hypothesis import strategies as st

from licheng import Figure, extract
from test_reliability_parser import check_parse_figure

# Text built from the characters that matter (numerals, units, qualifiers, punctuation) and
# from anything else, so that the examples reach deep into the reader.
_ALPHABET = (
    "0123456789.,，%％-－~～ 一二两三四五六七八九十百千万亿零〇壹贰叁肆伍陆柒捌玖拾佰仟"
    "萬億兩餘點个個家亩畝元美港欧日币平方米公里顷吨瓦千时度PETW算力同比增长下降占提高百分点"
    "约近超过逾余多几以上下左右不足到至级成倍分之角(含)zhǎng"
)
_TEXT = st.text(alphabet=_ALPHABET, max_size=60) | st.text(max_size=60)


@given(_TEXT)
def test_extract_never_raises_and_spans_slice_the_original(text: str) -> None:
    for mention in extract(text):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.surface
        assert isinstance(mention.figure, Figure)


@given(_TEXT)
def test_mentions_are_in_order_and_do_not_overlap(text: str) -> None:
    mentions = extract(text)
    for before, after in itertools.pairwise(mentions):
        assert before.end <= after.start


@given(_TEXT)
def test_parse_figure_raises_only_parse_error(text: str) -> None:
    check_parse_figure(text)


def test_run_time_grows_linearly() -> None:
    # A coarse guard against catastrophic backtracking; benchmarks/bench_parser.py measures.
    unit = (
        "全区规上工业增加值同比增长8.5%，产值52.2亿元，占比28%，企业30多家，一二三四五六七八九十。"
    )
    small, large = unit * 50, unit * 500
    # This thread's CPU time, not the clock's: on a shared machine a clock also counts the
    # time other processes held the core, and a loaded one failed this guard with no cause.
    start = time.thread_time()
    extract(small)
    middle = time.thread_time()
    extract(large)
    end = time.thread_time()
    assert (end - middle) < 40 * (middle - start) + 0.5
