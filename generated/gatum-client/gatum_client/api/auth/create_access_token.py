from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token_request import AccessTokenRequest
from ...models.access_token_response import AccessTokenResponse
from ...models.error_response import ErrorResponse
from ...types import Response, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "create_access_token"


def _get_kwargs(
    *,
    body: AccessTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accesstoken",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessTokenResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AccessTokenResponse.from_dict(json_of(client.hooks, response))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_of(client.hooks, response))

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccessTokenResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> Response[AccessTokenResponse | ErrorResponse]:
    """Exchange an authorization code for an access token

     Step 2 of the token flow (the SDK's `access_token`). Returns the token for the `X-Access-Token`
    header
    and its absolute expiry `expires_at` (Unix epoch, seconds).

    Args:
        body (AccessTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessTokenResponse | ErrorResponse]
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
    body: AccessTokenRequest,
) -> AccessTokenResponse | ErrorResponse | None:
    """Exchange an authorization code for an access token

     Step 2 of the token flow (the SDK's `access_token`). Returns the token for the `X-Access-Token`
    header
    and its absolute expiry `expires_at` (Unix epoch, seconds).

    Args:
        body (AccessTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessTokenResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> Response[AccessTokenResponse | ErrorResponse]:
    """Exchange an authorization code for an access token

     Step 2 of the token flow (the SDK's `access_token`). Returns the token for the `X-Access-Token`
    header
    and its absolute expiry `expires_at` (Unix epoch, seconds).

    Args:
        body (AccessTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessTokenResponse | ErrorResponse]
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
    body: AccessTokenRequest,
) -> AccessTokenResponse | ErrorResponse | None:
    """Exchange an authorization code for an access token

     Step 2 of the token flow (the SDK's `access_token`). Returns the token for the `X-Access-Token`
    header
    and its absolute expiry `expires_at` (Unix epoch, seconds).

    Args:
        body (AccessTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessTokenResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
