from __future__ import annotations

import pickle
import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from licheng import NormalizedText, normalize
from licheng._parse.normalize import (
    _INVISIBLE_CHARS,
    _PINYIN,
    _REMOVED,
    _TRANSLATABLE,
    _TRANSLATION,
    _WIDE_GROUP,
    translate,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("５２．２億元", "52.2亿元"),
        ("約佔４４％", "约占44%"),
        ("３～５萬元", "3~5万元"),
        ("－３．２％", "-3.2%"),
        ("四十餘畝", "四十余亩"),
        ("兩千六百萬", "两千六百万"),
        ("增長10%", "增长10%"),
        ("幾十萬", "几十万"),
        ("１，３０７家", "1,307家"),
        ("20，300美元", "20，300美元"),
        ("人工智能(AI)", "人工智能(AI)"),
        ("plain text", "plain text"),
    ],
)
def test_normalized_text(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("增長(zhǎng)10%", "增长10%"),
        ("40萬(wàn)平方米", "40万平方米"),
        ("增长(zeng4)", "增长"),
    ],
)
def test_pinyin_annotations_are_removed(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_spans_map_back_to_the_original() -> None:
    original = "全年增長(zhǎng)１０％，新增40萬(wàn)平方米"
    norm = normalize(original)
    for target in ("10%", "40万平方米"):
        start = norm.text.index(target)
        first, last = norm.original_span(start, start + len(target))
        assert normalize(original[first:last]).text == target
    assert norm.original_span(0, 0) == (0, 0)
    assert norm.original_index(len(norm.text)) == len(original)


def test_value_semantics() -> None:
    norm = normalize("增長(zhǎng)10%")
    assert norm == normalize("增長(zhǎng)10%")
    assert pickle.loads(pickle.dumps(norm)) == norm
    assert isinstance(norm, NormalizedText)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        norm.text = "x"  # type: ignore[misc]


@given(st.text(alphabet=st.sampled_from("５２．２％億萬，１,3（zhǎng）兩約 元") | st.characters()))
def test_translate_is_the_character_table(text: str) -> None:
    assert translate(text) == _WIDE_GROUP.sub(",", text).translate(_TRANSLATION)


def test_every_foreign_digit_is_where_translate_looks() -> None:
    # translate looks for digits of other scripts only in the blocks its pattern names
    every = "".join(map(chr, range(0x110000)))
    foreign = [char for char in re.findall(r"\d", every) if not char.isascii()]
    assert len(foreign) > 600  # Unicode has some 650
    assert [char for char in foreign if _TRANSLATABLE.match(char) is None] == []
    assert {translate(char) for char in foreign} == set("0123456789")
    assert translate("增长٣.٥%，１٢三") == "增长3.5%，12三"


@given(st.text(alphabet=st.sampled_from("增長(zhǎng)长ab1 \u200b\u200d（)") | st.characters()))
def test_removed_is_an_annotation_or_an_invisible_character(text: str) -> None:
    # the one pattern that starts with a class finds what the plain alternation finds
    plain = re.compile(_PINYIN.pattern + f"|[{_INVISIBLE_CHARS}]")
    assert [m.span() for m in _REMOVED.finditer(text)] == [m.span() for m in plain.finditer(text)]
