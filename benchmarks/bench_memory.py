"""Peak memory (RSS) of the command line, each measured against a baseline of the same run.

Run from the repository: ``python -m benchmarks memory``.

Measures, each in a fresh interpreter that reports its own peak RSS (``VmHWM``) at exit:
- ``licheng report`` against a bare ``import licheng``;
- ``licheng extract FILE --format jsonl`` on a generated text of 10 MB against reading and
  decoding the same file alone;
- extracting 10 MB against extracting 1 MB: extraction works a line at a time and writes
  JSON lines as it goes, so memory should grow with the file's size no faster than reading it
  does.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

# Press-release prose with a figure or two on most lines, and some lines without any.
_LINES = (
    "上半年，全区规上工业增加值同比增长8.5%，累计完成产值52.2亿元，占全部规上工业总产值的28%。",
    "济南生物医药港规划面积400余亩，已入驻企业30多家，累计投资近40亿元。",
    "算力总规模达到2300P，新建5G基站1200个，数据中心用电量下降3.2%。",
    "园区坚持创新驱动，持续优化营商环境，推动产业链上下游协同发展。",
    "1—6月，全区进出口总额约4.287亿美元，较一季度回落0.5个百分点。",
)
_MB = 1 << 20


def write_text(path: Path, size: int) -> None:
    """Write about ``size`` bytes of UTF-8 prose to ``path``, a line at a time."""
    block = "\n".join(_LINES) + "\n"
    data = block.encode("utf-8")
    with path.open("wb") as out:
        for _ in range(max(1, size // len(data))):
            out.write(data)


# Run in the child: report the peak RSS of this process image (VmHWM, which exec resets) at
# exit. ru_maxrss would also count the pages of the parent the child was forked from.
_PEAK = """
import atexit, os, sys
def _peak():
    try:
        with open("/proc/self/status") as status:
            line = next(line for line in status if line.startswith("VmHWM:"))
    except OSError:
        return
    os.write(2, f"\\nPEAK {int(line.split()[1]) * 1024}\\n".encode())
atexit.register(_peak)
"""
_MAIN = "import runpy, sys; sys.argv[0] = {0!r}; runpy.run_module({0!r}, run_name='__main__')"


def peak_rss(arguments: list[str]) -> int:
    """Peak resident set size in bytes of ``python ARGUMENTS`` (``-c CODE`` or ``-m MODULE``)."""
    option, target, *rest = arguments
    code = target if option == "-c" else _MAIN.format(target)
    with subprocess.Popen(
        [sys.executable, "-c", _PEAK + code, *rest],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    ) as process:
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        errors = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode:
        msg = f"{arguments} failed: {errors}"
        raise RuntimeError(msg)
    peaks = [line.split()[1] for line in errors.splitlines() if line.startswith("PEAK ")]
    if peaks:
        return int(peaks[-1])
    # No /proc: ru_maxrss, in kilobytes on Linux and in bytes on macOS.
    return usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)


def report(name: str, measured: int, baseline: int, *, what: str, target: str) -> None:
    """Print one line: both peaks in MB and their ratio."""
    print(
        f"{name:<34} {measured / _MB:8.1f} MB  vs {what:<30} {baseline / _MB:8.1f} MB"
        f"  ratio {measured / baseline:6.2f}x  (target {target})"
    )


_READ = (
    "import sys, licheng; from licheng._documents import read_document; read_document(sys.argv[1])"
)


def main(*, quick: bool = False) -> None:
    small, large = (20_000, 200_000) if quick else (_MB, 10 * _MB)
    bare = peak_rss(["-c", "import licheng"])
    report(
        "licheng report",
        peak_rss(["-m", "licheng", "report", "--locale", "zh_Hans_CN"]),
        bare,
        what="import licheng",
        target="<= 1.5x",
    )
    with tempfile.TemporaryDirectory() as folder:
        paths = {size: Path(folder, f"{size}.txt") for size in (small, large)}
        for size, path in paths.items():
            write_text(path, size)
        extracted = {
            size: peak_rss(["-m", "licheng", "extract", str(path), "--format", "jsonl"])
            for size, path in paths.items()
        }
        read = {size: peak_rss(["-c", _READ, str(path)]) for size, path in paths.items()}
    big, little = (f"{size / _MB:.2g} MB" for size in (large, small))
    report(
        f"extract {big} (jsonl)",
        extracted[large],
        read[large],
        what=f"read and decode {big}",
        target="<= 1.5x",
    )
    report(
        f"extract {big}",
        extracted[large],
        extracted[small],
        what=f"extract {little}",
        target=f"<= read {big} / {little}: {read[large] / read[small]:.2f}x",
    )


if __name__ == "__main__":
    main()
