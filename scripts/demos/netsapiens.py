"""Netsapiens: drive the generated client and its overlay through the Netsapiens mock, and say what happened.

Run by `scripts/demo.py` (`nox -s demo`) after every client was regenerated from specs/.
"""

from __future__ import annotations

import asyncio
from collections import Counter

import httpx
from netsapiens_client.api.messages import (
    list_session_messages,
    list_user_message_sessions,
    send_message_in_session,
    send_message_new_session,
)
from netsapiens_client.api.subscriptions import (
    create_subscription,
    delete_subscription,
    read_subscription,
    update_subscription,
)
from netsapiens_client.models import MessageSend, Subscription, SubscriptionCreate, SubscriptionUpdate

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
        sent = send_message_new_session.sync("~", "~", client=client, body=sms)
        say("token (password grant) + send SMS", f"{sent.code} {sent.message}")  # type: ignore[union-attr]
        sessions = list_user_message_sessions.sync("~", "~", client=client)
        assert isinstance(sessions, list)  # errors raise: make_client was built with raise_errors=True
        session_id = sessions[0].messagesession_id
        say("message sessions of the user", f"{len(sessions)} session, id {session_id}")
        follow_up = MessageSend(
            type_="sms", message="And a follow-up", destination=["15551230000"], from_number="15550000000"
        )
        send_message_in_session.sync("~", "~", session_id, client=client, body=follow_up)
        history = list_session_messages.sync("~", "~", session_id, client=client) or []
        say("message history of the session", [m.text for m in history])  # type: ignore[union-attr]

        created = create_subscription.sync(
            client=client, body=SubscriptionCreate(model="message", post_url="https://hooks.example.com/netsapiens")
        )
        assert isinstance(created, Subscription)
        say("subscription created", f"{created.id} model={created.model} status={created.status}")
        update_subscription.sync(created.id, client=client, body=SubscriptionUpdate(subscription_geo_support="no"))
        read = read_subscription.sync(created.id, client=client)
        say("subscription updated and read back", f"subscription-geo-support={read.subscription_geo_support}")  # type: ignore[union-attr]

        httpx.post(f"{mock.url}/__mock__/clock", json={"advance": 601}).raise_for_status()
        read = read_subscription.sync(created.id, client=client)
        say("token expired on the server, call again", f"401, refreshed, resent: {read.id == created.id}")  # type: ignore[union-attr]

        delete_subscription.sync(created.id, client=client)
        try:
            read_subscription.sync(created.id, client=client)
        except NotFoundError as gone:
            say("subscription deleted, read again", f"NotFoundError: {gone}")

        try:
            list_session_messages.sync("~", "~", "not a session id", client=client, limit=0)
        except RequestValidationError as refused:
            say("an invalid request", f"refused before sending: {refused.field} breaks {refused.rule}")

        async def concurrent_reads() -> None:
            await asyncio.gather(*(list_user_message_sessions.asyncio("~", "~", client=client) for _ in range(100)))

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
