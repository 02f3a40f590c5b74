"""Every passage of the reading sets, read, is a district the model's tools take as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

import licheng
from conftest import shared_data
from licheng._read._score import load_passages
from licheng._report import build_report

READING = Path(__file__).resolve().parents[1] / "data" / "reading"
SETS = [shared_data("reading", "dev.jsonl"), *sorted(READING.glob("*.jsonl"))]


@pytest.mark.parametrize("path", SETS, ids=lambda path: path.stem)
def test_a_read_passage_is_checked_derived_and_reported(path: Path) -> None:
    # check(read(text).to_district()) raised UnitError on real text where one measure held
    # counts of different things; a read district must go through every tool
    for passage in load_passages(path):
        reading = licheng.read(
            passage["text"], published=passage.get("published"), place=passage.get("place")
        )
        district = reading.to_district()
        findings = licheng.check(district)
        licheng.derive(district)
        locale = "zh_Hant_TW" if passage["script"] == "hant" else "en_US"
        report = build_report(district, locale)
        assert report.findings == findings
        assert sum(len(i.indicators) for i in district.industries) <= len(reading.indicators)
