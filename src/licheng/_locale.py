"""Locales for formatting: babel's CLDR data, parsed once, plus the words CLDR lacks.

This module imports babel, so only the formatting functions import it, on first use:
``import licheng`` stays light.
"""

from __future__ import annotations

import copy
import functools
import re
from decimal import Decimal

import attrs
from babel import Locale, UnknownLocaleError, default_locale
from babel.numbers import NumberPattern

from licheng.exceptions import LocaleError

__all__ = ["DEFAULT_LOCALE", "LocaleInfo", "Scale", "Words", "environment_locale", "locale_info"]

#: The locale of the command line when the environment names no language (unset, C, POSIX).
DEFAULT_LOCALE = "zh_Hans_CN"
# What babel's default_locale() makes of LANG=C and LANG=POSIX: a locale that says nothing
# about the language a reader wants.
_NOT_A_LANGUAGE = frozenset({"en_US_POSIX"})


def environment_locale() -> str:
    """The locale the environment asks for, in babel's order, or ``zh_Hans_CN``.

    babel's ``default_locale()`` reads LANGUAGE (its first entry), LC_ALL, LC_CTYPE and LANG,
    in that order, as gettext does. The C and POSIX locales say nothing about language, so they
    fall back to ``zh_Hans_CN``, as does an environment that names none.

    >>> import os
    >>> saved = dict(os.environ)
    >>> for name in ("LANGUAGE", "LC_ALL", "LC_CTYPE"):
    ...     os.environ.pop(name, None)
    >>> os.environ["LANG"] = "en_US.UTF-8"
    >>> environment_locale()
    'en_US'
    >>> os.environ["LANGUAGE"] = "zh_TW:en"
    >>> environment_locale()
    'zh_TW'
    >>> del os.environ["LANGUAGE"]
    >>> os.environ["LANG"] = "C.UTF-8"
    >>> environment_locale()
    'zh_Hans_CN'
    >>> os.environ.clear(); os.environ.update(saved)
    """
    found = default_locale()
    if not found or found in _NOT_A_LANGUAGE:
        return DEFAULT_LOCALE
    return found


# Chinese locales whose CLDR compact decimals are K/M/B, although their statistics print 萬/億.
_WAN_LOCALE = {"zh_Hant_HK": "zh_Hant_TW", "zh_Hant_MO": "zh_Hant_TW"}
_SMALLEST_SCALE = Decimal(10000)
_ZEROS = re.compile(r"0+")


@attrs.frozen
class Words:
    """The words CLDR has no data for: qualifiers, growth and a few units."""

    approx: str
    nearly: str
    more_than: str
    at_least: str
    less_than: str
    at_most: str
    range_sep: str
    bounds: str
    above: str
    below: str
    up: str
    down: str
    flat: str
    bases: dict[str, str]
    yuan: str | None
    mu: str
    percentage_point: tuple[str, str]
    computing: str


_ZH_HANS = Words(
    approx="约{}",
    nearly="近{}",
    more_than="超{}",
    at_least="{}以上",
    less_than="不到{}",
    at_most="不超过{}",
    range_sep="{}至{}",
    bounds="{}（{}）",
    above="不低于{}",
    below="不高于{}",
    up="{basis}增长{}",
    down="{basis}下降{}",
    flat="{basis}持平",
    bases={"yoy": "同比", "mom": "环比", "qoq": "环比", "pop": "环比"},
    yuan="{}元",
    mu="{}亩",
    percentage_point=("{}个百分点", "{}个百分点"),
    computing="{}{}",
)
_ZH_HANT = attrs.evolve(
    _ZH_HANS,
    approx="約{}",
    at_most="不超過{}",
    up="{basis}增長{}",
    bases={"yoy": "同比", "mom": "環比", "qoq": "環比", "pop": "環比"},
    mu="{}畝",
    percentage_point=("{}個百分點", "{}個百分點"),
)
_EN = Words(
    approx="about {}",
    nearly="nearly {}",
    more_than="more than {}",
    at_least="at least {}",
    less_than="less than {}",
    at_most="at most {}",
    range_sep="{}–{}",
    bounds="{} ({})",
    above="at least {}",
    below="at most {}",
    up="up {} {basis}",
    down="down {} {basis}",
    flat="unchanged {basis}",
    bases={
        "yoy": "year on year",
        "mom": "month on month",
        "qoq": "quarter on quarter",
        "pop": "period on period",
    },
    yuan="{} yuan",
    mu="{} mu",
    percentage_point=("{} percentage point", "{} percentage points"),
    computing="{} {}FLOPS",
)
_DE = Words(
    approx="etwa {}",
    nearly="fast {}",
    more_than="mehr als {}",
    at_least="mindestens {}",
    less_than="weniger als {}",
    at_most="höchstens {}",
    range_sep="{}–{}",
    bounds="{} ({})",
    above="mindestens {}",
    below="höchstens {}",
    up="plus {} {basis}",
    down="minus {} {basis}",
    flat="unverändert {basis}",
    bases={
        "yoy": "zum Vorjahr",
        "mom": "zum Vormonat",
        "qoq": "zum Vorquartal",
        "pop": "zur Vorperiode",
    },
    yuan="{} Yuan",
    mu="{} Mu",
    percentage_point=("{} Prozentpunkt", "{} Prozentpunkte"),
    computing="{} {}FLOPS",
)
# Japanese as its business press writes these figures (約40億元, 400ムー超, 前年比10%増).
_JA = Words(
    approx="約{}",
    nearly="{}近く",
    more_than="{}超",
    at_least="{}以上",
    less_than="{}未満",
    at_most="{}以下",
    range_sep="{}～{}",
    bounds="{}（{}）",
    above="{}以上",
    below="{}以下",
    up="{basis}{}増",
    down="{basis}{}減",
    flat="{basis}横ばい",
    bases={"yoy": "前年比", "mom": "前月比", "qoq": "前期比", "pop": "前期比"},
    yuan="{}元",
    mu="{}ムー",
    percentage_point=("{}ポイント", "{}ポイント"),
    computing="{}{}FLOPS",
)
# Other languages take English words and CLDR's own name for the yuan.
_FALLBACK = attrs.evolve(_EN, yuan=None)


@attrs.frozen
class Scale:
    """One CLDR compact-decimal scale: from ``threshold`` up, divide by ``divisor``."""

    threshold: Decimal
    divisor: Decimal
    patterns: dict[str, tuple[str, str]]
    """Plural form → the text before and after the number (``("", " billion")``)."""
    uniform: bool = attrs.field(
        default=attrs.Factory(lambda self: len(set(self.patterns.values())) == 1, takes_self=True)
    )
    """Whether every plural form reads the same (then no plural rule need run)."""


@attrs.frozen
class LocaleInfo:
    """A babel locale and what formatting needs from it, parsed once."""

    locale: Locale
    chinese: bool
    traditional: bool
    words: Words
    scales: tuple[Scale, ...]
    """Compact scales of at least 10⁴, largest threshold first."""
    decimal: NumberPattern
    percent: NumberPattern
    _patterns: dict[tuple[bool, int], NumberPattern] = attrs.field(factory=dict, repr=False)

    def pattern(self, places: int, *, percent: bool = False) -> NumberPattern:
        """The locale's decimal or percent pattern with exactly ``places`` decimals, cached."""
        key = (percent, places)
        found = self._patterns.get(key)
        if found is None:
            found = copy.copy(self.percent if percent else self.decimal)
            found.frac_prec = (places, places)
            self._patterns[key] = found  # a race only builds the same pattern twice
        return found

    def scale_for(self, value: Decimal) -> Scale | None:
        """The CLDR compact scale for ``value``, or ``None`` below the smallest one."""
        size = abs(value)
        for scale in self.scales:
            if size >= scale.threshold:
                return scale
        return None

    def scale_of(self, divisor: Decimal) -> Scale | None:
        """The compact scale that divides by ``divisor``, if the locale has one."""
        for scale in self.scales:
            if scale.divisor == divisor:
                return scale
        return None


def _scales(locale: Locale) -> tuple[Scale, ...]:
    # CLDR's long compact decimals: plural form → {threshold: pattern like "00 billion"}.
    by_plural = locale.compact_decimal_formats["long"]
    thresholds: dict[Decimal, dict[str, tuple[str, str]]] = {}
    divisors: dict[Decimal, Decimal] = {}
    for plural, patterns in by_plural.items():
        for key, pattern in patterns.items():
            text = pattern.pattern if isinstance(pattern, NumberPattern) else str(pattern)
            zeros = _ZEROS.search(text)
            if zeros is None:
                continue
            before, after = text[: zeros.start()], text[zeros.end() :]
            threshold = Decimal(key)
            divisor = threshold / Decimal(10) ** (len(zeros.group()) - 1)
            # A scale below 10⁴ (thousand, Tausend) is not one: editors write 400,000.
            if not (before or after).strip() or divisor < _SMALLEST_SCALE:
                continue
            divisors[threshold] = divisor
            thresholds.setdefault(threshold, {})[plural] = (
                before.replace("'", ""),
                after.replace("'", ""),
            )
    return tuple(
        Scale(threshold, divisors[threshold], thresholds[threshold])
        for threshold in sorted(thresholds, reverse=True)
    )


def _parse(locale: object) -> Locale:
    if isinstance(locale, Locale):
        return locale
    if not isinstance(locale, str):
        msg = f"a locale must be a string or a babel.Locale, not {type(locale).__name__}"
        raise LocaleError(msg)
    try:
        return Locale.parse(locale.strip().replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        msg = f"unknown locale {locale!r}: babel has no data for it"
        raise LocaleError(msg) from None


@functools.cache
def _info(identifier: str) -> LocaleInfo:
    locale = Locale.parse(identifier)
    chinese = locale.language == "zh"
    if chinese and locale.script is None:
        # A Chinese locale without a script: babel has found the likely one (zh_TW → Hant);
        # where it has not, Simplified.
        locale = Locale("zh", territory=locale.territory, script="Hans")
    traditional = chinese and locale.script == "Hant"
    words = (
        (_ZH_HANT if traditional else _ZH_HANS)
        if chinese
        else {"en": _EN, "de": _DE, "ja": _JA}.get(locale.language, _FALLBACK)
    )
    scale_locale = Locale.parse(_WAN_LOCALE.get(str(locale), str(locale)))
    return LocaleInfo(
        locale=locale,
        chinese=chinese,
        traditional=traditional,
        words=words,
        scales=_scales(scale_locale),
        decimal=locale.decimal_formats[None],
        percent=locale.percent_formats[None],
    )


@functools.lru_cache(maxsize=256)
def locale_info(locale: str | Locale) -> LocaleInfo:
    """Parse ``locale`` once and return what formatting needs of it.

    Raises:
        LocaleError: ``locale`` is not a locale babel knows.

    >>> locale_info("zh_TW").locale, locale_info("zh").locale
    (Locale('zh', territory='TW', script='Hant'), Locale('zh', script='Hans'))
    >>> [scale.patterns["other"] for scale in locale_info("zh_Hant_HK").scales[-5::4]]
    [('', '億'), ('', '萬')]
    """
    locale = _parse(locale)
    try:
        return _info(str(locale))
    except (UnknownLocaleError, ValueError) as exc:
        msg = f"unknown locale {str(locale)!r}: {exc}"
        raise LocaleError(msg) from None
