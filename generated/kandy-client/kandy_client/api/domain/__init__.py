"""Contains endpoint functions for accessing the API

The ``domain`` operations as methods: ``client.domain.<operation>(...)`` and, awaited,
``client.aio.domain.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module keep working; ``sync_detailed`` and ``asyncio_detailed`` return the whole answer, typed as every status the
spec documents. ``client.domain.with_raw_response.<operation>(...)`` returns the whole answer of a success, typed
as that success.
"""

from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_user_by_phone_number_request import CreateUserByPhoneNumberRequest
from ...models.create_user_by_user_id_request import CreateUserByUserIdRequest
from ...models.created_user_envelope import CreatedUserEnvelope
from ...models.domain_access_token_envelope import DomainAccessTokenEnvelope
from ...models.domain_detail_envelope import DomainDetailEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.status_envelope import StatusEnvelope
from ...models.user_details_envelope import UserDetailsEnvelope
from ...models.user_list_envelope import UserListEnvelope
from ...types import UNSET, Response, Success, Unset
from . import (
    create_user_by_phone_number,
    create_user_by_user_id,
    delete_domain_access_token,
    delete_user,
    get_domain_access_token,
    get_limited_domain_detail,
    get_user_details,
    get_users,
)


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class DomainResource:
    """The ``domain`` operations of a client (``client.domain``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "DomainResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return DomainResourceWithRawResponse(self._client)

    def get_limited_domain_detail(
        self,
        *,
        domain_api_secret: str,
        domain_access_token: str,
    ) -> DomainDetailEnvelope:
        """Get limited details of a domain

        Returns the body of a success (``DomainDetailEnvelope``); any other answer raises.
        """
        response = get_limited_domain_detail.sync_detailed(
            domain_api_secret=domain_api_secret,
            domain_access_token=domain_access_token,
            client=self._client,
        )
        return cast(DomainDetailEnvelope, _success(response))

    def get_domain_access_token(
        self,
        *,
        domain_api_secret: str,
    ) -> DomainAccessTokenEnvelope:
        """Get a domain access token

        Returns the body of a success (``DomainAccessTokenEnvelope``); any other answer raises.
        """
        response = get_domain_access_token.sync_detailed(
            domain_api_secret=domain_api_secret,
            client=self._client,
        )
        return cast(DomainAccessTokenEnvelope, _success(response))

    def delete_domain_access_token(
        self,
        *,
        domain_api_secret: str,
        domain_access_token: str,
    ) -> StatusEnvelope:
        """Revoke a domain access token

        Returns the body of a success (``StatusEnvelope``); any other answer raises.
        """
        response = delete_domain_access_token.sync_detailed(
            domain_api_secret=domain_api_secret,
            domain_access_token=domain_access_token,
            client=self._client,
        )
        return cast(StatusEnvelope, _success(response))

    def create_user_by_phone_number(
        self,
        *,
        body: CreateUserByPhoneNumberRequest,
    ) -> CreatedUserEnvelope:
        """Create a user from a phone number

        Returns the body of a success (``CreatedUserEnvelope``); any other answer raises.
        """
        response = create_user_by_phone_number.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(CreatedUserEnvelope, _success(response))

    def create_user_by_user_id(
        self,
        *,
        body: CreateUserByUserIdRequest,
    ) -> CreatedUserEnvelope:
        """Create a user from a user ID

        Returns the body of a success (``CreatedUserEnvelope``); any other answer raises.
        """
        response = create_user_by_user_id.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(CreatedUserEnvelope, _success(response))

    def get_users(
        self,
    ) -> UserListEnvelope:
        """List the domain's users

        Returns the body of a success (``UserListEnvelope``); any other answer raises.
        """
        response = get_users.sync_detailed(
            client=self._client,
        )
        return cast(UserListEnvelope, _success(response))

    def delete_user(
        self,
    ) -> StatusEnvelope:
        """Delete a user

        Returns the body of a success (``StatusEnvelope``); any other answer raises.
        """
        response = delete_user.sync_detailed(
            client=self._client,
        )
        return cast(StatusEnvelope, _success(response))

    def get_user_details(
        self,
        *,
        user_access_token: str,
    ) -> UserDetailsEnvelope:
        """Get full details of a user

        Returns the body of a success (``UserDetailsEnvelope``); any other answer raises.
        """
        response = get_user_details.sync_detailed(
            user_access_token=user_access_token,
            client=self._client,
        )
        return cast(UserDetailsEnvelope, _success(response))


class DomainResourceWithRawResponse:
    """The ``domain`` operations returning whole answers (``client.domain.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def get_limited_domain_detail(
        self,
        *,
        domain_api_secret: str,
        domain_access_token: str,
    ) -> Success[DomainDetailEnvelope]:
        """Get limited details of a domain

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``DomainDetailEnvelope``);
        any other answer raises.
        """
        response = get_limited_domain_detail.sync_detailed(
            domain_api_secret=domain_api_secret,
            domain_access_token=domain_access_token,
            client=self._client,
        )
        parsed = cast(DomainDetailEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def get_domain_access_token(
        self,
        *,
        domain_api_secret: str,
    ) -> Success[DomainAccessTokenEnvelope]:
        """Get a domain access token

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``DomainAccessTokenEnvelope``);
        any other answer raises.
        """
        response = get_domain_access_token.sync_detailed(
            domain_api_secret=domain_api_secret,
            client=self._client,
        )
        parsed = cast(DomainAccessTokenEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def delete_domain_access_token(
        self,
        *,
        domain_api_secret: str,
        domain_access_token: str,
    ) -> Success[StatusEnvelope]:
        """Revoke a domain access token

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``StatusEnvelope``);
        any other answer raises.
        """
        response = delete_domain_access_token.sync_detailed(
            domain_api_secret=domain_api_secret,
            domain_access_token=domain_access_token,
            client=self._client,
        )
        parsed = cast(StatusEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def create_user_by_phone_number(
        self,
        *,
        body: CreateUserByPhoneNumberRequest,
    ) -> Success[CreatedUserEnvelope]:
        """Create a user from a phone number

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CreatedUserEnvelope``);
        any other answer raises.
        """
        response = create_user_by_phone_number.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(CreatedUserEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def create_user_by_user_id(
        self,
        *,
        body: CreateUserByUserIdRequest,
    ) -> Success[CreatedUserEnvelope]:
        """Create a user from a user ID

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CreatedUserEnvelope``);
        any other answer raises.
        """
        response = create_user_by_user_id.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(CreatedUserEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def get_users(
        self,
    ) -> Success[UserListEnvelope]:
        """List the domain's users

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``UserListEnvelope``);
        any other answer raises.
        """
        response = get_users.sync_detailed(
            client=self._client,
        )
        parsed = cast(UserListEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def delete_user(
        self,
    ) -> Success[StatusEnvelope]:
        """Delete a user

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``StatusEnvelope``);
        any other answer raises.
        """
        response = delete_user.sync_detailed(
            client=self._client,
        )
        parsed = cast(StatusEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def get_user_details(
        self,
        *,
        user_access_token: str,
    ) -> Success[UserDetailsEnvelope]:
        """Get full details of a user

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``UserDetailsEnvelope``);
        any other answer raises.
        """
        response = get_user_details.sync_detailed(
            user_access_token=user_access_token,
            client=self._client,
        )
        parsed = cast(UserDetailsEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )


class AsyncDomainResource:
    """The ``domain`` operations of a client, awaited (``client.aio.domain``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AsyncDomainResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AsyncDomainResourceWithRawResponse(self._client)

    async def get_limited_domain_detail(
        self,
        *,
        domain_api_secret: str,
        domain_access_token: str,
    ) -> DomainDetailEnvelope:
        """Get limited details of a domain

        Returns the body of a success (``DomainDetailEnvelope``); any other answer raises.
        """
        response = await get_limited_domain_detail.asyncio_detailed(
            domain_api_secret=domain_api_secret,
            domain_access_token=domain_access_token,
            client=self._client,
        )
        return cast(DomainDetailEnvelope, _success(response))

    async def get_domain_access_token(
        self,
        *,
        domain_api_secret: str,
    ) -> DomainAccessTokenEnvelope:
        """Get a domain access token

        Returns the body of a success (``DomainAccessTokenEnvelope``); any other answer raises.
        """
        response = await get_domain_access_token.asyncio_detailed(
            domain_api_secret=domain_api_secret,
            client=self._client,
        )
        return cast(DomainAccessTokenEnvelope, _success(response))

    async def delete_domain_access_token(
        self,
        *,
        domain_api_secret: str,
        domain_access_token: str,
    ) -> StatusEnvelope:
        """Revoke a domain access token

        Returns the body of a success (``StatusEnvelope``); any other answer raises.
        """
        response = await delete_domain_access_token.asyncio_detailed(
            domain_api_secret=domain_api_secret,
            domain_access_token=domain_access_token,
            client=self._client,
        )
        return cast(StatusEnvelope, _success(response))

    async def create_user_by_phone_number(
        self,
        *,
        body: CreateUserByPhoneNumberRequest,
    ) -> CreatedUserEnvelope:
        """Create a user from a phone number

        Returns the body of a success (``CreatedUserEnvelope``); any other answer raises.
        """
        response = await create_user_by_phone_number.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(CreatedUserEnvelope, _success(response))

    async def create_user_by_user_id(
        self,
        *,
        body: CreateUserByUserIdRequest,
    ) -> CreatedUserEnvelope:
        """Create a user from a user ID

        Returns the body of a success (``CreatedUserEnvelope``); any other answer raises.
        """
        response = await create_user_by_user_id.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(CreatedUserEnvelope, _success(response))

    async def get_users(
        self,
    ) -> UserListEnvelope:
        """List the domain's users

        Returns the body of a success (``UserListEnvelope``); any other answer raises.
        """
        response = await get_users.asyncio_detailed(
            client=self._client,
        )
        return cast(UserListEnvelope, _success(response))

    async def delete_user(
        self,
    ) -> StatusEnvelope:
        """Delete a user

        Returns the body of a success (``StatusEnvelope``); any other answer raises.
        """
        response = await delete_user.asyncio_detailed(
            client=self._client,
        )
        return cast(StatusEnvelope, _success(response))

    async def get_user_details(
        self,
        *,
        user_access_token: str,
    ) -> UserDetailsEnvelope:
        """Get full details of a user

        Returns the body of a success (``UserDetailsEnvelope``); any other answer raises.
        """
        response = await get_user_details.asyncio_detailed(
            user_access_token=user_access_token,
            client=self._client,
        )
        return cast(UserDetailsEnvelope, _success(response))


class AsyncDomainResourceWithRawResponse:
    """The ``domain`` operations returning whole answers, awaited (``client.aio.domain.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def get_limited_domain_detail(
        self,
        *,
        domain_api_secret: str,
        domain_access_token: str,
    ) -> Success[DomainDetailEnvelope]:
        """Get limited details of a domain

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``DomainDetailEnvelope``);
        any other answer raises.
        """
        response = await get_limited_domain_detail.asyncio_detailed(
            domain_api_secret=domain_api_secret,
            domain_access_token=domain_access_token,
            client=self._client,
        )
        parsed = cast(DomainDetailEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def get_domain_access_token(
        self,
        *,
        domain_api_secret: str,
    ) -> Success[DomainAccessTokenEnvelope]:
        """Get a domain access token

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``DomainAccessTokenEnvelope``);
        any other answer raises.
        """
        response = await get_domain_access_token.asyncio_detailed(
            domain_api_secret=domain_api_secret,
            client=self._client,
        )
        parsed = cast(DomainAccessTokenEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def delete_domain_access_token(
        self,
        *,
        domain_api_secret: str,
        domain_access_token: str,
    ) -> Success[StatusEnvelope]:
        """Revoke a domain access token

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``StatusEnvelope``);
        any other answer raises.
        """
        response = await delete_domain_access_token.asyncio_detailed(
            domain_api_secret=domain_api_secret,
            domain_access_token=domain_access_token,
            client=self._client,
        )
        parsed = cast(StatusEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def create_user_by_phone_number(
        self,
        *,
        body: CreateUserByPhoneNumberRequest,
    ) -> Success[CreatedUserEnvelope]:
        """Create a user from a phone number

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CreatedUserEnvelope``);
        any other answer raises.
        """
        response = await create_user_by_phone_number.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(CreatedUserEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def create_user_by_user_id(
        self,
        *,
        body: CreateUserByUserIdRequest,
    ) -> Success[CreatedUserEnvelope]:
        """Create a user from a user ID

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CreatedUserEnvelope``);
        any other answer raises.
        """
        response = await create_user_by_user_id.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(CreatedUserEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def get_users(
        self,
    ) -> Success[UserListEnvelope]:
        """List the domain's users

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``UserListEnvelope``);
        any other answer raises.
        """
        response = await get_users.asyncio_detailed(
            client=self._client,
        )
        parsed = cast(UserListEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def delete_user(
        self,
    ) -> Success[StatusEnvelope]:
        """Delete a user

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``StatusEnvelope``);
        any other answer raises.
        """
        response = await delete_user.asyncio_detailed(
            client=self._client,
        )
        parsed = cast(StatusEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def get_user_details(
        self,
        *,
        user_access_token: str,
    ) -> Success[UserDetailsEnvelope]:
        """Get full details of a user

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``UserDetailsEnvelope``);
        any other answer raises.
        """
        response = await get_user_details.asyncio_detailed(
            user_access_token=user_access_token,
            client=self._client,
        )
        parsed = cast(UserDetailsEnvelope, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
