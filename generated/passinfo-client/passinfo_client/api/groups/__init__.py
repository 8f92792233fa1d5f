"""Contains endpoint functions for accessing the API

The ``groups`` operations as methods: ``client.groups.<operation>(...)`` and, awaited,
``client.aio.groups.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module keep working; ``sync_detailed`` and ``asyncio_detailed`` return the whole answer, typed as every status the
spec documents. ``client.groups.with_raw_response.<operation>(...)`` returns the whole answer of a success, typed
as that success.
"""

from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_contact_to_group_request import AddContactToGroupRequest
from ...models.error_response import ErrorResponse
from ...models.group import Group
from ...models.success_result import SuccessResult
from ...types import UNSET, Response, Success, Unset
from . import add_contact_to_group, get_user_groups


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class GroupsResource:
    """The ``groups`` operations of a client (``client.groups``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "GroupsResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return GroupsResourceWithRawResponse(self._client)

    def get_user_groups(
        self,
    ) -> list[Group]:
        """List the contact groups of the account

        Returns the body of a success (``list[Group]``); any other answer raises.
        """
        response = get_user_groups.sync_detailed(
            client=self._client,
        )
        return cast(list[Group], _success(response))

    def add_contact_to_group(
        self,
        *,
        body: AddContactToGroupRequest,
    ) -> SuccessResult:
        """Add a contact to a group

        Returns the body of a success (``SuccessResult``); any other answer raises.
        """
        response = add_contact_to_group.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(SuccessResult, _success(response))


class GroupsResourceWithRawResponse:
    """The ``groups`` operations returning whole answers (``client.groups.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def get_user_groups(
        self,
    ) -> Success[list[Group]]:
        """List the contact groups of the account

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``list[Group]``);
        any other answer raises.
        """
        response = get_user_groups.sync_detailed(
            client=self._client,
        )
        parsed = cast(list[Group], _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def add_contact_to_group(
        self,
        *,
        body: AddContactToGroupRequest,
    ) -> Success[SuccessResult]:
        """Add a contact to a group

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``SuccessResult``);
        any other answer raises.
        """
        response = add_contact_to_group.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(SuccessResult, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )


class AsyncGroupsResource:
    """The ``groups`` operations of a client, awaited (``client.aio.groups``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AsyncGroupsResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AsyncGroupsResourceWithRawResponse(self._client)

    async def get_user_groups(
        self,
    ) -> list[Group]:
        """List the contact groups of the account

        Returns the body of a success (``list[Group]``); any other answer raises.
        """
        response = await get_user_groups.asyncio_detailed(
            client=self._client,
        )
        return cast(list[Group], _success(response))

    async def add_contact_to_group(
        self,
        *,
        body: AddContactToGroupRequest,
    ) -> SuccessResult:
        """Add a contact to a group

        Returns the body of a success (``SuccessResult``); any other answer raises.
        """
        response = await add_contact_to_group.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(SuccessResult, _success(response))


class AsyncGroupsResourceWithRawResponse:
    """The ``groups`` operations returning whole answers, awaited (``client.aio.groups.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def get_user_groups(
        self,
    ) -> Success[list[Group]]:
        """List the contact groups of the account

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``list[Group]``);
        any other answer raises.
        """
        response = await get_user_groups.asyncio_detailed(
            client=self._client,
        )
        parsed = cast(list[Group], _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def add_contact_to_group(
        self,
        *,
        body: AddContactToGroupRequest,
    ) -> Success[SuccessResult]:
        """Add a contact to a group

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``SuccessResult``);
        any other answer raises.
        """
        response = await add_contact_to_group.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(SuccessResult, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
