from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_user_by_phone_number_request import CreateUserByPhoneNumberRequest
from ...models.created_user_envelope import CreatedUserEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "create_user_by_phone_number"


def _get_kwargs(
    *,
    body: CreateUserByPhoneNumberRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/domains/users/phone_number",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedUserEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CreatedUserEnvelope.from_dict(json_of(client.hooks, response))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(json_of(client.hooks, response))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(json_of(client.hooks, response))

        return response_401

    if response.status_code == 409:
        response_409 = ErrorEnvelope.from_dict(json_of(client.hooks, response))

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatedUserEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserByPhoneNumberRequest,
) -> Response[CreatedUserEnvelope | ErrorEnvelope]:
    """Create a user from a phone number

     Creates a domain user identified by phone number. `key` is the domain access token. The README shows
    only `{status, message}`; the spec also admits the create-by-user-ID `result` (Decisions 5).

    Args:
        body (CreateUserByPhoneNumberRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedUserEnvelope | ErrorEnvelope]
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
    body: CreateUserByPhoneNumberRequest,
) -> CreatedUserEnvelope | ErrorEnvelope | None:
    """Create a user from a phone number

     Creates a domain user identified by phone number. `key` is the domain access token. The README shows
    only `{status, message}`; the spec also admits the create-by-user-ID `result` (Decisions 5).

    Args:
        body (CreateUserByPhoneNumberRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedUserEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserByPhoneNumberRequest,
) -> Response[CreatedUserEnvelope | ErrorEnvelope]:
    """Create a user from a phone number

     Creates a domain user identified by phone number. `key` is the domain access token. The README shows
    only `{status, message}`; the spec also admits the create-by-user-ID `result` (Decisions 5).

    Args:
        body (CreateUserByPhoneNumberRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedUserEnvelope | ErrorEnvelope]
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
    body: CreateUserByPhoneNumberRequest,
) -> CreatedUserEnvelope | ErrorEnvelope | None:
    """Create a user from a phone number

     Creates a domain user identified by phone number. `key` is the domain access token. The README shows
    only `{status, message}`; the spec also admits the create-by-user-ID `result` (Decisions 5).

    Args:
        body (CreateUserByPhoneNumberRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedUserEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
