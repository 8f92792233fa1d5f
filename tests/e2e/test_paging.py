"""The resources' iterators of paged operations against the mocks: ``client.<tag>.iter_*(...)``, sync and awaited.

Each paged operation of every spec (``x-switchboard-paging``) is walked over more items than a page holds: every
item comes once, in several requests. mypy --strict checks this module (``nox -s typecheck``): ``assert_type`` pins
the item model the iterators are typed with.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any, assert_type

import gatum_client
import passinfo_client
import pytest
import tingting_client
from gatum_client.models import CreateGroupRequest, GroupSummary, SmsFullDataRequest, SmsMessage, SmsRecord
from passinfo_client.models import ContactCreate, ContactRead
from tingting_client.models import Campaign, CampaignCreate

from switchboard import BadRequestError
from switchboard_mocks.pytest_plugin import MockFactory, ServedMock

pytestmark = pytest.mark.e2e


def requests_of(mock: ServedMock, operation: str) -> int:
    return sum(1 for entry in mock.journal() if entry.get("operation") == operation)


async def collect(items: AsyncIterator[Any]) -> list[Any]:
    return [item async for item in items]


def test_gatum_groups(switchboard_mock: MockFactory) -> None:
    mock = switchboard_mock("gatum")
    client: gatum_client.Client = mock.make_client()
    created = [client.groups.create_group(body=CreateGroupRequest(name_group=f"g{i}")) for i in range(7)]
    ids = [c.data.list_.id_group for c in created if c.data and c.data.list_]

    groups = client.groups.iter_groups(page_size=3)
    awaited = asyncio.run(collect(client.aio.groups.iter_groups(page_size=2)))

    assert_type(groups, Iterator[GroupSummary])
    assert_type(client.aio.groups.iter_groups(), AsyncIterator[GroupSummary])
    assert [g.id_group for g in groups] == ids
    assert [g.id_group for g in awaited] == ids
    assert requests_of(mock, "list_groups") == 3 + 4
    assert mock.spec_violations == []
    mock.fault("list_groups", status=400)
    with pytest.raises(BadRequestError):  # an error answer raises from the iterator, typed
        next(client.groups.iter_groups())


def test_gatum_sms_records_keep_the_filters(switchboard_mock: MockFactory) -> None:
    mock = switchboard_mock("gatum")
    client: gatum_client.Client = mock.make_client()
    numbers = [f"3809572257{i:02d}" for i in range(5)]
    client.sms.send_sms(body=[SmsMessage(number=numbers, sender_id="Verify", text="Your code is 4242")])
    client.sms.send_sms(body=[SmsMessage(number=["380501112233"], sender_id="VShop", text="Hi")])
    filters = SmsFullDataRequest(sender="Verify")

    records = list(client.sms.iter_sms_full_data(body=filters, page_size=2))
    everything = asyncio.run(collect(client.aio.sms.iter_sms_full_data(page_size=4)))

    assert_type(client.sms.iter_sms_full_data(), Iterator[SmsRecord])
    assert_type(client.aio.sms.iter_sms_full_data(), AsyncIterator[SmsRecord])
    assert sorted(str(r.phone) for r in records) == numbers
    assert sorted(str(r.phone) for r in everything) == sorted([*numbers, "380501112233"])
    assert len({r.id_state for r in everything}) == 6
    assert filters.to_dict() == {"sender": "Verify"}  # the caller's body is not changed
    assert requests_of(mock, "get_sms_full_data") == 3 + 2


def test_passinfo_contacts(switchboard_mock: MockFactory) -> None:
    mock = switchboard_mock("passinfo")
    client: passinfo_client.Client = mock.make_client()
    for i in range(5):
        contact = ContactCreate(first_name=f"C{i}", last_name="P", phone_number=f"62200{i:04d}")
        client.contacts.create_contact(body=contact)

    contacts = list(client.contacts.iter_contacts_list(page_size=2))
    awaited = asyncio.run(collect(client.aio.contacts.iter_contacts_list(page_size=3)))

    assert_type(client.contacts.iter_contacts_list(), Iterator[ContactRead])
    assert_type(client.aio.contacts.iter_contacts_list(), AsyncIterator[ContactRead])
    assert sorted(str(c.first_name) for c in contacts) == [f"C{i}" for i in range(5)]
    assert [c.id for c in awaited] == [c.id for c in contacts]
    queries = [e["query"] for e in mock.journal() if e.get("operation") == "get_contacts_list"]
    assert queries == ["page=1&limit=2", "page=2&limit=2", "page=3&limit=2", "page=1&limit=3", "page=2&limit=3"]


def test_tingting_campaigns(switchboard_mock: MockFactory) -> None:
    mock = switchboard_mock("tingting", settings={"page_size": "2"})
    client: tingting_client.Client = mock.make_client()
    for i in range(5):
        client.campaigns.create_campaign(body=CampaignCreate(name=f"c{i}", services="PHONE", individual_number=[]))

    names = [c.name for c in client.campaigns.iter_campaigns()]
    awaited = asyncio.run(collect(client.aio.campaigns.iter_campaigns()))

    assert_type(client.campaigns.iter_campaigns(), Iterator[Campaign])
    assert_type(client.aio.campaigns.iter_campaigns(), AsyncIterator[Campaign])
    assert names == ["c4", "c3", "c2", "c1", "c0"]
    assert [c.name for c in awaited] == names
    assert requests_of(mock, "list_campaigns") == 3 + 3


def test_a_client_without_hooks_says_paging_needs_make_client() -> None:
    """The stock use of a generated client (no switchboard hooks): the iterator raises when called, saying what to
    use; nothing is sent."""
    client = gatum_client.Client(base_url="http://127.0.0.1:9")

    with pytest.raises(RuntimeError, match=r"iter_groups needs a client of switchboard\.gatum\.make_client"):
        client.groups.iter_groups()
    with pytest.raises(RuntimeError, match=r"switchboard\.gatum\.make_client"):
        client.aio.groups.iter_groups()
