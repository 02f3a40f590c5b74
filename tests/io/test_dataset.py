"""The bundled data set holds every fact of the facts file, each figure with its source."""

import datetime as dt
import re
from decimal import Decimal

import pytest

import licheng
from conftest import shared_data
from licheng import District, Figure, Level, SubjectKind
from licheng.datasets import licheng_2025h1

FACTS = shared_data("facts", "licheng-2025-h1.md")

TEXT = FACTS.read_text(encoding="utf-8")
# Only the facts proper: the header defines terms, the last section lists derived figures.
BODY = TEXT[TEXT.index("## District") : TEXT.index("## Figures a reader derives")]

CHINESE_FIGURE = re.compile(
    r"(?P<nearly>近|nearly )?(?P<approx>约[^\d%]{0,12}|about )?"
    r"(?P<value>\d+(?:\.\d+)?)(?P<odd>余|多)?(?P<unit>亿元|万平方米|亩|家|P|%|瓦及以上)"
)
ENGLISH_COUNT = re.compile(
    r"(?<!More than )\b(?P<value>\d+) (?:[\w-]+ ){0,3}?"
    r"(?P<what>enterprises|manufacturers|centres)\b"
)
CHINESE_YEARS = re.compile(r"连续(?P<value>[一二三四五六七八九十])年")
UNITS = {
    "亿元": "亿元",
    "万平方米": "万平方米",
    "亩": "亩",
    "家": "家",
    "P": "PFLOPS",
    "%": "percent",
}


def expected_figures() -> dict[str, Figure]:
    """Every figure the facts file states, read with a small regex, keyed by how it is written."""
    found: dict[str, Figure] = {}
    for match in CHINESE_FIGURE.finditer(BODY):
        value, unit = match["value"], match["unit"]
        if unit == "瓦及以上":
            figure = Figure(value, "W", "at_least")
        elif match["odd"]:
            figure = Figure.odd(value, UNITS[unit])
        elif match["nearly"]:
            figure = Figure(value, UNITS[unit], "nearly")
        elif match["approx"] and unit == "%":
            figure = Figure(value, "percent", "approx")
        else:
            figure = Figure(value, UNITS[unit])
        found[match[0] if not match["approx"] else f"约{value}{unit}"] = figure
    for match in ENGLISH_COUNT.finditer(BODY):
        unit = "个" if match["what"] == "centres" else "家"
        found[match[0]] = Figure(match["value"], unit)
    for match in CHINESE_YEARS.finditer(BODY):
        years = "一二三四五六七八九十".index(match["value"]) + 1
        found[match[0]] = Figure(years, "年", low=years, high=years)
    return found


def stored_figures(district: District) -> list[Figure]:
    figures = [indicator.figure for indicator in district.indicators]
    figures += [indicator.yoy for indicator in district.indicators if indicator.yoy is not None]
    figures += [fact.figure for e in district.enterprises for fact in e.facts if fact.figure]
    return figures


def test_the_facts_file_is_read():
    # Guard the regex: it must find the figures the facts file states, no fewer.
    written = set(expected_figures())
    for figure in (
        "52.2亿元", "28%", "22亿元", "40万平方米", "规上医药生产企业14家"[-3:], "36.7亿元",
        "10%", "近40亿元", "400余亩", "30多家", "2300P", "约44%", "1000瓦及以上", "连续六年",
        "26 quality enterprises", "54 high-end equipment manufacturers", "6 computing centres",
        "6 large-model enterprises", "12 related enterprises",
    ):  # fmt: skip
        assert figure in written
    assert len(set(expected_figures().values())) == 19


@pytest.mark.parametrize(("written", "figure"), sorted(expected_figures().items()))
def test_every_figure_of_the_facts_file_is_in_the_data(written, figure):
    stored = stored_figures(licheng_2025h1())
    assert figure in stored, f"{written} ({figure!r}) is not in the data set"


@pytest.mark.parametrize(
    ("subject", "measure", "figure"),
    [
        ("现代医药", "output_value", Figure("52.2", "亿元")),
        ("现代医药", "enterprise_count", Figure("14", "家")),
        ("高端装备", "output_value", Figure("36.7", "亿元")),
        ("高端装备", "enterprise_count", Figure("54", "家")),
        ("集成电路", "investment", Figure("40", "亿元", "nearly")),
        ("集成电路", "enterprise_count", Figure.odd(30, "家")),
        ("空天信息", "enterprise_count", Figure("12", "家")),
    ],
)
def test_industry_figures_sit_where_they_belong(subject, measure, figure):
    indicator = licheng_2025h1().industry(subject).indicator(measure)
    assert indicator.figure == figure
    assert indicator.subject == subject
    assert str(indicator.period) == "2025H1"


def test_a_share_names_its_whole():
    share = licheng_2025h1().industry("现代医药").indicator("output_value", role="share")
    assert share.figure == Figure("28", "percent")
    assert share.whole == Level("全部规上工业", "output_value", subject_en=share.whole.subject_en)
    assert share.base is None


def test_the_science_city_holds_what_the_release_says_it_holds():
    # 超算科技城已建成…等6个算力中心,算力总规模达到2300P,约占全市算力总量的44%: the figures are
    # the science city's (the first version of the data set gave them to the district).
    district = licheng_2025h1()
    science_city = district.park("济南超算科技城")
    assert {i.subject for i in science_city.indicators} == {"济南超算科技城"}
    assert all(i.subject_kind is SubjectKind.PARK for i in science_city.indicators)
    measures = {str(i.measure) for i in science_city.indicators}
    assert measures == {"facility_count", "computing_power"}
    assert district.own_indicators == ()
    assert set(science_city.indicators) <= set(district.indicators)


def test_details_of_the_figures():
    district = licheng_2025h1()
    equipment = district.industry("高端装备").indicator("output_value")
    assert equipment.yoy == Figure("10", "percent")
    port = district.park("济南生物医药港")
    assert port.indicator("investment").figure == Figure("22", "亿元")
    assert port.indicator("investment").cumulative
    assert port.indicator("area").figure == Figure("40", "万平方米")
    assert port.indicator("enterprise_count").figure == Figure("26", "家")
    sensor = district.park("济南智能传感器产业园")
    assert sensor.indicator("area").figure == Figure("400", "亩", "more_than", high="500")
    assert sensor.host == "济南超算科技城"
    science_city = district.park("济南超算科技城")
    assert science_city.indicator("computing_power").figure == Figure("2300", "PFLOPS")
    city_share = science_city.indicator("computing_power", role="share")
    assert city_share.figure.approximate
    assert city_share.whole.name == "全市算力"
    assert science_city.indicator("facility_count").figure == Figure("6", "个")
    bond = district.enterprise("邦德激光")
    assert [fact.measure for fact in bond.facts] == ["power", "duration"]
    assert district.industry("现代医药").indicator("enterprise_count").scope == (
        "above_designated_size"
    )


def test_every_figure_has_its_source_and_the_inferred_year():
    district = licheng_2025h1()
    sources = [indicator.source for indicator in district.indicators]
    sources += [fact.source for e in district.enterprises for fact in e.facts]
    sources.append(district.source)
    for source in sources:
        assert source is not None
        assert source.publisher == "人民网"
        assert source.date == dt.date(2025, 7, 18)
        assert any(note.startswith("year inferred") for note in source.notes)
    for source in sources[:-1]:
        assert source.quote
    for indicator in district.indicators:
        written = str(indicator.figure.magnitude)
        assert written in indicator.source.quote or (
            # English counts in the facts file, Chinese numerals for years
            indicator.source.quote.endswith("家") or "个" in indicator.source.quote
        )


def words(block: str) -> list[str]:
    """Names as words of a block: easier to check against the facts file than a list literal."""
    return block.split()


NAMED = {
    "industry": words("现代医药 集成电路 高端装备 人工智能 空天信息"),
    "park": words("""
        济南临港经济开发区 济南生物医药港 齐鲁光谷 济南轨道交通产业园 中交智慧产业园
        济南智能传感器产业园 济南超算科技城 济钢防务空天信息产业基地
    """),
    "enterprise": words("""
        齐鲁制药董家基地 宏济堂制药 国药器械 九如生物 思科捷 英华永业 大图激光 中车四方
        邦德激光 本源环境 七星实业 雷德数控 悦创液压 中晶芯源 岱微电子 满芯科技 晶众光电
        凌宇智控 云知声 卡特加特 中达安 济钢集团 西安羚控 北京星河动力 济钢空天
        迪诺利特新材料 派蒙智能 天兵科技 中科宇航
    """),
    "project": words("""
        齐鲁安替高端制剂园 宏济堂丸剂数智工厂 力诺制药注射剂 坤力疫苗 生物制造中试平台
        力诺瑞特新能源数智工厂 国家超算济南中心 济南人工智能算力中心 航空航天城
        山东大学晶体材料国家重点实验室 济南晶谷研究院
    """),
}


@pytest.mark.parametrize(
    ("kind", "name"), [(kind, name) for kind, names in NAMED.items() for name in names]
)
def test_every_named_entity_is_in_the_data(kind, name):
    assert name in TEXT  # the list above is the facts file's, not invented
    found = getattr(licheng_2025h1(), kind)(name)
    assert found.name == name


def test_the_district_itself():
    district = licheng_2025h1()
    assert (district.name, district.city, district.province) == ("历城区", "济南市", "山东省")
    assert (district.name_en, district.city_en, district.province_en) == (
        "Licheng District",
        "Jinan",
        "Shandong",
    )
    assert (
        district.park(district.main_platform).name_en == "Jinan Lingang Economic Development Zone"
    )
    assert district.lineup == "3+2"
    assert [term.zh for term in district.approach] == [
        "紧盯前沿", "龙头牵引", "创新培育", "打造生态", "沿链谋划", "集群发展",
    ]  # fmt: skip
    assert district.plan.zh == "工业强市三年行动计划"
    assert [term.zh for term in district.directions] == ["项目建设", "产业培育", "招商引资"]
    roles = {industry.name: set(industry.roles) for industry in district.industries}
    assert roles["集成电路"] == {"leading", "emerging"}
    assert roles["空天信息"] == {"leading", "future"}
    assert [i.name for i in district.industries if i.lineup == "3"] == [
        "现代医药",
        "高端装备",
        "集成电路",
    ]
    headlines = {industry.name: industry.headline.zh for industry in district.industries}
    assert headlines["现代医药"] == "蓄势待发"
    assert headlines["高端装备"] == "稳健增长"
    assert headlines["集成电路"] == "集聚发展"
    assert headlines["人工智能"] == "融合发展"
    # one digital factory serves two industries, and is one object
    assert "宏济堂丸剂数智工厂" in district.industry("现代医药").projects
    assert "宏济堂丸剂数智工厂" in district.industry("人工智能").projects
    assert district.project("济南晶谷研究院").kind == "research_base"


def test_no_derived_figures_are_stored():
    district = licheng_2025h1()
    assert all(not indicator.figure.derived for indicator in district.indicators)
    assert Decimal("186.4") not in {i.figure.magnitude for i in district.indicators}


def test_loaded_once_and_cached():
    assert licheng_2025h1() is licheng_2025h1()
    assert isinstance(licheng.datasets.licheng_2025h1(), District)
