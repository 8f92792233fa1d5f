"""Wiring shared by every vendor's ``make_client``: auth, validation and timeout as generated-``Client`` arguments."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._auth import RefreshingTokenAuth
from ._errors import APIError, error_class_for
from ._transport import DualTransport, ValidatingTransport
from .spec import Spec

#: The generated clients wait forever by default; nothing built here does.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def httpx_args(
    vendor: str,
    base_url: str,
    auth: httpx.Auth,
    *,
    validate: bool = True,
    verify_ssl: bool = True,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
) -> dict[str, Any]:
    """The ``httpx_args`` for a generated ``Client``: ``auth`` plus a transport that validates against the spec.

    ``auth`` is any ``httpx.Auth``. When it has a ``precheck`` attribute (as :class:`RefreshingTokenAuth` does), the
    auth runs the validation first, so a bad request raises before any token is fetched: nothing is sent.

    ``transport``/``async_transport`` replace the network (tests pass ``httpx.MockTransport``); otherwise real
    transports are made here, with ``verify_ssl``, because httpx ignores ``verify`` once a transport is given.
    """
    sync_inner = transport or httpx.HTTPTransport(verify=verify_ssl)
    async_inner = async_transport or (
        transport if isinstance(transport, httpx.AsyncBaseTransport) else httpx.AsyncHTTPTransport(verify=verify_ssl)
    )
    if validate:
        wrapped = ValidatingTransport(
            Spec.load(vendor),
            base_path=urlsplit(base_url).path,
            transport=sync_inner,
            async_transport=async_inner,
        )
        if hasattr(auth, "precheck"):
            auth.precheck = wrapped.check
        return {"auth": auth, "transport": wrapped}
    return {"auth": auth, "transport": DualTransport(sync_inner, async_inner)}


def envelope_error(
    response: httpx.Response, *, code_key: str = "code", message_key: str = "message"
) -> APIError | None:
    """Map a non-2xx response with a ``{code, message}``-style envelope to the matching :class:`APIError`."""
    if response.status_code < 400:
        return None
    code: Any = None
    vendor_message: str | None = None
    try:
        body = json.loads(response.content)
    except ValueError:
        body = None
    if isinstance(body, dict):
        code = body.get(code_key)
        raw = body.get(message_key)
        vendor_message = str(raw)[:300] if raw is not None else None
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
    auth = client._httpx_args["auth"]  # the generated Client keeps its httpx_args here
    assert isinstance(auth, RefreshingTokenAuth)
    return auth
