"""Score readings against an annotated reading set (SCHEMA.md's rule), in one place.

A fact counts as *read* when an indicator's span overlaps the fact's span with the same signed
value; then field by field: ``measure``, ``period``, ``role``, ``basis``, ``scope`` and
``accumulation`` must be equal, and ``subject`` is right when one name contains the other after
dropping 区/市/县/产业/行业/企业 suffixes. *Fully read* is value, measure, period and role right.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from licheng._model import Indicator
from licheng._read._reader import read

__all__ = ["FIELDS", "load_passages", "match_facts", "score"]

FIELDS = ("measure", "period", "role", "basis", "scope", "subject", "accumulation")
_SUFFIX = re.compile(r"(?:区|市|县|产业|行业|企业|產業|行業|企業|區|縣)+$")


def load_passages(path: Path) -> list[dict[str, Any]]:
    """The passages of a ``dev.jsonl`` file, one dict per line."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _same_value(indicator: Indicator, fact: Mapping[str, Any]) -> bool:
    value = Decimal(str(fact["value"]))
    mine = indicator.figure.magnitude
    if value == 0:
        return mine == 0
    return abs(mine - value) <= abs(value) * Decimal("0.0005")


def _name(name: str) -> str:
    return _SUFFIX.sub("", name.strip()) or name.strip()


def same_subject(mine: str, theirs: str) -> bool:
    """SCHEMA's rule: one name contains the other after dropping the suffixes."""
    left, right = _name(mine), _name(theirs)
    return bool(left) and bool(right) and (left in right or right in left)


def _field(indicator: Indicator, name: str) -> object:
    value = getattr(indicator, name)
    if name == "period":
        return None if value is None else str(value)
    return None if value is None else str(value)


def match_facts(
    passage: Mapping[str, Any], indicators: Iterable[Indicator]
) -> list[tuple[Mapping[str, Any], Indicator | None]]:
    """Each fact of a passage with the indicator that reads it (or None)."""
    pool = list(indicators)
    pairs: list[tuple[Mapping[str, Any], Indicator | None]] = []
    for fact in passage["facts"]:
        hit = None
        for indicator in pool:
            start, end = indicator.span or (0, 0)
            if start < fact["end"] and fact["start"] < end and _same_value(indicator, fact):
                hit = indicator
                break
        pairs.append((fact, hit))
    return pairs


def field_right(fact: Mapping[str, Any], indicator: Indicator, name: str) -> bool:
    """Whether one field of an indicator agrees with the fact."""
    if name == "subject":
        return same_subject(indicator.subject, fact["subject"])
    return bool(_field(indicator, name) == fact[name])


def score(
    passages: Iterable[Mapping[str, Any]],
) -> dict[str, dict[str, float | int]]:
    """Scores per group ("all", "hans", "hant"): counts and rates of read, full and each field."""
    totals: dict[str, dict[str, float | int]] = {}
    for passage in passages:
        reading = read(
            passage["text"], published=passage.get("published"), place=passage.get("place")
        )
        for group in ("all", passage.get("script", "hans")):
            row = totals.setdefault(group, {"facts": 0, "read": 0, "full": 0})
            for fact, hit in match_facts(passage, reading.indicators):
                row["facts"] += 1
                if hit is None:
                    continue
                row["read"] += 1
                right = {name: field_right(fact, hit, name) for name in FIELDS}
                for name, ok in right.items():
                    row[name] = row.get(name, 0) + int(ok)
                full = right["measure"] and right["period"] and right["role"]
                row["full"] += int(full)
    return totals


def _dataset_indicators(district: object) -> list[Any]:
    """Every distinct indicator of a district, wherever the model holds it."""
    import attrs  # only this helper walks the model

    found: dict[tuple[str, str, str], Any] = {}

    def walk(value: object) -> None:
        if isinstance(value, Indicator):
            found.setdefault((value.subject, str(value.measure), repr(value.figure)), value)
            return
        if isinstance(value, tuple):
            for element in value:
                walk(element)
            return
        if attrs.has(type(value)):
            for field in attrs.fields(type(value)):  # type: ignore[arg-type]
                walk(getattr(value, field.name))

    walk(district)
    return list(found.values())


def seed_agreement(
    text: str, district: object, *, published: str | None = None, place: str | None = None
) -> tuple[int, int, list[str]]:
    """How many of a data set's indicators reading its release gives back.

    An indicator is given back when a read figure has its value and unit and the same subject
    (SCHEMA's containment rule), role, measure (for a share or growth, the measure of its
    whole) and period. The old model gives every indicator a period; where the release states
    none for a stock or a running total the reader leaves it None, which counts as agreeing.
    Returns (given back, total, one line per indicator not given back).
    """
    from licheng._parse.normalize import translate  # the parser loads on first use
    from licheng._read._vocab import EXTRA_SIMPLIFY

    def simple(name: str) -> str:
        return translate(name).translate(EXTRA_SIMPLIFY)

    reading = read(text, published=published, place=place)
    gold = _dataset_indicators(district)
    hits = 0
    misses: list[str] = []
    for indicator in gold:
        measure = str(indicator.measure)
        role = str(indicator.role)
        best = ""
        for mine in reading.indicators:
            if mine.figure.magnitude != indicator.figure.magnitude:
                continue
            problems = []
            if not same_subject(simple(mine.subject), simple(indicator.subject)):
                problems.append(f"subject {mine.subject}")
            if str(mine.role) != role:
                problems.append(f"role {mine.role}")
            if str(mine.measure) != measure:
                problems.append(f"measure {mine.measure}")
            period_ok = mine.period == indicator.period or (
                mine.period is None and str(indicator.accumulation) in {"stock", "to_date"}
            )
            if not period_ok:
                problems.append(f"period {mine.period}")
            if not problems:
                best = "ok"
                break
            best = best or ", ".join(problems)
        if best == "ok":
            hits += 1
        else:
            misses.append(f"{indicator.subject} {measure} {indicator.figure}: {best or 'not read'}")
    return hits, len(gold), misses
