"""The generated TingTing client with its overlay against the mock served on a loopback port, sync and async."""

from __future__ import annotations

import asyncio
import io
from typing import Any

import httpx
import pytest
from openpyxl import Workbook
from tingting_client import Client
from tingting_client.models import (
    CampaignBegin,
    CampaignBeginUpload,
    CampaignCreate,
    CampaignCreateUpload,
    CampaignNumberCreate,
    CampaignNumbersResponse,
    CampaignNumberTags,
    CampaignNumberUpdate,
    PhoneNumberSelection,
    SendOtpRequest,
)
from tingting_client.types import File

from switchboard import RequestValidationError, token_auth_of
from switchboard.tingting import (
    TingTingConflictError,
    TingTingLoginError,
    TingTingNotFoundError,
    aiter_campaigns,
    iter_campaigns,
    make_client,
)
from switchboard_mocks.pytest_plugin import MockFactory, ServedMock
from switchboard_mocks.tingting import DEFAULT_SETTINGS

pytestmark = pytest.mark.e2e

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#: Access tokens live 300 s and refresh tokens 1000 s on the mock's clock; a call lasts 30 s; 2 campaigns a page.
SETTINGS = {
    **DEFAULT_SETTINGS,
    "password": "e2e-password",
    "token_ttl": "300",
    "refresh_ttl": "1000",
    "page_size": "2",
}


@pytest.fixture
def mock(switchboard_mock: MockFactory) -> ServedMock:
    """The tingting mock on a loopback port, from the pytest plugin users get (``switchboard_mock``)."""
    return switchboard_mock("tingting", settings=SETTINGS)


def client_for(mock: ServedMock, **kwargs: Any) -> Client:
    return make_client(mock.base_url, SETTINGS["email"], SETTINGS["password"], **kwargs)


def advance(mock: ServedMock, seconds: float) -> None:
    httpx.post(f"{mock.url}/__mock__/clock", json={"advance": seconds}).raise_for_status()


def journal(mock: ServedMock) -> list[tuple[str, Any]]:
    entries = httpx.get(f"{mock.url}/__mock__/journal").json()
    return [(entry.get("operation", entry["path"]), entry["status"]) for entry in entries]


def numbers_sheet() -> bytes:
    """Three recipients with a name and an age: the header row makes tags_name and tags_age usable."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Number", "Name", "Age"])
    sheet.append([9841000010, "Ram", 30])  # ends in 0: its first call fails
    sheet.append([9841000011, "Sita", 25])  # ends in 1: unanswered
    sheet.append([9841000015, "Hari", 40])  # completes
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def upload() -> CampaignCreateUpload:
    sheet = File(payload=io.BytesIO(numbers_sheet()), file_name="numbers.xlsx", mime_type=XLSX)
    return CampaignCreateUpload(name="Ward survey", services="PHONE", send_to_number_file=sheet)


def statuses(numbers: CampaignNumbersResponse) -> dict[int, str]:
    return {n.number: str(n.status) for n in numbers.data.number_lists}


def test_campaign_flow_sync(mock: ServedMock) -> None:
    client = client_for(mock)
    user = client.auth.get_user_details()
    assert user.data.user_details.email == SETTINGS["email"]

    created = client.campaigns.create_campaign(body=upload())
    campaign_id = created.data.details[0].id
    details = client.campaigns.get_campaign(campaign_id)
    assert details.data.details[0].usable_tags == ["tags_name", "tags_age"]

    tags = CampaignNumberTags.from_dict({"tags_name": "Gita", "tags_age": 33})
    added = client.campaign_numbers.add_campaign_number(
        campaign_id, body=CampaignNumberCreate(number=9841000024, available_tags=tags)
    )
    assert added.data, added  # optional in the spec, as are the details
    assert added.data.details, added
    number_id = added.data.details.id
    with pytest.raises(TingTingConflictError) as refused:
        client.campaign_numbers.add_campaign_number(
            campaign_id,
            body=CampaignNumberCreate(number=9841000025, available_tags=CampaignNumberTags.from_dict({"tags_x": 1})),
        )
    assert "available_tags" in refused.value.field_errors
    client.campaign_numbers.update_campaign_number(number_id, body=CampaignNumberUpdate(number=9841000026))
    info = client.campaign_numbers.get_campaign_number(number_id)
    assert info.data.number_detail.number == 9841000026
    tagged = info.data.number_detail.available_tags
    assert tagged
    assert tagged.to_dict() == {"tags_name": "Gita", "tags_age": 33}

    begun = client.campaigns.begin_campaign(campaign_id, body=CampaignBegin(message="Namaste {tags_name}"))
    assert begun.data.hold_amount == "4 credits on hold for Ward survey campaign."
    advance(mock, 45)  # the first call ended, the second is ringing, the others wait
    assert statuses(client.campaign_numbers.list_campaign_numbers(campaign_id)) == {
        9841000010: "failed",
        9841000011: "in progress",
        9841000015: "queued",
        9841000026: "queued",
    }
    advance(mock, 100)
    assert statuses(client.campaign_numbers.list_campaign_numbers(campaign_id)) == {
        9841000010: "failed",
        9841000011: "unanswered",
        9841000015: "completed",
        9841000026: "completed",
    }

    advance(mock, 200)  # 345 s: the access token expired mid-flow; one 401, one refresh, one resend
    rerun = client.campaigns.begin_campaign(campaign_id, body=CampaignBegin(status=["failed"]))
    assert rerun.data.hold_amount == "1 credits on hold for Ward survey campaign."
    advance(mock, 31)
    assert statuses(client.campaign_numbers.list_campaign_numbers(campaign_id))[9841000010] == "completed"

    available = client.phone_numbers.list_available_phone_numbers()
    sid = available.data.number_lists[0].phone_number_sid
    client.phone_numbers.buy_phone_number(body=PhoneNumberSelection(phone_sid=sid))
    assert [n.phone_number_sid for n in client.phone_numbers.list_owned_phone_numbers().data.owned_numbers] == [sid]
    client.phone_numbers.release_phone_number(body=PhoneNumberSelection(phone_sid=sid))
    assert client.phone_numbers.list_owned_phone_numbers().data.owned_numbers == []

    otp = client.otp.send_otp(
        body=SendOtpRequest(
            number="9841000010", message="Your code is {otp}", sms_send_options="text", otp_options="generated"
        )
    )
    code = str(otp.data.details.otp)
    assert len(code) == 4
    assert otp.data.details.message == f"Your code is {' '.join(code)}"

    advance(mock, 1000)  # now the refresh token has expired too: 401, refused refresh, a new login
    client.campaign_numbers.delete_campaign_number(number_id)
    with pytest.raises(TingTingNotFoundError):
        client.campaign_numbers.get_campaign_number(number_id)

    seen = journal(mock)
    auth_steps = [(op, status) for op, status in seen if op in ("login", "refresh_token")]
    assert auth_steps == [("login", 200), ("refresh_token", 200), ("refresh_token", 401), ("login", 200)]
    assert seen.count(("begin_campaign", 401)) == 1
    assert token_auth_of(client).token_fetches == 3
    assert mock.app.spec_violations == []


def test_campaign_flow_async(mock: ServedMock) -> None:
    client = client_for(mock)

    async def flow() -> None:
        created = await asyncio.gather(
            *(
                client.aio.campaigns.create_campaign(
                    body=CampaignCreate(name=f"c{i}", services="SMS", individual_number=[9841000100 + i])
                )
                for i in range(5)
            )
        )
        assert [c.success for c in created] == [True] * 5
        listed = [c.name async for c in aiter_campaigns(client)]
        assert sorted(listed) == [f"c{i}" for i in range(5)]  # three pages of two, each campaign once

        campaign_id = created[0].data.details[0].id
        audio = File(payload=io.BytesIO(b"ID3 an mp3"), file_name="greeting.mp3", mime_type="audio/mpeg")
        began = await client.aio.campaigns.begin_campaign(
            campaign_id, body=CampaignBeginUpload(aud_file=audio, voice_input="np_binod")
        )
        assert began.message == "Campaign is running"

        advance(mock, 301)  # ten concurrent calls meet the expired token: one refresh between them
        numbers = await asyncio.gather(
            *(client.aio.campaign_numbers.list_campaign_numbers(campaign_id) for _ in range(10))
        )
        assert {statuses(n)[9841000100] for n in numbers} == {"failed"}

    asyncio.run(flow())

    assert token_auth_of(client).token_fetches == 2
    seen = journal(mock)
    assert [op for op, _ in seen if op in ("login", "refresh_token")] == ["login", "refresh_token"]
    assert 1 <= seen.count(("list_campaign_numbers", 401)) <= 10
    assert seen.count(("list_campaign_numbers", 200)) == 10
    assert mock.app.spec_violations == []


def test_iter_campaigns_pages_through_the_list(mock: ServedMock) -> None:
    client = client_for(mock)
    for i in range(5):
        client.campaigns.create_campaign(body=CampaignCreate(name=f"c{i}", services="PHONE", individual_number=[]))

    names = [c.name for c in iter_campaigns(client)]

    assert names == ["c4", "c3", "c2", "c1", "c0"]
    entries = httpx.get(f"{mock.url}/__mock__/journal").json()
    pages = [e["query"] for e in entries if e.get("operation") == "list_campaigns"]
    assert pages == ["page=1", "page=2", "page=3"]


def test_invalid_requests_never_reach_the_mock(mock: ServedMock) -> None:
    client = client_for(mock)
    nameless = File(payload=io.BytesIO(numbers_sheet()))  # no file name: not a file part

    with pytest.raises(RequestValidationError, match="send_to_number_file"):
        client.campaigns.create_campaign(
            body=CampaignCreateUpload(name="x", services="SMS", send_to_number_file=nameless)
        )
    with pytest.raises(RequestValidationError, match="schedule_date"):
        client.campaigns.begin_campaign(1, body=CampaignBegin(schedule_date="2026-13-01T10:00"))

    assert journal(mock) == []


def test_a_wrong_password_is_a_login_error(mock: ServedMock) -> None:
    client = make_client(mock.base_url, SETTINGS["email"], "not-the-password")

    with pytest.raises(TingTingLoginError) as refused:
        client.auth.get_user_details()

    assert "not-the-password" not in str(refused.value)
    assert refused.value.status_code == 401
    assert refused.value.field_errors == {"non_field_errors": ["No active account found with the given credentials"]}


def test_a_path_without_its_trailing_slash_is_redirected_as_django_does(mock: ServedMock) -> None:
    redirected = httpx.post(f"{mock.base_url}/system/send/otp", json={})
    too_many = httpx.get(f"{mock.base_url}/system/owned/phone_numbers/")

    assert redirected.status_code == 301
    assert redirected.headers["location"] == "/api/system/send/otp/"
    assert too_many.status_code == 404
