from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.send_sms_request import SendSmsRequest
from ...models.status_envelope import StatusEnvelope
from ...types import UNSET, Response, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "send_sms"


def _get_kwargs(
    *,
    body: SendSmsRequest,
    device_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["device_id"] = device_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/devices/smss",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | StatusEnvelope | None:
    if response.status_code == 200:
        response_200 = StatusEnvelope.from_dict(json_of(client.hooks, response))

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
) -> Response[ErrorEnvelope | StatusEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest,
    device_id: str,
) -> Response[ErrorEnvelope | StatusEnvelope]:
    """Send an SMS from a device

     Sends an SMS to a mobile number. `key` is the user access token; the device must belong to the user
    (clients usually take the first device of `get_devices`). The SDK builds the body from `source`,
    `destination` and `text`.

    Args:
        device_id (str): ID of one of the user's devices (from `create_device` or `get_devices`).
        body (SendSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StatusEnvelope]
    """

    if client.hooks is not None:
        return client.hooks.sync(
            OPERATION_ID,
            client,
            dict(
                body=body,
                device_id=device_id,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        body=body,
        device_id=device_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest,
    device_id: str,
) -> ErrorEnvelope | StatusEnvelope | None:
    """Send an SMS from a device

     Sends an SMS to a mobile number. `key` is the user access token; the device must belong to the user
    (clients usually take the first device of `get_devices`). The SDK builds the body from `source`,
    `destination` and `text`.

    Args:
        device_id (str): ID of one of the user's devices (from `create_device` or `get_devices`).
        body (SendSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StatusEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        device_id=device_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest,
    device_id: str,
) -> Response[ErrorEnvelope | StatusEnvelope]:
    """Send an SMS from a device

     Sends an SMS to a mobile number. `key` is the user access token; the device must belong to the user
    (clients usually take the first device of `get_devices`). The SDK builds the body from `source`,
    `destination` and `text`.

    Args:
        device_id (str): ID of one of the user's devices (from `create_device` or `get_devices`).
        body (SendSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StatusEnvelope]
    """

    if client.hooks is not None:
        return await client.hooks.asyncio(
            OPERATION_ID,
            client,
            dict(
                body=body,
                device_id=device_id,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        body=body,
        device_id=device_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest,
    device_id: str,
) -> ErrorEnvelope | StatusEnvelope | None:
    """Send an SMS from a device

     Sends an SMS to a mobile number. `key` is the user access token; the device must belong to the user
    (clients usually take the first device of `get_devices`). The SDK builds the body from `source`,
    `destination` and `text`.

    Args:
        device_id (str): ID of one of the user's devices (from `create_device` or `get_devices`).
        body (SendSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StatusEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            device_id=device_id,
        )
    ).parsed
