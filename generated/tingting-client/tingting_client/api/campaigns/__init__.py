"""Contains endpoint functions for accessing the API

The ``campaigns`` operations as methods: ``client.campaigns.<operation>(...)`` and, awaited,
``client.aio.campaigns.<operation>(...)``. A method returns the body of a success; any other answer raises (a
switchboard error with switchboard's hooks, else ``errors.UnexpectedStatus``). The functions of each operation's
module keep working; ``sync_detailed`` and ``asyncio_detailed`` return the whole answer, typed as every status the
spec documents. ``client.campaigns.with_raw_response.<operation>(...)`` returns the whole answer of a success, typed
as that success.

``for item in client.campaigns.iter_campaigns(...)`` yields every item of ``list_campaigns``, page after page, and
``async for item in client.aio.campaigns.iter_campaigns(...)`` awaits them; switchboard walks the pages (a client of
``switchboard.tingting.make_client``).
"""

from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

from ... import errors
from ...client import AuthenticatedClient, Client, Hooks
from ...models.api_error import ApiError
from ...models.campaign import Campaign
from ...models.campaign_begin import CampaignBegin
from ...models.campaign_begin_response import CampaignBeginResponse
from ...models.campaign_begin_upload import CampaignBeginUpload
from ...models.campaign_create import CampaignCreate
from ...models.campaign_create_upload import CampaignCreateUpload
from ...models.campaign_deleted_response import CampaignDeletedResponse
from ...models.campaign_details_response import CampaignDetailsResponse
from ...models.campaign_list_page import CampaignListPage
from ...models.campaign_update import CampaignUpdate
from ...models.test_voice_request import TestVoiceRequest
from ...models.test_voice_response import TestVoiceResponse
from ...types import UNSET, Response, Success, Unset
from . import (
    begin_campaign,
    create_campaign,
    delete_campaign,
    get_campaign,
    list_campaigns,
    test_voice,
    update_campaign,
)


def _success(response: Response[Any]) -> Any:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def _pager(client: AuthenticatedClient | Client, method: str) -> Hooks:
    if client.hooks is None:
        raise RuntimeError(f"{method} needs a client of switchboard.tingting.make_client: switchboard walks the pages")
    return client.hooks


class CampaignsResource:
    """The ``campaigns`` operations of a client (``client.campaigns``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "CampaignsResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return CampaignsResourceWithRawResponse(self._client)

    def list_campaigns(
        self,
        *,
        page: int | Unset = UNSET,
    ) -> CampaignListPage:
        """List the user's campaigns

        Returns the body of a success (``CampaignListPage``); any other answer raises.
        """
        response = list_campaigns.sync_detailed(
            page=page,
            client=self._client,
        )
        return cast(CampaignListPage, _success(response))

    def create_campaign(
        self,
        *,
        body: CampaignCreate | CampaignCreateUpload | Unset = UNSET,
    ) -> CampaignDetailsResponse:
        """Create a campaign

        Returns the body of a success (``CampaignDetailsResponse``); any other answer raises.
        """
        response = create_campaign.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(CampaignDetailsResponse, _success(response))

    def update_campaign(
        self,
        campaign_id: int,
        *,
        body: CampaignUpdate,
    ) -> CampaignDetailsResponse:
        """Update a campaign

        Returns the body of a success (``CampaignDetailsResponse``); any other answer raises.
        """
        response = update_campaign.sync_detailed(
            campaign_id=campaign_id,
            body=body,
            client=self._client,
        )
        return cast(CampaignDetailsResponse, _success(response))

    def delete_campaign(
        self,
        campaign_id: int,
    ) -> CampaignDeletedResponse:
        """Delete a campaign

        Returns the body of a success (``CampaignDeletedResponse``); any other answer raises.
        """
        response = delete_campaign.sync_detailed(
            campaign_id=campaign_id,
            client=self._client,
        )
        return cast(CampaignDeletedResponse, _success(response))

    def get_campaign(
        self,
        campaign_id: int,
    ) -> CampaignDetailsResponse:
        """Details of a campaign

        Returns the body of a success (``CampaignDetailsResponse``); any other answer raises.
        """
        response = get_campaign.sync_detailed(
            campaign_id=campaign_id,
            client=self._client,
        )
        return cast(CampaignDetailsResponse, _success(response))

    def test_voice(
        self,
        *,
        body: TestVoiceRequest,
    ) -> TestVoiceResponse:
        """Test a text-to-speech voice

        Returns the body of a success (``TestVoiceResponse``); any other answer raises.
        """
        response = test_voice.sync_detailed(
            body=body,
            client=self._client,
        )
        return cast(TestVoiceResponse, _success(response))

    def begin_campaign(
        self,
        campaign_id: int,
        *,
        body: CampaignBegin | CampaignBeginUpload | Unset = UNSET,
    ) -> CampaignBeginResponse:
        """Begin, schedule or re-run a campaign

        Returns the body of a success (``CampaignBeginResponse``); any other answer raises.
        """
        response = begin_campaign.sync_detailed(
            campaign_id=campaign_id,
            body=body,
            client=self._client,
        )
        return cast(CampaignBeginResponse, _success(response))

    def iter_campaigns(
        self,
    ) -> Iterator[Campaign]:
        """Every ``Campaign`` of ``list_campaigns``, page after page, each once.

        A page is asked for when the one before is read; an error answer raises. switchboard walks the pages:
        without a client of ``switchboard.tingting.make_client`` this raises ``RuntimeError``.
        """
        arguments: dict[str, Any] = {}
        return _pager(self._client, "iter_campaigns").pages(list_campaigns.OPERATION_ID, self._client, arguments, None)


class CampaignsResourceWithRawResponse:
    """The ``campaigns`` operations returning whole answers (``client.campaigns.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def list_campaigns(
        self,
        *,
        page: int | Unset = UNSET,
    ) -> Success[CampaignListPage]:
        """List the user's campaigns

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignListPage``);
        any other answer raises.
        """
        response = list_campaigns.sync_detailed(
            page=page,
            client=self._client,
        )
        parsed = cast(CampaignListPage, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def create_campaign(
        self,
        *,
        body: CampaignCreate | CampaignCreateUpload | Unset = UNSET,
    ) -> Success[CampaignDetailsResponse]:
        """Create a campaign

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignDetailsResponse``);
        any other answer raises.
        """
        response = create_campaign.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(CampaignDetailsResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def update_campaign(
        self,
        campaign_id: int,
        *,
        body: CampaignUpdate,
    ) -> Success[CampaignDetailsResponse]:
        """Update a campaign

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignDetailsResponse``);
        any other answer raises.
        """
        response = update_campaign.sync_detailed(
            campaign_id=campaign_id,
            body=body,
            client=self._client,
        )
        parsed = cast(CampaignDetailsResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def delete_campaign(
        self,
        campaign_id: int,
    ) -> Success[CampaignDeletedResponse]:
        """Delete a campaign

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignDeletedResponse``);
        any other answer raises.
        """
        response = delete_campaign.sync_detailed(
            campaign_id=campaign_id,
            client=self._client,
        )
        parsed = cast(CampaignDeletedResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def get_campaign(
        self,
        campaign_id: int,
    ) -> Success[CampaignDetailsResponse]:
        """Details of a campaign

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignDetailsResponse``);
        any other answer raises.
        """
        response = get_campaign.sync_detailed(
            campaign_id=campaign_id,
            client=self._client,
        )
        parsed = cast(CampaignDetailsResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def test_voice(
        self,
        *,
        body: TestVoiceRequest,
    ) -> Success[TestVoiceResponse]:
        """Test a text-to-speech voice

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``TestVoiceResponse``);
        any other answer raises.
        """
        response = test_voice.sync_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(TestVoiceResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    def begin_campaign(
        self,
        campaign_id: int,
        *,
        body: CampaignBegin | CampaignBeginUpload | Unset = UNSET,
    ) -> Success[CampaignBeginResponse]:
        """Begin, schedule or re-run a campaign

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignBeginResponse``);
        any other answer raises.
        """
        response = begin_campaign.sync_detailed(
            campaign_id=campaign_id,
            body=body,
            client=self._client,
        )
        parsed = cast(CampaignBeginResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )


class AsyncCampaignsResource:
    """The ``campaigns`` operations of a client, awaited (``client.aio.campaigns``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> "AsyncCampaignsResourceWithRawResponse":
        """The same operations, each returning the whole answer of a success: ``.with_raw_response.<operation>(...)``."""
        return AsyncCampaignsResourceWithRawResponse(self._client)

    async def list_campaigns(
        self,
        *,
        page: int | Unset = UNSET,
    ) -> CampaignListPage:
        """List the user's campaigns

        Returns the body of a success (``CampaignListPage``); any other answer raises.
        """
        response = await list_campaigns.asyncio_detailed(
            page=page,
            client=self._client,
        )
        return cast(CampaignListPage, _success(response))

    async def create_campaign(
        self,
        *,
        body: CampaignCreate | CampaignCreateUpload | Unset = UNSET,
    ) -> CampaignDetailsResponse:
        """Create a campaign

        Returns the body of a success (``CampaignDetailsResponse``); any other answer raises.
        """
        response = await create_campaign.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(CampaignDetailsResponse, _success(response))

    async def update_campaign(
        self,
        campaign_id: int,
        *,
        body: CampaignUpdate,
    ) -> CampaignDetailsResponse:
        """Update a campaign

        Returns the body of a success (``CampaignDetailsResponse``); any other answer raises.
        """
        response = await update_campaign.asyncio_detailed(
            campaign_id=campaign_id,
            body=body,
            client=self._client,
        )
        return cast(CampaignDetailsResponse, _success(response))

    async def delete_campaign(
        self,
        campaign_id: int,
    ) -> CampaignDeletedResponse:
        """Delete a campaign

        Returns the body of a success (``CampaignDeletedResponse``); any other answer raises.
        """
        response = await delete_campaign.asyncio_detailed(
            campaign_id=campaign_id,
            client=self._client,
        )
        return cast(CampaignDeletedResponse, _success(response))

    async def get_campaign(
        self,
        campaign_id: int,
    ) -> CampaignDetailsResponse:
        """Details of a campaign

        Returns the body of a success (``CampaignDetailsResponse``); any other answer raises.
        """
        response = await get_campaign.asyncio_detailed(
            campaign_id=campaign_id,
            client=self._client,
        )
        return cast(CampaignDetailsResponse, _success(response))

    async def test_voice(
        self,
        *,
        body: TestVoiceRequest,
    ) -> TestVoiceResponse:
        """Test a text-to-speech voice

        Returns the body of a success (``TestVoiceResponse``); any other answer raises.
        """
        response = await test_voice.asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(TestVoiceResponse, _success(response))

    async def begin_campaign(
        self,
        campaign_id: int,
        *,
        body: CampaignBegin | CampaignBeginUpload | Unset = UNSET,
    ) -> CampaignBeginResponse:
        """Begin, schedule or re-run a campaign

        Returns the body of a success (``CampaignBeginResponse``); any other answer raises.
        """
        response = await begin_campaign.asyncio_detailed(
            campaign_id=campaign_id,
            body=body,
            client=self._client,
        )
        return cast(CampaignBeginResponse, _success(response))

    def iter_campaigns(
        self,
    ) -> AsyncIterator[Campaign]:
        """Every ``Campaign`` of ``list_campaigns``, page after page, each once (``async for``).

        A page is asked for when the one before is read; an error answer raises. switchboard walks the pages:
        without a client of ``switchboard.tingting.make_client`` this raises ``RuntimeError``.
        """
        arguments: dict[str, Any] = {}
        return _pager(self._client, "iter_campaigns").apages(list_campaigns.OPERATION_ID, self._client, arguments, None)


class AsyncCampaignsResourceWithRawResponse:
    """The ``campaigns`` operations returning whole answers, awaited (``client.aio.campaigns.with_raw_response``)."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def list_campaigns(
        self,
        *,
        page: int | Unset = UNSET,
    ) -> Success[CampaignListPage]:
        """List the user's campaigns

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignListPage``);
        any other answer raises.
        """
        response = await list_campaigns.asyncio_detailed(
            page=page,
            client=self._client,
        )
        parsed = cast(CampaignListPage, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def create_campaign(
        self,
        *,
        body: CampaignCreate | CampaignCreateUpload | Unset = UNSET,
    ) -> Success[CampaignDetailsResponse]:
        """Create a campaign

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignDetailsResponse``);
        any other answer raises.
        """
        response = await create_campaign.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(CampaignDetailsResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def update_campaign(
        self,
        campaign_id: int,
        *,
        body: CampaignUpdate,
    ) -> Success[CampaignDetailsResponse]:
        """Update a campaign

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignDetailsResponse``);
        any other answer raises.
        """
        response = await update_campaign.asyncio_detailed(
            campaign_id=campaign_id,
            body=body,
            client=self._client,
        )
        parsed = cast(CampaignDetailsResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def delete_campaign(
        self,
        campaign_id: int,
    ) -> Success[CampaignDeletedResponse]:
        """Delete a campaign

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignDeletedResponse``);
        any other answer raises.
        """
        response = await delete_campaign.asyncio_detailed(
            campaign_id=campaign_id,
            client=self._client,
        )
        parsed = cast(CampaignDeletedResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def get_campaign(
        self,
        campaign_id: int,
    ) -> Success[CampaignDetailsResponse]:
        """Details of a campaign

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignDetailsResponse``);
        any other answer raises.
        """
        response = await get_campaign.asyncio_detailed(
            campaign_id=campaign_id,
            client=self._client,
        )
        parsed = cast(CampaignDetailsResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def test_voice(
        self,
        *,
        body: TestVoiceRequest,
    ) -> Success[TestVoiceResponse]:
        """Test a text-to-speech voice

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``TestVoiceResponse``);
        any other answer raises.
        """
        response = await test_voice.asyncio_detailed(
            body=body,
            client=self._client,
        )
        parsed = cast(TestVoiceResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )

    async def begin_campaign(
        self,
        campaign_id: int,
        *,
        body: CampaignBegin | CampaignBeginUpload | Unset = UNSET,
    ) -> Success[CampaignBeginResponse]:
        """Begin, schedule or re-run a campaign

        Returns the whole answer of a success (status, headers, content and ``parsed``: ``CampaignBeginResponse``);
        any other answer raises.
        """
        response = await begin_campaign.asyncio_detailed(
            campaign_id=campaign_id,
            body=body,
            client=self._client,
        )
        parsed = cast(CampaignBeginResponse, _success(response))
        return Success(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=parsed
        )
