from __future__ import annotations

import pickle

import pytest

from licheng import exceptions
from licheng.exceptions import (
    DivisionByZeroError,
    LichengError,
    ParseError,
    UndefinedUnitError,
    UnitError,
    ValidationError,
)


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (ParseError, ValueError),
        (UnitError, TypeError),
        (UndefinedUnitError, ValueError),
        (ValidationError, ValueError),
        (DivisionByZeroError, ZeroDivisionError),
    ],
)
def test_every_error_is_also_a_builtin(error: type[Exception], builtin: type[Exception]) -> None:
    assert issubclass(error, LichengError)
    assert issubclass(error, builtin)


def test_all_public_errors_derive_from_the_root() -> None:
    for name in exceptions.__all__:
        kind = getattr(exceptions, name)
        if issubclass(kind, Warning):
            continue
        assert issubclass(kind, LichengError)


def test_parse_error_names_text_and_position() -> None:
    error = ParseError("unexpected character", text="52.2亿x", position=5)
    assert error.text == "52.2亿x"
    assert error.position == 5
    assert "position 5" in str(error)
    assert "'52.2亿x'" in str(error)
    assert "position" not in str(ParseError("empty", text=""))


def test_validation_error_lists_every_problem() -> None:
    error = ValidationError([("a.b", "bad"), ("c[0]", "worse")])
    assert error.errors == (("a.b", "bad"), ("c[0]", "worse"))
    assert str(error) == "a.b: bad\nc[0]: worse"


@pytest.mark.parametrize(
    "error",
    [
        ParseError("bad", text="x", position=0),
        ValidationError([("p", "m")]),
        UnitError("u"),
        DivisionByZeroError("z"),
    ],
)
def test_errors_pickle(error: LichengError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
