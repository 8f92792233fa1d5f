"""A rate budget shared by every client of one account, in one process or across a fleet.

What a request costs comes from its spec: an operation that sends messages declares ``x-switchboard-cost`` (where
the text, the recipients and the sender are in its JSON body), and costs the SMS segments of its text times its
recipients; every other request costs 1. Every attempt is charged (retries and token requests too), since each
reaches the vendor.

The counting is pyrate-limiter's sliding-window log, in the bucket the client's store gives: in memory, in a SQLite
file (every process of a host) or in Redis (every host).
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx
from pyrate_limiter import AbstractBucket, Rate, RateItem

from ._errors import RateLimitError, SwitchboardError
from ._sms import sms_segments

if TYPE_CHECKING:
    from .spec import Operation

#: The spec extension that says what a send costs.
COST_EXTENSION = "x-switchboard-cost"


@dataclass(frozen=True)
class RateBudget:
    """At most ``rate`` units per ``per`` seconds for an account (``make_client(..., budget=RateBudget(30))``).

    A unit is a request, or for a send an SMS segment per recipient. ``per_sender`` adds a budget per sender (a
    long code, a sender id) in the same units over the same window. A call waits for room at most ``max_wait``
    seconds (the event loop keeps running), then raises :class:`RateBudgetError` with the wait it would have needed.

    Clients that share a store share the budget of their account: every process on a host with a
    :class:`~switchboard.SQLiteStore`, every host with a :class:`~switchboard.RedisStore`.
    """

    rate: int
    per: float = 1.0
    per_sender: int | None = None
    max_wait: float = 30.0

    def __post_init__(self) -> None:
        if not isinstance(self.rate, int) or self.rate < 1:
            raise ValueError("RateBudget.rate must be a whole number of 1 or more")
        if self.per_sender is not None and (not isinstance(self.per_sender, int) or self.per_sender < 1):
            raise ValueError("RateBudget.per_sender must be a whole number of 1 or more")
        if not self.per > 0.001:
            raise ValueError("RateBudget.per must be more than a millisecond")
        if not self.max_wait >= 0:
            raise ValueError("RateBudget.max_wait must be 0 or more")


class RateBudgetError(RateLimitError):
    """The call would have had to wait longer than the budget's ``max_wait`` (or it costs more than the budget holds
    at all); nothing was sent. ``retry_after`` is the wait that would have been needed (None: never)."""

    def __init__(self, message: str, *, request: httpx.Request, wait: float | None) -> None:
        SwitchboardError.__init__(self, message, request=request)  # no response: nothing was sent
        self.status_code = 429
        self.code = None
        self.vendor_message = None
        self._wait = wait

    @property
    def retry_after(self) -> float | None:
        return self._wait


def _pointer(document: Any, pointer: str) -> Any:
    """The value at JSON pointer ``pointer`` (RFC 6901), or None when there is none."""
    if pointer == "":
        return document
    for token in pointer.lstrip("/").split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(document, dict):
            document = document.get(token)
        elif isinstance(document, list) and token.isdigit() and int(token) < len(document):
            document = document[int(token)]
        else:
            return None
    return document


def send_cost(declaration: dict[str, Any], body: Any) -> tuple[int, dict[str, int]]:
    """What a send costs by ``declaration`` (its ``x-switchboard-cost``): in all, and per sender.

    Each job (the body, or each element of the array at ``jobs``) costs the segments of the text at ``text`` times
    the recipients at ``recipients`` (an array: its length; anything else: one).
    """
    jobs = _pointer(body, declaration["jobs"]) if "jobs" in declaration else [body]
    if not isinstance(jobs, list):
        jobs = [jobs]
    total = 0
    by_sender: dict[str, int] = {}
    for job in jobs:
        text = _pointer(job, declaration.get("text", "/text"))
        recipients = _pointer(job, declaration["recipients"]) if "recipients" in declaration else None
        count = len(recipients) if isinstance(recipients, list) else 1
        cost = sms_segments(text if isinstance(text, str) else "") * max(count, 1)
        total += cost
        sender = _pointer(job, declaration["sender"]) if "sender" in declaration else None
        if isinstance(sender, str | int) and not isinstance(sender, bool):
            by_sender[str(sender)] = by_sender.get(str(sender), 0) + cost
    return max(total, 1), by_sender


class _Bucket:
    """A pyrate-limiter bucket behind a lock: its put leaves state that the next wait reads."""

    def __init__(self, bucket: AbstractBucket, name: str, capacity: int) -> None:
        self.bucket, self.name, self.capacity = bucket, name, capacity
        self.lock = threading.Lock()
        self._leaked = 0.0

    def try_take(self, weight: int) -> float | None:
        """Take ``weight`` now: 0.0 when taken, else the seconds until it may fit (None: it never will)."""
        if weight > self.capacity:
            return None
        with self.lock:
            bucket = self.bucket
            item = RateItem(self.name, bucket.now(), weight)  # type: ignore[no-untyped-call]
            decision = bucket.put_decision(item)
            if decision.allowed:  # type: ignore[union-attr]
                self._leak(item.timestamp)
                return 0.0
            wait_ms = decision.retry_after_ms  # type: ignore[union-attr]
            if wait_ms is None:
                waiting = bucket.waiting(item)  # sync buckets only: the stores make no async ones
                assert isinstance(waiting, int)
                wait_ms = waiting
            return None if wait_ms < 0 else max(wait_ms, 1) / 1000

    def _leak(self, now_ms: int) -> None:
        # The log keeps every unit; drop the ones out of the window now and then, not on every call.
        if now_ms - self._leaked > 1000:
            self._leaked = now_ms
            self.bucket.leak(now_ms)


class Pacer:
    """A :class:`RateBudget` bound to one account in one store: the transport asks it before every attempt."""

    def __init__(self, budget: RateBudget, buckets: Any, key: str) -> None:
        self.budget = budget
        self._buckets = buckets  # a callable (name, rate) -> AbstractBucket: the store's kind of bucket
        self._key = key
        self._account = self._bucket(f"{key}:account", budget.rate)
        self._senders: dict[str, _Bucket] = {}
        self._lock = threading.Lock()
        #: Seconds spent waiting for the budget, in all.
        self.waited = 0.0

    def _bucket(self, name: str, limit: int) -> _Bucket:
        rate = Rate(limit, max(int(self.budget.per * 1000), 1))
        return _Bucket(self._buckets(name, [rate]), name, limit)

    def _sender(self, sender: str) -> _Bucket:
        with self._lock:
            bucket = self._senders.get(sender)
            if bucket is None:
                assert self.budget.per_sender is not None
                bucket = self._senders[sender] = self._bucket(f"{self._key}:sender:{sender}", self.budget.per_sender)
            return bucket

    def charges(self, request: httpx.Request, operation: Operation | None, body: Any) -> list[tuple[_Bucket, int]]:
        """Which buckets ``request`` draws on, and how much."""
        declaration = operation.definition.get(COST_EXTENSION) if operation is not None else None
        if not isinstance(declaration, dict) or body is None:
            return [(self._account, 1)]
        total, by_sender = send_cost(declaration, body)
        charges = []
        if self.budget.per_sender is not None:
            charges = [(self._sender(sender), cost) for sender, cost in sorted(by_sender.items())]
        return [*charges, (self._account, total)]

    def _refused(self, request: httpx.Request, bucket: _Bucket, weight: int, wait: float | None) -> RateBudgetError:
        what = "the sender's budget" if bucket is not self._account else "the account's budget"
        per = f"{bucket.capacity} per {self.budget.per:g} s"
        if wait is None:
            message = f"{request.method} {request.url.path} costs {weight}, more than {what} ({per}) ever holds"
        else:
            message = (
                f"{request.method} {request.url.path} would wait {wait:.3g} s for {what} ({per}), longer than"
                f" max_wait={self.budget.max_wait:g} s; nothing was sent"
            )
        return RateBudgetError(message, request=request, wait=wait)

    def acquire(self, request: httpx.Request, charges: list[tuple[_Bucket, int]]) -> None:
        """Wait (blocking this thread) until every charge fits, or raise :class:`RateBudgetError`."""
        deadline = time.monotonic() + self.budget.max_wait
        for bucket, weight in charges:
            while (wait := bucket.try_take(weight)) != 0.0:
                if wait is None or time.monotonic() + wait > deadline:
                    raise self._refused(request, bucket, weight, wait)
                time.sleep(wait)
                self.waited += wait

    async def acquire_async(self, request: httpx.Request, charges: list[tuple[_Bucket, int]]) -> None:
        """:meth:`acquire` for a task: the bucket is asked from a worker thread (it may do I/O), the wait is
        ``asyncio.sleep``."""
        deadline = time.monotonic() + self.budget.max_wait
        for bucket, weight in charges:
            while (wait := await asyncio.to_thread(bucket.try_take, weight)) != 0.0:
                if wait is None or time.monotonic() + wait > deadline:
                    raise self._refused(request, bucket, weight, wait)
                await asyncio.sleep(wait)
                self.waited += wait
