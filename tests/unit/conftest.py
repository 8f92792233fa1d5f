"""A scripted Netsapiens behind ``httpx.MockTransport`` and a clock the tests move by hand."""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from switchboard.netsapiens import make_client

BASE_URL = "https://pbx.example.com/ns-api/v2"
CLIENT_SECRET = "s3cret-client-value"
PASSWORD = "hunter2-password-value"


@dataclass
class FakeClock:
    now: float = 1_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class ScriptedVendor:
    """Answers token requests with fresh tokens and API requests with 200/202, recording every request.

    ``token_status`` / ``refresh_status`` force an answer of the token endpoint; ``reject`` decides per API request
    whether to answer 401; ``token_delay`` holds token answers to widen races.
    """

    expires_in: int = 3600
    token_status: int = 200
    refresh_status: int = 200
    token_delay: float = 0.0
    reject: Callable[[httpx.Request], bool] = lambda request: False
    api_response: httpx.Response | None = None
    requests: list[httpx.Request] = field(default_factory=list)
    _serial: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def token_requests(self) -> list[dict[str, Any]]:
        return [json.loads(r.content) for r in self.requests if r.url.path.endswith("/tokens")]

    @property
    def api_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if not r.url.path.endswith("/tokens")]

    def _answer(self, request: httpx.Request) -> httpx.Response:
        # A copy: the auth re-sends the same request object with a new header.
        seen = httpx.Request(request.method, request.url, headers=request.headers.copy(), content=request.content)
        with self._lock:
            self.requests.append(seen)
            serial = next(self._serial)
        if request.url.path.endswith("/tokens"):
            grant = json.loads(request.content)["grant_type"]
            status = self.refresh_status if grant == "refresh_token" else self.token_status
            if status != 200:
                return httpx.Response(status, json={"code": status, "message": "refused"})
            return httpx.Response(
                200,
                json={
                    "access_token": f"access-{serial}",
                    "token_type": "Bearer",
                    "expires_in": self.expires_in,
                    "refresh_token": f"refresh-{serial}",
                },
            )
        if self.reject(request):
            return httpx.Response(401, json={"code": 401, "message": "expired token"})
        if self.api_response is not None:
            return self.api_response
        if request.method == "GET":
            return httpx.Response(200, json=[])
        return httpx.Response(202, json={"code": 202, "message": "Accepted"})

    def handle(self, request: httpx.Request) -> httpx.Response:
        if self.token_delay and request.url.path.endswith("/tokens"):
            time.sleep(self.token_delay)
        return self._answer(request)

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        if self.token_delay and request.url.path.endswith("/tokens"):
            await asyncio.sleep(self.token_delay)
        return self._answer(request)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def vendor() -> ScriptedVendor:
    return ScriptedVendor()


def client_for(vendor: ScriptedVendor, clock: FakeClock, **options: Any) -> Any:
    """A real ``make_client`` client whose network is ``vendor``."""
    return make_client(
        BASE_URL,
        "client-id",
        CLIENT_SECRET,
        "1000@example.com",
        PASSWORD,
        clock=clock,
        transport=httpx.MockTransport(vendor.handle),
        async_transport=httpx.MockTransport(vendor.ahandle),
        **options,
    )


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
