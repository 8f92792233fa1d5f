"""Netsapiens PBX API v2: a generated ``netsapiens_client.Client`` wired with token auth, validation and errors.

Example::

    from netsapiens_client.api.messages import send_message
    from switchboard.netsapiens import make_client

    client = make_client("https://pbx.example.com/ns-api/v2", "id", "secret", "1000@example", "password")
    send_message.sync(client=client, domain="~", user="~", body=...)
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

from ._auth import RefreshingTokenAuth, TemporaryTokenError, Token, TokenFlow
from ._budget import RateBudget
from ._client import DEFAULT_TIMEOUT, envelope_error, generated_client, httpx_args
from ._errors import AuthenticationError
from ._limits import ResponseLimits
from ._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from ._store import CredentialStore, account_key

if TYPE_CHECKING:
    from netsapiens_client import Client

__all__ = ["NetsapiensPasswordGrant", "make_client"]


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
            response = yield self._request(
                grant_type="refresh_token",
                client_id=self.client_id,
                client_secret=self.client_secret,
                refresh_token=current.refresh_token,
            )
            if response.is_success:
                return self._parse(response, now)
            self._raise_if_temporary(response)
            # The refresh token was refused (expired, revoked, rotated): start over with the password grant.
        response = yield self._request(
            grant_type="password",
            client_id=self.client_id,
            client_secret=self.client_secret,
            username=self.username,
            password=self.password,
        )
        if response.is_success:
            return self._parse(response, now)
        self._raise_if_temporary(response)
        raise AuthenticationError(
            f"the token endpoint refused the password grant with HTTP {response.status_code}",
            request=response.request,
            response=response,
        )

    def apply(self, request: httpx.Request, token: Token) -> None:
        request.headers["Authorization"] = f"Bearer {token.access_token}"

    def secrets(self) -> list[str]:
        return [self.client_secret, self.password]

    def _request(self, **body: str) -> httpx.Request:
        return httpx.Request("POST", self.token_url, json=body)

    @staticmethod
    def _raise_if_temporary(response: httpx.Response) -> None:
        if response.status_code == 429 or response.status_code >= 500:
            raise TemporaryTokenError(
                f"the token endpoint answered HTTP {response.status_code}", request=response.request, response=response
            )

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
    base_url: str,
    client_id: str,
    client_secret: str,
    username: str,
    password: str,
    *,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    refresh_margin: float = 30.0,
    clock: Callable[[], float] = time.monotonic,
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
    """A generated Netsapiens ``Client`` that authenticates, validates and raises typed errors.

    ``base_url`` includes the API's base path (``https://pbx.example.com/ns-api/v2``). Every generated
    ``netsapiens_client.api`` function works with it, sync and async:

    - tokens come from the password grant on first use and are renewed with the refresh token ``refresh_margin``
      seconds before expiry, or once after a 401; concurrent callers share a single fetch;
    - with a ``store`` (:class:`~switchboard.SQLiteStore` for the processes of one host,
      :class:`~switchboard.RedisStore` across hosts) the token is shared by every client of the same account that
      uses it: one fetch for the whole fleet (see "Many workers" in the README);
    - with a ``budget`` (:class:`~switchboard.RateBudget`) every request waits for room in the account's rate
      budget, shared through ``store`` like the credentials (a send costs its SMS segments times its recipients);
    - every request is checked against ``specs/netsapiens.yaml`` first: a bad one raises
      :class:`~switchboard.RequestValidationError` and nothing is sent (``validate=False`` turns this off);
    - error responses raise :class:`~switchboard.APIError` subclasses (``client.<tag>.with_raw_response.<operation>``
      gives a success's status and headers);
    - ``deadline`` (seconds) bounds each whole call, retries, backoff, token waits and slow answers included
      (``timeout`` bounds each connect, read, write and pool wait, as in httpx); a ``switchboard.deadline`` block
      bounds the calls inside it; ``limits`` (:class:`~switchboard.ResponseLimits`) bounds every answer's decoded
      size (50 MB) and JSON depth (128);
    - connection failures, 408, 429 and 5xx are retried ``max_retries`` times when safe (see the README), with the
      backoff of ``retry``; what is left raises :class:`~switchboard.APIConnectionError` or an ``APIError``.
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
    auth = RefreshingTokenAuth(
        grant,
        margin=refresh_margin,
        clock=clock,
        retry=retry,
        store=store,
        store_key=account,
    )
    args = httpx_args(
        "netsapiens",
        base_url,
        auth,
        errors=envelope_error,
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
    return generated_client(Client, base_url, timeout, args)
