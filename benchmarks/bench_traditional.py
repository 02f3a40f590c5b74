"""Score ``licheng.extract`` on real traditional-script sentences (issue 17).

Run from the repository root::

    python -m benchmarks traditional

Reads ``tests/corpus/traditional.txt`` (real sentences from Taiwan and Hong Kong statistics
pages and news, each figure annotated with what licheng should read) and the corpus of
``tests/corpus/sentences.txt`` (its traditional part, and its simplified part for comparison),
and prints for each:

- recall: the share of annotated figures that some mention overlaps with the same value
  (the same quantity once converted, so 2.74 万亿新台币 is not 2.74 万亿元, and a decrease
  must be negative); ``span`` beside it counts an overlapping mention whatever its value;
- precision: the share of mentions that match an annotated figure that way;
- role: among the matched figures, the share whose role is right (``+basis``: role and basis;
  ``strict``: role, basis, qualifier and approximate flag).

Issue 17 asks for recall and precision of at least 95% and a right role for at least 90%
on traditional text; the simplified numbers must not drop. ``score`` is reusable (the tests
check it on a stand-in extractor), and ``load`` reads and validates a corpus file.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Protocol

from licheng import Q_, Basis, Qualifier, Role, extract
from licheng.exceptions import LichengError

CORPUS_DIR = Path(__file__).resolve().parents[1] / "tests" / "corpus"
TRADITIONAL = CORPUS_DIR / "traditional.txt"
SENTENCES = CORPUS_DIR / "sentences.txt"
# sentences.txt holds its traditional sentences after a comment line that starts so.
TRADITIONAL_SECTION = "# Traditional script"
_ADDRESS = re.compile(r"#\s+(https?://\S+)\s*$")
_RELATIVE = 1e-9


class CorpusError(ValueError):
    """A corpus line that does not follow the format in the file's header."""


@dataclass(frozen=True)
class Expected:
    """One annotated figure: where it is and what licheng should read."""

    surface: str
    start: int
    end: int
    role: Role
    basis: Basis | None
    magnitude: Decimal
    unit: str  # "" for a bare number
    qualifier: Qualifier
    approximate: bool
    low: Decimal | None = None
    high: Decimal | None = None


@dataclass(frozen=True)
class Case:
    """One sentence with its figures, the page it comes from and its line in the file."""

    text: str
    expected: tuple[Expected, ...]
    line: int
    address: str | None = None
    traditional_section: bool = False


class _Figure(Protocol):
    @property
    def magnitude(self) -> Decimal: ...
    @property
    def unit(self) -> str: ...
    @property
    def qualifier(self) -> Qualifier: ...
    @property
    def approximate(self) -> bool: ...


class _Mention(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def role(self) -> Role: ...
    @property
    def basis(self) -> Basis | None: ...
    @property
    def figure(self) -> _Figure: ...


Extractor = Callable[[str], Sequence[_Mention]]


def parse_figure_line(line: str, text: str, after: int) -> Expected:
    """Read ``surface | role[/basis] | magnitude unit [words]``, found in ``text`` past ``after``.

    Raises:
        CorpusError: the line does not follow the format, or its surface is not in ``text``.
    """
    parts = [part.strip() for part in line.split("|")]
    if len(parts) != 3 or not all(parts):
        msg = f"expected 'surface | role[/basis] | magnitude unit ...', got {line!r}"
        raise CorpusError(msg)
    surface, role_basis, figure = parts
    role_word, _, basis_word = role_basis.partition("/")
    try:
        role = Role(role_word)
        basis = Basis(basis_word) if basis_word else None
    except ValueError as exc:
        msg = f"unknown role or basis {role_basis!r} in {line!r}"
        raise CorpusError(msg) from exc
    words = figure.split()
    if len(words) < 2:
        msg = f"a figure needs a magnitude and a unit ('-' for none): {line!r}"
        raise CorpusError(msg)
    try:
        magnitude = Decimal(words[0])
    except InvalidOperation as exc:
        msg = f"magnitude {words[0]!r} is not a number in {line!r}"
        raise CorpusError(msg) from exc
    start = text.find(surface, after)
    if start < 0:
        start = text.find(surface)
    if start < 0:
        msg = f"surface {surface!r} is not in its sentence {text!r}"
        raise CorpusError(msg)
    qualifier, approximate = Qualifier.EXACT, False
    bounds: dict[str, Decimal] = {}
    for word in words[2:]:
        name, equals, value = word.partition("=")
        if equals and name in {"low", "high"}:
            try:
                bounds[name] = Decimal(value)
            except InvalidOperation as exc:
                msg = f"bound {word!r} is not a number in {line!r}"
                raise CorpusError(msg) from exc
        elif word == "approx" and qualifier is not Qualifier.EXACT:
            approximate = True
        else:
            try:
                qualifier = Qualifier(word)
            except ValueError as exc:
                msg = f"unknown qualifier {word!r} in {line!r}"
                raise CorpusError(msg) from exc
            approximate = word == "approx"
    return Expected(
        surface,
        start,
        start + len(surface),
        role,
        basis,
        magnitude,
        "" if words[1] == "-" else words[1],
        qualifier,
        approximate,
        bounds.get("low"),
        bounds.get("high"),
    )


def load(path: Path) -> list[Case]:
    """Read a corpus file; raise `CorpusError` naming the line at the first malformed one."""
    cases: list[Case] = []
    address: str | None = None
    section = False
    text: str | None = None
    figures: list[Expected] = []
    line_number = 0

    def close() -> None:
        if text is not None:
            cases.append(Case(text, tuple(figures), line_number, address, section))

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        if raw.startswith("#"):
            match = _ADDRESS.match(raw)
            if match:
                address = match.group(1)
            section = section or raw.startswith(TRADITIONAL_SECTION)
        elif raw.startswith("> "):
            close()
            text, figures, line_number = raw[2:], [], number
        elif raw.startswith("  ") and text is not None:
            after = figures[-1].end if figures else 0
            try:
                figures.append(parse_figure_line(raw, text, after))
            except CorpusError as exc:
                msg = f"{path.name}:{number}: {exc}"
                raise CorpusError(msg) from exc
        else:
            msg = f"{path.name}:{number}: neither a comment, a '> ' sentence nor a figure line"
            raise CorpusError(msg)
    close()
    return cases


def same_value(expected: Expected, figure: _Figure) -> bool:
    """Whether ``figure`` is the annotated quantity (converted where the units differ)."""
    if figure.unit == expected.unit:
        return figure.magnitude == expected.magnitude
    try:
        want = Q_(expected.magnitude, expected.unit or "dimensionless")
        got = Q_(figure.magnitude, figure.unit or "dimensionless").to(want.units)
    except (LichengError, ArithmeticError, ValueError, TypeError):
        return False  # an unknown unit, or another dimension (yuan against NT dollars)
    return math.isclose(float(got.magnitude), float(want.magnitude), rel_tol=_RELATIVE)


@dataclass
class Score:
    """Counts behind the scores; the ratios are properties."""

    sentences: int = 0
    expected: int = 0
    found: int = 0
    matched: int = 0  # overlapping span and same value
    spans: int = 0  # overlapping span, any value
    roles: int = 0  # matched, role right
    bases: int = 0  # matched, role and basis right
    strict: int = 0  # matched, role, basis, qualifier and approximate right
    misses: list[tuple[str, str]] = field(default_factory=list)  # (surface, why)

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def span_recall(self) -> float:
        return self.spans / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def role_accuracy(self) -> float:
        return self.roles / self.matched if self.matched else 1.0

    @property
    def basis_accuracy(self) -> float:
        return self.bases / self.matched if self.matched else 1.0

    @property
    def strict_accuracy(self) -> float:
        return self.strict / self.matched if self.matched else 1.0


def _describe(mention: _Mention) -> str:
    figure = mention.figure
    basis = f"/{mention.basis.value}" if mention.basis else ""
    return f"{figure.magnitude} {figure.unit or '-'} {mention.role.value}{basis}"


def score(cases: Iterable[Case], extractor: Extractor = extract) -> Score:
    """Run ``extractor`` on every case's sentence and compare with its annotations."""
    result = Score()
    for case in cases:
        found = list(extractor(case.text))
        result.sentences += 1
        result.expected += len(case.expected)
        result.found += len(found)
        used: set[int] = set()
        for want in case.expected:
            overlapping = [
                index
                for index, mention in enumerate(found)
                if index not in used and mention.start < want.end and want.start < mention.end
            ]
            if not overlapping:
                result.misses.append((want.surface, "not found"))
                continue
            result.spans += 1
            same = [index for index in overlapping if same_value(want, found[index].figure)]
            if not same:
                got = _describe(found[overlapping[0]])
                result.misses.append((want.surface, f"read as {got}"))
                continue
            used.add(same[0])
            mention = found[same[0]]
            result.matched += 1
            role_right = mention.role is want.role
            basis_right = role_right and mention.basis is want.basis
            result.roles += role_right
            result.bases += basis_right
            result.strict += basis_right and (
                mention.figure.qualifier is want.qualifier
                and mention.figure.approximate is want.approximate
            )
            if not basis_right:
                result.misses.append((want.surface, f"role {_describe(mention)}"))
    return result


def _line(label: str, result: Score) -> str:
    return (
        f"{label:<32} {result.sentences:4d} sentences {result.expected:4d} figures  "
        f"recall {result.recall:6.1%} (span {result.span_recall:6.1%})  "
        f"precision {result.precision:6.1%}  role {result.role_accuracy:6.1%}  "
        f"+basis {result.basis_accuracy:6.1%}  strict {result.strict_accuracy:6.1%}"
    )


def main(*, quick: bool = False) -> None:
    traditional = load(TRADITIONAL)
    corpus = load(SENTENCES)
    pages = {case.address for case in traditional}
    print(f"traditional.txt: {len(pages)} pages  (targets: recall, precision >= 95%, role >= 90%)")
    real = score(traditional)
    print(_line("traditional.txt (real pages)", real))
    print(_line("sentences.txt, traditional", score(c for c in corpus if c.traditional_section)))
    print(_line("sentences.txt, simplified", score(c for c in corpus if not c.traditional_section)))
    if not quick:
        shown = 25
        print(f"first {shown} of {len(real.misses)} misses in traditional.txt:")
        for surface, why in real.misses[:shown]:
            print(f"  {surface}: {why}")


if __name__ == "__main__":
    main(quick="--quick" in sys.argv[1:])
