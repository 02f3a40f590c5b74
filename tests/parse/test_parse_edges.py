"""Edges of the parser found in review (issue 15), each test named after what it protects."""

from __future__ import annotations

import pytest

from licheng import Figure, extract, normalize, parse_figure
from licheng._parse.context import _URL_WINDOW, _in_url
from licheng._parse.numerals import parse_numeral
from licheng.exceptions import ParseError


def test_a_long_list_of_numbers_is_no_figure_and_read_in_one_pass() -> None:
    # Each number of 1,1,1,… is looked at as a possible list and URL; the look back for a URL
    # is one match over a bounded window, so the whole text takes linear time.
    assert extract("1," * 10_000) == []


def test_a_url_is_looked_for_only_in_a_bounded_window() -> None:
    text = "http://example.com/" + "a" * _URL_WINDOW + "30%"
    assert not _in_url(text, len(text) - 3)
    near = "http://example.com/a?q=30%"
    assert _in_url(near, near.index("30"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("٣亿元", Figure("3", "亿元")),  # Arabic-Indic
        ("1٣亿元", Figure("13", "亿元")),
        ("४५%", Figure("45", "percent")),  # Devanagari
        ("３亿元", Figure("3", "亿元")),  # full-width, as before
    ],
)
def test_digits_of_every_script_read_as_ascii_digits(text: str, expected: Figure) -> None:
    assert parse_figure(text) == expected
    [mention] = extract(text)
    assert mention.figure == expected
    assert mention.surface == text


def test_normalize_writes_every_decimal_digit_in_ascii() -> None:
    assert normalize("٣亿元，४५%，๑๒").text == "3亿元，45%，12"
    assert normalize("m²").text == "m²"  # a superscript is no decimal digit


def test_a_number_grouped_by_a_space_is_no_zero() -> None:
    assert extract("1 000元") == []
    with pytest.raises(ParseError):
        parse_figure("1 000元")


@pytest.mark.parametrize("text", ["000元", "007家", "01-5亿元", "0,123元", "编号0086元"])
def test_a_leading_zero_in_running_text_makes_a_code_not_a_figure(text: str) -> None:
    assert extract(text) == []


def test_a_whole_expression_may_have_a_leading_zero() -> None:
    assert parse_numeral("01") == 1  # a month in 2025M01
    assert parse_figure("007家") == Figure("7", "家")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("0元", Figure("0", "元")), ("0.5亿元", Figure("0.5", "亿元")), ("1百01", Figure("101", ""))],
)
def test_zero_and_a_zero_inside_a_numeral_still_read(text: str, expected: Figure) -> None:
    assert parse_figure(text) == expected


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_zero_width_characters_are_ignored(invisible: str) -> None:
    text = f"产值52.2亿{invisible}元"
    assert normalize(text).text == "产值52.2亿元"
    [mention] = extract(text)
    assert mention.figure == Figure("52.2", "亿元")
    assert mention.surface == f"52.2亿{invisible}元"
    assert parse_figure(f"{invisible}52.2亿{invisible}元") == Figure("52.2", "亿元")


def test_more_digits_than_a_figure_holds_are_refused_not_rounded() -> None:
    with pytest.raises(ParseError):
        parse_figure("9" * 29 + "亿元")
    with pytest.raises(ParseError):
        parse_figure("9" * 29)
    assert extract("产值" + "9" * 29 + "亿元") == []
    assert parse_figure("9" * 28 + "亿元") == Figure("9" * 28, "亿元")
