from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.user_access_token_envelope import UserAccessTokenEnvelope
from ...types import UNSET, Response, Unset, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "get_user_access_token"


def _get_kwargs(
    *,
    domain_api_secret: str | Unset = UNSET,
    user_password: str | Unset = UNSET,
    user_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["domain_api_secret"] = domain_api_secret

    params["user_password"] = user_password

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/domains/users/accesstokens",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | UserAccessTokenEnvelope | None:
    if response.status_code == 200:
        response_200 = UserAccessTokenEnvelope.from_dict(json_of(client.hooks, response))

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
) -> Response[ErrorEnvelope | UserAccessTokenEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    domain_api_secret: str | Unset = UNSET,
    user_password: str | Unset = UNSET,
    user_id: str,
) -> Response[ErrorEnvelope | UserAccessTokenEnvelope]:
    """Get a user access token

     Server-side call: exchanges the domain API key (`key`), the domain API secret and a `user_id` for a
    user access token, used as `key` for device, message, SMS, group and address-book calls. kandy.js
    sends the user's password (`user_password`) instead of the domain API secret; both forms are
    accepted
    (Decisions 14). One of the two is needed: a request with neither is refused like a wrong secret
    (HTTP 401, `status` 401), since what is missing is a credential.

    Args:
        domain_api_secret (str | Unset): API secret of the domain (SDK form); either this or
            `user_password` is needed.
        user_password (str | Unset): Password of the user (kandy.js form); either this or
            `domain_api_secret` is needed.
        user_id (str): ID of the user (without the `@domain` part).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UserAccessTokenEnvelope]
    """

    if client.hooks is not None:
        return client.hooks.sync(
            OPERATION_ID,
            client,
            dict(
                domain_api_secret=domain_api_secret,
                user_password=user_password,
                user_id=user_id,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        domain_api_secret=domain_api_secret,
        user_password=user_password,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    domain_api_secret: str | Unset = UNSET,
    user_password: str | Unset = UNSET,
    user_id: str,
) -> ErrorEnvelope | UserAccessTokenEnvelope | None:
    """Get a user access token

     Server-side call: exchanges the domain API key (`key`), the domain API secret and a `user_id` for a
    user access token, used as `key` for device, message, SMS, group and address-book calls. kandy.js
    sends the user's password (`user_password`) instead of the domain API secret; both forms are
    accepted
    (Decisions 14). One of the two is needed: a request with neither is refused like a wrong secret
    (HTTP 401, `status` 401), since what is missing is a credential.

    Args:
        domain_api_secret (str | Unset): API secret of the domain (SDK form); either this or
            `user_password` is needed.
        user_password (str | Unset): Password of the user (kandy.js form); either this or
            `domain_api_secret` is needed.
        user_id (str): ID of the user (without the `@domain` part).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UserAccessTokenEnvelope
    """

    return sync_detailed(
        client=client,
        domain_api_secret=domain_api_secret,
        user_password=user_password,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    domain_api_secret: str | Unset = UNSET,
    user_password: str | Unset = UNSET,
    user_id: str,
) -> Response[ErrorEnvelope | UserAccessTokenEnvelope]:
    """Get a user access token

     Server-side call: exchanges the domain API key (`key`), the domain API secret and a `user_id` for a
    user access token, used as `key` for device, message, SMS, group and address-book calls. kandy.js
    sends the user's password (`user_password`) instead of the domain API secret; both forms are
    accepted
    (Decisions 14). One of the two is needed: a request with neither is refused like a wrong secret
    (HTTP 401, `status` 401), since what is missing is a credential.

    Args:
        domain_api_secret (str | Unset): API secret of the domain (SDK form); either this or
            `user_password` is needed.
        user_password (str | Unset): Password of the user (kandy.js form); either this or
            `domain_api_secret` is needed.
        user_id (str): ID of the user (without the `@domain` part).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UserAccessTokenEnvelope]
    """

    if client.hooks is not None:
        return await client.hooks.asyncio(
            OPERATION_ID,
            client,
            dict(
                domain_api_secret=domain_api_secret,
                user_password=user_password,
                user_id=user_id,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        domain_api_secret=domain_api_secret,
        user_password=user_password,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    domain_api_secret: str | Unset = UNSET,
    user_password: str | Unset = UNSET,
    user_id: str,
) -> ErrorEnvelope | UserAccessTokenEnvelope | None:
    """Get a user access token

     Server-side call: exchanges the domain API key (`key`), the domain API secret and a `user_id` for a
    user access token, used as `key` for device, message, SMS, group and address-book calls. kandy.js
    sends the user's password (`user_password`) instead of the domain API secret; both forms are
    accepted
    (Decisions 14). One of the two is needed: a request with neither is refused like a wrong secret
    (HTTP 401, `status` 401), since what is missing is a credential.

    Args:
        domain_api_secret (str | Unset): API secret of the domain (SDK form); either this or
            `user_password` is needed.
        user_password (str | Unset): Password of the user (kandy.js form); either this or
            `domain_api_secret` is needed.
        user_id (str): ID of the user (without the `@domain` part).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UserAccessTokenEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            domain_api_secret=domain_api_secret,
            user_password=user_password,
            user_id=user_id,
        )
    ).parsed
