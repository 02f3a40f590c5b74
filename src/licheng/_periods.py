"""Reporting periods: years, halves, quarters, months and cumulative ranges of months."""

from __future__ import annotations

import re
from typing import Self

import attrs

from licheng._parse.numerals import parse_numeral
from licheng.exceptions import ParseError, ValidationError

__all__ = ["Period"]


_DASH = r"\s*[-－—–~～至到]+\s*"


def _cn_month(text: str) -> int:
    return int(parse_numeral(text))


_NUM = r"(\d{1,2}|十[一二]?|[一二两三四五六七八九])"
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), kind)
    for pattern, kind in (
        (r"(?:全年度|全年|年度)?", "year"),
        (r"上半年|H1|h1", "h1"),
        (r"下半年|H2|h2", "h2"),
        (rf"前{_NUM}(?:个)?季度", "first_quarters"),
        (rf"(?:第)?{_NUM}季度|Q([1-4])|q([1-4])", "quarter"),
        (rf"(?:第)?{_NUM}{_DASH}(?:第)?{_NUM}(?:个)?季度", "quarters"),
        (r"Q([1-4])-Q([1-4])", "quarters"),
        (rf"前{_NUM}(?:个)?月", "first_months"),
        (rf"{_NUM}月?{_DASH}{_NUM}月(?:份)?", "months"),
        (r"M(\d\d)-M(\d\d)", "months"),
        (rf"{_NUM}月(?:份)?(?:当月)?|M(\d\d)", "month"),
    )
)
_YEAR = re.compile(r"^\s*(\d{4})\s*(?:年度|年)?\s*")
# 2025-06, 2025-6, 2025/06, 2025.06: a month as tables and spreadsheets write it.
_YEAR_MONTH = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})")
# A year named relative to the release's: 今年上半年, 去年同期's year.
_RELATIVE_YEARS = (("今年", 0), ("本年", 0), ("当年", 0), ("去年", -1), ("上年", -1), ("前年", -2))
# 截至6月底: the end of a period, as a stock's time point is written.
_UNTIL = ("截至", "截止到", "截止")
_END = ("底", "末")
# 累计值 / 当期值: the two columns of a statistical table, the total since January and the
# figure of the month alone.
_CUMULATIVE = ("累计值", "累计数", "累计")
_CURRENT = ("当期值", "当月值", "当期")


_LAST_MONTH = 12
_LAST_YEAR = 9999


def _check_month(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    del instance
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= _LAST_MONTH:
        msg = f"must be a month number from 1 to 12, not {value!r}"
        raise ValidationError([(attribute.name, msg)])


def _check_year(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    del instance
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= _LAST_YEAR:
        msg = f"must be a year from 1 to 9999, not {value!r}"
        raise ValidationError([(attribute.name, msg)])


@attrs.frozen(order=True)
class Period:
    """A reporting period: a run of months within one year.

    Halves, quarters, cumulative ranges (前三季度, 1—6月), single months and whole years are
    all runs of months. A period that starts in January and spans more than one month is
    cumulative (累计): the figures of 上半年 are January–June totals.

    >>> from licheng import Period
    >>> h1 = Period.parse("上半年", year=2025)
    >>> h1
    Period(year=2025, start_month=1, end_month=6)
    >>> str(h1), h1.cumulative, str(h1.previous_year())
    ('2025H1', True, '2024H1')
    >>> Period.parse("2024年前三季度") == Period.parse("2024Q1-Q3")
    True
    >>> str(Period.parse("2025年1-8月")), str(Period.parse("2025年6月")), str(Period(2025))
    ('2025M01-M08', '2025M06', '2025')
    """

    year: int = attrs.field(validator=_check_year)
    start_month: int = attrs.field(default=1, validator=_check_month)
    end_month: int = attrs.field(
        default=attrs.Factory(
            lambda self: 12 if self.start_month == 1 else self.start_month, takes_self=True
        ),
        validator=_check_month,
    )

    def __attrs_post_init__(self) -> None:
        if self.end_month < self.start_month:
            msg = f"end month {self.end_month} is before start month {self.start_month}"
            raise ValidationError([("end_month", msg)])

    @property
    def cumulative(self) -> bool:
        """Whether figures for this period are totals since the start of the year (累计)."""
        return self.start_month == 1 and self.end_month > 1

    @property
    def months(self) -> int:
        """How many months the period covers."""
        return self.end_month - self.start_month + 1

    def previous_year(self) -> Period:
        """The same months a year earlier: the base of year-on-year (同比) growth."""
        return attrs.evolve(self, year=self.year - 1)

    def __str__(self) -> str:
        start, end, year = self.start_month, self.end_month, self.year
        if (start, end) == (1, 12):
            return f"{year}"
        if (start, end) in {(1, 6), (7, 12)}:
            return f"{year}H{1 if start == 1 else 2}"
        if start % 3 == 1 and end % 3 == 0:
            first, last = (start + 2) // 3, end // 3
            return f"{year}Q{first}" if first == last else f"{year}Q{first}-Q{last}"
        if start == end:
            return f"{year}M{start:02d}"
        return f"{year}M{start:02d}-M{end:02d}"

    @classmethod
    def parse(cls, text: str, *, year: int | None = None) -> Self:
        """Read a period as Chinese statistics write it, or as ``str(period)`` writes it.

        The year comes from the text ("2025年上半年", "2025-06") or from ``year``, the year of
        the release: 今年 is ``year``, 去年 the year before. Read are halves (上半年, H1),
        quarters (第一季度, Q3, 前三季度, 第1-2季度, Q1-Q3), runs of months (1—8月, 1-8月份,
        前5个月, M01-M08), single months (6月, 2025年6月, 2025-06, M06) and years (2024年度,
        全年). A time point (截至6月底, 2024年底) is the period it ends. The columns of a
        statistical table decide what a month means: 累计值 (or 累计) is the total since
        January (2025年6月累计值 is January–June), 当期值 the month alone; 累计值 without a
        month cannot be placed and is an error.

        Raises:
            ParseError: the text is not a period, or it names no year and none is given;
                the error carries the text.

        >>> Period.parse("一季度", year=2025)
        Period(year=2025, start_month=1, end_month=3)
        >>> Period.parse("2025年全年")
        Period(year=2025, start_month=1, end_month=12)
        >>> str(Period.parse("今年上半年", year=2025)), str(Period.parse("截至6月底", year=2025))
        ('2025H1', '2025M06')
        >>> str(Period.parse("2025年6月累计值")), str(Period.parse("2019年第1-3季度"))
        ('2025H1', '2019Q1-Q3')
        >>> Period.parse("下周")
        Traceback (most recent call last):
        ...
        licheng.exceptions.ParseError: not a period at position 0 in '下周'
        """
        rest = text.strip()
        offset = len(text) - len(text.lstrip())
        for word in _UNTIL:
            if rest.startswith(word):
                rest = rest.removeprefix(word).lstrip()
                offset = len(text) - len(rest)
                break
        named_year = False
        for word, shift in _RELATIVE_YEARS:
            if rest.startswith(word):
                if year is None:
                    msg = f"{word} needs the year of the release and none is given"
                    raise ParseError(msg, text=text, position=offset)
                year, named_year = year + shift, True
                rest = rest.removeprefix(word).lstrip()
                offset = len(text) - len(rest)
                break
        found_month = _YEAR_MONTH.fullmatch(rest)
        if found_month is not None:
            return cls._build(
                text, int(found_month[1]), int(found_month[2]), int(found_month[2]), offset
            )
        match = _YEAR.match(rest)
        if match:
            year, named_year = int(match.group(1)), True
            offset += match.end()
            rest = rest[match.end() :]
        rest, cumulative = _columns(rest)
        rest = _strip_end(rest)
        if cumulative and not rest and not named_year:
            msg = "累计值 is the total from January to a month: name the month (2025年6月累计值)"
            raise ParseError(msg, text=text, position=offset)
        for pattern, kind in _PATTERNS:
            found = pattern.fullmatch(rest)
            if found is None or (kind == "year" and not named_year and rest == ""):
                continue
            if year is None:
                msg = "no year in the period and none given"
                raise ParseError(msg, text=text)
            numbers = [_cn_month(group) for group in found.groups() if group]
            start, end = _months(kind, numbers)
            if cumulative and kind == "month":
                start = 1
            return cls._build(text, year, start, end, offset)
        msg = "not a period"
        raise ParseError(msg, text=text, position=offset)

    @classmethod
    def _build(cls, text: str, year: int, start: int, end: int, offset: int) -> Self:
        try:
            return cls(year, start, end)
        except ValidationError as exc:
            raise ParseError(str(exc), text=text, position=offset) from None


def _columns(rest: str) -> tuple[str, bool | None]:
    """The text without a table column's word, and whether the column is cumulative."""
    for word in _CUMULATIVE:
        if rest.endswith(word):
            return rest.removesuffix(word).rstrip(), True
        if rest.startswith(word):
            return rest.removeprefix(word).lstrip(), True
    for word in _CURRENT:
        if rest.endswith(word):
            return rest.removesuffix(word).rstrip(), False
    return rest, None


def _strip_end(rest: str) -> str:
    """6月底 → 6月, 年底 → the year: the end of a period is that period."""
    for word in _END:
        if rest.endswith(word) and not rest.endswith(f"年度{word}"):
            rest = rest.removesuffix(word)
            break
    return "" if rest in {"年", "年度"} else rest


def _months(kind: str, numbers: list[int]) -> tuple[int, int]:
    if kind == "year":
        return 1, 12
    if kind == "h1":
        return 1, 6
    if kind == "h2":
        return 7, 12
    if kind == "first_quarters":
        return 1, numbers[0] * 3
    if kind == "quarter":
        return numbers[0] * 3 - 2, numbers[0] * 3
    if kind == "quarters":
        return numbers[0] * 3 - 2, numbers[1] * 3
    if kind == "first_months":
        return 1, numbers[0]
    if kind == "months":
        return numbers[0], numbers[1]
    return numbers[0], numbers[0]
