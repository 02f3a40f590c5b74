import pytest

from licheng import Enterprise, EnterpriseRole, Fact, Figure
from licheng.exceptions import NotFoundError, ValidationError


def make():
    return Enterprise(
        "邦德激光",
        name_en="Bond Laser",
        industries=["高端装备"],
        facts=[
            Fact(
                "1000瓦及以上激光切割装备",
                measure="power",
                figure=Figure("1000", "W", "at_least"),
            )
        ],
    )


def test_value_semantics(value_semantics):
    value_semantics(make, {"name": "大图激光"})


def test_repr_is_a_constructor_call(repr_round_trip):
    repr_round_trip(make())
    repr_round_trip(Enterprise("本源环境", roles=["local", "fast_growing"]))


def test_roles_are_enums_and_lists_tuples():
    enterprise = Enterprise("本源环境", roles=["local"], industries=["高端装备"])
    assert enterprise.roles == (EnterpriseRole.LOCAL,)
    assert enterprise.industries == ("高端装备",)


def test_a_notable_fact_is_data():
    (fact,) = make().facts
    assert fact.figure.value.to("kW").magnitude == 1
    assert fact.figure.high is None


def test_indicator_lookup_without_one():
    with pytest.raises(NotFoundError, match="邦德激光 has no output_value indicator"):
        make().indicator("output_value")
    with pytest.raises(KeyError):
        make().indicator("output_value")


@pytest.mark.parametrize(
    ("arguments", "path"),
    [
        ({"name": ""}, "name"),
        ({"name": "x", "roles": ["boss"]}, "roles[0]"),
        ({"name": "x", "roles": "leader"}, "roles"),
        ({"name": "x", "industries": "高端装备"}, "industries"),
        ({"name": "x", "facts": ["a fact"]}, "facts[0]"),
    ],
)
def test_bad_fields_are_named(arguments, path):
    with pytest.raises(ValidationError) as caught:
        Enterprise(**arguments)
    assert caught.value.errors[0][0] == path
