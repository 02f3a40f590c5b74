"""Time licheng's JSON reader on 100,000 indicators against plain ``json.loads`` of the same text.

Also a hostile document: 400,000 faulty industries (``{}``), whose faults ``from_json`` must
report in bounded time and memory (the first 50 and a count), against ``json.loads`` of it.

Run from the repository: ``python -m benchmarks io``.
"""

from __future__ import annotations

import contextlib
import json
import time
import tracemalloc

import licheng
from licheng import District, Enterprise, Figure, Indicator, Industry, Park
from licheng.exceptions import ValidationError

SIZE = 100_000


def build(size: int = SIZE) -> District:
    """A district whose industries and parks hold ``size`` indicators of varied measures."""
    samples = [
        ("output_value", Figure("52.2", "亿元")),
        ("investment", Figure("40", "亿元", "nearly")),
        ("area", Figure.odd(400, "亩")),
        ("enterprise_count", Figure("14", "家")),
        ("share", Figure("44", "percent", "approx")),
        ("computing_power", Figure("2300", "PFLOPS")),
    ]
    industries = []
    per_industry = size // 10
    for number in range(10):
        name = f"产业{number}"
        indicators = [
            Indicator(
                samples[i % len(samples)][0],
                samples[i % len(samples)][1],
                "2025H1",
                name,
                yoy=Figure("10", "percent") if i % 3 == 0 else None,
            )
            for i in range(per_industry)
        ]
        industries.append(
            Industry(name, parks=["园区"], enterprises=[f"企业{number}"], indicators=indicators)
        )
    enterprises = [Enterprise(f"企业{n}", industries=[f"产业{n}"]) for n in range(10)]
    return District("区", industries=industries, parks=[Park("园区")], enterprises=enterprises)


def best_of(repeat: int, function: object) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main(*, quick: bool = False) -> None:
    district = build(1_000 if quick else SIZE)
    text = licheng.to_json(district, indent=None)
    assert licheng.from_json(text, District) == district  # noqa: S101 - a sanity check
    count = len(district.indicators)
    plain = best_of(3, lambda: json.loads(text))
    full = best_of(3, lambda: licheng.from_json(text, District))
    print(f"{count:,} indicators, {len(text.encode()) / 1e6:.1f} MB of JSON")
    print(f"json.loads:           {plain:8.3f} s")
    print(f"licheng.from_json:    {full:8.3f} s  ({full / count * 1e6:.1f} µs per indicator)")
    print(f"ratio:                {full / plain:8.1f}×")
    faults(40_000 if quick else FAULTS)


FAULTS = 400_000


def _peak(function: object) -> tuple[float, float]:
    """Seconds and peak traced memory (MB) of one call, which may raise ValidationError."""
    tracemalloc.start()
    start = time.perf_counter()
    with contextlib.suppress(ValidationError):
        function()  # type: ignore[operator]
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return elapsed, peak


def faults(size: int = FAULTS) -> None:
    """A document of ``size`` empty industries: every one a fault."""
    text = '{"name":"x","industries":[' + ",".join(["{}"] * size) + "]}"
    plain, plain_peak = _peak(lambda: json.loads(text))
    full, full_peak = _peak(lambda: licheng.from_json(text, District))
    try:
        licheng.from_json(text, District)
    except ValidationError as exc:
        message = len(str(exc))
    size_mb = len(text.encode()) / 1e6
    print(f"{size:,} faulty industries, {size_mb:.1f} MB of JSON")
    print(f"json.loads:           {plain:8.3f} s  peak {plain_peak:7.1f} MB")
    print(
        f"licheng.from_json:    {full:8.3f} s  peak {full_peak:7.1f} MB  message {message:,} chars"
    )
    print(f"ratio:                {full / plain:8.1f}×  memory {full_peak / plain_peak:.1f}×")


if __name__ == "__main__":
    main()
