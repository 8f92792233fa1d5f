"""A transport that checks every outgoing request against the vendor's spec before any byte is sent."""

from __future__ import annotations

import httpx

from ._errors import RequestValidationError
from ._spec import Spec, Violation

_CHECKED = "switchboard.validated"


class ValidatingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wrap the real transports; raise :class:`RequestValidationError` for a request that breaks the spec.

    One object serves both the sync and the async httpx client, because the generated ``Client`` passes the same
    ``httpx_args`` to both. ``base_path`` is the part of the base URL that the spec's paths are relative to
    (``/ns-api/v2``). TLS settings belong to the wrapped transports: httpx ignores ``verify`` once a transport is given.

    Example::

        transport = ValidatingTransport(Spec.load("netsapiens"), base_path="/ns-api/v2")
        httpx.Client(transport=transport)
    """

    def __init__(
        self,
        spec: Spec,
        *,
        base_path: str = "",
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.spec = spec
        self.base_path = base_path.rstrip("/")
        self._transport = transport
        self._async_transport = async_transport

    def check(self, request: httpx.Request) -> None:
        """Raise :class:`RequestValidationError` unless ``request`` conforms to an operation of the spec.

        A request that passed once is marked, so that the transport does not check it again when it is sent.
        """
        if request.extensions.get(_CHECKED):
            return
        path = request.url.path
        if self.base_path and path.startswith(self.base_path):
            path = path[len(self.base_path) :] or "/"
        matched = self.spec.match(request.method, path)
        if matched is None:
            allowed = self.spec.allowed_methods(path)
            rule = f"method not in {', '.join(allowed)}" if allowed else "no such path in the spec"
            violation = Violation("path", path, "paths", f"{request.method} {path}: {rule}")
            raise RequestValidationError(self.spec.name or "request", [violation], request=request)
        operation, path_params = matched
        violations = operation.check_request(
            path_params, request.url.params.multi_items(), request.headers, request.content
        )
        if violations:
            raise RequestValidationError(operation.operation_id, violations, request=request)
        request.extensions[_CHECKED] = True

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.check(request)
        if self._transport is None:
            self._transport = httpx.HTTPTransport()
        return self._transport.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.check(request)
        if self._async_transport is None:
            self._async_transport = httpx.AsyncHTTPTransport()
        return await self._async_transport.handle_async_request(request)

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()

    async def aclose(self) -> None:
        if self._async_transport is not None:
            await self._async_transport.aclose()
