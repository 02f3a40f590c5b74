"""Hostile JSON: every input ends in a ValidationError (or a valid object), in bounded time
and memory; never another exception, a crash or a hang.

``tests/io/test_io.py`` covers malformed JSON and wrong types; this file adds sizes and shapes
meant to hurt: deep nesting, huge and tiny numbers, NaN and Infinity, strings of 10 MB,
duplicate keys, unit names that pint would evaluate. Memory is measured with ``tracemalloc``;
time is only guarded against a hang (the test returns), never asserted.
"""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from licheng import District, Figure, Indicator, from_json, to_json
from licheng._io import MOST_FAULTS
from licheng.datasets import licheng_2025h1
from licheng.exceptions import ValidationError

_MB = 1 << 20


def read(text: str | bytes, cls: type = District) -> tuple[object, int]:
    """``from_json(text, cls)``: the object or the ValidationError, and peak memory in bytes."""
    tracemalloc.start()
    try:
        try:
            result: object = from_json(text, cls)
        except ValidationError as error:
            result = error
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def refused(text: str | bytes, cls: type = District) -> ValidationError:
    result, _ = read(text, cls)
    assert isinstance(result, ValidationError), result
    assert isinstance(result, ValueError)
    return result


# -- numbers ---------------------------------------------------------------------------------

_FIGURE = '{{"value": {value}, "unit": "{unit}"}}'


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ('"1e999999999"', "out of range"),
        ('"-1e999999999"', "out of range"),
        ('"1e-999999999"', "out of range"),
        ('"1E+301"', "out of range"),
        ('"9' + "9" * 1_000 + '"', "too long"),
        ('"9' + "9" * 28 + '"', "significant digits"),
        ('"0.' + "0" * 1_000 + '1"', "too long"),
        ('"0.' + "0" * 300 + '1"', "out of range"),
        ('"NaN"', "not a finite number"),
        ('"sNaN"', "not a finite number"),
        ('"-Infinity"', "not a finite number"),
        ("NaN", "NaN is not a number JSON allows"),
        ("-Infinity", "-Infinity is not a number JSON allows"),
        ("1e999", "must be a decimal string"),
        ("1" + "0" * 5_000, "not valid JSON"),
    ],
    ids=lambda value: value[:16],
)
def test_huge_tiny_and_non_numbers(value: str, message: str) -> None:
    error = refused(_FIGURE.format(value=value, unit="元"), Figure)
    assert message in str(error)


@pytest.mark.parametrize("key", ["low", "high"])
def test_huge_bounds(key: str) -> None:
    text = f'{{"value": "5", "unit": "元", "{key}": "1e999999999"}}'
    assert refused(text, Figure).errors[0][0] == key


def test_the_largest_numbers_allowed_still_compute() -> None:
    # Up to 1E±300; conversions by a factor of up to 1E+50 stay in range.
    for value in ("9" * 28, "1E+250", "-1E+250", "1E-250", "0." + "9" * 28):
        figure = from_json(_FIGURE.format(value=f'"{value}"', unit="元"), Figure)
        assert figure.low_magnitude is not None
        assert figure.high_magnitude is not None
        assert from_json(to_json(figure), Figure) == figure
        assert figure.to("亿元").to("元") == figure
        assert hash(figure) == hash(from_json(to_json(figure), Figure))


# -- unit names: pint evaluates them ---------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "10**10**10 元",
        "元**99999999999",
        "万元**1000",
        "((万元**99)**99)**99",
        "(99**99)**99",
        "元**(1/2)",
        "1e400 元",
        "__import__('os')",
        "元/",
        "(",
        "-",
        '\\"x\\"',
        "\\ud800",
        "元*" * 5_000 + "元",
        "(" * 5_000 + "元" + ")" * 5_000,
    ],
    ids=lambda unit: unit[:16],
)
def test_hostile_unit_names(unit: str) -> None:
    error = refused(_FIGURE.format(value='"5"', unit=unit), Figure)
    assert error.errors[0][0] == "unit"
    assert len(str(error)) < 1_000


def test_compound_units_of_derived_figures_still_read() -> None:
    share = Figure("52.2", "亿元") / Figure("14", "家")
    assert from_json(to_json(share), Figure) == share
    assert from_json(_FIGURE.format(value='"5"', unit="元 ** 2 * 家**-1"), Figure).unit


# -- nesting, duplicates, sizes --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "[" * 200_000 + "]" * 200_000,
        '{"a":' * 100_000 + "1" + "}" * 100_000,
        '{"name": "x", "industries": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"name": "x", "industries": [' + "[" * 500 + "]" * 500 + "]}",
        '{"name": "x", "industries": [{"name": ' + '{"zh": ' * 500 + '"a"' + "}" * 500 + "}]}",
    ],
    ids=["lists", "objects", "lists-in-a-field", "500-deep-field", "500-deep-term"],
)
def test_deep_nesting(text: str) -> None:
    refused(text)


def test_duplicate_keys_at_any_depth() -> None:
    data = json.loads(to_json(licheng_2025h1()))
    text = json.dumps(data, ensure_ascii=False).replace('"unit": ', '"unit": "元", "unit": ', 1)
    assert "duplicate key 'unit'" in str(refused(text))


def _with(change: Callable[[dict], None]) -> str:
    data = json.loads(to_json(licheng_2025h1()))
    change(data)
    return json.dumps(data, ensure_ascii=False)


_BIG = "亿" * (10 * _MB // 3)  # 10 MB of UTF-8


def _figure(data: dict) -> dict:
    return data["industries"][0]["indicators"][0]["figure"]


@pytest.mark.parametrize(
    "change",
    [
        # The district's own figures may name any subject, so the fault is a wrong type beside.
        lambda d: d.update(name=_BIG, province=5),
        lambda d: d.update({_BIG: 1}),
        lambda d: d["parks"][0].update(kind=_BIG),
        lambda d: d["industries"][0]["indicators"][0].update(period=_BIG),
        lambda d: _figure(d).update(value=_BIG),
        lambda d: _figure(d).update(value="9" * (10 * _MB)),
        lambda d: _figure(d).update(unit=_BIG),
        lambda d: _figure(d).update(qualifier=_BIG),
        lambda d: _figure(d).update({_BIG: 1}),
        lambda d: d["industries"][0]["enterprises"].append(_BIG),
    ],
    ids=[
        "name",
        "key",
        "enum",
        "period",
        "value",
        "digits",
        "unit",
        "qualifier",
        "figure-key",
        "reference",
    ],
)
def test_ten_megabyte_strings(change: Callable[[dict], None]) -> None:
    text = _with(change)
    result, peak = read(text)
    assert isinstance(result, ValidationError)
    # A few copies of the input at most: the text, its parsed form, an error message.
    assert peak < 6 * len(text.encode())


def test_a_large_valid_file_reads_in_memory_proportional_to_its_size() -> None:
    district = licheng_2025h1()
    text = to_json(district)
    _, small = read(text)
    _, large = read(text.replace('"name": "历城区"', '"name": "' + "历" * 100_000 + '"', 1))
    assert large < small + 20 * 100_000 * 3


# -- anything at all -------------------------------------------------------------------------

_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.sampled_from(["52.2", "亿元", "家", "2025H1", "more_than", "output_value", "1e400"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=30,
)
_FIGURE_LIKE = st.fixed_dictionaries(
    {"value": _JSON, "unit": _JSON},
    optional={"qualifier": _JSON, "low": _JSON, "high": _JSON, "approximate": _JSON},
)


@given(_JSON | _FIGURE_LIKE, st.sampled_from([District, Indicator, Figure]))
def test_any_json_value_gives_an_object_or_a_validation_error(data: object, cls: type) -> None:
    result, _ = read(json.dumps(data), cls)
    assert isinstance(result, ValidationError | cls)


@given(st.binary(max_size=200) | st.text(max_size=200))
def test_any_text_gives_a_validation_error(text: bytes | str) -> None:
    result, _ = read(text, Figure)
    assert isinstance(result, ValidationError | Figure)


# -- the same faults straight through the constructor (found by this suite) ------------------


@pytest.mark.parametrize(
    ("value", "unit"),
    [
        ("1e999999999", "元"),  # was decimal.InvalidOperation
        ("9" * 100, "元"),  # was decimal.Overflow in normalize() at 10 MB of digits
        ("5", "元/"),  # was AssertionError from pint
        ("5", "元("),  # was tokenize.TokenError from pint
        ("5", "万元**1000"),  # was OverflowError
        ("5", "10**10**10 元"),  # was a hang: pint evaluated the power
    ],
)
def test_constructor_refuses_with_validation_error(value: str, unit: str) -> None:
    with pytest.raises(ValidationError):
        Figure(value, unit)


def _faulty_industries(count: int) -> str:
    return '{"name":"x","industries":[' + ",".join(["{}"] * count) + "]}"


def test_a_document_full_of_faults_gets_a_bounded_message() -> None:
    with pytest.raises(ValidationError) as caught:
        from_json(_faulty_industries(100_000), District)
    errors = caught.value.errors
    assert len(errors) <= MOST_FAULTS + 2
    assert errors[0] == ("industries[0].name", "required key missing")
    assert errors[-1][0] == "industries"
    assert f"{100_000 - MOST_FAULTS} more elements not checked" in errors[-1][1]
    assert len(str(caught.value)) < 10_000


def test_a_document_full_of_faults_costs_memory_like_its_json() -> None:
    text = _faulty_industries(100_000)
    tracemalloc.start()
    json.loads(text)
    plain = tracemalloc.get_traced_memory()[1]
    tracemalloc.reset_peak()
    with pytest.raises(ValidationError):
        from_json(text, District)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 3 * plain


def test_many_unknown_keys_are_counted_not_listed() -> None:
    text = '{"name":"x",' + ",".join(f'"k{i}":1' for i in range(2_000)) + "}"
    with pytest.raises(ValidationError) as caught:
        from_json(text, District)
    errors = caught.value.errors
    assert len(errors) == MOST_FAULTS + 1
    assert errors[-1] == ("", f"and {2_000 - MOST_FAULTS} more faults")


@pytest.mark.parametrize("cls", [object, dict[str, object], type(None)])
def test_a_type_licheng_cannot_read_is_a_validation_error(cls: object) -> None:
    with pytest.raises(ValidationError, match="cannot read"):
        from_json("{}", cls)  # type: ignore[arg-type]
