import pytest

from licheng import (
    Accumulation,
    EnterpriseRole,
    IndustryRole,
    Measure,
    ParkKind,
    ProjectKind,
    Scope,
)

VOCABULARIES = [Accumulation, EnterpriseRole, IndustryRole, Measure, ParkKind, ProjectKind, Scope]


@pytest.mark.parametrize("vocabulary", VOCABULARIES)
def test_every_member_has_both_labels(vocabulary):
    for member in vocabulary:
        assert member.zh
        assert member.en
        assert vocabulary(member.value) is member
        assert member == member.value  # a StrEnum compares with its string


@pytest.mark.parametrize(
    ("measure", "dimensionality", "accepted"),
    [
        ("output_value", "[currency_CNY]", True),
        ("output_value", "[currency_USD]", True),
        ("output_value", "[currency_CNY] / [length] ** 2", False),
        ("enterprise_count", "[enterprise]", True),
        ("enterprise_count", "[piece]", True),
        ("enterprise_count", "[length]", False),
        ("enterprise_count", "[computing]", False),
        ("area", "[length] ** 2", True),
        ("area", "[length]", False),
        ("computing_power", "[computing]", True),
        ("share", "dimensionless", True),
        ("growth", "[percentage_point]", False),
    ],
)
def test_measure_accepts(measure, dimensionality, accepted):
    assert Measure(measure).accepts(dimensionality) is accepted
