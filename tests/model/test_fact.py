import pytest

from licheng import Fact, Figure, Measure
from licheng.exceptions import ValidationError


def make():
    return Fact(
        "激光切割装备全球销量连续六年领先",
        text_en="global sales leader for six consecutive years",
        measure="duration",
        figure=Figure("6", "年", low="6", high="6"),
    )


def test_value_semantics(value_semantics):
    value_semantics(make, {"text": "other"})


def test_repr_is_a_constructor_call(repr_round_trip):
    repr_round_trip(make())
    repr_round_trip(Fact("龙头"))


def test_measure_is_an_enum():
    assert make().measure is Measure.DURATION


def test_measure_and_figure_go_together():
    with pytest.raises(ValidationError) as caught:
        Fact("x", figure=Figure("6", "年"))
    assert caught.value.errors[0][0] == "measure"
    with pytest.raises(ValidationError) as caught:
        Fact("x", measure="power")
    assert caught.value.errors[0][0] == "figure"


def test_the_measure_fixes_the_dimension():
    with pytest.raises(ValidationError) as caught:
        Fact("x", measure="power", figure=Figure("1000", "亩"))
    assert caught.value.errors[0][0] == "figure.unit"
