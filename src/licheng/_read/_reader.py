"""Read a release: every figure ``extract`` finds becomes a read indicator or an unread mention.

The reader works on the text as ``licheng.normalize`` gives it (full-width forms folded,
pinyin annotations removed), matches its word tables on a further simplified copy with the
same offsets, and slices names and quotes out of the original text through the normalized
text's map. It reads in three passes: the structure of the text (paragraphs, sentences,
clauses, periods), the figures (``extract``, corrected where reading needs another value:
signs, ratios, fractions, shared units, currencies), and for each figure its measure,
subject, role, period, scope, accumulation and basis, carried within the sentence and the
paragraph the way releases write them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

import attrs

from licheng._figures import Figure
from licheng._model import Indicator, Level, Source, SubjectKind
from licheng._periods import Period
from licheng._read import _vocab as v
from licheng._read._records import (
    Draft,
    Reading,
    Reference,
    Unread,
    UnreadReason,
)
from licheng._vocabularies import (
    Accumulation,
    Basis,
    Measure,
    OtherMeasure,
    Role,
    Scope,
    check_figure,
    lookup_measure,
)
from licheng.exceptions import LichengError, ParseError

__all__ = ["read"]

# The reader asks many small questions of each clause; patterns written inline are compiled
# once here rather than looked up in ``re``'s cache on every call.
_rx = functools.lru_cache(maxsize=None)(re.compile)

_SENTENCE_END = "。！？!?\n"
_CLAUSE_END = "，,；;：:"
_ROC_OFFSET = 1911
_LAST_YEAR_SORT = 10**9
_CHANGED_TO = re.compile(r"调整为|提高至|提升至|增加到|增至|降至|下降到|提高到")
_FIRST_ROC_YEAR = 60
_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "00012345678" + "9")
_LAST_ROC_YEAR = 130


@attrs.frozen
class _Found:
    """A figure to read: its span in the normalized text and its figure, corrected."""

    start: int
    end: int
    figure: Figure
    role: str
    basis: str | None = None
    # where the figure's own list (分别 …) puts it, when the text gives one
    ratio_index: int | None = None


@attrs.frozen
class _PeriodMark:
    start: int
    end: int
    period: Period | None
    comparator: bool
    point: bool  # a time point (年底, 截至9月, 9月底): a stock's date
    explicit_year: bool
    lead: bool = True  # the period leads its clause (前三季度,全区…), so it carries on
    carries: bool = True  # 8月当月 governs its own sentence only


@attrs.define
class _Context:
    """What the reader carries while it walks the text."""

    text: str  # normalized
    plain: str  # normalized and simplified further, same offsets
    published: dt.date | None
    region_word: str | None
    currency: str | None
    place_name: str | None = None
    periods: list[_PeriodMark] = attrs.Factory(list)
    period_ends: list[int] = attrs.Factory(list)
    # (start, year, length) of the explicit years that are no comparator, in text order
    year_marks: list[tuple[int, int, int]] = attrs.Factory(list)
    default_year: int | None = None


def read(  # noqa: PLR0915 - one pass over the figures, in text order
    text: str,
    *,
    published: dt.date | str | None = None,
    place: str | None = None,
) -> Reading:
    """Read the figures of a Chinese statistical text as indicators.

    ``published`` (the release date) resolves 今年, 上半年 and 去年同期; ``place`` (the
    reporting unit, such as "历城区 / 济南市 / 山东省") tells the currency of Taiwan and Hong
    Kong pages and which 全区/全市 is the reporting region. Every figure ``extract`` finds
    comes back either as a read indicator or as an unread mention with its reason.

    Raises:
        TypeError: ``text`` is not a string, or ``published`` neither a date nor a string.
        ParseError: ``published`` is a string but not an ISO date.

    >>> import licheng
    >>> reading = licheng.read(
    ...     "前三季度,全区实现地区生产总值1291.92亿元,同比增长6.2%。", published="2025-11-03"
    ... )
    >>> for i in reading.indicators:
    ...     print(i.subject, i.measure, i.role, i.period, i.basis, i.span)
    全区 gdp value 2025Q1-Q3 None (15, 24)
    全区 gdp growth 2025Q1-Q3 yoy (29, 33)
    """
    given: object = text
    if not isinstance(given, str):
        msg = f"read() needs a str, not {type(given).__name__}"
        raise TypeError(msg)
    date = _to_date(published)
    from licheng import extract, normalize  # the parser loads on first use

    norm = normalize(text)
    plain = v.simplify(norm.text)
    context = _Context(
        text=norm.text,
        plain=plain,
        published=date,
        region_word=_region_word(plain, place),
        currency=_currency(plain, place),
        place_name=place.split("/")[0].strip() if place else None,
    )
    context.periods = list(_period_marks(context))
    context.period_ends = [mark.end for mark in context.periods]
    context.year_marks = [
        (mark.start, mark.period.year, mark.end - mark.start)
        for mark in context.periods
        if mark.explicit_year and not mark.comparator and mark.period is not None
    ]
    context.default_year = _default_year(context)
    try:
        mentions = extract(norm.text)
    except Exception:  # noqa: BLE001 - read never raises on text; a parser bug reads nothing
        mentions = []
    found, unread = _figures(context, mentions)
    indicators: list[Indicator] = []
    unread_items: list[Unread] = []
    for item, reason in unread:
        start, end = norm.original_span(item.start, item.end)
        unread_items.append(Unread(text[start:end], (start, end), reason, item.figure))
    sources: dict[str, Source] = {}  # one per sentence
    reader = _Reader(context)
    starts = {_sentence_bounds(norm.text, item.start)[0] for item in found}
    sentence_starts = iter(_sentences(norm.text))
    pending = next(sentence_starts, None)
    for item in found:
        while pending is not None and pending[1] <= item.start:
            if pending[0] not in starts:
                reader.note_sentence(*pending)
            pending = next(sentence_starts, None)
        start, end = norm.original_span(item.start, item.end)
        result = reader.read(item)
        if isinstance(result, UnreadReason):
            unread_items.append(Unread(text[start:end], (start, end), result, item.figure))
            continue
        quote_start, quote_end = _sentence_bounds(norm.text, item.start)
        quote = text[slice(*norm.original_span(quote_start, quote_end))].strip()
        subject = _original_name(norm, result.subject, item.start, context)
        about = result.about
        if about is not None and about.subject == result.subject:
            about = Reference(subject, about.measure)
        whole = result.whole
        if whole is not None:
            whole = Reference(
                _original_name(norm, whole.subject, item.start, context), whole.measure
            )
        source = sources.get(quote)
        if source is None:
            source = sources[quote] = Source(
                "unknown", date=date, place=place, quote=quote, notes=_NO_PUBLISHER
            )
        indicator = _indicator(result, subject or "全区", about, whole, (start, end), source)
        if indicator is None:
            reason = UnreadReason.UNIT_MISMATCH
            unread_items.append(Unread(text[start:end], (start, end), reason, item.figure))
            continue
        indicators.append(indicator)
    unread_items.sort(key=lambda item: item.span)
    return Reading(
        text=text,
        indicators=tuple(indicators),
        unread=tuple(unread_items),
        published=date,
        place=place,
    )


_NO_PUBLISHER = ("publisher not given to read()",)


def _indicator(  # noqa: PLR0913, PLR0917 - the draft and what the reading adds to it
    draft: Draft,
    subject: str,
    about: Reference | None,
    whole: Reference | None,
    span: tuple[int, int],
    source: Source,
) -> Indicator | None:
    """The model's indicator for a draft; None when no measure fits the figure's unit.

    The reader's fields are of the model's types by construction (enums from fixed tables, a
    period, a span of two ints), so only what depends on the figure is checked: the model's
    own ``check_figure`` for the measure and role. The indicator is then built through its
    slots, the way ``_text`` builds figures; user-built indicators keep the full validation.
    """
    if not subject.strip() or not 0 <= span[0] < span[1]:
        return None
    role = _ROLES[draft.role]
    for code in (draft.measure, _fallback_measure(draft)):
        measure = _measure_code(code)
        if measure is None or check_figure(measure, draft.figure, "figure", role):
            continue
        if whole is not None and role is not Role.SHARE:
            continue
        if isinstance(measure, Measure) and measure.deprecated:
            continue  # the reader reads no deprecated code (share, growth)
        indicator = _new_indicator(Indicator)
        for setter, value in zip(
            _INDICATOR_SETTERS,
            (
                measure,
                draft.figure,
                draft.period,
                subject,
                _SCOPES[draft.scope],
                _ACCUMULATIONS[draft.accumulation],
                None,
                None,
                None,
                None,
                None,
                role,
                draft.subject_kind,
                None if draft.basis is None else _BASES[draft.basis],
                None if whole is None else _level(whole),
                None if about is None else _level(about),
                span,
                source,
            ),
            strict=True,
        ):
            setter(indicator, value)
        return indicator
    return None


_INDICATOR_FIELD_NAMES = (
    "measure",
    "figure",
    "period",
    "subject",
    "scope",
    "accumulation",
    "label",
    "label_en",
    "base",
    "base_en",
    "yoy",
    "role",
    "subject_kind",
    "basis",
    "whole",
    "about",
    "span",
    "source",
)
_INDICATOR_SETTERS = tuple(vars(Indicator)[name].__set__ for name in _INDICATOR_FIELD_NAMES)
_new_indicator = object.__new__
_ROLES = {role.value: role for role in Role}
_SCOPES = {scope.value: scope for scope in Scope}
_ACCUMULATIONS = {accumulation.value: accumulation for accumulation in Accumulation}
_BASES = {basis.value: basis for basis in Basis}


@functools.lru_cache(maxsize=512)
def _measure_code(code: str) -> Measure | OtherMeasure | None:
    try:
        measure = lookup_measure(code, stacklevel=2)
    except LichengError:
        return None
    return measure if isinstance(measure, Measure | OtherMeasure) else None


@functools.lru_cache(maxsize=1024)
def _level(reference: Reference) -> Level | None:
    try:
        return Level(reference.subject or "全区", reference.measure)
    except LichengError:
        return Level(reference.subject or "全区")


def _fallback_measure(draft: Draft) -> str:
    """A measure the figure's unit allows, when the one read does not (6个算力中心)."""
    unit = draft.figure.unit
    if unit in {"家", "户"}:
        return "enterprise_count"
    if unit in _COUNT_UNITS:
        return "facility_count"
    word = {"production_volume": "产量"}.get(draft.measure, draft.measure.removeprefix("other:"))
    return f"other:{word}"


def _to_date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            msg = "published is not an ISO date (YYYY-MM-DD)"
            raise ParseError(msg, text=value) from None
    msg = f"published must be a date or an ISO date string, not {type(value).__name__}"
    raise TypeError(msg)


def _original_name(norm: object, name: str, near: int, context: _Context) -> str:
    """The name as the original text writes it (traditional stays traditional)."""
    text: str = getattr(norm, "text", "")
    original: str = getattr(norm, "original", "")
    if not name or text == original:
        return name
    plain = context.plain
    position = plain.rfind(name, 0, near + 1)
    if position < 0:
        position = plain.find(name)
    if position < 0:
        return name
    start, end = norm.original_span(position, position + len(name))  # type: ignore[attr-defined]
    return _ANNOTATION.sub("", original[start:end])


_ANNOTATION = re.compile(r"\((?<=[\u4e00-\u9fff]\()[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")


# -- the text's context -------------------------------------------------------------------


def _region_word(plain: str, place: str | None) -> str | None:
    if place:
        first = place.split("/")[0].strip()
        for suffix in "区市县省州":
            if first.endswith(suffix):
                return "全" + suffix
    found = v.REGION_RE.search(plain)
    return found.group() if found else None


_HONG_KONG = re.compile(r"香港|港府|港元|港币|特区政府|按年")
_TAIWAN = re.compile(r"台湾|台灣|臺灣|臺湾|新台币|(?<!\d)1[01]\d年|竹科|南科|国科会|经济部")


def _currency(plain: str, place: str | None) -> str | None:
    """The currency a page's 億元 and 兆元 are in: NT dollars in Taiwan, HK dollars in Hong Kong."""
    if place:
        if "香港" in place:
            return "港元"
        if _rx(r"台湾|台灣|臺灣|臺湾").search(place):
            return "新台币"
        return None
    if _HONG_KONG.search(plain):
        return "港元"
    if _TAIWAN.search(plain):
        return "新台币"
    return None


def _roc(year: int) -> int:
    return year + _ROC_OFFSET if _FIRST_ROC_YEAR <= year <= _LAST_ROC_YEAR else year


_FRAMING_AFTER = re.compile(r"\s*(?:以来|预测|预估|预计|公布|发布)")


def _period_marks(context: _Context) -> Iterator[_PeriodMark]:
    plain = context.plain
    last_comparator_end = -1
    for match in v.PERIOD_RE.finditer(plain):
        if not match.group().strip():
            continue
        before = plain[max(0, match.start() - 4) : match.start()]
        comparator = bool(v.COMPARATOR_RE.search(before)) or (
            # 分别比一季度、上半年、三季度提升: every period of a comparator's list
            last_comparator_end >= 0
            and _rx(r"\s*[、和及与]\s*").fullmatch(plain, last_comparator_end, match.start())
            is not None
        )
        last_comparator_end = match.end() if comparator else -1
        # 上年第3季以来, 8月预测的: a window's start or a forecast's date governs no figure
        comparator = comparator or bool(_FRAMING_AFTER.match(plain, match.end()))
        if match.start() > 0 and plain[match.start() - 1].isdigit():
            continue
        year_word = match.group("year") or match.group("yearonly")
        year: int | None = None
        relative = 0
        explicit = False
        if year_word:
            digits = _rx(r"\d+").match(year_word.translate(_YEAR_DIGITS))
            if digits:
                year = _roc(int(digits.group()))
                explicit = True
            elif year_word.startswith(("去年", "上年")):
                relative = -1
            elif year_word.startswith("前年"):
                relative = -2
            elif year_word.startswith("明年"):
                relative = 1
        text = match.group()
        point = bool(match.group("yearend") or match.group("monthend") or match.group("upto"))
        point = point or plain[max(0, match.start() - 2) : match.start()] in {"截至", "截止"}
        head = plain[_clause_start(plain, match.start()) : match.start()]
        lead = (
            not _LEAD_JUNK.sub("", head) and plain[match.end() : match.end() + 1] not in "、和及与"
        )
        yield _PeriodMark(
            match.start(),
            match.end(),
            _period_of(match, year, relative, context),
            comparator,
            point,
            explicit,
            lead,
            carries=not match.group("monthnow"),
        )
        del text


_LEAD_JUNK = re.compile(
    r"(?:\s|其中|此外|另外|同时|据介绍|据悉|据了解|截至|截止|到|今年以来|今年|去年|本年|全年|"
    r"(?:19|20)\d{2}年度?|1[01]\d年|在|自|于|累计|[(（【〔].*?[)）】〕]|[:：,，、“”])"
)


def _starts_with_period(name: str) -> bool:
    match = v.PERIOD_RE.match(name.strip())
    return match is not None and bool(match.group())


def _month_number(word: str | None) -> int | None:
    if not word:
        return None
    if word.isdigit():
        return int(word)
    table = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
    table |= {"七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
    return table.get(word)


def _period_of(
    match: re.Match[str], year: int | None, relative: int, context: _Context
) -> Period | None:
    del context
    months: tuple[int, int] | None = None
    if match.group("m1"):
        first, last = _month_number(match.group("m1")), _month_number(match.group("m2"))
        if first and last and first <= last <= 12:  # noqa: PLR2004 - months of a year
            months = (first, last)
    elif match.group("first"):
        last = _month_number(match.group("first"))
        if last and last <= 12:  # noqa: PLR2004 - months of a year
            months = (1, last)
    elif match.group("fq"):
        quarters = _month_number(match.group("fq")) or 1
        months = (1, quarters * 3)
    elif match.group("firstq"):
        months = (1, 3)
    elif match.group("q") or match.group("qq"):
        quarter = _month_number(match.group("q") or match.group("qq")) or 1
        months = (quarter * 3 - 2, quarter * 3)
    elif match.group("h"):
        months = (1, 6) if match.group("h") == "上" else (7, 12)
    elif match.group("yearend") or match.group("full") or match.group("yearonly"):
        months = (1, 12)
    elif match.group("month"):
        month = _month_number(match.group("month"))
        if month and month <= 12:  # noqa: PLR2004 - months of a year
            months = (month, month)
    if months is None:
        return None
    # a year stays open (0) until the reader resolves it against the release date
    try:
        return Period(year or 1, months[0], months[1]) if year else _open(months, relative)
    except Exception:  # noqa: BLE001 - an impossible period is no period
        return None


# Periods without a year are stored with a marker year and resolved per figure.
_OPEN_YEAR = 1
_RELATIVE_BASE = 5000


def _open(months: tuple[int, int], relative: int) -> Period:
    return Period(_RELATIVE_BASE + relative, months[0], months[1])


def _default_year(context: _Context) -> int | None:
    if context.published is not None:
        return context.published.year
    # no release date: the year after the latest year-end or year a comparator names
    years = [
        mark.period.year
        for mark in context.periods
        if mark.period is not None and mark.explicit_year
    ]
    comparator_ends = [
        mark.period.year
        for mark in context.periods
        if mark.period is not None and mark.explicit_year and mark.comparator and mark.point
    ]
    if comparator_ends:
        return max(comparator_ends) + 1
    return max(years) if years else None


def _resolve(period: Period | None, context: _Context, explicit_year: int | None) -> Period | None:
    if period is None:
        return None
    if period.year < _RELATIVE_BASE - 100:
        return period
    relative = period.year - _RELATIVE_BASE
    year = explicit_year if explicit_year is not None else context.default_year
    if year is None:
        return None
    if (
        relative == 0
        and explicit_year is None
        and context.published is not None
        and period.end_month > context.published.month
        and period.start_month == 1
        and period.end_month < 12  # noqa: PLR2004 - December
    ):
        year -= 1
    return Period(year + relative, period.start_month, period.end_month)


# -- sentences and clauses ------------------------------------------------------------------


@attrs.frozen
class _Bounds:
    """Where sentences, segments (；) and clauses (，；：) start, found once per text."""

    sentences: list[int]
    sentence_ends: list[int]  # the sentence's end char (。 included, a line break not)
    segments: list[int]
    clauses: list[int]
    clause_stops: list[int]  # positions of clause and sentence stop characters
    paragraphs: list[int]


_SENTENCE_STOP = re.compile(r"[。！？!?\n]")
_SEGMENT_STOP = re.compile(r"[；;]")
_CLAUSE_STOP = re.compile(r"[，,；;：:]")
_BRACKETED = re.compile(r"[(（][^()（）。！？!?\n]*[)）]")


@functools.lru_cache(maxsize=8)
def _bounds(text: str) -> _Bounds:
    ends = [match.start() for match in _SENTENCE_STOP.finditer(text)]
    sentences = [0, *(end + 1 for end in ends)]
    sentence_ends = [end if text[end] == "\n" else end + 1 for end in ends]
    sentence_ends.append(len(text))
    semicolons = [match.start() for match in _SEGMENT_STOP.finditer(text)]
    segments = sorted({*sentences, *(stop + 1 for stop in semicolons)})
    inside = [(match.start(), match.end()) for match in _BRACKETED.finditer(text)]
    stops = [match.start() for match in _CLAUSE_STOP.finditer(text)]
    open_stops = [stop for stop in stops if not _inside(inside, stop)]
    clauses = sorted({*sentences, *(stop + 1 for stop in open_stops)})
    clause_stops = sorted({*ends, *stops})
    paragraphs = [0, *(end + 1 for end in ends if text[end] == "\n")]
    return _Bounds(sentences, sentence_ends, segments, clauses, clause_stops, paragraphs)


def _inside(spans: list[tuple[int, int]], index: int) -> bool:
    """Whether ``index`` lies inside one of ``spans`` (sorted, not overlapping)."""
    position = bisect.bisect_left(spans, (index, index)) - 1
    return position >= 0 and spans[position][0] < index < spans[position][1]


def _last_at_most(positions: list[int], index: int) -> int:
    return positions[bisect.bisect_right(positions, index) - 1]


def _sentence_bounds(text: str, index: int) -> tuple[int, int]:
    bounds = _bounds(text)
    position = bisect.bisect_right(bounds.sentences, index) - 1
    return bounds.sentences[position], bounds.sentence_ends[position]


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    bounds = _bounds(text)
    for start, end in zip(bounds.sentences, bounds.sentence_ends, strict=False):
        if start < end:
            yield start, end


def _paragraph_start(text: str, index: int) -> int:
    return _last_at_most(_bounds(text).paragraphs, index)


def _clause_start(text: str, index: int) -> int:
    return _last_at_most(_bounds(text).clauses, index)


def _semicolon_start(text: str, index: int) -> int:
    return _last_at_most(_bounds(text).segments, index)


# -- figures --------------------------------------------------------------------------------

_RATIO_RE = re.compile(r"(\d+(?:\.\d+)?)(?:\s*[:∶：]\s*(\d+(?:\.\d+)?)){2,}")
_FRACTION_RE = re.compile(r"(?<![\d./])(\d)\s*/\s*(\d)(?![\d./])")
_SHARED_PP_RE = re.compile(r"^\s*个?\s*(?:和|、|及|与)\s*\d")
_RANK_BEFORE = re.compile(r"(?:第|前移|后移|提高|上升|下降|前进|后退)\s*$")
_RANK_AFTER = re.compile(r"^\s*(?:位|名|个位次|位次)")
_THRESHOLD_AFTER = re.compile(
    r"^(?:及以上|以上|以下|及以下)的?(?:入园)?(?:大)?(?:项目|企业|机柜|变电站)"
)
_WINDOW_AFTER = re.compile(r"^(?:平均|来|以来|内|年均)")
_WINDOW_BEFORE = re.compile(r"(?:过去|近|约)$")
_ENUM_AFTER = re.compile(r"^(?:大|个方面|次产业|县|区|市|个省辖市)")
_SHORT_NAME = 6  # 产业项目, 开工项目: a class of projects, not a named one
_YEAR_UNITS = {"年", "year", "a"}
_COUNT_UNITS = {"个", "家", "户", "项", "栋", "座", "处", "间", "条", "人"}


def _figures(
    context: _Context, mentions: Sequence[object]
) -> tuple[list[_Found], list[tuple[_Found, UnreadReason]]]:
    text, plain = context.text, context.plain
    found: list[_Found] = []
    unread: list[tuple[_Found, UnreadReason]] = []
    taken: list[tuple[int, int]] = []
    # structure ratios (5.6:56.6:37.8): one share per part
    for match in _RATIO_RE.finditer(plain):
        parts = list(_rx(r"\d+(?:\.\d+)?").finditer(match.group()))
        for index, part in enumerate(parts):
            start, end = match.start() + part.start(), match.start() + part.end()
            figure = Figure(part.group(), "")
            found.append(_Found(start, end, figure, "share", ratio_index=index))
        taken.append((match.start(), match.end()))
    # fractions, as in 约占全市三分之二 written with a slash
    for match in _FRACTION_RE.finditer(plain):
        numerator, denominator = int(match.group(1)), int(match.group(2))
        if not 0 < numerator < denominator:
            continue
        value = (Decimal(numerator) / Decimal(denominator)).quantize(Decimal("0.0001"))
        before = plain[max(0, match.start() - 6) : match.start()]
        qualifier = "approx" if "约" in before else "exact"
        found.append(_Found(match.start(), match.end(), Figure(str(value), "", qualifier), "share"))
        taken.append((match.start(), match.end()))
    for begin, stop, figure in _rescan(context, mentions):
        found.append(_Found(begin, stop, figure, "value"))
        taken.append((begin, stop))
    for mention in mentions:
        m_start: int = getattr(mention, "start", 0)
        m_end: int = getattr(mention, "end", 0)
        m_figure: Figure = getattr(mention, "figure")  # noqa: B009 - a Mention
        role = str(getattr(mention, "role", "value"))
        basis = getattr(mention, "basis", None)
        if any(m_start < stop and begin < m_end for begin, stop in taken):
            continue
        item = _Found(m_start, m_end, m_figure, role, None if basis is None else str(basis))
        reason = _not_a_fact(item, plain)
        if reason is not None:
            unread.append((item, reason))
            continue
        found.append(_correct(item, context))
    del text
    found.sort(key=lambda item: item.start)
    return _shared_units(found, plain), unread


_TRILLION_RE = re.compile(
    r"(?:逾|超过|超|近|约|将近|突破)?\s*(\d+(?:\.\d+)?)兆(?:(\d[\d,]*(?:\.\d+)?)亿)?(?:元)?(?!瓦)"
)
_MEASURE_WORD_RE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s*(万)?(千伏安|架|处|間|间|家|座)")
_QUALIFIER_WORDS = (
    ("将近", "nearly"),
    ("近", "nearly"),
    ("逾", "more_than"),
    ("超过", "more_than"),
    ("超", "more_than"),
    ("突破", "more_than"),
    ("约", "approx"),
)


def _qualifier_before(plain: str, start: int) -> tuple[int, str]:
    for word, qualifier in _QUALIFIER_WORDS:
        if plain[max(0, start - len(word)) : start] == word:
            return start - len(word), qualifier
    return start, "exact"


def _rescan(context: _Context, mentions: Sequence[object]) -> Iterator[tuple[int, int, Figure]]:
    """Figures the parser misses or reads at another scale, read again from the text.

    兆 compounds (4兆4,589億元, 突破2兆), counts in measure words it does not know (9處,
    约3500架, 2828.08万千伏安) and counts it leaves out.
    """
    plain = context.plain
    # a mention the parser read without a unit (约3万 before 架) is read again
    spans = [
        (getattr(m, "start", 0), getattr(m, "end", 0))
        for m in mentions
        if getattr(getattr(m, "figure", None), "unit", "")
    ]
    currency = context.currency or "元"
    for match in _TRILLION_RE.finditer(plain):
        whole, rest = match.group(1), match.group(2)
        begin = match.start(1)
        qualifier = "exact"
        if match.group().startswith(("逾", "超", "近", "约", "将近", "突破")):
            begin, qualifier = _qualifier_before(plain, match.start(1))
            begin = match.start()
        try:
            if rest:
                value = Decimal(whole) * 10000 + Decimal(rest.replace(",", ""))
                figure = Figure(value, "亿" + currency, qualifier)
            else:
                figure = Figure(whole, "万亿" + currency, qualifier)
        except Exception:  # noqa: BLE001, S112 - not a money amount after all
            continue
        yield begin, match.end(), figure
    for match in _MEASURE_WORD_RE.finditer(plain):
        start, end = match.start(1), match.end()
        if any(begin < end and start < stop for begin, stop in spans):
            continue
        if _TRILLION_RE.search(plain[max(0, start - 3) : end + 2]):
            continue
        begin, qualifier = _qualifier_before(plain, start)
        value = Decimal(match.group(1)) * (10000 if match.group(2) else 1)
        unit = "家" if match.group(3) == "家" else "个"
        if match.group(3) == "千伏安":
            value, unit = Decimal(match.group(1)), ""
        try:
            yield begin, end, Figure(value, unit, qualifier)
        except Exception:  # noqa: BLE001, S112 - not a figure after all
            continue


def _not_a_fact(item: _Found, plain: str) -> UnreadReason | None:
    before = plain[max(0, item.start - 6) : item.start]
    after = plain[item.end : item.end + 12]
    unit = item.figure.unit
    surface = plain[item.start : item.end]
    if _RANK_BEFORE.search(before) and (_RANK_AFTER.match(after) or "位" in surface):
        return UnreadReason.RANK
    if _RANK_AFTER.match(after) or surface.endswith(("位", "名")):
        return UnreadReason.RANK
    if unit in _YEAR_UNITS or surface.endswith("年"):
        if _rx(r"\d{3,4}\s*年").fullmatch(surface):
            return UnreadReason.DATE
        if _WINDOW_AFTER.match(after) or _WINDOW_BEFORE.search(before) or "两年" in surface:
            return UnreadReason.TIME_WINDOW
        if _rx(r"\d+\s*年$").search(surface) and "连续" not in before:
            return UnreadReason.TIME_WINDOW
    if _rx(r"(?:近|过去|约)\s*$").search(before) and _rx(r"^(?:来|以来)").match(after):
        return UnreadReason.TIME_WINDOW
    if surface.endswith("个月") and _rx(r"(?:前|首)\s*$").search(before):
        return UnreadReason.DATE  # 前8个月: the period, not a duration
    if surface.endswith("月") and not surface.endswith("个月"):
        return UnreadReason.DATE
    if _rx(r"[“\"「《]").search(before[-1:]) or _rx(r"^[”\"」》+]").match(after):
        return UnreadReason.LABEL
    if _rx(r"^[+]").match(after) or _rx(r"[+]$").search(before):
        return UnreadReason.LABEL
    if _rx(r"^强").match(after):
        return UnreadReason.THRESHOLD
    if surface.endswith(("以上", "以下")) and _rx(r"^的?(?:项目|企业|工业企业)").match(after):
        return UnreadReason.THRESHOLD  # 亿元以上项目
    if _THRESHOLD_AFTER.match(after) and not _rx(r"^(?:以上|以下)?的?就业").match(after):
        return UnreadReason.THRESHOLD
    if before.endswith("规模"):
        return UnreadReason.THRESHOLD
    if unit not in {"个", "栋", "家", "座"} and _rx(r"^[a-zA-Z]*\s*(?:机柜|变电站)").match(after):
        return UnreadReason.THRESHOLD
    if _ENUM_AFTER.match(after) and _rx(r"[一二三四五六七八九十\d]+").fullmatch(surface.strip()):
        return UnreadReason.ENUMERATION
    if (
        _rx(r"^(?:市|个?省辖市|县|区)").match(after)
        and unit in {"", "个"}
        and not before.endswith("等")
    ):
        return UnreadReason.ENUMERATION
    if surface in {"一", "二", "三", "四", "五", "六", "七", "八", "九"}:
        return UnreadReason.ENUMERATION
    if _rx(r"[类级期型]$").search(surface):
        return UnreadReason.LABEL
    return None


def _correct(item: _Found, context: _Context) -> _Found:
    """Correct what the parser reads otherwise: currencies by the page, 万 of money."""
    figure = item.figure
    unit = figure.unit
    currency = context.currency
    if currency and unit in {"亿元", "万元", "元", "万亿元"}:
        figure = _with_unit(figure, unit.replace("元", currency))
    surface = context.plain[item.start : item.end].rstrip()
    if unit == "" and surface.endswith(("万", "亿")):
        window = context.plain[max(0, item.start - 12) : item.end + 4]
        if _rx(r"税|收入|投资|资金|产值|贸易|营收|额|销售").search(window):
            prefix = surface[-1]
            scale = Decimal(10000 if prefix == "万" else 100000000)
            try:
                figure = Figure(
                    figure.magnitude / scale, prefix + (currency or "元"), figure.qualifier
                )
            except Exception:  # noqa: BLE001 - keep the parser's reading
                figure = item.figure
    if figure is item.figure:
        return item
    return _Found(item.start, item.end, figure, item.role, item.basis, item.ratio_index)


def _with_unit(figure: Figure, unit: str) -> Figure:
    try:
        return attrs.evolve(figure, unit=unit)
    except Exception:  # noqa: BLE001 - a unit the registry lacks keeps the parser's
        return figure


def _shared_units(found: list[_Found], plain: str) -> list[_Found]:
    """A unit shared by a list (7.6和2.7个百分点) goes to every figure in it."""
    result = list(found)
    for index in range(len(result) - 1, -1, -1):
        item = result[index]
        if item.figure.unit not in {"", "percent"} or index + 1 >= len(result):
            continue
        following = result[index + 1]
        between = plain[item.end : following.start]
        if (
            following.figure.unit == "percentage_point"
            and _rx(r"\s*个?\s*(?:和|、|及|与|,)\s*").fullmatch(between)
            and item.figure.unit == ""
        ):
            figure = _with_unit(item.figure, "percentage_point")
            result[index] = attrs.evolve(item, figure=figure, role="change_pp")
    return result


# -- reading one figure -----------------------------------------------------------------------


class _Reader:
    def __init__(self, context: _Context) -> None:
        self.context = context
        self.last: dict[int, Draft] = {}  # sentence start → last indicator read there
        self.topic: dict[int, tuple[str, SubjectKind]] = {}  # paragraph start → its topic
        self.doc_topic: tuple[str, SubjectKind] | None = None
        self.scope_para: dict[int, bool] = {}
        self.segment_last: dict[int, Draft] = {}
        self.sentence_subject: dict[int, tuple[str, SubjectKind]] = {}
        self.heading: tuple[str, SubjectKind] | None = None
        self.names: dict[tuple[int, int], str] = {}  # the holder each clause names
        self.run: tuple[int, int] = (0, 0)  # the current figure's run (start, index in it)
        self.run_length = 1
        self.runs: dict[int, list[tuple[int, int, Draft]]] = {}
        self.described = False  # the current figure describes a place named after it
        self.segment_described: dict[int, bool] = {}
        self.parallel_of: tuple[int, Draft | None] = (-1, None)  # the figure's, found once
        self.scope_recent = False  # the last figures, or a heading since, were 规上

    def read(self, item: _Found) -> Draft | UnreadReason:
        context = self.context
        plain = context.plain
        sentence_start, _ = _sentence_bounds(plain, item.start)
        clause_start = _clause_start(plain, item.start)
        paragraph = _paragraph_start(plain, item.start)
        previous = self.last.get(sentence_start)
        role = self._role(item, clause_start)
        figure = self._sign(item, role, clause_start)
        listed = self._listed(item, sentence_start)
        measure = self._measure(item, role, clause_start, sentence_start, previous, listed)
        if measure is None:
            return UnreadReason.NO_MEASURE
        self.described = False
        subject, kind = self._subject(
            item, clause_start, sentence_start, paragraph, previous, listed
        )
        scope = self._scope(item, sentence_start, paragraph, measure)
        period, accumulation = self._period(
            item, role, measure, clause_start, sentence_start, listed
        )
        basis = self._basis(item, role, sentence_start)
        whole = about = None
        if role == "share":
            whole = self._whole(item, measure, subject)
        if role in {"growth", "change_pp"}:
            about = self._about(item, role, subject, measure, clause_start)
            if (
                about is not None
                and about.subject != subject
                and role == "change_pp"
                and not _rx(r"拉动|下拉").search(plain[clause_start : item.start])
            ):
                basis = None
        result = Draft(
            figure=figure,
            measure=measure,
            role=role,
            subject=subject,
            subject_kind=kind,
            period=period,
            scope=scope,
            accumulation=accumulation,
            basis=basis,
            whole=whole,
            about=about,
        )
        self.last[sentence_start] = result
        self.runs.setdefault(sentence_start, []).append((*self.run, result))
        segment = _semicolon_start(plain, item.start)
        self.segment_last[segment] = result
        self.segment_described[segment] = self.described
        return result

    # role and sign
    def _role(self, item: _Found, clause_start: int) -> str:
        unit = item.figure.unit
        plain = self.context.plain
        if item.role == "share" and unit == "":
            return "share"
        if unit == "percentage_point":
            return "change_pp"
        if unit != "percent":
            return "value"
        before = plain[clause_start : item.start]
        after = plain[item.end : item.end + 6]
        share = [m.end() for m in v.SHARE_RE.finditer(before)]
        growth = [m.end() for m in v.GROWTH_RE.finditer(before)]
        if _rx(r"^(?:来自|的(?:营业收入|产值|入库税金|数量|战略性|研发))").match(after):
            return "share"
        if before.endswith("的") and _rx(r"占|佔|完成|任务").search(before):
            return "share"
        if share and (not growth or max(share) >= max(growth)):
            return "share"
        if growth:
            return "growth"
        if item.role in {"share", "growth"}:
            return item.role
        if _rx(r"增长|增速|成长").search(before):
            return "growth"
        return "share" if _rx(r"达|为").search(before[-2:]) else "growth"

    def _sign(self, item: _Found, role: str, clause_start: int) -> Figure:
        figure = item.figure
        if role not in {"growth", "change_pp"}:
            return figure
        plain = self.context.plain
        before = _rx(r"增速|增幅|增长面").sub("", plain[clause_start : item.start])
        # the verb nearest before the figure decides
        negative = [m.end() for m in v.NEGATIVE_RE.finditer(before)]
        positive = [m.end() for m in v.POSITIVE_RE.finditer(before)]
        is_negative = bool(negative) and (not positive or max(negative) >= max(positive))
        negative_now = figure.magnitude < 0
        if is_negative and not negative_now:
            return _negate(figure)
        written_sign = _rx(r"\s*[-−－负]").match(plain, item.start) is not None
        if not is_negative and negative_now and positive and not written_sign:
            return _negate(figure)  # 增长-8.7%: a sign written in the figure stays
        return figure

    def _listed(self, item: _Found, sentence_start: int) -> tuple[int, list[str]] | None:
        """The figure's place in a list (A、B和C … 分别为 x、y和z), and the list's items."""
        plain = self.context.plain
        # figures of the same run: those joined by 、和及与 up to this one
        run_start = item.start
        while True:
            head = plain[max(sentence_start, run_start - 30) : run_start]
            match = _rx(
                r"(?:\d[\d.,]*\s*(?:%|％|个百分点|亿元|万元|亿|万|家|个)?\s*(?:和|、|及|与)\s*)$"
            ).search(
                head,
            )
            if not match:
                break
            run_start = run_start - (len(head) - match.start())
        index = plain[run_start : item.start].count("、") + len(
            _rx(r"和|及|与").findall(plain[run_start : item.start])
        )
        rest = plain[item.end : _clause_end(plain, item.end)]
        following = len(_rx(r"(?:和|、|及|与)\s*[\d.]+").findall(rest))
        self.run = (run_start, index)
        self.run_length = index + 1 + following
        if item.ratio_index is not None:
            index = item.ratio_index
        before = plain[sentence_start:run_start]
        keys = list(
            _rx(
                r"分别(?:为|是|增长|成长|下降|达|占|高于|低于|提升|比)?|结构(?:比)?为|占比为|"
                r"结构由上年的|为[:：]"
            ).finditer(
                before,
            )
        )
        key = keys[-1] if keys else None
        if key is None and item.ratio_index is None:
            return None
        stop = key.start() if key else len(before)
        head = before[:stop]
        # the list of names just before 分别: a run of items joined by 、和及与
        tail = _rx(
            r"([^，,；;。：:]*?(?:[、和及与][^，,；;。：:、和及与]+)+)[^，,；;。、]*$"
        ).search(head)
        if tail is None:
            return (index, []) if item.ratio_index is not None else None
        items = re.split(r"[、和及与]", tail.group(1))
        return index, [part.strip() for part in items if part.strip()]

    def _parallel(self, item: _Found, sentence_start: int) -> Draft | None:
        """增长11.7%和2.3%,增幅分别高于全省7.6和2.7个百分点: the same place in the run before."""
        if self.parallel_of[0] == item.start:
            return self.parallel_of[1]
        found = self._find_parallel(item, sentence_start)
        self.parallel_of = (item.start, found)
        return found

    def _find_parallel(self, item: _Found, sentence_start: int) -> Draft | None:
        run_start, index = self.run
        if "分别" not in self.context.plain[sentence_start : item.start]:
            return None
        earlier = [entry for entry in self.runs.get(sentence_start, []) if entry[0] != run_start]
        if not earlier:
            return None
        last_run = earlier[-1][0]
        members = [entry[2] for entry in earlier if entry[0] == last_run]
        if len(members) < 2:  # noqa: PLR2004 - a run is two or more
            # 装备制造业增长12.1%,高技术制造业增长15.3%,分别拉动…3.2和1.1个百分点: the last
            # figures of the sentence, one for each of the run
            members = [entry[2] for entry in earlier][-self.run_length :]
            if self.run_length < 2 or len(members) < self.run_length:  # noqa: PLR2004
                return None
        if index >= len(members):
            return None
        return members[index]

    def _measure(  # noqa: PLR0913, PLR0915, PLR0917 - one figure's context, cues in order
        self,
        item: _Found,
        role: str,
        clause_start: int,
        sentence_start: int,
        previous: Draft | None,
        listed: tuple[int, list[str]] | None,
    ) -> str | None:
        plain = self.context.plain
        unit = item.figure.unit
        before = plain[clause_start : item.start]
        after = plain[item.end : item.end + 8]
        if listed is not None and listed[1]:
            index, names = listed
            listed_words = [v.MEASURE_RE.search(name) for name in names]
            if index < len(names):
                chosen = listed_words[index]
                if chosen is not None and all(listed_words):
                    return v.MEASURE_OF[chosen.group()]
        parallel = self._parallel(item, sentence_start)
        if (
            parallel is not None
            and not v.MEASURE_RE.search(before)
            and _rate_or_class(parallel.figure.unit) == _rate_or_class(unit)
        ):
            return parallel.measure
        follow = _FOLLOWING_MEASURE.match(plain, item.end, item.end + 16)
        if follow and unit in {"percent", ""}:
            if follow.group(2) == "数量":
                return "enterprise_count" if "企业" in before else "other:数量"
            return v.MEASURE_OF[follow.group(2)]
        right_after = v.MEASURE_RE.match(plain, item.end)
        if right_after is not None and role == "value" and unit not in _COUNT_UNITS:
            return v.MEASURE_OF[right_after.group()]
        if (
            previous is not None
            and role == "value"
            and previous.figure.unit == unit
            and _rx(r"(?:比|较)[^，,；;。]*(?:增加|减少|净增|多|少)了?$").search(before)
        ):
            # 比去年同期增加了72个: the change of the level just given
            return previous.measure
        count = self._count_measure(item, unit, before, after)
        if count is not None:
            return count
        words = list(v.MEASURE_RE.finditer(before))
        last_figure = _rx(r"\d[^\d]*$").search(before)
        if words and last_figure is not None and words[-1].start() < last_figure.start():
            # the clause's measure word belongs to an earlier figure (投资22亿元打造40万平方米的…)
            physical = self._unit_measure(unit)
            if physical is not None and role == "value":
                return physical
        strong = [word for word in words if word.group() not in v.WEAK_MEASURES]
        if words and not strong:
            # 在「当年固定资产增购金额」方面,…投入2,684亿元: the measure the sentence names
            earlier = [
                word
                for word in v.MEASURE_RE.finditer(plain, sentence_start, clause_start)
                if word.group() not in v.WEAK_MEASURES
                and _rx(r"[^，,；;。]{0,6}?(?:[」”]|方面)").match(plain, word.end())
            ]
            if earlier:
                return v.MEASURE_OF[earlier[-1].group()]
        words = strong or words
        if role == "share" and _rx(r"占|佔").search(before):
            # 战略性新兴产业产值占规模以上工业产值比重达40.3%: the part's measure
            share_at = _rx(r"占|佔").search(before)
            part = [word for word in words if share_at and word.start() < share_at.start()]
            if part:
                return v.MEASURE_OF[part[0].group()]
            if previous is not None:
                return previous.measure
            earlier = list(v.MEASURE_RE.finditer(plain, sentence_start, clause_start))
            if earlier:
                return v.MEASURE_OF[earlier[-1].group()]
        if role == "share" and unit == "" and item.ratio_index is not None:
            return "value_added"
        physical = self._unit_measure(unit)
        if physical is not None and role == "value" and not words:
            return physical
        if words:
            word = words[-1].group()
            if word == "销售额" and not _rx(r"批发|零售|限额").search(
                plain[sentence_start : item.start]
            ):
                return "revenue"
            return v.MEASURE_OF[word]
        # the sentence's earlier clauses
        if previous is not None and (
            role != "value" or _unit_class(previous.figure.unit) == _unit_class(unit)
        ):
            return previous.measure
        sentence = plain[sentence_start : item.start]
        words = list(v.MEASURE_RE.finditer(sentence))
        if words:
            return v.MEASURE_OF[words[-1].group()]
        if previous is not None:
            return previous.measure
        if unit in {"percent", "percentage_point"}:
            # a growth in a sentence with no measure: the paragraph's last
            paragraph = plain[_paragraph_start(plain, item.start) : item.start]
            words = list(v.MEASURE_RE.finditer(paragraph))
            if words:
                return v.MEASURE_OF[words[-1].group()]
            # 光电产业去年的成长幅度最大…28.14%: the measure the text last named
            words = list(v.MEASURE_RE.finditer(plain, 0, item.start))
            if words:
                return v.MEASURE_OF[words[-1].group()]
            return None
        return self._unit_measure(unit) or _named_measure(before)

    def _count_measure(self, item: _Found, unit: str, before: str, after: str) -> str | None:
        plain_after = self.context.plain[
            item.end : min(item.end + 12, _clause_end(self.context.plain, item.end))
        ]
        del after
        noun = before[-12:] + plain_after[:12]
        if unit in {"家", "户", "间", "戶"}:
            if _rx(r"市场主体").search(before):
                return "enterprise_count"
            return "enterprise_count"
        if unit in {"个", "项"}:
            if _rx(r"^[^，,；;。]{0,3}企业").search(plain_after):
                return "enterprise_count"
            if _rx(r"行业").search(noun):
                return "other:行业数"
            if _rx(r"项目|工程").search(noun):
                return "project_count"
            if _rx(r"就业").search(noun):
                return "employment"
            if _rx(r"新药|品种").search(noun):
                return "other:新药品种"
            if _rx(r"^[^，,；;。]{0,8}(?:中心|平台|基地|园区|站)").search(plain_after):
                return "facility_count"
            # 企业数达到1280个; 在建项目中,江油市56个: the noun the clause, else the sentence,
            # counts
            counted = _COUNTED_NOUN.findall(before)
            if not counted:
                sentence_start = _sentence_bounds(self.context.plain, item.start)[0]
                counted = _COUNTED_NOUN.findall(self.context.plain, sentence_start, item.start)
            if counted:
                return _COUNTED_MEASURE[counted[-1]]
            if unit == "项":
                return "project_count"  # 新建48项,续建28项: 项 counts projects
            return "facility_count"
        if unit in {"栋", "架", "处", "座", "台", "条"}:
            return "facility_count"
        if unit == "人":
            return "employment"
        if unit in {"PFLOPS", "EFLOPS", "TFLOPS"}:
            return "computing_power"
        if unit in {"个月", "month", "年", "year", "a"} or item.figure.unit.endswith("月"):
            return "duration"
        return None

    @staticmethod
    def _unit_measure(unit: str) -> str | None:
        if unit in {"亩", "平方米", "万平方米", "公顷", "平方公里", "km²", "m²", "hectare", "mu"}:
            return "area"
        if unit in {"吨", "万吨", "千米", "万千伏安", "辆", "万辆", "件", "万件"}:
            return "production_volume"
        if unit in {"km", "公里"}:
            return "other:道路长度"
        return None

    def _subject(  # noqa: PLR0913, PLR0915, PLR0917 - one figure's context, fallbacks in order
        self,
        item: _Found,
        clause_start: int,
        sentence_start: int,
        paragraph: int,
        previous: Draft | None,
        listed: tuple[int, list[str]] | None,
    ) -> tuple[str, SubjectKind]:
        plain = self.context.plain
        if listed is not None and item.ratio_index is not None:
            index, names = listed
            if names and index < len(names) and not v.MEASURE_RE.fullmatch(names[index]):
                name = _strip_subject(names[index], self.context)
                if name:
                    return name, _kind(name)
            if "三次产业" in plain[sentence_start : item.start] or not names:
                name = ("第一产业", "第二产业", "第三产业")[min(index, 2)]
                return name, SubjectKind.SECTOR
        if listed is not None and listed[1]:
            index, names = listed
            if index < len(names):
                name = names[index]
                if not v.MEASURE_RE.search(name) and not v.PERIOD_RE.fullmatch(name):
                    name = _strip_subject(name, self.context)
                    if name and len(name) <= 20:  # noqa: PLR2004 - a name, not a clause
                        return name, _kind(name)
        parallel = self._parallel(item, sentence_start)
        if parallel is not None and not self._clause_subject(clause_start, item.start):
            return parallel.subject, parallel.subject_kind
        segment = _semicolon_start(plain, item.start)
        result: tuple[str, SubjectKind] | None
        headed = _headed_subject(plain, segment, item.start, self.context) or _counted(plain, item)
        if headed:
            result = (headed, _kind(headed))
        else:
            candidate = self._clause_subject(clause_start, item.start)
            candidate = _object_subject(plain, clause_start, item, candidate, self.context)
            if item.figure.unit in {"家", "户", "个"} and _BARE_CLASS.match(candidate):
                candidate = ""  # 其中,规模以上工业企业400个: a class counted for its holder
            run_name = _RUN_NAME.search(plain, clause_start, item.start)
            if run_name is not None and _kind(run_name.group(1)) not in {
                SubjectKind.OTHER,
                SubjectKind.PROJECT,  # 产业项目29个、城建项目7个: classes of the region's projects
            }:
                candidate = run_name.group(1)  # 江油市56个、高新区32个: each its own
            if (
                item.figure.unit in {"个", "项"}
                and candidate.endswith("项目")
                and len(candidate) <= _SHORT_NAME
            ):
                candidate = ""
            if item.figure.unit in {"个", "项", "座", "处"} and _COUNTED_THING.search(candidate):
                candidate = ""  # 省级研发中心58个: the things counted, not their holder
            bracket = _bracket_comparator(plain, item.start)
            if bracket:
                candidate = bracket
            result = (candidate, _kind(candidate)) if candidate else None
        if result is None or (result[1] is SubjectKind.REGION and item.figure.unit != "percent"):
            # 全县累计投资15亿元打造30万平方米的…产业园: the place the figure describes
            named = _named_after(plain, item.end)
            if named:
                result = (named, _kind(named))
                # 打造了400余亩的…产业园: the park is what this figure describes, not the
                # holder of the clauses that follow (引进落地了…30多家企业)
                self.described = True
        if result is None:
            earlier = self.segment_last.get(segment)
            if earlier is not None and (
                not self.segment_described.get(segment)
                or _SETTLED.search(plain, clause_start, _clause_end(plain, item.end))
            ):
                # a park just described holds the enterprises that settle in it (入驻), not
                # every count that follows (引进落地了…30多家上下游企业: the chain's)
                result = (earlier.subject, earlier.subject_kind)
        if result is None:
            # the nearest earlier clause of the sentence that names a holder
            start = clause_start
            while start > sentence_start:
                start = _clause_start(plain, start - 1)
                name = self._clause_subject(start, _clause_end(plain, start))
                if name:
                    result = (name, _kind(name))
                    break
        if result is None and previous is not None:
            result = (previous.subject, previous.subject_kind)
        if result is None:
            result = self.heading or self.topic.get(paragraph) or self.doc_topic or self._region()
        if self.heading is not None and (
            self._is_region(result[0]) or _segment_of(result[0], self.heading[0])
        ):
            result = self.heading
        if sentence_start not in self.sentence_subject:
            self.sentence_subject[sentence_start] = result
            self.topic[paragraph] = result
            self.doc_topic = result
        return result

    def _clause_subject(self, start: int, end: int) -> str:
        key = (start, end)
        name = self.names.get(key)
        if name is None:
            name = self.names[key] = _clause_subject(self.context.plain, start, end, self.context)
        return name

    def _is_region(self, name: str) -> bool:
        context = self.context
        return bool(v.REGION_RE.fullmatch(name)) or (
            context.place_name is not None and name == context.place_name
        )

    def note_sentence(self, start: int, end: int) -> None:
        """Note a sentence without figures: one that opens with an industry is a heading.

        集成电路产业实现集聚发展 makes 集成电路产业 the topic of what follows.
        """
        plain = self.context.plain
        if v.SCOPE_RE.search(plain, start, end):
            self.scope_recent = True  # 图 规模以上工业增加值情况: the figures after are 规上
        match = _HEADING.match(plain, start, end)
        if match is not None:
            self.heading = (match.group(1), SubjectKind.INDUSTRY)
            return
        # 成都高新区聚焦创新主体培育: a region or a park that the next figures are about
        clause = start
        while clause < end:
            stop = _clause_end(plain, clause)
            name = self._clause_subject(clause, stop)
            if name:
                kind = _kind(name)
                if kind in {SubjectKind.REGION, SubjectKind.PARK}:
                    paragraph = _paragraph_start(plain, start)
                    self.topic[paragraph] = self.doc_topic = (name, kind)
                return
            clause = stop + 1

    def _region(self) -> tuple[str, SubjectKind]:
        context = self.context
        word = context.region_word
        if word and word in context.plain:
            return word, SubjectKind.REGION
        if context.place_name:
            return context.place_name, _kind(context.place_name)
        return word or "全区", SubjectKind.REGION

    def _scope(self, item: _Found, sentence_start: int, paragraph: int, measure: str) -> str:
        plain = self.context.plain
        sentence = plain[sentence_start : item.end + 2]
        if v.SCOPE_RE.search(sentence):
            self.scope_para[paragraph] = self.scope_recent = True
            if measure in _OUTSIDE_SCOPE and not v.SCOPE_RE.search(
                plain, _clause_start(plain, item.start), item.end + 2
            ):
                return "unspecified"  # 规上工业…;完成固定资产投资39.5亿元: another statistic
            return "above_designated_size"
        lead = plain[sentence_start : sentence_start + 24]
        if (self.scope_para.get(paragraph) or self.scope_recent) and _BREAKDOWN.match(lead):
            return "above_designated_size"
        self.scope_recent = False
        if v.SCOPE_ALL_RE.search(sentence):
            return "all"
        return "unspecified"

    def _period(  # noqa: PLR0913, PLR0917 - one figure's context
        self,
        item: _Found,
        role: str,
        measure: str,
        clause_start: int,
        sentence_start: int,
        listed: tuple[int, list[str]] | None,
    ) -> tuple[Period | None, str]:
        context = self.context
        plain = context.plain
        before_clause = plain[clause_start : item.start]
        sentence_before = plain[sentence_start : item.start]
        stock = measure in {
            "enterprise_count",
            "project_count",
            "facility_count",
            "area",
            "computing_power",
            "power_capacity",
            "duration",
            "population",
        } or (measure == "employment" and item.figure.unit in {"人", "个"})
        stock = stock or (
            measure.startswith("other:") and item.figure.unit in {"个", "户", "万吨", "吨"}
        )
        if role != "value":
            stock = stock and role == "share" and measure != "area"
        added = v.PERIOD_COUNT_RE.search(before_clause)
        if added and role == "value" and before_clause[added.start() - 1 : added.start()] != "已":
            stock = False
        accumulation = "stock" if stock else "period"
        if measure == "duration":
            return None, "stock"  # 连续4个月: a streak, at no stated time
        # a list of periods (一季度、上半年、前三季度和全年 … 分别为)
        if listed is not None and listed[1]:
            index, names = listed
            if index < len(names):
                marks = [
                    m for m in context.periods if m.start >= sentence_start and m.end <= item.start
                ]
                named = [m for m in marks if not m.comparator]
                if len(named) >= len(names) and all(_starts_with_period(n) for n in names):
                    return self._resolved(named[-len(names) + index], item), accumulation
        attribute = bool(v.ATTRIBUTE_RE.search(before_clause)) and role == "value"
        now = bool(v.STOCK_NOW_RE.search(sentence_before))
        segment_before = plain[_semicolon_start(plain, item.start) : item.start]
        to_date = "累计" in before_clause or "累计" in segment_before[-20:]
        mark = self._mark(item, sentence_start, measure)
        in_sentence = mark is not None and mark.start >= sentence_start
        sub_year = (
            mark is not None
            and mark.period is not None
            and mark.period.months < 12  # noqa: PLR2004 - a year's months
            and not (mark.point and mark.period.end_month == 12)  # noqa: PLR2004
        )
        if to_date and role == "value" and measure == "investment" and not in_sentence:
            sub_year = False  # 累计投资22亿元打造…: since the project began
        if role == "value" and _named_after(plain, item.end):
            # 40万平方米的济南生物医药港: an attribute of the park; 累计投资 is to date
            return None, "to_date" if to_date and measure == "investment" else "stock"
        if to_date and role == "value" and not sub_year:
            accumulation = "to_date"
            if not (in_sentence and mark is not None and mark.point):
                return None, accumulation
        if _rx(r"(?:年任务|全年计划|年计划)$").search(before_clause) and mark is not None:
            resolved = self._resolved(mark, item)
            if resolved is not None:
                return Period(resolved.year), accumulation
        if attribute and not in_sentence:
            return None, "stock" if accumulation == "stock" or measure in {
                "investment",
                "area",
            } else accumulation
        if attribute and _rx(r"总投资|占地|规划|投资金额").search(before_clause):
            return None, "stock"
        own_mark = mark is not None and mark.start >= clause_start
        if now and stock and not own_mark and not (in_sentence and mark is not None and mark.point):
            return None, accumulation
        if mark is None:
            return None, accumulation
        period = self._resolved(mark, item)
        cumulative = (mark.point and not stock) or (
            "累计" in plain[mark.end : item.start] and not stock
        )
        if period is not None and cumulative and period.start_month == period.end_month:
            period = Period(period.year, 1, period.end_month)
        return period, accumulation

    def _mark(
        self, item: _Found, sentence_start: int, measure: str | None = None
    ) -> _PeriodMark | None:
        """The period that governs a figure: the last one before it, comparators aside.

        In order: one in the figure's own clause; one that leads a clause of its sentence;
        any other in its sentence; the last one that led a clause before the sentence. A
        comparator's period governs only the figure it names (较前112年的4兆735亿元).
        """
        plain = self.context.plain
        periods = self.context.periods
        upto = bisect.bisect_right(self.context.period_ends, item.start)
        if upto and periods[upto - 1].comparator and periods[upto - 1].period is not None:
            nearest = periods[upto - 1]
            if _rx(r"\s*(?:的|[(（])\s*").fullmatch(plain[nearest.end : item.start]):
                return nearest
        clause_start = _clause_start(plain, item.start)
        paragraph = _paragraph_start(plain, item.start)
        in_sentence: _PeriodMark | None = None
        in_paragraph: _PeriodMark | None = None
        nearest_in_paragraph: _PeriodMark | None = None
        for index in range(upto - 1, -1, -1):
            mark = periods[index]
            if mark.comparator or mark.period is None:
                continue
            if mark.start >= sentence_start:
                if _CHANGED_TO.search(plain, mark.end, item.start):
                    continue  # 由上年的…调整为…: the period of the figure before
                if mark.start >= clause_start or mark.lead:
                    return mark
                in_sentence = in_sentence or mark
                continue
            if in_sentence is not None:
                return in_sentence
            if mark.lead and mark.carries:
                if mark.start < paragraph and nearest_in_paragraph is not None:
                    # 其次为…(上升9.7%): the period the paragraph named, before an older lead
                    return nearest_in_paragraph
                return mark
            if nearest_in_paragraph is None and mark.start >= paragraph and not mark.point:
                nearest_in_paragraph = mark
            if in_paragraph is None and mark.start >= paragraph and not mark.point:
                word = v.MEASURE_RE.search(plain, mark.end, _clause_end(plain, mark.end))
                if word is not None and v.MEASURE_OF[word.group()] == measure:
                    in_paragraph = mark
        # 竹科今年前8个月营业额…。光电产业营业额…: the period of the paragraph's same measure
        return in_sentence or in_paragraph

    def _resolved(self, mark: _PeriodMark, item: _Found) -> Period | None:
        explicit: int | None = None
        if mark.period is not None and mark.period.year >= _RELATIVE_BASE - 100:
            # a year written just before in the same sentence (2021年…一季度)
            years = self.context.year_marks
            position = bisect.bisect_right(years, (mark.start, _LAST_YEAR_SORT)) - 1
            while position >= 0 and years[position][0] + years[position][2] > mark.start:
                position -= 1
            if position >= 0:
                explicit = years[position][1]
            relative_word = _rx(r"今年|本年").search(
                self.context.plain[max(0, mark.start - 3) : mark.end]
            )
            if relative_word:
                explicit = None
        del item
        return _resolve(mark.period, self.context, explicit)

    def _basis(self, item: _Found, role: str, sentence_start: int) -> str | None:
        if role not in {"growth", "change_pp"}:
            return None
        plain = self.context.plain
        before = plain[_semicolon_start(plain, item.start) : item.end]
        sentence = plain[sentence_start : item.end]
        clause_start = _clause_start(plain, item.start)
        clause = plain[clause_start : item.start]
        if _rx(r"两年平均|年均|平均增长|平均增速").search(clause):
            return None  # a two-year or multi-year average compares with no one period
        if v.MOM_RE.search(before):
            return "mom"
        if not v.YOY_RE.search(clause) and any(
            mark.comparator and clause_start <= mark.start
            for mark in self.context.periods[
                bisect.bisect_left(self.context.period_ends, clause_start) : bisect.bisect_right(
                    self.context.period_ends, item.start
                )
            ]
        ):
            return None  # 较一季度回升2.1个百分点: against another period, not a year before
        if v.YOY_RE.search(before) or v.YOY_RE.search(sentence):
            return "yoy"
        if item.basis in {"yoy", "mom"} and v.YOY_RE.search(plain[sentence_start : item.end]):
            return item.basis
        return None

    def _whole(self, item: _Found, measure: str, subject: str) -> Reference | None:
        plain = self.context.plain
        clause_start = _clause_start(plain, item.start)
        before = plain[clause_start : item.start]
        match = _rx(r"(?:占|佔|贡献)(?:了)?([^，,；;。]*?)(?:的|比重|$)").search(before)
        if match and match.group(1):
            whole = match.group(1)
            word = v.MEASURE_RE.search(whole)
            name = whole[: word.start()] if word else whole
            name = _rx(r"总$").sub("", name.strip()) or (self.context.region_word or "全区")
            return Reference(name, v.MEASURE_OF[word.group()] if word else measure)
        if item.ratio_index is not None:
            return Reference(self.context.region_word or "全区", "gdp")
        return Reference(subject, measure)

    def _about(
        self, item: _Found, role: str, subject: str, measure: str, clause_start: int
    ) -> Reference:
        plain = self.context.plain
        before = plain[clause_start : item.start]
        if role == "change_pp":
            gap = _rx(
                r"(?:比|较|高于|低于)([^，,；;。]*?)(?:平均)?(?:水平|增速|增幅)?(?:\(|（|高|低|$)"
            ).search(
                before,
            )
            if (
                gap
                and gap.group(1)
                and not v.PERIOD_RE.fullmatch(gap.group(1).strip())
                and not _COMPARED_PERIOD.match(gap.group(1))
            ):
                name = gap.group(1).strip()
                word = v.MEASURE_RE.search(name)
                name = name[: word.start()] if word else name
                name = _rx(r"平均.*$").sub("", name)
                if name and not _rx(r"上年|去年同期|上年同期").fullmatch(name):
                    return Reference(name, measure)
            pull = _rx(r"(?:拉动|下拉)([^，,；;。]*?)(?:增长|增速)").search(before)
            if pull and pull.group(1):
                return Reference(pull.group(1), measure)
        return Reference(subject, measure)


def _rate_or_class(unit: str) -> str:
    return "rate" if unit in {"", "percent", "percentage_point"} else _unit_class(unit)


def _unit_class(unit: str) -> str:
    if unit.endswith(("元", "币")):
        return "money"
    if unit in _COUNT_UNITS:
        return "count"
    return unit


def _negate(figure: Figure) -> Figure:
    try:
        return Figure(-figure.magnitude, figure.unit, figure.qualifier)
    except Exception:  # noqa: BLE001 - a figure that cannot be negated stays as read
        return figure


def _clause_end(text: str, start: int) -> int:
    stops = _bounds(text).clause_stops
    position = bisect.bisect_left(stops, start)
    return stops[position] if position < len(stops) else len(text)


_STRIP_TRAIL = re.compile(r"(?:的|之|在|中|共|均|都|也|还|则|就|，|,|\s)+$")


def _strip_subject(name: str, context: _Context) -> str:
    name = _rx(r"^[\s“”\"、,，]+").sub("", name)
    name = v.LEAD_RE.sub("", name)
    mark = v.PERIOD_RE.match(name) if v.PERIOD_HINT.search(name) else None
    if mark is not None and mark.group():
        name = name[mark.end() :]
    name = v.LEAD_RE.sub("", name)
    name = _STRIP_TRAIL.sub("", name)
    region = context.region_word
    for word in filter(None, (region, "我区", "我市", "我县", "全区", "全市")):
        if (
            name.startswith(word)
            and len(name) > len(word)
            and word in {region, "我区", "我市", "我县"}
        ):
            name = name[len(word) :]
            break
    name = _rx(r"^(?:实现|完成|累计|共|新增)").sub("", name)
    return name.strip()


_HEADED_RE = re.compile(
    r"^(?:\d+|[一二三四五六七八九十]+)(?:个|家|座|处)((?:[^，,；;。\d]){2,20}?(?:集群|基地|工程|园区|产业园|开发区|项目|平台|企业|行业))"
)
_BARE_CLASS = re.compile(
    r"^(?:新增|新认定|累计)?(?:规上|规模以上|龙头|上市|重点|省级|市级|区级|县级|国家级|高新技术|科技型|"
    r"外资|新|投产|瞪羚|优质|相关|骨干|知名|头部|优秀|上下游|[\w“”\"]{0,8}“[^”]*”|上市及过会|科创板上市及过会|(?:县级|区级|市级)以上)*(?:工业)?企业$"
)


def _bracket_comparator(plain: str, start: int) -> str:
    """增速比全市平均增速(8.1%): a rate in brackets is the comparator's own."""
    match = _rx(
        r"(?:比|较|高于|低于)([^，,；;。()（）]{1,14}?)(?:平均)?(?:增速|增幅|水平)\s*[(（]$"
    ).search(
        plain[max(0, start - 24) : start],
    )
    if match is None:
        return ""
    name = match.group(1)
    word = v.MEASURE_RE.search(name)
    if word is not None:
        name = name[: word.start()]
    return name.removesuffix("平均").strip()


def _headed_subject(plain: str, segment: int, end: int, context: _Context) -> str:
    """4个国家战略性新兴产业集群集聚…近500家: the holder a segment opens with, after its count."""
    text = v.LEAD_RE.sub("", plain[segment:end])
    match = _HEADED_RE.match(text)
    if match is None:
        return ""
    del context
    return match.group(1)


_COUNTED = re.compile(
    r"(?:家|个|处|座)((?:[^，,；;。、\d\s]){1,16}?(?:企业|园区|产业园|园|基地|集群|开发区))"
)


def _counted(plain: str, item: _Found) -> str:
    """324家县级以上农业龙头企业, 9处新园区: the holders a count is followed by."""
    match = _COUNTED.match(plain, item.end - 1)
    if match is None or _BARE_CLASS.match(match.group(1)):
        return ""
    if plain[max(0, item.start - 1) : item.start] == "等":
        return ""  # 国药器械、九如生物等26家企业: named enterprises counted for their holder
    return match.group(1)


def _object_subject(
    plain: str, clause_start: int, item: _Found, name: str, context: _Context
) -> str:
    """张江拥有集成电路芯片设计企业超600家: a count of a segment's enterprises is the segment's."""
    if item.figure.unit not in {"家", "户"}:
        return name
    text = plain[clause_start : item.start]
    match = _rx(
        r"(?:拥有|有|集聚|聚集)([^，,；;。]{2,20}?企业)(?:数量)?(?:超过|超|近|达到|达|约|逾)?$"
    ).search(
        text,
    )
    if match is None:
        return name
    segment = _strip_subject(match.group(1), context)
    if _BARE_CLASS.match(segment):
        return name
    return segment


_HEADING = re.compile(
    r"\s*(?:[一二三四五六七八九十\d]+[、.．]\s*)?([^，,。、；;\s]{2,10}?(?:产业|行业))"
    r"(?:呈现|保持|实现|加快|加速|持续|稳步|发展|增长|运行|表现|延续|整体|蓄势|迈出|跑出|势头)"
)
_PARK_NAME = r"[^，,；;。的、]{2,16}?(?:港|产业园|园区|园|基地|中心|平台|科技城|城|谷)"
_NAMED_AFTER = re.compile(
    rf"^(?:的({_PARK_NAME})|[^，,；;。]{{0,6}}?(?:打造|建设|建成)[^，,；;。]{{0,12}}?的({_PARK_NAME}))(?=[，,；;。]|$)"
)


def _segment_of(name: str, industry: str) -> bool:
    """规上医药生产企业 in a paragraph on 现代医药产业: the industry's enterprises."""
    if not name.endswith("企业"):
        return False
    core = _rx(r"(?:产业|行业)$").sub("", industry)
    return any(core[index : index + 2] in name for index in range(len(core) - 1))


_COUNTED_THING = re.compile(
    r"(?:中心|平台|实验室|工作站|基站|站|车间|孵化器|众创空间|生产线|产业链|专利|机构)$"
)
# 较去年同期下降6.8个百分点, 环比7月: a comparison with a period, not with another subject
_COMPARED_PERIOD = re.compile(
    r"\s*(?:上年|去年|前年|上月|上季|同期|上期|(?:\d{1,4}|[一二三四五六七八九十]{1,2})(?:年|月|季度))"
)
_COUNTED_NOUN = re.compile(r"企业|项目|工程|行业|中心|平台|基地|园区")
_COUNTED_MEASURE = {
    "企业": "enterprise_count",
    "项目": "project_count",
    "工程": "project_count",
    "行业": "other:行业数",
}
_COUNTED_MEASURE |= dict.fromkeys(("中心", "平台", "基地", "园区"), "facility_count")
# The parts of a whole just given: 其中, 分行业看, 全区三大门类中, 38个工业行业大类中, 一是
_BREAKDOWN = re.compile(
    r"\s*(?:其中|分行业|分[^，,]{1,6}看|[^，,。]{0,12}(?:门类|大类|行业|产品)中|[一二三四五六七八九十]是)"
)
# measures a 规上 sentence's scope does not reach unless the figure's clause says so
_OUTSIDE_SCOPE = frozenset(
    {"fixed_asset_investment", "investment", "project_count", "facility_count", "area"}
)
_RUN_NAME = re.compile(r"\d[^\d、，,；;。]{0,3}、([^\d、，,；;。()（）\s]{2,12}?)(?:为|达|有)?\s*$")
_SETTLED = re.compile(r"入驻|入园|落户|进驻|入区|入住")
_FOLLOWING_MEASURE = re.compile(r"的([^，,；;。]{0,10}?)(" + v.MEASURE_RE.pattern + "|数量)")
_NAMED_MEASURE = re.compile(
    r"([\u4e00-\u9fff]{2,8}?(?:金额|总额|额|总值|价值|数量|规模))(?:为|达到|达|是|约|共|合计)?\s*$"
)


def _named_measure(before: str) -> str | None:
    """外销订单金额为553.6亿美元: a measure outside the table, kept as its word."""
    match = _NAMED_MEASURE.search(before)
    if match is None:
        return None
    word = _rx(r"^[月年季度日]+").sub("", v.LEAD_RE.sub("", match.group(1)))
    return f"other:{word}" if len(word) >= 2 else None  # noqa: PLR2004 - a word, not a character


def _named_after(plain: str, end: int) -> str:
    """40万平方米的济南生物医药港, 投资22亿元打造…的济南生物医药港: the place a figure describes."""
    match = _NAMED_AFTER.match(plain[end : end + 40])
    if match is None:
        return ""
    return match.group(1) or match.group(2) or ""


def _clause_subject(plain: str, start: int, end: int, context: _Context) -> str:
    """The holder a clause names before its verb or measure (第一产业实现增加值 → 第一产业)."""
    text = plain[start:end]
    text = v.LEAD_RE.sub("", text)
    # leading periods (前三季度, 2021年, 1至9月) are not the subject
    while True:
        mark = v.PERIOD_RE.match(text) if v.PERIOD_HINT.search(text) else None
        if mark is None or not mark.group():
            break
        text = v.LEAD_RE.sub("", text[mark.end() :])
    stop = len(text)
    verb_end = None
    for pattern in (v.VERB_RE, v.MEASURE_RE):
        found = pattern.search(text)
        if found is not None and found.start() < stop:
            stop = found.start()
            verb_end = found.end() if pattern is v.VERB_RE else None
            if pattern is v.MEASURE_RE and stop == 0 and found.group().startswith("工业生产"):
                return "工业"  # 工业生产减少3.99%: the production of industry
    name = _strip_subject(text[:stop], context)
    # 全区实现第一产业增加值: a sector or a group named between the verb and the measure
    if verb_end is not None and _rx(r"实现|完成|累计").match(text[stop:verb_end]):
        measure = v.MEASURE_RE.search(text, verb_end)
        if measure is not None:
            middle = _strip_subject(text[verb_end : measure.start()], context)
            sector = _rx(r"(?:产业|业|企业)$").search(middle)
            if sector and (
                v.REGION_RE.fullmatch(name)  # 全县完成规上工业总产值: the sector
                or (
                    not v.SCOPE_RE.fullmatch(_rx(r"工业$").sub("", middle) or "规上")
                    and not _rx(r"(?:规上|规模以上)?工业").fullmatch(middle)
                )
            ):
                name = middle
    for mark in v.PERIOD_RE.finditer(name) if v.PERIOD_HINT.search(name) else ():
        if mark.group() and mark.start() > 0:
            name = name[: mark.start()]
            break
    name = _rx(r"(?:总数|总)$").sub("", name).strip()
    if "等" in name[1:]:
        name = name[: name.index("等", 1)]
    if name in v.JUNK_SUBJECTS or len(name) < 2 or v.JUNK_HEAD_RE.match(name):  # noqa: PLR2004
        return ""
    if name in {"", "其", "该", "此", "这", "共", "总", "年", "全", "当月", "期间"}:
        return ""
    if _rx(r"\d").search(name) and not _rx(r"[A-Za-z]\d|\d[A-Za-z]|[“”「」强]|规模").search(name):
        return ""
    if len(name) > 24 or _VERB_PHRASE.search(name):  # noqa: PLR2004 - a sentence, not a name
        return ""
    if name.endswith("率"):
        return ""  # 开复工率: a rate is a measure, not a holder
    return name


# 配套建设了生物制造中试平台, 重点: a verb phrase or an adverb, not a holder
_VERB_PHRASE = re.compile(
    r"了|^(?:重点|全力|大力|积极|着力|持续|不断|加快|加速|主要|初步|逐步|稳步|正在|已经|先后|共同|"
    r"配套|围绕|依托|聚焦|推动|推进|通过|采用|创新|相当于|上修|下修|多出)|^(?:国家|省|市|县|区)级$"
)


_PLACES = frozenset({"香港", "澳门", "台湾", "臺灣", "台灣", "全国", "全省", "全市", "内地"})


@functools.lru_cache(maxsize=1024)
def _kind(name: str) -> SubjectKind:
    if v.REGION_RE.fullmatch(name) or name in _PLACES:
        return SubjectKind.REGION
    if v.SCOPE_RE.match(name) and name.endswith(("工业企业", "工业")):
        return SubjectKind.SECTOR  # 规模以上工业企业: a statistical aggregate
    if name.endswith("企业") and _rx(r"强|龙头|中小|“").search(name):
        return SubjectKind.OTHER
    for suffix, kind in v.SUBJECT_SUFFIX_KIND:
        if name.endswith(suffix):
            return SubjectKind(kind)
    return SubjectKind.OTHER
