"""Gatum REST API: a generated ``gatum_client.Client`` wired with the two-step login, validation and typed errors.

Example::

    from gatum_client.api.sms import send_sms
    from gatum_client.models import SmsMessage
    from switchboard.gatum import iter_groups, logout, make_client

    client = make_client("https://restapi.gatum.io/v1", "login", "password")
    send_sms.sync(client=client, body=[SmsMessage(number=["380957225759"], sender_id="Verify", text="Hi")])
    for group in iter_groups(client, page_size=50):
        print(group.id_group, group.name_group)
    logout(client)
"""

from __future__ import annotations

import json
import math
import time
from collections import deque
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


class GatumError(APIError):
    """Gatum's error envelope ``{status: false, error_code, errors: {field: [messages]}, error}``.

    ``field_errors`` keeps the per-field messages (``{"password": ["Incorrect username or password."]}``);
    ``code`` is the envelope's ``error_code`` and ``vendor_message`` its scalar ``error`` or first message.
    """


class GatumBadRequestError(GatumError, BadRequestError):
    """Gatum refused the request (400)."""


class GatumUnauthorizedError(GatumError, UnauthorizedError):
    """Gatum refused the access token even after a fresh login (401, 403)."""


class GatumNotFoundError(GatumError, NotFoundError):
    """A group addressed by ``id_group`` does not exist (404)."""


class GatumConflictError(GatumError, ConflictError):
    """Gatum answered 409."""


class GatumRateLimitError(GatumError, RateLimitError):
    """Gatum answered 429."""


class GatumServerError(GatumError, ServerError):
    """Gatum failed (5xx)."""


class GatumLoginError(GatumError, AuthenticationError):
    """The login was refused: wrong username or password, or an authorization code Gatum would not exchange."""


_BY_COMMON_CLASS: dict[type[APIError], type[GatumError]] = {
    BadRequestError: GatumBadRequestError,
    UnauthorizedError: GatumUnauthorizedError,
    NotFoundError: GatumNotFoundError,
    ConflictError: GatumConflictError,
    RateLimitError: GatumRateLimitError,
    ServerError: GatumServerError,
}


_envelope = json_object


def _field_errors(body: dict[str, Any]) -> dict[str, list[str]]:
    raw = body.get("errors")
    if not isinstance(raw, dict):
        return {}
    return {str(k): [str(m) for m in v] if isinstance(v, list) else [str(v)] for k, v in raw.items()}


def gatum_error(response: httpx.Response, *, cls: type[GatumError] | None = None) -> GatumError | None:
    """The :class:`GatumError` that ``response`` means, or None for a success.

    A non-2xx status is an error; so is a 2xx answer whose body says ``status: false``. The class follows the
    status (the envelope's ``error_code`` for a 2xx), as :func:`switchboard.error_class_for` does.
    """
    if response.status_code < 400 and not response.is_success:
        return None  # 1xx/3xx: not an answer the envelope speaks about
    if response.is_success:
        try:
            content = response.content
        except httpx.ResponseNotRead:
            return None  # read and judged by GatumTokenAuth once the exchange is over
        if b'"status"' not in content:
            return None
    body = _envelope(response)
    if response.is_success and (body is None or body.get("status") is not False):
        return None
    body = body or {}
    code = body.get("error_code")
    field_errors = _field_errors(body)
    scalar = body.get("error")
    first = next((m for messages in field_errors.values() for m in messages), None)
    vendor_message = str(scalar)[:300] if scalar is not None else (first[:300] if first else None)
    status = response.status_code
    if response.is_success:
        status = code if isinstance(code, int) and code >= 400 else 0
    if cls is None:
        cls = _BY_COMMON_CLASS.get(error_class_for(status), GatumError) if status else GatumError
    request = response.request
    said = "; ".join(f"{k}: {' '.join(v)}" for k, v in field_errors.items()) or vendor_message
    what = f"{request.method} {request.url.path} failed with HTTP {response.status_code}"
    if response.is_success:
        what += " and status false"
    return cls(
        f"{what}{f': {said[:300]}' if said else ''}",
        request=request,
        response=response,
        code=code,
        vendor_message=vendor_message,
        field_errors=field_errors,
    )


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
            raise AuthenticationError(
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
            raise AuthenticationError(
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
        if response.status_code == 429 or response.status_code >= 500:
            raise TemporaryTokenError(
                f"POST {response.request.url.path} answered HTTP {response.status_code}",
                request=response.request,
                response=response,
            )
        refused = gatum_error(response, cls=GatumLoginError)
        if refused is not None:
            raise refused
        body = _envelope(response) or {}
        data = body.get("data")
        if not isinstance(data, dict) or any(data.get(k) is None for k in keys):
            raise AuthenticationError(
                f"POST {response.request.url.path} answered without data.{' and data.'.join(keys)}",
                request=response.request,
                response=response,
            )
        values = [data[k] for k in keys]
        return values[0] if len(values) == 1 else values


class GatumTokenAuth(RefreshingTokenAuth):
    """:class:`~switchboard.RefreshingTokenAuth` with :class:`GatumLogin`, that also raises for a 2xx answer whose
    body says ``status: false`` (Gatum's envelope can say "error" under any status: its ``errors`` mapper decides)."""

    grant: GatumLogin


def make_client(
    base_url: str,
    username: str | None = None,
    password: str | None = None,
    *,
    token: str | None = None,
    token_expires_at: float | None = None,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
    refresh_margin: float = 60.0,
    clock: Callable[[], float] = time.time,
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
    """A generated Gatum ``Client`` that logs in, validates and raises typed errors.

    ``base_url`` includes ``/v1`` (``https://restapi.gatum.io/v1``; the host is your vendor's). Every generated
    ``gatum_client.api`` function works with it, sync and async:

    - the two-step login (``username``, ``password``) runs on first use, again ``refresh_margin`` seconds before
      the token's ``expires_at`` and once after a 401; concurrent callers share a single login. ``clock`` must give
      Unix epoch seconds, as ``expires_at`` is one;
    - with a ``store`` (:class:`~switchboard.SQLiteStore` for the processes of one host,
      :class:`~switchboard.RedisStore` across hosts) the token is shared by every client of the same account that
      uses it: one login for the whole fleet, and no worker logs the others out (see "Many workers" in the README);
    - with a ``budget`` (:class:`~switchboard.RateBudget`) every request waits for room in the account's rate
      budget, shared through ``store`` like the credentials (a send costs its SMS segments times its recipients);
    - or a ``token`` obtained elsewhere (the web cabinet) is used, until ``token_expires_at`` (epoch seconds, if
      known) or a 401; then the credentials log in if given, else :class:`~switchboard.AuthenticationError`;
    - :func:`logout` revokes the token;
    - every request is checked against ``specs/gatum.yaml`` first: a bad one raises
      :class:`~switchboard.RequestValidationError` and nothing is sent (``validate=False`` turns this off);
    - error answers raise :class:`GatumError` subclasses, which are also the common
      :class:`~switchboard.APIError` subclasses, with ``field_errors``; a 2xx answer saying ``status: false`` too
      (``client.<tag>.with_raw_response.<operation>`` gives a success's status and headers). A refused login
      raises :class:`GatumLoginError`;
    - ``deadline`` (seconds) bounds each whole call, retries, backoff, token waits and slow answers included
      (``timeout`` bounds each connect, read, write and pool wait, as in httpx); a ``switchboard.deadline`` block
      bounds the calls inside it; ``limits`` (:class:`~switchboard.ResponseLimits`) bounds every answer's decoded
      size (50 MB) and JSON depth (128);
    - connection failures, 408, 429 and 5xx are retried ``max_retries`` times when safe (reads and searches, never a
      send), with the backoff of ``retry``.
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
    identity = username if username is not None else f"token:{token}"
    account = account_key("gatum", base_url, identity)
    auth = GatumTokenAuth(
        grant,
        margin=refresh_margin,
        clock=clock,
        retry=retry,
        store=store,
        store_key=account,
    )
    args = httpx_args(
        "gatum",
        base_url,
        auth,
        errors=gatum_error,
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


def _auth_of(client: Client) -> GatumTokenAuth:
    auth = client._httpx_args.get("auth")  # the generated Client keeps its httpx_args here
    if not isinstance(auth, GatumTokenAuth):
        raise TypeError("not a client made by switchboard.gatum.make_client")
    return auth


def logout(client: Client) -> bool:
    """Revoke the client's token (``GET /logout``); False when it had none. The next call logs in again."""
    from gatum_client.api.auth import logout as logout_operation

    auth = _auth_of(client)
    if auth.grant.current is None:
        return False
    logout_operation.sync_detailed(client=client)
    auth.grant.forget()
    auth.invalidate()
    return True


async def alogout(client: Client) -> bool:
    """:func:`logout` for async code."""
    from gatum_client.api.auth import logout as logout_operation

    auth = _auth_of(client)
    if auth.grant.current is None:
        return False
    await logout_operation.asyncio_detailed(client=client)
    auth.grant.forget()
    auth.invalidate()
    return True


# Paging: ``offset`` is a page index. A page shorter than the page size, an empty page, a page with nothing new
# (a server repeating itself) or, for groups, reaching ``countAll`` ends the iteration.


class _Pages:
    """What has been seen so far, and whether the next page is worth asking for."""

    def __init__(self, page_size: int) -> None:
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.page_size = page_size
        self.page = 0
        self.seen: set[Any] = set()
        self.more = True

    def take(self, items: list[Any], key: Callable[[Any], Any], total: int | None = None) -> list[Any]:
        fresh = []
        for item in items:
            k = key(item)
            if k not in self.seen:
                self.seen.add(k)
                fresh.append(item)
        self.page += 1
        self.more = bool(fresh) and len(items) >= self.page_size and (total is None or len(self.seen) < total)
        return fresh


def _failed(operation: str, detailed: Any) -> GatumError:
    """The error of a page that was not a success (an answer the error mapper let through)."""
    request = httpx.Request("POST", f"http://gatum/{operation}")
    response = httpx.Response(int(detailed.status_code), content=detailed.content, request=request)
    return gatum_error(response) or GatumError(
        f"POST /{operation} answered no data", request=request, response=response
    )


def _group_key(group: GroupSummary) -> Any:
    return group.id_group if isinstance(group.id_group, int) else json.dumps(group.to_dict(), sort_keys=True)


def _group_page(detailed: Any) -> tuple[list[GroupSummary], int | None]:
    from gatum_client.models import ListGroupsResponse
    from gatum_client.types import Unset

    parsed = detailed.parsed
    if not isinstance(parsed, ListGroupsResponse) or parsed.status is False:
        raise _failed("group", detailed)
    if isinstance(parsed.data, Unset):
        return [], None
    items = [] if isinstance(parsed.data.list_, Unset) else list(parsed.data.list_)
    details = parsed.data.group_details
    total = None if isinstance(details, Unset) or isinstance(details.count_all, Unset) else details.count_all
    return items, total


def iter_groups(client: Client, *, page_size: int = 10) -> Iterator[GroupSummary]:
    """Every group, ``page_size`` per request (``POST /group`` pages)."""
    from gatum_client.api.groups import list_groups
    from gatum_client.models import ListGroupsRequest

    pages = _Pages(page_size)
    while pages.more:
        detailed = list_groups.sync_detailed(client=client, body=ListGroupsRequest(limit=page_size, offset=pages.page))
        items, total = _group_page(detailed)
        yield from pages.take(items, _group_key, total)


async def aiter_groups(client: Client, *, page_size: int = 10) -> AsyncIterator[GroupSummary]:
    """:func:`iter_groups` for async code: ``async for group in aiter_groups(client)``."""
    from gatum_client.api.groups import list_groups
    from gatum_client.models import ListGroupsRequest

    pages = _Pages(page_size)
    while pages.more:
        body = ListGroupsRequest(limit=page_size, offset=pages.page)
        items, total = _group_page(await list_groups.asyncio_detailed(client=client, body=body))
        for group in pages.take(items, _group_key, total):
            yield group


def _record_key(record: SmsRecord) -> Any:
    return record.id_state if isinstance(record.id_state, int) else json.dumps(record.to_dict(), sort_keys=True)


def _records_page(detailed: Any) -> list[SmsRecord]:
    from gatum_client.models import SmsFullDataResponse
    from gatum_client.types import Unset

    parsed = detailed.parsed
    if not isinstance(parsed, SmsFullDataResponse) or parsed.status is False:
        raise _failed("sms-full-data", detailed)
    return [] if isinstance(parsed.data, Unset) else list(parsed.data)


def _records_request(filters: SmsFullDataRequest | None, page_size: int, page: int) -> SmsFullDataRequest:
    from gatum_client.models import SmsFullDataRequest

    body = SmsFullDataRequest.from_dict(filters.to_dict()) if filters is not None else SmsFullDataRequest()
    body.limit = page_size
    body.offset = page
    return body


def iter_sms_records(
    client: Client, filters: SmsFullDataRequest | None = None, *, page_size: int = 100
) -> Iterator[SmsRecord]:
    """Every sent-SMS record matching ``filters`` (their ``limit``/``offset`` are replaced), oldest first."""
    from gatum_client.api.sms import get_sms_full_data

    pages = _Pages(page_size)
    while pages.more:
        body = _records_request(filters, page_size, pages.page)
        yield from pages.take(_records_page(get_sms_full_data.sync_detailed(client=client, body=body)), _record_key)


async def aiter_sms_records(
    client: Client, filters: SmsFullDataRequest | None = None, *, page_size: int = 100
) -> AsyncIterator[SmsRecord]:
    """:func:`iter_sms_records` for async code."""
    from gatum_client.api.sms import get_sms_full_data

    pages = _Pages(page_size)
    while pages.more:
        body = _records_request(filters, page_size, pages.page)
        page = _records_page(await get_sms_full_data.asyncio_detailed(client=client, body=body))
        for record in pages.take(page, _record_key):
            yield record
