"""``extract``: every figure in a document, as a ``Mention`` with its span, role and basis."""

from __future__ import annotations

import re
from bisect import bisect_right

import attrs

import licheng._parse.fast_scan  # noqa: F401 - the fast readers fill the seam when imported
from licheng._figures import Figure
from licheng._parse.build import _counts, _finish, _negate
from licheng._parse.context import (
    _CONTEXT,
    _LIST_JOIN,
    SUFFIX_RE,
    _digit_sequence,
    _growth_before,
    _in_url,
    _number_like,
    _numeral_run_end,
    _prefix,
    _role_of,
    _worth_reporting,
)
from licheng._parse.fast import _LANE
from licheng._parse.fast_scan import _MentionParts
from licheng._parse.normalize import normalize
from licheng._parse.reading import Reading, _read_at
from licheng._parse.seam import READERS
from licheng._parse.vocabulary import (
    CN_NUMERAL_CHARS,
    COUNT,
    MEASURE,
    PERCENT,
    PP,
    TIMES,
)
from licheng._qualifier import Qualifier
from licheng._roles import Basis, Role
from licheng.exceptions import LichengError


@attrs.frozen
class Mention:
    """A figure found in a text, with where it is and what it reports.

    ``start`` and ``end`` index the original text (end exclusive); ``surface`` is
    ``text[start:end]``: the number, its unit and its qualifier words.

    Examples:
        >>> from licheng import extract
        >>> [mention] = extract("累计投资近40亿元。")
        >>> mention.surface, mention.start, mention.end, mention.role
        ('近40亿元', 4, 9, <Role.VALUE: 'value'>)
        >>> mention.figure
        Figure('40', '亿元', 'nearly')
    """

    start: int
    end: int
    figure: Figure
    role: Role = Role.VALUE
    basis: Basis | None = None
    surface: str = ""


# -- word tables ------------------------------------------------------------------------------

_CANDIDATE = re.compile(
    r"(?:百万万|百万|千万|万万|[百佰千仟万])[ \t]*分[ \t]*之|[0-9.$￥¥€£" + CN_NUMERAL_CHARS + "]"
)


def extract(text: str) -> list[Mention]:
    """Find every figure in ``text``, in order, with its span, role and basis.

    A mention covers the number, its unit and its qualifier words; ``start`` and ``end``
    index the original text. Growth rates (同比增长10%, 下降3.2%) are signed percent
    figures, shares (占…的28%) are percent figures, changes in percentage points
    (提高2个百分点) are signed. Dates, years, ordinals and labels are not figures. Never
    raises on a string.

    Examples:
        >>> from licheng import extract
        >>> text = "上半年产值52.2亿元，同比增长10%，占全区规上工业总产值的28%。"
        >>> for mention in extract(text):
        ...     print(mention.surface, mention.role.value, mention.basis, repr(mention.figure))
        52.2亿元 value None Figure('52.2', '亿元')
        10% growth yoy Figure('10', 'percent')
        28% share None Figure('28', 'percent')
        >>> [m.figure for m in extract("工业用电量下降3.2%，较一季度回落0.5个百分点")]
        [Figure('-3.2', 'percent'), Figure('-0.5', 'percentage_point')]
    """
    if not isinstance(text, str):  # a caller without type checks
        msg = f"extract() reads a string, not {type(text).__name__}"  # type: ignore[unreachable]
        raise TypeError(msg)
    norm = normalize(text)
    source = norm.text
    stop = len(source)
    cuts = norm._cuts  # noqa: SLF001 - where annotations were removed
    shifts = norm._shifts  # noqa: SLF001 - how many characters were removed up to each cut
    unmoved = cuts[0] if cuts else stop  # a span that ends by here has the same offsets
    found: list[Mention] = []
    pos = 0
    floor = 0  # the end of the last mention: the next one's prefix words start after it
    while pos < stop:
        candidate = _SCAN.search(source, pos)
        if candidate is None:
            break
        start = candidate.start()
        try:
            if candidate.start(1) >= 0:  # an Arabic number, matched by the Arabic lane already
                lane = READERS.arabic(source, candidate, start, stop, floor)
            else:
                lane = READERS.mention(source, start, stop, floor)
            if lane is None:
                result, resume = _mention_at(source, start, stop, depth=0, floor=floor)
            else:
                result, resume = lane
        except (LichengError, ArithmeticError, ValueError, IndexError):
            result, resume = None, start + 1
        if result is not None:
            span_start, span_end, figure, role, basis = result
            floor = span_end
            if span_end <= unmoved:
                first, last = span_start, span_end
            elif span_start < span_end:  # NormalizedText.original_span, without the calls
                cut = bisect_right(cuts, span_start) - 1
                first = span_start if cut < 0 else span_start + shifts[cut]
                cut = bisect_right(cuts, span_end - 1) - 1
                last = span_end if cut < 0 else span_end + shifts[cut]
            else:
                first, last = norm.original_span(span_start, span_end)
            mention = _new_mention(Mention)
            _set_mention_start(mention, first)
            _set_mention_end(mention, last)
            _set_mention_figure(mention, figure)
            _set_mention_role(mention, role)
            _set_mention_basis(mention, basis)
            _set_mention_surface(mention, text[first:last])
            found.append(mention)
        pos = max(resume, start + 1)
    return found


# Where a mention may start (``_CANDIDATE``), with an ASCII digit read on by ``_LANE`` at once.
# The look-ahead of every first character lets the engine skip ahead as it does for
# ``_CANDIDATE``; without it, it tries the whole pattern at each character.
_SCAN = re.compile(
    f"(?=[0-9.$￥¥€£{CN_NUMERAL_CHARS}])(?:(?=[0-9])(?:{_LANE.pattern})|{_CANDIDATE.pattern})"
)

# A Mention's slots set directly, as ``build._make_figure`` does for a Figure: only while the
# fields are these, in this order.
_MENTION_FIELDS = ("start", "end", "figure", "role", "basis", "surface")
_new_mention = object.__new__
(
    _set_mention_start,
    _set_mention_end,
    _set_mention_figure,
    _set_mention_role,
    _set_mention_basis,
    _set_mention_surface,
) = (vars(Mention)[name].__set__ for name in _MENTION_FIELDS)


def _mention_at(
    text: str, start: int, stop: int, depth: int, floor: int = 0
) -> tuple[_MentionParts | None, int]:
    """Read a mention whose number starts at ``start``; also where to resume scanning.

    Its sign and prefix words (约, 人民币) start at ``floor`` or later: text before it belongs
    to the mention before.
    """
    before = text[start - 1] if start > 0 else ""
    if (before.isascii() and before.isalpha()) or before == "第":
        return None, _numeral_run_end(text, start, stop)
    if (
        before
        and before in "-_."
        and start > 1
        and text[start - 2].isascii()
        and text[start - 2].isalnum()
    ):
        return None, _numeral_run_end(text, start, stop)
    if before and before.isascii() and not before.isspace() and _in_url(text, start):
        return None, _numeral_run_end(text, start, stop)
    number_start = start
    if (
        before
        and before in "-负"
        and start > floor
        and (start == 1 or not _number_like(text[start - 2]))
    ):
        number_start = start - 1
    elif READERS.skip(text, start, stop, before):
        return None, start + 1
    reading = _read_at(text, number_start, stop)
    if reading is None:
        return None, _numeral_run_end(text, start, stop)
    resume = reading.end
    if _digit_sequence(text, reading, stop):
        return None, _numeral_run_end(text, start, stop)
    if reading.is_fraction:
        return None, resume
    prefix_start, qualifier, currency = _prefix(
        text, number_start, reading.kind, reading.unit, bare=reading.bare, floor=floor
    )
    if reading.kind == TIMES and not _growth_before(text, prefix_start):
        return None, resume
    if not reading.unit and depth < 6:  # noqa: PLR2004 - a list of up to six numbers
        shared = _shared_unit(text, reading, stop, depth)
        if shared is not None:
            reading = reading._replace(unit=shared[0], kind=shared[1])
    suffix = SUFFIX_RE.match(text, reading.end, stop)
    if not _worth_reporting(reading, qualifier if suffix is None else Qualifier.AT_LEAST, currency):
        return None, resume
    role, basis, negate, share_qualifier = _role_of(text, prefix_start, reading.kind, reading.value)
    if share_qualifier is not None and qualifier is Qualifier.EXACT:
        qualifier = share_qualifier
    built = _finish(text, reading, stop, qualifier, currency)
    if built is None:
        return None, resume
    figure, end = built
    if negate:
        figure = _negate(figure)
    return (prefix_start, end, figure, role, basis), end


def _shared_unit(text: str, reading: Reading, stop: int, depth: int) -> tuple[str, str] | None:
    """分别提高0.1和1.2个百分点: a list of numbers that share the unit of the last one."""
    join = _LIST_JOIN.match(text, reading.end, stop)
    if join is None or join.end() >= stop:
        return None
    result, _ = _mention_at(text, join.end(), stop, depth + 1)
    if result is None:
        return None
    figure = result[2]
    unit = figure.unit
    if not unit or result[0] != join.end():
        return None
    if unit in {"percent", "percentage_point", "permille"}:
        return unit, PP if unit == "percentage_point" else PERCENT
    clause = text[max(0, reading.start - _CONTEXT) : reading.start]
    if "分别" not in clause:
        return None
    if reading.has_multiplier:
        return None
    return unit, COUNT if _counts(unit) else MEASURE
