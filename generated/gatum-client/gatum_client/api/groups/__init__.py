"""Contains endpoint functions for accessing the API

The ``groups`` operations as methods: ``client.groups.<operation>(...)`` and, awaited,
``client.aio.groups.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module keep working; ``sync_detailed`` and ``asyncio_detailed`` return the whole answer, typed as every status the
spec documents. ``client.groups.with_raw_response.<operation>(...)`` returns the whole answer of a success, typed
as that success.

``for item in client.groups.iter_groups(...)`` yields every item of ``list_groups``, page after page, and ``async
for item in client.aio.groups.iter_groups(...)`` awaits them; switchboard walks the pages (a client of
``switchboard.gatum.make_client``).
"""

from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client, Hooks
from ...models.create_group_request import CreateGroupRequest
from ...models.create_group_response import CreateGroupResponse
from ...models.delete_groups_request import DeleteGroupsRequest
from ...models.delete_groups_response import DeleteGroupsResponse
from ...models.error_response import ErrorResponse
from ...models.group_summary import GroupSummary
from ...models.list_groups_request import ListGroupsRequest
from ...models.list_groups_response import ListGroupsResponse
from ...types import UNSET, Response, Success, Unset
from . import create_group, delete_groups, list_groups


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def _pager(client: AuthenticatedClient | Client, method: str) -> Hooks:
    if client.hooks is None:
        raise RuntimeError(f"{method} needs a client of switchboard.gatum.make_client: switchboard walks the pages")
    return client.hooks


class GroupsResource:
    """The ``groups`` operations of a client (``client.groups``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "GroupsResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return GroupsResourceWithRawResponse(self._client)

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

    def iter_groups(
        self,
        *,
        body: ListGroupsRequest | Unset = UNSET,
        page_size: int = 10,
    ) -> Iterator[GroupSummary]:
        """Every ``GroupSummary`` of ``list_groups``, page after page, each once.

        ``body`` holds the filters (the pages set its ``offset`` and ``limit``). ``page_size`` items per request. A
        page is asked for when the one before is read; an error answer raises. switchboard walks the pages: without
        a client of ``switchboard.gatum.make_client`` this raises ``RuntimeError``.
        """
        arguments: dict[str, Any] = {
            "body": body,
        }
        return _pager(self._client, "iter_groups").pages(list_groups.OPERATION_ID, self._client, arguments, page_size)


class GroupsResourceWithRawResponse:
    """The ``groups`` operations returning whole answers (``client.groups.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def list_groups(
        self,
        *,
        body: ListGroupsRequest,
    ) -> Success[ListGroupsResponse]:
        """List groups, or get one group by ID

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``ListGroupsResponse``);
        any other answer raises.
        """
        response = list_groups.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(ListGroupsResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def create_group(
        self,
        *,
        body: CreateGroupRequest,
    ) -> Success[CreateGroupResponse]:
        """Create a group

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CreateGroupResponse``);
        any other answer raises.
        """
        response = create_group.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(CreateGroupResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def delete_groups(
        self,
        *,
        body: DeleteGroupsRequest,
    ) -> Success[DeleteGroupsResponse]:
        """Delete groups by ID

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``DeleteGroupsResponse``);
        any other answer raises.
        """
        response = delete_groups.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(DeleteGroupsResponse, _success(response))
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

    def iter_groups(
        self,
        *,
        body: ListGroupsRequest | Unset = UNSET,
        page_size: int = 10,
    ) -> AsyncIterator[GroupSummary]:
        """Every ``GroupSummary`` of ``list_groups``, page after page, each once (``async for``).

        ``body`` holds the filters (the pages set its ``offset`` and ``limit``). ``page_size`` items per request. A
        page is asked for when the one before is read; an error answer raises. switchboard walks the pages: without
        a client of ``switchboard.gatum.make_client`` this raises ``RuntimeError``.
        """
        arguments: dict[str, Any] = {
            "body": body,
        }
        return _pager(self._client, "iter_groups").apages(list_groups.OPERATION_ID, self._client, arguments, page_size)


class AsyncGroupsResourceWithRawResponse:
    """The ``groups`` operations returning whole answers, awaited (``client.aio.groups.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def list_groups(
        self,
        *,
        body: ListGroupsRequest,
    ) -> Success[ListGroupsResponse]:
        """List groups, or get one group by ID

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``ListGroupsResponse``);
        any other answer raises.
        """
        response = await list_groups.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(ListGroupsResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def create_group(
        self,
        *,
        body: CreateGroupRequest,
    ) -> Success[CreateGroupResponse]:
        """Create a group

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CreateGroupResponse``);
        any other answer raises.
        """
        response = await create_group.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(CreateGroupResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def delete_groups(
        self,
        *,
        body: DeleteGroupsRequest,
    ) -> Success[DeleteGroupsResponse]:
        """Delete groups by ID

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``DeleteGroupsResponse``);
        any other answer raises.
        """
        response = await delete_groups.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(DeleteGroupsResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
