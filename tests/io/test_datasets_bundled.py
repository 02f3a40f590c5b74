"""The bundled data sets: every figure sourced and quoted; each renders; together they agree."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

import pytest

import licheng
from licheng import District, Panel, datasets
from licheng._cli import main

LOADERS: list[Callable[[], District]] = [getattr(datasets, name) for name in datasets.__all__]


def test_three_data_sets_at_least() -> None:
    assert len(LOADERS) >= 3


@pytest.mark.parametrize("loader", LOADERS, ids=lambda f: f.__name__)
def test_every_figure_has_its_sentence_and_address(loader: Callable[[], District]) -> None:
    district = loader()
    assert district.indicators
    for indicator in district.indicators:
        source = indicator.source or district.source
        assert source is not None
        assert source.quote, indicator
        if loader is not datasets.licheng_2025h1:  # the first data set names its outlet only
            assert source.url
            assert source.url.startswith("http")
        # The number as the quote writes it: 52.2 in 52.2亿元, 30 in 30多家.
        written = f"{indicator.figure.magnitude.normalize():f}"
        digits = re.findall(r"\d+(?:\.\d+)?", source.quote)
        assert any(Decimal(d) == Decimal(written) for d in digits), (written, source.quote)


@pytest.mark.parametrize("name", datasets.__all__)
def test_report_renders_each(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["report", "--dataset", name])
    out = capsys.readouterr().out
    assert status == 0
    district = getattr(datasets, name)()
    assert district.name in out
    assert str(district.indicators[0].figure.magnitude) in out


@pytest.mark.parametrize("loader", LOADERS, ids=lambda f: f.__name__)
def test_each_passes_check(loader: Callable[[], District]) -> None:
    assert licheng.check(loader()) == ()


def test_a_panel_of_the_three_passes_check_and_derives_across_releases() -> None:
    panel = Panel.from_districts(loader() for loader in LOADERS)
    assert set(panel.regions) == {"历城区", "章丘区", "莱芜区"}
    assert panel.check() == ()
    derived = {(d.kind.value, d.subject) for d in panel.derive()}
    # Laiwu's 2012 and 2021 levels, printed in 2022, give the CAGRs the release prints.
    assert ("cagr", "规上工业") in derived
    assert ("cagr", "制造业") in derived
    [rate] = [d for d in panel.derive() if d.kind.value == "cagr" and d.subject == "规上工业"]
    low, high = rate.figure.low_magnitude, rate.figure.high_magnitude
    assert low is not None
    assert high is not None
    assert low <= Decimal("4.65")
    assert high >= Decimal("4.55")  # the printed 4.6% lies within the bounds


def test_the_data_set_files_hold_facts_not_pages() -> None:
    from importlib.resources import files

    for name in ("zhangqiu-2025-h1.json", "laiwu-2022-2025.json"):
        text = files("licheng.datasets").joinpath(name).read_text(encoding="utf-8")
        quotes = re.findall(r'"quote": "([^"]*)"', text)
        assert quotes
        assert max(len(q) for q in quotes) < 300  # sentences, not whole pages
