"""PassInfo SMS API: a generated ``passinfo_client.Client`` with both static headers, safe key rotation, paging.

Example::

    from passinfo_client.api.messages import send_message
    from passinfo_client.models import SingleMessageRequest
    from switchboard.passinfo import iter_contacts, make_client, renew_api_key

    client = make_client("https://api.passinfo.net/v1", api_key, "1001", on_key_renewed=save_key)
    send_message.sync(client=client, body=SingleMessageRequest(message="Hi", contact="622000001", sender_name="Shop"))
    for contact in iter_contacts(client, limit=50):
        ...
    renew_api_key(client)  # every call from now on uses the new key; save_key(new_key) was called once
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import threading
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any

import httpx

from ._budget import RateBudget
from ._client import DEFAULT_TIMEOUT, envelope_error, generated_client, httpx_args
from ._errors import APIConnectionError, APIError, AuthenticationError, RequestValidationError, SwitchboardError
from ._fleet import fleet_lease
from ._limits import ResponseLimits
from ._responses import json_object
from ._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from ._secret import secret
from ._store import CredentialStore, Lease, StoreError, account_key
from ._transport import DualTransport
from .spec import Violation

if TYPE_CHECKING:
    from passinfo_client import Client
    from passinfo_client.models import ContactRead

__all__ = [
    "CredentialError",
    "InsufficientBalanceError",
    "PassInfoError",
    "PassInfoKeyAuth",
    "aiter_contacts",
    "arenew_api_key",
    "iter_contacts",
    "key_auth_of",
    "make_client",
    "passinfo_error",
    "renew_api_key",
]

_RENEW_PATH = "/user/renew_api_key"
#: Marks a renewal request that joins the one already in flight (the transport answers it with that one's response).
_JOIN = "switchboard.passinfo.join_renewal"
#: Longest a call waits for a renewal in flight before giving up on it.
_JOIN_TIMEOUT = 300.0
logger = logging.getLogger("switchboard")
_HOP_HEADERS = {"content-encoding", "content-length", "transfer-encoding", "connection"}


class CredentialError(AuthenticationError, ValueError):
    """A credential given to :func:`make_client` cannot work (an empty key or Client-Id, or the text ``None``);
    nothing was sent."""


class PassInfoError(APIError):
    """PassInfo answered 2xx with a failure in its envelope (``success: false`` or ``status: "error"``)."""


class InsufficientBalanceError(APIError):
    """The SMS balance is too low for the send (402); nothing was sent or charged."""


def passinfo_error(response: httpx.Response) -> APIError | None:
    """The error ``response`` means, or None when it is a success: non-2xx by status, 402 as
    :class:`InsufficientBalanceError`, a 2xx envelope with ``success: false`` / ``status: "error"`` as
    :class:`PassInfoError`."""
    if response.status_code >= 400:
        error = envelope_error(response, code_key="status")
        if error is not None and response.status_code == 402:
            return InsufficientBalanceError(
                str(error),
                request=response.request,
                response=response,
                code=error.code,
                vendor_message=error.vendor_message,
            )
        return error
    body = json_object(response) if response.content else None
    if not isinstance(body, dict) or not (body.get("success") is False or body.get("status") == "error"):
        return None
    raw = body.get("message")
    vendor_message = str(raw)[:300] if raw is not None else None
    said = f": {vendor_message}" if vendor_message else ""
    request = response.request
    return PassInfoError(
        f"{request.method} {request.url.path} answered {response.status_code} with a failure{said}",
        request=request,
        response=response,
        code=body.get("status"),
        vendor_message=vendor_message,
    )


class _Renewal:
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

    def wait(self, timeout: float = _JOIN_TIMEOUT) -> bool:
        return self._done.wait(timeout)

    async def wait_async(self) -> bool:
        with self._lock:
            if self._done.is_set():
                return True
            event = asyncio.Event()
            self._loops.append((asyncio.get_running_loop(), event))
        try:
            async with asyncio.timeout(_JOIN_TIMEOUT):
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


class _JoinRenewalTransport(DualTransport):
    """Answers a renewal that joined the one in flight with that one's response; hands everything else to the
    transport of ``httpx_args`` (validation, retries, logging), untouched."""

    def __init__(self, wrapped: DualTransport) -> None:
        super().__init__()
        self.wrapped = wrapped

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        renewal = request.extensions.get(_JOIN)
        if renewal is None:
            return self.wrapped.handle_request(request)
        renewal.wait()
        return renewal.replay(request)  # type: ignore[no-any-return]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        renewal = request.extensions.get(_JOIN)
        if renewal is None:
            return await self.wrapped.handle_async_request(request)
        await renewal.wait_async()
        return renewal.replay(request)  # type: ignore[no-any-return]

    def close(self) -> None:
        self.wrapped.close()

    async def aclose(self) -> None:
        await self.wrapped.aclose()


def _fingerprint(key: str) -> str:
    """What the store keeps of a key renewed away: enough to recognise it, nothing to use."""
    return hashlib.sha256(key.encode()).hexdigest()[:32]


class _SharedKey:
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
        if not isinstance(api_key, str) or not _sendable(api_key) or not isinstance(lineage, list):
            raise StoreError(f"credential store {self.store.name}: the key record under {self.key!r} is corrupt")
        return api_key, [str(f) for f in lineage]

    def successor_of(self, key: str) -> str | None:
        """The fleet's key if it descends from ``key`` (a later renewal of it); None otherwise."""
        stored = self.read()
        if stored is None or stored[0] == key or _fingerprint(key) not in stored[1]:
            return None
        return stored[0]

    def write(self, new_key: str, old_key: str) -> None:
        stored = self.read_quietly()
        lineage = stored[1] if stored is not None and stored[0] == old_key else []
        lineage = [*lineage, _fingerprint(old_key)][-self._LINEAGE :]
        self.store.write(self.key, {"api_key": new_key, "lineage": lineage})

    def read_quietly(self) -> tuple[str, list[str]] | None:
        try:
            return self.read()
        except StoreError:
            return None  # overwritten by the write that follows


def _checked(name: str, value: str | int) -> str:
    text = str(value).strip() if value is not None else ""
    if not text or text == "None":
        raise CredentialError(f"{name} is empty or the text 'None'; PassInfo would refuse every request with it")
    if not _sendable(text):
        raise CredentialError(f"{name} has characters a header cannot carry (only printable ASCII can be sent)")
    return text


def _sendable(text: str) -> bool:
    """Whether ``text`` can be sent as a header value as it is: printable ASCII (httpx refuses anything else)."""
    return text.isascii() and text.isprintable()


class PassInfoKeyAuth(httpx.Auth):
    """The ``Api-Key`` and ``Client-Id`` headers on every request, and a key that renewal swaps for every caller.

    A request to ``POST /user/renew_api_key`` through this auth renews the key for all: its answer's new key
    replaces the old one at once (no request is built with the old key after that), ``on_key_renewed(new_key)`` is
    called once, and a renewal asked while another is in flight joins it (one request; needs the transport of
    :func:`make_client`). A call sent with the old key that meets a 401 because of the renewal is resent once with
    the new key. ``GET /user/renew_api_key`` (the Python SDK's form) is refused: it would be repeated by retries.

    Example::

        auth = PassInfoKeyAuth("key", "1001", on_key_renewed=lambda key: vault.save("passinfo", key))
    """

    requires_request_body = True

    def __init__(
        self,
        api_key: str,
        client_id: str | int,
        *,
        on_key_renewed: Callable[[str], object] | None = None,
        store: CredentialStore | None = None,
        store_key: str | None = None,
    ) -> None:
        self.client_id: str = secret(_checked("Client-Id", client_id))
        self._key: str = secret(_checked("Api-Key", api_key))
        self._old_keys: list[str] = []
        self.on_key_renewed = on_key_renewed
        #: Renewals this auth sent (joined ones not counted).
        self.renewals = 0
        self._lock = threading.Lock()  # guards _key and _renewal; never held across I/O
        self._renewal: _Renewal | None = None
        #: The fleet's key, when a store was given; read at the first request, after a 401 and around a renewal.
        self.shared = (
            None if store is None else _SharedKey(store, store_key or account_key("passinfo", "", self.client_id))
        )
        self._joined_fleet = store is None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client_id={self.client_id!r}, renewals={self.renewals})"

    @property
    def api_key(self) -> str:
        """The key in use now."""
        return self._key

    def secrets(self) -> list[str]:
        """Every key this auth held: the current one and those renewed away."""
        return [self._key, *self._old_keys]

    # shared steps

    def _apply(self, request: httpx.Request, key: str) -> None:
        request.headers["Api-Key"] = key
        request.headers["Client-Id"] = self.client_id

    def _start(self, request: httpx.Request) -> bool:
        """Whether ``request`` is a renewal (refused unless sent with POST)."""
        if not request.url.path.endswith(_RENEW_PATH):
            return False
        if request.method != "POST":
            rule = Violation(
                "method",
                "method",
                "POST",
                "switchboard renews the key with POST (renew_api_key): a GET may be repeated by retries and proxies,"
                " and a repeated renewal revokes the key the first one returned",
            )
            raise RequestValidationError("renew_api_key_via_get", [rule], request=request)
        return True

    def _lead_or_join(self, request: httpx.Request) -> tuple[_Renewal, bool]:
        with self._lock:
            renewal = self._renewal
            leading = renewal is None
            if renewal is None:
                renewal = self._renewal = _Renewal()
                self.renewals += 1
            else:
                renewal.joined += 1
            self._apply(request, self._key)
        if not leading:
            request.extensions[_JOIN] = renewal
        return renewal, leading

    def _swap(self, renewal: _Renewal, response: httpx.Response | None, failure: str | None) -> str | None:
        """End ``renewal``: take the new key from ``response`` if it has one; the new key, if it changed."""
        new_key: str | None = None
        try:
            if response is not None and response.is_success:
                new_key = self._new_key(response)
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

    @staticmethod
    def _new_key(response: httpx.Response) -> str:
        try:
            body = json.loads(response.content)
            key = body.get("new_api_key") or body.get("api_key")
        except (ValueError, RecursionError, AttributeError):
            key = None
        if not isinstance(key, str) or not key:
            raise AuthenticationError(
                "the renewal succeeded without a new key in its answer (new_api_key or api_key): the old key may"
                " no longer work",
                request=response.request,
                response=response,
            )
        if not _sendable(key.strip()):
            # Kept, it would fail every later request inside httpx; the vendor's answer is on the error.
            raise AuthenticationError(
                "the renewal answered a new key that cannot be sent as a header (only printable ASCII can): the old"
                " key may no longer work",
                request=response.request,
                response=response,
            )
        return key.strip()

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
            logger.warning("switchboard could not read the fleet's PassInfo key: %s; using the key given", exc)
        self._joined_fleet = True

    def _fleet_key_after_401(self, used: str, request: httpx.Request) -> str | None:
        """After a 401 with ``used``: the key another worker renewed to, waiting out a renewal in flight."""
        if self.shared is None:
            return None
        newer = self.shared.successor_of(used)
        if newer is None:
            # A renewal elsewhere may be on its way: its holder writes the new key before it lets go of the lease.
            fleet_lease(self.shared.store, self.shared.key, request, _JOIN_TIMEOUT).release()
            newer = self.shared.successor_of(used)
        self._adopt(newer, used)
        return self._key_after(used)

    def _fleet_lease(self, request: httpx.Request) -> Lease | None:
        """For a renewal: the fleet's lease, so that no other worker renews at the same time; the key on the renewal
        request is the fleet's newest one (another worker may have renewed while this one waited)."""
        if self.shared is None:
            return None
        lease = fleet_lease(self.shared.store, self.shared.key, request, _JOIN_TIMEOUT, _JOIN_TIMEOUT)
        try:
            used = self._key
            self._adopt(self.shared.successor_of(used), used)
            with self._lock:
                self._apply(request, self._key)
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
                    logger.warning("switchboard could not share the renewed PassInfo key: %s", exc)
        finally:
            if lease is not None:
                lease.release()

    def _key_for_resend(self, used: str) -> tuple[str | None, _Renewal | None]:
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
        if self._start(request):
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
            self._apply(request, used)
        response = yield request
        if response.status_code == 401:
            resend_with, pending = self._key_for_resend(used)
            if pending is not None and pending.wait():
                resend_with = self._key_after(used)
            if resend_with is None and self.shared is not None:
                resend_with = self._fleet_key_after_401(used, request)
            if resend_with is not None:
                response.read()
                self._apply(request, resend_with)
                response = yield request

    # async: the same steps, waiting without blocking the loop

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        if self._start(request):
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
            self._apply(request, used)
        response = yield request
        if response.status_code == 401:
            resend_with, pending = self._key_for_resend(used)
            if pending is not None and await pending.wait_async():
                resend_with = self._key_after(used)
            if resend_with is None and self.shared is not None:
                resend_with = await asyncio.to_thread(self._fleet_key_after_401, used, request)
            if resend_with is not None:
                await response.aread()
                self._apply(request, resend_with)
                response = yield request


def make_client(
    base_url: str,
    api_key: str,
    client_id: str | int,
    *,
    on_key_renewed: Callable[[str], object] | None = None,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    validate: bool = True,
    verify_ssl: bool = True,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
    retry: RetryPolicy | None = None,
    store: CredentialStore | None = None,
    budget: RateBudget | None = None,
    limits: ResponseLimits | None = None,
    deadline: float | None = None,
) -> Client:
    """A generated PassInfo ``Client`` that authenticates, renews its key safely, validates and raises typed errors.

    ``base_url`` includes ``/v1`` (``https://api.passinfo.net/v1``). Every generated ``passinfo_client.api``
    function works with it, sync and async:

    - ``Api-Key`` and ``Client-Id`` on every request from one :class:`PassInfoKeyAuth`; a ``client_id`` that is
      empty or the text ``None`` (the vendor SDK's bug) raises :class:`CredentialError` here;
    - ``renew_api_key`` through this client swaps the key for every call at once and calls
      ``on_key_renewed(new_key)`` (persist it there: the old key no longer works); see :class:`PassInfoKeyAuth`;
    - every request is checked against ``specs/passinfo.yaml`` first: a bad one raises
      :class:`~switchboard.RequestValidationError` and nothing is sent (``validate=False`` turns this off);
    - error responses raise :class:`~switchboard.APIError` subclasses (:class:`InsufficientBalanceError` for 402,
      :class:`PassInfoError` for a failure inside a 2xx answer);
    - connection failures, 408, 429 and 5xx are retried ``max_retries`` times when safe (reads; never a send or a
      renewal once a byte of it left), with the backoff of ``retry``;
    - with a ``store`` (:class:`~switchboard.SQLiteStore` for the processes of one host,
      :class:`~switchboard.RedisStore` across hosts) a renewal reaches every worker of the account: the others take
      the new key at their next 401 (the call is resent once with it), renewals never overlap across the fleet, and a
      worker started with an old key takes its successor at its first call (see "Many workers" in the README);
    - ``deadline`` (seconds) bounds each whole call, retries, backoff, token waits and slow answers included
      (``timeout`` bounds each connect, read, write and pool wait, as in httpx); a ``switchboard.deadline`` block
      bounds the calls inside it; ``limits`` (:class:`~switchboard.ResponseLimits`) bounds every answer's decoded
      size (50 MB) and JSON depth (128);
    - with a ``budget`` (:class:`~switchboard.RateBudget`) every request waits for room in the account's rate
      budget, shared through ``store`` like the credentials (a send costs its SMS segments times its recipients).
    """
    from passinfo_client import Client

    account = account_key("passinfo", base_url, str(client_id).strip())
    auth = PassInfoKeyAuth(
        api_key,
        client_id,
        on_key_renewed=on_key_renewed,
        store=store,
        store_key=account,
    )
    args = httpx_args(
        "passinfo",
        base_url,
        auth,
        errors=passinfo_error,
        validate=validate,
        verify_ssl=verify_ssl,
        transport=transport,
        async_transport=async_transport,
        max_retries=max_retries,
        retry=retry,
        budget=budget,
        store=store,
        account=account,
        limits=limits,
        deadline=deadline,
    )
    args["transport"] = _JoinRenewalTransport(args["transport"])
    return generated_client(Client, base_url, timeout, args)


def key_auth_of(client: Any) -> PassInfoKeyAuth:
    """The :class:`PassInfoKeyAuth` of a :func:`make_client` client (its current key, its renewal count)."""
    auth = client._httpx_args["auth"]  # the generated Client keeps its httpx_args here
    if not isinstance(auth, PassInfoKeyAuth):
        raise TypeError("this client was not made by switchboard.passinfo.make_client")
    return auth


def _key_of(parsed: Any, response: Any) -> str:
    from passinfo_client.models import RenewApiKeyResult
    from passinfo_client.types import UNSET

    if isinstance(parsed, RenewApiKeyResult):
        for key in (parsed.new_api_key, parsed.api_key):
            if key is not UNSET and key:
                return str(key)
    raise SwitchboardError(f"the renewal answered HTTP {response.status_code} without a new key")


def renew_api_key(client: Client) -> str:
    """Renew the key of ``client`` (``POST /user/renew_api_key``) and return the new one, already in use."""
    from passinfo_client.api.account import renew_api_key as operation

    response = operation.sync_detailed(client=client)
    return _key_of(response.parsed, response)


async def arenew_api_key(client: Client) -> str:
    """:func:`renew_api_key`, async."""
    from passinfo_client.api.account import renew_api_key as operation

    response = await operation.asyncio_detailed(client=client)
    return _key_of(response.parsed, response)


class _Pager:
    """Which page comes next, and when to stop: after the last page (``total_pages``, else a short page), on an
    empty page, or when the server answers a page it already sent (it ignores ``page``): never a loop."""

    def __init__(self, client: Client, limit: int, page: int) -> None:
        self.client, self.limit, self.page = client, limit, page
        self._seen: set[str] = set()

    def contacts_of(self, response: Any) -> tuple[list[ContactRead], bool]:
        """The new contacts of ``response`` and whether another page should be asked for."""
        from passinfo_client.models import ContactPage

        parsed = response.parsed
        if response.status_code >= 400 or not isinstance(parsed, ContactPage):
            raise self._error(response)
        contacts = parsed.contacts if isinstance(parsed.contacts, list) else []
        signature = json.dumps([c.to_dict() for c in contacts], sort_keys=True, default=str)
        if not contacts or signature in self._seen:
            return [], False
        self._seen.add(signature)
        more = len(contacts) >= self.limit
        if isinstance(parsed.total_pages, int):
            more = self.page < parsed.total_pages
        self.page += 1
        return contacts, more

    def _error(self, response: Any) -> SwitchboardError:
        """What a page that is no page means (a 2xx that the error mapper let through)."""
        request = httpx.Request("GET", f"{self.client._base_url}/contact/all_my_contacts")
        answer = httpx.Response(int(response.status_code), content=response.content, request=request)
        return passinfo_error(answer) or SwitchboardError(
            f"the contacts list answered HTTP {response.status_code} without a page of contacts",
            request=request,
            response=answer,
        )


def iter_contacts(client: Client, *, limit: int = 10, start_page: int = 1) -> Iterator[ContactRead]:
    """Every contact, ``limit`` per request from ``start_page`` on; stops on the last page and never loops."""
    from passinfo_client.api.contacts import get_contacts_list

    pager = _Pager(client, limit, start_page)
    more = True
    while more:
        response = get_contacts_list.sync_detailed(client=client, page=pager.page, limit=limit)
        contacts, more = pager.contacts_of(response)
        yield from contacts


async def aiter_contacts(client: Client, *, limit: int = 10, start_page: int = 1) -> AsyncIterator[ContactRead]:
    """:func:`iter_contacts`, async."""
    from passinfo_client.api.contacts import get_contacts_list

    pager = _Pager(client, limit, start_page)
    more = True
    while more:
        response = await get_contacts_list.asyncio_detailed(client=client, page=pager.page, limit=limit)
        contacts, more = pager.contacts_of(response)
        for contact in contacts:
            yield contact
