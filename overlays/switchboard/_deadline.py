"""A deadline for a whole call: every attempt, every backoff, every wait for a token and every byte of the answer.

httpx's ``timeout`` bounds each operation (connect, each read, each write, the wait for a pooled connection): a
server that sends one byte every second never trips a 5 s read timeout, and retries multiply whatever a call takes.
A deadline bounds the call itself. It comes from ``make_client(..., deadline=seconds)`` (every call of that client)
and from :func:`deadline` blocks (the calls inside, sync or async); the earliest one applies.

Inside a call the deadline is an absolute time on ``time.monotonic()``, kept in the request extension
:data:`DEADLINE_EXTENSION`; token requests inherit it from the request that needed the token.
"""

from __future__ import annotations

import contextlib
import contextvars
import math
import time
from collections.abc import Iterator
from typing import Any

import httpx

from ._errors import APITimeoutError
from ._redact import redact_url

__all__ = ["DEADLINE_EXTENSION", "deadline"]

#: Request extension: when the call must end, on ``time.monotonic()``.
DEADLINE_EXTENSION = "switchboard.deadline"
# Request extension: the request's own timeout before the transport capped it to the time left.
OWN_TIMEOUT_EXTENSION = "switchboard.timeout"

_current: contextvars.ContextVar[float | None] = contextvars.ContextVar("switchboard_deadline", default=None)


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """End every call made inside the block within ``seconds`` (from entering it), retries and waits included.

    A call that runs out of time raises :class:`~switchboard.APITimeoutError`. Works for sync and async calls (a
    context variable), for the current thread or task and the tasks it starts; an outer block's earlier deadline
    still applies::

        with switchboard.deadline(5):
            send_message.sync(client=client, ...)
    """
    if not isinstance(seconds, int | float) or isinstance(seconds, bool) or math.isnan(seconds) or seconds < 0:
        raise ValueError("a deadline is a number of seconds, 0 or more")
    at = time.monotonic() + seconds
    outer = _current.get()
    token = _current.set(at if outer is None else min(outer, at))
    try:
        yield
    finally:
        _current.reset(token)


def check_seconds(seconds: float | None) -> float | None:
    """``seconds`` as a ``make_client`` deadline, or ValueError."""
    if seconds is None:
        return None
    if not isinstance(seconds, int | float) or isinstance(seconds, bool) or math.isnan(seconds) or seconds <= 0:
        raise ValueError("deadline must be a positive number of seconds or None")
    return float(seconds)


def call_deadline(request: httpx.Request, default: float | None = None) -> float | None:
    """When the call of ``request`` must end: its extension, else the current block and ``default`` seconds from now
    (the earlier), which is then stored on the request. None: no deadline."""
    extensions = request.extensions
    at = extensions.get(DEADLINE_EXTENSION)
    if at is not None:
        return float(at)
    at = _current.get()
    if default is not None:
        mine = time.monotonic() + default
        at = mine if at is None else min(at, mine)
    if at is not None:
        extensions[DEADLINE_EXTENSION] = at
    return at


def time_left(at: float | None) -> float | None:
    """Seconds until ``at`` (never below 0), or None without a deadline."""
    return None if at is None else max(at - time.monotonic(), 0.0)


def deadline_passed(request: httpx.Request) -> APITimeoutError:
    """The error of a call that ran out of time."""
    return APITimeoutError(
        f"{request.method} {redact_url(request.url)} did not complete within its deadline", request=request
    )


def cap_timeout(request: httpx.Request, at: float) -> None:
    """Bound every httpx timeout of ``request`` by the time left until ``at``; raise when there is none left."""
    left = at - time.monotonic()
    if left <= 0:
        raise deadline_passed(request)
    extensions = request.extensions
    if OWN_TIMEOUT_EXTENSION not in extensions:
        extensions[OWN_TIMEOUT_EXTENSION] = extensions.get("timeout")
    own: dict[str, Any] = extensions[OWN_TIMEOUT_EXTENSION] or {}
    capped = {name: left if value is None else min(value, left) for name, value in own.items()}
    for name in ("connect", "read", "write", "pool"):
        capped.setdefault(name, left)
    extensions["timeout"] = capped  # a new dict: the one httpx built may be shared
