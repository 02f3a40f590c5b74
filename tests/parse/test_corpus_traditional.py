"""tests/corpus/traditional.txt is well formed, the scorer of its benchmark counts right, and
licheng reads it.

These tests check the file itself — each sentence with the address of the page it was copied
from, every figure line readable and its surface in its sentence —, the scorer the benchmark
uses, and the floors issue 17 sets (``python -m benchmarks traditional`` prints the scores).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest

from licheng import Q_, Basis, Qualifier, Role
from licheng.exceptions import LichengError

ROOT = Path(__file__).parents[2]
TRADITIONAL = ROOT / "tests" / "corpus" / "traditional.txt"
# Characters that exist only in traditional script: every real sentence has some.
TRADITIONAL_ONLY = set(
    "億萬個與為產業們這來會區經濟進國時實發開關總數額較長點幣臺灣際貿錄處廠營東協"
    "電腦資訊銷貨價值訂單統計歷單減幅訪港旅遊園積體機械園"
)
DECREASE = ("減", "跌", "衰退", "下降", "下滑")
INCREASE = ("增", "升", "成長", "上漲", "提高")


def _bench() -> ModuleType:
    path = ROOT / "benchmarks" / "bench_traditional.py"
    spec = importlib.util.spec_from_file_location("bench_traditional", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


BENCH = _bench()
CASES = BENCH.load(TRADITIONAL)


def test_the_corpus_is_as_large_as_the_simplified_one() -> None:
    simplified = [case for case in BENCH.load(BENCH.SENTENCES) if not case.traditional_section]
    assert len(CASES) >= len(simplified)
    assert sum(len(case.expected) for case in CASES) >= 300


def test_every_sentence_comes_from_an_addressed_page() -> None:
    assert all(case.address and case.address.startswith(("http://", "https://")) for case in CASES)
    # and every address heads at least one sentence: no page without its sentences
    lines = TRADITIONAL.read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        if re.match(r"#\s+https?://", line):
            following = next((later for later in lines[index + 1 :] if later.strip()), "")
            assert following.startswith("> "), line
    assert len({case.address for case in CASES}) >= 20


def test_sentences_are_traditional_script_and_not_repeated() -> None:
    for case in CASES:
        assert TRADITIONAL_ONLY & set(case.text), case.text
    texts = [case.text for case in CASES]
    assert len(texts) == len(set(texts))


def test_surfaces_occur_in_their_sentence_in_order() -> None:
    for case in CASES:
        after = 0
        for figure in case.expected:
            start = case.text.find(figure.surface, after)
            assert start >= 0, (figure.surface, case.text)
            assert case.text[figure.start : figure.end] == figure.surface
            after = start + len(figure.surface)


def test_units_are_licheng_units() -> None:
    # the measure words and rates per unit the annotations write (坪, 件, 点, 万新台币/坪) too
    for case in CASES:
        for figure in case.expected:
            if not figure.unit:
                continue
            try:
                Q_(1, figure.unit)
            except LichengError:  # pragma: no cover - reported by the assertion
                pytest.fail(f"unknown unit {figure.unit!r} for {figure.surface!r}")


def test_growth_signs_follow_the_words_before_them() -> None:
    for case in CASES:
        after = 0
        for figure in case.expected:
            before = case.text[max(after, figure.start - 8) : figure.start]
            after = figure.end
            if "-" in figure.surface:
                continue
            if figure.role not in {Role.GROWTH, Role.CHANGE_PP}:
                # an absolute change (減少1.2萬噸) is a level: only rates carry a sign
                assert figure.magnitude >= 0, (figure.surface, case.text)
                continue
            down = any(word in before for word in DECREASE)
            up = any(word in before for word in INCREASE)
            if down and not up:
                assert figure.magnitude <= 0, (figure.surface, case.text)
            if up and not down:
                assert figure.magnitude >= 0, (figure.surface, case.text)


def test_a_malformed_line_is_reported_with_its_number(tmp_path: Path) -> None:
    good = (
        "# https://example.org/a\n> 出口624.7億美元，年增43.4%。\n"
        "  624.7億美元 | value | 624.7 亿美元\n"
    )
    path = tmp_path / "corpus.txt"
    path.write_text(good, encoding="utf-8")
    assert len(BENCH.load(path)) == 1
    for bad in (
        "  43.4% | growth/yoy\n",  # no figure
        "  43.4% | speed | 43.4 percent\n",  # no such role
        "  43.4% | growth/weekly | 43.4 percent\n",  # no such basis
        "  43.4% | growth | many percent\n",  # not a number
        "  43.4% | growth | 43.4 percent roughly\n",  # no such qualifier
        "  44.4% | growth | 44.4 percent\n",  # not in the sentence
    ):
        path.write_text(good + bad, encoding="utf-8")
        with pytest.raises(BENCH.CorpusError, match=r"corpus\.txt:4"):
            BENCH.load(path)


@dataclass(frozen=True)
class _Figure:
    magnitude: Decimal
    unit: str
    qualifier: Qualifier = Qualifier.EXACT
    approximate: bool = False


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    figure: _Figure
    role: Role = Role.VALUE
    basis: Basis | None = None


def _perfect(text: str) -> list[_Mention]:
    case = next(case for case in CASES if case.text == text)
    return [
        _Mention(
            e.start,
            e.end,
            _Figure(e.magnitude, e.unit, e.qualifier, e.approximate),
            e.role,
            e.basis,
        )
        for e in case.expected
    ]


def test_the_scorer_gives_full_marks_to_the_annotations_themselves() -> None:
    result = BENCH.score(CASES, _perfect)
    assert result.expected == result.found == result.matched > 0
    assert (result.recall, result.precision, result.role_accuracy) == (1.0, 1.0, 1.0)
    assert result.strict_accuracy == 1.0
    assert result.misses == []


def test_the_scorer_counts_misses_wrong_values_and_wrong_roles() -> None:
    case = next(c for c in CASES if "年增三十九．五％" in c.text)
    right = _perfect(case.text)
    assert BENCH.score([case], lambda _: []).recall == 0.0
    # the growth read as a level, and the money read in yuan instead of US dollars
    wrong = [
        _Mention(m.start, m.end, _Figure(m.figure.magnitude, "亿元"), m.role, m.basis)
        if m.figure.unit == "亿美元"
        else _Mention(m.start, m.end, m.figure, Role.VALUE, None)
        if m.role is Role.GROWTH
        else m
        for m in right
    ]
    result = BENCH.score([case], lambda _: [*wrong, _Mention(0, 1, _Figure(Decimal(1), ""))])
    money = sum(e.unit == "亿美元" for e in case.expected)
    growth = sum(e.role is Role.GROWTH for e in case.expected)
    assert money
    assert growth
    assert result.spans == len(case.expected)
    assert result.matched == len(case.expected) - money
    assert result.found == len(case.expected) + 1
    assert result.roles == result.matched - growth


def test_values_compare_as_quantities() -> None:
    expected = BENCH.parse_figure_line("  2.74兆元 | value | 2.74 万亿新台币", "營收2.74兆元", 0)
    assert BENCH.same_value(expected, _Figure(Decimal(27400), "亿新台币"))
    assert not BENCH.same_value(expected, _Figure(Decimal("2.74"), "万亿元"))
    drop = BENCH.parse_figure_line("  1.7% | growth/yoy | -1.7 percent", "下跌1.7%", 0)
    assert not BENCH.same_value(drop, _Figure(Decimal("1.7"), "percent"))
    assert BENCH.same_value(drop, _Figure(Decimal("-0.017"), ""))


def test_licheng_reads_the_traditional_corpus() -> None:
    # issue 17: recall and precision of at least 95%, the role right for at least 90%
    result = BENCH.score(CASES)
    assert result.recall >= 0.95, result.misses
    assert result.precision >= 0.95
    assert result.role_accuracy >= 0.9


def test_licheng_reads_the_traditional_part_of_the_simplified_corpus_in_yuan() -> None:
    # mainland sentences in traditional script: no word of Taiwan or Hong Kong, so 億元 is yuan
    cases = [case for case in BENCH.load(BENCH.SENTENCES) if case.traditional_section]
    result = BENCH.score(cases)
    assert result.recall == result.precision == 1.0
