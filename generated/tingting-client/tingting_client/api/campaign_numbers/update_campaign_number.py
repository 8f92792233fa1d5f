from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.campaign_number_update import CampaignNumberUpdate
from ...models.campaign_number_updated_response import CampaignNumberUpdatedResponse
from ...types import Response, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "update_campaign_number"


def _get_kwargs(
    number_id: int,
    *,
    body: CampaignNumberUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/system/number/{number_id}/".format(
            number_id=quote(str(number_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CampaignNumberUpdatedResponse | None:
    if response.status_code == 200:
        response_200 = CampaignNumberUpdatedResponse.from_dict(json_of(client.hooks, response))

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

    if response.status_code == 409:
        response_409 = ApiError.from_dict(json_of(client.hooks, response))

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | CampaignNumberUpdatedResponse]:
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
    body: CampaignNumberUpdate,
) -> Response[ApiError | CampaignNumberUpdatedResponse]:
    """Edit a campaign number

     Changes the number and/or its tag values. (PUT per the later docs; the vendor doc says POST.)

    Args:
        number_id (int):
        body (CampaignNumberUpdate): The values to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CampaignNumberUpdatedResponse]
    """

    if client.hooks is not None:
        return client.hooks.sync(
            OPERATION_ID,
            client,
            dict(
                number_id=number_id,
                body=body,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        number_id=number_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    number_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CampaignNumberUpdate,
) -> ApiError | CampaignNumberUpdatedResponse | None:
    """Edit a campaign number

     Changes the number and/or its tag values. (PUT per the later docs; the vendor doc says POST.)

    Args:
        number_id (int):
        body (CampaignNumberUpdate): The values to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CampaignNumberUpdatedResponse
    """

    return sync_detailed(
        number_id=number_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    number_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CampaignNumberUpdate,
) -> Response[ApiError | CampaignNumberUpdatedResponse]:
    """Edit a campaign number

     Changes the number and/or its tag values. (PUT per the later docs; the vendor doc says POST.)

    Args:
        number_id (int):
        body (CampaignNumberUpdate): The values to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CampaignNumberUpdatedResponse]
    """

    if client.hooks is not None:
        return await client.hooks.asyncio(
            OPERATION_ID,
            client,
            dict(
                number_id=number_id,
                body=body,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        number_id=number_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    number_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CampaignNumberUpdate,
) -> ApiError | CampaignNumberUpdatedResponse | None:
    """Edit a campaign number

     Changes the number and/or its tag values. (PUT per the later docs; the vendor doc says POST.)

    Args:
        number_id (int):
        body (CampaignNumberUpdate): The values to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CampaignNumberUpdatedResponse
    """

    return (
        await asyncio_detailed(
            number_id=number_id,
            client=client,
            body=body,
        )
    ).parsed
