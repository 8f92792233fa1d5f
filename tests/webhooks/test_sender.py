"""The mocks' webhook sender: posts due on the mock clock, retried until acknowledged, every attempt journaled."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest

from switchboard_mocks import MockClock
from switchboard_mocks._webhooks import WebhookSender


class Receiver:
    """A receiver answering from a script: a status per attempt, or a dropped connection."""

    def __init__(self, *answers: int | str) -> None:
        self.answers = list(answers)
        self.bodies: list[Any] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        answer = self.answers.pop(0) if self.answers else 200
        if answer == "drop":
            raise httpx.RemoteProtocolError("connection dropped", request=request)
        self.bodies.append(json.loads(request.content))
        return httpx.Response(int(answer), json=[str(i) for i in json.loads(request.content)])


@pytest.fixture
def clock() -> MockClock:
    return MockClock(lambda: 1000.0)


def sender_for(receiver: Receiver, clock: MockClock, journal: list[dict[str, Any]]) -> WebhookSender:
    return WebhookSender(clock, journal.append, retry_delays=(1, 2), transport=httpx.MockTransport(receiver))


def test_an_acknowledged_post_is_made_once(clock: MockClock) -> None:
    journal: list[dict[str, Any]] = []
    receiver = Receiver(200)
    sender = sender_for(receiver, clock, journal)
    delivery = sender.send("dlr", "http://receiver/dlr", [1, 2], event_ids=["1", "2"])

    assert sender.pump() == 1
    assert sender.pump() == 0
    assert delivery.state == "acknowledged"
    assert receiver.bodies == [[1, 2]]
    assert [(e["attempt"], e["status"], e["acknowledged"], e["events"]) for e in journal] == [
        (1, 200, True, ["1", "2"])
    ]


def test_an_unacknowledged_post_is_retried_on_the_mock_clock_then_given_up(clock: MockClock) -> None:
    journal: list[dict[str, Any]] = []
    sender = sender_for(Receiver(503, "drop", 500), clock, journal)
    delivery = sender.send("dlr", "http://receiver/dlr", [7])

    assert sender.pump() == 1
    assert sender.pump() == 0  # not due before the first retry delay
    clock.advance(1)
    assert sender.pump() == 1
    clock.advance(2)
    assert sender.pump() == 1
    clock.advance(100)
    assert sender.pump() == 0

    assert delivery.state == "given up"
    assert [(e["status"], e.get("error")) for e in journal] == [(503, None), (None, "RemoteProtocolError"), (500, None)]


def test_a_custom_acknowledgement_rule_decides(clock: MockClock) -> None:
    journal: list[dict[str, Any]] = []
    answers = iter([[], ["7"]])

    def receiver(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=next(answers))

    sender = WebhookSender(clock, journal.append, retry_delays=(1,), transport=httpx.MockTransport(receiver))
    delivery = sender.send(
        "dlr", "http://receiver/dlr", [7], acknowledged=lambda r, payload: r.json() == [str(i) for i in payload]
    )
    sender.pump()
    clock.advance(1)
    sender.pump()

    assert delivery.state == "acknowledged"
    assert [e["acknowledged"] for e in journal] == [False, True]


def test_the_thread_ends_when_idle_and_a_new_send_starts_it_again() -> None:
    journal: list[dict[str, Any]] = []
    clock = MockClock()
    receiver = Receiver(200, 200)
    sender = WebhookSender(clock, journal.append, transport=httpx.MockTransport(receiver), poll_interval=0.01)
    for round_ in (1, 2):
        sender.send("dlr", "http://receiver/dlr", [round_])
        deadline = time.monotonic() + 5
        while sender.running:
            assert time.monotonic() < deadline, "the thread did not end"
            time.sleep(0.01)
        assert [e["acknowledged"] for e in journal] == [True] * round_

    assert receiver.bodies == [[1], [2]]


def test_the_thread_keeps_polling_while_the_tick_says_more_is_to_come() -> None:
    ticks: list[int] = []

    def tick() -> bool:
        ticks.append(1)
        return len(ticks) < 5

    sender = WebhookSender(MockClock(), lambda entry: None, tick=tick, poll_interval=0.01)
    sender.start()
    deadline = time.monotonic() + 5
    while sender.running:
        assert time.monotonic() < deadline, "the thread did not end"
        time.sleep(0.01)

    assert len(ticks) == 5
