"""Contains endpoint functions for accessing the API

The ``black_list`` operations as methods: ``client.black_list.<operation>(...)`` and, awaited,
``client.aio.black_list.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module keep working; ``sync_detailed`` and ``asyncio_detailed`` return the whole answer, typed as every status the
spec documents. ``client.black_list.with_raw_response.<operation>(...)`` returns the whole answer of a success, typed
as that success.
"""

from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.black_list_change_response import BlackListChangeResponse
from ...models.black_list_request import BlackListRequest
from ...models.black_list_search_response import BlackListSearchResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Success, Unset
from . import add_black_list_numbers, delete_black_list_numbers, search_black_list_numbers


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class BlackListResource:
    """The ``black_list`` operations of a client (``client.black_list``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "BlackListResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return BlackListResourceWithRawResponse(self._client)

    def add_black_list_numbers(
        self,
        *,
        body: BlackListRequest,
    ) -> BlackListChangeResponse:
        """Add numbers to the personal black list

        Returns the body of a success (``BlackListChangeResponse``); any other answer raises.
        """
        response = add_black_list_numbers.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(BlackListChangeResponse, _success(response))

    def search_black_list_numbers(
        self,
        *,
        body: BlackListRequest,
    ) -> BlackListSearchResponse:
        """Search numbers in the personal black list

        Returns the body of a success (``BlackListSearchResponse``); any other answer raises.
        """
        response = search_black_list_numbers.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(BlackListSearchResponse, _success(response))

    def delete_black_list_numbers(
        self,
        *,
        body: BlackListRequest,
    ) -> BlackListChangeResponse:
        """Delete numbers from the personal black list

        Returns the body of a success (``BlackListChangeResponse``); any other answer raises.
        """
        response = delete_black_list_numbers.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(BlackListChangeResponse, _success(response))


class BlackListResourceWithRawResponse:
    """The ``black_list`` operations returning whole answers (``client.black_list.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def add_black_list_numbers(
        self,
        *,
        body: BlackListRequest,
    ) -> Success[BlackListChangeResponse]:
        """Add numbers to the personal black list

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``BlackListChangeResponse``);
        any other answer raises.
        """
        response = add_black_list_numbers.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(BlackListChangeResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def search_black_list_numbers(
        self,
        *,
        body: BlackListRequest,
    ) -> Success[BlackListSearchResponse]:
        """Search numbers in the personal black list

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``BlackListSearchResponse``);
        any other answer raises.
        """
        response = search_black_list_numbers.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(BlackListSearchResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def delete_black_list_numbers(
        self,
        *,
        body: BlackListRequest,
    ) -> Success[BlackListChangeResponse]:
        """Delete numbers from the personal black list

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``BlackListChangeResponse``);
        any other answer raises.
        """
        response = delete_black_list_numbers.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(BlackListChangeResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )


class AsyncBlackListResource:
    """The ``black_list`` operations of a client, awaited (``client.aio.black_list``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AsyncBlackListResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AsyncBlackListResourceWithRawResponse(self._client)

    async def add_black_list_numbers(
        self,
        *,
        body: BlackListRequest,
    ) -> BlackListChangeResponse:
        """Add numbers to the personal black list

        Returns the body of a success (``BlackListChangeResponse``); any other answer raises.
        """
        response = await add_black_list_numbers.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(BlackListChangeResponse, _success(response))

    async def search_black_list_numbers(
        self,
        *,
        body: BlackListRequest,
    ) -> BlackListSearchResponse:
        """Search numbers in the personal black list

        Returns the body of a success (``BlackListSearchResponse``); any other answer raises.
        """
        response = await search_black_list_numbers.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(BlackListSearchResponse, _success(response))

    async def delete_black_list_numbers(
        self,
        *,
        body: BlackListRequest,
    ) -> BlackListChangeResponse:
        """Delete numbers from the personal black list

        Returns the body of a success (``BlackListChangeResponse``); any other answer raises.
        """
        response = await delete_black_list_numbers.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(BlackListChangeResponse, _success(response))


class AsyncBlackListResourceWithRawResponse:
    """The ``black_list`` operations returning whole answers, awaited (``client.aio.black_list.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def add_black_list_numbers(
        self,
        *,
        body: BlackListRequest,
    ) -> Success[BlackListChangeResponse]:
        """Add numbers to the personal black list

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``BlackListChangeResponse``);
        any other answer raises.
        """
        response = await add_black_list_numbers.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(BlackListChangeResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def search_black_list_numbers(
        self,
        *,
        body: BlackListRequest,
    ) -> Success[BlackListSearchResponse]:
        """Search numbers in the personal black list

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``BlackListSearchResponse``);
        any other answer raises.
        """
        response = await search_black_list_numbers.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(BlackListSearchResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def delete_black_list_numbers(
        self,
        *,
        body: BlackListRequest,
    ) -> Success[BlackListChangeResponse]:
        """Delete numbers from the personal black list

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``BlackListChangeResponse``);
        any other answer raises.
        """
        response = await delete_black_list_numbers.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(BlackListChangeResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
