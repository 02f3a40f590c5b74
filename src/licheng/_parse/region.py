"""The document's region: the currency a bare 元 or 亿 of a Taiwan, Hong Kong or Macau text names.

A text from Taiwan (新台币, 民国 and 114年 dates, 台湾, its ministries and science parks) writes
营收2.74兆元 and 投资17亿 in New Taiwan dollars; one from Hong Kong (港元, 按年, 香港) in Hong Kong
dollars; one from Macau (澳門元, 本澳, 統計暨普查局) in patacas. ``detect`` finds the region
from such words in the (normalized) text, ``retag`` gives a figure of yuan the region's currency.
A currency written with the number always wins: 人民币5亿元 stays yuan, 5亿美元 stays dollars.
"""

from __future__ import annotations

import re
from decimal import Decimal
from enum import StrEnum

from licheng._figures import Figure, _Implied
from licheng._parse.build import _make_figure
from licheng._parse.normalize import _TRADITIONAL, both_scripts

__all__ = ["Region", "detect", "retag"]


class Region(StrEnum):
    """Where a text comes from, as far as the currency of a bare 元 goes.

    ``extract(text)`` detects it; ``extract(text, region=Region.MAINLAND)`` reads 元 as yuan
    whatever the text says, ``region=Region.TAIWAN`` as New Taiwan dollars.

    Examples:
        >>> from licheng import Region, extract
        >>> [mention] = extract("今年營收達2.74兆元", region=Region.TAIWAN)
        >>> mention.figure, mention.region
        (Figure('2.74', '万亿新台币'), <Region.TAIWAN: 'tw'>)
        >>> Region.HONG_KONG.currency, Region.MACAU.currency
        ('港元', '澳门元')
    """

    MAINLAND = "cn"
    """Mainland China: 元 is the yuan (renminbi)."""
    TAIWAN = "tw"
    """Taiwan: 元 is the New Taiwan dollar (新台币)."""
    HONG_KONG = "hk"
    """Hong Kong: 元 is the Hong Kong dollar (港元)."""
    MACAU = "mo"
    """Macau: 元 is the pataca (澳门元), not the Hong Kong dollar."""

    @property
    def currency(self) -> str:
        """The registry unit of a bare 元 in a text from the region."""
        return _CURRENCY[self]


_CURRENCY = {
    Region.MAINLAND: "元",
    Region.TAIWAN: "新台币",
    Region.HONG_KONG: "港元",
    Region.MACAU: "澳门元",
}

# Words only a text from the region writes, in traditional script; matched on the normalized
# text, which has some of their characters simplified (臺 → 台), so each in both forms.
_HONG_KONG_WORDS = (
    "港元|港幣|香港|本港|按年|港股|恆生|恒生|恆指|恒指|特區政府|政府統計處|立法會|訪港|旅發局|"
    "臨時估計"
)
# Macau's: its currency and statistics office first (a Macau text may quote 香港 and 按年,
# which Hong Kong's words hold); 澳門 alone only where neither Hong Kong nor Taiwan is named.
_MACAU_WORDS = "澳門元|澳門幣|澳門圓|本澳|統計暨普查局|澳門特別行政區|澳門特區|旅遊博彩"
_TAIWAN_WORDS = (
    "新臺幣|新台幣|臺幣|台幣|臺灣|台灣|民國|國科會|國發會|主計總處|行政院|立法院|經濟部|農委會|"
    "農業部|科技部|中央社|竹科|南科|台積電|臺北|台北|新北|桃園|臺中|台中|臺南|台南|高雄|新竹|"
    "彰化|屏東|宜蘭|花蓮|苗栗|南投|雲林|嘉義|縣市|縣政府|縣府|奈米|"
    # Taiwan's words of growth: 成長 and 衰退 (the mainland's 增長, 下降)
    "成長|衰退"
)
# Mainland words that outweigh a passing mention of Taiwan in a text in traditional script.
_MAINLAND_WORDS = "人民幣|同比|環比|規上|規模以上|全區|省委|市委|區委|縣委|地區生產總值|國務院"


_HONG_KONG = both_scripts(_HONG_KONG_WORDS)
_MACAU = both_scripts(_MACAU_WORDS)
_MACAU_NAME = both_scripts("澳門")
_TAIWAN = both_scripts(_TAIWAN_WORDS)
_MAINLAND = both_scripts(_MAINLAND_WORDS)
# a 民国 year (114年, 113年底): three digits from 100, never a mainland year or duration
_ROC_YEAR = re.compile(r"(?<![0-9.])1[0-4][0-9]年(?![来间代])")
# 年增, 年減 (the mainland's 同比增长), not 比上年增長
_YEAR_ON_YEAR = re.compile("(?<![上去今本前明])年[增减]")
# 兆 between digits (1兆645亿, 二．二六兆元): Taiwan's 10¹², where the mainland writes 万亿.
_ZHAO = re.compile("[0-9一二三四五六七八九十]兆[0-9一二三四五六七八九零〇元]")
# Characters only traditional script writes (the normalizer's table): a text from Taiwan or
# Hong Kong has some; a text in simplified script is from the mainland.
_TRADITIONAL_SCRIPT = re.compile(
    "[" + "".join(pair[0] for pair in _TRADITIONAL.split()) + "灣國會經東門華]"
)

# 元 and its 万/亿/万亿 multiples, as the readers write them, and the region's unit for each.
_YUAN_UNITS = {"元": "", "万元": "万", "亿元": "亿", "万亿元": "万亿"}
# Words that make the 元 one of yuan whatever the region (人民币5亿元, 5亿元人民币, ¥5, RMB 5).
_YUAN_WRITTEN = re.compile("人民币|RMB|CNY|[￥¥]")
# A bare 亿 or 兆 (投资17亿) is money after these words, in the clause before the number.
_MONEY_WORDS = both_scripts(
    "投資|資金|金額|營收|營業額|產值|出口|進口|成交|預算|斥資|收入|銷售額|經費|補助|投入|得標|"
    "標售|募資|融資|資本|稅收|支出|花費|耗資|建廠|設廠|擴廠"
)
_MONEY_WINDOW = 12


def detect(original: str, text: str) -> Region | None:
    """The region a text in traditional script comes from, ``None`` where nothing says.

    ``text`` is ``original`` normalized. A text in simplified script is from the mainland.

    Examples:
        >>> from licheng._parse.normalize import translate
        >>> texts = ("逾新臺幣7630億元", "銷貨價值按年上升3%", "本澳生產總值按年上升3%")
        >>> [detect(text, translate(text)) for text in texts]
        [<Region.TAIWAN: 'tw'>, <Region.HONG_KONG: 'hk'>, <Region.MACAU: 'mo'>]
        >>> detect("台湾投资5亿元", "台湾投资5亿元") is None
        True
    """
    # A mainland word first: most texts have one early (同比, 规上), where the search for a
    # character of traditional script reads a text in simplified script to its end.
    if _MAINLAND.search(text) is not None:
        return None  # a mainland text in either script, or one that quotes 香港 once
    if _TRADITIONAL_SCRIPT.search(original) is None:
        return None
    if _MACAU.search(text) is not None:
        return Region.MACAU
    if _HONG_KONG.search(text) is not None:
        return Region.HONG_KONG
    taiwan = any(
        pattern.search(text) is not None for pattern in (_TAIWAN, _ROC_YEAR, _YEAR_ON_YEAR, _ZHAO)
    )
    if taiwan:
        return Region.TAIWAN
    return Region.MACAU if _MACAU_NAME.search(text) is not None else None


def retag(figure: Figure, region: Region, text: str, start: int, end: int) -> Figure | None:
    """``figure``, read at ``text[start:end]``, in the region's currency; ``None`` if unchanged.

    A figure of 元 (万元, 亿元 …) whose currency is not written takes the region's currency; a
    bare 亿 or 兆 of money (投资17亿) too, where a word of money precedes it in its clause.
    """
    currency = region.currency
    if region is Region.MAINLAND:
        return None
    unit, per, per_unit = figure.unit.partition("/")  # 万元/坪: the amount per unit
    prefix = _YUAN_UNITS.get(unit)
    scale = 0
    if prefix is None:
        if unit or not _bare_money(figure, text, start, end):
            return None
        prefix, scale = _bare_prefix(text, end)
        if not prefix:
            return None
    elif _YUAN_WRITTEN.search(text, max(0, start - 1), end) is not None:
        return None
    # the same figure in another currency: valid as it was, so the trusted constructor
    return _make_figure(
        figure.magnitude.scaleb(-scale),
        prefix + currency + per + per_unit,
        figure.qualifier,
        _scaled(figure._low, scale),  # noqa: SLF001 - implied bounds stay implied
        _scaled(figure._high, scale),  # noqa: SLF001
        figure.approximate,
    )


def _bare_money(figure: Figure, text: str, start: int, end: int) -> bool:
    if figure.magnitude < Decimal("1E+8"):
        return False
    clause = text[max(0, start - _MONEY_WINDOW) : start]
    clause = re.split("[,，。;；:：]", clause)[-1]
    return _MONEY_WORDS.search(clause) is not None and bool(_bare_prefix(text, end)[0])


def _bare_prefix(text: str, end: int) -> tuple[str, int]:
    """The multiplier a bare amount ends with (17亿 → 亿), as a unit prefix and its exponent."""
    surface = text[max(0, end - 8) : end].rstrip(" \t以上下左右多余")
    if surface.endswith(("万亿", "兆")):
        return "万亿", 12
    if surface.endswith("亿"):
        return "亿", 8
    return "", 0


def _scaled(bound: Decimal | _Implied | None, scale: int) -> Decimal | _Implied | None:
    return bound.scaleb(-scale) if isinstance(bound, Decimal) else bound
