"""Netsapiens PBX API v2: a generated ``netsapiens_client.Client`` wired with token auth, validation and errors.

Example::

    from switchboard.netsapiens import make_client

    client = make_client("https://pbx.example.com/ns-api/v2", "id", "secret", "1000@example", "password")
    client.messages.send_message_new_session(domain="~", user="~", body=...)  # a MessageSend
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Unpack

import httpx

from ._auth import Token, TokenFlow, raise_if_temporary
from ._envelope import ErrorEnvelope
from ._errors import AuthenticationError
from ._options import TokenOptions, token_client
from ._store import account_key

if TYPE_CHECKING:
    from netsapiens_client import Client

__all__ = ["NetsapiensPasswordGrant", "make_client", "netsapiens_error"]

#: The common :class:`~switchboard.APIError` a response means (``{code, message}`` envelope), or None.
netsapiens_error = ErrorEnvelope("netsapiens")


@dataclass
class NetsapiensPasswordGrant:
    """OAuth2 password grant on ``POST /tokens``, renewed with the refresh_token grant.

    A refused refresh token falls back to the password grant. Secrets stay out of ``repr``.
    """

    token_url: str
    client_id: str
    client_secret: str = field(repr=False)
    username: str
    password: str = field(repr=False)

    def obtain(self, current: Token | None, now: float) -> TokenFlow:
        if current is not None and current.refresh_token:
            response = yield self._request(grant_type="refresh_token", refresh_token=current.refresh_token)
            if response.is_success:
                return self._parse(response, now)
            raise_if_temporary(response, "the token endpoint")
            # The refresh token was refused (expired, revoked, rotated): start over with the password grant.
        response = yield self._request(grant_type="password", username=self.username, password=self.password)
        if response.is_success:
            return self._parse(response, now)
        raise_if_temporary(response, "the token endpoint")
        raise AuthenticationError(
            f"the token endpoint refused the password grant with HTTP {response.status_code}",
            request=response.request,
            response=response,
        )

    def apply(self, request: httpx.Request, token: Token) -> None:
        request.headers["Authorization"] = f"Bearer {token.access_token}"

    def secrets(self) -> list[str]:
        return [self.client_secret, self.password]

    def _request(self, **grant: str) -> httpx.Request:
        """A token request of ``grant``, with the client's id and secret (every grant carries them)."""
        body = {"grant_type": grant.pop("grant_type"), "client_id": self.client_id, "client_secret": self.client_secret}
        return httpx.Request("POST", self.token_url, json={**body, **grant})

    @staticmethod
    def _parse(response: httpx.Response, now: float) -> Token:
        try:
            body = response.json()
            access_token, expires_in = body["access_token"], float(body["expires_in"])
            refresh_token = body.get("refresh_token")
            if not isinstance(access_token, str) or not 0 < expires_in < float("inf"):
                raise TypeError("unusable token answer")
        except (ValueError, RecursionError, OverflowError, KeyError, TypeError, AttributeError):
            raise AuthenticationError(
                "the token endpoint answered without a usable access_token and expires_in",
                request=response.request,
                response=response,
            ) from None
        # An answer without a refresh token keeps the previous one (RefreshingTokenAuth does that).
        kept = refresh_token if isinstance(refresh_token, str) and refresh_token else None
        return Token(access_token=access_token, expires_at=now + expires_in, refresh_token=kept, issued_at=now)


def make_client(
    base_url: str, client_id: str, client_secret: str, username: str, password: str, **options: Unpack[TokenOptions]
) -> Client:
    """A generated Netsapiens ``Client`` that authenticates, validates and raises typed errors.

    ``base_url`` includes the API's base path (``https://pbx.example.com/ns-api/v2``). Every operation works with
    it, sync and async (``client.<tag>.<operation>(...)``, ``client.aio...``, the generated functions):

    - tokens come from the password grant on first use and are renewed with the refresh token ``refresh_margin``
      seconds (30) before expiry, or once after a 401; concurrent callers share a single fetch;
    - error responses raise :class:`~switchboard.APIError` subclasses;
    - the other ``options`` are those of every vendor (see :class:`~switchboard.ClientOptions`).
    """
    from netsapiens_client import Client

    grant = NetsapiensPasswordGrant(
        token_url=f"{base_url.rstrip('/')}/tokens",
        client_id=client_id,
        client_secret=client_secret,
        username=username,
        password=password,
    )
    account = account_key("netsapiens", base_url, client_id, username)
    return token_client(Client, base_url, grant, options, account=account, margin=30.0, errors=netsapiens_error)
