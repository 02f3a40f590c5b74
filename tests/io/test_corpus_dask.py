"""licheng.corpus on a real distributed.LocalCluster: the same rows as ``licheng extract``.

The corpus is a few hundred small synthetic releases built from sentence templates that use
every unit word and every qualifier word the extractor knows, written in UTF-8 (some with a
byte-order mark or Windows line ends) and GB18030, plus empty and undecodable files.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import dask
import dask.dataframe as dd
import pandas as pd
import pyarrow.parquet as pq
import pytest
from dask.delayed import delayed
from distributed import Client, LocalCluster

from licheng import Qualifier
from licheng._cli import main
from licheng._documents import ROW_COLUMNS
from licheng._parse.scan import extract
from licheng._parse.vocabulary import CURRENCY_NAMES as _CURRENCY_NAMES
from licheng._parse.vocabulary import PREFIX_QUALIFIER as _PREFIX_QUALIFIERS
from licheng._parse.vocabulary import SUFFIX_QUALIFIER as _SUFFIX_QUALIFIERS
from licheng._parse.vocabulary import UNITS as _UNITS
from licheng._units import base_factor
from licheng.corpus import (
    ERROR_COLUMNS,
    MENTION_COLUMNS,
    _period,
    corpus_paths,
    extract_corpus,
    extract_files,
    write_parquet,
)

#: A Dask cluster per module and a few hundred files: seconds, not milliseconds. CI runs them.
pytestmark = pytest.mark.slow

DOCUMENTS = 300
BAD = (b"\xff\xfe\xfa\xfb", b"\x81\x30\xff\xff\xff", b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xff")

_UNIT_WORDS = sorted({*_UNITS, *_CURRENCY_NAMES, "元", "万元", "亿元", "万亿元", "亿美元"})
_NUMBERS = ["52.2", "40", "400", "30", "2300", "1.5", "三十六", "两千", "0.8", "12"]
_SUBJECTS = ["现代医药产业", "集成电路产业", "园区", "全区规上工业", "高端装备产业", "算力中心"]
_VERBS = ["累计完成产值", "实现营业收入", "累计投资", "占地", "集聚企业", "算力总规模达到"]
_PERIODS = ["", "", "2025年上半年，", "2024年前三季度，", "2025年1—6月，", "一季度，"]
_TAILS = ["", "，同比增长{n}%", "，占全市的{n}%", "，比上年提高{n}个百分点", "，环比下降{n}%"]


def _figure(rng: random.Random) -> str:
    number = rng.choice(_NUMBERS)
    unit = rng.choice(_UNIT_WORDS)
    form = rng.randrange(4)
    if form == 0:
        return f"{rng.choice(list(_PREFIX_QUALIFIERS))}{number}{unit}"
    if form == 1:
        return f"{number}{unit}{rng.choice(list(_SUFFIX_QUALIFIERS))}"
    if form == 2:
        return f"{number}{rng.choice(['余', '多'])}{unit}"
    return (
        f"{rng.choice(['5至10', '3-5', '20～30'])}{unit}" if rng.random() < 0.3 else number + unit
    )


def _sentence(rng: random.Random) -> str:
    tail = rng.choice(_TAILS).format(n=rng.choice(["10", "3.5", "0.6", "十二"]))
    subject, verb = rng.choice(_SUBJECTS), rng.choice(_VERBS)
    return f"{rng.choice(_PERIODS)}{subject}{verb}{_figure(rng)}{tail}。"


def make_corpus(folder: Path, count: int, *, seed: int = 10) -> tuple[list[Path], list[Path]]:
    """``count`` releases in ``folder`` (some in sub-folders); returns (bad files, empty files)."""
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    bad: list[Path] = []
    empty: list[Path] = []
    for index in range(count):
        path = folder / f"d{index % 7}" / f"release-{index:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        if index % 50 == 13:
            path.write_bytes(BAD[index % len(BAD)] + "产值52.2亿元".encode())
            bad.append(path)
            continue
        if index % 50 == 29:
            path.write_bytes(b"")
            empty.append(path)
            continue
        lines = ["".join(_sentence(rng) for _ in range(rng.randint(1, 4))) for _ in range(3)]
        newline = "\r\n" if index % 5 == 0 else "\n"
        text = newline.join(lines)
        if index % 4 == 0:
            path.write_bytes(text.encode("gb18030"))
        else:
            path.write_text(("\ufeff" if index % 9 == 0 else "") + text, encoding="utf-8")
    return bad, empty


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path], list[Path]]:
    folder = tmp_path_factory.mktemp("releases")
    bad, empty = make_corpus(folder, DOCUMENTS)
    return folder, bad, empty


@pytest.fixture(scope="module")
def client(threads_cluster: LocalCluster) -> Iterator[Client]:
    """The default client of this module, on a cluster of two workers (conftest.py).

    Its workers are threads: the CLI's ``--jobs`` test below starts a cluster of worker
    processes, which is where extraction must also run.
    """
    with Client(threads_cluster) as client:
        # The partition sizes below count the workers, so wait for both.
        client.wait_for_workers(2, timeout=120)
        yield client


#: What ``licheng extract`` printed for each file, once per file: several tests compare with it.
_CLI_OUTPUT: dict[str, tuple[list[dict[str, object]], list[str]]] = {}


def _cli_one_file(path: str) -> tuple[list[dict[str, object]], list[str]]:
    if path not in _CLI_OUTPUT:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(["extract", "--format", "jsonl", "--no-progress", path])
        rows = [json.loads(line) for line in out.getvalue().splitlines()]
        errors = [line for line in err.getvalue().splitlines() if "error" in line]
        assert status == (1 if errors and errors[-1].startswith(f"licheng: error: {path}") else 0)
        _CLI_OUTPUT[path] = rows, errors
    return _CLI_OUTPUT[path]


def _cli_file_by_file(paths: list[str]) -> tuple[list[dict[str, object]], list[str]]:
    """``licheng extract --format jsonl FILE`` for each file, one after another."""
    rows: list[dict[str, object]] = []
    errors: list[str] = []
    for path in paths:
        file_rows, file_errors = _cli_one_file(path)
        rows += file_rows
        errors += file_errors
    return rows, errors


@pytest.fixture(scope="module")
def written(corpus, client, tmp_path_factory):
    """The corpus extracted on the cluster and written as Parquet: (folder, errors, partitions)."""
    folder, _, _ = corpus
    mentions, errors = extract_corpus(str(folder), client=client)
    assert list(mentions.columns) == list(MENTION_COLUMNS)
    assert list(errors.columns) == list(ERROR_COLUMNS)
    out = tmp_path_factory.mktemp("written") / "mentions.parquet"
    problems = write_parquet(mentions, out, errors=errors)
    assert problems is not None
    return out, problems, mentions.npartitions


def test_parquet_equals_the_cli_file_by_file(corpus, written):
    folder, bad, empty = corpus
    out, problems, partitions = written
    assert partitions >= 8  # four partitions a worker at least
    assert len(list(out.glob("part.*.parquet"))) == partitions

    paths = corpus_paths(str(folder))
    assert len(paths) == DOCUMENTS
    expected, cli_errors = _cli_file_by_file(paths)
    table = pq.read_table(out)
    assert table.column_names == list(MENTION_COLUMNS)
    got = table.select(list(ROW_COLUMNS)).to_pylist()
    assert len(got) == len(expected) > 1000
    for index, (row, want) in enumerate(zip(got, expected, strict=True)):
        assert row == want, index

    assert sorted(problems["file"]) == sorted(map(str, bad))
    assert [f"licheng: error: {f}: {r}" for f, r in problems.itertuples(index=False)] == cli_errors
    files = set(table.column("file").to_pylist())
    assert not files & {str(p) for p in bad + empty}
    assert len(files) == DOCUMENTS - len(bad) - len(empty)


def test_the_corpus_covers_every_qualifier_and_many_units(written):
    out, _, _ = written
    columns = ["unit", "qualifier", "value_base", "base_unit", "period"]
    frame = pq.read_table(out, columns=columns).to_pandas()
    assert set(frame["qualifier"]) == {q.value for q in Qualifier}
    assert frame["unit"].nunique() >= 40
    assert {"元", "meter ** 2", "FLOPS", "watt", "enterprise", "dimensionless"} <= set(
        frame["base_unit"].dropna()
    )
    assert {"2025H1", "2024Q1-Q3"} <= set(frame["period"].dropna())
    known = frame["base_unit"].notna()
    assert frame.loc[known, "value_base"].notna().all()


def test_value_base_is_the_exact_value_rounded_once(written):
    out, _, _ = written
    rows = pq.read_table(out, columns=["value", "unit", "value_base"]).to_pylist()
    for row in rows:
        exact = Decimal(row["value"]) * base_factor(row["unit"])[0]
        assert row["value_base"] == float(exact), row


def test_a_glob_listed_on_a_worker_and_a_small_partition_size(corpus, client):
    folder, bad, _ = corpus
    mentions, errors = extract_corpus(f"{folder}/d3/*.txt", client=client, partition_size=5)
    names = sorted(str(p) for p in folder.glob("d3/*.txt"))
    assert mentions.npartitions == -(-len(names) // 5)
    frame, problems = client.compute([mentions, errors], sync=True)
    assert set(frame["file"]) <= set(names)
    assert list(problems["file"]) == [str(p) for p in bad if p.parent.name == "d3"]


@pytest.mark.usefixtures("client")  # the current client computes
def test_write_parquet_keeps_an_existing_folder_unless_told(corpus, tmp_path):
    folder, _, _ = corpus
    out = tmp_path / "out.parquet"
    some = f"{folder}/d1/release-00*.txt"
    mentions, _ = extract_corpus(some, partition_size=3)
    assert write_parquet(mentions, out) is None
    assert len(list(out.glob("part.*.parquet"))) == mentions.npartitions
    with pytest.raises(FileExistsError, match="overwrite=True"):
        write_parquet(mentions, out)
    fewer, _ = extract_corpus(some, partition_size=100)
    write_parquet(fewer, out, overwrite=True)
    assert [p.name for p in out.iterdir()] == ["part.000000.parquet"]
    assert pq.read_table(out).num_rows == len(mentions)


@pytest.mark.usefixtures("client")
def test_an_empty_corpus_gives_empty_tables_with_their_columns(tmp_path):
    mentions, errors = extract_corpus(str(tmp_path / "*.txt"))
    out = tmp_path / "empty.parquet"
    problems = write_parquet(mentions, out, errors=errors)
    assert problems is not None
    assert list(problems.columns) == list(ERROR_COLUMNS)
    assert len(problems) == 0
    table = pq.read_table(out)
    assert (table.num_rows, table.column_names) == (0, list(MENTION_COLUMNS))


def test_partition_size_must_be_positive():
    with pytest.raises(ValueError, match="at least 1"):
        extract_corpus([], partition_size=0)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2025年上半年，产值52.2亿元。", "2025H1"),
        ("2025年1—6月，全区累计投资近40亿元", "2025H1"),
        ("2024年前三季度，产值增长10%", "2024Q1-Q3"),
        ("2025年一季度产值3亿元；二季度产值4亿元", None),  # a new clause names no year
        ("2023年全年完成投资8亿元", "2023"),
        ("2025年6月，新增企业30多家", "2025M06"),
        ("2024年，产值52.2亿元", None),  # a bare year is no period
        ("上半年，产值52.2亿元", None),  # no year: unknown
        ("2024年上半年产值5亿元。全年产值9亿元", None),  # another sentence
    ],
)
def test_period_of_a_mention(text, period):
    mention = extract(text)[-1]
    assert _period(text, mention) == period


def test_cli_jobs_out_on_a_local_cluster(corpus, tmp_path):
    # In this process (the program itself is smoke-tested in tests/cli), but on the cluster
    # of worker processes that --jobs starts: extraction pickled to another interpreter.
    folder, bad, _ = corpus
    sample = tmp_path / "sample"
    sample.mkdir()
    chosen = sorted((folder / "d2").iterdir())[:25]
    for path in chosen:
        (sample / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "mentions.parquet"
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        status = main(["extract", "--jobs", "1", "--progress", str(sample), "--out", str(out)])
    names = sorted(str(p) for p in sample.iterdir())
    bad_here = [str(sample / p.name) for p in bad if p in chosen]
    assert bad_here  # the sample has an undecodable file
    assert status == 1, stderr.getvalue()
    assert stdout.getvalue() == ""
    for name in bad_here:
        assert f"licheng: error: {name}: cannot decode" in stderr.getvalue()
    assert "partitions" in stderr.getvalue()
    expected, _ = _cli_file_by_file(names)
    assert pq.read_table(out).select(list(ROW_COLUMNS)).to_pylist() == expected


def test_cli_scheduler_address(corpus, client, tmp_path):
    folder, _, _ = corpus
    out = tmp_path / "mentions.parquet"
    address = client.scheduler.address
    status = main(["extract", "--scheduler", address, str(folder / "d4"), "--out", str(out)])
    expected, errors = _cli_file_by_file(corpus_paths(str(folder / "d4")))
    assert status == (1 if errors else 0)
    assert pq.read_table(out).select(list(ROW_COLUMNS)).to_pylist() == expected


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--jobs", "2", "x"], "add --out PATH.parquet"),
        (["--scheduler", "tcp://nowhere:1", "x"], "add --out PATH.parquet"),
        (["--out", "o.parquet", "--format", "csv", "x"], "--format is for what extract prints"),
        (["--out", "o.parquet", "-"], "not standard input"),
    ],
)
def test_cli_corpus_usage_errors(args, message, capsys):
    assert main(["extract", *args]) == 1
    assert message in capsys.readouterr().err


def test_cli_jobs_must_be_positive(capsys):
    with pytest.raises(SystemExit):
        main(["extract", "--jobs", "0", "--out", "o.parquet", "x"])
    assert "at least 1" in capsys.readouterr().err


def test_without_dask_the_error_says_what_to_install():
    code = (
        "import sys\n"
        "sys.modules['dask.dataframe'] = None\n"
        "try:\n"
        "    import licheng.corpus\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert 'pip install "licheng[dask]"' in result.stdout


# --- issue 15 -------------------------------------------------------------------------------


def test_a_file_name_that_is_not_utf8_is_a_row_of_the_errors_table(client, tmp_path):
    # Before: pyarrow raised in _frame, the partition's good files were lost and the run failed.
    folder = Path(os.fsdecode(bytes(tmp_path)))
    (folder / "a.txt").write_text("产值52.2亿元", encoding="utf-8")
    (folder / os.fsdecode("报告.txt".encode("gbk"))).write_text("产值1亿元", encoding="utf-8")
    (folder / "c.txt").write_text("投资近40亿元", encoding="utf-8")
    mentions, errors = extract_corpus(str(folder), client=client, partition_size=10)
    out = tmp_path / "mentions.parquet"
    problems = write_parquet(mentions, out, errors=errors)
    assert problems is not None
    assert problems.to_numpy().tolist() == [
        [
            f"{folder}/\\xb1\\xa8\\xb8\\xe6.txt",
            "the file name is not UTF-8 (its bytes are shown as \\xNN)",
        ]
    ]
    assert pq.read_table(out).column("surface").to_pylist() == ["52.2亿元", "近40亿元"]


def test_fifos_and_broken_links_are_rows_of_the_errors_table(tmp_path):
    (tmp_path / "a.txt").write_text("产值52.2亿元", encoding="utf-8")
    os.mkfifo(tmp_path / "b.fifo")
    (tmp_path / "c.txt").symlink_to(tmp_path / "gone.txt")
    mentions, errors = extract_files(corpus_paths(str(tmp_path)))
    assert mentions["surface"].tolist() == ["52.2亿元"]
    assert errors["reason"].tolist() == [
        "a FIFO (named pipe), not a file: not read",
        "a broken symbolic link",
    ]


class _InterruptedError(Exception):
    pass


def _part(number: int) -> pd.DataFrame:
    if number == 3:
        raise _InterruptedError  # the run dies here, as with Ctrl-C or a KilledWorker
    return pd.DataFrame({"n": pd.Series([number], dtype="int64")})


def test_an_interrupted_write_leaves_the_previous_dataset(tmp_path):
    # Before: the old parts were deleted first and the new ones written in place, so that an
    # interrupted run left 4 of 24 parts: a smaller dataset that read back as valid.
    meta = pd.DataFrame({"n": pd.Series([], dtype="int64")})
    whole = dd.from_delayed([delayed(_part)(n) for n in (0, 1, 2)], meta=meta)
    out = tmp_path / "data.parquet"
    with dask.config.set(scheduler="sync"):
        write_parquet(whole, out)
        before = sorted(p.name for p in out.iterdir())
        broken = dd.from_delayed([delayed(_part)(n) for n in range(6)], meta=meta)
        with pytest.raises(_InterruptedError):
            write_parquet(broken, out, overwrite=True)
    assert sorted(p.name for p in out.iterdir()) == before
    assert pq.read_table(out).column("n").to_pylist() == [0, 1, 2]
    assert [p.name for p in tmp_path.iterdir()] == ["data.parquet"]  # no staging folder left


def test_an_interrupted_first_write_leaves_nothing(tmp_path):
    meta = pd.DataFrame({"n": pd.Series([], dtype="int64")})
    broken = dd.from_delayed([delayed(_part)(n) for n in range(6)], meta=meta)
    with dask.config.set(scheduler="sync"), pytest.raises(_InterruptedError):
        write_parquet(broken, tmp_path / "data.parquet")
    assert list(tmp_path.iterdir()) == []


def test_overwrite_never_replaces_a_folder_that_is_not_a_dataset(tmp_path):
    meta = pd.DataFrame({"n": pd.Series([], dtype="int64")})
    whole = dd.from_delayed([delayed(_part)(0)], meta=meta)
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with dask.config.set(scheduler="sync"), pytest.raises(FileExistsError, match=r"notes\.txt"):
        write_parquet(whole, tmp_path, overwrite=True)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
