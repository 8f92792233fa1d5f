from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.campaign_number_deleted_response import CampaignNumberDeletedResponse
from ...types import Response, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "delete_campaign_number"


def _get_kwargs(
    number_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/system/campaigns/number/{number_id}/delete/".format(
            number_id=quote(str(number_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CampaignNumberDeletedResponse | None:
    if response.status_code == 200:
        response_200 = CampaignNumberDeletedResponse.from_dict(json_of(client.hooks, response))

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(json_of(client.hooks, response))

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(json_of(client.hooks, response))

        return response_401

    if response.status_code == 404:
        response_404 = ApiError.from_dict(json_of(client.hooks, response))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | CampaignNumberDeletedResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    number_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | CampaignNumberDeletedResponse]:
    """Delete a number from its campaign

     Removes a recipient number (by its campaign-number id) from its campaign.

    Args:
        number_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CampaignNumberDeletedResponse]
    """

    if client.hooks is not None:
        return client.hooks.sync(
            OPERATION_ID,
            client,
            dict(
                number_id=number_id,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        number_id=number_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    number_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | CampaignNumberDeletedResponse | None:
    """Delete a number from its campaign

     Removes a recipient number (by its campaign-number id) from its campaign.

    Args:
        number_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CampaignNumberDeletedResponse
    """

    return sync_detailed(
        number_id=number_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    number_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiError | CampaignNumberDeletedResponse]:
    """Delete a number from its campaign

     Removes a recipient number (by its campaign-number id) from its campaign.

    Args:
        number_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CampaignNumberDeletedResponse]
    """

    if client.hooks is not None:
        return await client.hooks.asyncio(
            OPERATION_ID,
            client,
            dict(
                number_id=number_id,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        number_id=number_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    number_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ApiError | CampaignNumberDeletedResponse | None:
    """Delete a number from its campaign

     Removes a recipient number (by its campaign-number id) from its campaign.

    Args:
        number_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CampaignNumberDeletedResponse
    """

    return (
        await asyncio_detailed(
            number_id=number_id,
            client=client,
        )
    ).parsed
