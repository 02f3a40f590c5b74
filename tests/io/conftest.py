"""The Dask cluster that the corpus tests share.

A cluster of worker processes costs each process an interpreter and the imports of distributed,
pandas and licheng: seconds of CPU on a two-core machine that runs two test processes. Tests
that need a cluster but not processes share this one: two single-threaded workers in this
process, started once per test process (per pytest-xdist worker), reached over TCP as a
remote scheduler is, so that tasks and results still go through pickling. Tests whose point
is a worker process (killing one) start their own.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from distributed import LocalCluster


@pytest.fixture(scope="session")
def threads_cluster() -> Iterator[LocalCluster]:
    """Two workers of one thread each, in this process; its scheduler has a ``tcp://`` address.

    Tests connect their own ``Client`` to it (``Client(threads_cluster)``), so that no client
    outlives its module as the default one.
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
