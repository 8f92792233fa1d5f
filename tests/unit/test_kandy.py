"""The Kandy overlay against a scripted Kandy behind ``httpx.MockTransport``: keys per level, refusals, errors."""

from __future__ import annotations

import asyncio
import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from kandy_client.models import SendSmsRequest, SmsContent, SmsMessage

from switchboard import AuthenticationError, BadRequestError, NotFoundError, RequestValidationError, ServerError
from switchboard.kandy import (
    KandyError,
    KandyUnauthorizedError,
    kandy_auth_of,
    kandy_error,
    make_client,
    with_credentials,
)

BASE_URL = "https://api.kandy.io/v1.2"
ACCOUNT: dict[str, Any] = {"account_api_key": "acct-key-0123", "account_api_secret": "acct-secret-4567"}
DOMAIN: dict[str, Any] = {"domain_api_key": "dom-key-89ab", "domain_api_secret": "dom-secret-cdef"}
TOKEN_PATHS = {
    "/v1.2/accounts/accesstokens": "account_access_token",
    "/v1.2/domains/accesstokens": "domain_access_token",
    "/v1.2/domains/users/accesstokens": "user_access_token",
}


@dataclass
class ScriptedKandy:
    """Issues a fresh token per token request; answers other requests with ``answer`` (default: success)."""

    answer: Callable[[httpx.Request], httpx.Response | None] = lambda request: None
    token_delay: float = 0.0
    requests: list[httpx.Request] = field(default_factory=list)
    _serial: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def tokens_of(self, path_end: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == "GET" and r.url.path.endswith(path_end)]

    @property
    def api_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if not (r.method == "GET" and r.url.path in TOKEN_PATHS)]

    def _respond(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            # A copy: the auth changes `key` on the very request object it resends.
            self.requests.append(httpx.Request(request.method, request.url))
            serial = next(self._serial)
        if request.method == "GET" and request.url.path in TOKEN_PATHS:
            name = TOKEN_PATHS[request.url.path]
            return httpx.Response(200, json={"status": 0, "message": "success", "result": {name: f"T{serial}"}})
        scripted = self.answer(request)
        return scripted if scripted is not None else httpx.Response(200, json={"status": 0, "message": "success"})

    def handler(self, request: httpx.Request) -> httpx.Response:
        if self.token_delay and request.url.path in TOKEN_PATHS:
            time.sleep(self.token_delay)
        return self._respond(request)

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        if self.token_delay and request.url.path in TOKEN_PATHS:
            await asyncio.sleep(self.token_delay)
        return self._respond(request)


def client_for(kandy: ScriptedKandy, **credentials: Any) -> Any:
    return make_client(
        BASE_URL,
        **credentials,
        transport=httpx.MockTransport(kandy.handler),
        async_transport=httpx.MockTransport(kandy.async_handler),
        max_retries=0,
    )


def envelope(status: int, message: str = "failed", http: int = 200) -> httpx.Response:
    return httpx.Response(http, json={"status": status, "message": message})


def test_each_level_gets_its_own_token_once_and_keeps_it() -> None:
    kandy = ScriptedKandy()
    client = client_for(kandy, **ACCOUNT, **DOMAIN, user_id="alice")

    for _ in range(3):
        client.account.get_domains()
        client.domain.get_users()
        client.user.get_devices()

    keys = [(r.url.path, r.url.params["key"]) for r in kandy.api_requests]
    assert keys == [("/v1.2/accounts/domains", "T1"), ("/v1.2/domains/users", "T3"), ("/v1.2/users/devices", "T5")] * 3
    assert kandy.tokens_of("/accounts/accesstokens")[0].url.params["account_api_secret"] == "acct-secret-4567"
    user_token = kandy.tokens_of("/domains/users/accesstokens")[0].url.params
    assert (user_token["key"], user_token["user_id"], user_token["domain_api_secret"]) == (
        "dom-key-89ab",
        "alice",
        "dom-secret-cdef",
    )
    assert kandy_auth_of(client).token_fetches == 3


def test_user_tokens_are_cached_per_user_and_obtained_with_a_password_when_there_is_no_secret() -> None:
    kandy = ScriptedKandy()
    client = client_for(kandy, domain_api_key="dom-key-89ab", user_id="alice", user_password="alice-pass-1234")
    bob = with_credentials(client, user_id="bob", user_password="bob-pass-5678")

    client.user.get_devices()
    bob.user.get_devices()
    client.user.get_devices()

    fetched = [dict(r.url.params) for r in kandy.tokens_of("/domains/users/accesstokens")]
    assert [(p["user_id"], p["user_password"]) for p in fetched] == [
        ("alice", "alice-pass-1234"),
        ("bob", "bob-pass-5678"),
    ]
    assert [r.url.params["key"] for r in kandy.api_requests] == ["T1", "T3", "T1"]


def test_token_endpoints_carry_the_api_key_and_delete_user_the_user_api_key() -> None:
    kandy = ScriptedKandy(answer=lambda r: envelope(0, "success"))
    client = client_for(kandy, **ACCOUNT, user_api_key="user-key-7777")

    client.account.get_account_access_token(account_api_secret="acct-secret-4567")
    client.domain.delete_user()

    assert [r.url.params["key"] for r in kandy.requests] == ["acct-key-0123", "user-key-7777"]
    assert [r.method for r in kandy.requests] == ["GET", "DELETE"]


@pytest.mark.parametrize("refusal", [httpx.Response(401, json={"status": 401, "message": "expired"}), envelope(401)])
def test_a_refused_token_is_replaced_once_and_the_request_resent_once(refusal: httpx.Response) -> None:
    refused = iter([True])
    kandy = ScriptedKandy(answer=lambda r: refusal if next(refused, False) else None)
    client = client_for(kandy, **ACCOUNT)

    assert client.account.get_domains().status == 0

    assert [r.url.params["key"] for r in kandy.api_requests] == ["T1", "T3"]
    assert kandy_auth_of(client).token_fetches == 2


def test_a_second_refusal_raises_and_nothing_is_sent_a_third_time() -> None:
    kandy = ScriptedKandy(answer=lambda r: envelope(401, "invalid key"))
    client = client_for(kandy, **DOMAIN, user_id="alice")
    sms = SmsMessage(source="+1555", destination="+1666", message=SmsContent(text="once"))

    with pytest.raises(KandyUnauthorizedError) as refused:
        client.device.send_sms(device_id="d1", body=SendSmsRequest(message=sms))

    assert refused.value.status == 401
    assert refused.value.status_code == 200
    assert len(kandy.api_requests) == 2


def test_other_errors_are_never_resent() -> None:
    kandy = ScriptedKandy(answer=lambda r: envelope(1, "internal error"))
    client = client_for(kandy, **DOMAIN, user_id="alice")
    sms = SmsMessage(source="+1555", destination="+1666", message=SmsContent(text="once"))

    with pytest.raises(ServerError):
        client.device.send_sms(device_id="d1", body=SendSmsRequest(message=sms))

    assert len(kandy.api_requests) == 1


@pytest.mark.parametrize(
    ("status", "http", "common"),
    [
        (3, 200, BadRequestError),
        (710, 200, BadRequestError),
        (700, 200, NotFoundError),
        (701, 404, NotFoundError),
        (1, 200, ServerError),
        (999, 400, BadRequestError),
    ],
)
def test_error_envelopes_raise_the_class_of_their_meaning(status: int, http: int, common: type[Exception]) -> None:
    kandy = ScriptedKandy(answer=lambda r: envelope(status, "said so", http))
    client = client_for(kandy, **DOMAIN, user_id="alice")

    with pytest.raises(KandyError) as failed:
        client.group.get_group_by_id(group_id="g1")

    assert isinstance(failed.value, common)  # about-the-type: the envelope's class of meaning
    assert (failed.value.status, failed.value.message, failed.value.status_code) == (status, "said so", http)


def test_702_is_a_kandy_error_of_no_common_class() -> None:
    kandy = ScriptedKandy(answer=lambda r: envelope(702, "requesting user not in group", 403))
    client = client_for(kandy, **DOMAIN, user_id="alice")

    with pytest.raises(KandyError) as failed:
        client.group.get_group_by_id(group_id="g1")

    assert type(failed.value) is KandyError
    assert not isinstance(failed.value, AuthenticationError)


def test_success_forms_without_a_status_are_not_errors() -> None:
    request = httpx.Request("POST", f"{BASE_URL}/accounts/domains")
    bare = httpx.Response(200, json={"domain_name": "a.com", "project_name": "p"}, request=request)
    kandy_js = httpx.Response(200, json={"success": False, "contacts": []}, request=request)

    assert kandy_error(bare) is None
    assert isinstance(kandy_error(kandy_js), KandyError)  # about-the-type: an error, not a success


def test_a_missing_credential_or_a_bad_request_sends_nothing() -> None:
    kandy = ScriptedKandy()
    client = client_for(kandy, **DOMAIN)

    with pytest.raises(AuthenticationError, match="account_api_key"):
        client.account.get_domains()
    with pytest.raises(AuthenticationError, match="user_id"):
        client.user.get_devices()
    with pytest.raises(RequestValidationError, match="client_timestamp"):
        with_credentials(client, user_id="a").device.get_pending_messages(device_id="d", client_timestamp="soon")

    assert kandy.requests == []


def test_concurrent_async_calls_share_one_fetch_per_level() -> None:
    kandy = ScriptedKandy(token_delay=0.05)
    client = client_for(kandy, **ACCOUNT, **DOMAIN, user_id="alice")

    async def calls() -> None:
        await asyncio.gather(
            *(client.aio.account.get_domains() for _ in range(10)),
            *(client.aio.user.get_devices() for _ in range(10)),
        )

    asyncio.run(calls())

    assert len(kandy.tokens_of("/accounts/accesstokens")) == 1
    assert len(kandy.tokens_of("/domains/users/accesstokens")) == 1
    assert len(kandy.api_requests) == 20


def test_concurrent_threads_share_one_fetch() -> None:
    kandy = ScriptedKandy(token_delay=0.05)
    client = client_for(kandy, **ACCOUNT)
    threads = [threading.Thread(target=client.account.get_domains) for _ in range(8)]

    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(kandy.tokens_of("/accounts/accesstokens")) == 1
    assert len(kandy.api_requests) == 8


def test_a_refused_credential_raises_authentication_error_without_secrets() -> None:
    def refuse_tokens(request: httpx.Request) -> httpx.Response:
        if request.url.path in TOKEN_PATHS:
            return envelope(401, f"bad secret {request.url.params.get('account_api_secret')}")
        return envelope(0, "success")

    client = make_client(BASE_URL, **ACCOUNT, transport=httpx.MockTransport(refuse_tokens))

    with pytest.raises(AuthenticationError) as refused:
        client.account.get_domains()

    assert "acct-secret-4567" not in str(refused.value)
    assert "refused the credentials" in str(refused.value)
    auth = kandy_auth_of(client)
    assert all(secret not in repr(auth) for secret in auth.secrets())


def test_keys_in_the_query_never_reach_the_log(caplog: pytest.LogCaptureFixture) -> None:
    kandy = ScriptedKandy(answer=lambda r: envelope(701, "user not found") if "devices" in r.url.path else None)
    client = client_for(kandy, **ACCOUNT, **DOMAIN, user_id="alice")

    with caplog.at_level(logging.DEBUG, logger="switchboard"):
        client.account.get_domains()
        with pytest.raises(NotFoundError):
            client.device.get_pending_messages(device_id="d1")

    logged = caplog.text
    assert "/devices/messages" in logged  # the request was logged, with its key redacted
    assert "/accounts/accesstokens" in logged
    for secret in kandy_auth_of(client).secrets():
        assert secret not in logged
