"""Normalize Chinese statistical text for reading, keeping a map back to the original.

Full-width digits, letters and punctuation become ASCII (``５２．２％`` → ``52.2%``), the
traditional characters that matter for figures become simplified (億 萬 餘 畝 兩 約 幾 增長 …),
and pinyin annotations that some sites print after characters ("增長(zhǎng)10%") are removed.
Nothing else changes: the meaning of the text stays the same, and every span of the normalized
text maps back to a span of the original.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

import attrs

__all__ = ["NormalizedText", "both_scripts", "normalize", "translate"]

# Traditional → simplified, one character to one character, for the words around figures:
# numerals and multipliers, units and currencies, qualifiers, growth and share wording.
_TRADITIONAL = (
    "億亿 萬万 餘余 畝亩 兩两 倆俩 約约 幾几 長长 點点 負负 個个 貳贰 參叁 陸陆 圓圆 臺台 幣币 "
    "過过 達达 將将 於于 減减 環环 規规 業业 產产 項项 棟栋 條条 戶户 輛辆 雙双 對对 歐欧 韓韩 "
    "盧卢 銖铢 鎊镑 總总 計计 實实 現现 為为 佔占 較较 擴扩 級级 內内 間间 數数 來来 後后 週周 "
    "區区 與与 時时 釐厘 錢钱 塊块 噸吨 頃顷 電电 漲涨 僅仅 並并 從从 額额 營营 稅税 進进 "
    "積积 廠厂 樓楼 醫医 藥药 車车 軌轨 鐵铁 處处 價价 單单 場场 發发 開开 "
    # Taiwan and Hong Kong: growth and decline (縮減, 上調, 上揚), marks (大關, 台階), money
    "縮缩 調调 揚扬 關关 階阶 資资 銷销 貨货 門门 "
    # measure words of counts (頭 of livestock, 隻 of poultry, 張 of beds, 標箱 of containers)
    "頭头 隻只 張张 標标"
)


class _Table(dict[int, str]):
    """The character table, and beyond its entries every decimal digit of another script."""

    def __missing__(self, code: int) -> str:
        digit = unicodedata.decimal(chr(code), None) if code > 0x7F else None  # noqa: PLR2004
        if digit is None:
            raise KeyError(code)  # str.translate leaves the character as it is
        return str(digit)


_TRANSLATION = _Table()
for _pair in _TRADITIONAL.split():
    _TRANSLATION[ord(_pair[0])] = _pair[1]
# Full-width ASCII (！ to ～, except the comma) to ASCII, the ideographic space to a space, the
# wave dash to ~, minus signs to "-".
for _code in range(0xFF01, 0xFF5F):
    _TRANSLATION[_code] = chr(_code - 0xFEE0)
# The full-width comma stays: in Chinese prose it ends a clause ("20，300" is two numbers),
# while ASCII "20,300" groups thousands; between full-width digits (１，３０７) it groups too.
del _TRANSLATION[0xFF0C]
_TRANSLATION.update(
    {
        0x3000: " ",  # ideographic space
        0x301C: "~",  # wave dash 〜
        0x2212: "-",  # minus sign −
        0xFE6A: "%",  # small percent sign ﹪
        0xFE63: "-",  # small hyphen-minus ﹣
        0x00A0: " ",  # no-break space
        0x2027: ".",  # hyphenation point ‧, a decimal point in Taiwan (十九‧九一億元)
    }
)
del _pair, _code
# Where a digit of another script (٣, ३, ๓) may stand: Unicode has none but ASCII's below
# U+0660, none from U+2000 to U+A61F (punctuation, the CJK blocks), from U+AC00 to U+FF0F or
# after U+FF19 below U+10000 (a test holds this against the Unicode database).
_FOREIGN_DIGIT_BLOCKS = "\u0660-\u1fff\ua620-\uabff\U00010000-\U0010ffff"


class _Swaps(dict[str, str]):
    """The table by character, and beyond its entries a digit of another script as its digit."""

    def __missing__(self, char: str) -> str:
        digit = unicodedata.decimal(char, None)
        return char if digit is None else str(digit)  # the other characters of those blocks


# The same table as a pattern, with those blocks: ``str.translate`` looks every character up in
# a dict, while a character class finds the few characters that may change in C (about three
# times faster on press-release text), in one pass for both. The group makes ``split`` keep
# them, every odd piece one character: swapped by ``map`` and joined, where ``sub`` would call
# back into Python once for each (a third faster on a text in traditional script).
_CHARS = _Swaps({chr(code): char for code, char in _TRANSLATION.items()})
_TRANSLATABLE = re.compile("([" + re.escape("".join(_CHARS)) + _FOREIGN_DIGIT_BLOCKS + "])")
_SWAP = _CHARS.__getitem__

# Each pattern starts with its literal (the comma, the parenthesis) and looks behind after it,
# so that the regular expression engine can skip ahead to candidates instead of trying the
# look-behind at every position of a long text.
# Characters that print as nothing (zero-width space, joiners, word joiner, byte order mark):
# removed, like a pinyin annotation, so that 52.2亿\u200b元 reads as 52.2亿元.
# Each looked for in a text by ``in``, faster than a search for the class.
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
_WIDE_GROUP = re.compile(r"，(?<=[０-９]，)(?=[０-９]{3}(?![０-９]))")
# A middle dot between Chinese digits is the decimal point of Taiwan's official statistics
# (七四三七·三億美元, 增幅卅七·九%); read as "·" it would cut the figure to its last digits
# (三億美元). Elsewhere it joins names (馬克·吐溫) and the dates that name events (3·15, 九·一八
# without a unit after them is no figure either way), and stays.
_MIDDLE_DOTS = "\u00b7\u30fb"  # · and ・
_MIDDLE_DOT_POINT = re.compile(
    rf"[{_MIDDLE_DOTS}](?<=[〇○零一二三四五六七八九十廿卅][{_MIDDLE_DOTS}])(?=[〇○零一二三四五六七八九])"
)
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# A pinyin annotation in parentheses right after a Chinese character: lower-case letters with a
# tone mark or a tone number, or a plain syllable of at most six letters.
_PINYIN = re.compile(
    rf"\((?<=[\u4e00-\u9fff]\()(?:[a-zü{_TONED}]*[{_TONED}][a-zü{_TONED}]*|[a-zü]{{1,6}}[1-5]|"
    r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[iu]?(?:ang|eng|ong|an|en|in|un|ai|ei|ao|ou|ia|ie|"
    r"ua|uo|ue|er|a|e|i|o|u|ü|v)(?:n|ng)?))\)"
)
# Either, as one pattern that starts with a class of their first characters: the engine skips
# to those in C, where an alternation makes it try both at every position of a long text.
# After the parenthesis, the annotation; after an invisible character (no parenthesis), nothing.
_OPENING = r"\((?<=[\u4e00-\u9fff]\()"
_ANNOTATION = _PINYIN.pattern.removeprefix(_OPENING)  # what follows the opening parenthesis
_REMOVED = re.compile(rf"[({_INVISIBLE_CHARS}](?:(?<=[\u4e00-\u9fff]\(){_ANNOTATION}|(?<!\())")


@attrs.frozen
class NormalizedText:
    """Text normalized for reading figures, and the map from its spans to the original.

    ``text`` is the normalized text; ``original`` is the text as given. Characters are replaced
    one for one, except pinyin annotations, which are removed; ``original_span`` maps a span of
    ``text`` back to the span of ``original`` it came from.

    Examples:
        >>> from licheng import normalize
        >>> norm = normalize("增長(zhǎng)５２．２％")
        >>> norm.text
        '增长52.2%'
        >>> start, end = norm.original_span(2, 7)
        >>> norm.original[start:end]
        '５２．２％'
    """

    text: str
    original: str
    # Sorted positions in ``text`` after which original characters were removed, and how many
    # original characters were removed up to and including each of them (cumulative).
    _cuts: tuple[int, ...] = attrs.field(default=(), repr=False)
    _shifts: tuple[int, ...] = attrs.field(default=(), repr=False)

    def original_index(self, index: int) -> int:
        """Map an index of ``text`` (0 to ``len(text)``) to the index of ``original``.

        An index just after a removed annotation maps to the position after the annotation.

        Examples:
            >>> norm = normalize("萬(wàn)元")
            >>> norm.text, norm.original_index(1)
            ('万元', 6)
        """
        if not self._cuts:
            return index
        position = bisect.bisect_right(self._cuts, index) - 1
        return index if position < 0 else index + self._shifts[position]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``text[start:end]`` to the span of ``original`` it came from.

        The start of a span never includes an annotation removed just before it, and its end
        never includes one removed just after it.

        Examples:
            >>> norm = normalize("40萬(wàn)平方米")
            >>> start, end = norm.original_span(0, 6)
            >>> norm.original[start:end]
            '40萬(wàn)平方米'
            >>> norm.original_span(0, 3)
            (0, 3)
        """
        if not self._cuts:
            return start, end
        if end <= start:
            begin = self.original_index(start)
            return begin, begin
        # The end is the original index just after the last character of the span.
        return self.original_index(start), self.original_index(end - 1) + 1


def translate(text: str) -> str:
    """The character-for-character part of ``normalize`` (no annotations removed).

    Offsets are unchanged: ``translate(text)[i]`` comes from ``text[i]``.

    Examples:
        >>> translate("５２．２億元")
        '52.2亿元'
        >>> translate("七四三七·三億美元，馬克·吐溫")
        '七四三七.三亿美元，馬克·吐溫'
    """
    if "，" in text:
        # between full-width digits, a full-width comma groups thousands (１，３０７)
        text = _WIDE_GROUP.sub(",", text)
    if "\u00b7" in text or "\u30fb" in text:
        text = _MIDDLE_DOT_POINT.sub(".", text)
    pieces = _TRANSLATABLE.split(text)
    if len(pieces) == 1:
        return text
    pieces[1::2] = map(_SWAP, pieces[1::2])
    return "".join(pieces)


def normalize(text: str) -> NormalizedText:
    """Normalize ``text`` for reading figures, keeping a map back to the original.

    Full-width forms become ASCII, traditional characters that matter become simplified and
    pinyin annotations in parentheses after Chinese characters are removed. Nothing else
    changes.

    Examples:
        >>> normalize("超過１，３０７家，約佔４４％").text
        '超过1,307家，约占44%'
        >>> normalize("人工智能(AI)產業").text
        '人工智能(AI)产业'
    """
    translated = translate(text)
    if "(" not in translated and not any(char in translated for char in _INVISIBLE_CHARS):
        return NormalizedText(translated, text)
    pieces: list[str] = []
    cuts: list[int] = []
    shifts: list[int] = []
    last = 0
    removed = 0
    length = 0
    for match in _REMOVED.finditer(translated):
        piece = translated[last : match.start()]
        pieces.append(piece)
        length += len(piece)
        removed += match.end() - match.start()
        cuts.append(length)
        shifts.append(removed)
        last = match.end()
    if not cuts:
        return NormalizedText(translated, text)
    pieces.append(translated[last:])
    return NormalizedText("".join(pieces), text, tuple(cuts), tuple(shifts))


def both_scripts(words: str) -> re.Pattern[str]:
    """A pattern for ``|``-separated words as a normalized text may have them, longest first.

    Normalizing simplifies only some characters (臺 → 台, not 灣), so each word is matched as
    written and as ``translate`` leaves it.

    Examples:
        >>> both_scripts("臺灣|成長").pattern
        '臺灣|台灣|成長|成长'
    """
    every = dict.fromkeys(form for word in words.split("|") for form in (word, translate(word)))
    return re.compile("|".join(sorted(every, key=len, reverse=True)))
