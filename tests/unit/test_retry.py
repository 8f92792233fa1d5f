"""One retry mechanism for every vendor: what is retried, how long it waits, what is never sent twice, the logs."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from netsapiens_client.api.subscriptions import create_subscription, list_subscriptions, read_subscription
from netsapiens_client.models import SubscriptionCreate

from switchboard import (
    APIConnectionError,
    APITimeoutError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    SwitchboardError,
    max_retries,
)
from switchboard._retry import parse_retry_after
from switchboard._transport import DualTransport
from switchboard.spec import Spec

from .conftest import BASE_URL, FakeClock, ScriptedVendor

SUBSCRIPTION = "603559d421797c7b09b904ea9b6e6079"
FAST = RetryPolicy(initial_delay=0.001, max_delay=0.002)
Step = Callable[[httpx.Request], httpx.Response]


@dataclass
class Flaky:
    """API requests meet ``failures`` in order (a status, or an exception to raise), then succeed."""

    failures: list[int | type[Exception]]
    vendor: ScriptedVendor = field(default_factory=ScriptedVendor)
    retry_after: str | None = None
    api_calls: int = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/tokens"):
            return self.vendor.handle(request)
        self.api_calls += 1
        if self.failures:
            failure = self.failures.pop(0)
            if isinstance(failure, int):
                headers = {"Retry-After": self.retry_after} if self.retry_after else {}
                return httpx.Response(failure, json={"code": failure, "message": "try later"}, headers=headers)
            raise failure("injected", request=request)  # type: ignore[call-arg]
        if request.method == "GET" and request.url.path.endswith("/subscriptions"):
            return httpx.Response(200, json=[])
        return httpx.Response(200, json={"id": SUBSCRIPTION, "model": "message", "post-url": "https://h.example.com"})

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        return self.handle(request)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits between attempts, recorded instead of slept."""
    waited: list[float] = []
    monkeypatch.setattr("switchboard._transport.time.sleep", waited.append)

    async def no_wait(seconds: float) -> None:
        waited.append(seconds)

    monkeypatch.setattr("switchboard._transport.asyncio.sleep", no_wait)
    return waited


def flaky_client(flaky: Flaky, clock: FakeClock, **options: object) -> object:
    import switchboard.netsapiens

    options.setdefault("retry", FAST)
    return switchboard.netsapiens.make_client(
        BASE_URL,
        "client-id",
        "s3cret-client-value",
        "1000@example.com",
        "hunter2-password-value",
        clock=clock,
        transport=httpx.MockTransport(flaky.handle),
        async_transport=httpx.MockTransport(flaky.ahandle),
        **options,  # type: ignore[arg-type]
    )


BODY = SubscriptionCreate(model="message", post_url="https://hooks.example.com/ns")


@pytest.mark.parametrize("failure", [408, 429, 500, 502, 503, 504, httpx.ConnectError, httpx.RemoteProtocolError])
def test_an_idempotent_call_is_retried_until_it_succeeds(failure: int | type[Exception], clock: FakeClock) -> None:
    flaky = Flaky([failure, failure])
    client = flaky_client(flaky, clock)

    assert list_subscriptions.sync_detailed(client=client).status_code == 200  # type: ignore[arg-type]

    assert flaky.api_calls == 3


def test_the_default_budget_is_two_retries(clock: FakeClock) -> None:
    flaky = Flaky([503, 503, 503])
    client = flaky_client(flaky, clock)

    with pytest.raises(ServerError):
        list_subscriptions.sync_detailed(client=client)  # type: ignore[arg-type]

    assert flaky.api_calls == 3


@pytest.mark.parametrize("failure", [503, 429, httpx.ReadError, httpx.RemoteProtocolError, httpx.ReadTimeout])
def test_a_send_is_never_sent_twice(failure: int | type[Exception], clock: FakeClock) -> None:
    flaky = Flaky([failure])
    client = flaky_client(flaky, clock)

    with pytest.raises(SwitchboardError):
        create_subscription.sync_detailed(client=client, body=BODY)  # type: ignore[arg-type]

    assert flaky.api_calls == 1


@pytest.mark.parametrize("failure", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
def test_a_send_whose_connection_failed_before_sending_is_retried(failure: type[Exception], clock: FakeClock) -> None:
    flaky = Flaky([failure])
    client = flaky_client(flaky, clock)

    assert create_subscription.sync_detailed(client=client, body=BODY).status_code == 200  # type: ignore[arg-type]

    assert flaky.api_calls == 2


def test_connection_failures_that_remain_raise_typed_errors(clock: FakeClock) -> None:
    client = flaky_client(Flaky([httpx.ConnectError] * 3), clock)
    with pytest.raises(APIConnectionError) as failed:
        list_subscriptions.sync_detailed(client=client)  # type: ignore[arg-type]
    assert failed.value.request is not None
    assert "GET https://pbx.example.com/ns-api/v2/subscriptions failed: ConnectError" in str(failed.value)

    client = flaky_client(Flaky([httpx.ReadTimeout]), clock)
    with pytest.raises(APITimeoutError):
        create_subscription.sync_detailed(client=client, body=BODY)  # type: ignore[arg-type]


def test_max_retries_per_client_and_per_call(clock: FakeClock) -> None:
    flaky = Flaky([503] * 10)
    client = flaky_client(flaky, clock, retry=RetryPolicy(max_retries=4, initial_delay=0.001))
    with pytest.raises(ServerError):
        list_subscriptions.sync_detailed(client=client)  # type: ignore[arg-type]
    assert flaky.api_calls == 5

    flaky.api_calls = 0
    with max_retries(0), pytest.raises(ServerError):
        list_subscriptions.sync_detailed(client=client)  # type: ignore[arg-type]
    assert flaky.api_calls == 1

    flaky.api_calls = 0
    client = flaky_client(Flaky([]), clock, max_retries=0)  # the make_client keyword
    assert list_subscriptions.sync_detailed(client=client).status_code == 200  # type: ignore[arg-type]


def test_retry_after_is_honoured_in_seconds_and_as_a_date(clock: FakeClock, sleeps: list[float]) -> None:
    flaky = Flaky([429], retry_after="3")
    list_subscriptions.sync_detailed(client=flaky_client(flaky, clock))  # type: ignore[arg-type]
    assert sleeps == [3.0]

    date = email.utils.formatdate(time.time() + 20, usegmt=True)
    assert 18 <= (parse_retry_after(date) or 0) <= 20
    assert parse_retry_after("soon") is None
    assert parse_retry_after("nan") is None


def test_a_retry_after_beyond_the_cap_is_not_waited_for(clock: FakeClock, sleeps: list[float]) -> None:
    flaky = Flaky([429], retry_after="3600")

    with pytest.raises(RateLimitError) as limited:
        list_subscriptions.sync_detailed(client=flaky_client(flaky, clock))  # type: ignore[arg-type]

    assert limited.value.retry_after == 3600.0
    assert sleeps == []
    assert flaky.api_calls == 1


def test_backoff_is_exponential_with_full_jitter(clock: FakeClock, sleeps: list[float]) -> None:
    random.seed(7)
    policy = RetryPolicy(max_retries=6, initial_delay=0.5, max_delay=4.0)
    flaky = Flaky([503] * 6)

    list_subscriptions.sync_detailed(client=flaky_client(flaky, clock, retry=policy))  # type: ignore[arg-type]

    caps = [0.5, 1.0, 2.0, 4.0, 4.0, 4.0]
    assert len(sleeps) == 6
    assert all(0 <= wait <= cap for wait, cap in zip(sleeps, caps, strict=True))
    assert len(set(sleeps)) == 6  # jittered, not fixed


def test_x_idempotent_operations_are_retried_although_post() -> None:
    document = {
        "openapi": "3.1.0",
        "paths": {
            "/search": {"post": {"operationId": "search", "x-idempotent": True, "responses": {"200": {}}}},
            "/send": {"post": {"operationId": "send", "responses": {"200": {}}}},
        },
    }
    calls: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        return httpx.Response(503 if len(calls) % 2 else 200)

    transport = DualTransport(httpx.MockTransport(handle), retry=FAST, spec=Spec(document, "demo"))
    with httpx.Client(transport=transport, base_url="https://api.example.com") as client:
        assert client.post("/search").status_code == 200
        calls.clear()
        assert client.post("/send").status_code == 503

    assert calls == ["/send"]


def test_async_calls_are_retried_too(clock: FakeClock) -> None:
    flaky = Flaky([503, httpx.ConnectError])
    client = flaky_client(flaky, clock)

    response = asyncio.run(list_subscriptions.asyncio_detailed(client=client))  # type: ignore[arg-type]

    assert response.status_code == 200
    assert flaky.api_calls == 3


def test_each_request_and_retry_is_logged_at_debug_and_nothing_at_info(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    flaky = Flaky([503])
    client = flaky_client(flaky, clock)

    with caplog.at_level(logging.INFO, logger="switchboard"):
        list_subscriptions.sync_detailed(client=client)  # type: ignore[arg-type]
    assert [r for r in caplog.records if r.name == "switchboard"] == []

    flaky.failures = [503]
    with caplog.at_level(logging.DEBUG, logger="switchboard"):
        read_subscription.sync_detailed(SUBSCRIPTION, client=client)  # type: ignore[arg-type]
    lines = [r.getMessage() for r in caplog.records if r.name == "switchboard"]

    url = f"{BASE_URL}/subscriptions/{SUBSCRIPTION}"
    assert lines[0].startswith(f"GET {url} -> 503 in ")
    assert lines[0].endswith("ms (attempt 1)")
    assert lines[1].startswith(f"retrying GET {url} in ")
    assert lines[1].endswith("(retry 1 of 2): HTTP 503")
    assert lines[2].startswith(f"GET {url} -> 200 in ")


def test_credentials_in_a_query_string_are_redacted_in_logs(caplog: pytest.LogCaptureFixture) -> None:
    transport = DualTransport(httpx.MockTransport(lambda request: httpx.Response(200)), retry=FAST)
    with caplog.at_level(logging.DEBUG, logger="switchboard"), httpx.Client(transport=transport) as client:
        client.get("https://api.example.com/users?key=kandy-user-key-123&name=bob")

    line = next(r.getMessage() for r in caplog.records if r.name == "switchboard")
    assert "kandy-user-key-123" not in line
    assert "key=***&name=bob" in line


def test_a_body_that_cannot_be_decoded_is_a_typed_error(clock: FakeClock) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/tokens"):
            return ScriptedVendor().handle(request)
        return httpx.Response(200, content=b"not gzip", headers={"Content-Encoding": "gzip"})

    client = make_client_with(httpx.MockTransport(handle), clock)

    with pytest.raises(APIConnectionError, match="DecodingError"):
        list_subscriptions.sync_detailed(client=client)


def make_client_with(transport: httpx.MockTransport, clock: FakeClock) -> Any:
    import switchboard.netsapiens

    return switchboard.netsapiens.make_client(
        BASE_URL, "id", "s3cret-client-value", "u@example", "hunter2-password-value", clock=clock, transport=transport
    )
