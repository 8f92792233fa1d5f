from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.group_envelope import GroupEnvelope
from ...types import UNSET, Response, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "get_group_by_id"


def _get_kwargs(
    *,
    group_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["group_id"] = group_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/chatgroups/chatgroup",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GroupEnvelope | None:
    if response.status_code == 200:
        response_200 = GroupEnvelope.from_dict(json_of(client.hooks, response))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(json_of(client.hooks, response))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(json_of(client.hooks, response))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(json_of(client.hooks, response))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(json_of(client.hooks, response))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | GroupEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    group_id: str,
) -> Response[ErrorEnvelope | GroupEnvelope]:
    """Get a chat group by ID

     Returns a chat group the user can see. `key` is the user access token. Error statuses include 700
    (group not found), 701 (user not found) and 702 (requesting user not in group).

    Args:
        group_id (str): ID of the group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GroupEnvelope]
    """

    if client.hooks is not None:
        return client.hooks.sync(
            OPERATION_ID,
            client,
            dict(
                group_id=group_id,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        group_id=group_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    group_id: str,
) -> ErrorEnvelope | GroupEnvelope | None:
    """Get a chat group by ID

     Returns a chat group the user can see. `key` is the user access token. Error statuses include 700
    (group not found), 701 (user not found) and 702 (requesting user not in group).

    Args:
        group_id (str): ID of the group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GroupEnvelope
    """

    return sync_detailed(
        client=client,
        group_id=group_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    group_id: str,
) -> Response[ErrorEnvelope | GroupEnvelope]:
    """Get a chat group by ID

     Returns a chat group the user can see. `key` is the user access token. Error statuses include 700
    (group not found), 701 (user not found) and 702 (requesting user not in group).

    Args:
        group_id (str): ID of the group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GroupEnvelope]
    """

    if client.hooks is not None:
        return await client.hooks.asyncio(
            OPERATION_ID,
            client,
            dict(
                group_id=group_id,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        group_id=group_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    group_id: str,
) -> ErrorEnvelope | GroupEnvelope | None:
    """Get a chat group by ID

     Returns a chat group the user can see. `key` is the user access token. Error statuses include 700
    (group not found), 701 (user not found) and 702 (requesting user not in group).

    Args:
        group_id (str): ID of the group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GroupEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            group_id=group_id,
        )
    ).parsed
