"""The ``licheng`` command: ``licheng report`` and ``licheng extract``."""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from licheng._documents import ROW_COLUMNS
from licheng._render import draw_progress
from licheng.exceptions import LichengError

__all__ = ["main"]

_DEFAULT_LOCALE = "zh_Hans_CN"
_NOT_A_LOCALE = frozenset({"C", "POSIX"})
_PROGRESS_FILES = 20
_PROGRESS_BYTES = 1_000_000

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
  licheng extract --jobs 4 corpus/ --out mentions.parquet
                                            a corpus on 4 local Dask workers, into Parquet
  licheng extract --scheduler tcp://head:8786 /shared/corpus/ --out /shared/mentions.parquet
                                            the same on a running Dask cluster
"""


class _UserError(Exception):
    """A problem with what the user asked for: one line on stderr, exit status 1."""


def environment_locale(environ: dict[str, str] | None = None) -> str:
    """The locale the environment asks for (LC_ALL, LC_MESSAGES, LANG, LANGUAGE), or zh_Hans_CN.

    The C and POSIX locales say nothing about language, so they fall back too.

    >>> environment_locale({"LANG": "en_US.UTF-8"}), environment_locale({"LANG": "C.UTF-8"})
    ('en_US', 'zh_Hans_CN')
    """
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name, "").split(":")[0].split(".")[0].split("@")[0]
        if value and value not in _NOT_A_LOCALE:
            return value
    return _DEFAULT_LOCALE


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="licheng",
        description="Chinese regional industrial statistics as typed, unit-safe data.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
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
    report.add_argument("--plot", metavar="OUT.png", help="also draw the charts to a PNG file")
    extract = commands.add_parser(
        "extract",
        help="every figure in Chinese text",
        description="List every figure in text files, with role, value, unit, qualifier, "
        "bounds and span.",
        epilog=_EXTRACT_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument(
        "paths", nargs="*", default=["-"], metavar="FILE", help="files, folders or -"
    )
    extract.add_argument("--encoding", help="the files' encoding (default: UTF-8, else GB18030)")
    extract.add_argument(
        "--format",
        choices=["table", "json", "csv", "jsonl"],
        dest="fmt",
        help="what to print (default: table)",
    )
    extract.add_argument("--locale", help="locale of the value column (default: from LANG)")
    progress = extract.add_mutually_exclusive_group()
    progress.add_argument("--progress", action="store_true", default=None, help="always show")
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
    # licheng read: its own block (the reader's command lives with the reader)
    from licheng._read._command import add_read_command  # noqa: PLC0415

    add_read_command(commands)
    return parser


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        msg = f"must be a whole number of at least 1, not {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``licheng`` command; return its exit status.

    >>> main(["report", "--locale", "en_US", "--format", "csv"])  # doctest: +ELLIPSIS
    section,item,text,note,value,unit,qualifier,low,high,approximate,derived
    ...
    0
    """
    args = _parser().parse_args(argv)
    try:
        if args.command == "report":
            return _report(args, sys.stdout)
        if args.command == "read":
            from licheng._read._command import run_read  # noqa: PLC0415

            return run_read(args, sys.stdout, sys.stdin)
        return _extract(args, sys.stdout, sys.stderr)
    except (_UserError, LichengError) as exc:
        message = " ".join(str(exc).split("\n")) if isinstance(exc, _UserError) else _one_line(exc)
        print(f"licheng: error: {message}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (licheng extract … | head): not an error of ours.
        sys.stderr.close()
        return 0


def _one_line(error: BaseException) -> str:
    lines = str(error).splitlines() or [type(error).__name__]
    return lines[0] if len(lines) == 1 else f"{len(lines)} problems: {'; '.join(lines)}"


def _load_district(args: argparse.Namespace) -> object:
    from licheng import datasets  # noqa: PLC0415 - the CLI loads what a command needs
    from licheng._io import from_json  # noqa: PLC0415
    from licheng._model import District  # noqa: PLC0415

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


def _report(args: argparse.Namespace, out: TextIO) -> int:
    from licheng._model import District  # noqa: PLC0415
    from licheng._report import build_report  # noqa: PLC0415

    district = _load_district(args)
    assert isinstance(district, District)  # noqa: S101 - both loaders return a District
    locale = args.locale or environment_locale()
    report = build_report(district, locale)
    out.write(report.render(args.fmt, width=args.width))
    if args.plot:
        from licheng.plot import save_report_charts  # noqa: PLC0415 - matplotlib is optional

        save_report_charts(district, args.plot, locale=report.locale)
        print(f"licheng: charts written to {args.plot}", file=sys.stderr)
    return 0


_COLUMNS = ROW_COLUMNS


def _extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.out or args.jobs or args.scheduler:
        return _extract_corpus(args, err)
    from licheng._documents import (  # noqa: PLC0415
        DocumentError,
        expand_paths,
        iter_document,
        mention_row,
        read_document,
    )
    from licheng._formatting import format_figure  # noqa: PLC0415
    from licheng._locale import locale_info  # noqa: PLC0415

    locale = str(locale_info(args.locale or environment_locale()).locale)
    paths = list(expand_paths(args.paths))
    show_progress = _show_progress(args, paths)
    failures = 0
    rows: list[dict[str, object]] = []
    started = time.monotonic()
    for index, path in enumerate(paths, 1):
        try:
            document = read_document(path, args.encoding)
        except DocumentError as exc:
            print(f"licheng: error: {exc}", file=err)
            failures += 1
            continue
        if document.encoding != "utf-8" and not args.encoding:
            print(f"licheng: {path}: not UTF-8, decoded as {document.encoding}", file=err)
        for mention in iter_document(document):
            row = mention_row(path, mention)
            row["text"] = format_figure(mention.figure, locale)
            if args.fmt == "jsonl":
                out.write(json.dumps(_public(row), ensure_ascii=False) + "\n")
            else:
                rows.append(row)
        if show_progress:
            draw_progress(err, index, len(paths), started, "files")
    if show_progress:
        err.write("\n")
    _write_rows(args.fmt or "table", rows, out, many=len(paths) > 1)
    return 1 if failures else 0


def _show_progress(args: argparse.Namespace, paths: list[str]) -> bool:
    if args.progress is not None:
        return bool(args.progress)
    size = sum(Path(p).stat().st_size for p in paths if p != "-" and Path(p).is_file())
    return len(paths) >= _PROGRESS_FILES or size >= _PROGRESS_BYTES


def _extract_corpus(args: argparse.Namespace, err: TextIO) -> int:
    """``licheng extract --out X.parquet [--jobs N | --scheduler ADDRESS] PATH ...`` on Dask."""
    if not args.out:
        msg = "--jobs and --scheduler write a Parquet dataset: add --out PATH.parquet"
        raise _UserError(msg)
    if args.fmt is not None:
        msg = "--out writes Parquet; --format is for what extract prints"
        raise _UserError(msg)
    if "-" in args.paths:
        msg = "--out reads files and folders, not standard input"
        raise _UserError(msg)
    try:
        from licheng import corpus  # noqa: PLC0415 - Dask is optional and heavy
    except ImportError as exc:
        raise _UserError(str(exc)) from None
    from distributed import Client, LocalCluster  # noqa: PLC0415

    from licheng._documents import expand_paths  # noqa: PLC0415

    # Listed here, in the order of licheng extract without --out: the same rows, the same order.
    paths = list(expand_paths(args.paths))
    progress = err if _show_progress(args, paths) else None
    started = time.monotonic()
    with contextlib.ExitStack() as stack:
        if args.scheduler:
            try:
                stack.enter_context(Client(args.scheduler, timeout="10s"))
            except OSError as exc:
                msg = f"cannot reach the Dask scheduler at {args.scheduler}: {exc}"
                raise _UserError(msg) from None
        else:
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=args.jobs or os.cpu_count() or 1,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",  # any free port: 8787 may be taken, even with None
                    silence_logs=logging.ERROR,
                )
            )
            stack.enter_context(Client(cluster))  # the default client from here on
        mentions, errors = corpus.extract_corpus(paths, encoding=args.encoding)
        try:
            problems = corpus.write_parquet(
                mentions, args.out, errors=errors, overwrite=True, progress=progress
            )
        except FileExistsError as exc:
            raise _UserError(str(exc)) from None
    assert problems is not None  # noqa: S101 - errors were given
    for row in problems.itertuples(index=False):
        print(f"licheng: error: {row.file}: {row.reason}", file=err)
    seconds = time.monotonic() - started
    print(
        f"licheng: {len(paths) - len(problems)} of {len(paths)} files read in {seconds:.1f} s, "
        f"mentions written to {args.out}",
        file=err,
    )
    return 1 if len(problems) else 0


def _public(row: dict[str, object]) -> dict[str, object]:
    return {key: row[key] for key in _COLUMNS}


def _write_rows(fmt: str, rows: list[dict[str, object]], out: TextIO, *, many: bool) -> None:
    if fmt == "jsonl":
        return
    if fmt == "json":
        out.write(json.dumps([_public(r) for r in rows], ensure_ascii=False, indent=2) + "\n")
        return
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(_public(r) for r in rows)
        out.write(buffer.getvalue())
        return
    from licheng._render import text_table  # noqa: PLC0415

    header = (["file"] if many else []) + ["span", "role", "text", "value", "bounds"]
    table = []
    for r in rows:
        low, high = r["low"], r["high"]
        bounds = f"[{'-∞' if low is None else low}, {'∞' if high is None else high}] {r['unit']}"
        role = str(r["role"]) + (f" ({r['basis']})" if r["basis"] else "")
        span = f"{r['start']}-{r['end']}"
        table.append(
            ([str(r["file"])] if many else [])
            + [span, role, str(r["surface"]), str(r["text"]), bounds]
        )
    out.write(text_table(header, table, max_width=100) + "\n" if table else "")


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
