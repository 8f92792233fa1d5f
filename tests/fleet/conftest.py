"""Real fleets: SQLite files, the real Valkey server of the session, worker processes started with spawn, mocks on
loopback."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from multiprocessing.pool import Pool
from pathlib import Path

import pytest

from ._workers import StoreSpec, warm_up

#: Worker processes of the pool every fleet test shares.
WORKERS = 8


@pytest.fixture(params=["sqlite", "valkey"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> StoreSpec:
    """Each store a fleet can share, empty: a new SQLite file, or the Valkey server flushed."""
    if request.param == "sqlite":
        return ("sqlite", str(tmp_path / "fleet.db"), 5.0)
    url: str = request.getfixturevalue("valkey_url")
    import redis

    redis.Redis.from_url(url).flushall()
    return ("redis", url, 5.0)


@pytest.fixture(scope="session")
def pool() -> Iterator[Pool]:
    """Eight worker processes, started with spawn (as gunicorn and Celery start theirs on macOS, and as a fresh
    interpreter does everywhere): nothing is inherited but what the task passes."""
    context = multiprocessing.get_context("spawn")
    # One process first: what the workers import is then compiled once, into the bytecode cache, not eight times
    # at once.
    with context.Pool(1) as first:
        first.apply(warm_up)
    with context.Pool(WORKERS) as workers:
        pids = set(workers.starmap(warm_up, [()] * (WORKERS * 2)))
        assert len(pids) >= 2, "the pool did not start its workers"
        yield workers
