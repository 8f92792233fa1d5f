"""PassInfo SMS API: a generated ``passinfo_client.Client`` with both static headers, safe key rotation, paging.

Example::

    from passinfo_client.models import SingleMessageRequest
    from switchboard.passinfo import iter_contacts, make_client, renew_api_key

    client = make_client("https://api.passinfo.net/v1", api_key, "1001", on_key_renewed=save_key)
    client.messages.send_message(body=SingleMessageRequest(message="Hi", contact="622000001", sender_name="Shop"))
    for contact in iter_contacts(client, limit=50):
        ...
    renew_api_key(client)  # every call from now on uses the new key; save_key(new_key) was called once
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ._envelope import ErrorEnvelope
from ._errors import APIError, AuthenticationError, RequestValidationError, SwitchboardError
from ._fleet import fleet_lease
from ._options import ClientOptions, auth_of, build_client
from ._paging import apages, pages
from ._renewal import JOIN, JOIN_TIMEOUT, JoinRenewalTransport, Renewal, SharedKey, sendable
from ._secret import secret
from ._store import CredentialStore, Lease, StoreError, account_key
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
logger = logging.getLogger("switchboard")


class CredentialError(AuthenticationError, ValueError):
    """A credential given to :func:`make_client` cannot work (an empty key or Client-Id, or the text ``None``);
    nothing was sent."""


class PassInfoError(APIError):
    """PassInfo answered 2xx with a failure in its envelope (``success: false`` or ``status: "error"``)."""


class InsufficientBalanceError(APIError):
    """The SMS balance is too low for the send (402); nothing was sent or charged."""


#: The error a response means, or None when it is a success (``x-switchboard-errors`` in ``specs/passinfo.yaml``):
#: non-2xx by status (the common classes), 402 as :class:`InsufficientBalanceError`, a 2xx envelope with
#: ``success: false`` / ``status: "error"`` as :class:`PassInfoError`.
passinfo_error = ErrorEnvelope("passinfo", APIError, InsufficientBalanceError, PassInfoError)


def _checked(name: str, value: str | int) -> str:
    text = str(value).strip() if value is not None else ""
    if not text or text == "None":
        raise CredentialError(f"{name} is empty or the text 'None'; PassInfo would refuse every request with it")
    if not sendable(text):
        raise CredentialError(f"{name} has characters a header cannot carry (only printable ASCII can be sent)")
    return text


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
        self._renewal: Renewal | None = None
        #: The fleet's key, when a store was given; read at the first request, after a 401 and around a renewal.
        self.shared = (
            None if store is None else SharedKey(store, store_key or account_key("passinfo", "", self.client_id))
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

    def _lead_or_join(self, request: httpx.Request) -> tuple[Renewal, bool]:
        with self._lock:
            renewal = self._renewal
            leading = renewal is None
            if renewal is None:
                renewal = self._renewal = Renewal()
                self.renewals += 1
            else:
                renewal.joined += 1
            self._apply(request, self._key)
        if not leading:
            request.extensions[JOIN] = renewal
        return renewal, leading

    def _swap(self, renewal: Renewal, response: httpx.Response | None, failure: str | None) -> str | None:
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
        if not sendable(key.strip()):
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
    **options: Unpack[ClientOptions],
) -> Client:
    """A generated PassInfo ``Client`` that authenticates, renews its key safely, validates and raises typed errors.

    ``base_url`` includes ``/v1`` (``https://api.passinfo.net/v1``). Every operation works with it, sync and async
    (``client.<tag>.<operation>(...)``, ``client.aio...``, the generated functions):

    - ``Api-Key`` and ``Client-Id`` on every request from one :class:`PassInfoKeyAuth`; a ``client_id`` that is
      empty or the text ``None`` (the vendor SDK's bug) raises :class:`CredentialError` here;
    - ``renew_api_key`` through this client swaps the key for every call at once and calls
      ``on_key_renewed(new_key)`` (persist it there: the old key no longer works); see :class:`PassInfoKeyAuth`;
      a renewal is never resent once a byte of it left;
    - error responses raise :class:`~switchboard.APIError` subclasses (:class:`InsufficientBalanceError` for 402,
      :class:`PassInfoError` for a failure inside a 2xx answer);
    - with a ``store`` a renewal reaches every worker of the account: the others take the new key at their next 401
      (the call is resent once with it), renewals never overlap across the fleet, and a worker started with an old
      key takes its successor at its first call (see "Many workers" in the README);
    - the other ``options`` are those of every vendor (see :class:`~switchboard.ClientOptions`).
    """
    from passinfo_client import Client

    account = account_key("passinfo", base_url, str(client_id).strip())
    auth = PassInfoKeyAuth(
        api_key,
        client_id,
        on_key_renewed=on_key_renewed,
        store=options.get("store"),
        store_key=account,
    )
    return build_client(
        Client, base_url, auth, options, account=account, errors=passinfo_error, wrap=JoinRenewalTransport
    )


def key_auth_of(client: Any) -> PassInfoKeyAuth:
    """The :class:`PassInfoKeyAuth` of a :func:`make_client` client (its current key, its renewal count)."""
    return auth_of(client, PassInfoKeyAuth)


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


# Paging (``x-switchboard-paging`` of get_contacts_list): ``total_pages`` names the last page, else a short page is.


def iter_contacts(client: Client, *, limit: int = 10, start_page: int = 1) -> Iterator[ContactRead]:
    """Every contact, ``limit`` per request from ``start_page`` on; stops on the last page and never loops."""
    return pages(client, "get_contacts_list", size=limit, start=start_page)


def aiter_contacts(client: Client, *, limit: int = 10, start_page: int = 1) -> AsyncIterator[ContactRead]:
    """:func:`iter_contacts`, async."""
    return apages(client, "get_contacts_list", size=limit, start=start_page)
