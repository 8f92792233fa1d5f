"""Where a fleet keeps what its workers share: credentials (tokens, renewed keys) and leases on fetching them.

A store holds small JSON records under keys that name one vendor account (see :func:`account_key`), and hands out
**leases**: one holder per key at a time across every process using the store, so that one worker fetches a token
for all of them. A lease ends when its holder releases it, when the holder dies, or after the store's ``lease``
seconds, whichever comes first, so a holder killed mid-fetch blocks the others at most that long.

Three stores share the :class:`CredentialStore` interface: :class:`MemoryStore` (one process, the default),
:class:`~switchboard.SQLiteStore` (every process on one host) and :class:`~switchboard.RedisStore` (hosts).

The auths only touch a store when their cached credential is missing, expiring or refused: the hot path never does.
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
import time
from collections.abc import Mapping
from typing import Any, Protocol

from pyrate_limiter import AbstractBucket, InMemoryBucket, Rate

from ._errors import SwitchboardError

#: Default lease: longer than a token fetch with its retries takes, short enough to wait out a dead holder.
DEFAULT_LEASE = 30.0


class StoreError(SwitchboardError):
    """A credential store could not be used (unreachable, read-only, corrupt); the text names the store, never a
    credential."""


class Lease(Protocol):
    """The right to fetch one credential for the fleet; :meth:`release` ends it (idempotent)."""

    #: False when the previous holder neither finished nor released within the lease time: its lease was broken.
    held: bool

    def release(self) -> None: ...


class CredentialStore(Protocol):
    """A place every worker of a fleet reads and writes credentials, with single-flight leases."""

    #: What the store is, for error messages and logs (a path, a URL with its password masked).
    name: str

    def read(self, key: str) -> dict[str, Any] | None:
        """The record under ``key``, or None."""
        ...

    def write(self, key: str, record: Mapping[str, Any]) -> None:
        """Replace the record under ``key``."""
        ...

    def lease(self, key: str, wait: float | None) -> Lease:
        """Wait (without polling) until no one else holds ``key``'s lease, then hold it.

        Raises :class:`TimeoutError` when ``wait`` seconds pass first (None: wait as long as the lease lasts).
        """
        ...

    def rate_bucket(self, name: str, rates: list[Rate]) -> AbstractBucket:
        """The pyrate-limiter bucket ``name`` as every user of this store sees it (for rate budgets)."""
        ...


def account_key(vendor: str, base_url: str, *identity: object) -> str:
    """The store key of one account: the vendor, the server and who logs in (never a secret), hashed so that a
    store's keys name no user."""
    text = json.dumps([vendor, base_url.rstrip("/"), *(str(part) for part in identity)])
    return f"{vendor}:{hashlib.sha256(text.encode()).hexdigest()[:32]}"


def dumps(record: Mapping[str, Any]) -> str:
    return json.dumps(record, separators=(",", ":"), allow_nan=False)


def loads(store: CredentialStore, key: str, text: str | bytes) -> dict[str, Any]:
    """A stored record, or :class:`StoreError` naming the key (not the value) when it is not a JSON object."""
    try:
        record = json.loads(text)
    except (ValueError, RecursionError):
        record = None
    if not isinstance(record, dict):
        raise StoreError(f"credential store {store.name}: the record under {key!r} is corrupt (not a JSON object)")
    return record


def wall_time(expires_at: float, clock_now: float) -> float | None:
    """An expiry on an auth's clock as wall-clock (epoch) seconds, which every process reads alike."""
    if math.isinf(expires_at):
        return None
    return time.time() + (expires_at - clock_now)


def clock_time(wall: Any, clock_now: float) -> float:
    """A stored wall-clock expiry back on an auth's clock (inf for None: never expires)."""
    if wall is None:
        return math.inf
    if not isinstance(wall, int | float) or isinstance(wall, bool) or not math.isfinite(wall):
        raise ValueError("not a time")
    return clock_now + (float(wall) - time.time())


class _MemoryLease:
    def __init__(self, lock: threading.Lock) -> None:
        self._lock = lock
        self.held = True

    def release(self) -> None:
        if self.held:
            self.held = False
            self._lock.release()


class MemoryStore:
    """Records and leases in this process only: what every client has when no store is given. Share one instance
    between clients of the same account to share their tokens."""

    name = "memory"

    def __init__(self) -> None:
        self._records: dict[str, str] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._buckets: dict[str, AbstractBucket] = {}
        self._guard = threading.Lock()

    def __repr__(self) -> str:
        return "MemoryStore()"

    def read(self, key: str) -> dict[str, Any] | None:
        text = self._records.get(key)
        return None if text is None else loads(self, key, text)

    def write(self, key: str, record: Mapping[str, Any]) -> None:
        self._records[key] = dumps(record)

    def lease(self, key: str, wait: float | None) -> Lease:
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        if not lock.acquire(timeout=-1 if wait is None else max(wait, 0)):
            raise TimeoutError(f"the lease on {key!r} stayed taken for {wait:g} s")
        return _MemoryLease(lock)

    def rate_bucket(self, name: str, rates: list[Rate]) -> AbstractBucket:
        with self._guard:
            bucket = self._buckets.get(name)
            if bucket is None:
                bucket = self._buckets[name] = InMemoryBucket(rates)
            return bucket
