"""The TingTing overlay against a scripted backend (``httpx.MockTransport``) and a clock moved by hand."""

from __future__ import annotations

import asyncio
import base64
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from tingting_client import Client, models
from tingting_client.models import CampaignBeginUpload, CampaignCreate, CampaignCreateUpload
from tingting_client.types import File

from switchboard import RequestValidationError, token_auth_of
from switchboard.tingting import (
    TingTingBadRequestError,
    TingTingConflictError,
    TingTingError,
    TingTingLoginError,
    TingTingUnauthorizedError,
    aiter_campaigns,
    iter_campaigns,
    jwt_claims,
    make_client,
)

BASE_URL = "https://app.tingting.io/api"
EMAIL = "me@example.com"
PASSWORD = "tingting-unit-password"


def jwt(token_type: str, lifetime: int, serial: int, issued: int = 1_700_000_000) -> str:
    """An unsigned-looking simplejwt token: the overlay reads the payload and never checks the signature."""

    def part(value: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    claims = {"token_type": token_type, "exp": issued + lifetime, "iat": issued, "jti": f"j{serial}", "user_id": 1}
    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}.c2lnbmF0dXJl"


@dataclass
class FakeClock:
    now: float = 0.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Backend:
    """Login and refresh with tokens of the given lifetimes; API answers from ``api`` (200 envelope by default)."""

    access_lifetime: int = 100
    refresh_lifetime: int = 1000
    refresh_status: int = 200
    api: Callable[[httpx.Request], httpx.Response] | None = None
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        serial = len(self.requests)
        path = request.url.path
        if path.endswith("/accounts/login/"):
            body = json.loads(request.content)
            if body["password"] != PASSWORD:
                return httpx.Response(
                    401,
                    json={
                        "status": 401,
                        "success": False,
                        "message": "No active account found with the given credentials",
                        "errors": [{"non_field_errors": ["No active account found with the given credentials"]}],
                        "data": {},
                    },
                )
            pair = {
                "access": jwt("access", self.access_lifetime, serial),
                "refresh": jwt("refresh", self.refresh_lifetime, serial),
            }
            return httpx.Response(
                200, json={"status": 200, "success": True, "message": "ok", "errors": [], "data": {"token": pair}}
            )
        if path.endswith("/accounts/token/refresh/"):
            if self.refresh_status != 200:
                return httpx.Response(
                    self.refresh_status, json={"detail": "Token is invalid", "code": "token_not_valid"}
                )
            return httpx.Response(200, json={"access": jwt("access", self.access_lifetime, serial)})
        if self.api is not None:
            return self.api(request)
        user = {"first_name": "A", "email": EMAIL}
        return httpx.Response(
            200, json={"status": 200, "success": True, "message": None, "errors": [], "data": {"user_details": user}}
        )

    def steps(self) -> list[str]:
        return [r.url.path.removeprefix("/api/") for r in self.requests]


def client_for(backend: Backend, clock: FakeClock, password: str = PASSWORD, **kwargs: Any) -> Client:
    transport = httpx.MockTransport(backend)
    return make_client(
        BASE_URL, EMAIL, password, clock=clock, transport=transport, async_transport=transport, max_retries=0, **kwargs
    )


def test_the_access_token_is_refreshed_ahead_of_its_exp() -> None:
    backend, clock = Backend(access_lifetime=100), FakeClock()
    client = client_for(backend, clock, refresh_margin=30)

    client.auth.get_user_details()
    clock.now = 60  # 40 s left: more than the margin
    client.auth.get_user_details()
    clock.now = 75  # 25 s left: refreshed before the call
    client.auth.get_user_details()

    assert backend.steps() == [
        "accounts/login/",
        "accounts/user_details/",
        "accounts/user_details/",
        "accounts/token/refresh/",
        "accounts/user_details/",
    ]
    refresh = json.loads(backend.requests[3].content)["refresh"]
    assert jwt_claims(refresh)["token_type"] == "refresh"
    assert backend.requests[4].headers["authorization"] == f"Bearer {jwt('access', 100, 4)}"


def test_an_expired_refresh_token_means_a_new_login_without_trying_it() -> None:
    backend, clock = Backend(access_lifetime=100, refresh_lifetime=150), FakeClock()
    client = client_for(backend, clock)

    client.auth.get_user_details()
    clock.now = 200

    client.auth.get_user_details()

    assert backend.steps() == ["accounts/login/", "accounts/user_details/"] * 2


def test_a_refused_refresh_token_means_a_new_login() -> None:
    backend, clock = Backend(refresh_status=401), FakeClock()
    client = client_for(backend, clock)
    client.auth.get_user_details()
    clock.now = 90

    client.auth.get_user_details()

    assert backend.steps()[2:] == ["accounts/token/refresh/", "accounts/login/", "accounts/user_details/"]
    assert token_auth_of(client).token_fetches == 2


def test_a_401_gets_one_refresh_and_one_resend_then_a_typed_error() -> None:
    refused = {"detail": "Given token not valid for any token type", "code": "token_not_valid", "messages": []}
    backend, clock = Backend(api=lambda request: httpx.Response(401, json=refused)), FakeClock()
    client = client_for(backend, clock)

    with pytest.raises(TingTingUnauthorizedError) as error:
        client.auth.get_user_details()

    assert error.value.code == "token_not_valid"
    assert error.value.vendor_message == "Given token not valid for any token type"
    assert backend.steps() == [
        "accounts/login/",
        "accounts/user_details/",
        "accounts/token/refresh/",
        "accounts/user_details/",
    ]


def test_a_refused_login_is_a_login_error_without_the_password() -> None:
    backend, clock = Backend(), FakeClock()
    client = client_for(backend, clock, password="wrong-password-value")

    with pytest.raises(TingTingLoginError) as error:
        client.auth.get_user_details()

    assert error.value.field_errors == {"non_field_errors": ["No active account found with the given credentials"]}
    assert "wrong-password-value" not in str(error.value)
    assert "wrong-password-value" not in repr(token_auth_of(client))


def test_success_false_on_a_200_raises_by_the_envelope_status() -> None:
    # test_voice: its success body has no required data, so the core's response check lets the envelope through.
    envelope = {"status": 409, "success": False, "message": "Voice busy", "errors": [{"voice_input": ["busy"]}]}
    backend, clock = Backend(api=lambda request: httpx.Response(200, json={**envelope, "data": {}})), FakeClock()
    client = client_for(backend, clock)

    with pytest.raises(TingTingConflictError) as error:
        client.campaigns.test_voice(body=models.TestVoiceRequest(message="hello"))

    assert error.value.field_errors == {"voice_input": ["busy"]}
    assert "success false" in str(error.value)


def test_drf_field_errors_at_the_top_level_are_kept() -> None:
    drf = {"name": ["This field is required."], "services": ['"MAIL" is not a valid choice.']}
    backend, clock = Backend(api=lambda request: httpx.Response(400, json=drf)), FakeClock()
    client = client_for(backend, clock)

    with pytest.raises(TingTingBadRequestError) as error:
        client.campaigns.create_campaign(body=CampaignCreate(name="x", services="SMS", individual_number=[1]))

    assert error.value.field_errors == drf
    assert isinstance(error.value, TingTingError)  # about-the-type: the vendor error is a switchboard one


def _page(ids: list[int], number: int, has_next: bool, total_pages: int = 99) -> httpx.Response:
    campaigns = [{"id": i, "name": f"c{i}", "services": "SMS"} for i in ids]
    pagination = {"page_number": number, "has_next": has_next, "total_pages": total_pages}
    return httpx.Response(200, json={"pagination": pagination, "result": {"campaign-lists": campaigns}})


def test_iter_campaigns_follows_has_next_and_stops_on_the_last_page() -> None:
    pages = {1: _page([5, 4], 1, True, 3), 2: _page([3, 2], 2, True, 3), 3: _page([1], 3, False, 3)}
    backend = Backend(api=lambda request: pages[int(request.url.params["page"])])
    client = client_for(backend, FakeClock())

    assert [c.id for c in iter_campaigns(client)] == [5, 4, 3, 2, 1]


@pytest.mark.parametrize(
    "server",
    [
        pytest.param(lambda page: _page([1, 2], 1, True), id="ignores page"),
        pytest.param(lambda page: _page([1, 2], page, True), id="repeats the same items"),
        pytest.param(lambda page: _page([page], page, True, total_pages=3), id="has_next past total_pages"),
        pytest.param(
            lambda page: httpx.Response(200, json={"result": {"campaign-lists": [{"id": page, "name": "c"}]}}),
            id="no pagination",
        ),
    ],
)
def test_iter_campaigns_never_loops(server: Callable[[int], httpx.Response]) -> None:
    backend = Backend(api=lambda request: server(int(request.url.params["page"])))
    client = client_for(backend, FakeClock())

    items = list(iter_campaigns(client))

    assert len(items) <= 3
    assert len([r for r in backend.requests if "campaigns" in r.url.path]) <= 3


def test_aiter_campaigns_pages_too() -> None:
    pages = {1: _page([2], 1, True, 2), 2: _page([1], 2, False, 2)}
    backend = Backend(api=lambda request: pages[int(request.url.params["page"])])
    client = client_for(backend, FakeClock())

    async def collect() -> list[int]:
        return [c.id async for c in aiter_campaigns(client)]

    assert asyncio.run(collect()) == [2, 1]


def test_multipart_bodies_are_validated_before_sending() -> None:
    backend, clock = Backend(), FakeClock()
    client = client_for(backend, clock)
    audio = File(payload=io.BytesIO(b"ID3"), file_name="a.mp3", mime_type="audio/mpeg")

    with pytest.raises(RequestValidationError) as bad_date:
        client.campaigns.begin_campaign(3, body=CampaignBeginUpload(aud_file=audio, schedule_date="tomorrow"))
    with pytest.raises(RequestValidationError) as no_file:
        client.campaigns.create_campaign(
            body=CampaignCreateUpload(name="x", services="SMS", send_to_number_file=File(payload=io.BytesIO(b"x")))
        )

    assert bad_date.value.field == "schedule_date"
    assert "send_to_number_file" in str(no_file.value)
    assert backend.requests == []


def test_a_valid_multipart_body_is_sent_with_its_file() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"status": 200, "success": True, "errors": [], "data": {}})

    client = client_for(Backend(api=answer), FakeClock())
    audio = File(payload=io.BytesIO(b"ID3 tune"), file_name="a.mp3", mime_type="audio/mpeg")

    client.campaigns.begin_campaign(3, body=CampaignBeginUpload(aud_file=audio, status=["failed", "hungup"]))

    body = seen[0].content
    assert b'name="aud_file"; filename="a.mp3"' in body
    assert b"ID3 tune" in body
    assert body.count(b'name="status"') == 2


def test_a_multipart_part_holding_the_generated_boundary_arrives_whole() -> None:
    # The generated code fixes the boundary to "+++"; a part holding "\r\n--+++" would end early with it.
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"status": 200, "success": True, "errors": [], "data": {}})

    client = client_for(Backend(api=answer), FakeClock())
    tricky = b'ID3\r\n--+++\r\nContent-Disposition: form-data; name="status"\r\n\r\nfailed'
    audio = File(payload=io.BytesIO(tricky), file_name="a.mp3", mime_type="audio/mpeg")

    client.campaigns.begin_campaign(3, body=CampaignBeginUpload(aud_file=audio))
    client.campaigns.begin_campaign(3, body=CampaignBeginUpload(aud_file=audio))

    from switchboard._multipart import decode_form_data

    boundaries = []
    for request in seen:
        content_type = request.headers["Content-Type"]
        boundary = content_type.split("boundary=")[1]
        assert boundary != "+++"
        boundaries.append(boundary)
        form, problem = decode_form_data(request.content, {"properties": {"aud_file": {"format": "binary"}}})
        assert problem is None
        assert form is not None
        assert form.files["aud_file"][0].content == tricky
        assert "status" not in form
    assert boundaries[0] != boundaries[1]


def test_a_token_that_is_not_a_jwt_lives_until_a_401() -> None:
    opaque = {"status": 200, "success": True, "errors": [], "data": {"token": {"access": "opaque", "refresh": "r"}}}
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path.endswith("/login/"):
            return httpx.Response(200, json=opaque)
        return httpx.Response(200, json={"status": 200, "success": True, "errors": [], "data": {"user_details": {}}})

    clock = FakeClock()
    transport = httpx.MockTransport(handler)
    client = make_client(BASE_URL, EMAIL, PASSWORD, clock=clock, transport=transport, max_retries=0)
    client.auth.get_user_details()
    clock.now = 10**9

    client.auth.get_user_details()

    assert calls.count("/api/accounts/login/") == 1
    assert jwt_claims("opaque") == {}
