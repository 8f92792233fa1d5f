"""The resource-style surface the templates generate: ``client.<tag>.<operation>(...)`` returns the success type.

This module is type-checked with mypy --strict (``nox -s typecheck``) like every test: it reads success results
without ``isinstance`` or ``type: ignore``, which the module functions' ``sync()`` (typed as a union with the error
models and None) need.
"""

from __future__ import annotations

import asyncio

import pytest
from netsapiens_client import Client
from netsapiens_client.api.subscriptions import read_subscription
from netsapiens_client.models import MessageSend, SubscriptionCreate, SubscriptionUpdate

from switchboard import NotFoundError, RequestValidationError
from switchboard_mocks.pytest_plugin import MockFactory


def test_a_resource_method_returns_the_success_type(switchboard_mock: MockFactory) -> None:
    client = switchboard_mock("netsapiens").make_client()

    created = client.subscriptions.create_subscription(
        body=SubscriptionCreate(model="message", post_url="https://hooks.example.com/ns")
    )
    client.subscriptions.update_subscription(created.id, body=SubscriptionUpdate(subscription_geo_support="no"))
    read = client.subscriptions.read_subscription(created.id)
    accepted = client.messages.send_message_new_session(
        "~", "~", body=MessageSend(type_="sms", message="Hi", destination=["15551230000"], from_number="15550000000")
    )

    assert (read.id, read.model, read.subscription_geo_support) == (created.id, "message", "no")
    assert [s.id for s in client.subscriptions.list_subscriptions()] == [created.id]
    assert accepted.code == 202


def test_errors_raise_and_the_raw_form_is_the_module_function(switchboard_mock: MockFactory) -> None:
    mock = switchboard_mock("netsapiens")
    client = mock.make_client()

    with pytest.raises(NotFoundError):
        client.subscriptions.read_subscription("0123456789abcdef0123456789abcdef")
    with pytest.raises(RequestValidationError):
        client.subscriptions.read_subscription("..")
    created = client.subscriptions.create_subscription(
        body=SubscriptionCreate(model="message", post_url="https://hooks.example.com/ns")
    )
    raw = read_subscription.sync_detailed(created.id, client=client)

    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert [entry["path"] for entry in mock.journal()].count(f"/subscriptions/{created.id}") == 1


def test_the_same_operations_awaited(switchboard_mock: MockFactory) -> None:
    client = switchboard_mock("netsapiens").make_client()

    async def main() -> set[str]:
        created = await client.aio.subscriptions.create_subscription(
            body=SubscriptionCreate(model="messagesession", post_url="https://hooks.example.com/a")
        )
        read = await asyncio.gather(*(client.aio.subscriptions.read_subscription(created.id) for _ in range(5)))
        await client.aio.subscriptions.delete_subscription(created.id)
        return {r.id for r in read} | {created.id}

    assert len(asyncio.run(main())) == 1
    assert client.subscriptions.list_subscriptions() == []


def test_the_raw_form_of_a_resource_returns_the_whole_success_typed(switchboard_mock: MockFactory) -> None:
    client: Client = switchboard_mock("netsapiens").make_client()
    created = client.subscriptions.create_subscription(
        body=SubscriptionCreate(model="message", post_url="https://hooks.example.com/raw")
    )

    raw = client.subscriptions.with_raw_response.read_subscription(created.id)

    async def read_awaited() -> str:
        answer = await client.aio.subscriptions.with_raw_response.read_subscription(created.id)
        return answer.parsed.id

    assert (raw.status_code, raw.parsed.id, raw.parsed.model) == (200, created.id, "message")
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.content.startswith(b"{")
    assert asyncio.run(read_awaited()) == created.id
    with pytest.raises(NotFoundError) as caught:
        client.subscriptions.with_raw_response.read_subscription("0123456789abcdef0123456789abcdef")
    assert caught.value.response is not None
    assert caught.value.response.status_code == 404
