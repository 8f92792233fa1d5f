"""Contains endpoint functions for accessing the API

The ``auth`` operations as methods: ``client.auth.<operation>(...)`` and, awaited,
``client.aio.auth.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module (``sync_detailed`` and ``asyncio_detailed``) are the raw form: status, headers and parsed body.
"""

from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token_request import AccessTokenRequest
from ...models.access_token_response import AccessTokenResponse
from ...models.authorize_request import AuthorizeRequest
from ...models.authorize_response import AuthorizeResponse
from ...models.error_response import ErrorResponse
from ...models.logout_response import LogoutResponse
from ...types import UNSET, Response, Unset
from . import authorize, create_access_token, logout


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class AuthResource:
    """The ``auth`` operations of a client (``client.auth``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def authorize(
        self,
        *,
        body: AuthorizeRequest,
    ) -> AuthorizeResponse:
        """Exchange web-cabinet credentials for an authorization code

        Returns the body of a success (``AuthorizeResponse``); any other answer raises.
        """
        response = authorize.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(AuthorizeResponse, _success(response))

    def create_access_token(
        self,
        *,
        body: AccessTokenRequest,
    ) -> AccessTokenResponse:
        """Exchange an authorization code for an access token

        Returns the body of a success (``AccessTokenResponse``); any other answer raises.
        """
        response = create_access_token.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(AccessTokenResponse, _success(response))

    def logout(
        self,
    ) -> LogoutResponse:
        """Destroy the access token

        Returns the body of a success (``LogoutResponse``); any other answer raises.
        """
        response = logout.sync_detailed(
            client=self._client,
        )
        return cast(LogoutResponse, _success(response))


class AsyncAuthResource:
    """The ``auth`` operations of a client, awaited (``client.aio.auth``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def authorize(
        self,
        *,
        body: AuthorizeRequest,
    ) -> AuthorizeResponse:
        """Exchange web-cabinet credentials for an authorization code

        Returns the body of a success (``AuthorizeResponse``); any other answer raises.
        """
        response = await authorize.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(AuthorizeResponse, _success(response))

    async def create_access_token(
        self,
        *,
        body: AccessTokenRequest,
    ) -> AccessTokenResponse:
        """Exchange an authorization code for an access token

        Returns the body of a success (``AccessTokenResponse``); any other answer raises.
        """
        response = await create_access_token.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(AccessTokenResponse, _success(response))

    async def logout(
        self,
    ) -> LogoutResponse:
        """Destroy the access token

        Returns the body of a success (``LogoutResponse``); any other answer raises.
        """
        response = await logout.asyncio_detailed(
            client=self._client,
        )
        return cast(LogoutResponse, _success(response))
