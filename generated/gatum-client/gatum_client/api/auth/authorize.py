from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authorize_request import AuthorizeRequest
from ...models.authorize_response import AuthorizeResponse
from ...models.error_response import ErrorResponse
from ...types import Response, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "authorize"


def _get_kwargs(
    *,
    body: AuthorizeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/authorize",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthorizeResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AuthorizeResponse.from_dict(json_of(client.hooks, response))

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
) -> Response[AuthorizeResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizeRequest,
) -> Response[AuthorizeResponse | ErrorResponse]:
    """Exchange web-cabinet credentials for an authorization code

     Step 1 of the token flow (the SDK's `access_token`). Send the web-cabinet login and password; on 200
    the
    authorization code is in `data.authorization_code`. Pass it to `create_access_token`. On wrong
    credentials the vendor answers 400 with the error envelope, which the SDK returns as is.

    Args:
        body (AuthorizeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizeResponse | ErrorResponse]
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
    body: AuthorizeRequest,
) -> AuthorizeResponse | ErrorResponse | None:
    """Exchange web-cabinet credentials for an authorization code

     Step 1 of the token flow (the SDK's `access_token`). Send the web-cabinet login and password; on 200
    the
    authorization code is in `data.authorization_code`. Pass it to `create_access_token`. On wrong
    credentials the vendor answers 400 with the error envelope, which the SDK returns as is.

    Args:
        body (AuthorizeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizeResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthorizeRequest,
) -> Response[AuthorizeResponse | ErrorResponse]:
    """Exchange web-cabinet credentials for an authorization code

     Step 1 of the token flow (the SDK's `access_token`). Send the web-cabinet login and password; on 200
    the
    authorization code is in `data.authorization_code`. Pass it to `create_access_token`. On wrong
    credentials the vendor answers 400 with the error envelope, which the SDK returns as is.

    Args:
        body (AuthorizeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizeResponse | ErrorResponse]
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
    body: AuthorizeRequest,
) -> AuthorizeResponse | ErrorResponse | None:
    """Exchange web-cabinet credentials for an authorization code

     Step 1 of the token flow (the SDK's `access_token`). Send the web-cabinet login and password; on 200
    the
    authorization code is in `data.authorization_code`. Pass it to `create_access_token`. On wrong
    credentials the vendor answers 400 with the error envelope, which the SDK returns as is.

    Args:
        body (AuthorizeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizeResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
