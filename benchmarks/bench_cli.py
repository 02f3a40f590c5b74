"""Benchmark ``licheng extract --format jsonl`` against the API it wraps, on 10 MB of text.

Run from the repository root::

    PYTHONPATH=src python -m benchmarks cli [--quick]

The text is the sentences of ``tests/corpus/sentences.txt`` (every shape the corpus tests:
simplified and traditional script, Chinese and Arabic numerals, every qualifier), shuffled, in
paragraphs of four, about 10 MB of UTF-8. Both sides read the same file:
- the API: ``licheng.extract`` on each paragraph, the mentions kept in a list;
- the command: ``main(["extract", "--format", "jsonl", FILE])`` in this process, its output
  written to ``os.devnull`` (interpreter start-up is the same for every program and left out).
The two are timed in alternation, each the best of three; the ratio is the command's overhead
(target at most 1.5x: issue 14 measured 3.3-4.5x, spent formatting a column jsonl never wrote).
"""

from __future__ import annotations

import contextlib
import os
import random
import sys
import tempfile
import time
from pathlib import Path

import licheng
from licheng._cli import main as cli_main

from ._common import report

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "sentences.txt"


def make_text(size: int, *, seed: int = 14) -> str:
    """About ``size`` bytes of UTF-8 release text: shuffled corpus sentences, four a paragraph."""
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    sentences = [line[2:] for line in lines if line.startswith("> ")]
    rng = random.Random(seed)  # noqa: S311 - test data
    paragraphs: list[str] = []
    total = 0
    while total < size:
        paragraph = "".join(rng.sample(sentences, 4))
        paragraphs.append(paragraph)
        total += len(paragraph.encode()) + 1
    return "\n".join(paragraphs)


def _api(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    mentions = [m for paragraph in text.split("\n") for m in licheng.extract(paragraph)]
    return len(mentions)


def _cli(path: Path) -> int:
    with Path(os.devnull).open("w", encoding="utf-8") as sink, contextlib.redirect_stdout(sink):
        return cli_main(["extract", "--format", "jsonl", "--no-progress", str(path)])


def main(*, quick: bool = False) -> None:
    size = 200_000 if quick else 10_000_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "releases.txt")
        path.write_text(make_text(size), encoding="utf-8")
        megabytes = path.stat().st_size / 1e6
        mentions = _api(path)  # warm-up: imports, caches
        if _cli(path) != 0:
            message = "licheng extract failed"
            raise SystemExit(message)
        api: list[float] = []
        cli: list[float] = []
        for _ in range(1 if quick else 3):
            for function, samples in ((_api, api), (_cli, cli)):
                start = time.perf_counter()
                function(path)
                samples.append(time.perf_counter() - start)
    print(f"{megabytes:.1f} MB of text, {mentions} mentions")
    report(
        "licheng extract --format jsonl",
        min(cli),
        min(api),
        what="licheng.extract per paragraph",
        target="<= 1.5x",
    )


if __name__ == "__main__":
    main(quick="--quick" in sys.argv)
