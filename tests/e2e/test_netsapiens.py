"""The generated Netsapiens client with its overlay against the mock served on a loopback port."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from netsapiens_client import Client
from netsapiens_client.models import MessageSend, SubscriptionCreate, SubscriptionUpdate

from switchboard import APIConnectionError, NotFoundError, RateLimitError, RequestValidationError, token_auth_of
from switchboard.netsapiens import make_client
from switchboard_mocks import RunningMock, create_app, serve
from switchboard_mocks.netsapiens import DEFAULT_SETTINGS
from switchboard_mocks.pytest_plugin import MockFactory, ServedMock

pytestmark = pytest.mark.e2e

SETTINGS = {**DEFAULT_SETTINGS, "password": "e2e-password", "token_ttl": "300"}


@pytest.fixture
def mock(switchboard_mock: MockFactory) -> ServedMock:
    """The netsapiens mock on a loopback port, from the pytest plugin users get (``switchboard_mock``)."""
    return switchboard_mock("netsapiens", settings=SETTINGS)


def client_for(mock: RunningMock | ServedMock) -> Client:
    return make_client(
        mock.base_url, SETTINGS["client_id"], SETTINGS["client_secret"], SETTINGS["username"], SETTINGS["password"]
    )


def expire_tokens(mock: RunningMock | ServedMock) -> None:
    """Move the mock's clock past the token lifetime: the client's cached token is now refused."""
    httpx.post(f"{mock.url}/__mock__/clock", json={"advance": 301}).raise_for_status()


def statuses(mock: ServedMock) -> list[tuple[str, Any]]:
    journal = httpx.get(f"{mock.url}/__mock__/journal").json()
    return [(entry.get("operation", "?"), entry["status"]) for entry in journal]


def test_demo_flow_sync(mock: ServedMock) -> None:
    client = client_for(mock)
    sms = MessageSend(type_="sms", message="hello", destination=["15551230000"], from_number="15550000000")

    assert client.messages.send_message_new_session("~", "~", body=sms).code == 202
    sessions = client.messages.list_user_message_sessions("~", "~")
    assert len(sessions) == 1
    session_id = sessions[0].messagesession_id
    reply = MessageSend(type_="sms", message="second", destination=["15551230000"], from_number="15550000000")
    client.messages.send_message_in_session("~", "~", session_id, body=reply)
    messages = client.messages.list_session_messages("~", "~", session_id)
    assert [m.text for m in messages] == ["hello", "second"]

    created = client.subscriptions.create_subscription(
        body=SubscriptionCreate(model="message", post_url="https://hooks.example.com/ns")
    )
    assert client.subscriptions.read_subscription(created.id).model == "message"
    client.subscriptions.update_subscription(created.id, body=SubscriptionUpdate(subscription_geo_support="no"))
    updated = client.subscriptions.read_subscription(created.id)
    assert updated.subscription_geo_support == "no"

    expire_tokens(mock)  # mid-flow: the next call meets a 401, refreshes once and resends
    assert [s.id for s in client.subscriptions.list_subscriptions()] == [created.id]

    client.subscriptions.delete_subscription(created.id)
    with pytest.raises(NotFoundError) as gone:
        client.subscriptions.read_subscription(created.id)
    assert gone.value.code == 404

    assert token_auth_of(client).token_fetches == 2
    assert ("list_subscriptions", 401) in statuses(mock)
    assert mock.app.spec_violations == []


def test_demo_flow_async(mock: ServedMock) -> None:
    client = client_for(mock)

    async def flow() -> None:
        sms = MessageSend(type_="chat", message="hi", destination="1001")
        sent = await asyncio.gather(
            *(client.aio.messages.send_message_new_session("~", "~", body=sms) for _ in range(20))
        )
        assert {s.code for s in sent} == {202}
        sessions = await client.aio.messages.list_user_message_sessions("~", "~", limit=1000)
        assert len(sessions) == 20

        created = await client.aio.subscriptions.create_subscription(
            body=SubscriptionCreate(model="messagesession", post_url="https://hooks.example.com/a")
        )
        expire_tokens(mock)
        read = await asyncio.gather(*(client.aio.subscriptions.read_subscription(created.id) for _ in range(10)))
        assert {r.id for r in read} == {created.id}
        await client.aio.subscriptions.delete_subscription(created.id)
        with pytest.raises(NotFoundError):
            await client.aio.subscriptions.read_subscription(created.id)

    asyncio.run(flow())

    assert token_auth_of(client).token_fetches == 2  # ten concurrent 401s, one refresh
    assert mock.app.spec_violations == []


def test_a_refresh_token_that_expired_too_falls_back_to_the_password_grant(mock: ServedMock) -> None:
    client = client_for(mock)
    client.subscriptions.list_subscriptions()
    httpx.post(f"{mock.url}/__mock__/clock", json={"advance": 90_000}).raise_for_status()

    assert client.subscriptions.list_subscriptions() == []

    grants = [e for e in httpx.get(f"{mock.url}/__mock__/journal").json() if e.get("operation") == "create_token"]
    assert [g["status"] for g in grants] == [200, 401, 200]


def test_an_invalid_request_never_reaches_the_mock(mock: ServedMock) -> None:
    client = client_for(mock)

    with pytest.raises(RequestValidationError, match="limit"):
        client.messages.list_user_message_sessions("~", "~", limit=5000)

    assert statuses(mock) == []


def test_injected_faults_surface_as_typed_errors(mock: ServedMock) -> None:
    client = client_for(mock)
    faults = f"{mock.url}/__mock__/faults"
    # More faults than any retry budget: whatever the client retries, the last answer is the error.
    limit = {"operation": "list_subscriptions", "status": 429, "retry_after": 0, "times": 20}
    httpx.post(faults, json=limit).raise_for_status()
    httpx.post(faults, json={"operation": "read_subscription", "drop": True, "times": 20}).raise_for_status()

    with pytest.raises(RateLimitError) as limited:
        client.subscriptions.list_subscriptions()
    assert limited.value.retry_after == 0.0
    with pytest.raises(APIConnectionError):
        client.subscriptions.read_subscription("0" * 32)

    httpx.delete(faults).raise_for_status()
    assert client.subscriptions.list_subscriptions() == []
    assert ("list_subscriptions", 429) in statuses(mock)
    assert ("read_subscription", "dropped") in statuses(mock)


def test_one_refresh_for_many_threads_and_tasks_when_refresh_tokens_rotate() -> None:
    """With single-use refresh tokens a second concurrent refresh would be refused (401) and fall back to the
    password grant: the mock's journal shows whether the client's single flight holds."""
    settings = {**SETTINGS, "refresh_reuse": "rotate"}
    with serve(create_app("netsapiens", settings=settings)) as mock:
        client = client_for(mock)
        assert client.subscriptions.list_subscriptions() == []

        expire_tokens(mock)
        with ThreadPoolExecutor(max_workers=20) as pool:
            answers = list(pool.map(lambda _: client.subscriptions.list_subscriptions(), range(40)))
        assert answers == [[]] * 40

        expire_tokens(mock)

        async def many() -> list[Any]:
            return await asyncio.gather(*(client.aio.subscriptions.list_subscriptions() for _ in range(100)))

        assert asyncio.run(many()) == [[]] * 100

        grants = [e["status"] for e in httpx.get(f"{mock.url}/__mock__/journal").json() if e["path"] == "/tokens"]
        assert grants == [200, 200, 200]  # the password grant, then one refresh per expiry, none refused
        assert token_auth_of(client).token_fetches == 3
        assert mock.app.spec_violations == []


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_the_console_command_serves_the_mock_with_the_given_credentials() -> None:
    port = _free_port()
    command = [sys.executable, "-m", "switchboard_mocks", "netsapiens", "--port", str(port), "--token-ttl", "5"]
    command += ["--credential", "password=from-the-command-line", "--log-level", "warning"]
    process = subprocess.Popen(command, env={**os.environ, "PYTHONUNBUFFERED": "1"})  # noqa: S603
    try:
        base = f"http://127.0.0.1:{port}/ns-api/v2"
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/__mock__/journal")
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        body = {k: DEFAULT_SETTINGS[k] for k in ("client_id", "client_secret", "username")}
        refused = httpx.post(
            f"{base}/tokens", json={"grant_type": "password", **body, "password": "switchboard-password"}
        )
        granted = httpx.post(
            f"{base}/tokens", json={"grant_type": "password", **body, "password": "from-the-command-line"}
        )
        assert refused.status_code == 401
        assert granted.status_code == 200
        assert granted.json()["expires_in"] == 5
    finally:
        process.terminate()
        process.wait(10)


def test_the_console_script_lists_its_options() -> None:
    script = Path(sys.executable).parent / "switchboard-mock"

    result = subprocess.run([str(script), "--help"], capture_output=True, text=True, check=True)  # noqa: S603

    for option in (
        "--port",
        "--token-ttl",
        "--credential",
        "--setting",
        "--journal-size",
        "--access-log",
        "netsapiens",
    ):
        assert option in result.stdout


def _console_output(*options: str) -> tuple[str, list[dict[str, Any]]]:
    """Run the console command at log level info, send three requests, stop it: (its output, its journal)."""
    port = _free_port()
    command = [sys.executable, "-m", "switchboard_mocks", "netsapiens", "--port", str(port), "--log-level", "info"]
    process = subprocess.Popen(  # noqa: S603
        [*command, *options],
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/ns-api/v2/subscriptions")
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        for _ in range(2):
            httpx.get(f"http://127.0.0.1:{port}/ns-api/v2/subscriptions")
        journal = httpx.get(f"http://127.0.0.1:{port}/__mock__/journal").json()
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=10)
    return output, journal


def test_the_access_log_is_off_unless_asked_for_and_the_journal_size_is_an_option() -> None:
    quiet, journal = _console_output("--journal-size", "2")
    loud, _ = _console_output("--access-log")

    assert "GET /ns-api/v2/subscriptions" not in quiet
    assert "Uvicorn running" in quiet  # the info log itself is on
    assert loud.count("GET /ns-api/v2/subscriptions") == 3
    assert len(journal) == 2
