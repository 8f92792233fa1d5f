"""Webhooks end to end over loopback: send with the client, the mock delivers, the receiver hands typed events over.

Both sides are real HTTP servers on port 0: the vendor mock (``switchboard_mocks.serve``) and the receiver app
(uvicorn in a thread). The mock clock is moved through ``/__mock__/clock``.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import uvicorn
from gatum_client.models import SmsMessage
from gatum_client.webhooks import DeliveryReport
from netsapiens_client import Client as NetsapiensClient
from netsapiens_client.models import MessageSend, SubscriptionCreate
from netsapiens_client.webhooks import Message, MessageSession
from starlette.applications import Starlette
from starlette.routing import Mount

from switchboard import gatum as gatum_overlay
from switchboard import netsapiens as netsapiens_overlay
from switchboard.webhooks import gatum, netsapiens
from switchboard_mocks import RunningMock, create_app, serve
from switchboard_mocks.gatum import DEFAULT_SETTINGS as GATUM_SETTINGS
from switchboard_mocks.netsapiens import DEFAULT_SETTINGS as NETSAPIENS_SETTINGS

pytestmark = pytest.mark.e2e

ASGIApp = Callable[..., Any]


@contextlib.contextmanager
def receiving(app: ASGIApp) -> Iterator[str]:
    """Serve the receiver ``app`` on a free loopback port; yield its URL."""
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="webhook-receiver", daemon=True)
    thread.start()
    try:
        while not server.started:
            assert thread.is_alive(), "the receiver could not start"
            thread.join(0.01)
        yield f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(5)


@contextlib.contextmanager
def mocked(vendor: str, settings: dict[str, str]) -> Iterator[RunningMock]:
    """Serve the ``vendor`` mock on a free loopback port; its delivery thread is stopped at the end."""
    app = create_app(vendor, settings=settings)
    try:
        with serve(app) as running:
            yield running
    finally:
        app.vendor.webhooks.stop()  # type: ignore[attr-defined]


def wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting for a delivery"
        time.sleep(0.02)


def advance(mock: RunningMock, seconds: float) -> None:
    httpx.post(f"{mock.url}/__mock__/clock", json={"advance": seconds}).raise_for_status()


def outbound(mock: RunningMock) -> list[dict[str, Any]]:
    """The webhook posts in the mock's journal."""
    journal = httpx.get(f"{mock.url}/__mock__/journal").json()
    return [entry for entry in journal if entry.get("direction") == "outbound"]


class LoseFirstAnswer:
    """Lets the receiver handle the first delivery, then answers 503 in its place (a proxy error on the way back)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.lost = 0

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or self.lost:
            await self.app(scope, receive, send)
            return
        self.lost += 1

        async def swallow(message: dict[str, Any]) -> None:
            return None

        await self.app(scope, receive, swallow)
        await send({"type": "http.response.start", "status": 503, "headers": [(b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})


class Headers:
    """Keeps the headers of every request before passing it on."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.seen: list[dict[str, str]] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            self.seen.append({k.decode().lower(): v.decode() for k, v in scope["headers"]})
        await self.app(scope, receive, send)


# Gatum: DLRs as the state of a sent message advances on the mock clock

GATUM = {**GATUM_SETTINGS, "password": "webhook-password", "dlr_interval": "5"}


def gatum_sms(**extra: Any) -> list[SmsMessage]:
    return [SmsMessage(number=["380957225759"], sender_id="Verify", text="Your code is 4242", **extra)]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_gatum_posts_a_dlr_per_state_change_and_the_callback_gets_typed_reports(kind: str) -> None:
    received: list[DeliveryReport] = []

    def on_reports(reports: list[DeliveryReport]) -> None:
        received.extend(reports)

    async def on_reports_async(reports: list[DeliveryReport]) -> None:
        received.extend(reports)

    receiver = gatum.delivery_reports.app(on_reports if kind == "sync" else on_reports_async)
    with receiving(receiver) as url, mocked("gatum", {**GATUM, "dlr_url": f"{url}/dlr"}) as mock:
        client = gatum_overlay.make_client(mock.base_url, GATUM["username"], GATUM["password"])
        if kind == "sync":
            sent = client.sms.send_sms(body=gatum_sms())
        else:
            sent = asyncio.run(client.aio.sms.send_sms(body=gatum_sms()))
        assert sent is not None
        advance(mock, 5)
        wait_for(lambda: len(received) == 1)
        advance(mock, 5)
        wait_for(lambda: len(received) == 2)
        posts = outbound(mock)

    assert all(isinstance(r, DeliveryReport) for r in received)
    assert [(r.state, r.phone, r.text_sms) for r in received] == [
        ("ENROUTE", "380957225759", "Your code is 4242"),
        ("DELIVRD", "380957225759", "Your code is 4242"),
    ]
    assert received[0].id_state == received[1].id_state
    assert [(p["webhook"], p["url"], p["status"], p["acknowledged"], p["attempt"]) for p in posts] == [
        ("deliveryReport", f"{url}/dlr", 200, True, 1)
    ] * 2
    assert posts[0]["answer"] == f'["{received[0].id_state}"]'
    assert receiver.counts == {"accepted": 2, "refused": 0, "failed": 0}


def test_gatum_posts_to_a_message_callback_url_and_not_without_delivery() -> None:
    on_cabinet: list[DeliveryReport] = []
    on_callback: list[DeliveryReport] = []
    cabinet_app = gatum.delivery_reports.app(on_cabinet.extend)
    callback_app = gatum.delivery_reports.app(on_callback.extend)
    with (
        receiving(cabinet_app) as cabinet,
        receiving(callback_app) as callback,
        mocked("gatum", {**GATUM, "dlr_url": f"{cabinet}/dlr"}) as mock,
    ):
        client = gatum_overlay.make_client(mock.base_url, GATUM["username"], GATUM["password"])
        client.sms.send_sms(body=gatum_sms(callback_url=f"{callback}/mine"))
        client.sms.send_sms(body=gatum_sms(delivery=False))
        client.sms.send_sms(body=gatum_sms())
        advance(mock, 10)  # both states fall due at once: one post carries both
        wait_for(lambda: len(on_cabinet) == 2 and len(on_callback) == 2)
        time.sleep(0.2)  # nothing else arrives
        posts = outbound(mock)

    assert [r.state for r in on_callback] == [r.state for r in on_cabinet] == ["ENROUTE", "DELIVRD"]
    assert on_callback[0].id_state != on_cabinet[0].id_state
    assert len(posts) == 2
    assert {p["url"]: len(p["events"]) for p in posts} == {f"{cabinet}/dlr": 2, f"{callback}/mine": 2}


def test_an_unacknowledged_dlr_is_retried_on_the_mock_clock_and_handed_over_once() -> None:
    received: list[tuple[int, str]] = []
    receiver = gatum.delivery_reports.app(lambda reports: received.extend((r.id_state, r.state) for r in reports))
    lossy = LoseFirstAnswer(receiver)
    with receiving(lossy) as url, mocked("gatum", {**GATUM, "dlr_url": f"{url}/dlr"}) as mock:
        client = gatum_overlay.make_client(mock.base_url, GATUM["username"], GATUM["password"])
        client.sms.send_sms(body=gatum_sms())
        advance(mock, 5)
        wait_for(lambda: len(outbound(mock)) == 1)
        advance(mock, 1)  # the first retry delay
        wait_for(lambda: len(outbound(mock)) == 2)
        posts = outbound(mock)

    assert [(p["attempt"], p["status"], p["acknowledged"]) for p in posts] == [(1, 503, False), (2, 200, True)]
    assert posts[0]["events"] == posts[1]["events"]
    assert len(received) == 1  # delivered twice, handed over once
    assert received[0][1] == "ENROUTE"
    assert receiver.counts == {"accepted": 2, "refused": 0, "failed": 0}


def test_an_unanswered_dlr_is_given_up_after_the_retry_delays() -> None:
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/dlr"
    settings = {**GATUM, "dlr_url": closed, "dlr_retry_delays": "1,2", "dlr_interval": "60"}
    with mocked("gatum", settings) as mock:
        client = gatum_overlay.make_client(mock.base_url, GATUM["username"], GATUM["password"])
        client.sms.send_sms(body=gatum_sms())
        advance(mock, 60)
        for attempts, delay in ((1, 1), (2, 2), (3, 1)):
            wait_for(lambda attempts=attempts: len(outbound(mock)) == attempts)  # type: ignore[misc]
            advance(mock, delay)
        time.sleep(0.2)
        posts = outbound(mock)

    assert [(p["attempt"], p["status"], p["error"], p["acknowledged"]) for p in posts] == [
        (1, None, "ConnectError", False),
        (2, None, "ConnectError", False),
        (3, None, "ConnectError", False),
    ]


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[]", b'[{"id_state": "x"}]', b'{"id_state": 1}'],
    ids=["not-json", "empty", "bad-report", "not-an-array"],
)
def test_a_malformed_delivery_gets_a_400_and_nothing_reaches_the_callback(body: bytes) -> None:
    received: list[Any] = []
    receiver = gatum.delivery_reports.app(received.extend)
    with receiving(receiver) as url:
        answer = httpx.post(f"{url}/dlr", content=body, headers={"content-type": "application/json"})

    assert answer.status_code == 400
    assert "deliveryReport" in answer.json()["error"]
    assert received == []
    assert receiver.counts == {"accepted": 0, "refused": 1, "failed": 0}


# Netsapiens: subscription posts on every message sent and every session change

NETSAPIENS = {**NETSAPIENS_SETTINGS, "password": "webhook-password"}


def netsapiens_client(mock: RunningMock) -> NetsapiensClient:
    credentials = (NETSAPIENS[k] for k in ("client_id", "client_secret", "username", "password"))
    return netsapiens_overlay.make_client(mock.base_url, *credentials)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_netsapiens_subscriptions_receive_messages_and_sessions(kind: str) -> None:
    messages: list[Message] = []
    sessions: list[MessageSession] = []

    def on_messages(events: list[Message]) -> None:
        messages.extend(events)

    async def on_sessions(events: list[MessageSession]) -> None:
        sessions.extend(events)

    async def on_messages_async(events: list[Message]) -> None:
        messages.extend(events)

    def on_sessions_sync(events: list[MessageSession]) -> None:
        sessions.extend(events)

    routes = [
        Mount("/messages", app=netsapiens.messages.app(on_messages if kind == "sync" else on_messages_async)),
        Mount("/sessions", app=netsapiens.sessions.app(on_sessions_sync if kind == "sync" else on_sessions)),
    ]
    seen = Headers(Starlette(routes=routes))
    with receiving(seen) as url, mocked("netsapiens", NETSAPIENS) as mock:
        client = netsapiens_client(mock)
        subscriptions = {}
        for model, path in (("message", "messages"), ("messagesession", "sessions")):
            body = SubscriptionCreate(model=model, post_url=f"{url}/{path}/")  # type: ignore[arg-type]
            created = client.subscriptions.create_subscription(body=body)
            subscriptions[model] = created.id
        sms = MessageSend(type_="sms", message="hello", destination=["15551230000"], from_number="15550000000")
        if kind == "sync":
            client.messages.send_message_new_session("~", "~", body=sms)
        else:
            asyncio.run(client.aio.messages.send_message_new_session("~", "~", body=sms))
        wait_for(lambda: len(messages) == 1 and len(sessions) == 1)
        counted = client.subscriptions.read_subscription(subscriptions["message"])

    (message,), (session,) = messages, sessions
    assert isinstance(message, Message)  # about-the-type: the receiver hands over parsed models
    assert (message.text, message.from_number, message.terminating_number) == ("hello", "15550000000", "15551230000")
    assert isinstance(session, MessageSession)  # about-the-type: the receiver hands over parsed models
    assert session.messagesession_id == message.messagesession_id
    assert session.messagesession_last_message == "hello"
    assert sorted(h["x-correlation-id"] for h in seen.seen) == sorted(subscriptions.values())
    assert (counted.posts_count, counted.error_count, counted.status) == (1, 0, "active")


def test_failed_netsapiens_posts_are_counted_and_turn_the_subscription_to_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/events"
    with mocked("netsapiens", NETSAPIENS) as mock:
        client = netsapiens_client(mock)
        created = client.subscriptions.create_subscription(body=SubscriptionCreate(model="message", post_url=closed))
        sms = MessageSend(type_="sms", message="hello", destination=["15551230000"], from_number="15550000000")
        states: list[tuple[Any, ...]] = []
        for _ in range(3):
            client.messages.send_message_new_session("~", "~", body=sms)
            wait_for(lambda: len(outbound(mock)) == len(states) + 1)
            read = client.subscriptions.read_subscription(created.id)
            states.append((read.posts_count, read.error_count, read.status))
        posts = outbound(mock)

    assert states == [(1, 1, "active"), (2, 2, "active"), (3, 3, "error")]
    assert [(p["webhook"], p["status"], p["acknowledged"]) for p in posts] == [("message", None, False)] * 3


def test_a_malformed_netsapiens_post_gets_a_400() -> None:
    received: list[Any] = []
    receiver = netsapiens.messages.app(received.extend)
    with receiving(receiver) as url:
        answer = httpx.post(url, json=[{"id": "1", "messagesession-id": ["not", "a", "string"]}])

    assert answer.status_code == 400
    assert received == []
