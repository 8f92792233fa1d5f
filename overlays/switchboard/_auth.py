"""Token authentication as an ``httpx.Auth``: fetch, cache, refresh ahead of expiry, recover from a 401.

One mechanism for every vendor; what differs (which requests obtain a token, where the token goes) is a small
:class:`TokenGrant` per vendor.
"""

from __future__ import annotations

import asyncio
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass, field
from typing import Protocol

import httpx

from ._errors import APIError, AuthenticationError

#: What a grant's ``obtain`` is: yields token requests, receives their (read) responses, returns the token.
TokenFlow = Generator[httpx.Request, httpx.Response, "Token"]


@dataclass(frozen=True)
class Token:
    """An access token and when it stops working, on the auth's clock. Its secrets stay out of ``repr``."""

    access_token: str = field(repr=False)
    expires_at: float
    refresh_token: str | None = field(default=None, repr=False)

    def expires_within(self, seconds: float, now: float) -> bool:
        return now + seconds >= self.expires_at


class TemporaryTokenError(AuthenticationError):
    """The token endpoint failed in a way worth one more try (5xx, 429)."""


class TokenGrant(Protocol):
    """How one vendor obtains tokens and puts them on requests."""

    def obtain(self, current: Token | None, now: float) -> TokenFlow:
        """Yield the requests that obtain a token (refreshing ``current`` when it can) and return it.

        Raise :class:`AuthenticationError` when the credentials are refused, :class:`TemporaryTokenError` when the
        endpoint failed and a later attempt may work.
        """
        ...

    def apply(self, request: httpx.Request, token: Token) -> None:
        """Put ``token`` on ``request`` (a header, a query parameter)."""
        ...


#: Turns a final response into the error it means, or None when it is a success.
ErrorMapper = Callable[[httpx.Response], APIError | None]


class RefreshingTokenAuth(httpx.Auth):
    """Attach a cached token to every request; obtain or refresh it when needed, once for all concurrent callers.

    - The token is refreshed ``margin`` seconds ahead of expiry, measured on ``clock``.
    - A 401 on a request sent with the cached token invalidates it: one new token, one resend.
    - Concurrent requests that find no valid token wait for a single fetch: a ``threading.Lock`` for sync
      clients, an ``asyncio.Lock`` per event loop for async ones.
    - A token endpoint that keeps failing raises :class:`AuthenticationError` after ``max_attempts``.
    - With ``errors`` set, a final error response raises what ``errors`` maps it to.
    - ``precheck`` runs on each request before anything else, so that a request it rejects costs no token fetch.

    Example::

        auth = RefreshingTokenAuth(NetsapiensPasswordGrant(...))
        httpx.Client(auth=auth)
    """

    requires_request_body = True

    def __init__(
        self,
        grant: TokenGrant,
        *,
        margin: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
        max_attempts: int = 3,
        errors: ErrorMapper | None = None,
        precheck: Callable[[httpx.Request], None] | None = None,
    ) -> None:
        self.grant = grant
        self.precheck = precheck
        self.margin = margin
        self.clock = clock
        self.max_attempts = max_attempts
        self.errors = errors
        self.token_fetches = 0
        self._token: Token | None = None
        self._thread_lock = threading.Lock()
        # Guards only the per-loop registry below. Never the fetch lock: a sync thread holds that one across a
        # token request, and an event loop must not block on it.
        self._registry_lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(grant={type(self.grant).__name__}, token={self._token!r})"

    def invalidate(self) -> None:
        """Forget the cached token: the next request obtains a new one."""
        self._token = None

    def _usable(self, failed: Token | None) -> Token | None:
        """The cached token if it is neither the one that just failed nor about to expire."""
        token = self._token
        if token is None or token is failed or token.expires_within(self.margin, self.clock()):
            return None
        return token

    def _obtain(self) -> TokenFlow:
        """Run the grant, retrying temporary failures; the caller holds the lock."""
        for attempt in range(1, self.max_attempts + 1):
            try:
                token = yield from self.grant.obtain(self._token, self.clock())
            except TemporaryTokenError as exc:
                if attempt == self.max_attempts:
                    raise AuthenticationError(
                        f"no token after {attempt} attempts: {exc}", request=exc.request, response=exc.response
                    ) from None
                continue
            self.token_fetches += 1
            self._token = token
            return token
        raise AssertionError("unreachable")  # pragma: no cover

    def _raise_for(self, response: httpx.Response) -> None:
        if self.errors is not None:
            error = self.errors(response)
            if error is not None:
                raise error

    # The sync and async drivers below are the same steps; only locking and body reads differ.

    def _sync_token(self, failed: Token | None) -> Generator[httpx.Request, httpx.Response, Token]:
        token = self._usable(failed)
        if token is not None:
            return token
        with self._thread_lock:
            token = self._usable(failed)
            if token is not None:
                return token
            flow = self._obtain()
            request = next(flow)
            while True:
                response = yield request
                response.read()
                try:
                    request = flow.send(response)
                except StopIteration as done:
                    obtained: Token = done.value
                    return obtained

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        if self.precheck is not None:
            self.precheck(request)
        failed: Token | None = None
        while True:
            token = yield from self._sync_token(failed)
            self.grant.apply(request, token)
            response = yield request
            if response.status_code != 401 or failed is not None:
                break
            response.read()
            failed = token
        if self.errors is not None and response.status_code >= 400:
            response.read()
        self._raise_for(response)

    def _async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._registry_lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        if self.precheck is not None:
            self.precheck(request)
        failed: Token | None = None
        while True:
            token = self._usable(failed)
            if token is None:
                async with self._async_lock():
                    token = self._usable(failed)
                    if token is None:
                        flow = self._obtain()
                        token_request = next(flow)
                        while token is None:
                            token_response = yield token_request
                            await token_response.aread()
                            try:
                                token_request = flow.send(token_response)
                            except StopIteration as done:
                                token = done.value
            self.grant.apply(request, token)
            response = yield request
            if response.status_code != 401 or failed is not None:
                break
            await response.aread()
            failed = token
        if self.errors is not None and response.status_code >= 400:
            await response.aread()
        self._raise_for(response)
