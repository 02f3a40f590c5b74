from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from matplotlib.text import Text

from licheng import plot
from licheng.datasets import licheng_2025h1
from licheng.exceptions import MissingFontWarning


def _texts(chart: object) -> list[str]:
    return [t.get_text() for t in chart.findobj(Text) if t.get_text()]  # type: ignore[attr-defined]


def test_output_chart_in_english() -> None:
    chart = plot.plot_output(licheng_2025h1(), locale="en_US")
    chart.draw_without_rendering()
    texts = _texts(chart)
    assert "Output value by industry, H1 2025 (billion yuan)" in texts
    assert "Modern medicine" in texts
    assert "about 19.7%\nup 10% year on year" in texts
    assert "28%" in texts  # the printed share of output value (role share) annotates its bar
    heights = [bar.get_height() for bar in chart.axes[0].patches]
    assert heights == pytest.approx([5.22, 3.67])


def test_park_chart_in_hectares() -> None:
    chart = plot.plot_park_areas(licheng_2025h1(), locale="en_US")
    chart.draw_without_rendering()
    texts = _texts(chart)
    assert "Park areas (hectares)" in texts
    assert "more than 400 mu" in texts
    assert "400,000 square meters" in texts


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


def test_missing_font_warns_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(plot, "find_cjk_font", lambda: None)
    monkeypatch.setattr(plot, "_warned", False)
    with pytest.warns(MissingFontWarning, match="no font with Chinese glyphs"):
        plot.save_report_charts(licheng_2025h1(), tmp_path / "a.png", locale="zh_Hans_CN")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        plot.save_report_charts(licheng_2025h1(), tmp_path / "b.png", locale="zh_Hans_CN")
    assert (tmp_path / "b.png").stat().st_size > 10_000


def test_find_cjk_font_prefers_known_families() -> None:
    assert plot.find_cjk_font(["Foo", "SimHei", "WenQuanYi Micro Hei"]) == "WenQuanYi Micro Hei"
    assert plot.find_cjk_font(["Foo", "Some CJK Font"]) == "Some CJK Font"
    assert plot.find_cjk_font(["Foo"]) is None
