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
from ...models.api_error import ApiError
from ...models.login_request import LoginRequest
from ...models.login_response import LoginResponse
from ...models.token_refresh_request import TokenRefreshRequest
from ...models.token_refresh_response import TokenRefreshResponse
from ...models.user_details_response import UserDetailsResponse
from ...types import UNSET, Response, Success, Unset
from . import get_user_details, login, refresh_token


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

    def login(
        self,
        *,
        body: LoginRequest,
    ) -> LoginResponse:
        """Log in and get a JWT pair

        Returns the body of a success (``LoginResponse``); any other answer raises.
        """
        response = login.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(LoginResponse, _success(response))

    def get_user_details(
        self,
    ) -> UserDetailsResponse:
        """Details of the logged-in user

        Returns the body of a success (``UserDetailsResponse``); any other answer raises.
        """
        response = get_user_details.sync_detailed(
            client=self._client,
        )
        return cast(UserDetailsResponse, _success(response))

    def refresh_token(
        self,
        *,
        body: TokenRefreshRequest,
    ) -> TokenRefreshResponse:
        """Get a new access token

        Returns the body of a success (``TokenRefreshResponse``); any other answer raises.
        """
        response = refresh_token.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(TokenRefreshResponse, _success(response))


class AuthResourceWithRawResponse:
    """The ``auth`` operations returning whole answers (``client.auth.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def login(
        self,
        *,
        body: LoginRequest,
    ) -> Success[LoginResponse]:
        """Log in and get a JWT pair

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``LoginResponse``);
        any other answer raises.
        """
        response = login.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(LoginResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def get_user_details(
        self,
    ) -> Success[UserDetailsResponse]:
        """Details of the logged-in user

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``UserDetailsResponse``);
        any other answer raises.
        """
        response = get_user_details.sync_detailed(
            client=self._client,
        )
        parsed = cast(UserDetailsResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def refresh_token(
        self,
        *,
        body: TokenRefreshRequest,
    ) -> Success[TokenRefreshResponse]:
        """Get a new access token

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``TokenRefreshResponse``);
        any other answer raises.
        """
        response = refresh_token.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(TokenRefreshResponse, _success(response))
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

    async def login(
        self,
        *,
        body: LoginRequest,
    ) -> LoginResponse:
        """Log in and get a JWT pair

        Returns the body of a success (``LoginResponse``); any other answer raises.
        """
        response = await login.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(LoginResponse, _success(response))

    async def get_user_details(
        self,
    ) -> UserDetailsResponse:
        """Details of the logged-in user

        Returns the body of a success (``UserDetailsResponse``); any other answer raises.
        """
        response = await get_user_details.asyncio_detailed(
            client=self._client,
        )
        return cast(UserDetailsResponse, _success(response))

    async def refresh_token(
        self,
        *,
        body: TokenRefreshRequest,
    ) -> TokenRefreshResponse:
        """Get a new access token

        Returns the body of a success (``TokenRefreshResponse``); any other answer raises.
        """
        response = await refresh_token.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(TokenRefreshResponse, _success(response))


class AsyncAuthResourceWithRawResponse:
    """The ``auth`` operations returning whole answers, awaited (``client.aio.auth.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def login(
        self,
        *,
        body: LoginRequest,
    ) -> Success[LoginResponse]:
        """Log in and get a JWT pair

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``LoginResponse``);
        any other answer raises.
        """
        response = await login.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(LoginResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def get_user_details(
        self,
    ) -> Success[UserDetailsResponse]:
        """Details of the logged-in user

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``UserDetailsResponse``);
        any other answer raises.
        """
        response = await get_user_details.asyncio_detailed(
            client=self._client,
        )
        parsed = cast(UserDetailsResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def refresh_token(
        self,
        *,
        body: TokenRefreshRequest,
    ) -> Success[TokenRefreshResponse]:
        """Get a new access token

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``TokenRefreshResponse``);
        any other answer raises.
        """
        response = await refresh_token.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(TokenRefreshResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
