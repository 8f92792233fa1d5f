from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.number_bought_response import NumberBoughtResponse
from ...models.phone_number_selection import PhoneNumberSelection
from ...types import Response, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "buy_phone_number"


def _get_kwargs(
    *,
    body: PhoneNumberSelection,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/system/phone_numbers/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | NumberBoughtResponse | None:
    if response.status_code == 200:
        response_200 = NumberBoughtResponse.from_dict(json_of(client.hooks, response))

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
) -> Response[ApiError | NumberBoughtResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PhoneNumberSelection,
) -> Response[ApiError | NumberBoughtResponse]:
    """Buy a phone number

     Buys a number from the available list by its SID.

    Args:
        body (PhoneNumberSelection):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | NumberBoughtResponse]
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
    body: PhoneNumberSelection,
) -> ApiError | NumberBoughtResponse | None:
    """Buy a phone number

     Buys a number from the available list by its SID.

    Args:
        body (PhoneNumberSelection):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | NumberBoughtResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PhoneNumberSelection,
) -> Response[ApiError | NumberBoughtResponse]:
    """Buy a phone number

     Buys a number from the available list by its SID.

    Args:
        body (PhoneNumberSelection):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | NumberBoughtResponse]
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
    body: PhoneNumberSelection,
) -> ApiError | NumberBoughtResponse | None:
    """Buy a phone number

     Buys a number from the available list by its SID.

    Args:
        body (PhoneNumberSelection):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | NumberBoughtResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
