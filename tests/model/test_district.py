import attrs
import pytest

from licheng import District, Enterprise, Figure, Indicator, Industry, Level, Park, Project
from licheng.exceptions import NotFoundError, ValidationError


def make(**changes):
    arguments = {
        "name_en": "Licheng District",
        "city": "济南市",
        "main_platform": "济南临港经济开发区",
        "industries": [
            Industry(
                "集成电路",
                name_en="integrated circuits",
                parks=["济南智能传感器产业园"],
                enterprises=["中晶芯源"],
                projects=["济南晶谷研究院"],
                indicators=[
                    Indicator("investment", Figure("40", "亿元", "nearly"), "2025H1", "集成电路")
                ],
            ),
            Industry("人工智能", name_en="artificial intelligence", parks=["济南超算科技城"]),
        ],
        "parks": [
            Park("济南临港经济开发区", kind="economic_development_zone"),
            Park("济南超算科技城", kind="science_city"),
            Park(
                "济南智能传感器产业园",
                name_en="Jinan Intelligent Sensor Industrial Park",
                host="济南超算科技城",
                indicators=[
                    Indicator("area", Figure.odd(400, "亩"), "2025H1", "济南智能传感器产业园")
                ],
            ),
        ],
        "enterprises": [Enterprise("中晶芯源", industries=["集成电路"])],
        "projects": [Project("济南晶谷研究院", kind="research_base")],
    }
    arguments.update(changes)
    return District("历城区", **arguments)


def test_value_semantics(value_semantics):
    value_semantics(make, {"city": "青岛市"})


def test_repr_is_a_constructor_call(repr_round_trip):
    repr_round_trip(make())


def test_lookups_by_chinese_or_english_name():
    district = make()
    assert district.industry("集成电路") is district.industries[0]
    assert district.industry("Integrated Circuits") is district.industries[0]
    assert district.park("Jinan Intelligent Sensor Industrial Park").host == "济南超算科技城"
    assert district.enterprise("中晶芯源").industries == ("集成电路",)
    assert district.project("济南晶谷研究院").kind == "research_base"
    with pytest.raises(NotFoundError, match="no industry named '造船'"):
        district.industry("造船")
    with pytest.raises(KeyError):
        district.park("nowhere")


def test_indicators_gathers_every_indicator():
    district = make()
    assert [indicator.measure for indicator in district.indicators] == ["investment", "area"]
    assert isinstance(district.indicators, tuple)


def test_a_shared_park_is_one_object():
    district = make(
        industries=[
            Industry("集成电路", parks=["济南超算科技城"]),
            Industry("人工智能", parks=["济南超算科技城"]),
        ],
        enterprises=[],
        projects=[],
        parks=[Park("济南超算科技城"), Park("济南临港经济开发区")],
    )
    first, second = (
        district.park(name) for industry in district.industries for name in industry.parks
    )
    assert first is second


def test_every_broken_reference_is_listed():
    with pytest.raises(ValidationError) as caught:
        make(
            main_platform="nowhere",
            industries=[
                Industry(
                    "集成电路", parks=["济南超算科技城", "missing park"], enterprises=["ghost"]
                ),
                Industry("集成电路"),
            ],
            parks=[
                Park("济南超算科技城", host="elsewhere", enterprises=["中晶芯源"]),
                Park(
                    "济南临港经济开发区",
                    indicators=[Indicator("area", Figure("1", "亩"), "2025H1", "nobody")],
                ),
            ],
            projects=[Project("p", park="missing", enterprises=["中晶芯源"])],
        )
    assert caught.value.errors == (
        ("industries[1].name", "duplicate name '集成电路'"),
        ("main_platform", "unknown park 'nowhere'"),
        ("industries[0].parks[1]", "unknown park 'missing park'"),
        ("industries[0].enterprises[0]", "unknown enterprise 'ghost'"),
        ("parks[0].host", "unknown park 'elsewhere'"),
        ("projects[0].park", "unknown park 'missing'"),
        ("parks[1].indicators[0].subject", "unknown subject 'nobody'"),
        (
            "enterprises[0].industries[0]",
            "industry '集成电路' does not list enterprise '中晶芯源'",
        ),
        ("parks[0].enterprises[0]", "enterprise '中晶芯源' does not list park '济南超算科技城'"),
    )


def test_html_and_pretty():
    district = make()
    rendered = district._repr_html_()
    assert "<caption>历城区 Licheng District · 济南市</caption>" in rendered
    assert rendered.count("<tr>") == 3

    class Printer:
        def __init__(self):
            self.written = []

        def text(self, text):
            self.written.append(text)

    printer = Printer()
    district._repr_pretty_(printer, cycle=False)
    assert printer.written == [
        "District('历城区', industries=2, parks=3, enterprises=1, projects=1, indicators=2)"
    ]


OWN = (
    Indicator("gdp", Figure("612.3", "亿元"), "2025H1", "历城区", subject_kind="region"),
    Indicator(
        "value_added", Figure("8.1", "percent"), "2025H1", "规上工业", role="growth",
        basis="yoy", subject_kind="sector", about=Level("规上工业", "value_added"),
    ),
    Indicator("other:研发经费", Figure("3", "亿元"), None, "全市", span=(4, 9)),
)  # fmt: skip


def test_district_wide_figures_sit_on_the_district(repr_round_trip):
    district = make(indicators=OWN)
    assert district.own_indicators == OWN
    # indicators gathers every figure the district holds, its own last.
    assert district.indicators[-3:] == OWN
    assert district.indicator("gdp").figure == Figure("612.3", "亿元")
    assert district.indicator("value_added", role="growth").basis == "yoy"
    with pytest.raises(NotFoundError, match="no gdp growth"):
        district.indicator("gdp", role="growth")
    repr_round_trip(district)
    assert attrs.evolve(district, indicators=()).own_indicators == ()


def test_own_figures_must_be_indicators():
    with pytest.raises(ValidationError) as caught:
        make(indicators=[OWN[0], "612.3亿元"])
    assert caught.value.errors[0][0] == "indicators[1]"


def test_a_project_holds_its_figures():
    figure = Indicator("investment", Figure("22", "亿元"), None, "济南晶谷研究院")
    project = Project("济南晶谷研究院", kind="research_base", indicators=[figure])
    district = make(projects=[project])
    assert district.project("济南晶谷研究院").indicator("investment") == figure
    assert figure in district.indicators
    stray = Project("济南晶谷研究院", indicators=[attrs.evolve(figure, subject="别处")])
    with pytest.raises(ValidationError, match="unknown subject '别处'"):
        make(projects=[stray])


def test_english_names_by_chinese_name():
    names = make().names_en
    assert names["历城区"] == "Licheng District"
    assert names["集成电路"] == "integrated circuits"
    assert names["济南晶谷研究院"] is None
