"""Contains endpoint functions for accessing the API

The ``groups`` operations as methods: ``client.groups.<operation>(...)`` and, awaited,
``client.aio.groups.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module (``sync_detailed`` and ``asyncio_detailed``) are the raw form: status, headers and parsed body.
"""

from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_contact_to_group_request import AddContactToGroupRequest
from ...models.error_response import ErrorResponse
from ...models.group import Group
from ...models.success_result import SuccessResult
from ...types import UNSET, Response, Unset
from . import add_contact_to_group, get_user_groups


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class GroupsResource:
    """The ``groups`` operations of a client (``client.groups``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

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


class AsyncGroupsResource:
    """The ``groups`` operations of a client, awaited (``client.aio.groups``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

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
