"""Benchmark licheng.corpus on a distributed.LocalCluster: throughput and memory per worker.

Run from the repository root::

    PYTHONPATH=src python benchmarks/bench_corpus.py [--quick]

Measures, on a corpus of press-release-like documents built from the sentences of
``tests/corpus/sentences.txt`` (a few KB each, a tenth in GB18030):
- documents per second on 1 worker and on 2 worker processes (one thread each), from paths to
  a written Parquet dataset, after the workers have warmed up; and the speed-up ratio
  (target >= 1.7x on a 2-core machine: extraction is pure Python, so only processes scale);
- how much of the wall time each worker was on a CPU: well under 100% means other programs
  share the cores, and the speed-up says more about them than about licheng; so the documents
  per CPU-second of a worker too, and the speed-up they imply with a free core per worker;
- peak resident memory of each worker process (``ru_maxrss``) while it extracts a corpus, and
  again on a corpus four times as large: streaming keeps it flat, since a worker holds one
  partition's rows and one file's text at a time, however large the corpus.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

import pandas as pd
from distributed import Client, LocalCluster

from licheng._documents import Document, extract_document, read_document
from licheng.corpus import corpus_paths, extract_corpus, write_parquet

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "sentences.txt"


def _sentences() -> list[str]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [line[2:] for line in lines if line.startswith("> ")]


def make_corpus(folder: Path, documents: int, *, size: int = 4000, seed: int = 10) -> int:
    """Write ``documents`` releases of about ``size`` characters; return the bytes written."""
    rng = random.Random(seed)  # noqa: S311 - test data
    sentences = _sentences()
    total = 0
    for index in range(documents):
        paragraphs: list[str] = []
        length = 0
        while length < size:
            paragraph = "".join(rng.choices(sentences, k=4))
            paragraphs.append(paragraph)
            length += len(paragraph)
        text = "\n".join(paragraphs)
        data = text.encode("gb18030" if index % 10 == 0 else "utf-8")
        path = folder / f"{index // 1000:03d}" / f"release-{index:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        total += len(data)
    return total


def _peak_rss_mb() -> float:
    """This process's peak resident memory (with threads: the whole process's)."""
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


def _warm() -> None:
    """Import licheng and fill its caches in a worker, before the clock starts."""
    extract_document(Document("warm.txt", "\n".join(_sentences()), "utf-8"))


def _cpu_seconds() -> float:
    """CPU time this process has used."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class _Run(NamedTuple):
    seconds: float
    warm_mb: list[float]  # each worker's peak RSS before the run
    peak_mb: list[float]  # ... and after it
    busy: float  # the share of the wall time the workers were on a CPU


def _run(client: Client, folder: Path, out: Path) -> _Run:
    """Extract ``folder`` into ``out`` on the client's workers, after warming them up."""
    client.run(_warm)
    warm = client.run(_peak_rss_mb)
    mentions, errors = extract_corpus(str(folder))
    cpu = client.run(_cpu_seconds)
    started = time.perf_counter()
    problems = write_parquet(mentions, out, errors=errors, overwrite=True)
    seconds = time.perf_counter() - started
    used = client.run(_cpu_seconds)
    if problems is None or len(problems):
        msg = f"the benchmark corpus should read cleanly: {problems}"
        raise RuntimeError(msg)
    peak = client.run(_peak_rss_mb)
    return _Run(
        seconds,
        [warm[w] for w in sorted(warm)],
        [peak[w] for w in sorted(peak)],
        sum(used[w] - cpu[w] for w in used) / (seconds * len(used)),
    )


def _spin(count: int) -> int:
    total = 0
    for i in range(count):
        total += i * i
    return total


def machine_ceiling(count: int) -> float:
    """The speed-up two processes of pure Python arithmetic get on this machine, right now.

    The baseline for the workers' speed-up: on shared or throttled virtual cores it is well
    below 2x, and no Dask setting can beat it.
    """
    started = time.perf_counter()
    _spin(count)
    one = time.perf_counter() - started
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_spin, [1, 1])  # start both processes before timing
        started = time.perf_counter()
        pool.map(_spin, [count, count])
        two = time.perf_counter() - started
    return 2 * one / two


def _mb(values: list[float]) -> str:
    return ", ".join(f"{value:.0f}" for value in values) + " MB"


def _line(label: str, documents: int, run: _Run) -> str:
    return (
        f"{label:<22} {documents / run.seconds:7.1f} docs/s  ({run.seconds:6.2f} s, "
        f"workers on CPU {run.busy:4.0%})  peak RSS per worker {_mb(run.peak_mb)}"
    )


def _in_memory_mb(folder: Path, out: Path) -> tuple[float, float]:
    """What holding it all at once would take: the decoded texts and the mentions table."""
    texts = sum(sys.getsizeof(read_document(p).text) for p in corpus_paths(str(folder)))
    table = pd.read_parquet(out).memory_usage(deep=True).sum()
    return texts / 2**20, table / 2**20


def main(*, quick: bool = False) -> None:
    documents, size = (8, 500) if quick else (600, 2000)
    root = Path(tempfile.mkdtemp(prefix="licheng-bench-corpus-"))
    try:
        small, large = root / "corpus", root / "large"
        small_bytes = make_corpus(small, documents, size=size)
        large_bytes = make_corpus(large, 4 * documents, size=size, seed=11)
        print(
            f"corpus: {documents} documents, {small_bytes / 1e6:.1f} MB; "
            f"4x corpus: {4 * documents} documents, {large_bytes / 1e6:.1f} MB; "
            f"{os.cpu_count()} cores"
        )
        if quick:
            print("quick: threads of one process, a smoke run; the numbers mean nothing")
        # One cluster, grown from one worker to two. ru_maxrss is each process's lifetime
        # peak, so if memory grew with the corpus the 4x line would show it. The quick smoke
        # run uses threads, which start at once but share one GIL: no speed-up to see there.
        with (
            LocalCluster(
                n_workers=1,
                threads_per_worker=1,
                processes=not quick,
                dashboard_address=":0",
                silence_logs=logging.ERROR,
            ) as cluster,
            Client(cluster) as client,
        ):
            out = root / "out.parquet"
            one = _run(client, small, out)
            print(_line("1 worker", documents, one))
            cluster.scale(2)
            client.wait_for_workers(2)
            two = _run(client, small, out)
            print(_line("2 workers", documents, two))
            speedup = one.seconds / two.seconds
            ceiling = machine_ceiling(200_000 if quick else 10_000_000)
            print(
                f"speed-up 2 workers vs 1: {speedup:.2f}x"
                "  (target >= 1.7x on 2 cores; less when the workers are not on a CPU)"
            )
            print(
                f"machine ceiling: 2 processes of bare Python arithmetic {ceiling:.2f}x; "
                f"the workers reach {speedup / ceiling:.2f} of it"
            )
            # Documents per CPU-second of a worker: what the speed-up would be had each worker
            # had a core to itself, on a machine that other programs share.
            per_cpu_one = documents / (one.seconds * one.busy)
            per_cpu_two = documents / (two.seconds * two.busy * 2)
            print(
                f"per worker CPU-second: {per_cpu_one:.1f} docs on 1 worker, {per_cpu_two:.1f} on "
                f"2; speed-up with a free core each: {2 * per_cpu_two / per_cpu_one:.2f}x"
            )
            big = _run(client, large, out)
            print(_line("4x corpus, 2 workers", 4 * documents, big))
        texts, table = _in_memory_mb(large, out)
        growth = max(b - a for a, b in zip(two.peak_mb, big.peak_mb, strict=True))
        print(
            f"memory: a worker's peak RSS grew by {growth:.0f} MB at most from the corpus to the "
            f"4x corpus; holding the 4x corpus at once would take {texts:.0f} MB of text and "
            f"{table:.0f} MB of mentions"
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main(quick="--quick" in sys.argv[1:])
