"""Round trips: what licheng writes in Chinese, it reads back as the same figure.

``parse_figure(format_figure(f, locale)) == f`` for Simplified (zh_Hans_CN) and Traditional
(zh_Hant_TW) Chinese, over figures in the units and wordings the parser reads. Equality of
figures is equality of value, interval, qualifier and flags, so written precision must
survive: 50000元 (exact to the yuan) is written 50,000元, not 5万元 (exact to the 万).
JSON round trips of every model class are in ``tests/io/test_io.py``; this file adds the
classes that file does not generate.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from licheng import (
    Derivation,
    District,
    Enterprise,
    Fact,
    Figure,
    Finding,
    FindingKind,
    Indicator,
    Industry,
    Park,
    Period,
    Project,
    Qualifier,
    Source,
    Term,
    check,
    derive,
    format_figure,
    from_json,
    parse_figure,
    to_json,
)
from licheng.datasets import licheng_2025h1

LOCALES = ["zh_Hans_CN", "zh_Hant_TW"]

# Units the parser reads in the words the formatter writes them in, both scripts (万亿元 is 兆元
# in Traditional Chinese). Left out: GW, which the formatter writes as 亿瓦; counts in 万人 or
# 万家, which Figure takes as exact counts of ten thousands and the parser as figures exact to
# the 万.
MONEY = ["元", "万元", "亿元", "万亿元", "美元", "万美元", "亿美元", "港元", "欧元"]
MEASURES = [
    "亩",
    "公顷",
    "平方米",
    "万平方米",
    "平方公里",
    "千瓦",
    "兆瓦",
    "瓦",
    "千瓦时",
    "吨",
    "万吨",
]
COUNTS = ["家", "个", "项", "人", "台"]
RATIOS = ["percent", "percentage_point"]
COMPUTING = ["PFLOPS", "EFLOPS"]

_ONE_SIDED = [Qualifier.NEARLY, Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.AT_MOST]
_QUALIFIERS = [Qualifier.EXACT, Qualifier.EXACT, Qualifier.APPROX, *_ONE_SIDED]


# Built once, not at every draw (building a strategy costs more than drawing from it).
_UNIT_CHOICE = st.sampled_from(MONEY + MEASURES + COUNTS + RATIOS + COMPUTING)
_KINDS = st.sampled_from(["plain", "plain", "plain", "odd", "range"])
_QUALIFIER_CHOICE = st.sampled_from(_QUALIFIERS)


@st.composite
def readable_figures(draw: st.DrawFn) -> Figure:
    """A reported figure in a unit and wording the parser reads."""
    unit = draw(_UNIT_CHOICE)
    count = unit in COUNTS
    places = 0 if count else draw(st.integers(0, 3))
    top = 10**9 if unit in {"元", "美元", "港元", "欧元"} or count else 10**5
    magnitude = Decimal(draw(st.integers(1, top * 10**places))).scaleb(-places)
    if unit in RATIOS and draw(st.booleans()):
        magnitude = -magnitude  # a fall: 下降3.2% reads as -3.2%
    kind = draw(_KINDS)
    if kind == "odd" and places == 0 and magnitude > 0 and unit not in RATIOS:
        return Figure.odd(magnitude, unit)
    if kind == "range" and magnitude > 0 and not count:
        step = Decimal(1).scaleb(-places)
        high = magnitude + step * draw(st.integers(1, 100))
        return Figure.between(magnitude, high, unit)
    qualifier = draw(_QUALIFIER_CHOICE)
    if magnitude < 0 and qualifier is not Qualifier.EXACT:
        qualifier = Qualifier.EXACT
    return Figure(magnitude, unit, qualifier)


@pytest.mark.parametrize("locale", LOCALES)
@given(figure=readable_figures())
@example(figure=Figure("50000", "元"))
@example(figure=Figure("15000", "人"))
@example(figure=Figure("30000", "家"))
@example(figure=Figure("500000000", "元", "approx"))
@example(figure=Figure("12345", "元"))
@example(figure=Figure("40", "万平方米"))
@example(figure=Figure("123", "千瓦"))
@example(figure=Figure("123", "兆瓦"))
@example(figure=Figure("123", "千瓦时"))
@example(figure=Figure.odd(50000, "元"))
def test_format_then_parse_gives_the_figure_back(locale: str, figure: Figure) -> None:
    text = format_figure(figure, locale=locale)
    back = parse_figure(text)
    assert back == figure, (text, back)


@pytest.mark.parametrize("locale", LOCALES)
def test_the_data_set_round_trips_through_chinese(locale: str) -> None:
    for indicator in licheng_2025h1().indicators:
        figure = indicator.figure
        assert parse_figure(format_figure(figure, locale=locale)) == figure


# -- JSON, for the classes tests/io/test_io.py does not generate -----------------------------


def _every_object() -> list[object]:
    district = licheng_2025h1()
    objects: list[object] = [district, *district.industries, *district.parks]
    objects += [*district.enterprises, *district.projects, *district.indicators]
    objects += [indicator.source for indicator in district.indicators if indicator.source]
    objects += [indicator.period for indicator in district.indicators]
    objects += list(derive(district)) + list(check(district))
    return objects


_CLASSES = [
    District, Industry, Park, Enterprise, Project, Indicator, Source, Period, Figure, Term,
    Fact, Derivation, Finding,
]  # fmt: skip


@pytest.mark.parametrize("cls", _CLASSES, ids=lambda cls: cls.__name__)
def test_json_round_trip_of_every_model_class(cls: type) -> None:
    objects = [obj for obj in _every_object() if type(obj) is cls]
    if cls is Figure:
        objects = [indicator.figure for indicator in licheng_2025h1().indicators]
    if cls is Term:
        objects = [Term("集成电路", "integrated circuits"), Term("现代医药")]
    if cls is Fact:
        objects = [fact for firm in licheng_2025h1().enterprises for fact in firm.facts]
    if cls is Finding:
        indicator = licheng_2025h1().indicators[0]
        kind = FindingKind.SHARES_EXCEED_WHOLE
        objects = [Finding(kind, "60% + 50% > 100%", (indicator,), (indicator.figure,))]
    assert objects, f"no {cls.__name__} to try"
    for obj in objects:
        assert from_json(to_json(obj), cls) == obj
