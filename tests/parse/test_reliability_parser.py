"""Fuzzing the parser and the extractor with structured near-misses.

``tests/parse/test_text_properties.py`` feeds both free text over the characters that matter; this
file builds text that looks almost like a figure: digits with stray units, stacked and nested
qualifiers, numbers of thousands of digits, other scripts' digits, lone surrogates and control
characters. ``parse_figure`` may refuse with ``ParseError`` and nothing else; ``extract``
never raises, and every mention's offsets slice the original text.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from licheng import Figure, extract, parse_figure
from licheng._documents import Document, extract_document, iter_document
from licheng.exceptions import ParseError

_DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=12)
_CHINESE_DIGITS = st.text(
    alphabet="零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩",
    min_size=1,
    max_size=10,
)
_OTHER_DIGITS = st.text(
    # Arabic-Indic, Devanagari, full-width, mathematical bold, superscript and circled digits
    alphabet="٠١٢٣٤٥٦٧٨٩०१२३४५६७८९０１２３４５６７８９𝟎𝟏𝟐²³¹①②⑩⒈Ⅻ",
    min_size=1,
    max_size=6,
)
_NUMBERS = st.one_of(
    _DIGITS,
    _CHINESE_DIGITS,
    _OTHER_DIGITS,
    st.builds("{}.{}".format, _DIGITS, _DIGITS),
    st.builds("{}.{}.{}".format, _DIGITS, _DIGITS, _DIGITS),
    st.builds(",".join, st.lists(_DIGITS, min_size=2, max_size=4)),
    st.builds("{}e{}".format, _DIGITS, st.integers(-400, 400)),
    st.builds("{}/{}".format, _DIGITS, _DIGITS),
    st.builds("{}分之{}".format, _CHINESE_DIGITS, _CHINESE_DIGITS),
)
_UNITS = st.sampled_from(
    [
        "", "元", "万元", "亿元", "万亿元", "兆元", "美元", "亿美元", "港币", "亩", "畝", "公顷",
        "平方米", "平方公尺", "km²", "㎡", "方", "千瓦时", "度", "kWh", "瓦", "千瓦", "兆瓦", "MW",
        "P", "E", "PFLOPS", "EFLOPS", "次/秒", "吨", "kg", "公里", "米", "家", "个", "项", "人",
        "人次", "%", "％", "‰", "成", "倍", "个百分点", "百分点", "年", "个月", "天", "k", "w",
        "W", "M", "B", "角", "分", "毛", "块钱", "元5角", "美分", "级",
    ]
)  # fmt: skip
_BEFORE = st.sampled_from(
    [
        "", "约", "近", "超", "超过", "逾", "不到", "不足", "至少", "最多", "大约", "将近", "上",
        "过", "同比增长", "下降", "占", "提高", "负", "-", "−", "$", "￥", "€", "RMB", "US$", "第",
        "约近", "超过近", "不足约", "约约约", "近超逾", "占比约", "(", "（",
    ]
)  # fmt: skip
_AFTER = st.sampled_from(
    [
        "", "余", "多", "几", "左右", "以上", "以下", "及以上", "(含)以上", "上下", "以内",
        "余万", "多亿", "万余", "亿多", "左右以上", "以上以下", "多余", "余多", "至", "到", "~",
        "-", "—", "分之", "点", "。", "，", ")", "）", "(含)",
    ]
)  # fmt: skip
_NOISE = st.sampled_from(
    [
        "", " ", "\t", "\n", "\r", "\x00", "\x07", "\x1b", "\x7f", "\u200b", "\u200e", "\u202e",
        "\ufeff", "\ud800", "\udfff", "\U0001f600", "Ω", "Я", "ا", "ก", "한", "ｱ", "\u0301", "é",
        "%41", "http://a.cn/", "v1.", "第", "年", "月",
    ]
)  # fmt: skip


@st.composite
def near_miss(draw: st.DrawFn) -> str:
    """One almost-figure: qualifiers, a number, a unit, trailing words, with noise between."""
    parts = [
        draw(_BEFORE),
        draw(_NOISE),
        draw(_NUMBERS),
        draw(_NOISE),
        draw(_UNITS),
        draw(_AFTER),
    ]
    if draw(st.booleans()):  # a range or a second number straight after
        parts += [draw(_NUMBERS), draw(_UNITS), draw(_AFTER)]
    return "".join(parts)


_SENTENCES = st.lists(near_miss(), min_size=1, max_size=4).map("".join) | st.builds(
    "{}{}{}".format, st.text(max_size=8), near_miss(), st.text(max_size=8)
)


def check_parse_figure(text: str) -> None:
    error: ParseError | None = None
    try:
        figure = parse_figure(text)
    except ParseError as caught:
        error = caught
    if error is None:
        assert isinstance(figure, Figure)
    else:
        assert error.text == text
        assert error.position is None or 0 <= error.position <= len(text)


def check_extract(text: str) -> None:
    mentions = extract(text)
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.surface
        assert isinstance(mention.figure, Figure)
    for before, after in itertools.pairwise(mentions):
        assert before.end <= after.start


# Inputs that once broke the parser or extractor stay here as fixed examples.
_FOUND = [
    "0美元0美元",  # the second mention took the first one's unit as its prefix: they overlapped
]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("1美元2美元", ["1美元", "2美元"]),
        ("5亿美元3美元", ["5亿美元", "3美元"]),
        ("5万元人民币3元", ["5万元人民币", "3元"]),
        ("4人民币5美元", ["4人民币", "5美元"]),
        ("5美元US$3", ["5美元", "US$3"]),
        ("约10%约5%", ["约10%", "约5%"]),
    ],
)
def test_a_prefix_word_never_reaches_into_the_mention_before(
    text: str, surfaces: list[str]
) -> None:
    assert [mention.surface for mention in extract(text)] == surfaces


@given(near_miss())
def test_parse_figure_on_near_misses_raises_only_parse_error(text: str) -> None:
    check_parse_figure(text)


@given(_SENTENCES)
def test_extract_on_near_misses_never_raises(text: str) -> None:
    check_extract(text)


@pytest.mark.parametrize(
    "text",
    [
        "1" * 10_000 + "亿元",
        "0." + "9" * 10_000 + "万元",
        "9" * 10_000 + "." + "9" * 10_000 + "%",
        "一" * 10_000 + "万亿元",
        "九千九百九十九" * 1_500 + "亿",
        "亿" * 10_000,
        "1e999999999亿元",
        "1e-999999999亿元",
        "1" + "万" * 5_000 + "元",
        "约近超过" * 2_500 + "40亿元",
        "40亿元" + "以上左右" * 2_500,
        "1" * 10_000 + "至" + "2" * 10_000 + "亿元",
        ",".join(["123"] * 3_000) + "元",
        "1." * 5_000 + "元",
        "\ud800" * 1_000 + "52.2亿元" + "\udfff" * 1_000,
        "\x00".join("52.2亿元"),
        "".join(chr(code) for code in range(0x20)) + "52.2亿元",
    ],
    ids=lambda text: f"{text[:12]!r}…{len(text)}",
)
def test_huge_and_hostile_input(text: str) -> None:
    check_parse_figure(text)
    check_extract(text)


@pytest.mark.parametrize("text", _FOUND)
def test_inputs_found_by_fuzzing(text: str) -> None:
    check_parse_figure(text)
    check_extract(text)


@given(st.text(max_size=200))
@example("产值52.2亿元\r\n增长10%\u2028占28%\x85超过30家")
def test_documents_match_extract_line_by_line(text: str) -> None:
    document = Document("a.txt", text, "utf-8")
    mentions = extract_document(document)
    assert mentions == list(iter_document(document))
    offset = 0
    expected = []
    for line in text.splitlines(keepends=True):
        expected += [(m.start + offset, m.end + offset, m.figure) for m in extract(line)]
        offset += len(line)
    assert [(m.start, m.end, m.figure) for m in mentions] == expected
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.surface
