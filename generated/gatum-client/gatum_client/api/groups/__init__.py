"""Contains endpoint functions for accessing the API

The ``groups`` operations as methods: ``client.groups.<operation>(...)`` and, awaited,
``client.aio.groups.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module (``sync_detailed`` and ``asyncio_detailed``) are the raw form: status, headers and parsed body.
"""

from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_group_request import CreateGroupRequest
from ...models.create_group_response import CreateGroupResponse
from ...models.delete_groups_request import DeleteGroupsRequest
from ...models.delete_groups_response import DeleteGroupsResponse
from ...models.error_response import ErrorResponse
from ...models.list_groups_request import ListGroupsRequest
from ...models.list_groups_response import ListGroupsResponse
from ...types import UNSET, Response, Unset
from . import create_group, delete_groups, list_groups


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class GroupsResource:
    """The ``groups`` operations of a client (``client.groups``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def list_groups(
        self,
        *,
        body: ListGroupsRequest,
    ) -> ListGroupsResponse:
        """List groups, or get one group by ID

        Returns the body of a success (``ListGroupsResponse``); any other answer raises.
        """
        response = list_groups.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(ListGroupsResponse, _success(response))

    def create_group(
        self,
        *,
        body: CreateGroupRequest,
    ) -> CreateGroupResponse:
        """Create a group

        Returns the body of a success (``CreateGroupResponse``); any other answer raises.
        """
        response = create_group.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(CreateGroupResponse, _success(response))

    def delete_groups(
        self,
        *,
        body: DeleteGroupsRequest,
    ) -> DeleteGroupsResponse:
        """Delete groups by ID

        Returns the body of a success (``DeleteGroupsResponse``); any other answer raises.
        """
        response = delete_groups.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(DeleteGroupsResponse, _success(response))


class AsyncGroupsResource:
    """The ``groups`` operations of a client, awaited (``client.aio.groups``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def list_groups(
        self,
        *,
        body: ListGroupsRequest,
    ) -> ListGroupsResponse:
        """List groups, or get one group by ID

        Returns the body of a success (``ListGroupsResponse``); any other answer raises.
        """
        response = await list_groups.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(ListGroupsResponse, _success(response))

    async def create_group(
        self,
        *,
        body: CreateGroupRequest,
    ) -> CreateGroupResponse:
        """Create a group

        Returns the body of a success (``CreateGroupResponse``); any other answer raises.
        """
        response = await create_group.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(CreateGroupResponse, _success(response))

    async def delete_groups(
        self,
        *,
        body: DeleteGroupsRequest,
    ) -> DeleteGroupsResponse:
        """Delete groups by ID

        Returns the body of a success (``DeleteGroupsResponse``); any other answer raises.
        """
        response = await delete_groups.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(DeleteGroupsResponse, _success(response))
