"""Netsapiens PBX API v2: a generated ``netsapiens_client.Client`` wired with token auth, validation and errors
(the guide, with a complete example: ``docs/vendors/netsapiens.md``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ._envelope import ErrorEnvelope
from ._grants import PasswordGrant
from ._options import TokenOptions, token_client
from ._store import account_key

if TYPE_CHECKING:
    from netsapiens_client import Client

__all__ = ["NetsapiensPasswordGrant", "make_client", "netsapiens_error"]

#: The common :class:`~switchboard.APIError` a response means (``{code, message}`` envelope), or None.
netsapiens_error = ErrorEnvelope("netsapiens")


class NetsapiensPasswordGrant(PasswordGrant):
    """The OAuth2 password grant on ``POST /tokens``, renewed with the refresh_token grant (see
    :class:`~switchboard._grants.PasswordGrant`)."""


def make_client(
    base_url: str, client_id: str, client_secret: str, username: str, password: str, **options: Unpack[TokenOptions]
) -> Client:
    """A generated Netsapiens ``Client`` that authenticates, validates and raises typed errors; ``base_url`` includes
    the API's base path (``https://pbx.example.com/ns-api/v2``).

    Tokens come from the password grant and are renewed ``refresh_margin`` seconds (30) before expiry, or once after
    a 401. The ``options`` are every vendor's (:class:`~switchboard.ClientOptions`).
    """
    from netsapiens_client import Client

    grant = NetsapiensPasswordGrant(f"{base_url.rstrip('/')}/tokens", client_id, client_secret, username, password)
    account = account_key("netsapiens", base_url, client_id, username)
    return token_client(Client, base_url, grant, options, account=account, margin=30.0, errors=netsapiens_error)
