"""The package as users get it: public API, import cost, packaging."""

from __future__ import annotations

import os
import tarfile
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import licheng

if TYPE_CHECKING:
    from conftest import FreshImport

REPO = Path(__file__).resolve().parents[2]


def test_all_is_sorted_and_complete() -> None:
    assert list(licheng.__all__) == sorted(licheng.__all__, key=_ruff_sort_key)
    for name in licheng.__all__:
        assert hasattr(licheng, name), name


def _ruff_sort_key(name: str) -> tuple[int, str]:
    # ruff's RUF022 "isort-style": SCREAMING_CASE, then CamelCase, then the rest.
    if name.isupper() and len(name) > 1:
        return (0, name)
    if name[0].isupper():
        return (1, name)
    return (2, name)


def test_units_definitions_ship_in_the_package() -> None:
    text = files("licheng").joinpath("units.txt").read_text(encoding="utf-8")
    assert "亩" in text
    assert files("licheng").joinpath("py.typed").is_file()


@pytest.mark.skipif(
    not os.environ.get("LICHENG_EXPECT_INSTALLED"),
    reason="CI installs the built wheel and sets LICHENG_EXPECT_INSTALLED; a source checkout "
    "tests the source tree",
)
def test_tests_run_against_the_installed_wheel() -> None:
    # So that a data file missing from the wheel fails here rather than for a user.
    location = Path(licheng.__file__).resolve()
    assert REPO / "src" not in location.parents, location
    assert "site-packages" in location.parts


def test_the_sdist_ships_what_its_tests_docs_and_benchmarks_need(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    from hatchling.builders.sdist import SdistBuilder

    [built] = SdistBuilder(str(REPO)).build(directory=str(tmp_path))
    with tarfile.open(built) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
        info = sdist.extractfile(next(n for n in sdist.getnames() if n.endswith("/PKG-INFO")))
        assert info is not None
        metadata = info.read().decode()
    for needed in ("mkdocs.yml", "benchmarks/__main__.py", "benchmarks/press_release.txt"):
        assert needed in names, needed
    for needed in ("docs/walkthrough.md", "tests/conftest.py", "src/licheng/units.txt", "LICENSE"):
        assert needed in names, needed
    assert "Classifier: Programming Language :: Python :: 3.13" in metadata
    assert "Requires-Dist: wcwidth" in metadata


def test_import_stays_light(fresh_import: FreshImport) -> None:
    # pint itself imports numpy, babel's core and dask.base when they are installed; what must
    # stay unloaded is what licheng can defer: cattrs, pandas, matplotlib and CLDR locale data,
    # and licheng.corpus with dask.dataframe, distributed and pyarrow (only when asked for).
    deferred = (
        "cattrs",
        "pandas",
        "matplotlib",
        "licheng.corpus",
        "dask.dataframe",
        "distributed",
        "pyarrow",
    )
    heavy = [m for m in deferred if m in fresh_import.modules]
    if fresh_import.locale_data:
        heavy.append("babel locale data")
    assert ",".join(heavy) == ""


def test_version_matches_metadata() -> None:
    from importlib.metadata import version

    assert licheng.__version__ == version("licheng")
