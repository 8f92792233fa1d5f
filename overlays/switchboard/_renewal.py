"""A secret that a call replaces (an API key renewed by the vendor): one renewal in flight for every caller, and the
fleet's current secret in a credential store with the lineage of the ones it replaced.

:class:`RenewingKeyAuth` is the auth (a vendor says where its key goes and how a renewal is asked and answered),
:class:`Renewal` the single flight (threads and event loops wait on it alike), :class:`JoinRenewalTransport` answers
a renewal that joined the one in flight with that one's response, :class:`SharedKey` keeps the fleet's key.
PassInfo's ``PassInfoKeyAuth`` is built on them.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import threading
from collections.abc import AsyncGenerator, Callable, Generator

import httpx

from ._errors import APIConnectionError
from ._fleet import fleet_lease
from ._secret import secret
from ._store import CredentialStore, Lease, StoreError
from ._transport import DualTransport

#: Marks a renewal request that joins the one already in flight (the transport answers it with that one's response).
JOIN = "switchboard.renewal.join"
#: Longest a call waits for a renewal in flight before giving up on it.
JOIN_TIMEOUT = 300.0
_HOP_HEADERS = {"content-encoding", "content-length", "transfer-encoding", "connection"}
logger = logging.getLogger("switchboard")


class Renewal:
    """One renewal in flight: whoever needs its outcome waits here (threads and event loops alike)."""

    def __init__(self) -> None:
        #: Renewals that joined this one instead of sending their own.
        self.joined = 0
        self.status_code = 0
        self.headers: list[tuple[str, str]] = []
        self.content = b""
        self.failure: str | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._loops: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []

    def finish(self, response: httpx.Response | None, failure: str | None = None) -> None:
        if response is not None:
            self.status_code, self.content = response.status_code, response.content
            self.headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _HOP_HEADERS]
        self.failure = failure if response is None else None
        with self._lock:
            self._done.set()
            waiting, self._loops = self._loops, []
        for loop, event in waiting:
            with contextlib.suppress(RuntimeError):  # that loop has closed: nobody waits there any more
                loop.call_soon_threadsafe(event.set)

    def wait(self, timeout: float = JOIN_TIMEOUT) -> bool:
        return self._done.wait(timeout)

    async def wait_async(self) -> bool:
        with self._lock:
            if self._done.is_set():
                return True
            event = asyncio.Event()
            self._loops.append((asyncio.get_running_loop(), event))
        try:
            async with asyncio.timeout(JOIN_TIMEOUT):
                await event.wait()
        except TimeoutError:
            return False
        return True

    def replay(self, request: httpx.Request) -> httpx.Response:
        """The renewal's response again, for a request that joined it; its failure if it had no response."""
        if self.failure is not None or not self._done.is_set():
            raise APIConnectionError(
                f"the key renewal this call joined got no response ({self.failure or 'timed out'})", request=request
            )
        return httpx.Response(self.status_code, headers=self.headers, content=self.content, request=request)


class JoinRenewalTransport(DualTransport):
    """Answers a renewal that joined the one in flight with that one's response; hands everything else to the
    transport of ``httpx_args`` (validation, retries, logging), untouched."""

    def __init__(self, wrapped: DualTransport) -> None:
        super().__init__()
        self.wrapped = wrapped

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        renewal = request.extensions.get(JOIN)
        if renewal is None:
            return self.wrapped.handle_request(request)
        renewal.wait()
        return renewal.replay(request)  # type: ignore[no-any-return]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        renewal = request.extensions.get(JOIN)
        if renewal is None:
            return await self.wrapped.handle_async_request(request)
        await renewal.wait_async()
        return renewal.replay(request)  # type: ignore[no-any-return]

    def close(self) -> None:
        self.wrapped.close()

    async def aclose(self) -> None:
        await self.wrapped.aclose()


class RenewingKeyAuth(httpx.Auth):
    """A key on every request that one call renews for every caller: the renewal's answer brings the new key, which
    replaces the old one at once (no request is built with the old key after that), ``on_key_renewed(new_key)`` is
    called once, and a renewal asked while another is in flight joins it (one request; needs
    :class:`JoinRenewalTransport`). A call sent with the old key that meets a 401 because of the renewal is resent
    once with the new key. With a ``store``, the key is the fleet's (:class:`SharedKey`): renewals never overlap
    across it, and a worker takes its key's successor at its first call and after a 401.

    A vendor says where the key goes (:meth:`apply`), which request renews it (:meth:`renews`) and where the new key
    is in the renewal's answer (:meth:`new_key`).
    """

    requires_request_body = True

    def __init__(
        self,
        key: str,
        *,
        on_key_renewed: Callable[[str], object] | None = None,
        store: CredentialStore | None = None,
        store_key: str,
    ) -> None:
        self._key: str = secret(key)
        self._old_keys: list[str] = []
        self.on_key_renewed = on_key_renewed
        #: Renewals this auth sent (joined ones not counted).
        self.renewals = 0
        self._lock = threading.Lock()  # guards _key and _renewal; never held across I/O
        self._renewal: Renewal | None = None
        #: The fleet's key, when a store was given; read at the first request, after a 401 and around a renewal.
        self.shared = None if store is None else SharedKey(store, store_key)
        self._joined_fleet = store is None

    @property
    def api_key(self) -> str:
        """The key in use now."""
        return self._key

    def secrets(self) -> list[str]:
        """Every key this auth held: the current one and those renewed away."""
        return [self._key, *self._old_keys]

    def apply(self, request: httpx.Request, key: str) -> None:
        """Put ``key`` (and whatever else identifies the account) on ``request``."""
        raise NotImplementedError

    def renews(self, request: httpx.Request) -> bool:
        """Whether ``request`` renews the key (raise for a form of it that must not be sent)."""
        raise NotImplementedError

    def new_key(self, response: httpx.Response) -> str:
        """The new key in the successful renewal's ``response`` (raise when there is none)."""
        raise NotImplementedError

    def _lead_or_join(self, request: httpx.Request) -> tuple[Renewal, bool]:
        with self._lock:
            renewal = self._renewal
            leading = renewal is None
            if renewal is None:
                renewal = self._renewal = Renewal()
                self.renewals += 1
            else:
                renewal.joined += 1
            self.apply(request, self._key)
        if not leading:
            request.extensions[JOIN] = renewal
        return renewal, leading

    def _swap(self, renewal: Renewal, response: httpx.Response | None, failure: str | None) -> str | None:
        """End ``renewal``: take the new key from ``response`` if it has one; the new key, if it changed."""
        new_key: str | None = None
        try:
            if response is not None and response.is_success:
                new_key = self.new_key(response)
        finally:
            with self._lock:
                if new_key is not None and new_key != self._key:
                    self._old_keys.append(self._key)
                    self._key = secret(new_key)
                else:
                    new_key = None
                self._renewal = None
            renewal.finish(response, failure)
        return new_key

    def _adopt(self, key: str | None, replacing: str) -> None:
        """Use the fleet's ``key`` from now on, if ``replacing`` is still the key in use."""
        if key is None:
            return
        with self._lock:
            if self._key == replacing and key != replacing:
                self._old_keys.append(self._key)
                self._key = secret(key)

    def _join_fleet(self) -> None:
        """At the first request: a worker started with a key the fleet has renewed since takes the new one."""
        if self._joined_fleet or self.shared is None:
            return
        used = self._key
        try:
            self._adopt(self.shared.successor_of(used), used)
        except StoreError as exc:
            logger.warning("switchboard could not read the fleet's key: %s; using the key given", exc)
        self._joined_fleet = True

    def _fleet_key_after_401(self, used: str, request: httpx.Request) -> str | None:
        """After a 401 with ``used``: the key another worker renewed to, waiting out a renewal in flight."""
        if self.shared is None:
            return None
        newer = self.shared.successor_of(used)
        if newer is None:
            # A renewal elsewhere may be on its way: its holder writes the new key before it lets go of the lease.
            fleet_lease(self.shared.store, self.shared.key, request, JOIN_TIMEOUT).release()
            newer = self.shared.successor_of(used)
        self._adopt(newer, used)
        return self._key_after(used)

    def _fleet_lease(self, request: httpx.Request) -> Lease | None:
        """For a renewal: the fleet's lease, so that no other worker renews at the same time; the key on the renewal
        request is the fleet's newest one (another worker may have renewed while this one waited)."""
        if self.shared is None:
            return None
        lease = fleet_lease(self.shared.store, self.shared.key, request, JOIN_TIMEOUT, JOIN_TIMEOUT)
        try:
            used = self._key
            self._adopt(self.shared.successor_of(used), used)
            with self._lock:
                self.apply(request, self._key)
        except BaseException:
            lease.release()
            raise
        return lease

    def _share(self, new_key: str | None, lease: Lease | None) -> None:
        """After a renewal: the new key to the fleet (before the lease ends), and the lease ended."""
        try:
            if new_key is not None and self.shared is not None:
                with self._lock:
                    old = self._old_keys[-1] if self._old_keys else new_key
                try:
                    self.shared.write(new_key, old)
                except StoreError as exc:
                    # The key is in use here and handed to on_key_renewed; the other workers meet a 401 until the
                    # store works again.
                    logger.warning("switchboard could not share the renewed key: %s", exc)
        finally:
            if lease is not None:
                lease.release()

    def _key_for_resend(self, used: str) -> tuple[str | None, Renewal | None]:
        """After a 401 with ``used``: the key to resend with, or the renewal in flight to wait for."""
        with self._lock:
            if self._key != used:
                return self._key, None
            return None, self._renewal

    def _key_after(self, used: str) -> str | None:
        with self._lock:
            return self._key if self._key != used else None

    def _renewed(self, new_key: str | None) -> None:
        if new_key is not None and self.on_key_renewed is not None:
            self.on_key_renewed(new_key)  # its exception reaches the caller: a new key that was not saved matters

    # sync

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        if self.renews(request):
            renewal, leading = self._lead_or_join(request)
            if not leading:
                response = yield request
                response.read()
            else:
                answer: httpx.Response | None = None
                lease: Lease | None = None
                new_key: str | None = None
                try:
                    try:
                        lease = self._fleet_lease(request)
                        response = answer = yield request
                        response.read()
                    finally:
                        new_key = self._swap(renewal, answer, "the connection failed")
                finally:
                    self._share(new_key, lease)
                self._renewed(new_key)
            return
        if not self._joined_fleet:
            self._join_fleet()
        with self._lock:
            used = self._key
            self.apply(request, used)
        response = yield request
        if response.status_code == 401:
            resend_with, pending = self._key_for_resend(used)
            if pending is not None and pending.wait():
                resend_with = self._key_after(used)
            if resend_with is None and self.shared is not None:
                resend_with = self._fleet_key_after_401(used, request)
            if resend_with is not None:
                response.read()
                self.apply(request, resend_with)
                response = yield request

    # async: the same steps, waiting without blocking the loop

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        if self.renews(request):
            renewal, leading = self._lead_or_join(request)
            if not leading:
                response = yield request
                await response.aread()
            else:
                answer: httpx.Response | None = None
                lease: Lease | None = None
                new_key: str | None = None
                try:
                    try:
                        if self.shared is not None:
                            lease = await asyncio.to_thread(self._fleet_lease, request)
                        response = answer = yield request
                        await response.aread()
                    finally:
                        new_key = self._swap(renewal, answer, "the connection failed")
                finally:
                    if lease is not None or new_key is not None:
                        await asyncio.to_thread(self._share, new_key, lease)
                self._renewed(new_key)
            return
        if not self._joined_fleet:
            await asyncio.to_thread(self._join_fleet)
        with self._lock:
            used = self._key
            self.apply(request, used)
        response = yield request
        if response.status_code == 401:
            resend_with, pending = self._key_for_resend(used)
            if pending is not None and await pending.wait_async():
                resend_with = self._key_after(used)
            if resend_with is None and self.shared is not None:
                resend_with = await asyncio.to_thread(self._fleet_key_after_401, used, request)
            if resend_with is not None:
                await response.aread()
                self.apply(request, resend_with)
                response = yield request


def fingerprint(key: str) -> str:
    """What the store keeps of a key renewed away: enough to recognise it, nothing to use."""
    return hashlib.sha256(key.encode()).hexdigest()[:32]


class SharedKey:
    """The fleet's current key in a credential store, with the fingerprints of the keys it replaced (its lineage),
    so that a worker started with an old key recognises its successor and one started with an unrelated key does
    not take it."""

    _LINEAGE = 32

    def __init__(self, store: CredentialStore, key: str) -> None:
        self.store, self.key = store, key

    def read(self) -> tuple[str, list[str]] | None:
        record = self.store.read(self.key)
        if record is None:
            return None
        api_key, lineage = record.get("api_key"), record.get("lineage")
        if not isinstance(api_key, str) or not sendable(api_key) or not isinstance(lineage, list):
            raise StoreError(f"credential store {self.store.name}: the key record under {self.key!r} is corrupt")
        return api_key, [str(f) for f in lineage]

    def successor_of(self, key: str) -> str | None:
        """The fleet's key if it descends from ``key`` (a later renewal of it); None otherwise."""
        stored = self.read()
        if stored is None or stored[0] == key or fingerprint(key) not in stored[1]:
            return None
        return stored[0]

    def write(self, new_key: str, old_key: str) -> None:
        stored = self.read_quietly()
        lineage = stored[1] if stored is not None and stored[0] == old_key else []
        lineage = [*lineage, fingerprint(old_key)][-self._LINEAGE :]
        self.store.write(self.key, {"api_key": new_key, "lineage": lineage})

    def read_quietly(self) -> tuple[str, list[str]] | None:
        try:
            return self.read()
        except StoreError:
            return None  # overwritten by the write that follows


def sendable(text: str) -> bool:
    """Whether ``text`` can be sent as a header value as it is: printable ASCII (httpx refuses anything else)."""
    return text.isascii() and text.isprintable()
