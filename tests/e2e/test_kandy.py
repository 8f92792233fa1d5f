"""The generated Kandy client with its overlay against the Kandy mock served on a loopback port."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from kandy_client import Client
from kandy_client.models import (
    ChatContent,
    CreateDeviceRequest,
    CreateDomainRequest,
    CreateUserByUserIdRequest,
    DeviceChatMessage,
    GroupChatMessage,
    SendDeviceMessageRequest,
    SendGroupMessageRequest,
    SendSmsRequest,
    SmsContent,
    SmsMessage,
)
from kandy_client.types import UNSET, Unset

from switchboard import RequestValidationError
from switchboard.kandy import (
    KandyError,
    KandyNotFoundError,
    arevoke_account_token,
    kandy_auth_of,
    make_client,
    revoke_account_token,
    with_credentials,
)
from switchboard_mocks import RunningMock, create_app, serve
from switchboard_mocks.kandy import DEFAULT_SETTINGS
from switchboard_mocks.pytest_plugin import MockFactory, ServedMock

pytestmark = pytest.mark.e2e

S = DEFAULT_SETTINGS
CREDENTIALS = ("account_api_key", "account_api_secret", "domain_api_key", "domain_api_secret", "user_id")
TEXT = ChatContent(text="let's meet tonight", mime_type="text/plain")


@pytest.fixture(params=["no", "yes"], ids=["http-errors", "errors-in-http-200"])
def mock(request: pytest.FixtureRequest, switchboard_mock: MockFactory) -> ServedMock:
    """The Kandy mock on a loopback port, from the pytest plugin users get, answering errors both ways."""
    return switchboard_mock("kandy", settings={"errors_in_http_200": request.param})


def client_for(mock: RunningMock | ServedMock) -> Client:
    return make_client(
        mock.base_url,
        account_api_key=S["account_api_key"],
        account_api_secret=S["account_api_secret"],
        domain_api_key=S["domain_api_key"],
        domain_api_secret=S["domain_api_secret"],
        user_id=S["user_id"],
    )


def in_http_200(mock: ServedMock) -> bool:
    return mock.app.vendor.settings["errors_in_http_200"] == "yes"


def journal(mock: RunningMock | ServedMock) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = httpx.get(f"{mock.url}/__mock__/journal").json()
    return entries


def revoke_out_of_band(mock: ServedMock, domain_key: str, domain_secret: str, token: str) -> None:
    """Revoke a domain token behind the client's back (another process, an admin): its cache still holds it."""
    params = {"key": domain_key, "domain_api_secret": domain_secret, "domain_access_token": token}
    httpx.delete(f"{mock.base_url}/domains/accesstokens", params=params).raise_for_status()


def new_domain(client: Client, name: str) -> tuple[str, str]:
    created = client.account.create_domain(body=CreateDomainRequest(domain_name=name, project_name="e2e")).result
    assert created, created  # optional in the spec, as are the key and the secret
    assert created.domain_api_key, created
    assert created.domain_api_secret, created
    return created.domain_api_key, created.domain_api_secret


def device_of(user: Client, name: str | Unset = UNSET) -> str:
    created = user.user.create_device(body=CreateDeviceRequest(device_name=name)).result
    assert created, created  # optional in the spec, as is the id
    assert created.device_id, created
    return created.device_id


def uuid_of(n: int) -> str:
    return f"{n:032x}"


def test_the_whole_hierarchy_sync(mock: ServedMock) -> None:
    client = client_for(mock)
    key, secret = new_domain(client, "e2e.example")
    domain = with_credentials(client, domain_api_key=key, domain_api_secret=secret)
    for user in ("carol", "dave"):
        domain.domain.create_user_by_user_id(body=CreateUserByUserIdRequest(user_id=user, user_country_code="US"))
    carol, dave = (with_credentials(domain, user_id=u) for u in ("carol", "dave"))
    carol_device, dave_device = device_of(carol, "phone"), device_of(dave, "tablet")

    sms = SmsMessage(source="+14055671234", destination="+14055675678", message=SmsContent(text="hello"))
    assert carol.device.send_sms(device_id=carol_device, body=SendSmsRequest(message=sms)).status == 0
    chats = [DeviceChatMessage("dave@e2e.example", uuid_of(n), TEXT, content_type="text") for n in range(12)]
    for chat in chats:
        carol.device.send_device_message(device_id=carol_device, body=SendDeviceMessageRequest(message=chat))

    pending = dave.device.get_pending_messages(device_id=dave_device).result
    assert pending
    uuids = [m.uuid for m in pending.messages]
    assert uuids == [uuid_of(n) for n in range(12)]
    sender = pending.messages[0].sender
    assert sender
    assert sender.full_user_id == "carol@e2e.example"
    with pytest.raises(RequestValidationError, match="messages"):  # 12 at once: more than 10, refused before sending
        dave.device.delete_handled_messages(device_id=dave_device, messages=json.dumps(uuids))
    for start in (0, 10):
        dave.device.delete_handled_messages(device_id=dave_device, messages=json.dumps(uuids[start : start + 10]))
    left, acks = (
        u.device.get_pending_messages(device_id=d).result for u, d in ((dave, dave_device), (carol, carol_device))
    )
    assert left
    assert left.messages == []
    assert acks
    assert {(m.message_type, m.uuid) for m in acks.messages} == {("chatRemoteAck", u) for u in uuids}

    # Mid-flow, the domain token is revoked elsewhere: the next domain call is refused once, then succeeds.
    auth = kandy_auth_of(domain)
    fetches = auth.token_fetches
    revoke_out_of_band(mock, key, secret, auth.token_auth("domain").grant.issued)  # type: ignore[attr-defined]
    users = domain.domain.get_users().result
    assert users
    assert sorted(u.user_id for u in users.users) == ["carol", "dave"]
    assert auth.token_fetches == fetches + 1
    refused = [e["status"] for e in journal(mock) if e.get("operation") == "get_users"]
    assert refused == ([200, 200] if in_http_200(mock) else [401, 200])

    # The account token is revoked with the helper: the cache forgets it, the next account call gets a new one.
    assert revoke_account_token(client) is True
    assert revoke_account_token(client) is False
    domains = client.account.get_domains().result
    assert domains
    assert len(domains.domains) == 2
    assert kandy_auth_of(client).token_fetches == auth.token_fetches  # shared caches
    # account, domain (e2e), user carol, user dave, domain again, account again
    assert auth.token_fetches == 6
    assert mock.app.spec_violations == []


def test_the_whole_hierarchy_async(mock: ServedMock) -> None:
    client = client_for(mock)

    async def flow() -> None:
        created = (await client.aio.account.create_domain(body=CreateDomainRequest(domain_name="async.example"))).result
        assert created, created  # optional in the spec, as are the key and the secret
        assert created.domain_api_key, created
        assert created.domain_api_secret, created
        key, secret = created.domain_api_key, created.domain_api_secret
        domain = with_credentials(client, domain_api_key=key, domain_api_secret=secret)
        await asyncio.gather(
            *(
                domain.aio.domain.create_user_by_user_id(body=CreateUserByUserIdRequest(user_id=f"u{n}"))
                for n in range(5)
            )
        )
        users = [with_credentials(domain, user_id=f"u{n}") for n in range(5)]
        devices = await asyncio.gather(*(u.aio.user.create_device(body=CreateDeviceRequest()) for u in users))
        ids = [d.result.device_id if d.result and d.result.device_id else "" for d in devices]  # optional in the spec
        assert all(ids), devices
        sends = [
            users[n].aio.device.send_device_message(
                device_id=ids[n],
                body=SendDeviceMessageRequest(message=DeviceChatMessage("u0@async.example", uuid_of(n), TEXT)),
            )
            for n in range(1, 5)
        ]
        await asyncio.gather(*sends)
        pending = (await users[0].aio.device.get_pending_messages(device_id=ids[0])).result
        assert pending
        uuids = sorted(m.uuid for m in pending.messages)
        assert uuids == [uuid_of(n) for n in range(1, 5)]
        await users[0].aio.device.delete_handled_messages(device_id=ids[0], messages=json.dumps(uuids))

        # Revoke the account token, then 10 concurrent account calls: one new token for all of them.
        assert await arevoke_account_token(client) is True
        before = kandy_auth_of(client).token_fetches
        listed = await asyncio.gather(*(client.aio.account.get_domains() for _ in range(10)))
        assert [len(r.result.domains) if r.result else None for r in listed] == [2] * 10
        assert kandy_auth_of(client).token_fetches == before + 1

    asyncio.run(flow())
    # account, domain, five users, account again
    assert kandy_auth_of(client).token_fetches == 8
    assert mock.app.spec_violations == []


def test_group_messages_reach_members_only(mock: ServedMock) -> None:
    client = client_for(mock)
    alice = client
    bob = with_credentials(client, user_id=S["peer_user_id"])
    bob_device = device_of(bob)
    group = alice.group.get_group_by_id(group_id=S["group_id"]).result
    assert group
    assert group.members
    assert [m.full_user_id for m in group.members] == ["alice@switchboard.example", "bob@switchboard.example"]

    message = GroupChatMessage(group_id=S["group_id"], uuid="any-client-id", message=TEXT, content_type="text")
    alice.group.send_group_message(body=SendGroupMessageRequest(message=message))
    pending = bob.device.get_pending_messages(device_id=bob_device).result
    assert pending
    assert [m.message_type for m in pending.messages] == ["groupChat"]

    client.domain.create_user_by_user_id(body=CreateUserByUserIdRequest(user_id="outsider"))
    outsider = with_credentials(client, user_id="outsider")
    with pytest.raises(KandyError) as refused:
        outsider.group.send_group_message(body=SendGroupMessageRequest(message=message))
    assert refused.value.status == 702
    with pytest.raises(KandyNotFoundError) as missing:
        alice.group.get_group_by_id(group_id="no-such-group")
    assert missing.value.status == 700
    assert missing.value.status_code == (200 if in_http_200(mock) else 404)


def test_the_vendor_sdks_wire_forms_are_accepted_and_their_bugs_are_not(mock: ServedMock) -> None:
    base = mock.base_url
    domain = {"key": S["domain_api_key"]}
    # kandy.js: a user token with the user's password instead of the domain secret.
    token = httpx.get(
        f"{base}/domains/users/accesstokens", params={**domain, "user_id": "alice", "user_password": S["user_password"]}
    ).json()["result"]["user_access_token"]
    device = httpx.post(f"{base}/users/devices", params={"key": token}, json={}).json()["result"]["device_id"]
    user = {"key": token, "device_id": device}
    # Python SDK: `content_type` (kandy.js: `contentType`), `client_timestamp=None`, the UUID list as json.dumps.
    for spelling in ("content_type", "contentType"):
        chat = {
            spelling: "text",
            "destination": "bob@switchboard.example",
            "UUID": uuid_of(7),
            "message": {"text": "x"},
        }
        answer = httpx.post(f"{base}/devices/messages", params=user, json={"message": chat}).json()
        assert answer == {"status": 0, "message": "success"}
    assert httpx.get(f"{base}/devices/messages", params={**user, "client_timestamp": "None"}).json()["status"] == 0
    handled = json.dumps([uuid_of(1), uuid_of(2)])  # '["...", "..."]', with a space
    assert httpx.delete(f"{base}/devices/messages", params={**user, "messages": handled}).json()["status"] == 0

    # SDK bug: the delete helpers send GET, which reads instead of deleting.
    httpx.get(f"{base}/users/devices", params={"key": token, "device_id": device})
    devices = httpx.get(f"{base}/users/devices", params={"key": token}).json()["result"]["devices"]
    assert [d["device_id"] for d in devices] == [S["device_id"], device]
    # SDK bug: `domain_api_secret<secret>` without `=`: no secret arrives, the token is refused.
    raw = f"{base}/domains/accesstokens?key={S['domain_api_key']}&domain_api_secret{S['domain_api_secret']}"
    refused = httpx.get(raw)
    assert refused.json()["status"] == 3
    assert mock.app.spec_violations == []


def test_secrets_stay_out_of_errors_reprs_and_the_journal(mock: ServedMock) -> None:
    client = client_for(mock)
    client.account.get_domains()
    with pytest.raises(KandyNotFoundError) as missing:
        client.device.get_pending_messages(device_id="no-such-device")
    auth = kandy_auth_of(client)
    held = auth.secrets()
    assert {S[n] for n in CREDENTIALS if n != "user_id"} < set(held)
    assert len(set(held)) == 4 + 2  # the four keys and secrets, the account and user tokens
    shown = " ".join([str(missing.value), repr(auth), repr(client), json.dumps(journal(mock))])
    for secret in held:
        assert secret not in shown


def test_a_credential_the_client_lacks_fails_before_sending(mock: ServedMock) -> None:
    from switchboard import AuthenticationError

    user_only = make_client(mock.base_url, domain_api_key=S["domain_api_key"], user_id="alice")
    with pytest.raises(AuthenticationError, match="domain_api_secret or user_password"):
        user_only.user.get_devices()
    with pytest.raises(AuthenticationError, match="account_api_key"):
        user_only.account.get_domains()
    assert journal(mock) == []


def test_address_book_lists_the_other_users_and_can_be_deleted(mock: ServedMock) -> None:
    client = client_for(mock)
    device = device_of(client)
    book = client.device.get_device_address_book(device_id=device).result
    assert book
    assert [c.contact_id for c in book.contacts] == ["bob"]
    client.device.delete_device_address_book(device_id=device)
    emptied = client.device.get_device_address_book(device_id=device).result
    assert emptied
    assert emptied.contacts == []


def test_tokens_that_expire_on_the_mock_are_replaced_once() -> None:
    with serve(create_app("kandy", settings={"token_ttl": "60"})) as running:
        client = client_for(running)
        client.user.get_devices()
        httpx.post(f"{running.url}/__mock__/clock", json={"advance": 61}).raise_for_status()

        assert client.user.get_devices().status == 0

        statuses = [e["status"] for e in journal(running) if e.get("operation") == "get_devices"]
        assert statuses == [200, 401, 200]
        assert kandy_auth_of(client).token_fetches == 2
