from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.forbidden_error import ForbiddenError
from ...models.message_session import MessageSession
from ...types import UNSET, Response, Unset, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "list_domain_message_sessions"


def _get_kwargs(
    domain: str,
    *,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/domains/{domain}/messagesessions".format(
            domain=quote(str(domain), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ForbiddenError | list[MessageSession] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_of(client.hooks, response)
        for componentsschemas_message_session_list_item_data in _response_200:
            componentsschemas_message_session_list_item = MessageSession.from_dict(
                componentsschemas_message_session_list_item_data
            )

            response_200.append(componentsschemas_message_session_list_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_of(client.hooks, response))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_of(client.hooks, response))

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenError.from_dict(json_of(client.hooks, response))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json_of(client.hooks, response))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ForbiddenError | list[MessageSession]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
) -> Response[ErrorResponse | ForbiddenError | list[MessageSession]]:
    """List the message sessions of a domain

     Returns the message sessions of every user of the domain (`get_messages` with no user).

    Args:
        domain (str):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ForbiddenError | list[MessageSession]]
    """

    if client.hooks is not None:
        return client.hooks.sync(
            OPERATION_ID,
            client,
            dict(
                domain=domain,
                limit=limit,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        domain=domain,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
) -> ErrorResponse | ForbiddenError | list[MessageSession] | None:
    """List the message sessions of a domain

     Returns the message sessions of every user of the domain (`get_messages` with no user).

    Args:
        domain (str):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ForbiddenError | list[MessageSession]
    """

    return sync_detailed(
        domain=domain,
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
) -> Response[ErrorResponse | ForbiddenError | list[MessageSession]]:
    """List the message sessions of a domain

     Returns the message sessions of every user of the domain (`get_messages` with no user).

    Args:
        domain (str):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ForbiddenError | list[MessageSession]]
    """

    if client.hooks is not None:
        return await client.hooks.asyncio(
            OPERATION_ID,
            client,
            dict(
                domain=domain,
                limit=limit,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        domain=domain,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
) -> ErrorResponse | ForbiddenError | list[MessageSession] | None:
    """List the message sessions of a domain

     Returns the message sessions of every user of the domain (`get_messages` with no user).

    Args:
        domain (str):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ForbiddenError | list[MessageSession]
    """

    return (
        await asyncio_detailed(
            domain=domain,
            client=client,
            limit=limit,
        )
    ).parsed
