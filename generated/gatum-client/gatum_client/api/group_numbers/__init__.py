"""Contains endpoint functions for accessing the API

The ``group_numbers`` operations as methods: ``client.group_numbers.<operation>(...)`` and, awaited,
``client.aio.group_numbers.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module keep working; ``sync_detailed`` and ``asyncio_detailed`` return the whole answer, typed as every status the
spec documents. ``client.group_numbers.with_raw_response.<operation>(...)`` returns the whole answer of a success, typed
as that success.
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
from ...types import UNSET, Response, Success, Unset
from . import add_group_numbers, delete_group_numbers, search_group_numbers


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class GroupNumbersResource:
    """The ``group_numbers`` operations of a client (``client.group_numbers``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "GroupNumbersResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return GroupNumbersResourceWithRawResponse(self._client)

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


class GroupNumbersResourceWithRawResponse:
    """The ``group_numbers`` operations returning whole answers (``client.group_numbers.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def add_group_numbers(
        self,
        *,
        body: AddGroupNumbersRequest,
    ) -> Success[AddGroupNumbersResponse]:
        """Add numbers (contacts) to a group

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AddGroupNumbersResponse``);
        any other answer raises.
        """
        response = add_group_numbers.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(AddGroupNumbersResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def search_group_numbers(
        self,
        *,
        body: GroupNumbersRequest,
    ) -> Success[SearchGroupNumbersResponse]:
        """Search numbers in a group

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``SearchGroupNumbersResponse``);
        any other answer raises.
        """
        response = search_group_numbers.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(SearchGroupNumbersResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def delete_group_numbers(
        self,
        *,
        body: GroupNumbersRequest,
    ) -> Success[DeleteGroupNumbersResponse]:
        """Delete numbers from a group

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``DeleteGroupNumbersResponse``);
        any other answer raises.
        """
        response = delete_group_numbers.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(DeleteGroupNumbersResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )


class AsyncGroupNumbersResource:
    """The ``group_numbers`` operations of a client, awaited (``client.aio.group_numbers``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AsyncGroupNumbersResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AsyncGroupNumbersResourceWithRawResponse(self._client)

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


class AsyncGroupNumbersResourceWithRawResponse:
    """The ``group_numbers`` operations returning whole answers, awaited (``client.aio.group_numbers.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def add_group_numbers(
        self,
        *,
        body: AddGroupNumbersRequest,
    ) -> Success[AddGroupNumbersResponse]:
        """Add numbers (contacts) to a group

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``AddGroupNumbersResponse``);
        any other answer raises.
        """
        response = await add_group_numbers.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(AddGroupNumbersResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def search_group_numbers(
        self,
        *,
        body: GroupNumbersRequest,
    ) -> Success[SearchGroupNumbersResponse]:
        """Search numbers in a group

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``SearchGroupNumbersResponse``);
        any other answer raises.
        """
        response = await search_group_numbers.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(SearchGroupNumbersResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def delete_group_numbers(
        self,
        *,
        body: GroupNumbersRequest,
    ) -> Success[DeleteGroupNumbersResponse]:
        """Delete numbers from a group

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``DeleteGroupNumbersResponse``);
        any other answer raises.
        """
        response = await delete_group_numbers.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(DeleteGroupNumbersResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
