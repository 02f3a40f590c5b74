"""Benchmark licheng.corpus.read_corpus on real documents: the plain loop against Dask.

Run from the repository root, with the corpus's folder in an environment variable::

    LICHENG_REAL_CORPUS=/path/to/corpus python -m benchmarks read_corpus
    python benchmarks/bench_read_corpus.py /path/to/corpus [--repeat 5] [--tiers 1 5] [--quick]

Prints, for a shuffled sample (fixed seed) cut at about 0.5, 1, 2 and 5 MB of text, the
documents per second of

- the plain loop: ``read_corpus(paths, out)`` with no cluster, one document after another in
  this process, into the same partitioned Parquet dataset;
- Dask with 1 and with 2 worker processes (one thread each; ``small=0`` forces the cluster);
- ``read_corpus`` as a user calls it with 2 workers (the default ``small`` threshold chooses
  the plain path for a small corpus);
- the ceiling: the same tasks (the same split into groups of equal bytes, each read and written
  by ``read_corpus``'s own task function) on 2 plain processes of a ``concurrent.futures``
  pool, no Dask at all. What it gains over the plain loop is what this machine's two cores give
  a job that shares nothing; Dask's ratio is best read against it;

each the median of ``--repeat`` runs (5), interleaved so that a change of the machine's load hits
every mode alike; then the ratios against the plain loop (targets: Dask with 2 workers at least
1.6x at >= 5 MB, and no slower at 1 MB) and the crossover: the smallest sample on which 2
workers beat the plain loop, and where a line time = start-up + bytes / rate through the
smallest and largest samples crosses. The machine's load average and the CPU seconds each mode
used (this process's and the workers' together) are printed too: this machine has 2 cores
that other programs share, and the speed-up says as much about them as about licheng. (The
ceiling's CPU seconds are this process's only: the pool's processes are not counted.)

The corpus is not part of the repository: its texts were fetched from public repositories and
stay out of the package. The one measured for issue 18 (397 documents, 4.83 M characters,
13.0 MB, all UTF-8, one document per file) was gathered on 2026-12-07 from stored public
snapshots, no live web:

- 72 State Council government work reports 1954-2025 and NPC resolutions on them
  (``gwr_national_*``): ``aldohemsn/chinese-political-corpora`` at commit
  ``99bc4b01d11c2b884a83ecc8f966d97e17cd450e``, ``government_work_reports.jsonl`` (from
  Chinese Wikisource);
- 31 provincial government work reports of 2025 (``gwr_province_2025_*``):
  ``alexzhu0/Jina_Embeddings_v4_RAG`` at ``eb78fd31e32476d5a30e55c0d447b9386b77b4b7``,
  ``docs/31省区市政府工作报告.zip`` (the text runs of each .docx, a paragraph per line);
- 31 provincial government work reports of 2026 (``gwr_province_2026_*``):
  ``johncodes404/china-provincial-gov-reports-2026`` at
  ``ad4c815c4acefe47240a3afaece74e1eb2011dd3``, ``output/2026_raw_text/*.csv`` (``full_text``);
- 250 daily CCTV 新闻联播 transcripts, 2025-12-15 to 2026-08-22 (``news_xwlb_*``):
  ``DuckBurnIncense/xin-wen-lian-bo`` at ``ae8d591d33dd3701a34045e0acb24cd5b70b2ede``,
  ``news/YYYYMMDD.md``;
- 13 Jinan district news and press-release pages (``news_jinan_*``): the stored pages the
  bundled data sets were curated from (their addresses are in ``licheng.datasets``).

Any folder of text files will do; the corpus's own ``SOURCES.md`` and ``MANIFEST.tsv`` (not
read by the benchmark) name the source of every file.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import logging
import multiprocessing
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from distributed import Client, LocalCluster

from licheng._corpus_facts import (
    TASKS_PER_WORKER,
    _balanced,
    _Job,
    _read_and_write,
)
from licheng.corpus import SMALL_CORPUS_BYTES, read_corpus

ENVIRONMENT = "LICHENG_REAL_CORPUS"
SEED = 18
TIERS = (500_000, 1_000_000, 2_000_000, 5_000_000)
QUICK_TIERS = (50_000, 150_000)


def sample(folder: Path, tiers: tuple[int, ...], seed: int = SEED) -> list[list[str]]:
    """For each tier, the first files of one shuffle whose bytes reach the tier."""
    files = sorted(p for p in folder.rglob("*.txt") if p.is_file())
    random.Random(seed).shuffle(files)  # noqa: S311 - a sample, not a secret
    chosen: list[list[str]] = []
    for tier in tiers:
        total, paths = 0, []
        for path in files:
            if total >= tier:
                break
            paths.append(str(path))
            total += path.stat().st_size
        chosen.append(paths)
    return chosen


def _bytes(paths: list[str]) -> int:
    return sum(Path(p).stat().st_size for p in paths)


def _warm() -> None:
    """Import the reader and fill its caches, before the clock starts."""
    from licheng._read import read  # as a task does

    read("2025年上半年，章丘区规上工业总产值658.5亿元，同比增长5.1%，占全部的28%。")


def _in_processes(
    pool: concurrent.futures.ProcessPoolExecutor, paths: list[str], out: Path
) -> None:
    """``read_corpus``'s tasks on a plain process pool: the same split, reading and writing."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    groups = _balanced(paths, 2 * TASKS_PER_WORKER)
    job = _Job(str(out), None, None, None)
    list(pool.map(_read_and_write, groups, range(len(groups)), [job] * len(groups)))


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def main(
    *,
    quick: bool = False,
    folder: Path | None = None,
    repeat: int = 5,
    tiers: tuple[int, ...] = TIERS,
) -> None:
    folder = folder or (Path(os.environ[ENVIRONMENT]) if os.environ.get(ENVIRONMENT) else None)
    if folder is None or not folder.is_dir():
        print(f"no corpus: set {ENVIRONMENT}=FOLDER (see this benchmark's docstring); skipped")
        return
    tiers = QUICK_TIERS if quick else tiers
    repeat = 1 if quick else repeat
    samples = sample(folder, tiers)
    root = Path(tempfile.mkdtemp(prefix="licheng-bench-read-corpus-"))
    out = root / "facts.parquet"
    cores = os.cpu_count()
    print(f"corpus {folder}: {cores} cores, load average {os.getloadavg()[0]:.2f} at the start")
    _warm()
    try:
        with (
            LocalCluster(
                n_workers=1,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
                silence_logs=logging.ERROR,
            ) as one_cluster,
            Client(one_cluster, set_as_default=False) as one,
            LocalCluster(
                n_workers=2,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
                silence_logs=logging.ERROR,
            ) as two_cluster,
            Client(two_cluster, set_as_default=False) as two,
            concurrent.futures.ProcessPoolExecutor(
                2, mp_context=multiprocessing.get_context("spawn"), initializer=_warm
            ) as pool,
        ):
            one.run(_warm)
            two.run(_warm)
            # Both processes of the pool start (and warm) before the clock does.
            list(pool.map(time.sleep, (0.5, 0.5)))
            ceiling = root / "ceiling"
            modes: dict[str, tuple[Client | None, Callable[[list[str]], object]]] = {
                "plain loop": (None, lambda paths: read_corpus(paths, out, overwrite=True)),
                "Dask, 1 worker": (
                    one,
                    lambda paths: read_corpus(paths, out, client=one, overwrite=True, small=0),
                ),
                "Dask, 2 workers": (
                    two,
                    lambda paths: read_corpus(paths, out, client=two, overwrite=True, small=0),
                ),
                "read_corpus, 2 workers": (
                    two,
                    lambda paths: read_corpus(paths, out, client=two, overwrite=True),
                ),
                "ceiling: 2 processes": (None, lambda paths: _in_processes(pool, paths, ceiling)),
            }
            # One untimed run of each mode: the workers load the task's modules (pyarrow's
            # Parquet writer) once, as they would on the first of a user's runs.
            for _, run in modes.values():
                run(samples[0][:2])
            results = [_tier(paths, modes, repeat) for paths in samples]
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"load average {os.getloadavg()[0]:.2f} at the end (1 min)")
    _crossover(samples, results)


def _tier(
    paths: list[str],
    modes: dict[str, tuple[Client | None, Callable[[list[str]], object]]],
    repeat: int,
) -> dict[str, float]:
    """Median seconds per mode on one sample; prints documents/s and ratios."""
    size = _bytes(paths)
    times: dict[str, list[float]] = {name: [] for name in modes}
    cpu: dict[str, list[float]] = {name: [] for name in modes}
    loads: list[float] = []
    for _ in range(repeat):
        for name, (client, run) in modes.items():
            # This process's CPU time and the workers': where the reading ran.
            before = {"": _cpu_seconds(), **(client.run(_cpu_seconds) if client else {})}
            seconds = _timed(lambda run=run: run(paths))
            after = {"": _cpu_seconds(), **(client.run(_cpu_seconds) if client else {})}
            times[name].append(seconds)
            cpu[name].append(sum(after[w] - before[w] for w in after))
            loads.append(os.getloadavg()[0])
    medians = {name: statistics.median(values) for name, values in times.items()}
    plain = medians["plain loop"]
    print(
        f"-- {len(paths)} documents, {size / 1e6:.2f} MB of text; median of {repeat}; "
        f"load average {min(loads):.2f}-{max(loads):.2f}"
    )
    for name, seconds in medians.items():
        rate = len(paths) / seconds
        print(
            f"{name:<24} {rate:7.2f} docs/s  {size / seconds / 1e6:6.3f} MB/s  "
            f"ratio {plain / seconds:5.2f}x  ({seconds:6.2f} s; runs "
            f"{', '.join(f'{t:.2f}' for t in times[name])}; "
            f"CPU {statistics.median(cpu[name]):.2f} s)"
        )
    target = "at least 1.6x" if size >= 5_000_000 else "at least 1.0x (no slower)"
    print(
        f"Dask with 2 workers vs the plain loop: {plain / medians['Dask, 2 workers']:.2f}x; "
        f"as read_corpus chooses: {plain / medians['read_corpus, 2 workers']:.2f}x "
        f"(target {target}); the same tasks on 2 plain processes: "
        f"{plain / medians['ceiling: 2 processes']:.2f}x, so Dask gets "
        f"{medians['ceiling: 2 processes'] / medians['Dask, 2 workers']:.0%} of what the cores give"
    )
    return medians


def _crossover(samples: list[list[str]], results: list[dict[str, float]]) -> None:
    """Where Dask with 2 workers starts to pay: measured, and from time = start-up + bytes/rate."""
    sizes = [_bytes(paths) for paths in samples]
    # The smallest sample from which Dask with 2 workers won on every larger one.
    since: int | None = None
    for size, medians in reversed(list(zip(sizes, results, strict=True))):
        if medians["Dask, 2 workers"] >= medians["plain loop"]:
            break
        since = size
    first = f"from the {since / 1e6:.1f} MB sample on" if since else "not on the largest sample"
    print(f"crossover: Dask with 2 workers beat the plain loop {first}", end="")
    (small, large), (low, high) = (sizes[0], sizes[-1]), (results[0], results[-1])
    if large > small:
        per_byte = {
            name: (high[name] - low[name]) / (large - small)
            for name in ("plain loop", "Dask, 2 workers")
        }
        start = {name: low[name] - per_byte[name] * small for name in per_byte}
        gain = per_byte["plain loop"] - per_byte["Dask, 2 workers"]
        if gain > 0:
            crossover = max(0.0, (start["Dask, 2 workers"] - start["plain loop"]) / gain)
            print(
                f"; a line through the smallest and largest samples crosses at "
                f"{crossover / 1e6:.2f} MB (start-up {start['Dask, 2 workers']:.2f} s vs "
                f"{start['plain loop']:.2f} s)",
                end="",
            )
    print(f"; read_corpus reads in process below {SMALL_CORPUS_BYTES / 1e6:.1f} MB")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="read_corpus: the plain loop against Dask")
    parser.add_argument("folder", nargs="?", type=Path, help=f"the corpus (else ${ENVIRONMENT})")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument(
        "--tiers", type=float, nargs="+", metavar="MB", help="sample sizes (0.5 1 2 5)"
    )
    arguments = parser.parse_args(sys.argv[1:])
    main(
        quick=arguments.quick,
        folder=arguments.folder,
        repeat=arguments.repeat,
        tiers=tuple(int(mb * 1e6) for mb in arguments.tiers) if arguments.tiers else TIERS,
    )
