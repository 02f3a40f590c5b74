from __future__ import annotations

import pickle
from decimal import Decimal

import attrs
import pytest

from licheng import Basis, Figure, Mention, Qualifier, Role, extract
from licheng._parse import vocabulary


def _surfaces(text: str) -> list[str]:
    return [mention.surface for mention in extract(text)]


def test_press_release_paragraph() -> None:
    text = (
        "上半年，全区14家规上医药生产企业累计完成产值52.2亿元，占全部规上工业总产值的28%；"
        "54家高端装备企业实现产值36.7亿元，同比增长10%。算力总规模达到2300P，"
        "约占全市算力总量的44%。"
    )
    found = extract(text)
    assert [(m.surface, m.role, m.basis) for m in found] == [
        ("14家", Role.VALUE, None),
        ("52.2亿元", Role.VALUE, None),
        ("28%", Role.SHARE, None),
        ("54家", Role.VALUE, None),
        ("36.7亿元", Role.VALUE, None),
        ("10%", Role.GROWTH, Basis.YOY),
        ("2300P", Role.VALUE, None),
        ("44%", Role.SHARE, None),
    ]
    assert found[-1].figure == Figure("44", "percent", Qualifier.APPROX)
    assert found[-2].figure == Figure("2300", "PFLOPS")
    for mention in found:
        assert text[mention.start : mention.end] == mention.surface


@pytest.mark.parametrize(
    ("text", "role", "basis", "magnitude"),
    [
        ("同比增长10%", Role.GROWTH, Basis.YOY, "10"),
        ("环比下降3.2%", Role.GROWTH, Basis.MOM, "-3.2"),
        ("比上年增长5.9%", Role.GROWTH, Basis.YOY, "5.9"),
        ("下降3.2%", Role.GROWTH, None, "-3.2"),
        ("占比达到28%", Role.SHARE, None, "28"),
        ("提高2个百分点", Role.CHANGE_PP, None, "2"),
        ("比上年回落0.5个百分点", Role.CHANGE_PP, Basis.YOY, "-0.5"),
        ("增速回落至5%", Role.GROWTH, None, "5"),
        ("城镇化率为74.3%", Role.VALUE, None, "74.3"),
        ("同比增长1.2倍", Role.GROWTH, Basis.YOY, "120"),
        ("按年上升3.5倍", Role.GROWTH, Basis.YOY, "350"),
        ("同比上涨2倍", Role.GROWTH, Basis.YOY, "200"),
        ("按年升7.2倍", Role.GROWTH, Basis.YOY, "720"),
        ("年增2倍", Role.GROWTH, Basis.YOY, "200"),
    ],
)
def test_roles(text: str, role: Role, basis: Basis | None, magnitude: str) -> None:
    [mention] = extract(text)
    assert (mention.role, mention.basis) == (role, basis)
    assert mention.figure.magnitude == Decimal(magnitude)


def test_decline_with_a_qualifier_turns_the_bound_around() -> None:
    [mention] = extract("利润下降超过3%")
    assert mention.figure.qualifier is Qualifier.LESS_THAN
    assert mention.figure.high_magnitude == Decimal(-3)
    assert mention.surface == "超过3%"


def test_a_list_shares_its_unit() -> None:
    found = extract("分别提高0.1和1.2个百分点")
    assert [m.figure for m in found] == [
        Figure("0.1", "percentage_point"),
        Figure("1.2", "percentage_point"),
    ]
    assert [m.role for m in found] == [Role.CHANGE_PP, Role.CHANGE_PP]


@pytest.mark.parametrize(
    "text",
    [
        "2025年7月18日",
        "“3+2”产业体系",
        "第1季度",
        "一季度",
        "“十四五”规划",
        "DeepSeek-R1和Qwen2.5-72B模型",
        "二〇二五年",
        "订单号A202107211321363588510367",
        "万元GDP能耗",
        "每千人口执业医师",
        "一切",
        "四川",
        "一个重要举措",
        "千家万户",
        "https://example.com/q?x=30%25",
        "1—6月",
    ],
)
def test_not_figures(text: str) -> None:
    assert extract(text) == []


def test_offsets_refer_to_the_original_text() -> None:
    text = "全年增長(zhǎng)１０％，新增裝機40萬(wàn)千瓦。"
    found = extract(text)
    assert [m.surface for m in found] == ["１０％", "40萬(wàn)千瓦"]
    assert found[1].figure == Figure("40", "万千瓦")


def test_spaces_and_bare_multipliers() -> None:
    assert _surfaces("新增219 个，过万家，突破千亿元") == ["219 个", "过万家", "突破千亿元"]


def test_mention_value_semantics() -> None:
    [mention] = extract("近40亿元")
    assert mention == Mention(0, 5, Figure("40", "亿元", Qualifier.NEARLY), surface="近40亿元")
    copy = pickle.loads(pickle.dumps(mention))
    assert copy == mention
    assert hash(copy) == hash(mention)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        mention.start = 1  # type: ignore[misc]


def test_not_a_string() -> None:
    with pytest.raises(TypeError):
        extract(None)  # type: ignore[arg-type]


def test_no_role_word_overlaps_itself() -> None:
    """``_role_of`` takes the rightmost occurrence of the last role word it finds as that
    match: the same place only while no word has a proper suffix that is also its prefix."""
    for word in vocabulary.ROLE_WORDS:
        assert not any(word[-size:] == word[:size] for size in range(1, len(word))), word


@pytest.mark.parametrize(
    ("text", "role", "sign"),
    [
        ("同比增长率下降3%", Role.GROWTH, -1),  # the last word decides
        ("下降后增长5%", Role.GROWTH, 1),
        ("增速由下降转为提高到5%", Role.GROWTH, 1),  # 提高到: a level; the noun 增速 gives growth
        ("占比同比提高2个百分点", Role.CHANGE_PP, 1),
    ],
)
def test_the_last_role_word_before_a_percentage_decides(text: str, role: Role, sign: int) -> None:
    (mention,) = extract(text)
    assert mention.role is role
    assert (mention.figure.magnitude > 0) == (sign > 0)


@pytest.mark.parametrize(
    ("text", "surface", "figure"),
    [
        # a figure after a dollar sign is never a billionth of what it says (US$3.5 was 3.5美元)
        (
            "出口额达US$3.5 billion。",
            "US$3.5 billion",
            Figure("3.5E+9", "美元", low="3.45E+9", high="3.55E+9"),
        ),
        (
            "約HK$12 million，",
            "約HK$12 million",
            Figure("1.2E+7", "港元", "approx", low="1.15E+7", high="1.25E+7"),
        ),
        ("营收5 Billions", "5 Billions", Figure("5E+9", "", low="4.5E+9", high="5.5E+9")),
        ("3.5bn美元", "3.5bn美元", Figure("3.5E+9", "美元", low="3.45E+9", high="3.55E+9")),
    ],
)
def test_english_multiplier_words_are_read(text: str, surface: str, figure: Figure) -> None:
    (mention,) = extract(text)
    assert (mention.surface, mention.figure) == (surface, figure)


def test_a_range_shares_its_latin_multiplier() -> None:
    # 10-15k was 10 to 15,000: the first bound takes the second's multiplier, as 5至10亿 does
    assert extract("10-15k")[0].figure == Figure.between(10000, 15000, "")
    assert extract("US$10-15 million")[0].figure == Figure.between(10**7, 15 * 10**6, "美元")


def test_a_word_that_only_starts_like_a_multiplier_is_none() -> None:
    assert [m.surface for m in extract("The 5 members, 5 bnx")] == []


def test_a_multiple_that_is_no_growth_is_no_figure() -> None:
    assert extract("是全国平均水平的3倍") == []


def test_a_list_of_multiples_after_a_verb_of_growth_is_all_growth() -> None:
    found = extract("按年分别增加5.4倍及4.2倍,是全国的2倍及3倍")
    assert [(m.surface, m.role) for m in found] == [("5.4倍", Role.GROWTH), ("4.2倍", Role.GROWTH)]


def test_firms_counted_in_rooms_as_hong_kong_and_taiwan_write_them() -> None:
    [firms] = [m for m in extract("香港初創企業數目再創新高,達5,221間") if m.figure.unit == "间"]
    assert firms.figure == Figure("5221", "间")
    assert firms.surface == "5,221間"
