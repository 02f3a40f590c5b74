"""Consistency checks: on the bundled data set, and on altered copies that plant each tension."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

from licheng import (
    Figure,
    Finding,
    FindingKind,
    Indicator,
    Measure,
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


BASE = "全部规上工业总产值"


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
    # * 历城区 2300P is 约44% of 全市算力总量: the only share of the city's computing power.
    # * 济南生物医药港 counts 26 settled quality enterprises (of all sizes and kinds: device
    #   makers, AI drug discovery, medical aesthetics), 现代医药 14 above-size pharmaceutical
    #   manufacturers (规上医药生产企业): the counts cover different enterprises, so 26 > 14 is
    #   not a contradiction and is not compared (see test_park_count_needs_the_same_coverage).
    # * 高端装备 grew 10%, but the release prints no H1 2024 level to test it against.
    assert check(district) == ()


def test_the_bundled_data_set_has_what_the_checks_need(district):
    medicine = district.industry("现代医药")
    assert medicine.indicator(Measure.SHARE).base == BASE
    assert medicine.indicator(Measure.ENTERPRISE_COUNT).scope is Scope.ABOVE_DESIGNATED_SIZE
    park = district.park("济南生物医药港")
    assert park.indicator(Measure.ENTERPRISE_COUNT).figure == Figure("26", "家")
    assert [i.name for i in district.industries if park.name in i.parks] == ["现代医药"]


# -- the acceptance numbers from the data set ---------------------------------------------


def test_acceptance_numbers_from_the_data_set(district):
    medicine = district.industry("现代医药")
    total = implied_total(
        medicine.indicator(Measure.OUTPUT_VALUE).figure, medicine.indicator(Measure.SHARE).figure
    )
    assert _below(total.low_magnitude, Decimal("52.15") / Decimal("0.285"))
    assert _above(total.high_magnitude, Decimal("52.25") / Decimal("0.275"))
    equipment = district.industry("高端装备").indicator(Measure.OUTPUT_VALUE)
    assert round(share(equipment.figure, total).magnitude, 1) == Decimal("19.7")
    computing = district.industry("人工智能")
    city = implied_total(
        computing.indicator(Measure.COMPUTING_POWER).figure,
        computing.indicator(Measure.SHARE).figure,
    )
    assert city.approximate
    assert _below(city.low_magnitude, Decimal("2299.5") / Decimal("0.445"))


# -- each tension, planted ----------------------------------------------------------------


def test_implied_totals_that_disagree(district):
    # Had the release said equipment's 36.7亿元 was half of all above-size output, the two
    # industries would imply totals of 73.4亿 and 186.4亿: their bounds do not meet.
    claim = Indicator("share", Figure("50", "percent"), "2025H1", "高端装备", base=BASE)
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
    claim = Indicator("share", Figure("80", "percent"), "2025H1", "高端装备", base=BASE)
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
