"""The district report: what ``licheng report`` prints, as data first and text second."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterable

import attrs

from licheng._checks import Finding, check
from licheng._derive import Derivation, DerivationKind, derive
from licheng._figures import Figure
from licheng._formatting import format_figure, format_growth
from licheng._locale import locale_info
from licheng._model import (
    Basis,
    District,
    Enterprise,
    Indicator,
    Industry,
    Measure,
    Park,
    Project,
    Role,
)
from licheng._periods import Period
from licheng._render import markdown_table, text_table, wrap_to_width
from licheng._script import to_locale_script

__all__ = ["Report", "ReportRow", "ReportSection", "build_report"]

FORMATS = ("text", "markdown", "json", "csv")


@attrs.frozen
class _Words:
    profile: str
    place: str  # the district within its city and province, those the data set names
    place_separator: str
    dated: str
    industries: str
    qualified: str  # a row's label with what sets it apart: its own period, a sequential basis
    sequential: str
    source: str
    year_inferred: str
    platform: str
    lineup: str
    item: str
    value: str
    note: str
    derived: str
    derived_intro: str
    findings: str
    no_findings: str
    implied: str
    share_of: str
    year_earlier: str
    separator: str
    roles_open: str
    roles_close: str


_ZH_HANS = _Words(
    profile="{place}{period}产业概况",
    place="{name}（{within}）",
    place_separator="，",
    dated="{period}",
    industries="产业",
    qualified="{label}（{detail}）",
    sequential="环比",
    source="来源",
    year_inferred="年份为推断",
    platform="主阵地",
    lineup="“{lineup}”主导产业",
    item="项目",
    value="数值",
    note="说明",
    derived="推算数字",
    derived_intro="新闻稿未公布、由其数字推算，区间按原数字的书写精度与限定词计算。",
    findings="一致性检查",
    no_findings="未发现矛盾。",
    implied="{subject}（推算）",
    share_of="{subject}占{base}比重",
    year_earlier="{subject}{period}{measure}",
    separator="、",
    roles_open="（",
    roles_close="）",
)
_ZH_HANT = attrs.evolve(
    _ZH_HANS,
    profile="{place}{period}產業概況",
    industries="產業",
    sequential="環比",
    source="來源",
    year_inferred="年份為推斷",
    platform="主陣地",
    lineup="「{lineup}」主導產業",
    item="項目",
    value="數值",
    note="說明",
    derived="推算數字",
    derived_intro="新聞稿未公布、由其數字推算，區間按原數字的書寫精度與限定詞計算。",
    findings="一致性檢查",
    no_findings="未發現矛盾。",
    implied="{subject}（推算）",
    share_of="{subject}占{base}比重",
)
_EN = _Words(
    profile="{place}: industry profile{period}",
    place="{name}, {within}",
    place_separator=", ",
    dated=", {period}",
    industries="Industries",
    qualified="{label} ({detail})",
    sequential="period on period",
    source="Source",
    year_inferred="year inferred",
    platform="Main platform",
    lineup='"{lineup}" leading industries',
    item="Item",
    value="Value",
    note="Note",
    derived="Derived figures",
    derived_intro=(
        "Not printed in the release but implied by its figures; bounds follow the written "
        "precision and qualifiers of the inputs."
    ),
    findings="Consistency checks",
    no_findings="No contradictions found.",
    implied="{subject} (implied)",
    share_of="{subject} as a share of {base}",
    year_earlier="{subject} {measure}, {period}",
    separator=", ",
    roles_open=" (",
    roles_close=")",
)


@attrs.frozen
class ReportRow:
    """One line of the report: a label, the value as text, an optional note and the figure."""

    item: str
    value: str
    note: str = ""
    figure: Figure | None = None


@attrs.frozen
class ReportSection:
    """A titled group of rows (the district, one industry, derived figures, findings)."""

    title: str
    rows: tuple[ReportRow, ...]
    intro: str = ""


@attrs.frozen
class Report:
    """The district report in one locale, ready to render as text, Markdown, JSON or CSV.

    Examples:
        >>> from licheng.datasets import licheng_2025h1
        >>> report = build_report(licheng_2025h1(), "en_US")
        >>> report.sections[0].title
        'Licheng District, Jinan, Shandong: industry profile, H1 2025'
        >>> [row.value for row in report.sections[-2].rows][:1]
        ['about 18.6 billion yuan (18.2–19.0 billion)']
    """

    locale: str
    district: District
    sections: tuple[ReportSection, ...]
    findings: tuple[Finding, ...]

    def render(self, fmt: str = "text", *, width: int = 80) -> str:
        """The report as ``text`` (an aligned table), ``markdown``, ``json`` or ``csv``."""
        if fmt == "text":
            return self._text(width)
        if fmt == "markdown":
            return self._markdown()
        if fmt == "json":
            return json.dumps(self._data(), ensure_ascii=False, indent=2) + "\n"
        if fmt == "csv":
            return self._csv()
        msg = f"unknown report format {fmt!r}; expected one of {', '.join(FORMATS)}"
        raise ValueError(msg)

    def _text(self, width: int) -> str:
        blocks = []
        for index, section in enumerate(self.sections):
            lines = [section.title, "=" * min(width, 78)] if index == 0 else [section.title]
            if index:
                lines.append("-" * min(width, 78))
            if section.intro:
                lines += wrap_to_width(section.intro, width)
            if section.rows:
                has_notes = any(row.note for row in section.rows)
                header, rows = self._table(section, notes=has_notes)
                lines.append(text_table(header, rows, max_width=width))
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks) + "\n"

    def _markdown(self) -> str:
        blocks = []
        for index, section in enumerate(self.sections):
            lines = [("# " if index == 0 else "## ") + section.title, ""]
            if section.intro:
                lines += [section.intro, ""]
            if section.rows:
                header, rows = self._table(section, notes=any(r.note for r in section.rows))
                lines.append(markdown_table(header, rows))
            blocks.append("\n".join(lines).rstrip())
        return "\n\n".join(blocks) + "\n"

    def _table(self, section: ReportSection, *, notes: bool) -> tuple[list[str], list[list[str]]]:
        words = _words(self.locale)
        header = [words.item, words.value] + ([words.note] if notes else [])
        rows = [[row.item, row.value] + ([row.note] if notes else []) for row in section.rows]
        return header, rows

    def _data(self) -> dict[str, object]:
        district = self.district
        return {
            "locale": self.locale,
            "district": {
                "name": district.name,
                "name_en": district.name_en,
                "city": district.city,
                "province": district.province,
                "main_platform": district.main_platform,
                "lineup": district.lineup,
            },
            "sections": [
                {
                    "title": section.title,
                    "intro": section.intro,
                    "rows": [
                        {
                            "item": row.item,
                            "value": row.value,
                            "note": row.note,
                            "figure": None if row.figure is None else _figure_data(row.figure),
                        }
                        for row in section.rows
                    ],
                }
                for section in self.sections
            ],
            "findings": [
                {"kind": finding.kind.value, "message": finding.message}
                for finding in self.findings
            ],
        }

    def _csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        columns = ["value", "unit", "qualifier", "low", "high", "approximate", "derived"]
        writer.writerow(["section", "item", "text", "note", *columns])
        for section in self.sections:
            for row in section.rows:
                data = {} if row.figure is None else _figure_data(row.figure)
                writer.writerow(
                    [section.title, row.item, row.value, row.note]
                    + ["" if data.get(c) is None else str(data[c]) for c in columns]
                )
        return out.getvalue()


def _figure_data(figure: Figure) -> dict[str, object]:
    low, high = figure.low_magnitude, figure.high_magnitude
    return {
        "value": str(figure.magnitude),
        "unit": figure.unit,
        "qualifier": figure.qualifier.value,
        "low": None if low is None else str(low),
        "high": None if high is None else str(high),
        "approximate": figure.approximate,
        "derived": figure.derived,
    }


def _words(locale: str) -> _Words:
    info = locale_info(locale)
    if info.chinese:
        return _ZH_HANT if info.traditional else _ZH_HANS
    return _EN


def _period_text(period: Period | None, locale: str) -> str:
    from licheng._indicators import _period_name  # one helper, kept private

    if period is None:
        return ""
    info = locale_info(locale)
    name = _period_name(period, info)
    if info.chinese:
        return f"{period.year}年{name}" if not name.startswith(str(period.year)) else name
    return name


def _name(zh: str, en: str | None, locale: str) -> str:
    if locale_info(locale).chinese or not en:
        return to_locale_script(zh, locale)  # data is Simplified; zh_Hant shows Traditional
    return en


# What a share, a growth rate or a change in points of a measure is called, after the measure.
_ROLE_WORDS = {
    Role.SHARE: ("占比", "share"),
    Role.GROWTH: ("增速", "growth"),
    Role.CHANGE_PP: ("变化（百分点）", "change (percentage points)"),
}


def _label(indicator: Indicator, locale: str) -> str:
    zh, en = _ROLE_WORDS.get(indicator.role, ("", ""))
    if locale_info(locale).chinese:
        return to_locale_script(indicator.label or f"{indicator.measure.zh}{zh}", locale)
    return _capitalized(indicator.label_en or f"{indicator.measure.en} {en}".rstrip())


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def _value(indicator: Indicator, locale: str) -> str:
    figure = indicator.figure
    chinese = locale_info(locale).chinese
    if indicator.measure is Measure.AREA and not chinese and figure.unit in {"亩", "mu"}:
        # Readers outside China expect hectares; the figure as written follows in brackets.
        text = f"{format_figure(figure, locale, unit='hectare')} ({format_figure(figure, locale)})"
    else:
        text = format_figure(figure, locale)
    if indicator.yoy is not None:
        growth = format_growth(indicator.yoy, locale)
        text = f"{text}，{growth}" if chinese else f"{text}, {growth}"
    return text


def _indicator_rows(
    indicators: Iterable[Indicator], locale: str, main: Period | None, prefix: str = ""
) -> list[ReportRow]:
    return [
        ReportRow(
            f"{prefix}{_qualified(indicator, locale, main)}",
            _value(indicator, locale),
            "",
            indicator.figure,
        )
        for indicator in indicators
    ]


def _qualified(indicator: Indicator, locale: str, main: Period | None) -> str:
    """The label, with a period other than the report's and a sequential basis said.

    Two rows 规上工业总产值 705亿元 and 1059亿元 of 2021 and 2024 read as one figure twice.
    """
    words = _words(locale)
    details = []
    if indicator.period is not None and indicator.period != main:
        details.append(_period_text(indicator.period, locale))
    if indicator.basis is Basis.MOM:
        details.append(words.sequential)
    label = _label(indicator, locale)
    if not details:
        return label
    return words.qualified.format(label=label, detail=words.separator.join(details))


def _industry_section(
    industry: Industry, parks: dict[str, Park], locale: str, main: Period | None
) -> ReportSection:
    words = _words(locale)
    chinese = locale_info(locale).chinese
    roles = words.separator.join(
        to_locale_script(role.zh, locale) if chinese else role.en for role in industry.roles
    )
    title = _name(industry.name, industry.name_en, locale)
    if not chinese:
        title = _capitalized(title)
    if roles:
        title = f"{title}{words.roles_open}{roles}{words.roles_close}"
    if industry.headline is not None:
        headline = _name(industry.headline.zh, industry.headline.en, locale)
        title = f"{title} — {headline}"
    rows = _indicator_rows(industry.indicators, locale, main)
    for park_name in industry.parks:
        park = parks.get(park_name)
        if park is None or not park.indicators:
            continue
        prefix = f"{_name(park.name, park.name_en, locale)} · "
        rows += _indicator_rows(park.indicators, locale, main, prefix)
    return ReportSection(title, tuple(rows))


def _derived_row(item: Derivation, locale: str) -> ReportRow:
    words = _words(locale)
    chinese = locale_info(locale).chinese
    subject = _name(item.subject, item.subject_en, locale)
    inputs = [format_figure(indicator.figure, locale) for indicator in item.inputs]
    if item.kind is DerivationKind.IMPLIED_TOTAL:
        label = _capitalized(words.implied.format(subject=subject))
        note = f"{inputs[0]} ÷ {inputs[1]}"
    elif item.kind is DerivationKind.SHARE_OF_TOTAL:
        base = _name(item.base or "", item.base_en, locale)
        label = _capitalized(words.share_of.format(subject=subject, base=base))
        note = f"{inputs[0]} ÷ {words.implied.format(subject=base)}"
    else:
        measure = to_locale_script(item.measure.zh, locale) if chinese else item.measure.en
        label = _capitalized(
            words.year_earlier.format(
                subject=subject, measure=measure, period=_period_text(item.period, locale)
            )
        )
        growth = item.inputs[0].yoy
        rate = "" if growth is None else format_figure(growth, locale)
        note = f"{inputs[0]} ÷ (1 + {rate})"
    if chinese:  # the template's words too, so that 占/佔 agree with the data's labels
        label = to_locale_script(label, locale)
    return ReportRow(label, format_figure(item.figure, locale, bounds=True), note, item.figure)


def _own_rows(district: District, locale: str, main: Period | None) -> list[ReportRow]:
    """The district's own figures; a sector's or another region's is prefixed with its name."""
    rows: list[ReportRow] = []
    for indicator in district.own_indicators:
        itself = indicator.subject in {district.name, "全区", "本区"}
        prefix = "" if itself else f"{_name(indicator.subject, None, locale)} · "
        rows += _indicator_rows([indicator], locale, main, prefix)
    return rows


def _holder_sections(district: District, locale: str, main: Period | None) -> list[ReportSection]:
    """A section for each park no industry lists, and each enterprise or project, with figures."""
    listed = {name for industry in district.industries for name in industry.parks}
    holders: list[Park | Enterprise | Project] = [
        park for park in district.parks if park.name not in listed
    ]
    holders += [*district.enterprises, *district.projects]
    return [
        ReportSection(
            _name(holder.name, holder.name_en, locale),
            tuple(_indicator_rows(holder.indicators, locale, main)),
        )
        for holder in holders
        if holder.indicators
    ]


def _main_period(district: District) -> Period | None:
    periods = Counter(i.period for i in district.indicators if i.period is not None)
    return periods.most_common(1)[0][0] if periods else None


def build_report(district: District, locale: str) -> Report:
    """Gather the district, its industries, the derived figures and the findings in ``locale``.

    Raises:
        LocaleError: ``locale`` is not a locale babel knows.

    Examples:
        >>> from licheng.datasets import licheng_2025h1
        >>> report = build_report(licheng_2025h1(), "zh_Hans_CN")
        >>> report.sections[0].title
        '历城区（济南市，山东省）2025年上半年产业概况'
        >>> [(row.item, row.value) for row in report.sections[1].rows[:2]]
        [('规上医药生产企业', '14家'), ('产值', '52.2亿元')]
    """
    locale = str(locale_info(locale).locale)
    words = _words(locale)
    chinese = locale_info(locale).chinese
    period = _main_period(district)
    within = [
        _name(name, name_en, locale)
        for name, name_en in (
            (district.city, district.city_en),
            (district.province, district.province_en),
        )
        if name
    ]
    place = _name(district.name, district.name_en, locale)
    heading = words.profile.format(
        place=words.place.format(name=place, within=words.place_separator.join(within))
        if within
        else place,
        period="" if period is None else words.dated.format(period=_period_text(period, locale)),
    )
    parks = {park.name: park for park in district.parks}
    overview: list[ReportRow] = []
    if district.main_platform:
        platform = parks.get(district.main_platform)
        name = (
            _name(district.main_platform, None, locale)
            if platform is None
            else _name(platform.name, platform.name_en, locale)
        )
        overview.append(ReportRow(words.platform, name))
    if district.industries:
        # The line-up "3+2" groups the industries: 现代医药、集成电路、高端装备 + 人工智能 ….
        groups: dict[str | None, list[str]] = {}
        for industry in district.industries:
            groups.setdefault(industry.lineup, []).append(
                _name(industry.name, industry.name_en, locale)
            )
        names = " + ".join(words.separator.join(group) for group in groups.values())
        label = words.lineup.format(lineup=district.lineup) if district.lineup else words.industries
        overview.append(ReportRow(label, names))
    source = district.source
    if source is not None:
        publisher = _name(source.publisher, None if chinese else source.publisher_en, locale)
        parts = [publisher, str(source.date) if source.date else ""]
        if any("year inferred" in note for note in source.notes):
            parts.append(f"({words.year_inferred})")
        overview.append(ReportRow(words.source, " ".join(p for p in parts if p)))
    overview += _own_rows(district, locale, period)
    sections = [ReportSection(heading, tuple(overview))]
    sections += [
        _industry_section(industry, parks, locale, period) for industry in district.industries
    ]
    sections += _holder_sections(district, locale, period)
    derivations = derive(district)
    if derivations:
        sections.append(
            ReportSection(
                words.derived,
                tuple(_derived_row(item, locale) for item in derivations),
                words.derived_intro,
            )
        )
    findings = check(district)
    finding_rows = tuple(
        ReportRow(
            to_locale_script(finding.kind.zh, locale) if chinese else finding.kind.en,
            to_locale_script(finding.message, locale),
        )
        for finding in findings
    )
    sections.append(
        ReportSection(words.findings, finding_rows, "" if findings else words.no_findings)
    )
    return Report(locale, district, tuple(sections), findings)
