"""Shared fixtures: the conformance pass-rate summary."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

_RECORD: dict[str, list[bool]] = {}


@pytest.fixture
def record() -> Iterator[dict[str, list[bool]]]:
    """Where conformance tests note whether each in-domain case passed."""
    return _RECORD  # type: ignore[return-value]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the conformance pass rate per file (in-domain cases only)."""
    if not _RECORD:
        return
    terminalreporter.section("licheng conformance (in-domain cases)")
    for source, results in sorted(_RECORD.items()):
        passed = sum(results)
        terminalreporter.write_line(
            f"{source:28} {passed:4d}/{len(results):<4d} {100 * passed / len(results):6.1f}%"
        )
