import pytest

from licheng import Accumulation, Figure, Indicator, Measure, Period, Scope, Source
from licheng.exceptions import ValidationError

SOURCE = Source("人民网", quote="上半年累计完成产值52.2亿元")


def make():
    return Indicator(
        "output_value",
        Figure("52.2", "亿元"),
        "2025H1",
        "现代医药",
        scope="above_designated_size",
        yoy=Figure("10", "percent"),
        source=SOURCE,
    )


def test_value_semantics(value_semantics):
    value_semantics(make, {"subject": "高端装备"})


def test_repr_is_a_constructor_call(repr_round_trip):
    repr_round_trip(make())
    repr_round_trip(Indicator("share", Figure("44", "percent", "approx"), "2025H1", "历城区"))


def test_strings_become_enums_and_periods():
    indicator = make()
    assert indicator.measure is Measure.OUTPUT_VALUE
    assert indicator.scope is Scope.ABOVE_DESIGNATED_SIZE
    assert indicator.accumulation is Accumulation.PERIOD
    assert indicator.period == Period(2025, 1, 6)


def test_equal_by_value_of_the_figure():
    written_in_yuan = Indicator("output_value", Figure("5.22E+9", "元"), "2025H1", "现代医药")
    written_in_yi = Indicator("output_value", Figure("52.2", "亿元"), "2025H1", "现代医药")
    assert written_in_yuan == written_in_yi


@pytest.mark.parametrize(
    ("measure", "figure"),
    [
        ("output_value", Figure("52.2", "亿元")),
        ("gross_output", Figure("186", "亿元")),
        ("value_added", Figure("3", "万元")),
        ("investment", Figure("40", "亿元", "nearly")),
        ("investment", Figure("1", "美元")),
        ("area", Figure("40", "万平方米")),
        ("area", Figure.odd(400, "亩")),
        ("area", Figure("2", "hectare")),
        ("enterprise_count", Figure("14", "家")),
        ("enterprise_count", Figure.odd(30, "家")),
        ("facility_count", Figure("6", "个")),
        ("computing_power", Figure("2300", "PFLOPS")),
        ("power", Figure("1000", "W", "at_least")),
        ("duration", Figure("6", "年")),
        ("share", Figure("28", "percent")),
        ("share", Figure("0", "percent")),
        ("share", Figure("100", "percent")),
        ("growth", Figure("-3.5", "percent")),
    ],
)
def test_measures_accept_their_dimension(measure, figure):
    assert Indicator(measure, figure, "2025H1", "x").figure == figure


def test_a_bare_ratio_is_a_share():
    # 0.28 and 28% are the same dimensionless number.
    share = Indicator("share", Figure("0.28", ""), "2025H1", "x")
    assert share.figure.to("percent").magnitude == 28


def test_an_area_in_yuan_names_field_unit_and_dimension():
    with pytest.raises(ValidationError) as caught:
        Indicator("area", Figure("22", "亿元"), "2025H1", "济南生物医药港")
    ((path, message),) = caught.value.errors
    assert path == "figure.unit"
    assert "'亿元'" in message
    assert "[length] ** 2" in message
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("measure", "figure"),
    [
        ("output_value", Figure("2300", "PFLOPS")),
        ("enterprise_count", Figure("14", "亿元")),
        ("computing_power", Figure("44", "percent")),
        ("share", Figure("28", "家")),
        ("power", Figure("1000", "千瓦时")),
    ],
)
def test_measures_reject_other_dimensions(measure, figure):
    with pytest.raises(ValidationError) as caught:
        Indicator(measure, figure, "2025H1", "x")
    assert caught.value.errors[0][0] == "figure.unit"


@pytest.mark.parametrize(
    ("measure", "figure"),
    [
        ("area", Figure("-1", "亩")),
        ("enterprise_count", Figure("-3", "家")),
        ("investment", Figure("-22", "亿元")),
        ("share", Figure("100.5", "percent")),
        ("share", Figure("-1", "percent")),
    ],
)
def test_out_of_range_figures_are_rejected(measure, figure):
    with pytest.raises(ValidationError) as caught:
        Indicator(measure, figure, "2025H1", "x")
    assert [path for path, _ in caught.value.errors] == ["figure.magnitude"]


def test_yoy_must_be_a_ratio():
    with pytest.raises(ValidationError) as caught:
        Indicator("output_value", Figure("1", "亿元"), "2025H1", "x", yoy=Figure("1", "亿元"))
    assert caught.value.errors[0][0] == "yoy.unit"


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"measure": "colour"}, "measure"),
        ({"figure": "52.2亿元"}, "figure"),
        ({"period": "whenever"}, "period"),
        ({"subject": " "}, "subject"),
        ({"subject": 5}, "subject"),
        ({"scope": "most"}, "scope"),
        ({"source": "人民网"}, "source"),
        ({"label": 3}, "label"),
    ],
)
def test_bad_fields_are_named(changes, path):
    arguments = {
        "measure": "output_value",
        "figure": Figure("52.2", "亿元"),
        "period": "2025H1",
        "subject": "现代医药",
    }
    arguments.update(changes)
    with pytest.raises(ValidationError) as caught:
        Indicator(**arguments)
    assert caught.value.errors[0][0] == path


@pytest.mark.parametrize(
    ("accumulation", "period", "cumulative"),
    [
        ("period", "2025H1", True),
        ("period", "2025M06", False),
        ("period", "2025Q2", False),
        ("to_date", "2025M06", True),
        ("stock", "2025H1", False),
    ],
)
def test_cumulative(accumulation, period, cumulative):
    indicator = Indicator("investment", Figure("1", "亿元"), period, "x", accumulation=accumulation)
    assert indicator.cumulative is cumulative


def test_html_is_a_small_escaped_table():
    indicator = Indicator("share", Figure("28", "percent"), "2025H1", "<b>医药</b>")
    rendered = indicator._repr_html_()
    assert rendered.startswith("<table>")
    assert "&lt;b&gt;医药&lt;/b&gt;" in rendered
    assert "<b>" not in rendered
    assert "占比 share" in rendered
