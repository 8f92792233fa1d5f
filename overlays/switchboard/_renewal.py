"""A secret that a call replaces (an API key renewed by the vendor): one renewal in flight for every caller, and the
fleet's current secret in a credential store with the lineage of the ones it replaced.

:class:`Renewal` is the single flight (threads and event loops wait on it alike), :class:`JoinRenewalTransport`
answers a renewal that joined the one in flight with that one's response, :class:`SharedKey` keeps the fleet's key.
PassInfo's ``PassInfoKeyAuth`` is built on them.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import threading

import httpx

from ._errors import APIConnectionError
from ._store import CredentialStore, StoreError
from ._transport import DualTransport

#: Marks a renewal request that joins the one already in flight (the transport answers it with that one's response).
JOIN = "switchboard.renewal.join"
#: Longest a call waits for a renewal in flight before giving up on it.
JOIN_TIMEOUT = 300.0
_HOP_HEADERS = {"content-encoding", "content-length", "transfer-encoding", "connection"}


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
