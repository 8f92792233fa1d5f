"""switchboard's httpx clients: httpx's own, minus the cookie work that changes nothing (``switchboard._httpx``)."""

from __future__ import annotations

import asyncio
from http.cookiejar import CookieJar
from typing import Any

import httpx
import pytest
from netsapiens_client import Client as NetsapiensClient
from netsapiens_client.api.subscriptions import read_subscription

from switchboard import DEFAULT_TIMEOUT, NotFoundError, netsapiens
from switchboard._httpx import AsyncHttpxClient, HttpxClient

BASE_URL = "https://pbx.example.com/ns-api/v2"
SUBSCRIPTION = "0" * 32


class CountingJar(CookieJar):
    """A cookie jar that counts the responses handed to it."""

    def __init__(self) -> None:
        super().__init__()
        self.extractions = 0

    def extract_cookies(self, response: Any, request: Any) -> None:
        self.extractions += 1
        super().extract_cookies(response, request)


def scripted(responses: list[httpx.Response]) -> httpx.MockTransport:
    answers = iter(responses)
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return next(answers)

    transport = httpx.MockTransport(handler)
    transport.sent = sent  # type: ignore[attr-defined]
    return transport


def answers() -> list[httpx.Response]:
    """No cookie; a cookie; no cookie; a cookie replaced and one expired; a second header name; nothing."""
    return [
        httpx.Response(200, text="a"),
        httpx.Response(200, headers=[("Set-Cookie", "route=r1; Path=/"), ("Set-Cookie", "gone=1; Path=/")]),
        httpx.Response(200, headers={"X-Other": "1"}),
        httpx.Response(
            200,
            headers=[("set-cookie", "route=r2; Path=/"), ("Set-Cookie", "gone=; Path=/; Max-Age=0")],
        ),
        httpx.Response(200, headers={"Set-Cookie2": 'legacy="1"; Version="1"; Path="/"'}),
        httpx.Response(200),
    ]


def test_the_cookies_kept_and_sent_are_exactly_httpxs() -> None:
    stock_transport, ours_transport = scripted(answers()), scripted(answers())
    stock = httpx.Client(base_url="http://h.example.com", transport=stock_transport, cookies={"start": "s"})
    ours = HttpxClient(base_url="http://h.example.com", transport=ours_transport, cookies={"start": "s"})

    for path in ("/a", "/b", "/c", "/d", "/e", "/f"):
        stock.get(path)
        ours.get(path)

    assert sorted((c.name, c.value) for c in ours.cookies.jar) == sorted((c.name, c.value) for c in stock.cookies.jar)
    assert dict(ours.cookies) == {"start": "s", "route": "r2"}
    sent_by = [r.headers.get("cookie") for r in ours_transport.sent]  # type: ignore[attr-defined]
    assert sent_by == [r.headers.get("cookie") for r in stock_transport.sent]  # type: ignore[attr-defined]
    assert sent_by[-1] is not None
    assert "route=r2" in sent_by[-1]


def test_a_response_without_a_cookie_header_is_not_handed_to_the_jar() -> None:
    jar = CountingJar()
    client = HttpxClient(transport=scripted(answers()), cookies=jar)

    for _ in range(6):
        client.get("http://h.example.com/")

    assert client.cookies.jar is jar
    assert jar.extractions == 3  # the three answers with Set-Cookie or Set-Cookie2


def test_the_async_client_keeps_cookies_the_same_way() -> None:
    jar = CountingJar()

    async def run() -> dict[str, str]:
        def handler(request: httpx.Request) -> httpx.Response:
            if request.url.path == "/login":
                return httpx.Response(200, headers={"Set-Cookie": "sid=abc; Path=/"})
            return httpx.Response(200, text=request.headers.get("cookie", ""))

        async with AsyncHttpxClient(transport=httpx.MockTransport(handler), cookies=jar) as client:
            await client.get("http://h.example.com/login")
            echoed = await client.get("http://h.example.com/echo")
            return {"echoed": echoed.text, **dict(client.cookies)}

    assert asyncio.run(run()) == {"echoed": "sid=abc", "sid": "abc"}
    assert jar.extractions == 1


def test_make_client_builds_switchboards_httpx_clients_with_the_generated_settings() -> None:
    client = netsapiens.make_client(BASE_URL, "id", "secret", "user", "pass", verify_ssl=False)
    client = client.with_headers({"X-Trace": "t"}).with_cookies({"pref": "p"})

    sync_client, async_client = client.get_httpx_client(), client.get_async_httpx_client()

    assert isinstance(client, NetsapiensClient)  # about-the-type: the classes make_client builds
    assert type(client).__name__ == "Client"
    assert isinstance(sync_client, HttpxClient)  # about-the-type: the classes make_client builds
    assert isinstance(async_client, AsyncHttpxClient)  # about-the-type: the classes make_client builds
    for made in (sync_client, async_client):
        assert made.base_url == httpx.URL(BASE_URL + "/")
        assert made.headers["X-Trace"] == "t"
        assert dict(made.cookies) == {"pref": "p"}
        assert made.timeout == DEFAULT_TIMEOUT
        assert made.follow_redirects is False
        assert made.auth is client._httpx_args["auth"]
    assert client.with_timeout(httpx.Timeout(3.0)).get_httpx_client().timeout == httpx.Timeout(3.0)


def test_an_httpx_client_set_by_the_user_is_used() -> None:
    transport = scripted([httpx.Response(200, json={"ok": True})])
    client = netsapiens.make_client(BASE_URL, "id", "secret", "user", "pass")
    own = httpx.Client(base_url=BASE_URL, transport=transport)

    client.set_httpx_client(own)

    assert client.get_httpx_client() is own


@pytest.mark.parametrize("set_cookie", [False, True])
def test_a_vendor_cookie_reaches_the_next_call_of_a_make_client_client(set_cookie: bool) -> None:
    seen: list[str | None] = []

    def vendor(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/tokens"):
            token = {"access_token": "tok", "token_type": "Bearer", "expires_in": 3600, "refresh_token": "r"}
            return httpx.Response(200, json=token)
        seen.append(request.headers.get("cookie"))
        headers = {"Set-Cookie": "lb=node7; Path=/"} if set_cookie else {}
        return httpx.Response(404, json={"code": 404, "message": "no such subscription"}, headers=headers)

    client = netsapiens.make_client(BASE_URL, "id", "secret", "user", "pass", transport=httpx.MockTransport(vendor))
    for _ in range(2):
        with pytest.raises(NotFoundError):
            read_subscription.sync_detailed(SUBSCRIPTION, client=client)

    assert seen == [None, "lb=node7" if set_cookie else None]
