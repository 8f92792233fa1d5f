"""The generated PassInfo client with its overlay against the PassInfo mock served on a loopback port."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from passinfo_client import Client
from passinfo_client.models import (
    AddContactToGroupRequest,
    AddUsersToContactRequest,
    BulkMessageRequest,
    ContactCreate,
    GroupMessageRequest,
    SingleMessageRequest,
)
from passinfo_client.types import UNSET

from switchboard import BadRequestError, NotFoundError
from switchboard.passinfo import (
    InsufficientBalanceError,
    aiter_contacts,
    arenew_api_key,
    iter_contacts,
    key_auth_of,
    make_client,
    renew_api_key,
)
from switchboard_mocks import RunningMock, create_app, serve
from switchboard_mocks.passinfo import DEFAULT_SETTINGS
from switchboard_mocks.pytest_plugin import MockFactory, ServedMock

pytestmark = pytest.mark.e2e

#: The project's own tests run the mock with the strict reading where the facts are silent.
SETTINGS = {**DEFAULT_SETTINGS, "api_key": "e2e-passinfo-key", "strict_sender_name": "true", "failure_rate": "0.3"}
SENDER = "Switchboard"
FINAL = {"delivered", "failed"}


@pytest.fixture
def mock(switchboard_mock: MockFactory) -> ServedMock:
    """The passinfo mock on a loopback port, from the pytest plugin users get (``switchboard_mock``)."""
    return switchboard_mock("passinfo", settings=SETTINGS)


def client_for(mock: RunningMock | ServedMock, **kwargs: Any) -> Client:
    return make_client(mock.base_url, SETTINGS["api_key"], SETTINGS["client_id"], **kwargs)


def advance(mock: ServedMock, seconds: float) -> None:
    httpx.post(f"{mock.url}/__mock__/clock", json={"advance": seconds}).raise_for_status()


def journal(mock: RunningMock | ServedMock) -> Counter[tuple[str, Any]]:
    entries = httpx.get(f"{mock.url}/__mock__/journal").json()
    return Counter((entry.get("operation", "?"), entry["status"]) for entry in entries)


def add_contacts(client: Client, count: int) -> None:
    for i in range(count):
        body = ContactCreate(first_name=f"Contact{i}", last_name="E2E", phone_number=f"62200{i:04d}")
        assert client.contacts.create_contact(body=body).success is True


def test_sends_and_statuses_until_final_sync(mock: ServedMock) -> None:
    client = client_for(mock)
    add_contacts(client, 3)
    contacts = list(iter_contacts(client, limit=2))
    groups = client.groups.get_user_groups()
    group_id = str(groups[0].id)
    for contact in contacts:
        client.groups.add_contact_to_group(body=AddContactToGroupRequest(str(contact.id), group_id))
    client.contacts.add_users_to_contact(body=AddUsersToContactRequest(str(contacts[0].id), ["u1", "u2"]))

    single = client.messages.send_message(
        body=SingleMessageRequest(message="Hello", contact="622000001", sender_name=SENDER)
    )
    bulk = client.messages.send_message_bulk(
        body=BulkMessageRequest(message="Hi all", contacts=["622000001", "622000002"], sender_name=SENDER)
    )
    group = client.messages.send_message_group(group_id, body=GroupMessageRequest("To the group", SENDER))
    assert group.group_size == group.messages_queued == 3

    message_id = str(single.message)
    batches = [str(bulk.batch_id), str(group.batch_id)]
    seen: list[str] = []
    for _ in range(10):  # poll, moving the mock's clock, until every status is final
        status = client.messages.get_message_status(message_id)
        batch_states = [client.messages.get_message_status_bulk(b) for b in batches]
        seen.append(str(status.status))
        if seen[-1] in FINAL and all(b.pending == 0 for b in batch_states):
            break
        advance(mock, 3)
    assert seen[0] == "pending"
    assert "sent" in seen
    assert seen[-1] in FINAL
    assert [b.status for b in batch_states] == ["completed", "completed"]
    assert all(b.successful is not UNSET and b.failed is not UNSET for b in batch_states)  # optional in the spec
    assert [(b.successful or 0) + (b.failed or 0) for b in batch_states] == [2, 3]
    assert client.account.get_sms_count().solde == 1000 - 1 - 2 - 3

    with pytest.raises(NotFoundError):
        client.messages.get_message_status("m404")
    with pytest.raises(BadRequestError, match="senderName"):  # the strict reading of sender names
        client.messages.send_message(
            body=SingleMessageRequest(message="x", contact="622000001", sender_name="Not a sender id")
        )
    assert mock.app.spec_violations == []


def test_sends_and_statuses_until_final_async(mock: ServedMock) -> None:
    client = client_for(mock)
    add_contacts(client, 25)

    async def flow() -> None:
        listed = [c.first_name async for c in aiter_contacts(client, limit=10)]
        assert listed == [f"Contact{i}" for i in range(25)]
        sends = await asyncio.gather(
            *(
                client.aio.messages.send_message(
                    body=SingleMessageRequest(message=f"n{i}", contact="622000001", sender_name=SENDER)
                )
                for i in range(20)
            )
        )
        ids = [str(s.message) for s in sends]
        assert len(set(ids)) == 20
        advance(mock, 10)
        statuses = await asyncio.gather(*(client.aio.messages.get_message_status(i) for i in ids))
        assert {s.status for s in statuses} <= FINAL
        assert any(s.status == "failed" for s in statuses)
        failed = next(s for s in statuses if s.status == "failed")
        assert failed.error_message

    asyncio.run(flow())
    assert mock.app.spec_violations == []


def test_paging_reads_each_page_once(mock: ServedMock) -> None:
    client = client_for(mock)
    add_contacts(client, 23)

    names = [c.first_name for c in iter_contacts(client, limit=5)]

    assert names == [f"Contact{i}" for i in range(23)]
    assert journal(mock)[("get_contacts_list", 200)] == 5


def _slow_balance_reads(mock: ServedMock, count: int) -> None:
    """The next ``count`` balance reads wait in the mock before their key is checked (they stay in flight)."""
    fault = {"operation": "get_sms_count", "latency": 1.5, "times": count}
    httpx.post(f"{mock.url}/__mock__/faults", json=fault).raise_for_status()


def _wait_for(mock: ServedMock, operation: str, count: int) -> None:
    deadline = time.monotonic() + 10
    while sum(1 for e in mock.app.journal if e.get("operation") == operation) < count:
        assert time.monotonic() < deadline, f"{operation} did not arrive {count} times"
        time.sleep(0.01)


def test_renewal_while_50_calls_run_loses_none_sync(mock: ServedMock) -> None:
    saved: list[str] = []
    client = client_for(mock, on_key_renewed=saved.append)
    _slow_balance_reads(mock, 50)

    with ThreadPoolExecutor(52) as pool:
        reads = [pool.submit(client.account.get_sms_count) for _ in range(50)]
        _wait_for(mock, "get_sms_count", 50)  # all 50 sent with the old key
        # The first renewal stays in flight for a while, so the second one surely overlaps it and joins it.
        slow_renewal = {"operation": "renew_api_key", "latency": 0.5, "times": 1}
        httpx.post(f"{mock.url}/__mock__/faults", json=slow_renewal).raise_for_status()
        renewals = [pool.submit(renew_api_key, client) for _ in range(2)]
        balances = [r.result(20).solde for r in reads]
        new_keys = {r.result(20) for r in renewals}

    assert balances == [1000] * 50
    assert len(new_keys) == 1
    assert saved == list(new_keys) == [key_auth_of(client).api_key]
    seen = journal(mock)
    assert seen[("get_sms_count", 401)] == 50  # each met the revoked key once ...
    assert seen[("get_sms_count", 200)] == 50  # ... and was resent once with the new one
    assert seen[("renew_api_key", 200)] == 1  # two overlapping renewals, one request
    assert mock.app.vendor.renewals == 1  # type: ignore[attr-defined]
    assert mock.app.spec_violations == []


def test_renewal_while_50_calls_run_loses_none_async(mock: ServedMock) -> None:
    saved: list[str] = []
    client = client_for(mock, on_key_renewed=saved.append)
    _slow_balance_reads(mock, 50)

    async def flow() -> list[Any]:
        reads = [asyncio.ensure_future(client.aio.account.get_sms_count()) for _ in range(50)]
        await asyncio.to_thread(_wait_for, mock, "get_sms_count", 50)
        keys = await asyncio.gather(arenew_api_key(client), arenew_api_key(client))
        return [*await asyncio.gather(*reads), *keys]

    results = asyncio.run(flow())

    assert [r.solde for r in results[:50]] == [1000] * 50
    assert results[50] == results[51] == key_auth_of(client).api_key
    assert saved == [results[50]]
    seen = journal(mock)
    assert seen[("renew_api_key", 200)] == 1  # two concurrent renewals, one request
    assert seen[("get_sms_count", 401)] == seen[("get_sms_count", 200)] == 50
    assert mock.app.spec_violations == []


def test_running_out_of_balance() -> None:
    with serve(create_app("passinfo", settings={**SETTINGS, "balance": "5"})) as small:
        client = client_for(small)
        long_text = "x" * 200  # two SMS parts
        client.messages.send_message(
            body=SingleMessageRequest(message=long_text, contact="622000001", sender_name=SENDER)
        )
        bulk = BulkMessageRequest(message=long_text, contacts=["622000001", "622000002"], sender_name=SENDER)

        with pytest.raises(InsufficientBalanceError) as refused:
            client.messages.send_message_bulk(body=bulk)

        assert refused.value.status_code == 402
        assert client.account.get_sms_count().solde == 3  # nothing charged
        client.messages.send_message(body=SingleMessageRequest(message="ok", contact="622000001", sender_name=SENDER))
        assert client.account.get_sms_count().solde == 2
        assert small.app.spec_violations == []


def test_the_mock_accepts_what_the_vendor_sdks_send_and_refuses_their_bug(mock: ServedMock) -> None:
    base = mock.base_url
    python_sdk = {"Api-Key": SETTINGS["api_key"], "Client-Id": SETTINGS["client_id"], "Accept": "application/json"}

    renewed = httpx.get(f"{base}/user/renew_api_key", headers=python_sdk)  # models.py renews with GET
    assert renewed.status_code == 200
    key = renewed.json()["new_api_key"]
    node_sdk = {"api-key": key, "client-id": SETTINGS["client_id"], "Content-Type": "application/json"}
    again = httpx.post(f"{base}/user/renew_api_key", headers=node_sdk, content=b"{}")  # the Node SDK posts {}
    assert again.status_code == 200
    newest = again.json()["new_api_key"]

    assert httpx.get(f"{base}/user/get_solde", headers={**python_sdk, "Api-Key": key}).status_code == 401  # revoked
    none_client = {"Api-Key": newest, "Client-Id": "None"}  # add_users_to_contact's client_id=None
    body = {"contact_id": "c1", "user_ids": ["u1"]}
    assert httpx.post(f"{base}/contact/add_users", headers=none_client, json=body).status_code == 401
    assert httpx.get(f"{base}/user/get_solde", headers={"Api-Key": newest, "Client-Id": "1001"}).status_code == 200
    assert mock.app.spec_violations == []
