"""Kandy REST API v1.2: a generated ``kandy_client.Client`` with keys at three levels, validation and typed errors
(the guide, with a complete example: ``docs/vendors/kandy.md``).

Every Kandy operation authenticates with one query parameter, ``key``; what it carries depends on the operation
(``x-credential-level`` and ``x-key`` in ``specs/kandy.yaml``).
"""

from __future__ import annotations

import dataclasses
import math
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Unpack
from urllib.parse import urlsplit

import httpx

from . import _errors as common
from ._auth import RefreshingTokenAuth, RoutingAuth, Token, TokenFlow, raise_if_temporary
from ._client import generated_client
from ._envelope import ErrorEnvelope
from ._options import ClientOptions, auth_of, build_client
from ._redact import mask, track
from ._responses import json_object
from ._retry import RetryPolicy
from ._secret import SecretURL
from ._store import CredentialStore, account_key
from ._transport import OPERATION_EXTENSION
from .spec import Spec

if TYPE_CHECKING:
    from kandy_client import Client

__all__ = [
    "KEY_REFUSED",
    "KandyAuth",
    "KandyBadRequestError",
    "KandyConflictError",
    "KandyCredentials",
    "KandyError",
    "KandyNotFoundError",
    "KandyRateLimitError",
    "KandyServerError",
    "KandyTokenGrant",
    "KandyUnauthorizedError",
    "arevoke_account_token",
    "arevoke_domain_token",
    "kandy_auth_of",
    "kandy_error",
    "make_client",
    "revoke_account_token",
    "revoke_account_token_async",
    "revoke_domain_token",
    "revoke_domain_token_async",
    "with_credentials",
]

#: The envelope ``status`` that means "the key is invalid, expired or revoked" (specs/kandy.yaml, Decisions 20).
KEY_REFUSED = 401


class KandyError(common.APIError):
    """Kandy answered with an error: HTTP status >= 400, or HTTP 200 with an envelope ``status`` other than 0 (or
    kandy.js's ``success: false``); ``x-switchboard-errors`` in ``specs/kandy.yaml`` maps the statuses.

    ``status`` and ``message`` are the envelope's (``status`` is None when the body had none); ``status_code`` is the
    HTTP status. Subclasses also derive from the common class of their meaning, so ``except NotFoundError`` works.
    """

    @property
    def status(self) -> int | None:
        """The envelope's ``status``."""
        return self.code if isinstance(self.code, int) and not isinstance(self.code, bool) else None

    @property
    def message(self) -> str | None:
        """The envelope's ``message``."""
        return self.vendor_message


if TYPE_CHECKING:  # what error_family makes at run time, spelt out for type checkers

    class KandyBadRequestError(KandyError, common.BadRequestError): ...

    class KandyUnauthorizedError(KandyError, common.UnauthorizedError): ...

    class KandyNotFoundError(KandyError, common.NotFoundError): ...

    class KandyConflictError(KandyError, common.ConflictError): ...

    class KandyRateLimitError(KandyError, common.RateLimitError): ...

    class KandyServerError(KandyError, common.ServerError): ...

else:
    globals().update(common.error_family(KandyError))


#: The :class:`KandyError` a response means (``kandy_error(response)``), or None for a success. 702 (not a member
#: of the group) is a KandyError of no common class: forbidden, but no credential problem.
kandy_error = ErrorEnvelope("kandy", KandyError)


@dataclass(frozen=True)
class KandyCredentials:
    """What a client may hold, by level; every value but ``user_id`` stays out of ``repr``.

    - account: ``account_api_key`` + ``account_api_secret`` (account token, domain management);
    - domain: ``domain_api_key`` + ``domain_api_secret`` (domain token, user management);
    - user: ``domain_api_key`` + ``user_id`` + ``domain_api_secret`` or ``user_password`` (user token: devices,
      messages, SMS, groups, address books); ``user_api_key`` for ``delete_user`` only.
    """

    account_api_key: str | None = field(default=None, repr=False)
    account_api_secret: str | None = field(default=None, repr=False)
    domain_api_key: str | None = field(default=None, repr=False)
    domain_api_secret: str | None = field(default=None, repr=False)
    user_id: str | None = None
    user_password: str | None = field(default=None, repr=False)
    user_api_key: str | None = field(default=None, repr=False)

    def secrets(self) -> list[str]:
        return [v for f in dataclasses.fields(self) if f.name != "user_id" and (v := getattr(self, f.name))]


@dataclass
class KandyTokenGrant:
    """``GET`` on one of the three token endpoints; the token goes into the ``key`` query parameter.

    Kandy tokens carry no lifetime: one is kept until the API refuses it (then the auth obtains another once).
    """

    level: str
    url: str
    params: dict[str, str] = field(repr=False)
    result_key: str
    #: The token this grant obtained last (what the revoke helpers revoke).
    issued: str | None = field(default=None, repr=False)

    def obtain(self, current: Token | None, now: float) -> TokenFlow:
        request = httpx.Request("GET", self.url, params=self.params)
        request.url = SecretURL(request.url)  # its key and secret stay out of every repr
        response = yield request
        raise_if_temporary(response, f"the {self.level} token endpoint")
        body = json_object(response) or {}
        result = body.get("result")
        token = result.get(self.result_key) if isinstance(result, dict) else None
        if response.status_code != 200 or body.get("status") != 0 or not isinstance(token, str):
            raw = body.get("message")
            said = f": {mask(str(raw)[:300])}" if raw is not None else ""
            raise common.AuthenticationError(
                f"the {self.level} token endpoint refused the credentials "
                f"(HTTP {response.status_code}, status {body.get('status')}){said}",
                request=response.request,
                response=response,
            )
        self.issued = token
        return Token(access_token=token, expires_at=math.inf)

    def apply(self, request: httpx.Request, token: Token) -> None:
        request.url = SecretURL(request.url.copy_set_param("key", token.access_token))

    def secrets(self) -> list[str]:
        return [value for name, value in self.params.items() if name != "user_id"]


class _Shared:
    """The token auths of every level, shared by the clients :func:`with_credentials` derives from one client."""

    def __init__(self, clock: Callable[[], float], retry: RetryPolicy | None, store: CredentialStore | None) -> None:
        self.clock = clock
        self.retry = retry
        self.store = store
        self.lock = threading.Lock()
        self.auths: dict[tuple[str, ...], RefreshingTokenAuth] = {}


#: Per level: the token endpoint, the token's key in its answer, and the credentials it takes (the first as ``key``,
#: the others by name; ``a|b`` the first of them given). Those that are no secret name the token's cache.
_LEVELS = {
    "account": ("/accounts/accesstokens", "account_access_token", ("account_api_key", "account_api_secret")),
    "domain": ("/domains/accesstokens", "domain_access_token", ("domain_api_key", "domain_api_secret")),
    "user": (
        "/domains/users/accesstokens",
        "user_access_token",
        ("domain_api_key", "user_id", "domain_api_secret|user_password"),
    ),
}


class KandyAuth(RoutingAuth):
    """Put the right ``key`` on every Kandy request, obtaining and caching tokens per level.

    - The operation of a request (matched in the spec) names the level and whether ``key`` is an API key or a token.
    - Tokens are fetched on first use, one fetch per level at a time for all concurrent callers (per user for user
      tokens), and kept: Kandy tokens have no known lifetime.
    - When Kandy refuses a token (HTTP 401, or HTTP 200 with status 401), a new one is obtained once and the request
      sent once more. Nothing else is resent here; retries of failed connections and 5xx belong to the transport.
    - ``secrets()`` lists every key, secret, password and token held: they are masked in every error and log.

    Example::

        auth = KandyAuth("https://api.kandy.io/v1.2", KandyCredentials(account_api_key="...", ...))
    """

    def __init__(
        self,
        base_url: str,
        credentials: KandyCredentials,
        *,
        clock: Callable[[], float] = time.monotonic,
        retry: RetryPolicy | None = None,
        store: CredentialStore | None = None,
        _shared: _Shared | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.credentials = credentials
        self.spec = Spec.load("kandy")
        self._base_path = urlsplit(self.base_url).path
        self._shared = _shared or _Shared(clock, retry, store)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, credentials={self.credentials!r})"

    def with_credentials(self, **changes: str | None) -> KandyAuth:
        """An auth for other credentials (another domain, another user) sharing this one's token caches."""
        return KandyAuth(self.base_url, dataclasses.replace(self.credentials, **changes), _shared=self._shared)

    def secrets(self) -> list[str]:
        with self._shared.lock:
            auths = list(self._shared.auths.values())
        return self.credentials.secrets() + [s for auth in auths for s in auth.secrets()]

    @property
    def token_fetches(self) -> int:
        """Tokens obtained so far, all levels and users together."""
        with self._shared.lock:
            return sum(auth.token_fetches for auth in self._shared.auths.values())

    def token_auth(self, level: str) -> RefreshingTokenAuth:
        """The token cache of ``level`` for these credentials (made on first use); common.AuthenticationError if they
        cannot obtain one."""
        path, result_key, needs = _LEVELS[level]
        params: dict[str, str] = {}
        for need in needs:
            name, value = next(((n, v) for n in need.split("|") if (v := getattr(self.credentials, n))), (need, None))
            if not value:
                listed = ", ".join(needs[:-1]).replace("|", " or ") + " and " + needs[-1].replace("|", " or ")
                raise common.AuthenticationError(f"{level}-level calls need {listed}")
            params["key" if not params else name] = value
        cache_key = (level, *(v for n, v in params.items() if not n.endswith(("_secret", "_password"))))
        with self._shared.lock:
            auth = self._shared.auths.get(cache_key)
            if auth is None:
                auth = self._shared.auths[cache_key] = RefreshingTokenAuth(
                    KandyTokenGrant(level, f"{self.base_url}{path}", params, result_key),
                    margin=0.0,
                    clock=self._shared.clock,
                    retry=self._shared.retry,
                    store=self._shared.store,
                    store_key=account_key("kandy", self.base_url, *cache_key),
                    refused=kandy_error.refuses,
                )
            return auth

    def route(self, request: httpx.Request) -> httpx.Auth | None:
        """The token cache of the level the operation of ``request`` needs; None for an operation that takes an API
        key (put on the request here) or for no operation at all."""
        # The request check, before this auth, names the operation it matched (as do the generated calls).
        known = request.extensions.get(OPERATION_EXTENSION)
        operation = self.spec.by_id.get(known) if isinstance(known, str) else None
        if operation is None:
            path = Spec.relative(request.url.path, self._base_path)
            matched = self.spec.match(request.method, path) if path is not None else None
            if matched is None:
                return None
            operation = matched[0]
        level, key = str(operation.definition["x-credential-level"]), operation.definition["x-key"]
        if key != "api-key":
            return self.token_auth(level)
        api_key = getattr(self.credentials, f"{level}_api_key")
        if not api_key:
            raise common.AuthenticationError(f"this operation sends the {level} API key as key: pass {level}_api_key")
        request.url = SecretURL(request.url.copy_set_param("key", api_key))
        return None


def make_client(
    base_url: str,
    *,
    account_api_key: str | None = None,
    account_api_secret: str | None = None,
    domain_api_key: str | None = None,
    domain_api_secret: str | None = None,
    user_id: str | None = None,
    user_password: str | None = None,
    user_api_key: str | None = None,
    **options: Unpack[ClientOptions],
) -> Client:
    """A generated Kandy ``Client`` that puts the right key on every call, validates and raises typed errors;
    ``base_url`` includes the version (``https://api.kandy.io/v1.2``).

    Pass the credentials you have; a call whose level they do not cover raises
    :class:`~switchboard.AuthenticationError` before anything is sent (see :class:`KandyAuth`). With a ``store`` the
    tokens of every level are shared by the fleet. The ``options`` are every vendor's
    (:class:`~switchboard.ClientOptions`).
    """
    from kandy_client import Client

    credentials = KandyCredentials(
        account_api_key, account_api_secret, domain_api_key, domain_api_secret, user_id, user_password, user_api_key
    )
    account = account_key("kandy", base_url, *(v or "" for v in (account_api_key, domain_api_key, user_id)))
    auth = KandyAuth(
        base_url,
        credentials,
        clock=options.get("clock", time.monotonic),
        retry=options.get("retry"),
        store=options.get("store"),
    )
    return build_client(Client, base_url, auth, options, account=account, errors=kandy_error)


def kandy_auth_of(client: Any) -> KandyAuth:
    """The :class:`KandyAuth` a :func:`make_client` client carries (to count token fetches)."""
    return auth_of(client, KandyAuth)


def with_credentials(client: Client, **changes: str | None) -> Client:
    """A client like ``client`` (same connection settings and token caches) with some credentials changed.

    Example: ``alice = with_credentials(client, user_id="alice")``; ``new = with_credentials(client,
    domain_api_key=key, domain_api_secret=secret)`` for a domain just created.
    """
    auth = kandy_auth_of(client).with_credentials(**changes)
    track(auth)
    from kandy_client import Client

    return generated_client(Client, client._base_url, client._timeout, {**client._httpx_args, "auth": auth})


def _revocation(client: Client, level: str) -> tuple[KandyTokenGrant, RefreshingTokenAuth, dict[str, Any]] | None:
    """The grant and token cache of ``level``, and the arguments of the call that revokes its token (None if none)."""
    auth = kandy_auth_of(client)
    token_auth = auth.token_auth(level)
    grant = token_auth.grant
    if not isinstance(grant, KandyTokenGrant) or grant.issued is None:
        return None
    secret = getattr(auth.credentials, f"{level}_api_secret")
    return grant, token_auth, {f"{level}_api_secret": secret, f"{level}_access_token": grant.issued}


def _revoke(client: Client, level: str) -> bool:
    found = _revocation(client, level)
    if found is None:
        return False
    try:
        getattr(getattr(client, level), f"delete_{level}_access_token")(**found[2])
    except common.NotFoundError:
        return False  # revoked already
    finally:
        found[0].issued = None
        found[1].invalidate()
    return True


async def _arevoke(client: Client, level: str) -> bool:
    found = _revocation(client, level)
    if found is None:
        return False
    try:
        await getattr(getattr(client.aio, level), f"delete_{level}_access_token")(**found[2])
    except common.NotFoundError:
        return False
    finally:
        found[0].issued = None
        found[1].invalidate()
    return True


def revoke_account_token(client: Client) -> bool:
    """Revoke the cached account token on Kandy and forget it; False when there was none (or it was gone)."""
    return _revoke(client, "account")


def revoke_domain_token(client: Client) -> bool:
    """Revoke the cached domain token of the client's domain on Kandy and forget it; False when there was none."""
    return _revoke(client, "domain")


async def arevoke_account_token(client: Client) -> bool:
    """:func:`revoke_account_token` for async code."""
    return await _arevoke(client, "account")


async def arevoke_domain_token(client: Client) -> bool:
    """:func:`revoke_domain_token` for async code."""
    return await _arevoke(client, "domain")


async def revoke_account_token_async(client: Client) -> bool:
    """Deprecated name of :func:`arevoke_account_token`."""
    warnings.warn("use arevoke_account_token", DeprecationWarning, stacklevel=2)
    return await _arevoke(client, "account")


async def revoke_domain_token_async(client: Client) -> bool:
    """Deprecated name of :func:`arevoke_domain_token`."""
    warnings.warn("use arevoke_domain_token", DeprecationWarning, stacklevel=2)
    return await _arevoke(client, "domain")
