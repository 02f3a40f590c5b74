"""The metrics' overloads, checked by mypy: ``assert_type`` here fails the type check if wrong.

``test_this_file_type_checks`` runs mypy (strict, the project's settings) on this very file;
``test_a_wrong_type_fails_the_check`` makes sure that check can fail. The other tests run the
same calls, so the types claimed are the types returned.
"""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import assert_type

import numpy as np

from licheng import (
    Q_,
    Figure,
    FigureArray,
    cagr,
    contribution,
    implied_total,
    percentage_point_change,
    previous_value,
    share,
    yoy_growth,
)
from licheng._units import Quantity

REPO = Path(__file__).resolve().parents[2]
OUTPUT = Figure("52.2", "亿元")
RATE = Figure("28", "percent")
ROWS = FigureArray([52.2, 36.7], "亿元")
RATES = FigureArray([28.0, 10.0], "percent")


def _mypy(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", str(path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )


def test_scalars_give_a_figure() -> None:
    assert isinstance(assert_type(share(OUTPUT, Figure("186.4", "亿元")), Figure), Figure)
    assert isinstance(assert_type(implied_total(OUTPUT, RATE), Figure), Figure)
    assert isinstance(assert_type(yoy_growth(Decimal("52.2"), Decimal("47.5")), Figure), Figure)
    assert isinstance(assert_type(previous_value(OUTPUT, 0.1), Figure), Figure)
    assert isinstance(assert_type(cagr(OUTPUT, Figure("60", "亿元"), 2), Figure), Figure)
    assert isinstance(assert_type(percentage_point_change(RATE, RATE), Figure), Figure)
    assert isinstance(assert_type(contribution(RATE, OUTPUT, OUTPUT), Figure), Figure)
    assert isinstance(assert_type(share(1, 4), Figure), Figure)


def test_an_array_on_either_side_gives_an_array() -> None:
    assert isinstance(assert_type(share(ROWS, OUTPUT), FigureArray), FigureArray)
    assert isinstance(assert_type(share(OUTPUT, ROWS), FigureArray), FigureArray)
    assert isinstance(assert_type(implied_total(ROWS, RATE), FigureArray), FigureArray)
    assert isinstance(assert_type(implied_total(OUTPUT, RATES), FigureArray), FigureArray)
    assert isinstance(assert_type(yoy_growth(ROWS, OUTPUT), FigureArray), FigureArray)
    assert isinstance(assert_type(previous_value(OUTPUT, RATES), FigureArray), FigureArray)
    assert isinstance(assert_type(cagr(ROWS, OUTPUT, 2), FigureArray), FigureArray)
    assert isinstance(assert_type(cagr(OUTPUT, ROWS, 2), FigureArray), FigureArray)
    changes = percentage_point_change(RATES, RATE)
    assert isinstance(assert_type(changes, FigureArray), FigureArray)
    pulls = contribution(RATES, OUTPUT, OUTPUT)
    assert isinstance(assert_type(pulls, FigureArray), FigureArray)
    assert isinstance(assert_type(contribution(RATE, ROWS, OUTPUT), FigureArray), FigureArray)


def test_a_quantity_may_hold_either() -> None:
    quantity: Quantity = Q_(np.array([52.2, 36.7]), "亿元")
    result = assert_type(implied_total(quantity, RATE), Figure | FigureArray)
    assert isinstance(result, FigureArray)  # numpy magnitudes go the vectorised way
    single = assert_type(share(Q_(36.7, "亿元"), OUTPUT), Figure | FigureArray)
    assert isinstance(single, Figure)


def test_this_file_type_checks() -> None:
    result = _mypy(Path(__file__))
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_wrong_type_fails_the_check(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.py"
    wrong.write_text(
        "from typing import assert_type\n"
        "from licheng import Figure, FigureArray, share\n"
        'assert_type(share(Figure("1", "亿元"), Figure("2", "亿元")), FigureArray)\n',
        encoding="utf-8",
    )
    result = _mypy(wrong)
    assert result.returncode == 1
    assert "assert-type" in result.stdout
