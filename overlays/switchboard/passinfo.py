"""PassInfo SMS API: a generated ``passinfo_client.Client`` with both static headers, safe key rotation, paging
(the guide, with a complete example: ``docs/vendors/passinfo.md``)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ._envelope import ErrorEnvelope
from ._errors import APIError, AuthenticationError, RequestValidationError, SwitchboardError
from ._options import ClientOptions, auth_of, build_client
from ._paging import apages, pages
from ._renewal import JoinRenewalTransport, RenewingKeyAuth, sendable
from ._secret import secret
from ._store import CredentialStore, account_key
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


class PassInfoKeyAuth(RenewingKeyAuth):
    """The ``Api-Key`` and ``Client-Id`` headers on every request, and the key renewed for every caller (see
    :class:`~switchboard._renewal.RenewingKeyAuth`) by ``POST /user/renew_api_key`` through this auth.
    ``GET /user/renew_api_key`` (the Python SDK's form) is refused: it would be repeated by retries.

    Example::

        auth = PassInfoKeyAuth("key", "1001", on_key_renewed=lambda key: vault.save("passinfo", key))
    """

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
        key = _checked("Api-Key", api_key)
        store_key = store_key or account_key("passinfo", "", self.client_id)
        super().__init__(key, on_key_renewed=on_key_renewed, store=store, store_key=store_key)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client_id={self.client_id!r}, renewals={self.renewals})"

    def apply(self, request: httpx.Request, key: str) -> None:
        request.headers["Api-Key"] = key
        request.headers["Client-Id"] = self.client_id

    def renews(self, request: httpx.Request) -> bool:
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

    def new_key(self, response: httpx.Response) -> str:
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


def make_client(
    base_url: str,
    api_key: str,
    client_id: str | int,
    *,
    on_key_renewed: Callable[[str], object] | None = None,
    **options: Unpack[ClientOptions],
) -> Client:
    """A generated PassInfo ``Client`` that authenticates, renews its key safely, validates and raises typed errors;
    ``base_url`` includes ``/v1``.

    ``renew_api_key`` through it swaps the key for every call at once and calls ``on_key_renewed(new_key)``
    (persist it there: the old key no longer works); with a ``store`` the renewal reaches every worker of the
    account (see :class:`PassInfoKeyAuth`). A ``client_id`` that is empty or the text ``None`` raises
    :class:`CredentialError`. The ``options`` are every vendor's (:class:`~switchboard.ClientOptions`).
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
