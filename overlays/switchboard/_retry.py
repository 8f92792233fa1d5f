"""When and how long to wait before sending a request again: one policy for every vendor, sync and async.

Retried: connection failures and the statuses 408, 429, 500, 502, 503, 504, up to ``max_retries`` times (default 2),
with exponential backoff and full jitter, or after the server's ``Retry-After`` (seconds or an HTTP date) when it is
no longer than ``max_retry_after``. Only when a second send is safe: an idempotent method (GET, HEAD, OPTIONS, PUT,
DELETE), an operation its spec marks ``x-idempotent: true``, a token request, or any request whose connection failed
before a byte of it was sent (connect errors and connect/pool timeouts).
"""

from __future__ import annotations

import contextlib
import contextvars
import email.utils
import math
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx

__all__ = ["DEFAULT_MAX_RETRIES", "RETRY_STATUSES", "RetryPolicy", "max_retries", "parse_retry_after"]

DEFAULT_MAX_RETRIES = 2
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
#: Request extensions read by the transport.
MAX_RETRIES_EXTENSION = "switchboard.max_retries"
IDEMPOTENT_EXTENSION = "switchboard.idempotent"
#: Response extension set by the transport: how many attempts the response took.
ATTEMPTS_EXTENSION = "switchboard.attempts"
#: Failures that happen before any byte of the request left: always safe to try again.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

_call_max_retries: contextvars.ContextVar[int | None] = contextvars.ContextVar("switchboard_max_retries", default=None)


@contextlib.contextmanager
def max_retries(count: int) -> Iterator[None]:
    """Allow ``count`` retries (0: none) for the requests made inside the block, whatever the client's setting.

    Works for sync and async calls (a context variable), and only for the current thread or task::

        with switchboard.max_retries(5):
            list_subscriptions.sync(client=client)
    """
    if count < 0:
        raise ValueError("max_retries must be 0 or more")
    token = _call_max_retries.set(count)
    try:
        yield
    finally:
        _call_max_retries.reset(token)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value: delta-seconds or an HTTP date; None when absent or unusable."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(seconds, 0.0)


@dataclass(frozen=True)
class RetryPolicy:
    """How many times and how long to wait; ``RetryPolicy(initial_delay=0.01)`` makes tests fast.

    ``delay`` is ``uniform(0, min(max_delay, initial_delay * 2**retry))`` (full jitter), or the server's
    ``Retry-After``. A ``Retry-After`` above ``max_retry_after`` is not waited for: the error is raised at once.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def budget(self, request: httpx.Request) -> int:
        """Retries allowed for ``request``: its extension, else the current ``max_retries`` block, else the policy."""
        explicit = request.extensions.get(MAX_RETRIES_EXTENSION)
        if isinstance(explicit, int):
            return explicit
        per_call = _call_max_retries.get()
        return self.max_retries if per_call is None else per_call

    def delay(self, retry: int, response: httpx.Response | None = None) -> float | None:
        """Seconds to wait before retry number ``retry`` (0-based); None when the server asks for too long."""
        if response is not None:
            hint = parse_retry_after(response.headers.get("retry-after"))
            if hint is not None:
                return hint if hint <= self.max_retry_after else None
        return random.uniform(0, min(self.max_delay, self.initial_delay * 2**retry))  # noqa: S311 (jitter, not crypto)


def safe_to_resend(request: httpx.Request) -> bool:
    """Whether sending ``request`` twice is harmless by its method or by what the caller marked on it."""
    return request.method in IDEMPOTENT_METHODS or bool(request.extensions.get(IDEMPOTENT_EXTENSION))
