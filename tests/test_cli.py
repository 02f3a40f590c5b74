"""The ``licheng`` command, run as users run it: a subprocess, with output and exit status."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import licheng
from licheng._cli import environment_locale
from licheng._render import display_width

PRESS_RELEASE = (
    "上半年，现代医药产业累计完成产值52.2亿元，占全部规上工业总产值的28%。"
    "高端装备产业实现产值36.7亿元，同比增长10%。集成电路产业累计投资近40亿元，"
    "济南智能传感器产业园占地400余亩，集聚上下游重点企业30多家。算力总规模达到2300P，约占全市算力总量的44%。"
)


def run(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "", "PYTHONIOENCODING": "utf-8"}
    environment.pop("LC_MESSAGES", None)
    environment.update(env or {})
    result = subprocess.run(
        [sys.executable, "-m", "licheng", *args],
        input=stdin,
        capture_output=True,
        env=environment,
        check=False,
        timeout=120,
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode(), result.stderr.decode()
    )


def test_report_in_english() -> None:
    result = run("report", "--locale", "en_US", "--width", "200")
    assert result.returncode == 0, result.stderr
    assert "5.22 billion yuan" in result.stdout
    assert "about 18.6 billion yuan" in result.stdout
    assert "up 10% year on year" in result.stdout
    assert "more than 400 mu" in result.stdout
    assert "No contradictions found." in result.stdout
    assert result.stderr == ""


def test_report_defaults_to_simplified_chinese_without_a_language() -> None:
    result = run("report", "--width", "200")
    assert result.returncode == 0, result.stderr
    assert "历城区（济南市，山东省）2025年上半年产业概况" in result.stdout
    assert "52.2亿元" in result.stdout
    assert "约186亿元（182亿—190亿元）" in result.stdout
    assert "400余亩" in result.stdout


def test_report_follows_the_environment_locale() -> None:
    result = run("report", env={"LANG": "en_GB.UTF-8"})
    assert "5.22 billion yuan" in result.stdout


def test_report_in_traditional_chinese() -> None:
    result = run("report", "--locale", "zh_Hant_TW", "--width", "200")
    assert result.returncode == 0, result.stderr
    assert "52.2億元" in result.stdout
    assert "400餘畝" in result.stdout


@pytest.mark.parametrize("locale", ["zh_Hans_CN", "en_US", "zh_Hant_TW"])
def test_text_report_fits_80_columns(locale: str) -> None:
    result = run("report", "--locale", locale)
    widths = [display_width(line) for line in result.stdout.splitlines()]
    assert max(widths) <= 80


def test_report_as_json_holds_the_same_content() -> None:
    result = run("report", "--locale", "en_US", "--format", "json")
    data = json.loads(result.stdout)
    assert data["district"]["name"] == "历城区"
    rows = [row for section in data["sections"] for row in section["rows"]]
    values = {row["value"] for row in rows}
    assert "5.22 billion yuan" in values
    total = next(row for row in rows if row["value"].startswith("about 18.6 billion"))
    assert total["figure"]["derived"] is True
    assert total["figure"]["unit"] == "亿元"
    assert data["findings"] == []


def test_report_as_csv_and_markdown() -> None:
    rows = list(csv.DictReader(io.StringIO(run("report", "--format", "csv").stdout)))
    pharma = next(row for row in rows if row["text"] == "52.2亿元")
    assert (pharma["value"], pharma["unit"], pharma["low"], pharma["high"]) == (
        "52.2",
        "亿元",
        "52.15",
        "52.25",
    )
    markdown = run("report", "--format", "markdown", "--locale", "en_US").stdout
    assert markdown.startswith("# Licheng District")
    assert "| Output value | 5.22 billion yuan |" in markdown


def test_report_reads_a_data_set_file(tmp_path: Path) -> None:
    path = tmp_path / "district.json"
    path.write_text(licheng.to_json(licheng.datasets.licheng_2025h1()), encoding="utf-8")
    result = run("report", "--input", str(path), "--locale", "en_US")
    assert result.returncode == 0, result.stderr
    assert "5.22 billion yuan" in result.stdout


@pytest.mark.parametrize(
    ("args", "content", "expected"),
    [
        (["report", "--input", "missing.json"], None, "missing.json: no such file"),
        (["report", "--input", "{path}"], "{not json", "not a valid district data set"),
        (["report", "--input", "{path}"], '{"name": 5}', "not a valid district data set"),
        (["report", "--locale", "xx_NOPE"], None, "unknown locale 'xx_NOPE'"),
        (["report", "--dataset", "nowhere"], None, "unknown data set 'nowhere'"),
        (["extract", "missing.txt"], None, "missing.txt: no such file"),
    ],
)
def test_user_errors_are_one_line_without_traceback(
    tmp_path: Path, args: list[str], content: str | None, expected: str
) -> None:
    path = tmp_path / "bad.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = run(*[a.replace("{path}", str(path)) for a in args])
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("licheng: error: ")
    assert expected in lines[0]


def test_usage_errors_exit_2() -> None:
    result = run("report", "--format", "yaml")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


@pytest.mark.parametrize("command", ["report", "extract"])
def test_help_has_examples(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0
    assert "examples:" in result.stdout
    assert f"licheng {command}" in result.stdout


def test_extract_a_press_release(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(PRESS_RELEASE, encoding="utf-8")
    result = run("extract", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    mentions = json.loads(result.stdout)
    surfaces = [m["surface"] for m in mentions]
    for expected in [
        "52.2亿元",
        "28%",
        "36.7亿元",
        "10%",
        "近40亿元",
        "400余亩",
        "30多家",
        "2300P",
    ]:
        assert any(expected in surface for surface in surfaces), (expected, surfaces)
    for mention in mentions:
        assert PRESS_RELEASE[mention["start"] : mention["end"]] == mention["surface"]
    growth = next(m for m in mentions if m["role"] == "growth")
    assert (growth["role"], growth["basis"], growth["value"]) == ("growth", "yoy", "10")
    acres = next(m for m in mentions if m["surface"].startswith("400余"))
    assert (acres["qualifier"], acres["low"], acres["high"]) == ("more_than", "400", "500")


def test_extract_table_and_stdin() -> None:
    result = run("extract", "-", stdin="产值52.2亿元，同比增长10%。".encode())
    assert result.returncode == 0, result.stderr
    assert "52.2亿元" in result.stdout
    assert "growth (yoy)" in result.stdout


def test_extract_gbk_falls_back_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(PRESS_RELEASE.encode("gbk"))
    result = run("extract", str(path), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert "decoded as gb18030" in result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert any(line["surface"] == "52.2亿元" for line in lines)


def test_extract_undecodable_file_is_an_error_but_others_go_on(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("投资22亿元", encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\xff\xfe\x00\x81\x30\x81\x30\xff\xff")
    result = run("extract", str(tmp_path), "--encoding", "utf-8", "--format", "csv")
    assert result.returncode == 1
    assert "b.txt: cannot decode as utf-8" in result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["file"], r["surface"]) for r in rows] == [(str(good), "22亿元")]


def test_extract_many_files_shows_progress(tmp_path: Path) -> None:
    for index in range(3):
        (tmp_path / f"{index}.txt").write_text(f"产值{index + 1}亿元", encoding="utf-8")
    result = run("extract", str(tmp_path), "--progress", "--format", "jsonl")
    assert result.returncode == 0
    assert "3/3 files" in result.stderr
    assert len(result.stdout.splitlines()) == 3
    quiet = run("extract", str(tmp_path), "--format", "jsonl")
    assert quiet.stderr == ""


def test_report_plot_writes_a_png(tmp_path: Path) -> None:
    target = tmp_path / "charts.png"
    result = run("report", "--locale", "en_US", "--plot", str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert target.stat().st_size > 10_000


def test_environment_locale() -> None:
    assert environment_locale({}) == "zh_Hans_CN"
    assert environment_locale({"LANG": "C.UTF-8"}) == "zh_Hans_CN"
    assert environment_locale({"LC_ALL": "de_DE.UTF-8", "LANG": "en_US"}) == "de_DE"
    assert environment_locale({"LANGUAGE": "zh_TW:en"}) == "zh_TW"


def test_the_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("licheng")
    if os.environ.get("LICHENG_EXPECT_INSTALLED"):
        assert script.exists()
        result = subprocess.run(
            [str(script), "--help"], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0
        assert "report" in result.stdout
