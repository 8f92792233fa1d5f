"""Contains endpoint functions for accessing the API

The ``tokens`` operations as methods: ``client.tokens.<operation>(...)`` and, awaited,
``client.aio.tokens.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module keep working; ``sync_detailed`` and ``asyncio_detailed`` return the whole answer, typed as every status the
spec documents. ``client.tokens.with_raw_response.<operation>(...)`` returns the whole answer of a success, typed
as that success.
"""

from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token import AccessToken
from ...models.error_response import ErrorResponse
from ...models.forbidden_error import ForbiddenError
from ...models.mfa_grant import MfaGrant
from ...models.password_grant import PasswordGrant
from ...models.refresh_token_grant import RefreshTokenGrant
from ...types import UNSET, Response, Success, Unset
from . import create_token


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class TokensResource:
    """The ``tokens`` operations of a client (``client.tokens``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "TokensResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return TokensResourceWithRawResponse(self._client)

    def create_token(
        self,
        *,
        body: MfaGrant | PasswordGrant | RefreshTokenGrant,
    ) -> AccessToken:
        """Get an access token (password grant), refresh one (refresh_token grant) or complete MFA (mfa grant)

        Returns the body of a success (``AccessToken``); any other answer raises.
        """
        response = create_token.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(AccessToken, _success(response))


class TokensResourceWithRawResponse:
    """The ``tokens`` operations returning whole answers (``client.tokens.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def create_token(
        self,
        *,
        body: MfaGrant | PasswordGrant | RefreshTokenGrant,
    ) -> Success[AccessToken]:
        """Get an access token (password grant), refresh one (refresh_token grant) or complete MFA (mfa grant)

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AccessToken``);
        any other answer raises.
        """
        response = create_token.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(AccessToken, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )


class AsyncTokensResource:
    """The ``tokens`` operations of a client, awaited (``client.aio.tokens``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AsyncTokensResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AsyncTokensResourceWithRawResponse(self._client)

    async def create_token(
        self,
        *,
        body: MfaGrant | PasswordGrant | RefreshTokenGrant,
    ) -> AccessToken:
        """Get an access token (password grant), refresh one (refresh_token grant) or complete MFA (mfa grant)

        Returns the body of a success (``AccessToken``); any other answer raises.
        """
        response = await create_token.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(AccessToken, _success(response))


class AsyncTokensResourceWithRawResponse:
    """The ``tokens`` operations returning whole answers, awaited (``client.aio.tokens.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def create_token(
        self,
        *,
        body: MfaGrant | PasswordGrant | RefreshTokenGrant,
    ) -> Success[AccessToken]:
        """Get an access token (password grant), refresh one (refresh_token grant) or complete MFA (mfa grant)

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AccessToken``);
        any other answer raises.
        """
        response = await create_token.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(AccessToken, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
