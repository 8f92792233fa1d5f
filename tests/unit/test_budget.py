"""The rate budget: what a request costs, waiting without blocking a loop, refusing what cannot fit."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from passinfo_client.models import BulkMessageRequest, SingleMessageRequest

from switchboard import MemoryStore, RateBudget, RateBudgetError, RateLimitError, Spec, sms_segments
from switchboard._budget import COST_EXTENSION, Pacer, send_cost
from switchboard.passinfo import make_client
from switchboard_mocks import create_app, serve
from switchboard_mocks.passinfo import DEFAULT_SETTINGS as PASSINFO

GSM_200 = "a" * 200  # 2 segments of 153
UCS2_80 = "é" * 10 + "ж" * 70  # not GSM-7: 2 segments of 67


def test_segments_follow_gsm7_and_ucs2() -> None:
    assert [sms_segments(t) for t in ("", "a" * 160, "a" * 161, "€" * 80, "€" * 81, "ж" * 70, "ж" * 71)] == [
        1,
        1,
        2,
        1,
        2,
        1,
        2,
    ]


def test_a_send_costs_its_segments_times_its_recipients_per_job_and_sender() -> None:
    gatum = Spec.load("gatum").by_id["send_sms"].definition[COST_EXTENSION]
    body = [
        {"number": ["1", "2", "3"], "senderID": "Shop", "text": GSM_200},
        {"number": ["4"], "senderID": "Bank", "text": UCS2_80},
        {"number": ["5"], "senderID": "Shop", "text": "hi"},
    ]
    assert send_cost(gatum, body) == (2 * 3 + 2 + 1, {"Shop": 7, "Bank": 2})
    netsapiens = Spec.load("netsapiens").by_id["send_message_new_session"].definition[COST_EXTENSION]
    one = {"type": "sms", "message": GSM_200, "destination": ["1", "2"], "from-number": "15550000000"}
    assert send_cost(netsapiens, one) == (4, {"15550000000": 4})
    kandy = Spec.load("kandy").by_id["send_sms"].definition[COST_EXTENSION]
    nested = {"message": {"source": "+1405", "destination": "+1406", "message": {"text": UCS2_80}}}
    assert send_cost(kandy, nested) == (2, {"+1405": 2})


def test_every_send_operation_declares_its_cost() -> None:
    declared = {
        (vendor, op.operation_id)
        for vendor in ("netsapiens", "gatum", "kandy", "passinfo")
        for op in Spec.load(vendor).operations
        if COST_EXTENSION in op.definition
    }
    assert declared == {
        ("netsapiens", "send_message_new_session"),
        ("netsapiens", "send_message_in_session"),
        ("gatum", "send_sms"),
        ("gatum", "send_bulk_sms"),
        ("kandy", "send_sms"),
        ("passinfo", "send_message"),
        ("passinfo", "send_message_bulk"),
        ("passinfo", "send_message_group"),
    }


@pytest.mark.parametrize("bad", [{"rate": 0}, {"rate": 1.5}, {"rate": 2, "per": 0}, {"rate": 2, "per_sender": 0}])
def test_a_budget_that_cannot_work_is_refused(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="RateBudget"):
        RateBudget(**bad)  # type: ignore[arg-type]


def test_a_budget_waits_then_refuses_with_the_wait_it_would_need() -> None:
    pacer = Pacer(RateBudget(2, per=0.5, max_wait=0.2), MemoryStore().rate_bucket, "k")
    request = httpx.Request("GET", "https://api.example/v1/x")
    charges = pacer.charges(request, None, None)
    started = time.monotonic()
    pacer.acquire(request, charges)
    pacer.acquire(request, charges)
    with pytest.raises(RateBudgetError) as refused:
        pacer.acquire(request, charges)  # the window is full for 0.5 s: longer than max_wait
    assert time.monotonic() - started < 0.2
    assert isinstance(refused.value, RateLimitError)  # about-the-type: a budget refusal is a rate limit
    assert refused.value.retry_after is not None
    assert 0.2 < refused.value.retry_after <= 0.51
    assert refused.value.request is request

    patient = Pacer(RateBudget(2, per=0.5, max_wait=2), MemoryStore().rate_bucket, "k")
    started = time.monotonic()
    for _ in range(3):
        patient.acquire(request, patient.charges(request, None, None))
    assert 0.4 < time.monotonic() - started < 1.0


def test_a_cost_beyond_the_whole_budget_is_refused_at_once() -> None:
    pacer = Pacer(RateBudget(3, max_wait=10), MemoryStore().rate_bucket, "k")
    request = httpx.Request("POST", "https://api.example/v1/send")
    account = pacer.charges(request, None, None)[0][0]
    with pytest.raises(RateBudgetError, match="more than the account's budget") as refused:
        pacer.acquire(request, [(account, 4)])
    assert refused.value.retry_after is None


def test_waiting_for_the_budget_leaves_the_event_loop_running() -> None:
    pacer = Pacer(RateBudget(1, per=0.3, max_wait=5), MemoryStore().rate_bucket, "k")
    request = httpx.Request("GET", "https://api.example/v1/x")

    async def main() -> int:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        running = asyncio.create_task(ticker())
        for _ in range(3):
            await pacer.acquire_async(request, pacer.charges(request, None, None))
        running.cancel()
        return ticks

    assert asyncio.run(main()) >= 30  # 0.6 s of waiting, the loop ticking all along


def test_a_client_budget_counts_at_the_vendor_and_refuses_before_sending() -> None:
    with serve(create_app("passinfo")) as mock:
        client = make_client(
            mock.base_url, PASSINFO["api_key"], PASSINFO["client_id"], budget=RateBudget(5, per=60, max_wait=0)
        )
        for _ in range(5):
            client.account.get_sms_count()
        with pytest.raises(RateBudgetError, match="longer than max_wait=0"):
            client.account.get_sms_count()
        assert len(httpx.get(f"{mock.url}/__mock__/journal").json()) == 5


def test_sends_draw_segments_from_the_account_and_from_their_sender() -> None:
    with serve(create_app("passinfo")) as mock:
        budget = RateBudget(100, per=60, per_sender=4, max_wait=0)
        client = make_client(mock.base_url, PASSINFO["api_key"], PASSINFO["client_id"], budget=budget)
        bulk = BulkMessageRequest(message=GSM_200, contacts=["622000001", "622000002"], sender_name="Shop")
        client.messages.send_message_bulk(body=bulk)  # 2 segments x 2 recipients: Shop's 4
        with pytest.raises(RateBudgetError, match="sender's budget"):
            client.messages.send_message(
                body=SingleMessageRequest(message="hi", contact="622000001", sender_name="Shop")
            )
        client.messages.send_message(body=SingleMessageRequest(message="hi", contact="622000001", sender_name="Bank"))
        sent = [
            e for e in httpx.get(f"{mock.url}/__mock__/journal").json() if e.get("operation", "").startswith("send")
        ]
        assert len(sent) == 2
