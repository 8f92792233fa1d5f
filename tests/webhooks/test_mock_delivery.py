"""The mocks' side of webhooks in-process: where posts may go, Gatum's acknowledgement rule, journal, reset."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from switchboard_mocks import MockServer, create_app
from switchboard_mocks._webhooks import host_allowed, parse_delays
from switchboard_mocks.gatum import DEFAULT_SETTINGS, GatumMock, dlr_acknowledged

V1 = "/v1"
CREDENTIALS = {"username": DEFAULT_SETTINGS["username"], "password": DEFAULT_SETTINGS["password"]}


@pytest.mark.parametrize(
    ("url", "hosts", "allowed"),
    [
        ("http://127.0.0.1:8000/dlr", "127.0.0.1,localhost,::1", True),
        ("https://localhost/dlr", "127.0.0.1,localhost,::1", True),
        ("http://[::1]:9/x", "127.0.0.1,localhost,::1", True),
        ("https://hooks.example.com/dlr", "127.0.0.1,localhost,::1", False),
        ("http://127.0.0.1.example.com/", "127.0.0.1", False),
        ("https://hooks.example.com/dlr", "*", True),
        ("ftp://127.0.0.1/dlr", "*", False),
        ("http://[not-an-ip/", "*", False),
        ("http:///no-host", "*", False),
    ],
)
def test_posts_go_only_to_the_allowed_hosts(url: str, hosts: str, allowed: bool) -> None:
    assert host_allowed(url, hosts) is allowed


def test_retry_delays_from_a_setting() -> None:
    assert parse_delays("1, 2,4.5") == (1.0, 2.0, 4.5)
    assert parse_delays("") == ()
    with pytest.raises(ValueError, match="seconds"):
        parse_delays("1,-2")
    with pytest.raises(ValueError, match=r"could not convert"):
        create_app("gatum", settings={"dlr_retry_delays": "soon"})


def answer(status: int, body: Any) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.Response(status, content=content)


@pytest.mark.parametrize(
    ("response", "acknowledged"),
    [
        (answer(200, ["7", "8"]), True),
        (answer(200, [8, 7, 99]), True),
        (answer(200, ["7"]), False),
        (answer(201, ["7", "8"]), False),
        (answer(200, {"ids": ["7", "8"]}), False),
        (answer(200, [True, "8"]), False),
        (answer(200, b"ok"), False),
    ],
)
def test_a_dlr_post_is_acknowledged_by_a_200_with_every_id_state(response: httpx.Response, acknowledged: bool) -> None:
    assert dlr_acknowledged(response, [{"id_state": 7}, {"id_state": 8}]) is acknowledged


class Gatum:
    """The Gatum mock in-process with a receiver script in place of the network."""

    def __init__(self, receiver: Callable[[httpx.Request], httpx.Response], **settings: str) -> None:
        self.app: MockServer = create_app("gatum", settings={"dlr_url": "http://127.0.0.1:9/dlr", **settings})
        self.vendor: GatumMock = self.app.vendor  # type: ignore[assignment]
        self.vendor.webhooks.transport = httpx.MockTransport(receiver)
        self.http = TestClient(self.app)
        code = self.http.post(f"{V1}/authorize", json=CREDENTIALS).json()["data"]["authorization_code"]
        self.token = self.http.post(f"{V1}/accesstoken", json={"authorization_code": code}).json()["data"][
            "access_token"
        ]

    def send(self, **job: Any) -> None:
        body = [{"number": ["380957225759"], "senderID": "Verify", "text": "hi", **job}]
        sent = self.http.post(f"{V1}/send", json=body, headers={"X-Access-Token": self.token})
        assert sent.status_code == 200, sent.text

    def outbound(self) -> list[dict[str, Any]]:
        return [e for e in self.http.get("/__mock__/journal").json() if e.get("direction") == "outbound"]

    def wait_for_posts(self, count: int) -> list[dict[str, Any]]:
        deadline = time.monotonic() + 5
        while len(self.outbound()) < count:
            assert time.monotonic() < deadline, self.outbound()
            time.sleep(0.02)
        return self.outbound()

    def close(self) -> None:
        self.vendor.webhooks.stop()


def test_a_callback_url_outside_the_allowed_hosts_gets_nothing() -> None:
    requests: list[httpx.Request] = []

    def receiver(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return answer(200, [])

    gatum = Gatum(receiver, dlr_url="")
    gatum.send(callback_url="https://hooks.example.com/dlr")
    gatum.app.clock.advance(60)
    gatum.vendor.catch_up()
    time.sleep(0.2)

    assert requests == []
    assert gatum.outbound() == []
    assert not gatum.vendor.webhooks.running  # no delivery thread was started for it
    assert [m.record["state"] for m in gatum.vendor.messages.values()] == ["DELIVRD"]


def test_the_journal_keeps_no_query_of_a_receiver_url_and_the_answer_cut() -> None:
    gatum = Gatum(lambda r: answer(200, [str(i["id_state"]) for i in json.loads(r.content)] + ["x" * 500]))
    try:
        gatum.send(callback_url="http://127.0.0.1:9/dlr?token=receiver-secret-1")
        gatum.app.clock.advance(5)
        (post,) = gatum.wait_for_posts(1)
    finally:
        gatum.close()

    assert post["url"] == "http://127.0.0.1:9/dlr?<redacted>"
    assert "receiver-secret-1" not in json.dumps(gatum.app.journal)
    assert post["acknowledged"] is True
    assert len(post["answer"]) == 200


def test_a_reset_forgets_the_deliveries_still_pending() -> None:
    gatum = Gatum(lambda r: answer(500, []))
    try:
        gatum.send()
        gatum.app.clock.advance(5)
        gatum.wait_for_posts(1)
        assert len(gatum.vendor.webhooks.pending()) == 1
        assert gatum.http.post("/__mock__/reset", json={"keep_auth": True}).status_code == 200
        assert gatum.vendor.webhooks.pending() == []
        gatum.app.clock.advance(30)
        time.sleep(0.2)
    finally:
        gatum.close()

    assert gatum.outbound() == []  # the journal was reset too, and nothing was posted again
