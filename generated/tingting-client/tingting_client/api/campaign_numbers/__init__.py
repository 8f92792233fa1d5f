"""Contains endpoint functions for accessing the API

The ``campaign_numbers`` operations as methods: ``client.campaign_numbers.<operation>(...)`` and, awaited,
``client.aio.campaign_numbers.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module keep working; ``sync_detailed`` and ``asyncio_detailed`` return the whole answer, typed as every status the
spec documents. ``client.campaign_numbers.with_raw_response.<operation>(...)`` returns the whole answer of a success, typed
as that success.
"""

from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.campaign_number_added_response import CampaignNumberAddedResponse
from ...models.campaign_number_create import CampaignNumberCreate
from ...models.campaign_number_deleted_response import CampaignNumberDeletedResponse
from ...models.campaign_number_info_response import CampaignNumberInfoResponse
from ...models.campaign_number_update import CampaignNumberUpdate
from ...models.campaign_number_updated_response import CampaignNumberUpdatedResponse
from ...models.campaign_numbers_response import CampaignNumbersResponse
from ...types import UNSET, Response, Success, Unset
from . import (
    add_campaign_number,
    delete_campaign_number,
    get_campaign_number,
    list_campaign_numbers,
    update_campaign_number,
)


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class CampaignNumbersResource:
    """The ``campaign_numbers`` operations of a client (``client.campaign_numbers``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "CampaignNumbersResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return CampaignNumbersResourceWithRawResponse(self._client)

    def list_campaign_numbers(
        self,
        campaign_id: int,
    ) -> CampaignNumbersResponse:
        """Numbers of a campaign

        Returns the body of a success (``CampaignNumbersResponse``); any other answer raises.
        """
        response = list_campaign_numbers.sync_detailed(
            campaign_id=campaign_id,
            client=self._client,
        )
        return cast(CampaignNumbersResponse, _success(response))

    def add_campaign_number(
        self,
        campaign_id: int,
        *,
        body: CampaignNumberCreate,
    ) -> CampaignNumberAddedResponse:
        """Add a number to a campaign

        Returns the body of a success (``CampaignNumberAddedResponse``); any other answer raises.
        """
        response = add_campaign_number.sync_detailed(
            campaign_id=campaign_id,
            body=body,
            client=self._client,
        )
        return cast(CampaignNumberAddedResponse, _success(response))

    def delete_campaign_number(
        self,
        number_id: int,
    ) -> CampaignNumberDeletedResponse:
        """Delete a number from its campaign

        Returns the body of a success (``CampaignNumberDeletedResponse``); any other answer raises.
        """
        response = delete_campaign_number.sync_detailed(
            number_id=number_id,
            client=self._client,
        )
        return cast(CampaignNumberDeletedResponse, _success(response))

    def get_campaign_number(
        self,
        number_id: int,
    ) -> CampaignNumberInfoResponse:
        """Information on a campaign number

        Returns the body of a success (``CampaignNumberInfoResponse``); any other answer raises.
        """
        response = get_campaign_number.sync_detailed(
            number_id=number_id,
            client=self._client,
        )
        return cast(CampaignNumberInfoResponse, _success(response))

    def update_campaign_number(
        self,
        number_id: int,
        *,
        body: CampaignNumberUpdate,
    ) -> CampaignNumberUpdatedResponse:
        """Edit a campaign number

        Returns the body of a success (``CampaignNumberUpdatedResponse``); any other answer raises.
        """
        response = update_campaign_number.sync_detailed(
            number_id=number_id,
            body=body,
            client=self._client,
        )
        return cast(CampaignNumberUpdatedResponse, _success(response))


class CampaignNumbersResourceWithRawResponse:
    """The ``campaign_numbers`` operations returning whole answers (``client.campaign_numbers.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def list_campaign_numbers(
        self,
        campaign_id: int,
    ) -> Success[CampaignNumbersResponse]:
        """Numbers of a campaign

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignNumbersResponse``);
        any other answer raises.
        """
        response = list_campaign_numbers.sync_detailed(
            campaign_id=campaign_id,
            client=self._client,
        )
        parsed = cast(CampaignNumbersResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def add_campaign_number(
        self,
        campaign_id: int,
        *,
        body: CampaignNumberCreate,
    ) -> Success[CampaignNumberAddedResponse]:
        """Add a number to a campaign

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignNumberAddedResponse``);
        any other answer raises.
        """
        response = add_campaign_number.sync_detailed(
            campaign_id=campaign_id,
            body=body,
            client=self._client,
        )
        parsed = cast(CampaignNumberAddedResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def delete_campaign_number(
        self,
        number_id: int,
    ) -> Success[CampaignNumberDeletedResponse]:
        """Delete a number from its campaign

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignNumberDeletedResponse``);
        any other answer raises.
        """
        response = delete_campaign_number.sync_detailed(
            number_id=number_id,
            client=self._client,
        )
        parsed = cast(CampaignNumberDeletedResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def get_campaign_number(
        self,
        number_id: int,
    ) -> Success[CampaignNumberInfoResponse]:
        """Information on a campaign number

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignNumberInfoResponse``);
        any other answer raises.
        """
        response = get_campaign_number.sync_detailed(
            number_id=number_id,
            client=self._client,
        )
        parsed = cast(CampaignNumberInfoResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def update_campaign_number(
        self,
        number_id: int,
        *,
        body: CampaignNumberUpdate,
    ) -> Success[CampaignNumberUpdatedResponse]:
        """Edit a campaign number

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignNumberUpdatedResponse``);
        any other answer raises.
        """
        response = update_campaign_number.sync_detailed(
            number_id=number_id,
            body=body,
            client=self._client,
        )
        parsed = cast(CampaignNumberUpdatedResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )


class AsyncCampaignNumbersResource:
    """The ``campaign_numbers`` operations of a client, awaited (``client.aio.campaign_numbers``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AsyncCampaignNumbersResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AsyncCampaignNumbersResourceWithRawResponse(self._client)

    async def list_campaign_numbers(
        self,
        campaign_id: int,
    ) -> CampaignNumbersResponse:
        """Numbers of a campaign

        Returns the body of a success (``CampaignNumbersResponse``); any other answer raises.
        """
        response = await list_campaign_numbers.asyncio_detailed(
            campaign_id=campaign_id,
            client=self._client,
        )
        return cast(CampaignNumbersResponse, _success(response))

    async def add_campaign_number(
        self,
        campaign_id: int,
        *,
        body: CampaignNumberCreate,
    ) -> CampaignNumberAddedResponse:
        """Add a number to a campaign

        Returns the body of a success (``CampaignNumberAddedResponse``); any other answer raises.
        """
        response = await add_campaign_number.asyncio_detailed(
            campaign_id=campaign_id,
            body=body,
            client=self._client,
        )
        return cast(CampaignNumberAddedResponse, _success(response))

    async def delete_campaign_number(
        self,
        number_id: int,
    ) -> CampaignNumberDeletedResponse:
        """Delete a number from its campaign

        Returns the body of a success (``CampaignNumberDeletedResponse``); any other answer raises.
        """
        response = await delete_campaign_number.asyncio_detailed(
            number_id=number_id,
            client=self._client,
        )
        return cast(CampaignNumberDeletedResponse, _success(response))

    async def get_campaign_number(
        self,
        number_id: int,
    ) -> CampaignNumberInfoResponse:
        """Information on a campaign number

        Returns the body of a success (``CampaignNumberInfoResponse``); any other answer raises.
        """
        response = await get_campaign_number.asyncio_detailed(
            number_id=number_id,
            client=self._client,
        )
        return cast(CampaignNumberInfoResponse, _success(response))

    async def update_campaign_number(
        self,
        number_id: int,
        *,
        body: CampaignNumberUpdate,
    ) -> CampaignNumberUpdatedResponse:
        """Edit a campaign number

        Returns the body of a success (``CampaignNumberUpdatedResponse``); any other answer raises.
        """
        response = await update_campaign_number.asyncio_detailed(
            number_id=number_id,
            body=body,
            client=self._client,
        )
        return cast(CampaignNumberUpdatedResponse, _success(response))


class AsyncCampaignNumbersResourceWithRawResponse:
    """The ``campaign_numbers`` operations returning whole answers, awaited (``client.aio.campaign_numbers.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def list_campaign_numbers(
        self,
        campaign_id: int,
    ) -> Success[CampaignNumbersResponse]:
        """Numbers of a campaign

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignNumbersResponse``);
        any other answer raises.
        """
        response = await list_campaign_numbers.asyncio_detailed(
            campaign_id=campaign_id,
            client=self._client,
        )
        parsed = cast(CampaignNumbersResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def add_campaign_number(
        self,
        campaign_id: int,
        *,
        body: CampaignNumberCreate,
    ) -> Success[CampaignNumberAddedResponse]:
        """Add a number to a campaign

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignNumberAddedResponse``);
        any other answer raises.
        """
        response = await add_campaign_number.asyncio_detailed(
            campaign_id=campaign_id,
            body=body,
            client=self._client,
        )
        parsed = cast(CampaignNumberAddedResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def delete_campaign_number(
        self,
        number_id: int,
    ) -> Success[CampaignNumberDeletedResponse]:
        """Delete a number from its campaign

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignNumberDeletedResponse``);
        any other answer raises.
        """
        response = await delete_campaign_number.asyncio_detailed(
            number_id=number_id,
            client=self._client,
        )
        parsed = cast(CampaignNumberDeletedResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def get_campaign_number(
        self,
        number_id: int,
    ) -> Success[CampaignNumberInfoResponse]:
        """Information on a campaign number

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignNumberInfoResponse``);
        any other answer raises.
        """
        response = await get_campaign_number.asyncio_detailed(
            number_id=number_id,
            client=self._client,
        )
        parsed = cast(CampaignNumberInfoResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def update_campaign_number(
        self,
        number_id: int,
        *,
        body: CampaignNumberUpdate,
    ) -> Success[CampaignNumberUpdatedResponse]:
        """Edit a campaign number

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignNumberUpdatedResponse``);
        any other answer raises.
        """
        response = await update_campaign_number.asyncio_detailed(
            number_id=number_id,
            body=body,
            client=self._client,
        )
        parsed = cast(CampaignNumberUpdatedResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
