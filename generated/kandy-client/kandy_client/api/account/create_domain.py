from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_domain_envelope import CreateDomainEnvelope
from ...models.create_domain_request import CreateDomainRequest
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "create_domain"


def _get_kwargs(
    *,
    body: CreateDomainRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/domains",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateDomainEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CreateDomainEnvelope.from_dict(json_of(client.hooks, response))

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
) -> Response[CreateDomainEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDomainRequest,
) -> Response[CreateDomainEnvelope | ErrorEnvelope]:
    """Create a domain (project)

     Creates a domain under the account. `key` is the account access token. The response shape is not
    reliably documented (see Decisions 4): both the standard envelope and the README's bare object
    parse.

    Args:
        body (CreateDomainRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDomainEnvelope | ErrorEnvelope]
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
    body: CreateDomainRequest,
) -> CreateDomainEnvelope | ErrorEnvelope | None:
    """Create a domain (project)

     Creates a domain under the account. `key` is the account access token. The response shape is not
    reliably documented (see Decisions 4): both the standard envelope and the README's bare object
    parse.

    Args:
        body (CreateDomainRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDomainEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDomainRequest,
) -> Response[CreateDomainEnvelope | ErrorEnvelope]:
    """Create a domain (project)

     Creates a domain under the account. `key` is the account access token. The response shape is not
    reliably documented (see Decisions 4): both the standard envelope and the README's bare object
    parse.

    Args:
        body (CreateDomainRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDomainEnvelope | ErrorEnvelope]
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
    body: CreateDomainRequest,
) -> CreateDomainEnvelope | ErrorEnvelope | None:
    """Create a domain (project)

     Creates a domain under the account. `key` is the account access token. The response shape is not
    reliably documented (see Decisions 4): both the standard envelope and the README's bare object
    parse.

    Args:
        body (CreateDomainRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDomainEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
