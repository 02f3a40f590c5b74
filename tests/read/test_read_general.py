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
