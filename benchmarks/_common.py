"""Shared timing helpers: medians of repeated runs, whole-process timings, one output format."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable


def median_time(function: Callable[[], object], *, repeat: int = 5, number: int = 1) -> float:
    """Median wall time in seconds of ``number`` calls, over ``repeat`` runs after a warm-up."""
    function()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            function()
        samples.append((time.perf_counter() - start) / number)
    return statistics.median(samples)


def process_time(code: str, *, repeat: int = 7) -> float:
    """Median wall time of a fresh interpreter running ``code``, after one warm-up run."""
    command = [sys.executable, "-c", code]
    subprocess.run(command, check=True)
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def report(name: str, measured: float, baseline: float, *, what: str, target: str) -> None:
    """Print one benchmark line: both times and their ratio (the number that matters)."""
    ratio = measured / baseline if baseline else float("inf")
    print(
        f"{name:<34} {measured * 1e3:10.3f} ms  vs {what:<28} {baseline * 1e3:10.3f} ms"
        f"  ratio {ratio:6.2f}x  (target {target})"
    )
