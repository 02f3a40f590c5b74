"""The exceptions licheng raises.

Every exception is a :class:`LichengError` and also the built-in exception that fits it, so
``except ValueError`` in existing code keeps working:

>>> from licheng.exceptions import LichengError, ParseError
>>> issubclass(ParseError, ValueError) and issubclass(ParseError, LichengError)
True
"""

from __future__ import annotations

__all__ = [
    "DivisionByZeroError",
    "LichengError",
    "LocaleError",
    "MissingFontWarning",
    "NotFoundError",
    "ParseError",
    "UndefinedUnitError",
    "UnitError",
    "ValidationError",
]


class LichengError(Exception):
    """The root of every exception that licheng raises on purpose.

    >>> import licheng
    >>> try:
    ...     licheng.parse_figure("下周")
    ... except LichengError as error:
    ...     print(type(error).__name__)
    ParseError
    """


class ParseError(LichengError, ValueError):
    """Text that is not what the parser was asked to read.

    Attributes:
        text: the whole text that was being read.
        position: index into ``text`` where reading failed (``None`` when the whole text is at
            fault, e.g. an empty string).

    >>> err = ParseError("unknown unit", text="52.2亿斤", position=5)
    >>> print(err)
    unknown unit at position 5 in '52.2亿斤'
    >>> err.text, err.position
    ('52.2亿斤', 5)
    """

    def __init__(self, message: str, *, text: str, position: int | None = None) -> None:
        self.message = message
        self.text = text
        self.position = position
        where = "" if position is None else f" at position {position}"
        super().__init__(f"{message}{where} in {text!r}")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_parse_error, (self.message, self.text, self.position))


def _rebuild_parse_error(message: str, text: str, position: int | None) -> ParseError:
    return ParseError(message, text=text, position=position)


class LocaleError(LichengError, ValueError):
    """A locale that babel does not know, or that is not a locale at all.

    >>> from licheng import format_figure, Figure
    >>> format_figure(Figure("52.2", "亿元"), locale="xx_YY")
    Traceback (most recent call last):
    ...
    licheng.exceptions.LocaleError: unknown locale 'xx_YY': babel has no data for it
    """


class UnitError(LichengError, TypeError):
    """Quantities whose units do not fit together (adding yuan to dollars, an area in 元).

    >>> from licheng import Figure
    >>> Figure("1", "亿元").to("亩")
    Traceback (most recent call last):
    ...
    licheng.exceptions.UnitError: cannot convert '亿元' ([currency_CNY]) to '亩' ([length] ** 2)
    """


class UndefinedUnitError(UnitError, ValueError):
    """A unit name that licheng's registry does not define.

    >>> from licheng import Q_
    >>> Q_(1, "担")
    Traceback (most recent call last):
    ...
    licheng.exceptions.UndefinedUnitError: unknown unit '担'
    """


class ValidationError(LichengError, ValueError):
    """Values that cannot make a valid object.

    ``errors`` lists every problem found as ``(path, message)`` pairs, so that one bad data
    file reports all of its faults at once.

    >>> err = ValidationError([("industries[2].figure.unit", "unknown unit '斤'")])
    >>> print(err)
    industries[2].figure.unit: unknown unit '斤'
    """

    def __init__(self, errors: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> None:
        self.errors: tuple[tuple[str, str], ...] = tuple(errors)
        super().__init__("\n".join(f"{path}: {msg}" if path else msg for path, msg in self.errors))

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.errors,))


class NotFoundError(LichengError, KeyError):
    """A look-up by name or measure that finds nothing (``district.industry("造船")``).

    >>> print(NotFoundError("no industry named '造船'"))
    no industry named '造船'
    """

    def __str__(self) -> str:
        # KeyError would show the repr of its argument; a message reads better as it is.
        return str(self.args[0]) if self.args else ""


class DivisionByZeroError(LichengError, ZeroDivisionError):
    """A division by a figure whose interval contains zero, or growth from a zero base.

    >>> from licheng import Figure
    >>> Figure("1", "亿元") / Figure("0", "percent")
    Traceback (most recent call last):
    ...
    licheng.exceptions.DivisionByZeroError: cannot divide by Figure('0', 'percent'): ...
    """


class MissingFontWarning(UserWarning):
    """No font with Chinese glyphs was found: Chinese chart labels would show as empty boxes.

    Install one (e.g. Debian's ``fonts-noto-cjk`` or ``fonts-wqy-microhei``) and the charts use
    it. Charts warn once per process; it is a ``UserWarning``, so the usual filters apply:

    >>> issubclass(MissingFontWarning, UserWarning)
    True
    """
