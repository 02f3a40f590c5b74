"""What a figure measures, on sentences written here (none is taken from a reading set).

A Chinese statistical noun names what it measures last: modifiers stand before its head. Each
case states one rule of how a release names its measures and checks it on its own sentence.
"""

from __future__ import annotations

import licheng


def _measure(text: str, surface: str, published: str = "2025-07-18") -> str:
    """The measure read for the first occurrence of ``surface``."""
    start = text.index(surface)
    reading = licheng.read(text, published=published)
    found = [i for i in reading.indicators if i.span is not None and i.span[0] <= start < i.span[1]]
    assert found, (surface, [str(u) for u in reading.unread])
    return str(found[0].measure)


def test_a_measure_word_before_another_head_is_a_modifier() -> None:
    # 出口依存度 is a degree, 出口退税额 a refund: neither measures exports
    assert _measure("全市出口依存度为18.2%。", "18.2%") == "other:出口依存度"
    text = "全区出口货物运量增长5%,出口退税额增长12%。"
    assert _measure(text, "5%") == "other:出口货物运量"
    assert _measure(text, "12%") == "other:出口退税额"
    # 研发经费投入强度: the intensity, not the spending
    assert _measure("全区研发经费投入强度达到3.1%。", "3.1%") == "other:研发经费投入强度"
    assert _measure("全年万元地区生产总值能耗下降3.2%。", "3.2%") == "other:万元地区生产总值能耗"


def test_an_amount_total_or_rate_of_a_measure_keeps_its_measure() -> None:
    # the heads that only say how the measure is counted: 总额, 货值, 收入, 指数, 增速
    assert _measure("全区出口总额增长9%。", "9%") == "exports"
    assert _measure("今年4月份商品出口货值为3,912億元。", "3,912億元") == "exports"
    assert _measure("全区税收收入完成25.6亿元。", "25.6亿元") == "tax"
    assert _measure("全市工业投资增速为6.5%。", "6.5%") == "fixed_asset_investment"
    # a rate of the measure, a share of it
    assert _measure("规上工业企业利润率为6.3%。", "6.3%") == "profit"
