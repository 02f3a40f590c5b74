"""Execute ``docs/tutorial.ipynb`` on a real Jupyter kernel: every cell must run.

The kernel is this interpreter (``sys.executable``): its ``python3`` kernel spec is written to a
temporary directory that ``JUPYTER_PATH`` puts first, so the kernel imports the same licheng as
the tests — the installed wheel in CI, or the source tree with ``PYTHONPATH=src`` — and a
``python3`` kernel the user installed elsewhere is not used.

The notebook is stored with its outputs so that the documentation site shows them. To refresh
them after changing the notebook or the library, run from the repository root::

    PYTHONPATH=src python tests/project/test_notebook.py
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")
pytest.importorskip("pandas")

import licheng  # noqa: E402 - after the skips

NOTEBOOK = Path(__file__).resolve().parents[2] / "docs" / "tutorial.ipynb"
KERNEL = "python3"
TIMEOUT = 120  # seconds per cell; the whole notebook takes a few seconds


def install_kernel(jupyter_path: Path) -> dict[str, str]:
    """Write a ``python3`` kernel spec for this interpreter; return the environment to use it."""
    spec_dir = jupyter_path / "kernels" / KERNEL
    spec_dir.mkdir(parents=True)
    here = str(Path(licheng.__file__).resolve().parents[1])
    path = os.pathsep.join(p for p in (here, os.environ.get("PYTHONPATH", "")) if p)
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (licheng tests)",
        "language": "python",
        "env": {"PYTHONPATH": path},
    }
    (spec_dir / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    return {"JUPYTER_PATH": str(jupyter_path)}


def execute(notebook: Path) -> nbformat.NotebookNode:
    """Run every cell of ``notebook`` in a fresh ``python3`` kernel; a failing cell raises."""
    nb = nbformat.read(notebook, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        kernel_name=KERNEL,
        timeout=TIMEOUT,
        resources={"metadata": {"path": str(notebook.parent)}},
    )
    client.execute()
    return nb


def _code_cells(nb: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    return [cell for cell in nb.cells if cell.cell_type == "code"]


@pytest.mark.slow  # a Jupyter kernel: seconds; CI runs it
def test_the_tutorial_notebook_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in install_kernel(tmp_path).items():
        monkeypatch.setenv(name, value)
    from jupyter_client.kernelspec import KernelSpecManager

    assert KernelSpecManager().get_kernel_spec(KERNEL).argv[0] == sys.executable
    nb = execute(NOTEBOOK)
    cells = _code_cells(nb)
    assert cells
    # no warnings or tracebacks printed to stderr (a MissingFontWarning, a deprecation …)
    stderr = [
        output.text
        for cell in cells
        for output in cell.outputs
        if output.output_type == "stream" and output.name == "stderr"
    ]
    assert stderr == []
    kinds = {key for cell in cells for output in cell.outputs for key in output.get("data", {})}
    assert {"text/html", "image/png"} <= kinds  # the HTML tables and the chart


def test_the_stored_notebook_has_its_outputs() -> None:
    """The site renders the stored outputs (mkdocs-jupyter with ``execute: false``)."""
    nb = nbformat.read(NOTEBOOK, as_version=4)
    silent = [cell.source for cell in _code_cells(nb) if not cell.outputs]
    assert silent == [], "re-run: PYTHONPATH=src python tests/project/test_notebook.py"


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        os.environ.update(install_kernel(Path(tmp)))
        executed = execute(NOTEBOOK)
    nbformat.write(executed, NOTEBOOK)
    print(f"wrote {NOTEBOOK}")  # noqa: T201 - a script reports what it did
