"""Gatum REST API: a generated ``gatum_client.Client`` wired with the two-step login, validation and typed errors
(the guide, with a complete example: ``docs/vendors/gatum.md``)."""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from . import _errors as common
from ._auth import RefreshingTokenAuth, Token, TokenFlow, raise_if_temporary, server_time
from ._envelope import ErrorEnvelope
from ._options import TokenOptions, auth_of, token_client
from ._paging import apages, pages
from ._responses import json_object
from ._store import account_key

if TYPE_CHECKING:
    from gatum_client import Client
    from gatum_client.models import GroupSummary, SmsFullDataRequest, SmsRecord

__all__ = [
    "GatumBadRequestError",
    "GatumConflictError",
    "GatumError",
    "GatumLogin",
    "GatumLoginError",
    "GatumNotFoundError",
    "GatumRateLimitError",
    "GatumServerError",
    "GatumTokenAuth",
    "GatumUnauthorizedError",
    "aiter_groups",
    "aiter_sms_records",
    "alogout",
    "gatum_error",
    "iter_groups",
    "iter_sms_records",
    "logout",
    "make_client",
]


class GatumError(common.APIError):
    """Gatum's error envelope ``{status: false, error_code, errors: {field: [messages]}, error}``
    (``x-switchboard-errors`` in ``specs/gatum.yaml``), under any status: a 2xx saying ``status: false`` too.

    ``field_errors`` keeps the per-field messages (``{"password": ["Incorrect username or password."]}``);
    ``code`` is the envelope's ``error_code`` and ``vendor_message`` its scalar ``error`` or first message.
    """


if TYPE_CHECKING:  # what error_family makes at run time, spelt out for type checkers

    class GatumBadRequestError(GatumError, common.BadRequestError): ...

    class GatumUnauthorizedError(GatumError, common.UnauthorizedError): ...

    class GatumNotFoundError(GatumError, common.NotFoundError): ...

    class GatumConflictError(GatumError, common.ConflictError): ...

    class GatumRateLimitError(GatumError, common.RateLimitError): ...

    class GatumServerError(GatumError, common.ServerError): ...

else:
    globals().update(common.error_family(GatumError))


class GatumLoginError(GatumError, common.AuthenticationError):
    """The login was refused: wrong username or password, or an authorization code Gatum would not exchange."""


#: The :class:`GatumError` a response means (``gatum_error(response)``), or None for a success.
gatum_error = ErrorEnvelope("gatum", GatumError)


@dataclass
class GatumLogin:
    """Gatum's two-step login: ``POST /authorize`` (username, password) gives an authorization code,
    ``POST /accesstoken`` turns it into a token valid until its absolute ``expires_at`` (epoch seconds).

    There is no refresh grant: a new token is a new login. A ``token`` obtained elsewhere (the web cabinet) is used
    first, until ``token_expires_at`` or a 401; then the credentials log in, if there are any. Secrets stay out of
    ``repr``.
    """

    base_url: str
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)
    token_expires_at: float = math.inf
    #: The token now in use (None before the first request and after logout).
    current: str | None = field(default=None, init=False, repr=False)
    _issued: deque[str] = field(default_factory=lambda: deque(maxlen=8), init=False, repr=False)

    def secrets(self) -> list[str]:
        """Every credential held or issued: password, the given token, recent tokens and authorization codes."""
        held = [self.password, self.token, self.current, *self._issued]
        return [s for s in dict.fromkeys(held) if s]

    def obtain(self, current: Token | None, now: float) -> TokenFlow:
        if self.token is not None:
            given, self.token = self.token, None  # a given token is tried once; after a 401 the credentials log in
            self._issued.append(given)
            self.current = given
            return Token(access_token=given, expires_at=self.token_expires_at)
        if self.username is None or self.password is None:
            raise common.AuthenticationError(
                "no usable Gatum token: the given one was refused, expired or logged out, "
                "and make_client got no username and password to log in again"
            )
        response = yield self._request("authorize", username=self.username, password=self.password)
        code = self._data(response, "authorization_code")
        self._issued.append(str(code))
        response = yield self._request("accesstoken", authorization_code=str(code))
        access_token, expires_at = self._data(response, "access_token", "expires_at")
        try:
            expiry = float(expires_at)
            if not math.isfinite(expiry):
                raise OverflowError
        except (TypeError, ValueError, OverflowError):
            raise common.AuthenticationError(
                "POST /accesstoken answered an expires_at that is not a number in range",
                request=response.request,
                response=response,
            ) from None
        answered = server_time(response)
        if answered is not None:
            expiry = now + (expiry - answered)  # the lifetime on Gatum's clock, moved onto ours
        self._issued.append(str(access_token))
        self.current = str(access_token)
        return Token(access_token=str(access_token), expires_at=expiry, issued_at=now)

    def apply(self, request: httpx.Request, token: Token) -> None:
        request.headers["X-Access-Token"] = token.access_token

    def forget(self) -> None:
        """The current token was revoked: the next request logs in (or fails without credentials)."""
        self.current = None

    def _request(self, step: str, **body: str) -> httpx.Request:
        return httpx.Request("POST", f"{self.base_url.rstrip('/')}/{step}", json=body)

    @staticmethod
    def _data(response: httpx.Response, *keys: str) -> Any:
        """``data[key]`` of a successful step, or the error the step's answer means."""
        raise_if_temporary(response, f"POST {response.request.url.path}")
        refused = gatum_error(response, cls=GatumLoginError)
        if refused is not None:
            raise refused
        body = json_object(response) or {}
        data = body.get("data")
        if not isinstance(data, dict) or any(data.get(k) is None for k in keys):
            raise common.AuthenticationError(
                f"POST {response.request.url.path} answered without data.{' and data.'.join(keys)}",
                request=response.request,
                response=response,
            )
        values = [data[k] for k in keys]
        return values[0] if len(values) == 1 else values


class GatumTokenAuth(RefreshingTokenAuth):
    """:class:`~switchboard.RefreshingTokenAuth` with :class:`GatumLogin`."""

    grant: GatumLogin


def make_client(
    base_url: str,
    username: str | None = None,
    password: str | None = None,
    *,
    token: str | None = None,
    token_expires_at: float | None = None,
    **options: Unpack[TokenOptions],
) -> Client:
    """A generated Gatum ``Client`` that logs in, validates and raises typed errors; ``base_url`` includes ``/v1``.

    The two-step login (``username``, ``password``) runs on first use, ``refresh_margin`` seconds (60) before the
    token's ``expires_at`` (``clock`` gives epoch seconds) and once after a 401. A ``token`` from the web cabinet is
    used until ``token_expires_at`` or a 401, then the credentials log in (without them:
    :class:`~switchboard.AuthenticationError`). The ``options`` are every vendor's
    (:class:`~switchboard.ClientOptions`).
    """
    from gatum_client import Client

    if token is None and (username is None or password is None):
        raise TypeError("make_client needs username and password, or a token")
    grant = GatumLogin(
        base_url=base_url,
        username=username,
        password=password,
        token=token,
        token_expires_at=math.inf if token_expires_at is None else float(token_expires_at),
    )
    # Who logs in names the account; a token-only client is keyed by (a hash of) its token.
    account = account_key("gatum", base_url, username if username is not None else f"token:{token}")
    return token_client(
        Client,
        base_url,
        grant,
        options,
        account=account,
        margin=60.0,
        errors=gatum_error,
        auth_class=GatumTokenAuth,
        clock=time.time,
    )


def logout(client: Client) -> bool:
    """Revoke the client's token (``GET /logout``); False when it had none. The next call logs in again."""
    auth = auth_of(client, GatumTokenAuth)
    if auth.grant.current is None:
        return False
    client.auth.logout()
    auth.grant.forget()
    auth.invalidate()
    return True


async def alogout(client: Client) -> bool:
    """:func:`logout` for async code."""
    auth = auth_of(client, GatumTokenAuth)
    if auth.grant.current is None:
        return False
    await client.aio.auth.logout()
    auth.grant.forget()
    auth.invalidate()
    return True


# Paging (``x-switchboard-paging`` of list_groups and get_sms_full_data): ``offset`` is a page index.


def iter_groups(client: Client, *, page_size: int = 10) -> Iterator[GroupSummary]:
    """Every group, ``page_size`` per request (``POST /group`` pages)."""
    return pages(client, "list_groups", size=page_size)


def aiter_groups(client: Client, *, page_size: int = 10) -> AsyncIterator[GroupSummary]:
    """:func:`iter_groups` for async code: ``async for group in aiter_groups(client)``."""
    return apages(client, "list_groups", size=page_size)


def iter_sms_records(
    client: Client, filters: SmsFullDataRequest | None = None, *, page_size: int = 100
) -> Iterator[SmsRecord]:
    """Every sent-SMS record matching ``filters`` (their ``limit``/``offset`` are replaced), oldest first."""
    return pages(client, "get_sms_full_data", size=page_size, body=filters)


def aiter_sms_records(
    client: Client, filters: SmsFullDataRequest | None = None, *, page_size: int = 100
) -> AsyncIterator[SmsRecord]:
    """:func:`iter_sms_records` for async code."""
    return apages(client, "get_sms_full_data", size=page_size, body=filters)
