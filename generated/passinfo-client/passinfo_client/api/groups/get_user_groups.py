from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.group import Group
from ...types import Response, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "get_user_groups"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groupe/get_all_my_groupes",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[Group] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_of(client.hooks, response)
        for response_200_item_data in _response_200:
            response_200_item = Group.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_of(client.hooks, response))

        return response_401

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json_of(client.hooks, response))

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[Group]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | list[Group]]:
    """List the contact groups of the account

     Returns every contact group of the account (path spelled the French way, "groupe").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Group]]
    """

    if client.hooks is not None:
        return client.hooks.sync(
            OPERATION_ID,
            client,
            dict(),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | list[Group] | None:
    """List the contact groups of the account

     Returns every contact group of the account (path spelled the French way, "groupe").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Group]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | list[Group]]:
    """List the contact groups of the account

     Returns every contact group of the account (path spelled the French way, "groupe").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Group]]
    """

    if client.hooks is not None:
        return await client.hooks.asyncio(
            OPERATION_ID,
            client,
            dict(),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | list[Group] | None:
    """List the contact groups of the account

     Returns every contact group of the account (path spelled the French way, "groupe").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Group]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
