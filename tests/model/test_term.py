import pytest

from licheng import Term
from licheng.exceptions import ValidationError


def make():
    return Term("碳化硅衬底", "silicon carbide substrate")


def test_value_semantics(value_semantics):
    value_semantics(make, {"en": "SiC substrate"})


def test_repr_is_a_constructor_call(repr_round_trip):
    repr_round_trip(make())
    repr_round_trip(Term("医美抗衰"))


def test_str_is_the_chinese():
    assert str(make()) == "碳化硅衬底"


@pytest.mark.parametrize(("zh", "en"), [("", None), (" ", None), (3, None), ("x", 3)])
def test_bad_terms(zh, en):
    with pytest.raises(ValidationError):
        Term(zh, en)
