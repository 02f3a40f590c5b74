import pytest

from licheng import Accumulation, Figure, Indicator, Level, Measure, Period, Role, Scope, Source
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
    repr_round_trip(
        Indicator(
            "computing_power",
            Figure("44", "percent", "approx"),
            "2025H1",
            "历城区",
            role="share",
            whole=Level("全市", "computing_power", subject_en="the whole city"),
            subject_kind="region",
            span=(12, 16),
        )
    )
    repr_round_trip(Indicator("other:研发经费", Figure("3.2", "亿元"), None, "历城区", basis=None))
    repr_round_trip(
        Indicator(
            "gdp",
            Figure("5.6", "percent"),
            "2025H1",
            "历城区",
            role="growth",
            basis="yoy",
            about=Level("历城区", "gdp"),
        )
    )


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
        ("gdp", Figure("5.2", "万亿元")),
        ("profit", Figure("-3", "亿元")),
        ("electricity", Figure("12", "亿千瓦时")),
        ("employment", Figure("12000", "人")),
        ("income", Figure("5.6", "万元")),
        ("other:研发经费", Figure("3", "亿元")),
    ],
)
def test_measures_accept_their_dimension(measure, figure):
    assert Indicator(measure, figure, "2025H1", "x").figure == figure


@pytest.mark.parametrize(
    ("role", "figure"),
    [
        ("share", Figure("28", "percent")),
        ("share", Figure("0", "percent")),
        ("share", Figure("100", "percent")),
        ("share", Figure("5.6", "")),  # a part of a structure ratio 5.6:56.6:37.8
        ("growth", Figure("-3.5", "percent")),
        ("change_pp", Figure("-1.2", "个百分点")),
    ],
)
def test_roles_take_ratios_whatever_the_measure(role, figure):
    indicator = Indicator("output_value", figure, "2025H1", "x", role=role)
    assert indicator.role is Role(role)
    assert indicator.measure is Measure.OUTPUT_VALUE


@pytest.mark.parametrize(
    ("role", "figure"),
    [
        ("share", Figure("28", "亿元")),
        ("growth", Figure("2", "个百分点")),
        ("change_pp", Figure("2", "percent")),
        ("value", Figure("28", "percent")),
    ],
)
def test_roles_reject_other_dimensions(role, figure):
    with pytest.raises(ValidationError) as caught:
        Indicator("output_value", figure, "2025H1", "x", role=role)
    assert caught.value.errors[0][0] == "figure.unit"


def test_a_bare_ratio_is_a_share():
    # 0.28 and 28% are the same dimensionless number.
    share = Indicator("output_value", Figure("0.28", ""), "2025H1", "x", role="share")
    assert share.figure.to("percent").magnitude == 28


@pytest.mark.parametrize("code", ["share", "growth"])
def test_the_old_share_and_growth_measures_still_load_with_a_warning(code):
    with pytest.warns(DeprecationWarning, match=f"measure '{code}' is deprecated"):
        indicator = Indicator(code, Figure("28", "percent"), "2025H1", "x")
    assert indicator.measure is Measure(code)
    assert indicator.role is Role(code)


def test_the_old_base_still_loads_with_a_warning():
    with pytest.warns(DeprecationWarning, match="base= is deprecated"):
        indicator = Indicator(
            "output_value", Figure("28", "percent"), "2025H1", "x", role="share", base="全部"
        )
    assert indicator.whole_name == "全部"


def test_a_whole_belongs_to_a_share():
    with pytest.raises(ValidationError) as caught:
        Indicator("output_value", Figure("5", "亿元"), "2025H1", "x", whole=Level("全部"))
    assert caught.value.errors[0][0] == "whole"


def test_an_unknown_measure_code_names_the_choices():
    with pytest.raises(ValidationError, match="other:<word>") as caught:
        Indicator("gpd", Figure("5", "亿元"), "2025H1", "x")
    assert caught.value.errors[0][0] == "measure"


@pytest.mark.parametrize("span", [(5, 5), (-1, 3), (8, 2), (1, 2, 3), ("a", 3), (True, 4)])
def test_a_span_runs_forward_from_zero(span):
    with pytest.raises(ValidationError) as caught:
        Indicator("gdp", Figure("5", "亿元"), "2025H1", "x", span=span)
    assert caught.value.errors[0][0] == "span"


def test_a_stock_at_an_unstated_time_has_no_period():
    indicator = Indicator("area", Figure("400", "亩"), None, "园区", accumulation="stock")
    assert indicator.period is None
    assert not indicator.cumulative


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
        ("power", Figure("1000", "千瓦时")),
        ("gdp", Figure("3", "percent")),
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
    indicator = Indicator(
        "output_value", Figure("28", "percent"), "2025H1", "<b>医药</b>", role="share"
    )
    rendered = indicator._repr_html_()
    assert rendered.startswith("<table>")
    assert "&lt;b&gt;医药&lt;/b&gt;" in rendered
    assert "<b>" not in rendered
    assert "产值 output value · share" in rendered


@pytest.mark.parametrize("figure", [Figure("-1", "percent"), Figure("-0.5", "")])
def test_a_share_cannot_be_negative(figure):
    with pytest.raises(ValidationError) as caught:
        Indicator("output_value", figure, "2025H1", "x", role="share")
    assert caught.value.errors == (("figure.magnitude", "a share cannot be negative"),)


@pytest.mark.parametrize("figure", [Figure("107.56", "percent"), Figure("134.4", "percent")])
def test_a_share_may_pass_the_whole(figure):
    """A plan fulfilled beyond itself (占年计划的107.56%), a contribution rate (贡献率134.4%)."""
    indicator = Indicator(
        "investment", figure, "2025H1", "x", role="share", whole=Level("年计划", "investment")
    )
    assert indicator.figure == figure
