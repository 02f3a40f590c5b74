"""Time licheng's JSON reader on 100,000 indicators against plain ``json.loads`` of the same text.

Run from the repository: ``python -m benchmarks io``.
"""

from __future__ import annotations

import json
import time

import licheng
from licheng import District, Enterprise, Figure, Indicator, Industry, Park

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


if __name__ == "__main__":
    main()
