from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.user_details_envelope import UserDetailsEnvelope
from ...types import UNSET, Response, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "get_user_details"


def _get_kwargs(
    *,
    user_access_token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_access_token"] = user_access_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/domains/users/details",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | UserDetailsEnvelope | None:
    if response.status_code == 200:
        response_200 = UserDetailsEnvelope.from_dict(json_of(client.hooks, response))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(json_of(client.hooks, response))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(json_of(client.hooks, response))

        return response_401

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(json_of(client.hooks, response))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | UserDetailsEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_access_token: str,
) -> Response[ErrorEnvelope | UserDetailsEnvelope]:
    """Get full details of a user

     Returns the details of the user owning `user_access_token`. `key` is the domain access token. The
    README's reply repeats the user-list shape (`result.users`); `result` stays open (Decisions 6).

    Args:
        user_access_token (str): Access token of the user whose details are requested (from
            `get_user_access_token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UserDetailsEnvelope]
    """

    if client.hooks is not None:
        return client.hooks.sync(
            OPERATION_ID,
            client,
            dict(
                user_access_token=user_access_token,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        user_access_token=user_access_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    user_access_token: str,
) -> ErrorEnvelope | UserDetailsEnvelope | None:
    """Get full details of a user

     Returns the details of the user owning `user_access_token`. `key` is the domain access token. The
    README's reply repeats the user-list shape (`result.users`); `result` stays open (Decisions 6).

    Args:
        user_access_token (str): Access token of the user whose details are requested (from
            `get_user_access_token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UserDetailsEnvelope
    """

    return sync_detailed(
        client=client,
        user_access_token=user_access_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_access_token: str,
) -> Response[ErrorEnvelope | UserDetailsEnvelope]:
    """Get full details of a user

     Returns the details of the user owning `user_access_token`. `key` is the domain access token. The
    README's reply repeats the user-list shape (`result.users`); `result` stays open (Decisions 6).

    Args:
        user_access_token (str): Access token of the user whose details are requested (from
            `get_user_access_token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UserDetailsEnvelope]
    """

    if client.hooks is not None:
        return await client.hooks.asyncio(
            OPERATION_ID,
            client,
            dict(
                user_access_token=user_access_token,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        user_access_token=user_access_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user_access_token: str,
) -> ErrorEnvelope | UserDetailsEnvelope | None:
    """Get full details of a user

     Returns the details of the user owning `user_access_token`. `key` is the domain access token. The
    README's reply repeats the user-list shape (`result.users`); `result` stays open (Decisions 6).

    Args:
        user_access_token (str): Access token of the user whose details are requested (from
            `get_user_access_token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UserDetailsEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            user_access_token=user_access_token,
        )
    ).parsed
