"""How the reader's word patterns are compiled: as trees of their words, to skip positions.

``re`` tries an alternation branch by branch at every position of a text. ``_fast`` regroups a
pattern's words under their first characters and rewrites branches that open with a
look-behind or a group so that each opens with a character: ``re`` then tries each character
once and skips the positions no word starts at. ``edge_characters`` reads, from the pattern
parser's tree, which characters a match can start or end with, for the shortcuts that test a
character before running a pattern.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any

# the pattern parser's internals, to read which characters a pattern can start with; typeshed
# does not describe these private modules
_c: Any = importlib.import_module("re._constants")
_p: Any = importlib.import_module("re._parser")


def edge_characters(parsed: object, index: int = 0) -> set[str] | None:
    """The characters a match can start (``index`` 0) or end (-1) with, where it tells.

    None where the pattern's alternatives do not tell (a class with ranges, a repeat …).
    """
    items = list(parsed)  # type: ignore[call-overload]
    if not items:
        return None
    op, argument = items[index]
    if op is _c.LITERAL:
        return {chr(argument)}
    if op is _c.SUBPATTERN:
        return edge_characters(argument[3], index)
    if op is _c.BRANCH:
        found: set[str] = set()
        for alternative in argument[1]:
            edge = edge_characters(alternative, index)
            if edge is None:
                return None
            found |= edge
        return found
    if op is _c.IN and all(kind is _c.LITERAL for kind, _ in argument):
        return {chr(code) for _, code in argument}
    return None


def pattern_edges(pattern: str, index: int = 0) -> set[str] | None:
    """The characters a match of ``pattern`` can start (``index`` 0) or end (-1) with, if told."""
    return edge_characters(_p.parse(pattern), index)


def _fast(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled as a tree of its words, behind a test of its first character.

    ``re`` tries an alternation branch by branch at every position: the words that share a
    first character are grouped under it (``_branches``), so that a position tries each
    character once rather than each word. Where every branch then opens with a character,
    ``re`` skips the positions no branch opens at by itself; else a class of the first
    characters in a look-ahead does.
    """
    first = pattern_edges(pattern)
    opened = [part for branch in _alternatives(pattern) for part in _opening_character(branch)]
    branches = _branches(opened)
    grouped = "|".join(branches)
    if all(branch[:1] not in _OPENERS for branch in branches):
        return re.compile(grouped)  # each branch opens with a literal character
    if not first:
        return re.compile(grouped)
    return re.compile("(?=[" + re.escape("".join(sorted(first))) + "])(?:" + grouped + ")")


_OPENERS = frozenset("([\\.^$*+?{|")  # what opens a branch that is not a plain character


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each bracket and bar of ``pattern`` outside classes and escapes: index, character, depth.

    The depth is the nesting after the character: 1 after the ``(`` that opens a top group.
    """
    depth = 0
    index = 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += pattern.startswith("^", index + 1)
            index += pattern.startswith("]", index + 1)  # a ] first in a class is a character
        elif char in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[char]
            yield index, char, depth
        index += 1


def _alternatives(pattern: str) -> list[str]:
    """The top-level branches of ``pattern``, as written."""
    branches: list[str] = []
    start = 0
    for index, char, depth in _structure(pattern):
        if char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
    branches.append(pattern[start:])
    return branches


def _group_end(pattern: str) -> int:
    """Where the group ``pattern`` opens with closes (the index of its bracket), else -1."""
    return next(
        (index for index, char, depth in _structure(pattern) if char == ")" and not depth), -1
    )


# (?<![国所具私公])有: a look-behind of a fixed width, then a character
_BEHIND_FIRST = re.compile(
    r"\(\?<!(\[(?:[^\]\\]|\\.)*\]|[^\\()\[\]|.*+?{}^$]+)\)([^\\()\[\]|.*+?{}^$])(?![*+?{])"
)


def _opening_character(branch: str) -> list[str]:
    r"""The branch as branches that open with a character, where it tells.

    ``re`` skips, by itself, the positions no branch can open at only where every branch
    opens with a character: a look-behind before the character is checked after it
    (``(?<!X)有`` is ``有(?<!X有)``), and a group of words is one branch for each word
    (``(?:约|近)(?=\d)`` is ``约(?=\d)|近(?=\d)``). Either matches what the branch matches.
    """
    behind = _BEHIND_FIRST.match(branch)
    if behind is not None:
        before, char = behind.groups()
        return [char + "(?<!" + before + char + ")" + branch[behind.end() :]]
    end = _group_end(branch) if branch.startswith("(?:") else -1
    if end < 0:
        return [branch]
    words = [_word(each) for each in _alternatives(branch[3:end])]
    rest = branch[end + 1 :]
    if rest.startswith(("?", "*", "+", "{")) or re.compile(rest).groups:
        return [branch]
    return [re.escape(word) + rest for word in words if word] if all(words) else [branch]


def _word(branch: str) -> str | None:
    """The characters a branch matches, when it is a plain word (no class, group or anchor)."""
    items = list(_p.parse(branch))
    if not items or any(op is not _c.LITERAL for op, _ in items):
        return None
    return "".join(chr(code) for _, code in items)


def _branches(alternatives: list[str]) -> list[str]:
    """The alternatives with each word moved under the earlier word of its first character.

    Two branches can match at one position only if they open with the same character, so a
    word moves past any branch that cannot open with its first character, and the branches
    that can match at a position are tried in the order written: the match is the same.
    """
    heads: list[str | None] = []  # a word's first character; None for a branch kept as written
    bodies: list[list[str]] = []  # the rests of the words under a head, or the branch itself
    for branch in alternatives:
        word = _word(branch)
        if not word:
            heads.append(None)
            bodies.append([branch])
            continue
        at = len(heads) - 1
        while at >= 0 and heads[at] != word[0]:
            opens = pattern_edges(bodies[at][0]) if heads[at] is None else set()
            if opens is None or word[0] in opens:
                at = -1  # this branch may match where the word does: the word stays after it
            at -= 1
        if at >= 0:
            bodies[at].append(word[1:])
        else:
            heads.append(word[0])
            bodies.append([word[1:]])
    rendered: list[str] = []
    for head, body in zip(heads, bodies, strict=True):
        if head is None:
            rendered.append(body[0])
        elif len(body) == 1:
            rendered.append(re.escape(head + body[0]))
        else:
            rendered.append(re.escape(head) + "(?:" + _tree(body) + ")")
    return rendered


def _tree(words: list[str]) -> str:
    """``words`` (in order, some empty) as one alternation grouped by first character.

    An empty word matches wherever it is tried: the words after it are grouped apart.
    """
    parts: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if word:
            run.append(word)
            continue
        parts.extend(_branches([re.escape(each) for each in run]))
        run = []
        parts.append("")
    return "|".join(parts[:-1])
