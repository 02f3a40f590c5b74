from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

from licheng import DerivationKind, Figure, Measure, Period, Role, derive
from licheng.datasets import licheng_2025h1

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
    assert total.figure.low_magnitude == D("52.15") / D("0.285")
    assert total.figure.high_magnitude == D("52.25") / D("0.275")
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
    assert item.figure.low_magnitude == pytest.approx(D("36.65") / (D("52.25") / D("0.275")) * 100)


def test_city_computing_power_is_approximate(derived: dict) -> None:
    item = derived[DerivationKind.IMPLIED_TOTAL, "全市算力"]
    assert item.figure.approximate
    assert item.figure.low_magnitude == D("2299.5") / D("0.445")
    assert item.figure.high_magnitude == D("2300.5") / D("0.435")


def test_equipment_output_a_year_earlier(derived: dict) -> None:
    item = derived[DerivationKind.PREVIOUS_VALUE, "高端装备"]
    assert item.period == Period(2024, 1, 6)
    assert item.figure.low_magnitude == D("36.65") / D("1.105")
    assert item.figure.high_magnitude == D("36.75") / D("1.095")


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
        indicators=tuple(i for i in district.own_indicators if i.role is not Role.SHARE),
    )
    assert derive(bare) == ()
