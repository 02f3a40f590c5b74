"""Run the docstring examples of the *installed* licheng, module by module.

Collecting doctests from ``src/`` would test the source tree; importing the package tests what
users get from the wheel.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import licheng


def _modules() -> list[str]:
    names = [licheng.__name__]
    names += [
        info.name
        for info in pkgutil.walk_packages(licheng.__path__, prefix="licheng.")
        if info.name != "licheng.__main__"  # importing it runs the command
    ]
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    runner = doctest.DocTestRunner(
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    report: list[str] = []
    for test in doctest.DocTestFinder(exclude_empty=True).find(module, name):
        runner.run(test, out=report.append)
    if runner.failures:
        pytest.fail("".join(report), pytrace=False)


def test_every_public_name_has_an_example() -> None:
    missing = []
    for name in licheng.__all__:
        obj = getattr(licheng, name)
        if name in {"exceptions", "ureg", "datasets"}:
            continue
        doc = getattr(obj, "__doc__", None) or ""
        if ">>>" not in doc:
            missing.append(name)
    assert missing == [], f"public names without a runnable example: {missing}"
