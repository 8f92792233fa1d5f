from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.domain_detail_envelope import DomainDetailEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "get_limited_domain_detail"


def _get_kwargs(
    *,
    domain_api_secret: str,
    domain_access_token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["domain_api_secret"] = domain_api_secret

    params["domain_access_token"] = domain_access_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/domains/details",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DomainDetailEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = DomainDetailEnvelope.from_dict(json_of(client.hooks, response))

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
) -> Response[DomainDetailEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    domain_api_secret: str,
    domain_access_token: str,
) -> Response[DomainDetailEnvelope | ErrorEnvelope]:
    """Get limited details of a domain

     Validates a domain key and returns the domain's record. `key` is the **domain API key**; the domain
    API secret and a domain access token are passed as parameters. (kandy-laravel used the path
    `domains/details`; this spec follows the SDK, see Decisions 13.)

    Args:
        domain_api_secret (str): API secret of the domain (paired with the domain API key sent as
            `key`).
        domain_access_token (str): A domain access token (from `get_domain_access_token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DomainDetailEnvelope | ErrorEnvelope]
    """

    if client.hooks is not None:
        return client.hooks.sync(
            OPERATION_ID,
            client,
            dict(
                domain_api_secret=domain_api_secret,
                domain_access_token=domain_access_token,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        domain_api_secret=domain_api_secret,
        domain_access_token=domain_access_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    domain_api_secret: str,
    domain_access_token: str,
) -> DomainDetailEnvelope | ErrorEnvelope | None:
    """Get limited details of a domain

     Validates a domain key and returns the domain's record. `key` is the **domain API key**; the domain
    API secret and a domain access token are passed as parameters. (kandy-laravel used the path
    `domains/details`; this spec follows the SDK, see Decisions 13.)

    Args:
        domain_api_secret (str): API secret of the domain (paired with the domain API key sent as
            `key`).
        domain_access_token (str): A domain access token (from `get_domain_access_token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DomainDetailEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        domain_api_secret=domain_api_secret,
        domain_access_token=domain_access_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    domain_api_secret: str,
    domain_access_token: str,
) -> Response[DomainDetailEnvelope | ErrorEnvelope]:
    """Get limited details of a domain

     Validates a domain key and returns the domain's record. `key` is the **domain API key**; the domain
    API secret and a domain access token are passed as parameters. (kandy-laravel used the path
    `domains/details`; this spec follows the SDK, see Decisions 13.)

    Args:
        domain_api_secret (str): API secret of the domain (paired with the domain API key sent as
            `key`).
        domain_access_token (str): A domain access token (from `get_domain_access_token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DomainDetailEnvelope | ErrorEnvelope]
    """

    if client.hooks is not None:
        return await client.hooks.asyncio(
            OPERATION_ID,
            client,
            dict(
                domain_api_secret=domain_api_secret,
                domain_access_token=domain_access_token,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        domain_api_secret=domain_api_secret,
        domain_access_token=domain_access_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    domain_api_secret: str,
    domain_access_token: str,
) -> DomainDetailEnvelope | ErrorEnvelope | None:
    """Get limited details of a domain

     Validates a domain key and returns the domain's record. `key` is the **domain API key**; the domain
    API secret and a domain access token are passed as parameters. (kandy-laravel used the path
    `domains/details`; this spec follows the SDK, see Decisions 13.)

    Args:
        domain_api_secret (str): API secret of the domain (paired with the domain API key sent as
            `key`).
        domain_access_token (str): A domain access token (from `get_domain_access_token`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DomainDetailEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            domain_api_secret=domain_api_secret,
            domain_access_token=domain_access_token,
        )
    ).parsed
