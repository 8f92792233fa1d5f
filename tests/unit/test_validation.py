"""Requests are checked against specs/netsapiens.yaml before anything is sent; errors name the field and rule."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from netsapiens_client.api.messages import list_session_messages, send_message_in_session
from netsapiens_client.api.subscriptions import create_subscription, read_subscription, update_subscription
from netsapiens_client.models import ErrorResponse, MessageSend, SubscriptionCreate, SubscriptionUpdate

from switchboard import (
    DEFAULT_TIMEOUT,
    APIError,
    ConflictError,
    NotFoundError,
    RateLimitError,
    RequestValidationError,
    ResponseValidationError,
    ServerError,
)
from switchboard.spec import Spec

from .conftest import FakeClock, ScriptedVendor, client_for

SESSION = "a" * 32
SUBSCRIPTION = "603559d421797c7b09b904ea9b6e6079"


def test_a_short_messagesession_is_refused_before_anything_is_sent(vendor: ScriptedVendor, clock: FakeClock) -> None:
    client = client_for(vendor, clock)
    body = MessageSend(type_="chat", message="hi", destination="1001")

    with pytest.raises(RequestValidationError) as caught:
        send_message_in_session.sync_detailed("~", "~", "has-dashes-" + "x" * 32, client=client, body=body)

    assert (caught.value.location, caught.value.field, caught.value.rule) == ("path", "messagesession", "pattern")
    assert "messagesession" in str(caught.value)
    assert "nothing was sent" in str(caught.value)
    assert vendor.requests == []  # not even a token request


def test_a_limit_of_zero_is_refused(vendor: ScriptedVendor, clock: FakeClock) -> None:
    client = client_for(vendor, clock)

    with pytest.raises(RequestValidationError) as caught:
        list_session_messages.sync_detailed("~", "~", SESSION, client=client, limit=0)

    assert (caught.value.location, caught.value.field, caught.value.rule) == ("query", "limit", "minimum")
    assert vendor.requests == []


def test_an_unknown_subscription_model_is_refused(vendor: ScriptedVendor, clock: FakeClock) -> None:
    client = client_for(vendor, clock)
    body = SubscriptionCreate(model="weather", post_url="https://hooks.example.com/ns")  # type: ignore[arg-type]

    with pytest.raises(RequestValidationError) as caught:
        create_subscription.sync_detailed(client=client, body=body)

    assert (caught.value.location, caught.value.field, caught.value.rule) == ("body", "model", "enum")
    assert vendor.requests == []


def test_every_violation_is_reported(vendor: ScriptedVendor, clock: FakeClock) -> None:
    client = client_for(vendor, clock)
    body = SubscriptionUpdate(error_count=5, subscription_geo_support="maybe")  # type: ignore[arg-type]

    with pytest.raises(RequestValidationError) as caught:
        update_subscription.sync_detailed("not-an-id", client=client, body=body)

    fields = {(v.location, v.field) for v in caught.value.violations}
    assert {("path", "id"), ("body", "error-count"), ("body", "subscription-geo-support")} <= fields
    assert vendor.requests == []


@pytest.mark.anyio
async def test_async_calls_are_validated_too(vendor: ScriptedVendor, clock: FakeClock) -> None:
    client = client_for(vendor, clock)

    with pytest.raises(RequestValidationError, match="limit"):
        await list_session_messages.asyncio_detailed("~", "~", SESSION, client=client, limit=1001)

    assert vendor.requests == []


def test_a_valid_request_goes_through(vendor: ScriptedVendor, clock: FakeClock) -> None:
    client = client_for(vendor, clock)
    body = MessageSend(type_="sms", message="hi", destination=["15551230000"], from_number="15550000000")

    response = send_message_in_session.sync_detailed("~", "~", SESSION, client=client, body=body)

    assert response.status_code == 202
    assert [r.url.path for r in vendor.api_requests] == [
        f"/ns-api/v2/domains/~/users/~/messagesessions/{SESSION}/messages"
    ]


def test_validation_can_be_turned_off(vendor: ScriptedVendor, clock: FakeClock) -> None:
    client = client_for(vendor, clock, validate=False)

    list_session_messages.sync_detailed("~", "~", "short", client=client, limit=0)

    assert len(vendor.api_requests) == 1


@pytest.mark.parametrize(
    ("status", "error"),
    [(404, NotFoundError), (409, ConflictError), (429, RateLimitError), (503, ServerError)],
)
def test_error_statuses_raise_typed_errors(
    vendor: ScriptedVendor, clock: FakeClock, status: int, error: type[Exception]
) -> None:
    vendor.api_response = httpx.Response(status, json={"code": status, "message": "nope"}, headers={"Retry-After": "7"})
    client = client_for(vendor, clock, max_retries=0)

    with pytest.raises(error) as caught:
        read_subscription.sync_detailed(SUBSCRIPTION, client=client)

    assert caught.value.status_code == status  # type: ignore[attr-defined]
    assert caught.value.code == status  # type: ignore[attr-defined]
    assert f"HTTP {status}: nope" in str(caught.value)
    if isinstance(caught.value, RateLimitError):
        assert caught.value.retry_after == 7.0


def test_errors_can_be_returned_parsed_instead(vendor: ScriptedVendor, clock: FakeClock) -> None:
    vendor.api_response = httpx.Response(404, json={"code": 404, "message": "no such subscription"})
    client = client_for(vendor, clock, raise_errors=False)

    parsed = read_subscription.sync(SUBSCRIPTION, client=client)

    assert isinstance(parsed, ErrorResponse)  # about-the-union: raise_errors=False returns the error model
    assert parsed.message == "no such subscription"


def test_the_client_has_a_timeout(vendor: ScriptedVendor, clock: FakeClock) -> None:
    client = client_for(vendor, clock)

    assert client.get_httpx_client().timeout == DEFAULT_TIMEOUT
    assert client.get_async_httpx_client().timeout == DEFAULT_TIMEOUT


def test_every_value_of_a_repeated_query_parameter_is_checked() -> None:
    from switchboard.spec import Spec

    operation = Spec.load("netsapiens").by_id["list_session_messages"]
    params = {"domain": "~", "user": "~", "messagesession": SESSION}

    violations = operation.check_request(params, [("limit", "0"), ("limit", "5")], {}, b"")

    assert [(v.field, v.rule) for v in violations] == [("limit", "minimum")]
    assert operation.check_request(params, [("limit", "5"), ("limit", "6")], {}, b"") == []


# The generated functions, untyped (the calls below pass what their annotations forbid, on purpose), looked up on
# their modules at call time as users do: switchboard guards the module functions when the first client is made.
def LIST_MESSAGES(*args: Any, **kwargs: Any) -> Any:
    return list_session_messages.sync_detailed(*args, **kwargs)


def READ(*args: Any, **kwargs: Any) -> Any:
    return read_subscription.sync_detailed(*args, **kwargs)


def CREATE(*args: Any, **kwargs: Any) -> Any:
    return create_subscription.sync_detailed(*args, **kwargs)


@pytest.mark.parametrize(
    ("call", "where"),
    [
        (lambda c: LIST_MESSAGES("~", "..", SESSION, client=c), ("path", "user", "pathSegment")),
        (lambda c: READ(".", client=c), ("path", "id", "pathSegment")),
        (lambda c: READ("", client=c), ("path", "id", "pathSegment")),
        (lambda c: READ("a/b", client=c), ("path", "id", "pathSegment")),
        (lambda c: READ("\ud800", client=c), ("path", "id", "pathSegment")),
        (lambda c: READ(7, client=c), ("path", "id", "type")),
        (lambda c: LIST_MESSAGES("~", "~", SESSION, client=c, limit=float("nan")), ("query", "limit", "type")),
        (lambda c: CREATE(client=c, body={"model": "message"}), ("body", "", "type")),
        (lambda c: LIST_MESSAGES("~", "~", "x" * 9000, client=c), ("path", "messagesession", "maxLength")),
    ],
)  # fmt: skip
def test_bad_python_arguments_are_refused_naming_the_field(
    vendor: ScriptedVendor, clock: FakeClock, call: Any, where: tuple[str, str, str]
) -> None:
    client = client_for(vendor, clock)

    with pytest.raises(RequestValidationError) as caught:
        call(client)

    assert (caught.value.location, caught.value.field, caught.value.rule) == where
    assert vendor.requests == []


def test_a_call_that_does_not_bind_is_pythons_type_error_and_sends_nothing(
    vendor: ScriptedVendor, clock: FakeClock
) -> None:
    """The generated signature binds the arguments before the hooks run, as for any Python function (mypy reports
    such a call before it runs)."""
    client = client_for(vendor, clock)

    with pytest.raises(TypeError, match="body"):
        CREATE(client=client)
    with pytest.raises(TypeError, match="nonsense"):
        READ("id", client=client, nonsense=1)

    assert vendor.requests == []


def test_unset_required_fields_nan_and_surrogates_in_a_body_are_named(vendor: ScriptedVendor, clock: FakeClock) -> None:
    from netsapiens_client.types import UNSET

    client = client_for(vendor, clock)
    bodies = {
        "model": SubscriptionCreate(model=UNSET, post_url="https://hooks.example.com/ns"),  # type: ignore[arg-type]
        "post-url": SubscriptionCreate(model="message", post_url="https://hooks.example.com/\ud800"),
    }
    for field, body in bodies.items():
        with pytest.raises(RequestValidationError) as caught:
            create_subscription.sync_detailed(client=client, body=body)
        assert (caught.value.location, caught.value.field) == ("body", field)
    assert vendor.requests == []


def test_clients_not_made_by_switchboard_run_the_generated_code_unchanged() -> None:
    from netsapiens_client import Client

    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    bare = Client(base_url="https://pbx.example.com/ns-api/v2", httpx_args={"transport": httpx.MockTransport(answer)})

    read_subscription.sync_detailed("..", client=bare)  # no hooks: the generated code sends what it builds

    assert [r.url.path for r in seen] == ["/ns-api/v2"]  # httpx resolved the dot segment: another operation


def test_the_base_path_takes_server_variables_at_their_defaults() -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "servers": [
            {
                "url": "https://{host}/{version}/api",
                "variables": {"host": {"default": "example.com"}, "version": {"default": "v1.2"}},
            }
        ],
        "paths": {},
    }

    assert Spec(document, "t").base_path == "/v1.2/api"


@pytest.mark.parametrize(
    ("answer", "error", "named"),
    [
        ((404, {"json": {"message": "no code"}}), ResponseValidationError, "code"),
        ((404, {"text": "<html>proxy page</html>"}), ResponseValidationError, ""),
        ((418, {"json": {"code": 418, "message": "teapot"}}), APIError, None),
    ],
)
def test_errors_returned_parsed_that_the_model_cannot_read_raise_typed_errors_async_too(
    vendor: ScriptedVendor,
    clock: FakeClock,
    answer: tuple[int, dict[str, Any]],
    error: type[Exception],
    named: str | None,
) -> None:
    vendor.api_response = httpx.Response(answer[0], **answer[1])
    client = client_for(vendor, clock, raise_errors=False)

    async def call() -> Any:
        return await read_subscription.asyncio(SUBSCRIPTION, client=client)

    with pytest.raises(error) as sync_caught:
        read_subscription.sync(SUBSCRIPTION, client=client)
    vendor.api_response = httpx.Response(answer[0], **answer[1])  # a response object is sent once
    with pytest.raises(error) as async_caught:
        asyncio.run(call())

    for caught in (sync_caught, async_caught):
        assert caught.value.__context__ is None
        assert "proxy page" not in str(caught.value)
        assert "teapot" not in str(caught.value)
        if named is not None:
            # about-the-type: which error an unreadable answer raises
            assert isinstance(caught.value, ResponseValidationError)
            assert caught.value.field == named
        else:
            assert isinstance(caught.value, APIError)  # about-the-type: which error an unreadable answer raises
            assert caught.value.status_code == 418
