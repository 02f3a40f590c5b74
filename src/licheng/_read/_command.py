"""``licheng read FILE…``: the command-line face of :func:`licheng.read`."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from licheng._model import Indicator
from licheng._read._reader import read
from licheng._read._records import Reading

__all__ = ["add_read_command", "run_read"]

_COLUMNS = (
    "file",
    "start",
    "end",
    "surface",
    "subject",
    "subject_kind",
    "measure",
    "role",
    "value",
    "unit",
    "qualifier",
    "period",
    "scope",
    "accumulation",
    "basis",
    "of",
    "about",
    "quote",
)
_EXAMPLES = """examples:
  licheng read release.txt --published 2025-07-18 --place "历城区 / 济南市 / 山东省"
  licheng read release.txt --format json > district.json   a data set for licheng report --input
  licheng read release.txt --review          each figure marked 【…】 in its sentence
  licheng read FOLDER --format jsonl         one fact a line, as each file is read
  licheng read FOLDER --jobs 2 --out facts.parquet   on Dask, partitioned by region and year
"""


def add_read_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """Register ``licheng read`` on the command's subparsers; return its parser."""
    command = commands.add_parser(
        "read",
        help="every figure of a release read as an indicator",
        description="Read the figures of Chinese statistical releases as indicators: subject, "
        "measure, role, period, scope, accumulation and basis, with the figure's span; and "
        "list the figures left out, with the reason.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    command.add_argument("paths", nargs="*", default=["-"], metavar="FILE", help="files or -")
    command.add_argument("--published", metavar="DATE", help="the release date, e.g. 2025-07-18")
    command.add_argument("--place", metavar="NAME", help="the reporting unit, e.g. 历城区 / 济南市")
    command.add_argument(
        "--format",
        default="table",
        choices=["table", "json", "jsonl", "csv", "markdown", "panel"],
        dest="fmt",
        help="what to print (default: table)",
    )
    command.add_argument(
        "--review", action="store_true", help="print each figure marked in its sentence"
    )
    command.add_argument("--encoding", default="utf-8", help="the files' encoding (default UTF-8)")
    corpus = command.add_argument_group(
        "a corpus on Dask",
        "Read folders into a Parquet dataset partitioned by region and year; files that "
        "cannot be read are listed on stderr. A small corpus is read in this process.",
    )
    corpus.add_argument(
        "--out", metavar="PATH.parquet", help="write the facts as a Parquet dataset (a folder)"
    )
    corpus.add_argument(
        "--jobs", type=_positive, metavar="N", help="read on a local Dask cluster of N workers"
    )
    corpus.add_argument(
        "--scheduler", metavar="ADDRESS", help="read on the Dask cluster at this address"
    )
    return command


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        msg = f"must be a whole number of at least 1, not {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def run_read(
    args: argparse.Namespace, out: TextIO, stdin: TextIO, err: TextIO | None = None
) -> int:
    """Run ``licheng read``; return its exit status."""
    err = err or sys.stderr
    if (
        getattr(args, "out", None)
        or getattr(args, "jobs", None)
        or getattr(args, "scheduler", None)
    ):
        return _read_corpus(args, err)
    if args.fmt == "jsonl":
        return _stream(args, out, stdin, err)
    rows: list[dict[str, object]] = []
    readings: list[tuple[str, Reading]] = []
    for path, text in _texts(args, stdin, err):
        reading = read(text, published=args.published, place=args.place)
        readings.append((path, reading))
        rows.extend(_row(path, item, text) for item in reading.indicators)
    if args.review:
        out.writelines(
            _review(path, reading.text, item) + "\n"
            for path, reading in readings
            for item in reading.indicators
        )
        return 0
    if args.fmt == "panel":
        # one panel of every file: its long frame as CSV, which Panel.from_frame reads back
        from licheng._panel import Panel  # loads on first use

        panel = Panel.from_readings(reading for _, reading in readings)
        out.write(panel.to_frame().to_csv(index=False))
        return 0
    if args.fmt == "json":
        # a data set: what `licheng report --input` renders
        from licheng._assemble import district_from_indicators
        from licheng._io import to_json  # loads on first use
        from licheng._read._district import place_fields

        indicators = [item for _, reading in readings for item in reading.indicators]
        fields = place_fields(args.place)
        district = district_from_indicators(
            indicators,
            name=fields["name"],
            city=fields.get("city"),
            province=fields.get("province"),
        )
        out.write(to_json(district) + "\n")
        return 0
    _write(args.fmt, rows, out)
    return 0


def _plain_number(value: str) -> str:
    """1.668E+5 → 166800: a table for people writes no exponent (JSON and CSV keep it, exact)."""
    return f"{Decimal(value):f}" if "E" in value else value


def _reference(value: object) -> str | None:
    if value is None:
        return None
    return f"{getattr(value, 'subject', '')} {getattr(value, 'measure', '')}"


def _row(path: str, item: Indicator, text: str) -> dict[str, object]:
    start, end = item.span or (0, 0)
    return {
        "file": path,
        "start": start,
        "end": end,
        "surface": text[start:end],
        "subject": item.subject,
        "subject_kind": None if item.subject_kind is None else str(item.subject_kind),
        "measure": str(item.measure),
        "role": str(item.role),
        "value": str(item.figure.magnitude),
        "unit": item.figure.unit,
        "qualifier": str(item.figure.qualifier),
        "period": None if item.period is None else str(item.period),
        "scope": str(item.scope),
        "accumulation": str(item.accumulation),
        "basis": None if item.basis is None else str(item.basis),
        "of": _reference(item.whole),
        "about": _reference(item.about),
        "quote": None if item.source is None else item.source.quote,
    }


def _review(path: str, text: str, item: Indicator) -> str:
    start, end = item.span or (0, 0)
    quote = (item.source.quote if item.source is not None else None) or ""
    sentence_start = text.find(quote, max(0, start - len(quote))) if quote else -1
    if sentence_start < 0 or sentence_start > start:
        marked = f"【{text[start:end]}】"
    else:
        local_start, local_end = start - sentence_start, end - sentence_start
        marked = f"{quote[:local_start]}【{quote[local_start:local_end]}】{quote[local_end:]}"
    period = "-" if item.period is None else str(item.period)
    return (
        f"{path}:{start}-{end} {item.subject} · {item.measure} · {item.role} · {period}\n"
        f"    {marked}"
    )


def _write(fmt: str, rows: list[dict[str, object]], out: TextIO) -> None:
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        out.write(buffer.getvalue())
        return
    header = ["span", "subject", "measure", "role", "value", "period", "basis"]
    table = [
        [
            f"{row['start']}-{row['end']}",
            str(row["subject"]),
            str(row["measure"]),
            str(row["role"]),
            f"{_plain_number(str(row['value']))} {row['unit']}".strip(),
            str(row["period"] or "-"),
            str(row["basis"] or "-"),
        ]
        for row in rows
    ]
    if fmt == "markdown":
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(cells) + " |" for cells in table]
        out.write("\n".join(lines) + "\n")
        return
    from licheng._render import text_table  # loads on first use

    if table:
        out.write(text_table(header, table, max_width=120) + "\n")


def _texts(args: argparse.Namespace, stdin: TextIO, err: TextIO) -> Iterator[tuple[str, str]]:
    """Each file of the arguments (folders expanded) and its text; unreadable ones on ``err``."""
    from licheng._documents import DocumentError, expand_paths, read_document

    for path in args.paths:
        if path == "-":
            yield path, stdin.read()
            continue
        for name in expand_paths([path]):
            try:
                yield name, read_document(name, args.encoding, regular_only=True).text
            except DocumentError as exc:
                err.write(f"licheng: error: {exc.path}: {exc.reason}\n")


def _stream(args: argparse.Namespace, out: TextIO, stdin: TextIO, err: TextIO) -> int:
    """``--format jsonl``: one fact a line, written as soon as its file is read."""
    for path, text in _texts(args, stdin, err):
        reading = read(text, published=args.published, place=args.place)
        out.writelines(
            json.dumps(_row(path, item, text), ensure_ascii=False) + "\n"
            for item in reading.indicators
        )
        out.flush()
    return 0


def _read_corpus(args: argparse.Namespace, err: TextIO) -> int:
    """``licheng read FOLDER --out X.parquet [--jobs N | --scheduler ADDRESS]``."""
    import contextlib

    from licheng._cli import _connect, _corpus_job, _is_terminal, _UserError

    corpus, paths = _corpus_job(args)
    progress = err if _is_terminal(err) else None
    started = time.monotonic()
    with contextlib.ExitStack() as stack:
        size = sum(Path(p).stat().st_size for p in paths if Path(p).is_file())
        if args.scheduler or (args.jobs and size >= corpus.SMALL_CORPUS_BYTES):
            _connect(stack, args)  # a small corpus is read here: no cluster to start
        try:
            problems = corpus.read_corpus(
                paths,
                args.out,
                encoding=args.encoding,
                published=args.published,
                place=args.place,
                overwrite=True,
                progress=progress,
            )
        except FileExistsError as exc:
            raise _UserError(str(exc)) from None
        except RuntimeError as exc:
            raise _UserError(str(exc)) from None
    err.writelines(
        f"licheng: error: {row.file}: {row.reason}\n" for row in problems.itertuples(index=False)
    )
    seconds = time.monotonic() - started
    err.write(
        f"licheng: {len(paths) - len(problems)} of {len(paths)} files read in {seconds:.1f} s, "
        f"facts written to {args.out}\n"
    )
    return 1 if len(problems) else 0
