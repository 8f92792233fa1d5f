"""Transports for the generated clients: one object for sync and async that retries and logs, and one that also
validates before sending."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

import httpx

from ._budget import Pacer
from ._deadline import DEADLINE_EXTENSION, OWN_TIMEOUT_EXTENSION, call_deadline, cap_timeout, deadline_passed
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    MalformedResponseError,
    RequestValidationError,
    ResponseTooLargeError,
    ResponseValidationError,
)
from ._limits import DEFAULT_LIMITS, ResponseLimits, json_depth_exceeds
from ._logging import log_attempt, log_retry, logger
from ._redact import CREDENTIAL_HEADERS, is_secret_name, redact_url
from ._responses import reader_for
from ._retry import ATTEMPTS_EXTENSION, NOT_SENT, RETRY_STATUSES, RetryPolicy, safe_to_resend
from .spec import NO_BODY, Operation, Spec, Violation

_CHECKED = "switchboard.validated"
#: Set by the hooks (see ``_hooks``): the operation a request was built for, and its JSON body as built.
OPERATION_EXTENSION = "switchboard.operation"
JSON_EXTENSION = "switchboard.json"
# The URL of the first request of a call; redirects share the extensions of the request they follow.
_ORIGIN_EXTENSION = "switchboard.origin"


class DualTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """One transport object for both the sync and the async httpx client, retrying what is safe to retry.

    The generated ``Client`` passes the same ``httpx_args`` to both, so a ``transport=`` in them must serve both.
    Missing inner transports are made on first use; an async one made here is made per event loop, so that one
    client serves several ``asyncio.run`` calls.

    Every attempt is logged at DEBUG on the ``switchboard`` logger. Connection failures and timeouts raise
    :class:`APIConnectionError` / :class:`APITimeoutError`; failures and the statuses of :data:`RETRY_STATUSES` are
    retried by ``retry`` (a :class:`RetryPolicy`) when a second send is safe: an idempotent method, a request marked
    idempotent, an operation marked ``x-idempotent: true`` in ``spec``, or a connection that failed before sending.
    Response bodies are read here, so that a connection dropped mid-body is a failure of the attempt, in chunks
    against ``limits`` (a :class:`~switchboard.ResponseLimits`: decoded size, JSON depth) and the call's deadline
    (``deadline`` seconds per call, or a :func:`switchboard.deadline` block; see ``switchboard._deadline``): every
    attempt's httpx timeouts are capped by the time left, and no retry starts that could not end in time.

    A request that a redirect (``follow_redirects``) sends to another origin than the call's first loses every
    credential header and credential query parameter first.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        *,
        retry: RetryPolicy | None = None,
        spec: Spec | None = None,
        base_path: str = "",
        verify_ssl: bool = True,
        limits: ResponseLimits | None = None,
        deadline: float | None = None,
    ) -> None:
        self._transport = transport
        self._async_transport = async_transport
        self._async_per_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncBaseTransport] = (
            weakref.WeakKeyDictionary()
        )
        self._lock = threading.Lock()
        self.retry = retry or RetryPolicy()
        self.spec = spec
        self.base_path = base_path.rstrip("/")
        self._verify_ssl = verify_ssl
        #: The account's rate budget (see ``switchboard._budget``): every attempt waits for it.
        self.pacer: Pacer | None = None
        self.limits = limits or DEFAULT_LIMITS
        #: Seconds a whole call may take (None: no deadline but the ``switchboard.deadline`` blocks').
        self.deadline = deadline
        #: Async attempts in flight per event loop (httpx's default pool holds 100 connections); the others queue.
        self.max_in_flight = 100
        self._async_slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            weakref.WeakKeyDictionary()
        )

    def _charges(self, request: httpx.Request) -> list[tuple[Any, int]] | None:
        """What ``request`` costs the rate budget, if there is one."""
        if self.pacer is None:
            return None
        body = request.extensions.get(JSON_EXTENSION)
        if body is None and request.headers.get("content-type", "").startswith("application/json"):
            try:
                body = json.loads(request.content)
            except (ValueError, RecursionError, httpx.RequestNotRead):
                body = None
        return self.pacer.charges(request, self.operation_of(request), body)

    def _sync_inner(self) -> httpx.BaseTransport:
        if self._transport is None:
            with self._lock:
                if self._transport is None:
                    self._transport = httpx.HTTPTransport(verify=self._verify_ssl)
        return self._transport

    def _async_inner(self) -> httpx.AsyncBaseTransport:
        if self._async_transport is not None:
            return self._async_transport
        loop = asyncio.get_running_loop()
        with self._lock:
            inner = self._async_per_loop.get(loop)
            if inner is None:
                # A connection pool belongs to the loop that opened it; a new loop gets a new pool.
                inner = self._async_per_loop[loop] = httpx.AsyncHTTPTransport(verify=self._verify_ssl)
            return inner

    def operation_of(self, request: httpx.Request) -> Operation | None:
        """The spec operation ``request`` is for, when a spec was given."""
        if self.spec is None:
            return None
        known = request.extensions.get(OPERATION_EXTENSION)
        operation = self.spec.by_id.get(known) if isinstance(known, str) else None
        if operation is not None:
            return operation
        path = Spec.relative(request.url.path, self.base_path)
        matched = self.spec.match(request.method, path) if path is not None else None
        return matched[0] if matched else None

    def _may_resend(self, request: httpx.Request) -> bool:
        if safe_to_resend(request):
            return True
        operation = self.operation_of(request)
        return operation is not None and operation.definition.get("x-idempotent") is True

    def _next_delay(
        self, request: httpx.Request, retry: int, budget: int, response: httpx.Response | None, reason: str
    ) -> float | None:
        """Seconds to wait before retrying, or None to stop with what we have."""
        if retry >= budget:
            return None
        delay = self.retry.delay(retry, response)
        at = request.extensions.get(DEADLINE_EXTENSION)
        if delay is not None and at is not None and time.monotonic() + delay >= at:
            return None  # no time left for another attempt: the call ends with what it has
        if delay is not None:
            log_retry(request, reason, delay, retry + 1, budget)
        return delay

    def _retry_or_raise(self, request: httpx.Request, exc: httpx.TransportError, retry: int, budget: int) -> float:
        """The delay before retrying after ``exc``, or raise it as a switchboard error."""
        if isinstance(exc, NOT_SENT) or self._may_resend(request):
            delay = self._next_delay(request, retry, budget, None, type(exc).__name__)
            if delay is not None:
                return delay
        raise _connection_error(request, exc) from exc

    def _begin(self, request: httpx.Request) -> float | None:
        """Strip credentials from a cross-origin redirect; the call's deadline."""
        extensions = request.extensions
        first = extensions.setdefault(_ORIGIN_EXTENSION, request.url)
        if first is not request.url and not _same_origin(first, request.url):
            _drop_credentials(request)
        return call_deadline(request, self.deadline)

    def _read(self, request: httpx.Request, response: httpx.Response, at: float | None) -> None:
        """Read the body in chunks against the size limit and the deadline, then check its JSON depth."""
        limit = self.limits.max_body_size
        if not hasattr(response, "_content"):  # not read yet (a network answer)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if limit is not None and size > limit:
                    response.close()
                    raise self._too_large(request, response)
                chunks.append(chunk)
                if at is not None and time.monotonic() >= at:
                    response.close()
                    raise deadline_passed(request)
            response._content = b"".join(chunks)
        self._check_body(request, response)

    async def _aread(self, request: httpx.Request, response: httpx.Response, at: float | None) -> None:
        limit = self.limits.max_body_size
        if not hasattr(response, "_content"):
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if limit is not None and size > limit:
                    await response.aclose()
                    raise self._too_large(request, response)
                chunks.append(chunk)
                if at is not None and time.monotonic() >= at:
                    await response.aclose()
                    raise deadline_passed(request)
            response._content = b"".join(chunks)
        self._check_body(request, response)

    def _slots(self) -> asyncio.Semaphore:
        """The attempts this event loop may have in flight at once: as many as the pool has connections."""
        loop = asyncio.get_running_loop()
        slots = self._async_slots.get(loop)
        if slots is None:
            with self._lock:
                slots = self._async_slots.setdefault(loop, asyncio.Semaphore(self.max_in_flight))
        return slots

    async def _take_slot(self, slots: asyncio.Semaphore, request: httpx.Request, at: float | None) -> None:
        """Queue for a slot (FIFO, each woken once) until the call's deadline, or without one the pool timeout;
        httpcore's own pool queue costs every waiter a pass at each release, which a crowd of a thousand tasks turns
        quadratic."""
        if not slots.locked():
            await slots.acquire()
            return
        own = request.extensions.get(OWN_TIMEOUT_EXTENSION, request.extensions.get("timeout")) or {}
        wait = own.get("pool") if at is None else max(at - time.monotonic(), 0.0)
        try:
            await asyncio.wait_for(slots.acquire(), wait)
        except TimeoutError:
            raise APITimeoutError(
                f"{request.method} {redact_url(request.url)} found every connection busy for {wait:.3g} s"
                " (more concurrent calls than the pool has connections)",
                request=request,
            ) from None

    def _check_body(self, request: httpx.Request, response: httpx.Response) -> None:
        content = response._content
        limit = self.limits.max_body_size
        if limit is not None and len(content) > limit:
            raise self._too_large(request, response)
        head = content[:1]
        if head in _WHITESPACE:
            head = content.lstrip()[:1]
        if head in _JSON_STARTS and json_depth_exceeds(content, self.limits.max_json_depth):
            raise MalformedResponseError(
                self._operation_name(request),
                [Violation("body", "", "max_json_depth", f"JSON nested deeper than {self.limits.max_json_depth}")],
                request=request,
                response=response,
            )

    def _too_large(self, request: httpx.Request, response: httpx.Response) -> ResponseTooLargeError:
        response.request = request
        limit = self.limits.max_body_size
        return ResponseTooLargeError(
            self._operation_name(request),
            [Violation("body", "", "max_body_size", f"the decoded body exceeds {limit} bytes")],
            request=request,
            response=response,
        )

    def _operation_name(self, request: httpx.Request) -> str:
        operation = self.operation_of(request)
        return operation.operation_id if operation is not None else f"{request.method} {request.url.path}"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._transport or self._sync_inner()
        budget = -1  # worked out at the first failure
        retry = 0
        delay: float | None
        charges = self._charges(request)
        at = self._begin(request)
        while True:
            if charges is not None:
                self.pacer.acquire(request, charges)  # type: ignore[union-attr]
            if at is not None:
                cap_timeout(request, at)
            started = time.perf_counter() if logger.isEnabledFor(logging.DEBUG) else None
            try:
                response = inner.handle_request(request)
                self._read(request, response, at)
            except httpx.DecodingError as exc:  # a body that is not what its Content-Encoding says
                raise _connection_error(request, exc) from exc
            except httpx.TransportError as exc:
                if started is not None:
                    log_attempt(request, type(exc).__name__, time.perf_counter() - started, retry + 1)
                budget = self.retry.budget(request) if budget < 0 else budget
                delay = self._retry_or_raise(request, exc, retry, budget)
            else:
                if started is not None:
                    log_attempt(request, response.status_code, time.perf_counter() - started, retry + 1)
                if response.status_code not in RETRY_STATUSES or not self._may_resend(request):
                    return response
                budget = self.retry.budget(request) if budget < 0 else budget
                response.extensions[ATTEMPTS_EXTENSION] = retry + 1
                delay = self._next_delay(request, retry, budget, response, f"HTTP {response.status_code}")
                if delay is None:
                    return response
                response.close()
            time.sleep(delay)
            retry += 1

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._async_inner()
        budget = -1
        retry = 0
        delay: float | None
        charges = self._charges(request)
        at = self._begin(request)
        while True:
            if charges is not None:
                await self.pacer.acquire_async(request, charges)  # type: ignore[union-attr]
            if at is not None:
                cap_timeout(request, at)
            started = time.perf_counter() if logger.isEnabledFor(logging.DEBUG) else None
            slots = self._slots()
            await self._take_slot(slots, request, at)
            try:
                response = await inner.handle_async_request(request)
                await self._aread(request, response, at)
            except httpx.DecodingError as exc:
                raise _connection_error(request, exc) from exc
            except httpx.TransportError as exc:
                if started is not None:
                    log_attempt(request, type(exc).__name__, time.perf_counter() - started, retry + 1)
                budget = self.retry.budget(request) if budget < 0 else budget
                delay = self._retry_or_raise(request, exc, retry, budget)
            else:
                if started is not None:
                    log_attempt(request, response.status_code, time.perf_counter() - started, retry + 1)
                if response.status_code not in RETRY_STATUSES or not self._may_resend(request):
                    return response
                budget = self.retry.budget(request) if budget < 0 else budget
                response.extensions[ATTEMPTS_EXTENSION] = retry + 1
                delay = self._next_delay(request, retry, budget, response, f"HTTP {response.status_code}")
                if delay is None:
                    return response
                await response.aclose()
            finally:
                slots.release()
            await asyncio.sleep(delay)
            retry += 1

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()

    async def aclose(self) -> None:
        if self._async_transport is not None:
            await self._async_transport.aclose()
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # pragma: no cover (aclose is always awaited in a loop)
            return
        with self._lock:
            inner = self._async_per_loop.pop(loop, None)
        if inner is not None:
            await inner.aclose()


# The first byte of a body worth a JSON depth check, and what may come before it.
_JSON_STARTS = (b"[", b"{")
_WHITESPACE = (b" ", b"\t", b"\r", b"\n")


def _same_origin(first: httpx.URL, url: httpx.URL) -> bool:
    return first.scheme == url.scheme and first.host == url.host and first.port == url.port


def _drop_credentials(request: httpx.Request) -> None:
    """Remove what any vendor's auth put on ``request``: credential headers and credential query parameters."""
    for name in CREDENTIAL_HEADERS:
        request.headers.pop(name, None)
    for name in [n for n in request.url.params if is_secret_name(n)]:
        request.url = request.url.copy_remove_param(name)


def _connection_error(request: httpx.Request, exc: httpx.RequestError) -> APIConnectionError:
    what = f"{request.method} {redact_url(request.url)}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{what} timed out ({type(exc).__name__})", request=request)
    return APIConnectionError(f"{what} failed: {type(exc).__name__}: {exc}", request=request)


class ValidatingTransport(DualTransport):
    """Wrap the real transports; raise :class:`RequestValidationError` for a request that breaks the spec.

    ``base_path`` is the part of the base URL that the spec's paths are relative to (``/ns-api/v2``). TLS settings
    belong to the wrapped transports: httpx ignores ``verify`` once a transport is given.

    Example::

        transport = ValidatingTransport(Spec.load("netsapiens"), base_path="/ns-api/v2")
        httpx.Client(transport=transport)
    """

    def __init__(
        self,
        spec: Spec,
        *,
        base_path: str = "",
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        verify_ssl: bool = True,
        error_of: Callable[[httpx.Response], Exception | None] | None = None,
        limits: ResponseLimits | None = None,
        deadline: float | None = None,
    ) -> None:
        super().__init__(
            transport,
            async_transport,
            retry=retry,
            spec=spec,
            base_path=base_path,
            verify_ssl=verify_ssl,
            limits=limits,
            deadline=deadline,
        )
        self.spec: Spec = spec
        self._reader = reader_for(spec)
        #: The vendor's error mapper (the auth's ``errors``): an answer it calls an error is the auth's to raise.
        self.error_of = error_of

    def check(self, request: httpx.Request) -> None:
        """Raise :class:`RequestValidationError` unless ``request`` conforms to an operation of the spec.

        A request that passed once is marked, so that the transport does not check it again when it is sent. A
        request built through the hooks names its operation and carries its JSON body as built, so
        neither the route nor the body is worked out again.
        """
        extensions = request.extensions
        if extensions.get(_CHECKED):
            return
        full_path, base_path = request.url.path, self.base_path
        path = (full_path[len(base_path) :] or "/") if full_path.startswith(base_path) else None  # as Spec.relative
        matched = None
        known = extensions.get(OPERATION_EXTENSION)
        operation = self.spec.by_id.get(known) if isinstance(known, str) else None
        if path is not None and operation is not None and operation.method == request.method:
            params = operation.match_path(path)
            matched = (operation, params) if params is not None else None
        if matched is None and path is not None:
            matched = self.spec.match(request.method, path)
        if matched is None:
            shown = path or request.url.path
            allowed = self.spec.allowed_methods(path) if path is not None else []
            rule = f"method not in {', '.join(allowed)}" if allowed else "no such path in the spec"
            violation = Violation("path", shown, "paths", f"{request.method} {shown}: {rule}")
            raise RequestValidationError(self.spec.name or "request", [violation], request=request)
        operation, path_params = matched
        violations = operation.check_request(
            path_params,
            request.url.params.multi_items() if operation.query_names else (),
            request.headers,
            request.content,
            json_body=extensions.get(JSON_EXTENSION, NO_BODY) if known == operation.operation_id else NO_BODY,
        )
        if violations:
            raise RequestValidationError(operation.operation_id, violations, request=request)
        extensions[_CHECKED] = True
        extensions[OPERATION_EXTENSION] = operation.operation_id

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # a streamed body (multipart) is checked too, whatever the auth read
        self.check(request)
        return self.check_response(request, super().handle_request(request))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self.check(request)
        return self.check_response(request, await super().handle_async_request(request))

    def check_response(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        """Raise :class:`~switchboard.ResponseValidationError` for a success response that the generated parser
        cannot read (a required property missing, a value of another type); see ``switchboard._responses``."""
        try:
            return self._reader.check(self.operation_of(request), request, response)
        except ResponseValidationError:
            # A failure envelope inside a 2xx (``status: false`` without the success's ``data``) breaks the success
            # schema; the vendor's own error says more than a response-validation error would.
            if self.error_of is not None:
                response.request = request  # httpx sets it only once the transport returns
                if self.error_of(response) is not None:
                    return response
            raise
