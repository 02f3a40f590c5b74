from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest
from matplotlib.colors import to_hex
from matplotlib.text import Text

import licheng
from licheng import plot
from licheng._chart_bars import _DERIVED
from licheng.datasets import licheng_2025h1
from licheng.exceptions import MissingFontWarning


def _texts(chart: object) -> list[str]:
    return [t.get_text() for t in chart.findobj(Text) if t.get_text()]  # type: ignore[attr-defined]


def _words(chart: object) -> list[str]:
    """The chart's own words: title, legend and source line (names and numbers are data)."""
    axes = chart.axes[0]  # type: ignore[attr-defined]
    legend = [t.get_text() for t in axes.get_legend().get_texts()]
    source = chart._supxlabel.get_text() if chart._supxlabel else ""  # type: ignore[attr-defined]
    return [axes.get_title(), *legend, source]


def test_output_chart_in_english() -> None:
    chart = plot.plot_output(licheng_2025h1(), locale="en_US")
    chart.draw_without_rendering()
    texts = _texts(chart)
    assert "Output value by industry, H1 2025 (billion yuan)" in texts
    assert "Modern\nmedicine" in texts
    # The share says what it is a share of, and that it was derived (labels wrap).
    lines = [t.replace("-\n", "-").replace("\n", " ") for t in texts]
    assert any("about 19.7% of all above-designated-size" in t and "(derived)" in t for t in lines)
    assert "Source: People's Daily Online 2025-07-18" in texts


@pytest.mark.parametrize(
    ("locale", "title", "source"),
    [
        ("zh_Hans_CN", "2025年上半年各产业产值（亿元）", "来源：人民网 2025-07-18"),
        ("zh_Hant_TW", "2025年上半年各產業產值（億元）", "來源：人民網 2025-07-18"),
        ("en_US", "Output value by industry, H1 2025 (billion yuan)", "Source: People's Daily"),
        ("de_DE", "Produktionswert nach Branche, 1. Halbjahr 2025 (Mrd. Yuan)", "Quelle: "),
        ("ja_JP", "2025年上半期の産業別生産額（億元）", "出典："),
    ],
)
def test_titles_legend_and_source_in_the_locale(
    monkeypatch: pytest.MonkeyPatch, locale: str, title: str, source: str
) -> None:
    monkeypatch.setattr(plot, "find_cjk_font", lambda: None)
    monkeypatch.setattr(plot, "_warned", True)  # the font warning has its own test
    chart = plot.plot_output(licheng_2025h1(), locale=locale)
    words = _words(chart)
    assert words[0] == title
    assert words[-1].startswith(source)
    english = {"certain part", "reported value", "Source"}
    if not locale.startswith("en"):
        assert not any(word in text for text in words for word in english)


def test_traditional_chart_has_no_simplified_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plot, "find_cjk_font", lambda: None)
    monkeypatch.setattr(plot, "_warned", True)
    words = "".join(_words(plot.plot_park_areas(licheng_2025h1(), locale="zh_Hant_TW")))
    assert "園區面積" in words
    simplified_only = set("产业亿区间书写数据来确报开渐无亩")
    assert not simplified_only & set(words)


def test_park_chart_draws_the_interval() -> None:
    chart = plot.plot_park_areas(licheng_2025h1(), locale="zh_Hans_CN")
    axes = chart.axes[0]
    assert axes.get_title() == "各园区面积（亩）"
    # 400余亩: certain up to 400, the band from 400 to 500.
    spans = sorted((round(p.get_x(), 6), round(p.get_x() + p.get_width(), 6)) for p in axes.patches)
    assert (0.0, 400.0) in spans
    assert (400.0, 500.0) in spans


def test_an_open_side_fades_and_has_no_solid_bar() -> None:
    chart = plot.plot_measure(licheng_2025h1(), "en_US", measure="investment")
    axes = chart.axes[0]
    labels = [t.get_text() for t in axes.get_xticklabels()]
    circuits = labels.index("Integrated\ncircuits")  # 近40亿元: no lower bound
    mine = [p for p in axes.patches if abs(p.get_x() + p.get_width() / 2 - circuits) < 1e-9]
    assert mine
    assert all(p.get_alpha() is not None and p.get_alpha() < 1 for p in mine)  # faded, not solid
    alphas = [p.get_alpha() for p in sorted(mine, key=lambda p: p.get_y())]
    assert alphas == sorted(alphas)  # fading out towards zero, the open side
    assert max(p.get_y() + p.get_height() for p in mine) == pytest.approx(4.0)  # up to 40亿


def test_derived_figures_are_marked() -> None:
    chart = plot.plot_measure(licheng_2025h1(), "en_US", measure="output_value")
    axes = chart.axes[0]
    derived = [p for p in axes.patches if to_hex(p.get_facecolor()) == _DERIVED]
    assert derived
    assert all(p.get_hatch() == "//" for p in derived)
    texts = _texts(chart)
    assert any(t.endswith("(derived)") and "18.2–19.0" in t for t in texts)
    assert "derived figure (not printed in the release)" in _words(chart)


def test_plot_measure_of_a_read_table_by_period() -> None:
    frame = pd.DataFrame(
        {
            "季度": ["2024年第1季度", "2024年第1-2季度", "2024年第1-3季度"],
            "国内生产总值(亿元)": [296299.0, 616836.0, 949746.0],
        }
    )
    column = licheng.from_frame(frame)["国内生产总值(亿元)"]
    chart = plot.plot_measure(column, "en_US")
    axes = chart.axes[0]
    assert [t.get_text() for t in axes.get_xticklabels()] == ["Q1 2024", "H1 2024", "Q1–Q3 2024"]
    assert axes.get_title() == "国内生产总值 (billion yuan)"  # the header's name is data


def test_plot_measure_refuses_nothing_and_bad_options() -> None:
    with pytest.raises(ValueError, match="nothing to draw"):
        plot.plot_measure(licheng_2025h1(), "en_US", measure="duration")
    with pytest.raises(ValueError, match="by must be"):
        plot.plot_measure(licheng_2025h1(), "en_US", by="colour")


def test_chinese_labels_with_a_font(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plot, "find_cjk_font", lambda: "DejaVu Sans")
    chart = plot.plot_output(licheng_2025h1(), locale="zh_Hans_CN")
    with warnings.catch_warnings():
        # DejaVu Sans stands in for a CJK font here: it has no Chinese glyphs to draw.
        warnings.filterwarnings("ignore", message="Glyph .* missing", category=UserWarning)
        chart.draw_without_rendering()
    texts = [t for t in chart.findobj(Text) if t.get_text()]
    assert "2025年上半年各产业产值（亿元）" in [t.get_text() for t in texts]
    assert "现代医药" in [t.get_text() for t in texts]
    assert all(t.get_fontfamily()[0] == "DejaVu Sans" for t in texts)


@pytest.mark.parametrize("locale", ["zh_Hans_CN", "zh_Hant_TW", "ja_JP"])
def test_without_a_cjk_font_one_warning_and_no_glyph_warnings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, locale: str
) -> None:
    monkeypatch.setattr(plot, "find_cjk_font", lambda: None)
    monkeypatch.setattr(plot, "_warned", False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plot.save_report_charts(licheng_2025h1(), tmp_path / "b.png", locale=locale)
        plot.plot_measure(licheng_2025h1(), locale, measure="output_value").savefig(
            tmp_path / "c.png"
        )
    assert [w.category for w in caught] == [MissingFontWarning]
    assert "no font with Chinese glyphs" in str(caught[0].message)
    assert (tmp_path / "b.png").stat().st_size > 10_000


def test_english_charts_need_no_cjk_font(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(plot, "find_cjk_font", lambda: None)
    monkeypatch.setattr(plot, "_warned", False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plot.save_report_charts(licheng_2025h1(), tmp_path / "en.png", locale="en_US")
        plot.save_report_charts(licheng_2025h1(), tmp_path / "de.png", locale="de_DE")
    assert caught == []


def test_find_cjk_font_prefers_known_families() -> None:
    assert plot.find_cjk_font(["Foo", "SimHei", "WenQuanYi Micro Hei"]) == "WenQuanYi Micro Hei"
    assert plot.find_cjk_font(["Foo", "Some CJK Font"]) == "Some CJK Font"
    assert plot.find_cjk_font(["Foo"]) is None
