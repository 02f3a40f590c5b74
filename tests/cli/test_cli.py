"""The ``licheng`` command: ``main(argv)`` in this process, with output and exit status.

Two smoke tests, and the cases that only a process shows (a full disk at exit, Ctrl-C, a closed
standard input, a terminal), run ``python -m licheng`` in a subprocess.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import pty
import signal
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

import licheng
from licheng._cli import jsonl_line, main
from licheng._documents import ROW_COLUMNS, Document, iter_rows
from licheng._locale import environment_locale
from licheng._render import display_width

PRESS_RELEASE = (
    "上半年，现代医药产业累计完成产值52.2亿元，占全部规上工业总产值的28%。"
    "高端装备产业实现产值36.7亿元，同比增长10%。集成电路产业累计投资近40亿元，"
    "济南智能传感器产业园占地400余亩，集聚上下游重点企业30多家。算力总规模达到2300P，约占全市算力总量的44%。"
)


_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LANG")


class Result(NamedTuple):
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """``licheng ARGS`` in this process: ``main(argv)``, with its output and exit status."""

    def invoke(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None):
        for name in _LOCALE_VARIABLES:
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("LANG", "C.UTF-8")
        for name, value in (env or {}).items():
            monkeypatch.setenv(name, value)
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin or b"")))
        capsys.readouterr()
        try:
            status = main(list(args))
        except SystemExit as exc:  # argparse: usage errors, --help, --version
            status = int(exc.code or 0)
        out, err = capsys.readouterr()
        return Result(status, out, err)

    return invoke


def subprocess_run(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m licheng ARGS`` as users run it (the smoke tests and process-level cases)."""
    environment = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "", "PYTHONIOENCODING": "utf-8"}
    environment.pop("LANGUAGE", None)
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


def test_smoke_report_as_a_program() -> None:
    result = subprocess_run("report", "--locale", "en_US", "--width", "200")
    assert result.returncode == 0, result.stderr
    assert "5.22 billion yuan" in result.stdout
    assert result.stderr == ""


def test_smoke_extract_standard_input_as_a_program() -> None:
    result = subprocess_run("extract", "--format", "jsonl", stdin="产值52.2亿元。".encode())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["surface"] == "52.2亿元"


def test_report_in_english(run) -> None:
    result = run("report", "--locale", "en_US", "--width", "200")
    assert result.returncode == 0, result.stderr
    assert "5.22 billion yuan" in result.stdout
    assert "about 18.6 billion yuan" in result.stdout
    assert "up 10% year on year" in result.stdout
    assert "more than 400 mu" in result.stdout
    assert "No contradictions found." in result.stdout
    assert result.stderr == ""


def test_report_defaults_to_simplified_chinese_without_a_language(run) -> None:
    result = run("report", "--width", "200")
    assert result.returncode == 0, result.stderr
    assert "历城区（济南市，山东省）2025年上半年产业概况" in result.stdout
    assert "52.2亿元" in result.stdout
    assert "约186亿元（182亿—190亿元）" in result.stdout
    assert "400余亩" in result.stdout


def test_report_follows_the_environment_locale(run) -> None:
    result = run("report", env={"LANG": "en_GB.UTF-8"})
    assert "5.22 billion yuan" in result.stdout


def test_report_in_traditional_chinese(run) -> None:
    result = run("report", "--locale", "zh_Hant_TW", "--width", "200")
    assert result.returncode == 0, result.stderr
    assert "52.2億元" in result.stdout
    assert "400餘畝" in result.stdout


@pytest.mark.parametrize("locale", ["zh_Hans_CN", "en_US", "zh_Hant_TW"])
def test_text_report_fits_80_columns(run, locale: str) -> None:
    result = run("report", "--locale", locale)
    widths = [display_width(line) for line in result.stdout.splitlines()]
    assert max(widths) <= 80


def test_report_as_json_holds_the_same_content(run) -> None:
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


def test_report_as_csv_and_markdown(run) -> None:
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


def test_report_reads_a_data_set_file(run, tmp_path: Path) -> None:
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
    run, tmp_path: Path, args: list[str], content: str | None, expected: str
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


def test_usage_errors_exit_2(run) -> None:
    result = run("report", "--format", "yaml")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


@pytest.mark.parametrize("command", ["report", "extract"])
def test_help_has_examples(run, command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0
    assert "examples:" in result.stdout
    assert f"licheng {command}" in result.stdout


def test_extract_a_press_release(run, tmp_path: Path) -> None:
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


def test_extract_table_and_stdin(run) -> None:
    result = run("extract", "-", stdin="产值52.2亿元，同比增长10%。".encode())
    assert result.returncode == 0, result.stderr
    assert "52.2亿元" in result.stdout
    assert "growth (yoy)" in result.stdout


def test_extract_gbk_falls_back_and_says_so(run, tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(PRESS_RELEASE.encode("gbk"))
    result = run("extract", str(path), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert "decoded as gb18030" in result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert any(line["surface"] == "52.2亿元" for line in lines)


def test_extract_undecodable_file_is_an_error_but_others_go_on(run, tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("投资22亿元", encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\xff\xfe\x00\x81\x30\x81\x30\xff\xff")
    result = run("extract", str(tmp_path), "--encoding", "utf-8", "--format", "csv")
    assert result.returncode == 1
    assert "b.txt: cannot decode as utf-8" in result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["file"], r["surface"]) for r in rows] == [(str(good), "22亿元")]


def test_extract_many_files_shows_progress(run, tmp_path: Path) -> None:
    for index in range(3):
        (tmp_path / f"{index}.txt").write_text(f"产值{index + 1}亿元", encoding="utf-8")
    result = run("extract", str(tmp_path), "--progress", "--format", "jsonl")
    assert result.returncode == 0
    assert "3/3 files" in result.stderr
    assert len(result.stdout.splitlines()) == 3
    quiet = run("extract", str(tmp_path), "--format", "jsonl")
    assert quiet.stderr == ""


def test_report_plot_writes_a_png(run, tmp_path: Path) -> None:
    target = tmp_path / "charts.png"
    result = run("report", "--locale", "en_US", "--plot", str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert target.stat().st_size > 10_000


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "zh_Hans_CN"),
        ({"LANG": "C.UTF-8"}, "zh_Hans_CN"),
        ({"LANG": "POSIX"}, "zh_Hans_CN"),
        ({"LC_ALL": "de_DE.UTF-8", "LANG": "en_US"}, "de_DE"),
        ({"LANGUAGE": "zh_TW:en"}, "zh_TW"),
        # babel's order, as gettext's: LANGUAGE comes before LC_ALL and LANG.
        ({"LANGUAGE": "en_GB", "LC_ALL": "de_DE.UTF-8", "LANG": "zh_CN.UTF-8"}, "en_GB"),
        ({"LC_CTYPE": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}, "zh_TW"),
    ],
)
def test_environment_locale_follows_babels_order(monkeypatch, env, expected) -> None:
    for name in _LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert environment_locale() == expected


_SCRIPT = Path(sys.executable).with_name("licheng")


@pytest.mark.skipif(
    not os.environ.get("LICHENG_EXPECT_INSTALLED"),
    reason="checks the installed console script: CI sets LICHENG_EXPECT_INSTALLED after "
    "installing the wheel",
)
def test_the_console_script_is_installed() -> None:
    assert _SCRIPT.exists()
    result = subprocess.run([str(_SCRIPT), "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert "report" in result.stdout


# --- issue 15: what --plot needs is checked before anything is printed ----------------------


@pytest.mark.parametrize(
    ("plot", "expected"),
    [
        ("c.pdfx", "the suffix says which format"),
        ("charts", "the suffix says which format"),  # matplotlib would have written charts.png
        ("/proc/x.png", "cannot write in /proc"),
        ("{tmp}/missing/c.png", "cannot write in"),
        ("{tmp}", "is a folder"),
    ],
)
def test_a_plot_that_cannot_be_written_prints_no_report(run, tmp_path, plot, expected) -> None:
    result = run("report", "--plot", plot.replace("{tmp}", str(tmp_path)))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("licheng: error: --plot ")
    assert expected in result.stderr


def test_plot_without_matplotlib_prints_no_report(run, monkeypatch, tmp_path) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.backend_bases", None)  # not installed
    result = run("report", "--plot", str(tmp_path / "c.png"))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        'licheng: error: --plot needs matplotlib: python -m pip install matplotlib (the "plot" '
        "extra)\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_plot_says_the_file_it_wrote(run, tmp_path) -> None:
    target = tmp_path / "charts.svg"
    result = run("report", "--locale", "en_US", "--plot", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stderr == f"licheng: charts written to {target}\n"
    assert target.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert [p.name for p in tmp_path.iterdir()] == ["charts.svg"]  # no temporary file left
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


# --- issue 15: --version, standard input, progress ------------------------------------------


def test_version(run) -> None:
    result = run("--version")
    assert (result.returncode, result.stdout) == (0, f"licheng {licheng.__version__}\n")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def twenty_files(tmp_path: Path) -> Path:
    for index in range(20):
        (tmp_path / f"{index:02d}.txt").write_text(f"产值{index + 1}亿元", encoding="utf-8")
    return tmp_path


def test_progress_only_when_stderr_is_a_terminal(run, monkeypatch, twenty_files) -> None:
    redirected = run("extract", str(twenty_files), "--format", "jsonl")
    assert redirected.returncode == 0
    assert redirected.stderr == ""  # before: 20 frames of the bar in a log file
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["extract", str(twenty_files), "--format", "jsonl"]) == 0
    assert "20/20 files" in terminal.getvalue()


def test_extract_says_it_reads_a_terminals_input_and_ctrl_c_is_one_line() -> None:
    # A terminal as standard input: the command says what it waits for, then Ctrl-C ends it
    # with one line and status 130 (not 20-110 lines of traceback).
    primary, secondary = pty.openpty()
    environment = {**os.environ, "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
    # The child's Ctrl-C is a terminal's even where this suite runs with SIGINT ignored (a
    # background job): an ignored SIGINT is inherited, and Python then raises no
    # KeyboardInterrupt, so the command would wait for its input until the timeout.
    program = (
        "import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
        "runpy.run_module('licheng', run_name='__main__', alter_sys=True)"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", program, "extract"],
        stdin=secondary,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
    )
    os.close(secondary)
    try:
        assert process.stderr is not None
        first = process.stderr.readline().decode()
        assert first.startswith("licheng: reading standard input; end it with Ctrl-D")
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        os.close(primary)
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130
    assert (out, err.decode()) == (b"", "licheng: interrupted\n")


def test_ctrl_c_is_one_line_and_status_130(run, monkeypatch, tmp_path) -> None:
    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("licheng._documents.read_document", interrupted)
    (tmp_path / "a.txt").write_text("产值52.2亿元", encoding="utf-8")
    result = run("extract", str(tmp_path / "a.txt"))
    assert (result.returncode, result.stderr) == (130, "licheng: interrupted\n")


# --- issue 15: the text column keeps the wording written ------------------------------------


def test_extract_keeps_the_wording_written(run) -> None:
    text = "集聚企业1100余家，投资近40亿元，增长逾10%"
    table = run("extract", stdin=text.encode()).stdout
    assert "1100余家" in table
    assert "1100多家" not in table  # before: the value column wrote 余 as 多
    assert "近40亿元" in table
    assert "逾10%" in table
    english = run("extract", "--locale", "en_US", stdin=text.encode()).stdout
    assert "1100余家" in english
    assert "nearly 4 billion yuan" in english  # --locale adds the figure in that locale


# --- issue 15: one line instead of a traceback ------------------------------------------------


def _one_error_line(result: Result, expected: str) -> None:
    assert result.returncode == 1, result
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("licheng: error: "), result.stderr
    assert expected in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["extract", "--encoding", "rot13", "{tmp}"], "'rot13' is not a text encoding"),
        (["extract", "--encoding", "nope", "{tmp}"], "unknown encoding 'nope'"),
        (["extract", "--out", "{file}/x.parquet", "{tmp}"], "a folder on its path is a file"),
        (["extract", "--out", "{file}", "{tmp}"], "is a file, not a dataset folder"),
        (["extract", "--out", "/proc/x.parquet", "{tmp}"], "--out /proc/x.parquet: cannot"),
    ],
)
def test_bad_extract_arguments_are_one_line(run, tmp_path, args, expected) -> None:
    file = tmp_path / "a.txt"
    file.write_text("产值52.2亿元", encoding="utf-8")
    argv = [a.replace("{tmp}", str(tmp_path)).replace("{file}", str(file)) for a in args]
    _one_error_line(run(*argv), expected)


def test_out_on_a_read_only_file_system_is_one_line(run, monkeypatch, tmp_path) -> None:
    def read_only(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("licheng._cli.tempfile.mkdtemp", read_only)
    result = run("extract", "--out", str(tmp_path / "o.parquet"), str(tmp_path))
    _one_error_line(result, "cannot write there: Read-only file system")


class _FullDisk(io.StringIO):
    def write(self, _text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_is_one_line(run, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdout", _FullDisk())
    result = run("report")
    assert result.returncode == 1
    assert result.stderr == "licheng: error: cannot write the output: No space left on device\n"


def test_dev_full_is_one_line_at_exit_too() -> None:
    with Path("/dev/full").open("w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "licheng", "report"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )
    assert result.returncode == 1
    assert result.stderr == "licheng: error: cannot write the output: No space left on device\n"


def test_an_ascii_output_is_one_line(run, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="ascii"))
    result = run("report")
    assert result.returncode == 1
    assert result.stderr.startswith("licheng: error: the output's encoding (ascii) cannot write")
    assert "PYTHONIOENCODING=utf-8" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_closed_standard_input_says_so(monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    assert main(["extract"]) == 1
    assert capsys.readouterr().err == "licheng: error: -: standard input is closed\n"


def test_a_scheduler_that_is_not_an_address_is_one_line(run, tmp_path) -> None:
    pytest.importorskip("distributed")
    result = run("extract", "--scheduler", "not a url", "--out", str(tmp_path / "o"), str(tmp_path))
    _one_error_line(result, "cannot reach the Dask scheduler at not a url")


def test_a_local_cluster_that_fails_to_start_is_one_line(run, monkeypatch, tmp_path) -> None:
    distributed = pytest.importorskip("distributed")

    def fails(*_args, **_kwargs):
        msg = "Cluster failed to start: no ports free"
        raise RuntimeError(msg)

    monkeypatch.setattr(distributed, "LocalCluster", fails)
    result = run("extract", "--jobs", "1", "--out", str(tmp_path / "o"), str(tmp_path))
    _one_error_line(result, "cannot start a local Dask cluster: Cluster failed to start")


# --- issue 15: rows are streamed; folders report what they cannot read ----------------------


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json", "table"])
def test_rows_are_written_as_they_are_found(monkeypatch, tmp_path, fmt) -> None:
    # Each file's rows reach the output before the next file is read: nothing is held back to
    # the end (before, csv, json and table kept every row of the run in memory).
    monkeypatch.setattr("licheng._cli._TABLE_SAMPLE", 1)
    for index in range(3):
        (tmp_path / f"{index}.txt").write_text(f"产值{index + 1}1.5亿元", encoding="utf-8")
    written: list[int] = []
    import licheng._documents as documents

    real = documents.read_document

    def reading(path, *args, **kwargs):
        written.append(len(sys.stdout.getvalue()))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(documents, "read_document", reading)

    class Out(io.StringIO):
        pass

    monkeypatch.setattr(sys, "stdout", Out())
    assert main(["extract", "--format", fmt, str(tmp_path)]) == 0
    output = sys.stdout.getvalue()
    assert written[0] < written[1] < written[2] < len(output)
    if fmt == "json":
        assert [row["surface"] for row in json.loads(output)] == [
            "11.5亿元",
            "21.5亿元",
            "31.5亿元",
        ]
    if fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(output)))) == 3


def test_an_empty_json_output_is_an_empty_array(run) -> None:
    assert json.loads(run("extract", "--format", "json", stdin=b"no figures").stdout) == []


def test_fifos_and_broken_links_in_a_folder_are_reported(run, tmp_path) -> None:
    (tmp_path / "a.txt").write_text("产值52.2亿元", encoding="utf-8")
    os.mkfifo(tmp_path / "b.fifo")
    (tmp_path / "c.txt").symlink_to(tmp_path / "gone.txt")
    result = run("extract", "--format", "jsonl", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"licheng: error: {tmp_path / 'b.fifo'}: a FIFO (named pipe), not a file: not read",
        f"licheng: error: {tmp_path / 'c.txt'}: a broken symbolic link",
    ]
    assert [json.loads(line)["surface"] for line in result.stdout.splitlines()] == ["52.2亿元"]


def test_a_file_name_that_is_not_utf8_is_reported(run, tmp_path) -> None:
    (tmp_path / "a.txt").write_text("产值52.2亿元", encoding="utf-8")
    (Path(os.fsdecode(bytes(tmp_path))) / os.fsdecode("报告.txt".encode("gbk"))).write_text(
        "产值1亿元", encoding="utf-8"
    )
    result = run("extract", "--format", "jsonl", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr == (
        f"licheng: error: {tmp_path}/\\xb1\\xa8\\xb8\\xe6.txt: the file name is not UTF-8 "
        "(its bytes are shown as \\xNN)\n"
    )
    assert [json.loads(line)["surface"] for line in result.stdout.splitlines()] == ["52.2亿元"]


def test_jsonl_lines_are_json_of_the_rows_in_column_order() -> None:
    # jsonl_line writes the columns itself (for speed): it must stay json.dumps of the row.
    document = Document('发布"会\\\t.txt', PRESS_RELEASE, "utf-8")  # a name to escape
    rows = [row for row, _ in iter_rows(document)]
    assert len(rows) > 8
    for row in rows:
        assert list(row) == list(ROW_COLUMNS)
        assert jsonl_line(row) == json.dumps(row, ensure_ascii=False) + "\n"
