"""The Netsapiens client against its mock injecting 20 % faults over loopback: retries absorb them, sends are never
repeated, and one client serves several event loops with real connection pools."""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections import Counter
from typing import Any

import httpx
import pytest
from netsapiens_client import Client
from netsapiens_client.api.subscriptions import (
    list_subscriptions,
    update_subscription,
)
from netsapiens_client.models import SubscriptionCreate, SubscriptionUpdate

import switchboard
from switchboard import APIConnectionError, RetryPolicy, SwitchboardError
from switchboard._retry import DEFAULT_MAX_RETRIES
from switchboard.netsapiens import make_client
from switchboard_mocks.netsapiens import DEFAULT_SETTINGS
from switchboard_mocks.pytest_plugin import MockFactory, ServedMock

pytestmark = pytest.mark.e2e

IDEMPOTENT_CALLS = 150
SENDS = 40
# Three kinds of fault on every operation, 1 - (1 - 0.0717) ** 3 = 20 % of requests in all.
FAULTS: list[dict[str, Any]] = [
    {"status": 429, "retry_after": 0.01},
    {"status": 503},
    {"drop": True},
]
PER_KIND = 0.0717
# The default budget (two retries), with short waits so that the test stays short.
SHORT_WAITS = RetryPolicy(initial_delay=0.005, max_delay=0.02)


@pytest.fixture
def mock(switchboard_mock: MockFactory) -> ServedMock:
    """The netsapiens mock on a loopback port, from the pytest plugin users get (``switchboard_mock``)."""
    return switchboard_mock("netsapiens", settings=DEFAULT_SETTINGS)


def client_for(mock: ServedMock, **options: Any) -> Client:
    settings = DEFAULT_SETTINGS
    return make_client(
        mock.base_url,
        settings["client_id"],
        settings["client_secret"],
        settings["username"],
        settings["password"],
        **options,
    )


def journal(mock: ServedMock) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = httpx.get(f"{mock.url}/__mock__/journal").json()
    return entries


def test_idempotent_calls_survive_twenty_percent_faults_and_no_send_is_repeated(mock: ServedMock) -> None:
    client = client_for(mock, retry=SHORT_WAITS)
    created = [
        client.subscriptions.create_subscription(
            body=SubscriptionCreate(model="message", post_url=f"https://hooks.example.com/{n}")
        )
        for n in range(3)
    ]
    ids = [s.id for s in created]
    assert len(ids) == 3
    for fault in FAULTS:
        payload = {"operation": "*", "probability": PER_KIND, "times": 1_000_000, **fault}
        httpx.post(f"{mock.url}/__mock__/faults", json=payload).raise_for_status()
    before = len(journal(mock))

    calls_failed = 0
    for n in range(IDEMPOTENT_CALLS):
        try:
            if n % 3 == 0:
                assert len(client.subscriptions.list_subscriptions()) == 3
            elif n % 3 == 1:
                assert client.subscriptions.read_subscription(ids[n % 3]).id == ids[n % 3]
            else:
                body = SubscriptionUpdate(subscription_geo_support="yes" if n % 2 else "no")
                assert update_subscription.sync_detailed(ids[n % 3], client=client, body=body).status_code == 202
        except SwitchboardError:
            calls_failed += 1

    sends_failed = 0
    for n in range(SENDS):
        send = SubscriptionCreate(model="messagesession", post_url=f"https://hooks.example.com/send-{n}")
        try:
            client.subscriptions.create_subscription(body=send)
        except SwitchboardError:
            sends_failed += 1

    entries = [e for e in journal(mock)[before:] if e.get("operation") != "create_token"]
    # Calls are sequential and each differs in operation from the one before: a run of entries is one call.
    first_send = next(i for i, e in enumerate(entries) if e.get("operation") == "create_subscription")
    idempotent = [list(run) for _, run in itertools.groupby(entries[:first_send], key=lambda e: e.get("operation"))]
    sends = [[e] for e in entries[first_send:]]
    outcomes = Counter(str(e.get("status")) for e in entries)
    injected = outcomes["429"] + outcomes["503"] + outcomes["dropped"]
    print(
        f"{len(entries)} requests, {injected} faults ({dict(outcomes)}); idempotent calls: {len(idempotent)},"
        f" {calls_failed} failed after {DEFAULT_MAX_RETRIES} retries; sends: {len(sends)}, {sends_failed} failed"
    )
    assert injected >= 0.15 * len(entries)  # the faults did happen
    assert outcomes["dropped"] > 0
    assert len(idempotent) == IDEMPOTENT_CALLS
    for attempts in idempotent:
        assert all(_is_fault(e) for e in attempts[:-1])  # retried only after a fault
        assert len(attempts) <= DEFAULT_MAX_RETRIES + 1
        if _is_fault(attempts[-1]):
            assert len(attempts) == DEFAULT_MAX_RETRIES + 1  # a failure only once the budget was spent
    assert calls_failed == sum(1 for attempts in idempotent if _is_fault(attempts[-1]))
    assert calls_failed <= 0.02 * IDEMPOTENT_CALLS  # three faults in a row: about 0.8 % of calls
    # Each send reached the mock once, whatever happened to it.
    assert len(sends) == SENDS
    assert all(entry["operation"] == "create_subscription" for (entry,) in sends)
    assert sends_failed == sum(1 for (entry,) in sends if _is_fault(entry))


def _is_fault(entry: dict[str, Any]) -> bool:
    return entry.get("status") in (429, 503, "dropped")


def test_one_client_serves_several_asyncio_runs_over_real_connections(mock: ServedMock) -> None:
    client = client_for(mock)

    async def call() -> list[int]:
        responses = await asyncio.gather(*(list_subscriptions.asyncio_detailed(client=client) for _ in range(5)))
        return [r.status_code for r in responses]

    assert asyncio.run(call()) == [200] * 5
    assert asyncio.run(call()) == [200] * 5  # a new loop: the pool of the closed one is not reused


def test_a_dropped_connection_is_a_typed_error_and_no_traceback_in_the_mock_log(mock: ServedMock) -> None:
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign,assignment]
    server_log = logging.getLogger("uvicorn.error")
    server_log.addHandler(handler)
    client = client_for(mock)
    client.subscriptions.list_subscriptions()  # the token first, so that the fault meets the call
    fault = {"operation": "list_subscriptions", "drop": True, "times": 1}
    httpx.post(f"{mock.url}/__mock__/faults", json=fault).raise_for_status()
    try:
        with switchboard.max_retries(0), pytest.raises(APIConnectionError, match="RemoteProtocolError"):
            client.subscriptions.list_subscriptions()
        assert client.subscriptions.list_subscriptions() == []  # the next connection is fine
    finally:
        server_log.removeHandler(handler)

    assert [e["status"] for e in journal(mock)[-2:]] == ["dropped", 200]
    assert [r.getMessage() for r in records if r.levelno >= logging.ERROR] == []
