"""The options every vendor's ``make_client`` takes, in one place: ``make_client(..., **options)``.

Each vendor module's ``make_client`` takes its credentials and then ``**options: Unpack[ClientOptions]`` (or
:class:`TokenOptions` where tokens are renewed), and builds its client with :func:`build_client`. A type checker
sees every option with its type; a misspelt one is a ``TypeError``, as with any keyword argument.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypedDict, TypeVar

import httpx

from ._auth import RefreshingTokenAuth, TokenGrant
from ._budget import RateBudget
from ._client import DEFAULT_TIMEOUT, generated_client, httpx_args
from ._httpx import ErrorMapper
from ._limits import ResponseLimits
from ._retry import RetryPolicy
from ._store import CredentialStore

C = TypeVar("C")
A = TypeVar("A", bound=httpx.Auth)


class ClientOptions(TypedDict, total=False):
    """What every ``make_client`` accepts besides the vendor's credentials (all optional):

    - ``timeout`` (``httpx.Timeout`` or seconds; default :data:`~switchboard.DEFAULT_TIMEOUT`) bounds each connect,
      read, write and pool wait, as in httpx; ``deadline`` (seconds) bounds each whole call, retries, backoff, token
      waits and slow answers included (a ``switchboard.deadline`` block bounds the calls inside it);
    - ``validate`` (default True): every request is checked against the vendor's spec first; a bad one raises
      :class:`~switchboard.RequestValidationError` and nothing is sent;
    - ``max_retries`` and ``retry`` (a :class:`~switchboard.RetryPolicy`): connection failures, 408, 429 and 5xx are
      retried when safe (reads and searches, never a send);
    - ``verify_ssl`` (default True); ``transport`` / ``async_transport`` replace the network (tests pass
      ``httpx.MockTransport``);
    - ``clock``: the clock token lifetimes are measured on;
    - ``store`` (:class:`~switchboard.SQLiteStore` for the processes of one host, :class:`~switchboard.RedisStore`
      across hosts): the credentials are shared by every client of the same account (see "Many workers" in the
      README);
    - ``budget`` (:class:`~switchboard.RateBudget`): every request waits for room in the account's rate budget,
      shared through ``store`` like the credentials (a send costs its SMS segments times its recipients);
    - ``limits`` (:class:`~switchboard.ResponseLimits`) bounds every answer's decoded size (50 MB) and JSON depth
      (128).
    """

    timeout: httpx.Timeout | float
    clock: Callable[[], float]
    validate: bool
    verify_ssl: bool
    transport: httpx.BaseTransport | None
    async_transport: httpx.AsyncBaseTransport | None
    max_retries: int
    retry: RetryPolicy | None
    store: CredentialStore | None
    budget: RateBudget | None
    limits: ResponseLimits | None
    deadline: float | None


class TokenOptions(ClientOptions, total=False):
    """:class:`ClientOptions` and ``refresh_margin``: seconds before a token's expiry that a new one is obtained
    (at most half its lifetime)."""

    refresh_margin: float


#: What :func:`build_client` hands to ``httpx_args`` as they are.
_TRANSPORT_OPTIONS = (
    *("validate", "verify_ssl", "transport", "async_transport", "max_retries", "retry"),
    *("budget", "store", "limits", "deadline"),
)


def token_client(
    generated: type[C],
    base_url: str,
    grant: TokenGrant,
    options: TokenOptions,
    *,
    account: str,
    margin: float,
    errors: ErrorMapper,
    auth_class: type[RefreshingTokenAuth] = RefreshingTokenAuth,
    clock: Callable[[], float] = time.monotonic,
) -> C:
    """:func:`build_client` with a :class:`~switchboard.RefreshingTokenAuth` (``auth_class``) of ``grant``: tokens
    renewed ``refresh_margin`` (default ``margin``) seconds ahead and shared through the ``store`` under
    ``account``; every error answer raises what ``errors`` makes of it."""
    auth = auth_class(
        grant,
        margin=options.get("refresh_margin", margin),
        clock=options.get("clock", clock),
        retry=options.get("retry"),
        store=options.get("store"),
        store_key=account,
    )
    return build_client(generated, base_url, auth, options, account=account, errors=errors)


def build_client(
    generated: type[C],
    base_url: str,
    auth: httpx.Auth,
    options: ClientOptions,
    *,
    account: str,
    errors: ErrorMapper,
    wrap: Callable[[Any], Any] | None = None,
) -> C:
    """The generated ``Client`` class ``generated`` wired with ``auth`` and the ``options``: validation, retries,
    logging, budget and limits on its transport (``wrap`` wraps that transport once more), switchboard's hooks, and
    every error answer raised as what ``errors`` (the vendor's reading of an answer) makes of it."""
    vendor = generated.__module__.split(".", 1)[0].removesuffix("_client")
    given = {name: options[name] for name in _TRANSPORT_OPTIONS if name in options}  # type: ignore[literal-required]
    args = httpx_args(vendor, base_url, auth, account=account, errors=errors, **given)
    if wrap is not None:
        args["transport"] = wrap(args["transport"])
    return generated_client(generated, base_url, options.get("timeout", DEFAULT_TIMEOUT), args)


def auth_of(client: Any, cls: type[A]) -> A:
    """The auth of class ``cls`` a ``make_client`` client carries; TypeError for a client made otherwise."""
    auth = getattr(client, "_httpx_args", {}).get("auth")  # the generated Client keeps its httpx_args here
    if not isinstance(auth, cls):
        raise TypeError(f"not a client made by a switchboard make_client with a {cls.__name__}")
    return auth
