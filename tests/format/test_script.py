"""A Traditional Chinese report is Traditional all the way: names and labels from the data too."""

from __future__ import annotations

import io
import json
import sys
from contextlib import redirect_stdout

import attrs
import opencc
import pytest

import licheng
from licheng import _script
from licheng._cli import main
from licheng._report import build_report
from licheng._script import to_locale_script
from licheng.datasets import laiwu_2022_2025, licheng_2025h1, zhangqiu_2025h1

TO_SIMPLIFIED = opencc.OpenCC("t2s").convert


def _report(*args: str) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["report", *args]) == 0
    return out.getvalue()


def _names_and_labels(locale: str) -> list[str]:
    """Section titles, row labels and the names in the overview of the report in ``locale``."""
    report = build_report(licheng_2025h1(), locale)
    texts = [section.title for section in report.sections]
    texts += [row.item for section in report.sections for row in section.rows]
    texts += [row.value for row in report.sections[0].rows]  # platform, industries, publisher
    return texts


@pytest.mark.parametrize("locale", ["zh_Hant_TW", "zh_Hant_HK", "zh_Hant_MO", "zh_Hant"])
def test_names_and_labels_have_no_simplified_character(locale: str) -> None:
    config = _script._CONFIGS.get(locale.rpartition("_")[2], _script._DEFAULT_CONFIG)
    convert = opencc.OpenCC(config).convert
    texts = _names_and_labels(locale)
    assert len(texts) > 30
    for text in texts:
        # a Simplified character would be converted; and back in Simplified and forth again,
        # the label comes out the same
        assert convert(text) == text
        assert convert(TO_SIMPLIFIED(text)) == text


@pytest.mark.parametrize("fmt", ["text", "markdown", "csv", "json"])
def test_the_command_prints_the_converted_names(fmt: str) -> None:
    text = _report("--locale", "zh_Hant_TW", "--format", fmt)
    district = licheng_2025h1()
    names = [industry.name for industry in district.industries]
    assert all(to_locale_script(name, "zh_Hant_TW") in text for name in names)
    assert not any(name in text for name in names)  # none left in Simplified
    assert "歷城區" in text
    # converted back, the name is the data's
    assert district.name in TO_SIMPLIFIED(text)


def test_the_simplified_report_shows_names_as_the_data_writes_them() -> None:
    text = _report("--locale", "zh_Hans_CN")
    district = licheng_2025h1()
    assert district.name in text
    assert all(industry.name in text for industry in district.industries)
    assert "歷城區" not in text


def test_taiwan_and_hong_kong_have_their_own_words() -> None:
    taiwan = _report("--locale", "zh_Hant_TW")
    hong_kong = _report("--locale", "zh_Hant_HK")
    assert "歷城區（濟南市，山東省）" in taiwan
    assert "歷城區（濟南市，山東省）" in hong_kong
    # 人工智能 is 人工智慧 in Taiwan (s2twp), and stays 人工智能 in Hong Kong (s2hk)
    assert "人工智慧" in taiwan
    assert "人工智能" not in taiwan
    assert "人工智能" in hong_kong
    assert "人工智慧" not in hong_kong


def test_json_keeps_the_data_and_converts_the_report() -> None:
    data = json.loads(_report("--locale", "zh_Hant_TW", "--format", "json"))
    assert data["district"]["name"] == licheng_2025h1().name  # the data, as it is
    assert data["sections"][0]["title"].startswith("歷城區")
    convert = opencc.OpenCC("s2twp").convert
    items = [row["item"] for section in data["sections"] for row in section["rows"]]
    assert all(convert(item) == item for item in items)


def test_english_and_simplified_text_is_left_alone() -> None:
    assert to_locale_script("历城区", "en_US") == "历城区"
    assert to_locale_script("历城区", "zh_Hans_CN") == "历城区"
    assert to_locale_script("", "zh_Hant_TW") == ""
    english = build_report(licheng_2025h1(), "en_US").sections[0].title
    assert english.startswith("Licheng District")


def test_a_title_names_only_the_places_and_period_the_data_set_has() -> None:
    # a district read from a release knows no city or province: no empty （，） in its title
    bare = attrs.evolve(licheng_2025h1(), city=None, province=None)
    assert build_report(bare, "zh_Hans_CN").sections[0].title == "历城区2025年上半年产业概况"
    english = build_report(bare, "en_US").sections[0].title
    assert english == "Licheng District: industry profile, H1 2025"
    no_province = attrs.evolve(licheng_2025h1(), province=None)
    assert build_report(no_province, "zh_Hant_TW").sections[0].title.startswith("歷城區（濟南市）")


def test_a_row_of_another_period_or_a_sequential_basis_says_so() -> None:
    district = laiwu_2022_2025()
    title, *_ = build_report(district, "zh_Hans_CN").sections[0].title.partition("产业概况")
    items = [row.item for row in build_report(district, "zh_Hans_CN").sections[0].rows]
    # 705亿元 of 2012 and 1059亿元 of the report's year are two rows one can tell apart
    assert "规上工业 · 规上工业总产值（2012年全年）" in items
    assert "规上工业 · 规上工业总产值" in items
    assert "2021" in title
    reading = licheng.read(
        "香港第三季本地生产总值按年上升3.8%,经季节性调整后按季上升0.7%。", place="香港"
    )
    assert [str(i.basis) for i in reading.indicators] == ["yoy", "mom"]
    read = reading.to_district()
    rows = [row.item for row in build_report(read, "zh_Hant_HK").sections[0].rows]
    assert rows[-1].endswith("（環比）")
    assert not rows[-2].endswith("）")
    english = [row.item for row in build_report(read, "en_US").sections[0].rows]
    assert english[-1].endswith("(period on period)")


def test_the_overviews_own_words_are_in_the_locales_script() -> None:
    rows = build_report(attrs.evolve(licheng_2025h1(), lineup=None), "zh_Hant_TW").sections[0]
    assert "產業" in [row.item for row in rows.rows]  # not 产业
    # a sector's figure is prefixed with the sector's name, converted like the label after it
    items = [row.item for row in build_report(zhangqiu_2025h1(), "zh_Hant_TW").sections[0].rows]
    assert "規上工業 · 規上工業總產值" in items


def test_conversion_is_idempotent_on_its_output() -> None:
    names = [industry.name for industry in licheng_2025h1().industries]
    for locale in ("zh_Hant_TW", "zh_Hant_HK"):
        once = [to_locale_script(name, locale) for name in names]
        assert [to_locale_script(name, locale) for name in once] == once


def test_without_opencc_names_stay_simplified_with_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "opencc", None)  # import opencc now raises ImportError
    _script._converter.cache_clear()
    try:
        with pytest.warns(UserWarning, match=r"licheng\[hant\]"):
            assert to_locale_script("历城区", "zh_Hant_TW") == "历城区"
    finally:
        _script._converter.cache_clear()
        monkeypatch.undo()
    assert to_locale_script("历城区", "zh_Hant_TW") == "歷城區"
