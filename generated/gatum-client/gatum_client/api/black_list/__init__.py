"""Contains endpoint functions for accessing the API

The ``black_list`` operations as methods: ``client.black_list.<operation>(...)`` and, awaited,
``client.aio.black_list.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module (``sync_detailed`` and ``asyncio_detailed``) are the raw form: status, headers and parsed body.
"""

from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.black_list_change_response import BlackListChangeResponse
from ...models.black_list_request import BlackListRequest
from ...models.black_list_search_response import BlackListSearchResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset
from . import add_black_list_numbers, delete_black_list_numbers, search_black_list_numbers


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class BlackListResource:
    """The ``black_list`` operations of a client (``client.black_list``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

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


class AsyncBlackListResource:
    """The ``black_list`` operations of a client, awaited (``client.aio.black_list``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

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
