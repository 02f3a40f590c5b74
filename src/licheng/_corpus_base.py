"""What ``licheng.corpus``'s two jobs share: tables, paths, atomic folders, watched waits.

Private: the public names are re-exported by :mod:`licheng.corpus`.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import glob
import re
import shutil
import tempfile
import time
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, TextIO

try:
    import distributed
    import pandas as pd
    from distributed.comm.core import CommClosedError
except ImportError as exc:  # pragma: no cover - the extra is installed wherever tests run
    _msg = f'licheng.corpus needs {exc.name} (the dask extra): pip install "licheng[dask]"'
    raise ImportError(_msg, name=exc.name) from exc

from licheng._documents import ROW_COLUMNS, expand_paths
from licheng._render import draw_progress
from licheng._units import get_unit, ureg

STRING = pd.StringDtype("pyarrow")
DTYPES: dict[str, Any] = {
    "file": STRING,
    "start": "int64",
    "end": "int64",
    "surface": STRING,
    "role": STRING,
    "basis": STRING,
    "value": STRING,
    "unit": STRING,
    "qualifier": STRING,
    "low": STRING,
    "high": STRING,
    "approximate": "bool",
    "value_base": "float64",
    "base_unit": STRING,
    "period": STRING,
    "reason": STRING,
}

#: The mentions table: the columns of ``licheng extract``, then ``value_base``, ``base_unit``
#: and ``period``.
MENTION_COLUMNS: tuple[str, ...] = (*ROW_COLUMNS, "value_base", "base_unit", "period")
#: The errors table: one row per document that could not be read or decoded.
ERROR_COLUMNS: tuple[str, ...] = ("file", "reason")

#: Files per partition (per Dask task) when none is given.
DEFAULT_PARTITION_SIZE = 64

_GLOB_CHARS = frozenset("*?[")


def frame(rows: list[dict[str, object]], columns: Sequence[str]) -> pd.DataFrame:
    data = {name: pd.Series([row[name] for row in rows], dtype=DTYPES[name]) for name in columns}
    return pd.DataFrame(data, columns=list(columns))


MENTIONS_META = frame([], MENTION_COLUMNS)
ERRORS_META = frame([], ERROR_COLUMNS)


def corpus_paths(paths_or_glob: str | Path | Iterable[str | Path]) -> list[str]:
    """The files of a corpus, in the order their rows come out.

    A string with ``*``, ``?`` or ``[`` is a glob (``**`` reaches into sub-folders); a
    folder stands for every file in it, recursively, in sorted order, as for
    ``licheng extract FOLDER``; anything else is a file name.

    >>> import pathlib, tempfile
    >>> folder = tempfile.TemporaryDirectory()
    >>> for name in ("b.txt", "a.txt", "sub/c.txt", "notes.md"):
    ...     path = pathlib.Path(folder.name, name)
    ...     path.parent.mkdir(exist_ok=True)
    ...     _ = path.write_text("产值52.2亿元", "utf-8")
    >>> def names(found):
    ...     return [pathlib.Path(p).relative_to(folder.name).as_posix() for p in found]
    >>> names(corpus_paths(f"{folder.name}/*.txt"))
    ['a.txt', 'b.txt']
    >>> names(corpus_paths(f"{folder.name}/**/*.txt"))
    ['a.txt', 'b.txt', 'sub/c.txt']
    >>> names(corpus_paths([folder.name]))
    ['a.txt', 'b.txt', 'notes.md', 'sub/c.txt']
    >>> folder.cleanup()
    """
    names = (
        [str(paths_or_glob)]
        if isinstance(paths_or_glob, str | Path)
        else [str(path) for path in paths_or_glob]
    )
    found: list[str] = []
    for name in names:
        if _GLOB_CHARS & set(name):
            # glob.glob, not Path.glob: the pattern may be absolute and names come back as typed
            matches = glob.glob(name, recursive=True)  # noqa: PTH207
            found += sorted(p for p in matches if not Path(p).is_dir())
        else:
            found += expand_paths([name])
    return found


@cache
def base_unit(unit: str) -> str:
    return str(ureg.get_base_units(get_unit(unit))[1])


def current_client() -> distributed.Client | None:
    try:
        client: distributed.Client = distributed.default_client()
    except ValueError:
        return None
    return client


#: What a folder may hold to be replaced as a dataset: Parquet parts and their metadata files.
DATASET_FILES = re.compile(r".*\.parquet|_metadata|_common_metadata|_SUCCESS|\..*\.crc")


def check_replaceable(out: Path, *, overwrite: bool, partitions: str | None = None) -> None:
    if not out.is_dir():
        msg = f"{out} is a file, not a dataset folder"
        raise FileExistsError(msg)
    names = [p.name for p in out.iterdir()]
    if names and not overwrite:
        msg = f"{out} already holds files; pass overwrite=True to replace the dataset"
        raise FileExistsError(msg)
    strangers = [
        name
        for name in names
        if not (DATASET_FILES.fullmatch(name) or (partitions and name.startswith(f"{partitions}=")))
    ]
    if strangers:
        msg = (
            f"{out} holds files that are not part of a Parquet dataset ({strangers[0]!r}, …); "
            "not replacing it"
        )
        raise FileExistsError(msg)


def move_into_place(staging: Path, out: Path) -> None:
    """Replace ``out`` by ``staging``: two renames, with no moment of a partial dataset."""
    if not out.exists():
        staging.rename(out)
        return
    old = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.old-"))
    old.rmdir()
    out.rename(old)
    try:
        staging.rename(out)
    except BaseException:
        old.rename(out)
        raise
    shutil.rmtree(old, ignore_errors=True)


#: Seconds between two looks at the tasks and at the cluster while waiting for a corpus.
POLL_SECONDS = 0.25
#: How long, by default, a cluster may have no worker at all before a corpus run gives up: a
#: worker that is restarted comes back within seconds; an adaptive cluster may take longer.
NO_WORKERS_TIMEOUT = 60.0
#: What a wait raises when the cluster, not a task, failed: every worker that tried a task
#: died (KilledWorker), a future was cancelled or lost, the connection broke, time ran out.
_CLUSTER_FAILURES = (
    distributed.KilledWorker,
    concurrent.futures.CancelledError,
    TimeoutError,
    ConnectionError,
    CommClosedError,
)


def gather_watched(  # noqa: PLR0913 - the limits of one wait, each its own keyword
    client: distributed.Client,
    futures: Sequence[distributed.Future[Any]],
    *,
    timeout: float | None,
    no_workers_timeout: float,
    progress: TextIO | None = None,
    unit: str = "tasks",
) -> list[Any]:
    """The futures' results, in order; never a wait without end.

    A worker lost while running a task costs only that task, which the scheduler runs again
    on another worker. The wait gives up, cancels the futures and raises ``RuntimeError``
    when a task has killed every worker that tried it (``KilledWorker``), when the cluster
    has had no worker at all for ``no_workers_timeout`` seconds, or when ``timeout`` seconds
    (None: no limit) have passed. A task's own exception is raised as it is.
    """
    try:
        with client.as_current():  # distributed.wait asks for the current client
            _watch(client, futures, timeout, no_workers_timeout, progress, unit)
        results: list[Any] = client.gather(list(futures))
    except _CLUSTER_FAILURES as exc:
        client.cancel(list(futures))
        msg = f"the Dask cluster failed while reading the corpus: {exc}; nothing was written"
        raise RuntimeError(msg) from exc
    except BaseException:
        client.cancel(list(futures))
        raise
    return results


def _watch(  # noqa: PLR0913, PLR0917 - gather_watched's limits, passed on
    client: distributed.Client,
    futures: Sequence[distributed.Future[Any]],
    timeout: float | None,
    no_workers_timeout: float,
    progress: TextIO | None,
    unit: str,
) -> None:
    """Return once every future is done; raise as soon as one failed or a limit passed."""
    started = time.monotonic()
    pending = list(futures)
    no_workers_since: float | None = None
    while pending:
        with contextlib.suppress(TimeoutError):
            distributed.wait(pending, timeout=POLL_SECONDS, return_when="FIRST_COMPLETED")
        finished = [future for future in pending if future.done()]
        for future in finished:
            future.result()  # raises the task's exception, if it failed
        pending = [future for future in pending if not future.done()]
        if progress is not None and finished:
            draw_progress(progress, len(futures) - len(pending), len(futures), started, unit)
        now = time.monotonic()
        if pending and timeout is not None and now - started > timeout:
            msg = f"the corpus was not read within {timeout:g} s"
            raise TimeoutError(msg)
        if not pending or client.nthreads():
            no_workers_since = None
        elif no_workers_since is None:
            no_workers_since = now
        elif now - no_workers_since > no_workers_timeout:
            msg = f"the cluster has had no worker for {no_workers_timeout:g} s"
            raise TimeoutError(msg)
    if progress is not None:
        progress.write("\n")
