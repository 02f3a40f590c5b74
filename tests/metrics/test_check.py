"""Consistency checks: on the bundled data set, and on altered copies that plant each tension."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

import licheng
from licheng import (
    DerivationKind,
    District,
    Figure,
    Finding,
    FindingKind,
    Indicator,
    Industry,
    Level,
    Measure,
    Park,
    Scope,
    check,
    implied_total,
    share,
)
from licheng.datasets import licheng_2025h1

# Derived results keep the digits worth keeping and round their bounds outward: a value is
# near the exact formula, a lower bound at or below it, an upper bound at or above it.
_CLOSE = Decimal("1E-4")


def _near(actual: Decimal | None, exact: Decimal) -> bool:
    return actual is not None and abs(actual - exact) <= abs(exact) * _CLOSE + _CLOSE


def _below(actual: Decimal | None, exact: Decimal) -> bool:
    return actual is not None and actual <= exact and _near(actual, exact)


def _above(actual: Decimal | None, exact: Decimal) -> bool:
    return actual is not None and actual >= exact and _near(actual, exact)


WHOLE = Level("全部规上工业", "output_value")
BASE = WHOLE.name  # 全部规上工业产值


def _share(value, subject, **changes):
    return Indicator(
        "output_value",
        Figure(value, "percent"),
        "2025H1",
        subject,
        role="share",
        whole=WHOLE,
        **changes,
    )


@pytest.fixture(scope="module")
def district():
    return licheng_2025h1()


def _with_indicator(district, industry_name, indicator):
    industries = tuple(
        attrs.evolve(industry, indicators=(*industry.indicators, indicator))
        if industry.name == industry_name
        else industry
        for industry in district.industries
    )
    return attrs.evolve(district, industries=industries)


def _replace_indicator(district, industry_name, measure, **changes):
    def change(industry):
        if industry.name != industry_name:
            return industry
        indicators = tuple(
            attrs.evolve(indicator, **changes) if indicator.measure is measure else indicator
            for indicator in industry.indicators
        )
        return attrs.evolve(industry, indicators=indicators)

    return attrs.evolve(district, industries=tuple(map(change, district.industries)))


# -- the bundled data set ------------------------------------------------------------------


def test_the_bundled_data_set_runs_clean(district):
    # What check looked at, and why none of it is a tension:
    # * 现代医药 52.2亿元 is 28% of 全部规上工业总产值: the one printed share of that whole, so
    #   no second implied total to disagree with. 高端装备's 36.7亿元 is 19.3%–20.1% of the
    #   implied 183.0亿–190亿; with 28% that is 47.3%–48.6%, well under 100%.
    # * 济南超算科技城 2300P is 约44% of 全市算力: the only share of the city's computing power.
    # * 济南生物医药港 counts 26 settled quality enterprises (of all sizes and kinds: device
    #   makers, AI drug discovery, medical aesthetics), 现代医药 14 above-size pharmaceutical
    #   manufacturers (规上医药生产企业): the counts cover different enterprises, so 26 > 14 is
    #   not a contradiction and is not compared (see test_park_count_needs_the_same_coverage).
    # * 高端装备 grew 10%, but the release prints no H1 2024 level to test it against.
    assert check(district) == ()


def test_the_bundled_data_set_has_what_the_checks_need(district):
    medicine = district.industry("现代医药")
    assert medicine.indicator(Measure.OUTPUT_VALUE, role="share").whole_name == BASE
    assert medicine.indicator(Measure.ENTERPRISE_COUNT).scope is Scope.ABOVE_DESIGNATED_SIZE
    park = district.park("济南生物医药港")
    assert park.indicator(Measure.ENTERPRISE_COUNT).figure == Figure("26", "家")
    assert [i.name for i in district.industries if park.name in i.parks] == ["现代医药"]


# -- the acceptance numbers from the data set ---------------------------------------------


def test_acceptance_numbers_from_the_data_set(district):
    medicine = district.industry("现代医药")
    total = implied_total(
        medicine.indicator(Measure.OUTPUT_VALUE).figure,
        medicine.indicator(Measure.OUTPUT_VALUE, role="share").figure,
    )
    assert _below(total.low_magnitude, Decimal("52.15") / Decimal("0.285"))
    assert _above(total.high_magnitude, Decimal("52.25") / Decimal("0.275"))
    equipment = district.industry("高端装备").indicator(Measure.OUTPUT_VALUE)
    assert round(share(equipment.figure, total).magnitude, 1) == Decimal("19.7")
    science_city = district.park("济南超算科技城")
    city = implied_total(
        science_city.indicator(Measure.COMPUTING_POWER).figure,
        science_city.indicator(Measure.COMPUTING_POWER, role="share").figure,
    )
    assert city.approximate
    assert _below(city.low_magnitude, Decimal("2299.5") / Decimal("0.445"))


# -- each tension, planted ----------------------------------------------------------------


def test_implied_totals_that_disagree(district):
    # Had the release said equipment's 36.7亿元 was half of all above-size output, the two
    # industries would imply totals of 73.4亿 and 186.4亿: their bounds do not meet.
    claim = _share("50", "高端装备")
    findings = check(_with_indicator(district, "高端装备", claim))
    assert [f.kind for f in findings] == [FindingKind.IMPLIED_TOTALS_DISAGREE]
    finding = findings[0]
    assert "186.4亿元 [183.0, 190]" in finding.message
    assert "73.4" in finding.message
    assert [f.magnitude for f in finding.figures] == [
        Decimal("52.2"),
        Decimal(28),
        Decimal("36.7"),
        Decimal(50),
    ]
    medicine_total, equipment_total = finding.numbers
    assert medicine_total.high_magnitude < equipment_total.low_magnitude * 3
    assert _above(equipment_total.high_magnitude, Decimal("36.75") / Decimal("0.495"))


def test_shares_that_exceed_the_whole(district):
    # 集成电路 output of 150亿元 would be 79%–82% of the implied total: with 28% and 19.7% the
    # shares add up past 100% even at their lower bounds.
    output = Indicator("output_value", Figure("150", "亿元"), "2025H1", "集成电路")
    findings = check(_with_indicator(district, "集成电路", output))
    assert [f.kind for f in findings] == [FindingKind.SHARES_EXCEED_WHOLE]
    finding = findings[0]
    assert finding.message.startswith(f"shares of {BASE} (2025H1) add up to")
    assert "现代医药 28%" in finding.message
    assert "高端装备 19.69%" in finding.message
    summed = finding.numbers[-1]
    assert summed.unit == "percent"
    assert summed.low_magnitude > 100
    assert {i.subject for i in finding.indicators} == {"现代医药", "高端装备", "集成电路"}


def test_printed_shares_that_exceed_the_whole(district):
    claim = _share("80", "高端装备")
    kinds = [f.kind for f in check(_with_indicator(district, "高端装备", claim))]
    assert kinds == [FindingKind.IMPLIED_TOTALS_DISAGREE, FindingKind.SHARES_EXCEED_WHOLE]


def test_shares_written_the_old_way_are_still_checked(district):
    with pytest.warns(DeprecationWarning, match="deprecated"):
        claim = Indicator(
            "share", Figure("80", "percent"), "2025H1", "高端装备", base="全部规上工业产值"
        )
    kinds = [f.kind for f in check(_with_indicator(district, "高端装备", claim))]
    assert kinds == [FindingKind.IMPLIED_TOTALS_DISAGREE, FindingKind.SHARES_EXCEED_WHOLE]


def test_park_count_needs_the_same_coverage(district):
    # Were the 14 a count of all the industry's enterprises, 26 settled in one of its parks
    # would contradict it.
    altered = _replace_indicator(
        district, "现代医药", Measure.ENTERPRISE_COUNT, scope=Scope.UNSPECIFIED
    )
    findings = check(altered)
    assert [f.kind for f in findings] == [FindingKind.PARK_COUNT_EXCEEDS_INDUSTRY]
    assert "济南生物医药港 counts 26家" in findings[0].message
    assert "现代医药 counts 14家" in findings[0].message
    assert [f.magnitude for f in findings[0].figures] == [26, 14]


def test_growth_against_levels_a_year_apart(district):
    def with_2024(level):
        before = Indicator("output_value", Figure(level, "亿元"), "2024H1", "高端装备")
        return _with_indicator(district, "高端装备", before)

    assert check(with_2024("33.4")) == ()  # 9.57%–10.19%: meets the printed 9.5%–10.5%
    findings = check(with_2024("30"))
    assert [f.kind for f in findings] == [FindingKind.GROWTH_CONTRADICTS_LEVELS]
    (implied,) = findings[0].numbers
    assert _below(implied.low_magnitude, (Decimal("36.65") / Decimal("30.5") - 1) * 100)
    assert "but 10% [9.5, 10.5] is printed" in findings[0].message


def test_finding_is_a_frozen_value():
    finding = Finding("shares_exceed_whole", "x", [], [])
    assert finding.kind is FindingKind.SHARES_EXCEED_WHOLE
    assert finding.indicators == ()
    assert finding == Finding(FindingKind.SHARES_EXCEED_WHOLE, "x", (), ())
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        finding.message = "y"  # type: ignore[misc]
    with pytest.raises(ValueError, match="nonsense"):
        Finding("nonsense", "x", (), ())


# -- a printed total against the total a share implies ------------------------------------


def _with_own(district, *indicators):
    return attrs.evolve(district, indicators=(*district.own_indicators, *indicators))


def _total(value, subject="规上工业", **changes):
    return Indicator("output_value", Figure(value, "亿元"), "2025H1", subject, **changes)


@pytest.mark.parametrize("subject", ["规上工业", "全部规上工业"])
def test_a_printed_total_within_the_implied_bounds_is_no_finding(district, subject):
    # 52.2亿元 at 28% implies 183.0亿–190.0亿; a printed 186.5亿 lies inside.
    assert check(_with_own(district, _total("186.5", subject))) == ()


def test_a_printed_total_outside_the_implied_bounds_is_a_finding(district):
    reported = _total("210.3")
    findings = check(_with_own(district, reported))
    assert [f.kind for f in findings] == [FindingKind.REPORTED_TOTAL_CONTRADICTS_SHARE]
    finding = findings[0]
    assert finding.indicators[-1] == reported
    assert "186.4亿元 [183.0, 190]" in finding.message
    assert "but 210.3亿元 [210.2, 210.4] is printed" in finding.message
    (implied,) = finding.numbers
    assert implied.high_magnitude < Decimal("210.25")


def test_a_printed_total_of_another_period_or_measure_is_not_compared(district):
    other_period = Indicator("output_value", Figure("420", "亿元"), "2024", "规上工业")
    other_measure = Indicator("revenue", Figure("420", "亿元"), "2025H1", "规上工业")
    assert check(_with_own(district, other_period, other_measure)) == ()


# -- a printed growth rate against two printed levels -------------------------------------


def _revenue(value, period):
    return Indicator("revenue", Figure(value, "亿元"), period, "规上工业", subject_kind="sector")


def _revenue_growth(value, **changes):
    fields = {"role": "growth", "basis": "yoy", "subject_kind": "sector", **changes}
    return Indicator("revenue", Figure(value, "percent"), "2025H1", "规上工业", **fields)


def test_a_growth_rate_the_levels_bear_out_is_no_finding(district):
    # 1234.5亿 against 1150.2亿 a year earlier is 7.31%–7.34%; 7.3% printed is [7.25, 7.35].
    levels = (_revenue("1234.5", "2025H1"), _revenue("1150.2", "2024H1"))
    assert check(_with_own(district, *levels, _revenue_growth("7.3"))) == ()


def test_a_growth_rate_the_levels_rule_out_is_a_finding(district):
    levels = (_revenue("1234.5", "2025H1"), _revenue("1150.2", "2024H1"))
    rate = _revenue_growth("9.1")
    findings = check(_with_own(district, *levels, rate))
    assert [f.kind for f in findings] == [FindingKind.GROWTH_CONTRADICTS_LEVELS]
    assert findings[0].indicators == (rate, *levels)
    (implied,) = findings[0].numbers
    assert _below(implied.low_magnitude, (Decimal("1234.45") / Decimal("1150.25") - 1) * 100)
    assert "but 9.1% [9.05, 9.15] is printed" in findings[0].message


def test_a_growth_rate_names_its_level_through_about(district):
    levels = (_revenue("1234.5", "2025H1"), _revenue("1150.2", "2024H1"))
    rate = attrs.evolve(
        _revenue_growth("9.1"), subject="历城区", about=Level("规上工业", "revenue")
    )
    assert len(check(_with_own(district, *levels, rate))) == 1


@pytest.mark.parametrize(
    "changes",
    [
        {"basis": "mom"},  # against the previous period, not a year earlier
        {"basis": None},  # basis unstated: not assumed to be year on year
    ],
)
def test_a_growth_rate_on_another_basis_is_not_compared(district, changes):
    levels = (_revenue("1234.5", "2025H1"), _revenue("1150.2", "2024H1"))
    assert check(_with_own(district, *levels, _revenue_growth("9.1", **changes))) == ()


def test_real_growth_of_value_added_is_not_compared_with_nominal_levels(district):
    # Value added grows 8.1% at comparable prices while its current-price levels differ more.
    levels = (
        Indicator("value_added", Figure("310.4", "亿元"), "2025H1", "规上工业"),
        Indicator("value_added", Figure("280.2", "亿元"), "2024H1", "规上工业"),
    )
    rate = Indicator(
        "value_added", Figure("8.1", "percent"), "2025H1", "规上工业", role="growth", basis="yoy"
    )
    assert check(_with_own(district, *levels, rate)) == ()


@pytest.mark.parametrize(
    ("locale", "name"),
    [("zh_Hans_CN", "公布总量与占比不符"), ("en_US", "printed total contradicts a share")],
)
def test_findings_are_named_in_the_report_locale(district, locale, name):
    from licheng._report import build_report

    report = build_report(_with_own(district, _total("210.3")), locale)
    rows = report.sections[-1].rows
    assert [row.item for row in rows] == [name]
    assert FindingKind.REPORTED_TOTAL_CONTRADICTS_SHARE.zh == "公布总量与占比不符"


def test_figures_of_no_stated_period_are_compared_among_themselves():
    # Two parks' areas and their shares of the whole district's land, at no stated time.
    land = Level("全区", "area")

    def park(name, area, percent):
        level = Indicator("area", Figure(area, "亩"), None, name, accumulation="stock")
        part = attrs.evolve(level, figure=Figure(percent, "percent"), role="share", whole=land)
        return level, part

    district = District(
        "历城区",
        parks=[
            Park("甲园", indicators=park("甲园", "400", "10")),
            Park("乙园", indicators=park("乙园", "900", "10")),
        ],
    )
    (finding,) = check(district)
    assert finding.kind is FindingKind.IMPLIED_TOTALS_DISAGREE
    assert finding.message.startswith("全区面积: 甲园 implies")
    assert "None" not in finding.message


def test_levels_of_one_measure_in_other_kinds_of_unit_are_not_compared(district):
    # a measure of counts holds sites and schools, a level may be 件 where the year before is 吨
    # (misread or not): no growth, share or total is worked between them, and check never raises
    levels = (
        Indicator("other:产品", Figure("1234", "件"), "2025H1", "规上工业", subject_kind="sector"),
        Indicator(
            "other:产品", Figure("1150", "万吨"), "2024H1", "规上工业", subject_kind="sector"
        ),
    )
    rate = Indicator(
        "other:产品", Figure("9.1", "percent"), "2025H1", "规上工业", role="growth", basis="yoy"
    )
    assert check(_with_own(district, *levels, rate)) == ()
    sites = Indicator("facility_count", Figure("12", "个"), "2025H1", "高端装备")
    schools = Indicator("facility_count", Figure("4", "所"), "2025H1", "现代医药")
    share_of_sites = Indicator(
        "facility_count",
        Figure("30", "percent"),
        "2025H1",
        "高端装备",
        role="share",
        whole=Level("全区", "facility_count"),
    )
    counts = District(
        "历城区",
        industries=(
            Industry("高端装备", indicators=(sites, share_of_sites)),
            Industry("现代医药", indicators=(schools,)),
        ),
    )
    # the total the share implies, but no share of it for the schools
    assert [d.kind for d in licheng.derive(counts)] == [DerivationKind.IMPLIED_TOTAL]
    assert check(counts) == ()


def test_a_growth_held_on_a_level_is_not_checked_against_a_level_in_another_kind_of_unit():
    # the rate a level carries (yoy=) meets the year before's level in 万吨: this raised UnitError
    now = Indicator(
        "other:产品", Figure("1234", "件"), "2025H1", "规上工业", yoy=Figure("9.1", "percent")
    )
    before = Indicator("other:产品", Figure("1150", "万吨"), "2024H1", "规上工业")
    district = District("历城区", industries=(Industry("规上工业", indicators=(now, before)),))
    assert check(district) == ()
    same_unit = attrs.evolve(before, figure=Figure("1150", "件"))
    (finding,) = check(
        attrs.evolve(district, industries=(Industry("规上工业", indicators=(now, same_unit)),))
    )
    assert finding.kind is FindingKind.GROWTH_CONTRADICTS_LEVELS
