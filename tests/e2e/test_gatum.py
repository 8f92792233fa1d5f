"""The generated Gatum client with its overlay against the Gatum mock served on a loopback port."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from gatum_client import Client
from gatum_client.models import (
    AddGroupNumbersRequest,
    BlackListRequest,
    CreateGroupRequest,
    DeleteGroupsRequest,
    GroupContact,
    GroupNumbersRequest,
    ListGroupsRequest,
    SendBulkRequest,
    SendSmsResponse,
    SmsFullDataRequest,
    SmsMessage,
)

from switchboard import AuthenticationError, RequestValidationError, token_auth_of
from switchboard.gatum import (
    GatumLoginError,
    GatumNotFoundError,
    aiter_groups,
    aiter_sms_records,
    alogout,
    iter_groups,
    iter_sms_records,
    logout,
    make_client,
)
from switchboard_mocks.gatum import DEFAULT_SETTINGS
from switchboard_mocks.pytest_plugin import MockFactory, ServedMock

pytestmark = pytest.mark.e2e

SETTINGS = {**DEFAULT_SETTINGS, "password": "e2e-password", "token_ttl": "600", "dlr_interval": "5"}


@pytest.fixture
def mock(switchboard_mock: MockFactory) -> ServedMock:
    """The gatum mock on a loopback port, from the pytest plugin users get (``switchboard_mock``)."""
    return switchboard_mock("gatum", settings=SETTINGS)


def client_for(mock: ServedMock) -> Client:
    return make_client(mock.base_url, SETTINGS["username"], SETTINGS["password"])


def advance(mock: ServedMock, seconds: float) -> None:
    httpx.post(f"{mock.url}/__mock__/clock", json={"advance": seconds}).raise_for_status()


def journal(mock: ServedMock) -> list[tuple[str, Any]]:
    return [(e.get("operation", "?"), e["status"]) for e in httpx.get(f"{mock.url}/__mock__/journal").json()]


def new_group(client: Client, name: str) -> int:
    created = client.groups.create_group(body=CreateGroupRequest(name_group=name)).data
    assert created, created  # optional in the spec, as is everything below
    assert created.list_, created
    assert created.list_.id_group, created
    return created.list_.id_group


def sent_to(sent: SendSmsResponse) -> list[str]:
    """The numbers of a send's first message (every field on the way is optional in the spec: ``[]`` if absent)."""
    sending = sent.data[0].sending if sent.data else None
    return (sending.details.number or []) if sending and sending.details else []


def sms(*numbers: str, text: str = "Your code is 4242") -> list[SmsMessage]:
    return [SmsMessage(number=list(numbers), sender_id="Verify", text=text)]


def test_sync_flow(mock: ServedMock) -> None:
    client = client_for(mock)

    account = client.account.get_account_info().data
    assert account
    assert account.login == SETTINGS["username"]

    # Send, then read the message back as its DLR state advances on the mock's clock.
    sent = client.sms.send_sms(body=sms("380957225759"))
    assert sent_to(sent) == ["380957225759"]
    states = []
    for _ in range(3):
        states.append([r.state for r in iter_sms_records(client, SmsFullDataRequest(phone=["380957225759"]))])
        advance(mock, 5)
    assert states == [["ACCEPTD"], ["ENROUTE"], ["DELIVRD"]]

    # Groups and their numbers, listed in pages.
    ids = [new_group(client, f"clients {i}") for i in range(12)]
    assert [g.id_group for g in iter_groups(client, page_size=5)] == ids
    vip, staff = ids[0], ids[1]
    contacts = [GroupContact(number=380661093766, name="Liza"), GroupContact(number=380957225700, name="Iogan")]
    client.group_numbers.add_group_numbers(body=AddGroupNumbersRequest(id_group=vip, numbers=contacts))
    client.group_numbers.add_group_numbers(
        body=AddGroupNumbersRequest(id_group=staff, numbers=[GroupContact(number=380957225700)])
    )
    found = client.group_numbers.search_group_numbers(body=GroupNumbersRequest(id_group=vip, numbers=[380661093766]))
    assert found.data
    assert found.data.list_
    assert [c.name for c in found.data.list_] == ["Liza"]

    # The black list: a listed number is not sent to, by a single send or a bulk one.
    client.black_list.add_black_list_numbers(body=BlackListRequest(numbers=[380661093799]))
    listed = client.black_list.search_black_list_numbers(body=BlackListRequest(numbers=[380661093799, 1234567]))
    assert listed.data
    assert listed.data.list_ == [380661093799]
    refused = client.sms.send_sms(body=sms("380661093799", "380661093700"))
    assert sent_to(refused) == ["380661093700"]

    # Bulk send to a group minus another group: Iogan is in both, so only Liza (and the extra phone) get it.
    bulk = SendBulkRequest(
        sender_id="VShop",
        text="Hi #first_name#",
        id_group=[vip],
        id_group_excluded=[staff],
        phone=["380661093799", "380501112233"],
    )
    client.sms.send_bulk_sms(body=bulk)
    records = list(iter_sms_records(client, SmsFullDataRequest(sender="VShop"), page_size=1))
    assert sorted((r.phone, r.text_sms) for r in records) == [("380501112233", "Hi "), ("380661093766", "Hi Liza")]
    assert [r.phone for r in iter_sms_records(client, SmsFullDataRequest(id_base=[vip]))] == ["380661093766"]

    # The token expires on the server mid-flow: one 401, one login, the call resent.
    advance(mock, 601)
    client.group_numbers.delete_group_numbers(body=GroupNumbersRequest(id_group=vip, numbers=[380661093766]))
    assert token_auth_of(client).token_fetches == 2
    assert ("delete_group_numbers", 401) in journal(mock)

    client.groups.delete_groups(body=DeleteGroupsRequest(id_group=[vip]))
    with pytest.raises(GatumNotFoundError) as gone:
        client.groups.list_groups(body=ListGroupsRequest(id_group=vip))
    assert gone.value.field_errors == {"id_group": [f"Group {vip} not found."]}
    assert gone.value.status_code == gone.value.code == 404

    # Logout revokes the token on the server; the next call logs in again.
    assert logout(client) is True
    assert ("logout", 200) in journal(mock)
    assert client.account.get_account_info().status is True
    assert token_auth_of(client).token_fetches == 3
    assert ("get_account_info", 401) not in journal(mock)  # logged out means no stale token was sent
    assert mock.app.spec_violations == []


def test_async_flow(mock: ServedMock) -> None:
    client = client_for(mock)

    async def flow() -> None:
        sent = await asyncio.gather(*(client.aio.sms.send_sms(body=sms(f"38050000{i:04d}")) for i in range(20)))
        assert [s.status for s in sent] == [True] * 20
        for name in ("a", "b", "c"):
            await client.aio.groups.create_group(body=CreateGroupRequest(name_group=name))

        advance(mock, 601)  # every cached token now gets a 401: ten concurrent calls, one login
        pages = await asyncio.gather(*(client.aio.groups.list_groups(body=ListGroupsRequest()) for _ in range(10)))
        assert [p.data.group_details.count_all if p.data and p.data.group_details else None for p in pages] == [3] * 10

        assert [g.name_group async for g in aiter_groups(client, page_size=2)] == ["a", "b", "c"]
        records = [r async for r in aiter_sms_records(client, page_size=7)]
        assert len(records) == 20
        assert {r.state for r in records} == {"DELIVRD"}  # 601 s later every message is delivered
        assert await alogout(client) is True

    asyncio.run(flow())

    assert token_auth_of(client).token_fetches == 2
    assert ("logout", 200) in journal(mock)
    assert mock.app.spec_violations == []


def test_a_refused_login_keeps_the_vendors_field_messages(mock: ServedMock) -> None:
    client = make_client(mock.base_url, SETTINGS["username"], "not-the-password")

    with pytest.raises(GatumLoginError) as refused:
        client.account.get_account_info()

    assert refused.value.field_errors == {"password": ["Incorrect username or password."]}
    assert isinstance(refused.value, AuthenticationError)  # about-the-type: the vendor error is a switchboard one
    assert "not-the-password" not in str(refused.value)
    assert journal(mock) == [("authorize", 400)]


def _cabinet_token(mock: ServedMock) -> str:
    """A token obtained outside the client, as the web cabinet would give one."""
    credentials = {"username": SETTINGS["username"], "password": SETTINGS["password"]}
    code = httpx.post(f"{mock.base_url}/authorize", json=credentials).json()["data"]["authorization_code"]
    token: str = httpx.post(f"{mock.base_url}/accesstoken", json={"authorization_code": code}).json()["data"][
        "access_token"
    ]
    return token


def test_a_token_from_elsewhere_works_until_it_is_revoked(mock: ServedMock) -> None:
    client = make_client(mock.base_url, token=_cabinet_token(mock))

    assert client.account.get_account_info().status is True
    assert logout(client) is True
    assert logout(client) is False  # nothing left to revoke

    with pytest.raises(AuthenticationError, match="no username and password"):
        client.account.get_account_info()


def test_a_token_from_elsewhere_falls_back_to_the_credentials_when_it_expires(mock: ServedMock) -> None:
    client = make_client(mock.base_url, SETTINGS["username"], SETTINGS["password"], token=_cabinet_token(mock))

    client.account.get_account_info()
    advance(mock, 601)
    client.account.get_account_info()

    assert [op for op, _ in journal(mock)] == [
        "authorize",
        "create_access_token",  # the "cabinet" token, fetched by the test
        "get_account_info",
        "get_account_info",  # 401: expired
        "authorize",
        "create_access_token",
        "get_account_info",
    ]


def test_an_invalid_request_never_reaches_the_mock(mock: ServedMock) -> None:
    client = client_for(mock)

    with pytest.raises(RequestValidationError) as refused:
        client.sms.send_sms(body=sms("+380957225759"))

    assert refused.value.field == "0.number.0"
    assert refused.value.rule == "pattern"
    assert journal(mock) == []


SDK_BASE_HEADERS = {"Content-Type": "application/json"}


@pytest.mark.parametrize(
    ("path", "body", "headers"),
    [
        # What gatum-rest-py 1.0.0 sends in the README's own examples, byte for byte in meaning.
        ("/group-create", {"name_group": "Clients for Promo", "time_birth": False, "originator_birth": False,
                           "text_birth": False, "on_birth": False}, {}),
        ("/group-create", {"name_group": "All clients", "time_birth": "13:00", "originator_birth": "Greetings",
                           "text_birth": "Happy birthday, #first_name#!", "on_birth": True}, {}),
        ("/send", [{"number": ["380957225759", "380661093766"], "senderID": "Verify", "text": "Your OTP is 42488",
                    "type": "sms", "delivery": True, "lifetime": "86400", "beginDate": "2023-03-19",
                    "beginTime": "19:16:00"}], {"charset": "UTF-8"}),
        ("/send", [{"number": ["380957225759"], "senderID": "Verify", "text": "Hi", "type": "sms",
                    "delivery": True}], {"charset": "UTF-8"}),
        ("/sms-full-data", {}, {}),
        ("/sms-full-data", {"MCC": 255, "MNC": 0, "sender": "Verify", "phone": ["380957225759", "380661093766"],
                            "id_base": [2, 4, 6, 22], "time_period": "2023-07-24 00:00:00 - 2023-07-24 23:59:59",
                            "type_sms": "sms"}, {}),
        ("/group", {"limit": 10, "offset": 0}, {}),
        ("/group", {"limit": 10, "offset": 1}, {}),
        ("/black-list-add", {"numbers": [12345665777, 12345665772]}, {}),
        ("/black-list-search", {"numbers": [12345665777, 12345665772]}, {}),
        ("/black-list-delete", {"numbers": [12345665777, 12345665772]}, {}),
        ("/register", {"login": "restap141i", "password": "restapirestapi", "name": "John", "phone": "1234567890",
                       "email": "john.doe@gmail.com", "company_name": "John Doe LTD", "skype": "johndoe"}, {}),
        # The README's group ids do not exist in a fresh mock: the form is taken, the group is not found.
        ("/group", {"limit": 10, "offset": 0, "id_group": 957}, {}),
        ("/group-delete", {"id_group": [957, 959]}, {}),
        ("/group-number-add", {"id_group": 956, "numbers": [
            {"number": 12345678901, "name": "Iogan", "surname": "Bah", "patronymic": "Sebastian",
             "date_birth": "1992-12-31", "male": "m", **{f"note_{i}": f"tralivali{i}" for i in range(1, 11)}},
            {"number": 12345678900, "name": "Liza", "surname": "Bah", "patronymic": "", "date_birth": "1992-12-31",
             "male": "f", "note_1": "tralivali"}]}, {}),
        ("/group-number-search", {"id_group": 956, "numbers": [12345678900, 12345678901, 17133010164]}, {}),
        ("/group-number-delete", {"id_group": 956, "numbers": [12345678900, 12345678901, 17133010164]}, {}),
        ("/send-bulk", {"senderID": "VShop", "text": "Place an order today and get a discount", "id_group": [956, 959],
                        "id_group_excluded": [957], "dateStart": "2023-08-02", "timeStart": "10:00",
                        "timeStop": "17:00", "phone": ["1234567890", "1234567891"]}, {}),
    ],
)  # fmt: skip
def test_the_mock_takes_what_the_vendor_sdk_sends(
    mock: ServedMock, path: str, body: Any, headers: dict[str, str]
) -> None:
    token = _cabinet_token(mock)

    response = httpx.post(
        f"{mock.base_url}{path}", json=body, headers={**SDK_BASE_HEADERS, "X-Access-Token": token, **headers}
    )

    if response.status_code == 404:
        assert set(response.json()["errors"]) == {"id_group"}, response.text
    else:
        assert response.status_code == 200, response.text
        assert response.json()["status"] is True
    assert mock.app.spec_violations == []


def test_the_mock_takes_the_sdks_get_requests(mock: ServedMock) -> None:
    headers = {"X-Access-Token": _cabinet_token(mock)}  # account_info and logout send no Content-Type

    assert httpx.get(f"{mock.base_url}/me", headers=headers).status_code == 200
    assert httpx.get(f"{mock.base_url}/logout", headers=headers).status_code == 200
    assert httpx.get(f"{mock.base_url}/me", headers=headers).status_code == 401


def test_the_mock_takes_the_double_slash_of_the_sdk_readmes_base_url(mock: ServedMock) -> None:
    # The README's base is "https://restapi.gatum.io/" and the SDK appends "/v1/...": "//v1/me" on the wire.
    headers = {"X-Access-Token": _cabinet_token(mock)}

    answer = httpx.get(f"{mock.url}//v1/me", headers=headers)

    assert answer.status_code == 200, answer.text
    assert httpx.get(f"{mock.url}/v2/me", headers=headers).status_code == 404  # only the slashes are forgiven
    assert mock.app.spec_violations == []
