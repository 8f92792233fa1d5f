"""Token authentication as an ``httpx.Auth``: fetch, cache, refresh ahead of expiry, recover from a 401.

One mechanism for every vendor; what differs (which requests obtain a token, where the token goes) is a small
:class:`TokenGrant` per vendor.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import email.utils
import math
import re
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx

from ._deadline import DEADLINE_EXTENSION, call_deadline, time_left
from ._deadline import OWN_TIMEOUT_EXTENSION as _OWN_TIMEOUT
from ._errors import APITimeoutError, AuthenticationError, error_class_for
from ._fleet import SharedToken
from ._retry import ATTEMPTS_EXTENSION, IDEMPOTENT_EXTENSION, RetryPolicy
from ._secret import Secret
from ._store import CredentialStore

#: What a grant's ``obtain`` is: yields token requests, receives their (read) responses, returns the token.
TokenFlow = Generator[httpx.Request, httpx.Response, "Token"]
#: The same, as the auth drives it: it also yields the seconds to wait before another attempt.
_Flow = Generator["httpx.Request | float", "httpx.Response | None", "Token"]
# What an access token may look like to be put on a request: printable ASCII, no spaces.
_USABLE_TOKEN = re.compile(r"[\x21-\x7e]+")
# How many issued tokens are remembered for masking.
_KEEP_ISSUED = 8


@dataclass(frozen=True)
class Token:
    """An access token and when it stops working, on the auth's clock. Its secrets stay out of ``repr``."""

    access_token: str = field(repr=False)
    expires_at: float
    refresh_token: str | None = field(default=None, repr=False)
    #: When it was obtained, on the same clock (set by :class:`RefreshingTokenAuth` when the grant leaves it out).
    issued_at: float | None = None
    #: When the refresh token stops working, on the same clock, where the vendor says (None: unknown).
    refresh_expires_at: float | None = None


def server_time(response: httpx.Response) -> float | None:
    """The server's clock when it answered (its ``Date`` header, in epoch seconds), or None without a usable one.

    An absolute expiry (an epoch ``expires_at``, a JWT ``exp``) is the server's time: read against the server's own
    clock, it gives the token's lifetime whatever the skew of ours.
    """
    value = response.headers.get("date")
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return when if math.isfinite(when) else None


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

    def secrets(self) -> list[str]:
        """Every credential value the grant holds (passwords, client secrets, API keys): masked in errors and logs."""
        ...


class RefreshingTokenAuth(httpx.Auth):
    """Attach a cached token to every request; obtain or refresh it when needed, once for all concurrent callers.

    - The token is refreshed ``margin`` seconds ahead of expiry, measured on ``clock``, but never earlier than half
      its lifetime (a token living 20 s is renewed after 10 s, not before every request).
    - A 401 on a request sent with the cached token invalidates it: one new token, one resend. ``refused`` says
      what else means a refused token (Kandy's HTTP 200 with status 401); given, every answer's body is read.
    - Concurrent requests that find no valid token wait for a single fetch, whatever mix of threads, tasks and event
      loops they run in: threads wait on a ``threading.Condition``, tasks on a future of their own loop, and all are
      woken the moment the fetch lands (no polling). No caller waits past its call's deadline (see
      :func:`switchboard.deadline`), or without one, past the longest part of its timeout: it then raises
      :class:`APITimeoutError`.
    - A token the grant cannot put on a request (too long for a URL, say) is dropped, not kept: the call raises
      :class:`AuthenticationError` and the next one fetches anew.
    - Token requests are sent with the timeout of the request that needed the token, or ``timeout`` when given. The
      transport retries them like any idempotent request (see ``switchboard._retry``); a token endpoint that still
      answers 429 raises :class:`RateLimitError`, one that keeps failing :class:`AuthenticationError`. Without
      switchboard's transport, temporary failures are retried here ``max_attempts`` times with ``retry``'s backoff.
    - A token answer without a usable access token (empty, not text, spaces or control characters) is refused; one
      without a refresh token keeps the previous refresh token.
    - ``secrets()`` lists the grant's credentials and the tokens issued: they are masked in every error and log.
    - With a ``store`` (see ``switchboard._store``), the token is shared under ``store_key`` with every process
      using that store: a caller that finds no valid token first reads the store, then takes the store's lease,
      reads again (another worker may have just fetched one) and only then fetches, writing the result back. The
      store is never touched while the cached token is valid. A store that fails on read or lease raises
      :class:`~switchboard.StoreError`; one that fails on write is logged, and the token is kept.

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
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        store: CredentialStore | None = None,
        store_key: str | None = None,
        refused: Callable[[httpx.Response], bool] | None = None,
    ) -> None:
        if store is not None and not store_key:
            raise ValueError("a store needs the store_key of the account")
        self.grant = grant
        self.margin = margin
        self.clock = clock
        self.max_attempts = max_attempts
        self.timeout = None if timeout is None else httpx.Timeout(timeout)
        self.retry = retry or RetryPolicy(max_retries=max(max_attempts - 1, 0))
        self.token_fetches = 0
        #: Whether an answer says the token was refused, its body read (None: HTTP 401 says so, unread).
        self.refused = refused
        #: The fleet's copy of the token, when a store was given.
        self.shared = (
            None if store is None or store_key is None else SharedToken(store, store_key, lambda: self.clock())
        )
        self._token: Token | None = None
        self._invalidated: Token | None = None
        self._issued: collections.deque[str] = collections.deque(maxlen=_KEEP_ISSUED)
        # Single flight for every caller, sync or async, whatever its thread or loop: ``_fetching`` says a fetch is
        # in progress; threads wait on the condition, tasks on a future of their loop, all woken when it lands. The
        # lock is held only for a few statements, never across I/O.
        self._flight = threading.Condition(threading.Lock())
        self._fetching = False
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []

    def __repr__(self) -> str:
        return f"{type(self).__name__}(grant={type(self.grant).__name__}, token={self._token!r})"

    def secrets(self) -> list[str]:
        """The grant's credentials and every token issued lately (the last eight)."""
        held = getattr(self.grant, "secrets", None)
        values = list(held()) if callable(held) else []
        return values + list(self._issued)

    def invalidate(self) -> None:
        """Forget the cached token: the next request obtains a new one (not the same one again from the store)."""
        self._invalidated, self._token = self._token, None

    def _usable(self, failed: Token | None) -> Token | None:
        """The cached token if it is neither the one that just failed nor about to expire: ``margin`` seconds ahead,
        at most half its lifetime."""
        token = self._token
        if token is None or token is failed:
            return None
        margin = self.margin
        if token.issued_at is not None:
            margin = min(margin, (token.expires_at - token.issued_at) / 2)
        return None if self.clock() + margin >= token.expires_at else token

    def _accept(self, token: Token, previous: Token | None, now: float, response: httpx.Response | None) -> Token:
        """Check a token the grant returned and complete it (issue time, kept refresh token)."""
        if not isinstance(token.access_token, str) or not _USABLE_TOKEN.fullmatch(token.access_token):
            raise AuthenticationError(
                "the token endpoint answered without a usable access token",
                request=response.request if response is not None else None,
                response=response,
            )
        changes: dict[str, Any] = {}
        if not isinstance(token.access_token, Secret):  # its repr masks it, in any frame's locals
            changes["access_token"] = Secret(token.access_token)
        if token.refresh_token and not isinstance(token.refresh_token, Secret):
            changes["refresh_token"] = Secret(token.refresh_token)
        if token.issued_at is None:
            changes["issued_at"] = now
        if not token.refresh_token and previous is not None and previous.refresh_token:
            changes["refresh_token"] = previous.refresh_token
        if changes:
            token = dataclasses.replace(token, **changes)
        self._issued.append(token.access_token)
        if token.refresh_token:
            self._issued.append(token.refresh_token)
        return token

    def _adopt(self, failed: Token | None) -> Token | None:
        """Take the fleet's token from the store when it is another than ours and the one that failed; the usable
        token then, if any (an expiring one still serves as the base of the refresh)."""
        assert self.shared is not None
        stored = self.shared.read()
        if stored is None:
            return None
        seen = {t.access_token for t in (self._token, failed, self._invalidated) if t is not None}
        if stored.access_token not in seen:
            self._token = stored
            self._issued.append(stored.access_token)
            if stored.refresh_token:
                self._issued.append(stored.refresh_token)
        return self._usable(failed)

    def _obtain(self, needing: httpx.Request) -> _Flow:
        """Run the grant; the caller holds the lock. Yields requests to send and seconds to wait."""
        attempt = 0
        while True:
            attempt += 1
            previous = self._token
            now = self.clock()
            flow = self.grant.obtain(previous, now)
            last: httpx.Response | None = None
            try:
                request = next(flow)
                while True:
                    self._prepare(request, needing)
                    last = yield request
                    assert last is not None
                    request = flow.send(last)
            except StopIteration as done:
                token = self._accept(done.value, previous, now, last)
                self.token_fetches += 1
                self._token = token
                return token
            except TemporaryTokenError as exc:
                response = exc.response
                if response is not None and response.status_code == 429:
                    raise error_class_for(429)(
                        f"the token endpoint answered HTTP 429: {exc}", request=response.request, response=response
                    ) from None
                retried_below = response is not None and ATTEMPTS_EXTENSION in response.extensions
                delay = None if retried_below else self._delay(attempt, response, needing)
                if delay is None:
                    attempts = response.extensions.get(ATTEMPTS_EXTENSION, attempt) if response else attempt
                    raise AuthenticationError(
                        f"no token after {attempts} attempts: {exc}", request=exc.request, response=response
                    ) from None
                yield delay

    def _delay(self, attempt: int, response: httpx.Response | None, needing: httpx.Request) -> float | None:
        if attempt >= self.max_attempts:
            return None
        delay = self.retry.delay(attempt - 1, response)
        left = time_left(call_deadline(needing))
        if delay is not None and left is not None and delay >= left:
            return None  # no time for another attempt within the call's deadline
        return delay

    def _prepare(self, request: httpx.Request, needing: httpx.Request) -> None:
        """A token request: the auth's timeout, else the one of the request that needed it, and its call's deadline;
        safe to resend."""
        extensions = request.extensions
        timeout = needing.extensions.get(_OWN_TIMEOUT, needing.extensions.get("timeout"))
        if self.timeout is not None:
            extensions["timeout"] = self.timeout.as_dict()
        elif "timeout" not in extensions and timeout is not None:
            extensions["timeout"] = timeout
        at = needing.extensions.get(DEADLINE_EXTENSION)
        if at is not None:
            extensions[DEADLINE_EXTENSION] = at
        extensions[IDEMPOTENT_EXTENSION] = True

    def _wait_limit(self, request: httpx.Request) -> float | None:
        """How long a caller without a deadline may wait for another caller's fetch: the longest part of its timeout
        (a fetch that takes longer than that is stuck)."""
        timeout = self.timeout.as_dict() if self.timeout is not None else request.extensions.get("timeout")
        values = [v for v in (timeout or {}).values() if isinstance(v, int | float)]
        return max(values) if values else None

    def _wait_until(self, request: httpx.Request) -> float | None:
        """When a caller stops waiting for another caller's fetch: its call's deadline, else its wait limit."""
        at = call_deadline(request)
        if at is not None:
            return at
        limit = self._wait_limit(request)
        return None if limit is None else time.monotonic() + limit

    def _waited_too_long(self, request: httpx.Request, until: float | None, since: float) -> APITimeoutError:
        waited = (until if until is not None else time.monotonic()) - since
        return APITimeoutError(
            f"waited {waited:.3g} s for another caller's token fetch without a token", request=request
        )

    def _lead_or_wait(self, failed: Token | None) -> Token | threading.Condition | None:
        """Under the flight lock: the usable token; else None when this caller now leads the fetch; else the
        condition to wait on (a task waits on a future of its loop instead)."""
        token = self._usable(failed)
        if token is not None:
            return token
        if not self._fetching:
            self._fetching = True
            return None
        return self._flight

    def _land(self) -> None:
        """The fetch is over (a token or a failure): wake every waiter, threads and tasks, at once."""
        with self._flight:
            self._fetching = False
            waiters, self._waiters = self._waiters, []
            self._flight.notify_all()
        for loop, future in waiters:
            with contextlib.suppress(RuntimeError):  # a closed loop: nothing waits there any more
                loop.call_soon_threadsafe(_wake, future)

    def _apply(self, request: httpx.Request, token: Token) -> None:
        """Put ``token`` on ``request``; a token that cannot go on a request is forgotten, and the call fails typed."""
        try:
            self.grant.apply(request, token)
        except (httpx.InvalidURL, ValueError, TypeError, UnicodeError) as exc:
            with self._flight:
                if self._token is token:
                    self._token = None
            raise AuthenticationError(
                f"the token obtained cannot be sent on a request ({type(exc).__name__}); it was dropped, the next call"
                " obtains another",
                request=request,
            ) from None

    # The sync and async drivers below are the same steps; only waiting, sleeping and body reads differ.

    def _sync_token(
        self, request: httpx.Request, failed: Token | None
    ) -> Generator[httpx.Request, httpx.Response, Token]:
        until: float | None = None
        since = time.monotonic()
        while True:
            with self._flight:
                step = self._lead_or_wait(failed)
                if isinstance(step, Token):
                    return step
                if step is not None:
                    if until is None:
                        until = self._wait_until(request)
                    left = None if until is None else until - time.monotonic()
                    if left is not None and left <= 0:
                        raise self._waited_too_long(request, until, since)
                    self._flight.wait(left)
                    continue
            break
        try:
            if self.shared is None:
                return (yield from self._sync_fetch(request))
            token = self._adopt(failed)
            if token is not None:
                return token
            wait = self._lease_wait(request)
            lease = self.shared.lease(request, wait, wait)
            try:
                token = self._adopt(failed)  # fetched by the worker that held the lease before us
                if token is None:
                    token = yield from self._sync_fetch(request)
                    self.shared.write(token)
                return token
            finally:
                lease.release()
        finally:
            self._land()

    def _lease_wait(self, request: httpx.Request) -> float | None:
        left = time_left(call_deadline(request))
        return self._wait_limit(request) if left is None else left

    def _sync_fetch(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, Token]:
        flow = self._obtain(request)
        try:
            step = next(flow)
            while True:
                if isinstance(step, float):
                    time.sleep(step)
                    step = flow.send(None)
                    continue
                response = yield step
                response.read()
                step = flow.send(response)
        except StopIteration as done:
            obtained: Token = done.value
            return obtained

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        failed: Token | None = None
        while True:
            token = self._usable(failed)  # the common case, without a generator
            if token is None:
                token = yield from self._sync_token(request, failed)
            self._apply(request, token)
            response = yield request
            if self.refused is not None:
                response.read()
            if failed is not None or not (self.refused or _http_401)(response):
                break
            response.read()
            failed = token

    async def _async_wait(self, request: httpx.Request, failed: Token | None) -> Token | None:
        """The usable token, after waiting for another caller's fetch if there is one; None: this task leads."""
        until: float | None = None
        since = time.monotonic()
        loop = asyncio.get_running_loop()
        while True:
            # The flight lock is only ever held for a few statements, never across I/O: taking it here does not
            # stall the loop.
            with self._flight:
                step = self._lead_or_wait(failed)
                if not isinstance(step, threading.Condition):
                    return step
                future: asyncio.Future[None] = loop.create_future()
                self._waiters.append((loop, future))
            if until is None:
                until = self._wait_until(request)
            left = None if until is None else until - time.monotonic()
            try:
                if left is None:
                    await future
                else:
                    await asyncio.wait_for(future, max(left, 0.0))
            except TimeoutError:
                with self._flight:
                    if (loop, future) in self._waiters:
                        self._waiters.remove((loop, future))
                raise self._waited_too_long(request, until, since) from None

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        failed: Token | None = None
        while True:
            token = self._usable(failed)
            if token is None:
                token = await self._async_wait(request, failed)
            if token is None:  # this task fetches, for every caller
                try:
                    if self.shared is not None:
                        token = await asyncio.to_thread(self._adopt, failed)
                    if token is None:
                        lease = None
                        if self.shared is not None:
                            wait = self._lease_wait(request)
                            lease = await asyncio.to_thread(self.shared.lease, request, wait, wait)
                        try:
                            if lease is not None:
                                token = await asyncio.to_thread(self._adopt, failed)
                            if token is None:
                                flow = self._obtain(request)
                                step = next(flow)
                                while token is None:
                                    if isinstance(step, float):
                                        await asyncio.sleep(step)
                                        response: httpx.Response | None = None
                                    else:
                                        response = yield step
                                        await response.aread()
                                    try:
                                        step = flow.send(response)
                                    except StopIteration as done:
                                        token = done.value
                                if self.shared is not None:
                                    await asyncio.to_thread(self.shared.write, token)
                        finally:
                            if lease is not None:
                                await asyncio.to_thread(lease.release)
                finally:
                    self._land()
            assert token is not None
            self._apply(request, token)
            api_response = yield request
            if self.refused is not None:
                await api_response.aread()
            if failed is not None or not (self.refused or _http_401)(api_response):
                break
            await api_response.aread()
            failed = token


class RoutingAuth(httpx.Auth):
    """Hands each request to the auth :meth:`route` picks for it (a token cache of the level the operation needs),
    or sends it as it is when that is None (``route`` may have put an API key on it)."""

    requires_request_body = True

    def route(self, request: httpx.Request) -> httpx.Auth | None:
        """The auth of ``request``, or None to send it as it is."""
        raise NotImplementedError

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        auth = self.route(request)
        if auth is None:
            yield request
        else:
            yield from auth.sync_auth_flow(request)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        auth = self.route(request)
        if auth is None:
            yield request
            return
        flow = auth.async_auth_flow(request)
        try:
            outgoing = await flow.__anext__()
            while True:
                response = yield outgoing
                outgoing = await flow.asend(response)
        except StopAsyncIteration:
            return
        finally:
            await flow.aclose()  # now, not when collected: its token fetch may have callers waiting on it


def raise_if_temporary(response: httpx.Response, what: str) -> None:
    """Raise :class:`TemporaryTokenError` when the token endpoint's ``response`` is worth another try (429, 5xx);
    ``what`` names the endpoint in the message."""
    if response.status_code == 429 or response.status_code >= 500:
        raise TemporaryTokenError(
            f"{what} answered HTTP {response.status_code}", request=response.request, response=response
        )


def _http_401(response: httpx.Response) -> bool:
    return response.status_code == 401


def _wake(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)
