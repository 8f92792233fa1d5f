"""What the overlay costs, and whether its token fetch is single flight, on the Netsapiens client.

    python scripts/bench_overlay.py [--rounds N] [--calls N]

Overhead: the same call through raw httpx, the bare generated client (``AuthenticatedClient`` with a fixed token) and
``switchboard.netsapiens.make_client`` (token auth, validation, typed errors, retries), in process (an
``httpx.MockTransport`` answering canned bytes, so only client code is timed) and over loopback (the mock in its own
process). A fourth variant, "stock", is ``make_client`` on httpx's own ``httpx.Client``: what switchboard's own work
costs, without the cookie work its httpx clients skip (see ``switchboard._httpx``). The variants take turns within
every round, with the garbage collector paused while one is timed (as ``timeit`` does); the figure is the median over
rounds of the mean per call.

Single flight: 1,000 asyncio tasks, then 50 threads, start together on an expired token; the figure is the number of
token requests that reach the (scripted) token endpoint.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import statistics
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import httpx

BASE_URL = "http://bench.invalid/ns-api/v2"
SESSION = "bench_session_0123456789abcdefghij"
SUBSCRIPTION_JSON = json.dumps(
    {
        "id": "0123456789abcdef0123456789abcdef",
        "model": "message",
        "post-url": "https://h.example.com/ns",
        "subscription-geo-support": "yes",
        "user-scope": "Basic User",
        "reseller": "*",
        "domain": "*",
        "user": "*",
        "status": "active",
        "error-count": 0,
        "posts-count": 0,
        "subscription-creation-datetime": "2026-01-01 00:00:00",
        "subscription-expires-datetime": "2026-01-01 01:00:00",
    }
).encode()
ACCEPTED_JSON = b'{"code":202,"message":"Accepted"}'
CREDENTIALS = {
    "client_id": "bench",
    "client_secret": "bench-client-secret",
    "username": "1000@example.com",
    "password": "bench-password",
}


@dataclass
class Overhead:
    """Median microseconds per call of each variant for one operation and one transport."""

    operation: str
    where: str
    raw: float
    bare: float
    overlay: float
    #: ``make_client`` on httpx's own clients.
    stock: float


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


def overlay_client(base_url: str, credentials: dict[str, str] = CREDENTIALS, **options: Any) -> Any:
    """``switchboard.netsapiens.make_client`` with ``credentials``."""
    from switchboard.netsapiens import make_client

    names = ("client_id", "client_secret", "username", "password")
    return make_client(base_url, *(credentials[name] for name in names), **options)


def canned(request: httpx.Request) -> httpx.Response:
    """The vendor in process: a token, a subscription, an accepted send."""
    if request.url.path.endswith("/tokens"):
        token = {"access_token": "bench-access", "token_type": "Bearer", "expires_in": 3600, "refresh_token": "r"}
        return httpx.Response(200, json=token)
    if request.method == "GET":
        return httpx.Response(200, content=SUBSCRIPTION_JSON, headers={"Content-Type": "application/json"})
    return httpx.Response(202, content=ACCEPTED_JSON, headers={"Content-Type": "application/json"})


def _timed(call: Callable[[], object], calls: int) -> float:
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        for _ in range(calls):
            call()
        return (time.perf_counter() - start) / calls * 1e6
    finally:
        gc.enable()


def _on_stock_httpx(client: Any) -> Any:
    """``client`` (a ``make_client`` client) on httpx's own ``httpx.Client``, with the same settings."""
    from switchboard._httpx import httpx_settings

    return client.set_httpx_client(httpx.Client(**httpx_settings(client)))


def _calls(
    base_url: str, token: str, subscription: str, transport: httpx.BaseTransport | None
) -> dict[str, dict[str, Callable[[], object]]]:
    """operation -> variant -> one call."""
    from netsapiens_client import AuthenticatedClient
    from netsapiens_client.api.messages import send_message_in_session
    from netsapiens_client.api.subscriptions import read_subscription
    from netsapiens_client.models import MessageSend

    extra = {"transport": transport} if transport else {}
    raw = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"}, **extra)  # type: ignore[arg-type]
    bare = AuthenticatedClient(base_url=base_url, token=token, httpx_args=dict(extra))
    if transport is not None:
        overlay = overlay_client(base_url, transport=transport)
    else:
        from switchboard_mocks.netsapiens import DEFAULT_SETTINGS

        overlay = overlay_client(base_url, DEFAULT_SETTINGS)
    stock = _on_stock_httpx(overlay.with_headers({}))  # the same client (auth, token), its own httpx client
    sms = MessageSend(type_="sms", message="bench", destination=["15551230000"], from_number="15550000000")
    body = sms.to_dict()
    read_path, send_path = f"/subscriptions/{subscription}", f"/domains/~/users/~/messagesessions/{SESSION}/messages"
    return {
        "GET read_subscription": {
            "raw": lambda: raw.get(read_path).json(),
            "bare": lambda: read_subscription.sync_detailed(subscription, client=bare),
            "overlay": lambda: read_subscription.sync_detailed(subscription, client=overlay),
            "stock": lambda: read_subscription.sync_detailed(subscription, client=stock),
        },
        "POST send_message_in_session": {
            "raw": lambda: raw.post(send_path, json=body).json(),
            "bare": lambda: send_message_in_session.sync_detailed("~", "~", SESSION, client=bare, body=sms),
            "overlay": lambda: send_message_in_session.sync_detailed("~", "~", SESSION, client=overlay, body=sms),
            "stock": lambda: send_message_in_session.sync_detailed("~", "~", SESSION, client=stock, body=sms),
        },
    }


def measure_overhead(
    where: str,
    base_url: str,
    token: str,
    subscription: str,
    transport: httpx.BaseTransport | None,
    rounds: int,
    calls: int,
) -> list[Overhead]:
    """Interleaved rounds: every round times each variant once, in a rotating order."""
    results = []
    for operation, variants in _calls(base_url, token, subscription, transport).items():
        names = list(variants)
        for name in names:  # warm up: imports, the first token, connection pools
            _timed(variants[name], max(10, calls // 10))
        samples: dict[str, list[float]] = {name: [] for name in names}
        for number in range(rounds):
            order = names[number % len(names) :] + names[: number % len(names)]
            for name in order:
                samples[name].append(_timed(variants[name], calls))
        medians = {name: statistics.median(values) for name, values in samples.items()}
        results.append(
            Overhead(operation, where, medians["raw"], medians["bare"], medians["overlay"], medians["stock"])
        )
    return results


def in_process(rounds: int, calls: int) -> list[Overhead]:
    transport = httpx.MockTransport(canned)
    return measure_overhead("in-process", BASE_URL, "bench-access", "0" * 32, transport, rounds, calls)


def over_loopback(rounds: int, calls: int) -> list[Overhead]:
    """The three variants against ``switchboard-mock netsapiens`` in its own process."""
    from bench_load import BASE_PATH, free_port, mock_token, prepare_mock, running

    port = free_port()
    command = [sys.executable, "-m", "switchboard_mocks", "netsapiens", "--port", str(port), "--log-level", "warning"]
    command += ["--credential", "token_ttl=86400"]
    url = f"http://127.0.0.1:{port}"
    with running(command, f"{url}/__mock__/journal?limit=1"):
        token = mock_token(url)
        subscription = prepare_mock(url, token)
        return measure_overhead("loopback", f"{url}{BASE_PATH}", token, subscription, None, rounds, calls)


def single_flight_tasks(tasks: int = 1_000) -> int:
    """Token requests made when ``tasks`` asyncio tasks start together on an expired token."""
    from netsapiens_client.api.subscriptions import read_subscription

    clock = FakeClock()
    token_requests = 0

    async def vendor(request: httpx.Request) -> httpx.Response:
        nonlocal token_requests
        if request.url.path.endswith("/tokens"):
            token_requests += 1
            await asyncio.sleep(0.05)  # a slow token endpoint widens any race
        return canned(request)

    client = overlay_client(BASE_URL, clock=clock, async_transport=httpx.MockTransport(vendor))

    async def run() -> int:
        await read_subscription.asyncio_detailed("0" * 32, client=client)
        clock.now += 7_200  # the token is expired
        before = token_requests
        await asyncio.gather(*(read_subscription.asyncio_detailed("0" * 32, client=client) for _ in range(tasks)))
        return token_requests - before

    return asyncio.run(run())


def single_flight_threads(threads: int = 50) -> int:
    """Token requests made when ``threads`` threads start together on an expired token."""
    from netsapiens_client.api.subscriptions import read_subscription

    clock = FakeClock()
    lock = threading.Lock()
    token_requests = 0

    def vendor(request: httpx.Request) -> httpx.Response:
        nonlocal token_requests
        if request.url.path.endswith("/tokens"):
            with lock:
                token_requests += 1
            time.sleep(0.05)
        return canned(request)

    client = overlay_client(BASE_URL, clock=clock, transport=httpx.MockTransport(vendor))
    read_subscription.sync_detailed("0" * 32, client=client)
    clock.now += 7_200
    before = token_requests
    barrier = threading.Barrier(threads)

    def call(_: int) -> None:
        barrier.wait()
        read_subscription.sync_detailed("0" * 32, client=client)

    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(call, range(threads)))
    return token_requests - before


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args()
    for row in [*in_process(args.rounds, args.calls), *over_loopback(args.rounds, args.calls // 3)]:
        print(
            f"{row.where:<10} {row.operation:<30} raw {row.raw:7.0f} us  bare {row.bare:7.0f} us  "
            f"overlay {row.overlay:7.0f} us  overlay/bare {row.overlay / row.bare:.2f}x  "
            f"on stock httpx {row.stock:7.0f} us  {row.stock / row.bare:.2f}x"
        )
    print(f"single flight: {single_flight_tasks()} token request(s) for 1,000 tasks")
    print(f"single flight: {single_flight_threads()} token request(s) for 50 threads")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
