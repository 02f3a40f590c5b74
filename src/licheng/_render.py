"""Tables for the terminal and for Markdown, with wide CJK characters measured correctly.

Width and line breaks come from wcwidth (East Asian Width and UAX #14), not from tables of
our own.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from typing import TextIO

import wcwidth

__all__ = [
    "display_width",
    "draw_progress",
    "fit_widths",
    "markdown_table",
    "rule",
    "table_lines",
    "text_table",
    "wrap_to_width",
]


_NARROWEST = 8


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide and full-width characters take two.

    Measured by wcwidth (Unicode's East Asian Width, combining marks, emoji).

    >>> display_width("52.2亿元"), display_width("abc"), display_width("e\u0301")
    (8, 3, 1)
    """
    return int(wcwidth.width(text))


def wrap_to_width(text: str, width: int) -> list[str]:
    """Break ``text`` into lines of at most ``width`` columns, where Unicode allows a break.

    The breaks are those of the Unicode line-breaking algorithm (UAX #14, by wcwidth): CJK text
    breaks between characters, but no line starts with closing punctuation (``）``, ``，``,
    ``。``) and no line ends with opening punctuation (``（``, ``“``); Latin text breaks at spaces.

    >>> wrap_to_width("上半年累计完成产值52.2亿元", 10)
    ['上半年累计', '完成产值', '52.2亿元']
    >>> wrap_to_width("近821亿元（不高于820亿元）", 9)
    ['近821亿元', '（不高于', '820亿元）']
    >>> wrap_to_width("nearly 4 billion yuan", 10)
    ['nearly 4', 'billion', 'yuan']
    """
    if width <= 0 or display_width(text) <= width:
        return [text]
    return list(wcwidth.wrap(text, width)) or [text]


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def text_table(header: Sequence[str], rows: Sequence[Sequence[str]], *, max_width: int = 80) -> str:
    """An aligned plain-text table that fits ``max_width`` columns, wrapping the widest column.

    >>> print(text_table(["产业", "产值"], [["现代医药", "52.2亿元"], ["高端装备", "36.7亿元"]]))
    产业      产值
    --------  --------
    现代医药  52.2亿元
    高端装备  36.7亿元
    """
    widths = fit_widths(header, rows, max_width=max_width)
    lines = table_lines([header], widths)
    lines.append(rule(widths))
    lines += table_lines(rows, widths)
    return "\n".join(lines)


_GAP = 2


def fit_widths(
    header: Sequence[str], rows: Sequence[Sequence[str]], *, max_width: int = 80
) -> list[int]:
    """The width of each column: its widest cell, narrowed until the table fits ``max_width``.

    The widest column is narrowed one step at a time, so that wide columns share the cut.

    >>> fit_widths(["a", "bb"], [["xxxx", "y" * 20]], max_width=16)
    [4, 10]
    """
    columns = len(header)
    widths = [max(display_width(str(row[i])) for row in [header, *rows]) for i in range(columns)]
    total = sum(widths) + _GAP * (columns - 1)
    while total > max_width:
        widest = max(range(columns), key=widths.__getitem__)
        if widths[widest] <= _NARROWEST:
            break
        widths[widest] -= 1
        total -= 1
    return widths


def rule(widths: Sequence[int]) -> str:
    """The line under a table's header.

    >>> rule([2, 3])
    '--  ---'
    """
    return (" " * _GAP).join("-" * w for w in widths)


def table_lines(rows: Iterable[Sequence[str]], widths: Sequence[int]) -> list[str]:
    """The lines of ``rows`` in columns of ``widths``, each cell wrapped to its column.

    Tables written as a stream (``licheng extract``) fix the widths from their first rows and
    render the rest with this.

    >>> table_lines([["现代医药", "近821亿元（不高于820亿元）"]], [8, 9])
    ['现代医药  近821亿元', '          （不高于', '          820亿元）']
    """
    lines: list[str] = []
    for row in rows:
        cells = [wrap_to_width(str(cell), widths[i]) for i, cell in enumerate(row)]
        height = max(len(cell) for cell in cells)
        for line_number in range(height):
            parts = [
                _pad(cell[line_number] if line_number < len(cell) else "", widths[i])
                for i, cell in enumerate(cells)
            ]
            lines.append((" " * _GAP).join(parts).rstrip())
    return lines


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    r"""A GitHub-flavoured Markdown table; pipes in cells are escaped.

    >>> print(markdown_table(["a", "b"], [["1|2", "3"]]))
    | a | b |
    |---|---|
    | 1\|2 | 3 |
    """

    def cell(text: str) -> str:
        return str(text).replace("|", "\\|").replace("\n", " ")

    lines = [
        "| " + " | ".join(cell(h) for h in header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
    ]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def draw_progress(out: TextIO, done: int, total: int, started: float, what: str) -> None:
    r"""Redraw a one-line progress bar: ``[#####.....] 3/10 files 12/s``.

    ``started`` is a ``time.monotonic()`` reading taken when the work began.

    >>> import io
    >>> out = io.StringIO()
    >>> draw_progress(out, 3, 10, time.monotonic(), "files")
    >>> out.getvalue()[:24]
    '\r[#########.............'
    """
    width = 30
    filled = width * done // max(total, 1)
    rate = done / max(time.monotonic() - started, 1e-9)
    out.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {what} {rate:.1f}/s")
    out.flush()
