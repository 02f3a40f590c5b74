"""Read a release: every figure ``extract`` finds becomes a read indicator or an unread mention.

The reader works on the text as ``licheng.normalize`` gives it (full-width forms folded,
pinyin annotations removed), matches its word tables on a further simplified copy with the
same offsets, and slices names and quotes out of the original text through the normalized
text's map. It reads in three passes: the structure of the text (paragraphs, sentences,
clauses, periods), the figures (``extract``, corrected where reading needs another value:
signs, ratios, fractions, shared units, currencies), and for each figure its measure,
subject, role, period, scope, accumulation and basis, carried within the sentence and the
paragraph the way releases write them.

The steps live in their own modules, each below the next: ``_structure`` (paragraphs,
sentences, clauses and the context carried), ``_marks``, ``_years``, ``_framing`` and ``_when``
(periods: the period words of a text, the year of a release, how a mark frames and carries,
each figure's period), ``_found`` (the figures to
read), ``_names`` (names in a clause), ``_lists`` (what a 分别 list gives each figure),
``_nouns`` (the measure a noun's head names), ``_measures`` (role, sign, measure, scope,
basis), ``_subjects`` (whose figure it is); this module walks the figures in text order and
assembles each reading into an ``Indicator`` with its span and source. Their word tables are
``_vocab``'s, compiled by ``_patterns``.
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import itertools
import operator
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from licheng._model import Indicator, Level, Source, SubjectKind
from licheng._parse.region import detect
from licheng._read import _vocab as v
from licheng._read._found import _COUNT_UNITS, _figures
from licheng._read._marks import _period_marks
from licheng._read._measures import _of_industries
from licheng._read._names import _DEMAND_PARTS, _kind
from licheng._read._objects import holder_before, object_measure
from licheng._read._records import (
    Draft,
    Reading,
    Reference,
    Unread,
    UnreadReason,
)
from licheng._read._structure import (
    _clause_start,
    _Context,
    _currency,
    _Found,
    _paragraph_start,
    _region_word,
    _rx,
    _semicolon_start,
    _sentence_bounds,
    _sentences,
    _territory,
    _to_date,
)
from licheng._read._subjects import _Subjects
from licheng._read._tables import table_cells
from licheng._read._years import _default_year, _review_frames
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
from licheng.exceptions import LichengError

if TYPE_CHECKING:
    from licheng._parse.normalize import NormalizedText
    from licheng._periods import Period

__all__ = ["read"]


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
    plain = _without_markup(v.simplify(norm.text))
    region = None if place else detect(text, norm.text)  # Taiwan, Hong Kong, Macau or none
    # the place is compared with names of the simplified text: 歷城區 read as 历城区
    simple_place = v.simplify(place) if place else None
    context = _Context(
        text=norm.text,
        plain=plain,
        published=date,
        region_word=_region_word(plain, simple_place or _territory(region)),
        currency=_currency(simple_place, region),
        place_name=simple_place.split("/")[0].strip() if simple_place else None,
        place_written=place.split("/")[0].strip() if place else None,
    )
    context.periods = list(_period_marks(context))
    context.period_ends = [mark.end for mark in context.periods]
    context.year_marks = [
        (mark.start, mark.period.year, mark.end - mark.start)
        for mark in context.periods
        if mark.explicit_year and not mark.comparator and mark.period is not None
    ]
    context.default_year = _default_year(context)
    context.past_year_frames = _review_frames(context)
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
    sentence_sources: dict[int, Source] = {}  # by the sentence's start: quoted once
    template = Source("unknown", date=date, place=place, notes=_NO_PUBLISHER)
    reader = _Reader(context)
    # sentences bounded in ``plain``: it differs from ``norm.text`` only in Chinese characters
    # simplified one for one, never in a stop, so its bounds (found once) are the text's
    # each figure's sentence, found once: for the sentences without figures, the reader and
    # the quote
    bounds = [_sentence_bounds(plain, item.start) for item in found]
    starts = {sentence[0] for sentence in bounds}
    sentence_starts = iter(_sentences(plain))
    pending = next(sentence_starts, None)
    for item, (quote_start, quote_end) in zip(found, bounds, strict=True):
        while pending is not None and pending[1] <= item.start:
            if pending[0] not in starts:
                reader.note_sentence(*pending)
            pending = next(sentence_starts, None)
        start, end = norm.original_span(item.start, item.end)
        result = reader.read(item, quote_start)
        if isinstance(result, UnreadReason):
            unread_items.append(Unread(text[start:end], (start, end), result, item.figure))
            continue
        subject, about, whole = _as_written(norm, result, item.start, context)
        source = sentence_sources.get(quote_start)
        if source is None:
            quote = text[slice(*norm.original_span(quote_start, quote_end))].strip()
            source = sources.get(quote)
            if source is None:
                source = sources[quote] = _quoted(template, quote)
            sentence_sources[quote_start] = source
        indicator = _indicator(result, subject or "全区", about, whole, (start, end), source)
        if indicator is None:
            reason = UnreadReason.UNIT_MISMATCH
            unread_items.append(Unread(text[start:end], (start, end), reason, item.figure))
            continue
        indicators.append(indicator)
    _read_tables(norm, text, context, reader, indicators, unread_items, template)
    unread_items.sort(key=lambda item: item.span)
    return Reading(
        text=text,
        indicators=tuple(indicators),
        unread=tuple(unread_items),
        published=date,
        # a Hong Kong or Macau page given no place is the territory's, its district too
        place=place or _territory(region),
    )


def _as_written(
    norm: NormalizedText, draft: Draft, near: int, context: _Context
) -> tuple[str, Reference | None, Reference | None]:
    """The draft's subject, and its whole's and level's, as the original text writes them."""
    subject = _original_name(norm, draft.subject, near, context)
    about = draft.about
    if about is not None and about.subject == draft.subject:
        about = Reference(subject, about.measure)
    whole = draft.whole
    if whole is not None:
        whole = Reference(_original_name(norm, whole.subject, near, context), whole.measure)
    return subject, about, whole


def _read_tables(  # noqa: PLR0913, PLR0917 - the reading so far, which the tables join
    norm: NormalizedText,
    text: str,
    context: _Context,
    reader: _Reader,
    indicators: list[Indicator],
    unread: list[Unread],
    template: Source,
) -> None:
    """Add the cells of the text's statistical tables (``_tables``), keeping text order."""
    taken = [indicator.span for indicator in indicators] + [item.span for item in unread]
    added = False
    for cell in table_cells(context.plain, reader.period_within, context.region_word or "全区"):
        start, end = norm.original_span(cell.start, cell.end)
        if any(span is not None and span[0] < end and start < span[1] for span in taken):
            continue
        subject, about, whole = _as_written(norm, cell.draft, cell.start, context)
        quote = text[slice(*norm.original_span(*cell.row))].strip(" \t|")
        indicator = _indicator(
            cell.draft, subject or "全区", about, whole, (start, end), _quoted(template, quote)
        )
        if indicator is not None:
            indicators.append(indicator)
            added = True
    if added:
        indicators.sort(key=lambda indicator: indicator.span or (0, 0))


_NO_PUBLISHER = ("publisher not given to read()",)
_SOURCE_FIELDS = tuple(field.name for field in attrs.fields(Source))
_SOURCE_SETTERS = tuple(vars(Source)[name].__set__ for name in _SOURCE_FIELDS)
_source_values = operator.attrgetter(*_SOURCE_FIELDS)  # a source's fields, in order
_QUOTE_INDEX = _SOURCE_FIELDS.index("quote")


def _quoted(template: Source, quote: str) -> Source:
    """The template source (validated once per reading) quoting one sentence.

    Built through the slots, as ``_indicator`` builds indicators: a quote is a str by
    construction, and the other fields are the template's, already validated.
    """
    source = _new_indicator(Source)
    values = list(_source_values(template))
    values[_QUOTE_INDEX] = quote
    _set_slots(_SOURCE_SETTERS, source, values)
    return source


def _set_slots(setters: tuple[Any, ...], instance: object, values: Iterable[object]) -> None:
    """Call each slot's setter with its value: the loop runs in C (``map``), one per field."""
    _consume(map(operator.call, setters, itertools.repeat(instance), values))


_consume = collections.deque[None](maxlen=0).extend  # runs an iterator, keeps nothing


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
    for fallback in (False, True):
        # the fallback is worked out only when the measure read does not fit
        measure = _measure_code(_fallback_measure(draft) if fallback else draft.measure)
        if measure is None or check_figure(measure, draft.figure, "figure", role):
            continue
        if whole is not None and role is not Role.SHARE:
            continue
        indicator = _new_indicator(Indicator)
        _set_slots(
            _INDICATOR_SETTERS,
            indicator,
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
        )
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
    if isinstance(measure, Measure) and measure.deprecated:
        return None  # the reader reads no deprecated code (share, growth)
    return measure if isinstance(measure, Measure | OtherMeasure) else None


@functools.lru_cache(maxsize=1024)
def _level(reference: Reference) -> Level | None:
    try:
        return Level(reference.subject or "全区", reference.measure)
    except LichengError:
        return Level(reference.subject or "全区")


_CHINESE_NAMES = {measure.value: measure.zh for measure in Measure}


# Markup of a page pasted as text: a block ends its paragraph, an inline tag or an entity is
# a blank; offsets stay those of the text.
_BLOCK_TAG = re.compile(
    r"</?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|table|section|article)\b[^<>]{0,200}>", re.IGNORECASE
)
_INLINE_MARKUP = re.compile(
    r"</?[a-zA-Z][a-zA-Z0-9]{0,10}\b[^<>]{0,200}>|&(?:nbsp|amp|lt|gt|quot);"
)


# what joins a holder to its measure's noun: 中央财政用于“三农”的支出, 储备支出和其他支出
_JOINING_END = re.compile(r"(?:的|之|和|及|与|、)+$")


def _without_markup(plain: str) -> str:
    if "<" not in plain and "&" not in plain:
        return plain
    plain = _BLOCK_TAG.sub(lambda tag: "\n" + " " * (len(tag.group()) - 1), plain)
    return _INLINE_MARKUP.sub(lambda tag: " " * len(tag.group()), plain)


def _fallback_measure(draft: Draft) -> str:
    """A measure the figure's unit allows, when the one read does not (6个算力中心)."""
    unit = draft.figure.unit
    if unit in {"家", "户"}:
        return "enterprise_count"
    if unit in _COUNT_UNITS:
        return "facility_count"
    # the measure's own Chinese name, never its code: 投资 of 7651所, not "other:investment"
    code = draft.measure.removeprefix("other:")
    word = _CHINESE_NAMES.get(code, code)
    return f"other:{word}"


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
        if name == context.place_name and context.place_written:
            return context.place_written  # the place given, not in the text: as it was given
        # 全国 in a traditional page that does not write it: the page's own characters
        return name.translate(_TRADITIONAL) if _TRADITIONAL_PAGE.search(original) else name
    start, end = norm.original_span(position, position + len(name))  # type: ignore[attr-defined]
    name = original[start:end]
    return _ANNOTATION.sub("", name) if "(" in name else name  # a pinyin note opens with (


_TRADITIONAL = str.maketrans("国区县", "國區縣")
_TRADITIONAL_PAGE = re.compile(r"[國區縣臺灣與這為個們經濟產業實現]")
_ANNOTATION = re.compile(r"\((?<=[\u4e00-\u9fff]\()[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")


_ONLINE = re.compile(r"(网上|网络|线上)$")
_TRAVELLERS = re.compile(r"(?:出入境|出境|入境|访港|过境)(?:旅客|访客|游客)")


def _segment_holder(
    plain: str, at: int, clause_start: int, measure: str, found: tuple[str, SubjectKind]
) -> tuple[str, SubjectKind]:
    """Holders a measure names itself: online sales, travellers of a direction."""
    subject, kind = found
    # every match has 网 or 线: a str scan answers for most subjects
    online = _ONLINE.search(subject) if "网" in subject or "线" in subject else None
    if online is not None and online.group(1) + "销售" in plain:
        # 零售业网上销售价值: online sales are a segment of their own, not 零售业网上
        return online.group(1) + "销售", SubjectKind.OTHER
    if measure == "other:旅客人次" and kind is SubjectKind.REGION:
        # 入境旅客增加12.5%: the travellers named are the holder as well as the measure
        group = _TRAVELLERS.findall(plain, clause_start, at)
        if group:
            return group[-1], SubjectKind.OTHER
    return found


class _Reader(_Subjects):
    """Reads one figure after another, in text order, remembering what the text carries."""

    @staticmethod
    def _holder_of_noun(subject: str, kind: SubjectKind, noun: str) -> tuple[str, SubjectKind]:
        """本澳博彩毛收入201.6亿元: the holder a measure's noun outside the table ends."""
        plain = v.simplify(subject)
        if len(subject) - len(noun) < 2 or not plain.endswith(noun) or plain in _DEMAND_PARTS:  # noqa: PLR2004
            return subject, kind  # 货物和服务净出口: a part of demand holds its own figures
        holder = _JOINING_END.sub("", subject[: -len(noun)])
        if holder.count("“") != holder.count("”"):
            holder = holder.replace("“", "").replace("”", "")  # “小三通”客运航线年客流量
        if len(holder) < 2:  # noqa: PLR2004 - a name, not a character
            return subject, kind
        return holder, _kind(holder)

    def period_within(self, start: int, end: int) -> Period | None:
        """The period a stretch of the text names (a table's title), resolved; None if none."""
        for mark in self.context.periods:
            if start <= mark.start and mark.end <= end and not mark.comparator:
                resolved = self._resolved(mark)
                if resolved is not None:
                    return resolved
        return None

    def _settled_measure(self, item: _Found, role: str, measure: str | None) -> str | None:
        """The measure found, a bracketed level's, and an outside noun without its period."""
        if measure is None and role == "value":
            measure = self._bracketed_level(item)
        if measure is not None and measure.startswith("other:"):
            # 2005年第二季私人消费支出上升8.9%: the period is no part of the noun
            dated = v.PERIOD_RE.match(measure, len("other:"))
            if dated is not None and len(measure) - dated.end() >= 2:  # noqa: PLR2004
                measure = "other:" + measure[dated.end() :]
        return measure

    def read(  # noqa: PLR0915 - one figure's cues, in order
        self, item: _Found, sentence_start: int
    ) -> Draft | UnreadReason:
        """Read one figure of the sentence that starts at ``sentence_start``."""
        context = self.context
        plain = context.plain
        clause_start = _clause_start(plain, item.start)
        paragraph = _paragraph_start(plain, item.start)
        previous = self.last.get(sentence_start)
        role = self._role(item, clause_start, sentence_start, previous)
        industries = _of_industries(plain, item)
        figure = self._sign(item, role, clause_start)
        listed = self._listed(item, sentence_start)
        measure = self._measure(item, role, clause_start, sentence_start, previous, listed)
        if industries:
            measure = "other:行业数"
        verb_at = None  # where a verb whose object names the measure starts
        if measure is None:
            # 发送旅客2190万人次: what the verb's object names, in a sentence of statistics
            bounds = _sentence_bounds(plain, item.start)
            found = object_measure(plain, item.start, clause_start, bounds, item.figure.unit)
            measure, verb_at = found or (None, None)
        measure = self._settled_measure(item, role, measure)
        if measure is None:
            return UnreadReason.NO_MEASURE
        self.described = self.compared = False
        self.measure_now = measure
        subject, kind = self._subject(
            item, clause_start, sentence_start, paragraph, previous, listed
        )
        if industries:
            subject, kind = "行业", SubjectKind.OTHER
        if verb_at is not None:
            holder = holder_before(subject, plain, verb_at, item.start)
            if holder != subject:
                subject, kind = holder, _kind(holder)
        subject, kind = _segment_holder(plain, item.start, clause_start, measure, (subject, kind))
        if measure.startswith("other:"):
            subject, kind = self._holder_of_noun(subject, kind, measure[len("other:") :])
        scope = self._scope(item, sentence_start, paragraph, measure)
        period, accumulation = self._period(
            item, role, measure, clause_start, sentence_start, listed
        )
        parallel = self._parallel(item, sentence_start)
        if (
            parallel is not None
            and parallel.period != period
            and (listed is None or not listed[1])
            and self._periods_run(sentence_start)
            and not any(clause_start <= mark.start < item.start for mark in context.periods)
        ):
            # 一季度、上半年GDP分别增长5.1%、5.3%,规上工业增加值分别增长6.0%、6.4%: a list with
            # no period of its own follows the periods of the list before it
            period = parallel.period
        basis = self._basis(item, role, sentence_start)
        whole = about = None
        if role == "share":
            whole = self._whole(item, measure, subject)
            if (
                measure == "gdp"
                and whole is not None
                and whole.measure == "gdp"
                and kind in {SubjectKind.SECTOR, SubjectKind.INDUSTRY}
            ):
                # 工业占GDP比重41%, 第三产业对经济增长的贡献率69.0%: a sector's part of the
                # economy is its value added
                measure = "value_added"
        if role in {"growth", "change_pp"}:
            about = self._about(item, role, subject, measure, clause_start)
            if (
                about is not None
                and about.subject != subject
                and role == "change_pp"
                and not _rx(r"拉动|下拉").search(plain[clause_start : item.start])
                # 增速同比提高0.5个百分点: a change from last year's rate, not a gap
                and not _rx(r"(?:增速|增幅|增长)同比").search(plain[clause_start : item.start])
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
        self.runs.setdefault(sentence_start, []).append((*self.run, result))
        self.last_end[sentence_start] = item.end
        if self.compared:
            return result
        carried = result
        if self.carry_as is not None:
            carried = attrs.evolve(result, subject=self.carry_as[0], subject_kind=self.carry_as[1])
        self.last[sentence_start] = carried
        segment = _semicolon_start(plain, item.start)
        self.segment_last[segment] = carried
        self.segment_described[segment] = self.described
        return result
