"""Wiring shared by every vendor's ``make_client``: auth, validation and timeout as generated-``Client`` arguments."""

from __future__ import annotations

from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

from ._auth import RefreshingTokenAuth
from ._budget import Pacer, RateBudget
from ._deadline import check_seconds
from ._errors import APIError, error_class_for
from ._hooks import hooks_for
from ._httpx import CallRules, ErrorMapper, client_class
from ._limits import ResponseLimits
from ._logging import redact_library_logs
from ._redact import mask, track
from ._responses import json_object
from ._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from ._store import CredentialStore, MemoryStore
from ._transport import DualTransport, ValidatingTransport
from .spec import Spec

#: The generated clients wait forever by default; nothing built here does.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

C = TypeVar("C")


def generated_client(
    generated: type[C], base_url: str, timeout: httpx.Timeout | float | None, args: dict[str, Any]
) -> C:
    """An instance of the generated ``Client`` class ``generated`` with ``args`` (see :func:`httpx_args`) and
    switchboard's hooks (see ``switchboard._hooks``), raising on undocumented statuses, its httpx clients
    switchboard's (see ``switchboard._httpx``)."""
    vendor = generated.__module__.split(".", 1)[0].removesuffix("_client")
    return client_class(generated)(  # type: ignore[call-arg]
        base_url=base_url,
        hooks=hooks_for(vendor),
        timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        httpx_args=args,
        raise_on_unexpected_status=True,
    )


def httpx_args(
    vendor: str,
    base_url: str,
    auth: httpx.Auth,
    *,
    errors: ErrorMapper | None = None,
    validate: bool = True,
    verify_ssl: bool = True,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
    retry: RetryPolicy | None = None,
    budget: RateBudget | None = None,
    store: CredentialStore | None = None,
    account: str | None = None,
    limits: ResponseLimits | None = None,
    deadline: float | None = None,
) -> dict[str, Any]:
    """The ``httpx_args`` for a generated ``Client``: ``auth``, a transport that retries, logs and checks answers,
    and the :class:`~switchboard._httpx.CallRules` of switchboard's httpx clients.

    ``auth`` is any ``httpx.Auth``; when it has ``secrets()``, every value it returns is masked in every error and
    log line. With ``validate``, every request is checked against the spec before its auth runs, so a bad request
    raises before any token is fetched: nothing is sent. ``errors`` is the vendor's reading of a final answer (its
    typed error, or None): every error answer raises it, a failure inside a 2xx too.

    Retries follow ``retry`` (a :class:`~switchboard.RetryPolicy`), else a default policy with ``max_retries``; see
    ``switchboard._retry`` for what is retried. The hooks that :func:`generated_client` gives the client make bad
    Python arguments raise :class:`~switchboard.RequestValidationError` (see ``switchboard._hooks``).

    With a ``budget`` (a :class:`~switchboard.RateBudget`), every attempt waits for the budget of ``account`` (its
    store key) in ``store`` (a private in-memory one when None).

    ``limits`` (a :class:`~switchboard.ResponseLimits`) bounds every answer's decoded size and JSON depth;
    ``deadline`` bounds each whole call in seconds, retries and token waits included (see ``switchboard._deadline``).

    ``transport``/``async_transport`` replace the network (tests pass ``httpx.MockTransport``); otherwise real
    transports are made here, with ``verify_ssl``, because httpx ignores ``verify`` once a transport is given.
    """
    if max_retries < 0:
        raise ValueError("max_retries must be 0 or more")
    policy = retry or RetryPolicy(max_retries=max_retries)
    deadline = check_seconds(deadline)
    async_inner = async_transport or (transport if isinstance(transport, httpx.AsyncBaseTransport) else None)
    spec = Spec.load(vendor)
    base_path = urlsplit(base_url).path
    if callable(getattr(auth, "secrets", None)):
        track(auth)  # type: ignore[arg-type]
    redact_library_logs()
    wrapped: DualTransport
    check = None
    if validate:
        checking = ValidatingTransport(
            spec,
            base_path=base_path,
            transport=transport,
            async_transport=async_inner,
            retry=policy,
            verify_ssl=verify_ssl,
            error_of=errors,
            limits=limits,
            deadline=deadline,
        )
        wrapped, check = checking, checking.check
    else:
        wrapped = DualTransport(
            transport,
            async_inner,
            retry=policy,
            spec=spec,
            base_path=base_path,
            verify_ssl=verify_ssl,
            limits=limits,
            deadline=deadline,
        )
    if budget is not None:
        wrapped.pacer = Pacer(budget, (store or MemoryStore()).rate_bucket, account or vendor)
    rules = CallRules(check=check, errors=errors, deadline=deadline)
    return {"auth": auth, "transport": wrapped, "rules": rules}


def envelope_error(
    response: httpx.Response, *, code_key: str = "code", message_key: str = "message"
) -> APIError | None:
    """Map a non-2xx response with a ``{code, message}``-style envelope to the matching :class:`APIError`."""
    if response.status_code < 400:
        return None
    code: Any = None
    vendor_message: str | None = None
    body = json_object(response)
    if body is not None:
        code = body.get(code_key)
        raw = body.get(message_key)
        vendor_message = mask(str(raw)[:300]) if raw is not None else None
    request = response.request
    what = f"{request.method} {request.url.path}"
    said = f": {vendor_message}" if vendor_message else ""
    return error_class_for(response.status_code)(
        f"{what} failed with HTTP {response.status_code}{said}",
        request=request,
        response=response,
        code=code,
        vendor_message=vendor_message,
    )


def token_auth_of(client: Any) -> RefreshingTokenAuth:
    """The :class:`RefreshingTokenAuth` a ``make_client`` client carries (to count fetches or force a refresh)."""
    auth = getattr(client, "_httpx_args", {}).get("auth")  # the generated Client keeps its httpx_args here
    if not isinstance(auth, RefreshingTokenAuth):
        raise TypeError("not a client made by a switchboard make_client with a token grant")
    return auth
