"""Transports for the generated clients: one object for sync and async, and one that validates before sending."""

from __future__ import annotations

import httpx

from ._errors import RequestValidationError
from .spec import Spec, Violation

_CHECKED = "switchboard.validated"


class DualTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """One transport object for both the sync and the async httpx client.

    The generated ``Client`` passes the same ``httpx_args`` to both, so a ``transport=`` in them must serve both.
    Missing inner transports are made on first use.
    """

    def __init__(
        self, transport: httpx.BaseTransport | None = None, async_transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self._transport = transport
        self._async_transport = async_transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._transport is None:
            self._transport = httpx.HTTPTransport()
        return self._transport.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._async_transport is None:
            self._async_transport = httpx.AsyncHTTPTransport()
        return await self._async_transport.handle_async_request(request)

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()

    async def aclose(self) -> None:
        if self._async_transport is not None:
            await self._async_transport.aclose()


class ValidatingTransport(DualTransport):
    """Wrap the real transports; raise :class:`RequestValidationError` for a request that breaks the spec.

    ``base_path`` is the part of the base URL that the spec's paths are relative to (``/ns-api/v2``). TLS settings
    belong to the wrapped transports: httpx ignores ``verify`` once a transport is given.

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
        super().__init__(transport, async_transport)
        self.spec = spec
        self.base_path = base_path.rstrip("/")

    def check(self, request: httpx.Request) -> None:
        """Raise :class:`RequestValidationError` unless ``request`` conforms to an operation of the spec.

        A request that passed once is marked, so that the transport does not check it again when it is sent.
        """
        if request.extensions.get(_CHECKED):
            return
        path = Spec.relative(request.url.path, self.base_path)
        matched = self.spec.match(request.method, path) if path is not None else None
        if matched is None:
            shown = path or request.url.path
            allowed = self.spec.allowed_methods(path) if path is not None else []
            rule = f"method not in {', '.join(allowed)}" if allowed else "no such path in the spec"
            violation = Violation("path", shown, "paths", f"{request.method} {shown}: {rule}")
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
        return super().handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.check(request)
        return await super().handle_async_request(request)
