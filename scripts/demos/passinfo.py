"""PassInfo: drive the generated client and its overlay through the PassInfo mock, and say what happened.

Run by `scripts/demo.py` (`nox -s demo`) after every client was regenerated from specs/.
"""

from __future__ import annotations

import asyncio
from collections import Counter

import httpx
from passinfo_client import Client
from passinfo_client.models import (
    AddContactToGroupRequest,
    BulkMessageRequest,
    ContactCreate,
    GroupMessageRequest,
    SingleMessageRequest,
)

from switchboard import RequestValidationError
from switchboard.passinfo import (
    CredentialError,
    InsufficientBalanceError,
    arenew_api_key,
    iter_contacts,
    key_auth_of,
    make_client,
)
from switchboard_mocks import RunningMock, create_app, serve
from switchboard_mocks.passinfo import DEFAULT_SETTINGS

SENDER = "Switchboard"


def say(step: str, outcome: object) -> None:
    print(f"  {step:<46} {outcome}")


def control(mock: RunningMock, action: str, payload: dict[str, object]) -> None:
    httpx.post(f"{mock.url}/__mock__/{action}", json=payload).raise_for_status()


def sends(mock: RunningMock, client: Client, settings: dict[str, str]) -> None:
    """One SMS polled to its final status; contacts, a group send and a bulk send with its batch status."""
    sent = client.messages.send_message(body=SingleMessageRequest("Hello from switchboard", "622000001", SENDER))
    say("send one SMS (Api-Key + Client-Id headers)", f"{sent.status}, message id {sent.message}")
    history: list[str] = []
    while not history or history[-1] not in ("delivered", "failed"):
        status = client.messages.get_message_status(str(sent.message))
        history.append(str(status.status))
        control(mock, "clock", {"advance": float(settings["sent_after"])})
    say("its status, polled as the mock clock moves", " -> ".join(dict.fromkeys(history)))

    for i in range(12):
        client.contacts.create_contact(body=ContactCreate(f"Contact{i}", "Demo", f"62200{i:04d}"))
    contacts = list(iter_contacts(client, limit=5))
    say("12 contacts created, listed 5 per page", f"{len(contacts)} contacts in 3 requests")
    groups = client.groups.get_user_groups()
    group_id = str(groups[0].id)
    for contact in contacts[:4]:
        client.groups.add_contact_to_group(body=AddContactToGroupRequest(str(contact.id), group_id))
    to_group = client.messages.send_message_group(group_id, body=GroupMessageRequest("Team news", SENDER))
    bulk = client.messages.send_message_bulk(
        body=BulkMessageRequest("Sale today", ["622000001", "622000002", "622000003"], SENDER)
    )
    say("group send (4 members) and bulk send (3)", f"batches {to_group.batch_id} and {bulk.batch_id}")
    control(mock, "clock", {"advance": float(settings["final_after"])})
    batch = client.messages.get_message_status_bulk(str(bulk.batch_id))
    say(
        "bulk batch status after the delivery time",
        f"{batch.status}: {batch.successful} delivered, {batch.failed} failed",
    )


def renewal(mock: RunningMock, client: Client, renewed: list[str]) -> None:
    """Two renewals while 20 reads wait in the mock with the old key."""
    control(mock, "faults", {"operation": "get_sms_count", "latency": 0.5, "times": 20})

    async def renew_while_busy() -> int:
        reads = [asyncio.ensure_future(client.aio.account.get_sms_count()) for _ in range(20)]
        await asyncio.sleep(0.2)
        await asyncio.gather(arenew_api_key(client), arenew_api_key(client))
        return len(await asyncio.gather(*reads))

    answered = asyncio.run(renew_while_busy())
    say("2 renewals while 20 reads are in flight", f"{answered} reads answered, {len(renewed)} key saved")
    journal = httpx.get(f"{mock.url}/__mock__/journal").json()
    renewals = sum(1 for e in journal if e.get("operation") == "renew_api_key")
    resent = sum(1 for e in journal if e.get("operation") == "get_sms_count" and e["status"] == 401)
    say("  ... on the wire", f"{renewals} renewal, {resent} reads refused with the old key and resent")
    say("  ... the auth now holds", f"the new key: {key_auth_of(client).api_key == renewed[-1]}")


def refusals(mock: RunningMock, client: Client, settings: dict[str, str]) -> None:
    """An empty balance, a request that breaks the spec, the SDK's Client-Id bug."""
    try:
        while True:
            client.messages.send_message_bulk(body=BulkMessageRequest("x" * 300, ["622000001", "622000002"], SENDER))
    except InsufficientBalanceError:
        left = client.account.get_sms_count()
        say("bulk sends until the balance runs out", f"402 InsufficientBalanceError, {left.solde} credits left")
    try:
        client.messages.send_message(body=SingleMessageRequest("", "+224622", SENDER))
    except RequestValidationError as refused:
        say("an invalid request", f"refused before sending: {refused.field} breaks {refused.rule}")
    try:
        make_client(mock.base_url, settings["api_key"], "None")
    except CredentialError:
        say("Client-Id 'None' (the vendor SDK's bug)", "refused by make_client, nothing sent")


def main() -> int:
    settings = {**DEFAULT_SETTINGS, "balance": "40", "strict_sender_name": "true"}
    with serve(create_app("passinfo", settings=settings)) as mock:
        print(f"PassInfo mock on {mock.base_url} (client id {settings['client_id']}, {settings['balance']} credits)")
        renewed: list[str] = []
        client = make_client(mock.base_url, settings["api_key"], settings["client_id"], on_key_renewed=renewed.append)
        sends(mock, client, settings)
        renewal(mock, client, renewed)
        refusals(mock, client, settings)
        journal = httpx.get(f"{mock.url}/__mock__/journal").json()
        by_status = Counter(str(entry["status"]) for entry in journal)
        print(
            f"Mock saw {len(journal)} requests ({dict(sorted(by_status.items()))}), "
            f"{len(mock.app.spec_violations)} spec violations."
        )
        return 1 if mock.app.spec_violations else 0


if __name__ == "__main__":
    raise SystemExit(main())
