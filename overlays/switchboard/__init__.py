"""Hand-written layers over the generated vendor clients: auth, request validation, typed errors, timeouts.

Each vendor module has a ``make_client`` returning the generated package's ``Client``, ready to use with every
generated ``api`` function::

    from switchboard.netsapiens import make_client
"""

from typing import TYPE_CHECKING

from ._auth import RefreshingTokenAuth, TemporaryTokenError, Token, TokenGrant
from ._budget import RateBudget, RateBudgetError
from ._client import DEFAULT_TIMEOUT, envelope_error, token_auth_of
from ._deadline import deadline
from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    MalformedResponseError,
    NotFoundError,
    RateLimitError,
    RedirectError,
    RequestValidationError,
    ResponseTooLargeError,
    ResponseValidationError,
    ServerError,
    SwitchboardError,
    UnauthorizedError,
)
from ._limits import ResponseLimits
from ._options import ClientOptions, TokenOptions
from ._retry import RetryPolicy, max_retries
from ._sms import sms_segments
from ._store import CredentialStore, MemoryStore, StoreError
from ._store_sqlite import SQLiteStore
from ._transport import DualTransport, ValidatingTransport
from .spec import Spec, Violation, spec_names

if TYPE_CHECKING:
    from ._store_redis import RedisStore

__all__ = [
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientOptions",
    "ConflictError",
    "CredentialStore",
    "DualTransport",
    "MalformedResponseError",
    "MemoryStore",
    "NotFoundError",
    "RateBudget",
    "RateBudgetError",
    "RateLimitError",
    "RedirectError",
    "RedisStore",
    "RefreshingTokenAuth",
    "RequestValidationError",
    "ResponseLimits",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryPolicy",
    "SQLiteStore",
    "ServerError",
    "Spec",
    "StoreError",
    "SwitchboardError",
    "TemporaryTokenError",
    "Token",
    "TokenGrant",
    "TokenOptions",
    "UnauthorizedError",
    "ValidatingTransport",
    "Violation",
    "deadline",
    "envelope_error",
    "max_retries",
    "sms_segments",
    "spec_names",
    "token_auth_of",
]


def __getattr__(name: str) -> object:
    # RedisStore needs redis-py (the ``redis`` extra): imported when asked for, not with switchboard.
    if name == "RedisStore":
        from ._store_redis import RedisStore

        return RedisStore
    raise AttributeError(f"module 'switchboard' has no attribute {name!r}")
