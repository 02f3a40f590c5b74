"""Where the numeral reader lived before ``licheng._parse.numerals``."""

from __future__ import annotations

from licheng._parse.numerals import Numeral, parse_numeral, read_numeral

__all__ = ["Numeral", "parse_numeral", "read_numeral"]
