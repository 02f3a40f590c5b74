"""licheng's own corpus: real-style sentences from statistical bulletins and press conferences.

``tests/corpus/sentences.txt`` holds each sentence (simplified and traditional script) with
every figure it should yield, in order. See the head of that file for the format.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from licheng import Basis, Qualifier, Role, extract

CORPUS = Path(__file__).parents[1] / "corpus" / "sentences.txt"


def _expected(line: str) -> dict[str, Any]:
    surface, role_basis, figure = (part.strip() for part in line.split("|"))
    role, _, basis = role_basis.partition("/")
    words = figure.split()
    magnitude, unit, *rest = words
    expect: dict[str, Any] = {
        "surface": surface,
        "role": Role(role),
        "basis": Basis(basis) if basis else None,
        "magnitude": Decimal(magnitude),
        "unit": "" if unit == "-" else unit,
        "qualifier": Qualifier.EXACT,
        "approximate": False,
    }
    for word in rest:
        if word.startswith(("low=", "high=")):
            name, _, value = word.partition("=")
            expect[name] = Decimal(value)
        elif word == "approx" and expect["qualifier"] is not Qualifier.EXACT:
            expect["approximate"] = True
        else:
            expect["qualifier"] = Qualifier(word)
            expect["approximate"] = word == "approx"
    return expect


def _corpus() -> list[Any]:
    cases: list[Any] = []
    current: tuple[str, list[dict[str, Any]]] | None = None
    for raw in CORPUS.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#") or not raw.strip():
            continue
        if raw.startswith("> "):
            current = (raw[2:], [])
            cases.append(current)
        else:
            assert current is not None
            current[1].append(_expected(raw))
    return [
        pytest.param(text, mentions, id=f"s{index:03d}")
        for index, (text, mentions) in enumerate(cases, 1)
    ]


CASES = _corpus()


def test_corpus_is_large_enough() -> None:
    traditional = [case for case in CASES if any(char in case.values[0] for char in "億萬個長點")]
    assert len(CASES) >= 150
    assert len(traditional) >= 30


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentence(text: str, expected: list[dict[str, Any]]) -> None:
    found = extract(text)
    assert [m.surface for m in found] == [e["surface"] for e in expected]
    for mention, expect in zip(found, expected, strict=True):
        figure = mention.figure
        assert text[mention.start : mention.end] == mention.surface
        assert (mention.role, mention.basis) == (expect["role"], expect["basis"]), mention
        assert (figure.magnitude, figure.unit) == (expect["magnitude"], expect["unit"]), mention
        assert figure.qualifier is expect["qualifier"], mention
        assert figure.approximate is expect["approximate"], mention
        if "low" in expect:
            assert figure.low_magnitude == expect["low"], mention
        if "high" in expect:
            assert figure.high_magnitude == expect["high"], mention
