"""The Gatum overlay against a scripted vendor (httpx.MockTransport) on a fake clock: login, expiry, 401, single
flight, the envelope, logout, paging."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from gatum_client.models import CreateGroupRequest, ListGroupsRequest, SmsFullDataRequest, SmsMessage

from switchboard import (
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    RateLimitError,
    RequestValidationError,
    RetryPolicy,
    token_auth_of,
)
from switchboard.gatum import (
    GatumBadRequestError,
    GatumError,
    GatumLoginError,
    GatumServerError,
    GatumUnauthorizedError,
    aiter_groups,
    iter_groups,
    iter_sms_records,
    logout,
    make_client,
)

BASE = "https://restapi.example.com/v1"
PASSWORD = "unit-password"
NOW = 1_800_000_000.0
TTL = 3600


class FakeClock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


class ScriptedGatum:
    """Just enough Gatum: the two-step login, tokens with ``expires_at``, and whatever ``answer`` returns."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.logins = 0
        self.requests: list[httpx.Request] = []
        self.revoked: set[str] = set()
        self.reject: Callable[[httpx.Request], bool] = lambda request: False
        self.answer: Callable[[httpx.Request], httpx.Response] = lambda request: ok({"login": "unit"})

    def __call__(self, request: httpx.Request) -> httpx.Response:
        # A resend is the same Request object with a new header: keep a copy of each as it arrived.
        self.requests.append(
            httpx.Request(request.method, request.url, headers=request.headers, content=request.content)
        )
        path = request.url.path.removeprefix("/v1")
        if path == "/authorize":
            if json.loads(request.content)["password"] != PASSWORD:
                return fail(400, {"password": ["Incorrect username or password."]})
            return ok({"authorization_code": "code-1"})
        if path == "/accesstoken":
            self.logins += 1
            return ok({"access_token": f"token-{self.logins}", "expires_at": int(self.clock() + TTL)})
        token = request.headers.get("x-access-token")
        if token is None or token in self.revoked or self.reject(request):
            return fail(401, {"X-Access-Token": ["The access token is invalid."]})
        if path == "/logout":
            self.revoked.add(token)
            return ok({})
        return self.answer(request)

    @property
    def api_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if not r.url.path.endswith(("/authorize", "/accesstoken"))]


def ok(data: Any) -> httpx.Response:
    return httpx.Response(200, json={"status": True, "data": data})


def fail(status: int, errors: dict[str, list[str]], **extra: Any) -> httpx.Response:
    return httpx.Response(status, json={"status": False, "error_code": status, "errors": errors, **extra})


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def gatum(clock: FakeClock) -> ScriptedGatum:
    return ScriptedGatum(clock)


def client_for(gatum: ScriptedGatum, clock: FakeClock, **kwargs: Any) -> Any:
    transport = httpx.MockTransport(gatum)
    kwargs.setdefault("username", "unit")
    kwargs.setdefault("password", PASSWORD)
    return make_client(BASE, clock=clock, transport=transport, async_transport=transport, **kwargs)


def test_the_two_step_login_runs_once_and_its_token_goes_in_x_access_token(
    gatum: ScriptedGatum, clock: FakeClock
) -> None:
    client = client_for(gatum, clock)

    client.account.get_account_info()
    client.account.get_account_info()

    assert [r.url.path for r in gatum.requests[:2]] == ["/v1/authorize", "/v1/accesstoken"]
    assert json.loads(gatum.requests[1].content) == {"authorization_code": "code-1"}
    assert [r.headers["x-access-token"] for r in gatum.api_requests] == ["token-1", "token-1"]


def test_a_new_login_happens_ahead_of_expires_at(gatum: ScriptedGatum, clock: FakeClock) -> None:
    client = client_for(gatum, clock, refresh_margin=60)
    client.account.get_account_info()

    clock.now += TTL - 61
    client.account.get_account_info()
    clock.now += 2
    client.account.get_account_info()

    assert [r.headers["x-access-token"] for r in gatum.api_requests] == ["token-1", "token-1", "token-2"]


def test_a_401_logs_in_once_and_resends_once(gatum: ScriptedGatum, clock: FakeClock) -> None:
    gatum.reject = lambda request: request.headers["x-access-token"] == "token-1"
    client = client_for(gatum, clock)

    assert client.account.get_account_info().status is True
    assert [r.headers["x-access-token"] for r in gatum.api_requests] == ["token-1", "token-2"]


def test_a_second_401_raises_with_the_vendors_messages(gatum: ScriptedGatum, clock: FakeClock) -> None:
    gatum.reject = lambda request: True
    client = client_for(gatum, clock)

    with pytest.raises(GatumUnauthorizedError) as refused:
        client.account.get_account_info()

    assert refused.value.field_errors == {"X-Access-Token": ["The access token is invalid."]}
    assert gatum.logins == 2


def test_concurrent_calls_share_one_login(gatum: ScriptedGatum, clock: FakeClock) -> None:
    client = client_for(gatum, clock)

    async def many() -> None:
        await asyncio.gather(*(client.aio.account.get_account_info() for _ in range(20)))

    asyncio.run(many())

    assert gatum.logins == 1
    assert token_auth_of(client).token_fetches == 1


def test_a_refused_login_keeps_the_field_messages_and_hides_the_password(
    gatum: ScriptedGatum, clock: FakeClock
) -> None:
    client = client_for(gatum, clock, password="wrong-password")

    with pytest.raises(GatumLoginError) as refused:
        client.account.get_account_info()

    assert refused.value.field_errors == {"password": ["Incorrect username or password."]}
    assert isinstance(refused.value, AuthenticationError)  # about-the-type: the vendor error is a switchboard one
    assert "wrong-password" not in str(refused.value)
    assert "wrong-password" not in repr(token_auth_of(client))
    assert gatum.api_requests == []


def test_a_login_refused_inside_a_2xx_is_a_login_error_not_a_response_validation_error(
    gatum: ScriptedGatum, clock: FakeClock
) -> None:
    # status: false without the success's `data` breaks the success schema: the vendor's error must still win.
    refusal = {"status": False, "error_code": 400, "errors": {"password": ["Incorrect username or password."]}}
    gatum_answer = gatum.__call__

    def refuse_in_200(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/authorize"):
            return httpx.Response(200, json=refusal)
        return gatum_answer(request)

    client = make_client(
        BASE, "unit", PASSWORD, clock=clock, transport=httpx.MockTransport(refuse_in_200), max_retries=0
    )

    with pytest.raises(GatumLoginError) as refused:
        client.account.get_account_info()

    assert refused.value.field_errors == {"password": ["Incorrect username or password."]}


def test_a_2xx_answer_saying_status_false_is_an_error(gatum: ScriptedGatum, clock: FakeClock) -> None:
    gatum.answer = lambda request: httpx.Response(
        200, json={"status": False, "error_code": 400, "error": "not_registr_originator"}
    )
    client = client_for(gatum, clock)

    with pytest.raises(GatumBadRequestError) as refused:
        client.account.get_account_info()

    assert isinstance(refused.value, BadRequestError)  # about-the-type: the vendor error is a switchboard one
    assert refused.value.status_code == 200
    assert refused.value.code == 400
    assert refused.value.vendor_message == "not_registr_originator"


def test_a_2xx_answer_saying_status_false_is_an_error_for_async_calls_too(
    gatum: ScriptedGatum, clock: FakeClock
) -> None:
    gatum.answer = lambda request: httpx.Response(200, json={"status": False, "error_code": 404, "errors": {}})
    client = client_for(gatum, clock)

    with pytest.raises(NotFoundError):
        asyncio.run(client.aio.account.get_account_info())


@pytest.mark.parametrize(
    ("status", "expected"), [(400, BadRequestError), (404, NotFoundError), (429, RateLimitError), (418, GatumError)]
)
def test_error_statuses_map_onto_the_common_classes(
    gatum: ScriptedGatum, clock: FakeClock, status: int, expected: type[Exception]
) -> None:
    gatum.answer = lambda request: fail(status, {"id_group": ["Group 7 not found.", "Really."]})
    client = client_for(gatum, clock)

    with pytest.raises(expected) as caught:
        client.account.get_account_info()

    assert isinstance(caught.value, GatumError)  # about-the-type: every mapped class is a Gatum error
    assert caught.value.field_errors == {"id_group": ["Group 7 not found.", "Really."]}
    assert "id_group: Group 7 not found. Really." in str(caught.value)


def test_the_generated_client_sends_the_clean_form(gatum: ScriptedGatum, clock: FakeClock) -> None:
    gatum.answer = lambda request: ok({})
    client = client_for(gatum, clock)

    client.groups.create_group(body=CreateGroupRequest(name_group="Clients for Promo"))

    assert json.loads(gatum.api_requests[0].content) == {"name_group": "Clients for Promo", "on_birth": False}


def test_an_invalid_request_is_refused_before_the_login(gatum: ScriptedGatum, clock: FakeClock) -> None:
    client = client_for(gatum, clock)

    with pytest.raises(RequestValidationError) as refused:
        client.groups.list_groups(body=ListGroupsRequest(limit=0))

    assert (refused.value.field, refused.value.rule) == ("limit", "minimum")
    assert gatum.requests == []


def test_a_given_token_is_used_without_login_and_fails_cleanly_once_refused(
    gatum: ScriptedGatum, clock: FakeClock
) -> None:
    transport = httpx.MockTransport(gatum)
    client = make_client(BASE, token="cabinet-token", clock=clock, transport=transport)
    client.account.get_account_info()
    gatum.revoked.add("cabinet-token")

    with pytest.raises(AuthenticationError, match="no username and password"):
        client.account.get_account_info()

    assert gatum.logins == 0
    assert "cabinet-token" not in repr(token_auth_of(client).grant)
    assert "cabinet-token" in token_auth_of(client).grant.secrets()


def test_make_client_needs_credentials_or_a_token() -> None:
    with pytest.raises(TypeError, match="username and password, or a token"):
        make_client(BASE, "only-a-username")


def test_logout_revokes_the_token_and_the_next_call_logs_in_again(gatum: ScriptedGatum, clock: FakeClock) -> None:
    client = client_for(gatum, clock)
    assert logout(client) is False  # no token yet: nothing sent
    assert gatum.requests == []
    client.account.get_account_info()

    assert logout(client) is True
    client.account.get_account_info()

    assert [(r.url.path, r.headers.get("x-access-token")) for r in gatum.api_requests] == [
        ("/v1/me", "token-1"),
        ("/v1/logout", "token-1"),
        ("/v1/me", "token-2"),
    ]
    assert "token-1" in token_auth_of(client).grant.secrets()


def _pages(pages: list[list[int]], count_all: int | None = None) -> Callable[[httpx.Request], httpx.Response]:
    """Answers group page ``offset`` with ``pages[offset]`` (the last one again past the end)."""

    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        ids = pages[min(body["offset"], len(pages) - 1)]
        details: dict[str, Any] = {"countResult": len(ids), "limit": body["limit"], "offset": body["offset"]}
        if count_all is not None:
            details["countAll"] = count_all
        return ok({"groupDetails": details, "list": [{"id_group": i, "name_group": f"g{i}"} for i in ids]})

    return answer


def test_groups_are_paged_with_the_page_size_and_stop_at_a_short_page(gatum: ScriptedGatum, clock: FakeClock) -> None:
    gatum.answer = _pages([[1, 2, 3], [4, 5, 6], [7]])
    client = client_for(gatum, clock)

    assert [g.id_group for g in iter_groups(client, page_size=3)] == [1, 2, 3, 4, 5, 6, 7]
    assert [json.loads(r.content) for r in gatum.api_requests] == [{"limit": 3, "offset": n} for n in range(3)]


def test_paging_stops_on_a_server_that_repeats_a_page(gatum: ScriptedGatum, clock: FakeClock) -> None:
    gatum.answer = _pages([[1, 2], [3, 4]])  # offset 2, 3, ... repeat [3, 4] forever
    client = client_for(gatum, clock)

    assert [g.id_group for g in iter_groups(client, page_size=2)] == [1, 2, 3, 4]
    assert len(gatum.api_requests) == 3


def test_paging_stops_at_count_all_and_works_async(gatum: ScriptedGatum, clock: FakeClock) -> None:
    gatum.answer = _pages([[1, 2], [3, 4], [5, 6]], count_all=4)
    client = client_for(gatum, clock)

    async def collect() -> list[int]:
        return [g.id_group async for g in aiter_groups(client, page_size=2)]  # type: ignore[misc]

    assert asyncio.run(collect()) == [1, 2, 3, 4]
    assert len(gatum.api_requests) == 2


def test_sms_records_page_with_the_filters_kept(gatum: ScriptedGatum, clock: FakeClock) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        offset = json.loads(request.content)["offset"]
        return ok([{"id_state": 10 * offset + i, "state": "DELIVRD"} for i in range(2 if offset < 2 else 1)])

    gatum.answer = answer
    client = client_for(gatum, clock)

    records = list(iter_sms_records(client, SmsFullDataRequest(sender="Verify", limit=None), page_size=2))

    assert [r.id_state for r in records] == [0, 1, 10, 11, 20]
    assert json.loads(gatum.api_requests[0].content) == {"sender": "Verify", "limit": 2, "offset": 0}


def test_a_page_size_below_one_is_refused(gatum: ScriptedGatum, clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="page_size"):
        list(iter_groups(client_for(gatum, clock), page_size=0))


def test_a_send_is_never_resent_but_a_search_is(gatum: ScriptedGatum, clock: FakeClock) -> None:
    gatum.answer = lambda request: fail(503, {"request": ["Try again later."]})
    client = client_for(gatum, clock, retry=RetryPolicy(max_retries=2, initial_delay=0.001))

    with pytest.raises(GatumServerError):
        client.sms.send_sms(body=[SmsMessage(number=["380957225759"], sender_id="Verify", text="Hi")])
    with pytest.raises(GatumServerError):
        client.groups.list_groups(body=ListGroupsRequest())  # x-idempotent: true in the spec

    assert [r.url.path for r in gatum.api_requests] == ["/v1/send"] + ["/v1/group"] * 3
