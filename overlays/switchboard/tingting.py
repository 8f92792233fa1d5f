"""TingTing (legacy ``/api/accounts`` + ``/api/system`` API): a generated ``tingting_client.Client`` wired with the
JWT login and refresh, validation (multipart bodies included) and typed errors; the campaign list as an iterator.

Example::

    from io import BytesIO

    from tingting_client.api.campaigns import create_campaign
    from tingting_client.models import CampaignCreateUpload
    from tingting_client.types import File
    from switchboard.tingting import iter_campaigns, make_client

    client = make_client("https://app.tingting.io/api", "me@example.com", "password")
    sheet = File(payload=BytesIO(xlsx_bytes), file_name="numbers.xlsx")
    create_campaign.sync(client=client, body=CampaignCreateUpload(name="Poll", services="PHONE",
                                                                 send_to_number_file=sheet))
    for campaign in iter_campaigns(client):
        print(campaign.id, campaign.name)
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from ._auth import RefreshingTokenAuth, TemporaryTokenError, Token, TokenFlow, server_time
from ._budget import RateBudget
from ._client import DEFAULT_TIMEOUT, generated_client, httpx_args
from ._errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    RateLimitError,
    ServerError,
    UnauthorizedError,
    error_class_for,
)
from ._limits import ResponseLimits
from ._responses import json_object
from ._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from ._store import CredentialStore, account_key

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


class TingTingError(APIError):
    """An error answer of TingTing: its envelope (``success: false``) or a body of Django REST / simplejwt.

    ``field_errors`` keeps DRF's per-field messages (``{"available_tags": ["Not usable tags ..."]}``, also
    ``non_field_errors``); ``code`` is simplejwt's ``code`` (``token_not_valid``) when there is one, and
    ``vendor_message`` the envelope's ``message`` or DRF's ``detail``.
    """


class TingTingBadRequestError(TingTingError, BadRequestError):
    """TingTing refused the request as invalid (400)."""


class TingTingUnauthorizedError(TingTingError, UnauthorizedError):
    """TingTing refused the access token even after a fresh one (401, 403)."""


class TingTingNotFoundError(TingTingError, NotFoundError):
    """No such campaign, campaign number, page or phone number (404)."""


class TingTingConflictError(TingTingError, ConflictError):
    """A well-formed request the stored state refuses (409): tags the campaign cannot use, nothing to call."""


class TingTingRateLimitError(TingTingError, RateLimitError):
    """TingTing answered 429."""


class TingTingServerError(TingTingError, ServerError):
    """TingTing failed (5xx)."""


class TingTingLoginError(TingTingError, AuthenticationError):
    """The login was refused: wrong email or password."""


_BY_COMMON_CLASS: dict[type[APIError], type[TingTingError]] = {
    BadRequestError: TingTingBadRequestError,
    UnauthorizedError: TingTingUnauthorizedError,
    NotFoundError: TingTingNotFoundError,
    ConflictError: TingTingConflictError,
    RateLimitError: TingTingRateLimitError,
    ServerError: TingTingServerError,
}
#: Keys of the envelope and of simplejwt's bodies; any other key holding messages is a DRF field error.
_ENVELOPE_KEYS = {"status", "success", "message", "errors", "data", "detail", "code", "messages"}


_json_object = json_object


def _messages(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(m) for m in value]
    return [str(value)]


def _field_errors(body: dict[str, Any]) -> dict[str, list[str]]:
    """DRF's field errors, wherever the body keeps them: in the envelope's ``errors`` or at the top level."""
    found: dict[str, list[str]] = {}
    errors = body.get("errors")
    entries = errors if isinstance(errors, list) else [errors] if isinstance(errors, dict) else []
    for entry in entries:
        if isinstance(entry, dict):
            for name, value in entry.items():
                found.setdefault(str(name), []).extend(_messages(value))
        elif entry is not None:
            found.setdefault("non_field_errors", []).append(str(entry))
    for name, value in body.items():
        if name not in _ENVELOPE_KEYS and isinstance(value, str | list):
            found.setdefault(str(name), []).extend(_messages(value))
    return found


def tingting_error(response: httpx.Response, *, cls: type[TingTingError] | None = None) -> TingTingError | None:
    """The :class:`TingTingError` that ``response`` means, or None for a success.

    A 4xx/5xx is an error; so is a 2xx whose envelope says ``success: false`` (its class then follows the envelope's
    ``status``). The class follows the status as :func:`switchboard.error_class_for` does.
    """
    status = response.status_code
    if status < 400:
        if not 200 <= status < 300:
            return None
        try:
            content = response.content
        except httpx.ResponseNotRead:
            return None  # read and judged by TingTingTokenAuth once the exchange is over
        if b'"success"' not in content:
            return None
    body = _json_object(response)
    if status < 400 and (body is None or body.get("success") is not False):
        return None
    body = body or {}
    field_errors = _field_errors(body)
    said = body.get("message") if isinstance(body.get("message"), str) else body.get("detail")
    first = next((m for messages in field_errors.values() for m in messages), None)
    vendor_message = str(said)[:300] if said is not None else (first[:300] if first else None)
    code = body.get("code")
    if status < 400:
        envelope_status = body.get("status")
        status = envelope_status if isinstance(envelope_status, int) and envelope_status >= 400 else 0
    if cls is None:
        cls = _BY_COMMON_CLASS.get(error_class_for(status), TingTingError) if status else TingTingError
    request = response.request
    what = f"{request.method} {request.url.path} failed with HTTP {response.status_code}"
    if response.is_success:
        what += " and success false"
    details = "; ".join(f"{k}: {' '.join(v)}" for k, v in field_errors.items()) or vendor_message
    return cls(
        f"{what}{f': {details[:300]}' if details else ''}",
        request=request,
        response=response,
        code=code,
        vendor_message=vendor_message,
        field_errors=field_errors,
    )


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
        raise AuthenticationError(
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
            self._raise_if_temporary(response)
            body = _json_object(response) if response.is_success else None
            access = body.get("access") if body is not None else None
            if isinstance(access, str):
                self.refreshes += 1
                rotated = body.get("refresh") if body is not None else None
                if isinstance(rotated, str) and rotated:
                    self.refresh_expires_at = now + _lifetime(rotated, self.wall_clock, response)
                    refresh = rotated
                else:
                    self.refresh_expires_at = refresh_expires_at
                return Token(
                    access,
                    now + _lifetime(access, self.wall_clock, response),
                    refresh,
                    issued_at=now,
                    refresh_expires_at=self.refresh_expires_at,
                )
            # Refused (expired, blacklisted) or unreadable: log in again.
        response = yield self._request("accounts/login/", email=self.email, password=self.password)
        self._raise_if_temporary(response)
        refused = tingting_error(response, cls=TingTingLoginError)
        if refused is not None:
            raise refused
        body = _json_object(response) or {}
        data = body.get("data")
        pair = data.get("token") if isinstance(data, dict) else None
        if not isinstance(pair, dict) or not isinstance(pair.get("access"), str):
            raise AuthenticationError(
                "POST /accounts/login/ answered without data.token.access", request=response.request, response=response
            )
        access = pair["access"]
        refresh = pair.get("refresh") if isinstance(pair.get("refresh"), str) else None
        self.logins += 1
        self.refresh_expires_at = now + _lifetime(refresh, self.wall_clock, response) if refresh else None
        return Token(
            access,
            now + _lifetime(access, self.wall_clock, response),
            refresh,
            issued_at=now,
            refresh_expires_at=self.refresh_expires_at,
        )

    def apply(self, request: httpx.Request, token: Token) -> None:
        request.headers["Authorization"] = f"Bearer {token.access_token}"

    def _request(self, path: str, **body: str) -> httpx.Request:
        return httpx.Request("POST", f"{self.base_url.rstrip('/')}/{path}", json=body)

    @staticmethod
    def _raise_if_temporary(response: httpx.Response) -> None:
        if response.status_code == 429 or response.status_code >= 500:
            raise TemporaryTokenError(
                f"POST {response.request.url.path} answered HTTP {response.status_code}",
                request=response.request,
                response=response,
            )


class TingTingTokenAuth(RefreshingTokenAuth):
    """:class:`~switchboard.RefreshingTokenAuth` with :class:`TingTingLogin` that also raises for a 2xx answer whose
    envelope says ``success: false`` (its ``errors`` mapper decides)."""

    grant: TingTingLogin


def make_client(
    base_url: str,
    email: str,
    password: str,
    *,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    refresh_margin: float = 60.0,
    clock: Callable[[], float] = time.monotonic,
    validate: bool = True,
    verify_ssl: bool = True,
    max_retries: int = DEFAULT_MAX_RETRIES,
    retry: RetryPolicy | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    store: CredentialStore | None = None,
    budget: RateBudget | None = None,
    limits: ResponseLimits | None = None,
    deadline: float | None = None,
) -> Client:
    """A generated TingTing ``Client`` that logs in, refreshes, validates and raises typed errors.

    ``base_url`` includes ``/api`` (``https://app.tingting.io/api``). Every generated ``tingting_client.api``
    function works with it, sync and async:

    - the login runs on first use; ``refresh_margin`` seconds before the access token's ``exp`` (at most half its
      lifetime) a new one comes from the refresh token, and once after a 401; when the refresh token has expired
      or is refused, the client logs in again. Concurrent callers share a single fetch;
    - with a ``store`` (:class:`~switchboard.SQLiteStore` for the processes of one host,
      :class:`~switchboard.RedisStore` across hosts) the token pair is shared by every client of the same account that
      uses it: one fetch for the whole fleet (see "Many workers" in the README);
    - with a ``budget`` (:class:`~switchboard.RateBudget`) every request waits for room in the account's rate
      budget, shared through ``store`` like the credentials (a send costs its SMS segments times its recipients);
    - every request is checked against ``specs/tingting.yaml`` first, multipart bodies (the .xlsx of numbers, the
      audio file) included: a bad one raises :class:`~switchboard.RequestValidationError` and nothing is sent
      (``validate=False`` turns this off);
    - connection failures, 408/429/5xx of reads (and of login and refresh) are retried by ``retry``, else a
      default policy with ``max_retries`` (see :class:`~switchboard.RetryPolicy`); a send is never resent;
    - ``deadline`` (seconds) bounds each whole call, retries, backoff, token waits and slow answers included
      (``timeout`` bounds each connect, read, write and pool wait, as in httpx); a ``switchboard.deadline`` block
      bounds the calls inside it; ``limits`` (:class:`~switchboard.ResponseLimits`) bounds every answer's decoded
      size (50 MB) and JSON depth (128);
    - error answers raise :class:`TingTingError` subclasses, which are also the common
      :class:`~switchboard.APIError` subclasses, with ``field_errors``; a 2xx answer saying ``success: false`` too
      (``client.<tag>.with_raw_response.<operation>`` gives a success's status and headers). A refused login
      raises :class:`TingTingLoginError`.
    """
    from tingting_client import Client

    grant = TingTingLogin(base_url=base_url, email=email, password=password)
    account = account_key("tingting", base_url, email)
    auth = TingTingTokenAuth(
        grant,
        margin=refresh_margin,
        clock=clock,
        retry=retry,
        store=store,
        store_key=account,
    )
    args = httpx_args(
        "tingting",
        base_url,
        auth,
        errors=tingting_error,
        validate=validate,
        verify_ssl=verify_ssl,
        max_retries=max_retries,
        retry=retry,
        transport=transport,
        async_transport=async_transport,
        budget=budget,
        store=store,
        account=account,
        limits=limits,
        deadline=deadline,
    )
    return generated_client(Client, base_url, timeout, args)


# Paging: the campaign list's own envelope says `has_next` and `page_number`. The iteration ends on the last page,
# and also when a page is not the one asked for, brings nothing new, or runs past `total_pages`: a server that
# ignores `page` cannot make it loop.


class _Pages:
    def __init__(self) -> None:
        self.page = 1
        self.seen: set[int] = set()
        self.more = True

    def take(self, detailed: Any) -> list[Campaign]:
        from tingting_client.models import CampaignListPage
        from tingting_client.types import Unset

        parsed = detailed.parsed
        if not isinstance(parsed, CampaignListPage):
            raise _failed(detailed, self.page)
        items = list(parsed.result.campaign_lists)
        fresh = [c for c in items if c.id not in self.seen]
        self.seen.update(c.id for c in fresh)
        paging = parsed.pagination
        if isinstance(paging, Unset):
            self.more = False
            return fresh
        has_next = paging.has_next is True
        number = paging.page_number if isinstance(paging.page_number, int) else self.page
        total = paging.total_pages if isinstance(paging.total_pages, int) else None
        self.more = has_next and bool(fresh) and number == self.page and (total is None or self.page < total)
        self.page += 1
        return fresh


def _failed(detailed: Any, page: int) -> TingTingError:
    """The error of a page that was not a success (an answer the error mapper let through)."""
    request = httpx.Request("GET", f"http://tingting/api/system/campaigns?page={page}")
    response = httpx.Response(int(detailed.status_code), content=detailed.content, request=request)
    return tingting_error(response) or TingTingError(
        f"GET /system/campaigns page {page} answered HTTP {int(detailed.status_code)} without a campaign list",
        request=request,
        response=response,
    )


def iter_campaigns(client: Client) -> Iterator[Campaign]:
    """Every campaign of the user, page after page of ``GET /system/campaigns``, each once."""
    from tingting_client.api.campaigns import list_campaigns

    pages = _Pages()
    while pages.more:
        yield from pages.take(list_campaigns.sync_detailed(client=client, page=pages.page))


async def aiter_campaigns(client: Client) -> AsyncIterator[Campaign]:
    """:func:`iter_campaigns` for async code: ``async for campaign in aiter_campaigns(client)``."""
    from tingting_client.api.campaigns import list_campaigns

    pages = _Pages()
    while pages.more:
        for campaign in pages.take(await list_campaigns.asyncio_detailed(client=client, page=pages.page)):
            yield campaign
