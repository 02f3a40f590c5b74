"""The documentation site stays complete: every public name in the API reference, every page
in the navigation, an example for every public name.

The examples themselves run elsewhere: ``docs/*.md`` and ``README.md`` through pytest's
``--doctest-glob``, docstrings in ``test_doctests.py``, the notebook in ``test_notebook.py``.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import re
from pathlib import Path

import pytest

import licheng

REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "docs"
MODULES = ["licheng.exceptions", "licheng.datasets", "licheng.plot"]


def test_the_api_reference_covers_every_public_name() -> None:
    documented = set(re.findall(r"^::: (\S+)$", (DOCS / "api.md").read_text(), re.MULTILINE))
    expected = {f"licheng.{name}" for name in licheng.__all__} | set(MODULES)
    assert sorted(expected - documented) == []


def test_every_page_is_in_the_navigation() -> None:
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    nav = config[config.index("\nnav:") : config.index("\nmarkdown_extensions:")]
    listed = set(re.findall(r"^\s+- (?:[^:\n]+: )?(\S+\.(?:md|ipynb))$", nav, re.MULTILINE))
    pages = {p.name for p in DOCS.iterdir() if p.suffix in {".md", ".ipynb"}}
    assert sorted(pages - listed) == []
    assert sorted(listed - pages) == []
    stems = [Path(page).stem for page in pages]  # tutorial.md and tutorial.ipynb: one URL
    assert len(stems) == len(set(stems))


# Public names of the submodules that still lack a runnable example. Shrink this set when you
# add one; a new public name must come with its example.
WITHOUT_EXAMPLES: set[str] = set()


def test_public_names_of_the_submodules_have_examples() -> None:
    pytest.importorskip("matplotlib")
    missing = set()
    for module_name in MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            if ">>>" not in (inspect.getdoc(getattr(module, name)) or ""):
                missing.add(f"{module_name}.{name}")
    assert missing == WITHOUT_EXAMPLES


def test_bare_doctest_examples_are_shown_as_code() -> None:
    pytest.importorskip("griffe")
    spec = importlib.util.spec_from_file_location(
        "doctest_blocks", DOCS / "_ext" / "doctest_blocks.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = "Read one.\n\n>>> parse_figure(\"52.2亿元\")\nFigure('52.2', '亿元')\n\nDone."
    assert module.fence_examples(text).splitlines() == [
        "Read one.",
        "",
        "```pycon",
        '>>> parse_figure("52.2亿元")',
        "Figure('52.2', '亿元')",
        "```",
        "",
        "Done.",
    ]
    sectioned = "Sum.\n\nExamples:\n    >>> 1 + 1\n    2"
    assert module.fence_examples(sectioned) == sectioned  # griffe renders these itself
    fenced = "```pycon\n>>> 1\n1\n```"
    assert module.fence_examples(fenced) == fenced
    assert module.fence_examples(">>> 1\n1") == "```pycon\n>>> 1\n1\n```"
