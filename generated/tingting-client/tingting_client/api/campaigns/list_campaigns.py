from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.campaign_list_page import CampaignListPage
from ...types import UNSET, Response, Unset, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "list_campaigns"


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/system/campaigns",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CampaignListPage | None:
    if response.status_code == 200:
        response_200 = CampaignListPage.from_dict(json_of(client.hooks, response))

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
) -> Response[ApiError | CampaignListPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
) -> Response[ApiError | CampaignListPage]:
    """List the user's campaigns

     Campaigns of the logged-in user with their id, name, phones, service, description and usable tags,
    in a paginated envelope of its own (`pagination` + `result`), not the standard one.

    Args:
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CampaignListPage]
    """

    if client.hooks is not None:
        return client.hooks.sync(
            OPERATION_ID,
            client,
            dict(
                page=page,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
) -> ApiError | CampaignListPage | None:
    """List the user's campaigns

     Campaigns of the logged-in user with their id, name, phones, service, description and usable tags,
    in a paginated envelope of its own (`pagination` + `result`), not the standard one.

    Args:
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CampaignListPage
    """

    return sync_detailed(
        client=client,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
) -> Response[ApiError | CampaignListPage]:
    """List the user's campaigns

     Campaigns of the logged-in user with their id, name, phones, service, description and usable tags,
    in a paginated envelope of its own (`pagination` + `result`), not the standard one.

    Args:
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CampaignListPage]
    """

    if client.hooks is not None:
        return await client.hooks.asyncio(
            OPERATION_ID,
            client,
            dict(
                page=page,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
) -> ApiError | CampaignListPage | None:
    """List the user's campaigns

     Campaigns of the logged-in user with their id, name, phones, service, description and usable tags,
    in a paginated envelope of its own (`pagination` + `result`), not the standard one.

    Args:
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CampaignListPage
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
        )
    ).parsed
