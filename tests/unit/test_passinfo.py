"""The PassInfo overlay against a scripted PassInfo behind ``httpx.MockTransport``: headers, renewal, errors, paging."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from passinfo_client import Client
from passinfo_client.models import SingleMessageRequest

from switchboard import (
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    RequestValidationError,
    SwitchboardError,
    UnauthorizedError,
)
from switchboard.passinfo import (
    CredentialError,
    InsufficientBalanceError,
    PassInfoError,
    aiter_contacts,
    arenew_api_key,
    iter_contacts,
    key_auth_of,
    make_client,
    renew_api_key,
)

BASE_URL = "https://api.passinfo.net/v1"
FIRST_KEY = "first-key-value"
SMS = SingleMessageRequest(message="Hello", contact="622000001", sender_name="Shop")


@dataclass
class ScriptedPassInfo:
    """Keys that renewal rotates (the old one revoked at once), a balance, and whatever ``answer`` overrides.

    ``hold_renewal`` keeps the renewal's answer back until it is set, ``hold_balance`` keeps balance requests back
    (after they were received, before the key is checked) until it is set.
    """

    key: str = FIRST_KEY
    renewals: int = 0
    answer: Callable[[httpx.Request], httpx.Response | None] = lambda request: None
    hold_renewal: threading.Event | None = None
    hold_balance: threading.Event | None = None
    requests: list[httpx.Request] = field(default_factory=list)
    #: (method, path, Api-Key) of every request as it arrived (a resend mutates the same request object).
    seen: list[tuple[str, str, str | None]] = field(default_factory=list)
    arrived: threading.Semaphore = field(default_factory=lambda: threading.Semaphore(0))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
            self.seen.append((request.method, request.url.path, request.headers.get("api-key")))
        self.arrived.release()
        override = self.answer(request)
        if override is not None:
            return override
        path = request.url.path.removeprefix("/v1")
        if path == "/user/get_solde" and self.hold_balance is not None:
            self.hold_balance.wait(10)
        if request.headers.get("api-key") != self.key or request.headers.get("client-id") != "1001":
            return httpx.Response(401, json={"success": False, "message": "invalid API key"})
        if path == "/user/renew_api_key":
            if self.hold_renewal is not None:
                self.hold_renewal.wait(10)
            with self._lock:
                self.renewals += 1
                self.key = f"key-{self.renewals}"
            return httpx.Response(200, json={"new_api_key": self.key})
        if path == "/user/get_solde":
            return httpx.Response(200, json={"solde": 42})
        if path == "/message/single_message":
            return httpx.Response(200, json={"status": "success", "message": "m1"})
        return httpx.Response(404, json={"success": False, "message": "not found"})

    def keys_sent(self, path: str) -> list[str | None]:
        """The key each request to ``path`` carried when it arrived."""
        return [key for _, seen_path, key in self.seen if seen_path.endswith(path)]


def client_for(vendor: ScriptedPassInfo, **kwargs: Any) -> Client:
    return make_client(BASE_URL, FIRST_KEY, 1001, transport=httpx.MockTransport(vendor), **kwargs)


@pytest.fixture
def vendor() -> ScriptedPassInfo:
    return ScriptedPassInfo()


def test_both_headers_go_on_every_request(vendor: ScriptedPassInfo) -> None:
    client = client_for(vendor)

    assert client.account.get_sms_count().solde == 42
    client.messages.send_message(body=SMS)

    assert [key for _, _, key in vendor.seen] == [FIRST_KEY] * 2
    assert [r.headers["client-id"] for r in vendor.requests] == ["1001"] * 2


@pytest.mark.parametrize("client_id", ["", "None", "  ", None], ids=["empty", "text None", "blank", "None object"])
def test_a_client_id_that_cannot_work_is_refused_before_anything_is_sent(client_id: Any) -> None:
    vendor = ScriptedPassInfo()

    with pytest.raises(CredentialError, match="Client-Id"):
        make_client(BASE_URL, FIRST_KEY, client_id, transport=httpx.MockTransport(vendor))

    assert vendor.requests == []
    assert issubclass(CredentialError, SwitchboardError)


def test_an_invalid_request_is_refused_before_anything_is_sent(vendor: ScriptedPassInfo) -> None:
    client = client_for(vendor)

    with pytest.raises(RequestValidationError) as refused:
        client.messages.send_message(body=SingleMessageRequest(message="Hi", contact="+224622000001", sender_name="S"))

    assert refused.value.field == "contact"
    assert refused.value.rule == "pattern"
    assert vendor.requests == []


def test_renewal_swaps_the_key_for_every_later_call_and_hands_it_over_once(vendor: ScriptedPassInfo) -> None:
    saved: list[str] = []
    client = client_for(vendor, on_key_renewed=saved.append)

    new_key = renew_api_key(client)
    client.account.get_sms_count()
    client.messages.send_message(body=SMS)

    assert new_key == "key-1" == key_auth_of(client).api_key
    assert saved == ["key-1"]
    assert [key for _, _, key in vendor.seen] == [FIRST_KEY, "key-1", "key-1"]
    assert vendor.seen[0][0] == "POST"
    auth = key_auth_of(client)
    assert sorted(auth.secrets()) == sorted([FIRST_KEY, "key-1"])
    assert FIRST_KEY not in repr(auth)
    assert "key-1" not in repr(auth)


def test_the_get_renewal_of_the_python_sdk_is_refused_and_not_sent(vendor: ScriptedPassInfo) -> None:
    client = client_for(vendor)

    with pytest.raises(RequestValidationError) as refused:
        client.account.renew_api_key_via_get()

    assert refused.value.rule == "POST"
    assert vendor.requests == []


def test_two_concurrent_renewals_make_one_request(vendor: ScriptedPassInfo) -> None:
    vendor.hold_renewal = threading.Event()
    saved: list[str] = []
    client = client_for(vendor, on_key_renewed=saved.append)

    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(renew_api_key, client)
        assert vendor.arrived.acquire(timeout=5)  # the first renewal is on the wire
        second = pool.submit(renew_api_key, client)
        _wait_until_joined(client)
        vendor.hold_renewal.set()
        keys = {first.result(5), second.result(5)}

    assert keys == {"key-1"}
    assert len(vendor.keys_sent("/user/renew_api_key")) == 1
    assert saved == ["key-1"]


def _wait_until_joined(client: Client) -> None:
    """Until a second renewal waits on the one in flight."""
    for _ in range(500):
        renewal = key_auth_of(client)._renewal
        if renewal is not None and renewal.joined:
            return
        threading.Event().wait(0.01)
    raise AssertionError("no renewal joined the one in flight")


def test_a_call_in_flight_with_the_old_key_is_resent_once_with_the_new_one(vendor: ScriptedPassInfo) -> None:
    vendor.hold_balance = threading.Event()
    client = client_for(vendor)

    with ThreadPoolExecutor(1) as pool:
        balance = pool.submit(client.account.get_sms_count)
        assert vendor.arrived.acquire(timeout=5)  # received with the old key, not yet answered
        renew_api_key(client)
        vendor.hold_balance.set()
        assert balance.result(5).solde == 42

    assert vendor.keys_sent("/user/get_solde") == [FIRST_KEY, "key-1"]


def test_a_401_during_a_renewal_waits_for_it_then_resends(vendor: ScriptedPassInfo) -> None:
    # The key is revoked on the server before the renewal's answer comes back: the refused call waits for that
    # answer instead of failing.
    vendor.hold_renewal = threading.Event()

    def revoke_first(request: httpx.Request) -> httpx.Response | None:
        if request.url.path.endswith("/user/get_solde") and request.headers["api-key"] == FIRST_KEY:
            return httpx.Response(401, json={"success": False, "message": "the key was renewed"})
        return None

    vendor.answer = revoke_first
    client = client_for(vendor)
    with ThreadPoolExecutor(2) as pool:
        renewal = pool.submit(renew_api_key, client)
        assert vendor.arrived.acquire(timeout=5)
        balance = pool.submit(client.account.get_sms_count)
        assert vendor.arrived.acquire(timeout=5)
        threading.Event().wait(0.05)
        assert not balance.done()  # waiting for the renewal, not failed
        vendor.hold_renewal.set()
        assert renewal.result(5) == "key-1"
        assert balance.result(5).solde == 42

    assert vendor.keys_sent("/user/get_solde") == [FIRST_KEY, "key-1"]


def test_a_401_without_a_renewal_is_an_error_after_one_request() -> None:
    vendor = ScriptedPassInfo(key="another-key")
    client = client_for(vendor)

    with pytest.raises(UnauthorizedError) as refused:
        client.account.get_sms_count()

    assert len(vendor.requests) == 1
    assert refused.value.vendor_message == "invalid API key"
    assert FIRST_KEY not in str(refused.value)


def test_a_renewal_that_answers_no_key_says_so(vendor: ScriptedPassInfo) -> None:
    vendor.answer = lambda r: httpx.Response(200, json={"status": "success"}) if "renew" in r.url.path else None
    client = client_for(vendor)

    with pytest.raises(AuthenticationError, match="without a new key"):
        renew_api_key(client)

    assert key_auth_of(client).api_key == FIRST_KEY
    assert key_auth_of(client)._renewal is None


@pytest.mark.parametrize("new_key", ["cl\u00e9-nouvelle", "key\r\nX-Injected: 1", "key\x00"])
def test_a_renewed_key_that_no_header_can_carry_is_refused_not_kept(vendor: ScriptedPassInfo, new_key: str) -> None:
    def answer(request: httpx.Request) -> httpx.Response | None:
        return httpx.Response(200, json={"new_api_key": new_key}) if "renew" in request.url.path else None

    vendor.answer = answer
    client = client_for(vendor)

    with pytest.raises(AuthenticationError, match="cannot be sent as a header") as caught:
        renew_api_key(client)
    client.account.get_sms_count()  # the next call goes out (with the key kept), no UnicodeEncodeError

    assert new_key not in str(caught.value)
    assert key_auth_of(client).api_key == FIRST_KEY
    assert vendor.seen[-1][2] == FIRST_KEY


@pytest.mark.parametrize("key", ["cl\u00e9", "a\nb", "tab\there"])
def test_a_key_no_header_can_carry_is_refused_at_once(key: str) -> None:
    with pytest.raises(CredentialError, match="Api-Key has characters a header cannot carry"):
        make_client(BASE_URL, key, "1001")


def test_async_renewal_with_50_calls_in_flight_loses_none(vendor: ScriptedPassInfo) -> None:
    # The 50 calls leave with the first key and arrive after the renewal revoked it (the network holds them, not a
    # timer, so a loaded machine changes nothing); the second renewal joins the first while it is on the wire.
    all_out, renewed = asyncio.Event(), asyncio.Event()
    on_the_wire: list[httpx.Request] = []

    async def slow_network(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/user/renew_api_key"):
            await all_out.wait()
            await asyncio.sleep(0.05)  # on the wire long enough for the second renewal, already started, to join
            answer = vendor(request)
            renewed.set()
            return answer
        if request.headers["Api-Key"] == FIRST_KEY:
            on_the_wire.append(request)
            if len(on_the_wire) == 50:
                all_out.set()
            await renewed.wait()
        return vendor(request)

    saved: list[str] = []
    client = make_client(
        BASE_URL, FIRST_KEY, "1001", async_transport=httpx.MockTransport(slow_network), on_key_renewed=saved.append
    )

    async def run() -> list[Any]:
        calls = [client.aio.account.get_sms_count() for _ in range(50)]
        return await asyncio.gather(*calls, arenew_api_key(client), arenew_api_key(client))

    results = asyncio.run(run())

    assert [r.solde for r in results[:50]] == [42] * 50
    assert results[50:] == ["key-1", "key-1"]
    assert saved == ["key-1"]
    assert len(vendor.keys_sent("/user/renew_api_key")) == 1
    assert sorted(map(str, vendor.keys_sent("/user/get_solde"))) == [FIRST_KEY] * 50 + ["key-1"] * 50


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (402, {"success": False, "status": "error", "message": "Insufficient SMS balance"}, InsufficientBalanceError),
        (404, {"success": False, "message": "not found"}, NotFoundError),
        (200, {"success": False, "message": "refused"}, PassInfoError),
        (200, {"status": "error", "message": "refused"}, PassInfoError),
    ],
)
def test_errors_are_typed_from_the_envelope(
    vendor: ScriptedPassInfo, status: int, body: dict[str, Any], error: type[Exception]
) -> None:
    vendor.answer = lambda request: httpx.Response(status, json=body)
    client = client_for(vendor)

    with pytest.raises(error) as raised:
        client.messages.send_message(body=SMS)

    assert raised.value.vendor_message == body["message"]  # type: ignore[attr-defined]


def test_an_error_answer_raises_carrying_the_whole_answer(vendor: ScriptedPassInfo) -> None:
    vendor.answer = lambda request: httpx.Response(402, json={"success": False, "message": "empty"})

    with pytest.raises(InsufficientBalanceError) as raised:
        client_for(vendor).messages.with_raw_response.send_message(body=SMS)

    assert raised.value.response is not None
    assert raised.value.response.json() == {"success": False, "message": "empty"}


def _pages(pages: dict[int, dict[str, Any]]) -> Callable[[httpx.Request], httpx.Response | None]:
    def answer(request: httpx.Request) -> httpx.Response | None:
        page = int(request.url.params.get("page", 1))
        return httpx.Response(200, json=pages.get(page, {"contacts": []}))

    return answer


def _contacts(*names: str) -> list[dict[str, str]]:
    return [{"id": n, "first_name": n, "last_name": "X", "phone_number": "622000001"} for n in names]


def test_paging_stops_on_the_last_page_that_total_pages_names(vendor: ScriptedPassInfo) -> None:
    vendor.answer = _pages(
        {
            1: {"contacts": _contacts("a", "b"), "page": 1, "total_pages": 2},
            2: {"contacts": _contacts("c"), "page": 2, "total_pages": 2},
        }
    )

    names = [c.first_name for c in iter_contacts(client_for(vendor), limit=2)]

    assert names == ["a", "b", "c"]
    assert [r.url.params["page"] for r in vendor.requests] == ["1", "2"]


def test_paging_without_counters_stops_on_a_short_or_empty_page(vendor: ScriptedPassInfo) -> None:
    vendor.answer = _pages({1: {"contacts": _contacts("a", "b")}, 2: {"contacts": _contacts("c", "d")}})

    names = [c.first_name for c in iter_contacts(client_for(vendor), limit=2)]

    assert names == ["a", "b", "c", "d"]
    assert len(vendor.requests) == 3  # the third page is empty


def test_paging_never_loops_on_a_server_that_ignores_the_page(vendor: ScriptedPassInfo) -> None:
    vendor.answer = lambda request: httpx.Response(200, json={"contacts": _contacts("a", "b"), "total_pages": 99})

    names = [c.first_name for c in iter_contacts(client_for(vendor), limit=2)]

    assert names == ["a", "b"]
    assert len(vendor.requests) == 2


def test_async_paging_reads_every_page(vendor: ScriptedPassInfo) -> None:
    vendor.answer = _pages({p: {"contacts": _contacts(f"p{p}"), "total_pages": 3} for p in (1, 2, 3)})

    async def run() -> list[str]:
        return [str(c.first_name) async for c in aiter_contacts(client_for(vendor), limit=1)]

    assert asyncio.run(run()) == ["p1", "p2", "p3"]


def test_paging_raises_a_typed_error(vendor: ScriptedPassInfo) -> None:
    vendor.answer = lambda request: httpx.Response(401, json={"success": False, "message": "no"})

    with pytest.raises(UnauthorizedError):
        list(iter_contacts(client_for(vendor)))


def test_the_renewal_body_is_never_in_an_error_text(vendor: ScriptedPassInfo) -> None:
    renewed = json.dumps({"new_api_key": "leaky-key-value"})
    vendor.answer = lambda r: httpx.Response(429, content=renewed) if "renew" in r.url.path else None

    with pytest.raises(SwitchboardError) as limited:
        renew_api_key(client_for(vendor))

    assert "leaky-key-value" not in str(limited.value)


def test_a_renewal_that_loses_its_connection_fails_for_the_joined_call_too(vendor: ScriptedPassInfo) -> None:
    release = threading.Event()

    def cut(request: httpx.Request) -> httpx.Response | None:
        if request.url.path.endswith("/user/renew_api_key"):
            release.wait(10)
            raise httpx.ReadError("connection reset", request=request)
        return None

    vendor.answer = cut
    client = client_for(vendor)
    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(renew_api_key, client)
        assert vendor.arrived.acquire(timeout=5)
        second = pool.submit(renew_api_key, client)
        _wait_until_joined(client)
        release.set()
        for call in (first, second):
            with pytest.raises(APIConnectionError):
                call.result(5)

    assert len(vendor.keys_sent("/user/renew_api_key")) == 1  # a renewal is never resent
    assert key_auth_of(client)._renewal is None
    assert key_auth_of(client).api_key == FIRST_KEY


def test_keys_never_reach_the_logs_or_an_error_text(vendor: ScriptedPassInfo, caplog: pytest.LogCaptureFixture) -> None:
    client = client_for(vendor)
    caplog.set_level(logging.DEBUG)
    new_key = renew_api_key(client)
    client.account.get_sms_count()
    vendor.answer = lambda request: httpx.Response(400, json={"message": f"bad key {new_key} (was {FIRST_KEY})"})

    with pytest.raises(BadRequestError) as refused:
        client.account.get_sms_count()

    assert caplog.records, "nothing was logged: the test would prove nothing"
    for key in (FIRST_KEY, new_key):
        assert key not in caplog.text
        assert key not in str(refused.value)
        assert key not in str(refused.value.vendor_message)
