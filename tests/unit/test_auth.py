"""Token auth through the generated Netsapiens client: grants, refresh, 401 recovery, single flight."""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from netsapiens_client.api.messages import list_domain_message_sessions
from netsapiens_client.api.subscriptions import list_subscriptions

from switchboard import AuthenticationError, UnauthorizedError, token_auth_of

from .conftest import CLIENT_SECRET, PASSWORD, FakeClock, ScriptedVendor, client_for


def test_first_call_uses_the_password_grant(vendor: ScriptedVendor, clock: FakeClock) -> None:
    client = client_for(vendor, clock)

    list_subscriptions.sync_detailed(client=client)
    list_subscriptions.sync_detailed(client=client)

    assert [t["grant_type"] for t in vendor.token_requests] == ["password"]
    assert [r.headers["authorization"] for r in vendor.api_requests] == ["Bearer access-1", "Bearer access-1"]


def test_token_is_refreshed_ahead_of_expiry_with_the_refresh_token(vendor: ScriptedVendor, clock: FakeClock) -> None:
    client = client_for(vendor, clock, refresh_margin=30)
    list_subscriptions.sync_detailed(client=client)

    clock.advance(3600 - 31)  # still outside the margin
    list_subscriptions.sync_detailed(client=client)
    clock.advance(2)  # now inside it
    list_subscriptions.sync_detailed(client=client)

    assert [t["grant_type"] for t in vendor.token_requests] == ["password", "refresh_token"]
    assert vendor.token_requests[1]["refresh_token"] == "refresh-1"
    assert vendor.api_requests[-1].headers["authorization"] == "Bearer access-4"


def test_a_401_causes_one_refresh_and_one_resend(vendor: ScriptedVendor, clock: FakeClock) -> None:
    vendor.reject = lambda request: request.headers["authorization"] == "Bearer access-1"
    client = client_for(vendor, clock)

    response = list_subscriptions.sync_detailed(client=client)

    assert response.status_code == 200
    assert [t["grant_type"] for t in vendor.token_requests] == ["password", "refresh_token"]
    assert [r.headers["authorization"] for r in vendor.api_requests] == ["Bearer access-1", "Bearer access-3"]


def test_a_second_401_raises_instead_of_looping(vendor: ScriptedVendor, clock: FakeClock) -> None:
    vendor.reject = lambda request: True
    client = client_for(vendor, clock)

    with pytest.raises(UnauthorizedError) as caught:
        list_subscriptions.sync_detailed(client=client)

    assert len(vendor.api_requests) == 2
    assert len(vendor.token_requests) == 2
    assert caught.value.status_code == 401
    assert caught.value.vendor_message == "expired token"


def test_refused_refresh_token_falls_back_to_the_password_grant(vendor: ScriptedVendor, clock: FakeClock) -> None:
    client = client_for(vendor, clock)
    list_subscriptions.sync_detailed(client=client)
    vendor.refresh_status = 401
    clock.advance(3600)

    list_subscriptions.sync_detailed(client=client)

    assert [t["grant_type"] for t in vendor.token_requests] == ["password", "refresh_token", "password"]
    assert vendor.api_requests[-1].headers["authorization"] == "Bearer access-4"


def test_refused_password_raises_at_once(vendor: ScriptedVendor, clock: FakeClock) -> None:
    vendor.token_status = 401
    client = client_for(vendor, clock)

    with pytest.raises(AuthenticationError, match="refused the password grant with HTTP 401"):
        list_subscriptions.sync_detailed(client=client)

    assert len(vendor.token_requests) == 1
    assert vendor.api_requests == []


def test_a_failing_token_endpoint_gives_up_after_three_attempts(vendor: ScriptedVendor, clock: FakeClock) -> None:
    vendor.token_status = 503
    client = client_for(vendor, clock)

    with pytest.raises(AuthenticationError, match="no token after 3 attempts"):
        list_subscriptions.sync_detailed(client=client)

    assert len(vendor.token_requests) == 3
    assert vendor.api_requests == []


def test_fifty_threads_on_an_expired_token_cause_one_token_request(vendor: ScriptedVendor, clock: FakeClock) -> None:
    vendor.token_delay = 0.05
    client = client_for(vendor, clock)
    list_subscriptions.sync_detailed(client=client)
    clock.advance(7200)

    with ThreadPoolExecutor(max_workers=50) as pool:
        statuses = list(pool.map(lambda _: list_subscriptions.sync_detailed(client=client).status_code, range(50)))

    assert statuses == [200] * 50
    assert [t["grant_type"] for t in vendor.token_requests] == ["password", "refresh_token"]
    assert {r.headers["authorization"] for r in vendor.api_requests[1:]} == {"Bearer access-3"}


@pytest.mark.anyio
async def test_a_thousand_tasks_on_an_expired_token_cause_one_token_request(
    vendor: ScriptedVendor, clock: FakeClock
) -> None:
    vendor.token_delay = 0.05
    client = client_for(vendor, clock)
    await list_subscriptions.asyncio_detailed(client=client)
    clock.advance(7200)

    responses = await asyncio.gather(*(list_subscriptions.asyncio_detailed(client=client) for _ in range(1000)))

    assert {r.status_code for r in responses} == {200}
    assert len(vendor.api_requests) == 1001
    assert [t["grant_type"] for t in vendor.token_requests] == ["password", "refresh_token"]
    assert token_auth_of(client).token_fetches == 2


@pytest.mark.anyio
async def test_async_401_causes_one_refresh_and_one_resend(vendor: ScriptedVendor, clock: FakeClock) -> None:
    vendor.reject = lambda request: request.headers["authorization"] == "Bearer access-1"
    client = client_for(vendor, clock)

    response = await list_domain_message_sessions.asyncio_detailed("~", client=client)

    assert response.status_code == 200
    assert [r.headers["authorization"] for r in vendor.api_requests] == ["Bearer access-1", "Bearer access-3"]


def test_one_client_serves_several_event_loops(vendor: ScriptedVendor, clock: FakeClock) -> None:
    client = client_for(vendor, clock)

    async def call() -> int:
        # A fresh httpx client per loop: an AsyncClient is bound to the loop that first used it.
        client._async_client = None
        return (await list_subscriptions.asyncio_detailed(client=client)).status_code

    assert [asyncio.run(call()), asyncio.run(call())] == [200, 200]
    assert len(vendor.token_requests) == 1


def test_secrets_stay_out_of_reprs_errors_and_logs(
    vendor: ScriptedVendor, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    vendor.token_status = 401
    client = client_for(vendor, clock)
    auth = token_auth_of(client)

    with pytest.raises(AuthenticationError) as caught:
        list_subscriptions.sync_detailed(client=client)
    vendor.token_status = 200
    list_subscriptions.sync_detailed(client=client)

    seen = [repr(client), repr(auth), repr(auth.grant), repr(auth._token), str(caught.value), caplog.text]
    for text in seen:
        assert CLIENT_SECRET not in text
        assert PASSWORD not in text
        assert "access-2" not in text  # the live access token
        assert "refresh-2" not in text
    assert isinstance(caught.value.request, httpx.Request)  # about-the-type: the error keeps the request


def test_a_sync_token_fetch_does_not_block_an_event_loop(vendor: ScriptedVendor, clock: FakeClock) -> None:
    vendor.token_delay = 1.0
    client = client_for(vendor, clock)

    async def loop_stays_responsive() -> tuple[int, int]:
        # Waiting for the thread that is fetching a token must leave this loop running.
        ticks = 0

        async def tick() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        ticker = asyncio.create_task(tick())
        response = await list_subscriptions.asyncio_detailed(client=client)
        ticker.cancel()
        return response.status_code, ticks

    with ThreadPoolExecutor(max_workers=1) as pool:
        fetching = pool.submit(list_subscriptions.sync_detailed, client=client)
        time.sleep(0.2)  # the thread now holds the fetch, waiting on the slow token endpoint
        status, ticks = asyncio.run(loop_stays_responsive())
        assert fetching.result().status_code == 200

    assert status == 200
    assert ticks >= 10  # the loop ran while its task waited about 0.8 s
    assert len(vendor.token_requests) == 1
