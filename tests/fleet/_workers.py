"""What one worker process of a fleet does: build a client on a shared store and make calls.

These functions run in processes started with ``multiprocessing``'s spawn method, so they take and return only
plain values (a store is named by ``(kind, where)``).
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from typing import Any

import switchboard
from switchboard import CredentialStore, RateBudget, RedisStore, SQLiteStore

from ._vendors import client_for, read_call

#: A store as a worker builds it: ``("sqlite", path, lease)`` or ``("redis", url, lease)``.
StoreSpec = tuple[str, str, float]


def make_store(spec: StoreSpec) -> CredentialStore:
    kind, where, lease = spec
    if kind == "sqlite":
        return SQLiteStore(where, lease=lease)
    return RedisStore(where, lease=lease)


def warm_up() -> int:
    """Import what the calls need, so that the first measured task does not pay for it."""
    import gatum_client.api.account  # noqa: F401
    import kandy_client.api.account  # noqa: F401
    import netsapiens_client.api.subscriptions  # noqa: F401
    import passinfo_client.api.account  # noqa: F401
    import tingting_client.api.auth  # noqa: F401

    return os.getpid()


def _failure(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def run_calls(vendor: str, base_url: str, store: StoreSpec, calls: int, **options: Any) -> dict[str, Any]:
    """``calls`` concurrent asyncio calls of the vendor's cheap read on one new client; what became of them."""
    client = client_for(vendor, base_url, store=make_store(store), **options)

    async def main() -> list[BaseException | None]:
        async def one() -> BaseException | None:
            try:
                await read_call(vendor, client)
            except switchboard.SwitchboardError as exc:
                return exc
            return None

        return await asyncio.gather(*(one() for _ in range(calls)))

    outcomes = asyncio.run(main())
    failures = [_failure(exc) for exc in outcomes if exc is not None]
    return {"ok": calls - len(failures), "failures": failures[:5], "failed": len(failures)}


def run_busy_passinfo(
    base_url: str, store: StoreSpec, calls: int, renew_after: int | None, renewed: Any, concurrency: int = 5
) -> dict[str, Any]:
    """``calls`` PassInfo reads, ``concurrency`` at a time; with ``renew_after``, this worker renews the key after
    that many calls and sets ``renewed``; without, it makes half its calls before the renewal and half after."""
    from switchboard.passinfo import arenew_api_key

    saved: list[str] = []
    client = client_for("passinfo", base_url, store=make_store(store), on_key_renewed=saved.append)
    failures: list[str] = []

    async def batch(count: int) -> None:
        async def one() -> None:
            try:
                await read_call("passinfo", client)
            except switchboard.SwitchboardError as exc:
                failures.append(_failure(exc))

        for start in range(0, count, concurrency):
            await asyncio.gather(*(one() for _ in range(min(concurrency, count - start))))

    async def main() -> None:
        if renew_after is not None:
            await batch(renew_after)
            await arenew_api_key(client)
            renewed.set()
            await batch(calls - renew_after)
        else:
            await batch(calls // 2)
            await asyncio.to_thread(renewed.wait, 60)
            await batch(calls - calls // 2)

    asyncio.run(main())
    return {"failed": len(failures), "failures": failures[:5], "renewed": len(saved)}


def run_paced(vendor: str, base_url: str, store: StoreSpec, seconds: float, rate: int) -> int:
    """Calls one after the other for ``seconds`` within a budget of ``rate`` per second shared by the fleet; how
    many were made."""
    client = client_for(vendor, base_url, store=make_store(store), budget=RateBudget(rate, max_wait=60))
    end = time.monotonic() + seconds
    made = 0

    async def main() -> None:
        nonlocal made
        while time.monotonic() < end:
            await read_call(vendor, client)
            made += 1

    asyncio.run(main())
    return made


def hold_lease_and_die(store: StoreSpec, key: str) -> None:
    """Take the lease of ``key`` as a token fetch would, then die by SIGKILL without releasing it."""
    make_store(store).lease(key, None)
    os.kill(os.getpid(), signal.SIGKILL)
