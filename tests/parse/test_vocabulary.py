import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import shared_data
from licheng import (
    Accumulation,
    EnterpriseRole,
    FindingKind,
    IndustryRole,
    Measure,
    OtherMeasure,
    ParkKind,
    ProjectKind,
    Scope,
    SubjectKind,
    parse_measure,
)
from licheng.exceptions import ParseError, ValidationError

VOCABULARIES = [
    Accumulation,
    EnterpriseRole,
    FindingKind,
    IndustryRole,
    Measure,
    ParkKind,
    ProjectKind,
    Scope,
    SubjectKind,
]


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


def _schema_codes() -> list[str]:
    text = shared_data("reading", "measures.md").read_text(encoding="utf-8")
    return re.findall(r"^\| `([a-z_]+)` \|", text, flags=re.MULTILINE)


def test_every_code_of_the_reading_schema_is_a_measure():
    codes = _schema_codes()
    assert len(codes) > 20
    for code in codes:
        measure = parse_measure(code)
        assert measure is Measure(code)
        assert measure.code == code
        assert not measure.deprecated


def test_the_schema_subject_kinds_are_the_subject_kinds():
    assert [kind.value for kind in SubjectKind] == [
        "region", "sector", "industry", "park", "enterprise", "project", "other",
    ]  # fmt: skip


@given(st.text(min_size=1, max_size=12).filter(lambda word: word == word.strip()))
def test_a_measure_outside_the_list_keeps_its_word(word):
    measure = parse_measure(f"other:{word}")
    assert measure == OtherMeasure(word)
    assert parse_measure(measure.code) == measure
    assert measure.zh == word
    assert measure.accepts("[currency_CNY]")


@pytest.mark.parametrize("code", ["", "gpd", "other:", "other: 研发", "Other:研发"])
def test_a_code_that_names_no_measure_is_an_error(code):
    with pytest.raises(ParseError) as caught:
        parse_measure(code)
    assert caught.value.text == code


def test_an_other_measure_needs_a_word():
    with pytest.raises(ValidationError):
        OtherMeasure(" ")


@pytest.mark.parametrize("code", ["share", "growth"])
def test_the_old_role_measures_are_deprecated(code):
    with pytest.warns(DeprecationWarning, match="is deprecated"):
        measure = parse_measure(code)
    assert measure.deprecated
