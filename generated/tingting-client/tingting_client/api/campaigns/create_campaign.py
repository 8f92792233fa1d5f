from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.campaign_create import CampaignCreate
from ...models.campaign_create_upload import CampaignCreateUpload
from ...models.campaign_details_response import CampaignDetailsResponse
from ...types import UNSET, Response, Unset, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "create_campaign"


def _get_kwargs(
    *,
    body: CampaignCreate | CampaignCreateUpload | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/system/campaigns/",
    }

    if isinstance(body, CampaignCreate):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, CampaignCreateUpload):
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

        # No Content-Type: httpx writes it, with a random boundary per request.

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CampaignDetailsResponse | None:
    if response.status_code == 201:
        response_201 = CampaignDetailsResponse.from_dict(json_of(client.hooks, response))

        return response_201

    if response.status_code == 400:
        response_400 = ApiError.from_dict(json_of(client.hooks, response))

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(json_of(client.hooks, response))

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | CampaignDetailsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignCreate | CampaignCreateUpload | Unset = UNSET,
) -> Response[ApiError | CampaignDetailsResponse]:
    """Create a campaign

     Creates a campaign with its recipients: a list of numbers (`individual_number`, JSON body) or a
    spreadsheet of numbers (`send_to_number_file`, .xlsx, multipart body).

    Args:
        body (CampaignCreate | Unset): A campaign with individual recipients (JSON).
        body (CampaignCreateUpload | Unset): A campaign with bulk recipients from a spreadsheet
            (multipart/form-data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CampaignDetailsResponse]
    """

    if client.hooks is not None:
        return client.hooks.sync(
            OPERATION_ID,
            client,
            dict(
                body=body,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignCreate | CampaignCreateUpload | Unset = UNSET,
) -> ApiError | CampaignDetailsResponse | None:
    """Create a campaign

     Creates a campaign with its recipients: a list of numbers (`individual_number`, JSON body) or a
    spreadsheet of numbers (`send_to_number_file`, .xlsx, multipart body).

    Args:
        body (CampaignCreate | Unset): A campaign with individual recipients (JSON).
        body (CampaignCreateUpload | Unset): A campaign with bulk recipients from a spreadsheet
            (multipart/form-data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CampaignDetailsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignCreate | CampaignCreateUpload | Unset = UNSET,
) -> Response[ApiError | CampaignDetailsResponse]:
    """Create a campaign

     Creates a campaign with its recipients: a list of numbers (`individual_number`, JSON body) or a
    spreadsheet of numbers (`send_to_number_file`, .xlsx, multipart body).

    Args:
        body (CampaignCreate | Unset): A campaign with individual recipients (JSON).
        body (CampaignCreateUpload | Unset): A campaign with bulk recipients from a spreadsheet
            (multipart/form-data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CampaignDetailsResponse]
    """

    if client.hooks is not None:
        return await client.hooks.asyncio(
            OPERATION_ID,
            client,
            dict(
                body=body,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignCreate | CampaignCreateUpload | Unset = UNSET,
) -> ApiError | CampaignDetailsResponse | None:
    """Create a campaign

     Creates a campaign with its recipients: a list of numbers (`individual_number`, JSON body) or a
    spreadsheet of numbers (`send_to_number_file`, .xlsx, multipart body).

    Args:
        body (CampaignCreate | Unset): A campaign with individual recipients (JSON).
        body (CampaignCreateUpload | Unset): A campaign with bulk recipients from a spreadsheet
            (multipart/form-data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CampaignDetailsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
