"""Extract figures from a whole corpus of documents on Dask, into a Parquet dataset.

``licheng extract`` reads files one after another in one process. An analyst with every
district's press releases (tens of thousands of files) runs the same per-document code on Dask
instead: on a laptop's cores with a ``distributed.LocalCluster``, or on a cluster through its
scheduler's address. licheng brings no scheduler of its own.

The files are split into partitions of ``partition_size`` paths; each Dask task reads its own
files, one at a time, and returns the rows of its partition. File contents never travel from
the client, and a worker holds one partition's rows (and one file's text) at a time.

The mentions have the columns of ``licheng extract --format csv`` (``MENTION_COLUMNS``),
built by the same function, so a corpus run and ``licheng extract`` file by file agree row for
row. ``value``, ``low`` and ``high`` stay exact decimal strings in the unit as written
(``"52.2"`` with ``"亿元"``): exact, and comparable with the press release. Three columns
follow for analysis: ``value_base`` (float64) is the value in ``base_unit`` (``"元"``,
``"meter ** 2"``, ``"FLOPS"``, ``"dimensionless"`` for percentages …), so that sums and
comparisons across 万元 and 亿元 work directly; ``period`` is the reporting period as
``str(Period)`` (``"2025H1"``) when the sentence before the figure names a year and a period
(2025年上半年, 2025年1—6月, 2025年前三季度), and null otherwise.

Documents that cannot be read or decoded are rows of the errors table (``file``, ``reason``):
never dropped silently, and they never stop the run.

Install with ``pip install "licheng[dask]"``; ``docs/corpus.md`` shows a run on a local
cluster and on a scheduler's address.

>>> import dask, pathlib, tempfile
>>> from licheng.corpus import extract_corpus
>>> folder = tempfile.TemporaryDirectory()
>>> _ = pathlib.Path(folder.name, "a.txt").write_text("2025年上半年，产值52.2亿元。", "utf-8")
>>> _ = pathlib.Path(folder.name, "b.txt").write_bytes(bytes([0xFF, 0xFE, 0xFA]))
>>> mentions, errors = extract_corpus(folder.name)
>>> mentions, errors = dask.compute(mentions, errors, scheduler="sync")
>>> mentions[["surface", "value", "unit", "value_base", "base_unit", "period"]].values.tolist()
[['52.2亿元', '52.2', '亿元', 5220000000.0, '元', '2025H1']]
>>> errors["reason"].tolist()
['cannot decode as utf-8 or gb18030 (byte 0: ...)']
>>> folder.cleanup()
"""

from __future__ import annotations

import math
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

try:
    import dask.dataframe as dd
    import distributed
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq
    from dask.base import compute
    from dask.delayed import delayed
except ImportError as exc:  # pragma: no cover - the extra is installed wherever tests run
    _msg = f'licheng.corpus needs {exc.name} (the dask extra): pip install "licheng[dask]"'
    raise ImportError(_msg, name=exc.name) from exc

from licheng._corpus_base import (
    DEFAULT_PARTITION_SIZE,
    ERROR_COLUMNS,
    ERRORS_META,
    MENTION_COLUMNS,
    MENTIONS_META,
    base_unit,
    check_replaceable,
    corpus_paths,
    current_client,
    frame,
    move_into_place,
)
from licheng._corpus_facts import (
    FACT_COLUMNS,
    SMALL_CORPUS_BYTES,
    TASK_BYTES,
    TASKS_PER_WORKER,
    read_corpus,
    read_files,
)
from licheng._documents import (
    DocumentError,
    display_name,
    extract_document,
    mention_rows,
    read_document,
)
from licheng._parse.scan import Mention
from licheng._periods import _DASH, _NUM, Period
from licheng._render import draw_progress
from licheng._units import base_factor
from licheng.exceptions import LichengError

__all__ = [
    "DEFAULT_PARTITION_SIZE",
    "ERROR_COLUMNS",
    "FACT_COLUMNS",
    "MENTION_COLUMNS",
    "SMALL_CORPUS_BYTES",
    "TASKS_PER_WORKER",
    "TASK_BYTES",
    "corpus_paths",
    "extract_corpus",
    "extract_files",
    "read_corpus",
    "read_files",
    "write_parquet",
]

_SENTENCE_END = re.compile(r"[。！？；!?;\n]")
_PERIOD = re.compile(
    r"(?:1[89]|2\d)\d\d\s*年\s*(?:"
    + "|".join(
        (
            r"[上下]半年",
            rf"前{_NUM}个?季度",
            rf"第?{_NUM}季度",
            rf"前{_NUM}个?月",
            rf"{_NUM}月?{_DASH}{_NUM}月份?",
            rf"{_NUM}月份?",
            r"全年",
        )
    )
    + ")"
)


def extract_files(
    paths: Sequence[str], encoding: str | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read and extract some files, one at a time: the task that each partition runs.

    Returns the mentions and the errors as pandas DataFrames with the columns and dtypes of
    ``MENTION_COLUMNS`` and ``ERROR_COLUMNS``.

    >>> import pathlib, tempfile
    >>> folder = tempfile.TemporaryDirectory()
    >>> path = str(pathlib.Path(folder.name, "a.txt"))
    >>> _ = pathlib.Path(path).write_text("2025年前三季度，新增用地400余亩，占比28%。", "utf-8")
    >>> mentions, errors = extract_files([path, "missing.txt"])
    >>> mentions[["surface", "qualifier", "low", "high", "value_base", "base_unit"]].values.tolist()
    [['400余亩', 'more_than', '400', '500', 266666.6666666666, 'meter ** 2'],
     ['28%', 'exact', '27.5', '28.5', 0.28, 'dimensionless']]
    >>> mentions["period"].tolist()
    ['2025Q1-Q3', '2025Q1-Q3']
    >>> errors.values.tolist()
    [['missing.txt', 'no such file']]
    >>> folder.cleanup()
    """
    rows: list[dict[str, object]] = []
    failures: list[dict[str, object]] = []
    for path in paths:
        try:
            # Every name of a corpus was listed from a folder or a glob: it must be a file.
            document = read_document(path, encoding, regular_only=True)
            mentions = extract_document(document)
        except DocumentError as exc:
            # exc.path, not path: a name that is not UTF-8 is shown with \xNN escapes, since
            # Arrow stores UTF-8 only and would refuse it (and the whole partition with it).
            failures.append({"file": exc.path, "reason": exc.reason})
            continue
        except LichengError as exc:  # a bug in the extractor must not stop a long run
            failures.append({"file": display_name(path), "reason": f"cannot extract: {exc}"})
            continue
        for mention, row in zip(mentions, mention_rows(path, mentions), strict=True):
            row["value_base"], row["base_unit"] = _base(mention)
            row["period"] = _period(document.text, mention)
            rows.append(row)
        del document  # one file's text at a time
    return frame(rows, MENTION_COLUMNS), frame(failures, ERROR_COLUMNS)


def _base(mention: Mention) -> tuple[float, str | None]:
    """The value in base units (multiplied as decimals, rounded once) and the base unit."""
    figure = mention.figure
    try:
        factor, _ = base_factor(figure.unit)
    except LichengError:
        return math.nan, None
    return float(figure.magnitude * factor), base_unit(figure.unit)


def _period(text: str, mention: Mention) -> str | None:
    """The period the sentence names before the figure, when it names a year, else None."""
    start = mention.start
    stops = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 200), start)]
    sentence = text[stops[-1] if stops else max(0, start - 200) : start]
    named = [found.group() for found in _PERIOD.finditer(sentence)]
    if not named:
        return None
    try:
        return str(Period.parse(named[-1]))  # the nearest one
    except LichengError:
        return None


def extract_corpus(
    paths_or_glob: str | Path | Iterable[str | Path],
    *,
    client: distributed.Client | None = None,
    encoding: str | None = None,
    partition_size: int | None = None,
) -> tuple[dd.DataFrame, dd.DataFrame]:
    """Every figure in a corpus, as lazy Dask DataFrames: ``(mentions, errors)``.

    Args:
        paths_or_glob: a glob, a folder, a file, or several of them (see ``corpus_paths``).
        client: the cluster that will read the files. Names are then listed on one of its
            workers, since that is where the files must be; without it they are listed here.
            Either way the frames compute on the current scheduler (the latest ``Client``).
        encoding: the files' encoding; by default UTF-8, then GB18030, as in the CLI.
        partition_size: files per partition (per task). By default 64, or fewer so that each
            worker of the client (or of the current one; else each core) gets four partitions.

    Nothing is read until the frames are computed. Both frames come from the same tasks:
    compute them together (``dask.compute(mentions, errors)``, or
    ``write_parquet(mentions, out, errors=errors)``) and each file is read once.

    >>> import dask, pathlib, tempfile
    >>> folder = tempfile.TemporaryDirectory()
    >>> for number in range(5):
    ...     text = f"累计投资{number + 1}亿元，增长{number}%。"
    ...     _ = pathlib.Path(folder.name, f"{number}.txt").write_text(text, "utf-8")
    >>> mentions, errors = extract_corpus(f"{folder.name}/*.txt", partition_size=2)
    >>> mentions.npartitions
    3
    >>> mentions, errors = dask.compute(mentions, errors, scheduler="sync")
    >>> mentions["surface"].tolist()
    ['1亿元', '0%', '2亿元', '1%', '3亿元', '2%', '4亿元', '3%', '5亿元', '4%']
    >>> len(errors)
    0
    >>> folder.cleanup()
    """
    if partition_size is not None and partition_size < 1:
        msg = f"partition_size must be at least 1, not {partition_size}"
        raise ValueError(msg)
    if client is None:
        paths = corpus_paths(paths_or_glob)
    else:
        names = (
            str(paths_or_glob)
            if isinstance(paths_or_glob, str | Path)
            else [str(p) for p in paths_or_glob]
        )
        paths = client.submit(corpus_paths, names, pure=False).result()
    size = partition_size or _partition_size(len(paths), client)
    chunks = [paths[i : i + size] for i in range(0, len(paths), size)]
    parts = [
        delayed(extract_files, pure=False, nout=2)(chunk, encoding) for chunk in chunks or [[]]
    ]
    mentions = dd.from_delayed([p[0] for p in parts], meta=MENTIONS_META)
    errors = dd.from_delayed([p[1] for p in parts], meta=ERRORS_META)
    return mentions, errors


def _partition_size(files: int, client: distributed.Client | None) -> int:
    if client is None:
        client = current_client()
    if client is None:  # the local scheduler: a thread per core
        workers = os.cpu_count() or 1
    else:
        workers = max(1, len(client.scheduler_info()["workers"]))
    return max(1, min(DEFAULT_PARTITION_SIZE, math.ceil(files / (4 * workers))))


def write_parquet(
    df: dd.DataFrame,
    out_dir: str | Path,
    *,
    errors: dd.DataFrame | None = None,
    overwrite: bool = False,
    progress: TextIO | None = None,
) -> pd.DataFrame | None:
    """Write a Dask DataFrame as a Parquet dataset: one file per partition, no index.

    Every row's document is a column (``file``), not a folder. Files are named
    ``part.000000.parquet``, … in partition order, so reading the folder back keeps the order.
    Each partition is written by the worker that computed it (``out_dir`` must be reachable
    from the workers), and forgotten once written.

    The write is atomic: the parts go into a new folder beside ``out_dir``
    (``.NAME.writing-…``), which replaces ``out_dir`` only once every part is written. A run
    that fails or is interrupted leaves the previous dataset as it was (or none), never a
    partial one that reads back as a smaller, valid dataset.

    Args:
        df: what to write, e.g. the mentions of ``extract_corpus``.
        out_dir: the dataset's folder; created if missing.
        errors: the errors of the same ``extract_corpus`` call, computed in the same pass
            (so that each file is read once) and returned as a pandas DataFrame.
        overwrite: replace an existing dataset; without it, a folder that holds anything is
            a ``FileExistsError``. A folder that holds anything but Parquet parts and their
            metadata is never replaced.
        progress: where to draw a progress bar (e.g. ``sys.stderr``); none by default.

    Returns:
        The errors as a pandas DataFrame when ``errors`` is given, else None.

    >>> import dask, pathlib, tempfile
    >>> folder = tempfile.TemporaryDirectory()
    >>> _ = pathlib.Path(folder.name, "a.txt").write_text("产值52.2亿元。", "utf-8")
    >>> _ = pathlib.Path(folder.name, "b.txt").write_text("入驻企业30多家。", "utf-8")
    >>> files = [f"{folder.name}/a.txt", f"{folder.name}/b.txt"]
    >>> mentions, errors = extract_corpus(files, partition_size=10)
    >>> out = pathlib.Path(folder.name, "mentions.parquet")
    >>> with dask.config.set(scheduler="sync"):
    ...     problems = write_parquet(mentions, out, errors=errors)
    >>> len(problems), sorted(p.name for p in out.iterdir())
    (0, ['part.000000.parquet'])
    >>> pd.read_parquet(out)[["surface", "value", "high"]].values.tolist()
    [['52.2亿元', '52.2', '52.25'], ['30多家', '30', '40']]
    >>> folder.cleanup()
    """
    out = Path(out_dir)
    if out.exists():
        check_replaceable(out, overwrite=overwrite)
    out.parent.mkdir(parents=True, exist_ok=True)
    # Written into a new folder beside the target and moved into place once complete: an
    # interrupted or failed run leaves the previous dataset (or nothing), never a part of one.
    staging = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.writing-"))
    try:
        schema = pa.Schema.from_pandas(df._meta, preserve_index=False)  # noqa: SLF001 - meta
        writes = [
            delayed(_write_part, pure=False)(part, str(staging / f"part.{i:06d}.parquet"), schema)
            for i, part in enumerate(df.to_delayed(optimize_graph=False))
        ]
        tasks = writes + ([] if errors is None else errors.to_delayed(optimize_graph=False))
        results = _compute(tasks, len(writes), progress)
        move_into_place(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if errors is None:
        return None
    parts = results[len(writes) :]
    if not parts:
        return errors._meta.copy()  # noqa: SLF001
    return pd.concat(parts, ignore_index=True)


def _write_part(part: pd.DataFrame, path: str, schema: pa.Schema) -> int:
    table = pa.Table.from_pandas(part, schema=schema, preserve_index=False)
    pq.write_table(table, path)
    return len(part)


def _compute(tasks: list[Any], count: int, progress: TextIO | None) -> list[Any]:
    """Compute ``tasks`` on the current scheduler; the bar follows the first ``count``."""
    client = current_client()
    if client is None:
        if progress is None:
            return list(compute(*tasks))
        from dask.diagnostics.progress import ProgressBar  # only for a bar

        with ProgressBar(out=progress):
            return list(compute(*tasks))
    futures = client.compute(tasks)
    if progress is not None:
        started = time.monotonic()
        writes = futures[:count]
        for done, _ in enumerate(distributed.as_completed(writes), 1):
            draw_progress(progress, done, len(writes), started, "partitions")
        progress.write("\n")
    results: list[Any] = client.gather(futures)
    return results
