"""A credential store on Redis or Valkey: shared by every process on every host that reaches the server."""

from __future__ import annotations

import secrets
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import redis
from pyrate_limiter import AbstractBucket, Rate, RedisBucket

from ._store import DEFAULT_LEASE, Lease, StoreError, dumps, loads

#: What redis-py raises when a server cannot be used (OSError: a socket failed below it).
_FAILURES = (redis.RedisError, OSError)

# Ends a lease only for its holder, and wakes the waiters.
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    redis.call('DEL', KEYS[1])
    redis.call('PUBLISH', KEYS[2], '1')
    return 1
end
return 0
"""
# Extends a lease only for its holder.
_RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
"""


def masked_url(url: str) -> str:
    """``url`` with its password (and user) replaced by ``***``."""
    parts = urlsplit(url)
    if parts.password is None and parts.username is None:
        return url
    host = parts.hostname or ""
    netloc = f"***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


class _RedisLease:
    def __init__(self, store: RedisStore, key: str, token: str | None) -> None:
        self._store, self._key, self._token = store, key, token
        self.held = token is not None

    def renew(self) -> None:
        """Give the lease its full time again from now, if it is still this holder's."""
        token = self._token
        if token is not None:
            store = self._store
            ttl = max(int(store.lease_seconds * 1000), 1)
            try:
                store._renew(keys=[store._lease_key(self._key)], args=[token, ttl])
            except _FAILURES as exc:
                raise store._error("could not renew a lease", exc) from None

    def release(self) -> None:
        token, self._token = self._token, None
        self.held = False
        if token is not None:
            store = self._store
            try:
                store._release(keys=[store._lease_key(self._key), store._channel(self._key)], args=[token])
            except _FAILURES as exc:
                raise store._error("could not release a lease", exc) from None


class RedisStore:
    """Credentials as Redis/Valkey strings, leases as ``SET NX PX`` keys whose release is published to the waiters.

    ``url`` is a ``redis://`` / ``rediss://`` / ``unix://`` URL, or pass ``client`` (a ``redis.Redis``). Keys start
    with ``prefix``. A holder that dies mid-fetch keeps the others waiting at most ``lease`` seconds: its key
    expires. Waiters sleep on a pub/sub message or the key's expiry, never polling.

    Example::

        store = RedisStore("redis://cache.internal:6379/0")
        client = make_client(..., store=store)
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        client: redis.Redis | None = None,
        prefix: str = "switchboard",
        lease: float = DEFAULT_LEASE,
    ) -> None:
        if (url is None) == (client is None):
            raise ValueError("give RedisStore either url or client")
        self.name = masked_url(url) if url is not None else repr(client)
        self.prefix = prefix
        self.lease_seconds = lease
        if client is None:
            assert url is not None
            try:
                client = redis.Redis.from_url(url, socket_timeout=10.0, socket_connect_timeout=5.0)
            except ValueError as exc:
                raise StoreError(f"credential store {self.name} is not a usable Redis URL: {exc}") from None
        self.client = client
        self._release = client.register_script(_RELEASE)
        self._renew = client.register_script(_RENEW)

    def __repr__(self) -> str:
        return f"RedisStore({self.name!r})"

    def _error(self, what: str, exc: BaseException) -> StoreError:
        # redis-py's messages name host and port, never the password; the URL is masked above.
        return StoreError(f"credential store {self.name} {what}: {type(exc).__name__}: {exc}")

    def _record_key(self, key: str) -> str:
        return f"{self.prefix}:credential:{key}"

    def _lease_key(self, key: str) -> str:
        return f"{self.prefix}:lease:{key}"

    def _channel(self, key: str) -> str:
        return f"{self.prefix}:released:{key}"

    def read(self, key: str) -> dict[str, Any] | None:
        try:
            text = self.client.get(self._record_key(key))
        except _FAILURES as exc:
            raise self._error("cannot be read", exc) from None
        return None if text is None else loads(self, key, text)

    def write(self, key: str, record: Mapping[str, Any]) -> None:
        try:
            self.client.set(self._record_key(key), dumps(record))
        except _FAILURES as exc:
            raise self._error("cannot be written", exc) from None

    def rate_bucket(self, name: str, rates: list[Rate]) -> AbstractBucket:
        """A sorted-set bucket under ``<prefix>:budget:<name>``, checked and filled by one Lua script."""
        try:
            bucket = RedisBucket.init(rates, self.client, f"{self.prefix}:budget:{name}")
        except _FAILURES as exc:
            raise self._error("cannot hold a rate budget", exc) from None
        assert isinstance(bucket, RedisBucket)
        return bucket

    def _try_take(self, key: str, token: str) -> bool:
        return bool(self.client.set(self._lease_key(key), token, nx=True, px=max(int(self.lease_seconds * 1000), 1)))

    def lease(self, key: str, wait: float | None) -> Lease:
        token = secrets.token_hex(16)
        deadline = None if wait is None else time.monotonic() + wait
        try:
            if self._try_take(key, token):
                return _RedisLease(self, key, token)
            pubsub = self.client.pubsub(ignore_subscribe_messages=True)  # type: ignore[no-untyped-call]
            try:
                pubsub.subscribe(self._channel(key))
                while not self._try_take(key, token):
                    # Until a release is published or the holder's key expires, whichever comes first.
                    expires_in = self.client.pttl(self._lease_key(key))
                    if not isinstance(expires_in, int) or expires_in == -1:  # no expiry: someone set it by hand
                        pause = self.lease_seconds
                    else:
                        pause = max(expires_in, 0) / 1000  # -2: released since, take it now
                    if deadline is not None:
                        left = deadline - time.monotonic()
                        if left <= 0:
                            raise TimeoutError(f"the lease on {key!r} stayed taken for {wait:g} s")
                        pause = min(pause, left)
                    if pause > 0:
                        pubsub.get_message(timeout=pause)
            finally:
                pubsub.close()
        except TimeoutError:
            raise
        except _FAILURES as exc:
            raise self._error("cannot be reached for a lease", exc) from None
        return _RedisLease(self, key, token)
