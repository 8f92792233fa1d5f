from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.forbidden_error import ForbiddenError
from ...models.message import Message
from ...types import UNSET, Response, Unset, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "list_session_messages"


def _get_kwargs(
    domain: str,
    user: str,
    messagesession: str,
    *,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/domains/{domain}/users/{user}/messagesessions/{messagesession}/messages".format(
            domain=quote(str(domain), safe=""),
            user=quote(str(user), safe=""),
            messagesession=quote(str(messagesession), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ForbiddenError | list[Message] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_of(client.hooks, response)
        for componentsschemas_message_list_item_data in _response_200:
            componentsschemas_message_list_item = Message.from_dict(componentsschemas_message_list_item_data)

            response_200.append(componentsschemas_message_list_item)

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
) -> Response[ErrorResponse | ForbiddenError | list[Message]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    domain: str,
    user: str,
    messagesession: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
) -> Response[ErrorResponse | ForbiddenError | list[Message]]:
    """List the messages of a message session

     Returns the messages of one session. The SDK uses `~` for `{user}` when no user is given.

    Args:
        domain (str):
        user (str):
        messagesession (str):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ForbiddenError | list[Message]]
    """

    if client.hooks is not None:
        return client.hooks.sync(
            OPERATION_ID,
            client,
            dict(
                domain=domain,
                user=user,
                messagesession=messagesession,
                limit=limit,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        domain=domain,
        user=user,
        messagesession=messagesession,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    domain: str,
    user: str,
    messagesession: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
) -> ErrorResponse | ForbiddenError | list[Message] | None:
    """List the messages of a message session

     Returns the messages of one session. The SDK uses `~` for `{user}` when no user is given.

    Args:
        domain (str):
        user (str):
        messagesession (str):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ForbiddenError | list[Message]
    """

    return sync_detailed(
        domain=domain,
        user=user,
        messagesession=messagesession,
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    domain: str,
    user: str,
    messagesession: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
) -> Response[ErrorResponse | ForbiddenError | list[Message]]:
    """List the messages of a message session

     Returns the messages of one session. The SDK uses `~` for `{user}` when no user is given.

    Args:
        domain (str):
        user (str):
        messagesession (str):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ForbiddenError | list[Message]]
    """

    if client.hooks is not None:
        return await client.hooks.asyncio(
            OPERATION_ID,
            client,
            dict(
                domain=domain,
                user=user,
                messagesession=messagesession,
                limit=limit,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        domain=domain,
        user=user,
        messagesession=messagesession,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    domain: str,
    user: str,
    messagesession: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
) -> ErrorResponse | ForbiddenError | list[Message] | None:
    """List the messages of a message session

     Returns the messages of one session. The SDK uses `~` for `{user}` when no user is given.

    Args:
        domain (str):
        user (str):
        messagesession (str):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ForbiddenError | list[Message]
    """

    return (
        await asyncio_detailed(
            domain=domain,
            user=user,
            messagesession=messagesession,
            client=client,
            limit=limit,
        )
    ).parsed
