"""A statistic that names what it counts as its verb's object, in sentences written here.

发送旅客2190万人次: no word table names 旅客 a measure, yet a dated sentence or one with a rate of
change is a statistic, and its verb's object is what it measures (SCHEMA's other:<noun>). The
same clause with neither a date nor a rate is as often a plan or a slogan, and stays unread.
"""

from __future__ import annotations

import licheng
from licheng import UnreadReason


def _measures(text: str) -> list[tuple[str, str, str]]:
    reading = licheng.read(text, published="2025-06-20")
    return [(str(i.measure), i.subject, str(i.figure)) for i in reading.indicators]


def test_a_dated_object_is_the_measure() -> None:
    text = "今年1至5月，全省累计开行旅游列车860列，同比增长12.4%。"
    assert _measures(text) == [
        ("other:旅游列车", "全省", "860列"),
        ("other:旅游列车", "全省", "12.4%"),
    ]


def test_visits_counted_in_person_times_are_named_as_travellers_are() -> None:
    text = "一季度，全市铁路预计发送旅客365.2万人次，比去年同期增长8.3%。"
    measures = _measures(text)
    assert [m for m, _, _ in measures] == ["other:旅客人次", "other:旅客人次"]
    assert measures[0][1].endswith("铁路")  # the holder, without the verb and its object
    assert _measures("5月份，博物馆接待观众42万人次，同比增长9%。")[0][0] == "other:观众人次"


def test_a_day_dates_the_sentence() -> None:
    text = "今天，全省铁路预计发送旅客86万人次，计划加开旅客列车120列。"
    assert _measures(text)[0][0] == "other:旅客人次"


def test_an_undated_object_with_no_rate_stays_unread() -> None:
    reading = licheng.read("新增高标准农田800万亩以上，完成植树造林40万亩。")
    assert not reading.indicators
    assert {u.reason for u in reading.unread} == {UnreadReason.NO_MEASURE}


def test_a_price_per_unit_or_an_amount_of_time_is_no_object() -> None:
    assert not _measures("3月，现货黄金价格一度突破每盎司3000美元。")
    reading = licheng.read("2025年5月，双方会谈累计进行36小时。", published="2025-06-20")
    assert not [i for i in reading.indicators if str(i.measure).startswith("other:进行")]
