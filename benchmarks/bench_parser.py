"""Benchmark licheng's parser against jionlp (when installed) in the same run.

Run from the repository root::

    PYTHONPATH=src python benchmarks/bench_parser.py

Measures
- ``parse_figure(s).value`` calls per second against ``jionlp.parse_money`` on the same few
  hundred varied money strings that both accept; every string is read once per library and
  round, so no answer can come from a cache;
- ``extract`` characters per second, reading every figure's value, against
  ``jionlp.ner.extract_money`` (licheng finds every kind of figure, jionlp only money), on
  two texts: a press release (``press_release.txt``, a figure every 36 characters or so, as
  in the genre) and the test corpus (``tests/corpus/sentences.txt``, a figure every 14
  characters: sentences packed with every unit and qualifier, the hardest case for licheng,
  whose time goes with the number of figures, where jionlp's goes with the length);
- ``extract`` on 100 KB and 1 MB of text: the time ratio should be about 10 (linear).
"""

from __future__ import annotations

import contextlib
import io
import random
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from licheng import extract, parse_figure
from licheng.exceptions import ParseError

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "sentences.txt"
PRESS_RELEASE = Path(__file__).resolve().with_name("press_release.txt")
ROUNDS = 5
PER_ROUND = 300

_CN = "零一二三四五六七八九"
_CURRENCIES = ["元", "万元", "亿元", "美元", "万美元", "亿美元", "港元", "欧元", "日元", "万港元"]
_BEFORE = ["", "", "", "约", "近", "超过", "不到", "逾"]
_AFTER = ["", "", "", "", "左右", "以上", "以下"]


def _chinese(number: int) -> str:
    """A Chinese numeral for 1 ≤ number < 10000."""
    digits = f"{number:04d}"
    parts: list[str] = []
    zero = False
    for digit, place in zip(digits, ("千", "百", "十", ""), strict=True):
        if digit == "0":
            zero = bool(parts)
            continue
        if zero:
            parts.append("零")
            zero = False
        parts.append(_CN[int(digit)] + place)
    return "".join(parts) or "零"


def money_strings(rng: random.Random, count: int) -> list[str]:
    """Varied money expressions: Arabic and Chinese numerals, qualifiers, ranges, odd forms."""
    out: set[str] = set()
    while len(out) < count:
        shape = rng.random()
        currency = rng.choice(_CURRENCIES)
        if shape < 0.45:
            number = f"{rng.randint(1, 99999) / rng.choice([1, 10, 100]):g}"
            text = rng.choice(_BEFORE) + number + currency + rng.choice(_AFTER)
        elif shape < 0.7:
            text = _chinese(rng.randint(1, 9999)) + rng.choice(["万", "亿", ""]) + "元"
        elif shape < 0.85:
            low = rng.randint(1, 50)
            text = f"{low}至{low + rng.randint(1, 50)}{currency}"
        else:
            text = f"{rng.randint(1, 99) * 10}多{currency}"
        out.add(text)
    return sorted(out)


def _time(function: Callable[[], Any]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def _jionlp() -> ModuleType | None:
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            import jionlp  # noqa: PLC0415 - optional, slow to import
    except ImportError:
        return None
    return jionlp


def bench_parse(
    jionlp: ModuleType | None, rounds: int = ROUNDS, per_round: int = PER_ROUND
) -> list[tuple[str, float, str]]:
    rng = random.Random(20250718)  # noqa: S311 - test data, not secrets
    ours = theirs = 0.0
    count = 0
    for _ in range(rounds):
        strings = money_strings(rng, per_round * 2)
        accepted = []
        for text in strings:
            try:
                parse_figure(text)
                if jionlp is not None:
                    jionlp.parse_money(text)
            except (ParseError, ValueError, TypeError, KeyError, IndexError):
                continue
            accepted.append(text)
        # fresh strings for the timed pass: nothing read above is read again
        timed = [text for text in money_strings(rng, per_round * 4) if text not in strings]
        timed = [text for text in timed if _both_accept(text, jionlp)][:per_round]
        ours += _time(lambda timed=timed: [parse_figure(text).value for text in timed])
        if jionlp is not None:
            theirs += _time(lambda timed=timed: [jionlp.parse_money(text) for text in timed])
        count += len(timed)
    rows = [("parse_figure(s).value", count / ours, "calls/s")]
    if jionlp is not None:
        rows.append(("jionlp.parse_money(s)", count / theirs, "calls/s"))
    return rows


def _both_accept(text: str, jionlp: ModuleType | None) -> bool:
    try:
        parse_figure(text)
        if jionlp is not None:
            jionlp.parse_money(text)
    except (ParseError, ValueError, TypeError, KeyError, IndexError):
        return False
    return True


def press_release_text() -> str:
    """The press release, without its comment lines."""
    lines = PRESS_RELEASE.read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(line for line in lines if not line.startswith("#"))


def corpus_text() -> str:
    """The test corpus's sentences, one after another."""
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return "".join(line[2:] for line in lines if line.startswith("> "))


def bench_extract(
    jionlp: ModuleType | None, text: str, label: str, size: int = 40_000
) -> list[tuple[str, float, str]]:
    text = text * max(1, size // len(text))
    # Best of several runs, the two sides taking turns, so that a busy moment on a shared
    # machine does not fall on one side only.
    repeats = 9
    ours = theirs = float("inf")
    for _ in range(repeats):
        ours = min(ours, _time(lambda: [m.figure.value for m in extract(text)]))
        if jionlp is not None:
            theirs = min(theirs, _time(lambda: jionlp.ner.extract_money(text)))
    rows = [(f"extract + values, {label}", len(text) / ours, "chars/s")]
    if jionlp is not None:
        rows.append((f"jionlp extract_money, {label}", len(text) / theirs, "chars/s"))
    return rows


def bench_scaling(small_size: int = 100_000) -> list[tuple[str, float, str]]:
    unit = corpus_text()
    large_size = small_size * 10
    small = (unit * (small_size // len(unit) + 1))[:small_size]
    large = (unit * (large_size // len(unit) + 1))[:large_size]
    t_small = _time(lambda: extract(small))
    t_large = _time(lambda: extract(large))
    return [
        (f"extract {small_size // 1000} KB", t_small, "s"),
        (f"extract {large_size // 1000} KB", t_large, "s"),
        ("10x text / 1x text time ratio", t_large / t_small, "(10 = linear)"),
    ]


def main(*, quick: bool = False) -> None:
    jionlp = _jionlp()
    if jionlp is None:
        print("jionlp is not installed: baselines skipped (pip install 'licheng[bench]')")
    parse_rows = bench_parse(jionlp, 1, 30) if quick else bench_parse(jionlp)
    size = 4_000 if quick else 40_000
    release_rows = bench_extract(jionlp, press_release_text(), "press release", size)
    corpus_rows = bench_extract(jionlp, corpus_text(), "test corpus", size)
    scaling = bench_scaling(10_000) if quick else bench_scaling()
    for name, value, unit in [*parse_rows, *release_rows, *corpus_rows, *scaling]:
        print(f"{name:36} {value:14,.3f} {unit}")
    if jionlp is not None:
        ratios = [
            ("parse ratio licheng/jionlp", parse_rows, "(target >= 2.5)"),
            ("extract ratio, press release", release_rows, "(target >= 2)"),
            ("extract ratio, test corpus", corpus_rows, "(a figure every 14 chars)"),
        ]
        for name, rows, target in ratios:
            print(f"{name:36} {rows[0][1] / rows[1][1]:14.2f} x {target}")


if __name__ == "__main__":
    main()
