"""Benchmark licheng's parser against jionlp and cn2an (when installed) in the same run.

Run from the repository root::

    python -m benchmarks parser

Measures
- ``parse_figure(s).value`` against ``jionlp.parse_money(s)``, shape by shape and on an
  unbiased mix: money strings written with Arabic numerals, with qualifiers first (约, 近,
  超过) or after (左右, 以上), with Chinese numerals (三千五百万元, 近四百亿元), with financial
  numerals (壹佰万元, 伍拾贰亿元), as ranges (5至10亿元) and as N多 / N余 (30多万元). In the mix a
  third of the strings are Chinese or financial numerals. Every string is drawn afresh each
  round from a seeded generator and the list is shuffled, so that no shape comes first and no
  answer can come from a cache; only strings both libraries accept are timed;
- Chinese numerals alone (三千五百万, 壹佰万, 一百零五) through ``parse_figure(s).value``
  against ``cn2an.cn2an(s, "normal")``, and percentages (28.5%, 百分之二十八) against
  ``cn2an.transform`` (jionlp reads no percentages);
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
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

from licheng import extract, parse_figure
from licheng.exceptions import ParseError

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "sentences.txt"
PRESS_RELEASE = Path(__file__).resolve().with_name("press_release.txt")
ROUNDS = 7
PER_SHAPE = 200
SEED = 20251207

_CN = "零一二三四五六七八九"
_FINANCIAL = "零壹贰叁肆伍陆柒捌玖"
_CURRENCIES = ["元", "万元", "亿元", "美元", "万美元", "亿美元", "港元", "欧元", "日元", "万港元"]
_BEFORE = ["约", "近", "超过", "不到", "逾", "大约", "将近", "不少于"]
_AFTER = ["左右", "以上", "以下", "多"]
_MULTIPLIERS = ["万", "亿", ""]


def _chinese(number: int, digits: str = _CN, places: str = "千百十") -> str:
    """A Chinese (or financial) numeral for 1 ≤ number < 10000."""
    parts: list[str] = []
    zero = False
    for digit, place in zip(f"{number:04d}", (*places, ""), strict=True):
        if digit == "0":
            zero = bool(parts)
            continue
        if zero:
            parts.append(digits[0])
            zero = False
        parts.append(digits[int(digit)] + place)
    text = "".join(parts) or digits[0]
    if digits is _CN and number < 20 and text.startswith("一十"):
        return text[1:]  # 十五, not 一十五
    return text


def _arabic(rng: random.Random) -> str:
    return f"{rng.randint(1, 99999) / rng.choice([1, 10, 100]):g}"


def _round(rng: random.Random) -> int:
    """A number as press releases write it in Chinese: two or three leading digits."""
    return rng.choice([rng.randint(1, 99), rng.randint(1, 99) * 10, rng.randint(1, 9) * 100])


# Each shape: a generator of one money string.
SHAPES: dict[str, Callable[[random.Random], str]] = {
    "arabic": lambda rng: _arabic(rng) + rng.choice(_CURRENCIES),
    "arabic, qualified": lambda rng: (
        rng.choice(_BEFORE) + _arabic(rng) + rng.choice(_CURRENCIES)
        if rng.random() < 0.7
        else _arabic(rng) + rng.choice(_CURRENCIES) + rng.choice(_AFTER[:3])
    ),
    "chinese": lambda rng: _chinese(_round(rng)) + rng.choice(_MULTIPLIERS) + "元",
    "chinese, qualified": lambda rng: (
        rng.choice(_BEFORE) + _chinese(_round(rng)) + rng.choice(["万", "亿"]) + "元"
    ),
    "financial": lambda rng: (
        _chinese(_round(rng), _FINANCIAL, "仟佰拾") + rng.choice(_MULTIPLIERS) + "元"
    ),
    "range": lambda rng: (
        f"{(low := rng.randint(1, 50))}至{low + rng.randint(1, 50)}{rng.choice(_CURRENCIES)}"
    ),
    "N多 / N余": lambda rng: (
        f"{rng.randint(1, 99) * 10}{rng.choice('多余')}{rng.choice(_CURRENCIES)}"
    ),
}
# How often each shape occurs in the mix: a third Chinese or financial numerals.
MIX = {
    "arabic": 4,
    "arabic, qualified": 2,
    "chinese": 2,
    "chinese, qualified": 1,
    "financial": 1,
    "range": 1,
    "N多 / N余": 1,
}


def money_strings(rng: random.Random, count: int) -> list[str]:
    """``count`` money strings of every shape, in the proportions of the mix."""
    names = [name for name, share in MIX.items() for _ in range(share)]
    return [SHAPES[rng.choice(names)](rng) for _ in range(count)]


def numeral(rng: random.Random) -> str:
    """A Chinese or financial numeral alone (三千五百万, 壹佰万)."""
    digits, places = rng.choice([(_CN, "千百十"), (_FINANCIAL, "仟佰拾")])
    return _chinese(_round(rng), digits, places) + rng.choice(_MULTIPLIERS)


def percent(rng: random.Random) -> str:
    """A percentage, in Arabic or in Chinese numerals (28.5%, 百分之二十八)."""
    if rng.random() < 0.5:
        return f"{rng.randint(1, 999) / 10:g}%"
    return "百分之" + _chinese(rng.randint(1, 99))


def _time(function: Callable[[], Any]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def _quiet_import(name: str) -> ModuleType | None:
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            return __import__(name)
    except ImportError:
        return None


def _accepts(function: Callable[[str], object], text: str) -> bool:
    try:
        function(text)
    except (ParseError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return False
    return True


def _sample(
    rng: random.Random,
    make: Callable[[random.Random], str],
    count: int,
    accept: Iterable[Callable[[str], object]],
) -> list[str]:
    """``count`` strings from ``make`` that every function in ``accept`` reads, shuffled."""
    checks = list(accept)
    out: list[str] = []
    for _ in range(count * 20):
        text = make(rng)
        if all(_accepts(check, text) for check in checks):
            out.append(text)
        if len(out) == count:
            break
    rng.shuffle(out)
    return out


def _ours(text: str) -> object:
    return parse_figure(text).value


def compare(
    rng: random.Random,
    shapes: dict[str, Callable[[random.Random], str]],
    theirs: Callable[[str], object] | None,
    rounds: int,
    per_shape: int,
) -> dict[str, tuple[float, float | None, int]]:
    """Time ``parse_figure(s).value`` and ``theirs(s)`` on each shape: calls per second."""
    accept = [_ours] if theirs is None else [_ours, theirs]
    totals = {name: [0.0, 0.0, 0] for name in shapes}
    for _ in range(rounds):
        order = list(shapes)
        rng.shuffle(order)
        for name in order:
            sample = _sample(rng, shapes[name], per_shape, accept)
            # the two sides take turns on fresh strings: a busy moment falls on both
            totals[name][0] += _time(lambda sample=sample: [_ours(text) for text in sample])
            if theirs is not None:
                call = theirs
                totals[name][1] += _time(lambda s=sample, f=call: [f(text) for text in s])
            totals[name][2] += len(sample)
    return {
        name: (count / ours, None if theirs is None else count / them, count)
        for name, (ours, them, count) in totals.items()
    }


def mixed(
    rng: random.Random, theirs: Callable[[str], object] | None, rounds: int, size: int
) -> tuple[float, float | None, int]:
    """The unbiased mix: shapes in the proportions of ``MIX``, shuffled together."""
    accept = [_ours] if theirs is None else [_ours, theirs]
    ours = them = 0.0
    count = 0
    weight = sum(MIX.values())
    for _ in range(rounds):
        sample: list[str] = []
        for name, share in MIX.items():
            sample += _sample(rng, SHAPES[name], size * share // weight, accept)
        rng.shuffle(sample)
        ours += _time(lambda sample=sample: [_ours(text) for text in sample])
        if theirs is not None:
            call = theirs
            them += _time(lambda s=sample, f=call: [f(text) for text in s])
        count += len(sample)
    return count / ours, None if theirs is None else count / them, count


def press_release_text() -> str:
    """The press release, without its comment lines."""
    lines = PRESS_RELEASE.read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(line for line in lines if not line.startswith("#"))


def corpus_text() -> str:
    """The test corpus's sentences, one after another."""
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return "".join(line[2:] for line in lines if line.startswith("> "))


def bench_extract(
    jionlp: ModuleType | None, text: str, size: int = 40_000
) -> tuple[float, float | None]:
    """``extract`` and jionlp's ``extract_money`` in characters per second, best of nine."""
    text = text * max(1, size // len(text))
    ours = theirs = float("inf")
    for _ in range(9):  # the two sides take turns
        ours = min(ours, _time(lambda: [m.figure.value for m in extract(text)]))
        if jionlp is not None:
            theirs = min(theirs, _time(lambda: jionlp.ner.extract_money(text)))
    return len(text) / ours, None if jionlp is None else len(text) / theirs


def bench_scaling(small_size: int = 100_000) -> tuple[float, float]:
    unit = corpus_text()
    small = (unit * (small_size // len(unit) + 1))[:small_size]
    large = (unit * (small_size * 10 // len(unit) + 1))[: small_size * 10]
    return _time(lambda: extract(small)), _time(lambda: extract(large))


def _row(name: str, ours: float, theirs: float | None, unit: str, target: str = "") -> None:
    if theirs is None:
        print(f"{name:34} {ours:12,.0f} {unit:8} {'':>12}")
        return
    ratio = ours / theirs
    print(f"{name:34} {ours:12,.0f} {unit:8} {theirs:12,.0f} {ratio:7.2f}x  {target}".rstrip())


def main(*, quick: bool = False) -> None:
    jionlp = _quiet_import("jionlp")
    cn2an = _quiet_import("cn2an")
    if jionlp is None or cn2an is None:
        print("jionlp or cn2an is not installed: baselines skipped (pip install 'licheng[bench]')")
    rounds, per_shape = (1, 20) if quick else (ROUNDS, PER_SHAPE)
    rng = random.Random(SEED)  # noqa: S311 - test data, not secrets
    money = None if jionlp is None else jionlp.parse_money
    print(f"{'parse_figure(s).value':34} {'licheng':>12} {'':8} {'baseline':>12} {'ratio':>8}")
    print("-- vs jionlp.parse_money, by shape")
    for name, (ours, theirs, _) in compare(rng, SHAPES, money, rounds, per_shape).items():
        _row(name, ours, theirs, "calls/s", "(target >= 1.5)")
    ours, theirs, _ = mixed(rng, money, rounds, per_shape * len(SHAPES))
    _row("the mix (a third Chinese)", ours, theirs, "calls/s", "(target >= 3)")
    print("-- vs cn2an")
    to_number = None if cn2an is None else (lambda text: cn2an.cn2an(text, "normal"))
    ours, theirs, _ = compare(rng, {"numerals": numeral}, to_number, rounds, per_shape)["numerals"]
    _row("Chinese numerals (cn2an.cn2an)", ours, theirs, "calls/s", "(target >= 1.5)")
    transform = None if cn2an is None else (lambda text: cn2an.transform(text, "cn2an"))
    ours, theirs, _ = compare(rng, {"percents": percent}, transform, rounds, per_shape)["percents"]
    _row("percents (cn2an.transform)", ours, theirs, "calls/s")
    print("-- extract + values vs jionlp.ner.extract_money")
    size = 4_000 if quick else 40_000
    ours, theirs = bench_extract(jionlp, press_release_text(), size)
    _row("press release", ours, theirs, "chars/s", "(target >= 2.5)")
    ours, theirs = bench_extract(jionlp, corpus_text(), size)
    _row("test corpus (a figure / 14 chars)", ours, theirs, "chars/s", "(target >= 2.5)")
    small, large = bench_scaling(10_000 if quick else 100_000)
    print(f"{'extract 10x text / 1x text time':34} {large / small:12.2f} (10 = linear)")


if __name__ == "__main__":
    main()
