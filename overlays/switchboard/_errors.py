"""The exceptions the overlays raise: one root, subclasses by meaning, each carrying the request and response."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ._redact import Masker, mask, redact_request, shorten

if TYPE_CHECKING:
    from .spec import Violation


class SwitchboardError(Exception):
    """Root of every error raised by the overlays.

    ``request`` and ``response`` are the HTTP exchange it came from, when there was one. Messages are one sentence and
    never contain a credential: every secret an auth object holds or was issued is masked by value (``***``).
    ``request`` is a redacted copy when the request carried credentials (credential headers and query parameters
    replaced by ``***``, the body masked by value), so that its ``repr``, URL and headers show none.
    """

    def __init__(
        self, message: str, *, request: httpx.Request | None = None, response: httpx.Response | None = None
    ) -> None:
        masker = Masker()
        super().__init__(masker(message))
        self.request = None if request is None else redact_request(request, masker)
        self.response = response


class RequestValidationError(SwitchboardError, ValueError):
    """The request breaks the spec; it was not sent.

    ``violations`` lists every problem; ``field`` and ``rule`` name the first one. ``request`` is None when the
    Python arguments were refused before any request could be built.
    """

    def __init__(
        self, operation_id: str, violations: Sequence[Violation], *, request: httpx.Request | None = None
    ) -> None:
        violations = [_masked(v) for v in violations]
        first = violations[0]
        more = f" (and {len(violations) - 1} more)" if len(violations) > 1 else ""
        super().__init__(f"{operation_id}: {first}{more}; nothing was sent.", request=request)
        self.operation_id = operation_id
        self.violations = list(violations)
        self.field = first.field
        self.rule = first.rule
        self.location = first.location


class APIConnectionError(SwitchboardError):
    """The request could not be completed: the connection failed or dropped before a full response arrived.

    ``request`` is the request that was being sent; there is no response.
    """

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""


class ResponseValidationError(SwitchboardError):
    """The vendor's response breaks the spec in a way the client cannot read past.

    ``violations`` lists every problem; ``field`` and ``rule`` name the first one.
    """

    def __init__(
        self,
        operation_id: str,
        violations: Sequence[Violation],
        *,
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        violations = [_masked(v) for v in violations]
        first = violations[0] if violations else None
        more = f" (and {len(violations) - 1} more)" if len(violations) > 1 else ""
        what = str(first) if first is not None else "the response breaks the spec"
        super().__init__(f"{operation_id}: response {what}{more}", request=request, response=response)
        self.operation_id = operation_id
        self.violations = list(violations)
        self.field = first.field if first is not None else ""
        self.rule = first.rule if first is not None else ""


class ResponseTooLargeError(ResponseValidationError):
    """The answer's decoded body grew beyond ``max_body_size`` (see :class:`~switchboard.ResponseLimits`); the client
    stopped reading it."""


class MalformedResponseError(ResponseValidationError):
    """The answer cannot be read safely: JSON nested deeper than ``max_json_depth``, or a number out of range."""


class RedirectError(APIConnectionError):
    """A redirect loop, or more redirects than the client follows (when ``follow_redirects`` is on)."""


def _masked(violation: Violation) -> Violation:
    detail = shorten(mask(violation.detail))
    return violation if detail == violation.detail else dataclasses.replace(violation, detail=detail)


class AuthenticationError(SwitchboardError):
    """Credentials were refused, or no token could be obtained after the allowed attempts."""


class APIError(SwitchboardError):
    """The vendor answered with an error: a non-2xx status or an error envelope.

    ``status_code`` is the HTTP status; ``code`` and ``vendor_message`` come from the vendor's envelope when it has one,
    ``field_errors`` from the vendors that name the fields they refuse (``{"password": ["Incorrect password."]}``).
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request,
        response: httpx.Response,
        code: Any = None,
        vendor_message: str | None = None,
        field_errors: dict[str, list[str]] | None = None,
    ) -> None:
        super().__init__(message, request=request, response=response)
        self.status_code = response.status_code
        self.code = code
        self.vendor_message = vendor_message
        self.field_errors = field_errors or {}


class BadRequestError(APIError):
    """The vendor refused the request as malformed (400, 422)."""


class UnauthorizedError(APIError, AuthenticationError):
    """The vendor refused the credentials even after a fresh token (401, 403)."""


class NotFoundError(APIError):
    """The resource does not exist (404)."""


class ConflictError(APIError):
    """The resource already exists or is in a conflicting state (409)."""


class RateLimitError(APIError):
    """Too many requests (429); ``retry_after`` is the server's hint in seconds, if it gave one."""

    @property
    def retry_after(self) -> float | None:
        """Seconds to wait, from ``Retry-After`` in seconds or as an HTTP date (None without a usable one)."""
        from ._retry import parse_retry_after

        if self.response is None:
            return None
        return parse_retry_after(self.response.headers.get("retry-after"))


class ServerError(APIError):
    """The vendor failed (5xx)."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: UnauthorizedError,
    404: NotFoundError,
    409: ConflictError,
    422: BadRequestError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[APIError]:
    """The :class:`APIError` subclass that means ``status_code``."""
    if status_code >= 500:
        return ServerError
    return _BY_STATUS.get(status_code, APIError)


#: The common classes a vendor's error family mirrors, each one member (``<Vendor>NotFoundError`` for NotFoundError).
FAMILY: tuple[type[APIError], ...] = (
    BadRequestError,
    UnauthorizedError,
    NotFoundError,
    ConflictError,
    RateLimitError,
    ServerError,
)


def error_family(root: type[APIError]) -> dict[str, type[APIError]]:
    """The vendor error classes of ``root`` by name: one per :data:`FAMILY` class, both a ``root`` and that class.

    ``error_family(GatumError)["GatumNotFoundError"]`` is a subclass of ``GatumError`` and of :class:`NotFoundError`,
    living in ``root``'s module (a vendor module binds them to its names).
    """
    prefix = root.__name__.removesuffix("Error")
    made: dict[str, type[APIError]] = {}
    for common in FAMILY:
        name = f"{prefix}{common.__name__}"
        doc = f"A :class:`{root.__name__}` that is also a :class:`~switchboard.{common.__name__}`: {_said(common)}"
        made[name] = type(name, (root, common), {"__module__": root.__module__, "__qualname__": name, "__doc__": doc})
    return made


def _said(cls: type[APIError]) -> str:
    doc = (cls.__doc__ or "").strip()
    return doc[:1].lower() + doc[1:]
