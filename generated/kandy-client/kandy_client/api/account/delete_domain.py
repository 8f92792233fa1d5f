from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.status_envelope import StatusEnvelope
from ...types import UNSET, Response, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "delete_domain"


def _get_kwargs(
    *,
    domain_api_key: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["domain_api_key"] = domain_api_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/accounts/domains",
        "params": params,
    }

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
    domain_api_key: str,
) -> Response[ErrorEnvelope | StatusEnvelope]:
    """Delete a domain

     Deletes the domain identified by `domain_api_key`. `key` is the account access token. Answers
    `message: "Domain Deleted"`. The SDK sends this as GET (SDK bug); the real method is DELETE.

    Args:
        domain_api_key (str): API key of the domain to delete (32 hex digits).

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
                domain_api_key=domain_api_key,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        domain_api_key=domain_api_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    domain_api_key: str,
) -> ErrorEnvelope | StatusEnvelope | None:
    """Delete a domain

     Deletes the domain identified by `domain_api_key`. `key` is the account access token. Answers
    `message: "Domain Deleted"`. The SDK sends this as GET (SDK bug); the real method is DELETE.

    Args:
        domain_api_key (str): API key of the domain to delete (32 hex digits).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StatusEnvelope
    """

    return sync_detailed(
        client=client,
        domain_api_key=domain_api_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    domain_api_key: str,
) -> Response[ErrorEnvelope | StatusEnvelope]:
    """Delete a domain

     Deletes the domain identified by `domain_api_key`. `key` is the account access token. Answers
    `message: "Domain Deleted"`. The SDK sends this as GET (SDK bug); the real method is DELETE.

    Args:
        domain_api_key (str): API key of the domain to delete (32 hex digits).

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
                domain_api_key=domain_api_key,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        domain_api_key=domain_api_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    domain_api_key: str,
) -> ErrorEnvelope | StatusEnvelope | None:
    """Delete a domain

     Deletes the domain identified by `domain_api_key`. `key` is the account access token. Answers
    `message: "Domain Deleted"`. The SDK sends this as GET (SDK bug); the real method is DELETE.

    Args:
        domain_api_key (str): API key of the domain to delete (32 hex digits).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StatusEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            domain_api_key=domain_api_key,
        )
    ).parsed
