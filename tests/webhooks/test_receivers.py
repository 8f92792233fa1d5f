"""Webhook receivers: parse against the spec into the generated models, acknowledge, hand each event over once."""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

import httpx
import pytest
from gatum_client.webhooks import DeliveryReport
from netsapiens_client.webhooks import Message

from switchboard import SwitchboardError
from switchboard.webhooks import WebhookPayloadError, gatum, netsapiens


def report(id_state: int, state: str = "DELIVRD", **extra: Any) -> dict[str, Any]:
    return {
        "id_state": id_state,
        "originator": "SMS",
        "phone": "380957225759",
        "type_sms": "sms",
        "text_sms": "Your OTP is 42432",
        "num_parts": 1,
        "part_no": 1,
        "state": state,
        "time": "2023-07-24 12:03:48",
        **extra,
    }


def post(app: Any, body: bytes, headers: dict[str, str] | None = None, method: str = "POST") -> httpx.Response:
    async def go() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://receiver") as client:
            return await client.request(method, "/dlr", content=body, headers=headers or {})

    return asyncio.run(go())


def test_a_gatum_delivery_parses_into_the_generated_models() -> None:
    reports = gatum.delivery_reports.parse(json.dumps([report(1), report(2, "UNDELIV")]).encode())

    assert [type(r) for r in reports] == [DeliveryReport, DeliveryReport]
    assert [(r.id_state, r.state) for r in reports] == [(1, "DELIVRD"), (2, "UNDELIV")]


def test_the_tolerant_reader_keeps_unknown_states_and_extra_fields() -> None:
    (parsed,) = gatum.delivery_reports.parse(json.dumps([report(3, "NEWSTATE", carrier="x")]).encode())

    assert parsed.state == "NEWSTATE"
    assert parsed.model_extra == {"carrier": "x"}


@pytest.mark.parametrize(
    ("body", "field", "rule"),
    [
        (b"not json", "", "json"),
        (b"{}", "", "type"),
        (b"[]", "", "minItems"),
        (json.dumps([{k: v for k, v in report(1).items() if k != "phone"}]).encode(), "0.phone", "required"),
        (json.dumps([report(1, part_no=0)]).encode(), "0.part_no", "minimum"),
        (json.dumps([report(1, time="yesterday")]).encode(), "0.time", "pattern"),
    ],
)
def test_a_delivery_that_breaks_the_spec_is_a_typed_error_naming_field_and_rule(
    body: bytes, field: str, rule: str
) -> None:
    with pytest.raises(WebhookPayloadError) as raised:
        gatum.delivery_reports.parse(body)

    assert isinstance(raised.value, SwitchboardError)  # about-the-type: a switchboard error, not a bare one
    assert (raised.value.field, raised.value.rule) == (field, rule)


def test_a_non_json_content_type_is_refused() -> None:
    with pytest.raises(WebhookPayloadError, match="content-type"):
        gatum.delivery_reports.parse(json.dumps([report(1)]).encode(), {"Content-Type": "text/plain"})


def test_netsapiens_posts_are_parsed_by_the_subscription_model() -> None:
    body = json.dumps([{"id": "1690847555000", "type": "sms", "text": "Hello", "from-number": "1234567890"}])

    (message,) = netsapiens.for_model("message").parse(body.encode())

    assert isinstance(message, Message)  # about-the-type: the model the subscription names parses it
    assert (message.id, message.from_number, message.text) == ("1690847555000", "1234567890", "Hello")
    assert netsapiens.for_model("messagesession") is netsapiens.sessions
    assert netsapiens.for_model("cdr") is netsapiens.subscription_events


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_app_acknowledges_in_the_vendor_format_and_hands_each_event_over_once(kind: str) -> None:
    received: list[int] = []
    threads: list[str] = []

    def on_reports(reports: list[DeliveryReport]) -> None:
        threads.append(threading.current_thread().name)
        received.extend(r.id_state for r in reports)

    async def on_reports_async(reports: list[DeliveryReport]) -> None:
        received.extend(r.id_state for r in reports)

    app = gatum.delivery_reports.app(on_reports if kind == "sync" else on_reports_async)
    first = post(app, json.dumps([report(10), report(11)]).encode(), {"content-type": "application/json"})
    again = post(app, json.dumps([report(11), report(12)]).encode())

    assert (first.status_code, first.json()) == (200, ["10", "11"])
    assert (again.status_code, again.json()) == (200, ["11", "12"])  # a redelivered report is acknowledged again
    assert received == [10, 11, 12]  # ... but handed over once
    if kind == "sync":
        assert threads
        assert all(name != threading.main_thread().name for name in threads)
    assert app.counts == {"accepted": 2, "refused": 0, "failed": 0}


def test_a_malformed_delivery_gets_a_400_and_reaches_no_callback() -> None:
    received: list[DeliveryReport] = []
    app = gatum.delivery_reports.app(received.extend)

    answer = post(app, json.dumps([{"id_state": "not a number"}]).encode())

    assert answer.status_code == 400
    assert "id_state" in answer.json()["error"] or "required" in answer.json()["error"]
    assert received == []
    assert app.counts["refused"] == 1


def test_a_failing_callback_gets_a_500_and_the_redelivery_is_handed_over() -> None:
    calls: list[list[int]] = []

    def flaky(reports: list[DeliveryReport]) -> None:
        calls.append([r.id_state for r in reports])
        if len(calls) == 1:
            raise RuntimeError("database down")

    app = gatum.delivery_reports.app(flaky)
    body = json.dumps([report(20)]).encode()

    assert post(app, body).status_code == 500
    assert post(app, body).status_code == 200
    assert post(app, body).status_code == 200
    assert calls == [[20], [20]]


def test_only_post_and_only_small_bodies() -> None:
    app = gatum.delivery_reports.app(lambda reports: None)

    assert post(app, b"", method="GET").status_code == 405
    assert post(app, b"[" + b" " * 2_000_000 + b"]").status_code == 413


def test_the_remembered_ids_are_bounded() -> None:
    received: list[int] = []
    app = gatum.delivery_reports.app(lambda reports: received.extend(r.id_state for r in reports), remember=2)
    for id_state in (1, 2, 3, 1):
        post(app, json.dumps([report(id_state)]).encode())

    assert received == [1, 2, 3, 1]  # 1 was forgotten once 2 and 3 came: bounded memory, documented trade-off


def test_each_state_of_a_message_part_is_an_event_of_its_own() -> None:
    received: list[tuple[int, str]] = []
    app = gatum.delivery_reports.app(lambda reports: received.extend((r.id_state, r.state) for r in reports))
    for state in ("ENROUTE", "ENROUTE", "DELIVRD"):
        assert post(app, json.dumps([report(30, state)]).encode()).json() == ["30"]

    assert received == [(30, "ENROUTE"), (30, "DELIVRD")]
