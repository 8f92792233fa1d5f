"""One account's token in a credential store, as :class:`~switchboard.RefreshingTokenAuth` shares it with a fleet.

The record holds what the vendor issued (access and refresh token) and when they stop working in wall-clock seconds,
since each process's auth clock (often ``time.monotonic``) means nothing to another process.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._errors import APITimeoutError
from ._store import DEFAULT_LEASE, CredentialStore, Lease, StoreError, clock_time, wall_time

if TYPE_CHECKING:
    import httpx

    from ._auth import Token

logger = logging.getLogger("switchboard")


class SharedToken:
    """Read, write and lease the token stored under ``key`` in ``store``; ``clock`` is the auth's clock."""

    def __init__(self, store: CredentialStore, key: str, clock: Callable[[], float]) -> None:
        self.store = store
        self.key = key
        self.clock = clock

    def __repr__(self) -> str:
        return f"SharedToken(store={self.store.name!r}, key={self.key!r})"

    def read(self) -> Token | None:
        """The fleet's token, on this auth's clock; None when there is none. A corrupt record raises StoreError."""
        from ._auth import Token

        record = self.store.read(self.key)
        if record is None:
            return None
        now = self.clock()
        try:
            access = record["access_token"]
            refresh = record.get("refresh_token")
            if not isinstance(access, str) or not (refresh is None or isinstance(refresh, str)):
                raise ValueError("not text")
            refresh_wall = record.get("refresh_expires_at")
            return Token(
                access_token=access,
                expires_at=clock_time(record.get("expires_at"), now),
                refresh_token=refresh,
                issued_at=None if record.get("issued_at") is None else clock_time(record["issued_at"], now),
                refresh_expires_at=None if refresh_wall is None else clock_time(refresh_wall, now),
            )
        except (KeyError, ValueError, TypeError, AttributeError):
            raise StoreError(
                f"credential store {self.store.name}: the token record under {self.key!r} is corrupt"
            ) from None

    def write(self, token: Token) -> None:
        """Share ``token``; a store that fails is logged, not raised: the token stays usable in this process."""
        now = self.clock()
        record: dict[str, Any] = {
            "access_token": token.access_token,
            "refresh_token": token.refresh_token,
            "expires_at": wall_time(token.expires_at, now),
            "issued_at": None if token.issued_at is None else wall_time(token.issued_at, now),
            "refresh_expires_at": None
            if token.refresh_expires_at is None
            else wall_time(token.refresh_expires_at, now),
        }
        try:
            self.store.write(self.key, record)
        except StoreError as exc:
            logger.warning("switchboard could not share a new token: %s; this process keeps using it", exc)

    def lease(self, request: httpx.Request, wait: float | None, hold: float | None = None) -> Lease:
        """The fleet's single-flight lease for this token (see :func:`fleet_lease`)."""
        return fleet_lease(self.store, self.key, request, wait, hold)


def fleet_lease(
    store: CredentialStore, key: str, request: httpx.Request, wait: float | None, hold: float | None = None
) -> Lease:
    """The fleet's lease on ``key``; :class:`APITimeoutError` after ``wait`` seconds.

    While this process lives, the lease is renewed (a third of the store's lease time apart) until released or
    ``hold`` seconds have passed (None: until released): a holder that is merely slow, its request queued behind a
    crowd on a loaded host, keeps its lease, and only a dead or stuck one loses it.
    """
    try:
        lease = store.lease(key, wait)
    except TimeoutError:
        raise APITimeoutError(
            f"waited {wait:g} s for another worker's token fetch (credential store {store.name})", request=request
        ) from None
    renew = getattr(lease, "renew", None)
    if not lease.held or not callable(renew):
        return lease
    every = float(getattr(store, "lease_seconds", DEFAULT_LEASE)) / 3
    return _KeptLease(lease, renew, every, None if hold is None else time.monotonic() + hold)


class _KeptLease:
    """A held lease that a daemon thread renews every ``every`` seconds until released or ``until`` (monotonic)."""

    def __init__(self, lease: Lease, renew: Callable[[], None], every: float, until: float | None) -> None:
        self._lease = lease
        self._released = threading.Event()
        self.held = True
        #: The daemon thread that renews the lease.
        self.keeper = threading.Thread(
            target=self._keep, args=(renew, every, until), name="switchboard-lease-renew", daemon=True
        )
        self.keeper.start()

    def _keep(self, renew: Callable[[], None], every: float, until: float | None) -> None:
        while not self._released.wait(every):
            if until is not None and time.monotonic() >= until:
                return  # held as long as the holder itself would wait: treat it as stuck, let the lease run out
            try:
                renew()
            except StoreError as exc:
                logger.warning("switchboard could not renew a token lease: %s", exc)
                return

    def release(self) -> None:
        self._released.set()
        self.held = False
        self._lease.release()
