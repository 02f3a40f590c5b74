"""licheng.corpus.read_corpus and ``licheng read FOLDER``: facts on Dask, partitioned, atomic."""

from __future__ import annotations

import io
import json
import logging
import os
import shutil
import signal
import threading
import time
from pathlib import Path

import dask
import pandas as pd
import pytest
from distributed import Client, Event, LocalCluster

import licheng
from licheng._cli import main
from licheng._corpus_facts import _balanced
from licheng.corpus import FACT_COLUMNS, read_corpus, read_files

pytestmark = pytest.mark.slow

#: No test of a cluster may wait longer than this for a run, whatever goes wrong.
TIMEOUT = 120

_TEXTS = [
    ("2025年上半年，章丘区规上工业总产值658.5亿元，同比增长5.1%。工业投资完成64.6亿元。", 2025),
    ("2024年，莱芜区规上工业总产值1307亿元，入驻企业30多家，累计投资近40亿元。", 2024),
    ("2023年前三季度，历城区规上工业增加值同比增长8.1%，新增用地400余亩。", 2023),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for number in range(120):
        text, _ = _TEXTS[number % len(_TEXTS)]
        (folder / f"{number:03d}.txt").write_text(text * 20, "utf-8")
    (folder / "bad.txt").write_bytes(b"\xff\xfe\xfa\xfb")
    return folder


@pytest.fixture(scope="module")
def plain_dataset(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus read in this process, without a cluster: the dataset every run must equal.

    Tests only read it; a test that changes a dataset copies it first.
    """
    out = tmp_path_factory.mktemp("plain") / "facts.parquet"
    errors = read_corpus(corpus, out)
    assert errors["file"].tolist() == [str(corpus / "bad.txt")]
    return out


@pytest.fixture(scope="module")
def plain(plain_dataset: Path) -> pd.DataFrame:
    return _sorted(pd.read_parquet(plain_dataset))


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.assign(region=frame["region"].astype(str), year=frame["year"].astype(int))
    return frame.sort_values(["file", "start"]).reset_index(drop=True)[list(FACT_COLUMNS)]


def test_read_files_types_and_periods(corpus: Path) -> None:
    facts, errors = read_files([str(corpus / "000.txt"), str(corpus / "bad.txt")])
    assert list(facts.columns) == list(FACT_COLUMNS)
    assert str(facts["value"].dtype) == "float64"
    assert str(facts["low"].dtype) == "float64"
    assert facts["period"].notna().all()
    assert set(facts["region"]) == {"章丘区"}
    assert len(errors) == 1


def test_the_dataset_is_partitioned_by_region_and_year(plain: pd.DataFrame, corpus: Path) -> None:
    del corpus
    assert set(plain["region"]) == {"章丘区", "莱芜区", "历城区"}
    assert set(plain["year"]) - {0} == {2025, 2024, 2023}  # 0: a stock of no stated period
    # Each file's facts are those licheng.read gives the file alone.
    text, _ = _TEXTS[0]
    first = plain[plain["file"].str.endswith("000.txt")]
    assert len(first) == len(licheng.read(text * 20).indicators)


def test_a_region_reads_alone(plain_dataset: Path) -> None:
    out = plain_dataset
    alone = pd.read_parquet(out, filters=[("region", "==", "莱芜区")])
    assert set(alone["region"].astype(str)) == {"莱芜区"}
    year = pd.read_parquet(out, filters=[("year", "==", 2023)])
    assert set(year["region"].astype(str)) == {"历城区"}
    assert {p.name.split("=")[0] for p in out.iterdir()} == {"region"}


def test_an_existing_dataset_is_kept_unless_told(
    corpus: Path, plain_dataset: Path, tmp_path: Path
) -> None:
    out = tmp_path / "facts.parquet"
    shutil.copytree(plain_dataset, out)  # what read_corpus(corpus, out) writes
    with pytest.raises(FileExistsError, match="already holds files"):
        read_corpus(corpus, out)
    read_corpus(corpus, out, overwrite=True)
    (out / "notes.txt").write_text("mine", "utf-8")
    with pytest.raises(FileExistsError, match="not part of a Parquet dataset"):
        read_corpus(corpus, out, overwrite=True)


@pytest.fixture
def cluster(threads_cluster: LocalCluster) -> LocalCluster:
    """The module's cluster of two workers in this process (conftest.py).

    The one test whose point is a worker process, ``test_killing_a_worker_mid_run_loses_nothing``,
    starts a cluster of processes.
    """
    return threads_cluster


def test_on_a_cluster_the_same_facts_as_in_process(
    corpus: Path, plain: pd.DataFrame, cluster: LocalCluster, tmp_path: Path
) -> None:
    out = tmp_path / "facts.parquet"
    with Client(cluster, set_as_default=False) as client:  # given, not found
        errors = read_corpus(corpus, out, client=client, small=0, timeout=TIMEOUT)
    assert len(errors) == 1
    pd.testing.assert_frame_equal(_sorted(pd.read_parquet(out)), plain)
    assert not list(tmp_path.glob(".*"))  # no staging folder left


def _kill_one_worker_when_busy(
    client: Client, pids: dict[str, int], stop: threading.Event, killed: list[str]
) -> None:
    """Kill a worker's process as soon as it runs a task of the corpus."""
    while not stop.is_set():
        busy = [
            address
            for address, keys in client.processing().items()
            if any("licheng-read" in str(key) for key in keys)
        ]
        if busy:
            os.kill(pids[busy[0]], signal.SIGKILL)
            killed.append(busy[0])
            return
        time.sleep(0.01)


def _local_cluster(workers: int, *, processes: bool) -> LocalCluster:
    return LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=processes,
        dashboard_address=":0",
        silence_logs=logging.CRITICAL,
    )


def test_killing_a_worker_mid_run_loses_nothing(
    corpus: Path, plain: pd.DataFrame, tmp_path: Path
) -> None:
    out = tmp_path / "facts.parquet"
    # Three worker processes start (two, then the one that replaces the killed one): forked
    # from a server that imported distributed and pandas once, not each its own interpreter.
    with (
        dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"}),
        _local_cluster(2, processes=True) as local,
        Client(local) as client,
    ):
        pids = client.run(os.getpid)  # asked before the run: a dying worker answers nothing
        stop = threading.Event()
        killed: list[str] = []
        killer = threading.Thread(
            target=_kill_one_worker_when_busy, args=(client, pids, stop, killed)
        )
        killer.start()
        try:
            errors = read_corpus(corpus, out, client=client, small=0, timeout=TIMEOUT)
        finally:
            stop.set()
            killer.join(timeout=10)
    assert killed  # a worker really died while it read
    assert len(errors) == 1
    pd.testing.assert_frame_equal(_sorted(pd.read_parquet(out)), plain)
    assert not [p for p in out.rglob("*") if p.name.startswith("_attempt")]
    assert not list(tmp_path.glob(".*"))


def test_losing_every_worker_fails_clearly_and_writes_nothing(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "facts.parquet"
    with _local_cluster(1, processes=False) as local, Client(local) as client:
        local.scale(0)
        deadline = time.monotonic() + 30
        while client.nthreads() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not client.nthreads()
        with pytest.raises(RuntimeError, match=r"no worker for 1 s; nothing was written"):
            read_corpus(corpus, out, client=client, small=0, no_workers_timeout=1, timeout=TIMEOUT)
    assert not out.exists()
    assert not list(tmp_path.glob(".*"))  # no staging folder left


def _block(name: str) -> None:
    Event(name).wait(TIMEOUT)


def test_a_run_that_takes_too_long_gives_up_and_writes_nothing(
    corpus: Path, cluster: LocalCluster, tmp_path: Path
) -> None:
    out = tmp_path / "facts.parquet"
    with Client(cluster) as client:
        # Every worker's only thread is taken until the event is set: the run cannot start.
        blockers = [
            client.submit(_block, "licheng-test-block", workers=[address], pure=False)
            for address in client.nthreads()
        ]
        try:
            with pytest.raises(RuntimeError, match=r"not read within 1 s; nothing was written"):
                read_corpus(corpus, out, client=client, small=0, timeout=1)
        finally:
            Event("licheng-test-block", client=client).set()
            client.gather(blockers)
    assert not out.exists()
    assert not list(tmp_path.glob(".*"))


def test_cli_read_folder_jsonl_streams_facts(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["read", str(corpus), "--format", "jsonl"])
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert status == 0
    assert {line["file"] for line in lines} >= {str(corpus / "000.txt")}
    assert "bad.txt" in captured.err


def test_cli_read_folder_panel_round_trips(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["read", str(corpus / "000.txt"), str(corpus / "001.txt"), "--format", "panel"]) == 0
    )
    frame = pd.read_csv(io.StringIO(capsys.readouterr().out), dtype=str)
    panel = licheng.Panel.from_frame(frame)
    again = licheng.Panel.from_frame(panel.to_frame())
    assert panel == again
    assert len(panel) == len(frame)


def test_cli_read_jobs_out(corpus: Path, plain: pd.DataFrame, tmp_path: Path) -> None:
    out = tmp_path / "facts.parquet"
    err = io.StringIO()
    from licheng._cli import _parser
    from licheng._read._command import run_read

    args = _parser().parse_args(["read", str(corpus), "--jobs", "2", "--out", str(out)])
    status = run_read(args, io.StringIO(), io.StringIO(), err)
    assert status == 1  # one file could not be read
    assert "bad.txt" in err.getvalue()
    pd.testing.assert_frame_equal(_sorted(pd.read_parquet(out)), plain)


def test_cli_read_jobs_without_out(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    assert main(["read", str(corpus), "--jobs", "2"]) == 1  # a user error: one line, status 1
    err = capsys.readouterr().err
    assert "add --out" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("tasks", [1, 2, 3, 8, 200])
def test_tasks_are_balanced_by_bytes_and_keep_the_corpus_order(tmp_path: Path, tasks: int) -> None:
    sizes = [5, 400, 30, 30, 1200, 7, 90, 650, 0, 300, 41, 800]
    paths = []
    for number, size in enumerate(sizes):
        path = tmp_path / f"{number:02d}.txt"
        path.write_bytes(b"x" * size)
        paths.append(str(path))
    everything = [*paths, str(tmp_path / "missing.txt")]  # a missing file weighs nothing
    groups = _balanced(everything, tasks)
    assert sorted(p for group in groups for p in group) == everything
    assert all(group == sorted(group) for group in groups)  # each in corpus order
    assert len(groups) == min(tasks, len(everything))
    loads = [sum(Path(p).stat().st_size for p in group if Path(p).exists()) for group in groups]
    # Greedy by size: no group exceeds the fair share by more than the largest file.
    assert max(loads) <= sum(sizes) / len(groups) + max(sizes)
