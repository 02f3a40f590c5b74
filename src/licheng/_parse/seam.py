"""The seam between the reference reader and the fast readers, chosen once.

Every place where a fast reader may answer before the reference reader calls it through
``READERS``: the reference reader's code never names a fast reader. A fast reader answers only
where it gives exactly what the reference reader gives, and declines (``None``, ``False``)
everywhere else; so ``READERS`` holding the readers that always decline is the reference
reader alone, and the results are the same either way (only the time differs).

The fast readers fill the seam when their module is imported (``licheng._parse.fast`` and
``licheng._parse.numerals``), unless the environment variable ``LICHENG_PARSER`` is
``reference`` when this module is imported. ``reference_only`` empties the seam for a while:
to check a result against the reference reader, or to time it.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from licheng._figures import Figure
    from licheng._parse.numerals import Numeral
    from licheng._parse.reading import Reading

__all__ = ["FAST", "READERS", "Readers", "provide", "reference_only"]

FAST = os.environ.get("LICHENG_PARSER", "fast") != "reference"
"""Whether the fast readers fill the seam when they are imported (the default)."""


def _no_numeral(text: str, begin: int, pos: int, stop: int, sign: int) -> Numeral | None:  # noqa: ARG001 - declines
    return None


def _no_reading(text: str, pos: int, stop: int) -> Reading | None:  # noqa: ARG001 - declines
    return None


def _no_figure(text: str) -> Figure | None:  # noqa: ARG001 - declines
    return None


def _no_arabic(
    text: str,  # noqa: ARG001 - declines
    match: re.Match[str],  # noqa: ARG001
    start: int,  # noqa: ARG001
    stop: int,  # noqa: ARG001
    floor: int,  # noqa: ARG001
) -> tuple[Any, int] | None:
    return None


def _no_mention(text: str, start: int, stop: int, floor: int) -> tuple[Any, int] | None:  # noqa: ARG001 - declines
    return None


def _no_skip(text: str, start: int, stop: int, before: str) -> bool:  # noqa: ARG001 - declines
    return False


class Readers:
    """The fast readers the parser asks first; each declines what it does not read.

    Attributes:
        numeral: a plain Arabic number that nothing after it carries on (``read_numeral``).
        reading: an Arabic number, 万/亿 and a plain unit word (``_read_at``).
        figure: the common shapes of a whole expression (``parse_figure``).
        arabic: a figure in running text whose number ``extract``'s scan found Arabic, with
            the scan's match; ``None`` sends it to the reference reader.
        mention: any other figure in running text, with its prefix words, role and suffix
            (``extract``); ``None`` sends it to the reference reader.
        skip: a lone Chinese digit that is no figure (一般, 三大), so ``extract`` moves on.
    """

    __slots__ = ("arabic", "figure", "mention", "numeral", "reading", "skip")

    def __init__(self) -> None:
        self.numeral: Callable[[str, int, int, int, int], Numeral | None] = _no_numeral
        self.reading: Callable[[str, int, int], Reading | None] = _no_reading
        self.figure: Callable[[str], Figure | None] = _no_figure
        self.arabic: Callable[[str, re.Match[str], int, int, int], tuple[Any, int] | None] = (
            _no_arabic
        )
        self.mention: Callable[[str, int, int, int], tuple[Any, int] | None] = _no_mention
        self.skip: Callable[[str, int, int, str], bool] = _no_skip

    def state(self) -> tuple[Callable[..., Any], ...]:
        """The readers in the seam now, for ``restore``."""
        return tuple(getattr(self, name) for name in self.__slots__)

    def restore(self, state: tuple[Callable[..., Any], ...]) -> None:
        """Put back the readers ``state`` saved."""
        for name, reader in zip(self.__slots__, state, strict=True):
            setattr(self, name, reader)


READERS = Readers()
"""The one seam: the reference reader alone until the fast readers are imported."""
_REFERENCE = READERS.state()


def provide(**readers: Callable[..., Any]) -> None:
    """Put fast readers into the seam (by slot name), unless the reference reader was chosen."""
    if FAST:
        for name, reader in readers.items():
            setattr(READERS, name, reader)


@contextlib.contextmanager
def reference_only() -> Iterator[None]:
    """Read with the reference reader alone inside the block.

    Examples:
        >>> from licheng import parse_figure
        >>> from licheng._parse.seam import reference_only
        >>> with reference_only():
        ...     parse_figure("近40亿元")
        Figure('40', '亿元', 'nearly')
    """
    saved = READERS.state()
    READERS.restore(_REFERENCE)
    try:
        yield
    finally:
        READERS.restore(saved)
