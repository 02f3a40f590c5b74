"""How much ``format_figure`` costs over the bare babel call it wraps.

Run from the repository root: ``python -m benchmarks formatting``.
The bare call is babel's compact-decimal formatting of the same value with a parsed
``Locale`` (what a caller without licheng would write); the target is a ratio of at most 2.
"""

from __future__ import annotations

import timeit
from collections.abc import Callable
from decimal import Decimal

from babel import Locale
from babel.numbers import format_compact_decimal

from licheng import Figure, format_figure

CASES = [
    (Figure("52.2", "亿元"), Decimal("5.22E+9"), "zh_Hans_CN"),
    (Figure("52.2", "亿元"), Decimal("5.22E+9"), "en_US"),
    (Figure("1.2", "万亿元"), Decimal("1.2E+12"), "zh_Hant_TW"),
    (Figure("40", "万平方米"), Decimal("4E+5"), "en_US"),
]
NUMBER = 2000
REPEAT = 5


def _best(function: Callable[[], object], number: int = NUMBER) -> float:
    timer = timeit.Timer(function)
    return min(timer.repeat(repeat=REPEAT, number=number)) / number


def main(*, quick: bool = False) -> None:
    number = 20 if quick else NUMBER
    total_licheng = total_babel = 0.0
    for figure, value, name in CASES:
        locale = Locale.parse(name)
        text = format_figure(figure, locale=name)
        bare = format_compact_decimal(value, format_type="long", fraction_digits=2, locale=locale)
        ours = _best(lambda figure=figure, name=name: format_figure(figure, locale=name), number)
        theirs = _best(
            lambda value=value, locale=locale: format_compact_decimal(
                value, format_type="long", fraction_digits=2, locale=locale
            ),
            number,
        )
        total_licheng += ours
        total_babel += theirs
        print(
            f"{name:11} {text!r:28} {ours * 1e6:7.1f} µs   babel {bare!r:18} "
            f"{theirs * 1e6:7.1f} µs   ratio {ours / theirs:4.2f}"
        )
    print(f"overall ratio format_figure / babel: {total_licheng / total_babel:.2f} (target <= 2)")


if __name__ == "__main__":
    main()
