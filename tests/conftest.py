"""Test configuration: hypothesis profiles, the shared check of value semantics, the shared Dask
cluster of the corpus tests, and the conformance pass-rate summary.

CI (``CI`` set) runs a fixed, derandomized profile so that a run is reproducible; set
``HYPOTHESIS_PROFILE=long`` locally for a deeper search.
"""

from __future__ import annotations

import copy
import gc
import json
import logging
import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import pytest


def _import_hypothesis_as_is() -> None:
    """Let hypothesis load without pytest rewriting the asserts of its hundred modules.

    pytest rewrites every module of a distribution that declares a plugin, hypothesis whole
    among them: its import then costs seconds instead of a third of one, in the controlling
    process and in each worker, whenever no rewritten bytecode can be cached (a fresh install,
    PYTHONDONTWRITEBYTECODE). Its asserts are hypothesis's own checks, not the suite's; the
    tests' modules and this file are rewritten as before. Should pytest's hook change, this
    does nothing and hypothesis is merely rewritten again.
    """
    for finder in sys.meta_path:
        marked = getattr(finder, "_must_rewrite", None)
        cache = getattr(finder, "_marked_for_rewrite_cache", None)
        if isinstance(marked, set) and isinstance(cache, dict):
            marked.discard("hypothesis")
            cache.clear()


_import_hypothesis_as_is()

from hypothesis import HealthCheck, settings  # noqa: E402 - after the hook above

if TYPE_CHECKING:
    from distributed import LocalCluster

    from licheng import Indicator

_SHARED = Path(__file__).resolve().parents[2] / "shared"
_VENDORED = Path(__file__).resolve().parent / "data"


def shared_data(*parts: str) -> Path:
    """A file or folder of the project's shared test data (facts, conformance cases).

    The checkout's ``../shared`` when it is there (CI lays it beside the repository, and it may
    be newer); otherwise the copy in ``tests/data``, so that a lone clone runs the suite too.
    """
    for root in (_SHARED, _VENDORED):
        path = root.joinpath(*parts)
        if path.exists():
            return path
    msg = f"shared test data missing: {'/'.join(parts)} (looked in {_SHARED} and {_VENDORED})"
    raise FileNotFoundError(msg)


settings.register_profile(
    "ci",
    max_examples=100,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("long", max_examples=2000, deadline=None)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev")
settings.load_profile(PROFILE)


def indicator_at(
    text: str, surface: str, published: str | None = None, place: str | None = None
) -> Indicator:
    """The indicator ``licheng.read`` gives the first occurrence of ``surface`` in ``text``."""
    import licheng  # the package loads when a test asks, not with the suite's configuration

    start = text.index(surface)
    reading = licheng.read(text, published=published, place=place)
    found = [i for i in reading.indicators if i.span is not None and i.span[0] <= start < i.span[1]]
    assert found, (surface, [str(u) for u in reading.unread])
    return found[0]


def wide(examples: int) -> int:
    """``max_examples`` for a search wider than the profile's that would not fit in a budget.

    A test's budget is a couple of seconds on the two-core machine. Under ``ci`` and ``dev`` a
    wide search runs a quarter of ``examples`` (never fewer than the profile's own); under
    ``long`` five times ``examples``. Its ``@example`` cases run under every profile.
    """
    if PROFILE == "long":
        return 5 * examples
    return max(settings.default.max_examples, examples // 4)


def check_value_semantics(make, change):
    """``make()`` builds equal objects; ``change`` names a field and a different value."""
    first, second = make(), make()
    assert first == second
    assert hash(first) == hash(second)
    assert len({first, second}) == 1
    other = attrs.evolve(first, **change)
    assert other != first
    assert first == make()  # evolve made a new object and left the old one alone
    assert copy.copy(first) == first
    assert copy.deepcopy(first) == first
    assert pickle.loads(pickle.dumps(first)) == first
    name = next(iter(change))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(first, name, change[name])
    with pytest.raises(AttributeError):
        first.not_a_field = 1  # slotted: no room for new attributes


def check_repr_round_trip(obj):
    """``repr`` is a constructor call that rebuilds an equal object."""
    import datetime as dt

    import licheng

    namespace = {name: getattr(licheng, name) for name in licheng.__all__}
    namespace["datetime"] = dt  # the repr of a Source names datetime.date
    assert eval(repr(obj), namespace) == obj  # noqa: S307 - our own repr, in a test


# The parser's tests, run twice: with the fast readers in the seam (as the library runs) and
# with the reference reader alone. Every assertion holds both ways: fast ≡ reference.
PARSER_TESTS = frozenset(
    {
        "test_conformance",
        "test_extract",
        "test_normalize",
        "test_numerals",
        "test_parse_edges",
        "test_parse_figure",
        "test_parse_traditional",
        "test_parse_vocabulary",
        "test_reliability_parser",
        "test_roundtrip",
        "test_text_lanes",
        "test_text_properties",
        "test_vocabulary",
    }
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "seam_wiring: checks which readers fill the seam; runs with the fast ones only"
    )
    config.addinivalue_line(
        "markers",
        "compares_readers: reads with the fast readers and with the reference reader itself; "
        "runs once (with the reference reader alone around it, both its sides would be one)",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Give every parser test a ``readers`` parameter: ``fast`` and ``reference``."""
    if metafunc.module.__name__.rpartition(".")[2] not in PARSER_TESTS:
        return
    wiring = any(
        metafunc.definition.get_closest_marker(name) is not None
        for name in ("seam_wiring", "compares_readers")
    )
    metafunc.fixturenames.append("readers")
    metafunc.parametrize("readers", ["fast"] if wiring else ["fast", "reference"], indirect=True)


@pytest.fixture
def readers(request: pytest.FixtureRequest) -> Iterator[str]:
    """Read with the fast readers (``fast``) or the reference reader alone (``reference``)."""
    import licheng._parse.fast_scan  # noqa: F401 - the fast readers fill the seam on import
    from licheng._parse import seam

    if request.param == "fast":
        yield request.param
        return
    with seam.reference_only():
        yield request.param


# The file whose few tests take the longest (mypy over the package): sent out first with the
# slow ones, so that the last minute is not one worker's alone. tests/metrics/test_typing.py
# runs mypy too, later, on the cache this one leaves.
_FIRST = frozenset({"test_static.py"})
_FULL_COLLECTION_EVERY = 100  # middle-generation collections (CPython's default: 10)


@pytest.hookimpl(wrapper=True)
def pytest_collection() -> Iterator[object]:
    """Collect with the cyclic garbage collector paused, then freeze what collection built.

    Collection imports every test module, and with them licheng, pandas, dask and hypothesis:
    a heap that grows by hundreds of thousands of objects, each growth step paid for with a
    full collection that walks the whole heap again. None of it is garbage, and all of it
    lives until the session ends, so it is moved out of the collector's reach (``gc.freeze``)
    once built: later full collections, during the tests, walk only what the tests made.
    Each xdist worker collects the whole suite, so this runs in each.

    Once the heap is frozen, the collector's count of old objects, which holds full
    collections back until the old generation has grown by a quarter, starts again from
    nothing; each module a test imports later (matplotlib, distributed, babel's locales) then
    joins an old generation that a full collection, still due every tenth middle one, walks
    whole: over a second of CPU per worker. A full collection is due every hundredth instead;
    the young generations are collected as before.
    """
    gc.disable()
    try:
        return (yield)
    finally:
        gc.enable()
        gc.freeze()
        young, middle, _ = gc.get_threshold()
        gc.set_threshold(young, middle, _FULL_COLLECTION_EVERY)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the slow modules first: pytest-xdist hands out whole files in this order."""
    items.sort(
        key=lambda item: item.get_closest_marker("slow") is None and item.path.name not in _FIRST
    )


@pytest.fixture(scope="module")
def threads_cluster() -> Iterator[LocalCluster]:
    """A Dask cluster of two single-threaded workers in this process, reached over TCP.

    A cluster of worker processes costs each process an interpreter and the imports of
    distributed, pandas and licheng: seconds of CPU on a two-core machine that also runs two
    test processes. The corpus tests that need a cluster but not processes use this one; its
    ``tcp://`` scheduler is reached as a remote one is, so tasks and results are still pickled.
    Tests whose point is a worker process (killing one, the CLI's ``--jobs``) start their own.

    One per module, not per session: while it runs, its threads draw from the global
    ``random``, which hypothesis rightly reports as a flaky test in any module that follows.
    Tests connect their own ``Client`` (``Client(threads_cluster)``).
    """
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=False,
        protocol="tcp",
        dashboard_address=":0",
        silence_logs=logging.ERROR,
    ) as cluster:
        yield cluster


_FRESH_IMPORT = """\
import json, sys
import licheng
data = sys.modules.get("babel.localedata")
print(json.dumps({"modules": sorted(sys.modules), "locale_data": bool(data and data._cache)}))
"""


@attrs.frozen
class FreshImport:
    """What a new interpreter holds once it has run ``import licheng`` and nothing else."""

    modules: frozenset[str]
    locale_data: bool  # babel has loaded some locale's CLDR data


@pytest.fixture(scope="session")
def fresh_import() -> FreshImport:
    """``import licheng`` in a fresh interpreter (this one's, with this environment), once.

    The tests of what importing licheng defers (pandas, cattrs, the formatting locales, dask…)
    all ask this one run: an interpreter's start and licheng's import cost about a second of
    CPU each time, and the program they would each run is the same.
    """
    result = subprocess.run(
        [sys.executable, "-c", _FRESH_IMPORT], capture_output=True, text=True, check=True
    )
    found = json.loads(result.stdout)
    return FreshImport(frozenset(found["modules"]), found["locale_data"])


@pytest.fixture
def value_semantics():
    """The check that an object behaves as an immutable value."""
    return check_value_semantics


@pytest.fixture
def repr_round_trip():
    """The check that ``eval(repr(obj)) == obj``."""
    return check_repr_round_trip


_RECORD: dict[str, list[bool]] = {}


@pytest.fixture
def record() -> Iterator[dict[str, list[bool]]]:
    """Where conformance tests note whether each in-domain case passed."""
    return _RECORD  # type: ignore[return-value]


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Under pytest-xdist, a worker hands its conformance results to the controlling process."""
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["licheng_record"] = _RECORD


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist, there only when it is
def pytest_testnodedown(node: object, error: object) -> None:
    """Gather a finished worker's conformance results (see ``pytest_sessionfinish``)."""
    del error
    record = getattr(node, "workeroutput", {}).get("licheng_record", {})
    for source, results in record.items():
        _RECORD.setdefault(source, []).extend(results)


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
