"""The blind held-out reading sets (the fourth to the eleventh) are well formed: spans, allowed
values, periods."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import licheng
from licheng.exceptions import ParseError

READING = Path(__file__).resolve().parents[1] / "data" / "reading"
MEASURES = READING / "measures.md"
# each set: its id prefix, the fewest facts it holds and its passages in each script (hans, hant)
SETS = {
    "holdout4": ("h4", 200, (9, 6)),
    "holdout5": ("h5", 250, (9, 6)),
    "holdout6": ("h6", 150, (8, 4)),
    "holdout7": ("h7", 240, (11, 4)),
    "holdout8": ("h8", 250, (10, 5)),
    "holdout9": ("h9", 240, (10, 6)),
    "holdout10": ("h10", 230, (10, 5)),
    "holdout11": ("h11", 150, (9, 3)),
    "holdout12": ("h12", 150, (5, 7)),
    "holdout13": ("h13", 150, (6, 3)),
    "holdout14": ("h14", 138, (9, 3)),
    "holdout15": ("h15", 129, (6, 4)),
    "holdout16": ("h16", 148, (9, 3)),
    "holdout17": ("h17", 168, (5, 6)),
}

ROLES = {"value", "share", "growth", "change_pp"}
KINDS = {"region", "sector", "industry", "park", "enterprise", "project", "other"}
SCOPES = {"above_designated_size", "all", "unspecified"}
ACCUMULATIONS = {"period", "to_date", "stock"}
BASES = {"yoy", "mom", None}
QUALIFIERS = {
    "exact",
    "approx",
    "nearly",
    "more_than",
    "at_least",
    "less_than",
    "at_most",
    "range",
}
FIELDS = [
    "start",
    "end",
    "surface",
    "value",
    "unit",
    "qualifier",
    "low",
    "high",
    "role",
    "subject",
    "subject_kind",
    "measure",
    "scope",
    "period",
    "accumulation",
    "basis",
    "of",
    "about",
]


def _passages(name: str) -> list[dict[str, Any]]:
    lines = (READING / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _codes() -> set[str]:
    text = MEASURES.read_text(encoding="utf-8")
    return set(re.findall(r"^\| `([a-z_]+)` \|", text, flags=re.MULTILINE))


@pytest.mark.parametrize("name", sorted(SETS))
def test_passages_have_their_metadata(name: str) -> None:
    passages = _passages(name)
    prefix = SETS[name][0]
    ids = [p["id"] for p in passages]
    assert len(ids) == len(set(ids))
    for p in passages:
        assert list(p) == ["id", "source", "published", "place", "script", "text", "facts"]
        assert re.fullmatch(prefix + r"[st]\d\d", p["id"])
        assert p["script"] == ("hans" if p["id"][len(prefix)] == "s" else "hant")
        assert p["published"] is None or re.fullmatch(r"\d{4}-\d\d-\d\d", p["published"])
        assert p["facts"]
    scripts = [p["script"] for p in passages]
    assert (scripts.count("hans"), scripts.count("hant")) == SETS[name][2]


@pytest.mark.parametrize(
    "passage", [p for name in sorted(SETS) for p in _passages(name)], ids=lambda p: p["id"]
)
def test_every_fact_spans_its_surface_and_uses_allowed_values(passage: dict[str, Any]) -> None:
    codes = _codes()
    text = passage["text"]
    previous = -1
    for fact in passage["facts"]:
        assert list(fact) == FIELDS
        assert text[fact["start"] : fact["end"]] == fact["surface"]
        assert fact["start"] > previous
        previous = fact["start"]
        assert fact["role"] in ROLES
        assert fact["subject_kind"] in KINDS
        assert fact["scope"] in SCOPES
        assert fact["accumulation"] in ACCUMULATIONS
        assert fact["basis"] in BASES
        assert fact["qualifier"] in QUALIFIERS
        assert fact["measure"] in codes or fact["measure"].startswith("other:")
        assert (fact["of"] is not None) == (fact["role"] == "share")
        assert (fact["about"] is not None) == (fact["role"] in {"growth", "change_pp"})
        if fact["role"] not in {"growth", "change_pp"}:
            assert fact["basis"] is None
        if fact["period"] is not None:
            assert str(licheng.Period.parse(fact["period"])) == fact["period"]


@pytest.mark.parametrize("name", sorted(SETS))
def test_most_figures_read_as_parse_figure_reads_them(name: str) -> None:
    agree = total = 0
    for passage in _passages(name):
        for fact in passage["facts"]:
            total += 1
            try:
                figure = licheng.parse_figure(fact["surface"])
            except ParseError:
                continue
            magnitude = abs(float(fact["value"]))
            same_value = abs(float(figure.magnitude) - magnitude) < 1e-9
            agree += same_value and figure.qualifier == fact["qualifier"]
    assert total >= SETS[name][1]
    assert agree >= 0.8 * total
