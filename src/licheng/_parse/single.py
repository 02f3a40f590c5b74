"""``parse_figure``: one quantity expression, the whole string, as a Figure."""

from __future__ import annotations

import re

import licheng._parse.fast_scan  # noqa: F401 - the fast readers fill the seam when imported
from licheng._figures import Figure
from licheng._parse.build import _finish
from licheng._parse.context import _bare_next, _skip_blank
from licheng._parse.normalize import normalize
from licheng._parse.reading import _read_at
from licheng._parse.seam import READERS
from licheng._parse.vocabulary import BARE_ONLY, PREFIX_CURRENCIES, PREFIX_QUALIFIER
from licheng._qualifier import Qualifier
from licheng.exceptions import ParseError

_PREFIX_FORWARD = re.compile(
    "|".join(re.escape(word) for word in sorted(PREFIX_QUALIFIER, key=len, reverse=True))
)
_CURRENCY_FORWARD = re.compile(
    "|".join(re.escape(word) for word in sorted(PREFIX_CURRENCIES, key=len, reverse=True))
)


def parse_figure(text: str) -> Figure:
    """Read one quantity expression, the whole string, as a Figure.

    Reads Arabic, Chinese, financial and traditional numerals with 万/亿 multipliers, units
    (money, area, computing power, power, energy, mass, length, counts, durations, percent,
    percentage points), qualifier words before and after (约, 近, 超过, 以上, 余, 左右 …) and
    ranges (5至10亿元). A bare number is a dimensionless figure.

    Raises:
        ParseError: ``text`` is not one quantity expression; ``position`` is where reading
            stopped.

    Examples:
        >>> from licheng import parse_figure
        >>> parse_figure("52.2亿元")
        Figure('52.2', '亿元')
        >>> parse_figure("近40亿元")
        Figure('40', '亿元', 'nearly')
        >>> parse_figure("400余亩")
        Figure('400', '亩', 'more_than', high='500')
        >>> parse_figure("5至10亿元")
        Figure('7.5', '亿元', 'range', low='5', high='10')
        >>> parse_figure("百分之二十八")
        Figure('28', 'percent')
        >>> parse_figure("两千六百万")
        Figure('26000000', '', low='25500000', high='26500000')
        >>> parse_figure("增长")
        Traceback (most recent call last):
        ...
        licheng.exceptions.ParseError: not a quantity at position 0 in '增长'
    """
    if not isinstance(text, str):  # a caller without type checks
        msg = f"expected a string, not {type(text).__name__}"  # type: ignore[unreachable]
        raise ParseError(msg, text=repr(text))
    figure = READERS.figure(text)
    if figure is not None:
        return figure
    norm = normalize(text)
    source = norm.text
    stop = len(source.rstrip())
    pos = len(source) - len(source.lstrip())
    qualifier = Qualifier.EXACT
    currency: str | None = None
    for _ in range(4):
        word = _PREFIX_FORWARD.match(source, pos, stop)
        if (
            word is not None
            and qualifier is Qualifier.EXACT
            and (word.group() not in BARE_ONLY or _bare_next(source, word.end()))
        ):
            qualifier = PREFIX_QUALIFIER[word.group()]
            pos = _skip_blank(source, word.end(), stop)
            continue
        money = _CURRENCY_FORWARD.match(source, pos, stop)
        if money is not None and currency is None:
            currency = PREFIX_CURRENCIES[money.group()]
            pos = _skip_blank(source, money.end(), stop)
            continue
        if source.startswith("从", pos):
            pos += 1
            continue
        break
    try:
        reading = _read_at(source, pos, stop, whole=True)
    except ArithmeticError:
        reading = None
    if reading is None:
        msg = "not a quantity"
        raise ParseError(msg, text=text, position=norm.original_index(pos))
    built = _finish(source, reading, stop, qualifier, currency)
    if built is None:
        msg = "not a quantity"
        raise ParseError(msg, text=text, position=norm.original_index(pos))
    figure, end = built
    if reading.bare and not reading.unit and figure.qualifier is Qualifier.EXACT:
        msg = "a multiplier alone is not a number"
        raise ParseError(msg, text=text, position=norm.original_index(pos))
    if end != stop:
        msg = "unexpected text after the quantity"
        raise ParseError(msg, text=text, position=norm.original_index(end))
    return figure
