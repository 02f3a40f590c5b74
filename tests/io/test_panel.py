"""Panel: many releases as one collection, its long frame, checks and derivations across them."""

from __future__ import annotations

import copy
import pickle
from decimal import Decimal

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import licheng
from licheng import (
    DerivationKind,
    Figure,
    FindingKind,
    Indicator,
    Level,
    Panel,
    PanelEntry,
    Qualifier,
    Source,
)
from licheng.datasets import licheng_2025h1
from licheng.exceptions import ValidationError

pytest.importorskip("pandas")

A = Source("济南网", date="2023-07-04", url="http://a.example/1")
B = Source("中华网", date="2025-01-21", url="http://b.example/2")


def _json(panel: Panel) -> list[tuple[str, str]]:
    return [(e.region, licheng.to_json(e.indicator, indent=None)) for e in panel.entries]


def _level(value: str, period: str, source: Source, yoy: Figure | None = None) -> Indicator:
    figure = Figure(value, "亿元")
    return Indicator("output_value", figure, period, "规上工业", source=source, yoy=yoy)


# -- the collection ----------------------------------------------------------------------------


def test_from_districts_holds_every_figure_with_its_region() -> None:
    district = licheng_2025h1()
    panel = Panel.from_districts([district])
    assert len(panel) == len(district.indicators)
    assert panel.regions == ("历城区",)
    assert all(i.source is not None for i in panel)


def test_immutable_hashable_picklable() -> None:
    panel = Panel.from_districts([licheng_2025h1()])
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        panel.entries = ()  # type: ignore[misc]
    assert hash(panel) == hash(copy.deepcopy(panel))
    assert pickle.loads(pickle.dumps(panel)) == panel


def test_entries_must_be_entries() -> None:
    with pytest.raises(ValidationError, match=r"entries\[0\]: must be a PanelEntry"):
        Panel([_level("1", "2021", A)])
    with pytest.raises(ValidationError, match="region"):
        PanelEntry("", _level("1", "2021", A))


def test_select_and_series() -> None:
    panel = Panel(
        [
            PanelEntry("莱芜区", _level("1059", "2021", A)),
            PanelEntry("莱芜区", _level("705", "2012", A)),
            PanelEntry("章丘区", _level("1251", "2024", B)),
        ]
    )
    assert [str(i.period) for i in panel.series("规上工业", "output_value", region="莱芜区")] == [
        "2012",
        "2021",
    ]
    assert len(panel.select(region="章丘区")) == 1
    assert len(panel.select(period="2021")) == 1
    assert [str(p) for p in panel.periods] == ["2012", "2021", "2024"]
    assert len(panel + panel) == 6


# -- the frame ----------------------------------------------------------------------------------


def test_frame_columns_are_typed() -> None:
    frame = Panel.from_districts([licheng_2025h1()]).to_frame()
    for name in ("region", "subject", "subject_kind", "measure", "role", "scope", "period"):
        assert name in frame.columns
    assert str(frame["value"].dtype) == "float64"
    assert str(frame["span_start"].dtype) == "Int64"
    assert licheng.to_frame(Panel.from_districts([licheng_2025h1()])).equals(frame)


@pytest.mark.parametrize("loader", [getattr(licheng.datasets, n) for n in licheng.datasets.__all__])
def test_frame_round_trips_every_data_set_exactly(loader: object) -> None:
    panel = Panel.from_districts([loader()])  # type: ignore[operator]
    back = Panel.from_frame(panel.to_frame())
    assert _json(back) == _json(panel)


def test_frame_round_trips_a_reading() -> None:
    reading = licheng.read(
        "上半年,全区规上工业增加值同比增长8.1%。累计投资近40亿元打造了400余亩的济南智能传感器产业园,"
        "入驻企业30多家,占全区的28%。",
        published="2025-07-18",
        place="历城区 / 济南市",
    )
    panel = Panel.from_readings([reading])
    assert panel.regions == ("历城区",)
    back = Panel.from_frame(panel.to_frame())
    assert _json(back) == _json(panel)
    assert [e.indicator.span for e in back.entries] == [i.span for i in reading.indicators]


_DIGITS = st.decimals(min_value=Decimal("0.001"), max_value=Decimal(10**9), places=3)
_FIGURES = st.one_of(
    st.builds(lambda v: Figure(v, "亿元"), _DIGITS),
    st.builds(lambda v: Figure.odd(v.to_integral_value() + 1, "万元"), _DIGITS),
    st.builds(lambda a, b: Figure.between(min(a, b), max(a, b), "亿元"), _DIGITS, _DIGITS),
    st.builds(lambda v, q: Figure(v, "万元", q), _DIGITS, st.sampled_from(list(Qualifier)[:-1])),
)


@settings(max_examples=60, deadline=None)
@given(figures=st.lists(_FIGURES, min_size=1, max_size=5), period=st.sampled_from(["2025H1", None]))
def test_frame_round_trip_property(figures: list[Figure], period: str | None) -> None:
    panel = Panel(
        PanelEntry("区", Indicator("investment", figure, period, "某园区", span=(n, n + 3)))
        for n, figure in enumerate(figures)
    )
    back = Panel.from_frame(panel.to_frame())
    assert _json(back) == _json(panel)
    for a, b in zip(back, panel, strict=True):
        assert (a.figure.low_magnitude, a.figure.high_magnitude) == (
            b.figure.low_magnitude,
            b.figure.high_magnitude,
        )


def test_from_frame_names_missing_columns_and_bad_rows() -> None:
    frame = Panel.from_districts([licheng_2025h1()]).to_frame()
    with pytest.raises(ValidationError, match="missing columns"):
        Panel.from_frame(frame.drop(columns=["value_text"]))
    frame.loc[1, "value_text"] = "many"
    with pytest.raises(ValidationError, match="row 1: value_text"):
        Panel.from_frame(frame)


# -- checks across releases -------------------------------------------------------------------


def test_same_indicator_reported_differently_names_both_sources() -> None:
    panel = Panel(
        [
            PanelEntry("莱芜区", _level("36", "2023", A)),
            PanelEntry("莱芜区", _level("40", "2023", B)),
        ]
    )
    [finding] = panel.check()
    assert finding.kind is FindingKind.REPORTED_DIFFERENTLY
    assert "济南网" in finding.message
    assert "中华网" in finding.message


def test_agreeing_releases_and_one_source_give_no_finding() -> None:
    same = Panel(
        [PanelEntry("区", _level("36", "2023", A)), PanelEntry("区", _level("36.0", "2023", B))]
    )
    assert same.check() == ()
    one = Panel(
        [PanelEntry("区", _level("36", "2023", A)), PanelEntry("区", _level("40", "2023", A))]
    )
    assert one.check() == ()
    regions = Panel(
        [PanelEntry("甲", _level("36", "2023", A)), PanelEntry("乙", _level("40", "2023", B))]
    )
    assert regions.check() == ()


def test_growth_printed_in_one_release_against_levels_in_two() -> None:
    rate = Indicator(
        "output_value",
        Figure("10", "percent"),
        "2025",
        "规上工业",
        role="growth",
        basis="yoy",
        source=B,
    )
    entries = [_level("110", "2025", B), _level("120", "2024", A), rate]
    findings = Panel(PanelEntry("区", i) for i in entries).check()
    assert [f.kind for f in findings] == [FindingKind.GROWTH_CONTRADICTS_LEVELS]
    assert "济南网" in findings[0].message
    assert "中华网" in findings[0].message
    agreeing = [_level("132", "2025", B), _level("120", "2024", A), rate]
    assert Panel(PanelEntry("区", i) for i in agreeing).check() == ()


def test_share_whose_whole_is_printed_elsewhere() -> None:
    part = Indicator("output_value", Figure("52.2", "亿元"), "2025H1", "现代医药", source=A)
    share = Indicator(
        "output_value",
        Figure("28", "percent"),
        "2025H1",
        "现代医药",
        role="share",
        whole=Level("全部规上工业", "output_value"),
        source=A,
    )
    whole = Indicator("output_value", Figure("150", "亿元"), "2025H1", "规上工业", source=B)
    findings = Panel(PanelEntry("历城区", i) for i in (part, share, whole)).check()
    assert [f.kind for f in findings] == [FindingKind.REPORTED_TOTAL_CONTRADICTS_SHARE]
    assert "150" in findings[0].message
    fine = attrs.evolve(whole, figure=Figure("186", "亿元"))
    assert Panel(PanelEntry("历城区", i) for i in (part, share, fine)).check() == ()


# -- derivations ------------------------------------------------------------------------------


def test_levels_in_other_kinds_of_unit_make_no_series() -> None:
    # 4所 one year and 12个 the next, of one measure of counts: no growth, no check raises
    entries = [
        Indicator("facility_count", Figure("4", "所"), "2024", "高端装备", source=A),
        Indicator("facility_count", Figure("12", "个"), "2025", "高端装备", source=B),
        Indicator(
            "facility_count",
            Figure("10", "percent"),
            "2025",
            "高端装备",
            role="growth",
            basis="yoy",
            source=B,
        ),
    ]
    panel = Panel(PanelEntry("莱芜区", i) for i in entries)
    # the level a year before that 12个 and 10% imply, but no growth from 4所 to 12个
    assert [d.kind for d in panel.derive()] == [DerivationKind.PREVIOUS_VALUE]
    assert panel.check() == ()


def test_derivations_across_releases_carry_bounds() -> None:
    entries = [
        _level("705", "2012", A),
        _level("1000", "2020", A),
        _level("1059", "2021", B, yoy=Figure("5.9", "percent")),
    ]
    derived = Panel(PanelEntry("莱芜区", i) for i in entries).derive()
    kinds = [d.kind for d in derived]
    assert kinds == [
        DerivationKind.PREVIOUS_VALUE,
        DerivationKind.GROWTH_FROM_LEVELS,
        DerivationKind.CAGR,
    ]
    previous, growth, rate = (d.figure for d in derived)
    low, high = previous.low_magnitude, previous.high_magnitude
    assert low is not None
    assert high is not None
    assert low < previous.magnitude < high
    assert growth == licheng.yoy_growth(Figure("1059", "亿元"), Figure("1000", "亿元"))
    assert rate == licheng.cagr(Figure("705", "亿元"), Figure("1059", "亿元"), 9)
    assert all(d.figure.derived for d in derived)
