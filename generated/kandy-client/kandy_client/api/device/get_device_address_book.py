from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.address_book_envelope import AddressBookEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "get_device_address_book"


def _get_kwargs(
    *,
    device_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["device_id"] = device_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/devices/addressbooks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddressBookEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AddressBookEnvelope.from_dict(json_of(client.hooks, response))

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
) -> Response[AddressBookEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    device_id: str,
) -> Response[AddressBookEnvelope | ErrorEnvelope]:
    """Get a device's address book

     Returns the address book of a device, with hints. `key` is the user access token. The reply is
    modelled leniently (Decisions 12).

    Args:
        device_id (str): ID of one of the user's devices (from `create_device` or `get_devices`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddressBookEnvelope | ErrorEnvelope]
    """

    if client.hooks is not None:
        return client.hooks.sync(
            OPERATION_ID,
            client,
            dict(
                device_id=device_id,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        device_id=device_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    device_id: str,
) -> AddressBookEnvelope | ErrorEnvelope | None:
    """Get a device's address book

     Returns the address book of a device, with hints. `key` is the user access token. The reply is
    modelled leniently (Decisions 12).

    Args:
        device_id (str): ID of one of the user's devices (from `create_device` or `get_devices`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddressBookEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        device_id=device_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    device_id: str,
) -> Response[AddressBookEnvelope | ErrorEnvelope]:
    """Get a device's address book

     Returns the address book of a device, with hints. `key` is the user access token. The reply is
    modelled leniently (Decisions 12).

    Args:
        device_id (str): ID of one of the user's devices (from `create_device` or `get_devices`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddressBookEnvelope | ErrorEnvelope]
    """

    if client.hooks is not None:
        return await client.hooks.asyncio(
            OPERATION_ID,
            client,
            dict(
                device_id=device_id,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        device_id=device_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    device_id: str,
) -> AddressBookEnvelope | ErrorEnvelope | None:
    """Get a device's address book

     Returns the address book of a device, with hints. `key` is the user access token. The reply is
    modelled leniently (Decisions 12).

    Args:
        device_id (str): ID of one of the user's devices (from `create_device` or `get_devices`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddressBookEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            device_id=device_id,
        )
    ).parsed
