"""JSON in and out, hostile input, and the pandas view."""

import json
import sys
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import licheng
from licheng import (
    District,
    Enterprise,
    Figure,
    Indicator,
    Industry,
    Level,
    Park,
    Period,
    Project,
    Qualifier,
    Source,
    Term,
    from_json,
    to_frame,
    to_json,
)
from licheng.datasets import licheng_2025h1
from licheng.exceptions import ValidationError

# -- round trips ----------------------------------------------------------------------------


def test_the_data_set_round_trips_exactly():
    district = licheng_2025h1()
    text = to_json(district)
    back = from_json(text, District)
    assert back == district
    assert repr(back) == repr(district)
    assert to_json(back) == text


def test_the_data_file_is_what_to_json_writes():
    from importlib.resources import files

    stored = files("licheng.datasets").joinpath("licheng-2025-h1.json").read_text("utf-8")
    assert stored == to_json(licheng_2025h1()) + "\n"


def test_figures_keep_written_precision_and_qualifier():
    figure = from_json(to_json(Figure("52.20", "亿元")), Figure)
    assert figure.magnitude.as_tuple().exponent == -2
    assert repr(figure) == "Figure('52.20', '亿元')"
    assert json.loads(to_json(Figure.odd(400, "亩"))) == {
        "value": "400",
        "unit": "亩",
        "qualifier": "more_than",
        "high": "500",
    }
    assert json.loads(to_json(Figure("40", "亿元", "nearly")))["qualifier"] == "nearly"


def test_json_written_by_hand():
    text = """
    {
      "measure": "area",
      "figure": {"value": "400", "unit": "亩", "qualifier": "more_than", "high": "500"},
      "period": "2025H1",
      "subject": "济南智能传感器产业园",
      "accumulation": "stock"
    }
    """
    indicator = from_json(text, Indicator)
    assert indicator.figure == Figure.odd(400, "亩")
    assert from_json(text.encode(), Indicator) == indicator


UNITS_BY_MEASURE = {
    "output_value": ["亿元", "万元", "元", "美元"],
    "investment": ["亿元", "万亿元"],
    "area": ["亩", "万平方米", "平方米", "hectare", "km²"],
    "enterprise_count": ["家", "个"],
    "computing_power": ["PFLOPS", "EFLOPS"],
    "gdp": ["亿元"],
    "other:研发经费": ["亿元", "家"],
}
RATIOS = {"share": ["percent"], "growth": ["percent"], "change_pp": ["个百分点"]}
NAMES = st.text(
    alphabet=st.sampled_from("历城区现代医药集成电路高端装备济南港谷AIcity-<>&\"' "),
    min_size=1,
    max_size=8,
).filter(lambda text: text.strip())


# The strategies a composite draws from are built once, here, not at every draw: building one
# (and hypothesis checking it) cost more than drawing from it. Same strategies, same draws.
_MEASURES = st.sampled_from(sorted(UNITS_BY_MEASURE))
_UNITS_OF = {
    measure: st.sampled_from(units) for measure, units in {**UNITS_BY_MEASURE, **RATIOS}.items()
}
_KINDS = st.sampled_from(["plain", "odd", "range"])
_QUALIFIERS = st.sampled_from([q for q in Qualifier if q is not Qualifier.RANGE])


@st.composite
def figures(draw, measure=None):
    measure = measure or draw(_MEASURES)
    unit = draw(_UNITS_OF[measure])
    count = unit in {"家", "个"}
    places = 0 if count else draw(st.integers(0, 3))
    top = 100 if measure == "share" else 10**6
    bottom = -100 if measure in {"growth", "change_pp"} else 0
    magnitude = Decimal(draw(st.integers(bottom * 10**places, top * 10**places))).scaleb(-places)
    kind = draw(_KINDS)
    if kind == "odd" and magnitude > 0 and measure != "share":
        return Figure.odd(magnitude, unit)
    if kind == "range" and not count and measure != "share":
        return Figure.between(magnitude, magnitude + 1, unit)
    qualifier = draw(_QUALIFIERS)
    return Figure(magnitude, unit, qualifier)


LEVELS = st.builds(
    Level,
    NAMES,
    st.none() | st.sampled_from(sorted(UNITS_BY_MEASURE)),
    subject_en=st.none() | NAMES,
)


_ROLES = st.sampled_from(["value", "share", "growth", "change_pp"])
_FIGURES_OF = {measure: figures(measure) for measure in [*UNITS_BY_MEASURE, *RATIOS]}
_MONTHS = st.sampled_from([(1, 6), (1, 12), (4, 6), (7, 9)])
_PERIODS_OF = {
    months: st.none() | st.builds(Period, st.integers(2000, 2030), *map(st.just, months))
    for months in [(1, 6), (1, 12), (4, 6), (7, 9)]
}
_SUBJECT_KINDS = st.none() | st.sampled_from(list(licheng.SubjectKind))
_BASES = st.none() | st.sampled_from(list(licheng.Basis))
_LEVELS_OR_NONE = st.none() | LEVELS
_SCOPES = st.sampled_from(list(licheng.Scope))
_ACCUMULATIONS = st.sampled_from(list(licheng.Accumulation))
_NAMES_OR_NONE = st.none() | NAMES
_YOYS = st.none() | figures("growth")
_SOURCES = st.none() | st.builds(Source, NAMES, quote=st.none() | NAMES)


@st.composite
def indicators(draw, subject=None):
    measure = draw(_MEASURES)
    role = draw(_ROLES)
    start = draw(st.integers(0, 500))
    return Indicator(
        measure,
        draw(_FIGURES_OF[measure if role == "value" else role]),
        draw(_PERIODS_OF[draw(_MONTHS)]),
        subject or draw(NAMES),
        role=role,
        subject_kind=draw(_SUBJECT_KINDS),
        basis=draw(_BASES) if role != "value" else None,
        whole=draw(_LEVELS_OR_NONE) if role == "share" else None,
        about=draw(_LEVELS_OR_NONE) if role in {"growth", "change_pp"} else None,
        span=draw(st.none() | st.just((start, start + draw(st.integers(1, 20))))),
        scope=draw(_SCOPES),
        accumulation=draw(_ACCUMULATIONS),
        label=draw(_NAMES_OR_NONE),
        yoy=draw(_YOYS),
        source=draw(_SOURCES),
    )


_INDUSTRY_NAMES = st.lists(NAMES, min_size=1, max_size=4, unique=True)
_PARK_NAMES = st.lists(NAMES, max_size=3, unique=True)
_PARK_KINDS = st.sampled_from(list(licheng.ParkKind))
_FOCUS = st.lists(st.builds(Term, NAMES, st.none() | NAMES), max_size=2)
_INDUSTRY_ROLES = st.lists(st.sampled_from(list(licheng.IndustryRole)), max_size=2)
_PROJECT_NAMES = st.lists(NAMES, max_size=2, unique=True)
_DISTRICT_INDICATORS = st.lists(indicators(), max_size=3)


@st.composite
def districts(draw):
    names = draw(_INDUSTRY_NAMES)
    park_names = draw(_PARK_NAMES)
    parks = [
        Park(
            name,
            kind=draw(_PARK_KINDS),
            focus=draw(_FOCUS),
            indicators=draw(st.lists(indicators(subject=name), max_size=2)),
        )
        for name in park_names
    ]
    industries = [
        Industry(
            name,
            roles=draw(_INDUSTRY_ROLES),
            parks=draw(st.lists(st.sampled_from(park_names), max_size=2)) if park_names else (),
            enterprises=[f"{name}企业"],
            indicators=draw(st.lists(indicators(subject=name), max_size=3)),
        )
        for name in names
    ]
    enterprises = [
        Enterprise(
            f"{name}企业",
            industries=[name],
            indicators=draw(st.lists(indicators(subject=f"{name}企业"), max_size=1)),
        )
        for name in names
    ]
    projects = [
        Project(
            f"{name}项目", indicators=draw(st.lists(indicators(subject=f"{name}项目"), max_size=2))
        )
        for name in draw(_PROJECT_NAMES)
    ]
    return District(
        "历城区",
        industries=industries,
        parks=parks,
        enterprises=enterprises,
        projects=projects,
        indicators=draw(_DISTRICT_INDICATORS),
    )


@settings(max_examples=60, deadline=None)
@given(figures())
def test_generated_figures_round_trip(figure):
    back = from_json(to_json(figure), Figure)
    assert back == figure
    assert repr(back) == repr(figure)


@settings(max_examples=60, deadline=None)
@given(indicators())
def test_generated_indicators_round_trip(indicator):
    assert from_json(to_json(indicator), Indicator) == indicator


@settings(max_examples=25, deadline=None)
@given(districts())
def test_generated_districts_round_trip(district):
    back = from_json(to_json(district, indent=None), District)
    assert back == district
    assert repr(back) == repr(district)


# -- hostile and bad input ------------------------------------------------------------------


def broken(change):
    data = json.loads(to_json(licheng_2025h1()))
    change(data)
    with pytest.raises(ValidationError) as caught:
        from_json(json.dumps(data, ensure_ascii=False), District)
    return caught.value


def test_every_bad_path_is_listed_at_once():
    def change(data):
        data["industries"][2]["indicators"][0]["figure"]["unit"] = "担"
        data["industries"][0]["indicators"][1]["figure"]["unit"] = "平方米"
        data["industries"][1]["name"] = 5
        data["industries"][1]["indicators"][0]["figure"]["value"] = -54
        data["parks"][1]["colour"] = "red"
        data["parks"][0]["kind"] = "castle"
        data["enterprises"][0]["roles"] = "leader"
        data["parks"][6]["indicators"][2]["figure"]["value"] = "-14"
        data["industries"][4]["indicators"][0]["period"] = "whenever"
        del data["projects"][0]["name"]

    error = broken(change)
    assert [path for path, _ in error.errors] == [
        "industries[0].indicators[1].figure.unit",
        "industries[1].name",
        "industries[1].indicators[0].figure.value",
        "industries[2].indicators[0].figure.unit",
        "industries[4].indicators[0].period",
        "parks[0].kind",
        "parks[1].colour",
        "parks[6].indicators[2].figure.value",
        "enterprises[0].roles",
        "projects[0].name",
    ]
    messages = dict(error.errors)
    assert "[currency_*]" in messages["industries[0].indicators[1].figure.unit"]
    assert "'平方米'" in messages["industries[0].indicators[1].figure.unit"]
    assert messages["industries[2].indicators[0].figure.unit"] == "unknown unit '担'"
    assert messages["industries[1].name"] == "must be a string, not 5"
    assert "cannot be negative" in messages["parks[6].indicators[2].figure.value"]
    assert messages["parks[1].colour"] == "unknown key"
    assert messages["projects[0].name"] == "required key missing"
    assert isinstance(error, ValueError)


@pytest.mark.parametrize(
    ("text", "path", "message"),
    [
        ('{"value": "5", "unit": "家", "derived": "yes"}', "derived", "must be true or false"),
        ('{"value": 5.5, "unit": "亿元"}', "value", "must be a decimal string"),
        ('{"value": true, "unit": "亿元"}', "value", "must be a decimal string"),
        ('{"value": "5", "unit": 5}', "unit", "must be a string"),
        ('{"value": "many", "unit": "家"}', "value", "not a number"),
        ('{"value": "NaN", "unit": "家"}', "value", "not a finite number"),
        ('{"value": "5.5", "unit": "家"}', "value", "a count must be a whole number"),
        ('{"value": "5", "unit": "家", "qualifier": "lots"}', "qualifier", "unknown qualifier"),
        ('{"value": "5", "unit": "亿元", "low": "9"}', "low", "lower bound 9 is above"),
        ('{"unit": "亿元"}', "value", "required key missing"),
        ('["5", "亿元"]', "", "must be an object"),
    ],
)
def test_bad_figures(text, path, message):
    with pytest.raises(ValidationError) as caught:
        from_json(text, Figure)
    assert caught.value.errors[0][0] == path
    assert message in caught.value.errors[0][1]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"name": "a", "name": "b"}', "duplicate key 'name'"),
        ('{"name": NaN}', "NaN is not a number JSON allows"),
        ('{"name": Infinity}', "Infinity is not a number JSON allows"),
        ('{"name": "历城区",', "not valid JSON"),
        ("", "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "not valid JSON"),
        (b"\xff\xfe", "not UTF-8"),
    ],
)
def test_bad_json_text(text, message):
    with pytest.raises(ValidationError, match=message.replace("[", r"\[")):
        from_json(text, District)


def test_no_silent_coercion():
    with pytest.raises(ValidationError) as caught:
        from_json('{"name": "历城区", "lineup": 5, "industries": {"name": "x"}}', District)
    assert caught.value.errors == (
        ("lineup", "must be a string, not 5"),
        ("industries", "must be a list, not an object"),
    )
    with pytest.raises(ValidationError) as caught:
        from_json('{"name": "x", "roles": "leading"}', Industry)
    assert caught.value.errors == (("roles", "must be a list, not 'leading'"),)
    with pytest.raises(ValidationError) as caught:
        from_json('{"publisher": "人民网", "date": 20250718}', Source)
    assert caught.value.errors[0][0] == "date"


def test_model_rules_apply_to_json_too():
    text = to_json(licheng_2025h1())
    data = json.loads(text)
    data["industries"][0]["enterprises"].append("不存在的企业")
    with pytest.raises(ValidationError) as caught:
        from_json(json.dumps(data), District)
    assert caught.value.errors == (
        ("industries[0].enterprises[6]", "unknown enterprise '不存在的企业'"),
    )


# -- pandas and import weight ---------------------------------------------------------------


def test_to_frame_has_one_row_per_indicator():
    district = licheng_2025h1()
    frame = to_frame(district)
    assert len(frame) == len(district.indicators)
    assert list(frame.columns) == [
        "subject", "measure", "period", "value", "unit", "qualifier", "low", "high",
        "scope", "accumulation", "label", "yoy_percent", "source", "role",
        "subject_en", "measure_zh", "measure_en", "period_start", "period_end",
    ]  # fmt: skip
    output = frame[(frame.subject == "现代医药") & (frame.measure == "output_value")].iloc[0]
    assert (output.value, output.unit, output.low, output.high) == (52.2, "亿元", 52.15, 52.25)
    nearly = frame[frame.qualifier == "nearly"].iloc[0]
    assert nearly.value == 40
    assert nearly.low != nearly.low  # NaN: no lower bound
    assert frame.groupby("measure").size()["enterprise_count"] == 6
    equipment = frame[(frame.subject == "高端装备") & (frame.measure == "output_value")].iloc[0]
    assert equipment.yoy_percent == 10


def test_to_frame_in_stated_units():
    frame = to_frame(licheng_2025h1(), units={"output_value": "万元", "area": "hectare"})
    output = frame[(frame.measure == "output_value") & (frame.role == "value")]
    assert set(output.unit) == {"万元"}
    assert set(frame[frame.role == "share"].unit) == {"percent"}
    assert sorted(output.value) == [367000.0, 522000.0]
    with pytest.raises(licheng.exceptions.UnitError):
        to_frame(licheng_2025h1(), units={"area": "亿元"})


def test_to_frame_of_a_few_indicators():
    district = licheng_2025h1()
    assert len(to_frame(district.indicators[0])) == 1
    assert len(to_frame(list(district.indicators[:3]))) == 3


def test_to_frame_without_pandas(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r'pip install "licheng\[pandas\]"'):
        to_frame(licheng_2025h1())


def test_import_licheng_loads_neither_cattrs_nor_pandas(fresh_import):
    loaded = sorted(m for m in fresh_import.modules if m.split(".")[0] in {"cattrs", "pandas"})
    assert loaded == []


# -- the model of a read figure, and JSON written before it ---------------------------------

OLD_SHARE = """
{
  "measure": "share",
  "figure": {"value": "28", "unit": "percent"},
  "period": "2025H1",
  "subject": "现代医药",
  "base": "全部规上工业总产值",
  "base_en": "all above-designated-size industrial gross output"
}
"""


def test_json_written_before_roles_still_loads():
    with pytest.warns(DeprecationWarning, match="deprecated"):
        share = from_json(OLD_SHARE, Indicator)
    assert share.role is licheng.Role.SHARE
    assert share.whole_name == "全部规上工业总产值"
    assert share.whole_name_en == "all above-designated-size industrial gross output"


def test_a_read_figure_in_json():
    text = """
    {
      "measure": "other:研发经费",
      "figure": {"value": "5.6", "unit": "percent"},
      "period": null,
      "subject": "历城区",
      "role": "share",
      "subject_kind": "region",
      "whole": {"subject": "全市", "measure": "other:研发经费"},
      "span": [12, 16]
    }
    """
    indicator = from_json(text, Indicator)
    assert indicator.measure == licheng.OtherMeasure("研发经费")
    assert indicator.whole == Level("全市", "other:研发经费")
    assert indicator.period is None
    assert indicator.span == (12, 16)
    assert from_json(to_json(indicator), Indicator) == indicator


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        ({"measure": "gpd"}, "measure", "unknown Measure 'gpd'"),
        ({"measure": 5}, "measure", "must be a string"),
        ({"role": "level"}, "role", "unknown Role 'level'"),
        ({"subject_kind": "city"}, "subject_kind", "unknown SubjectKind"),
        ({"span": [5, 2]}, "span", "0 <= start < end"),
        ({"whole": {"subject": "全市", "colour": "red"}}, "whole.colour", "unknown key"),
    ],
)
def test_bad_read_fields_are_named(change, path, message):
    data = {
        "measure": "output_value",
        "figure": {"value": "28", "unit": "percent"},
        "period": "2025H1",
        "subject": "现代医药",
        "role": "share",
        **change,
    }
    with pytest.raises(ValidationError) as caught:
        from_json(json.dumps(data, ensure_ascii=False), Indicator)
    paths = dict(caught.value.errors)
    assert path in paths, caught.value.errors
    assert message in paths[path]
