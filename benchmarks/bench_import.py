"""Import and first use of licheng against bare pint, as whole processes."""

from __future__ import annotations

from benchmarks._common import process_time, report

LICHENG = "import licheng; licheng.parse_figure('52.2亿元').value.to('元')"
PINT = "import pint; pint.UnitRegistry()('1 m')"


def main(*, quick: bool = False) -> None:
    repeat = 3 if quick else 9
    report(
        "import + first parse",
        process_time(LICHENG, repeat=repeat),
        process_time(PINT, repeat=repeat),
        what="import pint + UnitRegistry()",
        target="<= 1.0x",
    )


if __name__ == "__main__":
    main()
