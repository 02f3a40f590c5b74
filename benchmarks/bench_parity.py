"""Traditional-script parity of ``licheng.read``: a passage reads the same in either script.

Run from the repository root::

    python -m benchmarks parity

Takes every simplified passage of the reading sets (``tests/data/reading/*.jsonl``, in a
shuffled order), converts it to traditional script with OpenCC (``s2tw``: Taiwan's characters,
``s2hk``: Hong Kong's; the ``place`` too), reads both with the same ``published`` and ``place``
and prints the share of figures whose reading is identical: measure, role, basis, scope,
period, accumulation, holder and its kind (the holder compared in simplified characters), value
and span. It needs no annotation, only the texts; a conversion that changes a passage's length
(rare: a phrase of another length) falls back to character by character, so that the spans
stay comparable. Needs the ``hant`` extra (OpenCC); without it the benchmark says so and stops.
The held-out sets that nobody tunes the reader on are left out.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

import licheng
from licheng._read._vocab import simplify

READING_DIR = Path(__file__).resolve().parents[1] / "tests" / "data" / "reading"
# blind sets not yet scored by the lead: read by no one who changes the reader (holdout11 to
# holdout14 were scored this stop and are development data now)
BLIND: frozenset[str] = frozenset()
Key = tuple[object, ...]


def passages(directory: Path = READING_DIR) -> list[tuple[str, str | None, str | None]]:
    """(text, published, place) of every simplified passage, each text once, shuffled."""
    seen: set[str] = set()
    found: list[tuple[str, str | None, str | None]] = []
    for path in sorted(directory.glob("*.jsonl")):
        if path.stem in BLIND:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            passage = json.loads(line)
            if passage["script"] == "hans" and passage["text"] not in seen:
                seen.add(passage["text"])
                found.append((passage["text"], passage.get("published"), passage.get("place")))
    random.Random(17).shuffle(found)  # noqa: S311 - test data
    return found


def readings(text: str, published: str | None, place: str | None) -> list[Key]:
    """One comparable key per figure ``licheng.read`` gives."""
    reading = licheng.read(text, published=published, place=place)
    return [
        (
            str(i.measure),
            str(i.role),
            str(i.basis),
            str(i.scope),
            str(i.period),
            str(i.accumulation),
            simplify(i.subject),
            str(i.subject_kind),
            str(i.figure),
            i.span,
        )
        for i in reading.indicators
    ]


def same_length(convert: Callable[[str], str]) -> Callable[[str], str]:
    """``convert``, character by character where it would change the text's length."""

    def converted(text: str) -> str:
        whole = convert(text)
        if len(whole) == len(text):
            return whole
        return "".join(single if len(single := convert(char)) == 1 else char for char in text)

    return converted


def parity(
    sample: list[tuple[str, str | None, str | None]], convert: Callable[[str], str]
) -> tuple[int, int]:
    """(figures read the same after ``convert``, figures read in simplified script)."""
    same = total = 0
    for text, published, place in sample:
        simplified = readings(text, published, place)
        traditional = readings(convert(text), published, convert(place) if place else None)
        left = list(traditional)
        for key in simplified:
            if key in left:
                left.remove(key)
                same += 1
        total += len(simplified)
    return same, total


def main(*, quick: bool = False) -> None:
    try:
        import opencc  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        print("parity needs OpenCC: pip install 'licheng[hant]'")
        return
    sample = passages()[: 5 if quick else None]
    for config in ("s2tw", "s2hk"):
        convert = same_length(opencc.OpenCC(f"{config}.json").convert)
        same, total = parity(sample, convert)
        share = same / total if total else 1.0
        print(
            f"parity {config}: {same}/{total} figures read the same "
            f"({share:.1%}) over {len(sample)} simplified passages"
        )


if __name__ == "__main__":
    main()
