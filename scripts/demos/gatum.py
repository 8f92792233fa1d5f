"""Gatum: drive the generated client and its overlay through the Gatum mock, and say what happened.

Run by `scripts/demo.py` (`nox -s demo`) after every client was regenerated from specs/.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import TypeVar

import httpx
import uvicorn
from gatum_client.models import (
    AddGroupNumbersRequest,
    BlackListRequest,
    CreateGroupRequest,
    GroupContact,
    ListGroupsRequest,
    SendBulkRequest,
    SmsFullDataRequest,
    SmsMessage,
)
from gatum_client.types import Unset

from switchboard import RequestValidationError, token_auth_of
from switchboard.gatum import (
    GatumLoginError,
    GatumNotFoundError,
    aiter_groups,
    iter_groups,
    iter_sms_records,
    logout,
    make_client,
)
from switchboard.webhooks import WebhookApp, gatum
from switchboard_mocks import create_app, serve
from switchboard_mocks.gatum import DEFAULT_SETTINGS

T = TypeVar("T")


def say(step: str, outcome: object) -> None:
    print(f"  {step:<46} {outcome}")


def given(value: T | Unset) -> T:
    """A field the Gatum spec leaves optional (tolerant reader) that this demo reads: stop if an answer lacks it."""
    if isinstance(value, Unset):
        raise SystemExit("Gatum answered without a field the demo reads")
    return value


@contextlib.contextmanager
def receiving(app: WebhookApp[gatum.DeliveryReport]) -> Iterator[str]:
    """Serve a webhook receiver on a free loopback port; yield its URL."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        while not server.started and thread.is_alive():
            thread.join(0.01)
        yield f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(5)


def main() -> int:
    settings = {**DEFAULT_SETTINGS, "token_ttl": "600", "dlr_interval": "5"}
    with serve(create_app("gatum", settings=settings)) as mock:
        print(f"Gatum mock on {mock.base_url} (tokens live {settings['token_ttl']} s)")

        def advance(seconds: float) -> None:
            httpx.post(f"{mock.url}/__mock__/clock", json={"advance": seconds}).raise_for_status()

        try:
            make_client(mock.base_url, settings["username"], "a wrong password").account.get_account_info()
        except GatumLoginError as refused:
            say("login with a wrong password", f"GatumLoginError, field_errors={refused.field_errors}")

        client = make_client(mock.base_url, settings["username"], settings["password"])
        auth = token_auth_of(client)
        account = client.account.get_account_info()
        say("authorize + accesstoken + GET /me", f"login={given(account.data).login}")

        sent = client.sms.send_sms(body=[SmsMessage(number=["380957225759"], sender_id="Verify", text="Hi")])
        sending = given(given(sent.data)[0].sending)
        say("send SMS", f"sentID {given(sending.details).sent_id}")
        states = []
        for _ in range(3):
            states += [r.state for r in iter_sms_records(client, SmsFullDataRequest(phone=["380957225759"]))]
            advance(5)
        say("its DLR state, read every 5 s (mock clock)", " -> ".join(str(s) for s in states))

        reports: list[str] = []
        receiver = gatum.delivery_reports.app(lambda batch: reports.extend(str(r.state) for r in batch))
        with receiving(receiver) as url:
            dlr = SmsMessage(number=["380957225760"], sender_id="Verify", text="Hi", callback_url=f"{url}/dlr")
            client.sms.send_sms(body=[dlr])
            advance(10)
            deadline = time.monotonic() + 5
            while len(reports) < 2 and time.monotonic() < deadline:
                time.sleep(0.02)
        posts = receiver.counts["accepted"]
        say("DLRs posted to its callback_url, typed", f"{' -> '.join(reports)} in {posts} post{'s' * (posts != 1)}")

        ids: list[int] = []
        for name in ("VIP", "Staff", "Newsletter", "Old clients", "Partners"):
            created = client.groups.create_group(body=CreateGroupRequest(name_group=name))
            group = given(given(created.data).list_)
            ids.append(given(group.id_group))
        say("5 groups, listed 2 per page", [g.name_group for g in iter_groups(client, page_size=2)])
        vip, staff = ids[0], ids[1]
        contacts = [GroupContact(number=380661093766, name="Liza"), GroupContact(number=380957225700, name="Iogan")]
        client.group_numbers.add_group_numbers(body=AddGroupNumbersRequest(id_group=vip, numbers=contacts))
        client.group_numbers.add_group_numbers(
            body=AddGroupNumbersRequest(id_group=staff, numbers=[GroupContact(number=380957225700)])
        )
        client.black_list.add_black_list_numbers(body=BlackListRequest(numbers=[380501112233]))
        bulk = SendBulkRequest(
            sender_id="VShop", text="Hi #first_name#", id_group=[vip], id_group_excluded=[staff], phone=["380501112233"]
        )
        client.sms.send_bulk_sms(body=bulk)
        got = [f"{r.phone} {r.text_sms!r}" for r in iter_sms_records(client, SmsFullDataRequest(sender="VShop"))]
        say("bulk to VIP minus Staff minus black list", got)

        advance(601)
        client.groups.list_groups(body=ListGroupsRequest(limit=1))
        say("token expired on the server, call again", f"401, logged in again, resent ({auth.token_fetches} logins)")

        try:
            client.groups.list_groups(body=ListGroupsRequest(id_group=99999))
        except GatumNotFoundError as gone:
            say("a group that does not exist", f"GatumNotFoundError, field_errors={gone.field_errors}")
        try:
            client.sms.send_sms(body=[SmsMessage(number=["+380957225759"], sender_id="Verify", text="Hi")])
        except RequestValidationError as refused:
            say("an invalid request", f"refused before sending: {refused.field} breaks {refused.rule}")

        async def concurrent() -> int:
            await asyncio.gather(*(client.aio.account.get_account_info() for _ in range(50)))
            return len([g async for g in aiter_groups(client, page_size=3)])

        advance(601)
        before = auth.token_fetches
        groups = asyncio.run(concurrent())
        say(
            "50 async calls after another expiry", f"{auth.token_fetches - before} login; async paging: {groups} groups"
        )

        say("logout", f"token revoked: {logout(client)}")

        journal = [e for e in httpx.get(f"{mock.url}/__mock__/journal").json() if e.get("direction") != "outbound"]
        by_status = Counter(str(entry["status"]) for entry in journal)
        print(
            f"Mock saw {len(journal)} requests ({dict(sorted(by_status.items()))}), "
            f"{auth.token_fetches} logins, {len(mock.app.spec_violations)} spec violations."
        )
        return 1 if mock.app.spec_violations else 0


if __name__ == "__main__":
    raise SystemExit(main())
