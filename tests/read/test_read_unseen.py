"""Rules of the genre found on text the reader had not seen, each on a sentence written for it.

Every case states one general rule (how a release dates its figures, which clause names their
holder, …) on a sentence written here; none is taken from a reading set.
"""

from __future__ import annotations

import licheng


def _at(text: str, surface: str, published: str | None = None, place: str | None = None) -> licheng.Indicator:
    """The indicator read for the first occurrence of ``surface``."""
    start = text.index(surface)
    reading = licheng.read(text, published=published, place=place)
    found = [i for i in reading.indicators if i.span is not None and i.span[0] <= start < i.span[1]]
    assert found, (surface, [str(u) for u in reading.unread])
    return found[0]


def _period(text: str, surface: str, published: str | None = None, place: str | None = None) -> str | None:
    period = _at(text, surface, published, place).period
    return None if period is None else str(period)


def test_a_comparison_with_a_named_year_dates_an_undated_release() -> None:
    # 今年 compared with 2019年同月 is 2020; 去年 compared with 2019年 is 2020, so 今年 is 2021
    this_year = "今年5月,全市出口额为88亿元,较2019年同月上升6.5%。今年首5个月出口额上升3.1%。"
    assert _period(this_year, "88亿元") == "2020M05"
    assert _period(this_year, "3.1%") == "2020M01-M05"
    last_year = "園區去年營業額為1,234億元,較2019年成長8.5%;今年1月營業額為120億元。"
    assert _period(last_year, "1,234億元") == "2020"
    assert _period(last_year, "120億元") == "2021M01"
    # with a release date, the date decides
    assert _period(this_year, "88亿元", published="2023-06-20") == "2023M05"
