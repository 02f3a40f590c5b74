"""Reading documents for extraction: encodings, folders, and one function per document."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path

import attrs

from licheng._parse.scan import Mention, extract

__all__ = [
    "ROW_COLUMNS",
    "Document",
    "expand_paths",
    "extract_document",
    "iter_document",
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
        try:
            codecs.lookup(candidate)
        except LookupError:
            raise DocumentError(path, f"unknown encoding {candidate!r}") from None
        try:
            text = data.decode(candidate)
        except UnicodeDecodeError as exc:
            last = exc
            continue
        return Document(path, text.removeprefix("\ufeff"), codecs.lookup(candidate).name)
    tried = " or ".join(candidates)
    reason = f"cannot decode as {tried} (byte {last.start}: {last.reason})"
    raise DocumentError(path, reason)


def read_document(path: str | Path, encoding: str | None = None) -> Document:
    """Read and decode one file (``-`` is standard input)."""
    import sys  # noqa: PLC0415 - only the CLI reads standard input

    name = str(path)
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(path).read_bytes()
    except FileNotFoundError:
        raise DocumentError(name, "no such file") from None
    except IsADirectoryError:
        raise DocumentError(name, "is a folder") from None
    except OSError as exc:
        raise DocumentError(name, exc.strerror or str(exc)) from None
    return decode(data, name, encoding)


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files named, and the files inside named folders (recursively, in sorted order)."""
    for name in paths:
        path = Path(name)
        if name != "-" and path.is_dir():
            yield from (str(p) for p in sorted(path.rglob("*")) if p.is_file())
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
    text = document.text
    offset = 0
    size = len(text)
    while offset < size:
        # One line at a time (where str.splitlines would break it), without a list of lines.
        end = _LINE_END.search(text, offset)
        stop = size if end is None else end.end()
        line = text[offset:stop]
        if any(char.isdigit() or "\u4e00" <= char <= "\u9fff" for char in line):
            for m in extract(line):
                yield attrs.evolve(m, start=m.start + offset, end=m.end + offset)
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


def mention_row(path: str, mention: Mention) -> dict[str, object]:
    """The row of one mention: see :func:`mention_rows`.

    >>> [mention] = extract("产值52.2亿元")
    >>> mention_row("a.txt", mention)["low"]
    '52.15'
    """
    figure = mention.figure
    return {
        "file": path,
        "start": mention.start,
        "end": mention.end,
        "surface": mention.surface,
        "role": mention.role.value,
        "basis": None if mention.basis is None else mention.basis.value,
        "value": str(figure.magnitude),
        "unit": figure.unit,
        "qualifier": figure.qualifier.value,
        "low": _decimal(figure.low_magnitude),
        "high": _decimal(figure.high_magnitude),
        "approximate": figure.approximate,
    }


def _decimal(value: Decimal | None) -> str | None:
    return None if value is None else str(value)
