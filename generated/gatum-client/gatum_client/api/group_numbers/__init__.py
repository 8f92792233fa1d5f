"""Contains endpoint functions for accessing the API

The ``group_numbers`` operations as methods: ``client.group_numbers.<operation>(...)`` and, awaited,
``client.aio.group_numbers.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module (``sync_detailed`` and ``asyncio_detailed``) are the raw form: status, headers and parsed body.
"""

from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_group_numbers_request import AddGroupNumbersRequest
from ...models.add_group_numbers_response import AddGroupNumbersResponse
from ...models.delete_group_numbers_response import DeleteGroupNumbersResponse
from ...models.error_response import ErrorResponse
from ...models.group_numbers_request import GroupNumbersRequest
from ...models.search_group_numbers_response import SearchGroupNumbersResponse
from ...types import UNSET, Response, Unset
from . import add_group_numbers, delete_group_numbers, search_group_numbers


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class GroupNumbersResource:
    """The ``group_numbers`` operations of a client (``client.group_numbers``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def add_group_numbers(
        self,
        *,
        body: AddGroupNumbersRequest,
    ) -> AddGroupNumbersResponse:
        """Add numbers (contacts) to a group

        Returns the body of a success (``AddGroupNumbersResponse``); any other answer raises.
        """
        response = add_group_numbers.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(AddGroupNumbersResponse, _success(response))

    def search_group_numbers(
        self,
        *,
        body: GroupNumbersRequest,
    ) -> SearchGroupNumbersResponse:
        """Search numbers in a group

        Returns the body of a success (``SearchGroupNumbersResponse``); any other answer raises.
        """
        response = search_group_numbers.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(SearchGroupNumbersResponse, _success(response))

    def delete_group_numbers(
        self,
        *,
        body: GroupNumbersRequest,
    ) -> DeleteGroupNumbersResponse:
        """Delete numbers from a group

        Returns the body of a success (``DeleteGroupNumbersResponse``); any other answer raises.
        """
        response = delete_group_numbers.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(DeleteGroupNumbersResponse, _success(response))


class AsyncGroupNumbersResource:
    """The ``group_numbers`` operations of a client, awaited (``client.aio.group_numbers``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def add_group_numbers(
        self,
        *,
        body: AddGroupNumbersRequest,
    ) -> AddGroupNumbersResponse:
        """Add numbers (contacts) to a group

        Returns the body of a success (``AddGroupNumbersResponse``); any other answer raises.
        """
        response = await add_group_numbers.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(AddGroupNumbersResponse, _success(response))

    async def search_group_numbers(
        self,
        *,
        body: GroupNumbersRequest,
    ) -> SearchGroupNumbersResponse:
        """Search numbers in a group

        Returns the body of a success (``SearchGroupNumbersResponse``); any other answer raises.
        """
        response = await search_group_numbers.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(SearchGroupNumbersResponse, _success(response))

    async def delete_group_numbers(
        self,
        *,
        body: GroupNumbersRequest,
    ) -> DeleteGroupNumbersResponse:
        """Delete numbers from a group

        Returns the body of a success (``DeleteGroupNumbersResponse``); any other answer raises.
        """
        response = await delete_group_numbers.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(DeleteGroupNumbersResponse, _success(response))
