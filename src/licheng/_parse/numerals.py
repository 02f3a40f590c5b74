"""Read Chinese, financial (大写), Arabic and mixed numerals into exact decimals.

A numeral keeps its written precision in the exponent of its :class:`~decimal.Decimal`:
``两千六百万`` is ``Decimal("2.6E+7")`` (exact to the 百万 it names), ``3541.07万`` is
``Decimal("3.54107E+7")``. The reader works on normalized text (see ``licheng.normalize``):
simplified characters, ASCII digits.
"""

from __future__ import annotations

import re
from decimal import Decimal

import attrs

from licheng._figures import MAX_DIGITS, next_digit_step
from licheng._parse.seam import READERS
from licheng._parse.vocabulary import BIG_UNITS, DIGITS, SMALL_UNITS, TENS, TRILLION_BEFORE
from licheng.exceptions import ParseError

__all__ = ["BIG_UNITS", "DIGITS", "SMALL_UNITS", "Numeral", "parse_numeral", "read_numeral"]

# 兆 before a currency is 10^12, as Traditional Chinese writes 万亿 (1.2兆元, 550兆日元);
# before anything else it is mega, as in 兆瓦, and no multiplier of the number.
_TRILLION = 12
# The first bound of a range whose second is in 兆 of a currency: 1兆至2兆元.
_TRILLION_RANGE = re.compile(
    r"兆[ \t]*(?:至|到|~|-|—|–)[ \t]*[^，。；;兆]{1,16}?兆(?:" + "|".join(TRILLION_BEFORE) + ")"
)
# 兆 before a number of 亿 is 10^12 too (1兆645亿元, 一兆三千余亿元).
_TRILLION_SECTION = re.compile("兆[ \t]*[0-9,.点一二两三四五六七八九十百千零〇○余多]{1,14}[ \t]*亿")
# Chinese digits written one by one, as Arabic ones are (一八八一亿, 七二九.二亿, 一二三点七三):
# three or more, or two before a decimal point or 万/亿, each becomes its ASCII digit.
# Not before 年, 月, 日 (二〇二五年 is a year), and two digits in a row that make a range (五六亿)
# are not a number.
_POSITIONAL = re.compile(
    "[一二三四五六七八九][零〇○一二三四五六七八九]{2,}(?:[.点][零〇○一二三四五六七八九]+)?"
    "(?![零〇○一二三四五六七八九年月日号])"
    "|[一二三四五六七八九][零〇○一二三四五六七八九](?=[.点][零〇○一二三四五六七八九]|[万亿兆])"
)
_POSITIONAL_DIGITS = str.maketrans("零〇○一二三四五六七八九点", "000123456789.")
_ODD = frozenset("余多几")
_ARABIC = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?|\.\d+")
# With full-width commas too (４，５６５): in running text only when the number also has a
# decimal part or an ASCII comma, since "，" usually ends a clause there.
_ARABIC_WIDE = re.compile(r"\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?(?![\d,，])")
_DIGIT_RUN = re.compile(r"\d+")
_SPACES = " \t"
# Characters after which, or before which, spaces may sit inside one numeral (一百 五 十 二).
_CN_NUMERAL = frozenset(DIGITS) | frozenset(SMALL_UNITS) | frozenset(BIG_UNITS) | {"点"}
_ZERO = Decimal(0)
_KILO_UNITS = frozenset("瓦米克")  # 千瓦, 千米, 千克
_MAX_DIGITS = 40  # longer digit runs are codes, not figures
_STOP = -1  # a handler's answer: the numeral ends before this token
_MAX_EXPONENT = 40  # 10^40 is far beyond any figure; longer chains of 亿亿… are not numbers


@attrs.frozen
class Numeral:
    """A numeral read from text.

    Attributes:
        value: the number, exact, with its written precision in the exponent.
        start: where the numeral starts in the text.
        end: where it ends (exclusive).
        multiplier: power of ten of the trailing section multiplier (万 → 4, 亿 → 8, 万亿 → 12,
            0 if none), so that ``value.scaleb(-multiplier)`` is the number as written before it.
        high: the upper reading of a range of two neighbouring digits (五六亿 → 6亿), or ``None``.
        odd_step: for N余 / N多 / N几, the width of the interval above ``value``; else ``None``.
        span_low: for 几十 / 数百 (some tens, some hundreds), the lowest reading; else ``None``.
        bare: the numeral starts with a unit and no digit (千亿, 万, 百分之百).
        lead: the single leading digit when the numeral is one digit followed only by units
            (九百亿 → 9), else ``None``; with ``lead_exponent`` (九百亿 → 10). Used to read the
            first bound of a range such as 八到九百亿.
        simple: the numeral is a single digit with no unit (八, 5).
        chinese: the numeral has Chinese digits or units (not only Arabic digits).
    """

    value: Decimal
    start: int
    end: int
    multiplier: int = 0
    high: Decimal | None = None
    odd_step: Decimal | None = None
    span_low: Decimal | None = None
    bare: bool = False
    lead: Decimal | None = None
    lead_exponent: int = 0
    simple: bool = False
    chinese: bool = False


def _written_number(token: str, *, first: bool = True) -> bool:
    """Whether a run of Arabic digits (commas removed) is a number the reader reads.

    Not with a leading zero where it starts a numeral in running text (007, 000: codes, or the
    tail of 1 000; 1百01 is 101, and a whole expression may be 01), nor with more significant
    digits than decimal arithmetic keeps (a Figure refuses them; the reader would round).
    """
    if first and len(token) > 1 and token[0] == "0" and token[1] != ".":
        return False
    if len(token) <= MAX_DIGITS:
        return True
    return len(token) <= _MAX_DIGITS and len(Decimal(token).as_tuple().digits) <= MAX_DIGITS


def _plus(left: Decimal, right: Decimal) -> Decimal:
    """Add two parts of a numeral; a zero part adds no precision (两千六 stays 2.6E+3)."""
    if not left:
        return right
    if not right:
        return left
    return left + right


def _is_pair(first: int, second: int) -> bool:
    """Neighbouring digits that make an approximate range: 五六, 八九, 二三, 三五, 一两."""
    return (second == first + 1 and first >= 1) or (first, second) == (3, 5)


class _Reader:
    """One pass over a numeral; ``pair_choice`` picks the low or high digit of 五六."""

    __slots__ = (
        "after_unit",
        "big_seen",
        "chinese",
        "decimal_before_big",
        "digit_tokens",
        "end",
        "good",
        "last_big",
        "last_small",
        "lead",
        "odd_step",
        "pair",
        "pair_choice",
        "pending",
        "pending_chinese",
        "pending_is_int_digit",
        "pos",
        "section",
        "text",
        "total",
        "trailing",
        "unit_tokens",
        "whole",
        "zero",
    )

    def __init__(self, text: str, pos: int, end: int, pair_choice: int, *, whole: bool) -> None:
        self.whole = whole
        self.text = text
        self.pos = pos
        self.end = end
        self.good = pos
        self.pair_choice = pair_choice
        self.total = _ZERO
        self.section = _ZERO
        self.pending: Decimal | None = None
        self.pending_chinese = False
        self.pending_is_int_digit = False
        self.last_small = 99
        self.last_big: int | None = None
        self.after_unit: int | None = None
        self.zero = False
        self.trailing = 0
        self.big_seen = False
        self.decimal_before_big = False
        self.pair = False
        self.odd_step: Decimal | None = None
        self.digit_tokens = 0
        self.unit_tokens = 0
        self.lead: Decimal | None = None
        self.chinese = False

    # -- helpers ----------------------------------------------------------------------------

    def _peek(self, pos: int) -> str:
        return self.text[pos] if pos < self.end else ""

    def _big_unit(self, pos: int) -> bool:
        """万 or 亿 at ``pos``, or 兆 before a currency (1.2兆元)."""
        char = self.text[pos]
        if char == "兆":
            return (
                self.text.startswith(TRILLION_BEFORE, pos + 1, self.end)
                or _TRILLION_RANGE.match(self.text, pos, self.end) is not None
                or _TRILLION_SECTION.match(self.text, pos, self.end) is not None
            )
        return char in BIG_UNITS

    def _skip_spaces(self, pos: int) -> int:
        """Skip spaces inside a numeral when a Chinese numeral character follows them."""
        probe = pos
        while probe < self.end and self.text[probe] in _SPACES:
            probe += 1
        if probe == pos:
            return pos
        nxt = self._peek(probe)
        if nxt in _CN_NUMERAL or nxt in _ODD or (nxt == "兆" and self._big_unit(probe)):
            return probe
        if nxt.isdigit() and pos > 0:
            before = self.text[pos - 1]
            # 5万 3000元; 1兆 8279.43亿元 (the trillion of a currency, as Taiwan spaces it)
            if before in _CN_NUMERAL or (before == "兆" and self._big_unit(pos - 1)):
                return probe
        return pos

    def _scaled_pending(self) -> Decimal:
        """The pending digit, with the colloquial place of 一万三 / 两千六 / 一百二."""
        pending = self.pending
        if pending is None:
            return _ZERO
        if (
            self.pending_chinese
            and self.pending_is_int_digit
            and not self.zero
            and self.after_unit is not None
            and self.after_unit > 1
        ):
            return pending.scaleb(self.after_unit - 1)
        return pending

    def value(self) -> Decimal:
        return _plus(_plus(self.total, self.section), self._scaled_pending())

    # -- the reading loop: one handler per kind of token ----------------------------------
    #
    # Each handler reads the token at ``pos`` and returns where reading goes on, or ``_STOP``.
    # ``good`` is the end of the longest well-formed prefix; most handlers end with ``_next``,
    # which moves it past the token and skips the spaces a Chinese numeral may hold.

    def run(self) -> int:
        """Read as far as the numeral goes; return the end position (``pos`` if none)."""
        text = self.text
        pos = self.pos
        self.good = pos
        while pos < self.end:
            char = text[pos]
            if self.odd_step is not None and not self._big_unit(pos):
                break
            if char.isdigit() or (char == "." and self._peek(pos + 1).isdigit()):
                pos = self._arabic(pos)
            elif char in DIGITS:
                pos = self._digit(pos, DIGITS[char])
            elif char in TENS:
                pos = self._tens(pos, TENS[char])
            elif char in SMALL_UNITS:
                pos = self._place(pos, SMALL_UNITS[char])
            elif (
                char in BIG_UNITS
                or (
                    char == "个"
                    and self.pending_chinese
                    and self.pending is not None
                    and self._peek(pos + 1) in BIG_UNITS
                )
                or (char == "兆" and self._big_unit(pos))
            ):
                pos = self._section(pos)
            elif char in "点.":
                pos = self._point(pos, char)
            elif char in _ODD and self.odd_step is None:
                pos = self._odd(pos, char)
            else:
                break
            if pos == _STOP:
                break
        return self.good

    def _next(self, pos: int) -> int:
        """A token ends at ``pos``: the numeral is well formed up to here."""
        self.good = pos
        return self._skip_spaces(pos)

    def _arabic(self, pos: int) -> int:
        """An Arabic number (52.2, 1,307, ４，５６５ in a whole expression)."""
        if self.pending is not None or (self.decimal_before_big and self.big_seen):
            return _STOP
        text = self.text
        match = _ARABIC_WIDE.match(text, pos, self.end)
        if match is not None and not self.whole:
            grouped = match.group()
            if "." not in grouped and "," not in grouped:
                match = None
        if match is None:
            match = _ARABIC.match(text, pos, self.end)
        if match is None:  # pragma: no cover - isdigit() guarantees a match
            return _STOP
        token = match.group().replace(",", "").replace("，", "")
        first = not self.whole and self.digit_tokens + self.unit_tokens == 0
        if not _written_number(token, first=first):
            return _STOP
        number = Decimal(token)
        if "." in token:
            self.decimal_before_big = True
        self.pending = number
        self.pending_chinese = False
        self.pending_is_int_digit = len(token) == 1
        self.digit_tokens += 1
        self.trailing = 0
        if self.digit_tokens == 1 and len(token) == 1:
            self.lead = number
        return self._next(match.end())

    def _digit(self, pos: int, digit: int) -> int:
        """A Chinese or financial digit (五, 伍), 零, or the second digit of a pair (五六)."""
        if self.decimal_before_big and self.big_seen:
            return _STOP
        if digit == 0:
            return self._zero(pos)
        if self.pending is not None:
            previous = self.text[pos - 1]
            if (
                self.pending_chinese
                and not self.pair
                and previous in DIGITS
                and _is_pair(int(self.pending), digit)
            ):
                self.pair = True
                if self.pair_choice:
                    self.pending = Decimal(digit)
                self.good = pos + 1
                return pos + 1
            return _STOP
        self.chinese = True
        self.pending = Decimal(digit)
        self.pending_chinese = True
        self.pending_is_int_digit = True
        self.digit_tokens += 1
        self.trailing = 0
        if self.digit_tokens == 1:
            self.lead = self.pending
        return self._next(pos + 1)

    def _zero(self, pos: int) -> int:
        """零: a gap in the places (一百零五), the number zero (零点五), or a digit sequence."""
        if self.pending is not None:
            return _STOP
        nxt = self._peek(pos + 1)
        if nxt in DIGITS and DIGITS[nxt] == 0:
            return _STOP  # 零零: a digit sequence
        self.chinese = True
        if nxt in SMALL_UNITS or (nxt in DIGITS) or nxt.isdigit():
            self.zero = True
            if self.digit_tokens + self.unit_tokens:
                self.good = pos + 1
            return pos + 1
        if self.digit_tokens + self.unit_tokens:
            self.zero = True  # 一千零 at the end: nothing more to add
            return pos + 1
        self.pending = _ZERO  # 零, 零点五
        self.pending_chinese = True
        self.pending_is_int_digit = False
        self.digit_tokens += 1
        self.good = pos + 1
        return pos + 1

    def _tens(self, pos: int, tens: int) -> int:
        """廿, 卅, 卌: twenty, thirty, forty."""
        if self.pending is not None or self.last_small <= 1:
            return _STOP
        self.chinese = True
        self.section = _plus(self.section, Decimal(tens).scaleb(1))
        self.last_small = 1
        self.after_unit = 1
        self.zero = False
        self.digit_tokens += 1
        self.unit_tokens += 1
        self.trailing = 0
        return self._next(pos + 1)

    def _place(self, pos: int, exponent: int) -> int:
        """十, 百, 千 (拾, 佰, 仟): a place within a section of four digits."""
        if exponent >= self.last_small:
            return _STOP
        if exponent == 3 and self._peek(pos + 1) in _KILO_UNITS:  # noqa: PLR2004
            return _STOP  # 120万千瓦, 3千米: 千 is part of the unit
        if exponent == 2 and self._peek(pos + 1) == "分" and self._peek(pos + 2) == "点":  # noqa: PLR2004
            return _STOP  # 5百分点: 百 is part of the unit 百分点
        if self.decimal_before_big and self.big_seen:
            return _STOP
        coefficient = self._scaled_pending_for_unit()
        if coefficient is None:
            return _STOP
        self.chinese = True
        self.section = _plus(self.section, coefficient.scaleb(exponent))
        self.last_small = exponent
        self.after_unit = exponent
        self.pending = None
        self.zero = False
        self.unit_tokens += 1
        self.trailing = 0
        return self._next(pos + 1)

    def _section(self, pos: int) -> int:
        """万, 亿 (兆 before a currency, 个 before 万/亿): the multiplier of a section."""
        if self.text[pos] == "个":  # 两个亿: the measure word before a multiplier
            pos += 1
        char = self.text[pos]
        exponent = _TRILLION if char == "兆" else BIG_UNITS[char]
        here = _plus(self.section, self._scaled_pending())
        nothing_here = self.pending is None and self.section == 0
        if nothing_here and self.odd_step is None:
            if self.big_seen and self.last_big is not None and exponent >= self.last_big:
                self.total = self.total.scaleb(exponent)  # 万亿, 亿亿, 万万
            elif not self.big_seen and self.digit_tokens + self.unit_tokens == 0:
                self.total = Decimal(1).scaleb(exponent)  # a bare 万, 亿
            else:
                return _STOP
        elif self.odd_step is not None:
            if self.last_big is not None and exponent < self.last_big:  # 5亿9900多万
                self.total = _plus(self.total, here.scaleb(exponent))
            else:
                self.total = _plus(self.total, here).scaleb(exponent)
            self.odd_step = self.odd_step.scaleb(exponent)
        elif self.last_big is None or exponent > self.last_big:
            self.total = _plus(self.total, here).scaleb(exponent)
        elif exponent < self.last_big:
            self.total = _plus(self.total, here.scaleb(exponent))
        else:
            return _STOP
        if abs(self.total.adjusted()) > _MAX_EXPONENT:
            return _STOP
        self.chinese = True
        self.last_big = exponent if self.last_big is None else max(exponent, self.last_big)
        self.trailing = self.trailing + exponent if self.trailing > 0 else exponent
        self.big_seen = True
        self.section = _ZERO
        self.pending = None
        self.last_small = 99
        self.after_unit = exponent
        self.zero = False
        self.unit_tokens += 1
        return self._next(pos + 1)

    def _point(self, pos: int, char: str) -> int:
        """点 or a decimal point and the digits after it (四点五, 3点5)."""
        text = self.text
        probe = pos + 1
        while probe < self.end and text[probe] in _SPACES:
            probe += 1
        nxt = self._peek(probe)
        if self.digit_tokens + self.unit_tokens == 0 or self.decimal_before_big:
            return _STOP
        if char == "." and not (
            probe == pos + 1 and (nxt.isdigit() or (self.chinese and nxt in DIGITS))
        ):
            return _STOP  # 3.5, and 三十九.五 as Taiwan writes it (三十九．五％)
        if nxt.isdigit():
            match = _DIGIT_RUN.match(text, probe, self.end)
            if match is None:  # pragma: no cover
                return _STOP
            fraction = Decimal("0." + match.group())
            after = match.end()
        else:
            digits = []
            after = probe
            while after < self.end and text[after] in DIGITS and text[after] not in "两俩":
                digits.append(str(DIGITS[text[after]]))
                after += 1
                while (
                    after < self.end and text[after] in _SPACES and self._peek(after + 1) in DIGITS
                ):
                    after += 1
            if not digits:
                return _STOP
            fraction = Decimal("0." + "".join(digits))
        base = self._scaled_pending()
        self.pending = _plus(base, fraction) if base else fraction
        self.pending_chinese = False
        self.pending_is_int_digit = False
        self.decimal_before_big = True
        self.trailing = 0
        self.digit_tokens += 1
        return self._next(after)

    def _odd(self, pos: int, char: str) -> int:
        """余, 多, 几 after a number: more than it, below the next unit of its last digit."""
        step = self._odd_step(char)
        if step is None:
            return _STOP
        self.section = _plus(self.section, self._scaled_pending())
        self.pending = None
        self.odd_step = step
        self.trailing = 0
        return self._next(pos + 1)

    def _scaled_pending_for_unit(self) -> Decimal | None:
        """The coefficient of a place unit: the pending digit, or an implied 一 (十, 零百)."""
        if self.pending is None:
            return Decimal(1)
        if self.pending_chinese and not self.pending_is_int_digit and self.pending != 0:
            return None
        return self.pending

    def _odd_step(self, char: str) -> Decimal | None:
        """The interval width of N余 / N多 / N几 at this point, or ``None`` if out of place."""
        if self.digit_tokens + self.unit_tokens == 0:
            return None
        if self.pending is not None:
            if self.pending_chinese and self.after_unit is not None and not self.zero:
                return None  # 一万三多: not a form in use
            if self.zero and char == "几":
                return None
            number = _plus(self.section, self.pending)
            if number == 0:
                return None
            return next_digit_step(number)
        if self.zero:
            return Decimal(10)  # 一百零几万: 几 is in the ones place, N + 10 is the cap
        if self.after_unit is None:
            return None
        if self.after_unit in BIG_UNITS.values() and self.total:
            # 1.1万余: one unit of the last written digit (1.1万 → 0.1万)
            return next_digit_step(self.total)
        return Decimal(1).scaleb(self.after_unit)


def read_numeral(
    text: str, pos: int = 0, end: int | None = None, *, whole: bool = False
) -> Numeral | None:
    """Read the numeral that starts at ``text[pos]``, as far as it goes; ``None`` if none.

    ``text`` should be normalized (simplified characters, ASCII digits). A numeral may carry a
    leading 负 or minus sign, N余 / N多 / N几, a range of neighbouring digits (五六亿) and a
    leading 几 / 数 (几十万). Qualifier words and units are left to the caller. ``whole``
    says the text is one expression, so that full-width commas group thousands (４，５６５).

    Examples:
        >>> read_numeral("两千六百万").value
        Decimal('2.6E+7')
        >>> numeral = read_numeral("3541.07万元")
        >>> numeral.value, numeral.end, numeral.multiplier
        (Decimal('3.54107E+7'), 8, 4)
        >>> read_numeral("四十余亿").odd_step
        Decimal('1E+9')
        >>> read_numeral("五六亿").high
        Decimal('6E+8')
        >>> read_numeral("增长") is None
        True
    """
    stop = len(text) if end is None else end
    if pos >= stop:
        return None
    sign = 1
    begin = pos
    char = text[pos]
    if char in "负-" and pos + 1 < stop:
        sign = -1
        pos += 1
    elif char == "+" and pos + 1 < stop:
        pos += 1
    if text[pos] in "几数":
        return _read_some(text, begin, pos, stop, sign)
    if text[pos] not in _STARTS_NUMERAL and not text[pos].isdigit():
        return None  # the reader would stop at once
    numeral = READERS.numeral(text, begin, pos, stop, sign)
    if numeral is not None:
        return numeral
    reader = _Reader(text, pos, stop, 0, whole=whole)
    finish = reader.run()
    chinese = False
    if finish < stop and text[finish] in DIGITS and text[pos] in DIGITS:
        # it stopped before another digit: perhaps digits written one by one (一八八一亿)
        text, chinese = _positional(text, pos, stop)
        if chinese:
            reader = _Reader(text, pos, stop, 0, whole=whole)
            finish = reader.run()
    if finish == pos or reader.digit_tokens + reader.unit_tokens == 0:
        return None
    value = reader.value()
    high: Decimal | None = None
    if reader.pair:
        upper = _Reader(text, pos, stop, 1, whole=whole)
        upper.run()
        high = upper.value() * sign
    odd_step = reader.odd_step
    bare = reader.digit_tokens == 0 and text[pos] in "百佰千仟万亿"
    lead: Decimal | None = None
    lead_exponent = 0
    if (
        reader.digit_tokens == 1
        and reader.lead is not None
        and reader.lead != 0
        and not reader.pair
    ):
        ratio = value / reader.lead
        if ratio == 1 or (ratio > 1 and ratio.normalize().as_tuple().digits == (1,)):
            lead = reader.lead
            lead_exponent = int(ratio.normalize().as_tuple().exponent)
    simple = reader.unit_tokens == 0 and reader.digit_tokens == 1 and odd_step is None
    simple = simple and reader.lead is not None and value == reader.lead
    return Numeral(
        value=value * sign,
        start=begin,
        end=finish,
        multiplier=reader.trailing,
        high=high,
        odd_step=odd_step,
        bare=bare,
        lead=lead,
        lead_exponent=lead_exponent,
        simple=simple,
        chinese=reader.chinese or chinese,
    )


def _positional(text: str, pos: int, stop: int) -> tuple[str, bool]:
    """``text`` with the Chinese digits written one by one from ``pos`` as ASCII digits.

    一八八一亿 is 1881亿, 七二九.二亿 729.2亿 and 六万三四九二 63492: each digit in its place, as
    in an Arabic number, one character for one (so positions stay). Also whether any changed.
    """
    changed = False
    probe = pos
    while probe < stop:
        match = _POSITIONAL.match(text, probe, stop)
        word = match.group() if match is not None else ""
        if match is not None and not (
            len(word) == 2 and _is_pair(DIGITS[word[0]], DIGITS[word[1]])  # noqa: PLR2004
        ):
            digits = word.translate(_POSITIONAL_DIGITS)
            text = text[: match.start()] + digits + text[match.end() :]
            changed = True
            probe = match.end()
        elif (
            text[probe] in DIGITS
            or text[probe] in SMALL_UNITS
            or (text[probe] in BIG_UNITS and probe > pos)
        ):
            probe += 1
        else:
            break
    return text, changed


# What a numeral may start with, after its sign: the reader reads nothing from anything else.
_STARTS_NUMERAL = (
    frozenset(DIGITS) | frozenset(TENS) | frozenset(SMALL_UNITS) | frozenset(BIG_UNITS) | {"."}
)


def _read_some(text: str, begin: int, pos: int, stop: int, sign: int) -> Numeral | None:
    """几十万 / 数百 / 数万: some tens (hundreds …) of the multiplier that follows."""
    probe = pos + 1
    exponent = 0
    if probe < stop and text[probe] in SMALL_UNITS:
        exponent = SMALL_UNITS[text[probe]]
        probe += 1
    multiplier = 0
    while probe < stop and text[probe] in BIG_UNITS:
        multiplier += BIG_UNITS[text[probe]]
        probe += 1
    if exponent == 0 and multiplier == 0:
        return None
    low = Decimal(1).scaleb(exponent + multiplier) * sign
    high = Decimal(1).scaleb(exponent + multiplier + 1) * sign
    return Numeral(
        value=low,
        start=begin,
        end=probe,
        multiplier=multiplier,
        high=high,
        span_low=low,
        bare=True,
        chinese=True,
    )


def parse_numeral(text: str) -> Decimal:
    """Read ``text`` as one numeral, the whole string, and return its exact value.

    Raises:
        ParseError: ``text`` is not one well-formed numeral (with the position where reading
            stopped).

    Examples:
        >>> parse_numeral("一百零一万一千"), parse_numeral("伍拾贰亿"), parse_numeral("1,307")
        (Decimal('1.011E+6'), Decimal('5.2E+9'), Decimal('1307'))
        >>> parse_numeral("十一十二")
        Traceback (most recent call last):
        ...
        licheng.exceptions.ParseError: not a numeral at position 2 in '十一十二'
    """
    stripped = text.strip()
    offset = len(text) - len(text.lstrip())
    numeral = read_numeral(stripped, whole=True)
    if numeral is None:
        msg = "not a numeral"
        raise ParseError(msg, text=text, position=offset)
    if numeral.end != len(stripped) or numeral.high is not None or numeral.odd_step is not None:
        msg = "not a numeral"
        raise ParseError(msg, text=text, position=offset + numeral.end)
    return numeral.value
