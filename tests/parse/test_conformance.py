"""Peers' own test cases (../shared/conformance), run against licheng's parser.

Every case in licheng's domain is a real assertion. Cases tagged ``outside:*`` are outside the
domain by the suite's README and are skipped with that reason. A summary of the pass rate per
file is printed at the end of the session (see ``conftest.py``).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest

from conftest import shared_data
from licheng import Figure, Mention, extract, parse_figure
from licheng._units import base_factor, conversion_factor
from licheng.exceptions import ParseError

CONFORMANCE = shared_data("conformance")

# The suite's unit codes, as licheng's registry names them.
UNITS = {
    "CNY": "元",
    "USD": "美元",
    "EUR": "欧元",
    "HKD": "港元",
    "TWD": "新台币",
    "JPY": "日元",
    "KRW": "韩元",
    "RUB": "卢布",
    "THB": "泰铢",
    "AUD": "澳元",
    "CHF": "瑞士法郎",
    "NGN": "奈拉",
    "BTC": "比特币",
    "m": "m",
    "cm": "cm",
    "km": "km",
    "g": "g",
    "kg": "kg",
    "ug": "ug",
    "t": "t",
    "mu": "亩",
    "ratio": "",
    "percentage_point": "percentage_point",
}
SCOPES = {
    "money": "[currency",
    "currency": "[currency",
    "percent": "percent",
    "dimension": "dimension",
    "number": "number",
}


def _cases() -> Iterator[Any]:
    for path in sorted(CONFORMANCE.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            outside = [tag for tag in case.get("tags", []) if tag.startswith("outside:")]
            marks = [pytest.mark.skip(reason=", ".join(outside))] if outside else []
            yield pytest.param(path.stem, case, id=case["id"], marks=marks)


def _in_unit(figure: Figure, unit: str | None, value: Decimal | None) -> Decimal | None:
    if value is None:
        return None
    target = "" if unit is None else UNITS[unit]
    return value * conversion_factor(figure.unit, target)


def _same(actual: Decimal | None, expected: str | None, rational: str | None = None) -> bool:
    if expected is None:
        return True
    if actual is None:
        return False
    if rational is not None:
        return abs(Fraction(actual) - Fraction(rational)) < Fraction(1, 10**20)
    return actual == Decimal(expected)


def check_figure(figure: Figure, expect: dict[str, Any], rational: str | None = None) -> None:
    unit = expect.get("unit")
    target = "" if unit is None else UNITS[unit]
    assert base_factor(figure.unit)[1] == base_factor(target)[1], (figure, expect)
    assert figure.qualifier.value == expect["qualifier"], (figure, expect)
    if expect["value"] is not None:
        assert _same(_in_unit(figure, unit, figure.magnitude), expect["value"], rational), (
            figure,
            expect,
        )
    if expect["low"] is not None:
        assert _same(_in_unit(figure, unit, figure.low_magnitude), expect["low"]), (figure, expect)
    if expect["high"] is not None:
        assert _same(_in_unit(figure, unit, figure.high_magnitude), expect["high"]), (
            figure,
            expect,
        )


def in_scope(mention: Mention, scope: str) -> bool:
    dimension = mention.figure.dimensionality
    unit = mention.figure.unit
    if scope in {"money", "currency"}:
        return dimension.startswith("[currency")
    if scope == "percent":
        return unit in {"percent", "percentage_point", "permille"}
    if scope == "dimension":
        return any(name in dimension for name in ("[length]", "[mass]")) and not is_money(mention)
    return dimension == "dimensionless" and unit not in {"percent", "permille"}


def is_money(mention: Mention) -> bool:
    return mention.figure.dimensionality.startswith("[currency")


@pytest.mark.parametrize(("source", "case"), list(_cases()))
def test_case(source: str, case: dict[str, Any], record: dict[str, list[bool]]) -> None:
    record.setdefault(source, [])
    record[source].append(False)
    if "expect_error" in case and case["mode"] == "strict":
        # Rejected only in cn2an's strict mode; licheng has no modes and need not reject these
        # (README), but reading them must give a figure or a ParseError, nothing else.
        with contextlib.suppress(ParseError):
            assert isinstance(parse_figure(case["input"]), Figure)
    elif "expect_error" in case:
        with pytest.raises(ParseError):
            parse_figure(case["input"])
    elif source == "cn2an":
        # cn2an returns bare numbers and drops 元/角/分: compare the value in base units.
        figure = parse_figure(case["input"])
        assert figure.magnitude * base_factor(figure.unit)[0] == Decimal(case["expect"]["value"])
    elif "expect" in case and "expect_mentions" not in case:
        figure = parse_figure(case["input"])
        expect = {"low": None, "high": None, "unit": None, "qualifier": "exact"} | case["expect"]
        check_figure(figure, expect, expect.get("exact_rational"))
    else:
        check_mentions(case)
    record[source][-1] = True


def check_mentions(case: dict[str, Any]) -> None:
    text = case["input"]
    mentions = extract(text)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.surface
    expected = case["expect_mentions"]
    scope = case["scope"]
    if scope == "number":
        # A bare-number scanner's cases: licheng reports figures with units, so it honours the
        # negatives (no number at all) and reads every expected numeral with the same value.
        numbers = [m for m in mentions if in_scope(m, scope)]
        if not expected:
            assert numbers == [], numbers
        for item in expected:
            figure = parse_figure(item["surface"])
            assert figure.magnitude * conversion_factor(figure.unit, "") == Decimal(item["value"])
            for mention in numbers:
                if mention.start == item["start"]:
                    value = mention.figure.magnitude * conversion_factor(mention.figure.unit, "")
                    assert value == Decimal(item["value"]), (mention, item)
        return
    ours = [m for m in mentions if in_scope(m, scope)]
    assert [(m.surface, m.start, m.end) for m in ours] == [
        (item["surface"], item["start"], item["end"]) for item in expected
    ]
    for mention, item in zip(ours, expected, strict=True):
        check_figure(mention.figure, item, item.get("exact_rational"))
