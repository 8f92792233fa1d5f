"""Kandy: drive the generated client and its overlay through the Kandy mock, and say what happened.

Run by `scripts/demo.py` (`nox -s demo`) after every client was regenerated from specs/.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from typing import TypeVar

import httpx
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
from kandy_client.types import Unset

from switchboard import RequestValidationError
from switchboard.kandy import KandyError, kandy_auth_of, make_client, revoke_account_token, with_credentials
from switchboard_mocks import create_app, serve
from switchboard_mocks.kandy import DEFAULT_SETTINGS

T = TypeVar("T")


def say(step: str, outcome: object) -> None:
    print(f"  {step:<46} {outcome}")


def given(value: T | Unset) -> T:
    """A field the Kandy spec leaves optional (tolerant reader) that this demo reads: stop if an answer lacks it."""
    if isinstance(value, Unset):
        raise SystemExit("Kandy answered without a field the demo reads")
    return value


def main() -> int:
    s = DEFAULT_SETTINGS
    with serve(create_app("kandy")) as mock:
        print(f"Kandy mock on {mock.base_url} (account {s['account_api_key'][:6]}..., domain {s['domain_name']})")
        client = make_client(
            mock.base_url,
            account_api_key=s["account_api_key"],
            account_api_secret=s["account_api_secret"],
            domain_api_key=s["domain_api_key"],
            domain_api_secret=s["domain_api_secret"],
            user_id=s["user_id"],
        )
        auth = kandy_auth_of(client)

        created = given(client.account.create_domain(body=CreateDomainRequest(domain_name="demo.example")).result)
        domain_key, domain_secret = given(created.domain_api_key), given(created.domain_api_secret)
        say("account token + create a domain", f"demo.example, API key {domain_key[:6]}...")
        demo = with_credentials(client, domain_api_key=domain_key, domain_api_secret=domain_secret)
        for user in ("carol", "dave"):
            demo.domain.create_user_by_user_id(body=CreateUserByUserIdRequest(user_id=user))
        users = given(demo.domain.get_users().result).users
        say("domain token + create two users", [u.user_id for u in users])

        carol, dave = with_credentials(demo, user_id="carol"), with_credentials(demo, user_id="dave")
        phone = given(carol.user.create_device(body=CreateDeviceRequest(device_name="phone")).result)
        tablet = given(dave.user.create_device(body=CreateDeviceRequest(device_name="tablet")).result)
        carol_device, dave_device = given(phone.device_id), given(tablet.device_id)
        say("user tokens + a device each", f"carol {carol_device[:6]}..., dave {dave_device[:6]}...")

        sms = SmsMessage(source="+14055671234", destination="+14055675678", message=SmsContent(text="On my way"))
        carol.device.send_sms(device_id=carol_device, body=SendSmsRequest(message=sms))
        say("SMS from carol's device", f"{len(mock.app.vendor.sms_sent)} SMS recorded by the mock")  # type: ignore[attr-defined]
        chat = DeviceChatMessage("dave@demo.example", "0" * 31 + "1", ChatContent(text="Lunch?"), content_type="text")
        carol.device.send_device_message(device_id=carol_device, body=SendDeviceMessageRequest(message=chat))
        pending = given(dave.device.get_pending_messages(device_id=dave_device).result).messages
        say("chat carol -> dave, dave polls", [(m.message_type, given(m.message).text) for m in pending])
        dave.device.delete_handled_messages(device_id=dave_device, messages=json.dumps([m.uuid for m in pending]))
        acks = given(carol.device.get_pending_messages(device_id=carol_device).result).messages
        say("dave deletes it as handled, carol polls", [m.message_type for m in acks])

        message = GroupChatMessage(group_id=s["group_id"], uuid="demo-1", message=ChatContent(text="Hi all"))
        client.group.send_group_message(body=SendGroupMessageRequest(message=message))
        say("alice writes to her group", "accepted")
        client.domain.create_user_by_user_id(body=CreateUserByUserIdRequest(user_id="erin"))
        erin = with_credentials(client, user_id="erin")
        for name, who in (("erin (same domain, not a member)", erin), ("carol (another domain)", carol)):
            try:
                who.group.send_group_message(body=SendGroupMessageRequest(message=message))
            except KandyError as refused:
                say(f"{name} tries", f"{type(refused).__name__}, status {refused.status}")

        token = auth.token_auth("user").grant.issued  # type: ignore[attr-defined]
        before = auth.token_fetches
        demo_token = kandy_auth_of(demo).token_auth("domain").grant.issued  # type: ignore[attr-defined]
        httpx.delete(
            f"{mock.base_url}/domains/accesstokens",
            params={
                "key": domain_key,
                "domain_api_secret": domain_secret,
                "domain_access_token": demo_token,
            },
        ).raise_for_status()
        users = given(demo.domain.get_users().result).users
        say("domain token revoked elsewhere, call again", f"refused, new token, resent: {len(users)} users")
        say("alice's user token meanwhile", "kept" if token == auth.token_auth("user").grant.issued else "replaced")  # type: ignore[attr-defined]

        revoke_account_token(client)
        domains = given(client.account.get_domains().result).domains
        say("revoke_account_token, list domains", f"{len(domains)} domains with a new account token")
        say("token fetches for those two calls", auth.token_fetches - before)

        try:
            dave.device.delete_handled_messages(device_id=dave_device, messages='["not-a-uuid"]')
        except RequestValidationError as bad:
            say("an invalid request", f"refused before sending: {bad.field} breaks {bad.rule}")

        async def concurrent() -> None:
            await asyncio.gather(*(with_credentials(demo, user_id="dave").aio.user.get_devices() for _ in range(50)))

        before = auth.token_fetches
        asyncio.run(concurrent())
        say("50 async calls as dave", f"{auth.token_fetches - before} new token fetches (dave's token is cached)")

        journal = httpx.get(f"{mock.url}/__mock__/journal").json()
        by_status = Counter(str(entry["status"]) for entry in journal)
        print(
            f"Mock saw {len(journal)} requests ({dict(sorted(by_status.items()))}), "
            f"{auth.token_fetches} token fetches, {len(mock.app.spec_violations)} spec violations."
        )
        return 1 if mock.app.spec_violations else 0


if __name__ == "__main__":
    raise SystemExit(main())
