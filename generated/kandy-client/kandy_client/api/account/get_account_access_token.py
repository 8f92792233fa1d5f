from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_access_token_envelope import AccountAccessTokenEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "get_account_access_token"


def _get_kwargs(
    *,
    account_api_secret: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account_api_secret"] = account_api_secret

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/accesstokens",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountAccessTokenEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AccountAccessTokenEnvelope.from_dict(json_of(client.hooks, response))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(json_of(client.hooks, response))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(json_of(client.hooks, response))

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountAccessTokenEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_api_secret: str,
) -> Response[AccountAccessTokenEnvelope | ErrorEnvelope]:
    """Get an account access token

     Server-side call: exchanges the account API key (`key`) and account API secret for an account
    access token, used as `key` for domain management.

    Args:
        account_api_secret (str): API secret of the account (paired with the account API key sent
            as `key`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountAccessTokenEnvelope | ErrorEnvelope]
    """

    if client.hooks is not None:
        return client.hooks.sync(
            OPERATION_ID,
            client,
            dict(
                account_api_secret=account_api_secret,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        account_api_secret=account_api_secret,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_api_secret: str,
) -> AccountAccessTokenEnvelope | ErrorEnvelope | None:
    """Get an account access token

     Server-side call: exchanges the account API key (`key`) and account API secret for an account
    access token, used as `key` for domain management.

    Args:
        account_api_secret (str): API secret of the account (paired with the account API key sent
            as `key`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountAccessTokenEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        account_api_secret=account_api_secret,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_api_secret: str,
) -> Response[AccountAccessTokenEnvelope | ErrorEnvelope]:
    """Get an account access token

     Server-side call: exchanges the account API key (`key`) and account API secret for an account
    access token, used as `key` for domain management.

    Args:
        account_api_secret (str): API secret of the account (paired with the account API key sent
            as `key`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountAccessTokenEnvelope | ErrorEnvelope]
    """

    if client.hooks is not None:
        return await client.hooks.asyncio(
            OPERATION_ID,
            client,
            dict(
                account_api_secret=account_api_secret,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        account_api_secret=account_api_secret,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_api_secret: str,
) -> AccountAccessTokenEnvelope | ErrorEnvelope | None:
    """Get an account access token

     Server-side call: exchanges the account API key (`key`) and account API secret for an account
    access token, used as `key` for domain management.

    Args:
        account_api_secret (str): API secret of the account (paired with the account API key sent
            as `key`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountAccessTokenEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            account_api_secret=account_api_secret,
        )
    ).parsed
