import pytest

from licheng import Figure, Indicator, Park, ParkKind, Term
from licheng.exceptions import NotFoundError, ValidationError


def make():
    return Park(
        "济南生物医药港",
        name_en="Jinan Bio-Pharma Port",
        kind="port",
        focus=["高端医疗器械", Term("AI制药", "AI drug discovery")],
        enterprises=["国药器械"],
        indicators=[
            Indicator(
                "investment",
                Figure("22", "亿元"),
                "2025H1",
                "济南生物医药港",
                accumulation="to_date",
            ),
            Indicator(
                "area", Figure("40", "万平方米"), "2025H1", "济南生物医药港", accumulation="stock"
            ),
        ],
    )


def test_value_semantics(value_semantics):
    value_semantics(make, {"host": "济南临港经济开发区"})


def test_repr_is_a_constructor_call(repr_round_trip):
    repr_round_trip(make())
    repr_round_trip(Park("齐鲁光谷", kind="valley"))


def test_indicator_by_measure():
    park = make()
    assert park.kind is ParkKind.PORT
    assert park.indicator("area").figure == Figure("40", "万平方米")
    assert park.indicator("investment").figure.value.to("元").magnitude == pytest.approx(2.2e9)
    with pytest.raises(NotFoundError):
        park.indicator("computing_power")
    with pytest.raises(ValueError, match="not_a_measure"):
        park.indicator("not_a_measure")


def test_indicators_must_be_indicators():
    with pytest.raises(ValidationError) as caught:
        Park("x", indicators=[Figure("40", "万平方米")])
    assert caught.value.errors[0][0] == "indicators[0]"
