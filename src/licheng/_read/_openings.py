"""The characters a pattern's matches open with, as a one-character pattern to test first.

A pattern anchored at the start of its text (``LEAD_RE``) tries every one of its branches
before it fails; where the text's first character opens none of them, a test of that one
character tells the same at a fraction of the cost. ``opening_class`` reads the class from
the pattern parser's tree, so that it follows the pattern when the pattern changes.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# the pattern parser's internals, to read which characters a match can open with; typeshed
# does not describe these private modules
_c: Any = importlib.import_module("re._constants")
_p: Any = importlib.import_module("re._parser")

# The class escapes a parsed category stands for, inside a class (``\d``, ``\s``, ``\w``).
_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_WORD: r"\w",
}
# Zero-width items: they open with no character of their own (a look-around only narrows).
_ZERO_WIDTH = frozenset({_c.AT, _c.ASSERT, _c.ASSERT_NOT})
_REPEATS = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT})


class _Untold(Exception):  # noqa: N818 - a signal inside this module, never raised out of it
    """A part of the pattern that can open with any character (``.``, ``[^…]``)."""


def opening_class(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A one-character pattern that every non-empty match of ``pattern`` opens with.

    None where the pattern does not tell (a branch opens with ``.`` or a negated class), or
    where its flags change what a character matches (case folding).

    >>> opening_class(re.compile("^(?:其中|近?[0-9]年)+")).pattern
    '[0-9其近]'
    """
    if pattern.flags & (re.IGNORECASE | re.LOCALE | re.ASCII):
        return None
    try:
        parts, _ = _opening(_p.parse(pattern.pattern, pattern.flags))
    except _Untold:
        return None
    if not parts:
        return None
    return re.compile("[" + "".join(sorted(parts)) + "]")


def _opening(items: object) -> tuple[set[str], bool]:
    """The class parts a sequence of parsed items opens with, and whether it can be empty."""
    found: set[str] = set()
    for op, argument in items:  # type: ignore[attr-defined]
        parts, empty = _item_opening(op, argument)
        found |= parts
        if not empty:
            return found, False
    return found, True


def _item_opening(op: object, argument: Any) -> tuple[set[str], bool]:  # noqa: ANN401 - the parser's tuples
    if op is _c.LITERAL:
        return {re.escape(chr(argument))}, False
    if op in _ZERO_WIDTH:
        return set(), True
    if op is _c.SUBPATTERN:
        return _opening(argument[3])
    if op is _c.ATOMIC_GROUP:
        return _opening(argument)
    if op in _REPEATS:
        low, _, body = argument
        parts, empty = _opening(body)
        return parts, empty or low == 0
    if op is _c.BRANCH:
        found: set[str] = set()
        nullable = False
        for alternative in argument[1]:
            parts, empty = _opening(alternative)
            found |= parts
            nullable = nullable or empty
        return found, nullable
    if op is _c.IN:
        return _class_parts(argument), False
    raise _Untold


def _class_parts(members: list[tuple[object, Any]]) -> set[str]:
    parts: set[str] = set()
    for kind, value in members:
        if kind is _c.LITERAL:
            parts.add(re.escape(chr(value)))
        elif kind is _c.RANGE:
            parts.add(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
        elif kind is _c.CATEGORY and value in _CATEGORIES:
            parts.add(_CATEGORIES[value])
        else:
            raise _Untold  # a negated class, a category of its complement
    return parts
