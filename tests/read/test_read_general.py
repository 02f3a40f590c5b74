"""Mechanisms of how a release is written, each on sentences written for it (none from a set).

Each case states one rule of Chinese statistical prose (the head of a noun phrase, what a list
distributes, how far a period reaches) that holds whatever the words of the passage.
"""

from __future__ import annotations

import licheng


def _at(
    text: str, surface: str, published: str | None = None, place: str | None = None
) -> licheng.Indicator:
    """The indicator read for the first occurrence of ``surface``."""
    start = text.index(surface)
    reading = licheng.read(text, published=published, place=place)
    found = [i for i in reading.indicators if i.span is not None and i.span[0] <= start < i.span[1]]
    assert found, (surface, [str(u) for u in reading.unread])
    return found[0]


def test_a_count_heads_the_noun_phrase_it_opens() -> None:
    # [region] N家/个 [class] [measure]: the class counted holds the measure, not the region
    parks = "2023年,全国217家国家级高新区实现营业收入48.2万亿元,同比增长7.1%。"
    assert _at(parks, "48.2万亿元", "2024-03-01").subject == "国家级高新区"
    assert _at(parks, "7.1%", "2024-03-01").subject == "国家级高新区"
    zones = "上半年,全省46个开发区规模以上工业增加值同比增长8.8%。"
    assert "开发区" in _at(zones, "8.8%", "2024-07-30").subject
    assert not any(c.isdigit() for c in _at(zones, "8.8%", "2024-07-30").subject)
    # a count followed by a measure of its own (入园企业数) keeps the parks as the holder
    count = "截至6月底,全市9个产业园区入园企业数达到860个。"
    assert _at(count, "860个", "2024-07-30").subject == "产业园区"


def test_a_month_named_after_qizhong_is_a_part_and_carries_no_further() -> None:
    # 其中,8月份…: the month is a part of the months to date just named; the paragraphs after
    # go on with the months to date, and the sentence before is no heading dated by it
    text = (
        "1-8月,全县规模以上工业增加值同比增长5.4%。其中,8月份增长6.3%。\n"
        "社会消费品零售总额完成61.2亿元,增长3.8%。"
    )
    published = "2024-09-20"
    assert str(_at(text, "6.3%", published).period) == "2024M08"
    assert str(_at(text, "61.2亿元", published).period) == "2024M01-M08"
    headed = "2024年1-8月全县经济运行简况\n规模以上工业增加值同比增长5.4%。其中,8月份增长6.3%。"
    assert str(_at(headed, "5.4%", published).period) == "2024M01-M08"
