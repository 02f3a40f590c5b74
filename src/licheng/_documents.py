"""Reading documents for extraction: encodings, folders, and one function per document."""

from __future__ import annotations

import codecs
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

from licheng._figures import magnitude_bounds
from licheng._parse.scan import Mention, extract

__all__ = [
    "ROW_COLUMNS",
    "Document",
    "expand_paths",
    "extract_document",
    "iter_document",
    "iter_rows",
    "mention_row",
    "mention_rows",
    "read_document",
]

#: The columns of ``licheng extract`` (csv, json, jsonl) and of ``licheng.corpus``, in order.
ROW_COLUMNS = (
    "file",
    "start",
    "end",
    "surface",
    "role",
    "basis",
    "value",
    "unit",
    "qualifier",
    "low",
    "high",
    "approximate",
)

#: Tried in this order when no encoding is given: UTF-8, then GB18030 (a superset of GBK and
#: GB2312, which many Chinese government sites still serve).
FALLBACK_ENCODINGS = ("utf-8", "gb18030")


@attrs.frozen
class Document:
    """A document read for extraction: its text and the encoding that decoded it."""

    path: str
    text: str
    encoding: str


class DocumentError(Exception):
    """A document that cannot be read or decoded; ``reason`` says why in one line."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


def decode(data: bytes, path: str, encoding: str | None = None) -> Document:
    """Decode ``data`` with ``encoding``, or with UTF-8 and then GB18030 when none is given.

    A UTF-8 byte-order mark is dropped.

    >>> decode("产值52.2亿元".encode("gbk"), "a.txt").encoding
    'gb18030'
    """
    candidates = (encoding,) if encoding else FALLBACK_ENCODINGS
    for candidate in candidates:
        problem = encoding_problem(candidate)
        if problem:
            raise DocumentError(path, problem)
        try:
            text = data.decode(candidate)
        except UnicodeDecodeError as exc:
            last = exc
            continue
        return Document(path, text.removeprefix("\ufeff"), codecs.lookup(candidate).name)
    tried = " or ".join(candidates)
    reason = f"cannot decode as {tried} (byte {last.start}: {last.reason})"
    raise DocumentError(path, reason)


def encoding_problem(encoding: str) -> str | None:
    """Why ``encoding`` cannot decode a text file, or None when it can.

    >>> encoding_problem("gbk") is None, encoding_problem("rot13"), encoding_problem("nope")
    (True, "'rot13' is not a text encoding", "unknown encoding 'nope'")
    """
    try:
        b"a".decode(encoding)  # not b"": Python decodes nothing without looking the codec up
    except UnicodeError:  # a codec that needs more than one byte: a text encoding all the same
        return None
    except LookupError:
        try:
            codecs.lookup(encoding)
        except LookupError:
            return f"unknown encoding {encoding!r}"
        return f"{encoding!r} is not a text encoding"
    return None


def display_name(path: str) -> str:
    r"""``path`` as text that can be printed and stored: bytes that are not UTF-8 as ``\xNN``.

    A file name is bytes on Linux; Python keeps the bytes that are not UTF-8 (GBK names from a
    Chinese archive) as lone surrogates, which no UTF-8 writer (pyarrow, a terminal) accepts.

    >>> import os
    >>> display_name("产值.txt"), display_name(os.fsdecode("报告".encode("gbk")) + ".txt")
    ('产值.txt', '\\xb1\\xa8\\xb8\\xe6.txt')
    """
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def read_document(
    path: str | Path, encoding: str | None = None, *, regular_only: bool = False
) -> Document:
    r"""Read and decode one file (``-`` is standard input).

    With ``regular_only`` (files found in a folder), anything but a regular file — a broken
    symbolic link, a FIFO, a socket, a device — is a ``DocumentError`` rather than being read
    (reading a FIFO would wait for a writer forever). A file name that is not UTF-8 is a
    ``DocumentError`` whose ``path`` shows its bytes as ``\xNN``.
    """
    import sys  # only the CLI reads standard input

    name = str(path)
    shown = display_name(name)
    if shown != name:
        raise DocumentError(shown, "the file name is not UTF-8 (its bytes are shown as \\xNN)")
    if name == "-":
        if sys.stdin is None:
            raise DocumentError(name, "standard input is closed")
    elif regular_only:
        problem = _not_regular(name)
        if problem:
            raise DocumentError(name, problem)
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(path).read_bytes()
    except FileNotFoundError:
        raise DocumentError(name, "no such file") from None
    except IsADirectoryError:
        raise DocumentError(name, "is a folder") from None
    except OSError as exc:
        raise DocumentError(name, exc.strerror or str(exc)) from None
    return decode(data, name, encoding)


def _not_regular(name: str) -> str | None:
    """Why the file ``name`` is not a regular file to read, or None."""
    try:
        mode = Path(name).stat().st_mode
    except FileNotFoundError:
        return "a broken symbolic link" if Path(name).is_symlink() else "no such file"
    except OSError as exc:
        return exc.strerror or str(exc)
    kinds = (
        (stat.S_ISREG, None),
        (stat.S_ISDIR, "is a folder"),
        (stat.S_ISFIFO, "a FIFO (named pipe), not a file: not read"),
        (stat.S_ISSOCK, "a socket, not a file: not read"),
    )
    for test, reason in kinds:
        if test(mode):
            return reason
    return "a device, not a file: not read"


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files named, and the entries inside named folders (recursively, in sorted order).

    Every entry of a folder but its sub-folders is listed — broken symbolic links and FIFOs
    too — so that ``read_document(name, regular_only=True)`` reports them instead of their
    being skipped in silence.
    """
    for name in paths:
        path = Path(name)
        if name != "-" and path.is_dir():
            yield from (str(p) for p in sorted(path.rglob("*")) if not p.is_dir())
        else:
            yield name


# The line boundaries of str.splitlines.
_LINE_END = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def iter_document(document: Document) -> Iterator[Mention]:
    r"""Every figure in a document, paragraph by paragraph, as it is found.

    Offsets index the whole text. Working a line at a time, and yielding each mention as it is
    found, keeps memory bounded by the text itself: the command line writes JSON lines as
    they come.

    >>> mentions = iter_document(Document("a.txt", "产值52.2亿元。\n增长10%。", "utf-8"))
    >>> [(m.start, m.end) for m in mentions]
    [(2, 8), (12, 15)]
    """
    for offset, line in _lines(document.text):
        for m in extract(line):
            yield attrs.evolve(m, start=m.start + offset, end=m.end + offset)


def iter_rows(document: Document) -> Iterator[tuple[dict[str, object], Mention]]:
    r"""The row of every figure in a document (see :func:`mention_row`), with its mention.

    What ``licheng extract`` writes, as it is found. The rows' offsets index the whole text;
    the mention's, its line (so that no mention is copied only to move its offsets).

    >>> rows = iter_rows(Document("a.txt", "产值52.2亿元。\n增长10%。", "utf-8"))
    >>> [(row["start"], row["end"], mention.start) for row, mention in rows]
    [(2, 8, 2), (12, 15, 2)]
    """
    path = document.path
    for offset, line in _lines(document.text):
        for mention in extract(line):
            yield mention_row(path, mention, offset), mention


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line that may hold a figure (a digit or a Han character), with its offset."""
    offset = 0
    size = len(text)
    while offset < size:
        # One line at a time (where str.splitlines would break it), without a list of lines.
        end = _LINE_END.search(text, offset)
        stop = size if end is None else end.end()
        line = text[offset:stop]
        if any(char.isdigit() or "\u4e00" <= char <= "\u9fff" for char in line):
            yield offset, line
        offset = stop


def extract_document(document: Document) -> list[Mention]:
    r"""Every figure in a document, paragraph by paragraph, with offsets into the whole text.

    >>> mentions = extract_document(Document("a.txt", "产值52.2亿元。\n增长10%。", "utf-8"))
    >>> [(m.start, m.end) for m in mentions]
    [(2, 8), (12, 15)]
    """
    return list(iter_document(document))


def mention_rows(path: str, mentions: Iterable[Mention]) -> list[dict[str, object]]:
    """One row per mention, with the columns of ``ROW_COLUMNS``.

    The command line and ``licheng.corpus`` both build their rows here, so that they agree.
    Values and bounds are the exact decimals as written, in the unit as written.

    >>> document = Document("a.txt", "累计投资近40亿元", "utf-8")
    >>> mention_rows(document.path, extract_document(document))  # doctest: +NORMALIZE_WHITESPACE
    [{'file': 'a.txt', 'start': 4, 'end': 9, 'surface': '近40亿元', 'role': 'value',
      'basis': None, 'value': '40', 'unit': '亿元', 'qualifier': 'nearly', 'low': None,
      'high': '40', 'approximate': False}]
    """
    return [mention_row(path, mention) for mention in mentions]


def mention_row(path: str, mention: Mention, offset: int = 0) -> dict[str, object]:
    """The row of one mention: see :func:`mention_rows`; ``offset`` is added to its span.

    >>> [mention] = extract("产值52.2亿元")
    >>> mention_row("a.txt", mention)["low"]
    '52.15'
    """
    figure = mention.figure
    low, high = magnitude_bounds(figure)
    return {
        "file": path,
        "start": mention.start + offset,
        "end": mention.end + offset,
        "surface": mention.surface,
        "role": mention.role.value,
        "basis": None if mention.basis is None else mention.basis.value,
        "value": str(figure.magnitude),
        "unit": figure.unit,
        "qualifier": figure.qualifier.value,
        "low": None if low is None else str(low),
        "high": None if high is None else str(high),
        "approximate": figure.approximate,
    }
