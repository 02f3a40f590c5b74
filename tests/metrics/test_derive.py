from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

from licheng import DerivationKind, Figure, Measure, Period, Role, derive
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


D = Decimal


@pytest.fixture(scope="module")
def derived() -> dict[tuple[DerivationKind, str], object]:
    return {(item.kind, item.subject): item for item in derive(licheng_2025h1())}


def test_the_four_figures_a_reader_derives(derived: dict) -> None:
    assert set(derived) == {
        (DerivationKind.IMPLIED_TOTAL, "全部规上工业产值"),
        (DerivationKind.SHARE_OF_TOTAL, "高端装备"),
        (DerivationKind.IMPLIED_TOTAL, "全市算力"),
        (DerivationKind.PREVIOUS_VALUE, "高端装备"),
    }


def test_implied_total_output(derived: dict) -> None:
    total = derived[DerivationKind.IMPLIED_TOTAL, "全部规上工业产值"]
    assert total.figure.unit == "亿元"
    assert _below(total.figure.low_magnitude, D("52.15") / D("0.285"))
    assert _above(total.figure.high_magnitude, D("52.25") / D("0.275"))
    assert total.period == Period(2025, 1, 6)
    assert total.subject_en == "all above-designated-size industry output value"
    assert [i.figure for i in total.inputs] == [Figure("52.2", "亿元"), Figure("28", "percent")]


def test_equipment_share_of_the_total(derived: dict) -> None:
    item = derived[DerivationKind.SHARE_OF_TOTAL, "高端装备"]
    assert item.measure is Measure.OUTPUT_VALUE
    assert item.base == "全部规上工业产值"
    assert item.subject_en == "high-end equipment"
    assert round(item.figure.magnitude, 1) == D("19.7")
    # the lowest share: least equipment output over the largest possible total
    assert _below(item.figure.low_magnitude, D("36.65") / (D("52.25") / D("0.275")) * 100)


def test_city_computing_power_is_approximate(derived: dict) -> None:
    item = derived[DerivationKind.IMPLIED_TOTAL, "全市算力"]
    assert item.figure.approximate
    assert _below(item.figure.low_magnitude, D("2299.5") / D("0.445"))
    assert _above(item.figure.high_magnitude, D("2300.5") / D("0.435"))


def test_equipment_output_a_year_earlier(derived: dict) -> None:
    item = derived[DerivationKind.PREVIOUS_VALUE, "高端装备"]
    assert item.period == Period(2024, 1, 6)
    assert _below(item.figure.low_magnitude, D("36.65") / D("1.105"))
    assert _above(item.figure.high_magnitude, D("36.75") / D("1.095"))


def test_nothing_derived_without_shares_or_growth() -> None:
    district = licheng_2025h1()
    bare = attrs.evolve(
        district,
        industries=tuple(
            attrs.evolve(
                industry,
                indicators=tuple(
                    attrs.evolve(i, yoy=None)
                    for i in industry.indicators
                    if i.role is not Role.SHARE
                ),
            )
            for industry in district.industries
        ),
        parks=tuple(
            attrs.evolve(park, indicators=[i for i in park.indicators if i.role is not Role.SHARE])
            for park in district.parks
        ),
        indicators=tuple(i for i in district.own_indicators if i.role is not Role.SHARE),
    )
    assert derive(bare) == ()
