import pytest

from licheng import Figure, Indicator, Industry, IndustryRole, Term
from licheng.exceptions import NotFoundError, ValidationError


def make():
    return Industry(
        "高端装备",
        name_en="high-end equipment",
        roles=["leading"],
        lineup="3",
        headline=Term("稳健增长", "steady growth"),
        parks=["齐鲁光谷"],
        indicators=[
            Indicator("enterprise_count", Figure("54", "家"), "2025H1", "高端装备"),
            Indicator(
                "output_value",
                Figure("36.7", "亿元"),
                "2025H1",
                "高端装备",
                yoy=Figure("10", "percent"),
            ),
            Indicator("output_value", Figure("3", "亿元"), "2025Q1", "高端装备"),
        ],
    )


def test_value_semantics(value_semantics):
    value_semantics(make, {"lineup": "2"})


def test_repr_is_a_constructor_call(repr_round_trip):
    repr_round_trip(make())
    repr_round_trip(Industry("空天信息", roles=["leading", "future"]))


def test_indicator_is_the_first_of_its_measure():
    industry = make()
    assert industry.roles == (IndustryRole.LEADING,)
    assert industry.indicator("output_value").figure == Figure("36.7", "亿元")
    assert industry.indicator("output_value").yoy == Figure("10", "percent")
    with pytest.raises(NotFoundError):
        industry.indicator("area")


def test_headline_from_a_string():
    assert Industry("x", headline="蓄势待发").headline == Term("蓄势待发")


@pytest.mark.parametrize(
    ("arguments", "path"),
    [
        ({"roles": ["biggest"]}, "roles[0]"),
        ({"lineup": 3}, "lineup"),
        ({"parks": ["齐鲁光谷", ""]}, "parks[1]"),
        ({"indicators": "none"}, "indicators"),
    ],
)
def test_bad_fields_are_named(arguments, path):
    with pytest.raises(ValidationError) as caught:
        Industry("x", **arguments)
    assert caught.value.errors[0][0] == path


def test_html_lists_the_indicators():
    rendered = make()._repr_html_()
    assert "<caption>高端装备 high-end equipment</caption>" in rendered
    assert rendered.count("<tr>") == 4
