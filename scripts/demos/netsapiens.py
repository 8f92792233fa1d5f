"""Netsapiens: drive the generated client and its overlay through the Netsapiens mock, and say what happened.

Run by `scripts/demo.py` (`nox -s demo`) after every client was regenerated from specs/.
"""

from __future__ import annotations

import asyncio
from collections import Counter

import httpx
from netsapiens_client.models import MessageSend, SubscriptionCreate, SubscriptionUpdate

from switchboard import NotFoundError, RequestValidationError, token_auth_of
from switchboard.netsapiens import make_client
from switchboard_mocks import create_app, serve
from switchboard_mocks.netsapiens import DEFAULT_SETTINGS


def say(step: str, outcome: object) -> None:
    print(f"  {step:<46} {outcome}")


def main() -> int:
    settings = {**DEFAULT_SETTINGS, "token_ttl": "600"}
    with serve(create_app("netsapiens", settings=settings)) as mock:
        print(f"Netsapiens mock on {mock.base_url} (tokens live {settings['token_ttl']} s)")
        client = make_client(
            mock.base_url,
            settings["client_id"],
            settings["client_secret"],
            settings["username"],
            settings["password"],
        )
        auth = token_auth_of(client)

        sms = MessageSend(
            type_="sms", message="Hello from switchboard", destination=["15551230000"], from_number="15550000000"
        )
        sent = client.messages.send_message_new_session("~", "~", body=sms)
        say("token (password grant) + send SMS", f"{sent.code} {sent.message}")
        sessions = client.messages.list_user_message_sessions("~", "~")
        session_id = sessions[0].messagesession_id
        say("message sessions of the user", f"{len(sessions)} session, id {session_id}")
        follow_up = MessageSend(
            type_="sms", message="And a follow-up", destination=["15551230000"], from_number="15550000000"
        )
        client.messages.send_message_in_session("~", "~", session_id, body=follow_up)
        history = client.messages.list_session_messages("~", "~", session_id)
        say("message history of the session", [m.text for m in history])

        created = client.subscriptions.create_subscription(
            body=SubscriptionCreate(model="message", post_url="https://hooks.example.com/netsapiens")
        )
        say("subscription created", f"{created.id} model={created.model} status={created.status}")
        client.subscriptions.update_subscription(created.id, body=SubscriptionUpdate(subscription_geo_support="no"))
        read = client.subscriptions.read_subscription(created.id)
        say("subscription updated and read back", f"subscription-geo-support={read.subscription_geo_support}")

        httpx.post(f"{mock.url}/__mock__/clock", json={"advance": 601}).raise_for_status()
        read = client.subscriptions.read_subscription(created.id)
        say("token expired on the server, call again", f"401, refreshed, resent: {read.id == created.id}")

        client.subscriptions.delete_subscription(created.id)
        try:
            client.subscriptions.read_subscription(created.id)
        except NotFoundError as gone:
            say("subscription deleted, read again", f"NotFoundError: {gone}")

        try:
            client.messages.list_session_messages("~", "~", "not a session id", limit=0)
        except RequestValidationError as refused:
            say("an invalid request", f"refused before sending: {refused.field} breaks {refused.rule}")

        async def concurrent_reads() -> None:
            await asyncio.gather(*(client.aio.messages.list_user_message_sessions("~", "~") for _ in range(100)))

        httpx.post(f"{mock.url}/__mock__/clock", json={"advance": 601}).raise_for_status()
        before = auth.token_fetches
        asyncio.run(concurrent_reads())
        say(
            "100 async calls after another expiry", f"100 x 401, {auth.token_fetches - before} token fetch, 100 resends"
        )

        journal = httpx.get(f"{mock.url}/__mock__/journal").json()
        by_status = Counter(str(entry["status"]) for entry in journal)
        print(
            f"Mock saw {len(journal)} requests ({dict(sorted(by_status.items()))}), "
            f"{auth.token_fetches} token fetches, {len(mock.app.spec_violations)} spec violations."
        )
        return 1 if mock.app.spec_violations else 0


if __name__ == "__main__":
    raise SystemExit(main())
