"""Issue 24 against the mocks over loopback: tracebacks with locals, crowds on a cold client, a skewed clock.

Each test would fail on main at 717dcca (the issue's probe): see NOTES-HELPER.md.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from switchboard_mocks import RunningMock, create_app, serve

from .test_no_secrets import VENDORS, AuthFlows, Run

pytestmark = pytest.mark.e2e


class TracebackRun(Run):
    """A :class:`Run` that also keeps what an error tracker sees: the traceback with every frame's locals, and the
    error's request (its repr, URL and headers)."""

    def attempt(self, client: Any, name: str) -> None:
        try:
            if callable(client) and not hasattr(client, "_httpx_args"):
                client = client()
            self.flows.call(client)
            self.outcomes.append(f"{name}: ok")
        except Exception as exc:
            self.outcomes.append(f"{name}: {type(exc).__name__}")
            rendered = traceback.TracebackException.from_exception(exc, capture_locals=True)
            self.texts.append("".join(_without_test_frames(rendered).format()))
            request = getattr(exc, "request", None)
            if request is not None:
                self.texts.extend([repr(request), str(request.url), repr(request.headers), repr(request.content)])
        if hasattr(client, "_httpx_args"):
            self.secrets.update(client._httpx_args["auth"].secrets())


@pytest.mark.parametrize("flows", VENDORS, ids=[f.vendor for f in VENDORS])
def test_no_secret_in_a_traceback_with_locals_of_any_failure(flows: AuthFlows) -> None:
    with serve(create_app(flows.vendor)) as mock:
        run = TracebackRun(mock, flows)
        run.secrets.update(mock.app.vendor.secrets())
        client = run.client()
        run.attempt(client, "first token")
        run.control("POST", "reset")  # every token refused: a 401, a new token, then a vendor error below
        run.fault(status=503, times=10)
        run.attempt(client, "token endpoint down")
        run.control("DELETE", "faults")
        run.control("POST", "faults", {"operation": _operation(flows), "status": 500, "times": 10})
        run.attempt(client, "the call fails")
        run.control("DELETE", "faults")
        for name, value in mock.app.vendor.client_kwargs().items():
            wrong = f"{value}-wrong" if value else "wrong-value"
            if value in mock.app.vendor.secrets():  # a wrong password is still someone's password
                run.secrets.add(wrong)
            run.attempt(lambda name=name, wrong=wrong: run.client(**{name: wrong}), f"wrong {name}")

    print("\n".join(run.outcomes))
    assert sum(": ok" not in outcome for outcome in run.outcomes) >= 3
    leaks = {secret: text for secret in run.secrets if len(secret) >= 4 for text in run.texts if secret in text}
    where = next(iter(leaks.values()), "")
    at = where.find(next(iter(leaks), "")) if leaks else 0
    assert leaks == {}, f"{len(leaks)} secrets leaked, e.g. in ...{where[max(at - 400, 0) : at + 100]!r}"


def _without_test_frames(rendered: traceback.TracebackException) -> traceback.TracebackException:
    """``rendered`` and the exceptions it chains without the frames of the tests (which hold the secrets to find)."""
    seen: set[int] = set()
    pending = [rendered]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        current.stack[:] = [frame for frame in current.stack if f"{os.sep}tests{os.sep}" not in frame.filename]
        pending.extend(e for e in (current.__cause__, current.__context__) if e is not None)
    return rendered


def _operation(flows: AuthFlows) -> str:
    return {
        "netsapiens": "list_subscriptions",
        "gatum": "get_account_info",
        "kandy": "get_users",
        "passinfo": "get_sms_count",
        "tingting": "get_user_details",
    }[flows.vendor]


def _token_requests(mock: RunningMock, flows: AuthFlows) -> int:
    journal = httpx.get(f"{mock.url}/__mock__/journal").json()
    return sum(entry.get("operation") in flows.token_operations for entry in journal)


def _crowd(client: Any, flows: AuthFlows, vendor_async: Callable[[Any], Any], threads: int, tasks: int) -> list[str]:
    """``threads`` threads and ``tasks`` asyncio tasks calling at once on one client: the failures."""
    failures: list[str] = []
    start = threading.Event()

    def one_thread() -> None:
        start.wait()
        try:
            flows.call(client)
        except Exception as exc:
            failures.append(f"thread: {type(exc).__name__}: {exc}")

    async def many_tasks() -> None:
        start.set()
        results = await asyncio.gather(*(vendor_async(client) for _ in range(tasks)), return_exceptions=True)
        failures.extend(f"task: {type(r).__name__}: {r}" for r in results if isinstance(r, BaseException))

    workers = [threading.Thread(target=one_thread) for _ in range(threads)]
    for worker in workers:
        worker.start()
    asyncio.run(many_tasks())
    for worker in workers:
        worker.join()
    return failures


ASYNC_CALLS: dict[str, Callable[[Any], Any]] = {
    "netsapiens": lambda client: client.aio.subscriptions.list_subscriptions(),
    "gatum": lambda client: client.aio.account.get_account_info(),
    "kandy": lambda client: client.aio.domain.get_users(),
    "passinfo": lambda client: client.aio.account.get_sms_count(),
    "tingting": lambda client: client.aio.auth.get_user_details(),
}


@pytest.mark.parametrize("flows", VENDORS, ids=[f.vendor for f in VENDORS])
def test_a_crowd_on_a_cold_client_all_succeeds_with_one_token_fetch(flows: AuthFlows) -> None:
    with serve(create_app(flows.vendor)) as mock:
        make_client = importlib.import_module(f"switchboard.{flows.vendor}").make_client
        client = make_client(mock.base_url, deadline=120, **mock.app.vendor.client_kwargs())

        failures = _crowd(client, flows, ASYNC_CALLS[flows.vendor], threads=50, tasks=1000)

        assert failures == []
        fetched = _token_requests(mock, flows)
    expected = {"gatum": 2, "passinfo": 0}.get(flows.vendor, 1)  # a Gatum login is two requests; PassInfo has keys
    assert fetched == expected


@dataclass
class SkewedClock:
    """Our wall clock, two days ahead of the vendor's."""

    ahead: float = 2 * 86_400

    def __call__(self) -> float:
        return time.time() + self.ahead


def test_a_client_clock_two_days_ahead_neither_thrashes_nor_sends_expired_tokens() -> None:
    flows = next(f for f in VENDORS if f.vendor == "gatum")
    with serve(create_app("gatum")) as mock:
        make_client = importlib.import_module("switchboard.gatum").make_client
        client = make_client(mock.base_url, clock=SkewedClock(), **mock.app.vendor.client_kwargs())
        failures = _crowd(client, flows, ASYNC_CALLS["gatum"], threads=50, tasks=0)

        assert failures == []
        assert _token_requests(mock, flows) == 2  # one login: authorize and accesstoken
        for _ in range(3):
            flows.call(client)
        assert _token_requests(mock, flows) == 2


class _Lookups:
    """A finder first on ``sys.meta_path`` that records every module looked up (and finds none itself)."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        self.names.append(name)


def test_an_async_call_over_a_real_connection_pool_looks_up_no_module(switchboard_mock: Any) -> None:
    """Every module an async call needs is loaded once: a lazy import that fails (httpcore's ``import sniffio``
    without sniffio, on each lock and event it makes) walks ``sys.path`` on every call."""
    mock = switchboard_mock("netsapiens")
    client = mock.make_client()
    lookups = _Lookups()

    async def calls() -> None:
        await client.aio.subscriptions.list_subscriptions()  # the first: a token, the pool, the imports of a call
        sys.meta_path.insert(0, lookups)
        try:
            await client.aio.subscriptions.list_subscriptions()
        finally:
            sys.meta_path.remove(lookups)

    asyncio.run(calls())
    assert lookups.names == []
