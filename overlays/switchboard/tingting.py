"""TingTing (legacy ``/api/accounts`` + ``/api/system`` API): a generated ``tingting_client.Client`` wired with the
JWT login and refresh, validation (multipart bodies included) and typed errors; the campaign list as an iterator
(the guide, with a complete example: ``docs/vendors/tingting.md``)."""

from __future__ import annotations

import base64
import binascii
import json
import math
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from . import _errors as common
from ._auth import RefreshingTokenAuth, Token, TokenFlow, raise_if_temporary, server_time
from ._envelope import ErrorEnvelope
from ._options import TokenOptions, token_client
from ._paging import apages, pages
from ._responses import json_object
from ._store import account_key

if TYPE_CHECKING:
    from tingting_client import Client
    from tingting_client.models import Campaign

__all__ = [
    "TingTingBadRequestError",
    "TingTingConflictError",
    "TingTingError",
    "TingTingLogin",
    "TingTingLoginError",
    "TingTingNotFoundError",
    "TingTingRateLimitError",
    "TingTingServerError",
    "TingTingTokenAuth",
    "TingTingUnauthorizedError",
    "aiter_campaigns",
    "iter_campaigns",
    "jwt_claims",
    "make_client",
    "tingting_error",
]


class TingTingError(common.APIError):
    """An error answer of TingTing: its envelope (``success: false``, a 2xx too) or a body of Django REST /
    simplejwt (``x-switchboard-errors`` in ``specs/tingting.yaml``).

    ``field_errors`` keeps DRF's per-field messages (``{"available_tags": ["Not usable tags ..."]}``, also
    ``non_field_errors``); ``code`` is simplejwt's ``code`` (``token_not_valid``) when there is one, and
    ``vendor_message`` the envelope's ``message`` or DRF's ``detail``.
    """


if TYPE_CHECKING:  # what error_family makes at run time, spelt out for type checkers

    class TingTingBadRequestError(TingTingError, common.BadRequestError): ...

    class TingTingUnauthorizedError(TingTingError, common.UnauthorizedError): ...

    class TingTingNotFoundError(TingTingError, common.NotFoundError): ...

    class TingTingConflictError(TingTingError, common.ConflictError): ...

    class TingTingRateLimitError(TingTingError, common.RateLimitError): ...

    class TingTingServerError(TingTingError, common.ServerError): ...

else:
    globals().update(common.error_family(TingTingError))


class TingTingLoginError(TingTingError, common.AuthenticationError):
    """The login was refused: wrong email or password."""


#: The :class:`TingTingError` a response means (``tingting_error(response)``), or None for a success.
tingting_error = ErrorEnvelope("tingting", TingTingError)


def jwt_claims(token: str) -> dict[str, Any]:
    """The payload of a compact JWT, unverified (the signing key is the vendor's); empty if it is not one."""
    parts = token.split(".")
    if len(parts) != 3:
        return {}
    try:
        claims = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, RecursionError, binascii.Error):
        return {}
    return claims if isinstance(claims, dict) else {}


def _lifetime(token: str, wall_clock: Callable[[], float], response: httpx.Response) -> float:
    """Seconds ``token`` lives from now: ``exp - iat`` (immune to clock skew), else ``exp`` - the server's time (its
    ``Date`` header) or ours, else forever. A claim out of range raises :class:`AuthenticationError`."""
    claims = jwt_claims(token)
    exp, iat = claims.get("exp"), claims.get("iat")
    if not isinstance(exp, int | float) or isinstance(exp, bool):
        return math.inf
    try:
        if isinstance(iat, int | float) and not isinstance(iat, bool):
            lifetime = float(exp - iat)
        else:
            answered = server_time(response)
            lifetime = float(exp) - (wall_clock() if answered is None else answered)
        if math.isnan(lifetime) or math.isinf(lifetime):
            raise OverflowError
    except OverflowError:
        raise common.AuthenticationError(
            "the token endpoint answered a JWT whose exp or iat is out of range",
            request=response.request,
            response=response,
        ) from None
    return max(lifetime, 0.0)


@dataclass
class TingTingLogin:
    """simplejwt's pair: ``POST /accounts/login/`` (email, password) gives an access and a refresh JWT,
    ``POST /accounts/token/refresh/`` (refresh) a new access JWT.

    Lifetimes come from each token's ``exp`` (and ``iat``), read unverified. A new access token comes from the
    refresh token while that one lives; an expired or refused refresh token means a new login. Secrets stay out of
    ``repr``.
    """

    base_url: str
    email: str
    password: str = field(repr=False)
    wall_clock: Callable[[], float] = time.time
    #: When the refresh token stops working, on the auth's clock (None before the first login).
    refresh_expires_at: float | None = field(default=None, init=False)
    logins: int = field(default=0, init=False)
    refreshes: int = field(default=0, init=False)

    def secrets(self) -> list[str]:
        return [self.password]

    def obtain(self, current: Token | None, now: float) -> TokenFlow:
        refresh = current.refresh_token if current is not None else None
        refresh_expires_at = self.refresh_expires_at
        if current is not None and current.refresh_expires_at is not None:
            refresh_expires_at = current.refresh_expires_at  # the token's own, also when another worker got it
        if refresh and refresh_expires_at is not None and now < refresh_expires_at:
            response = yield self._request("accounts/token/refresh/", refresh=refresh)
            raise_if_temporary(response, f"POST {response.request.url.path}")
            body = json_object(response) if response.is_success else None
            access = body.get("access") if body is not None else None
            if isinstance(access, str):
                self.refreshes += 1
                rotated = body.get("refresh") if body is not None else None
                if isinstance(rotated, str) and rotated:
                    self.refresh_expires_at = now + _lifetime(rotated, self.wall_clock, response)
                    refresh = rotated
                else:
                    self.refresh_expires_at = refresh_expires_at
                return self._token(access, refresh, now, response)
            # Refused (expired, blacklisted) or unreadable: log in again.
        response = yield self._request("accounts/login/", email=self.email, password=self.password)
        raise_if_temporary(response, f"POST {response.request.url.path}")
        refused = tingting_error(response, cls=TingTingLoginError)
        if refused is not None:
            raise refused
        body = json_object(response) or {}
        data = body.get("data")
        pair = data.get("token") if isinstance(data, dict) else None
        if not isinstance(pair, dict) or not isinstance(pair.get("access"), str):
            raise common.AuthenticationError(
                "POST /accounts/login/ answered without data.token.access", request=response.request, response=response
            )
        access = pair["access"]
        refresh = pair.get("refresh") if isinstance(pair.get("refresh"), str) else None
        self.logins += 1
        self.refresh_expires_at = now + _lifetime(refresh, self.wall_clock, response) if refresh else None
        return self._token(access, refresh, now, response)

    def _token(self, access: str, refresh: str | None, now: float, response: httpx.Response) -> Token:
        lifetime = _lifetime(access, self.wall_clock, response)
        return Token(access, now + lifetime, refresh, issued_at=now, refresh_expires_at=self.refresh_expires_at)

    def apply(self, request: httpx.Request, token: Token) -> None:
        request.headers["Authorization"] = f"Bearer {token.access_token}"

    def _request(self, path: str, **body: str) -> httpx.Request:
        return httpx.Request("POST", f"{self.base_url.rstrip('/')}/{path}", json=body)


class TingTingTokenAuth(RefreshingTokenAuth):
    """:class:`~switchboard.RefreshingTokenAuth` with :class:`TingTingLogin`."""

    grant: TingTingLogin


def make_client(base_url: str, email: str, password: str, **options: Unpack[TokenOptions]) -> Client:
    """A generated TingTing ``Client`` that logs in, refreshes, validates and raises typed errors; ``base_url``
    includes ``/api``.

    A new access token comes from the refresh token ``refresh_margin`` seconds (60) before its ``exp`` and once after
    a 401; an expired or refused refresh token means a new login. The ``options`` are every vendor's
    (:class:`~switchboard.ClientOptions`).
    """
    from tingting_client import Client

    account = account_key("tingting", base_url, email)
    return token_client(
        Client,
        base_url,
        TingTingLogin(base_url=base_url, email=email, password=password),
        options,
        account=account,
        margin=60.0,
        errors=tingting_error,
        auth_class=TingTingTokenAuth,
    )


# Paging (``x-switchboard-paging`` of list_campaigns): the list's own envelope says ``has_next``, ``page_number``
# and ``total_pages``; a page that is not the one asked for, or brings nothing new, ends the iteration too.


def iter_campaigns(client: Client) -> Iterator[Campaign]:
    """Every campaign of the user, page after page of ``GET /system/campaigns``, each once."""
    return pages(client, "list_campaigns")


def aiter_campaigns(client: Client) -> AsyncIterator[Campaign]:
    """:func:`iter_campaigns` for async code: ``async for campaign in aiter_campaigns(client)``."""
    return apages(client, "list_campaigns")
