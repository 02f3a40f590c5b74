"""``licheng read FILE…``: the command-line face of :func:`licheng.read`."""

from __future__ import annotations

import argparse
import csv
import io
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
        choices=["table", "json", "csv", "markdown"],
        dest="fmt",
        help="what to print (default: table)",
    )
    command.add_argument(
        "--review", action="store_true", help="print each figure marked in its sentence"
    )
    command.add_argument("--encoding", default="utf-8", help="the files' encoding (default UTF-8)")
    return command


def run_read(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """Run ``licheng read``; return its exit status."""
    rows: list[dict[str, object]] = []
    readings: list[tuple[str, Reading]] = []
    for path in args.paths:
        if path == "-":
            text = stdin.read()
        else:
            with open(path, encoding=args.encoding) as handle:  # noqa: PTH123 - a path or -
                text = handle.read()
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
            f"{row['value']} {row['unit']}".strip(),
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
