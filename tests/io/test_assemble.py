"""district_from_indicators: a flat list of read figures becomes a district the rest accepts."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from licheng import (
    District,
    Figure,
    Indicator,
    Level,
    ParkKind,
    check,
    derive,
    district_from_indicators,
    from_json,
    to_frame,
    to_json,
)
from licheng._cli import main
from licheng.exceptions import ValidationError
from test_io import indicators

WHOLE = Level("全部规上工业", "output_value")

# The figures a reader gets from the seed release, flat, in text order.
READ = (
    Indicator(
        "output_value", Figure("52.2", "亿元"), "2025H1", "现代医药", subject_kind="industry",
        span=(9, 15),
    ),
    Indicator(
        "output_value", Figure("28", "percent"), "2025H1", "现代医药", subject_kind="industry",
        role="share", whole=WHOLE,
    ),
    Indicator(
        "output_value", Figure("36.7", "亿元"), "2025H1", "高端装备", subject_kind="industry",
        yoy=Figure("10", "percent"),
    ),
    Indicator(
        "output_value", Figure("10", "percent"), "2025H1", "高端装备", subject_kind="industry",
        role="growth", basis="yoy",
    ),
    Indicator(
        "area", Figure.odd(400, "亩"), None, "济南智能传感器产业园", subject_kind="park",
        accumulation="stock",
    ),
    Indicator(
        "computing_power", Figure("2300", "PFLOPS"), "2025H1", "全区", subject_kind="region",
        accumulation="stock",
    ),
    Indicator(
        "computing_power", Figure("44", "percent", "approx"), "2025H1", "全区",
        subject_kind="region", accumulation="stock", role="share",
        whole=Level("全市", "computing_power"),
    ),
    Indicator("value_added", Figure("8.1", "percent"), "2025H1", "规上工业", role="growth",
              subject_kind="sector"),
    Indicator("revenue", Figure("12", "亿元"), "2025H1", "齐鲁制药", subject_kind="enterprise"),
    Indicator("investment", Figure("22", "亿元"), None, "坤力疫苗", subject_kind="project",
              accumulation="to_date"),
    Indicator("enterprise_count", Figure("14", "家"), "2025H1", "规上医药生产企业"),
)  # fmt: skip


@pytest.fixture(scope="module")
def district() -> District:
    return district_from_indicators(READ, name="历城区", city="济南市", province="山东省")


def test_every_figure_is_placed_once(district: District) -> None:
    assert sorted(map(repr, district.indicators)) == sorted(map(repr, READ))


def test_figures_sit_on_what_they_are_about(district: District) -> None:
    assert [i.name for i in district.industries] == ["现代医药", "高端装备"]
    assert len(district.industry("现代医药").indicators) == 2
    (park,) = district.parks
    assert (park.name, park.kind) == ("济南智能传感器产业园", ParkKind.INDUSTRIAL_PARK)
    assert district.enterprise("齐鲁制药").indicator("revenue").figure == Figure("12", "亿元")
    assert district.project("坤力疫苗").indicator("investment").period is None


def test_district_wide_figures_sit_on_the_district(district: District) -> None:
    subjects = [indicator.subject for indicator in district.own_indicators]
    # 全区 is the district; a sector and a figure of unknown kind stay with the district too.
    assert subjects == ["全区", "全区", "规上工业", "规上医药生产企业"]
    assert not any(industry.name == "全区" for industry in district.industries)


def test_the_district_name_itself_is_the_district() -> None:
    figure = Indicator("gdp", Figure("600", "亿元"), "2025H1", "历城区", subject_kind="industry")
    district = district_from_indicators([figure], name="历城区")
    assert district.industries == ()
    assert district.own_indicators == (figure,)


def test_park_kinds_follow_their_names() -> None:
    names = {"济南生物医药港": ParkKind.PORT, "济南晶谷": ParkKind.VALLEY, "某某": ParkKind.OTHER}
    figures = [
        Indicator("area", Figure("1", "亩"), None, name, subject_kind="park") for name in names
    ]
    district = district_from_indicators(figures, name="历城区")
    assert {park.name: park.kind for park in district.parks} == names


def test_only_indicators_are_accepted() -> None:
    with pytest.raises(ValidationError) as caught:
        district_from_indicators([READ[0], "52.2亿元"], name="历城区")
    assert caught.value.errors[0][0] == "indicators[1]"
    with pytest.raises(ValidationError):
        district_from_indicators(READ, name=" ")


def test_the_draft_passes_check_and_derive(district: District) -> None:
    assert check(district) == ()
    kinds = [(item.kind.value, item.subject) for item in derive(district)]
    assert ("implied_total", "全部规上工业产值") in kinds
    assert ("implied_total", "全市算力") in kinds
    assert ("previous_value", "高端装备") in kinds


def test_the_draft_round_trips_through_json_and_frames(district: District) -> None:
    assert from_json(to_json(district), District) == district
    frame = to_frame(district)
    assert len(frame) == len(READ)
    assert frame[frame.subject == "济南智能传感器产业园"].period.isna().all()


def test_the_draft_renders_as_a_report(
    district: District, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "draft.json"
    path.write_text(to_json(district), encoding="utf-8")
    status = main(["report", "--input", str(path), "--locale", "zh_CN"])  # in this process
    text, errors = capsys.readouterr()
    assert status == 0, errors
    for shown in ("52.2亿元", "齐鲁制药", "坤力疫苗", "规上工业 · 增加值增速", "2300P"):
        assert shown in text, shown


def test_a_figure_without_a_kind_follows_its_subject() -> None:
    unkinded = Indicator("enterprise_count", Figure("14", "家"), "2025H1", "现代医药")
    district = district_from_indicators([READ[0], unkinded], name="历城区")
    assert district.industry("现代医药").indicators == (READ[0], unkinded)
    assert district.own_indicators == ()


@settings(max_examples=40, deadline=None)
@given(st.lists(indicators(), max_size=8))
def test_every_figure_is_held_exactly_once(figures: list[Indicator]) -> None:
    district = district_from_indicators(figures, name="历城区")
    assert Counter(district.indicators) == Counter(figures)
    assert from_json(to_json(district), District) == district
