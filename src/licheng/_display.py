"""How a unit is shown: its kind, the unit a number is counted in, its words in each locale.

CLDR's unit names and currency names through babel (loaded on first use), and the few names
statistics print that CLDR lacks.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING

import attrs

from licheng._units import base_factor, conversion_factor, get_unit
from licheng.exceptions import UnitError

if TYPE_CHECKING:
    from licheng._locale import LocaleInfo

__all__: list[str] = []


_ONE = Decimal(1)
_CHINESE_SCALES = (("万亿", Decimal("1E+12")), ("亿", Decimal("1E+8")), ("万", Decimal("1E+4")))
_UNGROUPED_BELOW = Decimal(10000)  # GB/T 15835: integers of up to four digits are not grouped
_EXA = Decimal("1E+18")
_FACTOR_DIGITS = 12  # significant digits of a unit conversion factor worth keeping

# pint's name for a unit → CLDR's unit key.
_CLDR_UNITS = {
    "square_meter": "area-square-meter",
    "meter ** 2": "area-square-meter",
    "hectare": "area-hectare",
    "square_kilometer": "area-square-kilometer",
    "kilometer ** 2": "area-square-kilometer",
    "cubic_meter": "volume-cubic-meter",
    "meter ** 3": "volume-cubic-meter",
    "barrel": "volume-barrel",
    "watt": "power-watt",
    "千瓦": "power-kilowatt",
    "兆瓦": "power-megawatt",
    "吉瓦": "power-gigawatt",
    "tonne": "mass-tonne",
    "kilogram": "mass-kilogram",
    "gram": "mass-gram",
    "毫克": "mass-milligram",
    "milligram": "mass-milligram",
    "微克": "mass-microgram",
    "microgram": "mass-microgram",
    "kilowatt_hour": "energy-kilowatt-hour",
    "meter": "length-meter",
    "kilometer": "length-kilometer",
    "centimeter": "length-centimeter",
    "公分": "length-centimeter",
    "millimeter": "length-millimeter",
    "year": "duration-year",
    "month": "duration-month",
    "day": "duration-day",
    "hour": "duration-hour",
    "minute": "duration-minute",
    "second": "duration-second",
}
# The base unit to show a dimension in when the written unit is not one of the above.
_BY_DIMENSION = {
    "[length] ** 2": ("area-square-meter", "m**2"),
    "[power]": ("power-watt", "W"),
    "[mass]": ("mass-tonne", "t"),
    "[length]": ("length-meter", "m"),
    "[length] ** 3": ("volume-cubic-meter", "m**3"),
}
# CLDR's Chinese names that statistics do not print.
# CLDR's Traditional 百萬瓦特 is a word the parser does not read back (and 兆 is 10¹² in
# Taiwan): Traditional script writes MW.
_ZH_UNIT_OVERRIDES = {
    "mass-tonne": ("{}吨", "{}噸"),
    "power-watt": ("{}瓦", "{}瓦"),
    "power-megawatt": ("{}兆瓦", "{}MW"),
}
# The measure word of each kind of count, when the written unit is not Chinese.
_MEASURE_WORDS = {
    "[enterprise]": "家",
    "[piece]": "个",
    "[item]": "项",
    "[person]": "人",
    "[machine]": "台",
    "[vehicle]": "辆",
    "[household]": "户",
    "[building]": "栋",
    "[structure]": "座",
    "[line]": "条",
    "[container]": "标箱",
    "[head]": "头",
    "[animal]": "只",
    "[sheet]": "张",
    "[session]": "场",
    "[train]": "列",
    "[batch]": "批次",
    "[plant]": "株",
    "[case]": "件",
    "[site]": "处",
    "[institution]": "所",
    "[vessel]": "艘",
    "[aircraft]": "架",
    "[room]": "间",
}
# English names of the units statistics count in that CLDR lacks: (one, other).
_ENGLISH_NAMES = {"人次": ("{} person-time", "{} person-times")}
_TRADITIONAL = str.maketrans("个项辆户栋条亿万标头只张场处间", "個項輛戶棟條億萬標頭隻張場處間")


class _Kind(Enum):
    """What kind of unit a figure is shown in, which decides how its unit is written."""

    CURRENCY = "currency"
    CLDR = "cldr"
    MU = "mu"
    COMPUTING = "computing"
    COUNT = "count"
    PERCENT = "percent"
    POINT = "percentage_point"
    PLAIN = "plain"
    OTHER = "other"


_PLURAL_KINDS = frozenset({_Kind.CURRENCY, _Kind.CLDR, _Kind.POINT, _Kind.OTHER})


@attrs.frozen
class _Display:
    """How to show a unit: what kind, the base unit to count in, its written Chinese scale."""

    kind: _Kind
    detail: str
    """Currency code, CLDR key, measure word, P/E, or the unit's own text."""
    core: str
    """The unit the number is shown in, before any compact scale."""
    chinese_scale: Decimal
    """10⁴, 10⁸ or 10¹² if the unit was written with 万, 亿 or 万亿; else 1."""
    compact: bool = attrs.field(
        default=attrs.Factory(
            lambda self: self.kind not in {_Kind.PERCENT, _Kind.POINT, _Kind.COMPUTING},
            takes_self=True,
        )
    )
    """Whether numbers of this unit take compact scales (万, billion)."""


def _is_cjk(text: str) -> bool:
    return bool(text) and all("\u4e00" <= char <= "\u9fff" for char in text)


def _strip_chinese_scale(unit: str) -> tuple[str, Decimal]:
    for prefix, scale in _CHINESE_SCALES:
        rest = unit.removeprefix(prefix)
        if rest != unit and rest:
            try:
                # cleaned: a unit defined by a float (桶, 0.158987… m³) leaves noise in 亿桶/桶
                if _clean(conversion_factor(unit, rest)) == scale:
                    return rest, scale
            except UnitError:
                continue
    return unit, _ONE


@functools.lru_cache(maxsize=1024)
def _display(unit: str) -> _Display:  # noqa: C901 - one case per kind of unit
    core, scale = _strip_chinese_scale(unit)
    name = str(get_unit(core))
    dimension = base_factor(core)[1]
    if name in _CLDR_UNITS:
        return _Display(_Kind.CLDR, _CLDR_UNITS[name], core, scale)
    if name == "mu":
        return _Display(_Kind.MU, "mu", core, scale)
    if name == "percent":
        return _Display(_Kind.PERCENT, "%", "percent", _ONE)
    if dimension.startswith("[currency_") and dimension.count("[") == 1:
        code = dimension.removeprefix("[currency_").removesuffix("]")
        return _Display(_Kind.CURRENCY, code, code, scale)
    if dimension in _MEASURE_WORDS:
        word = core if _is_cjk(core) else _MEASURE_WORDS[dimension]
        return _Display(_Kind.COUNT, word, core, scale)
    if dimension == "[person_time]":  # visits, trips: counted like people, named apart
        return _Display(_Kind.OTHER, "人次", core, scale)
    if dimension == "[computing]":
        letter = "E" if base_factor(unit)[0] >= _EXA else "P"
        return _Display(_Kind.COMPUTING, letter, f"{letter}FLOPS", _ONE)
    if dimension == "[percentage_point]":
        return _Display(_Kind.POINT, "pp", "percentage_point", _ONE)
    if dimension == "dimensionless":
        return _Display(_Kind.PLAIN, "", "", _ONE)
    if dimension in _BY_DIMENSION:
        key, base = _BY_DIMENSION[dimension]
        return _Display(_Kind.CLDR, key, base, _ONE)
    # A compound unit as pint writes it, "(亿元) / (家)", as an editor would: 亿元/家.
    text = unit.replace("(", "").replace(")", "").replace(" / ", "/").replace(" * ", "·")
    return _Display(_Kind.OTHER, text, unit, _ONE)


def _is_power_of_ten(value: Decimal) -> bool:
    sign, digits, _ = value.normalize().as_tuple()
    return sign == 0 and digits == (1,)


def _clean(factor: Decimal) -> Decimal:
    """A conversion factor without the float noise of its definition (15.000000000000002)."""
    return round(factor, _FACTOR_DIGITS - factor.adjusted() - 1).normalize()


@functools.lru_cache(maxsize=1024)
def _factor(unit: str, core: str) -> tuple[Decimal, bool]:
    """The factor from ``unit`` to ``core``, and whether it is a power of ten."""
    factor = _clean(conversion_factor(unit, core))
    return factor, _is_power_of_ten(factor)


def _unit_pattern(display: _Display, info: LocaleInfo, plural: str) -> str:  # noqa: C901 - one case per kind of unit
    """The pattern that puts the unit around a number: ``"{}亿元"`` → ``"{}元"``."""
    kind, words = display.kind, info.words
    if kind is _Kind.CURRENCY:
        if display.detail == "CNY" and words.yuan is not None:
            return words.yuan
        return _currency_pattern(display.detail, info, plural)
    if kind is _Kind.MU:
        return words.mu
    if kind is _Kind.COMPUTING:
        if info.chinese:
            return "{}" + display.detail
        return words.computing.replace("{}FLOPS", display.detail + "FLOPS", 1)
    if kind is _Kind.COUNT:
        if not info.chinese:
            return "{}"
        return "{}" + (
            display.detail.translate(_TRADITIONAL) if info.traditional else display.detail
        )
    if kind is _Kind.POINT:
        one, other = words.percentage_point
        return one if plural == "one" else other
    if kind is _Kind.CLDR:
        return _cldr_pattern(display.detail, info, plural)
    if kind is _Kind.OTHER:
        if info.chinese:
            return "{}" + display.detail
        if display.detail in _ENGLISH_NAMES:
            one, other = _ENGLISH_NAMES[display.detail]
            return one if plural == "one" else other
        return "{} " + display.detail
    return "{}"


def _currency_pattern(code: str, info: LocaleInfo, plural: str) -> str:
    from babel.numbers import get_currency_name  # babel loads on first use

    count = 1 if plural == "one" else 2
    name = get_currency_name(code, count, info.locale)
    return "{}" + name if info.chinese else "{} " + name


def _cldr_pattern(key: str, info: LocaleInfo, plural: str) -> str:
    if info.chinese and key in _ZH_UNIT_OVERRIDES:
        simplified, traditional = _ZH_UNIT_OVERRIDES[key]
        return traditional if info.traditional else simplified
    # babel has no public accessor for CLDR's unit patterns by plural form.
    patterns = info.locale._data["unit_patterns"].get(key, {}).get("long", {})  # noqa: SLF001
    pattern = str(patterns.get(plural) or patterns.get("other") or "{0} " + key)
    if info.chinese:
        pattern = pattern.replace(" {0}", "{0}").replace("{0} ", "{0}")
    return pattern.replace("{0}", "{}")
