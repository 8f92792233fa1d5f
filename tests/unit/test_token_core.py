"""The token machinery under pressure: timeouts, mixed concurrency, odd token answers, secrets in errors."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from netsapiens_client.api.subscriptions import list_subscriptions

from switchboard import (
    APITimeoutError,
    AuthenticationError,
    RateLimitError,
    RequestValidationError,
    RetryPolicy,
    token_auth_of,
)
from switchboard.netsapiens import make_client

from .conftest import BASE_URL, CLIENT_SECRET, PASSWORD, FakeClock, ScriptedVendor, client_for

FAST = RetryPolicy(initial_delay=0.001, max_delay=0.002)


def test_token_requests_carry_the_client_timeout(vendor: ScriptedVendor, clock: FakeClock) -> None:
    client = client_for(vendor, clock, timeout=1.5)
    seen: list[dict[str, Any]] = []
    answer = vendor.handle

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions.get("timeout", {}))
        return answer(request)

    client._httpx_args["transport"]._transport = httpx.MockTransport(handle)

    list_subscriptions.sync_detailed(client=client)

    assert seen[0] == {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}  # the token request


def test_a_slow_token_fetch_holds_no_caller_past_its_timeout(clock: FakeClock) -> None:
    release = threading.Event()
    vendor = ScriptedVendor()

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/tokens"):
            release.wait(5)  # a token endpoint that ignores timeouts (a mock cannot enforce them)
        return vendor.handle(request)

    client = make_client(
        BASE_URL, "id", CLIENT_SECRET, "u@example", PASSWORD, clock=clock, timeout=0.2,
        transport=httpx.MockTransport(handle), retry=FAST,
    )  # fmt: skip
    first = threading.Thread(target=lambda: list_subscriptions.sync_detailed(client=client))
    first.start()
    time.sleep(0.05)  # the first caller now holds the fetch

    started = time.monotonic()
    with pytest.raises(APITimeoutError, match=r"waited 0\.2 s for another caller.s token fetch"):
        list_subscriptions.sync_detailed(client=client)
    waited = time.monotonic() - started
    release.set()
    first.join()

    assert 0.15 < waited < 1.0


def test_a_token_endpoint_rate_limit_raises_rate_limit_error_after_backoff(
    vendor: ScriptedVendor, clock: FakeClock
) -> None:
    vendor.token_status = 429
    client = client_for(vendor, clock, retry=FAST)

    with pytest.raises(RateLimitError) as limited:
        list_subscriptions.sync_detailed(client=client)

    assert len(vendor.token_requests) == 3  # the default budget: two retries
    assert limited.value.status_code == 429


def test_the_refresh_margin_is_at_most_half_the_lifetime(vendor: ScriptedVendor, clock: FakeClock) -> None:
    vendor.expires_in = 20  # shorter than the 30 s margin
    client = client_for(vendor, clock)

    for _ in range(5):
        list_subscriptions.sync_detailed(client=client)
        clock.advance(2)  # 8 s in: still within the first half of the token's life
    assert len(vendor.token_requests) == 1

    clock.advance(3)  # 11 s in
    list_subscriptions.sync_detailed(client=client)
    assert len(vendor.token_requests) == 2


@pytest.mark.parametrize("answer", [None, "", "two words", 42, "bad\ntoken"])
def test_an_unusable_access_token_is_refused(answer: object, clock: FakeClock) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        token = {"access_token": answer, "token_type": "Bearer", "expires_in": 3600, "refresh_token": "r-1"}
        return httpx.Response(200, json=token)

    # Without validation: the answer reaches the grant and the core's own check (with it, the response check of
    # the spec may refuse the answer first, as a ResponseValidationError).
    client = make_client(
        BASE_URL, "id", CLIENT_SECRET, "u@example", PASSWORD, clock=clock, transport=httpx.MockTransport(handle),
        validate=False,
    )  # fmt: skip

    with pytest.raises(AuthenticationError, match="usable access"):
        list_subscriptions.sync_detailed(client=client)


def test_a_refresh_answer_without_a_refresh_token_keeps_the_previous_one(
    vendor: ScriptedVendor, clock: FakeClock
) -> None:
    client = client_for(vendor, clock)
    answer = vendor._answer

    def without_refresh_token(request: httpx.Request) -> httpx.Response:
        response = answer(request)
        if request.url.path.endswith("/tokens") and vendor.token_requests[-1]["grant_type"] == "refresh_token":
            body = response.json()
            del body["refresh_token"]
            return httpx.Response(200, json=body)
        return response

    vendor._answer = without_refresh_token  # type: ignore[method-assign]
    list_subscriptions.sync_detailed(client=client)
    for _ in range(2):
        clock.advance(3600)
        list_subscriptions.sync_detailed(client=client)

    grants = vendor.token_requests
    assert [g["grant_type"] for g in grants] == ["password", "refresh_token", "refresh_token"]
    assert grants[1]["refresh_token"] == grants[2]["refresh_token"] == "refresh-1"


def test_threads_and_tasks_starting_cold_together_make_one_token_fetch(
    vendor: ScriptedVendor, clock: FakeClock
) -> None:
    vendor.token_delay = 0.1
    client = client_for(vendor, clock)
    start = threading.Barrier(11)

    def in_a_thread(_: int) -> int:
        start.wait()
        return list_subscriptions.sync_detailed(client=client).status_code

    def in_an_event_loop() -> list[int]:
        async def calls() -> list[int]:
            start.wait()
            responses = await asyncio.gather(*(list_subscriptions.asyncio_detailed(client=client) for _ in range(50)))
            return [r.status_code for r in responses]

        return asyncio.run(calls())

    with ThreadPoolExecutor(max_workers=11) as pool:
        threads = pool.map(in_a_thread, range(10))
        tasks = pool.submit(in_an_event_loop)
        statuses = [*threads, *tasks.result()]

    assert statuses == [200] * 60
    assert len(vendor.token_requests) == 1
    assert token_auth_of(client).token_fetches == 1


def test_one_client_serves_two_asyncio_runs(vendor: ScriptedVendor, clock: FakeClock) -> None:
    client = client_for(vendor, clock)

    async def call() -> int:
        return (await list_subscriptions.asyncio_detailed(client=client)).status_code

    assert [asyncio.run(call()), asyncio.run(call())] == [200, 200]
    assert len(vendor.token_requests) == 1


def test_a_token_request_that_breaks_the_spec_names_fields_without_quoting_secrets(
    vendor: ScriptedVendor, clock: FakeClock
) -> None:
    client = make_client(
        BASE_URL, "client-id", CLIENT_SECRET, "", PASSWORD, clock=clock, transport=httpx.MockTransport(vendor.handle)
    )

    with pytest.raises(RequestValidationError) as caught:
        list_subscriptions.sync_detailed(client=client)

    error = caught.value
    assert error.operation_id == "create_token"
    texts = [str(error), repr(error), *(repr(v) for v in error.violations), *(v.detail for v in error.violations)]
    for text in texts:
        assert CLIENT_SECRET not in text
        assert PASSWORD not in text
    assert error.field == "username"  # the failing field of the closest variant is named
    assert vendor.requests == []


def test_secrets_are_masked_by_value_wherever_they_appear(vendor: ScriptedVendor, clock: FakeClock) -> None:
    vendor.token_status = 401
    client = client_for(vendor, clock)
    vendor_message = f"no user with password {PASSWORD} and secret {CLIENT_SECRET}"
    answer = vendor._answer

    def echoing(request: httpx.Request) -> httpx.Response:
        response = answer(request)
        if response.status_code == 401:
            return httpx.Response(401, json={"code": 401, "message": vendor_message})
        return response

    vendor._answer = echoing  # type: ignore[method-assign]
    vendor.token_status = 200
    vendor.reject = lambda request: True  # API calls answer 401 echoing the secrets

    with pytest.raises(AuthenticationError) as caught:
        list_subscriptions.sync_detailed(client=client)

    error: Any = caught.value
    for text in (str(error), repr(error), str(error.vendor_message)):
        assert PASSWORD not in text
        assert CLIENT_SECRET not in text
    assert "no user with password *** and secret ***" in str(error)
