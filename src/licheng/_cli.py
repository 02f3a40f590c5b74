"""The ``licheng`` command: ``licheng report`` and ``licheng extract``.

Each subcommand is one block below: a function that adds its parser (``_add_report``) and the
function that runs it (``_report``), registered in ``_COMMANDS``. ``main`` turns every failure a
user can cause — a bad argument, an unwritable path, a full disk, an output encoding that cannot
write Chinese, Ctrl-C — into one line on stderr and an exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import errno
import json
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Generator, Sequence
from pathlib import Path
from types import ModuleType
from typing import TextIO

from licheng._documents import ROW_COLUMNS
from licheng._render import draw_progress
from licheng.exceptions import LichengError

__all__ = ["main"]

_PROGRESS_FILES = 20
_PROGRESS_BYTES = 1_000_000
#: Exit status after Ctrl-C (128 + SIGINT), as shells report it.
_INTERRUPTED = 130
#: Rows of ``licheng extract``'s text table read before its column widths are fixed.
_TABLE_SAMPLE = 200
_REPORT_EXAMPLES = """\
examples:
  licheng report                            the bundled Licheng H1 2025 profile
  licheng report --locale en_US             the same in English
  licheng report --format json > out.json   machine-readable
  licheng report --input my-district.json   your own data set (see docs/data.md)
"""
_EXTRACT_EXAMPLES = """\
examples:
  licheng extract release.txt               every figure in a press release
  echo "产值52.2亿元，同比增长10%" | licheng extract -
  licheng extract --format jsonl folder/    every file in a folder, one JSON object a line
  licheng extract --encoding gbk old.txt    a file in GBK (tried automatically after UTF-8)
  licheng extract --locale en_US release.txt  with each figure also written in English
  licheng extract --jobs 4 corpus/ --out mentions.parquet
                                            a corpus on 4 local Dask workers, into Parquet
  licheng extract --scheduler tcp://head:8786 /shared/corpus/ --out /shared/mentions.parquet
                                            the same on a running Dask cluster
"""


class _UserError(Exception):
    """A problem with what the user asked for: one line on stderr, exit status 1."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``licheng`` command; return its exit status.

    >>> main(["report", "--locale", "en_US", "--format", "csv"])  # doctest: +ELLIPSIS
    section,item,text,note,value,unit,qualifier,low,high,approximate,derived
    ...
    0
    """
    args = _parser().parse_args(argv)
    out, err = sys.stdout, sys.stderr
    try:
        run: _Run = args.run
        status = run(args, out, err)
        out.flush()
    except (_UserError, LichengError) as exc:
        message = " ".join(str(exc).split("\n")) if isinstance(exc, _UserError) else _one_line(exc)
        return _fail(err, message)
    except KeyboardInterrupt:
        _silence(out)
        _say(err, "licheng: interrupted")
        return _INTERRUPTED
    except BrokenPipeError:
        # The reader went away (licheng extract … | head): not an error of ours.
        _silence(out)
        return 0
    except UnicodeEncodeError as exc:
        _silence(out)
        encoding = getattr(out, "encoding", None) or exc.encoding
        return _fail(
            err,
            f"the output's encoding ({encoding}) cannot write {exc.object[exc.start]!r}: "
            "use a UTF-8 locale or set PYTHONIOENCODING=utf-8",
        )
    except OSError as exc:
        _silence(out)
        return _fail(err, _os_message(exc))
    return status


def _fail(err: TextIO, message: str) -> int:
    _say(err, f"licheng: error: {message}")
    return 1


def _say(err: TextIO, line: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        print(line, file=err)
        err.flush()


def _silence(out: TextIO) -> None:
    """Point standard output at /dev/null after it failed, so that exit does not fail again.

    Python flushes ``sys.stdout`` at exit; what is still buffered for a full disk or a closed
    pipe would end in "Exception ignored" lines. Only the process's own standard output is
    redirected: ``main`` called with another stream in ``sys.stdout`` leaves it alone.
    """
    if out is not sys.__stdout__:  # a caller's stream (a test, a notebook): not ours to touch
        return
    try:
        fd = out.fileno()
    except (OSError, ValueError, AttributeError):
        return
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)


def _os_message(exc: OSError) -> str:
    reason = exc.strerror or str(exc) or type(exc).__name__
    if exc.filename is not None:
        return f"{os.fsdecode(exc.filename)}: {reason}"
    if exc.errno in {errno.ENOSPC, errno.EIO, errno.EPIPE, errno.EBADF}:
        return f"cannot write the output: {reason}"
    return reason


def _one_line(error: BaseException) -> str:
    lines = str(error).splitlines() or [type(error).__name__]
    return lines[0] if len(lines) == 1 else f"{len(lines)} problems: {'; '.join(lines)}"


_Run = Callable[[argparse.Namespace, TextIO, TextIO], int]


def _parser() -> argparse.ArgumentParser:
    from licheng import __version__  # the package is imported by now

    parser = argparse.ArgumentParser(
        prog="licheng",
        description="Chinese regional industrial statistics as typed, unit-safe data.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for add in _COMMANDS:
        add(commands)
    return parser


def environment_locale() -> str:
    """The locale the environment asks for (babel's order: LANGUAGE first), or zh_Hans_CN."""
    from licheng._locale import environment_locale as from_environment

    return from_environment()


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        msg = f"must be a whole number of at least 1, not {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


# --- licheng report ---------------------------------------------------------------------------


def _add_report(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser(
        "report",
        help="the industry profile of a district data set",
        description="Print a district's industries, figures, derived figures and findings.",
        epilog=_REPORT_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    report.add_argument("--locale", help="e.g. zh_Hans_CN, zh_Hant_TW, en_US (default: from LANG)")
    report.add_argument(
        "--format", default="text", choices=["text", "markdown", "json", "csv"], dest="fmt"
    )
    source = report.add_mutually_exclusive_group()
    source.add_argument("--dataset", default="licheng_2025h1", help="a bundled data set")
    source.add_argument("--input", metavar="FILE.json", help="a district data set as JSON")
    report.add_argument("--width", type=int, default=80, help="text width (default 80)")
    report.add_argument(
        "--plot",
        metavar="OUT.png",
        help="also draw the charts to this file; its suffix says the format (.png, .svg, .pdf …)",
    )
    report.set_defaults(run=_report)


def _load_district(args: argparse.Namespace) -> object:
    from licheng import datasets  # the CLI loads what a command needs
    from licheng._io import from_json
    from licheng._model import District

    if args.input:
        path = Path(args.input)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            msg = f"{path}: no such file"
            raise _UserError(msg) from None
        except (OSError, UnicodeDecodeError) as exc:
            msg = f"{path}: cannot read: {exc}"
            raise _UserError(msg) from None
        try:
            return from_json(text, District)
        except LichengError as exc:
            msg = f"{path}: not a valid district data set: {_one_line(exc)}"
            raise _UserError(msg) from None
    loader = getattr(datasets, args.dataset, None)
    if args.dataset not in datasets.__all__ or loader is None:
        names = ", ".join(name for name in datasets.__all__ if callable(getattr(datasets, name)))
        msg = f"unknown data set {args.dataset!r}; bundled: {names}"
        raise _UserError(msg)
    return loader()


def _report(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from licheng._model import District
    from licheng._report import build_report

    district = _load_district(args)
    assert isinstance(district, District)  # noqa: S101 - both loaders return a District
    locale = args.locale or environment_locale()
    report = build_report(district, locale)
    text = report.render(args.fmt, width=args.width)
    # The charts are drawn before anything is printed: a --plot that cannot be honoured
    # (no matplotlib, an unknown suffix, a folder that cannot be written) is one line of error
    # instead of a whole report followed by a traceback.
    charts = _save_charts(district, args.plot, str(report.locale)) if args.plot else None
    out.write(text)
    if charts is not None:
        _say(err, f"licheng: charts written to {charts}")
    return 0


def _save_charts(district: object, name: str, locale: str) -> Path:
    """Draw the report's charts to ``name``, atomically; every problem is a ``_UserError``."""
    target = Path(name)
    try:
        from matplotlib.backend_bases import FigureCanvasBase  # optional

        from licheng.plot import save_report_charts
    except ImportError:
        msg = '--plot needs matplotlib: python -m pip install matplotlib (the "plot" extra)'
        raise _UserError(msg) from None
    formats = FigureCanvasBase.get_supported_filetypes()
    suffix = target.suffix.lower().lstrip(".")
    if target.is_dir():
        msg = f"--plot {name}: is a folder; give a file name such as {target / 'charts.png'}"
        raise _UserError(msg)
    if suffix not in formats:
        known = ", ".join(f".{s}" for s in sorted(formats))
        msg = f"--plot {name}: the suffix says which format to draw; one of {known}"
        raise _UserError(msg)
    folder = target.parent
    try:
        # A temporary file beside the target, moved into place: no half-drawn chart is left.
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".licheng-", suffix=target.suffix)
        os.close(handle)
    except OSError as exc:
        msg = f"--plot {name}: cannot write in {folder}: {exc.strerror or exc}"
        raise _UserError(msg) from None
    try:
        save_report_charts(district, temporary, locale=locale)  # type: ignore[arg-type]
        umask = os.umask(0o022)  # read it back: mkstemp made the file private to its owner
        os.umask(umask)
        Path(temporary).chmod(0o666 & ~umask)
        Path(temporary).replace(target)
    except OSError as exc:
        msg = f"--plot {name}: cannot write: {exc.strerror or exc}"
        raise _UserError(msg) from None
    finally:
        Path(temporary).unlink(missing_ok=True)
    return target


# --- licheng extract --------------------------------------------------------------------------


def _add_extract(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    extract = commands.add_parser(
        "extract",
        help="every figure in Chinese text",
        description="List every figure in text files, with role, value, unit, qualifier, "
        "bounds and span. Rows are written as they are found, in every format.",
        epilog=_EXTRACT_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument(
        "paths", nargs="*", default=["-"], metavar="FILE", help="files, folders or - (stdin)"
    )
    extract.add_argument("--encoding", help="the files' encoding (default: UTF-8, else GB18030)")
    extract.add_argument(
        "--format",
        choices=["table", "json", "csv", "jsonl"],
        dest="fmt",
        help="what to print (default: table)",
    )
    extract.add_argument(
        "--locale",
        help="add a column with each figure written in this locale (the table only); "
        "the text column keeps the wording of the source",
    )
    progress = extract.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress", action="store_true", default=None, help="always show (default: on a terminal)"
    )
    progress.add_argument("--no-progress", action="store_false", dest="progress", help="never show")
    corpus = extract.add_argument_group(
        'a corpus on Dask (pip install "licheng[dask]")',
        "Write a Parquet dataset instead of printing; bad files are listed on stderr.",
    )
    corpus.add_argument(
        "--out", metavar="PATH.parquet", help="write the mentions as a Parquet dataset (a folder)"
    )
    cluster = corpus.add_mutually_exclusive_group()
    cluster.add_argument(
        "--jobs",
        type=_positive,
        metavar="N",
        help="run on a local Dask cluster of N worker processes (default with --out: all cores)",
    )
    cluster.add_argument(
        "--scheduler", metavar="ADDRESS", help="run on a running Dask cluster, e.g. tcp://head:8786"
    )
    extract.set_defaults(run=_extract)


def _check_encoding(encoding: str | None) -> None:
    from licheng._documents import encoding_problem

    problem = encoding and encoding_problem(encoding)
    if problem:
        msg = f"--encoding: {problem}"
        raise _UserError(msg)


def _extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    _check_encoding(args.encoding)
    if args.out or args.jobs or args.scheduler:
        return _extract_corpus(args, err)
    from licheng._documents import (
        DocumentError,
        expand_paths,
        iter_rows,
        read_document,
    )

    locale = _value_locale(args)
    named = set(args.paths)
    paths = list(expand_paths(args.paths))
    if "-" in paths and sys.stdin is not None and sys.stdin.isatty():
        _say(
            err, "licheng: reading standard input; end it with Ctrl-D (files: licheng extract FILE)"
        )
    show_progress = _show_progress(args, paths, err)
    write = _writer(args.fmt or "table", out, many=len(paths) > 1, locale=locale)
    failures = 0
    started = time.monotonic()
    for index, path in enumerate(paths, 1):
        try:
            # An entry found in a folder must be a regular file; one named may be a pipe.
            document = read_document(path, args.encoding, regular_only=path not in named)
        except DocumentError as exc:
            _say(err, f"licheng: error: {exc}")
            failures += 1
            continue
        if document.encoding != "utf-8" and not args.encoding:
            _say(err, f"licheng: {path}: not UTF-8, decoded as {document.encoding}")
        send = write.send
        for row in iter_rows(document):
            send(row)
        if show_progress:
            draw_progress(err, index, len(paths), started, "files")
    write.close()
    if show_progress:
        err.write("\n")
    return 1 if failures else 0


def _value_locale(args: argparse.Namespace) -> str | None:
    """The locale of the table's ``value`` column, when ``--locale`` asks for one."""
    if not args.locale:
        return None
    from licheng._locale import locale_info

    return str(locale_info(args.locale).locale)


def _show_progress(args: argparse.Namespace, paths: list[str], err: TextIO) -> bool:
    if args.progress is not None:
        return bool(args.progress)
    if not _is_terminal(err):  # a log file would get every frame of the bar
        return False
    size = sum(Path(p).stat().st_size for p in paths if p != "-" and Path(p).is_file())
    return len(paths) >= _PROGRESS_FILES or size >= _PROGRESS_BYTES


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (OSError, ValueError):
        return False


_COLUMNS = ROW_COLUMNS
_Row = tuple[dict[str, object], object]


def _writer(
    fmt: str, out: TextIO, *, many: bool, locale: str | None
) -> Generator[None, _Row, None]:
    """A coroutine that writes each row it is sent, as it comes; ``close()`` ends the output."""
    writers = {"jsonl": _write_jsonl, "json": _write_json, "csv": _write_csv}
    coroutine = writers[fmt](out) if fmt in writers else _write_table(out, many=many, locale=locale)
    next(coroutine)
    return coroutine


def _write_jsonl(out: TextIO) -> Generator[None, _Row, None]:
    write = out.write
    with contextlib.suppress(GeneratorExit):
        while True:
            row, _ = yield
            write(jsonl_line(row))


def jsonl_line(row: dict[str, object]) -> str:
    r"""``json.dumps(row, ensure_ascii=False) + "\n"`` for a row of ``ROW_COLUMNS``, faster.

    The command's JSON lines are most of its cost after extraction itself: one f-string over
    the known columns, with json's own string escaping, instead of a dict and an encoder.

    >>> row = {"file": 'a"b', "start": 1, "end": 5, "surface": "近40亿元", "role": "value",
    ...        "basis": None, "value": "40", "unit": "亿元", "qualifier": "nearly", "low": None,
    ...        "high": "40", "approximate": False}
    >>> jsonl_line(row) == json.dumps(row, ensure_ascii=False) + "\n"
    True
    """
    null = _json_nullable

    def text(value: object) -> str:
        return _json_string(str(value))

    return (
        f'{{"file": {text(row["file"])}, "start": {row["start"]}, "end": {row["end"]}, '
        f'"surface": {text(row["surface"])}, "role": {text(row["role"])}, '
        f'"basis": {null(row["basis"])}, "value": {text(row["value"])}, '
        f'"unit": {text(row["unit"])}, "qualifier": {text(row["qualifier"])}, '
        f'"low": {null(row["low"])}, "high": {null(row["high"])}, '
        f'"approximate": {"true" if row["approximate"] else "false"}}}\n'
    )


# json's own escaping (in C where available), as json.dumps(..., ensure_ascii=False) uses it.
_json_string: Callable[[str], str] = json.encoder.encode_basestring


def _json_nullable(value: object) -> str:
    return "null" if value is None else _json_string(str(value))


def _write_json(out: TextIO) -> Generator[None, _Row, None]:
    """A JSON array, written a row at a time: ``[`` first, ``]`` when the input ends."""
    separator = "[\n"
    try:
        while True:
            row, _ = yield
            text = json.dumps({key: row[key] for key in _COLUMNS}, ensure_ascii=False, indent=2)
            out.write(separator + "  " + text.replace("\n", "\n  "))
            separator = ",\n"
    except GeneratorExit:
        out.write("[]\n" if separator == "[\n" else "\n]\n")


def _write_csv(out: TextIO) -> Generator[None, _Row, None]:
    writer = csv.DictWriter(out, fieldnames=_COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    with contextlib.suppress(GeneratorExit):
        while True:
            row, _ = yield
            writer.writerow(row)


def _write_table(out: TextIO, *, many: bool, locale: str | None) -> Generator[None, _Row, None]:
    """The text table, streamed: widths are fixed from the first rows, later cells wrap.

    Up to ``_TABLE_SAMPLE`` rows are held to choose the column widths; every row after is
    written as it comes, so memory stays bounded however long the input.
    """
    from licheng._formatting import format_figure
    from licheng._render import fit_widths, rule, table_lines

    header = (
        (["file"] if many else [])
        + ["span", "role", "text"]
        + (["value"] if locale else [])
        + ["bounds"]
    )
    held: list[list[str]] = []
    widths: list[int] | None = None

    def cells(row: dict[str, object], mention: object) -> list[str]:
        low, high = row["low"], row["high"]
        bounds = f"[{'-∞' if low is None else low}, {'∞' if high is None else high}] {row['unit']}"
        role = str(row["role"]) + (f" ({row['basis']})" if row["basis"] else "")
        value = [format_figure(mention.figure, locale)] if locale else []  # type: ignore[attr-defined]
        return (
            ([str(row["file"])] if many else [])
            + [f"{row['start']}-{row['end']}", role, str(row["surface"])]
            + value
            + [bounds]
        )

    try:
        while True:
            row, mention = yield
            line = cells(row, mention)
            if widths is not None:
                out.write("\n".join(table_lines([line], widths)) + "\n")
                continue
            held.append(line)
            if len(held) >= _TABLE_SAMPLE:
                widths = fit_widths(header, held, max_width=100)
                out.write("\n".join([*table_lines([header], widths), rule(widths)]) + "\n")
                out.write("\n".join(table_lines(held, widths)) + "\n")
                held.clear()
    except GeneratorExit:
        if held:
            widths = fit_widths(header, held, max_width=100)
            lines = [*table_lines([header], widths), rule(widths), *table_lines(held, widths)]
            out.write("\n".join(lines) + "\n")


def _corpus_job(args: argparse.Namespace) -> tuple[ModuleType, list[str]]:
    """What a run on Dask needs before it starts: ``licheng.corpus`` and the files listed.

    Shared by ``licheng extract`` and ``licheng read``: ``--out`` is required, standard input
    cannot be read on a cluster, Dask must be installed and the output place writable.
    """
    if not args.out:
        msg = "--jobs and --scheduler write a Parquet dataset: add --out PATH.parquet"
        raise _UserError(msg)
    if "-" in args.paths:
        msg = "--out reads files and folders, not standard input"
        raise _UserError(msg)
    try:
        from licheng import corpus  # Dask is optional and heavy
    except ImportError as exc:
        raise _UserError(str(exc)) from None
    from licheng._documents import expand_paths

    _check_out(Path(args.out))
    # Listed here, in the order of the in-process commands: the same rows, the same order.
    return corpus, list(expand_paths(args.paths))


def _extract_corpus(args: argparse.Namespace, err: TextIO) -> int:
    """``licheng extract --out X.parquet [--jobs N | --scheduler ADDRESS] PATH ...`` on Dask."""
    if args.out and args.fmt is not None:
        msg = "--out writes Parquet; --format is for what extract prints"
        raise _UserError(msg)
    corpus, paths = _corpus_job(args)
    progress = err if _show_progress(args, paths, err) else None
    started = time.monotonic()
    with contextlib.ExitStack() as stack:
        _connect(stack, args)
        mentions, errors = corpus.extract_corpus(paths, encoding=args.encoding)
        try:
            problems = corpus.write_parquet(
                mentions, args.out, errors=errors, overwrite=True, progress=progress
            )
        except FileExistsError as exc:
            raise _UserError(str(exc)) from None
    assert problems is not None  # noqa: S101 - errors were given
    for row in problems.itertuples(index=False):
        _say(err, f"licheng: error: {row.file}: {row.reason}")
    seconds = time.monotonic() - started
    _say(
        err,
        f"licheng: {len(paths) - len(problems)} of {len(paths)} files read in {seconds:.1f} s, "
        f"mentions written to {args.out}",
    )
    return 1 if len(problems) else 0


def _check_out(out: Path) -> None:
    """Fail before any work when ``--out`` cannot be written: under a file, read-only, /proc."""
    if out.exists() and not out.is_dir():
        msg = f"--out {out}: is a file, not a dataset folder"
        raise _UserError(msg)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.check-")).rmdir()
    except (FileExistsError, NotADirectoryError):
        msg = f"--out {out}: a folder on its path is a file"
        raise _UserError(msg) from None
    except OSError as exc:
        msg = f"--out {out}: cannot write there: {exc.strerror or exc}"
        raise _UserError(msg) from None


def _connect(stack: contextlib.ExitStack, args: argparse.Namespace) -> None:
    """Enter a client of the scheduler asked for, or of a new local cluster."""
    from distributed import Client, LocalCluster

    if args.scheduler:
        try:
            stack.enter_context(Client(args.scheduler, timeout="10s"))
        except (OSError, ValueError, TypeError) as exc:
            msg = f"cannot reach the Dask scheduler at {args.scheduler}: {_one_line(exc)}"
            raise _UserError(msg) from None
        return
    try:
        cluster = stack.enter_context(
            LocalCluster(
                n_workers=args.jobs or os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # any free port: 8787 may be taken, even with None
                silence_logs=logging.ERROR,
            )
        )
    except (OSError, RuntimeError, ValueError) as exc:
        msg = f"cannot start a local Dask cluster: {_one_line(exc)}"
        raise _UserError(msg) from None
    stack.enter_context(Client(cluster))  # the default client from here on


# --- licheng read -----------------------------------------------------------------------------


def _add_read(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    # The reader's command lives with the reader; only its registration is here.
    from licheng._read._command import add_read_command

    add_read_command(commands).set_defaults(run=_read)


def _read(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from licheng._read._command import run_read

    return run_read(args, out, sys.stdin, err)


_COMMANDS: tuple[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None], ...] = (
    _add_report,
    _add_extract,
    _add_read,
)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
