"""The reader's per-clause shortcuts give what the rules they stand for give."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

import licheng
from licheng._read import _names, _structure
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


def _stripped_reference(name: str, region: str | None) -> str:
    """``_names._stripped`` with every pattern run, as it was written before its pre-checks."""
    name = _names._LEADING_PUNCTUATION.sub("", name)
    if name.startswith(_names._QUALIFIER_HEADS):
        name = _names._MEASURE_QUALIFIER.sub("", name)
    name = v.LEAD_RE.sub("", name)
    mark = v.PERIOD_RE.match(name) if v.PERIOD_HINT.search(name) else None
    if mark is not None and mark.group():
        name = _names._after_period(name[mark.end() :])
    name = v.LEAD_RE.sub("", name)
    name = _names._STRIP_TRAIL.sub("", name)
    words = (region, *_names._OWN_REGION_WORDS) if region else _names._OWN_REGION_WORDS
    for word in words if name.startswith(words) else ():
        if name.startswith(word) and len(name) > len(word):
            name = name[len(word) :]
            break
    name = re.sub(r"^(?:实现|完成|累计|共|新增)", "", name)
    name = re.sub(r"(?:呈现|呈)$", "", name)
    name = re.sub(r"(?<=.)(?:截至|截止).*$", "", name, flags=re.DOTALL)
    name = name.strip()
    set_aside = name.startswith(_names._SET_ASIDE)
    return "" if name in _names._NOT_NAMES or name.endswith("方面") or set_aside else name


_NAME_ALPHABET = (
    "的之在中共均都也还则就，, \n“”、实现完成累计新增呈总数率高低全区我市其中今年1至9月份园企业"
    "截至止内方面相关"
)


@given(st.text(alphabet=_NAME_ALPHABET, max_size=16), st.sampled_from([None, "全区", "全市"]))
def test_stripped_is_every_pattern_run(name: str, region: str | None) -> None:
    assert _names._stripped(name, region) == _stripped_reference(name, region)


def test_places_a_rate_is_compared_with_hold_their_own_rates() -> None:
    text = "主計總處指出今年首季我國經濟成長8.16%,優於韓國的1.8%,新加坡的0.2%,也優於美國的0.4%。"
    rows = [(i.subject, str(i.role)) for i in licheng.read(text).indicators]
    assert rows == [
        ("我國", "growth"),
        ("韓國", "growth"),
        ("新加坡", "growth"),
        ("美國", "growth"),
    ]
    text = "全市工业增加值增长8%,高于全省的6%,全国的5%。"
    rows = [(i.subject, str(i.role)) for i in licheng.read(text).indicators]
    assert rows == [("工业", "growth"), ("全省", "growth"), ("全国", "growth")]
    # a share is still a share of its whole
    text = "全市工业增加值增长8%,占全省的6%。"
    assert [str(i.role) for i in licheng.read(text).indicators] == ["growth", "share"]


def test_a_list_of_bare_rates_after_a_share_goes_on_with_shares() -> None:
    text = "全省实现产值企业511户,比重为80.6%。其中:西宁市比重为83.5%,海东市73.9%,海西州84.1%。"
    rows = [(i.subject, str(i.role)) for i in licheng.read(text).indicators][2:]
    assert rows == [("西宁市", "share"), ("海东市", "share"), ("海西州", "share")]
    # after a growth rate they are growth rates, and a clause with its own verb says its own
    text = "全市工业增加值增长8%,海东市7.9%,海西州比重为4.1%。"
    assert [str(i.role) for i in licheng.read(text).indicators] == ["growth", "growth", "share"]
    text = "全省实现产值企业511户,比重为80.6%。西宁市比重为83.5%,海东市增长7.9%。"
    assert [str(i.role) for i in licheng.read(text).indicators][2:] == ["share", "growth"]


def test_the_roc_era_is_no_holder() -> None:
    text = "民國100年11月、12月外銷訂單分別為366.5億美元、363.1億美元。"
    subjects = {i.subject for i in licheng.read(text, place="臺灣").indicators}
    assert subjects == {"全國"}  # the nation's, as every national figure of a Taiwan page


def test_each_segment_of_a_run_with_its_own_verb_holds_its_rate() -> None:
    text = "分行业看,汽车制造业增长12%、医药制造业增长8%、化学原料制造业下降3.7%。"
    subjects = [i.subject for i in licheng.read(text).indicators]
    assert subjects == ["汽车制造业", "医药制造业", "化学原料制造业"]
    # a verb phrase, a comparison or a basis after the 、 is no holder
    text = "规模以上装备制造业增加值增长8.1%、拉动规模工业增长2.5个百分点。"
    assert {i.subject for i in licheng.read(text).indicators} == {"规模以上装备制造业"}
    text = "新能源汽车产量达184.1万辆、同比增长17.0%。"
    assert {i.subject for i in licheng.read(text).indicators} == {"新能源汽车"}
