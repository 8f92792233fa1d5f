from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accepted_response import AcceptedResponse
from ...models.error_response import ErrorResponse
from ...models.forbidden_error import ForbiddenError
from ...models.subscription_update import SubscriptionUpdate
from ...types import Response, json_of

#: This operation's ``operationId`` in the spec (the specs' ids are snake_case, so it is also the module's name).
OPERATION_ID = "update_subscription"


def _get_kwargs(
    id: str,
    *,
    body: SubscriptionUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/subscriptions/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AcceptedResponse | ErrorResponse | ForbiddenError | None:
    if response.status_code == 202:
        response_202 = AcceptedResponse.from_dict(json_of(client.hooks, response))

        return response_202

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_of(client.hooks, response))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_of(client.hooks, response))

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenError.from_dict(json_of(client.hooks, response))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json_of(client.hooks, response))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AcceptedResponse | ErrorResponse | ForbiddenError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionUpdate,
) -> Response[AcceptedResponse | ErrorResponse | ForbiddenError]:
    """Update an event subscription

     Changes any of the listed fields (at least one). `error-count`/`posts-count` accept only 0 and reset
    the
    counter.

    Args:
        id (str):
        body (SubscriptionUpdate): Body of `PUT /subscriptions/{id}`; at least one field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptedResponse | ErrorResponse | ForbiddenError]
    """

    if client.hooks is not None:
        return client.hooks.sync(
            OPERATION_ID,
            client,
            dict(
                id=id,
                body=body,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionUpdate,
) -> AcceptedResponse | ErrorResponse | ForbiddenError | None:
    """Update an event subscription

     Changes any of the listed fields (at least one). `error-count`/`posts-count` accept only 0 and reset
    the
    counter.

    Args:
        id (str):
        body (SubscriptionUpdate): Body of `PUT /subscriptions/{id}`; at least one field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptedResponse | ErrorResponse | ForbiddenError
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionUpdate,
) -> Response[AcceptedResponse | ErrorResponse | ForbiddenError]:
    """Update an event subscription

     Changes any of the listed fields (at least one). `error-count`/`posts-count` accept only 0 and reset
    the
    counter.

    Args:
        id (str):
        body (SubscriptionUpdate): Body of `PUT /subscriptions/{id}`; at least one field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcceptedResponse | ErrorResponse | ForbiddenError]
    """

    if client.hooks is not None:
        return await client.hooks.asyncio(
            OPERATION_ID,
            client,
            dict(
                id=id,
                body=body,
            ),
            _get_kwargs,
            _build_response,
        )

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionUpdate,
) -> AcceptedResponse | ErrorResponse | ForbiddenError | None:
    """Update an event subscription

     Changes any of the listed fields (at least one). `error-count`/`posts-count` accept only 0 and reset
    the
    counter.

    Args:
        id (str):
        body (SubscriptionUpdate): Body of `PUT /subscriptions/{id}`; at least one field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcceptedResponse | ErrorResponse | ForbiddenError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
