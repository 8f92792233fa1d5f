from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.send_sms_response import SendSmsResponse
from ...models.sms_message import SmsMessage
from ...types import Response, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "send_sms"


def _get_kwargs(
    *,
    body: list[SmsMessage],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/send",
    }

    _kwargs["json"] = []
    for componentsschemas_send_sms_request_item_data in body:
        componentsschemas_send_sms_request_item = componentsschemas_send_sms_request_item_data.to_dict()
        _kwargs["json"].append(componentsschemas_send_sms_request_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SendSmsResponse | None:
    if response.status_code == 200:
        response_200 = SendSmsResponse.from_dict(json_of(client.hooks, response))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_of(client.hooks, response))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_of(client.hooks, response))

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SendSmsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[SmsMessage],
) -> Response[ErrorResponse | SendSmsResponse]:
    """Send SMS, HLR or MNP requests

     The body is a top-level JSON array; each element is one message job with its own destination list,
    sender ID and text. The sender ID must be registered (else error `not_registr_originator`).

    Args:
        body (list[SmsMessage]): Top-level JSON array of message jobs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendSmsResponse]
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
    body: list[SmsMessage],
) -> ErrorResponse | SendSmsResponse | None:
    """Send SMS, HLR or MNP requests

     The body is a top-level JSON array; each element is one message job with its own destination list,
    sender ID and text. The sender ID must be registered (else error `not_registr_originator`).

    Args:
        body (list[SmsMessage]): Top-level JSON array of message jobs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendSmsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[SmsMessage],
) -> Response[ErrorResponse | SendSmsResponse]:
    """Send SMS, HLR or MNP requests

     The body is a top-level JSON array; each element is one message job with its own destination list,
    sender ID and text. The sender ID must be registered (else error `not_registr_originator`).

    Args:
        body (list[SmsMessage]): Top-level JSON array of message jobs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendSmsResponse]
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
    body: list[SmsMessage],
) -> ErrorResponse | SendSmsResponse | None:
    """Send SMS, HLR or MNP requests

     The body is a top-level JSON array; each element is one message job with its own destination list,
    sender ID and text. The sender ID must be registered (else error `not_registr_originator`).

    Args:
        body (list[SmsMessage]): Top-level JSON array of message jobs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendSmsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
