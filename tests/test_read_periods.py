"""The period of a read figure, on sentences written for each rule (not from the reading set).

Each case checks one general rule of SCHEMA.md's period conventions: a comparator's own level
(较去年同期…), a paragraph's period carried to the next one, the year of 今年 when there is no
release date, and a government work report's review of the year before, in simplified and
traditional script.
"""

from __future__ import annotations

import pytest

import licheng


def _period(text: str, surface: str, published: str | None = None) -> str | None:
    """The period read for the figure written as ``surface`` (its first occurrence)."""
    start = text.index(surface)
    reading = licheng.read(text, published=published)
    found = [
        i for i in reading.indicators if i.span is not None and i.span[0] <= start < i.span[1]
    ]
    assert found, (surface, [str(u) for u in reading.unread])
    period = found[0].period
    return None if period is None else str(period)


# Rule 1: the level written after 较/比 去年同期 is last year's level of the sentence's period.
SAME_PERIOD = (
    "今年上半年,全市规模以上工业营业收入12345亿元,较去年同期11335亿元增加1010亿元,增长8.9%。"
)
SAME_MONTH = "今年8月,全市出口额为345亿元,上年同月为300亿元,比上年同月的300亿元增长15%。"
SAME_HANT = "今年前三季,竹科營業額為1兆2,345億元,較去年同期的1兆1,020億元成長12%。"


@pytest.mark.parametrize(
    ("text", "surface", "published", "expected"),
    [
        (SAME_PERIOD, "12345亿元", "2016-08-10", "2016H1"),
        (SAME_PERIOD, "11335亿元", "2016-08-10", "2015H1"),
        (SAME_PERIOD, "1010亿元", "2016-08-10", "2016H1"),
        (SAME_PERIOD, "8.9%", "2016-08-10", "2016H1"),
        (SAME_MONTH, "345亿元", "2016-09-10", "2016M08"),
        (SAME_MONTH, "300亿元", "2016-09-10", "2015M08"),
        (SAME_MONTH, "15%", "2016-09-10", "2016M08"),
        (SAME_HANT, "1兆2,345億元", "2016-10-20", "2016Q1-Q3"),
        (SAME_HANT, "1兆1,020億元", "2016-10-20", "2015Q1-Q3"),
        (SAME_HANT, "12%", "2016-10-20", "2016Q1-Q3"),
        # a year written with 同期 is that year's same period
        ("2016年上半年,全县税收收入8.2亿元,2014年同期为6.1亿元。", "6.1亿元", None, "2014H1"),
    ],
)
def test_comparator_level_is_a_year_earlier(
    text: str, surface: str, published: str | None, expected: str
) -> None:
    assert _period(text, surface, published) == expected


def test_same_period_mark_governs_no_later_figure() -> None:
    # 上年同月 names only its own level; the rate after it is the sentence's month
    text = "今年8月,全市出口额345亿元,上年同月为300亿元,增长15%。"
    assert _period(text, "300亿元", "2016-09-10") == "2015M08"
    assert _period(text, "15%", "2016-09-10") == "2016M08"
