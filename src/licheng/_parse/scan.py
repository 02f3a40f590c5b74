"""``extract``: every figure in a document, as a ``Mention`` with its span, role and basis."""

from __future__ import annotations

import re
from bisect import bisect_right

import attrs

import licheng._parse.fast_scan  # noqa: F401 - the fast readers fill the seam when imported
from licheng._figures import IMPLIED, Figure
from licheng._parse.build import _counts, _finish, _make_figure, _negate
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
from licheng._parse.fast import _LANE_TAIL, _NUMBER_AFTER_FIRST
from licheng._parse.fast_scan import _MentionParts
from licheng._parse.normalize import NormalizedText, normalize
from licheng._parse.phrases import (
    _LAST,
    NAMING_NEXT,
    NAMING_WORD,
    Phrase,
    in_quotation,
    no_figure,
    passed_mark,
    per_unit,
    phrases,
    quotations,
)
from licheng._parse.reading import Reading, _read_at
from licheng._parse.region import Region, detect, retag
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
    region: Region | None = None
    """The region whose currency the figure's bare 元 took (新台币 in a Taiwan text), if any."""


def extract(text: str, *, region: Region | None = None) -> list[Mention]:  # noqa: PLR0915 - one pass, inlined for speed
    """Find every figure in ``text``, in order, with its span, role and basis.

    A mention covers the number, its unit and its qualifier words; ``start`` and ``end``
    index the original text. Growth rates (同比增长10%, 下降3.2%) are signed percent
    figures, shares (占…的28%) are percent figures, changes in percentage points
    (提高2个百分点) are signed. Dates, years, ordinals and labels are not figures. Never
    raises on a string.

    ``region`` says whose currency a bare 元 (亿元, 投资17亿) is: ``None`` detects it from the
    text (新台币, 民国 years, 按年, 港元, 本澳 …; see `Region`), ``Region.MAINLAND`` keeps the
    yuan. A currency written with the number always wins; ``Mention.region`` says where the
    region's currency applied.

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
        >>> [m.figure for m in extract("逾新台幣7630億元，超過7630億元")]
        [Figure('7630', '亿新台币', 'more_than'), Figure('7630', '亿新台币', 'more_than')]
    """
    if not isinstance(text, str):  # a caller without type checks
        msg = f"extract() reads a string, not {type(text).__name__}"  # type: ignore[unreachable]
        raise TypeError(msg)
    norm = normalize(text)
    source = norm.text
    region = _region(text, source, region)
    stop = len(source)
    quotes = quotations(source)  # found by str.find: none for a text without quotation marks
    # every position a quotation covers: a span whose start is in none is in no quotation
    quoted_at: set[int] = set()
    for first, last in quotes:
        quoted_at.update(range(first, last + 1))  # in C, not a comprehension's loop
    # 零 and 每 send a mention to ``_settle`` wherever they stand: looked for once, most texts
    # have neither, and each mention is spared two tests
    ling, mei = "零" in source, "每" in source
    cuts = norm._cuts  # noqa: SLF001 - where annotations were removed
    shifts = norm._shifts  # noqa: SLF001 - how many characters were removed up to each cut
    unmoved = cuts[0] if cuts else stop  # a span that ends by here has the same offsets
    # after a cut, the stretch to the next one, which moves by one shift: a span inside it maps
    # by an addition, not two bisections (none yet)
    low = high = shift = 0
    found: list[Mention] = []
    arabic, mention_at = READERS.arabic, READERS.mention  # the seam's readers for this document
    pos = 0
    floor = 0  # the end of the last mention: the next one's prefix words start after it
    while pos < stop:
        candidate = _SCAN.search(source, pos)
        if candidate is None:
            break
        start = candidate.start()
        try:
            # an Arabic number, matched by the Arabic lane already: a group after ``num`` took
            # part (an attribute, where ``start(2)`` is a call)
            if candidate.lastindex != 1:
                lane = arabic(source, candidate, start, stop, floor)
            else:
                lane = mention_at(source, start, stop, floor)
            if lane is None:
                result, resume = _mention_at(source, start, stop, depth=0, floor=floor)
            else:
                result, resume = lane
        except (LichengError, ArithmeticError, ValueError, IndexError):
            result, resume = None, start + 1
        if result is not None:
            span_start, span_end, figure, role, basis = result
            floor = span_end
            applied = None
            unit = figure.unit
            # the cheapest tests first; a quotation's bisect (``in_quotation``, inlined) last
            if (
                region is not None
                or (
                    span_end < stop
                    and (after := source[span_end]) in _SETTLE_NEXT
                    # a rate (/) or a word that may make the number a name: not 规上, 大幅
                    and (after == "/" or _NAMING_WORD.match(source, span_end) is not None)
                )
                or unit in _DATED
                or (ling and source[span_start] == "零")
                or (mei and span_start > 0 and source[span_start - 1] == "每")
                or (
                    quoted_at
                    and span_start in quoted_at
                    and unit
                    and (quoted := bisect_right(quotes, (span_start, _LAST)) - 1) >= 0
                    and quotes[quoted][1] >= span_end
                )
            ):
                result, resume, applied = _settle(source, result, resume, quotes, region)
                if result is not None:
                    span_start, span_end, figure, role, basis = result
                    floor = span_end
        if result is not None:
            if span_end <= unmoved:
                first, last = span_start, span_end
            elif low <= span_start < span_end <= high:
                first, last = span_start + shift, span_end + shift
            elif span_start < span_end:  # NormalizedText.original_span, without the calls
                cut = bisect_right(cuts, span_start) - 1
                first = span_start if cut < 0 else span_start + shifts[cut]
                cut = bisect_right(cuts, span_end - 1) - 1  # at least 0: the span ends past one
                last = span_end + shifts[cut]
                low, shift = cuts[cut], shifts[cut]
                high = cuts[cut + 1] if cut + 1 < len(cuts) else stop
            else:
                first, last = norm.original_span(span_start, span_end)
            mention = _new_mention(Mention)
            _set_mention_start(mention, first)
            _set_mention_end(mention, last)
            _set_mention_figure(mention, figure)
            _set_mention_role(mention, role)
            _set_mention_basis(mention, basis)
            _set_mention_surface(mention, text[first:last])
            _set_mention_region(mention, applied)
            found.append(mention)
        pos = resume if resume > start else start + 1  # at least one on, without max()
    worded = phrases(source)  # each kind looked for only where its words are
    if worded:
        found = _with_phrases(found, worded, norm, text)
    return found


# The first characters after a number that may make it a name (三年行动计划, 两个万亿元台阶) …
_NAMING_NEXT = NAMING_NEXT
# … the characters after a number that send it to ``_settle``: a name's, a rate's (/), a quote's,
# a name's only where the word follows (``no_figure`` finds none otherwise) …
_SETTLE_NEXT = NAMING_NEXT | {"/"}
_NAMING_WORD = NAMING_WORD
# … where a mark passed may follow (大关, 關口) …
_MARK_FIRST = frozenset("大关關")
# … a duration, which may be a date or a window of time (102年3月, 15年来) …
_DATED = frozenset({"年", "个月", "天"})
# Enum members as module names: on the hot path, a member looked up on its class costs more.
_EXACT, _AT_LEAST = Qualifier.EXACT, Qualifier.AT_LEAST
_VALUE, _SHARE = Role.VALUE, Role.SHARE


def _region(text: str, source: str, region: Region | None) -> Region | None:
    """The region whose currency a bare 元 names: ``None`` for the yuan."""
    if region is None:
        region = detect(text, source)
    elif not isinstance(region, Region):
        msg = f"region must be a Region or None, not {region!r}"  # type: ignore[unreachable]
        raise TypeError(msg)
    return None if region is Region.MAINLAND else region


def _settle(
    source: str,
    parts: _MentionParts,
    resume: int,
    quotes: list[tuple[int, int]],
    region: Region | None,
) -> tuple[_MentionParts | None, int, Region | None]:
    """A mention as its document reads it: a rate per unit, no figure, the region's currency.

    Also where to resume scanning, and the region whose currency the figure took.
    """
    span_start, span_end, figure, role, basis = parts
    after = source[span_end] if span_end < len(source) else ""
    quoted = bool(quotes) and in_quotation(quotes, span_start, span_end)
    if after == "/":
        rate = per_unit(figure, source, span_end)
        if rate is not None:
            figure, span_end = rate
            resume = span_end
    elif (
        quoted
        or after in _NAMING_NEXT
        or figure.unit in _DATED
        or source[span_start] == "零"
        or (span_start and source[span_start - 1] == "每")
    ) and no_figure(
        source,
        span_start,
        span_end,
        figure,
        taiwan=region is Region.TAIWAN,
        quoted=quoted,
    ):
        return None, resume, None
    if after in _MARK_FIRST and figure.qualifier is _EXACT:
        passed = passed_mark(source, span_start, span_end)  # 站上7000亿美元大关: at least
        if passed is not None:
            figure = _make_figure(
                figure.magnitude, figure.unit, passed, IMPLIED, IMPLIED, figure.approximate
            )
    applied = None
    if region is not None:
        local = retag(figure, region, source, span_start, span_end)
        if local is not None:
            figure, applied = local, region
    return (span_start, span_end, figure, role, basis), resume, applied


def _with_phrases(
    found: list[Mention], worded: list[Phrase], norm: NormalizedText, text: str
) -> list[Mention]:
    """``found`` and the figures written as words that no mention overlaps, in order."""
    extra = []
    for phrase in worded:
        first, last = norm.original_span(phrase.start, phrase.end)
        if not any(mention.start < last and first < mention.end for mention in found):
            extra.append(Mention(first, last, phrase.figure, phrase.role, None, text[first:last]))
    if not extra:
        return found
    return sorted([*found, *extra], key=lambda mention: mention.start)


# Where a mention may start: one character a number, a currency or a fraction (百分之) may
# start with, and after a digit the rest of the Arabic lane's match: the number in ``num``, then
# an empty ``lane`` group, then ``_LANE``'s groups (a match whose last group is ``num`` has no
# lane). A pattern that starts with a set of characters lets the engine run through the text to
# the next one in C; the lane's own pattern or a look-ahead would be tried whole at each
# character. What follows any other character (分之 after 百) ``_mention_at`` reads.
_SCAN = re.compile(
    f"(?P<num>[0-9.$￥¥€£{CN_NUMERAL_CHARS}](?:{_NUMBER_AFTER_FIRST}|))"
    rf"(?:(?<=\d)(?P<lane>){_LANE_TAIL}|)"
)

# A Mention's slots set directly, as ``build._make_figure`` does for a Figure: only while the
# fields are these, in this order.
_MENTION_FIELDS = ("start", "end", "figure", "role", "basis", "surface", "region")
_new_mention = object.__new__
(
    _set_mention_start,
    _set_mention_end,
    _set_mention_figure,
    _set_mention_role,
    _set_mention_basis,
    _set_mention_surface,
    _set_mention_region,
) = (vars(Mention)[name].__set__ for name in _MENTION_FIELDS)


def _mention_at(
    text: str, start: int, stop: int, depth: int, floor: int = 0
) -> tuple[_MentionParts | None, int]:
    """Read a mention whose number starts at ``start``; also where to resume scanning.

    Its sign and prefix words (约, 人民币) start at ``floor`` or later: text before it belongs
    to the mention before.
    """
    before = text[start - 1] if start > 0 else ""
    if (
        before.isascii() and before.isalpha() and not _ACRONYM_PERCENT.match(text, start - 3)
    ) or before == "第":
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
        return _fraction(text, reading, number_start, floor), resume
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
    if not _worth_reporting(reading, qualifier if suffix is None else _AT_LEAST, currency):
        return None, resume
    role, basis, negate, share_qualifier = _role_of(text, prefix_start, reading.kind, reading.value)
    if share_qualifier is not None and qualifier is _EXACT:
        qualifier = share_qualifier
    built = _finish(text, reading, stop, qualifier, currency)
    if built is None:
        return None, resume
    figure, end = built
    if negate:
        figure = _negate(figure)
    return (prefix_start, end, figure, role, basis), end


# GDP6.8%, CPI2.1%: a percentage after an acronym (a code such as A1 or COVID-19 is no figure).
_ACRONYM_PERCENT = re.compile(r"(?<![A-Za-z])[A-Z]{3}[0-9]+(?:\.[0-9]+)?%")


def _fraction(text: str, reading: Reading, start: int, floor: int) -> _MentionParts | None:
    """三分之一, 四分之三: a proper fraction is a share (or a growth rate, as its words say)."""
    if not 0 < reading.value < 1 or text[reading.end : reading.end + 1] in _FRACTION_NOT_BEFORE:
        return None
    prefix_start, qualifier, currency = _prefix(text, start, PERCENT, "", bare=False, floor=floor)
    if currency is not None:
        return None
    role, basis, negate, share_qualifier = _role_of(text, prefix_start, PERCENT, reading.value)
    if role is _VALUE:
        role = _SHARE
    if share_qualifier is not None and qualifier is _EXACT:
        qualifier = share_qualifier
    built = _finish(text, reading, len(text), qualifier, None)
    if built is None:
        return None
    figure, end = built
    return prefix_start, end, _negate(figure) if negate else figure, role, basis


# After a fraction: a digit or a unit that makes it something else (3分之1秒).
_FRACTION_NOT_BEFORE = frozenset("0123456789秒米")


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
