"""The reader's per-clause shortcuts give what the rules they stand for give."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from licheng._read import _structure
from licheng._read import _vocab as v

# the characters LEAD_RE's branches are written with, and a few that end or break them
_LEAD_ALPHABET = "".join(
    sorted(set(v.LEAD_RE.pattern) | set("9日月年发布公表示指出的数据显示区市，。 增长"))
)


@given(st.text(alphabet=_LEAD_ALPHABET, max_size=30))
def test_lead_strip_is_lead_re_sub(text: str) -> None:
    assert _structure._lead_strip(text) == v.LEAD_RE.sub("", text)


def test_lead_strip_dated_report() -> None:
    # the branch the shortcut leaves out where no reporting verb is written
    text = "国家统计局9日发布的数据显示全区工业增加值"
    assert _structure._lead_strip(text) == "全区工业增加值"
    assert _structure._lead_strip("其中,全区工业增加值") == "全区工业增加值"
