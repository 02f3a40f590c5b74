import pytest

from licheng import Project, ProjectKind, Term
from licheng.exceptions import ValidationError


def make():
    return Project(
        "天兵科技两级可回收火箭制造基地",
        kind="manufacturing_base",
        enterprises=["天兵科技"],
        features=[Term("基金+项目", "fund + project"), "两级可回收火箭"],
    )


def test_value_semantics(value_semantics):
    value_semantics(make, {"park": "济南临港经济开发区"})


def test_repr_is_a_constructor_call(repr_round_trip):
    repr_round_trip(make())
    repr_round_trip(Project("航空航天城"))


def test_conversions():
    project = make()
    assert project.kind is ProjectKind.MANUFACTURING_BASE
    assert project.features[1] == Term("两级可回收火箭")


def test_bad_kind_is_named():
    with pytest.raises(ValidationError) as caught:
        Project("x", kind="castle")
    assert caught.value.errors[0][0] == "kind"
    assert "expected one of" in caught.value.errors[0][1]
