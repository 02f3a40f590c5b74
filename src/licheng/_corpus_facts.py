"""``read_corpus``: every document of a corpus through :func:`licheng.read`, into Parquet.

Private: the public names are re-exported by :mod:`licheng.corpus`. This module imports no
``dask.dataframe``: a worker that runs its tasks loads only distributed, pandas, pyarrow and
the reader.
"""

from __future__ import annotations

import math
import re
import shutil
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from licheng._corpus_base import (
    DEFAULT_PARTITION_SIZE,
    DTYPES,
    ERROR_COLUMNS,
    ERRORS_META,
    NO_WORKERS_TIMEOUT,
    STRING,
    base_unit,
    check_replaceable,
    corpus_paths,
    current_client,
    frame,
    gather_watched,
    move_into_place,
)

try:
    import distributed
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq
except ImportError as exc:  # pragma: no cover - the extra is installed wherever tests run
    _msg = f'licheng.corpus needs {exc.name} (the dask extra): pip install "licheng[dask]"'
    raise ImportError(_msg, name=exc.name) from exc

from licheng._documents import DocumentError, display_name, read_document
from licheng._render import draw_progress
from licheng._units import base_factor
from licheng.exceptions import LichengError

__all__ = [
    "FACT_COLUMNS",
    "SMALL_CORPUS_BYTES",
    "TASKS_PER_WORKER",
    "TASK_BYTES",
    "read_corpus",
    "read_files",
]

#: The facts table of :func:`read_corpus`: one row per indicator read. ``value``, ``low`` and
#: ``high`` are float64 in ``unit`` (NaN for an open side); ``value_base`` is the value in
#: ``base_unit``; ``region`` and ``year`` are the dataset's partitions: ``"unknown"`` for a
#: region the document does not tell, year 0 for a figure of no stated period.
FACT_COLUMNS: tuple[str, ...] = (
    "file",
    "region",
    "year",
    "period",
    "subject",
    "subject_kind",
    "measure",
    "role",
    "scope",
    "accumulation",
    "basis",
    "value",
    "unit",
    "low",
    "high",
    "qualifier",
    "value_base",
    "base_unit",
    "start",
    "end",
    "quote",
)
_FACT_DTYPES: dict[str, Any] = {
    **DTYPES,
    "region": STRING,
    "year": "int64",
    "subject": STRING,
    "subject_kind": STRING,
    "measure": STRING,
    "scope": STRING,
    "accumulation": STRING,
    "value": "float64",
    "low": "float64",
    "high": "float64",
    "quote": STRING,
}
_PARTITIONS = ["region", "year"]
#: Below this many bytes of text, :func:`read_corpus` reads in this process even with a
#: cluster: starting tasks costs more than it saves (see ``benchmarks/bench_read_corpus.py``).
SMALL_CORPUS_BYTES = 2_000_000
#: Tasks per worker: few and large (a task costs the scheduler milliseconds, a megabyte of
#: text costs a worker seconds), balanced by bytes; four rather than one, so that a worker that
#: finishes early (its texts were easier, or it had a core to itself) takes another's last task.
TASKS_PER_WORKER = 4
#: The fewest bytes of text worth a task of its own (beyond one per worker): a task writes its
#: own Parquet files, which costs a tenth of a second or so however few its facts.
TASK_BYTES = 500_000
_UNKNOWN = "unknown"


def _fact_frame(rows: list[dict[str, object]], columns: Sequence[str]) -> pd.DataFrame:
    data = {
        name: pd.Series([row[name] for row in rows], dtype=_FACT_DTYPES[name]) for name in columns
    }
    return pd.DataFrame(data, columns=list(columns))


def _bound_float(value: object) -> float:
    return math.nan if value is None else float(value)  # type: ignore[arg-type]


# A place name as a release writes it: two to four characters and 区, 县, 市 or 省; 全区, 本市,
# 城区, 园区, 社区 and the like name no place.
_REGION_NAME = re.compile(r"[\u4e00-\u9fff]{2}[区县市省]")
# In running text, a place name starts after a punctuation mark, a date or a preposition.
_NAMED_REGION = re.compile(
    r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[年月日在据于对了]))([\u4e00-\u9fff]{2}[区县市省])(?![会长委])"
)
_NOT_A_PLACE = frozenset(
    "全本该我各园社辖景片矿港校营厂地镇乡街区县省一二三四五六七八九十年是在和与及的"
    "功能验发新特保税贸核心主老"
)


def _document_region(reading: Any, place: str | None) -> str:  # noqa: ANN401 - a Reading
    """The place's first part, else the first region the document reads figures of or names."""
    if place:
        return place.split("/")[0].strip() or _UNKNOWN
    from licheng._vocabularies import SubjectKind  # loaded with the reader

    for indicator in reading.indicators:
        subject = str(indicator.subject)
        if (
            indicator.subject_kind is SubjectKind.REGION
            and _REGION_NAME.fullmatch(subject)
            and not _NOT_A_PLACE & set(subject[:2])
        ):
            return subject
    for found in _NAMED_REGION.finditer(reading.text, 0, 2000):
        name = found.group(1)
        if not _NOT_A_PLACE & set(name[:2]):
            return name
    return _UNKNOWN


def read_files(
    paths: Sequence[str],
    encoding: str | None = None,
    *,
    published: str | None = None,
    place: str | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read some files with :func:`licheng.read`, one at a time: ``(facts, errors)``.

    Each indicator is a row of ``FACT_COLUMNS``; a file that cannot be read or decoded is a
    row of the errors table, as for :func:`extract_files`.

    >>> import pathlib, tempfile
    >>> folder = tempfile.TemporaryDirectory()
    >>> path = str(pathlib.Path(folder.name, "a.txt"))
    >>> text = "2025年上半年，章丘区规上工业总产值658.5亿元，同比增长5.1%。"
    >>> _ = pathlib.Path(path).write_text(text, "utf-8")
    >>> facts, errors = read_files([path, "missing.txt"])
    >>> facts[["region", "year", "period", "measure", "role", "value", "unit"]].values.tolist()
    [['章丘区', 2025, '2025H1', 'output_value', 'value', 658.5, '亿元'],
     ['章丘区', 2025, '2025H1', 'output_value', 'growth', 5.1, 'percent']]
    >>> facts["value"].dtype, errors.values.tolist()
    (dtype('float64'), [['missing.txt', 'no such file']])
    >>> folder.cleanup()
    """
    from licheng._read import read  # the reader's tables load on first use

    rows: list[dict[str, object]] = []
    failures: list[dict[str, object]] = []
    for path in paths:
        try:
            document = read_document(path, encoding, regular_only=True)
            reading = read(document.text, published=published, place=place)
        except DocumentError as exc:
            failures.append({"file": exc.path, "reason": exc.reason})
            continue
        except LichengError as exc:  # a bug in the reader must not stop a long run
            failures.append({"file": display_name(path), "reason": f"cannot read: {exc}"})
            continue
        region = _document_region(reading, place)
        rows.extend(_fact_row(path, region, indicator) for indicator in reading.indicators)
    return _fact_frame(rows, FACT_COLUMNS), frame(failures, ERROR_COLUMNS)


def _fact_row(path: str, region: str, indicator: Any) -> dict[str, object]:  # noqa: ANN401
    figure = indicator.figure
    period = indicator.period
    start, end = indicator.span or (0, 0)
    try:
        factor, _ = base_factor(figure.unit)
        value_base, in_base = float(figure.magnitude * factor), base_unit(figure.unit)
    except LichengError:
        value_base, in_base = math.nan, None
    return {
        "file": display_name(path),
        "region": region,
        "year": 0 if period is None else period.year,
        "period": None if period is None else str(period),
        "subject": indicator.subject,
        "subject_kind": None if indicator.subject_kind is None else indicator.subject_kind.value,
        "measure": indicator.measure.value,
        "role": indicator.role.value,
        "scope": indicator.scope.value,
        "accumulation": indicator.accumulation.value,
        "basis": None if indicator.basis is None else indicator.basis.value,
        "value": float(figure.magnitude),
        "unit": figure.unit,
        "low": _bound_float(figure.low_magnitude),
        "high": _bound_float(figure.high_magnitude),
        "qualifier": figure.qualifier.value,
        "value_base": value_base,
        "base_unit": in_base,
        "start": start,
        "end": end,
        "quote": None if indicator.source is None else indicator.source.quote,
    }


def _write_facts(facts: pd.DataFrame, root: Path, number: int) -> None:
    """Write one task's facts under ``root/region=…/year=…/``, file by file, atomically.

    The files are first written into a folder of this attempt, then renamed to names fixed by
    the task's number: an attempt killed half-way leaves only its own folder (removed before
    the dataset is moved into place), and the retry writes the same names again.
    """
    if facts.empty:
        return
    scratch = Path(tempfile.mkdtemp(dir=root, prefix=f"_attempt-{number:06d}-"))
    # Without pandas' metadata: the partition columns come back as Arrow dictionaries, which
    # pandas reads as categoricals; the metadata would ask for Int64 and fail.
    table = pa.Table.from_pandas(facts, preserve_index=False).replace_schema_metadata(None)
    pq.write_to_dataset(
        table,
        str(scratch),
        partition_cols=_PARTITIONS,
        basename_template=f"part-{number:06d}-{{i}}.parquet",
        existing_data_behavior="overwrite_or_ignore",
    )
    for written in sorted(scratch.rglob("*.parquet")):
        target = root / written.relative_to(scratch)
        # Level by level, never root itself: a task still running after its run was given
        # up must not bring back the staging folder that the run removed.
        target.parent.parent.mkdir(exist_ok=True)
        target.parent.mkdir(exist_ok=True)
        written.replace(target)
    shutil.rmtree(scratch, ignore_errors=True)


class _Job(NamedTuple):
    """What every task of a run needs besides its files: a few strings, sent with each task."""

    root: str
    encoding: str | None
    published: str | None
    place: str | None


def _read_and_write(paths: Sequence[str], number: int, job: _Job) -> tuple[int, pd.DataFrame]:
    """One task: read its files and write their facts where the worker is; send back counts."""
    facts, errors = read_files(paths, job.encoding, published=job.published, place=job.place)
    _write_facts(facts, Path(job.root), number)
    return len(facts), errors


def _balanced(paths: Sequence[str], tasks: int) -> list[list[str]]:
    """``tasks`` groups of paths of about equal bytes, each in corpus order."""
    sizes = []
    for path in paths:
        try:
            sizes.append(Path(path).stat().st_size)
        except OSError:
            sizes.append(0)
    groups: list[list[int]] = [[] for _ in range(max(1, min(tasks, len(paths))))]
    loads = [0] * len(groups)
    for index in sorted(range(len(paths)), key=lambda i: -sizes[i]):
        # The lightest group, and of equal loads the one with fewest files: empty files count.
        lightest = min(range(len(groups)), key=lambda g: (loads[g], len(groups[g])))
        groups[lightest].append(index)
        loads[lightest] += sizes[index]
    return [[paths[i] for i in sorted(group)] for group in groups if group]


def read_corpus(  # noqa: PLR0913 - the options of licheng read on a folder
    paths_or_glob: str | Path | Iterable[str | Path],
    out_dir: str | Path,
    *,
    client: distributed.Client | None = None,
    encoding: str | None = None,
    published: str | None = None,
    place: str | None = None,
    overwrite: bool = False,
    progress: TextIO | None = None,
    small: int = SMALL_CORPUS_BYTES,
    timeout: float | None = None,
    no_workers_timeout: float = NO_WORKERS_TIMEOUT,
) -> pd.DataFrame:
    """Read every document of a corpus with :func:`licheng.read` into a Parquet dataset.

    The dataset at ``out_dir`` is partitioned by ``region`` and ``year``
    (``region=章丘区/year=2025/part-….parquet``), so that one region or one year reads alone
    (``pd.read_parquet(out, filters=[("region", "==", "章丘区")])``). Its columns are
    ``FACT_COLUMNS``, typed: float64 values and bounds with the unit in a column, the period
    filled wherever the reader tells it. Documents that cannot be read are the rows of the
    returned errors table; they never stop the run.

    With a ``client`` (or a current one) and at least ``small`` bytes of text, the files are
    split into tasks of about equal bytes: ``TASKS_PER_WORKER`` per worker, fewer when a task
    would hold less than ``TASK_BYTES``, never fewer than one per worker; each worker loads
    the reader once, reads its files and writes their facts itself, so only paths go out and
    only counts and errors come back. Otherwise the files are read here, one after another:
    below ``small`` bytes that is faster than any cluster.

    The write is atomic, as for :func:`write_parquet`: a run that fails, or loses all its
    workers, leaves no dataset (or the previous one), never a partial one. A worker lost
    mid-run costs only its tasks, which Dask runs again on the others.

    Args:
        paths_or_glob: a glob, a folder, a file, or several of them (see ``corpus_paths``).
        out_dir: the dataset's folder (reachable from the workers).
        client: the cluster; by default the current client, if any.
        encoding: the files' encoding; by default UTF-8, then GB18030.
        published: the release date given to :func:`licheng.read` for every document.
        place: the reporting unit (its first part is every row's ``region``); without it, a
            document's region is the first region it reads figures of, else ``unknown``.
        overwrite: replace an existing dataset.
        progress: where to draw a progress bar; none by default.
        small: the fewest bytes worth a cluster.
        timeout: seconds after which a run on a cluster gives up (None: no limit).
        no_workers_timeout: seconds a cluster may have no worker at all before the run gives
            up; a worker that is restarted comes back well within the default minute.

    Raises:
        FileExistsError: ``out_dir`` holds something and ``overwrite`` is false.
        RuntimeError: the cluster failed: a task killed every worker that tried it, no worker
            was left for ``no_workers_timeout`` seconds, or ``timeout`` passed; no dataset was
            written, and the tasks still queued were cancelled.

    >>> import pathlib, tempfile
    >>> folder = tempfile.TemporaryDirectory()
    >>> for name, text in (("a.txt", "2025年上半年，章丘区规上工业总产值658.5亿元。"),
    ...                    ("b.txt", "2024年，莱芜区工业总产值1307亿元。")):
    ...     _ = pathlib.Path(folder.name, name).write_text(text, "utf-8")
    >>> out = pathlib.Path(folder.name, "facts.parquet")
    >>> errors = read_corpus(folder.name, out)
    >>> len(errors), len(list(out.iterdir()))  # a folder per region
    (0, 2)
    >>> sorted(pd.read_parquet(out)["region"].astype(str).unique())
    ['章丘区', '莱芜区']
    >>> pd.read_parquet(out, filters=[("year", "==", 2024)])[["subject", "value"]].values.tolist()
    [['莱芜区工业', 1307.0]]
    >>> folder.cleanup()
    """
    paths = [p for p in corpus_paths(paths_or_glob) if Path(p).name not in {".", ""}]
    out = Path(out_dir)
    if out.exists():
        check_replaceable(out, overwrite=overwrite, partitions=_PARTITIONS[0])
    out.parent.mkdir(parents=True, exist_ok=True)
    client = client or current_client()
    total = sum(Path(p).stat().st_size for p in paths if Path(p).is_file())
    staging = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.writing-"))
    job = _Job(str(staging), encoding, published, place)
    try:
        if client is None or total < small:
            errors = _read_here(paths, job, progress)
        else:
            workers = max(1, len(client.nthreads()))
            tasks = max(workers, min(workers * TASKS_PER_WORKER, math.ceil(total / TASK_BYTES)))
            groups = _balanced(paths, tasks)
            futures = [
                client.submit(
                    _read_and_write,
                    group,
                    number,
                    job,
                    pure=False,
                    key=f"licheng-read-{number}-{staging.name}",
                )
                for number, group in enumerate(groups)
            ]
            results: list[tuple[int, pd.DataFrame]] = gather_watched(
                client,
                futures,
                timeout=timeout,
                no_workers_timeout=no_workers_timeout,
                progress=progress,
            )
            errors = _concat([failed for _, failed in results])
        for scratch in staging.glob("_attempt-*"):  # what lost attempts left
            shutil.rmtree(scratch, ignore_errors=True)
        move_into_place(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return errors


def _read_here(paths: list[str], job: _Job, progress: TextIO | None) -> pd.DataFrame:
    step = DEFAULT_PARTITION_SIZE
    errors: list[pd.DataFrame] = []
    started = time.monotonic()
    for number, first in enumerate(range(0, len(paths), step)):
        _, failed = _read_and_write(paths[first : first + step], number, job)
        errors.append(failed)
        if progress is not None:
            done = min(len(paths), first + step)
            draw_progress(progress, done, len(paths), started, "files")
    if progress is not None:
        progress.write("\n")
    return _concat(errors)


def _concat(errors: list[pd.DataFrame]) -> pd.DataFrame:
    return pd.concat(errors, ignore_index=True) if errors else ERRORS_META.copy()
