"""Vectorised metrics against plain numpy doing the same arithmetic.

Run: ``python -m benchmarks metrics``, or ``python benchmarks/bench_metrics.py [rows] [repeats]``
(default 1,000,000 rows, best of 7). The baseline computes the same values and bounds for the
same inputs with bare numpy expressions (``part * 100 / share`` for the value and each bound),
without licheng's checks (zero and negative bounds, open sides, units, approximate flags). The
target ratio is 2x or less.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

import numpy as np

from licheng import FigureArray, implied_total, share


def _best(function: Callable[[], object], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def _inputs(rows: int) -> tuple[FigureArray, FigureArray, FigureArray]:
    rng = np.random.default_rng(2025)
    parts = rng.uniform(1.0, 100.0, rows).round(1)
    shares = rng.uniform(1.0, 99.0, rows).round(0)
    wholes = parts * rng.uniform(2.0, 10.0, rows).round(1)
    return (
        FigureArray(parts, "亿元", low=parts - 0.05, high=parts + 0.05),
        FigureArray(shares, "percent", low=shares - 0.5, high=shares + 0.5),
        FigureArray(wholes, "亿元", low=wholes - 0.05, high=wholes + 0.05),
    )


def main(argv: list[str] | None = None, *, quick: bool = False) -> dict[str, float]:
    """Time both metrics and both baselines; print and return the ratios."""
    args = (["1000", "1"] if quick else sys.argv[1:]) if argv is None else argv
    rows = int(args[0]) if args else 1_000_000
    repeats = int(args[1]) if len(args) > 1 else 7
    parts, shares, wholes = _inputs(rows)
    p, pl, ph = parts.values, parts.low, parts.high
    s, sl, sh = shares.values, shares.low, shares.high
    w, wl, wh = wholes.values, wholes.low, wholes.high

    cases: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {
        "implied_total": (
            lambda: implied_total(parts, shares),
            lambda: (p * 100.0 / s, pl * 100.0 / sh, ph * 100.0 / sl),
        ),
        "share": (
            lambda: share(parts, wholes),
            lambda: (p / w * 100.0, pl / wh * 100.0, ph / wl * 100.0),
        ),
    }
    ratios: dict[str, float] = {}
    print(f"{rows:,} rows, best of {repeats}")
    for name, (licheng_way, numpy_way) in cases.items():
        ours, theirs = _best(licheng_way, repeats), _best(numpy_way, repeats)
        ratios[name] = ours / theirs
        print(
            f"{name:>14}: licheng {ours * 1e3:8.2f} ms   numpy {theirs * 1e3:8.2f} ms   "
            f"ratio {ratios[name]:.2f}x"
        )
    return ratios


if __name__ == "__main__":
    main()
