"""Contains endpoint functions for accessing the API

The ``tokens`` operations as methods: ``client.tokens.<operation>(...)`` and, awaited,
``client.aio.tokens.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module (``sync_detailed`` and ``asyncio_detailed``) are the raw form: status, headers and parsed body.
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
from ...types import UNSET, Response, Unset
from . import create_token


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class TokensResource:
    """The ``tokens`` operations of a client (``client.tokens``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

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


class AsyncTokensResource:
    """The ``tokens`` operations of a client, awaited (``client.aio.tokens``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

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
