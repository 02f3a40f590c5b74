"""Text tables: display width and the CJK line-breaking rules."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from licheng._render import display_width, text_table, wrap_to_width

CLOSING = "）」』】〕〉》，。、；：！？"
OPENING = "（「『【〔〈《"
_HAN = "产值亿元万企业家同比增长不高于约近超"

# Text as releases write it: words of Han characters or digits, some in brackets, followed by a
# comma or a full stop. Any unbreakable run is at most 8 columns wide, so that the rules can hold
# (a longer run is cut where it must). “ and ” are left out: Unicode classes them as quotation
# marks that glue to both neighbours, so they make runs of any length.
_WORD = st.tuples(
    st.sampled_from(["", *OPENING]),
    st.text(alphabet=_HAN, min_size=1, max_size=3) | st.from_regex(r"[0-9]{1,2}", fullmatch=True),
    st.sampled_from(["", *CLOSING]),
).map("".join)


def test_a_closing_bracket_never_starts_a_line() -> None:
    # Before: ['近821亿元（不高于820亿', '元', '）'] style breaks, with "）" alone on a line.
    lines = wrap_to_width("近821亿元（不高于820亿元）", 9)
    assert lines == ["近821亿元", "（不高于", "820亿元）"]
    assert not any(line.startswith("）") for line in lines)


def test_a_table_cell_wraps_by_the_line_breaking_rules() -> None:
    table = text_table(["项目", "数值"], [["产值", "近821亿元（不高于820亿元）"]], max_width=16)
    for line in table.splitlines()[2:]:
        assert not line.split("  ")[-1].strip().startswith(tuple(CLOSING))
        assert display_width(line) <= 16


@given(st.lists(_WORD, min_size=1, max_size=8).map("".join), st.integers(8, 30))
def test_wrapped_lines_fit_and_obey_the_cjk_rules(text: str, width: int) -> None:
    lines = wrap_to_width(text, width)
    assert all(display_width(line) <= width for line in lines)
    assert "".join(lines) == text  # nothing lost, nothing added
    for before, after in itertools.pairwise(lines):
        assert after[0] not in CLOSING, lines
        assert before[-1] not in OPENING, lines
