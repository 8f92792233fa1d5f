"""Contains endpoint functions for accessing the API

The ``auth`` operations as methods: ``client.auth.<operation>(...)`` and, awaited,
``client.aio.auth.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module keep working; ``sync_detailed`` and ``asyncio_detailed`` return the whole answer, typed as every status the
spec documents. ``client.auth.with_raw_response.<operation>(...)`` returns the whole answer of a success, typed
as that success.
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
from ...types import UNSET, Response, Success, Unset
from . import authorize, create_access_token, logout


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class AuthResource:
    """The ``auth`` operations of a client (``client.auth``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AuthResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AuthResourceWithRawResponse(self._client)

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


class AuthResourceWithRawResponse:
    """The ``auth`` operations returning whole answers (``client.auth.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def authorize(
        self,
        *,
        body: AuthorizeRequest,
    ) -> Success[AuthorizeResponse]:
        """Exchange web-cabinet credentials for an authorization code

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AuthorizeResponse``);
        any other answer raises.
        """
        response = authorize.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(AuthorizeResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def create_access_token(
        self,
        *,
        body: AccessTokenRequest,
    ) -> Success[AccessTokenResponse]:
        """Exchange an authorization code for an access token

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AccessTokenResponse``);
        any other answer raises.
        """
        response = create_access_token.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(AccessTokenResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def logout(
        self,
    ) -> Success[LogoutResponse]:
        """Destroy the access token

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``LogoutResponse``);
        any other answer raises.
        """
        response = logout.sync_detailed(
            client=self._client,
        )
        parsed = cast(LogoutResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )


class AsyncAuthResource:
    """The ``auth`` operations of a client, awaited (``client.aio.auth``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AsyncAuthResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AsyncAuthResourceWithRawResponse(self._client)

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


class AsyncAuthResourceWithRawResponse:
    """The ``auth`` operations returning whole answers, awaited (``client.aio.auth.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def authorize(
        self,
        *,
        body: AuthorizeRequest,
    ) -> Success[AuthorizeResponse]:
        """Exchange web-cabinet credentials for an authorization code

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AuthorizeResponse``);
        any other answer raises.
        """
        response = await authorize.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(AuthorizeResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def create_access_token(
        self,
        *,
        body: AccessTokenRequest,
    ) -> Success[AccessTokenResponse]:
        """Exchange an authorization code for an access token

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AccessTokenResponse``);
        any other answer raises.
        """
        response = await create_access_token.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(AccessTokenResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def logout(
        self,
    ) -> Success[LogoutResponse]:
        """Destroy the access token

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``LogoutResponse``);
        any other answer raises.
        """
        response = await logout.asyncio_detailed(
            client=self._client,
        )
        parsed = cast(LogoutResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
