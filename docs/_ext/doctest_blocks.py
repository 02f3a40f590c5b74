"""A griffe extension for the API reference: show bare doctest examples as code.

Many licheng docstrings put their ``>>>`` examples in the docstring's body rather than under a
Google-style ``Examples:`` heading. Python's doctest runs both; mkdocstrings renders only the
second as code and would render the first as Markdown, where ``>>>`` is a nested block quote.
This extension fences every run of unindented ``>>>`` lines (with their ``...`` continuations
and expected output, up to a blank line) as a ``pycon`` code block before griffe parses the
docstring. It changes only what the site shows, never the docstrings.
"""

# ruff: noqa: INP001 - loaded by mkdocstrings from its path, not imported as a package

from __future__ import annotations

from typing import Any

import griffe


def fence_examples(text: str) -> str:
    """Wrap each unindented run of doctest lines in ``text`` in a ``pycon`` code fence.

    Runs under a Google ``Examples:`` heading are indented and left alone: griffe renders
    those itself. ``tests/test_docs.py`` has examples.
    """
    out: list[str] = []
    in_example = in_fence = False
    for line in text.splitlines():
        if line.startswith("```"):
            in_fence = not in_fence
        if not in_fence and not in_example and line.startswith(">>>"):
            out.append("```pycon")
            in_example = True
        elif in_example and not line.strip():
            out.append("```")
            in_example = False
        out.append(line)
    if in_example:
        out.append("```")
    return "\n".join(out)


class DoctestBlocks(griffe.Extension):
    """Fence the bare doctest examples of every object's docstring."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:  # noqa: ARG002, ANN401
        """Rewrite ``obj``'s docstring text before it is parsed."""
        if obj.docstring is not None:
            obj.docstring.value = fence_examples(obj.docstring.value)
