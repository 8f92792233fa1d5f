from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.renew_api_key_result import RenewApiKeyResult
from ...types import Response, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "renew_api_key"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/renew_api_key",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RenewApiKeyResult | None:
    if response.status_code == 200:
        response_200 = RenewApiKeyResult.from_dict(json_of(client.hooks, response))

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
) -> Response[ErrorResponse | RenewApiKeyResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | RenewApiKeyResult]:
    """Replace the API key with a new one

     Generates a new API key and invalidates the current one. The caller must use the returned key from
    then on (the SDK does not update its own credentials). POST per client.py and the Node SDK (see
    Decisions).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RenewApiKeyResult]
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
) -> ErrorResponse | RenewApiKeyResult | None:
    """Replace the API key with a new one

     Generates a new API key and invalidates the current one. The caller must use the returned key from
    then on (the SDK does not update its own credentials). POST per client.py and the Node SDK (see
    Decisions).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RenewApiKeyResult
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | RenewApiKeyResult]:
    """Replace the API key with a new one

     Generates a new API key and invalidates the current one. The caller must use the returned key from
    then on (the SDK does not update its own credentials). POST per client.py and the Node SDK (see
    Decisions).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RenewApiKeyResult]
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
) -> ErrorResponse | RenewApiKeyResult | None:
    """Replace the API key with a new one

     Generates a new API key and invalidates the current one. The caller must use the returned key from
    then on (the SDK does not update its own credentials). POST per client.py and the Node SDK (see
    Decisions).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RenewApiKeyResult
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
